# Les textes de « Trouvez le bon endroit » : questions, réponses et résultats.
# Ids : router-q-<question>-title/-hint/-error, router-a-<question>-<réponse>,
# router-o-<résultat>-title/-answer/-applies-to/-why, -step-<n> (dans l’ordre), -have-ready-<n>.
# Les étapes et les documents à préparer sont numérotés à partir de 1, sans trou : le routeur
# les lit jusqu’au premier numéro manquant (crates/domain/src/routing/wording.rs).

## Questions et réponses

router-q-event-title = Que s’est-il passé, ou que voulez-vous savoir ?
router-q-event-hint = Choisissez la réponse la plus proche. Si vous savez déjà de quel service ou de quelle démarche vous avez besoin, choisissez la dernière réponse.
router-q-event-error = Choisissez ce qui s’est passé ou ce que vous voulez savoir
router-a-event-moved = J’ai déménagé, ou je vais déménager
router-a-event-job = Un emploi commence, change ou se termine
router-a-event-work = Ai-je le droit de travailler ? J’ai besoin d’un permis de travail ou de l’OPT
router-a-event-stay = Combien de temps puis-je rester ? Mes études ou mon programme se terminent
router-a-event-travel = Je voyage, ou j’ai besoin d’un visa ou de mon I-94
router-a-event-message = J’ai reçu une lettre, un e-mail, un SMS ou un lien
router-a-event-detained = Une personne est détenue par les services d’immigration
router-a-event-money = Des frais ou une caution à payer, ou l’argent d’une caution à récupérer
router-a-event-court = J’ai une date au tribunal de l’immigration, un rendez-vous de contrôle (check-in) d’ICE ou un ordre d’expulsion
router-a-event-school = Je travaille pour une école qui accueille, ou veut inscrire, des étudiants internationaux
router-a-event-task = Je sais ce que je dois faire : montrez-moi la liste des démarches

router-q-status-title = Laquelle de ces situations est la vôtre ?
router-q-status-hint = Les règles sont différentes pour les étudiants F-1, les étudiants M-1 et les visiteurs d’échange J-1. Votre catégorie figure sur votre visa, et sur votre formulaire I-20 (F-1, M-1) ou DS-2019 (J-1).
router-q-status-error = Choisissez ce qui correspond à votre situation
router-a-status-f1 = Étudiant F-1, y compris en OPT ou en STEM OPT
router-a-status-m1 = Étudiant M-1 (école professionnelle ou technique)
router-a-status-j1 = Visiteur d’échange J-1 (étudiant, universitaire, chercheur, stagiaire…)
router-a-status-supervision = Je me présente à ICE, ou j’ai une affaire devant le tribunal de l’immigration
router-a-status-other = Autre chose (par exemple visiteur, travailleur ou demandeur de carte verte)

router-q-on-training-title = Êtes-vous en OPT ou en formation pratique en ce moment ?
router-q-on-training-hint = C’est-à-dire : la date de début inscrite sur votre permis de travail (EAD) pour l’OPT, la STEM OPT ou la formation pratique M-1 est arrivée.
router-q-on-training-error = Choisissez oui si vous êtes en OPT ou en formation pratique en ce moment
router-a-on-training-yes = Oui
router-a-on-training-no = Non, je suis encore en études, ou mon OPT n’a pas commencé

router-q-job-change-title = Que se passe-t-il avec l’emploi ?
router-q-job-change-error = Choisissez ce qui se passe avec l’emploi
router-a-job-change-new = Je commence un nouvel emploi ou je change d’employeur
router-a-job-change-details = Mon poste, mes heures de travail, mon superviseur ou l’adresse de mon employeur ont changé
router-a-job-change-ended = Mon emploi est terminé, ou je n’ai pas encore d’emploi : combien de jours de chômage ai-je ?
router-a-job-change-not-on-training = Je ne suis pas encore en OPT ni en formation pratique : puis-je accepter un emploi ?

router-q-travel-need-title = De quoi avez-vous besoin ?
router-q-travel-need-error = Choisissez ce dont vous avez besoin
router-a-travel-need-visa = Obtenir ou renouveler un visa (formulaire DS-160, entretien)
router-a-travel-need-arrival-record = Mon relevé d’arrivée I-94 ou mon historique de voyages
router-a-travel-need-entry = Savoir quand je peux entrer aux États-Unis pour commencer mes études

router-q-message-kind-title = Qu’avez-vous reçu ?
router-q-message-kind-error = Choisissez ce que vous avez reçu
router-a-message-kind-portal-email = Un e-mail sur mon compte SEVP Portal, ou je ne l’ai jamais reçu
router-a-message-kind-court-notice = Un avis d’audience ou un avis de comparution (Notice to Appear) du tribunal de l’immigration
router-a-message-kind-ice-letter = Une lettre ou un document d’ICE sur l’obligation de me présenter ou sur un rendez-vous de contrôle
router-a-message-kind-uscis-notice = Un avis ou un accusé de réception d’USCIS (formulaire I-797)
router-a-message-kind-unsure = Un e-mail, un SMS ou un lien (par exemple sur « eservice ») et je ne sais pas s’il est authentique

router-q-money-need-title = De quel argent s’agit-il ?
router-q-money-need-error = Choisissez de quel argent il s’agit
router-a-money-need-sevis-fee = Les frais SEVIS I-901 : leur montant et où les payer
router-a-money-need-visa-fee = Les frais de demande de visa
router-a-money-need-bond = Payer ou vérifier une caution d’immigration
router-a-money-need-bond-back = Récupérer l’argent d’une caution déjà payée

router-q-role-title = Pour quelle démarche avez-vous besoin d’aide ?
router-q-role-error = Choisissez la démarche pour laquelle vous avez besoin d’aide
router-a-role-student = Je suis étudiant F ou M, ou visiteur d’échange J
router-a-role-school = Je travaille pour une école : comme responsable scolaire, ou pour une école qui veut la certification SEVP
router-a-role-supervision = Je dois me présenter à ICE, ou j’ai une affaire devant le tribunal de l’immigration
router-a-role-detained = Une personne que je connais est détenue par les services d’immigration
router-a-role-bond = Je veux payer ou vérifier une caution d’immigration
router-a-role-benefit = J’ai besoin d’un visa, d’une carte verte, de la citoyenneté, d’un permis de travail ou de l’état d’un dossier USCIS
router-a-role-message = J’ai reçu un e-mail, un SMS ou un lien sur « eservice » et je ne sais pas s’il est authentique

router-q-student-need-title = Que devez-vous faire ?
router-q-student-need-error = Choisissez ce que vous devez faire
router-a-student-need-report-opt = Déclarer mon adresse, mon numéro de téléphone ou mon employeur pendant l’OPT
router-a-student-need-unemployment = Savoir combien de jours de chômage de l’OPT j’ai utilisés
router-a-student-need-pay-fee = Payer les frais SEVIS I-901
router-a-student-need-apply-opt = Demander un permis de travail : OPT, STEM OPT ou formation pratique M-1
router-a-student-need-change-status = Changer ou prolonger mon statut
router-a-student-need-visa = Obtenir ou renouveler mon visa d’étudiant
router-a-student-need-exchange-program = Une question sur mon programme J-1 ou mon formulaire DS-2019
router-a-student-need-arrival-record = Obtenir mon relevé d’arrivée I-94
router-a-student-need-record-change = Changer mon nom, les dates de mon programme, mon I-20 ou l’e-mail de mon SEVP Portal
router-a-student-need-status-problem = Mon dossier SEVIS a été résilié (terminated), ou j’ai manqué un délai

router-q-opt-change-title = Que devez-vous déclarer ?
router-q-opt-change-error = Choisissez ce que vous devez déclarer
router-a-opt-change-address-phone = Mon adresse ou mon numéro de téléphone
router-a-opt-change-employer = Mon employeur ou les détails de mon emploi

router-q-opt-type-title = Quel type de formation pratique est-ce ?
router-q-opt-type-error = Choisissez le type de formation pratique
router-a-opt-type-post-completion = OPT F-1 après la fin des études (post-completion OPT)
router-a-opt-type-stem = Extension STEM OPT
router-a-opt-type-m1 = Formation pratique M-1

router-q-stem-change-title = Qu’est-ce qui change ?
router-q-stem-change-error = Choisissez ce qui change
router-a-stem-change-new-employer-or-start-date = Un nouvel employeur, ou une nouvelle date de début
router-a-stem-change-other-details = D’autres détails, comme mon superviseur ou mon poste

