# As palavras de "Encontre o lugar certo": perguntas, respostas e resultados.
# Ids: router-q-<pergunta>-title/-hint/-error, router-a-<pergunta>-<resposta>,
# router-o-<resultado>-title/-answer/-applies-to/-why, -step-<n> (em ordem), -have-ready-<n>.
# Passos e itens para ter em mãos são numerados a partir de 1, sem lacunas: o roteador os lê
# até o primeiro número que faltar (crates/domain/src/routing/wording.rs).

## Perguntas e suas respostas

router-q-event-title = O que aconteceu, ou o que você quer saber?
router-q-event-hint = Escolha a opção mais próxima. Se você já sabe de qual serviço ou tarefa precisa, escolha a última resposta.
router-q-event-error = Selecione o que aconteceu ou o que você quer saber
router-a-event-moved = Eu me mudei, ou vou me mudar
router-a-event-job = Um emprego está começando, mudando ou terminando
router-a-event-work = Posso trabalhar? Preciso de uma autorização de trabalho ou do OPT
router-a-event-stay = Quanto tempo posso ficar? Meus estudos ou meu programa estão terminando
router-a-event-travel = Vou viajar, ou preciso de um visto ou do meu I-94
router-a-event-message = Recebi uma carta, um e-mail, uma mensagem de texto ou um link
router-a-event-detained = Alguém foi detido pela imigração
router-a-event-money = Uma taxa ou uma fiança para pagar, ou o dinheiro de uma fiança para receber de volta
router-a-event-court = Tenho uma data no tribunal de imigração, um check-in no ICE ou uma ordem de deportação
router-a-event-school = Trabalho em uma escola que tem, ou quer matricular, estudantes internacionais
router-a-event-task = Sei o que preciso fazer: mostre a lista de tarefas

router-q-status-title = Qual destas opções descreve a sua situação?
router-q-status-hint = As regras são diferentes para estudantes F-1, estudantes M-1 e visitantes de intercâmbio J-1. O seu tipo está no seu visto e no seu Formulário I-20 (F-1, M-1) ou DS-2019 (J-1).
router-q-status-error = Selecione o que descreve a sua situação
router-a-status-f1 = Estudante F-1, inclusive no OPT ou no STEM OPT
router-a-status-m1 = Estudante M-1 (escola vocacional ou técnica)
router-a-status-j1 = Visitante de intercâmbio J-1 (estudante, acadêmico, pesquisador, estagiário …)
router-a-status-supervision = Eu me apresento ao ICE, ou tenho um processo no tribunal de imigração
router-a-status-other = Outra situação (por exemplo, visitante, trabalhador ou quem pediu o green card)

router-q-on-training-title = Você está no OPT ou em treinamento prático agora?
router-q-on-training-hint = Ou seja, já chegou a data de início da sua autorização de trabalho (EAD) para o OPT, o STEM OPT ou o treinamento prático M-1.
router-q-on-training-error = Selecione sim se você está no OPT ou em treinamento prático agora
router-a-on-training-yes = Sim
router-a-on-training-no = Não, ainda estou estudando, ou meu OPT ainda não começou

router-q-job-change-title = O que está acontecendo com o emprego?
router-q-job-change-error = Selecione o que está acontecendo com o emprego
router-a-job-change-new = Vou começar um novo emprego ou mudar de empregador
router-a-job-change-details = Mudou meu cargo, minhas horas, meu supervisor ou o endereço do meu empregador
router-a-job-change-ended = Meu emprego terminou, ou ainda não tenho emprego: quantos dias de desemprego eu tenho?
router-a-job-change-not-on-training = Ainda não estou em OPT nem em treinamento prático: posso aceitar um emprego?

router-q-travel-need-title = Do que você precisa?
router-q-travel-need-error = Selecione do que você precisa
router-a-travel-need-visa = Tirar ou renovar um visto (Formulário DS-160, entrevista)
router-a-travel-need-arrival-record = Meu registro de entrada I-94 ou meu histórico de viagens
router-a-travel-need-entry = Saber quando posso entrar nos Estados Unidos para começar meus estudos

router-q-message-kind-title = O que você recebeu?
router-q-message-kind-error = Selecione o que você recebeu
router-a-message-kind-portal-email = Um e-mail sobre minha conta no SEVP Portal, ou nunca recebi esse e-mail
router-a-message-kind-court-notice = Uma notificação de audiência ou uma Notificação de Comparecimento (Notice to Appear) do tribunal de imigração
router-a-message-kind-ice-letter = Uma carta ou um papel do ICE sobre apresentação ou check-in
router-a-message-kind-uscis-notice = Uma notificação ou um recibo do USCIS (Formulário I-797)
router-a-message-kind-unsure = Um e-mail, uma mensagem de texto ou um link (por exemplo, sobre “eservice”) e não tenho certeza se é verdadeiro

router-q-money-need-title = De qual dinheiro se trata?
router-q-money-need-error = Selecione de qual dinheiro se trata
router-a-money-need-sevis-fee = A taxa I-901 do SEVIS: quanto custa e onde pagar
router-a-money-need-visa-fee = A taxa de solicitação do visto
router-a-money-need-bond = Pagar ou consultar uma fiança de imigração
router-a-money-need-bond-back = Receber de volta o dinheiro de uma fiança que foi paga

router-q-role-title = Com qual tarefa você precisa de ajuda?
router-q-role-error = Selecione a tarefa com a qual você precisa de ajuda
router-a-role-student = Sou estudante F, M ou J, ou visitante de intercâmbio
router-a-role-school = Trabalho em uma escola: como funcionário escolar, ou em uma escola que quer a certificação do SEVP
router-a-role-supervision = Tenho que me apresentar ao ICE, ou tenho um processo no tribunal de imigração
router-a-role-detained = Alguém que eu conheço foi detido pela imigração
router-a-role-bond = Quero pagar ou consultar uma fiança de imigração
router-a-role-benefit = Preciso de um visto, green card, cidadania, autorização de trabalho ou da situação de um caso no USCIS
router-a-role-message = Recebi um e-mail, uma mensagem de texto ou um link sobre “eservice” e não tenho certeza se é verdadeiro

router-q-student-need-title = O que você precisa fazer?
router-q-student-need-error = Selecione o que você precisa fazer
router-a-student-need-report-opt = Informar meu endereço, telefone ou empregador durante o OPT
router-a-student-need-unemployment = Saber quantos dias de desemprego do OPT eu já usei
router-a-student-need-pay-fee = Pagar a taxa I-901 do SEVIS
router-a-student-need-apply-opt = Pedir uma autorização de trabalho: OPT, STEM OPT ou treinamento prático M-1
router-a-student-need-change-status = Mudar ou prorrogar meu status
router-a-student-need-visa = Tirar ou renovar meu visto de estudante
router-a-student-need-exchange-program = Algo sobre meu programa J-1 ou o Formulário DS-2019
router-a-student-need-arrival-record = Obter meu registro de entrada I-94
router-a-student-need-record-change = Mudar meu nome, as datas do meu programa, meu I-20 ou o e-mail do SEVP Portal
router-a-student-need-status-problem = Meu registro no SEVIS foi encerrado (terminated), ou perdi um prazo

router-q-opt-change-title = O que você precisa informar?
router-q-opt-change-error = Selecione o que você precisa informar
router-a-opt-change-address-phone = Meu endereço ou meu telefone
router-a-opt-change-employer = Meu empregador ou os dados do meu emprego

router-q-opt-type-title = Que tipo de treinamento prático é?
router-q-opt-type-error = Selecione o tipo de treinamento prático
router-a-opt-type-post-completion = OPT após a conclusão do curso (F-1)
router-a-opt-type-stem = Extensão STEM OPT
router-a-opt-type-m1 = Treinamento prático M-1

router-q-stem-change-title = O que está mudando?
router-q-stem-change-error = Selecione o que está mudando
router-a-stem-change-new-employer-or-start-date = Um novo empregador, ou uma nova data de início
router-a-stem-change-other-details = Outros dados, como meu supervisor ou meu cargo

