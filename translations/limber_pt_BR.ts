<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>BodyArea</name>
    <message>
        <source>Lower back</source>
        <translation>Lombar</translation>
    </message>
    <message>
        <source>Hips</source>
        <translation>Quadris</translation>
    </message>
    <message>
        <source>Glutes</source>
        <translation>Glúteos</translation>
    </message>
    <message>
        <source>Hamstrings</source>
        <translation>Posteriores da coxa</translation>
    </message>
    <message>
        <source>Hip flexors</source>
        <translation>Flexores do quadril</translation>
    </message>
    <message>
        <source>Groin</source>
        <translation>Virilha</translation>
    </message>
    <message>
        <source>Piriformis</source>
        <translation>Piriforme</translation>
    </message>
    <message>
        <source>Spine</source>
        <translation>Coluna</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Stretching should feel like a mild pull, not an intense strain. Stop at once if you feel sharp pain.</source>
        <translation>O alongamento deve causar uma leve tensão, não um esforço intenso. Pare imediatamente se sentir uma dor aguda.</translation>
    </message>
    <message>
        <source>Warm-up march</source>
        <translation>Marcha de aquecimento</translation>
    </message>
    <message>
        <source>Light marching in place to warm your muscles before you stretch.</source>
        <translation>Marcha leve no lugar para aquecer os músculos antes de alongar.</translation>
    </message>
    <message>
        <source>Stand tall with your feet hip-width apart.</source>
        <translation>Fique em pé, com a postura ereta e os pés afastados na largura do quadril.</translation>
    </message>
    <message>
        <source>March gently in place, lifting one knee and then the other.</source>
        <translation>Marche suavemente no lugar, elevando um joelho e depois o outro.</translation>
    </message>
    <message>
        <source>Lift your knees only as high as feels comfortable.</source>
        <translation>Eleve os joelhos só até onde for confortável.</translation>
    </message>
    <message>
        <source>Keep marching at a steady, easy pace, breathing deeply and evenly.</source>
        <translation>Continue marchando em ritmo constante e tranquilo, respirando de forma profunda e regular.</translation>
    </message>
    <message>
        <source>March at an easy pace: this is a warm-up, not a workout.</source>
        <translation>Marche em ritmo tranquilo: é um aquecimento, não um treino.</translation>
    </message>
    <message>
        <source>Hold onto the back of a chair if your balance is unsteady.</source>
        <translation>Apoie-se no encosto de uma cadeira se sentir instabilidade.</translation>
    </message>
    <message>
        <source>Knee to chest</source>
        <translation>Joelho ao peito</translation>
    </message>
    <message>
        <source>Releases tension in the lower back and gently stretches the glutes.</source>
        <translation>Alivia a tensão na lombar e alonga suavemente os glúteos.</translation>
    </message>
    <message>
        <source>Lie on your back.</source>
        <translation>Deite-se de barriga para cima.</translation>
    </message>
    <message>
        <source>Hold one knee with both hands and gently pull it toward your chest.</source>
        <translation>Segure um joelho com as duas mãos e puxe-o suavemente em direção ao peito.</translation>
    </message>
    <message>
        <source>Keep the other leg bent with the foot on the floor, or straight, whichever is comfortable.</source>
        <translation>Deixe a outra perna dobrada com o pé no chão ou estendida, como for mais confortável.</translation>
    </message>
    <message>
        <source>Hold, breathing slowly.</source>
        <translation>Mantenha a posição, respirando devagar.</translation>
    </message>
    <message>
        <source>Keep your head and lower back resting on the floor.</source>
        <translation>Mantenha a cabeça e a lombar apoiadas no chão.</translation>
    </message>
    <message>
        <source>If your knee is sensitive, hold behind the thigh instead of over the shin.</source>
        <translation>Se o joelho estiver sensível, segure por trás da coxa, e não na canela.</translation>
    </message>
    <message>
        <source>Both knees to chest</source>
        <translation>Joelhos ao peito</translation>
    </message>
    <message>
        <source>Eases tension in the lower back and loosens the hips.</source>
        <translation>Alivia a tensão na lombar e solta os quadris.</translation>
    </message>
    <message>
        <source>Lie flat on your back.</source>
        <translation>Deite-se de barriga para cima, com o corpo reto.</translation>
    </message>
    <message>
        <source>Bring both knees toward your chest at the same time.</source>
        <translation>Leve os dois joelhos em direção ao peito ao mesmo tempo.</translation>
    </message>
    <message>
        <source>Hold them with your hands and draw them in gently.</source>
        <translation>Segure-os com as mãos e puxe-os suavemente para perto do corpo.</translation>
    </message>
    <message>
        <source>If your knees are sensitive, hold behind the thighs instead of over the shins.</source>
        <translation>Se os joelhos estiverem sensíveis, segure por trás das coxas, e não nas canelas.</translation>
    </message>
    <message>
        <source>Knee rotations</source>
        <translation>Rotação de tronco deitado</translation>
    </message>
    <message>
        <source>Eases lower back and hip tension and loosens the pelvis.</source>
        <translation>Alivia a tensão na lombar e nos quadris e solta a pelve.</translation>
    </message>
    <message>
        <source>Lie on your back with your knees bent and feet flat on the floor.</source>
        <translation>Deite-se de barriga para cima, com os joelhos dobrados e os pés apoiados no chão.</translation>
    </message>
    <message>
        <source>Rest your arms out to the sides and keep your shoulders on the floor.</source>
        <translation>Abra os braços para os lados e mantenha os ombros no chão.</translation>
    </message>
    <message>
        <source>Keeping your knees together, slowly lower them to one side.</source>
        <translation>Com os joelhos juntos, leve-os devagar para um lado.</translation>
    </message>
    <message>
        <source>Bring them back through the middle and over to the other side.</source>
        <translation>Passe-os pelo centro e leve-os para o outro lado.</translation>
    </message>
    <message>
        <source>Keep rocking gently from side to side in a controlled motion, breathing slowly.</source>
        <translation>Continue balançando suavemente de um lado para o outro, com controle, respirando devagar.</translation>
    </message>
    <message>
        <source>Keep the movement small, within what feels comfortable.</source>
        <translation>Faça um movimento pequeno, dentro do que for confortável.</translation>
    </message>
    <message>
        <source>Move with control; don&apos;t let your knees drop or swing.</source>
        <translation>Mova-se com controle; não deixe os joelhos caírem nem balançarem soltos.</translation>
    </message>
    <message>
        <source>Child&apos;s pose</source>
        <translation>Postura da criança</translation>
    </message>
    <message>
        <source>A restful pose that gently stretches the lower back, hips and thighs.</source>
        <translation>Uma postura de descanso que alonga suavemente a lombar, os quadris e as coxas.</translation>
    </message>
    <message>
        <source>Start on your hands and knees.</source>
        <translation>Comece em quatro apoios, com as mãos e os joelhos no chão.</translation>
    </message>
    <message>
        <source>Slowly sit back toward your heels.</source>
        <translation>Sente-se devagar para trás, em direção aos calcanhares.</translation>
    </message>
    <message>
        <source>Extend your arms forward on the floor and let your forehead rest down.</source>
        <translation>Estenda os braços à frente no chão e deixe a testa descansar no chão.</translation>
    </message>
    <message>
        <source>Place a cushion under your knees if they are sensitive.</source>
        <translation>Coloque uma almofada sob os joelhos se eles estiverem sensíveis.</translation>
    </message>
    <message>
        <source>Sit back only as far as is comfortable; your hips don&apos;t need to reach your heels.</source>
        <translation>Vá para trás só até onde for confortável; o quadril não precisa chegar aos calcanhares.</translation>
    </message>
    <message>
        <source>Runner&apos;s lunge</source>
        <translation>Afundo do corredor</translation>
    </message>
    <message>
        <source>Stretches hip flexors and hamstrings to ease lower back stiffness.</source>
        <translation>Alonga os flexores do quadril e os posteriores da coxa para aliviar a rigidez na lombar.</translation>
    </message>
    <message>
        <source>Step one foot forward into a deep lunge, bending the front knee.</source>
        <translation>Dê um passo à frente com um pé e desça em um afundo profundo, dobrando o joelho da frente.</translation>
    </message>
    <message>
        <source>Keep the back leg straight with its heel off the floor.</source>
        <translation>Mantenha a perna de trás estendida, com o calcanhar elevado.</translation>
    </message>
    <message>
        <source>Rest your hands on the floor beside your front foot, or on your front thigh.</source>
        <translation>Apoie as mãos no chão ao lado do pé da frente ou sobre a coxa da frente.</translation>
    </message>
    <message>
        <source>Keep your front knee above your ankle, not past your toes.</source>
        <translation>Mantenha o joelho da frente sobre o tornozelo, sem passar da ponta dos pés.</translation>
    </message>
    <message>
        <source>Lower into the lunge only as deep as you can stay steady.</source>
        <translation>Desça no afundo só até onde conseguir manter a estabilidade.</translation>
    </message>
    <message>
        <source>Happy baby</source>
        <translation>Postura do bebê feliz</translation>
    </message>
    <message>
        <source>Gently stretches the lower back and piriformis and helps you relax.</source>
        <translation>Alonga suavemente a lombar e o piriforme e ajuda a relaxar.</translation>
    </message>
    <message>
        <source>Bend your knees toward your chest.</source>
        <translation>Dobre os joelhos em direção ao peito.</translation>
    </message>
    <message>
        <source>Grab the soles of your feet with your hands.</source>
        <translation>Segure a sola dos pés com as mãos.</translation>
    </message>
    <message>
        <source>Gently pull your knees toward your armpits.</source>
        <translation>Puxe suavemente os joelhos em direção às axilas.</translation>
    </message>
    <message>
        <source>If you can&apos;t reach your feet comfortably, hold your ankles or shins instead.</source>
        <translation>Se não alcançar os pés com conforto, segure os tornozelos ou as canelas.</translation>
    </message>
    <message>
        <source>Cat-cow</source>
        <translation>Gato-vaca</translation>
    </message>
    <message>
        <source>Gently mobilizes the spine to ease lower back tension.</source>
        <translation>Mobiliza suavemente a coluna para aliviar a tensão na lombar.</translation>
    </message>
    <message>
        <source>Start on all fours, wrists under your shoulders and knees under your hips.</source>
        <translation>Comece em quatro apoios, com os punhos abaixo dos ombros e os joelhos abaixo do quadril.</translation>
    </message>
    <message>
        <source>Cat: arch your back up toward the ceiling, letting your head relax down.</source>
        <translation>Gato: arredonde as costas em direção ao teto, deixando a cabeça relaxar para baixo.</translation>
    </message>
    <message>
        <source>Cow: dip your belly toward the floor while lifting your head and tailbone.</source>
        <translation>Vaca: deixe a barriga descer em direção ao chão enquanto eleva a cabeça e o cóccix.</translation>
    </message>
    <message>
        <source>Keep moving slowly between the two positions, breathing steadily.</source>
        <translation>Continue alternando devagar entre as duas posições, com a respiração regular.</translation>
    </message>
    <message>
        <source>Move slowly and don&apos;t push into pain at either end of the movement.</source>
        <translation>Mova-se devagar e não force até sentir dor em nenhum dos extremos do movimento.</translation>
    </message>
    <message>
        <source>Place a folded towel under your knees if kneeling is uncomfortable.</source>
        <translation>Coloque uma toalha dobrada sob os joelhos se for desconfortável ficar ajoelhado.</translation>
    </message>
    <message>
        <source>Butterfly stretch</source>
        <translation>Alongamento borboleta</translation>
    </message>
    <message>
        <source>Opens the hips and groin and eases tension in the lower back.</source>
        <translation>Abre os quadris e a virilha e alivia a tensão na lombar.</translation>
    </message>
    <message>
        <source>Sit with the soles of your feet together and your knees bent outward.</source>
        <translation>Sente-se com as solas dos pés unidas e os joelhos dobrados para fora.</translation>
    </message>
    <message>
        <source>Hold your feet or ankles with your hands.</source>
        <translation>Segure os pés ou os tornozelos com as mãos.</translation>
    </message>
    <message>
        <source>Gently press your knees toward the floor.</source>
        <translation>Pressione suavemente os joelhos em direção ao chão.</translation>
    </message>
    <message>
        <source>Lean forward slightly, keeping your back long.</source>
        <translation>Incline-se um pouco para a frente, mantendo as costas alongadas.</translation>
    </message>
    <message>
        <source>Never force your knees down; let them lower only as far as is comfortable.</source>
        <translation>Nunca force os joelhos para baixo; deixe-os descer só até onde for confortável.</translation>
    </message>
    <message>
        <source>Sit on a folded towel or cushion if it is hard to keep your back upright.</source>
        <translation>Sente-se sobre uma toalha dobrada ou uma almofada se for difícil manter as costas eretas.</translation>
    </message>
    <message>
        <source>Figure four</source>
        <translation>Alongamento do piriforme</translation>
    </message>
    <message>
        <source>Stretches the hips and lower back and releases tight glutes.</source>
        <translation>Alonga os quadris e a lombar e solta os glúteos tensos.</translation>
    </message>
    <message>
        <source>Cross one ankle over the opposite knee.</source>
        <translation>Cruze um tornozelo sobre o joelho oposto.</translation>
    </message>
    <message>
        <source>Hold the thigh of the supporting leg with both hands.</source>
        <translation>Segure a coxa da perna de apoio com as duas mãos.</translation>
    </message>
    <message>
        <source>Gently pull that thigh toward your chest.</source>
        <translation>Puxe essa coxa suavemente em direção ao peito.</translation>
    </message>
    <message>
        <source>Keep your head and shoulders resting on the floor.</source>
        <translation>Mantenha a cabeça e os ombros apoiados no chão.</translation>
    </message>
    <message>
        <source>If you can&apos;t reach the thigh comfortably, loop a towel around it.</source>
        <translation>Se não alcançar a coxa com conforto, passe uma toalha ao redor dela.</translation>
    </message>
    <message>
        <source>Seated spinal twist</source>
        <translation>Torção de coluna sentada</translation>
    </message>
    <message>
        <source>Relieves lower back tightness and improves spinal mobility.</source>
        <translation>Alivia a rigidez na lombar e melhora a mobilidade da coluna.</translation>
    </message>
    <message>
        <source>Sit on the floor with your legs extended.</source>
        <translation>Sente-se no chão com as pernas estendidas.</translation>
    </message>
    <message>
        <source>Bend one knee and cross that foot over the other leg, resting it flat on the floor.</source>
        <translation>Dobre um joelho e cruze esse pé por cima da outra perna, apoiando a planta do pé no chão.</translation>
    </message>
    <message>
        <source>Sit tall and slowly twist your torso toward the bent knee.</source>
        <translation>Sente-se com a coluna ereta e gire devagar o tronco em direção ao joelho dobrado.</translation>
    </message>
    <message>
        <source>Use your opposite arm against the bent knee to gently deepen the stretch.</source>
        <translation>Apoie o braço oposto no joelho dobrado para aprofundar suavemente o alongamento.</translation>
    </message>
    <message>
        <source>Twist from the middle of your back and keep your spine long.</source>
        <translation>Gire a partir do meio das costas e mantenha a coluna alongada.</translation>
    </message>
    <message>
        <source>Use your arm only to guide the twist, never to force it.</source>
        <translation>Use o braço apenas para guiar a torção, nunca para forçá-la.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Mostra esta ajuda e sai.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Mostra a versão e sai.</translation>
    </message>
    <message>
        <source>List the built-in stretches (tab-separated) and exit.</source>
        <translation>Lista os alongamentos incluídos (separados por tabulação) e sai.</translation>
    </message>
    <message>
        <source>Check a routine file; exit 0 when valid, 2 when not (reasons on stderr).</source>
        <translation>Verifica um arquivo de rotina; sai com 0 se for válido e 2 se não for (motivos em stderr).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Print the timeline of ROUTINE (tab-separated) and exit.</source>
        <translation>Mostra a sequência de ROUTINE (separada por tabulação) e sai.</translation>
    </message>
    <message>
        <source>Write every stretch&apos;s illustrations as PNG files into DIR and exit.</source>
        <translation>Grava as ilustrações de todos os alongamentos como arquivos PNG em DIR e sai.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Add the routine in FILE to the saved routines (its name made unique) and exit.</source>
        <translation>Adiciona a rotina de FILE às rotinas salvas (com um nome único) e sai.</translation>
    </message>
    <message>
        <source>Write ROUTINE, every timing written out, to the file given as the argument (--export ROUTINE FILE) and exit.</source>
        <translation>Grava ROUTINE, com todos os tempos explícitos, no arquivo passado como argumento (--export ROUTINE FILE) e sai.</translation>
    </message>
    <message>
        <source>ROUTINE</source>
        <translation>ROUTINE</translation>
    </message>
    <message>
        <source>Size of the rendered illustrations in pixels (512).</source>
        <translation>Tamanho das ilustrações geradas, em pixels (512).</translation>
    </message>
    <message>
        <source>PX</source>
        <translation>PX</translation>
    </message>
    <message>
        <source>The routine: a built-in id, a saved routine&apos;s name or a routine file.</source>
        <translation>A rotina: um id incluído, o nome de uma rotina salva ou um arquivo de rotina.</translation>
    </message>
    <message>
        <source>Start playing the routine at once.</source>
        <translation>Começa a rotina imediatamente.</translation>
    </message>
    <message>
        <source>Use this language instead of the system&apos;s.</source>
        <translation>Usa este idioma em vez do idioma do sistema.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Limber plays timed stretching routines for the lower back and hips.</source>
        <translation>O Limber conduz rotinas de alongamento cronometradas para a lombar e os quadris.</translation>
    </message>
    <message>
        <source>Same as --routine ROUTINE; with --export, the FILE to write.</source>
        <translation>O mesmo que --routine ROUTINE; com --export, o FILE a ser gravado.</translation>
    </message>
    <message>
        <source>[ROUTINE]</source>
        <translation>[ROUTINE]</translation>
    </message>
    <message>
        <source>--export: needs ROUTINE and FILE</source>
        <translation>--export: requer ROUTINE e FILE</translation>
    </message>
    <message>
        <source>Only one ROUTINE may be given, not %1.</source>
        <translation>Só é possível indicar uma ROUTINE, não %1.</translation>
    </message>
    <message>
        <source>Start in the tray for the reminders, without opening the window.</source>
        <translation>Inicia na bandeja do sistema para os lembretes, sem abrir a janela.</translation>
    </message>
    <message>
        <source>Write a printable handout of ROUTINE as a PDF to the file given as the argument (--export-pdf ROUTINE FILE) and exit.</source>
        <translation>Grava uma ficha para impressão de ROUTINE em PDF no arquivo passado como argumento (--export-pdf ROUTINE FILE) e sai.</translation>
    </message>
    <message>
        <source>Paper for --export-pdf: a4 or letter (the system&apos;s paper when not given).</source>
        <translation>Papel para --export-pdf: a4 ou letter (se não for indicado, o papel do sistema).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>SIZE</translation>
    </message>
    <message>
        <source>--export-pdf: needs ROUTINE and FILE</source>
        <translation>--export-pdf: requer ROUTINE e FILE</translation>
    </message>
    <message>
        <source>Print the practice history (tab-separated, oldest first) and exit.</source>
        <translation>Mostra o histórico de prática (separado por tabulação, do mais antigo ao mais recente) e sai.</translation>
    </message>
    <message>
        <source>With --history: only sessions from this day on.</source>
        <translation>Com --history: só as sessões a partir deste dia.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Write the practice history as CSV (for a spreadsheet) to FILE and exit.</source>
        <translation>Grava o histórico de prática em CSV (para planilha) em FILE e sai.</translation>
    </message>
    <message>
        <source>--since: only with --history</source>
        <translation>--since: só junto com --history</translation>
    </message>
    <message>
        <source>Keep routines, stretches, history and preferences in DIR, for this run only.</source>
        <translation>Guardar rotinas, alongamentos, histórico e preferências em DIR, só nesta execução.</translation>
    </message>
