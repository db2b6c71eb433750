<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AddCareSheetCommand</name>
    <message>
        <source>add the care sheet of %1</source>
        <translation>add the care sheet of %1</translation>
    </message>
</context>
<context>
    <name>AddPaymentCommand</name>
    <message>
        <source>record the payment of %1</source>
        <translation>record the payment of %1</translation>
    </message>
</context>
<context>
    <name>AddPersonCommand</name>
    <message>
        <source>add the person “%1”</source>
        <translation>add the person “%1”</translation>
    </message>
</context>
<context>
    <name>AddPractitionerCommand</name>
    <message>
        <source>add the psychologist “%1”</source>
        <translation>add the psychologist “%1”</translation>
    </message>
    <message>
        <source>add the health professional “%1”</source>
        <translation>add the health professional “%1”</translation>
    </message>
</context>
<context>
    <name>AddReferralCommand</name>
    <message>
        <source>add the referral letter of %1</source>
        <translation>add the referral letter of %1</translation>
    </message>
</context>
<context>
    <name>AddSessionCommand</name>
    <message>
        <source>add the session of %1</source>
        <translation>add the session of %1</translation>
    </message>
</context>
<context>
    <name>AidDocumentAssembler</name>
    <message>
        <source>This aid request does not exist.</source>
        <translation>This aid request does not exist.</translation>
    </message>
</context>
<context>
    <name>AidDocuments</name>
    <message>
        <source>Letter asking the psychologist for a quote</source>
        <translation>Letter asking the psychologist for a quote</translation>
    </message>
    <message>
        <source>Pre-filled quote for the psychologist to sign</source>
        <translation>Pre-filled quote for the psychologist to sign</translation>
    </message>
    <message>
        <source>Cover letter of the request</source>
        <translation>Cover letter of the request</translation>
    </message>
    <message>
        <source>Summary page (costs and documents)</source>
        <translation>Summary page (costs and documents)</translation>
    </message>
    <message>
        <source>Follow-up letter (no answer)</source>
        <translation>Follow-up letter (no answer)</translation>
    </message>
    <message>
        <source>Letter asking the commission to reconsider</source>
        <translation>Letter asking the commission to reconsider</translation>
    </message>
    <message>
        <source>Grouped invoices against the grant</source>
        <translation>Grouped invoices against the grant</translation>
    </message>
    <message>
        <source>The attached file %1 cannot be read.</source>
        <translation>The attached file %1 cannot be read.</translation>
    </message>
    <message>
        <source>The attached file %1 is neither a PDF nor an image.</source>
        <translation>The attached file %1 is neither a PDF nor an image.</translation>
    </message>
    <message>
        <source>The attached PDF files cannot be merged: the qpdf program is missing. Install it (on Debian or Ubuntu: sudo apt install qpdf) and try again.</source>
        <translation>The attached PDF files cannot be merged: the qpdf program is missing. Install it (on Debian or Ubuntu: sudo apt install qpdf) and try again.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Cannot create a temporary folder: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
</context>
<context>
    <name>ArchivePersonCommand</name>
    <message>
        <source>archive the person “%1”</source>
        <translation>archive the person “%1”</translation>
    </message>
    <message>
        <source>unarchive the person “%1”</source>
        <translation>unarchive the person “%1”</translation>
    </message>
</context>
<context>
    <name>CareLabels</name>
    <message>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Outside the scheme</source>
        <translation>Outside the scheme</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Remote (video)</source>
        <translation>Remote (video)</translation>
    </message>
    <message>
        <source>CPAM</source>
        <translation>CPAM</translation>
    </message>
    <message>
        <source>Mutuelle</source>
        <translation>Mutuelle</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Psychologist</source>
        <translation>Psychologist</translation>
    </message>
    <message>
        <source>General practitioner (médecin traitant)</source>
        <translation>General practitioner (médecin traitant)</translation>
    </message>
    <message>
        <source>Paediatrician</source>
        <translation>Paediatrician</translation>
    </message>
    <message>
        <source>Midwife (sage-femme)</source>
        <translation>Midwife (sage-femme)</translation>
    </message>
    <message>
        <source>School doctor</source>
        <translation>School doctor</translation>
    </message>
    <message>
        <source>PMI doctor</source>
        <translation>PMI doctor</translation>
    </message>
    <message>
        <source>University health service (SSU)</source>
        <translation>University health service (SSU)</translation>
    </message>
    <message>
        <source>Hospital doctor</source>
        <translation>Hospital doctor</translation>
    </message>
</context>
<context>
    <name>CarePathRules</name>
    <message>
        <source>Recorded as a private session, outside Mon soutien psy.</source>
        <translation>Recorded as a private session, outside Mon soutien psy.</translation>
    </message>
    <message>
        <source>The session took place before Mon soutien psy started.</source>
        <translation>The session took place before Mon soutien psy started.</translation>
    </message>
    <message>
        <source>The child was younger than 3 on the session&apos;s date: Mon soutien psy starts at 3 years old.</source>
        <translation>The child was younger than 3 on the session&apos;s date: Mon soutien psy starts at 3 years old.</translation>
    </message>
    <message>
        <source>The psychologist is not a partner of Mon soutien psy (not conventionné).</source>
        <translation>The psychologist is not a partner of Mon soutien psy (not conventionné).</translation>
    </message>
    <message>
        <source>The fee is not the scheme&apos;s tariff for this session: within Mon soutien psy no extra fee is allowed.</source>
        <translation>The fee is not the scheme&apos;s tariff for this session: within Mon soutien psy no extra fee is allowed.</translation>
    </message>
    <message>
        <source>The evaluation took place remotely: it must be held in person to be covered.</source>
        <translation>The evaluation took place remotely: it must be held in person to be covered.</translation>
    </message>
    <message>
        <source>An evaluation was already covered this calendar year: only one is covered per year.</source>
        <translation>An evaluation was already covered this calendar year: only one is covered per year.</translation>
    </message>
    <message>
        <source>The covered sessions of this calendar year are used up: this one is beyond the yearly limit.</source>
        <translation>The covered sessions of this calendar year are used up: this one is beyond the yearly limit.</translation>
    </message>
    <message>
        <source>Before 15 June 2024 a doctor&apos;s referral letter dated on or before the session was required.</source>
        <translation>Before 15 June 2024 a doctor&apos;s referral letter dated on or before the session was required.</translation>
    </message>
    <message>
        <source>No evaluation was covered earlier this year: a yearly course usually starts with an evaluation (entretien d&apos;évaluation).</source>
        <translation>No evaluation was covered earlier this year: a yearly course usually starts with an evaluation (entretien d&apos;évaluation).</translation>
    </message>
    <message>
        <source>This session is covered at 100 % with tiers payant: you should not have had to pay anything; ask the psychologist about it.</source>
        <translation>This session is covered at 100 % with tiers payant: you should not have had to pay anything; ask the psychologist about it.</translation>
    </message>
    <message>
        <source>The psychologist&apos;s RPPS number fails its check: compare it with the one on the feuille de soins.</source>
        <translation>The psychologist&apos;s RPPS number fails its check: compare it with the one on the feuille de soins.</translation>
    </message>
    <message>
        <source>Send the feuille de soins of %1.</source>
        <translation>Send the feuille de soins of %1.</translation>
    </message>
    <message numerus="yes">
        <source>The CPAM payment for the feuille de soins sent on %1 is %n day(s) late.</source>
        <translation>
            <numerusform>The CPAM payment for the feuille de soins sent on %1 is %n day late.</numerusform>
            <numerusform>The CPAM payment for the feuille de soins sent on %1 is %n days late.</numerusform>
        </translation>
    </message>
    <message>
        <source>The CPAM should pay you %1 for the feuille de soins sent on %2: record the payment when it arrives.</source>
        <translation>The CPAM should pay you %1 for the feuille de soins sent on %2: record the payment when it arrives.</translation>
    </message>
    <message numerus="yes">
        <source>The mutuelle payment for the feuille de soins sent on %1 is %n day(s) late.</source>
        <translation>
            <numerusform>The mutuelle payment for the feuille de soins sent on %1 is %n day late.</numerusform>
            <numerusform>The mutuelle payment for the feuille de soins sent on %1 is %n days late.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your mutuelle should pay you %1 for the feuille de soins sent on %2: record the payment when it arrives.</source>
        <translation>Your mutuelle should pay you %1 for the feuille de soins sent on %2: record the payment when it arrives.</translation>
    </message>
    <message>
        <source>Ask your psychologist for the feuille de soins of the session of %1.</source>
        <translation>Ask your psychologist for the feuille de soins of the session of %1.</translation>
    </message>
    <message>
        <source>No evaluation is recorded for %1: a yearly course usually starts with an evaluation (entretien d&apos;évaluation); ask your psychologist.</source>
        <translation>No evaluation is recorded for %1: a yearly course usually starts with an evaluation (entretien d&apos;évaluation); ask your psychologist.</translation>
    </message>
    <message>
        <source>Your %1 covered sessions for %2 are used: further sessions are not reimbursed; talk to your doctor about renewal.</source>
        <translation>Your %1 covered sessions for %2 are used: further sessions are not reimbursed; talk to your doctor about renewal.</translation>
    </message>
    <message numerus="yes">
        <source>The %n-year deadline to claim this session passed on %1: the CPAM may refuse the feuille de soins.</source>
        <translation>
            <numerusform>The %n-year deadline to claim this session passed on %1: the CPAM may refuse the feuille de soins.</numerusform>
            <numerusform>The %n-year deadline to claim this session passed on %1: the CPAM may refuse the feuille de soins.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send the feuille de soins for this session before %1: after %n year(s) the CPAM no longer reimburses it.</source>
        <translation>
            <numerusform>Send the feuille de soins for this session before %1: after %n year the CPAM no longer reimburses it.</numerusform>
            <numerusform>Send the feuille de soins for this session before %1: after %n years the CPAM no longer reimburses it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n-year deadline to send the feuille de soins of %1 passed on %2: send it anyway and ask the CPAM.</source>
        <translation>
            <numerusform>The %n-year deadline to send the feuille de soins of %1 passed on %2: send it anyway and ask the CPAM.</numerusform>
            <numerusform>The %n-year deadline to send the feuille de soins of %1 passed on %2: send it anyway and ask the CPAM.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send the feuille de soins of %1 before %2: after %n year(s) the CPAM no longer reimburses it.</source>
        <translation>
            <numerusform>Send the feuille de soins of %1 before %2: after %n year the CPAM no longer reimburses it.</numerusform>
            <numerusform>Send the feuille de soins of %1 before %2: after %n years the CPAM no longer reimburses it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n-year deadline to claim the session of %1 passed on %2: ask for its feuille de soins, send it anyway and ask the CPAM.</source>
        <translation>
            <numerusform>The %n-year deadline to claim the session of %1 passed on %2: ask for its feuille de soins, send it anyway and ask the CPAM.</numerusform>
            <numerusform>The %n-year deadline to claim the session of %1 passed on %2: ask for its feuille de soins, send it anyway and ask the CPAM.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ask for the feuille de soins of the session of %1 and send it before %2: after %n year(s) the CPAM no longer reimburses it.</source>
        <translation>
            <numerusform>Ask for the feuille de soins of the session of %1 and send it before %2: after %n year the CPAM no longer reimburses it.</numerusform>
            <numerusform>Ask for the feuille de soins of the session of %1 and send it before %2: after %n years the CPAM no longer reimburses it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CarePathWizard</name>
    <message>
        <source>psychologist</source>
        <translation>psychologist</translation>
    </message>
    <message>
        <source>médecin traitant (GP)</source>
        <translation>médecin traitant (GP)</translation>
    </message>
    <message>
        <source>pediatrician</source>
        <translation>pediatrician</translation>
    </message>
    <message>
        <source>midwife (sage-femme)</source>
        <translation>midwife (sage-femme)</translation>
    </message>
    <message>
        <source>school doctor</source>
        <translation>school doctor</translation>
    </message>
    <message>
        <source>PMI doctor</source>
        <translation>PMI doctor</translation>
    </message>
    <message>
        <source>university health service (SSU)</source>
        <translation>university health service (SSU)</translation>
    </message>
    <message>
        <source>hospital doctor</source>
        <translation>hospital doctor</translation>
    </message>
    <message>
        <source>Standard cover</source>
        <translation>Standard cover</translation>
    </message>
    <message>
        <source>C2S (complémentaire santé solidaire)</source>
        <translation>C2S (complémentaire santé solidaire)</translation>
    </message>
    <message>
        <source>AME (aide médicale de l&apos;État)</source>
        <translation>AME (aide médicale de l&apos;État)</translation>
    </message>
    <message>
        <source>ALD (long-term illness, care linked to it)</source>
        <translation>ALD (long-term illness, care linked to it)</translation>
    </message>
    <message>
        <source>Maternity (from the 6th month)</source>
        <translation>Maternity (from the 6th month)</translation>
    </message>
    <message>
        <source>Work accident or occupational disease (AT/MP)</source>
        <translation>Work accident or occupational disease (AT/MP)</translation>
    </message>
</context>
<context>
    <name>CareSheetsPage</name>
    <message>
        <source>the CPAM</source>
        <translation>the CPAM</translation>
    </message>
    <message>
        <source>the mutuelle</source>
        <translation>the mutuelle</translation>
    </message>
    <message>
        <source>another payer</source>
        <translation>another payer</translation>
    </message>
</context>
<context>
    <name>CareSheetsSnapshot</name>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Sent on %1</source>
        <translation>Sent on %1</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Not sent yet</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>ChangeSettingsCommand</name>
    <message>
        <source>change the settings</source>
        <translation>change the settings</translation>
    </message>
</context>
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
    <name>DataTransfer</name>
    <message>
        <source>Export as JSON</source>
        <translation>Export as JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Exported to “%1”. The file holds health data: keep it somewhere private.</source>
        <translation>Exported to “%1”. The file holds health data: keep it somewhere private.</translation>
    </message>
    <message>
        <source>Export the payments</source>
        <translation>Export the payments</translation>
    </message>
    <message>
        <source>Export the sessions</source>
        <translation>Export the sessions</translation>
    </message>
    <message>
        <source>Spreadsheet files (*.csv)</source>
        <translation>Spreadsheet files (*.csv)</translation>
    </message>
    <message>
        <source>Exported to “%1”.</source>
        <translation>Exported to “%1”.</translation>
    </message>
    <message>
        <source>Import from JSON</source>
        <translation>Import from JSON</translation>
    </message>
    <message>
        <source>Carnet cannot read “%1”.</source>
        <translation>Carnet cannot read “%1”.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n person(s)</source>
        <translation>
            <numerusform>Imported %n person</numerusform>
            <numerusform>Imported %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s).</source>
        <translation>
            <numerusform>%n payment.</numerusform>
            <numerusform>%n payments.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s):</source>
        <translation>
            <numerusform>%n warning:</numerusform>
            <numerusform>%n warnings:</numerusform>
        </translation>
    </message>
    <message>
        <source>Export a person, encrypted</source>
        <translation>Export a person, encrypted</translation>
    </message>
    <message>
        <source>Choose the person first.</source>
        <translation>Choose the person first.</translation>
    </message>
    <message>
        <source>Encrypted Carnet exports (*.%1)</source>
        <translation>Encrypted Carnet exports (*.%1)</translation>
    </message>
    <message>
        <source>%1&apos;s records and attached files will be encrypted with this passphrase. Give it to them another way than the file (say it, or write it on paper): without it the file cannot be opened, and Carnet cannot recover it.</source>
        <translation>%1&apos;s records and attached files will be encrypted with this passphrase. Give it to them another way than the file (say it, or write it on paper): without it the file cannot be opened, and Carnet cannot recover it.</translation>
    </message>
    <message>
        <source>%1&apos;s file is exported to “%2”, encrypted. Carnet opens it with File ▸ Import, given the passphrase.</source>
        <translation>%1&apos;s file is exported to “%2”, encrypted. Carnet opens it with File ▸ Import, given the passphrase.</translation>
    </message>
    <message>
        <source>Carnet exports (*.json *.%1);;All files (*)</source>
        <translation>Carnet exports (*.json *.%1);;All files (*)</translation>
    </message>
    <message>
        <source>“%1” is encrypted. Type the passphrase it was exported with.</source>
        <translation>“%1” is encrypted. Type the passphrase it was exported with.</translation>
    </message>
</context>
<context>
    <name>Departments</name>
    <message>
        <source>This caisse publishes the income ceilings it applies to financial aid (noted in a tutorial written before 2022).</source>
        <translation>This caisse publishes the income ceilings it applies to financial aid (noted in a tutorial written before 2022).</translation>
    </message>
    <message>
        <source>This caisse may pay part of the cost of psychology or psychomotricity sessions, on a prescription by a qualified professional, when a Centre Médico-Psychologique (CMP) for children or adults has refused to take the person on (noted in a tutorial written before 2022).</source>
        <translation>This caisse may pay part of the cost of psychology or psychomotricity sessions, on a prescription by a qualified professional, when a Centre Médico-Psychologique (CMP) for children or adults has refused to take the person on (noted in a tutorial written before 2022).</translation>
    </message>
    <message>
        <source>This caisse has its own request form (imprimé secours, version of 19 June 2020): https://www.ameli.fr/sites/default/files/imprime_ps_secours_nle_version_19_juin_2020.pdf. Psychological care was funded here even though the form does not list it (noted in a tutorial written before 2022).</source>
        <translation>This caisse has its own request form (imprimé secours, version of 19 June 2020): https://www.ameli.fr/sites/default/files/imprime_ps_secours_nle_version_19_juin_2020.pdf. Psychological care was funded here even though the form does not list it (noted in a tutorial written before 2022).</translation>
    </message>
    <message>
        <source>This caisse&apos;s page says that psychology sessions (like cognitive sessions, assessments and fees above the tariff) cannot be the subject of a financial aid request (noted in a tutorial written before 2022). Ask the caisse before preparing a request.</source>
        <translation>This caisse&apos;s page says that psychology sessions (like cognitive sessions, assessments and fees above the tariff) cannot be the subject of a financial aid request (noted in a tutorial written before 2022). Ask the caisse before preparing a request.</translation>
    </message>
    <message>
        <source>The form link on this caisse&apos;s page was broken; the form could be downloaded from: https://www.ameli.fr/sites/default/files/formulaire_aide_financiere_v4.pdf (noted in a tutorial written before 2022).</source>
        <translation>The form link on this caisse&apos;s page was broken; the form could be downloaded from: https://www.ameli.fr/sites/default/files/formulaire_aide_financiere_v4.pdf (noted in a tutorial written before 2022).</translation>
    </message>
