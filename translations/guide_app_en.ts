<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>IdleOverlay</name>
    <message numerus="yes">
        <location filename="../guide_app/ui/idle_overlay.py" line="104"/>
        <source>To keep your information private, the guide will start over in %n seconds.</source>
        <translation>
            <numerusform>To keep your information private, the guide will start over in %n second.</numerusform>
            <numerusform>To keep your information private, the guide will start over in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../guide_app/ui/main_window.py" line="224"/>
        <source>Signs you have ticked: %n</source>
        <translation>
            <numerusform>Signs you have ticked: %n</numerusform>
            <numerusform>Signs you have ticked: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../guide_app/ui/main_window.py" line="228"/>
        <source>Questions on your list: %n</source>
        <translation>
            <numerusform>Questions on your list: %n</numerusform>
            <numerusform>Questions on your list: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../guide_app/ui/main_window.py" line="296"/>
        <source>…and %n more.</source>
        <translation>
            <numerusform>…and %n more.</numerusform>
            <numerusform>…and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <location filename="../guide_app/ui/search_panel.py" line="98"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffPinDialog</name>
    <message numerus="yes">
        <location filename="../guide_app/ui/staff_pin_dialog.py" line="130"/>
        <source>Too many tries. Try again in %n seconds.</source>
        <translation>
            <numerusform>Too many tries. Try again in %n second.</numerusform>
            <numerusform>Too many tries. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
</TS>
