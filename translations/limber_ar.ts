<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>BodyArea</name>
    <message>
        <source>Lower back</source>
        <translation>أسفل الظهر</translation>
    </message>
    <message>
        <source>Hips</source>
        <translation>الوركان</translation>
    </message>
    <message>
        <source>Glutes</source>
        <translation>الأرداف</translation>
    </message>
    <message>
        <source>Hamstrings</source>
        <translation>العضلات الخلفية للفخذ</translation>
    </message>
    <message>
        <source>Hip flexors</source>
        <translation>العضلات المثنية للورك</translation>
    </message>
    <message>
        <source>Groin</source>
        <translation>المنطقة الأُربية</translation>
    </message>
    <message>
        <source>Piriformis</source>
        <translation>العضلة الكمثرية</translation>
    </message>
    <message>
        <source>Spine</source>
        <translation>العمود الفقري</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Stretching should feel like a mild pull, not an intense strain. Stop at once if you feel sharp pain.</source>
        <translation>ينبغي أن تشعر في أثناء الإطالة بشدٍّ خفيف، لا بإجهاد شديد. توقّف فورًا إذا شعرت بألم حادّ.</translation>
    </message>
    <message>
        <source>Warm-up march</source>
        <translation>المشي في المكان للإحماء</translation>
    </message>
    <message>
        <source>Light marching in place to warm your muscles before you stretch.</source>
        <translation>مشيٌ خفيف في المكان لتدفئة عضلاتك قبل الإطالة.</translation>
    </message>
    <message>
        <source>Stand tall with your feet hip-width apart.</source>
        <translation>قف منتصبًا وقدماك متباعدتان بعرض الوركين.</translation>
    </message>
    <message>
        <source>March gently in place, lifting one knee and then the other.</source>
        <translation>امشِ برفق في مكانك، رافعًا إحدى الركبتين ثم الأخرى.</translation>
    </message>
    <message>
        <source>Lift your knees only as high as feels comfortable.</source>
        <translation>ارفع ركبتيك إلى الارتفاع الذي تشعر معه بالراحة فقط.</translation>
    </message>
    <message>
        <source>Keep marching at a steady, easy pace, breathing deeply and evenly.</source>
        <translation>واصل المشي بإيقاع ثابت ومريح، مع تنفّس عميق ومنتظم.</translation>
    </message>
    <message>
        <source>March at an easy pace: this is a warm-up, not a workout.</source>
        <translation>امشِ بإيقاع مريح؛ فهذا إحماء وليس تمرينًا شاقًّا.</translation>
    </message>
    <message>
        <source>Hold onto the back of a chair if your balance is unsteady.</source>
        <translation>أمسك بظهر كرسي إذا لم يكن توازنك ثابتًا.</translation>
    </message>
    <message>
        <source>Knee to chest</source>
        <translation>الركبة إلى الصدر</translation>
    </message>
    <message>
        <source>Releases tension in the lower back and gently stretches the glutes.</source>
        <translation>يخفّف التوتر في أسفل الظهر ويُطيل عضلات الأرداف برفق.</translation>
    </message>
    <message>
        <source>Lie on your back.</source>
        <translation>استلقِ على ظهرك.</translation>
    </message>
    <message>
        <source>Hold one knee with both hands and gently pull it toward your chest.</source>
        <translation>أمسك إحدى ركبتيك بكلتا يديك واسحبها برفق نحو صدرك.</translation>
    </message>
    <message>
        <source>Keep the other leg bent with the foot on the floor, or straight, whichever is comfortable.</source>
        <translation>أبقِ الساق الأخرى مثنيّة والقدم على الأرض، أو ممدودة، أيّهما أريح لك.</translation>
    </message>
    <message>
        <source>Hold, breathing slowly.</source>
        <translation>اثبت على هذه الوضعية وتنفّس ببطء.</translation>
    </message>
    <message>
        <source>Keep your head and lower back resting on the floor.</source>
        <translation>أبقِ رأسك وأسفل ظهرك مستندَين إلى الأرض.</translation>
    </message>
    <message>
        <source>If your knee is sensitive, hold behind the thigh instead of over the shin.</source>
        <translation>إذا كانت ركبتك حسّاسة، فأمسك خلف الفخذ بدلًا من مقدّمة الساق.</translation>
    </message>
    <message>
        <source>Both knees to chest</source>
        <translation>الركبتان إلى الصدر</translation>
    </message>
    <message>
        <source>Eases tension in the lower back and loosens the hips.</source>
        <translation>يخفّف التوتر في أسفل الظهر ويُرخي الوركين.</translation>
    </message>
    <message>
        <source>Lie flat on your back.</source>
        <translation>استلقِ على ظهرك مستويًا.</translation>
    </message>
    <message>
        <source>Bring both knees toward your chest at the same time.</source>
        <translation>قرّب ركبتيك كلتيهما نحو صدرك في الوقت نفسه.</translation>
    </message>
    <message>
        <source>Hold them with your hands and draw them in gently.</source>
        <translation>أمسكهما بيديك واسحبهما نحوك برفق.</translation>
    </message>
    <message>
        <source>If your knees are sensitive, hold behind the thighs instead of over the shins.</source>
        <translation>إذا كانت ركبتاك حسّاستين، فأمسك خلف الفخذين بدلًا من مقدّمة الساقين.</translation>
    </message>
    <message>
        <source>Knee rotations</source>
        <translation>تدوير الركبتين</translation>
    </message>
    <message>
        <source>Eases lower back and hip tension and loosens the pelvis.</source>
        <translation>يخفّف التوتر في أسفل الظهر والوركين ويُرخي الحوض.</translation>
    </message>
    <message>
        <source>Lie on your back with your knees bent and feet flat on the floor.</source>
        <translation>استلقِ على ظهرك مع ثني ركبتيك ووضع قدميك مسطّحتين على الأرض.</translation>
    </message>
    <message>
        <source>Rest your arms out to the sides and keep your shoulders on the floor.</source>
        <translation>افرد ذراعيك على الجانبين وأبقِ كتفيك على الأرض.</translation>
    </message>
    <message>
        <source>Keeping your knees together, slowly lower them to one side.</source>
        <translation>مع إبقاء ركبتيك متلاصقتين، أنزلهما ببطء إلى أحد الجانبين.</translation>
    </message>
    <message>
        <source>Bring them back through the middle and over to the other side.</source>
        <translation>أعدهما مرورًا بالوسط ثم إلى الجانب الآخر.</translation>
    </message>
    <message>
        <source>Keep rocking gently from side to side in a controlled motion, breathing slowly.</source>
        <translation>واصل التأرجح برفق من جانب إلى آخر بحركة متحكَّم بها، مع التنفّس ببطء.</translation>
    </message>
    <message>
        <source>Keep the movement small, within what feels comfortable.</source>
        <translation>اجعل الحركة صغيرة، في حدود ما تشعر معه بالراحة.</translation>
    </message>
    <message>
        <source>Move with control; don&apos;t let your knees drop or swing.</source>
        <translation>تحرّك بتحكّم؛ لا تدع ركبتيك تسقطان أو تتأرجحان.</translation>
    </message>
    <message>
        <source>Child&apos;s pose</source>
        <translation>وضعية الطفل</translation>
    </message>
    <message>
        <source>A restful pose that gently stretches the lower back, hips and thighs.</source>
        <translation>وضعية مريحة تُطيل برفق أسفل الظهر والوركين والفخذين.</translation>
    </message>
    <message>
        <source>Start on your hands and knees.</source>
        <translation>ابدأ على يديك وركبتيك.</translation>
    </message>
    <message>
        <source>Slowly sit back toward your heels.</source>
        <translation>اجلس ببطء إلى الخلف نحو كعبيك.</translation>
    </message>
    <message>
        <source>Extend your arms forward on the floor and let your forehead rest down.</source>
        <translation>مدّ ذراعيك إلى الأمام على الأرض ودع جبهتك تستريح على الأرض.</translation>
    </message>
    <message>
        <source>Place a cushion under your knees if they are sensitive.</source>
        <translation>ضع وسادة تحت ركبتيك إذا كانتا حسّاستين.</translation>
    </message>
    <message>
        <source>Sit back only as far as is comfortable; your hips don&apos;t need to reach your heels.</source>
        <translation>ارجع إلى الخلف بالقدر المريح فقط؛ لا يلزم أن يصل وركاك إلى كعبيك.</translation>
    </message>
    <message>
        <source>Runner&apos;s lunge</source>
        <translation>طعنة العدّاء</translation>
    </message>
    <message>
        <source>Stretches hip flexors and hamstrings to ease lower back stiffness.</source>
        <translation>يُطيل العضلات المثنية للورك والعضلات الخلفية للفخذ لتخفيف تيبّس أسفل الظهر.</translation>
    </message>
    <message>
        <source>Step one foot forward into a deep lunge, bending the front knee.</source>
        <translation>تقدّم بإحدى قدميك خطوة إلى الأمام في طعنة عميقة، مع ثني الركبة الأمامية.</translation>
    </message>
    <message>
        <source>Keep the back leg straight with its heel off the floor.</source>
        <translation>أبقِ الساق الخلفية مستقيمة وكعبها مرفوعًا عن الأرض.</translation>
    </message>
    <message>
        <source>Rest your hands on the floor beside your front foot, or on your front thigh.</source>
        <translation>ضع يديك على الأرض بجانب القدم الأمامية، أو على الفخذ الأمامي.</translation>
    </message>
    <message>
        <source>Keep your front knee above your ankle, not past your toes.</source>
        <translation>أبقِ ركبتك الأمامية فوق الكاحل، ولا تتجاوز بها أصابع قدمك.</translation>
    </message>
    <message>
        <source>Lower into the lunge only as deep as you can stay steady.</source>
        <translation>انزل في الطعنة إلى العمق الذي تبقى فيه ثابتًا فقط.</translation>
    </message>
    <message>
        <source>Happy baby</source>
        <translation>وضعية الطفل السعيد</translation>
    </message>
    <message>
        <source>Gently stretches the lower back and piriformis and helps you relax.</source>
        <translation>يُطيل أسفل الظهر والعضلة الكمثرية برفق ويساعدك على الاسترخاء.</translation>
    </message>
    <message>
        <source>Bend your knees toward your chest.</source>
        <translation>اثنِ ركبتيك نحو صدرك.</translation>
    </message>
    <message>
        <source>Grab the soles of your feet with your hands.</source>
        <translation>أمسك باطن قدميك بيديك.</translation>
    </message>
    <message>
        <source>Gently pull your knees toward your armpits.</source>
        <translation>اسحب ركبتيك برفق نحو إبطيك.</translation>
    </message>
    <message>
        <source>If you can&apos;t reach your feet comfortably, hold your ankles or shins instead.</source>
        <translation>إذا لم تستطع الوصول إلى قدميك بسهولة، فأمسك كاحليك أو ساقيك بدلًا منهما.</translation>
    </message>
    <message>
        <source>Cat-cow</source>
        <translation>القطة والبقرة</translation>
    </message>
    <message>
        <source>Gently mobilizes the spine to ease lower back tension.</source>
        <translation>يحرّك العمود الفقري برفق لتخفيف التوتر في أسفل الظهر.</translation>
    </message>
    <message>
        <source>Start on all fours, wrists under your shoulders and knees under your hips.</source>
        <translation>ابدأ على أطرافك الأربعة، ومعصماك تحت كتفيك وركبتاك تحت وركيك.</translation>
    </message>
    <message>
        <source>Cat: arch your back up toward the ceiling, letting your head relax down.</source>
        <translation>القطة: قوّس ظهرك إلى الأعلى نحو السقف، ودع رأسك يسترخي إلى الأسفل.</translation>
    </message>
    <message>
        <source>Cow: dip your belly toward the floor while lifting your head and tailbone.</source>
        <translation>البقرة: أنزل بطنك نحو الأرض وأنت ترفع رأسك وعظم العصعص.</translation>
    </message>
    <message>
        <source>Keep moving slowly between the two positions, breathing steadily.</source>
        <translation>واصل التنقّل ببطء بين الوضعيتين، مع تنفّس منتظم.</translation>
    </message>
    <message>
        <source>Move slowly and don&apos;t push into pain at either end of the movement.</source>
        <translation>تحرّك ببطء ولا تضغط حتى الألم عند أيّ من طرفَي الحركة.</translation>
    </message>
    <message>
        <source>Place a folded towel under your knees if kneeling is uncomfortable.</source>
        <translation>ضع منشفة مطويّة تحت ركبتيك إذا كان الجثو على الركبتين غير مريح.</translation>
    </message>
    <message>
        <source>Butterfly stretch</source>
        <translation>تمرين الفراشة</translation>
    </message>
    <message>
        <source>Opens the hips and groin and eases tension in the lower back.</source>
        <translation>يفتح الوركين والمنطقة الأُربية ويخفّف التوتر في أسفل الظهر.</translation>
    </message>
    <message>
        <source>Sit with the soles of your feet together and your knees bent outward.</source>
        <translation>اجلس وباطنا قدميك متلاصقان وركبتاك مثنيّتان إلى الخارج.</translation>
    </message>
    <message>
        <source>Hold your feet or ankles with your hands.</source>
        <translation>أمسك قدميك أو كاحليك بيديك.</translation>
    </message>
    <message>
        <source>Gently press your knees toward the floor.</source>
        <translation>اضغط ركبتيك برفق نحو الأرض.</translation>
    </message>
    <message>
        <source>Lean forward slightly, keeping your back long.</source>
        <translation>مِل إلى الأمام قليلًا مع إبقاء ظهرك ممدودًا.</translation>
    </message>
    <message>
        <source>Never force your knees down; let them lower only as far as is comfortable.</source>
        <translation>لا تدفع ركبتيك إلى الأسفل بالقوة أبدًا؛ دعهما تنزلان بالقدر المريح فقط.</translation>
    </message>
    <message>
        <source>Sit on a folded towel or cushion if it is hard to keep your back upright.</source>
        <translation>اجلس على منشفة مطويّة أو وسادة إذا صعُب عليك إبقاء ظهرك مستقيمًا.</translation>
    </message>
    <message>
        <source>Figure four</source>
        <translation>وضعية الرقم 4</translation>
    </message>
    <message>
        <source>Stretches the hips and lower back and releases tight glutes.</source>
        <translation>يُطيل الوركين وأسفل الظهر ويُرخي عضلات الأرداف المشدودة.</translation>
    </message>
    <message>
        <source>Cross one ankle over the opposite knee.</source>
        <translation>ضع أحد كاحليك فوق الركبة المقابلة.</translation>
    </message>
    <message>
        <source>Hold the thigh of the supporting leg with both hands.</source>
        <translation>أمسك فخذ الساق الداعمة بكلتا يديك.</translation>
    </message>
    <message>
        <source>Gently pull that thigh toward your chest.</source>
        <translation>اسحب هذا الفخذ برفق نحو صدرك.</translation>
    </message>
    <message>
        <source>Keep your head and shoulders resting on the floor.</source>
        <translation>أبقِ رأسك وكتفيك مستندَين إلى الأرض.</translation>
    </message>
    <message>
        <source>If you can&apos;t reach the thigh comfortably, loop a towel around it.</source>
        <translation>إذا لم تستطع الوصول إلى الفخذ بسهولة، فلُفّ حوله منشفة وأمسك طرفيها.</translation>
    </message>
    <message>
        <source>Seated spinal twist</source>
        <translation>لفّ العمود الفقري جالسًا</translation>
    </message>
    <message>
        <source>Relieves lower back tightness and improves spinal mobility.</source>
        <translation>يخفّف شدّ أسفل الظهر ويحسّن حركة العمود الفقري.</translation>
    </message>
    <message>
        <source>Sit on the floor with your legs extended.</source>
        <translation>اجلس على الأرض وساقاك ممدودتان.</translation>
    </message>
    <message>
        <source>Bend one knee and cross that foot over the other leg, resting it flat on the floor.</source>
        <translation>اثنِ إحدى ركبتيك وانقل قدمها فوق الساق الأخرى إلى الجهة المقابلة، واضعًا إياها مسطّحة على الأرض.</translation>
    </message>
    <message>
        <source>Sit tall and slowly twist your torso toward the bent knee.</source>
        <translation>اجلس منتصبًا ولُفّ جذعك ببطء نحو الركبة المثنيّة.</translation>
    </message>
    <message>
        <source>Use your opposite arm against the bent knee to gently deepen the stretch.</source>
        <translation>استعن بذراعك المقابلة بوضعها على الركبة المثنيّة لتعميق الإطالة برفق.</translation>
    </message>
    <message>
        <source>Twist from the middle of your back and keep your spine long.</source>
        <translation>ابدأ اللفّ من منتصف ظهرك وأبقِ عمودك الفقري ممدودًا.</translation>
    </message>
    <message>
        <source>Use your arm only to guide the twist, never to force it.</source>
        <translation>استخدم ذراعك لتوجيه اللفّ فقط، لا لفرضه بالقوة أبدًا.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>عرض هذه المساعدة ثم الخروج.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>عرض الإصدار ثم الخروج.</translation>
    </message>
    <message>
        <source>List the built-in stretches (tab-separated) and exit.</source>
        <translation>سرد تمارين الإطالة المضمّنة (مفصولة بعلامات جدولة) ثم الخروج.</translation>
    </message>
    <message>
        <source>Check a routine file; exit 0 when valid, 2 when not (reasons on stderr).</source>
        <translation>فحص ملف برنامج؛ رمز الخروج 0 إذا كان صالحًا و2 إذا لم يكن كذلك (الأسباب على stderr).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Print the timeline of ROUTINE (tab-separated) and exit.</source>
        <translation>طباعة التسلسل الزمني للبرنامج ROUTINE (مفصولًا بعلامات جدولة) ثم الخروج.</translation>
    </message>
    <message>
        <source>Write every stretch&apos;s illustrations as PNG files into DIR and exit.</source>
        <translation>كتابة الرسوم التوضيحية لكل تمارين الإطالة بصيغة PNG في المجلد DIR ثم الخروج.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Add the routine in FILE to the saved routines (its name made unique) and exit.</source>
        <translation>إضافة البرنامج الموجود في FILE إلى البرامج المحفوظة (باسم غير مكرَّر) ثم الخروج.</translation>
    </message>
    <message>
        <source>Write ROUTINE, every timing written out, to the file given as the argument (--export ROUTINE FILE) and exit.</source>
        <translation>كتابة البرنامج ROUTINE، مع كل أوقاته مكتوبة صراحةً، في الملف المعطى وسيطًا (--export ROUTINE FILE) ثم الخروج.</translation>
    </message>
    <message>
        <source>ROUTINE</source>
        <translation>ROUTINE</translation>
    </message>
    <message>
        <source>Size of the rendered illustrations in pixels (512).</source>
        <translation>حجم الرسوم التوضيحية المُنشأة بالبكسل (512).</translation>
    </message>
    <message>
        <source>PX</source>
        <translation>PX</translation>
    </message>
    <message>
        <source>The routine: a built-in id, a saved routine&apos;s name or a routine file.</source>
        <translation>البرنامج: معرِّف برنامج مضمَّن، أو اسم برنامج محفوظ، أو ملف برنامج.</translation>
    </message>
    <message>
        <source>Start playing the routine at once.</source>
        <translation>بدء تشغيل البرنامج فورًا.</translation>
    </message>
    <message>
        <source>Use this language instead of the system&apos;s.</source>
        <translation>استخدام هذه اللغة بدلًا من لغة النظام.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Limber plays timed stretching routines for the lower back and hips.</source>
        <translation>يشغّل Limber برامج إطالة موقوتة لأسفل الظهر والوركين.</translation>
    </message>
    <message>
        <source>Same as --routine ROUTINE; with --export, the FILE to write.</source>
        <translation>مثل --routine ROUTINE؛ ومع --export، الملف FILE المراد كتابته.</translation>
    </message>
    <message>
        <source>[ROUTINE]</source>
        <translation>[ROUTINE]</translation>
    </message>
    <message>
        <source>--export: needs ROUTINE and FILE</source>
        <translation>--export: يتطلّب ROUTINE وFILE</translation>
    </message>
    <message>
        <source>Only one ROUTINE may be given, not %1.</source>
        <translation>يمكن تحديد ROUTINE واحد فقط، لا %1.</translation>
    </message>
    <message>
        <source>Start in the tray for the reminders, without opening the window.</source>
        <translation>البدء في علبة النظام من أجل التذكيرات، دون فتح النافذة.</translation>
    </message>
    <message>
        <source>Write a printable handout of ROUTINE as a PDF to the file given as the argument (--export-pdf ROUTINE FILE) and exit.</source>
        <translation>كتابة نشرة قابلة للطباعة للبرنامج ROUTINE بصيغة PDF في الملف المعطى وسيطًا (--export-pdf ROUTINE FILE) ثم الخروج.</translation>
    </message>
    <message>
        <source>Paper for --export-pdf: a4 or letter (the system&apos;s paper when not given).</source>
        <translation>الورق المستخدم مع --export-pdf: a4 أو letter (ورق النظام إن لم يُحدَّد).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>SIZE</translation>
    </message>
    <message>
        <source>--export-pdf: needs ROUTINE and FILE</source>
        <translation>--export-pdf: يتطلّب ROUTINE وFILE</translation>
    </message>
    <message>
        <source>Print the practice history (tab-separated, oldest first) and exit.</source>
        <translation>طباعة سجلّ التمرين (مفصولًا بعلامات جدولة، الأقدم أولًا) ثم الخروج.</translation>
    </message>
    <message>
        <source>With --history: only sessions from this day on.</source>
        <translation>مع --history: الجلسات من هذا اليوم فصاعدًا فقط.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Write the practice history as CSV (for a spreadsheet) to FILE and exit.</source>
        <translation>كتابة سجلّ التمرين بصيغة CSV (لجدول بيانات) في FILE ثم الخروج.</translation>
    </message>
    <message>
        <source>--since: only with --history</source>
        <translation>--since: مع --history فقط</translation>
    </message>
    <message>
        <source>Keep routines, stretches, history and preferences in DIR, for this run only.</source>
        <translation>احفظ البرامج وتمارين الإطالة والسجل والتفضيلات في DIR لهذا التشغيل فقط.</translation>
    </message>
