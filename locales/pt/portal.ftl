# O portal: entrada, as páginas e os formulários de cada perfil, e o que protege o trabalho
# das pessoas (rascunhos salvos, avisos de sessão, envios que falharam).
# Ids com o nome de um campo de `PortalText` (src/text/portal.rs) são lidos por esse campo;
# listas são lidas como `id-1`, `id-2`, …; `{ $… }` são valores que a página preenche.

## Em toda página do portal: o aviso, quem entrou, a entrada de cada perfil.

portal-notice = Portal de demonstração: estes formulários enviam suas respostas ao servidor de referência do próprio eService Navigator, não ao ICE, ao SEVP nem a nenhum sistema do governo. Para informar o governo, use os links oficiais.
portal-notice_sign_in = Portal de demonstração: entre só com uma conta de demonstração. Não digite aqui a senha nem os dados de uma conta que você usa com o ICE, o SEVP ou qualquer serviço do governo.
portal-role-school_official = funcionário da escola
portal-role-student = estudante em OPT
portal-role-supervised = pessoa sob supervisão do ICE
portal-role-officer = agente do ICE
portal-signed_in_as = Você entrou como
portal-sign_out = Sair
portal-clear_device = Apagar meus dados deste dispositivo
portal-clear_device_hint = Em um computador compartilhado, use isto quando terminar: apaga deste navegador suas respostas salvas e a lista do que você enviou, e encerra sua sessão.
portal-clear_confirm_title = Apagar seus dados deste dispositivo?
portal-clear_confirm_warning = Isto apaga deste navegador as respostas que você ainda não enviou e a lista do que você enviou. Você não poderá recuperá-las.
portal-clear_confirm = Sim, apagar meus dados
portal-clear_keep = Não, manter meus dados
portal-cleared = Suas respostas salvas e seu histórico foram apagados deste dispositivo.
portal-signed_out_title = Você não está conectado
portal-signed_out_body = Entre para continuar. Tudo o que você digitou está salvo neste dispositivo.
portal-sign_in_again = Entrar de novo
portal-wrong_role_title = Esta página é para outro tipo de conta
portal-wrong_role_body = Você entrou como { $name } ({ $role }).
portal-go_to_yours = Ir para suas páginas
portal-unreachable_title = Não conseguimos acessar o portal
portal-unreachable_body = Verifique sua conexão e tente de novo. Tudo o que você digitou está salvo neste dispositivo.
portal-not_found_record = Não encontramos esse registro. Ele pode ser de outra escola, ou o link pode ser antigo.

## O aviso de fim de sessão.

portal-session_ending_title = Sua sessão vai terminar em breve
portal-session_ending_body = Para sua segurança, sua sessão vai terminar em cerca de { $minutes ->
        [one] um minuto
       *[other] { $minutes } minutos
    }. O que você digitou está salvo neste dispositivo.
portal-stay_signed_in = Continuar conectado
portal-session_ended_title = Sua sessão foi encerrada
portal-session_ended_body = Sua sessão foi encerrada depois de um tempo sem atividade. O que você digitou está salvo neste dispositivo: entre de novo para continuar.

## Todo formulário: rascunhos, a página de conferência, o envio, a confirmação, listas.

portal-saved_note = O que você digita fica salvo neste dispositivo até você enviar.
portal-optional = { $label } (opcional)
portal-change = Alterar
portal-check_title = Confira suas respostas antes de enviar
portal-check_lead = Verifique se estão corretas. Você pode alterar qualquer resposta.
portal-not_sent_title = Suas respostas não foram enviadas
portal-not_sent_offline = Não conseguimos acessar o portal. Verifique sua conexão e tente de novo. Suas respostas estão salvas neste dispositivo, e enviar de novo não vai enviá-las duas vezes.
portal-not_sent_server = O portal teve um problema e não conseguiu receber suas respostas. Tente de novo daqui a pouco. Suas respostas estão salvas neste dispositivo, e enviar de novo não vai enviá-las duas vezes.
portal-not_sent_signed_out = Sua sessão terminou. Entre de novo para enviar suas respostas: elas estão salvas neste dispositivo.
portal-refused_title = Não foi possível fazer isso
portal-sending = Enviando…
portal-reference_label = Seu número de referência
portal-sent_at = Enviado em
portal-next_heading = O que acontece agora
portal-your_answers = O que você enviou
portal-keep_record = Imprima esta página ou salve-a como PDF para guardar um registro.
portal-back_to_start = Voltar para suas páginas
portal-history_heading = Enviado deste dispositivo
portal-history_none = Nada foi enviado deste dispositivo ainda.
portal-nothing_to_confirm = Não há nada para confirmar aqui. Suas respostas podem ter sido enviadas de outra aba: veja abaixo o que foi enviado deste dispositivo.
portal-previous = Anterior
portal-next = Próxima
portal-page_of = Página { $page } de { $pages }
portal-not_given = Não informado