router-q-portal-account-title = Avez-vous créé votre compte SEVP Portal ?
router-q-portal-account-hint = Le SEVP vous envoie un lien par e-mail quand votre OPT est approuvée et commence. Le lien est valable { -fact-sevp-portal-link-valid-days } jours.
router-q-portal-account-error = Indiquez si vous avez créé votre compte SEVP Portal
router-a-portal-account-yes = Oui, je peux me connecter
router-a-portal-account-link-expired = J’ai reçu l’e-mail, mais le lien a expiré
router-a-portal-account-no-email = Je n’ai jamais reçu l’e-mail
router-a-portal-account-access-ended = Mon OPT s’est terminée il y a plus de { -fact-sevp-portal-access-months-after-opt } mois

router-q-school-need-title = Que devez-vous faire ?
router-q-school-need-error = Choisissez ce que vous devez faire
router-a-school-need-student-records = Mettre à jour le dossier, l’I-20 ou l’emploi OPT d’un étudiant
router-a-school-need-portal-accounts = Aider un étudiant avec son compte SEVP Portal
router-a-school-need-certification = Certifier ou recertifier l’école, ou ajouter des responsables scolaires (formulaire I-17)
router-a-school-need-exchange-program = Gérer un programme de visiteurs d’échange J-1

router-q-urgent-title = L’une de ces situations vous concerne-t-elle ?
router-q-urgent-hint = Vous êtes en détention en ce moment, vous avez un ordre d’expulsion définitif, ou vous avez manqué une audience au tribunal de l’immigration ou un rendez-vous de contrôle d’ICE.
router-q-urgent-error = Choisissez oui si l’une de ces situations vous concerne
router-a-urgent-yes = Oui
router-a-urgent-no = Non

router-q-supervision-need-title = Que devez-vous faire ?
router-q-supervision-need-error = Choisissez ce que vous devez faire
router-a-supervision-need-check-in = Prendre ou changer un rendez-vous de contrôle (check-in) avec ICE
router-a-supervision-need-moved = Dire à ICE que j’ai déménagé
router-a-supervision-need-hearing = Connaître la date de mon audience ou l’état de mon dossier au tribunal

router-q-court-case-title = Avez-vous une affaire devant le tribunal de l’immigration ?
router-q-court-case-hint = Par exemple, vous avez reçu un avis de comparution (Notice to Appear) ou un avis d’audience du tribunal de l’immigration.
router-q-court-case-error = Indiquez si vous avez une affaire devant le tribunal de l’immigration
router-a-court-case-yes = Oui
router-a-court-case-no = Non
router-a-court-case-not-sure = Je ne sais pas

router-q-detained-need-title = Que devez-vous faire ?
router-q-detained-need-error = Choisissez ce que vous devez faire
router-a-detained-need-find = Savoir où la personne est détenue
router-a-detained-need-post-bond = Payer une caution pour qu’elle soit libérée
router-a-detained-need-legal-help = Trouver une aide juridique pour elle

router-q-bond-poster-title = Qui paie ou vérifie la caution ?
router-q-bond-poster-error = Choisissez qui paie ou vérifie la caution
router-a-bond-poster-surety = Une société de cautionnement ou son agent
router-a-bond-poster-person = Un proche, un ami, un avocat ou une organisation qui paie une caution en espèces (cash bond)
router-a-bond-poster-own-bond = La personne libérée, pour sa propre caution de départ volontaire ou de surveillance

router-q-benefit-need-title = De quoi avez-vous besoin ?
router-q-benefit-need-error = Choisissez ce dont vous avez besoin
router-a-benefit-need-case-status = Vérifier un dossier USCIS avec un numéro de reçu (receipt number)
router-a-benefit-need-green-card = Une carte verte (green card, résidence permanente)
router-a-benefit-need-citizenship = La citoyenneté américaine
router-a-benefit-need-work-permit = Un permis de travail (EAD), y compris l’OPT
router-a-benefit-need-extend-stay = Prolonger ou modifier mon séjour (formulaire I-539)
router-a-benefit-need-uscis-address = Dire à USCIS que j’ai déménagé (formulaire AR-11)
router-a-benefit-need-visa = Un visa pour voyager aux États-Unis
router-a-benefit-need-arrival-record = Mon relevé d’arrivée I-94 ou mon historique de voyages
router-a-benefit-need-court-case = Mon affaire devant le tribunal de l’immigration

## Résultats

router-o-sevp-portal-title = Utilisez le SEVP Portal
router-o-sevp-portal-answer = Déclarez-le vous-même dans le SEVP Portal dans un délai de { -fact-student-report-change-days } jours : votre changement arrive tout de suite dans SEVIS.
router-o-sevp-portal-applies-to = Les étudiants F-1 en OPT après la fin des études ou en STEM OPT, et les étudiants M-1 en formation pratique.
router-o-sevp-portal-why = Les étudiants en OPT après la fin des études, en STEM OPT ou en formation pratique M-1 déclarent eux-mêmes leur adresse, leur numéro de téléphone et leur employeur dans le SEVP Portal. Vos changements arrivent tout de suite dans SEVIS.
router-o-sevp-portal-step-1 = Connectez-vous au SEVP Portal à l’adresse { -fact-sevp-portal-address }.
router-o-sevp-portal-step-2 = Mettez à jour votre adresse de résidence et votre adresse postale, votre numéro de téléphone ou votre employeur.
router-o-sevp-portal-step-3 = Déclarez chaque changement dans un délai de { -fact-student-report-change-days } jours.
router-o-sevp-portal-step-4 = Si vous avez déménagé, informez aussi USCIS avec le formulaire AR-11 dans un délai de { -fact-ar-11-days } jours : le Portal n’informe pas USCIS.
router-o-sevp-portal-step-5 = En STEM OPT, vous ne pouvez pas ajouter un nouvel employeur ni changer une date de début dans le Portal : votre DSO doit d’abord examiner votre formulaire I-983.
router-o-sevp-portal-step-6 = La formation pratique M-1 n’est pas l’OPT : elle ne donne droit à aucun jour de chômage, donc l’outil des jours de chômage de l’OPT n’est pas pour vous. Parlez à votre DSO de toute période sans emploi.
router-o-sevp-portal-step-7 = En STEM OPT, vous devez faire un rapport de validation { -fact-stem-validation-report-months-1 }, { -fact-stem-validation-report-months-2 }, { -fact-stem-validation-report-months-3 } et { -fact-stem-validation-report-months-4 } mois après la date de début de votre STEM OPT, chaque fois dans un délai de { -fact-stem-validation-report-business-days } jours ouvrables ; le SEVP envoie un rappel par e-mail { -fact-stem-validation-reminder-days } jours avant chacun. Votre DSO peut vous dire comment votre école reçoit ces rapports.
router-o-sevp-portal-step-8 = Gardez une trace : enregistrez ou imprimez la page qui confirme votre changement.
router-o-sevp-portal-have-ready-1 = Votre SEVIS ID (en haut de votre formulaire I-20)
router-o-sevp-portal-have-ready-2 = Votre nouvelle adresse ou votre nouveau numéro de téléphone
router-o-sevp-portal-have-ready-3 = Pour un employeur : nom, adresse, EIN (si vous le connaissez), date de début, intitulé du poste, et nom, téléphone et e-mail de votre superviseur

router-o-student-dso-title = Contactez le DSO de votre école
router-o-student-dso-answer = Le responsable scolaire désigné (DSO) de votre école doit le faire pour vous : le SEVP Portal ne le peut pas.
router-o-student-dso-applies-to = Les étudiants F-1 et M-1. Les visiteurs d’échange J-1 s’adressent plutôt au responsable (responsible officer) de leur sponsor.
router-o-student-dso-why = Votre responsable scolaire désigné (DSO) gère votre dossier SEVIS. Seul un DSO peut renvoyer un lien SEVP Portal expiré, changer l’e-mail de votre Portal, enregistrer un changement de nom, mettre à jour votre I-20, ou examiner le formulaire I-983 avant un changement d’employeur ou de date de début en STEM OPT.
router-o-student-dso-step-1 = Contactez le bureau des étudiants internationaux de votre école et demandez à parler à un DSO.
router-o-student-dso-step-2 = Dites ce dont vous avez besoin et donnez votre SEVIS ID.
router-o-student-dso-step-3 = Si le lien de votre Portal a expiré, demandez au DSO de renvoyer l’e-mail du compte ; le nouveau lien est valable { -fact-sevp-portal-link-valid-days } jours.
router-o-student-dso-step-4 = Les changements faits par un DSO arrivent dans le SEVP Portal une fois par jour.
router-o-student-dso-step-5 = L’e-mail du compte SEVP Portal n’arrive qu’une fois votre OPT approuvée et commencée (la date de début sur votre EAD). Si votre OPT n’a pas encore commencé, ce n’est pas un problème : attendez cette date.
router-o-student-dso-step-6 = Si vous avez déménagé, informez aussi USCIS avec le formulaire AR-11 dans un délai de { -fact-ar-11-days } jours : ni votre école ni le SEVP Portal n’informent USCIS.
router-o-student-dso-have-ready-1 = Votre SEVIS ID et votre formulaire I-20
router-o-student-dso-have-ready-2 = Le changement et la date où il a eu lieu
router-o-student-dso-have-ready-3 = Pour un nouvel employeur en STEM OPT : un formulaire I-983 rempli

