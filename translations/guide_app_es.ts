<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AddressDialog</name>
    <message>
        <location filename="../guide_app/ui/address_dialog.py" line="58"/>
        <location filename="../guide_app/ui/address_dialog.py" line="77"/>
        <source>Web address</source>
        <translation>Dirección web</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/address_dialog.py" line="62"/>
        <source>This guide works without the internet and does not open web pages. To read this page on your own phone, scan the code with its camera, or type the address below into its web browser.</source>
        <translation>Esta guía funciona sin internet y no abre páginas web. Para leer esta página en su propio teléfono, escanee el código con la cámara o escriba la dirección de abajo en el navegador del teléfono.</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/address_dialog.py" line="70"/>
        <source>This guide works without the internet and does not open web pages. To read this page, type the address below into a web browser on your phone or computer.</source>
        <translation>Esta guía funciona sin internet y no abre páginas web. Para leer esta página, escriba la dirección de abajo en un navegador web de su teléfono o computadora.</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/address_dialog.py" line="76"/>
        <source>QR code of the web address</source>
        <translation>Código QR de la dirección web</translation>
    </message>
</context>
<context>
    <name>CareTeamCard</name>
    <message>
        <location filename="../guide_app/ui/care_team_card.py" line="46"/>
        <source>My care team</source>
        <translation>Mi equipo de atención</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/care_team_card.py" line="49"/>
        <source>Write down how to reach your child&apos;s care team. It is kept with your lists and prints on your question sheet.</source>
        <translation>Anote cómo comunicarse con el equipo de atención de su hijo. Se guarda con sus listas y se imprime en su hoja de preguntas.</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/care_team_card.py" line="54"/>
        <source>Day and &amp;night phone:</source>
        <translation>Teléfono de día y de &amp;noche:</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/care_team_card.py" line="54"/>
        <source>The number to call, any time</source>
        <translation>Para llamar a cualquier hora</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/care_team_card.py" line="56"/>
        <source>Our &amp;fever number:</source>
        <translation>Llamar si la &amp;fiebre llega a:</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/care_team_card.py" line="57"/>
        <source>The temperature your team told you to call at</source>
        <translation>La temperatura que le indicó su equipo</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/care_team_card.py" line="59"/>
        <source>Team na&amp;mes:</source>
        <translation>Nombres del &amp;equipo:</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/care_team_card.py" line="59"/>
        <source>Doctors and nurses</source>
        <translation>Médicos y enfermeras</translation>
    </message>
</context>
<context>
    <name>ChecklistWidget</name>
    <message>
        <location filename="../guide_app/ui/checklist_widget.py" line="209"/>
        <source>My symptom checklist</source>
        <translation>Mi lista de síntomas</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/checklist_widget.py" line="212"/>
        <source>Tick what you have seen, so you can tell your care team. This list does not diagnose anything or score how serious things are. If you are worried, call your care team&apos;s number. In an emergency, call emergency services.</source>
        <translation>Marque lo que ha visto, para poder contárselo a su equipo de atención. Esta lista no diagnostica nada ni mide qué tan grave es algo. Si algo le preocupa, llame al número de su equipo de atención. En una emergencia, llame a los servicios de emergencia.</translation>
    </message>
</context>
<context>
    <name>Content</name>
    <message>
        <location filename="../guide_app/app.py" line="53"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../guide_app/app.py" line="54"/>
        <source>Last reviewed: {date}</source>
        <translation>Última revisión: {date}</translation>
    </message>
    <message>
        <location filename="../guide_app/app.py" line="55"/>
        <source>This section is not yet available in your language. It is shown in English.</source>
        <translation>Esta sección todavía no está disponible en su idioma. Se muestra en inglés.</translation>
    </message>
    <message>
        <location filename="../guide_app/app.py" line="59"/>
        <source>See also:</source>
        <translation>Vea también:</translation>
    </message>
    <message>
        <location filename="../guide_app/app.py" line="60"/>
        <source>{month} {day}, {year}</source>
        <translation>{day} de {month} de {year}</translation>
    </message>
    <message>
        <location filename="../guide_app/app.py" line="63"/>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <location filename="../guide_app/app.py" line="64"/>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <location filename="../guide_app/app.py" line="65"/>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <location filename="../guide_app/app.py" line="66"/>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <location filename="../guide_app/app.py" line="67"/>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <location filename="../guide_app/app.py" line="68"/>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <location filename="../guide_app/app.py" line="69"/>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <location filename="../guide_app/app.py" line="70"/>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <location filename="../guide_app/app.py" line="71"/>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <location filename="../guide_app/app.py" line="72"/>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <location filename="../guide_app/app.py" line="73"/>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <location filename="../guide_app/app.py" line="74"/>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
