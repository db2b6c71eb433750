<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CrisisLines</name>
    <message>
        <source>Suicide prevention (3114)</source>
        <translation>Suicide prevention (3114)</translation>
    </message>
    <message>
        <source>If you have dark thoughts, or are worried about someone: free, 24 hours a day, 7 days a week, anywhere in France.</source>
        <translation>If you have dark thoughts, or are worried about someone: free, 24 hours a day, 7 days a week, anywhere in France.</translation>
    </message>
    <message>
        <source>SAMU (medical emergency)</source>
        <translation>SAMU (medical emergency)</translation>
    </message>
    <message>
        <source>An immediate danger to life: call 15, day and night.</source>
        <translation>An immediate danger to life: call 15, day and night.</translation>
    </message>
    <message>
        <source>European emergency number</source>
        <translation>European emergency number</translation>
    </message>
    <message>
        <source>Any emergency, from any phone, anywhere in Europe.</source>
        <translation>Any emergency, from any phone, anywhere in Europe.</translation>
    </message>
    <message>
        <source>Emergency by text message (114)</source>
        <translation>Emergency by text message (114)</translation>
    </message>
    <message>
        <source>If you cannot speak or hear: send a text message to 114, day and night.</source>
        <translation>If you cannot speak or hear: send a text message to 114, day and night.</translation>
    </message>
    <message>
        <source>Fil Santé Jeunes</source>
        <translation>Fil Santé Jeunes</translation>
    </message>
    <message>
        <source>For ages 12 to 25: anonymous and free, every day from 9 am to 11 pm.</source>
        <translation>For ages 12 to 25: anonymous and free, every day from 9 am to 11 pm.</translation>
    </message>
    <message>
        <source>Online harassment (3018)</source>
        <translation>Online harassment (3018)</translation>
    </message>
    <message>
        <source>For young people facing online violence: free and anonymous, 7 days a week, 9 am to 11 pm, by phone, chat or app.</source>
        <translation>For young people facing online violence: free and anonymous, 7 days a week, 9 am to 11 pm, by phone, chat or app.</translation>
    </message>
</context>
<context>
    <name>carnet::CrisisDialog</name>
    <message>
        <source>If you are not well</source>
        <translation>If you are not well</translation>
    </message>
    <message>
        <source>You are not alone. If you are in danger or have dark thoughts, call now: someone will listen.</source>
        <translation>You are not alone. If you are in danger or have dark thoughts, call now: someone will listen.</translation>
    </message>
</context>
<context>
    <name>carnet::CrisisPanel</name>
    <message>
        <source>%1, by text message</source>
        <translation>%1, by text message</translation>
    </message>
    <message>
        <source>Phone number %1</source>
        <translation>Phone number %1</translation>
    </message>