</context>
<context>
    <name>CueSpeech</name>
    <message numerus="yes">
        <source>%1, left side, move slowly, %n seconds</source>
        <translation>
            <numerusform>%1, lado esquerdo, movimente-se devagar, %n segundo</numerusform>
            <numerusform>%1, lado esquerdo, movimente-se devagar, %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, right side, move slowly, %n seconds</source>
        <translation>
            <numerusform>%1, lado direito, movimente-se devagar, %n segundo</numerusform>
            <numerusform>%1, lado direito, movimente-se devagar, %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, move slowly, %n seconds</source>
        <translation>
            <numerusform>%1, movimente-se devagar, %n segundo</numerusform>
            <numerusform>%1, movimente-se devagar, %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, left side, %n seconds</source>
        <translation>
            <numerusform>%1, lado esquerdo, %n segundo</numerusform>
            <numerusform>%1, lado esquerdo, %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, right side, %n seconds</source>
        <translation>
            <numerusform>%1, lado direito, %n segundo</numerusform>
            <numerusform>%1, lado direito, %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n seconds</source>
        <translation>
            <numerusform>%1, %n segundo</numerusform>
            <numerusform>%1, %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: %1, left side</source>
        <translation>A seguir: %1, lado esquerdo</translation>
    </message>
    <message>
        <source>Next: %1, right side</source>
        <translation>A seguir: %1, lado direito</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>A seguir: %1</translation>
    </message>
    <message>
        <source>Halfway</source>
        <translation>Metade do tempo</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Troque de lado</translation>
    </message>
    <message>
        <source>Routine complete. Well done.</source>
        <translation>Rotina concluída. Muito bem.</translation>
    </message>
    <message>
        <source>Warm-up: march gently in place</source>
        <translation>Aquecimento: marche suavemente no lugar</translation>
    </message>
</context>
<context>
    <name>DataFolderMerge</name>
    <message>
        <source>Limber cannot read %1: %2</source>
        <translation>O Limber não consegue ler %1: %2</translation>
    </message>
</context>
<context>
    <name>DataFolderMove</name>
    <message>
        <source>Your data is already kept in %1</source>
        <translation>Seus dados já estão em %1</translation>
    </message>
    <message>
        <source>Limber could not undo everything in %1:
%2</source>
        <translation>O Limber não conseguiu desfazer tudo em %1:
%2</translation>
    </message>
    <message>
        <source>Your routines, stretches and history are now kept in %1. Limber no longer uses %2 and left it as it was: once you have checked that everything is there, you can delete it.</source>
        <translation>Suas rotinas, alongamentos e histórico agora ficam em %1. O Limber não usa mais %2 e o deixou como estava: depois de conferir que está tudo lá, você pode excluí-lo.</translation>
    </message>
    <message>
        <source>There is not enough space in %1: %2 needed, %3 free</source>
        <translation>Não há espaço suficiente em %1: são necessários %2, há %3 livres</translation>
    </message>
</context>
<context>
    <name>DataLocationMigration</name>
    <message>
        <source>%1 cannot be read</source>
        <translation>Não é possível ler %1</translation>
    </message>
    <message>
        <source>Limber cannot write %1</source>
        <translation>O Limber não consegue gravar %1</translation>
    </message>
    <message>
        <source>Limber moved %1 to %2.</source>
        <translation>O Limber moveu %1 para %2.</translation>
    </message>
    <message>
        <source>Limber could not move %1 to %2: %3. It is still where it was.</source>
        <translation>O Limber não conseguiu mover %1 para %2: %3. Continua onde estava.</translation>
    </message>
    <message>
        <source>Limber could not remove everything in %1; what is left there is a copy and can be deleted.</source>
        <translation>O Limber não conseguiu remover tudo em %1; o que ficou ali é uma cópia e pode ser excluído.</translation>
    </message>
</context>
<context>
    <name>DayText</name>
    <message>
        <source>ddd d MMM</source>
        <extracomment>A recent day in a sentence, &quot;Tue 1 Dec&quot; (QDate format: ddd weekday, MMM month)</extracomment>
        <translation>ddd, d &apos;de&apos; MMM</translation>
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
        <translation>O Limber não consegue gravar em %1: %2</translation>
    </message>
    <message>
        <source>Limber cannot create the folder %1</source>
        <translation>O Limber não consegue criar a pasta %1</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 é um arquivo, não uma pasta</translation>
    </message>
    <message>
        <source>Limber cannot read %1 before replacing it</source>
        <translation>O Limber não consegue ler %1 antes de substituí-lo</translation>
    </message>
    <message>
        <source>Limber cannot write %1: %2</source>
        <translation>O Limber não consegue gravar %1: %2</translation>
    </message>
    <message>
        <source>Limber cannot read back %1 after writing it</source>
        <translation>O Limber não consegue reler %1 depois de gravá-lo</translation>
    </message>
    <message>
        <source>%1 does not hold what Limber wrote there (it read back %2 bytes, not %3)</source>
        <translation>%1 não contém o que o Limber gravou ali (foram lidos %2 bytes, não %3)</translation>
    </message>
    <message>
        <source>%1 could not be removed: %2</source>
        <translation>Não foi possível remover %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be put back: %2</source>
        <translation>Não foi possível restaurar %1: %2</translation>
    </message>
    <message>
        <source>the folder %1 could not be removed</source>
        <translation>não foi possível remover a pasta %1</translation>
    </message>
</context>
<context>
    <name>Guidelines</name>
    <message>
        <source>Warm up first</source>
        <translation>Aqueça-se primeiro</translation>
    </message>
    <message>
        <source>Walk or march gently in place for a few minutes before you stretch. Warm muscles stretch with less risk of strain.</source>
        <translation>Caminhe ou marche suavemente no lugar por alguns minutos antes de alongar. Músculos aquecidos se alongam com menos risco de distensão.</translation>
    </message>
    <message>
        <source>Go slow and steady</source>
        <translation>Devagar e sempre</translation>
    </message>
    <message>
        <source>Move into each stretch slowly and ease in gently. Never force your body into a position that hurts.</source>
        <translation>Entre em cada alongamento devagar e com suavidade. Nunca force o corpo a uma posição que cause dor.</translation>
    </message>
    <message>
        <source>Focus on your breathing</source>
        <translation>Preste atenção à respiração</translation>
    </message>
    <message>
        <source>Breathe in deeply and breathe out fully. Breathing comes before stretching further.</source>
        <translation>Inspire profundamente e expire por completo. A respiração vem antes de alongar mais.</translation>
    </message>
    <message>
        <source>Hold, don&apos;t bounce</source>
        <translation>Mantenha, sem balançar</translation>
    </message>
    <message>
        <source>Hold each stretch still for 20 to 30 seconds. Bouncing tightens muscles instead of loosening them.</source>
        <translation>Mantenha cada alongamento parado por 20 a 30 segundos. Movimentos de balanço contraem os músculos em vez de relaxá-los.</translation>
    </message>
    <message>
        <source>Listen to your body</source>
        <translation>Escute o seu corpo</translation>
    </message>
    <message>
        <source>A stretch should feel like a mild pull, not an intense strain. Stop at once if you feel sharp or intense pain.</source>
        <translation>O alongamento deve causar uma leve tensão, não um esforço intenso. Pare imediatamente se sentir dor aguda ou intensa.</translation>
    </message>
    <message>
        <source>Be consistent</source>
        <translation>Seja constante</translation>
    </message>
    <message>
        <source>A few minutes every day does more than a long session now and then, and helps keep the pain from coming back.</source>
        <translation>Alguns minutos todos os dias fazem mais do que uma sessão longa de vez em quando, e ajudam a evitar que a dor volte.</translation>
    </message>
    <message>
        <source>Limber is not medical advice. If your back or hip pain persists, gets worse, or comes with numbness or weakness, see a doctor or physiotherapist.</source>
        <translation>O Limber não substitui orientação médica. Se a dor nas costas ou no quadril persistir, piorar ou vier acompanhada de dormência ou fraqueza, procure um médico ou fisioterapeuta.</translation>
    </message>
</context>
<context>
    <name>HandoutActions</name>
    <message>
        <source>Save Handout as PDF</source>
        <translation>Salvar ficha em PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Handout Not Saved</source>
        <translation>Ficha não salva</translation>
    </message>
    <message>
        <source>Print Handout</source>
        <translation>Imprimir ficha</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Salvar em PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save a printable handout of this routine</source>
        <translation>Salvar uma ficha desta rotina para impressão</translation>
    </message>
    <message>
        <source>Print a handout of this routine</source>
        <translation>Imprimir uma ficha desta rotina</translation>
    </message>
</context>
<context>
    <name>HandoutContent</name>
    <message>
        <source>Move slowly for %1 s</source>
        <translation>Movimente-se devagar por %1 s</translation>
    </message>
    <message>
        <source>Hold %1 s</source>
        <translation>Mantenha %1 s</translation>
    </message>
    <message>
        <source>Move slowly for %1 s, left side only</source>
        <translation>Movimente-se devagar por %1 s, só do lado esquerdo</translation>
    </message>
    <message>
        <source>Hold %1 s, left side only</source>
        <translation>Mantenha %1 s, só do lado esquerdo</translation>
    </message>
    <message>
        <source>Move slowly for %1 s, right side only</source>
        <translation>Movimente-se devagar por %1 s, só do lado direito</translation>
    </message>
    <message>
        <source>Hold %1 s, right side only</source>
        <translation>Mantenha %1 s, só do lado direito</translation>
    </message>
    <message>
        <source>Move slowly for %1 s each side</source>
        <translation>Movimente-se devagar por %1 s de cada lado</translation>
    </message>
    <message>
        <source>Hold %1 s each side</source>
        <translation>Mantenha %1 s de cada lado</translation>
    </message>
    <message>
        <source>Repeat: %1 times</source>
        <translation>Repetir: %1 vezes</translation>
    </message>
    <message>
        <source>The picture shows the left side; mirror it for the right.</source>
        <translation>A imagem mostra o lado esquerdo; para o direito, faça o movimento espelhado.</translation>
    </message>
    <message>
        <source>Total time %1 · made on %2</source>
        <translation>Tempo total %1 · criada em %2</translation>
    </message>
    <message>
        <source>Stretching safely</source>
        <translation>Alongar com segurança</translation>
    </message>
    <message>
        <source>This week: tick each day you did the routine</source>
        <translation>Nesta semana: marque cada dia em que fez a rotina</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Feito</translation>
    </message>
    <message>
        <source>This week: tick each stretch you did</source>
        <translation>Nesta semana: marque cada alongamento que fez</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Alongamento</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>This handout is general guidance, not a substitute for advice from your doctor or physiotherapist. Stop any stretch that causes sharp pain.</source>
        <translation>Esta ficha traz orientações gerais e não substitui a orientação do seu médico ou fisioterapeuta. Interrompa qualquer alongamento que cause dor aguda.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Missing stretch</source>
        <translation>Alongamento ausente</translation>
    </message>
</context>
<context>
    <name>HandoutRenderer</name>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: não é possível gravar: %2</translation>
    </message>
</context>
<context>
    <name>HeadlessCommands</name>
    <message numerus="yes">
        <source>%1: valid routine &quot;%2&quot;, %n stretch(es)</source>
        <translation>
            <numerusform>%1: rotina válida “%2”, %n alongamento</numerusform>
            <numerusform>%1: rotina válida “%2”, %n alongamentos</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot; as %2</source>
        <translation>“%1” importada como %2</translation>
    </message>
    <message>
        <source>Exported &quot;%1&quot; to %2</source>
        <translation>“%1” exportada para %2</translation>
    </message>
    <message>
        <source>--paper: must be a4 or letter, not &quot;%1&quot;</source>
        <translation>--paper: deve ser a4 ou letter, não “%1”</translation>
    </message>
    <message>
        <source>Handout of &quot;%1&quot; written to %2</source>
        <translation>Ficha de “%1” gravada em %2</translation>
    </message>
</context>
<context>
    <name>HistoryCommands</name>
    <message>
        <source>--since: &quot;%1&quot; is not a date written as YYYY-MM-DD</source>
        <translation>--since: “%1” não é uma data no formato YYYY-MM-DD</translation>
    </message>
    <message>
        <source>%1: could not be written: %2</source>
        <translation>%1: não foi possível gravar: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n session(s) to %1</source>
        <translation>
            <numerusform>%n sessão gravada em %1</numerusform>
            <numerusform>%n sessões gravadas em %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryFile</name>
    <message>
        <source>the last line is incomplete (a write was cut off); it was skipped</source>
        <translation>a última linha está incompleta (uma gravação foi interrompida); ela foi ignorada</translation>
    </message>
    <message>
        <source>the line is incomplete (a write was cut off); it was skipped</source>
        <translation>a linha está incompleta (uma gravação foi interrompida); ela foi ignorada</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>não é possível abrir: %1</translation>
    </message>
    <message>
        <source>is larger than %1 MiB; it was not read</source>
        <translation>tem mais de %1 MiB; não foi lido</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>não é possível ler: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more line(s) could not be read either</source>
        <translation>
            <numerusform>também não foi possível ler mais %n linha</numerusform>
            <numerusform>também não foi possível ler mais %n linhas</numerusform>
        </translation>
    </message>
    <message>
        <source>the session is too large to store (%1 bytes; a line holds at most %2 KiB)</source>
        <translation>a sessão é grande demais para ser guardada (%1 bytes; uma linha comporta no máximo %2 KiB)</translation>
    </message>
    <message>
        <source>cannot be stored: %1</source>
        <translation>não é possível guardar: %1</translation>
    </message>
    <message>
        <source>cannot be written: its folder cannot be made</source>
        <translation>não é possível gravar: não foi possível criar a pasta</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>não é possível gravar: %1</translation>
    </message>
    <message>
        <source>cannot be written to the disk: %1</source>
        <translation>não é possível gravar no disco: %1</translation>
    </message>
