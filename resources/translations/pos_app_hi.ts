<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi">
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../pos_app/gui/kiosk/screens.py" line="+78"/>
        <source>Redeem your loyalty points

Touch here to start
or scan your loyalty card</source>
        <translation>अपने लॉयल्टी पॉइंट रिडीम करें

शुरू करने के लिए यहाँ छुएँ
या अपना लॉयल्टी कार्ड स्कैन करें</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start redeeming points</source>
        <translation>पॉइंट रिडीम करना शुरू करें</translation>
    </message>
</context>
<context>
    <name>CodeScreen</name>
    <message>
        <location line="+145"/>
        <location line="+38"/>
        <source>Send the code again</source>
        <translation>कोड फिर से भेजें</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Redeem</source>
        <translation>रिडीम करें</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Give a missed call</source>
        <translation>मिस्ड कॉल दें</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From your registered mobile {0}, call this number; it hangs up by itself. Then touch Redeem.</source>
        <translation>अपने रजिस्टर्ड मोबाइल {0} से इस नंबर पर कॉल करें; कॉल अपने आप कट जाएगी। फिर रिडीम करें छुएँ।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give a missed call from your registered mobile {0}, then touch Redeem.</source>
        <translation>अपने रजिस्टर्ड मोबाइल {0} से मिस्ड कॉल दें, फिर रिडीम करें छुएँ।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the code we sent you</source>
        <translation>हमारा भेजा हुआ कोड लिखें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We sent a code by SMS to {0}.</source>
        <translation>हमने {0} पर SMS से कोड भेजा है।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send again in {0} s</source>
        <translation>{0} सेकंड में फिर भेजें</translation>
    </message>
</context>
<context>
    <name>ConfirmationScreen</name>
    <message>
        <location line="+14"/>
        <source>Redemption reference for the cashier</source>
        <translation>कैशियर के लिए रिडेम्पशन संदर्भ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this screen or the receipt to the cashier.</source>
        <translation>यह स्क्रीन या रसीद कैशियर को दिखाएँ।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt</source>
        <translation>रसीद</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finish</source>
        <translation>समाप्त</translation>
    </message>