router-q-portal-account-title = Você já criou sua conta no SEVP Portal?
router-q-portal-account-hint = O SEVP envia um link por e-mail quando o seu OPT é aprovado e começa. O link vale por { -fact-sevp-portal-link-valid-days } dias.
router-q-portal-account-error = Selecione se você já criou sua conta no SEVP Portal
router-a-portal-account-yes = Sim, consigo entrar
router-a-portal-account-link-expired = Recebi o e-mail, mas o link expirou
router-a-portal-account-no-email = Nunca recebi o e-mail
router-a-portal-account-access-ended = Meu OPT terminou há mais de { -fact-sevp-portal-access-months-after-opt } meses

router-q-school-need-title = O que você precisa fazer?
router-q-school-need-error = Selecione o que você precisa fazer
router-a-school-need-student-records = Atualizar o registro, o I-20 ou o emprego no OPT de um estudante
router-a-school-need-portal-accounts = Ajudar um estudante com a conta dele no SEVP Portal
router-a-school-need-certification = Certificar ou recertificar a escola, ou incluir funcionários escolares (Formulário I-17)
router-a-school-need-exchange-program = Administrar um programa de visitantes de intercâmbio J-1

router-q-urgent-title = Alguma destas situações é o seu caso?
router-q-urgent-hint = Você está em detenção agora, tem uma ordem final de deportação, ou faltou a uma audiência no tribunal de imigração ou a um check-in no ICE.
router-q-urgent-error = Selecione sim se alguma destas situações é o seu caso
router-a-urgent-yes = Sim
router-a-urgent-no = Não

router-q-supervision-need-title = O que você precisa fazer?
router-q-supervision-need-error = Selecione o que você precisa fazer
router-a-supervision-need-check-in = Agendar ou mudar um horário de check-in no ICE
router-a-supervision-need-moved = Avisar o ICE que me mudei
router-a-supervision-need-hearing = Saber a data da minha audiência ou a situação do meu processo no tribunal

router-q-court-case-title = Você tem um processo no tribunal de imigração?
router-q-court-case-hint = Por exemplo, você recebeu uma Notificação de Comparecimento (Notice to Appear) ou uma notificação de audiência do tribunal de imigração.
router-q-court-case-error = Selecione se você tem um processo no tribunal de imigração
router-a-court-case-yes = Sim
router-a-court-case-no = Não
router-a-court-case-not-sure = Não tenho certeza

router-q-detained-need-title = O que você precisa fazer?
router-q-detained-need-error = Selecione o que você precisa fazer
router-a-detained-need-find = Descobrir onde a pessoa está detida
router-a-detained-need-post-bond = Pagar uma fiança para que a pessoa seja solta
router-a-detained-need-legal-help = Encontrar ajuda jurídica para a pessoa

router-q-bond-poster-title = Quem está pagando ou consultando a fiança?
router-q-bond-poster-error = Selecione quem está pagando ou consultando a fiança
router-a-bond-poster-surety = Uma empresa de fianças (surety) ou um agente dela
router-a-bond-poster-person = Um parente, amigo, advogado ou organização que paga em dinheiro
router-a-bond-poster-own-bond = A própria pessoa liberada, para a sua fiança de saída voluntária ou de supervisão

router-q-benefit-need-title = Do que você precisa?
router-q-benefit-need-error = Selecione do que você precisa
router-a-benefit-need-case-status = Consultar um caso no USCIS com um número de recibo
router-a-benefit-need-green-card = Um green card (residência permanente)
router-a-benefit-need-citizenship = Cidadania americana
router-a-benefit-need-work-permit = Uma autorização de trabalho (EAD), inclusive o OPT
router-a-benefit-need-extend-stay = Prorrogar ou mudar minha permanência (Formulário I-539)
router-a-benefit-need-uscis-address = Avisar o USCIS que me mudei (Formulário AR-11)
router-a-benefit-need-visa = Um visto para viajar aos Estados Unidos
router-a-benefit-need-arrival-record = Meu registro de entrada I-94 ou meu histórico de viagens
router-a-benefit-need-court-case = Meu processo no tribunal de imigração

## Resultados

router-o-sevp-portal-title = Use o SEVP Portal
router-o-sevp-portal-answer = Informe você mesmo no SEVP Portal em até { -fact-student-report-change-days } dias: a sua alteração chega ao SEVIS na hora.
router-o-sevp-portal-applies-to = Estudantes F-1 no OPT após a conclusão do curso ou no STEM OPT, e estudantes M-1 em treinamento prático.
router-o-sevp-portal-why = Estudantes no OPT após a conclusão do curso, no STEM OPT ou em treinamento prático M-1 informam eles mesmos o seu endereço, telefone e empregador no SEVP Portal. As suas alterações chegam ao SEVIS na hora.
router-o-sevp-portal-step-1 = Entre no SEVP Portal em { -fact-sevp-portal-address }.
router-o-sevp-portal-step-2 = Atualize o seu endereço residencial e de correspondência, o seu telefone ou o seu empregador.
router-o-sevp-portal-step-3 = Informe cada alteração em até { -fact-student-report-change-days } dias.
router-o-sevp-portal-step-4 = Se você se mudou, avise também o USCIS com o Formulário AR-11 em até { -fact-ar-11-days } dias: o Portal não avisa o USCIS.
router-o-sevp-portal-step-5 = No STEM OPT, você não pode incluir um novo empregador nem mudar uma data de início no Portal: o seu DSO deve analisar antes o seu Formulário I-983.
router-o-sevp-portal-step-6 = O treinamento prático M-1 não é OPT: ele não tem dias de desemprego permitidos, então a ferramenta de dias de desemprego do OPT não é para você. Pergunte ao seu DSO sobre qualquer período sem emprego.
router-o-sevp-portal-step-7 = No STEM OPT, você deve entregar um relatório de validação { -fact-stem-validation-report-months-1 }, { -fact-stem-validation-report-months-2 }, { -fact-stem-validation-report-months-3 } e { -fact-stem-validation-report-months-4 } meses após a data de início do seu STEM OPT, cada um em até { -fact-stem-validation-report-business-days } dias úteis; o SEVP envia um lembrete por e-mail { -fact-stem-validation-reminder-days } dias antes de cada um. O seu DSO pode dizer como a sua escola recebe esses relatórios.
router-o-sevp-portal-step-8 = Guarde um comprovante: salve ou imprima a página que confirma a sua alteração.
router-o-sevp-portal-have-ready-1 = Seu SEVIS ID (no alto do seu Formulário I-20)
router-o-sevp-portal-have-ready-2 = Seu novo endereço ou telefone
router-o-sevp-portal-have-ready-3 = Para um empregador: nome, endereço, EIN (se souber), data de início, cargo e o nome, telefone e e-mail do seu supervisor

router-o-student-dso-title = Fale com o DSO da sua escola
router-o-student-dso-answer = O funcionário designado (DSO) da sua escola tem que fazer isso por você: o SEVP Portal não pode.
router-o-student-dso-applies-to = Estudantes F-1 e M-1. Visitantes de intercâmbio J-1 perguntam ao responsável oficial (responsible officer) do seu patrocinador.
router-o-student-dso-why = O funcionário designado pela escola (DSO) cuida do seu registro no SEVIS. Só um DSO pode reenviar um link vencido do SEVP Portal, mudar o e-mail do seu Portal, registrar uma mudança de nome, atualizar o seu I-20 ou analisar o Formulário I-983 antes de uma mudança de empregador ou de data de início no STEM OPT.
router-o-student-dso-step-1 = Entre em contato com o escritório de estudantes internacionais da sua escola e peça para falar com um DSO.
router-o-student-dso-step-2 = Diga do que você precisa e informe o seu SEVIS ID.
router-o-student-dso-step-3 = Se o link do seu Portal expirou, peça ao DSO para enviar de novo o e-mail da conta; o novo link vale por { -fact-sevp-portal-link-valid-days } dias.
router-o-student-dso-step-4 = As alterações feitas por um DSO chegam ao SEVP Portal uma vez por dia.
router-o-student-dso-step-5 = O e-mail da conta do SEVP Portal só chega quando o seu OPT foi aprovado e já começou (a data de início no seu EAD). Se o seu OPT ainda não começou, não há nada de errado: espere até essa data.
router-o-student-dso-step-6 = Se você se mudou, avise também o USCIS com o Formulário AR-11 em até { -fact-ar-11-days } dias: nem a sua escola nem o SEVP Portal avisam o USCIS.
router-o-student-dso-have-ready-1 = Seu SEVIS ID e seu Formulário I-20
router-o-student-dso-have-ready-2 = A alteração e a data em que ela aconteceu
router-o-student-dso-have-ready-3 = Para um novo empregador no STEM OPT: um Formulário I-983 preenchido