</context>
<context>
    <name>carnet::HelpPage</name>
    <message>
        <source>If you are not well, call now</source>
        <translation>If you are not well, call now</translation>
    </message>
    <message>
        <source>Mon soutien psy in short</source>
        <translation>Mon soutien psy in short</translation>
    </message>
    <message>
        <source>&lt;p&gt;Since 15 June 2024, anyone aged 3 or more can see a &lt;b&gt;partner psychologist&lt;/b&gt; (psychologue conventionné) directly, without a doctor's letter.&lt;/p&gt;&lt;p&gt;Each calendar year: one &lt;b&gt;evaluation session&lt;/b&gt; (entretien d'évaluation) and up to &lt;b&gt;11 follow-up sessions&lt;/b&gt; (séances de suivi), 50 € each, with no extra fee.&lt;/p&gt;&lt;p&gt;The CPAM pays back 60 % from the &lt;b&gt;feuille de soins&lt;/b&gt; (care sheet) you send it; your mutuelle pays the other 40 %. With the C2S, the AME, an ALD, from the 6th month of pregnancy or after a work accident, you pay nothing in advance.&lt;/p&gt;&lt;p&gt;Minors need the consent of those who hold parental authority.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Since 15 June 2024, anyone aged 3 or more can see a &lt;b&gt;partner psychologist&lt;/b&gt; (psychologue conventionné) directly, without a doctor's letter.&lt;/p&gt;&lt;p&gt;Each calendar year: one &lt;b&gt;evaluation session&lt;/b&gt; (entretien d'évaluation) and up to &lt;b&gt;11 follow-up sessions&lt;/b&gt; (séances de suivi), 50 € each, with no extra fee.&lt;/p&gt;&lt;p&gt;The CPAM pays back 60 % from the &lt;b&gt;feuille de soins&lt;/b&gt; (care sheet) you send it; your mutuelle pays the other 40 %. With the C2S, the AME, an ALD, from the 6th month of pregnancy or after a work accident, you pay nothing in advance.&lt;/p&gt;&lt;p&gt;Minors need the consent of those who hold parental authority.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Help to pay: the CPAM's individual financial aid</source>
        <translation>Help to pay: the CPAM's individual financial aid</translation>
    </message>
    <message>
        <source>&lt;p&gt;If your income is modest, your CPAM can grant a one-off &lt;b&gt;aide financière individuelle&lt;/b&gt; (AFI) that may pay for psychotherapy. A commission of your département decides; the answer often takes several months, and the rules differ from one département to another. Carnet helps you build the dossier, but it cannot promise an outcome.&lt;/p&gt;</source>
        <translation>&lt;p&gt;If your income is modest, your CPAM can grant a one-off &lt;b&gt;aide financière individuelle&lt;/b&gt; (AFI) that may pay for psychotherapy. A commission of your département decides; the answer often takes several months, and the rules differ from one département to another. Carnet helps you build the dossier, but it cannot promise an outcome.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>carnet::MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Where do I stand?</source>
        <translation>Where do I stand?</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Care sheets and payments</source>
        <translation>Care sheets and payments</translation>
    </message>
    <message>
        <source>Help to pay (AFI)</source>
        <translation>Help to pay (AFI)</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Open or create a Carnet file (File menu) to see, for each person, the covered sessions left this year, the money expected from the CPAM and the mutuelle, and what to do next.</source>
        <translation>Open or create a Carnet file (File menu) to see, for each person, the covered sessions left this year, the money expected from the CPAM and the mutuelle, and what to do next.</translation>
    </message>
    <message>
        <source>Every session with a psychologist, whether it is covered by Mon soutien psy, and why not when it is not.</source>
        <translation>Every session with a psychologist, whether it is covered by Mon soutien psy, and why not when it is not.</translation>
    </message>
    <message>
        <source>The feuilles de soins to send to the CPAM and the payments received from the CPAM and the mutuelle.</source>
        <translation>The feuilles de soins to send to the CPAM and the payments received from the CPAM and the mutuelle.</translation>
    </message>
    <message>
        <source>Build a request for the CPAM's individual financial aid (aide financière individuelle), with its checklist of documents.</source>
        <translation>Build a request for the CPAM's individual financial aid (aide financière individuelle), with its checklist of documents.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New file…</source>
        <translation>&amp;New file…</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>&amp;Open file…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>I'm not &amp;well: numbers to call</source>
        <translation>I'm not &amp;well: numbers to call</translation>
    </message>
    <message>
        <source>&amp;About Carnet</source>
        <translation>&amp;About Carnet</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>No file open</source>
        <translation>No file open</translation>
    </message>
    <message>
        <source>New Carnet file</source>
        <translation>New Carnet file</translation>
    </message>
    <message>
        <source>Carnet files (*.carnet)</source>
        <translation>Carnet files (*.carnet)</translation>
    </message>
    <message>
        <source>Open a Carnet file</source>
        <translation>Open a Carnet file</translation>
    </message>
    <message>
        <source>Carnet files (*.carnet *.sqlite);;All files (*)</source>
        <translation>Carnet files (*.carnet *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>No recent file</source>
        <translation>No recent file</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Clear the list</translation>
    </message>
    <message>
        <source>No file</source>
        <translation>No file</translation>
    </message>
    <message>
        <source>%1 — Carnet</source>
        <translation>%1 — Carnet</translation>
    </message>
    <message>
        <source>About Carnet</source>
        <translation>About Carnet</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Carnet %1&lt;/h3&gt;&lt;p&gt;Keeps, on your own computer, the record of your psychological care and of the money around it: Mon soutien psy sessions, feuilles de soins, what the CPAM and the mutuelle owe you, and requests for the CPAM's individual financial aid.&lt;/p&gt;&lt;p&gt;Your data stays on this computer, in a file only you can read.&lt;/p&gt;&lt;p&gt;Carnet is not an official tool of the Assurance Maladie. Rules change: check ameli.fr when in doubt.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Carnet %1&lt;/h3&gt;&lt;p&gt;Keeps, on your own computer, the record of your psychological care and of the money around it: Mon soutien psy sessions, feuilles de soins, what the CPAM and the mutuelle owe you, and requests for the CPAM's individual financial aid.&lt;/p&gt;&lt;p&gt;Your data stays on this computer, in a file only you can read.&lt;/p&gt;&lt;p&gt;Carnet is not an official tool of the Assurance Maladie. Rules change: check ameli.fr when in doubt.&lt;/p&gt;</translation>
    </message>
</context>
</TS>