</context>
<context>
    <name>FamilyListsModel</name>
    <message>
        <location filename="../guide_app/ui/family_lists_model.py" line="52"/>
        <source>Your saved lists could not be read, so the guide started with empty lists. The old file was kept as %1.</source>
        <translation>No se pudieron leer sus listas guardadas, así que la guía empezó con listas vacías. El archivo anterior se guardó como %1.</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/family_lists_model.py" line="57"/>
        <source>The guide is already open in another window, so changes you make here will not be saved. Please use the other window.</source>
        <translation>La guía ya está abierta en otra ventana, así que los cambios que haga aquí no se guardarán. Por favor, use la otra ventana.</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/family_lists_model.py" line="62"/>
        <source>Your saved lists were made by a newer version of the guide, so this version started with empty lists. The file %1 was left as it is, and changes you make now will not be saved.</source>
        <translation>Sus listas guardadas se hicieron con una versión más nueva de la guía, así que esta versión empezó con listas vacías. El archivo %1 se dejó como estaba, y los cambios que haga ahora no se guardarán.</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/family_lists_model.py" line="68"/>
        <source>Your saved lists could not be read, so the guide started with empty lists. The file %1 was left as it is, and changes you make now will not be saved.</source>
        <translation>No se pudieron leer sus listas guardadas, así que la guía empezó con listas vacías. El archivo %1 se dejó como estaba, y los cambios que haga ahora no se guardarán.</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/family_lists_model.py" line="166"/>
        <source>Your lists cannot be saved on this computer right now. You can still use them and print them; what was saved before is kept.</source>
        <translation>En este momento no se pueden guardar sus listas en esta computadora. Puede seguir usándolas e imprimiéndolas; lo que se guardó antes se conserva.</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/family_lists_model.py" line="177"/>
        <source>Your saved lists could not be removed from this computer.</source>
        <translation>No se pudieron borrar sus listas guardadas de esta computadora.</translation>
    </message>
</context>
<context>
    <name>GlossaryPopup</name>
    <message>
        <location filename="../guide_app/ui/glossary_popup.py" line="47"/>
        <source>Word to know: %1</source>
        <translation>Palabra que debe conocer: %1</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/glossary_popup.py" line="53"/>
        <source>Meaning of %1</source>
        <translation>Significado de %1</translation>
    </message>
</context>
<context>
    <name>HighContrastSwitch</name>
    <message>
        <location filename="../guide_app/ui/theme_switch.py" line="25"/>
        <location filename="../guide_app/ui/theme_switch.py" line="26"/>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/theme_switch.py" line="28"/>
        <source>White text on black, for every part of the guide (Ctrl+Shift+H)</source>
        <translation>Texto blanco sobre negro, en todas las partes de la guía (Ctrl+Mayús+H)</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/theme_switch.py" line="30"/>
        <source>White text on black (Ctrl+Shift+H)</source>
        <translation>Texto blanco sobre negro (Ctrl+Mayús+H)</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../guide_app/ui/idle_overlay.py" line="103"/>
        <source>Are you still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message numerus="yes">
        <location filename="../guide_app/ui/idle_overlay.py" line="105"/>
        <source>To keep your information private, the guide will start over in %n seconds.</source>
        <translation>
            <numerusform>Para proteger su información, la guía volverá a empezar en %n segundo.</numerusform>
            <numerusform>Para proteger su información, la guía volverá a empezar en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../guide_app/ui/idle_overlay.py" line="109"/>
        <source>I&apos;m still here</source>
        <translation>Sigo aquí</translation>
    </message>