</context>
<context>
    <name>EditPersonCommand</name>
    <message>
        <source>This person is no longer in the file.</source>
        <translation>This person is no longer in the file.</translation>
    </message>
    <message>
        <source>change the person “%1”</source>
        <translation>change the person “%1”</translation>
    </message>
</context>
<context>
    <name>EditSessionCommand</name>
    <message>
        <source>This session no longer exists.</source>
        <translation>This session no longer exists.</translation>
    </message>
    <message>
        <source>change the session of %1</source>
        <translation>change the session of %1</translation>
    </message>
</context>
<context>
    <name>EligibilityNote</name>
    <message numerus="yes">
        <source>Too young for Mon soutien psy, which starts at %n years old: sessions from %1 on can be covered.</source>
        <translation>
            <numerusform>Too young for Mon soutien psy, which starts at %n years old: sessions from %1 on can be covered.</numerusform>
            <numerusform>Too young for Mon soutien psy, which starts at %n years old: sessions from %1 on can be covered.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileOpener</name>
    <message>
        <source>File already open</source>
        <translation>File already open</translation>
    </message>
    <message>
        <source>“%1” is open in another Carnet.

%2

You can open it read-only: you will see everything but change nothing. To change it, close the other Carnet first.</source>
        <translation>“%1” is open in another Carnet.

%2

You can open it read-only: you will see everything but change nothing. To change it, close the other Carnet first.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Cannot open the file</translation>
    </message>
    <message>
        <source>Damaged file</source>
        <translation>Damaged file</translation>
    </message>
    <message>
        <source>“%1” is damaged and there is no backup of it.

%2</source>
        <translation>“%1” is damaged and there is no backup of it.

%2</translation>
    </message>
    <message>
        <source>“%1” is damaged.

%2

The latest backup dates from %3. Restore it? A copy of the damaged file is kept; what was recorded after the backup is lost.</source>
        <translation>“%1” is damaged.

%2

The latest backup dates from %3. Restore it? A copy of the damaged file is kept; what was recorded after the backup is lost.</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>Restore the latest backup</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <source>File from a newer Carnet</source>
        <translation>File from a newer Carnet</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Carnet. Install the latest Carnet to open it; this version will not touch it.

%2</source>
        <translation>“%1” was written by a newer version of Carnet. Install the latest Carnet to open it; this version will not touch it.

%2</translation>
    </message>
    <message>
        <source>“%1” cannot be opened.

%2</source>
        <translation>“%1” cannot be opened.

%2</translation>
    </message>
</context>
<context>
    <name>Identifiers</name>
    <message>
        <source>The NIR is empty.</source>
        <translation>The NIR is empty.</translation>
    </message>
    <message>
        <source>A NIR has 15 characters (13 and a 2-digit key); this one has %1.</source>
        <translation>A NIR has 15 characters (13 and a 2-digit key); this one has %1.</translation>
    </message>
    <message>
        <source>A NIR holds only digits, except 2A or 2B (Corsica) in positions 6 and 7.</source>
        <translation>A NIR holds only digits, except 2A or 2B (Corsica) in positions 6 and 7.</translation>
    </message>
    <message>
        <source>The NIR&apos;s key (its last 2 digits) does not match the number: check it against the carte Vitale.</source>
        <translation>The NIR&apos;s key (its last 2 digits) does not match the number: check it against the carte Vitale.</translation>
    </message>
    <message>
        <source>The RPPS number is empty.</source>
        <translation>The RPPS number is empty.</translation>
    </message>
    <message>
        <source>An RPPS number holds only digits (11, or 9 for an older ADELI number).</source>
        <translation>An RPPS number holds only digits (11, or 9 for an older ADELI number).</translation>
    </message>
    <message>
        <source>An RPPS number has 11 digits (an older ADELI number 9); this one has %1.</source>
        <translation>An RPPS number has 11 digits (an older ADELI number 9); this one has %1.</translation>
    </message>
</context>
<context>
    <name>MarkSheetSentCommand</name>
    <message>
        <source>This care sheet no longer exists.</source>
        <translation>This care sheet no longer exists.</translation>
    </message>
    <message>
        <source>mark the care sheet of %1 as sent</source>
        <translation>mark the care sheet of %1 as sent</translation>
    </message>
</context>
<context>
    <name>PdfMerger</name>
    <message>
        <source>The attached PDF files cannot be merged: the qpdf program is missing. Install it (on Debian or Ubuntu: sudo apt install qpdf) and try again.</source>
        <translation>The attached PDF files cannot be merged: the qpdf program is missing. Install it (on Debian or Ubuntu: sudo apt install qpdf) and try again.</translation>
    </message>
    <message>
        <source>The qpdf program could not be started: %1</source>
        <translation>The qpdf program could not be started: %1</translation>
    </message>
    <message>
        <source>The qpdf program did not finish merging the PDF files.</source>
        <translation>The qpdf program did not finish merging the PDF files.</translation>
    </message>
    <message>
        <source>An attached PDF could not be merged (is it damaged or protected by a password?): %1</source>
        <translation>An attached PDF could not be merged (is it damaged or protected by a password?): %1</translation>
    </message>
</context>
<context>
    <name>PdfRenderer</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>The document is empty.</source>
        <translation>The document is empty.</translation>
    </message>
    <message>
        <source>Cannot read the image %1: %2</source>
        <translation>Cannot read the image %1: %2</translation>
    </message>
</context>
<context>
    <name>RemoveCareSheetCommand</name>
    <message>
        <source>This care sheet no longer exists.</source>
        <translation>This care sheet no longer exists.</translation>
    </message>
    <message>
        <source>remove the care sheet of %1</source>
        <translation>remove the care sheet of %1</translation>
    </message>
</context>
<context>
    <name>RemovePaymentCommand</name>
    <message>
        <source>This payment no longer exists.</source>
        <translation>This payment no longer exists.</translation>
    </message>
    <message>
        <source>remove the payment of %1</source>
        <translation>remove the payment of %1</translation>
    </message>
</context>
<context>
    <name>RemovePersonCommand</name>
    <message>
        <source>This person is no longer in the file.</source>
        <translation>This person is no longer in the file.</translation>
    </message>
    <message>
        <source>remove the person “%1”</source>
        <translation>remove the person “%1”</translation>
    </message>
</context>
<context>
    <name>RemoveSessionCommand</name>
    <message>
        <source>This session no longer exists.</source>
        <translation>This session no longer exists.</translation>
    </message>
    <message>
        <source>remove the session of %1</source>
        <translation>remove the session of %1</translation>
    </message>
</context>
<context>
    <name>RuleSet</name>
    <message>
        <source>Rule set entry %1: the value of &quot;%2&quot; is missing or invalid.</source>
        <translation>Rule set entry %1: the value of &quot;%2&quot; is missing or invalid.</translation>
    </message>
    <message>
        <source>The rule set is not a valid JSON document.</source>
        <translation>The rule set is not a valid JSON document.</translation>
    </message>
    <message>
        <source>The rule set lists no regime.</source>
        <translation>The rule set lists no regime.</translation>
    </message>
    <message>
        <source>Rule set entry %1 is not an object.</source>
        <translation>Rule set entry %1 is not an object.</translation>
    </message>
    <message>
        <source>Rule set entry %1 overlaps the previous one or is out of date order.</source>
        <translation>Rule set entry %1 overlaps the previous one or is out of date order.</translation>
    </message>
    <message>
        <source>Rule set entry %1 repeats the id %2.</source>
        <translation>Rule set entry %1 repeats the id %2.</translation>
    </message>
</context>
<context>
    <name>ServiceCommand</name>
    <message>
        <source>Undo %1</source>
        <translation>Undo %1</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter a name.</source>
        <translation>Enter a name.</translation>
    </message>
    <message>
        <source>Enter the birth date.</source>
        <translation>Enter the birth date.</translation>
    </message>
    <message>
        <source>The birth date is too far in the past: check the year.</source>
        <translation>The birth date is too far in the past: check the year.</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>The birth date is in the future.</translation>
    </message>
    <message>
        <source>A coverage period ends before it starts: check its dates.</source>
        <translation>A coverage period ends before it starts: check its dates.</translation>
    </message>
    <message>
        <source>This RPPS number fails its check: compare it with the one on a feuille de soins. It is kept as typed.</source>
        <translation>This RPPS number fails its check: compare it with the one on a feuille de soins. It is kept as typed.</translation>
    </message>
    <message>
        <source>Enter the date of the referral letter.</source>
        <translation>Enter the date of the referral letter.</translation>
    </message>
    <message>
        <source>The referral letter&apos;s date is in the future.</source>
        <translation>The referral letter&apos;s date is in the future.</translation>
    </message>
    <message>
        <source>A referral letter is written by a doctor or a midwife, not by a psychologist.</source>
        <translation>A referral letter is written by a doctor or a midwife, not by a psychologist.</translation>
    </message>
    <message>
        <source>For a minor, record who holds parental authority and consented to the care.</source>
        <translation>For a minor, record who holds parental authority and consented to the care.</translation>
    </message>
    <message>
        <source>Enter the session&apos;s date.</source>
        <translation>Enter the session&apos;s date.</translation>
    </message>
    <message>
        <source>The fee cannot be negative.</source>
        <translation>The fee cannot be negative.</translation>
    </message>
    <message>
        <source>The amount paid cannot be negative.</source>
        <translation>The amount paid cannot be negative.</translation>
    </message>
    <message>
        <source>The amount paid (%1) is more than the fee (%2).</source>
        <translation>The amount paid (%1) is more than the fee (%2).</translation>
    </message>
    <message>
        <source>The fee (%1) is above the Mon soutien psy tariff for this session (%2): no extra fee is allowed within the scheme. If you paid more, record it as a private session.</source>
        <translation>The fee (%1) is above the Mon soutien psy tariff for this session (%2): no extra fee is allowed within the scheme. If you paid more, record it as a private session.</translation>
    </message>
    <message>
        <source>This session will not be covered: %1</source>
        <translation>This session will not be covered: %1</translation>
    </message>
    <message>
        <source>With this person&apos;s 100 % cover (tiers payant) the CPAM pays the psychologist directly: there should be nothing to pay.</source>
        <translation>With this person&apos;s 100 % cover (tiers payant) the CPAM pays the psychologist directly: there should be nothing to pay.</translation>
    </message>
    <message>
        <source>A feuille de soins covers at least one session: choose its sessions.</source>
        <translation>A feuille de soins covers at least one session: choose its sessions.</translation>
    </message>
    <message>
        <source>The same session is listed twice.</source>
        <translation>The same session is listed twice.</translation>
    </message>
    <message>
        <source>A session of this feuille de soins no longer exists.</source>
        <translation>A session of this feuille de soins no longer exists.</translation>
    </message>
    <message>
        <source>A feuille de soins is for one person: its sessions belong to several.</source>
        <translation>A feuille de soins is for one person: its sessions belong to several.</translation>
    </message>
    <message>
        <source>The feuille de soins cannot be sent before the date it was issued.</source>
        <translation>The feuille de soins cannot be sent before the date it was issued.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>The amount must be more than zero.</translation>
    </message>
    <message>
        <source>Enter the date the payment was received.</source>
        <translation>Enter the date the payment was received.</translation>
    </message>
    <message>
        <source>A session&apos;s share cannot be negative.</source>
        <translation>A session&apos;s share cannot be negative.</translation>
    </message>
    <message>
        <source>Each share must name a session.</source>
        <translation>Each share must name a session.</translation>
    </message>
    <message>
        <source>The same session appears twice in the payment&apos;s split.</source>
        <translation>The same session appears twice in the payment&apos;s split.</translation>
    </message>
    <message>
        <source>The shares add up to %1, more than the payment&apos;s %2.</source>
        <translation>The shares add up to %1, more than the payment&apos;s %2.</translation>
    </message>
    <message>
        <source>Sessions are given by a psychologist: choose one.</source>
        <translation>Sessions are given by a psychologist: choose one.</translation>
    </message>