## Entrada.

portal-sign_in_title = Entrar no portal
portal-needs_script = O portal funciona no seu navegador e precisa de JavaScript, que está desativado ou não carregou.
portal-sign_in_lead = Funcionários de escolas, estudantes em OPT, pessoas sob supervisão do ICE e funcionários do ICE entram aqui.
portal-sign_in_how = Como você entra?
portal-sign_in_method-password = Com endereço de e-mail e senha (funcionários de escolas, estudantes em OPT, funcionários do ICE)
portal-sign_in_method-supervision = Com meu { -a-number }, { -subject-id } e data de nascimento (pessoas sob supervisão do ICE)
portal-sign_in_method_missing = Selecione como você entra
portal-email = Endereço de e-mail
portal-password = Senha
portal-a_number = { -a-number }
portal-a_number_hint = Nos seus avisos: a letra A seguida de { -fact-a-number-min-digits } a { -fact-a-number-digits } números, como A012345678.
portal-subject_id = { -subject-id }
portal-subject_id_hint = No Formulário I-385, o papel que você recebeu na sua liberação.
portal-date_of_birth = Data de nascimento
portal-date_of_birth_hint = Por exemplo, 27 3 1990
portal-sign_in_button = Entrar
portal-students_activate = Estudantes em OPT: primeiro configure sua conta com o link do seu e-mail de convite.

## Configuração da conta do Portal de um estudante.

portal-activate_title = Configure sua conta do Portal
portal-activate_lead = Escolha a senha que você vai usar para entrar com seu endereço de e-mail.
portal-new_password = Crie uma senha
portal-new_password_hint = Pelo menos 12 caracteres. Algumas palavras sem relação entre si são fáceis de lembrar e difíceis de adivinhar.
portal-confirm_password = Digite a senha de novo
portal-activate_button = Configurar conta

## Endereço e telefone.

portal-address_line1 = Endereço, linha 1
portal-address_line2 = Endereço, linha 2
portal-city = Cidade
portal-state = Estado
portal-state_hint = Duas letras, como NJ, ou o nome completo
portal-zip = CEP (ZIP code)
portal-phone = Número de telefone
portal-phone_hint = Um número dos EUA, como { -sample-phone }
portal-address_heading = Qual é o novo endereço nos EUA?
portal-phone_heading = Qual é o número de telefone?
portal-address = Endereço

## Emprego, e as palavras do registro de um estudante.

portal-employer_name = Nome do empregador
portal-employer_address = Local do trabalho
portal-ein = Número de Identificação do Empregador (EIN)
portal-ein_hint = { -fact-ein-digits } números, como 12-3456789
portal-hours = Carga horária
portal-hours_option-full_time = Tempo integral ({ -fact-opt-minimum-weekly-hours } horas por semana ou mais)
portal-hours_option-part_time = Meio período (menos de { -fact-opt-minimum-weekly-hours } horas por semana)
portal-start_date = Data de início
portal-end_date = Data de término
portal-end_date_hint = Deixe em branco se o trabalho não terminou
portal-job_title = Cargo
portal-supervisor_name = Nome do supervisor
portal-supervisor_phone = Telefone do supervisor
portal-supervisor_email = E-mail do supervisor
portal-relation_to_study = Como o trabalho se relaciona com a área de estudo
portal-relation_hint = Uma ou duas frases, como no I-983 ou na carta do empregador.
portal-employer_heading = Empregador
portal-job_heading = O trabalho
portal-supervisor_heading = Supervisor
portal-end_heading = Quando o trabalho terminou?
portal-opt_kind-post_completion = OPT após a conclusão do curso
portal-opt_kind-stem = STEM OPT
portal-opt_kind-m1 = Treinamento prático M-1
portal-portal_state-not_invited = Sem convite
portal-portal_state-invited = Convite enviado
portal-portal_state-invitation_expired = Convite expirado
portal-portal_state-active = Ativa
portal-portal_state-locked = Bloqueada
portal-portal_state-closed = Encerrada
portal-reported_by-student = Estudante
portal-reported_by-school_official = Funcionário da escola

## Funcionários da escola.