</context>
<context>
    <name>CustomerScreen</name>
    <message>
        <location filename="../../pos_app/gui/screens/customer_screen.py" line="+65"/>
        <source>Customer details</source>
        <translation>ग्राहक विवरण</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+162"/>
        <source>Balance</source>
        <translation>बैलेंस</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>Points balance</source>
        <translation>पॉइंट बैलेंस</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Balance worth</source>
        <translation>बैलेंस का मूल्य</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Most redeemable now</source>
        <translation>अभी अधिकतम रिडीम योग्य</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+66"/>
        <source>Bill number</source>
        <translation>बिल नंबर</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Points to redeem</source>
        <translation>रिडीम करने के पॉइंट</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points</source>
        <translation>पॉइंट</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Max</source>
        <translation>अधिकतम</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Amount [F3]</source>
        <translation>राशि [F3]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount in currency</source>
        <translation>मुद्रा में राशि</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The most this customer may redeem now</source>
        <translation>यह ग्राहक अभी अधिकतम जितना रिडीम कर सकता है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loyalty program</source>
        <translation>लॉयल्टी प्रोग्राम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family points</source>
        <translation>परिवार के पॉइंट</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redeem the family&apos;s points</source>
        <translation>परिवार के पॉइंट रिडीम करें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Family id</source>
        <translation>परिवार आईडी</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Code by SMS</source>
        <translation>SMS से कोड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed call [Ctrl+M]</source>
        <translation>मिस्ड कॉल [Ctrl+M]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed call</source>
        <translation>मिस्ड कॉल</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Redeemable value</source>
        <translation>रिडीम योग्य मूल्य</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+381"/>
        <source>Check and send code</source>
        <translation>जाँचें और कोड भेजें</translation>
    </message>
    <message>
        <location line="-353"/>
        <source>Program</source>
        <translation>प्रोग्राम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family [F4]</source>
        <translation>परिवार [F4]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redeem</source>
        <translation>रिडीम करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm by</source>
        <translation>पुष्टि का तरीका</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>(no name)</source>
        <translation>(नाम नहीं)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} ({1} points)</source>
        <translation>{0} ({1} पॉइंट)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Offline redemption</source>
        <translation>ऑफ़लाइन रिडेम्पशन</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Queue redemption</source>
        <translation>रिडेम्पशन कतार में रखें</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offline: the loyalty service cannot be reached, so this customer&apos;s balance cannot be seen. {0}</source>
        <translation>ऑफ़लाइन: लॉयल्टी सेवा से संपर्क नहीं हो पा रहा, इसलिए इस ग्राहक का बैलेंस नहीं दिख सकता। {0}</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>All of it may be redeemed now [F6]</source>
        <translation>अभी पूरा रिडीम हो सकता है [F6]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>At most {0} points ({1}) in one redemption [F6]</source>
        <translation>एक रिडेम्पशन में अधिकतम {0} पॉइंट ({1}) [F6]</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Worth {0}</source>
        <translation>मूल्य {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 point = {0}</source>
        <translation>1 पॉइंट = {0}</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Mobile {0}   Tier {1}</source>
        <translation>मोबाइल {0}   टियर {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Balance{0}</source>
        <translation>बैलेंस{0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+68"/>
        <source>{0} points</source>
        <translation>{0} पॉइंट</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Points of family {0}</source>
        <translation>परिवार {0} के पॉइंट</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The loyalty service did not give this family&apos;s balance; it checks the points typed.</source>
        <translation>लॉयल्टी सेवा ने इस परिवार का बैलेंस नहीं बताया; वह लिखे गए पॉइंट जाँचती है।</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The family&apos;s balance could not be fetched.</source>
        <translation>परिवार का बैलेंस नहीं मिल सका।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The loyalty service checks the points typed.</source>
        <translation>लॉयल्टी सेवा लिखे गए पॉइंट जाँचती है।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The family&apos;s balance is not known yet: type the points; the loyalty service checks them.</source>
        <translation>परिवार का बैलेंस अभी पता नहीं है: पॉइंट लिखें; लॉयल्टी सेवा उन्हें जाँचेगी।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This customer has too few points for the smallest redemption allowed.</source>
        <translation>इस ग्राहक के पास न्यूनतम अनुमत रिडेम्पशन के लिए बहुत कम पॉइंट हैं।</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Check and ask for a missed call</source>
        <translation>जाँचें और मिस्ड कॉल माँगें</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>{0} (local {1})</source>
        <translation>{0} (स्थानीय {1})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} points = {1}, 1 point = {2}. The loyalty service checks them on F5.</source>
        <translation>{0} पॉइंट = {1}, 1 पॉइंट = {2}। लॉयल्टी सेवा F5 पर इनकी जाँच करती है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redeemable: {0} points = {1}, 1 point = {2}</source>
        <translation>रिडीम योग्य: {0} पॉइंट = {1}, 1 पॉइंट = {2}</translation>
    </message>
    <message>
        <location line="-201"/>
        <source> in {0}</source>
        <translation> ({0} में)</translation>
    </message>
    <message>
        <location line="-268"/>
        <source>family id</source>
        <translation>परिवार आईडी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave it blank for the customer&apos;s own family.</source>
        <translation>ग्राहक के अपने परिवार के लिए खाली छोड़ें।</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Customer {0}</source>
        <translation>ग्राहक {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not known offline</source>
        <translation>ऑफ़लाइन पता नहीं</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>The customer&apos;s own balance is {0} points.</source>
        <translation>ग्राहक का अपना बैलेंस {0} पॉइंट है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Family&apos;s points</source>
        <translation>परिवार के पॉइंट</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Type or scan the family id.</source>
        <translation>परिवार आईडी लिखें या स्कैन करें।</translation>
    </message>
</context>
<context>
    <name>DayPicker</name>
    <message>
        <location filename="../../pos_app/gui/report_dialog.py" line="+65"/>
        <source>Day:</source>
        <translation>दिन:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt; Previous day</source>
        <translation>&lt; पिछला दिन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>आज</translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <location filename="../../pos_app/gui/screens/done_screen.py" line="+30"/>
        <source>Redemption id and balance</source>
        <translation>रिडेम्पशन आईडी और बैलेंस</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receipt preview</source>
        <translation>रसीद का पूर्वावलोकन</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next customer</source>
        <translation>अगला ग्राहक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print receipt</source>
        <translation>रसीद प्रिंट करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printing</source>
        <translation>प्रिंटिंग</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan the next customer&apos;s card, or press F12.</source>
        <translation>अगले ग्राहक का कार्ड स्कैन करें, या F12 दबाएँ।</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Sent by this till&apos;s queue: the loyalty service applied it as redemption {0}. Press F11 to print the receipt as sent.</source>
        <translation>इस काउंटर की कतार ने भेजा: लॉयल्टी सेवा ने इसे रिडेम्पशन {0} के रूप में लागू किया। भेजी गई रसीद प्रिंट करने के लिए F11 दबाएँ।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelled - nothing redeemed</source>
        <translation>रद्द - कुछ भी रिडीम नहीं हुआ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled in the queue (F10): nothing was redeemed. The PENDING receipt is void.</source>
        <translation>कतार (F10) में रद्द किया गया: कुछ भी रिडीम नहीं हुआ। बाकी वाली रसीद अमान्य है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no reason given)</source>
        <translation>(कोई कारण नहीं बताया गया)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The queue could not send it; it needs attention. Press F10 to see why and how to settle it.</source>
        <translation>कतार इसे नहीं भेज सकी; इस पर ध्यान देना ज़रूरी है। कारण और निपटाने का तरीका देखने के लिए F10 दबाएँ।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The queue could not send it: {0} It needs attention: press F10.</source>
        <translation>कतार इसे नहीं भेज सकी: {0} इस पर ध्यान चाहिए: F10 दबाएँ।</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Not sent - needs attention</source>
        <translation>नहीं भेजा गया - ध्यान चाहिए</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved - PENDING</source>
        <translation>सहेजा गया - बाकी</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Points redeemed</source>
        <translation>पॉइंट रिडीम हुए</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> = {0}</source>
        <translation> = {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} points{1}</source>
        <translation>{0} पॉइंट{1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reference {0} (PENDING)</source>
        <translation>संदर्भ {0} (बाकी)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redemption id {0}</source>
        <translation>रिडेम्पशन आईडी {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family {0}: {1} points now ({2} before, less {3})</source>
        <translation>परिवार {0}: अब {1} पॉइंट (पहले {2}, घटाकर {3})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Balance now {0} points</source>
        <translation>अब बैलेंस {0} पॉइंट</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Own balance now {0} points</source>
        <translation>अपना बैलेंस अब {0} पॉइंट</translation>
    </message>
</context>
<context>
    <name>JournalDialog</name>
    <message>
        <location filename="../../pos_app/gui/journal_dialog.py" line="+52"/>
        <source>Receipts journal</source>
        <translation>रसीद जर्नल</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Day of the receipts</source>
        <translation>रसीदों का दिन</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Receipts of the day</source>
        <translation>आज की रसीदें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>time</source>
        <translation>समय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bill</source>
        <translation>बिल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>redemption</source>
        <translation>रिडेम्पशन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>points</source>
        <translation>पॉइंट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reference</source>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Receipt preview</source>
        <translation>रसीद का पूर्वावलोकन</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print again</source>
        <translation>फिर से प्रिंट करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as PDF...</source>
        <translation>PDF के रूप में सहेजें...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverse (void)...</source>
        <translation>रिवर्स (रद्द) करें...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverse the selected redemption (supervisor)</source>
        <translation>चुना गया रिडेम्पशन रिवर्स करें (सुपरवाइज़र)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>VOID {0}</source>
        <translation>रद्द {0}</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Reverse {0} points of redemption {1}. Why, and the supervisor&apos;s PIN:</source>
        <translation>रिडेम्पशन {1} के {0} पॉइंट रिवर्स करें। कारण और सुपरवाइज़र PIN:</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>{0} (voided)</source>
        <translation>{0} (रद्द)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Receipt number (as in pos-app receipt list)</source>
        <translation>रसीद संख्या (जैसी pos-app receipt list में)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No receipts on {0}. Choose another day above.</source>
        <translation>{0} को कोई रसीद नहीं। ऊपर कोई दूसरा दिन चुनें।</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This is a VOID receipt: its points were already returned.</source>
        <translation>यह VOID रसीद है: इसके पॉइंट पहले ही लौटाए जा चुके हैं।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already reversed on this till: VOID receipt {0}.</source>
        <translation>इस काउंटर पर पहले ही रद्द: VOID रसीद {0}।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not applied: no points were taken, so there is nothing to reverse.</source>
        <translation>लागू नहीं हुआ: कोई पॉइंट नहीं कटे, इसलिए रिवर्स करने को कुछ नहीं है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not at the loyalty service yet: cancel it in the queue (F10) instead.</source>
        <translation>अभी लॉयल्टी सेवा तक नहीं पहुँचा: इसके बजाय कतार (F10) में रद्द करें।</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Printed again, marked as a copy ({0}).</source>
        <translation>फिर से छापा, प्रति के रूप में चिह्नित ({0})।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Printing...</source>
        <translation>प्रिंट हो रहा है...</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>void receipt {0}, {1} points</source>
        <translation>रसीद {0} रद्द करने, {1} पॉइंट</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reversing...</source>
        <translation>रिवर्स हो रहा है...</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reversed {0} points of redemption {1}; VOID receipt {2} is in the journal.</source>
        <translation>रिडेम्पशन {1} के {0} पॉइंट रिवर्स हुए; VOID रसीद {2} जर्नल में है।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not reversed: {0}</source>
        <translation>रिवर्स नहीं हुआ: {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save receipt</source>
        <translation>रसीद सहेजें</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved to {0}.</source>
        <translation>{0} में सहेजा गया।</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <location filename="../../pos_app/gui/kiosk/touch.py" line="+114"/>
        <source>Clear</source>
        <translation>मिटाएँ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete last digit</source>
        <translation>आख़िरी अंक मिटाएँ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear all</source>
        <translation>सब मिटाएँ</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <location filename="../../pos_app/gui/kiosk/points_screen.py" line="+20"/>
        <source>How many points would you like to use?</source>
        <translation>आप कितने पॉइंट इस्तेमाल करना चाहेंगे?</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/kiosk/screens.py" line="-95"/>
        <source>Confirm it is you</source>
        <translation>पुष्टि करें कि यह आप ही हैं</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Type the code we sent you</source>
        <translation>हमारा भेजा हुआ कोड लिखें</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Points redeemed</source>
        <translation>पॉइंट रिडीम हुए</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Scan your bill or type its number</source>
        <translation>अपना बिल स्कैन करें या उसका नंबर लिखें</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your mobile number</source>
        <translation>आपका मोबाइल नंबर</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type it on the keypad, or scan your loyalty card.</source>
        <translation>कीपैड पर लिखें, या अपना लॉयल्टी कार्ड स्कैन करें।</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/kiosk/words.py" line="+24"/>
        <source>Redeeming points is not available at this kiosk right now. Please ask at the till.</source>
        <translation>इस कियोस्क पर अभी पॉइंट रिडीम नहीं हो सकते। कृपया काउंटर पर पूछें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>We could not find a loyalty account for this number. Check it, or ask at the till to join.</source>
        <translation>इस नंबर का कोई लॉयल्टी खाता नहीं मिला। नंबर जाँचें, या जुड़ने के लिए काउंटर पर पूछें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This number is not in our loyalty program. Ask at the till to join.</source>
        <translation>यह नंबर हमारे लॉयल्टी प्रोग्राम में नहीं है। जुड़ने के लिए काउंटर पर पूछें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You do not have enough points for that. Choose fewer points.</source>
        <translation>इसके लिए आपके पास पर्याप्त पॉइंट नहीं हैं। कम पॉइंट चुनें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That is more points than can be used in one go. Choose fewer points.</source>
        <translation>एक बार में इतने पॉइंट इस्तेमाल नहीं हो सकते। कम पॉइंट चुनें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That is fewer points than the smallest amount allowed. Choose more points.</source>
        <translation>यह न्यूनतम अनुमत पॉइंट से कम है। ज़्यादा पॉइंट चुनें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a whole number of points.</source>
        <translation>पॉइंट की पूरी संख्या चुनें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That code is not right. Check the SMS and type it again.</source>
        <translation>यह कोड सही नहीं है। SMS देखें और फिर से लिखें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your missed call has not arrived yet. Call again, then touch Redeem.</source>
        <translation>आपकी मिस्ड कॉल अभी नहीं आई। फिर से कॉल करें, फिर रिडीम करें छुएँ।</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>You can use at most {0} points at a time. Choose {0} or fewer.</source>
        <translation>आप एक बार में अधिकतम {0} पॉइंट इस्तेमाल कर सकते हैं। {0} या कम चुनें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You need to use at least {0} points at a time. Choose {0} or more.</source>
        <translation>एक बार में कम से कम {0} पॉइंट इस्तेमाल करने होंगे। {0} या ज़्यादा चुनें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Points can be used in multiples of {0} only. Choose {0}, or a multiple of it.</source>
        <translation>पॉइंट केवल {0} के गुणज में इस्तेमाल हो सकते हैं। {0} या उसका गुणज चुनें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Points can be used in multiples of {0} only. Try {1}.</source>
        <translation>पॉइंट केवल {0} के गुणज में इस्तेमाल हो सकते हैं। {1} आज़माएँ।</translation>
    </message>
</context>
<context>
    <name>KioskScreen</name>
    <message>
        <location filename="../../pos_app/gui/kiosk/screens.py" line="-292"/>
        <source>Message</source>
        <translation>संदेश</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start over</source>
        <translation>फिर से शुरू करें</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../pos_app/gui/kiosk/kiosk_window.py" line="+66"/>
        <location line="+131"/>
        <source>Loyalty points - self service</source>
        <translation>लॉयल्टी पॉइंट - सेल्फ़ सर्विस</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/kiosk/points_step.py" line="+42"/>
        <source>Points cannot be redeemed on this account. Please ask at the till.</source>
        <translation>इस खाते के पॉइंट रिडीम नहीं हो सकते। कृपया काउंटर पर पूछें।</translation>
    </message>
    <message>
        <location line="+72"/>
        <location line="+35"/>
        <source>You have {0} points. Choose {0} or fewer.</source>
        <translation>आपके पास {0} पॉइंट हैं। {0} या कम चुनें।</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/kiosk/kiosk_window.py" line="+45"/>
        <source>These points cannot be redeemed. Try fewer points.</source>
        <translation>ये पॉइंट रिडीम नहीं हो सकते। कम पॉइंट आज़माएँ।</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>One moment...</source>
        <translation>एक पल...</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Redeeming...</source>
        <translation>रिडीम हो रहा है...</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved: the cashier will confirm it</source>
        <translation>सहेजा गया: कैशियर इसकी पुष्टि करेंगे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} points</source>
        <translation>{0} पॉइंट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PENDING {0}</source>
        <translation>बाकी {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Points redeemed</source>
        <translation>पॉइंट रिडीम हुए</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../pos_app/gui/kiosk/points_step.py" line="-20"/>
        <source>{0} points = {1}</source>
        <translation>{0} पॉइंट = {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reference {0}</source>
        <translation>संदर्भ {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redemption id {0}</source>
        <translation>रिडेम्पशन आईडी {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Printing your receipt...</source>
        <translation>आपकी रसीद प्रिंट हो रही है...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take your receipt.</source>
        <translation>अपनी रसीद ले लें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The receipt could not be printed. The cashier can print it from the journal.</source>
        <translation>रसीद प्रिंट नहीं हो सकी। कैशियर इसे जर्नल से प्रिंट कर सकते हैं।</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Redeeming points works again. Please try once more.</source>
        <translation>पॉइंट रिडीम करना फिर से चालू है। कृपया एक बार और कोशिश करें।</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>online</source>
        <translation>ऑनलाइन</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>offline</source>
        <translation>ऑफ़लाइन</translation>
    </message>
</context>
<context>
    <name>OtpScreen</name>
    <message>
        <location filename="../../pos_app/gui/screens/otp_screen.py" line="+29"/>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Code the customer received</source>
        <translation>ग्राहक को मिला कोड</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redeem</source>
        <translation>रिडीम करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resend code</source>
        <translation>कोड फिर भेजें</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Ask the customer for a missed call to this number from their registered mobile, then Redeem.</source>
        <translation>ग्राहक से उनके रजिस्टर्ड मोबाइल से इस नंबर पर मिस्ड कॉल देने को कहें, फिर रिडीम करें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask the customer to give a missed call from their registered mobile, then press Redeem.</source>
        <translation>ग्राहक से उनके रजिस्टर्ड मोबाइल से मिस्ड कॉल देने को कहें, फिर रिडीम करें दबाएँ।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the customer for the code sent to their mobile.</source>
        <translation>ग्राहक से उनके मोबाइल पर भेजा गया कोड पूछें।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>You can resend in {0} s</source>
        <translation>{0} सेकंड में फिर भेज सकते हैं</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The missed call was given: press Redeem [F9].</source>
        <translation>मिस्ड कॉल मिल गई: रिडीम करें दबाएँ [F9]।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The redemption&apos;s answer is awaited: scan the next customer&apos;s card once it is in.</source>
        <translation>रिडेम्पशन के जवाब का इंतज़ार है: जवाब आने के बाद अगले ग्राहक का कार्ड स्कैन करें।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That came in as fast as a card scan, so it was not sent as the code. If it is the customer&apos;s code, press Redeem [F9]; if it was the next customer&apos;s card, finish this redemption (or press Esc) first.</source>
        <translation>यह कार्ड स्कैन जितनी तेज़ी से आया, इसलिए इसे कोड के रूप में नहीं भेजा गया। अगर यह ग्राहक का कोड है, तो रिडीम करें [F9] दबाएँ; अगर यह अगले ग्राहक का कार्ड था, तो पहले यह रिडेम्पशन पूरा करें (या Esc दबाएँ)।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A redemption is being confirmed: finish it, or press Esc, before the next customer&apos;s card.</source>
        <translation>एक रिडेम्पशन की पुष्टि हो रही है: अगले ग्राहक के कार्ड से पहले इसे पूरा करें, या Esc दबाएँ।</translation>
    </message>
</context>
<context>
    <name>PadScreen</name>
    <message>
        <location filename="../../pos_app/gui/kiosk/screens.py" line="+103"/>
        <source>Continue</source>
        <translation>आगे बढ़ें</translation>
    </message>
</context>
<context>
    <name>PhonePanel</name>
    <message>
        <location filename="../../pos_app/gui/demo.py" line="+132"/>
        <source>No messages yet.

Try card CARD0001 or mobile 9777788221.</source>
        <translation>अभी कोई संदेश नहीं।

कार्ड CARD0001 या मोबाइल 9777788221 आज़माएँ।</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Customer&apos;s phone (demo)</source>
        <translation>ग्राहक का फ़ोन (डेमो)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulated SMS</source>
        <translation>नकली SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give a missed call</source>
        <translation>मिस्ड कॉल दें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give a missed call from the customer&apos;s phone</source>
        <translation>ग्राहक के फ़ोन से मिस्ड कॉल दें</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SMS to {0}:

Your redemption code is {1}</source>
        <translation>{0} को SMS:

आपका रिडेम्पशन कोड {1} है</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Missed call given from {0}.</source>
        <translation>{0} से मिस्ड कॉल दी गई।</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../pos_app/gui/kiosk/supervisor_pad.py" line="+18"/>
        <source>Supervisor</source>
        <translation>सुपरवाइज़र</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+15"/>
        <source>Supervisor PIN</source>
        <translation>सुपरवाइज़र पिन</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>OK</source>
        <translation>ठीक है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
</context>
<context>
    <name>PointsScreen</name>
    <message>
        <location filename="../../pos_app/gui/kiosk/points_screen.py" line="+3"/>
        <source>Your points</source>
        <translation>आपके पॉइंट</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What these points are worth</source>
        <translation>इन पॉइंट का मूल्य</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All my points</source>
        <translation>मेरे सारे पॉइंट</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{0}
{1} points</source>
        <translation>{0}
{1} पॉइंट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: {1} points</source>
        <translation>{0}: {1} पॉइंट</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Hello {0}.</source>
        <translation>नमस्ते {0}।</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hello.</source>
        <translation>नमस्ते।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You have {0} points</source>
        <translation>आपके पास {0} पॉइंट हैं</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You have {0} points, worth {1}</source>
        <translation>आपके पास {0} पॉइंट हैं, मूल्य {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At most {0} points at a time, worth {1}.</source>
        <translation>एक बार में अधिकतम {0} पॉइंट, मूल्य {1}।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most {0} points at a time.</source>
        <translation>एक बार में अधिकतम {0} पॉइंट।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At least {0} points are needed to redeem.</source>
        <translation>रिडीम करने के लिए कम से कम {0} पॉइंट चाहिए।</translation>
    </message>
</context>
<context>
    <name>QueueDialog</name>
    <message>
        <location filename="../../pos_app/gui/queue_dialog.py" line="+61"/>
        <source>Offline queue</source>
        <translation>ऑफ़लाइन कतार</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Queued redemptions</source>
        <translation>कतार में रिडेम्पशन</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>id</source>
        <translation>क्रमांक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>state</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>created</source>
        <translation>बनाया गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>points</source>
        <translation>पॉइंट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bill</source>
        <translation>बिल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reference</source>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approval request</source>
        <translation>मंज़ूरी अनुरोध</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>waiting</source>
        <translation>प्रतीक्षा में</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sending</source>
        <translation>भेजा जा रहा है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answer lost</source>
        <translation>जवाब खो गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>awaiting approval</source>
        <translation>मंज़ूरी की प्रतीक्षा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs attention</source>
        <translation>ध्यान चाहिए</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent</source>
        <translation>भेजा गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Retry now</source>
        <translation>अभी फिर कोशिश करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel item...</source>
        <translation>आइटम रद्द करें...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV...</source>
        <translation>CSV निर्यात करें...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{0} waiting ({1} points), {2} need attention.</source>
        <translation>{0} प्रतीक्षा में ({1} पॉइंट), {2} पर ध्यान चाहिए।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select an item first.</source>
        <translation>पहले कोई आइटम चुनें।</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cancel item</source>
        <translation>आइटम रद्द करें</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why is item {0} cancelled? It will never be sent.</source>
        <translation>आइटम {0} क्यों रद्द किया जा रहा है? यह कभी नहीं भेजा जाएगा।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export queue</source>
        <translation>कतार निर्यात करें</translation>
    </message>
</context>
<context>
    <name>ReplayWorker</name>
    <message numerus="yes">
        <location filename="../../pos_app/gui/replay_worker.py" line="+145"/>
        <source>Queue: %n redemption(s) sent.</source>
        <translation>
            <numerusform>कतार: %n रिडेम्पशन भेजा गया।</numerusform>
            <numerusform>कतार: %n रिडेम्पशन भेजे गए।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The queue could not be sent: {0}</source>
        <translation>कतार नहीं भेजी जा सकी: {0}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../pos_app/gui/report_dialog.py" line="+56"/>
        <source>End-of-day report {0}</source>
        <translation>दिन के अंत की रिपोर्ट {0}</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>End-of-day report</source>
        <translation>दिन के अंत की रिपोर्ट</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Day of the report</source>
        <translation>रिपोर्ट का दिन</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Print</source>
        <translation>प्रिंट करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save CSV...</source>
        <translation>CSV सहेजें...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save PDF...</source>
        <translation>PDF सहेजें...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Printing...</source>
        <translation>प्रिंट हो रहा है...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printed.</source>
        <translation>प्रिंट हो गया।</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+9"/>
        <source>Save report</source>
        <translation>रिपोर्ट सहेजें</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+13"/>
        <source>Saved to {0}.</source>
        <translation>{0} में सहेजा गया।</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../pos_app/gui/settings_dialog.py" line="+52"/>
        <source>Set up this till</source>
        <translation>यह काउंटर सेट करें</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unchanged</source>
        <translation>अपरिवर्तित</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The computer&apos;s language</source>
        <translation>कंप्यूटर की भाषा</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ISO 4217 code, e.g. INR, AED, EUR</source>
        <translation>ISO 4217 कोड, जैसे INR, AED, EUR</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refuse: no redemption while offline</source>
        <translation>मना करें: ऑफ़लाइन रहते कोई रिडेम्पशन नहीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue without a code, up to the offline cap</source>
        <translation>बिना कोड के कतार में रखें, ऑफ़लाइन सीमा तक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue for a supervisor&apos;s approval</source>
        <translation>सुपरवाइज़र की मंज़ूरी के लिए कतार में रखें</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No printer</source>
        <translation>कोई प्रिंटर नहीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network (ESC/POS)</source>
        <translation>नेटवर्क (ESC/POS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USB (ESC/POS)</source>
        <translation>USB (ESC/POS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial port or device</source>
        <translation>सीरियल पोर्ट या डिवाइस</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CUPS queue</source>
        <translation>CUPS कतार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System printer</source>
        <translation>सिस्टम प्रिंटर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files in a folder</source>
        <translation>एक फ़ोल्डर में PDF फ़ाइलें</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the number customers call, e.g. +91 80 4718 2200</source>
        <translation>वह नंबर जिस पर ग्राहक कॉल करते हैं, जैसे +91 80 4718 2200</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print every receipt at once</source>
        <translation>हर रसीद तुरंत प्रिंट करें</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Test connection</source>
        <translation>कनेक्शन जाँचें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cluster</source>
        <translation>क्लस्टर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or host</source>
        <translation>या होस्ट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Till code</source>
        <translation>काउंटर कोड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Till password</source>
        <translation>काउंटर पासवर्ड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program id</source>
        <translation>प्रोग्राम आईडी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>देश</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store name</source>
        <translation>स्टोर का नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>मुद्रा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls a minute (API key)</source>
        <translation>प्रति मिनट कॉल (API कुंजी)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replay&apos;s share of them</source>
        <translation>इनमें से दोबारा भेजने का हिस्सा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation>ऑफ़लाइन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed-call number</source>
        <translation>मिस्ड कॉल नंबर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer</source>
        <translation>प्रिंटर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer address</source>
        <translation>प्रिंटर का पता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns</source>
        <translation>कॉलम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipts</source>
        <translation>रसीदें</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This till is not set up yet. Enter the loyalty service and the till&apos;s credentials, choose the supervisor PIN, then Test connection and Save.</source>
        <translation>यह टिल अभी सेट नहीं है। लॉयल्टी सेवा और टिल के क्रेडेंशियल डालें, सुपरवाइज़र पिन चुनें, फिर कनेक्शन जाँचें और सहेजें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This till is not set up yet. Enter the loyalty service and the till&apos;s credentials, then Test connection and Save.</source>
        <translation>यह काउंटर अभी सेट नहीं है। लॉयल्टी सेवा और काउंटर के क्रेडेंशियल डालें, फिर कनेक्शन जाँचें और सहेजें।</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>A supervisor PIN (4 to 12 digits) guards reversals, cancelling queued items and settings.</source>
        <translation>सुपरवाइज़र पिन (4 से 12 अंक) रिवर्सल, कतार के आइटम रद्द करने और सेटिंग्स की सुरक्षा करता है।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Supervisor PIN</source>
        <translation>सुपरवाइज़र पिन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN again</source>
        <translation>पिन दोबारा</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose a supervisor PIN (4 to 12 digits) and type it twice: the till cannot be set up without one.</source>
        <translation>सुपरवाइज़र पिन (4 से 12 अंक) चुनें और दो बार टाइप करें: इसके बिना टिल सेट नहीं हो सकता।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two supervisor PINs differ. Type the same PIN in both fields.</source>
        <translation>दोनों सुपरवाइज़र पिन अलग हैं। दोनों फ़ील्ड में एक ही पिन टाइप करें।</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Enter the till code and its password.</source>
        <translation>काउंटर कोड और उसका पासवर्ड डालें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Testing...</source>
        <translation>जाँच हो रही है...</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Connected to {0}.</source>
        <translation>{0} से जुड़ गया।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Test failed: {0}</source>
        <translation>जाँच विफल: {0}</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Support bundle</source>
        <translation>सपोर्ट बंडल</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logs, queue, journal, self-test, versions and settings in one zip, nothing secret</source>
        <translation>लॉग, कतार, जर्नल, सेल्फ़-टेस्ट, वर्ज़न और सेटिंग्स एक ज़िप में, कुछ भी गोपनीय नहीं</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Support bundle written to {0} ({1} KB).</source>
        <translation>सपोर्ट बंडल {0} में लिखा गया ({1} KB)।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not be gathered (a note in the bundle says why): {0}</source>
        <translation>इकट्ठा नहीं हो सका (बंडल में नोट कारण बताता है): {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The support bundle could not be written: {0}</source>
        <translation>सपोर्ट बंडल नहीं लिखा जा सका: {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gathering a support bundle (runs the self-test)...</source>
        <translation>सपोर्ट बंडल तैयार हो रहा है (सेल्फ़-टेस्ट चलता है)...</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/settings_form.py" line="+103"/>
        <source>Set for every till on this machine in {0}</source>
        <translation>इस मशीन के हर काउंटर के लिए {0} में तय</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} (machine-wide)</source>
        <translation>{0} (पूरी मशीन)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fields marked (machine-wide) are set for every till on this machine in {0}; change them there.</source>
        <translation>(पूरी मशीन) वाले फ़ील्ड इस मशीन के हर काउंटर के लिए {0} में तय हैं; उन्हें वहीं बदलें।</translation>
    </message>
</context>
<context>
    <name>ShownReceipt</name>
    <message>
        <location filename="../../pos_app/gui/till_receipt.py" line="+79"/>
        <source>Printing...</source>
        <translation>प्रिंट हो रहा है...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Receipt printed ({0}).</source>
        <translation>रसीद प्रिंट हुई ({0})।</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Printed again, marked as a copy ({0}).</source>
        <translation>फिर से प्रिंट हुई, कॉपी के रूप में चिह्नित ({0})।</translation>
    </message>
</context>
<context>
    <name>StaffMenu</name>
    <message>
        <location filename="../../pos_app/gui/kiosk/supervisor_pad.py" line="+38"/>
        <source>Kiosk</source>
        <translation>कियोस्क</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline queue</source>
        <translation>ऑफ़लाइन कतार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave kiosk mode</source>
        <translation>कियोस्क मोड छोड़ें</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back to the kiosk</source>
        <translation>कियोस्क पर वापस</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location line="+21"/>
        <source>Back to the kiosk</source>
        <translation>कियोस्क पर वापस</translation>
    </message>
</context>
<context>
    <name>StaffSide</name>
    <message>
        <location filename="../../pos_app/gui/kiosk/staff.py" line="+84"/>
        <source>Offline queue</source>
        <translation>ऑफ़लाइन कतार</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../pos_app/gui/screens/start_screen.py" line="+19"/>
        <source>Customer mobile number or card number</source>
        <translation>ग्राहक का मोबाइल नंबर या कार्ड नंबर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile number or loyalty card</source>
        <translation>मोबाइल नंबर या लॉयल्टी कार्ड</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Look up</source>
        <translation>खोजें</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Look up customer</source>
        <translation>ग्राहक खोजें</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Scan the loyalty card or type the customer&apos;s mobile number</source>
        <translation>लॉयल्टी कार्ड स्कैन करें या ग्राहक का मोबाइल नंबर लिखें</translation>
    </message>
</context>
<context>
    <name>StillThere</name>
    <message>
        <location filename="../../pos_app/gui/kiosk/idle.py" line="+47"/>
        <source>Are you still there?</source>
        <translation>क्या आप अभी भी यहाँ हैं?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, I am still here</source>
        <translation>हाँ, मैं यहीं हूँ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starting over in {0} s</source>
        <translation>{0} सेकंड में फिर से शुरू</translation>
    </message>
</context>
<context>
    <name>Supervisor</name>
    <message>
        <location filename="../../pos_app/gui/pin.py" line="+23"/>
        <location line="+8"/>
        <source>Supervisor</source>
        <translation>सुपरवाइज़र</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>A supervisor PIN is needed to {0}, and none is set on this till. A supervisor sets one with the command: {1}</source>
        <translation>{0} के लिए सुपरवाइज़र पिन चाहिए, और इस टिल पर कोई पिन सेट नहीं है। सुपरवाइज़र इस कमांड से पिन सेट करें: {1}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Supervisor PIN to {0}:</source>
        <translation>{0} के लिए सुपरवाइज़र पिन:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was typed. Enter the supervisor PIN to {0}:</source>
        <translation>कुछ टाइप नहीं हुआ। {0} के लिए सुपरवाइज़र PIN डालें:</translation>
    </message>
</context>
<context>
    <name>TillDialogs</name>
    <message>
        <location filename="../../pos_app/gui/till_dialogs.py" line="+45"/>
        <source>change settings</source>
        <translation>सेटिंग्स बदलने</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not configured</source>
        <translation>सेट नहीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} | till {1}</source>
        <translation>{0} | काउंटर {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settings saved. The till shows its new language from its next start.</source>
        <translation>सेटिंग्स सहेजी गईं। काउंटर अगली बार शुरू होने पर नई भाषा दिखाएगा।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings saved.</source>
        <translation>सेटिंग्स सहेजी गईं।</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>cancel a queued item</source>
        <translation>कतार का आइटम रद्द करने</translation>
    </message>
</context>
<context>
    <name>TillFailures</name>
    <message>
        <location filename="../../pos_app/gui/till_failures.py" line="+126"/>
        <source>This till can still queue a redemption of up to {0} points without a code; it is sent when the network returns.</source>
        <translation>यह काउंटर अब भी बिना कोड के {0} पॉइंट तक का रिडेम्पशन कतार में रख सकता है; नेटवर्क लौटने पर यह भेजा जाएगा।</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The loyalty service answers again. Press F5 to check and send the code again.</source>
        <translation>लॉयल्टी सेवा फिर जवाब दे रही है। फिर से जाँचने और कोड भेजने के लिए F5 दबाएँ।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The loyalty service answers again. Press Redeem [F9] to confirm, or Resend code [F7] for a new code.</source>
        <translation>लॉयल्टी सेवा फिर जवाब दे रही है। पुष्टि के लिए रिडीम करें [F9] दबाएँ, या नए कोड के लिए कोड फिर भेजें [F7]।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The loyalty service answers again. Scan the card or type the number again, then press Enter.</source>
        <translation>लॉयल्टी सेवा फिर जवाब दे रही है। कार्ड फिर स्कैन करें या नंबर फिर लिखें, फिर Enter दबाएँ।</translation>
    </message>
</context>
<context>
    <name>TillFlow</name>
    <message>
        <location filename="../../pos_app/gui/till_flow.py" line="+300"/>
        <source>The points can be redeemed, but the code could not be sent. Resend it or ask for a missed call.</source>
        <translation>पॉइंट रिडीम हो सकते हैं, पर कोड नहीं भेजा जा सका। फिर भेजें या मिस्ड कॉल के लिए कहें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ask the customer to give a missed call from their registered mobile.</source>
        <translation>ग्राहक से उनके रजिस्टर्ड मोबाइल से मिस्ड कॉल देने को कहें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code sent by SMS to the customer&apos;s mobile.</source>
        <translation>ग्राहक के मोबाइल पर SMS से कोड भेजा गया।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A code was sent again.</source>
        <translation>कोड फिर से भेजा गया।</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Something went wrong on this till: {0}</source>
        <translation>इस काउंटर पर कुछ गड़बड़ हुई: {0}</translation>
    </message>
</context>
<context>
    <name>TillStatusBar</name>
    <message>
        <location filename="../../pos_app/gui/till_status.py" line="+37"/>
        <source>connecting...</source>
        <translation>जुड़ रहा है...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection to the loyalty service</source>
        <translation>लॉयल्टी सेवा से कनेक्शन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending: 0</source>
        <translation>बाकी: 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending offline redemptions</source>
        <translation>बाकी ऑफ़लाइन रिडेम्पशन</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>online</source>
        <translation>ऑनलाइन</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OFFLINE</source>
        <translation>ऑफ़लाइन</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pending: {0}</source>
        <translation>बाकी: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (oldest from {0})</source>
        <translation> (सबसे पुराना {0} से)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, sent after this customer</source>
        <translation>, इस ग्राहक के बाद भेजा जाएगा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> | attention: {0}</source>
        <translation> | ध्यान दें: {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n queued redemption(s) need attention: press F10</source>
        <translation>
            <numerusform>कतार के %n रिडेम्पशन पर ध्यान चाहिए: F10 दबाएँ</numerusform>
            <numerusform>कतार के %n रिडेम्पशन पर ध्यान चाहिए: F10 दबाएँ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TillWindow</name>
    <message>
        <location filename="../../pos_app/gui/main_window.py" line="+51"/>
        <source>Loyalty redemption - till {0}</source>
        <translation>लॉयल्टी रिडेम्पशन - काउंटर {0}</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>Check cancelled: nothing was redeemed. Press F5 to check again.</source>
        <translation>जाँच रद्द: कुछ भी रिडीम नहीं हुआ। फिर से जाँचने के लिए F5 दबाएँ।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lookup cancelled. Scan the card or type the number again, then press Enter.</source>
        <translation>खोज रद्द। कार्ड फिर स्कैन करें या नंबर फिर लिखें, फिर Enter दबाएँ।</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Taken from the family&apos;s points.</source>
        <translation>परिवार के पॉइंट से लिया गया।</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Looking up the customer...</source>
        <translation>ग्राहक खोजा जा रहा है...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The loyalty service answers again: looking the customer up...</source>
        <translation>लॉयल्टी सेवा फिर जवाब दे रही है: ग्राहक फिर से खोजा जा रहा है...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking the points and sending the code...</source>
        <translation>पॉइंट जाँचे जा रहे हैं और कोड भेजा जा रहा है...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Redeeming: waiting for the loyalty service&apos;s answer. Do not start again; it cannot be cancelled.</source>
        <translation>रिडीम हो रहा है: लॉयल्टी सेवा के जवाब का इंतज़ार। दोबारा शुरू न करें; इसे रद्द नहीं किया जा सकता।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sending the code again...</source>
        <translation>कोड फिर से भेजा जा रहा है...</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>The redemption is on its way: wait for its answer before the next customer.</source>
        <translation>रिडेम्पशन भेजा जा रहा है: अगले ग्राहक से पहले इसके जवाब का इंतज़ार करें।</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Waiting for the redemption&apos;s answer; it cannot be cancelled.</source>
        <translation>रिडेम्पशन के जवाब का इंतज़ार है; इसे रद्द नहीं किया जा सकता।</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This customer&apos;s account is blocked for redemption. Ask them to contact customer care.</source>
        <translation>इस ग्राहक का खाता रिडेम्पशन के लिए ब्लॉक है। उनसे कस्टमर केयर से संपर्क करने को कहें।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The loyalty service answers again: the customer confirms with a code. Check the bill and points, then press F5 to send the code (or Ctrl+M for a missed call).</source>
        <translation>लॉयल्टी सेवा फिर जवाब दे रही है: ग्राहक कोड से पुष्टि करेगा। बिल और पॉइंट जाँचें, फिर कोड भेजने के लिए F5 दबाएँ (या मिस्ड कॉल के लिए Ctrl+M)।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} points = {1} for bill {2}</source>
        <translation>बिल {2} के लिए {0} पॉइंट = {1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0}, from {1}</source>
        <translation>{0}, {1} से</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0}, from the family&apos;s points in {1}</source>
        <translation>{0}, {1} में परिवार के पॉइंट से</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}, from the family&apos;s points</source>
        <translation>{0}, परिवार के पॉइंट से</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no name)</source>
        <translation>(नाम नहीं)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The redemption for bill {0} finished: {1}. Reprint it from the journal (Ctrl+J).</source>
        <translation>बिल {0} का रिडेम्पशन पूरा हुआ: {1}। जर्नल से दोबारा प्रिंट करें (Ctrl+J)।</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%n redemption(s) are still waiting to be sent. They stay saved on this till and are sent next time.</source>
        <translation>
            <numerusform>%n रिडेम्पशन अभी भेजा जाना बाकी है। यह इस काउंटर पर सहेजा रहेगा और अगली बार भेजा जाएगा।</numerusform>
            <numerusform>%n रिडेम्पशन अभी भेजे जाने बाकी हैं। ये इस काउंटर पर सहेजे रहेंगे और अगली बार भेजे जाएँगे।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n redemption(s) need attention: they will not be sent until someone looks at them in the queue (F10). They stay saved on this till.</source>
        <translation>
            <numerusform>%n रिडेम्पशन पर ध्यान चाहिए: जब तक कोई कतार (F10) में इसे न देखे, यह नहीं भेजा जाएगा। यह इस काउंटर पर सहेजा रहेगा।</numerusform>
            <numerusform>%n रिडेम्पशन पर ध्यान चाहिए: जब तक कोई कतार (F10) में इन्हें न देखे, ये नहीं भेजे जाएँगे। ये इस काउंटर पर सहेजे रहेंगे।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Redemptions need attention</source>
        <translation>रिडेम्पशन पर ध्यान चाहिए</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close anyway?</source>
        <translation>फिर भी बंद करें?</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Redemptions waiting</source>
        <translation>रिडेम्पशन प्रतीक्षा में</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/app.py" line="+119"/>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Credentials</source>
        <translation>क्रेडेंशियल</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>pos-app is already open on this till (process {0}) but does not answer. Close that window, or end process {0}, then start pos-app again.</source>
        <translation>pos-app इस काउंटर पर पहले से खुला है (प्रोसेस {0}), पर जवाब नहीं दे रहा। वह विंडो बंद करें या प्रोसेस {0} बंद करें, फिर pos-app दोबारा शुरू करें।</translation>
    </message>
</context>
<context>
    <name>VerifyScreen</name>
    <message>
        <location filename="../../pos_app/gui/kiosk/screens.py" line="+49"/>
        <source>Send me a code by SMS</source>
        <translation>मुझे SMS से कोड भेजें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I will give a missed call</source>
        <translation>मिस्ड कॉल से पुष्टि करूँ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change the points</source>
        <translation>पॉइंट बदलें</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} points = {1}</source>
        <translation>{0} पॉइंट = {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 point = {0}</source>
        <translation>1 पॉइंट = {0}</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../../pos_app/gui/void_dialog.py" line="+29"/>
        <location line="+19"/>
        <source>Reverse</source>
        <translation>रिवर्स करें</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Reason (printed on the VOID receipt)</source>
        <translation>कारण (रद्द रसीद पर छपता है)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Supervisor PIN</source>
        <translation>सुपरवाइज़र पिन</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reason:</source>
        <translation>कारण:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor PIN:</source>
        <translation>सुपरवाइज़र पिन:</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+7"/>
        <source>A reason is needed: it is printed on the VOID receipt. Type it, then the PIN.</source>
        <translation>कारण ज़रूरी है: यह रद्द रसीद पर छपता है। पहले कारण लिखें, फिर PIN।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the supervisor PIN to {0}.</source>
        <translation>{0} के लिए सुपरवाइज़र PIN डालें।</translation>
    </message>
</context>
<context>
    <name>common</name>
    <message>
        <location filename="../../pos_app/gui/screens/common.py" line="+130"/>
        <source>Message</source>
        <translation>संदेश</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Details</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the support details</source>
        <translation>सपोर्ट के लिए विवरण दिखाएँ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Support details</source>
        <translation>सपोर्ट विवरण</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Support request id: {0}</source>
        <translation>सपोर्ट अनुरोध आईडी: {0}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Waiting for the loyalty service</source>
        <translation>लॉयल्टी सेवा का इंतज़ार</translation>
    </message>
</context>
<context>
    <name>failure_words</name>
    <message>
        <location filename="../../pos_app/gui/failure_words.py" line="+36"/>
        <source>The customer could not be looked up</source>
        <translation>ग्राहक को खोजा नहीं जा सका</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The points could not be checked</source>
        <translation>पॉइंट जाँचे नहीं जा सके</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code could not be sent again</source>
        <translation>कोड फिर से नहीं भेजा जा सका</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Press Enter to look the customer up again.</source>
        <translation>ग्राहक को फिर से खोजने के लिए Enter दबाएँ।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press F5 to check again.</source>
        <translation>फिर से जाँचने के लिए F5 दबाएँ।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Resend code [F7] to send it again.</source>
        <translation>इसे फिर भेजने के लिए कोड फिर भेजें [F7] दबाएँ।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Redeem [F9] to send it again.</source>
        <translation>इसे फिर भेजने के लिए रिडीम करें [F9] दबाएँ।</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing was redeemed.</source>
        <translation>कुछ भी रिडीम नहीं हुआ।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the loyalty service cannot be reached (network down?)</source>
        <translation>लॉयल्टी सेवा से संपर्क नहीं हो पा रहा (नेटवर्क बंद?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the network. {0}</source>
        <translation>नेटवर्क जाँचें। {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the loyalty service answered with an error (HTTP {0})</source>
        <translation>लॉयल्टी सेवा ने त्रुटि के साथ जवाब दिया (HTTP {0})</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Wait a moment. {0}</source>
        <translation>थोड़ा रुकें। {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>If the customer gets a code meanwhile, it is not needed: the next check sends a new one.</source>
        <translation>अगर इस बीच ग्राहक को कोड मिले, तो उसकी ज़रूरत नहीं: अगली जाँच नया कोड भेजती है।</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>the loyalty service sent an answer the till cannot read</source>
        <translation>लॉयल्टी सेवा ने ऐसा जवाब भेजा जो काउंटर पढ़ नहीं सकता</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no clear answer from the loyalty service (the connection was cut or timed out)</source>
        <translation>लॉयल्टी सेवा से साफ़ जवाब नहीं मिला (कनेक्शन टूटा या समय खत्म हुआ)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0}: {1}. {2}{3}</source>
        <translation>{0}: {1}। {2}{3}</translation>
    </message>
</context>
<context>
    <name>pdf</name>
    <message>
        <location filename="../../pos_app/gui/pdf.py" line="+47"/>
        <source>The PDF was not written: the folder {0} does not exist. Choose another file.</source>
        <translation>PDF नहीं लिखी गई: फ़ोल्डर {0} मौजूद नहीं है। कोई दूसरी फ़ाइल चुनें।</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The PDF could not be written to {0} (may this till write in {1}?). Choose another file.</source>
        <translation>PDF {0} में नहीं लिखी जा सकी (क्या यह काउंटर {1} में लिख सकता है?)। कोई दूसरी फ़ाइल चुनें।</translation>
    </message>
</context>
</TS>