</context>
<context>
    <name>carnet::Agenda</name>
    <message numerus="yes">
        <source>%n session(s) in %1 have no care sheet yet.</source>
        <translation>
            <numerusform>%n session in %1 have no care sheet yet.</numerusform>
            <numerusform>%n sessions in %1 have no care sheet yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send the care sheet to the CPAM.</source>
        <translation>Send the care sheet to the CPAM.</translation>
    </message>
    <message numerus="yes">
        <source>A payment is %n day(s) late.</source>
        <translation>
            <numerusform>A payment is %n day late.</numerusform>
            <numerusform>A payment is %n days late.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>AFI request not sent yet: %n document(s) to get or renew (%1).</source>
        <translation>
            <numerusform>AFI request not sent yet: %n document to get or renew (%1).</numerusform>
            <numerusform>AFI request not sent yet: %n documents to get or renew (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>AFI request sent on %1: %2</source>
        <translation>AFI request sent on %1: %2</translation>
    </message>
    <message>
        <source>AFI: %1</source>
        <translation>AFI: %1</translation>
    </message>
</context>
<context>
    <name>carnet::AidPage</name>
    <message>
        <source>&lt;h2&gt;Help to pay: the CPAM&apos;s individual financial aid&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Help to pay: the CPAM&apos;s individual financial aid&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>New request…</source>
        <translation>New request…</translation>
    </message>
    <message>
        <source>Delete this request</source>
        <translation>Delete this request</translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation>Next steps:</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date on it</source>
        <translation>Date on it</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>The whole dossier, in order</source>
        <translation>The whole dossier, in order</translation>
    </message>
    <message>
        <source>Sent…</source>
        <translation>Sent…</translation>
    </message>
    <message>
        <source>Decision…</source>
        <translation>Decision…</translation>
    </message>
    <message>
        <source>Invoices sent…</source>
        <translation>Invoices sent…</translation>
    </message>
    <message>
        <source>Ask to reconsider…</source>
        <translation>Ask to reconsider…</translation>
    </message>
    <message>
        <source>Open or create a file to prepare a request.</source>
        <translation>Open or create a file to prepare a request.</translation>
    </message>
    <message>
        <source>Add the person the care is for first.</source>
        <translation>Add the person the care is for first.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>No request yet for this person: start one with “New request…”.</source>
        <translation>No request yet for this person: start one with “New request…”.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;CPAM of %1&lt;/b&gt;: %n session(s) at %2, %3</source>
        <translation>
            <numerusform>&lt;b&gt;CPAM of %1&lt;/b&gt;: %n session at %2, %3</numerusform>
            <numerusform>&lt;b&gt;CPAM of %1&lt;/b&gt;: %n sessions at %2, %3</numerusform>
        </translation>
    </message>
    <message>
        <source>This caisse&apos;s page on ameli.fr (check what it asks for)</source>
        <translation>This caisse&apos;s page on ameli.fr (check what it asks for)</translation>
    </message>
    <message>
        <source>Total %1 · CPAM %2 · mutuelle %3 · &lt;b&gt;asked for %4&lt;/b&gt;</source>
        <translation>Total %1 · CPAM %2 · mutuelle %3 · &lt;b&gt;asked for %4&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Not sent yet: %n document(s) missing</source>
        <translation>
            <numerusform>Not sent yet: %n document missing</numerusform>
            <numerusform>Not sent yet: %n documents missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n too old</source>
        <translation>
            <numerusform>, %n too old</numerusform>
            <numerusform>, %n too old</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent on %1: waiting for %n day(s). An answer may come around %2 (a guess).</source>
        <translation>
            <numerusform>Sent on %1: waiting for %n day. An answer may come around %2 (a guess).</numerusform>
            <numerusform>Sent on %1: waiting for %n days. An answer may come around %2 (a guess).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 on %2, after %n day(s).</source>
        <translation>
            <numerusform>%1 on %2, after %n day.</numerusform>
            <numerusform>%1 on %2, after %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Granted %1 · invoiced %2 · &lt;b&gt;left %3&lt;/b&gt; · valid until %4%5</source>
        <translation>Granted %1 · invoiced %2 · &lt;b&gt;left %3&lt;/b&gt; · valid until %4%5</translation>
    </message>
    <message>
        <source> (expired)</source>
        <translation> (expired)</translation>
    </message>
    <message>
        <source> — too old</source>
        <translation> — too old</translation>
    </message>
    <message>
        <source>Dossier sent</source>
        <translation>Dossier sent</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>Save the PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Sent on:</source>
        <translation>Sent on:</translation>
    </message>
    <message>
        <source>The commission&apos;s decision</source>
        <translation>The commission&apos;s decision</translation>
    </message>
    <message>
        <source>Date of the letter:</source>
        <translation>Date of the letter:</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Amount granted (€):</source>
        <translation>Amount granted (€):</translation>
    </message>
    <message numerus="yes">
        <source>as in the settings (%n month(s))</source>
        <translation>
            <numerusform>as in the settings (%n month)</numerusform>
            <numerusform>as in the settings (%n months)</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid for (months, from the letter):</source>
        <translation>Valid for (months, from the letter):</translation>
    </message>
    <message>
        <source>Give the amount granted, for example 900 or 900,50.</source>
        <translation>Give the amount granted, for example 900 or 900,50.</translation>
    </message>
    <message>
        <source>Invoices sent to the CPAM</source>
        <translation>Invoices sent to the CPAM</translation>
    </message>
    <message>
        <source>Total of the invoices (€):</source>
        <translation>Total of the invoices (€):</translation>
    </message>
    <message>
        <source>Give the total of the invoices, for example 180 or 180,50.</source>
        <translation>Give the total of the invoices, for example 180 or 180,50.</translation>
    </message>
    <message>
        <source>Ask the commission to reconsider</source>
        <translation>Ask the commission to reconsider</translation>
    </message>
    <message>
        <source>Date of your letter:</source>
        <translation>Date of your letter:</translation>
    </message>
    <message>
        <source>Your reasons, in French: what changed, why the care matters, what the refusal overlooked. They are printed in the letter.</source>
        <translation>Your reasons, in French: what changed, why the care matters, what the refusal overlooked. They are printed in the letter.</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Reasons:</translation>
    </message>
    <message>
        <source>Help to pay</source>
        <translation>Help to pay</translation>
    </message>
    <message>
        <source>Aid requests of this person</source>
        <translation>Aid requests of this person</translation>
    </message>
    <message>
        <source>The request</source>
        <translation>The request</translation>
    </message>
    <message>
        <source>This caisse&apos;s page on ameli.fr</source>
        <translation>This caisse&apos;s page on ameli.fr</translation>
    </message>
    <message>
        <source>Where the request stands</source>
        <translation>Where the request stands</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>Documents of the request</source>
        <translation>Documents of the request</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Status of “%1”</source>
        <translation>Status of “%1”</translation>
    </message>
    <message>
        <source>Too old: ask for a newer one.</source>
        <translation>Too old: ask for a newer one.</translation>
    </message>
    <message>
        <source>change the documents of the aid request</source>
        <translation>change the documents of the aid request</translation>
    </message>
    <message>
        <source>mark the aid request as sent</source>
        <translation>mark the aid request as sent</translation>
    </message>
    <message>
        <source>record the decision on the aid request</source>
        <translation>record the decision on the aid request</translation>
    </message>
    <message>
        <source>record the invoices sent to the CPAM</source>
        <translation>record the invoices sent to the CPAM</translation>
    </message>
    <message>
        <source>record the request to reconsider</source>
        <translation>record the request to reconsider</translation>
    </message>
    <message>
        <source>remove the aid request</source>
        <translation>remove the aid request</translation>
    </message>
</context>
<context>
    <name>carnet::AidRequestWizard</name>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Request an individual financial aid (AFI)</source>
        <translation>Request an individual financial aid (AFI)</translation>
    </message>
    <message>
        <source>Who, where, with whom</source>
        <translation>Who, where, with whom</translation>
    </message>
    <message>
        <source>The CPAM of your département may pay all or part of psychological care when your income is modest. Each caisse decides on its own.</source>
        <translation>The CPAM of your département may pay all or part of psychological care when your income is modest. Each caisse decides on its own.</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>For:</translation>
    </message>
    <message>
        <source>Département of your CPAM:</source>
        <translation>Département of your CPAM:</translation>
    </message>
    <message>
        <source>Psychologist:</source>
        <translation>Psychologist:</translation>
    </message>
    <message>
        <source>The care asked for</source>
        <translation>The care asked for</translation>
    </message>
    <message>
        <source>The figures of the psychologist&apos;s quote: how many sessions, at what price, over which period.</source>
        <translation>The figures of the psychologist&apos;s quote: how many sessions, at what price, over which period.</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>Sessions:</translation>
    </message>
    <message>
        <source>e.g. 45</source>
        <translation>e.g. 45</translation>
    </message>
    <message>
        <source>Price of one session (€):</source>
        <translation>Price of one session (€):</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Usually 0: the aid pays for care outside Mon soutien psy.</source>
        <translation>Usually 0: the aid pays for care outside Mon soutien psy.</translation>
    </message>
    <message>
        <source>Of which covered by Mon soutien psy:</source>
        <translation>Of which covered by Mon soutien psy:</translation>
    </message>
    <message>
        <source>Paid by your mutuelle&apos;s own psychology allowance (€):</source>
        <translation>Paid by your mutuelle&apos;s own psychology allowance (€):</translation>
    </message>
    <message>
        <source>Me, on invoices</source>
        <translation>Me, on invoices</translation>
    </message>
    <message>
        <source>The psychologist directly</source>
        <translation>The psychologist directly</translation>
    </message>
    <message>
        <source>The CPAM pays:</source>
        <translation>The CPAM pays:</translation>
    </message>
    <message>
        <source>The documents</source>
        <translation>The documents</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Date on it</source>
        <translation>Date on it</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Print the documents</source>
        <translation>Print the documents</translation>
    </message>
    <message>
        <source>In French, ready to print: a letter asking your psychologist for a quote, a quote they only need to sign, the cover letter, a summary of the costs, and the whole dossier in order.</source>
        <translation>In French, ready to print: a letter asking your psychologist for a quote, a quote they only need to sign, the cover letter, a summary of the costs, and the whole dossier in order.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Write the PDF files</source>
        <translation>Write the PDF files</translation>
    </message>
    <message>
        <source>Where to write the PDF files</source>
        <translation>Where to write the PDF files</translation>
    </message>
    <message>
        <source>Send it</source>
        <translation>Send it</translation>
    </message>
    <message>
        <source>Post the dossier to your CPAM (keep a copy), then note the day.</source>
        <translation>Post the dossier to your CPAM (keep a copy), then note the day.</translation>
    </message>
    <message>
        <source>I sent the dossier on</source>
        <translation>I sent the dossier on</translation>
    </message>
    <message numerus="yes">
        <source>In one known case the answer came after about %n month(s). This is not an official delay: Carnet will suggest a follow-up letter after it, and you can change it in the settings.</source>
        <translation>
            <numerusform>In one known case the answer came after about %n month. This is not an official delay: Carnet will suggest a follow-up letter after it, and you can change it in the settings.</numerusform>
            <numerusform>In one known case the answer came after about %n months. This is not an official delay: Carnet will suggest a follow-up letter after it, and you can change it in the settings.</numerusform>
        </translation>
    </message>
    <message>
        <source>The CPAM of %1 writes that psychology sessions cannot be funded by this aid. You may still ask, but expect a refusal.</source>
        <translation>The CPAM of %1 writes that psychology sessions cannot be funded by this aid. You may still ask, but expect a refusal.</translation>
    </message>
    <message>
        <source>The page of the CPAM of %1 on ameli.fr</source>
        <translation>The page of the CPAM of %1 on ameli.fr</translation>
    </message>
    <message>
        <source>The caisse&apos;s request form</source>
        <translation>The caisse&apos;s request form</translation>
    </message>
    <message>
        <source>Total %1 · CPAM %2 · mutuelle %3 · &lt;b&gt;left to pay, asked for: %4&lt;/b&gt;</source>
        <translation>Total %1 · CPAM %2 · mutuelle %3 · &lt;b&gt;left to pay, asked for: %4&lt;/b&gt;</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Replace…</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Attach…</translation>
    </message>
    <message>
        <source>Scan of the document</source>
        <translation>Scan of the document</translation>
    </message>
    <message>
        <source>PDF or image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>PDF or image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Your caisse&apos;s form: %1</source>
        <translation>Your caisse&apos;s form: %1</translation>
    </message>
    <message>
        <source>The prescription may be dated after the therapy started: caisses have accepted that.</source>
        <translation>The prescription may be dated after the therapy started: caisses have accepted that.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>Written in %1: %2</source>
        <translation>Written in %1: %2</translation>
    </message>
    <message>
        <source>Add the person and the psychologist to the file first.</source>
        <translation>Add the person and the psychologist to the file first.</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>For whom</translation>
    </message>
    <message>
        <source>Département of your CPAM</source>
        <translation>Département of your CPAM</translation>
    </message>
    <message>
        <source>Psychologist</source>
        <translation>Psychologist</translation>
    </message>
    <message>
        <source>What this caisse asks for</source>
        <translation>What this caisse asks for</translation>
    </message>
    <message>
        <source>Number of sessions</source>
        <translation>Number of sessions</translation>
    </message>
    <message>
        <source>Price of one session, in euros</source>
        <translation>Price of one session, in euros</translation>
    </message>
    <message>
        <source>First day of the care</source>
        <translation>First day of the care</translation>
    </message>
    <message>
        <source>Last day of the care</source>
        <translation>Last day of the care</translation>
    </message>
    <message>
        <source>Sessions covered by Mon soutien psy</source>
        <translation>Sessions covered by Mon soutien psy</translation>
    </message>
    <message>
        <source>Paid by your mutuelle&apos;s psychology allowance, in euros</source>
        <translation>Paid by your mutuelle&apos;s psychology allowance, in euros</translation>
    </message>
    <message>
        <source>Who the CPAM pays</source>
        <translation>Who the CPAM pays</translation>
    </message>
    <message>
        <source>Documents to gather</source>
        <translation>Documents to gather</translation>
    </message>
    <message>
        <source>Folder for the PDF files</source>
        <translation>Folder for the PDF files</translation>
    </message>
    <message>
        <source>Day the dossier was sent</source>
        <translation>Day the dossier was sent</translation>
    </message>
    <message>
        <source>Status of “%1”</source>
        <translation>Status of “%1”</translation>
    </message>
    <message>
        <source>Which proof of income</source>
        <translation>Which proof of income</translation>
    </message>
    <message>
        <source>Date on “%1”</source>
        <translation>Date on “%1”</translation>
    </message>
    <message>
        <source>Attach a scan of “%1”</source>
        <translation>Attach a scan of “%1”</translation>
    </message>
    <message>
        <source>Choose the folder for the PDF files</source>
        <translation>Choose the folder for the PDF files</translation>
    </message>
    <message>
        <source>add the aid request</source>
        <translation>add the aid request</translation>
    </message>
    <message>
        <source>change the aid request</source>
        <translation>change the aid request</translation>
    </message>
    <message>
        <source>change the documents of the aid request</source>
        <translation>change the documents of the aid request</translation>
    </message>
    <message>
        <source>attach a scan to the aid request</source>
        <translation>attach a scan to the aid request</translation>
    </message>
    <message>
        <source>mark the aid request as sent</source>
        <translation>mark the aid request as sent</translation>
    </message>
    <message>
        <source>For each document, choose its status in the list as you ask for it and receive it; attach a scan to put it in the printed dossier.</source>
        <translation>For each document, choose its status in the list as you ask for it and receive it; attach a scan to put it in the printed dossier.</translation>
    </message>
    <message>
        <source>The cover letter and the dossier wait for the missing documents.</source>
        <translation>The cover letter and the dossier wait for the missing documents.</translation>
    </message>
</context>
<context>
    <name>carnet::AidRules</name>
    <message>
        <source>Psychologist&apos;s quote (devis)</source>
        <translation>Psychologist&apos;s quote (devis)</translation>
    </message>
    <message>
        <source>Number of sessions, price per session and period, signed by the psychologist. Quotes are unusual for them: Carnet prints a letter that explains why, and a quote they only need to check and sign.</source>
        <translation>Number of sessions, price per session and period, signed by the psychologist. Quotes are unusual for them: Carnet prints a letter that explains why, and a quote they only need to check and sign.</translation>
    </message>
    <message>
        <source>Ask your psychologist for a quote: print the letter and the pre-filled quote.</source>
        <translation>Ask your psychologist for a quote: print the letter and the pre-filled quote.</translation>
    </message>
    <message>
        <source>Doctor&apos;s prescription for sessions with a psychologist</source>
        <translation>Doctor&apos;s prescription for sessions with a psychologist</translation>
    </message>
    <message>
        <source>From your doctor. It may be dated after the therapy started: caisses have accepted that.</source>
        <translation>From your doctor. It may be dated after the therapy started: caisses have accepted that.</translation>
    </message>
    <message>
        <source>Ask your doctor for a prescription for sessions with a psychologist.</source>
        <translation>Ask your doctor for a prescription for sessions with a psychologist.</translation>
    </message>
    <message>
        <source>The caisse&apos;s request form</source>
        <translation>The caisse&apos;s request form</translation>
    </message>
    <message>
        <source>The aid request form of your CPAM, filled in and signed. Psychology need not be listed on it to be asked for.</source>
        <translation>The aid request form of your CPAM, filled in and signed. Psychology need not be listed on it to be asked for.</translation>
    </message>
    <message>
        <source>Fill in and sign your CPAM&apos;s request form.</source>
        <translation>Fill in and sign your CPAM&apos;s request form.</translation>
    </message>
    <message>
        <source>Proof of income</source>
        <translation>Proof of income</translation>
    </message>
    <message>
        <source>One of: your latest avis d&apos;imposition, your RSA statements of the last 3 months, or your C2S attestation.</source>
        <translation>One of: your latest avis d&apos;imposition, your RSA statements of the last 3 months, or your C2S attestation.</translation>
    </message>
    <message>
        <source>Get a proof of income: your latest avis d&apos;imposition, your RSA statements of the last 3 months, or your C2S attestation.</source>
        <translation>Get a proof of income: your latest avis d&apos;imposition, your RSA statements of the last 3 months, or your C2S attestation.</translation>
    </message>
    <message>
        <source>Proof of lodging (attestation d&apos;hébergement)</source>
        <translation>Proof of lodging (attestation d&apos;hébergement)</translation>
    </message>
    <message>
        <source>An attestation d&apos;hébergement signed by whoever lodges you, or a recent proof of address.</source>
        <translation>An attestation d&apos;hébergement signed by whoever lodges you, or a recent proof of address.</translation>
    </message>
    <message>
        <source>Get an attestation d&apos;hébergement or a recent proof of address.</source>
        <translation>Get an attestation d&apos;hébergement or a recent proof of address.</translation>
    </message>
    <message>
        <source>Bank details (RIB)</source>
        <translation>Bank details (RIB)</translation>
    </message>
    <message>
        <source>The RIB of whoever is paid: yours, or the psychologist&apos;s when the CPAM pays them directly.</source>
        <translation>The RIB of whoever is paid: yours, or the psychologist&apos;s when the CPAM pays them directly.</translation>
    </message>
    <message>
        <source>Add the RIB of whoever will be paid.</source>
        <translation>Add the RIB of whoever will be paid.</translation>
    </message>
    <message>
        <source>A CMP&apos;s written refusal</source>
        <translation>A CMP&apos;s written refusal</translation>
    </message>
    <message>
        <source>A letter from a centre médico-psychologique (CMP) saying it cannot take you in.</source>
        <translation>A letter from a centre médico-psychologique (CMP) saying it cannot take you in.</translation>
    </message>
    <message>
        <source>Ask a CMP for a written refusal to take you in.</source>
        <translation>Ask a CMP for a written refusal to take you in.</translation>
    </message>
    <message>
        <source>Household composition and income</source>
        <translation>Household composition and income</translation>
    </message>
    <message>
        <source>Who lives with you, and each person&apos;s income.</source>
        <translation>Who lives with you, and each person&apos;s income.</translation>
    </message>
    <message>
        <source>Write down your household&apos;s composition and each person&apos;s income.</source>
        <translation>Write down your household&apos;s composition and each person&apos;s income.</translation>
    </message>
    <message>
        <source>latest avis d&apos;imposition</source>
        <translation>latest avis d&apos;imposition</translation>
    </message>
    <message>
        <source>RSA statements of the last 3 months</source>
        <translation>RSA statements of the last 3 months</translation>
    </message>
    <message>
        <source>C2S attestation</source>
        <translation>C2S attestation</translation>
    </message>
    <message>
        <source>Psychological care need not be listed on the caisse&apos;s form to be asked for: it was granted in Meuse although the form does not name it.</source>
        <translation>Psychological care need not be listed on the caisse&apos;s form to be asked for: it was granted in Meuse although the form does not name it.</translation>
    </message>
    <message>
        <source>The answer can take months. Either wait for it before the first sessions, or advance the fees knowing the aid may be refused. Some caisses want the quote before any expense.</source>
        <translation>The answer can take months. Either wait for it before the first sessions, or advance the fees knowing the aid may be refused. Some caisses want the quote before any expense.</translation>
    </message>
    <message>
        <source>Once granted, the aid is paid on invoices: either you send them (grouped) to your caisse, or the caisse pays the psychologist directly.</source>
        <translation>Once granted, the aid is paid on invoices: either you send them (grouped) to your caisse, or the caisse pays the psychologist directly.</translation>
    </message>
    <message>
        <source>Meuse: the caisse has its own form (version of 19 June 2020).</source>
        <translation>Meuse: the caisse has its own form (version of 19 June 2020).</translation>
    </message>
    <message>
        <source>Paris: the link to the form on ameli has been broken; Carnet knows the direct address of the form.</source>
        <translation>Paris: the link to the form on ameli has been broken; Carnet knows the direct address of the form.</translation>
    </message>
    <message>
        <source>Isère: the caisse may fund psychology when a centre médico-psychologique (CMP) refused to take you in, on a prescription: ask the CMP for a written refusal.</source>
        <translation>Isère: the caisse may fund psychology when a centre médico-psychologique (CMP) refused to take you in, on a prescription: ask the CMP for a written refusal.</translation>
    </message>
    <message>
        <source>Aisne: the caisse publishes its income ceilings: check them on its page.</source>
        <translation>Aisne: the caisse publishes its income ceilings: check them on its page.</translation>
    </message>
    <message>
        <source>Bas-Rhin: the caisse refuses above its income ceiling, when less than 30 € is left to pay, and to AME beneficiaries; it asks for the household&apos;s composition and for the total cost with the CPAM and mutuelle shares.</source>
        <translation>Bas-Rhin: the caisse refuses above its income ceiling, when less than 30 € is left to pay, and to AME beneficiaries; it asks for the household&apos;s composition and for the total cost with the CPAM and mutuelle shares.</translation>
    </message>
    <message>
        <source>Rhône: the caisse writes that psychology sessions cannot be funded by this aid.</source>
        <translation>Rhône: the caisse writes that psychology sessions cannot be funded by this aid.</translation>
    </message>
    <message>
        <source>Carnet does not know the département &quot;%1&quot;.</source>
        <translation>Carnet does not know the département &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The CPAM of %1 writes that psychology sessions cannot be funded by this aid. You may still ask, but expect a refusal.</source>
        <translation>The CPAM of %1 writes that psychology sessions cannot be funded by this aid. You may still ask, but expect a refusal.</translation>
    </message>
    <message>
        <source>Mon soutien psy and the mutuelle already pay the whole cost: nothing is left for the aid to cover.</source>
        <translation>Mon soutien psy and the mutuelle already pay the whole cost: nothing is left for the aid to cover.</translation>
    </message>
    <message>
        <source>The invoices sent (%1) exceed the grant (%2).</source>
        <translation>The invoices sent (%1) exceed the grant (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Your document &quot;%1&quot; is dated %2, more than %n month(s) ago: get a more recent one.</source>
        <translation>
            <numerusform>Your document &quot;%1&quot; is dated %2, more than %n month ago: get a more recent one.</numerusform>
            <numerusform>Your document &quot;%1&quot; is dated %2, more than %n months ago: get a more recent one.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for: %1.</source>
        <translation>Waiting for: %1.</translation>
    </message>
    <message>
        <source>Fill in and sign your CPAM&apos;s request form: %1</source>
        <translation>Fill in and sign your CPAM&apos;s request form: %1</translation>
    </message>
    <message>
        <source>Get this document: %1.</source>
        <translation>Get this document: %1.</translation>
    </message>
    <message>
        <source>The dossier is complete: print it in order, send it to your CPAM, and note the date you sent it.</source>
        <translation>The dossier is complete: print it in order, send it to your CPAM, and note the date you sent it.</translation>
    </message>
    <message numerus="yes">
        <source>No answer after %n month(s): send the follow-up letter.</source>
        <translation>
            <numerusform>No answer after %n month: send the follow-up letter.</numerusform>
            <numerusform>No answer after %n months: send the follow-up letter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent on %1, waiting for %n day(s). An answer may come around %2 (this delay is a guess).</source>
        <translation>
            <numerusform>Sent on %1, waiting for %n day. An answer may come around %2 (this delay is a guess).</numerusform>
            <numerusform>Sent on %1, waiting for %n days. An answer may come around %2 (this delay is a guess).</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: you may ask the commission to reconsider. Carnet prepares a reasoned letter.</source>
        <translation>Refused: you may ask the commission to reconsider. Carnet prepares a reasoned letter.</translation>
    </message>
    <message>
        <source>No answer to your request to reconsider: you may file a complaint (réclamation) with your CPAM, then ask its conciliateur.</source>
        <translation>No answer to your request to reconsider: you may file a complaint (réclamation) with your CPAM, then ask its conciliateur.</translation>
    </message>
    <message>
        <source>You asked the commission to reconsider on %1: wait for its answer.</source>
        <translation>You asked the commission to reconsider on %1: wait for its answer.</translation>
    </message>
    <message>
        <source>The commission granted %1 of the %2 asked for.</source>
        <translation>The commission granted %1 of the %2 asked for.</translation>
    </message>
    <message>
        <source>The grant is used up: further sessions are not covered by it.</source>
        <translation>The grant is used up: further sessions are not covered by it.</translation>
    </message>
    <message>
        <source>The grant expired on %1: sessions after that date are not covered. %2 were left unused.</source>
        <translation>The grant expired on %1: sessions after that date are not covered. %2 were left unused.</translation>
    </message>
    <message>
        <source>The CPAM pays your psychologist directly: you have no invoices to send.</source>
        <translation>The CPAM pays your psychologist directly: you have no invoices to send.</translation>
    </message>
    <message numerus="yes">
        <source>Send the invoices of %1 to your CPAM (%n session(s), %2).</source>
        <translation>
            <numerusform>Send the invoices of %1 to your CPAM (%n session, %2).</numerusform>
            <numerusform>Send the invoices of %1 to your CPAM (%n sessions, %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The grant expires in %n day(s), on %1 (%2 left).</source>
        <translation>
            <numerusform>The grant expires in %n day, on %1 (%2 left).</numerusform>
            <numerusform>The grant expires in %n days, on %1 (%2 left).</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the person the aid is for.</source>
        <translation>Choose the person the aid is for.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a French département code (01 to 95, 2A, 2B, 971 to 976).</source>
        <translation>&quot;%1&quot; is not a French département code (01 to 95, 2A, 2B, 971 to 976).</translation>
    </message>
    <message>
        <source>Choose the psychologist.</source>
        <translation>Choose the psychologist.</translation>
    </message>
    <message>
        <source>The number of sessions must be between 1 and 400.</source>
        <translation>The number of sessions must be between 1 and 400.</translation>
    </message>
    <message>
        <source>The price per session must be more than 0 and at most 1 000 €.</source>
        <translation>The price per session must be more than 0 and at most 1 000 €.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>The period ends before it starts.</translation>
    </message>
    <message>
        <source>The sessions covered by Mon soutien psy cannot exceed the sessions asked for.</source>
        <translation>The sessions covered by Mon soutien psy cannot exceed the sessions asked for.</translation>
    </message>
    <message>
        <source>The mutuelle&apos;s share cannot exceed the total.</source>
        <translation>The mutuelle&apos;s share cannot exceed the total.</translation>
    </message>
    <message>
        <source>The validity must be between 1 and 60 months.</source>
        <translation>The validity must be between 1 and 60 months.</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>The date %1 is in the future.</translation>
    </message>
    <message>
        <source>The dossier cannot be sent before it was prepared.</source>
        <translation>The dossier cannot be sent before it was prepared.</translation>
    </message>
    <message>
        <source>Give the date of the decision.</source>
        <translation>Give the date of the decision.</translation>
    </message>
    <message>
        <source>The decision cannot come before the dossier was sent.</source>
        <translation>The decision cannot come before the dossier was sent.</translation>
    </message>
    <message>
        <source>Give the amount granted.</source>
        <translation>Give the amount granted.</translation>
    </message>
    <message>
        <source>The request to reconsider cannot come before the refusal.</source>
        <translation>The request to reconsider cannot come before the refusal.</translation>
    </message>
    <message>
        <source>Invoices can only be sent against a granted aid.</source>
        <translation>Invoices can only be sent against a granted aid.</translation>
    </message>
    <message>
        <source>Each claim needs a date and an amount above 0.</source>
        <translation>Each claim needs a date and an amount above 0.</translation>
    </message>
    <message>
        <source>The invoices (%1) would exceed the grant (%2).</source>
        <translation>The invoices (%1) would exceed the grant (%2).</translation>
    </message>
    <message>
        <source>Each document of the checklist needs its own name.</source>
        <translation>Each document of the checklist needs its own name.</translation>
    </message>
    <message>
        <source>An attached document needs its file.</source>
        <translation>An attached document needs its file.</translation>
    </message>
    <message>
        <source>Give the date the invoices were sent (not in the future).</source>
        <translation>Give the date the invoices were sent (not in the future).</translation>
    </message>
    <message>
        <source>The amount must be above 0.</source>
        <translation>The amount must be above 0.</translation>
    </message>
    <message>
        <source>Only %1 of the grant is left: the invoices (%2) exceed it.</source>
        <translation>Only %1 of the grant is left: the invoices (%2) exceed it.</translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation>No answer yet</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>Partly granted</source>
        <translation>Partly granted</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation>Asked for</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Attached</translation>
    </message>
    <message>
        <source>Each CPAM sets its own rules for this aid and publishes little about them. The documents, delays and validity Carnet shows come from people&apos;s accounts, not from an official text: check your CPAM&apos;s page, and change the delays in the settings if your letter says otherwise.</source>
        <translation>Each CPAM sets its own rules for this aid and publishes little about them. The documents, delays and validity Carnet shows come from people&apos;s accounts, not from an official text: check your CPAM&apos;s page, and change the delays in the settings if your letter says otherwise.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A document and which kind of it (&quot;Proof of income: latest avis d&apos;imposition&quot;)</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>carnet::AidService</name>
    <message>
        <source>This aid request does not exist.</source>
        <translation>This aid request does not exist.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a French département code.</source>
        <translation>&quot;%1&quot; is not a French département code.</translation>
    </message>
    <message>
        <source>This person does not exist.</source>
        <translation>This person does not exist.</translation>
    </message>
    <message>
        <source>This psychologist does not exist.</source>
        <translation>This psychologist does not exist.</translation>
    </message>
    <message>
        <source>%1 is not recorded as a psychologist.</source>
        <translation>%1 is not recorded as a psychologist.</translation>
    </message>
    <message>
        <source>The attached document no longer exists.</source>
        <translation>The attached document no longer exists.</translation>
    </message>
    <message>
        <source>The CPAM of %1 writes that psychology sessions cannot be funded by this aid. You may still ask, but expect a refusal.</source>
        <translation>The CPAM of %1 writes that psychology sessions cannot be funded by this aid. You may still ask, but expect a refusal.</translation>
    </message>
    <message>
        <source>An id cannot be negative.</source>
        <translation>An id cannot be negative.</translation>
    </message>
    <message>
        <source>An entry with id %1 already exists.</source>
        <translation>An entry with id %1 already exists.</translation>
    </message>
    <message>
        <source>Give the date the dossier was sent.</source>
        <translation>Give the date the dossier was sent.</translation>
    </message>
    <message>
        <source>Mark the dossier as sent before recording the decision.</source>
        <translation>Mark the dossier as sent before recording the decision.</translation>
    </message>
    <message>
        <source>Give the amount granted.</source>
        <translation>Give the amount granted.</translation>
    </message>
    <message>
        <source>This claim does not exist.</source>
        <translation>This claim does not exist.</translation>
    </message>
    <message>
        <source>Only a refusal can be appealed.</source>
        <translation>Only a refusal can be appealed.</translation>
    </message>
    <message>
        <source>Give the date of the letter.</source>
        <translation>Give the date of the letter.</translation>
    </message>
</context>
<context>
    <name>carnet::AppContext</name>
    <message>
        <source>An unexpected error occurred.</source>
        <translation>An unexpected error occurred.</translation>
    </message>
</context>
<context>
    <name>carnet::AttachmentStore</name>
    <message>
        <source>This file is open read-only: nothing was attached.</source>
        <translation>This file is open read-only: nothing was attached.</translation>
    </message>
    <message>
        <source>The file to attach does not exist.</source>
        <translation>The file to attach does not exist.</translation>
    </message>
    <message>
        <source>The file is too large to attach (more than 100 MB).</source>
        <translation>The file is too large to attach (more than 100 MB).</translation>
    </message>
    <message>
        <source>The file to attach cannot be read.</source>
        <translation>The file to attach cannot be read.</translation>
    </message>
    <message>
        <source>Carnet cannot write in its attachments folder.</source>
        <translation>Carnet cannot write in its attachments folder.</translation>
    </message>
    <message>
        <source>The attachment could not be copied (is the disk full?).</source>
        <translation>The attachment could not be copied (is the disk full?).</translation>
    </message>
    <message>
        <source>The attachment could not be stored.</source>
        <translation>The attachment could not be stored.</translation>
    </message>
</context>
<context>
    <name>carnet::CarePathAccessPage</name>
    <message>
        <source>How do you start?</source>
        <translation>How do you start?</translation>
    </message>
    <message>
        <source>You can go straight to a psychologist who is a partner of the scheme, or first see a doctor or a midwife who writes a letter for the psychologist.</source>
        <translation>You can go straight to a psychologist who is a partner of the scheme, or first see a doctor or a midwife who writes a letter for the psychologist.</translation>
    </message>
    <message>
        <source>&amp;Directly to a partner psychologist</source>
        <translation>&amp;Directly to a partner psychologist</translation>
    </message>
    <message>
        <source>Directly to a partner psychologist</source>
        <translation>Directly to a partner psychologist</translation>
    </message>
    <message>
        <source>No letter is needed: book the first session (the evaluation) yourself.</source>
        <translation>No letter is needed: book the first session (the evaluation) yourself.</translation>
    </message>
    <message>
        <source>&amp;Through a doctor or a midwife</source>
        <translation>&amp;Through a doctor or a midwife</translation>
    </message>
    <message>
        <source>Through a doctor or a midwife</source>
        <translation>Through a doctor or a midwife</translation>
    </message>
    <message>
        <source>The médecin traitant, a pediatrician, a midwife, a school doctor, a PMI or university health service doctor, or a hospital doctor writes a courrier d&apos;accompagnement for the psychologist. Carnet keeps who wrote it, when, and a scan.</source>
        <translation>The médecin traitant, a pediatrician, a midwife, a school doctor, a PMI or university health service doctor, or a hospital doctor writes a courrier d&apos;accompagnement for the psychologist. Carnet keeps who wrote it, when, and a scan.</translation>
    </message>
    <message>
        <source>On this date the scheme still requires a doctor&apos;s letter (courrier d&apos;adressage).</source>
        <translation>On this date the scheme still requires a doctor&apos;s letter (courrier d&apos;adressage).</translation>
    </message>
</context>
<context>
    <name>carnet::CarePathPersonPage</name>
    <message>
        <source>For whom?</source>
        <translation>For whom?</translation>
    </message>
    <message>
        <source>Mon soutien psy covers sessions with a psychologist for anyone aged 3 or more, for a calendar year. Choose who the care is for.</source>
        <translation>Mon soutien psy covers sessions with a psychologist for anyone aged 3 or more, for a calendar year. Choose who the care is for.</translation>
    </message>
    <message>
        <source>A &amp;person already in this file:</source>
        <translation>A &amp;person already in this file:</translation>
    </message>
    <message>
        <source>A person already in this file</source>
        <translation>A person already in this file</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>&amp;Someone new:</source>
        <translation>&amp;Someone new:</translation>
    </message>
    <message>
        <source>Someone new</source>
        <translation>Someone new</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Birth date:</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Myself</source>
        <translation>Myself</translation>
    </message>
    <message>
        <source>My child</source>
        <translation>My child</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Someone else</translation>
    </message>
    <message>
        <source>&amp;Who is it:</source>
        <translation>&amp;Who is it:</translation>
    </message>
    <message>
        <source>Mutuelle (leave empty if none)</source>
        <translation>Mutuelle (leave empty if none)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>&amp;Mutuelle:</source>
        <translation>&amp;Mutuelle:</translation>
    </message>
    <message>
        <source>Cover situation today</source>
        <translation>Cover situation today</translation>
    </message>
    <message>
        <source>&amp;Cover today:</source>
        <translation>&amp;Cover today:</translation>
    </message>
    <message>
        <source>Parental consent</source>
        <translation>Parental consent</translation>
    </message>
    <message>
        <source>For a minor, the care needs the consent of those who hold parental authority. Write their names: they are recorded with the path.</source>
        <translation>For a minor, the care needs the consent of those who hold parental authority. Write their names: they are recorded with the path.</translation>
    </message>
    <message>
        <source>Holder of parental authority who consents</source>
        <translation>Holder of parental authority who consents</translation>
    </message>
    <message>
        <source>&amp;Holder of parental authority:</source>
        <translation>&amp;Holder of parental authority:</translation>
    </message>
    <message>
        <source>Second holder of parental authority (optional)</source>
        <translation>Second holder of parental authority (optional)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Second &amp;holder (optional):</source>
        <translation>Second &amp;holder (optional):</translation>
    </message>
    <message numerus="yes">
        <source>%1 already has %n covered session(s) recorded in %2 (%3 left): this completes the year under way, whose counter goes on.</source>
        <translation>
            <numerusform>%1 already has %n covered session recorded in %2 (%3 left): this completes the year under way, whose counter goes on.</numerusform>
            <numerusform>%1 already has %n covered sessions recorded in %2 (%3 left): this completes the year under way, whose counter goes on.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 had sessions in an earlier year: this is the renewal for %2. The counter starts again with the calendar year: %3 covered sessions (1 evaluation and up to %4 follow-ups). A renewal is best talked over first with the médecin traitant (or a psychiatrist).</source>
        <translation>%1 had sessions in an earlier year: this is the renewal for %2. The counter starts again with the calendar year: %3 covered sessions (1 evaluation and up to %4 follow-ups). A renewal is best talked over first with the médecin traitant (or a psychiatrist).</translation>
    </message>
    <message>
        <source>Choose a person.</source>
        <translation>Choose a person.</translation>
    </message>
    <message>
        <source>For a minor, write the name of at least one holder of parental authority who consents to the care.</source>
        <translation>For a minor, write the name of at least one holder of parental authority who consents to the care.</translation>
    </message>
</context>
<context>
    <name>carnet::CarePathPreparationPage</name>
    <message>
        <source>Before the first session</source>
        <translation>Before the first session</translation>
    </message>
    <message>
        <source>The first session is the evaluation (entretien d&apos;évaluation). What to bring, and what it costs.</source>
        <translation>The first session is the evaluation (entretien d&apos;évaluation). What to bring, and what it costs.</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>What to bring</translation>
    </message>
    <message>
        <source>What it costs, what comes back</source>
        <translation>What it costs, what comes back</translation>
    </message>
    <message>
        <source>The paper attestation de droits (print it from your ameli account or ask your CPAM), and your carte Vitale.</source>
        <translation>The paper attestation de droits (print it from your ameli account or ask your CPAM), and your carte Vitale.</translation>
    </message>
    <message>
        <source>The courrier d&apos;accompagnement from %1 (%2), dated %3.</source>
        <translation>The courrier d&apos;accompagnement from %1 (%2), dated %3.</translation>
    </message>
    <message>
        <source>Your mutuelle card (%1).</source>
        <translation>Your mutuelle card (%1).</translation>
    </message>
    <message>
        <source>A holder of parental authority comes along: %1 consented.</source>
        <translation>A holder of parental authority comes along: %1 consented.</translation>
    </message>
    <message>
        <source>Mon soutien psy is not in force on this date.</source>
        <translation>Mon soutien psy is not in force on this date.</translation>
    </message>
    <message>
        <source>These sessions would not be covered: %1</source>
        <translation>These sessions would not be covered: %1</translation>
    </message>
    <message>
        <source>You pay the psychologist&apos;s fee, and nothing comes back from the CPAM or the mutuelle.</source>
        <translation>You pay the psychologist&apos;s fee, and nothing comes back from the CPAM or the mutuelle.</translation>
    </message>
    <message>
        <source>Each session costs %1: the psychologist may not charge more within the scheme.</source>
        <translation>Each session costs %1: the psychologist may not charge more within the scheme.</translation>
    </message>
    <message>
        <source>The evaluation costs %1 and each follow-up %2: the psychologist may not charge more within the scheme.</source>
        <translation>The evaluation costs %1 and each follow-up %2: the psychologist may not charge more within the scheme.</translation>
    </message>
    <message>
        <source>With %1, the sessions are covered at 100 %, with tiers payant: you advance nothing (%2 to pay), and the CPAM pays the psychologist directly. Show the attestation de droits.</source>
        <translation>With %1, the sessions are covered at 100 %, with tiers payant: you advance nothing (%2 to pay), and the CPAM pays the psychologist directly. Show the attestation de droits.</translation>
    </message>
    <message>
        <source>this cover</source>
        <translation>this cover</translation>
    </message>
    <message>
        <source>You pay the psychologist (%1), who gives you a feuille de soins: send it to your CPAM.</source>
        <translation>You pay the psychologist (%1), who gives you a feuille de soins: send it to your CPAM.</translation>
    </message>
    <message>
        <source>The CPAM pays you back %1 (%2 % of the tariff).</source>
        <translation>The CPAM pays you back %1 (%2 % of the tariff).</translation>
    </message>
    <message>
        <source>Your mutuelle (%1) pays you back the other %2 % (%3).</source>
        <translation>Your mutuelle (%1) pays you back the other %2 % (%3).</translation>
    </message>
    <message>
        <source>Without a mutuelle, the other %1 % (%2) stays with you.</source>
        <translation>Without a mutuelle, the other %1 % (%2) stays with you.</translation>
    </message>
</context>
<context>
    <name>carnet::CarePathPsychologistPage</name>
    <message>
        <source>Which psychologist?</source>
        <translation>Which psychologist?</translation>
    </message>
    <message>
        <source>Only sessions with a psychologist who is a partner of Mon soutien psy (conventionné) are covered.</source>
        <translation>Only sessions with a psychologist who is a partner of Mon soutien psy (conventionné) are covered.</translation>
    </message>
    <message>
        <source>A psychologist already in this &amp;file:</source>
        <translation>A psychologist already in this &amp;file:</translation>
    </message>
    <message>
        <source>A psychologist already in this file</source>
        <translation>A psychologist already in this file</translation>
    </message>
    <message>
        <source>Psychologist</source>
        <translation>Psychologist</translation>
    </message>
    <message>
        <source>A &amp;new psychologist:</source>
        <translation>A &amp;new psychologist:</translation>
    </message>
    <message>
        <source>A new psychologist</source>
        <translation>A new psychologist</translation>
    </message>
    <message>
        <source>Psychologist&apos;s name</source>
        <translation>Psychologist&apos;s name</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>RPPS or ADELI number (optional)</source>
        <translation>RPPS or ADELI number (optional)</translation>
    </message>
    <message>
        <source>optional: 11 digits (RPPS) or 9 (ADELI)</source>
        <translation>optional: 11 digits (RPPS) or 9 (ADELI)</translation>
    </message>
    <message>
        <source>&amp;RPPS number:</source>
        <translation>&amp;RPPS number:</translation>
    </message>
    <message>
        <source>&amp;Partner of Mon soutien psy (conventionné)</source>
        <translation>&amp;Partner of Mon soutien psy (conventionné)</translation>
    </message>
    <message>
        <source>Partner of Mon soutien psy</source>
        <translation>Partner of Mon soutien psy</translation>
    </message>
    <message>
        <source>Not sure? Look the psychologist up in the &lt;a href=&quot;%1&quot;&gt;official directory of partner psychologists&lt;/a&gt; (monsoutienpsy.ameli.fr).</source>
        <translation>Not sure? Look the psychologist up in the &lt;a href=&quot;%1&quot;&gt;official directory of partner psychologists&lt;/a&gt; (monsoutienpsy.ameli.fr).</translation>
    </message>
    <message>
        <source>Official directory of partner psychologists (link)</source>
        <translation>Official directory of partner psychologists (link)</translation>
    </message>
    <message>
        <source>%1 (not a partner)</source>
        <translation>%1 (not a partner)</translation>
    </message>
    <message>
        <source>%1 Sessions with this psychologist are then not covered: neither the CPAM nor the mutuelle pays anything back, and they do not count in the year&apos;s sessions. Check the directory: a partner psychologist may be near you.</source>
        <translation>%1 Sessions with this psychologist are then not covered: neither the CPAM nor the mutuelle pays anything back, and they do not count in the year&apos;s sessions. Check the directory: a partner psychologist may be near you.</translation>
    </message>
    <message>
        <source>Choose a psychologist.</source>
        <translation>Choose a psychologist.</translation>
    </message>
</context>
<context>
    <name>carnet::CarePathReferralPage</name>
    <message>
        <source>The courrier d&apos;accompagnement</source>
        <translation>The courrier d&apos;accompagnement</translation>
    </message>
    <message>
        <source>The letter the doctor or the midwife wrote for the psychologist. Bring it to the first session.</source>
        <translation>The letter the doctor or the midwife wrote for the psychologist. Bring it to the first session.</translation>
    </message>
    <message>
        <source>Who wrote the letter</source>
        <translation>Who wrote the letter</translation>
    </message>
    <message>
        <source>e.g. Dr Paul Petit</source>
        <translation>e.g. Dr Paul Petit</translation>
    </message>
    <message>
        <source>&amp;Written by:</source>
        <translation>&amp;Written by:</translation>
    </message>
    <message>
        <source>Their role</source>
        <translation>Their role</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Date of the letter</source>
        <translation>Date of the letter</translation>
    </message>
    <message>
        <source>&amp;Date of the letter:</source>
        <translation>&amp;Date of the letter:</translation>
    </message>
    <message>
        <source>Parental consent:</source>
        <translation>Parental consent:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>&amp;Attach a scan…</source>
        <translation>&amp;Attach a scan…</translation>
    </message>
    <message>
        <source>Attach a scan of the letter</source>
        <translation>Attach a scan of the letter</translation>
    </message>
    <message>
        <source>Re&amp;move the scan</source>
        <translation>Re&amp;move the scan</translation>
    </message>
    <message>
        <source>Remove the scan</source>
        <translation>Remove the scan</translation>
    </message>
    <message>
        <source>Scan (optional):</source>
        <translation>Scan (optional):</translation>
    </message>
    <message>
        <source>not needed (the person is of age)</source>
        <translation>not needed (the person is of age)</translation>
    </message>
    <message>
        <source>Attach the scan of the letter</source>
        <translation>Attach the scan of the letter</translation>
    </message>
    <message>
        <source>Scans and documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Scans and documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</translation>
    </message>
    <message>
        <source>The scan cannot be found any more: choose it again.</source>
        <translation>The scan cannot be found any more: choose it again.</translation>
    </message>
</context>
<context>
    <name>carnet::CarePathSafetyPage</name>
    <message>
        <source>First, your safety</source>
        <translation>First, your safety</translation>
    </message>
    <message>
        <source>If you are in crisis or have dark thoughts, do not wait for an appointment: call now.</source>
        <translation>If you are in crisis or have dark thoughts, do not wait for an appointment: call now.</translation>
    </message>
    <message>
        <source>Mon soutien psy is for mild to moderate psychological distress. Thoughts of suicide or a severe crisis call for these numbers, or a doctor, first: they will guide you to the right care. These numbers are always one click away in Carnet (Help menu, “I&apos;m not well”).</source>
        <translation>Mon soutien psy is for mild to moderate psychological distress. Thoughts of suicide or a severe crisis call for these numbers, or a doctor, first: they will guide you to the right care. These numbers are always one click away in Carnet (Help menu, “I&apos;m not well”).</translation>
    </message>
    <message>
        <source>&lt;b&gt;If you are in crisis, or have dark thoughts, or fear for someone close to you,&lt;/b&gt; call one of these numbers now. Calls are free.</source>
        <translation>&lt;b&gt;If you are in crisis, or have dark thoughts, or fear for someone close to you,&lt;/b&gt; call one of these numbers now. Calls are free.</translation>
    </message>
</context>
<context>
    <name>carnet::CarePathSummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Check, then choose Finish: Carnet records this in one step, which Undo takes back.</source>
        <translation>Check, then choose Finish: Carnet records this in one step, which Undo takes back.</translation>
    </message>
    <message>
        <source>The year&apos;s plan</source>
        <translation>The year&apos;s plan</translation>
    </message>
    <message numerus="yes">
        <source>For: %1, born on %2 (%n year(s) old), added to the file.</source>
        <translation>
            <numerusform>For: %1, born on %2 (%n year old), added to the file.</numerusform>
            <numerusform>For: %1, born on %2 (%n years old), added to the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For: %1, born on %2 (%n year(s) old).</source>
        <translation>
            <numerusform>For: %1, born on %2 (%n year old).</numerusform>
            <numerusform>For: %1, born on %2 (%n years old).</numerusform>
        </translation>
    </message>
    <message>
        <source>Parental consent: %1.</source>
        <translation>Parental consent: %1.</translation>
    </message>
    <message>
        <source>Access: through a courrier d&apos;accompagnement from %1 (%2), dated %3.</source>
        <translation>Access: through a courrier d&apos;accompagnement from %1 (%2), dated %3.</translation>
    </message>
    <message>
        <source>No scan of the letter attached.</source>
        <translation>No scan of the letter attached.</translation>
    </message>
    <message>
        <source>Scan of the letter: %1.</source>
        <translation>Scan of the letter: %1.</translation>
    </message>
    <message>
        <source>Access: directly to the psychologist.</source>
        <translation>Access: directly to the psychologist.</translation>
    </message>
    <message>
        <source>Psychologist: %1, partner of Mon soutien psy.</source>
        <translation>Psychologist: %1, partner of Mon soutien psy.</translation>
    </message>
    <message>
        <source>Psychologist: %1, NOT a partner of Mon soutien psy: the sessions will not be covered.</source>
        <translation>Psychologist: %1, NOT a partner of Mon soutien psy: the sessions will not be covered.</translation>
    </message>
    <message>
        <source>RPPS %1.</source>
        <translation>RPPS %1.</translation>
    </message>
    <message>
        <source>Added to the file.</source>
        <translation>Added to the file.</translation>
    </message>
    <message>
        <source>In %1: 1 evaluation, in person, then up to %2 follow-up sessions (by video when the psychologist agrees): %3 covered sessions in the calendar year. The dashboard counts them for you.</source>
        <translation>In %1: 1 evaluation, in person, then up to %2 follow-up sessions (by video when the psychologist agrees): %3 covered sessions in the calendar year. The dashboard counts them for you.</translation>
    </message>
    <message>
        <source>At the end of the care, the psychologist may write an end report (compte-rendu de fin de prise en charge), for you or, with your agreement, for your doctor.</source>
        <translation>At the end of the care, the psychologist may write an end report (compte-rendu de fin de prise en charge), for you or, with your agreement, for your doctor.</translation>
    </message>
    <message>
        <source>Once the %1 covered sessions of %2 are used, further sessions that year are not covered: they can go on as private sessions, at the psychologist&apos;s own fee. The counter starts again on 1 January: talk it over with your médecin traitant (or a psychiatrist), then run this assistant again for the renewal.</source>
        <translation>Once the %1 covered sessions of %2 are used, further sessions that year are not covered: they can go on as private sessions, at the psychologist&apos;s own fee. The counter starts again on 1 January: talk it over with your médecin traitant (or a psychiatrist), then run this assistant again for the renewal.</translation>
    </message>
    <message>
        <source>Mon soutien psy is not in force on this date.</source>
        <translation>Mon soutien psy is not in force on this date.</translation>
    </message>
</context>
<context>
    <name>carnet::CarePathWizard</name>
    <message>
        <source>Start a year of care (Mon soutien psy)</source>
        <translation>Start a year of care (Mon soutien psy)</translation>
    </message>
    <message>
        <source>Parental consent to Mon soutien psy care in %1: %2.</source>
        <translation>Parental consent to Mon soutien psy care in %1: %2.</translation>
    </message>
    <message>
        <source>start the care of “%1” in %2</source>
        <translation>start the care of “%1” in %2</translation>
    </message>
</context>
<context>
    <name>carnet::CareSheetService</name>
    <message>
        <source>A session appears twice on the care sheet.</source>
        <translation>A session appears twice on the care sheet.</translation>
    </message>
    <message>
        <source>A care sheet holds the sessions of one person.</source>
        <translation>A care sheet holds the sessions of one person.</translation>
    </message>
    <message>
        <source>A session is already on another care sheet.</source>
        <translation>A session is already on another care sheet.</translation>
    </message>
    <message>
        <source>The sending date cannot be in the future.</source>
        <translation>The sending date cannot be in the future.</translation>
    </message>
    <message>
        <source>Payments were recorded for sessions of this care sheet: remove them first.</source>
        <translation>Payments were recorded for sessions of this care sheet: remove them first.</translation>
    </message>
</context>
<context>
    <name>carnet::CareSheetsPage</name>
    <message>
        <source>Care sheets and payments</source>
        <translation>Care sheets and payments</translation>
    </message>
    <message>
        <source>To send</source>
        <translation>To send</translation>
    </message>
    <message>
        <source>&amp;Create a care sheet…</source>
        <translation>&amp;Create a care sheet…</translation>
    </message>
    <message>
        <source>Create a care sheet</source>
        <translation>Create a care sheet</translation>
    </message>
    <message>
        <source>Care sheets not sent yet:</source>
        <translation>Care sheets not sent yet:</translation>
    </message>
    <message>
        <source>Care sheets not sent yet</source>
        <translation>Care sheets not sent yet</translation>
    </message>
    <message>
        <source>&amp;Mark as sent…</source>
        <translation>&amp;Mark as sent…</translation>
    </message>
    <message>
        <source>Mark the selected care sheet as sent</source>
        <translation>Mark the selected care sheet as sent</translation>
    </message>
    <message>
        <source>Late payments</source>
        <translation>Late payments</translation>
    </message>
    <message>
        <source>No late payment.</source>
        <translation>No late payment.</translation>
    </message>
    <message>
        <source>Record the &amp;late payment…</source>
        <translation>Record the &amp;late payment…</translation>
    </message>
    <message>
        <source>Record the selected late payment</source>
        <translation>Record the selected late payment</translation>
    </message>
    <message>
        <source>Care &amp;sheets:</source>
        <translation>Care &amp;sheets:</translation>
    </message>
    <message>
        <source>Care sheets</source>
        <translation>Care sheets</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>CPAM still owes</source>
        <translation>CPAM still owes</translation>
    </message>
    <message>
        <source>Mutuelle still owes</source>
        <translation>Mutuelle still owes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Record a payment for this s&amp;heet…</source>
        <translation>Record a payment for this s&amp;heet…</translation>
    </message>
    <message>
        <source>Record a payment for the selected care sheet</source>
        <translation>Record a payment for the selected care sheet</translation>
    </message>
    <message>
        <source>Remo&amp;ve the sheet…</source>
        <translation>Remo&amp;ve the sheet…</translation>
    </message>
    <message>
        <source>Remove the selected care sheet</source>
        <translation>Remove the selected care sheet</translation>
    </message>
    <message>
        <source>Pa&amp;yments received:</source>
        <translation>Pa&amp;yments received:</translation>
    </message>
    <message>
        <source>Payments received</source>
        <translation>Payments received</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Sessions paid</source>
        <translation>Sessions paid</translation>
    </message>
    <message>
        <source>&amp;Record a payment…</source>
        <translation>&amp;Record a payment…</translation>
    </message>
    <message>
        <source>Record a payment</source>
        <translation>Record a payment</translation>
    </message>
    <message>
        <source>Remove the &amp;payment…</source>
        <translation>Remove the &amp;payment…</translation>
    </message>
    <message>
        <source>Remove the selected payment</source>
        <translation>Remove the selected payment</translation>
    </message>
    <message>
        <source>Remove care sheet</source>
        <translation>Remove care sheet</translation>
    </message>
    <message>
        <source>Remove payment</source>
        <translation>Remove payment</translation>
    </message>
    <message>
        <source>Open or create a Carnet file to follow care sheets and payments.</source>
        <translation>Open or create a Carnet file to follow care sheets and payments.</translation>
    </message>
    <message>
        <source>Choose or add a person first.</source>
        <translation>Choose or add a person first.</translation>
    </message>
    <message>
        <source>%1 in %2. CPAM: %3 received, %4 still owed. Mutuelle: %5 received, %6 still owed.</source>
        <translation>%1 in %2. CPAM: %3 received, %4 still owed. Mutuelle: %5 received, %6 still owed.</translation>
    </message>
    <message>
        <source>Every session that needs one is on a care sheet.</source>
        <translation>Every session that needs one is on a care sheet.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) with no care sheet yet: %1.</source>
        <translation>
            <numerusform>%n session with no care sheet yet: %1.</numerusform>
            <numerusform>%n sessions with no care sheet yet: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Issued on %1, %n session(s): %2</source>
        <translation>
            <numerusform>Issued on %1, %n session: %2</numerusform>
            <numerusform>Issued on %1, %n sessions: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>a care sheet</source>
        <translation>a care sheet</translation>
    </message>
    <message>
        <source>the care sheet sent on %1</source>
        <translation>the care sheet sent on %1</translation>
    </message>
    <message numerus="yes">
        <source>Late: %1 still owes %2 for %3. It was due on %4 (%n day(s) late).</source>
        <translation>
            <numerusform>Late: %1 still owes %2 for %3. It was due on %4 (%n day late).</numerusform>
            <numerusform>Late: %1 still owes %2 for %3. It was due on %4 (%n days late).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %n day(s)</source>
        <translation>
            <numerusform>%1 %n day</numerusform>
            <numerusform>%1 %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Late: %1</source>
        <translation>Late: %1</translation>
    </message>
    <message>
        <source>Nothing left to receive</source>
        <translation>Nothing left to receive</translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <translation>Waiting for payment</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <source>Electronic</source>
        <translation>Electronic</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Remove the care sheet</source>
        <translation>Remove the care sheet</translation>
    </message>
    <message>
        <source>Remove the care sheet issued on %1 for %2? Its sessions will be listed as having no care sheet. You can undo this (Ctrl+Z).</source>
        <translation>Remove the care sheet issued on %1 for %2? Its sessions will be listed as having no care sheet. You can undo this (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Remove the payment</source>
        <translation>Remove the payment</translation>
    </message>
    <message>
        <source>Remove the payment of %1 received from %2 on %3? You can undo this (Ctrl+Z).</source>
        <translation>Remove the payment of %1 received from %2 on %3? You can undo this (Ctrl+Z).</translation>
    </message>
</context>
<context>
    <name>carnet::CaseloadExport</name>
    <message>
        <source>to-do</source>
        <extracomment>A file name: lower case, no accent, no space.</extracomment>
        <translation>to-do</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Days late</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>CPAM</source>
        <translation>CPAM</translation>
    </message>
    <message>
        <source>Mutuelle</source>
        <translation>Mutuelle</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>CPAM %1, mutuelle %2</source>
        <translation>CPAM %1, mutuelle %2</translation>
    </message>
    <message>
        <source>; AFI %1</source>
        <translation>; AFI %1</translation>
    </message>
    <message>
        <source>To do on %1</source>
        <translation>To do on %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s). Owed: %1.</source>
        <translation>
            <numerusform>%n item. Owed: %1.</numerusform>
            <numerusform>%n items. Owed: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carnet::CaseloadModel</name>
    <message>
        <source>Care sheets to create</source>
        <translation>Care sheets to create</translation>
    </message>
    <message>
        <source>Care sheets to send</source>
        <translation>Care sheets to send</translation>
    </message>
    <message>
        <source>Late payments</source>
        <translation>Late payments</translation>
    </message>
    <message>
        <source>Claim deadlines</source>
        <translation>Claim deadlines</translation>
    </message>
    <message>
        <source>AFI: documents missing</source>
        <translation>AFI: documents missing</translation>
    </message>
    <message>
        <source>AFI: answer overdue</source>
        <translation>AFI: answer overdue</translation>
    </message>
    <message>
        <source>AFI: grant expiring</source>
        <translation>AFI: grant expiring</translation>
    </message>
    <message>
        <source>AFI: grant expired</source>
        <translation>AFI: grant expired</translation>
    </message>
    <message>
        <source>Create a care sheet</source>
        <translation>Create a care sheet</translation>
    </message>
    <message>
        <source>Send the care sheet</source>
        <translation>Send the care sheet</translation>
    </message>
    <message>
        <source>Late payment (mutuelle)</source>
        <translation>Late payment (mutuelle)</translation>
    </message>
    <message>
        <source>Late payment (CPAM)</source>
        <translation>Late payment (CPAM)</translation>
    </message>
    <message>
        <source>Claim deadline</source>
        <translation>Claim deadline</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>In %n day</numerusform>
            <numerusform>In %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>To do</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>carnet::CaseloadPage</name>
    <message>
        <source>To do</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>Computing the list</source>
        <translation>Computing the list</translation>
    </message>
    <message>
        <source>Fi&amp;nd:</source>
        <translation>Fi&amp;nd:</translation>
    </message>
    <message>
        <source>Find a person or a task</source>
        <translation>Find a person or a task</translation>
    </message>
    <message>
        <source>Name or words (Ctrl+F)</source>
        <translation>Name or words (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Kind of task</source>
        <translation>Kind of task</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <source>Care sheets and payments</source>
        <translation>Care sheets and payments</translation>
    </message>
    <message>
        <source>AFI requests</source>
        <translation>AFI requests</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Who:</translation>
    </message>
    <message>
        <source>Whose tasks</source>
        <translation>Whose tasks</translation>
    </message>
    <message>
        <source>Everything to do, most urgent first</source>
        <translation>Everything to do, most urgent first</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What is owed over the tasks shown</source>
        <translation>What is owed over the tasks shown</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Go to the page where this is done (Enter)</source>
        <translation>Go to the page where this is done (Enter)</translation>
    </message>
    <message>
        <source>E&amp;xport as CSV…</source>
        <translation>E&amp;xport as CSV…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF to print…</source>
        <translation>Save as P&amp;DF to print…</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Open or create a Carnet file to see what there is to do.</source>
        <translation>Open or create a Carnet file to see what there is to do.</translation>
    </message>
    <message>
        <source>Reading what there is to do for every person…</source>
        <translation>Reading what there is to do for every person…</translation>
    </message>
    <message>
        <source>Nothing to do: every sheet is made and sent, every payment has arrived.</source>
        <translation>Nothing to do: every sheet is made and sent, every payment has arrived.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n task(s) shown.</source>
        <translation>
            <numerusform>%1 of %n task shown.</numerusform>
            <numerusform>%1 of %n tasks shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) for %1, most urgent first.</source>
        <translation>
            <numerusform>%n task for %1, most urgent first.</numerusform>
            <numerusform>%n tasks for %1, most urgent first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n persons</numerusform>
        </translation>
    </message>
    <message>
        <source>Owed over the tasks shown: %1.</source>
        <translation>Owed over the tasks shown: %1.</translation>
    </message>
    <message>
        <source> Updating…</source>
        <translation> Updating…</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Shown: %1.</source>
        <translation>Shown: %1.</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Export the list</translation>
    </message>
    <message>
        <source>Save the list as PDF</source>
        <translation>Save the list as PDF</translation>
    </message>
    <message>
        <source>Spreadsheet files (*.csv)</source>
        <translation>Spreadsheet files (*.csv)</translation>
    </message>
    <message>
        <source>Exported to “%1”.</source>
        <translation>Exported to “%1”.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to “%1”.</source>
        <translation>Saved to “%1”.</translation>
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
    <name>carnet::CsvExport</name>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Psychologist</source>
        <translation>Psychologist</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Care sheet</source>
        <translation>Care sheet</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Payer</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Session date</source>
        <translation>Session date</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Private</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Remote</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>CPAM</source>
        <translation>CPAM</translation>
    </message>
    <message>
        <source>Mutuelle</source>
        <translation>Mutuelle</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Carnet cannot write %1: %2</source>
        <translation>Carnet cannot write %1: %2</translation>
    </message>
    <message>
        <source>The export to %1 failed (is the disk full?); nothing was written.</source>
        <translation>The export to %1 failed (is the disk full?); nothing was written.</translation>
    </message>
</context>
<context>
    <name>carnet::DashboardPage</name>
    <message>
        <source>Where do I stand?</source>
        <translation>Where do I stand?</translation>
    </message>
    <message>
        <source>&amp;Add a person…</source>
        <translation>&amp;Add a person…</translation>
    </message>
    <message>
        <source>Covered sessions</source>
        <translation>Covered sessions</translation>
    </message>
    <message>
        <source>covered sessions used this year</source>
        <translation>covered sessions used this year</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Money</translation>
    </message>
    <message>
        <source>You paid the psychologist:</source>
        <translation>You paid the psychologist:</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Still owed</source>
        <translation>Still owed</translation>
    </message>
    <message>
        <source>CPAM</source>
        <translation>CPAM</translation>
    </message>
    <message>
        <source>Mutuelle</source>
        <translation>Mutuelle</translation>
    </message>
    <message>
        <source>Still owed to you in all:</source>
        <translation>Still owed to you in all:</translation>
    </message>
    <message>
        <source>No mutuelle recorded for this person: what the CPAM does not pay stays with them.</source>
        <translation>No mutuelle recorded for this person: what the CPAM does not pay stays with them.</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>What to do next</translation>
    </message>
    <message>
        <source>Late payments</source>
        <translation>Late payments</translation>
    </message>
    <message>
        <source>No late payment.</source>
        <translation>No late payment.</translation>
    </message>
    <message>
        <source>Sessions of the year</source>
        <translation>Sessions of the year</translation>
    </message>
    <message>
        <source>No file is open. Open or create a Carnet file (File menu) to see, for each person, the covered sessions left this year, the money expected from the CPAM and the mutuelle, and what to do next.</source>
        <translation>No file is open. Open or create a Carnet file (File menu) to see, for each person, the covered sessions left this year, the money expected from the CPAM and the mutuelle, and what to do next.</translation>
    </message>
    <message>
        <source>Nobody is in this file yet. Add the person whose care you follow: yourself, a child, someone you help.</source>
        <translation>Nobody is in this file yet. Add the person whose care you follow: yourself, a child, someone you help.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>%n left</numerusform>
            <numerusform>%n left</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Mon soutien psy did not exist yet this year.</source>
        <translation>Mon soutien psy did not exist yet this year.</translation>
    </message>
    <message>
        <source>%1 of %2 covered sessions used</source>
        <translation>%1 of %2 covered sessions used</translation>
    </message>
    <message>
        <source>Evaluation session done.</source>
        <translation>Evaluation session done.</translation>
    </message>
    <message>
        <source>No evaluation session yet this year: the first covered session of the year is the evaluation.</source>
        <translation>No evaluation session yet this year: the first covered session of the year is the evaluation.</translation>
    </message>
    <message>
        <source>the CPAM</source>
        <translation>the CPAM</translation>
    </message>
    <message>
        <source>the mutuelle</source>
        <translation>the mutuelle</translation>
    </message>
    <message>
        <source>another payer</source>
        <translation>another payer</translation>
    </message>
    <message>
        <source>the care sheet sent on %1</source>
        <translation>the care sheet sent on %1</translation>
    </message>
    <message>
        <source>a care sheet</source>
        <translation>a care sheet</translation>
    </message>
    <message numerus="yes">
        <source>Late: %1 still owes %2 for %3. It was due on %4 (%n day(s) late).</source>
        <translation>
            <numerusform>Late: %1 still owes %2 for %3. It was due on %4 (%n day late).</numerusform>
            <numerusform>Late: %1 still owes %2 for %3. It was due on %4 (%n days late).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to do for now.</source>
        <translation>Nothing to do for now.</translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation>evaluation</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>follow-up</translation>
    </message>
    <message>
        <source>private session</source>
        <translation>private session</translation>
    </message>
    <message>
        <source>%1, %2: covered (%3 of %4)</source>
        <translation>%1, %2: covered (%3 of %4)</translation>
    </message>
    <message>
        <source>%1, %2: not covered. %3</source>
        <translation>%1, %2: not covered. %3</translation>
    </message>
    <message>
        <source>Start a year of &amp;care (Mon soutien psy)…</source>
        <translation>Start a year of &amp;care (Mon soutien psy)…</translation>
    </message>
    <message>
        <source>You paid the psychologist: %1</source>
        <translation>You paid the psychologist: %1</translation>
    </message>
    <message>
        <source>Expected from the CPAM: %1</source>
        <translation>Expected from the CPAM: %1</translation>
    </message>
    <message>
        <source>Received from the CPAM: %1</source>
        <translation>Received from the CPAM: %1</translation>
    </message>
    <message>
        <source>Still owed by the CPAM: %1</source>
        <translation>Still owed by the CPAM: %1</translation>
    </message>
    <message>
        <source>Expected from the mutuelle: %1</source>
        <translation>Expected from the mutuelle: %1</translation>
    </message>
    <message>
        <source>Received from the mutuelle: %1</source>
        <translation>Received from the mutuelle: %1</translation>
    </message>
    <message>
        <source>Still owed by the mutuelle: %1</source>
        <translation>Still owed by the mutuelle: %1</translation>
    </message>
    <message>
        <source>Still owed to you in all: %1</source>
        <translation>Still owed to you in all: %1</translation>
    </message>
    <message>
        <source>None this year: too young (covered from %1 on)</source>
        <translation>None this year: too young (covered from %1 on)</translation>
    </message>
    <message numerus="yes">
        <source>%n left, from %1 on</source>
        <translation>
            <numerusform>%n left, from %1 on</numerusform>
            <numerusform>%n left, from %1 on</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carnet::Database</name>
    <message>
        <source>No file was given.</source>
        <translation>No file was given.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 is not a file.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>Carnet cannot create the folder %1.</source>
        <translation>Carnet cannot create the folder %1.</translation>
    </message>
    <message>
        <source>The file is already open in %1 (process %2 on %3). Close it there first, or open it read-only.</source>
        <translation>The file is already open in %1 (process %2 on %3). Close it there first, or open it read-only.</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>another program</translation>
    </message>
    <message>
        <source>an unknown computer</source>
        <translation>an unknown computer</translation>
    </message>
    <message>
        <source>Carnet cannot lock the file %1 (is its folder writable?).</source>
        <translation>Carnet cannot lock the file %1 (is its folder writable?).</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>it is empty</translation>
    </message>
    <message>
        <source>Carnet cannot create the file %1.</source>
        <translation>Carnet cannot create the file %1.</translation>
    </message>
    <message>
        <source>it is not a sound database</source>
        <translation>it is not a sound database</translation>
    </message>
    <message>
        <source>Carnet cannot open %1: %2</source>
        <translation>Carnet cannot open %1: %2</translation>
    </message>
    <message>
        <source>it is not a Carnet file</source>
        <translation>it is not a Carnet file</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Carnet (file version %2; this Carnet reads up to version %3). Update Carnet to open it. The file was not changed.</source>
        <translation>%1 was written by a newer version of Carnet (file version %2; this Carnet reads up to version %3). Update Carnet to open it. The file was not changed.</translation>
    </message>
    <message>
        <source>it fails the integrity check</source>
        <translation>it fails the integrity check</translation>
    </message>
    <message>
        <source>The file is in use by another Carnet and must be upgraded before it can be read. Close the other Carnet first.</source>
        <translation>The file is in use by another Carnet and must be upgraded before it can be read. Close the other Carnet first.</translation>
    </message>
    <message>
        <source>Carnet must back up the file before upgrading it, and the backup failed: %1 The file was not changed.</source>
        <translation>Carnet must back up the file before upgrading it, and the backup failed: %1 The file was not changed.</translation>
    </message>
    <message>
        <source>A backup cannot be made in the middle of a change.</source>
        <translation>A backup cannot be made in the middle of a change.</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>The backup %1 does not exist.</translation>
    </message>
    <message>
        <source>A file cannot be restored from itself.</source>
        <translation>A file cannot be restored from itself.</translation>
    </message>
    <message>
        <source>The file is open in Carnet: close it before restoring a backup.</source>
        <translation>The file is open in Carnet: close it before restoring a backup.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read.</source>
        <translation>The backup %1 cannot be read.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: %2. Nothing was changed.</source>
        <translation>The backup %1 cannot be restored: %2. Nothing was changed.</translation>
    </message>
    <message>
        <source>Carnet cannot create the backup folder %1.</source>
        <translation>Carnet cannot create the backup folder %1.</translation>
    </message>
    <message>
        <source>Carnet cannot keep a copy of the file it would replace; nothing was changed.</source>
        <translation>Carnet cannot keep a copy of the file it would replace; nothing was changed.</translation>
    </message>
    <message>
        <source>The backup could not replace %1.</source>
        <translation>The backup could not replace %1.</translation>
    </message>
    <message>
        <source>The upgrade to file version %1 is missing.</source>
        <translation>The upgrade to file version %1 is missing.</translation>
    </message>
    <message>
        <source>This entry no longer exists.</source>
        <translation>This entry no longer exists.</translation>
    </message>
    <message>
        <source>The file holds a value Carnet cannot read (%1.%2).</source>
        <translation>The file holds a value Carnet cannot read (%1.%2).</translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>The backup could not be written: %1</translation>
    </message>
    <message>
        <source>The backup could not be written to %1.</source>
        <translation>The backup could not be written to %1.</translation>
    </message>
    <message>
        <source>There is no backup of it.</source>
        <translation>There is no backup of it.</translation>
    </message>
    <message>
        <source>The latest backup is %1 (%2): restore it to go on.</source>
        <translation>The latest backup is %1 (%2): restore it to go on.</translation>
    </message>
    <message>
        <source>Carnet cannot open %1: %2. The file was not changed. %3</source>
        <translation>Carnet cannot open %1: %2. The file was not changed. %3</translation>
    </message>
    <message>
        <source>This file is open read-only because another Carnet is using it: nothing was saved.</source>
        <translation>This file is open read-only because another Carnet is using it: nothing was saved.</translation>
    </message>
    <message>
        <source>it was written by a newer Carnet</source>
        <translation>it was written by a newer Carnet</translation>
    </message>
    <message>
        <source>The file cannot use a write-ahead log (journal mode %1).</source>
        <translation>The file cannot use a write-ahead log (journal mode %1).</translation>
    </message>
    <message>
        <source>it cannot be read</source>
        <translation>it cannot be read</translation>
    </message>
    <message>
        <source>it is too short to be a database (truncated?)</source>
        <translation>it is too short to be a database (truncated?)</translation>
    </message>
    <message>
        <source>it is not a Carnet database</source>
        <translation>it is not a Carnet database</translation>
    </message>
    <message>
        <source>its header is damaged</source>
        <translation>its header is damaged</translation>
    </message>
    <message>
        <source>it has been cut short (truncated)</source>
        <translation>it has been cut short (truncated)</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>The disk is full: nothing was saved. Free some space and try again.</translation>
    </message>
    <message>
        <source>The file is read-only: nothing was saved.</source>
        <translation>The file is read-only: nothing was saved.</translation>
    </message>
    <message>
        <source>The file is busy in another program: nothing was saved. Try again.</source>
        <translation>The file is busy in another program: nothing was saved. Try again.</translation>
    </message>
    <message>
        <source>The file is damaged: nothing was saved. Restore a backup.</source>
        <translation>The file is damaged: nothing was saved. Restore a backup.</translation>
    </message>
    <message>
        <source>The change contradicts what the file already holds: nothing was saved.</source>
        <translation>The change contradicts what the file already holds: nothing was saved.</translation>
    </message>
    <message>
        <source>The file cannot be read or written (%1): nothing was saved.</source>
        <translation>The file cannot be read or written (%1): nothing was saved.</translation>
    </message>
    <message>
        <source>The database refused the change (%1): nothing was saved.</source>
        <translation>The database refused the change (%1): nothing was saved.</translation>
    </message>
</context>
<context>
    <name>carnet::EncryptedContainer</name>
    <message>
        <source>Wrong passphrase, or the file was changed.</source>
        <translation>Wrong passphrase, or the file was changed.</translation>
    </message>
    <message>
        <source>Carnet could not derive the key from the passphrase (not enough memory?).</source>
        <translation>Carnet could not derive the key from the passphrase (not enough memory?).</translation>
    </message>
    <message>
        <source>The encryption library could not start.</source>
        <translation>The encryption library could not start.</translation>
    </message>
    <message>
        <source>These key derivation limits are out of range.</source>
        <translation>These key derivation limits are out of range.</translation>
    </message>
    <message>
        <source>This file is not an encrypted Carnet export.</source>
        <translation>This file is not an encrypted Carnet export.</translation>
    </message>
    <message>
        <source>This file was encrypted by a newer Carnet (format %1): update Carnet to open it.</source>
        <translation>This file was encrypted by a newer Carnet (format %1): update Carnet to open it.</translation>
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
        <source>&lt;p&gt;Since 15 June 2024, anyone aged 3 or more can see a &lt;b&gt;partner psychologist&lt;/b&gt; (psychologue conventionné) directly, without a doctor&apos;s letter.&lt;/p&gt;&lt;p&gt;Each calendar year: one &lt;b&gt;evaluation session&lt;/b&gt; (entretien d&apos;évaluation) and up to &lt;b&gt;11 follow-up sessions&lt;/b&gt; (séances de suivi), 50 € each, with no extra fee.&lt;/p&gt;&lt;p&gt;The CPAM pays back 60 % from the &lt;b&gt;feuille de soins&lt;/b&gt; (care sheet) you send it; your mutuelle pays the other 40 %. With the C2S, the AME, an ALD, from the 6th month of pregnancy or after a work accident, you pay nothing in advance.&lt;/p&gt;&lt;p&gt;Minors need the consent of those who hold parental authority.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Since 15 June 2024, anyone aged 3 or more can see a &lt;b&gt;partner psychologist&lt;/b&gt; (psychologue conventionné) directly, without a doctor&apos;s letter.&lt;/p&gt;&lt;p&gt;Each calendar year: one &lt;b&gt;evaluation session&lt;/b&gt; (entretien d&apos;évaluation) and up to &lt;b&gt;11 follow-up sessions&lt;/b&gt; (séances de suivi), 50 € each, with no extra fee.&lt;/p&gt;&lt;p&gt;The CPAM pays back 60 % from the &lt;b&gt;feuille de soins&lt;/b&gt; (care sheet) you send it; your mutuelle pays the other 40 %. With the C2S, the AME, an ALD, from the 6th month of pregnancy or after a work accident, you pay nothing in advance.&lt;/p&gt;&lt;p&gt;Minors need the consent of those who hold parental authority.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Help to pay: the CPAM&apos;s individual financial aid</source>
        <translation>Help to pay: the CPAM&apos;s individual financial aid</translation>
    </message>
    <message>
        <source>&lt;p&gt;If your income is modest, your CPAM can grant a one-off &lt;b&gt;aide financière individuelle&lt;/b&gt; (AFI) that may pay for psychotherapy. A commission of your département decides; the answer often takes several months, and the rules differ from one département to another. Carnet helps you build the dossier, but it cannot promise an outcome.&lt;/p&gt;</source>
        <translation>&lt;p&gt;If your income is modest, your CPAM can grant a one-off &lt;b&gt;aide financière individuelle&lt;/b&gt; (AFI) that may pay for psychotherapy. A commission of your département decides; the answer often takes several months, and the rules differ from one département to another. Carnet helps you build the dossier, but it cannot promise an outcome.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
</context>
<context>
    <name>carnet::IncompleteDossier</name>
    <message numerus="yes">
        <source>%n document(s) missing.</source>
        <translation>
            <numerusform>%n document missing.</numerusform>
            <numerusform>%n documents missing.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the dossier</source>
        <translation>Print the dossier</translation>
    </message>
    <message>
        <source>Print it anyway?</source>
        <translation>Print it anyway?</translation>
    </message>
    <message>
        <source>Print anyway</source>
        <translation>Print anyway</translation>
    </message>
    <message>
        <source>Print the documents</source>
        <translation>Print the documents</translation>
    </message>
    <message>
        <source>Write the cover letter, the summary and the dossier anyway? (The letter asking for a quote and the quote are written either way.)</source>
        <translation>Write the cover letter, the summary and the dossier anyway? (The letter asking for a quote and the quote are written either way.)</translation>
    </message>
    <message>
        <source>Write them anyway</source>
        <translation>Write them anyway</translation>
    </message>
    <message>
        <source>Dossier sent</source>
        <translation>Dossier sent</translation>
    </message>
    <message>
        <source>Record it as sent anyway?</source>
        <translation>Record it as sent anyway?</translation>
    </message>
    <message>
        <source>Record as sent anyway</source>
        <translation>Record as sent anyway</translation>
    </message>
    <message>
        <source>This dossier is not complete yet:
%1

A caisse may send an incomplete dossier back, or wait for the missing documents. %2</source>
        <translation>This dossier is not complete yet:
%1

A caisse may send an incomplete dossier back, or wait for the missing documents. %2</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
</context>
<context>
    <name>carnet::JsonExport</name>
    <message>
        <source>This person does not exist.</source>
        <translation>This person does not exist.</translation>
    </message>
    <message>
        <source>Carnet cannot write %1: %2</source>
        <translation>Carnet cannot write %1: %2</translation>
    </message>
    <message>
        <source>The export to %1 failed (is the disk full?); nothing was written.</source>
        <translation>The export to %1 failed (is the disk full?); nothing was written.</translation>
    </message>
</context>
<context>
    <name>carnet::JsonImport</name>
    <message>
        <source>This file is open read-only: nothing was imported.</source>
        <translation>This file is open read-only: nothing was imported.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>The file %1 cannot be read.</translation>
    </message>
    <message>
        <source>The document is too large to import.</source>
        <translation>The document is too large to import.</translation>
    </message>
    <message>
        <source>The document cannot be imported: %1 %2. Nothing was changed.</source>
        <translation>The document cannot be imported: %1 %2. Nothing was changed.</translation>
    </message>
    <message>
        <source>it</source>
        <translation>it</translation>
    </message>
    <message>
        <source>is not part of the format</source>
        <translation>is not part of the format</translation>
    </message>
    <message>
        <source>should be an object</source>
        <translation>should be an object</translation>
    </message>
    <message>
        <source>should be a list</source>
        <translation>should be a list</translation>
    </message>
    <message>
        <source>should be text</source>
        <translation>should be text</translation>
    </message>
    <message>
        <source>is too long</source>
        <translation>is too long</translation>
    </message>
    <message>
        <source>should be a whole number</source>
        <translation>should be a whole number</translation>
    </message>
    <message>
        <source>is out of range (%1 to %2)</source>
        <translation>is out of range (%1 to %2)</translation>
    </message>
    <message>
        <source>should be true or false</source>
        <translation>should be true or false</translation>
    </message>
    <message>
        <source>should be a date (YYYY-MM-DD)</source>
        <translation>should be a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>has an unknown value &quot;%1&quot;</source>
        <translation>has an unknown value &quot;%1&quot;</translation>
    </message>
    <message>
        <source>is not a SHA-256 in hex</source>
        <translation>is not a SHA-256 in hex</translation>
    </message>
    <message>
        <source>should be a date and time</source>
        <translation>should be a date and time</translation>
    </message>
    <message>
        <source>is not valid base64</source>
        <translation>is not valid base64</translation>
    </message>
    <message>
        <source>does not match its size and SHA-256</source>
        <translation>does not match its size and SHA-256</translation>
    </message>
    <message>
        <source>is not a département code</source>
        <translation>is not a département code</translation>
    </message>
    <message>
        <source>is empty or used twice</source>
        <translation>is empty or used twice</translation>
    </message>
    <message>
        <source>is used twice</source>
        <translation>is used twice</translation>
    </message>
    <message>
        <source>refers to something the document does not hold</source>
        <translation>refers to something the document does not hold</translation>
    </message>
    <message>
        <source>is a courrier for another person</source>
        <translation>is a courrier for another person</translation>
    </message>
    <message>
        <source>is a session of another person</source>
        <translation>is a session of another person</translation>
    </message>
    <message>
        <source>is on two care sheets</source>
        <translation>is on two care sheets</translation>
    </message>
    <message>
        <source>is paid twice by the same payment</source>
        <translation>is paid twice by the same payment</translation>
    </message>
    <message>
        <source>The document is not valid JSON (%1 at byte %2): is it complete? Nothing was changed.</source>
        <translation>The document is not valid JSON (%1 at byte %2): is it complete? Nothing was changed.</translation>
    </message>
    <message>
        <source>The document is not a Carnet export.</source>
        <translation>The document is not a Carnet export.</translation>
    </message>
    <message>
        <source>The document does not say which version of the format it uses.</source>
        <translation>The document does not say which version of the format it uses.</translation>
    </message>
    <message>
        <source>The document was written by a newer Carnet (format version %1; this Carnet reads version %2). Update Carnet to import it.</source>
        <translation>The document was written by a newer Carnet (format version %1; this Carnet reads version %2). Update Carnet to import it.</translation>
    </message>
    <message>
        <source>The document uses an unknown format version (%1).</source>
        <translation>The document uses an unknown format version (%1).</translation>
    </message>
    <message>
        <source>should be &quot;file&quot; or &quot;person&quot;</source>
        <translation>should be &quot;file&quot; or &quot;person&quot;</translation>
    </message>
    <message>
        <source>is not a setting name</source>
        <translation>is not a setting name</translation>
    </message>
    <message>
        <source>should be a number of days</source>
        <translation>should be a number of days</translation>
    </message>
    <message>
        <source>is not an aid setting with a number from 0 to 120</source>
        <translation>is not an aid setting with a number from 0 to 120</translation>
    </message>
    <message>
        <source>The file already holds an entry with id %1 (%2): import into a new file, or import the document as new entries. Nothing was changed.</source>
        <translation>The file already holds an entry with id %1 (%2): import into a new file, or import the document as new entries. Nothing was changed.</translation>
    </message>
    <message>
        <source>Carnet cannot write in its attachments folder.</source>
        <translation>Carnet cannot write in its attachments folder.</translation>
    </message>
    <message>
        <source>An attached file could not be written (is the disk full?).</source>
        <translation>An attached file could not be written (is the disk full?).</translation>
    </message>
    <message>
        <source>The document cannot be imported: %1: %2 Nothing was changed.</source>
        <translation>The document cannot be imported: %1: %2 Nothing was changed.</translation>
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
        <source>I&apos;m not &amp;well: numbers to call</source>
        <translation>I&apos;m not &amp;well: numbers to call</translation>
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
        <source>&lt;h3&gt;Carnet %1&lt;/h3&gt;&lt;p&gt;Keeps, on your own computer, the record of your psychological care and of the money around it: Mon soutien psy sessions, feuilles de soins, what the CPAM and the mutuelle owe you, and requests for the CPAM&apos;s individual financial aid.&lt;/p&gt;&lt;p&gt;Your data stays on this computer, in a file only you can read.&lt;/p&gt;&lt;p&gt;Carnet is not an official tool of the Assurance Maladie. Rules change: check ameli.fr when in doubt.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Carnet %1&lt;/h3&gt;&lt;p&gt;Keeps, on your own computer, the record of your psychological care and of the money around it: Mon soutien psy sessions, feuilles de soins, what the CPAM and the mutuelle owe you, and requests for the CPAM&apos;s individual financial aid.&lt;/p&gt;&lt;p&gt;Your data stays on this computer, in a file only you can read.&lt;/p&gt;&lt;p&gt;Carnet is not an official tool of the Assurance Maladie. Rules change: check ameli.fr when in doubt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Import from JSON…</source>
        <translation>&amp;Import from JSON…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>The whole file as &amp;JSON…</source>
        <translation>The whole file as &amp;JSON…</translation>
    </message>
    <message>
        <source>The current &amp;person as JSON…</source>
        <translation>The current &amp;person as JSON…</translation>
    </message>
    <message>
        <source>&amp;Sessions as CSV…</source>
        <translation>&amp;Sessions as CSV…</translation>
    </message>
    <message>
        <source>P&amp;ayments as CSV…</source>
        <translation>P&amp;ayments as CSV…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation>Restore from a &amp;backup…</translation>
    </message>
    <message>
        <source>&amp;Close file</source>
        <translation>&amp;Close file</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Add a person…</source>
        <translation>&amp;Add a person…</translation>
    </message>
    <message>
        <source>&amp;Edit this person…</source>
        <translation>&amp;Edit this person…</translation>
    </message>
    <message>
        <source>&amp;Persons…</source>
        <translation>&amp;Persons…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Choose the &amp;person</source>
        <translation>Choose the &amp;person</translation>
    </message>
    <message>
        <source>Choose the &amp;year</source>
        <translation>Choose the &amp;year</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sessions</translation>
    </message>
    <message>
        <source>I just had a &amp;session…</source>
        <translation>I just had a &amp;session…</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Opened read-only.</source>
        <translation>Opened read-only.</translation>
    </message>
    <message>
        <source>Opened.</source>
        <translation>Opened.</translation>
    </message>
    <message>
        <source>“%1” already exists. Carnet does not overwrite a file: open it (File, Open), or choose another name.</source>
        <translation>“%1” already exists. Carnet does not overwrite a file: open it (File, Open), or choose another name.</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (read-only)</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(nobody yet)</translation>
    </message>
    <message>
        <source>(no file)</source>
        <translation>(no file)</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>Backup made: %1</source>
        <translation>Backup made: %1</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Go back to the backup of %1? The current file is kept as a copy beside it, but what was recorded after the backup will no longer show.</source>
        <translation>Go back to the backup of %1? The current file is kept as a copy beside it, but what was recorded after the backup will no longer show.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation>Backup restored.</translation>
    </message>
    <message>
        <source>Carnet</source>
        <translation>Carnet</translation>
    </message>
    <message>
        <source>Start a year of &amp;care (Mon soutien psy)…</source>
        <translation>Start a year of &amp;care (Mon soutien psy)…</translation>
    </message>
    <message>
        <source>The current person, en&amp;crypted to hand back…</source>
        <translation>The current person, en&amp;crypted to hand back…</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>To do</translation>
    </message>
</context>
<context>
    <name>carnet::MoneyChart</name>
    <message>
        <source>Paid and reimbursed, month by month</source>
        <translation>Paid and reimbursed, month by month</translation>
    </message>
    <message>
        <source>Paid to the psychologist</source>
        <translation>Paid to the psychologist</translation>
    </message>
    <message>
        <source>Reimbursed (CPAM and mutuelle)</source>
        <translation>Reimbursed (CPAM and mutuelle)</translation>
    </message>
    <message>
        <source>euros</source>
        <translation>euros</translation>
    </message>
</context>
<context>
    <name>carnet::NewCareSheetDialog</name>
    <message>
        <source>Create a care sheet</source>
        <translation>Create a care sheet</translation>
    </message>
    <message>
        <source>The psychologist gives you a feuille de soins for the sessions you paid. Tick the sessions it lists.</source>
        <translation>The psychologist gives you a feuille de soins for the sessions you paid. Tick the sessions it lists.</translation>
    </message>
    <message>
        <source>S&amp;essions on this care sheet:</source>
        <translation>S&amp;essions on this care sheet:</translation>
    </message>
    <message>
        <source>Sessions on this care sheet</source>
        <translation>Sessions on this care sheet</translation>
    </message>
    <message>
        <source>Date the care sheet was issued</source>
        <translation>Date the care sheet was issued</translation>
    </message>
    <message>
        <source>&amp;Issued on:</source>
        <translation>&amp;Issued on:</translation>
    </message>
    <message>
        <source>Paper or electronic care sheet</source>
        <translation>Paper or electronic care sheet</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Electronic (sent by the psychologist)</source>
        <translation>Electronic (sent by the psychologist)</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Form:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>Every session already is on a care sheet.</source>
        <translation>Every session already is on a care sheet.</translation>
    </message>
    <message>
        <source>Tick at least one session.</source>
        <translation>Tick at least one session.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) on this care sheet.</source>
        <translation>
            <numerusform>%n session on this care sheet.</numerusform>
            <numerusform>%n sessions on this care sheet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carnet::OptionalDateEdit</name>
    <message>
        <source>Not a date: type it like %1.</source>
        <translation>Not a date: type it like %1.</translation>
    </message>
    <message>
        <source>Type the date like %1, or pick it on the calendar (F4).</source>
        <translation>Type the date like %1, or pick it on the calendar (F4).</translation>
    </message>
    <message>
        <source>Pick the date on a calendar</source>
        <translation>Pick the date on a calendar</translation>
    </message>
</context>
<context>
    <name>carnet::PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>The same passphrase again</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Again:</translation>
    </message>
    <message>
        <source>&amp;Show what I type</source>
        <translation>&amp;Show what I type</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters. A short sentence is easy to remember and strong.</source>
        <translation>
            <numerusform>At least %n characters. A short sentence is easy to remember and strong.</numerusform>
            <numerusform>At least %n characters. A short sentence is easy to remember and strong.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too short: at least %n characters.</source>
        <translation>
            <numerusform>Too short: at least %n characters.</numerusform>
            <numerusform>Too short: at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Strength: weak. Make it longer, with more different characters.</source>
        <translation>Strength: weak. Make it longer, with more different characters.</translation>
    </message>
    <message>
        <source>Strength: fair. Longer, or mixing capitals, digits and signs, is stronger.</source>
        <translation>Strength: fair. Longer, or mixing capitals, digits and signs, is stronger.</translation>
    </message>
    <message>
        <source>Strength: strong.</source>
        <translation>Strength: strong.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
</context>
<context>
    <name>carnet::PassphrasePolicy</name>
    <message numerus="yes">
        <source>The passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>The passphrase needs at least %n characters.</numerusform>
            <numerusform>The passphrase needs at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carnet::PaymentDialog</name>
    <message>
        <source>Record a payment</source>
        <translation>Record a payment</translation>
    </message>
    <message>
        <source>Who paid</source>
        <translation>Who paid</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>Date the payment was received</source>
        <translation>Date the payment was received</translation>
    </message>
    <message>
        <source>Received &amp;on:</source>
        <translation>Received &amp;on:</translation>
    </message>
    <message>
        <source>Amount received, in euros</source>
        <translation>Amount received, in euros</translation>
    </message>
    <message>
        <source>for example %1</source>
        <translation>for example %1</translation>
    </message>
    <message>
        <source>&amp;Amount (€):</source>
        <translation>&amp;Amount (€):</translation>
    </message>
    <message>
        <source>Reference of the payment</source>
        <translation>Reference of the payment</translation>
    </message>
    <message>
        <source>As written on your bank statement or the CPAM&apos;s décompte (optional).</source>
        <translation>As written on your bank statement or the CPAM&apos;s décompte (optional).</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Reference:</translation>
    </message>
    <message>
        <source>&amp;Sessions this payment pays (tick them; the shares are proposed from what each is still owed, and you can change them):</source>
        <translation>&amp;Sessions this payment pays (tick them; the shares are proposed from what each is still owed, and you can change them):</translation>
    </message>
    <message>
        <source>Sessions this payment pays, with the share of each</source>
        <translation>Sessions this payment pays, with the share of each</translation>
    </message>
    <message>
        <source>Does the split add up</source>
        <translation>Does the split add up</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>Type the amount received, in euros (for example %1).</source>
        <translation>Type the amount received, in euros (for example %1).</translation>
    </message>
    <message>
        <source>Tick the sessions this payment is for.</source>
        <translation>Tick the sessions this payment is for.</translation>
    </message>
    <message>
        <source>The shares add up to %1: %2 less than the amount received (%3). Change the shares so that they add up to the amount.</source>
        <translation>The shares add up to %1: %2 less than the amount received (%3). Change the shares so that they add up to the amount.</translation>
    </message>
    <message>
        <source>The shares add up to %1: %2 more than the amount received (%3). Change the shares so that they add up to the amount.</source>
        <translation>The shares add up to %1: %2 more than the amount received (%3). Change the shares so that they add up to the amount.</translation>
    </message>
    <message>
        <source>The shares add up to the amount received.</source>
        <translation>The shares add up to the amount received.</translation>
    </message>
</context>
<context>
    <name>carnet::PeopleService</name>
    <message>
        <source>This person still has sessions, courriers, care sheets or aid requests: remove them first.</source>
        <translation>This person still has sessions, courriers, care sheets or aid requests: remove them first.</translation>
    </message>
    <message>
        <source>Sessions were recorded with this psychologist: the role cannot change.</source>
        <translation>Sessions were recorded with this psychologist: the role cannot change.</translation>
    </message>
    <message>
        <source>Sessions or aid requests name this practitioner: remove them first.</source>
        <translation>Sessions or aid requests name this practitioner: remove them first.</translation>
    </message>
    <message>
        <source>An id cannot be negative.</source>
        <translation>An id cannot be negative.</translation>
    </message>
    <message>
        <source>The attached file does not exist.</source>
        <translation>The attached file does not exist.</translation>
    </message>
    <message>
        <source>Sessions rely on this courrier: it cannot move to another person.</source>
        <translation>Sessions rely on this courrier: it cannot move to another person.</translation>
    </message>
</context>
<context>
    <name>carnet::PersonDialog</name>
    <message>
        <source>Add a person</source>
        <translation>Add a person</translation>
    </message>
    <message>
        <source>Edit a person</source>
        <translation>Edit a person</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Birth date:</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Myself</source>
        <translation>Myself</translation>
    </message>
    <message>
        <source>My child</source>
        <translation>My child</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Someone else</translation>
    </message>
    <message>
        <source>&amp;Who is it:</source>
        <translation>&amp;Who is it:</translation>
    </message>
    <message>
        <source>Social security number (optional)</source>
        <translation>Social security number (optional)</translation>
    </message>
    <message>
        <source>optional, 15 characters</source>
        <translation>optional, 15 characters</translation>
    </message>
    <message>
        <source>Social &amp;security number:</source>
        <translation>Social &amp;security number:</translation>
    </message>
    <message>
        <source>Mutuelle (leave empty if none)</source>
        <translation>Mutuelle (leave empty if none)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>The name of the complementary health insurer. Leave empty if there is none.</source>
        <translation>The name of the complementary health insurer. Leave empty if there is none.</translation>
    </message>
    <message>
        <source>&amp;Mutuelle:</source>
        <translation>&amp;Mutuelle:</translation>
    </message>
    <message>
        <source>&amp;Cover situations (C2S, AME, ALD, maternity, work accident): leave empty for the standard cover (60 % CPAM, 40 % mutuelle).</source>
        <translation>&amp;Cover situations (C2S, AME, ALD, maternity, work accident): leave empty for the standard cover (60 % CPAM, 40 % mutuelle).</translation>
    </message>
    <message>
        <source>Cover situations</source>
        <translation>Cover situations</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>&amp;Add a situation</source>
        <translation>&amp;Add a situation</translation>
    </message>
    <message>
        <source>Remove the situation</source>
        <translation>Remove the situation</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Standard (60 % CPAM)</source>
        <translation>Standard (60 % CPAM)</translation>
    </message>
    <message>
        <source>C2S (complémentaire santé solidaire)</source>
        <translation>C2S (complémentaire santé solidaire)</translation>
    </message>
    <message>
        <source>AME (aide médicale de l&apos;État)</source>
        <translation>AME (aide médicale de l&apos;État)</translation>
    </message>
    <message>
        <source>ALD (long-term illness, care linked to it)</source>
        <translation>ALD (long-term illness, care linked to it)</translation>
    </message>
    <message>
        <source>Maternity (from the 6th month)</source>
        <translation>Maternity (from the 6th month)</translation>
    </message>
    <message>
        <source>Work accident or occupational disease</source>
        <translation>Work accident or occupational disease</translation>
    </message>
    <message>
        <source>always</source>
        <translation>always</translation>
    </message>
    <message>
        <source>still running</source>
        <translation>still running</translation>
    </message>
    <message>
        <source>“%1” is not a date. Type it like %2, or leave the field empty.</source>
        <translation>“%1” is not a date. Type it like %2, or leave the field empty.</translation>
    </message>
</context>
<context>
    <name>carnet::PersonSwitcher</name>
    <message>
        <source>Type a name</source>
        <translation>Type a name</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to do</source>
        <translation>
            <numerusform>%n thing to do</numerusform>
            <numerusform>%n things to do</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carnet::PersonsDialog</name>
    <message>
        <source>Persons</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>The persons whose care this file follows: you, a child (3 or older for Mon soutien psy), someone you help.</source>
        <translation>The persons whose care this file follows: you, a child (3 or older for Mon soutien psy), someone you help.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Mutuelle</source>
        <translation>Mutuelle</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Myself</source>
        <translation>Myself</translation>
    </message>
    <message>
        <source>My child</source>
        <translation>My child</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Someone else</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Not old enough for Mon soutien psy yet</source>
        <translation>Not old enough for Mon soutien psy yet</translation>
    </message>
    <message>
        <source>Remove a person</source>
        <translation>Remove a person</translation>
    </message>
    <message>
        <source>Remove %1 from this file? You can undo it (Edit menu).</source>
        <translation>Remove %1 from this file? You can undo it (Edit menu).</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Find a person</translation>
    </message>
    <message>
        <source>Any part of a name</source>
        <translation>Any part of a name</translation>
    </message>
    <message>
        <source>S&amp;how archived</source>
        <translation>S&amp;how archived</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>Ar&amp;chive</source>
        <translation>Ar&amp;chive</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archived)</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to do</source>
        <translation>
            <numerusform>%n thing to do</numerusform>
            <numerusform>%n things to do</numerusform>
        </translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>Un&amp;archive</translation>
    </message>