router-o-sevis-title = Use o SEVIS (funcionários escolares)
router-o-sevis-answer = No SEVIS, com o seu próprio login: é lá que os funcionários escolares atualizam os registros dos estudantes e administram as contas do Portal. O SEVP Portal é só para estudantes.
router-o-sevis-applies-to = PDSOs e DSOs de escolas certificadas pelo SEVP.
router-o-sevis-why = Só PDSOs e DSOs aprovados pelo SEVP podem usar o SEVIS, cada um com o seu próprio login. Lá você atualiza os registros e o emprego no OPT dos estudantes, e administra as contas do Portal: reenviar o e-mail da conta, desbloquear uma conta, mudar o e-mail do Portal de um estudante, baixar o relatório das alterações feitas pelos estudantes e ver quem tem conta. Os DSOs não podem usar o próprio SEVP Portal.
router-o-sevis-step-1 = Entre no SEVIS com a sua própria conta. Nunca compartilhe logins.
router-o-sevis-step-2 = Atualize o registro do estudante em até { -fact-dso-sevis-update-days } dias após uma alteração.
router-o-sevis-step-3 = Para problemas com o Portal, reenvie o e-mail da conta, desbloqueie a conta ou mude o e-mail do Portal.
router-o-sevis-step-4 = Central de Atendimento do SEVP (SEVP Response Center): { -fact-sevp-response-center-phone }, { -fact-sevp-response-center-email }, de segunda a sexta, das { -fact-sevp-response-center-opens-am } da manhã às { -fact-sevp-response-center-closes-pm } da tarde, horário do Leste dos EUA (Eastern Time).
router-o-sevis-have-ready-1 = Seu próprio login do SEVIS
router-o-sevis-have-ready-2 = O SEVIS ID do estudante
router-o-sevis-have-ready-3 = O que mudou e quando

router-o-sevp-certification-title = Certificação de escolas pelo SEVP (Formulário I-17)
router-o-sevp-certification-answer = Pelo Formulário I-17 no SEVIS, enviado pelo funcionário designado principal (PDSO) da escola. A certificação deve ser renovada a cada { -fact-sevp-recertification-years } anos.
router-o-sevp-certification-applies-to = Escolas que matriculam, ou querem matricular, estudantes F ou M. Os programas J-1 são designados pelo Departamento de Estado.
router-o-sevp-certification-why = Toda escola que matricula estudantes F ou M deve ser certificada pelo SEVP pelo Formulário I-17 no SEVIS e se recertificar a cada { -fact-sevp-recertification-years } anos. Só o PDSO do campus principal envia o I-17, e os funcionários escolares são incluídos com a atualização dele.
router-o-sevp-certification-step-1 = O PDSO entra no SEVIS e abre o Formulário I-17 da escola.
router-o-sevp-certification-step-2 = Recertifique a escola a cada { -fact-sevp-recertification-years } anos: o SEVIS envia um aviso { -fact-sevp-recertification-notice-days } dias antes de a certificação vencer.
router-o-sevp-certification-step-3 = Para incluir um DSO, atualize o I-17. Cada funcionário precisa de prova de cidadania americana ou de residência permanente nos EUA.
router-o-sevp-certification-step-4 = O PDSO confirma os funcionários da escola todo ano, entre { -fact-sevis-annual-verification-opens-day } de dezembro e { -fact-sevis-annual-verification-closes-day } de março.
router-o-sevp-certification-have-ready-1 = O código da escola
router-o-sevp-certification-have-ready-2 = O login do PDSO no SEVIS
router-o-sevp-certification-have-ready-3 = Para novos funcionários: prova de cidadania americana ou de residência permanente

router-o-ice-check-in-title = Use o check-in on-line do ICE
router-o-ice-check-in-answer = Sim, você pode agendar ou mudar o seu check-in no ICE pela internet. Agendar pela internet cumpre a exigência da sua liberação, mesmo que a próxima data livre seja depois da que está nos seus papéis.
router-o-ice-check-in-applies-to = Pessoas liberadas sob supervisão do ICE, ou em processo de deportação, que devem se apresentar ao ICE.
router-o-ice-check-in-why = Pessoas liberadas sob supervisão do ICE agendam ou mudam pela internet os horários de check-in no escritório local do ERO. Agendar pela internet cumpre a exigência da sua liberação, mesmo que o próximo horário livre seja depois da data que está nos seus papéis.
router-o-ice-check-in-step-1 = Acesse { -fact-ice-check-in-address }.
router-o-ice-check-in-step-2 = Para o seu primeiro horário, use as informações do seu Formulário I-385, inclusive o seu Subject ID.
router-o-ice-check-in-step-3 = Escolha uma data e um horário no seu escritório do ERO, ou mude um horário que você já tem.
router-o-ice-check-in-step-4 = Guarde a confirmação. O site está em inglês, espanhol, português, crioulo haitiano e francês.
router-o-ice-check-in-have-ready-1 = Seu Formulário I-385 com o seu Subject ID
router-o-ice-check-in-have-ready-2 = Seu A-Number (número de registro de estrangeiro)
router-o-ice-check-in-have-ready-3 = Sua data de nascimento

router-o-ice-change-of-address-with-court-title = Avise o ICE que você se mudou — e, separadamente, o tribunal e o USCIS
router-o-ice-change-of-address-with-court-answer = Avise o ICE em até { -fact-ice-address-change-business-days } dias úteis, o tribunal de imigração com o Formulário EOIR-33 em até { -fact-eoir-33-working-days } dias úteis, e o USCIS com o Formulário AR-11 em até { -fact-ar-11-days } dias: um não atualiza os outros.
router-o-ice-change-of-address-with-court-applies-to = Pessoas sob supervisão do ICE que têm um processo no tribunal de imigração.
router-o-ice-change-of-address-with-court-why = Atualizar o seu endereço no ICE não atualiza o tribunal de imigração nem o USCIS. Cada um exige o seu próprio pedido, com o seu próprio prazo.
router-o-ice-change-of-address-with-court-step-1 = Informe ao ICE o seu novo endereço em { -fact-ice-check-in-address } (ou no formulário on-line de mudança de endereço do ICE). A página do ICE diz para fazer isso em até { -fact-ice-address-change-business-days } dias úteis.
router-o-ice-change-of-address-with-court-step-2 = Avise o tribunal de imigração com o Formulário EOIR-33 em até { -fact-eoir-33-working-days } dias úteis. Você pode enviá-lo pela internet no EOIR Respondent Access.
router-o-ice-change-of-address-with-court-step-3 = Avise o USCIS com o Formulário AR-11 em até { -fact-ar-11-days } dias, e atualize separadamente cada caso pendente no USCIS.
router-o-ice-change-of-address-with-court-step-4 = Guarde uma cópia ou um print de tela de cada confirmação.
router-o-ice-change-of-address-with-court-have-ready-1 = Seu A-Number (número de registro de estrangeiro)
router-o-ice-change-of-address-with-court-have-ready-2 = Seu endereço antigo e o novo, e a data da mudança
router-o-ice-change-of-address-with-court-have-ready-3 = Os números de recibo dos seus casos pendentes no USCIS