router-o-sevis-title = Utilisez SEVIS (responsables scolaires)
router-o-sevis-answer = Dans SEVIS, avec votre propre identifiant : c’est là que les responsables scolaires mettent à jour les dossiers des étudiants et gèrent les comptes Portal. Le SEVP Portal est réservé aux étudiants.
router-o-sevis-applies-to = Les PDSO et DSO des écoles certifiées par le SEVP.
router-o-sevis-why = Seuls les PDSO et DSO approuvés par le SEVP peuvent utiliser SEVIS, chacun avec son propre identifiant. Vous y mettez à jour les dossiers des étudiants et leurs emplois OPT, et vous y gérez les comptes Portal : renvoyer l’e-mail du compte, débloquer un compte, changer l’e-mail Portal d’un étudiant, télécharger le rapport des changements faits par les étudiants et voir qui a un compte. Les DSO ne peuvent pas utiliser le SEVP Portal lui-même.
router-o-sevis-step-1 = Connectez-vous à SEVIS avec votre propre compte. Ne partagez jamais vos identifiants.
router-o-sevis-step-2 = Mettez à jour le dossier de l’étudiant dans un délai de { -fact-dso-sevis-update-days } jours après un changement.
router-o-sevis-step-3 = En cas de problème avec le Portal, renvoyez l’e-mail du compte, débloquez le compte ou changez l’e-mail Portal.
router-o-sevis-step-4 = Centre de réponse du SEVP (SEVP Response Center) : { -fact-sevp-response-center-phone }, { -fact-sevp-response-center-email }, du lundi au vendredi, de { -fact-sevp-response-center-opens-am } h du matin à { -fact-sevp-response-center-closes-pm } h du soir, heure de l’Est.
router-o-sevis-have-ready-1 = Votre propre identifiant SEVIS
router-o-sevis-have-ready-2 = Le SEVIS ID de l’étudiant
router-o-sevis-have-ready-3 = Ce qui a changé et quand

router-o-sevp-certification-title = Certification SEVP des écoles (formulaire I-17)
router-o-sevp-certification-answer = Par le formulaire I-17 dans SEVIS, déposé par le responsable scolaire désigné principal (PDSO) de l’école. La certification doit être renouvelée tous les { -fact-sevp-recertification-years } ans.
router-o-sevp-certification-applies-to = Les écoles qui inscrivent, ou veulent inscrire, des étudiants F ou M. Les programmes J-1, eux, sont désignés par le Département d’État.
router-o-sevp-certification-why = Toute école qui inscrit des étudiants F ou M doit être certifiée par le SEVP avec le formulaire I-17 dans SEVIS, et doit se faire recertifier tous les { -fact-sevp-recertification-years } ans. Seul le PDSO du campus principal dépose l’I-17, et on ajoute des responsables scolaires en le mettant à jour.
router-o-sevp-certification-step-1 = Le PDSO se connecte à SEVIS et ouvre le formulaire I-17 de l’école.
router-o-sevp-certification-step-2 = Faites recertifier l’école tous les { -fact-sevp-recertification-years } ans : SEVIS envoie un avis { -fact-sevp-recertification-notice-days } jours avant l’expiration de la certification.
router-o-sevp-certification-step-3 = Pour ajouter un DSO, mettez à jour l’I-17. Chaque responsable doit avoir une preuve de citoyenneté américaine ou de résidence permanente.
router-o-sevp-certification-step-4 = Le PDSO vérifie chaque année les responsables de l’école, entre le { -fact-sevis-annual-verification-opens-day } décembre et le { -fact-sevis-annual-verification-closes-day } mars.
router-o-sevp-certification-have-ready-1 = Le code de l’école
router-o-sevp-certification-have-ready-2 = L’identifiant SEVIS du PDSO
router-o-sevp-certification-have-ready-3 = Pour les nouveaux responsables : une preuve de citoyenneté américaine ou de résidence permanente

router-o-ice-check-in-title = Utilisez le service en ligne ICE check-in
router-o-ice-check-in-answer = Oui, vous pouvez prendre ou changer en ligne votre rendez-vous de contrôle (check-in) avec ICE. Prendre rendez-vous en ligne remplit l’obligation liée à votre libération, même si la prochaine date libre est après celle indiquée sur vos documents.
router-o-ice-check-in-applies-to = Les personnes libérées sous la surveillance d’ICE, ou en procédure d’expulsion, qui doivent se présenter à ICE.
router-o-ice-check-in-why = Les personnes libérées sous la surveillance d’ICE prennent ou changent en ligne leurs rendez-vous de contrôle dans leur bureau local de l’ERO. Prendre rendez-vous en ligne remplit l’obligation liée à votre libération, même si le prochain rendez-vous libre est après la date indiquée sur vos documents.
router-o-ice-check-in-step-1 = Allez sur { -fact-ice-check-in-address }.
router-o-ice-check-in-step-2 = Pour votre premier rendez-vous, utilisez les informations de votre formulaire I-385, y compris votre Subject ID.
router-o-ice-check-in-step-3 = Choisissez une date et une heure dans votre bureau de l’ERO, ou changez un rendez-vous que vous avez déjà.
router-o-ice-check-in-step-4 = Gardez la confirmation. Le site existe en anglais, en espagnol, en portugais, en créole haïtien et en français.
router-o-ice-check-in-have-ready-1 = Votre formulaire I-385 avec votre Subject ID
router-o-ice-check-in-have-ready-2 = Votre A-Number (numéro de dossier d’immigration)
router-o-ice-check-in-have-ready-3 = Votre date de naissance

router-o-ice-change-of-address-with-court-title = Dites à ICE que vous avez déménagé — et, séparément, au tribunal et à USCIS
router-o-ice-change-of-address-with-court-answer = Informez ICE dans un délai de { -fact-ice-address-change-business-days } jours ouvrables, le tribunal de l’immigration avec le formulaire EOIR-33 dans un délai de { -fact-eoir-33-working-days } jours ouvrables, et USCIS avec le formulaire AR-11 dans un délai de { -fact-ar-11-days } jours : l’un ne met pas à jour les autres.
router-o-ice-change-of-address-with-court-applies-to = Les personnes sous la surveillance d’ICE qui ont une affaire devant le tribunal de l’immigration.
router-o-ice-change-of-address-with-court-why = Mettre à jour votre adresse auprès d’ICE ne la met pas à jour auprès du tribunal de l’immigration ni d’USCIS. Chacun demande sa propre démarche, avec son propre délai.
router-o-ice-change-of-address-with-court-step-1 = Donnez votre nouvelle adresse à ICE sur { -fact-ice-check-in-address } (ou avec le formulaire de changement d’adresse en ligne d’ICE). La page d’ICE dit de le faire dans un délai de { -fact-ice-address-change-business-days } jours ouvrables.
router-o-ice-change-of-address-with-court-step-2 = Informez le tribunal de l’immigration avec le formulaire EOIR-33 dans un délai de { -fact-eoir-33-working-days } jours ouvrables. Vous pouvez le déposer en ligne sur EOIR Respondent Access.
router-o-ice-change-of-address-with-court-step-3 = Informez USCIS avec le formulaire AR-11 dans un délai de { -fact-ar-11-days } jours, et mettez à jour séparément chaque dossier USCIS en cours.
router-o-ice-change-of-address-with-court-step-4 = Gardez une copie ou une capture d’écran de chaque confirmation.
router-o-ice-change-of-address-with-court-have-ready-1 = Votre A-Number (numéro de dossier d’immigration)
router-o-ice-change-of-address-with-court-have-ready-2 = Votre ancienne et votre nouvelle adresse, et la date du déménagement
router-o-ice-change-of-address-with-court-have-ready-3 = Les numéros de reçu de vos dossiers USCIS en cours, s’il y en a