</context>
<context>
    <name>carnet::QuickEntryDialog</name>
    <message>
        <source>Record a session</source>
        <translation>Record a session</translation>
    </message>
    <message>
        <source>Date of the session</source>
        <translation>Date of the session</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Psychologist</source>
        <translation>Psychologist</translation>
    </message>
    <message>
        <source>&amp;Psychologist:</source>
        <translation>&amp;Psychologist:</translation>
    </message>
    <message>
        <source>Kind of session</source>
        <translation>Kind of session</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>In person or remote</source>
        <translation>In person or remote</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Where:</translation>
    </message>
    <message>
        <source>Fee charged, in euros</source>
        <translation>Fee charged, in euros</translation>
    </message>
    <message>
        <source>&amp;Fee (€):</source>
        <translation>&amp;Fee (€):</translation>
    </message>
    <message>
        <source>Amount you paid the psychologist, in euros</source>
        <translation>Amount you paid the psychologist, in euros</translation>
    </message>
    <message>
        <source>What you advanced. With tiers payant (C2S, AME, ALD, maternity, work accident) you advance nothing.</source>
        <translation>What you advanced. With tiers payant (C2S, AME, ALD, maternity, work accident) you advance nothing.</translation>
    </message>
    <message>
        <source>P&amp;aid (€):</source>
        <translation>P&amp;aid (€):</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Coverage of this session</source>
        <translation>Coverage of this session</translation>
    </message>
    <message>
        <source>%1 (not a partner of the scheme)</source>
        <translation>%1 (not a partner of the scheme)</translation>
    </message>
    <message>
        <source>No psychologist in this file yet. Add yours with the Mon soutien psy path assistant first.</source>
        <translation>No psychologist in this file yet. Add yours with the Mon soutien psy path assistant first.</translation>
    </message>
    <message>
        <source>Type the amounts in euros, for example 50 or 50.00.</source>
        <translation>Type the amounts in euros, for example 50 or 50.00.</translation>
    </message>
    <message>
        <source>Cannot be saved: %1</source>
        <translation>Cannot be saved: %1</translation>
    </message>
    <message>
        <source>Will be covered by Mon soutien psy: session %1 of %2 this year.</source>
        <translation>Will be covered by Mon soutien psy: session %1 of %2 this year.</translation>
    </message>
    <message>
        <source>Nothing to advance: the CPAM pays the psychologist directly.</source>
        <translation>Nothing to advance: the CPAM pays the psychologist directly.</translation>
    </message>
    <message>
        <source>Expected back: %1 from the CPAM, %2 from the mutuelle.</source>
        <translation>Expected back: %1 from the CPAM, %2 from the mutuelle.</translation>
    </message>
    <message>
        <source>Will not be covered: %1</source>
        <translation>Will not be covered: %1</translation>
    </message>
    <message>
        <source>Edit a session</source>
        <translation>Edit a session</translation>
    </message>
    <message>
        <source>The fee is not an amount in euros.</source>
        <translation>The fee is not an amount in euros.</translation>
    </message>
    <message>
        <source>The amount paid is not an amount in euros.</source>
        <translation>The amount paid is not an amount in euros.</translation>
    </message>
