<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Arch</name>
    <message>
        <source>Tutorial net (3×3 kernels)</source>
        <translation>Réseau du tutoriel (noyaux 3×3)</translation>
    </message>
    <message>
        <source>LeNet-5 (5×5 kernels)</source>
        <translation>LeNet-5 (noyaux 5×5)</translation>
    </message>
</context>
<context>
    <name>AutogradGraphView</name>
    <message>
        <source>The backward graph PyTorch built for the last loss (loss.grad_fn and its next_functions). Click a node to see the code line that created it.</source>
        <translation>Le graphe de rétropropagation que PyTorch a construit pour la dernière perte (loss.grad_fn et ses next_functions). Cliquez sur un nœud pour voir la ligne de code qui l’a créé.</translation>
    </message>
    <message>
        <source>Step backward ▶</source>
        <translation>Pas arrière ▶</translation>
    </message>
    <message>
        <source>Walk backward() one node at a time, in the order autograd ran it</source>
        <translation>Parcourir backward() nœud par nœud, dans l’ordre où autograd l’a exécuté</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Back to the loss, before backward() ran</source>
        <translation>Revenir à la perte, avant l’exécution de backward()</translation>
    </message>
    <message>
        <source>Press Backprop step: the graph of its loss appears here.</source>
        <translation>Appuyez sur Rétropropager : le graphe de sa perte apparaît ici.</translation>
    </message>
    <message>
        <source>|gradient| summed over channels: where the loss is most sensitive</source>
        <translation>|gradient| sommé sur les canaux : là où la perte est la plus sensible</translation>
    </message>
</context>
<context>
    <name>AutogradPresenter</name>
    <message>
        <source>The backward() of step {step}, as it ran: {n} nodes. Press “Step backward ▶” to follow it from the loss to every weight&apos;s .grad, in the order autograd ran it.</source>
        <translation>Le backward() du pas {step}, tel qu’il s’est exécuté : {n} nœuds. Appuyez sur « Pas arrière ▶ » pour le suivre de la perte jusqu’au .grad de chaque poids, dans l’ordre où autograd l’a exécuté.</translation>
    </message>
    <message>
        <source>No step has run on these weights yet: this is the backward() the next Backprop step will run, {n} nodes. Press “Step backward ▶” to follow it from the loss to every weight&apos;s .grad.</source>
        <translation>Aucun pas n’a encore été fait avec ces poids : voici le backward() que le prochain pas de rétropropagation exécutera, {n} nœuds. Appuyez sur « Pas arrière ▶ » pour le suivre de la perte jusqu’au .grad de chaque poids.</translation>
    </message>
    <message>
        <source>Back at the loss: press “Step backward ▶” again.</source>
        <translation>Retour à la perte : appuyez à nouveau sur « Pas arrière ▶ ».</translation>
    </message>
    <message>
        <source>{step}/{total} · {param}.grad ← the gradient, shape {shape}, norm {norm}: optimizer.step() used it.</source>
        <translation>{step}/{total} · {param}.grad ← le gradient, forme {shape}, norme {norm} : optimizer.step() l’a utilisé.</translation>
    </message>
    <message>
        <source>{step}/{total} · {param}.grad ← the gradient, shape {shape}, norm {norm}: optimizer.step() will use it.</source>
        <translation>{step}/{total} · {param}.grad ← le gradient, de forme {shape}, de norme {norm} : optimizer.step() l’utilisera.</translation>
    </message>
    <message>
        <source>{step}/{total} · {param}.grad: old norm {old} + this backward&apos;s contribution = new norm {new} (zero_grad is off, so it adds to the old one).</source>
        <translation>{step}/{total} · {param}.grad : ancienne norme {old} + la contribution de ce backward = nouvelle norme {new} (zero_grad est désactivé, donc il s’ajoute à l’ancien).</translation>
    </message>
    <message>
        <source>{step}/{total} · {name}: the gradient of the loss with respect to its output arrives, shape {shape}, norm {norm}; it sends it on to its inputs.</source>
        <translation>{step}/{total} · {name} : le gradient de la perte par rapport à sa sortie arrive, de forme {shape}, de norme {norm} ; il le transmet à ses entrées.</translation>
    </message>
    <message>
        <source>made by the forward stage {stage}</source>
        <translation>créé par l’étape {stage} de la propagation avant</translation>
    </message>
    <message>
        <source>made by the training lines (the loss)</source>
        <translation>créé par les lignes d’entraînement (la perte)</translation>
    </message>
    <message>
        <source>{node}: {where}.</source>
        <translation>{node} : {where}.</translation>
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
    <name>ClassSet</name>
    <message>
        <source>the file of drawing {id_} has disappeared</source>
        <translation>le fichier du dessin {id_} a disparu</translation>
    </message>
    <message>
        <source>the file of drawing {id_} cannot be read ({problem})</source>
        <translation>le fichier du dessin {id_} est illisible ({problem})</translation>
    </message>
    <message>
        <source>Could not store the drawing: {problem}.</source>
        <translation>Impossible d’enregistrer le dessin : {problem}.</translation>
    </message>
    <message>
        <source>Could not delete the drawing: {problem}.</source>
        <translation>Impossible de supprimer le dessin : {problem}.</translation>
    </message>
    <message>
        <source>Could not relabel the drawing: {problem}.</source>
        <translation>Impossible de changer l’étiquette du dessin : {problem}.</translation>
    </message>
    <message>
        <source>Could not delete the drawings: {problem}; none was deleted.</source>
        <translation>Impossible de supprimer les dessins : {problem} ; aucun n’a été supprimé.</translation>
    </message>
    <message>
        <source>There is no deletion to undo.</source>
        <translation>Il n’y a aucune suppression à annuler.</translation>
    </message>
    <message>
        <source>Could not bring the drawings back: {problem}.</source>
        <translation>Impossible de faire revenir les dessins : {problem}.</translation>
    </message>
    <message>
        <source>“{path}” is a folder; choose a file name.</source>
        <translation>« {path} » est un dossier ; choisissez un nom de fichier.</translation>
    </message>
    <message>
        <source>Could not export to “{name}”: {problem}. The previous file, if any, is unchanged.</source>
        <translation>Impossible d’exporter vers « {name} » : {problem}. Le fichier précédent, s’il existe, est inchangé.</translation>
    </message>
    <message>
        <source>Could not import “{name}”: {problem}. Nothing was imported.</source>
        <translation>Impossible d’importer « {name} » : {problem}. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>“{name}” holds {count} files, more than a class set can (at most {most}); nothing was imported.</source>
        <translation>« {name} » contient {count} fichiers, plus qu’un jeu de la classe ne peut en avoir (au plus {most}) ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>“{name}” contains an unsafe file name {filename}; nothing was imported.</source>
        <translation>« {name} » contient un nom de fichier dangereux {filename} ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>“{name}” is too large to be a class set; nothing was imported.</source>
        <translation>« {name} » est trop gros pour être un jeu de la classe ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>The import of “{name}” was cancelled; nothing was imported.</source>
        <translation>L’import de « {name} » a été annulé ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>“{name}” holds more than {MAX_IMPORT_PIXELS:,} pixels of drawings, far more than a class set; nothing was imported.</source>
        <translation>« {name} » contient plus de {MAX_IMPORT_PIXELS:,} pixels de dessins, bien plus qu’un jeu de la classe ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>it was not a regular file</source>
        <translation>ce n’était pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>it was {size} bytes, far more than an index</source>
        <translation>il faisait {size} octets, bien plus qu’un index</translation>
    </message>
    <message>
        <source>The class set&apos;s index ({problem})</source>
        <translation>L’index du jeu de la classe ({problem})</translation>
    </message>
    <message>
        <source>the index was rebuilt from the drawings</source>
        <translation>l’index a été reconstruit à partir des dessins</translation>
    </message>
    <message>
        <source>not a PNG image</source>
        <translation>ce n’est pas une image PNG</translation>
    </message>
    <message>
        <source>the image is empty ({w}×{h} pixels)</source>
        <translation>l’image est vide ({w}×{h} pixels)</translation>
    </message>
    <message>
        <source>the image is too large ({w}×{h} pixels; at most {max_pixels:,})</source>
        <translation>l’image est trop grande ({w}×{h} pixels ; au plus {max_pixels:,})</translation>
    </message>
    <message>
        <source>the image is damaged ({kind}: {value})</source>
        <translation>l’image est abîmée ({kind} : {value})</translation>
    </message>
    <message>
        <source>a label must be a digit 0–9 as an int, got {label}</source>
        <translation>une étiquette doit être un chiffre 0–9 (int), reçu {label}</translation>
    </message>
    <message>
        <source>a label must be a digit from 0 to 9, got {label}</source>
        <translation>une étiquette doit être un chiffre de 0 à 9, reçu {label}</translation>
    </message>
    <message>
        <source>a drawing must be a numpy array, got {kind}</source>
        <translation>un dessin doit être un tableau numpy, reçu {kind}</translation>
    </message>
    <message>
        <source>a drawing must be uint8 gray levels 0–255, got dtype {dtype}</source>
        <translation>un dessin doit être en niveaux de gris uint8 0–255, reçu le dtype {dtype}</translation>
    </message>
    <message>
        <source>a drawing must be a non-empty 2-D array, got shape {shape}</source>
        <translation>un dessin doit être un tableau 2-D non vide, reçu la forme {shape}</translation>
    </message>
    <message>
        <source>it is not valid JSON</source>
        <translation>ce n’est pas du JSON valide</translation>
    </message>
    <message>
        <source>it has no list of entries</source>
        <translation>il n’a pas de liste d’entrées</translation>
    </message>
    <message>
        <source>an entry has no id or creation time</source>
        <translation>une entrée n’a pas d’identifiant ou de date de création</translation>
    </message>
    <message>
        <source>an entry has an impossible creation time {value}</source>
        <translation>une entrée a une date de création impossible {value}</translation>
    </message>
    <message>
        <source>There is no file “{path}”.</source>
        <translation>Il n’y a pas de fichier « {path} ».</translation>
    </message>
    <message>
        <source>“{name}” cannot be read: {problem}.</source>
        <translation>« {name} » est illisible : {problem}.</translation>
    </message>
    <message>
        <source>“{name}” is not a regular file; choose a zip file.</source>
        <translation>« {name} » n’est pas un fichier ordinaire ; choisissez un fichier zip.</translation>
    </message>
    <message>
        <source>“{name}” is {value:,.0f} MB, too large to be a class set.</source>
        <translation>« {name} » fait {value:,.0f} Mo, trop pour un jeu de la classe.</translation>
    </message>
    <message>
        <source>“{name}” has a file name that is not valid UTF-8 although the zip says it is; nothing was imported.</source>
        <translation>« {name} » contient un nom de fichier qui n’est pas en UTF-8 valide alors que le zip l’annonce ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>“{name}” is not a readable zip file ({value}).</source>
        <translation>« {name} » n’est pas un fichier zip lisible ({value}).</translation>
    </message>
    <message>
        <source>“{name}” is not a readable zip file (its ZIP64 record is missing).</source>
        <translation>« {name} » n’est pas un fichier zip lisible (son enregistrement ZIP64 manque).</translation>
    </message>
    <message>
        <source>“{name}” is not a readable zip file (its ZIP64 record is damaged).</source>
        <translation>« {name} » n’est pas un fichier zip lisible (son enregistrement ZIP64 est abîmé).</translation>
    </message>
    <message>
        <source>“{name}” lists {entries:,} files, more than a class set can (at most {most}); nothing was imported.</source>
        <translation>« {name} » liste {entries:,} fichiers, plus qu’un jeu de la classe ne peut en avoir (au plus {most}) ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>“{name}” is not a regular file</source>
        <translation>« {name} » n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>“{name}” is {size:,} bytes, more than {limit:,}</source>
        <translation>« {name} » fait {size:,} octets, plus que {limit:,}</translation>
    </message>
    <message>
        <source>“{folder}” was not a folder</source>
        <translation>« {folder} » n’était pas un dossier</translation>
    </message>
    <message>
        <source>an empty class set was started</source>
        <translation>un jeu de la classe vide a été commencé</translation>
    </message>
    <message>
        <source>{what}; it could not be moved aside ({problem}) and is ignored, {then}.</source>
        <translation>{what} ; il n’a pas pu être mis de côté ({problem}) et est ignoré, {then}.</translation>
    </message>
    <message>
        <source>{what}; it was moved to “{target}”, {then}.</source>
        <translation>{what} ; il a été déplacé vers « {target} », {then}.</translation>
    </message>
</context>
<context>
    <name>ClassSetBrowser</name>
    <message>
        <source>The class set is empty.

Draw a digit, choose that digit as the target,
then press “Add drawing” to keep it here.
With a few drawings of each digit you can train on them.</source>
        <translation>Le jeu de la classe est vide.