router-o-ice-change-of-address-title = Dites à ICE que vous avez déménagé — et, séparément, au tribunal et à USCIS
router-o-ice-change-of-address-answer = Informez ICE dans un délai de { -fact-ice-address-change-business-days } jours ouvrables, et USCIS avec le formulaire AR-11 dans un délai de { -fact-ar-11-days } jours : l’un ne met pas à jour l’autre.
router-o-ice-change-of-address-applies-to = Les personnes sous la surveillance d’ICE qui n’ont pas d’affaire devant le tribunal de l’immigration.
router-o-ice-change-of-address-why = Mettre à jour votre adresse auprès d’ICE ne la met pas à jour auprès du tribunal de l’immigration ni d’USCIS. Chacun demande sa propre démarche, avec son propre délai.
router-o-ice-change-of-address-step-1 = Donnez votre nouvelle adresse à ICE sur { -fact-ice-check-in-address } (ou avec le formulaire de changement d’adresse en ligne d’ICE). La page d’ICE dit de le faire dans un délai de { -fact-ice-address-change-business-days } jours ouvrables.
router-o-ice-change-of-address-step-2 = Informez USCIS avec le formulaire AR-11 dans un délai de { -fact-ar-11-days } jours, et mettez à jour séparément chaque dossier USCIS en cours.
router-o-ice-change-of-address-step-3 = Gardez une copie ou une capture d’écran de chaque confirmation.
router-o-ice-change-of-address-have-ready-1 = Votre A-Number (numéro de dossier d’immigration)
router-o-ice-change-of-address-have-ready-2 = Votre ancienne et votre nouvelle adresse, et la date du déménagement
router-o-ice-change-of-address-have-ready-3 = Les numéros de reçu de vos dossiers USCIS en cours, s’il y en a

router-o-ice-change-of-address-court-unsure-title = Dites à ICE que vous avez déménagé — et, séparément, au tribunal et à USCIS
router-o-ice-change-of-address-court-unsure-answer = Informez ICE dans un délai de { -fact-ice-address-change-business-days } jours ouvrables et USCIS avec le formulaire AR-11 dans un délai de { -fact-ar-11-days } jours, et vérifiez aujourd’hui si vous avez une affaire devant le tribunal : le tribunal a besoin de son propre formulaire.
router-o-ice-change-of-address-court-unsure-applies-to = Les personnes sous la surveillance d’ICE qui ne savent pas si elles ont une affaire devant le tribunal de l’immigration.
router-o-ice-change-of-address-court-unsure-why = Mettre à jour votre adresse auprès d’ICE ne la met pas à jour auprès du tribunal de l’immigration ni d’USCIS. Chacun demande sa propre démarche, avec son propre délai.
router-o-ice-change-of-address-court-unsure-step-1 = Donnez votre nouvelle adresse à ICE sur { -fact-ice-check-in-address } (ou avec le formulaire de changement d’adresse en ligne d’ICE). La page d’ICE dit de le faire dans un délai de { -fact-ice-address-change-business-days } jours ouvrables.
router-o-ice-change-of-address-court-unsure-step-2 = Vérifiez si vous avez une affaire devant le tribunal : appelez le { -fact-eoir-hotline-phone } avec votre A-Number. Si c’est le cas, déposez le formulaire EOIR-33 dans un délai de { -fact-eoir-33-working-days } jours ouvrables.
router-o-ice-change-of-address-court-unsure-step-3 = Informez USCIS avec le formulaire AR-11 dans un délai de { -fact-ar-11-days } jours, et mettez à jour séparément chaque dossier USCIS en cours.
router-o-ice-change-of-address-court-unsure-step-4 = Gardez une copie ou une capture d’écran de chaque confirmation.
router-o-ice-change-of-address-court-unsure-have-ready-1 = Votre A-Number (numéro de dossier d’immigration)
router-o-ice-change-of-address-court-unsure-have-ready-2 = Votre ancienne et votre nouvelle adresse, et la date du déménagement
router-o-ice-change-of-address-court-unsure-have-ready-3 = Les numéros de reçu de vos dossiers USCIS en cours, s’il y en a

router-o-cebonds-title = Payez ou vérifiez une caution en espèces avec CeBONDS
router-o-cebonds-answer = Les cautions en espèces (cash bonds) se paient et se vérifient en ligne dans CeBONDS, sur la page des cautions d’ICE, par Fedwire ou ACH.
router-o-cebonds-applies-to = Les proches, les amis, les citoyens américains, les résidents permanents, les cabinets d’avocats et les associations à but non lucratif qui paient une caution en espèces, et les personnes qui paient leur propre caution de départ volontaire ou de surveillance.
router-o-cebonds-why = CeBONDS est le système public d’ICE pour vérifier des cautions et payer des cautions en espèces (caution de comparution, dite delivery bond, caution de départ volontaire et caution liée à un ordre de surveillance). Les proches, les résidents permanents, les citoyens américains, les cabinets d’avocats et les associations à but non lucratif peuvent l’utiliser, et une personne non citoyenne peut payer sa propre caution de départ volontaire ou de surveillance.
router-o-cebonds-step-1 = Ouvrez la page des cautions d’ICE et allez dans CeBONDS.
router-o-cebonds-step-2 = Vérifiez la caution et les informations de la personne concernée.
router-o-cebonds-step-3 = Payez par Fedwire ou ACH.
router-o-cebonds-step-4 = Envoyez en ligne les documents qui montrent que vous pouvez être le garant (obligor : la personne qui paie).
router-o-cebonds-step-5 = Si l’adresse du garant change plus tard, utilisez le formulaire I-333.
router-o-cebonds-have-ready-1 = L’A-Number (numéro de dossier d’immigration) de la personne détenue
router-o-cebonds-have-ready-2 = Le montant et le type de caution
router-o-cebonds-have-ready-3 = Les coordonnées bancaires pour Fedwire ou ACH
router-o-cebonds-have-ready-4 = Votre pièce d’identité

router-o-ebonds-title = eBONDS est réservé aux sociétés de cautionnement
router-o-ebonds-answer = Seules les sociétés de cautionnement et leurs agents utilisent eBONDS : toutes les autres personnes utilisent CeBONDS.
router-o-ebonds-applies-to = Les sociétés de cautionnement et leurs agents.
router-o-ebonds-why = eBONDS est utilisé par les sociétés de cautionnement et leurs agents (formulaire I-352SA). Les familles et les autres personnes qui paient une caution en espèces utilisent CeBONDS.
router-o-ebonds-step-1 = Les agents de cautionnement se connectent sur { -fact-ebonds-host }.
router-o-ebonds-step-2 = Si vous n’êtes pas une société de cautionnement, utilisez CeBONDS sur la page des cautions d’ICE.
router-o-ebonds-have-ready-1 = Le compte eBONDS de votre société de cautionnement
router-o-ebonds-have-ready-2 = Les informations pour le formulaire I-352SA

router-o-detainee-locator-title = Trouvez la personne avec le localisateur de détenus (Online Detainee Locator)
router-o-detainee-locator-answer = Cherchez dans le localisateur de détenus en ligne d’ICE avec l’A-Number, ou avec le nom et le pays de naissance : il indique où la personne est détenue.
router-o-detainee-locator-applies-to = Toute personne qui cherche un adulte détenu par ICE, ou retenu par CBP pendant { -fact-detainee-locator-cbp-custody-hours } heures ou plus.
router-o-detainee-locator-why = Le localisateur de détenus en ligne d’ICE cherche les personnes détenues par ICE, et les personnes retenues par CBP pendant { -fact-detainee-locator-cbp-custody-hours } heures ou plus. Il ne demande pas de compte et ne montre pas les personnes de moins de { -fact-detainee-locator-minimum-age } ans.
router-o-detainee-locator-step-1 = Allez sur { -fact-detainee-locator-host }.
router-o-detainee-locator-step-2 = Cherchez avec l’A-Number et le pays de naissance, ou avec le prénom, le nom de famille et le pays de naissance.
router-o-detainee-locator-step-3 = Notez le nom et le numéro de téléphone du centre de détention pour organiser des visites et une aide juridique.
router-o-detainee-locator-step-4 = Pour une aide juridique gratuite, consultez la liste des services juridiques gratuits du tribunal de l’immigration (EOIR), en lien ci-dessous. N’allez jamais voir un « notario » : ce n’est pas un avocat.
router-o-detainee-locator-step-5 = Le localisateur existe en { -fact-detainee-locator-languages } langues.
router-o-detainee-locator-have-ready-1 = L’A-Number (numéro de dossier d’immigration) de la personne, si vous le connaissez
router-o-detainee-locator-have-ready-2 = Son nom tel qu’il est écrit sur ses documents
router-o-detainee-locator-have-ready-3 = Son pays de naissance

