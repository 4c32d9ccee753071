<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>BodyArea</name>
    <message>
        <source>Lower back</source>
        <translation>Zona lombare</translation>
    </message>
    <message>
        <source>Hips</source>
        <translation>Anche</translation>
    </message>
    <message>
        <source>Glutes</source>
        <translation>Glutei</translation>
    </message>
    <message>
        <source>Hamstrings</source>
        <translation>Ischiocrurali</translation>
    </message>
    <message>
        <source>Hip flexors</source>
        <translation>Flessori dell&apos;anca</translation>
    </message>
    <message>
        <source>Groin</source>
        <translation>Inguine</translation>
    </message>
    <message>
        <source>Piriformis</source>
        <translation>Piriforme</translation>
    </message>
    <message>
        <source>Spine</source>
        <translation>Colonna vertebrale</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Stretching should feel like a mild pull, not an intense strain. Stop at once if you feel sharp pain.</source>
        <translation>L&apos;allungamento deve dare una leggera tensione, non uno sforzo intenso. Fermati subito se senti un dolore acuto.</translation>
    </message>
    <message>
        <source>Warm-up march</source>
        <translation>Marcia di riscaldamento</translation>
    </message>
    <message>
        <source>Light marching in place to warm your muscles before you stretch.</source>
        <translation>Una leggera marcia sul posto per scaldare i muscoli prima dell&apos;allungamento.</translation>
    </message>
    <message>
        <source>Stand tall with your feet hip-width apart.</source>
        <translation>Stai in piedi con la schiena dritta e i piedi alla larghezza dei fianchi.</translation>
    </message>
    <message>
        <source>March gently in place, lifting one knee and then the other.</source>
        <translation>Marcia dolcemente sul posto, sollevando un ginocchio e poi l&apos;altro.</translation>
    </message>
    <message>
        <source>Lift your knees only as high as feels comfortable.</source>
        <translation>Solleva le ginocchia solo fin dove ti senti a tuo agio.</translation>
    </message>
    <message>
        <source>Keep marching at a steady, easy pace, breathing deeply and evenly.</source>
        <translation>Continua a marciare a un ritmo regolare e tranquillo, respirando in modo profondo e uniforme.</translation>
    </message>
    <message>
        <source>March at an easy pace: this is a warm-up, not a workout.</source>
        <translation>Marcia a un ritmo tranquillo: è un riscaldamento, non un allenamento.</translation>
    </message>
    <message>
        <source>Hold onto the back of a chair if your balance is unsteady.</source>
        <translation>Tieniti allo schienale di una sedia se non sei stabile.</translation>
    </message>
    <message>
        <source>Knee to chest</source>
        <translation>Ginocchio al petto</translation>
    </message>
    <message>
        <source>Releases tension in the lower back and gently stretches the glutes.</source>
        <translation>Scioglie la tensione nella zona lombare e allunga delicatamente i glutei.</translation>
    </message>
    <message>
        <source>Lie on your back.</source>
        <translation>Sdraiati sulla schiena.</translation>
    </message>
    <message>
        <source>Hold one knee with both hands and gently pull it toward your chest.</source>
        <translation>Afferra un ginocchio con entrambe le mani e portalo delicatamente verso il petto.</translation>
    </message>
    <message>
        <source>Keep the other leg bent with the foot on the floor, or straight, whichever is comfortable.</source>
        <translation>Tieni l&apos;altra gamba piegata con il piede a terra, oppure distesa, come ti è più comodo.</translation>
    </message>
    <message>
        <source>Hold, breathing slowly.</source>
        <translation>Mantieni la posizione respirando lentamente.</translation>
    </message>
    <message>
        <source>Keep your head and lower back resting on the floor.</source>
        <translation>Tieni la testa e la zona lombare appoggiate a terra.</translation>
    </message>
    <message>
        <source>If your knee is sensitive, hold behind the thigh instead of over the shin.</source>
        <translation>Se il ginocchio è sensibile, afferra la parte posteriore della coscia invece dello stinco.</translation>
    </message>
    <message>
        <source>Both knees to chest</source>
        <translation>Ginocchia al petto</translation>
    </message>
    <message>
        <source>Eases tension in the lower back and loosens the hips.</source>
        <translation>Allevia la tensione nella zona lombare e scioglie le anche.</translation>
    </message>
    <message>
        <source>Lie flat on your back.</source>
        <translation>Sdraiati a pancia in su.</translation>
    </message>
    <message>
        <source>Bring both knees toward your chest at the same time.</source>
        <translation>Porta entrambe le ginocchia verso il petto nello stesso momento.</translation>
    </message>
    <message>
        <source>Hold them with your hands and draw them in gently.</source>
        <translation>Tienile con le mani e avvicinale delicatamente.</translation>
    </message>
    <message>
        <source>If your knees are sensitive, hold behind the thighs instead of over the shins.</source>
        <translation>Se le ginocchia sono sensibili, afferra la parte posteriore delle cosce invece degli stinchi.</translation>
    </message>
    <message>
        <source>Knee rotations</source>
        <translation>Rotazioni delle ginocchia</translation>
    </message>
    <message>
        <source>Eases lower back and hip tension and loosens the pelvis.</source>
        <translation>Allevia la tensione della zona lombare e delle anche e mobilizza il bacino.</translation>
    </message>
    <message>
        <source>Lie on your back with your knees bent and feet flat on the floor.</source>
        <translation>Sdraiati sulla schiena con le ginocchia piegate e i piedi appoggiati a terra.</translation>
    </message>
    <message>
        <source>Rest your arms out to the sides and keep your shoulders on the floor.</source>
        <translation>Apri le braccia ai lati e tieni le spalle a terra.</translation>
    </message>
    <message>
        <source>Keeping your knees together, slowly lower them to one side.</source>
        <translation>Con le ginocchia unite, abbassale lentamente da un lato.</translation>
    </message>
    <message>
        <source>Bring them back through the middle and over to the other side.</source>
        <translation>Riportale al centro e poi verso l&apos;altro lato.</translation>
    </message>
    <message>
        <source>Keep rocking gently from side to side in a controlled motion, breathing slowly.</source>
        <translation>Continua a oscillare dolcemente da un lato all&apos;altro con un movimento controllato, respirando lentamente.</translation>
    </message>
    <message>
        <source>Keep the movement small, within what feels comfortable.</source>
        <translation>Fai un movimento di piccola ampiezza, entro i limiti del comfort.</translation>
    </message>
    <message>
        <source>Move with control; don&apos;t let your knees drop or swing.</source>
        <translation>Muoviti con controllo; non lasciar cadere o dondolare le ginocchia.</translation>
    </message>
    <message>
        <source>Child&apos;s pose</source>
        <translation>Posizione del bambino</translation>
    </message>
    <message>
        <source>A restful pose that gently stretches the lower back, hips and thighs.</source>
        <translation>Una posizione di riposo che allunga delicatamente la zona lombare, le anche e le cosce.</translation>
    </message>
    <message>
        <source>Start on your hands and knees.</source>
        <translation>Mettiti a quattro zampe.</translation>
    </message>
    <message>
        <source>Slowly sit back toward your heels.</source>
        <translation>Siediti lentamente all&apos;indietro verso i talloni.</translation>
    </message>
    <message>
        <source>Extend your arms forward on the floor and let your forehead rest down.</source>
        <translation>Allunga le braccia in avanti sul pavimento e appoggia la fronte.</translation>
    </message>
    <message>
        <source>Place a cushion under your knees if they are sensitive.</source>
        <translation>Metti un cuscino sotto le ginocchia se sono sensibili.</translation>
    </message>
    <message>
        <source>Sit back only as far as is comfortable; your hips don&apos;t need to reach your heels.</source>
        <translation>Scendi solo fin dove ti è comodo; non serve che i glutei arrivino ai talloni.</translation>
    </message>
    <message>
        <source>Runner&apos;s lunge</source>
        <translation>Affondo basso</translation>
    </message>
    <message>
        <source>Stretches hip flexors and hamstrings to ease lower back stiffness.</source>
        <translation>Allunga i flessori dell&apos;anca e gli ischiocrurali per alleviare la rigidità lombare.</translation>
    </message>
    <message>
        <source>Step one foot forward into a deep lunge, bending the front knee.</source>
        <translation>Porta un piede in avanti in un affondo profondo, piegando il ginocchio anteriore.</translation>
    </message>
    <message>
        <source>Keep the back leg straight with its heel off the floor.</source>
        <translation>Tieni la gamba posteriore distesa con il tallone sollevato da terra.</translation>
    </message>
    <message>
        <source>Rest your hands on the floor beside your front foot, or on your front thigh.</source>
        <translation>Appoggia le mani a terra ai lati del piede anteriore, oppure sulla coscia anteriore.</translation>
    </message>
    <message>
        <source>Keep your front knee above your ankle, not past your toes.</source>
        <translation>Tieni il ginocchio anteriore sopra la caviglia, senza superare le dita dei piedi.</translation>
    </message>
    <message>
        <source>Lower into the lunge only as deep as you can stay steady.</source>
        <translation>Scendi nell&apos;affondo solo fin dove riesci a restare stabile.</translation>
    </message>
    <message>
        <source>Happy baby</source>
        <translation>Posizione del bambino felice</translation>
    </message>
    <message>
        <source>Gently stretches the lower back and piriformis and helps you relax.</source>
        <translation>Allunga delicatamente la zona lombare e il piriforme, e favorisce il rilassamento.</translation>
    </message>
    <message>
        <source>Bend your knees toward your chest.</source>
        <translation>Piega le ginocchia verso il petto.</translation>
    </message>
    <message>
        <source>Grab the soles of your feet with your hands.</source>
        <translation>Afferra le piante dei piedi con le mani.</translation>
    </message>
    <message>
        <source>Gently pull your knees toward your armpits.</source>
        <translation>Tira delicatamente le ginocchia verso le ascelle.</translation>
    </message>
    <message>
        <source>If you can&apos;t reach your feet comfortably, hold your ankles or shins instead.</source>
        <translation>Se non arrivi comodamente ai piedi, afferra invece le caviglie o gli stinchi.</translation>
    </message>
    <message>
        <source>Cat-cow</source>
        <translation>Gatto-mucca</translation>
    </message>
    <message>
        <source>Gently mobilizes the spine to ease lower back tension.</source>
        <translation>Mobilizza delicatamente la colonna per alleviare la tensione lombare.</translation>
    </message>
    <message>
        <source>Start on all fours, wrists under your shoulders and knees under your hips.</source>
        <translation>Mettiti a quattro zampe, polsi sotto le spalle e ginocchia sotto le anche.</translation>
    </message>
    <message>
        <source>Cat: arch your back up toward the ceiling, letting your head relax down.</source>
        <translation>Gatto: inarca la schiena verso il soffitto, lasciando rilassare la testa verso il basso.</translation>
    </message>
    <message>
        <source>Cow: dip your belly toward the floor while lifting your head and tailbone.</source>
        <translation>Mucca: abbassa la pancia verso il pavimento sollevando la testa e il coccige.</translation>
    </message>
    <message>
        <source>Keep moving slowly between the two positions, breathing steadily.</source>
        <translation>Continua a passare lentamente da una posizione all&apos;altra, respirando in modo regolare.</translation>
    </message>
    <message>
        <source>Move slowly and don&apos;t push into pain at either end of the movement.</source>
        <translation>Muoviti lentamente e non spingerti fino al dolore in nessuna delle due posizioni.</translation>
    </message>
    <message>
        <source>Place a folded towel under your knees if kneeling is uncomfortable.</source>
        <translation>Metti un asciugamano piegato sotto le ginocchia se stare in ginocchio è scomodo.</translation>
    </message>
    <message>
        <source>Butterfly stretch</source>
        <translation>Farfalla</translation>
    </message>
    <message>
        <source>Opens the hips and groin and eases tension in the lower back.</source>
        <translation>Apre le anche e l&apos;inguine e allevia la tensione nella zona lombare.</translation>
    </message>
    <message>
        <source>Sit with the soles of your feet together and your knees bent outward.</source>
        <translation>Siediti con le piante dei piedi unite e le ginocchia piegate verso l&apos;esterno.</translation>
    </message>
    <message>
        <source>Hold your feet or ankles with your hands.</source>
        <translation>Afferra i piedi o le caviglie con le mani.</translation>
    </message>
    <message>
        <source>Gently press your knees toward the floor.</source>
        <translation>Spingi delicatamente le ginocchia verso il pavimento.</translation>
    </message>
    <message>
        <source>Lean forward slightly, keeping your back long.</source>
        <translation>Inclinati leggermente in avanti, mantenendo la schiena ben allungata.</translation>
    </message>
    <message>
        <source>Never force your knees down; let them lower only as far as is comfortable.</source>
        <translation>Non forzare mai le ginocchia verso il basso; lasciale scendere solo fin dove ti è comodo.</translation>
    </message>
    <message>
        <source>Sit on a folded towel or cushion if it is hard to keep your back upright.</source>
        <translation>Siediti su un asciugamano piegato o su un cuscino se fai fatica a tenere la schiena dritta.</translation>
    </message>
    <message>
        <source>Figure four</source>
        <translation>Stretching del piriforme</translation>
    </message>
    <message>
        <source>Stretches the hips and lower back and releases tight glutes.</source>
        <translation>Allunga le anche e la zona lombare e scioglie i glutei contratti.</translation>
    </message>
    <message>
        <source>Cross one ankle over the opposite knee.</source>
        <translation>Incrocia una caviglia sopra il ginocchio opposto.</translation>
    </message>
    <message>
        <source>Hold the thigh of the supporting leg with both hands.</source>
        <translation>Afferra con entrambe le mani la coscia della gamba d&apos;appoggio.</translation>
    </message>
    <message>
        <source>Gently pull that thigh toward your chest.</source>
        <translation>Porta delicatamente quella coscia verso il petto.</translation>
    </message>
    <message>
        <source>Keep your head and shoulders resting on the floor.</source>
        <translation>Tieni la testa e le spalle appoggiate a terra.</translation>
    </message>
    <message>
        <source>If you can&apos;t reach the thigh comfortably, loop a towel around it.</source>
        <translation>Se non arrivi comodamente alla coscia, passaci intorno un asciugamano.</translation>
    </message>
    <message>
        <source>Seated spinal twist</source>
        <translation>Torsione seduta</translation>
    </message>
    <message>
        <source>Relieves lower back tightness and improves spinal mobility.</source>
        <translation>Allevia la rigidità lombare e migliora la mobilità della colonna.</translation>
    </message>
    <message>
        <source>Sit on the floor with your legs extended.</source>
        <translation>Siediti a terra con le gambe distese.</translation>
    </message>
    <message>
        <source>Bend one knee and cross that foot over the other leg, resting it flat on the floor.</source>
        <translation>Piega un ginocchio e porta quel piede oltre l&apos;altra gamba, appoggiandolo a terra.</translation>
    </message>
    <message>
        <source>Sit tall and slowly twist your torso toward the bent knee.</source>
        <translation>Siediti con la schiena ben dritta e ruota lentamente il busto verso il ginocchio piegato.</translation>
    </message>
    <message>
        <source>Use your opposite arm against the bent knee to gently deepen the stretch.</source>
        <translation>Usa il braccio opposto contro il ginocchio piegato per approfondire delicatamente l&apos;allungamento.</translation>
    </message>
    <message>
        <source>Twist from the middle of your back and keep your spine long.</source>
        <translation>Ruota dalla parte centrale della schiena e mantieni la colonna allungata.</translation>
    </message>
    <message>
        <source>Use your arm only to guide the twist, never to force it.</source>
        <translation>Usa il braccio solo per guidare la torsione, mai per forzarla.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Mostra questo aiuto ed esce.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Mostra la versione ed esce.</translation>
    </message>
    <message>
        <source>List the built-in stretches (tab-separated) and exit.</source>
        <translation>Elenca gli esercizi predefiniti (separati da tabulazioni) ed esce.</translation>
    </message>
    <message>
        <source>Check a routine file; exit 0 when valid, 2 when not (reasons on stderr).</source>
        <translation>Controlla un file di routine; esce con 0 se è valido, con 2 se non lo è (motivi su stderr).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Print the timeline of ROUTINE (tab-separated) and exit.</source>
        <translation>Stampa la sequenza temporale di ROUTINE (separata da tabulazioni) ed esce.</translation>
    </message>
    <message>
        <source>Write every stretch&apos;s illustrations as PNG files into DIR and exit.</source>
        <translation>Scrive le illustrazioni di ogni esercizio come file PNG in DIR ed esce.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Add the routine in FILE to the saved routines (its name made unique) and exit.</source>
        <translation>Aggiunge la routine di FILE alle routine salvate (con un nome reso unico) ed esce.</translation>
    </message>
    <message>
        <source>Write ROUTINE, every timing written out, to the file given as the argument (--export ROUTINE FILE) and exit.</source>
        <translation>Scrive ROUTINE, con ogni tempo esplicitato, nel file dato come argomento (--export ROUTINE FILE) ed esce.</translation>
    </message>
    <message>
        <source>ROUTINE</source>
        <translation>ROUTINE</translation>
    </message>
    <message>
        <source>Write a printable handout of ROUTINE as a PDF to the file given as the argument (--export-pdf ROUTINE FILE) and exit.</source>
        <translation>Scrive una scheda stampabile di ROUTINE come PDF nel file dato come argomento (--export-pdf ROUTINE FILE) ed esce.</translation>
    </message>
    <message>
        <source>Paper for --export-pdf: a4 or letter (the system&apos;s paper when not given).</source>
        <translation>Carta per --export-pdf: a4 o letter (quella del sistema se non indicata).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>SIZE</translation>
    </message>
    <message>
        <source>Print the practice history (tab-separated, oldest first) and exit.</source>
        <translation>Stampa lo storico delle sessioni (separato da tabulazioni, dalla più vecchia) ed esce.</translation>
    </message>
    <message>
        <source>With --history: only sessions from this day on.</source>
        <translation>Con --history: solo le sessioni da questo giorno in poi.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Write the practice history as CSV (for a spreadsheet) to FILE and exit.</source>
        <translation>Scrive lo storico delle sessioni in CSV (per un foglio di calcolo) in FILE ed esce.</translation>
    </message>
    <message>
        <source>Size of the rendered illustrations in pixels (512).</source>
        <translation>Dimensione delle illustrazioni in pixel (512).</translation>
    </message>
    <message>
        <source>PX</source>
        <translation>PX</translation>
    </message>
    <message>
        <source>The routine: a built-in id, a saved routine&apos;s name or a routine file.</source>
        <translation>La routine: un id predefinito, il nome di una routine salvata o un file di routine.</translation>
    </message>
    <message>
        <source>Start playing the routine at once.</source>
        <translation>Avvia subito la routine.</translation>
    </message>
    <message>
        <source>Use this language instead of the system&apos;s.</source>
        <translation>Usa questa lingua invece di quella del sistema.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Start in the tray for the reminders, without opening the window.</source>
        <translation>Si avvia nell&apos;area di notifica per i promemoria, senza aprire la finestra.</translation>
    </message>
    <message>
        <source>Limber plays timed stretching routines for the lower back and hips.</source>
        <translation>Limber riproduce routine di stretching a tempo per la zona lombare e le anche.</translation>
    </message>
    <message>
        <source>Same as --routine ROUTINE; with --export, the FILE to write.</source>
        <translation>Come --routine ROUTINE; con --export, il FILE da scrivere.</translation>
    </message>
    <message>
        <source>[ROUTINE]</source>
        <translation>[ROUTINE]</translation>
    </message>
    <message>
        <source>--export: needs ROUTINE and FILE</source>
        <translation>--export: servono ROUTINE e FILE</translation>
    </message>
    <message>
        <source>--export-pdf: needs ROUTINE and FILE</source>
        <translation>--export-pdf: servono ROUTINE e FILE</translation>
    </message>
    <message>
        <source>--since: only with --history</source>
        <translation>--since: solo con --history</translation>
    </message>
    <message>
        <source>Only one ROUTINE may be given, not %1.</source>
        <translation>Si può indicare una sola ROUTINE, non %1.</translation>
    </message>
    <message>
        <source>Keep routines, stretches, history and preferences in DIR, for this run only.</source>
        <translation>Conserva routine, esercizi, cronologia e preferenze in DIR, solo per questo avvio.</translation>
    </message>