</context>
<context>
    <name>HistoryLine</name>
    <message>
        <source>is not a known field</source>
        <translation>não é um campo conhecido</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>está faltando</translation>
    </message>
    <message>
        <source>must be text of %1 to %2 characters</source>
        <translation>deve ser um texto de %1 a %2 caracteres</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>deve ser um número inteiro de %1 a %2</translation>
    </message>
    <message>
        <source>must be a date and time with its offset from UTC, such as &quot;2026-12-01T18:05:00+01:00&quot;</source>
        <translation>deve ser uma data e hora com a diferença em relação ao UTC, como &quot;2026-12-01T18:05:00+01:00&quot;</translation>
    </message>
    <message>
        <source>is missing; a history line starts with &quot;format&quot;: &quot;limber-session&quot;</source>
        <translation>está faltando; uma linha do histórico começa com &quot;format&quot;: &quot;limber-session&quot;</translation>
    </message>
    <message>
        <source>must be &quot;limber-session&quot;</source>
        <translation>deve ser &quot;limber-session&quot;</translation>
    </message>
    <message>
        <source>version %1 is newer than this Limber reads (version %2); a newer Limber wrote it</source>
        <translation>a versão %1 é mais nova do que esta versão do Limber lê (versão %2); foi gravada por um Limber mais novo</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>deve ser %1</translation>
    </message>
    <message>
        <source>must be an object such as {&quot;stretch&quot;: &quot;cat-cow&quot;, &quot;outcome&quot;: &quot;done&quot;, ...}</source>
        <translation>deve ser um objeto como {&quot;stretch&quot;: &quot;cat-cow&quot;, &quot;outcome&quot;: &quot;done&quot;, ...}</translation>
    </message>
    <message>
        <source>must be &quot;left&quot; or &quot;right&quot;; left out for a stretch without sides</source>
        <translation>deve ser &quot;left&quot; ou &quot;right&quot;; é omitido em alongamentos sem lados</translation>
    </message>
    <message>
        <source>must be &quot;done&quot;, &quot;skipped&quot; or &quot;hurt&quot;</source>
        <translation>deve ser &quot;done&quot;, &quot;skipped&quot; ou &quot;hurt&quot;</translation>
    </message>
    <message>
        <source>must not be before started</source>
        <translation>não pode ser anterior a started</translation>
    </message>
    <message>
        <source>must be a list of holds</source>
        <translation>deve ser uma lista de permanências</translation>
    </message>
    <message>
        <source>must list at most %1 holds (it lists %2)</source>
        <translation>deve listar no máximo %1 permanências (lista %2)</translation>
    </message>
    <message>
        <source>is longer than %1 KiB; a history line is much shorter</source>
        <translation>tem mais de %1 KiB; uma linha do histórico é bem mais curta</translation>
    </message>
    <message>
        <source>is not valid JSON: a NUL byte at byte %1</source>
        <translation>não é um JSON válido: um byte NUL no byte %1</translation>
    </message>
    <message>
        <source>is not valid JSON: %1 at byte %2</source>
        <translation>não é um JSON válido: %1 no byte %2</translation>
    </message>
    <message>
        <source>must be a JSON object ({ ... })</source>
        <translation>deve ser um objeto JSON ({ ... })</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <source>Started</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rotina</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Feitos</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Pulados</translation>
    </message>
    <message>
        <source>Hurt</source>
        <translation>Com dor</translation>
    </message>
    <message>
        <source>Pain before</source>
        <translation>Dor antes</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>Dor depois</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
</context>
<context>
    <name>IllustrationExport</name>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: não é possível criar a pasta</translation>
    </message>
    <message>
        <source>%1: cannot be written</source>
        <translation>%1: não é possível gravar</translation>
    </message>
    <message numerus="yes">
        <source>%n illustration(s) written to %1</source>
        <translation>
            <numerusform>%n ilustração gravada em %1</numerusform>
            <numerusform>%n ilustrações gravadas em %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the picture of &quot;%2&quot; cannot be read; skipped</source>
        <translation>%1: não é possível ler a imagem de &quot;%2&quot;; ignorada</translation>
    </message>
</context>
<context>
    <name>IllustrationJson</name>
    <message>
        <source>body parts</source>
        <translation>partes do corpo</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>deve ser %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>lists &quot;%1&quot; a second time</source>
        <translation>lista &quot;%1&quot; uma segunda vez</translation>
    </message>
    <message>
        <source>must be [x, y] with each from -%1 to %1</source>
        <translation>deve ser [x, y], cada um de -%1 a %1</translation>
    </message>
    <message>
        <source>arrows</source>
        <translation>setas</translation>
    </message>
    <message>
        <source>must be a list of poses</source>
        <translation>deve ser uma lista de posturas</translation>
    </message>
    <message>
        <source>a held figure has 2 keyframes, the start and the held pose (it lists %1)</source>
        <translation>uma figura mantida tem 2 quadros-chave, o início e a postura mantida (lista %1)</translation>
    </message>
    <message>
        <source>a flowing figure has 2 to %1 keyframes (it lists %2)</source>
        <translation>uma figura em movimento tem de 2 a %1 quadros-chave (lista %2)</translation>
    </message>
    <message>
        <source>must be the view of the first keyframe (%1)</source>
        <translation>deve ser a vista do primeiro quadro-chave (%1)</translation>
    </message>
</context>
<context>
    <name>JsonFieldReader</name>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>deve ser um número inteiro de %1 a %2</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation>deve ser um número de %1 a %2</translation>
    </message>
    <message>
        <source>must be a number above 0 and at most %1</source>
        <translation>deve ser um número maior que 0 e no máximo %1</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>deve ser true ou false</translation>
    </message>
    <message>
        <source>must be text of at most %1 characters</source>
        <translation>deve ser um texto de no máximo %1 caracteres</translation>
    </message>
    <message>
        <source>must be text of %1 to %2 characters</source>
        <translation>deve ser um texto de %1 a %2 caracteres</translation>
    </message>
    <message>
        <source>must be an object such as %1</source>
        <translation>deve ser um objeto como %1</translation>
    </message>
    <message>
        <source>must be a list of %1</source>
        <translation>deve ser uma lista de %1</translation>
    </message>
    <message>
        <source>must list from %1 to %2 %3 (it lists %4)</source>
        <translation>deve listar de %1 a %2 %3 (lista %4)</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>está faltando</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>não é um campo conhecido</translation>
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
        <translation>Janela</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Praticar</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Rotinas</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Stretch editor</source>
        <translation>Editor de alongamento</translation>
    </message>
    <message>
        <source>Show this list of keyboard shortcuts</source>
        <translation>Mostrar esta lista de atalhos de teclado</translation>
    </message>
    <message>
        <source>Start, pause or resume (or press the focused button)</source>
        <translation>Iniciar, pausar ou retomar (ou acionar o botão em foco)</translation>
    </message>
    <message>
        <source>Next stretch or side</source>
        <translation>Próximo alongamento ou lado</translation>
    </message>
    <message>
        <source>Previous stretch or side</source>
        <translation>Alongamento ou lado anterior</translation>
    </message>
    <message>
        <source>Hold 10 seconds longer</source>
        <translation>Manter 10 segundos a mais</translation>
    </message>
    <message>
        <source>Stop the routine, or leave the summary</source>
        <translation>Parar a rotina ou sair do resumo</translation>
    </message>
    <message>
        <source>Full screen (floor view) on or off</source>
        <translation>Tela cheia (visão do chão) ligada ou desligada</translation>
    </message>
    <message>
        <source>It hurts: pause at once and choose how to go on</source>
        <translation>Está doendo: pausar na hora e escolher como continuar</translation>
    </message>
    <message>
        <source>Sound and voice off or on</source>
        <translation>Som e voz ligados ou desligados</translation>
    </message>
    <message>
        <source>Search the stretches</source>
        <translation>Pesquisar alongamentos</translation>
    </message>
    <message>
        <source>Back from a stretch to the list</source>
        <translation>Voltar de um alongamento para a lista</translation>
    </message>
    <message>
        <source>Actions for the selected stretch</source>
        <translation>Ações para o alongamento selecionado</translation>
    </message>
    <message>
        <source>Delete the selected stretch of your own</source>
        <translation>Excluir o alongamento próprio selecionado</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Nova rotina</translation>
    </message>
    <message>
        <source>Import a routine file</source>
        <translation>Importar um arquivo de rotina</translation>
    </message>
    <message>
        <source>Duplicate the selected routine</source>
        <translation>Duplicar a rotina selecionada</translation>
    </message>
    <message>
        <source>Export the selected routine</source>
        <translation>Exportar a rotina selecionada</translation>
    </message>
    <message>
        <source>Rename the selected routine</source>
        <translation>Renomear a rotina selecionada</translation>
    </message>
    <message>
        <source>Delete the selected routine (in the list)</source>
        <translation>Excluir a rotina selecionada (na lista)</translation>
    </message>
    <message>
        <source>Save the routine</source>
        <translation>Salvar a rotina</translation>
    </message>
    <message>
        <source>Move the selected step up or down</source>
        <translation>Mover a etapa selecionada para cima ou para baixo</translation>
    </message>
    <message>
        <source>Remove the selected step (in the steps)</source>
        <translation>Remover a etapa selecionada (nas etapas)</translation>
    </message>
    <message>
        <source>Undo deleting a session</source>
        <translation>Desfazer a exclusão de uma sessão</translation>
    </message>
    <message>
        <source>Redo deleting a session</source>
        <translation>Refazer a exclusão de uma sessão</translation>
    </message>
    <message>
        <source>Delete the selected session</source>
        <translation>Excluir a sessão selecionada</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <source>Move the selected joint of the figure</source>
        <translation>Mover a articulação selecionada da figura</translation>
    </message>
</context>
<context>
    <name>LibraryMerge</name>
    <message>
        <source>Limber cannot read %1: %2</source>
        <translation>O Limber não consegue ler %1: %2</translation>
    </message>
</context>
<context>
    <name>MessageBoxIcon</name>
    <message>
        <source>Information</source>
        <translation>Informação</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pergunta</translation>
    </message>