router-o-i901-fee-title = Payez les frais SEVIS I-901 sur { -fact-i901-fee-host }
router-o-i901-fee-answer = Notre copie enregistrée du site officiel indiquait { -fact-i901-fee-f-m } dollars pour les étudiants F et M, { -fact-i901-fee-j } dollars pour la plupart des visiteurs d’échange J et { -fact-i901-fee-j-special } dollars pour certaines catégories J. Vérifiez le montant au moment de payer sur { -fact-i901-fee-host }.
router-o-i901-fee-applies-to = Les candidats F-1, M-1 et J-1, avant l’entretien de visa. Ce ne sont pas les frais de visa, ni des frais de l’école.
router-o-i901-fee-why = Les frais SEVIS I-901 sont séparés des frais de visa et des frais de l’école. Ils se paient sur { -fact-i901-fee-host }, le site officiel de paiement, même si son adresse se termine par .com.
router-o-i901-fee-step-1 = Allez sur { -fact-i901-fee-host } en tapant l’adresse vous-même.
router-o-i901-fee-step-2 = Saisissez vos informations exactement comme sur votre formulaire I-20 ou DS-2019.
router-o-i901-fee-step-3 = Payez et imprimez le reçu. Vous pourrez le réimprimer plus tard avec votre SEVIS ID, votre nom de famille et votre date de naissance.
router-o-i901-fee-step-4 = Les frais changent : vérifiez le montant sur le site officiel. (Notre copie enregistrée indiquait F et M { -fact-i901-fee-f-m } dollars, J { -fact-i901-fee-j } dollars, certaines catégories J { -fact-i901-fee-j-special } dollars.)
router-o-i901-fee-have-ready-1 = Votre SEVIS ID
router-o-i901-fee-have-ready-2 = Votre formulaire I-20 ou DS-2019
router-o-i901-fee-have-ready-3 = Un moyen de payer en ligne

router-o-uscis-case-status-title = Vérifiez votre dossier sur le site d’USCIS
router-o-uscis-case-status-answer = Vérifiez-le en ligne sur le site d’USCIS avec le numéro de reçu (receipt number) de votre avis : ICE et le tribunal de l’immigration ne peuvent pas vous renseigner.
router-o-uscis-case-status-applies-to = Toute personne qui a une demande ou une requête (petition) auprès d’USCIS.
router-o-uscis-case-status-why = Pour connaître l’état d’un dossier USCIS, il faut le numéro de reçu de votre avis : { -fact-receipt-number-letters } lettres et { -fact-receipt-number-digits } chiffres, par exemple EAC2190000001. ICE et le tribunal de l’immigration ne suivent pas les dossiers USCIS.
router-o-uscis-case-status-step-1 = Trouvez le numéro de reçu sur votre avis d’USCIS (formulaire I-797).
router-o-uscis-case-status-step-2 = Vérifiez l’état de votre dossier sur { -fact-uscis-host }.
router-o-uscis-case-status-step-3 = Centre de contact d’USCIS (USCIS Contact Center) : { -fact-uscis-contact-center-phone } (TTY { -fact-uscis-contact-center-tty }).
router-o-uscis-case-status-have-ready-1 = Votre numéro de reçu

router-o-uscis-citizenship-title = La citoyenneté relève d’USCIS
router-o-uscis-citizenship-answer = La citoyenneté (naturalisation) se demande à USCIS, pas à ICE.
router-o-uscis-citizenship-applies-to = Les résidents permanents (titulaires d’une carte verte).
router-o-uscis-citizenship-why = Les demandes de citoyenneté américaine (naturalisation) vont à USCIS, pas à ICE.
router-o-uscis-citizenship-step-1 = Lisez les pages sur la citoyenneté sur { -fact-uscis-host } avant de faire votre demande.
router-o-uscis-citizenship-step-2 = Si vous avez déjà été arrêté, détenu ou visé par un ordre d’expulsion, parlez à un avocat avant de faire votre demande.
router-o-uscis-citizenship-step-3 = Centre de contact d’USCIS (USCIS Contact Center) : { -fact-uscis-contact-center-phone } (TTY { -fact-uscis-contact-center-tty }).
router-o-uscis-citizenship-have-ready-1 = Votre carte verte
router-o-uscis-citizenship-have-ready-2 = Votre A-Number (numéro de dossier d’immigration)

router-o-uscis-green-card-title = La carte verte relève d’USCIS
router-o-uscis-green-card-answer = La carte verte se demande à USCIS, pas à ICE. Si vous êtes en procédure devant le tribunal de l’immigration, c’est peut-être le tribunal qui décidera.
router-o-uscis-green-card-applies-to = Les personnes qui demandent la résidence permanente.
router-o-uscis-green-card-why = Les demandes de résidence permanente (carte verte, ou green card) vont à USCIS, pas à ICE.
router-o-uscis-green-card-step-1 = Lisez les pages sur la carte verte sur { -fact-uscis-host } pour voir quelle façon de faire la demande vous correspond.
router-o-uscis-green-card-step-2 = Si vous êtes en procédure devant le tribunal de l’immigration, parlez à un avocat : c’est peut-être le tribunal qui décidera.
router-o-uscis-green-card-step-3 = Centre de contact d’USCIS (USCIS Contact Center) : { -fact-uscis-contact-center-phone } (TTY { -fact-uscis-contact-center-tty }).
router-o-uscis-green-card-have-ready-1 = Votre passeport et votre I-94
router-o-uscis-green-card-have-ready-2 = Les numéros de reçu de vos demandes précédentes, s’il y en a

router-o-uscis-work-permit-title = Demandez un permis de travail (formulaire I-765) à USCIS
router-o-uscis-work-permit-answer = Les permis de travail (EAD) sont délivrés par USCIS, avec le formulaire I-765. Vous ne pouvez commencer à travailler qu’une fois votre EAD approuvé et sa date de début arrivée.
router-o-uscis-work-permit-applies-to = Les étudiants F-1 qui demandent l’OPT ou la STEM OPT, et toute autre personne qui a besoin d’un EAD. Étudiants M-1 : la formation pratique a ses propres règles.
router-o-uscis-work-permit-why = C’est USCIS qui décide des permis de travail, y compris l’OPT et la STEM OPT. Le SEVP Portal n’accorde pas l’OPT : votre DSO la recommande d’abord dans SEVIS, puis vous déposez le formulaire I-765 auprès d’USCIS.
router-o-uscis-work-permit-step-1 = Étudiants : demandez à votre DSO la recommandation pour l’OPT ou la STEM OPT (un nouveau formulaire I-20).
router-o-uscis-work-permit-step-2 = OPT après la fin des études : déposez le formulaire I-765 au plus tôt { -fact-opt-filing-days-before-program-end } jours avant et au plus tard { -fact-opt-filing-days-after-program-end } jours après la date de fin de votre programme, et dans un délai de { -fact-opt-filing-days-after-recommendation } jours après la recommandation de votre DSO.
router-o-uscis-work-permit-step-3 = STEM OPT : déposez votre demande au plus tôt { -fact-stem-opt-filing-days-before-ead-end } jours avant la fin de votre EAD d’OPT (USCIS doit la recevoir avant cette fin), et dans un délai de { -fact-stem-opt-filing-days-after-recommendation } jours après la recommandation. Si vous la déposez à temps, votre droit de travailler continue jusqu’à { -fact-stem-opt-timely-filing-extension-days } jours pendant qu’USCIS décide.
router-o-uscis-work-permit-step-4 = Notre calculateur de délais trouve ces dates pour vous ; vérifiez-les avec votre DSO.
router-o-uscis-work-permit-step-5 = Une fois votre OPT approuvée et commencée (la date de début sur votre EAD), le SEVP vous envoie par e-mail un lien pour créer votre compte SEVP Portal.
router-o-uscis-work-permit-have-ready-1 = Le formulaire I-20 avec la recommandation du DSO
router-o-uscis-work-permit-have-ready-2 = Votre passeport et votre I-94
router-o-uscis-work-permit-have-ready-3 = Votre carte EAD actuelle (STEM OPT)