</context>
<context>
    <name>CueSpeech</name>
    <message numerus="yes">
        <source>%1, left side, move slowly, %n seconds</source>
        <translation>
            <numerusform>%1، الجانب الأيسر، تحرّك ببطء، %n ثانية</numerusform>
            <numerusform>%1، الجانب الأيسر، تحرّك ببطء، ثانية واحدة</numerusform>
            <numerusform>%1، الجانب الأيسر، تحرّك ببطء، ثانيتان</numerusform>
            <numerusform>%1، الجانب الأيسر، تحرّك ببطء، %n ثوانٍ</numerusform>
            <numerusform>%1، الجانب الأيسر، تحرّك ببطء، %n ثانية</numerusform>
            <numerusform>%1، الجانب الأيسر، تحرّك ببطء، %n ثانية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, right side, move slowly, %n seconds</source>
        <translation>
            <numerusform>%1، الجانب الأيمن، تحرّك ببطء، %n ثانية</numerusform>
            <numerusform>%1، الجانب الأيمن، تحرّك ببطء، ثانية واحدة</numerusform>
            <numerusform>%1، الجانب الأيمن، تحرّك ببطء، ثانيتان</numerusform>
            <numerusform>%1، الجانب الأيمن، تحرّك ببطء، %n ثوانٍ</numerusform>
            <numerusform>%1، الجانب الأيمن، تحرّك ببطء، %n ثانية</numerusform>
            <numerusform>%1، الجانب الأيمن، تحرّك ببطء، %n ثانية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, move slowly, %n seconds</source>
        <translation>
            <numerusform>%1، تحرّك ببطء، %n ثانية</numerusform>
            <numerusform>%1، تحرّك ببطء، ثانية واحدة</numerusform>
            <numerusform>%1، تحرّك ببطء، ثانيتان</numerusform>
            <numerusform>%1، تحرّك ببطء، %n ثوانٍ</numerusform>
            <numerusform>%1، تحرّك ببطء، %n ثانية</numerusform>
            <numerusform>%1، تحرّك ببطء، %n ثانية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, left side, %n seconds</source>
        <translation>
            <numerusform>%1، الجانب الأيسر، %n ثانية</numerusform>
            <numerusform>%1، الجانب الأيسر، ثانية واحدة</numerusform>
            <numerusform>%1، الجانب الأيسر، ثانيتان</numerusform>
            <numerusform>%1، الجانب الأيسر، %n ثوانٍ</numerusform>
            <numerusform>%1، الجانب الأيسر، %n ثانية</numerusform>
            <numerusform>%1، الجانب الأيسر، %n ثانية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, right side, %n seconds</source>
        <translation>
            <numerusform>%1، الجانب الأيمن، %n ثانية</numerusform>
            <numerusform>%1، الجانب الأيمن، ثانية واحدة</numerusform>
            <numerusform>%1، الجانب الأيمن، ثانيتان</numerusform>
            <numerusform>%1، الجانب الأيمن، %n ثوانٍ</numerusform>
            <numerusform>%1، الجانب الأيمن، %n ثانية</numerusform>
            <numerusform>%1، الجانب الأيمن، %n ثانية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n seconds</source>
        <translation>
            <numerusform>%1، %n ثانية</numerusform>
            <numerusform>%1، ثانية واحدة</numerusform>
            <numerusform>%1، ثانيتان</numerusform>
            <numerusform>%1، %n ثوانٍ</numerusform>
            <numerusform>%1، %n ثانية</numerusform>
            <numerusform>%1، %n ثانية</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: %1, left side</source>
        <translation>التالي: %1، الجانب الأيسر</translation>
    </message>
    <message>
        <source>Next: %1, right side</source>
        <translation>التالي: %1، الجانب الأيمن</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>التالي: %1</translation>
    </message>
    <message>
        <source>Halfway</source>
        <translation>منتصف المدة</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>بدّل الجانب</translation>
    </message>
    <message>
        <source>Routine complete. Well done.</source>
        <translation>اكتمل البرنامج. أحسنت.</translation>
    </message>
    <message>
        <source>Warm-up: march gently in place</source>
        <translation>الإحماء: امشِ برفق في مكانك</translation>
    </message>
</context>
<context>
    <name>DataFolderMerge</name>
    <message>
        <source>Limber cannot read %1: %2</source>
        <translation>لا يستطيع Limber قراءة %1: %2</translation>
    </message>
</context>
<context>
    <name>DataFolderMove</name>
    <message>
        <source>Your data is already kept in %1</source>
        <translation>بياناتك محفوظة أصلًا في %1</translation>
    </message>
    <message>
        <source>Limber could not undo everything in %1:
%2</source>
        <translation>تعذّر على Limber التراجع عن كل شيء في %1:
%2</translation>
    </message>
    <message>
        <source>Your routines, stretches and history are now kept in %1. Limber no longer uses %2 and left it as it was: once you have checked that everything is there, you can delete it.</source>
        <translation>برامجك وتمارين الإطالة وسجلّك محفوظة الآن في %1. لم يعد Limber يستخدم %2 وتركه كما هو: بعد أن تتأكد من وجود كل شيء يمكنك حذفه.</translation>
    </message>
    <message>
        <source>There is not enough space in %1: %2 needed, %3 free</source>
        <translation>لا توجد مساحة كافية في %1: المطلوب %2 والمتاح %3</translation>
    </message>
</context>
<context>
    <name>DataLocationMigration</name>
    <message>
        <source>%1 cannot be read</source>
        <translation>تتعذّر قراءة %1</translation>
    </message>
    <message>
        <source>Limber cannot write %1</source>
        <translation>لا يستطيع Limber كتابة %1</translation>
    </message>
    <message>
        <source>Limber moved %1 to %2.</source>
        <translation>نقل Limber %1 إلى %2.</translation>
    </message>
    <message>
        <source>Limber could not move %1 to %2: %3. It is still where it was.</source>
        <translation>تعذّر على Limber نقل %1 إلى %2: %3. ما زال في مكانه.</translation>
    </message>
    <message>
        <source>Limber could not remove everything in %1; what is left there is a copy and can be deleted.</source>
        <translation>تعذّر على Limber إزالة كل ما في %1؛ ما بقي هناك نسخة ويمكن حذفه.</translation>
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
        <translation>%1 ث</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 د</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 د %2 ث</translation>
    </message>
</context>
<context>
    <name>FileTransaction</name>
    <message>
        <source>Limber cannot write to %1: %2</source>
        <translation>لا يستطيع Limber الكتابة في %1: %2</translation>
    </message>
    <message>
        <source>Limber cannot create the folder %1</source>
        <translation>لا يستطيع Limber إنشاء المجلد %1</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 ملف وليس مجلدًا</translation>
    </message>
    <message>
        <source>Limber cannot read %1 before replacing it</source>
        <translation>لا يستطيع Limber قراءة %1 قبل استبداله</translation>
    </message>
    <message>
        <source>Limber cannot write %1: %2</source>
        <translation>لا يستطيع Limber كتابة %1: %2</translation>
    </message>
    <message>
        <source>Limber cannot read back %1 after writing it</source>
        <translation>لا يستطيع Limber إعادة قراءة %1 بعد كتابته</translation>
    </message>
    <message>
        <source>%1 does not hold what Limber wrote there (it read back %2 bytes, not %3)</source>
        <translation>لا يحتوي %1 على ما كتبه Limber فيه (قُرئ %2 بايت بدلًا من %3)</translation>
    </message>
    <message>
        <source>%1 could not be removed: %2</source>
        <translation>تعذّرت إزالة %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be put back: %2</source>
        <translation>تعذّرت إعادة %1: %2</translation>
    </message>
    <message>
        <source>the folder %1 could not be removed</source>
        <translation>تعذّرت إزالة المجلد %1</translation>
    </message>
</context>
<context>
    <name>Guidelines</name>
    <message>
        <source>Warm up first</source>
        <translation>ابدأ بالإحماء</translation>
    </message>
    <message>
        <source>Walk or march gently in place for a few minutes before you stretch. Warm muscles stretch with less risk of strain.</source>
        <translation>امشِ أو سِر برفق في مكانك بضع دقائق قبل الإطالة. فالعضلات الدافئة تتمدّد مع خطر أقل للإصابة بالشدّ العضلي.</translation>
    </message>
    <message>
        <source>Go slow and steady</source>
        <translation>ببطء وثبات</translation>
    </message>
    <message>
        <source>Move into each stretch slowly and ease in gently. Never force your body into a position that hurts.</source>
        <translation>ادخل في كل تمرين إطالة ببطء وبالتدريج. لا تُجبر جسمك أبدًا على وضعية تؤلمك.</translation>
    </message>
    <message>
        <source>Focus on your breathing</source>
        <translation>ركّز على تنفّسك</translation>
    </message>
    <message>
        <source>Breathe in deeply and breathe out fully. Breathing comes before stretching further.</source>
        <translation>خذ شهيقًا عميقًا وأخرج الزفير كاملًا. التنفّس أولًا، ثم التعمّق في الإطالة.</translation>
    </message>
    <message>
        <source>Hold, don&apos;t bounce</source>
        <translation>اثبت دون ارتداد</translation>
    </message>
    <message>
        <source>Hold each stretch still for 20 to 30 seconds. Bouncing tightens muscles instead of loosening them.</source>
        <translation>اثبت في كل تمرين إطالة دون حركة من 20 إلى 30 ثانية. فالحركات الارتدادية تشدّ العضلات بدلًا من إرخائها.</translation>
    </message>
    <message>
        <source>Listen to your body</source>
        <translation>أنصت إلى جسمك</translation>
    </message>
    <message>
        <source>A stretch should feel like a mild pull, not an intense strain. Stop at once if you feel sharp or intense pain.</source>
        <translation>ينبغي أن تشعر في الإطالة بشدٍّ خفيف، لا بإجهاد شديد. توقّف فورًا إذا شعرت بألم حادّ أو شديد.</translation>
    </message>
    <message>
        <source>Be consistent</source>
        <translation>داوِم على التمرين</translation>
    </message>
    <message>
        <source>A few minutes every day does more than a long session now and then, and helps keep the pain from coming back.</source>
        <translation>بضع دقائق كل يوم تفيد أكثر من جلسة طويلة بين حين وآخر، وتساعد على منع عودة الألم.</translation>
    </message>
    <message>
        <source>Limber is not medical advice. If your back or hip pain persists, gets worse, or comes with numbness or weakness, see a doctor or physiotherapist.</source>
        <translation>لا يُغني Limber عن الاستشارة الطبية. إذا استمرّ ألم ظهرك أو وركك، أو ازداد سوءًا، أو رافقه خدر أو ضعف، فراجع طبيبًا أو أخصائي علاج طبيعي.</translation>
    </message>
</context>
<context>
    <name>HandoutActions</name>
    <message>
        <source>Save Handout as PDF</source>
        <translation>حفظ النشرة بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Handout Not Saved</source>
        <translation>لم تُحفظ النشرة</translation>
    </message>
    <message>
        <source>Print Handout</source>
        <translation>طباعة النشرة</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>حفظ بصيغة PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Save a printable handout of this routine</source>
        <translation>حفظ نشرة قابلة للطباعة لهذا البرنامج</translation>
    </message>
    <message>
        <source>Print a handout of this routine</source>
        <translation>طباعة نشرة لهذا البرنامج</translation>
    </message>
</context>
<context>
    <name>HandoutContent</name>
    <message>
        <source>Move slowly for %1 s</source>
        <translation>تحرّك ببطء لمدة %1 ث</translation>
    </message>
    <message>
        <source>Hold %1 s</source>
        <translation>اثبت %1 ث</translation>
    </message>
    <message>
        <source>Move slowly for %1 s, left side only</source>
        <translation>تحرّك ببطء لمدة %1 ث، الجانب الأيسر فقط</translation>
    </message>
    <message>
        <source>Hold %1 s, left side only</source>
        <translation>اثبت %1 ث، الجانب الأيسر فقط</translation>
    </message>
    <message>
        <source>Move slowly for %1 s, right side only</source>
        <translation>تحرّك ببطء لمدة %1 ث، الجانب الأيمن فقط</translation>
    </message>
    <message>
        <source>Hold %1 s, right side only</source>
        <translation>اثبت %1 ث، الجانب الأيمن فقط</translation>
    </message>
    <message>
        <source>Move slowly for %1 s each side</source>
        <translation>تحرّك ببطء لمدة %1 ث لكل جانب</translation>
    </message>
    <message>
        <source>Hold %1 s each side</source>
        <translation>اثبت %1 ث لكل جانب</translation>
    </message>
    <message>
        <source>Repeat: %1 times</source>
        <translation>عدد التكرارات: %1</translation>
    </message>
    <message>
        <source>The picture shows the left side; mirror it for the right.</source>
        <translation>تعرض الصورة الجانب الأيسر؛ اعكسها كما في المرآة للجانب الأيمن.</translation>
    </message>
    <message>
        <source>Total time %1 · made on %2</source>
        <translation>المدة الإجمالية %1 · أُنشئت في %2</translation>
    </message>
    <message>
        <source>Stretching safely</source>
        <translation>الإطالة بأمان</translation>
    </message>
    <message>
        <source>This week: tick each day you did the routine</source>
        <translation>هذا الأسبوع: ضع علامة على كل يوم أدّيت فيه البرنامج</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تمّ</translation>
    </message>
    <message>
        <source>This week: tick each stretch you did</source>
        <translation>هذا الأسبوع: ضع علامة على كل تمرين إطالة أدّيته</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>تمرين الإطالة</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>This handout is general guidance, not a substitute for advice from your doctor or physiotherapist. Stop any stretch that causes sharp pain.</source>
        <translation>هذه النشرة إرشادات عامة، ولا تغني عن استشارة طبيبك أو أخصائي العلاج الطبيعي. أوقف أي تمرين إطالة يسبّب ألمًا حادًّا.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>Missing stretch</source>
        <translation>تمرين مفقود</translation>
    </message>
</context>
<context>
    <name>HandoutRenderer</name>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: تتعذّر الكتابة: %2</translation>
    </message>
</context>
<context>
    <name>HeadlessCommands</name>
    <message numerus="yes">
        <source>%1: valid routine &quot;%2&quot;, %n stretch(es)</source>
        <translation>
            <numerusform>%1: برنامج صالح «%2»، %n تمرين</numerusform>
            <numerusform>%1: برنامج صالح «%2»، تمرين واحد</numerusform>
            <numerusform>%1: برنامج صالح «%2»، تمرينان</numerusform>
            <numerusform>%1: برنامج صالح «%2»، %n تمارين</numerusform>
            <numerusform>%1: برنامج صالح «%2»، %n تمرينًا</numerusform>
            <numerusform>%1: برنامج صالح «%2»، %n تمرين</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot; as %2</source>
        <translation>استُورد «%1» باسم %2</translation>
    </message>
    <message>
        <source>Exported &quot;%1&quot; to %2</source>
        <translation>صُدِّر «%1» إلى %2</translation>
    </message>
    <message>
        <source>--paper: must be a4 or letter, not &quot;%1&quot;</source>
        <translation>--paper: يجب أن يكون a4 أو letter، لا «%1»</translation>
    </message>
    <message>
        <source>Handout of &quot;%1&quot; written to %2</source>
        <translation>كُتبت نشرة «%1» في %2</translation>
    </message>
</context>
<context>
    <name>HistoryCommands</name>
    <message>
        <source>--since: &quot;%1&quot; is not a date written as YYYY-MM-DD</source>
        <translation>--since: «%1» ليس تاريخًا بالصيغة YYYY-MM-DD</translation>
    </message>
    <message>
        <source>%1: could not be written: %2</source>
        <translation>%1: تعذّرت الكتابة: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n session(s) to %1</source>
        <translation>
            <numerusform>كُتبت %n جلسة في %1</numerusform>
            <numerusform>كُتبت جلسة واحدة في %1</numerusform>
            <numerusform>كُتبت جلستان في %1</numerusform>
            <numerusform>كُتبت %n جلسات في %1</numerusform>
            <numerusform>كُتبت %n جلسة في %1</numerusform>
            <numerusform>كُتبت %n جلسة في %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryFile</name>
    <message>
        <source>the last line is incomplete (a write was cut off); it was skipped</source>
        <translation>السطر الأخير غير مكتمل (انقطعت عملية كتابة)؛ وقد تُخطّي</translation>
    </message>
    <message>
        <source>the line is incomplete (a write was cut off); it was skipped</source>
        <translation>السطر غير مكتمل (انقطعت عملية كتابة)؛ وقد تُخطّي</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>يتعذّر فتحه: %1</translation>
    </message>
    <message>
        <source>is larger than %1 MiB; it was not read</source>
        <translation>حجمه أكبر من %1 MiB؛ ولم تتمّ قراءته</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>تتعذّر قراءته: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more line(s) could not be read either</source>
        <translation>
            <numerusform>وتعذّرت كذلك قراءة %n سطر آخر</numerusform>
            <numerusform>وتعذّرت كذلك قراءة سطر آخر</numerusform>
            <numerusform>وتعذّرت كذلك قراءة سطرين آخرين</numerusform>
            <numerusform>وتعذّرت كذلك قراءة %n أسطر أخرى</numerusform>
            <numerusform>وتعذّرت كذلك قراءة %n سطرًا آخر</numerusform>
            <numerusform>وتعذّرت كذلك قراءة %n سطر آخر</numerusform>
        </translation>
    </message>
    <message>
        <source>the session is too large to store (%1 bytes; a line holds at most %2 KiB)</source>
        <translation>الجلسة أكبر من أن تُخزَّن (%1 بايت؛ والسطر يتّسع لـ %2 KiB على الأكثر)</translation>
    </message>
    <message>
        <source>cannot be stored: %1</source>
        <translation>يتعذّر التخزين: %1</translation>
    </message>
    <message>
        <source>cannot be written: its folder cannot be made</source>
        <translation>تتعذّر الكتابة: يتعذّر إنشاء المجلد</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>تتعذّر الكتابة: %1</translation>
    </message>
    <message>
        <source>cannot be written to the disk: %1</source>
        <translation>تتعذّر الكتابة على القرص: %1</translation>
    </message>
