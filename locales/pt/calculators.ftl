# As palavras próprias das calculadoras: prazos para informar (quem informa o quê, em
# quanto tempo) e os relatórios do STEM OPT. As páginas em volta estão em tools.ftl e portal.ftl.

## Prazos para informar: o que precisa ser feito, e por quem.

calculators-rule-student-reports-change = O estudante em OPT informa uma alteração (endereço, empregador, nome) à escola ou no SEVP Portal
calculators-rule-dso-updates-sevis = O DSO atualiza o registro do estudante no SEVIS
calculators-rule-eoir-33 = Formulário EOIR-33: novo endereço para o tribunal de imigração
calculators-rule-ar-11 = Formulário AR-11: novo endereço para o USCIS
calculators-rule-ice-address = Novo endereço para o ICE
calculators-rule-employer-reports-end = O empregador do STEM OPT informa ao DSO que o emprego terminou
calculators-rule-dso-registers-student = O DSO registra o estudante no SEVIS depois do início do período letivo

## Quanto tempo um prazo dá.

calculators-within-calendar-days = no prazo de { $days ->
    [one] { $days } dia
   *[other] { $days } dias
}
calculators-within-working-days = no prazo de { $days ->
    [one] { $days } dia útil
   *[other] { $days } dias úteis
}

## STEM OPT: o que enviar.

calculators-stem-validation-report = Relatório de validação (mês { $months })
calculators-stem-self-evaluation = Autoavaliação, Formulário I-983 (mês { $months })
calculators-stem-final-evaluation = Avaliação final, Formulário I-983

## A contagem de dias sem emprego, como a ferramenta e a página do estudante no portal a mostram.
# [one] vale para 0 e 1 em português: [0] dá a forma natural para zero.
calculators-days-used-of = { $used ->
        [0] dias usados
        [one] dia usado
       *[other] dias usados
    } de { $allowed }
calculators-days-left = { $left ->
        [0] dias restantes
        [one] dia restante
       *[other] dias restantes
    }