</context>
<context>
    <name>CueSpeech</name>
    <message numerus="yes">
        <source>%1, left side, move slowly, %n seconds</source>
        <translation>
            <numerusform>%1, lato sinistro, muoviti lentamente, %n secondo</numerusform>
            <numerusform>%1, lato sinistro, muoviti lentamente, %n secondi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, right side, move slowly, %n seconds</source>
        <translation>
            <numerusform>%1, lato destro, muoviti lentamente, %n secondo</numerusform>
            <numerusform>%1, lato destro, muoviti lentamente, %n secondi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, move slowly, %n seconds</source>
        <translation>
            <numerusform>%1, muoviti lentamente, %n secondo</numerusform>
            <numerusform>%1, muoviti lentamente, %n secondi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, left side, %n seconds</source>
        <translation>
            <numerusform>%1, lato sinistro, %n secondo</numerusform>
            <numerusform>%1, lato sinistro, %n secondi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, right side, %n seconds</source>
        <translation>
            <numerusform>%1, lato destro, %n secondo</numerusform>
            <numerusform>%1, lato destro, %n secondi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n seconds</source>
        <translation>
            <numerusform>%1, %n secondo</numerusform>
            <numerusform>%1, %n secondi</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: %1, left side</source>
        <translation>A seguire: %1, lato sinistro</translation>
    </message>
    <message>
        <source>Next: %1, right side</source>
        <translation>A seguire: %1, lato destro</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>A seguire: %1</translation>
    </message>
    <message>
        <source>Halfway</source>
        <translation>A metà</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Cambia lato</translation>
    </message>
    <message>
        <source>Routine complete. Well done.</source>
        <translation>Routine completata. Ottimo lavoro.</translation>
    </message>
    <message>
        <source>Warm-up: march gently in place</source>
        <translation>Riscaldamento: marcia dolcemente sul posto</translation>
    </message>
</context>
<context>
    <name>DataFolderMerge</name>
    <message>
        <source>Limber cannot read %1: %2</source>
        <translation>Limber non riesce a leggere %1: %2</translation>
    </message>
</context>
<context>
    <name>DataFolderMove</name>
    <message>
        <source>Your data is already kept in %1</source>
        <translation>I tuoi dati sono già in %1</translation>
    </message>
    <message>
        <source>Limber could not undo everything in %1:
%2</source>
        <translation>Limber non è riuscito ad annullare tutto in %1:
%2</translation>
    </message>
    <message>
        <source>Your routines, stretches and history are now kept in %1. Limber no longer uses %2 and left it as it was: once you have checked that everything is there, you can delete it.</source>
        <translation>Le tue routine, i tuoi esercizi e la tua cronologia ora sono in %1. Limber non usa più %2 e l’ha lasciata com’era: quando avrai controllato che c’è tutto, puoi eliminarla.</translation>
    </message>
    <message>
        <source>There is not enough space in %1: %2 needed, %3 free</source>
        <translation>Non c’è abbastanza spazio in %1: servono %2, liberi %3</translation>
    </message>
</context>
<context>
    <name>DataLocationMigration</name>
    <message>
        <source>%1 cannot be read</source>
        <translation>Impossibile leggere %1</translation>
    </message>
    <message>
        <source>Limber cannot write %1</source>
        <translation>Limber non riesce a scrivere %1</translation>
    </message>
    <message>
        <source>Limber moved %1 to %2.</source>
        <translation>Limber ha spostato %1 in %2.</translation>
    </message>
    <message>
        <source>Limber could not move %1 to %2: %3. It is still where it was.</source>
        <translation>Limber non è riuscito a spostare %1 in %2: %3. È ancora dove si trovava.</translation>
    </message>
    <message>
        <source>Limber could not remove everything in %1; what is left there is a copy and can be deleted.</source>
        <translation>Limber non è riuscito a rimuovere tutto in %1; ciò che resta è una copia e si può eliminare.</translation>
    </message>
</context>
<context>
    <name>DayText</name>
    <message>
        <source>ddd d MMM</source>
        <extracomment>A recent day in a sentence, &quot;Tue 1 Dec&quot; (QDate format: ddd weekday, MMM month)</extracomment>
        <translation>ddd d MMM</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
</context>
<context>
    <name>FileTransaction</name>
    <message>
        <source>Limber cannot write to %1: %2</source>
        <translation>Limber non riesce a scrivere in %1: %2</translation>
    </message>
    <message>
        <source>Limber cannot create the folder %1</source>
        <translation>Limber non riesce a creare la cartella %1</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 è un file, non una cartella</translation>
    </message>
    <message>
        <source>Limber cannot read %1 before replacing it</source>
        <translation>Limber non riesce a leggere %1 prima di sostituirlo</translation>
    </message>
    <message>
        <source>Limber cannot write %1: %2</source>
        <translation>Limber non riesce a scrivere %1: %2</translation>
    </message>
    <message>
        <source>Limber cannot read back %1 after writing it</source>
        <translation>Limber non riesce a rileggere %1 dopo averlo scritto</translation>
    </message>
    <message>
        <source>%1 does not hold what Limber wrote there (it read back %2 bytes, not %3)</source>
        <translation>%1 non contiene ciò che Limber vi ha scritto (riletti %2 byte invece di %3)</translation>
    </message>
    <message>
        <source>%1 could not be removed: %2</source>
        <translation>Impossibile rimuovere %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be put back: %2</source>
        <translation>Impossibile ripristinare %1: %2</translation>
    </message>
    <message>
        <source>the folder %1 could not be removed</source>
        <translation>impossibile rimuovere la cartella %1</translation>
    </message>
</context>
<context>
    <name>Guidelines</name>
    <message>
        <source>Warm up first</source>
        <translation>Prima riscaldati</translation>
    </message>
    <message>
        <source>Walk or march gently in place for a few minutes before you stretch. Warm muscles stretch with less risk of strain.</source>
        <translation>Cammina o marcia dolcemente sul posto per qualche minuto prima dell&apos;allungamento. I muscoli caldi si allungano con meno rischio di stiramenti.</translation>
    </message>
    <message>
        <source>Go slow and steady</source>
        <translation>Piano e con costanza</translation>
    </message>
    <message>
        <source>Move into each stretch slowly and ease in gently. Never force your body into a position that hurts.</source>
        <translation>Entra in ogni posizione lentamente e con delicatezza. Non forzare mai il corpo in una posizione che fa male.</translation>
    </message>
    <message>
        <source>Focus on your breathing</source>
        <translation>Concentrati sul respiro</translation>
    </message>
    <message>
        <source>Breathe in deeply and breathe out fully. Breathing comes before stretching further.</source>
        <translation>Inspira profondamente ed espira completamente. Il respiro viene prima dell&apos;ampiezza dell&apos;allungamento.</translation>
    </message>
    <message>
        <source>Hold, don&apos;t bounce</source>
        <translation>Mantieni, senza molleggiare</translation>
    </message>
    <message>
        <source>Hold each stretch still for 20 to 30 seconds. Bouncing tightens muscles instead of loosening them.</source>
        <translation>Mantieni ogni allungamento fermo per 20-30 secondi. I molleggi irrigidiscono i muscoli invece di scioglierli.</translation>
    </message>
    <message>
        <source>Listen to your body</source>
        <translation>Ascolta il tuo corpo</translation>
    </message>
    <message>
        <source>A stretch should feel like a mild pull, not an intense strain. Stop at once if you feel sharp or intense pain.</source>
        <translation>L&apos;allungamento deve dare una leggera tensione, non uno sforzo intenso. Fermati subito se senti un dolore acuto o intenso.</translation>
    </message>
    <message>
        <source>Be consistent</source>
        <translation>Sii costante</translation>
    </message>
    <message>
        <source>A few minutes every day does more than a long session now and then, and helps keep the pain from coming back.</source>
        <translation>Pochi minuti ogni giorno fanno più di una lunga sessione ogni tanto, e aiutano a evitare che il dolore ritorni.</translation>
    </message>
    <message>
        <source>Limber is not medical advice. If your back or hip pain persists, gets worse, or comes with numbness or weakness, see a doctor or physiotherapist.</source>
        <translation>Limber non sostituisce il parere del medico. Se il dolore alla schiena o all&apos;anca persiste, peggiora o si accompagna a intorpidimento o debolezza, rivolgiti a un medico o a un fisioterapista.</translation>
    </message>
</context>
<context>
    <name>HandoutActions</name>
    <message>
        <source>Save Handout as PDF</source>
        <translation>Salva la scheda in PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Handout Not Saved</source>
        <translation>Scheda non salvata</translation>
    </message>
    <message>
        <source>Print Handout</source>
        <translation>Stampa la scheda</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Salva come PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Stampa…</translation>
    </message>
    <message>
        <source>Save a printable handout of this routine</source>
        <translation>Salva una scheda stampabile di questa routine</translation>
    </message>
    <message>
        <source>Print a handout of this routine</source>
        <translation>Stampa una scheda di questa routine</translation>
    </message>
</context>
<context>
    <name>HandoutContent</name>
    <message>
        <source>Move slowly for %1 s</source>
        <translation>Muoviti lentamente per %1 s</translation>
    </message>
    <message>
        <source>Hold %1 s</source>
        <translation>Mantieni %1 s</translation>
    </message>
    <message>
        <source>Move slowly for %1 s, left side only</source>
        <translation>Muoviti lentamente per %1 s, solo lato sinistro</translation>
    </message>
    <message>
        <source>Hold %1 s, left side only</source>
        <translation>Mantieni %1 s, solo lato sinistro</translation>
    </message>
    <message>
        <source>Move slowly for %1 s, right side only</source>
        <translation>Muoviti lentamente per %1 s, solo lato destro</translation>
    </message>
    <message>
        <source>Hold %1 s, right side only</source>
        <translation>Mantieni %1 s, solo lato destro</translation>
    </message>
    <message>
        <source>Move slowly for %1 s each side</source>
        <translation>Muoviti lentamente per %1 s per lato</translation>
    </message>
    <message>
        <source>Hold %1 s each side</source>
        <translation>Mantieni %1 s per lato</translation>
    </message>
    <message>
        <source>Repeat: %1 times</source>
        <translation>Ripeti: %1 volte</translation>
    </message>
    <message>
        <source>The picture shows the left side; mirror it for the right.</source>
        <translation>L&apos;illustrazione mostra il lato sinistro; per il destro fai il movimento speculare.</translation>
    </message>
    <message>
        <source>Total time %1 · made on %2</source>
        <translation>Durata totale %1 · creata il %2</translation>
    </message>
    <message>
        <source>Stretching safely</source>
        <translation>Allungarsi in sicurezza</translation>
    </message>
    <message>
        <source>This week: tick each day you did the routine</source>
        <translation>Questa settimana: spunta ogni giorno in cui hai fatto la routine</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>This week: tick each stretch you did</source>
        <translation>Questa settimana: spunta ogni esercizio che hai fatto</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Esercizio</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>This handout is general guidance, not a substitute for advice from your doctor or physiotherapist. Stop any stretch that causes sharp pain.</source>
        <translation>Questa scheda offre indicazioni generali e non sostituisce il parere del tuo medico o fisioterapista. Interrompi qualsiasi esercizio che provochi dolore acuto.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 di %2</translation>
    </message>
    <message>
        <source>Missing stretch</source>
        <translation>Esercizio mancante</translation>
    </message>
</context>
<context>
    <name>HandoutRenderer</name>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: impossibile scrivere: %2</translation>
    </message>
</context>
<context>
    <name>HeadlessCommands</name>
    <message numerus="yes">
        <source>%1: valid routine &quot;%2&quot;, %n stretch(es)</source>
        <translation>
            <numerusform>%1: routine valida &quot;%2&quot;, %n esercizio</numerusform>
            <numerusform>%1: routine valida &quot;%2&quot;, %n esercizi</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot; as %2</source>
        <translation>&quot;%1&quot; importata come %2</translation>
    </message>
    <message>
        <source>Exported &quot;%1&quot; to %2</source>
        <translation>&quot;%1&quot; esportata in %2</translation>
    </message>
    <message>
        <source>--paper: must be a4 or letter, not &quot;%1&quot;</source>
        <translation>--paper: deve essere a4 o letter, non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Handout of &quot;%1&quot; written to %2</source>
        <translation>Scheda di &quot;%1&quot; scritta in %2</translation>
    </message>
</context>
<context>
    <name>HistoryCommands</name>
    <message>
        <source>--since: &quot;%1&quot; is not a date written as YYYY-MM-DD</source>
        <translation>--since: &quot;%1&quot; non è una data nel formato YYYY-MM-DD</translation>
    </message>
    <message>
        <source>%1: could not be written: %2</source>
        <translation>%1: impossibile scrivere: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n session(s) to %1</source>
        <translation>
            <numerusform>%n sessione scritta in %1</numerusform>
            <numerusform>%n sessioni scritte in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryFile</name>
    <message>
        <source>the last line is incomplete (a write was cut off); it was skipped</source>
        <translation>l&apos;ultima riga è incompleta (una scrittura è stata interrotta); è stata saltata</translation>
    </message>
    <message>
        <source>the line is incomplete (a write was cut off); it was skipped</source>
        <translation>la riga è incompleta (una scrittura è stata interrotta); è stata saltata</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>impossibile aprire: %1</translation>
    </message>
    <message>
        <source>is larger than %1 MiB; it was not read</source>
        <translation>è più grande di %1 MiB; non è stato letto</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>impossibile leggere: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more line(s) could not be read either</source>
        <translation>
            <numerusform>neanche %n altra riga è stata letta</numerusform>
            <numerusform>neanche altre %n righe sono state lette</numerusform>
        </translation>
    </message>
    <message>
        <source>the session is too large to store (%1 bytes; a line holds at most %2 KiB)</source>
        <translation>la sessione è troppo grande per essere salvata (%1 byte; una riga contiene al massimo %2 KiB)</translation>
    </message>
    <message>
        <source>cannot be stored: %1</source>
        <translation>impossibile salvare: %1</translation>
    </message>
    <message>
        <source>cannot be written: its folder cannot be made</source>
        <translation>impossibile scrivere: non si può creare la sua cartella</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>impossibile scrivere: %1</translation>
    </message>
    <message>
        <source>cannot be written to the disk: %1</source>
        <translation>impossibile scrivere sul disco: %1</translation>
    </message>