</context>
<context>
    <name>KioskPrintDialog</name>
    <message>
        <location filename="../guide_app/ui/kiosk_printing.py" line="35"/>
        <location filename="../guide_app/ui/kiosk_printing.py" line="51"/>
        <source>Show the QR code instead</source>
        <translation>Mostrar el código QR</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/kiosk_printing.py" line="50"/>
        <source>Print my questions</source>
        <translation>Imprimir mis preguntas</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/kiosk_printing.py" line="56"/>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/kiosk_printing.py" line="59"/>
        <source>Please collect your sheet at %1.</source>
        <translation>Recoja su hoja en %1.</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/kiosk_printing.py" line="61"/>
        <source>Please ask the clinic&apos;s staff for your printed sheet.</source>
        <translation>Pida su hoja impresa al personal de la clínica.</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/kiosk_printing.py" line="65"/>
        <source>The printer could not be found.</source>
        <translation>No se encontró la impresora.</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/kiosk_printing.py" line="66"/>
        <source>The printer is turned off or not working right now.</source>
        <translation>La impresora está apagada o no funciona en este momento.</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/kiosk_printing.py" line="67"/>
        <source>The printer reported a problem.</source>
        <translation>La impresora informó de un problema.</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/kiosk_printing.py" line="72"/>
        <source>Your sheet was not printed, and nothing in your list was lost. You can take your questions home on your phone with the QR code instead, or ask the clinic&apos;s staff for help.</source>
        <translation>Su hoja no se imprimió, y no se perdió nada de su lista. Puede llevarse sus preguntas en su teléfono con el código QR, o pedir ayuda al personal de la clínica.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../guide_app/ui/main_window.py" line="237"/>
        <source>My symptom checklist</source>
        <translation>Mi lista de síntomas</translation>
    </message>
    <message numerus="yes">
        <location filename="../guide_app/ui/main_window.py" line="238"/>
        <source>Signs you have ticked: %n</source>
        <translation>
            <numerusform>Señales que usted marcó: %n</numerusform>
            <numerusform>Señales que usted marcó: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../guide_app/ui/main_window.py" line="241"/>
        <source>My questions</source>
        <translation>Mis preguntas</translation>
    </message>
    <message numerus="yes">
        <location filename="../guide_app/ui/main_window.py" line="242"/>
        <source>Questions on your list: %n</source>
        <translation>
            <numerusform>Preguntas en su lista: %n</numerusform>
            <numerusform>Preguntas en su lista: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../guide_app/ui/main_window.py" line="255"/>
        <location filename="../guide_app/ui/main_window.py" line="256"/>
        <source>Family guide to relapsed childhood ALL</source>
        <translation>Guía para familias sobre la LLA infantil en recaída</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/main_window.py" line="257"/>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/main_window.py" line="258"/>
        <source>Smaller text (Ctrl -)</source>
        <translation>Texto más pequeño (Ctrl -)</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/main_window.py" line="259"/>
        <source>Smaller text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/main_window.py" line="260"/>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/main_window.py" line="261"/>
        <source>Larger text (Ctrl +)</source>
        <translation>Texto más grande (Ctrl +)</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/main_window.py" line="262"/>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/main_window.py" line="263"/>
        <source>Sections of the guide</source>
        <translation>Secciones de la guía</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/main_window.py" line="264"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/main_window.py" line="265"/>
        <source>Language of the guide</source>
        <translation>Idioma de la guía</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/main_window.py" line="305"/>
        <source>Part of this guide could not be loaded. For clinic staff:</source>
        <translation>No se pudo cargar una parte de esta guía. Para el personal de la clínica:</translation>
    </message>
    <message numerus="yes">
        <location filename="../guide_app/ui/main_window.py" line="310"/>
        <source>…and %n more.</source>
        <translation>
            <numerusform>…y %n más.</numerusform>
            <numerusform>…y %n más.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../guide_app/ui/main_window.py" line="425"/>
        <source>Text %1%</source>
        <translation>Texto %1%</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/main_window.py" line="427"/>
        <source>Text size %1 percent</source>
        <translation>Tamaño del texto: %1 por ciento</translation>
    </message>
