# « Qu’est-ce que ce numéro ? » et le vérificateur de liens : les mots que leur donne le crate domain.

## Qu’est-ce que ce numéro ? Chaque identifiant : son nom, à quoi il sert, et avec quoi on le confond souvent.

checker-identify-sevis-id-name = { -sevis-id }
checker-identify-sevis-id-used-for = Identifie votre dossier F, M ou J dans SEVIS. Vous en avez besoin pour le SEVP Portal, pour les frais SEVIS I-901 et quand votre responsable scolaire vous le demande. Il figure en haut du formulaire I-20 ou DS-2019.
checker-identify-sevis-id-not-for = Ce n’est pas un numéro de reçu d’USCIS : il ne sert pas à suivre un dossier USCIS.
checker-identify-school-code-name = Code d’école SEVP
checker-identify-school-code-used-for = Identifie une école et un campus certifiés par le SEVP dans SEVIS. Il est imprimé sur le formulaire I-20.
checker-identify-school-code-not-for = Il identifie l’école, pas un étudiant.
checker-identify-a-number-name = { -a-number } (Alien Registration Number, numéro de dossier d’immigration)
checker-identify-a-number-used-for = Votre numéro de dossier d’immigration, utilisé par USCIS, ICE et le tribunal de l’immigration. La ligne automatique du tribunal ({ -fact-eoir-hotline-phone }) et le suivi de dossier en ligne du tribunal demandent les { -fact-a-number-digits } chiffres sans le A.
checker-identify-a-number-not-for = Ce n’est pas un numéro de reçu : pour suivre un dossier USCIS, il faut le numéro de reçu inscrit sur votre avis.
checker-identify-receipt-number-name = Numéro de reçu d’USCIS (receipt number)
checker-identify-receipt-number-used-for = Permet de suivre une demande ou une requête (petition) auprès d’USCIS. Utilisez-le pour suivre votre dossier en ligne sur le site d’USCIS.
checker-identify-receipt-number-not-for = Le tribunal de l’immigration ne l’utilise pas : pour suivre une affaire au tribunal, il faut votre { -a-number }.
checker-identify-i94-number-name = Numéro du relevé d’admission { -i-94 }
checker-identify-i94-number-used-for = Votre relevé d’arrivée et de départ, tenu par CBP. Il montre comment vous avez été admis et jusqu’à quand vous pouvez rester (une date ou « D/S »).
checker-identify-i94-number-not-for = Ce n’est pas votre visa : la date d’expiration du visa ne dit pas combien de temps vous pouvez rester ; c’est l’{ -i-94 } qui le dit.
checker-identify-ein-name = Numéro d’identification de l’employeur (EIN)
checker-identify-ein-used-for = Identifie un employeur pour les impôts. Les étudiants en OPT donnent l’EIN de leur employeur quand ils déclarent leur emploi.
checker-identify-ein-not-for = Il appartient à l’employeur, pas à vous ; ce n’est pas un numéro de sécurité sociale (Social Security number).
checker-identify-cip-code-name = Code CIP (domaine d’études)
checker-identify-cip-code-used-for = Le code d’un domaine d’études sur le formulaire I-20. La STEM OPT n’est possible que si le code du diplôme figure sur la liste STEM du DHS.
checker-identify-cip-code-not-for = Ce n’est ni un code d’école ni un { -sevis-id }.

## Ce lien ou cet e-mail est-il officiel ? Les services officiels auxquels un lien ou un expéditeur peut appartenir.

checker-service-sevp-portal = SEVP Portal (étudiants en OPT)
checker-service-ice = Service de l’immigration et des douanes des États-Unis (ICE)
checker-service-ice-change-of-address = Changement d’adresse en ligne d’ICE
checker-service-ebonds = eBONDS (sociétés de cautionnement uniquement)
checker-service-detainee-locator = Recherche de personnes détenues d’ICE (Online Detainee Locator)
checker-service-i901-fee = Paiement des frais SEVIS I-901
checker-service-study-in-the-states = Study in the States (DHS)
checker-service-cbp-i94 = Site { -i-94 } de CBP
checker-service-uscis = Services de citoyenneté et d’immigration des États-Unis (USCIS)
checker-service-justice-department = Ministère de la Justice des États-Unis (dont fait partie le tribunal de l’immigration, EOIR)
checker-service-eoir-respondent-access = EOIR Respondent Access (tribunal de l’immigration)
checker-service-dhs = Ministère de la Sécurité intérieure des États-Unis (DHS)
checker-service-state-department-visas = Département d’État des États-Unis : visas
checker-service-exchange-visitor-program = Département d’État : programme de visiteurs d’échange J-1
checker-service-e-verify = E-Verify (les employeurs vérifient qui a le droit de travailler)
checker-service-sevp-portal-email = E-mail du SEVP Portal (le seul expéditeur des messages du Portal)
checker-service-sevp-response-center-email = E-mail du Centre de réponse du SEVP (SEVP Response Center)

## Pourquoi un lien ou un expéditeur peut seulement avoir l’air officiel. La variable real est l’adresse réelle.

checker-reason-plain-http = Il commence par http:// au lieu de https://. Les sites officiels utilisent https:// : tapez l’adresse vous-même.
checker-reason-punycode = Il contient des caractères internationaux (affichés sous la forme « xn-- ») qui peuvent ressembler à des lettres ordinaires.
checker-reason-look-alike = Il s’écrit presque comme { $real }, mais c’est une autre adresse.
checker-reason-extra-words = Il utilise un vrai nom entouré d’autres mots. Le vrai site est { $real }.
checker-reason-wrong-top-level-domain = Il n’a pas la bonne terminaison. La vraie adresse est { $real }.
checker-reason-hidden-host = Votre navigateur ignore tout ce qui se trouve avant le « @ » : le lien mène au site qui vient après.
checker-reason-unknown = Ce n’est pas une des adresses officielles que connaît cette aide.