router-o-uscis-change-or-extend-stay-title = Prolongez ou modifiez votre séjour auprès d’USCIS (formulaire I-539)
router-o-uscis-change-or-extend-stay-answer = Vous pouvez rester jusqu’à la date « admit until » (admis jusqu’au) de votre I-94 (étudiants : D/S, tant qu’ils gardent leur statut). Pour rester plus longtemps, faites une demande à USCIS avant cette date, en général avec le formulaire I-539.
router-o-uscis-change-or-extend-stay-applies-to = Les visiteurs et les autres non-immigrants aux États-Unis. Les étudiants parlent d’abord à leur DSO.
router-o-uscis-change-or-extend-stay-why = Changer ou prolonger votre statut, c’est faire une demande à USCIS, en général avec le formulaire I-539. Les étudiants devraient d’abord parler à leur DSO.
router-o-uscis-change-or-extend-stay-step-1 = Lisez la page du formulaire I-539 sur { -fact-uscis-host } pour savoir qui peut faire la demande, et quand.
router-o-uscis-change-or-extend-stay-step-2 = Déposez votre demande avant que la date « admit until » de votre I-94 soit passée.
router-o-uscis-change-or-extend-stay-step-3 = Centre de contact d’USCIS (USCIS Contact Center) : { -fact-uscis-contact-center-phone } (TTY { -fact-uscis-contact-center-tty }).
router-o-uscis-change-or-extend-stay-have-ready-1 = Votre I-94
router-o-uscis-change-or-extend-stay-have-ready-2 = Votre passeport
router-o-uscis-change-or-extend-stay-have-ready-3 = Étudiants : votre formulaire I-20

router-o-uscis-address-change-title = Dites à USCIS que vous avez déménagé (formulaire AR-11)
router-o-uscis-address-change-answer = Déposez le formulaire AR-11 auprès d’USCIS dans un délai de { -fact-ar-11-days } jours après votre déménagement, et mettez à jour chaque dossier en cours.
router-o-uscis-address-change-applies-to = La plupart des personnes non citoyennes aux États-Unis. Les étudiants informent aussi leur école ; les personnes sous la surveillance d’ICE informent aussi ICE.
router-o-uscis-address-change-why = La plupart des personnes non citoyennes doivent informer USCIS dans un délai de { -fact-ar-11-days } jours après un déménagement, et mettre à jour séparément chaque dossier en cours. Cela ne met à jour ni ICE ni le tribunal de l’immigration.
router-o-uscis-address-change-step-1 = Changez votre adresse sur { -fact-uscis-address-change-address } dans un délai de { -fact-ar-11-days } jours.
router-o-uscis-address-change-step-2 = Mettez à jour chaque dossier en cours avec son numéro de reçu.
router-o-uscis-address-change-step-3 = Si vous vous présentez aussi à ICE ou si vous avez une affaire devant le tribunal, informez-les séparément.
router-o-uscis-address-change-have-ready-1 = Votre ancienne et votre nouvelle adresse
router-o-uscis-address-change-have-ready-2 = Les numéros de reçu des dossiers en cours
router-o-uscis-address-change-have-ready-3 = Votre A-Number (numéro de dossier d’immigration), si vous en avez un

router-o-state-visa-title = Les visas relèvent du Département d’État
router-o-state-visa-answer = Les visas sont délivrés uniquement par les ambassades et consulats américains hors des États-Unis (Département d’État), pas par ICE ni par USCIS. Les étudiants peuvent entrer au plus tôt { -fact-entry-days-before-program-start } jours avant le début de leur programme.
router-o-state-visa-applies-to = Toute personne qui a besoin d’un visa pour entrer, y compris les étudiants F, M et J et les visiteurs d’échange.
router-o-state-visa-why = Les demandes de visa (formulaire DS-160), les entretiens et les visas collés dans le passeport sont gérés par les ambassades et consulats américains du Département d’État, et les visas sont délivrés uniquement hors des États-Unis. Un visa sert à entrer ; la durée pendant laquelle vous pouvez rester est indiquée sur votre I-94.
router-o-state-visa-step-1 = Commencez par la page des visas américains du Département d’État (lien ci-dessous), puis utilisez le site de l’ambassade ou du consulat américain où vous ferez votre demande.
router-o-state-visa-step-2 = Étudiants et visiteurs d’échange : payez les frais SEVIS I-901 avant l’entretien et apportez votre formulaire I-20 ou DS-2019.
router-o-state-visa-step-3 = Les étudiants peuvent entrer aux États-Unis au plus tôt { -fact-entry-days-before-program-start } jours avant la date de début du programme indiquée sur leur formulaire I-20.
router-o-state-visa-step-4 = ICE ne délivre pas de visas.
router-o-state-visa-have-ready-1 = Votre passeport
router-o-state-visa-have-ready-2 = Le formulaire I-20 ou DS-2019 (étudiants et visiteurs d’échange)
router-o-state-visa-have-ready-3 = Le reçu des frais I-901 (étudiants et visiteurs d’échange)

router-o-state-exchange-sponsor-title = Programmes J-1 : votre sponsor et le Département d’État
router-o-state-exchange-sponsor-answer = Adressez-vous au responsable (responsible officer) du sponsor de votre programme J-1 : le sponsor, désigné par le Département d’État, gère votre formulaire DS-2019 et votre dossier SEVIS. Le SEVP et le SEVP Portal ne s’en occupent pas.
router-o-state-exchange-sponsor-applies-to = Les visiteurs d’échange J-1 et leurs sponsors. Les étudiants F-1 et M-1 s’adressent à leur DSO.
router-o-state-exchange-sponsor-why = Les sponsors des visiteurs d’échange J sont désignés par le Département d’État, pas par le SEVP. Les responsables du sponsor délivrent et mettent à jour le formulaire DS-2019.
router-o-state-exchange-sponsor-step-1 = Visiteurs d’échange : contactez le responsable de votre sponsor pour votre DS-2019, un déménagement, un emploi ou un changement de projet, et demandez-lui combien de temps vous pouvez rester.
router-o-state-exchange-sponsor-step-2 = Si vous avez déménagé, informez aussi USCIS avec le formulaire AR-11 dans un délai de { -fact-ar-11-days } jours.
router-o-state-exchange-sponsor-step-3 = Sponsors : les questions sur la désignation vont au programme des visiteurs d’échange du Département d’État (lien ci-dessous).
router-o-state-exchange-sponsor-step-4 = Pour les visiteurs J aussi, les frais SEVIS I-901 se paient sur { -fact-i901-fee-host }.
router-o-state-exchange-sponsor-have-ready-1 = Le formulaire DS-2019
router-o-state-exchange-sponsor-have-ready-2 = Votre SEVIS ID

router-o-cbp-i94-title = Obtenez votre I-94 auprès de CBP
router-o-cbp-i94-answer = Obtenez-le vous-même sur le site I-94 de CBP : ICE ne peut pas vous le donner.
router-o-cbp-i94-applies-to = Toute personne admise aux États-Unis avec un I-94 : la plupart des visiteurs, des étudiants, des visiteurs d’échange et des travailleurs.
router-o-cbp-i94-why = Votre relevé d’arrivée I-94 et votre historique de voyages viennent du service des douanes et de la protection des frontières des États-Unis (CBP), pas d’ICE.
router-o-cbp-i94-step-1 = Allez sur { -fact-cbp-i94-host }.
router-o-cbp-i94-step-2 = Saisissez vos informations exactement comme dans le passeport que vous avez utilisé pour entrer.
router-o-cbp-i94-step-3 = Vérifiez votre catégorie d’admission (class of admission) et la date « admit until » (admis jusqu’au), ou D/S.
router-o-cbp-i94-step-4 = Si aucun relevé n’est trouvé, réessayez avec chaque orthographe de votre nom, avec votre autre passeport si vous en avez deux, et avec votre date d’entrée la plus récente. S’il n’y a toujours rien, contactez CBP sur le même site : ni cette application ni ICE ne peuvent corriger un I-94.
router-o-cbp-i94-have-ready-1 = Le passeport que vous avez utilisé pour entrer aux États-Unis