</context>
<context>
    <name>HistoryLine</name>
    <message>
        <source>is not a known field</source>
        <translation>ليس حقلًا معروفًا</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>مفقود</translation>
    </message>
    <message>
        <source>must be text of %1 to %2 characters</source>
        <translation>يجب أن يكون نصًّا من %1 إلى %2 حرفًا</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>يجب أن يكون عددًا صحيحًا من %1 إلى %2</translation>
    </message>
    <message>
        <source>must be a date and time with its offset from UTC, such as &quot;2026-12-01T18:05:00+01:00&quot;</source>
        <translation>يجب أن يكون تاريخًا ووقتًا مع فارقه عن UTC، مثل &quot;2026-12-01T18:05:00+01:00&quot;</translation>
    </message>
    <message>
        <source>is missing; a history line starts with &quot;format&quot;: &quot;limber-session&quot;</source>
        <translation>مفقود؛ يبدأ سطر السجلّ بـ &quot;format&quot;: &quot;limber-session&quot;</translation>
    </message>
    <message>
        <source>must be &quot;limber-session&quot;</source>
        <translation>يجب أن يكون &quot;limber-session&quot;</translation>
    </message>
    <message>
        <source>version %1 is newer than this Limber reads (version %2); a newer Limber wrote it</source>
        <translation>الإصدار %1 أحدث مما يقرؤه إصدار Limber هذا (الإصدار %2)؛ فقد كتبه إصدار أحدث من Limber</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>يجب أن يكون %1</translation>
    </message>
    <message>
        <source>must be an object such as {&quot;stretch&quot;: &quot;cat-cow&quot;, &quot;outcome&quot;: &quot;done&quot;, ...}</source>
        <translation>يجب أن يكون كائنًا مثل {&quot;stretch&quot;: &quot;cat-cow&quot;, &quot;outcome&quot;: &quot;done&quot;, ...}</translation>
    </message>
    <message>
        <source>must be &quot;left&quot; or &quot;right&quot;; left out for a stretch without sides</source>
        <translation>يجب أن يكون &quot;left&quot; أو &quot;right&quot;؛ ويُحذف لتمرين إطالة بلا جانبين</translation>
    </message>
    <message>
        <source>must be &quot;done&quot;, &quot;skipped&quot; or &quot;hurt&quot;</source>
        <translation>يجب أن يكون &quot;done&quot; أو &quot;skipped&quot; أو &quot;hurt&quot;</translation>
    </message>
    <message>
        <source>must not be before started</source>
        <translation>يجب ألا يسبق started</translation>
    </message>
    <message>
        <source>must be a list of holds</source>
        <translation>يجب أن يكون قائمة بأوقات الثبات</translation>
    </message>
    <message>
        <source>must list at most %1 holds (it lists %2)</source>
        <translation>يجب ألا يزيد عدد أوقات الثبات على %1 (وعددها %2)</translation>
    </message>
    <message>
        <source>is longer than %1 KiB; a history line is much shorter</source>
        <translation>أطول من %1 KiB؛ وسطر السجلّ أقصر من ذلك بكثير</translation>
    </message>
    <message>
        <source>is not valid JSON: a NUL byte at byte %1</source>
        <translation>ليس JSON صالحًا: بايت NUL عند البايت %1</translation>
    </message>
    <message>
        <source>is not valid JSON: %1 at byte %2</source>
        <translation>ليس JSON صالحًا: %1 عند البايت %2</translation>
    </message>
    <message>
        <source>must be a JSON object ({ ... })</source>
        <translation>يجب أن يكون كائن JSON ({ ... })</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <source>Started</source>
        <translation>البدء</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>الدقائق</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>المُنجَزة</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>المُتخطّاة</translation>
    </message>
    <message>
        <source>Hurt</source>
        <translation>المؤلمة</translation>
    </message>
    <message>
        <source>Pain before</source>
        <translation>الألم قبل</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>الألم بعد</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
</context>
<context>
    <name>IllustrationExport</name>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: يتعذّر إنشاء المجلد</translation>
    </message>
    <message>
        <source>%1: cannot be written</source>
        <translation>%1: تتعذّر الكتابة</translation>
    </message>
    <message numerus="yes">
        <source>%n illustration(s) written to %1</source>
        <translation>
            <numerusform>كُتب %n رسم توضيحي في %1</numerusform>
            <numerusform>كُتب رسم توضيحي واحد في %1</numerusform>
            <numerusform>كُتب رسمان توضيحيان في %1</numerusform>
            <numerusform>كُتبت %n رسوم توضيحية في %1</numerusform>
            <numerusform>كُتب %n رسمًا توضيحيًا في %1</numerusform>
            <numerusform>كُتب %n رسم توضيحي في %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the picture of &quot;%2&quot; cannot be read; skipped</source>
        <translation>%1: تتعذّر قراءة صورة «%2»؛ تم تخطّيها</translation>
    </message>
</context>
<context>
    <name>IllustrationJson</name>
    <message>
        <source>body parts</source>
        <translation>أجزاء الجسم</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>يجب أن يكون %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> أو </translation>
    </message>
    <message>
        <source>lists &quot;%1&quot; a second time</source>
        <translation>يذكر «%1» مرة ثانية</translation>
    </message>
    <message>
        <source>must be [x, y] with each from -%1 to %1</source>
        <translation>يجب أن يكون [x, y] وكلٌّ منهما من ‎-%1 إلى %1</translation>
    </message>
    <message>
        <source>arrows</source>
        <translation>الأسهم</translation>
    </message>
    <message>
        <source>must be a list of poses</source>
        <translation>يجب أن يكون قائمة بالوضعيات</translation>
    </message>
    <message>
        <source>a held figure has 2 keyframes, the start and the held pose (it lists %1)</source>
        <translation>الشكل الثابت له إطاران رئيسيان، البداية ووضعية الثبات (وعددها %1)</translation>
    </message>
    <message>
        <source>a flowing figure has 2 to %1 keyframes (it lists %2)</source>
        <translation>الشكل المتحرك له من 2 إلى %1 إطارات رئيسية (وعددها %2)</translation>
    </message>
    <message>
        <source>must be the view of the first keyframe (%1)</source>
        <translation>يجب أن يكون منظر الإطار الرئيسي الأول (%1)</translation>
    </message>
</context>
<context>
    <name>JsonFieldReader</name>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>يجب أن يكون عددًا صحيحًا من %1 إلى %2</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation>يجب أن يكون عددًا من %1 إلى %2</translation>
    </message>
    <message>
        <source>must be a number above 0 and at most %1</source>
        <translation>يجب أن يكون عددًا أكبر من 0 ولا يزيد على %1</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>يجب أن يكون true أو false</translation>
    </message>
    <message>
        <source>must be text of at most %1 characters</source>
        <translation>يجب أن يكون نصًّا لا يزيد على %1 حرفًا</translation>
    </message>
    <message>
        <source>must be text of %1 to %2 characters</source>
        <translation>يجب أن يكون نصًّا من %1 إلى %2 حرفًا</translation>
    </message>
    <message>
        <source>must be an object such as %1</source>
        <translation>يجب أن يكون كائنًا مثل %1</translation>
    </message>
    <message>
        <source>must be a list of %1</source>
        <translation>يجب أن يكون قائمة من %1</translation>
    </message>
    <message>
        <source>must list from %1 to %2 %3 (it lists %4)</source>
        <translation>يجب أن يذكر من %1 إلى %2 من %3 (وعددها %4)</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>مفقود</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>ليس حقلًا معروفًا</translation>
    </message>
</context>
<context>
    <name>KeyBindings</name>
    <message>
        <source>, </source>
        <comment>between two keys that do the same</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>Window</source>
        <translation>النافذة</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>التمرين</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>البرامج</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجلّ</translation>
    </message>
    <message>
        <source>Stretch editor</source>
        <translation>محرّر تمرين الإطالة</translation>
    </message>
    <message>
        <source>Show this list of keyboard shortcuts</source>
        <translation>عرض قائمة اختصارات لوحة المفاتيح هذه</translation>
    </message>
    <message>
        <source>Start, pause or resume (or press the focused button)</source>
        <translation>البدء أو الإيقاف المؤقت أو المتابعة (أو الضغط على الزر المحدَّد)</translation>
    </message>
    <message>
        <source>Next stretch or side</source>
        <translation>التمرين أو الجانب التالي</translation>
    </message>
    <message>
        <source>Previous stretch or side</source>
        <translation>التمرين أو الجانب السابق</translation>
    </message>
    <message>
        <source>Hold 10 seconds longer</source>
        <translation>الثبات 10 ثوانٍ أطول</translation>
    </message>
    <message>
        <source>Stop the routine, or leave the summary</source>
        <translation>إيقاف البرنامج أو مغادرة الملخّص</translation>
    </message>
    <message>
        <source>Full screen (floor view) on or off</source>
        <translation>ملء الشاشة (عرض الأرضية) تشغيل أو إيقاف</translation>
    </message>
    <message>
        <source>It hurts: pause at once and choose how to go on</source>
        <translation>أشعر بألم: إيقاف مؤقت فوري واختيار طريقة المتابعة</translation>
    </message>
    <message>
        <source>Sound and voice off or on</source>
        <translation>إيقاف الصوت والنطق أو تشغيلهما</translation>
    </message>
    <message>
        <source>Search the stretches</source>
        <translation>البحث في التمارين</translation>
    </message>
    <message>
        <source>Back from a stretch to the list</source>
        <translation>العودة من التمرين إلى القائمة</translation>
    </message>
    <message>
        <source>Actions for the selected stretch</source>
        <translation>إجراءات التمرين المحدَّد</translation>
    </message>
    <message>
        <source>Delete the selected stretch of your own</source>
        <translation>حذف تمرينك الخاص المحدَّد</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>برنامج جديد</translation>
    </message>
    <message>
        <source>Import a routine file</source>
        <translation>استيراد ملف برنامج</translation>
    </message>
    <message>
        <source>Duplicate the selected routine</source>
        <translation>إنشاء نسخة من البرنامج المحدَّد</translation>
    </message>
    <message>
        <source>Export the selected routine</source>
        <translation>تصدير البرنامج المحدَّد</translation>
    </message>
    <message>
        <source>Rename the selected routine</source>
        <translation>إعادة تسمية البرنامج المحدَّد</translation>
    </message>
    <message>
        <source>Delete the selected routine (in the list)</source>
        <translation>حذف البرنامج المحدَّد (في القائمة)</translation>
    </message>
    <message>
        <source>Save the routine</source>
        <translation>حفظ البرنامج</translation>
    </message>
    <message>
        <source>Move the selected step up or down</source>
        <translation>نقل الخطوة المحدَّدة إلى أعلى أو أسفل</translation>
    </message>
    <message>
        <source>Remove the selected step (in the steps)</source>
        <translation>إزالة الخطوة المحدَّدة (في الخطوات)</translation>
    </message>
    <message>
        <source>Undo deleting a session</source>
        <translation>التراجع عن حذف جلسة</translation>
    </message>
    <message>
        <source>Redo deleting a session</source>
        <translation>إعادة حذف الجلسة</translation>
    </message>
    <message>
        <source>Delete the selected session</source>
        <translation>حذف الجلسة المحدَّدة</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Move the selected joint of the figure</source>
        <translation>تحريك المفصل المحدَّد في الرسم</translation>
    </message>
</context>
<context>
    <name>LibraryMerge</name>
    <message>
        <source>Limber cannot read %1: %2</source>
        <translation>لا يستطيع Limber قراءة %1: %2</translation>
    </message>
</context>
<context>
    <name>MessageBoxIcon</name>
    <message>
        <source>Information</source>
        <translation>معلومة</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>سؤال</translation>
    </message>