portal-dso_title = Seus estudantes
portal-dso_nav-1 = Estudantes
portal-dso_nav-2 = Pendências
portal-dso_nav-3 = Relatórios
portal-search_label = Buscar por nome ou { -sevis-id }
portal-search_button = Buscar
portal-no_students = Nenhum estudante encontrado.
portal-columns_students-1 = Nome
portal-columns_students-2 = { -sevis-id }
portal-columns_students-3 = OPT
portal-columns_students-4 = Fim do { -ead }
portal-columns_students-5 = Conta do Portal
portal-columns_students-6 = Pendências abertas
portal-sevis_id = { -sevis-id }
portal-opt = OPT
portal-ead = { -ead }
portal-contact_heading = Endereço e telefone nos EUA
portal-no_contact = Nenhum endereço ou telefone registrado.
portal-employment_heading = Emprego
portal-no_employment = Nenhum empregador registrado.
portal-columns_employment-1 = Empregador
portal-columns_employment-2 = Cargo
portal-columns_employment-3 = Início
portal-columns_employment-4 = Fim
portal-columns_employment-5 = Informado por
portal-portal_heading = Conta do SEVP Portal
portal-portal_state = Conta
portal-portal_email = E-mail do Portal
portal-invitation_expires = O link do convite funciona até
portal-change_contact = Alterar endereço e telefone
portal-add_employer = Adicionar um empregador
portal-edit = Editar
portal-record_end = Registrar data de término
portal-resend_invitation = Enviar o convite de novo
portal-unlock = Desbloquear a conta
portal-change_portal_email = Alterar o e-mail do Portal
portal-invitation_sent = Convite enviado de novo
portal-unlocked = Conta do Portal desbloqueada
portal-contact_form_title = Alterar endereço e telefone
portal-contact_submit = Salvar endereço e telefone
portal-contact_sent = Endereço e telefone salvos
portal-add_employment_title = Adicionar um empregador
portal-add_employment_submit = Adicionar empregador
portal-add_employment_sent = Empregador adicionado
portal-edit_employment_title = Editar os dados do empregador
portal-edit_employment_submit = Salvar dados do empregador
portal-edit_employment_sent = Dados do empregador salvos
portal-end_employment_title = Registrar o fim de um trabalho
portal-end_employment_submit = Registrar data de término
portal-end_employment_sent = Data de término registrada
portal-record_subject = { $name } · { -sevis-id } { $sevis }
portal-portal_email_title = Alterar o e-mail do Portal
portal-portal_email_submit = Alterar e-mail
portal-portal_email_sent = E-mail do Portal alterado
portal-dso_next_sevis = O registro já mostra a alteração. Atualize o SEVIS em até { -fact-dso-sevis-update-days } dias após a alteração.
portal-student_next = Sua escola já vê a alteração. Esta demonstração não alterou o SEVIS: no SEVP Portal oficial, uma alteração que você faz chega ao SEVIS na hora, sem esperar o seu DSO.
portal-reports_title = Relatórios
portal-changes_report = Baixar as alterações feitas pelos estudantes (CSV)
portal-changes_report_hint = Cada alteração que seus estudantes fizeram por conta própria, com números de referência, para lançar no SEVIS.
portal-accounts_heading = Quem tem conta do Portal
portal-columns_accounts-1 = Nome
portal-columns_accounts-2 = { -sevis-id }
portal-columns_accounts-3 = Conta
portal-columns_accounts-4 = E-mail do Portal
portal-items_title = Pendências
portal-items_lead = Alterações feitas pelos estudantes que você deve lançar no SEVIS em até { -fact-dso-sevis-update-days } dias.
portal-items_none = Não há pendências.
portal-change_kind-contact = Endereço e telefone
portal-change_kind-employment_added = Empregador adicionado
portal-change_kind-employment_edited = Empregador editado
portal-change_kind-employment_ended = Trabalho encerrado
portal-change_kind-validation_report = Relatório de validação STEM
portal-due = Prazo: { $date }
portal-overdue = Atrasado
portal-done = Concluído
portal-mark_done = Marcar como concluído
portal-field_change = { $field }: { $old } → { $new }
portal-changed_field-address_line1 = { portal-address_line1 }
portal-changed_field-address_line2 = { portal-address_line2 }
portal-changed_field-address_city = Cidade
portal-changed_field-address_state = Estado
portal-changed_field-address_zip = CEP (ZIP code)
portal-changed_field-phone = Número de telefone
portal-changed_field-employer_name = Nome do empregador
portal-changed_field-ein = Número de Identificação do Empregador (EIN)
portal-changed_field-hours = Carga horária
portal-changed_field-start = Data de início
portal-changed_field-end = Data de término
portal-changed_field-start_date = Data de início
portal-changed_field-end_date = Data de término
portal-changed_field-job_title = Cargo
portal-changed_field-supervisor_name = Nome do supervisor
portal-changed_field-supervisor_phone = Telefone do supervisor
portal-changed_field-supervisor_email = E-mail do supervisor
portal-changed_field-relation_to_study = Como o trabalho se relaciona com a área de estudo
portal-changed_field-employer_same = Mesmo empregador
portal-changed_field-address_same = Mesmo endereço
portal-changed_field-employment_status = Situação de emprego
portal-changed_field-check_in = { portal-check_in_time }
portal-changed_field-moved_on = Data da mudança
portal-changed_field-portal_email = Endereço de e-mail do SEVP Portal
portal-report_answer-yes = Sim
portal-report_answer-no = Não
portal-report_answer-employed = Com emprego
portal-report_answer-not_employed = Sem emprego
portal-changed_by = Alterado em { $when } por { $who }
portal-marked_done = Marcado como concluído: { $item }
portal-reopened = Pendente de novo: { $item }
portal-undo = Desfazer

