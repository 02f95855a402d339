<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CustomerScreen</name>
    <message>
        <location filename="../../pos_app/gui/screens/customer_screen.py" line="43"/>
        <source>Customer details</source>
        <translation>Kundendaten</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/screens/customer_screen.py" line="46"/>
        <location filename="../../pos_app/gui/screens/customer_screen.py" line="82"/>
        <source>Bill number</source>
        <translation>Bonnummer</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/screens/customer_screen.py" line="51"/>
        <source>Points to redeem</source>
        <translation>Einzulösende Punkte</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/screens/customer_screen.py" line="52"/>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/screens/customer_screen.py" line="53"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/screens/customer_screen.py" line="55"/>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/screens/customer_screen.py" line="55"/>
        <source>Use all redeemable points</source>
        <translation>Alle einlösbaren Punkte verwenden</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/screens/customer_screen.py" line="56"/>
        <source>Code by SMS</source>
        <translation>Code per SMS</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/screens/customer_screen.py" line="57"/>
        <source>Missed call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/screens/customer_screen.py" line="65"/>
        <source>Redeemable value</source>
        <translation>Einlösbarer Wert</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/screens/customer_screen.py" line="66"/>
        <location filename="../../pos_app/gui/screens/customer_screen.py" line="108"/>
        <source>Check and send code</source>
        <translation>Prüfen und Code senden</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/screens/customer_screen.py" line="83"/>
        <source>Redeem</source>
        <translation>Einlösen</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/screens/customer_screen.py" line="85"/>
        <source>Confirm by</source>
        <translation>Bestätigen per</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/screens/customer_screen.py" line="102"/>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/screens/customer_screen.py" line="104"/>
        <source>Mobile {0}   Tier {1}
Balance {2} points</source>
        <translation>Handy {0}   Stufe {1}