</context>
<context>
    <name>PictureFile</name>
    <message>
        <source>%1: the file does not exist.</source>
        <translation>%1: الملف غير موجود.</translation>
    </message>
    <message>
        <source>%1: not a file.</source>
        <translation>%1: ليس ملفًا.</translation>
    </message>
    <message>
        <source>%1: the file cannot be read.</source>
        <translation>%1: تتعذّر قراءة الملف.</translation>
    </message>
    <message>
        <source>%1: the picture is %2 MiB; the most is %3 MiB.</source>
        <translation>%1: حجم الصورة %2 MiB؛ والحد الأقصى %3 MiB.</translation>
    </message>
    <message>
        <source>%1: the file is empty.</source>
        <translation>%1: الملف فارغ.</translation>
    </message>
    <message>
        <source>%1: not a PNG, JPEG or SVG picture.</source>
        <translation>%1: ليست صورة PNG أو JPEG أو SVG.</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.svg)</source>
        <translation>الصور (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
</context>
<context>
    <name>PoseCanvas</name>
    <message>
        <source>Head</source>
        <translation>الرأس</translation>
    </message>
    <message>
        <source>Shoulders</source>
        <translation>الكتفان</translation>
    </message>
    <message>
        <source>Near elbow</source>
        <translation>المرفق القريب</translation>
    </message>
    <message>
        <source>Near hand</source>
        <translation>اليد القريبة</translation>
    </message>
    <message>
        <source>Far elbow</source>
        <translation>المرفق البعيد</translation>
    </message>
    <message>
        <source>Far hand</source>
        <translation>اليد البعيدة</translation>
    </message>
    <message>
        <source>Near knee</source>
        <translation>الركبة القريبة</translation>
    </message>
    <message>
        <source>Near foot</source>
        <translation>القدم القريبة</translation>
    </message>
    <message>
        <source>Far knee</source>
        <translation>الركبة البعيدة</translation>
    </message>
    <message>
        <source>Far foot</source>
        <translation>القدم البعيدة</translation>
    </message>
</context>
<context>
    <name>PoseJson</name>
    <message>
        <source>must be a part of the body: %1</source>
        <translation>يجب أن يكون جزءًا من الجسم: %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> أو </translation>
    </message>
    <message>
        <source>is only for a contact with a part of the body</source>
        <translation>يُستخدم فقط للتلامس مع جزء من الجسم</translation>
    </message>
    <message>
        <source>must be &quot;floor&quot; or a part of the body: %1</source>
        <translation>يجب أن يكون &quot;floor&quot; أو جزءًا من الجسم: %1</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>مفقود</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>نقاط التلامس</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>يجب أن يكون %1</translation>
    </message>
    <message>
        <source>is not a pose a body can take: %1</source>
        <translation>ليست وضعية يستطيع الجسم اتخاذها: %1</translation>
    </message>
</context>
<context>
    <name>PreferencesFile</name>
    <message>
        <source>must be a date and time in UTC, as &quot;2026-12-04T18:00:00.000Z&quot;</source>
        <translation>يجب أن يكون تاريخًا ووقتًا بتوقيت UTC، مثل &quot;2026-12-04T18:00:00.000Z&quot;</translation>
    </message>
    <message>
        <source>is missing; a preferences file starts with &quot;format&quot;: &quot;limber-preferences&quot;</source>
        <translation>مفقود؛ يبدأ ملف التفضيلات بـ &quot;format&quot;: &quot;limber-preferences&quot;</translation>
    </message>
    <message>
        <source>must be &quot;limber-preferences&quot;</source>
        <translation>يجب أن يكون &quot;limber-preferences&quot;</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>مفقود</translation>
    </message>
    <message>
        <source>unsupported version %1; this Limber reads version %2</source>
        <translation>الإصدار %1 غير مدعوم؛ يقرأ Limber هذا الإصدار %2</translation>
    </message>
    <message>
        <source>(not a number)</source>
        <translation>(ليس رقمًا)</translation>
    </message>
    <message>
        <source>is larger than 1 MiB; a preferences file is much smaller</source>
        <translation>أكبر من 1 MiB؛ ملف التفضيلات أصغر بكثير</translation>
    </message>
    <message>
        <source>is not valid JSON: a NUL byte at byte %1</source>
        <translation>ليس JSON صالحًا: بايت NUL عند البايت %1</translation>
    </message>
    <message>
        <source>is empty; a preferences file holds a JSON object</source>
        <translation>فارغ؛ يحتوي ملف التفضيلات على كائن JSON</translation>
    </message>
    <message>
        <source>is not valid JSON: %1 at byte %2</source>
        <translation>ليس JSON صالحًا: %1 عند البايت %2</translation>
    </message>
    <message>
        <source>must hold a JSON object ({ ... }) at the top level</source>
        <translation>يجب أن يحتوي على كائن JSON ({ ... }) في المستوى الأعلى</translation>
    </message>
    <message>
        <source>must be named by 1 to %1 characters</source>
        <translation>يجب أن يكون اسمه من 1 إلى %1 حرفًا</translation>
    </message>
    <message>
        <source>must name a stretch id (only a-z, 0-9 and -) after &quot;%1&quot;</source>
        <translation>يجب أن يذكر معرّف تمرين إطالة (a-z و0-9 و- فقط) بعد &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must hold at most %1 values (it holds %2)</source>
        <translation>يجب ألا يحتوي على أكثر من %1 قيمة (يحتوي على %2)</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>يتعذّر فتحه: %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>تتعذّر قراءته: %1</translation>
    </message>
    <message>
        <source>must be the file&apos;s name (&quot;%1&quot;): each device writes only its own file</source>
        <translation>يجب أن يكون اسم الملف (&quot;%1&quot;): كل جهاز يكتب ملفه فقط</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>تتعذّر كتابته: %1</translation>
    </message>
    <message>
        <source>cannot be read, and cannot be moved aside to be written afresh</source>
        <translation>تتعذّر قراءته ولا يمكن نقله جانبًا لكتابته من جديد</translation>
    </message>
    <message>
        <source>could not be read and was moved aside to %1; this device&apos;s preferences are written afresh</source>
        <translation>تعذّرت قراءته فنُقل جانبًا إلى %1؛ ستُكتب تفضيلات هذا الجهاز من جديد</translation>
    </message>
    <message>
        <source>cannot be written: its folder cannot be made</source>
        <translation>تتعذّر كتابته: لا يمكن إنشاء مجلده</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>Routine</name>
    <message>
        <source>Back and hips</source>
        <translation>الظهر والوركان</translation>
    </message>
    <message>
        <source>Desk break</source>
        <translation>استراحة من المكتب</translation>
    </message>
</context>
<context>
    <name>RoutineDialogs</name>
    <message>
        <source>Limber routines (*.json);;All files (*)</source>
        <translation>برامج Limber (*.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>أتريد حفظ التغييرات على «%1»؟</translation>
    </message>
    <message>
        <source>If you don&apos;t save them, your changes are lost.</source>
        <translation>إذا لم تحفظها، فستضيع تغييراتك.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>تجاهل التغييرات</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>حذف البرنامج</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>أتريد حذف «%1»؟</translation>
    </message>
    <message>
        <source>The routine is removed for good. Export it first if you may want it again.</source>
        <translation>سيُحذف البرنامج نهائيًا. صدّره أولًا إذا كنت قد تحتاج إليه مرة أخرى.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>استيراد برنامج</translation>
    </message>
    <message>
        <source>Export the routine</source>
        <translation>تصدير البرنامج</translation>
    </message>
    <message>
        <source>routine</source>
        <translation>برنامج</translation>
    </message>
</context>
<context>
    <name>RoutineExport</name>
    <message>
        <source>%1: cannot be opened: %2</source>
        <translation>%1: يتعذّر فتحه: %2</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: تتعذّر قراءته: %2</translation>
    </message>
    <message>
        <source>%1: is larger than 2 MiB; a stretch&apos;s picture is smaller</source>
        <translation>%1: حجمه أكبر من 2 MiB؛ صورة تمرين الإطالة أصغر من ذلك</translation>
    </message>
</context>
<context>
    <name>RoutineFile</name>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>يجب أن يكون عددًا صحيحًا من %1 إلى %2</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>ليس حقلًا معروفًا</translation>
    </message>
    <message>
        <source>must be an object such as {&quot;stretch&quot;: &quot;cat-cow&quot;}</source>
        <translation>يجب أن يكون كائنًا مثل {&quot;stretch&quot;: &quot;cat-cow&quot;}</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>مفقود</translation>
    </message>
    <message>
        <source>must be a stretch id (text)</source>
        <translation>يجب أن يكون معرِّف تمرين إطالة (نصًّا)</translation>
    </message>
    <message>
        <source>unknown stretch id %1 (limber --list-stretches shows the ids)</source>
        <translation>معرِّف تمرين إطالة غير معروف %1 (يعرض الأمر limber --list-stretches المعرِّفات)</translation>
    </message>
    <message>
        <source>must be &quot;both&quot;, &quot;left&quot; or &quot;right&quot;</source>
        <translation>يجب أن يكون &quot;both&quot; أو &quot;left&quot; أو &quot;right&quot;</translation>
    </message>
    <message>
        <source>%1 has no sides; only &quot;both&quot; is allowed</source>
        <translation>%1 بلا جانبين؛ والقيمة المسموح بها &quot;both&quot; فقط</translation>
    </message>
    <message>
        <source>is missing; a routine file starts with &quot;format&quot;: &quot;limber-routine&quot;</source>
        <translation>مفقود؛ يبدأ ملف البرنامج بـ &quot;format&quot;: &quot;limber-routine&quot;</translation>
    </message>
    <message>
        <source>must be &quot;limber-routine&quot;</source>
        <translation>يجب أن يكون &quot;limber-routine&quot;</translation>
    </message>
    <message>
        <source>(not a number)</source>
        <translation>(ليس عددًا)</translation>
    </message>
    <message>
        <source>must be text of 1 to %1 characters</source>
        <translation>يجب أن يكون نصًّا من 1 إلى %1 حرفًا</translation>
    </message>
    <message>
        <source>must be a list of steps</source>
        <translation>يجب أن يكون قائمة بالخطوات</translation>
    </message>
    <message>
        <source>must list from 1 to %1 steps (it lists %2)</source>
        <translation>يجب أن يضمّ من 1 إلى %1 خطوة (ويضمّ %2)</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>يتعذّر فتحه: %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>تتعذّر قراءته: %1</translation>
    </message>
    <message>
        <source>is larger than 1 MiB; a routine file is much smaller</source>
        <translation>حجمه أكبر من 1 MiB؛ وملف البرنامج أصغر من ذلك بكثير</translation>
    </message>
    <message>
        <source>is not valid JSON: a NUL byte at byte %1</source>
        <translation>ليس JSON صالحًا: بايت NUL عند البايت %1</translation>
    </message>
    <message>
        <source>is empty; a routine file holds a JSON object</source>
        <translation>فارغ؛ يحتوي ملف البرنامج على كائن JSON</translation>
    </message>
    <message>
        <source>is not valid JSON: %1 at byte %2</source>
        <translation>ليس JSON صالحًا: %1 عند البايت %2</translation>
    </message>
    <message>
        <source>must hold a JSON object ({ ... }) at the top level</source>
        <translation>يجب أن يحتوي على كائن JSON ({ ... }) في المستوى الأعلى</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>تتعذّر الكتابة: %1</translation>
    </message>
    <message>
        <source>unsupported version %1; this Limber reads versions %2 and %3</source>
        <translation>الإصدار %1 غير مدعوم؛ إصدار Limber هذا يقرأ الإصدارين %2 و%3</translation>
    </message>
    <message>
        <source>is larger than 16 MiB; a routine file, even with the images of its stretches, is much smaller</source>
        <translation>حجمه أكبر من 16 MiB؛ ملف البرنامج، حتى مع صور تمارينه، أصغر من ذلك بكثير</translation>
    </message>
    <message>
        <source>must not begin or end with spaces</source>
        <translation>يجب ألا يبدأ أو ينتهي بمسافات</translation>
    </message>
    <message>
        <source>must be a list of stretches</source>
        <translation>يجب أن يكون قائمة بتمارين الإطالة</translation>
    </message>
    <message>
        <source>must list at most %1 stretches (it lists %2)</source>
        <translation>يجب ألا يزيد عدد التمارين على %1 (وعددها %2)</translation>
    </message>
    <message>
        <source>must be a stretch object</source>
        <translation>يجب أن يكون كائن تمرين إطالة</translation>
    </message>
    <message>
        <source>%1 is a built-in stretch; a file carries only stretches that are not built in</source>
        <translation>%1 تمرين مدمج؛ لا يحمل الملف إلا التمارين غير المدمجة</translation>
    </message>
    <message>
        <source>%1 is carried twice</source>
        <translation>%1 محمول مرتين</translation>
    </message>
    <message>
        <source>%1 is used by no step</source>
        <translation>%1 لا تستخدمه أي خطوة</translation>
    </message>
</context>
<context>
    <name>RoutineResolver</name>
    <message>
        <source>is neither a built-in routine (%1), a saved routine, nor a file</source>
        <translation>ليس برنامجًا مضمَّنًا (%1)، ولا برنامجًا محفوظًا، ولا ملفًّا</translation>
    </message>
</context>
<context>
    <name>SegmentText</name>
    <message>
        <source>Left side</source>
        <translation>الجانب الأيسر</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>الجانب الأيمن</translation>
    </message>
    <message>
        <source>March gently in place to warm up.</source>
        <translation>امشِ برفق في مكانك للإحماء.</translation>
    </message>
    <message>
        <source>Get into position for %1.</source>
        <translation>اتّخذ وضعية التمرين: %1.</translation>
    </message>
    <message>
        <source>Hold still and breathe slowly. A mild pull, never sharp pain.</source>
        <translation>اثبت دون حركة وتنفّس ببطء. شدٌّ خفيف، لا ألم حادّ أبدًا.</translation>
    </message>
    <message>
        <source>Move slowly and smoothly, in time with your breath.</source>
        <translation>تحرّك ببطء وسلاسة، بإيقاع تنفّسك.</translation>
    </message>
    <message>
        <source>Switch to the other side.</source>
        <translation>انتقل إلى الجانب الآخر.</translation>
    </message>
    <message>
        <source>Rest and breathe.</source>
        <translation>استرح وتنفّس.</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>التالي: %1</translation>
    </message>
    <message>
        <source>Next: %1, %2</source>
        <translation>التالي: %1، %2</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source> s</source>
        <translation> ث</translation>
    </message>
</context>
<context>
    <name>StartingPoses</name>
    <message>
        <source>Standing</source>
        <translation>الوقوف</translation>
    </message>
    <message>
        <source>Lying on the back</source>
        <translation>الاستلقاء على الظهر</translation>
    </message>
    <message>
        <source>On hands and knees</source>
        <translation>على اليدين والركبتين</translation>
    </message>
    <message>
        <source>Sitting on the floor</source>
        <translation>الجلوس على الأرض</translation>
    </message>
</context>
<context>
    <name>StillPicture</name>
    <message>
        <source>Missing stretch</source>
        <translation>تمرين مفقود</translation>
    </message>
</context>
<context>
    <name>StretchDeletePrompt</name>
    <message>
        <source>Delete stretch</source>
        <translation>حذف تمرين الإطالة</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>أتريد حذف «%1»؟</translation>
    </message>
    <message>
        <source>No routine uses it. It is removed for good.</source>
        <translation>لا يستخدمه أي برنامج. سيُحذف نهائيًا.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is used by %n routine(s): %2.</source>
        <translation>
            <numerusform>«%1» يستخدمه %n برنامج: %2.</numerusform>
            <numerusform>«%1» يستخدمه برنامج واحد: %2.</numerusform>
            <numerusform>«%1» يستخدمه برنامجان: %2.</numerusform>
            <numerusform>«%1» تستخدمه %n برامج: %2.</numerusform>
            <numerusform>«%1» يستخدمه %n برنامجًا: %2.</numerusform>
            <numerusform>«%1» يستخدمه %n برنامج: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their steps stay, shown as a missing stretch. Delete it?</source>
        <translation>تبقى خطواتها، وتظهر كتمرين مفقود. أتريد حذفه؟</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>StretchFile</name>
    <message>
        <source>body areas</source>
        <translation>مناطق الجسم</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>يجب أن يكون أحد %1</translation>
    </message>
    <message>
        <source>lists &quot;%1&quot; a second time</source>
        <translation>يذكر «%1» مرة ثانية</translation>
    </message>
    <message>
        <source>is missing; a stretch file starts with &quot;format&quot;: &quot;limber-stretch&quot;</source>
        <translation>مفقود؛ يبدأ ملف التمرين بـ &quot;format&quot;: &quot;limber-stretch&quot;</translation>
    </message>
    <message>
        <source>must be &quot;limber-stretch&quot;</source>
        <translation>يجب أن يكون &quot;limber-stretch&quot;</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>مفقود</translation>
    </message>
    <message>
        <source>unsupported version %1; this Limber reads version %2</source>
        <translation>الإصدار %1 غير مدعوم؛ إصدار Limber هذا يقرأ الإصدار %2</translation>
    </message>
    <message>
        <source>(not a number)</source>
        <translation>(ليس عددًا)</translation>
    </message>
    <message>
        <source>is larger than %1 MiB; a stretch file is smaller</source>
        <translation>حجمه أكبر من %1 MiB؛ ملف التمرين أصغر من ذلك</translation>
    </message>
    <message>
        <source>is not valid JSON: a NUL byte at byte %1</source>
        <translation>ليس JSON صالحًا: بايت NUL عند البايت %1</translation>
    </message>
    <message>
        <source>is empty; a stretch file holds a JSON object</source>
        <translation>فارغ؛ يحتوي ملف التمرين على كائن JSON</translation>
    </message>
    <message>
        <source>is not valid JSON: %1 at byte %2</source>
        <translation>ليس JSON صالحًا: %1 عند البايت %2</translation>
    </message>
    <message>
        <source>must hold a JSON object ({ ... }) at the top level</source>
        <translation>يجب أن يحتوي على كائن JSON ({ ... }) في المستوى الأعلى</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>يتعذّر فتحه: %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>تتعذّر قراءته: %1</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>الخطوات</translation>
    </message>
    <message>
        <source>cautions</source>
        <translation>التنبيهات</translation>
    </message>
    <message>
        <source>must be &quot;hold&quot; or &quot;flow&quot;</source>
        <translation>يجب أن يكون &quot;hold&quot; أو &quot;flow&quot;</translation>
    </message>
    <message>
        <source>cannot be given together with &quot;figure&quot;: a stretch shows its figure or an image</source>
        <translation>لا يمكن تحديده مع &quot;figure&quot;: يعرض التمرين شكله أو صورة</translation>
    </message>
    <message>
        <source>is missing; a stretch needs a &quot;figure&quot; or an &quot;%1&quot;</source>
        <translation>مفقود؛ يحتاج التمرين إلى &quot;figure&quot; أو &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be false for a held stretch</source>
        <translation>يجب أن يكون false لتمرين ثابت</translation>
    </message>
    <message>
        <source>must be true for a flowing stretch</source>
        <translation>يجب أن يكون true لتمرين متحرك</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>تتعذّر الكتابة: %1</translation>
    </message>
    <message>
        <source>must be the name of a file beside the stretch file, without a folder</source>
        <translation>يجب أن يكون اسم ملف بجوار ملف التمرين، دون مجلد</translation>
    </message>
    <message>
        <source>must name a .png, .jpg, .jpeg or .svg file</source>
        <translation>يجب أن يسمّي ملف ‎.png أو ‎.jpg أو ‎.jpeg أو ‎.svg</translation>
    </message>
    <message>
        <source>%1 is not in the folder of the stretch file</source>
        <translation>%1 ليس في مجلد ملف التمرين</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>تتعذّر قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>file name, then why it cannot be shown</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>must be &quot;png&quot;, &quot;jpeg&quot; or &quot;svg&quot;</source>
        <translation>يجب أن يكون &quot;png&quot; أو &quot;jpeg&quot; أو &quot;svg&quot;</translation>
    </message>
    <message>
        <source>must be the image&apos;s bytes in base64</source>
        <translation>يجب أن يكون بايتات الصورة بترميز base64</translation>
    </message>
</context>
<context>
    <name>StretchFormCommand</name>
    <message>
        <source>Change the stretch</source>
        <translation>تغيير تمرين الإطالة</translation>
    </message>
</context>
<context>
    <name>StretchFormRules</name>
    <message>
        <source>%1 is empty: write it or remove it.</source>
        <translation>%1 فارغ: اكتبه أو احذفه.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; the most is %3.</source>
        <translation>طول %1 هو %2 حرفًا؛ والحد الأقصى %3.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Give the stretch a name.</source>
        <translation>أعطِ تمرين الإطالة اسمًا.</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>الاسم: %1</translation>
    </message>
    <message>
        <source>The name is %1 characters long; the most is %2.</source>
        <translation>طول الاسم %1 حرفًا؛ والحد الأقصى %2.</translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation>الملخص: %1</translation>
    </message>
    <message>
        <source>The summary is %1 characters long; the most is %2.</source>
        <translation>طول الملخص %1 حرفًا؛ والحد الأقصى %2.</translation>
    </message>
    <message>
        <source>Write at least one step.</source>
        <translation>اكتب خطوة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>A stretch has at most %1 steps.</source>
        <translation>لا يزيد عدد خطوات التمرين على %1.</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>الخطوة %1</translation>
    </message>
    <message>
        <source>A stretch has at most %1 cautions.</source>
        <translation>لا يزيد عدد تنبيهات التمرين على %1.</translation>
    </message>
    <message>
        <source>Caution %1</source>
        <translation>التنبيه %1</translation>
    </message>
    <message>
        <source>Choose at least one body area.</source>
        <translation>اختر منطقة واحدة من الجسم على الأقل.</translation>
    </message>
    <message>
        <source>The recommended hold is between %1 and %2 seconds.</source>
        <translation>مدة الثبات الموصى بها بين %1 و%2 ثانية.</translation>
    </message>
    <message>
        <source>Choose a picture, or draw the figure.</source>
        <translation>اختر صورة، أو ارسم الشكل.</translation>
    </message>
    <message>
        <source>Draw the figure, or choose a picture.</source>
        <translation>ارسم الشكل، أو اختر صورة.</translation>
    </message>
</context>
<context>
    <name>StretchImage</name>
    <message>
        <source>a PNG image</source>
        <translation>صورة PNG</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>صورة JPEG</translation>
    </message>
    <message>
        <source>an SVG image (XML whose root element is &lt;svg&gt;)</source>
        <translation>صورة SVG (ملف XML عنصره الجذر &lt;svg&gt;)</translation>
    </message>
    <message>
        <source>is larger than %1 MiB</source>
        <translation>حجمه أكبر من %1 MiB</translation>
    </message>
    <message>
        <source>is not %1</source>
        <translation>ليس %1</translation>
    </message>
    <message>
        <source>must be a PNG, JPEG or SVG file (.png, .jpg, .jpeg or .svg)</source>
        <translation>يجب أن يكون ملف PNG أو JPEG أو SVG (‎.png أو ‎.jpg أو ‎.jpeg أو ‎.svg)</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>يتعذّر فتحه: %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>تتعذّر قراءته: %1</translation>
    </message>
</context>
<context>
    <name>TextRules</name>
    <message>
        <source>must not contain control characters (found U+%1)</source>
        <translation>يجب ألا يحتوي على محارف تحكّم (وُجد U+%1)</translation>
    </message>
</context>
<context>
    <name>limber::AppearanceSettingsSection</name>
    <message>
        <source>Appearance</source>
        <translation>المظهر</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>السمة:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>اتّباع النظام</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>فاتحة</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكنة</translation>
    </message>
    <message>
        <source>Theme: %1</source>
        <translation>السمة: %1</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>مثل لغة النظام</translation>
    </message>
</context>
<context>
    <name>limber::AreaFilterBar</name>
    <message>
        <source>Filter by body area</source>
        <translation>التصفية حسب منطقة الجسم</translation>
    </message>
    <message>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>كل المناطق</translation>
    </message>
    <message>
        <source>Show stretches for every body area</source>
        <translation>عرض تمارين الإطالة لكل مناطق الجسم</translation>
    </message>
    <message>
        <source>Show only stretches that work on: %1</source>
        <translation>عرض تمارين الإطالة التي تستهدف %1 فقط</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>تمارينك</translation>
    </message>
    <message>
        <source>Your stretches</source>
        <translation>تمارينك</translation>
    </message>
    <message>
        <source>Show only the stretches you made</source>
        <translation>عرض التمارين التي أنشأتها فقط</translation>
    </message>
</context>
<context>
    <name>limber::ArrowPicker</name>
    <message>
        <source>Arrow</source>
        <translation>السهم</translation>
    </message>
    <message>
        <source>An arrow for the movement that matters</source>
        <translation>سهم للحركة المهمة</translation>
    </message>
    <message>
        <source>No arrow</source>
        <translation>بلا سهم</translation>
    </message>
    <message>
        <source>Round the %1</source>
        <translation>حول %1</translation>
    </message>
    <message>
        <source>Counter-clockwise</source>
        <translation>عكس اتجاه عقارب الساعة</translation>
    </message>
    <message>
        <source>Clockwise</source>
        <translation>مع اتجاه عقارب الساعة</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>في الاتجاهين</translation>
    </message>
    <message>
        <source>Arrow round</source>
        <translation>السهم حول</translation>
    </message>
    <message>
        <source>Arrow direction</source>
        <translation>اتجاه السهم</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;المكان:</translation>
    </message>
    <message>
        <source>&amp;Turning:</source>
        <translation>ال&amp;دوران:</translation>
    </message>
    <message>
        <source>hips</source>
        <translation>الوركين</translation>
    </message>
    <message>
        <source>middle of the back</source>
        <translation>منتصف الظهر</translation>
    </message>
    <message>
        <source>neck</source>
        <translation>الرقبة</translation>
    </message>
    <message>
        <source>head</source>
        <translation>الرأس</translation>
    </message>
    <message>
        <source>near knee</source>
        <translation>الركبة القريبة</translation>
    </message>
    <message>
        <source>far knee</source>
        <translation>الركبة البعيدة</translation>
    </message>
    <message>
        <source>near ankle</source>
        <translation>الكاحل القريب</translation>
    </message>
    <message>
        <source>far ankle</source>
        <translation>الكاحل البعيد</translation>
    </message>
    <message>
        <source>near elbow</source>
        <translation>المرفق القريب</translation>
    </message>
    <message>
        <source>near hand</source>
        <translation>اليد القريبة</translation>
    </message>
    <message>
        <source>far hand</source>
        <translation>اليد البعيدة</translation>
    </message>
</context>
<context>
    <name>limber::BreathingPacer</name>
    <message>
        <source>Breathe in</source>
        <translation>شهيق</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>زفير</translation>
    </message>
    <message>
        <source>Breathing guide</source>
        <translation>دليل التنفّس</translation>
    </message>
</context>
<context>
    <name>limber::ChangedElsewhereBar</name>
    <message>
        <source>“%1” was changed on another device (or in another Limber) while you were editing it. Your changes are not saved yet.</source>
        <translation>عُدِّل «%1» على جهاز آخر (أو في Limber آخر) أثناء تحريرك له. لم تُحفظ تغييراتك بعد.</translation>
    </message>
    <message>
        <source>Show the new version</source>
        <translation>اعرض النسخة الجديدة</translation>
    </message>
    <message>
        <source>Keep my changes</source>
        <translation>احتفظ بتغييراتي</translation>
    </message>
</context>
<context>
    <name>limber::ConflictPanel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Two versions</source>
        <translation>نسختان</translation>
    </message>
    <message>
        <source>set aside by Syncthing</source>
        <translation>نحّاها Syncthing جانبًا</translation>
    </message>
    <message>
        <source>set aside by Nextcloud</source>
        <translation>نحّاها Nextcloud جانبًا</translation>
    </message>
    <message>
        <source>set aside by Syncthing (device %1)</source>
        <translation>نحّاها Syncthing جانبًا (الجهاز %1)</translation>
    </message>
    <message>
        <source>set aside by Nextcloud (user %1)</source>
        <translation>نحّاها Nextcloud جانبًا (المستخدم %1)</translation>
    </message>
    <message>
        <source>The other: %1, changed %2 · %3</source>
        <translation>الأخرى: %1، عُدّلت %2 · %3</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>تتعذّر قراءتها: %1</translation>
    </message>
    <message>
        <source>Two versions of “%1”</source>
        <translation>نسختان من «%1»</translation>
    </message>
    <message>
        <source>This one: changed %1 · %2</source>
        <translation>هذه: عُدّلت %1 · %2</translation>
    </message>
    <message>
        <source>This one: deleted on this device</source>
        <translation>هذه: حُذفت على هذا الجهاز</translation>
    </message>
    <message>
        <source>Two versions of your stretch “%1”</source>
        <translation>نسختان من تمرين الإطالة الخاص بك «%1»</translation>
    </message>
    <message numerus="yes">
        <source>%n stretch(es) · %1</source>
        <translation>
            <numerusform>%n تمارين إطالة · %1</numerusform>
            <numerusform>تمرين إطالة واحد · %1</numerusform>
            <numerusform>تمرينا إطالة · %1</numerusform>
            <numerusform>%n تمارين إطالة · %1</numerusform>
            <numerusform>%n تمرين إطالة · %1</numerusform>
            <numerusform>%n تمرين إطالة · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>hold %1 each side</source>
        <translation>ثبات %1 لكل جانب</translation>
    </message>
    <message>
        <source>hold %1</source>
        <translation>ثبات %1</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>احتفظ بهذه</translation>
    </message>
    <message>
        <source>Keep the other</source>
        <translation>احتفظ بالأخرى</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>احتفظ بالاثنتين</translation>
    </message>
    <message>
        <source>Needs your choice</source>
        <translation>بانتظار اختيارك</translation>
    </message>
</context>
<context>
    <name>limber::CountdownRing</name>
    <message>
        <source>Time left in this step</source>
        <translation>الوقت المتبقّي في هذه الخطوة</translation>
    </message>
</context>
<context>
    <name>limber::CueAnnouncer</name>
    <message>
        <source>Knee to chest, left side. Breathe out and relax into it.</source>
        <translation>الركبة إلى الصدر، الجانب الأيسر. أخرج الزفير واسترخِ في الوضعية.</translation>
    </message>
</context>
<context>
    <name>limber::CueSettingsSection</name>
    <message>
        <source>Sound and voice</source>
        <translation>الصوت والنطق</translation>
    </message>
    <message>
        <source>Sounds:</source>
        <translation>الأصوات:</translation>
    </message>
    <message>
        <source>Play cue sounds</source>
        <translation>تشغيل أصوات التنبيه</translation>
    </message>
    <message>
        <source>A chime when a stretch starts, a sound to switch sides and one at the end</source>
        <translation>رنين عند بدء تمرين الإطالة، وصوت لتبديل الجانب، وآخر في النهاية</translation>
    </message>
    <message>
        <source>Volume:</source>
        <translation>مستوى الصوت:</translation>
    </message>
    <message>
        <source>Sound volume</source>
        <translation>مستوى الصوت</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Countdown:</source>
        <translation>العدّ التنازلي:</translation>
    </message>
    <message>
        <source>Tick 3, 2, 1 before each stretch starts</source>
        <translation>نقرات 3، 2، 1 قبل بدء كل تمرين إطالة</translation>
    </message>
    <message>
        <source>Countdown ticks</source>
        <translation>نقرات العدّ التنازلي</translation>
    </message>
    <message>
        <source>Spoken cues:</source>
        <translation>التنبيهات المنطوقة:</translation>
    </message>
    <message>
        <source>Say each stretch and side aloud</source>
        <translation>نطق اسم كل تمرين إطالة والجانب بصوت عالٍ</translation>
    </message>
    <message>
        <source>Spoken cues</source>
        <translation>التنبيهات المنطوقة</translation>
    </message>
    <message>
        <source>So you can follow along from the mat without looking</source>
        <translation>لتتابع من على البساط دون أن تنظر إلى الشاشة</translation>
    </message>
    <message>
        <source>Voice:</source>
        <translation>الصوت:</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>الصوت</translation>
    </message>
    <message>
        <source>Test voice</source>
        <translation>تجربة الصوت</translation>
    </message>
    <message>
        <source>Test the voice</source>
        <translation>تجربة الصوت المختار</translation>
    </message>
    <message>
        <source>Hear a sentence in this voice at this rate</source>
        <translation>الاستماع إلى جملة بهذا الصوت وبهذه السرعة</translation>
    </message>
    <message>
        <source>Speaking rate:</source>
        <translation>سرعة النطق:</translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation>سرعة النطق</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>أبطأ</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>عادية</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>أسرع</translation>
    </message>
    <message>
        <source>Breathing:</source>
        <translation>التنفّس:</translation>
    </message>
    <message>
        <source>Show a breathing guide during holds</source>
        <translation>عرض دليل للتنفّس في أثناء الثبات</translation>
    </message>
    <message>
        <source>Breathing guide</source>
        <translation>دليل التنفّس</translation>
    </message>
    <message>
        <source>A circle that swells as you breathe in and settles as you breathe out</source>
        <translation>دائرة تكبر مع الشهيق وتصغر مع الزفير</translation>
    </message>
    <message>
        <source>Automatic (for the language)</source>
        <translation>تلقائي (حسب اللغة)</translation>
    </message>
    <message>
        <source>%1 (not available)</source>
        <translation>%1 (غير متوفّر)</translation>
    </message>
</context>
<context>
    <name>limber::DataFolderSection</name>
    <message>
        <source>Keep my routines, stretches and history in</source>
        <translation>احفظ برامجي وتمارين الإطالة وسجلّي في</translation>
    </message>
    <message>
        <source>The data folder was not moved</source>
        <translation>لم يُنقل مجلد البيانات</translation>
    </message>
    <message>
        <source>Data folder moved</source>
        <translation>نُقل مجلد البيانات</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>بياناتك</translation>
    </message>
    <message>
        <source>Keep my routines, stretches and history in:</source>
        <translation>احفظ برامجي وتمارين الإطالة وسجلّي في:</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>تغيير…</translation>
    </message>
    <message>
        <source>Change the data folder</source>
        <translation>تغيير مجلد البيانات</translation>
    </message>
    <message>
        <source>Limber was started with --data-dir, so it uses this folder for this run only.</source>
        <translation>بدأ Limber مع --data-dir، لذا يستخدم هذا المجلد لهذا التشغيل فقط.</translation>
    </message>
    <message>
        <source>Share this folder with Syncthing or Nextcloud to have the same routines, stretches, history and timings on each of your devices. Window, sound, voice and reminders stay set per device.</source>
        <translation>شارك هذا المجلد مع Syncthing أو Nextcloud لتكون لديك البرامج وتمارين الإطالة والسجل والأوقات نفسها على كل أجهزتك. تبقى النافذة والصوت والنطق والتذكيرات مضبوطة لكل جهاز على حدة.</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>مجلد البيانات: %1</translation>
    </message>
</context>
<context>
    <name>limber::DeletionUndoBar</name>
    <message>
        <source>Session deleted.</source>
        <translation>حُذفت الجلسة.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>The history could not be changed: %1</source>
        <translation>تعذّر تعديل السجلّ: %1</translation>
    </message>
</context>
<context>
    <name>limber::GoalSummary</name>
    <message numerus="yes">
        <source>Goal: %n day(s) a week</source>
        <translation>
            <numerusform>الهدف: %n يوم في الأسبوع</numerusform>
            <numerusform>الهدف: يوم واحد في الأسبوع</numerusform>
            <numerusform>الهدف: يومان في الأسبوع</numerusform>
            <numerusform>الهدف: %n أيام في الأسبوع</numerusform>
            <numerusform>الهدف: %n يومًا في الأسبوع</numerusform>
            <numerusform>الهدف: %n يوم في الأسبوع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This week: %n day(s), goal met</source>
        <translation>
            <numerusform>هذا الأسبوع: %n يوم، تحقّق الهدف</numerusform>
            <numerusform>هذا الأسبوع: يوم واحد، تحقّق الهدف</numerusform>
            <numerusform>هذا الأسبوع: يومان، تحقّق الهدف</numerusform>
            <numerusform>هذا الأسبوع: %n أيام، تحقّق الهدف</numerusform>
            <numerusform>هذا الأسبوع: %n يومًا، تحقّق الهدف</numerusform>
            <numerusform>هذا الأسبوع: %n يوم، تحقّق الهدف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This week: %1 of %n day(s)</source>
        <translation>
            <numerusform>هذا الأسبوع: %1 من %n يوم</numerusform>
            <numerusform>هذا الأسبوع: %1 من يوم واحد</numerusform>
            <numerusform>هذا الأسبوع: %1 من يومين</numerusform>
            <numerusform>هذا الأسبوع: %1 من %n أيام</numerusform>
            <numerusform>هذا الأسبوع: %1 من %n يومًا</numerusform>
            <numerusform>هذا الأسبوع: %1 من %n يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) in a row met the goal</source>
        <translation>
            <numerusform>%n أسبوع متتالٍ حقّق الهدف</numerusform>
            <numerusform>أسبوع واحد حقّق الهدف</numerusform>
            <numerusform>أسبوعان متتاليان حقّقا الهدف</numerusform>
            <numerusform>%n أسابيع متتالية حقّقت الهدف</numerusform>
            <numerusform>%n أسبوعًا متتاليًا حقّق الهدف</numerusform>
            <numerusform>%n أسبوع متتالٍ حقّق الهدف</numerusform>
        </translation>
    </message>
    <message>
        <source>Each week that meets the goal adds to a run of weeks.</source>
        <translation>كل أسبوع تحقّق فيه الهدف يُضاف إلى سلسلة أسابيعك المتتالية.</translation>
    </message>
    <message>
        <source>Weeks, not days: a day of rest never breaks the run.</source>
        <translation>أسابيع لا أيام: يوم الراحة لا يقطع السلسلة أبدًا.</translation>
    </message>
</context>
<context>
    <name>limber::GuidelinesView</name>
    <message>
        <source>Back to library</source>
        <translation>العودة إلى المكتبة</translation>
    </message>
    <message>
        <source>Back to the stretch library</source>
        <translation>العودة إلى مكتبة تمارين الإطالة</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>قبل أن تبدأ</translation>
    </message>
    <message>
        <source>Six habits that make stretching safer and more comfortable.</source>
        <translation>ست عادات تجعل الإطالة أكثر أمانًا وراحة.</translation>
    </message>
    <message>
        <source>Medical disclaimer</source>
        <translation>إخلاء المسؤولية الطبية</translation>
    </message>
    <message>
        <source>Safe-stretching guidelines</source>
        <translation>إرشادات الإطالة الآمنة</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>مهم</translation>
    </message>
</context>
<context>
    <name>limber::HighlightPicker</name>
    <message>
        <source>Highlight</source>
        <translation>التمييز</translation>
    </message>
    <message>
        <source>The parts of the body the stretch is felt in</source>
        <translation>أجزاء الجسم التي يُشعر فيها بالتمرين</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>أسفل الظهر</translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation>أعلى الظهر</translation>
    </message>
    <message>
        <source>Hips and buttocks</source>
        <translation>الوركان والأرداف</translation>
    </message>
    <message>
        <source>Near thigh</source>
        <translation>الفخذ القريب</translation>
    </message>
    <message>
        <source>Far thigh</source>
        <translation>الفخذ البعيد</translation>
    </message>
    <message>
        <source>Near calf and shin</source>
        <translation>ربلة الساق والقصبة القريبتان</translation>
    </message>
    <message>
        <source>Far calf and shin</source>
        <translation>ربلة الساق والقصبة البعيدتان</translation>
    </message>
</context>
<context>
    <name>limber::HistorySettingsSection</name>
    <message>
        <source>History</source>
        <translation>السجلّ</translation>
    </message>
    <message>
        <source>Pain rating:</source>
        <translation>تقييم الألم:</translation>
    </message>
    <message>
        <source>Ask how my back is before each session</source>
        <translation>اسألني عن حال ظهري قبل كل جلسة</translation>
    </message>
    <message>
        <source>Weekly goal:</source>
        <translation>الهدف الأسبوعي:</translation>
    </message>
    <message numerus="yes">
        <source> day(s) a week</source>
        <translation>
            <numerusform> يوم في الأسبوع</numerusform>
            <numerusform> يوم في الأسبوع</numerusform>
            <numerusform> يومان في الأسبوع</numerusform>
            <numerusform> أيام في الأسبوع</numerusform>
            <numerusform> يومًا في الأسبوع</numerusform>
            <numerusform> يوم في الأسبوع</numerusform>
        </translation>
    </message>
    <message>
        <source>Days a week to practise</source>
        <translation>أيام التمرين في الأسبوع</translation>
    </message>
    <message>
        <source>A weekly goal, not a daily streak: a day of rest does not break it.</source>
        <translation>هدف أسبوعي لا سلسلة يومية: يوم الراحة لا يقطعه.</translation>
    </message>
</context>
<context>
    <name>limber::HistoryStore</name>
    <message>
        <source>cannot complete session %1: this device has no such session</source>
        <translation>يتعذّر إكمال الجلسة %1: لا توجد جلسة كهذه على هذا الجهاز</translation>
    </message>
    <message>
        <source>cannot delete session %1: there is no such session</source>
        <translation>يتعذّر حذف الجلسة %1: لا توجد جلسة كهذه</translation>
    </message>
</context>
<context>
    <name>limber::HistoryView</name>
    <message>
        <source>No sessions yet</source>
        <translation>لا جلسات بعد</translation>
    </message>
    <message>
        <source>Your practice will appear here: each session you play, the days you practised, and, if you rate your pain before and after, whether stretching helps.</source>
        <translation>سيظهر تمرينك هنا: كل جلسة تؤدّيها، والأيام التي تمرّنت فيها، وإن قيّمت ألمك قبل الجلسة وبعدها، فسترى هل تفيدك الإطالة.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجلّ</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>الجلسات</translation>
    </message>
    <message>
        <source>Sessions, newest first</source>
        <translation>الجلسات، الأحدث أولًا</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>حذف الجلسة</translation>
    </message>
    <message>
        <source>Pain before and after</source>
        <translation>الألم قبل وبعد</translation>
    </message>
    <message>
        <source>Minutes per week</source>
        <translation>الدقائق في الأسبوع</translation>
    </message>
    <message>
        <source>Days practised</source>
        <translation>أيام التمرين</translation>
    </message>
</context>
<context>
    <name>limber::HoldOverrideDelegate</name>
    <message>
        <source>Your hold for %1</source>
        <translation>مدة ثباتك في %1</translation>
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
        <translation>غير محدَّدة</translation>
    </message>
    <message>
        <source>Remove your hold for %1</source>
        <translation>إزالة مدة ثباتك في %1</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>تمرين الإطالة</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>المُوصى بها</translation>
    </message>
    <message>
        <source>Your hold</source>
        <translation>مدتك</translation>
    </message>
    <message>
        <source>Your own hold for this stretch. Reset goes back to %1.</source>
        <translation>مدة الثبات التي حدّدتها لهذا التمرين. «إعادة الضبط» تُرجعها إلى %1.</translation>
    </message>
    <message>
        <source>Held for %1, the same as every stretch. Click to set a hold for this stretch alone.</source>
        <translation>الثبات %1، كسائر التمارين. انقر لتحديد مدة لهذا التمرين وحده.</translation>
    </message>
    <message>
        <source>Held for the recommended time. Click to set your own.</source>
        <translation>الثبات للمدة المُوصى بها. انقر لتحديد مدتك.</translation>
    </message>
    <message>
        <source>No hold of yours for %1</source>
        <translation>لا مدة ثبات خاصة بك لتمرين %1</translation>
    </message>
</context>
<context>
    <name>limber::HoldOverridesTable</name>
    <message>
        <source>Hold for each stretch</source>
        <translation>مدة الثبات لكل تمرين</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>إعادة الضبط</translation>
    </message>
    <message>
        <source>Reset the hold for %1</source>
        <translation>إعادة ضبط مدة الثبات في %1</translation>
    </message>
    <message>
        <source>Go back to the hold this stretch had before</source>
        <translation>العودة إلى مدة الثبات السابقة لهذا التمرين</translation>
    </message>
    <message>
        <source> s</source>
        <translation> ث</translation>
    </message>
</context>
<context>
    <name>limber::HurtNotice</name>
    <message>
        <source>This hurt on %1 — go gentler, or skip it this time</source>
        <translation>آلمك هذا التمرين في %1 — أدِّه بلطف أكبر، أو تخطَّه هذه المرة</translation>
    </message>
    <message>
        <source>Skip it</source>
        <translation>تخطَّه</translation>
    </message>
    <message>
        <source>Skip %1 this time</source>
        <translation>تخطَّ %1 هذه المرة</translation>
    </message>
</context>
<context>
    <name>limber::IllustrationWidget</name>
    <message>
        <source>Animated illustration of the stretch</source>
        <translation>رسم توضيحي متحرّك لتمرين الإطالة</translation>
    </message>
    <message>
        <source>Picture of the stretch</source>
        <translation>صورة تمرين الإطالة</translation>
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
        <translation>أشعر بألم</translation>
    </message>
    <message>
        <source>Paused. Ease out of %1 gently.</source>
        <translation>متوقّف مؤقتًا. اخرج من %1 برفق.</translation>
    </message>
    <message>
        <source>A stretch should feel like a mild pull, never sharp pain. If the pain is sharp or stays, stop and talk to a doctor or physiotherapist.</source>
        <translation>ينبغي أن تشعر في الإطالة بشدٍّ خفيف، لا بألم حادّ أبدًا. إذا كان الألم حادًّا أو استمرّ، فتوقّف واستشر طبيبًا أو أخصائي علاج طبيعي.</translation>
    </message>
    <message>
        <source>Skip this stretch</source>
        <translation>تخطّي هذا التمرين</translation>
    </message>
    <message>
        <source>End the routine</source>
        <translation>إنهاء البرنامج</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
</context>
<context>
    <name>limber::KeyframeStrip</name>
    <message>
        <source>Add position</source>
        <translation>إضافة وضعية</translation>
    </message>
    <message>
        <source>Remove position</source>
        <translation>إزالة وضعية</translation>
    </message>
    <message>
        <source>Adds a copy of the chosen position after it</source>
        <translation>يضيف نسخة من الوضعية المختارة بعدها</translation>
    </message>
    <message>
        <source>Removes the chosen position</source>
        <translation>يزيل الوضعية المختارة</translation>
    </message>
    <message>
        <source>Starting position</source>
        <translation>وضعية البداية</translation>
    </message>
    <message>
        <source>Held pose</source>
        <translation>وضعية الثبات</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>Position %1</source>
        <translation>الوضعية %1</translation>
    </message>
    <message>
        <source>Shows this position for posing</source>
        <translation>يعرض هذه الوضعية لضبطها</translation>
    </message>
</context>
<context>
    <name>limber::LibraryView</name>
    <message>
        <source>Stretch library</source>
        <translation>مكتبة تمارين الإطالة</translation>
    </message>
    <message>
        <source>Learn each stretch here before you do it on the floor.</source>
        <translation>تعلّم كل تمرين هنا قبل أن تؤدّيه على الأرض.</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>قبل أن تبدأ</translation>
    </message>
    <message>
        <source>Before you start: safe-stretching guidelines</source>
        <translation>قبل أن تبدأ: إرشادات الإطالة الآمنة</translation>
    </message>
    <message>
        <source>Search stretches</source>
        <translation>البحث في تمارين الإطالة</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>مسح البحث</translation>
    </message>
    <message>
        <source>Stretches</source>
        <translation>تمارين الإطالة</translation>
    </message>
    <message>
        <source>Check the spelling, try fewer words, or pick other areas.</source>
        <translation>تحقّق من الإملاء، أو جرّب كلمات أقل، أو اختر مناطق أخرى.</translation>
    </message>
    <message>
        <source>Show all stretches</source>
        <translation>عرض كل تمارين الإطالة</translation>
    </message>
    <message>
        <source>Clear the search and the area filter</source>
        <translation>مسح البحث وتصفية المناطق</translation>
    </message>
    <message>
        <source>No stretches match the chosen areas</source>
        <translation>لا تمارين إطالة تطابق المناطق المختارة</translation>
    </message>
    <message>
        <source>No stretches match “%1”</source>
        <translation>لا تمارين إطالة تطابق «%1»</translation>
    </message>
    <message>
        <source>No stretches match “%1” in the chosen areas</source>
        <translation>لا تمارين إطالة تطابق «%1» في المناطق المختارة</translation>
    </message>
    <message>
        <source>New stretch</source>
        <translation>تمرين جديد</translation>
    </message>
    <message>
        <source>Make a new stretch of your own</source>
        <translation>إنشاء تمرين إطالة خاص بك</translation>
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
        <translation>التمرين</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>البرامج</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>العروض</translation>
    </message>
    <message>
        <source>Limber found problems in your saved data. Nothing was deleted.</source>
        <translation>وجد Limber مشكلات في بياناتك المحفوظة. لم يُحذف أي شيء.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجلّ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Keyboard shortcuts (%1)</source>
        <translation>اختصارات لوحة المفاتيح (%1)</translation>
    </message>
    <message>
        <source>Your routines, stretches and history have a new place.</source>
        <translation>لبرامجك وتمارين الإطالة وسجلّك مكان جديد.</translation>
    </message>
</context>
<context>
    <name>limber::MinutesChart</name>
    <message>
        <source>Minutes</source>
        <translation>الدقائق</translation>
    </message>
    <message>
        <source>Minutes per week</source>
        <translation>الدقائق في الأسبوع</translation>
    </message>
</context>
<context>
    <name>limber::PainChangeLabel</name>
    <message>
        <source>Rate your pain before and after a session to see whether it helps.</source>
        <translation>قيّم ألمك قبل الجلسة وبعدها لترى هل تفيدك.</translation>
    </message>
    <message numerus="yes">
        <source>After is the same as before on average over the last %1 days (%n session(s))</source>
        <translation>
            <numerusform>خلال الأيام الـ %1 الأخيرة: الألم بعد الجلسة كما قبلها في المتوسط (%n جلسة)</numerusform>
            <numerusform>خلال الأيام الـ %1 الأخيرة: الألم بعد الجلسة كما قبلها في المتوسط (جلسة واحدة)</numerusform>
            <numerusform>خلال الأيام الـ %1 الأخيرة: الألم بعد الجلسة كما قبلها في المتوسط (جلستان)</numerusform>
            <numerusform>خلال الأيام الـ %1 الأخيرة: الألم بعد الجلسة كما قبلها في المتوسط (%n جلسات)</numerusform>
            <numerusform>خلال الأيام الـ %1 الأخيرة: الألم بعد الجلسة كما قبلها في المتوسط (%n جلسة)</numerusform>
            <numerusform>خلال الأيام الـ %1 الأخيرة: الألم بعد الجلسة كما قبلها في المتوسط (%n جلسة)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After is %1 lower on average over the last %2 days (%n session(s))</source>
        <translation>
            <numerusform>خلال الأيام الـ %2 الأخيرة: الألم بعد الجلسة أقل بمقدار %1 في المتوسط (%n جلسة)</numerusform>
            <numerusform>خلال الأيام الـ %2 الأخيرة: الألم بعد الجلسة أقل بمقدار %1 في المتوسط (جلسة واحدة)</numerusform>
            <numerusform>خلال الأيام الـ %2 الأخيرة: الألم بعد الجلسة أقل بمقدار %1 في المتوسط (جلستان)</numerusform>
            <numerusform>خلال الأيام الـ %2 الأخيرة: الألم بعد الجلسة أقل بمقدار %1 في المتوسط (%n جلسات)</numerusform>
            <numerusform>خلال الأيام الـ %2 الأخيرة: الألم بعد الجلسة أقل بمقدار %1 في المتوسط (%n جلسة)</numerusform>
            <numerusform>خلال الأيام الـ %2 الأخيرة: الألم بعد الجلسة أقل بمقدار %1 في المتوسط (%n جلسة)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After is %1 higher on average over the last %2 days (%n session(s))</source>
        <translation>
            <numerusform>خلال الأيام الـ %2 الأخيرة: الألم بعد الجلسة أعلى بمقدار %1 في المتوسط (%n جلسة)</numerusform>
            <numerusform>خلال الأيام الـ %2 الأخيرة: الألم بعد الجلسة أعلى بمقدار %1 في المتوسط (جلسة واحدة)</numerusform>
            <numerusform>خلال الأيام الـ %2 الأخيرة: الألم بعد الجلسة أعلى بمقدار %1 في المتوسط (جلستان)</numerusform>
            <numerusform>خلال الأيام الـ %2 الأخيرة: الألم بعد الجلسة أعلى بمقدار %1 في المتوسط (%n جلسات)</numerusform>
            <numerusform>خلال الأيام الـ %2 الأخيرة: الألم بعد الجلسة أعلى بمقدار %1 في المتوسط (%n جلسة)</numerusform>
            <numerusform>خلال الأيام الـ %2 الأخيرة: الألم بعد الجلسة أعلى بمقدار %1 في المتوسط (%n جلسة)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::PainChart</name>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <source>Pain (0–10)</source>
        <translation>الألم (0–10)</translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>Date labels on the pain chart&apos;s time axis (QDateTime format)</extracomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>Pain before and after each session</source>
        <translation>الألم قبل كل جلسة وبعدها</translation>
    </message>
</context>
<context>
    <name>limber::PainQuestionPage</name>
    <message>
        <source>How is your back right now?</source>
        <translation>كيف حال ظهرك الآن؟</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>تخطّي</translation>
    </message>
    <message>
        <source>Start without rating (Esc)</source>
        <translation>البدء دون تقييم (Esc)</translation>
    </message>
    <message>
        <source>Skip the question and start</source>
        <translation>تخطّي السؤال والبدء</translation>
    </message>
    <message>
        <source>Press a number (1 then 0 for 10), or Esc to skip. Your answers show in History whether stretching helps; turn this question off in Settings.</source>
        <translation>اضغط رقمًا (1 ثم 0 للعدد 10)، أو Esc للتخطّي. تُظهر إجاباتك في «السجلّ» هل تفيدك الإطالة؛ ويمكنك إيقاف هذا السؤال من «الإعدادات».</translation>
    </message>
</context>
<context>
    <name>limber::PainScale</name>
    <message>
        <source>0 · no pain</source>
        <translation>0 · لا ألم</translation>
    </message>
    <message>
        <source>10 · worst imaginable</source>
        <translation>10 · أسوأ ألم يمكن تخيّله</translation>
    </message>
    <message>
        <source>Pain %1 of 10</source>
        <translation>الألم %1 من 10</translation>
    </message>
    <message>
        <source>Pain from 0 (no pain) to 10 (worst imaginable)</source>
        <translation>الألم من 0 (لا ألم) إلى 10 (أسوأ ألم يمكن تخيّله)</translation>
    </message>
</context>
<context>
    <name>limber::PeriodSelector</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n يوم</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومان</numerusform>
            <numerusform>%n أيام</numerusform>
            <numerusform>%n يومًا</numerusform>
            <numerusform>%n يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>آخر %n يوم</numerusform>
            <numerusform>آخر يوم</numerusform>
            <numerusform>آخر يومين</numerusform>
            <numerusform>آخر %n أيام</numerusform>
            <numerusform>آخر %n يومًا</numerusform>
            <numerusform>آخر %n يوم</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::PlayerAnnouncements</name>
    <message>
        <source>Rest. %1</source>
        <extracomment>%1 is what comes next, e.g. &quot;Next: Butterfly stretch, left side&quot;</extracomment>
        <translation>استراحة. %1</translation>
    </message>
    <message>
        <source>Get ready. %1</source>
        <extracomment>%1 is what comes next, e.g. &quot;Next: Butterfly stretch, left side&quot;</extracomment>
        <translation>استعد. %1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>تمت المتابعة</translation>
    </message>
    <message>
        <source>Ten seconds left</source>
        <translation>بقيت عشر ثوانٍ</translation>
    </message>
</context>
<context>
    <name>limber::PlayerControlBar</name>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>الصوت مكتوم</translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation>الصوت مُفعَّل</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>مفتاح المسافة</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>السهم الأيسر</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>السهم الأيمن</translation>
    </message>
    <message>
        <source>+10 s</source>
        <translation>+10 ث</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
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
        <translation>ملء الشاشة</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>It hurts</source>
        <translation>أشعر بألم</translation>
    </message>
    <message>
        <source>Pause at once and choose how to go on (H)</source>
        <translation>إيقاف مؤقت فوري واختيار طريقة المتابعة (H)</translation>
    </message>
</context>
<context>
    <name>limber::PlayerView</name>
    <message>
        <source>Stop the routine?</source>
        <translation>أتريد إيقاف البرنامج؟</translation>
    </message>
    <message>
        <source>Stop now and go back to the start?</source>
        <translation>أتريد الإيقاف الآن والعودة إلى البداية؟</translation>
    </message>
    <message>
        <source>Sound and voice status</source>
        <translation>حالة الصوت والنطق</translation>
    </message>
    <message>
        <source>this stretch</source>
        <translation>هذا التمرين</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>المشغّل</translation>
    </message>
</context>
<context>
    <name>limber::PlayingPage</name>
    <message>
        <source>Switch sides</source>
        <translation>بدّل الجانب</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>استراحة</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>استعدّ</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>الإحماء</translation>
    </message>
    <message>
        <source>Stretch %1 of %2</source>
        <translation>التمرين %1 من %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>المتبقّي %1</translation>
    </message>
    <message>
        <source>Position in the routine</source>
        <translation>الموضع في البرنامج</translation>
    </message>
    <message>
        <source>Time left in the routine</source>
        <translation>الوقت المتبقّي في البرنامج</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>تمرين الإطالة</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>الجانب</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>التعليمات</translation>
    </message>
    <message>
        <source>Coming next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Illustration of the stretch</source>
        <translation>رسم توضيحي لتمرين الإطالة</translation>
    </message>
    <message>
        <source>Picture: %1</source>
        <translation>صورة: %1</translation>
    </message>
    <message>
        <source>Picture: %1, %2</source>
        <translation>صورة: %1، %2</translation>
    </message>
</context>
<context>
    <name>limber::PoseCanvas</name>
    <message>
        <source>Figure</source>
        <translation>الشكل</translation>
    </message>
    <message>
        <source>Chosen joint: %1.</source>
        <translation>المفصل المختار: %1.</translation>
    </message>
    <message>
        <source>Drag a joint to pose the figure. Tab chooses a joint, the arrow keys move it.</source>
        <translation>اسحب مفصلًا لضبط وضعية الشكل. يختار مفتاح Tab مفصلًا، وتحرّكه مفاتيح الأسهم.</translation>
    </message>
</context>
<context>
    <name>limber::PoseEditor</name>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>&amp;Mirror preview</source>
        <translation>م&amp;عاينة معكوسة</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>ا&amp;بدأ من:</translation>
    </message>
    <message>
        <source>Shows the figure as it is drawn for the other side</source>
        <translation>يعرض الشكل كما يُرسم للجانب الآخر</translation>
    </message>
    <message>
        <source>Move: %1</source>
        <translation>تحريك: %1</translation>
    </message>
    <message>
        <source>Change the highlight</source>
        <translation>تغيير التمييز</translation>
    </message>
    <message>
        <source>Change the arrow</source>
        <translation>تغيير السهم</translation>
    </message>
    <message>
        <source>Make it a flow</source>
        <translation>جعله تمرينًا متحركًا</translation>
    </message>
    <message>
        <source>Make it a hold</source>
        <translation>جعله تمرينًا ثابتًا</translation>
    </message>
    <message>
        <source>Start from %1</source>
        <translation>البدء من %1</translation>
    </message>
    <message>
        <source>Add a position</source>
        <translation>إضافة وضعية</translation>
    </message>
    <message>
        <source>Remove a position</source>
        <translation>إزالة وضعية</translation>
    </message>
</context>
<context>
    <name>limber::PracticeCalendar</name>
    <message>
        <source>Previous month</source>
        <translation>الشهر السابق</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>الشهر التالي</translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation>أيام الشهر</translation>
    </message>
</context>
<context>
    <name>limber::ReadyPage</name>
    <message>
        <source>Start</source>
        <translation>ابدأ</translation>
    </message>
    <message>
        <source>Start the routine</source>
        <translation>بدء البرنامج</translation>
    </message>
    <message>
        <source>Start the routine (Space)</source>
        <translation>بدء البرنامج (مفتاح المسافة)</translation>
    </message>
</context>
<context>
    <name>limber::ReminderController</name>
    <message>
        <source>Time for %1</source>
        <translation>حان وقت: %1</translation>
    </message>
    <message>
        <source>A few minutes for your back and hips.</source>
        <translation>بضع دقائق لظهرك ووركيك.</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>ابدأ الآن</translation>
    </message>
    <message>
        <source>In 15 minutes</source>
        <translation>بعد 15 دقيقة</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>ليس اليوم</translation>
    </message>
    <message>
        <source>Time to stand up</source>
        <translation>حان وقت الوقوف</translation>
    </message>
    <message numerus="yes">
        <source>You have been sitting for %n minutes. Stand, march on the spot and do a lunge: %1.</source>
        <translation>
            <numerusform>أنت جالس منذ %n دقيقة. قف، وامشِ في مكانك، وأدِّ تمرين طعنة: %1.</numerusform>
            <numerusform>أنت جالس منذ دقيقة واحدة. قف، وامشِ في مكانك، وأدِّ تمرين طعنة: %1.</numerusform>
            <numerusform>أنت جالس منذ دقيقتين. قف، وامشِ في مكانك، وأدِّ تمرين طعنة: %1.</numerusform>
            <numerusform>أنت جالس منذ %n دقائق. قف، وامشِ في مكانك، وأدِّ تمرين طعنة: %1.</numerusform>
            <numerusform>أنت جالس منذ %n دقيقة. قف، وامشِ في مكانك، وأدِّ تمرين طعنة: %1.</numerusform>
            <numerusform>أنت جالس منذ %n دقيقة. قف، وامشِ في مكانك، وأدِّ تمرين طعنة: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start desk break</source>
        <translation>بدء استراحة المكتب</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>لاحقًا</translation>
    </message>
</context>
<context>
    <name>limber::ReminderSettings</name>
    <message>
        <source>is not a time of day (HH:mm)</source>
        <translation>ليس وقتًا من اليوم (HH:mm)</translation>
    </message>
    <message>
        <source>using %1</source>
        <translation>تُستخدم القيمة %1</translation>
    </message>
    <message>
        <source>is not a date (yyyy-MM-dd)</source>
        <translation>ليس تاريخًا (yyyy-MM-dd)</translation>
    </message>
    <message>
        <source>forgetting the snooze</source>
        <translation>يُلغى التأجيل</translation>
    </message>
    <message>
        <source>is not a date and time (ISO 8601)</source>
        <translation>ليس تاريخًا ووقتًا (ISO 8601)</translation>
    </message>
    <message>
        <source>ignoring it</source>
        <translation>يُتجاهَل</translation>
    </message>
</context>
<context>
    <name>limber::ReminderSettingsSection</name>
    <message>
        <source>Reminders</source>
        <translation>التذكيرات</translation>
    </message>
    <message>
        <source>Remind me to stretch</source>
        <translation>ذكّرني بالإطالة</translation>
    </message>
    <message>
        <source>Daily reminder:</source>
        <translation>التذكير اليومي:</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>في أيام:</translation>
    </message>
    <message>
        <source>At:</source>
        <translation>في الساعة:</translation>
    </message>
    <message>
        <source>Routine:</source>
        <translation>البرنامج:</translation>
    </message>
    <message>
        <source>Remind me to stand up and stretch</source>
        <translation>ذكّرني بالوقوف والإطالة</translation>
    </message>
    <message>
        <source>Sitting breaks:</source>
        <translation>استراحات من الجلوس:</translation>
    </message>
    <message>
        <source> min of computer use</source>
        <translation> دقيقة من استخدام الحاسوب</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>بعد:</translation>
    </message>
    <message>
        <source>Start Limber in the tray when I log in</source>
        <translation>تشغيل Limber في علبة النظام عند تسجيل الدخول</translation>
    </message>
    <message>
        <source>Start with the desktop:</source>
        <translation>البدء مع سطح المكتب:</translation>
    </message>
    <message>
        <source>Time away from the keyboard for 5 minutes or more starts the count again.</source>
        <translation>الابتعاد عن لوحة المفاتيح 5 دقائق أو أكثر يُعيد العدّ من البداية.</translation>
    </message>
    <message>
        <source>This desktop does not say when you are away, so the time since Limber started counts instead.</source>
        <translation>لا يُبلغ سطح المكتب هذا عن ابتعادك، لذلك يُحتسب الوقت منذ تشغيل Limber بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>While a reminder is on, closing the window keeps Limber in the tray.</source>
        <translation>ما دام أحد التذكيرات مُفعَّلًا، فإن إغلاق النافذة يُبقي Limber في علبة النظام.</translation>
    </message>
    <message>
        <source>This desktop has no tray: reminders come only while Limber&apos;s window is open or minimised.</source>
        <translation>لا توجد علبة نظام في سطح المكتب هذا: لن تظهر التذكيرات إلا ونافذة Limber مفتوحة أو مُصغَّرة.</translation>
    </message>
</context>
<context>
    <name>limber::ReminderShell</name>
    <message>
        <source>Limber is still running</source>
        <translation>لا يزال Limber يعمل</translation>
    </message>
    <message>
        <source>Your reminders keep coming. Quit Limber from its icon here.</source>
        <translation>ستستمرّ تذكيراتك في الظهور. للخروج من Limber استخدم أيقونته هنا.</translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 د)</translation>
    </message>
    <message>
        <source>Could not change %1: %2</source>
        <translation>تعذّر تغيير %1: %2</translation>
    </message>
