<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>Arch</name>
    <message>
        <source>Tutorial net (3×3 kernels)</source>
        <translation>チュートリアルのネット（3×3 カーネル）</translation>
    </message>
    <message>
        <source>LeNet-5 (5×5 kernels)</source>
        <translation>LeNet-5（5×5 カーネル）</translation>
    </message>
</context>
<context>
    <name>AutogradGraphView</name>
    <message>
        <source>The backward graph PyTorch built for the last loss (loss.grad_fn and its next_functions). Click a node to see the code line that created it.</source>
        <translation>最後の損失に対して PyTorch が作った誤差逆伝播のグラフ（loss.grad_fn とその next_functions）。ノードをクリックすると、それを作ったコードの行が表示されます。</translation>
    </message>
    <message>
        <source>Step backward ▶</source>
        <translation>逆向きに 1 歩 ▶</translation>
    </message>
    <message>
        <source>Walk backward() one node at a time, in the order autograd ran it</source>
        <translation>autograd が実行した順に、backward() を 1 ノードずつたどる</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>最初から</translation>
    </message>
    <message>
        <source>Back to the loss, before backward() ran</source>
        <translation>backward() を実行する前の損失に戻る</translation>
    </message>
    <message>
        <source>Press Backprop step: the graph of its loss appears here.</source>
        <translation>「誤差逆伝播」を押すと、その損失のグラフがここに表示されます。</translation>
    </message>
    <message>
        <source>|gradient| summed over channels: where the loss is most sensitive</source>
        <translation>チャンネル方向に合計した |勾配|：損失が最も敏感な場所</translation>
    </message>
</context>
<context>
    <name>AutogradPresenter</name>
    <message>
        <source>The backward() of step {step}, as it ran: {n} nodes. Press “Step backward ▶” to follow it from the loss to every weight&apos;s .grad, in the order autograd ran it.</source>
        <translation>{step} ステップ目の backward()（実行されたとおり）：{n} ノード。「逆向きに 1 歩 ▶」を押すと、autograd が実行した順に、損失から各重みの .grad までたどれます。</translation>
    </message>
    <message>
        <source>No step has run on these weights yet: this is the backward() the next Backprop step will run, {n} nodes. Press “Step backward ▶” to follow it from the loss to every weight&apos;s .grad.</source>
        <translation>この重みではまだステップを実行していません。これは次の誤差逆伝播のステップが実行する backward() で、{n} ノードです。「逆向きに 1 歩 ▶」を押すと、損失から各重みの .grad までたどれます。</translation>
    </message>
    <message>
        <source>Back at the loss: press “Step backward ▶” again.</source>
        <translation>損失に戻りました。もう一度「逆向きに 1 歩 ▶」を押してください。</translation>
    </message>
    <message>
        <source>{step}/{total} · {param}.grad ← the gradient, shape {shape}, norm {norm}: optimizer.step() used it.</source>
        <translation>{step}/{total} · {param}.grad ← 勾配、形状 {shape}、ノルム {norm}：optimizer.step() がこれを使いました。</translation>
    </message>
    <message>
        <source>{step}/{total} · {param}.grad ← the gradient, shape {shape}, norm {norm}: optimizer.step() will use it.</source>
        <translation>{step}/{total} · {param}.grad ← 勾配（形状 {shape}、ノルム {norm}）：optimizer.step() がこれを使います。</translation>
    </message>
    <message>
        <source>{step}/{total} · {param}.grad: old norm {old} + this backward&apos;s contribution = new norm {new} (zero_grad is off, so it adds to the old one).</source>
        <translation>{step}/{total} · {param}.grad：以前のノルム {old} ＋ 今回の backward の寄与 ＝ 新しいノルム {new}（zero_grad がオフなので、古い勾配に足されます）。</translation>
    </message>
    <message>
        <source>{step}/{total} · {name}: the gradient of the loss with respect to its output arrives, shape {shape}, norm {norm}; it sends it on to its inputs.</source>
        <translation>{step}/{total} · {name}：出力に関する損失の勾配（形状 {shape}、ノルム {norm}）が届き、それを入力側へ送ります。</translation>
    </message>
    <message>
        <source>made by the forward stage {stage}</source>
        <translation>順伝播の段階 {stage} が作成</translation>
    </message>
    <message>
        <source>made by the training lines (the loss)</source>
        <translation>学習の行（損失）が作成</translation>
    </message>
    <message>
        <source>{node}: {where}.</source>
        <translation>{node}：{where}。</translation>
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
    <name>ClassSet</name>
    <message>
        <source>the file of drawing {id_} has disappeared</source>
        <translation>描画 {id_} のファイルがなくなっています</translation>
    </message>
    <message>
        <source>the file of drawing {id_} cannot be read ({problem})</source>
        <translation>描画 {id_} のファイルを読み込めません（{problem}）</translation>
    </message>
    <message>
        <source>Could not store the drawing: {problem}.</source>
        <translation>描画を保存できませんでした：{problem}。</translation>
    </message>
    <message>
        <source>Could not delete the drawing: {problem}.</source>
        <translation>描画を削除できませんでした：{problem}。</translation>
    </message>
    <message>
        <source>Could not relabel the drawing: {problem}.</source>
        <translation>描画のラベルを変更できませんでした：{problem}。</translation>
    </message>
    <message>
        <source>Could not delete the drawings: {problem}; none was deleted.</source>
        <translation>描画を削除できませんでした：{problem}。1 枚も削除していません。</translation>
    </message>
    <message>
        <source>There is no deletion to undo.</source>
        <translation>元に戻せる削除はありません。</translation>
    </message>
    <message>
        <source>Could not bring the drawings back: {problem}.</source>
        <translation>描画を復元できませんでした：{problem}。</translation>
    </message>
    <message>
        <source>“{path}” is a folder; choose a file name.</source>
        <translation>「{path}」はフォルダーです。ファイル名を選んでください。</translation>
    </message>
    <message>
        <source>Could not export to “{name}”: {problem}. The previous file, if any, is unchanged.</source>
        <translation>「{name}」に書き出せませんでした：{problem}。以前のファイルがあれば、そのまま残っています。</translation>
    </message>
    <message>
        <source>Could not import “{name}”: {problem}. Nothing was imported.</source>
        <translation>「{name}」を読み込めませんでした：{problem}。何も読み込んでいません。</translation>
    </message>
    <message>
        <source>“{name}” holds {count} files, more than a class set can (at most {most}); nothing was imported.</source>
        <translation>「{name}」には {count} 個のファイルがあり、クラスのデータセットの上限（{most} 個）を超えています。何も読み込んでいません。</translation>
    </message>
    <message>
        <source>“{name}” contains an unsafe file name {filename}; nothing was imported.</source>
        <translation>「{name}」には安全でないファイル名 {filename} が含まれています。何も読み込んでいません。</translation>
    </message>
    <message>
        <source>“{name}” is too large to be a class set; nothing was imported.</source>
        <translation>「{name}」はクラスのデータセットとしては大きすぎます。何も読み込んでいません。</translation>
    </message>
    <message>
        <source>The import of “{name}” was cancelled; nothing was imported.</source>
        <translation>「{name}」の読み込みをキャンセルしました。何も読み込んでいません。</translation>
    </message>
    <message>
        <source>“{name}” holds more than {MAX_IMPORT_PIXELS:,} pixels of drawings, far more than a class set; nothing was imported.</source>
        <translation>「{name}」の描画は {MAX_IMPORT_PIXELS:,} ピクセルを超えており、クラスのデータセットとしては多すぎます。何も読み込んでいません。</translation>
    </message>
    <message>
        <source>it was not a regular file</source>
        <translation>通常のファイルではありませんでした</translation>
    </message>
    <message>
        <source>it was {size} bytes, far more than an index</source>
        <translation>{size} バイトもあり、索引としては大きすぎました</translation>
    </message>
    <message>
        <source>The class set&apos;s index ({problem})</source>
        <translation>クラスのデータセットの索引（{problem}）</translation>
    </message>
    <message>
        <source>the index was rebuilt from the drawings</source>
        <translation>索引は描画から作り直しました</translation>
    </message>
    <message>
        <source>not a PNG image</source>
        <translation>PNG 画像ではありません</translation>
    </message>
    <message>
        <source>the image is empty ({w}×{h} pixels)</source>
        <translation>画像が空です（{w}×{h} ピクセル）</translation>
    </message>
    <message>
        <source>the image is too large ({w}×{h} pixels; at most {max_pixels:,})</source>
        <translation>画像が大きすぎます（{w}×{h} ピクセル。上限 {max_pixels:,}）</translation>
    </message>
    <message>
        <source>the image is damaged ({kind}: {value})</source>
        <translation>画像が破損しています（{kind}：{value}）</translation>
    </message>
    <message>
        <source>a label must be a digit 0–9 as an int, got {label}</source>
        <translation>ラベルは 0–9 の数字（int）でなければなりません（受け取った値：{label}）</translation>
    </message>
    <message>
        <source>a label must be a digit from 0 to 9, got {label}</source>
        <translation>ラベルは 0 から 9 の数字でなければなりません（受け取った値：{label}）</translation>
    </message>
    <message>
        <source>a drawing must be a numpy array, got {kind}</source>
        <translation>描画は numpy 配列でなければなりません（受け取った型：{kind}）</translation>
    </message>
    <message>
        <source>a drawing must be uint8 gray levels 0–255, got dtype {dtype}</source>
        <translation>描画は uint8 の濃淡 0–255 でなければなりません（dtype：{dtype}）</translation>
    </message>
    <message>
        <source>a drawing must be a non-empty 2-D array, got shape {shape}</source>
        <translation>描画は空でない 2 次元配列でなければなりません（形状：{shape}）</translation>
    </message>
    <message>
        <source>it is not valid JSON</source>
        <translation>正しい JSON ではありません</translation>
    </message>
    <message>
        <source>it has no list of entries</source>
        <translation>項目のリストがありません</translation>
    </message>
    <message>
        <source>an entry has no id or creation time</source>
        <translation>ID または作成日時のない項目があります</translation>
    </message>
    <message>
        <source>an entry has an impossible creation time {value}</source>
        <translation>ありえない作成日時 {value} の項目があります</translation>
    </message>
    <message>
        <source>There is no file “{path}”.</source>
        <translation>ファイル「{path}」はありません。</translation>
    </message>
    <message>
        <source>“{name}” cannot be read: {problem}.</source>
        <translation>「{name}」を読み込めません：{problem}。</translation>
    </message>
    <message>
        <source>“{name}” is not a regular file; choose a zip file.</source>
        <translation>「{name}」は通常のファイルではありません。zip ファイルを選んでください。</translation>
    </message>
    <message>
        <source>“{name}” is {value:,.0f} MB, too large to be a class set.</source>
        <translation>「{name}」は {value:,.0f} MB あり、クラスのデータセットとしては大きすぎます。</translation>
    </message>
    <message>
        <source>“{name}” has a file name that is not valid UTF-8 although the zip says it is; nothing was imported.</source>
        <translation>「{name}」には、zip が UTF-8 と宣言しているのに正しい UTF-8 でないファイル名があります。何も読み込んでいません。</translation>
    </message>
    <message>
        <source>“{name}” is not a readable zip file ({value}).</source>
        <translation>「{name}」は読み込める zip ファイルではありません（{value}）。</translation>
    </message>
    <message>
        <source>“{name}” is not a readable zip file (its ZIP64 record is missing).</source>
        <translation>「{name}」は読み込める zip ファイルではありません（ZIP64 レコードがありません）。</translation>
    </message>
    <message>
        <source>“{name}” is not a readable zip file (its ZIP64 record is damaged).</source>
        <translation>「{name}」は読み込める zip ファイルではありません（ZIP64 レコードが破損しています）。</translation>
    </message>
    <message>
        <source>“{name}” lists {entries:,} files, more than a class set can (at most {most}); nothing was imported.</source>
        <translation>「{name}」には {entries:,} 個のファイルが記載されており、クラスのデータセットの上限（{most} 個）を超えています。何も読み込んでいません。</translation>
    </message>
    <message>
        <source>“{name}” is not a regular file</source>
        <translation>「{name}」は通常のファイルではありません</translation>
    </message>
    <message>
        <source>“{name}” is {size:,} bytes, more than {limit:,}</source>
        <translation>「{name}」は {size:,} バイトあり、上限の {limit:,} を超えています</translation>
    </message>
    <message>
        <source>“{folder}” was not a folder</source>
        <translation>「{folder}」はフォルダーではありませんでした</translation>
    </message>
    <message>
        <source>an empty class set was started</source>
        <translation>空のクラスのデータセットで始めました</translation>
    </message>
    <message>
        <source>{what}; it could not be moved aside ({problem}) and is ignored, {then}.</source>
        <translation>{what}。退避できなかった（{problem}）ため無視し、{then}。</translation>
    </message>
    <message>
        <source>{what}; it was moved to “{target}”, {then}.</source>
        <translation>{what}。「{target}」に移動し、{then}。</translation>
    </message>
</context>
<context>
    <name>ClassSetBrowser</name>
    <message>
        <source>The class set is empty.

Draw a digit, choose that digit as the target,
then press “Add drawing” to keep it here.
With a few drawings of each digit you can train on them.</source>
        <translation>クラスのデータセットは空です。

