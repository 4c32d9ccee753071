<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BodyArea</name>
    <message>
        <source>Lower back</source>
        <translation>Unterer Rücken</translation>
    </message>
    <message>
        <source>Hips</source>
        <translation>Hüfte</translation>
    </message>
    <message>
        <source>Glutes</source>
        <translation>Gesäß</translation>
    </message>
    <message>
        <source>Hamstrings</source>
        <translation>Hintere Oberschenkel</translation>
    </message>
    <message>
        <source>Hip flexors</source>
        <translation>Hüftbeuger</translation>
    </message>
    <message>
        <source>Groin</source>
        <translation>Leiste</translation>
    </message>
    <message>
        <source>Piriformis</source>
        <translation>Piriformis</translation>
    </message>
    <message>
        <source>Spine</source>
        <translation>Wirbelsäule</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Stretching should feel like a mild pull, not an intense strain. Stop at once if you feel sharp pain.</source>
        <translation>Eine Dehnung sollte sich wie ein leichtes Ziehen anfühlen, nicht wie starkes Zerren. Hör sofort auf, wenn du einen stechenden Schmerz spürst.</translation>
    </message>
    <message>
        <source>Warm-up march</source>
        <translation>Marschieren auf der Stelle</translation>
    </message>
    <message>
        <source>Light marching in place to warm your muscles before you stretch.</source>
        <translation>Lockeres Marschieren auf der Stelle, um die Muskeln vor dem Dehnen aufzuwärmen.</translation>
    </message>
    <message>
        <source>Stand tall with your feet hip-width apart.</source>
        <translation>Stell dich aufrecht hin, die Füße hüftbreit auseinander.</translation>
    </message>
    <message>
        <source>March gently in place, lifting one knee and then the other.</source>
        <translation>Marschiere locker auf der Stelle und hebe dabei abwechselnd ein Knie an.</translation>
    </message>
    <message>
        <source>Lift your knees only as high as feels comfortable.</source>
        <translation>Heb die Knie nur so hoch, wie es angenehm ist.</translation>
    </message>
    <message>
        <source>Keep marching at a steady, easy pace, breathing deeply and evenly.</source>
        <translation>Marschiere in einem gleichmäßigen, lockeren Tempo weiter und atme tief und ruhig.</translation>
    </message>
    <message>
        <source>March at an easy pace: this is a warm-up, not a workout.</source>
        <translation>Marschiere in lockerem Tempo: Das ist ein Aufwärmen, kein Training.</translation>
    </message>
    <message>
        <source>Hold onto the back of a chair if your balance is unsteady.</source>
        <translation>Halte dich an einer Stuhllehne fest, wenn du unsicher auf den Beinen bist.</translation>
    </message>
    <message>
        <source>Knee to chest</source>
        <translation>Knie zur Brust</translation>
    </message>
    <message>
        <source>Releases tension in the lower back and gently stretches the glutes.</source>
        <translation>Löst Verspannungen im unteren Rücken und dehnt sanft das Gesäß.</translation>
    </message>
    <message>
        <source>Lie on your back.</source>
        <translation>Leg dich auf den Rücken.</translation>
    </message>
    <message>
        <source>Hold one knee with both hands and gently pull it toward your chest.</source>
        <translation>Umfasse ein Knie mit beiden Händen und zieh es sanft zur Brust.</translation>
    </message>
    <message>
        <source>Keep the other leg bent with the foot on the floor, or straight, whichever is comfortable.</source>
        <translation>Lass das andere Bein angewinkelt mit dem Fuß auf dem Boden oder gestreckt – wie es dir angenehmer ist.</translation>
    </message>
    <message>
        <source>Hold, breathing slowly.</source>
        <translation>Halten und ruhig atmen.</translation>
    </message>
    <message>
        <source>Keep your head and lower back resting on the floor.</source>
        <translation>Kopf und unterer Rücken bleiben auf dem Boden liegen.</translation>
    </message>
    <message>
        <source>If your knee is sensitive, hold behind the thigh instead of over the shin.</source>
        <translation>Wenn dein Knie empfindlich ist, greif hinter den Oberschenkel statt vorn ans Schienbein.</translation>
    </message>
    <message>
        <source>Both knees to chest</source>
        <translation>Beide Knie zur Brust</translation>
    </message>
    <message>
        <source>Eases tension in the lower back and loosens the hips.</source>
        <translation>Löst Verspannungen im unteren Rücken und lockert die Hüften.</translation>
    </message>
    <message>
        <source>Lie flat on your back.</source>
        <translation>Leg dich flach auf den Rücken.</translation>
    </message>
    <message>
        <source>Bring both knees toward your chest at the same time.</source>
        <translation>Zieh beide Knie gleichzeitig zur Brust.</translation>
    </message>
    <message>
        <source>Hold them with your hands and draw them in gently.</source>
        <translation>Halte sie mit den Händen fest und zieh sie sanft heran.</translation>
    </message>
    <message>
        <source>If your knees are sensitive, hold behind the thighs instead of over the shins.</source>
        <translation>Wenn deine Knie empfindlich sind, greif hinter die Oberschenkel statt vorn an die Schienbeine.</translation>
    </message>
    <message>
        <source>Knee rotations</source>
        <translation>Knie-Pendel</translation>
    </message>
    <message>
        <source>Eases lower back and hip tension and loosens the pelvis.</source>
        <translation>Löst Verspannungen im unteren Rücken und in der Hüfte und lockert das Becken.</translation>
    </message>
    <message>
        <source>Lie on your back with your knees bent and feet flat on the floor.</source>
        <translation>Leg dich auf den Rücken, Knie angewinkelt, Füße flach auf dem Boden.</translation>
    </message>
    <message>
        <source>Rest your arms out to the sides and keep your shoulders on the floor.</source>
        <translation>Leg die Arme seitlich ab und lass die Schultern am Boden.</translation>
    </message>
    <message>
        <source>Keeping your knees together, slowly lower them to one side.</source>
        <translation>Lass die Knie geschlossen und senke sie langsam zu einer Seite.</translation>
    </message>
    <message>
        <source>Bring them back through the middle and over to the other side.</source>
        <translation>Führ sie über die Mitte zurück und zur anderen Seite.</translation>
    </message>
    <message>
        <source>Keep rocking gently from side to side in a controlled motion, breathing slowly.</source>
        <translation>Pendle weiter sanft und kontrolliert von Seite zu Seite und atme ruhig.</translation>
    </message>
    <message>
        <source>Keep the movement small, within what feels comfortable.</source>
        <translation>Halte die Bewegung klein, nur so weit, wie es angenehm ist.</translation>
    </message>
    <message>
        <source>Move with control; don&apos;t let your knees drop or swing.</source>
        <translation>Beweg dich kontrolliert – lass die Knie nicht fallen oder schwingen.</translation>
    </message>
    <message>
        <source>Child&apos;s pose</source>
        <translation>Kindhaltung</translation>
    </message>
    <message>
        <source>A restful pose that gently stretches the lower back, hips and thighs.</source>
        <translation>Eine entspannende Haltung, die sanft unteren Rücken, Hüften und Oberschenkel dehnt.</translation>
    </message>
    <message>
        <source>Start on your hands and knees.</source>
        <translation>Geh in den Vierfüßlerstand.</translation>
    </message>
    <message>
        <source>Slowly sit back toward your heels.</source>
        <translation>Setz dich langsam in Richtung Fersen zurück.</translation>
    </message>
    <message>
        <source>Extend your arms forward on the floor and let your forehead rest down.</source>
        <translation>Streck die Arme nach vorn auf den Boden und leg die Stirn ab.</translation>
    </message>
    <message>
        <source>Place a cushion under your knees if they are sensitive.</source>
        <translation>Leg ein Kissen unter die Knie, wenn sie empfindlich sind.</translation>
    </message>
    <message>
        <source>Sit back only as far as is comfortable; your hips don&apos;t need to reach your heels.</source>
        <translation>Setz dich nur so weit zurück, wie es angenehm ist – die Hüften müssen die Fersen nicht erreichen.</translation>
    </message>
    <message>
        <source>Runner&apos;s lunge</source>
        <translation>Tiefer Ausfallschritt</translation>
    </message>
    <message>
        <source>Stretches hip flexors and hamstrings to ease lower back stiffness.</source>
        <translation>Dehnt Hüftbeuger und hintere Oberschenkelmuskulatur und löst Steifheit im unteren Rücken.</translation>
    </message>
    <message>
        <source>Step one foot forward into a deep lunge, bending the front knee.</source>
        <translation>Setz einen Fuß weit nach vorn in einen tiefen Ausfallschritt und beug das vordere Knie.</translation>
    </message>
    <message>
        <source>Keep the back leg straight with its heel off the floor.</source>
        <translation>Das hintere Bein bleibt gestreckt, die Ferse vom Boden abgehoben.</translation>
    </message>
    <message>
        <source>Rest your hands on the floor beside your front foot, or on your front thigh.</source>
        <translation>Stütz die Hände neben dem vorderen Fuß auf dem Boden ab oder leg sie auf den vorderen Oberschenkel.</translation>
    </message>
    <message>
        <source>Keep your front knee above your ankle, not past your toes.</source>
        <translation>Das vordere Knie bleibt über dem Sprunggelenk und schiebt sich nicht über die Zehen hinaus.</translation>
    </message>
    <message>
        <source>Lower into the lunge only as deep as you can stay steady.</source>
        <translation>Geh nur so tief in den Ausfallschritt, wie du stabil bleiben kannst.</translation>
    </message>
    <message>
        <source>Happy baby</source>
        <translation>Happy Baby</translation>
    </message>
    <message>
        <source>Gently stretches the lower back and piriformis and helps you relax.</source>
        <translation>Dehnt sanft den unteren Rücken und den Piriformis und hilft beim Entspannen.</translation>
    </message>
    <message>
        <source>Bend your knees toward your chest.</source>
        <translation>Zieh die Knie in Richtung Brust.</translation>
    </message>
    <message>
        <source>Grab the soles of your feet with your hands.</source>
        <translation>Greif mit den Händen die Fußsohlen.</translation>
    </message>
    <message>
        <source>Gently pull your knees toward your armpits.</source>
        <translation>Zieh die Knie sanft in Richtung Achseln.</translation>
    </message>
    <message>
        <source>If you can&apos;t reach your feet comfortably, hold your ankles or shins instead.</source>
        <translation>Wenn du die Füße nicht bequem erreichst, halte stattdessen die Knöchel oder Schienbeine.</translation>
    </message>
    <message>
        <source>Cat-cow</source>
        <translation>Katze-Kuh</translation>
    </message>
    <message>
        <source>Gently mobilizes the spine to ease lower back tension.</source>
        <translation>Mobilisiert sanft die Wirbelsäule und löst Verspannungen im unteren Rücken.</translation>
    </message>
    <message>
        <source>Start on all fours, wrists under your shoulders and knees under your hips.</source>
        <translation>Geh in den Vierfüßlerstand, Handgelenke unter den Schultern, Knie unter den Hüften.</translation>
    </message>
    <message>
        <source>Cat: arch your back up toward the ceiling, letting your head relax down.</source>
        <translation>Katze: Mach einen runden Rücken zur Decke und lass den Kopf locker sinken.</translation>
    </message>
    <message>
        <source>Cow: dip your belly toward the floor while lifting your head and tailbone.</source>
        <translation>Kuh: Lass den Bauch zum Boden sinken und heb dabei Kopf und Steißbein an.</translation>
    </message>
    <message>
        <source>Keep moving slowly between the two positions, breathing steadily.</source>
        <translation>Wechsle langsam zwischen beiden Positionen und atme gleichmäßig.</translation>
    </message>
    <message>
        <source>Move slowly and don&apos;t push into pain at either end of the movement.</source>
        <translation>Beweg dich langsam und geh an keinem Ende der Bewegung in den Schmerz hinein.</translation>
    </message>
    <message>
        <source>Place a folded towel under your knees if kneeling is uncomfortable.</source>
        <translation>Leg ein gefaltetes Handtuch unter die Knie, wenn das Knien unangenehm ist.</translation>
    </message>
    <message>
        <source>Butterfly stretch</source>
        <translation>Schmetterling</translation>
    </message>
    <message>
        <source>Opens the hips and groin and eases tension in the lower back.</source>
        <translation>Öffnet Hüften und Leiste und löst Verspannungen im unteren Rücken.</translation>
    </message>
    <message>
        <source>Sit with the soles of your feet together and your knees bent outward.</source>
        <translation>Setz dich hin, Fußsohlen aneinander, Knie nach außen gebeugt.</translation>
    </message>
    <message>
        <source>Hold your feet or ankles with your hands.</source>
        <translation>Halte die Füße oder Knöchel mit den Händen.</translation>
    </message>
    <message>
        <source>Gently press your knees toward the floor.</source>
        <translation>Drück die Knie sanft in Richtung Boden.</translation>
    </message>
    <message>
        <source>Lean forward slightly, keeping your back long.</source>
        <translation>Lehn dich leicht nach vorn und halte den Rücken lang.</translation>
    </message>
    <message>
        <source>Never force your knees down; let them lower only as far as is comfortable.</source>
        <translation>Zwing die Knie nie nach unten – lass sie nur so weit sinken, wie es angenehm ist.</translation>
    </message>
    <message>
        <source>Sit on a folded towel or cushion if it is hard to keep your back upright.</source>
        <translation>Setz dich auf ein gefaltetes Handtuch oder Kissen, wenn es dir schwerfällt, den Rücken aufrecht zu halten.</translation>
    </message>
    <message>
        <source>Figure four</source>
        <translation>Figur-4-Dehnung</translation>
    </message>
    <message>
        <source>Stretches the hips and lower back and releases tight glutes.</source>
        <translation>Dehnt Hüften und unteren Rücken und löst ein verspanntes Gesäß.</translation>
    </message>
    <message>
        <source>Cross one ankle over the opposite knee.</source>
        <translation>Leg einen Knöchel über das gegenüberliegende Knie.</translation>
    </message>
    <message>
        <source>Hold the thigh of the supporting leg with both hands.</source>
        <translation>Umfasse den Oberschenkel des aufgestellten Beins mit beiden Händen.</translation>
    </message>
    <message>
        <source>Gently pull that thigh toward your chest.</source>
        <translation>Zieh diesen Oberschenkel sanft zur Brust.</translation>
    </message>
    <message>
        <source>Keep your head and shoulders resting on the floor.</source>
        <translation>Kopf und Schultern bleiben auf dem Boden liegen.</translation>
    </message>
    <message>
        <source>If you can&apos;t reach the thigh comfortably, loop a towel around it.</source>
        <translation>Wenn du den Oberschenkel nicht bequem erreichst, leg ein Handtuch darum.</translation>
    </message>
    <message>
        <source>Seated spinal twist</source>
        <translation>Drehsitz</translation>
    </message>
    <message>
        <source>Relieves lower back tightness and improves spinal mobility.</source>
        <translation>Löst Verspannungen im unteren Rücken und verbessert die Beweglichkeit der Wirbelsäule.</translation>
    </message>
    <message>
        <source>Sit on the floor with your legs extended.</source>
        <translation>Setz dich mit ausgestreckten Beinen auf den Boden.</translation>
    </message>
    <message>
        <source>Bend one knee and cross that foot over the other leg, resting it flat on the floor.</source>
        <translation>Beug ein Knie und stell den Fuß über das andere Bein hinweg flach auf den Boden.</translation>
    </message>
    <message>
        <source>Sit tall and slowly twist your torso toward the bent knee.</source>
        <translation>Sitz aufrecht und dreh den Oberkörper langsam zum gebeugten Knie.</translation>
    </message>
    <message>
        <source>Use your opposite arm against the bent knee to gently deepen the stretch.</source>
        <translation>Drück den gegenüberliegenden Arm gegen das gebeugte Knie, um die Dehnung sanft zu vertiefen.</translation>
    </message>
    <message>
        <source>Twist from the middle of your back and keep your spine long.</source>
        <translation>Dreh dich aus der Mitte des Rückens und halte die Wirbelsäule lang.</translation>
    </message>
    <message>
        <source>Use your arm only to guide the twist, never to force it.</source>
        <translation>Nutz den Arm nur, um die Drehung zu führen, nie, um sie zu erzwingen.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>List the built-in stretches (tab-separated) and exit.</source>
        <translation>Die eingebauten Dehnungen auflisten (durch Tabulatoren getrennt) und beenden.</translation>
    </message>
    <message>
        <source>Check a routine file; exit 0 when valid, 2 when not (reasons on stderr).</source>
        <translation>Eine Routinedatei prüfen; Exit-Code 0, wenn gültig, 2, wenn nicht (Gründe auf stderr).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Print the timeline of ROUTINE (tab-separated) and exit.</source>
        <translation>Den Ablauf von ROUTINE ausgeben (durch Tabulatoren getrennt) und beenden.</translation>
    </message>
    <message>
        <source>Write every stretch&apos;s illustrations as PNG files into DIR and exit.</source>
        <translation>Die Illustrationen aller Dehnungen als PNG-Dateien in DIR schreiben und beenden.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Add the routine in FILE to the saved routines (its name made unique) and exit.</source>
        <translation>Die Routine aus FILE zu den gespeicherten Routinen hinzufügen (mit eindeutigem Namen) und beenden.</translation>
    </message>
    <message>
        <source>Write ROUTINE, every timing written out, to the file given as the argument (--export ROUTINE FILE) and exit.</source>
        <translation>ROUTINE mit allen ausgeschriebenen Zeiten in die als Argument angegebene Datei schreiben (--export ROUTINE FILE) und beenden.</translation>
    </message>
    <message>
        <source>ROUTINE</source>
        <translation>ROUTINE</translation>
    </message>
    <message>
        <source>Size of the rendered illustrations in pixels (512).</source>
        <translation>Größe der erzeugten Illustrationen in Pixeln (512).</translation>
    </message>
    <message>
        <source>PX</source>
        <translation>PX</translation>
    </message>
    <message>
        <source>The routine: a built-in id, a saved routine&apos;s name or a routine file.</source>
        <translation>Die Routine: eine eingebaute ID, der Name einer gespeicherten Routine oder eine Routinedatei.</translation>
    </message>
    <message>
        <source>Start playing the routine at once.</source>
        <translation>Die Routine sofort starten.</translation>
    </message>
    <message>
        <source>Use this language instead of the system&apos;s.</source>
        <translation>Diese Sprache statt der Systemsprache verwenden.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Limber plays timed stretching routines for the lower back and hips.</source>
        <translation>Limber spielt zeitgesteuerte Dehnroutinen für den unteren Rücken und die Hüften ab.</translation>
    </message>
    <message>
        <source>Same as --routine ROUTINE; with --export, the FILE to write.</source>
        <translation>Wie --routine ROUTINE; mit --export die zu schreibende Datei FILE.</translation>
    </message>
    <message>
        <source>[ROUTINE]</source>
        <translation>[ROUTINE]</translation>
    </message>
    <message>
        <source>--export: needs ROUTINE and FILE</source>
        <translation>--export: benötigt ROUTINE und FILE</translation>
    </message>
    <message>
        <source>Only one ROUTINE may be given, not %1.</source>
        <translation>Nur eine ROUTINE ist erlaubt, nicht %1.</translation>
    </message>
    <message>
        <source>Start in the tray for the reminders, without opening the window.</source>
        <translation>Für die Erinnerungen im Infobereich starten, ohne das Fenster zu öffnen.</translation>
    </message>
    <message>
        <source>Write a printable handout of ROUTINE as a PDF to the file given as the argument (--export-pdf ROUTINE FILE) and exit.</source>
        <translation>Ein druckbares Handout von ROUTINE als PDF in die als Argument angegebene Datei schreiben (--export-pdf ROUTINE FILE) und beenden.</translation>
    </message>
    <message>
        <source>Paper for --export-pdf: a4 or letter (the system&apos;s paper when not given).</source>
        <translation>Papier für --export-pdf: a4 oder letter (ohne Angabe das Papier des Systems).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>SIZE</translation>
    </message>
    <message>
        <source>--export-pdf: needs ROUTINE and FILE</source>
        <translation>--export-pdf: benötigt ROUTINE und FILE</translation>
    </message>
    <message>
        <source>Print the practice history (tab-separated, oldest first) and exit.</source>
        <translation>Den Verlauf ausgeben (durch Tabulatoren getrennt, älteste Einheit zuerst) und beenden.</translation>
    </message>
    <message>
        <source>With --history: only sessions from this day on.</source>
        <translation>Mit --history: nur Einheiten ab diesem Tag.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Write the practice history as CSV (for a spreadsheet) to FILE and exit.</source>
        <translation>Den Verlauf als CSV (für eine Tabellenkalkulation) in FILE schreiben und beenden.</translation>
    </message>
    <message>
        <source>--since: only with --history</source>
        <translation>--since: nur zusammen mit --history</translation>
    </message>
    <message>
        <source>Keep routines, stretches, history and preferences in DIR, for this run only.</source>
        <translation>Routinen, Dehnungen, Verlauf und Einstellungen nur für diesen Start in DIR aufbewahren.</translation>
    </message>
