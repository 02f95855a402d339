<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../pos_app/gui/kiosk/screens.py" line="+78"/>
        <source>Redeem your loyalty points

Touch here to start
or scan your loyalty card</source>
        <translation>استبدل نقاط الولاء

المس هنا للبدء
أو امسح بطاقة الولاء</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start redeeming points</source>
        <translation>ابدأ استبدال النقاط</translation>
    </message>
</context>
<context>
    <name>CodeScreen</name>
    <message>
        <location line="+145"/>
        <location line="+38"/>
        <source>Send the code again</source>
        <translation>أرسل الرمز مرة أخرى</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Redeem</source>
        <translation>استبدال</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Give a missed call</source>
        <translation>أجرِ مكالمة فائتة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From your registered mobile {0}, call this number; it hangs up by itself. Then touch Redeem.</source>
        <translation>من جوالك المسجل {0} اتصل بهذا الرقم؛ ستنتهي المكالمة تلقائيًا. ثم المس استبدال.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give a missed call from your registered mobile {0}, then touch Redeem.</source>
        <translation>أجرِ مكالمة فائتة من جوالك المسجل {0}، ثم المس استبدال.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the code we sent you</source>
        <translation>اكتب الرمز الذي أرسلناه إليك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We sent a code by SMS to {0}.</source>
        <translation>أرسلنا رمزًا برسالة نصية إلى {0}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send again in {0} s</source>
        <translation>إعادة الإرسال بعد {0} ث</translation>
    </message>
</context>
<context>
    <name>ConfirmationScreen</name>
    <message>
        <location line="+14"/>
        <source>Redemption reference for the cashier</source>
        <translation>مرجع الاستبدال للكاشير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this screen or the receipt to the cashier.</source>
        <translation>اعرض هذه الشاشة أو الإيصال على الكاشير.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt</source>
        <translation>الإيصال</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finish</source>
        <translation>إنهاء</translation>
    </message>