router-o-ice-change-of-address-title = Avise o ICE que você se mudou — e, separadamente, o tribunal e o USCIS
router-o-ice-change-of-address-answer = Avise o ICE em até { -fact-ice-address-change-business-days } dias úteis, e o USCIS com o Formulário AR-11 em até { -fact-ar-11-days } dias: um não atualiza o outro.
router-o-ice-change-of-address-applies-to = Pessoas sob supervisão do ICE sem processo no tribunal de imigração.
router-o-ice-change-of-address-why = Atualizar o seu endereço no ICE não atualiza o tribunal de imigração nem o USCIS. Cada um exige o seu próprio pedido, com o seu próprio prazo.
router-o-ice-change-of-address-step-1 = Informe ao ICE o seu novo endereço em { -fact-ice-check-in-address } (ou no formulário on-line de mudança de endereço do ICE). A página do ICE diz para fazer isso em até { -fact-ice-address-change-business-days } dias úteis.
router-o-ice-change-of-address-step-2 = Avise o USCIS com o Formulário AR-11 em até { -fact-ar-11-days } dias, e atualize separadamente cada caso pendente no USCIS.
router-o-ice-change-of-address-step-3 = Guarde uma cópia ou um print de tela de cada confirmação.
router-o-ice-change-of-address-have-ready-1 = Seu A-Number (número de registro de estrangeiro)
router-o-ice-change-of-address-have-ready-2 = Seu endereço antigo e o novo, e a data da mudança
router-o-ice-change-of-address-have-ready-3 = Os números de recibo dos seus casos pendentes no USCIS

router-o-ice-change-of-address-court-unsure-title = Avise o ICE que você se mudou — e, separadamente, o tribunal e o USCIS
router-o-ice-change-of-address-court-unsure-answer = Avise o ICE em até { -fact-ice-address-change-business-days } dias úteis e o USCIS com o Formulário AR-11 em até { -fact-ar-11-days } dias, e descubra hoje se você tem um processo no tribunal: o tribunal exige o seu próprio formulário.
router-o-ice-change-of-address-court-unsure-applies-to = Pessoas sob supervisão do ICE que não sabem se têm um processo no tribunal de imigração.
router-o-ice-change-of-address-court-unsure-why = Atualizar o seu endereço no ICE não atualiza o tribunal de imigração nem o USCIS. Cada um exige o seu próprio pedido, com o seu próprio prazo.
router-o-ice-change-of-address-court-unsure-step-1 = Informe ao ICE o seu novo endereço em { -fact-ice-check-in-address } (ou no formulário on-line de mudança de endereço do ICE). A página do ICE diz para fazer isso em até { -fact-ice-address-change-business-days } dias úteis.
router-o-ice-change-of-address-court-unsure-step-2 = Descubra se você tem um processo no tribunal: ligue para { -fact-eoir-hotline-phone } com o seu A-Number. Se tiver, envie o Formulário EOIR-33 em até { -fact-eoir-33-working-days } dias úteis.
router-o-ice-change-of-address-court-unsure-step-3 = Avise o USCIS com o Formulário AR-11 em até { -fact-ar-11-days } dias, e atualize separadamente cada caso pendente no USCIS.
router-o-ice-change-of-address-court-unsure-step-4 = Guarde uma cópia ou um print de tela de cada confirmação.
router-o-ice-change-of-address-court-unsure-have-ready-1 = Seu A-Number (número de registro de estrangeiro)
router-o-ice-change-of-address-court-unsure-have-ready-2 = Seu endereço antigo e o novo, e a data da mudança
router-o-ice-change-of-address-court-unsure-have-ready-3 = Os números de recibo dos seus casos pendentes no USCIS

router-o-cebonds-title = Pague ou consulte uma fiança em dinheiro no CeBONDS
router-o-cebonds-answer = As fianças em dinheiro são pagas e consultadas pela internet no CeBONDS, na página de fianças do ICE, por transferência bancária Fedwire ou ACH.
router-o-cebonds-applies-to = Parentes, amigos, cidadãos americanos, residentes permanentes, escritórios de advocacia e organizações sem fins lucrativos que pagam uma fiança em dinheiro, e pessoas que pagam a sua própria fiança de saída voluntária ou de supervisão.
router-o-cebonds-why = O CeBONDS é o sistema público do ICE para consultar fianças e pagar fianças em dinheiro (fianças de entrega, de saída voluntária e de ordem de supervisão). Parentes, residentes permanentes, cidadãos americanos, escritórios de advocacia e organizações sem fins lucrativos podem usá-lo, e uma pessoa não cidadã pode pagar a sua própria fiança de saída voluntária ou de supervisão.
router-o-cebonds-step-1 = Abra a página de fianças do ICE e vá até o CeBONDS.
router-o-cebonds-step-2 = Confira a fiança e os dados da pessoa a quem ela se refere.
router-o-cebonds-step-3 = Pague por Fedwire ou ACH.
router-o-cebonds-step-4 = Envie os documentos que mostram que você pode ser o responsável pela fiança (obligor: a pessoa que paga).
router-o-cebonds-step-5 = Se o endereço do responsável pela fiança mudar depois, use o Formulário I-333.
router-o-cebonds-have-ready-1 = O A-Number da pessoa detida
router-o-cebonds-have-ready-2 = O valor e o tipo da fiança
router-o-cebonds-have-ready-3 = Dados bancários para Fedwire ou ACH
router-o-cebonds-have-ready-4 = Seu documento de identidade

router-o-ebonds-title = O eBONDS é só para empresas de fianças
router-o-ebonds-answer = Só as empresas de fianças (surety) e os agentes delas usam o eBONDS: todas as outras pessoas usam o CeBONDS.
router-o-ebonds-applies-to = Empresas de fianças e os agentes delas.
router-o-ebonds-why = O eBONDS é usado pelas empresas de fianças e pelos agentes delas (Formulário I-352SA). Famílias e outras pessoas que pagam uma fiança em dinheiro usam o CeBONDS.
router-o-ebonds-step-1 = Os agentes de fianças entram em { -fact-ebonds-host }.
router-o-ebonds-step-2 = Se você não é uma empresa de fianças, use o CeBONDS na página de fianças do ICE.
router-o-ebonds-have-ready-1 = A conta no eBONDS da sua empresa de fianças
router-o-ebonds-have-ready-2 = Os dados para o Formulário I-352SA

router-o-detainee-locator-title = Encontre a pessoa com o Localizador de Detidos On-line
router-o-detainee-locator-answer = Pesquise no Localizador de Detidos On-line (Online Detainee Locator) do ICE com o A-Number, ou com o nome e o país de nascimento: ele mostra onde a pessoa está detida.
router-o-detainee-locator-applies-to = Qualquer pessoa que procura um adulto detido pelo ICE, ou detido pela CBP por { -fact-detainee-locator-cbp-custody-hours } horas ou mais.
router-o-detainee-locator-why = O Localizador de Detidos On-line do ICE busca pessoas sob custódia do ICE e pessoas detidas pela CBP por { -fact-detainee-locator-cbp-custody-hours } horas ou mais. Ele não precisa de conta e não mostra menores de { -fact-detainee-locator-minimum-age } anos.
router-o-detainee-locator-step-1 = Acesse { -fact-detainee-locator-host }.
router-o-detainee-locator-step-2 = Pesquise com o A-Number e o país de nascimento, ou com o nome, o sobrenome e o país de nascimento.
router-o-detainee-locator-step-3 = Anote o nome e o telefone do centro de detenção para combinar visitas e ajuda jurídica.
router-o-detainee-locator-step-4 = Para ajuda jurídica gratuita, veja a lista de prestadores de serviços jurídicos gratuitos do tribunal de imigração (EOIR), no link abaixo. Nunca procure um “notario”: eles não são advogados.
router-o-detainee-locator-step-5 = O localizador está disponível em { -fact-detainee-locator-languages } idiomas.
router-o-detainee-locator-have-ready-1 = O A-Number da pessoa, se você souber
router-o-detainee-locator-have-ready-2 = O nome dela como está nos documentos
router-o-detainee-locator-have-ready-3 = O país de nascimento dela

