<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AddCareSheetCommand</name>
    <message>
        <source>add the care sheet of %1</source>
        <translation>l&apos;ajout de la feuille de soins du %1</translation>
    </message>
</context>
<context>
    <name>AddPaymentCommand</name>
    <message>
        <source>record the payment of %1</source>
        <translation>l&apos;enregistrement du paiement de %1</translation>
    </message>
</context>
<context>
    <name>AddPersonCommand</name>
    <message>
        <source>add the person “%1”</source>
        <translation>l&apos;ajout de la personne «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>AddPractitionerCommand</name>
    <message>
        <source>add the psychologist “%1”</source>
        <translation>l&apos;ajout du ou de la psychologue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>add the health professional “%1”</source>
        <translation>l&apos;ajout du professionnel de santé «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>AddReferralCommand</name>
    <message>
        <source>add the referral letter of %1</source>
        <translation>l&apos;ajout du courrier d&apos;accompagnement du %1</translation>
    </message>
</context>
<context>
    <name>AddSessionCommand</name>
    <message>
        <source>add the session of %1</source>
        <translation>l&apos;ajout de la séance du %1</translation>
    </message>
</context>
<context>
    <name>AidDocumentAssembler</name>
    <message>
        <source>This aid request does not exist.</source>
        <translation>Cette demande d&apos;aide n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>AidDocuments</name>
    <message>
        <source>Letter asking the psychologist for a quote</source>
        <translation>Lettre pour demander un devis au psychologue</translation>
    </message>
    <message>
        <source>Pre-filled quote for the psychologist to sign</source>
        <translation>Devis déjà rempli, à faire signer par le psychologue</translation>
    </message>
    <message>
        <source>Cover letter of the request</source>
        <translation>Lettre d&apos;accompagnement de la demande</translation>
    </message>
    <message>
        <source>Summary page (costs and documents)</source>
        <translation>Page de résumé (coûts et documents)</translation>
    </message>
    <message>
        <source>Follow-up letter (no answer)</source>
        <translation>Lettre de relance (pas de réponse)</translation>
    </message>
    <message>
        <source>Letter asking the commission to reconsider</source>
        <translation>Lettre pour demander à la commission de réexaminer</translation>
    </message>
    <message>
        <source>Grouped invoices against the grant</source>
        <translation>Factures regroupées pour l&apos;aide accordée</translation>
    </message>
    <message>
        <source>The attached file %1 cannot be read.</source>
        <translation>Le fichier joint %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The attached file %1 is neither a PDF nor an image.</source>
        <translation>Le fichier joint %1 n&apos;est ni un PDF ni une image.</translation>
    </message>
    <message>
        <source>The attached PDF files cannot be merged: the qpdf program is missing. Install it (on Debian or Ubuntu: sudo apt install qpdf) and try again.</source>
        <translation>Les fichiers PDF joints ne peuvent pas être réunis&#xa0;: le programme qpdf manque. Installez-le (sur Debian ou Ubuntu&#xa0;: sudo apt install qpdf), puis réessayez.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Impossible de créer un dossier temporaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ArchivePersonCommand</name>
    <message>
        <source>archive the person “%1”</source>
        <translation>l&apos;archivage de la personne «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unarchive the person “%1”</source>
        <translation>le retour de la personne «&#xa0;%1&#xa0;» parmi les personnes suivies</translation>
    </message>
</context>
<context>
    <name>CareLabels</name>
    <message>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Outside the scheme</source>
        <translation>Hors dispositif</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Au cabinet</translation>
    </message>
    <message>
        <source>Remote (video)</source>
        <translation>À distance (vidéo)</translation>
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
        <translation>Autre</translation>
    </message>
    <message>
        <source>Psychologist</source>
        <translation>Psychologue</translation>
    </message>
    <message>
        <source>General practitioner (médecin traitant)</source>
        <translation>Médecin traitant</translation>
    </message>
    <message>
        <source>Paediatrician</source>
        <translation>Pédiatre</translation>
    </message>
    <message>
        <source>Midwife (sage-femme)</source>
        <translation>Sage-femme</translation>
    </message>
    <message>
        <source>School doctor</source>
        <translation>Médecin scolaire</translation>
    </message>
    <message>
        <source>PMI doctor</source>
        <translation>Médecin de PMI</translation>
    </message>
    <message>
        <source>University health service (SSU)</source>
        <translation>Service de santé universitaire (SSU)</translation>
    </message>
    <message>
        <source>Hospital doctor</source>
        <translation>Médecin hospitalier</translation>
    </message>
</context>
<context>
    <name>CarePathRules</name>
    <message>
        <source>Recorded as a private session, outside Mon soutien psy.</source>
        <translation>Séance privée, enregistrée hors de Mon soutien psy.</translation>
    </message>
    <message>
        <source>The session took place before Mon soutien psy started.</source>
        <translation>La séance a eu lieu avant le début de Mon soutien psy.</translation>
    </message>
    <message>
        <source>The child was younger than 3 on the session&apos;s date: Mon soutien psy starts at 3 years old.</source>
        <translation>L&apos;enfant avait moins de 3 ans le jour de la séance. Mon soutien psy commence à 3 ans.</translation>
    </message>
    <message>
        <source>The psychologist is not a partner of Mon soutien psy (not conventionné).</source>
        <translation>Ce psychologue n&apos;est pas partenaire de Mon soutien psy (il n&apos;est pas conventionné).</translation>
    </message>
    <message>
        <source>The fee is not the scheme&apos;s tariff for this session: within Mon soutien psy no extra fee is allowed.</source>
        <translation>Le tarif de la séance n&apos;est pas celui du dispositif. Avec Mon soutien psy, aucun dépassement n&apos;est permis.</translation>
    </message>
    <message>
        <source>The evaluation took place remotely: it must be held in person to be covered.</source>
        <translation>L&apos;entretien d&apos;évaluation a eu lieu à distance. Pour être remboursé, il doit se faire au cabinet.</translation>
    </message>
    <message>
        <source>An evaluation was already covered this calendar year: only one is covered per year.</source>
        <translation>Un entretien d&apos;évaluation a déjà été remboursé cette année. Un seul est remboursé par année civile.</translation>
    </message>
    <message>
        <source>The covered sessions of this calendar year are used up: this one is beyond the yearly limit.</source>
        <translation>Toutes les séances remboursées de l&apos;année sont utilisées. Celle-ci dépasse la limite de l&apos;année.</translation>
    </message>
    <message>
        <source>Before 15 June 2024 a doctor&apos;s referral letter dated on or before the session was required.</source>
        <translation>Avant le 15 juin 2024, il fallait un courrier du médecin (courrier d&apos;adressage), daté du jour de la séance ou avant.</translation>
    </message>
    <message>
        <source>No evaluation was covered earlier this year: a yearly course usually starts with an evaluation (entretien d&apos;évaluation).</source>
        <translation>Aucun entretien d&apos;évaluation n&apos;a été remboursé plus tôt cette année. D&apos;habitude, l&apos;année commence par un entretien d&apos;évaluation.</translation>
    </message>
    <message>
        <source>This session is covered at 100 % with tiers payant: you should not have had to pay anything; ask the psychologist about it.</source>
        <translation>Cette séance est prise en charge à 100&#xa0;% avec le tiers payant&#xa0;: vous n&apos;auriez rien dû payer. Parlez-en au psychologue.</translation>
    </message>
    <message>
        <source>The psychologist&apos;s RPPS number fails its check: compare it with the one on the feuille de soins.</source>
        <translation>Le numéro RPPS du psychologue semble faux. Comparez-le avec celui de la feuille de soins.</translation>
    </message>
    <message>
        <source>Send the feuille de soins of %1.</source>
        <translation>Envoyez la feuille de soins du %1.</translation>
    </message>
    <message numerus="yes">
        <source>The CPAM payment for the feuille de soins sent on %1 is %n day(s) late.</source>
        <translation>
            <numerusform>Le paiement de la CPAM pour la feuille de soins envoyée le %1 a %n jour de retard.</numerusform>
            <numerusform>Le paiement de la CPAM pour la feuille de soins envoyée le %1 a %n jours de retard.</numerusform>
        </translation>
    </message>
    <message>
        <source>The CPAM should pay you %1 for the feuille de soins sent on %2: record the payment when it arrives.</source>
        <translation>La CPAM doit vous verser %1 pour la feuille de soins envoyée le %2. Notez le paiement quand il arrive.</translation>
    </message>
    <message numerus="yes">
        <source>The mutuelle payment for the feuille de soins sent on %1 is %n day(s) late.</source>
        <translation>
            <numerusform>Le paiement de la mutuelle pour la feuille de soins envoyée le %1 a %n jour de retard.</numerusform>
            <numerusform>Le paiement de la mutuelle pour la feuille de soins envoyée le %1 a %n jours de retard.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your mutuelle should pay you %1 for the feuille de soins sent on %2: record the payment when it arrives.</source>
        <translation>Votre mutuelle doit vous verser %1 pour la feuille de soins envoyée le %2. Notez le paiement quand il arrive.</translation>
    </message>
    <message>
        <source>Ask your psychologist for the feuille de soins of the session of %1.</source>
        <translation>Demandez à votre psychologue la feuille de soins de la séance du %1.</translation>
    </message>
    <message>
        <source>No evaluation is recorded for %1: a yearly course usually starts with an evaluation (entretien d&apos;évaluation); ask your psychologist.</source>
        <translation>Aucun entretien d&apos;évaluation n&apos;est noté pour %1. D&apos;habitude, l&apos;année commence par un entretien d&apos;évaluation. Parlez-en à votre psychologue.</translation>
    </message>
    <message>
        <source>Your %1 covered sessions for %2 are used: further sessions are not reimbursed; talk to your doctor about renewal.</source>
        <translation>Les %1 séances remboursées de %2 sont utilisées. Les séances suivantes ne sont pas remboursées. Parlez à votre médecin d&apos;un renouvellement.</translation>
    </message>
    <message numerus="yes">
        <source>The %n-year deadline to claim this session passed on %1: the CPAM may refuse the feuille de soins.</source>
        <translation>
            <numerusform>Le délai de %n an pour demander le remboursement de cette séance a pris fin le %1. La CPAM peut refuser la feuille de soins.</numerusform>
            <numerusform>Le délai de %n ans pour demander le remboursement de cette séance a pris fin le %1. La CPAM peut refuser la feuille de soins.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send the feuille de soins for this session before %1: after %n year(s) the CPAM no longer reimburses it.</source>
        <translation>
            <numerusform>Envoyez la feuille de soins de cette séance avant le %1. Après %n an, la CPAM ne rembourse plus.</numerusform>
            <numerusform>Envoyez la feuille de soins de cette séance avant le %1. Après %n ans, la CPAM ne rembourse plus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n-year deadline to send the feuille de soins of %1 passed on %2: send it anyway and ask the CPAM.</source>
        <translation>
            <numerusform>Le délai de %n an pour envoyer la feuille de soins du %1 a pris fin le %2. Envoyez-la quand même et demandez à la CPAM.</numerusform>
            <numerusform>Le délai de %n ans pour envoyer la feuille de soins du %1 a pris fin le %2. Envoyez-la quand même et demandez à la CPAM.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send the feuille de soins of %1 before %2: after %n year(s) the CPAM no longer reimburses it.</source>
        <translation>
            <numerusform>Envoyez la feuille de soins du %1 avant le %2. Après %n an, la CPAM ne rembourse plus.</numerusform>
            <numerusform>Envoyez la feuille de soins du %1 avant le %2. Après %n ans, la CPAM ne rembourse plus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n-year deadline to claim the session of %1 passed on %2: ask for its feuille de soins, send it anyway and ask the CPAM.</source>
        <translation>
            <numerusform>Le délai de %n an pour la séance du %1 a pris fin le %2. Demandez sa feuille de soins, envoyez-la quand même et demandez à la CPAM.</numerusform>
            <numerusform>Le délai de %n ans pour la séance du %1 a pris fin le %2. Demandez sa feuille de soins, envoyez-la quand même et demandez à la CPAM.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ask for the feuille de soins of the session of %1 and send it before %2: after %n year(s) the CPAM no longer reimburses it.</source>
        <translation>
            <numerusform>Demandez la feuille de soins de la séance du %1 et envoyez-la avant le %2. Après %n an, la CPAM ne rembourse plus.</numerusform>
            <numerusform>Demandez la feuille de soins de la séance du %1 et envoyez-la avant le %2. Après %n ans, la CPAM ne rembourse plus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CarePathWizard</name>
    <message>
        <source>psychologist</source>
        <translation>psychologue</translation>
    </message>
    <message>
        <source>médecin traitant (GP)</source>
        <translation>médecin traitant</translation>
    </message>
    <message>
        <source>pediatrician</source>
        <translation>pédiatre</translation>
    </message>
    <message>
        <source>midwife (sage-femme)</source>
        <translation>sage-femme</translation>
    </message>
    <message>
        <source>school doctor</source>
        <translation>médecin scolaire</translation>
    </message>
    <message>
        <source>PMI doctor</source>
        <translation>médecin de PMI</translation>
    </message>
    <message>
        <source>university health service (SSU)</source>
        <translation>service de santé universitaire (SSU)</translation>
    </message>
    <message>
        <source>hospital doctor</source>
        <translation>médecin hospitalier</translation>
    </message>
    <message>
        <source>Standard cover</source>
        <translation>Prise en charge habituelle</translation>
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
        <translation>ALD (affection de longue durée, soins liés à elle)</translation>
    </message>
    <message>
        <source>Maternity (from the 6th month)</source>
        <translation>Maternité (à partir du 6e mois)</translation>
    </message>
    <message>
        <source>Work accident or occupational disease (AT/MP)</source>
        <translation>Accident du travail ou maladie professionnelle (AT/MP)</translation>
    </message>
</context>
<context>
    <name>CareSheetsPage</name>
    <message>
        <source>the CPAM</source>
        <translation>la CPAM</translation>
    </message>
    <message>
        <source>the mutuelle</source>
        <translation>la mutuelle</translation>
    </message>
    <message>
        <source>another payer</source>
        <translation>un autre payeur</translation>
    </message>
</context>
<context>
    <name>CareSheetsSnapshot</name>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Sent on %1</source>
        <translation>Envoyée le %1</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Pas encore envoyée</translation>
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
        <translation>la modification des réglages</translation>
    </message>
</context>
<context>
    <name>CrisisLines</name>
    <message>
        <source>Suicide prevention (3114)</source>
        <translation>Prévention du suicide (3114)</translation>
    </message>
    <message>
        <source>If you have dark thoughts, or are worried about someone: free, 24 hours a day, 7 days a week, anywhere in France.</source>
        <translation>Si vous avez des idées noires, ou si vous êtes inquiet pour quelqu&apos;un&#xa0;: gratuit, 24 heures sur 24, 7 jours sur 7, partout en France.</translation>
    </message>
    <message>
        <source>SAMU (medical emergency)</source>
        <translation>SAMU (urgence médicale)</translation>
    </message>
    <message>
        <source>An immediate danger to life: call 15, day and night.</source>
        <translation>Une vie est en danger tout de suite&#xa0;: appelez le 15, de jour comme de nuit.</translation>
    </message>
    <message>
        <source>European emergency number</source>
        <translation>Numéro d&apos;urgence européen</translation>
    </message>
    <message>
        <source>Any emergency, from any phone, anywhere in Europe.</source>
        <translation>Toute urgence, depuis n&apos;importe quel téléphone, partout en Europe.</translation>
    </message>
    <message>
        <source>Emergency by text message (114)</source>
        <translation>Urgence par SMS (114)</translation>
    </message>
    <message>
        <source>If you cannot speak or hear: send a text message to 114, day and night.</source>
        <translation>Si vous ne pouvez pas parler ou entendre&#xa0;: envoyez un SMS au 114, de jour comme de nuit.</translation>
    </message>
    <message>
        <source>Fil Santé Jeunes</source>
        <translation>Fil Santé Jeunes</translation>
    </message>
    <message>
        <source>For ages 12 to 25: anonymous and free, every day from 9 am to 11 pm.</source>
        <translation>Pour les 12-25 ans&#xa0;: anonyme et gratuit, tous les jours de 9&#xa0;h à 23&#xa0;h.</translation>
    </message>
    <message>
        <source>Online harassment (3018)</source>
        <translation>Harcèlement en ligne (3018)</translation>
    </message>
    <message>
        <source>For young people facing online violence: free and anonymous, 7 days a week, 9 am to 11 pm, by phone, chat or app.</source>
        <translation>Pour les jeunes victimes de violences sur Internet&#xa0;: gratuit et anonyme, 7 jours sur 7, de 9&#xa0;h à 23&#xa0;h, par téléphone, par chat ou par l&apos;application.</translation>
    </message>