</context>
<context>
    <name>CustomerScreen</name>
    <message>
        <location filename="../../pos_app/gui/screens/customer_screen.py" line="+65"/>
        <source>Customer details</source>
        <translation>بيانات العميل</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+162"/>
        <source>Balance</source>
        <translation>الرصيد</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>Points balance</source>
        <translation>رصيد النقاط</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Balance worth</source>
        <translation>قيمة الرصيد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Most redeemable now</source>
        <translation>الحد الأقصى للاستبدال الآن</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+66"/>
        <source>Bill number</source>
        <translation>رقم الفاتورة</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Points to redeem</source>
        <translation>النقاط المراد استبدالها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points</source>
        <translation>نقاط</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Max</source>
        <translation>الحد الأقصى</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Amount [F3]</source>
        <translation>مبلغ [F3]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount in currency</source>
        <translation>المبلغ بالعملة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The most this customer may redeem now</source>
        <translation>أقصى ما يمكن لهذا العميل استبداله الآن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loyalty program</source>
        <translation>برنامج الولاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family points</source>
        <translation>نقاط العائلة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redeem the family&apos;s points</source>
        <translation>استبدل نقاط العائلة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Family id</source>
        <translation>معرّف العائلة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Code by SMS</source>
        <translation>رمز برسالة نصية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed call [Ctrl+M]</source>
        <translation>مكالمة فائتة [Ctrl+M]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed call</source>
        <translation>مكالمة فائتة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Redeemable value</source>
        <translation>القيمة القابلة للاستبدال</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+381"/>
        <source>Check and send code</source>
        <translation>تحقق وأرسل الرمز</translation>
    </message>
    <message>
        <location line="-353"/>
        <source>Program</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family [F4]</source>
        <translation>العائلة [F4]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redeem</source>
        <translation>استبدال</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm by</source>
        <translation>التأكيد عبر</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>(no name)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} ({1} points)</source>
        <translation>{0} ({1} نقطة)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Offline redemption</source>
        <translation>استبدال دون اتصال</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Queue redemption</source>
        <translation>ضع الاستبدال في قائمة الانتظار</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offline: the loyalty service cannot be reached, so this customer&apos;s balance cannot be seen. {0}</source>
        <translation>دون اتصال: تعذر الوصول إلى خدمة الولاء، فلا يمكن رؤية رصيد هذا العميل. {0}</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>All of it may be redeemed now [F6]</source>
        <translation>يمكن استبدال الرصيد كله الآن [F6]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>At most {0} points ({1}) in one redemption [F6]</source>
        <translation>{0} نقطة ({1}) كحد أقصى في الاستبدال الواحد [F6]</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Worth {0}</source>
        <translation>القيمة {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 point = {0}</source>
        <translation>النقطة = {0}</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Mobile {0}   Tier {1}</source>
        <translation>الجوال {0}   الفئة {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Balance{0}</source>
        <translation>الرصيد{0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+68"/>
        <source>{0} points</source>
        <translation>{0} نقطة</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Points of family {0}</source>
        <translation>نقاط العائلة {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The loyalty service did not give this family&apos;s balance; it checks the points typed.</source>
        <translation>لم تُعطِ خدمة الولاء رصيد هذه العائلة؛ فهي تتحقق من النقاط المكتوبة.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The family&apos;s balance could not be fetched.</source>
        <translation>تعذّر جلب رصيد العائلة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The loyalty service checks the points typed.</source>
        <translation>تتحقق خدمة الولاء من النقاط المكتوبة.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The family&apos;s balance is not known yet: type the points; the loyalty service checks them.</source>
        <translation>رصيد العائلة غير معروف بعد: اكتب النقاط؛ وستتحقق منها خدمة الولاء.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This customer has too few points for the smallest redemption allowed.</source>
        <translation>لدى هذا العميل نقاط أقل من أصغر استبدال مسموح.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Check and ask for a missed call</source>
        <translation>تحقق واطلب مكالمة فائتة</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>{0} (local {1})</source>
        <translation>{0} (محليًا {1})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} points = {1}, 1 point = {2}. The loyalty service checks them on F5.</source>
        <translation>{0} نقطة = {1}، النقطة = {2}. تتحقق منها خدمة الولاء عند F5.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redeemable: {0} points = {1}, 1 point = {2}</source>
        <translation>قابل للاستبدال: {0} نقطة = {1}، النقطة = {2}</translation>
    </message>
    <message>
        <location line="-201"/>
        <source> in {0}</source>
        <translation> في {0}</translation>
    </message>
    <message>
        <location line="-268"/>
        <source>family id</source>
        <translation>معرّف العائلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave it blank for the customer&apos;s own family.</source>
        <translation>اتركه فارغًا لعائلة العميل نفسه.</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Customer {0}</source>
        <translation>العميل {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not known offline</source>
        <translation>غير معروف دون اتصال</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>The customer&apos;s own balance is {0} points.</source>
        <translation>رصيد العميل الخاص {0} نقطة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Family&apos;s points</source>
        <translation>نقاط العائلة</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Type or scan the family id.</source>
        <translation>اكتب معرّف العائلة أو امسحه.</translation>
    </message>
</context>
<context>
    <name>DayPicker</name>
    <message>
        <location filename="../../pos_app/gui/report_dialog.py" line="+65"/>
        <source>Day:</source>
        <translation>اليوم:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt; Previous day</source>
        <translation>&lt; اليوم السابق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <location filename="../../pos_app/gui/screens/done_screen.py" line="+30"/>
        <source>Redemption id and balance</source>
        <translation>معرّف الاستبدال والرصيد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receipt preview</source>
        <translation>معاينة الإيصال</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next customer</source>
        <translation>العميل التالي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print receipt</source>
        <translation>اطبع الإيصال</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printing</source>
        <translation>الطباعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan the next customer&apos;s card, or press F12.</source>
        <translation>امسح بطاقة العميل التالي، أو اضغط F12.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Sent by this till&apos;s queue: the loyalty service applied it as redemption {0}. Press F11 to print the receipt as sent.</source>
        <translation>أرسلته قائمة انتظار نقطة البيع هذه: طبقته خدمة الولاء كاستبدال {0}. اضغط F11 لطباعة الإيصال كما أُرسل.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelled - nothing redeemed</source>
        <translation>أُلغي - لم يُستبدل شيء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled in the queue (F10): nothing was redeemed. The PENDING receipt is void.</source>
        <translation>أُلغي في قائمة الانتظار (F10): لم يُستبدل شيء. إيصال قيد الانتظار لاغٍ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no reason given)</source>
        <translation>(لم يُذكر سبب)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The queue could not send it; it needs attention. Press F10 to see why and how to settle it.</source>
        <translation>تعذر على قائمة الانتظار إرساله؛ يحتاج إلى متابعة. اضغط F10 لترى السبب وكيفية تسويته.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The queue could not send it: {0} It needs attention: press F10.</source>
        <translation>تعذر على قائمة الانتظار إرساله: {0} يحتاج إلى متابعة: اضغط F10.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Not sent - needs attention</source>
        <translation>لم يُرسل - يحتاج إلى متابعة</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved - PENDING</source>
        <translation>محفوظ - قيد الانتظار</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Points redeemed</source>
        <translation>تم استبدال النقاط</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> = {0}</source>
        <translation> = {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} points{1}</source>
        <translation>{0} نقطة{1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reference {0} (PENDING)</source>
        <translation>المرجع {0} (قيد الانتظار)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redemption id {0}</source>
        <translation>معرّف الاستبدال {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family {0}: {1} points now ({2} before, less {3})</source>
        <translation>العائلة {0}: الآن {1} نقطة ({2} قبل، ناقص {3})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Balance now {0} points</source>
        <translation>الرصيد الآن {0} نقطة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Own balance now {0} points</source>
        <translation>الرصيد الخاص الآن {0} نقطة</translation>
    </message>
</context>
<context>
    <name>JournalDialog</name>
    <message>
        <location filename="../../pos_app/gui/journal_dialog.py" line="+52"/>
        <source>Receipts journal</source>
        <translation>سجل الإيصالات</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Day of the receipts</source>
        <translation>يوم الإيصالات</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Receipts of the day</source>
        <translation>إيصالات اليوم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bill</source>
        <translation>الفاتورة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>redemption</source>
        <translation>الاستبدال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Receipt preview</source>
        <translation>معاينة الإيصال</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print again</source>
        <translation>اطبع مرة أخرى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as PDF...</source>
        <translation>احفظ بصيغة PDF...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverse (void)...</source>
        <translation>عكس (إلغاء)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverse the selected redemption (supervisor)</source>
        <translation>اعكس الاستبدال المحدد (المشرف)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>VOID {0}</source>
        <translation>إلغاء {0}</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Reverse {0} points of redemption {1}. Why, and the supervisor&apos;s PIN:</source>
        <translation>عكس {0} نقطة من الاستبدال {1}. السبب ورمز المشرف:</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>{0} (voided)</source>
        <translation>{0} (ملغاة)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Receipt number (as in pos-app receipt list)</source>
        <translation>رقم الإيصال (كما في pos-app receipt list)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No receipts on {0}. Choose another day above.</source>
        <translation>لا إيصالات في {0}. اختر يومًا آخر في الأعلى.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This is a VOID receipt: its points were already returned.</source>
        <translation>هذا إيصال إلغاء: نقاطه أُعيدت بالفعل.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already reversed on this till: VOID receipt {0}.</source>
        <translation>أُلغي بالفعل في نقطة البيع هذه: إيصال الإلغاء {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not applied: no points were taken, so there is nothing to reverse.</source>
        <translation>لم يُطبَّق: لم تُخصم أي نقاط، فلا شيء لعكسه.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not at the loyalty service yet: cancel it in the queue (F10) instead.</source>
        <translation>لم يصل إلى خدمة الولاء بعد: ألغه في قائمة الانتظار (F10) بدلًا من ذلك.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Printed again, marked as a copy ({0}).</source>
        <translation>طُبع مرة أخرى، مع علامة نسخة ({0}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Printing...</source>
        <translation>جارٍ الطباعة...</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>void receipt {0}, {1} points</source>
        <translation>إلغاء الإيصال {0}، {1} نقطة</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reversing...</source>
        <translation>جارٍ العكس...</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reversed {0} points of redemption {1}; VOID receipt {2} is in the journal.</source>
        <translation>عُكست {0} نقطة من الاستبدال {1}؛ إيصال الإلغاء {2} في السجل.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not reversed: {0}</source>
        <translation>لم يُعكس: {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save receipt</source>
        <translation>احفظ الإيصال</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved to {0}.</source>
        <translation>حُفظ في {0}.</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <location filename="../../pos_app/gui/kiosk/touch.py" line="+114"/>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete last digit</source>
        <translation>احذف آخر رقم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear all</source>
        <translation>امسح الكل</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <location filename="../../pos_app/gui/kiosk/points_screen.py" line="+20"/>
        <source>How many points would you like to use?</source>
        <translation>كم نقطة تريد أن تستخدم؟</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/kiosk/screens.py" line="-95"/>
        <source>Confirm it is you</source>
        <translation>أكّد أنك صاحب الحساب</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Type the code we sent you</source>
        <translation>اكتب الرمز الذي أرسلناه إليك</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Points redeemed</source>
        <translation>تم استبدال النقاط</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Scan your bill or type its number</source>
        <translation>امسح فاتورتك أو اكتب رقمها</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your mobile number</source>
        <translation>رقم جوالك</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type it on the keypad, or scan your loyalty card.</source>
        <translation>اكتبه على لوحة الأرقام، أو امسح بطاقة الولاء.</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/kiosk/words.py" line="+24"/>
        <source>Redeeming points is not available at this kiosk right now. Please ask at the till.</source>
        <translation>استبدال النقاط غير متاح في هذا الكشك الآن. يرجى السؤال لدى الكاشير.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>We could not find a loyalty account for this number. Check it, or ask at the till to join.</source>
        <translation>لم نجد حساب ولاء لهذا الرقم. تحقق منه، أو اسأل الكاشير للانضمام.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This number is not in our loyalty program. Ask at the till to join.</source>
        <translation>هذا الرقم ليس في برنامج الولاء. اسأل الكاشير للانضمام.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You do not have enough points for that. Choose fewer points.</source>
        <translation>ليست لديك نقاط كافية لذلك. اختر نقاطًا أقل.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That is more points than can be used in one go. Choose fewer points.</source>
        <translation>هذه نقاط أكثر مما يمكن استخدامه دفعة واحدة. اختر نقاطًا أقل.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That is fewer points than the smallest amount allowed. Choose more points.</source>
        <translation>هذا أقل من الحد الأدنى المسموح. اختر نقاطًا أكثر.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a whole number of points.</source>
        <translation>اختر عددًا صحيحًا من النقاط.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That code is not right. Check the SMS and type it again.</source>
        <translation>الرمز غير صحيح. راجع الرسالة النصية واكتبه مرة أخرى.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your missed call has not arrived yet. Call again, then touch Redeem.</source>
        <translation>لم تصل مكالمتك الفائتة بعد. اتصل مرة أخرى، ثم المس استبدال.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>You can use at most {0} points at a time. Choose {0} or fewer.</source>
        <translation>يمكنك استخدام {0} نقطة كحد أقصى في المرة. اختر {0} أو أقل.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You need to use at least {0} points at a time. Choose {0} or more.</source>
        <translation>يجب استخدام {0} نقطة على الأقل في المرة. اختر {0} أو أكثر.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Points can be used in multiples of {0} only. Choose {0}, or a multiple of it.</source>
        <translation>تُستخدم النقاط بمضاعفات {0} فقط. اختر {0} أو أحد مضاعفاته.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Points can be used in multiples of {0} only. Try {1}.</source>
        <translation>تُستخدم النقاط بمضاعفات {0} فقط. جرّب {1}.</translation>
    </message>
</context>
<context>
    <name>KioskScreen</name>
    <message>
        <location filename="../../pos_app/gui/kiosk/screens.py" line="-292"/>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start over</source>
        <translation>ابدأ من جديد</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../pos_app/gui/kiosk/kiosk_window.py" line="+66"/>
        <location line="+131"/>
        <source>Loyalty points - self service</source>
        <translation>نقاط الولاء - خدمة ذاتية</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/kiosk/points_step.py" line="+42"/>
        <source>Points cannot be redeemed on this account. Please ask at the till.</source>
        <translation>لا يمكن استبدال نقاط هذا الحساب. يرجى السؤال لدى الكاشير.</translation>
    </message>
    <message>
        <location line="+72"/>
        <location line="+35"/>
        <source>You have {0} points. Choose {0} or fewer.</source>
        <translation>لديك {0} نقطة. اختر {0} أو أقل.</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/kiosk/kiosk_window.py" line="+45"/>
        <source>These points cannot be redeemed. Try fewer points.</source>
        <translation>لا يمكن استبدال هذه النقاط. جرّب نقاطًا أقل.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>One moment...</source>
        <translation>لحظة من فضلك...</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Redeeming...</source>
        <translation>جارٍ الاستبدال...</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved: the cashier will confirm it</source>
        <translation>تم الحفظ: سيؤكده الكاشير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} points</source>
        <translation>{0} نقطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PENDING {0}</source>
        <translation>قيد الانتظار {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Points redeemed</source>
        <translation>تم استبدال النقاط</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../pos_app/gui/kiosk/points_step.py" line="-20"/>
        <source>{0} points = {1}</source>
        <translation>{0} نقطة = {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reference {0}</source>
        <translation>المرجع {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redemption id {0}</source>
        <translation>معرّف الاستبدال {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Printing your receipt...</source>
        <translation>جارٍ طباعة إيصالك...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take your receipt.</source>
        <translation>خذ إيصالك.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The receipt could not be printed. The cashier can print it from the journal.</source>
        <translation>تعذرت طباعة الإيصال. يمكن للكاشير طباعته من السجل.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Redeeming points works again. Please try once more.</source>
        <translation>عاد استبدال النقاط للعمل. يرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>online</source>
        <translation>متصل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>offline</source>
        <translation>غير متصل</translation>
    </message>
</context>
<context>
    <name>OtpScreen</name>
    <message>
        <location filename="../../pos_app/gui/screens/otp_screen.py" line="+29"/>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Code the customer received</source>
        <translation>الرمز الذي وصل إلى العميل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redeem</source>
        <translation>استبدال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resend code</source>
        <translation>أعد إرسال الرمز</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Ask the customer for a missed call to this number from their registered mobile, then Redeem.</source>
        <translation>اطلب من العميل مكالمة فائتة لهذا الرقم من جواله المسجل، ثم استبدال.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask the customer to give a missed call from their registered mobile, then press Redeem.</source>
        <translation>اطلب من العميل إجراء مكالمة فائتة من جواله المسجل، ثم اضغط استبدال.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the customer for the code sent to their mobile.</source>
        <translation>اطلب من العميل الرمز المرسل إلى جواله.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>You can resend in {0} s</source>
        <translation>يمكنك إعادة الإرسال بعد {0} ث</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The missed call was given: press Redeem [F9].</source>
        <translation>وصلت المكالمة الفائتة: اضغط استبدال [F9].</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The redemption&apos;s answer is awaited: scan the next customer&apos;s card once it is in.</source>
        <translation>يُنتظر رد الاستبدال: امسح بطاقة العميل التالي بعد وصوله.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That came in as fast as a card scan, so it was not sent as the code. If it is the customer&apos;s code, press Redeem [F9]; if it was the next customer&apos;s card, finish this redemption (or press Esc) first.</source>
        <translation>وصل هذا بسرعة مسح بطاقة، لذا لم يُرسل كرمز. إن كان رمز العميل فاضغط استبدال [F9]؛ وإن كان بطاقة العميل التالي فأكمل هذا الاستبدال أولًا (أو اضغط Esc).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A redemption is being confirmed: finish it, or press Esc, before the next customer&apos;s card.</source>
        <translation>يجري تأكيد استبدال: أكمله، أو اضغط Esc، قبل بطاقة العميل التالي.</translation>
    </message>
</context>
<context>
    <name>PadScreen</name>
    <message>
        <location filename="../../pos_app/gui/kiosk/screens.py" line="+103"/>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
</context>
<context>
    <name>PhonePanel</name>
    <message>
        <location filename="../../pos_app/gui/demo.py" line="+132"/>
        <source>No messages yet.

Try card CARD0001 or mobile 9777788221.</source>
        <translation>لا رسائل بعد.

جرّب البطاقة CARD0001 أو الجوال 9777788221.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Customer&apos;s phone (demo)</source>
        <translation>هاتف العميل (تجريبي)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulated SMS</source>
        <translation>رسالة نصية تجريبية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give a missed call</source>
        <translation>أجرِ مكالمة فائتة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give a missed call from the customer&apos;s phone</source>
        <translation>أجرِ مكالمة فائتة من هاتف العميل</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SMS to {0}:

Your redemption code is {1}</source>
        <translation>رسالة إلى {0}:

رمز الاستبدال الخاص بك هو {1}</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Missed call given from {0}.</source>
        <translation>أُجريت مكالمة فائتة من {0}.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../pos_app/gui/kiosk/supervisor_pad.py" line="+18"/>
        <source>Supervisor</source>
        <translation>المشرف</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+15"/>
        <source>Supervisor PIN</source>
        <translation>رمز المشرف</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>PointsScreen</name>
    <message>
        <location filename="../../pos_app/gui/kiosk/points_screen.py" line="+3"/>
        <source>Your points</source>
        <translation>نقاطك</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What these points are worth</source>
        <translation>قيمة هذه النقاط</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All my points</source>
        <translation>كل نقاطي</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{0}
{1} points</source>
        <translation>{0}
{1} نقطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: {1} points</source>
        <translation>{0}: {1} نقطة</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Hello {0}.</source>
        <translation>مرحبًا {0}.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hello.</source>
        <translation>مرحبًا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You have {0} points</source>
        <translation>لديك {0} نقطة</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You have {0} points, worth {1}</source>
        <translation>لديك {0} نقطة بقيمة {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At most {0} points at a time, worth {1}.</source>
        <translation>{0} نقطة كحد أقصى في المرة، بقيمة {1}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most {0} points at a time.</source>
        <translation>{0} نقطة كحد أقصى في المرة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At least {0} points are needed to redeem.</source>
        <translation>يلزم {0} نقطة على الأقل للاستبدال.</translation>
    </message>
</context>
<context>
    <name>QueueDialog</name>
    <message>
        <location filename="../../pos_app/gui/queue_dialog.py" line="+61"/>
        <source>Offline queue</source>
        <translation>قائمة الانتظار دون اتصال</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Queued redemptions</source>
        <translation>الاستبدالات في قائمة الانتظار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>id</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>state</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bill</source>
        <translation>الفاتورة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approval request</source>
        <translation>طلب الموافقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>waiting</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sending</source>
        <translation>قيد الإرسال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answer lost</source>
        <translation>ضاع الرد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>awaiting approval</source>
        <translation>بانتظار الموافقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs attention</source>
        <translation>يحتاج إلى متابعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent</source>
        <translation>أُرسل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Retry now</source>
        <translation>أعد المحاولة الآن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel item...</source>
        <translation>ألغِ العنصر...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV...</source>
        <translation>صدّر CSV...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{0} waiting ({1} points), {2} need attention.</source>
        <translation>{0} في الانتظار ({1} نقطة)، {2} تحتاج إلى متابعة.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select an item first.</source>
        <translation>اختر عنصرًا أولًا.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cancel item</source>
        <translation>إلغاء العنصر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why is item {0} cancelled? It will never be sent.</source>
        <translation>لماذا يُلغى العنصر {0}؟ لن يُرسل أبدًا.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export queue</source>
        <translation>تصدير قائمة الانتظار</translation>
    </message>
</context>
<context>
    <name>ReplayWorker</name>
    <message numerus="yes">
        <location filename="../../pos_app/gui/replay_worker.py" line="+145"/>
        <source>Queue: %n redemption(s) sent.</source>
        <translation>
            <numerusform>قائمة الانتظار: لم يُرسل شيء.</numerusform>
            <numerusform>قائمة الانتظار: أُرسل استبدال واحد.</numerusform>
            <numerusform>قائمة الانتظار: أُرسل استبدالان.</numerusform>
            <numerusform>قائمة الانتظار: أُرسلت %n استبدالات.</numerusform>
            <numerusform>قائمة الانتظار: أُرسل %n استبدالًا.</numerusform>
            <numerusform>قائمة الانتظار: أُرسل %n استبدال.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The queue could not be sent: {0}</source>
        <translation>تعذر إرسال قائمة الانتظار: {0}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../pos_app/gui/report_dialog.py" line="+56"/>
        <source>End-of-day report {0}</source>
        <translation>تقرير نهاية اليوم {0}</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>End-of-day report</source>
        <translation>تقرير نهاية اليوم</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Day of the report</source>
        <translation>يوم التقرير</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save CSV...</source>
        <translation>احفظ CSV...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save PDF...</source>
        <translation>احفظ PDF...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Printing...</source>
        <translation>جارٍ الطباعة...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printed.</source>
        <translation>تمت الطباعة.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+9"/>
        <source>Save report</source>
        <translation>احفظ التقرير</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+13"/>
        <source>Saved to {0}.</source>
        <translation>حُفظ في {0}.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../pos_app/gui/settings_dialog.py" line="+52"/>
        <source>Set up this till</source>
        <translation>إعداد نقطة البيع هذه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unchanged</source>
        <translation>بلا تغيير</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The computer&apos;s language</source>
        <translation>لغة الحاسوب</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ISO 4217 code, e.g. INR, AED, EUR</source>
        <translation>رمز ISO 4217، مثل INR أو AED أو EUR</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refuse: no redemption while offline</source>
        <translation>رفض: لا استبدال أثناء انقطاع الاتصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue without a code, up to the offline cap</source>
        <translation>إضافة إلى الطابور دون رمز، حتى حد عدم الاتصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue for a supervisor&apos;s approval</source>
        <translation>إضافة إلى الطابور لموافقة المشرف</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No printer</source>
        <translation>بلا طابعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network (ESC/POS)</source>
        <translation>شبكة (ESC/POS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USB (ESC/POS)</source>
        <translation>USB (ESC/POS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial port or device</source>
        <translation>منفذ تسلسلي أو جهاز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CUPS queue</source>
        <translation>طابور CUPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System printer</source>
        <translation>طابعة النظام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files in a folder</source>
        <translation>ملفات PDF في مجلد</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the number customers call, e.g. +91 80 4718 2200</source>
        <translation>الرقم الذي يتصل به العملاء، مثل ‎+91 80 4718 2200</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print every receipt at once</source>
        <translation>اطبع كل إيصال فورًا</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Test connection</source>
        <translation>اختبر الاتصال</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cluster</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or host</source>
        <translation>أو المضيف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Till code</source>
        <translation>رمز نقطة البيع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Till password</source>
        <translation>كلمة مرور نقطة البيع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program id</source>
        <translation>معرّف البرنامج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store name</source>
        <translation>اسم المتجر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls a minute (API key)</source>
        <translation>الطلبات في الدقيقة (مفتاح API)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replay&apos;s share of them</source>
        <translation>حصة إعادة الإرسال منها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation>دون اتصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed-call number</source>
        <translation>رقم المكالمة الفائتة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer</source>
        <translation>الطابعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer address</source>
        <translation>عنوان الطابعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns</source>
        <translation>الأعمدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipts</source>
        <translation>الإيصالات</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This till is not set up yet. Enter the loyalty service and the till&apos;s credentials, choose the supervisor PIN, then Test connection and Save.</source>
        <translation>هذا الجهاز غير مُعَدّ بعد. أدخل خدمة الولاء وبيانات اعتماد الجهاز، واختر رمز المشرف، ثم اختبر الاتصال واحفظ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This till is not set up yet. Enter the loyalty service and the till&apos;s credentials, then Test connection and Save.</source>
        <translation>نقطة البيع هذه غير مُعدّة بعد. أدخل خدمة الولاء وبيانات اعتماد نقطة البيع، ثم اختبر الاتصال واحفظ.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>A supervisor PIN (4 to 12 digits) guards reversals, cancelling queued items and settings.</source>
        <translation>يحمي رمز المشرف (من 4 إلى 12 رقمًا) عمليات العكس وإلغاء عناصر قائمة الانتظار والإعدادات.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Supervisor PIN</source>
        <translation>رمز المشرف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN again</source>
        <translation>الرمز مرة أخرى</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose a supervisor PIN (4 to 12 digits) and type it twice: the till cannot be set up without one.</source>
        <translation>اختر رمز المشرف (من 4 إلى 12 رقمًا) واكتبه مرتين: لا يمكن إعداد الجهاز بدونه.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two supervisor PINs differ. Type the same PIN in both fields.</source>
        <translation>رمزا المشرف مختلفان. اكتب الرمز نفسه في الحقلين.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Enter the till code and its password.</source>
        <translation>أدخل رمز نقطة البيع وكلمة مرورها.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Testing...</source>
        <translation>جارٍ الاختبار...</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Connected to {0}.</source>
        <translation>تم الاتصال بـ {0}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Test failed: {0}</source>
        <translation>فشل الاختبار: {0}</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Support bundle</source>
        <translation>حزمة الدعم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logs, queue, journal, self-test, versions and settings in one zip, nothing secret</source>
        <translation>السجلات وقائمة الانتظار والدفتر والاختبار الذاتي والإصدارات والإعدادات في ملف مضغوط واحد، دون أي سر</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Support bundle written to {0} ({1} KB).</source>
        <translation>كُتبت حزمة الدعم في {0} ({1} ك.ب).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not be gathered (a note in the bundle says why): {0}</source>
        <translation>تعذر جمعه (ملاحظة في الحزمة تذكر السبب): {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The support bundle could not be written: {0}</source>
        <translation>تعذرت كتابة حزمة الدعم: {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gathering a support bundle (runs the self-test)...</source>
        <translation>جارٍ جمع حزمة الدعم (يُجرى الاختبار الذاتي)...</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/settings_form.py" line="+103"/>
        <source>Set for every till on this machine in {0}</source>
        <translation>مضبوط لكل نقاط البيع على هذا الجهاز في {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} (machine-wide)</source>
        <translation>{0} (للجهاز كله)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fields marked (machine-wide) are set for every till on this machine in {0}; change them there.</source>
        <translation>الحقول المعلّمة (للجهاز كله) مضبوطة لكل نقاط البيع على هذا الجهاز في {0}؛ غيّرها هناك.</translation>
    </message>
</context>
<context>
    <name>ShownReceipt</name>
    <message>
        <location filename="../../pos_app/gui/till_receipt.py" line="+79"/>
        <source>Printing...</source>
        <translation>جارٍ الطباعة...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Receipt printed ({0}).</source>
        <translation>طُبع الإيصال ({0}).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Printed again, marked as a copy ({0}).</source>
        <translation>طُبع مرة أخرى، مع علامة نسخة ({0}).</translation>
    </message>
</context>
<context>
    <name>StaffMenu</name>
    <message>
        <location filename="../../pos_app/gui/kiosk/supervisor_pad.py" line="+38"/>
        <source>Kiosk</source>
        <translation>الكشك</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline queue</source>
        <translation>قائمة الانتظار دون اتصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave kiosk mode</source>
        <translation>الخروج من وضع الكشك</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back to the kiosk</source>
        <translation>العودة إلى الكشك</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location line="+21"/>
        <source>Back to the kiosk</source>
        <translation>العودة إلى الكشك</translation>
    </message>
</context>
<context>
    <name>StaffSide</name>
    <message>
        <location filename="../../pos_app/gui/kiosk/staff.py" line="+84"/>
        <source>Offline queue</source>
        <translation>قائمة الانتظار دون اتصال</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../pos_app/gui/screens/start_screen.py" line="+19"/>
        <source>Customer mobile number or card number</source>
        <translation>رقم جوال العميل أو رقم البطاقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile number or loyalty card</source>
        <translation>رقم الجوال أو بطاقة الولاء</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Look up</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Look up customer</source>
        <translation>ابحث عن العميل</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Scan the loyalty card or type the customer&apos;s mobile number</source>
        <translation>امسح بطاقة الولاء أو اكتب رقم جوال العميل</translation>
    </message>
</context>
<context>
    <name>StillThere</name>
    <message>
        <location filename="../../pos_app/gui/kiosk/idle.py" line="+47"/>
        <source>Are you still there?</source>
        <translation>هل ما زلت هنا؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, I am still here</source>
        <translation>نعم، ما زلت هنا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starting over in {0} s</source>
        <translation>البدء من جديد بعد {0} ث</translation>
    </message>
</context>
<context>
    <name>Supervisor</name>
    <message>
        <location filename="../../pos_app/gui/pin.py" line="+23"/>
        <location line="+8"/>
        <source>Supervisor</source>
        <translation>المشرف</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>A supervisor PIN is needed to {0}, and none is set on this till. A supervisor sets one with the command: {1}</source>
        <translation>يلزم رمز المشرف لـ {0}، ولا يوجد رمز على هذا الجهاز. يضبطه المشرف بالأمر: {1}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Supervisor PIN to {0}:</source>
        <translation>رمز المشرف من أجل {0}:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was typed. Enter the supervisor PIN to {0}:</source>
        <translation>لم يُكتب شيء. أدخل رمز المشرف من أجل {0}:</translation>
    </message>
</context>
<context>
    <name>TillDialogs</name>
    <message>
        <location filename="../../pos_app/gui/till_dialogs.py" line="+45"/>
        <source>change settings</source>
        <translation>تغيير الإعدادات</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not configured</source>
        <translation>غير مُعدّ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} | till {1}</source>
        <translation>{0} | نقطة البيع {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settings saved. The till shows its new language from its next start.</source>
        <translation>تم حفظ الإعدادات. تعرض نقطة البيع لغتها الجديدة عند تشغيلها التالي.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings saved.</source>
        <translation>حُفظت الإعدادات.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>cancel a queued item</source>
        <translation>إلغاء عنصر في قائمة الانتظار</translation>
    </message>
</context>
<context>
    <name>TillFailures</name>
    <message>
        <location filename="../../pos_app/gui/till_failures.py" line="+126"/>
        <source>This till can still queue a redemption of up to {0} points without a code; it is sent when the network returns.</source>
        <translation>لا تزال نقطة البيع هذه قادرة على وضع استبدال حتى {0} نقطة دون رمز في قائمة الانتظار؛ يُرسل عند عودة الشبكة.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The loyalty service answers again. Press F5 to check and send the code again.</source>
        <translation>خدمة الولاء تجيب مجددًا. اضغط F5 للتحقق وإرسال الرمز مرة أخرى.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The loyalty service answers again. Press Redeem [F9] to confirm, or Resend code [F7] for a new code.</source>
        <translation>خدمة الولاء تجيب مجددًا. اضغط استبدال [F9] للتأكيد، أو أعد إرسال الرمز [F7] لرمز جديد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The loyalty service answers again. Scan the card or type the number again, then press Enter.</source>
        <translation>خدمة الولاء تجيب مجددًا. امسح البطاقة أو اكتب الرقم مرة أخرى، ثم اضغط Enter.</translation>
    </message>
</context>
<context>
    <name>TillFlow</name>
    <message>
        <location filename="../../pos_app/gui/till_flow.py" line="+300"/>
        <source>The points can be redeemed, but the code could not be sent. Resend it or ask for a missed call.</source>
        <translation>يمكن استبدال النقاط، لكن تعذر إرسال الرمز. أعد إرساله أو اطلب مكالمة فائتة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ask the customer to give a missed call from their registered mobile.</source>
        <translation>اطلب من العميل إجراء مكالمة فائتة من جواله المسجل.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code sent by SMS to the customer&apos;s mobile.</source>
        <translation>أُرسل الرمز برسالة نصية إلى جوال العميل.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A code was sent again.</source>
        <translation>أُعيد إرسال الرمز.</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Something went wrong on this till: {0}</source>
        <translation>حدث خطأ في نقطة البيع هذه: {0}</translation>
    </message>
</context>
<context>
    <name>TillStatusBar</name>
    <message>
        <location filename="../../pos_app/gui/till_status.py" line="+37"/>
        <source>connecting...</source>
        <translation>جارٍ الاتصال...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection to the loyalty service</source>
        <translation>الاتصال بخدمة الولاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending: 0</source>
        <translation>قيد الانتظار: 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending offline redemptions</source>
        <translation>استبدالات دون اتصال قيد الانتظار</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>online</source>
        <translation>متصل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OFFLINE</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pending: {0}</source>
        <translation>قيد الانتظار: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (oldest from {0})</source>
        <translation> (الأقدم منذ {0})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, sent after this customer</source>
        <translation>، تُرسل بعد هذا العميل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> | attention: {0}</source>
        <translation> | للمتابعة: {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n queued redemption(s) need attention: press F10</source>
        <translation>
            <numerusform>لا توجد استبدالات تحتاج إلى متابعة</numerusform>
            <numerusform>استبدال واحد في الانتظار يحتاج إلى متابعة: اضغط F10</numerusform>
            <numerusform>استبدالان في الانتظار يحتاجان إلى متابعة: اضغط F10</numerusform>
            <numerusform>%n استبدالات في الانتظار تحتاج إلى متابعة: اضغط F10</numerusform>
            <numerusform>%n استبدالًا في الانتظار يحتاج إلى متابعة: اضغط F10</numerusform>
            <numerusform>%n استبدال في الانتظار يحتاج إلى متابعة: اضغط F10</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TillWindow</name>
    <message>
        <location filename="../../pos_app/gui/main_window.py" line="+51"/>
        <source>Loyalty redemption - till {0}</source>
        <translation>استبدال نقاط الولاء - نقطة البيع {0}</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>Check cancelled: nothing was redeemed. Press F5 to check again.</source>
        <translation>أُلغي التحقق: لم يُستبدل شيء. اضغط F5 للتحقق مرة أخرى.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lookup cancelled. Scan the card or type the number again, then press Enter.</source>
        <translation>أُلغي البحث. امسح البطاقة أو اكتب الرقم مرة أخرى، ثم اضغط Enter.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Taken from the family&apos;s points.</source>
        <translation>خُصمت من نقاط العائلة.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Looking up the customer...</source>
        <translation>جارٍ البحث عن العميل...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The loyalty service answers again: looking the customer up...</source>
        <translation>خدمة الولاء تجيب مجددًا: جارٍ البحث عن العميل...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking the points and sending the code...</source>
        <translation>جارٍ التحقق من النقاط وإرسال الرمز...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Redeeming: waiting for the loyalty service&apos;s answer. Do not start again; it cannot be cancelled.</source>
        <translation>جارٍ الاستبدال: بانتظار رد خدمة الولاء. لا تبدأ من جديد؛ لا يمكن إلغاؤه.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sending the code again...</source>
        <translation>جارٍ إعادة إرسال الرمز...</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>The redemption is on its way: wait for its answer before the next customer.</source>
        <translation>الاستبدال في طريقه: انتظر رده قبل العميل التالي.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Waiting for the redemption&apos;s answer; it cannot be cancelled.</source>
        <translation>بانتظار رد الاستبدال؛ لا يمكن إلغاؤه.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This customer&apos;s account is blocked for redemption. Ask them to contact customer care.</source>
        <translation>حساب هذا العميل محظور من الاستبدال. اطلب منه التواصل مع خدمة العملاء.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The loyalty service answers again: the customer confirms with a code. Check the bill and points, then press F5 to send the code (or Ctrl+M for a missed call).</source>
        <translation>خدمة الولاء تجيب مجددًا: يؤكد العميل برمز. تحقق من الفاتورة والنقاط، ثم اضغط F5 لإرسال الرمز (أو Ctrl+M لمكالمة فائتة).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} points = {1} for bill {2}</source>
        <translation>{0} نقطة = {1} للفاتورة {2}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0}, from {1}</source>
        <translation>{0}، من {1}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0}, from the family&apos;s points in {1}</source>
        <translation>{0}، من نقاط العائلة في {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}, from the family&apos;s points</source>
        <translation>{0}، من نقاط العائلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no name)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The redemption for bill {0} finished: {1}. Reprint it from the journal (Ctrl+J).</source>
        <translation>انتهى استبدال الفاتورة {0}: {1}. أعد طباعته من السجل (Ctrl+J).</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%n redemption(s) are still waiting to be sent. They stay saved on this till and are sent next time.</source>
        <translation>
            <numerusform>لا توجد استبدالات بانتظار الإرسال.</numerusform>
            <numerusform>لا يزال استبدال واحد بانتظار الإرسال. سيبقى محفوظًا في نقطة البيع هذه ويُرسل في المرة القادمة.</numerusform>
            <numerusform>لا يزال استبدالان بانتظار الإرسال. سيبقيان محفوظين في نقطة البيع هذه ويُرسلان في المرة القادمة.</numerusform>
            <numerusform>لا تزال %n استبدالات بانتظار الإرسال. ستبقى محفوظة في نقطة البيع هذه وتُرسل في المرة القادمة.</numerusform>
            <numerusform>لا يزال %n استبدالًا بانتظار الإرسال. ستبقى محفوظة في نقطة البيع هذه وتُرسل في المرة القادمة.</numerusform>
            <numerusform>لا يزال %n استبدال بانتظار الإرسال. ستبقى محفوظة في نقطة البيع هذه وتُرسل في المرة القادمة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n redemption(s) need attention: they will not be sent until someone looks at them in the queue (F10). They stay saved on this till.</source>
        <translation>
            <numerusform>لا توجد استبدالات تحتاج إلى متابعة.</numerusform>
            <numerusform>استبدال واحد يحتاج إلى متابعة: لن يُرسل حتى يراجعه أحد في قائمة الانتظار (F10). سيبقى محفوظًا في نقطة البيع هذه.</numerusform>
            <numerusform>استبدالان يحتاجان إلى متابعة: لن يُرسلا حتى يراجعهما أحد في قائمة الانتظار (F10). سيبقيان محفوظين في نقطة البيع هذه.</numerusform>
            <numerusform>%n استبدالات تحتاج إلى متابعة: لن تُرسل حتى يراجعها أحد في قائمة الانتظار (F10). ستبقى محفوظة في نقطة البيع هذه.</numerusform>
            <numerusform>%n استبدالًا يحتاج إلى متابعة: لن تُرسل حتى يراجعها أحد في قائمة الانتظار (F10). ستبقى محفوظة في نقطة البيع هذه.</numerusform>
            <numerusform>%n استبدال يحتاج إلى متابعة: لن تُرسل حتى يراجعها أحد في قائمة الانتظار (F10). ستبقى محفوظة في نقطة البيع هذه.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Redemptions need attention</source>
        <translation>استبدالات تحتاج إلى متابعة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close anyway?</source>
        <translation>هل تريد الإغلاق رغم ذلك؟</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Redemptions waiting</source>
        <translation>استبدالات في الانتظار</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/app.py" line="+119"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Credentials</source>
        <translation>بيانات الاعتماد</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>pos-app is already open on this till (process {0}) but does not answer. Close that window, or end process {0}, then start pos-app again.</source>
        <translation>pos-app مفتوح بالفعل على نقطة البيع هذه (العملية {0}) لكنه لا يستجيب. أغلق تلك النافذة أو أنهِ العملية {0}، ثم شغّل pos-app من جديد.</translation>
    </message>
</context>
<context>
    <name>VerifyScreen</name>
    <message>
        <location filename="../../pos_app/gui/kiosk/screens.py" line="+49"/>
        <source>Send me a code by SMS</source>
        <translation>أرسل لي رمزًا برسالة نصية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I will give a missed call</source>
        <translation>سأجري مكالمة فائتة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change the points</source>
        <translation>غيّر النقاط</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} points = {1}</source>
        <translation>{0} نقطة = {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 point = {0}</source>
        <translation>النقطة = {0}</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../../pos_app/gui/void_dialog.py" line="+29"/>
        <location line="+19"/>
        <source>Reverse</source>
        <translation>عكس</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Reason (printed on the VOID receipt)</source>
        <translation>السبب (يُطبع على إيصال الإلغاء)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Supervisor PIN</source>
        <translation>رمز المشرف</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reason:</source>
        <translation>السبب:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor PIN:</source>
        <translation>رمز المشرف:</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+7"/>
        <source>A reason is needed: it is printed on the VOID receipt. Type it, then the PIN.</source>
        <translation>السبب مطلوب: يُطبع على إيصال الإلغاء. اكتبه أولًا، ثم رمز المشرف.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the supervisor PIN to {0}.</source>
        <translation>أدخل رمز المشرف من أجل {0}.</translation>
    </message>
</context>
<context>
    <name>common</name>
    <message>
        <location filename="../../pos_app/gui/screens/common.py" line="+130"/>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the support details</source>
        <translation>اعرض تفاصيل الدعم</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Support details</source>
        <translation>تفاصيل الدعم</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Support request id: {0}</source>
        <translation>معرّف طلب الدعم: {0}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Waiting for the loyalty service</source>
        <translation>بانتظار خدمة الولاء</translation>
    </message>
</context>
<context>
    <name>failure_words</name>
    <message>
        <location filename="../../pos_app/gui/failure_words.py" line="+36"/>
        <source>The customer could not be looked up</source>
        <translation>تعذر البحث عن العميل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The points could not be checked</source>
        <translation>تعذر التحقق من النقاط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code could not be sent again</source>
        <translation>تعذرت إعادة إرسال الرمز</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Press Enter to look the customer up again.</source>
        <translation>اضغط Enter للبحث عن العميل مرة أخرى.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press F5 to check again.</source>
        <translation>اضغط F5 للتحقق مرة أخرى.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Resend code [F7] to send it again.</source>
        <translation>اضغط أعد إرسال الرمز [F7] لإرساله مرة أخرى.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Redeem [F9] to send it again.</source>
        <translation>اضغط استبدال [F9] لإرساله مرة أخرى.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing was redeemed.</source>
        <translation>لم يُستبدل شيء.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the loyalty service cannot be reached (network down?)</source>
        <translation>تعذر الوصول إلى خدمة الولاء (الشبكة متوقفة؟)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the network. {0}</source>
        <translation>تحقق من الشبكة. {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the loyalty service answered with an error (HTTP {0})</source>
        <translation>ردّت خدمة الولاء بخطأ (HTTP {0})</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Wait a moment. {0}</source>
        <translation>انتظر لحظة. {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>If the customer gets a code meanwhile, it is not needed: the next check sends a new one.</source>
        <translation>إن وصل العميلَ رمزٌ في الأثناء فلا حاجة إليه: التحقق التالي يرسل رمزًا جديدًا.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>the loyalty service sent an answer the till cannot read</source>
        <translation>أرسلت خدمة الولاء ردًا لا تستطيع نقطة البيع قراءته</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no clear answer from the loyalty service (the connection was cut or timed out)</source>
        <translation>لا رد واضح من خدمة الولاء (انقطع الاتصال أو انتهت المهلة)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0}: {1}. {2}{3}</source>
        <translation>{0}: {1}. {2}{3}</translation>
    </message>
</context>
<context>
    <name>pdf</name>
    <message>
        <location filename="../../pos_app/gui/pdf.py" line="+47"/>
        <source>The PDF was not written: the folder {0} does not exist. Choose another file.</source>
        <translation>لم يُكتب ملف PDF: المجلد {0} غير موجود. اختر ملفًا آخر.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The PDF could not be written to {0} (may this till write in {1}?). Choose another file.</source>
        <translation>تعذرت كتابة ملف PDF في {0} (هل يُسمح لنقطة البيع هذه بالكتابة في {1}؟). اختر ملفًا آخر.</translation>
    </message>
</context>
</TS>