</context>
<context>
    <name>HistoryLine</name>
    <message>
        <source>is not a known field</source>
        <translation>non è un campo conosciuto</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>manca</translation>
    </message>
    <message>
        <source>must be text of %1 to %2 characters</source>
        <translation>deve essere un testo da %1 a %2 caratteri</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>deve essere un numero intero da %1 a %2</translation>
    </message>
    <message>
        <source>must be a date and time with its offset from UTC, such as &quot;2026-12-01T18:05:00+01:00&quot;</source>
        <translation>deve essere una data e un&apos;ora con lo scostamento da UTC, per esempio &quot;2026-12-01T18:05:00+01:00&quot;</translation>
    </message>
    <message>
        <source>is missing; a history line starts with &quot;format&quot;: &quot;limber-session&quot;</source>
        <translation>manca; una riga dello storico inizia con &quot;format&quot;: &quot;limber-session&quot;</translation>
    </message>
    <message>
        <source>must be &quot;limber-session&quot;</source>
        <translation>deve essere &quot;limber-session&quot;</translation>
    </message>
    <message>
        <source>version %1 is newer than this Limber reads (version %2); a newer Limber wrote it</source>
        <translation>la versione %1 è più recente di quella che questo Limber legge (versione %2); l&apos;ha scritta un Limber più recente</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>deve essere %1</translation>
    </message>
    <message>
        <source>must be an object such as {&quot;stretch&quot;: &quot;cat-cow&quot;, &quot;outcome&quot;: &quot;done&quot;, ...}</source>
        <translation>deve essere un oggetto come {&quot;stretch&quot;: &quot;cat-cow&quot;, &quot;outcome&quot;: &quot;done&quot;, ...}</translation>
    </message>
    <message>
        <source>must be &quot;left&quot; or &quot;right&quot;; left out for a stretch without sides</source>
        <translation>deve essere &quot;left&quot; o &quot;right&quot;; omesso per un esercizio senza lati</translation>
    </message>
    <message>
        <source>must be &quot;done&quot;, &quot;skipped&quot; or &quot;hurt&quot;</source>
        <translation>deve essere &quot;done&quot;, &quot;skipped&quot; o &quot;hurt&quot;</translation>
    </message>
    <message>
        <source>must not be before started</source>
        <translation>non deve essere prima di started</translation>
    </message>
    <message>
        <source>must be a list of holds</source>
        <translation>deve essere un elenco di tenute</translation>
    </message>
    <message>
        <source>must list at most %1 holds (it lists %2)</source>
        <translation>deve elencare al massimo %1 tenute (ne elenca %2)</translation>
    </message>
    <message>
        <source>is longer than %1 KiB; a history line is much shorter</source>
        <translation>è più lunga di %1 KiB; una riga dello storico è molto più breve</translation>
    </message>
    <message>
        <source>is not valid JSON: a NUL byte at byte %1</source>
        <translation>non è un JSON valido: un byte NUL al byte %1</translation>
    </message>
    <message>
        <source>is not valid JSON: %1 at byte %2</source>
        <translation>non è un JSON valido: %1 al byte %2</translation>
    </message>
    <message>
        <source>must be a JSON object ({ ... })</source>
        <translation>deve essere un oggetto JSON ({ ... })</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <source>Started</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuti</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatti</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Saltati</translation>
    </message>
    <message>
        <source>Hurt</source>
        <translation>Con dolore</translation>
    </message>
    <message>
        <source>Pain before</source>
        <translation>Dolore prima</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>Dolore dopo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>IllustrationExport</name>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: impossibile creare la cartella</translation>
    </message>
    <message>
        <source>%1: cannot be written</source>
        <translation>%1: impossibile scrivere</translation>
    </message>
    <message numerus="yes">
        <source>%n illustration(s) written to %1</source>
        <translation>
            <numerusform>%n illustrazione scritta in %1</numerusform>
            <numerusform>%n illustrazioni scritte in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the picture of &quot;%2&quot; cannot be read; skipped</source>
        <translation>%1: l&apos;immagine di &quot;%2&quot; non può essere letta; saltata</translation>
    </message>
</context>
<context>
    <name>IllustrationJson</name>
    <message>
        <source>body parts</source>
        <translation>parti del corpo</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>deve essere %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>lists &quot;%1&quot; a second time</source>
        <translation>elenca &quot;%1&quot; una seconda volta</translation>
    </message>
    <message>
        <source>must be [x, y] with each from -%1 to %1</source>
        <translation>deve essere [x, y] con ciascun valore da -%1 a %1</translation>
    </message>
    <message>
        <source>arrows</source>
        <translation>frecce</translation>
    </message>
    <message>
        <source>must be a list of poses</source>
        <translation>deve essere un elenco di pose</translation>
    </message>
    <message>
        <source>a held figure has 2 keyframes, the start and the held pose (it lists %1)</source>
        <translation>una figura tenuta ha 2 fotogrammi chiave, l&apos;inizio e la posa tenuta (ne elenca %1)</translation>
    </message>
    <message>
        <source>a flowing figure has 2 to %1 keyframes (it lists %2)</source>
        <translation>una figura in movimento ha da 2 a %1 fotogrammi chiave (ne elenca %2)</translation>
    </message>
    <message>
        <source>must be the view of the first keyframe (%1)</source>
        <translation>deve essere la vista del primo fotogramma chiave (%1)</translation>
    </message>
</context>
<context>
    <name>JsonFieldReader</name>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>deve essere un numero intero da %1 a %2</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation>deve essere un numero da %1 a %2</translation>
    </message>
    <message>
        <source>must be a number above 0 and at most %1</source>
        <translation>deve essere un numero maggiore di 0 e al massimo %1</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>deve essere true o false</translation>
    </message>
    <message>
        <source>must be text of at most %1 characters</source>
        <translation>deve essere un testo di al massimo %1 caratteri</translation>
    </message>
    <message>
        <source>must be text of %1 to %2 characters</source>
        <translation>deve essere un testo da %1 a %2 caratteri</translation>
    </message>
    <message>
        <source>must be an object such as %1</source>
        <translation>deve essere un oggetto come %1</translation>
    </message>
    <message>
        <source>must be a list of %1</source>
        <translation>deve essere un elenco di %1</translation>
    </message>
    <message>
        <source>must list from %1 to %2 %3 (it lists %4)</source>
        <translation>deve elencare da %1 a %2 %3 (ne elenca %4)</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>manca</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>non è un campo conosciuto</translation>
    </message>
</context>
<context>
    <name>KeyBindings</name>
    <message>
        <source>, </source>
        <comment>between two keys that do the same</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Finestra</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Esegui</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Raccolta</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Storico</translation>
    </message>
    <message>
        <source>Stretch editor</source>
        <translation>Editor dell&apos;esercizio</translation>
    </message>
    <message>
        <source>Show this list of keyboard shortcuts</source>
        <translation>Mostra questo elenco di scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Start, pause or resume (or press the focused button)</source>
        <translation>Avvia, metti in pausa o riprendi (oppure premi il pulsante selezionato)</translation>
    </message>
    <message>
        <source>Next stretch or side</source>
        <translation>Esercizio o lato successivo</translation>
    </message>
    <message>
        <source>Previous stretch or side</source>
        <translation>Esercizio o lato precedente</translation>
    </message>
    <message>
        <source>Hold 10 seconds longer</source>
        <translation>Mantieni 10 secondi in più</translation>
    </message>
    <message>
        <source>Stop the routine, or leave the summary</source>
        <translation>Interrompi la routine o esci dal riepilogo</translation>
    </message>
    <message>
        <source>Full screen (floor view) on or off</source>
        <translation>Schermo intero (vista da terra) sì o no</translation>
    </message>
    <message>
        <source>It hurts: pause at once and choose how to go on</source>
        <translation>Fa male: metti subito in pausa e scegli come continuare</translation>
    </message>
    <message>
        <source>Sound and voice off or on</source>
        <translation>Suono e voce sì o no</translation>
    </message>
    <message>
        <source>Search the stretches</source>
        <translation>Cerca tra gli esercizi</translation>
    </message>
    <message>
        <source>Back from a stretch to the list</source>
        <translation>Torna da un esercizio all&apos;elenco</translation>
    </message>
    <message>
        <source>Actions for the selected stretch</source>
        <translation>Azioni per l&apos;esercizio selezionato</translation>
    </message>
    <message>
        <source>Delete the selected stretch of your own</source>
        <translation>Elimina l&apos;esercizio personale selezionato</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Nuova routine</translation>
    </message>
    <message>
        <source>Import a routine file</source>
        <translation>Importa un file di routine</translation>
    </message>
    <message>
        <source>Duplicate the selected routine</source>
        <translation>Duplica la routine selezionata</translation>
    </message>
    <message>
        <source>Export the selected routine</source>
        <translation>Esporta la routine selezionata</translation>
    </message>
    <message>
        <source>Rename the selected routine</source>
        <translation>Rinomina la routine selezionata</translation>
    </message>
    <message>
        <source>Delete the selected routine (in the list)</source>
        <translation>Elimina la routine selezionata (nell&apos;elenco)</translation>
    </message>
    <message>
        <source>Save the routine</source>
        <translation>Salva la routine</translation>
    </message>
    <message>
        <source>Move the selected step up or down</source>
        <translation>Sposta il passo selezionato su o giù</translation>
    </message>
    <message>
        <source>Remove the selected step (in the steps)</source>
        <translation>Rimuovi il passo selezionato (nei passi)</translation>
    </message>
    <message>
        <source>Undo deleting a session</source>
        <translation>Annulla l&apos;eliminazione di una sessione</translation>
    </message>
    <message>
        <source>Redo deleting a session</source>
        <translation>Ripeti l&apos;eliminazione di una sessione</translation>
    </message>
    <message>
        <source>Delete the selected session</source>
        <translation>Elimina la sessione selezionata</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ripeti</translation>
    </message>
    <message>
        <source>Move the selected joint of the figure</source>
        <translation>Sposta l&apos;articolazione selezionata della figura</translation>
    </message>
</context>
<context>
    <name>LibraryMerge</name>
    <message>
        <source>Limber cannot read %1: %2</source>
        <translation>Limber non riesce a leggere %1: %2</translation>
    </message>
</context>
<context>
    <name>MessageBoxIcon</name>
    <message>
        <source>Information</source>
        <translation>Informazione</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avviso</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Domanda</translation>
    </message>