</context>
<context>
    <name>limber::ReminderTray</name>
    <message>
        <source>tomorrow %1</source>
        <translation>غدًا %1</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>بدء %1</translation>
    </message>
    <message>
        <source>Open Limber</source>
        <translation>فتح Limber</translation>
    </message>
    <message>
        <source>Pause reminders for 1 hour</source>
        <translation>إيقاف التذكيرات مؤقتًا لمدة ساعة</translation>
    </message>
    <message>
        <source>Pause reminders until tomorrow</source>
        <translation>إيقاف التذكيرات مؤقتًا حتى الغد</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Limber</source>
        <translation>Limber</translation>
    </message>
    <message>
        <source>Reminders paused until %1</source>
        <translation>التذكيرات متوقّفة مؤقتًا حتى %1</translation>
    </message>
    <message>
        <source>Next reminder: %1</source>
        <translation>التذكير التالي: %1</translation>
    </message>
    <message>
        <source>No reminder planned</source>
        <translation>لا تذكير مُجدوَل</translation>
    </message>
</context>
<context>
    <name>limber::RoutineConflicts</name>
    <message>
        <source>%1: this version is no longer waiting for a choice</source>
        <translation>%1: لم تعد هذه النسخة تنتظر قرارًا</translation>
    </message>
    <message>
        <source>%1: your choice was saved, but this copy could not be deleted: %2</source>
        <translation>%1: حُفظ اختيارك، لكن تعذّر حذف هذه النسخة: %2</translation>
    </message>
