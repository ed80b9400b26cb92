<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CanvasPanel</name>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the drawing (Ctrl+N or Delete); Undo brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last stroke or clear (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo the stroke or clear that Undo took back (Ctrl+Shift+Z or Ctrl+Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brush width in pixels of the {size}×{size} drawing ({low}–{high})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brush:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputPreview</name>
    <message>
        <source>32×32 — what the net sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {row}, col {col}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>No installed font can show Japanese text, so it appears as boxes. Install a CJK font (on Debian or Ubuntu: sudo apt install fonts-noto-cjk) and start lenet-gui again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>lenet-gui — how a convolutional network sees and learns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the weights from before training (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutorial code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autograd graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutorial console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the next class afresh: clear the loss history and its markers, and put the weights back to the ones chosen in the Weights menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open weights…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load weights from a .safetensors or .pt file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save weights…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current weights (safetensors, or .pt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export loss history as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export loss history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write step, loss per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export feature maps as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export feature maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of every stage&apos;s feature maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo stroke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last stroke or clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo stroke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo the stroke or clear that Undo took back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear the drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the drawing; Undo brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backprop step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One training step: the tutorial&apos;s five lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>×&amp;10 backprop steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Play / pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep taking backprop steps, or stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put every weight back to where it was before training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pretrained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights trained on real handwritten digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Random (seed …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fresh tutorial initialisation; the same seed gives every laptop the same weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load weights from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the {panel} panel to the front; hide it if it is already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put every panel back where it started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About lenet-gui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large text and thick lines for a projector; the maps and the digit as large as the screen allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export class set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import class set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the per-user folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lenet-gui cannot save in {where} ({problem}). Everything works, but settings and class-set drawings are kept only until you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lr {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln steps</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The loss became {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An update (lr × gradient) overflowed to infinity and was undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diverged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower the learning rate (now {lr}) or reset the weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training diverged: reset the weights or lower the learning rate first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New lesson: loss history cleared, weights back to {label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved weights to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the loss history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {problem}. The previous file, if any, is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the feature maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture could not be rendered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a digit first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the digit you drew as the target (0–9); it becomes the label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class set is empty: add drawings first (draw, pick the digit as target, press “Add drawing”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted every drawing of the class set; “Undo delete all” brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights (*.safetensors *.pt *.pth);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or Escape in a number box gives these keys back to the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That drawing is no longer in the class set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every drawing is held out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All the drawings are held out for testing: add more drawings, or untick “Hold out” in the Evaluation panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class set is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add some drawings first: draw, pick the digit as target, press Add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Trained %n steps on the class set.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed (same seed, same weights on every laptop):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the import that is running, or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n drawings</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n were already there</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; skipped %n damaged ones</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import the class set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the class set</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n drawings to {name}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About lenet-gui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a digit and watch the LeNet of the PyTorch tutorial “Neural Networks” see it and learn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundled weights were trained on MNIST digits (CC BY-SA 3.0).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputScores</name>
    <message>
        <source>prediction: {digit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output {digit}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (target {value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SizeExplorer</name>
    <message>
        <source>Try another input size: why does the tutorial use 32×32?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shapes a square input of this size would go through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What if the input were</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>square?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageError</name>
    <message>
        <source>The input went {path}, so each image reaches {name} as {laid} values, but {name} was built for {wanted}. A {side}×{side} input arrives as {good}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input went {path}, so each image reaches {name} as {laid} values, but {name} was built for {wanted}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input went {path}: a {h}×{w} map is smaller than the {k_h}×{k_w} kernel of {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input went {path}: a {h}×{w} map is too small for the pooling window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stages</name>
    <message>
        <source>The 32×32 image the net sees: one batch, one channel (grayscale).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{op}   (line {line})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{c_out} filters of {c_in}×{k_h}×{k_w} slide over the input: each output side shrinks by {shrink}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relu keeps positive values and sets negative ones to 0 — no parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} keeps one value of every window: each side shrinks (rounded down).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view lays the {c} channels of {h}×{w} end to end: {c} × {h} × {w} = {n} values in one row for the next layer. Only a 32×32 input gives exactly this many.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y = x·Wᵀ + b: {inputs} inputs × {outputs} outputs + {outputs} biases = {count} parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} gives shape {shape}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>20 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>centred 28×28</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>padded 32×32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{side}×{side}: stage {index} {name} ({op}, line {line}) raised: “{message}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{side}×{side}: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, and {op} gives {name} {count} values per image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; out come {count} scores.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>random (tutorial)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target value for output {digit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the network should output (the target of the MSE loss):
0–9: a one-hot vector, 1 for that digit and 0 elsewhere;
random (tutorial): the tutorial&apos;s torch.randn(10) target, seeded;
custom…: type ten numbers yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate: how far optimizer.step() moves each weight against its gradient
(w ← w − lr·grad). Type any number (e.g. {example} or 1e-3); the arrows step 1-2-5.
Too large and the loss explodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backprop step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One training step, the tutorial&apos;s five lines:
optimizer.zero_grad(); output = net(input); loss = criterion(output, target);
loss.backward(); optimizer.step()
Shortcut: Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ten backprop steps in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put every weight back to where it was before training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zero_grad before each step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run optimizer.zero_grad() before each step. When off, loss.backward() adds the new
gradients to the old ones, so they add up step after step and the updates grow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target each backprop step trains the output toward; change it with Target above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MSE loss of the last step, mean of (output − target)²;
— until a step is taken with the current weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many backprop steps have been taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss: diverged ({value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown target {spec}: choose a digit, random or custom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ target {spec}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop stepping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep taking backprop steps until paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom target needs ten numbers, one for each digit 0–9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom target needs ten numbers; some of these are not numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom target needs exactly ten numbers, got {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom target&apos;s numbers must be finite (no nan or inf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom target values must lie between −100 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Surface</name>
    <message>
        <source>Draw a digit with the mouse, a pen or a finger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a digit here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
