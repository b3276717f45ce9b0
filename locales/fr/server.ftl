# server : les réponses propres à l’API du portail (erreurs et refus), dans la langue de
# l’en-tête Accept-Language de la requête.

## Erreurs que chaque point d’accès peut renvoyer
server-sign-in-again = Connectez-vous pour continuer. Votre session est peut-être terminée.
server-forbidden = Vous ne pouvez ni voir ni modifier ce dossier.
server-not-found = Introuvable.
server-csrf = Cette requête n’a pas pu être vérifiée. Rechargez la page et réessayez.
server-idempotency-conflict = Cette Idempotency-Key a déjà été utilisée pour une autre requête.
server-too-many-attempts = Trop de tentatives. Attendez quelques minutes et réessayez.
server-internal = Un problème est survenu de notre côté. Rien n’a été enregistré ; réessayez.
server-request-not-understood = La requête n’a pas pu être lue : vérifiez son adresse, ses paramètres et son corps par rapport au contrat de l’API.
server-search-too-long = Recherchez avec 100 caractères ou moins : une partie d’un nom ou un { -sevis-id }.
server-busy = Le service est occupé. Réessayez dans un moment.

## Connexion
server-wrong-email-or-password = Écrivez une adresse e-mail et un mot de passe corrects. Si votre compte SEVP Portal a été bloqué ou fermé, votre DSO peut vous aider.
server-wrong-supervision-details = Écrivez votre { -a-number }, votre { -subject-id } et votre date de naissance exactement comme sur votre formulaire I-385
server-email-taken = Cette adresse e-mail est déjà utilisée par un autre compte Portal. Demandez une autre adresse à l’étudiant.

## Activation d’un compte SEVP Portal
server-link-expired = Ce lien a expiré : les liens fonctionnent pendant { -fact-sevp-portal-link-valid-days } jours. Demandez à votre DSO de renvoyer l’e-mail de création du compte.
server-link-not-working = Ce lien ne fonctionne pas. Utilisez le lien le plus récent de vos e-mails, ou demandez à votre DSO de le renvoyer.

## Un responsable scolaire et le compte Portal d’un étudiant
server-portal-already-set-up = Le compte Portal de cet étudiant est déjà créé.
server-portal-not-locked = Le compte Portal de cet étudiant n’est pas bloqué.
server-validation-report-stem-only = Les rapports de validation concernent uniquement la STEM OPT.

## Rendez-vous de contrôle
server-slot-taken = Cette heure vient d’être prise. Choisissez-en une autre.
server-already-booked = Vous avez déjà un rendez-vous. Changez-le au lieu d’en prendre un autre.

## Requêtes que le contrat n’autorise pas (400)
server-idempotency-key-missing = Chaque écriture a besoin d’un en-tête Idempotency-Key (de 8 à 128 caractères).
server-idempotency-key-format = L’en-tête Idempotency-Key doit contenir de 8 à 128 lettres, chiffres, -, _, . ou :.
server-demo-clock-range = advance_seconds doit être compris entre 1 et 2678400 (31 jours)
server-date-format = Les dates doivent être au format AAAA-MM-JJ.
server-unknown-action = Action inconnue.
server-unknown-outcome = Résultat inconnu.
server-body-not-json = Le corps doit être du JSON de la forme documentée, envoyé en application/json.
server-no-endpoint = Il n’y a aucun point d’accès de l’API à cette adresse.

## L’e-mail d’invitation (la langue de l’étudiant n’est pas connue : il est envoyé dans la langue par défaut)
server-invitation-subject = Créez votre compte SEVP Portal
server-link-left-out = [le lien : envoyé uniquement par e-mail, jamais enregistré]
server-invitation-body = Bonjour { $name },{"\u000A"}{"\u000A"}Votre OPT a commencé. Créez votre compte SEVP Portal avec ce lien dans un délai de { -fact-sevp-portal-link-valid-days } jours :{"\u000A"}{ $link }{"\u000A"}{"\u000A"}Si le lien a expiré, demandez à votre DSO de le renvoyer.{"\u000A"}