</context>
<context>
    <name>carnet::ReadSide</name>
    <message>
        <source>This year is out of range.</source>
        <translation>This year is out of range.</translation>
    </message>
    <message>
        <source>The amount must be above zero.</source>
        <translation>The amount must be above zero.</translation>
    </message>
</context>
<context>
    <name>carnet::ReaderConnection</name>
    <message>
        <source>Carnet cannot read %1: %2</source>
        <translation>Carnet cannot read %1: %2</translation>
    </message>
</context>
<context>
    <name>carnet::RestoreBackupDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Carnet makes a backup of the file every day it is opened and before each upgrade. Choose the backup to go back to. The current file is kept as a copy; what was recorded after the backup will no longer show.</source>
        <translation>Carnet makes a backup of the file every day it is opened and before each upgrade. Choose the backup to go back to. The current file is kept as a copy; what was recorded after the backup will no longer show.</translation>
    </message>
    <message>
        <source>&amp;Backups, newest first:</source>
        <translation>&amp;Backups, newest first:</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This file has no backup yet.</source>
        <translation>This file has no backup yet.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restore…</translation>
    </message>
</context>
<context>
    <name>carnet::SendSheetDialog</name>
    <message>
        <source>Care sheet sent</source>
        <translation>Care sheet sent</translation>
    </message>
    <message>
        <source>The feuille de soins for the sessions of %1. On which day did you send it to the CPAM? Carnet then knows when the reimbursement is due.</source>
        <translation>The feuille de soins for the sessions of %1. On which day did you send it to the CPAM? Carnet then knows when the reimbursement is due.</translation>
    </message>
    <message>
        <source>Date sent</source>
        <translation>Date sent</translation>
    </message>
    <message>
        <source>&amp;Sent on:</source>
        <translation>&amp;Sent on:</translation>
    </message>