数字を描き、その数字を目標値に選んでから
「描画を追加」を押すと、ここに保存されます。
各数字の描画がいくつかあれば、それで学習できます。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln drawings</source>
        <translation>
            <numerusform>描画 %Ln 枚</numerusform>
        </translation>
    </message>
    <message>
        <source>The class&apos;s drawings with their labels. Double-click one to put it on the canvas; Delete removes the selected one.</source>
        <translation>クラスの描画とそのラベル。ダブルクリックするとキャンバスに置かれます。Delete で選択中の描画を削除します。</translation>
    </message>
    <message>
        <source>How many drawings of each digit the class set holds</source>
        <translation>クラスのデータセットにある各数字の描画の枚数</translation>
    </message>
    <message>
        <source>Add drawing</source>
        <translation>描画を追加</translation>
    </message>
    <message>
        <source>Store the current drawing in the class set, labelled with the selected target digit</source>
        <translation>現在の描画を、選んだ目標値の数字をラベルにしてクラスのデータセットに保存する</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove the selected drawing from the class set</source>
        <translation>選択中の描画をクラスのデータセットから削除する</translation>
    </message>
    <message>
        <source>The label of the selected drawing; choose another digit to relabel it</source>
        <translation>選択中の描画のラベル。別の数字を選ぶとラベルが変わります</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source> epochs</source>
        <translation> エポック</translation>
    </message>
    <message>
        <source>How many times to go through every drawing of the class set</source>
        <translation>クラスのデータセットのすべての描画を何回繰り返して学習するか</translation>
    </message>
    <message>
        <source>Training progress over the class set</source>
        <translation>クラスのデータセットでの学習の進み具合</translation>
    </message>
    <message>
        <source>Delete all…</source>
        <translation>すべて削除…</translation>
    </message>
    <message>
        <source>Remove every drawing of the class set, for a new class (asks first; can be undone)</source>
        <translation>新しいクラスのために、クラスのデータセットの描画をすべて削除する（確認あり、元に戻せます）</translation>
    </message>
    <message>
        <source>Undo delete all</source>
        <translation>すべて削除を元に戻す</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>読み込みをキャンセル</translation>
    </message>
    <message>
        <source>Stop importing; nothing of that file is kept</source>
        <translation>読み込みを止めます。そのファイルからは何も残りません</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>書き出し…</translation>
    </message>
    <message>
        <source>Save the class set as a zip file to share or keep</source>
        <translation>クラスのデータセットを zip ファイルに保存して、共有・保管する</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>読み込み…</translation>
    </message>
    <message>
        <source>Add the drawings of a class-set zip file</source>
        <translation>クラスのデータセットの zip ファイルから描画を追加する</translation>
    </message>
    <message>
        <source>Importing %v / %m</source>
        <translation>読み込み中 %v / %m</translation>
    </message>
    <message>
        <source>Stop training</source>
        <translation>学習を止める</translation>
    </message>
    <message>
        <source>Train on class set</source>
        <translation>クラスのデータで学習</translation>
    </message>
    <message>
        <source>Stop training on the class set</source>
        <translation>クラスのデータセットでの学習を止める</translation>
    </message>
    <message>
        <source>Train the network on every drawing of the class set (one-hot targets, the tutorial&apos;s MSE loss and SGD), for the chosen number of epochs</source>
        <translation>クラスのデータセットのすべての描画でネットワークを学習させます（one-hot の目標値、チュートリアルの損失関数 MSE と SGD）。回数は選んだエポック数です</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>削除を元に戻す</translation>
    </message>
    <message>
        <source>Bring back the drawing just deleted (Ctrl+Z in the list)</source>
        <translation>いま削除した描画を復元（一覧で Ctrl+Z）</translation>
    </message>
    <message>
        <source>Bring back the drawings removed by “Delete all” (Ctrl+Z in the list)</source>
        <translation>「すべて削除」で消した描画を復元（一覧で Ctrl+Z）</translation>
    </message>
    <message>
        <source>{label} test</source>
        <translation>{label} テスト</translation>
    </message>
    <message>
        <source>labelled {label}; held out for testing, never trained on; double-click to put it on the canvas</source>
        <translation>ラベル {label}。テスト用に取り分けてあり、学習には使いません。ダブルクリックでキャンバスに置きます</translation>
    </message>
    <message>
        <source>labelled {label}; double-click to put it on the canvas</source>
        <translation>ラベル {label}。ダブルクリックでキャンバスに置きます</translation>
    </message>
    <message>
        <source>Delete all drawings</source>
        <translation>すべての描画を削除</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %Ln drawings of the class set?</source>
        <translation>
            <numerusform>クラスのデータセットの描画 %Ln 枚をすべて削除しますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>“Undo delete all” brings them back until the app is closed.</source>
        <translation>アプリを閉じるまでは「すべて削除を元に戻す」で復元できます。</translation>
    </message>
    <message>
        <source>Delete all</source>
        <translation>すべて削除</translation>
    </message>
    <message>
        <source>this drawing&apos;s file is damaged; it is left out of training</source>
        <translation>この描画のファイルは破損しているため、学習には使いません</translation>
    </message>
</context>
<context>
    <name>ClassSetEvaluation</name>
    <message>
        <source>Hold out {percent} for testing</source>
        <translation>{percent} をテスト用に取り分ける</translation>
    </message>
    <message>
        <source>Keep about one drawing in five out of “Train on class set” (always the same ones), so the evaluation shows how well the net does on drawings it never learned from</source>
        <translation>「クラスのデータで学習」から約 5 枚に 1 枚（毎回同じもの）を外し、学習していない描画でネットワークがどれだけ正しく認識できるかを評価で確かめます</translation>
    </message>
    <message>
        <source>Evaluating %v / %m</source>
        <translation>評価中 %v / %m</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全体</translation>
    </message>
    <message>
        <source>Accuracy for each digit: the share of its drawings the net recognised</source>
        <translation>数字ごとの正解率：その数字の描画のうちネットワークが正しく認識した割合</translation>
    </message>
    <message>
        <source>Row: the true digit. Column: what the net said. The diagonal (green) is right; red cells are mistakes, darker for more.</source>
        <translation>行：正しい数字。列：ネットワークの答え。対角線（緑）は正解、赤いマスは間違いで、多いほど濃くなります。</translation>
    </message>
    <message>
        <source>true {digit}</source>
        <translation>正解 {digit}</translation>
    </message>
    <message>
        <source>The drawings the net got wrong, most confident mistakes first; click one to put it on the canvas</source>
        <translation>ネットワークが間違えた描画（自信の強い間違いから順に）。クリックするとキャンバスに置かれます</translation>
    </message>
    <message>
        <source>Stop evaluating</source>
        <translation>評価を止める</translation>
    </message>
    <message>
        <source>Evaluate on class set</source>
        <translation>クラスのデータで評価</translation>
    </message>
    <message>
        <source>Stop the evaluation</source>
        <translation>評価を止める</translation>
    </message>
    <message>
        <source>Run the current net on every drawing of the class set: accuracy per digit, which digits it confuses, and the drawings it gets wrong</source>
        <translation>クラスのデータセットのすべての描画を今のネットワークに通します：数字ごとの正解率、取り違えた数字、間違えた描画</translation>
    </message>
    <message>
        <source>The class set has changed since: press “Evaluate on class set” again.</source>
        <translation>その後クラスのデータセットが変わりました。もう一度「クラスのデータで評価」を押してください。</translation>
    </message>
    <message>
        <source>Press “Evaluate on class set” to see how well the current net recognises the class&apos;s drawings.</source>
        <translation>「クラスのデータで評価」を押すと、今のネットワークがクラスの描画をどれだけ認識できるかがわかります。</translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} drawings are held out for testing (marked “test” in the Class set list): “Train on class set” never trains on them.</source>
        <translation>
            <numerusform>{total} 枚のうち %n 枚をテスト用に取り分けています（「クラスの描画」の一覧で「テスト」と表示）。「クラスのデータで学習」はこれらを使いません。</numerusform>
        </translation>
    </message>
    <message>
        <source>trained on</source>
        <translation>学習に使用</translation>
    </message>
    <message>
        <source>held out</source>
        <translation>テスト用</translation>
    </message>
    <message>
        <source>all drawings</source>
        <translation>すべての描画</translation>
    </message>
    <message>
        <source>: </source>
        <translation>：</translation>
    </message>
    <message numerus="yes">
        <source>(%n damaged drawings left out)</source>
        <translation>
            <numerusform>（破損した描画 %n 枚を除外）</numerusform>
        </translation>
    </message>
    <message>
        <source>{right} of {total} recognised</source>
        <translation>{total} 枚中 {right} 枚を認識</translation>
    </message>
    <message>
        <source>no drawing</source>
        <translation>描画なし</translation>
    </message>
    <message numerus="yes">
        <source>%n drawings misclassified</source>
        <translation>
            <numerusform>誤認識した描画 %n 枚</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n of them named no digit)</source>
        <translation>
            <numerusform>（うち %n 枚は数字を答えず）</numerusform>
        </translation>
    </message>
    <message>
        <source> (the {count} most confident listed)</source>
        <translation>（自信の強い {count} 枚を表示）</translation>
    </message>
    <message>
        <source>: click one to put it on the canvas.</source>
        <translation>：クリックするとキャンバスに置かれます。</translation>
    </message>
    <message>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <source>no digit (no single largest output: nan or ±inf)</source>
        <translation>数字なし（最大の出力が 1 つに決まらない：nan または ±inf）</translation>
    </message>
    <message>
        <source>true {digit} → said {said}</source>
        <translation>正解 {digit} → 答え {said}</translation>
    </message>
    <message>
        <source>   · held out</source>
        <translation>   · テスト用</translation>
    </message>
    <message>
        <source>Click to put this drawing on the canvas</source>
        <translation>クリックするとこの描画をキャンバスに置きます</translation>
    </message>
    <message>
        <source>{percent} ({right} of {total})</source>
        <translation>{percent}（{total} 枚中 {right} 枚）</translation>
    </message>
    <message numerus="yes">
        <source>%n drawings of {true} recognised as {said}</source>
        <translation>
            <numerusform>{true} の描画 %n 枚を {said} と認識</numerusform>
        </translation>
    </message>
    <message>
        <source>Evaluation stopped.</source>
        <translation>評価を止めました。</translation>
    </message>
    <message>
        <source>The evaluation failed ({kind}: {problem}).</source>
        <translation>評価に失敗しました（{kind}：{problem}）。</translation>
    </message>
</context>
<context>
    <name>ClassSetImport</name>
    <message>
        <source>Could not import “{name}” ({kind}: {problem}). Nothing was imported.</source>
        <translation>「{name}」を読み込めませんでした（{kind}：{problem}）。何も読み込んでいません。</translation>
    </message>
</context>
<context>
    <name>ClassSetWorkflow</name>
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
        <source>Deleted one drawing; “Undo delete” (Ctrl+Z in the list) brings it back.</source>
        <translation>描画を 1 枚削除しました。「削除を元に戻す」（一覧で Ctrl+Z）で復元できます。</translation>
    </message>
    <message>
        <source>Class set</source>
        <translation>クラスの描画</translation>
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
</context>
<context>
    <name>CodeView</name>
    <message>
        <source>The file this code is read from: open it in an editor to change the net.</source>
        <translation>このコードを読み込んでいるファイル。エディターで開くとネットワークを変更できます。</translation>
    </message>
    <message>
        <source>print(net): the layers as this net really built them</source>
        <translation>print(net)：このネットワークが実際に作った層</translation>
    </message>
    <message>
        <source>The code the net runs. Highlighted: the line that produced what you are looking at, or the training step that just ran.</source>
        <translation>ネットワークが実行するコード。強調表示は、いま見ているものを作った行、または直前に実行した学習ステップです。</translation>
    </message>
    <message>
        <source>zero_grad on</source>
        <translation>zero_grad オン</translation>
    </message>
    <message>
        <source>zero_grad OFF: the marked line is skipped, gradients add up</source>
        <translation>zero_grad オフ：印の行は飛ばされ、勾配が積み重なります</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Training diverged: reset the weights or lower the learning rate first.</source>
        <translation>学習が発散しました。先に重みをリセットするか、学習率を下げてください。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong</source>
        <translation>問題が発生しました</translation>
    </message>
    <message>
        <source>Something went wrong inside lenet-gui:</source>
        <translation>lenet-gui の内部で問題が発生しました：</translation>
    </message>
    <message>
        <source>The details were written to:</source>
        <translation>詳細は次のファイルに書き込みました：</translation>
    </message>
    <message>
        <source>The details could not be written to a log file ({problem}).</source>
        <translation>詳細をログファイルに書き込めませんでした（{problem}）。</translation>
    </message>
    <message>
        <source>lenet-gui keeps running; you can carry on.</source>
        <translation>lenet-gui は動き続けています。このまま続けられます。</translation>
    </message>