router-o-i901-fee-title = Pague a taxa I-901 do SEVIS em { -fact-i901-fee-host }
router-o-i901-fee-answer = A nossa cópia salva do site oficial dizia US$ { -fact-i901-fee-f-m } para estudantes F e M, US$ { -fact-i901-fee-j } para a maioria dos visitantes de intercâmbio J e US$ { -fact-i901-fee-j-special } para algumas categorias J. Confira o valor quando for pagar em { -fact-i901-fee-host }.
router-o-i901-fee-applies-to = Candidatos F-1, M-1 e J-1, antes da entrevista do visto. Não é a taxa do visto nem uma taxa da escola.
router-o-i901-fee-why = A taxa I-901 do SEVIS é separada da taxa do visto e das taxas da escola. Ela é paga em { -fact-i901-fee-host }, o site oficial de pagamento, mesmo terminando em .com.
router-o-i901-fee-step-1 = Acesse { -fact-i901-fee-host } digitando você mesmo o endereço.
router-o-i901-fee-step-2 = Preencha os seus dados exatamente como estão no seu Formulário I-20 ou DS-2019.
router-o-i901-fee-step-3 = Pague e imprima o recibo. Você pode imprimi-lo de novo depois com o seu SEVIS ID, sobrenome e data de nascimento.
router-o-i901-fee-step-4 = As taxas mudam: confira o valor no site oficial. (A nossa cópia salva dizia F e M US$ { -fact-i901-fee-f-m }, J US$ { -fact-i901-fee-j }, algumas categorias J US$ { -fact-i901-fee-j-special }.)
router-o-i901-fee-have-ready-1 = Seu SEVIS ID
router-o-i901-fee-have-ready-2 = Seu Formulário I-20 ou DS-2019
router-o-i901-fee-have-ready-3 = Uma forma de pagar pela internet

router-o-uscis-case-status-title = Consulte o seu caso no site do USCIS
router-o-uscis-case-status-answer = Consulte pela internet, no site do USCIS, com o número de recibo da sua notificação: o ICE e o tribunal de imigração não podem informar isso.
router-o-uscis-case-status-applies-to = Qualquer pessoa com um pedido ou petição no USCIS.
router-o-uscis-case-status-why = A consulta da situação de um caso no USCIS usa o número de recibo da sua notificação: { -fact-receipt-number-letters } letras e { -fact-receipt-number-digits } números, como EAC2190000001. O ICE e o tribunal de imigração não acompanham os casos do USCIS.
router-o-uscis-case-status-step-1 = Encontre o número de recibo na sua notificação do USCIS (Formulário I-797).
router-o-uscis-case-status-step-2 = Confira a situação em { -fact-uscis-host }.
router-o-uscis-case-status-step-3 = Central de Atendimento do USCIS (USCIS Contact Center): { -fact-uscis-contact-center-phone } (TTY { -fact-uscis-contact-center-tty }).
router-o-uscis-case-status-have-ready-1 = Seu número de recibo

router-o-uscis-citizenship-title = A cidadania é com o USCIS
router-o-uscis-citizenship-answer = A cidadania (naturalização) é um pedido feito ao USCIS, não ao ICE.
router-o-uscis-citizenship-applies-to = Residentes permanentes (portadores de green card).
router-o-uscis-citizenship-why = Os pedidos de cidadania americana (naturalização) vão para o USCIS, não para o ICE.
router-o-uscis-citizenship-step-1 = Leia as páginas sobre cidadania em { -fact-uscis-host } antes de fazer o pedido.
router-o-uscis-citizenship-step-2 = Se você já foi preso, detido ou recebeu uma ordem de deportação, fale com um advogado antes de fazer o pedido.
router-o-uscis-citizenship-step-3 = Central de Atendimento do USCIS (USCIS Contact Center): { -fact-uscis-contact-center-phone } (TTY { -fact-uscis-contact-center-tty }).
router-o-uscis-citizenship-have-ready-1 = Seu green card
router-o-uscis-citizenship-have-ready-2 = Seu A-Number (número de registro de estrangeiro)

router-o-uscis-green-card-title = O green card é com o USCIS
router-o-uscis-green-card-answer = O green card é pedido ao USCIS, não ao ICE. Se você tem um processo no tribunal de imigração, quem decide pode ser o tribunal.
router-o-uscis-green-card-applies-to = Pessoas que buscam a residência permanente.
router-o-uscis-green-card-why = Os pedidos de residência permanente (green card) vão para o USCIS, não para o ICE.
router-o-uscis-green-card-step-1 = Leia as páginas sobre green card em { -fact-uscis-host } para ver qual forma de pedir serve para você.
router-o-uscis-green-card-step-2 = Se você tem um processo no tribunal de imigração, fale com um advogado: quem decide pode ser o tribunal.
router-o-uscis-green-card-step-3 = Central de Atendimento do USCIS (USCIS Contact Center): { -fact-uscis-contact-center-phone } (TTY { -fact-uscis-contact-center-tty }).
router-o-uscis-green-card-have-ready-1 = Seu passaporte e o I-94
router-o-uscis-green-card-have-ready-2 = Os números de recibo de pedidos anteriores

router-o-uscis-work-permit-title = Peça uma autorização de trabalho (Formulário I-765) ao USCIS
router-o-uscis-work-permit-answer = As autorizações de trabalho (EAD) são dadas pelo USCIS, pelo Formulário I-765. Você só pode começar a trabalhar quando o seu EAD for aprovado e a data de início dele tiver chegado.
router-o-uscis-work-permit-applies-to = Estudantes F-1 que pedem o OPT ou o STEM OPT, e qualquer outra pessoa que precise de um EAD. Estudantes M-1: o treinamento prático tem regras próprias.
router-o-uscis-work-permit-why = O USCIS decide as autorizações de trabalho, inclusive o OPT e o STEM OPT. O SEVP Portal não concede o OPT: primeiro o seu DSO o recomenda no SEVIS, depois você envia o Formulário I-765 ao USCIS.
router-o-uscis-work-permit-step-1 = Estudantes: peça ao seu DSO a recomendação de OPT ou STEM OPT (um novo Formulário I-20).
router-o-uscis-work-permit-step-2 = OPT após a conclusão do curso: envie o Formulário I-765 entre { -fact-opt-filing-days-before-program-end } dias antes e { -fact-opt-filing-days-after-program-end } dias depois da data de término do seu programa, e em até { -fact-opt-filing-days-after-recommendation } dias após a recomendação do seu DSO.
router-o-uscis-work-permit-step-3 = STEM OPT: envie o pedido a partir de { -fact-stem-opt-filing-days-before-ead-end } dias antes do fim do EAD do seu OPT (o USCIS deve recebê-lo antes desse fim), em até { -fact-stem-opt-filing-days-after-recommendation } dias após a recomendação. Se você enviar no prazo, a sua permissão para trabalhar continua por até { -fact-stem-opt-timely-filing-extension-days } dias enquanto o USCIS decide.
router-o-uscis-work-permit-step-4 = A nossa ferramenta de prazos calcula essas datas para você; confirme-as com o seu DSO.
router-o-uscis-work-permit-step-5 = Quando o seu OPT for aprovado e tiver começado (a data de início no seu EAD), o SEVP envia por e-mail um link para você criar a sua conta no SEVP Portal.
router-o-uscis-work-permit-have-ready-1 = Formulário I-20 com a recomendação do DSO
router-o-uscis-work-permit-have-ready-2 = Seu passaporte e o I-94
router-o-uscis-work-permit-have-ready-3 = Seu cartão EAD atual (STEM OPT)