</context>
<context>
    <name>CueSpeech</name>
    <message numerus="yes">
        <source>%1, left side, move slowly, %n seconds</source>
        <translation>
            <numerusform>%1, linke Seite, langsam bewegen, %n Sekunde</numerusform>
            <numerusform>%1, linke Seite, langsam bewegen, %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, right side, move slowly, %n seconds</source>
        <translation>
            <numerusform>%1, rechte Seite, langsam bewegen, %n Sekunde</numerusform>
            <numerusform>%1, rechte Seite, langsam bewegen, %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, move slowly, %n seconds</source>
        <translation>
            <numerusform>%1, langsam bewegen, %n Sekunde</numerusform>
            <numerusform>%1, langsam bewegen, %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, left side, %n seconds</source>
        <translation>
            <numerusform>%1, linke Seite, %n Sekunde</numerusform>
            <numerusform>%1, linke Seite, %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, right side, %n seconds</source>
        <translation>
            <numerusform>%1, rechte Seite, %n Sekunde</numerusform>
            <numerusform>%1, rechte Seite, %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n seconds</source>
        <translation>
            <numerusform>%1, %n Sekunde</numerusform>
            <numerusform>%1, %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: %1, left side</source>
        <translation>Als Nächstes: %1, linke Seite</translation>
    </message>
    <message>
        <source>Next: %1, right side</source>
        <translation>Als Nächstes: %1, rechte Seite</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <source>Halfway</source>
        <translation>Halbzeit</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <source>Routine complete. Well done.</source>
        <translation>Routine geschafft. Gut gemacht!</translation>
    </message>
    <message>
        <source>Warm-up: march gently in place</source>
        <translation>Aufwärmen: locker auf der Stelle marschieren</translation>
    </message>
</context>
<context>
    <name>DataFolderMerge</name>
    <message>
        <source>Limber cannot read %1: %2</source>
        <translation>Limber kann %1 nicht lesen: %2</translation>
    </message>
</context>
<context>
    <name>DataFolderMove</name>
    <message>
        <source>Your data is already kept in %1</source>
        <translation>Deine Daten liegen bereits in %1</translation>
    </message>
    <message>
        <source>Limber could not undo everything in %1:
%2</source>
        <translation>Limber konnte nicht alles in %1 rückgängig machen:
%2</translation>
    </message>
    <message>
        <source>Your routines, stretches and history are now kept in %1. Limber no longer uses %2 and left it as it was: once you have checked that everything is there, you can delete it.</source>
        <translation>Deine Routinen, Dehnungen und dein Verlauf liegen jetzt in %1. Limber verwendet %2 nicht mehr und hat es unverändert gelassen: Sobald du geprüft hast, dass alles da ist, kannst du es löschen.</translation>
    </message>
    <message>
        <source>There is not enough space in %1: %2 needed, %3 free</source>
        <translation>In %1 ist nicht genug Platz: %2 nötig, %3 frei</translation>
    </message>
</context>
<context>
    <name>DataLocationMigration</name>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Limber cannot write %1</source>
        <translation>Limber kann %1 nicht schreiben</translation>
    </message>
    <message>
        <source>Limber moved %1 to %2.</source>
        <translation>Limber hat %1 nach %2 verschoben.</translation>
    </message>
    <message>
        <source>Limber could not move %1 to %2: %3. It is still where it was.</source>
        <translation>Limber konnte %1 nicht nach %2 verschieben: %3. Es liegt weiterhin am alten Ort.</translation>
    </message>
    <message>
        <source>Limber could not remove everything in %1; what is left there is a copy and can be deleted.</source>
        <translation>Limber konnte nicht alles in %1 entfernen; was dort übrig ist, ist eine Kopie und kann gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>DayText</name>
    <message>
        <source>ddd d MMM</source>
        <extracomment>A recent day in a sentence, &quot;Tue 1 Dec&quot; (QDate format: ddd weekday, MMM month)</extracomment>
        <translation>ddd, d. MMM</translation>
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
        <translation>Limber kann nicht in %1 schreiben: %2</translation>
    </message>
    <message>
        <source>Limber cannot create the folder %1</source>
        <translation>Limber kann den Ordner %1 nicht anlegen</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>Limber cannot read %1 before replacing it</source>
        <translation>Limber kann %1 nicht lesen, bevor es ersetzt wird</translation>
    </message>
    <message>
        <source>Limber cannot write %1: %2</source>
        <translation>Limber kann %1 nicht schreiben: %2</translation>
    </message>
    <message>
        <source>Limber cannot read back %1 after writing it</source>
        <translation>Limber kann %1 nach dem Schreiben nicht zurücklesen</translation>
    </message>
    <message>
        <source>%1 does not hold what Limber wrote there (it read back %2 bytes, not %3)</source>
        <translation>%1 enthält nicht, was Limber dorthin geschrieben hat (zurückgelesen %2 Bytes statt %3)</translation>
    </message>
    <message>
        <source>%1 could not be removed: %2</source>
        <translation>%1 konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be put back: %2</source>
        <translation>%1 konnte nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>the folder %1 could not be removed</source>
        <translation>der Ordner %1 konnte nicht entfernt werden</translation>
    </message>
</context>
<context>
    <name>Guidelines</name>
    <message>
        <source>Warm up first</source>
        <translation>Erst aufwärmen</translation>
    </message>
    <message>
        <source>Walk or march gently in place for a few minutes before you stretch. Warm muscles stretch with less risk of strain.</source>
        <translation>Geh oder marschiere vor dem Dehnen ein paar Minuten locker auf der Stelle. Warme Muskeln lassen sich mit weniger Risiko einer Zerrung dehnen.</translation>
    </message>
    <message>
        <source>Go slow and steady</source>
        <translation>Langsam und gleichmäßig</translation>
    </message>
    <message>
        <source>Move into each stretch slowly and ease in gently. Never force your body into a position that hurts.</source>
        <translation>Geh langsam und behutsam in jede Dehnung. Zwing deinen Körper nie in eine Position, die wehtut.</translation>
    </message>
    <message>
        <source>Focus on your breathing</source>
        <translation>Achte auf deine Atmung</translation>
    </message>
    <message>
        <source>Breathe in deeply and breathe out fully. Breathing comes before stretching further.</source>
        <translation>Atme tief ein und vollständig aus. Die Atmung ist wichtiger, als weiter in die Dehnung zu gehen.</translation>
    </message>
    <message>
        <source>Hold, don&apos;t bounce</source>
        <translation>Halten statt wippen</translation>
    </message>
    <message>
        <source>Hold each stretch still for 20 to 30 seconds. Bouncing tightens muscles instead of loosening them.</source>
        <translation>Halte jede Dehnung 20 bis 30 Sekunden ruhig. Wippen spannt die Muskeln an, statt sie zu lockern.</translation>
    </message>
    <message>
        <source>Listen to your body</source>
        <translation>Hör auf deinen Körper</translation>
    </message>
    <message>
        <source>A stretch should feel like a mild pull, not an intense strain. Stop at once if you feel sharp or intense pain.</source>
        <translation>Eine Dehnung sollte sich wie ein leichtes Ziehen anfühlen, nicht wie starkes Zerren. Hör sofort auf, wenn du stechende oder starke Schmerzen spürst.</translation>
    </message>
    <message>
        <source>Be consistent</source>
        <translation>Bleib dran</translation>
    </message>
    <message>
        <source>A few minutes every day does more than a long session now and then, and helps keep the pain from coming back.</source>
        <translation>Ein paar Minuten jeden Tag bringen mehr als ab und zu eine lange Einheit – und helfen, dass die Schmerzen nicht wiederkommen.</translation>
    </message>
    <message>
        <source>Limber is not medical advice. If your back or hip pain persists, gets worse, or comes with numbness or weakness, see a doctor or physiotherapist.</source>
        <translation>Limber ist keine medizinische Beratung. Wenn deine Rücken- oder Hüftschmerzen anhalten, schlimmer werden oder mit Taubheit oder Schwäche einhergehen, geh zum Arzt oder zur Physiotherapie.</translation>
    </message>
</context>
<context>
    <name>HandoutActions</name>
    <message>
        <source>Save Handout as PDF</source>
        <translation>Handout als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Handout Not Saved</source>
        <translation>Handout nicht gespeichert</translation>
    </message>
    <message>
        <source>Print Handout</source>
        <translation>Handout drucken</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Save a printable handout of this routine</source>
        <translation>Ein druckbares Handout dieser Routine speichern</translation>
    </message>
    <message>
        <source>Print a handout of this routine</source>
        <translation>Ein Handout dieser Routine drucken</translation>
    </message>
</context>
<context>
    <name>HandoutContent</name>
    <message>
        <source>Move slowly for %1 s</source>
        <translation>%1 s langsam bewegen</translation>
    </message>
    <message>
        <source>Hold %1 s</source>
        <translation>%1 s halten</translation>
    </message>
    <message>
        <source>Move slowly for %1 s, left side only</source>
        <translation>%1 s langsam bewegen, nur linke Seite</translation>
    </message>
    <message>
        <source>Hold %1 s, left side only</source>
        <translation>%1 s halten, nur linke Seite</translation>
    </message>
    <message>
        <source>Move slowly for %1 s, right side only</source>
        <translation>%1 s langsam bewegen, nur rechte Seite</translation>
    </message>
    <message>
        <source>Hold %1 s, right side only</source>
        <translation>%1 s halten, nur rechte Seite</translation>
    </message>
    <message>
        <source>Move slowly for %1 s each side</source>
        <translation>%1 s pro Seite langsam bewegen</translation>
    </message>
    <message>
        <source>Hold %1 s each side</source>
        <translation>%1 s pro Seite halten</translation>
    </message>
    <message>
        <source>Repeat: %1 times</source>
        <translation>Wiederholen: %1-mal</translation>
    </message>
    <message>
        <source>The picture shows the left side; mirror it for the right.</source>
        <translation>Das Bild zeigt die linke Seite; für die rechte spiegelbildlich.</translation>
    </message>
    <message>
        <source>Total time %1 · made on %2</source>
        <translation>Gesamtdauer %1 · erstellt am %2</translation>
    </message>
    <message>
        <source>Stretching safely</source>
        <translation>Sicher dehnen</translation>
    </message>
    <message>
        <source>This week: tick each day you did the routine</source>
        <translation>Diese Woche: Hak jeden Tag ab, an dem du die Routine gemacht hast</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>This week: tick each stretch you did</source>
        <translation>Diese Woche: Hak jede Dehnung ab, die du gemacht hast</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Dehnung</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>This handout is general guidance, not a substitute for advice from your doctor or physiotherapist. Stop any stretch that causes sharp pain.</source>
        <translation>Dieses Handout ist eine allgemeine Anleitung und ersetzt keinen ärztlichen oder physiotherapeutischen Rat. Brich jede Dehnung ab, die stechende Schmerzen auslöst.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Missing stretch</source>
        <translation>Fehlende Dehnung</translation>
    </message>
</context>
<context>
    <name>HandoutRenderer</name>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>HeadlessCommands</name>
    <message numerus="yes">
        <source>%1: valid routine &quot;%2&quot;, %n stretch(es)</source>
        <translation>
            <numerusform>%1: gültige Routine „%2“, %n Dehnung</numerusform>
            <numerusform>%1: gültige Routine „%2“, %n Dehnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot; as %2</source>
        <translation>„%1“ als %2 importiert</translation>
    </message>
    <message>
        <source>Exported &quot;%1&quot; to %2</source>
        <translation>„%1“ nach %2 exportiert</translation>
    </message>
    <message>
        <source>--paper: must be a4 or letter, not &quot;%1&quot;</source>
        <translation>--paper: muss a4 oder letter sein, nicht „%1“</translation>
    </message>
    <message>
        <source>Handout of &quot;%1&quot; written to %2</source>
        <translation>Handout von „%1“ nach %2 geschrieben</translation>
    </message>
