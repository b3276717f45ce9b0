# server: as respostas próprias da API do portal (erros e recusas), no idioma do
# Accept-Language da solicitação.

## Erros que qualquer endpoint pode responder
server-sign-in-again = Entre para continuar. Sua sessão pode ter terminado.
server-forbidden = Você não pode ver nem alterar este registro.
server-not-found = Não encontrado.
server-csrf = Não foi possível verificar esta solicitação. Recarregue a página e tente de novo.
server-idempotency-conflict = Esta Idempotency-Key já foi usada para outra solicitação.
server-too-many-attempts = Tentativas demais. Espere alguns minutos e tente de novo.
server-internal = Algo deu errado do nosso lado. Nada foi salvo; tente de novo.
server-request-not-understood = Não foi possível ler a solicitação: confira o endereço, a query e o corpo de acordo com o contrato da API.
server-search-too-long = Busque com 100 caracteres ou menos: parte de um nome ou um { -sevis-id }.
server-busy = O serviço está ocupado. Tente de novo daqui a pouco.

## Entrada
server-wrong-email-or-password = Digite um endereço de e-mail e uma senha corretos. Se sua conta do SEVP Portal foi bloqueada ou encerrada, seu DSO pode ajudar.
server-wrong-supervision-details = Digite seu { -a-number }, seu { -subject-id } e sua data de nascimento exatamente como estão no seu Formulário I-385
server-email-taken = Este endereço de e-mail já é usado por outra conta do Portal. Peça outro endereço ao estudante.

## Ativação de uma conta do SEVP Portal
server-link-expired = Este link expirou: os links funcionam por { -fact-sevp-portal-link-valid-days } dias. Peça ao seu DSO para enviar de novo o e-mail da conta.
server-link-not-working = Este link não funciona. Use o link mais recente do seu e-mail ou peça ao seu DSO para enviá-lo de novo.

## Um funcionário da escola e a conta do Portal de um estudante
server-portal-already-set-up = A conta do Portal deste estudante já está configurada.
server-portal-not-locked = A conta do Portal deste estudante não está bloqueada.
server-validation-report-stem-only = Os relatórios de validação são só para o STEM OPT.

## Agendamentos de check-in
server-slot-taken = Esse horário acabou de ser ocupado. Escolha outro.
server-already-booked = Você já tem um agendamento. Mude esse agendamento em vez de marcar outro.

## Solicitações que o contrato não permite (400)
server-idempotency-key-missing = Toda gravação precisa de um cabeçalho Idempotency-Key (de 8 a 128 caracteres).
server-idempotency-key-format = O cabeçalho Idempotency-Key deve ter de 8 a 128 letras, dígitos, -, _, . ou :.
server-demo-clock-range = advance_seconds deve ser de 1 a 2678400 (31 dias)
server-date-format = As datas devem estar no formato AAAA-MM-DD.
server-unknown-action = Ação desconhecida.
server-unknown-outcome = Resultado desconhecido.
server-body-not-json = O corpo deve ser JSON no formato documentado, enviado como application/json.
server-no-endpoint = Não há endpoint da API neste endereço.

## O e-mail de convite (o idioma do estudante não é conhecido: é enviado no idioma padrão)
server-invitation-subject = Configure sua conta do SEVP Portal
server-link-left-out = [o link: enviado só por e-mail, nunca armazenado]
server-invitation-body = Olá, { $name },{"\u000A"}{"\u000A"}Seu OPT começou. Configure sua conta do SEVP Portal com este link em até { -fact-sevp-portal-link-valid-days } dias:{"\u000A"}{ $link }{"\u000A"}{"\u000A"}Se o link tiver expirado, peça ao seu DSO para enviá-lo de novo.{"\u000A"}