</context>
<context>
    <name>QrHandoffDialog</name>
    <message>
        <location filename="../guide_app/ui/qr_handoff.py" line="110"/>
        <source>Take your questions home</source>
        <translation>Llévese sus preguntas a casa</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/qr_handoff.py" line="115"/>
        <source>Scan this with your phone&apos;s camera to take your questions home. Nothing is sent anywhere.</source>
        <translation>Escanee este código con la cámara de su teléfono para llevarse sus preguntas. No se envía nada a ninguna parte.</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/qr_handoff.py" line="119"/>
        <source>Your list is too long for one code. Please print it instead.</source>
        <translation>Su lista es demasiado larga para un solo código. Por favor, imprímala.</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/qr_handoff.py" line="122"/>
        <source>QR code of your questions</source>
        <translation>Código QR de sus preguntas</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/qr_handoff.py" line="124"/>
        <source>&amp;Print my list</source>
        <translation>&amp;Imprimir mi lista</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/qr_handoff.py" line="125"/>
        <source>Print my list</source>
        <translation>Imprimir mi lista</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/qr_handoff.py" line="126"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/qr_handoff.py" line="127"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>QuestionBuilder</name>
    <message>
        <location filename="../guide_app/ui/question_builder.py" line="234"/>
        <source>My questions</source>
        <translation>Mis preguntas</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/question_builder.py" line="237"/>
        <source>Tick questions from the list, or write your own. Then print your list or save it, and take it to your next appointment.</source>
        <translation>Marque preguntas de la lista o escriba las suyas. Luego imprima su lista o guárdela, y llévela a su próxima cita.</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/question_builder.py" line="242"/>
        <source>Tick questions from the list, or write your own. Then print your list, or take it home on your phone with the QR code.</source>
        <translation>Marque preguntas de la lista o escriba las suyas. Luego imprima su lista, o llévesela en su teléfono con el código QR.</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/question_builder.py" line="247"/>
        <source>Tick questions from the list, or write your own. Then take your list home on your phone with the QR code.</source>
        <translation>Marque preguntas de la lista o escriba las suyas. Luego llévese su lista en su teléfono con el código QR.</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/question_builder.py" line="251"/>
        <source>Questions you could ask</source>
        <translation>Preguntas que puede hacer</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/question_builder.py" line="252"/>
        <source>Tick a question to add it to your list.</source>
        <translation>Marque una pregunta para agregarla a su lista.</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/question_builder.py" line="253"/>
        <source>Add the recommended questions</source>
        <translation>Agregar las preguntas recomendadas</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/question_builder.py" line="255"/>
        <source>A good first list, if you are not sure where to begin</source>
        <translation>Una buena primera lista, si no sabe por dónde empezar</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/question_builder.py" line="257"/>
        <source>Questions you could ask, by topic</source>
        <translation>Preguntas que puede hacer, por tema</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/question_builder.py" line="258"/>
        <source>Your list</source>
        <translation>Su lista</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/question_builder.py" line="259"/>
        <source>Your list of questions, in order</source>
        <translation>Su lista de preguntas, en orden</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/question_builder.py" line="260"/>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/question_builder.py" line="261"/>
        <source>Move the question up</source>
        <translation>Subir la pregunta</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/question_builder.py" line="262"/>
        <source>Move the question up (Alt+Up)</source>
        <translation>Subir la pregunta (Alt + flecha arriba)</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/question_builder.py" line="263"/>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/question_builder.py" line="264"/>
        <source>Move the question down</source>
        <translation>Bajar la pregunta</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/question_builder.py" line="265"/>
        <source>Move the question down (Alt+Down)</source>
        <translation>Bajar la pregunta (Alt + flecha abajo)</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/question_builder.py" line="266"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/question_builder.py" line="267"/>
        <source>Remove the question from your list (Delete)</source>
        <translation>Quitar la pregunta de su lista (tecla Supr o Delete)</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/question_builder.py" line="268"/>
        <source>&amp;Write your own question:</source>
        <translation>&amp;Escriba su propia pregunta:</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/question_builder.py" line="269"/>
        <source>Write your own question</source>
        <translation>Escriba su propia pregunta</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/question_builder.py" line="270"/>
        <source>Add to my list</source>
        <translation>Agregar a mi lista</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/question_builder.py" line="271"/>
        <source>Child&apos;s &amp;first name (optional):</source>
        <translation>&amp;Nombre de su hijo (opcional):</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/question_builder.py" line="272"/>
        <source>Child&apos;s first name, optional</source>
        <translation>Nombre de su hijo, opcional</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/question_builder.py" line="273"/>
        <source>Print preview…</source>
        <translation>Vista previa…</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/question_builder.py" line="275"/>
        <source>Print my questions</source>
        <translation>Imprimir mis preguntas</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/question_builder.py" line="277"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/question_builder.py" line="278"/>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/question_builder.py" line="279"/>
        <source>Clear my lists…</source>
        <translation>Borrar mis listas…</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/question_builder.py" line="280"/>
        <source>Print in English too, for the care team</source>
        <translation>Imprimir también en inglés, para el equipo</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/question_builder.py" line="281"/>
        <source>Take your questions home (QR code)…</source>
        <translation>Llévese sus preguntas a casa (código QR)…</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/question_builder.py" line="283"/>
        <source>Show your list as a code to scan with your own phone&apos;s camera</source>
        <translation>Muestra su lista como un código para escanear con la cámara de su propio teléfono</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/question_builder.py" line="369"/>
        <source>Your list holds %1 questions, as many as it can. Remove one to add another.</source>
        <translation>Su lista ya tiene %1 preguntas, el máximo posible. Quite una para agregar otra.</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/question_builder.py" line="375"/>
        <source>%1 of %2 characters</source>
        <translation>%1 de %2 caracteres</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/question_builder.py" line="400"/>
        <source>Clear my lists</source>
        <translation>Borrar mis listas</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/question_builder.py" line="402"/>
        <source>Remove every question, tick, note and the child&apos;s name from this guide? This cannot be undone.</source>
        <translation>¿Quiere borrar de esta guía todas las preguntas, marcas y notas, y el nombre de su hijo? Esto no se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../guide_app/ui/search_panel.py" line="81"/>
        <location filename="../guide_app/ui/search_panel.py" line="82"/>
        <source>Search the guide</source>
        <translation>Buscar en la guía</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/search_panel.py" line="91"/>
        <location filename="../guide_app/ui/search_panel.py" line="92"/>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/search_panel.py" line="85"/>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/search_panel.py" line="104"/>
        <source>Getting the search ready…</source>
        <translation>Preparando la búsqueda…</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/search_panel.py" line="108"/>
        <source>Nothing found for “%1”.</source>
        <translation>No se encontró nada para “%1”.</translation>
    </message>
    <message numerus="yes">
        <location filename="../guide_app/ui/search_panel.py" line="111"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sheet</name>
    <message>
        <location filename="../guide_app/ui/sheet_labels.py" line="20"/>
        <source>Questions for our care team</source>
        <translation>Preguntas para nuestro equipo de atención</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/sheet_labels.py" line="21"/>
        <source>For:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/sheet_labels.py" line="22"/>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/sheet_labels.py" line="23"/>
        <source>Clinic phone:</source>
        <translation>Teléfono de la clínica:</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/sheet_labels.py" line="24"/>
        <source>Our questions</source>
        <translation>Nuestras preguntas</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/sheet_labels.py" line="25"/>
        <source>Our questions and the answers</source>
        <translation>Nuestras preguntas y las respuestas</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/sheet_labels.py" line="26"/>
        <source>Symptoms we have noticed</source>
        <translation>Síntomas que hemos notado</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/sheet_labels.py" line="27"/>
        <source>Symptom</source>
        <translation>Síntoma</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/sheet_labels.py" line="28"/>
        <source>Noticed on</source>
        <translation>Lo notamos el</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/sheet_labels.py" line="29"/>
        <source>Our note</source>
        <translation>Nuestra nota</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/sheet_labels.py" line="30"/>
        <source>Family guide to relapsed childhood ALL, version</source>
        <translation>Guía para familias sobre la LLA infantil en recaída, versión</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/sheet_labels.py" line="31"/>
        <source>This sheet is not medical advice. It helps you talk with your care team.</source>
        <translation>Esta hoja no es un consejo médico. Le ayuda a hablar con su equipo de atención.</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/sheet_labels.py" line="34"/>
        <source>Our care team</source>
        <translation>Nuestro equipo de atención</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/sheet_labels.py" line="35"/>
        <source>Day and night phone:</source>
        <translation>Teléfono de día y de noche:</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/sheet_labels.py" line="36"/>
        <source>Our fever number:</source>
        <translation>Llamar si la fiebre llega a:</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/sheet_labels.py" line="37"/>
        <source>Team:</source>
        <translation>Equipo:</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/sheet_labels.py" line="38"/>
        <source>When to call</source>
        <translation>Cuándo llamar</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/sheet_labels.py" line="39"/>
        <source>Call emergency services (911 in the US)</source>
        <translation>Llame a los servicios de emergencia (911 en EE. UU.)</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/sheet_labels.py" line="40"/>
        <source>Your child is not breathing or has lips that are turning blue, has a seizure, cannot be woken up, has serious trouble breathing (struggles very hard to breathe), or faints or has cold, clammy skin that looks pale or gray.</source>
        <translation>Su hijo no respira o se le ponen azules los labios, tiene una convulsión, no se le puede despertar, tiene mucha dificultad para respirar (hace un esfuerzo enorme para respirar), o se desmaya o tiene la piel fría y húmeda, pálida o grisácea.</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/sheet_labels.py" line="52"/>
        <source>A fever at or above the temperature your care team gave you (a common example is 100.4°F/38°C), signs of infection, a problem with the central line, bleeding, changes in breathing or thinking, trouble keeping fluids down, very bad pain, or being near someone with chickenpox, shingles or measles.</source>
        <translation>Fiebre igual o superior a la temperatura que le indicó su equipo de atención (un ejemplo común es 100.4 °F/38 °C), señales de infección, un problema con el catéter central, sangrado, cambios en la respiración o en la forma de pensar, no poder retener líquidos, un dolor muy fuerte, o haber estado cerca de alguien con varicela, culebrilla o sarampión.</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/sheet_labels.py" line="61"/>
        <source>Signs that the leukemia may be back: pale skin and unusual tiredness, bone or joint pain, bruises or tiny red spots, infections that keep coming back, belly pain, swollen glands, or headaches and morning vomiting that keep coming back.</source>
        <translation>Señales de que la leucemia puede haber vuelto: piel pálida y cansancio fuera de lo común, dolor de huesos o articulaciones, moretones o puntitos rojos, infecciones que vuelven una y otra vez, dolor de barriga, ganglios inflamados, o dolores de cabeza y vómitos por la mañana que vuelven una y otra vez.</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/sheet_labels.py" line="46"/>
        <source>If what you see fits more than one row, follow the top one. If you are not sure, call your care team.</source>
        <translation>Si lo que ve encaja en más de una fila, siga la de más arriba. Si no está seguro, llame a su equipo de atención.</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/sheet_labels.py" line="51"/>
        <source>Call your care team now, day or night</source>
        <translation>Llame ahora a su equipo de atención, de día o de noche</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/sheet_labels.py" line="59"/>
        <source>Contact your care team soon</source>
        <translation>Comuníquese pronto con su equipo de atención</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/sheet_labels.py" line="60"/>
        <source>our own question</source>
        <translation>nuestra propia pregunta</translation>
    </message>