</context>
<context>
    <name>ExceptionHandler</name>
    <message numerus="yes">
        <source>(This happened %n times.)</source>
        <translation>
            <numerusform>（%n 回発生しました）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more different errors were only written to the log.</source>
        <translation>
            <numerusform>ほかに %n 件の別のエラーはログにだけ書き込みました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <source>no stage {stage}: the stages are {value}</source>
        <translation>段階 {stage} はありません。段階は {value} です</translation>
    </message>
    <message>
        <source>{stage} has shape {value} (without the batch): no element {index}</source>
        <translation>{stage} の形状は {value}（バッチを除く）です。要素 {index} はありません</translation>
    </message>
    <message>
        <source>The input pixel at row {row}, column {col}: {value:.4g} (0 = dark background, 1 = full ink).</source>
        <translation>入力の {row} 行 {col} 列の画素：{value:.4g}（0 = 暗い背景、1 = インクいっぱい）。</translation>
    </message>
    <message>
        <source>{stage}: the trace does not say which stage it read from</source>
        <translation>{stage}：どの段階から読み込んだかがトレースに記録されていません</translation>
    </message>
    <message>
        <source>{op} gave {value:.4g} here; the app does not spell out {name} yet.</source>
        <translation>{op} はここで {value:.4g} を出しました。{name} の詳しい説明はまだありません。</translation>
    </message>
    <message>
        <source>Against the target {target:.4g}, its MSE term is ({value:.4g} − {target:.4g})² = {term:.4g}: {share:.0%} of the loss (the mean of the {count} terms, {mean:.4g}).</source>
        <translation>目標値 {target:.4g} に対する MSE の項は ({value:.4g} − {target:.4g})² = {term:.4g}：損失（{count} 項の平均 {mean:.4g}）の {share:.0%} です。</translation>
    </message>
    <message>
        <source>{key}: only convolutions without padding or dilation are spelled out</source>
        <translation>{key}：パディングや膨張のない畳み込みだけを詳しく説明します</translation>
    </message>
    <message>
        <source>{name} slides a {k_h}×{k_w} filter over all {channels} channels of {src}. At row {row}, column {col} of output channel {c}: for each input channel, the {k_h}×{k_w} patch × kernel {c}, summed ({sums}); Σ = {total:.6g}, + bias {bias:.4g} = {value:.6g}.</source>
        <translation>畳み込み層 {name} は {k_h}×{k_w} のフィルターを {src} の全 {channels} チャンネルの上でスライドさせます。出力チャンネル {c} の {row} 行 {col} 列：入力チャンネルごとに {k_h}×{k_w} の領域 × カーネル {c} を合計（{sums}）。Σ = {total:.6g}、＋ バイアス {bias:.4g} = {value:.6g}。</translation>
    </message>
    <message>
        <source>{name} slides a {k_h}×{k_w} filter over the {channels} channel of {src}. At row {row}, column {col} of output channel {c}: the {k_h}×{k_w} patch × kernel {c}, summed ({sums}); Σ = {total:.6g}, + bias {bias:.4g} = {value:.6g}.</source>
        <translation>畳み込み層 {name} は {k_h}×{k_w} のフィルターを {src} の {channels} チャンネルの上でスライドさせます。出力チャンネル {c} の {row} 行 {col} 列：{k_h}×{k_w} の領域 × カーネル {c} を合計（{sums}）。Σ = {total:.6g}、＋ バイアス {bias:.4g} = {value:.6g}。</translation>
    </message>
    <message>
        <source>ReLU is max(x, 0): x = {x:.6g} from {src}; it is positive, so it passes: {value:.6g}.</source>
        <translation>ReLU は max(x, 0)：{src} からの x = {x:.6g} は正なので、そのまま通ります：{value:.6g}。</translation>
    </message>
    <message>
        <source>ReLU is max(x, 0): x = {x:.6g} from {src}; it is not positive, so it becomes 0: {value:.6g}.</source>
        <translation>ReLU は max(x, 0)：{src} からの x = {x:.6g} は正でないので 0 になります：{value:.6g}。</translation>
    </message>
    <message>
        <source>{key}: only max pooling is spelled out</source>
        <translation>{key}：最大値プーリングだけを詳しく説明します</translation>
    </message>
    <message>
        <source>max_pool2d keeps the largest of each {kh}×{kw} window of {src}: the window at rows {top}–{bottom}, columns {left}–{right} of channel {c} holds {cells}; the largest is {value:.6g} (row {row}, column {col}).</source>
        <translation>max_pool2d（プーリング）は {src} の {kh}×{kw} の窓ごとに最大値を残します：チャンネル {c} の {top}–{bottom} 行、{left}–{right} 列の窓には {cells} があり、最大値は {value:.6g}（{row} 行 {col} 列）です。</translation>
    </message>
    <message>
        <source>view lays the {dims} values of {src} out in one row, channel by channel, row by row: element {i} is channel {ch}, row {row}, column {col} ({formula}), value {value:.6g}.</source>
        <translation>view は {src} の {dims} 個の値を、チャンネルごと・行ごとに 1 列に並べます：要素 {i} はチャンネル {ch}、{row} 行 {col} 列（{formula}）、値 {value:.6g} です。</translation>
    </message>
    <message>
        <source>view lays the {dims} values of {src} out in one row: element {i} is {where}, {value:.6g}.</source>
        <translation>view は {src} の {dims} 個の値を 1 列に並べます：要素 {i} は {where}、{value:.6g} です。</translation>
    </message>
    <message>
        <source>{name} is y = Wx + b: output {o} = Σ over {count} inputs of w·x, + bias. Largest: {named}; the other {others} add {rest:.4g}; Σ = {total:.6g}, + bias {bias:.4g} = {value:.6g}.</source>
        <translation>{name} は y = Wx + b：出力 {o} = {count} 個の入力についての w·x の合計 ＋ バイアス。大きいもの：{named}。残り {others} 個の合計は {rest:.4g}。Σ = {total:.6g}、＋ バイアス {bias:.4g} = {value:.6g}。</translation>
    </message>
    <message>
        <source>({stage} ch {c}, row {row}, col {col})</source>
        <translation>（{stage} チャンネル {c}、{row} 行 {col} 列）</translation>
    </message>
    <message>
        <source>no stage {stage}</source>
        <translation>段階 {stage} はありません</translation>
    </message>
</context>
<context>
    <name>ExplainPanel</name>
    <message>
        <source>Walk ▶</source>
        <translation>たどる ▶</translation>
    </message>
    <message>
        <source>Walk the filter over the map, one value after the other</source>
        <translation>フィルターを特徴マップの上で 1 値ずつ動かす</translation>
    </message>
    <message>
        <source>Arrow keys: the neighbouring value</source>
        <translation>矢印キー：隣の値</translation>
    </message>
    <message>
        <source>Explain a value</source>
        <translation>値を説明する</translation>
    </message>
    <message>
        <source>Click any value in the feature maps, an output bar or a weight: this panel shows how it was computed, with the real numbers.</source>
        <translation>特徴マップの値、出力のバー、重みのどれかをクリックすると、それがどう計算されたかを実際の数値でこのパネルに示します。</translation>
    </message>
    <message>
        <source>Pause ❚❚</source>
        <translation>一時停止 ❚❚</translation>
    </message>
</context>
<context>
    <name>ExplainPresenter</name>
    <message>
        <source>{stage}, channel {channel}: {h}×{w}</source>
        <translation>{stage}、チャンネル {channel}：{h}×{w}</translation>
    </message>
    <message>
        <source>{stage}: {n} values</source>
        <translation>{stage}：{n} 個の値</translation>
    </message>
    <message>
        <source>Cannot explain this value</source>
        <translation>この値は説明できません</translation>
    </message>
    <message>
        <source>∂loss/∂value =</source>
        <translation>∂損失/∂値 =</translation>
    </message>
    <message>
        <source>After backward(), this value&apos;s gradient is {grad}: the loss would change by about {grad} × a small change of it (loss now {loss}).</source>
        <translation>backward() の後、この値の勾配は {grad} です。この値を少し変えると、損失はおよそ {grad} × その変化だけ変わります（現在の損失 {loss}）。</translation>
    </message>
    <message>
        <source>{stage}[{index}] = {value}</source>
        <translation>{stage}[{index}] = {value}</translation>
    </message>
    <message>
        <source>It depends on every pixel of the {h}×{w} input.</source>
        <translation>{h}×{w} の入力のすべてのピクセルに依存します。</translation>
    </message>
    <message>
        <source>It depends on input rows {r0}–{r1} and columns {c0}–{c1} only ({fh}×{fw}): the last {mr} rows and {mc} columns of the {h}×{w} input reach no value from here on. Each max_pool2d keeps whole 2×2 windows and drops an odd row and column (13 → 6 drops one), and each 3×3 convolution needs two more input rows than it gives, so those pixels are never read: the red band on the 32×32 preview.</source>
        <translation>入力の {r0}–{r1} 行と {c0}–{c1} 列（{fh}×{fw}）だけに依存します。{h}×{w} の入力の最後の {mr} 行と {mc} 列は、ここから先のどの値にも届きません。max_pool2d（プーリング）はそれぞれ 2×2 の窓を丸ごと使い、余った奇数番目の行と列を捨てます（13 → 6 では 1 つ捨てる）。また 3×3 の畳み込み層はそれぞれ出力より 2 行多い入力を必要とします。そのため、これらのピクセルは一度も読まれません。32×32 のプレビューの赤い帯がそれです。</translation>
    </message>
    <message>
        <source>No ink lies there: the preprocessing centres the digit in the middle 28×28 and pads 2 pixels around it, so nothing of the drawing is lost.</source>
        <translation>そこにインクはありません。前処理で数字を中央の 28×28 に置き、周りに 2 ピクセルの余白を加えるので、描画は何も失われません。</translation>
    </message>
    <message>
        <source>Some ink lies there, and the net never sees it.</source>
        <translation>そこにインクがありますが、ネットワークには決して見えません。</translation>
    </message>
    <message>
        <source> ← {stage} ch {c}, row {r}, col {col}</source>
        <translation> ← {stage} チャンネル {c}、{r} 行 {col} 列</translation>
    </message>
    <message numerus="yes">
        <source>For each of the %n channels of {src}: the patch × kernel {c} of {stage}, summed</source>
        <translation>
            <numerusform>{src} の %n チャンネルそれぞれについて：パッチ × {stage} のカーネル {c} の和</numerusform>
        </translation>
    </message>
    <message>
        <source>ch {c}</source>
        <translation>ch {c}</translation>
    </message>
    <message>
        <source>patch</source>
        <translation>パッチ</translation>
    </message>
    <message>
        <source>kernel</source>
        <translation>カーネル</translation>
    </message>
    <message>
        <source>Σ over the channels =</source>
        <translation>チャンネルの Σ =</translation>
    </message>
    <message>
        <source>+ bias</source>
        <translation>+ バイアス</translation>
    </message>
    <message>
        <source>window of {src}</source>
        <translation>{src} の窓</translation>
    </message>
    <message>
        <source>→ the largest =</source>
        <translation>→ 最大値 =</translation>
    </message>
    <message>
        <source>x comes from {src}[{index}]</source>
        <translation>x は {src}[{index}] から</translation>
    </message>
    <message>
        <source>{stage}[{o}] = Σ w·x over {n} inputs + bias; the largest terms:</source>
        <translation>{stage}[{o}] = {n} 個の入力の Σ w·x + バイアス。大きい項：</translation>
    </message>
    <message>
        <source>+ the other {n} terms</source>
        <translation>+ 残りの {n} 項</translation>
    </message>
    <message>
        <source>Σ =</source>
        <translation>Σ =</translation>
    </message>
    <message>
        <source>{share} % of the loss {loss} (the mean of the 10 terms)</source>
        <translation>損失 {loss} の {share} %（10 項の平均）</translation>
    </message>
    <message>
        <source>input pixel [{index}] =</source>
        <translation>入力ピクセル [{index}] =</translation>
    </message>
    <message>
        <source>No such weight</source>
        <translation>その重みはありません</translation>
    </message>
    <message>
        <source>The network has changed: click a weight again.</source>
        <translation>ネットワークが変わりました。もう一度重みをクリックしてください。</translation>
    </message>
    <message>
        <source>value now</source>
        <translation>現在の値</translation>
    </message>
    <message>
        <source>SGD changes every weight by −lr × its gradient: new = old − lr × grad.</source>
        <translation>SGD は各重みを −lr × その勾配だけ変えます：新 = 旧 − lr × grad。</translation>
    </message>
    <message>
        <source>gradient (.grad)</source>
        <translation>勾配 (.grad)</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学習率</translation>
    </message>
    <message>
        <source>new = old − lr × grad =</source>
        <translation>新 = 旧 − lr × grad =</translation>
    </message>
    <message>
        <source>change</source>
        <translation>変化</translation>
    </message>
    <message>
        <source>Take a Backprop step to see how it changes this weight.</source>
        <translation>誤差逆伝播を 1 ステップ実行すると、この重みがどう変わるかがわかります。</translation>
    </message>
    <message>
        <source>{name}[{index}] = {value}</source>
        <translation>{name}[{index}] = {value}</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Could not write “{name}”: {problem}.</source>
        <translation>「{name}」を書き込めませんでした：{problem}。</translation>
    </message>
</context>
<context>
    <name>Exports</name>
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
</context>
<context>
    <name>FeatureMaps</name>
    <message>
        <source>{stage} channel {c}, row {row}, col {col}: {value}</source>
        <translation>{stage} チャンネル {c}、{row} 行 {col} 列：{value}</translation>
    </message>
    <message>
        <source>{stage} value {i} = {source} channel {c}, row {row}, col {col}: {value}</source>
        <translation>{stage} の値 {i} = {source} チャンネル {c}、{row} 行 {col} 列：{value}</translation>
    </message>
    <message>
        <source>{stage} value {i}: {value}</source>
        <translation>{stage} の値 {i}：{value}</translation>
    </message>
    <message>
        <source>{title} — level {level}</source>
        <translation>{title} — 範囲 {level}</translation>
    </message>
    <message>
        <source>each row: one {source} channel ({size}{count} values), laid end to end</source>
        <translation>各行：{source} の特徴マップ 1 枚（{size}{count} 個の値）を一列に並べたもの</translation>
    </message>