</context>
<context>
    <name>PictureFile</name>
    <message>
        <source>%1: the file does not exist.</source>
        <translation>%1: o arquivo não existe.</translation>
    </message>
    <message>
        <source>%1: not a file.</source>
        <translation>%1: não é um arquivo.</translation>
    </message>
    <message>
        <source>%1: the file cannot be read.</source>
        <translation>%1: não é possível ler o arquivo.</translation>
    </message>
    <message>
        <source>%1: the picture is %2 MiB; the most is %3 MiB.</source>
        <translation>%1: a imagem tem %2 MiB; o máximo é %3 MiB.</translation>
    </message>
    <message>
        <source>%1: the file is empty.</source>
        <translation>%1: o arquivo está vazio.</translation>
    </message>
    <message>
        <source>%1: not a PNG, JPEG or SVG picture.</source>
        <translation>%1: não é uma imagem PNG, JPEG ou SVG.</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Imagens (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
</context>
<context>
    <name>PoseCanvas</name>
    <message>
        <source>Head</source>
        <translation>Cabeça</translation>
    </message>
    <message>
        <source>Shoulders</source>
        <translation>Ombros</translation>
    </message>
    <message>
        <source>Near elbow</source>
        <translation>Cotovelo próximo</translation>
    </message>
    <message>
        <source>Near hand</source>
        <translation>Mão próxima</translation>
    </message>
    <message>
        <source>Far elbow</source>
        <translation>Cotovelo distante</translation>
    </message>
    <message>
        <source>Far hand</source>
        <translation>Mão distante</translation>
    </message>
    <message>
        <source>Near knee</source>
        <translation>Joelho próximo</translation>
    </message>
    <message>
        <source>Near foot</source>
        <translation>Pé próximo</translation>
    </message>
    <message>
        <source>Far knee</source>
        <translation>Joelho distante</translation>
    </message>
    <message>
        <source>Far foot</source>
        <translation>Pé distante</translation>
    </message>
</context>
<context>
    <name>PoseJson</name>
    <message>
        <source>must be a part of the body: %1</source>
        <translation>deve ser uma parte do corpo: %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>is only for a contact with a part of the body</source>
        <translation>só vale para um contato com uma parte do corpo</translation>
    </message>
    <message>
        <source>must be &quot;floor&quot; or a part of the body: %1</source>
        <translation>deve ser &quot;floor&quot; ou uma parte do corpo: %1</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>está faltando</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contatos</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>deve ser %1</translation>
    </message>
    <message>
        <source>is not a pose a body can take: %1</source>
        <translation>não é uma postura que um corpo consiga fazer: %1</translation>
    </message>
</context>
<context>
    <name>PreferencesFile</name>
    <message>
        <source>must be a date and time in UTC, as &quot;2026-12-04T18:00:00.000Z&quot;</source>
        <translation>deve ser uma data e hora em UTC, como &quot;2026-12-04T18:00:00.000Z&quot;</translation>
    </message>
    <message>
        <source>is missing; a preferences file starts with &quot;format&quot;: &quot;limber-preferences&quot;</source>
        <translation>está faltando; um arquivo de preferências começa com &quot;format&quot;: &quot;limber-preferences&quot;</translation>
    </message>
    <message>
        <source>must be &quot;limber-preferences&quot;</source>
        <translation>deve ser &quot;limber-preferences&quot;</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>está faltando</translation>
    </message>
    <message>
        <source>unsupported version %1; this Limber reads version %2</source>
        <translation>versão %1 não suportada; este Limber lê a versão %2</translation>
    </message>
    <message>
        <source>(not a number)</source>
        <translation>(não é um número)</translation>
    </message>
    <message>
        <source>is larger than 1 MiB; a preferences file is much smaller</source>
        <translation>tem mais de 1 MiB; um arquivo de preferências é bem menor</translation>
    </message>
    <message>
        <source>is not valid JSON: a NUL byte at byte %1</source>
        <translation>não é JSON válido: um byte NUL no byte %1</translation>
    </message>
    <message>
        <source>is empty; a preferences file holds a JSON object</source>
        <translation>está vazio; um arquivo de preferências contém um objeto JSON</translation>
    </message>
    <message>
        <source>is not valid JSON: %1 at byte %2</source>
        <translation>não é JSON válido: %1 no byte %2</translation>
    </message>
    <message>
        <source>must hold a JSON object ({ ... }) at the top level</source>
        <translation>deve conter um objeto JSON ({ ... }) no nível mais alto</translation>
    </message>
    <message>
        <source>must be named by 1 to %1 characters</source>
        <translation>deve ter um nome de 1 a %1 caracteres</translation>
    </message>
    <message>
        <source>must name a stretch id (only a-z, 0-9 and -) after &quot;%1&quot;</source>
        <translation>deve indicar um id de alongamento (só a-z, 0-9 e -) depois de &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must hold at most %1 values (it holds %2)</source>
        <translation>deve conter no máximo %1 valores (contém %2)</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>não pode ser aberto: %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>não pode ser lido: %1</translation>
    </message>
    <message>
        <source>must be the file&apos;s name (&quot;%1&quot;): each device writes only its own file</source>
        <translation>deve ser o nome do arquivo (&quot;%1&quot;): cada dispositivo grava só o próprio arquivo</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>não pode ser gravado: %1</translation>
    </message>
    <message>
        <source>cannot be read, and cannot be moved aside to be written afresh</source>
        <translation>não pode ser lido nem posto de lado para ser gravado de novo</translation>
    </message>
    <message>
        <source>could not be read and was moved aside to %1; this device&apos;s preferences are written afresh</source>
        <translation>não pôde ser lido e foi posto de lado em %1; as preferências deste dispositivo são gravadas de novo</translation>
    </message>
    <message>
        <source>cannot be written: its folder cannot be made</source>
        <translation>não pode ser gravado: não é possível criar sua pasta</translation>
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
        <translation>Costas e quadris</translation>
    </message>
    <message>
        <source>Desk break</source>
        <translation>Pausa no trabalho</translation>
    </message>
</context>
<context>
    <name>RoutineDialogs</name>
    <message>
        <source>Limber routines (*.json);;All files (*)</source>
        <translation>Rotinas do Limber (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>Salvar as alterações em “%1”?</translation>
    </message>
    <message>
        <source>If you don&apos;t save them, your changes are lost.</source>
        <translation>Se você não salvar, as alterações serão perdidas.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar alterações</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>Excluir rotina</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Excluir “%1”?</translation>
    </message>
    <message>
        <source>The routine is removed for good. Export it first if you may want it again.</source>
        <translation>A rotina será removida definitivamente. Exporte-a antes se quiser usá-la de novo.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Importar uma rotina</translation>
    </message>
    <message>
        <source>Export the routine</source>
        <translation>Exportar a rotina</translation>
    </message>
    <message>
        <source>routine</source>
        <translation>rotina</translation>
    </message>
</context>
<context>
    <name>RoutineExport</name>
    <message>
        <source>%1: cannot be opened: %2</source>
        <translation>%1: não é possível abrir: %2</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: não é possível ler: %2</translation>
    </message>
    <message>
        <source>%1: is larger than 2 MiB; a stretch&apos;s picture is smaller</source>
        <translation>%1: tem mais de 2 MiB; a imagem de um alongamento é menor</translation>
    </message>
</context>
<context>
    <name>RoutineFile</name>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>deve ser um número inteiro de %1 a %2</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>não é um campo conhecido</translation>
    </message>
    <message>
        <source>must be an object such as {&quot;stretch&quot;: &quot;cat-cow&quot;}</source>
        <translation>deve ser um objeto como {&quot;stretch&quot;: &quot;cat-cow&quot;}</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>está faltando</translation>
    </message>
    <message>
        <source>must be a stretch id (text)</source>
        <translation>deve ser um id de alongamento (texto)</translation>
    </message>
    <message>
        <source>unknown stretch id %1 (limber --list-stretches shows the ids)</source>
        <translation>id de alongamento desconhecido %1 (limber --list-stretches mostra os ids)</translation>
    </message>
    <message>
        <source>must be &quot;both&quot;, &quot;left&quot; or &quot;right&quot;</source>
        <translation>deve ser &quot;both&quot;, &quot;left&quot; ou &quot;right&quot;</translation>
    </message>
    <message>
        <source>%1 has no sides; only &quot;both&quot; is allowed</source>
        <translation>%1 não tem lados; só &quot;both&quot; é permitido</translation>
    </message>
    <message>
        <source>is missing; a routine file starts with &quot;format&quot;: &quot;limber-routine&quot;</source>
        <translation>está faltando; um arquivo de rotina começa com &quot;format&quot;: &quot;limber-routine&quot;</translation>
    </message>
    <message>
        <source>must be &quot;limber-routine&quot;</source>
        <translation>deve ser &quot;limber-routine&quot;</translation>
    </message>
    <message>
        <source>(not a number)</source>
        <translation>(não é um número)</translation>
    </message>
    <message>
        <source>must be text of 1 to %1 characters</source>
        <translation>deve ser um texto de 1 a %1 caracteres</translation>
    </message>
    <message>
        <source>must be a list of steps</source>
        <translation>deve ser uma lista de etapas</translation>
    </message>
    <message>
        <source>must list from 1 to %1 steps (it lists %2)</source>
        <translation>deve listar de 1 a %1 etapas (lista %2)</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>não é possível abrir: %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>não é possível ler: %1</translation>
    </message>
    <message>
        <source>is larger than 1 MiB; a routine file is much smaller</source>
        <translation>tem mais de 1 MiB; um arquivo de rotina é bem menor</translation>
    </message>
    <message>
        <source>is not valid JSON: a NUL byte at byte %1</source>
        <translation>não é um JSON válido: um byte NUL no byte %1</translation>
    </message>
    <message>
        <source>is empty; a routine file holds a JSON object</source>
        <translation>está vazio; um arquivo de rotina contém um objeto JSON</translation>
    </message>
    <message>
        <source>is not valid JSON: %1 at byte %2</source>
        <translation>não é um JSON válido: %1 no byte %2</translation>
    </message>
    <message>
        <source>must hold a JSON object ({ ... }) at the top level</source>
        <translation>deve conter um objeto JSON ({ ... }) no nível superior</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>não é possível gravar: %1</translation>
    </message>
    <message>
        <source>unsupported version %1; this Limber reads versions %2 and %3</source>
        <translation>versão %1 não suportada; este Limber lê as versões %2 e %3</translation>
    </message>
    <message>
        <source>is larger than 16 MiB; a routine file, even with the images of its stretches, is much smaller</source>
        <translation>tem mais de 16 MiB; um arquivo de rotina, mesmo com as imagens dos seus alongamentos, é bem menor</translation>
    </message>
    <message>
        <source>must not begin or end with spaces</source>
        <translation>não deve começar nem terminar com espaços</translation>
    </message>
    <message>
        <source>must be a list of stretches</source>
        <translation>deve ser uma lista de alongamentos</translation>
    </message>
    <message>
        <source>must list at most %1 stretches (it lists %2)</source>
        <translation>deve listar no máximo %1 alongamentos (lista %2)</translation>
    </message>
    <message>
        <source>must be a stretch object</source>
        <translation>deve ser um objeto de alongamento</translation>
    </message>
    <message>
        <source>%1 is a built-in stretch; a file carries only stretches that are not built in</source>
        <translation>%1 é um alongamento incluído; um arquivo traz apenas alongamentos que não são incluídos</translation>
    </message>
    <message>
        <source>%1 is carried twice</source>
        <translation>%1 aparece duas vezes</translation>
    </message>
    <message>
        <source>%1 is used by no step</source>
        <translation>%1 não é usado por nenhum passo</translation>
    </message>
</context>
<context>
    <name>RoutineResolver</name>
    <message>
        <source>is neither a built-in routine (%1), a saved routine, nor a file</source>
        <translation>não é uma rotina incluída (%1), nem uma rotina salva, nem um arquivo</translation>
    </message>
</context>
<context>
    <name>SegmentText</name>
    <message>
        <source>Left side</source>
        <translation>Lado esquerdo</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Lado direito</translation>
    </message>
    <message>
        <source>March gently in place to warm up.</source>
        <translation>Marche suavemente no lugar para se aquecer.</translation>
    </message>
    <message>
        <source>Get into position for %1.</source>
        <translation>Entre na posição: %1.</translation>
    </message>
    <message>
        <source>Hold still and breathe slowly. A mild pull, never sharp pain.</source>
        <translation>Mantenha a posição sem se mexer e respire devagar. Uma leve tensão, nunca dor aguda.</translation>
    </message>
    <message>
        <source>Move slowly and smoothly, in time with your breath.</source>
        <translation>Movimente-se de forma lenta e suave, no ritmo da respiração.</translation>
    </message>
    <message>
        <source>Switch to the other side.</source>
        <translation>Troque para o outro lado.</translation>
    </message>
    <message>
        <source>Rest and breathe.</source>
        <translation>Descanse e respire.</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>A seguir: %1</translation>
    </message>
    <message>
        <source>Next: %1, %2</source>
        <translation>A seguir: %1, %2</translation>
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
        <translation>Em pé</translation>
    </message>
    <message>
        <source>Lying on the back</source>
        <translation>Deitado de costas</translation>
    </message>
    <message>
        <source>On hands and knees</source>
        <translation>Em quatro apoios</translation>
    </message>
    <message>
        <source>Sitting on the floor</source>
        <translation>Sentado no chão</translation>
    </message>
</context>
<context>
    <name>StillPicture</name>
    <message>
        <source>Missing stretch</source>
        <translation>Alongamento ausente</translation>
    </message>
</context>
<context>
    <name>StretchDeletePrompt</name>
    <message>
        <source>Delete stretch</source>
        <translation>Excluir alongamento</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Excluir “%1”?</translation>
    </message>
    <message>
        <source>No routine uses it. It is removed for good.</source>
        <translation>Nenhuma rotina o usa. Ele será removido definitivamente.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is used by %n routine(s): %2.</source>
        <translation>
            <numerusform>“%1” é usado por %n rotina: %2.</numerusform>
            <numerusform>“%1” é usado por %n rotinas: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their steps stay, shown as a missing stretch. Delete it?</source>
        <translation>Os passos delas continuam, exibidos como alongamento ausente. Excluir mesmo assim?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
</context>
<context>
    <name>StretchFile</name>
    <message>
        <source>body areas</source>
        <translation>áreas do corpo</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>deve ser um de %1</translation>
    </message>
    <message>
        <source>lists &quot;%1&quot; a second time</source>
        <translation>lista &quot;%1&quot; uma segunda vez</translation>
    </message>
    <message>
        <source>is missing; a stretch file starts with &quot;format&quot;: &quot;limber-stretch&quot;</source>
        <translation>está faltando; um arquivo de alongamento começa com &quot;format&quot;: &quot;limber-stretch&quot;</translation>
    </message>
    <message>
        <source>must be &quot;limber-stretch&quot;</source>
        <translation>deve ser &quot;limber-stretch&quot;</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>está faltando</translation>
    </message>
    <message>
        <source>unsupported version %1; this Limber reads version %2</source>
        <translation>versão %1 não suportada; este Limber lê a versão %2</translation>
    </message>
    <message>
        <source>(not a number)</source>
        <translation>(não é um número)</translation>
    </message>
    <message>
        <source>is larger than %1 MiB; a stretch file is smaller</source>
        <translation>tem mais de %1 MiB; um arquivo de alongamento é menor</translation>
    </message>
    <message>
        <source>is not valid JSON: a NUL byte at byte %1</source>
        <translation>não é um JSON válido: um byte NUL no byte %1</translation>
    </message>
    <message>
        <source>is empty; a stretch file holds a JSON object</source>
        <translation>está vazio; um arquivo de alongamento contém um objeto JSON</translation>
    </message>
    <message>
        <source>is not valid JSON: %1 at byte %2</source>
        <translation>não é um JSON válido: %1 no byte %2</translation>
    </message>
    <message>
        <source>must hold a JSON object ({ ... }) at the top level</source>
        <translation>deve conter um objeto JSON ({ ... }) no nível superior</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>não é possível abrir: %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>não é possível ler: %1</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>passos</translation>
    </message>
    <message>
        <source>cautions</source>
        <translation>cuidados</translation>
    </message>
    <message>
        <source>must be &quot;hold&quot; or &quot;flow&quot;</source>
        <translation>deve ser &quot;hold&quot; ou &quot;flow&quot;</translation>
    </message>
    <message>
        <source>cannot be given together with &quot;figure&quot;: a stretch shows its figure or an image</source>
        <translation>não pode ser usado junto com &quot;figure&quot;: um alongamento mostra a sua figura ou uma imagem</translation>
    </message>
    <message>
        <source>is missing; a stretch needs a &quot;figure&quot; or an &quot;%1&quot;</source>
        <translation>está faltando; um alongamento precisa de &quot;figure&quot; ou de &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be false for a held stretch</source>
        <translation>deve ser false para um alongamento mantido</translation>
    </message>
    <message>
        <source>must be true for a flowing stretch</source>
        <translation>deve ser true para um alongamento em movimento</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>não é possível gravar: %1</translation>
    </message>
    <message>
        <source>must be the name of a file beside the stretch file, without a folder</source>
        <translation>deve ser o nome de um arquivo ao lado do arquivo de alongamento, sem pasta</translation>
    </message>
    <message>
        <source>must name a .png, .jpg, .jpeg or .svg file</source>
        <translation>deve indicar um arquivo .png, .jpg, .jpeg ou .svg</translation>
    </message>
    <message>
        <source>%1 is not in the folder of the stretch file</source>
        <translation>%1 não está na pasta do arquivo de alongamento</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>file name, then why it cannot be shown</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>must be &quot;png&quot;, &quot;jpeg&quot; or &quot;svg&quot;</source>
        <translation>deve ser &quot;png&quot;, &quot;jpeg&quot; ou &quot;svg&quot;</translation>
    </message>
    <message>
        <source>must be the image&apos;s bytes in base64</source>
        <translation>devem ser os bytes da imagem em base64</translation>
    </message>
</context>
<context>
    <name>StretchFormCommand</name>
    <message>
        <source>Change the stretch</source>
        <translation>Alterar o alongamento</translation>
    </message>
</context>
<context>
    <name>StretchFormRules</name>
    <message>
        <source>%1 is empty: write it or remove it.</source>
        <translation>%1 está vazio: preencha ou remova.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; the most is %3.</source>
        <translation>%1 tem %2 caracteres; o máximo é %3.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Give the stretch a name.</source>
        <translation>Dê um nome ao alongamento.</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nome: %1</translation>
    </message>
    <message>
        <source>The name is %1 characters long; the most is %2.</source>
        <translation>O nome tem %1 caracteres; o máximo é %2.</translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation>Resumo: %1</translation>
    </message>
    <message>
        <source>The summary is %1 characters long; the most is %2.</source>
        <translation>O resumo tem %1 caracteres; o máximo é %2.</translation>
    </message>
    <message>
        <source>Write at least one step.</source>
        <translation>Escreva pelo menos um passo.</translation>
    </message>
    <message>
        <source>A stretch has at most %1 steps.</source>
        <translation>Um alongamento tem no máximo %1 passos.</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Passo %1</translation>
    </message>
    <message>
        <source>A stretch has at most %1 cautions.</source>
        <translation>Um alongamento tem no máximo %1 cuidados.</translation>
    </message>
    <message>
        <source>Caution %1</source>
        <translation>Cuidado %1</translation>
    </message>
    <message>
        <source>Choose at least one body area.</source>
        <translation>Escolha pelo menos uma área do corpo.</translation>
    </message>
    <message>
        <source>The recommended hold is between %1 and %2 seconds.</source>
        <translation>A permanência recomendada é de %1 a %2 segundos.</translation>
    </message>
    <message>
        <source>Choose a picture, or draw the figure.</source>
        <translation>Escolha uma imagem ou desenhe a figura.</translation>
    </message>
    <message>
        <source>Draw the figure, or choose a picture.</source>
        <translation>Desenhe a figura ou escolha uma imagem.</translation>
    </message>
</context>
<context>
    <name>StretchImage</name>
    <message>
        <source>a PNG image</source>
        <translation>uma imagem PNG</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>uma imagem JPEG</translation>
    </message>
    <message>
        <source>an SVG image (XML whose root element is &lt;svg&gt;)</source>
        <translation>uma imagem SVG (XML cujo elemento raiz é &lt;svg&gt;)</translation>
    </message>
    <message>
        <source>is larger than %1 MiB</source>
        <translation>tem mais de %1 MiB</translation>
    </message>
    <message>
        <source>is not %1</source>
        <translation>não é %1</translation>
    </message>
    <message>
        <source>must be a PNG, JPEG or SVG file (.png, .jpg, .jpeg or .svg)</source>
        <translation>deve ser um arquivo PNG, JPEG ou SVG (.png, .jpg, .jpeg ou .svg)</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>não é possível abrir: %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>não é possível ler: %1</translation>
    </message>
</context>
<context>
    <name>TextRules</name>
    <message>
        <source>must not contain control characters (found U+%1)</source>
        <translation>não pode conter caracteres de controle (encontrado U+%1)</translation>
    </message>
</context>
<context>
    <name>limber::AppearanceSettingsSection</name>
    <message>
        <source>Appearance</source>
        <translation>Aparência</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir o sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <source>Theme: %1</source>
        <translation>Tema: %1</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Igual ao sistema</translation>
    </message>
</context>
<context>
    <name>limber::AreaFilterBar</name>
    <message>
        <source>Filter by body area</source>
        <translation>Filtrar por região do corpo</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Todas as regiões</translation>
    </message>
    <message>
        <source>Show stretches for every body area</source>
        <translation>Mostrar alongamentos para todas as regiões do corpo</translation>
    </message>
    <message>
        <source>Show only stretches that work on: %1</source>
        <translation>Mostrar só alongamentos que trabalham: %1</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Seus</translation>
    </message>
    <message>
        <source>Your stretches</source>
        <translation>Seus alongamentos</translation>
    </message>
    <message>
        <source>Show only the stretches you made</source>
        <translation>Mostrar só os alongamentos que você criou</translation>
    </message>
</context>
<context>
    <name>limber::ArrowPicker</name>
    <message>
        <source>Arrow</source>
        <translation>Seta</translation>
    </message>
    <message>
        <source>An arrow for the movement that matters</source>
        <translation>Uma seta para o movimento que importa</translation>
    </message>
    <message>
        <source>No arrow</source>
        <translation>Sem seta</translation>
    </message>
    <message>
        <source>Round the %1</source>
        <translation>Em volta de %1</translation>
    </message>
    <message>
        <source>Counter-clockwise</source>
        <translation>Sentido anti-horário</translation>
    </message>
    <message>
        <source>Clockwise</source>
        <translation>Sentido horário</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>Nos dois sentidos</translation>
    </message>
    <message>
        <source>Arrow round</source>
        <translation>Seta em volta de</translation>
    </message>
    <message>
        <source>Arrow direction</source>
        <translation>Sentido da seta</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Onde:</translation>
    </message>
    <message>
        <source>&amp;Turning:</source>
        <translation>&amp;Giro:</translation>
    </message>
    <message>
        <source>hips</source>
        <translation>quadris</translation>
    </message>
    <message>
        <source>middle of the back</source>
        <translation>meio das costas</translation>
    </message>
    <message>
        <source>neck</source>
        <translation>pescoço</translation>
    </message>
    <message>
        <source>head</source>
        <translation>cabeça</translation>
    </message>
    <message>
        <source>near knee</source>
        <translation>joelho próximo</translation>
    </message>
    <message>
        <source>far knee</source>
        <translation>joelho distante</translation>
    </message>
    <message>
        <source>near ankle</source>
        <translation>tornozelo próximo</translation>
    </message>
    <message>
        <source>far ankle</source>
        <translation>tornozelo distante</translation>
    </message>
    <message>
        <source>near elbow</source>
        <translation>cotovelo próximo</translation>
    </message>
    <message>
        <source>near hand</source>
        <translation>mão próxima</translation>
    </message>
    <message>
        <source>far hand</source>
        <translation>mão distante</translation>
    </message>
</context>
<context>
    <name>limber::BreathingPacer</name>
    <message>
        <source>Breathe in</source>
        <translation>Inspire</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Breathing guide</source>
        <translation>Guia de respiração</translation>
    </message>
</context>
<context>
    <name>limber::ChangedElsewhereBar</name>
    <message>
        <source>“%1” was changed on another device (or in another Limber) while you were editing it. Your changes are not saved yet.</source>
        <translation>“%1” foi alterada em outro dispositivo (ou em outro Limber) enquanto você a editava. Suas alterações ainda não foram salvas.</translation>
    </message>
    <message>
        <source>Show the new version</source>
        <translation>Mostrar a nova versão</translation>
    </message>
    <message>
        <source>Keep my changes</source>
        <translation>Manter minhas alterações</translation>
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
        <translation>Duas versões</translation>
    </message>
    <message>
        <source>set aside by Syncthing</source>
        <translation>posta de lado pelo Syncthing</translation>
    </message>
    <message>
        <source>set aside by Nextcloud</source>
        <translation>posta de lado pelo Nextcloud</translation>
    </message>
    <message>
        <source>set aside by Syncthing (device %1)</source>
        <translation>posta de lado pelo Syncthing (dispositivo %1)</translation>
    </message>
    <message>
        <source>set aside by Nextcloud (user %1)</source>
        <translation>posta de lado pelo Nextcloud (usuário %1)</translation>
    </message>
    <message>
        <source>The other: %1, changed %2 · %3</source>
        <translation>A outra: %1, alterada %2 · %3</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>não pode ser lida: %1</translation>
    </message>
    <message>
        <source>Two versions of “%1”</source>
        <translation>Duas versões de “%1”</translation>
    </message>
    <message>
        <source>This one: changed %1 · %2</source>
        <translation>Esta: alterada %1 · %2</translation>
    </message>
    <message>
        <source>This one: deleted on this device</source>
        <translation>Esta: excluída neste dispositivo</translation>
    </message>
    <message>
        <source>Two versions of your stretch “%1”</source>
        <translation>Duas versões do seu alongamento “%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n stretch(es) · %1</source>
        <translation>
            <numerusform>%n alongamento · %1</numerusform>
            <numerusform>%n alongamentos · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>hold %1 each side</source>
        <translation>manter %1 de cada lado</translation>
    </message>
    <message>
        <source>hold %1</source>
        <translation>manter %1</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>Manter esta</translation>
    </message>
    <message>
        <source>Keep the other</source>
        <translation>Manter a outra</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Manter as duas</translation>
    </message>
    <message>
        <source>Needs your choice</source>
        <translation>Aguarda sua escolha</translation>
    </message>
</context>
<context>
    <name>limber::CountdownRing</name>
    <message>
        <source>Time left in this step</source>
        <translation>Tempo restante nesta etapa</translation>
    </message>
</context>
<context>
    <name>limber::CueAnnouncer</name>
    <message>
        <source>Knee to chest, left side. Breathe out and relax into it.</source>
        <translation>Joelho ao peito, lado esquerdo. Expire e relaxe na posição.</translation>
    </message>
</context>
<context>
    <name>limber::CueSettingsSection</name>
    <message>
        <source>Sound and voice</source>
        <translation>Som e voz</translation>
    </message>
    <message>
        <source>Sounds:</source>
        <translation>Sons:</translation>
    </message>
    <message>
        <source>Play cue sounds</source>
        <translation>Tocar sons de aviso</translation>
    </message>
    <message>
        <source>A chime when a stretch starts, a sound to switch sides and one at the end</source>
        <translation>Um sinal quando um alongamento começa, um som para trocar de lado e outro no final</translation>
    </message>
    <message>
        <source>Volume:</source>
        <translation>Volume:</translation>
    </message>
    <message>
        <source>Sound volume</source>
        <translation>Volume do som</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Countdown:</source>
        <translation>Contagem regressiva:</translation>
    </message>
    <message>
        <source>Tick 3, 2, 1 before each stretch starts</source>
        <translation>Marcar 3, 2, 1 antes de cada alongamento</translation>
    </message>
    <message>
        <source>Countdown ticks</source>
        <translation>Contagem regressiva</translation>
    </message>
    <message>
        <source>Spoken cues:</source>
        <translation>Avisos falados:</translation>
    </message>
    <message>
        <source>Say each stretch and side aloud</source>
        <translation>Dizer em voz alta cada alongamento e cada lado</translation>
    </message>
    <message>
        <source>Spoken cues</source>
        <translation>Avisos falados</translation>
    </message>
    <message>
        <source>So you can follow along from the mat without looking</source>
        <translation>Para você acompanhar do tapete sem precisar olhar</translation>
    </message>
    <message>
        <source>Voice:</source>
        <translation>Voz:</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Test voice</source>
        <translation>Testar voz</translation>
    </message>
    <message>
        <source>Test the voice</source>
        <translation>Testar a voz</translation>
    </message>
    <message>
        <source>Hear a sentence in this voice at this rate</source>
        <translation>Ouvir uma frase com esta voz nesta velocidade</translation>
    </message>
    <message>
        <source>Speaking rate:</source>
        <translation>Velocidade da fala:</translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation>Velocidade da fala</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Mais devagar</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Mais rápido</translation>
    </message>
    <message>
        <source>Breathing:</source>
        <translation>Respiração:</translation>
    </message>
    <message>
        <source>Show a breathing guide during holds</source>
        <translation>Mostrar um guia de respiração durante as permanências</translation>
    </message>
    <message>
        <source>Breathing guide</source>
        <translation>Guia de respiração</translation>
    </message>
    <message>
        <source>A circle that swells as you breathe in and settles as you breathe out</source>
        <translation>Um círculo que cresce quando você inspira e diminui quando expira</translation>
    </message>
    <message>
        <source>Automatic (for the language)</source>
        <translation>Automática (conforme o idioma)</translation>
    </message>
    <message>
        <source>%1 (not available)</source>
        <translation>%1 (indisponível)</translation>
    </message>
</context>
<context>
    <name>limber::DataFolderSection</name>
    <message>
        <source>Keep my routines, stretches and history in</source>
        <translation>Guardar minhas rotinas, alongamentos e histórico em</translation>
    </message>
    <message>
        <source>The data folder was not moved</source>
        <translation>A pasta de dados não foi movida</translation>
    </message>
    <message>
        <source>Data folder moved</source>
        <translation>Pasta de dados movida</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Seus dados</translation>
    </message>
    <message>
        <source>Keep my routines, stretches and history in:</source>
        <translation>Guardar minhas rotinas, alongamentos e histórico em:</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Alterar…</translation>
    </message>
    <message>
        <source>Change the data folder</source>
        <translation>Alterar a pasta de dados</translation>
    </message>
    <message>
        <source>Limber was started with --data-dir, so it uses this folder for this run only.</source>
        <translation>O Limber foi iniciado com --data-dir, então usa esta pasta só nesta execução.</translation>
    </message>
    <message>
        <source>Share this folder with Syncthing or Nextcloud to have the same routines, stretches, history and timings on each of your devices. Window, sound, voice and reminders stay set per device.</source>
        <translation>Compartilhe esta pasta com o Syncthing ou o Nextcloud para ter as mesmas rotinas, alongamentos, histórico e tempos em cada um dos seus dispositivos. Janela, som, voz e lembretes continuam ajustados por dispositivo.</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Pasta de dados: %1</translation>
    </message>
</context>
<context>
    <name>limber::DeletionUndoBar</name>
    <message>
        <source>Session deleted.</source>
        <translation>Sessão excluída.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>The history could not be changed: %1</source>
        <translation>Não foi possível alterar o histórico: %1</translation>
    </message>
</context>
<context>
    <name>limber::GoalSummary</name>
    <message numerus="yes">
        <source>Goal: %n day(s) a week</source>
        <translation>
            <numerusform>Meta: %n dia por semana</numerusform>
            <numerusform>Meta: %n dias por semana</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This week: %n day(s), goal met</source>
        <translation>
            <numerusform>Nesta semana: %n dia, meta cumprida</numerusform>
            <numerusform>Nesta semana: %n dias, meta cumprida</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This week: %1 of %n day(s)</source>
        <translation>
            <numerusform>Nesta semana: %1 de %n dia</numerusform>
            <numerusform>Nesta semana: %1 de %n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) in a row met the goal</source>
        <translation>
            <numerusform>%n semana seguida com a meta cumprida</numerusform>
            <numerusform>%n semanas seguidas com a meta cumprida</numerusform>
        </translation>
    </message>
    <message>
        <source>Each week that meets the goal adds to a run of weeks.</source>
        <translation>Cada semana em que você cumpre a meta aumenta a sua sequência de semanas.</translation>
    </message>
    <message>
        <source>Weeks, not days: a day of rest never breaks the run.</source>
        <translation>Semanas, não dias: um dia de descanso nunca interrompe a sequência.</translation>
    </message>
</context>
<context>
    <name>limber::GuidelinesView</name>
    <message>
        <source>Back to library</source>
        <translation>Voltar à biblioteca</translation>
    </message>
    <message>
        <source>Back to the stretch library</source>
        <translation>Voltar à biblioteca de alongamentos</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Antes de começar</translation>
    </message>
    <message>
        <source>Six habits that make stretching safer and more comfortable.</source>
        <translation>Seis hábitos que tornam o alongamento mais seguro e confortável.</translation>
    </message>
    <message>
        <source>Medical disclaimer</source>
        <translation>Aviso médico</translation>
    </message>
    <message>
        <source>Safe-stretching guidelines</source>
        <translation>Orientações para alongar com segurança</translation>
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
        <translation>Destaque</translation>
    </message>
    <message>
        <source>The parts of the body the stretch is felt in</source>
        <translation>As partes do corpo em que o alongamento é sentido</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Lombar</translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation>Parte superior das costas</translation>
    </message>
    <message>
        <source>Hips and buttocks</source>
        <translation>Quadris e glúteos</translation>
    </message>
    <message>
        <source>Near thigh</source>
        <translation>Coxa próxima</translation>
    </message>
    <message>
        <source>Far thigh</source>
        <translation>Coxa distante</translation>
    </message>
    <message>
        <source>Near calf and shin</source>
        <translation>Panturrilha e canela próximas</translation>
    </message>
    <message>
        <source>Far calf and shin</source>
        <translation>Panturrilha e canela distantes</translation>
    </message>
</context>
<context>
    <name>limber::HistorySettingsSection</name>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Pain rating:</source>
        <translation>Avaliação da dor:</translation>
    </message>
    <message>
        <source>Ask how my back is before each session</source>
        <translation>Perguntar como estão minhas costas antes de cada sessão</translation>
    </message>
    <message>
        <source>Weekly goal:</source>
        <translation>Meta semanal:</translation>
    </message>
    <message numerus="yes">
        <source> day(s) a week</source>
        <translation>
            <numerusform> dia por semana</numerusform>
            <numerusform> dias por semana</numerusform>
        </translation>
    </message>
    <message>
        <source>Days a week to practise</source>
        <translation>Dias de prática por semana</translation>
    </message>
    <message>
        <source>A weekly goal, not a daily streak: a day of rest does not break it.</source>
        <translation>Uma meta semanal, não uma sequência diária: um dia de descanso não a interrompe.</translation>
    </message>
</context>
<context>
    <name>limber::HistoryStore</name>
    <message>
        <source>cannot complete session %1: this device has no such session</source>
        <translation>não é possível concluir a sessão %1: ela não existe neste dispositivo</translation>
    </message>
    <message>
        <source>cannot delete session %1: there is no such session</source>
        <translation>não é possível excluir a sessão %1: ela não existe</translation>
    </message>
</context>
<context>
    <name>limber::HistoryView</name>
    <message>
        <source>No sessions yet</source>
        <translation>Nenhuma sessão ainda</translation>
    </message>
    <message>
        <source>Your practice will appear here: each session you play, the days you practised, and, if you rate your pain before and after, whether stretching helps.</source>
        <translation>Sua prática vai aparecer aqui: cada sessão que você fizer, os dias em que praticou e, se avaliar a dor antes e depois, se o alongamento está ajudando.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessões</translation>
    </message>
    <message>
        <source>Sessions, newest first</source>
        <translation>Sessões, da mais recente à mais antiga</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Excluir sessão</translation>
    </message>
    <message>
        <source>Pain before and after</source>
        <translation>Dor antes e depois</translation>
    </message>
    <message>
        <source>Minutes per week</source>
        <translation>Minutos por semana</translation>
    </message>
    <message>
        <source>Days practised</source>
        <translation>Dias de prática</translation>
    </message>
</context>
<context>
    <name>limber::HoldOverrideDelegate</name>
    <message>
        <source>Your hold for %1</source>
        <translation>Seu tempo de permanência em %1</translation>
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
        <translation>Não definido</translation>
    </message>
    <message>
        <source>Remove your hold for %1</source>
        <translation>Remover seu tempo de permanência em %1</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Alongamento</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recomendado</translation>
    </message>
    <message>
        <source>Your hold</source>
        <translation>Seu tempo</translation>
    </message>
    <message>
        <source>Your own hold for this stretch. Reset goes back to %1.</source>
        <translation>Seu próprio tempo de permanência neste alongamento. “Redefinir” volta para %1.</translation>
    </message>
    <message>
        <source>Held for %1, the same as every stretch. Click to set a hold for this stretch alone.</source>
        <translation>Mantido por %1, como todos os alongamentos. Clique para definir um tempo só para este alongamento.</translation>
    </message>
    <message>
        <source>Held for the recommended time. Click to set your own.</source>
        <translation>Mantido pelo tempo recomendado. Clique para definir o seu.</translation>
    </message>
    <message>
        <source>No hold of yours for %1</source>
        <translation>Nenhum tempo seu para %1</translation>
    </message>
</context>
<context>
    <name>limber::HoldOverridesTable</name>
    <message>
        <source>Hold for each stretch</source>
        <translation>Tempo de permanência em cada alongamento</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Redefinir</translation>
    </message>
    <message>
        <source>Reset the hold for %1</source>
        <translation>Redefinir o tempo de permanência em %1</translation>
    </message>
    <message>
        <source>Go back to the hold this stretch had before</source>
        <translation>Voltar ao tempo que este alongamento tinha antes</translation>
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
        <translation>Este doeu em %1 — faça com mais suavidade ou pule desta vez</translation>
    </message>
    <message>
        <source>Skip it</source>
        <translation>Pular</translation>
    </message>
    <message>
        <source>Skip %1 this time</source>
        <translation>Pular %1 desta vez</translation>
    </message>
</context>
<context>
    <name>limber::IllustrationWidget</name>
    <message>
        <source>Animated illustration of the stretch</source>
        <translation>Ilustração animada do alongamento</translation>
    </message>
    <message>
        <source>Picture of the stretch</source>
        <translation>Imagem do alongamento</translation>
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
        <translation>Está doendo</translation>
    </message>
    <message>
        <source>Paused. Ease out of %1 gently.</source>
        <translation>Pausado. Saia de %1 com cuidado.</translation>
    </message>
    <message>
        <source>A stretch should feel like a mild pull, never sharp pain. If the pain is sharp or stays, stop and talk to a doctor or physiotherapist.</source>
        <translation>O alongamento deve dar uma leve sensação de puxar, nunca dor aguda. Se a dor for aguda ou persistir, pare e converse com um médico ou fisioterapeuta.</translation>
    </message>
    <message>
        <source>Skip this stretch</source>
        <translation>Pular este alongamento</translation>
    </message>
    <message>
        <source>End the routine</source>
        <translation>Encerrar a rotina</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
</context>
<context>
    <name>limber::KeyframeStrip</name>
    <message>
        <source>Add position</source>
        <translation>Adicionar posição</translation>
    </message>
    <message>
        <source>Remove position</source>
        <translation>Remover posição</translation>
    </message>
    <message>
        <source>Adds a copy of the chosen position after it</source>
        <translation>Adiciona uma cópia da posição escolhida depois dela</translation>
    </message>
    <message>
        <source>Removes the chosen position</source>
        <translation>Remove a posição escolhida</translation>
    </message>
    <message>
        <source>Starting position</source>
        <translation>Posição inicial</translation>
    </message>
    <message>
        <source>Held pose</source>
        <translation>Postura mantida</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Position %1</source>
        <translation>Posição %1</translation>
    </message>
    <message>
        <source>Shows this position for posing</source>
        <translation>Mostra esta posição para ajustar a postura</translation>
    </message>
</context>
<context>
    <name>limber::LibraryView</name>
    <message>
        <source>Stretch library</source>
        <translation>Biblioteca de alongamentos</translation>
    </message>
    <message>
        <source>Learn each stretch here before you do it on the floor.</source>
        <translation>Aprenda cada alongamento aqui antes de fazê-lo no chão.</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Antes de começar</translation>
    </message>
    <message>
        <source>Before you start: safe-stretching guidelines</source>
        <translation>Antes de começar: orientações para alongar com segurança</translation>
    </message>
    <message>
        <source>Search stretches</source>
        <translation>Buscar alongamentos</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Limpar a busca</translation>
    </message>
    <message>
        <source>Stretches</source>
        <translation>Alongamentos</translation>
    </message>
    <message>
        <source>Check the spelling, try fewer words, or pick other areas.</source>
        <translation>Confira a grafia, tente menos palavras ou escolha outras regiões.</translation>
    </message>
    <message>
        <source>Show all stretches</source>
        <translation>Mostrar todos os alongamentos</translation>
    </message>
    <message>
        <source>Clear the search and the area filter</source>
        <translation>Limpar a busca e o filtro de regiões</translation>
    </message>
    <message>
        <source>No stretches match the chosen areas</source>
        <translation>Nenhum alongamento corresponde às regiões escolhidas</translation>
    </message>
    <message>
        <source>No stretches match “%1”</source>
        <translation>Nenhum alongamento corresponde a “%1”</translation>
    </message>
    <message>
        <source>No stretches match “%1” in the chosen areas</source>
        <translation>Nenhum alongamento corresponde a “%1” nas regiões escolhidas</translation>
    </message>
    <message>
        <source>New stretch</source>
        <translation>Novo alongamento</translation>
    </message>
    <message>
        <source>Make a new stretch of your own</source>
        <translation>Criar um alongamento seu</translation>
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
        <translation>Praticar</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Rotinas</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Telas</translation>
    </message>
    <message>
        <source>Limber found problems in your saved data. Nothing was deleted.</source>
        <translation>O Limber encontrou problemas nos seus dados salvos. Nada foi excluído.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts (%1)</source>
        <translation>Atalhos de teclado (%1)</translation>
    </message>
    <message>
        <source>Your routines, stretches and history have a new place.</source>
        <translation>Suas rotinas, alongamentos e histórico têm um novo lugar.</translation>
    </message>
</context>
<context>
    <name>limber::MinutesChart</name>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Minutes per week</source>
        <translation>Minutos por semana</translation>
    </message>
</context>
<context>
    <name>limber::PainChangeLabel</name>
    <message>
        <source>Rate your pain before and after a session to see whether it helps.</source>
        <translation>Avalie sua dor antes e depois de uma sessão para ver se ela ajuda.</translation>
    </message>
    <message numerus="yes">
        <source>After is the same as before on average over the last %1 days (%n session(s))</source>
        <translation>
            <numerusform>Últimos %1 dias: em média, depois igual a antes (%n sessão)</numerusform>
            <numerusform>Últimos %1 dias: em média, depois igual a antes (%n sessões)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After is %1 lower on average over the last %2 days (%n session(s))</source>
        <translation>
            <numerusform>Últimos %2 dias: em média, depois %1 mais baixa que antes (%n sessão)</numerusform>
            <numerusform>Últimos %2 dias: em média, depois %1 mais baixa que antes (%n sessões)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After is %1 higher on average over the last %2 days (%n session(s))</source>
        <translation>
            <numerusform>Últimos %2 dias: em média, depois %1 mais alta que antes (%n sessão)</numerusform>
            <numerusform>Últimos %2 dias: em média, depois %1 mais alta que antes (%n sessões)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::PainChart</name>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Depois</translation>
    </message>
    <message>
        <source>Pain (0–10)</source>
        <translation>Dor (0–10)</translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>Date labels on the pain chart&apos;s time axis (QDateTime format)</extracomment>
        <translation>dd/MM</translation>
    </message>
    <message>
        <source>Pain before and after each session</source>
        <translation>Dor antes e depois de cada sessão</translation>
    </message>
</context>
<context>
    <name>limber::PainQuestionPage</name>
    <message>
        <source>How is your back right now?</source>
        <translation>Como estão suas costas agora?</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Pular</translation>
    </message>
    <message>
        <source>Start without rating (Esc)</source>
        <translation>Começar sem avaliar (Esc)</translation>
    </message>
    <message>
        <source>Skip the question and start</source>
        <translation>Pular a pergunta e começar</translation>
    </message>
    <message>
        <source>Press a number (1 then 0 for 10), or Esc to skip. Your answers show in History whether stretching helps; turn this question off in Settings.</source>
        <translation>Pressione um número (1 e depois 0 para 10) ou Esc para pular. Suas respostas mostram no Histórico se o alongamento está ajudando; desative esta pergunta nas Configurações.</translation>
    </message>
</context>
<context>
    <name>limber::PainScale</name>
    <message>
        <source>0 · no pain</source>
        <translation>0 · sem dor</translation>
    </message>
    <message>
        <source>10 · worst imaginable</source>
        <translation>10 · pior dor imaginável</translation>
    </message>
    <message>
        <source>Pain %1 of 10</source>
        <translation>Dor %1 de 10</translation>
    </message>
    <message>
        <source>Pain from 0 (no pain) to 10 (worst imaginable)</source>
        <translation>Dor de 0 (sem dor) a 10 (pior dor imaginável)</translation>
    </message>
</context>
<context>
    <name>limber::PeriodSelector</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Último %n dia</numerusform>
            <numerusform>Últimos %n dias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::PlayerAnnouncements</name>
    <message>
        <source>Rest. %1</source>
        <extracomment>%1 is what comes next, e.g. &quot;Next: Butterfly stretch, left side&quot;</extracomment>
        <translation>Descanso. %1</translation>
    </message>
    <message>
        <source>Get ready. %1</source>
        <extracomment>%1 is what comes next, e.g. &quot;Next: Butterfly stretch, left side&quot;</extracomment>
        <translation>Prepare-se. %1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausado</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Retomado</translation>
    </message>
    <message>
        <source>Ten seconds left</source>
        <translation>Faltam dez segundos</translation>
    </message>
</context>
<context>
    <name>limber::PlayerControlBar</name>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Sem som</translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation>Som ligado</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espaço</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Seta para a esquerda</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Próximo</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Seta para a direita</translation>
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
        <translation>Parar</translation>
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
        <translation>Tela cheia</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>It hurts</source>
        <translation>Está doendo</translation>
    </message>
    <message>
        <source>Pause at once and choose how to go on (H)</source>
        <translation>Pausar imediatamente e escolher como continuar (H)</translation>
    </message>
</context>
<context>
    <name>limber::PlayerView</name>
    <message>
        <source>Stop the routine?</source>
        <translation>Parar a rotina?</translation>
    </message>
    <message>
        <source>Stop now and go back to the start?</source>
        <translation>Parar agora e voltar ao início?</translation>
    </message>
    <message>
        <source>Sound and voice status</source>
        <translation>Estado do som e da voz</translation>
    </message>
    <message>
        <source>this stretch</source>
        <translation>este alongamento</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Reprodutor</translation>
    </message>
</context>
<context>
    <name>limber::PlayingPage</name>
    <message>
        <source>Switch sides</source>
        <translation>Troque de lado</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Prepare-se</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Aquecimento</translation>
    </message>
    <message>
        <source>Stretch %1 of %2</source>
        <translation>Alongamento %1 de %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>faltam %1</translation>
    </message>
    <message>
        <source>Position in the routine</source>
        <translation>Posição na rotina</translation>
    </message>
    <message>
        <source>Time left in the routine</source>
        <translation>Tempo restante da rotina</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Alongamento</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Instrução</translation>
    </message>
    <message>
        <source>Coming next</source>
        <translation>A seguir</translation>
    </message>
    <message>
        <source>Illustration of the stretch</source>
        <translation>Ilustração do alongamento</translation>
    </message>
    <message>
        <source>Picture: %1</source>
        <translation>Imagem: %1</translation>
    </message>
    <message>
        <source>Picture: %1, %2</source>
        <translation>Imagem: %1, %2</translation>
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
        <translation>Articulação escolhida: %1.</translation>
    </message>
    <message>
        <source>Drag a joint to pose the figure. Tab chooses a joint, the arrow keys move it.</source>
        <translation>Arraste uma articulação para posicionar a figura. Tab escolhe uma articulação e as setas do teclado a movem.</translation>
    </message>
</context>
<context>
    <name>limber::PoseEditor</name>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <source>&amp;Mirror preview</source>
        <translation>&amp;Visualizar espelhado</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Começar de:</translation>
    </message>
    <message>
        <source>Shows the figure as it is drawn for the other side</source>
        <translation>Mostra a figura como é desenhada para o outro lado</translation>
    </message>
    <message>
        <source>Move: %1</source>
        <translation>Mover: %1</translation>
    </message>
    <message>
        <source>Change the highlight</source>
        <translation>Alterar o destaque</translation>
    </message>
    <message>
        <source>Change the arrow</source>
        <translation>Alterar a seta</translation>
    </message>
    <message>
        <source>Make it a flow</source>
        <translation>Tornar em movimento</translation>
    </message>
    <message>
        <source>Make it a hold</source>
        <translation>Tornar mantido</translation>
    </message>
    <message>
        <source>Start from %1</source>
        <translation>Começar de %1</translation>
    </message>
    <message>
        <source>Add a position</source>
        <translation>Adicionar uma posição</translation>
    </message>
    <message>
        <source>Remove a position</source>
        <translation>Remover uma posição</translation>
    </message>
</context>
<context>
    <name>limber::PracticeCalendar</name>
    <message>
        <source>Previous month</source>
        <translation>Mês anterior</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Próximo mês</translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation>Dias do mês</translation>
    </message>
</context>
<context>
    <name>limber::ReadyPage</name>
    <message>
        <source>Start</source>
        <translation>Começar</translation>
    </message>
    <message>
        <source>Start the routine</source>
        <translation>Começar a rotina</translation>
    </message>
    <message>
        <source>Start the routine (Space)</source>
        <translation>Começar a rotina (Espaço)</translation>
    </message>
</context>
<context>
    <name>limber::ReminderController</name>
    <message>
        <source>Time for %1</source>
        <translation>Hora de praticar: %1</translation>
    </message>
    <message>
        <source>A few minutes for your back and hips.</source>
        <translation>Alguns minutos para as suas costas e quadris.</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Começar agora</translation>
    </message>
    <message>
        <source>In 15 minutes</source>
        <translation>Daqui a 15 minutos</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>Hoje não</translation>
    </message>
    <message>
        <source>Time to stand up</source>
        <translation>Hora de se levantar</translation>
    </message>
    <message numerus="yes">
        <source>You have been sitting for %n minutes. Stand, march on the spot and do a lunge: %1.</source>
        <translation>
            <numerusform>Faz %n minuto que você não se levanta. Fique em pé, marche no lugar e faça um afundo: %1.</numerusform>
            <numerusform>Faz %n minutos que você não se levanta. Fique em pé, marche no lugar e faça um afundo: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start desk break</source>
        <translation>Começar a pausa no trabalho</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Mais tarde</translation>
    </message>
</context>
<context>
    <name>limber::ReminderSettings</name>
    <message>
        <source>is not a time of day (HH:mm)</source>
        <translation>não é um horário (HH:mm)</translation>
    </message>
    <message>
        <source>using %1</source>
        <translation>usando %1</translation>
    </message>
    <message>
        <source>is not a date (yyyy-MM-dd)</source>
        <translation>não é uma data (yyyy-MM-dd)</translation>
    </message>
    <message>
        <source>forgetting the snooze</source>
        <translation>o adiamento é descartado</translation>
    </message>
    <message>
        <source>is not a date and time (ISO 8601)</source>
        <translation>não é uma data e hora (ISO 8601)</translation>
    </message>
    <message>
        <source>ignoring it</source>
        <translation>ignorando</translation>
    </message>
</context>
<context>
    <name>limber::ReminderSettingsSection</name>
    <message>
        <source>Reminders</source>
        <translation>Lembretes</translation>
    </message>
    <message>
        <source>Remind me to stretch</source>
        <translation>Lembrar-me de alongar</translation>
    </message>
    <message>
        <source>Daily reminder:</source>
        <translation>Lembrete diário:</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Em:</translation>
    </message>
    <message>
        <source>At:</source>
        <translation>Às:</translation>
    </message>
    <message>
        <source>Routine:</source>
        <translation>Rotina:</translation>
    </message>
    <message>
        <source>Remind me to stand up and stretch</source>
        <translation>Lembrar-me de levantar e alongar</translation>
    </message>
    <message>
        <source>Sitting breaks:</source>
        <translation>Pausas para levantar:</translation>
    </message>
    <message>
        <source> min of computer use</source>
        <translation> min de uso do computador</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>Depois de:</translation>
    </message>
    <message>
        <source>Start Limber in the tray when I log in</source>
        <translation>Iniciar o Limber na bandeja do sistema ao entrar na sessão</translation>
    </message>
    <message>
        <source>Start with the desktop:</source>
        <translation>Iniciar com o sistema:</translation>
    </message>
    <message>
        <source>Time away from the keyboard for 5 minutes or more starts the count again.</source>
        <translation>Ficar 5 minutos ou mais longe do teclado reinicia a contagem.</translation>
    </message>
    <message>
        <source>This desktop does not say when you are away, so the time since Limber started counts instead.</source>
        <translation>Este ambiente de trabalho não informa quando você se ausenta; por isso, conta o tempo desde que o Limber foi iniciado.</translation>
    </message>
    <message>
        <source>While a reminder is on, closing the window keeps Limber in the tray.</source>
        <translation>Enquanto houver um lembrete ativado, fechar a janela mantém o Limber na bandeja do sistema.</translation>
    </message>
    <message>
        <source>This desktop has no tray: reminders come only while Limber&apos;s window is open or minimised.</source>
        <translation>Este ambiente de trabalho não tem bandeja do sistema: os lembretes só aparecem enquanto a janela do Limber estiver aberta ou minimizada.</translation>
    </message>
</context>
<context>
    <name>limber::ReminderShell</name>
    <message>
        <source>Limber is still running</source>
        <translation>O Limber continua em execução</translation>
    </message>
    <message>
        <source>Your reminders keep coming. Quit Limber from its icon here.</source>
        <translation>Seus lembretes continuam chegando. Para sair do Limber, use o ícone dele aqui.</translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 min)</translation>
    </message>
    <message>
        <source>Could not change %1: %2</source>
        <translation>Não foi possível alterar %1: %2</translation>
    </message>