</context>
<context>
    <name>PictureFile</name>
    <message>
        <source>%1: the file does not exist.</source>
        <translation>%1: il file non esiste.</translation>
    </message>
    <message>
        <source>%1: not a file.</source>
        <translation>%1: non è un file.</translation>
    </message>
    <message>
        <source>%1: the file cannot be read.</source>
        <translation>%1: il file non può essere letto.</translation>
    </message>
    <message>
        <source>%1: the picture is %2 MiB; the most is %3 MiB.</source>
        <translation>%1: l&apos;immagine è di %2 MiB; il massimo è %3 MiB.</translation>
    </message>
    <message>
        <source>%1: the file is empty.</source>
        <translation>%1: il file è vuoto.</translation>
    </message>
    <message>
        <source>%1: not a PNG, JPEG or SVG picture.</source>
        <translation>%1: non è un&apos;immagine PNG, JPEG o SVG.</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Immagini (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
</context>
<context>
    <name>PoseCanvas</name>
    <message>
        <source>Head</source>
        <translation>Testa</translation>
    </message>
    <message>
        <source>Shoulders</source>
        <translation>Spalle</translation>
    </message>
    <message>
        <source>Near elbow</source>
        <translation>Gomito vicino</translation>
    </message>
    <message>
        <source>Near hand</source>
        <translation>Mano vicina</translation>
    </message>
    <message>
        <source>Far elbow</source>
        <translation>Gomito lontano</translation>
    </message>
    <message>
        <source>Far hand</source>
        <translation>Mano lontana</translation>
    </message>
    <message>
        <source>Near knee</source>
        <translation>Ginocchio vicino</translation>
    </message>
    <message>
        <source>Near foot</source>
        <translation>Piede vicino</translation>
    </message>
    <message>
        <source>Far knee</source>
        <translation>Ginocchio lontano</translation>
    </message>
    <message>
        <source>Far foot</source>
        <translation>Piede lontano</translation>
    </message>
</context>
<context>
    <name>PoseJson</name>
    <message>
        <source>must be a part of the body: %1</source>
        <translation>deve essere una parte del corpo: %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>is only for a contact with a part of the body</source>
        <translation>vale solo per un contatto con una parte del corpo</translation>
    </message>
    <message>
        <source>must be &quot;floor&quot; or a part of the body: %1</source>
        <translation>deve essere &quot;floor&quot; o una parte del corpo: %1</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>manca</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contatti</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>deve essere %1</translation>
    </message>
    <message>
        <source>is not a pose a body can take: %1</source>
        <translation>non è una posa che un corpo può assumere: %1</translation>
    </message>
</context>
<context>
    <name>PreferencesFile</name>
    <message>
        <source>must be a date and time in UTC, as &quot;2026-12-04T18:00:00.000Z&quot;</source>
        <translation>deve essere una data e un’ora in UTC, come &quot;2026-12-04T18:00:00.000Z&quot;</translation>
    </message>
    <message>
        <source>is missing; a preferences file starts with &quot;format&quot;: &quot;limber-preferences&quot;</source>
        <translation>manca; un file di preferenze inizia con &quot;format&quot;: &quot;limber-preferences&quot;</translation>
    </message>
    <message>
        <source>must be &quot;limber-preferences&quot;</source>
        <translation>deve essere &quot;limber-preferences&quot;</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>manca</translation>
    </message>
    <message>
        <source>unsupported version %1; this Limber reads version %2</source>
        <translation>versione %1 non supportata; questo Limber legge la versione %2</translation>
    </message>
    <message>
        <source>(not a number)</source>
        <translation>(non è un numero)</translation>
    </message>
    <message>
        <source>is larger than 1 MiB; a preferences file is much smaller</source>
        <translation>supera 1 MiB; un file di preferenze è molto più piccolo</translation>
    </message>
    <message>
        <source>is not valid JSON: a NUL byte at byte %1</source>
        <translation>non è JSON valido: un byte NUL al byte %1</translation>
    </message>
    <message>
        <source>is empty; a preferences file holds a JSON object</source>
        <translation>è vuoto; un file di preferenze contiene un oggetto JSON</translation>
    </message>
    <message>
        <source>is not valid JSON: %1 at byte %2</source>
        <translation>non è JSON valido: %1 al byte %2</translation>
    </message>
    <message>
        <source>must hold a JSON object ({ ... }) at the top level</source>
        <translation>deve contenere un oggetto JSON ({ ... }) al livello più alto</translation>
    </message>
    <message>
        <source>must be named by 1 to %1 characters</source>
        <translation>deve avere un nome da 1 a %1 caratteri</translation>
    </message>
    <message>
        <source>must name a stretch id (only a-z, 0-9 and -) after &quot;%1&quot;</source>
        <translation>deve indicare un id di esercizio (solo a-z, 0-9 e -) dopo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must hold at most %1 values (it holds %2)</source>
        <translation>deve contenere al massimo %1 valori (ne contiene %2)</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>non si può aprire: %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>non si può leggere: %1</translation>
    </message>
    <message>
        <source>must be the file&apos;s name (&quot;%1&quot;): each device writes only its own file</source>
        <translation>deve essere il nome del file (&quot;%1&quot;): ogni dispositivo scrive solo il proprio file</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>non si può scrivere: %1</translation>
    </message>
    <message>
        <source>cannot be read, and cannot be moved aside to be written afresh</source>
        <translation>non si può leggere né mettere da parte per riscriverlo</translation>
    </message>
    <message>
        <source>could not be read and was moved aside to %1; this device&apos;s preferences are written afresh</source>
        <translation>non si poteva leggere ed è stato messo da parte in %1; le preferenze di questo dispositivo vengono riscritte</translation>
    </message>
    <message>
        <source>cannot be written: its folder cannot be made</source>
        <translation>non si può scrivere: non si può creare la sua cartella</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>Routine</name>
    <message>
        <source>Back and hips</source>
        <translation>Schiena e anche</translation>
    </message>
    <message>
        <source>Desk break</source>
        <translation>Pausa dalla scrivania</translation>
    </message>
</context>
<context>
    <name>RoutineDialogs</name>
    <message>
        <source>Limber routines (*.json);;All files (*)</source>
        <translation>Routine di Limber (*.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>Salvare le modifiche a “%1”?</translation>
    </message>
    <message>
        <source>If you don&apos;t save them, your changes are lost.</source>
        <translation>Se non le salvi, le modifiche andranno perse.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Scarta le modifiche</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>Elimina la routine</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Eliminare “%1”?</translation>
    </message>
    <message>
        <source>The routine is removed for good. Export it first if you may want it again.</source>
        <translation>La routine verrà eliminata definitivamente. Esportala prima se pensi di volerla di nuovo.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Importa una routine</translation>
    </message>
    <message>
        <source>Export the routine</source>
        <translation>Esporta la routine</translation>
    </message>
    <message>
        <source>routine</source>
        <translation>routine</translation>
    </message>
</context>
<context>
    <name>RoutineExport</name>
    <message>
        <source>%1: cannot be opened: %2</source>
        <translation>%1: non può essere aperto: %2</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: non può essere letto: %2</translation>
    </message>
    <message>
        <source>%1: is larger than 2 MiB; a stretch&apos;s picture is smaller</source>
        <translation>%1: è più grande di 2 MiB; l&apos;immagine di un esercizio è più piccola</translation>
    </message>
</context>
<context>
    <name>RoutineFile</name>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>deve essere un numero intero da %1 a %2</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>non è un campo conosciuto</translation>
    </message>
    <message>
        <source>must be an object such as {&quot;stretch&quot;: &quot;cat-cow&quot;}</source>
        <translation>deve essere un oggetto come {&quot;stretch&quot;: &quot;cat-cow&quot;}</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>manca</translation>
    </message>
    <message>
        <source>must be a stretch id (text)</source>
        <translation>deve essere un id di esercizio (testo)</translation>
    </message>
    <message>
        <source>unknown stretch id %1 (limber --list-stretches shows the ids)</source>
        <translation>id di esercizio sconosciuto %1 (limber --list-stretches mostra gli id)</translation>
    </message>
    <message>
        <source>must be &quot;both&quot;, &quot;left&quot; or &quot;right&quot;</source>
        <translation>deve essere &quot;both&quot;, &quot;left&quot; o &quot;right&quot;</translation>
    </message>
    <message>
        <source>%1 has no sides; only &quot;both&quot; is allowed</source>
        <translation>%1 non ha lati; è ammesso solo &quot;both&quot;</translation>
    </message>
    <message>
        <source>is missing; a routine file starts with &quot;format&quot;: &quot;limber-routine&quot;</source>
        <translation>manca; un file di routine inizia con &quot;format&quot;: &quot;limber-routine&quot;</translation>
    </message>
    <message>
        <source>must be &quot;limber-routine&quot;</source>
        <translation>deve essere &quot;limber-routine&quot;</translation>
    </message>
    <message>
        <source>(not a number)</source>
        <translation>(non è un numero)</translation>
    </message>
    <message>
        <source>must be text of 1 to %1 characters</source>
        <translation>deve essere un testo da 1 a %1 caratteri</translation>
    </message>
    <message>
        <source>must be a list of steps</source>
        <translation>deve essere un elenco di passi</translation>
    </message>
    <message>
        <source>must list from 1 to %1 steps (it lists %2)</source>
        <translation>deve elencare da 1 a %1 passi (ne elenca %2)</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>impossibile aprire: %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>impossibile leggere: %1</translation>
    </message>
    <message>
        <source>is larger than 1 MiB; a routine file is much smaller</source>
        <translation>è più grande di 1 MiB; un file di routine è molto più piccolo</translation>
    </message>
    <message>
        <source>is not valid JSON: a NUL byte at byte %1</source>
        <translation>non è un JSON valido: un byte NUL al byte %1</translation>
    </message>
    <message>
        <source>is empty; a routine file holds a JSON object</source>
        <translation>è vuoto; un file di routine contiene un oggetto JSON</translation>
    </message>
    <message>
        <source>is not valid JSON: %1 at byte %2</source>
        <translation>non è un JSON valido: %1 al byte %2</translation>
    </message>
    <message>
        <source>must hold a JSON object ({ ... }) at the top level</source>
        <translation>deve contenere un oggetto JSON ({ ... }) al primo livello</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>impossibile scrivere: %1</translation>
    </message>
    <message>
        <source>unsupported version %1; this Limber reads versions %2 and %3</source>
        <translation>versione %1 non supportata; questo Limber legge le versioni %2 e %3</translation>
    </message>
    <message>
        <source>is larger than 16 MiB; a routine file, even with the images of its stretches, is much smaller</source>
        <translation>è più grande di 16 MiB; un file di routine, anche con le immagini dei suoi esercizi, è molto più piccolo</translation>
    </message>
    <message>
        <source>must not begin or end with spaces</source>
        <translation>non deve iniziare o finire con spazi</translation>
    </message>
    <message>
        <source>must be a list of stretches</source>
        <translation>deve essere un elenco di esercizi</translation>
    </message>
    <message>
        <source>must list at most %1 stretches (it lists %2)</source>
        <translation>deve elencare al massimo %1 esercizi (ne elenca %2)</translation>
    </message>
    <message>
        <source>must be a stretch object</source>
        <translation>deve essere un oggetto esercizio</translation>
    </message>
    <message>
        <source>%1 is a built-in stretch; a file carries only stretches that are not built in</source>
        <translation>%1 è un esercizio predefinito; un file contiene solo esercizi non predefiniti</translation>
    </message>
    <message>
        <source>%1 is carried twice</source>
        <translation>%1 è presente due volte</translation>
    </message>
    <message>
        <source>%1 is used by no step</source>
        <translation>%1 non è usato da nessun passo</translation>
    </message>
</context>
<context>
    <name>RoutineResolver</name>
    <message>
        <source>is neither a built-in routine (%1), a saved routine, nor a file</source>
        <translation>non è né una routine predefinita (%1), né una routine salvata, né un file</translation>
    </message>
</context>
<context>
    <name>SegmentText</name>
    <message>
        <source>Left side</source>
        <translation>Lato sinistro</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Lato destro</translation>
    </message>
    <message>
        <source>March gently in place to warm up.</source>
        <translation>Marcia dolcemente sul posto per riscaldarti.</translation>
    </message>
    <message>
        <source>Get into position for %1.</source>
        <translation>Mettiti in posizione per: %1.</translation>
    </message>
    <message>
        <source>Hold still and breathe slowly. A mild pull, never sharp pain.</source>
        <translation>Resta immobile e respira lentamente. Una leggera tensione, mai un dolore acuto.</translation>
    </message>
    <message>
        <source>Move slowly and smoothly, in time with your breath.</source>
        <translation>Muoviti lentamente e in modo fluido, al ritmo del respiro.</translation>
    </message>
    <message>
        <source>Switch to the other side.</source>
        <translation>Passa all&apos;altro lato.</translation>
    </message>
    <message>
        <source>Rest and breathe.</source>
        <translation>Riposa e respira.</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>A seguire: %1</translation>
    </message>
    <message>
        <source>Next: %1, %2</source>
        <translation>A seguire: %1, %2</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
</context>
<context>
    <name>StartingPoses</name>
    <message>
        <source>Standing</source>
        <translation>In piedi</translation>
    </message>
    <message>
        <source>Lying on the back</source>
        <translation>Sdraiato sulla schiena</translation>
    </message>
    <message>
        <source>On hands and knees</source>
        <translation>A quattro zampe</translation>
    </message>
    <message>
        <source>Sitting on the floor</source>
        <translation>Seduto a terra</translation>
    </message>
</context>
<context>
    <name>StillPicture</name>
    <message>
        <source>Missing stretch</source>
        <translation>Esercizio mancante</translation>
    </message>
</context>
<context>
    <name>StretchDeletePrompt</name>
    <message>
        <source>Delete stretch</source>
        <translation>Elimina esercizio</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Eliminare “%1”?</translation>
    </message>
    <message>
        <source>No routine uses it. It is removed for good.</source>
        <translation>Nessuna routine lo usa. Verrà eliminato definitivamente.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is used by %n routine(s): %2.</source>
        <translation>
            <numerusform>“%1” è usato da %n routine: %2.</numerusform>
            <numerusform>“%1” è usato da %n routine: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their steps stay, shown as a missing stretch. Delete it?</source>
        <translation>I loro passi restano, mostrati come esercizio mancante. Eliminarlo?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
</context>
<context>
    <name>StretchFile</name>
    <message>
        <source>body areas</source>
        <translation>zone del corpo</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>deve essere uno tra %1</translation>
    </message>
    <message>
        <source>lists &quot;%1&quot; a second time</source>
        <translation>elenca &quot;%1&quot; una seconda volta</translation>
    </message>
    <message>
        <source>is missing; a stretch file starts with &quot;format&quot;: &quot;limber-stretch&quot;</source>
        <translation>manca; un file di esercizio inizia con &quot;format&quot;: &quot;limber-stretch&quot;</translation>
    </message>
    <message>
        <source>must be &quot;limber-stretch&quot;</source>
        <translation>deve essere &quot;limber-stretch&quot;</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>manca</translation>
    </message>
    <message>
        <source>unsupported version %1; this Limber reads version %2</source>
        <translation>versione %1 non supportata; questo Limber legge la versione %2</translation>
    </message>
    <message>
        <source>(not a number)</source>
        <translation>(non è un numero)</translation>
    </message>
    <message>
        <source>is larger than %1 MiB; a stretch file is smaller</source>
        <translation>è più grande di %1 MiB; un file di esercizio è più piccolo</translation>
    </message>
    <message>
        <source>is not valid JSON: a NUL byte at byte %1</source>
        <translation>non è un JSON valido: un byte NUL al byte %1</translation>
    </message>
    <message>
        <source>is empty; a stretch file holds a JSON object</source>
        <translation>è vuoto; un file di esercizio contiene un oggetto JSON</translation>
    </message>
    <message>
        <source>is not valid JSON: %1 at byte %2</source>
        <translation>non è un JSON valido: %1 al byte %2</translation>
    </message>
    <message>
        <source>must hold a JSON object ({ ... }) at the top level</source>
        <translation>deve contenere un oggetto JSON ({ ... }) al primo livello</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>non può essere aperto: %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>non può essere letto: %1</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>passi</translation>
    </message>
    <message>
        <source>cautions</source>
        <translation>precauzioni</translation>
    </message>
    <message>
        <source>must be &quot;hold&quot; or &quot;flow&quot;</source>
        <translation>deve essere &quot;hold&quot; o &quot;flow&quot;</translation>
    </message>
    <message>
        <source>cannot be given together with &quot;figure&quot;: a stretch shows its figure or an image</source>
        <translation>non può essere indicato insieme a &quot;figure&quot;: un esercizio mostra la sua figura o un&apos;immagine</translation>
    </message>
    <message>
        <source>is missing; a stretch needs a &quot;figure&quot; or an &quot;%1&quot;</source>
        <translation>manca; un esercizio richiede &quot;figure&quot; o &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be false for a held stretch</source>
        <translation>deve essere false per un esercizio tenuto</translation>
    </message>
    <message>
        <source>must be true for a flowing stretch</source>
        <translation>deve essere true per un esercizio in movimento</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>non può essere scritto: %1</translation>
    </message>
    <message>
        <source>must be the name of a file beside the stretch file, without a folder</source>
        <translation>deve essere il nome di un file accanto al file dell&apos;esercizio, senza cartella</translation>
    </message>
    <message>
        <source>must name a .png, .jpg, .jpeg or .svg file</source>
        <translation>deve indicare un file .png, .jpg, .jpeg o .svg</translation>
    </message>
    <message>
        <source>%1 is not in the folder of the stretch file</source>
        <translation>%1 non è nella cartella del file dell&apos;esercizio</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 non può essere letto: %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>file name, then why it cannot be shown</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>must be &quot;png&quot;, &quot;jpeg&quot; or &quot;svg&quot;</source>
        <translation>deve essere &quot;png&quot;, &quot;jpeg&quot; o &quot;svg&quot;</translation>
    </message>
    <message>
        <source>must be the image&apos;s bytes in base64</source>
        <translation>deve contenere i byte dell&apos;immagine in base64</translation>
    </message>
</context>
<context>
    <name>StretchFormCommand</name>
    <message>
        <source>Change the stretch</source>
        <translation>Modifica l&apos;esercizio</translation>
    </message>
</context>
<context>
    <name>StretchFormRules</name>
    <message>
        <source>%1 is empty: write it or remove it.</source>
        <translation>%1 è vuoto: scrivilo o rimuovilo.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; the most is %3.</source>
        <translation>%1 è lungo %2 caratteri; il massimo è %3.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Give the stretch a name.</source>
        <translation>Dai un nome all&apos;esercizio.</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nome: %1</translation>
    </message>
    <message>
        <source>The name is %1 characters long; the most is %2.</source>
        <translation>Il nome è lungo %1 caratteri; il massimo è %2.</translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation>Riepilogo: %1</translation>
    </message>
    <message>
        <source>The summary is %1 characters long; the most is %2.</source>
        <translation>Il riepilogo è lungo %1 caratteri; il massimo è %2.</translation>
    </message>
    <message>
        <source>Write at least one step.</source>
        <translation>Scrivi almeno un passo.</translation>
    </message>
    <message>
        <source>A stretch has at most %1 steps.</source>
        <translation>Un esercizio ha al massimo %1 passi.</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Passo %1</translation>
    </message>
    <message>
        <source>A stretch has at most %1 cautions.</source>
        <translation>Un esercizio ha al massimo %1 precauzioni.</translation>
    </message>
    <message>
        <source>Caution %1</source>
        <translation>Precauzione %1</translation>
    </message>
    <message>
        <source>Choose at least one body area.</source>
        <translation>Scegli almeno una zona del corpo.</translation>
    </message>
    <message>
        <source>The recommended hold is between %1 and %2 seconds.</source>
        <translation>La tenuta consigliata è tra %1 e %2 secondi.</translation>
    </message>
    <message>
        <source>Choose a picture, or draw the figure.</source>
        <translation>Scegli un&apos;immagine o disegna la figura.</translation>
    </message>
    <message>
        <source>Draw the figure, or choose a picture.</source>
        <translation>Disegna la figura o scegli un&apos;immagine.</translation>
    </message>
</context>
<context>
    <name>StretchImage</name>
    <message>
        <source>a PNG image</source>
        <translation>un&apos;immagine PNG</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>un&apos;immagine JPEG</translation>
    </message>
    <message>
        <source>an SVG image (XML whose root element is &lt;svg&gt;)</source>
        <translation>un&apos;immagine SVG (XML il cui elemento radice è &lt;svg&gt;)</translation>
    </message>
    <message>
        <source>is larger than %1 MiB</source>
        <translation>è più grande di %1 MiB</translation>
    </message>
    <message>
        <source>is not %1</source>
        <translation>non è %1</translation>
    </message>
    <message>
        <source>must be a PNG, JPEG or SVG file (.png, .jpg, .jpeg or .svg)</source>
        <translation>deve essere un file PNG, JPEG o SVG (.png, .jpg, .jpeg o .svg)</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>non può essere aperto: %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>non può essere letto: %1</translation>
    </message>
</context>
<context>
    <name>TextRules</name>
    <message>
        <source>must not contain control characters (found U+%1)</source>
        <translation>non deve contenere caratteri di controllo (trovato U+%1)</translation>
    </message>
</context>
<context>
    <name>limber::AppearanceSettingsSection</name>
    <message>
        <source>Appearance</source>
        <translation>Aspetto</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Come il sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <source>Theme: %1</source>
        <translation>Tema: %1</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Lingua:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Come il sistema</translation>
    </message>
</context>
<context>
    <name>limber::AreaFilterBar</name>
    <message>
        <source>Filter by body area</source>
        <translation>Filtra per zona del corpo</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tutte</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Tutte le zone</translation>
    </message>
    <message>
        <source>Show stretches for every body area</source>
        <translation>Mostra gli esercizi per tutte le zone del corpo</translation>
    </message>
    <message>
        <source>Show only stretches that work on: %1</source>
        <translation>Mostra solo gli esercizi che lavorano su: %1</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Tuoi</translation>
    </message>
    <message>
        <source>Your stretches</source>
        <translation>I tuoi esercizi</translation>
    </message>
    <message>
        <source>Show only the stretches you made</source>
        <translation>Mostra solo gli esercizi che hai creato</translation>
    </message>
</context>
<context>
    <name>limber::ArrowPicker</name>
    <message>
        <source>Arrow</source>
        <translation>Freccia</translation>
    </message>
    <message>
        <source>An arrow for the movement that matters</source>
        <translation>Una freccia per il movimento che conta</translation>
    </message>
    <message>
        <source>No arrow</source>
        <translation>Nessuna freccia</translation>
    </message>
    <message>
        <source>Round the %1</source>
        <translation>Intorno a: %1</translation>
    </message>
    <message>
        <source>Counter-clockwise</source>
        <translation>Antiorario</translation>
    </message>
    <message>
        <source>Clockwise</source>
        <translation>Orario</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>In entrambi i sensi</translation>
    </message>
    <message>
        <source>Arrow round</source>
        <translation>Posizione della freccia</translation>
    </message>
    <message>
        <source>Arrow direction</source>
        <translation>Verso della freccia</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Dove:</translation>
    </message>
    <message>
        <source>&amp;Turning:</source>
        <translation>&amp;Rotazione:</translation>
    </message>
    <message>
        <source>hips</source>
        <translation>anche</translation>
    </message>
    <message>
        <source>middle of the back</source>
        <translation>metà della schiena</translation>
    </message>
    <message>
        <source>neck</source>
        <translation>collo</translation>
    </message>
    <message>
        <source>head</source>
        <translation>testa</translation>
    </message>
    <message>
        <source>near knee</source>
        <translation>ginocchio vicino</translation>
    </message>
    <message>
        <source>far knee</source>
        <translation>ginocchio lontano</translation>
    </message>
    <message>
        <source>near ankle</source>
        <translation>caviglia vicina</translation>
    </message>
    <message>
        <source>far ankle</source>
        <translation>caviglia lontana</translation>
    </message>
    <message>
        <source>near elbow</source>
        <translation>gomito vicino</translation>
    </message>
    <message>
        <source>near hand</source>
        <translation>mano vicina</translation>
    </message>
    <message>
        <source>far hand</source>
        <translation>mano lontana</translation>
    </message>
</context>
<context>
    <name>limber::BreathingPacer</name>
    <message>
        <source>Breathe in</source>
        <translation>Inspira</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Espira</translation>
    </message>
    <message>
        <source>Breathing guide</source>
        <translation>Guida al respiro</translation>
    </message>
</context>
<context>
    <name>limber::ChangedElsewhereBar</name>
    <message>
        <source>“%1” was changed on another device (or in another Limber) while you were editing it. Your changes are not saved yet.</source>
        <translation>“%1” è stata modificata su un altro dispositivo (o in un altro Limber) mentre la modificavi. Le tue modifiche non sono ancora salvate.</translation>
    </message>
    <message>
        <source>Show the new version</source>
        <translation>Mostra la nuova versione</translation>
    </message>
    <message>
        <source>Keep my changes</source>
        <translation>Mantieni le mie modifiche</translation>
    </message>
</context>
<context>
    <name>limber::ConflictPanel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Two versions</source>
        <translation>Due versioni</translation>
    </message>
    <message>
        <source>set aside by Syncthing</source>
        <translation>messa da parte da Syncthing</translation>
    </message>
    <message>
        <source>set aside by Nextcloud</source>
        <translation>messa da parte da Nextcloud</translation>
    </message>
    <message>
        <source>set aside by Syncthing (device %1)</source>
        <translation>messa da parte da Syncthing (dispositivo %1)</translation>
    </message>
    <message>
        <source>set aside by Nextcloud (user %1)</source>
        <translation>messa da parte da Nextcloud (utente %1)</translation>
    </message>
    <message>
        <source>The other: %1, changed %2 · %3</source>
        <translation>L’altra: %1, modificata %2 · %3</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>non si può leggere: %1</translation>
    </message>
    <message>
        <source>Two versions of “%1”</source>
        <translation>Due versioni di “%1”</translation>
    </message>
    <message>
        <source>This one: changed %1 · %2</source>
        <translation>Questa: modificata %1 · %2</translation>
    </message>
    <message>
        <source>This one: deleted on this device</source>
        <translation>Questa: eliminata su questo dispositivo</translation>
    </message>
    <message>
        <source>Two versions of your stretch “%1”</source>
        <translation>Due versioni del tuo esercizio “%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n stretch(es) · %1</source>
        <translation>
            <numerusform>%n esercizio · %1</numerusform>
            <numerusform>%n esercizi · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>hold %1 each side</source>
        <translation>tieni %1 per lato</translation>
    </message>
    <message>
        <source>hold %1</source>
        <translation>tieni %1</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>Mantieni questa</translation>
    </message>
    <message>
        <source>Keep the other</source>
        <translation>Mantieni l’altra</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Mantieni entrambe</translation>
    </message>
    <message>
        <source>Needs your choice</source>
        <translation>Attende la tua scelta</translation>
    </message>
</context>
<context>
    <name>limber::CountdownRing</name>
    <message>
        <source>Time left in this step</source>
        <translation>Tempo rimasto in questo passo</translation>
    </message>
</context>
<context>
    <name>limber::CueAnnouncer</name>
    <message>
        <source>Knee to chest, left side. Breathe out and relax into it.</source>
        <translation>Ginocchio al petto, lato sinistro. Espira e rilassati nella posizione.</translation>
    </message>
</context>
<context>
    <name>limber::CueSettingsSection</name>
    <message>
        <source>Sound and voice</source>
        <translation>Suoni e voce</translation>
    </message>
    <message>
        <source>Sounds:</source>
        <translation>Suoni:</translation>
    </message>
    <message>
        <source>Play cue sounds</source>
        <translation>Riproduci i suoni di segnale</translation>
    </message>
    <message>
        <source>A chime when a stretch starts, a sound to switch sides and one at the end</source>
        <translation>Un rintocco all&apos;inizio di un esercizio, un suono per cambiare lato e uno alla fine</translation>
    </message>
    <message>
        <source>Volume:</source>
        <translation>Volume:</translation>
    </message>
    <message>
        <source>Sound volume</source>
        <translation>Volume dei suoni</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Countdown:</source>
        <translation>Conto alla rovescia:</translation>
    </message>
    <message>
        <source>Tick 3, 2, 1 before each stretch starts</source>
        <translation>Un tic a 3, 2, 1 prima di ogni esercizio</translation>
    </message>
    <message>
        <source>Countdown ticks</source>
        <translation>Tic del conto alla rovescia</translation>
    </message>
    <message>
        <source>Spoken cues:</source>
        <translation>Annunci vocali:</translation>
    </message>
    <message>
        <source>Say each stretch and side aloud</source>
        <translation>Pronuncia ad alta voce ogni esercizio e lato</translation>
    </message>
    <message>
        <source>Spoken cues</source>
        <translation>Annunci vocali</translation>
    </message>
    <message>
        <source>So you can follow along from the mat without looking</source>
        <translation>Così puoi seguire dal tappetino senza guardare</translation>
    </message>
    <message>
        <source>Voice:</source>
        <translation>Voce:</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voce</translation>
    </message>
    <message>
        <source>Test voice</source>
        <translation>Prova voce</translation>
    </message>
    <message>
        <source>Test the voice</source>
        <translation>Prova la voce</translation>
    </message>
    <message>
        <source>Hear a sentence in this voice at this rate</source>
        <translation>Ascolta una frase con questa voce a questa velocità</translation>
    </message>
    <message>
        <source>Speaking rate:</source>
        <translation>Velocità della voce:</translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation>Velocità della voce</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Più lenta</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Più veloce</translation>
    </message>
    <message>
        <source>Breathing:</source>
        <translation>Respiro:</translation>
    </message>
    <message>
        <source>Show a breathing guide during holds</source>
        <translation>Mostra una guida al respiro durante le tenute</translation>
    </message>
    <message>
        <source>Breathing guide</source>
        <translation>Guida al respiro</translation>
    </message>
    <message>
        <source>A circle that swells as you breathe in and settles as you breathe out</source>
        <translation>Un cerchio che si gonfia quando inspiri e si sgonfia quando espiri</translation>
    </message>
    <message>
        <source>Automatic (for the language)</source>
        <translation>Automatica (per la lingua)</translation>
    </message>
    <message>
        <source>%1 (not available)</source>
        <translation>%1 (non disponibile)</translation>
    </message>
</context>
<context>
    <name>limber::DataFolderSection</name>
    <message>
        <source>Keep my routines, stretches and history in</source>
        <translation>Conserva le mie routine, i miei esercizi e la cronologia in</translation>
    </message>
    <message>
        <source>The data folder was not moved</source>
        <translation>La cartella dei dati non è stata spostata</translation>
    </message>
    <message>
        <source>Data folder moved</source>
        <translation>Cartella dei dati spostata</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>I tuoi dati</translation>
    </message>
    <message>
        <source>Keep my routines, stretches and history in:</source>
        <translation>Conserva le mie routine, i miei esercizi e la cronologia in:</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambia…</translation>
    </message>
    <message>
        <source>Change the data folder</source>
        <translation>Cambia la cartella dei dati</translation>
    </message>
    <message>
        <source>Limber was started with --data-dir, so it uses this folder for this run only.</source>
        <translation>Limber è stato avviato con --data-dir, quindi usa questa cartella solo per questo avvio.</translation>
    </message>
    <message>
        <source>Share this folder with Syncthing or Nextcloud to have the same routines, stretches, history and timings on each of your devices. Window, sound, voice and reminders stay set per device.</source>
        <translation>Condividi questa cartella con Syncthing o Nextcloud per avere le stesse routine, gli stessi esercizi, la stessa cronologia e gli stessi tempi su ogni tuo dispositivo. Finestra, suono, voce e promemoria restano impostati per dispositivo.</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Cartella dei dati: %1</translation>
    </message>
</context>
<context>
    <name>limber::DeletionUndoBar</name>
    <message>
        <source>Session deleted.</source>
        <translation>Sessione eliminata.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>The history could not be changed: %1</source>
        <translation>Non è stato possibile modificare lo storico: %1</translation>
    </message>
</context>
<context>
    <name>limber::GoalSummary</name>
    <message numerus="yes">
        <source>Goal: %n day(s) a week</source>
        <translation>
            <numerusform>Obiettivo: %n giorno a settimana</numerusform>
            <numerusform>Obiettivo: %n giorni a settimana</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This week: %n day(s), goal met</source>
        <translation>
            <numerusform>Questa settimana: %n giorno, obiettivo raggiunto</numerusform>
            <numerusform>Questa settimana: %n giorni, obiettivo raggiunto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This week: %1 of %n day(s)</source>
        <translation>
            <numerusform>Questa settimana: %1 di %n giorno</numerusform>
            <numerusform>Questa settimana: %1 di %n giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) in a row met the goal</source>
        <translation>
            <numerusform>%n settimana di fila con l&apos;obiettivo raggiunto</numerusform>
            <numerusform>%n settimane di fila con l&apos;obiettivo raggiunto</numerusform>
        </translation>
    </message>
    <message>
        <source>Each week that meets the goal adds to a run of weeks.</source>
        <translation>Ogni settimana che raggiunge l&apos;obiettivo allunga la serie.</translation>
    </message>
    <message>
        <source>Weeks, not days: a day of rest never breaks the run.</source>
        <translation>Settimane, non giorni: un giorno di riposo non interrompe mai la serie.</translation>
    </message>
</context>
<context>
    <name>limber::GuidelinesView</name>
    <message>
        <source>Back to library</source>
        <translation>Torna alla raccolta</translation>
    </message>
    <message>
        <source>Back to the stretch library</source>
        <translation>Torna alla raccolta di esercizi</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Prima di iniziare</translation>
    </message>
    <message>
        <source>Six habits that make stretching safer and more comfortable.</source>
        <translation>Sei abitudini che rendono l&apos;allungamento più sicuro e più comodo.</translation>
    </message>
    <message>
        <source>Medical disclaimer</source>
        <translation>Avvertenza medica</translation>
    </message>
    <message>
        <source>Safe-stretching guidelines</source>
        <translation>Indicazioni per allungarsi in sicurezza</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Importante</translation>
    </message>
</context>
<context>
    <name>limber::HighlightPicker</name>
    <message>
        <source>Highlight</source>
        <translation>Evidenziazione</translation>
    </message>
    <message>
        <source>The parts of the body the stretch is felt in</source>
        <translation>Le parti del corpo in cui si sente l&apos;allungamento</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Zona lombare</translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation>Parte alta della schiena</translation>
    </message>
    <message>
        <source>Hips and buttocks</source>
        <translation>Anche e glutei</translation>
    </message>
    <message>
        <source>Near thigh</source>
        <translation>Coscia vicina</translation>
    </message>
    <message>
        <source>Far thigh</source>
        <translation>Coscia lontana</translation>
    </message>
    <message>
        <source>Near calf and shin</source>
        <translation>Polpaccio e stinco vicini</translation>
    </message>
    <message>
        <source>Far calf and shin</source>
        <translation>Polpaccio e stinco lontani</translation>
    </message>
</context>
<context>
    <name>limber::HistorySettingsSection</name>
    <message>
        <source>History</source>
        <translation>Storico</translation>
    </message>
    <message>
        <source>Pain rating:</source>
        <translation>Livello di dolore:</translation>
    </message>
    <message>
        <source>Ask how my back is before each session</source>
        <translation>Chiedimi come sta la mia schiena prima di ogni sessione</translation>
    </message>
    <message>
        <source>Weekly goal:</source>
        <translation>Obiettivo settimanale:</translation>
    </message>
    <message numerus="yes">
        <source> day(s) a week</source>
        <translation>
            <numerusform> giorno a settimana</numerusform>
            <numerusform> giorni a settimana</numerusform>
        </translation>
    </message>
    <message>
        <source>Days a week to practise</source>
        <translation>Giorni di pratica a settimana</translation>
    </message>
    <message>
        <source>A weekly goal, not a daily streak: a day of rest does not break it.</source>
        <translation>Un obiettivo settimanale, non una serie quotidiana: un giorno di riposo non lo interrompe.</translation>
    </message>
</context>
<context>
    <name>limber::HistoryStore</name>
    <message>
        <source>cannot complete session %1: this device has no such session</source>
        <translation>impossibile completare la sessione %1: questo dispositivo non ha questa sessione</translation>
    </message>
    <message>
        <source>cannot delete session %1: there is no such session</source>
        <translation>impossibile eliminare la sessione %1: la sessione non esiste</translation>
    </message>
</context>
<context>
    <name>limber::HistoryView</name>
    <message>
        <source>No sessions yet</source>
        <translation>Ancora nessuna sessione</translation>
    </message>
    <message>
        <source>Your practice will appear here: each session you play, the days you practised, and, if you rate your pain before and after, whether stretching helps.</source>
        <translation>Qui comparirà la tua pratica: ogni sessione svolta, i giorni in cui hai fatto pratica e, se valuti il dolore prima e dopo, se l&apos;allungamento ti aiuta.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Storico</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessioni</translation>
    </message>
    <message>
        <source>Sessions, newest first</source>
        <translation>Sessioni, dalla più recente</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Elimina la sessione</translation>
    </message>
    <message>
        <source>Pain before and after</source>
        <translation>Dolore prima e dopo</translation>
    </message>
    <message>
        <source>Minutes per week</source>
        <translation>Minuti a settimana</translation>
    </message>
    <message>
        <source>Days practised</source>
        <translation>Giorni di pratica</translation>
    </message>
</context>
<context>
    <name>limber::HoldOverrideDelegate</name>
    <message>
        <source>Your hold for %1</source>
        <translation>La tua tenuta per %1</translation>
    </message>
</context>
<context>
    <name>limber::HoldOverridesModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non impostata</translation>
    </message>
    <message>
        <source>Remove your hold for %1</source>
        <translation>Rimuovi la tua tenuta per %1</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Esercizio</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Consigliata</translation>
    </message>
    <message>
        <source>Your hold</source>
        <translation>La tua tenuta</translation>
    </message>
    <message>
        <source>Your own hold for this stretch. Reset goes back to %1.</source>
        <translation>La tua tenuta per questo esercizio. Ripristina riporta a %1.</translation>
    </message>
    <message>
        <source>Held for %1, the same as every stretch. Click to set a hold for this stretch alone.</source>
        <translation>Tenuto per %1, come ogni esercizio. Fai clic per impostare una tenuta solo per questo esercizio.</translation>
    </message>
    <message>
        <source>Held for the recommended time. Click to set your own.</source>
        <translation>Tenuto per il tempo consigliato. Fai clic per impostare il tuo.</translation>
    </message>
    <message>
        <source>No hold of yours for %1</source>
        <translation>Nessuna durata personale per %1</translation>
    </message>
</context>
<context>
    <name>limber::HoldOverridesTable</name>
    <message>
        <source>Hold for each stretch</source>
        <translation>Tenuta per ogni esercizio</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <source>Reset the hold for %1</source>
        <translation>Ripristina la tenuta di %1</translation>
    </message>
    <message>
        <source>Go back to the hold this stretch had before</source>
        <translation>Torna alla tenuta che l&apos;esercizio aveva prima</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
</context>
<context>
    <name>limber::HurtNotice</name>
    <message>
        <source>This hurt on %1 — go gentler, or skip it this time</source>
        <translation>Ha fatto male il %1: vai più piano o saltalo questa volta</translation>
    </message>
    <message>
        <source>Skip it</source>
        <translation>Salta</translation>
    </message>
    <message>
        <source>Skip %1 this time</source>
        <translation>Salta %1 questa volta</translation>
    </message>
</context>
<context>
    <name>limber::IllustrationWidget</name>
    <message>
        <source>Animated illustration of the stretch</source>
        <translation>Illustrazione animata dell&apos;esercizio</translation>
    </message>
    <message>
        <source>Picture of the stretch</source>
        <translation>Immagine dell&apos;esercizio</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>kind of picture: what it shows</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>limber::ItHurtsDialog</name>
    <message>
        <source>It hurts</source>
        <translation>Fa male</translation>
    </message>
    <message>
        <source>Paused. Ease out of %1 gently.</source>
        <translation>In pausa. Esci con delicatezza da: %1.</translation>
    </message>
    <message>
        <source>A stretch should feel like a mild pull, never sharp pain. If the pain is sharp or stays, stop and talk to a doctor or physiotherapist.</source>
        <translation>L&apos;allungamento deve dare una leggera tensione, mai un dolore acuto. Se il dolore è acuto o persiste, fermati e parlane con un medico o un fisioterapista.</translation>
    </message>
    <message>
        <source>Skip this stretch</source>
        <translation>Salta questo esercizio</translation>
    </message>
    <message>
        <source>End the routine</source>
        <translation>Termina la routine</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continua</translation>
    </message>
</context>
<context>
    <name>limber::KeyframeStrip</name>
    <message>
        <source>Add position</source>
        <translation>Aggiungi posizione</translation>
    </message>
    <message>
        <source>Remove position</source>
        <translation>Rimuovi posizione</translation>
    </message>
    <message>
        <source>Adds a copy of the chosen position after it</source>
        <translation>Aggiunge una copia della posizione scelta dopo di essa</translation>
    </message>
    <message>
        <source>Removes the chosen position</source>
        <translation>Rimuove la posizione scelta</translation>
    </message>
    <message>
        <source>Starting position</source>
        <translation>Posizione iniziale</translation>
    </message>
    <message>
        <source>Held pose</source>
        <translation>Posa tenuta</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>Position %1</source>
        <translation>Posizione %1</translation>
    </message>
    <message>
        <source>Shows this position for posing</source>
        <translation>Mostra questa posizione per modificarne la posa</translation>
    </message>
</context>
<context>
    <name>limber::LibraryView</name>
    <message>
        <source>Stretch library</source>
        <translation>Raccolta di esercizi</translation>
    </message>
    <message>
        <source>Learn each stretch here before you do it on the floor.</source>
        <translation>Impara qui ogni esercizio prima di farlo sul tappetino.</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Prima di iniziare</translation>
    </message>
    <message>
        <source>Before you start: safe-stretching guidelines</source>
        <translation>Prima di iniziare: indicazioni per allungarsi in sicurezza</translation>
    </message>
    <message>
        <source>Search stretches</source>
        <translation>Cerca esercizi</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Cancella la ricerca</translation>
    </message>
    <message>
        <source>Stretches</source>
        <translation>Esercizi</translation>
    </message>
    <message>
        <source>Check the spelling, try fewer words, or pick other areas.</source>
        <translation>Controlla l&apos;ortografia, prova con meno parole o scegli altre zone.</translation>
    </message>
    <message>
        <source>Show all stretches</source>
        <translation>Mostra tutti gli esercizi</translation>
    </message>
    <message>
        <source>Clear the search and the area filter</source>
        <translation>Cancella la ricerca e il filtro per zona</translation>
    </message>
    <message>
        <source>No stretches match the chosen areas</source>
        <translation>Nessun esercizio per le zone scelte</translation>
    </message>
    <message>
        <source>No stretches match “%1”</source>
        <translation>Nessun esercizio corrisponde a “%1”</translation>
    </message>
    <message>
        <source>No stretches match “%1” in the chosen areas</source>
        <translation>Nessun esercizio corrisponde a “%1” nelle zone scelte</translation>
    </message>
    <message>
        <source>New stretch</source>
        <translation>Nuovo esercizio</translation>
    </message>
    <message>
        <source>Make a new stretch of your own</source>
        <translation>Crea un tuo esercizio</translation>
    </message>
</context>
<context>
    <name>limber::MainWindow</name>
    <message>
        <source>Limber</source>
        <translation>Limber</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Viste</translation>
    </message>
    <message>
        <source>Limber found problems in your saved data. Nothing was deleted.</source>
        <translation>Limber ha trovato problemi nei tuoi dati salvati. Non è stato eliminato nulla.</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Esegui</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Raccolta</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Storico</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Keyboard shortcuts (%1)</source>
        <translation>Scorciatoie da tastiera (%1)</translation>
    </message>
    <message>
        <source>Your routines, stretches and history have a new place.</source>
        <translation>Le tue routine, i tuoi esercizi e la tua cronologia hanno un nuovo posto.</translation>
    </message>
</context>
<context>
    <name>limber::MinutesChart</name>
    <message>
        <source>Minutes</source>
        <translation>Minuti</translation>
    </message>
    <message>
        <source>Minutes per week</source>
        <translation>Minuti a settimana</translation>
    </message>
</context>
<context>
    <name>limber::PainChangeLabel</name>
    <message>
        <source>Rate your pain before and after a session to see whether it helps.</source>
        <translation>Valuta il dolore prima e dopo una sessione per vedere se ti aiuta.</translation>
    </message>
    <message numerus="yes">
        <source>After is the same as before on average over the last %1 days (%n session(s))</source>
        <translation>
            <numerusform>In media negli ultimi %1 giorni il dopo è uguale al prima (%n sessione)</numerusform>
            <numerusform>In media negli ultimi %1 giorni il dopo è uguale al prima (%n sessioni)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After is %1 lower on average over the last %2 days (%n session(s))</source>
        <translation>
            <numerusform>In media negli ultimi %2 giorni il dopo è più basso di %1 (%n sessione)</numerusform>
            <numerusform>In media negli ultimi %2 giorni il dopo è più basso di %1 (%n sessioni)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After is %1 higher on average over the last %2 days (%n session(s))</source>
        <translation>
            <numerusform>In media negli ultimi %2 giorni il dopo è più alto di %1 (%n sessione)</numerusform>
            <numerusform>In media negli ultimi %2 giorni il dopo è più alto di %1 (%n sessioni)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::PainChart</name>
    <message>
        <source>Before</source>
        <translation>Prima</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Dopo</translation>
    </message>
    <message>
        <source>Pain (0–10)</source>
        <translation>Dolore (0–10)</translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>Date labels on the pain chart&apos;s time axis (QDateTime format)</extracomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>Pain before and after each session</source>
        <translation>Dolore prima e dopo ogni sessione</translation>
    </message>
</context>
<context>
    <name>limber::PainQuestionPage</name>
    <message>
        <source>How is your back right now?</source>
        <translation>Come sta la tua schiena in questo momento?</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Salta</translation>
    </message>
    <message>
        <source>Start without rating (Esc)</source>
        <translation>Inizia senza valutare (Esc)</translation>
    </message>
    <message>
        <source>Skip the question and start</source>
        <translation>Salta la domanda e inizia</translation>
    </message>
    <message>
        <source>Press a number (1 then 0 for 10), or Esc to skip. Your answers show in History whether stretching helps; turn this question off in Settings.</source>
        <translation>Premi un numero (1 e poi 0 per 10), oppure Esc per saltare. Nello storico le risposte mostrano se l&apos;allungamento ti aiuta; puoi disattivare questa domanda nelle impostazioni.</translation>
    </message>
</context>
<context>
    <name>limber::PainScale</name>
    <message>
        <source>0 · no pain</source>
        <translation>0 · nessun dolore</translation>
    </message>
    <message>
        <source>10 · worst imaginable</source>
        <translation>10 · il peggiore immaginabile</translation>
    </message>
    <message>
        <source>Pain %1 of 10</source>
        <translation>Dolore %1 su 10</translation>
    </message>
    <message>
        <source>Pain from 0 (no pain) to 10 (worst imaginable)</source>
        <translation>Dolore da 0 (nessun dolore) a 10 (il peggiore immaginabile)</translation>
    </message>
</context>
<context>
    <name>limber::PeriodSelector</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Ultimo giorno</numerusform>
            <numerusform>Ultimi %n giorni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::PlayerAnnouncements</name>
    <message>
        <source>Rest. %1</source>
        <extracomment>%1 is what comes next, e.g. &quot;Next: Butterfly stretch, left side&quot;</extracomment>
        <translation>Riposo. %1</translation>
    </message>
    <message>
        <source>Get ready. %1</source>
        <extracomment>%1 is what comes next, e.g. &quot;Next: Butterfly stretch, left side&quot;</extracomment>
        <translation>Preparati. %1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>In pausa</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Ripreso</translation>
    </message>
    <message>
        <source>Ten seconds left</source>
        <translation>Mancano dieci secondi</translation>
    </message>
</context>
<context>
    <name>limber::PlayerControlBar</name>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Riproduci</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Audio disattivato</translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation>Audio attivo</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Spazio</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Precedente</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Freccia sinistra</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Successivo</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Freccia destra</translation>
    </message>
    <message>
        <source>+10 s</source>
        <translation>+10 s</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Ferma</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Schermo intero</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>It hurts</source>
        <translation>Fa male</translation>
    </message>
    <message>
        <source>Pause at once and choose how to go on (H)</source>
        <translation>Metti subito in pausa e scegli come continuare (H)</translation>
    </message>
</context>
<context>
    <name>limber::PlayerView</name>
    <message>
        <source>Stop the routine?</source>
        <translation>Fermare la routine?</translation>
    </message>
    <message>
        <source>Stop now and go back to the start?</source>
        <translation>Fermare ora e tornare all&apos;inizio?</translation>
    </message>
    <message>
        <source>Sound and voice status</source>
        <translation>Stato di suoni e voce</translation>
    </message>
    <message>
        <source>this stretch</source>
        <translation>questo esercizio</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Lettore</translation>
    </message>
</context>
<context>
    <name>limber::PlayingPage</name>
    <message>
        <source>Switch sides</source>
        <translation>Cambia lato</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Riposo</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Preparati</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Riscaldamento</translation>
    </message>
    <message>
        <source>Stretch %1 of %2</source>
        <translation>Esercizio %1 di %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 rimanenti</translation>
    </message>
    <message>
        <source>Position in the routine</source>
        <translation>Posizione nella routine</translation>
    </message>
    <message>
        <source>Time left in the routine</source>
        <translation>Tempo rimasto nella routine</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Esercizio</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lato</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Istruzione</translation>
    </message>
    <message>
        <source>Coming next</source>
        <translation>A seguire</translation>
    </message>
    <message>
        <source>Illustration of the stretch</source>
        <translation>Illustrazione dell&apos;esercizio</translation>
    </message>
    <message>
        <source>Picture: %1</source>
        <translation>Immagine: %1</translation>
    </message>
    <message>
        <source>Picture: %1, %2</source>
        <translation>Immagine: %1, %2</translation>
    </message>
</context>
<context>
    <name>limber::PoseCanvas</name>
    <message>
        <source>Figure</source>
        <translation>Figura</translation>
    </message>
    <message>
        <source>Chosen joint: %1.</source>
        <translation>Articolazione scelta: %1.</translation>
    </message>
    <message>
        <source>Drag a joint to pose the figure. Tab chooses a joint, the arrow keys move it.</source>
        <translation>Trascina un&apos;articolazione per mettere in posa la figura. Tab sceglie un&apos;articolazione, i tasti freccia la spostano.</translation>
    </message>
</context>
<context>
    <name>limber::PoseEditor</name>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ripeti</translation>
    </message>
    <message>
        <source>&amp;Mirror preview</source>
        <translation>Anteprima &amp;speculare</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Parti da:</translation>
    </message>
    <message>
        <source>Shows the figure as it is drawn for the other side</source>
        <translation>Mostra la figura come viene disegnata per l&apos;altro lato</translation>
    </message>
    <message>
        <source>Move: %1</source>
        <translation>Sposta: %1</translation>
    </message>
    <message>
        <source>Change the highlight</source>
        <translation>Cambia l&apos;evidenziazione</translation>
    </message>
    <message>
        <source>Change the arrow</source>
        <translation>Cambia la freccia</translation>
    </message>
    <message>
        <source>Make it a flow</source>
        <translation>Rendilo un movimento</translation>
    </message>
    <message>
        <source>Make it a hold</source>
        <translation>Rendilo una tenuta</translation>
    </message>
    <message>
        <source>Start from %1</source>
        <translation>Parti da: %1</translation>
    </message>
    <message>
        <source>Add a position</source>
        <translation>Aggiungi una posizione</translation>
    </message>
    <message>
        <source>Remove a position</source>
        <translation>Rimuovi una posizione</translation>
    </message>
</context>
<context>
    <name>limber::PracticeCalendar</name>
    <message>
        <source>Previous month</source>
        <translation>Mese precedente</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mese successivo</translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation>Giorni del mese</translation>
    </message>
</context>
<context>
    <name>limber::ReadyPage</name>
    <message>
        <source>Start</source>
        <translation>Inizia</translation>
    </message>
    <message>
        <source>Start the routine</source>
        <translation>Inizia la routine</translation>
    </message>
    <message>
        <source>Start the routine (Space)</source>
        <translation>Inizia la routine (Spazio)</translation>
    </message>
</context>
<context>
    <name>limber::ReminderController</name>
    <message>
        <source>Time for %1</source>
        <translation>È ora di: %1</translation>
    </message>
    <message>
        <source>A few minutes for your back and hips.</source>
        <translation>Pochi minuti per la tua schiena e le tue anche.</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Inizia ora</translation>
    </message>
    <message>
        <source>In 15 minutes</source>
        <translation>Tra 15 minuti</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>Non oggi</translation>
    </message>
    <message>
        <source>Time to stand up</source>
        <translation>È ora di alzarti</translation>
    </message>
    <message numerus="yes">
        <source>You have been sitting for %n minutes. Stand, march on the spot and do a lunge: %1.</source>
        <translation>
            <numerusform>Sei alla scrivania da %n minuto. Alzati, marcia sul posto e fai un affondo: %1.</numerusform>
            <numerusform>Sei alla scrivania da %n minuti. Alzati, marcia sul posto e fai un affondo: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start desk break</source>
        <translation>Inizia la pausa</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Più tardi</translation>
    </message>
</context>
<context>
    <name>limber::ReminderSettings</name>
    <message>
        <source>is not a time of day (HH:mm)</source>
        <translation>non è un orario (HH:mm)</translation>
    </message>
    <message>
        <source>using %1</source>
        <translation>uso %1</translation>
    </message>
    <message>
        <source>is not a date (yyyy-MM-dd)</source>
        <translation>non è una data (yyyy-MM-dd)</translation>
    </message>
    <message>
        <source>forgetting the snooze</source>
        <translation>il rinvio viene ignorato</translation>
    </message>
    <message>
        <source>is not a date and time (ISO 8601)</source>
        <translation>non è una data e un&apos;ora (ISO 8601)</translation>
    </message>
    <message>
        <source>ignoring it</source>
        <translation>viene ignorato</translation>
    </message>
</context>
<context>
    <name>limber::ReminderSettingsSection</name>
    <message>
        <source>Reminders</source>
        <translation>Promemoria</translation>
    </message>
    <message>
        <source>Remind me to stretch</source>
        <translation>Ricordami di fare stretching</translation>
    </message>
    <message>
        <source>Daily reminder:</source>
        <translation>Promemoria giornaliero:</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Giorni:</translation>
    </message>
    <message>
        <source>At:</source>
        <translation>Alle:</translation>
    </message>
    <message>
        <source>Routine:</source>
        <translation>Routine:</translation>
    </message>
    <message>
        <source>Remind me to stand up and stretch</source>
        <translation>Ricordami di alzarmi e fare stretching</translation>
    </message>
    <message>
        <source>Sitting breaks:</source>
        <translation>Pause dalla sedia:</translation>
    </message>
    <message>
        <source> min of computer use</source>
        <translation> min al computer</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>Dopo:</translation>
    </message>
    <message>
        <source>Start Limber in the tray when I log in</source>
        <translation>Avvia Limber nell&apos;area di notifica all&apos;accesso</translation>
    </message>
    <message>
        <source>Start with the desktop:</source>
        <translation>Avvio con il desktop:</translation>
    </message>
    <message>
        <source>Time away from the keyboard for 5 minutes or more starts the count again.</source>
        <translation>Se resti lontano dalla tastiera per 5 minuti o più, il conteggio ricomincia.</translation>
    </message>
    <message>
        <source>This desktop does not say when you are away, so the time since Limber started counts instead.</source>
        <translation>Questo desktop non indica quando sei assente, quindi conta il tempo dall&apos;avvio di Limber.</translation>
    </message>
    <message>
        <source>While a reminder is on, closing the window keeps Limber in the tray.</source>
        <translation>Mentre un promemoria è attivo, chiudere la finestra lascia Limber nell&apos;area di notifica.</translation>
    </message>
    <message>
        <source>This desktop has no tray: reminders come only while Limber&apos;s window is open or minimised.</source>
        <translation>Questo desktop non ha un&apos;area di notifica: i promemoria arrivano solo mentre la finestra di Limber è aperta o ridotta a icona.</translation>
    </message>
</context>
<context>
    <name>limber::ReminderShell</name>
    <message>
        <source>Limber is still running</source>
        <translation>Limber è ancora in esecuzione</translation>
    </message>
    <message>
        <source>Your reminders keep coming. Quit Limber from its icon here.</source>
        <translation>I promemoria continuano. Esci da Limber dalla sua icona qui.</translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 min)</translation>
    </message>
    <message>
        <source>Could not change %1: %2</source>
        <translation>Impossibile modificare %1: %2</translation>
    </message>