Dessinez un chiffre, choisissez ce chiffre comme cible,
puis appuyez sur « Ajouter le dessin » pour le garder ici.
Avec quelques dessins de chaque chiffre, vous pourrez entraîner le réseau dessus.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln drawings</source>
        <translation>
            <numerusform>%Ln dessin</numerusform>
            <numerusform>%Ln dessins</numerusform>
        </translation>
    </message>
    <message>
        <source>The class&apos;s drawings with their labels. Double-click one to put it on the canvas; Delete removes the selected one.</source>
        <translation>Les dessins de la classe avec leurs étiquettes. Double-cliquez sur l’un d’eux pour le mettre sur la toile ; Suppr enlève celui qui est sélectionné.</translation>
    </message>
    <message>
        <source>How many drawings of each digit the class set holds</source>
        <translation>Combien de dessins de chaque chiffre contient le jeu de la classe</translation>
    </message>
    <message>
        <source>Add drawing</source>
        <translation>Ajouter le dessin</translation>
    </message>
    <message>
        <source>Store the current drawing in the class set, labelled with the selected target digit</source>
        <translation>Garder le dessin actuel dans le jeu de la classe, étiqueté avec le chiffre cible choisi</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected drawing from the class set</source>
        <translation>Retirer le dessin sélectionné du jeu de la classe</translation>
    </message>
    <message>
        <source>The label of the selected drawing; choose another digit to relabel it</source>
        <translation>L’étiquette du dessin sélectionné ; choisissez un autre chiffre pour la changer</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source> epochs</source>
        <translation> époques</translation>
    </message>
    <message>
        <source>How many times to go through every drawing of the class set</source>
        <translation>Combien de fois parcourir tous les dessins du jeu de la classe</translation>
    </message>
    <message>
        <source>Training progress over the class set</source>
        <translation>Avancement de l’entraînement sur le jeu de la classe</translation>
    </message>
    <message>
        <source>Delete all…</source>
        <translation>Tout supprimer…</translation>
    </message>
    <message>
        <source>Remove every drawing of the class set, for a new class (asks first; can be undone)</source>
        <translation>Retirer tous les dessins du jeu de la classe, pour une nouvelle classe (demande d’abord ; annulable)</translation>
    </message>
    <message>
        <source>Undo delete all</source>
        <translation>Annuler tout supprimer</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Annuler l’import</translation>
    </message>
    <message>
        <source>Stop importing; nothing of that file is kept</source>
        <translation>Arrêter l’import ; rien de ce fichier n’est gardé</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save the class set as a zip file to share or keep</source>
        <translation>Enregistrer le jeu de la classe dans un fichier zip, pour le partager ou le garder</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Add the drawings of a class-set zip file</source>
        <translation>Ajouter les dessins d’un fichier zip de jeu de la classe</translation>
    </message>
    <message>
        <source>Importing %v / %m</source>
        <translation>Import %v / %m</translation>
    </message>
    <message>
        <source>Stop training</source>
        <translation>Arrêter l’entraînement</translation>
    </message>
    <message>
        <source>Train on class set</source>
        <translation>Entraîner sur le jeu</translation>
    </message>
    <message>
        <source>Stop training on the class set</source>
        <translation>Arrêter l’entraînement sur le jeu de la classe</translation>
    </message>
    <message>
        <source>Train the network on every drawing of the class set (one-hot targets, the tutorial&apos;s MSE loss and SGD), for the chosen number of epochs</source>
        <translation>Entraîner le réseau sur chaque dessin du jeu de la classe (cibles one-hot, la fonction de perte MSE et le SGD du tutoriel), pendant le nombre d’époques choisi</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Annuler la suppression</translation>
    </message>
    <message>
        <source>Bring back the drawing just deleted (Ctrl+Z in the list)</source>
        <translation>Faire revenir le dessin qui vient d’être supprimé (Ctrl+Z dans la liste)</translation>
    </message>
    <message>
        <source>Bring back the drawings removed by “Delete all” (Ctrl+Z in the list)</source>
        <translation>Faire revenir les dessins retirés par « Tout supprimer » (Ctrl+Z dans la liste)</translation>
    </message>
    <message>
        <source>{label} test</source>
        <translation>{label} test</translation>
    </message>
    <message>
        <source>labelled {label}; held out for testing, never trained on; double-click to put it on the canvas</source>
        <translation>étiqueté {label} ; mis de côté pour le test, jamais utilisé pour l’entraînement ; double-cliquez pour le mettre sur la toile</translation>
    </message>
    <message>
        <source>labelled {label}; double-click to put it on the canvas</source>
        <translation>étiqueté {label} ; double-cliquez pour le mettre sur la toile</translation>
    </message>
    <message>
        <source>Delete all drawings</source>
        <translation>Supprimer tous les dessins</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %Ln drawings of the class set?</source>
        <translation>
            <numerusform>Supprimer le dessin (%Ln) du jeu de la classe ?</numerusform>
            <numerusform>Supprimer les %Ln dessins du jeu de la classe ?</numerusform>
        </translation>
    </message>
    <message>
        <source>“Undo delete all” brings them back until the app is closed.</source>
        <translation>« Annuler tout supprimer » les fait revenir tant que l’application reste ouverte.</translation>
    </message>
    <message>
        <source>Delete all</source>
        <translation>Tout supprimer</translation>
    </message>
    <message>
        <source>this drawing&apos;s file is damaged; it is left out of training</source>
        <translation>le fichier de ce dessin est abîmé ; il est écarté de l’entraînement</translation>
    </message>
</context>
<context>
    <name>ClassSetEvaluation</name>
    <message>
        <source>Hold out {percent} for testing</source>
        <translation>Garder {percent} pour le test</translation>
    </message>
    <message>
        <source>Keep about one drawing in five out of “Train on class set” (always the same ones), so the evaluation shows how well the net does on drawings it never learned from</source>
        <translation>Écarter environ un dessin sur cinq de « Entraîner sur le jeu » (toujours les mêmes), pour que l’évaluation montre ce que vaut le réseau sur des dessins qu’il n’a jamais appris</translation>
    </message>
    <message>
        <source>Evaluating %v / %m</source>
        <translation>Évaluation %v / %m</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>Accuracy for each digit: the share of its drawings the net recognised</source>
        <translation>Exactitude pour chaque chiffre : la part de ses dessins que le réseau a reconnus</translation>
    </message>
    <message>
        <source>Row: the true digit. Column: what the net said. The diagonal (green) is right; red cells are mistakes, darker for more.</source>
        <translation>Ligne : le vrai chiffre. Colonne : ce que le réseau a répondu. La diagonale (verte) est juste ; les cases rouges sont des erreurs, plus foncées quand il y en a plus.</translation>
    </message>
    <message>
        <source>true {digit}</source>
        <translation>vrai {digit}</translation>
    </message>
    <message>
        <source>The drawings the net got wrong, most confident mistakes first; click one to put it on the canvas</source>
        <translation>Les dessins sur lesquels le réseau s’est trompé, les erreurs les plus assurées d’abord ; cliquez sur l’un d’eux pour le mettre sur la toile</translation>
    </message>
    <message>
        <source>Stop evaluating</source>
        <translation>Arrêter l’évaluation</translation>
    </message>
    <message>
        <source>Evaluate on class set</source>
        <translation>Évaluer sur le jeu</translation>
    </message>
    <message>
        <source>Stop the evaluation</source>
        <translation>Arrêter l’évaluation</translation>
    </message>
    <message>
        <source>Run the current net on every drawing of the class set: accuracy per digit, which digits it confuses, and the drawings it gets wrong</source>
        <translation>Passer chaque dessin du jeu de la classe dans le réseau actuel : exactitude par chiffre, chiffres confondus, et dessins mal reconnus</translation>
    </message>
    <message>
        <source>The class set has changed since: press “Evaluate on class set” again.</source>
        <translation>Le jeu de la classe a changé depuis : appuyez à nouveau sur « Évaluer sur le jeu ».</translation>
    </message>
    <message>
        <source>Press “Evaluate on class set” to see how well the current net recognises the class&apos;s drawings.</source>
        <translation>Appuyez sur « Évaluer sur le jeu » pour voir si le réseau actuel reconnaît bien les dessins de la classe.</translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} drawings are held out for testing (marked “test” in the Class set list): “Train on class set” never trains on them.</source>
        <translation>
            <numerusform>%n dessin sur {total} est mis de côté pour le test (marqué « test » dans le panneau Dessins) : « Entraîner sur le jeu » ne s’en sert jamais.</numerusform>
            <numerusform>%n dessins sur {total} sont mis de côté pour le test (marqués « test » dans le panneau Dessins) : « Entraîner sur le jeu » ne s’en sert jamais.</numerusform>
        </translation>
    </message>
    <message>
        <source>trained on</source>
        <translation>entraînés</translation>
    </message>
    <message>
        <source>held out</source>
        <translation>mis de côté</translation>
    </message>
    <message>
        <source>all drawings</source>
        <translation>tous les dessins</translation>
    </message>
    <message>
        <source>: </source>
        <translation>&#xa0;: </translation>
    </message>
    <message numerus="yes">
        <source>(%n damaged drawings left out)</source>
        <translation>
            <numerusform>(%n dessin abîmé écarté)</numerusform>
            <numerusform>(%n dessins abîmés écartés)</numerusform>
        </translation>
    </message>
    <message>
        <source>{right} of {total} recognised</source>
        <translation>{right} sur {total} reconnus</translation>
    </message>
    <message>
        <source>no drawing</source>
        <translation>aucun dessin</translation>
    </message>
    <message numerus="yes">
        <source>%n drawings misclassified</source>
        <translation>
            <numerusform>%n dessin mal classé</numerusform>
            <numerusform>%n dessins mal classés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n of them named no digit)</source>
        <translation>
            <numerusform> (dont %n sans chiffre désigné)</numerusform>
            <numerusform> (dont %n sans chiffre désigné)</numerusform>
        </translation>
    </message>
    <message>
        <source> (the {count} most confident listed)</source>
        <translation> (les {count} plus assurés sont listés)</translation>
    </message>
    <message>
        <source>: click one to put it on the canvas.</source>
        <translation> : cliquez sur l’un d’eux pour le mettre sur la toile.</translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <source>no digit (no single largest output: nan or ±inf)</source>
        <translation>aucun chiffre (aucune sortie n’est seule la plus grande : nan ou ±inf)</translation>
    </message>
    <message>
        <source>true {digit} → said {said}</source>
        <translation>vrai {digit} → réponse {said}</translation>
    </message>
    <message>
        <source>   · held out</source>
        <translation>   · mis de côté</translation>
    </message>
    <message>
        <source>Click to put this drawing on the canvas</source>
        <translation>Cliquez pour mettre ce dessin sur la toile</translation>
    </message>
    <message>
        <source>{percent} ({right} of {total})</source>
        <translation>{percent} ({right} sur {total})</translation>
    </message>
    <message numerus="yes">
        <source>%n drawings of {true} recognised as {said}</source>
        <translation>
            <numerusform>%n dessin de {true} reconnu comme {said}</numerusform>
            <numerusform>%n dessins de {true} reconnus comme {said}</numerusform>
        </translation>
    </message>
    <message>
        <source>Evaluation stopped.</source>
        <translation>Évaluation arrêtée.</translation>
    </message>
    <message>
        <source>The evaluation failed ({kind}: {problem}).</source>
        <translation>L’évaluation a échoué ({kind} : {problem}).</translation>
    </message>
</context>
<context>
    <name>ClassSetImport</name>
    <message>
        <source>Could not import “{name}” ({kind}: {problem}). Nothing was imported.</source>
        <translation>Impossible d’importer « {name} » ({kind} : {problem}). Rien n’a été importé.</translation>
    </message>
</context>
<context>
    <name>ClassSetWorkflow</name>
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
        <source>Deleted one drawing; “Undo delete” (Ctrl+Z in the list) brings it back.</source>
        <translation>Un dessin a été supprimé ; « Annuler la suppression » (Ctrl+Z dans la liste) le fait revenir.</translation>
    </message>
    <message>
        <source>Class set</source>
        <translation>Dessins</translation>
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
</context>
<context>
    <name>CodeView</name>
    <message>
        <source>The file this code is read from: open it in an editor to change the net.</source>
        <translation>Le fichier d’où ce code est lu : ouvrez-le dans un éditeur pour modifier le réseau.</translation>
    </message>
    <message>
        <source>print(net): the layers as this net really built them</source>
        <translation>print(net) : les couches telles que ce réseau les a vraiment construites</translation>
    </message>
    <message>
        <source>The code the net runs. Highlighted: the line that produced what you are looking at, or the training step that just ran.</source>
        <translation>Le code qu’exécute le réseau. En surbrillance : la ligne qui a produit ce que vous regardez, ou le pas d’entraînement qui vient d’être fait.</translation>
    </message>
    <message>
        <source>zero_grad on</source>
        <translation>zero_grad activé</translation>
    </message>
    <message>
        <source>zero_grad OFF: the marked line is skipped, gradients add up</source>
        <translation>zero_grad DÉSACTIVÉ : la ligne marquée est sautée, les gradients s’accumulent</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Training diverged: reset the weights or lower the learning rate first.</source>
        <translation>L’entraînement a divergé : réinitialisez d’abord les poids ou baissez le taux d’apprentissage.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>Something went wrong inside lenet-gui:</source>
        <translation>Un problème est survenu dans lenet-gui :</translation>
    </message>
    <message>
        <source>The details were written to:</source>
        <translation>Les détails ont été écrits dans :</translation>
    </message>
    <message>
        <source>The details could not be written to a log file ({problem}).</source>
        <translation>Les détails n’ont pas pu être écrits dans un journal ({problem}).</translation>
    </message>
    <message>
        <source>lenet-gui keeps running; you can carry on.</source>
        <translation>lenet-gui continue de fonctionner ; vous pouvez poursuivre.</translation>
    </message>