</context>
<context>
    <name>limber::ReminderTray</name>
    <message>
        <source>tomorrow %1</source>
        <translation>amanhã %1</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>Começar %1</translation>
    </message>
    <message>
        <source>Open Limber</source>
        <translation>Abrir o Limber</translation>
    </message>
    <message>
        <source>Pause reminders for 1 hour</source>
        <translation>Pausar lembretes por 1 hora</translation>
    </message>
    <message>
        <source>Pause reminders until tomorrow</source>
        <translation>Pausar lembretes até amanhã</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Limber</source>
        <translation>Limber</translation>
    </message>
    <message>
        <source>Reminders paused until %1</source>
        <translation>Lembretes pausados até %1</translation>
    </message>
    <message>
        <source>Next reminder: %1</source>
        <translation>Próximo lembrete: %1</translation>
    </message>
    <message>
        <source>No reminder planned</source>
        <translation>Nenhum lembrete programado</translation>
    </message>
</context>
<context>
    <name>limber::RoutineConflicts</name>
    <message>
        <source>%1: this version is no longer waiting for a choice</source>
        <translation>%1: esta versão não está mais esperando uma escolha</translation>
    </message>
    <message>
        <source>%1: your choice was saved, but this copy could not be deleted: %2</source>
        <translation>%1: sua escolha foi salva, mas não foi possível excluir esta cópia: %2</translation>
    </message>