</context>
<context>
    <name>carnet::ServiceSupport</name>
    <message>
        <source>An id cannot be negative.</source>
        <translation>An id cannot be negative.</translation>
    </message>
    <message>
        <source>An entry with id %1 already exists.</source>
        <translation>An entry with id %1 already exists.</translation>
    </message>
    <message>
        <source>There is no person with id %1.</source>
        <translation>There is no person with id %1.</translation>
    </message>
    <message>
        <source>There is no practitioner with id %1.</source>
        <translation>There is no practitioner with id %1.</translation>
    </message>
    <message>
        <source>There is no psychologist with id %1.</source>
        <translation>There is no psychologist with id %1.</translation>
    </message>
    <message>
        <source>There is no courrier with id %1.</source>
        <translation>There is no courrier with id %1.</translation>
    </message>
    <message>
        <source>There is no session with id %1.</source>
        <translation>There is no session with id %1.</translation>
    </message>
    <message>
        <source>There is no care sheet with id %1.</source>
        <translation>There is no care sheet with id %1.</translation>
    </message>
    <message>
        <source>There is no payment with id %1.</source>
        <translation>There is no payment with id %1.</translation>
    </message>
</context>
<context>
    <name>carnet::SessionService</name>
    <message>
        <source>An id cannot be negative.</source>
        <translation>An id cannot be negative.</translation>
    </message>
    <message>
        <source>This courrier was written for another person.</source>
        <translation>This courrier was written for another person.</translation>
    </message>
    <message>
        <source>This session is on a care sheet or already paid: it cannot move to another person.</source>
        <translation>This session is on a care sheet or already paid: it cannot move to another person.</translation>
    </message>
    <message>
        <source>This session is on a care sheet: remove the care sheet first.</source>
        <translation>This session is on a care sheet: remove the care sheet first.</translation>
    </message>
    <message>
        <source>A payment was recorded for this session: remove the payment first.</source>
        <translation>A payment was recorded for this session: remove the payment first.</translation>
    </message>