</context>
<context>
    <name>SheetActions</name>
    <message>
        <location filename="../guide_app/ui/sheet_actions.py" line="113"/>
        <source>Print preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/sheet_actions.py" line="123"/>
        <source>Print your questions</source>
        <translation>Imprimir sus preguntas</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/sheet_actions.py" line="127"/>
        <source>Your questions were sent to the printer.</source>
        <translation>Sus preguntas se enviaron a la impresora.</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/sheet_actions.py" line="137"/>
        <source>Save your questions as a PDF</source>
        <translation>Guardar sus preguntas como PDF</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/sheet_actions.py" line="138"/>
        <source>questions-for-our-care-team.pdf</source>
        <translation>preguntas-para-nuestro-equipo-de-atencion.pdf</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/sheet_actions.py" line="139"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/sheet_actions.py" line="150"/>
        <source>Your questions were saved as %1.</source>
        <translation>Sus preguntas se guardaron como %1.</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/sheet_actions.py" line="165"/>
        <source>Could not print</source>
        <translation>No se pudo imprimir</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/sheet_actions.py" line="166"/>
        <source>The sheet could not be printed or saved. Nothing in your lists was lost.</source>
        <translation>No se pudo imprimir ni guardar la hoja. No se perdió nada de sus listas.</translation>
    </message>