</context>
<context>
    <name>limber::RoutineEditor</name>
    <message>
        <source>Routine name</source>
        <translation>Nome da rotina</translation>
    </message>
    <message>
        <source>Routine length</source>
        <translation>Duração da rotina</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado do salvamento</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Reverter</translation>
    </message>
    <message>
        <source>Revert to the saved routine</source>
        <translation>Voltar à rotina salva</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Save the routine</source>
        <translation>Salvar a rotina</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>Salvar (%1)</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Praticar</translation>
    </message>
    <message>
        <source>Play this routine</source>
        <translation>Praticar esta rotina</translation>
    </message>
    <message>
        <source>Built-in routines are read-only. Duplicate it to make your own.</source>
        <translation>As rotinas incluídas são somente leitura. Duplique esta para criar a sua.</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Duplicate this routine to make your own</source>
        <translation>Duplicar esta rotina para criar a sua</translation>
    </message>
    <message>
        <source>No stretches yet</source>
        <translation>Nenhum alongamento ainda</translation>
    </message>
    <message numerus="yes">
        <source>%n stretch(es) · %1 in all</source>
        <translation>
            <numerusform>%n alongamento · %1 no total</numerusform>
            <numerusform>%n alongamentos · %1 no total</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes · give the routine a name to save it</source>
        <translation>Alterações não salvas · dê um nome à rotina para salvá-la</translation>
    </message>
    <message>
        <source>Unsaved changes · add a stretch to save it</source>
        <translation>Alterações não salvas · adicione um alongamento para salvá-la</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
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
        <translation>Só lado esquerdo · %1</translation>
    </message>
    <message>
        <source>Right side only · %1</source>
        <translation>Só lado direito · %1</translation>
    </message>
    <message>
        <source>%1 each side</source>
        <translation>%1 de cada lado</translation>
    </message>
    <message>
        <source>%1 · ×%2</source>
        <translation>%1 · ×%2</translation>
    </message>
    <message>
        <source>This hurt on %1: go gentler, or leave it out for now.</source>
        <translation>Este doeu em %1: faça com mais suavidade ou deixe-o de fora por enquanto.</translation>
    </message>
    <message>
        <source>Missing stretch · %1</source>
        <translation>Alongamento ausente · %1</translation>
    </message>
</context>
<context>
    <name>limber::RoutineItemDelegate</name>
    <message>
        <source>Built-in</source>
        <translation>Incluída</translation>
    </message>
    <message>
        <source>Unsaved</source>
        <translation>Não salva</translation>
    </message>
    <message>
        <source>New name for the routine</source>
        <translation>Novo nome para a rotina</translation>
    </message>