</context>
<context>
    <name>carnet::SessionTableModel</name>
    <message>
        <source>Not covered</source>
        <translation>Not covered</translation>
    </message>
    <message>
        <source>Covered (%1 of %2)</source>
        <translation>Covered (%1 of %2)</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Covered</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>None yet</translation>
    </message>
    <message>
        <source>Sent on %1</source>
        <translation>Sent on %1</translation>
    </message>
    <message>
        <source>Issued %1, to send</source>
        <translation>Issued %1, to send</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Psychologist</source>
        <translation>Psychologist</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Why not / warnings</source>
        <translation>Why not / warnings</translation>
    </message>
    <message>
        <source>Care sheet</source>
        <translation>Care sheet</translation>
    </message>
    <message>
        <source>CPAM: %1 received of %2</source>
        <translation>CPAM: %1 received of %2</translation>
    </message>
    <message>
        <source>Mutuelle: %1 received of %2</source>
        <translation>Mutuelle: %1 received of %2</translation>
    </message>
    <message>
        <source>Nothing to get back (tiers payant)</source>
        <translation>Nothing to get back (tiers payant)</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>Partly: %1 of %2</source>
        <translation>Partly: %1 of %2</translation>
    </message>
    <message>
        <source>Paid back: %1</source>
        <translation>Paid back: %1</translation>
    </message>
    <message>
        <source>Covered by the scheme</source>
        <comment>column header: covered by Mon soutien psy, its share to be paid back (not that the money came: see the Paid back column)</comment>
        <translation>Covered by the scheme</translation>
    </message>
    <message>
        <source>Paid back</source>
        <comment>column header: whether the money of a covered session came</comment>
        <translation>Paid back</translation>
    </message>