</context>
<context>
    <name>limber::ReminderTray</name>
    <message>
        <source>tomorrow %1</source>
        <translation>domani %1</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>Inizia %1</translation>
    </message>
    <message>
        <source>Open Limber</source>
        <translation>Apri Limber</translation>
    </message>
    <message>
        <source>Pause reminders for 1 hour</source>
        <translation>Sospendi i promemoria per 1 ora</translation>
    </message>
    <message>
        <source>Pause reminders until tomorrow</source>
        <translation>Sospendi i promemoria fino a domani</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>Limber</source>
        <translation>Limber</translation>
    </message>
    <message>
        <source>Reminders paused until %1</source>
        <translation>Promemoria sospesi fino a %1</translation>
    </message>
    <message>
        <source>Next reminder: %1</source>
        <translation>Prossimo promemoria: %1</translation>
    </message>
    <message>
        <source>No reminder planned</source>
        <translation>Nessun promemoria previsto</translation>
    </message>
</context>
<context>
    <name>limber::RoutineConflicts</name>
    <message>
        <source>%1: this version is no longer waiting for a choice</source>
        <translation>%1: questa versione non attende più una scelta</translation>
    </message>
    <message>
        <source>%1: your choice was saved, but this copy could not be deleted: %2</source>
        <translation>%1: la tua scelta è stata salvata, ma non è stato possibile eliminare questa copia: %2</translation>
    </message>