router-o-eoir-title = Votre affaire devant le tribunal de l’immigration (EOIR)
router-o-eoir-answer = Le tribunal de l’immigration (EOIR) connaît la date de votre audience : appelez le { -fact-eoir-hotline-phone } avec votre A-Number. Un rendez-vous de contrôle d’ICE et une audience au tribunal sont deux choses différentes : allez aux deux.
router-o-eoir-applies-to = Les personnes qui ont une affaire devant le tribunal de l’immigration (un avis de comparution ou un avis d’audience).
router-o-eoir-why = Les audiences au tribunal de l’immigration, l’état des dossiers, les changements d’adresse avec le formulaire EOIR-33 et les appels sont gérés par le Bureau exécutif de révision des dossiers d’immigration (EOIR), qui fait partie du ministère de la Justice — pas par ICE. Un rendez-vous de contrôle d’ICE et une audience au tribunal sont deux choses différentes : vous pouvez avoir les deux.
router-o-eoir-step-1 = Appelez le { -fact-eoir-hotline-phone } pour connaître la date de votre audience et l’état de votre dossier. Tapez votre A-Number en { -fact-a-number-digits } chiffres, sans le A.
router-o-eoir-step-2 = Si vous déménagez, déposez le formulaire EOIR-33 dans un délai de { -fact-eoir-33-working-days } jours ouvrables (en ligne sur EOIR Respondent Access).
router-o-eoir-step-3 = Ne manquez aucune audience. Si vous ne pouvez pas y aller, parlez tout de suite à un avocat.
router-o-eoir-have-ready-1 = Votre A-Number (numéro de dossier d’immigration)
router-o-eoir-have-ready-2 = Votre avis d’audience ou votre avis de comparution (Notice to Appear)

router-o-urgent-legal-help-title = Obtenez une aide juridique maintenant
router-o-urgent-legal-help-answer = Parlez maintenant à un avocat spécialisé en immigration ou à un représentant accrédité, et pendant ce temps, continuez d’aller à chaque rendez-vous de contrôle d’ICE et à chaque audience au tribunal.
router-o-urgent-legal-help-applies-to = Toute personne détenue, visée par un ordre d’expulsion, dont le dossier SEVIS a été résilié, ou qui a manqué une audience, un rendez-vous de contrôle ou un délai.
router-o-urgent-legal-help-why = Une détention, un ordre d’expulsion, un dossier résilié, ou une audience, un rendez-vous de contrôle ou un délai manqué peuvent avoir très vite des conséquences graves. Un avocat spécialisé en immigration ou un représentant accrédité d’une organisation reconnue par le ministère de la Justice (DOJ) peut vous conseiller. Ne faites jamais confiance à un « notario » : ce n’est pas un avocat.
router-o-urgent-legal-help-step-1 = Contactez un avocat spécialisé en immigration, ou une organisation reconnue par le ministère de la Justice qui a des représentants accrédités. La liste des services juridiques gratuits du tribunal de l’immigration (EOIR) est en lien ci-dessous.
router-o-urgent-legal-help-step-2 = Si vous avez un ordre d’expulsion, continuez d’aller à vos rendez-vous de contrôle d’ICE et suivez les instructions de vos documents : l’aide juridique ne les remplace pas.
router-o-urgent-legal-help-step-3 = Étudiants qui ont un problème SEVIS : parlez aussi à votre DSO aujourd’hui (visiteurs d’échange J-1 : au responsable de votre sponsor).
router-o-urgent-legal-help-step-4 = Si une personne est détenue, trouvez où elle est avec le localisateur de détenus en ligne (Online Detainee Locator).
router-o-urgent-legal-help-step-5 = Ne signez pas de documents que vous ne comprenez pas.
router-o-urgent-legal-help-have-ready-1 = Tous les avis et toutes les lettres que vous avez reçus
router-o-urgent-legal-help-have-ready-2 = Votre A-Number (numéro de dossier d’immigration) ou votre SEVIS ID
router-o-urgent-legal-help-have-ready-3 = Les dates des audiences, des rendez-vous de contrôle ou des délais

router-o-phishing-warning-title = Vérifiez avant de cliquer : ce n’est peut-être pas officiel
router-o-phishing-warning-answer = Ne l’utilisez pas avant de l’avoir vérifié : des sites non officiels qui ressemblent aux vrais utilisent le nom « eservice ».
router-o-phishing-warning-applies-to = Toute personne qui a reçu un lien, un e-mail ou un SMS sur ICE, le SEVP ou « eservice ».
router-o-phishing-warning-why = Plusieurs sites non officiels utilisent le nom « eservice », et aucune page officielle ne décrit ce qu’il y a sur eservice.ice.gov. Les services en ligne d’ICE sont aux adresses officielles que cette application indique, et les e-mails du SEVP Portal viennent uniquement de { -fact-sevp-portal-sender-email }.
router-o-phishing-warning-step-1 = Ne vous connectez pas, ne payez pas et n’envoyez pas de documents par ce lien.
router-o-phishing-warning-step-2 = Vérifiez l’adresse ou l’expéditeur avec notre vérificateur de liens.
router-o-phishing-warning-step-3 = Tapez vous-même l’adresse officielle : { -fact-sevp-portal-address } pour le SEVP Portal, { -fact-ice-check-in-address } pour les rendez-vous de contrôle.
router-o-phishing-warning-step-4 = Si vous avez payé ou donné des informations personnelles, contactez votre banque et gardez le message comme preuve.
router-o-phishing-warning-have-ready-1 = Le message ou le lien que vous avez reçu

router-o-student-address-title = Dites au DSO de votre école, et à USCIS, que vous avez déménagé
router-o-student-address-answer = Donnez votre nouvelle adresse à votre DSO dans un délai de { -fact-student-report-change-days } jours, et informez USCIS avec le formulaire AR-11 dans un délai de { -fact-ar-11-days } jours.
router-o-student-address-applies-to = Les étudiants F-1 et M-1 qui ne sont ni en OPT ni en formation pratique. En OPT ou en formation pratique, vous faites plutôt la déclaration dans le SEVP Portal.
router-o-student-address-why = Pendant vos études, le responsable scolaire désigné (DSO) de votre école tient votre dossier SEVIS à jour : c’est donc le DSO qui enregistre votre nouvelle adresse. USCIS, c’est autre chose : la plupart des personnes non citoyennes doivent aussi déposer le formulaire AR-11 quand elles déménagent.
router-o-student-address-step-1 = Donnez votre nouvelle adresse au bureau des étudiants internationaux de votre école dans un délai de { -fact-student-report-change-days } jours. Beaucoup d’écoles ont un formulaire en ligne.
router-o-student-address-step-2 = Le DSO met à jour SEVIS dans un délai de { -fact-dso-sevis-update-days } jours après votre déclaration.
router-o-student-address-step-3 = Déposez le formulaire AR-11 en ligne auprès d’USCIS dans un délai de { -fact-ar-11-days } jours, et mettez à jour séparément chaque dossier USCIS en cours.
router-o-student-address-step-4 = Gardez les confirmations.
router-o-student-address-have-ready-1 = Votre SEVIS ID (en haut de votre formulaire I-20)
router-o-student-address-have-ready-2 = Votre nouvelle adresse et la date de votre déménagement
router-o-student-address-have-ready-3 = Les numéros de reçu de vos dossiers USCIS en cours, s’il y en a

router-o-stem-new-employer-title = Nouvel employeur en STEM OPT : d’abord votre DSO, et l’employeur doit utiliser E-Verify
router-o-stem-new-employer-answer = Non, vous ne pouvez pas l’ajouter vous-même dans le SEVP Portal : votre DSO doit d’abord examiner un nouveau formulaire I-983, et le nouvel employeur doit être inscrit à E-Verify.
router-o-stem-new-employer-applies-to = Les étudiants F-1 en extension STEM OPT. En OPT après la fin des études, vous ajoutez vous-même vos employeurs dans le SEVP Portal.
router-o-stem-new-employer-why = En STEM OPT, chaque employeur signe un plan de formation (formulaire I-983), doit être inscrit à E-Verify et doit vous payer pour au moins { -fact-opt-minimum-weekly-hours } heures par semaine. Le SEVP Portal ne vous permet pas d’ajouter un nouvel employeur ni de changer une date de début : c’est votre DSO qui le fait, après avoir examiné l’I-983.
router-o-stem-new-employer-step-1 = Remplissez le formulaire I-983 avec votre nouvel employeur, et vérifiez que l’employeur est inscrit à E-Verify.
router-o-stem-new-employer-step-2 = Envoyez l’I-983 signé à votre DSO et déclarez le nouvel employeur dans un délai de { -fact-student-report-change-days } jours.
router-o-stem-new-employer-step-3 = Quand un emploi se termine, l’employeur doit informer votre DSO dans un délai de { -fact-stem-employer-termination-business-days } jours ouvrables.
router-o-stem-new-employer-step-4 = Toute période sans un emploi qui remplit les conditions compte dans le total de vos { -fact-stem-opt-unemployment-days } jours de chômage.
router-o-stem-new-employer-have-ready-1 = Un formulaire I-983 rempli et signé
router-o-stem-new-employer-have-ready-2 = Le nom, l’adresse et l’EIN de l’employeur
router-o-stem-new-employer-have-ready-3 = Votre SEVIS ID