</context>
<context>
    <name>StaffPinDialog</name>
    <message>
        <location filename="../guide_app/ui/staff_pin_dialog.py" line="87"/>
        <source>Staff exit</source>
        <translation>Salida del personal</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/staff_pin_dialog.py" line="88"/>
        <source>Staff PIN to leave the kiosk:</source>
        <translation>PIN del personal para salir del quiosco:</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/staff_pin_dialog.py" line="89"/>
        <source>Staff PIN</source>
        <translation>PIN del personal</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/staff_pin_dialog.py" line="90"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/staff_pin_dialog.py" line="91"/>
        <source>OK: leave the kiosk</source>
        <translation>Aceptar: salir del quiosco</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/staff_pin_dialog.py" line="92"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/staff_pin_dialog.py" line="93"/>
        <source>Cancel: stay in the kiosk</source>
        <translation>Cancelar: quedarse en el quiosco</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/staff_pin_dialog.py" line="94"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message numerus="yes">
        <location filename="../guide_app/ui/staff_pin_dialog.py" line="130"/>
        <source>Too many tries. Try again in %n seconds.</source>
        <translation>
            <numerusform>Demasiados intentos. Vuelva a intentarlo en %n segundo.</numerusform>
            <numerusform>Demasiados intentos. Vuelva a intentarlo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../guide_app/ui/staff_pin_dialog.py" line="132"/>
        <source>Wrong PIN.</source>
        <translation>PIN incorrecto.</translation>
    </message>