</context>
<context>
    <name>DataTransfer</name>
    <message>
        <source>Export as JSON</source>
        <translation>Exporter en JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Exported to “%1”. The file holds health data: keep it somewhere private.</source>
        <translation>Exporté dans «&#xa0;%1&#xa0;». Ce fichier contient des données de santé&#xa0;: rangez-le dans un endroit privé.</translation>
    </message>
    <message>
        <source>Export the payments</source>
        <translation>Exporter les paiements</translation>
    </message>
    <message>
        <source>Export the sessions</source>
        <translation>Exporter les séances</translation>
    </message>
    <message>
        <source>Spreadsheet files (*.csv)</source>
        <translation>Fichiers de tableur (*.csv)</translation>
    </message>
    <message>
        <source>Exported to “%1”.</source>
        <translation>Exporté dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Import from JSON</source>
        <translation>Importer depuis un fichier JSON</translation>
    </message>
    <message>
        <source>Carnet cannot read “%1”.</source>
        <translation>Carnet ne peut pas lire «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n person(s)</source>
        <translation>
            <numerusform>%n personne importée</numerusform>
            <numerusform>%n personnes importées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n séance</numerusform>
            <numerusform>%n séances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s).</source>
        <translation>
            <numerusform>%n paiement.</numerusform>
            <numerusform>%n paiements.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s):</source>
        <translation>
            <numerusform>%n avertissement&#xa0;:</numerusform>
            <numerusform>%n avertissements&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Export a person, encrypted</source>
        <translation>Exporter une personne, chiffré</translation>
    </message>
    <message>
        <source>Choose the person first.</source>
        <translation>Choisissez d&apos;abord la personne.</translation>
    </message>
    <message>
        <source>Encrypted Carnet exports (*.%1)</source>
        <translation>Exports Carnet chiffrés (*.%1)</translation>
    </message>
    <message>
        <source>%1&apos;s records and attached files will be encrypted with this passphrase. Give it to them another way than the file (say it, or write it on paper): without it the file cannot be opened, and Carnet cannot recover it.</source>
        <translation>Le dossier de %1 et ses pièces jointes seront chiffrés avec cette phrase secrète. Transmettez-la autrement que le fichier (de vive voix, ou sur papier)&#xa0;: sans elle, le fichier ne peut pas être ouvert, et Carnet ne peut pas la retrouver.</translation>
    </message>
    <message>
        <source>%1&apos;s file is exported to “%2”, encrypted. Carnet opens it with File ▸ Import, given the passphrase.</source>
        <translation>Le dossier de %1 est exporté, chiffré, dans «&#xa0;%2&#xa0;». Carnet l&apos;ouvre par Fichier ▸ Importer, avec la phrase secrète.</translation>
    </message>
    <message>
        <source>Carnet exports (*.json *.%1);;All files (*)</source>
        <translation>Exports Carnet (*.json *.%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>“%1” is encrypted. Type the passphrase it was exported with.</source>
        <translation>«&#xa0;%1&#xa0;» est chiffré. Tapez la phrase secrète donnée à l&apos;export.</translation>
    </message>
</context>
<context>
    <name>Departments</name>
    <message>
        <source>This caisse publishes the income ceilings it applies to financial aid (noted in a tutorial written before 2022).</source>
        <translation>Cette caisse publie les plafonds de revenus qu&apos;elle applique pour ses aides financières (noté dans un tutoriel écrit avant 2022).</translation>
    </message>
    <message>
        <source>This caisse may pay part of the cost of psychology or psychomotricity sessions, on a prescription by a qualified professional, when a Centre Médico-Psychologique (CMP) for children or adults has refused to take the person on (noted in a tutorial written before 2022).</source>
        <translation>Cette caisse peut payer une partie des séances de psychologie ou de psychomotricité, sur prescription d&apos;un professionnel qualifié, quand un Centre Médico-Psychologique (CMP) pour enfants ou adultes a refusé de suivre la personne (noté dans un tutoriel écrit avant 2022).</translation>
    </message>
    <message>
        <source>This caisse has its own request form (imprimé secours, version of 19 June 2020): https://www.ameli.fr/sites/default/files/imprime_ps_secours_nle_version_19_juin_2020.pdf. Psychological care was funded here even though the form does not list it (noted in a tutorial written before 2022).</source>
        <translation>Cette caisse a son propre formulaire de demande (imprimé secours, version du 19 juin 2020)&#xa0;: https://www.ameli.fr/sites/default/files/imprime_ps_secours_nle_version_19_juin_2020.pdf. Des soins psychologiques ont été financés ici, même si le formulaire ne les cite pas (noté dans un tutoriel écrit avant 2022).</translation>
    </message>
    <message>
        <source>This caisse&apos;s page says that psychology sessions (like cognitive sessions, assessments and fees above the tariff) cannot be the subject of a financial aid request (noted in a tutorial written before 2022). Ask the caisse before preparing a request.</source>
        <translation>La page de cette caisse dit que les séances de psychologie (comme les séances cognitives, les bilans et les dépassements d&apos;honoraires) ne peuvent pas faire l&apos;objet d&apos;une demande d&apos;aide financière (noté dans un tutoriel écrit avant 2022). Demandez à la caisse avant de préparer une demande.</translation>
    </message>
    <message>
        <source>The form link on this caisse&apos;s page was broken; the form could be downloaded from: https://www.ameli.fr/sites/default/files/formulaire_aide_financiere_v4.pdf (noted in a tutorial written before 2022).</source>
        <translation>Le lien vers le formulaire sur la page de cette caisse ne marchait pas. Le formulaire pouvait être téléchargé ici&#xa0;: https://www.ameli.fr/sites/default/files/formulaire_aide_financiere_v4.pdf (noté dans un tutoriel écrit avant 2022).</translation>
    </message>
</context>
<context>
    <name>EditPersonCommand</name>
    <message>
        <source>This person is no longer in the file.</source>
        <translation>Cette personne n&apos;est plus dans le fichier.</translation>
    </message>
    <message>
        <source>change the person “%1”</source>
        <translation>la modification de la personne «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>EditSessionCommand</name>
    <message>
        <source>This session no longer exists.</source>
        <translation>Cette séance n&apos;existe plus.</translation>
    </message>
    <message>
        <source>change the session of %1</source>
        <translation>la modification de la séance du %1</translation>
    </message>
</context>
<context>
    <name>EligibilityNote</name>
    <message numerus="yes">
        <source>Too young for Mon soutien psy, which starts at %n years old: sessions from %1 on can be covered.</source>
        <translation>
            <numerusform>Trop jeune pour Mon soutien psy, qui commence à %n an&#xa0;: les séances à partir du %1 peuvent être prises en charge.</numerusform>
            <numerusform>Trop jeune pour Mon soutien psy, qui commence à %n ans&#xa0;: les séances à partir du %1 peuvent être prises en charge.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileOpener</name>
    <message>
        <source>File already open</source>
        <translation>Fichier déjà ouvert</translation>
    </message>
    <message>
        <source>“%1” is open in another Carnet.

%2

You can open it read-only: you will see everything but change nothing. To change it, close the other Carnet first.</source>
        <translation>«&#xa0;%1&#xa0;» est ouvert dans un autre Carnet.

%2

Vous pouvez l&apos;ouvrir en lecture seule&#xa0;: vous verrez tout, mais vous ne pourrez rien changer. Pour le modifier, fermez d&apos;abord l&apos;autre Carnet.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Impossible d&apos;ouvrir le fichier</translation>
    </message>
    <message>
        <source>Damaged file</source>
        <translation>Fichier abîmé</translation>
    </message>
    <message>
        <source>“%1” is damaged and there is no backup of it.

%2</source>
        <translation>«&#xa0;%1&#xa0;» est abîmé et il n&apos;en existe aucune sauvegarde.

%2</translation>
    </message>
    <message>
        <source>“%1” is damaged.

%2

The latest backup dates from %3. Restore it? A copy of the damaged file is kept; what was recorded after the backup is lost.</source>
        <translation>«&#xa0;%1&#xa0;» est abîmé.

%2

La dernière sauvegarde date du %3. Voulez-vous la restaurer&#x202f;? Une copie du fichier abîmé est gardée. Ce qui a été noté après la sauvegarde sera perdu.</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>Restaurer la dernière sauvegarde</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>La restauration a échoué</translation>
    </message>
    <message>
        <source>File from a newer Carnet</source>
        <translation>Fichier d&apos;une version plus récente de Carnet</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Carnet. Install the latest Carnet to open it; this version will not touch it.

%2</source>
        <translation>«&#xa0;%1&#xa0;» a été écrit par une version plus récente de Carnet. Installez la dernière version de Carnet pour l&apos;ouvrir. Cette version n&apos;y touchera pas.

%2</translation>
    </message>
    <message>
        <source>“%1” cannot be opened.

%2</source>
        <translation>Impossible d&apos;ouvrir «&#xa0;%1&#xa0;».

%2</translation>
    </message>
</context>
<context>
    <name>Identifiers</name>
    <message>
        <source>The NIR is empty.</source>
        <translation>Le NIR est vide.</translation>
    </message>
    <message>
        <source>A NIR has 15 characters (13 and a 2-digit key); this one has %1.</source>
        <translation>Un NIR a 15 caractères (13, plus une clé de 2 chiffres). Celui-ci en a %1.</translation>
    </message>
    <message>
        <source>A NIR holds only digits, except 2A or 2B (Corsica) in positions 6 and 7.</source>
        <translation>Un NIR ne contient que des chiffres, sauf 2A ou 2B (Corse) en 6e et 7e position.</translation>
    </message>
    <message>
        <source>The NIR&apos;s key (its last 2 digits) does not match the number: check it against the carte Vitale.</source>
        <translation>La clé du NIR (ses 2 derniers chiffres) ne correspond pas au numéro. Vérifiez-le sur la carte Vitale.</translation>
    </message>
    <message>
        <source>The RPPS number is empty.</source>
        <translation>Le numéro RPPS est vide.</translation>
    </message>
    <message>
        <source>An RPPS number holds only digits (11, or 9 for an older ADELI number).</source>
        <translation>Un numéro RPPS ne contient que des chiffres (11, ou 9 pour un ancien numéro ADELI).</translation>
    </message>
    <message>
        <source>An RPPS number has 11 digits (an older ADELI number 9); this one has %1.</source>
        <translation>Un numéro RPPS a 11 chiffres (9 pour un ancien numéro ADELI). Celui-ci en a %1.</translation>
    </message>
</context>
<context>
    <name>MarkSheetSentCommand</name>
    <message>
        <source>This care sheet no longer exists.</source>
        <translation>Cette feuille de soins n&apos;existe plus.</translation>
    </message>
    <message>
        <source>mark the care sheet of %1 as sent</source>
        <translation>l&apos;envoi de la feuille de soins du %1</translation>
    </message>
</context>
<context>
    <name>PdfMerger</name>
    <message>
        <source>The attached PDF files cannot be merged: the qpdf program is missing. Install it (on Debian or Ubuntu: sudo apt install qpdf) and try again.</source>
        <translation>Les fichiers PDF joints ne peuvent pas être réunis&#xa0;: le programme qpdf manque. Installez-le (sur Debian ou Ubuntu&#xa0;: sudo apt install qpdf), puis réessayez.</translation>
    </message>
    <message>
        <source>The qpdf program could not be started: %1</source>
        <translation>Le programme qpdf n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>The qpdf program did not finish merging the PDF files.</source>
        <translation>Le programme qpdf n&apos;a pas fini de réunir les fichiers PDF.</translation>
    </message>
    <message>
        <source>An attached PDF could not be merged (is it damaged or protected by a password?): %1</source>
        <translation>Un PDF joint n&apos;a pas pu être ajouté (est-il abîmé ou protégé par un mot de passe&#x202f;?)&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PdfRenderer</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The document is empty.</source>
        <translation>Le document est vide.</translation>
    </message>
    <message>
        <source>Cannot read the image %1: %2</source>
        <translation>Impossible de lire l&apos;image %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>RemoveCareSheetCommand</name>
    <message>
        <source>This care sheet no longer exists.</source>
        <translation>Cette feuille de soins n&apos;existe plus.</translation>
    </message>
    <message>
        <source>remove the care sheet of %1</source>
        <translation>la suppression de la feuille de soins du %1</translation>
    </message>
</context>
<context>
    <name>RemovePaymentCommand</name>
    <message>
        <source>This payment no longer exists.</source>
        <translation>Ce paiement n&apos;existe plus.</translation>
    </message>
    <message>
        <source>remove the payment of %1</source>
        <translation>la suppression du paiement de %1</translation>
    </message>
</context>
<context>
    <name>RemovePersonCommand</name>
    <message>
        <source>This person is no longer in the file.</source>
        <translation>Cette personne n&apos;est plus dans le fichier.</translation>
    </message>
    <message>
        <source>remove the person “%1”</source>
        <translation>la suppression de la personne «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>RemoveSessionCommand</name>
    <message>
        <source>This session no longer exists.</source>
        <translation>Cette séance n&apos;existe plus.</translation>
    </message>
    <message>
        <source>remove the session of %1</source>
        <translation>la suppression de la séance du %1</translation>
    </message>
</context>
<context>
    <name>RuleSet</name>
    <message>
        <source>Rule set entry %1: the value of &quot;%2&quot; is missing or invalid.</source>
        <translation>Règle n°&#xa0;%1&#xa0;: la valeur de «&#xa0;%2&#xa0;» manque ou n&apos;est pas valable.</translation>
    </message>
    <message>
        <source>The rule set is not a valid JSON document.</source>
        <translation>Le fichier des règles n&apos;est pas un document JSON valable.</translation>
    </message>
    <message>
        <source>The rule set lists no regime.</source>
        <translation>Le fichier des règles ne contient aucun régime.</translation>
    </message>
    <message>
        <source>Rule set entry %1 is not an object.</source>
        <translation>La règle n°&#xa0;%1 n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>Rule set entry %1 overlaps the previous one or is out of date order.</source>
        <translation>La règle n°&#xa0;%1 chevauche la précédente, ou n&apos;est pas dans l&apos;ordre des dates.</translation>
    </message>
    <message>
        <source>Rule set entry %1 repeats the id %2.</source>
        <translation>La règle n°&#xa0;%1 reprend l&apos;identifiant %2.</translation>
    </message>
</context>
<context>
    <name>ServiceCommand</name>
    <message>
        <source>Undo %1</source>
        <translation>Annuler %1</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter a name.</source>
        <translation>Entrez un nom.</translation>
    </message>
    <message>
        <source>Enter the birth date.</source>
        <translation>Entrez la date de naissance.</translation>
    </message>
    <message>
        <source>The birth date is too far in the past: check the year.</source>
        <translation>La date de naissance est trop ancienne&#xa0;: vérifiez l&apos;année.</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>La date de naissance est dans le futur.</translation>
    </message>
    <message>
        <source>A coverage period ends before it starts: check its dates.</source>
        <translation>Une période de prise en charge finit avant de commencer&#xa0;: vérifiez ses dates.</translation>
    </message>
    <message>
        <source>This RPPS number fails its check: compare it with the one on a feuille de soins. It is kept as typed.</source>
        <translation>Ce numéro RPPS semble faux. Comparez-le avec celui d&apos;une feuille de soins. Il est gardé tel que vous l&apos;avez tapé.</translation>
    </message>
    <message>
        <source>Enter the date of the referral letter.</source>
        <translation>Entrez la date du courrier du médecin.</translation>
    </message>
    <message>
        <source>The referral letter&apos;s date is in the future.</source>
        <translation>La date du courrier du médecin est dans le futur.</translation>
    </message>
    <message>
        <source>A referral letter is written by a doctor or a midwife, not by a psychologist.</source>
        <translation>Un courrier d&apos;adressage est écrit par un médecin ou une sage-femme, pas par un psychologue.</translation>
    </message>
    <message>
        <source>For a minor, record who holds parental authority and consented to the care.</source>
        <translation>Pour un mineur, notez qui a l&apos;autorité parentale et a donné son accord pour les soins.</translation>
    </message>
    <message>
        <source>Enter the session&apos;s date.</source>
        <translation>Entrez la date de la séance.</translation>
    </message>
    <message>
        <source>The fee cannot be negative.</source>
        <translation>Le tarif ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The amount paid cannot be negative.</source>
        <translation>Le montant payé ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The amount paid (%1) is more than the fee (%2).</source>
        <translation>Le montant payé (%1) est plus élevé que le tarif (%2).</translation>
    </message>
    <message>
        <source>The fee (%1) is above the Mon soutien psy tariff for this session (%2): no extra fee is allowed within the scheme. If you paid more, record it as a private session.</source>
        <translation>Le tarif (%1) dépasse celui de Mon soutien psy pour cette séance (%2). Dans le dispositif, aucun dépassement n&apos;est permis. Si vous avez payé plus, notez-la comme séance privée.</translation>
    </message>
    <message>
        <source>This session will not be covered: %1</source>
        <translation>Cette séance ne sera pas remboursée&#xa0;: %1</translation>
    </message>
    <message>
        <source>With this person&apos;s 100 % cover (tiers payant) the CPAM pays the psychologist directly: there should be nothing to pay.</source>
        <translation>Cette personne est prise en charge à 100&#xa0;% (tiers payant)&#xa0;: la CPAM paie directement le psychologue. Vous ne devriez rien avoir à payer.</translation>
    </message>
    <message>
        <source>A feuille de soins covers at least one session: choose its sessions.</source>
        <translation>Une feuille de soins contient au moins une séance&#xa0;: choisissez ses séances.</translation>
    </message>
    <message>
        <source>The same session is listed twice.</source>
        <translation>La même séance est notée deux fois.</translation>
    </message>
    <message>
        <source>A session of this feuille de soins no longer exists.</source>
        <translation>Une séance de cette feuille de soins n&apos;existe plus.</translation>
    </message>
    <message>
        <source>A feuille de soins is for one person: its sessions belong to several.</source>
        <translation>Une feuille de soins est pour une seule personne. Ici, les séances sont à plusieurs personnes.</translation>
    </message>
    <message>
        <source>The feuille de soins cannot be sent before the date it was issued.</source>
        <translation>La feuille de soins ne peut pas être envoyée avant la date où elle a été remplie.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Le montant doit être plus grand que zéro.</translation>
    </message>
    <message>
        <source>Enter the date the payment was received.</source>
        <translation>Entrez la date où vous avez reçu le paiement.</translation>
    </message>
    <message>
        <source>A session&apos;s share cannot be negative.</source>
        <translation>La part d&apos;une séance ne peut pas être négative.</translation>
    </message>
    <message>
        <source>Each share must name a session.</source>
        <translation>Chaque part doit indiquer une séance.</translation>
    </message>
    <message>
        <source>The same session appears twice in the payment&apos;s split.</source>
        <translation>La même séance apparaît deux fois dans la répartition du paiement.</translation>
    </message>
    <message>
        <source>The shares add up to %1, more than the payment&apos;s %2.</source>
        <translation>Les parts font %1 en tout, plus que les %2 du paiement.</translation>
    </message>
    <message>
        <source>Sessions are given by a psychologist: choose one.</source>
        <translation>Les séances sont faites par un psychologue&#xa0;: choisissez-en un.</translation>
    </message>
</context>
<context>
    <name>carnet::Agenda</name>
    <message numerus="yes">
        <source>%n session(s) in %1 have no care sheet yet.</source>
        <translation>
            <numerusform>%n séance de %1 n&apos;a pas encore de feuille de soins.</numerusform>
            <numerusform>%n séances de %1 n&apos;ont pas encore de feuille de soins.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send the care sheet to the CPAM.</source>
        <translation>Envoyez la feuille de soins à la CPAM.</translation>
    </message>
    <message numerus="yes">
        <source>A payment is %n day(s) late.</source>
        <translation>
            <numerusform>Un paiement a %n jour de retard.</numerusform>
            <numerusform>Un paiement a %n jours de retard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>AFI request not sent yet: %n document(s) to get or renew (%1).</source>
        <translation>
            <numerusform>Demande d&apos;AFI pas encore envoyée&#xa0;: %n document à obtenir ou renouveler (%1).</numerusform>
            <numerusform>Demande d&apos;AFI pas encore envoyée&#xa0;: %n documents à obtenir ou renouveler (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>AFI request sent on %1: %2</source>
        <translation>Demande d&apos;AFI envoyée le %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>AFI: %1</source>
        <translation>AFI&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>carnet::AidPage</name>
    <message>
        <source>&lt;h2&gt;Help to pay: the CPAM&apos;s individual financial aid&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Aide pour payer&#xa0;: l&apos;aide financière individuelle de la CPAM&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>New request…</source>
        <translation>Nouvelle demande…</translation>
    </message>
    <message>
        <source>Delete this request</source>
        <translation>Supprimer cette demande</translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation>Prochaines étapes&#xa0;:</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Date on it</source>
        <translation>Daté du</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>The whole dossier, in order</source>
        <translation>Tout le dossier, dans l&apos;ordre</translation>
    </message>
    <message>
        <source>Sent…</source>
        <translation>Envoyé…</translation>
    </message>
    <message>
        <source>Decision…</source>
        <translation>Décision…</translation>
    </message>
    <message>
        <source>Invoices sent…</source>
        <translation>Factures envoyées…</translation>
    </message>
    <message>
        <source>Ask to reconsider…</source>
        <translation>Demander un réexamen…</translation>
    </message>
    <message>
        <source>Open or create a file to prepare a request.</source>
        <translation>Ouvrez ou créez un fichier pour préparer une demande.</translation>
    </message>
    <message>
        <source>Add the person the care is for first.</source>
        <translation>Ajoutez d&apos;abord la personne qui reçoit les soins.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>No request yet for this person: start one with “New request…”.</source>
        <translation>Pas encore de demande pour cette personne. Commencez avec «&#xa0;Nouvelle demande…&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;CPAM of %1&lt;/b&gt;: %n session(s) at %2, %3</source>
        <translation>
            <numerusform>&lt;b&gt;CPAM (%1)&lt;/b&gt;&#xa0;: %n séance à %2, %3</numerusform>
            <numerusform>&lt;b&gt;CPAM (%1)&lt;/b&gt;&#xa0;: %n séances à %2, %3</numerusform>
        </translation>
    </message>
    <message>
        <source>This caisse&apos;s page on ameli.fr (check what it asks for)</source>
        <translation>La page de cette caisse sur ameli.fr (vérifiez ce qu&apos;elle demande)</translation>
    </message>
    <message>
        <source>Total %1 · CPAM %2 · mutuelle %3 · &lt;b&gt;asked for %4&lt;/b&gt;</source>
        <translation>Total %1 · CPAM %2 · mutuelle %3 · &lt;b&gt;demandé %4&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Not sent yet: %n document(s) missing</source>
        <translation>
            <numerusform>Pas encore envoyé&#xa0;: il manque %n document</numerusform>
            <numerusform>Pas encore envoyé&#xa0;: il manque %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n too old</source>
        <translation>
            <numerusform>, %n trop ancien</numerusform>
            <numerusform>, %n trop anciens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent on %1: waiting for %n day(s). An answer may come around %2 (a guess).</source>
        <translation>
            <numerusform>Envoyé le %1&#xa0;: en attente depuis %n jour. Une réponse pourrait arriver vers le %2 (c&apos;est une estimation).</numerusform>
            <numerusform>Envoyé le %1&#xa0;: en attente depuis %n jours. Une réponse pourrait arriver vers le %2 (c&apos;est une estimation).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 on %2, after %n day(s).</source>
        <translation>
            <numerusform>%1 le %2, après %n jour.</numerusform>
            <numerusform>%1 le %2, après %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Granted %1 · invoiced %2 · &lt;b&gt;left %3&lt;/b&gt; · valid until %4%5</source>
        <translation>Accordé %1 · facturé %2 · &lt;b&gt;reste %3&lt;/b&gt; · valable jusqu&apos;au %4%5</translation>
    </message>
    <message>
        <source> (expired)</source>
        <translation> (expirée)</translation>
    </message>
    <message>
        <source> — too old</source>
        <translation> — trop ancien</translation>
    </message>
    <message>
        <source>Dossier sent</source>
        <translation>Dossier envoyé</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>Enregistrer le PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Sent on:</source>
        <translation>Envoyé le&#xa0;:</translation>
    </message>
    <message>
        <source>The commission&apos;s decision</source>
        <translation>La décision de la commission</translation>
    </message>
    <message>
        <source>Date of the letter:</source>
        <translation>Date de la lettre&#xa0;:</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Amount granted (€):</source>
        <translation>Montant accordé (€)&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>as in the settings (%n month(s))</source>
        <translation>
            <numerusform>comme dans les réglages (%n mois)</numerusform>
            <numerusform>comme dans les réglages (%n mois)</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid for (months, from the letter):</source>
        <translation>Valable pendant (en mois, à partir de la lettre)&#xa0;:</translation>
    </message>
    <message>
        <source>Give the amount granted, for example 900 or 900,50.</source>
        <translation>Indiquez le montant accordé, par exemple 900 ou 900,50.</translation>
    </message>
    <message>
        <source>Invoices sent to the CPAM</source>
        <translation>Factures envoyées à la CPAM</translation>
    </message>
    <message>
        <source>Total of the invoices (€):</source>
        <translation>Total des factures (€)&#xa0;:</translation>
    </message>
    <message>
        <source>Give the total of the invoices, for example 180 or 180,50.</source>
        <translation>Indiquez le total des factures, par exemple 180 ou 180,50.</translation>
    </message>
    <message>
        <source>Ask the commission to reconsider</source>
        <translation>Demander à la commission de réexaminer</translation>
    </message>
    <message>
        <source>Date of your letter:</source>
        <translation>Date de votre lettre&#xa0;:</translation>
    </message>
    <message>
        <source>Your reasons, in French: what changed, why the care matters, what the refusal overlooked. They are printed in the letter.</source>
        <translation>Vos raisons, en français&#xa0;: ce qui a changé, pourquoi ces soins comptent, ce que le refus n&apos;a pas pris en compte. Elles sont imprimées dans la lettre.</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Raisons&#xa0;:</translation>
    </message>
    <message>
        <source>Help to pay</source>
        <translation>Aide pour payer</translation>
    </message>
    <message>
        <source>Aid requests of this person</source>
        <translation>Demandes d&apos;aide de cette personne</translation>
    </message>
    <message>
        <source>The request</source>
        <translation>La demande</translation>
    </message>
    <message>
        <source>This caisse&apos;s page on ameli.fr</source>
        <translation>La page de cette caisse sur ameli.fr</translation>
    </message>
    <message>
        <source>Where the request stands</source>
        <translation>Où en est la demande</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <source>Documents of the request</source>
        <translation>Documents de la demande</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Status of “%1”</source>
        <translation>État de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Too old: ask for a newer one.</source>
        <translation>Trop ancien&#xa0;: demandez-en un plus récent.</translation>
    </message>
    <message>
        <source>change the documents of the aid request</source>
        <translation>la modification des documents de la demande d&apos;aide</translation>
    </message>
    <message>
        <source>mark the aid request as sent</source>
        <translation>l&apos;envoi de la demande d&apos;aide</translation>
    </message>
    <message>
        <source>record the decision on the aid request</source>
        <translation>l&apos;enregistrement de la décision sur la demande d&apos;aide</translation>
    </message>
    <message>
        <source>record the invoices sent to the CPAM</source>
        <translation>l&apos;enregistrement des factures envoyées à la CPAM</translation>
    </message>
    <message>
        <source>record the request to reconsider</source>
        <translation>l&apos;enregistrement de la demande de réexamen</translation>
    </message>
    <message>
        <source>remove the aid request</source>
        <translation>la suppression de la demande d&apos;aide</translation>
    </message>
</context>
<context>
    <name>carnet::AidRequestWizard</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Request an individual financial aid (AFI)</source>
        <translation>Demander une aide financière individuelle (AFI)</translation>
    </message>
    <message>
        <source>Who, where, with whom</source>
        <translation>Pour qui, où, avec qui</translation>
    </message>
    <message>
        <source>The CPAM of your département may pay all or part of psychological care when your income is modest. Each caisse decides on its own.</source>
        <translation>Si vos revenus sont modestes, la CPAM de votre département peut payer tout ou partie de vos soins psychologiques. Chaque caisse décide elle-même.</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Pour&#xa0;:</translation>
    </message>
    <message>
        <source>Département of your CPAM:</source>
        <translation>Département de votre CPAM&#xa0;:</translation>
    </message>
    <message>
        <source>Psychologist:</source>
        <translation>Psychologue&#xa0;:</translation>
    </message>
    <message>
        <source>The care asked for</source>
        <translation>Les soins demandés</translation>
    </message>
    <message>
        <source>The figures of the psychologist&apos;s quote: how many sessions, at what price, over which period.</source>
        <translation>Les chiffres du devis du psychologue&#xa0;: combien de séances, à quel prix, sur quelle période.</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>Séances&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. 45</source>
        <translation>ex. 45</translation>
    </message>
    <message>
        <source>Price of one session (€):</source>
        <translation>Prix d&apos;une séance (€)&#xa0;:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Du&#xa0;:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Au&#xa0;:</translation>
    </message>
    <message>
        <source>Usually 0: the aid pays for care outside Mon soutien psy.</source>
        <translation>En général 0&#xa0;: l&apos;aide paie des soins en dehors de Mon soutien psy.</translation>
    </message>
    <message>
        <source>Of which covered by Mon soutien psy:</source>
        <translation>Dont remboursées par Mon soutien psy&#xa0;:</translation>
    </message>
    <message>
        <source>Paid by your mutuelle&apos;s own psychology allowance (€):</source>
        <translation>Payé par le forfait psychologie de votre mutuelle (€)&#xa0;:</translation>
    </message>
    <message>
        <source>Me, on invoices</source>
        <translation>Moi, sur factures</translation>
    </message>
    <message>
        <source>The psychologist directly</source>
        <translation>Le psychologue directement</translation>
    </message>
    <message>
        <source>The CPAM pays:</source>
        <translation>La CPAM paie&#xa0;:</translation>
    </message>
    <message>
        <source>The documents</source>
        <translation>Les documents</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Date on it</source>
        <translation>Daté du</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Print the documents</source>
        <translation>Imprimer les documents</translation>
    </message>
    <message>
        <source>In French, ready to print: a letter asking your psychologist for a quote, a quote they only need to sign, the cover letter, a summary of the costs, and the whole dossier in order.</source>
        <translation>Prêts à imprimer, en français&#xa0;: la lettre pour demander un devis, le devis à faire signer, la lettre d&apos;accompagnement, le résumé des coûts, et tout le dossier.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Write the PDF files</source>
        <translation>Écrire les fichiers PDF</translation>
    </message>
    <message>
        <source>Where to write the PDF files</source>
        <translation>Où écrire les fichiers PDF</translation>
    </message>
    <message>
        <source>Send it</source>
        <translation>L&apos;envoyer</translation>
    </message>
    <message>
        <source>Post the dossier to your CPAM (keep a copy), then note the day.</source>
        <translation>Envoyez le dossier par la poste à votre CPAM (gardez-en une copie), puis notez la date.</translation>
    </message>
    <message>
        <source>I sent the dossier on</source>
        <translation>J&apos;ai envoyé le dossier le</translation>
    </message>
    <message numerus="yes">
        <source>In one known case the answer came after about %n month(s). This is not an official delay: Carnet will suggest a follow-up letter after it, and you can change it in the settings.</source>
        <translation>
            <numerusform>Dans un cas connu, la réponse est arrivée après environ %n mois. Ce n&apos;est pas un délai officiel. Après ce délai, Carnet vous proposera une lettre de relance. Vous pouvez le changer dans les réglages.</numerusform>
            <numerusform>Dans un cas connu, la réponse est arrivée après environ %n mois. Ce n&apos;est pas un délai officiel. Après ce délai, Carnet vous proposera une lettre de relance. Vous pouvez le changer dans les réglages.</numerusform>
        </translation>
    </message>
    <message>
        <source>The CPAM of %1 writes that psychology sessions cannot be funded by this aid. You may still ask, but expect a refusal.</source>
        <translation>La CPAM (%1) écrit que cette aide ne peut pas payer des séances de psychologie. Vous pouvez quand même demander, mais attendez-vous à un refus.</translation>
    </message>
    <message>
        <source>The page of the CPAM of %1 on ameli.fr</source>
        <translation>La page de la CPAM (%1) sur ameli.fr</translation>
    </message>
    <message>
        <source>The caisse&apos;s request form</source>
        <translation>Le formulaire de demande de la caisse</translation>
    </message>
    <message>
        <source>Total %1 · CPAM %2 · mutuelle %3 · &lt;b&gt;left to pay, asked for: %4&lt;/b&gt;</source>
        <translation>Total %1 · CPAM %2 · mutuelle %3 · &lt;b&gt;reste à payer, demandé&#xa0;: %4&lt;/b&gt;</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (facultatif)</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choisir)</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Remplacer…</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Joindre…</translation>
    </message>
    <message>
        <source>Scan of the document</source>
        <translation>Scan du document</translation>
    </message>
    <message>
        <source>PDF or image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>PDF ou image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Your caisse&apos;s form: %1</source>
        <translation>Le formulaire de votre caisse&#xa0;: %1</translation>
    </message>
    <message>
        <source>The prescription may be dated after the therapy started: caisses have accepted that.</source>
        <translation>La prescription peut être datée après le début de la thérapie&#xa0;: des caisses l&apos;ont accepté.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>Written in %1: %2</source>
        <translation>Écrit dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Add the person and the psychologist to the file first.</source>
        <translation>Ajoutez d&apos;abord la personne et le psychologue au fichier.</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Pour qui</translation>
    </message>
    <message>
        <source>Département of your CPAM</source>
        <translation>Département de votre CPAM</translation>
    </message>
    <message>
        <source>Psychologist</source>
        <translation>Psychologue</translation>
    </message>
    <message>
        <source>What this caisse asks for</source>
        <translation>Ce que cette caisse demande</translation>
    </message>
    <message>
        <source>Number of sessions</source>
        <translation>Nombre de séances</translation>
    </message>
    <message>
        <source>Price of one session, in euros</source>
        <translation>Prix d&apos;une séance, en euros</translation>
    </message>
    <message>
        <source>First day of the care</source>
        <translation>Premier jour des soins</translation>
    </message>
    <message>
        <source>Last day of the care</source>
        <translation>Dernier jour des soins</translation>
    </message>
    <message>
        <source>Sessions covered by Mon soutien psy</source>
        <translation>Séances remboursées par Mon soutien psy</translation>
    </message>
    <message>
        <source>Paid by your mutuelle&apos;s psychology allowance, in euros</source>
        <translation>Payé par le forfait psychologie de votre mutuelle, en euros</translation>
    </message>
    <message>
        <source>Who the CPAM pays</source>
        <translation>Qui la CPAM paie</translation>
    </message>
    <message>
        <source>Documents to gather</source>
        <translation>Documents à réunir</translation>
    </message>
    <message>
        <source>Folder for the PDF files</source>
        <translation>Dossier où écrire les fichiers PDF</translation>
    </message>
    <message>
        <source>Day the dossier was sent</source>
        <translation>Jour d&apos;envoi du dossier</translation>
    </message>
    <message>
        <source>Status of “%1”</source>
        <translation>État de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Which proof of income</source>
        <translation>Quel justificatif de revenus</translation>
    </message>
    <message>
        <source>Date on “%1”</source>
        <translation>Date indiquée sur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Attach a scan of “%1”</source>
        <translation>Joindre un scan de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Choose the folder for the PDF files</source>
        <translation>Choisir le dossier des fichiers PDF</translation>
    </message>
    <message>
        <source>add the aid request</source>
        <translation>l&apos;ajout de la demande d&apos;aide</translation>
    </message>
    <message>
        <source>change the aid request</source>
        <translation>la modification de la demande d&apos;aide</translation>
    </message>
    <message>
        <source>change the documents of the aid request</source>
        <translation>la modification des documents de la demande d&apos;aide</translation>
    </message>
    <message>
        <source>attach a scan to the aid request</source>
        <translation>l&apos;ajout d&apos;un document numérisé à la demande d&apos;aide</translation>
    </message>
    <message>
        <source>mark the aid request as sent</source>
        <translation>l&apos;envoi de la demande d&apos;aide</translation>
    </message>
    <message>
        <source>For each document, choose its status in the list as you ask for it and receive it; attach a scan to put it in the printed dossier.</source>
        <translation>Pour chaque document, choisissez son état dans la liste au fil de la demande et de la réception&#xa0;; joignez un document numérisé pour qu&apos;il figure dans le dossier imprimé.</translation>
    </message>
    <message>
        <source>The cover letter and the dossier wait for the missing documents.</source>
        <translation>La lettre d&apos;accompagnement et le dossier attendent les documents manquants.</translation>
    </message>
</context>
<context>
    <name>carnet::AidRules</name>
    <message>
        <source>Psychologist&apos;s quote (devis)</source>
        <translation>Devis du psychologue</translation>
    </message>
    <message>
        <source>Number of sessions, price per session and period, signed by the psychologist. Quotes are unusual for them: Carnet prints a letter that explains why, and a quote they only need to check and sign.</source>
        <translation>Nombre de séances, prix d&apos;une séance et période, signé par le psychologue. Les psychologues font rarement des devis&#xa0;: Carnet imprime une lettre qui explique pourquoi il en faut un, et un devis qu&apos;il n&apos;a plus qu&apos;à vérifier et signer.</translation>
    </message>
    <message>
        <source>Ask your psychologist for a quote: print the letter and the pre-filled quote.</source>
        <translation>Demandez un devis à votre psychologue&#xa0;: imprimez la lettre et le devis déjà rempli.</translation>
    </message>
    <message>
        <source>Doctor&apos;s prescription for sessions with a psychologist</source>
        <translation>Prescription du médecin pour des séances chez un psychologue</translation>
    </message>
    <message>
        <source>From your doctor. It may be dated after the therapy started: caisses have accepted that.</source>
        <translation>Elle vient de votre médecin. Elle peut être datée après le début de la thérapie&#xa0;: des caisses l&apos;ont accepté.</translation>
    </message>
    <message>
        <source>Ask your doctor for a prescription for sessions with a psychologist.</source>
        <translation>Demandez à votre médecin une prescription pour des séances chez un psychologue.</translation>
    </message>
    <message>
        <source>The caisse&apos;s request form</source>
        <translation>Le formulaire de demande de la caisse</translation>
    </message>
    <message>
        <source>The aid request form of your CPAM, filled in and signed. Psychology need not be listed on it to be asked for.</source>
        <translation>Le formulaire de demande d&apos;aide de votre CPAM, rempli et signé. Vous pouvez demander une aide pour la psychologie même si le formulaire n&apos;en parle pas.</translation>
    </message>
    <message>
        <source>Fill in and sign your CPAM&apos;s request form.</source>
        <translation>Remplissez et signez le formulaire de demande de votre CPAM.</translation>
    </message>
    <message>
        <source>Proof of income</source>
        <translation>Justificatif de revenus</translation>
    </message>
    <message>
        <source>One of: your latest avis d&apos;imposition, your RSA statements of the last 3 months, or your C2S attestation.</source>
        <translation>Un de ces papiers&#xa0;: votre dernier avis d&apos;imposition, vos relevés de RSA des 3 derniers mois, ou votre attestation de C2S.</translation>
    </message>
    <message>
        <source>Get a proof of income: your latest avis d&apos;imposition, your RSA statements of the last 3 months, or your C2S attestation.</source>
        <translation>Procurez-vous un justificatif de revenus&#xa0;: votre dernier avis d&apos;imposition, vos relevés de RSA des 3 derniers mois, ou votre attestation de C2S.</translation>
    </message>
    <message>
        <source>Proof of lodging (attestation d&apos;hébergement)</source>
        <translation>Justificatif de logement (attestation d&apos;hébergement)</translation>
    </message>
    <message>
        <source>An attestation d&apos;hébergement signed by whoever lodges you, or a recent proof of address.</source>
        <translation>Une attestation d&apos;hébergement signée par la personne qui vous loge, ou un justificatif de domicile récent.</translation>
    </message>
    <message>
        <source>Get an attestation d&apos;hébergement or a recent proof of address.</source>
        <translation>Procurez-vous une attestation d&apos;hébergement ou un justificatif de domicile récent.</translation>
    </message>
    <message>
        <source>Bank details (RIB)</source>
        <translation>Coordonnées bancaires (RIB)</translation>
    </message>
    <message>
        <source>The RIB of whoever is paid: yours, or the psychologist&apos;s when the CPAM pays them directly.</source>
        <translation>Le RIB de la personne qui sera payée&#xa0;: le vôtre, ou celui du psychologue si la CPAM le paie directement.</translation>
    </message>
    <message>
        <source>Add the RIB of whoever will be paid.</source>
        <translation>Ajoutez le RIB de la personne qui sera payée.</translation>
    </message>
    <message>
        <source>A CMP&apos;s written refusal</source>
        <translation>Le refus écrit d&apos;un CMP</translation>
    </message>
    <message>
        <source>A letter from a centre médico-psychologique (CMP) saying it cannot take you in.</source>
        <translation>Une lettre d&apos;un centre médico-psychologique (CMP) qui dit qu&apos;il ne peut pas vous suivre.</translation>
    </message>
    <message>
        <source>Ask a CMP for a written refusal to take you in.</source>
        <translation>Demandez à un CMP un refus écrit de vous suivre.</translation>
    </message>
    <message>
        <source>Household composition and income</source>
        <translation>Composition du foyer et revenus</translation>
    </message>
    <message>
        <source>Who lives with you, and each person&apos;s income.</source>
        <translation>Qui vit avec vous, et les revenus de chaque personne.</translation>
    </message>
    <message>
        <source>Write down your household&apos;s composition and each person&apos;s income.</source>
        <translation>Notez la composition de votre foyer et les revenus de chaque personne.</translation>
    </message>
    <message>
        <source>latest avis d&apos;imposition</source>
        <translation>dernier avis d&apos;imposition</translation>
    </message>
    <message>
        <source>RSA statements of the last 3 months</source>
        <translation>relevés de RSA des 3 derniers mois</translation>
    </message>
    <message>
        <source>C2S attestation</source>
        <translation>attestation de C2S</translation>
    </message>
    <message>
        <source>Psychological care need not be listed on the caisse&apos;s form to be asked for: it was granted in Meuse although the form does not name it.</source>
        <translation>Les soins psychologiques n&apos;ont pas besoin d&apos;être cités sur le formulaire de la caisse pour être demandés&#xa0;: ils ont été accordés dans la Meuse, alors que le formulaire ne les cite pas.</translation>
    </message>
    <message>
        <source>The answer can take months. Either wait for it before the first sessions, or advance the fees knowing the aid may be refused. Some caisses want the quote before any expense.</source>
        <translation>La réponse peut prendre des mois. Vous pouvez l&apos;attendre avant les premières séances, ou avancer les frais en sachant que l&apos;aide peut être refusée. Certaines caisses veulent le devis avant toute dépense.</translation>
    </message>
    <message>
        <source>Once granted, the aid is paid on invoices: either you send them (grouped) to your caisse, or the caisse pays the psychologist directly.</source>
        <translation>Une fois accordée, l&apos;aide est payée sur factures&#xa0;: soit vous les envoyez (regroupées) à votre caisse, soit la caisse paie directement le psychologue.</translation>
    </message>
    <message>
        <source>Meuse: the caisse has its own form (version of 19 June 2020).</source>
        <translation>Meuse&#xa0;: la caisse a son propre formulaire (version du 19 juin 2020).</translation>
    </message>
    <message>
        <source>Paris: the link to the form on ameli has been broken; Carnet knows the direct address of the form.</source>
        <translation>Paris&#xa0;: le lien vers le formulaire sur ameli ne marchait plus. Carnet connaît l&apos;adresse directe du formulaire.</translation>
    </message>
    <message>
        <source>Isère: the caisse may fund psychology when a centre médico-psychologique (CMP) refused to take you in, on a prescription: ask the CMP for a written refusal.</source>
        <translation>Isère&#xa0;: la caisse peut financer la psychologie quand un centre médico-psychologique (CMP) a refusé de vous suivre, sur prescription. Demandez au CMP un refus écrit.</translation>
    </message>
    <message>
        <source>Aisne: the caisse publishes its income ceilings: check them on its page.</source>
        <translation>Aisne&#xa0;: la caisse publie ses plafonds de revenus. Regardez-les sur sa page.</translation>
    </message>
    <message>
        <source>Bas-Rhin: the caisse refuses above its income ceiling, when less than 30 € is left to pay, and to AME beneficiaries; it asks for the household&apos;s composition and for the total cost with the CPAM and mutuelle shares.</source>
        <translation>Bas-Rhin&#xa0;: la caisse refuse au-dessus de son plafond de revenus, quand il reste moins de 30&#xa0;€ à payer, et aux bénéficiaires de l&apos;AME. Elle demande la composition du foyer et le coût total, avec les parts de la CPAM et de la mutuelle.</translation>
    </message>
    <message>
        <source>Rhône: the caisse writes that psychology sessions cannot be funded by this aid.</source>
        <translation>Rhône&#xa0;: la caisse écrit que cette aide ne peut pas payer des séances de psychologie.</translation>
    </message>
    <message>
        <source>Carnet does not know the département &quot;%1&quot;.</source>
        <translation>Carnet ne connaît pas le département «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The CPAM of %1 writes that psychology sessions cannot be funded by this aid. You may still ask, but expect a refusal.</source>
        <translation>La CPAM (%1) écrit que cette aide ne peut pas payer des séances de psychologie. Vous pouvez quand même demander, mais attendez-vous à un refus.</translation>
    </message>
    <message>
        <source>Mon soutien psy and the mutuelle already pay the whole cost: nothing is left for the aid to cover.</source>
        <translation>Mon soutien psy et la mutuelle paient déjà tout&#xa0;: il ne reste rien à couvrir pour l&apos;aide.</translation>
    </message>
    <message>
        <source>The invoices sent (%1) exceed the grant (%2).</source>
        <translation>Les factures envoyées (%1) dépassent l&apos;aide accordée (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Your document &quot;%1&quot; is dated %2, more than %n month(s) ago: get a more recent one.</source>
        <translation>
            <numerusform>Votre document «&#xa0;%1&#xa0;» est daté du %2, il y a plus de %n mois&#xa0;: procurez-vous-en un plus récent.</numerusform>
            <numerusform>Votre document «&#xa0;%1&#xa0;» est daté du %2, il y a plus de %n mois&#xa0;: procurez-vous-en un plus récent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for: %1.</source>
        <translation>En attente&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Fill in and sign your CPAM&apos;s request form: %1</source>
        <translation>Remplissez et signez le formulaire de demande de votre CPAM&#xa0;: %1</translation>
    </message>
    <message>
        <source>Get this document: %1.</source>
        <translation>Procurez-vous ce document&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The dossier is complete: print it in order, send it to your CPAM, and note the date you sent it.</source>
        <translation>Le dossier est complet&#xa0;: imprimez-le dans l&apos;ordre, envoyez-le à votre CPAM et notez la date d&apos;envoi.</translation>
    </message>
    <message numerus="yes">
        <source>No answer after %n month(s): send the follow-up letter.</source>
        <translation>
            <numerusform>Pas de réponse après %n mois&#xa0;: envoyez la lettre de relance.</numerusform>
            <numerusform>Pas de réponse après %n mois&#xa0;: envoyez la lettre de relance.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent on %1, waiting for %n day(s). An answer may come around %2 (this delay is a guess).</source>
        <translation>
            <numerusform>Envoyé le %1, en attente depuis %n jour. Une réponse pourrait arriver vers le %2 (ce délai est une estimation).</numerusform>
            <numerusform>Envoyé le %1, en attente depuis %n jours. Une réponse pourrait arriver vers le %2 (ce délai est une estimation).</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: you may ask the commission to reconsider. Carnet prepares a reasoned letter.</source>
        <translation>Refusée&#xa0;: vous pouvez demander à la commission de réexaminer votre demande. Carnet prépare une lettre qui explique vos raisons.</translation>
    </message>
    <message>
        <source>No answer to your request to reconsider: you may file a complaint (réclamation) with your CPAM, then ask its conciliateur.</source>
        <translation>Pas de réponse à votre demande de réexamen&#xa0;: vous pouvez faire une réclamation auprès de votre CPAM, puis vous adresser à son conciliateur.</translation>
    </message>
    <message>
        <source>You asked the commission to reconsider on %1: wait for its answer.</source>
        <translation>Vous avez demandé un réexamen à la commission le %1&#xa0;: attendez sa réponse.</translation>
    </message>
    <message>
        <source>The commission granted %1 of the %2 asked for.</source>
        <translation>La commission a accordé %1 sur les %2 demandés.</translation>
    </message>
    <message>
        <source>The grant is used up: further sessions are not covered by it.</source>
        <translation>L&apos;aide accordée est épuisée&#xa0;: elle ne paie plus les séances suivantes.</translation>
    </message>
    <message>
        <source>The grant expired on %1: sessions after that date are not covered. %2 were left unused.</source>
        <translation>L&apos;aide accordée a expiré le %1&#xa0;: elle ne paie pas les séances après cette date. %2 n&apos;ont pas été utilisés.</translation>
    </message>
    <message>
        <source>The CPAM pays your psychologist directly: you have no invoices to send.</source>
        <translation>La CPAM paie directement votre psychologue&#xa0;: vous n&apos;avez pas de factures à envoyer.</translation>
    </message>
    <message numerus="yes">
        <source>Send the invoices of %1 to your CPAM (%n session(s), %2).</source>
        <translation>
            <numerusform>Envoyez les factures de %1 à votre CPAM (%n séance, %2).</numerusform>
            <numerusform>Envoyez les factures de %1 à votre CPAM (%n séances, %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The grant expires in %n day(s), on %1 (%2 left).</source>
        <translation>
            <numerusform>L&apos;aide accordée expire dans %n jour, le %1 (il reste %2).</numerusform>
            <numerusform>L&apos;aide accordée expire dans %n jours, le %1 (il reste %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the person the aid is for.</source>
        <translation>Choisissez la personne pour qui est l&apos;aide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a French département code (01 to 95, 2A, 2B, 971 to 976).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro de département français (01 à 95, 2A, 2B, 971 à 976).</translation>
    </message>
    <message>
        <source>Choose the psychologist.</source>
        <translation>Choisissez le psychologue.</translation>
    </message>
    <message>
        <source>The number of sessions must be between 1 and 400.</source>
        <translation>Le nombre de séances doit être entre 1 et 400.</translation>
    </message>
    <message>
        <source>The price per session must be more than 0 and at most 1 000 €.</source>
        <translation>Le prix d&apos;une séance doit être plus grand que 0 et au plus 1&#x202f;000&#xa0;€.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>La période finit avant de commencer.</translation>
    </message>
    <message>
        <source>The sessions covered by Mon soutien psy cannot exceed the sessions asked for.</source>
        <translation>Les séances remboursées par Mon soutien psy ne peuvent pas dépasser les séances demandées.</translation>
    </message>
    <message>
        <source>The mutuelle&apos;s share cannot exceed the total.</source>
        <translation>La part de la mutuelle ne peut pas dépasser le total.</translation>
    </message>
    <message>
        <source>The validity must be between 1 and 60 months.</source>
        <translation>La durée de validité doit être entre 1 et 60 mois.</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>La date du %1 est dans le futur.</translation>
    </message>
    <message>
        <source>The dossier cannot be sent before it was prepared.</source>
        <translation>Le dossier ne peut pas être envoyé avant d&apos;avoir été préparé.</translation>
    </message>
    <message>
        <source>Give the date of the decision.</source>
        <translation>Indiquez la date de la décision.</translation>
    </message>
    <message>
        <source>The decision cannot come before the dossier was sent.</source>
        <translation>La décision ne peut pas arriver avant l&apos;envoi du dossier.</translation>
    </message>
    <message>
        <source>Give the amount granted.</source>
        <translation>Indiquez le montant accordé.</translation>
    </message>
    <message>
        <source>The request to reconsider cannot come before the refusal.</source>
        <translation>La demande de réexamen ne peut pas arriver avant le refus.</translation>
    </message>
    <message>
        <source>Invoices can only be sent against a granted aid.</source>
        <translation>Vous ne pouvez envoyer des factures que pour une aide accordée.</translation>
    </message>
    <message>
        <source>Each claim needs a date and an amount above 0.</source>
        <translation>Chaque demande de paiement a besoin d&apos;une date et d&apos;un montant plus grand que 0.</translation>
    </message>
    <message>
        <source>The invoices (%1) would exceed the grant (%2).</source>
        <translation>Les factures (%1) dépasseraient l&apos;aide accordée (%2).</translation>
    </message>
    <message>
        <source>Each document of the checklist needs its own name.</source>
        <translation>Chaque document de la liste a besoin de son propre nom.</translation>
    </message>
    <message>
        <source>An attached document needs its file.</source>
        <translation>Un document joint a besoin de son fichier.</translation>
    </message>
    <message>
        <source>Give the date the invoices were sent (not in the future).</source>
        <translation>Indiquez la date d&apos;envoi des factures (pas dans le futur).</translation>
    </message>
    <message>
        <source>The amount must be above 0.</source>
        <translation>Le montant doit être plus grand que 0.</translation>
    </message>
    <message>
        <source>Only %1 of the grant is left: the invoices (%2) exceed it.</source>
        <translation>Il ne reste que %1 de l&apos;aide accordée&#xa0;: les factures (%2) dépassent ce montant.</translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation>Pas encore de réponse</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Accordée</translation>
    </message>
    <message>
        <source>Partly granted</source>
        <translation>Accordée en partie</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquant</translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Joint</translation>
    </message>
    <message>
        <source>Each CPAM sets its own rules for this aid and publishes little about them. The documents, delays and validity Carnet shows come from people&apos;s accounts, not from an official text: check your CPAM&apos;s page, and change the delays in the settings if your letter says otherwise.</source>
        <translation>Chaque CPAM fixe ses propres règles pour cette aide et en publie peu. Les documents, les délais et la durée de validité que montre Carnet viennent de témoignages, pas d&apos;un texte officiel. Regardez la page de votre CPAM, et changez les délais dans les réglages si votre lettre dit autre chose.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A document and which kind of it (&quot;Proof of income: latest avis d&apos;imposition&quot;)</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>carnet::AidService</name>
    <message>
        <source>This aid request does not exist.</source>
        <translation>Cette demande d&apos;aide n&apos;existe pas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a French département code.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro de département français.</translation>
    </message>
    <message>
        <source>This person does not exist.</source>
        <translation>Cette personne n&apos;existe pas.</translation>
    </message>
    <message>
        <source>This psychologist does not exist.</source>
        <translation>Ce psychologue n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is not recorded as a psychologist.</source>
        <translation>%1 n&apos;est pas noté comme psychologue.</translation>
    </message>
    <message>
        <source>The attached document no longer exists.</source>
        <translation>Le document joint n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The CPAM of %1 writes that psychology sessions cannot be funded by this aid. You may still ask, but expect a refusal.</source>
        <translation>La CPAM (%1) écrit que cette aide ne peut pas payer des séances de psychologie. Vous pouvez quand même demander, mais attendez-vous à un refus.</translation>
    </message>
    <message>
        <source>An id cannot be negative.</source>
        <translation>Un identifiant ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>An entry with id %1 already exists.</source>
        <translation>Un élément avec l&apos;identifiant %1 existe déjà.</translation>
    </message>
    <message>
        <source>Give the date the dossier was sent.</source>
        <translation>Indiquez la date d&apos;envoi du dossier.</translation>
    </message>
    <message>
        <source>Mark the dossier as sent before recording the decision.</source>
        <translation>Notez l&apos;envoi du dossier avant de noter la décision.</translation>
    </message>
    <message>
        <source>Give the amount granted.</source>
        <translation>Indiquez le montant accordé.</translation>
    </message>
    <message>
        <source>This claim does not exist.</source>
        <translation>Cette demande de paiement n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Only a refusal can be appealed.</source>
        <translation>Vous ne pouvez contester qu&apos;un refus.</translation>
    </message>
    <message>
        <source>Give the date of the letter.</source>
        <translation>Indiquez la date de la lettre.</translation>
    </message>
</context>
<context>
    <name>carnet::AppContext</name>
    <message>
        <source>An unexpected error occurred.</source>
        <translation>Une erreur inattendue s&apos;est produite.</translation>
    </message>
</context>
<context>
    <name>carnet::AttachmentStore</name>
    <message>
        <source>This file is open read-only: nothing was attached.</source>
        <translation>Ce fichier est ouvert en lecture seule&#xa0;: rien n&apos;a été joint.</translation>
    </message>
    <message>
        <source>The file to attach does not exist.</source>
        <translation>Le fichier à joindre n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The file is too large to attach (more than 100 MB).</source>
        <translation>Le fichier est trop gros pour être joint (plus de 100&#xa0;Mo).</translation>
    </message>
    <message>
        <source>The file to attach cannot be read.</source>
        <translation>Le fichier à joindre ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Carnet cannot write in its attachments folder.</source>
        <translation>Carnet ne peut pas écrire dans son dossier des pièces jointes.</translation>
    </message>
    <message>
        <source>The attachment could not be copied (is the disk full?).</source>
        <translation>La pièce jointe n&apos;a pas pu être copiée (le disque est-il plein&#x202f;?).</translation>
    </message>
    <message>
        <source>The attachment could not be stored.</source>
        <translation>La pièce jointe n&apos;a pas pu être enregistrée.</translation>
    </message>
</context>
<context>
    <name>carnet::CarePathAccessPage</name>
    <message>
        <source>How do you start?</source>
        <translation>Comment commencer&#x202f;?</translation>
    </message>
    <message>
        <source>You can go straight to a psychologist who is a partner of the scheme, or first see a doctor or a midwife who writes a letter for the psychologist.</source>
        <translation>Vous pouvez aller directement chez un psychologue partenaire du dispositif. Ou bien voir d&apos;abord un médecin ou une sage-femme, qui écrit un courrier pour le psychologue.</translation>
    </message>
    <message>
        <source>&amp;Directly to a partner psychologist</source>
        <translation>&amp;Directement chez un psychologue partenaire</translation>
    </message>
    <message>
        <source>Directly to a partner psychologist</source>
        <translation>Directement chez un psychologue partenaire</translation>
    </message>
    <message>
        <source>No letter is needed: book the first session (the evaluation) yourself.</source>
        <translation>Pas besoin de courrier&#xa0;: prenez vous-même rendez-vous pour la première séance (l&apos;entretien d&apos;évaluation).</translation>
    </message>
    <message>
        <source>&amp;Through a doctor or a midwife</source>
        <translation>En passant par un &amp;médecin ou une sage-femme</translation>
    </message>
    <message>
        <source>Through a doctor or a midwife</source>
        <translation>En passant par un médecin ou une sage-femme</translation>
    </message>
    <message>
        <source>The médecin traitant, a pediatrician, a midwife, a school doctor, a PMI or university health service doctor, or a hospital doctor writes a courrier d&apos;accompagnement for the psychologist. Carnet keeps who wrote it, when, and a scan.</source>
        <translation>Le médecin traitant, un pédiatre, une sage-femme, un médecin scolaire, un médecin de PMI ou du service de santé universitaire, ou un médecin hospitalier écrit un courrier d&apos;accompagnement pour le psychologue. Carnet garde qui l&apos;a écrit, quand, et un scan.</translation>
    </message>
    <message>
        <source>On this date the scheme still requires a doctor&apos;s letter (courrier d&apos;adressage).</source>
        <translation>À cette date, le dispositif demande encore un courrier du médecin (courrier d&apos;adressage).</translation>
    </message>
</context>
<context>
    <name>carnet::CarePathPersonPage</name>
    <message>
        <source>For whom?</source>
        <translation>Pour qui&#x202f;?</translation>
    </message>
    <message>
        <source>Mon soutien psy covers sessions with a psychologist for anyone aged 3 or more, for a calendar year. Choose who the care is for.</source>
        <translation>Mon soutien psy rembourse des séances chez un psychologue pour toute personne de 3 ans ou plus, sur une année civile. Choisissez pour qui sont les soins.</translation>
    </message>
    <message>
        <source>A &amp;person already in this file:</source>
        <translation>Une personne déjà dans ce fic&amp;hier&#xa0;:</translation>
    </message>
    <message>
        <source>A person already in this file</source>
        <translation>Une personne déjà dans ce fichier</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>&amp;Someone new:</source>
        <translation>Une personne nou&amp;velle&#xa0;:</translation>
    </message>
    <message>
        <source>Someone new</source>
        <translation>Une personne nouvelle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non indiquée</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Date de naissance&#xa0;:</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Myself</source>
        <translation>Moi-même</translation>
    </message>
    <message>
        <source>My child</source>
        <translation>Mon enfant</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Une autre personne</translation>
    </message>
    <message>
        <source>&amp;Who is it:</source>
        <translation>&amp;Qui est-ce&#xa0;:</translation>
    </message>
    <message>
        <source>Mutuelle (leave empty if none)</source>
        <translation>Mutuelle (laisser vide s&apos;il n&apos;y en a pas)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>&amp;Mutuelle:</source>
        <translation>M&amp;utuelle&#xa0;:</translation>
    </message>
    <message>
        <source>Cover situation today</source>
        <translation>Situation de prise en charge aujourd&apos;hui</translation>
    </message>
    <message>
        <source>&amp;Cover today:</source>
        <translation>Prise en &amp;charge aujourd&apos;hui&#xa0;:</translation>
    </message>
    <message>
        <source>Parental consent</source>
        <translation>Accord des parents</translation>
    </message>
    <message>
        <source>For a minor, the care needs the consent of those who hold parental authority. Write their names: they are recorded with the path.</source>
        <translation>Pour un mineur, les soins demandent l&apos;accord des personnes qui ont l&apos;autorité parentale. Écrivez leurs noms&#xa0;: ils sont gardés avec le parcours.</translation>
    </message>
    <message>
        <source>Holder of parental authority who consents</source>
        <translation>Personne qui a l&apos;autorité parentale et donne son accord</translation>
    </message>
    <message>
        <source>&amp;Holder of parental authority:</source>
        <translation>Personne ayant l&apos;&amp;autorité parentale&#xa0;:</translation>
    </message>
    <message>
        <source>Second holder of parental authority (optional)</source>
        <translation>Deuxième personne ayant l&apos;autorité parentale (facultatif)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Second &amp;holder (optional):</source>
        <translation>Deu&amp;xième personne (facultatif)&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%1 already has %n covered session(s) recorded in %2 (%3 left): this completes the year under way, whose counter goes on.</source>
        <translation>
            <numerusform>%1 a déjà %n séance remboursée notée en %2 (il en reste %3)&#xa0;: ce parcours complète l&apos;année en cours, et le compteur continue.</numerusform>
            <numerusform>%1 a déjà %n séances remboursées notées en %2 (il en reste %3)&#xa0;: ce parcours complète l&apos;année en cours, et le compteur continue.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 had sessions in an earlier year: this is the renewal for %2. The counter starts again with the calendar year: %3 covered sessions (1 evaluation and up to %4 follow-ups). A renewal is best talked over first with the médecin traitant (or a psychiatrist).</source>
        <translation>%1 a eu des séances une année précédente&#xa0;: c&apos;est le renouvellement pour %2. Le compteur repart avec l&apos;année civile&#xa0;: %3 séances remboursées (1 entretien d&apos;évaluation et jusqu&apos;à %4 séances de suivi). Il vaut mieux parler d&apos;abord du renouvellement avec le médecin traitant (ou un psychiatre).</translation>
    </message>
    <message>
        <source>Choose a person.</source>
        <translation>Choisissez une personne.</translation>
    </message>
    <message>
        <source>For a minor, write the name of at least one holder of parental authority who consents to the care.</source>
        <translation>Pour un mineur, écrivez le nom d&apos;au moins une personne qui a l&apos;autorité parentale et donne son accord pour les soins.</translation>
    </message>
</context>
<context>
    <name>carnet::CarePathPreparationPage</name>
    <message>
        <source>Before the first session</source>
        <translation>Avant la première séance</translation>
    </message>
    <message>
        <source>The first session is the evaluation (entretien d&apos;évaluation). What to bring, and what it costs.</source>
        <translation>La première séance est l&apos;entretien d&apos;évaluation. Ce qu&apos;il faut apporter, et ce que ça coûte.</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>Ce qu&apos;il faut apporter</translation>
    </message>
    <message>
        <source>What it costs, what comes back</source>
        <translation>Ce que ça coûte, ce qui vous est remboursé</translation>
    </message>
    <message>
        <source>The paper attestation de droits (print it from your ameli account or ask your CPAM), and your carte Vitale.</source>
        <translation>L&apos;attestation de droits sur papier (imprimez-la depuis votre compte ameli ou demandez-la à votre CPAM), et votre carte Vitale.</translation>
    </message>
    <message>
        <source>The courrier d&apos;accompagnement from %1 (%2), dated %3.</source>
        <translation>Le courrier d&apos;accompagnement de %1 (%2), daté du %3.</translation>
    </message>
    <message>
        <source>Your mutuelle card (%1).</source>
        <translation>Votre carte de mutuelle (%1).</translation>
    </message>
    <message>
        <source>A holder of parental authority comes along: %1 consented.</source>
        <translation>Une personne ayant l&apos;autorité parentale vient aussi&#xa0;: %1 a donné son accord.</translation>
    </message>
    <message>
        <source>Mon soutien psy is not in force on this date.</source>
        <translation>Mon soutien psy n&apos;existe pas à cette date.</translation>
    </message>
    <message>
        <source>These sessions would not be covered: %1</source>
        <translation>Ces séances ne seraient pas remboursées&#xa0;: %1</translation>
    </message>
    <message>
        <source>You pay the psychologist&apos;s fee, and nothing comes back from the CPAM or the mutuelle.</source>
        <translation>Vous payez le tarif du psychologue, et ni la CPAM ni la mutuelle ne vous remboursent.</translation>
    </message>
    <message>
        <source>Each session costs %1: the psychologist may not charge more within the scheme.</source>
        <translation>Chaque séance coûte %1&#xa0;: dans le dispositif, le psychologue ne peut pas demander plus.</translation>
    </message>
    <message>
        <source>The evaluation costs %1 and each follow-up %2: the psychologist may not charge more within the scheme.</source>
        <translation>L&apos;entretien d&apos;évaluation coûte %1 et chaque séance de suivi %2&#xa0;: dans le dispositif, le psychologue ne peut pas demander plus.</translation>
    </message>
    <message>
        <source>With %1, the sessions are covered at 100 %, with tiers payant: you advance nothing (%2 to pay), and the CPAM pays the psychologist directly. Show the attestation de droits.</source>
        <translation>Avec %1, les séances sont prises en charge à 100&#xa0;%, avec le tiers payant&#xa0;: vous n&apos;avancez rien (%2 à payer), et la CPAM paie directement le psychologue. Montrez l&apos;attestation de droits.</translation>
    </message>
    <message>
        <source>this cover</source>
        <translation>cette prise en charge</translation>
    </message>
    <message>
        <source>You pay the psychologist (%1), who gives you a feuille de soins: send it to your CPAM.</source>
        <translation>Vous payez le psychologue (%1). Il vous donne une feuille de soins&#xa0;: envoyez-la à votre CPAM.</translation>
    </message>
    <message>
        <source>The CPAM pays you back %1 (%2 % of the tariff).</source>
        <translation>La CPAM vous rembourse %1 (%2&#xa0;% du tarif).</translation>
    </message>
    <message>
        <source>Your mutuelle (%1) pays you back the other %2 % (%3).</source>
        <translation>Votre mutuelle (%1) vous rembourse les autres %2&#xa0;% (%3).</translation>
    </message>
    <message>
        <source>Without a mutuelle, the other %1 % (%2) stays with you.</source>
        <translation>Sans mutuelle, les autres %1&#xa0;% (%2) restent à votre charge.</translation>
    </message>
</context>
<context>
    <name>carnet::CarePathPsychologistPage</name>
    <message>
        <source>Which psychologist?</source>
        <translation>Quel psychologue&#x202f;?</translation>
    </message>
    <message>
        <source>Only sessions with a psychologist who is a partner of Mon soutien psy (conventionné) are covered.</source>
        <translation>Seules les séances chez un psychologue partenaire de Mon soutien psy (conventionné) sont remboursées.</translation>
    </message>
    <message>
        <source>A psychologist already in this &amp;file:</source>
        <translation>Un psychologue déjà dans ce &amp;fichier&#xa0;:</translation>
    </message>
    <message>
        <source>A psychologist already in this file</source>
        <translation>Un psychologue déjà dans ce fichier</translation>
    </message>
    <message>
        <source>Psychologist</source>
        <translation>Psychologue</translation>
    </message>
    <message>
        <source>A &amp;new psychologist:</source>
        <translation>Un &amp;nouveau psychologue&#xa0;:</translation>
    </message>
    <message>
        <source>A new psychologist</source>
        <translation>Un nouveau psychologue</translation>
    </message>
    <message>
        <source>Psychologist&apos;s name</source>
        <translation>Nom du psychologue</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>N&amp;om&#xa0;:</translation>
    </message>
    <message>
        <source>RPPS or ADELI number (optional)</source>
        <translation>Numéro RPPS ou ADELI (facultatif)</translation>
    </message>
    <message>
        <source>optional: 11 digits (RPPS) or 9 (ADELI)</source>
        <translation>facultatif&#xa0;: 11 chiffres (RPPS) ou 9 (ADELI)</translation>
    </message>
    <message>
        <source>&amp;RPPS number:</source>
        <translation>Numéro &amp;RPPS&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Partner of Mon soutien psy (conventionné)</source>
        <translation>P&amp;artenaire de Mon soutien psy (conventionné)</translation>
    </message>
    <message>
        <source>Partner of Mon soutien psy</source>
        <translation>Partenaire de Mon soutien psy</translation>
    </message>
    <message>
        <source>Not sure? Look the psychologist up in the &lt;a href=&quot;%1&quot;&gt;official directory of partner psychologists&lt;/a&gt; (monsoutienpsy.ameli.fr).</source>
        <translation>Vous hésitez&#x202f;? Cherchez le psychologue dans l&apos;&lt;a href=&quot;%1&quot;&gt;annuaire officiel des psychologues partenaires&lt;/a&gt; (monsoutienpsy.ameli.fr).</translation>
    </message>
    <message>
        <source>Official directory of partner psychologists (link)</source>
        <translation>Annuaire officiel des psychologues partenaires (lien)</translation>
    </message>
    <message>
        <source>%1 (not a partner)</source>
        <translation>%1 (pas partenaire)</translation>
    </message>
    <message>
        <source>%1 Sessions with this psychologist are then not covered: neither the CPAM nor the mutuelle pays anything back, and they do not count in the year&apos;s sessions. Check the directory: a partner psychologist may be near you.</source>
        <translation>%1 Les séances avec ce psychologue ne sont alors pas remboursées&#xa0;: ni la CPAM ni la mutuelle ne paient, et elles ne comptent pas dans les séances de l&apos;année. Regardez l&apos;annuaire&#xa0;: il y a peut-être un psychologue partenaire près de chez vous.</translation>
    </message>
    <message>
        <source>Choose a psychologist.</source>
        <translation>Choisissez un psychologue.</translation>
    </message>
</context>
<context>
    <name>carnet::CarePathReferralPage</name>
    <message>
        <source>The courrier d&apos;accompagnement</source>
        <translation>Le courrier d&apos;accompagnement</translation>
    </message>
    <message>
        <source>The letter the doctor or the midwife wrote for the psychologist. Bring it to the first session.</source>
        <translation>La lettre que le médecin ou la sage-femme a écrite pour le psychologue. Apportez-la à la première séance.</translation>
    </message>
    <message>
        <source>Who wrote the letter</source>
        <translation>Qui a écrit la lettre</translation>
    </message>
    <message>
        <source>e.g. Dr Paul Petit</source>
        <translation>ex. Dr Paul Petit</translation>
    </message>
    <message>
        <source>&amp;Written by:</source>
        <translation>&amp;Écrite par&#xa0;:</translation>
    </message>
    <message>
        <source>Their role</source>
        <translation>Son rôle</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Date of the letter</source>
        <translation>Date de la lettre</translation>
    </message>
    <message>
        <source>&amp;Date of the letter:</source>
        <translation>&amp;Date de la lettre&#xa0;:</translation>
    </message>
    <message>
        <source>Parental consent:</source>
        <translation>Accord des parents&#xa0;:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>&amp;Attach a scan…</source>
        <translation>&amp;Joindre un scan…</translation>
    </message>
    <message>
        <source>Attach a scan of the letter</source>
        <translation>Joindre un scan de la lettre</translation>
    </message>
    <message>
        <source>Re&amp;move the scan</source>
        <translation>Retirer le s&amp;can</translation>
    </message>
    <message>
        <source>Remove the scan</source>
        <translation>Retirer le scan</translation>
    </message>
    <message>
        <source>Scan (optional):</source>
        <translation>Scan (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>not needed (the person is of age)</source>
        <translation>pas nécessaire (la personne est majeure)</translation>
    </message>
    <message>
        <source>Attach the scan of the letter</source>
        <translation>Joindre le scan de la lettre</translation>
    </message>
    <message>
        <source>Scans and documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Scans et documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The scan cannot be found any more: choose it again.</source>
        <translation>Le scan est introuvable&#xa0;: choisissez-le à nouveau.</translation>
    </message>
</context>
<context>
    <name>carnet::CarePathSafetyPage</name>
    <message>
        <source>First, your safety</source>
        <translation>D&apos;abord, votre sécurité</translation>
    </message>
    <message>
        <source>If you are in crisis or have dark thoughts, do not wait for an appointment: call now.</source>
        <translation>Si vous êtes en crise ou si vous avez des idées noires, n&apos;attendez pas un rendez-vous&#xa0;: appelez maintenant.</translation>
    </message>
    <message>
        <source>Mon soutien psy is for mild to moderate psychological distress. Thoughts of suicide or a severe crisis call for these numbers, or a doctor, first: they will guide you to the right care. These numbers are always one click away in Carnet (Help menu, “I&apos;m not well”).</source>
        <translation>Mon soutien psy est fait pour une souffrance psychique légère à modérée. Des idées de suicide ou une crise grave demandent d&apos;abord ces numéros, ou un médecin&#xa0;: ils vous guideront vers les bons soins. Ces numéros sont toujours à un clic dans Carnet (menu Aide, «&#xa0;Je ne vais pas bien&#xa0;»).</translation>
    </message>
    <message>
        <source>&lt;b&gt;If you are in crisis, or have dark thoughts, or fear for someone close to you,&lt;/b&gt; call one of these numbers now. Calls are free.</source>
        <translation>&lt;b&gt;Si vous êtes en crise, si vous avez des idées noires, ou si vous avez peur pour un proche,&lt;/b&gt; appelez un de ces numéros maintenant. Les appels sont gratuits.</translation>
    </message>
</context>
<context>
    <name>carnet::CarePathSummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Check, then choose Finish: Carnet records this in one step, which Undo takes back.</source>
        <translation>Vérifiez, puis choisissez Terminer. Carnet enregistre tout en une seule fois. Pour tout défaire ensuite&#xa0;: menu Modifier, Annuler.</translation>
    </message>
    <message>
        <source>The year&apos;s plan</source>
        <translation>Le programme de l&apos;année</translation>
    </message>
    <message numerus="yes">
        <source>For: %1, born on %2 (%n year(s) old), added to the file.</source>
        <translation>
            <numerusform>Pour&#xa0;: %1, né(e) le %2 (%n an), ajouté(e) au fichier.</numerusform>
            <numerusform>Pour&#xa0;: %1, né(e) le %2 (%n ans), ajouté(e) au fichier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For: %1, born on %2 (%n year(s) old).</source>
        <translation>
            <numerusform>Pour&#xa0;: %1, né(e) le %2 (%n an).</numerusform>
            <numerusform>Pour&#xa0;: %1, né(e) le %2 (%n ans).</numerusform>
        </translation>
    </message>
    <message>
        <source>Parental consent: %1.</source>
        <translation>Accord des parents&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Access: through a courrier d&apos;accompagnement from %1 (%2), dated %3.</source>
        <translation>Accès&#xa0;: avec un courrier d&apos;accompagnement de %1 (%2), daté du %3.</translation>
    </message>
    <message>
        <source>No scan of the letter attached.</source>
        <translation>Aucun scan de la lettre n&apos;est joint.</translation>
    </message>
    <message>
        <source>Scan of the letter: %1.</source>
        <translation>Scan de la lettre&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Access: directly to the psychologist.</source>
        <translation>Accès&#xa0;: directement chez le psychologue.</translation>
    </message>
    <message>
        <source>Psychologist: %1, partner of Mon soutien psy.</source>
        <translation>Psychologue&#xa0;: %1, partenaire de Mon soutien psy.</translation>
    </message>
    <message>
        <source>Psychologist: %1, NOT a partner of Mon soutien psy: the sessions will not be covered.</source>
        <translation>Psychologue&#xa0;: %1, PAS partenaire de Mon soutien psy&#xa0;: les séances ne seront pas remboursées.</translation>
    </message>
    <message>
        <source>RPPS %1.</source>
        <translation>RPPS %1.</translation>
    </message>
    <message>
        <source>Added to the file.</source>
        <translation>Ajouté au fichier.</translation>
    </message>
    <message>
        <source>In %1: 1 evaluation, in person, then up to %2 follow-up sessions (by video when the psychologist agrees): %3 covered sessions in the calendar year. The dashboard counts them for you.</source>
        <translation>En %1&#xa0;: 1 entretien d&apos;évaluation, au cabinet, puis jusqu&apos;à %2 séances de suivi (en vidéo si le psychologue est d&apos;accord)&#xa0;: %3 séances remboursées dans l&apos;année civile. Le tableau de bord les compte pour vous.</translation>
    </message>
    <message>
        <source>At the end of the care, the psychologist may write an end report (compte-rendu de fin de prise en charge), for you or, with your agreement, for your doctor.</source>
        <translation>À la fin des soins, le psychologue peut écrire un compte-rendu de fin de prise en charge, pour vous ou, si vous êtes d&apos;accord, pour votre médecin.</translation>
    </message>
    <message>
        <source>Once the %1 covered sessions of %2 are used, further sessions that year are not covered: they can go on as private sessions, at the psychologist&apos;s own fee. The counter starts again on 1 January: talk it over with your médecin traitant (or a psychiatrist), then run this assistant again for the renewal.</source>
        <translation>Quand les %1 séances remboursées de %2 sont utilisées, les séances suivantes de l&apos;année ne sont pas remboursées. Elles peuvent continuer en séances privées, au tarif du psychologue. Le compteur repart le 1er janvier&#xa0;: parlez-en avec votre médecin traitant (ou un psychiatre), puis relancez cet assistant pour le renouvellement.</translation>
    </message>
    <message>
        <source>Mon soutien psy is not in force on this date.</source>
        <translation>Mon soutien psy n&apos;existe pas à cette date.</translation>
    </message>
</context>
<context>
    <name>carnet::CarePathWizard</name>
    <message>
        <source>Start a year of care (Mon soutien psy)</source>
        <translation>Commencer une année de soins (Mon soutien psy)</translation>
    </message>
    <message>
        <source>Parental consent to Mon soutien psy care in %1: %2.</source>
        <translation>Accord des parents pour les soins Mon soutien psy en %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>start the care of “%1” in %2</source>
        <translation>le début du suivi de «&#xa0;%1&#xa0;» en %2</translation>
    </message>
</context>
<context>
    <name>carnet::CareSheetService</name>
    <message>
        <source>A session appears twice on the care sheet.</source>
        <translation>Une séance apparaît deux fois sur la feuille de soins.</translation>
    </message>
    <message>
        <source>A care sheet holds the sessions of one person.</source>
        <translation>Une feuille de soins contient les séances d&apos;une seule personne.</translation>
    </message>
    <message>
        <source>A session is already on another care sheet.</source>
        <translation>Une séance est déjà sur une autre feuille de soins.</translation>
    </message>
    <message>
        <source>The sending date cannot be in the future.</source>
        <translation>La date d&apos;envoi ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>Payments were recorded for sessions of this care sheet: remove them first.</source>
        <translation>Des paiements ont été notés pour des séances de cette feuille de soins&#xa0;: retirez-les d&apos;abord.</translation>
    </message>
</context>
<context>
    <name>carnet::CareSheetsPage</name>
    <message>
        <source>Care sheets and payments</source>
        <translation>Feuilles de soins et paiements</translation>
    </message>
    <message>
        <source>To send</source>
        <translation>À envoyer</translation>
    </message>
    <message>
        <source>&amp;Create a care sheet…</source>
        <translation>&amp;Créer une feuille de soins…</translation>
    </message>
    <message>
        <source>Create a care sheet</source>
        <translation>Créer une feuille de soins</translation>
    </message>
    <message>
        <source>Care sheets not sent yet:</source>
        <translation>Feuilles de soins pas encore envoyées&#xa0;:</translation>
    </message>
    <message>
        <source>Care sheets not sent yet</source>
        <translation>Feuilles de soins pas encore envoyées</translation>
    </message>
    <message>
        <source>&amp;Mark as sent…</source>
        <translation>&amp;Noter l&apos;envoi…</translation>
    </message>
    <message>
        <source>Mark the selected care sheet as sent</source>
        <translation>Noter l&apos;envoi de la feuille de soins choisie</translation>
    </message>
    <message>
        <source>Late payments</source>
        <translation>Paiements en retard</translation>
    </message>
    <message>
        <source>No late payment.</source>
        <translation>Aucun paiement en retard.</translation>
    </message>
    <message>
        <source>Record the &amp;late payment…</source>
        <translation>Noter le paiement en re&amp;tard…</translation>
    </message>
    <message>
        <source>Record the selected late payment</source>
        <translation>Noter le paiement en retard choisi</translation>
    </message>
    <message>
        <source>Care &amp;sheets:</source>
        <translation>F&amp;euilles de soins&#xa0;:</translation>
    </message>
    <message>
        <source>Care sheets</source>
        <translation>Feuilles de soins</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Remplie le</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée le</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>CPAM still owes</source>
        <translation>Encore dû par la CPAM</translation>
    </message>
    <message>
        <source>Mutuelle still owes</source>
        <translation>Encore dû par la mutuelle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Record a payment for this s&amp;heet…</source>
        <translation>N&amp;oter un paiement pour cette feuille…</translation>
    </message>
    <message>
        <source>Record a payment for the selected care sheet</source>
        <translation>Noter un paiement pour la feuille de soins choisie</translation>
    </message>
    <message>
        <source>Remo&amp;ve the sheet…</source>
        <translation>Retirer la feu&amp;ille…</translation>
    </message>
    <message>
        <source>Remove the selected care sheet</source>
        <translation>Retirer la feuille de soins choisie</translation>
    </message>
    <message>
        <source>Pa&amp;yments received:</source>
        <translation>Paiements reç&amp;us&#xa0;:</translation>
    </message>
    <message>
        <source>Payments received</source>
        <translation>Paiements reçus</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Sessions paid</source>
        <translation>Séances payées</translation>
    </message>
    <message>
        <source>&amp;Record a payment…</source>
        <translation>A&amp;jouter un paiement…</translation>
    </message>
    <message>
        <source>Record a payment</source>
        <translation>Noter un paiement</translation>
    </message>
    <message>
        <source>Remove the &amp;payment…</source>
        <translation>&amp;Retirer le paiement…</translation>
    </message>
    <message>
        <source>Remove the selected payment</source>
        <translation>Retirer le paiement choisi</translation>
    </message>
    <message>
        <source>Remove care sheet</source>
        <translation>Retirer la feuille de soins</translation>
    </message>
    <message>
        <source>Remove payment</source>
        <translation>Retirer le paiement</translation>
    </message>
    <message>
        <source>Open or create a Carnet file to follow care sheets and payments.</source>
        <translation>Ouvrez ou créez un fichier Carnet pour suivre les feuilles de soins et les paiements.</translation>
    </message>
    <message>
        <source>Choose or add a person first.</source>
        <translation>Choisissez ou ajoutez d&apos;abord une personne.</translation>
    </message>
    <message>
        <source>%1 in %2. CPAM: %3 received, %4 still owed. Mutuelle: %5 received, %6 still owed.</source>
        <translation>%1 en %2. CPAM&#xa0;: %3 reçus, %4 encore dus. Mutuelle&#xa0;: %5 reçus, %6 encore dus.</translation>
    </message>
    <message>
        <source>Every session that needs one is on a care sheet.</source>
        <translation>Chaque séance qui en a besoin est sur une feuille de soins.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) with no care sheet yet: %1.</source>
        <translation>
            <numerusform>%n séance sans feuille de soins pour l&apos;instant&#xa0;: %1.</numerusform>
            <numerusform>%n séances sans feuille de soins pour l&apos;instant&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Issued on %1, %n session(s): %2</source>
        <translation>
            <numerusform>Remplie le %1, %n séance&#xa0;: %2</numerusform>
            <numerusform>Remplie le %1, %n séances&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>a care sheet</source>
        <translation>une feuille de soins</translation>
    </message>
    <message>
        <source>the care sheet sent on %1</source>
        <translation>la feuille de soins envoyée le %1</translation>
    </message>
    <message numerus="yes">
        <source>Late: %1 still owes %2 for %3. It was due on %4 (%n day(s) late).</source>
        <translation>
            <numerusform>En retard&#xa0;: %1 vous doit encore %2 pour %3. Le paiement était attendu le %4 (%n jour de retard).</numerusform>
            <numerusform>En retard&#xa0;: %1 vous doit encore %2 pour %3. Le paiement était attendu le %4 (%n jours de retard).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %n day(s)</source>
        <translation>
            <numerusform>%1 %n jour</numerusform>
            <numerusform>%1 %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Late: %1</source>
        <translation>En retard&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing left to receive</source>
        <translation>Plus rien à recevoir</translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <translation>Paiement attendu</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Pas envoyée</translation>
    </message>
    <message>
        <source>Electronic</source>
        <translation>Électronique</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Remove the care sheet</source>
        <translation>Retirer la feuille de soins</translation>
    </message>
    <message>
        <source>Remove the care sheet issued on %1 for %2? Its sessions will be listed as having no care sheet. You can undo this (Ctrl+Z).</source>
        <translation>Retirer la feuille de soins remplie le %1 pour %2&#x202f;? Ses séances seront notées comme sans feuille de soins. Vous pourrez l&apos;annuler (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Remove the payment</source>
        <translation>Retirer le paiement</translation>
    </message>
    <message>
        <source>Remove the payment of %1 received from %2 on %3? You can undo this (Ctrl+Z).</source>
        <translation>Retirer le paiement de %1 reçu de %2 le %3&#x202f;? Vous pourrez l&apos;annuler (Ctrl+Z).</translation>
    </message>
</context>
<context>
    <name>carnet::CaseloadExport</name>
    <message>
        <source>to-do</source>
        <extracomment>A file name: lower case, no accent, no space.</extracomment>
        <translation>a-faire</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
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
        <translation>Année</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>CPAM %1, mutuelle %2</source>
        <translation>CPAM %1, mutuelle %2</translation>
    </message>
    <message>
        <source>; AFI %1</source>
        <translation>&#xa0;; AFI %1</translation>
    </message>
    <message>
        <source>To do on %1</source>
        <translation>À faire au %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s). Owed: %1.</source>
        <translation>
            <numerusform>%n tâche. Dû&#xa0;: %1.</numerusform>
            <numerusform>%n tâches. Dû&#xa0;: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carnet::CaseloadModel</name>
    <message>
        <source>Care sheets to create</source>
        <translation>Feuilles de soins à demander</translation>
    </message>
    <message>
        <source>Care sheets to send</source>
        <translation>Feuilles de soins à envoyer</translation>
    </message>
    <message>
        <source>Late payments</source>
        <translation>Paiements en retard</translation>
    </message>
    <message>
        <source>Claim deadlines</source>
        <translation>Délais d&apos;envoi</translation>
    </message>
    <message>
        <source>AFI: documents missing</source>
        <translation>AFI&#xa0;: documents manquants</translation>
    </message>
    <message>
        <source>AFI: answer overdue</source>
        <translation>AFI&#xa0;: réponse en retard</translation>
    </message>
    <message>
        <source>AFI: grant expiring</source>
        <translation>AFI&#xa0;: aide bientôt expirée</translation>
    </message>
    <message>
        <source>AFI: grant expired</source>
        <translation>AFI&#xa0;: aide expirée</translation>
    </message>
    <message>
        <source>Create a care sheet</source>
        <translation>Créer une feuille de soins</translation>
    </message>
    <message>
        <source>Send the care sheet</source>
        <translation>Envoyer la feuille de soins</translation>
    </message>
    <message>
        <source>Late payment (mutuelle)</source>
        <translation>Paiement en retard (mutuelle)</translation>
    </message>
    <message>
        <source>Late payment (CPAM)</source>
        <translation>Paiement en retard (CPAM)</translation>
    </message>
    <message>
        <source>Claim deadline</source>
        <translation>Délai d&apos;envoi</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>Dans %n jour</numerusform>
            <numerusform>Dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>carnet::CaseloadPage</name>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Computing the list</source>
        <translation>Calcul de la liste</translation>
    </message>
    <message>
        <source>Fi&amp;nd:</source>
        <translation>&amp;Chercher&#xa0;:</translation>
    </message>
    <message>
        <source>Find a person or a task</source>
        <translation>Chercher une personne ou une tâche</translation>
    </message>
    <message>
        <source>Name or words (Ctrl+F)</source>
        <translation>Nom ou mots (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>Kind of task</source>
        <translation>Type de tâche</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Care sheets and payments</source>
        <translation>Feuilles de soins et paiements</translation>
    </message>
    <message>
        <source>AFI requests</source>
        <translation>Demandes d&apos;AFI</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Qui&#xa0;:</translation>
    </message>
    <message>
        <source>Whose tasks</source>
        <translation>Les tâches de qui</translation>
    </message>
    <message>
        <source>Everything to do, most urgent first</source>
        <translation>Tout ce qu&apos;il faut faire, le plus urgent d&apos;abord</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What is owed over the tasks shown</source>
        <translation>Ce qui est dû pour les tâches affichées</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Go to the page where this is done (Enter)</source>
        <translation>Aller à la page où cela se fait (Entrée)</translation>
    </message>
    <message>
        <source>E&amp;xport as CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF to print…</source>
        <translation>Enregistrer en P&amp;DF pour imprimer…</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Open or create a Carnet file to see what there is to do.</source>
        <translation>Ouvrez ou créez un fichier Carnet pour voir ce qu&apos;il y a à faire.</translation>
    </message>
    <message>
        <source>Reading what there is to do for every person…</source>
        <translation>Lecture de ce qu&apos;il y a à faire pour chaque personne…</translation>
    </message>
    <message>
        <source>Nothing to do: every sheet is made and sent, every payment has arrived.</source>
        <translation>Rien à faire&#xa0;: chaque feuille de soins est faite et envoyée, chaque paiement est arrivé.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n task(s) shown.</source>
        <translation>
            <numerusform>%1 tâche affichée sur %n.</numerusform>
            <numerusform>%1 tâches affichées sur %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) for %1, most urgent first.</source>
        <translation>
            <numerusform>%n tâche pour %1, la plus urgente d&apos;abord.</numerusform>
            <numerusform>%n tâches pour %1, les plus urgentes d&apos;abord.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Owed over the tasks shown: %1.</source>
        <translation>Dû pour les tâches affichées&#xa0;: %1.</translation>
    </message>
    <message>
        <source> Updating…</source>
        <translation> Mise à jour…</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Shown: %1.</source>
        <translation>Affiché&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Exporter la liste</translation>
    </message>
    <message>
        <source>Save the list as PDF</source>
        <translation>Enregistrer la liste en PDF</translation>
    </message>
    <message>
        <source>Spreadsheet files (*.csv)</source>
        <translation>Fichiers de tableur (*.csv)</translation>
    </message>
    <message>
        <source>Exported to “%1”.</source>
        <translation>Exporté dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to “%1”.</source>
        <translation>Enregistré dans «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>carnet::CrisisDialog</name>
    <message>
        <source>If you are not well</source>
        <translation>Si vous n&apos;allez pas bien</translation>
    </message>
    <message>
        <source>You are not alone. If you are in danger or have dark thoughts, call now: someone will listen.</source>
        <translation>Vous n&apos;êtes pas seul. Si vous êtes en danger ou si vous avez des idées noires, appelez maintenant&#xa0;: quelqu&apos;un vous écoutera.</translation>
    </message>
</context>
<context>
    <name>carnet::CrisisPanel</name>
    <message>
        <source>%1, by text message</source>
        <translation>%1, par SMS</translation>
    </message>
    <message>
        <source>Phone number %1</source>
        <translation>Numéro de téléphone %1</translation>
    </message>
</context>
<context>
    <name>carnet::CsvExport</name>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Psychologist</source>
        <translation>Psychologue</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Care sheet</source>
        <translation>Feuille de soins</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Payeur</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Session date</source>
        <translation>Date de la séance</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privée</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>À distance</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Au cabinet</translation>
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
        <translation>Autre</translation>
    </message>
    <message>
        <source>Carnet cannot write %1: %2</source>
        <translation>Carnet ne peut pas écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The export to %1 failed (is the disk full?); nothing was written.</source>
        <translation>L&apos;export vers %1 a échoué (le disque est-il plein&#x202f;?). Rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>carnet::DashboardPage</name>
    <message>
        <source>Where do I stand?</source>
        <translation>Où en suis-je&#x202f;?</translation>
    </message>
    <message>
        <source>&amp;Add a person…</source>
        <translation>A&amp;jouter une personne…</translation>
    </message>
    <message>
        <source>Covered sessions</source>
        <translation>Séances remboursées</translation>
    </message>
    <message>
        <source>covered sessions used this year</source>
        <translation>séances remboursées utilisées cette année</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Argent</translation>
    </message>
    <message>
        <source>You paid the psychologist:</source>
        <translation>Vous avez payé au psychologue&#xa0;:</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Still owed</source>
        <translation>Encore dû</translation>
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
        <translation>En tout, on vous doit encore&#xa0;:</translation>
    </message>
    <message>
        <source>No mutuelle recorded for this person: what the CPAM does not pay stays with them.</source>
        <translation>Aucune mutuelle n&apos;est notée pour cette personne&#xa0;: ce que la CPAM ne paie pas reste à sa charge.</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Que faire maintenant</translation>
    </message>
    <message>
        <source>Late payments</source>
        <translation>Paiements en retard</translation>
    </message>
    <message>
        <source>No late payment.</source>
        <translation>Aucun paiement en retard.</translation>
    </message>
    <message>
        <source>Sessions of the year</source>
        <translation>Séances de l&apos;année</translation>
    </message>
    <message>
        <source>No file is open. Open or create a Carnet file (File menu) to see, for each person, the covered sessions left this year, the money expected from the CPAM and the mutuelle, and what to do next.</source>
        <translation>Aucun fichier n&apos;est ouvert. Ouvrez ou créez un fichier Carnet (menu Fichier). Vous verrez alors, pour chaque personne, les séances remboursées qui restent cette année, l&apos;argent attendu de la CPAM et de la mutuelle, et ce qu&apos;il faut faire ensuite.</translation>
    </message>
    <message>
        <source>Nobody is in this file yet. Add the person whose care you follow: yourself, a child, someone you help.</source>
        <translation>Personne n&apos;est encore dans ce fichier. Ajoutez la personne dont vous suivez les soins&#xa0;: vous-même, un enfant, une personne que vous aidez.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>il en reste %n</numerusform>
            <numerusform>il en reste %n</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Mon soutien psy did not exist yet this year.</source>
        <translation>Mon soutien psy n&apos;existait pas encore cette année-là.</translation>
    </message>
    <message>
        <source>%1 of %2 covered sessions used</source>
        <translation>%1 séances remboursées utilisées sur %2</translation>
    </message>
    <message>
        <source>Evaluation session done.</source>
        <translation>Entretien d&apos;évaluation fait.</translation>
    </message>
    <message>
        <source>No evaluation session yet this year: the first covered session of the year is the evaluation.</source>
        <translation>Pas encore d&apos;entretien d&apos;évaluation cette année&#xa0;: la première séance remboursée de l&apos;année est l&apos;entretien d&apos;évaluation.</translation>
    </message>
    <message>
        <source>the CPAM</source>
        <translation>la CPAM</translation>
    </message>
    <message>
        <source>the mutuelle</source>
        <translation>la mutuelle</translation>
    </message>
    <message>
        <source>another payer</source>
        <translation>un autre payeur</translation>
    </message>
    <message>
        <source>the care sheet sent on %1</source>
        <translation>la feuille de soins envoyée le %1</translation>
    </message>
    <message>
        <source>a care sheet</source>
        <translation>une feuille de soins</translation>
    </message>
    <message numerus="yes">
        <source>Late: %1 still owes %2 for %3. It was due on %4 (%n day(s) late).</source>
        <translation>
            <numerusform>En retard&#xa0;: %1 vous doit encore %2 pour %3. Le paiement était attendu le %4 (%n jour de retard).</numerusform>
            <numerusform>En retard&#xa0;: %1 vous doit encore %2 pour %3. Le paiement était attendu le %4 (%n jours de retard).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to do for now.</source>
        <translation>Rien à faire pour l&apos;instant.</translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation>évaluation</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>suivi</translation>
    </message>
    <message>
        <source>private session</source>
        <translation>séance privée</translation>
    </message>
    <message>
        <source>%1, %2: covered (%3 of %4)</source>
        <translation>%1, %2&#xa0;: remboursée (%3 sur %4)</translation>
    </message>
    <message>
        <source>%1, %2: not covered. %3</source>
        <translation>%1, %2&#xa0;: pas remboursée. %3</translation>
    </message>
    <message>
        <source>Start a year of &amp;care (Mon soutien psy)…</source>
        <translation>&amp;Commencer une année de soins (Mon soutien psy)…</translation>
    </message>
    <message>
        <source>You paid the psychologist: %1</source>
        <translation>Vous avez payé au psychologue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Expected from the CPAM: %1</source>
        <translation>Attendu de la CPAM&#xa0;: %1</translation>
    </message>
    <message>
        <source>Received from the CPAM: %1</source>
        <translation>Reçu de la CPAM&#xa0;: %1</translation>
    </message>
    <message>
        <source>Still owed by the CPAM: %1</source>
        <translation>Encore dû par la CPAM&#xa0;: %1</translation>
    </message>
    <message>
        <source>Expected from the mutuelle: %1</source>
        <translation>Attendu de la mutuelle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Received from the mutuelle: %1</source>
        <translation>Reçu de la mutuelle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Still owed by the mutuelle: %1</source>
        <translation>Encore dû par la mutuelle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Still owed to you in all: %1</source>
        <translation>En tout, on vous doit encore&#xa0;: %1</translation>
    </message>
    <message>
        <source>None this year: too young (covered from %1 on)</source>
        <translation>Aucune cette année&#xa0;: trop jeune (prise en charge à partir du %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n left, from %1 on</source>
        <translation>
            <numerusform>%n restante, à partir du %1</numerusform>
            <numerusform>%n restantes, à partir du %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carnet::Database</name>
    <message>
        <source>No file was given.</source>
        <translation>Aucun fichier n&apos;a été donné.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Carnet cannot create the folder %1.</source>
        <translation>Carnet ne peut pas créer le dossier %1.</translation>
    </message>
    <message>
        <source>The file is already open in %1 (process %2 on %3). Close it there first, or open it read-only.</source>
        <translation>Le fichier est déjà ouvert dans %1 (processus %2 sur %3). Fermez-le d&apos;abord là-bas, ou ouvrez-le en lecture seule.</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>un autre programme</translation>
    </message>
    <message>
        <source>an unknown computer</source>
        <translation>un ordinateur inconnu</translation>
    </message>
    <message>
        <source>Carnet cannot lock the file %1 (is its folder writable?).</source>
        <translation>Carnet ne peut pas verrouiller le fichier %1 (peut-on écrire dans son dossier&#x202f;?).</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>il est vide</translation>
    </message>
    <message>
        <source>Carnet cannot create the file %1.</source>
        <translation>Carnet ne peut pas créer le fichier %1.</translation>
    </message>
    <message>
        <source>it is not a sound database</source>
        <translation>ce n&apos;est pas une base de données en bon état</translation>
    </message>
    <message>
        <source>Carnet cannot open %1: %2</source>
        <translation>Carnet ne peut pas ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>it is not a Carnet file</source>
        <translation>ce n&apos;est pas un fichier Carnet</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Carnet (file version %2; this Carnet reads up to version %3). Update Carnet to open it. The file was not changed.</source>
        <translation>%1 a été écrit par une version plus récente de Carnet (fichier version %2&#x202f;; ce Carnet lit jusqu&apos;à la version %3). Mettez Carnet à jour pour l&apos;ouvrir. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>it fails the integrity check</source>
        <translation>le contrôle d&apos;intégrité a trouvé des erreurs</translation>
    </message>
    <message>
        <source>The file is in use by another Carnet and must be upgraded before it can be read. Close the other Carnet first.</source>
        <translation>Le fichier est utilisé par un autre Carnet et doit être mis à niveau avant d&apos;être lu. Fermez d&apos;abord l&apos;autre Carnet.</translation>
    </message>
    <message>
        <source>Carnet must back up the file before upgrading it, and the backup failed: %1 The file was not changed.</source>
        <translation>Carnet doit sauvegarder le fichier avant de le mettre à niveau, et la sauvegarde a échoué&#xa0;: %1 Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>A backup cannot be made in the middle of a change.</source>
        <translation>Impossible de faire une sauvegarde au milieu d&apos;une modification.</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>La sauvegarde %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>A file cannot be restored from itself.</source>
        <translation>Un fichier ne peut pas être restauré à partir de lui-même.</translation>
    </message>
    <message>
        <source>The file is open in Carnet: close it before restoring a backup.</source>
        <translation>Le fichier est ouvert dans Carnet&#xa0;: fermez-le avant de restaurer une sauvegarde.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read.</source>
        <translation>La sauvegarde %1 ne peut pas être lue.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: %2. Nothing was changed.</source>
        <translation>La sauvegarde %1 ne peut pas être restaurée&#xa0;: %2. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Carnet cannot create the backup folder %1.</source>
        <translation>Carnet ne peut pas créer le dossier des sauvegardes %1.</translation>
    </message>
    <message>
        <source>Carnet cannot keep a copy of the file it would replace; nothing was changed.</source>
        <translation>Carnet ne peut pas garder une copie du fichier qu&apos;il remplacerait&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The backup could not replace %1.</source>
        <translation>La sauvegarde n&apos;a pas pu remplacer %1.</translation>
    </message>
    <message>
        <source>The upgrade to file version %1 is missing.</source>
        <translation>La mise à niveau vers la version de fichier %1 manque.</translation>
    </message>
    <message>
        <source>This entry no longer exists.</source>
        <translation>Cet élément n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The file holds a value Carnet cannot read (%1.%2).</source>
        <translation>Le fichier contient une valeur que Carnet ne sait pas lire (%1.%2).</translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>La sauvegarde n&apos;a pas pu être écrite&#xa0;: %1</translation>
    </message>
    <message>
        <source>The backup could not be written to %1.</source>
        <translation>La sauvegarde n&apos;a pas pu être écrite dans %1.</translation>
    </message>
    <message>
        <source>There is no backup of it.</source>
        <translation>Il n&apos;en existe aucune sauvegarde.</translation>
    </message>
    <message>
        <source>The latest backup is %1 (%2): restore it to go on.</source>
        <translation>La dernière sauvegarde est %1 (%2)&#xa0;: restaurez-la pour continuer.</translation>
    </message>
    <message>
        <source>Carnet cannot open %1: %2. The file was not changed. %3</source>
        <translation>Carnet ne peut pas ouvrir %1&#xa0;: %2. Le fichier n&apos;a pas été modifié. %3</translation>
    </message>
    <message>
        <source>This file is open read-only because another Carnet is using it: nothing was saved.</source>
        <translation>Ce fichier est ouvert en lecture seule, car un autre Carnet l&apos;utilise&#xa0;: rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>it was written by a newer Carnet</source>
        <translation>il a été écrit par une version plus récente de Carnet</translation>
    </message>
    <message>
        <source>The file cannot use a write-ahead log (journal mode %1).</source>
        <translation>Le fichier ne peut pas utiliser de journal d&apos;écriture anticipée (mode de journal %1).</translation>
    </message>
    <message>
        <source>it cannot be read</source>
        <translation>il ne peut pas être lu</translation>
    </message>
    <message>
        <source>it is too short to be a database (truncated?)</source>
        <translation>il est trop court pour être une base de données (tronqué&#x202f;?)</translation>
    </message>
    <message>
        <source>it is not a Carnet database</source>
        <translation>ce n&apos;est pas une base de données Carnet</translation>
    </message>
    <message>
        <source>its header is damaged</source>
        <translation>son en-tête est abîmé</translation>
    </message>
    <message>
        <source>it has been cut short (truncated)</source>
        <translation>il a été coupé (tronqué)</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>Le disque est plein&#xa0;: rien n&apos;a été enregistré. Libérez de la place et réessayez.</translation>
    </message>
    <message>
        <source>The file is read-only: nothing was saved.</source>
        <translation>Le fichier est en lecture seule&#xa0;: rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The file is busy in another program: nothing was saved. Try again.</source>
        <translation>Le fichier est occupé par un autre programme&#xa0;: rien n&apos;a été enregistré. Réessayez.</translation>
    </message>
    <message>
        <source>The file is damaged: nothing was saved. Restore a backup.</source>
        <translation>Le fichier est abîmé&#xa0;: rien n&apos;a été enregistré. Restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>The change contradicts what the file already holds: nothing was saved.</source>
        <translation>La modification contredit ce que le fichier contient déjà&#xa0;: rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The file cannot be read or written (%1): nothing was saved.</source>
        <translation>Le fichier ne peut pas être lu ou écrit (%1)&#xa0;: rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The database refused the change (%1): nothing was saved.</source>
        <translation>La base de données a refusé la modification (%1)&#xa0;: rien n&apos;a été enregistré.</translation>
    </message>
</context>
<context>
    <name>carnet::EncryptedContainer</name>
    <message>
        <source>Wrong passphrase, or the file was changed.</source>
        <translation>Phrase secrète incorrecte, ou le fichier a été modifié.</translation>
    </message>
    <message>
        <source>Carnet could not derive the key from the passphrase (not enough memory?).</source>
        <translation>Carnet n&apos;a pas pu dériver la clé de la phrase secrète (mémoire insuffisante&#xa0;?).</translation>
    </message>
    <message>
        <source>The encryption library could not start.</source>
        <translation>La bibliothèque de chiffrement n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <source>These key derivation limits are out of range.</source>
        <translation>Ces paramètres de dérivation de clé sont hors limites.</translation>
    </message>
    <message>
        <source>This file is not an encrypted Carnet export.</source>
        <translation>Ce fichier n&apos;est pas un export Carnet chiffré.</translation>
    </message>
    <message>
        <source>This file was encrypted by a newer Carnet (format %1): update Carnet to open it.</source>
        <translation>Ce fichier a été chiffré par une version plus récente de Carnet (format %1)&#xa0;: mettez Carnet à jour pour l&apos;ouvrir.</translation>
    </message>
</context>
<context>
    <name>carnet::HelpPage</name>
    <message>
        <source>If you are not well, call now</source>
        <translation>Si vous n&apos;allez pas bien, appelez maintenant</translation>
    </message>
    <message>
        <source>Mon soutien psy in short</source>
        <translation>Mon soutien psy en bref</translation>
    </message>
    <message>
        <source>&lt;p&gt;Since 15 June 2024, anyone aged 3 or more can see a &lt;b&gt;partner psychologist&lt;/b&gt; (psychologue conventionné) directly, without a doctor&apos;s letter.&lt;/p&gt;&lt;p&gt;Each calendar year: one &lt;b&gt;evaluation session&lt;/b&gt; (entretien d&apos;évaluation) and up to &lt;b&gt;11 follow-up sessions&lt;/b&gt; (séances de suivi), 50 € each, with no extra fee.&lt;/p&gt;&lt;p&gt;The CPAM pays back 60 % from the &lt;b&gt;feuille de soins&lt;/b&gt; (care sheet) you send it; your mutuelle pays the other 40 %. With the C2S, the AME, an ALD, from the 6th month of pregnancy or after a work accident, you pay nothing in advance.&lt;/p&gt;&lt;p&gt;Minors need the consent of those who hold parental authority.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Depuis le 15 juin 2024, toute personne de 3 ans ou plus peut aller voir directement un &lt;b&gt;psychologue partenaire&lt;/b&gt; (psychologue conventionné), sans courrier du médecin.&lt;/p&gt;&lt;p&gt;Chaque année civile&#xa0;: un &lt;b&gt;entretien d&apos;évaluation&lt;/b&gt; et jusqu&apos;à &lt;b&gt;11 séances de suivi&lt;/b&gt;, à 50&#xa0;€ chacune, sans dépassement.&lt;/p&gt;&lt;p&gt;La CPAM vous rembourse 60&#xa0;% grâce à la &lt;b&gt;feuille de soins&lt;/b&gt; que vous lui envoyez. Votre mutuelle paie les 40&#xa0;% qui restent. Avec la C2S, l&apos;AME, une ALD (affection de longue durée), à partir du 6e mois de grossesse ou après un accident du travail, vous n&apos;avancez rien&#xa0;: c&apos;est le tiers payant.&lt;/p&gt;&lt;p&gt;Pour un mineur, il faut l&apos;accord des personnes qui ont l&apos;autorité parentale.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Help to pay: the CPAM&apos;s individual financial aid</source>
        <translation>Aide pour payer&#xa0;: l&apos;aide financière individuelle de la CPAM</translation>
    </message>
    <message>
        <source>&lt;p&gt;If your income is modest, your CPAM can grant a one-off &lt;b&gt;aide financière individuelle&lt;/b&gt; (AFI) that may pay for psychotherapy. A commission of your département decides; the answer often takes several months, and the rules differ from one département to another. Carnet helps you build the dossier, but it cannot promise an outcome.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Si vos revenus sont modestes, votre CPAM peut vous accorder une &lt;b&gt;aide financière individuelle&lt;/b&gt; (AFI), une aide ponctuelle qui peut payer une psychothérapie. Une commission de votre département décide. La réponse prend souvent plusieurs mois, et les règles changent d&apos;un département à l&apos;autre. Carnet vous aide à préparer le dossier, mais ne peut pas vous promettre le résultat.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
</context>
<context>
    <name>carnet::IncompleteDossier</name>
    <message numerus="yes">
        <source>%n document(s) missing.</source>
        <translation>
            <numerusform>%n document manquant.</numerusform>
            <numerusform>%n documents manquants.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the dossier</source>
        <translation>Imprimer le dossier</translation>
    </message>
    <message>
        <source>Print it anyway?</source>
        <translation>L&apos;imprimer quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Print anyway</source>
        <translation>Imprimer quand même</translation>
    </message>
    <message>
        <source>Print the documents</source>
        <translation>Imprimer les documents</translation>
    </message>
    <message>
        <source>Write the cover letter, the summary and the dossier anyway? (The letter asking for a quote and the quote are written either way.)</source>
        <translation>Écrire quand même la lettre d&apos;accompagnement, le récapitulatif et le dossier&#xa0;? (La lettre de demande de devis et le devis sont écrits dans tous les cas.)</translation>
    </message>
    <message>
        <source>Write them anyway</source>
        <translation>Les écrire quand même</translation>
    </message>
    <message>
        <source>Dossier sent</source>
        <translation>Dossier envoyé</translation>
    </message>
    <message>
        <source>Record it as sent anyway?</source>
        <translation>L&apos;enregistrer comme envoyé quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Record as sent anyway</source>
        <translation>Enregistrer comme envoyé quand même</translation>
    </message>
    <message>
        <source>This dossier is not complete yet:
%1

A caisse may send an incomplete dossier back, or wait for the missing documents. %2</source>
        <translation>Ce dossier n&apos;est pas encore complet&#xa0;:
%1

Une caisse peut renvoyer un dossier incomplet, ou attendre les documents manquants. %2</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
</context>
<context>
    <name>carnet::JsonExport</name>
    <message>
        <source>This person does not exist.</source>
        <translation>Cette personne n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Carnet cannot write %1: %2</source>
        <translation>Carnet ne peut pas écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The export to %1 failed (is the disk full?); nothing was written.</source>
        <translation>L&apos;export vers %1 a échoué (le disque est-il plein&#x202f;?). Rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>carnet::JsonImport</name>
    <message>
        <source>This file is open read-only: nothing was imported.</source>
        <translation>Ce fichier est ouvert en lecture seule&#xa0;: rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Le fichier %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The document is too large to import.</source>
        <translation>Le document est trop gros pour être importé.</translation>
    </message>
    <message>
        <source>The document cannot be imported: %1 %2. Nothing was changed.</source>
        <translation>Le document ne peut pas être importé&#xa0;: %1 %2. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>it</source>
        <translation>il</translation>
    </message>
    <message>
        <source>is not part of the format</source>
        <translation>ne fait pas partie du format</translation>
    </message>
    <message>
        <source>should be an object</source>
        <translation>devrait être un objet</translation>
    </message>
    <message>
        <source>should be a list</source>
        <translation>devrait être une liste</translation>
    </message>
    <message>
        <source>should be text</source>
        <translation>devrait être du texte</translation>
    </message>
    <message>
        <source>is too long</source>
        <translation>est trop long</translation>
    </message>
    <message>
        <source>should be a whole number</source>
        <translation>devrait être un nombre entier</translation>
    </message>
    <message>
        <source>is out of range (%1 to %2)</source>
        <translation>est hors des limites (%1 à %2)</translation>
    </message>
    <message>
        <source>should be true or false</source>
        <translation>devrait être true ou false</translation>
    </message>
    <message>
        <source>should be a date (YYYY-MM-DD)</source>
        <translation>devrait être une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>has an unknown value &quot;%1&quot;</source>
        <translation>a une valeur inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>is not a SHA-256 in hex</source>
        <translation>n&apos;est pas une empreinte SHA-256 en hexadécimal</translation>
    </message>
    <message>
        <source>should be a date and time</source>
        <translation>devrait être une date et une heure</translation>
    </message>
    <message>
        <source>is not valid base64</source>
        <translation>n&apos;est pas du base64 valable</translation>
    </message>
    <message>
        <source>does not match its size and SHA-256</source>
        <translation>ne correspond pas à sa taille et à son empreinte SHA-256</translation>
    </message>
    <message>
        <source>is not a département code</source>
        <translation>n&apos;est pas un numéro de département</translation>
    </message>
    <message>
        <source>is empty or used twice</source>
        <translation>est vide ou utilisé deux fois</translation>
    </message>
    <message>
        <source>is used twice</source>
        <translation>est utilisé deux fois</translation>
    </message>
    <message>
        <source>refers to something the document does not hold</source>
        <translation>renvoie à un élément absent du document</translation>
    </message>
    <message>
        <source>is a courrier for another person</source>
        <translation>est un courrier pour une autre personne</translation>
    </message>
    <message>
        <source>is a session of another person</source>
        <translation>est une séance d&apos;une autre personne</translation>
    </message>
    <message>
        <source>is on two care sheets</source>
        <translation>est sur deux feuilles de soins</translation>
    </message>
    <message>
        <source>is paid twice by the same payment</source>
        <translation>est payée deux fois par le même paiement</translation>
    </message>
    <message>
        <source>The document is not valid JSON (%1 at byte %2): is it complete? Nothing was changed.</source>
        <translation>Le document n&apos;est pas un JSON valable (%1 à l&apos;octet %2)&#xa0;: est-il complet&#x202f;? Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The document is not a Carnet export.</source>
        <translation>Le document n&apos;est pas un export de Carnet.</translation>
    </message>
    <message>
        <source>The document does not say which version of the format it uses.</source>
        <translation>Le document ne dit pas quelle version du format il utilise.</translation>
    </message>
    <message>
        <source>The document was written by a newer Carnet (format version %1; this Carnet reads version %2). Update Carnet to import it.</source>
        <translation>Le document a été écrit par une version plus récente de Carnet (format version %1&#x202f;; ce Carnet lit la version %2). Mettez Carnet à jour pour l&apos;importer.</translation>
    </message>
    <message>
        <source>The document uses an unknown format version (%1).</source>
        <translation>Le document utilise une version de format inconnue (%1).</translation>
    </message>
    <message>
        <source>should be &quot;file&quot; or &quot;person&quot;</source>
        <translation>devrait être «&#xa0;file&#xa0;» ou «&#xa0;person&#xa0;»</translation>
    </message>
    <message>
        <source>is not a setting name</source>
        <translation>n&apos;est pas le nom d&apos;un réglage</translation>
    </message>
    <message>
        <source>should be a number of days</source>
        <translation>devrait être un nombre de jours</translation>
    </message>
    <message>
        <source>is not an aid setting with a number from 0 to 120</source>
        <translation>n&apos;est pas un réglage d&apos;aide avec un nombre de 0 à 120</translation>
    </message>
    <message>
        <source>The file already holds an entry with id %1 (%2): import into a new file, or import the document as new entries. Nothing was changed.</source>
        <translation>Le fichier contient déjà un élément avec l&apos;identifiant %1 (%2). Importez dans un nouveau fichier, ou importez le document comme de nouveaux éléments. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Carnet cannot write in its attachments folder.</source>
        <translation>Carnet ne peut pas écrire dans son dossier des pièces jointes.</translation>
    </message>
    <message>
        <source>An attached file could not be written (is the disk full?).</source>
        <translation>Un fichier joint n&apos;a pas pu être écrit (le disque est-il plein&#x202f;?).</translation>
    </message>
    <message>
        <source>The document cannot be imported: %1: %2 Nothing was changed.</source>
        <translation>Le document ne peut pas être importé&#xa0;: %1&#xa0;: %2 Rien n&apos;a été modifié.</translation>
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
        <translation>Où en suis-je&#x202f;?</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Care sheets and payments</source>
        <translation>Feuilles de soins et paiements</translation>
    </message>
    <message>
        <source>Help to pay (AFI)</source>
        <translation>Aide pour payer (AFI)</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New file…</source>
        <translation>&amp;Nouveau fichier…</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>&amp;Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller à</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>I&apos;m not &amp;well: numbers to call</source>
        <translation>Je ne vais pas &amp;bien&#xa0;: numéros à appeler</translation>
    </message>
    <message>
        <source>&amp;About Carnet</source>
        <translation>À &amp;propos de Carnet</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barre principale</translation>
    </message>
    <message>
        <source>No file open</source>
        <translation>Aucun fichier ouvert</translation>
    </message>
    <message>
        <source>New Carnet file</source>
        <translation>Nouveau fichier Carnet</translation>
    </message>
    <message>
        <source>Carnet files (*.carnet)</source>
        <translation>Fichiers Carnet (*.carnet)</translation>
    </message>
    <message>
        <source>Open a Carnet file</source>
        <translation>Ouvrir un fichier Carnet</translation>
    </message>
    <message>
        <source>Carnet files (*.carnet *.sqlite);;All files (*)</source>
        <translation>Fichiers Carnet (*.carnet *.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>No recent file</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Vider la liste</translation>
    </message>
    <message>
        <source>No file</source>
        <translation>Aucun fichier</translation>
    </message>
    <message>
        <source>%1 — Carnet</source>
        <translation>%1 — Carnet</translation>
    </message>
    <message>
        <source>About Carnet</source>
        <translation>À propos de Carnet</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Carnet %1&lt;/h3&gt;&lt;p&gt;Keeps, on your own computer, the record of your psychological care and of the money around it: Mon soutien psy sessions, feuilles de soins, what the CPAM and the mutuelle owe you, and requests for the CPAM&apos;s individual financial aid.&lt;/p&gt;&lt;p&gt;Your data stays on this computer, in a file only you can read.&lt;/p&gt;&lt;p&gt;Carnet is not an official tool of the Assurance Maladie. Rules change: check ameli.fr when in doubt.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Carnet %1&lt;/h3&gt;&lt;p&gt;Garde, sur votre ordinateur, le suivi de vos soins psychologiques et de l&apos;argent qui va avec&#xa0;: les séances Mon soutien psy, les feuilles de soins, ce que la CPAM et la mutuelle vous doivent, et les demandes d&apos;aide financière individuelle à la CPAM.&lt;/p&gt;&lt;p&gt;Vos données restent sur cet ordinateur, dans un fichier que vous seul pouvez lire.&lt;/p&gt;&lt;p&gt;Carnet n&apos;est pas un outil officiel de l&apos;Assurance Maladie. Les règles changent&#xa0;: en cas de doute, regardez sur ameli.fr.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Import from JSON…</source>
        <translation>&amp;Importer depuis un fichier JSON…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>The whole file as &amp;JSON…</source>
        <translation>Tout le fichier en &amp;JSON…</translation>
    </message>
    <message>
        <source>The current &amp;person as JSON…</source>
        <translation>La &amp;personne choisie en JSON…</translation>
    </message>
    <message>
        <source>&amp;Sessions as CSV…</source>
        <translation>Les &amp;séances en CSV…</translation>
    </message>
    <message>
        <source>P&amp;ayments as CSV…</source>
        <translation>Les pai&amp;ements en CSV…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation>Restaurer une sauve&amp;garde…</translation>
    </message>
    <message>
        <source>&amp;Close file</source>
        <translation>&amp;Fermer le fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Add a person…</source>
        <translation>A&amp;jouter une personne…</translation>
    </message>
    <message>
        <source>&amp;Edit this person…</source>
        <translation>&amp;Modifier cette personne…</translation>
    </message>
    <message>
        <source>&amp;Persons…</source>
        <translation>&amp;Personnes…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Réglage&amp;s…</translation>
    </message>
    <message>
        <source>Choose the &amp;person</source>
        <translation>Choisir la &amp;personne</translation>
    </message>
    <message>
        <source>Choose the &amp;year</source>
        <translation>Choisir l&apos;&amp;année</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Séances</translation>
    </message>
    <message>
        <source>I just had a &amp;session…</source>
        <translation>Je viens d&apos;avoir une &amp;séance…</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Personne&#xa0;:</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Année&#xa0;:</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Opened read-only.</source>
        <translation>Ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>Opened.</source>
        <translation>Ouvert.</translation>
    </message>
    <message>
        <source>“%1” already exists. Carnet does not overwrite a file: open it (File, Open), or choose another name.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà. Carnet n&apos;écrase jamais un fichier&#xa0;: ouvrez-le (Fichier, Ouvrir), ou choisissez un autre nom.</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (lecture seule)</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(personne pour l&apos;instant)</translation>
    </message>
    <message>
        <source>(no file)</source>
        <translation>(aucun fichier)</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>La sauvegarde a échoué</translation>
    </message>
    <message>
        <source>Backup made: %1</source>
        <translation>Sauvegarde faite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Go back to the backup of %1? The current file is kept as a copy beside it, but what was recorded after the backup will no longer show.</source>
        <translation>Revenir à la sauvegarde du %1&#x202f;? Le fichier actuel est gardé en copie juste à côté, mais ce qui a été noté après la sauvegarde ne sera plus visible.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>La restauration a échoué</translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation>Sauvegarde restaurée.</translation>
    </message>
    <message>
        <source>Carnet</source>
        <translation>Carnet</translation>
    </message>
    <message>
        <source>Start a year of &amp;care (Mon soutien psy)…</source>
        <translation>&amp;Commencer une année de soins (Mon soutien psy)…</translation>
    </message>
    <message>
        <source>The current person, en&amp;crypted to hand back…</source>
        <translation>La personne affichée, &amp;chiffrée pour lui remettre…</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
</context>
<context>
    <name>carnet::MoneyChart</name>
    <message>
        <source>Paid and reimbursed, month by month</source>
        <translation>Payé et remboursé, mois par mois</translation>
    </message>
    <message>
        <source>Paid to the psychologist</source>
        <translation>Payé au psychologue</translation>
    </message>
    <message>
        <source>Reimbursed (CPAM and mutuelle)</source>
        <translation>Remboursé (CPAM et mutuelle)</translation>
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
        <translation>Créer une feuille de soins</translation>
    </message>
    <message>
        <source>The psychologist gives you a feuille de soins for the sessions you paid. Tick the sessions it lists.</source>
        <translation>Le psychologue vous donne une feuille de soins pour les séances que vous avez payées. Cochez les séances qu&apos;elle contient.</translation>
    </message>
    <message>
        <source>S&amp;essions on this care sheet:</source>
        <translation>S&amp;éances sur cette feuille de soins&#xa0;:</translation>
    </message>
    <message>
        <source>Sessions on this care sheet</source>
        <translation>Séances sur cette feuille de soins</translation>
    </message>
    <message>
        <source>Date the care sheet was issued</source>
        <translation>Date où la feuille de soins a été remplie</translation>
    </message>
    <message>
        <source>&amp;Issued on:</source>
        <translation>&amp;Remplie le&#xa0;:</translation>
    </message>
    <message>
        <source>Paper or electronic care sheet</source>
        <translation>Feuille de soins papier ou électronique</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Electronic (sent by the psychologist)</source>
        <translation>Électronique (envoyée par le psychologue)</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Forme&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>Every session already is on a care sheet.</source>
        <translation>Toutes les séances sont déjà sur une feuille de soins.</translation>
    </message>
    <message>
        <source>Tick at least one session.</source>
        <translation>Cochez au moins une séance.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) on this care sheet.</source>
        <translation>
            <numerusform>%n séance sur cette feuille de soins.</numerusform>
            <numerusform>%n séances sur cette feuille de soins.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carnet::OptionalDateEdit</name>
    <message>
        <source>Not a date: type it like %1.</source>
        <translation>Ce n&apos;est pas une date&#xa0;: tapez-la comme %1.</translation>
    </message>
    <message>
        <source>Type the date like %1, or pick it on the calendar (F4).</source>
        <translation>Tapez la date comme %1, ou choisissez-la dans le calendrier (F4).</translation>
    </message>
    <message>
        <source>Pick the date on a calendar</source>
        <translation>Choisir la date dans un calendrier</translation>
    </message>
</context>
<context>
    <name>carnet::PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>La même phrase secrète, une seconde fois</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Encore&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Show what I type</source>
        <translation>&amp;Afficher ce que je tape</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters. A short sentence is easy to remember and strong.</source>
        <translation>
            <numerusform>Au moins %n caractère. Une courte phrase est facile à retenir et solide.</numerusform>
            <numerusform>Au moins %n caractères. Une courte phrase est facile à retenir et solide.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too short: at least %n characters.</source>
        <translation>
            <numerusform>Trop courte&#xa0;: au moins %n caractère.</numerusform>
            <numerusform>Trop courte&#xa0;: au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>Strength: weak. Make it longer, with more different characters.</source>
        <translation>Solidité&#xa0;: faible. Allongez-la, avec des caractères plus variés.</translation>
    </message>
    <message>
        <source>Strength: fair. Longer, or mixing capitals, digits and signs, is stronger.</source>
        <translation>Solidité&#xa0;: moyenne. Plus longue, ou en mêlant majuscules, chiffres et signes, elle serait plus solide.</translation>
    </message>
    <message>
        <source>Strength: strong.</source>
        <translation>Solidité&#xa0;: bonne.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
</context>
<context>
    <name>carnet::PassphrasePolicy</name>
    <message numerus="yes">
        <source>The passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>La phrase secrète doit compter au moins %n caractère.</numerusform>
            <numerusform>La phrase secrète doit compter au moins %n caractères.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carnet::PaymentDialog</name>
    <message>
        <source>Record a payment</source>
        <translation>Noter un paiement</translation>
    </message>
    <message>
        <source>Who paid</source>
        <translation>Qui a payé</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De&#xa0;:</translation>
    </message>
    <message>
        <source>Date the payment was received</source>
        <translation>Date où le paiement a été reçu</translation>
    </message>
    <message>
        <source>Received &amp;on:</source>
        <translation>Reçu &amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>Amount received, in euros</source>
        <translation>Montant reçu, en euros</translation>
    </message>
    <message>
        <source>for example %1</source>
        <translation>par exemple %1</translation>
    </message>
    <message>
        <source>&amp;Amount (€):</source>
        <translation>&amp;Montant (€)&#xa0;:</translation>
    </message>
    <message>
        <source>Reference of the payment</source>
        <translation>Référence du paiement</translation>
    </message>
    <message>
        <source>As written on your bank statement or the CPAM&apos;s décompte (optional).</source>
        <translation>Comme écrit sur votre relevé de compte ou sur le décompte de la CPAM (facultatif).</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>Ré&amp;férence&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sessions this payment pays (tick them; the shares are proposed from what each is still owed, and you can change them):</source>
        <translation>&amp;Séances payées par ce paiement (cochez-les&#x202f;; les parts sont proposées d&apos;après ce qui reste dû pour chacune, et vous pouvez les changer)&#xa0;:</translation>
    </message>
    <message>
        <source>Sessions this payment pays, with the share of each</source>
        <translation>Séances payées par ce paiement, avec la part de chacune</translation>
    </message>
    <message>
        <source>Does the split add up</source>
        <translation>La répartition tombe-t-elle juste&#x202f;?</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Noter</translation>
    </message>
    <message>
        <source>Type the amount received, in euros (for example %1).</source>
        <translation>Tapez le montant reçu, en euros (par exemple %1).</translation>
    </message>
    <message>
        <source>Tick the sessions this payment is for.</source>
        <translation>Cochez les séances que ce paiement concerne.</translation>
    </message>
    <message>
        <source>The shares add up to %1: %2 less than the amount received (%3). Change the shares so that they add up to the amount.</source>
        <translation>Les parts font %1&#xa0;: %2 de moins que le montant reçu (%3). Changez les parts pour qu&apos;elles fassent le montant.</translation>
    </message>
    <message>
        <source>The shares add up to %1: %2 more than the amount received (%3). Change the shares so that they add up to the amount.</source>
        <translation>Les parts font %1&#xa0;: %2 de plus que le montant reçu (%3). Changez les parts pour qu&apos;elles fassent le montant.</translation>
    </message>
    <message>
        <source>The shares add up to the amount received.</source>
        <translation>Les parts font bien le montant reçu.</translation>
    </message>
</context>
<context>
    <name>carnet::PeopleService</name>
    <message>
        <source>This person still has sessions, courriers, care sheets or aid requests: remove them first.</source>
        <translation>Cette personne a encore des séances, des courriers, des feuilles de soins ou des demandes d&apos;aide&#xa0;: retirez-les d&apos;abord.</translation>
    </message>
    <message>
        <source>Sessions were recorded with this psychologist: the role cannot change.</source>
        <translation>Des séances ont été notées avec ce psychologue&#xa0;: son rôle ne peut pas changer.</translation>
    </message>
    <message>
        <source>Sessions or aid requests name this practitioner: remove them first.</source>
        <translation>Des séances ou des demandes d&apos;aide citent ce praticien&#xa0;: retirez-les d&apos;abord.</translation>
    </message>
    <message>
        <source>An id cannot be negative.</source>
        <translation>Un identifiant ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The attached file does not exist.</source>
        <translation>Le fichier joint n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Sessions rely on this courrier: it cannot move to another person.</source>
        <translation>Des séances s&apos;appuient sur ce courrier&#xa0;: il ne peut pas passer à une autre personne.</translation>
    </message>
</context>
<context>
    <name>carnet::PersonDialog</name>
    <message>
        <source>Add a person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Edit a person</source>
        <translation>Modifier une personne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Date de naissance&#xa0;:</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Myself</source>
        <translation>Moi-même</translation>
    </message>
    <message>
        <source>My child</source>
        <translation>Mon enfant</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Une autre personne</translation>
    </message>
    <message>
        <source>&amp;Who is it:</source>
        <translation>&amp;Qui est-ce&#xa0;:</translation>
    </message>
    <message>
        <source>Social security number (optional)</source>
        <translation>Numéro de sécurité sociale (facultatif)</translation>
    </message>
    <message>
        <source>optional, 15 characters</source>
        <translation>facultatif, 15 caractères</translation>
    </message>
    <message>
        <source>Social &amp;security number:</source>
        <translation>Numéro de &amp;sécurité sociale&#xa0;:</translation>
    </message>
    <message>
        <source>Mutuelle (leave empty if none)</source>
        <translation>Mutuelle (laisser vide s&apos;il n&apos;y en a pas)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>The name of the complementary health insurer. Leave empty if there is none.</source>
        <translation>Le nom de la complémentaire santé. Laissez vide s&apos;il n&apos;y en a pas.</translation>
    </message>
    <message>
        <source>&amp;Mutuelle:</source>
        <translation>M&amp;utuelle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Cover situations (C2S, AME, ALD, maternity, work accident): leave empty for the standard cover (60 % CPAM, 40 % mutuelle).</source>
        <translation>Situations de &amp;prise en charge (C2S, AME, ALD, maternité, accident du travail). Laissez vide pour la prise en charge habituelle (60&#xa0;% CPAM, 40&#xa0;% mutuelle).</translation>
    </message>
    <message>
        <source>Cover situations</source>
        <translation>Situations de prise en charge</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>&amp;Add a situation</source>
        <translation>A&amp;jouter une situation</translation>
    </message>
    <message>
        <source>Remove the situation</source>
        <translation>Retirer la situation</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Standard (60 % CPAM)</source>
        <translation>Habituelle (60&#xa0;% CPAM)</translation>
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
        <translation>ALD (affection de longue durée, soins liés à elle)</translation>
    </message>
    <message>
        <source>Maternity (from the 6th month)</source>
        <translation>Maternité (à partir du 6e mois)</translation>
    </message>
    <message>
        <source>Work accident or occupational disease</source>
        <translation>Accident du travail ou maladie professionnelle</translation>
    </message>
    <message>
        <source>always</source>
        <translation>toujours</translation>
    </message>
    <message>
        <source>still running</source>
        <translation>toujours en cours</translation>
    </message>
    <message>
        <source>“%1” is not a date. Type it like %2, or leave the field empty.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date. Tapez-la comme %2, ou laissez le champ vide.</translation>
    </message>
</context>
<context>
    <name>carnet::PersonSwitcher</name>
    <message>
        <source>Type a name</source>
        <translation>Tapez un nom</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to do</source>
        <translation>
            <numerusform>%n chose à faire</numerusform>
            <numerusform>%n choses à faire</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carnet::PersonsDialog</name>
    <message>
        <source>Persons</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>The persons whose care this file follows: you, a child (3 or older for Mon soutien psy), someone you help.</source>
        <translation>Les personnes dont ce fichier suit les soins&#xa0;: vous, un enfant (3 ans ou plus pour Mon soutien psy), une personne que vous aidez.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Mutuelle</source>
        <translation>Mutuelle</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>A&amp;jouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Myself</source>
        <translation>Moi-même</translation>
    </message>
    <message>
        <source>My child</source>
        <translation>Mon enfant</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Une autre personne</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Not old enough for Mon soutien psy yet</source>
        <translation>Pas encore assez âgé pour Mon soutien psy</translation>
    </message>
    <message>
        <source>Remove a person</source>
        <translation>Retirer une personne</translation>
    </message>
    <message>
        <source>Remove %1 from this file? You can undo it (Edit menu).</source>
        <translation>Retirer %1 de ce fichier&#x202f;? Vous pourrez l&apos;annuler (menu Modifier).</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Chercher&#xa0;:</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Chercher une personne</translation>
    </message>
    <message>
        <source>Any part of a name</source>
        <translation>Une partie du nom</translation>
    </message>
    <message>
        <source>S&amp;how archived</source>
        <translation>&amp;Afficher les personnes archivées</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Ar&amp;chive</source>
        <translation>Arc&amp;hiver</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archivée)</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to do</source>
        <translation>
            <numerusform>%n chose à faire</numerusform>
            <numerusform>%n choses à faire</numerusform>
        </translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>&amp;Désarchiver</translation>
    </message>
</context>
<context>
    <name>carnet::QuickEntryDialog</name>
    <message>
        <source>Record a session</source>
        <translation>Noter une séance</translation>
    </message>
    <message>
        <source>Date of the session</source>
        <translation>Date de la séance</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>Psychologist</source>
        <translation>Psychologue</translation>
    </message>
    <message>
        <source>&amp;Psychologist:</source>
        <translation>&amp;Psychologue&#xa0;:</translation>
    </message>
    <message>
        <source>Kind of session</source>
        <translation>Type de séance</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>In person or remote</source>
        <translation>Au cabinet ou à distance</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>Fee charged, in euros</source>
        <translation>Tarif demandé, en euros</translation>
    </message>
    <message>
        <source>&amp;Fee (€):</source>
        <translation>Ta&amp;rif (€)&#xa0;:</translation>
    </message>
    <message>
        <source>Amount you paid the psychologist, in euros</source>
        <translation>Montant que vous avez payé au psychologue, en euros</translation>
    </message>
    <message>
        <source>What you advanced. With tiers payant (C2S, AME, ALD, maternity, work accident) you advance nothing.</source>
        <translation>Ce que vous avez avancé. Avec le tiers payant (C2S, AME, ALD, maternité, accident du travail), vous n&apos;avancez rien.</translation>
    </message>
    <message>
        <source>P&amp;aid (€):</source>
        <translation>Montant pa&amp;yé (€)&#xa0;:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Coverage of this session</source>
        <translation>Remboursement de cette séance</translation>
    </message>
    <message>
        <source>%1 (not a partner of the scheme)</source>
        <translation>%1 (pas partenaire du dispositif)</translation>
    </message>
    <message>
        <source>No psychologist in this file yet. Add yours with the Mon soutien psy path assistant first.</source>
        <translation>Aucun psychologue dans ce fichier pour l&apos;instant. Ajoutez d&apos;abord le vôtre avec l&apos;assistant du parcours Mon soutien psy.</translation>
    </message>
    <message>
        <source>Type the amounts in euros, for example 50 or 50.00.</source>
        <translation>Tapez les montants en euros, par exemple 50 ou 50,00.</translation>
    </message>
    <message>
        <source>Cannot be saved: %1</source>
        <translation>Impossible d&apos;enregistrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Will be covered by Mon soutien psy: session %1 of %2 this year.</source>
        <translation>Sera remboursée par Mon soutien psy&#xa0;: séance %1 sur %2 cette année.</translation>
    </message>
    <message>
        <source>Nothing to advance: the CPAM pays the psychologist directly.</source>
        <translation>Rien à avancer&#xa0;: la CPAM paie directement le psychologue.</translation>
    </message>
    <message>
        <source>Expected back: %1 from the CPAM, %2 from the mutuelle.</source>
        <translation>Remboursement attendu&#xa0;: %1 de la CPAM, %2 de la mutuelle.</translation>
    </message>
    <message>
        <source>Will not be covered: %1</source>
        <translation>Ne sera pas remboursée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Edit a session</source>
        <translation>Modifier une séance</translation>
    </message>
    <message>
        <source>The fee is not an amount in euros.</source>
        <translation>Le tarif n&apos;est pas un montant en euros.</translation>
    </message>
    <message>
        <source>The amount paid is not an amount in euros.</source>
        <translation>Le montant payé n&apos;est pas un montant en euros.</translation>
    </message>
</context>
<context>
    <name>carnet::ReadSide</name>
    <message>
        <source>This year is out of range.</source>
        <translation>Cette année est hors des limites.</translation>
    </message>
    <message>
        <source>The amount must be above zero.</source>
        <translation>Le montant doit être plus grand que zéro.</translation>
    </message>
</context>
<context>
    <name>carnet::ReaderConnection</name>
    <message>
        <source>Carnet cannot read %1: %2</source>
        <translation>Carnet ne peut pas lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>carnet::RestoreBackupDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Carnet makes a backup of the file every day it is opened and before each upgrade. Choose the backup to go back to. The current file is kept as a copy; what was recorded after the backup will no longer show.</source>
        <translation>Carnet fait une sauvegarde du fichier chaque jour où il est ouvert, et avant chaque mise à niveau. Choisissez la sauvegarde à laquelle revenir. Le fichier actuel est gardé en copie. Ce qui a été noté après la sauvegarde ne sera plus visible.</translation>
    </message>
    <message>
        <source>&amp;Backups, newest first:</source>
        <translation>&amp;Sauvegardes, de la plus récente à la plus ancienne&#xa0;:</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This file has no backup yet.</source>
        <translation>Ce fichier n&apos;a pas encore de sauvegarde.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
</context>
<context>
    <name>carnet::SendSheetDialog</name>
    <message>
        <source>Care sheet sent</source>
        <translation>Feuille de soins envoyée</translation>
    </message>
    <message>
        <source>The feuille de soins for the sessions of %1. On which day did you send it to the CPAM? Carnet then knows when the reimbursement is due.</source>
        <translation>La feuille de soins pour les séances de %1. Quel jour l&apos;avez-vous envoyée à la CPAM&#x202f;? Carnet saura alors quand le remboursement doit arriver.</translation>
    </message>
    <message>
        <source>Date sent</source>
        <translation>Date d&apos;envoi</translation>
    </message>
    <message>
        <source>&amp;Sent on:</source>
        <translation>&amp;Envoyée le&#xa0;:</translation>
    </message>
</context>
<context>
    <name>carnet::ServiceSupport</name>
    <message>
        <source>An id cannot be negative.</source>
        <translation>Un identifiant ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>An entry with id %1 already exists.</source>
        <translation>Un élément avec l&apos;identifiant %1 existe déjà.</translation>
    </message>
    <message>
        <source>There is no person with id %1.</source>
        <translation>Il n&apos;y a pas de personne n° %1.</translation>
    </message>
    <message>
        <source>There is no practitioner with id %1.</source>
        <translation>Il n&apos;y a pas de professionnel n° %1.</translation>
    </message>
    <message>
        <source>There is no psychologist with id %1.</source>
        <translation>Il n&apos;y a pas de psychologue n° %1.</translation>
    </message>
    <message>
        <source>There is no courrier with id %1.</source>
        <translation>Il n&apos;y a pas de courrier n° %1.</translation>
    </message>
    <message>
        <source>There is no session with id %1.</source>
        <translation>Il n&apos;y a pas de séance n° %1.</translation>
    </message>
    <message>
        <source>There is no care sheet with id %1.</source>
        <translation>Il n&apos;y a pas de feuille de soins n° %1.</translation>
    </message>
    <message>
        <source>There is no payment with id %1.</source>
        <translation>Il n&apos;y a pas de paiement n° %1.</translation>
    </message>
</context>
<context>
    <name>carnet::SessionService</name>
    <message>
        <source>An id cannot be negative.</source>
        <translation>Un identifiant ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>This courrier was written for another person.</source>
        <translation>Ce courrier a été écrit pour une autre personne.</translation>
    </message>
    <message>
        <source>This session is on a care sheet or already paid: it cannot move to another person.</source>
        <translation>Cette séance est sur une feuille de soins ou déjà payée&#xa0;: elle ne peut pas passer à une autre personne.</translation>
    </message>
    <message>
        <source>This session is on a care sheet: remove the care sheet first.</source>
        <translation>Cette séance est sur une feuille de soins&#xa0;: retirez d&apos;abord la feuille de soins.</translation>
    </message>
    <message>
        <source>A payment was recorded for this session: remove the payment first.</source>
        <translation>Un paiement a été noté pour cette séance&#xa0;: retirez d&apos;abord le paiement.</translation>
    </message>
</context>
<context>
    <name>carnet::SessionTableModel</name>
    <message>
        <source>Not covered</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Covered (%1 of %2)</source>
        <translation>Oui (%1 sur %2)</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>Sent on %1</source>
        <translation>Envoyée le %1</translation>
    </message>
    <message>
        <source>Issued %1, to send</source>
        <translation>Remplie le %1, à envoyer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Psychologist</source>
        <translation>Psychologue</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Why not / warnings</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Care sheet</source>
        <translation>Feuille de soins</translation>
    </message>
    <message>
        <source>CPAM: %1 received of %2</source>
        <translation>CPAM&#xa0;: %1 reçus sur %2</translation>
    </message>
    <message>
        <source>Mutuelle: %1 received of %2</source>
        <translation>Mutuelle&#xa0;: %1 reçus sur %2</translation>
    </message>
    <message>
        <source>Nothing to get back (tiers payant)</source>
        <translation>Rien à se faire rembourser (tiers payant)</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>Partly: %1 of %2</source>
        <translation>En partie&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Paid back: %1</source>
        <translation>Remboursée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Covered by the scheme</source>
        <comment>column header: covered by Mon soutien psy, its share to be paid back (not that the money came: see the Paid back column)</comment>
        <translation>Prise en charge</translation>
    </message>
    <message>
        <source>Paid back</source>
        <comment>column header: whether the money of a covered session came</comment>
        <translation>Remboursée</translation>
    </message>
</context>
<context>
    <name>carnet::SessionTimeline</name>
    <message>
        <source>The year&apos;s sessions</source>
        <translation>Les séances de l&apos;année</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) in %1</source>
        <translation>
            <numerusform>%n séance en %1</numerusform>
            <numerusform>%n séances en %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n covered)</source>
        <translation>
            <numerusform>(%n remboursée)</numerusform>
            <numerusform>(%n remboursées)</numerusform>
        </translation>
    </message>
    <message>
        <source>No session recorded this year.</source>
        <translation>Aucune séance notée cette année.</translation>
    </message>
    <message>
        <source>covered</source>
        <translation>remboursée</translation>
    </message>
    <message>
        <source>not covered</source>
        <translation>pas remboursée</translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation>évaluation</translation>
    </message>
</context>
<context>
    <name>carnet::SessionsPage</name>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;Nouvelle séance…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Supprime&amp;r</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Filter the sessions</source>
        <translation>Filtrer les séances</translation>
    </message>
    <message>
        <source>Show covered or not covered sessions</source>
        <translation>Montrer les séances remboursées ou non</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Toutes les séances</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Remboursées</translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation>Pas remboursées</translation>
    </message>
    <message>
        <source>Sessions of the year</source>
        <translation>Séances de l&apos;année</translation>
    </message>
    <message>
        <source>Record a session</source>
        <translation>Noter une séance</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Supprimer la séance</translation>
    </message>
    <message>
        <source>Open or create a Carnet file to record sessions.</source>
        <translation>Ouvrez ou créez un fichier Carnet pour noter des séances.</translation>
    </message>
    <message>
        <source>Choose or add a person first.</source>
        <translation>Choisissez ou ajoutez d&apos;abord une personne.</translation>
    </message>
    <message>
        <source>%1, %2: %3 covered sessions used of %4, %5 left.</source>
        <translation>%1, %2&#xa0;: %3 séances remboursées utilisées sur %4, il en reste %5.</translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <translation>%1, %2.</translation>
    </message>
    <message>
        <source>Record a session (Ctrl+E)</source>
        <translation>Noter une séance (Ctrl+E)</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Modifi&amp;er…</translation>
    </message>
    <message>
        <source>Nobody is in this file yet, and a session is recorded for someone. Add the person first (yourself, a child, someone you help); the session comes next.</source>
        <translation>Ce fichier ne contient encore personne, et une séance est enregistrée pour quelqu&apos;un. Ajoutez d&apos;abord la personne (vous-même, un enfant, une personne que vous aidez)&#xa0;; la séance vient ensuite.</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>Ajouter une personne…</translation>
    </message>
</context>
<context>
    <name>carnet::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>When is a payment late? (this file)</source>
        <translation>Quand un paiement est-il en retard&#x202f;? (ce fichier)</translation>
    </message>
    <message>
        <source>Days after sending a paper care sheet</source>
        <translation>Jours après l&apos;envoi d&apos;une feuille de soins papier</translation>
    </message>
    <message>
        <source>Days after an electronic care sheet</source>
        <translation>Jours après une feuille de soins électronique</translation>
    </message>
    <message>
        <source>Days for the mutuelle after the CPAM paid</source>
        <translation>Jours pour la mutuelle après le paiement de la CPAM</translation>
    </message>
    <message>
        <source>Days before the 2-year claim limit to warn</source>
        <translation>Jours avant la limite de 2 ans pour prévenir</translation>
    </message>
    <message>
        <source>&amp;Paper care sheet: late after (days)</source>
        <translation>Feuille de soins &amp;papier&#xa0;: en retard après (jours)</translation>
    </message>
    <message>
        <source>&amp;Electronic care sheet: late after (days)</source>
        <translation>Feuille de soins &amp;électronique&#xa0;: en retard après (jours)</translation>
    </message>
    <message>
        <source>&amp;Mutuelle, after the CPAM paid: late after (days)</source>
        <translation>&amp;Mutuelle, après le paiement de la CPAM&#xa0;: en retard après (jours)</translation>
    </message>
    <message>
        <source>&amp;Warn before the 2-year claim limit (days)</source>
        <translation>&amp;Avertir avant la limite de 2 ans (jours)</translation>
    </message>
    <message>
        <source>New sessions (this file)</source>
        <translation>Nouvelles séances (ce fichier)</translation>
    </message>
    <message>
        <source>Default psychologist</source>
        <translation>Psychologue par défaut</translation>
    </message>
    <message>
        <source>The person&apos;s usual psychologist</source>
        <translation>Le psychologue habituel de la personne</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A change of language takes effect the next time Carnet starts.</source>
        <translation>Le changement de langue prendra effet au prochain démarrage de Carnet.</translation>
    </message>
    <message>
        <source>Default ps&amp;ychologist:</source>
        <translation>Ps&amp;ychologue par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>Answer to a request expected after (months)</source>
        <translation>Réponse à une demande attendue après (mois)</translation>
    </message>
    <message>
        <source>A grant is valid for (months)</source>
        <translation>Une aide accordée est valable (mois)</translation>
    </message>
    <message>
        <source>Income proofs no older than (months)</source>
        <translation>Justificatifs de revenus datant de moins de (mois)</translation>
    </message>
    <message>
        <source>Tax notice no older than (months)</source>
        <translation>Avis d&apos;imposition datant de moins de (mois)</translation>
    </message>
    <message>
        <source>Lodging certificate no older than (months)</source>
        <translation>Justificatif de domicile datant de moins de (mois)</translation>
    </message>
    <message>
        <source>Quote no older than (months)</source>
        <translation>Devis datant de moins de (mois)</translation>
    </message>
    <message>
        <source>Warn before a grant expires (days)</source>
        <translation>Prévenir avant la fin d&apos;une aide accordée (jours)</translation>
    </message>
    <message>
        <source>Answer to an appeal expected after (months)</source>
        <translation>Réponse à une demande de réexamen attendue après (mois)</translation>
    </message>
    <message>
        <source>Individual financial aid (AFI) delays (this file)</source>
        <translation>Délais de l&apos;aide financière individuelle (AFI) (ce fichier)</translation>
    </message>
</context>
<context>
    <name>carnet::SettingsService</name>
    <message>
        <source>A number of days must be between 1 and %1.</source>
        <translation>Un nombre de jours doit être entre 1 et %1.</translation>
    </message>
    <message>
        <source>Each delay must be between 1 and 120.</source>
        <translation>Chaque délai doit être entre 1 et 120.</translation>
    </message>
</context>
<context>
    <name>carnet::SplitTableModel</name>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Care sheet</source>
        <translation>Feuille de soins</translation>
    </message>
    <message>
        <source>Still owed</source>
        <translation>Encore dû</translation>
    </message>
    <message>
        <source>Share of this payment</source>
        <translation>Part de ce paiement</translation>
    </message>
</context>
</TS>