</context>
<context>
    <name>HistoryCommands</name>
    <message>
        <source>--since: &quot;%1&quot; is not a date written as YYYY-MM-DD</source>
        <translation>--since: „%1“ ist kein Datum im Format YYYY-MM-DD</translation>
    </message>
    <message>
        <source>%1: could not be written: %2</source>
        <translation>%1: konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n session(s) to %1</source>
        <translation>
            <numerusform>%n Einheit nach %1 geschrieben</numerusform>
            <numerusform>%n Einheiten nach %1 geschrieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryFile</name>
    <message>
        <source>the last line is incomplete (a write was cut off); it was skipped</source>
        <translation>die letzte Zeile ist unvollständig (ein Schreibvorgang wurde abgebrochen) und wurde übersprungen</translation>
    </message>
    <message>
        <source>the line is incomplete (a write was cut off); it was skipped</source>
        <translation>die Zeile ist unvollständig (ein Schreibvorgang wurde abgebrochen) und wurde übersprungen</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>is larger than %1 MiB; it was not read</source>
        <translation>ist größer als %1 MiB und wurde nicht gelesen</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more line(s) could not be read either</source>
        <translation>
            <numerusform>%n weitere Zeile konnte ebenfalls nicht gelesen werden</numerusform>
            <numerusform>%n weitere Zeilen konnten ebenfalls nicht gelesen werden</numerusform>
        </translation>
    </message>
    <message>
        <source>the session is too large to store (%1 bytes; a line holds at most %2 KiB)</source>
        <translation>die Einheit ist zu groß zum Speichern (%1 Bytes; eine Zeile fasst höchstens %2 KiB)</translation>
    </message>
    <message>
        <source>cannot be stored: %1</source>
        <translation>kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>cannot be written: its folder cannot be made</source>
        <translation>kann nicht geschrieben werden: Der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot be written to the disk: %1</source>
        <translation>kann nicht auf den Datenträger geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>HistoryLine</name>
    <message>
        <source>is not a known field</source>
        <translation>ist kein bekanntes Feld</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be text of %1 to %2 characters</source>
        <translation>muss ein Text mit %1 bis %2 Zeichen sein</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <source>must be a date and time with its offset from UTC, such as &quot;2026-12-01T18:05:00+01:00&quot;</source>
        <translation>muss ein Datum mit Uhrzeit und Abstand zu UTC sein, z. B. &quot;2026-12-01T18:05:00+01:00&quot;</translation>
    </message>
    <message>
        <source>is missing; a history line starts with &quot;format&quot;: &quot;limber-session&quot;</source>
        <translation>fehlt; eine Verlaufszeile beginnt mit &quot;format&quot;: &quot;limber-session&quot;</translation>
    </message>
    <message>
        <source>must be &quot;limber-session&quot;</source>
        <translation>muss &quot;limber-session&quot; sein</translation>
    </message>
    <message>
        <source>version %1 is newer than this Limber reads (version %2); a newer Limber wrote it</source>
        <translation>Version %1 ist neuer als die, die diese Limber-Version liest (Version %2); eine neuere Limber-Version hat sie geschrieben</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>muss %1 sein</translation>
    </message>
    <message>
        <source>must be an object such as {&quot;stretch&quot;: &quot;cat-cow&quot;, &quot;outcome&quot;: &quot;done&quot;, ...}</source>
        <translation>muss ein Objekt sein, z. B. {&quot;stretch&quot;: &quot;cat-cow&quot;, &quot;outcome&quot;: &quot;done&quot;, ...}</translation>
    </message>
    <message>
        <source>must be &quot;left&quot; or &quot;right&quot;; left out for a stretch without sides</source>
        <translation>muss &quot;left&quot; oder &quot;right&quot; sein; entfällt bei einer Dehnung ohne Seiten</translation>
    </message>
    <message>
        <source>must be &quot;done&quot;, &quot;skipped&quot; or &quot;hurt&quot;</source>
        <translation>muss &quot;done&quot;, &quot;skipped&quot; oder &quot;hurt&quot; sein</translation>
    </message>
    <message>
        <source>must not be before started</source>
        <translation>darf nicht vor started liegen</translation>
    </message>
    <message>
        <source>must be a list of holds</source>
        <translation>muss eine Liste von Haltezeiten sein</translation>
    </message>
    <message>
        <source>must list at most %1 holds (it lists %2)</source>
        <translation>darf höchstens %1 Haltezeiten enthalten (enthält %2)</translation>
    </message>
    <message>
        <source>is longer than %1 KiB; a history line is much shorter</source>
        <translation>ist länger als %1 KiB; eine Verlaufszeile ist viel kürzer</translation>
    </message>
    <message>
        <source>is not valid JSON: a NUL byte at byte %1</source>
        <translation>ist kein gültiges JSON: ein NUL-Byte bei Byte %1</translation>
    </message>
    <message>
        <source>is not valid JSON: %1 at byte %2</source>
        <translation>ist kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>must be a JSON object ({ ... })</source>
        <translation>muss ein JSON-Objekt sein ({ ... })</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Hurt</source>
        <translation>Schmerzt</translation>
    </message>
    <message>
        <source>Pain before</source>
        <translation>Schmerz vorher</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>Schmerz nachher</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>IllustrationExport</name>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: Der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: cannot be written</source>
        <translation>%1: kann nicht geschrieben werden</translation>
    </message>
    <message numerus="yes">
        <source>%n illustration(s) written to %1</source>
        <translation>
            <numerusform>%n Illustration nach %1 geschrieben</numerusform>
            <numerusform>%n Illustrationen nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the picture of &quot;%2&quot; cannot be read; skipped</source>
        <translation>%1: Das Bild von „%2“ kann nicht gelesen werden; übersprungen</translation>
    </message>
</context>
<context>
    <name>IllustrationJson</name>
    <message>
        <source>body parts</source>
        <translation>Körperteile</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>muss %1 sein</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>lists &quot;%1&quot; a second time</source>
        <translation>nennt &quot;%1&quot; ein zweites Mal</translation>
    </message>
    <message>
        <source>must be [x, y] with each from -%1 to %1</source>
        <translation>muss [x, y] sein, jeweils von -%1 bis %1</translation>
    </message>
    <message>
        <source>arrows</source>
        <translation>Pfeile</translation>
    </message>
    <message>
        <source>must be a list of poses</source>
        <translation>muss eine Liste von Posen sein</translation>
    </message>
    <message>
        <source>a held figure has 2 keyframes, the start and the held pose (it lists %1)</source>
        <translation>eine gehaltene Figur hat 2 Schlüsselbilder, den Start und die gehaltene Pose (enthält %1)</translation>
    </message>
    <message>
        <source>a flowing figure has 2 to %1 keyframes (it lists %2)</source>
        <translation>eine fließende Figur hat 2 bis %1 Schlüsselbilder (enthält %2)</translation>
    </message>
    <message>
        <source>must be the view of the first keyframe (%1)</source>
        <translation>muss die Ansicht des ersten Schlüsselbilds sein (%1)</translation>
    </message>
</context>
<context>
    <name>JsonFieldReader</name>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation>muss eine Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <source>must be a number above 0 and at most %1</source>
        <translation>muss eine Zahl über 0 und höchstens %1 sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be text of at most %1 characters</source>
        <translation>muss ein Text mit höchstens %1 Zeichen sein</translation>
    </message>
    <message>
        <source>must be text of %1 to %2 characters</source>
        <translation>muss ein Text mit %1 bis %2 Zeichen sein</translation>
    </message>
    <message>
        <source>must be an object such as %1</source>
        <translation>muss ein Objekt sein, etwa %1</translation>
    </message>
    <message>
        <source>must be a list of %1</source>
        <translation>muss eine Liste von %1 sein</translation>
    </message>
    <message>
        <source>must list from %1 to %2 %3 (it lists %4)</source>
        <translation>muss %1 bis %2 %3 enthalten (enthält %4)</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>ist kein bekanntes Feld</translation>
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
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routinen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Stretch editor</source>
        <translation>Dehnungs-Editor</translation>
    </message>
    <message>
        <source>Show this list of keyboard shortcuts</source>
        <translation>Diese Liste der Tastenkürzel zeigen</translation>
    </message>
    <message>
        <source>Start, pause or resume (or press the focused button)</source>
        <translation>Starten, pausieren oder fortsetzen (oder die Schaltfläche mit dem Fokus drücken)</translation>
    </message>
    <message>
        <source>Next stretch or side</source>
        <translation>Nächste Dehnung oder Seite</translation>
    </message>
    <message>
        <source>Previous stretch or side</source>
        <translation>Vorherige Dehnung oder Seite</translation>
    </message>
    <message>
        <source>Hold 10 seconds longer</source>
        <translation>10 Sekunden länger halten</translation>
    </message>
    <message>
        <source>Stop the routine, or leave the summary</source>
        <translation>Routine beenden oder die Zusammenfassung verlassen</translation>
    </message>
    <message>
        <source>Full screen (floor view) on or off</source>
        <translation>Vollbild (Ansicht für die Matte) ein oder aus</translation>
    </message>
    <message>
        <source>It hurts: pause at once and choose how to go on</source>
        <translation>Es tut weh: sofort anhalten und wählen, wie es weitergeht</translation>
    </message>
    <message>
        <source>Sound and voice off or on</source>
        <translation>Ton und Stimme aus oder an</translation>
    </message>
    <message>
        <source>Search the stretches</source>
        <translation>Dehnungen durchsuchen</translation>
    </message>
    <message>
        <source>Back from a stretch to the list</source>
        <translation>Von einer Dehnung zurück zur Liste</translation>
    </message>
    <message>
        <source>Actions for the selected stretch</source>
        <translation>Aktionen für die ausgewählte Dehnung</translation>
    </message>
    <message>
        <source>Delete the selected stretch of your own</source>
        <translation>Die ausgewählte eigene Dehnung löschen</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Neue Routine</translation>
    </message>
    <message>
        <source>Import a routine file</source>
        <translation>Eine Routinedatei importieren</translation>
    </message>
    <message>
        <source>Duplicate the selected routine</source>
        <translation>Ausgewählte Routine duplizieren</translation>
    </message>
    <message>
        <source>Export the selected routine</source>
        <translation>Die ausgewählte Routine exportieren</translation>
    </message>
    <message>
        <source>Rename the selected routine</source>
        <translation>Ausgewählte Routine umbenennen</translation>
    </message>
    <message>
        <source>Delete the selected routine (in the list)</source>
        <translation>Die ausgewählte Routine löschen (in der Liste)</translation>
    </message>
    <message>
        <source>Save the routine</source>
        <translation>Routine speichern</translation>
    </message>
    <message>
        <source>Move the selected step up or down</source>
        <translation>Den ausgewählten Schritt nach oben oder unten verschieben</translation>
    </message>
    <message>
        <source>Remove the selected step (in the steps)</source>
        <translation>Den ausgewählten Schritt entfernen (in den Schritten)</translation>
    </message>
    <message>
        <source>Undo deleting a session</source>
        <translation>Löschen einer Einheit rückgängig machen</translation>
    </message>
    <message>
        <source>Redo deleting a session</source>
        <translation>Löschen einer Einheit wiederholen</translation>
    </message>
    <message>
        <source>Delete the selected session</source>
        <translation>Die ausgewählte Einheit löschen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Move the selected joint of the figure</source>
        <translation>Das ausgewählte Gelenk der Figur bewegen</translation>
    </message>
</context>
<context>
    <name>LibraryMerge</name>
    <message>
        <source>Limber cannot read %1: %2</source>
        <translation>Limber kann %1 nicht lesen: %2</translation>
    </message>
</context>
<context>
    <name>MessageBoxIcon</name>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
</context>
<context>
    <name>PictureFile</name>
    <message>
        <source>%1: the file does not exist.</source>
        <translation>%1: Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>%1: not a file.</source>
        <translation>%1: keine Datei.</translation>
    </message>
    <message>
        <source>%1: the file cannot be read.</source>
        <translation>%1: Die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1: the picture is %2 MiB; the most is %3 MiB.</source>
        <translation>%1: Das Bild ist %2 MiB groß; höchstens %3 MiB sind erlaubt.</translation>
    </message>
    <message>
        <source>%1: the file is empty.</source>
        <translation>%1: Die Datei ist leer.</translation>
    </message>
    <message>
        <source>%1: not a PNG, JPEG or SVG picture.</source>
        <translation>%1: kein PNG-, JPEG- oder SVG-Bild.</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
</context>
<context>
    <name>PoseCanvas</name>
    <message>
        <source>Head</source>
        <translation>Kopf</translation>
    </message>
    <message>
        <source>Shoulders</source>
        <translation>Schultern</translation>
    </message>
    <message>
        <source>Near elbow</source>
        <translation>Ellbogen (nah)</translation>
    </message>
    <message>
        <source>Near hand</source>
        <translation>Hand (nah)</translation>
    </message>
    <message>
        <source>Far elbow</source>
        <translation>Ellbogen (fern)</translation>
    </message>
    <message>
        <source>Far hand</source>
        <translation>Hand (fern)</translation>
    </message>
    <message>
        <source>Near knee</source>
        <translation>Knie (nah)</translation>
    </message>
    <message>
        <source>Near foot</source>
        <translation>Fuß (nah)</translation>
    </message>
    <message>
        <source>Far knee</source>
        <translation>Knie (fern)</translation>
    </message>
    <message>
        <source>Far foot</source>
        <translation>Fuß (fern)</translation>
    </message>
</context>
<context>
    <name>PoseJson</name>
    <message>
        <source>must be a part of the body: %1</source>
        <translation>muss ein Körperteil sein: %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>is only for a contact with a part of the body</source>
        <translation>gilt nur für einen Kontakt mit einem Körperteil</translation>
    </message>
    <message>
        <source>must be &quot;floor&quot; or a part of the body: %1</source>
        <translation>muss &quot;floor&quot; oder ein Körperteil sein: %1</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>muss %1 sein</translation>
    </message>
    <message>
        <source>is not a pose a body can take: %1</source>
        <translation>ist keine Pose, die ein Körper einnehmen kann: %1</translation>
    </message>
</context>
<context>
    <name>PreferencesFile</name>
    <message>
        <source>must be a date and time in UTC, as &quot;2026-12-04T18:00:00.000Z&quot;</source>
        <translation>muss ein Datum mit Uhrzeit in UTC sein, etwa &quot;2026-12-04T18:00:00.000Z&quot;</translation>
    </message>
    <message>
        <source>is missing; a preferences file starts with &quot;format&quot;: &quot;limber-preferences&quot;</source>
        <translation>fehlt; eine Einstellungsdatei beginnt mit &quot;format&quot;: &quot;limber-preferences&quot;</translation>
    </message>
    <message>
        <source>must be &quot;limber-preferences&quot;</source>
        <translation>muss &quot;limber-preferences&quot; sein</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>unsupported version %1; this Limber reads version %2</source>
        <translation>Version %1 wird nicht unterstützt; dieses Limber liest Version %2</translation>
    </message>
    <message>
        <source>(not a number)</source>
        <translation>(keine Zahl)</translation>
    </message>
    <message>
        <source>is larger than 1 MiB; a preferences file is much smaller</source>
        <translation>ist größer als 1 MiB; eine Einstellungsdatei ist viel kleiner</translation>
    </message>
    <message>
        <source>is not valid JSON: a NUL byte at byte %1</source>
        <translation>ist kein gültiges JSON: ein NUL-Byte an Byte %1</translation>
    </message>
    <message>
        <source>is empty; a preferences file holds a JSON object</source>
        <translation>ist leer; eine Einstellungsdatei enthält ein JSON-Objekt</translation>
    </message>
    <message>
        <source>is not valid JSON: %1 at byte %2</source>
        <translation>ist kein gültiges JSON: %1 an Byte %2</translation>
    </message>
    <message>
        <source>must hold a JSON object ({ ... }) at the top level</source>
        <translation>muss auf oberster Ebene ein JSON-Objekt ({ ... }) enthalten</translation>
    </message>
    <message>
        <source>must be named by 1 to %1 characters</source>
        <translation>muss mit 1 bis %1 Zeichen benannt sein</translation>
    </message>
    <message>
        <source>must name a stretch id (only a-z, 0-9 and -) after &quot;%1&quot;</source>
        <translation>muss nach &quot;%1&quot; eine Dehnungs-ID nennen (nur a-z, 0-9 und -)</translation>
    </message>
    <message>
        <source>must hold at most %1 values (it holds %2)</source>
        <translation>darf höchstens %1 Werte enthalten (es sind %2)</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>must be the file&apos;s name (&quot;%1&quot;): each device writes only its own file</source>
        <translation>muss der Name der Datei sein (&quot;%1&quot;): Jedes Gerät schreibt nur seine eigene Datei</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot be read, and cannot be moved aside to be written afresh</source>
        <translation>kann nicht gelesen und nicht beiseitegelegt werden, um neu geschrieben zu werden</translation>
    </message>
    <message>
        <source>could not be read and was moved aside to %1; this device&apos;s preferences are written afresh</source>
        <translation>konnte nicht gelesen werden und wurde nach %1 beiseitegelegt; die Einstellungen dieses Geräts werden neu geschrieben</translation>
    </message>
    <message>
        <source>cannot be written: its folder cannot be made</source>
        <translation>kann nicht geschrieben werden: sein Ordner kann nicht angelegt werden</translation>
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
        <translation>Rücken und Hüften</translation>
    </message>
    <message>
        <source>Desk break</source>
        <translation>Schreibtischpause</translation>
    </message>
</context>
<context>
    <name>RoutineDialogs</name>
    <message>
        <source>Limber routines (*.json);;All files (*)</source>
        <translation>Limber-Routinen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>Änderungen an „%1“ speichern?</translation>
    </message>
    <message>
        <source>If you don&apos;t save them, your changes are lost.</source>
        <translation>Wenn du sie nicht speicherst, gehen deine Änderungen verloren.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>Routine löschen</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>„%1“ löschen?</translation>
    </message>
    <message>
        <source>The routine is removed for good. Export it first if you may want it again.</source>
        <translation>Die Routine wird endgültig entfernt. Exportiere sie vorher, falls du sie noch einmal brauchen könntest.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Routine importieren</translation>
    </message>
    <message>
        <source>Export the routine</source>
        <translation>Routine exportieren</translation>
    </message>
    <message>
        <source>routine</source>
        <translation>Routine</translation>
    </message>
</context>
<context>
    <name>RoutineExport</name>
    <message>
        <source>%1: cannot be opened: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: is larger than 2 MiB; a stretch&apos;s picture is smaller</source>
        <translation>%1: ist größer als 2 MiB; das Bild einer Dehnung ist kleiner</translation>
    </message>