</context>
<context>
    <name>StartOverButton</name>
    <message>
        <location filename="../guide_app/ui/kiosk.py" line="55"/>
        <location filename="../guide_app/ui/kiosk.py" line="56"/>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/kiosk.py" line="58"/>
        <source>Clears everything on this screen, for the next family.</source>
        <translation>Borra todo lo que hay en esta pantalla, para la próxima familia.</translation>
    </message>
</context>
<context>
    <name>SymptomRow</name>
    <message>
        <location filename="../guide_app/ui/checklist_widget.py" line="107"/>
        <source>Call emergency services</source>
        <translation>Llame a los servicios de emergencia</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/checklist_widget.py" line="109"/>
        <source>Call your care team now</source>
        <translation>Llame ahora a su equipo de atención</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/checklist_widget.py" line="111"/>
        <source>Contact your care team soon</source>
        <translation>Comuníquese pronto con su equipo de atención</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/checklist_widget.py" line="114"/>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/checklist_widget.py" line="115"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/checklist_widget.py" line="116"/>
        <source>What did you see? (optional)</source>
        <translation>¿Qué vio? (opcional)</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/checklist_widget.py" line="117"/>
        <source>Note about %1</source>
        <translation>Nota sobre %1</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/checklist_widget.py" line="118"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/checklist_widget.py" line="119"/>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/checklist_widget.py" line="120"/>
        <source>Date you noticed %1</source>
        <translation>Fecha en que lo notó: %1</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../guide_app/ui/welcome_screen.py" line="147"/>
        <location filename="../guide_app/ui/welcome_screen.py" line="162"/>
        <source>Welcome</source>
        <translation>Le damos la bienvenida</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/welcome_screen.py" line="150"/>
        <source>A guide in plain words for families of a child whose leukemia (ALL) has come back. It does not give medical advice: your care team knows your child best.</source>
        <translation>Una guía en palabras sencillas para las familias de un niño cuya leucemia (LLA) ha regresado. No da consejos médicos: su equipo de atención es quien mejor conoce a su hijo.</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/welcome_screen.py" line="154"/>
        <source>Read about relapse</source>
        <translation>Leer sobre la recaída</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/welcome_screen.py" line="155"/>
        <source>Check symptoms</source>
        <translation>Revisar los síntomas</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/welcome_screen.py" line="156"/>
        <source>Make my question list</source>
        <translation>Hacer mi lista de preguntas</translation>
    </message>
    <message>
        <location filename="../guide_app/ui/welcome_screen.py" line="161"/>
        <source>Show the guide in this language</source>
        <translation>Mostrar la guía en este idioma</translation>
    </message>
</context>
</TS>