</context>
<context>
    <name>limber::RoutineListModel</name>
    <message>
        <source>Built-in, read-only. %1</source>
        <translation>Incluída, somente leitura. %1</translation>
    </message>
    <message>
        <source>Unsaved changes. %1</source>
        <translation>Alterações não salvas. %1</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Ainda não salva</translation>
    </message>
    <message numerus="yes">
        <source>%n stretch(es) · %1</source>
        <translation>
            <numerusform>%n alongamento · %1</numerusform>
            <numerusform>%n alongamentos · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved yet · %1</source>
        <translation>Ainda não salva · %1</translation>
    </message>
</context>
<context>
    <name>limber::RoutineListPanel</name>
    <message>
        <source>Routines</source>
        <translation>Rotinas</translation>
    </message>
    <message>
        <source>Pick one to edit, or make your own.</source>
        <translation>Escolha uma para editar ou crie a sua.</translation>
    </message>
    <message>
        <source>Your own routines appear here. Duplicate “%1” or start a new one.</source>
        <translation>Suas rotinas aparecem aqui. Duplique “%1” ou comece uma nova.</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Nova rotina</translation>
    </message>
    <message>
        <source>Start a new routine</source>
        <translation>Começar uma nova rotina</translation>
    </message>
    <message>
        <source>New routine (%1)</source>
        <translation>Nova rotina (%1)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Import a routine from a file</source>
        <translation>Importar uma rotina de um arquivo</translation>
    </message>
    <message>
        <source>Import a routine file (%1)</source>
        <translation>Importar um arquivo de rotina (%1)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Duplicate the selected routine</source>
        <translation>Duplicar a rotina selecionada</translation>
    </message>
    <message>
        <source>Duplicate (%1)</source>
        <translation>Duplicar (%1)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renomear</translation>
    </message>
    <message>
        <source>Rename the selected routine</source>
        <translation>Renomear a rotina selecionada</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Delete the selected routine</source>
        <translation>Excluir a rotina selecionada</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export the selected routine to a file</source>
        <translation>Exportar a rotina selecionada para um arquivo</translation>
    </message>
    <message>
        <source>Export to a file to share (%1)</source>
        <translation>Exportar para um arquivo e compartilhar (%1)</translation>
    </message>
    <message>
        <source>Rename (%1)</source>
        <translation>Renomear (%1)</translation>
    </message>
</context>
<context>
    <name>limber::RoutineOverview</name>
    <message>
        <source>Routine name</source>
        <translation>Nome da rotina</translation>
    </message>
    <message>
        <source>Routine length</source>
        <translation>Duração da rotina</translation>
    </message>
    <message>
        <source>Stretches in this routine</source>
        <translation>Alongamentos desta rotina</translation>
    </message>
    <message numerus="yes">
        <source>%n stretch(es) · %1 in all</source>
        <translation>
            <numerusform>%n alongamento · %1 no total</numerusform>
            <numerusform>%n alongamentos · %1 no total</numerusform>
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
        <translation>%1 s de cada lado</translation>
    </message>
    <message>
        <source>%1 s, left side only</source>
        <translation>%1 s, só lado esquerdo</translation>
    </message>
    <message>
        <source>%1 s, right side only</source>
        <translation>%1 s, só lado direito</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n times</source>
        <translation>
            <numerusform>%1, %n vez</numerusform>
            <numerusform>%1, %n vezes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::RoutineStore</name>
    <message>
        <source>name: must not be empty</source>
        <translation>nome: não pode ficar vazio</translation>
    </message>
    <message>
        <source>%1: the folder cannot be created</source>
        <translation>%1: não é possível criar a pasta</translation>
    </message>
    <message>
        <source>%1: there is no saved routine with this id</source>
        <translation>%1: não há rotina salva com este id</translation>
    </message>
    <message>
        <source>%1: name: must not be empty</source>
        <translation>%1: nome: não pode ficar vazio</translation>
    </message>
    <message>
        <source>%1: cannot be deleted: %2</source>
        <translation>%1: não é possível excluir: %2</translation>
    </message>
    <message>
        <source>%1: carries stretches of its own, which cannot be kept here</source>
        <translation>%1: traz alongamentos próprios, que não podem ser mantidos aqui</translation>
    </message>