</context>
<context>
    <name>ExceptionHandler</name>
    <message numerus="yes">
        <source>(This happened %n times.)</source>
        <translation>
            <numerusform>(C’est arrivé %n fois.)</numerusform>
            <numerusform>(C’est arrivé %n fois.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more different errors were only written to the log.</source>
        <translation>
            <numerusform>%n autre erreur différente n’a été écrite que dans le journal.</numerusform>
            <numerusform>%n autres erreurs différentes n’ont été écrites que dans le journal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <source>no stage {stage}: the stages are {value}</source>
        <translation>pas d’étape {stage} : les étapes sont {value}</translation>
    </message>
    <message>
        <source>{stage} has shape {value} (without the batch): no element {index}</source>
        <translation>{stage} a la forme {value} (sans le lot) : pas d’élément {index}</translation>
    </message>
    <message>
        <source>The input pixel at row {row}, column {col}: {value:.4g} (0 = dark background, 1 = full ink).</source>
        <translation>Le pixel d’entrée ligne {row}, colonne {col} : {value:.4g} (0 = fond sombre, 1 = encre pleine).</translation>
    </message>
    <message>
        <source>{stage}: the trace does not say which stage it read from</source>
        <translation>{stage} : la trace ne dit pas de quelle étape il a lu</translation>
    </message>
    <message>
        <source>{op} gave {value:.4g} here; the app does not spell out {name} yet.</source>
        <translation>{op} a donné {value:.4g} ici ; l’application ne détaille pas encore {name}.</translation>
    </message>
    <message>
        <source>Against the target {target:.4g}, its MSE term is ({value:.4g} − {target:.4g})² = {term:.4g}: {share:.0%} of the loss (the mean of the {count} terms, {mean:.4g}).</source>
        <translation>Face à la cible {target:.4g}, son terme MSE vaut ({value:.4g} − {target:.4g})² = {term:.4g} : {share:.0%} de la perte (la moyenne des {count} termes, {mean:.4g}).</translation>
    </message>
    <message>
        <source>{key}: only convolutions without padding or dilation are spelled out</source>
        <translation>{key} : seules les convolutions sans remplissage ni dilatation sont détaillées</translation>
    </message>
    <message>
        <source>{name} slides a {k_h}×{k_w} filter over all {channels} channels of {src}. At row {row}, column {col} of output channel {c}: for each input channel, the {k_h}×{k_w} patch × kernel {c}, summed ({sums}); Σ = {total:.6g}, + bias {bias:.4g} = {value:.6g}.</source>
        <translation>La couche de convolution {name} fait glisser un filtre {k_h}×{k_w} sur les {channels} canaux de {src}. Ligne {row}, colonne {col} du canal de sortie {c} : pour chaque canal d’entrée, la zone {k_h}×{k_w} × le noyau {c}, additionnés ({sums}) ; Σ = {total:.6g}, + biais {bias:.4g} = {value:.6g}.</translation>
    </message>
    <message>
        <source>{name} slides a {k_h}×{k_w} filter over the {channels} channel of {src}. At row {row}, column {col} of output channel {c}: the {k_h}×{k_w} patch × kernel {c}, summed ({sums}); Σ = {total:.6g}, + bias {bias:.4g} = {value:.6g}.</source>
        <translation>La couche de convolution {name} fait glisser un filtre {k_h}×{k_w} sur le canal ({channels}) de {src}. Ligne {row}, colonne {col} du canal de sortie {c} : la zone {k_h}×{k_w} × le noyau {c}, additionnés ({sums}) ; Σ = {total:.6g}, + biais {bias:.4g} = {value:.6g}.</translation>
    </message>
    <message>
        <source>ReLU is max(x, 0): x = {x:.6g} from {src}; it is positive, so it passes: {value:.6g}.</source>
        <translation>ReLU vaut max(x, 0) : x = {x:.6g} venant de {src} ; il est positif, donc il passe : {value:.6g}.</translation>
    </message>
    <message>
        <source>ReLU is max(x, 0): x = {x:.6g} from {src}; it is not positive, so it becomes 0: {value:.6g}.</source>
        <translation>ReLU vaut max(x, 0) : x = {x:.6g} venant de {src} ; il n’est pas positif, donc il devient 0 : {value:.6g}.</translation>
    </message>
    <message>
        <source>{key}: only max pooling is spelled out</source>
        <translation>{key} : seul le regroupement (pooling) max est détaillé</translation>
    </message>
    <message>
        <source>max_pool2d keeps the largest of each {kh}×{kw} window of {src}: the window at rows {top}–{bottom}, columns {left}–{right} of channel {c} holds {cells}; the largest is {value:.6g} (row {row}, column {col}).</source>
        <translation>max_pool2d (regroupement, pooling) garde le plus grand de chaque fenêtre {kh}×{kw} de {src} : la fenêtre lignes {top}–{bottom}, colonnes {left}–{right} du canal {c} contient {cells} ; le plus grand est {value:.6g} (ligne {row}, colonne {col}).</translation>
    </message>
    <message>
        <source>view lays the {dims} values of {src} out in one row, channel by channel, row by row: element {i} is channel {ch}, row {row}, column {col} ({formula}), value {value:.6g}.</source>
        <translation>view met les {dims} valeurs de {src} sur une seule ligne, canal par canal, ligne par ligne : l’élément {i} est le canal {ch}, ligne {row}, colonne {col} ({formula}), valeur {value:.6g}.</translation>
    </message>
    <message>
        <source>view lays the {dims} values of {src} out in one row: element {i} is {where}, {value:.6g}.</source>
        <translation>view met les {dims} valeurs de {src} sur une seule ligne : l’élément {i} est {where}, {value:.6g}.</translation>
    </message>
    <message>
        <source>{name} is y = Wx + b: output {o} = Σ over {count} inputs of w·x, + bias. Largest: {named}; the other {others} add {rest:.4g}; Σ = {total:.6g}, + bias {bias:.4g} = {value:.6g}.</source>
        <translation>{name} calcule y = Wx + b : sortie {o} = Σ sur {count} entrées de w·x, + biais. Les plus grands : {named} ; les {others} autres ajoutent {rest:.4g} ; Σ = {total:.6g}, + biais {bias:.4g} = {value:.6g}.</translation>
    </message>
    <message>
        <source>({stage} ch {c}, row {row}, col {col})</source>
        <translation>({stage} canal {c}, ligne {row}, col. {col})</translation>
    </message>
    <message>
        <source>no stage {stage}</source>
        <translation>pas d’étape {stage}</translation>
    </message>
</context>
<context>
    <name>ExplainPanel</name>
    <message>
        <source>Walk ▶</source>
        <translation>Parcourir ▶</translation>
    </message>
    <message>
        <source>Walk the filter over the map, one value after the other</source>
        <translation>Faire glisser le filtre sur la carte de caractéristiques, une valeur après l’autre</translation>
    </message>
    <message>
        <source>Arrow keys: the neighbouring value</source>
        <translation>Touches fléchées : la valeur voisine</translation>
    </message>
    <message>
        <source>Explain a value</source>
        <translation>Expliquer une valeur</translation>
    </message>
    <message>
        <source>Click any value in the feature maps, an output bar or a weight: this panel shows how it was computed, with the real numbers.</source>
        <translation>Cliquez sur une valeur des cartes de caractéristiques, une barre de sortie ou un poids : ce panneau montre comment elle a été calculée, avec les vrais nombres.</translation>
    </message>
    <message>
        <source>Pause ❚❚</source>
        <translation>Pause ❚❚</translation>
    </message>
</context>
<context>
    <name>ExplainPresenter</name>
    <message>
        <source>{stage}, channel {channel}: {h}×{w}</source>
        <translation>{stage}, canal {channel} : {h}×{w}</translation>
    </message>
    <message>
        <source>{stage}: {n} values</source>
        <translation>{stage} : {n} valeurs</translation>
    </message>
    <message>
        <source>Cannot explain this value</source>
        <translation>Impossible d’expliquer cette valeur</translation>
    </message>
    <message>
        <source>∂loss/∂value =</source>
        <translation>∂perte/∂valeur =</translation>
    </message>
    <message>
        <source>After backward(), this value&apos;s gradient is {grad}: the loss would change by about {grad} × a small change of it (loss now {loss}).</source>
        <translation>Après backward(), le gradient de cette valeur vaut {grad} : la perte changerait d’environ {grad} × un petit changement de cette valeur (perte actuelle {loss}).</translation>
    </message>
    <message>
        <source>{stage}[{index}] = {value}</source>
        <translation>{stage}[{index}] = {value}</translation>
    </message>
    <message>
        <source>It depends on every pixel of the {h}×{w} input.</source>
        <translation>Elle dépend de chaque pixel de l’entrée {h}×{w}.</translation>
    </message>
    <message>
        <source>It depends on input rows {r0}–{r1} and columns {c0}–{c1} only ({fh}×{fw}): the last {mr} rows and {mc} columns of the {h}×{w} input reach no value from here on. Each max_pool2d keeps whole 2×2 windows and drops an odd row and column (13 → 6 drops one), and each 3×3 convolution needs two more input rows than it gives, so those pixels are never read: the red band on the 32×32 preview.</source>
        <translation>Elle ne dépend que des lignes {r0}–{r1} et des colonnes {c0}–{c1} de l’entrée ({fh}×{fw}) : les {mr} dernières lignes et les {mc} dernières colonnes de l’entrée {h}×{w} n’atteignent plus aucune valeur à partir d’ici. Chaque max_pool2d garde des fenêtres 2×2 entières et laisse tomber une ligne et une colonne impaires (13 → 6 en laisse une), et chaque couche de convolution 3×3 a besoin de deux lignes d’entrée de plus qu’elle n’en donne : ces pixels ne sont donc jamais lus. C’est la bande rouge sur l’aperçu 32×32.</translation>
    </message>
    <message>
        <source>No ink lies there: the preprocessing centres the digit in the middle 28×28 and pads 2 pixels around it, so nothing of the drawing is lost.</source>
        <translation>Il n’y a pas d’encre à cet endroit : le prétraitement centre le chiffre dans les 28×28 du milieu et ajoute 2 pixels de marge autour, donc rien du dessin n’est perdu.</translation>
    </message>
    <message>
        <source>Some ink lies there, and the net never sees it.</source>
        <translation>De l’encre se trouve là, et le réseau ne la voit jamais.</translation>
    </message>
    <message>
        <source> ← {stage} ch {c}, row {r}, col {col}</source>
        <translation> ← {stage} canal {c}, ligne {r}, col. {col}</translation>
    </message>
    <message numerus="yes">
        <source>For each of the %n channels of {src}: the patch × kernel {c} of {stage}, summed</source>
        <translation>
            <numerusform>Pour %n canal de {src} : la zone × le noyau {c} de {stage}, sommé</numerusform>
            <numerusform>Pour chacun des %n canaux de {src} : la zone × le noyau {c} de {stage}, sommé</numerusform>
        </translation>
    </message>
    <message>
        <source>ch {c}</source>
        <translation>canal {c}</translation>
    </message>
    <message>
        <source>patch</source>
        <translation>zone</translation>
    </message>
    <message>
        <source>kernel</source>
        <translation>noyau</translation>
    </message>
    <message>
        <source>Σ over the channels =</source>
        <translation>Σ sur les canaux =</translation>
    </message>
    <message>
        <source>+ bias</source>
        <translation>+ biais</translation>
    </message>
    <message>
        <source>window of {src}</source>
        <translation>fenêtre de {src}</translation>
    </message>
    <message>
        <source>→ the largest =</source>
        <translation>→ le plus grand =</translation>
    </message>
    <message>
        <source>x comes from {src}[{index}]</source>
        <translation>x vient de {src}[{index}]</translation>
    </message>
    <message>
        <source>{stage}[{o}] = Σ w·x over {n} inputs + bias; the largest terms:</source>
        <translation>{stage}[{o}] = Σ w·x sur {n} entrées + biais ; les plus grands termes :</translation>
    </message>
    <message>
        <source>+ the other {n} terms</source>
        <translation>+ les {n} autres termes</translation>
    </message>
    <message>
        <source>Σ =</source>
        <translation>Σ =</translation>
    </message>
    <message>
        <source>{share} % of the loss {loss} (the mean of the 10 terms)</source>
        <translation>{share} % de la perte {loss} (la moyenne des 10 termes)</translation>
    </message>
    <message>
        <source>input pixel [{index}] =</source>
        <translation>pixel d’entrée [{index}] =</translation>
    </message>
    <message>
        <source>No such weight</source>
        <translation>Ce poids n’existe pas</translation>
    </message>
    <message>
        <source>The network has changed: click a weight again.</source>
        <translation>Le réseau a changé : cliquez à nouveau sur un poids.</translation>
    </message>
    <message>
        <source>value now</source>
        <translation>valeur actuelle</translation>
    </message>
    <message>
        <source>SGD changes every weight by −lr × its gradient: new = old − lr × grad.</source>
        <translation>SGD change chaque poids de −lr × son gradient : nouveau = ancien − lr × grad.</translation>
    </message>
    <message>
        <source>gradient (.grad)</source>
        <translation>gradient (.grad)</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>taux d’apprentissage</translation>
    </message>
    <message>
        <source>new = old − lr × grad =</source>
        <translation>nouveau = ancien − lr × grad =</translation>
    </message>
    <message>
        <source>change</source>
        <translation>variation</translation>
    </message>
    <message>
        <source>Take a Backprop step to see how it changes this weight.</source>
        <translation>Faites un pas de rétropropagation pour voir comment il change ce poids.</translation>
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
        <translation>Impossible d’écrire « {name} » : {problem}.</translation>
    </message>
</context>
<context>
    <name>Exports</name>
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
</context>
<context>
    <name>FeatureMaps</name>
    <message>
        <source>{stage} channel {c}, row {row}, col {col}: {value}</source>
        <translation>{stage} canal {c}, ligne {row}, col. {col} : {value}</translation>
    </message>
    <message>
        <source>{stage} value {i} = {source} channel {c}, row {row}, col {col}: {value}</source>
        <translation>{stage} valeur {i} = {source} canal {c}, ligne {row}, col. {col} : {value}</translation>
    </message>
    <message>
        <source>{stage} value {i}: {value}</source>
        <translation>{stage} valeur {i} : {value}</translation>
    </message>
    <message>
        <source>{title} — level {level}</source>
        <translation>{title} — échelle {level}</translation>
    </message>
    <message>
        <source>each row: one {source} channel ({size}{count} values), laid end to end</source>
        <translation>chaque ligne : une carte de caractéristiques de {source} ({size}{count} valeurs), mise bout à bout</translation>
    </message>
</context>
<context>
    <name>FramePresenter</name>
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
        <source>{what} Lower the learning rate (now {lr}) or reset the weights.</source>
        <translation>{what} Baissez le taux d’apprentissage (actuellement {lr}) ou réinitialisez les poids.</translation>
    </message>
</context>
<context>
    <name>GradientView</name>
    <message>
        <source>Size of each parameter&apos;s gradient after the last backward(): how hard the step pushed each tensor.</source>
        <translation>Taille du gradient de chaque paramètre après le dernier backward() : à quel point le pas a poussé chaque tenseur.</translation>
    </message>
    <message>
        <source>With zero_grad switched off, these numbers grow step after step: backward() adds to .grad instead of replacing it.</source>
        <translation>Avec zero_grad désactivé, ces nombres grandissent à chaque pas : backward() ajoute à .grad au lieu de le remplacer.</translation>
    </message>
    <message>
        <source>Pick a parameter tensor; its first element&apos;s update is spelled out below</source>
        <translation>Choisissez un tenseur de paramètres ; la mise à jour de son premier élément est détaillée ci-dessous</translation>
    </message>
    <message>
        <source>What optimizer.step() did to this one number: new = old − lr × grad</source>
        <translation>Ce qu’optimizer.step() a fait à ce nombre : nouveau = ancien − lr × grad</translation>
    </message>
    <message>
        <source>Follow one weight:</source>
        <translation>Suivre un poids :</translation>
    </message>
    <message>
        <source>parameter</source>
        <translation>paramètre</translation>
    </message>
    <message>
        <source>shape</source>
        <translation>forme</translation>
    </message>
    <message>
        <source>Gradients appear after the first Backprop step.</source>
        <translation>Les gradients apparaissent après le premier pas de rétropropagation.</translation>
    </message>
    <message>
        <source>Step once to see how one weight changes.</source>
        <translation>Faites un pas pour voir comment un poids change.</translation>
    </message>
    <message>
        <source>new = old − lr × grad</source>
        <translation>nouveau = ancien − lr × grad</translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <source>Enter or Escape in a number box gives these keys back to the window.</source>
        <translation>Entrée ou Échap dans un champ numérique rend ces touches à la fenêtre.</translation>
    </message>
    <message>
        <source>Tab and Shift+Tab go from control to control; Enter presses the button that has the focus.</source>
        <translation>Tab et Maj+Tab passent d’une commande à l’autre ; Entrée appuie sur le bouton qui a le focus.</translation>
    </message>
    <message>
        <source>In the Explain panel and the Feature maps, once a value is chosen (click it):</source>
        <translation>Dans le panneau Explication et les cartes de caractéristiques, une fois une valeur choisie (cliquez dessus) :</translation>
    </message>
    <message>
        <source>the value to the left or right (in a vector: the previous or next one)</source>
        <translation>la valeur à gauche ou à droite (dans un vecteur : la précédente ou la suivante)</translation>
    </message>
    <message>
        <source>the value above or below (in a vector: a row of its picture back or on)</source>
        <translation>la valeur au-dessus ou au-dessous (dans un vecteur : une ligne de son image en arrière ou en avant)</translation>
    </message>
    <message>
        <source>the same place in the previous or next map</source>
        <translation>le même endroit dans la carte précédente ou suivante</translation>
    </message>
    <message>
        <source>In the Feature maps, an arrow key with no value chosen yet picks the first value of the framed layer. “Walk ▶” in the Explain panel walks the filter over the map.</source>
        <translation>Dans les cartes de caractéristiques, une touche fléchée sans valeur choisie prend la première valeur de la couche encadrée. « Parcourir ▶ » dans le panneau Explication fait glisser le filtre sur la carte.</translation>
    </message>
    <message>
        <source>In the Output bars and the Weights, once Tab has reached them (a dotted frame shows it):</source>
        <translation>Dans les barres de la Sortie et les Poids, une fois atteints avec Tab (un cadre pointillé le montre) :</translation>
    </message>
    <message>
        <source>the previous or next bar or weight, explained as a click does</source>
        <translation>la barre ou le poids précédent ou suivant, expliqué comme par un clic</translation>
    </message>
    <message>
        <source>take the cursor away</source>
        <translation>retirer le curseur</translation>
    </message>
    <message>
        <source>In the Class set list:</source>
        <translation>Dans la liste du jeu de la classe :</translation>
    </message>
    <message>
        <source>delete the selected drawing</source>
        <translation>supprimer le dessin choisi</translation>
    </message>
    <message>
        <source>bring back the drawing, or drawings, deleted last</source>
        <translation>faire revenir le ou les derniers dessins supprimés</translation>
    </message>
    <message>
        <source>The first arrow key moves on from the bar or weight last clicked; with none clicked, it shows the predicted digit or the first weight. Space stays the Backprop step here too.</source>
        <translation>La première touche fléchée part de la barre ou du poids cliqué en dernier ; sans clic, elle montre le chiffre prédit ou le premier poids. Espace reste ici aussi le pas de rétropropagation.</translation>
    </message>
    <message>
        <source>in the Weights: the weight above or below, as drawn</source>
        <translation>dans les Poids : le poids au-dessus ou au-dessous, tel que dessiné</translation>
    </message>
    <message>
        <source>in the Weights: the first weight of the previous or next tensor</source>
        <translation>dans les Poids : le premier poids du tenseur précédent ou suivant</translation>
    </message>
    <message>
        <source>explain the value under the cursor, as a click does</source>
        <translation>expliquer la valeur sous le curseur, comme un clic</translation>
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
    <name>LargeMap</name>
    <message>
        <source>row {row}, col {col}: {value}</source>
        <translation>ligne {row}, col. {col} : {value}</translation>
    </message>
</context>
<context>
    <name>LayerTable</name>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Op</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Output shape</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Parameter shapes</source>
        <translation>Formes (poids)</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Position and name of the stage in the tutorial&apos;s forward()</source>
        <translation>Position et nom de l’étape dans le forward() du tutoriel</translation>
    </message>
    <message>
        <source>The line of code that produces this stage, as the tutorial writes it</source>
        <translation>La ligne de code qui produit cette étape, telle que l’écrit le tutoriel</translation>
    </message>
    <message>
        <source>Shape of the output tensor: (N batch, C channels, H height, W width) or (N, features)</source>
        <translation>Forme du tenseur de sortie : (N lot, C canaux, H hauteur, W largeur) ou (N, caractéristiques)</translation>
    </message>
    <message>
        <source>Shapes of the learnable tensors of this layer: weight + bias</source>
        <translation>Formes des tenseurs apprenables de cette couche : poids + biais</translation>
    </message>
    <message>
        <source>Number of learnable numbers in this layer</source>
        <translation>Nombre de valeurs apprenables de cette couche</translation>
    </message>
    <message>
        <source>Which revision of the tutorial&apos;s network to build</source>
        <translation>Quelle version du réseau du tutoriel construire</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Réseau :</translation>
    </message>
    <message>
        <source>Every stage of forward(); select a row to highlight its feature maps</source>
        <translation>Chaque étape de forward() ; sélectionnez une ligne pour mettre en évidence ses cartes de caractéristiques</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>All learnable parameters of the network: {count}</source>
        <translation>Tous les paramètres apprenables du réseau : {count}</translation>
    </message>
    <message>
        <source>{c} channels × {h} × {w} = {n} values in one row for fc1</source>
        <translation>{c} canaux × {h} × {w} = {n} valeurs sur une ligne pour fc1</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <source>{name}: cannot be read ({problem}).</source>
        <translation>{name} : illisible ({problem}).</translation>
    </message>
    <message>
        <source>{name}: the file is larger than {size} KiB; a lesson file is a short text file.</source>
        <translation>{name} : le fichier dépasse {size} Kio ; un fichier de leçon est un court fichier texte.</translation>
    </message>
    <message>
        <source>{name}, line {line}: the file is not UTF-8 text (save it as UTF-8).</source>
        <translation>{name}, ligne {line} : le fichier n’est pas du texte UTF-8 (enregistrez-le en UTF-8).</translation>
    </message>
    <message>
        <source>{name}: the text is longer than {size} KiB.</source>
        <translation>{name} : le texte dépasse {size} Kio.</translation>
    </message>
    <message>
        <source>no bundled lesson named {name}</source>
        <translation>aucune leçon fournie ne s’appelle {name}</translation>
    </message>
    <message>
        <source>{name}, line {line}: field {field} is written twice (TOML: {reason}).</source>
        <translation>{name}, ligne {line} : le champ {field} est écrit deux fois (TOML : {reason}).</translation>
    </message>
    <message>
        <source>, field {field}</source>
        <translation>, champ {field}</translation>
    </message>
    <message>
        <source>{where}: not valid TOML: {reason}. (Strings need &quot;quotes&quot;; each [[step]] starts a step.)</source>
        <translation>{where} : TOML non valide : {reason}. (Les textes vont entre &quot;guillemets&quot; ; chaque [[step]] commence une étape.)</translation>
    </message>
    <message>
        <source>{name}: not a regular file, so it holds no lesson.</source>
        <translation>{name} : ce n’est pas un fichier ordinaire, il ne contient donc pas de leçon.</translation>
    </message>
    <message>
        <source>, line {line}</source>
        <translation>, ligne {line}</translation>
    </message>
    <message>
        <source>, step {step}</source>
        <translation>, étape {step}</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where} : {problem}</translation>
    </message>
    <message>
        <source>unknown field {key} (did you mean {close}?).</source>
        <translation>champ inconnu {key} (vouliez-vous dire {close} ?).</translation>
    </message>
    <message>
        <source>unknown field {key} (known: {known}).</source>
        <translation>champ inconnu {key} (connus : {known}).</translation>
    </message>
    <message>
        <source>the file needs a [lesson] table with a title, e.g. [lesson] then title = &quot;My lesson&quot;.</source>
        <translation>le fichier a besoin d’une table [lesson] avec un titre, par exemple [lesson] puis title = &quot;Ma leçon&quot;.</translation>
    </message>
    <message>
        <source>this version of lenet-gui reads lesson format {format}, got {value}.</source>
        <translation>cette version de lenet-gui lit le format de leçon {format}, reçu {value}.</translation>
    </message>
    <message>
        <source>the lesson needs a title (title = &quot;…&quot;).</source>
        <translation>la leçon a besoin d’un titre (title = &quot;…&quot;).</translation>
    </message>
    <message>
        <source>the lesson needs at least one [[step]].</source>
        <translation>la leçon a besoin d’au moins une [[step]].</translation>
    </message>
    <message>
        <source>a lesson has at most {most} steps, this one has {count}.</source>
        <translation>une leçon a au plus {most} étapes, celle-ci en a {count}.</translation>
    </message>
    <message>
        <source>expected a text, or one text per language (en = &quot;…&quot;, fr = &quot;…&quot;).</source>
        <translation>un texte est attendu, ou un texte par langue (en = &quot;…&quot;, fr = &quot;…&quot;).</translation>
    </message>
    <message>
        <source>at most {most} languages.</source>
        <translation>au plus {most} langues.</translation>
    </message>
    <message>
        <source>{code} is not a language code (en, fr, ja…).</source>
        <translation>{code} n’est pas un code de langue (en, fr, ja…).</translation>
    </message>
    <message>
        <source>expected a text in &quot;quotes&quot;, got {kind}.</source>
        <translation>un texte entre &quot;guillemets&quot; est attendu, reçu {kind}.</translation>
    </message>
    <message>
        <source>the text is empty.</source>
        <translation>le texte est vide.</translation>
    </message>
    <message>
        <source>the text has {count} characters; at most {most}.</source>
        <translation>le texte a {count} caractères ; au plus {most}.</translation>
    </message>
    <message>
        <source>an English text (en = &quot;…&quot;) is needed: it is shown when the user&apos;s language is missing.</source>
        <translation>un texte anglais (en = &quot;…&quot;) est nécessaire : il s’affiche quand la langue de l’utilisateur manque.</translation>
    </message>
    <message>
        <source>a step is a table: [[step]] followed by its fields.</source>
        <translation>une étape est une table : [[step]] suivi de ses champs.</translation>
    </message>
    <message>
        <source>the step needs a text (text.en = &quot;…&quot;).</source>
        <translation>l’étape a besoin d’un texte (text.en = &quot;…&quot;).</translation>
    </message>
    <message>
        <source>expected a name in &quot;quotes&quot;, got {kind}.</source>
        <translation>un nom entre &quot;guillemets&quot; est attendu, reçu {kind}.</translation>
    </message>
    <message>
        <source>no panel named {name}; did you mean {close}? panels: {panels}.</source>
        <translation>aucun panneau ne s’appelle {name} ; vouliez-vous dire {close} ? panneaux : {panels}.</translation>
    </message>
    <message>
        <source>no panel named {name}; panels: {panels}.</source>
        <translation>aucun panneau ne s’appelle {name} ; panneaux : {panels}.</translation>
    </message>
    <message>
        <source>{name} is not a panel or element name (letters, digits and _).</source>
        <translation>{name} n’est pas un nom de panneau ou d’élément (lettres, chiffres et _).</translation>
    </message>
    <message>
        <source>hide is a list of names, e.g. hide = [&quot;class_set&quot;, &quot;lr_input&quot;].</source>
        <translation>hide est une liste de noms, par exemple hide = [&quot;class_set&quot;, &quot;lr_input&quot;].</translation>
    </message>
    <message>
        <source>at most {most} names to hide.</source>
        <translation>au plus {most} noms à masquer.</translation>
    </message>
    <message>
        <source>a preset is a table ([step.preset], then its fields).</source>
        <translation>un préréglage est une table ([step.preset], puis ses champs).</translation>
    </message>
    <message>
        <source>no architecture {arch}; use one of {archs}.</source>
        <translation>pas d’architecture {arch} ; utilisez l’une de {archs}.</translation>
    </message>
    <message>
        <source>weights is &quot;pretrained&quot; or &quot;random&quot;, got {value}.</source>
        <translation>weights vaut &quot;pretrained&quot; ou &quot;random&quot;, reçu {value}.</translation>
    </message>
    <message>
        <source>a seed goes with weights = &quot;random&quot;.</source>
        <translation>une graine va avec weights = &quot;random&quot;.</translation>
    </message>
    <message>
        <source>the seed is a whole number from 0 to {most}, got {value}.</source>
        <translation>la graine est un nombre entier de 0 à {most}, reçu {value}.</translation>
    </message>
    <message>
        <source>the target is a digit 0–9 or &quot;random&quot; (the tutorial&apos;s dummy target), got {value}.</source>
        <translation>la cible est un chiffre de 0 à 9 ou &quot;random&quot; (la cible factice du tutoriel), reçu {value}.</translation>
    </message>
    <message>
        <source>the learning rate is a number from 0 to {most:g}, got {value}.</source>
        <translation>le taux d’apprentissage est un nombre de 0 à {most:g}, reçu {value}.</translation>
    </message>
    <message>
        <source>zero_grad is true or false, got {value}.</source>
        <translation>zero_grad vaut true ou false, reçu {value}.</translation>
    </message>
    <message>
        <source>a console snippet is numbered 1 to {most} (as in the Tutorial console), got {value}.</source>
        <translation>un extrait de la console est numéroté de 1 à {most} (comme dans la console du tutoriel), reçu {value}.</translation>
    </message>
    <message>
        <source>advance is a table ([step.advance], then one condition).</source>
        <translation>advance est une table ([step.advance], puis une condition).</translation>
    </message>
    <message>
        <source>advance takes exactly one condition ({conditions}); got {got}.</source>
        <translation>advance prend exactement une condition ({conditions}) ; reçu {got}.</translation>
    </message>
    <message>
        <source>advance takes exactly one condition ({conditions}); got none.</source>
        <translation>advance prend exactement une condition ({conditions}) ; aucune reçue.</translation>
    </message>
    <message>
        <source>the prediction is a digit 0–9, got {value}.</source>
        <translation>la prédiction est un chiffre de 0 à 9, reçu {value}.</translation>
    </message>
    <message>
        <source>loss_below is a number above 0, got {value}.</source>
        <translation>loss_below est un nombre supérieur à 0, reçu {value}.</translation>
    </message>
    <message>
        <source>steps is a whole number from 1 to {most:,}, got {value}.</source>
        <translation>steps est un nombre entier de 1 à {most:,}, reçu {value}.</translation>
    </message>
    <message>
        <source>explained = true is the only form, got {value}.</source>
        <translation>explained = true est la seule forme, reçu {value}.</translation>
    </message>
    <message>
        <source>auto is true or false, got {value}.</source>
        <translation>auto vaut true ou false, reçu {value}.</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>the number {value}</source>
        <translation>le nombre {value}</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>une table</translation>
    </message>