</context>
<context>
    <name>RoutineFile</name>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>ist kein bekanntes Feld</translation>
    </message>
    <message>
        <source>must be an object such as {&quot;stretch&quot;: &quot;cat-cow&quot;}</source>
        <translation>muss ein Objekt sein, z. B. {&quot;stretch&quot;: &quot;cat-cow&quot;}</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be a stretch id (text)</source>
        <translation>muss eine Dehnungs-ID sein (Text)</translation>
    </message>
    <message>
        <source>unknown stretch id %1 (limber --list-stretches shows the ids)</source>
        <translation>unbekannte Dehnungs-ID %1 (limber --list-stretches zeigt die IDs)</translation>
    </message>
    <message>
        <source>must be &quot;both&quot;, &quot;left&quot; or &quot;right&quot;</source>
        <translation>muss &quot;both&quot;, &quot;left&quot; oder &quot;right&quot; sein</translation>
    </message>
    <message>
        <source>%1 has no sides; only &quot;both&quot; is allowed</source>
        <translation>%1 hat keine Seiten; nur &quot;both&quot; ist erlaubt</translation>
    </message>
    <message>
        <source>is missing; a routine file starts with &quot;format&quot;: &quot;limber-routine&quot;</source>
        <translation>fehlt; eine Routinedatei beginnt mit &quot;format&quot;: &quot;limber-routine&quot;</translation>
    </message>
    <message>
        <source>must be &quot;limber-routine&quot;</source>
        <translation>muss &quot;limber-routine&quot; sein</translation>
    </message>
    <message>
        <source>(not a number)</source>
        <translation>(keine Zahl)</translation>
    </message>
    <message>
        <source>must be text of 1 to %1 characters</source>
        <translation>muss ein Text mit 1 bis %1 Zeichen sein</translation>
    </message>
    <message>
        <source>must be a list of steps</source>
        <translation>muss eine Liste von Schritten sein</translation>
    </message>
    <message>
        <source>must list from 1 to %1 steps (it lists %2)</source>
        <translation>muss 1 bis %1 Schritte enthalten (enthält %2)</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>is larger than 1 MiB; a routine file is much smaller</source>
        <translation>ist größer als 1 MiB; eine Routinedatei ist viel kleiner</translation>
    </message>
    <message>
        <source>is not valid JSON: a NUL byte at byte %1</source>
        <translation>ist kein gültiges JSON: ein NUL-Byte bei Byte %1</translation>
    </message>
    <message>
        <source>is empty; a routine file holds a JSON object</source>
        <translation>ist leer; eine Routinedatei enthält ein JSON-Objekt</translation>
    </message>
    <message>
        <source>is not valid JSON: %1 at byte %2</source>
        <translation>ist kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>must hold a JSON object ({ ... }) at the top level</source>
        <translation>muss auf oberster Ebene ein JSON-Objekt ({ ... }) enthalten</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>unsupported version %1; this Limber reads versions %2 and %3</source>
        <translation>nicht unterstützte Version %1; diese Limber-Version liest die Versionen %2 und %3</translation>
    </message>
    <message>
        <source>is larger than 16 MiB; a routine file, even with the images of its stretches, is much smaller</source>
        <translation>ist größer als 16 MiB; eine Routinedatei ist selbst mit den Bildern ihrer Dehnungen viel kleiner</translation>
    </message>
    <message>
        <source>must not begin or end with spaces</source>
        <translation>darf nicht mit Leerzeichen beginnen oder enden</translation>
    </message>
    <message>
        <source>must be a list of stretches</source>
        <translation>muss eine Liste von Dehnungen sein</translation>
    </message>
    <message>
        <source>must list at most %1 stretches (it lists %2)</source>
        <translation>darf höchstens %1 Dehnungen enthalten (enthält %2)</translation>
    </message>
    <message>
        <source>must be a stretch object</source>
        <translation>muss ein Dehnungsobjekt sein</translation>
    </message>
    <message>
        <source>%1 is a built-in stretch; a file carries only stretches that are not built in</source>
        <translation>%1 ist eine eingebaute Dehnung; eine Datei enthält nur Dehnungen, die nicht eingebaut sind</translation>
    </message>
    <message>
        <source>%1 is carried twice</source>
        <translation>%1 ist doppelt enthalten</translation>
    </message>
    <message>
        <source>%1 is used by no step</source>
        <translation>%1 wird von keinem Schritt verwendet</translation>
    </message>
</context>
<context>
    <name>RoutineResolver</name>
    <message>
        <source>is neither a built-in routine (%1), a saved routine, nor a file</source>
        <translation>ist weder eine eingebaute Routine (%1) noch eine gespeicherte Routine oder eine Datei</translation>
    </message>
</context>
<context>
    <name>SegmentText</name>
    <message>
        <source>Left side</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>March gently in place to warm up.</source>
        <translation>Marschiere locker auf der Stelle, um dich aufzuwärmen.</translation>
    </message>
    <message>
        <source>Get into position for %1.</source>
        <translation>Komm in die Ausgangsposition: %1.</translation>
    </message>
    <message>
        <source>Hold still and breathe slowly. A mild pull, never sharp pain.</source>
        <translation>Halte still und atme ruhig. Ein leichtes Ziehen, nie ein stechender Schmerz.</translation>
    </message>
    <message>
        <source>Move slowly and smoothly, in time with your breath.</source>
        <translation>Beweg dich langsam und fließend, im Rhythmus deines Atems.</translation>
    </message>
    <message>
        <source>Switch to the other side.</source>
        <translation>Wechsle zur anderen Seite.</translation>
    </message>
    <message>
        <source>Rest and breathe.</source>
        <translation>Ausruhen und atmen.</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <source>Next: %1, %2</source>
        <translation>Als Nächstes: %1, %2</translation>
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
        <translation>Stehend</translation>
    </message>
    <message>
        <source>Lying on the back</source>
        <translation>Rückenlage</translation>
    </message>
    <message>
        <source>On hands and knees</source>
        <translation>Vierfüßlerstand</translation>
    </message>
    <message>
        <source>Sitting on the floor</source>
        <translation>Sitzend auf dem Boden</translation>
    </message>
</context>
<context>
    <name>StillPicture</name>
    <message>
        <source>Missing stretch</source>
        <translation>Fehlende Dehnung</translation>
    </message>
</context>
<context>
    <name>StretchDeletePrompt</name>
    <message>
        <source>Delete stretch</source>
        <translation>Dehnung löschen</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>„%1“ löschen?</translation>
    </message>
    <message>
        <source>No routine uses it. It is removed for good.</source>
        <translation>Keine Routine verwendet sie. Sie wird endgültig entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is used by %n routine(s): %2.</source>
        <translation>
            <numerusform>„%1“ wird von %n Routine verwendet: %2.</numerusform>
            <numerusform>„%1“ wird von %n Routinen verwendet: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their steps stay, shown as a missing stretch. Delete it?</source>
        <translation>Deren Schritte bleiben erhalten und werden als fehlende Dehnung angezeigt. Löschen?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>StretchFile</name>
    <message>
        <source>body areas</source>
        <translation>Körperbereiche</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>muss eines von %1 sein</translation>
    </message>
    <message>
        <source>lists &quot;%1&quot; a second time</source>
        <translation>nennt &quot;%1&quot; ein zweites Mal</translation>
    </message>
    <message>
        <source>is missing; a stretch file starts with &quot;format&quot;: &quot;limber-stretch&quot;</source>
        <translation>fehlt; eine Dehnungsdatei beginnt mit &quot;format&quot;: &quot;limber-stretch&quot;</translation>
    </message>
    <message>
        <source>must be &quot;limber-stretch&quot;</source>
        <translation>muss &quot;limber-stretch&quot; sein</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>unsupported version %1; this Limber reads version %2</source>
        <translation>nicht unterstützte Version %1; diese Limber-Version liest Version %2</translation>
    </message>
    <message>
        <source>(not a number)</source>
        <translation>(keine Zahl)</translation>
    </message>
    <message>
        <source>is larger than %1 MiB; a stretch file is smaller</source>
        <translation>ist größer als %1 MiB; eine Dehnungsdatei ist kleiner</translation>
    </message>
    <message>
        <source>is not valid JSON: a NUL byte at byte %1</source>
        <translation>ist kein gültiges JSON: ein NUL-Byte bei Byte %1</translation>
    </message>
    <message>
        <source>is empty; a stretch file holds a JSON object</source>
        <translation>ist leer; eine Dehnungsdatei enthält ein JSON-Objekt</translation>
    </message>
    <message>
        <source>is not valid JSON: %1 at byte %2</source>
        <translation>ist kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>must hold a JSON object ({ ... }) at the top level</source>
        <translation>muss auf oberster Ebene ein JSON-Objekt ({ ... }) enthalten</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>cautions</source>
        <translation>Vorsichtshinweise</translation>
    </message>
    <message>
        <source>must be &quot;hold&quot; or &quot;flow&quot;</source>
        <translation>muss &quot;hold&quot; oder &quot;flow&quot; sein</translation>
    </message>
    <message>
        <source>cannot be given together with &quot;figure&quot;: a stretch shows its figure or an image</source>
        <translation>kann nicht zusammen mit &quot;figure&quot; angegeben werden: eine Dehnung zeigt ihre Figur oder ein Bild</translation>
    </message>
    <message>
        <source>is missing; a stretch needs a &quot;figure&quot; or an &quot;%1&quot;</source>
        <translation>fehlt; eine Dehnung braucht eine &quot;figure&quot; oder ein &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be false for a held stretch</source>
        <translation>muss bei einer gehaltenen Dehnung false sein</translation>
    </message>
    <message>
        <source>must be true for a flowing stretch</source>
        <translation>muss bei einer fließenden Dehnung true sein</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>must be the name of a file beside the stretch file, without a folder</source>
        <translation>muss der Name einer Datei neben der Dehnungsdatei sein, ohne Ordner</translation>
    </message>
    <message>
        <source>must name a .png, .jpg, .jpeg or .svg file</source>
        <translation>muss eine .png-, .jpg-, .jpeg- oder .svg-Datei nennen</translation>
    </message>
    <message>
        <source>%1 is not in the folder of the stretch file</source>
        <translation>%1 liegt nicht im Ordner der Dehnungsdatei</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>file name, then why it cannot be shown</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>must be &quot;png&quot;, &quot;jpeg&quot; or &quot;svg&quot;</source>
        <translation>muss &quot;png&quot;, &quot;jpeg&quot; oder &quot;svg&quot; sein</translation>
    </message>
    <message>
        <source>must be the image&apos;s bytes in base64</source>
        <translation>muss die Bytes des Bildes in Base64 sein</translation>
    </message>
</context>
<context>
    <name>StretchFormCommand</name>
    <message>
        <source>Change the stretch</source>
        <translation>Dehnung ändern</translation>
    </message>
</context>
<context>
    <name>StretchFormRules</name>
    <message>
        <source>%1 is empty: write it or remove it.</source>
        <translation>%1 ist leer: Füll es aus oder entferne es.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; the most is %3.</source>
        <translation>%1 ist %2 Zeichen lang; höchstens %3 sind erlaubt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Give the stretch a name.</source>
        <translation>Gib der Dehnung einen Namen.</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>The name is %1 characters long; the most is %2.</source>
        <translation>Der Name ist %1 Zeichen lang; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation>Zusammenfassung: %1</translation>
    </message>
    <message>
        <source>The summary is %1 characters long; the most is %2.</source>
        <translation>Die Zusammenfassung ist %1 Zeichen lang; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <source>Write at least one step.</source>
        <translation>Schreib mindestens einen Schritt.</translation>
    </message>
    <message>
        <source>A stretch has at most %1 steps.</source>
        <translation>Eine Dehnung hat höchstens %1 Schritte.</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>A stretch has at most %1 cautions.</source>
        <translation>Eine Dehnung hat höchstens %1 Vorsichtshinweise.</translation>
    </message>
    <message>
        <source>Caution %1</source>
        <translation>Vorsichtshinweis %1</translation>
    </message>
    <message>
        <source>Choose at least one body area.</source>
        <translation>Wähl mindestens einen Körperbereich.</translation>
    </message>
    <message>
        <source>The recommended hold is between %1 and %2 seconds.</source>
        <translation>Die empfohlene Haltezeit liegt zwischen %1 und %2 Sekunden.</translation>
    </message>
    <message>
        <source>Choose a picture, or draw the figure.</source>
        <translation>Wähl ein Bild oder zeichne die Figur.</translation>
    </message>
    <message>
        <source>Draw the figure, or choose a picture.</source>
        <translation>Zeichne die Figur oder wähl ein Bild.</translation>
    </message>
</context>
<context>
    <name>StretchImage</name>
    <message>
        <source>a PNG image</source>
        <translation>ein PNG-Bild</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>ein JPEG-Bild</translation>
    </message>
    <message>
        <source>an SVG image (XML whose root element is &lt;svg&gt;)</source>
        <translation>ein SVG-Bild (XML, dessen Wurzelelement &lt;svg&gt; ist)</translation>
    </message>
    <message>
        <source>is larger than %1 MiB</source>
        <translation>ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>is not %1</source>
        <translation>ist nicht %1</translation>
    </message>
    <message>
        <source>must be a PNG, JPEG or SVG file (.png, .jpg, .jpeg or .svg)</source>
        <translation>muss eine PNG-, JPEG- oder SVG-Datei sein (.png, .jpg, .jpeg oder .svg)</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>TextRules</name>
    <message>
        <source>must not contain control characters (found U+%1)</source>
        <translation>darf keine Steuerzeichen enthalten (gefunden: U+%1)</translation>
    </message>
</context>
<context>
    <name>limber::AppearanceSettingsSection</name>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Farbschema:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Systemeinstellung</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Theme: %1</source>
        <translation>Farbschema: %1</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>limber::AreaFilterBar</name>
    <message>
        <source>Filter by body area</source>
        <translation>Nach Körperbereich filtern</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Alle Bereiche</translation>
    </message>
    <message>
        <source>Show stretches for every body area</source>
        <translation>Dehnungen für alle Körperbereiche anzeigen</translation>
    </message>
    <message>
        <source>Show only stretches that work on: %1</source>
        <translation>Nur Dehnungen für diesen Bereich anzeigen: %1</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <source>Your stretches</source>
        <translation>Deine Dehnungen</translation>
    </message>
    <message>
        <source>Show only the stretches you made</source>
        <translation>Nur die Dehnungen zeigen, die du erstellt hast</translation>
    </message>
</context>
<context>
    <name>limber::ArrowPicker</name>
    <message>
        <source>Arrow</source>
        <translation>Pfeil</translation>
    </message>
    <message>
        <source>An arrow for the movement that matters</source>
        <translation>Ein Pfeil für die Bewegung, auf die es ankommt</translation>
    </message>
    <message>
        <source>No arrow</source>
        <translation>Kein Pfeil</translation>
    </message>
    <message>
        <source>Round the %1</source>
        <translation>Um: %1</translation>
    </message>
    <message>
        <source>Counter-clockwise</source>
        <translation>Gegen den Uhrzeigersinn</translation>
    </message>
    <message>
        <source>Clockwise</source>
        <translation>Im Uhrzeigersinn</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>In beide Richtungen</translation>
    </message>
    <message>
        <source>Arrow round</source>
        <translation>Pfeil um</translation>
    </message>
    <message>
        <source>Arrow direction</source>
        <translation>Pfeilrichtung</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Wo:</translation>
    </message>
    <message>
        <source>&amp;Turning:</source>
        <translation>&amp;Drehung:</translation>
    </message>
    <message>
        <source>hips</source>
        <translation>Hüften</translation>
    </message>
    <message>
        <source>middle of the back</source>
        <translation>Mitte des Rückens</translation>
    </message>
    <message>
        <source>neck</source>
        <translation>Nacken</translation>
    </message>
    <message>
        <source>head</source>
        <translation>Kopf</translation>
    </message>
    <message>
        <source>near knee</source>
        <translation>Knie (nah)</translation>
    </message>
    <message>
        <source>far knee</source>
        <translation>Knie (fern)</translation>
    </message>
    <message>
        <source>near ankle</source>
        <translation>Knöchel (nah)</translation>
    </message>
    <message>
        <source>far ankle</source>
        <translation>Knöchel (fern)</translation>
    </message>
    <message>
        <source>near elbow</source>
        <translation>Ellbogen (nah)</translation>
    </message>
    <message>
        <source>near hand</source>
        <translation>Hand (nah)</translation>
    </message>
    <message>
        <source>far hand</source>
        <translation>Hand (fern)</translation>
    </message>
</context>
<context>
    <name>limber::BreathingPacer</name>
    <message>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <source>Breathing guide</source>
        <translation>Atemhilfe</translation>
    </message>
</context>
<context>
    <name>limber::ChangedElsewhereBar</name>
    <message>
        <source>“%1” was changed on another device (or in another Limber) while you were editing it. Your changes are not saved yet.</source>
        <translation>„%1“ wurde auf einem anderen Gerät (oder in einem anderen Limber) geändert, während du sie bearbeitet hast. Deine Änderungen sind noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Show the new version</source>
        <translation>Neue Fassung zeigen</translation>
    </message>
    <message>
        <source>Keep my changes</source>
        <translation>Meine Änderungen behalten</translation>
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
        <translation>Zwei Fassungen</translation>
    </message>
    <message>
        <source>set aside by Syncthing</source>
        <translation>von Syncthing beiseitegelegt</translation>
    </message>
    <message>
        <source>set aside by Nextcloud</source>
        <translation>von Nextcloud beiseitegelegt</translation>
    </message>
    <message>
        <source>set aside by Syncthing (device %1)</source>
        <translation>von Syncthing beiseitegelegt (Gerät %1)</translation>
    </message>
    <message>
        <source>set aside by Nextcloud (user %1)</source>
        <translation>von Nextcloud beiseitegelegt (Benutzer %1)</translation>
    </message>
    <message>
        <source>The other: %1, changed %2 · %3</source>
        <translation>Die andere: %1, geändert %2 · %3</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Two versions of “%1”</source>
        <translation>Zwei Fassungen von „%1“</translation>
    </message>
    <message>
        <source>This one: changed %1 · %2</source>
        <translation>Diese: geändert %1 · %2</translation>
    </message>
    <message>
        <source>This one: deleted on this device</source>
        <translation>Diese: auf diesem Gerät gelöscht</translation>
    </message>
    <message>
        <source>Two versions of your stretch “%1”</source>
        <translation>Zwei Fassungen deiner Dehnung „%1“</translation>
    </message>
    <message numerus="yes">
        <source>%n stretch(es) · %1</source>
        <translation>
            <numerusform>%n Dehnung · %1</numerusform>
            <numerusform>%n Dehnungen · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>hold %1 each side</source>
        <translation>%1 pro Seite halten</translation>
    </message>
    <message>
        <source>hold %1</source>
        <translation>%1 halten</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>Diese behalten</translation>
    </message>
    <message>
        <source>Keep the other</source>
        <translation>Die andere behalten</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Beide behalten</translation>
    </message>
    <message>
        <source>Needs your choice</source>
        <translation>Wartet auf deine Entscheidung</translation>
    </message>