## Estudantes em OPT.

portal-student_title = Seu registro de OPT
portal-unemployment_heading = Dias de desemprego
portal-stem_reports_heading = Relatórios de validação STEM
portal-stem_reports_none = Os relatórios de validação são só para o STEM OPT.
portal-report_due = Entrega até { $date }
portal-unemployment_counted = Contados a partir da data de início do seu { -ead }, { $from }, até hoje, { $to }.
portal-unemployment_rule = Todo dia sem emprego no OPT conta, a partir do dia em que seu { -ead } começa: no máximo { -fact-opt-unemployment-days } dias no total no OPT após a conclusão do curso, e { -fact-stem-opt-unemployment-days } dias no total com a extensão STEM OPT.
portal-unemployment_guide = Leia a regra no guia do SEVP Portal
portal-unemployment_tool = Conte seus dias com a calculadora de desemprego do OPT
portal-dso_contact_heading = Os funcionários da sua escola (DSOs)
portal-pdso = Funcionário designado principal da escola (PDSO)
portal-dso = Funcionário designado pela escola (DSO)
portal-report_send = Enviar um relatório de validação
portal-report_title = Enviar um relatório de validação STEM
portal-report_lead = Seu registro mostra este empregador: { $employer }. E este endereço: { $address }.
portal-report_employer = Seu empregador ainda é o que está no seu registro?
portal-report_address = Seu endereço ainda é o que está no seu registro?
portal-report_status = Você tem emprego agora?
portal-report_submit = Enviar relatório de validação
portal-report_sent = Relatório de validação enviado
portal-report_none_on_record = nenhum no seu registro
portal-portal_closes = Seu acesso ao Portal termina em
portal-update_contact = Atualizar endereço e telefone

## Pessoas sob supervisão do ICE.