</context>
<context>
    <name>limber::RoutineEditor</name>
    <message>
        <source>Routine name</source>
        <translation>اسم البرنامج</translation>
    </message>
    <message>
        <source>Routine length</source>
        <translation>مدة البرنامج</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>حالة الحفظ</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>استرجاع</translation>
    </message>
    <message>
        <source>Revert to the saved routine</source>
        <translation>الرجوع إلى البرنامج المحفوظ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Save the routine</source>
        <translation>حفظ البرنامج</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>حفظ (%1)</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <source>Play this routine</source>
        <translation>تشغيل هذا البرنامج</translation>
    </message>
    <message>
        <source>Built-in routines are read-only. Duplicate it to make your own.</source>
        <translation>البرامج المضمَّنة للقراءة فقط. أنشئ نسخة منه لتصنع برنامجك الخاص.</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Duplicate this routine to make your own</source>
        <translation>إنشاء نسخة من هذا البرنامج لتصنع برنامجك الخاص</translation>
    </message>
    <message>
        <source>No stretches yet</source>
        <translation>لا تمارين إطالة بعد</translation>
    </message>
    <message numerus="yes">
        <source>%n stretch(es) · %1 in all</source>
        <translation>
            <numerusform>%n تمرين · %1 إجمالًا</numerusform>
            <numerusform>تمرين واحد · %1 إجمالًا</numerusform>
            <numerusform>تمرينان · %1 إجمالًا</numerusform>
            <numerusform>%n تمارين · %1 إجمالًا</numerusform>
            <numerusform>%n تمرينًا · %1 إجمالًا</numerusform>
            <numerusform>%n تمرين · %1 إجمالًا</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes · give the routine a name to save it</source>
        <translation>تغييرات غير محفوظة · سمِّ البرنامج لتحفظه</translation>
    </message>
    <message>
        <source>Unsaved changes · add a stretch to save it</source>
        <translation>تغييرات غير محفوظة · أضف تمرين إطالة لتحفظه</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
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
        <translation>الجانب الأيسر فقط · %1</translation>
    </message>
    <message>
        <source>Right side only · %1</source>
        <translation>الجانب الأيمن فقط · %1</translation>
    </message>
    <message>
        <source>%1 each side</source>
        <translation>%1 لكل جانب</translation>
    </message>
    <message>
        <source>%1 · ×%2</source>
        <translation>%1 · ×%2</translation>
    </message>
    <message>
        <source>This hurt on %1: go gentler, or leave it out for now.</source>
        <translation>آلمك هذا التمرين في %1: أدِّه بلطف أكبر، أو استبعده حاليًا.</translation>
    </message>
    <message>
        <source>Missing stretch · %1</source>
        <translation>تمرين مفقود · %1</translation>
    </message>