</context>
<context>
    <name>limber::CountdownRing</name>
    <message>
        <source>Time left in this step</source>
        <translation>Restzeit dieses Abschnitts</translation>
    </message>
</context>
<context>
    <name>limber::CueAnnouncer</name>
    <message>
        <source>Knee to chest, left side. Breathe out and relax into it.</source>
        <translation>Knie zur Brust, linke Seite. Atme aus und entspann dich in die Dehnung hinein.</translation>
    </message>
</context>
<context>
    <name>limber::CueSettingsSection</name>
    <message>
        <source>Sound and voice</source>
        <translation>Ton und Sprache</translation>
    </message>
    <message>
        <source>Sounds:</source>
        <translation>Töne:</translation>
    </message>
    <message>
        <source>Play cue sounds</source>
        <translation>Signaltöne abspielen</translation>
    </message>
    <message>
        <source>A chime when a stretch starts, a sound to switch sides and one at the end</source>
        <translation>Ein Klang zum Start einer Dehnung, ein Ton zum Seitenwechsel und einer am Ende</translation>
    </message>
    <message>
        <source>Volume:</source>
        <translation>Lautstärke:</translation>
    </message>
    <message>
        <source>Sound volume</source>
        <translation>Lautstärke der Töne</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Countdown:</source>
        <translation>Countdown:</translation>
    </message>
    <message>
        <source>Tick 3, 2, 1 before each stretch starts</source>
        <translation>Vor jeder Dehnung bei 3, 2, 1 ticken</translation>
    </message>
    <message>
        <source>Countdown ticks</source>
        <translation>Countdown-Ticken</translation>
    </message>
    <message>
        <source>Spoken cues:</source>
        <translation>Sprachansagen:</translation>
    </message>
    <message>
        <source>Say each stretch and side aloud</source>
        <translation>Jede Dehnung und Seite laut ansagen</translation>
    </message>
    <message>
        <source>Spoken cues</source>
        <translation>Sprachansagen</translation>
    </message>
    <message>
        <source>So you can follow along from the mat without looking</source>
        <translation>So kannst du auf der Matte mitmachen, ohne hinzuschauen</translation>
    </message>
    <message>
        <source>Voice:</source>
        <translation>Stimme:</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>Test voice</source>
        <translation>Stimme testen</translation>
    </message>
    <message>
        <source>Test the voice</source>
        <translation>Die Stimme testen</translation>
    </message>
    <message>
        <source>Hear a sentence in this voice at this rate</source>
        <translation>Einen Satz mit dieser Stimme in diesem Tempo anhören</translation>
    </message>
    <message>
        <source>Speaking rate:</source>
        <translation>Sprechtempo:</translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation>Sprechtempo</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Langsamer</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Schneller</translation>
    </message>
    <message>
        <source>Breathing:</source>
        <translation>Atmung:</translation>
    </message>
    <message>
        <source>Show a breathing guide during holds</source>
        <translation>Beim Halten eine Atemhilfe anzeigen</translation>
    </message>
    <message>
        <source>Breathing guide</source>
        <translation>Atemhilfe</translation>
    </message>
    <message>
        <source>A circle that swells as you breathe in and settles as you breathe out</source>
        <translation>Ein Kreis, der beim Einatmen wächst und beim Ausatmen kleiner wird</translation>
    </message>
    <message>
        <source>Automatic (for the language)</source>
        <translation>Automatisch (passend zur Sprache)</translation>
    </message>
    <message>
        <source>%1 (not available)</source>
        <translation>%1 (nicht verfügbar)</translation>
    </message>
</context>
<context>
    <name>limber::DataFolderSection</name>
    <message>
        <source>Keep my routines, stretches and history in</source>
        <translation>Meine Routinen, Dehnungen und meinen Verlauf aufbewahren in</translation>
    </message>
    <message>
        <source>The data folder was not moved</source>
        <translation>Der Datenordner wurde nicht verschoben</translation>
    </message>
    <message>
        <source>Data folder moved</source>
        <translation>Datenordner verschoben</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Deine Daten</translation>
    </message>
    <message>
        <source>Keep my routines, stretches and history in:</source>
        <translation>Meine Routinen, Dehnungen und meinen Verlauf aufbewahren in:</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Change the data folder</source>
        <translation>Datenordner ändern</translation>
    </message>
    <message>
        <source>Limber was started with --data-dir, so it uses this folder for this run only.</source>
        <translation>Limber wurde mit --data-dir gestartet und verwendet diesen Ordner nur für diesen Start.</translation>
    </message>
    <message>
        <source>Share this folder with Syncthing or Nextcloud to have the same routines, stretches, history and timings on each of your devices. Window, sound, voice and reminders stay set per device.</source>
        <translation>Teile diesen Ordner mit Syncthing oder Nextcloud, um auf jedem deiner Geräte dieselben Routinen, Dehnungen, denselben Verlauf und dieselben Zeiten zu haben. Fenster, Ton, Stimme und Erinnerungen bleiben je Gerät eingestellt.</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Datenordner: %1</translation>
    </message>
</context>
<context>
    <name>limber::DeletionUndoBar</name>
    <message>
        <source>Session deleted.</source>
        <translation>Einheit gelöscht.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>The history could not be changed: %1</source>
        <translation>Der Verlauf konnte nicht geändert werden: %1</translation>
    </message>
</context>
<context>
    <name>limber::GoalSummary</name>
    <message numerus="yes">
        <source>Goal: %n day(s) a week</source>
        <translation>
            <numerusform>Ziel: %n Tag pro Woche</numerusform>
            <numerusform>Ziel: %n Tage pro Woche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This week: %n day(s), goal met</source>
        <translation>
            <numerusform>Diese Woche: %n Tag, Ziel erreicht</numerusform>
            <numerusform>Diese Woche: %n Tage, Ziel erreicht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This week: %1 of %n day(s)</source>
        <translation>
            <numerusform>Diese Woche: %1 von %n Tag</numerusform>
            <numerusform>Diese Woche: %1 von %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) in a row met the goal</source>
        <translation>
            <numerusform>Ziel %n Woche in Folge erreicht</numerusform>
            <numerusform>Ziel %n Wochen in Folge erreicht</numerusform>
        </translation>
    </message>
    <message>
        <source>Each week that meets the goal adds to a run of weeks.</source>
        <translation>Jede Woche, in der du das Ziel erreichst, verlängert deine Serie.</translation>
    </message>
    <message>
        <source>Weeks, not days: a day of rest never breaks the run.</source>
        <translation>Wochen, nicht Tage: Ein Ruhetag unterbricht die Serie nie.</translation>
    </message>
</context>
<context>
    <name>limber::GuidelinesView</name>
    <message>
        <source>Back to library</source>
        <translation>Zurück zu den Übungen</translation>
    </message>
    <message>
        <source>Back to the stretch library</source>
        <translation>Zurück zu den Dehnübungen</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Bevor du anfängst</translation>
    </message>
    <message>
        <source>Six habits that make stretching safer and more comfortable.</source>
        <translation>Sechs Gewohnheiten, die das Dehnen sicherer und angenehmer machen.</translation>
    </message>
    <message>
        <source>Medical disclaimer</source>
        <translation>Medizinischer Hinweis</translation>
    </message>
    <message>
        <source>Safe-stretching guidelines</source>
        <translation>Tipps für sicheres Dehnen</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Wichtig</translation>
    </message>
</context>
<context>
    <name>limber::HighlightPicker</name>
    <message>
        <source>Highlight</source>
        <translation>Hervorhebung</translation>
    </message>
    <message>
        <source>The parts of the body the stretch is felt in</source>
        <translation>Die Körperstellen, an denen die Dehnung zu spüren ist</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Unterer Rücken</translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation>Oberer Rücken</translation>
    </message>
    <message>
        <source>Hips and buttocks</source>
        <translation>Hüften und Gesäß</translation>
    </message>
    <message>
        <source>Near thigh</source>
        <translation>Oberschenkel (nah)</translation>
    </message>
    <message>
        <source>Far thigh</source>
        <translation>Oberschenkel (fern)</translation>
    </message>
    <message>
        <source>Near calf and shin</source>
        <translation>Wade und Schienbein (nah)</translation>
    </message>
    <message>
        <source>Far calf and shin</source>
        <translation>Wade und Schienbein (fern)</translation>
    </message>
</context>
<context>
    <name>limber::HistorySettingsSection</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Pain rating:</source>
        <translation>Schmerzbewertung:</translation>
    </message>
    <message>
        <source>Ask how my back is before each session</source>
        <translation>Frag vor jeder Einheit, wie es meinem Rücken geht</translation>
    </message>
    <message>
        <source>Weekly goal:</source>
        <translation>Wochenziel:</translation>
    </message>
    <message numerus="yes">
        <source> day(s) a week</source>
        <translation>
            <numerusform> Tag pro Woche</numerusform>
            <numerusform> Tage pro Woche</numerusform>
        </translation>
    </message>
    <message>
        <source>Days a week to practise</source>
        <translation>Übungstage pro Woche</translation>
    </message>
    <message>
        <source>A weekly goal, not a daily streak: a day of rest does not break it.</source>
        <translation>Ein Wochenziel, keine tägliche Serie: Ein Ruhetag unterbricht es nicht.</translation>
    </message>
</context>
<context>
    <name>limber::HistoryStore</name>
    <message>
        <source>cannot complete session %1: this device has no such session</source>
        <translation>Einheit %1 kann nicht abgeschlossen werden: Auf diesem Gerät gibt es diese Einheit nicht</translation>
    </message>
    <message>
        <source>cannot delete session %1: there is no such session</source>
        <translation>Einheit %1 kann nicht gelöscht werden: Diese Einheit gibt es nicht</translation>
    </message>
</context>
<context>
    <name>limber::HistoryView</name>
    <message>
        <source>No sessions yet</source>
        <translation>Noch keine Einheiten</translation>
    </message>
    <message>
        <source>Your practice will appear here: each session you play, the days you practised, and, if you rate your pain before and after, whether stretching helps.</source>
        <translation>Hier erscheint dein Training: jede Einheit, die du machst, die Tage, an denen du geübt hast, und – wenn du deine Schmerzen vorher und nachher bewertest – ob das Dehnen hilft.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Sessions, newest first</source>
        <translation>Einheiten, neueste zuerst</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Einheit löschen</translation>
    </message>
    <message>
        <source>Pain before and after</source>
        <translation>Schmerz vorher und nachher</translation>
    </message>
    <message>
        <source>Minutes per week</source>
        <translation>Minuten pro Woche</translation>
    </message>
    <message>
        <source>Days practised</source>
        <translation>Übungstage</translation>
    </message>
</context>
<context>
    <name>limber::HoldOverrideDelegate</name>
    <message>
        <source>Your hold for %1</source>
        <translation>Deine Haltezeit für %1</translation>
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
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>Remove your hold for %1</source>
        <translation>Deine Haltezeit für %1 entfernen</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Dehnung</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <source>Your hold</source>
        <translation>Deine Haltezeit</translation>
    </message>
    <message>
        <source>Your own hold for this stretch. Reset goes back to %1.</source>
        <translation>Deine eigene Haltezeit für diese Dehnung. „Zurücksetzen“ stellt wieder %1 ein.</translation>
    </message>
    <message>
        <source>Held for %1, the same as every stretch. Click to set a hold for this stretch alone.</source>
        <translation>Wird %1 gehalten, wie alle Dehnungen. Klicke, um eine Haltezeit nur für diese Dehnung festzulegen.</translation>
    </message>
    <message>
        <source>Held for the recommended time. Click to set your own.</source>
        <translation>Wird so lange gehalten wie empfohlen. Klicke, um eine eigene Haltezeit festzulegen.</translation>
    </message>
    <message>
        <source>No hold of yours for %1</source>
        <translation>Keine eigene Haltezeit für %1</translation>
    </message>
</context>
<context>
    <name>limber::HoldOverridesTable</name>
    <message>
        <source>Hold for each stretch</source>
        <translation>Haltezeit für jede Dehnung</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Reset the hold for %1</source>
        <translation>Haltezeit für %1 zurücksetzen</translation>
    </message>
    <message>
        <source>Go back to the hold this stretch had before</source>
        <translation>Zur vorherigen Haltezeit dieser Dehnung zurückkehren</translation>
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
        <translation>Am %1 hat das wehgetan – mach es sanfter oder überspring es diesmal</translation>
    </message>
    <message>
        <source>Skip it</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Skip %1 this time</source>
        <translation>%1 diesmal überspringen</translation>
    </message>
</context>
<context>
    <name>limber::IllustrationWidget</name>
    <message>
        <source>Animated illustration of the stretch</source>
        <translation>Animierte Illustration der Dehnung</translation>
    </message>
    <message>
        <source>Picture of the stretch</source>
        <translation>Bild der Dehnung</translation>
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
        <translation>Es tut weh</translation>
    </message>
    <message>
        <source>Paused. Ease out of %1 gently.</source>
        <translation>Pausiert. Komm behutsam aus der Position heraus: %1.</translation>
    </message>
    <message>
        <source>A stretch should feel like a mild pull, never sharp pain. If the pain is sharp or stays, stop and talk to a doctor or physiotherapist.</source>
        <translation>Eine Dehnung sollte sich wie ein leichtes Ziehen anfühlen, nie wie ein stechender Schmerz. Wenn der Schmerz stechend ist oder anhält, hör auf und lass dich ärztlich oder physiotherapeutisch beraten.</translation>
    </message>
    <message>
        <source>Skip this stretch</source>
        <translation>Dehnung überspringen</translation>
    </message>
    <message>
        <source>End the routine</source>
        <translation>Routine beenden</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weitermachen</translation>
    </message>
</context>
<context>
    <name>limber::KeyframeStrip</name>
    <message>
        <source>Add position</source>
        <translation>Position hinzufügen</translation>
    </message>
    <message>
        <source>Remove position</source>
        <translation>Position entfernen</translation>
    </message>
    <message>
        <source>Adds a copy of the chosen position after it</source>
        <translation>Fügt hinter der gewählten Position eine Kopie davon ein</translation>
    </message>
    <message>
        <source>Removes the chosen position</source>
        <translation>Entfernt die gewählte Position</translation>
    </message>
    <message>
        <source>Starting position</source>
        <translation>Ausgangsposition</translation>
    </message>
    <message>
        <source>Held pose</source>
        <translation>Gehaltene Position</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Position %1</source>
        <translation>Position %1</translation>
    </message>
    <message>
        <source>Shows this position for posing</source>
        <translation>Zeigt diese Position zum Bearbeiten der Pose</translation>
    </message>
</context>
<context>
    <name>limber::LibraryView</name>
    <message>
        <source>Stretch library</source>
        <translation>Dehnübungen</translation>
    </message>
    <message>
        <source>Learn each stretch here before you do it on the floor.</source>
        <translation>Lerne hier jede Dehnung kennen, bevor du sie auf der Matte machst.</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Bevor du anfängst</translation>
    </message>
    <message>
        <source>Before you start: safe-stretching guidelines</source>
        <translation>Bevor du anfängst: Tipps für sicheres Dehnen</translation>
    </message>
    <message>
        <source>Search stretches</source>
        <translation>Dehnungen suchen</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche löschen</translation>
    </message>
    <message>
        <source>Stretches</source>
        <translation>Dehnungen</translation>
    </message>
    <message>
        <source>Check the spelling, try fewer words, or pick other areas.</source>
        <translation>Prüfe die Schreibweise, versuch es mit weniger Wörtern oder wähle andere Bereiche.</translation>
    </message>
    <message>
        <source>Show all stretches</source>
        <translation>Alle Dehnungen anzeigen</translation>
    </message>
    <message>
        <source>Clear the search and the area filter</source>
        <translation>Suche und Bereichsfilter zurücksetzen</translation>
    </message>
    <message>
        <source>No stretches match the chosen areas</source>
        <translation>Keine Dehnungen für die gewählten Bereiche</translation>
    </message>
    <message>
        <source>No stretches match “%1”</source>
        <translation>Keine Dehnungen zu „%1“</translation>
    </message>
    <message>
        <source>No stretches match “%1” in the chosen areas</source>
        <translation>Keine Dehnungen zu „%1“ in den gewählten Bereichen</translation>
    </message>
    <message>
        <source>New stretch</source>
        <translation>Neue Dehnung</translation>
    </message>
    <message>
        <source>Make a new stretch of your own</source>
        <translation>Eine eigene neue Dehnung erstellen</translation>
    </message>