</context>
<context>
    <name>limber::RoutineEditor</name>
    <message>
        <source>Routine name</source>
        <translation>Nome della routine</translation>
    </message>
    <message>
        <source>Routine length</source>
        <translation>Durata della routine</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Stato del salvataggio</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <source>Revert to the saved routine</source>
        <translation>Torna alla routine salvata</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Save the routine</source>
        <translation>Salva la routine</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>Salva (%1)</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Esegui</translation>
    </message>
    <message>
        <source>Play this routine</source>
        <translation>Esegui questa routine</translation>
    </message>
    <message>
        <source>Built-in routines are read-only. Duplicate it to make your own.</source>
        <translation>Le routine predefinite sono di sola lettura. Duplicala per crearne una tua.</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplica</translation>
    </message>
    <message>
        <source>Duplicate this routine to make your own</source>
        <translation>Duplica questa routine per crearne una tua</translation>
    </message>
    <message>
        <source>No stretches yet</source>
        <translation>Ancora nessun esercizio</translation>
    </message>
    <message numerus="yes">
        <source>%n stretch(es) · %1 in all</source>
        <translation>
            <numerusform>%n esercizio · %1 in tutto</numerusform>
            <numerusform>%n esercizi · %1 in tutto</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes · give the routine a name to save it</source>
        <translation>Modifiche non salvate · dai un nome alla routine per salvarla</translation>
    </message>
    <message>
        <source>Unsaved changes · add a stretch to save it</source>
        <translation>Modifiche non salvate · aggiungi un esercizio per salvarla</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
</context>
<context>
    <name>limber::RoutineEditorModel</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>This hurt on %1: go gentler, or leave it out for now.</source>
        <translation>Ha fatto male il %1: vai più piano, o per ora lascialo fuori.</translation>
    </message>
    <message>
        <source>Left side only · %1</source>
        <translation>Solo lato sinistro · %1</translation>
    </message>
    <message>
        <source>Right side only · %1</source>
        <translation>Solo lato destro · %1</translation>
    </message>
    <message>
        <source>%1 each side</source>
        <translation>%1 per lato</translation>
    </message>
    <message>
        <source>%1 · ×%2</source>
        <translation>%1 · ×%2</translation>
    </message>
    <message>
        <source>Missing stretch · %1</source>
        <translation>Esercizio mancante · %1</translation>
    </message>
</context>
<context>
    <name>limber::RoutineItemDelegate</name>
    <message>
        <source>Built-in</source>
        <translation>Predefinita</translation>
    </message>
    <message>
        <source>Unsaved</source>
        <translation>Non salvata</translation>
    </message>
    <message>
        <source>New name for the routine</source>
        <translation>Nuovo nome della routine</translation>
    </message>