</context>
<context>
    <name>LessonBar</name>
    <message>
        <source>Less&amp;on</source>
        <translation>Leç&amp;on</translation>
    </message>
    <message>
        <source>&amp;Open lesson file…</source>
        <translation>&amp;Ouvrir un fichier de leçon…</translation>
    </message>
    <message>
        <source>Follow a lesson written as a TOML file</source>
        <translation>Suivre une leçon écrite dans un fichier TOML</translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation>Étape &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>Étape &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Close lesson</source>
        <translation>&amp;Fermer la leçon</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Retour</translation>
    </message>
    <message>
        <source>The previous step (Alt+Left)</source>
        <translation>L’étape précédente (Alt+←)</translation>
    </message>
    <message>
        <source>The next step (Alt+Right)</source>
        <translation>L’étape suivante (Alt+→)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the lesson; the panels its steps opened close with it</source>
        <translation>Fermer la leçon ; les panneaux que ses étapes ont ouverts se ferment avec elle</translation>
    </message>
    <message>
        <source>Open lesson file</source>
        <translation>Ouvrir un fichier de leçon</translation>
    </message>
    <message>
        <source>Lesson files (*.toml);;All files (*)</source>
        <translation>Fichiers de leçon (*.toml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The saved lesson state is not valid.</source>
        <translation>L’état de leçon enregistré n’est pas valide.</translation>
    </message>
    <message>
        <source>{where}, field &apos;{field}&apos;: this window has no panel or element named &apos;{name}&apos;.</source>
        <translation>{where}, champ « {field} » : cette fenêtre n’a aucun panneau ni élément nommé « {name} ».</translation>
    </message>
    <message>
        <source>Could not open the lesson</source>
        <translation>Impossible d’ouvrir la leçon</translation>
    </message>
    <message>
        <source>Lesson finished.</source>
        <translation>Leçon terminée.</translation>
    </message>
    <message>
        <source>Step {k} of {n}</source>
        <translation>Étape {k} sur {n}</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <source>✓ Done — press Next (Alt+Right).</source>
        <translation>✓ Fait — appuyez sur Suivant (Alt+→).</translation>
    </message>
    <message>
        <source>To go on: the net&apos;s prediction is {digit}.</source>
        <translation>Pour continuer : la prédiction du réseau doit être {digit}.</translation>
    </message>
    <message>
        <source>To go on: train until the loss is below {value}.</source>
        <translation>Pour continuer : entraînez jusqu’à ce que la perte passe sous {value}.</translation>
    </message>
    <message>
        <source>To go on: take {n} backprop steps ({done} so far).</source>
        <translation>Pour continuer : faites {n} pas de rétropropagation ({done} jusqu’ici).</translation>
    </message>
    <message>
        <source>To go on: open the {panel} panel.</source>
        <translation>Pour continuer : ouvrez le panneau {panel}.</translation>
    </message>
    <message>
        <source>To go on: have a value explained.</source>
        <translation>Pour continuer : faites expliquer une valeur.</translation>
    </message>
    <message>
        <source>To go on: run snippet {n} in the Tutorial console.</source>
        <translation>Pour continuer : exécutez l’extrait {n} dans la console.</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <source>No steps yet:
press “Backprop step”</source>
        <translation>Aucun pas encore :
appuyez sur « Rétropropager »</translation>
    </message>
    <message>
        <source>The MSE loss after each backprop step. Coloured lines mark where the weights were reset or replaced, or the learning rate changed.</source>
        <translation>La perte MSE après chaque pas de rétropropagation. Les lignes de couleur marquent les réinitialisations ou remplacements des poids, et les changements du taux d’apprentissage.</translation>
    </message>
    <message>
        <source>step</source>
        <translation>pas</translation>
    </message>
    <message>
        <source>MSE loss</source>
        <translation>perte MSE</translation>
    </message>
    <message>
        <source>log y</source>
        <translation>y log</translation>
    </message>
    <message>
        <source>Logarithmic loss axis: equal steps mean equal factors, so slow progress at small losses stays visible</source>
        <translation>Axe de perte logarithmique : des écarts égaux sont des facteurs égaux, si bien que les lents progrès aux petites pertes restent visibles</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Zoom out to every step and loss (after a zoom or pan with the mouse)</source>
        <translation>Revenir à tous les pas et toutes les pertes (après un zoom ou un déplacement à la souris)</translation>
    </message>
    <message>
        <source>The newest loss value</source>
        <translation>La dernière valeur de la perte</translation>
    </message>
    <message numerus="yes">
        <source> (+%n more)</source>
        <translation>
            <numerusform> (+%n autre)</numerusform>
            <numerusform> (+%n autres)</numerusform>
        </translation>
    </message>
    <message>
        <source>back to step {step}: loss {loss}</source>
        <translation>◀ pas {step} : perte {loss}</translation>
    </message>
    <message>
        <source>step {step}: {what}</source>
        <translation>pas {step} : {what}</translation>
    </message>
    <message>
        <source>Step to go back to</source>
        <translation>Pas auquel revenir</translation>
    </message>
    <message>
        <source>Pick an earlier step (drag, or the arrow keys), then Go back (or press Enter) to restore the weights exactly as they were after it. A click on the curve picks a step too; a double-click goes back to it.</source>
        <translation>Choisissez un pas antérieur (en glissant, ou avec les touches fléchées), puis Revenir (ou Entrée) pour rétablir les poids exactement tels qu’ils étaient après ce pas. Un clic sur la courbe choisit aussi un pas ; un double-clic y revient.</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Revenir</translation>
    </message>
    <message>
        <source>Restore the weights after the chosen step and cut the history there; the steps after it stay drawn faintly until the next reset</source>
        <translation>Rétablir les poids d’après le pas choisi et couper l’historique là ; les pas suivants restent dessinés en pâle jusqu’à la prochaine réinitialisation</translation>
    </message>
    <message>
        <source>Went back to step {step} here: the faint curve is the {count} steps left behind</source>
        <translation>Retour au pas {step} ici : la courbe pâle, ce sont les {count} pas laissés derrière</translation>
    </message>
    <message>
        <source>back to the start (step 0)</source>
        <translation>retour au début (pas 0)</translation>
    </message>
    <message>
        <source>step {step}: loss {value}</source>
        <translation>pas {step} : perte {value}</translation>
    </message>
    <message>
        <source>step {step}: loss diverged ({value})</source>
        <translation>pas {step} : perte divergente ({value})</translation>
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
        <translation>Taille</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Tutorial code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>Gradients</translation>
    </message>
    <message>
        <source>Autograd graph</source>
        <translation>Autograd</translation>
    </message>
    <message>
        <source>Tutorial console</source>
        <translation>Console</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Explication</translation>
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
        <source>Weights</source>
        <translation>Poids</translation>
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
        <source>Save a picture of every stage&apos;s feature maps</source>
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
        <translation>&amp;Pas de rétropropagation</translation>
    </message>
    <message>
        <source>One training step: the tutorial&apos;s five lines</source>
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
        <translation>A&amp;ide</translation>
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
        <source>Class set</source>
        <translation>Dessins</translation>
    </message>
</context>
<context>
    <name>MapDialog</name>
    <message>
        <source>Feature map</source>
        <translation>Carte de caractéristiques</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>Type a number, e.g. {example}.</source>
        <translation>Tapez un nombre, par ex. {example}.</translation>
    </message>
    <message>
        <source>“{text}” not taken: decimals take a comma here ({example}).</source>
        <translation>« {text} » refusé : ici, les décimales s’écrivent avec une virgule ({example}).</translation>
    </message>
    <message>
        <source>“{text}” not taken: decimals take a point here ({example}).</source>
        <translation>« {text} » refusé : ici, les décimales s’écrivent avec un point ({example}).</translation>
    </message>
    <message>
        <source>“{text}” is not a number (e.g. {example}); not taken.</source>
        <translation>« {text} » n’est pas un nombre (par ex. {example}) ; refusé.</translation>
    </message>
    <message>
        <source>Type a number from {low} to {high}; not taken.</source>
        <translation>Tapez un nombre de {low} à {high} ; refusé.</translation>
    </message>
    <message>
        <source>Type a whole number (e.g. {example}); not taken.</source>
        <translation>Tapez un nombre entier (par ex. {example}) ; refusé.</translation>
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
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Dossier</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans&#xa0;:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>architecture: {title}</source>
        <translation>architecture : {title}</translation>
    </message>
    <message>
        <source>{problem} Using random weights instead.</source>
        <translation>{problem} Des poids aléatoires sont utilisés à la place.</translation>
    </message>
    <message>
        <source>Pretrained ({title})</source>
        <translation>Pré-entraînés ({title})</translation>
    </message>
    <message>
        <source>Random (seed {seed})</source>
        <translation>Aléatoires (graine {seed})</translation>
    </message>
    <message>
        <source>Switched to {title} to match “{name}”.</source>
        <translation>Passage à {title} pour correspondre à « {name} ».</translation>
    </message>
    <message>
        <source>unknown target {spec}: use a digit 0–9, &apos;random&apos; or &apos;custom&apos;</source>
        <translation>cible inconnue {spec} : utilisez un chiffre 0–9, &apos;random&apos; ou &apos;custom&apos;</translation>
    </message>
</context>
<context>
    <name>SessionFile</name>
    <message>
        <source>The session cannot be saved: lesson_state must hold plain JSON values ({problem}).</source>
        <translation>La session ne peut pas être enregistrée : lesson_state doit contenir de simples valeurs JSON ({problem}).</translation>
    </message>
    <message>
        <source>Could not save the session to “{name}”: {problem}.</source>
        <translation>Impossible d’enregistrer la session dans « {name} » : {problem}.</translation>
    </message>
    <message>
        <source>“{name}” is not a regular file, so it holds no session.</source>
        <translation>« {name} » n’est pas un fichier ordinaire : il ne contient donc pas de session.</translation>
    </message>
    <message>
        <source>“{name}” is {size:.0f} MB: larger than any session (at most {limit} MB).</source>
        <translation>« {name} » fait {size:.0f} Mo : plus qu’aucune session (au plus {limit} Mo).</translation>
    </message>
    <message>
        <source>“{name}” is not a lenet-gui session: it has no {member}.</source>
        <translation>« {name} » n’est pas une session lenet-gui : il n’a pas de {member}.</translation>
    </message>
    <message>
        <source>“{name}” is damaged: its {member} claims {size:,} bytes.</source>
        <translation>« {name} » est endommagé : son {member} annonce {size:,} octets.</translation>
    </message>
    <message>
        <source>“{name}” is damaged: its {member} is too large.</source>
        <translation>« {name} » est endommagé : son {member} est trop grand.</translation>
    </message>
    <message>
        <source>There is no file “{path}”. It may have been moved or deleted.</source>
        <translation>Il n’y a pas de fichier « {path} ». Il a peut-être été déplacé ou supprimé.</translation>
    </message>
    <message>
        <source>“{name}” is a folder, not a session file.</source>
        <translation>« {name} » est un dossier, pas un fichier de session.</translation>
    </message>
    <message>
        <source>“{name}” cannot be read: you do not have permission to open it.</source>
        <translation>« {name} » est illisible : vous n’avez pas le droit de l’ouvrir.</translation>
    </message>
    <message>
        <source>“{name}” is not a lenet-gui session, or it is damaged (not a readable zip).</source>
        <translation>« {name} » n’est pas une session lenet-gui, ou il est endommagé (pas un zip lisible).</translation>
    </message>
    <message>
        <source>“{name}” cannot be read: {problem}.</source>
        <translation>« {name} » est illisible : {problem}.</translation>
    </message>
    <message>
        <source>“{name}” is damaged: its contents cannot be unpacked.</source>
        <translation>« {name} » est endommagé : son contenu ne peut pas être décompressé.</translation>
    </message>
    <message>
        <source>“{name}” is damaged: its session.json is not valid JSON.</source>
        <translation>« {name} » est endommagé : son session.json n’est pas du JSON valide.</translation>
    </message>
    <message>
        <source>“{name}” is not a lenet-gui session.</source>
        <translation>« {name} » n’est pas une session lenet-gui.</translation>
    </message>
    <message>
        <source>“{name}” was saved by another version of lenet-gui (format {version}; this one reads {ours}).</source>
        <translation>« {name} » a été enregistré par une autre version de lenet-gui (format {version} ; celle-ci lit le format {ours}).</translation>
    </message>
    <message>
        <source>“{name}” is damaged: its tensors cannot be read.</source>
        <translation>« {name} » est endommagé : ses tenseurs ne peuvent pas être lus.</translation>
    </message>
    <message>
        <source>“{name}” cannot be opened as a session: {problem}</source>
        <translation>« {name} » ne peut pas être ouvert comme session : {problem}</translation>
    </message>
    <message>
        <source>the architecture {arch} is not one of {archs}</source>
        <translation>l’architecture {arch} n’est pas l’une de {archs}</translation>
    </message>
    <message>
        <source>the learning rate must be a number ≥ 0, got {value}</source>
        <translation>le taux d’apprentissage doit être un nombre ≥ 0, reçu {value}</translation>
    </message>
    <message>
        <source>“zero_grad” and “diverged” must be true or false</source>
        <translation>« zero_grad » et « diverged » doivent valoir true ou false</translation>
    </message>
    <message>
        <source>the target {spec} is not a digit, &apos;random&apos; or &apos;custom&apos;</source>
        <translation>la cible {spec} n’est ni un chiffre, ni &apos;random&apos;, ni &apos;custom&apos;</translation>
    </message>
    <message>
        <source>the markers (“events”) are not a list</source>
        <translation>les marqueurs (« events ») ne sont pas une liste</translation>
    </message>
    <message>
        <source>a marker (“events”) is damaged</source>
        <translation>un marqueur (« events ») est endommagé</translation>
    </message>
    <message>
        <source>the lesson&apos;s state is not a small table of values</source>
        <translation>l’état de la leçon n’est pas une petite table de valeurs</translation>
    </message>
    <message>
        <source>the loss history does not hold {steps:,} losses</source>
        <translation>l’historique de la perte ne contient pas {steps:,} pertes</translation>
    </message>
    <message>
        <source>the drawing is damaged (not a grayscale image with values 0 to 1)</source>
        <translation>le dessin est endommagé (pas une image en niveaux de gris aux valeurs de 0 à 1)</translation>
    </message>
    <message>
        <source>its training timeline is damaged: {problem}</source>
        <translation>sa chronologie d’entraînement est endommagée : {problem}</translation>
    </message>
    <message>
        <source>“{what}” must be a whole number from {lo:,} to {hi:,}, got {value}</source>
        <translation>« {what} » doit être un nombre entier de {lo:,} à {hi:,}, reçu {value}</translation>
    </message>
    <message>
        <source>“{what}” must be text</source>
        <translation>« {what} » doit être du texte</translation>
    </message>
    <message>
        <source>the tensor “{key}” is missing</source>
        <translation>le tenseur « {key} » manque</translation>
    </message>
    <message>
        <source>the tensor “{key}” is {dtype} {shape}, not float32 {wanted}</source>
        <translation>le tenseur « {key} » est {dtype} {shape}, pas float32 {wanted}</translation>
    </message>
    <message>
        <source>the tensor “{key}” holds numbers that are not finite (nan or inf)</source>
        <translation>le tenseur « {key} » contient des nombres non finis (nan ou inf)</translation>
    </message>
</context>
<context>
    <name>SessionFiles</name>
    <message>
        <source>Save session…</source>
        <translation>Enregistrer la session…</translation>
    </message>
    <message>
        <source>Save the whole session in one file: weights, loss history, timeline, drawing, target and learning rate</source>
        <translation>Enregistrer toute la session dans un seul fichier : poids, historique de la perte, chronologie, dessin, cible et taux d’apprentissage</translation>
    </message>
    <message>
        <source>Open session…</source>
        <translation>Ouvrir une session…</translation>
    </message>
    <message>
        <source>Open a saved session: the screen as it was when it was saved</source>
        <translation>Ouvrir une session enregistrée : l’écran tel qu’il était au moment de l’enregistrement</translation>
    </message>
    <message>
        <source>Export as Python script…</source>
        <translation>Exporter en script Python…</translation>
    </message>
    <message>
        <source>The session as a plain PyTorch script with the tutorial&apos;s Net class, printing the same losses</source>
        <translation>La session en simple script PyTorch avec la classe Net du tutoriel, qui affiche les mêmes pertes</translation>
    </message>
    <message>
        <source>Export as notebook…</source>
        <translation>Exporter en notebook…</translation>
    </message>
    <message>
        <source>The same as a Jupyter notebook</source>
        <translation>La même chose en notebook Jupyter</translation>
    </message>
    <message>
        <source>Could not save the session</source>
        <translation>Impossible d’enregistrer la session</translation>
    </message>
    <message>
        <source>Saved the session to {path}</source>
        <translation>Session enregistrée dans {path}</translation>
    </message>
    <message>
        <source>Could not open the session</source>
        <translation>Impossible d’ouvrir la session</translation>
    </message>
    <message>
        <source>Opened the session {name}: {steps} steps</source>
        <translation>Session {name} ouverte : {steps} pas</translation>
    </message>
    <message>
        <source>Could not export the session</source>
        <translation>Impossible d’exporter la session</translation>
    </message>
    <message>
        <source>Exported to {path} (its data beside it)</source>
        <translation>Exporté dans {path} (ses données à côté)</translation>
    </message>
    <message>
        <source>Could not go back</source>
        <translation>Impossible de revenir en arrière</translation>
    </message>
    <message>
        <source>Back to step {step}: training goes on from here; the faint curve shows the steps left behind.</source>
        <translation>Retour au pas {step} : l’entraînement reprend d’ici ; la courbe pâle montre les pas laissés derrière.</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Enregistrer la session</translation>
    </message>
    <message>
        <source>lenet-gui sessions (*{suffix})</source>
        <translation>Sessions lenet-gui (*{suffix})</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Ouvrir une session</translation>
    </message>
    <message>
        <source>lenet-gui sessions (*{suffix});;All files (*)</source>
        <translation>Sessions lenet-gui (*{suffix});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export as Python script</source>
        <translation>Exporter en script Python</translation>
    </message>
    <message>
        <source>Python scripts (*.py)</source>
        <translation>Scripts Python (*.py)</translation>
    </message>
    <message>
        <source>Export as notebook</source>
        <translation>Exporter en notebook</translation>
    </message>
    <message>
        <source>Jupyter notebooks (*.ipynb)</source>
        <translation>Notebooks Jupyter (*.ipynb)</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>it could not be read: {problem}</source>
        <translation>il n’a pas pu être lu : {problem}</translation>
    </message>
    <message>
        <source>The settings file {path} could not be used ({reason}) nor moved aside ({problem}). lenet-gui started with its default settings and will not save settings this time.</source>
        <translation>Le fichier de réglages {path} n’a pas pu être utilisé ({reason}) ni mis de côté ({problem}). lenet-gui a démarré avec ses réglages par défaut et n’enregistrera pas les réglages cette fois.</translation>
    </message>
    <message>
        <source>The settings file could not be used ({reason}), so lenet-gui started with its default settings. The old file was kept as {target}.</source>
        <translation>Le fichier de réglages n’a pas pu être utilisé ({reason}) : lenet-gui a donc démarré avec ses réglages par défaut. L’ancien fichier a été gardé sous {target}.</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>ce n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>it is {size} bytes, far more than settings take</source>
        <translation>il fait {size} octets, bien plus que des réglages</translation>
    </message>
    <message>
        <source>it is far bigger than settings take</source>
        <translation>il est bien plus gros que des réglages</translation>
    </message>
    <message>
        <source>it is not text</source>
        <translation>ce n’est pas du texte</translation>
    </message>
    <message>
        <source>it holds binary data</source>
        <translation>il contient des données binaires</translation>
    </message>
    <message>
        <source>it is not a settings file: line {line} makes no sense</source>
        <translation>ce n’est pas un fichier de réglages : la ligne {line} n’a pas de sens</translation>
    </message>
    <message>
        <source>it is not a settings file</source>
        <translation>ce n’est pas un fichier de réglages</translation>
    </message>
    <message>
        <source>the value of {key} runs over several lines</source>
        <translation>la valeur de {key} s’étend sur plusieurs lignes</translation>
    </message>
    <message>
        <source>{key} holds a binary value that lenet-gui never writes</source>
        <translation>{key} contient une valeur binaire que lenet-gui n’écrit jamais</translation>
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
        <translation>Le réseau</translation>
    </message>
    <message>
        <source>Its learnable parameters</source>
        <translation>Ses paramètres apprenables</translation>
    </message>
    <message>
        <source>A random 32×32 input</source>
        <translation>Une entrée 32×32 aléatoire</translation>
    </message>
    <message>
        <source>Backprop with random gradients</source>
        <translation>Rétropropagation avec des gradients aléatoires</translation>
    </message>
    <message>
        <source>Loss function</source>
        <translation>Fonction de perte</translation>
    </message>
    <message>
        <source>Follow loss backward</source>
        <translation>Suivre la perte à rebours</translation>
    </message>
    <message>
        <source>The tutorial&apos;s comments were written for PyTorch 1.3; today the first input of the Linear&apos;s backward (AddmmBackward0) is its bias, so PyTorch prints AccumulateGrad there.</source>
        <translation>Les commentaires du tutoriel ont été écrits pour PyTorch 1.3 ; aujourd’hui, la première entrée du backward de Linear (AddmmBackward0) est son biais, donc PyTorch affiche AccumulateGrad à cet endroit.</translation>
    </message>
    <message>
        <source>Backprop</source>
        <translation>Rétropropagation</translation>
    </message>
    <message>
        <source>Since PyTorch 2.0, zero_grad() sets gradients to None instead of zeros, so the first print says None.</source>
        <translation>Depuis PyTorch 2.0, zero_grad() met les gradients à None au lieu de zéros : le premier print affiche donc None.</translation>
    </message>
    <message>
        <source>Update the weights (by hand)</source>
        <translation>Mettre à jour les poids (à la main)</translation>
    </message>
    <message>
        <source>Update the weights (torch.optim)</source>
        <translation>Mettre à jour les poids (torch.optim)</translation>
    </message>
</context>
<context>
    <name>StageError</name>
    <message>
        <source>stage {index} &apos;{name}&apos; ({op}) cannot take a tensor of shape {given}: {torch_message}.</source>
        <translation>l’étape {index} &apos;{name}&apos; ({op}) ne peut pas prendre un tenseur de forme {given} : {torch_message}.</translation>
    </message>
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
        <translation>Couche de convolution : {c_out} filtres de {c_in}×{k_h}×{k_w} glissent sur l’entrée ; chaque côté de la sortie perd {shrink}.</translation>
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
        <translation> ; il en sort {count} scores.</translation>
    </message>
</context>
<context>
    <name>StartupNotices</name>
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
</context>
<context>
    <name>Targets</name>
    <message>
        <source>one_hot takes a digit 0–9 as an int, got {value}</source>
        <translation>one_hot prend un chiffre 0–9 (int), reçu {value}</translation>
    </message>
    <message>
        <source>one_hot takes a digit from 0 to 9, got {value}</source>
        <translation>one_hot prend un chiffre de 0 à 9, reçu {value}</translation>
    </message>
    <message>
        <source>the target&apos;s seed must be a whole number, got {value}</source>
        <translation>la graine de la cible doit être un nombre entier, reçu {value}</translation>
    </message>
    <message>
        <source>the target&apos;s seed must be between -2**63 and 2**64 - 1, got {value}</source>
        <translation>la graine de la cible doit être entre -2**63 et 2**64 - 1, reçu {value}</translation>
    </message>
    <message>
        <source>a custom target needs ten decimal numbers, got a {dtype} tensor</source>
        <translation>une cible personnalisée demande dix nombres décimaux, reçu un tenseur {dtype}</translation>
    </message>
    <message>
        <source>a custom target needs ten numbers, got an array of {dtype}</source>
        <translation>une cible personnalisée demande dix nombres, reçu un tableau de {dtype}</translation>
    </message>
    <message>
        <source>a custom target needs a list of ten numbers, got {value}</source>
        <translation>une cible personnalisée demande une liste de dix nombres, reçu {value}</translation>
    </message>
    <message>
        <source>a custom target needs ten numbers, but {value} is not a number</source>
        <translation>une cible personnalisée demande dix nombres, mais {value} n’est pas un nombre</translation>
    </message>
    <message>
        <source>a custom target needs exactly ten numbers, one per digit, got more than ten</source>
        <translation>une cible personnalisée demande exactement dix nombres, un par chiffre, reçu plus de dix</translation>
    </message>
    <message>
        <source>a custom target needs exactly ten numbers, one per digit, got {got}</source>
        <translation>une cible personnalisée demande exactement dix nombres, un par chiffre, reçu {got}</translation>
    </message>
    <message>
        <source>a custom target&apos;s numbers must be finite (no nan or inf) and below 3.4e38</source>
        <translation>les nombres d’une cible personnalisée doivent être finis (ni nan ni inf) et inférieurs à 3.4e38</translation>
    </message>
    <message>
        <source>{what} must be an ordinary (dense) tensor, got a {layout} one; use .to_dense()</source>
        <translation>{what} doit être un tenseur ordinaire (dense), reçu un tenseur {layout} ; utilisez .to_dense()</translation>
    </message>
    <message>
        <source>{what} is a &apos;meta&apos; tensor: it has a shape but no values</source>
        <translation>{what} est un tenseur &apos;meta&apos; : il a une forme mais aucune valeur</translation>
    </message>
    <message>
        <source>the target must be a torch tensor of shape (1, 10), got {value}</source>
        <translation>la cible doit être un tenseur torch de forme (1, 10), reçu {value}</translation>
    </message>
    <message>
        <source>the target must be float32, float64, float16 or bfloat16, got {dtype}; convert it with .float()</source>
        <translation>la cible doit être en float32, float64, float16 ou bfloat16, reçu {dtype} ; convertissez-la avec .float()</translation>
    </message>
    <message>
        <source>the target must be a float tensor (MSELoss compares numbers), got {dtype}; use one_hot(d) for a digit</source>
        <translation>la cible doit être un tenseur de flottants (MSELoss compare des nombres), reçu {dtype} ; utilisez one_hot(d) pour un chiffre</translation>
    </message>
    <message>
        <source>the target must have shape (1, 10) like the output, got {value}; reshape with .view(1, -1)</source>
        <translation>la cible doit avoir la forme (1, 10) comme la sortie, reçu {value} ; remettez-la en forme avec .view(1, -1)</translation>
    </message>
    <message>
        <source>the target contains nan or inf</source>
        <translation>la cible contient nan ou inf</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>the step to go back to must be a whole number, got {value}</source>
        <translation>le pas auquel revenir doit être un nombre entier, reçu {value}</translation>
    </message>
    <message>
        <source>there is no step {step} to go back to: choose one from {first} to {last}</source>
        <translation>il n’y a pas de pas {step} auquel revenir : choisissez-en un de {first} à {last}</translation>
    </message>
    <message>
        <source>the timeline is not a table of values</source>
        <translation>la chronologie n’est pas une table de valeurs</translation>
    </message>
    <message>
        <source>the timeline has no checkpoints</source>
        <translation>la chronologie n’a aucun point de contrôle</translation>
    </message>
    <message>
        <source>the packed checkpoints</source>
        <translation>les points de contrôle compressés</translation>
    </message>
    <message>
        <source>{what} is missing or damaged</source>
        <translation>{what} : données absentes ou endommagées</translation>
    </message>
    <message>
        <source>a checkpoint is not a table of values</source>
        <translation>un point de contrôle n’est pas une table de valeurs</translation>
    </message>
    <message>
        <source>a checkpoint&apos;s step</source>
        <translation>le pas d’un point de contrôle</translation>
    </message>
    <message>
        <source>the checkpoints are not in order of their steps</source>
        <translation>les points de contrôle ne sont pas dans l’ordre de leurs pas</translation>
    </message>
    <message>
        <source>checkpoint {step} is for an unknown architecture</source>
        <translation>le point de contrôle {step} est pour une architecture inconnue</translation>
    </message>
    <message>
        <source>checkpoint {step}</source>
        <translation>le point de contrôle {step}</translation>
    </message>
    <message>
        <source>checkpoint {step}&apos;s base</source>
        <translation>la base du point de contrôle {step}</translation>
    </message>
    <message>
        <source>checkpoint {step} refers to a checkpoint that is not there</source>
        <translation>le point de contrôle {step} renvoie à un point de contrôle absent</translation>
    </message>
    <message>
        <source>checkpoint {step}&apos;s gradients</source>
        <translation>les gradients du point de contrôle {step}</translation>
    </message>
    <message>
        <source>checkpoint {step}&apos;s gradients are not finite</source>
        <translation>les gradients du point de contrôle {step} ne sont pas finis</translation>
    </message>
    <message>
        <source>checkpoint {step}: “diverged” and “forced” must be true or false</source>
        <translation>point de contrôle {step} : « diverged » et « forced » doivent valoir true ou false</translation>
    </message>
    <message>
        <source>checkpoint {step} has a damaged description of its weights</source>
        <translation>la description des poids du point de contrôle {step} est endommagée</translation>
    </message>
    <message>
        <source>checkpoint {step}&apos;s seed</source>
        <translation>la graine du point de contrôle {step}</translation>
    </message>
    <message>
        <source>checkpoint {step}&apos;s initial weights</source>
        <translation>les poids initiaux du point de contrôle {step}</translation>
    </message>
    <message>
        <source>checkpoint {step} is missing its weights</source>
        <translation>les poids du point de contrôle {step} manquent</translation>
    </message>
    <message>
        <source>a checkpoint made against checkpoint {base}</source>
        <translation>un point de contrôle fait par rapport au point de contrôle {base}</translation>
    </message>
    <message>
        <source>the first checkpoint does not say which weights it holds</source>
        <translation>le premier point de contrôle ne dit pas quels poids il contient</translation>
    </message>
    <message>
        <source>input or target {i}</source>
        <translation>l’entrée ou la cible {i}</translation>
    </message>
    <message>
        <source>the record of “{name}” is not a list</source>
        <translation>l’enregistrement de « {name} » n’est pas une liste</translation>
    </message>
    <message>
        <source>the record of “{name}” has a damaged row</source>
        <translation>l’enregistrement de « {name} » a une ligne endommagée</translation>
    </message>
    <message>
        <source>a step in “{name}”</source>
        <translation>un pas dans « {name} »</translation>
    </message>
    <message>
        <source>a learning rate in the timeline is not a number ≥ 0 ({value})</source>
        <translation>un taux d’apprentissage de la chronologie n’est pas un nombre ≥ 0 ({value})</translation>
    </message>
    <message>
        <source>a zero_grad setting in the timeline is not true or false</source>
        <translation>un réglage zero_grad de la chronologie ne vaut ni true ni false</translation>
    </message>
    <message>
        <source>an input in the timeline</source>
        <translation>une entrée de la chronologie</translation>
    </message>
    <message>
        <source>a target in the timeline</source>
        <translation>une cible de la chronologie</translation>
    </message>
    <message>
        <source>input {value} in the timeline has the wrong shape</source>
        <translation>l’entrée {value} de la chronologie n’a pas la bonne forme</translation>
    </message>
    <message>
        <source>target {value} in the timeline has the wrong shape</source>
        <translation>la cible {value} de la chronologie n’a pas la bonne forme</translation>
    </message>
    <message>
        <source>the timeline does not say which {name} the first step used</source>
        <translation>la chronologie ne dit pas quel « {name} » le premier pas a utilisé</translation>
    </message>
    <message>
        <source>the left-behind losses are damaged</source>
        <translation>les pertes laissées de côté sont endommagées</translation>
    </message>
    <message>
        <source>the branch step</source>
        <translation>le pas de l’embranchement</translation>
    </message>
    <message>
        <source>{what} is damaged (its changes are not in a known form)</source>
        <translation>{what} : données endommagées (leurs modifications ne sont pas sous une forme connue)</translation>
    </message>
    <message>
        <source>{what} is damaged (it changes numbers that are not there)</source>
        <translation>{what} : données endommagées (elles modifient des nombres qui n’existent pas)</translation>
    </message>
    <message>
        <source>{what} holds numbers that are not finite</source>
        <translation>{what} : nombres non finis (nan ou inf)</translation>
    </message>
    <message>
        <source>{what} is damaged (it does not unpack)</source>
        <translation>{what} : données endommagées (impossible de les décompresser)</translation>
    </message>
    <message>
        <source>{what} is damaged (it unpacks to the wrong size)</source>
        <translation>{what} : données endommagées (une fois décompressées, elles n’ont pas la bonne taille)</translation>
    </message>
    <message>
        <source>{what} must be a whole number from {lo} to {hi}, got {value}</source>
        <translation>{what} : un nombre entier de {lo} à {hi} est attendu, reçu {value}</translation>
    </message>
    <message>
        <source>{what} is missing or has the wrong shape or type</source>
        <translation>{what} : données absentes, ou de mauvaise forme ou de mauvais type</translation>
    </message>
</context>
<context>
    <name>Trace</name>
    <message>
        <source>this trace used no parameter {name}</source>
        <translation>cette trace n’a utilisé aucun paramètre {name}</translation>
    </message>
    <message>
        <source>{name} has changed since this trace was taken: trace again</source>
        <translation>{name} a changé depuis cette trace : tracez à nouveau</translation>
    </message>
    <message>
        <source>a network (a torch.nn.Module such as Net()) is needed, got {kind}</source>
        <translation>il faut un réseau (un torch.nn.Module comme Net()), reçu {kind}</translation>
    </message>
    <message>
        <source>the input must be a torch tensor of shape (N, 1, 32, 32), got {value}</source>
        <translation>l’entrée doit être un tenseur torch de forme (N, 1, 32, 32), reçu {value}</translation>
    </message>
    <message>
        <source>the input must be an ordinary (dense) tensor, got a {layout} one; use x.to_dense()</source>
        <translation>l’entrée doit être un tenseur ordinaire (dense), reçu un tenseur {layout} ; utilisez x.to_dense()</translation>
    </message>
    <message>
        <source>the input is a &apos;meta&apos; tensor: it has a shape but no pixel values</source>
        <translation>l’entrée est un tenseur &apos;meta&apos; : il a une forme mais aucune valeur de pixel</translation>
    </message>
    <message>
        <source>the input is on {device} but the net is on {net_device}; use x.to(&apos;{net_device}&apos;)</source>
        <translation>l’entrée est sur {device} mais le réseau sur {net_device} ; utilisez x.to(&apos;{net_device}&apos;)</translation>
    </message>
    <message>
        <source>the input must have shape (N, 1, H, W) — a batch of one-channel images — but got {value}. For one 32×32 image use x.view(1, 1, 32, 32).</source>
        <translation>l’entrée doit avoir la forme (N, 1, H, W) — un lot d’images à un canal — mais a la forme {value}. Pour une image 32×32, utilisez x.view(1, 1, 32, 32).</translation>
    </message>
    <message>
        <source>the input must be a float tensor (pixel brightness 0.0–1.0) in float32, float64, float16 or bfloat16, got {dtype}; convert it with x.float()</source>
        <translation>l’entrée doit être un tenseur de flottants (luminosité 0.0–1.0) en float32, float64, float16 ou bfloat16, reçu {dtype} ; convertissez-la avec x.float()</translation>
    </message>
    <message>
        <source>the input batch is empty: it must hold at least one image</source>
        <translation>le lot d’entrée est vide : il doit contenir au moins une image</translation>
    </message>
</context>
<context>
    <name>Trainer</name>
    <message>
        <source>the trainer trains a network (an nn.Module), got {kind}</source>
        <translation>l’entraîneur entraîne un réseau (un nn.Module), reçu {kind}</translation>
    </message>
    <message>
        <source>the network has no parameters to train</source>
        <translation>le réseau n’a aucun paramètre à entraîner</translation>
    </message>
    <message>
        <source>the trainer takes one image, shape (1, 1, 32, 32), to match the (1, 10) target; got a batch of {count}</source>
        <translation>l’entraînement prend une seule image, de forme (1, 1, 32, 32), pour aller avec la cible (1, 10) ; reçu un lot de {count}</translation>
    </message>
    <message>
        <source>the target is on {device} but the net is on {device2}</source>
        <translation>la cible est sur {device} mais le réseau sur {device2}</translation>
    </message>
    <message>
        <source>the target holds numbers too large for the net&apos;s {value} (beyond ±{value2:.3g})</source>
        <translation>la cible contient des nombres trop grands pour le {value} du réseau (au-delà de ±{value2:.3g})</translation>
    </message>
    <message>
        <source>weights reset</source>
        <translation>poids réinitialisés</translation>
    </message>
    <message>
        <source>zero_grad on</source>
        <translation>zero_grad activé</translation>
    </message>
    <message>
        <source>zero_grad off</source>
        <translation>zero_grad désactivé</translation>
    </message>
    <message>
        <source>the learning rate must be a number, got {lr}</source>
        <translation>le taux d’apprentissage doit être un nombre, reçu {lr}</translation>
    </message>
    <message>
        <source>the learning rate must be a number, got {value}</source>
        <translation>le taux d’apprentissage doit être un nombre, reçu {value}</translation>
    </message>
    <message>
        <source>the learning rate must be a finite number ≥ 0, got {value}</source>
        <translation>le taux d’apprentissage doit être un nombre fini ≥ 0, reçu {value}</translation>
    </message>
    <message>
        <source>the learning rate must be at most {limit:.3g}, the largest number the weights can hold, got {value}</source>
        <translation>le taux d’apprentissage doit valoir au plus {limit:.3g}, le plus grand nombre que les poids peuvent contenir, reçu {value}</translation>
    </message>
</context>
<context>
    <name>TrainingActions</name>
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
random (tutorial): the tutorial&apos;s torch.randn(10) target, seeded;
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
        <source>One training step, the tutorial&apos;s five lines:
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
        <translation>perte divergée ({value})</translation>
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
        <source>A custom target&apos;s numbers must be finite (no nan or inf).</source>
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
        <source>The tutorial&apos;s code, in the tutorial&apos;s order</source>
        <translation>Le code du tutoriel, dans l’ordre du tutoriel</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>Run this snippet (after the ones before it) on a copy of your net: your weights and gradients do not change</source>
        <translation>Exécuter cet extrait (après ceux qui le précèdent) sur une copie de votre réseau : vos poids et gradients ne changent pas</translation>
    </message>
    <message>
        <source>What PyTorch prints appears here.</source>
        <translation>Ce qu’affiche PyTorch apparaît ici.</translation>
    </message>
    <message>
        <source>(prints nothing)</source>
        <translation>(n’affiche rien)</translation>
    </message>
    <message>
        <source>the app: what this changed in the copy of your net</source>
        <translation>l’application : ce que cela a changé dans la copie de votre réseau</translation>
    </message>
</context>
<context>
    <name>Weights</name>
    <message>
        <source>“{name}” is a folder, not a weights file. Choose a file inside it.</source>
        <translation>« {name} » est un dossier, pas un fichier de poids. Choisissez un fichier à l’intérieur.</translation>
    </message>
    <message>
        <source>“{name}” is not a regular file (perhaps a pipe or a device), so it holds no weights.</source>
        <translation>« {name} » n’est pas un fichier ordinaire (peut-être un tube ou un périphérique) : il ne contient donc pas de poids.</translation>
    </message>
    <message>
        <source>There is no file “{p}”. It may have been moved or deleted.</source>
        <translation>Il n’y a pas de fichier « {p} ». Il a peut-être été déplacé ou supprimé.</translation>
    </message>
    <message>
        <source>“{name}” cannot be read: you do not have permission to open it.</source>
        <translation>« {name} » est illisible : vous n’avez pas le droit de l’ouvrir.</translation>
    </message>
    <message>
        <source>“{name}” cannot be read: {problem}.</source>
        <translation>« {name} » est illisible : {problem}.</translation>
    </message>
    <message>
        <source>“{name}” is not a usable file name.</source>
        <translation>« {name} » n’est pas un nom de fichier utilisable.</translation>
    </message>
    <message>
        <source>“{name}” is empty (0 bytes): it holds no weights.</source>
        <translation>« {name} » est vide (0 octet) : il ne contient pas de poids.</translation>
    </message>
    <message>
        <source>“{name}” was saved by a PyTorch older than 1.6 (2020), in a format this app does not open. Load it in PyTorch and save it again with torch.save.</source>
        <translation>« {name} » a été enregistré par un PyTorch antérieur à 1.6 (2020), dans un format que cette application n’ouvre pas. Chargez-le dans PyTorch et enregistrez-le à nouveau avec torch.save.</translation>
    </message>
    <message>
        <source>“{name}” is not a weights file: it is neither a safetensors nor a PyTorch .pt file, or it was cut short.</source>
        <translation>« {name} » n’est pas un fichier de poids : ce n’est ni un fichier safetensors ni un fichier .pt de PyTorch, ou il est tronqué.</translation>
    </message>
    <message>
        <source>A file name is needed (a text path), not {kind}.</source>
        <translation>Il faut un nom de fichier (un chemin en texte), pas {kind}.</translation>
    </message>
    <message>
        <source>That is not a usable file name.</source>
        <translation>Ce n’est pas un nom de fichier utilisable.</translation>
    </message>
    <message>
        <source>“{name}” is {size:.0f} MB: far too large to be weights for this network, which take about 0.3 MB.</source>
        <translation>« {name} » fait {size:.0f} Mo : bien trop pour des poids de ce réseau, qui font environ 0,3 Mo.</translation>
    </message>
    <message>
        <source>“{name}” is not weights for this network: it holds {count:,} tensors, where these nets have 10.</source>
        <translation>« {name} » ne contient pas de poids pour ce réseau : il contient {count:,} tenseurs, alors que ces réseaux en ont 10.</translation>
    </message>
    <message>
        <source>“{name}” is not a weights file: it looks like a safetensors file, but it is damaged or cut short.</source>
        <translation>« {name} » n’est pas un fichier de poids : il ressemble à un fichier safetensors, mais il est abîmé ou tronqué.</translation>
    </message>
    <message>
        <source>it is damaged, cut short, or holds Python objects other than tensors (which are refused, because loading them could run code)</source>
        <translation>il est abîmé, tronqué, ou contient des objets Python autres que des tenseurs (refusés, car les charger pourrait exécuter du code)</translation>
    </message>
    <message>
        <source>it is a zip archive, but not one laid out the way PyTorch&apos;s torch.save writes them</source>
        <translation>c’est une archive zip, mais pas organisée comme celles qu’écrit torch.save de PyTorch</translation>
    </message>
    <message>
        <source>it is a TorchScript model (torch.jit.save); save the model&apos;s state_dict() with torch.save and open that</source>
        <translation>c’est un modèle TorchScript (torch.jit.save) ; enregistrez le state_dict() du modèle avec torch.save et ouvrez celui-ci</translation>
    </message>
    <message>
        <source>its contents would unpack to more than {size} MB, far more than weights for this network (about 0.3 MB)</source>
        <translation>son contenu décompressé dépasserait {size} Mo, bien plus que les poids de ce réseau (environ 0,3 Mo)</translation>
    </message>
    <message>
        <source>its table of contents (besides the numbers) is larger than {size} MB, where weights need a few kB</source>
        <translation>sa table des matières (en dehors des nombres) dépasse {size} Mo, alors que des poids n’ont besoin que de quelques ko</translation>
    </message>
    <message>
        <source>it holds data nested more than {depth} levels deep, which weights never are</source>
        <translation>il contient des données imbriquées sur plus de {depth} niveaux, ce que des poids ne sont jamais</translation>
    </message>
    <message>
        <source>“{name}” is not a weights file: {reason}.</source>
        <translation>« {name} » n’est pas un fichier de poids : {reason}.</translation>
    </message>
    <message>
        <source>“{name}” is not a weights file for this network: it should hold a table of named tensors (conv1.weight, conv1.bias, …), but it holds something else.</source>
        <translation>« {name} » n’est pas un fichier de poids pour ce réseau : il devrait contenir une table de tenseurs nommés (conv1.weight, conv1.bias, …), mais il contient autre chose.</translation>
    </message>
    <message>
        <source>it is missing {names}</source>
        <translation>il lui manque {names}</translation>
    </message>
    <message>
        <source>it has tensors this net does not use: {names}</source>
        <translation>il a des tenseurs que ce réseau n’utilise pas : {names}</translation>
    </message>
    <message>
        <source>{k} has shape {shape}, but the net needs {needed}</source>
        <translation>{k} a la forme {shape}, mais le réseau a besoin de {needed}</translation>
    </message>
    <message>
        <source>Weights are loaded into a network (an nn.Module), not {kind}.</source>
        <translation>Les poids se chargent dans un réseau (un nn.Module), pas dans {kind}.</translation>
    </message>
    <message>
        <source>“{name}” is not weights: it should be a table of named tensors (conv1.weight, conv1.bias, …).</source>
        <translation>« {name} » ne contient pas de poids : ce devrait être une table de tenseurs nommés (conv1.weight, conv1.bias, …).</translation>
    </message>
    <message>
        <source>this network</source>
        <translation>ce réseau</translation>
    </message>
    <message>
        <source>“{name}” holds weights for {title}, but the current network is {here}. Switch the architecture first.</source>
        <translation>« {name} » contient des poids pour {title}, mais le réseau actuel est {here}. Changez d’abord d’architecture.</translation>
    </message>
    <message>
        <source>“{name}” holds weights for a different network: {problems}.</source>
        <translation>« {name} » contient des poids pour un autre réseau : {problems}.</translation>
    </message>
    <message>
        <source>“{name}”: {k} is stored in a {layout} layout, not as plain weights.</source>
        <translation>« {name} » : {k} est stocké dans une disposition {layout}, pas comme de simples poids.</translation>
    </message>
    <message>
        <source>“{name}”: {k} has a shape but no numbers (it was saved as a “meta” tensor), so these are not weights.</source>
        <translation>« {name} » : {k} a une forme mais aucun nombre (il a été enregistré comme tenseur « meta ») : ce ne sont donc pas des poids.</translation>
    </message>
    <message>
        <source>“{name}”: {k} holds complex numbers ({dtype}), but weights are real numbers, so this is not a weights file for this network.</source>
        <translation>« {name} » : {k} contient des nombres complexes ({dtype}), or les poids sont réels : ce n’est donc pas un fichier de poids pour ce réseau.</translation>
    </message>
    <message>
        <source>“{name}”: {k} is quantized ({dtype}); save the weights unquantized (float32).</source>
        <translation>« {name} » : {k} est quantifié ({dtype}) ; enregistrez les poids sans quantification (float32).</translation>
    </message>
    <message>
        <source>“{name}”: {k} holds whole numbers ({dtype}), but weights are decimal (floating-point) numbers, so this is not a weights file for this network.</source>
        <translation>« {name} » : {k} contient des entiers ({dtype}), or les poids sont des nombres décimaux (à virgule flottante) : ce n’est donc pas un fichier de poids pour ce réseau.</translation>
    </message>
    <message>
        <source>“{name}”: {k} is stored as {value}, a format this app cannot compute with; save the weights as float32, float16, bfloat16 or float64.</source>
        <translation>« {name} » : {k} est stocké en {value}, un format avec lequel cette application ne peut pas calculer ; enregistrez les poids en float32, float16, bfloat16 ou float64.</translation>
    </message>
    <message>
        <source>“{name}”: {k} holds numbers too large for this network&apos;s {value} weights (beyond ±{limit:.1e}), so these weights are broken.</source>
        <translation>« {name} » : {k} contient des nombres trop grands pour les poids {value} de ce réseau (au-delà de ±{limit:.1e}) : ces poids sont donc cassés.</translation>
    </message>
    <message>
        <source>“{name}”: {k} contains NaN or infinite values, so these weights are broken (perhaps saved after training diverged).</source>
        <translation>« {name} » : {k} contient des valeurs NaN ou infinies : ces poids sont donc cassés (peut-être enregistrés après une divergence de l’entraînement).</translation>
    </message>
    <message>
        <source>Only a network (an nn.Module) can be saved, not {kind}.</source>
        <translation>Seul un réseau (un nn.Module) peut être enregistré, pas {kind}.</translation>
    </message>
    <message>
        <source>The metadata to save must be a table of names and values that read as text.</source>
        <translation>Les métadonnées à enregistrer doivent être une table de noms et de valeurs lisibles comme du texte.</translation>
    </message>
    <message>
        <source>Could not save “{name}”: these weights cannot be written to a file ({err}). Nothing was written.</source>
        <translation>Impossible d’enregistrer « {name} » : ces poids ne peuvent pas être écrits dans un fichier ({err}). Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>“{path}” is a folder; choose a file name.</source>
        <translation>« {path} » est un dossier ; choisissez un nom de fichier.</translation>
    </message>
    <message>
        <source>Could not save “{name}”: {problem}. The previous file, if any, is unchanged.</source>
        <translation>Impossible d’enregistrer « {name} » : {problem}. Le fichier précédent, s’il existe, est inchangé.</translation>
    </message>
</context>
<context>
    <name>WeightsActions</name>
    <message>
        <source>Weights (*.safetensors *.pt *.pth);;All files (*)</source>
        <translation>Poids (*.safetensors *.pt *.pth);;Tous les fichiers (*)</translation>
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
        <source>Weights trained on real handwritten digits</source>
        <translation>Poids entraînés sur de vrais chiffres manuscrits</translation>
    </message>
    <message>
        <source>{tip}: {accuracy} % right on {digits} digits held out from training</source>
        <translation>{tip} : {accuracy} % de réussite sur {digits} chiffres tenus à l’écart de l’entraînement</translation>
    </message>
</context>
<context>
    <name>WeightsView</name>
    <message>
        <source>{name}[{where}] = {value} (click: how the last step changed it)</source>
        <translation>{name}[{where}] = {value} (clic : comment le dernier pas l’a changé)</translation>
    </message>
    <message>
        <source>{name}: {out} filters of {inp}×{k}×{k} (a column per filter, a row per input channel)</source>
        <translation>{name} : {out} filtres de {inp}×{k}×{k} (une colonne par filtre, une ligne par canal d’entrée)</translation>
    </message>
    <message>
        <source>{name}: {out}×{inp} (a row per output, a column per input)</source>
        <translation>{name} : {out}×{inp} (une ligne par sortie, une colonne par entrée)</translation>
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
