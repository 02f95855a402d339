<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../pos_app/gui/kiosk/screens.py" line="+78"/>
        <source>Redeem your loyalty points

Touch here to start
or scan your loyalty card</source>
        <translation>Punkte einlösen

Hier berühren zum Starten
oder Kundenkarte scannen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start redeeming points</source>
        <translation>Punkte einlösen starten</translation>
    </message>
</context>
<context>
    <name>CodeScreen</name>
    <message>
        <location line="+145"/>
        <location line="+38"/>
        <source>Send the code again</source>
        <translation>Code erneut senden</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Redeem</source>
        <translation>Einlösen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Give a missed call</source>
        <translation>Kurz anrufen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From your registered mobile {0}, call this number; it hangs up by itself. Then touch Redeem.</source>
        <translation>Rufen Sie von Ihrem registrierten Handy {0} diese Nummer an; der Anruf endet von selbst. Berühren Sie dann Einlösen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give a missed call from your registered mobile {0}, then touch Redeem.</source>
        <translation>Rufen Sie kurz von Ihrem registrierten Handy {0} an und berühren Sie dann Einlösen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the code we sent you</source>
        <translation>Geben Sie den Code ein, den wir Ihnen gesendet haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We sent a code by SMS to {0}.</source>
        <translation>Wir haben einen Code per SMS an {0} gesendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send again in {0} s</source>
        <translation>Erneut senden in {0} s</translation>
    </message>