</context>
<context>
    <name>limber::RoutineItemDelegate</name>
    <message>
        <source>Built-in</source>
        <translation>مضمَّن</translation>
    </message>
    <message>
        <source>Unsaved</source>
        <translation>غير محفوظ</translation>
    </message>
    <message>
        <source>New name for the routine</source>
        <translation>اسم جديد للبرنامج</translation>
    </message>
</context>
<context>
    <name>limber::RoutineListModel</name>
    <message>
        <source>Built-in, read-only. %1</source>
        <translation>مضمَّن، للقراءة فقط. %1</translation>
    </message>
    <message>
        <source>Unsaved changes. %1</source>
        <translation>تغييرات غير محفوظة. %1</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>لم يُحفظ بعد</translation>
    </message>
    <message numerus="yes">
        <source>%n stretch(es) · %1</source>
        <translation>
            <numerusform>%n تمرين · %1</numerusform>
            <numerusform>تمرين واحد · %1</numerusform>
            <numerusform>تمرينان · %1</numerusform>
            <numerusform>%n تمارين · %1</numerusform>
            <numerusform>%n تمرينًا · %1</numerusform>
            <numerusform>%n تمرين · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved yet · %1</source>
        <translation>لم يُحفظ بعد · %1</translation>
    </message>
</context>
<context>
    <name>limber::RoutineListPanel</name>
    <message>
        <source>Routines</source>
        <translation>البرامج</translation>
    </message>
    <message>
        <source>Pick one to edit, or make your own.</source>
        <translation>اختر برنامجًا لتعديله، أو أنشئ برنامجك الخاص.</translation>
    </message>
    <message>
        <source>Your own routines appear here. Duplicate “%1” or start a new one.</source>
        <translation>تظهر برامجك الخاصة هنا. أنشئ نسخة من «%1» أو ابدأ برنامجًا جديدًا.</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>برنامج جديد</translation>
    </message>
    <message>
        <source>Start a new routine</source>
        <translation>بدء برنامج جديد</translation>
    </message>
    <message>
        <source>New routine (%1)</source>
        <translation>برنامج جديد (%1)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>استيراد…</translation>
    </message>
    <message>
        <source>Import a routine from a file</source>
        <translation>استيراد برنامج من ملف</translation>
    </message>
    <message>
        <source>Import a routine file (%1)</source>
        <translation>استيراد ملف برنامج (%1)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Duplicate the selected routine</source>
        <translation>إنشاء نسخة من البرنامج المحدَّد</translation>
    </message>
    <message>
        <source>Duplicate (%1)</source>
        <translation>نسخ (%1)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>إعادة التسمية</translation>
    </message>
    <message>
        <source>Rename the selected routine</source>
        <translation>إعادة تسمية البرنامج المحدَّد</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete the selected routine</source>
        <translation>حذف البرنامج المحدَّد</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Export the selected routine to a file</source>
        <translation>تصدير البرنامج المحدَّد إلى ملف</translation>
    </message>
    <message>
        <source>Export to a file to share (%1)</source>
        <translation>التصدير إلى ملف لمشاركته (%1)</translation>
    </message>
    <message>
        <source>Rename (%1)</source>
        <translation>إعادة التسمية (%1)</translation>
    </message>
</context>
<context>
    <name>limber::RoutineOverview</name>
    <message>
        <source>Routine name</source>
        <translation>اسم البرنامج</translation>
    </message>
    <message>
        <source>Routine length</source>
        <translation>مدة البرنامج</translation>
    </message>
    <message>
        <source>Stretches in this routine</source>
        <translation>تمارين الإطالة في هذا البرنامج</translation>
    </message>
    <message numerus="yes">
        <source>%n stretch(es) · %1 in all</source>
        <translation>
            <numerusform>%n تمرين · %1 إجمالًا</numerusform>
            <numerusform>تمرين واحد · %1 إجمالًا</numerusform>
            <numerusform>تمرينان · %1 إجمالًا</numerusform>
            <numerusform>%n تمارين · %1 إجمالًا</numerusform>
            <numerusform>%n تمرينًا · %1 إجمالًا</numerusform>
            <numerusform>%n تمرين · %1 إجمالًا</numerusform>
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
        <translation>%1 ث</translation>
    </message>
    <message>
        <source>%1 s each side</source>
        <translation>%1 ث لكل جانب</translation>
    </message>
    <message>
        <source>%1 s, left side only</source>
        <translation>%1 ث، الجانب الأيسر فقط</translation>
    </message>
    <message>
        <source>%1 s, right side only</source>
        <translation>%1 ث، الجانب الأيمن فقط</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n times</source>
        <translation>
            <numerusform>%1، %n مرة</numerusform>
            <numerusform>%1، مرة واحدة</numerusform>
            <numerusform>%1، مرتان</numerusform>
            <numerusform>%1، %n مرات</numerusform>
            <numerusform>%1، %n مرة</numerusform>
            <numerusform>%1، %n مرة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::RoutineStore</name>
    <message>
        <source>name: must not be empty</source>
        <translation>الاسم: يجب ألا يكون فارغًا</translation>
    </message>
    <message>
        <source>%1: the folder cannot be created</source>
        <translation>%1: يتعذّر إنشاء المجلد</translation>
    </message>
    <message>
        <source>%1: there is no saved routine with this id</source>
        <translation>%1: لا يوجد برنامج محفوظ بهذا المعرِّف</translation>
    </message>
    <message>
        <source>%1: name: must not be empty</source>
        <translation>%1: الاسم: يجب ألا يكون فارغًا</translation>
    </message>
    <message>
        <source>%1: cannot be deleted: %2</source>
        <translation>%1: يتعذّر الحذف: %2</translation>
    </message>
    <message>
        <source>%1: carries stretches of its own, which cannot be kept here</source>
        <translation>%1: يحمل تمارين خاصة به، ولا يمكن الاحتفاظ بها هنا</translation>
    </message>