</context>
<context>
    <name>carnet::SessionTimeline</name>
    <message>
        <source>The year&apos;s sessions</source>
        <translation>The year&apos;s sessions</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) in %1</source>
        <translation>
            <numerusform>%n session in %1</numerusform>
            <numerusform>%n sessions in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n covered)</source>
        <translation>
            <numerusform>(%n covered)</numerusform>
            <numerusform>(%n covered)</numerusform>
        </translation>
    </message>
    <message>
        <source>No session recorded this year.</source>
        <translation>No session recorded this year.</translation>
    </message>
    <message>
        <source>covered</source>
        <translation>covered</translation>
    </message>
    <message>
        <source>not covered</source>
        <translation>not covered</translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation>evaluation</translation>
    </message>
</context>
<context>
    <name>carnet::SessionsPage</name>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;New session…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Filter the sessions</source>
        <translation>Filter the sessions</translation>
    </message>
    <message>
        <source>Show covered or not covered sessions</source>
        <translation>Show covered or not covered sessions</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>All sessions</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Covered</translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation>Not covered</translation>
    </message>
    <message>
        <source>Sessions of the year</source>
        <translation>Sessions of the year</translation>
    </message>
    <message>
        <source>Record a session</source>
        <translation>Record a session</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Delete session</translation>
    </message>
    <message>
        <source>Open or create a Carnet file to record sessions.</source>
        <translation>Open or create a Carnet file to record sessions.</translation>
    </message>
    <message>
        <source>Choose or add a person first.</source>
        <translation>Choose or add a person first.</translation>
    </message>
    <message>
        <source>%1, %2: %3 covered sessions used of %4, %5 left.</source>
        <translation>%1, %2: %3 covered sessions used of %4, %5 left.</translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <translation>%1, %2.</translation>
    </message>
    <message>
        <source>Record a session (Ctrl+E)</source>
        <translation>Record a session (Ctrl+E)</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <source>Nobody is in this file yet, and a session is recorded for someone. Add the person first (yourself, a child, someone you help); the session comes next.</source>
        <translation>Nobody is in this file yet, and a session is recorded for someone. Add the person first (yourself, a child, someone you help); the session comes next.</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>Add a person…</translation>
    </message>
</context>
<context>
    <name>carnet::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>When is a payment late? (this file)</source>
        <translation>When is a payment late? (this file)</translation>
    </message>
    <message>
        <source>Days after sending a paper care sheet</source>
        <translation>Days after sending a paper care sheet</translation>
    </message>
    <message>
        <source>Days after an electronic care sheet</source>
        <translation>Days after an electronic care sheet</translation>
    </message>
    <message>
        <source>Days for the mutuelle after the CPAM paid</source>
        <translation>Days for the mutuelle after the CPAM paid</translation>
    </message>
    <message>
        <source>Days before the 2-year claim limit to warn</source>
        <translation>Days before the 2-year claim limit to warn</translation>
    </message>
    <message>
        <source>&amp;Paper care sheet: late after (days)</source>
        <translation>&amp;Paper care sheet: late after (days)</translation>
    </message>
    <message>
        <source>&amp;Electronic care sheet: late after (days)</source>
        <translation>&amp;Electronic care sheet: late after (days)</translation>
    </message>
    <message>
        <source>&amp;Mutuelle, after the CPAM paid: late after (days)</source>
        <translation>&amp;Mutuelle, after the CPAM paid: late after (days)</translation>
    </message>
    <message>
        <source>&amp;Warn before the 2-year claim limit (days)</source>
        <translation>&amp;Warn before the 2-year claim limit (days)</translation>
    </message>
    <message>
        <source>New sessions (this file)</source>
        <translation>New sessions (this file)</translation>
    </message>
    <message>
        <source>Default psychologist</source>
        <translation>Default psychologist</translation>
    </message>
    <message>
        <source>The person&apos;s usual psychologist</source>
        <translation>The person&apos;s usual psychologist</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>Language of the interface</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>As the system</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>A change of language takes effect the next time Carnet starts.</source>
        <translation>A change of language takes effect the next time Carnet starts.</translation>
    </message>
    <message>
        <source>Default ps&amp;ychologist:</source>
        <translation>Default ps&amp;ychologist:</translation>
    </message>
    <message>
        <source>Answer to a request expected after (months)</source>
        <translation>Answer to a request expected after (months)</translation>
    </message>
    <message>
        <source>A grant is valid for (months)</source>
        <translation>A grant is valid for (months)</translation>
    </message>
    <message>
        <source>Income proofs no older than (months)</source>
        <translation>Income proofs no older than (months)</translation>
    </message>
    <message>
        <source>Tax notice no older than (months)</source>
        <translation>Tax notice no older than (months)</translation>
    </message>
    <message>
        <source>Lodging certificate no older than (months)</source>
        <translation>Lodging certificate no older than (months)</translation>
    </message>
    <message>
        <source>Quote no older than (months)</source>
        <translation>Quote no older than (months)</translation>
    </message>
    <message>
        <source>Warn before a grant expires (days)</source>
        <translation>Warn before a grant expires (days)</translation>
    </message>
    <message>
        <source>Answer to an appeal expected after (months)</source>
        <translation>Answer to an appeal expected after (months)</translation>
    </message>
    <message>
        <source>Individual financial aid (AFI) delays (this file)</source>
        <translation>Individual financial aid (AFI) delays (this file)</translation>
    </message>
</context>
<context>
    <name>carnet::SettingsService</name>
    <message>
        <source>A number of days must be between 1 and %1.</source>
        <translation>A number of days must be between 1 and %1.</translation>
    </message>
    <message>
        <source>Each delay must be between 1 and 120.</source>
        <translation>Each delay must be between 1 and 120.</translation>
    </message>
</context>
<context>
    <name>carnet::SplitTableModel</name>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Care sheet</source>
        <translation>Care sheet</translation>
    </message>
    <message>
        <source>Still owed</source>
        <translation>Still owed</translation>
    </message>
    <message>
        <source>Share of this payment</source>
        <translation>Share of this payment</translation>
    </message>
</context>
</TS>
