# translation: se uma pessoa já revisou as palavras deste idioma, e o que as páginas dizem
# enquanto isso (issue 15).

# `yes` quando uma pessoa que lê bem o idioma revisou todos os arquivos desta pasta
# comparando com o inglês; `no` até lá.
translation-reviewed = no
translation-unreviewed = Esta tradução ainda não foi revisada por uma pessoa.
translation-read_in_english = Ler esta página em inglês
# Oferecido numa página visitada sem idioma no endereço, quando o navegador prefere este
# idioma (nunca um redirecionamento).
translation-suggestion = Esta página também está em português.
