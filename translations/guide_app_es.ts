<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AddressDialog</name>
    <message>
        <location filename="../guide_app/ui/address_dialog.py" line="32"/>
        <location filename="../guide_app/ui/address_dialog.py" line="40"/>
        <source>Web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/address_dialog.py" line="35"/>
        <source>This guide works without the internet and does not open web pages. To read this page, type the address below into a web browser on your phone or computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CareTeamCard</name>
    <message>
        <location filename="../guide_app/ui/care_team_card.py" line="46"/>
        <source>My care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/care_team_card.py" line="49"/>
        <source>Write down how to reach your child&apos;s care team. It is kept with your lists and prints on your question sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/care_team_card.py" line="54"/>
        <source>Day and &amp;night phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/care_team_card.py" line="54"/>
        <source>The number to call, any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/care_team_card.py" line="56"/>
        <source>Our &amp;fever number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/care_team_card.py" line="57"/>
        <source>The temperature your team told you to call at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/care_team_card.py" line="59"/>
        <source>Team &amp;names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/care_team_card.py" line="59"/>
        <source>Doctors and nurses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistWidget</name>
    <message>
        <location filename="../guide_app/ui/checklist_widget.py" line="180"/>
        <source>Symptom checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/checklist_widget.py" line="183"/>
        <source>Tick what you have seen, so you can tell your care team. This list does not diagnose anything or score how serious things are. If you are worried, call your care team&apos;s number. In an emergency, call emergency services.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Content</name>
    <message>
        <location filename="../guide_app/app.py" line="47"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/app.py" line="48"/>
        <source>Last reviewed: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/app.py" line="49"/>
        <source>This section is not yet available in your language. It is shown in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/app.py" line="53"/>
        <source>See also:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyListsModel</name>
    <message>
        <location filename="../guide_app/ui/family_lists_model.py" line="52"/>
        <source>Your saved lists could not be read, so the guide started with empty lists. The old file was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/family_lists_model.py" line="57"/>
        <source>The guide is already open in another window, so changes you make here will not be saved. Please use the other window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/family_lists_model.py" line="62"/>
        <source>Your saved lists were made by a newer version of the guide, so this version started with empty lists. The file %1 was left as it is, and changes you make now will not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/family_lists_model.py" line="68"/>
        <source>Your saved lists could not be read, so the guide started with empty lists. The file %1 was left as it is, and changes you make now will not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/family_lists_model.py" line="166"/>
        <source>Your lists cannot be saved on this computer right now. You can still use them and print them; what was saved before is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/family_lists_model.py" line="177"/>
        <source>Your saved lists could not be removed from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlossaryPopup</name>
    <message>
        <location filename="../guide_app/ui/glossary_popup.py" line="39"/>
        <source>Word to know: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/glossary_popup.py" line="45"/>
        <source>Meaning of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../guide_app/ui/main_window.py" line="159"/>
        <location filename="../guide_app/ui/main_window.py" line="160"/>
        <source>Family guide to relapsed childhood ALL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/main_window.py" line="161"/>
        <source>A−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/main_window.py" line="162"/>
        <source>Smaller text (Ctrl -)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/main_window.py" line="163"/>
        <source>Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/main_window.py" line="164"/>
        <source>A+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/main_window.py" line="165"/>
        <source>Larger text (Ctrl +)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/main_window.py" line="166"/>
        <source>Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/main_window.py" line="167"/>
        <source>Sections of the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/main_window.py" line="204"/>
        <source>Part of this guide could not be loaded. For clinic staff:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../guide_app/ui/main_window.py" line="209"/>
        <source>…and %n more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../guide_app/ui/main_window.py" line="315"/>
        <source>Text %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/main_window.py" line="317"/>
        <source>Text size %1 percent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionBuilder</name>
    <message>
        <location filename="../guide_app/ui/question_builder.py" line="189"/>
        <source>Questions you could ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/question_builder.py" line="190"/>
        <source>Tick a question to add it to your list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/question_builder.py" line="191"/>
        <source>Questions you could ask, by topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/question_builder.py" line="192"/>
        <source>Your list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/question_builder.py" line="193"/>
        <source>Your list of questions, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/question_builder.py" line="194"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/question_builder.py" line="195"/>
        <source>Move the question up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/question_builder.py" line="196"/>
        <source>Move the question up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/question_builder.py" line="197"/>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/question_builder.py" line="198"/>
        <source>Move the question down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/question_builder.py" line="199"/>
        <source>Move the question down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/question_builder.py" line="200"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/question_builder.py" line="201"/>
        <source>Remove the question from your list (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/question_builder.py" line="202"/>
        <source>&amp;Write your own question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/question_builder.py" line="203"/>
        <source>Write your own question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/question_builder.py" line="204"/>
        <source>Add to my list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/question_builder.py" line="205"/>
        <source>Child&apos;s &amp;first name (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/question_builder.py" line="206"/>
        <source>Child&apos;s first name, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/question_builder.py" line="207"/>
        <source>Print preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/question_builder.py" line="208"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/question_builder.py" line="209"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/question_builder.py" line="210"/>
        <source>Clear my lists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/question_builder.py" line="291"/>
        <source>Your list holds %1 questions, as many as it can. Remove one to add another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/question_builder.py" line="297"/>
        <source>%1 of %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/question_builder.py" line="317"/>
        <source>Clear my lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/question_builder.py" line="319"/>
        <source>Remove every question, tick, note and the child&apos;s name from this guide? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../guide_app/ui/search_panel.py" line="76"/>
        <location filename="../guide_app/ui/search_panel.py" line="77"/>
        <source>Search the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/search_panel.py" line="78"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/search_panel.py" line="91"/>
        <source>Getting the search ready…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/search_panel.py" line="95"/>
        <source>Nothing found for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../guide_app/ui/search_panel.py" line="98"/>
        <source>%n result(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sheet</name>
    <message>
        <location filename="../guide_app/ui/sheet_labels.py" line="19"/>
        <source>Questions for our care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/sheet_labels.py" line="20"/>
        <source>For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/sheet_labels.py" line="21"/>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/sheet_labels.py" line="22"/>
        <source>Clinic phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/sheet_labels.py" line="23"/>
        <source>Our questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/sheet_labels.py" line="24"/>
        <source>Our questions and the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/sheet_labels.py" line="25"/>
        <source>Symptoms we have noticed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/sheet_labels.py" line="26"/>
        <source>Symptom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/sheet_labels.py" line="27"/>
        <source>Noticed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/sheet_labels.py" line="28"/>
        <source>Our note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/sheet_labels.py" line="29"/>
        <source>Family guide to relapsed childhood ALL, version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/sheet_labels.py" line="30"/>
        <source>This sheet is not medical advice. It helps you talk with your care team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/sheet_labels.py" line="33"/>
        <source>Our care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/sheet_labels.py" line="34"/>
        <source>Day and night phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/sheet_labels.py" line="35"/>
        <source>Our fever number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/sheet_labels.py" line="36"/>
        <source>Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/sheet_labels.py" line="37"/>
        <source>When to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/sheet_labels.py" line="38"/>
        <source>Call emergency services (911 in the US)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/sheet_labels.py" line="39"/>
        <source>Your child is not breathing, has blue lips, has a seizure or cannot wake up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/sheet_labels.py" line="42"/>
        <source>Call your care team now, day or night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/sheet_labels.py" line="43"/>
        <source>A fever at the temperature your team gave you, bleeding that will not stop, trouble breathing, confusion, or a sign your team told you to call about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/sheet_labels.py" line="48"/>
        <source>Contact your care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/sheet_labels.py" line="49"/>
        <source>Signs the leukemia may be back, such as pale skin and unusual tiredness, new bruises or tiny red spots, or bone or joint pain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetActions</name>
    <message>
        <location filename="../guide_app/ui/sheet_actions.py" line="71"/>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/sheet_actions.py" line="81"/>
        <source>Print your questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/sheet_actions.py" line="93"/>
        <source>Save your questions as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/sheet_actions.py" line="94"/>
        <source>questions-for-our-care-team.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/sheet_actions.py" line="95"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/sheet_actions.py" line="117"/>
        <source>Could not print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/sheet_actions.py" line="118"/>
        <source>The sheet could not be printed or saved. Nothing in your lists was lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SymptomRow</name>
    <message>
        <location filename="../guide_app/ui/checklist_widget.py" line="98"/>
        <source>Call emergency services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/checklist_widget.py" line="100"/>
        <source>Call your care team now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/checklist_widget.py" line="102"/>
        <source>Contact your care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/checklist_widget.py" line="105"/>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/checklist_widget.py" line="106"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/checklist_widget.py" line="107"/>
        <source>What did you see? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/checklist_widget.py" line="108"/>
        <source>Note about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/checklist_widget.py" line="109"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/checklist_widget.py" line="110"/>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../guide_app/ui/checklist_widget.py" line="111"/>
        <source>Date you noticed %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