</context>
<context>
    <name>FramePresenter</name>
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
        <source>{what} Lower the learning rate (now {lr}) or reset the weights.</source>
        <translation>{what}学習率（現在 {lr}）を下げるか、重みをリセットしてください。</translation>
    </message>
</context>
<context>
    <name>GradientView</name>
    <message>
        <source>Size of each parameter&apos;s gradient after the last backward(): how hard the step pushed each tensor.</source>
        <translation>最後の backward() の後の各パラメータの勾配の大きさ：ステップが各テンソルをどれだけ強く押したか。</translation>
    </message>
    <message>
        <source>With zero_grad switched off, these numbers grow step after step: backward() adds to .grad instead of replacing it.</source>
        <translation>zero_grad をオフにすると、これらの数はステップごとに大きくなります：backward() が .grad を置き換えずに足すからです。</translation>
    </message>
    <message>
        <source>Pick a parameter tensor; its first element&apos;s update is spelled out below</source>
        <translation>パラメータのテンソルを選ぶと、その最初の要素の更新が下に詳しく表示されます</translation>
    </message>
    <message>
        <source>What optimizer.step() did to this one number: new = old − lr × grad</source>
        <translation>optimizer.step() がこの 1 つの数に行ったこと：新 = 旧 − lr × grad</translation>
    </message>
    <message>
        <source>Follow one weight:</source>
        <translation>重みを 1 つ追う：</translation>
    </message>
    <message>
        <source>parameter</source>
        <translation>パラメータ</translation>
    </message>
    <message>
        <source>shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>Gradients appear after the first Backprop step.</source>
        <translation>勾配は最初の誤差逆伝播のステップの後に表示されます。</translation>
    </message>
    <message>
        <source>Step once to see how one weight changes.</source>
        <translation>1 ステップ進めると、重みがどう変わるかがわかります。</translation>
    </message>
    <message>
        <source>new = old − lr × grad</source>
        <translation>新 = 旧 − lr × grad</translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <source>Enter or Escape in a number box gives these keys back to the window.</source>
        <translation>数値欄で Enter または Esc を押すと、これらのキーがウィンドウに戻ります。</translation>
    </message>
    <message>
        <source>Tab and Shift+Tab go from control to control; Enter presses the button that has the focus.</source>
        <translation>Tab と Shift+Tab で操作部品を移動し、Enter でフォーカスのあるボタンを押します。</translation>
    </message>
    <message>
        <source>In the Explain panel and the Feature maps, once a value is chosen (click it):</source>
        <translation>「説明」パネルと特徴マップで、値を選んだあと（クリックで選択）：</translation>
    </message>
    <message>
        <source>the value to the left or right (in a vector: the previous or next one)</source>
        <translation>左または右の値（ベクトルでは前または次の値）</translation>
    </message>
    <message>
        <source>the value above or below (in a vector: a row of its picture back or on)</source>
        <translation>上または下の値（ベクトルでは図の 1 行前または 1 行後）</translation>
    </message>
    <message>
        <source>the same place in the previous or next map</source>
        <translation>前または次の特徴マップの同じ位置</translation>
    </message>
    <message>
        <source>In the Feature maps, an arrow key with no value chosen yet picks the first value of the framed layer. “Walk ▶” in the Explain panel walks the filter over the map.</source>
        <translation>特徴マップでは、値を選ぶ前に矢印キーを押すと、枠で囲まれた層の最初の値が選ばれます。「説明」パネルの「たどる ▶」はフィルターを特徴マップの上で動かします。</translation>
    </message>
    <message>
        <source>In the Output bars and the Weights, once Tab has reached them (a dotted frame shows it):</source>
        <translation>「出力」の棒と「重み」で、Tab でたどり着いたあと（点線の枠が目印）：</translation>
    </message>
    <message>
        <source>the previous or next bar or weight, explained as a click does</source>
        <translation>前または次の棒や重みへ移り、クリックと同じように説明</translation>
    </message>
    <message>
        <source>take the cursor away</source>
        <translation>カーソルを消す</translation>
    </message>
    <message>
        <source>In the Class set list:</source>
        <translation>「クラスの描画」の一覧で：</translation>
    </message>
    <message>
        <source>delete the selected drawing</source>
        <translation>選んだ描画を削除</translation>
    </message>
    <message>
        <source>bring back the drawing, or drawings, deleted last</source>
        <translation>最後に削除した描画を復元</translation>
    </message>
    <message>
        <source>The first arrow key moves on from the bar or weight last clicked; with none clicked, it shows the predicted digit or the first weight. Space stays the Backprop step here too.</source>
        <translation>最初の矢印キーは、最後にクリックした棒や重みから移ります。クリックがなければ、予測された数字か最初の重みを示します。ここでも Space は「誤差逆伝播」のままです。</translation>
    </message>
    <message>
        <source>in the Weights: the weight above or below, as drawn</source>
        <translation>「重み」で：図のとおり上または下の重み</translation>
    </message>
    <message>
        <source>in the Weights: the first weight of the previous or next tensor</source>
        <translation>「重み」で：前または次のテンソルの最初の重み</translation>
    </message>
    <message>
        <source>explain the value under the cursor, as a click does</source>
        <translation>カーソルの位置の値を、クリックと同じように説明</translation>
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
    <name>LargeMap</name>
    <message>
        <source>row {row}, col {col}: {value}</source>
        <translation>{row} 行 {col} 列：{value}</translation>
    </message>
</context>
<context>
    <name>LayerTable</name>
    <message>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Op</source>
        <translation>演算</translation>
    </message>
    <message>
        <source>Output shape</source>
        <translation>出力の形状</translation>
    </message>
    <message>
        <source>Parameter shapes</source>
        <translation>パラメータの形状</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>パラメータ数</translation>
    </message>
    <message>
        <source>Position and name of the stage in the tutorial&apos;s forward()</source>
        <translation>チュートリアルの forward() における段階の位置と名前</translation>
    </message>
    <message>
        <source>The line of code that produces this stage, as the tutorial writes it</source>
        <translation>この段階を作るコードの行（チュートリアルの書き方のまま）</translation>
    </message>
    <message>
        <source>Shape of the output tensor: (N batch, C channels, H height, W width) or (N, features)</source>
        <translation>出力テンソルの形状：(N バッチ, C チャンネル, H 高さ, W 幅) または (N, 特徴量)</translation>
    </message>
    <message>
        <source>Shapes of the learnable tensors of this layer: weight + bias</source>
        <translation>この層の学習可能なテンソルの形状：重み ＋ バイアス</translation>
    </message>
    <message>
        <source>Number of learnable numbers in this layer</source>
        <translation>この層の学習可能な数の個数</translation>
    </message>
    <message>
        <source>Which revision of the tutorial&apos;s network to build</source>
        <translation>チュートリアルのネットワークのどの版を作るか</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>ネットワーク：</translation>
    </message>
    <message>
        <source>Every stage of forward(); select a row to highlight its feature maps</source>
        <translation>forward() のすべての段階。行を選ぶと、その特徴マップが強調表示されます</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>All learnable parameters of the network: {count}</source>
        <translation>ネットワークの学習可能なパラメータの総数：{count}</translation>
    </message>
    <message>
        <source>{c} channels × {h} × {w} = {n} values in one row for fc1</source>
        <translation>{c} チャンネル × {h} × {w} = {n} 個の値を 1 列にして fc1 へ</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <source>{name}: cannot be read ({problem}).</source>
        <translation>{name}：読み込めません（{problem}）。</translation>
    </message>
    <message>
        <source>{name}: the file is larger than {size} KiB; a lesson file is a short text file.</source>
        <translation>{name}：ファイルが {size} KiB を超えています。レッスンファイルは短いテキストファイルです。</translation>
    </message>
    <message>
        <source>{name}, line {line}: the file is not UTF-8 text (save it as UTF-8).</source>
        <translation>{name}、{line} 行目：ファイルが UTF-8 のテキストではありません（UTF-8 で保存してください）。</translation>
    </message>
    <message>
        <source>{name}: the text is longer than {size} KiB.</source>
        <translation>{name}：テキストが {size} KiB を超えています。</translation>
    </message>
    <message>
        <source>no bundled lesson named {name}</source>
        <translation>{name} という名前の付属レッスンはありません</translation>
    </message>
    <message>
        <source>{name}, line {line}: field {field} is written twice (TOML: {reason}).</source>
        <translation>{name}、{line} 行目：フィールド {field} が 2 回書かれています（TOML：{reason}）。</translation>
    </message>
    <message>
        <source>, field {field}</source>
        <translation>、フィールド {field}</translation>
    </message>
    <message>
        <source>{where}: not valid TOML: {reason}. (Strings need &quot;quotes&quot;; each [[step]] starts a step.)</source>
        <translation>{where}：正しい TOML ではありません：{reason}。（文字列は &quot;引用符&quot; で囲みます。[[step]] ごとに 1 つのステップが始まります。）</translation>
    </message>
    <message>
        <source>{name}: not a regular file, so it holds no lesson.</source>
        <translation>{name}：通常のファイルではないため、レッスンは含まれていません。</translation>
    </message>
    <message>
        <source>, line {line}</source>
        <translation>、{line} 行目</translation>
    </message>
    <message>
        <source>, step {step}</source>
        <translation>、ステップ {step}</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}：{problem}</translation>
    </message>
    <message>
        <source>unknown field {key} (did you mean {close}?).</source>
        <translation>不明なフィールド {key}（{close} のことですか？）。</translation>
    </message>
    <message>
        <source>unknown field {key} (known: {known}).</source>
        <translation>不明なフィールド {key}（使えるもの：{known}）。</translation>
    </message>
    <message>
        <source>the file needs a [lesson] table with a title, e.g. [lesson] then title = &quot;My lesson&quot;.</source>
        <translation>ファイルにはタイトル付きの [lesson] テーブルが必要です。例：[lesson] の次に title = &quot;私のレッスン&quot;。</translation>
    </message>
    <message>
        <source>this version of lenet-gui reads lesson format {format}, got {value}.</source>
        <translation>この lenet-gui が読めるレッスン形式は {format} です（受け取った値：{value}）。</translation>
    </message>
    <message>
        <source>the lesson needs a title (title = &quot;…&quot;).</source>
        <translation>レッスンにはタイトルが必要です（title = &quot;…&quot;）。</translation>
    </message>
    <message>
        <source>the lesson needs at least one [[step]].</source>
        <translation>レッスンには少なくとも 1 つの [[step]] が必要です。</translation>
    </message>
    <message>
        <source>a lesson has at most {most} steps, this one has {count}.</source>
        <translation>レッスンのステップは最大 {most} 個ですが、このレッスンには {count} 個あります。</translation>
    </message>
    <message>
        <source>expected a text, or one text per language (en = &quot;…&quot;, fr = &quot;…&quot;).</source>
        <translation>テキスト、または言語ごとのテキスト（en = &quot;…&quot;, fr = &quot;…&quot;）が必要です。</translation>
    </message>
    <message>
        <source>at most {most} languages.</source>
        <translation>言語は最大 {most} 個です。</translation>
    </message>
    <message>
        <source>{code} is not a language code (en, fr, ja…).</source>
        <translation>{code} は言語コード（en、fr、ja…）ではありません。</translation>
    </message>
    <message>
        <source>expected a text in &quot;quotes&quot;, got {kind}.</source>
        <translation>&quot;引用符&quot; で囲んだテキストが必要です（受け取ったもの：{kind}）。</translation>
    </message>
    <message>
        <source>the text is empty.</source>
        <translation>テキストが空です。</translation>
    </message>
    <message>
        <source>the text has {count} characters; at most {most}.</source>
        <translation>テキストが {count} 文字あります。最大 {most} 文字です。</translation>
    </message>
    <message>
        <source>an English text (en = &quot;…&quot;) is needed: it is shown when the user&apos;s language is missing.</source>
        <translation>英語のテキスト（en = &quot;…&quot;）が必要です。利用者の言語のテキストがないときに表示されます。</translation>
    </message>
    <message>
        <source>a step is a table: [[step]] followed by its fields.</source>
        <translation>ステップはテーブルです：[[step]] の後にそのフィールドを書きます。</translation>
    </message>
    <message>
        <source>the step needs a text (text.en = &quot;…&quot;).</source>
        <translation>ステップにはテキストが必要です（text.en = &quot;…&quot;）。</translation>
    </message>
    <message>
        <source>expected a name in &quot;quotes&quot;, got {kind}.</source>
        <translation>&quot;引用符&quot; で囲んだ名前が必要です（受け取ったもの：{kind}）。</translation>
    </message>
    <message>
        <source>no panel named {name}; did you mean {close}? panels: {panels}.</source>
        <translation>{name} という名前のパネルはありません。{close} のことですか？ パネル：{panels}。</translation>
    </message>
    <message>
        <source>no panel named {name}; panels: {panels}.</source>
        <translation>{name} という名前のパネルはありません。パネル：{panels}。</translation>
    </message>
    <message>
        <source>{name} is not a panel or element name (letters, digits and _).</source>
        <translation>{name} はパネルや要素の名前ではありません（英字、数字、_）。</translation>
    </message>
    <message>
        <source>hide is a list of names, e.g. hide = [&quot;class_set&quot;, &quot;lr_input&quot;].</source>
        <translation>hide は名前のリストです。例：hide = [&quot;class_set&quot;, &quot;lr_input&quot;]。</translation>
    </message>
    <message>
        <source>at most {most} names to hide.</source>
        <translation>隠せる名前は最大 {most} 個です。</translation>
    </message>
    <message>
        <source>a preset is a table ([step.preset], then its fields).</source>
        <translation>プリセットはテーブルです（[step.preset] の後にそのフィールド）。</translation>
    </message>
    <message>
        <source>no architecture {arch}; use one of {archs}.</source>
        <translation>アーキテクチャ {arch} はありません。{archs} のどれかを使ってください。</translation>
    </message>
    <message>
        <source>weights is &quot;pretrained&quot; or &quot;random&quot;, got {value}.</source>
        <translation>weights は &quot;pretrained&quot; か &quot;random&quot; です（受け取った値：{value}）。</translation>
    </message>
    <message>
        <source>a seed goes with weights = &quot;random&quot;.</source>
        <translation>シードは weights = &quot;random&quot; と一緒に使います。</translation>
    </message>
    <message>
        <source>the seed is a whole number from 0 to {most}, got {value}.</source>
        <translation>シードは 0 から {most} までの整数です（受け取った値：{value}）。</translation>
    </message>
    <message>
        <source>the target is a digit 0–9 or &quot;random&quot; (the tutorial&apos;s dummy target), got {value}.</source>
        <translation>目標値は 0〜9 の数字か &quot;random&quot;（チュートリアルのダミーの目標値）です（受け取った値：{value}）。</translation>
    </message>
    <message>
        <source>the learning rate is a number from 0 to {most:g}, got {value}.</source>
        <translation>学習率は 0 から {most:g} までの数です（受け取った値：{value}）。</translation>
    </message>
    <message>
        <source>zero_grad is true or false, got {value}.</source>
        <translation>zero_grad は true か false です（受け取った値：{value}）。</translation>
    </message>
    <message>
        <source>a console snippet is numbered 1 to {most} (as in the Tutorial console), got {value}.</source>
        <translation>コンソールのスニペットの番号は 1 から {most} です（チュートリアルのコンソールと同じ）。受け取った値：{value}。</translation>
    </message>
    <message>
        <source>advance is a table ([step.advance], then one condition).</source>
        <translation>advance はテーブルです（[step.advance] の後に条件を 1 つ）。</translation>
    </message>
    <message>
        <source>advance takes exactly one condition ({conditions}); got {got}.</source>
        <translation>advance には条件（{conditions}）をちょうど 1 つ書きます。受け取ったもの：{got}。</translation>
    </message>
    <message>
        <source>advance takes exactly one condition ({conditions}); got none.</source>
        <translation>advance には条件（{conditions}）をちょうど 1 つ書きます。条件がありません。</translation>
    </message>
    <message>
        <source>the prediction is a digit 0–9, got {value}.</source>
        <translation>予測は 0〜9 の数字です（受け取った値：{value}）。</translation>
    </message>
    <message>
        <source>loss_below is a number above 0, got {value}.</source>
        <translation>loss_below は 0 より大きい数です（受け取った値：{value}）。</translation>
    </message>
    <message>
        <source>steps is a whole number from 1 to {most:,}, got {value}.</source>
        <translation>steps は 1 から {most:,} までの整数です（受け取った値：{value}）。</translation>
    </message>
    <message>
        <source>explained = true is the only form, got {value}.</source>
        <translation>使える形は explained = true だけです（受け取った値：{value}）。</translation>
    </message>
    <message>
        <source>auto is true or false, got {value}.</source>
        <translation>auto は true か false です（受け取った値：{value}）。</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>the number {value}</source>
        <translation>数 {value}</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>テーブル</translation>
    </message>