router-o-opt-unemployment-title = Vos jours de chômage en OPT
router-o-opt-unemployment-answer = En OPT après la fin des études, vous pouvez être sans emploi { -fact-opt-unemployment-days } jours au maximum au total ; avec l’extension STEM OPT, { -fact-stem-opt-unemployment-days } jours au total. Notre outil compte les jours que vous avez utilisés.
router-o-opt-unemployment-applies-to = Les étudiants F-1 en OPT ou en STEM OPT. Pas les étudiants M-1 : la formation pratique M-1 ne donne droit à aucun jour de chômage.
router-o-opt-unemployment-why = Le compte commence à la date de début inscrite sur votre EAD. Les jours sans emploi comptent, tout comme les jours de travail de moins de { -fact-opt-minimum-weekly-hours } heures par semaine et les emplois que vous n’avez pas déclarés. En OPT après la fin des études, un travail non payé dans votre domaine d’études compte comme un emploi s’il fait au moins { -fact-opt-minimum-weekly-hours } heures par semaine ; en STEM OPT, le travail doit être payé.
router-o-opt-unemployment-step-1 = Comptez vos jours avec notre outil des jours de chômage de l’OPT. Il fonctionne même si vous n’avez jamais eu d’emploi.
router-o-opt-unemployment-step-2 = Déclarez chaque nouvel emploi dans le SEVP Portal dans un délai de { -fact-student-report-change-days } jours : un travail que vous n’avez pas déclaré compte comme du chômage.
router-o-opt-unemployment-step-3 = Si vous êtes proche de la limite, parlez à votre DSO dès maintenant.
router-o-opt-unemployment-have-ready-1 = Les dates de début et de fin inscrites sur votre EAD
router-o-opt-unemployment-have-ready-2 = Les dates de début et de fin de chaque emploi, et ses heures par semaine

router-o-m1-practical-training-title = Formation pratique M-1 : demandez à votre DSO
router-o-m1-practical-training-answer = Les étudiants M-1 peuvent travailler seulement en formation pratique, après la fin de leur programme : un mois pour chaque tranche de { -fact-m1-study-months-per-training-month } mois d’études à temps plein, { -fact-m1-practical-training-max-months } mois au maximum. Il n’y a aucun jour de chômage autorisé : parlez à votre DSO de toute période sans emploi.
router-o-m1-practical-training-applies-to = Les étudiants M-1. Les règles de l’OPT F-1, comme les jours de chômage, ne s’appliquent pas.
router-o-m1-practical-training-why = La formation pratique M-1 n’est pas l’OPT. Elle doit être dans votre domaine d’études. Votre DSO la recommande, puis vous faites la demande à USCIS avec le formulaire I-765.
router-o-m1-practical-training-step-1 = Demandez à votre DSO la recommandation pour la formation pratique.
router-o-m1-practical-training-step-2 = Déposez le formulaire I-765 auprès d’USCIS au plus tôt { -fact-m1-filing-days-before-program-end } jours avant et au plus tard { -fact-m1-filing-days-after-program-end } jours après la date de fin de votre programme.
router-o-m1-practical-training-step-3 = Une fois la formation commencée, déclarez votre adresse et votre employeur dans le SEVP Portal dans un délai de { -fact-student-report-change-days } jours.
router-o-m1-practical-training-step-4 = Si votre emploi se termine, prévenez votre DSO tout de suite.
router-o-m1-practical-training-have-ready-1 = Votre formulaire I-20 avec la recommandation du DSO
router-o-m1-practical-training-have-ready-2 = La date de fin de votre programme

router-o-grace-period-f1-title = Combien de temps vous pouvez rester après vos études (F-1)
router-o-grace-period-f1-answer = { -fact-f1-grace-period-days } jours après la fin de votre programme, ou après la fin de votre OPT. Seulement { -fact-authorized-withdrawal-grace-period-days } jours si votre DSO a autorisé l’arrêt de vos études, et aucun jour si vous n’avez pas gardé votre statut.
router-o-grace-period-f1-applies-to = Les étudiants F-1. Les étudiants M-1 ont { -fact-m1-grace-period-days } jours ; les visiteurs d’échange J-1 demandent à leur sponsor.
router-o-grace-period-f1-why = La période de grâce sert à préparer votre départ, à changer d’école, à commencer un nouveau programme ou à changer de statut.
router-o-grace-period-f1-step-1 = Vérifiez la date de fin de votre programme sur votre formulaire I-20, ou la date de fin sur votre EAD si vous êtes en OPT.
router-o-grace-period-f1-step-2 = Pour rester plus longtemps, parlez à votre DSO avant cette date : un nouveau programme, un changement d’école (transfer), l’OPT ou un changement de statut.
router-o-grace-period-f1-step-3 = Un changement ou une prolongation de statut, c’est une demande à USCIS : déposez-la avant la fin du temps qui vous est accordé.
router-o-grace-period-f1-have-ready-1 = Votre formulaire I-20
router-o-grace-period-f1-have-ready-2 = Votre EAD, si vous êtes en OPT

router-o-grace-period-m1-title = Combien de temps vous pouvez rester après vos études (M-1)
router-o-grace-period-m1-answer = { -fact-m1-grace-period-days } jours après la fin de votre programme, ou après la fin de votre formation pratique. Seulement { -fact-authorized-withdrawal-grace-period-days } jours si votre DSO a autorisé l’arrêt de vos études, et aucun jour si vous n’avez pas gardé votre statut.
router-o-grace-period-m1-applies-to = Les étudiants M-1. Les étudiants F-1 ont { -fact-f1-grace-period-days } jours ; les visiteurs d’échange J-1 demandent à leur sponsor.
router-o-grace-period-m1-why = La période de grâce sert à préparer votre départ ou à changer de statut. Les étudiants M-1 ne peuvent pas obtenir l’OPT ; la formation pratique a ses propres règles.
router-o-grace-period-m1-step-1 = Vérifiez la date de fin de votre programme sur votre formulaire I-20, ou la date de fin sur votre EAD si vous êtes en formation pratique.
router-o-grace-period-m1-step-2 = Pour rester plus longtemps, parlez à votre DSO avant cette date.
router-o-grace-period-m1-step-3 = Un changement ou une prolongation de statut, c’est une demande à USCIS : déposez-la avant la fin du temps qui vous est accordé.
router-o-grace-period-m1-have-ready-1 = Votre formulaire I-20
router-o-grace-period-m1-have-ready-2 = Votre EAD, si vous êtes en formation pratique

router-o-bond-money-back-title = Récupérer l’argent versé pour une caution (cash bond)
router-o-bond-money-back-answer = L’argent versé pour une caution en espèces est rendu au garant (obligor), la personne qui l’a versé, une fois qu’ICE a annulé la caution. Une caution non respectée (breached), par exemple parce que la personne ne s’est pas présentée quand on le lui a demandé, n’est pas remboursée.
router-o-bond-money-back-applies-to = Les garants (obligors) : le proche, l’ami, l’avocat ou l’organisation qui a versé une caution en espèces, ou une personne qui a versé sa propre caution de départ volontaire ou de surveillance.
router-o-bond-money-back-why = ICE écrit au garant à l’adresse enregistrée dans ses dossiers. Si le garant déménage, il dépose le formulaire I-333 pour qu’ICE puisse le joindre. Cette application ne peut pas savoir quand une caution sera annulée.
router-o-bond-money-back-step-1 = Vérifiez la caution dans CeBONDS, sur la page des cautions d’ICE.
router-o-bond-money-back-step-2 = Si l’adresse du garant a changé, déposez le formulaire I-333.
router-o-bond-money-back-step-3 = Gardez le reçu de la caution et toutes les lettres d’ICE sur la caution.
router-o-bond-money-back-step-4 = Si ICE dit que la caution n’a pas été respectée et que vous n’êtes pas d’accord, parlez à un avocat.
router-o-bond-money-back-have-ready-1 = Le reçu de la caution
router-o-bond-money-back-have-ready-2 = L’A-Number (numéro de dossier d’immigration) de la personne pour qui la caution a été versée
router-o-bond-money-back-have-ready-3 = La pièce d’identité du garant