router-o-uscis-change-or-extend-stay-title = Prorrogue ou mude a sua permanência no USCIS (Formulário I-539)
router-o-uscis-change-or-extend-stay-answer = Você pode ficar até a data “admit until” (admitido até) do seu I-94 (estudantes: D/S, enquanto mantiverem o status). Para ficar mais tempo, faça um pedido ao USCIS, normalmente pelo Formulário I-539, antes dessa data.
router-o-uscis-change-or-extend-stay-applies-to = Visitantes e outros não imigrantes nos Estados Unidos. Estudantes falam primeiro com o seu DSO.
router-o-uscis-change-or-extend-stay-why = Mudar ou prorrogar o seu status é um pedido ao USCIS, normalmente pelo Formulário I-539. Estudantes devem falar primeiro com o seu DSO.
router-o-uscis-change-or-extend-stay-step-1 = Veja a página do I-539 em { -fact-uscis-host } para saber quem pode fazer o pedido e quando.
router-o-uscis-change-or-extend-stay-step-2 = Envie o pedido antes que passe a data “admit until” do seu I-94.
router-o-uscis-change-or-extend-stay-step-3 = Central de Atendimento do USCIS (USCIS Contact Center): { -fact-uscis-contact-center-phone } (TTY { -fact-uscis-contact-center-tty }).
router-o-uscis-change-or-extend-stay-have-ready-1 = Seu I-94
router-o-uscis-change-or-extend-stay-have-ready-2 = Seu passaporte
router-o-uscis-change-or-extend-stay-have-ready-3 = Estudantes: seu Formulário I-20

router-o-uscis-address-change-title = Avise o USCIS que você se mudou (Formulário AR-11)
router-o-uscis-address-change-answer = Envie o Formulário AR-11 ao USCIS em até { -fact-ar-11-days } dias após a mudança, e atualize cada caso pendente.
router-o-uscis-address-change-applies-to = A maioria dos não cidadãos nos Estados Unidos. Estudantes também avisam a escola; pessoas sob supervisão do ICE também avisam o ICE.
router-o-uscis-address-change-why = A maioria dos não cidadãos deve avisar o USCIS em até { -fact-ar-11-days } dias após a mudança, e atualizar cada caso pendente separadamente. Isso não atualiza o ICE nem o tribunal de imigração.
router-o-uscis-address-change-step-1 = Mude o seu endereço em { -fact-uscis-address-change-address } em até { -fact-ar-11-days } dias.
router-o-uscis-address-change-step-2 = Atualize cada caso pendente com o número de recibo dele.
router-o-uscis-address-change-step-3 = Se você também se apresenta ao ICE ou tem um processo no tribunal, avise-os separadamente.
router-o-uscis-address-change-have-ready-1 = Seu endereço antigo e o novo
router-o-uscis-address-change-have-ready-2 = Os números de recibo dos casos pendentes
router-o-uscis-address-change-have-ready-3 = Seu A-Number, se tiver um

router-o-state-visa-title = Os vistos são com o Departamento de Estado
router-o-state-visa-answer = Os vistos são emitidos só pelas embaixadas e consulados dos EUA fora dos Estados Unidos (Departamento de Estado), não pelo ICE nem pelo USCIS. Estudantes podem entrar até { -fact-entry-days-before-program-start } dias antes do início do seu programa.
router-o-state-visa-applies-to = Qualquer pessoa que precise de visto para entrar, inclusive estudantes F, M e J e visitantes de intercâmbio.
router-o-state-visa-why = Os pedidos de visto (Formulário DS-160), as entrevistas e os vistos colados no passaporte são tratados pelas embaixadas e consulados dos EUA do Departamento de Estado, e os vistos só são emitidos fora dos Estados Unidos. O visto serve para entrar; quanto tempo você pode ficar está no seu I-94.
router-o-state-visa-step-1 = Comece pela página de vistos dos EUA do Departamento de Estado (no link abaixo), depois use o site da embaixada ou do consulado dos EUA onde você vai fazer o pedido.
router-o-state-visa-step-2 = Estudantes e visitantes de intercâmbio: pague a taxa I-901 do SEVIS antes da entrevista e leve o seu Formulário I-20 ou DS-2019.
router-o-state-visa-step-3 = Estudantes podem entrar nos Estados Unidos até { -fact-entry-days-before-program-start } dias antes da data de início do programa que está no seu Formulário I-20.
router-o-state-visa-step-4 = O ICE não emite vistos.
router-o-state-visa-have-ready-1 = Seu passaporte
router-o-state-visa-have-ready-2 = Formulário I-20 ou DS-2019 (estudantes e visitantes de intercâmbio)
router-o-state-visa-have-ready-3 = Recibo da taxa I-901 (estudantes e visitantes de intercâmbio)

router-o-state-exchange-sponsor-title = Programas J-1: o seu patrocinador e o Departamento de Estado
router-o-state-exchange-sponsor-answer = Pergunte ao responsável oficial (responsible officer) do patrocinador do seu programa J-1: o patrocinador, designado pelo Departamento de Estado, cuida do seu Formulário DS-2019 e do seu registro no SEVIS. O SEVP e o SEVP Portal não fazem isso.
router-o-state-exchange-sponsor-applies-to = Visitantes de intercâmbio J-1 e seus patrocinadores. Estudantes F-1 e M-1 perguntam ao seu DSO.
router-o-state-exchange-sponsor-why = Os patrocinadores de visitantes de intercâmbio J são designados pelo Departamento de Estado, não pelo SEVP. Os responsáveis do patrocinador emitem e atualizam o Formulário DS-2019.
router-o-state-exchange-sponsor-step-1 = Visitantes de intercâmbio: fale com o responsável oficial do patrocinador do seu programa sobre o seu DS-2019, uma mudança de endereço, um emprego ou uma mudança de planos, e pergunte quanto tempo você pode ficar.
router-o-state-exchange-sponsor-step-2 = Se você se mudou, avise também o USCIS com o Formulário AR-11 em até { -fact-ar-11-days } dias.
router-o-state-exchange-sponsor-step-3 = Patrocinadores: as perguntas sobre designação vão para o programa de visitantes de intercâmbio do Departamento de Estado (no link abaixo).
router-o-state-exchange-sponsor-step-4 = A taxa I-901 do SEVIS dos visitantes J continua sendo paga em { -fact-i901-fee-host }.
router-o-state-exchange-sponsor-have-ready-1 = Formulário DS-2019
router-o-state-exchange-sponsor-have-ready-2 = Seu SEVIS ID

router-o-cbp-i94-title = Obtenha o seu I-94 na CBP
router-o-cbp-i94-answer = Obtenha você mesmo o I-94 no site da CBP: o ICE não pode dar esse documento para você.
router-o-cbp-i94-applies-to = Qualquer pessoa admitida nos Estados Unidos com um I-94: a maioria dos visitantes, estudantes, visitantes de intercâmbio e trabalhadores.
router-o-cbp-i94-why = O seu registro de entrada I-94 e o seu histórico de viagens vêm da Agência de Alfândega e Proteção de Fronteiras dos EUA (CBP), não do ICE.
router-o-cbp-i94-step-1 = Acesse { -fact-cbp-i94-host }.
router-o-cbp-i94-step-2 = Preencha os seus dados exatamente como estão no passaporte que você usou para entrar.
router-o-cbp-i94-step-3 = Confira a sua classe de admissão e a data “admit until” (ou D/S).
router-o-cbp-i94-step-4 = Se nenhum registro for encontrado, tente de novo com cada grafia do seu nome, com o seu outro passaporte se você tiver dois, e com a sua data de entrada mais recente. Se ainda assim não aparecer nada, fale com a CBP pelo mesmo site: nem este assistente nem o ICE podem corrigir um I-94.
router-o-cbp-i94-have-ready-1 = O passaporte que você usou para entrar nos Estados Unidos