Stand {2} Punkte</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/screens/customer_screen.py" line="114"/>
        <source>Offline redemption</source>
        <translation>Offline-Einlösung</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/screens/customer_screen.py" line="117"/>
        <source>Customer {0}. The balance cannot be checked offline; at most {1} points, sent when the network returns.</source>
        <translation>Kunde {0}. Offline kann der Stand nicht geprüft werden; höchstens {1} Punkte, gesendet, sobald das Netz zurück ist.</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/screens/customer_screen.py" line="121"/>
        <source>Queue redemption</source>
        <translation>Einlösung vormerken</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/screens/customer_screen.py" line="179"/>
        <source>Redeemable: {0} points = {1} (local {2}); 1 point = {3}</source>
        <translation>Einlösbar: {0} Punkte = {1} (lokal {2}); 1 Punkt = {3}</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/screens/customer_screen.py" line="262"/>
        <source>Worth {0}</source>
        <translation>Wert {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/screens/customer_screen.py" line="264"/>
        <source>   1 point = {0}</source>
        <translation>   1 Punkt = {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/screens/customer_screen.py" line="48"/>
        <source>Balance worth</source>
        <translation>Wert des Guthabens</translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <location filename="../../pos_app/gui/screens/done_screen.py" line="23"/>
        <source>Receipt preview</source>
        <translation>Belegvorschau</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/screens/done_screen.py" line="26"/>
        <source>Next customer</source>
        <translation>Nächster Kunde</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/screens/done_screen.py" line="35"/>
        <source>Saved - PENDING</source>
        <translation>Gespeichert - AUSSTEHEND</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/screens/done_screen.py" line="38"/>
        <source>Points redeemed</source>
        <translation>Punkte eingelöst</translation>
    </message>
</context>
<context>
    <name>OtpScreen</name>
    <message>
        <location filename="../../pos_app/gui/screens/otp_screen.py" line="27"/>
        <source>Code the customer received</source>
        <translation>Code, den der Kunde erhalten hat</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/screens/otp_screen.py" line="30"/>
        <source>Redeem</source>
        <translation>Einlösen</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/screens/otp_screen.py" line="31"/>
        <source>Resend code</source>
        <translation>Code erneut senden</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/screens/otp_screen.py" line="65"/>
        <source>Ask the customer to give a missed call from their registered mobile, then press Redeem.</source>
        <translation>Bitten Sie den Kunden, von seinem registrierten Handy kurz anzurufen, dann auf Einlösen drücken.</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/screens/otp_screen.py" line="67"/>
        <source>Ask the customer for the code sent to their mobile.</source>
        <translation>Fragen Sie den Kunden nach dem Code, der an sein Handy gesendet wurde.</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/screens/otp_screen.py" line="80"/>
        <source>You can resend in {0} s</source>
        <translation>Erneut senden in {0} s</translation>
    </message>
</context>
<context>
    <name>QueueDialog</name>
    <message>
        <location filename="../../pos_app/gui/queue_dialog.py" line="33"/>
        <source>Offline queue</source>
        <translation>Offline-Warteschlange</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/queue_dialog.py" line="41"/>
        <source>Queued redemptions</source>
        <translation>Vorgemerkte Einlösungen</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/queue_dialog.py" line="45"/>
        <source>Retry now</source>
        <translation>Jetzt erneut senden</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/queue_dialog.py" line="46"/>
        <source>Cancel item...</source>
        <translation>Eintrag stornieren...</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/queue_dialog.py" line="47"/>
        <source>Export CSV...</source>
        <translation>CSV exportieren...</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/queue_dialog.py" line="48"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/queue_dialog.py" line="76"/>
        <source>{0} waiting ({1} points), {2} need attention.</source>
        <translation>{0} wartend ({1} Punkte), {2} brauchen Aufmerksamkeit.</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/queue_dialog.py" line="84"/>
        <source>Select an item first.</source>
        <translation>Bitte zuerst einen Eintrag wählen.</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/queue_dialog.py" line="106"/>
        <source>Cancel item</source>
        <translation>Eintrag stornieren</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/queue_dialog.py" line="106"/>
        <source>Why is item {0} cancelled? It will never be sent.</source>
        <translation>Warum wird Eintrag {0} storniert? Er wird nie gesendet.</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/queue_dialog.py" line="118"/>
        <source>Export queue</source>
        <translation>Warteschlange exportieren</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../pos_app/gui/settings_dialog.py" line="34"/>
        <source>Set up this till</source>
        <translation>Diese Kasse einrichten</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/settings_dialog.py" line="34"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/settings_dialog.py" line="45"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/settings_dialog.py" line="55"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/settings_dialog.py" line="58"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/settings_dialog.py" line="59"/>
        <source>or host</source>
        <translation>oder Host</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/settings_dialog.py" line="60"/>
        <source>Till code</source>
        <translation>Kassencode</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/settings_dialog.py" line="61"/>
        <source>Till password</source>
        <translation>Kassenpasswort</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/settings_dialog.py" line="62"/>
        <source>Program id</source>
        <translation>Programm-ID</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/settings_dialog.py" line="63"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/settings_dialog.py" line="64"/>
        <source>Store name</source>
        <translation>Filialname</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/settings_dialog.py" line="65"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/settings_dialog.py" line="76"/>
        <source>This till is not set up yet. Enter the loyalty service and the till&apos;s credentials, then Test connection and Save.</source>
        <translation>Diese Kasse ist noch nicht eingerichtet. Dienst und Zugangsdaten der Kasse eingeben, dann Verbindung testen und Speichern.</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/settings_dialog.py" line="107"/>
        <source>Enter the till code and its password.</source>
        <translation>Kassencode und Passwort eingeben.</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/settings_dialog.py" line="109"/>
        <source>Testing...</source>
        <translation>Teste...</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/settings_dialog.py" line="122"/>
        <source>Connected to {0}.</source>
        <translation>Verbunden mit {0}.</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/settings_dialog.py" line="127"/>
        <source>Test failed: {0}</source>
        <translation>Test fehlgeschlagen: {0}</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../pos_app/gui/screens/start_screen.py" line="19"/>
        <source>Customer mobile number or card number</source>
        <translation>Handynummer oder Kartennummer des Kunden</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/screens/start_screen.py" line="20"/>
        <source>Mobile number or loyalty card</source>
        <translation>Handynummer oder Kundenkarte</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/screens/start_screen.py" line="23"/>
        <source>Look up</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/screens/start_screen.py" line="23"/>
        <source>Look up customer</source>
        <translation>Kunden suchen</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/screens/start_screen.py" line="30"/>
        <source>Scan the loyalty card or type the customer&apos;s mobile number</source>
        <translation>Kundenkarte scannen oder Handynummer des Kunden eingeben</translation>
    </message>
</context>
<context>
    <name>TillFlow</name>
    <message>
        <location filename="../../pos_app/gui/till_flow.py" line="109"/>
        <source>The points can be redeemed, but the code could not be sent. Resend it or ask for a missed call.</source>
        <translation>Die Punkte sind einlösbar, aber der Code konnte nicht gesendet werden. Erneut senden oder um einen Anruf bitten.</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/till_flow.py" line="114"/>
        <source>Ask the customer to give a missed call from their registered mobile.</source>
        <translation>Bitten Sie den Kunden, von seinem registrierten Handy kurz anzurufen.</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/till_flow.py" line="116"/>
        <source>Code sent by SMS to the customer&apos;s mobile.</source>
        <translation>Code per SMS an das Handy des Kunden gesendet.</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/till_flow.py" line="130"/>
        <source>A code was sent again.</source>
        <translation>Der Code wurde erneut gesendet.</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/till_flow.py" line="181"/>
        <source>Something went wrong on this till: {0}</source>
        <translation>Auf dieser Kasse ist ein Fehler aufgetreten: {0}</translation>
    </message>
</context>
<context>
    <name>TillWindow</name>
    <message>
        <location filename="../../pos_app/gui/main_window.py" line="33"/>
        <source>Loyalty redemption - till {0}</source>
        <translation>Punkte einlösen - Kasse {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/main_window.py" line="58"/>
        <source>not configured</source>
        <translation>nicht eingerichtet</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/main_window.py" line="59"/>
        <location filename="../../pos_app/gui/main_window.py" line="121"/>
        <source>{0} | till {1}</source>
        <translation>{0} | Kasse {1}</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/main_window.py" line="60"/>
        <location filename="../../pos_app/gui/main_window.py" line="205"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/main_window.py" line="62"/>
        <source>Pending: 0</source>
        <translation>Wartend: 0</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/main_window.py" line="64"/>
        <source>Pending offline redemptions</source>
        <translation>Wartende Offline-Einlösungen</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/main_window.py" line="125"/>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/main_window.py" line="152"/>
        <source>This customer&apos;s account is blocked for redemption. Ask them to contact customer care.</source>
        <translation>Das Konto dieses Kunden ist für Einlösungen gesperrt. Bitte an den Kundenservice verweisen.</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/main_window.py" line="162"/>
        <source>{0} points = {1} for bill {2}</source>
        <translation>{0} Punkte = {1} für Bon {2}</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/main_window.py" line="205"/>
        <source>OFFLINE</source>
        <translation>OFFLINE</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/main_window.py" line="209"/>
        <source>Pending: {0}</source>
        <translation>Wartend: {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/main_window.py" line="211"/>
        <source> (oldest {0})</source>
        <translation> (älteste {0})</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/main_window.py" line="213"/>
        <source> | attention: {0}</source>
        <translation> | zu prüfen: {0}</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/main_window.py" line="219"/>
        <source>{0} queued redemption(s) need attention: press F10</source>
        <translation>{0} vorgemerkte Einlösung(en) brauchen Aufmerksamkeit: F10 drücken</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/main_window.py" line="234"/>
        <source>Redemptions waiting</source>
        <translation>Einlösungen warten</translation>
    </message>
    <message>
        <location filename="../../pos_app/gui/main_window.py" line="236"/>
        <source>{0} redemption(s) are still waiting to be sent. They stay saved on this till and are sent next time. Close anyway?</source>
        <translation>{0} Einlösung(en) warten noch auf den Versand. Sie bleiben auf dieser Kasse gespeichert und werden beim nächsten Mal gesendet. Trotzdem schließen?</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../pos_app/gui/demo.py" line="45"/>
        <source>Customer&apos;s phone (demo)</source>
        <translation>Handy des Kunden (Demo)</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../pos_app/gui/app.py" line="58"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
</context>
</TS>