</context>
<context>
    <name>limber::RoutineTimingPanel</name>
    <message>
        <source>Routine timing</source>
        <translation>Tempos da rotina</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Preparação</translation>
    </message>
    <message>
        <source>Rest between stretches</source>
        <translation>Descanso entre alongamentos</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Troca de lado</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Aquecimento</translation>
    </message>
    <message>
        <source>%1: use my settings</source>
        <translation>%1: usar minhas configurações</translation>
    </message>
    <message>
        <source>%1 in seconds</source>
        <translation>%1 em segundos</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>Use my settings (%1)</source>
        <translation>Usar minhas configurações (%1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
</context>
<context>
    <name>limber::RoutineTotalLabel</name>
    <message>
        <source>Length of your routine</source>
        <translation>Duração da sua rotina</translation>
    </message>
    <message>
        <source>Your routine “%1” now takes %2.</source>
        <translation>Sua rotina “%1” agora dura %2.</translation>
    </message>
</context>
<context>
    <name>limber::RoutinesView</name>
    <message>
        <source>New routine</source>
        <translation>Nova rotina</translation>
    </message>
    <message>
        <source>The routine was not saved</source>
        <translation>A rotina não foi salva</translation>
    </message>
    <message>
        <source>Give the routine a name before saving it.</source>
        <translation>Dê um nome à rotina antes de salvá-la.</translation>
    </message>
    <message>
        <source>Add at least one stretch to “%1” before saving it.</source>
        <translation>Adicione pelo menos um alongamento a “%1” antes de salvá-la.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Saved as “%1”: another routine is called “%2”.</source>
        <translation>Salva como “%1”: já existe outra rotina chamada “%2”.</translation>
    </message>
    <message>
        <source>The routine was not duplicated</source>
        <translation>A rotina não foi duplicada</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (cópia)</translation>
    </message>
    <message>
        <source>A copy you can change</source>
        <translation>Uma cópia que você pode alterar</translation>
    </message>
    <message>
        <source>The routine was not renamed</source>
        <translation>A rotina não foi renomeada</translation>
    </message>
    <message>
        <source>Renamed to “%1”: another routine is called “%2”.</source>
        <translation>Renomeada para “%1”: já existe outra rotina chamada “%2”.</translation>
    </message>
    <message>
        <source>The routine was not deleted</source>
        <translation>A rotina não foi excluída</translation>
    </message>
    <message>
        <source>The routine was not imported</source>
        <translation>A rotina não foi importada</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importada de %1</translation>
    </message>
    <message>
        <source>The routine was not exported</source>
        <translation>A rotina não foi exportada</translation>
    </message>
    <message>
        <source>The routine has no stretches yet.</source>
        <translation>A rotina ainda não tem alongamentos.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportada para %1</translation>
    </message>
    <message>
        <source>“%1” is read-only, so %2 went into a new routine.</source>
        <translation>“%1” é somente leitura; por isso, %2 foi para uma nova rotina.</translation>
    </message>
</context>
<context>
    <name>limber::SessionDetailsDialog</name>
    <message>
        <source>%1 (not in this Limber)</source>
        <extracomment>A stretch a history entry names but this version of Limber does not know</extracomment>
        <translation>%1 (não existe nesta versão do Limber)</translation>
    </message>
    <message>
        <source>Session of %1</source>
        <translation>Sessão de %1</translation>
    </message>
    <message>
        <source>Routine: %1</source>
        <translation>Rotina: %1</translation>
    </message>
    <message>
        <source>Time stretching: %1</source>
        <translation>Tempo de alongamento: %1</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sem avaliação</translation>
    </message>
    <message>
        <source>Pain before: %1 · after: %2</source>
        <translation>Dor antes: %1 · depois: %2</translation>
    </message>
    <message>
        <source>Played on: %1</source>
        <translation>Feita em: %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Alongamento</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Mantido</translation>
    </message>
    <message>
        <source>Stretches of this session</source>
        <translation>Alongamentos desta sessão</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Esquerdo</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Direito</translation>
    </message>
    <message>
        <source>It hurts</source>
        <translation>Doeu</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Pulado</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Feito</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Excluir sessão</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
</context>
<context>
    <name>limber::SessionListModel</name>
    <message>
        <source>ddd d MMM yyyy</source>
        <extracomment>How a session&apos;s date reads in the history (QDate format: ddd weekday, MMM month)</extracomment>
        <translation>ddd, d &apos;de&apos; MMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>pain %1 → %2</source>
        <translation>dor %1 → %2</translation>
    </message>
    <message>
        <source>pain %1 before</source>
        <translation>dor %1 antes</translation>
    </message>
    <message>
        <source>pain %1 after</source>
        <translation>dor %1 depois</translation>
    </message>
    <message>
        <source>it hurt</source>
        <translation>doeu</translation>
    </message>
</context>
<context>
    <name>limber::Settings</name>
    <message>
        <source>using %1</source>
        <translation>usando %1</translation>
    </message>
    <message>
        <source>using true</source>
        <translation>usando true</translation>
    </message>
    <message>
        <source>using false</source>
        <translation>usando false</translation>
    </message>
    <message>
        <source>each stretch keeps its own hold</source>
        <translation>cada alongamento mantém o próprio tempo de permanência</translation>
    </message>
    <message>
        <source>is not one of %1</source>
        <translation>não é um destes valores: %1</translation>
    </message>
    <message>
        <source>using system</source>
        <translation>usando system</translation>
    </message>
    <message>
        <source>is not a supported language (%1)</source>
        <translation>não é um idioma suportado (%1)</translation>
    </message>
    <message>
        <source>following the system</source>
        <translation>seguindo o idioma do sistema</translation>
    </message>
    <message>
        <source>is not a stretch id (only a-z, 0-9 and -)</source>
        <translation>não é um id de alongamento (só a-z, 0-9 e -)</translation>
    </message>
    <message>
        <source>the override is dropped</source>
        <translation>o tempo personalizado é descartado</translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation>não é um número inteiro</translation>
    </message>
    <message>
        <source>%1 to %2 s</source>
        <translation>%1 a %2 s</translation>
    </message>
    <message>
        <source>%1 to %2 %</source>
        <translation>%1% a %2%</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>is out of range (%1)</source>
        <translation>está fora do intervalo (%1)</translation>
    </message>
    <message>
        <source>is not true or false</source>
        <translation>não é true nem false</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; %3; %4</source>
        <comment>key: &quot;value&quot; reason; what is used instead</comment>
        <translation>%1: “%2” %3; %4</translation>
    </message>
    <message>
        <source>Ignoring a hold override for &quot;%1&quot;: not a stretch id</source>
        <translation>Tempo personalizado para “%1” ignorado: não é um id de alongamento</translation>
    </message>
    <message>
        <source>Ignoring the language &quot;%1&quot;: not one of %2</source>
        <translation>Idioma “%1” ignorado: não é um destes: %2</translation>
    </message>
    <message>
        <source>using the default voice</source>
        <translation>usando a voz padrão</translation>
    </message>
    <message>
        <source>using the built-in routine</source>
        <translation>usando a rotina incluída</translation>
    </message>
    <message>
        <source>not moved to the shared preferences</source>
        <translation>não movido para as preferências compartilhadas</translation>
    </message>
</context>
<context>
    <name>limber::SettingsView</name>
    <message>
        <source>Reset all settings?</source>
        <translation>Redefinir todas as configurações?</translation>
    </message>
    <message>
        <source>Every setting on this page goes back to its default, and your own holds for single stretches are removed.</source>
        <translation>Todas as configurações desta página voltam ao padrão, e os tempos que você definiu para alongamentos específicos são removidos.</translation>
    </message>
    <message>
        <source>Reset all</source>
        <translation>Redefinir tudo</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Changes apply at once.</source>
        <translation>As alterações valem na hora.</translation>
    </message>
    <message>
        <source>Reset all to defaults…</source>
        <translation>Redefinir tudo para o padrão…</translation>
    </message>
    <message>
        <source>Reset all settings to their defaults</source>
        <translation>Redefinir todas as configurações para o padrão</translation>
    </message>
    <message>
        <source>Every setting back to its default; asks first</source>
        <translation>Todas as configurações voltam ao padrão; pede confirmação antes</translation>
    </message>
    <message>
        <source>Scroll the settings</source>
        <translation>Rolar as configurações</translation>
    </message>
</context>
<context>
    <name>limber::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Show %1</source>
        <comment>a view of the window</comment>
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Go to the next or previous control; the arrow keys move within one</source>
        <translation>Ir para o controle seguinte ou anterior; as setas se movem dentro dele</translation>
    </message>
    <message>
        <source>Keys for %1</source>
        <translation>Teclas para %1</translation>
    </message>
</context>
<context>
    <name>limber::SingleInstance</name>
    <message>
        <source>no D-Bus session bus</source>
        <translation>nenhum barramento de sessão D-Bus</translation>
    </message>
    <message>
        <source>another program owns the name %1</source>
        <translation>outro programa já usa o nome %1</translation>
    </message>
</context>
<context>
    <name>limber::SoundCues</name>
    <message>
        <source>No audio output was found, so cues are shown on screen only.</source>
        <translation>Nenhuma saída de áudio foi encontrada; por isso, os avisos aparecem só na tela.</translation>
    </message>
    <message>
        <source>The cue sounds could not be played, so cues are shown on screen only.</source>
        <translation>Não foi possível tocar os sons de aviso; por isso, os avisos aparecem só na tela.</translation>
    </message>
    <message>
        <source>The sound output of Limber is missing from this installation, so cues are shown on screen only.</source>
        <translation>Falta a saída de som do Limber nesta instalação, então as indicações aparecem só na tela.</translation>
    </message>
</context>
<context>
    <name>limber::SpeechWorker</name>
    <message>
        <source>No text-to-speech voice is available, so cues are not spoken. Install speech-dispatcher and espeak-ng for spoken cues.</source>
        <translation>Nenhuma voz de síntese de fala está disponível; por isso, os avisos não são falados. Instale speech-dispatcher e espeak-ng para ter avisos falados.</translation>
    </message>
    <message>
        <source>No text-to-speech voice speaks %1, so cues are not spoken. Install speech-dispatcher and espeak-ng for spoken cues.</source>
        <translation>Nenhuma voz de síntese de fala fala %1; por isso, os avisos não são falados. Instale speech-dispatcher e espeak-ng para ter avisos falados.</translation>
    </message>
    <message>
        <source>The text-to-speech engine stopped working (%1), so cues are not spoken. Install speech-dispatcher and espeak-ng for spoken cues.</source>
        <translation>O mecanismo de síntese de fala parou de funcionar (%1); por isso, os avisos não são falados. Instale speech-dispatcher e espeak-ng para ter avisos falados.</translation>
    </message>
</context>
<context>
    <name>limber::StartPoseChooser</name>
    <message>
        <source>Start from</source>
        <translation>Começar de</translation>
    </message>
    <message>
        <source>Replaces the chosen position with a plain position or a built-in stretch&apos;s pose</source>
        <translation>Substitui a posição escolhida por uma posição simples ou pela postura de um alongamento incluído</translation>
    </message>
    <message>
        <source>Choose a position…</source>
        <translation>Escolha uma posição…</translation>
    </message>
</context>
<context>
    <name>limber::StepEditorPanel</name>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n vez</numerusform>
            <numerusform>%n vezes</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected stretch</source>
        <translation>Alongamento selecionado</translation>
    </message>
    <message>
        <source>Select a stretch in the list to change its hold, sides or repeats.</source>
        <translation>Selecione um alongamento na lista para alterar o tempo de permanência, os lados ou as repetições.</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Permanência</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Lados</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Custom hold</source>
        <translation>Tempo personalizado</translation>
    </message>
    <message>
        <source>Custom hold for this stretch</source>
        <translation>Tempo personalizado para este alongamento</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Hold in seconds</source>
        <translation>Permanência em segundos</translation>
    </message>
    <message>
        <source>Recommended hold</source>
        <translation>Tempo recomendado</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Os dois lados</translation>
    </message>
    <message>
        <source>Left side only</source>
        <translation>Só lado esquerdo</translation>
    </message>
    <message>
        <source>Right side only</source>
        <translation>Só lado direito</translation>
    </message>
    <message>
        <source>Not one-sided</source>
        <translation>Não é unilateral</translation>
    </message>
    <message>
        <source>Recommended (%1)</source>
        <translation>Recomendado (%1)</translation>
    </message>
    <message>
        <source>This stretch is done the same way once, not one side at a time.</source>
        <translation>Este alongamento é feito uma única vez, igual para os dois lados, e não um lado de cada vez.</translation>
    </message>
    <message>
        <source>From your settings (%1)</source>
        <translation>Das suas configurações (%1)</translation>
    </message>
</context>
<context>
    <name>limber::StepListPanel</name>
    <message>
        <source>Stretches in this routine</source>
        <translation>Alongamentos desta rotina</translation>
    </message>
    <message>
        <source>Drag a stretch, or press Alt+Up or Alt+Down, to change the order.</source>
        <translation>Arraste um alongamento ou pressione Alt+Seta para cima ou Alt+Seta para baixo para mudar a ordem.</translation>
    </message>
    <message>
        <source>No stretches yet.
Add them with “Add stretch” below, or with “Add to routine” in the library.</source>
        <translation>Nenhum alongamento ainda.
Adicione com “Adicionar alongamento” abaixo ou com “Adicionar à rotina” na biblioteca.</translation>
    </message>
    <message>
        <source>Add stretch</source>
        <translation>Adicionar alongamento</translation>
    </message>
    <message>
        <source>Add a stretch to the routine</source>
        <translation>Adicionar um alongamento à rotina</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove the selected stretch</source>
        <translation>Remover o alongamento selecionado</translation>
    </message>
    <message>
        <source>Remove (Delete)</source>
        <translation>Remover (Delete)</translation>
    </message>
    <message>
        <source>Move the selected stretch up</source>
        <translation>Mover o alongamento selecionado para cima</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Mover para cima (Alt+Seta para cima)</translation>
    </message>
    <message>
        <source>Move the selected stretch down</source>
        <translation>Mover o alongamento selecionado para baixo</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Mover para baixo (Alt+Seta para baixo)</translation>
    </message>
    <message>
        <source>%1 (Yours)</source>
        <translation>%1 (Seu)</translation>
    </message>
</context>
<context>
    <name>limber::StepRowDelegate</name>
    <message>
        <source>Hurt %1</source>
        <translation>Doeu em %1</translation>
    </message>
</context>
<context>
    <name>limber::StretchActionBar</name>
    <message>
        <source>Duplicate as my own</source>
        <translation>Duplicar como meu</translation>
    </message>
    <message>
        <source>Duplicate as my own stretch, to change it</source>
        <translation>Duplicar como um alongamento meu, para alterá-lo</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit this stretch</source>
        <translation>Editar este alongamento</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Delete this stretch</source>
        <translation>Excluir este alongamento</translation>
    </message>
</context>
<context>
    <name>limber::StretchActions</name>
    <message>
        <source>A stretch called “%1” already exists; choose another name, such as “%2”.</source>
        <translation>Já existe um alongamento chamado “%1”; escolha outro nome, como “%2”.</translation>
    </message>
</context>
<context>
    <name>limber::StretchDetailView</name>
    <message>
        <source>Back to library</source>
        <translation>Voltar à biblioteca</translation>
    </message>
    <message>
        <source>Back to the stretch library</source>
        <translation>Voltar à biblioteca de alongamentos</translation>
    </message>
    <message>
        <source>Play this stretch</source>
        <translation>Praticar este alongamento</translation>
    </message>
    <message>
        <source>Add to routine</source>
        <translation>Adicionar à rotina</translation>
    </message>
    <message>
        <source>Add this stretch to the routine</source>
        <translation>Adicionar este alongamento à rotina</translation>
    </message>
    <message>
        <source>How to do the stretch</source>
        <translation>Como fazer o alongamento</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>Como fazer</translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation>Cuidados</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>Atenção</translation>
    </message>
    <message>
        <source>Illustration of %1</source>
        <translation>Ilustração: %1</translation>
    </message>
    <message>
        <source>Targets: %1</source>
        <translation>Atua em: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Move slowly for %1, one cycle every %2</source>
        <translation>Movimente-se devagar por %1, um ciclo a cada %2</translation>
    </message>
    <message>
        <source>Keep moving at an easy pace for %1</source>
        <translation>Continue se movimentando em ritmo tranquilo por %1</translation>
    </message>
    <message>
        <source>Hold %1 on each side</source>
        <translation>Mantenha %1 de cada lado</translation>
    </message>
    <message>
        <source>Hold %1</source>
        <translation>Mantenha %1</translation>
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
        <translation>Imagem</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>O que fazer</translation>
    </message>
    <message>
        <source>e.g. Hamstring floss</source>
        <translation>ex.: Deslizamento dos posteriores da coxa</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>One line: what it stretches and how</source>
        <translation>Uma linha: o que ele alonga e como</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>R&amp;esumo:</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Passo %1</translation>
    </message>
    <message>
        <source>Add a s&amp;tep</source>
        <translation>Adicionar um &amp;passo</translation>
    </message>
    <message>
        <source>Describe this step</source>
        <translation>Descreva este passo</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Passos:</translation>
    </message>
    <message>
        <source>Caution %1</source>
        <translation>Cuidado %1</translation>
    </message>
    <message>
        <source>Add a ca&amp;ution</source>
        <translation>Adicionar um c&amp;uidado</translation>
    </message>
    <message>
        <source>When to be careful or stop</source>
        <translation>Quando ter cuidado ou parar</translation>
    </message>
    <message>
        <source>Cautions:</source>
        <translation>Cuidados:</translation>
    </message>
    <message>
        <source>How it is done</source>
        <translation>Como é feito</translation>
    </message>
    <message>
        <source>Body areas</source>
        <translation>Áreas do corpo</translation>
    </message>
    <message>
        <source>Body areas:</source>
        <translation>Áreas do corpo:</translation>
    </message>
    <message>
        <source>&amp;Held still</source>
        <translation>&amp;Mantido parado</translation>
    </message>
    <message>
        <source>&amp;Flowing: moved through slowly</source>
        <translation>&amp;Em movimento: feito devagar</translation>
    </message>
    <message>
        <source>Movement:</source>
        <translation>Movimento:</translation>
    </message>
    <message>
        <source>One side at a time (the picture is mirrored for the other side)</source>
        <translation>Um lado de cada vez (a imagem é espelhada para o outro lado)</translation>
    </message>
    <message>
        <source>Sides:</source>
        <translation>Lados:</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> segundos</translation>
    </message>
    <message>
        <source>Recommended hold in seconds</source>
        <translation>Permanência recomendada em segundos</translation>
    </message>
    <message>
        <source>Recommended h&amp;old:</source>
        <translation>Permanência rec&amp;omendada:</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <source>Undo (%1)</source>
        <translation>Desfazer (%1)</translation>
    </message>
    <message>
        <source>Redo (%1)</source>
        <translation>Refazer (%1)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>%1 (my own)</source>
        <translation>%1 (meu)</translation>
    </message>
    <message>
        <source>New stretch</source>
        <translation>Novo alongamento</translation>
    </message>
    <message>
        <source>Edit stretch</source>
        <translation>Editar alongamento</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <source>Discard your changes to this stretch?</source>
        <translation>Descartar as alterações feitas neste alongamento?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar alterações</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuar editando</translation>
    </message>
    <message>
        <source>About the stretch</source>
        <translation>Sobre o alongamento</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
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
        <translation>%1 Atua em: %2. %3.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1, moving</source>
        <translation>%1, em movimento</translation>
    </message>
    <message>
        <source>%1 each side</source>
        <translation>%1 de cada lado</translation>
    </message>
    <message>
        <source>Your own stretch. %1 Targets: %2. %3.</source>
        <translation>Seu próprio alongamento. %1 Trabalha: %2. %3.</translation>
    </message>
</context>
<context>
    <name>limber::StretchPicturePanel</name>
    <message>
        <source>&amp;Draw the figure</source>
        <translation>&amp;Desenhar a figura</translation>
    </message>
    <message>
        <source>Use a &amp;picture</source>
        <translation>Usar uma &amp;imagem</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Escolha uma imagem</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figura</translation>
    </message>
    <message>
        <source>&amp;Start again from</source>
        <translation>&amp;Recomeçar de</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Em pé</translation>
    </message>
    <message>
        <source>Lying on the back</source>
        <translation>Deitado de costas</translation>
    </message>
    <message>
        <source>On hands and knees</source>
        <translation>Em quatro apoios</translation>
    </message>
    <message>
        <source>A built-in stretch</source>
        <translation>Um alongamento incluído</translation>
    </message>
    <message>
        <source>Picture preview</source>
        <translation>Prévia da imagem</translation>
    </message>
    <message>
        <source>C&amp;hoose a picture…</source>
        <translation>Esc&amp;olher uma imagem…</translation>
    </message>
    <message>
        <source>A PNG, JPEG or SVG file of at most 2 MiB. It is copied into Limber&apos;s data folder and shown as it is, never mirrored.</source>
        <translation>Um arquivo PNG, JPEG ou SVG de no máximo 2 MiB. Ele é copiado para a pasta de dados do Limber e mostrado como está, nunca espelhado.</translation>
    </message>
    <message>
        <source>No picture chosen yet.</source>
        <translation>Nenhuma imagem escolhida ainda.</translation>
    </message>
    <message>
        <source>The picture cannot be shown.</source>
        <translation>Não é possível mostrar a imagem.</translation>
    </message>
</context>
<context>
    <name>limber::StretchRowActions</name>
    <message>
        <source>Actions for %1</source>
        <translation>Ações para %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Duplicate as my own</source>
        <translation>Duplicar como meu</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Excluir…</translation>
    </message>
</context>
<context>
    <name>limber::StretchStore</name>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: não é possível gravar: %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is the id of a built-in stretch; give the file another name</source>
        <translation>%1: &quot;%2&quot; é o id de um alongamento incluído; dê outro nome ao arquivo</translation>
    </message>
    <message>
        <source>%1: there is no stretch of yours with this id</source>
        <translation>%1: não há nenhum alongamento seu com este id</translation>
    </message>
    <message>
        <source>%1: cannot be deleted: %2</source>
        <translation>%1: não é possível excluir: %2</translation>
    </message>
    <message>
        <source>image_type: must be &quot;png&quot;, &quot;jpeg&quot; or &quot;svg&quot;</source>
        <translation>image_type: deve ser &quot;png&quot;, &quot;jpeg&quot; ou &quot;svg&quot;</translation>
    </message>
    <message>
        <source>image_data: %1</source>
        <translation>image_data: %1</translation>
    </message>
    <message>
        <source>%1: the folder cannot be created</source>
        <translation>%1: não é possível criar a pasta</translation>
    </message>
</context>
<context>
    <name>limber::SummaryPage</name>
    <message>
        <source>Time spent: %1</source>
        <translation>Tempo total: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n stretch(es) done</source>
        <translation>
            <numerusform>%n alongamento feito</numerusform>
            <numerusform>%n alongamentos feitos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n pulado</numerusform>
            <numerusform>%n pulados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;It hurts&quot; pressed %n time(s)</source>
        <translation>
            <numerusform>“Está doendo” pressionado %n vez</numerusform>
            <numerusform>“Está doendo” pressionado %n vezes</numerusform>
        </translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>Muito bem!</translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation>Resumo da sessão</translation>
    </message>
    <message>
        <source>Play again</source>
        <translation>Praticar de novo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluir</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Interrompida antes do fim</translation>
    </message>
    <message>
        <source>How is your back now?</source>
        <translation>Como estão suas costas agora?</translation>
    </message>
    <message>
        <source>A note for this session (optional)</source>
        <translation>Uma observação sobre esta sessão (opcional)</translation>
    </message>
    <message>
        <source>Note for this session</source>
        <translation>Observação sobre esta sessão</translation>
    </message>
    <message>
        <source>Saved in your history.</source>
        <translation>Salva no seu histórico.</translation>
    </message>
    <message>
        <source>Saved in your history, with your answers.</source>
        <translation>Salva no seu histórico, com as suas respostas.</translation>
    </message>
    <message>
        <source>Not kept in your history: no stretch was held.</source>
        <translation>Não foi guardada no histórico: nenhum alongamento foi mantido.</translation>
    </message>
    <message>
        <source>Could not save this session: %1</source>
        <translation>Não foi possível salvar esta sessão: %1</translation>
    </message>
</context>
<context>
    <name>limber::TextListEditor</name>
    <message>
        <source>Move %1 up</source>
        <translation>Mover %1 para cima</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>Mover %1 para baixo</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remover %1</translation>
    </message>
</context>
<context>
    <name>limber::TextToSpeechSpeaker</name>
    <message>
        <source>The text-to-speech service did not start, so cues are not spoken. Install speech-dispatcher and espeak-ng for spoken cues.</source>
        <translation>O serviço de síntese de fala não iniciou; por isso, os avisos não são falados. Instale speech-dispatcher e espeak-ng para ter avisos falados.</translation>
    </message>
    <message>
        <source>The text-to-speech service stopped answering, so cues are not spoken. Restart Limber to try again.</source>
        <translation>O serviço de síntese de fala parou de responder; por isso, os avisos não são falados. Reinicie o Limber para tentar de novo.</translation>
    </message>
</context>
<context>
    <name>limber::TimingSettingsSection</name>
    <message>
        <source>Timing</source>
        <translation>Tempos</translation>
    </message>
    <message>
        <source>Holds:</source>
        <translation>Permanência:</translation>
    </message>
    <message>
        <source>Each stretch’s recommended hold</source>
        <translation>O tempo recomendado de cada alongamento</translation>
    </message>
    <message>
        <source>Hold each stretch for its recommended time</source>
        <translation>Manter cada alongamento pelo tempo recomendado</translation>
    </message>
    <message>
        <source>Each stretch is held as long as its instructions say</source>
        <translation>Cada alongamento é mantido pelo tempo que as instruções indicam</translation>
    </message>
    <message>
        <source>Same hold for every stretch:</source>
        <translation>O mesmo tempo para todos os alongamentos:</translation>
    </message>
    <message>
        <source>Same hold for every stretch</source>
        <translation>O mesmo tempo para todos os alongamentos</translation>
    </message>
    <message>
        <source>Every stretch is held this long, unless you set its own hold below</source>
        <translation>Todos os alongamentos são mantidos por este tempo, a menos que você defina um tempo próprio abaixo</translation>
    </message>
    <message>
        <source>Hold for every stretch</source>
        <translation>Tempo para todos os alongamentos</translation>
    </message>
    <message>
        <source>Get ready:</source>
        <translation>Preparação:</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Preparação</translation>
    </message>
    <message>
        <source>Time to get into position before the first stretch</source>
        <translation>Tempo para se posicionar antes do primeiro alongamento</translation>
    </message>
    <message>
        <source>Rest between stretches:</source>
        <translation>Descanso entre alongamentos:</translation>
    </message>
    <message>
        <source>Rest between stretches</source>
        <translation>Descanso entre alongamentos</translation>
    </message>
    <message>
        <source>A pause between stretches, while the next one is shown</source>
        <translation>Uma pausa entre os alongamentos, enquanto o próximo é mostrado</translation>
    </message>
    <message>
        <source>Switch sides:</source>
        <translation>Troca de lado:</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Troca de lado</translation>
    </message>
    <message>
        <source>A pause between the two sides of a one-sided stretch</source>
        <translation>Uma pausa entre os dois lados de um alongamento unilateral</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>Warm-up:</source>
        <translation>Aquecimento:</translation>
    </message>
    <message>
        <source>March in place first, for</source>
        <translation>Marchar no lugar antes, por</translation>
    </message>
    <message>
        <source>Warm up by marching in place</source>
        <translation>Aquecer marchando no lugar</translation>
    </message>
    <message>
        <source>A gentle march before the first stretch warms up the hips and back</source>
        <translation>Uma marcha leve antes do primeiro alongamento aquece os quadris e as costas</translation>
    </message>
    <message>
        <source>Warm-up length</source>
        <translation>Duração do aquecimento</translation>
    </message>
    <message>
        <source>Your hold for each stretch</source>
        <translation>Seu tempo para cada alongamento</translation>
    </message>
    <message>
        <source>Click a hold to set your own for that stretch; it comes before the holds above. One-sided stretches are held this long on each side.</source>
        <translation>Clique em um tempo para definir o seu para aquele alongamento; ele tem prioridade sobre os tempos acima. Os alongamentos unilaterais são mantidos por esse tempo de cada lado.</translation>
    </message>
</context>
<context>
    <name>limber::YoursBadge</name>
    <message>
        <source>A stretch you made</source>
        <translation>Um alongamento que você criou</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Seu</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>--size: must be a whole number of pixels from 16 to 4096</source>
        <translation>--size: deve ser um número inteiro de pixels de 16 a 4096</translation>
    </message>
    <message>
        <source>%1 could not be read and was moved aside to %2:
%3</source>
        <translation>Não foi possível ler %1; o arquivo foi movido para %2:
%3</translation>
    </message>
    <message>
        <source>Limber</source>
        <translation>Limber</translation>
    </message>
    <message>
        <source>Another Limber could not be reached (%1); starting anyway.</source>
        <translation>Não foi possível contatar outra instância do Limber (%1); iniciando mesmo assim.</translation>
    </message>
    <message>
        <source>Run limber --help for the options.</source>
        <translation>Execute limber --help para ver as opções.</translation>
    </message>
    <message>
        <source>%1 could not be read, nor moved aside, so it was left as it is:
%2</source>
        <translation>Não foi possível ler %1 nem movê-lo para outro lugar; por isso, ele foi mantido como está:
%2</translation>
    </message>
    <message>
        <source>Limber&apos;s window module could not be loaded, so Limber cannot start: %1</source>
        <translation>Não foi possível carregar o módulo da janela do Limber, então o Limber não pode iniciar: %1</translation>
    </message>
    <message>
        <source>Limber&apos;s files are incomplete: its window could not be loaded. Please reinstall Limber.</source>
        <translation>Os arquivos do Limber estão incompletos: não foi possível carregar a janela. Reinstale o Limber.</translation>
    </message>
</context>
</TS>