router-o-eoir-title = O seu processo no tribunal de imigração (EOIR)
router-o-eoir-answer = O tribunal de imigração (EOIR) tem a data da sua audiência: ligue para { -fact-eoir-hotline-phone } com o seu A-Number. Um check-in no ICE e uma audiência no tribunal são coisas separadas: vá aos dois.
router-o-eoir-applies-to = Pessoas com um processo no tribunal de imigração (uma Notificação de Comparecimento ou uma notificação de audiência).
router-o-eoir-why = As audiências no tribunal de imigração, a situação do processo, as mudanças de endereço pelo EOIR-33 e os recursos são tratados pelo Escritório Executivo de Revisão de Imigração (EOIR), parte do Departamento de Justiça — não pelo ICE. Um check-in no ICE e uma audiência no tribunal são coisas separadas: você pode ter os dois.
router-o-eoir-step-1 = Ligue para { -fact-eoir-hotline-phone } para saber a data da sua audiência e a situação do seu processo. Digite o seu A-Number com { -fact-a-number-digits } dígitos, sem o A.
router-o-eoir-step-2 = Se você se mudar, envie o Formulário EOIR-33 em até { -fact-eoir-33-working-days } dias úteis (pela internet, no EOIR Respondent Access).
router-o-eoir-step-3 = Não falte a nenhuma audiência. Se não puder comparecer, fale com um advogado imediatamente.
router-o-eoir-have-ready-1 = Seu A-Number (número de registro de estrangeiro)
router-o-eoir-have-ready-2 = Sua notificação de audiência ou Notificação de Comparecimento

router-o-urgent-legal-help-title = Procure ajuda jurídica agora
router-o-urgent-legal-help-answer = Fale agora com um advogado de imigração ou um representante credenciado, e continue indo a todos os check-ins no ICE e a todas as audiências no tribunal enquanto isso.
router-o-urgent-legal-help-applies-to = Qualquer pessoa detida, com uma ordem de deportação, com o registro no SEVIS encerrado, ou que faltou a uma audiência ou a um check-in ou perdeu um prazo.
router-o-urgent-legal-help-why = Detenção, ordem de deportação, registro encerrado, ou uma audiência, um check-in ou um prazo perdido podem ter consequências graves rapidamente. Um advogado de imigração ou um representante credenciado de uma organização reconhecida pelo Departamento de Justiça (DOJ) pode orientar você. Nunca confie em um “notario”: eles não são advogados.
router-o-urgent-legal-help-step-1 = Entre em contato com um advogado de imigração, ou com uma organização reconhecida pelo Departamento de Justiça que tenha representantes credenciados. A lista de prestadores de serviços jurídicos gratuitos do tribunal de imigração (EOIR) está no link abaixo.
router-o-urgent-legal-help-step-2 = Se você tem uma ordem de deportação, continue indo aos seus check-ins no ICE e siga as instruções dos seus papéis: a ajuda jurídica não substitui isso.
router-o-urgent-legal-help-step-3 = Estudantes com um problema no SEVIS: fale hoje também com o seu DSO (visitantes de intercâmbio J-1: com o responsável oficial do seu patrocinador).
router-o-urgent-legal-help-step-4 = Se alguém está detido, descubra onde com o Localizador de Detidos On-line.
router-o-urgent-legal-help-step-5 = Não assine papéis que você não entende.
router-o-urgent-legal-help-have-ready-1 = Todas as notificações ou cartas que você recebeu
router-o-urgent-legal-help-have-ready-2 = Seu A-Number ou SEVIS ID
router-o-urgent-legal-help-have-ready-3 = As datas de audiências, check-ins ou prazos

router-o-phishing-warning-title = Confira antes de clicar: pode não ser oficial
router-o-phishing-warning-answer = Não use até ter conferido: sites não oficiais parecidos usam o nome “eservice”.
router-o-phishing-warning-applies-to = Qualquer pessoa que recebeu um link, um e-mail ou uma mensagem de texto sobre o ICE, o SEVP ou “eservice”.
router-o-phishing-warning-why = Vários sites não oficiais usam o nome “eservice”, e nenhuma página oficial descreve o que está hospedado em eservice.ice.gov. Os serviços on-line do ICE estão nos endereços oficiais que este assistente lista, e os e-mails do SEVP Portal só vêm de { -fact-sevp-portal-sender-email }.
router-o-phishing-warning-step-1 = Não faça login, não pague nem envie documentos pelo link.
router-o-phishing-warning-step-2 = Confira o endereço ou o remetente com o nosso verificador de links.
router-o-phishing-warning-step-3 = Digite você mesmo o endereço oficial: { -fact-sevp-portal-address } para o SEVP Portal, { -fact-ice-check-in-address } para os check-ins.
router-o-phishing-warning-step-4 = Se você pagou ou compartilhou dados pessoais, fale com o seu banco e guarde a mensagem como prova.
router-o-phishing-warning-have-ready-1 = A mensagem ou o link que você recebeu

router-o-student-address-title = Avise o DSO da sua escola, e o USCIS, que você se mudou
router-o-student-address-answer = Informe o seu novo endereço ao seu DSO em até { -fact-student-report-change-days } dias, e avise o USCIS com o Formulário AR-11 em até { -fact-ar-11-days } dias.
router-o-student-address-applies-to = Estudantes F-1 e M-1 que não estão no OPT nem em treinamento prático. No OPT ou em treinamento prático, você informa no SEVP Portal.
router-o-student-address-why = Enquanto você estuda, o funcionário designado (DSO) da sua escola mantém o seu registro no SEVIS atualizado, então é o DSO que registra o seu novo endereço. O USCIS é separado: a maioria dos não cidadãos também deve enviar o Formulário AR-11 quando se muda.
router-o-student-address-step-1 = Informe o seu novo endereço ao escritório de estudantes internacionais da sua escola em até { -fact-student-report-change-days } dias. Muitas escolas têm um formulário on-line.
router-o-student-address-step-2 = O DSO atualiza o SEVIS em até { -fact-dso-sevis-update-days } dias após o seu aviso.
router-o-student-address-step-3 = Envie o Formulário AR-11 pela internet ao USCIS em até { -fact-ar-11-days } dias, e atualize separadamente cada caso pendente no USCIS.
router-o-student-address-step-4 = Guarde as confirmações.
router-o-student-address-have-ready-1 = Seu SEVIS ID (no alto do seu Formulário I-20)
router-o-student-address-have-ready-2 = Seu novo endereço e a data da mudança
router-o-student-address-have-ready-3 = Os números de recibo dos seus casos pendentes no USCIS

router-o-stem-new-employer-title = Novo empregador no STEM OPT: primeiro o seu DSO, e o empregador deve usar o E-Verify
router-o-stem-new-employer-answer = Não, você não pode incluí-lo você mesmo no SEVP Portal: o seu DSO deve analisar antes um novo Formulário I-983, e o novo empregador deve estar inscrito no E-Verify.
router-o-stem-new-employer-applies-to = Estudantes F-1 na extensão STEM OPT. No OPT após a conclusão do curso, você mesmo inclui os empregadores no SEVP Portal.
router-o-stem-new-employer-why = No STEM OPT, cada empregador assina um plano de treinamento (Formulário I-983), deve estar inscrito no E-Verify e deve pagar você por pelo menos { -fact-opt-minimum-weekly-hours } horas por semana. O SEVP Portal não deixa você incluir um novo empregador nem mudar uma data de início: o seu DSO faz isso depois de analisar o I-983.
router-o-stem-new-employer-step-1 = Preencha o Formulário I-983 com o seu novo empregador, e confira se o empregador está inscrito no E-Verify.
router-o-stem-new-employer-step-2 = Envie o I-983 assinado ao seu DSO e informe o novo empregador em até { -fact-student-report-change-days } dias.
router-o-stem-new-employer-step-3 = Quando um emprego termina, o empregador deve avisar o seu DSO em até { -fact-stem-employer-termination-business-days } dias úteis.
router-o-stem-new-employer-step-4 = Todo período sem um emprego que cumpra os requisitos conta para o seu limite total de { -fact-stem-opt-unemployment-days } dias de desemprego.
router-o-stem-new-employer-have-ready-1 = Um Formulário I-983 preenchido e assinado
router-o-stem-new-employer-have-ready-2 = O nome, o endereço e o EIN do empregador
router-o-stem-new-employer-have-ready-3 = Seu SEVIS ID

