<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CrisisLines</name>
    <message>
        <source>Suicide prevention (3114)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you have dark thoughts, or are worried about someone: free, 24 hours a day, 7 days a week, anywhere in France.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAMU (medical emergency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An immediate danger to life: call 15, day and night.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>European emergency number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any emergency, from any phone, anywhere in Europe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency by text message (114)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you cannot speak or hear: send a text message to 114, day and night.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fil Santé Jeunes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For ages 12 to 25: anonymous and free, every day from 9 am to 11 pm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online harassment (3018)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For young people facing online violence: free and anonymous, 7 days a week, 9 am to 11 pm, by phone, chat or app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::CrisisDialog</name>
    <message>
        <source>If you are not well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not alone. If you are in danger or have dark thoughts, call now: someone will listen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::CrisisPanel</name>
    <message>
        <source>%1, by text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::HelpPage</name>
    <message>
        <source>If you are not well, call now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon soutien psy in short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Since 15 June 2024, anyone aged 3 or more can see a &lt;b&gt;partner psychologist&lt;/b&gt; (psychologue conventionné) directly, without a doctor&apos;s letter.&lt;/p&gt;&lt;p&gt;Each calendar year: one &lt;b&gt;evaluation session&lt;/b&gt; (entretien d&apos;évaluation) and up to &lt;b&gt;11 follow-up sessions&lt;/b&gt; (séances de suivi), 50 € each, with no extra fee.&lt;/p&gt;&lt;p&gt;The CPAM pays back 60 % from the &lt;b&gt;feuille de soins&lt;/b&gt; (care sheet) you send it; your mutuelle pays the other 40 %. With the C2S, the AME, an ALD, from the 6th month of pregnancy or after a work accident, you pay nothing in advance.&lt;/p&gt;&lt;p&gt;Minors need the consent of those who hold parental authority.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help to pay: the CPAM&apos;s individual financial aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;If your income is modest, your CPAM can grant a one-off &lt;b&gt;aide financière individuelle&lt;/b&gt; (AFI) that may pay for psychotherapy. A commission of your département decides; the answer often takes several months, and the rules differ from one département to another. Carnet helps you build the dossier, but it cannot promise an outcome.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where do I stand?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care sheets and payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help to pay (AFI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a Carnet file (File menu) to see, for each person, the covered sessions left this year, the money expected from the CPAM and the mutuelle, and what to do next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every session with a psychologist, whether it is covered by Mon soutien psy, and why not when it is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feuilles de soins to send to the CPAM and the payments received from the CPAM and the mutuelle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build a request for the CPAM&apos;s individual financial aid (aide financière individuelle), with its checklist of documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m not &amp;well: numbers to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Carnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Carnet file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carnet files (*.carnet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Carnet file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carnet files (*.carnet *.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Carnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Carnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Carnet %1&lt;/h3&gt;&lt;p&gt;Keeps, on your own computer, the record of your psychological care and of the money around it: Mon soutien psy sessions, feuilles de soins, what the CPAM and the mutuelle owe you, and requests for the CPAM&apos;s individual financial aid.&lt;/p&gt;&lt;p&gt;Your data stays on this computer, in a file only you can read.&lt;/p&gt;&lt;p&gt;Carnet is not an official tool of the Assurance Maladie. Rules change: check ameli.fr when in doubt.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