portal-reporting_title = Seus check-ins e avisos
portal-reporting_lead = Informe uma mudança de endereço e gerencie seus agendamentos de check-in.
portal-report_move = Informar uma mudança de endereço
portal-appointments_heading = Agendamentos de check-in
portal-no_appointments = Você não tem agendamentos.
portal-book = Agendar um check-in
portal-reschedule = Mudar horário
portal-cancel_appointment = Cancelar
portal-appointment_status-booked = Agendado
portal-appointment_status-cancelled = Cancelado
portal-move_title = Informar uma mudança de endereço
portal-moved_on_heading = Quando você se mudou?
portal-moved_on = Data da mudança
portal-court_heading = Você tem um processo no tribunal de imigração?
portal-court_hint = Por exemplo, uma notificação para comparecer perante um juiz de imigração.
portal-court_case-yes = Sim
portal-court_case-no = Não
portal-court_case-not-sure = Não tenho certeza
portal-move_submit = Enviar mudança de endereço
portal-move_sent = Seu novo endereço foi registrado só aqui: o ICE não foi informado
portal-move_not_told = Este portal é uma demonstração. Ele guardou seu novo endereço no próprio servidor e não o enviou para nenhum outro lugar. Você ainda deve informar o ICE por conta própria, e também o tribunal de imigração e o USCIS, se for o seu caso.
portal-still_to_do_heading = O que você ainda deve fazer
portal-still_to_do-ice-address = Informe seu novo endereço ao ICE em { -fact-ice-check-in-address } ou pelo formulário on-line do ICE até { $date }: no prazo de { -fact-ice-address-change-business-days } dias úteis após a mudança.
portal-still_to_do-eoir-33 = Se você tem um processo no tribunal de imigração, informe o tribunal com o Formulário EOIR-33 até { $date }: no prazo de { -fact-eoir-33-working-days } dias úteis após a mudança.
portal-still_to_do-ar-11 = Informe o USCIS com o Formulário AR-11 até { $date }: no prazo de { -fact-ar-11-days } dias após a mudança. Atualize cada processo pendente no USCIS separadamente.
portal-slot_heading = Escolha um horário de check-in
portal-slot_hint = Os horários estão na hora local do seu escritório do ICE.
portal-no_slots = Não há horários livres. Tente de novo mais tarde ou ligue para o seu escritório do ICE.
portal-book_submit = Agendar check-in
portal-booked = Check-in agendado
portal-reschedule_title = Escolha um novo horário de check-in
portal-reschedule_submit = Mudar check-in
portal-rescheduled = Check-in remarcado
portal-cancel_title = Cancelar este check-in?
portal-cancel_submit = Cancelar check-in
portal-cancelled = Check-in cancelado
portal-check_in_next = Leve seu Formulário I-385 e todos os papéis que o ICE lhe deu. Se você não puder ir, mude ou cancele o horário antes do dia.
portal-slot = { $date }, às { $time }, em { $office }
portal-office_address = Onde
portal-check_in_where = Vá até { $office }, { $address }.
portal-official_ice = Este portal é uma demonstração. Para informar o próprio ICE, use o serviço oficial:
portal-appointment_status = Situação
portal-current_time = Horário atual do check-in
portal-previous_time = Horário anterior do check-in
portal-check_in_time = Horário do check-in

## Funcionários do ICE.

portal-officer_title = Registro de auditoria
portal-officer_nav-1 = Registro de auditoria
portal-officer_nav-2 = Escolas e funcionários
portal-filter_heading = Filtrar o registro
portal-filter_actor = Quem fez ou sobre quem foi (parte de um nome)
portal-filter_action = Ação
portal-filter_outcome = Resultado
portal-filter_from = De (AAAA-MM-DD)
portal-filter_to = Até (AAAA-MM-DD)
portal-any = Qualquer
portal-apply_filters = Aplicar filtros
portal-clear_filters = Limpar filtros
portal-columns_audit-1 = Quando
portal-columns_audit-2 = Quem
portal-columns_audit-3 = Ação
portal-columns_audit-4 = Sobre
portal-columns_audit-5 = Resultado
portal-columns_audit-6 = Referência
portal-columns_audit-7 = O que mudou
portal-changes_count = { $count ->
        [one] um campo
       *[other] { $count } campos
    }
portal-no_entries = Nenhuma entrada encontrada.
portal-audit_action-sign_in = Entrou
portal-audit_action-sign_out = Saiu
portal-audit_action-activate_account = Configurou a conta
portal-audit_action-update_contact = Alterou endereço e telefone
portal-audit_action-add_employment = Adicionou empregador
portal-audit_action-edit_employment = Editou empregador
portal-audit_action-end_employment = Registrou fim do trabalho
portal-audit_action-resend_invitation = Enviou o convite de novo
portal-audit_action-unlock_portal_account = Desbloqueou conta do Portal
portal-audit_action-change_portal_email = Alterou e-mail do Portal
portal-audit_action-download_changes_report = Baixou relatório de alterações
portal-audit_action-view_student_record = Abriu registro de estudante
portal-audit_action-view_audit_trail = Consultou o registro de auditoria
portal-audit_action-mark_item_done = Marcou pendência como concluída
portal-audit_action-reopen_item = Reabriu uma pendência
portal-audit_action-submit_validation_report = Enviou um relatório de validação STEM
portal-audit_action-change_address = Informou mudança de endereço
portal-audit_action-book_check_in = Agendou check-in
portal-audit_action-reschedule_check_in = Remarcou check-in
portal-audit_action-cancel_check_in = Cancelou check-in
portal-audit_outcome-success = Sucesso
portal-audit_outcome-failure = Falha
portal-audit_outcome-denied = Negado
portal-schools_title = Escolas e funcionários
portal-columns_schools-1 = Escola
portal-columns_schools-2 = Código da escola
portal-columns_schools-3 = Estudantes
portal-columns_schools-4 = Funcionários
portal-principal = PDSO
