<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
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
            <translation>消去</translation>
        </message>
        <message>
            <source>Clear the drawing (Ctrl+N or Delete); Undo brings it back</source>
            <translation>描画を消去します（Ctrl+N または Delete）。元に戻すで復元できます</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>元に戻す</translation>
        </message>
        <message>
            <source>Undo the last stroke or clear (Ctrl+Z)</source>
            <translation>最後のストロークまたは消去を元に戻す（Ctrl+Z）</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>やり直し</translation>
        </message>
        <message>
            <source>Redo the stroke or clear that Undo took back (Ctrl+Shift+Z or Ctrl+Y)</source>
            <translation>元に戻したストロークまたは消去をやり直す（Ctrl+Shift+Z または Ctrl+Y）</translation>
        </message>
        <message>
            <source>Brush width in pixels of the {size}×{size} drawing ({low}–{high})</source>
            <translation>{size}×{size} の描画でのブラシの太さ（ピクセル、{low}–{high}）</translation>
        </message>
        <message>
            <source>Brush:</source>
            <translation>ブラシ：</translation>
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
            <translation>。</translation>
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
            <translation>32×32 — ネットワークが見る画像</translation>
        </message>
        <message>
            <source>row {row}, col {col}: {value}</source>
            <translation>{row} 行 {col} 列：{value}</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <source>No installed font can show Japanese text, so it appears as boxes. Install a CJK font (on Debian or Ubuntu: sudo apt install fonts-noto-cjk) and start lenet-gui again.</source>
            <translation>日本語を表示できるフォントがインストールされていないため、文字が四角で表示されます。CJK フォントをインストールして（Debian・Ubuntu では sudo apt install fonts-noto-cjk）、lenet-gui を起動し直してください。</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>言語(&amp;L)</translation>
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
            <translation>lenet-gui — 畳み込みニューラルネットワークはどう見て、どう学ぶか</translation>
        </message>
        <message>
            <source>Reset weights</source>
            <translation>重みをリセット</translation>
        </message>
        <message>
            <source>Restore the weights from before training (Ctrl+R)</source>
            <translation>学習前の重みに戻す（Ctrl+R）</translation>
        </message>
        <message>
            <source>Layers</source>
            <translation>層</translation>
        </message>
        <message>
            <source>Input size</source>
            <translation>入力サイズ</translation>
        </message>
        <message>
            <source>Evaluation</source>
            <translation>評価</translation>
        </message>
        <message>
            <source>Tutorial code</source>
            <translation>チュートリアルのコード</translation>
        </message>
        <message>
            <source>Gradients</source>
            <translation>勾配</translation>
        </message>
        <message>
            <source>Autograd graph</source>
            <translation>autograd グラフ</translation>
        </message>
        <message>
            <source>Tutorial console</source>
            <translation>チュートリアル コンソール</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>出力</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>学習</translation>
        </message>
        <message>
            <source>Loss history</source>
            <translation>損失の履歴</translation>
        </message>
        <message>
            <source>Feature maps</source>
            <translation>特徴マップ</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>ファイル(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;New lesson</source>
            <translation>新しい授業(&amp;N)</translation>
        </message>
        <message>
            <source>Start the next class afresh: clear the loss history and its markers, and put the weights back to the ones chosen in the Weights menu</source>
            <translation>次の授業をまっさらな状態で始めます：損失の履歴とマーカーを消去し、重みを「重み」メニューで選んだものに戻します</translation>
        </message>
        <message>
            <source>&amp;Open weights…</source>
            <translation>重みを開く(&amp;O)…</translation>
        </message>
        <message>
            <source>Load weights from a .safetensors or .pt file</source>
            <translation>.safetensors または .pt ファイルから重みを読み込む</translation>
        </message>
        <message>
            <source>&amp;Save weights…</source>
            <translation>重みを保存(&amp;S)…</translation>
        </message>
        <message>
            <source>Save the current weights (safetensors, or .pt)</source>
            <translation>現在の重みを保存する（safetensors または .pt）</translation>
        </message>
        <message>
            <source>Export loss history as &amp;CSV…</source>
            <translation>損失の履歴を &amp;CSV で書き出す…</translation>
        </message>
        <message>
            <source>Export loss history</source>
            <translation>損失の履歴を書き出す</translation>
        </message>
        <message>
            <source>Write step, loss per line</source>
            <translation>1 行に「ステップ, 損失」を書き出す</translation>
        </message>
        <message>
            <source>Export feature maps as &amp;PNG…</source>
            <translation>特徴マップを &amp;PNG で書き出す…</translation>
        </message>
        <message>
            <source>Export feature maps</source>
            <translation>特徴マップを書き出す</translation>
        </message>
        <message>
            <source>Save a picture of every stage's feature maps</source>
            <translation>各段階の特徴マップを画像として保存する</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>終了(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>編集(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Undo stroke</source>
            <translation>ストロークを元に戻す(&amp;U)</translation>
        </message>
        <message>
            <source>Undo the last stroke or clear</source>
            <translation>最後のストロークまたは消去を元に戻す</translation>
        </message>
        <message>
            <source>&amp;Redo stroke</source>
            <translation>ストロークをやり直す(&amp;R)</translation>
        </message>
        <message>
            <source>Redo the stroke or clear that Undo took back</source>
            <translation>元に戻したストロークまたは消去をやり直す</translation>
        </message>
        <message>
            <source>&amp;Clear the drawing</source>
            <translation>描画を消去(&amp;C)</translation>
        </message>
        <message>
            <source>Clear the drawing; Undo brings it back</source>
            <translation>描画を消去します。元に戻すで復元できます</translation>
        </message>
        <message>
            <source>&amp;Training</source>
            <translation>学習(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Backprop step</source>
            <translation>誤差逆伝播を 1 ステップ(&amp;B)</translation>
        </message>
        <message>
            <source>One training step: the tutorial's five lines</source>
            <translation>学習を 1 ステップ：チュートリアルの 5 行</translation>
        </message>
        <message>
            <source>×&amp;10 backprop steps</source>
            <translation>誤差逆伝播を ×&amp;10 ステップ</translation>
        </message>
        <message>
            <source>&amp;Play / pause</source>
            <translation>再生 / 一時停止(&amp;P)</translation>
        </message>
        <message>
            <source>Keep taking backprop steps, or stop</source>
            <translation>誤差逆伝播のステップを続ける、または止める</translation>
        </message>
        <message>
            <source>&amp;Reset weights</source>
            <translation>重みをリセット(&amp;R)</translation>
        </message>
        <message>
            <source>Put every weight back to where it was before training</source>
            <translation>すべての重みを学習前の値に戻す</translation>
        </message>
        <message>
            <source>&amp;Weights</source>
            <translation>重み(&amp;W)</translation>
        </message>
        <message>
            <source>&amp;Pretrained</source>
            <translation>学習済み(&amp;P)</translation>
        </message>
        <message>
            <source>Weights trained on real handwritten digits</source>
            <translation>実際の手書き数字で学習した重み</translation>
        </message>
        <message>
            <source>&amp;Random (seed …)</source>
            <translation>ランダム（シード …）(&amp;R)</translation>
        </message>
        <message>
            <source>Fresh tutorial initialisation; the same seed gives every laptop the same weights</source>
            <translation>チュートリアルどおりの新しい初期化。同じシードならどの PC でも同じ重みになります</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>開く(&amp;O)…</translation>
        </message>
        <message>
            <source>Load weights from a file</source>
            <translation>ファイルから重みを読み込む</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>表示(&amp;V)</translation>
        </message>
        <message>
            <source>Bring the {panel} panel to the front; hide it if it is already there</source>
            <translation>「{panel}」パネルを前面に出す。すでに前面にあれば隠す</translation>
        </message>
        <message>
            <source>&amp;Reset layout</source>
            <translation>レイアウトをリセット(&amp;R)</translation>
        </message>
        <message>
            <source>Put every panel back where it started</source>
            <translation>すべてのパネルを最初の位置に戻す</translation>
        </message>
        <message>
            <source>&amp;Full screen</source>
            <translation>全画面(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>ヘルプ(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>キーボード ショートカット(&amp;K)</translation>
        </message>
        <message>
            <source>&amp;About lenet-gui</source>
            <translation>lenet-gui について(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Presentation mode</source>
            <translation>プレゼンテーション モード(&amp;P)</translation>
        </message>
        <message>
            <source>Large text and thick lines for a projector; the maps and the digit as large as the screen allows</source>
            <translation>プロジェクター向けに大きな文字と太い線。マップと数字を画面いっぱいに表示します</translation>
        </message>
        <message>
            <source>Export class set</source>
            <translation>クラスのデータセットを書き出す</translation>
        </message>
        <message>
            <source>Import class set</source>
            <translation>クラスのデータセットを読み込む</translation>
        </message>
        <message>
            <source>the per-user folder</source>
            <translation>ユーザーごとのフォルダー</translation>
        </message>
        <message>
            <source>lenet-gui cannot save in {where} ({problem}). Everything works, but settings and class-set drawings are kept only until you quit.</source>
            <translation>lenet-gui は {where} に保存できません（{problem}）。すべて動作しますが、設定とクラスのデータセットの描画は終了するまでしか保持されません。</translation>
        </message>
        <message>
            <source>Notice</source>
            <translation>お知らせ</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Hide this notice</source>
            <translation>このお知らせを隠す</translation>
        </message>
        <message>
            <source>Weights: {label}</source>
            <translation>重み：{label}</translation>
        </message>
        <message>
            <source>lr {value}</source>
            <translation>lr {value}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln steps</source>
            <translation>
                <numerusform>%Ln ステップ</numerusform>
            </translation>
        </message>
        <message>
            <source>The loss became {value}.</source>
            <translation>損失が {value} になりました。</translation>
        </message>
        <message>
            <source>An update (lr × gradient) overflowed to infinity and was undone.</source>
            <translation>更新量（lr × 勾配）が無限大にあふれたため、取り消しました。</translation>
        </message>
        <message>
            <source>Diverged</source>
            <translation>発散</translation>
        </message>
        <message>
            <source>Lower the learning rate (now {lr}) or reset the weights.</source>
            <translation>学習率（現在 {lr}）を下げるか、重みをリセットしてください。</translation>
        </message>
        <message>
            <source>Training diverged: reset the weights or lower the learning rate first.</source>
            <translation>学習が発散しました。まず重みをリセットするか、学習率を下げてください。</translation>
        </message>
        <message>
            <source>New lesson: loss history cleared, weights back to {label}.</source>
            <translation>新しい授業：損失の履歴を消去し、重みを {label} に戻しました。</translation>
        </message>
        <message>
            <source>Target not changed</source>
            <translation>目標値は変更されていません</translation>
        </message>
        <message>
            <source>Learning rate not changed</source>
            <translation>学習率は変更されていません</translation>
        </message>
        <message>
            <source>Architecture not changed</source>
            <translation>アーキテクチャは変更されていません</translation>
        </message>
        <message>
            <source>Could not open weights</source>
            <translation>重みを開けませんでした</translation>
        </message>
        <message>
            <source>Could not save weights</source>
            <translation>重みを保存できませんでした</translation>
        </message>
        <message>
            <source>Saved weights to {path}</source>
            <translation>重みを {path} に保存しました</translation>
        </message>
        <message>
            <source>Could not export the loss history</source>
            <translation>損失の履歴を書き出せませんでした</translation>
        </message>
        <message>
            <source>{name}: {problem}. The previous file, if any, is unchanged.</source>
            <translation>{name}：{problem}。以前のファイルがあれば、そのまま残っています。</translation>
        </message>
        <message>
            <source>Could not export the feature maps</source>
            <translation>特徴マップを書き出せませんでした</translation>
        </message>
        <message>
            <source>The picture could not be rendered.</source>
            <translation>画像を描画できませんでした。</translation>
        </message>
        <message>
            <source>Nothing to add</source>
            <translation>追加するものがありません</translation>
        </message>
        <message>
            <source>Draw a digit first.</source>
            <translation>まず数字を描いてください。</translation>
        </message>
        <message>
            <source>Choose a digit</source>
            <translation>数字を選んでください</translation>
        </message>
        <message>
            <source>Pick the digit you drew as the target (0–9); it becomes the label.</source>
            <translation>描いた数字を目標値（0–9）として選んでください。それがラベルになります。</translation>
        </message>
        <message>
            <source>Could not add the drawing</source>
            <translation>描画を追加できませんでした</translation>
        </message>
        <message>
            <source>The class set is empty: add drawings first (draw, pick the digit as target, press “Add drawing”).</source>
            <translation>クラスのデータセットが空です。まず描画を追加してください（描いて、数字を目標値に選び、「描画を追加」を押す）。</translation>
        </message>
        <message>
            <source>Deleted every drawing of the class set; “Undo delete all” brings them back.</source>
            <translation>クラスのデータセットの描画をすべて削除しました。「すべて削除を元に戻す」で復元できます。</translation>
        </message>
        <message>
            <source>Class set</source>
            <translation>クラスのデータ</translation>
        </message>
        <message>
            <source>Weights (*.safetensors *.pt *.pth);;All files (*)</source>
            <translation>重み (*.safetensors *.pt *.pth);;すべてのファイル (*)</translation>
        </message>
        <message>
            <source>Enter or Escape in a number box gives these keys back to the window.</source>
            <translation>数値欄で Enter または Esc を押すと、これらのキーがウィンドウに戻ります。</translation>
        </message>
        <message>
            <source>Could not load the drawing</source>
            <translation>描画を読み込めませんでした</translation>
        </message>
        <message>
            <source>That drawing is no longer in the class set.</source>
            <translation>その描画はもうクラスのデータセットにありません。</translation>
        </message>
        <message>
            <source>Every drawing is held out</source>
            <translation>すべての描画がテスト用に取り分けられています</translation>
        </message>
        <message>
            <source>All the drawings are held out for testing: add more drawings, or untick “Hold out” in the Evaluation panel.</source>
            <translation>すべての描画がテスト用に取り分けられています。描画を追加するか、「評価」パネルの「テスト用に取り分ける」のチェックを外してください。</translation>
        </message>
        <message>
            <source>The class set is empty</source>
            <translation>クラスのデータセットが空です</translation>
        </message>
        <message>
            <source>Add some drawings first: draw, pick the digit as target, press Add.</source>
            <translation>まず描画を追加してください：描いて、数字を目標値に選び、「追加」を押します。</translation>
        </message>
        <message numerus="yes">
            <source>Trained %n steps on the class set.</source>
            <translation>
                <numerusform>クラスのデータセットで %n ステップ学習しました。</numerusform>
            </translation>
        </message>
        <message>
            <source>Open weights</source>
            <translation>重みを開く</translation>
        </message>
        <message>
            <source>Save weights</source>
            <translation>重みを保存</translation>
        </message>
        <message>
            <source>Random weights</source>
            <translation>ランダムな重み</translation>
        </message>
        <message>
            <source>Seed (same seed, same weights on every laptop):</source>
            <translation>シード（同じシードならどの PC でも同じ重み）：</translation>
        </message>
        <message>
            <source>Already importing</source>
            <translation>すでに読み込み中です</translation>
        </message>
        <message>
            <source>Wait for the import that is running, or cancel it.</source>
            <translation>実行中の読み込みが終わるのを待つか、キャンセルしてください。</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n drawings</source>
            <translation>
                <numerusform>%n 枚の描画を読み込みました</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n were already there</source>
            <translation>
                <numerusform>（%n 枚はすでにありました）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; skipped %n damaged ones</source>
            <translation>
                <numerusform>（破損した %n 枚は飛ばしました）</numerusform>
            </translation>
        </message>
        <message>
            <source>.</source>
            <translation>。</translation>
        </message>
        <message>
            <source>Could not import the class set</source>
            <translation>クラスのデータセットを読み込めませんでした</translation>
        </message>
        <message>
            <source>Could not export the class set</source>
            <translation>クラスのデータセットを書き出せませんでした</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n drawings to {name}.</source>
            <translation>
                <numerusform>%n 枚の描画を {name} に書き出しました。</numerusform>
            </translation>
        </message>
        <message>
            <source> or </source>
            <translation> または </translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>キーボード ショートカット</translation>
        </message>
        <message>
            <source>About lenet-gui</source>
            <translation>lenet-gui について</translation>
        </message>
        <message>
            <source>Draw a digit and watch the LeNet of the PyTorch tutorial “Neural Networks” see it and learn.</source>
            <translation>数字を描いて、PyTorch チュートリアル「Neural Networks」の LeNet がそれをどう見て学ぶかを観察しましょう。</translation>
        </message>
        <message>
            <source>Bundled weights were trained on MNIST digits (CC BY-SA 3.0).</source>
            <translation>付属の重みは MNIST の数字で学習したものです（CC BY-SA 3.0）。</translation>
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
            <translation>予測：{digit}</translation>
        </message>
        <message>
            <source>output {digit}: {value}</source>
            <translation>出力 {digit}：{value}</translation>
        </message>
        <message>
            <source> (target {value})</source>
            <translation>（目標値 {value}）</translation>
        </message>
        <message>
            <source>target</source>
            <translation>目標値</translation>
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
            <translation>別の入力サイズを試してみましょう：なぜチュートリアルは 32×32 なのでしょう？</translation>
        </message>
        <message>
            <source>The shapes a square input of this size would go through</source>
            <translation>このサイズの正方形の入力がたどる形状</translation>
        </message>
        <message>
            <source>What if the input were</source>
            <translation>もし入力が</translation>
        </message>
        <message>
            <source>square?</source>
            <translation>の正方形だったら？</translation>
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
            <translation>入力は {path} と変化したので、各画像は {laid} 個の値として {name} に届きますが、{name} は {wanted} 個用に作られています。{side}×{side} の入力なら {good} として届きます。</translation>
        </message>
        <message>
            <source>The input went {path}, so each image reaches {name} as {laid} values, but {name} was built for {wanted}.</source>
            <translation>入力は {path} と変化したので、各画像は {laid} 個の値として {name} に届きますが、{name} は {wanted} 個用に作られています。</translation>
        </message>
        <message>
            <source>The input went {path}: a {h}×{w} map is smaller than the {k_h}×{k_w} kernel of {name}.</source>
            <translation>入力は {path} と変化しました：{h}×{w} のマップは {name} の {k_h}×{k_w} カーネルより小さいのです。</translation>
        </message>
        <message>
            <source>The input went {path}: a {h}×{w} map is too small for the pooling window.</source>
            <translation>入力は {path} と変化しました：{h}×{w} のマップはプーリングの窓には小さすぎます。</translation>
        </message>
    </context>
    <context>
        <name>Stages</name>
        <message>
            <source>The 32×32 image the net sees: one batch, one channel (grayscale).</source>
            <translation>ネットワークが見る 32×32 の画像：バッチ 1、チャンネル 1（グレースケール）。</translation>
        </message>
        <message>
            <source>{op}   (line {line})</source>
            <translation>{op}   （{line} 行目）</translation>
        </message>
        <message>
            <source>{c_out} filters of {c_in}×{k_h}×{k_w} slide over the input: each output side shrinks by {shrink}.</source>
            <translation>{c_in}×{k_h}×{k_w} のフィルター {c_out} 個が入力の上をスライドします：出力の各辺は {shrink} 小さくなります。</translation>
        </message>
        <message>
            <source>relu keeps positive values and sets negative ones to 0 — no parameters.</source>
            <translation>relu は正の値をそのまま残し、負の値を 0 にします — パラメータはありません。</translation>
        </message>
        <message>
            <source>{name} keeps one value of every window: each side shrinks (rounded down).</source>
            <translation>{name} は窓ごとに 1 つの値を残します（プーリング）：各辺が小さくなります（切り捨て）。</translation>
        </message>
        <message>
            <source>view lays the {c} channels of {h}×{w} end to end: {c} × {h} × {w} = {n} values in one row for the next layer. Only a 32×32 input gives exactly this many.</source>
            <translation>view は {h}×{w} の {c} チャンネルを一列に並べます：{c} × {h} × {w} = {n} 個の値が次の層への 1 行になります。ちょうどこの数になるのは 32×32 の入力だけです。</translation>
        </message>
        <message>
            <source>y = x·Wᵀ + b: {inputs} inputs × {outputs} outputs + {outputs} biases = {count} parameters.</source>
            <translation>y = x·Wᵀ + b：入力 {inputs} × 出力 {outputs} + バイアス {outputs} = パラメータ {count} 個。</translation>
        </message>
        <message>
            <source>{name} gives shape {shape}.</source>
            <translation>{name} の出力の形状は {shape} です。</translation>
        </message>
        <message>
            <source>your drawing</source>
            <translation>あなたの描画</translation>
        </message>
        <message>
            <source>cropped</source>
            <translation>切り抜き</translation>
        </message>
        <message>
            <source>20 px</source>
            <translation>20 px</translation>
        </message>
        <message>
            <source>centred 28×28</source>
            <translation>中央寄せ 28×28</translation>
        </message>
        <message>
            <source>padded 32×32</source>
            <translation>パディング 32×32</translation>
        </message>
        <message>
            <source>{side}×{side}: stage {index} {name} ({op}, line {line}) raised: “{message}”.</source>
            <translation>{side}×{side}：段階 {index} {name}（{op}、{line} 行目）でエラー：“{message}”。</translation>
        </message>
        <message>
            <source>{side}×{side}: {path}</source>
            <translation>{side}×{side}：{path}</translation>
        </message>
        <message>
            <source>, and {op} gives {name} {count} values per image</source>
            <translation>、{op} により {name} には画像ごとに {count} 個の値が渡ります</translation>
        </message>
        <message>
            <source>; out come {count} scores.</source>
            <translation>。出力されるスコアは {count} 個です。</translation>
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
            <translation>ランダム（チュートリアル）</translation>
        </message>
        <message>
            <source>custom…</source>
            <translation>カスタム…</translation>
        </message>
        <message>
            <source>Target value for output {digit}</source>
            <translation>出力 {digit} の目標値</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>目標値</translation>
        </message>
        <message>
            <source>Learning rate</source>
            <translation>学習率</translation>
        </message>
        <message>
            <source>What the network should output (the target of the MSE loss):
0–9: a one-hot vector, 1 for that digit and 0 elsewhere;
random (tutorial): the tutorial's torch.randn(10) target, seeded;
custom…: type ten numbers yourself.</source>
            <translation>ネットワークが出力すべき値（損失関数 MSE の目標値）：
0–9：その数字だけ 1、ほかは 0 の one-hot ベクトル
ランダム（チュートリアル）：チュートリアルの torch.randn(10)（シード固定）
カスタム…：10 個の数を自分で入力</translation>
        </message>
        <message>
            <source>Learning rate: how far optimizer.step() moves each weight against its gradient
(w ← w − lr·grad). Type any number (e.g. {example} or 1e-3); the arrows step 1-2-5.
Too large and the loss explodes.</source>
            <translation>学習率：optimizer.step() が各重みを勾配と逆向きにどれだけ動かすか
（w ← w − lr·grad）。任意の数を入力できます（例：{example} や 1e-3）。矢印は 1-2-5 刻みです。
大きすぎると損失が爆発します。</translation>
        </message>
        <message>
            <source>Backprop step</source>
            <translation>誤差逆伝播</translation>
        </message>
        <message>
            <source>One training step, the tutorial's five lines:
optimizer.zero_grad(); output = net(input); loss = criterion(output, target);
loss.backward(); optimizer.step()
Shortcut: Space</source>
            <translation>学習を 1 ステップ、チュートリアルの 5 行：
optimizer.zero_grad(); output = net(input); loss = criterion(output, target);
loss.backward(); optimizer.step()
ショートカット：Space</translation>
        </message>
        <message>
            <source>Ten backprop steps in a row</source>
            <translation>誤差逆伝播を 10 ステップ続けて</translation>
        </message>
        <message>
            <source>Reset weights</source>
            <translation>重みをリセット</translation>
        </message>
        <message>
            <source>Put every weight back to where it was before training</source>
            <translation>すべての重みを学習前の値に戻す</translation>
        </message>
        <message>
            <source>zero_grad before each step</source>
            <translation>各ステップの前に zero_grad</translation>
        </message>
        <message>
            <source>Run optimizer.zero_grad() before each step. When off, loss.backward() adds the new
gradients to the old ones, so they add up step after step and the updates grow.</source>
            <translation>各ステップの前に optimizer.zero_grad() を実行します。オフにすると loss.backward() は新しい
勾配を古い勾配に足すので、ステップごとに積み重なり、更新量が大きくなります。</translation>
        </message>
        <message>
            <source>The target each backprop step trains the output toward; change it with Target above</source>
            <translation>誤差逆伝播の各ステップで出力を近づける目標値。上の「目標値」で変更できます</translation>
        </message>
        <message>
            <source>The MSE loss of the last step, mean of (output − target)²;
— until a step is taken with the current weights</source>
            <translation>最後のステップの MSE 損失、(出力 − 目標値)² の平均。
現在の重みでまだステップを実行していなければ —</translation>
        </message>
        <message>
            <source>How many backprop steps have been taken</source>
            <translation>実行した誤差逆伝播のステップ数</translation>
        </message>
        <message>
            <source>loss —</source>
            <translation>損失 —</translation>
        </message>
        <message>
            <source>loss {value}</source>
            <translation>損失 {value}</translation>
        </message>
        <message>
            <source>loss: diverged ({value})</source>
            <translation>損失：発散（{value}）</translation>
        </message>
        <message>
            <source>step {count}</source>
            <translation>ステップ {count}</translation>
        </message>
        <message>
            <source>Unknown target {spec}: choose a digit, random or custom.</source>
            <translation>不明な目標値 {spec}：数字、ランダム、カスタムのいずれかを選んでください。</translation>
        </message>
        <message>
            <source>random</source>
            <translation>ランダム</translation>
        </message>
        <message>
            <source>custom</source>
            <translation>カスタム</translation>
        </message>
        <message>
            <source>→ target {spec}</source>
            <translation>→ 目標値 {spec}</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>一時停止</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>再生</translation>
        </message>
        <message>
            <source>Stop stepping</source>
            <translation>ステップを止める</translation>
        </message>
        <message>
            <source>Keep taking backprop steps until paused</source>
            <translation>一時停止するまで誤差逆伝播のステップを続ける</translation>
        </message>
        <message>
            <source>A custom target needs ten numbers, one for each digit 0–9.</source>
            <translation>カスタムの目標値には、数字 0–9 それぞれに 1 つずつ、10 個の数が必要です。</translation>
        </message>
        <message>
            <source>A custom target needs ten numbers; some of these are not numbers.</source>
            <translation>カスタムの目標値には 10 個の数が必要ですが、数でないものが含まれています。</translation>
        </message>
        <message>
            <source>A custom target needs exactly ten numbers, got {count}.</source>
            <translation>カスタムの目標値にはちょうど 10 個の数が必要です（{count} 個ありました）。</translation>
        </message>
        <message>
            <source>A custom target's numbers must be finite (no nan or inf).</source>
            <translation>カスタムの目標値は有限の数でなければなりません（nan や inf は不可）。</translation>
        </message>
        <message>
            <source>Custom target values must lie between −100 and 100.</source>
            <translation>カスタムの目標値は −100 から 100 の範囲でなければなりません。</translation>
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
            <translation>マウス、ペン、指で数字を描いてください</translation>
        </message>
        <message>
            <source>Draw a digit here</source>
            <translation>ここに数字を描く</translation>
        </message>
    </context>
</TS>