</context>
<context>
    <name>LessonBar</name>
    <message>
        <source>Less&amp;on</source>
        <translation>レッスン(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Open lesson file…</source>
        <translation>レッスンファイルを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Follow a lesson written as a TOML file</source>
        <translation>TOML ファイルに書かれたレッスンに沿って進める</translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation>前のステップ(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>次のステップ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Close lesson</source>
        <translation>レッスンを閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ 戻る</translation>
    </message>
    <message>
        <source>The previous step (Alt+Left)</source>
        <translation>前のステップ（Alt+←）</translation>
    </message>
    <message>
        <source>The next step (Alt+Right)</source>
        <translation>次のステップ（Alt+→）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Close the lesson; the panels its steps opened close with it</source>
        <translation>レッスンを閉じる。ステップで開いたパネルも一緒に閉じます</translation>
    </message>
    <message>
        <source>Open lesson file</source>
        <translation>レッスンファイルを開く</translation>
    </message>
    <message>
        <source>Lesson files (*.toml);;All files (*)</source>
        <translation>レッスンファイル (*.toml);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>The saved lesson state is not valid.</source>
        <translation>保存されたレッスンの状態が正しくありません。</translation>
    </message>
    <message>
        <source>{where}, field &apos;{field}&apos;: this window has no panel or element named &apos;{name}&apos;.</source>
        <translation>{where}、フィールド「{field}」：このウィンドウには「{name}」という名前のパネルや要素はありません。</translation>
    </message>
    <message>
        <source>Could not open the lesson</source>
        <translation>レッスンを開けませんでした</translation>
    </message>
    <message>
        <source>Lesson finished.</source>
        <translation>レッスン終了。</translation>
    </message>
    <message>
        <source>Step {k} of {n}</source>
        <translation>ステップ {k}/{n}</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>次へ ▶</translation>
    </message>
    <message>
        <source>✓ Done — press Next (Alt+Right).</source>
        <translation>✓ 完了 — 「次へ」を押してください（Alt+→）。</translation>
    </message>
    <message>
        <source>To go on: the net&apos;s prediction is {digit}.</source>
        <translation>先へ進むには：ネットワークの予測を {digit} にする。</translation>
    </message>
    <message>
        <source>To go on: train until the loss is below {value}.</source>
        <translation>先へ進むには：損失が {value} を下回るまで学習する。</translation>
    </message>
    <message>
        <source>To go on: take {n} backprop steps ({done} so far).</source>
        <translation>先へ進むには：誤差逆伝播を {n} ステップ実行する（現在 {done}）。</translation>
    </message>
    <message>
        <source>To go on: open the {panel} panel.</source>
        <translation>先へ進むには：「{panel}」パネルを開く。</translation>
    </message>
    <message>
        <source>To go on: have a value explained.</source>
        <translation>先へ進むには：値を 1 つ説明させる。</translation>
    </message>
    <message>
        <source>To go on: run snippet {n} in the Tutorial console.</source>
        <translation>先へ進むには：コンソールでスニペット {n} を実行する。</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <source>No steps yet:
press “Backprop step”</source>
        <translation>まだステップがありません：
「誤差逆伝播」を押してください</translation>
    </message>
    <message>
        <source>The MSE loss after each backprop step. Coloured lines mark where the weights were reset or replaced, or the learning rate changed.</source>
        <translation>誤差逆伝播の各ステップ後の MSE 損失。色の線は、重みのリセット・入れ替えや学習率の変更を示します。</translation>
    </message>
    <message>
        <source>step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>MSE loss</source>
        <translation>MSE 損失</translation>
    </message>
    <message>
        <source>log y</source>
        <translation>y 対数</translation>
    </message>
    <message>
        <source>Logarithmic loss axis: equal steps mean equal factors, so slow progress at small losses stays visible</source>
        <translation>損失の軸を対数にします：等しい間隔が等しい倍率を表すので、損失が小さいときのゆっくりした進み具合も見えます</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>すべて表示</translation>
    </message>
    <message>
        <source>Zoom out to every step and loss (after a zoom or pan with the mouse)</source>
        <translation>すべてのステップと損失が見えるように縮小する（マウスで拡大・移動した後に）</translation>
    </message>
    <message>
        <source>The newest loss value</source>
        <translation>最新の損失の値</translation>
    </message>
    <message numerus="yes">
        <source> (+%n more)</source>
        <translation>
            <numerusform>（ほか %n 件）</numerusform>
        </translation>
    </message>
    <message>
        <source>back to step {step}: loss {loss}</source>
        <translation>◀ {step} 回目：損失 {loss}</translation>
    </message>
    <message>
        <source>step {step}: {what}</source>
        <translation>ステップ {step}：{what}</translation>
    </message>
    <message>
        <source>Step to go back to</source>
        <translation>戻る先のステップ</translation>
    </message>
    <message>
        <source>Pick an earlier step (drag, or the arrow keys), then Go back (or press Enter) to restore the weights exactly as they were after it. A click on the curve picks a step too; a double-click goes back to it.</source>
        <translation>前のステップを選び（ドラッグまたは矢印キー）、「戻る」を押す（または Enter）と、そのステップ直後の重みをそのまま復元します。曲線をクリックしてもステップを選べます。ダブルクリックでそこへ戻ります。</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Restore the weights after the chosen step and cut the history there; the steps after it stay drawn faintly until the next reset</source>
        <translation>選んだステップ直後の重みを復元し、履歴をそこで切る。それ以降のステップは次のリセットまで薄く表示されます</translation>
    </message>
    <message>
        <source>Went back to step {step} here: the faint curve is the {count} steps left behind</source>
        <translation>ここでステップ {step} に戻りました：薄い曲線は置いてきた {count} ステップです</translation>
    </message>
    <message>
        <source>back to the start (step 0)</source>
        <translation>最初に戻る（ステップ 0）</translation>
    </message>
    <message>
        <source>step {step}: loss {value}</source>
        <translation>{step} 回目：損失 {value}</translation>
    </message>
    <message>
        <source>step {step}: loss diverged ({value})</source>
        <translation>{step} 回目：損失が発散（{value}）</translation>
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
        <translation>コード</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>勾配</translation>
    </message>
    <message>
        <source>Autograd graph</source>
        <translation>autograd</translation>
    </message>
    <message>
        <source>Tutorial console</source>
        <translation>コンソール</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>説明</translation>
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
        <source>Weights</source>
        <translation>重み</translation>
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
        <translation>損失の履歴を CSV で書き出す(&amp;C)…</translation>
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
        <translation>特徴マップを PNG で書き出す(&amp;P)…</translation>
    </message>
    <message>
        <source>Export feature maps</source>
        <translation>特徴マップを書き出す</translation>
    </message>
    <message>
        <source>Save a picture of every stage&apos;s feature maps</source>
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
        <source>One training step: the tutorial&apos;s five lines</source>
        <translation>学習を 1 ステップ：チュートリアルの 5 行</translation>
    </message>
    <message>
        <source>×&amp;10 backprop steps</source>
        <translation>誤差逆伝播を ×10 ステップ(&amp;1)</translation>
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
        <source>Class set</source>
        <translation>クラスの描画</translation>
    </message>
</context>
<context>
    <name>MapDialog</name>
    <message>
        <source>Feature map</source>
        <translation>特徴マップ</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>Type a number, e.g. {example}.</source>
        <translation>数を入力してください（例：{example}）。</translation>
    </message>
    <message>
        <source>“{text}” not taken: decimals take a comma here ({example}).</source>
        <translation>「{text}」は受け付けません：ここでは小数点にコンマを使います（{example}）。</translation>
    </message>
    <message>
        <source>“{text}” not taken: decimals take a point here ({example}).</source>
        <translation>「{text}」は受け付けません：ここでは小数点にピリオドを使います（{example}）。</translation>
    </message>
    <message>
        <source>“{text}” is not a number (e.g. {example}); not taken.</source>
        <translation>「{text}」は数ではありません（例：{example}）。受け付けません。</translation>
    </message>
    <message>
        <source>Type a number from {low} to {high}; not taken.</source>
        <translation>{low} から {high} までの数を入力してください。受け付けません。</translation>
    </message>
    <message>
        <source>Type a whole number (e.g. {example}); not taken.</source>
        <translation>整数を入力してください（例：{example}）。受け付けません。</translation>
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
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>ドライブ</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>フォルダ</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>場所(&amp;L):</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>ファイルの種類(&amp;T):</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>architecture: {title}</source>
        <translation>アーキテクチャ：{title}</translation>
    </message>
    <message>
        <source>{problem} Using random weights instead.</source>
        <translation>{problem} 代わりにランダムな重みを使います。</translation>
    </message>
    <message>
        <source>Pretrained ({title})</source>
        <translation>学習済み（{title}）</translation>
    </message>
    <message>
        <source>Random (seed {seed})</source>
        <translation>ランダム（シード {seed}）</translation>
    </message>
    <message>
        <source>Switched to {title} to match “{name}”.</source>
        <translation>「{name}」に合わせて {title} に切り替えました。</translation>
    </message>
    <message>
        <source>unknown target {spec}: use a digit 0–9, &apos;random&apos; or &apos;custom&apos;</source>
        <translation>不明な目標値 {spec}：0–9 の数字、&apos;random&apos;、&apos;custom&apos; のいずれかを使ってください</translation>
    </message>
</context>
<context>
    <name>SessionFile</name>
    <message>
        <source>The session cannot be saved: lesson_state must hold plain JSON values ({problem}).</source>
        <translation>セッションを保存できません。lesson_state には単純な JSON の値だけを入れてください（{problem}）。</translation>
    </message>
    <message>
        <source>Could not save the session to “{name}”: {problem}.</source>
        <translation>セッションを「{name}」に保存できませんでした：{problem}。</translation>
    </message>
    <message>
        <source>“{name}” is not a regular file, so it holds no session.</source>
        <translation>「{name}」は通常のファイルではないため、セッションは入っていません。</translation>
    </message>
    <message>
        <source>“{name}” is {size:.0f} MB: larger than any session (at most {limit} MB).</source>
        <translation>「{name}」は {size:.0f} MB あり、どのセッションよりも大きすぎます（最大 {limit} MB）。</translation>
    </message>
    <message>
        <source>“{name}” is not a lenet-gui session: it has no {member}.</source>
        <translation>「{name}」は lenet-gui のセッションではありません：{member} がありません。</translation>
    </message>
    <message>
        <source>“{name}” is damaged: its {member} claims {size:,} bytes.</source>
        <translation>「{name}」は壊れています：{member} が {size:,} バイトあると主張しています。</translation>
    </message>
    <message>
        <source>“{name}” is damaged: its {member} is too large.</source>
        <translation>「{name}」は壊れています：{member} が大きすぎます。</translation>
    </message>
    <message>
        <source>There is no file “{path}”. It may have been moved or deleted.</source>
        <translation>ファイル「{path}」がありません。移動または削除された可能性があります。</translation>
    </message>
    <message>
        <source>“{name}” is a folder, not a session file.</source>
        <translation>「{name}」はフォルダーで、セッションファイルではありません。</translation>
    </message>
    <message>
        <source>“{name}” cannot be read: you do not have permission to open it.</source>
        <translation>「{name}」を読み込めません：開く権限がありません。</translation>
    </message>
    <message>
        <source>“{name}” is not a lenet-gui session, or it is damaged (not a readable zip).</source>
        <translation>「{name}」は lenet-gui のセッションではないか、壊れています（読み込める zip ではありません）。</translation>
    </message>
    <message>
        <source>“{name}” cannot be read: {problem}.</source>
        <translation>「{name}」を読み込めません：{problem}。</translation>
    </message>
    <message>
        <source>“{name}” is damaged: its contents cannot be unpacked.</source>
        <translation>「{name}」は壊れています：中身を展開できません。</translation>
    </message>
    <message>
        <source>“{name}” is damaged: its session.json is not valid JSON.</source>
        <translation>「{name}」は壊れています：session.json が正しい JSON ではありません。</translation>
    </message>
    <message>
        <source>“{name}” is not a lenet-gui session.</source>
        <translation>「{name}」は lenet-gui のセッションではありません。</translation>
    </message>
    <message>
        <source>“{name}” was saved by another version of lenet-gui (format {version}; this one reads {ours}).</source>
        <translation>「{name}」は別のバージョンの lenet-gui で保存されています（形式 {version}。このバージョンが読めるのは {ours}）。</translation>
    </message>
    <message>
        <source>“{name}” is damaged: its tensors cannot be read.</source>
        <translation>「{name}」は壊れています：テンソルを読み込めません。</translation>
    </message>
    <message>
        <source>“{name}” cannot be opened as a session: {problem}</source>
        <translation>「{name}」をセッションとして開けません：{problem}</translation>
    </message>
    <message>
        <source>the architecture {arch} is not one of {archs}</source>
        <translation>アーキテクチャ {arch} は {archs} のどれでもありません</translation>
    </message>
    <message>
        <source>the learning rate must be a number ≥ 0, got {value}</source>
        <translation>学習率は 0 以上の数でなければなりません（受け取った値：{value}）</translation>
    </message>
    <message>
        <source>“zero_grad” and “diverged” must be true or false</source>
        <translation>「zero_grad」と「diverged」は true か false でなければなりません</translation>
    </message>
    <message>
        <source>the target {spec} is not a digit, &apos;random&apos; or &apos;custom&apos;</source>
        <translation>目標値 {spec} は数字でも &apos;random&apos; でも &apos;custom&apos; でもありません</translation>
    </message>
    <message>
        <source>the markers (“events”) are not a list</source>
        <translation>マーカー（「events」）がリストではありません</translation>
    </message>
    <message>
        <source>a marker (“events”) is damaged</source>
        <translation>マーカー（「events」）が壊れています</translation>
    </message>
    <message>
        <source>the lesson&apos;s state is not a small table of values</source>
        <translation>レッスンの状態が小さな値の表ではありません</translation>
    </message>
    <message>
        <source>the loss history does not hold {steps:,} losses</source>
        <translation>損失の履歴に {steps:,} 個の損失が入っていません</translation>
    </message>
    <message>
        <source>the drawing is damaged (not a grayscale image with values 0 to 1)</source>
        <translation>描画が壊れています（値が 0〜1 のグレースケール画像ではありません）</translation>
    </message>
    <message>
        <source>its training timeline is damaged: {problem}</source>
        <translation>学習のタイムラインが壊れています：{problem}</translation>
    </message>
    <message>
        <source>“{what}” must be a whole number from {lo:,} to {hi:,}, got {value}</source>
        <translation>「{what}」は {lo:,} から {hi:,} までの整数でなければなりません（受け取った値：{value}）</translation>
    </message>
    <message>
        <source>“{what}” must be text</source>
        <translation>「{what}」はテキストでなければなりません</translation>
    </message>
    <message>
        <source>the tensor “{key}” is missing</source>
        <translation>テンソル「{key}」がありません</translation>
    </message>
    <message>
        <source>the tensor “{key}” is {dtype} {shape}, not float32 {wanted}</source>
        <translation>テンソル「{key}」は {dtype} {shape} で、float32 {wanted} ではありません</translation>
    </message>
    <message>
        <source>the tensor “{key}” holds numbers that are not finite (nan or inf)</source>
        <translation>テンソル「{key}」に有限でない数（nan または inf）が入っています</translation>
    </message>
</context>
<context>
    <name>SessionFiles</name>
    <message>
        <source>Save session…</source>
        <translation>セッションを保存…</translation>
    </message>
    <message>
        <source>Save the whole session in one file: weights, loss history, timeline, drawing, target and learning rate</source>
        <translation>セッション全体を 1 つのファイルに保存する：重み、損失の履歴、タイムライン、描画、目標値、学習率</translation>
    </message>
    <message>
        <source>Open session…</source>
        <translation>セッションを開く…</translation>
    </message>
    <message>
        <source>Open a saved session: the screen as it was when it was saved</source>
        <translation>保存したセッションを開く：保存したときの画面のまま</translation>
    </message>
    <message>
        <source>Export as Python script…</source>
        <translation>Python スクリプトとして書き出す…</translation>
    </message>
    <message>
        <source>The session as a plain PyTorch script with the tutorial&apos;s Net class, printing the same losses</source>
        <translation>チュートリアルの Net クラスを使った素の PyTorch スクリプトとしてのセッション。同じ損失を表示します</translation>
    </message>
    <message>
        <source>Export as notebook…</source>
        <translation>ノートブックとして書き出す…</translation>
    </message>
    <message>
        <source>The same as a Jupyter notebook</source>
        <translation>同じものを Jupyter ノートブックとして</translation>
    </message>
    <message>
        <source>Could not save the session</source>
        <translation>セッションを保存できませんでした</translation>
    </message>
    <message>
        <source>Saved the session to {path}</source>
        <translation>セッションを {path} に保存しました</translation>
    </message>
    <message>
        <source>Could not open the session</source>
        <translation>セッションを開けませんでした</translation>
    </message>
    <message>
        <source>Opened the session {name}: {steps} steps</source>
        <translation>セッション {name} を開きました：{steps} ステップ</translation>
    </message>
    <message>
        <source>Could not export the session</source>
        <translation>セッションを書き出せませんでした</translation>
    </message>
    <message>
        <source>Exported to {path} (its data beside it)</source>
        <translation>{path} に書き出しました（データはその隣に）</translation>
    </message>
    <message>
        <source>Could not go back</source>
        <translation>戻れませんでした</translation>
    </message>
    <message>
        <source>Back to step {step}: training goes on from here; the faint curve shows the steps left behind.</source>
        <translation>ステップ {step} に戻りました：学習はここから続きます。薄い曲線は置いてきたステップを示します。</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>セッションを保存</translation>
    </message>
    <message>
        <source>lenet-gui sessions (*{suffix})</source>
        <translation>lenet-gui セッション (*{suffix})</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>セッションを開く</translation>
    </message>
    <message>
        <source>lenet-gui sessions (*{suffix});;All files (*)</source>
        <translation>lenet-gui セッション (*{suffix});;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Export as Python script</source>
        <translation>Python スクリプトとして書き出す</translation>
    </message>
    <message>
        <source>Python scripts (*.py)</source>
        <translation>Python スクリプト (*.py)</translation>
    </message>
    <message>
        <source>Export as notebook</source>
        <translation>ノートブックとして書き出す</translation>
    </message>
    <message>
        <source>Jupyter notebooks (*.ipynb)</source>
        <translation>Jupyter ノートブック (*.ipynb)</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>it could not be read: {problem}</source>
        <translation>読み込めませんでした：{problem}</translation>
    </message>
    <message>
        <source>The settings file {path} could not be used ({reason}) nor moved aside ({problem}). lenet-gui started with its default settings and will not save settings this time.</source>
        <translation>設定ファイル {path} は使えず（{reason}）、退避もできませんでした（{problem}）。lenet-gui は既定の設定で起動し、今回は設定を保存しません。</translation>
    </message>
    <message>
        <source>The settings file could not be used ({reason}), so lenet-gui started with its default settings. The old file was kept as {target}.</source>
        <translation>設定ファイルが使えなかったため（{reason}）、lenet-gui は既定の設定で起動しました。古いファイルは {target} として残してあります。</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>通常のファイルではありません</translation>
    </message>
    <message>
        <source>it is {size} bytes, far more than settings take</source>
        <translation>{size} バイトもあり、設定としては大きすぎます</translation>
    </message>
    <message>
        <source>it is far bigger than settings take</source>
        <translation>設定としては大きすぎます</translation>
    </message>
    <message>
        <source>it is not text</source>
        <translation>テキストではありません</translation>
    </message>
    <message>
        <source>it holds binary data</source>
        <translation>バイナリデータを含んでいます</translation>
    </message>
    <message>
        <source>it is not a settings file: line {line} makes no sense</source>
        <translation>設定ファイルではありません：{line} 行目が意味をなしません</translation>
    </message>
    <message>
        <source>it is not a settings file</source>
        <translation>設定ファイルではありません</translation>
    </message>
    <message>
        <source>the value of {key} runs over several lines</source>
        <translation>{key} の値が複数行にまたがっています</translation>
    </message>
    <message>
        <source>{key} holds a binary value that lenet-gui never writes</source>
        <translation>{key} に lenet-gui が書くことのないバイナリ値があります</translation>
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
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>Its learnable parameters</source>
        <translation>学習可能なパラメータ</translation>
    </message>
    <message>
        <source>A random 32×32 input</source>
        <translation>ランダムな 32×32 の入力</translation>
    </message>
    <message>
        <source>Backprop with random gradients</source>
        <translation>ランダムな勾配での誤差逆伝播</translation>
    </message>
    <message>
        <source>Loss function</source>
        <translation>損失関数</translation>
    </message>
    <message>
        <source>Follow loss backward</source>
        <translation>損失を逆向きにたどる</translation>
    </message>
    <message>
        <source>The tutorial&apos;s comments were written for PyTorch 1.3; today the first input of the Linear&apos;s backward (AddmmBackward0) is its bias, so PyTorch prints AccumulateGrad there.</source>
        <translation>チュートリアルのコメントは PyTorch 1.3 向けに書かれました。現在は Linear の backward（AddmmBackward0）の最初の入力がバイアスなので、PyTorch はそこで AccumulateGrad と表示します。</translation>
    </message>
    <message>
        <source>Backprop</source>
        <translation>誤差逆伝播</translation>
    </message>
    <message>
        <source>Since PyTorch 2.0, zero_grad() sets gradients to None instead of zeros, so the first print says None.</source>
        <translation>PyTorch 2.0 以降、zero_grad() は勾配を 0 ではなく None にするので、最初の print は None と表示します。</translation>
    </message>
    <message>
        <source>Update the weights (by hand)</source>
        <translation>重みの更新（手作業）</translation>
    </message>
    <message>
        <source>Update the weights (torch.optim)</source>
        <translation>重みの更新（torch.optim）</translation>
    </message>
</context>
<context>
    <name>StageError</name>
    <message>
        <source>stage {index} &apos;{name}&apos; ({op}) cannot take a tensor of shape {given}: {torch_message}.</source>
        <translation>段階 {index} &apos;{name}&apos;（{op}）は形状 {given} のテンソルを受け取れません：{torch_message}。</translation>
    </message>
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
        <translation>畳み込み層：{c_in}×{k_h}×{k_w} のフィルター {c_out} 個が入力の上をスライドします。出力の各辺は {shrink} 小さくなります。</translation>
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
        <translation>手描き</translation>
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
        <translation>余白付き 32×32</translation>
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
    <name>StartupNotices</name>
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
</context>
<context>
    <name>Targets</name>
    <message>
        <source>one_hot takes a digit 0–9 as an int, got {value}</source>
        <translation>one_hot には 0–9 の数字（int）を渡します（受け取った値：{value}）</translation>
    </message>
    <message>
        <source>one_hot takes a digit from 0 to 9, got {value}</source>
        <translation>one_hot には 0 から 9 の数字を渡します（受け取った値：{value}）</translation>
    </message>
    <message>
        <source>the target&apos;s seed must be a whole number, got {value}</source>
        <translation>目標値のシードは整数でなければなりません（受け取った値：{value}）</translation>
    </message>
    <message>
        <source>the target&apos;s seed must be between -2**63 and 2**64 - 1, got {value}</source>
        <translation>目標値のシードは -2**63 から 2**64 - 1 の範囲でなければなりません（受け取った値：{value}）</translation>
    </message>
    <message>
        <source>a custom target needs ten decimal numbers, got a {dtype} tensor</source>
        <translation>カスタムの目標値には 10 個の小数が必要です（受け取ったのは {dtype} のテンソル）</translation>
    </message>
    <message>
        <source>a custom target needs ten numbers, got an array of {dtype}</source>
        <translation>カスタムの目標値には 10 個の数が必要です（受け取ったのは {dtype} の配列）</translation>
    </message>
    <message>
        <source>a custom target needs a list of ten numbers, got {value}</source>
        <translation>カスタムの目標値には 10 個の数のリストが必要です（受け取った値：{value}）</translation>
    </message>
    <message>
        <source>a custom target needs ten numbers, but {value} is not a number</source>
        <translation>カスタムの目標値には 10 個の数が必要ですが、{value} は数ではありません</translation>
    </message>
    <message>
        <source>a custom target needs exactly ten numbers, one per digit, got more than ten</source>
        <translation>カスタムの目標値には数字ごとに 1 つ、ちょうど 10 個の数が必要です（10 個より多く受け取りました）</translation>
    </message>
    <message>
        <source>a custom target needs exactly ten numbers, one per digit, got {got}</source>
        <translation>カスタムの目標値には数字ごとに 1 つ、ちょうど 10 個の数が必要です（受け取った個数：{got}）</translation>
    </message>
    <message>
        <source>a custom target&apos;s numbers must be finite (no nan or inf) and below 3.4e38</source>
        <translation>カスタムの目標値は有限（nan や inf は不可）で、3.4e38 未満でなければなりません</translation>
    </message>
    <message>
        <source>{what} must be an ordinary (dense) tensor, got a {layout} one; use .to_dense()</source>
        <translation>{what} は通常の（密な）テンソルでなければなりません（{layout}）。.to_dense() を使ってください</translation>
    </message>
    <message>
        <source>{what} is a &apos;meta&apos; tensor: it has a shape but no values</source>
        <translation>{what} は &apos;meta&apos; テンソルです：形状はありますが値がありません</translation>
    </message>
    <message>
        <source>the target must be a torch tensor of shape (1, 10), got {value}</source>
        <translation>目標値は形状 (1, 10) の torch テンソルでなければなりません（受け取った型：{value}）</translation>
    </message>
    <message>
        <source>the target must be float32, float64, float16 or bfloat16, got {dtype}; convert it with .float()</source>
        <translation>目標値は float32、float64、float16、bfloat16 のいずれかでなければなりません（{dtype}）。.float() で変換してください</translation>
    </message>
    <message>
        <source>the target must be a float tensor (MSELoss compares numbers), got {dtype}; use one_hot(d) for a digit</source>
        <translation>目標値は浮動小数点のテンソルでなければなりません（MSELoss は数を比べます）（{dtype}）。数字には one_hot(d) を使ってください</translation>
    </message>
    <message>
        <source>the target must have shape (1, 10) like the output, got {value}; reshape with .view(1, -1)</source>
        <translation>目標値は出力と同じ形状 (1, 10) でなければなりません（{value}）。.view(1, -1) で形を変えてください</translation>
    </message>
    <message>
        <source>the target contains nan or inf</source>
        <translation>目標値に nan または inf が含まれています</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>the step to go back to must be a whole number, got {value}</source>
        <translation>戻るステップは整数でなければなりません（受け取った値：{value}）</translation>
    </message>
    <message>
        <source>there is no step {step} to go back to: choose one from {first} to {last}</source>
        <translation>戻れるステップ {step} はありません。{first} から {last} までのどれかを選んでください</translation>
    </message>
    <message>
        <source>the timeline is not a table of values</source>
        <translation>タイムラインが値の表になっていません</translation>
    </message>
    <message>
        <source>the timeline has no checkpoints</source>
        <translation>タイムラインにチェックポイントがありません</translation>
    </message>
    <message>
        <source>the packed checkpoints</source>
        <translation>圧縮されたチェックポイント</translation>
    </message>
    <message>
        <source>{what} is missing or damaged</source>
        <translation>{what}がないか、壊れています</translation>
    </message>
    <message>
        <source>a checkpoint is not a table of values</source>
        <translation>チェックポイントが値の表になっていません</translation>
    </message>
    <message>
        <source>a checkpoint&apos;s step</source>
        <translation>チェックポイントのステップ</translation>
    </message>
    <message>
        <source>the checkpoints are not in order of their steps</source>
        <translation>チェックポイントがステップの順に並んでいません</translation>
    </message>
    <message>
        <source>checkpoint {step} is for an unknown architecture</source>
        <translation>チェックポイント {step} は未知のアーキテクチャのものです</translation>
    </message>
    <message>
        <source>checkpoint {step}</source>
        <translation>チェックポイント {step}</translation>
    </message>
    <message>
        <source>checkpoint {step}&apos;s base</source>
        <translation>チェックポイント {step} の基準</translation>
    </message>
    <message>
        <source>checkpoint {step} refers to a checkpoint that is not there</source>
        <translation>チェックポイント {step} が存在しないチェックポイントを参照しています</translation>
    </message>
    <message>
        <source>checkpoint {step}&apos;s gradients</source>
        <translation>チェックポイント {step} の勾配</translation>
    </message>
    <message>
        <source>checkpoint {step}&apos;s gradients are not finite</source>
        <translation>チェックポイント {step} の勾配に有限でない数があります</translation>
    </message>
    <message>
        <source>checkpoint {step}: “diverged” and “forced” must be true or false</source>
        <translation>チェックポイント {step}：「diverged」と「forced」は true か false でなければなりません</translation>
    </message>
    <message>
        <source>checkpoint {step} has a damaged description of its weights</source>
        <translation>チェックポイント {step} の重みの説明が壊れています</translation>
    </message>
    <message>
        <source>checkpoint {step}&apos;s seed</source>
        <translation>チェックポイント {step} のシード</translation>
    </message>
    <message>
        <source>checkpoint {step}&apos;s initial weights</source>
        <translation>チェックポイント {step} の初期の重み</translation>
    </message>
    <message>
        <source>checkpoint {step} is missing its weights</source>
        <translation>チェックポイント {step} に重みがありません</translation>
    </message>
    <message>
        <source>a checkpoint made against checkpoint {base}</source>
        <translation>チェックポイント {base} を基準に作られたチェックポイント</translation>
    </message>
    <message>
        <source>the first checkpoint does not say which weights it holds</source>
        <translation>最初のチェックポイントに、どの重みを持つかが書かれていません</translation>
    </message>
    <message>
        <source>input or target {i}</source>
        <translation>入力または目標値 {i}</translation>
    </message>
    <message>
        <source>the record of “{name}” is not a list</source>
        <translation>「{name}」の記録がリストではありません</translation>
    </message>
    <message>
        <source>the record of “{name}” has a damaged row</source>
        <translation>「{name}」の記録に壊れた行があります</translation>
    </message>
    <message>
        <source>a step in “{name}”</source>
        <translation>「{name}」のステップ</translation>
    </message>
    <message>
        <source>a learning rate in the timeline is not a number ≥ 0 ({value})</source>
        <translation>タイムラインの学習率が 0 以上の数ではありません（{value}）</translation>
    </message>
    <message>
        <source>a zero_grad setting in the timeline is not true or false</source>
        <translation>タイムラインの zero_grad の設定が true でも false でもありません</translation>
    </message>
    <message>
        <source>an input in the timeline</source>
        <translation>タイムラインの入力</translation>
    </message>
    <message>
        <source>a target in the timeline</source>
        <translation>タイムラインの目標値</translation>
    </message>
    <message>
        <source>input {value} in the timeline has the wrong shape</source>
        <translation>タイムラインの入力 {value} の形が正しくありません</translation>
    </message>
    <message>
        <source>target {value} in the timeline has the wrong shape</source>
        <translation>タイムラインの目標値 {value} の形が正しくありません</translation>
    </message>
    <message>
        <source>the timeline does not say which {name} the first step used</source>
        <translation>最初のステップがどの「{name}」を使ったかがタイムラインに書かれていません</translation>
    </message>
    <message>
        <source>the left-behind losses are damaged</source>
        <translation>置き去りにされた損失の記録が壊れています</translation>
    </message>
    <message>
        <source>the branch step</source>
        <translation>分岐したステップ</translation>
    </message>
    <message>
        <source>{what} is damaged (its changes are not in a known form)</source>
        <translation>{what}が壊れています（変更が既知の形式ではありません）</translation>
    </message>
    <message>
        <source>{what} is damaged (it changes numbers that are not there)</source>
        <translation>{what}が壊れています（存在しない数を変更しています）</translation>
    </message>
    <message>
        <source>{what} holds numbers that are not finite</source>
        <translation>{what}に有限でない数が入っています</translation>
    </message>
    <message>
        <source>{what} is damaged (it does not unpack)</source>
        <translation>{what}が壊れています（展開できません）</translation>
    </message>
    <message>
        <source>{what} is damaged (it unpacks to the wrong size)</source>
        <translation>{what}が壊れています（展開するとサイズが合いません）</translation>
    </message>
    <message>
        <source>{what} must be a whole number from {lo} to {hi}, got {value}</source>
        <translation>{what}は {lo} から {hi} までの整数でなければなりません（受け取った値：{value}）</translation>
    </message>
    <message>
        <source>{what} is missing or has the wrong shape or type</source>
        <translation>{what}がないか、形または型が正しくありません</translation>
    </message>
</context>
<context>
    <name>Trace</name>
    <message>
        <source>this trace used no parameter {name}</source>
        <translation>このトレースはパラメータ {name} を使っていません</translation>
    </message>
    <message>
        <source>{name} has changed since this trace was taken: trace again</source>
        <translation>このトレースの後で {name} が変わりました。もう一度トレースしてください</translation>
    </message>
    <message>
        <source>a network (a torch.nn.Module such as Net()) is needed, got {kind}</source>
        <translation>ネットワーク（Net() のような torch.nn.Module）が必要です（受け取った型：{kind}）</translation>
    </message>
    <message>
        <source>the input must be a torch tensor of shape (N, 1, 32, 32), got {value}</source>
        <translation>入力は形状 (N, 1, 32, 32) の torch テンソルでなければなりません（受け取った型：{value}）</translation>
    </message>
    <message>
        <source>the input must be an ordinary (dense) tensor, got a {layout} one; use x.to_dense()</source>
        <translation>入力は通常の（密な）テンソルでなければなりません（{layout}）。x.to_dense() を使ってください</translation>
    </message>
    <message>
        <source>the input is a &apos;meta&apos; tensor: it has a shape but no pixel values</source>
        <translation>入力は &apos;meta&apos; テンソルです：形状はありますが、画素の値がありません</translation>
    </message>
    <message>
        <source>the input is on {device} but the net is on {net_device}; use x.to(&apos;{net_device}&apos;)</source>
        <translation>入力は {device} 上にありますが、ネットワークは {net_device} 上にあります。x.to(&apos;{net_device}&apos;) を使ってください</translation>
    </message>
    <message>
        <source>the input must have shape (N, 1, H, W) — a batch of one-channel images — but got {value}. For one 32×32 image use x.view(1, 1, 32, 32).</source>
        <translation>入力の形状は (N, 1, H, W)（1 チャンネル画像のバッチ）でなければなりませんが、{value} でした。32×32 の画像 1 枚なら x.view(1, 1, 32, 32) を使ってください。</translation>
    </message>
    <message>
        <source>the input must be a float tensor (pixel brightness 0.0–1.0) in float32, float64, float16 or bfloat16, got {dtype}; convert it with x.float()</source>
        <translation>入力は float32、float64、float16、bfloat16 のいずれかの浮動小数点テンソル（明るさ 0.0–1.0）でなければなりません（{dtype}）。x.float() で変換してください</translation>
    </message>
    <message>
        <source>the input batch is empty: it must hold at least one image</source>
        <translation>入力のバッチが空です：少なくとも 1 枚の画像が必要です</translation>
    </message>
</context>
<context>
    <name>Trainer</name>
    <message>
        <source>the trainer trains a network (an nn.Module), got {kind}</source>
        <translation>トレーナーが学習させるのはネットワーク（nn.Module）です（受け取った型：{kind}）</translation>
    </message>
    <message>
        <source>the network has no parameters to train</source>
        <translation>ネットワークに学習させるパラメータがありません</translation>
    </message>
    <message>
        <source>the trainer takes one image, shape (1, 1, 32, 32), to match the (1, 10) target; got a batch of {count}</source>
        <translation>学習は目標値 (1, 10) に合わせて画像 1 枚（形状 (1, 1, 32, 32)）を受け取ります。受け取ったのは {count} 枚のバッチです</translation>
    </message>
    <message>
        <source>the target is on {device} but the net is on {device2}</source>
        <translation>目標値は {device} 上にありますが、ネットワークは {device2} 上にあります</translation>
    </message>
    <message>
        <source>the target holds numbers too large for the net&apos;s {value} (beyond ±{value2:.3g})</source>
        <translation>目標値にネットワークの {value} には大きすぎる数があります（±{value2:.3g} 超）</translation>
    </message>
    <message>
        <source>weights reset</source>
        <translation>重みをリセット</translation>
    </message>
    <message>
        <source>zero_grad on</source>
        <translation>zero_grad オン</translation>
    </message>
    <message>
        <source>zero_grad off</source>
        <translation>zero_grad オフ</translation>
    </message>
    <message>
        <source>the learning rate must be a number, got {lr}</source>
        <translation>学習率は数でなければなりません（受け取った値：{lr}）</translation>
    </message>
    <message>
        <source>the learning rate must be a number, got {value}</source>
        <translation>学習率は数でなければなりません（受け取った値：{value}）</translation>
    </message>
    <message>
        <source>the learning rate must be a finite number ≥ 0, got {value}</source>
        <translation>学習率は 0 以上の有限の数でなければなりません（受け取った値：{value}）</translation>
    </message>
    <message>
        <source>the learning rate must be at most {limit:.3g}, the largest number the weights can hold, got {value}</source>
        <translation>学習率は重みが保持できる最大の数 {limit:.3g} 以下でなければなりません（受け取った値：{value}）</translation>
    </message>
</context>
<context>
    <name>TrainingActions</name>
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
random (tutorial): the tutorial&apos;s torch.randn(10) target, seeded;
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
        <source>One training step, the tutorial&apos;s five lines:
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
        <translation>ステップ前に zero_grad</translation>
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
        <source>A custom target&apos;s numbers must be finite (no nan or inf).</source>
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
        <source>The tutorial&apos;s code, in the tutorial&apos;s order</source>
        <translation>チュートリアルのコード（チュートリアルの順）</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Run this snippet (after the ones before it) on a copy of your net: your weights and gradients do not change</source>
        <translation>このスニペットを（それより前のものに続けて）ネットワークのコピーで実行します：あなたの重みと勾配は変わりません</translation>
    </message>
    <message>
        <source>What PyTorch prints appears here.</source>
        <translation>PyTorch の出力がここに表示されます。</translation>
    </message>
    <message>
        <source>(prints nothing)</source>
        <translation>（何も出力しません）</translation>
    </message>
    <message>
        <source>the app: what this changed in the copy of your net</source>
        <translation>アプリより：ネットワークのコピーで変わったこと</translation>
    </message>
</context>
<context>
    <name>Weights</name>
    <message>
        <source>“{name}” is a folder, not a weights file. Choose a file inside it.</source>
        <translation>「{name}」はフォルダーで、重みのファイルではありません。中のファイルを選んでください。</translation>
    </message>
    <message>
        <source>“{name}” is not a regular file (perhaps a pipe or a device), so it holds no weights.</source>
        <translation>「{name}」は通常のファイルではない（パイプやデバイスかもしれません）ため、重みは入っていません。</translation>
    </message>
    <message>
        <source>There is no file “{p}”. It may have been moved or deleted.</source>
        <translation>ファイル「{p}」はありません。移動または削除された可能性があります。</translation>
    </message>
    <message>
        <source>“{name}” cannot be read: you do not have permission to open it.</source>
        <translation>「{name}」を読み込めません：開く権限がありません。</translation>
    </message>
    <message>
        <source>“{name}” cannot be read: {problem}.</source>
        <translation>「{name}」を読み込めません：{problem}。</translation>
    </message>
    <message>
        <source>“{name}” is not a usable file name.</source>
        <translation>「{name}」は使えるファイル名ではありません。</translation>
    </message>
    <message>
        <source>“{name}” is empty (0 bytes): it holds no weights.</source>
        <translation>「{name}」は空（0 バイト）で、重みは入っていません。</translation>
    </message>
    <message>
        <source>“{name}” was saved by a PyTorch older than 1.6 (2020), in a format this app does not open. Load it in PyTorch and save it again with torch.save.</source>
        <translation>「{name}」は PyTorch 1.6（2020 年）より古い版で、このアプリが開けない形式で保存されています。PyTorch で読み込み、torch.save で保存し直してください。</translation>
    </message>
    <message>
        <source>“{name}” is not a weights file: it is neither a safetensors nor a PyTorch .pt file, or it was cut short.</source>
        <translation>「{name}」は重みのファイルではありません：safetensors でも PyTorch の .pt でもないか、途中で切れています。</translation>
    </message>
    <message>
        <source>A file name is needed (a text path), not {kind}.</source>
        <translation>ファイル名（テキストのパス）が必要です。{kind} ではありません。</translation>
    </message>
    <message>
        <source>That is not a usable file name.</source>
        <translation>使えるファイル名ではありません。</translation>
    </message>
    <message>
        <source>“{name}” is {size:.0f} MB: far too large to be weights for this network, which take about 0.3 MB.</source>
        <translation>「{name}」は {size:.0f} MB あり、約 0.3 MB のこのネットワークの重みとしては大きすぎます。</translation>
    </message>
    <message>
        <source>“{name}” is not weights for this network: it holds {count:,} tensors, where these nets have 10.</source>
        <translation>「{name}」はこのネットワークの重みではありません：テンソルが {count:,} 個ありますが、このネットワークは 10 個です。</translation>
    </message>
    <message>
        <source>“{name}” is not a weights file: it looks like a safetensors file, but it is damaged or cut short.</source>
        <translation>「{name}」は重みのファイルではありません：safetensors のようですが、破損しているか途中で切れています。</translation>
    </message>
    <message>
        <source>it is damaged, cut short, or holds Python objects other than tensors (which are refused, because loading them could run code)</source>
        <translation>破損している、途中で切れている、またはテンソル以外の Python オブジェクトを含んでいます（読み込むとコードが実行されうるため拒否します）</translation>
    </message>
    <message>
        <source>it is a zip archive, but not one laid out the way PyTorch&apos;s torch.save writes them</source>
        <translation>zip アーカイブですが、PyTorch の torch.save が書く構成ではありません</translation>
    </message>
    <message>
        <source>it is a TorchScript model (torch.jit.save); save the model&apos;s state_dict() with torch.save and open that</source>
        <translation>TorchScript のモデル（torch.jit.save）です。モデルの state_dict() を torch.save で保存し、それを開いてください</translation>
    </message>
    <message>
        <source>its contents would unpack to more than {size} MB, far more than weights for this network (about 0.3 MB)</source>
        <translation>展開すると {size} MB を超え、このネットワークの重み（約 0.3 MB）よりはるかに大きくなります</translation>
    </message>
    <message>
        <source>its table of contents (besides the numbers) is larger than {size} MB, where weights need a few kB</source>
        <translation>（数値以外の）目次が {size} MB を超えています。重みなら数 kB で足ります</translation>
    </message>
    <message>
        <source>it holds data nested more than {depth} levels deep, which weights never are</source>
        <translation>{depth} 段より深く入れ子になったデータを含んでいます。重みがそうなることはありません</translation>
    </message>
    <message>
        <source>“{name}” is not a weights file: {reason}.</source>
        <translation>「{name}」は重みのファイルではありません：{reason}。</translation>
    </message>
    <message>
        <source>“{name}” is not a weights file for this network: it should hold a table of named tensors (conv1.weight, conv1.bias, …), but it holds something else.</source>
        <translation>「{name}」はこのネットワークの重みのファイルではありません：名前付きテンソルの表（conv1.weight、conv1.bias、…）が入っているはずですが、別のものが入っています。</translation>
    </message>
    <message>
        <source>it is missing {names}</source>
        <translation>{names} がありません</translation>
    </message>
    <message>
        <source>it has tensors this net does not use: {names}</source>
        <translation>このネットワークが使わないテンソルがあります：{names}</translation>
    </message>
    <message>
        <source>{k} has shape {shape}, but the net needs {needed}</source>
        <translation>{k} の形状は {shape} ですが、ネットワークには {needed} が必要です</translation>
    </message>
    <message>
        <source>Weights are loaded into a network (an nn.Module), not {kind}.</source>
        <translation>重みはネットワーク（nn.Module）に読み込むもので、{kind} にではありません。</translation>
    </message>
    <message>
        <source>“{name}” is not weights: it should be a table of named tensors (conv1.weight, conv1.bias, …).</source>
        <translation>「{name}」は重みではありません：名前付きテンソルの表（conv1.weight、conv1.bias、…）のはずです。</translation>
    </message>
    <message>
        <source>this network</source>
        <translation>このネットワーク</translation>
    </message>
    <message>
        <source>“{name}” holds weights for {title}, but the current network is {here}. Switch the architecture first.</source>
        <translation>「{name}」は {title} 用の重みですが、現在のネットワークは {here} です。先にアーキテクチャを切り替えてください。</translation>
    </message>
    <message>
        <source>“{name}” holds weights for a different network: {problems}.</source>
        <translation>「{name}」は別のネットワーク用の重みです：{problems}。</translation>
    </message>
    <message>
        <source>“{name}”: {k} is stored in a {layout} layout, not as plain weights.</source>
        <translation>「{name}」：{k} は {layout} 形式で保存されており、通常の重みではありません。</translation>
    </message>
    <message>
        <source>“{name}”: {k} has a shape but no numbers (it was saved as a “meta” tensor), so these are not weights.</source>
        <translation>「{name}」：{k} は形状だけで数値がありません（「meta」テンソルとして保存）。重みではありません。</translation>
    </message>
    <message>
        <source>“{name}”: {k} holds complex numbers ({dtype}), but weights are real numbers, so this is not a weights file for this network.</source>
        <translation>「{name}」：{k} は複素数（{dtype}）ですが、重みは実数なので、このネットワークの重みのファイルではありません。</translation>
    </message>
    <message>
        <source>“{name}”: {k} is quantized ({dtype}); save the weights unquantized (float32).</source>
        <translation>「{name}」：{k} は量子化されています（{dtype}）。量子化せずに（float32 で）保存してください。</translation>
    </message>
    <message>
        <source>“{name}”: {k} holds whole numbers ({dtype}), but weights are decimal (floating-point) numbers, so this is not a weights file for this network.</source>
        <translation>「{name}」：{k} は整数（{dtype}）ですが、重みは小数（浮動小数点数）なので、このネットワークの重みのファイルではありません。</translation>
    </message>
    <message>
        <source>“{name}”: {k} is stored as {value}, a format this app cannot compute with; save the weights as float32, float16, bfloat16 or float64.</source>
        <translation>「{name}」：{k} はこのアプリが計算に使えない {value} 形式です。float32、float16、bfloat16、float64 のいずれかで保存してください。</translation>
    </message>
    <message>
        <source>“{name}”: {k} holds numbers too large for this network&apos;s {value} weights (beyond ±{limit:.1e}), so these weights are broken.</source>
        <translation>「{name}」：{k} にはこのネットワークの {value} の重みには大きすぎる数（±{limit:.1e} 超）があり、重みが壊れています。</translation>
    </message>
    <message>
        <source>“{name}”: {k} contains NaN or infinite values, so these weights are broken (perhaps saved after training diverged).</source>
        <translation>「{name}」：{k} に NaN または無限大があり、重みが壊れています（学習が発散した後に保存したのかもしれません）。</translation>
    </message>
    <message>
        <source>Only a network (an nn.Module) can be saved, not {kind}.</source>
        <translation>保存できるのはネットワーク（nn.Module）だけで、{kind} は保存できません。</translation>
    </message>
    <message>
        <source>The metadata to save must be a table of names and values that read as text.</source>
        <translation>保存するメタデータは、テキストとして読める名前と値の表でなければなりません。</translation>
    </message>
    <message>
        <source>Could not save “{name}”: these weights cannot be written to a file ({err}). Nothing was written.</source>
        <translation>「{name}」を保存できませんでした：この重みはファイルに書き込めません（{err}）。何も書き込んでいません。</translation>
    </message>
    <message>
        <source>“{path}” is a folder; choose a file name.</source>
        <translation>「{path}」はフォルダーです。ファイル名を選んでください。</translation>
    </message>
    <message>
        <source>Could not save “{name}”: {problem}. The previous file, if any, is unchanged.</source>
        <translation>「{name}」を保存できませんでした：{problem}。以前のファイルがあれば、そのまま残っています。</translation>
    </message>
</context>
<context>
    <name>WeightsActions</name>
    <message>
        <source>Weights (*.safetensors *.pt *.pth);;All files (*)</source>
        <translation>重み (*.safetensors *.pt *.pth);;すべてのファイル (*)</translation>
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
        <source>Weights trained on real handwritten digits</source>
        <translation>実際の手書き数字で学習した重み</translation>
    </message>
    <message>
        <source>{tip}: {accuracy} % right on {digits} digits held out from training</source>
        <translation>{tip}：学習に使っていない {digits} 個の数字で正解率 {accuracy} %</translation>
    </message>
</context>
<context>
    <name>WeightsView</name>
    <message>
        <source>{name}[{where}] = {value} (click: how the last step changed it)</source>
        <translation>{name}[{where}] = {value}（クリック：直前のステップでどう変わったか）</translation>
    </message>
    <message>
        <source>{name}: {out} filters of {inp}×{k}×{k} (a column per filter, a row per input channel)</source>
        <translation>{name}：{inp}×{k}×{k} のフィルター {out} 個（列がフィルター、行が入力チャンネル）</translation>
    </message>
    <message>
        <source>{name}: {out}×{inp} (a row per output, a column per input)</source>
        <translation>{name}：{out}×{inp}（行が出力、列が入力）</translation>
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
