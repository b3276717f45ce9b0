# translation: si yon moun deja revize mo lang sa a, ak sa paj yo di pandan tan sa a
# (issue 15).

# `yes` lè yon moun ki li lang lan byen fin revize tout fichye ki nan dosye sa a ak angle a;
# `no` jiska lè sa a.
translation-reviewed = no
translation-unreviewed = Poko gen yon moun ki revize tradiksyon sa a.
translation-read_in_english = Li paj sa a an angle
# Yo ofri l sou yon paj ki pa gen lang nan adrès li, lè navigatè a prefere lang sa a (pa janm
# yon redireksyon).
translation-suggestion = Paj sa a egziste an kreyòl tou.