</context>
<context>
    <name>limber::RoutineListModel</name>
    <message>
        <source>Built-in, read-only. %1</source>
        <translation>Predefinita, di sola lettura. %1</translation>
    </message>
    <message>
        <source>Unsaved changes. %1</source>
        <translation>Modifiche non salvate. %1</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Non ancora salvata</translation>
    </message>
    <message numerus="yes">
        <source>%n stretch(es) · %1</source>
        <translation>
            <numerusform>%n esercizio · %1</numerusform>
            <numerusform>%n esercizi · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved yet · %1</source>
        <translation>Non ancora salvata · %1</translation>
    </message>
</context>
<context>
    <name>limber::RoutineListPanel</name>
    <message>
        <source>Routines</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Pick one to edit, or make your own.</source>
        <translation>Scegline una da modificare, o creane una tua.</translation>
    </message>
    <message>
        <source>Your own routines appear here. Duplicate “%1” or start a new one.</source>
        <translation>Le tue routine compaiono qui. Duplica “%1” o creane una nuova.</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Nuova routine</translation>
    </message>
    <message>
        <source>Start a new routine</source>
        <translation>Crea una nuova routine</translation>
    </message>
    <message>
        <source>New routine (%1)</source>
        <translation>Nuova routine (%1)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importa…</translation>
    </message>
    <message>
        <source>Import a routine from a file</source>
        <translation>Importa una routine da un file</translation>
    </message>
    <message>
        <source>Import a routine file (%1)</source>
        <translation>Importa un file di routine (%1)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplica</translation>
    </message>
    <message>
        <source>Duplicate the selected routine</source>
        <translation>Duplica la routine selezionata</translation>
    </message>
    <message>
        <source>Duplicate (%1)</source>
        <translation>Duplica (%1)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rinomina</translation>
    </message>
    <message>
        <source>Rename the selected routine</source>
        <translation>Rinomina la routine selezionata</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Delete the selected routine</source>
        <translation>Elimina la routine selezionata</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <source>Export the selected routine to a file</source>
        <translation>Esporta in un file la routine selezionata</translation>
    </message>
    <message>
        <source>Export to a file to share (%1)</source>
        <translation>Esporta in un file da condividere (%1)</translation>
    </message>
    <message>
        <source>Rename (%1)</source>
        <translation>Rinomina (%1)</translation>
    </message>
</context>
<context>
    <name>limber::RoutineOverview</name>
    <message>
        <source>Routine name</source>
        <translation>Nome della routine</translation>
    </message>
    <message>
        <source>Routine length</source>
        <translation>Durata della routine</translation>
    </message>
    <message>
        <source>Stretches in this routine</source>
        <translation>Esercizi di questa routine</translation>
    </message>
    <message numerus="yes">
        <source>%n stretch(es) · %1 in all</source>
        <translation>
            <numerusform>%n esercizio · %1 in tutto</numerusform>
            <numerusform>%n esercizi · %1 in tutto</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::RoutineStepItemDelegate</name>
    <message>
        <source>%1.  %2</source>
        <translation>%1.  %2</translation>
    </message>
</context>
<context>
    <name>limber::RoutineStepListModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 s each side</source>
        <translation>%1 s per lato</translation>
    </message>
    <message>
        <source>%1 s, left side only</source>
        <translation>%1 s, solo lato sinistro</translation>
    </message>
    <message>
        <source>%1 s, right side only</source>
        <translation>%1 s, solo lato destro</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n times</source>
        <translation>
            <numerusform>%1, %n volta</numerusform>
            <numerusform>%1, %n volte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::RoutineStore</name>
    <message>
        <source>name: must not be empty</source>
        <translation>nome: non deve essere vuoto</translation>
    </message>
    <message>
        <source>%1: the folder cannot be created</source>
        <translation>%1: impossibile creare la cartella</translation>
    </message>
    <message>
        <source>%1: there is no saved routine with this id</source>
        <translation>%1: non c&apos;è nessuna routine salvata con questo id</translation>
    </message>
    <message>
        <source>%1: name: must not be empty</source>
        <translation>%1: nome: non deve essere vuoto</translation>
    </message>
    <message>
        <source>%1: cannot be deleted: %2</source>
        <translation>%1: impossibile eliminare: %2</translation>
    </message>
    <message>
        <source>%1: carries stretches of its own, which cannot be kept here</source>
        <translation>%1: contiene esercizi propri, che non possono essere conservati qui</translation>
    </message>