router-o-opt-unemployment-title = Os seus dias de desemprego no OPT
router-o-opt-unemployment-answer = No OPT após a conclusão do curso, você pode ficar sem emprego por no máximo { -fact-opt-unemployment-days } dias no total; com a extensão STEM OPT, { -fact-stem-opt-unemployment-days } dias no total. A nossa ferramenta conta os dias que você já usou.
router-o-opt-unemployment-applies-to = Estudantes F-1 no OPT ou no STEM OPT. Não vale para estudantes M-1: o treinamento prático M-1 não tem dias de desemprego permitidos.
router-o-opt-unemployment-why = A contagem começa na data de início do seu EAD. Contam os dias sem emprego, e também os dias de trabalho com menos de { -fact-opt-minimum-weekly-hours } horas por semana e os empregos que você não informou. No OPT após a conclusão do curso, o trabalho não remunerado na sua área de estudo conta como emprego se for de pelo menos { -fact-opt-minimum-weekly-hours } horas por semana; no STEM OPT, o trabalho deve ser remunerado.
router-o-opt-unemployment-step-1 = Conte os seus dias com a nossa ferramenta de dias de desemprego do OPT. Ela funciona mesmo que você nunca tenha tido emprego.
router-o-opt-unemployment-step-2 = Informe cada novo emprego no SEVP Portal em até { -fact-student-report-change-days } dias: o trabalho que você não informou conta como desemprego.
router-o-opt-unemployment-step-3 = Se você está perto do limite, fale com o seu DSO agora.
router-o-opt-unemployment-have-ready-1 = As datas de início e de término do seu EAD
router-o-opt-unemployment-have-ready-2 = As datas de início e de término de cada emprego, e as horas por semana

router-o-m1-practical-training-title = Treinamento prático M-1: pergunte ao seu DSO
router-o-m1-practical-training-answer = Estudantes M-1 só podem trabalhar em treinamento prático depois do fim do programa: um mês para cada { -fact-m1-study-months-per-training-month } meses de estudo em tempo integral, no máximo { -fact-m1-practical-training-max-months } meses. Não há dias de desemprego permitidos: fale com o seu DSO sobre qualquer período sem emprego.
router-o-m1-practical-training-applies-to = Estudantes M-1. As regras do OPT F-1, como os dias de desemprego, não se aplicam.
router-o-m1-practical-training-why = O treinamento prático M-1 não é OPT. Ele deve ser na sua área de estudo. O seu DSO o recomenda, depois você faz o pedido ao USCIS com o Formulário I-765.
router-o-m1-practical-training-step-1 = Peça ao seu DSO a recomendação de treinamento prático.
router-o-m1-practical-training-step-2 = Envie o Formulário I-765 ao USCIS entre { -fact-m1-filing-days-before-program-end } dias antes e { -fact-m1-filing-days-after-program-end } dias depois da data de término do seu programa.
router-o-m1-practical-training-step-3 = Depois que ele começar, informe o seu endereço e o seu empregador no SEVP Portal em até { -fact-student-report-change-days } dias.
router-o-m1-practical-training-step-4 = Se o seu emprego terminar, avise o seu DSO imediatamente.
router-o-m1-practical-training-have-ready-1 = Seu Formulário I-20 com a recomendação do DSO
router-o-m1-practical-training-have-ready-2 = A data de término do seu programa

router-o-grace-period-f1-title = Quanto tempo você pode ficar depois dos estudos (F-1)
router-o-grace-period-f1-answer = { -fact-f1-grace-period-days } dias depois do fim do seu programa, ou depois do fim do seu OPT. Só { -fact-authorized-withdrawal-grace-period-days } dias se o seu DSO autorizou a sua saída do programa, e nenhum se você não manteve o seu status.
router-o-grace-period-f1-applies-to = Estudantes F-1. Estudantes M-1 têm { -fact-m1-grace-period-days } dias; visitantes de intercâmbio J-1 perguntam ao seu patrocinador.
router-o-grace-period-f1-why = O período de tolerância (grace period) é o tempo para se preparar para sair do país, transferir-se para outra escola, começar um novo programa ou mudar de status.
router-o-grace-period-f1-step-1 = Confira a data de término do programa no seu Formulário I-20, ou a data de término do seu EAD se você está no OPT.
router-o-grace-period-f1-step-2 = Para ficar mais tempo, fale com o seu DSO antes dessa data: um novo programa, uma transferência, o OPT ou uma mudança de status.
router-o-grace-period-f1-step-3 = Uma mudança ou prorrogação de status é um pedido ao USCIS: envie o pedido antes que o seu tempo acabe.
router-o-grace-period-f1-have-ready-1 = Seu Formulário I-20
router-o-grace-period-f1-have-ready-2 = Seu EAD, se você está no OPT

router-o-grace-period-m1-title = Quanto tempo você pode ficar depois dos estudos (M-1)
router-o-grace-period-m1-answer = { -fact-m1-grace-period-days } dias depois do fim do seu programa, ou depois do fim do seu treinamento prático. Só { -fact-authorized-withdrawal-grace-period-days } dias se o seu DSO autorizou a sua saída do programa, e nenhum se você não manteve o seu status.
router-o-grace-period-m1-applies-to = Estudantes M-1. Estudantes F-1 têm { -fact-f1-grace-period-days } dias; visitantes de intercâmbio J-1 perguntam ao seu patrocinador.
router-o-grace-period-m1-why = O período de tolerância (grace period) é o tempo para se preparar para sair do país ou para mudar de status. Estudantes M-1 não podem ter OPT; o treinamento prático tem regras próprias.
router-o-grace-period-m1-step-1 = Confira a data de término do programa no seu Formulário I-20, ou a data de término do seu EAD se você está em treinamento prático.
router-o-grace-period-m1-step-2 = Para ficar mais tempo, fale com o seu DSO antes dessa data.
router-o-grace-period-m1-step-3 = Uma mudança ou prorrogação de status é um pedido ao USCIS: envie o pedido antes que o seu tempo acabe.
router-o-grace-period-m1-have-ready-1 = Seu Formulário I-20
router-o-grace-period-m1-have-ready-2 = Seu EAD, se você está em treinamento prático

router-o-bond-money-back-title = Como receber de volta o valor de uma fiança paga em dinheiro
router-o-bond-money-back-answer = O valor de uma fiança paga em dinheiro volta para o responsável pela fiança (obligor), a pessoa que a pagou, quando o ICE cancela a fiança. Uma fiança descumprida (breached), por exemplo porque a pessoa não compareceu quando foi chamada, não é devolvida.
router-o-bond-money-back-applies-to = Responsáveis pela fiança (obligors): o parente, amigo, advogado ou organização que pagou uma fiança em dinheiro, ou a pessoa que pagou a sua própria fiança de saída voluntária ou de supervisão.
router-o-bond-money-back-why = O ICE escreve para o responsável pela fiança no endereço que tem. Se o responsável se mudar, ele envia o Formulário I-333 para que o ICE possa encontrá-lo. Este assistente não tem como saber quando uma fiança será cancelada.
router-o-bond-money-back-step-1 = Consulte a fiança no CeBONDS, na página de fianças do ICE.
router-o-bond-money-back-step-2 = Se o endereço do responsável pela fiança mudou, envie o Formulário I-333.
router-o-bond-money-back-step-3 = Guarde o recibo da fiança e todas as cartas do ICE sobre a fiança.
router-o-bond-money-back-step-4 = Se o ICE disser que a fiança foi descumprida e você não concordar, fale com um advogado.
router-o-bond-money-back-have-ready-1 = O recibo da fiança
router-o-bond-money-back-have-ready-2 = O A-Number da pessoa para quem é a fiança
router-o-bond-money-back-have-ready-3 = O documento de identidade do responsável pela fiança
