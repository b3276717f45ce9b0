### The pages of "Find the right place": start, question and outcome (not the questions and
### outcomes themselves: those are in router.ftl).
### Ids that end in a field name (find-start_title) are read by Rust as a struct (src/text/find.rs).

## Start page
find-start_title = Encuentre el lugar correcto
find-start_lead = Responda unas pocas preguntas sobre lo que necesita. Le diremos qué servicio o agencia usar, por qué, qué tener a mano y dónde están las páginas oficiales.
find-start_points-1 = Toma unos 2 minutos.
find-start_points-2 = Preguntamos por su situación, nunca por nombres ni números.
find-start_points-3 = Sus respuestas quedan en la dirección de la página: Atrás, recargar y un enlace compartido muestran la misma página.
find-start_button = Empezar

## Questions and outcome
find-step_title_suffix = {" "}– Encuentre el lugar correcto
find-where_to_go = Adónde ir
find-applies_to = Para quién es
find-why = Por qué
find-your_answers = Sus respuestas
find-change = Cambiar
find-next_steps = Qué hacer ahora
find-have_ready = Qué tener a mano
find-have_ready_hint = Marque cada cosa cuando la tenga. La lista también se imprime.
find-deadlines = Plazos
find-deadlines_tool = Calcule sus fechas con la calculadora de plazos
find-secondary_source = Viene de la orientación de las escuelas, no de una página oficial: confírmelo con su DSO.
find-official_links = Enlaces oficiales
find-read_guide = Leer la guía completa
find-tools_heading = Herramientas útiles
find-start_again = Empezar de nuevo