</context>
<context>
    <name>ConfirmationScreen</name>
    <message>
        <location line="+14"/>
        <source>Redemption reference for the cashier</source>
        <translation>Einlösungsnummer für die Kasse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this screen or the receipt to the cashier.</source>
        <translation>Zeigen Sie diesen Bildschirm oder den Beleg an der Kasse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finish</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>CustomerScreen</name>
    <message>
        <location filename="../../pos_app/gui/screens/customer_screen.py" line="+65"/>
        <source>Customer details</source>
        <translation>Kundendaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+162"/>
        <source>Balance</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>Points balance</source>
        <translation>Punktestand</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Most redeemable now</source>
        <translation>Jetzt höchstens einlösbar</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+66"/>
        <source>Bill number</source>
        <translation>Bonnummer</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Points to redeem</source>
        <translation>Einzulösende Punkte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loyalty program</source>
        <translation>Treueprogramm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family points</source>
        <translation>Familienpunkte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redeem the family&apos;s points</source>
        <translation>Punkte der Familie einlösen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Family id</source>
        <translation>Familien-ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Code by SMS</source>
        <translation>Code per SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed call [Ctrl+M]</source>
        <translation>Anruf [Strg+M]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Redeemable value</source>
        <translation>Einlösbarer Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+381"/>
        <source>Check and send code</source>
        <translation>Prüfen und Code senden</translation>
    </message>
    <message>
        <location line="-353"/>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family [F4]</source>
        <translation>Familie [F4]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redeem</source>
        <translation>Einlösen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm by</source>
        <translation>Bestätigen per</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Offline redemption</source>
        <translation>Offline-Einlösung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer {0}</source>
        <translation>Kunde {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not known offline</source>
        <translation>Offline unbekannt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Queue redemption</source>
        <translation>Einlösung vormerken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offline: the loyalty service cannot be reached, so this customer&apos;s balance cannot be seen. {0}</source>
        <translation>Offline: der Treuedienst ist nicht erreichbar, daher ist das Guthaben dieses Kunden nicht zu sehen. {0}</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>All of it may be redeemed now [F6]</source>
        <translation>Alles kann jetzt eingelöst werden [F6]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>At most {0} points ({1}) in one redemption [F6]</source>
        <translation>Höchstens {0} Punkte ({1}) pro Einlösung [F6]</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>1 point = {0}</source>
        <translation>1 Punkt = {0}</translation>
    </message>
    <message>
        <location line="+58"/>
        <source> in {0}</source>
        <translation> in {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mobile {0}   Tier {1}</source>
        <translation>Handy {0}   Stufe {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Balance{0}</source>
        <translation>Guthaben{0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+68"/>
        <source>{0} points</source>
        <translation>{0} Punkte</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>The customer&apos;s own balance is {0} points.</source>
        <translation>Das eigene Guthaben des Kunden beträgt {0} Punkte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Family&apos;s points</source>
        <translation>Punkte der Familie</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Points of family {0}</source>
        <translation>Punkte der Familie {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The loyalty service did not give this family&apos;s balance; it checks the points typed.</source>
        <translation>Der Treuedienst hat das Guthaben dieser Familie nicht genannt; er prüft die eingegebenen Punkte.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The family&apos;s balance could not be fetched.</source>
        <translation>Das Guthaben der Familie konnte nicht abgerufen werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The loyalty service checks the points typed.</source>
        <translation>Der Treuedienst prüft die eingegebenen Punkte.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The family&apos;s balance is not known yet: type the points; the loyalty service checks them.</source>
        <translation>Das Guthaben der Familie ist noch nicht bekannt: Punkte eingeben; der Treuedienst prüft sie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This customer has too few points for the smallest redemption allowed.</source>
        <translation>Dieser Kunde hat zu wenig Punkte für die kleinste erlaubte Einlösung.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Check and ask for a missed call</source>
        <translation>Prüfen und um Anruf bitten</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Type or scan the family id.</source>
        <translation>Familien-ID eingeben oder scannen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{0} (local {1})</source>
        <translation>{0} (lokal {1})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} points = {1}, 1 point = {2}. The loyalty service checks them on F5.</source>
        <translation>{0} Punkte = {1}, 1 Punkt = {2}. Der Treuedienst prüft sie mit F5.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redeemable: {0} points = {1}, 1 point = {2}</source>
        <translation>Einlösbar: {0} Punkte = {1}, 1 Punkt = {2}</translation>
    </message>
    <message>
        <location line="-261"/>
        <source>Worth {0}</source>
        <translation>Wert {0}</translation>
    </message>
    <message>
        <location line="-220"/>
        <source>Amount [F3]</source>
        <translation>Betrag [F3]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount in currency</source>
        <translation>Betrag in Währung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The most this customer may redeem now</source>
        <translation>Das Meiste, was dieser Kunde jetzt einlösen darf</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>family id</source>
        <translation>Familien-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave it blank for the customer&apos;s own family.</source>
        <translation>Leer lassen für die eigene Familie des Kunden.</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>{0} ({1} points)</source>
        <translation>{0} ({1} Punkte)</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Balance worth</source>
        <translation>Wert des Guthabens</translation>
    </message>
</context>
<context>
    <name>DayPicker</name>
    <message>
        <location filename="../../pos_app/gui/report_dialog.py" line="+65"/>
        <source>Day:</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt; Previous day</source>
        <translation>&lt; Vortag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <location filename="../../pos_app/gui/screens/done_screen.py" line="+30"/>
        <source>Redemption id and balance</source>
        <translation>Einlösungs-ID und Guthaben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receipt preview</source>
        <translation>Belegvorschau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next customer</source>
        <translation>Nächster Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print receipt</source>
        <translation>Beleg drucken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printing</source>
        <translation>Druck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan the next customer&apos;s card, or press F12.</source>
        <translation>Karte des nächsten Kunden scannen oder F12 drücken.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Sent by this till&apos;s queue: the loyalty service applied it as redemption {0}. Press F11 to print the receipt as sent.</source>
        <translation>Von der Warteschlange dieser Kasse gesendet: der Treuedienst hat sie als Einlösung {0} verbucht. F11 drücken, um den Beleg wie gesendet zu drucken.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelled - nothing redeemed</source>
        <translation>Storniert - nichts eingelöst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled in the queue (F10): nothing was redeemed. The PENDING receipt is void.</source>
        <translation>In der Warteschlange (F10) storniert: es wurde nichts eingelöst. Der AUSSTEHEND-Beleg ist ungültig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no reason given)</source>
        <translation>(kein Grund genannt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The queue could not send it; it needs attention. Press F10 to see why and how to settle it.</source>
        <translation>Die Warteschlange konnte sie nicht senden; sie muss geprüft werden. F10 drücken, um zu sehen, warum und wie sie zu klären ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The queue could not send it: {0} It needs attention: press F10.</source>
        <translation>Die Warteschlange konnte sie nicht senden: {0} Sie muss geprüft werden: F10 drücken.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Not sent - needs attention</source>
        <translation>Nicht gesendet - zu prüfen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved - PENDING</source>
        <translation>Gespeichert - AUSSTEHEND</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Points redeemed</source>
        <translation>Punkte eingelöst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> = {0}</source>
        <translation> = {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} points{1}</source>
        <translation>{0} Punkte{1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reference {0} (PENDING)</source>
        <translation>Referenz {0} (AUSSTEHEND)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redemption id {0}</source>
        <translation>Einlösungs-ID {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family {0}: {1} points now ({2} before, less {3})</source>
        <translation>Familie {0}: jetzt {1} Punkte ({2} vorher, abzüglich {3})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Balance now {0} points</source>
        <translation>Guthaben jetzt {0} Punkte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Own balance now {0} points</source>
        <translation>Eigenes Guthaben jetzt {0} Punkte</translation>
    </message>
</context>
<context>
    <name>JournalDialog</name>
    <message>
        <location filename="../../pos_app/gui/journal_dialog.py" line="+52"/>
        <source>Receipts journal</source>
        <translation>Belegjournal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Day of the receipts</source>
        <translation>Tag der Belege</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Receipts of the day</source>
        <translation>Belege des Tages</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bill</source>
        <translation>Bon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>redemption</source>
        <translation>Einlösung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Receipt preview</source>
        <translation>Belegvorschau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print again</source>
        <translation>Erneut drucken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as PDF...</source>
        <translation>Als PDF speichern...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverse (void)...</source>
        <translation>Stornieren...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverse the selected redemption (supervisor)</source>
        <translation>Gewählte Einlösung stornieren (Aufsicht)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>VOID {0}</source>
        <translation>STORNO {0}</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Reverse {0} points of redemption {1}. Why, and the supervisor&apos;s PIN:</source>
        <translation>{0} Punkte der Einlösung {1} stornieren. Grund und Aufsichts-PIN:</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>{0} (voided)</source>
        <translation>{0} (storniert)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Receipt number (as in pos-app receipt list)</source>
        <translation>Belegnummer (wie in pos-app receipt list)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No receipts on {0}. Choose another day above.</source>
        <translation>Keine Belege am {0}. Oben einen anderen Tag wählen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This is a VOID receipt: its points were already returned.</source>
        <translation>Dies ist ein Stornobeleg: seine Punkte wurden schon zurückgegeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already reversed on this till: VOID receipt {0}.</source>
        <translation>Auf dieser Kasse schon storniert: Stornobeleg {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not applied: no points were taken, so there is nothing to reverse.</source>
        <translation>Nicht eingelöst: Es wurden keine Punkte abgezogen, es gibt nichts zu stornieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not at the loyalty service yet: cancel it in the queue (F10) instead.</source>
        <translation>Noch nicht beim Treuedienst: stattdessen in der Warteschlange (F10) stornieren.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Printed again, marked as a copy ({0}).</source>
        <translation>Erneut gedruckt, als Kopie gekennzeichnet ({0}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Printing...</source>
        <translation>Wird gedruckt...</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>void receipt {0}, {1} points</source>
        <translation>Beleg {0} zu stornieren, {1} Punkte</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reversing...</source>
        <translation>Wird storniert...</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reversed {0} points of redemption {1}; VOID receipt {2} is in the journal.</source>
        <translation>{0} Punkte der Einlösung {1} storniert; Stornobeleg {2} steht im Journal.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not reversed: {0}</source>
        <translation>Nicht storniert: {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save receipt</source>
        <translation>Beleg speichern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved to {0}.</source>
        <translation>Gespeichert unter {0}.</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <location filename="../../pos_app/gui/kiosk/touch.py" line="+114"/>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete last digit</source>
        <translation>Letzte Ziffer löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear all</source>
        <translation>Alles löschen</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <location filename="../../pos_app/gui/kiosk/points_screen.py" line="+20"/>
        <source>How many points would you like to use?</source>
        <translation>Wie viele Punkte möchten Sie einlösen?</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/kiosk/screens.py" line="-95"/>
        <source>Confirm it is you</source>
        <translation>Bestätigen Sie, dass Sie es sind</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Type the code we sent you</source>
        <translation>Geben Sie den Code ein, den wir Ihnen gesendet haben</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Points redeemed</source>
        <translation>Punkte eingelöst</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Scan your bill or type its number</source>
        <translation>Bon scannen oder Bonnummer eingeben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your mobile number</source>
        <translation>Ihre Handynummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type it on the keypad, or scan your loyalty card.</source>
        <translation>Über das Tastenfeld eingeben oder Kundenkarte scannen.</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/kiosk/words.py" line="+24"/>
        <source>Redeeming points is not available at this kiosk right now. Please ask at the till.</source>
        <translation>Punkte einlösen ist an diesem Kiosk gerade nicht möglich. Bitte fragen Sie an der Kasse.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>We could not find a loyalty account for this number. Check it, or ask at the till to join.</source>
        <translation>Zu dieser Nummer gibt es kein Kundenkonto. Bitte prüfen oder an der Kasse anmelden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This number is not in our loyalty program. Ask at the till to join.</source>
        <translation>Diese Nummer ist nicht in unserem Treueprogramm. Anmeldung an der Kasse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You do not have enough points for that. Choose fewer points.</source>
        <translation>Dafür reichen Ihre Punkte nicht. Wählen Sie weniger Punkte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That is more points than can be used in one go. Choose fewer points.</source>
        <translation>So viele Punkte lassen sich nicht auf einmal einlösen. Wählen Sie weniger Punkte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That is fewer points than the smallest amount allowed. Choose more points.</source>
        <translation>Das ist weniger als die kleinste erlaubte Menge. Wählen Sie mehr Punkte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a whole number of points.</source>
        <translation>Wählen Sie eine ganze Zahl von Punkten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That code is not right. Check the SMS and type it again.</source>
        <translation>Der Code stimmt nicht. Prüfen Sie die SMS und geben Sie ihn erneut ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your missed call has not arrived yet. Call again, then touch Redeem.</source>
        <translation>Ihr Anruf ist noch nicht angekommen. Rufen Sie erneut an und berühren Sie dann Einlösen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>You can use at most {0} points at a time. Choose {0} or fewer.</source>
        <translation>Sie können höchstens {0} Punkte auf einmal einlösen. Wählen Sie {0} oder weniger.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You need to use at least {0} points at a time. Choose {0} or more.</source>
        <translation>Sie müssen mindestens {0} Punkte auf einmal einlösen. Wählen Sie {0} oder mehr.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Points can be used in multiples of {0} only. Choose {0}, or a multiple of it.</source>
        <translation>Punkte lassen sich nur in Schritten von {0} einlösen. Wählen Sie {0} oder ein Vielfaches davon.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Points can be used in multiples of {0} only. Try {1}.</source>
        <translation>Punkte lassen sich nur in Schritten von {0} einlösen. Versuchen Sie {1}.</translation>
    </message>
</context>
<context>
    <name>KioskScreen</name>
    <message>
        <location filename="../../pos_app/gui/kiosk/screens.py" line="-292"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start over</source>
        <translation>Neu beginnen</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../pos_app/gui/kiosk/kiosk_window.py" line="+66"/>
        <location line="+131"/>
        <source>Loyalty points - self service</source>
        <translation>Treuepunkte - Selbstbedienung</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/kiosk/points_step.py" line="+42"/>
        <source>Points cannot be redeemed on this account. Please ask at the till.</source>
        <translation>Mit diesem Konto können keine Punkte eingelöst werden. Bitte fragen Sie an der Kasse.</translation>
    </message>
    <message>
        <location line="+72"/>
        <location line="+35"/>
        <source>You have {0} points. Choose {0} or fewer.</source>
        <translation>Sie haben {0} Punkte. Wählen Sie {0} oder weniger.</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/kiosk/kiosk_window.py" line="+45"/>
        <source>These points cannot be redeemed. Try fewer points.</source>
        <translation>Diese Punkte lassen sich nicht einlösen. Versuchen Sie weniger Punkte.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>One moment...</source>
        <translation>Einen Moment...</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Redeeming...</source>
        <translation>Wird eingelöst...</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved: the cashier will confirm it</source>
        <translation>Gespeichert: die Kasse bestätigt es</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} points</source>
        <translation>{0} Punkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PENDING {0}</source>
        <translation>AUSSTEHEND {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Points redeemed</source>
        <translation>Punkte eingelöst</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../pos_app/gui/kiosk/points_step.py" line="-20"/>
        <source>{0} points = {1}</source>
        <translation>{0} Punkte = {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reference {0}</source>
        <translation>Referenz {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redemption id {0}</source>
        <translation>Einlösungs-ID {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Printing your receipt...</source>
        <translation>Ihr Beleg wird gedruckt...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take your receipt.</source>
        <translation>Bitte nehmen Sie Ihren Beleg.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The receipt could not be printed. The cashier can print it from the journal.</source>
        <translation>Der Beleg konnte nicht gedruckt werden. Die Kasse kann ihn aus dem Journal drucken.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Redeeming points works again. Please try once more.</source>
        <translation>Punkte einlösen geht wieder. Bitte noch einmal versuchen.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
</context>
<context>
    <name>OtpScreen</name>
    <message>
        <location filename="../../pos_app/gui/screens/otp_screen.py" line="+29"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Code the customer received</source>
        <translation>Code, den der Kunde erhalten hat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redeem</source>
        <translation>Einlösen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resend code</source>
        <translation>Code erneut senden</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Ask the customer for a missed call to this number from their registered mobile, then Redeem.</source>
        <translation>Den Kunden bitten, diese Nummer von seinem registrierten Handy kurz anzurufen, dann Einlösen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask the customer to give a missed call from their registered mobile, then press Redeem.</source>
        <translation>Bitten Sie den Kunden, von seinem registrierten Handy kurz anzurufen, dann auf Einlösen drücken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the customer for the code sent to their mobile.</source>
        <translation>Fragen Sie den Kunden nach dem Code, der an sein Handy gesendet wurde.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>You can resend in {0} s</source>
        <translation>Erneut senden in {0} s</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The missed call was given: press Redeem [F9].</source>
        <translation>Der Anruf ist eingegangen: Einlösen drücken [F9].</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The redemption&apos;s answer is awaited: scan the next customer&apos;s card once it is in.</source>
        <translation>Die Antwort zur Einlösung steht noch aus: die Karte des nächsten Kunden scannen, sobald sie da ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That came in as fast as a card scan, so it was not sent as the code. If it is the customer&apos;s code, press Redeem [F9]; if it was the next customer&apos;s card, finish this redemption (or press Esc) first.</source>
        <translation>Das kam so schnell wie ein Kartenscan und wurde deshalb nicht als Code gesendet. Ist es der Code des Kunden, Einlösen [F9] drücken; war es die Karte des nächsten Kunden, zuerst diese Einlösung abschließen (oder Esc drücken).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A redemption is being confirmed: finish it, or press Esc, before the next customer&apos;s card.</source>
        <translation>Eine Einlösung wird gerade bestätigt: vor der Karte des nächsten Kunden abschließen oder Esc drücken.</translation>
    </message>
</context>
<context>
    <name>PadScreen</name>
    <message>
        <location filename="../../pos_app/gui/kiosk/screens.py" line="+103"/>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>PhonePanel</name>
    <message>
        <location filename="../../pos_app/gui/demo.py" line="+132"/>
        <source>No messages yet.

Try card CARD0001 or mobile 9777788221.</source>
        <translation>Noch keine Nachrichten.

Karte CARD0001 oder Handy 9777788221 ausprobieren.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Customer&apos;s phone (demo)</source>
        <translation>Handy des Kunden (Demo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulated SMS</source>
        <translation>Simulierte SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give a missed call</source>
        <translation>Kurz anrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give a missed call from the customer&apos;s phone</source>
        <translation>Vom Handy des Kunden kurz anrufen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SMS to {0}:

Your redemption code is {1}</source>
        <translation>SMS an {0}:

Ihr Einlösecode lautet {1}</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Missed call given from {0}.</source>
        <translation>Kurzer Anruf von {0}.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../pos_app/gui/kiosk/supervisor_pad.py" line="+18"/>
        <source>Supervisor</source>
        <translation>Aufsicht</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+15"/>
        <source>Supervisor PIN</source>
        <translation>Aufsichts-PIN</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>PointsScreen</name>
    <message>
        <location filename="../../pos_app/gui/kiosk/points_screen.py" line="+3"/>
        <source>Your points</source>
        <translation>Ihre Punkte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What these points are worth</source>
        <translation>Was diese Punkte wert sind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All my points</source>
        <translation>Alle meine Punkte</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{0}
{1} points</source>
        <translation>{0}
{1} Punkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: {1} points</source>
        <translation>{0}: {1} Punkte</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Hello {0}.</source>
        <translation>Hallo {0}.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hello.</source>
        <translation>Hallo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You have {0} points</source>
        <translation>Sie haben {0} Punkte</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You have {0} points, worth {1}</source>
        <translation>Sie haben {0} Punkte im Wert von {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At most {0} points at a time, worth {1}.</source>
        <translation>Höchstens {0} Punkte auf einmal, im Wert von {1}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most {0} points at a time.</source>
        <translation>Höchstens {0} Punkte auf einmal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At least {0} points are needed to redeem.</source>
        <translation>Zum Einlösen sind mindestens {0} Punkte nötig.</translation>
    </message>
</context>
<context>
    <name>QueueDialog</name>
    <message>
        <location filename="../../pos_app/gui/queue_dialog.py" line="+61"/>
        <source>Offline queue</source>
        <translation>Offline-Warteschlange</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Queued redemptions</source>
        <translation>Vorgemerkte Einlösungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>id</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>state</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bill</source>
        <translation>Bon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approval request</source>
        <translation>Freigabe-Anfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sending</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answer lost</source>
        <translation>Antwort verloren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>awaiting approval</source>
        <translation>wartet auf Freigabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs attention</source>
        <translation>braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Retry now</source>
        <translation>Jetzt erneut senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel item...</source>
        <translation>Eintrag stornieren...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV...</source>
        <translation>CSV exportieren...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{0} waiting ({1} points), {2} need attention.</source>
        <translation>{0} wartend ({1} Punkte), {2} brauchen Aufmerksamkeit.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select an item first.</source>
        <translation>Bitte zuerst einen Eintrag wählen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cancel item</source>
        <translation>Eintrag stornieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why is item {0} cancelled? It will never be sent.</source>
        <translation>Warum wird Eintrag {0} storniert? Er wird nie gesendet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export queue</source>
        <translation>Warteschlange exportieren</translation>
    </message>
</context>
<context>
    <name>ReplayWorker</name>
    <message numerus="yes">
        <location filename="../../pos_app/gui/replay_worker.py" line="+145"/>
        <source>Queue: %n redemption(s) sent.</source>
        <translation>
            <numerusform>Warteschlange: %n Einlösung gesendet.</numerusform>
            <numerusform>Warteschlange: %n Einlösungen gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The queue could not be sent: {0}</source>
        <translation>Die Warteschlange konnte nicht gesendet werden: {0}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../pos_app/gui/report_dialog.py" line="+56"/>
        <source>End-of-day report {0}</source>
        <translation>Tagesabschluss {0}</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>End-of-day report</source>
        <translation>Tagesabschluss</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Day of the report</source>
        <translation>Tag des Berichts</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save CSV...</source>
        <translation>Als CSV speichern...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save PDF...</source>
        <translation>Als PDF speichern...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Printing...</source>
        <translation>Wird gedruckt...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printed.</source>
        <translation>Gedruckt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+9"/>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+13"/>
        <source>Saved to {0}.</source>
        <translation>Gespeichert unter {0}.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../pos_app/gui/settings_dialog.py" line="+52"/>
        <source>Set up this till</source>
        <translation>Diese Kasse einrichten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The computer&apos;s language</source>
        <translation>Sprache des Computers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ISO 4217 code, e.g. INR, AED, EUR</source>
        <translation>ISO-4217-Code, z. B. INR, AED, EUR</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refuse: no redemption while offline</source>
        <translation>Ablehnen: keine Einlösung ohne Verbindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue without a code, up to the offline cap</source>
        <translation>Ohne Code vormerken, bis zur Offline-Grenze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue for a supervisor&apos;s approval</source>
        <translation>Zur Freigabe durch einen Vorgesetzten vormerken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No printer</source>
        <translation>Kein Drucker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network (ESC/POS)</source>
        <translation>Netzwerk (ESC/POS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USB (ESC/POS)</source>
        <translation>USB (ESC/POS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial port or device</source>
        <translation>Serielle Schnittstelle oder Gerät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CUPS queue</source>
        <translation>CUPS-Warteschlange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System printer</source>
        <translation>Systemdrucker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files in a folder</source>
        <translation>PDF-Dateien in einem Ordner</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the number customers call, e.g. +91 80 4718 2200</source>
        <translation>die Nummer, die Kunden anrufen, z. B. +91 80 4718 2200</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print every receipt at once</source>
        <translation>Jeden Beleg sofort drucken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or host</source>
        <translation>oder Host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Till code</source>
        <translation>Kassencode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Till password</source>
        <translation>Kassenpasswort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program id</source>
        <translation>Programm-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store name</source>
        <translation>Filialname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls a minute (API key)</source>
        <translation>Anfragen pro Minute (API-Schlüssel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replay&apos;s share of them</source>
        <translation>Anteil davon für das Nachsenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed-call number</source>
        <translation>Nummer für Anrufbestätigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer address</source>
        <translation>Druckeradresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipts</source>
        <translation>Belege</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This till is not set up yet. Enter the loyalty service and the till&apos;s credentials, choose the supervisor PIN, then Test connection and Save.</source>
        <translation>Diese Kasse ist noch nicht eingerichtet. Treuedienst und Zugangsdaten der Kasse eingeben, die Aufsichts-PIN wählen, dann Verbindung testen und Speichern.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This till is not set up yet. Enter the loyalty service and the till&apos;s credentials, then Test connection and Save.</source>
        <translation>Diese Kasse ist noch nicht eingerichtet. Dienst und Zugangsdaten der Kasse eingeben, dann Verbindung testen und Speichern.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>A supervisor PIN (4 to 12 digits) guards reversals, cancelling queued items and settings.</source>
        <translation>Eine Aufsichts-PIN (4 bis 12 Ziffern) schützt Stornos, das Stornieren wartender Einträge und die Einstellungen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Supervisor PIN</source>
        <translation>Aufsichts-PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN again</source>
        <translation>PIN wiederholen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose a supervisor PIN (4 to 12 digits) and type it twice: the till cannot be set up without one.</source>
        <translation>Eine Aufsichts-PIN (4 bis 12 Ziffern) wählen und zweimal eingeben: ohne sie lässt sich die Kasse nicht einrichten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two supervisor PINs differ. Type the same PIN in both fields.</source>
        <translation>Die zwei Aufsichts-PINs sind verschieden. In beide Felder dieselbe PIN eingeben.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Enter the till code and its password.</source>
        <translation>Kassencode und Passwort eingeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Testing...</source>
        <translation>Teste...</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Connected to {0}.</source>
        <translation>Verbunden mit {0}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Test failed: {0}</source>
        <translation>Test fehlgeschlagen: {0}</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Support bundle</source>
        <translation>Support-Paket</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logs, queue, journal, self-test, versions and settings in one zip, nothing secret</source>
        <translation>Protokolle, Warteschlange, Journal, Selbsttest, Versionen und Einstellungen in einem ZIP, nichts Geheimes</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Support bundle written to {0} ({1} KB).</source>
        <translation>Support-Paket gespeichert unter {0} ({1} KB).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not be gathered (a note in the bundle says why): {0}</source>
        <translation>Nicht erfasst (eine Notiz im Paket sagt warum): {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The support bundle could not be written: {0}</source>
        <translation>Das Support-Paket konnte nicht geschrieben werden: {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gathering a support bundle (runs the self-test)...</source>
        <translation>Support-Paket wird erstellt (mit Selbsttest)...</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/settings_form.py" line="+103"/>
        <source>Set for every till on this machine in {0}</source>
        <translation>Für alle Kassen dieses Rechners festgelegt in {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} (machine-wide)</source>
        <translation>{0} (rechnerweit)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fields marked (machine-wide) are set for every till on this machine in {0}; change them there.</source>
        <translation>Felder mit (rechnerweit) gelten für alle Kassen dieses Rechners und sind in {0} festgelegt; dort ändern.</translation>
    </message>
</context>
<context>
    <name>ShownReceipt</name>
    <message>
        <location filename="../../pos_app/gui/till_receipt.py" line="+79"/>
        <source>Printing...</source>
        <translation>Wird gedruckt...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Receipt printed ({0}).</source>
        <translation>Beleg gedruckt ({0}).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Printed again, marked as a copy ({0}).</source>
        <translation>Erneut gedruckt, als Kopie gekennzeichnet ({0}).</translation>
    </message>
</context>
<context>
    <name>StaffMenu</name>
    <message>
        <location filename="../../pos_app/gui/kiosk/supervisor_pad.py" line="+38"/>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline queue</source>
        <translation>Offline-Warteschlange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave kiosk mode</source>
        <translation>Kioskmodus verlassen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back to the kiosk</source>
        <translation>Zurück zum Kiosk</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location line="+21"/>
        <source>Back to the kiosk</source>
        <translation>Zurück zum Kiosk</translation>
    </message>
</context>
<context>
    <name>StaffSide</name>
    <message>
        <location filename="../../pos_app/gui/kiosk/staff.py" line="+84"/>
        <source>Offline queue</source>
        <translation>Offline-Warteschlange</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../pos_app/gui/screens/start_screen.py" line="+19"/>
        <source>Customer mobile number or card number</source>
        <translation>Handynummer oder Kartennummer des Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile number or loyalty card</source>
        <translation>Handynummer oder Kundenkarte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Look up</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Look up customer</source>
        <translation>Kunden suchen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Scan the loyalty card or type the customer&apos;s mobile number</source>
        <translation>Kundenkarte scannen oder Handynummer des Kunden eingeben</translation>
    </message>
</context>
<context>
    <name>StillThere</name>
    <message>
        <location filename="../../pos_app/gui/kiosk/idle.py" line="+47"/>
        <source>Are you still there?</source>
        <translation>Sind Sie noch da?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, I am still here</source>
        <translation>Ja, ich bin noch da</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starting over in {0} s</source>
        <translation>Neustart in {0} s</translation>
    </message>
</context>
<context>
    <name>Supervisor</name>
    <message>
        <location filename="../../pos_app/gui/pin.py" line="+23"/>
        <location line="+8"/>
        <source>Supervisor</source>
        <translation>Aufsicht</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>A supervisor PIN is needed to {0}, and none is set on this till. A supervisor sets one with the command: {1}</source>
        <translation>Um {0}, wird eine Aufsichts-PIN gebraucht, und auf dieser Kasse ist keine gesetzt. Die Aufsicht setzt sie mit dem Befehl: {1}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Supervisor PIN to {0}:</source>
        <translation>Aufsichts-PIN, um {0}:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was typed. Enter the supervisor PIN to {0}:</source>
        <translation>Nichts eingegeben. Aufsichts-PIN eingeben, um {0}:</translation>
    </message>
</context>
<context>
    <name>TillDialogs</name>
    <message>
        <location filename="../../pos_app/gui/till_dialogs.py" line="+45"/>
        <source>change settings</source>
        <translation>die Einstellungen zu ändern</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not configured</source>
        <translation>nicht eingerichtet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} | till {1}</source>
        <translation>{0} | Kasse {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settings saved. The till shows its new language from its next start.</source>
        <translation>Einstellungen gespeichert. Die Kasse zeigt die neue Sprache ab dem nächsten Start.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>cancel a queued item</source>
        <translation>einen wartenden Eintrag zu stornieren</translation>
    </message>
</context>
<context>
    <name>TillFailures</name>
    <message>
        <location filename="../../pos_app/gui/till_failures.py" line="+126"/>
        <source>This till can still queue a redemption of up to {0} points without a code; it is sent when the network returns.</source>
        <translation>Diese Kasse kann noch eine Einlösung bis {0} Punkte ohne Code vormerken; sie wird gesendet, sobald das Netz zurück ist.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The loyalty service answers again. Press F5 to check and send the code again.</source>
        <translation>Der Treuedienst antwortet wieder. F5 drücken, um erneut zu prüfen und den Code zu senden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The loyalty service answers again. Press Redeem [F9] to confirm, or Resend code [F7] for a new code.</source>
        <translation>Der Treuedienst antwortet wieder. Einlösen [F9] drücken, um zu bestätigen, oder Code erneut senden [F7] für einen neuen Code.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The loyalty service answers again. Scan the card or type the number again, then press Enter.</source>
        <translation>Der Treuedienst antwortet wieder. Karte erneut scannen oder die Nummer erneut eingeben, dann Enter drücken.</translation>
    </message>
</context>
<context>
    <name>TillFlow</name>
    <message>
        <location filename="../../pos_app/gui/till_flow.py" line="+300"/>
        <source>The points can be redeemed, but the code could not be sent. Resend it or ask for a missed call.</source>
        <translation>Die Punkte sind einlösbar, aber der Code konnte nicht gesendet werden. Erneut senden oder um einen Anruf bitten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ask the customer to give a missed call from their registered mobile.</source>
        <translation>Bitten Sie den Kunden, von seinem registrierten Handy kurz anzurufen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code sent by SMS to the customer&apos;s mobile.</source>
        <translation>Code per SMS an das Handy des Kunden gesendet.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A code was sent again.</source>
        <translation>Der Code wurde erneut gesendet.</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Something went wrong on this till: {0}</source>
        <translation>Auf dieser Kasse ist ein Fehler aufgetreten: {0}</translation>
    </message>
</context>
<context>
    <name>TillStatusBar</name>
    <message>
        <location filename="../../pos_app/gui/till_status.py" line="+37"/>
        <source>connecting...</source>
        <translation>verbinde...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection to the loyalty service</source>
        <translation>Verbindung zum Treuedienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending: 0</source>
        <translation>Wartend: 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending offline redemptions</source>
        <translation>Wartende Offline-Einlösungen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OFFLINE</source>
        <translation>OFFLINE</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pending: {0}</source>
        <translation>Wartend: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (oldest from {0})</source>
        <translation> (älteste von {0})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, sent after this customer</source>
        <translation>, gesendet nach diesem Kunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> | attention: {0}</source>
        <translation> | zu prüfen: {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n queued redemption(s) need attention: press F10</source>
        <translation>
            <numerusform>%n wartende Einlösung braucht Aufmerksamkeit: F10 drücken</numerusform>
            <numerusform>%n wartende Einlösungen brauchen Aufmerksamkeit: F10 drücken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TillWindow</name>
    <message>
        <location filename="../../pos_app/gui/main_window.py" line="+51"/>
        <source>Loyalty redemption - till {0}</source>
        <translation>Punkte einlösen - Kasse {0}</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>Check cancelled: nothing was redeemed. Press F5 to check again.</source>
        <translation>Prüfung abgebrochen: es wurde nichts eingelöst. F5 drücken, um erneut zu prüfen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lookup cancelled. Scan the card or type the number again, then press Enter.</source>
        <translation>Suche abgebrochen. Karte erneut scannen oder die Nummer erneut eingeben, dann Enter drücken.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Taken from the family&apos;s points.</source>
        <translation>Von den Punkten der Familie abgezogen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Looking up the customer...</source>
        <translation>Kunde wird gesucht...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The loyalty service answers again: looking the customer up...</source>
        <translation>Der Treuedienst antwortet wieder: Kunde wird erneut gesucht...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking the points and sending the code...</source>
        <translation>Punkte werden geprüft und der Code gesendet...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Redeeming: waiting for the loyalty service&apos;s answer. Do not start again; it cannot be cancelled.</source>
        <translation>Einlösung läuft: warten auf die Antwort des Treuedienstes. Nicht neu beginnen; sie kann nicht abgebrochen werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sending the code again...</source>
        <translation>Code wird erneut gesendet...</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>The redemption is on its way: wait for its answer before the next customer.</source>
        <translation>Die Einlösung ist unterwegs: vor dem nächsten Kunden ihre Antwort abwarten.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Waiting for the redemption&apos;s answer; it cannot be cancelled.</source>
        <translation>Die Antwort auf die Einlösung steht noch aus; sie kann nicht abgebrochen werden.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This customer&apos;s account is blocked for redemption. Ask them to contact customer care.</source>
        <translation>Das Konto dieses Kunden ist für Einlösungen gesperrt. Bitte an den Kundenservice verweisen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The loyalty service answers again: the customer confirms with a code. Check the bill and points, then press F5 to send the code (or Ctrl+M for a missed call).</source>
        <translation>Der Treuedienst antwortet wieder: der Kunde bestätigt mit einem Code. Bon und Punkte prüfen, dann F5 drücken, um den Code zu senden (oder Strg+M für einen Anruf).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} points = {1} for bill {2}</source>
        <translation>{0} Punkte = {1} für Bon {2}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0}, from {1}</source>
        <translation>{0}, von {1}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0}, from the family&apos;s points in {1}</source>
        <translation>{0}, aus den Familienpunkten in {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}, from the family&apos;s points</source>
        <translation>{0}, aus den Familienpunkten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The redemption for bill {0} finished: {1}. Reprint it from the journal (Ctrl+J).</source>
        <translation>Die Einlösung für Bon {0} ist abgeschlossen: {1}. Nachdruck aus dem Journal (Strg+J).</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%n redemption(s) are still waiting to be sent. They stay saved on this till and are sent next time.</source>
        <translation>
            <numerusform>%n Einlösung wartet noch auf den Versand. Sie bleibt auf dieser Kasse gespeichert und wird beim nächsten Mal gesendet.</numerusform>
            <numerusform>%n Einlösungen warten noch auf den Versand. Sie bleiben auf dieser Kasse gespeichert und werden beim nächsten Mal gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n redemption(s) need attention: they will not be sent until someone looks at them in the queue (F10). They stay saved on this till.</source>
        <translation>
            <numerusform>%n Einlösung braucht Aufmerksamkeit: sie wird erst gesendet, wenn jemand sie in der Warteschlange (F10) ansieht. Sie bleibt auf dieser Kasse gespeichert.</numerusform>
            <numerusform>%n Einlösungen brauchen Aufmerksamkeit: sie werden erst gesendet, wenn jemand sie in der Warteschlange (F10) ansieht. Sie bleiben auf dieser Kasse gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Redemptions need attention</source>
        <translation>Einlösungen brauchen Aufmerksamkeit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close anyway?</source>
        <translation>Trotzdem schließen?</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Redemptions waiting</source>
        <translation>Einlösungen warten</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/app.py" line="+119"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>pos-app is already open on this till (process {0}) but does not answer. Close that window, or end process {0}, then start pos-app again.</source>
        <translation>pos-app ist an dieser Kasse bereits geöffnet (Prozess {0}), antwortet aber nicht. Schließen Sie dieses Fenster oder beenden Sie den Prozess {0} und starten Sie pos-app dann erneut.</translation>
    </message>
</context>
<context>
    <name>VerifyScreen</name>
    <message>
        <location filename="../../pos_app/gui/kiosk/screens.py" line="+49"/>
        <source>Send me a code by SMS</source>
        <translation>Code per SMS senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I will give a missed call</source>
        <translation>Ich rufe kurz an</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change the points</source>
        <translation>Punkte ändern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} points = {1}</source>
        <translation>{0} Punkte = {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 point = {0}</source>
        <translation>1 Punkt = {0}</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../../pos_app/gui/void_dialog.py" line="+29"/>
        <location line="+19"/>
        <source>Reverse</source>
        <translation>Stornieren</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Reason (printed on the VOID receipt)</source>
        <translation>Grund (steht auf dem Storno-Beleg)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Supervisor PIN</source>
        <translation>Aufsichts-PIN</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor PIN:</source>
        <translation>Aufsichts-PIN:</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+7"/>
        <source>A reason is needed: it is printed on the VOID receipt. Type it, then the PIN.</source>
        <translation>Ein Grund ist nötig: Er steht auf dem Storno-Beleg. Erst den Grund eingeben, dann die PIN.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the supervisor PIN to {0}.</source>
        <translation>Aufsichts-PIN eingeben, um {0}.</translation>
    </message>
</context>
<context>
    <name>common</name>
    <message>
        <location filename="../../pos_app/gui/screens/common.py" line="+130"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the support details</source>
        <translation>Details für den Support zeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Support details</source>
        <translation>Details für den Support</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Support request id: {0}</source>
        <translation>Support-Anfrage-ID: {0}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Waiting for the loyalty service</source>
        <translation>Warten auf den Treuedienst</translation>
    </message>
</context>
<context>
    <name>failure_words</name>
    <message>
        <location filename="../../pos_app/gui/failure_words.py" line="+36"/>
        <source>The customer could not be looked up</source>
        <translation>Der Kunde konnte nicht gesucht werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The points could not be checked</source>
        <translation>Die Punkte konnten nicht geprüft werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code could not be sent again</source>
        <translation>Der Code konnte nicht erneut gesendet werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Press Enter to look the customer up again.</source>
        <translation>Enter drücken, um den Kunden erneut zu suchen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press F5 to check again.</source>
        <translation>F5 drücken, um erneut zu prüfen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Resend code [F7] to send it again.</source>
        <translation>Code erneut senden [F7] drücken, um ihn erneut zu senden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Redeem [F9] to send it again.</source>
        <translation>Einlösen [F9] drücken, um sie erneut zu senden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing was redeemed.</source>
        <translation>Es wurde nichts eingelöst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the loyalty service cannot be reached (network down?)</source>
        <translation>der Treuedienst ist nicht erreichbar (Netz weg?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the network. {0}</source>
        <translation>Netzwerk prüfen. {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the loyalty service answered with an error (HTTP {0})</source>
        <translation>der Treuedienst hat mit einem Fehler geantwortet (HTTP {0})</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Wait a moment. {0}</source>
        <translation>Einen Moment warten. {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>If the customer gets a code meanwhile, it is not needed: the next check sends a new one.</source>
        <translation>Erhält der Kunde inzwischen einen Code, wird er nicht gebraucht: die nächste Prüfung sendet einen neuen.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>the loyalty service sent an answer the till cannot read</source>
        <translation>der Treuedienst hat eine Antwort gesendet, die die Kasse nicht lesen kann</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no clear answer from the loyalty service (the connection was cut or timed out)</source>
        <translation>keine eindeutige Antwort vom Treuedienst (Verbindung abgebrochen oder Zeit abgelaufen)</translation>
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
        <translation>Das PDF wurde nicht geschrieben: der Ordner {0} existiert nicht. Eine andere Datei wählen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The PDF could not be written to {0} (may this till write in {1}?). Choose another file.</source>
        <translation>Das PDF konnte nicht nach {0} geschrieben werden (darf diese Kasse in {1} schreiben?). Eine andere Datei wählen.</translation>
    </message>
</context>
</TS>