</context>
<context>
    <name>limber::RoutineTimingPanel</name>
    <message>
        <source>Routine timing</source>
        <translation>أوقات البرنامج</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>الاستعداد</translation>
    </message>
    <message>
        <source>Rest between stretches</source>
        <translation>الاستراحة بين التمارين</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>تبديل الجانب</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>الإحماء</translation>
    </message>
    <message>
        <source>%1: use my settings</source>
        <translation>%1: استخدام إعداداتي</translation>
    </message>
    <message>
        <source>%1 in seconds</source>
        <translation>%1 بالثواني</translation>
    </message>
    <message>
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <source>None</source>
        <translation>بلا</translation>
    </message>
    <message>
        <source>Use my settings (%1)</source>
        <translation>استخدام إعداداتي (%1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>بلا</translation>
    </message>
</context>
<context>
    <name>limber::RoutineTotalLabel</name>
    <message>
        <source>Length of your routine</source>
        <translation>مدة برنامجك</translation>
    </message>
    <message>
        <source>Your routine “%1” now takes %2.</source>
        <translation>تستغرق مدة برنامجك «%1» الآن %2.</translation>
    </message>
</context>
<context>
    <name>limber::RoutinesView</name>
    <message>
        <source>New routine</source>
        <translation>برنامج جديد</translation>
    </message>
    <message>
        <source>The routine was not saved</source>
        <translation>لم يُحفظ البرنامج</translation>
    </message>
    <message>
        <source>Give the routine a name before saving it.</source>
        <translation>سمِّ البرنامج قبل حفظه.</translation>
    </message>
    <message>
        <source>Add at least one stretch to “%1” before saving it.</source>
        <translation>أضف تمرين إطالة واحدًا على الأقل إلى «%1» قبل حفظه.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>حُفظ</translation>
    </message>
    <message>
        <source>Saved as “%1”: another routine is called “%2”.</source>
        <translation>حُفظ باسم «%1»: يوجد برنامج آخر باسم «%2».</translation>
    </message>
    <message>
        <source>The routine was not duplicated</source>
        <translation>لم تُنشأ نسخة من البرنامج</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (نسخة)</translation>
    </message>
    <message>
        <source>A copy you can change</source>
        <translation>نسخة يمكنك تعديلها</translation>
    </message>
    <message>
        <source>The routine was not renamed</source>
        <translation>لم تُغيَّر تسمية البرنامج</translation>
    </message>
    <message>
        <source>Renamed to “%1”: another routine is called “%2”.</source>
        <translation>غُيّرت التسمية إلى «%1»: يوجد برنامج آخر باسم «%2».</translation>
    </message>
    <message>
        <source>The routine was not deleted</source>
        <translation>لم يُحذف البرنامج</translation>
    </message>
    <message>
        <source>The routine was not imported</source>
        <translation>لم يُستورد البرنامج</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>استُورد من %1</translation>
    </message>
    <message>
        <source>The routine was not exported</source>
        <translation>لم يُصدَّر البرنامج</translation>
    </message>
    <message>
        <source>The routine has no stretches yet.</source>
        <translation>لا يحتوي البرنامج على تمارين إطالة بعد.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>صُدِّر إلى %1</translation>
    </message>
    <message>
        <source>“%1” is read-only, so %2 went into a new routine.</source>
        <translation>«%1» للقراءة فقط، لذلك أُضيف %2 إلى برنامج جديد.</translation>
    </message>
</context>
<context>
    <name>limber::SessionDetailsDialog</name>
    <message>
        <source>%1 (not in this Limber)</source>
        <extracomment>A stretch a history entry names but this version of Limber does not know</extracomment>
        <translation>%1 (غير موجود في إصدار Limber هذا)</translation>
    </message>
    <message>
        <source>Session of %1</source>
        <translation>جلسة %1</translation>
    </message>
    <message>
        <source>Routine: %1</source>
        <translation>البرنامج: %1</translation>
    </message>
    <message>
        <source>Time stretching: %1</source>
        <translation>مدة الإطالة: %1</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>بلا تقييم</translation>
    </message>
    <message>
        <source>Pain before: %1 · after: %2</source>
        <translation>الألم قبل: %1 · بعد: %2</translation>
    </message>
    <message>
        <source>Played on: %1</source>
        <translation>أُدّيت في: %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>تمرين الإطالة</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>الجانب</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>مدة الثبات</translation>
    </message>
    <message>
        <source>Stretches of this session</source>
        <translation>تمارين الإطالة في هذه الجلسة</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>الأيسر</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>الأيمن</translation>
    </message>
    <message>
        <source>It hurts</source>
        <translation>مؤلم</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>مُتخطّى</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>مُنجَز</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>حذف الجلسة</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>None</source>
        <translation>بلا</translation>
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
        <translation>الألم %1 ← %2</translation>
    </message>
    <message>
        <source>pain %1 before</source>
        <translation>الألم %1 قبل</translation>
    </message>
    <message>
        <source>pain %1 after</source>
        <translation>الألم %1 بعد</translation>
    </message>
    <message>
        <source>it hurt</source>
        <translation>كان مؤلمًا</translation>
    </message>
</context>
<context>
    <name>limber::Settings</name>
    <message>
        <source>using %1</source>
        <translation>تُستخدم القيمة %1</translation>
    </message>
    <message>
        <source>using true</source>
        <translation>تُستخدم القيمة true</translation>
    </message>
    <message>
        <source>using false</source>
        <translation>تُستخدم القيمة false</translation>
    </message>
    <message>
        <source>each stretch keeps its own hold</source>
        <translation>يحتفظ كل تمرين بمدة ثباته الخاصة</translation>
    </message>
    <message>
        <source>is not one of %1</source>
        <translation>ليست إحدى القيم %1</translation>
    </message>
    <message>
        <source>using system</source>
        <translation>تُستخدم القيمة system</translation>
    </message>
    <message>
        <source>is not a supported language (%1)</source>
        <translation>ليست لغة مدعومة (%1)</translation>
    </message>
    <message>
        <source>following the system</source>
        <translation>تُتّبع لغة النظام</translation>
    </message>
    <message>
        <source>is not a stretch id (only a-z, 0-9 and -)</source>
        <translation>ليس معرِّف تمرين إطالة (a-z و0-9 و- فقط)</translation>
    </message>
    <message>
        <source>the override is dropped</source>
        <translation>تُلغى المدة المخصّصة</translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation>ليست عددًا صحيحًا</translation>
    </message>
    <message>
        <source>%1 to %2 s</source>
        <translation>من %1 إلى %2 ث</translation>
    </message>
    <message>
        <source>%1 to %2 %</source>
        <translation>من %1% إلى %2%</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>is out of range (%1)</source>
        <translation>خارج النطاق (%1)</translation>
    </message>
    <message>
        <source>is not true or false</source>
        <translation>ليست true ولا false</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; %3; %4</source>
        <comment>key: &quot;value&quot; reason; what is used instead</comment>
        <translation>%1: «%2» %3؛ %4</translation>
    </message>
    <message>
        <source>Ignoring a hold override for &quot;%1&quot;: not a stretch id</source>
        <translation>تُتجاهَل مدة الثبات المخصّصة لـ «%1»: ليس معرِّف تمرين إطالة</translation>
    </message>
    <message>
        <source>Ignoring the language &quot;%1&quot;: not one of %2</source>
        <translation>تُتجاهَل اللغة «%1»: ليست إحدى اللغات %2</translation>
    </message>
    <message>
        <source>using the default voice</source>
        <translation>باستخدام الصوت الافتراضي</translation>
    </message>
    <message>
        <source>using the built-in routine</source>
        <translation>باستخدام البرنامج المدمج</translation>
    </message>
    <message>
        <source>not moved to the shared preferences</source>
        <translation>لم يُنقل إلى التفضيلات المشتركة</translation>
    </message>
</context>
<context>
    <name>limber::SettingsView</name>
    <message>
        <source>Reset all settings?</source>
        <translation>أتريد إعادة ضبط كل الإعدادات؟</translation>
    </message>
    <message>
        <source>Every setting on this page goes back to its default, and your own holds for single stretches are removed.</source>
        <translation>سيعود كل إعداد في هذه الصفحة إلى قيمته الافتراضية، وستُزال مدد الثبات التي حدّدتها لتمارين بعينها.</translation>
    </message>
    <message>
        <source>Reset all</source>
        <translation>إعادة ضبط الكل</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Changes apply at once.</source>
        <translation>تُطبَّق التغييرات فورًا.</translation>
    </message>
    <message>
        <source>Reset all to defaults…</source>
        <translation>إعادة ضبط الكل إلى الافتراضي…</translation>
    </message>
    <message>
        <source>Reset all settings to their defaults</source>
        <translation>إعادة كل الإعدادات إلى قيمها الافتراضية</translation>
    </message>
    <message>
        <source>Every setting back to its default; asks first</source>
        <translation>يعيد كل إعداد إلى قيمته الافتراضية؛ ويطلب التأكيد أولًا</translation>
    </message>
    <message>
        <source>Scroll the settings</source>
        <translation>تمرير الإعدادات</translation>
    </message>
</context>
<context>
    <name>limber::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Show %1</source>
        <comment>a view of the window</comment>
        <translation>عرض %1</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab، Shift+Tab</translation>
    </message>
    <message>
        <source>Go to the next or previous control; the arrow keys move within one</source>
        <translation>الانتقال إلى عنصر التحكم التالي أو السابق؛ تتنقل مفاتيح الأسهم داخله</translation>
    </message>
    <message>
        <source>Keys for %1</source>
        <translation>مفاتيح %1</translation>
    </message>
</context>
<context>
    <name>limber::SingleInstance</name>
    <message>
        <source>no D-Bus session bus</source>
        <translation>لا يوجد ناقل جلسة D-Bus</translation>
    </message>
    <message>
        <source>another program owns the name %1</source>
        <translation>برنامج آخر يستخدم الاسم %1</translation>
    </message>
</context>
<context>
    <name>limber::SoundCues</name>
    <message>
        <source>No audio output was found, so cues are shown on screen only.</source>
        <translation>لم يُعثر على مخرج صوتي، لذلك تظهر التنبيهات على الشاشة فقط.</translation>
    </message>
    <message>
        <source>The cue sounds could not be played, so cues are shown on screen only.</source>
        <translation>تعذّر تشغيل أصوات التنبيه، لذلك تظهر التنبيهات على الشاشة فقط.</translation>
    </message>
    <message>
        <source>The sound output of Limber is missing from this installation, so cues are shown on screen only.</source>
        <translation>مخرج الصوت الخاص بـ Limber غير موجود في هذا التثبيت، لذلك تظهر التنبيهات على الشاشة فقط.</translation>
    </message>
</context>
<context>
    <name>limber::SpeechWorker</name>
    <message>
        <source>No text-to-speech voice is available, so cues are not spoken. Install speech-dispatcher and espeak-ng for spoken cues.</source>
        <translation>لا يتوفّر صوت لتحويل النص إلى كلام، لذلك لا تُنطق التنبيهات. ثبّت speech-dispatcher وespeak-ng للحصول على تنبيهات منطوقة.</translation>
    </message>
    <message>
        <source>No text-to-speech voice speaks %1, so cues are not spoken. Install speech-dispatcher and espeak-ng for spoken cues.</source>
        <translation>لا يوجد صوت لتحويل النص إلى كلام يتحدّث %1، لذلك لا تُنطق التنبيهات. ثبّت speech-dispatcher وespeak-ng للحصول على تنبيهات منطوقة.</translation>
    </message>
    <message>
        <source>The text-to-speech engine stopped working (%1), so cues are not spoken. Install speech-dispatcher and espeak-ng for spoken cues.</source>
        <translation>توقّف محرّك تحويل النص إلى كلام عن العمل (%1)، لذلك لا تُنطق التنبيهات. ثبّت speech-dispatcher وespeak-ng للحصول على تنبيهات منطوقة.</translation>
    </message>
</context>
<context>
    <name>limber::StartPoseChooser</name>
    <message>
        <source>Start from</source>
        <translation>البدء من</translation>
    </message>
    <message>
        <source>Replaces the chosen position with a plain position or a built-in stretch&apos;s pose</source>
        <translation>يستبدل بالوضعية المختارة وضعية بسيطة أو وضعية تمرين مدمج</translation>
    </message>
    <message>
        <source>Choose a position…</source>
        <translation>اختر وضعية…</translation>
    </message>
</context>
<context>
    <name>limber::StepEditorPanel</name>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n مرة</numerusform>
            <numerusform>مرة واحدة</numerusform>
            <numerusform>مرتان</numerusform>
            <numerusform>%n مرات</numerusform>
            <numerusform>%n مرة</numerusform>
            <numerusform>%n مرة</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected stretch</source>
        <translation>تمرين الإطالة المحدَّد</translation>
    </message>
    <message>
        <source>Select a stretch in the list to change its hold, sides or repeats.</source>
        <translation>حدّد تمرين إطالة في القائمة لتغيير مدة ثباته أو جانبيه أو عدد تكراره.</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>الثبات</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>الجانبان</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>التكرار</translation>
    </message>
    <message>
        <source>Custom hold</source>
        <translation>مدة ثبات مخصّصة</translation>
    </message>
    <message>
        <source>Custom hold for this stretch</source>
        <translation>مدة ثبات مخصّصة لهذا التمرين</translation>
    </message>
    <message>
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <source>Hold in seconds</source>
        <translation>مدة الثبات بالثواني</translation>
    </message>
    <message>
        <source>Recommended hold</source>
        <translation>مدة الثبات المُوصى بها</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>الجانبان كلاهما</translation>
    </message>
    <message>
        <source>Left side only</source>
        <translation>الجانب الأيسر فقط</translation>
    </message>
    <message>
        <source>Right side only</source>
        <translation>الجانب الأيمن فقط</translation>
    </message>
    <message>
        <source>Not one-sided</source>
        <translation>ليس أحادي الجانب</translation>
    </message>
    <message>
        <source>Recommended (%1)</source>
        <translation>المُوصى بها (%1)</translation>
    </message>
    <message>
        <source>This stretch is done the same way once, not one side at a time.</source>
        <translation>يُؤدّى هذا التمرين مرة واحدة بالطريقة نفسها، لا جانبًا بعد جانب.</translation>
    </message>
    <message>
        <source>From your settings (%1)</source>
        <translation>من إعداداتك (%1)</translation>
    </message>
</context>
<context>
    <name>limber::StepListPanel</name>
    <message>
        <source>Stretches in this routine</source>
        <translation>تمارين الإطالة في هذا البرنامج</translation>
    </message>
    <message>
        <source>Drag a stretch, or press Alt+Up or Alt+Down, to change the order.</source>
        <translation>اسحب تمرين إطالة، أو اضغط Alt+Up أو Alt+Down، لتغيير الترتيب.</translation>
    </message>
    <message>
        <source>No stretches yet.
Add them with “Add stretch” below, or with “Add to routine” in the library.</source>
        <translation>لا تمارين إطالة بعد.
أضفها بالزر «إضافة تمرين» في الأسفل، أو بالزر «إضافة إلى البرنامج» في المكتبة.</translation>
    </message>
    <message>
        <source>Add stretch</source>
        <translation>إضافة تمرين</translation>
    </message>
    <message>
        <source>Add a stretch to the routine</source>
        <translation>إضافة تمرين إطالة إلى البرنامج</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove the selected stretch</source>
        <translation>إزالة تمرين الإطالة المحدَّد</translation>
    </message>
    <message>
        <source>Remove (Delete)</source>
        <translation>إزالة (Delete)</translation>
    </message>
    <message>
        <source>Move the selected stretch up</source>
        <translation>نقل تمرين الإطالة المحدَّد إلى الأعلى</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>نقل إلى الأعلى (Alt+Up)</translation>
    </message>
    <message>
        <source>Move the selected stretch down</source>
        <translation>نقل تمرين الإطالة المحدَّد إلى الأسفل</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>نقل إلى الأسفل (Alt+Down)</translation>
    </message>
    <message>
        <source>%1 (Yours)</source>
        <translation>%1 (خاص بك)</translation>
    </message>
</context>
<context>
    <name>limber::StepRowDelegate</name>
    <message>
        <source>Hurt %1</source>
        <translation>آلمك في %1</translation>
    </message>
</context>
<context>
    <name>limber::StretchActionBar</name>
    <message>
        <source>Duplicate as my own</source>
        <translation>تكرار كتمرين خاص بي</translation>
    </message>
    <message>
        <source>Duplicate as my own stretch, to change it</source>
        <translation>تكرار كتمرين خاص بي لتعديله</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Edit this stretch</source>
        <translation>تعديل هذا التمرين</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete this stretch</source>
        <translation>حذف هذا التمرين</translation>
    </message>
</context>
<context>
    <name>limber::StretchActions</name>
    <message>
        <source>A stretch called “%1” already exists; choose another name, such as “%2”.</source>
        <translation>يوجد تمرين باسم «%1» بالفعل؛ اختر اسمًا آخر، مثل «%2».</translation>
    </message>
</context>
<context>
    <name>limber::StretchDetailView</name>
    <message>
        <source>Back to library</source>
        <translation>العودة إلى المكتبة</translation>
    </message>
    <message>
        <source>Back to the stretch library</source>
        <translation>العودة إلى مكتبة تمارين الإطالة</translation>
    </message>
    <message>
        <source>Play this stretch</source>
        <translation>تشغيل هذا التمرين</translation>
    </message>
    <message>
        <source>Add to routine</source>
        <translation>إضافة إلى البرنامج</translation>
    </message>
    <message>
        <source>Add this stretch to the routine</source>
        <translation>إضافة هذا التمرين إلى البرنامج</translation>
    </message>
    <message>
        <source>How to do the stretch</source>
        <translation>طريقة أداء تمرين الإطالة</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>طريقة الأداء</translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation>تنبيهات</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>احرص على ما يلي</translation>
    </message>
    <message>
        <source>Illustration of %1</source>
        <translation>رسم توضيحي: %1</translation>
    </message>
    <message>
        <source>Targets: %1</source>
        <translation>يستهدف: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Move slowly for %1, one cycle every %2</source>
        <translation>تحرّك ببطء لمدة %1، دورة واحدة كل %2</translation>
    </message>
    <message>
        <source>Keep moving at an easy pace for %1</source>
        <translation>واصل الحركة بإيقاع مريح لمدة %1</translation>
    </message>
    <message>
        <source>Hold %1 on each side</source>
        <translation>اثبت %1 على كل جانب</translation>
    </message>
    <message>
        <source>Hold %1</source>
        <translation>اثبت %1</translation>
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
        <translation>الصورة</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>ما يجب فعله</translation>
    </message>
    <message>
        <source>e.g. Hamstring floss</source>
        <translation>مثال: تمرير أوتار الركبة</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>One line: what it stretches and how</source>
        <translation>سطر واحد: ما الذي يطيله وكيف</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>ال&amp;ملخص:</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>الخطوة %1</translation>
    </message>
    <message>
        <source>Add a s&amp;tep</source>
        <translation>إضافة &amp;خطوة</translation>
    </message>
    <message>
        <source>Describe this step</source>
        <translation>صِف هذه الخطوة</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>الخطوات:</translation>
    </message>
    <message>
        <source>Caution %1</source>
        <translation>التنبيه %1</translation>
    </message>
    <message>
        <source>Add a ca&amp;ution</source>
        <translation>إضافة ت&amp;نبيه</translation>
    </message>
    <message>
        <source>When to be careful or stop</source>
        <translation>متى يجب الحذر أو التوقف</translation>
    </message>
    <message>
        <source>Cautions:</source>
        <translation>التنبيهات:</translation>
    </message>
    <message>
        <source>How it is done</source>
        <translation>طريقة الأداء</translation>
    </message>
    <message>
        <source>Body areas</source>
        <translation>مناطق الجسم</translation>
    </message>
    <message>
        <source>Body areas:</source>
        <translation>مناطق الجسم:</translation>
    </message>
    <message>
        <source>&amp;Held still</source>
        <translation>&amp;ثابت دون حركة</translation>
    </message>
    <message>
        <source>&amp;Flowing: moved through slowly</source>
        <translation>م&amp;تحرك: يُؤدّى ببطء</translation>
    </message>
    <message>
        <source>Movement:</source>
        <translation>الحركة:</translation>
    </message>
    <message>
        <source>One side at a time (the picture is mirrored for the other side)</source>
        <translation>جانب واحد في كل مرة (تُعكس الصورة للجانب الآخر)</translation>
    </message>
    <message>
        <source>Sides:</source>
        <translation>الجانبان:</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> ثانية</translation>
    </message>
    <message>
        <source>Recommended hold in seconds</source>
        <translation>مدة الثبات الموصى بها بالثواني</translation>
    </message>
    <message>
        <source>Recommended h&amp;old:</source>
        <translation>مدة الث&amp;بات الموصى بها:</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Undo (%1)</source>
        <translation>تراجع (%1)</translation>
    </message>
    <message>
        <source>Redo (%1)</source>
        <translation>إعادة (%1)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>%1 (my own)</source>
        <translation>%1 (خاص بي)</translation>
    </message>
    <message>
        <source>New stretch</source>
        <translation>تمرين جديد</translation>
    </message>
    <message>
        <source>Edit stretch</source>
        <translation>تعديل التمرين</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>Discard your changes to this stretch?</source>
        <translation>أتريد تجاهل تغييراتك على هذا التمرين؟</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>تجاهل التغييرات</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>متابعة التعديل</translation>
    </message>
    <message>
        <source>About the stretch</source>
        <translation>عن التمرين</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تحذير</translation>
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
        <translation>%1 يستهدف: %2. %3.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>%1, moving</source>
        <translation>%1، مع الحركة</translation>
    </message>
    <message>
        <source>%1 each side</source>
        <translation>%1 لكل جانب</translation>
    </message>
    <message>
        <source>Your own stretch. %1 Targets: %2. %3.</source>
        <translation>تمرين خاص بك. %1 يستهدف: %2. %3.</translation>
    </message>
</context>
<context>
    <name>limber::StretchPicturePanel</name>
    <message>
        <source>&amp;Draw the figure</source>
        <translation>&amp;رسم الشكل</translation>
    </message>
    <message>
        <source>Use a &amp;picture</source>
        <translation>استخدام &amp;صورة</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>اختر صورة</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>الشكل</translation>
    </message>
    <message>
        <source>&amp;Start again from</source>
        <translation>البدء من &amp;جديد من</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>الوقوف</translation>
    </message>
    <message>
        <source>Lying on the back</source>
        <translation>الاستلقاء على الظهر</translation>
    </message>
    <message>
        <source>On hands and knees</source>
        <translation>على اليدين والركبتين</translation>
    </message>
    <message>
        <source>A built-in stretch</source>
        <translation>تمرين مدمج</translation>
    </message>
    <message>
        <source>Picture preview</source>
        <translation>معاينة الصورة</translation>
    </message>
    <message>
        <source>C&amp;hoose a picture…</source>
        <translation>ا&amp;ختيار صورة…</translation>
    </message>
    <message>
        <source>A PNG, JPEG or SVG file of at most 2 MiB. It is copied into Limber&apos;s data folder and shown as it is, never mirrored.</source>
        <translation>ملف PNG أو JPEG أو SVG لا يزيد حجمه على 2 MiB. يُنسخ إلى مجلد بيانات Limber ويُعرض كما هو، دون عكس أبدًا.</translation>
    </message>
    <message>
        <source>No picture chosen yet.</source>
        <translation>لم تُختر أي صورة بعد.</translation>
    </message>
    <message>
        <source>The picture cannot be shown.</source>
        <translation>يتعذّر عرض الصورة.</translation>
    </message>
</context>
<context>
    <name>limber::StretchRowActions</name>
    <message>
        <source>Actions for %1</source>
        <translation>إجراءات %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Duplicate as my own</source>
        <translation>تكرار كتمرين خاص بي</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
</context>
<context>
    <name>limber::StretchStore</name>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: تتعذّر الكتابة: %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is the id of a built-in stretch; give the file another name</source>
        <translation>%1: «%2» هو معرّف تمرين مدمج؛ أعطِ الملف اسمًا آخر</translation>
    </message>
    <message>
        <source>%1: there is no stretch of yours with this id</source>
        <translation>%1: لا يوجد تمرين خاص بك بهذا المعرّف</translation>
    </message>
    <message>
        <source>%1: cannot be deleted: %2</source>
        <translation>%1: يتعذّر الحذف: %2</translation>
    </message>
    <message>
        <source>image_type: must be &quot;png&quot;, &quot;jpeg&quot; or &quot;svg&quot;</source>
        <translation>image_type: يجب أن يكون &quot;png&quot; أو &quot;jpeg&quot; أو &quot;svg&quot;</translation>
    </message>
    <message>
        <source>image_data: %1</source>
        <translation>image_data: %1</translation>
    </message>
    <message>
        <source>%1: the folder cannot be created</source>
        <translation>%1: يتعذّر إنشاء المجلد</translation>
    </message>
</context>
<context>
    <name>limber::SummaryPage</name>
    <message>
        <source>Time spent: %1</source>
        <translation>المدة: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n stretch(es) done</source>
        <translation>
            <numerusform>لم تُنجز أي تمرين</numerusform>
            <numerusform>أنجزت تمرينًا واحدًا</numerusform>
            <numerusform>أنجزت تمرينين</numerusform>
            <numerusform>أنجزت %n تمارين</numerusform>
            <numerusform>أنجزت %n تمرينًا</numerusform>
            <numerusform>أنجزت %n تمرين</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>لم تتخطَّ أي تمرين</numerusform>
            <numerusform>تخطّيت تمرينًا واحدًا</numerusform>
            <numerusform>تخطّيت تمرينين</numerusform>
            <numerusform>تخطّيت %n تمارين</numerusform>
            <numerusform>تخطّيت %n تمرينًا</numerusform>
            <numerusform>تخطّيت %n تمرين</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;It hurts&quot; pressed %n time(s)</source>
        <translation>
            <numerusform>لم تضغط «أشعر بألم»</numerusform>
            <numerusform>ضغطت «أشعر بألم» مرة واحدة</numerusform>
            <numerusform>ضغطت «أشعر بألم» مرتين</numerusform>
            <numerusform>ضغطت «أشعر بألم» %n مرات</numerusform>
            <numerusform>ضغطت «أشعر بألم» %n مرة</numerusform>
            <numerusform>ضغطت «أشعر بألم» %n مرة</numerusform>
        </translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>أحسنت!</translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation>ملخّص الجلسة</translation>
    </message>
    <message>
        <source>Play again</source>
        <translation>التشغيل مرة أخرى</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>توقّفت قبل النهاية</translation>
    </message>
    <message>
        <source>How is your back now?</source>
        <translation>كيف حال ظهرك الآن؟</translation>
    </message>
    <message>
        <source>A note for this session (optional)</source>
        <translation>ملاحظة على هذه الجلسة (اختيارية)</translation>
    </message>
    <message>
        <source>Note for this session</source>
        <translation>ملاحظة على هذه الجلسة</translation>
    </message>
    <message>
        <source>Saved in your history.</source>
        <translation>حُفظت في سجلّك.</translation>
    </message>
    <message>
        <source>Saved in your history, with your answers.</source>
        <translation>حُفظت في سجلّك مع إجاباتك.</translation>
    </message>
    <message>
        <source>Not kept in your history: no stretch was held.</source>
        <translation>لم تُحفظ في سجلّك: لم يُؤدَّ أي تمرين إطالة.</translation>
    </message>
    <message>
        <source>Could not save this session: %1</source>
        <translation>تعذّر حفظ هذه الجلسة: %1</translation>
    </message>
</context>
<context>
    <name>limber::TextListEditor</name>
    <message>
        <source>Move %1 up</source>
        <translation>نقل %1 إلى الأعلى</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>نقل %1 إلى الأسفل</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>إزالة %1</translation>
    </message>
</context>
<context>
    <name>limber::TextToSpeechSpeaker</name>
    <message>
        <source>The text-to-speech service did not start, so cues are not spoken. Install speech-dispatcher and espeak-ng for spoken cues.</source>
        <translation>لم تبدأ خدمة تحويل النص إلى كلام، لذلك لا تُنطق التنبيهات. ثبّت speech-dispatcher وespeak-ng للحصول على تنبيهات منطوقة.</translation>
    </message>
    <message>
        <source>The text-to-speech service stopped answering, so cues are not spoken. Restart Limber to try again.</source>
        <translation>توقّفت خدمة تحويل النص إلى كلام عن الاستجابة، لذلك لا تُنطق التنبيهات. أعد تشغيل Limber للمحاولة مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>limber::TimingSettingsSection</name>
    <message>
        <source>Timing</source>
        <translation>التوقيت</translation>
    </message>
    <message>
        <source>Holds:</source>
        <translation>الثبات:</translation>
    </message>
    <message>
        <source>Each stretch’s recommended hold</source>
        <translation>مدة الثبات المُوصى بها لكل تمرين</translation>
    </message>
    <message>
        <source>Hold each stretch for its recommended time</source>
        <translation>الثبات في كل تمرين للمدة المُوصى بها</translation>
    </message>
    <message>
        <source>Each stretch is held as long as its instructions say</source>
        <translation>يُثبَت في كل تمرين المدة التي تذكرها تعليماته</translation>
    </message>
    <message>
        <source>Same hold for every stretch:</source>
        <translation>مدة ثبات واحدة لكل التمارين:</translation>
    </message>
    <message>
        <source>Same hold for every stretch</source>
        <translation>مدة ثبات واحدة لكل التمارين</translation>
    </message>
    <message>
        <source>Every stretch is held this long, unless you set its own hold below</source>
        <translation>يُثبَت في كل تمرين هذه المدة، ما لم تحدّد له مدة خاصة في الأسفل</translation>
    </message>
    <message>
        <source>Hold for every stretch</source>
        <translation>مدة الثبات لكل التمارين</translation>
    </message>
    <message>
        <source>Get ready:</source>
        <translation>الاستعداد:</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>الاستعداد</translation>
    </message>
    <message>
        <source>Time to get into position before the first stretch</source>
        <translation>وقت لاتّخاذ الوضعية قبل أول تمرين</translation>
    </message>
    <message>
        <source>Rest between stretches:</source>
        <translation>الاستراحة بين التمارين:</translation>
    </message>
    <message>
        <source>Rest between stretches</source>
        <translation>الاستراحة بين التمارين</translation>
    </message>
    <message>
        <source>A pause between stretches, while the next one is shown</source>
        <translation>توقّف قصير بين التمارين، يُعرض خلاله التمرين التالي</translation>
    </message>
    <message>
        <source>Switch sides:</source>
        <translation>تبديل الجانب:</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>تبديل الجانب</translation>
    </message>
    <message>
        <source>A pause between the two sides of a one-sided stretch</source>
        <translation>توقّف قصير بين جانبَي التمرين الأحادي الجانب</translation>
    </message>
    <message>
        <source>None</source>
        <translation>بلا</translation>
    </message>
    <message>
        <source>Warm-up:</source>
        <translation>الإحماء:</translation>
    </message>
    <message>
        <source>March in place first, for</source>
        <translation>المشي في المكان أولًا، لمدة</translation>
    </message>
    <message>
        <source>Warm up by marching in place</source>
        <translation>الإحماء بالمشي في المكان</translation>
    </message>
    <message>
        <source>A gentle march before the first stretch warms up the hips and back</source>
        <translation>المشي الخفيف قبل أول تمرين يُدفئ الوركين والظهر</translation>
    </message>
    <message>
        <source>Warm-up length</source>
        <translation>مدة الإحماء</translation>
    </message>
    <message>
        <source>Your hold for each stretch</source>
        <translation>مدة ثباتك في كل تمرين</translation>
    </message>
    <message>
        <source>Click a hold to set your own for that stretch; it comes before the holds above. One-sided stretches are held this long on each side.</source>
        <translation>انقر مدة ثبات لتحدّد مدتك الخاصة لذلك التمرين؛ وهي تتقدّم على المدد أعلاه. وفي التمارين الأحادية الجانب يُثبَت هذه المدة على كل جانب.</translation>
    </message>
</context>
<context>
    <name>limber::YoursBadge</name>
    <message>
        <source>A stretch you made</source>
        <translation>تمرين أنشأته</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>خاص بك</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>--size: must be a whole number of pixels from 16 to 4096</source>
        <translation>--size: يجب أن يكون عددًا صحيحًا من البكسلات من 16 إلى 4096</translation>
    </message>
    <message>
        <source>%1 could not be read and was moved aside to %2:
%3</source>
        <translation>تعذّرت قراءة %1، فنُقل جانبًا إلى %2:
%3</translation>
    </message>
    <message>
        <source>Limber</source>
        <translation>Limber</translation>
    </message>
    <message>
        <source>Another Limber could not be reached (%1); starting anyway.</source>
        <translation>تعذّر الاتصال بنسخة أخرى من Limber (%1)؛ سيبدأ التشغيل رغم ذلك.</translation>
    </message>
    <message>
        <source>Run limber --help for the options.</source>
        <translation>شغّل limber --help لعرض الخيارات.</translation>
    </message>
    <message>
        <source>%1 could not be read, nor moved aside, so it was left as it is:
%2</source>
        <translation>تعذّرت قراءة %1 ونقله جانبًا، لذلك تُرك كما هو:
%2</translation>
    </message>
    <message>
        <source>Limber&apos;s window module could not be loaded, so Limber cannot start: %1</source>
        <translation>تعذّر تحميل وحدة نافذة Limber، لذا لا يمكن تشغيل Limber: %1</translation>
    </message>
    <message>
        <source>Limber&apos;s files are incomplete: its window could not be loaded. Please reinstall Limber.</source>
        <translation>ملفات Limber غير مكتملة: تعذّر تحميل نافذته. يُرجى إعادة تثبيت Limber.</translation>
    </message>
</context>
</TS>