</context>
<context>
    <name>limber::MainWindow</name>
    <message>
        <source>Limber</source>
        <translation>Limber</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routinen</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Limber found problems in your saved data. Nothing was deleted.</source>
        <translation>Limber hat Probleme in deinen gespeicherten Daten gefunden. Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts (%1)</source>
        <translation>Tastenkürzel (%1)</translation>
    </message>
    <message>
        <source>Your routines, stretches and history have a new place.</source>
        <translation>Deine Routinen, Dehnungen und dein Verlauf haben einen neuen Ort.</translation>
    </message>
</context>
<context>
    <name>limber::MinutesChart</name>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Minutes per week</source>
        <translation>Minuten pro Woche</translation>
    </message>
</context>
<context>
    <name>limber::PainChangeLabel</name>
    <message>
        <source>Rate your pain before and after a session to see whether it helps.</source>
        <translation>Bewerte deine Schmerzen vor und nach einer Einheit, um zu sehen, ob sie hilft.</translation>
    </message>
    <message numerus="yes">
        <source>After is the same as before on average over the last %1 days (%n session(s))</source>
        <translation>
            <numerusform>Letzte %1 Tage: nachher im Schnitt gleich wie vorher (%n Einheit)</numerusform>
            <numerusform>Letzte %1 Tage: nachher im Schnitt gleich wie vorher (%n Einheiten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After is %1 lower on average over the last %2 days (%n session(s))</source>
        <translation>
            <numerusform>Letzte %2 Tage: nachher im Schnitt %1 niedriger als vorher (%n Einheit)</numerusform>
            <numerusform>Letzte %2 Tage: nachher im Schnitt %1 niedriger als vorher (%n Einheiten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After is %1 higher on average over the last %2 days (%n session(s))</source>
        <translation>
            <numerusform>Letzte %2 Tage: nachher im Schnitt %1 höher als vorher (%n Einheit)</numerusform>
            <numerusform>Letzte %2 Tage: nachher im Schnitt %1 höher als vorher (%n Einheiten)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::PainChart</name>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Pain (0–10)</source>
        <translation>Schmerz (0–10)</translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>Date labels on the pain chart&apos;s time axis (QDateTime format)</extracomment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>Pain before and after each session</source>
        <translation>Schmerz vor und nach jeder Einheit</translation>
    </message>
</context>
<context>
    <name>limber::PainQuestionPage</name>
    <message>
        <source>How is your back right now?</source>
        <translation>Wie geht es deinem Rücken gerade?</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Start without rating (Esc)</source>
        <translation>Ohne Bewertung starten (Esc)</translation>
    </message>
    <message>
        <source>Skip the question and start</source>
        <translation>Frage überspringen und starten</translation>
    </message>
    <message>
        <source>Press a number (1 then 0 for 10), or Esc to skip. Your answers show in History whether stretching helps; turn this question off in Settings.</source>
        <translation>Drück eine Zahl (für 10 erst 1, dann 0) oder Esc zum Überspringen. Im Verlauf zeigen deine Antworten, ob das Dehnen hilft; in den Einstellungen kannst du diese Frage abschalten.</translation>
    </message>
</context>
<context>
    <name>limber::PainScale</name>
    <message>
        <source>0 · no pain</source>
        <translation>0 · keine Schmerzen</translation>
    </message>
    <message>
        <source>10 · worst imaginable</source>
        <translation>10 · schlimmste vorstellbare</translation>
    </message>
    <message>
        <source>Pain %1 of 10</source>
        <translation>Schmerz %1 von 10</translation>
    </message>
    <message>
        <source>Pain from 0 (no pain) to 10 (worst imaginable)</source>
        <translation>Schmerz von 0 (keine Schmerzen) bis 10 (schlimmste vorstellbare)</translation>
    </message>
</context>
<context>
    <name>limber::PeriodSelector</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Letzter %n Tag</numerusform>
            <numerusform>Letzte %n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::PlayerAnnouncements</name>
    <message>
        <source>Rest. %1</source>
        <extracomment>%1 is what comes next, e.g. &quot;Next: Butterfly stretch, left side&quot;</extracomment>
        <translation>Ausruhen. %1</translation>
    </message>
    <message>
        <source>Get ready. %1</source>
        <extracomment>%1 is what comes next, e.g. &quot;Next: Butterfly stretch, left side&quot;</extracomment>
        <translation>Mach dich bereit. %1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Fortgesetzt</translation>
    </message>
    <message>
        <source>Ten seconds left</source>
        <translation>Noch zehn Sekunden</translation>
    </message>
</context>
<context>
    <name>limber::PlayerControlBar</name>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation>Ton an</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Pfeil links</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächste</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Pfeil rechts</translation>
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
        <translation>Stopp</translation>
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
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>It hurts</source>
        <translation>Es tut weh</translation>
    </message>
    <message>
        <source>Pause at once and choose how to go on (H)</source>
        <translation>Sofort pausieren und entscheiden, wie es weitergeht (H)</translation>
    </message>
</context>
<context>
    <name>limber::PlayerView</name>
    <message>
        <source>Stop the routine?</source>
        <translation>Routine beenden?</translation>
    </message>
    <message>
        <source>Stop now and go back to the start?</source>
        <translation>Jetzt beenden und zurück zum Anfang?</translation>
    </message>
    <message>
        <source>Sound and voice status</source>
        <translation>Status von Ton und Sprache</translation>
    </message>
    <message>
        <source>this stretch</source>
        <translation>diese Dehnung</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Wiedergabe</translation>
    </message>
</context>
<context>
    <name>limber::PlayingPage</name>
    <message>
        <source>Switch sides</source>
        <translation>Seitenwechsel</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Ausruhen</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Mach dich bereit</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Aufwärmen</translation>
    </message>
    <message>
        <source>Stretch %1 of %2</source>
        <translation>Dehnung %1 von %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>Position in the routine</source>
        <translation>Position in der Routine</translation>
    </message>
    <message>
        <source>Time left in the routine</source>
        <translation>Restzeit der Routine</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Dehnung</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>Coming next</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <source>Illustration of the stretch</source>
        <translation>Illustration der Dehnung</translation>
    </message>
    <message>
        <source>Picture: %1</source>
        <translation>Bild: %1</translation>
    </message>
    <message>
        <source>Picture: %1, %2</source>
        <translation>Bild: %1, %2</translation>
    </message>
</context>
<context>
    <name>limber::PoseCanvas</name>
    <message>
        <source>Figure</source>
        <translation>Figur</translation>
    </message>
    <message>
        <source>Chosen joint: %1.</source>
        <translation>Gewähltes Gelenk: %1.</translation>
    </message>
    <message>
        <source>Drag a joint to pose the figure. Tab chooses a joint, the arrow keys move it.</source>
        <translation>Zieh ein Gelenk, um die Figur in Pose zu bringen. Tab wählt ein Gelenk, die Pfeiltasten bewegen es.</translation>
    </message>
</context>
<context>
    <name>limber::PoseEditor</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Mirror preview</source>
        <translation>&amp;Spiegelvorschau</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>Be&amp;ginnen mit:</translation>
    </message>
    <message>
        <source>Shows the figure as it is drawn for the other side</source>
        <translation>Zeigt die Figur so, wie sie für die andere Seite gezeichnet wird</translation>
    </message>
    <message>
        <source>Move: %1</source>
        <translation>Bewegen: %1</translation>
    </message>
    <message>
        <source>Change the highlight</source>
        <translation>Hervorhebung ändern</translation>
    </message>
    <message>
        <source>Change the arrow</source>
        <translation>Pfeil ändern</translation>
    </message>
    <message>
        <source>Make it a flow</source>
        <translation>In fließende Dehnung ändern</translation>
    </message>
    <message>
        <source>Make it a hold</source>
        <translation>In gehaltene Dehnung ändern</translation>
    </message>
    <message>
        <source>Start from %1</source>
        <translation>Beginnen mit %1</translation>
    </message>
    <message>
        <source>Add a position</source>
        <translation>Position hinzufügen</translation>
    </message>
    <message>
        <source>Remove a position</source>
        <translation>Position entfernen</translation>
    </message>
</context>
<context>
    <name>limber::PracticeCalendar</name>
    <message>
        <source>Previous month</source>
        <translation>Vorheriger Monat</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation>Tage des Monats</translation>
    </message>
</context>
<context>
    <name>limber::ReadyPage</name>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start the routine</source>
        <translation>Routine starten</translation>
    </message>
    <message>
        <source>Start the routine (Space)</source>
        <translation>Routine starten (Leertaste)</translation>
    </message>
</context>
<context>
    <name>limber::ReminderController</name>
    <message>
        <source>Time for %1</source>
        <translation>Zeit für %1</translation>
    </message>
    <message>
        <source>A few minutes for your back and hips.</source>
        <translation>Ein paar Minuten für deinen Rücken und deine Hüften.</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Jetzt starten</translation>
    </message>
    <message>
        <source>In 15 minutes</source>
        <translation>In 15 Minuten</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>Heute nicht</translation>
    </message>
    <message>
        <source>Time to stand up</source>
        <translation>Zeit aufzustehen</translation>
    </message>
    <message numerus="yes">
        <source>You have been sitting for %n minutes. Stand, march on the spot and do a lunge: %1.</source>
        <translation>
            <numerusform>Du sitzt seit %n Minute. Steh auf, marschiere auf der Stelle und mach einen Ausfallschritt: %1.</numerusform>
            <numerusform>Du sitzt seit %n Minuten. Steh auf, marschiere auf der Stelle und mach einen Ausfallschritt: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start desk break</source>
        <translation>Schreibtischpause starten</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
</context>
<context>
    <name>limber::ReminderSettings</name>
    <message>
        <source>is not a time of day (HH:mm)</source>
        <translation>ist keine Uhrzeit (HH:mm)</translation>
    </message>
    <message>
        <source>using %1</source>
        <translation>%1 wird verwendet</translation>
    </message>
    <message>
        <source>is not a date (yyyy-MM-dd)</source>
        <translation>ist kein Datum (yyyy-MM-dd)</translation>
    </message>
    <message>
        <source>forgetting the snooze</source>
        <translation>„In 15 Minuten“ entfällt</translation>
    </message>
    <message>
        <source>is not a date and time (ISO 8601)</source>
        <translation>ist kein Zeitpunkt (ISO 8601)</translation>
    </message>
    <message>
        <source>ignoring it</source>
        <translation>wird ignoriert</translation>
    </message>
</context>
<context>
    <name>limber::ReminderSettingsSection</name>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Remind me to stretch</source>
        <translation>Erinnere mich ans Dehnen</translation>
    </message>
    <message>
        <source>Daily reminder:</source>
        <translation>Tägliche Erinnerung:</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>At:</source>
        <translation>Um:</translation>
    </message>
    <message>
        <source>Routine:</source>
        <translation>Routine:</translation>
    </message>
    <message>
        <source>Remind me to stand up and stretch</source>
        <translation>Erinnere mich ans Aufstehen und Dehnen</translation>
    </message>
    <message>
        <source>Sitting breaks:</source>
        <translation>Sitzpausen:</translation>
    </message>
    <message>
        <source> min of computer use</source>
        <translation> Min. am Computer</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>Nach:</translation>
    </message>
    <message>
        <source>Start Limber in the tray when I log in</source>
        <translation>Limber beim Anmelden im Infobereich starten</translation>
    </message>
    <message>
        <source>Start with the desktop:</source>
        <translation>Mit der Arbeitsumgebung starten:</translation>
    </message>
    <message>
        <source>Time away from the keyboard for 5 minutes or more starts the count again.</source>
        <translation>Wenn du 5 Minuten oder länger nicht an der Tastatur bist, beginnt die Zählung von vorn.</translation>
    </message>
    <message>
        <source>This desktop does not say when you are away, so the time since Limber started counts instead.</source>
        <translation>Diese Arbeitsumgebung meldet nicht, wann du weg bist; deshalb zählt stattdessen die Zeit seit dem Start von Limber.</translation>
    </message>
    <message>
        <source>While a reminder is on, closing the window keeps Limber in the tray.</source>
        <translation>Solange eine Erinnerung an ist, bleibt Limber nach dem Schließen des Fensters im Infobereich.</translation>
    </message>
    <message>
        <source>This desktop has no tray: reminders come only while Limber&apos;s window is open or minimised.</source>
        <translation>Diese Arbeitsumgebung hat keinen Infobereich: Erinnerungen kommen nur, solange das Fenster von Limber offen oder minimiert ist.</translation>
    </message>
</context>
<context>
    <name>limber::ReminderShell</name>
    <message>
        <source>Limber is still running</source>
        <translation>Limber läuft weiter</translation>
    </message>
    <message>
        <source>Your reminders keep coming. Quit Limber from its icon here.</source>
        <translation>Deine Erinnerungen kommen weiterhin. Beende Limber über sein Symbol hier.</translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 Min.)</translation>
    </message>
    <message>
        <source>Could not change %1: %2</source>
        <translation>%1 konnte nicht geändert werden: %2</translation>
    </message>
</context>
<context>
    <name>limber::ReminderTray</name>
    <message>
        <source>tomorrow %1</source>
        <translation>morgen %1</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>%1 starten</translation>
    </message>
    <message>
        <source>Open Limber</source>
        <translation>Limber öffnen</translation>
    </message>
    <message>
        <source>Pause reminders for 1 hour</source>
        <translation>Erinnerungen für 1 Stunde pausieren</translation>
    </message>
    <message>
        <source>Pause reminders until tomorrow</source>
        <translation>Erinnerungen bis morgen pausieren</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Limber</source>
        <translation>Limber</translation>
    </message>
    <message>
        <source>Reminders paused until %1</source>
        <translation>Erinnerungen pausiert bis %1</translation>
    </message>
    <message>
        <source>Next reminder: %1</source>
        <translation>Nächste Erinnerung: %1</translation>
    </message>
    <message>
        <source>No reminder planned</source>
        <translation>Keine Erinnerung geplant</translation>
    </message>
</context>
<context>
    <name>limber::RoutineConflicts</name>
    <message>
        <source>%1: this version is no longer waiting for a choice</source>
        <translation>%1: diese Fassung wartet nicht mehr auf eine Entscheidung</translation>
    </message>
    <message>
        <source>%1: your choice was saved, but this copy could not be deleted: %2</source>
        <translation>%1: deine Entscheidung wurde gespeichert, aber diese Kopie konnte nicht gelöscht werden: %2</translation>
    </message>
</context>
<context>
    <name>limber::RoutineEditor</name>
    <message>
        <source>Routine name</source>
        <translation>Name der Routine</translation>
    </message>
    <message>
        <source>Routine length</source>
        <translation>Dauer der Routine</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Revert to the saved routine</source>
        <translation>Zur gespeicherten Routine zurückkehren</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the routine</source>
        <translation>Routine speichern</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>Speichern (%1)</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Play this routine</source>
        <translation>Diese Routine starten</translation>
    </message>
    <message>
        <source>Built-in routines are read-only. Duplicate it to make your own.</source>
        <translation>Vorgegebene Routinen können nicht geändert werden. Dupliziere sie, um deine eigene zu erstellen.</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Duplicate this routine to make your own</source>
        <translation>Diese Routine duplizieren, um deine eigene zu erstellen</translation>
    </message>
    <message>
        <source>No stretches yet</source>
        <translation>Noch keine Dehnungen</translation>
    </message>
    <message numerus="yes">
        <source>%n stretch(es) · %1 in all</source>
        <translation>
            <numerusform>%n Dehnung · %1 insgesamt</numerusform>
            <numerusform>%n Dehnungen · %1 insgesamt</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes · give the routine a name to save it</source>
        <translation>Ungespeicherte Änderungen · gib der Routine einen Namen, um sie zu speichern</translation>
    </message>
    <message>
        <source>Unsaved changes · add a stretch to save it</source>
        <translation>Ungespeicherte Änderungen · füge eine Dehnung hinzu, um sie zu speichern</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
</context>
<context>
    <name>limber::RoutineEditorModel</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Left side only · %1</source>
        <translation>Nur linke Seite · %1</translation>
    </message>
    <message>
        <source>Right side only · %1</source>
        <translation>Nur rechte Seite · %1</translation>
    </message>
    <message>
        <source>%1 each side</source>
        <translation>%1 pro Seite</translation>
    </message>
    <message>
        <source>%1 · ×%2</source>
        <translation>%1 · ×%2</translation>
    </message>
    <message>
        <source>This hurt on %1: go gentler, or leave it out for now.</source>
        <translation>Am %1 hat das wehgetan: Mach es sanfter oder lass es vorerst weg.</translation>
    </message>
    <message>
        <source>Missing stretch · %1</source>
        <translation>Fehlende Dehnung · %1</translation>
    </message>
</context>
<context>
    <name>limber::RoutineItemDelegate</name>
    <message>
        <source>Built-in</source>
        <translation>Vorgegeben</translation>
    </message>
    <message>
        <source>Unsaved</source>
        <translation>Ungespeichert</translation>
    </message>
    <message>
        <source>New name for the routine</source>
        <translation>Neuer Name für die Routine</translation>
    </message>
</context>
<context>
    <name>limber::RoutineListModel</name>
    <message>
        <source>Built-in, read-only. %1</source>
        <translation>Vorgegeben, nicht änderbar. %1</translation>
    </message>
    <message>
        <source>Unsaved changes. %1</source>
        <translation>Ungespeicherte Änderungen. %1</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>%n stretch(es) · %1</source>
        <translation>
            <numerusform>%n Dehnung · %1</numerusform>
            <numerusform>%n Dehnungen · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved yet · %1</source>
        <translation>Noch nicht gespeichert · %1</translation>
    </message>
</context>
<context>
    <name>limber::RoutineListPanel</name>
    <message>
        <source>Routines</source>
        <translation>Routinen</translation>
    </message>
    <message>
        <source>Pick one to edit, or make your own.</source>
        <translation>Wähle eine zum Bearbeiten aus oder erstelle deine eigene.</translation>
    </message>
    <message>
        <source>Your own routines appear here. Duplicate “%1” or start a new one.</source>
        <translation>Hier erscheinen deine eigenen Routinen. Dupliziere „%1“ oder beginne eine neue.</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Neue Routine</translation>
    </message>
    <message>
        <source>Start a new routine</source>
        <translation>Eine neue Routine beginnen</translation>
    </message>
    <message>
        <source>New routine (%1)</source>
        <translation>Neue Routine (%1)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Import a routine from a file</source>
        <translation>Eine Routine aus einer Datei importieren</translation>
    </message>
    <message>
        <source>Import a routine file (%1)</source>
        <translation>Routinedatei importieren (%1)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Duplicate the selected routine</source>
        <translation>Ausgewählte Routine duplizieren</translation>
    </message>
    <message>
        <source>Duplicate (%1)</source>
        <translation>Duplizieren (%1)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Rename the selected routine</source>
        <translation>Ausgewählte Routine umbenennen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected routine</source>
        <translation>Ausgewählte Routine löschen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export the selected routine to a file</source>
        <translation>Ausgewählte Routine in eine Datei exportieren</translation>
    </message>
    <message>
        <source>Export to a file to share (%1)</source>
        <translation>Zum Teilen in eine Datei exportieren (%1)</translation>
    </message>
    <message>
        <source>Rename (%1)</source>
        <translation>Umbenennen (%1)</translation>
    </message>
</context>
<context>
    <name>limber::RoutineOverview</name>
    <message>
        <source>Routine name</source>
        <translation>Name der Routine</translation>
    </message>
    <message>
        <source>Routine length</source>
        <translation>Dauer der Routine</translation>
    </message>
    <message>
        <source>Stretches in this routine</source>
        <translation>Dehnungen in dieser Routine</translation>
    </message>
    <message numerus="yes">
        <source>%n stretch(es) · %1 in all</source>
        <translation>
            <numerusform>%n Dehnung · %1 insgesamt</numerusform>
            <numerusform>%n Dehnungen · %1 insgesamt</numerusform>
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
        <translation>%1 s pro Seite</translation>
    </message>
    <message>
        <source>%1 s, left side only</source>
        <translation>%1 s, nur linke Seite</translation>
    </message>
    <message>
        <source>%1 s, right side only</source>
        <translation>%1 s, nur rechte Seite</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n times</source>
        <translation>
            <numerusform>%1, %n-mal</numerusform>
            <numerusform>%1, %n-mal</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::RoutineStore</name>
    <message>
        <source>name: must not be empty</source>
        <translation>name: darf nicht leer sein</translation>
    </message>
    <message>
        <source>%1: the folder cannot be created</source>
        <translation>%1: Der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: there is no saved routine with this id</source>
        <translation>%1: Es gibt keine gespeicherte Routine mit dieser ID</translation>
    </message>
    <message>
        <source>%1: name: must not be empty</source>
        <translation>%1: name: darf nicht leer sein</translation>
    </message>
    <message>
        <source>%1: cannot be deleted: %2</source>
        <translation>%1: kann nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>%1: carries stretches of its own, which cannot be kept here</source>
        <translation>%1: enthält eigene Dehnungen, die hier nicht gespeichert werden können</translation>
    </message>
</context>
<context>
    <name>limber::RoutineTimingPanel</name>
    <message>
        <source>Routine timing</source>
        <translation>Zeiten der Routine</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <source>Rest between stretches</source>
        <translation>Pause zwischen Dehnungen</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Seitenwechsel</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Aufwärmen</translation>
    </message>
    <message>
        <source>%1: use my settings</source>
        <translation>%1: meine Einstellungen verwenden</translation>
    </message>
    <message>
        <source>%1 in seconds</source>
        <translation>%1 in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Use my settings (%1)</source>
        <translation>Meine Einstellungen verwenden (%1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>limber::RoutineTotalLabel</name>
    <message>
        <source>Length of your routine</source>
        <translation>Dauer deiner Routine</translation>
    </message>
    <message>
        <source>Your routine “%1” now takes %2.</source>
        <translation>Deine Routine „%1“ dauert jetzt %2.</translation>
    </message>
</context>
<context>
    <name>limber::RoutinesView</name>
    <message>
        <source>New routine</source>
        <translation>Neue Routine</translation>
    </message>
    <message>
        <source>The routine was not saved</source>
        <translation>Die Routine wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Give the routine a name before saving it.</source>
        <translation>Gib der Routine vor dem Speichern einen Namen.</translation>
    </message>
    <message>
        <source>Add at least one stretch to “%1” before saving it.</source>
        <translation>Füge „%1“ vor dem Speichern mindestens eine Dehnung hinzu.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Saved as “%1”: another routine is called “%2”.</source>
        <translation>Als „%1“ gespeichert: Eine andere Routine heißt bereits „%2“.</translation>
    </message>
    <message>
        <source>The routine was not duplicated</source>
        <translation>Die Routine wurde nicht dupliziert</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>A copy you can change</source>
        <translation>Eine Kopie, die du ändern kannst</translation>
    </message>
    <message>
        <source>The routine was not renamed</source>
        <translation>Die Routine wurde nicht umbenannt</translation>
    </message>
    <message>
        <source>Renamed to “%1”: another routine is called “%2”.</source>
        <translation>In „%1“ umbenannt: Eine andere Routine heißt bereits „%2“.</translation>
    </message>
    <message>
        <source>The routine was not deleted</source>
        <translation>Die Routine wurde nicht gelöscht</translation>
    </message>
    <message>
        <source>The routine was not imported</source>
        <translation>Die Routine wurde nicht importiert</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importiert aus %1</translation>
    </message>
    <message>
        <source>The routine was not exported</source>
        <translation>Die Routine wurde nicht exportiert</translation>
    </message>
    <message>
        <source>The routine has no stretches yet.</source>
        <translation>Die Routine enthält noch keine Dehnungen.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>“%1” is read-only, so %2 went into a new routine.</source>
        <translation>„%1“ kann nicht geändert werden, daher wurde „%2“ in eine neue Routine übernommen.</translation>
    </message>
</context>
<context>
    <name>limber::SessionDetailsDialog</name>
    <message>
        <source>%1 (not in this Limber)</source>
        <extracomment>A stretch a history entry names but this version of Limber does not know</extracomment>
        <translation>%1 (nicht in dieser Limber-Version)</translation>
    </message>
    <message>
        <source>Session of %1</source>
        <translation>Einheit vom %1</translation>
    </message>
    <message>
        <source>Routine: %1</source>
        <translation>Routine: %1</translation>
    </message>
    <message>
        <source>Time stretching: %1</source>
        <translation>Dehnzeit: %1</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Pain before: %1 · after: %2</source>
        <translation>Schmerz vorher: %1 · nachher: %2</translation>
    </message>
    <message>
        <source>Played on: %1</source>
        <translation>Gerät: %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Dehnung</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Gehalten</translation>
    </message>
    <message>
        <source>Stretches of this session</source>
        <translation>Dehnungen dieser Einheit</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>It hurts</source>
        <translation>Es tut weh</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Einheit löschen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
</context>
<context>
    <name>limber::SessionListModel</name>
    <message>
        <source>ddd d MMM yyyy</source>
        <extracomment>How a session&apos;s date reads in the history (QDate format: ddd weekday, MMM month)</extracomment>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>pain %1 → %2</source>
        <translation>Schmerz %1 → %2</translation>
    </message>
    <message>
        <source>pain %1 before</source>
        <translation>Schmerz vorher %1</translation>
    </message>
    <message>
        <source>pain %1 after</source>
        <translation>Schmerz nachher %1</translation>
    </message>
    <message>
        <source>it hurt</source>
        <translation>hat wehgetan</translation>
    </message>
</context>
<context>
    <name>limber::Settings</name>
    <message>
        <source>using %1</source>
        <translation>es wird %1 verwendet</translation>
    </message>
    <message>
        <source>using true</source>
        <translation>es wird true verwendet</translation>
    </message>
    <message>
        <source>using false</source>
        <translation>es wird false verwendet</translation>
    </message>
    <message>
        <source>each stretch keeps its own hold</source>
        <translation>jede Dehnung behält ihre eigene Haltezeit</translation>
    </message>
    <message>
        <source>is not one of %1</source>
        <translation>ist keiner der Werte %1</translation>
    </message>
    <message>
        <source>using system</source>
        <translation>es wird system verwendet</translation>
    </message>
    <message>
        <source>is not a supported language (%1)</source>
        <translation>ist keine unterstützte Sprache (%1)</translation>
    </message>
    <message>
        <source>following the system</source>
        <translation>es gilt die Systemsprache</translation>
    </message>
    <message>
        <source>is not a stretch id (only a-z, 0-9 and -)</source>
        <translation>ist keine Dehnungs-ID (nur a-z, 0-9 und -)</translation>
    </message>
    <message>
        <source>the override is dropped</source>
        <translation>die eigene Haltezeit wird verworfen</translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation>ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>%1 to %2 s</source>
        <translation>%1 bis %2 s</translation>
    </message>
    <message>
        <source>%1 to %2 %</source>
        <translation>%1 bis %2 %</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>is out of range (%1)</source>
        <translation>liegt außerhalb des Bereichs (%1)</translation>
    </message>
    <message>
        <source>is not true or false</source>
        <translation>ist weder true noch false</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; %3; %4</source>
        <comment>key: &quot;value&quot; reason; what is used instead</comment>
        <translation>%1: „%2“ %3; %4</translation>
    </message>
    <message>
        <source>Ignoring a hold override for &quot;%1&quot;: not a stretch id</source>
        <translation>Eigene Haltezeit für „%1“ wird ignoriert: keine Dehnungs-ID</translation>
    </message>
    <message>
        <source>Ignoring the language &quot;%1&quot;: not one of %2</source>
        <translation>Sprache „%1“ wird ignoriert: keine der Sprachen %2</translation>
    </message>
    <message>
        <source>using the default voice</source>
        <translation>mit der Standardstimme</translation>
    </message>
    <message>
        <source>using the built-in routine</source>
        <translation>mit der eingebauten Routine</translation>
    </message>
    <message>
        <source>not moved to the shared preferences</source>
        <translation>nicht in die geteilten Einstellungen übernommen</translation>
    </message>
</context>
<context>
    <name>limber::SettingsView</name>
    <message>
        <source>Reset all settings?</source>
        <translation>Alle Einstellungen zurücksetzen?</translation>
    </message>
    <message>
        <source>Every setting on this page goes back to its default, and your own holds for single stretches are removed.</source>
        <translation>Alle Einstellungen auf dieser Seite werden auf ihre Standardwerte zurückgesetzt, und deine eigenen Haltezeiten für einzelne Dehnungen werden entfernt.</translation>
    </message>
    <message>
        <source>Reset all</source>
        <translation>Alle zurücksetzen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Changes apply at once.</source>
        <translation>Änderungen gelten sofort.</translation>
    </message>
    <message>
        <source>Reset all to defaults…</source>
        <translation>Alles zurücksetzen…</translation>
    </message>
    <message>
        <source>Reset all settings to their defaults</source>
        <translation>Alle Einstellungen auf die Standardwerte zurücksetzen</translation>
    </message>
    <message>
        <source>Every setting back to its default; asks first</source>
        <translation>Setzt alle Einstellungen auf den Standard zurück; fragt vorher nach</translation>
    </message>
    <message>
        <source>Scroll the settings</source>
        <translation>Einstellungen scrollen</translation>
    </message>
</context>
<context>
    <name>limber::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Show %1</source>
        <comment>a view of the window</comment>
        <translation>%1 zeigen</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <source>Go to the next or previous control; the arrow keys move within one</source>
        <translation>Zum nächsten oder vorherigen Element; die Pfeiltasten bewegen sich darin</translation>
    </message>
    <message>
        <source>Keys for %1</source>
        <translation>Tasten für %1</translation>
    </message>
</context>
<context>
    <name>limber::SingleInstance</name>
    <message>
        <source>no D-Bus session bus</source>
        <translation>kein D-Bus-Sitzungsbus</translation>
    </message>
    <message>
        <source>another program owns the name %1</source>
        <translation>ein anderes Programm belegt den Namen %1</translation>
    </message>
</context>
<context>
    <name>limber::SoundCues</name>
    <message>
        <source>No audio output was found, so cues are shown on screen only.</source>
        <translation>Es wurde keine Audioausgabe gefunden, daher werden Hinweise nur auf dem Bildschirm angezeigt.</translation>
    </message>
    <message>
        <source>The cue sounds could not be played, so cues are shown on screen only.</source>
        <translation>Die Signaltöne konnten nicht abgespielt werden, daher werden Hinweise nur auf dem Bildschirm angezeigt.</translation>
    </message>
    <message>
        <source>The sound output of Limber is missing from this installation, so cues are shown on screen only.</source>
        <translation>Die Tonausgabe von Limber fehlt in dieser Installation, daher werden Hinweise nur auf dem Bildschirm angezeigt.</translation>
    </message>
</context>
<context>
    <name>limber::SpeechWorker</name>
    <message>
        <source>No text-to-speech voice is available, so cues are not spoken. Install speech-dispatcher and espeak-ng for spoken cues.</source>
        <translation>Es ist keine Sprachausgabe-Stimme verfügbar, daher werden Hinweise nicht angesagt. Installiere speech-dispatcher und espeak-ng für Sprachansagen.</translation>
    </message>
    <message>
        <source>No text-to-speech voice speaks %1, so cues are not spoken. Install speech-dispatcher and espeak-ng for spoken cues.</source>
        <translation>Keine Sprachausgabe-Stimme spricht %1, daher werden Hinweise nicht angesagt. Installiere speech-dispatcher und espeak-ng für Sprachansagen.</translation>
    </message>
    <message>
        <source>The text-to-speech engine stopped working (%1), so cues are not spoken. Install speech-dispatcher and espeak-ng for spoken cues.</source>
        <translation>Die Sprachausgabe funktioniert nicht mehr (%1), daher werden Hinweise nicht angesagt. Installiere speech-dispatcher und espeak-ng für Sprachansagen.</translation>
    </message>
</context>
<context>
    <name>limber::StartPoseChooser</name>
    <message>
        <source>Start from</source>
        <translation>Beginnen mit</translation>
    </message>
    <message>
        <source>Replaces the chosen position with a plain position or a built-in stretch&apos;s pose</source>
        <translation>Ersetzt die gewählte Position durch eine einfache Position oder die Pose einer eingebauten Dehnung</translation>
    </message>
    <message>
        <source>Choose a position…</source>
        <translation>Position wählen…</translation>
    </message>
</context>
<context>
    <name>limber::StepEditorPanel</name>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n-mal</numerusform>
            <numerusform>%n-mal</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected stretch</source>
        <translation>Ausgewählte Dehnung</translation>
    </message>
    <message>
        <source>Select a stretch in the list to change its hold, sides or repeats.</source>
        <translation>Wähle eine Dehnung in der Liste aus, um Haltezeit, Seiten oder Wiederholungen zu ändern.</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Haltezeit</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Custom hold</source>
        <translation>Eigene Haltezeit</translation>
    </message>
    <message>
        <source>Custom hold for this stretch</source>
        <translation>Eigene Haltezeit für diese Dehnung</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Hold in seconds</source>
        <translation>Haltezeit in Sekunden</translation>
    </message>
    <message>
        <source>Recommended hold</source>
        <translation>Empfohlene Haltezeit</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Beide Seiten</translation>
    </message>
    <message>
        <source>Left side only</source>
        <translation>Nur linke Seite</translation>
    </message>
    <message>
        <source>Right side only</source>
        <translation>Nur rechte Seite</translation>
    </message>
    <message>
        <source>Not one-sided</source>
        <translation>Nicht einseitig</translation>
    </message>
    <message>
        <source>Recommended (%1)</source>
        <translation>Empfohlen (%1)</translation>
    </message>
    <message>
        <source>This stretch is done the same way once, not one side at a time.</source>
        <translation>Diese Dehnung wird einmal für beide Seiten gleich ausgeführt, nicht Seite für Seite.</translation>
    </message>
    <message>
        <source>From your settings (%1)</source>
        <translation>Aus deinen Einstellungen (%1)</translation>
    </message>
</context>
<context>
    <name>limber::StepListPanel</name>
    <message>
        <source>Stretches in this routine</source>
        <translation>Dehnungen in dieser Routine</translation>
    </message>
    <message>
        <source>Drag a stretch, or press Alt+Up or Alt+Down, to change the order.</source>
        <translation>Zieh eine Dehnung oder drück Alt+Pfeil nach oben bzw. Alt+Pfeil nach unten, um die Reihenfolge zu ändern.</translation>
    </message>
    <message>
        <source>No stretches yet.
Add them with “Add stretch” below, or with “Add to routine” in the library.</source>
        <translation>Noch keine Dehnungen.
Füge sie unten mit „Dehnung hinzufügen“ hinzu oder in den Übungen mit „Zur Routine hinzufügen“.</translation>
    </message>
    <message>
        <source>Add stretch</source>
        <translation>Dehnung hinzufügen</translation>
    </message>
    <message>
        <source>Add a stretch to the routine</source>
        <translation>Eine Dehnung zur Routine hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected stretch</source>
        <translation>Ausgewählte Dehnung entfernen</translation>
    </message>
    <message>
        <source>Remove (Delete)</source>
        <translation>Entfernen (Entf)</translation>
    </message>
    <message>
        <source>Move the selected stretch up</source>
        <translation>Ausgewählte Dehnung nach oben verschieben</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Nach oben (Alt+Pfeil nach oben)</translation>
    </message>
    <message>
        <source>Move the selected stretch down</source>
        <translation>Ausgewählte Dehnung nach unten verschieben</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Nach unten (Alt+Pfeil nach unten)</translation>
    </message>
    <message>
        <source>%1 (Yours)</source>
        <translation>%1 (eigene)</translation>
    </message>
</context>
<context>
    <name>limber::StepRowDelegate</name>
    <message>
        <source>Hurt %1</source>
        <translation>Schmerz am %1</translation>
    </message>
</context>
<context>
    <name>limber::StretchActionBar</name>
    <message>
        <source>Duplicate as my own</source>
        <translation>Als eigene duplizieren</translation>
    </message>
    <message>
        <source>Duplicate as my own stretch, to change it</source>
        <translation>Als eigene Dehnung duplizieren, um sie zu ändern</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit this stretch</source>
        <translation>Diese Dehnung bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete this stretch</source>
        <translation>Diese Dehnung löschen</translation>
    </message>
</context>
<context>
    <name>limber::StretchActions</name>
    <message>
        <source>A stretch called “%1” already exists; choose another name, such as “%2”.</source>
        <translation>Eine Dehnung namens „%1“ gibt es schon; wähl einen anderen Namen, etwa „%2“.</translation>
    </message>
</context>
<context>
    <name>limber::StretchDetailView</name>
    <message>
        <source>Back to library</source>
        <translation>Zurück zu den Übungen</translation>
    </message>
    <message>
        <source>Back to the stretch library</source>
        <translation>Zurück zu den Dehnübungen</translation>
    </message>
    <message>
        <source>Play this stretch</source>
        <translation>Diese Dehnung starten</translation>
    </message>
    <message>
        <source>Add to routine</source>
        <translation>Zur Routine hinzufügen</translation>
    </message>
    <message>
        <source>Add this stretch to the routine</source>
        <translation>Diese Dehnung zur Routine hinzufügen</translation>
    </message>
    <message>
        <source>How to do the stretch</source>
        <translation>Anleitung zur Dehnung</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>So geht’s</translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation>Vorsichtshinweise</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>Bitte beachten</translation>
    </message>
    <message>
        <source>Illustration of %1</source>
        <translation>Illustration: %1</translation>
    </message>
    <message>
        <source>Targets: %1</source>
        <translation>Wirkt auf: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Move slowly for %1, one cycle every %2</source>
        <translation>%1 lang langsam bewegen, alle %2 ein Durchgang</translation>
    </message>
    <message>
        <source>Keep moving at an easy pace for %1</source>
        <translation>%1 lang in lockerem Tempo bewegen</translation>
    </message>
    <message>
        <source>Hold %1 on each side</source>
        <translation>%1 pro Seite halten</translation>
    </message>
    <message>
        <source>Hold %1</source>
        <translation>%1 halten</translation>
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
        <translation>Bild</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>e.g. Hamstring floss</source>
        <translation>z. B. Beinrückseiten-Mobilisation</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>One line: what it stretches and how</source>
        <translation>Eine Zeile: was sie dehnt und wie</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>&amp;Zusammenfassung:</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>Add a s&amp;tep</source>
        <translation>Schri&amp;tt hinzufügen</translation>
    </message>
    <message>
        <source>Describe this step</source>
        <translation>Beschreib diesen Schritt</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Schritte:</translation>
    </message>
    <message>
        <source>Caution %1</source>
        <translation>Vorsichtshinweis %1</translation>
    </message>
    <message>
        <source>Add a ca&amp;ution</source>
        <translation>&amp;Vorsichtshinweis hinzufügen</translation>
    </message>
    <message>
        <source>When to be careful or stop</source>
        <translation>Wann du vorsichtig sein oder aufhören solltest</translation>
    </message>
    <message>
        <source>Cautions:</source>
        <translation>Vorsichtshinweise:</translation>
    </message>
    <message>
        <source>How it is done</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <source>Body areas</source>
        <translation>Körperbereiche</translation>
    </message>
    <message>
        <source>Body areas:</source>
        <translation>Körperbereiche:</translation>
    </message>
    <message>
        <source>&amp;Held still</source>
        <translation>&amp;Ruhig gehalten</translation>
    </message>
    <message>
        <source>&amp;Flowing: moved through slowly</source>
        <translation>&amp;Fließend: langsam durchbewegt</translation>
    </message>
    <message>
        <source>Movement:</source>
        <translation>Bewegung:</translation>
    </message>
    <message>
        <source>One side at a time (the picture is mirrored for the other side)</source>
        <translation>Jeweils eine Seite (das Bild wird für die andere Seite gespiegelt)</translation>
    </message>
    <message>
        <source>Sides:</source>
        <translation>Seiten:</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> Sekunden</translation>
    </message>
    <message>
        <source>Recommended hold in seconds</source>
        <translation>Empfohlene Haltezeit in Sekunden</translation>
    </message>
    <message>
        <source>Recommended h&amp;old:</source>
        <translation>Empfohlene &amp;Haltezeit:</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Undo (%1)</source>
        <translation>Rückgängig (%1)</translation>
    </message>
    <message>
        <source>Redo (%1)</source>
        <translation>Wiederholen (%1)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>%1 (my own)</source>
        <translation>%1 (eigene)</translation>
    </message>
    <message>
        <source>New stretch</source>
        <translation>Neue Dehnung</translation>
    </message>
    <message>
        <source>Edit stretch</source>
        <translation>Dehnung bearbeiten</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Discard your changes to this stretch?</source>
        <translation>Deine Änderungen an dieser Dehnung verwerfen?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <source>About the stretch</source>
        <translation>Zur Dehnung</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
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
        <translation>%1 Wirkt auf: %2. %3.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1, moving</source>
        <translation>%1, in Bewegung</translation>
    </message>
    <message>
        <source>%1 each side</source>
        <translation>%1 pro Seite</translation>
    </message>
    <message>
        <source>Your own stretch. %1 Targets: %2. %3.</source>
        <translation>Deine eigene Dehnung. %1 Ziel: %2. %3.</translation>
    </message>
</context>
<context>
    <name>limber::StretchPicturePanel</name>
    <message>
        <source>&amp;Draw the figure</source>
        <translation>Figur zei&amp;chnen</translation>
    </message>
    <message>
        <source>Use a &amp;picture</source>
        <translation>&amp;Bild verwenden</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Bild wählen</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figur</translation>
    </message>
    <message>
        <source>&amp;Start again from</source>
        <translation>Neu b&amp;eginnen mit</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Stehend</translation>
    </message>
    <message>
        <source>Lying on the back</source>
        <translation>Rückenlage</translation>
    </message>
    <message>
        <source>On hands and knees</source>
        <translation>Vierfüßlerstand</translation>
    </message>
    <message>
        <source>A built-in stretch</source>
        <translation>Eine eingebaute Dehnung</translation>
    </message>
    <message>
        <source>Picture preview</source>
        <translation>Bildvorschau</translation>
    </message>
    <message>
        <source>C&amp;hoose a picture…</source>
        <translation>Bi&amp;ld wählen…</translation>
    </message>
    <message>
        <source>A PNG, JPEG or SVG file of at most 2 MiB. It is copied into Limber&apos;s data folder and shown as it is, never mirrored.</source>
        <translation>Eine PNG-, JPEG- oder SVG-Datei mit höchstens 2 MiB. Sie wird in den Datenordner von Limber kopiert und unverändert gezeigt, nie gespiegelt.</translation>
    </message>
    <message>
        <source>No picture chosen yet.</source>
        <translation>Noch kein Bild gewählt.</translation>
    </message>
    <message>
        <source>The picture cannot be shown.</source>
        <translation>Das Bild kann nicht angezeigt werden.</translation>
    </message>
</context>
<context>
    <name>limber::StretchRowActions</name>
    <message>
        <source>Actions for %1</source>
        <translation>Aktionen für %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Duplicate as my own</source>
        <translation>Als eigene duplizieren</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
</context>
<context>
    <name>limber::StretchStore</name>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is the id of a built-in stretch; give the file another name</source>
        <translation>%1: „%2“ ist die ID einer eingebauten Dehnung; gib der Datei einen anderen Namen</translation>
    </message>
    <message>
        <source>%1: there is no stretch of yours with this id</source>
        <translation>%1: Es gibt keine eigene Dehnung mit dieser ID</translation>
    </message>
    <message>
        <source>%1: cannot be deleted: %2</source>
        <translation>%1: kann nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>image_type: must be &quot;png&quot;, &quot;jpeg&quot; or &quot;svg&quot;</source>
        <translation>image_type: muss &quot;png&quot;, &quot;jpeg&quot; oder &quot;svg&quot; sein</translation>
    </message>
    <message>
        <source>image_data: %1</source>
        <translation>image_data: %1</translation>
    </message>
    <message>
        <source>%1: the folder cannot be created</source>
        <translation>%1: Der Ordner kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>limber::SummaryPage</name>
    <message>
        <source>Time spent: %1</source>
        <translation>Dauer: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n stretch(es) done</source>
        <translation>
            <numerusform>%n Dehnung geschafft</numerusform>
            <numerusform>%n Dehnungen geschafft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;It hurts&quot; pressed %n time(s)</source>
        <translation>
            <numerusform>„Es tut weh“ %n-mal gedrückt</numerusform>
            <numerusform>„Es tut weh“ %n-mal gedrückt</numerusform>
        </translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>Gut gemacht!</translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation>Zusammenfassung der Einheit</translation>
    </message>
    <message>
        <source>Play again</source>
        <translation>Noch einmal</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Vorzeitig beendet</translation>
    </message>
    <message>
        <source>How is your back now?</source>
        <translation>Wie geht es deinem Rücken jetzt?</translation>
    </message>
    <message>
        <source>A note for this session (optional)</source>
        <translation>Eine Notiz zu dieser Einheit (optional)</translation>
    </message>
    <message>
        <source>Note for this session</source>
        <translation>Notiz zu dieser Einheit</translation>
    </message>
    <message>
        <source>Saved in your history.</source>
        <translation>In deinem Verlauf gespeichert.</translation>
    </message>
    <message>
        <source>Saved in your history, with your answers.</source>
        <translation>Mit deinen Antworten in deinem Verlauf gespeichert.</translation>
    </message>
    <message>
        <source>Not kept in your history: no stretch was held.</source>
        <translation>Nicht im Verlauf gespeichert: Es wurde keine Dehnung gehalten.</translation>
    </message>
    <message>
        <source>Could not save this session: %1</source>
        <translation>Diese Einheit konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>limber::TextListEditor</name>
    <message>
        <source>Move %1 up</source>
        <translation>%1 nach oben verschieben</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>%1 nach unten verschieben</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>limber::TextToSpeechSpeaker</name>
    <message>
        <source>The text-to-speech service did not start, so cues are not spoken. Install speech-dispatcher and espeak-ng for spoken cues.</source>
        <translation>Der Sprachausgabedienst ist nicht gestartet, daher werden Hinweise nicht angesagt. Installiere speech-dispatcher und espeak-ng für Sprachansagen.</translation>
    </message>
    <message>
        <source>The text-to-speech service stopped answering, so cues are not spoken. Restart Limber to try again.</source>
        <translation>Der Sprachausgabedienst antwortet nicht mehr, daher werden Hinweise nicht angesagt. Starte Limber neu, um es noch einmal zu versuchen.</translation>
    </message>
</context>
<context>
    <name>limber::TimingSettingsSection</name>
    <message>
        <source>Timing</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <source>Holds:</source>
        <translation>Haltezeiten:</translation>
    </message>
    <message>
        <source>Each stretch’s recommended hold</source>
        <translation>Empfohlene Haltezeit jeder Dehnung</translation>
    </message>
    <message>
        <source>Hold each stretch for its recommended time</source>
        <translation>Jede Dehnung so lange halten wie empfohlen</translation>
    </message>
    <message>
        <source>Each stretch is held as long as its instructions say</source>
        <translation>Jede Dehnung wird so lange gehalten, wie ihre Anleitung sagt</translation>
    </message>
    <message>
        <source>Same hold for every stretch:</source>
        <translation>Gleiche Haltezeit für alle Dehnungen:</translation>
    </message>
    <message>
        <source>Same hold for every stretch</source>
        <translation>Gleiche Haltezeit für alle Dehnungen</translation>
    </message>
    <message>
        <source>Every stretch is held this long, unless you set its own hold below</source>
        <translation>Jede Dehnung wird so lange gehalten, außer du legst unten eine eigene Haltezeit fest</translation>
    </message>
    <message>
        <source>Hold for every stretch</source>
        <translation>Haltezeit für alle Dehnungen</translation>
    </message>
    <message>
        <source>Get ready:</source>
        <translation>Vorbereitung:</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <source>Time to get into position before the first stretch</source>
        <translation>Zeit, um vor der ersten Dehnung in Position zu kommen</translation>
    </message>
    <message>
        <source>Rest between stretches:</source>
        <translation>Pause zwischen Dehnungen:</translation>
    </message>
    <message>
        <source>Rest between stretches</source>
        <translation>Pause zwischen Dehnungen</translation>
    </message>
    <message>
        <source>A pause between stretches, while the next one is shown</source>
        <translation>Eine Pause zwischen den Dehnungen, während die nächste angezeigt wird</translation>
    </message>
    <message>
        <source>Switch sides:</source>
        <translation>Seitenwechsel:</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Seitenwechsel</translation>
    </message>
    <message>
        <source>A pause between the two sides of a one-sided stretch</source>
        <translation>Eine Pause zwischen den beiden Seiten einer einseitigen Dehnung</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Warm-up:</source>
        <translation>Aufwärmen:</translation>
    </message>
    <message>
        <source>March in place first, for</source>
        <translation>Vorher auf der Stelle marschieren:</translation>
    </message>
    <message>
        <source>Warm up by marching in place</source>
        <translation>Mit Marschieren auf der Stelle aufwärmen</translation>
    </message>
    <message>
        <source>A gentle march before the first stretch warms up the hips and back</source>
        <translation>Lockeres Marschieren vor der ersten Dehnung wärmt Hüften und Rücken auf</translation>
    </message>
    <message>
        <source>Warm-up length</source>
        <translation>Dauer des Aufwärmens</translation>
    </message>
    <message>
        <source>Your hold for each stretch</source>
        <translation>Deine Haltezeit für jede Dehnung</translation>
    </message>
    <message>
        <source>Click a hold to set your own for that stretch; it comes before the holds above. One-sided stretches are held this long on each side.</source>
        <translation>Klicke auf eine Haltezeit, um deine eigene für diese Dehnung festzulegen; sie hat Vorrang vor den Haltezeiten oben. Einseitige Dehnungen werden auf jeder Seite so lange gehalten.</translation>
    </message>
</context>
<context>
    <name>limber::YoursBadge</name>
    <message>
        <source>A stretch you made</source>
        <translation>Eine Dehnung, die du erstellt hast</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Eigene</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>--size: must be a whole number of pixels from 16 to 4096</source>
        <translation>--size: muss eine ganze Zahl von Pixeln zwischen 16 und 4096 sein</translation>
    </message>
    <message>
        <source>%1 could not be read and was moved aside to %2:
%3</source>
        <translation>%1 konnte nicht gelesen werden und wurde nach %2 verschoben:
%3</translation>
    </message>
    <message>
        <source>Limber</source>
        <translation>Limber</translation>
    </message>
    <message>
        <source>Another Limber could not be reached (%1); starting anyway.</source>
        <translation>Eine andere Limber-Instanz war nicht erreichbar (%1); Limber startet trotzdem.</translation>
    </message>
    <message>
        <source>Run limber --help for the options.</source>
        <translation>Führe limber --help aus, um die Optionen zu sehen.</translation>
    </message>
    <message>
        <source>%1 could not be read, nor moved aside, so it was left as it is:
%2</source>
        <translation>%1 konnte weder gelesen noch verschoben werden und bleibt unverändert:
%2</translation>
    </message>
    <message>
        <source>Limber&apos;s window module could not be loaded, so Limber cannot start: %1</source>
        <translation>Das Fenstermodul von Limber konnte nicht geladen werden, daher kann Limber nicht starten: %1</translation>
    </message>
    <message>
        <source>Limber&apos;s files are incomplete: its window could not be loaded. Please reinstall Limber.</source>
        <translation>Die Dateien von Limber sind unvollständig: Sein Fenster konnte nicht geladen werden. Bitte installiere Limber neu.</translation>
    </message>
</context>
</TS>