</context>
<context>
    <name>limber::RoutineTimingPanel</name>
    <message>
        <source>Routine timing</source>
        <translation>Tempi della routine</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Preparazione</translation>
    </message>
    <message>
        <source>Rest between stretches</source>
        <translation>Riposo tra gli esercizi</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Cambio lato</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Riscaldamento</translation>
    </message>
    <message>
        <source>%1: use my settings</source>
        <translation>%1: usa le mie impostazioni</translation>
    </message>
    <message>
        <source>%1 in seconds</source>
        <translation>%1 in secondi</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <source>Use my settings (%1)</source>
        <translation>Usa le mie impostazioni (%1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
</context>
<context>
    <name>limber::RoutineTotalLabel</name>
    <message>
        <source>Length of your routine</source>
        <translation>Durata della tua routine</translation>
    </message>
    <message>
        <source>Your routine “%1” now takes %2.</source>
        <translation>La tua routine “%1” ora dura %2.</translation>
    </message>
</context>
<context>
    <name>limber::RoutinesView</name>
    <message>
        <source>The routine was not imported</source>
        <translation>La routine non è stata importata</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importata da %1</translation>
    </message>
    <message>
        <source>The routine was not exported</source>
        <translation>La routine non è stata esportata</translation>
    </message>
    <message>
        <source>The routine has no stretches yet.</source>
        <translation>La routine non ha ancora esercizi.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Esportata in %1</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Nuova routine</translation>
    </message>
    <message>
        <source>The routine was not saved</source>
        <translation>La routine non è stata salvata</translation>
    </message>
    <message>
        <source>Give the routine a name before saving it.</source>
        <translation>Dai un nome alla routine prima di salvarla.</translation>
    </message>
    <message>
        <source>Add at least one stretch to “%1” before saving it.</source>
        <translation>Aggiungi almeno un esercizio a “%1” prima di salvarla.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Salvata</translation>
    </message>
    <message>
        <source>Saved as “%1”: another routine is called “%2”.</source>
        <translation>Salvata come “%1”: un&apos;altra routine si chiama “%2”.</translation>
    </message>
    <message>
        <source>The routine was not duplicated</source>
        <translation>La routine non è stata duplicata</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>A copy you can change</source>
        <translation>Una copia che puoi modificare</translation>
    </message>
    <message>
        <source>The routine was not renamed</source>
        <translation>La routine non è stata rinominata</translation>
    </message>
    <message>
        <source>Renamed to “%1”: another routine is called “%2”.</source>
        <translation>Rinominata in “%1”: un&apos;altra routine si chiama “%2”.</translation>
    </message>
    <message>
        <source>The routine was not deleted</source>
        <translation>La routine non è stata eliminata</translation>
    </message>
    <message>
        <source>“%1” is read-only, so %2 went into a new routine.</source>
        <translation>“%1” è di sola lettura, quindi %2 è finito in una nuova routine.</translation>
    </message>
</context>
<context>
    <name>limber::SessionDetailsDialog</name>
    <message>
        <source>%1 (not in this Limber)</source>
        <extracomment>A stretch a history entry names but this version of Limber does not know</extracomment>
        <translation>%1 (non presente in questo Limber)</translation>
    </message>
    <message>
        <source>Session of %1</source>
        <translation>Sessione del %1</translation>
    </message>
    <message>
        <source>Routine: %1</source>
        <translation>Routine: %1</translation>
    </message>
    <message>
        <source>Time stretching: %1</source>
        <translation>Tempo di stretching: %1</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>non valutato</translation>
    </message>
    <message>
        <source>Pain before: %1 · after: %2</source>
        <translation>Dolore prima: %1 · dopo: %2</translation>
    </message>
    <message>
        <source>Played on: %1</source>
        <translation>Eseguita il: %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Esercizio</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lato</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tenuto</translation>
    </message>
    <message>
        <source>Stretches of this session</source>
        <translation>Esercizi di questa sessione</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Sinistro</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Destro</translation>
    </message>
    <message>
        <source>It hurts</source>
        <translation>Fa male</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Saltato</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Elimina la sessione</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuno</translation>
    </message>
</context>
<context>
    <name>limber::SessionListModel</name>
    <message>
        <source>ddd d MMM yyyy</source>
        <extracomment>How a session&apos;s date reads in the history (QDate format: ddd weekday, MMM month)</extracomment>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <source>pain %1 → %2</source>
        <translation>dolore %1 → %2</translation>
    </message>
    <message>
        <source>pain %1 before</source>
        <translation>dolore %1 prima</translation>
    </message>
    <message>
        <source>pain %1 after</source>
        <translation>dolore %1 dopo</translation>
    </message>
    <message>
        <source>it hurt</source>
        <translation>ha fatto male</translation>
    </message>
</context>
<context>
    <name>limber::Settings</name>
    <message>
        <source>each stretch keeps its own hold</source>
        <translation>ogni esercizio mantiene la sua tenuta</translation>
    </message>
    <message>
        <source>is not one of %1</source>
        <translation>non è uno tra %1</translation>
    </message>
    <message>
        <source>using system</source>
        <translation>uso il sistema</translation>
    </message>
    <message>
        <source>is not a supported language (%1)</source>
        <translation>non è una lingua supportata (%1)</translation>
    </message>
    <message>
        <source>following the system</source>
        <translation>segue il sistema</translation>
    </message>
    <message>
        <source>is not a stretch id (only a-z, 0-9 and -)</source>
        <translation>non è un id di esercizio (solo a-z, 0-9 e -)</translation>
    </message>
    <message>
        <source>the override is dropped</source>
        <translation>l&apos;impostazione viene scartata</translation>
    </message>
    <message>
        <source>Ignoring a hold override for &quot;%1&quot;: not a stretch id</source>
        <translation>Tenuta personalizzata per &quot;%1&quot; ignorata: non è un id di esercizio</translation>
    </message>
    <message>
        <source>Ignoring the language &quot;%1&quot;: not one of %2</source>
        <translation>Lingua &quot;%1&quot; ignorata: non è una tra %2</translation>
    </message>
    <message>
        <source>using %1</source>
        <translation>uso %1</translation>
    </message>
    <message>
        <source>using true</source>
        <translation>uso true</translation>
    </message>
    <message>
        <source>using false</source>
        <translation>uso false</translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation>non è un numero intero</translation>
    </message>
    <message>
        <source>%1 to %2 s</source>
        <translation>da %1 a %2 s</translation>
    </message>
    <message>
        <source>%1 to %2 %</source>
        <translation>da %1 a %2 %</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>da %1 a %2</translation>
    </message>
    <message>
        <source>is out of range (%1)</source>
        <translation>è fuori intervallo (%1)</translation>
    </message>
    <message>
        <source>is not true or false</source>
        <translation>non è true o false</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; %3; %4</source>
        <comment>key: &quot;value&quot; reason; what is used instead</comment>
        <translation>%1: &quot;%2&quot; %3; %4</translation>
    </message>
    <message>
        <source>using the default voice</source>
        <translation>con la voce predefinita</translation>
    </message>
    <message>
        <source>using the built-in routine</source>
        <translation>con la routine predefinita</translation>
    </message>
    <message>
        <source>not moved to the shared preferences</source>
        <translation>non spostato nelle preferenze condivise</translation>
    </message>
</context>
<context>
    <name>limber::SettingsView</name>
    <message>
        <source>Reset all settings?</source>
        <translation>Ripristinare tutte le impostazioni?</translation>
    </message>
    <message>
        <source>Every setting on this page goes back to its default, and your own holds for single stretches are removed.</source>
        <translation>Ogni impostazione di questa pagina torna al valore predefinito e le tue tenute per i singoli esercizi vengono rimosse.</translation>
    </message>
    <message>
        <source>Reset all</source>
        <translation>Ripristina tutto</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Changes apply at once.</source>
        <translation>Le modifiche si applicano subito.</translation>
    </message>
    <message>
        <source>Reset all to defaults…</source>
        <translation>Ripristina tutto ai valori predefiniti…</translation>
    </message>
    <message>
        <source>Reset all settings to their defaults</source>
        <translation>Ripristina tutte le impostazioni ai valori predefiniti</translation>
    </message>
    <message>
        <source>Every setting back to its default; asks first</source>
        <translation>Ogni impostazione torna al valore predefinito; prima viene chiesta conferma</translation>
    </message>
    <message>
        <source>Scroll the settings</source>
        <translation>Scorri le impostazioni</translation>
    </message>
</context>
<context>
    <name>limber::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasti</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Show %1</source>
        <comment>a view of the window</comment>
        <translation>Mostra %1</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Maiusc+Tab</translation>
    </message>
    <message>
        <source>Go to the next or previous control; the arrow keys move within one</source>
        <translation>Vai al controllo successivo o precedente; le frecce si spostano al suo interno</translation>
    </message>
    <message>
        <source>Keys for %1</source>
        <translation>Tasti per %1</translation>
    </message>
</context>
<context>
    <name>limber::SingleInstance</name>
    <message>
        <source>no D-Bus session bus</source>
        <translation>nessun bus di sessione D-Bus</translation>
    </message>
    <message>
        <source>another program owns the name %1</source>
        <translation>un altro programma occupa il nome %1</translation>
    </message>
</context>
<context>
    <name>limber::SoundCues</name>
    <message>
        <source>No audio output was found, so cues are shown on screen only.</source>
        <translation>Non è stata trovata nessuna uscita audio, quindi i segnali sono solo sullo schermo.</translation>
    </message>
    <message>
        <source>The cue sounds could not be played, so cues are shown on screen only.</source>
        <translation>Non è stato possibile riprodurre i suoni di segnale, quindi i segnali sono solo sullo schermo.</translation>
    </message>
    <message>
        <source>The sound output of Limber is missing from this installation, so cues are shown on screen only.</source>
        <translation>In questa installazione manca l&apos;uscita audio di Limber, quindi le indicazioni compaiono solo sullo schermo.</translation>
    </message>
</context>
<context>
    <name>limber::SpeechWorker</name>
    <message>
        <source>No text-to-speech voice is available, so cues are not spoken. Install speech-dispatcher and espeak-ng for spoken cues.</source>
        <translation>Non è disponibile nessuna voce di sintesi vocale, quindi gli annunci non vengono pronunciati. Installa speech-dispatcher ed espeak-ng per gli annunci vocali.</translation>
    </message>
    <message>
        <source>No text-to-speech voice speaks %1, so cues are not spoken. Install speech-dispatcher and espeak-ng for spoken cues.</source>
        <translation>Nessuna voce di sintesi vocale parla %1, quindi gli annunci non vengono pronunciati. Installa speech-dispatcher ed espeak-ng per gli annunci vocali.</translation>
    </message>
    <message>
        <source>The text-to-speech engine stopped working (%1), so cues are not spoken. Install speech-dispatcher and espeak-ng for spoken cues.</source>
        <translation>Il motore di sintesi vocale ha smesso di funzionare (%1), quindi gli annunci non vengono pronunciati. Installa speech-dispatcher ed espeak-ng per gli annunci vocali.</translation>
    </message>
</context>
<context>
    <name>limber::StartPoseChooser</name>
    <message>
        <source>Start from</source>
        <translation>Parti da</translation>
    </message>
    <message>
        <source>Replaces the chosen position with a plain position or a built-in stretch&apos;s pose</source>
        <translation>Sostituisce la posizione scelta con una posizione semplice o con la posa di un esercizio predefinito</translation>
    </message>
    <message>
        <source>Choose a position…</source>
        <translation>Scegli una posizione…</translation>
    </message>
</context>
<context>
    <name>limber::StepEditorPanel</name>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n volta</numerusform>
            <numerusform>%n volte</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected stretch</source>
        <translation>Esercizio selezionato</translation>
    </message>
    <message>
        <source>Select a stretch in the list to change its hold, sides or repeats.</source>
        <translation>Seleziona un esercizio nell&apos;elenco per cambiarne la tenuta, i lati o le ripetizioni.</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Tenuta</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Lati</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Ripetizioni</translation>
    </message>
    <message>
        <source>Custom hold</source>
        <translation>Tenuta personalizzata</translation>
    </message>
    <message>
        <source>Custom hold for this stretch</source>
        <translation>Tenuta personalizzata per questo esercizio</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Hold in seconds</source>
        <translation>Tenuta in secondi</translation>
    </message>
    <message>
        <source>Recommended hold</source>
        <translation>Tenuta consigliata</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Entrambi i lati</translation>
    </message>
    <message>
        <source>Left side only</source>
        <translation>Solo lato sinistro</translation>
    </message>
    <message>
        <source>Right side only</source>
        <translation>Solo lato destro</translation>
    </message>
    <message>
        <source>Not one-sided</source>
        <translation>Senza lati</translation>
    </message>
    <message>
        <source>Recommended (%1)</source>
        <translation>Consigliata (%1)</translation>
    </message>
    <message>
        <source>From your settings (%1)</source>
        <translation>Dalle tue impostazioni (%1)</translation>
    </message>
    <message>
        <source>This stretch is done the same way once, not one side at a time.</source>
        <translation>Questo esercizio si fa una sola volta allo stesso modo, non un lato alla volta.</translation>
    </message>
</context>
<context>
    <name>limber::StepListPanel</name>
    <message>
        <source>Stretches in this routine</source>
        <translation>Esercizi di questa routine</translation>
    </message>
    <message>
        <source>Drag a stretch, or press Alt+Up or Alt+Down, to change the order.</source>
        <translation>Trascina un esercizio, o premi Alt+Su o Alt+Giù, per cambiare l&apos;ordine.</translation>
    </message>
    <message>
        <source>No stretches yet.
Add them with “Add stretch” below, or with “Add to routine” in the library.</source>
        <translation>Ancora nessun esercizio.
Aggiungili con “Aggiungi esercizio” qui sotto, o con “Aggiungi alla routine” nella raccolta.</translation>
    </message>
    <message>
        <source>Add stretch</source>
        <translation>Aggiungi esercizio</translation>
    </message>
    <message>
        <source>Add a stretch to the routine</source>
        <translation>Aggiungi un esercizio alla routine</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Remove the selected stretch</source>
        <translation>Rimuovi l&apos;esercizio selezionato</translation>
    </message>
    <message>
        <source>Remove (Delete)</source>
        <translation>Rimuovi (Canc)</translation>
    </message>
    <message>
        <source>Move the selected stretch up</source>
        <translation>Sposta in su l&apos;esercizio selezionato</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Sposta su (Alt+Su)</translation>
    </message>
    <message>
        <source>Move the selected stretch down</source>
        <translation>Sposta in giù l&apos;esercizio selezionato</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Sposta giù (Alt+Giù)</translation>
    </message>
    <message>
        <source>%1 (Yours)</source>
        <translation>%1 (tuo)</translation>
    </message>
</context>
<context>
    <name>limber::StepRowDelegate</name>
    <message>
        <source>Hurt %1</source>
        <translation>Dolore il %1</translation>
    </message>
</context>
<context>
    <name>limber::StretchActionBar</name>
    <message>
        <source>Duplicate as my own</source>
        <translation>Duplica come mio</translation>
    </message>
    <message>
        <source>Duplicate as my own stretch, to change it</source>
        <translation>Duplica come mio esercizio, per modificarlo</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Edit this stretch</source>
        <translation>Modifica questo esercizio</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Delete this stretch</source>
        <translation>Elimina questo esercizio</translation>
    </message>
</context>
<context>
    <name>limber::StretchActions</name>
    <message>
        <source>A stretch called “%1” already exists; choose another name, such as “%2”.</source>
        <translation>Esiste già un esercizio chiamato “%1”; scegli un altro nome, ad esempio “%2”.</translation>
    </message>
</context>
<context>
    <name>limber::StretchDetailView</name>
    <message>
        <source>Back to library</source>
        <translation>Torna alla raccolta</translation>
    </message>
    <message>
        <source>Back to the stretch library</source>
        <translation>Torna alla raccolta di esercizi</translation>
    </message>
    <message>
        <source>Play this stretch</source>
        <translation>Esegui questo esercizio</translation>
    </message>
    <message>
        <source>Add to routine</source>
        <translation>Aggiungi alla routine</translation>
    </message>
    <message>
        <source>Add this stretch to the routine</source>
        <translation>Aggiungi questo esercizio alla routine</translation>
    </message>
    <message>
        <source>How to do the stretch</source>
        <translation>Come si fa l&apos;esercizio</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>Come si fa</translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation>Precauzioni</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>Attenzione</translation>
    </message>
    <message>
        <source>Illustration of %1</source>
        <translation>Illustrazione di: %1</translation>
    </message>
    <message>
        <source>Targets: %1</source>
        <translation>Zone interessate: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Move slowly for %1, one cycle every %2</source>
        <translation>Muoviti lentamente per %1, un ciclo ogni %2</translation>
    </message>
    <message>
        <source>Keep moving at an easy pace for %1</source>
        <translation>Continua a muoverti a un ritmo tranquillo per %1</translation>
    </message>
    <message>
        <source>Hold %1 on each side</source>
        <translation>Mantieni %1 per lato</translation>
    </message>
    <message>
        <source>Hold %1</source>
        <translation>Mantieni %1</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>•</source>
        <translation>•</translation>
    </message>
</context>
<context>
    <name>limber::StretchEditorDialog</name>
    <message>
        <source>Picture</source>
        <translation>Immagine</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Cosa fare</translation>
    </message>
    <message>
        <source>e.g. Hamstring floss</source>
        <translation>es. Scorrimento dei muscoli posteriori della coscia</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>One line: what it stretches and how</source>
        <translation>Una riga: cosa allunga e come</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>Ri&amp;epilogo:</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Passo %1</translation>
    </message>
    <message>
        <source>Add a s&amp;tep</source>
        <translation>Aggiungi un &amp;passo</translation>
    </message>
    <message>
        <source>Describe this step</source>
        <translation>Descrivi questo passo</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Passi:</translation>
    </message>
    <message>
        <source>Caution %1</source>
        <translation>Precauzione %1</translation>
    </message>
    <message>
        <source>Add a ca&amp;ution</source>
        <translation>Aggiungi una pre&amp;cauzione</translation>
    </message>
    <message>
        <source>When to be careful or stop</source>
        <translation>Quando fare attenzione o fermarsi</translation>
    </message>
    <message>
        <source>Cautions:</source>
        <translation>Precauzioni:</translation>
    </message>
    <message>
        <source>How it is done</source>
        <translation>Come si fa</translation>
    </message>
    <message>
        <source>Body areas</source>
        <translation>Zone del corpo</translation>
    </message>
    <message>
        <source>Body areas:</source>
        <translation>Zone del corpo:</translation>
    </message>
    <message>
        <source>&amp;Held still</source>
        <translation>&amp;Tenuto fermo</translation>
    </message>
    <message>
        <source>&amp;Flowing: moved through slowly</source>
        <translation>In &amp;movimento: eseguito lentamente</translation>
    </message>
    <message>
        <source>Movement:</source>
        <translation>Movimento:</translation>
    </message>
    <message>
        <source>One side at a time (the picture is mirrored for the other side)</source>
        <translation>Un lato alla volta (l&apos;immagine è speculare per l&apos;altro lato)</translation>
    </message>
    <message>
        <source>Sides:</source>
        <translation>Lati:</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> secondi</translation>
    </message>
    <message>
        <source>Recommended hold in seconds</source>
        <translation>Tenuta consigliata in secondi</translation>
    </message>
    <message>
        <source>Recommended h&amp;old:</source>
        <translation>Tenuta c&amp;onsigliata:</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ripeti</translation>
    </message>
    <message>
        <source>Undo (%1)</source>
        <translation>Annulla (%1)</translation>
    </message>
    <message>
        <source>Redo (%1)</source>
        <translation>Ripeti (%1)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>%1 (my own)</source>
        <translation>%1 (mio)</translation>
    </message>
    <message>
        <source>New stretch</source>
        <translation>Nuovo esercizio</translation>
    </message>
    <message>
        <source>Edit stretch</source>
        <translation>Modifica esercizio</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <source>Discard your changes to this stretch?</source>
        <translation>Scartare le modifiche a questo esercizio?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Scarta le modifiche</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continua a modificare</translation>
    </message>
    <message>
        <source>About the stretch</source>
        <translation>Informazioni sull&apos;esercizio</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avviso</translation>
    </message>
</context>
<context>
    <name>limber::StretchItemDelegate</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>limber::StretchListModel</name>
    <message>
        <source>%1 Targets: %2. %3.</source>
        <translation>%1 Zone interessate: %2. %3.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1, moving</source>
        <translation>%1, in movimento</translation>
    </message>
    <message>
        <source>%1 each side</source>
        <translation>%1 per lato</translation>
    </message>
    <message>
        <source>Your own stretch. %1 Targets: %2. %3.</source>
        <translation>Il tuo esercizio. %1 Zone interessate: %2. %3.</translation>
    </message>
</context>
<context>
    <name>limber::StretchPicturePanel</name>
    <message>
        <source>&amp;Draw the figure</source>
        <translation>&amp;Disegna la figura</translation>
    </message>
    <message>
        <source>Use a &amp;picture</source>
        <translation>Usa un&apos;&amp;immagine</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Scegli un&apos;immagine</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figura</translation>
    </message>
    <message>
        <source>&amp;Start again from</source>
        <translation>&amp;Ricomincia da</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>In piedi</translation>
    </message>
    <message>
        <source>Lying on the back</source>
        <translation>Sdraiato sulla schiena</translation>
    </message>
    <message>
        <source>On hands and knees</source>
        <translation>A quattro zampe</translation>
    </message>
    <message>
        <source>A built-in stretch</source>
        <translation>Un esercizio predefinito</translation>
    </message>
    <message>
        <source>Picture preview</source>
        <translation>Anteprima dell&apos;immagine</translation>
    </message>
    <message>
        <source>C&amp;hoose a picture…</source>
        <translation>Sc&amp;egli un&apos;immagine…</translation>
    </message>
    <message>
        <source>A PNG, JPEG or SVG file of at most 2 MiB. It is copied into Limber&apos;s data folder and shown as it is, never mirrored.</source>
        <translation>Un file PNG, JPEG o SVG di al massimo 2 MiB. Viene copiato nella cartella dei dati di Limber e mostrato così com&apos;è, mai specchiato.</translation>
    </message>
    <message>
        <source>No picture chosen yet.</source>
        <translation>Nessuna immagine ancora scelta.</translation>
    </message>
    <message>
        <source>The picture cannot be shown.</source>
        <translation>L&apos;immagine non può essere mostrata.</translation>
    </message>
</context>
<context>
    <name>limber::StretchRowActions</name>
    <message>
        <source>Actions for %1</source>
        <translation>Azioni per %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <source>Duplicate as my own</source>
        <translation>Duplica come mio</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Elimina…</translation>
    </message>
</context>
<context>
    <name>limber::StretchStore</name>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: non può essere scritto: %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is the id of a built-in stretch; give the file another name</source>
        <translation>%1: &quot;%2&quot; è l&apos;id di un esercizio predefinito; dai un altro nome al file</translation>
    </message>
    <message>
        <source>%1: there is no stretch of yours with this id</source>
        <translation>%1: non c&apos;è nessun tuo esercizio con questo id</translation>
    </message>
    <message>
        <source>%1: cannot be deleted: %2</source>
        <translation>%1: non può essere eliminato: %2</translation>
    </message>
    <message>
        <source>image_type: must be &quot;png&quot;, &quot;jpeg&quot; or &quot;svg&quot;</source>
        <translation>image_type: deve essere &quot;png&quot;, &quot;jpeg&quot; o &quot;svg&quot;</translation>
    </message>
    <message>
        <source>image_data: %1</source>
        <translation>image_data: %1</translation>
    </message>
    <message>
        <source>%1: the folder cannot be created</source>
        <translation>%1: la cartella non può essere creata</translation>
    </message>
</context>
<context>
    <name>limber::SummaryPage</name>
    <message>
        <source>Well done!</source>
        <translation>Ben fatto!</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Interrotta prima della fine</translation>
    </message>
    <message>
        <source>Time spent: %1</source>
        <translation>Tempo impiegato: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n stretch(es) done</source>
        <translation>
            <numerusform>%n esercizio fatto</numerusform>
            <numerusform>%n esercizi fatti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n saltato</numerusform>
            <numerusform>%n saltati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;It hurts&quot; pressed %n time(s)</source>
        <translation>
            <numerusform>&quot;Fa male&quot; premuto %n volta</numerusform>
            <numerusform>&quot;Fa male&quot; premuto %n volte</numerusform>
        </translation>
    </message>
    <message>
        <source>How is your back now?</source>
        <translation>Come sta la tua schiena ora?</translation>
    </message>
    <message>
        <source>A note for this session (optional)</source>
        <translation>Una nota per questa sessione (facoltativa)</translation>
    </message>
    <message>
        <source>Note for this session</source>
        <translation>Nota per questa sessione</translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation>Riepilogo della sessione</translation>
    </message>
    <message>
        <source>Play again</source>
        <translation>Ricomincia</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Saved in your history.</source>
        <translation>Salvata nel tuo storico.</translation>
    </message>
    <message>
        <source>Saved in your history, with your answers.</source>
        <translation>Salvata nel tuo storico, con le tue risposte.</translation>
    </message>
    <message>
        <source>Not kept in your history: no stretch was held.</source>
        <translation>Non conservata nello storico: nessun esercizio è stato mantenuto.</translation>
    </message>
    <message>
        <source>Could not save this session: %1</source>
        <translation>Impossibile salvare questa sessione: %1</translation>
    </message>
</context>
<context>
    <name>limber::TextListEditor</name>
    <message>
        <source>Move %1 up</source>
        <translation>Sposta in su %1</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>Sposta in giù %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Rimuovi %1</translation>
    </message>
</context>
<context>
    <name>limber::TextToSpeechSpeaker</name>
    <message>
        <source>The text-to-speech service did not start, so cues are not spoken. Install speech-dispatcher and espeak-ng for spoken cues.</source>
        <translation>Il servizio di sintesi vocale non si è avviato, quindi gli annunci non vengono pronunciati. Installa speech-dispatcher ed espeak-ng per gli annunci vocali.</translation>
    </message>
    <message>
        <source>The text-to-speech service stopped answering, so cues are not spoken. Restart Limber to try again.</source>
        <translation>Il servizio di sintesi vocale ha smesso di rispondere, quindi gli annunci non vengono pronunciati. Riavvia Limber per riprovare.</translation>
    </message>
</context>
<context>
    <name>limber::TimingSettingsSection</name>
    <message>
        <source>Timing</source>
        <translation>Tempi</translation>
    </message>
    <message>
        <source>Holds:</source>
        <translation>Tenute:</translation>
    </message>
    <message>
        <source>Each stretch’s recommended hold</source>
        <translation>Tenuta consigliata di ogni esercizio</translation>
    </message>
    <message>
        <source>Hold each stretch for its recommended time</source>
        <translation>Mantieni ogni esercizio per il tempo consigliato</translation>
    </message>
    <message>
        <source>Each stretch is held as long as its instructions say</source>
        <translation>Ogni esercizio viene mantenuto per il tempo indicato nelle sue istruzioni</translation>
    </message>
    <message>
        <source>Same hold for every stretch:</source>
        <translation>Stessa tenuta per ogni esercizio:</translation>
    </message>
    <message>
        <source>Same hold for every stretch</source>
        <translation>Stessa tenuta per ogni esercizio</translation>
    </message>
    <message>
        <source>Every stretch is held this long, unless you set its own hold below</source>
        <translation>Ogni esercizio viene mantenuto per questo tempo, salvo se imposti qui sotto una tenuta sua</translation>
    </message>
    <message>
        <source>Hold for every stretch</source>
        <translation>Tenuta per ogni esercizio</translation>
    </message>
    <message>
        <source>Get ready:</source>
        <translation>Preparazione:</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Preparazione</translation>
    </message>
    <message>
        <source>Time to get into position before the first stretch</source>
        <translation>Tempo per mettersi in posizione prima del primo esercizio</translation>
    </message>
    <message>
        <source>Rest between stretches:</source>
        <translation>Riposo tra gli esercizi:</translation>
    </message>
    <message>
        <source>Rest between stretches</source>
        <translation>Riposo tra gli esercizi</translation>
    </message>
    <message>
        <source>A pause between stretches, while the next one is shown</source>
        <translation>Una pausa tra gli esercizi, mentre viene mostrato il successivo</translation>
    </message>
    <message>
        <source>Switch sides:</source>
        <translation>Cambio lato:</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Cambio lato</translation>
    </message>
    <message>
        <source>A pause between the two sides of a one-sided stretch</source>
        <translation>Una pausa tra i due lati di un esercizio monolaterale</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <source>Warm-up:</source>
        <translation>Riscaldamento:</translation>
    </message>
    <message>
        <source>March in place first, for</source>
        <translation>Prima marcia sul posto, per</translation>
    </message>
    <message>
        <source>Warm up by marching in place</source>
        <translation>Riscaldati marciando sul posto</translation>
    </message>
    <message>
        <source>A gentle march before the first stretch warms up the hips and back</source>
        <translation>Una marcia leggera prima del primo esercizio scalda le anche e la schiena</translation>
    </message>
    <message>
        <source>Warm-up length</source>
        <translation>Durata del riscaldamento</translation>
    </message>
    <message>
        <source>Your hold for each stretch</source>
        <translation>La tua tenuta per ogni esercizio</translation>
    </message>
    <message>
        <source>Click a hold to set your own for that stretch; it comes before the holds above. One-sided stretches are held this long on each side.</source>
        <translation>Fai clic su una tenuta per impostare la tua per quell&apos;esercizio; ha la precedenza sulle tenute qui sopra. Gli esercizi monolaterali vengono mantenuti così a lungo per ogni lato.</translation>
    </message>
</context>
<context>
    <name>limber::YoursBadge</name>
    <message>
        <source>A stretch you made</source>
        <translation>Un esercizio creato da te</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Tuo</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>--size: must be a whole number of pixels from 16 to 4096</source>
        <translation>--size: deve essere un numero intero di pixel da 16 a 4096</translation>
    </message>
    <message>
        <source>%1 could not be read, nor moved aside, so it was left as it is:
%2</source>
        <translation>Non è stato possibile leggere %1 né spostarlo da parte, quindi è stato lasciato com&apos;è:
%2</translation>
    </message>
    <message>
        <source>%1 could not be read and was moved aside to %2:
%3</source>
        <translation>Non è stato possibile leggere %1, che è stato spostato in %2:
%3</translation>
    </message>
    <message>
        <source>Limber</source>
        <translation>Limber</translation>
    </message>
    <message>
        <source>Another Limber could not be reached (%1); starting anyway.</source>
        <translation>Non è stato possibile contattare l&apos;altra istanza di Limber (%1); avvio comunque.</translation>
    </message>
    <message>
        <source>Run limber --help for the options.</source>
        <translation>Esegui limber --help per le opzioni.</translation>
    </message>
    <message>
        <source>Limber&apos;s window module could not be loaded, so Limber cannot start: %1</source>
        <translation>Impossibile caricare il modulo della finestra di Limber, quindi Limber non può avviarsi: %1</translation>
    </message>
    <message>
        <source>Limber&apos;s files are incomplete: its window could not be loaded. Please reinstall Limber.</source>
        <translation>I file di Limber sono incompleti: non è stato possibile caricare la sua finestra. Reinstalla Limber.</translation>
    </message>
</context>
</TS>
