<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>ClassSetBrowser</name>
    <message numerus="yes">
        <source>%Ln drawings</source>
        <translation>
            <numerusform>%Ln drawing</numerusform>
            <numerusform>%Ln drawings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete all %Ln drawings of the class set?</source>
        <translation>
            <numerusform>Delete the %Ln drawing of the class set?</numerusform>
            <numerusform>Delete all %Ln drawings of the class set?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClassSetEvaluation</name>
    <message numerus="yes">
        <source>%n of {total} drawings are held out for testing (marked “test” in the Class set list): “Train on class set” never trains on them.</source>
        <translation>
            <numerusform>%n of {total} drawings is held out for testing (marked “test” in the Class set list): “Train on class set” never trains on it.</numerusform>
            <numerusform>%n of {total} drawings are held out for testing (marked “test” in the Class set list): “Train on class set” never trains on them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n damaged drawings left out)</source>
        <translation>
            <numerusform>(%n damaged drawing left out)</numerusform>
            <numerusform>(%n damaged drawings left out)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drawings misclassified</source>
        <translation>
            <numerusform>%n drawing misclassified</numerusform>
            <numerusform>%n drawings misclassified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n of them named no digit)</source>
        <translation>
            <numerusform> (%n of them named no digit)</numerusform>
            <numerusform> (%n of them named no digit)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drawings of {true} recognised as {said}</source>
        <translation>
            <numerusform>%n drawing of {true} recognised as {said}</numerusform>
            <numerusform>%n drawings of {true} recognised as {said}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClassSetWorkflow</name>
    <message numerus="yes">
        <source>Trained %n steps on the class set.</source>
        <translation>
            <numerusform>Trained %n step on the class set.</numerusform>
            <numerusform>Trained %n steps on the class set.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n drawings</source>
        <translation>
            <numerusform>Imported %n drawing</numerusform>
            <numerusform>Imported %n drawings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n were already there</source>
        <translation>
            <numerusform>; %n was already there</numerusform>
            <numerusform>; %n were already there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; skipped %n damaged ones</source>
        <translation>
            <numerusform>; skipped %n damaged one</numerusform>
            <numerusform>; skipped %n damaged ones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n drawings to {name}.</source>
        <translation>
            <numerusform>Exported %n drawing to {name}.</numerusform>
            <numerusform>Exported %n drawings to {name}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExceptionHandler</name>
    <message numerus="yes">
        <source>(This happened %n times.)</source>
        <translation>
            <numerusform>(This happened %n time.)</numerusform>
            <numerusform>(This happened %n times.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more different errors were only written to the log.</source>
        <translation>
            <numerusform>%n more different error was only written to the log.</numerusform>
            <numerusform>%n more different errors were only written to the log.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExplainPresenter</name>
    <message numerus="yes">
        <source>For each of the %n channels of {src}: the patch × kernel {c} of {stage}, summed</source>
        <translation>
            <numerusform>For the %n channel of {src}: the patch × kernel {c} of {stage}, summed</numerusform>
            <numerusform>For each of the %n channels of {src}: the patch × kernel {c} of {stage}, summed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FramePresenter</name>
    <message numerus="yes">
        <source>%Ln steps</source>
        <translation>
            <numerusform>%Ln step</numerusform>
            <numerusform>%Ln steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message numerus="yes">
        <source> (+%n more)</source>
        <translation>
            <numerusform> (+%n more)</numerusform>
            <numerusform> (+%n more)</numerusform>
        </translation>
    </message>
</context>
</TS>
