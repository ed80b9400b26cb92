<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
    <context>
        <name>Arch</name>
        <message>
            <source>Tutorial net (3×3 kernels)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LeNet-5 (5×5 kernels)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AutogradGraphView</name>
        <message>
            <source>The backward graph PyTorch built for the last loss (loss.grad_fn and its next_functions). Click a node to see the code line that created it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step backward ▶</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Walk backward() one node at a time, in the order autograd ran it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to the loss, before backward() ran</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press Backprop step: the graph of its loss appears here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>|gradient| summed over channels: where the loss is most sensitive</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AutogradPresenter</name>
        <message numerus="yes">
            <source>%n nodes. Press “Step backward ▶” to follow backward() from the loss to every weight's .grad, in the order autograd runs it.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Back at the loss: press “Step backward ▶” again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{step}/{total} · {param}.grad ← the gradient, shape {shape}, norm {norm}: optimizer.step() will use it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{step}/{total} · {param}.grad: old norm {old} + this backward's contribution = new norm {new} (zero_grad is off, so it adds to the old one).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{step}/{total} · {name}: the gradient of the loss with respect to its output arrives, shape {shape}, norm {norm}; it sends it on to its inputs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>made by the forward stage {stage}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>made by the training lines (the loss)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CanvasPanel</name>
        <message>
            <source>Clear</source>
            <translation>Effacer</translation>
        </message>
        <message>
            <source>Clear the drawing (Ctrl+N or Delete); Undo brings it back</source>
            <translation>Effacer le dessin (Ctrl+N ou Suppr) ; Annuler le fait revenir</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Undo the last stroke or clear (Ctrl+Z)</source>
            <translation>Annuler le dernier trait ou le dernier effacement (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Rétablir</translation>
        </message>
        <message>
            <source>Redo the stroke or clear that Undo took back (Ctrl+Shift+Z or Ctrl+Y)</source>
            <translation>Rétablir le trait ou l’effacement annulé (Ctrl+Maj+Z ou Ctrl+Y)</translation>
        </message>
        <message>
            <source>Brush width in pixels of the {size}×{size} drawing ({low}–{high})</source>
            <translation>Largeur du pinceau en pixels du dessin {size}×{size} ({low}–{high})</translation>
        </message>
        <message>
            <source>Brush:</source>
            <translation>Pinceau :</translation>
        </message>
    </context>
    <context>
        <name>ClassSetBrowser</name>
        <message>
            <source>The class set is empty.

Draw a digit, choose that digit as the target,
then press “Add drawing” to keep it here.
With a few drawings of each digit you can train on them.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln drawings</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>The class's drawings with their labels. Double-click one to put it on the canvas; Delete removes the selected one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How many drawings of each digit the class set holds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add drawing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Store the current drawing in the class set, labelled with the selected target digit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the selected drawing from the class set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The label of the selected drawing; choose another digit to relabel it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> epochs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How many times to go through every drawing of the class set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Training progress over the class set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete all…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove every drawing of the class set, for a new class (asks first; can be undone)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo delete all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bring back the drawings removed by “Delete all”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop importing; nothing of that file is kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the class set as a zip file to share or keep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the drawings of a class-set zip file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Importing %v / %m</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop training</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Train on class set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop training on the class set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Train the network on every drawing of the class set (one-hot targets, the tutorial's MSE loss and SGD), for the chosen number of epochs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} test</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>labelled {label}; held out for testing, never trained on; double-click to put it on the canvas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>labelled {label}; double-click to put it on the canvas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete all drawings</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Delete all %Ln drawings of the class set?</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>“Undo delete all” brings them back until the app is closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this drawing's file is damaged; it is left out of training</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ClassSetEvaluation</name>
        <message>
            <source>Hold out {percent} for testing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep about one drawing in five out of “Train on class set” (always the same ones), so the evaluation shows how well the net does on drawings it never learned from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The class set has changed since: press “Evaluate” again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Evaluating %v / %m</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accuracy for each digit: the share of its drawings the net recognised</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Row: the true digit. Column: what the net said. The diagonal (green) is right; red cells are mistakes, darker for more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>true {digit}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The drawings the net got wrong, most confident mistakes first; click one to put it on the canvas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press “Evaluate” to see how well the current net recognises the class's drawings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop evaluating</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Evaluate on class set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop the evaluation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Run the current net on every drawing of the class set: accuracy per digit, which digits it confuses, and the drawings it gets wrong</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{held} of {total} drawings are held out for testing (marked “test” in the Class set list): “Train on class set” never trains on them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>trained on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>held out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>all drawings</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>(%n damaged drawings left out)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{right} of {total} recognised</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no drawing</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n drawings misclassified</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source> (the {count} most confident listed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>: click one to put it on the canvas.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>.</source>
            <translation>.</translation>
        </message>
        <message>
            <source>nothing (not a number)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>true {digit} → said {said}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>   · held out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Click to put this drawing on the canvas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{percent} ({right} of {total})</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n drawings of {true} recognised as {said}</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Evaluation stopped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The evaluation failed ({kind}: {problem}).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ClassSetImport</name>
        <message>
            <source>Could not import “{name}” ({kind}: {problem}). Nothing was imported.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CodeView</name>
        <message>
            <source>The file this code is read from: open it in an editor to change the net.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>print(net): the layers as this net really built them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The code the net runs. Highlighted: the line that produced what you are looking at, or the training step that just ran.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>zero_grad on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>zero_grad OFF: the marked line is skipped, gradients add up</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Something went wrong</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something went wrong inside lenet-gui:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The details were written to:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The details could not be written to a log file ({problem}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>lenet-gui keeps running; you can carry on.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FeatureMaps</name>
        <message>
            <source>{stage} channel {c}, row {row}, col {col}: {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{stage} value {i} = {source} channel {c}, row {row}, col {col}: {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{stage} value {i}: {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title} — level {level}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>each row: one {source} channel ({size}{count} values), laid end to end</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GradientView</name>
        <message>
            <source>Size of each parameter's gradient after the last backward(): how hard the step pushed each tensor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With zero_grad switched off, these numbers grow step after step: backward() adds to .grad instead of replacing it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pick a parameter tensor; its first element's update is spelled out below</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What optimizer.step() did to this one number: new = old − lr × grad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow one weight:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>parameter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>shape</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gradients appear after the first Backprop step.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step once to see how one weight changes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>new = old − lr × grad</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InputPreview</name>
        <message>
            <source>32×32 — what the net sees</source>
            <translation>32×32 — ce que voit le réseau</translation>
        </message>
        <message>
            <source>row {row}, col {col}: {value}</source>
            <translation>ligne {row}, col. {col} : {value}</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <source>No installed font can show Japanese text, so it appears as boxes. Install a CJK font (on Debian or Ubuntu: sudo apt install fonts-noto-cjk) and start lenet-gui again.</source>
            <translation>Aucune police installée ne peut afficher le japonais : il apparaît sous forme de carrés. Installez une police CJK (sous Debian ou Ubuntu : sudo apt install fonts-noto-cjk) et relancez lenet-gui.</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
    </context>
    <context>
        <name>LayerTable</name>
        <message>
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Op</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Output shape</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Parameter shapes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Parameters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Position and name of the stage in the tutorial's forward()</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The line of code that produces this stage, as the tutorial writes it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shape of the output tensor: (N batch, C channels, H height, W width) or (N, features)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shapes of the learnable tensors of this layer: weight + bias</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number of learnable numbers in this layer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which revision of the tutorial's network to build</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Network:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every stage of forward(); select a row to highlight its feature maps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All learnable parameters of the network: {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{c} channels × {h} × {w} = {n} values in one row for fc1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LossPlot</name>
        <message>
            <source>No steps yet:
press “Backprop step”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The MSE loss after each backprop step. Coloured lines mark where the weights were reset or replaced, or the learning rate changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MSE loss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>log y</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Logarithmic loss axis: equal steps mean equal factors, so slow progress at small losses stays visible</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom out to every step and loss (after a zoom or pan with the mouse)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The newest loss value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>step {step}: {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>step {step}: loss {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>step {step}: loss diverged ({value})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>lenet-gui — how a convolutional network sees and learns</source>
            <translation>lenet-gui — comment un réseau convolutif voit et apprend</translation>
        </message>
        <message>
            <source>Reset weights</source>
            <translation>Réinitialiser</translation>
        </message>
        <message>
            <source>Restore the weights from before training (Ctrl+R)</source>
            <translation>Rétablir les poids d’avant l’entraînement (Ctrl+R)</translation>
        </message>
        <message>
            <source>Layers</source>
            <translation>Couches</translation>
        </message>
        <message>
            <source>Input size</source>
            <translation>Taille d’entrée</translation>
        </message>
        <message>
            <source>Evaluation</source>
            <translation>Évaluation</translation>
        </message>
        <message>
            <source>Tutorial code</source>
            <translation>Code du tutoriel</translation>
        </message>
        <message>
            <source>Gradients</source>
            <translation>Gradients</translation>
        </message>
        <message>
            <source>Autograd graph</source>
            <translation>Graphe autograd</translation>
        </message>
        <message>
            <source>Tutorial console</source>
            <translation>Console du tutoriel</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>Sortie</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Entraînement</translation>
        </message>
        <message>
            <source>Loss history</source>
            <translation>Historique de la perte</translation>
        </message>
        <message>
            <source>Feature maps</source>
            <translation>Cartes de caractéristiques</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;New lesson</source>
            <translation>&amp;Nouvelle leçon</translation>
        </message>
        <message>
            <source>Start the next class afresh: clear the loss history and its markers, and put the weights back to the ones chosen in the Weights menu</source>
            <translation>Commencer le cours suivant à neuf : effacer l’historique de la perte et ses repères, et remettre les poids choisis dans le menu Poids</translation>
        </message>
        <message>
            <source>&amp;Open weights…</source>
            <translation>&amp;Ouvrir des poids…</translation>
        </message>
        <message>
            <source>Load weights from a .safetensors or .pt file</source>
            <translation>Charger des poids depuis un fichier .safetensors ou .pt</translation>
        </message>
        <message>
            <source>&amp;Save weights…</source>
            <translation>&amp;Enregistrer les poids…</translation>
        </message>
        <message>
            <source>Save the current weights (safetensors, or .pt)</source>
            <translation>Enregistrer les poids actuels (safetensors ou .pt)</translation>
        </message>
        <message>
            <source>Export loss history as &amp;CSV…</source>
            <translation>Exporter l’historique de la perte en &amp;CSV…</translation>
        </message>
        <message>
            <source>Export loss history</source>
            <translation>Exporter l’historique de la perte</translation>
        </message>
        <message>
            <source>Write step, loss per line</source>
            <translation>Écrire « pas, perte » sur chaque ligne</translation>
        </message>
        <message>
            <source>Export feature maps as &amp;PNG…</source>
            <translation>Exporter les cartes de caractéristiques en &amp;PNG…</translation>
        </message>
        <message>
            <source>Export feature maps</source>
            <translation>Exporter les cartes de caractéristiques</translation>
        </message>
        <message>
            <source>Save a picture of every stage's feature maps</source>
            <translation>Enregistrer une image des cartes de caractéristiques de chaque étape</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>É&amp;dition</translation>
        </message>
        <message>
            <source>&amp;Undo stroke</source>
            <translation>&amp;Annuler le trait</translation>
        </message>
        <message>
            <source>Undo the last stroke or clear</source>
            <translation>Annuler le dernier trait ou le dernier effacement</translation>
        </message>
        <message>
            <source>&amp;Redo stroke</source>
            <translation>&amp;Rétablir le trait</translation>
        </message>
        <message>
            <source>Redo the stroke or clear that Undo took back</source>
            <translation>Rétablir le trait ou l’effacement annulé</translation>
        </message>
        <message>
            <source>&amp;Clear the drawing</source>
            <translation>&amp;Effacer le dessin</translation>
        </message>
        <message>
            <source>Clear the drawing; Undo brings it back</source>
            <translation>Effacer le dessin ; Annuler le fait revenir</translation>
        </message>
        <message>
            <source>&amp;Training</source>
            <translation>&amp;Entraînement</translation>
        </message>
        <message>
            <source>&amp;Backprop step</source>
            <translation>Pas de &amp;rétropropagation</translation>
        </message>
        <message>
            <source>One training step: the tutorial's five lines</source>
            <translation>Un pas d’entraînement : les cinq lignes du tutoriel</translation>
        </message>
        <message>
            <source>×&amp;10 backprop steps</source>
            <translation>×&amp;10 pas de rétropropagation</translation>
        </message>
        <message>
            <source>&amp;Play / pause</source>
            <translation>&amp;Lecture / pause</translation>
        </message>
        <message>
            <source>Keep taking backprop steps, or stop</source>
            <translation>Enchaîner les pas de rétropropagation, ou s’arrêter</translation>
        </message>
        <message>
            <source>&amp;Reset weights</source>
            <translation>&amp;Réinitialiser les poids</translation>
        </message>
        <message>
            <source>Put every weight back to where it was before training</source>
            <translation>Remettre chaque poids à sa valeur d’avant l’entraînement</translation>
        </message>
        <message>
            <source>&amp;Weights</source>
            <translation>&amp;Poids</translation>
        </message>
        <message>
            <source>&amp;Pretrained</source>
            <translation>&amp;Pré-entraînés</translation>
        </message>
        <message>
            <source>Weights trained on real handwritten digits</source>
            <translation>Poids entraînés sur de vrais chiffres manuscrits</translation>
        </message>
        <message>
            <source>&amp;Random (seed …)</source>
            <translation>&amp;Aléatoires (graine …)</translation>
        </message>
        <message>
            <source>Fresh tutorial initialisation; the same seed gives every laptop the same weights</source>
            <translation>Nouvelle initialisation du tutoriel ; la même graine donne les mêmes poids sur chaque ordinateur</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Ouvrir…</translation>
        </message>
        <message>
            <source>Load weights from a file</source>
            <translation>Charger des poids depuis un fichier</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>Bring the {panel} panel to the front; hide it if it is already there</source>
            <translation>Mettre le panneau {panel} au premier plan ; le masquer s’il y est déjà</translation>
        </message>
        <message>
            <source>&amp;Reset layout</source>
            <translation>&amp;Réinitialiser la disposition</translation>
        </message>
        <message>
            <source>Put every panel back where it started</source>
            <translation>Remettre chaque panneau à sa place de départ</translation>
        </message>
        <message>
            <source>&amp;Full screen</source>
            <translation>Plein &amp;écran</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Aid&amp;e</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Raccourcis clavier</translation>
        </message>
        <message>
            <source>&amp;About lenet-gui</source>
            <translation>À &amp;propos de lenet-gui</translation>
        </message>
        <message>
            <source>&amp;Presentation mode</source>
            <translation>Mode &amp;présentation</translation>
        </message>
        <message>
            <source>Large text and thick lines for a projector; the maps and the digit as large as the screen allows</source>
            <translation>Grand texte et traits épais pour un projecteur ; les cartes et le chiffre aussi grands que l’écran le permet</translation>
        </message>
        <message>
            <source>Export class set</source>
            <translation>Exporter le jeu de la classe</translation>
        </message>
        <message>
            <source>Import class set</source>
            <translation>Importer un jeu de la classe</translation>
        </message>
        <message>
            <source>the per-user folder</source>
            <translation>le dossier de l’utilisateur</translation>
        </message>
        <message>
            <source>lenet-gui cannot save in {where} ({problem}). Everything works, but settings and class-set drawings are kept only until you quit.</source>
            <translation>lenet-gui ne peut pas enregistrer dans {where} ({problem}). Tout fonctionne, mais les réglages et les dessins du jeu de la classe ne sont gardés que jusqu’à la fermeture.</translation>
        </message>
        <message>
            <source>Notice</source>
            <translation>Avis</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Hide this notice</source>
            <translation>Masquer cet avis</translation>
        </message>
        <message>
            <source>Weights: {label}</source>
            <translation>Poids : {label}</translation>
        </message>
        <message>
            <source>lr {value}</source>
            <translation>lr {value}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln steps</source>
            <translation>
                <numerusform>%Ln pas</numerusform>
                <numerusform>%Ln pas</numerusform>
            </translation>
        </message>
        <message>
            <source>The loss became {value}.</source>
            <translation>La perte est devenue {value}.</translation>
        </message>
        <message>
            <source>An update (lr × gradient) overflowed to infinity and was undone.</source>
            <translation>Une mise à jour (lr × gradient) a débordé vers l’infini et a été annulée.</translation>
        </message>
        <message>
            <source>Diverged</source>
            <translation>Divergence</translation>
        </message>
        <message>
            <source>Lower the learning rate (now {lr}) or reset the weights.</source>
            <translation>Baissez le taux d’apprentissage (actuellement {lr}) ou réinitialisez les poids.</translation>
        </message>
        <message>
            <source>Training diverged: reset the weights or lower the learning rate first.</source>
            <translation>L’entraînement a divergé : réinitialisez d’abord les poids ou baissez le taux d’apprentissage.</translation>
        </message>
        <message>
            <source>New lesson: loss history cleared, weights back to {label}.</source>
            <translation>Nouvelle leçon : historique de la perte effacé, poids remis à {label}.</translation>
        </message>
        <message>
            <source>Target not changed</source>
            <translation>Cible inchangée</translation>
        </message>
        <message>
            <source>Learning rate not changed</source>
            <translation>Taux d’apprentissage inchangé</translation>
        </message>
        <message>
            <source>Architecture not changed</source>
            <translation>Architecture inchangée</translation>
        </message>
        <message>
            <source>Could not open weights</source>
            <translation>Impossible d’ouvrir les poids</translation>
        </message>
        <message>
            <source>Could not save weights</source>
            <translation>Impossible d’enregistrer les poids</translation>
        </message>
        <message>
            <source>Saved weights to {path}</source>
            <translation>Poids enregistrés dans {path}</translation>
        </message>
        <message>
            <source>Could not export the loss history</source>
            <translation>Impossible d’exporter l’historique de la perte</translation>
        </message>
        <message>
            <source>{name}: {problem}. The previous file, if any, is unchanged.</source>
            <translation>{name} : {problem}. Le fichier précédent, s’il existe, est inchangé.</translation>
        </message>
        <message>
            <source>Could not export the feature maps</source>
            <translation>Impossible d’exporter les cartes de caractéristiques</translation>
        </message>
        <message>
            <source>The picture could not be rendered.</source>
            <translation>L’image n’a pas pu être rendue.</translation>
        </message>
        <message>
            <source>Nothing to add</source>
            <translation>Rien à ajouter</translation>
        </message>
        <message>
            <source>Draw a digit first.</source>
            <translation>Dessinez d’abord un chiffre.</translation>
        </message>
        <message>
            <source>Choose a digit</source>
            <translation>Choisissez un chiffre</translation>
        </message>
        <message>
            <source>Pick the digit you drew as the target (0–9); it becomes the label.</source>
            <translation>Choisissez comme cible le chiffre que vous avez dessiné (0–9) ; il devient l’étiquette.</translation>
        </message>
        <message>
            <source>Could not add the drawing</source>
            <translation>Impossible d’ajouter le dessin</translation>
        </message>
        <message>
            <source>The class set is empty: add drawings first (draw, pick the digit as target, press “Add drawing”).</source>
            <translation>Le jeu de la classe est vide : ajoutez d’abord des dessins (dessinez, choisissez le chiffre comme cible, appuyez sur « Ajouter le dessin »).</translation>
        </message>
        <message>
            <source>Deleted every drawing of the class set; “Undo delete all” brings them back.</source>
            <translation>Tous les dessins du jeu de la classe ont été supprimés ; « Annuler tout supprimer » les fait revenir.</translation>
        </message>
        <message>
            <source>Class set</source>
            <translation>Jeu de la classe</translation>
        </message>
        <message>
            <source>Weights (*.safetensors *.pt *.pth);;All files (*)</source>
            <translation>Poids (*.safetensors *.pt *.pth);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Enter or Escape in a number box gives these keys back to the window.</source>
            <translation>Entrée ou Échap dans un champ numérique rend ces touches à la fenêtre.</translation>
        </message>
        <message>
            <source>Could not load the drawing</source>
            <translation>Impossible de charger le dessin</translation>
        </message>
        <message>
            <source>That drawing is no longer in the class set.</source>
            <translation>Ce dessin n’est plus dans le jeu de la classe.</translation>
        </message>
        <message>
            <source>Every drawing is held out</source>
            <translation>Tous les dessins sont mis de côté</translation>
        </message>
        <message>
            <source>All the drawings are held out for testing: add more drawings, or untick “Hold out” in the Evaluation panel.</source>
            <translation>Tous les dessins sont mis de côté pour le test : ajoutez des dessins, ou décochez « Mettre de côté » dans le panneau Évaluation.</translation>
        </message>
        <message>
            <source>The class set is empty</source>
            <translation>Le jeu de la classe est vide</translation>
        </message>
        <message>
            <source>Add some drawings first: draw, pick the digit as target, press Add.</source>
            <translation>Ajoutez d’abord des dessins : dessinez, choisissez le chiffre comme cible, appuyez sur Ajouter.</translation>
        </message>
        <message numerus="yes">
            <source>Trained %n steps on the class set.</source>
            <translation>
                <numerusform>%n pas d’entraînement sur le jeu de la classe.</numerusform>
                <numerusform>%n pas d’entraînement sur le jeu de la classe.</numerusform>
            </translation>
        </message>
        <message>
            <source>Open weights</source>
            <translation>Ouvrir des poids</translation>
        </message>
        <message>
            <source>Save weights</source>
            <translation>Enregistrer les poids</translation>
        </message>
        <message>
            <source>Random weights</source>
            <translation>Poids aléatoires</translation>
        </message>
        <message>
            <source>Seed (same seed, same weights on every laptop):</source>
            <translation>Graine (même graine, mêmes poids sur chaque ordinateur) :</translation>
        </message>
        <message>
            <source>Already importing</source>
            <translation>Import déjà en cours</translation>
        </message>
        <message>
            <source>Wait for the import that is running, or cancel it.</source>
            <translation>Attendez la fin de l’import en cours, ou annulez-le.</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n drawings</source>
            <translation>
                <numerusform>%n dessin importé</numerusform>
                <numerusform>%n dessins importés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n were already there</source>
            <translation>
                <numerusform>; %n y était déjà</numerusform>
                <numerusform>; %n y étaient déjà</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; skipped %n damaged ones</source>
            <translation>
                <numerusform>; %n abîmé ignoré</numerusform>
                <numerusform>; %n abîmés ignorés</numerusform>
            </translation>
        </message>
        <message>
            <source>.</source>
            <translation>.</translation>
        </message>
        <message>
            <source>Could not import the class set</source>
            <translation>Impossible d’importer le jeu de la classe</translation>
        </message>
        <message>
            <source>Could not export the class set</source>
            <translation>Impossible d’exporter le jeu de la classe</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n drawings to {name}.</source>
            <translation>
                <numerusform>%n dessin exporté dans {name}.</numerusform>
                <numerusform>%n dessins exportés dans {name}.</numerusform>
            </translation>
        </message>
        <message>
            <source> or </source>
            <translation> ou </translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <source>About lenet-gui</source>
            <translation>À propos de lenet-gui</translation>
        </message>
        <message>
            <source>Draw a digit and watch the LeNet of the PyTorch tutorial “Neural Networks” see it and learn.</source>
            <translation>Dessinez un chiffre et regardez le LeNet du tutoriel PyTorch « Neural Networks » le voir et apprendre.</translation>
        </message>
        <message>
            <source>Bundled weights were trained on MNIST digits (CC BY-SA 3.0).</source>
            <translation>Les poids fournis ont été entraînés sur les chiffres MNIST (CC BY-SA 3.0).</translation>
        </message>
    </context>
    <context>
        <name>Numbers</name>
        <message>
            <source>Type a number, e.g. {example}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{text}” not taken: decimals take a comma here ({example}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{text}” not taken: decimals take a point here ({example}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{text}” is not a number (e.g. {example}); not taken.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type a number from {low} to {high}; not taken.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type a whole number (e.g. {example}); not taken.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OutputScores</name>
        <message>
            <source>prediction: {digit}</source>
            <translation>prédiction : {digit}</translation>
        </message>
        <message>
            <source>output {digit}: {value}</source>
            <translation>sortie {digit} : {value}</translation>
        </message>
        <message>
            <source> (target {value})</source>
            <translation> (cible {value})</translation>
        </message>
        <message>
            <source>target</source>
            <translation>cible</translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <source>architecture: {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{problem} Using random weights instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pretrained ({title})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Random (seed {seed})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Switched to {title} to match “{name}”.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>it could not be read: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The settings file {path} could not be used ({reason}) nor moved aside ({problem}). lenet-gui started with its default settings and will not save settings this time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The settings file could not be used ({reason}), so lenet-gui started with its default settings. The old file was kept as {target}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it is not a regular file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it is {size} bytes, far more than settings take</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it is far bigger than settings take</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it is not text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it holds binary data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it is not a settings file: line {line} makes no sense</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it is not a settings file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the value of {key} runs over several lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{key} holds a binary value that lenet-gui never writes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SizeExplorer</name>
        <message>
            <source>Try another input size: why does the tutorial use 32×32?</source>
            <translation>Essayez une autre taille d’entrée : pourquoi le tutoriel utilise-t-il 32×32 ?</translation>
        </message>
        <message>
            <source>The shapes a square input of this size would go through</source>
            <translation>Les formes par lesquelles passerait une entrée carrée de cette taille</translation>
        </message>
        <message>
            <source>What if the input were</source>
            <translation>Et si l’entrée était</translation>
        </message>
        <message>
            <source>square?</source>
            <translation>de côté ?</translation>
        </message>
    </context>
    <context>
        <name>Snippets</name>
        <message>
            <source>The network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Its learnable parameters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A random 32x32 input</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backprop with random gradients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loss function</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow loss backward</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The tutorial's comments were written for PyTorch 1.3; today the first input of the Linear's backward (AddmmBackward0) is its bias, so PyTorch prints AccumulateGrad there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backprop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Since PyTorch 2.0, zero_grad() sets gradients to None instead of zeros, so the first print says None.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Update the weights (by hand)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Update the weights (torch.optim)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StageError</name>
        <message>
            <source>The input went {path}, so each image reaches {name} as {laid} values, but {name} was built for {wanted}. A {side}×{side} input arrives as {good}.</source>
            <translation>L’entrée est passée par {path} : chaque image arrive donc à {name} sous forme de {laid} valeurs, mais {name} a été construit pour {wanted}. Une entrée {side}×{side} y arrive sous forme de {good}.</translation>
        </message>
        <message>
            <source>The input went {path}, so each image reaches {name} as {laid} values, but {name} was built for {wanted}.</source>
            <translation>L’entrée est passée par {path} : chaque image arrive donc à {name} sous forme de {laid} valeurs, mais {name} a été construit pour {wanted}.</translation>
        </message>
        <message>
            <source>The input went {path}: a {h}×{w} map is smaller than the {k_h}×{k_w} kernel of {name}.</source>
            <translation>L’entrée est passée par {path} : une carte {h}×{w} est plus petite que le noyau {k_h}×{k_w} de {name}.</translation>
        </message>
        <message>
            <source>The input went {path}: a {h}×{w} map is too small for the pooling window.</source>
            <translation>L’entrée est passée par {path} : une carte {h}×{w} est trop petite pour la fenêtre de regroupement (pooling).</translation>
        </message>
    </context>
    <context>
        <name>Stages</name>
        <message>
            <source>The 32×32 image the net sees: one batch, one channel (grayscale).</source>
            <translation>L’image 32×32 que voit le réseau : un lot, un canal (niveaux de gris).</translation>
        </message>
        <message>
            <source>{op}   (line {line})</source>
            <translation>{op}   (ligne {line})</translation>
        </message>
        <message>
            <source>{c_out} filters of {c_in}×{k_h}×{k_w} slide over the input: each output side shrinks by {shrink}.</source>
            <translation>{c_out} filtres de {c_in}×{k_h}×{k_w} glissent sur l’entrée : chaque côté de la sortie perd {shrink}.</translation>
        </message>
        <message>
            <source>relu keeps positive values and sets negative ones to 0 — no parameters.</source>
            <translation>relu garde les valeurs positives et met les négatives à 0 — aucun paramètre.</translation>
        </message>
        <message>
            <source>{name} keeps one value of every window: each side shrinks (rounded down).</source>
            <translation>{name} garde une valeur de chaque fenêtre (regroupement, pooling) : chaque côté rétrécit (arrondi vers le bas).</translation>
        </message>
        <message>
            <source>view lays the {c} channels of {h}×{w} end to end: {c} × {h} × {w} = {n} values in one row for the next layer. Only a 32×32 input gives exactly this many.</source>
            <translation>view met bout à bout les {c} canaux de {h}×{w} : {c} × {h} × {w} = {n} valeurs sur une ligne pour la couche suivante. Seule une entrée 32×32 en donne exactement autant.</translation>
        </message>
        <message>
            <source>y = x·Wᵀ + b: {inputs} inputs × {outputs} outputs + {outputs} biases = {count} parameters.</source>
            <translation>y = x·Wᵀ + b : {inputs} entrées × {outputs} sorties + {outputs} biais = {count} paramètres.</translation>
        </message>
        <message>
            <source>{name} gives shape {shape}.</source>
            <translation>{name} donne la forme {shape}.</translation>
        </message>
        <message>
            <source>your drawing</source>
            <translation>votre dessin</translation>
        </message>
        <message>
            <source>cropped</source>
            <translation>recadré</translation>
        </message>
        <message>
            <source>20 px</source>
            <translation>20 px</translation>
        </message>
        <message>
            <source>centred 28×28</source>
            <translation>centré 28×28</translation>
        </message>
        <message>
            <source>padded 32×32</source>
            <translation>complété 32×32</translation>
        </message>
        <message>
            <source>{side}×{side}: stage {index} {name} ({op}, line {line}) raised: “{message}”.</source>
            <translation>{side}×{side} : l’étape {index} {name} ({op}, ligne {line}) a levé : « {message} ».</translation>
        </message>
        <message>
            <source>{side}×{side}: {path}</source>
            <translation>{side}×{side} : {path}</translation>
        </message>
        <message>
            <source>, and {op} gives {name} {count} values per image</source>
            <translation>, et {op} donne à {name} {count} valeurs par image</translation>
        </message>
        <message>
            <source>; out come {count} scores.</source>
            <translation>; il en sort {count} scores.</translation>
        </message>
    </context>
    <context>
        <name>Trainer</name>
        <message>
            <source>weights reset</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TrainingPanel</name>
        <message>
            <source>random (tutorial)</source>
            <translation>aléatoire (tutoriel)</translation>
        </message>
        <message>
            <source>custom…</source>
            <translation>personnalisée…</translation>
        </message>
        <message>
            <source>Target value for output {digit}</source>
            <translation>Valeur cible de la sortie {digit}</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Cible</translation>
        </message>
        <message>
            <source>Learning rate</source>
            <translation>Taux d’apprentissage</translation>
        </message>
        <message>
            <source>What the network should output (the target of the MSE loss):
0–9: a one-hot vector, 1 for that digit and 0 elsewhere;
random (tutorial): the tutorial's torch.randn(10) target, seeded;
custom…: type ten numbers yourself.</source>
            <translation>Ce que le réseau devrait produire (la cible de la fonction de perte MSE) :
0–9 : un vecteur one-hot, 1 pour ce chiffre et 0 ailleurs ;
aléatoire (tutoriel) : la cible torch.randn(10) du tutoriel, avec une graine fixe ;
personnalisée… : tapez vous-même dix nombres.</translation>
        </message>
        <message>
            <source>Learning rate: how far optimizer.step() moves each weight against its gradient
(w ← w − lr·grad). Type any number (e.g. {example} or 1e-3); the arrows step 1-2-5.
Too large and the loss explodes.</source>
            <translation>Taux d’apprentissage : de combien optimizer.step() déplace chaque poids à l’opposé de son gradient
(w ← w − lr·grad). Tapez n’importe quel nombre (par ex. {example} ou 1e-3) ; les flèches suivent 1-2-5.
Trop grand, et la perte explose.</translation>
        </message>
        <message>
            <source>Backprop step</source>
            <translation>Rétropropager</translation>
        </message>
        <message>
            <source>One training step, the tutorial's five lines:
optimizer.zero_grad(); output = net(input); loss = criterion(output, target);
loss.backward(); optimizer.step()
Shortcut: Space</source>
            <translation>Un pas d’entraînement, les cinq lignes du tutoriel :
optimizer.zero_grad(); output = net(input); loss = criterion(output, target);
loss.backward(); optimizer.step()
Raccourci : Espace</translation>
        </message>
        <message>
            <source>Ten backprop steps in a row</source>
            <translation>Dix pas de rétropropagation à la suite</translation>
        </message>
        <message>
            <source>Reset weights</source>
            <translation>Réinitialiser</translation>
        </message>
        <message>
            <source>Put every weight back to where it was before training</source>
            <translation>Remettre chaque poids à sa valeur d’avant l’entraînement</translation>
        </message>
        <message>
            <source>zero_grad before each step</source>
            <translation>zero_grad avant chaque pas</translation>
        </message>
        <message>
            <source>Run optimizer.zero_grad() before each step. When off, loss.backward() adds the new
gradients to the old ones, so they add up step after step and the updates grow.</source>
            <translation>Exécuter optimizer.zero_grad() avant chaque pas. Sinon, loss.backward() ajoute les nouveaux
gradients aux anciens : ils s’accumulent pas après pas et les mises à jour grandissent.</translation>
        </message>
        <message>
            <source>The target each backprop step trains the output toward; change it with Target above</source>
            <translation>La cible vers laquelle chaque pas de rétropropagation entraîne la sortie ; changez-la avec Cible ci-dessus</translation>
        </message>
        <message>
            <source>The MSE loss of the last step, mean of (output − target)²;
— until a step is taken with the current weights</source>
            <translation>La perte MSE du dernier pas, moyenne de (sortie − cible)² ;
— tant qu’aucun pas n’a été fait avec les poids actuels</translation>
        </message>
        <message>
            <source>How many backprop steps have been taken</source>
            <translation>Nombre de pas de rétropropagation effectués</translation>
        </message>
        <message>
            <source>loss —</source>
            <translation>perte —</translation>
        </message>
        <message>
            <source>loss {value}</source>
            <translation>perte {value}</translation>
        </message>
        <message>
            <source>loss: diverged ({value})</source>
            <translation>perte : divergence ({value})</translation>
        </message>
        <message>
            <source>step {count}</source>
            <translation>pas {count}</translation>
        </message>
        <message>
            <source>Unknown target {spec}: choose a digit, random or custom.</source>
            <translation>Cible inconnue {spec} : choisissez un chiffre, aléatoire ou personnalisée.</translation>
        </message>
        <message>
            <source>random</source>
            <translation>aléatoire</translation>
        </message>
        <message>
            <source>custom</source>
            <translation>personnalisée</translation>
        </message>
        <message>
            <source>→ target {spec}</source>
            <translation>→ cible {spec}</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>Lecture</translation>
        </message>
        <message>
            <source>Stop stepping</source>
            <translation>Arrêter les pas</translation>
        </message>
        <message>
            <source>Keep taking backprop steps until paused</source>
            <translation>Enchaîner les pas de rétropropagation jusqu’à la pause</translation>
        </message>
        <message>
            <source>A custom target needs ten numbers, one for each digit 0–9.</source>
            <translation>Une cible personnalisée demande dix nombres, un par chiffre de 0 à 9.</translation>
        </message>
        <message>
            <source>A custom target needs ten numbers; some of these are not numbers.</source>
            <translation>Une cible personnalisée demande dix nombres ; certaines de ces valeurs n’en sont pas.</translation>
        </message>
        <message>
            <source>A custom target needs exactly ten numbers, got {count}.</source>
            <translation>Une cible personnalisée demande exactement dix nombres, reçu {count}.</translation>
        </message>
        <message>
            <source>A custom target's numbers must be finite (no nan or inf).</source>
            <translation>Les nombres d’une cible personnalisée doivent être finis (ni nan ni inf).</translation>
        </message>
        <message>
            <source>Custom target values must lie between −100 and 100.</source>
            <translation>Les valeurs d’une cible personnalisée doivent être entre −100 et 100.</translation>
        </message>
    </context>
    <context>
        <name>TutorialConsole</name>
        <message>
            <source>The tutorial's code, in the tutorial's order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Run this snippet (after the ones before it) on a copy of your net: your weights and gradients do not change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What PyTorch prints appears here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(prints nothing)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the app: what this changed in the copy of your net</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_Surface</name>
        <message>
            <source>Draw a digit with the mouse, a pen or a finger</source>
            <translation>Dessinez un chiffre à la souris, au stylet ou au doigt</translation>
        </message>
        <message>
            <source>Draw a digit here</source>
            <translation>Dessinez un chiffre ici</translation>
        </message>
    </context>
</TS>
