
‚‹

Æê
)/job:worker/replica:0/task:0/device:CPU:0¯

RecvTensor½‘Âñºƒ †(†:"€¦€¦By[37632B] edge_1_conv1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H½‘Âñºƒ«

RecvTensorÀ‘Âñºƒ o(o:
"€€By[256B] edge_2_bn_conv1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÀ‘Âñºƒª

RecvTensorÃ‘Âñºƒ l(l:
"€€Bx[256B] edge_3_bn_conv1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÃ‘Âñºƒ·

RecvTensorÆ‘Âñºƒ i(i:"€€€€B‚[16384B] edge_4_res2a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÆ‘Âñºƒ°

RecvTensorÉ‘Âñºƒ f(f:
"€€B~[256B] edge_5_bn2a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÉ‘Âñºƒ¯

RecvTensorÌ‘Âñºƒ j(j:
"€€B}[256B] edge_6_bn2a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÌ‘Âñºƒ¸

RecvTensorÏ‘Âñºƒ î(î:"€€	€€	B[0.1MB] edge_7_res2a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÏ‘Âñºƒ°

RecvTensorÒ‘Âñºƒ b(b:
"€€B~[256B] edge_8_bn2a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÒ‘Âñºƒ¯

RecvTensorÕ‘Âñºƒ b(b:
"€€B}[256B] edge_9_bn2a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÕ‘Âñºƒº

RecvTensorØ‘Âñºƒ •(•:"€€€€Bƒ[65536B] edge_10_res2a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HØ‘Âñºƒµ

RecvTensorÛ‘Âñºƒ ã(ã:
"€€B€[1024B] edge_11_bn2a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÛ‘Âñºƒ³

RecvTensorŞ‘Âñºƒ Æ(Æ:
"€€B[1024B] edge_12_bn2a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŞ‘Âñºƒ¹

RecvTensorá‘Âñºƒ Â(Â:"€€€€B‚[65536B] edge_13_res2a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Há‘Âñºƒ³

RecvTensorå‘Âñºƒ (:
"€€B[1024B] edge_14_bn2a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hå‘Âñºƒ²

RecvTensorè‘Âñºƒ Õ(Õ:
"€€B~[1024B] edge_15_bn2a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hè‘Âñºƒº

RecvTensorë‘Âñºƒ Š(Š:"€€€€Bƒ[65536B] edge_16_res2b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hë‘Âñºƒ³

RecvTensorî‘Âñºƒ ü(ü:
"€€B[256B] edge_17_bn2b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hî‘Âñºƒ²

RecvTensorñ‘Âñºƒ Í(Í:
"€€B~[256B] edge_18_bn2b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hñ‘Âñºƒ¹

RecvTensoró‘Âñºƒ ü(ü:"€€	€€	B‚[0.1MB] edge_19_res2b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hó‘Âñºƒ³

RecvTensor÷‘Âñºƒ ø(ø:
"€€B[256B] edge_20_bn2b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H÷‘Âñºƒ²

RecvTensorú‘Âñºƒ õ(õ:
"€€B~[256B] edge_21_bn2b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hú‘Âñºƒº

RecvTensorü‘Âñºƒ ¤(¤:"€€€€Bƒ[65536B] edge_22_res2b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hü‘Âñºƒµ

RecvTensorÿ‘Âñºƒ ¢(¢:
"€€B€[1024B] edge_23_bn2b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hÿ‘Âñºƒ³

RecvTensor‚’Âñºƒ è(è:
"€€B[1024B] edge_24_bn2b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‚’Âñºƒº

RecvTensor†’Âñºƒ Ó(Ó:"€€€€Bƒ[65536B] edge_25_res2c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H†’Âñºƒ³

RecvTensorˆ’Âñºƒ š(š:
"€€B[256B] edge_26_bn2c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hˆ’Âñºƒ²

RecvTensor‹’Âñºƒ —(—:
"€€B~[256B] edge_27_bn2c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‹’Âñºƒ¹

RecvTensor’Âñºƒ Û(Û:"€€	€€	B‚[0.1MB] edge_28_res2c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H’Âñºƒ³

RecvTensor‘’Âñºƒ (:
"€€B[256B] edge_29_bn2c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‘’Âñºƒ²

RecvTensor”’Âñºƒ (:
"€€B~[256B] edge_30_bn2c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H”’Âñºƒº

RecvTensor—’Âñºƒ æ(æ:"€€€€Bƒ[65536B] edge_31_res2c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H—’Âñºƒµ

RecvTensorš’Âñºƒ À(À:
"€€B€[1024B] edge_32_bn2c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hš’Âñºƒ³

RecvTensor’Âñºƒ †(†:
"€€B[1024B] edge_33_bn2c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H’Âñºƒ¹

RecvTensor ’Âñºƒ §(§:"€€€€B‚[0.1MB] edge_34_res3a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H ’Âñºƒ³

RecvTensor£’Âñºƒ ·(·:
"€€B[512B] edge_35_bn3a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H£’Âñºƒ²

RecvTensor¦’Âñºƒ µ(µ:
"€€B~[512B] edge_36_bn3a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¦’Âñºƒ¹

RecvTensor©’Âñºƒ ½
(½
:"€€$€€$B‚[0.6MB] edge_37_res3a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H©’Âñºƒ³

RecvTensor¬’Âñºƒ ¯(¯:
"€€B[512B] edge_38_bn3a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¬’Âñºƒ²

RecvTensor¯’Âñºƒ (:
"€€B~[512B] edge_39_bn3a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¯’Âñºƒ¹

RecvTensor²’Âñºƒ Œ(Œ:"€€€€B‚[0.2MB] edge_40_res3a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H²’Âñºƒµ

RecvTensorµ’Âñºƒ Ê(Ê:
"€€B€[2048B] edge_41_bn3a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hµ’Âñºƒ³

RecvTensor¸’Âñºƒ ”(”:
"€€B[2048B] edge_42_bn3a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¸’Âñºƒ¸

RecvTensor»’Âñºƒ ·(·:"€€ €€ B[0.5MB] edge_43_res3a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H»’Âñºƒ³

RecvTensor¾’Âñºƒ ‚(‚:
"€€B[2048B] edge_44_bn3a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¾’Âñºƒ²

RecvTensorÁ’Âñºƒ €(€:
"€€B~[2048B] edge_45_bn3a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÁ’Âñºƒ¹

RecvTensorÄ’Âñºƒ †(†:"€€€€B‚[0.2MB] edge_46_res3b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÄ’Âñºƒ³

RecvTensorÇ’Âñºƒ í(í:
"€€B[512B] edge_47_bn3b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÇ’Âñºƒ²

RecvTensorÊ’Âñºƒ ‚(‚:
"€€B~[512B] edge_48_bn3b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÊ’Âñºƒ¹

RecvTensorÍ’Âñºƒ æ(æ:"€€$€€$B‚[0.6MB] edge_49_res3b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÍ’Âñºƒ³

RecvTensorĞ’Âñºƒ æ(æ:
"€€B[512B] edge_50_bn3b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HĞ’Âñºƒ²

RecvTensorÒ’Âñºƒ â(â:
"€€B~[512B] edge_51_bn3b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÒ’Âñºƒ¹

RecvTensorÕ’Âñºƒ û(û:"€€€€B‚[0.2MB] edge_52_res3b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÕ’Âñºƒµ

RecvTensorØ’Âñºƒ ¸(¸:
"€€B€[2048B] edge_53_bn3b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HØ’Âñºƒ³

RecvTensorÛ’Âñºƒ Û(Û:
"€€B[2048B] edge_54_bn3b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÛ’Âñºƒ¹

RecvTensorŞ’Âñºƒ ±(±:"€€€€B‚[0.2MB] edge_55_res3c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŞ’Âñºƒ³

RecvTensorá’Âñºƒ ¢(¢:
"€€B[512B] edge_56_bn3c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Há’Âñºƒ²

RecvTensorä’Âñºƒ Ÿ(Ÿ:
"€€B~[512B] edge_57_bn3c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hä’Âñºƒ¹

RecvTensorç’Âñºƒ (:"€€$€€$B‚[0.6MB] edge_58_res3c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hç’Âñºƒ³

RecvTensorê’Âñºƒ (:
"€€B[512B] edge_59_bn3c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hê’Âñºƒ²

RecvTensorí’Âñºƒ ½(½:
"€€B~[512B] edge_60_bn3c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hí’Âñºƒ¹

RecvTensorğ’Âñºƒ ¸(¸:"€€€€B‚[0.2MB] edge_61_res3c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hğ’Âñºƒµ

RecvTensoró’Âñºƒ ·(·:
"€€B€[2048B] edge_62_bn3c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hó’Âñºƒ³

RecvTensorö’Âñºƒ (:
"€€B[2048B] edge_63_bn3c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hö’Âñºƒ¹

RecvTensorù’Âñºƒ ‰(‰:"€€€€B‚[0.2MB] edge_64_res3d_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hù’Âñºƒ³

RecvTensorü’Âñºƒ ğ"(ğ":
"€€B[512B] edge_65_bn3d_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hü’Âñºƒ²

RecvTensorÿ’Âñºƒ í"(í":
"€€B~[512B] edge_66_bn3d_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hÿ’Âñºƒ¹

RecvTensor‚“Âñºƒ ê"(ê":"€€$€€$B‚[0.6MB] edge_67_res3d_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‚“Âñºƒ³

RecvTensor…“Âñºƒ è"(è":
"€€B[512B] edge_68_bn3d_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H…“Âñºƒ²

RecvTensorˆ“Âñºƒ Š7(Š7:
"€€B~[512B] edge_69_bn3d_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hˆ“Âñºƒ¹

RecvTensorŠ“Âñºƒ »$(»$:"€€€€B‚[0.2MB] edge_70_res3d_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŠ“Âñºƒµ

RecvTensor“Âñºƒ Œ7(Œ7:
"€€B€[2048B] edge_71_bn3d_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H“Âñºƒ³

RecvTensor“Âñºƒ „7(„7:
"€€B[2048B] edge_72_bn3d_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H“Âñºƒ¹

RecvTensor““Âñºƒ ÿ6(ÿ6:"€€ €€ B‚[0.5MB] edge_73_res4a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H““Âñºƒµ

RecvTensor–“Âñºƒ æ=(æ=:
"€€B€[1024B] edge_74_bn4a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H–“Âñºƒ³

RecvTensorš“Âñºƒ ¬$(¬$:
"€€B[1024B] edge_75_bn4a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hš“Âñºƒ»

RecvTensorœ“Âñºƒ Å3(Å3:"
€€€€B‚[2.2MB] edge_76_res4a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hœ“Âñºƒµ

RecvTensor “Âñºƒ Û=(Û=:
"€€B€[1024B] edge_77_bn4a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H “Âñºƒ³

RecvTensor¢“Âñºƒ ¥$(¥$:
"€€B[1024B] edge_78_bn4a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¢“Âñºƒ¹

RecvTensor¥“Âñºƒ Õ=(Õ=:"€€@€€@B‚[1.0MB] edge_79_res4a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¥“Âñºƒµ

RecvTensor©“Âñºƒ ï6(ï6:
"€ € B€[4096B] edge_80_bn4a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H©“Âñºƒ³

RecvTensor¬“Âñºƒ Ô=(Ô=:
"€ € B[4096B] edge_81_bn4a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¬“Âñºƒº

RecvTensor¯“Âñºƒ ”K(”K:"
€€€€€€B[2.0MB] edge_82_res4a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¯“Âñºƒ³

RecvTensor²“Âñºƒ °Z(°Z:
"€ € B[4096B] edge_83_bn4a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H²“Âñºƒ²

RecvTensorµ“Âñºƒ “a(“a:
"€ € B~[4096B] edge_84_bn4a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hµ“Âñºƒ¹

RecvTensor¸“Âñºƒ Œa(Œa:"€€@€€@B‚[1.0MB] edge_85_res4b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¸“Âñºƒµ

RecvTensor»“Âñºƒ £Z(£Z:
"€€B€[1024B] edge_86_bn4b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H»“Âñºƒ³

RecvTensor¾“Âñºƒ ¿=(¿=:
"€€B[1024B] edge_87_bn4b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¾“Âñºƒ»

RecvTensorÁ“Âñºƒ œZ(œZ:"
€€€€B‚[2.2MB] edge_88_res4b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÁ“Âñºƒµ

RecvTensorÄ“Âñºƒ €a(€a:
"€€B€[1024B] edge_89_bn4b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÄ“Âñºƒ³

RecvTensorÇ“Âñºƒ ˜Z(˜Z:
"€€B[1024B] edge_90_bn4b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÇ“Âñºƒ¹

RecvTensorÊ“Âñºƒ çg(çg:"€€@€€@B‚[1.0MB] edge_91_res4b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÊ“Âñºƒµ

RecvTensorÍ“Âñºƒ ş`(ş`:
"€ € B€[4096B] edge_92_bn4b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÍ“Âñºƒ³

RecvTensorĞ“Âñºƒ ÿ`(ÿ`:
"€ € B[4096B] edge_93_bn4b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HĞ“Âñºƒ¹

RecvTensorÓ“Âñºƒ ¿n(¿n:"€€@€€@B‚[1.0MB] edge_94_res4c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÓ“Âñºƒµ

RecvTensorÖ“Âñºƒ ö`(ö`:
"€€B€[1024B] edge_95_bn4c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÖ“Âñºƒ³

RecvTensorÙ“Âñºƒ Àn(Àn:
"€€B[1024B] edge_96_bn4c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÙ“Âñºƒ½

RecvTensorÜ“Âñºƒ ‹(‹:"
€€€€B‚[2.2MB] edge_97_res4c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÜ“Âñºƒµ

RecvTensorß“Âñºƒ œu(œu:
"€€B€[1024B] edge_98_bn4c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hß“Âñºƒ³

RecvTensorâ“Âñºƒ šu(šu:
"€€B[1024B] edge_99_bn4c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hâ“Âñºƒº

RecvTensorå“Âñºƒ –u(–u:"€€@€€@Bƒ[1.0MB] edge_100_res4c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hå“Âñºƒ¶

RecvTensorç“Âñºƒ ®n(®n:
"€ € B[4096B] edge_101_bn4c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hç“Âñºƒµ

RecvTensorê“Âñºƒ ¯n(¯n:
"€ € B€[4096B] edge_102_bn4c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hê“Âñºƒº

RecvTensorí“Âñºƒ ò{(ò{:"€€@€€@Bƒ[1.0MB] edge_103_res4d_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hí“Âñºƒ¶

RecvTensorğ“Âñºƒ u(u:
"€€B[1024B] edge_104_bn4d_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hğ“Âñºƒµ

RecvTensoró“Âñºƒ ‹u(‹u:
"€€B€[1024B] edge_105_bn4d_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hó“Âñºƒ¾

RecvTensor÷“Âñºƒ š(š:"
€€€€Bƒ[2.2MB] edge_106_res4d_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H÷“Âñºƒ¸

RecvTensorú“Âñºƒ ‹(‹:
"€€B[1024B] edge_107_bn4d_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hú“Âñºƒ·

RecvTensorı“Âñºƒ ™š(™š:
"€€B€[1024B] edge_108_bn4d_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hı“Âñºƒ¼

RecvTensor€”Âñºƒ û (û :"€€@€€@Bƒ[1.0MB] edge_109_res4d_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H€”Âñºƒ¸

RecvTensorƒ”Âñºƒ –°(–°:
"€ € B[4096B] edge_110_bn4d_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hƒ”Âñºƒ·

RecvTensor†”Âñºƒ ”š(”š:
"€ € B€[4096B] edge_111_bn4d_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H†”Âñºƒ¼

RecvTensorˆ”Âñºƒ ò¶(ò¶:"€€@€€@Bƒ[1.0MB] edge_112_res4e_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hˆ”Âñºƒ¸

RecvTensor‹”Âñºƒ ñ¶(ñ¶:
"€€B[1024B] edge_113_bn4e_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‹”Âñºƒ·

RecvTensor”Âñºƒ ò¶(ò¶:
"€€B€[1024B] edge_114_bn4e_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H”Âñºƒ¾

RecvTensor‘”Âñºƒ „°(„°:"
€€€€Bƒ[2.2MB] edge_115_res4e_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‘”Âñºƒ¸

RecvTensor””Âñºƒ ç¶(ç¶:
"€€B[1024B] edge_116_bn4e_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H””Âñºƒ·

RecvTensor—”Âñºƒ ÏÓ(ÏÓ:
"€€B€[1024B] edge_117_bn4e_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H—”Âñºƒ¼

RecvTensorš”Âñºƒ Ë½(Ë½:"€€@€€@Bƒ[1.0MB] edge_118_res4e_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hš”Âñºƒ¸

RecvTensor”Âñºƒ æ¶(æ¶:
"€ € B[4096B] edge_119_bn4e_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H”Âñºƒ·

RecvTensor ”Âñºƒ ß¶(ß¶:
"€ € B€[4096B] edge_120_bn4e_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H ”Âñºƒ¼

RecvTensor£”Âñºƒ ¤Ú(¤Ú:"€€@€€@Bƒ[1.0MB] edge_121_res4f_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H£”Âñºƒ¸

RecvTensor¦”Âñºƒ ¿Ó(¿Ó:
"€€B[1024B] edge_122_bn4f_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¦”Âñºƒ·

RecvTensor©”Âñºƒ Û¶(Û¶:
"€€B€[1024B] edge_123_bn4f_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H©”Âñºƒ¾

RecvTensor¬”Âñºƒ ×Ì(×Ì:"
€€€€Bƒ[2.2MB] edge_124_res4f_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¬”Âñºƒ¸

RecvTensor¯”Âñºƒ ˆ—(ˆ—:
"€€B[1024B] edge_125_bn4f_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¯”Âñºƒ·

RecvTensor²”Âñºƒ –Ú(–Ú:
"€€B€[1024B] edge_126_bn4f_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H²”Âñºƒ¼

RecvTensorµ”Âñºƒ ¯Ó(¯Ó:"€€@€€@Bƒ[1.0MB] edge_127_res4f_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hµ”Âñºƒ¸

RecvTensor¸”Âñºƒ ”Ú(”Ú:
"€ € B[4096B] edge_128_bn4f_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¸”Âñºƒ·

RecvTensor»”Âñºƒ ®½(®½:
"€ € B€[4096B] edge_129_bn4f_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H»”Âñºƒ¾

RecvTensor¾”Âñºƒ Â¿(Â¿:"
€€€€€€Bƒ[2.0MB] edge_130_res5a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¾”Âñºƒ¸

RecvTensorÁ”Âñºƒ ø–(ø–:
"€€B[2048B] edge_131_bn5a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÁ”Âñºƒ·

RecvTensorÄ”Âñºƒ ¿¿(¿¿:
"€€B€[2048B] edge_132_bn5a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÄ”Âñºƒ¾

RecvTensorÆ”Âñºƒ ğ–(ğ–:"
€€À€€ÀBƒ[9.0MB] edge_133_res5a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÆ”Âñºƒ¸

RecvTensorÉ”Âñºƒ ¹¿(¹¿:
"€€B[2048B] edge_134_bn5a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÉ”Âñºƒ·

RecvTensorÌ”Âñºƒ Òõ(Òõ:
"€€B€[2048B] edge_135_bn5a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÌ”Âñºƒ¾

RecvTensorÏ”Âñºƒ î±(î±:"
€€€€€€Bƒ[4.0MB] edge_136_res5a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÏ”Âñºƒ¸

RecvTensorÒ”Âñºƒ Òõ(Òõ:
"€@€@B[8192B] edge_137_bn5a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÒ”Âñºƒ·

RecvTensorÕ”Âñºƒ µ¿(µ¿:
"€@€@B€[8192B] edge_138_bn5a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÕ”Âñºƒ½

RecvTensorØ”Âñºƒ Äõ(Äõ:"
€€€€€€B‚[8.0MB] edge_139_res5a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HØ”Âñºƒ·

RecvTensorÛ”Âñºƒ ÃÍ(ÃÍ:
"€@€@B€[8192B] edge_140_bn5a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÛ”Âñºƒµ

RecvTensorŞ”Âñºƒ ³¿(³¿:
"€@€@B[8192B] edge_141_bn5a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŞ”Âñºƒ¾

RecvTensorá”Âñºƒ È(È:"
€€€€€€Bƒ[4.0MB] edge_142_res5b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Há”Âñºƒ¸

RecvTensorä”Âñºƒ Ç(Ç:
"€€B[2048B] edge_143_bn5b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hä”Âñºƒ·

RecvTensorç”Âñºƒ Å(Å:
"€€B€[2048B] edge_144_bn5b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hç”Âñºƒ¾

RecvTensorê”Âñºƒ ­Í(­Í:"
€€À€€ÀBƒ[9.0MB] edge_145_res5b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hê”Âñºƒ¸

RecvTensorí”Âñºƒ ¥¿(¥¿:
"€€B[2048B] edge_146_bn5b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hí”Âñºƒ·

RecvTensorğ”Âñºƒ °Í(°Í:
"€€B€[2048B] edge_147_bn5b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hğ”Âñºƒ¾

RecvTensoró”Âñºƒ ±è(±è:"
€€€€€€Bƒ[4.0MB] edge_148_res5b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hó”Âñºƒ¸

RecvTensorö”Âñºƒ Æƒ(Æƒ:
"€@€@B[8192B] edge_149_bn5b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hö”Âñºƒ·

RecvTensorù”Âñºƒ ·ƒ(·ƒ:
"€@€@B€[8192B] edge_150_bn5b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hù”Âñºƒ¾

RecvTensorü”Âñºƒ ­ƒ(­ƒ:"
€€€€€€Bƒ[4.0MB] edge_151_res5c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hü”Âñºƒ¸

RecvTensorÿ”Âñºƒ ¶ƒ(¶ƒ:
"€€B[2048B] edge_152_bn5c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hÿ”Âñºƒ·

RecvTensor‚•Âñºƒ ¯ƒ(¯ƒ:
"€€B€[2048B] edge_153_bn5c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‚•Âñºƒ¾

RecvTensor…•Âñºƒ ¨À(¨À:"
€€À€€ÀBƒ[9.0MB] edge_154_res5c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H…•Âñºƒ¸

RecvTensorˆ•Âñºƒ «ƒ(«ƒ:
"€€B[2048B] edge_155_bn5c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hˆ•Âñºƒ·

RecvTensor‹•Âñºƒ ¤À(¤À:
"€€B€[2048B] edge_156_bn5c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‹•Âñºƒ¾

RecvTensor•Âñºƒ —(—:"
€€€€€€Bƒ[4.0MB] edge_157_res5c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H•Âñºƒ¸

RecvTensor‘•Âñºƒ ¨À(¨À:
"€@€@B[8192B] edge_158_bn5c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‘•Âñºƒ·

RecvTensor”•Âñºƒ ®ƒ(®ƒ:
"€@€@B€[8192B] edge_159_bn5c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H”•Âñºƒµ

RecvTensor—•Âñºƒ ‰õ(‰õ:"
€€ô€€ôB{[7.8MB] edge_160_fc1000/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H—•Âñºƒ¯

RecvTensorš•Âñºƒ ˜À(˜À:
"  By[4000B] edge_161_fc1000/bias/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hš•Âñºƒ\
conv1/Conv2DÃ“Âñºƒ ÷(÷B2conv1/Conv2D = Conv2D(input, conv1/kernel/read_S1)HÃ“ÂñºƒP 
bn_conv1/FusedBatchNormV3º™Âñºƒ ª(ªBibn_conv1/FusedBatchNormV3 = FusedBatchNormV3(conv1/Conv2D, bn_conv1/gamma/read_S2, bn_conv1/beta/read_S3)Hº™ÂñºƒP^
conv1_relu/ReluäœÂñºƒ °(°B1conv1_relu/Relu = Relu(bn_conv1/FusedBatchNormV3)HäœÂñºƒPS
pool1/MaxPool”ŸÂñºƒ Ç(ÇB(pool1/MaxPool = MaxPool(conv1_relu/Relu)H”ŸÂñºƒP}
res2a_branch2a/Conv2DÛ Âñºƒ Z(ZBLres2a_branch2a/Conv2D = Conv2D(pool1/MaxPool, res2a_branch2a/kernel/read_S4)HÛ ÂñºƒP¼
bn2a_branch2a/FusedBatchNormV3µ¡Âñºƒ |(|Bbn2a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch2a/Conv2D, bn2a_branch2a/gamma/read_S5, bn2a_branch2a/beta/read_S6)Hµ¡ÂñºƒPs
res2a_branch2a_relu/Relu±¢Âñºƒ N(NB?res2a_branch2a_relu/Relu = Relu(bn2a_branch2a/FusedBatchNormV3)H±¢ÂñºƒPŠ
res2a_branch2b/Conv2Dÿ¢Âñºƒ ñ(ñBWres2a_branch2b/Conv2D = Conv2D(res2a_branch2a_relu/Relu, res2a_branch2b/kernel/read_S7)Hÿ¢ÂñºƒP¼
bn2a_branch2b/FusedBatchNormV3ğ¨Âñºƒ s(sBbn2a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch2b/Conv2D, bn2a_branch2b/gamma/read_S8, bn2a_branch2b/beta/read_S9)Hğ¨ÂñºƒPs
res2a_branch2b_relu/Reluã©Âñºƒ R(RB?res2a_branch2b_relu/Relu = Relu(bn2a_branch2b/FusedBatchNormV3)Hã©ÂñºƒP‹
res2a_branch2c/Conv2DµªÂñºƒ Ñ(ÑBXres2a_branch2c/Conv2D = Conv2D(res2a_branch2b_relu/Relu, res2a_branch2c/kernel/read_S10)HµªÂñºƒPÀ
bn2a_branch2c/FusedBatchNormV3†­Âñºƒ Ã(ÃBƒbn2a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch2c/Conv2D, bn2a_branch2c/gamma/read_S11, bn2a_branch2c/beta/read_S12)H†­ÂñºƒP}
res2a_branch1/Conv2DÉ°Âñºƒ Â(ÂBKres2a_branch1/Conv2D = Conv2D(pool1/MaxPool, res2a_branch1/kernel/read_S13)HÉ°ÂñºƒPº
bn2a_branch1/FusedBatchNormV3‹³Âñºƒ Â(ÂBbn2a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch1/Conv2D, bn2a_branch1/gamma/read_S14, bn2a_branch1/beta/read_S15)H‹³ÂñºƒPw
	res2a/addÍ¶Âñºƒ ¸(¸BPres2a/add = AddV2(bn2a_branch2c/FusedBatchNormV3, bn2a_branch1/FusedBatchNormV3)HÍ¶ÂñºƒPN
res2a_relu/Relu…ºÂñºƒ ²(²B!res2a_relu/Relu = Relu(res2a/add)H…ºÂñºƒP‚
res2b_branch2a/Conv2D·¼Âñºƒ Î(ÎBOres2b_branch2a/Conv2D = Conv2D(res2a_relu/Relu, res2b_branch2a/kernel/read_S16)H·¼ÂñºƒP¾
bn2b_branch2a/FusedBatchNormV3…¿Âñºƒ t(tBƒbn2b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res2b_branch2a/Conv2D, bn2b_branch2a/gamma/read_S17, bn2b_branch2a/beta/read_S18)H…¿ÂñºƒPs
res2b_branch2a_relu/Reluù¿Âñºƒ Q(QB?res2b_branch2a_relu/Relu = Relu(bn2b_branch2a/FusedBatchNormV3)Hù¿ÂñºƒP‹
res2b_branch2b/Conv2DÊÀÂñºƒ û(ûBXres2b_branch2b/Conv2D = Conv2D(res2b_branch2a_relu/Relu, res2b_branch2b/kernel/read_S19)HÊÀÂñºƒP¾
bn2b_branch2b/FusedBatchNormV3ÅÆÂñºƒ }(}Bƒbn2b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res2b_branch2b/Conv2D, bn2b_branch2b/gamma/read_S20, bn2b_branch2b/beta/read_S21)HÅÆÂñºƒPs
res2b_branch2b_relu/ReluÂÇÂñºƒ P(PB?res2b_branch2b_relu/Relu = Relu(bn2b_branch2b/FusedBatchNormV3)HÂÇÂñºƒP‹
res2b_branch2c/Conv2D’ÈÂñºƒ ß(ßBXres2b_branch2c/Conv2D = Conv2D(res2b_branch2b_relu/Relu, res2b_branch2c/kernel/read_S22)H’ÈÂñºƒPÀ
bn2b_branch2c/FusedBatchNormV3ñÊÂñºƒ Â(ÂBƒbn2b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res2b_branch2c/Conv2D, bn2b_branch2c/gamma/read_S23, bn2b_branch2c/beta/read_S24)HñÊÂñºƒPi
	res2b/add³ÎÂñºƒ ½(½BBres2b/add = AddV2(bn2b_branch2c/FusedBatchNormV3, res2a_relu/Relu)H³ÎÂñºƒPN
res2b_relu/ReluğÑÂñºƒ ²(²B!res2b_relu/Relu = Relu(res2b/add)HğÑÂñºƒP‚
res2c_branch2a/Conv2D¢ÔÂñºƒ Ô(ÔBOres2c_branch2a/Conv2D = Conv2D(res2b_relu/Relu, res2c_branch2a/kernel/read_S25)H¢ÔÂñºƒP¾
bn2c_branch2a/FusedBatchNormV3öÖÂñºƒ x(xBƒbn2c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res2c_branch2a/Conv2D, bn2c_branch2a/gamma/read_S26, bn2c_branch2a/beta/read_S27)HöÖÂñºƒPs
res2c_branch2a_relu/Reluî×Âñºƒ O(OB?res2c_branch2a_relu/Relu = Relu(bn2c_branch2a/FusedBatchNormV3)Hî×ÂñºƒP‹
res2c_branch2b/Conv2D½ØÂñºƒ ú(úBXres2c_branch2b/Conv2D = Conv2D(res2c_branch2a_relu/Relu, res2c_branch2b/kernel/read_S28)H½ØÂñºƒP¾
bn2c_branch2b/FusedBatchNormV3·ŞÂñºƒ x(xBƒbn2c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res2c_branch2b/Conv2D, bn2c_branch2b/gamma/read_S29, bn2c_branch2b/beta/read_S30)H·ŞÂñºƒPs
res2c_branch2b_relu/Relu¯ßÂñºƒ Q(QB?res2c_branch2b_relu/Relu = Relu(bn2c_branch2b/FusedBatchNormV3)H¯ßÂñºƒP‹
res2c_branch2c/Conv2D€àÂñºƒ Ã(ÃBXres2c_branch2c/Conv2D = Conv2D(res2c_branch2b_relu/Relu, res2c_branch2c/kernel/read_S31)H€àÂñºƒPÀ
bn2c_branch2c/FusedBatchNormV3ÃâÂñºƒ Ò(ÒBƒbn2c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res2c_branch2c/Conv2D, bn2c_branch2c/gamma/read_S32, bn2c_branch2c/beta/read_S33)HÃâÂñºƒPi
	res2c/add•æÂñºƒ ¾(¾BBres2c/add = AddV2(bn2c_branch2c/FusedBatchNormV3, res2b_relu/Relu)H•æÂñºƒPN
res2c_relu/ReluÓéÂñºƒ ¯(¯B!res2c_relu/Relu = Relu(res2c/add)HÓéÂñºƒP‚
res3a_branch2a/Conv2D‚ìÂñºƒ ¥(¥BOres3a_branch2a/Conv2D = Conv2D(res2c_relu/Relu, res3a_branch2a/kernel/read_S34)H‚ìÂñºƒPÀ
bn3a_branch2a/FusedBatchNormV3§ñÂñºƒ ò(òBƒbn3a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch2a/Conv2D, bn3a_branch2a/gamma/read_S35, bn3a_branch2a/beta/read_S36)H§ñÂñºƒPu
res3a_branch2a_relu/Relu™óÂñºƒ £(£B?res3a_branch2a_relu/Relu = Relu(bn3a_branch2a/FusedBatchNormV3)H™óÂñºƒP‹
res3a_branch2b/Conv2D¼ôÂñºƒ ç(çBXres3a_branch2b/Conv2D = Conv2D(res3a_branch2a_relu/Relu, res3a_branch2b/kernel/read_S37)H¼ôÂñºƒP¾
bn3a_branch2b/FusedBatchNormV3£úÂñºƒ ?(?Bƒbn3a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch2b/Conv2D, bn3a_branch2b/gamma/read_S38, bn3a_branch2b/beta/read_S39)H£úÂñºƒPs
res3a_branch2b_relu/ReluâúÂñºƒ ,(,B?res3a_branch2b_relu/Relu = Relu(bn3a_branch2b/FusedBatchNormV3)HâúÂñºƒP‹
res3a_branch2c/Conv2DûÂñºƒ Î(ÎBXres3a_branch2c/Conv2D = Conv2D(res3a_branch2b_relu/Relu, res3a_branch2c/kernel/read_S40)HûÂñºƒPÀ
bn3a_branch2c/FusedBatchNormV3ÜıÂñºƒ ä(äBƒbn3a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch2c/Conv2D, bn3a_branch2c/gamma/read_S41, bn3a_branch2c/beta/read_S42)HÜıÂñºƒP
res3a_branch1/Conv2DÀÿÂñºƒ …(…BMres3a_branch1/Conv2D = Conv2D(res2c_relu/Relu, res3a_branch1/kernel/read_S43)HÀÿÂñºƒPº
bn3a_branch1/FusedBatchNormV3Å„Ãñºƒ İ(İBbn3a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch1/Conv2D, bn3a_branch1/gamma/read_S44, bn3a_branch1/beta/read_S45)HÅ„ÃñºƒPw
	res3a/add¢†Ãñºƒ ñ(ñBPres3a/add = AddV2(bn3a_branch2c/FusedBatchNormV3, bn3a_branch1/FusedBatchNormV3)H¢†ÃñºƒPN
res3a_relu/Relu“ˆÃñºƒ ›(›B!res3a_relu/Relu = Relu(res3a/add)H“ˆÃñºƒP‚
res3b_branch2a/Conv2D®‰Ãñºƒ İ(İBOres3b_branch2a/Conv2D = Conv2D(res3a_relu/Relu, res3b_branch2a/kernel/read_S46)H®‰ÃñºƒP¾
bn3b_branch2a/FusedBatchNormV3‹ŒÃñºƒ ?(?Bƒbn3b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3b_branch2a/Conv2D, bn3b_branch2a/gamma/read_S47, bn3b_branch2a/beta/read_S48)H‹ŒÃñºƒPs
res3b_branch2a_relu/ReluÊŒÃñºƒ -(-B?res3b_branch2a_relu/Relu = Relu(bn3b_branch2a/FusedBatchNormV3)HÊŒÃñºƒP‹
res3b_branch2b/Conv2D÷ŒÃñºƒ à(àBXres3b_branch2b/Conv2D = Conv2D(res3b_branch2a_relu/Relu, res3b_branch2b/kernel/read_S49)H÷ŒÃñºƒP¾
bn3b_branch2b/FusedBatchNormV3×’Ãñºƒ >(>Bƒbn3b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3b_branch2b/Conv2D, bn3b_branch2b/gamma/read_S50, bn3b_branch2b/beta/read_S51)H×’ÃñºƒPs
res3b_branch2b_relu/Relu•“Ãñºƒ -(-B?res3b_branch2b_relu/Relu = Relu(bn3b_branch2b/FusedBatchNormV3)H•“ÃñºƒP‹
res3b_branch2c/Conv2DÂ“Ãñºƒ É(ÉBXres3b_branch2c/Conv2D = Conv2D(res3b_branch2b_relu/Relu, res3b_branch2c/kernel/read_S52)HÂ“ÃñºƒPÀ
bn3b_branch2c/FusedBatchNormV3‹–Ãñºƒ ß(ßBƒbn3b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3b_branch2c/Conv2D, bn3b_branch2c/gamma/read_S53, bn3b_branch2c/beta/read_S54)H‹–ÃñºƒPi
	res3b/addê—Ãñºƒ ë(ëBBres3b/add = AddV2(bn3b_branch2c/FusedBatchNormV3, res3a_relu/Relu)Hê—ÃñºƒPN
res3b_relu/ReluÕ™Ãñºƒ  ( B!res3b_relu/Relu = Relu(res3b/add)HÕ™ÃñºƒP‚
res3c_branch2a/Conv2DõšÃñºƒ Í(ÍBOres3c_branch2a/Conv2D = Conv2D(res3b_relu/Relu, res3c_branch2a/kernel/read_S55)HõšÃñºƒP¾
bn3c_branch2a/FusedBatchNormV3ÂÃñºƒ >(>Bƒbn3c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3c_branch2a/Conv2D, bn3c_branch2a/gamma/read_S56, bn3c_branch2a/beta/read_S57)HÂÃñºƒPs
res3c_branch2a_relu/Relu€Ãñºƒ -(-B?res3c_branch2a_relu/Relu = Relu(bn3c_branch2a/FusedBatchNormV3)H€ÃñºƒP‹
res3c_branch2b/Conv2D­Ãñºƒ Ì(ÌBXres3c_branch2b/Conv2D = Conv2D(res3c_branch2a_relu/Relu, res3c_branch2b/kernel/read_S58)H­ÃñºƒP¾
bn3c_branch2b/FusedBatchNormV3ù£Ãñºƒ ?(?Bƒbn3c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3c_branch2b/Conv2D, bn3c_branch2b/gamma/read_S59, bn3c_branch2b/beta/read_S60)Hù£ÃñºƒPs
res3c_branch2b_relu/Relu¸¤Ãñºƒ .(.B?res3c_branch2b_relu/Relu = Relu(bn3c_branch2b/FusedBatchNormV3)H¸¤ÃñºƒP‹
res3c_branch2c/Conv2Dæ¤Ãñºƒ Û(ÛBXres3c_branch2c/Conv2D = Conv2D(res3c_branch2b_relu/Relu, res3c_branch2c/kernel/read_S61)Hæ¤ÃñºƒPÀ
bn3c_branch2c/FusedBatchNormV3Á§Ãñºƒ ğ(ğBƒbn3c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3c_branch2c/Conv2D, bn3c_branch2c/gamma/read_S62, bn3c_branch2c/beta/read_S63)HÁ§ÃñºƒPi
	res3c/add±©Ãñºƒ è(èBBres3c/add = AddV2(bn3c_branch2c/FusedBatchNormV3, res3b_relu/Relu)H±©ÃñºƒPN
res3c_relu/Relu™«Ãñºƒ (B!res3c_relu/Relu = Relu(res3c/add)H™«ÃñºƒP‚
res3d_branch2a/Conv2D·¬Ãñºƒ Ó(ÓBOres3d_branch2a/Conv2D = Conv2D(res3c_relu/Relu, res3d_branch2a/kernel/read_S64)H·¬ÃñºƒP¾
bn3d_branch2a/FusedBatchNormV3Š¯Ãñºƒ @(@Bƒbn3d_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3d_branch2a/Conv2D, bn3d_branch2a/gamma/read_S65, bn3d_branch2a/beta/read_S66)HŠ¯ÃñºƒPs
res3d_branch2a_relu/ReluÊ¯Ãñºƒ -(-B?res3d_branch2a_relu/Relu = Relu(bn3d_branch2a/FusedBatchNormV3)HÊ¯ÃñºƒP‹
res3d_branch2b/Conv2D÷¯Ãñºƒ ‘(‘BXres3d_branch2b/Conv2D = Conv2D(res3d_branch2a_relu/Relu, res3d_branch2b/kernel/read_S67)H÷¯ÃñºƒP¾
bn3d_branch2b/FusedBatchNormV3ˆ¶Ãñºƒ @(@Bƒbn3d_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3d_branch2b/Conv2D, bn3d_branch2b/gamma/read_S68, bn3d_branch2b/beta/read_S69)Hˆ¶ÃñºƒPs
res3d_branch2b_relu/ReluÈ¶Ãñºƒ ,(,B?res3d_branch2b_relu/Relu = Relu(bn3d_branch2b/FusedBatchNormV3)HÈ¶ÃñºƒP‹
res3d_branch2c/Conv2Dô¶Ãñºƒ Ü(ÜBXres3d_branch2c/Conv2D = Conv2D(res3d_branch2b_relu/Relu, res3d_branch2c/kernel/read_S70)Hô¶ÃñºƒPÀ
bn3d_branch2c/FusedBatchNormV3Ğ¹Ãñºƒ ß(ßBƒbn3d_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3d_branch2c/Conv2D, bn3d_branch2c/gamma/read_S71, bn3d_branch2c/beta/read_S72)HĞ¹ÃñºƒPi
	res3d/add¯»Ãñºƒ â(âBBres3d/add = AddV2(bn3d_branch2c/FusedBatchNormV3, res3c_relu/Relu)H¯»ÃñºƒPN
res3d_relu/Relu‘½Ãñºƒ ›(›B!res3d_relu/Relu = Relu(res3d/add)H‘½ÃñºƒP‚
res4a_branch2a/Conv2D¬¾Ãñºƒ ¢(¢BOres4a_branch2a/Conv2D = Conv2D(res3d_relu/Relu, res4a_branch2a/kernel/read_S73)H¬¾ÃñºƒP¾
bn4a_branch2a/FusedBatchNormV3ÎÃÃñºƒ s(sBƒbn4a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch2a/Conv2D, bn4a_branch2a/gamma/read_S74, bn4a_branch2a/beta/read_S75)HÎÃÃñºƒPs
res4a_branch2a_relu/ReluÁÄÃñºƒ R(RB?res4a_branch2a_relu/Relu = Relu(bn4a_branch2a/FusedBatchNormV3)HÁÄÃñºƒP‹
res4a_branch2b/Conv2D“ÅÃñºƒ Ê(ÊBXres4a_branch2b/Conv2D = Conv2D(res4a_branch2a_relu/Relu, res4a_branch2b/kernel/read_S76)H“ÅÃñºƒP¾
bn4a_branch2b/FusedBatchNormV3İÊÃñºƒ $($Bƒbn4a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch2b/Conv2D, bn4a_branch2b/gamma/read_S77, bn4a_branch2b/beta/read_S78)HİÊÃñºƒPs
res4a_branch2b_relu/ReluËÃñºƒ (B?res4a_branch2b_relu/Relu = Relu(bn4a_branch2b/FusedBatchNormV3)HËÃñºƒP‹
res4a_branch2c/Conv2D›ËÃñºƒ İ(İBXres4a_branch2c/Conv2D = Conv2D(res4a_branch2b_relu/Relu, res4a_branch2c/kernel/read_S79)H›ËÃñºƒP¾
bn4a_branch2c/FusedBatchNormV3øÍÃñºƒ t(tBƒbn4a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch2c/Conv2D, bn4a_branch2c/gamma/read_S80, bn4a_branch2c/beta/read_S81)HøÍÃñºƒP
res4a_branch1/Conv2DìÎÃñºƒ ›(›BMres4a_branch1/Conv2D = Conv2D(res3d_relu/Relu, res4a_branch1/kernel/read_S82)HìÎÃñºƒP¸
bn4a_branch1/FusedBatchNormV3‡ÔÃñºƒ s(sBbn4a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch1/Conv2D, bn4a_branch1/gamma/read_S83, bn4a_branch1/beta/read_S84)H‡ÔÃñºƒPu
	res4a/addúÔÃñºƒ u(uBPres4a/add = AddV2(bn4a_branch2c/FusedBatchNormV3, bn4a_branch1/FusedBatchNormV3)HúÔÃñºƒPL
res4a_relu/ReluïÕÃñºƒ U(UB!res4a_relu/Relu = Relu(res4a/add)HïÕÃñºƒP‚
res4b_branch2a/Conv2DÄÖÃñºƒ ×(×BOres4b_branch2a/Conv2D = Conv2D(res4a_relu/Relu, res4b_branch2a/kernel/read_S85)HÄÖÃñºƒP¾
bn4b_branch2a/FusedBatchNormV3›ÙÃñºƒ "("Bƒbn4b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4b_branch2a/Conv2D, bn4b_branch2a/gamma/read_S86, bn4b_branch2a/beta/read_S87)H›ÙÃñºƒPs
res4b_branch2a_relu/Relu½ÙÃñºƒ (B?res4b_branch2a_relu/Relu = Relu(bn4b_branch2a/FusedBatchNormV3)H½ÙÃñºƒP‹
res4b_branch2b/Conv2DØÙÃñºƒ Å(ÅBXres4b_branch2b/Conv2D = Conv2D(res4b_branch2a_relu/Relu, res4b_branch2b/kernel/read_S88)HØÙÃñºƒP¾
bn4b_branch2b/FusedBatchNormV3ßÃñºƒ #(#Bƒbn4b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4b_branch2b/Conv2D, bn4b_branch2b/gamma/read_S89, bn4b_branch2b/beta/read_S90)HßÃñºƒPs
res4b_branch2b_relu/ReluÀßÃñºƒ (B?res4b_branch2b_relu/Relu = Relu(bn4b_branch2b/FusedBatchNormV3)HÀßÃñºƒP‹
res4b_branch2c/Conv2DÚßÃñºƒ È(ÈBXres4b_branch2c/Conv2D = Conv2D(res4b_branch2b_relu/Relu, res4b_branch2c/kernel/read_S91)HÚßÃñºƒP¾
bn4b_branch2c/FusedBatchNormV3¢âÃñºƒ |(|Bƒbn4b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4b_branch2c/Conv2D, bn4b_branch2c/gamma/read_S92, bn4b_branch2c/beta/read_S93)H¢âÃñºƒPg
	res4b/addãÃñºƒ u(uBBres4b/add = AddV2(bn4b_branch2c/FusedBatchNormV3, res4a_relu/Relu)HãÃñºƒPL
res4b_relu/Relu“äÃñºƒ Q(QB!res4b_relu/Relu = Relu(res4b/add)H“äÃñºƒP‚
res4c_branch2a/Conv2DääÃñºƒ Î(ÎBOres4c_branch2a/Conv2D = Conv2D(res4b_relu/Relu, res4c_branch2a/kernel/read_S94)HääÃñºƒP¾
bn4c_branch2a/FusedBatchNormV3²çÃñºƒ #(#Bƒbn4c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4c_branch2a/Conv2D, bn4c_branch2a/gamma/read_S95, bn4c_branch2a/beta/read_S96)H²çÃñºƒPs
res4c_branch2a_relu/ReluÕçÃñºƒ (B?res4c_branch2a_relu/Relu = Relu(bn4c_branch2a/FusedBatchNormV3)HÕçÃñºƒP‹
res4c_branch2b/Conv2DñçÃñºƒ ğ(ğBXres4c_branch2b/Conv2D = Conv2D(res4c_branch2a_relu/Relu, res4c_branch2b/kernel/read_S97)HñçÃñºƒP¾
bn4c_branch2b/FusedBatchNormV3áíÃñºƒ #(#Bƒbn4c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4c_branch2b/Conv2D, bn4c_branch2b/gamma/read_S98, bn4c_branch2b/beta/read_S99)HáíÃñºƒPs
res4c_branch2b_relu/Relu„îÃñºƒ (B?res4c_branch2b_relu/Relu = Relu(bn4c_branch2b/FusedBatchNormV3)H„îÃñºƒPŒ
res4c_branch2c/Conv2DîÃñºƒ Ä(ÄBYres4c_branch2c/Conv2D = Conv2D(res4c_branch2b_relu/Relu, res4c_branch2c/kernel/read_S100)HîÃñºƒPÀ
bn4c_branch2c/FusedBatchNormV3âğÃñºƒ }(}B…bn4c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4c_branch2c/Conv2D, bn4c_branch2c/gamma/read_S101, bn4c_branch2c/beta/read_S102)HâğÃñºƒPg
	res4c/addßñÃñºƒ q(qBBres4c/add = AddV2(bn4c_branch2c/FusedBatchNormV3, res4b_relu/Relu)HßñÃñºƒPL
res4c_relu/ReluĞòÃñºƒ R(RB!res4c_relu/Relu = Relu(res4c/add)HĞòÃñºƒPƒ
res4d_branch2a/Conv2D¢óÃñºƒ ã(ãBPres4d_branch2a/Conv2D = Conv2D(res4c_relu/Relu, res4d_branch2a/kernel/read_S103)H¢óÃñºƒPÀ
bn4d_branch2a/FusedBatchNormV3…öÃñºƒ #(#B…bn4d_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4d_branch2a/Conv2D, bn4d_branch2a/gamma/read_S104, bn4d_branch2a/beta/read_S105)H…öÃñºƒPs
res4d_branch2a_relu/Relu¨öÃñºƒ (B?res4d_branch2a_relu/Relu = Relu(bn4d_branch2a/FusedBatchNormV3)H¨öÃñºƒPŒ
res4d_branch2b/Conv2DÂöÃñºƒ Ô(ÔBYres4d_branch2b/Conv2D = Conv2D(res4d_branch2a_relu/Relu, res4d_branch2b/kernel/read_S106)HÂöÃñºƒPÀ
bn4d_branch2b/FusedBatchNormV3–üÃñºƒ #(#B…bn4d_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4d_branch2b/Conv2D, bn4d_branch2b/gamma/read_S107, bn4d_branch2b/beta/read_S108)H–üÃñºƒPs
res4d_branch2b_relu/Relu¹üÃñºƒ (B?res4d_branch2b_relu/Relu = Relu(bn4d_branch2b/FusedBatchNormV3)H¹üÃñºƒPŒ
res4d_branch2c/Conv2DÔüÃñºƒ Á(ÁBYres4d_branch2c/Conv2D = Conv2D(res4d_branch2b_relu/Relu, res4d_branch2c/kernel/read_S109)HÔüÃñºƒPÀ
bn4d_branch2c/FusedBatchNormV3•ÿÃñºƒ u(uB…bn4d_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4d_branch2c/Conv2D, bn4d_branch2c/gamma/read_S110, bn4d_branch2c/beta/read_S111)H•ÿÃñºƒPg
	res4d/addŠ€Äñºƒ y(yBBres4d/add = AddV2(bn4d_branch2c/FusedBatchNormV3, res4c_relu/Relu)HŠ€ÄñºƒPL
res4d_relu/ReluƒÄñºƒ S(SB!res4d_relu/Relu = Relu(res4d/add)HƒÄñºƒPƒ
res4e_branch2a/Conv2DÖÄñºƒ È(ÈBPres4e_branch2a/Conv2D = Conv2D(res4d_relu/Relu, res4e_branch2a/kernel/read_S112)HÖÄñºƒPÀ
bn4e_branch2a/FusedBatchNormV3„Äñºƒ &(&B…bn4e_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4e_branch2a/Conv2D, bn4e_branch2a/gamma/read_S113, bn4e_branch2a/beta/read_S114)H„ÄñºƒPs
res4e_branch2a_relu/ReluÄ„Äñºƒ (B?res4e_branch2a_relu/Relu = Relu(bn4e_branch2a/FusedBatchNormV3)HÄ„ÄñºƒPŒ
res4e_branch2b/Conv2Dİ„Äñºƒ ö(öBYres4e_branch2b/Conv2D = Conv2D(res4e_branch2a_relu/Relu, res4e_branch2b/kernel/read_S115)Hİ„ÄñºƒPÀ
bn4e_branch2b/FusedBatchNormV3ÓŠÄñºƒ &(&B…bn4e_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4e_branch2b/Conv2D, bn4e_branch2b/gamma/read_S116, bn4e_branch2b/beta/read_S117)HÓŠÄñºƒPs
res4e_branch2b_relu/ReluùŠÄñºƒ (B?res4e_branch2b_relu/Relu = Relu(bn4e_branch2b/FusedBatchNormV3)HùŠÄñºƒPŒ
res4e_branch2c/Conv2D”‹Äñºƒ â(âBYres4e_branch2c/Conv2D = Conv2D(res4e_branch2b_relu/Relu, res4e_branch2c/kernel/read_S118)H”‹ÄñºƒPÀ
bn4e_branch2c/FusedBatchNormV3öÄñºƒ u(uB…bn4e_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4e_branch2c/Conv2D, bn4e_branch2c/gamma/read_S119, bn4e_branch2c/beta/read_S120)HöÄñºƒPg
	res4e/addëÄñºƒ w(wBBres4e/add = AddV2(bn4e_branch2c/FusedBatchNormV3, res4d_relu/Relu)HëÄñºƒPL
res4e_relu/ReluâÄñºƒ N(NB!res4e_relu/Relu = Relu(res4e/add)HâÄñºƒPƒ
res4f_branch2a/Conv2D°Äñºƒ Å(ÅBPres4f_branch2a/Conv2D = Conv2D(res4e_relu/Relu, res4f_branch2a/kernel/read_S121)H°ÄñºƒPÀ
bn4f_branch2a/FusedBatchNormV3õ’Äñºƒ #(#B…bn4f_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4f_branch2a/Conv2D, bn4f_branch2a/gamma/read_S122, bn4f_branch2a/beta/read_S123)Hõ’ÄñºƒPs
res4f_branch2a_relu/Relu˜“Äñºƒ (B?res4f_branch2a_relu/Relu = Relu(bn4f_branch2a/FusedBatchNormV3)H˜“ÄñºƒPŒ
res4f_branch2b/Conv2D²“Äñºƒ ù(ùBYres4f_branch2b/Conv2D = Conv2D(res4f_branch2a_relu/Relu, res4f_branch2b/kernel/read_S124)H²“ÄñºƒPÀ
bn4f_branch2b/FusedBatchNormV3·«Äñºƒ $($B…bn4f_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4f_branch2b/Conv2D, bn4f_branch2b/gamma/read_S125, bn4f_branch2b/beta/read_S126)H·«ÄñºƒPs
res4f_branch2b_relu/ReluÛ«Äñºƒ (B?res4f_branch2b_relu/Relu = Relu(bn4f_branch2b/FusedBatchNormV3)HÛ«ÄñºƒPŒ
res4f_branch2c/Conv2Dô«Äñºƒ Î(ÎBYres4f_branch2c/Conv2D = Conv2D(res4f_branch2b_relu/Relu, res4f_branch2c/kernel/read_S127)Hô«ÄñºƒPÀ
bn4f_branch2c/FusedBatchNormV3Â®Äñºƒ r(rB…bn4f_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4f_branch2c/Conv2D, bn4f_branch2c/gamma/read_S128, bn4f_branch2c/beta/read_S129)HÂ®ÄñºƒPg
	res4f/add´¯Äñºƒ u(uBBres4f/add = AddV2(bn4f_branch2c/FusedBatchNormV3, res4e_relu/Relu)H´¯ÄñºƒPL
res4f_relu/Relu©°Äñºƒ Q(QB!res4f_relu/Relu = Relu(res4f/add)H©°ÄñºƒPƒ
res5a_branch2a/Conv2D€ÔÄñºƒ Œ(ŒBPres5a_branch2a/Conv2D = Conv2D(res4f_relu/Relu, res5a_branch2a/kernel/read_S130)H€ÔÄñºƒPÀ
bn5a_branch2a/FusedBatchNormV3ŒÙÄñºƒ C(CB…bn5a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch2a/Conv2D, bn5a_branch2a/gamma/read_S131, bn5a_branch2a/beta/read_S132)HŒÙÄñºƒPs
res5a_branch2a_relu/ReluÏÙÄñºƒ -(-B?res5a_branch2a_relu/Relu = Relu(bn5a_branch2a/FusedBatchNormV3)HÏÙÄñºƒPŒ
res5a_branch2b/Conv2DüÙÄñºƒ Š(ŠBYres5a_branch2b/Conv2D = Conv2D(res5a_branch2a_relu/Relu, res5a_branch2b/kernel/read_S133)HüÙÄñºƒPÀ
bn5a_branch2b/FusedBatchNormV3ŠÅñºƒ (B…bn5a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch2b/Conv2D, bn5a_branch2b/gamma/read_S134, bn5a_branch2b/beta/read_S135)HŠÅñºƒPs
res5a_branch2b_relu/Relu´ŠÅñºƒ (B?res5a_branch2b_relu/Relu = Relu(bn5a_branch2b/FusedBatchNormV3)H´ŠÅñºƒPŒ
res5a_branch2c/Conv2DÅŠÅñºƒ Ù(ÙBYres5a_branch2c/Conv2D = Conv2D(res5a_branch2b_relu/Relu, res5a_branch2c/kernel/read_S136)HÅŠÅñºƒPÀ
bn5a_branch2c/FusedBatchNormV3Åñºƒ >(>B…bn5a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch2c/Conv2D, bn5a_branch2c/gamma/read_S137, bn5a_branch2c/beta/read_S138)HÅñºƒP€
res5a_branch1/Conv2DÜÅñºƒ „(„BNres5a_branch1/Conv2D = Conv2D(res4f_relu/Relu, res5a_branch1/kernel/read_S139)HÜÅñºƒP»
bn5a_branch1/FusedBatchNormV3âÅñºƒ >(>Bbn5a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch1/Conv2D, bn5a_branch1/gamma/read_S140, bn5a_branch1/beta/read_S141)HâÅñºƒPu
	res5a/addÜâÅñºƒ >(>BPres5a/add = AddV2(bn5a_branch2c/FusedBatchNormV3, bn5a_branch1/FusedBatchNormV3)HÜâÅñºƒPL
res5a_relu/RelušãÅñºƒ ,(,B!res5a_relu/Relu = Relu(res5a/add)HšãÅñºƒPƒ
res5b_branch2a/Conv2DÆãÅñºƒ Ş(ŞBPres5b_branch2a/Conv2D = Conv2D(res5a_relu/Relu, res5b_branch2a/kernel/read_S142)HÆãÅñºƒPÀ
bn5b_branch2a/FusedBatchNormV3¤æÅñºƒ (B…bn5b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res5b_branch2a/Conv2D, bn5b_branch2a/gamma/read_S143, bn5b_branch2a/beta/read_S144)H¤æÅñºƒPs
res5b_branch2a_relu/ReluºæÅñºƒ (B?res5b_branch2a_relu/Relu = Relu(bn5b_branch2a/FusedBatchNormV3)HºæÅñºƒPŒ
res5b_branch2b/Conv2DÊæÅñºƒ Ñ(ÑBYres5b_branch2b/Conv2D = Conv2D(res5b_branch2a_relu/Relu, res5b_branch2b/kernel/read_S145)HÊæÅñºƒPÀ
bn5b_branch2b/FusedBatchNormV3›ìÅñºƒ (B…bn5b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res5b_branch2b/Conv2D, bn5b_branch2b/gamma/read_S146, bn5b_branch2b/beta/read_S147)H›ìÅñºƒPs
res5b_branch2b_relu/Relu±ìÅñºƒ (B?res5b_branch2b_relu/Relu = Relu(bn5b_branch2b/FusedBatchNormV3)H±ìÅñºƒPŒ
res5b_branch2c/Conv2D¤ıÅñºƒ Ğ(ĞBYres5b_branch2c/Conv2D = Conv2D(res5b_branch2b_relu/Relu, res5b_branch2c/kernel/read_S148)H¤ıÅñºƒPÀ
bn5b_branch2c/FusedBatchNormV3¼˜Æñºƒ =(=B…bn5b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res5b_branch2c/Conv2D, bn5b_branch2c/gamma/read_S149, bn5b_branch2c/beta/read_S150)H¼˜ÆñºƒPg
	res5b/addù˜Æñºƒ @(@BBres5b/add = AddV2(bn5b_branch2c/FusedBatchNormV3, res5a_relu/Relu)Hù˜ÆñºƒPL
res5b_relu/Relu¹™Æñºƒ ,(,B!res5b_relu/Relu = Relu(res5b/add)H¹™ÆñºƒPƒ
res5c_branch2a/Conv2Då™Æñºƒ Õ(ÕBPres5c_branch2a/Conv2D = Conv2D(res5b_relu/Relu, res5c_branch2a/kernel/read_S151)Hå™ÆñºƒPÀ
bn5c_branch2a/FusedBatchNormV3ºœÆñºƒ (B…bn5c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res5c_branch2a/Conv2D, bn5c_branch2a/gamma/read_S152, bn5c_branch2a/beta/read_S153)HºœÆñºƒPs
res5c_branch2a_relu/ReluĞœÆñºƒ (B?res5c_branch2a_relu/Relu = Relu(bn5c_branch2a/FusedBatchNormV3)HĞœÆñºƒPŒ
res5c_branch2b/Conv2D­ÕÆñºƒ Ê(ÊBYres5c_branch2b/Conv2D = Conv2D(res5c_branch2a_relu/Relu, res5c_branch2b/kernel/read_S154)H­ÕÆñºƒPÀ
bn5c_branch2b/FusedBatchNormV3÷ÚÆñºƒ (B…bn5c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res5c_branch2b/Conv2D, bn5c_branch2b/gamma/read_S155, bn5c_branch2b/beta/read_S156)H÷ÚÆñºƒPs
res5c_branch2b_relu/ReluÛÆñºƒ (B?res5c_branch2b_relu/Relu = Relu(bn5c_branch2b/FusedBatchNormV3)HÛÆñºƒPŒ
res5c_branch2c/Conv2D¥¥Çñºƒ Ì(ÌBYres5c_branch2c/Conv2D = Conv2D(res5c_branch2b_relu/Relu, res5c_branch2c/kernel/read_S157)H¥¥ÇñºƒPÀ
bn5c_branch2c/FusedBatchNormV3ñ§Çñºƒ ?(?B…bn5c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res5c_branch2c/Conv2D, bn5c_branch2c/gamma/read_S158, bn5c_branch2c/beta/read_S159)Hñ§ÇñºƒPg
	res5c/add°¨Çñºƒ >(>BBres5c/add = AddV2(bn5c_branch2c/FusedBatchNormV3, res5b_relu/Relu)H°¨ÇñºƒPL
res5c_relu/Reluî¨Çñºƒ -(-B!res5c_relu/Relu = Relu(res5c/add)Hî¨ÇñºƒPN
avg_pool/Mean›©Çñºƒ (B%avg_pool/Mean = Mean(res5c_relu/Relu)H›©ÇñºƒPg
fc1000/MatMulµ©Çñºƒ (B>fc1000/MatMul = MatMul(avg_pool/Mean, fc1000/kernel/read_S160)Hµ©ÇñºƒPh
fc1000/BiasAddÊ©Çñºƒ (B>fc1000/BiasAdd = BiasAdd(fc1000/MatMul, fc1000/bias/read_S161)HÊ©ÇñºƒP˜
"loss/SoftmaxCrossEntropyWithLogitsÒ©Çñºƒ (BZloss/SoftmaxCrossEntropyWithLogits = SoftmaxCrossEntropyWithLogits(fc1000/BiasAdd, labels)HÒ©ÇñºƒPƒ
gradients/fc1000/bias_gradÚ©Çñºƒ 	(	BMgradients/fc1000/bias_grad = BackpropGrad(loss/SoftmaxCrossEntropyWithLogits)HÚ©ÇñºƒP
gradients/fc1000/kernel_gradã©Çñºƒ 3(3BGgradients/fc1000/kernel_grad = BackpropGrad(gradients/fc1000/bias_grad)Hã©ÇñºƒP‹
!gradients/bn5c_branch2c/beta_grad–ªÇñºƒ (BNgradients/bn5c_branch2c/beta_grad = BackpropGrad(gradients/fc1000/kernel_grad)H–ªÇñºƒP”
"gradients/bn5c_branch2c/gamma_grad³ªÇñºƒ Œ(ŒBTgradients/bn5c_branch2c/gamma_grad = BackpropGrad(gradients/bn5c_branch2c/beta_grad)H³ªÇñºƒP™
$gradients/res5c_branch2c/kernel_grad¿«Çñºƒ Ÿ(ŸBWgradients/res5c_branch2c/kernel_grad = BackpropGrad(gradients/bn5c_branch2c/gamma_grad)H¿«ÇñºƒP“
!gradients/bn5c_branch2b/beta_gradŞ°Çñºƒ (BVgradients/bn5c_branch2b/beta_grad = BackpropGrad(gradients/res5c_branch2c/kernel_grad)HŞ°ÇñºƒP’
"gradients/bn5c_branch2b/gamma_gradë°Çñºƒ (((BTgradients/bn5c_branch2b/gamma_grad = BackpropGrad(gradients/bn5c_branch2b/beta_grad)Hë°ÇñºƒP™
$gradients/res5c_branch2b/kernel_grad“±Çñºƒ Â(ÂBWgradients/res5c_branch2b/kernel_grad = BackpropGrad(gradients/bn5c_branch2b/gamma_grad)H“±ÇñºƒP“
!gradients/bn5c_branch2a/beta_gradÕ¼Çñºƒ (BVgradients/bn5c_branch2a/beta_grad = BackpropGrad(gradients/res5c_branch2b/kernel_grad)HÕ¼ÇñºƒP’
"gradients/bn5c_branch2a/gamma_gradá¼Çñºƒ (((BTgradients/bn5c_branch2a/gamma_grad = BackpropGrad(gradients/bn5c_branch2a/beta_grad)Há¼ÇñºƒP™
$gradients/res5c_branch2a/kernel_grad‰½Çñºƒ Ÿ(ŸBWgradients/res5c_branch2a/kernel_grad = BackpropGrad(gradients/bn5c_branch2a/gamma_grad)H‰½ÇñºƒP“
!gradients/bn5b_branch2c/beta_grad¨ÂÇñºƒ (BVgradients/bn5b_branch2c/beta_grad = BackpropGrad(gradients/res5c_branch2a/kernel_grad)H¨ÂÇñºƒP”
"gradients/bn5b_branch2c/gamma_gradÂÂÇñºƒ …(…BTgradients/bn5b_branch2c/gamma_grad = BackpropGrad(gradients/bn5b_branch2c/beta_grad)HÂÂÇñºƒP™
$gradients/res5b_branch2c/kernel_gradÇÃÇñºƒ Œ(ŒBWgradients/res5b_branch2c/kernel_grad = BackpropGrad(gradients/bn5b_branch2c/gamma_grad)HÇÃÇñºƒP“
!gradients/bn5b_branch2b/beta_gradÓÈÇñºƒ (BVgradients/bn5b_branch2b/beta_grad = BackpropGrad(gradients/res5b_branch2c/kernel_grad)HÓÈÇñºƒP’
"gradients/bn5b_branch2b/gamma_gradàÈÇñºƒ *(*BTgradients/bn5b_branch2b/gamma_grad = BackpropGrad(gradients/bn5b_branch2b/beta_grad)HàÈÇñºƒP™
$gradients/res5b_branch2b/kernel_gradŠÉÇñºƒ ù(ùBWgradients/res5b_branch2b/kernel_grad = BackpropGrad(gradients/bn5b_branch2b/gamma_grad)HŠÉÇñºƒP“
!gradients/bn5b_branch2a/beta_gradƒÕÇñºƒ (BVgradients/bn5b_branch2a/beta_grad = BackpropGrad(gradients/res5b_branch2b/kernel_grad)HƒÕÇñºƒP’
"gradients/bn5b_branch2a/gamma_gradÕÇñºƒ )()BTgradients/bn5b_branch2a/gamma_grad = BackpropGrad(gradients/bn5b_branch2a/beta_grad)HÕÇñºƒP™
$gradients/res5b_branch2a/kernel_grad¹ÕÇñºƒ ¢(¢BWgradients/res5b_branch2a/kernel_grad = BackpropGrad(gradients/bn5b_branch2a/gamma_grad)H¹ÕÇñºƒP‘
 gradients/bn5a_branch1/beta_gradÛÚÇñºƒ (BUgradients/bn5a_branch1/beta_grad = BackpropGrad(gradients/res5b_branch2a/kernel_grad)HÛÚÇñºƒP
!gradients/bn5a_branch1/gamma_gradöÚÇñºƒ Q(QBRgradients/bn5a_branch1/gamma_grad = BackpropGrad(gradients/bn5a_branch1/beta_grad)HöÚÇñºƒP–
#gradients/res5a_branch1/kernel_gradÇÛÇñºƒ ª
(ª
BUgradients/res5a_branch1/kernel_grad = BackpropGrad(gradients/bn5a_branch1/gamma_grad)HÇÛÇñºƒP’
!gradients/bn5a_branch2c/beta_gradñåÇñºƒ (BUgradients/bn5a_branch2c/beta_grad = BackpropGrad(gradients/res5a_branch1/kernel_grad)HñåÇñºƒP”
"gradients/bn5a_branch2c/gamma_gradŒæÇñºƒ ‰(‰BTgradients/bn5a_branch2c/gamma_grad = BackpropGrad(gradients/bn5a_branch2c/beta_grad)HŒæÇñºƒP™
$gradients/res5a_branch2c/kernel_grad•çÇñºƒ ÿ(ÿBWgradients/res5a_branch2c/kernel_grad = BackpropGrad(gradients/bn5a_branch2c/gamma_grad)H•çÇñºƒP“
!gradients/bn5a_branch2b/beta_grad”ìÇñºƒ (BVgradients/bn5a_branch2b/beta_grad = BackpropGrad(gradients/res5a_branch2c/kernel_grad)H”ìÇñºƒP’
"gradients/bn5a_branch2b/gamma_grad¡ìÇñºƒ (((BTgradients/bn5a_branch2b/gamma_grad = BackpropGrad(gradients/bn5a_branch2b/beta_grad)H¡ìÇñºƒP™
$gradients/res5a_branch2b/kernel_gradÉìÇñºƒ î(îBWgradients/res5a_branch2b/kernel_grad = BackpropGrad(gradients/bn5a_branch2b/gamma_grad)HÉìÇñºƒP“
!gradients/bn5a_branch2a/beta_grad·øÇñºƒ (BVgradients/bn5a_branch2a/beta_grad = BackpropGrad(gradients/res5a_branch2b/kernel_grad)H·øÇñºƒP”
"gradients/bn5a_branch2a/gamma_gradÑøÇñºƒ †(†BTgradients/bn5a_branch2a/gamma_grad = BackpropGrad(gradients/bn5a_branch2a/beta_grad)HÑøÇñºƒP™
$gradients/res5a_branch2a/kernel_grad×ùÇñºƒ ¨
(¨
BWgradients/res5a_branch2a/kernel_grad = BackpropGrad(gradients/bn5a_branch2a/gamma_grad)H×ùÇñºƒP“
!gradients/bn4f_branch2c/beta_gradÿƒÈñºƒ ,(,BVgradients/bn4f_branch2c/beta_grad = BackpropGrad(gradients/res5a_branch2a/kernel_grad)HÿƒÈñºƒP”
"gradients/bn4f_branch2c/gamma_grad«„Èñºƒ “(“BTgradients/bn4f_branch2c/gamma_grad = BackpropGrad(gradients/bn4f_branch2c/beta_grad)H«„ÈñºƒP™
$gradients/res4f_branch2c/kernel_grad¾†Èñºƒ ˜(˜BWgradients/res4f_branch2c/kernel_grad = BackpropGrad(gradients/bn4f_branch2c/gamma_grad)H¾†ÈñºƒP“
!gradients/bn4f_branch2b/beta_gradÖ‹Èñºƒ (BVgradients/bn4f_branch2b/beta_grad = BackpropGrad(gradients/res4f_branch2c/kernel_grad)HÖ‹ÈñºƒP’
"gradients/bn4f_branch2b/gamma_gradç‹Èñºƒ H(HBTgradients/bn4f_branch2b/gamma_grad = BackpropGrad(gradients/bn4f_branch2b/beta_grad)Hç‹ÈñºƒP™
$gradients/res4f_branch2b/kernel_grad¯ŒÈñºƒ ‚(‚BWgradients/res4f_branch2b/kernel_grad = BackpropGrad(gradients/bn4f_branch2b/gamma_grad)H¯ŒÈñºƒP“
!gradients/bn4f_branch2a/beta_grad±˜Èñºƒ (BVgradients/bn4f_branch2a/beta_grad = BackpropGrad(gradients/res4f_branch2b/kernel_grad)H±˜ÈñºƒP’
"gradients/bn4f_branch2a/gamma_gradÂ˜Èñºƒ H(HBTgradients/bn4f_branch2a/gamma_grad = BackpropGrad(gradients/bn4f_branch2a/beta_grad)HÂ˜ÈñºƒP™
$gradients/res4f_branch2a/kernel_gradŠ™Èñºƒ —(—BWgradients/res4f_branch2a/kernel_grad = BackpropGrad(gradients/bn4f_branch2a/gamma_grad)HŠ™ÈñºƒP“
!gradients/bn4e_branch2c/beta_grad¡Èñºƒ ,(,BVgradients/bn4e_branch2c/beta_grad = BackpropGrad(gradients/res4f_branch2a/kernel_grad)H¡ÈñºƒP”
"gradients/bn4e_branch2c/gamma_gradÍÈñºƒ ƒ(ƒBTgradients/bn4e_branch2c/gamma_grad = BackpropGrad(gradients/bn4e_branch2c/beta_grad)HÍÈñºƒP™
$gradients/res4e_branch2c/kernel_gradĞ Èñºƒ Š(ŠBWgradients/res4e_branch2c/kernel_grad = BackpropGrad(gradients/bn4e_branch2c/gamma_grad)HĞ ÈñºƒP“
!gradients/bn4e_branch2b/beta_gradÚ¥Èñºƒ (BVgradients/bn4e_branch2b/beta_grad = BackpropGrad(gradients/res4e_branch2c/kernel_grad)HÚ¥ÈñºƒP’
"gradients/bn4e_branch2b/gamma_gradë¥Èñºƒ F(FBTgradients/bn4e_branch2b/gamma_grad = BackpropGrad(gradients/bn4e_branch2b/beta_grad)Hë¥ÈñºƒP™
$gradients/res4e_branch2b/kernel_grad±¦Èñºƒ °(°BWgradients/res4e_branch2b/kernel_grad = BackpropGrad(gradients/bn4e_branch2b/gamma_grad)H±¦ÈñºƒP“
!gradients/bn4e_branch2a/beta_gradá±Èñºƒ (BVgradients/bn4e_branch2a/beta_grad = BackpropGrad(gradients/res4e_branch2b/kernel_grad)Há±ÈñºƒP’
"gradients/bn4e_branch2a/gamma_gradò±Èñºƒ D(DBTgradients/bn4e_branch2a/gamma_grad = BackpropGrad(gradients/bn4e_branch2a/beta_grad)Hò±ÈñºƒP™
$gradients/res4e_branch2a/kernel_grad¶²Èñºƒ —(—BWgradients/res4e_branch2a/kernel_grad = BackpropGrad(gradients/bn4e_branch2a/gamma_grad)H¶²ÈñºƒP“
!gradients/bn4d_branch2c/beta_gradÍ·Èñºƒ .(.BVgradients/bn4d_branch2c/beta_grad = BackpropGrad(gradients/res4e_branch2a/kernel_grad)HÍ·ÈñºƒP”
"gradients/bn4d_branch2c/gamma_gradû·Èñºƒ (BTgradients/bn4d_branch2c/gamma_grad = BackpropGrad(gradients/bn4d_branch2c/beta_grad)Hû·ÈñºƒP™
$gradients/res4d_branch2c/kernel_gradˆºÈñºƒ ƒ(ƒBWgradients/res4d_branch2c/kernel_grad = BackpropGrad(gradients/bn4d_branch2c/gamma_grad)HˆºÈñºƒP“
!gradients/bn4d_branch2b/beta_grad‹¿Èñºƒ (BVgradients/bn4d_branch2b/beta_grad = BackpropGrad(gradients/res4d_branch2c/kernel_grad)H‹¿ÈñºƒP’
"gradients/bn4d_branch2b/gamma_grad›¿Èñºƒ G(GBTgradients/bn4d_branch2b/gamma_grad = BackpropGrad(gradients/bn4d_branch2b/beta_grad)H›¿ÈñºƒP™
$gradients/res4d_branch2b/kernel_gradâ¿Èñºƒ Ò(ÒBWgradients/res4d_branch2b/kernel_grad = BackpropGrad(gradients/bn4d_branch2b/gamma_grad)Hâ¿ÈñºƒP“
!gradients/bn4d_branch2a/beta_grad´ËÈñºƒ (BVgradients/bn4d_branch2a/beta_grad = BackpropGrad(gradients/res4d_branch2b/kernel_grad)H´ËÈñºƒP’
"gradients/bn4d_branch2a/gamma_gradÆËÈñºƒ J(JBTgradients/bn4d_branch2a/gamma_grad = BackpropGrad(gradients/bn4d_branch2a/beta_grad)HÆËÈñºƒP™
$gradients/res4d_branch2a/kernel_gradÌÈñºƒ §(§BWgradients/res4d_branch2a/kernel_grad = BackpropGrad(gradients/bn4d_branch2a/gamma_grad)HÌÈñºƒP“
!gradients/bn4c_branch2c/beta_grad·ÑÈñºƒ .(.BVgradients/bn4c_branch2c/beta_grad = BackpropGrad(gradients/res4d_branch2a/kernel_grad)H·ÑÈñºƒP”
"gradients/bn4c_branch2c/gamma_gradåÑÈñºƒ ‰(‰BTgradients/bn4c_branch2c/gamma_grad = BackpropGrad(gradients/bn4c_branch2c/beta_grad)HåÑÈñºƒP™
$gradients/res4c_branch2c/kernel_gradîÓÈñºƒ —(—BWgradients/res4c_branch2c/kernel_grad = BackpropGrad(gradients/bn4c_branch2c/gamma_grad)HîÓÈñºƒP“
!gradients/bn4c_branch2b/beta_grad…ÙÈñºƒ (BVgradients/bn4c_branch2b/beta_grad = BackpropGrad(gradients/res4c_branch2c/kernel_grad)H…ÙÈñºƒP’
"gradients/bn4c_branch2b/gamma_grad–ÙÈñºƒ I(IBTgradients/bn4c_branch2b/gamma_grad = BackpropGrad(gradients/bn4c_branch2b/beta_grad)H–ÙÈñºƒP™
$gradients/res4c_branch2b/kernel_gradßÙÈñºƒ Â(ÂBWgradients/res4c_branch2b/kernel_grad = BackpropGrad(gradients/bn4c_branch2b/gamma_grad)HßÙÈñºƒP“
!gradients/bn4c_branch2a/beta_grad¡åÈñºƒ (BVgradients/bn4c_branch2a/beta_grad = BackpropGrad(gradients/res4c_branch2b/kernel_grad)H¡åÈñºƒP’
"gradients/bn4c_branch2a/gamma_grad³åÈñºƒ E(EBTgradients/bn4c_branch2a/gamma_grad = BackpropGrad(gradients/bn4c_branch2a/beta_grad)H³åÈñºƒP™
$gradients/res4c_branch2a/kernel_gradøåÈñºƒ ·(·BWgradients/res4c_branch2a/kernel_grad = BackpropGrad(gradients/bn4c_branch2a/gamma_grad)HøåÈñºƒP“
!gradients/bn4b_branch2c/beta_grad¯ëÈñºƒ .(.BVgradients/bn4b_branch2c/beta_grad = BackpropGrad(gradients/res4c_branch2a/kernel_grad)H¯ëÈñºƒP”
"gradients/bn4b_branch2c/gamma_gradİëÈñºƒ (BTgradients/bn4b_branch2c/gamma_grad = BackpropGrad(gradients/bn4b_branch2c/beta_grad)HİëÈñºƒP™
$gradients/res4b_branch2c/kernel_gradêíÈñºƒ •(•BWgradients/res4b_branch2c/kernel_grad = BackpropGrad(gradients/bn4b_branch2c/gamma_grad)HêíÈñºƒP“
!gradients/bn4b_branch2b/beta_gradÿòÈñºƒ (BVgradients/bn4b_branch2b/beta_grad = BackpropGrad(gradients/res4b_branch2c/kernel_grad)HÿòÈñºƒP’
"gradients/bn4b_branch2b/gamma_grad‘óÈñºƒ J(JBTgradients/bn4b_branch2b/gamma_grad = BackpropGrad(gradients/bn4b_branch2b/beta_grad)H‘óÈñºƒP™
$gradients/res4b_branch2b/kernel_gradÛóÈñºƒ ù(ùBWgradients/res4b_branch2b/kernel_grad = BackpropGrad(gradients/bn4b_branch2b/gamma_grad)HÛóÈñºƒP“
!gradients/bn4b_branch2a/beta_gradÔÿÈñºƒ (BVgradients/bn4b_branch2a/beta_grad = BackpropGrad(gradients/res4b_branch2b/kernel_grad)HÔÿÈñºƒP’
"gradients/bn4b_branch2a/gamma_gradåÿÈñºƒ I(IBTgradients/bn4b_branch2a/gamma_grad = BackpropGrad(gradients/bn4b_branch2a/beta_grad)HåÿÈñºƒP™
$gradients/res4b_branch2a/kernel_grad®€Éñºƒ •(•BWgradients/res4b_branch2a/kernel_grad = BackpropGrad(gradients/bn4b_branch2a/gamma_grad)H®€ÉñºƒP‘
 gradients/bn4a_branch1/beta_gradÃ…Éñºƒ *(*BUgradients/bn4a_branch1/beta_grad = BackpropGrad(gradients/res4b_branch2a/kernel_grad)HÃ…ÉñºƒP‘
!gradients/bn4a_branch1/gamma_gradí…Éñºƒ ¥(¥BRgradients/bn4a_branch1/gamma_grad = BackpropGrad(gradients/bn4a_branch1/beta_grad)Hí…ÉñºƒP–
#gradients/res4a_branch1/kernel_grad’‡Éñºƒ É
(É
BUgradients/res4a_branch1/kernel_grad = BackpropGrad(gradients/bn4a_branch1/gamma_grad)H’‡ÉñºƒP’
!gradients/bn4a_branch2c/beta_gradÛ‘Éñºƒ ,(,BUgradients/bn4a_branch2c/beta_grad = BackpropGrad(gradients/res4a_branch1/kernel_grad)HÛ‘ÉñºƒP”
"gradients/bn4a_branch2c/gamma_grad‡’Éñºƒ †(†BTgradients/bn4a_branch2c/gamma_grad = BackpropGrad(gradients/bn4a_branch2c/beta_grad)H‡’ÉñºƒP™
$gradients/res4a_branch2c/kernel_grad”Éñºƒ œ(œBWgradients/res4a_branch2c/kernel_grad = BackpropGrad(gradients/bn4a_branch2c/gamma_grad)H”ÉñºƒP“
!gradients/bn4a_branch2b/beta_grad©™Éñºƒ (BVgradients/bn4a_branch2b/beta_grad = BackpropGrad(gradients/res4a_branch2c/kernel_grad)H©™ÉñºƒP’
"gradients/bn4a_branch2b/gamma_gradº™Éñºƒ K(KBTgradients/bn4a_branch2b/gamma_grad = BackpropGrad(gradients/bn4a_branch2b/beta_grad)Hº™ÉñºƒP™
$gradients/res4a_branch2b/kernel_grad…šÉñºƒ ±(±BWgradients/res4a_branch2b/kernel_grad = BackpropGrad(gradients/bn4a_branch2b/gamma_grad)H…šÉñºƒP“
!gradients/bn4a_branch2a/beta_grad¶¥Éñºƒ .(.BVgradients/bn4a_branch2a/beta_grad = BackpropGrad(gradients/res4a_branch2b/kernel_grad)H¶¥ÉñºƒP”
"gradients/bn4a_branch2a/gamma_gradä¥Éñºƒ (BTgradients/bn4a_branch2a/gamma_grad = BackpropGrad(gradients/bn4a_branch2a/beta_grad)Hä¥ÉñºƒP™
$gradients/res4a_branch2a/kernel_gradò§Éñºƒ æ
(æ
BWgradients/res4a_branch2a/kernel_grad = BackpropGrad(gradients/bn4a_branch2a/gamma_grad)Hò§ÉñºƒP“
!gradients/bn3d_branch2c/beta_gradØ²Éñºƒ R(RBVgradients/bn3d_branch2c/beta_grad = BackpropGrad(gradients/res4a_branch2a/kernel_grad)HØ²ÉñºƒP”
"gradients/bn3d_branch2c/gamma_gradª³Éñºƒ “(“BTgradients/bn3d_branch2c/gamma_grad = BackpropGrad(gradients/bn3d_branch2c/beta_grad)Hª³ÉñºƒP™
$gradients/res3d_branch2c/kernel_grad½·Éñºƒ ¾(¾BWgradients/res3d_branch2c/kernel_grad = BackpropGrad(gradients/bn3d_branch2c/gamma_grad)H½·ÉñºƒP“
!gradients/bn3d_branch2b/beta_gradû¼Éñºƒ (BVgradients/bn3d_branch2b/beta_grad = BackpropGrad(gradients/res3d_branch2c/kernel_grad)Hû¼ÉñºƒP”
"gradients/bn3d_branch2b/gamma_grad–½Éñºƒ Š(ŠBTgradients/bn3d_branch2b/gamma_grad = BackpropGrad(gradients/bn3d_branch2b/beta_grad)H–½ÉñºƒP™
$gradients/res3d_branch2b/kernel_grad ¾Éñºƒ Ø(ØBWgradients/res3d_branch2b/kernel_grad = BackpropGrad(gradients/bn3d_branch2b/gamma_grad)H ¾ÉñºƒP“
!gradients/bn3d_branch2a/beta_gradøÉÉñºƒ (BVgradients/bn3d_branch2a/beta_grad = BackpropGrad(gradients/res3d_branch2b/kernel_grad)HøÉÉñºƒP”
"gradients/bn3d_branch2a/gamma_grad’ÊÉñºƒ ‰(‰BTgradients/bn3d_branch2a/gamma_grad = BackpropGrad(gradients/bn3d_branch2a/beta_grad)H’ÊÉñºƒP™
$gradients/res3d_branch2a/kernel_grad›ËÉñºƒ ª(ªBWgradients/res3d_branch2a/kernel_grad = BackpropGrad(gradients/bn3d_branch2a/gamma_grad)H›ËÉñºƒP“
!gradients/bn3c_branch2c/beta_gradÅĞÉñºƒ S(SBVgradients/bn3c_branch2c/beta_grad = BackpropGrad(gradients/res3d_branch2a/kernel_grad)HÅĞÉñºƒP”
"gradients/bn3c_branch2c/gamma_grad˜ÑÉñºƒ š(šBTgradients/bn3c_branch2c/gamma_grad = BackpropGrad(gradients/bn3c_branch2c/beta_grad)H˜ÑÉñºƒP™
$gradients/res3c_branch2c/kernel_grad²ÕÉñºƒ Á(ÁBWgradients/res3c_branch2c/kernel_grad = BackpropGrad(gradients/bn3c_branch2c/gamma_grad)H²ÕÉñºƒP“
!gradients/bn3c_branch2b/beta_gradóÚÉñºƒ (BVgradients/bn3c_branch2b/beta_grad = BackpropGrad(gradients/res3c_branch2c/kernel_grad)HóÚÉñºƒP”
"gradients/bn3c_branch2b/gamma_gradÛÉñºƒ „(„BTgradients/bn3c_branch2b/gamma_grad = BackpropGrad(gradients/bn3c_branch2b/beta_grad)HÛÉñºƒP™
$gradients/res3c_branch2b/kernel_grad“ÜÉñºƒ (BWgradients/res3c_branch2b/kernel_grad = BackpropGrad(gradients/bn3c_branch2b/gamma_grad)H“ÜÉñºƒP“
!gradients/bn3c_branch2a/beta_grad±çÉñºƒ (BVgradients/bn3c_branch2a/beta_grad = BackpropGrad(gradients/res3c_branch2b/kernel_grad)H±çÉñºƒP”
"gradients/bn3c_branch2a/gamma_gradÌçÉñºƒ „(„BTgradients/bn3c_branch2a/gamma_grad = BackpropGrad(gradients/bn3c_branch2a/beta_grad)HÌçÉñºƒP™
$gradients/res3c_branch2a/kernel_gradĞèÉñºƒ (BWgradients/res3c_branch2a/kernel_grad = BackpropGrad(gradients/bn3c_branch2a/gamma_grad)HĞèÉñºƒP“
!gradients/bn3b_branch2c/beta_gradŞíÉñºƒ R(RBVgradients/bn3b_branch2c/beta_grad = BackpropGrad(gradients/res3c_branch2a/kernel_grad)HŞíÉñºƒP”
"gradients/bn3b_branch2c/gamma_grad°îÉñºƒ õ(õBTgradients/bn3b_branch2c/gamma_grad = BackpropGrad(gradients/bn3b_branch2c/beta_grad)H°îÉñºƒP™
$gradients/res3b_branch2c/kernel_grad¥òÉñºƒ ­(­BWgradients/res3b_branch2c/kernel_grad = BackpropGrad(gradients/bn3b_branch2c/gamma_grad)H¥òÉñºƒP“
!gradients/bn3b_branch2b/beta_gradÒ÷Éñºƒ (BVgradients/bn3b_branch2b/beta_grad = BackpropGrad(gradients/res3b_branch2c/kernel_grad)HÒ÷ÉñºƒP”
"gradients/bn3b_branch2b/gamma_gradì÷Éñºƒ (BTgradients/bn3b_branch2b/gamma_grad = BackpropGrad(gradients/bn3b_branch2b/beta_grad)Hì÷ÉñºƒP™
$gradients/res3b_branch2b/kernel_gradúøÉñºƒ ¶(¶BWgradients/res3b_branch2b/kernel_grad = BackpropGrad(gradients/bn3b_branch2b/gamma_grad)HúøÉñºƒP“
!gradients/bn3b_branch2a/beta_grad°„Êñºƒ (BVgradients/bn3b_branch2a/beta_grad = BackpropGrad(gradients/res3b_branch2b/kernel_grad)H°„ÊñºƒP”
"gradients/bn3b_branch2a/gamma_gradÉ„Êñºƒ ‡(‡BTgradients/bn3b_branch2a/gamma_grad = BackpropGrad(gradients/bn3b_branch2a/beta_grad)HÉ„ÊñºƒP™
$gradients/res3b_branch2a/kernel_gradĞ…Êñºƒ œ(œBWgradients/res3b_branch2a/kernel_grad = BackpropGrad(gradients/bn3b_branch2a/gamma_grad)HĞ…ÊñºƒP‘
 gradients/bn3a_branch1/beta_gradìŠÊñºƒ T(TBUgradients/bn3a_branch1/beta_grad = BackpropGrad(gradients/res3b_branch2a/kernel_grad)HìŠÊñºƒP‘
!gradients/bn3a_branch1/gamma_gradÀ‹Êñºƒ ¶(¶BRgradients/bn3a_branch1/gamma_grad = BackpropGrad(gradients/bn3a_branch1/beta_grad)HÀ‹ÊñºƒP–
#gradients/res3a_branch1/kernel_gradöÊñºƒ 
(
BUgradients/res3a_branch1/kernel_grad = BackpropGrad(gradients/bn3a_branch1/gamma_grad)HöÊñºƒP’
!gradients/bn3a_branch2c/beta_grad…˜Êñºƒ T(TBUgradients/bn3a_branch2c/beta_grad = BackpropGrad(gradients/res3a_branch1/kernel_grad)H…˜ÊñºƒP”
"gradients/bn3a_branch2c/gamma_gradÙ˜Êñºƒ Š(ŠBTgradients/bn3a_branch2c/gamma_grad = BackpropGrad(gradients/bn3a_branch2c/beta_grad)HÙ˜ÊñºƒP™
$gradients/res3a_branch2c/kernel_gradãœÊñºƒ ’(’BWgradients/res3a_branch2c/kernel_grad = BackpropGrad(gradients/bn3a_branch2c/gamma_grad)HãœÊñºƒP“
!gradients/bn3a_branch2b/beta_gradõ¡Êñºƒ (BVgradients/bn3a_branch2b/beta_grad = BackpropGrad(gradients/res3a_branch2c/kernel_grad)Hõ¡ÊñºƒP”
"gradients/bn3a_branch2b/gamma_grad¢Êñºƒ †(†BTgradients/bn3a_branch2b/gamma_grad = BackpropGrad(gradients/bn3a_branch2b/beta_grad)H¢ÊñºƒP™
$gradients/res3a_branch2b/kernel_grad–£Êñºƒ ı(ıBWgradients/res3a_branch2b/kernel_grad = BackpropGrad(gradients/bn3a_branch2b/gamma_grad)H–£ÊñºƒP“
!gradients/bn3a_branch2a/beta_grad“¯Êñºƒ S(SBVgradients/bn3a_branch2a/beta_grad = BackpropGrad(gradients/res3a_branch2b/kernel_grad)H“¯ÊñºƒP”
"gradients/bn3a_branch2a/gamma_gradæ¯Êñºƒ „(„BTgradients/bn3a_branch2a/gamma_grad = BackpropGrad(gradients/bn3a_branch2a/beta_grad)Hæ¯ÊñºƒP™
$gradients/res3a_branch2a/kernel_gradê³Êñºƒ ß
(ß
BWgradients/res3a_branch2a/kernel_grad = BackpropGrad(gradients/bn3a_branch2a/gamma_grad)Hê³ÊñºƒP•
!gradients/bn2c_branch2c/beta_gradÉ¾Êñºƒ •(•BVgradients/bn2c_branch2c/beta_grad = BackpropGrad(gradients/res3a_branch2a/kernel_grad)HÉ¾ÊñºƒP”
"gradients/bn2c_branch2c/gamma_gradŞ¿Êñºƒ (BTgradients/bn2c_branch2c/gamma_grad = BackpropGrad(gradients/bn2c_branch2c/beta_grad)HŞ¿ÊñºƒP™
$gradients/res2c_branch2c/kernel_gradüÇÊñºƒ Ÿ(ŸBWgradients/res2c_branch2c/kernel_grad = BackpropGrad(gradients/bn2c_branch2c/gamma_grad)HüÇÊñºƒP“
!gradients/bn2c_branch2b/beta_grad›ÍÊñºƒ .(.BVgradients/bn2c_branch2b/beta_grad = BackpropGrad(gradients/res2c_branch2c/kernel_grad)H›ÍÊñºƒP”
"gradients/bn2c_branch2b/gamma_gradÉÍÊñºƒ (BTgradients/bn2c_branch2b/gamma_grad = BackpropGrad(gradients/bn2c_branch2b/beta_grad)HÉÍÊñºƒP™
$gradients/res2c_branch2b/kernel_gradÖÏÊñºƒ Ò(ÒBWgradients/res2c_branch2b/kernel_grad = BackpropGrad(gradients/bn2c_branch2b/gamma_grad)HÖÏÊñºƒP“
!gradients/bn2c_branch2a/beta_grad¨ÛÊñºƒ -(-BVgradients/bn2c_branch2a/beta_grad = BackpropGrad(gradients/res2c_branch2b/kernel_grad)H¨ÛÊñºƒP”
"gradients/bn2c_branch2a/gamma_gradÕÛÊñºƒ ˆ(ˆBTgradients/bn2c_branch2a/gamma_grad = BackpropGrad(gradients/bn2c_branch2a/beta_grad)HÕÛÊñºƒP™
$gradients/res2c_branch2a/kernel_gradİİÊñºƒ ¸(¸BWgradients/res2c_branch2a/kernel_grad = BackpropGrad(gradients/bn2c_branch2a/gamma_grad)HİİÊñºƒP•
!gradients/bn2b_branch2c/beta_grad•ãÊñºƒ ™(™BVgradients/bn2b_branch2c/beta_grad = BackpropGrad(gradients/res2c_branch2a/kernel_grad)H•ãÊñºƒP”
"gradients/bn2b_branch2c/gamma_grad®äÊñºƒ ˆ(ˆBTgradients/bn2b_branch2c/gamma_grad = BackpropGrad(gradients/bn2b_branch2c/beta_grad)H®äÊñºƒP™
$gradients/res2b_branch2c/kernel_grad¶ìÊñºƒ …(…BWgradients/res2b_branch2c/kernel_grad = BackpropGrad(gradients/bn2b_branch2c/gamma_grad)H¶ìÊñºƒP“
!gradients/bn2b_branch2b/beta_grad»ñÊñºƒ /(/BVgradients/bn2b_branch2b/beta_grad = BackpropGrad(gradients/res2b_branch2c/kernel_grad)H»ñÊñºƒP”
"gradients/bn2b_branch2b/gamma_gradêñÊñºƒ ú(úBTgradients/bn2b_branch2b/gamma_grad = BackpropGrad(gradients/bn2b_branch2b/beta_grad)HêñÊñºƒP™
$gradients/res2b_branch2b/kernel_gradäóÊñºƒ ­(­BWgradients/res2b_branch2b/kernel_grad = BackpropGrad(gradients/bn2b_branch2b/gamma_grad)HäóÊñºƒP“
!gradients/bn2b_branch2a/beta_grad‘ÿÊñºƒ +(+BVgradients/bn2b_branch2a/beta_grad = BackpropGrad(gradients/res2b_branch2b/kernel_grad)H‘ÿÊñºƒP”
"gradients/bn2b_branch2a/gamma_grad¼ÿÊñºƒ Œ(ŒBTgradients/bn2b_branch2a/gamma_grad = BackpropGrad(gradients/bn2b_branch2a/beta_grad)H¼ÿÊñºƒP™
$gradients/res2b_branch2a/kernel_gradÈËñºƒ °(°BWgradients/res2b_branch2a/kernel_grad = BackpropGrad(gradients/bn2b_branch2a/gamma_grad)HÈËñºƒP“
 gradients/bn2a_branch1/beta_gradø†Ëñºƒ (BUgradients/bn2a_branch1/beta_grad = BackpropGrad(gradients/res2b_branch2a/kernel_grad)Hø†ËñºƒP‘
!gradients/bn2a_branch1/gamma_grad–ˆËñºƒ Î(ÎBRgradients/bn2a_branch1/gamma_grad = BackpropGrad(gradients/bn2a_branch1/beta_grad)H–ˆËñºƒP–
#gradients/res2a_branch1/kernel_gradäŒËñºƒ •(•BUgradients/res2a_branch1/kernel_grad = BackpropGrad(gradients/bn2a_branch1/gamma_grad)HäŒËñºƒP”
!gradients/bn2a_branch2c/beta_gradù‘Ëñºƒ (BUgradients/bn2a_branch2c/beta_grad = BackpropGrad(gradients/res2a_branch1/kernel_grad)Hù‘ËñºƒP”
"gradients/bn2a_branch2c/gamma_grad—“Ëñºƒ ô(ôBTgradients/bn2a_branch2c/gamma_grad = BackpropGrad(gradients/bn2a_branch2c/beta_grad)H—“ËñºƒP™
$gradients/res2a_branch2c/kernel_grad‹›Ëñºƒ Î(ÎBWgradients/res2a_branch2c/kernel_grad = BackpropGrad(gradients/bn2a_branch2c/gamma_grad)H‹›ËñºƒP“
!gradients/bn2a_branch2b/beta_gradÙ Ëñºƒ -(-BVgradients/bn2a_branch2b/beta_grad = BackpropGrad(gradients/res2a_branch2c/kernel_grad)HÙ ËñºƒP”
"gradients/bn2a_branch2b/gamma_grad†¡Ëñºƒ ˆ(ˆBTgradients/bn2a_branch2b/gamma_grad = BackpropGrad(gradients/bn2a_branch2b/beta_grad)H†¡ËñºƒP™
$gradients/res2a_branch2b/kernel_grad£Ëñºƒ ‡(‡BWgradients/res2a_branch2b/kernel_grad = BackpropGrad(gradients/bn2a_branch2b/gamma_grad)H£ËñºƒP“
!gradients/bn2a_branch2a/beta_grad•¯Ëñºƒ ,(,BVgradients/bn2a_branch2a/beta_grad = BackpropGrad(gradients/res2a_branch2b/kernel_grad)H•¯ËñºƒP”
"gradients/bn2a_branch2a/gamma_gradÁ¯Ëñºƒ †(†BTgradients/bn2a_branch2a/gamma_grad = BackpropGrad(gradients/bn2a_branch2a/beta_grad)HÁ¯ËñºƒP™
$gradients/res2a_branch2a/kernel_gradÇ±Ëñºƒ ¥(¥BWgradients/res2a_branch2a/kernel_grad = BackpropGrad(gradients/bn2a_branch2a/gamma_grad)HÇ±ËñºƒP‹
gradients/bn_conv1/beta_gradì²Ëñºƒ “(“BQgradients/bn_conv1/beta_grad = BackpropGrad(gradients/res2a_branch2a/kernel_grad)Hì²ËñºƒP…
gradients/bn_conv1/gamma_gradÿ³Ëñºƒ ˜(˜BJgradients/bn_conv1/gamma_grad = BackpropGrad(gradients/bn_conv1/beta_grad)Hÿ³ËñºƒP‚
gradients/conv1/kernel_grad—¿Ëñºƒ ‰(‰BIgradients/conv1/kernel_grad = BackpropGrad(gradients/bn_conv1/gamma_grad)H—¿ËñºƒP
´ 
%/job:ps/replica:0/task:0/device:CPU:0W
conv1/kernel/readº‘Âñºƒ (B*conv1/kernel/read = Identity(conv1/kernel)Hº‘ÂñºƒP]
bn_conv1/gamma/read½‘Âñºƒ (B.bn_conv1/gamma/read = Identity(bn_conv1/gamma)H½‘ÂñºƒPZ
bn_conv1/beta/readÀ‘Âñºƒ (B,bn_conv1/beta/read = Identity(bn_conv1/beta)HÀ‘ÂñºƒPr
res2a_branch2a/kernel/readÃ‘Âñºƒ (B<res2a_branch2a/kernel/read = Identity(res2a_branch2a/kernel)HÃ‘ÂñºƒPl
bn2a_branch2a/gamma/readÆ‘Âñºƒ (B8bn2a_branch2a/gamma/read = Identity(bn2a_branch2a/gamma)HÆ‘ÂñºƒPi
bn2a_branch2a/beta/readÉ‘Âñºƒ (B6bn2a_branch2a/beta/read = Identity(bn2a_branch2a/beta)HÉ‘ÂñºƒPr
res2a_branch2b/kernel/readÌ‘Âñºƒ (B<res2a_branch2b/kernel/read = Identity(res2a_branch2b/kernel)HÌ‘ÂñºƒPl
bn2a_branch2b/gamma/readÏ‘Âñºƒ (B8bn2a_branch2b/gamma/read = Identity(bn2a_branch2b/gamma)HÏ‘ÂñºƒPi
bn2a_branch2b/beta/readÒ‘Âñºƒ (B6bn2a_branch2b/beta/read = Identity(bn2a_branch2b/beta)HÒ‘ÂñºƒPr
res2a_branch2c/kernel/readÕ‘Âñºƒ (B<res2a_branch2c/kernel/read = Identity(res2a_branch2c/kernel)HÕ‘ÂñºƒPl
bn2a_branch2c/gamma/readØ‘Âñºƒ (B8bn2a_branch2c/gamma/read = Identity(bn2a_branch2c/gamma)HØ‘ÂñºƒPi
bn2a_branch2c/beta/readÛ‘Âñºƒ (B6bn2a_branch2c/beta/read = Identity(bn2a_branch2c/beta)HÛ‘ÂñºƒPo
res2a_branch1/kernel/readŞ‘Âñºƒ (B:res2a_branch1/kernel/read = Identity(res2a_branch1/kernel)HŞ‘ÂñºƒPi
bn2a_branch1/gamma/readá‘Âñºƒ (B6bn2a_branch1/gamma/read = Identity(bn2a_branch1/gamma)Há‘ÂñºƒPf
bn2a_branch1/beta/readå‘Âñºƒ (B4bn2a_branch1/beta/read = Identity(bn2a_branch1/beta)Hå‘ÂñºƒPr
res2b_branch2a/kernel/readè‘Âñºƒ (B<res2b_branch2a/kernel/read = Identity(res2b_branch2a/kernel)Hè‘ÂñºƒPl
bn2b_branch2a/gamma/readë‘Âñºƒ (B8bn2b_branch2a/gamma/read = Identity(bn2b_branch2a/gamma)Hë‘ÂñºƒPi
bn2b_branch2a/beta/readî‘Âñºƒ (B6bn2b_branch2a/beta/read = Identity(bn2b_branch2a/beta)Hî‘ÂñºƒPr
res2b_branch2b/kernel/readñ‘Âñºƒ (B<res2b_branch2b/kernel/read = Identity(res2b_branch2b/kernel)Hñ‘ÂñºƒPl
bn2b_branch2b/gamma/readó‘Âñºƒ (B8bn2b_branch2b/gamma/read = Identity(bn2b_branch2b/gamma)Hó‘ÂñºƒPi
bn2b_branch2b/beta/read÷‘Âñºƒ (B6bn2b_branch2b/beta/read = Identity(bn2b_branch2b/beta)H÷‘ÂñºƒPr
res2b_branch2c/kernel/readú‘Âñºƒ (B<res2b_branch2c/kernel/read = Identity(res2b_branch2c/kernel)Hú‘ÂñºƒPl
bn2b_branch2c/gamma/readü‘Âñºƒ (B8bn2b_branch2c/gamma/read = Identity(bn2b_branch2c/gamma)Hü‘ÂñºƒPi
bn2b_branch2c/beta/readÿ‘Âñºƒ (B6bn2b_branch2c/beta/read = Identity(bn2b_branch2c/beta)Hÿ‘ÂñºƒPr
res2c_branch2a/kernel/read‚’Âñºƒ (B<res2c_branch2a/kernel/read = Identity(res2c_branch2a/kernel)H‚’ÂñºƒPl
bn2c_branch2a/gamma/read†’Âñºƒ (B8bn2c_branch2a/gamma/read = Identity(bn2c_branch2a/gamma)H†’ÂñºƒPi
bn2c_branch2a/beta/readˆ’Âñºƒ (B6bn2c_branch2a/beta/read = Identity(bn2c_branch2a/beta)Hˆ’ÂñºƒPr
res2c_branch2b/kernel/read‹’Âñºƒ (B<res2c_branch2b/kernel/read = Identity(res2c_branch2b/kernel)H‹’ÂñºƒPl
bn2c_branch2b/gamma/read’Âñºƒ (B8bn2c_branch2b/gamma/read = Identity(bn2c_branch2b/gamma)H’ÂñºƒPi
bn2c_branch2b/beta/read‘’Âñºƒ (B6bn2c_branch2b/beta/read = Identity(bn2c_branch2b/beta)H‘’ÂñºƒPr
res2c_branch2c/kernel/read”’Âñºƒ (B<res2c_branch2c/kernel/read = Identity(res2c_branch2c/kernel)H”’ÂñºƒPl
bn2c_branch2c/gamma/read—’Âñºƒ (B8bn2c_branch2c/gamma/read = Identity(bn2c_branch2c/gamma)H—’ÂñºƒPi
bn2c_branch2c/beta/readš’Âñºƒ (B6bn2c_branch2c/beta/read = Identity(bn2c_branch2c/beta)Hš’ÂñºƒPr
res3a_branch2a/kernel/read’Âñºƒ (B<res3a_branch2a/kernel/read = Identity(res3a_branch2a/kernel)H’ÂñºƒPl
bn3a_branch2a/gamma/read ’Âñºƒ (B8bn3a_branch2a/gamma/read = Identity(bn3a_branch2a/gamma)H ’ÂñºƒPi
bn3a_branch2a/beta/read£’Âñºƒ (B6bn3a_branch2a/beta/read = Identity(bn3a_branch2a/beta)H£’ÂñºƒPr
res3a_branch2b/kernel/read¦’Âñºƒ (B<res3a_branch2b/kernel/read = Identity(res3a_branch2b/kernel)H¦’ÂñºƒPl
bn3a_branch2b/gamma/read©’Âñºƒ (B8bn3a_branch2b/gamma/read = Identity(bn3a_branch2b/gamma)H©’ÂñºƒPi
bn3a_branch2b/beta/read¬’Âñºƒ (B6bn3a_branch2b/beta/read = Identity(bn3a_branch2b/beta)H¬’ÂñºƒPr
res3a_branch2c/kernel/read¯’Âñºƒ (B<res3a_branch2c/kernel/read = Identity(res3a_branch2c/kernel)H¯’ÂñºƒPl
bn3a_branch2c/gamma/read²’Âñºƒ (B8bn3a_branch2c/gamma/read = Identity(bn3a_branch2c/gamma)H²’ÂñºƒPi
bn3a_branch2c/beta/readµ’Âñºƒ (B6bn3a_branch2c/beta/read = Identity(bn3a_branch2c/beta)Hµ’ÂñºƒPo
res3a_branch1/kernel/read¸’Âñºƒ (B:res3a_branch1/kernel/read = Identity(res3a_branch1/kernel)H¸’ÂñºƒPi
bn3a_branch1/gamma/read»’Âñºƒ (B6bn3a_branch1/gamma/read = Identity(bn3a_branch1/gamma)H»’ÂñºƒPf
bn3a_branch1/beta/read¾’Âñºƒ (B4bn3a_branch1/beta/read = Identity(bn3a_branch1/beta)H¾’ÂñºƒPr
res3b_branch2a/kernel/readÁ’Âñºƒ (B<res3b_branch2a/kernel/read = Identity(res3b_branch2a/kernel)HÁ’ÂñºƒPl
bn3b_branch2a/gamma/readÄ’Âñºƒ (B8bn3b_branch2a/gamma/read = Identity(bn3b_branch2a/gamma)HÄ’ÂñºƒPi
bn3b_branch2a/beta/readÇ’Âñºƒ (B6bn3b_branch2a/beta/read = Identity(bn3b_branch2a/beta)HÇ’ÂñºƒPr
res3b_branch2b/kernel/readÊ’Âñºƒ (B<res3b_branch2b/kernel/read = Identity(res3b_branch2b/kernel)HÊ’ÂñºƒPl
bn3b_branch2b/gamma/readÍ’Âñºƒ (B8bn3b_branch2b/gamma/read = Identity(bn3b_branch2b/gamma)HÍ’ÂñºƒPi
bn3b_branch2b/beta/readĞ’Âñºƒ (B6bn3b_branch2b/beta/read = Identity(bn3b_branch2b/beta)HĞ’ÂñºƒPr
res3b_branch2c/kernel/readÒ’Âñºƒ (B<res3b_branch2c/kernel/read = Identity(res3b_branch2c/kernel)HÒ’ÂñºƒPl
bn3b_branch2c/gamma/readÕ’Âñºƒ (B8bn3b_branch2c/gamma/read = Identity(bn3b_branch2c/gamma)HÕ’ÂñºƒPi
bn3b_branch2c/beta/readØ’Âñºƒ (B6bn3b_branch2c/beta/read = Identity(bn3b_branch2c/beta)HØ’ÂñºƒPr
res3c_branch2a/kernel/readÛ’Âñºƒ (B<res3c_branch2a/kernel/read = Identity(res3c_branch2a/kernel)HÛ’ÂñºƒPl
bn3c_branch2a/gamma/readŞ’Âñºƒ (B8bn3c_branch2a/gamma/read = Identity(bn3c_branch2a/gamma)HŞ’ÂñºƒPi
bn3c_branch2a/beta/readá’Âñºƒ (B6bn3c_branch2a/beta/read = Identity(bn3c_branch2a/beta)Há’ÂñºƒPr
res3c_branch2b/kernel/readä’Âñºƒ (B<res3c_branch2b/kernel/read = Identity(res3c_branch2b/kernel)Hä’ÂñºƒPl
bn3c_branch2b/gamma/readç’Âñºƒ (B8bn3c_branch2b/gamma/read = Identity(bn3c_branch2b/gamma)Hç’ÂñºƒPi
bn3c_branch2b/beta/readê’Âñºƒ (B6bn3c_branch2b/beta/read = Identity(bn3c_branch2b/beta)Hê’ÂñºƒPr
res3c_branch2c/kernel/readí’Âñºƒ (B<res3c_branch2c/kernel/read = Identity(res3c_branch2c/kernel)Hí’ÂñºƒPl
bn3c_branch2c/gamma/readğ’Âñºƒ (B8bn3c_branch2c/gamma/read = Identity(bn3c_branch2c/gamma)Hğ’ÂñºƒPi
bn3c_branch2c/beta/readó’Âñºƒ (B6bn3c_branch2c/beta/read = Identity(bn3c_branch2c/beta)Hó’ÂñºƒPr
res3d_branch2a/kernel/readö’Âñºƒ (B<res3d_branch2a/kernel/read = Identity(res3d_branch2a/kernel)Hö’ÂñºƒPl
bn3d_branch2a/gamma/readù’Âñºƒ (B8bn3d_branch2a/gamma/read = Identity(bn3d_branch2a/gamma)Hù’ÂñºƒPi
bn3d_branch2a/beta/readü’Âñºƒ (B6bn3d_branch2a/beta/read = Identity(bn3d_branch2a/beta)Hü’ÂñºƒPr
res3d_branch2b/kernel/readÿ’Âñºƒ (B<res3d_branch2b/kernel/read = Identity(res3d_branch2b/kernel)Hÿ’ÂñºƒPl
bn3d_branch2b/gamma/read‚“Âñºƒ (B8bn3d_branch2b/gamma/read = Identity(bn3d_branch2b/gamma)H‚“ÂñºƒPi
bn3d_branch2b/beta/read…“Âñºƒ (B6bn3d_branch2b/beta/read = Identity(bn3d_branch2b/beta)H…“ÂñºƒPr
res3d_branch2c/kernel/readˆ“Âñºƒ (B<res3d_branch2c/kernel/read = Identity(res3d_branch2c/kernel)Hˆ“ÂñºƒPl
bn3d_branch2c/gamma/readŠ“Âñºƒ (B8bn3d_branch2c/gamma/read = Identity(bn3d_branch2c/gamma)HŠ“ÂñºƒPi
bn3d_branch2c/beta/read“Âñºƒ (B6bn3d_branch2c/beta/read = Identity(bn3d_branch2c/beta)H“ÂñºƒPr
res4a_branch2a/kernel/read“Âñºƒ (B<res4a_branch2a/kernel/read = Identity(res4a_branch2a/kernel)H“ÂñºƒPl
bn4a_branch2a/gamma/read““Âñºƒ (B8bn4a_branch2a/gamma/read = Identity(bn4a_branch2a/gamma)H““ÂñºƒPi
bn4a_branch2a/beta/read–“Âñºƒ (B6bn4a_branch2a/beta/read = Identity(bn4a_branch2a/beta)H–“ÂñºƒPr
res4a_branch2b/kernel/readš“Âñºƒ (B<res4a_branch2b/kernel/read = Identity(res4a_branch2b/kernel)Hš“ÂñºƒPl
bn4a_branch2b/gamma/readœ“Âñºƒ (B8bn4a_branch2b/gamma/read = Identity(bn4a_branch2b/gamma)Hœ“ÂñºƒPi
bn4a_branch2b/beta/read “Âñºƒ (B6bn4a_branch2b/beta/read = Identity(bn4a_branch2b/beta)H “ÂñºƒPr
res4a_branch2c/kernel/read¢“Âñºƒ (B<res4a_branch2c/kernel/read = Identity(res4a_branch2c/kernel)H¢“ÂñºƒPl
bn4a_branch2c/gamma/read¥“Âñºƒ (B8bn4a_branch2c/gamma/read = Identity(bn4a_branch2c/gamma)H¥“ÂñºƒPi
bn4a_branch2c/beta/read©“Âñºƒ (B6bn4a_branch2c/beta/read = Identity(bn4a_branch2c/beta)H©“ÂñºƒPo
res4a_branch1/kernel/read¬“Âñºƒ (B:res4a_branch1/kernel/read = Identity(res4a_branch1/kernel)H¬“ÂñºƒPi
bn4a_branch1/gamma/read¯“Âñºƒ (B6bn4a_branch1/gamma/read = Identity(bn4a_branch1/gamma)H¯“ÂñºƒPf
bn4a_branch1/beta/read²“Âñºƒ (B4bn4a_branch1/beta/read = Identity(bn4a_branch1/beta)H²“ÂñºƒPr
res4b_branch2a/kernel/readµ“Âñºƒ (B<res4b_branch2a/kernel/read = Identity(res4b_branch2a/kernel)Hµ“ÂñºƒPl
bn4b_branch2a/gamma/read¸“Âñºƒ (B8bn4b_branch2a/gamma/read = Identity(bn4b_branch2a/gamma)H¸“ÂñºƒPi
bn4b_branch2a/beta/read»“Âñºƒ (B6bn4b_branch2a/beta/read = Identity(bn4b_branch2a/beta)H»“ÂñºƒPr
res4b_branch2b/kernel/read¾“Âñºƒ (B<res4b_branch2b/kernel/read = Identity(res4b_branch2b/kernel)H¾“ÂñºƒPl
bn4b_branch2b/gamma/readÁ“Âñºƒ (B8bn4b_branch2b/gamma/read = Identity(bn4b_branch2b/gamma)HÁ“ÂñºƒPi
bn4b_branch2b/beta/readÄ“Âñºƒ (B6bn4b_branch2b/beta/read = Identity(bn4b_branch2b/beta)HÄ“ÂñºƒPr
res4b_branch2c/kernel/readÇ“Âñºƒ (B<res4b_branch2c/kernel/read = Identity(res4b_branch2c/kernel)HÇ“ÂñºƒPl
bn4b_branch2c/gamma/readÊ“Âñºƒ (B8bn4b_branch2c/gamma/read = Identity(bn4b_branch2c/gamma)HÊ“ÂñºƒPi
bn4b_branch2c/beta/readÍ“Âñºƒ (B6bn4b_branch2c/beta/read = Identity(bn4b_branch2c/beta)HÍ“ÂñºƒPr
res4c_branch2a/kernel/readĞ“Âñºƒ (B<res4c_branch2a/kernel/read = Identity(res4c_branch2a/kernel)HĞ“ÂñºƒPl
bn4c_branch2a/gamma/readÓ“Âñºƒ (B8bn4c_branch2a/gamma/read = Identity(bn4c_branch2a/gamma)HÓ“ÂñºƒPi
bn4c_branch2a/beta/readÖ“Âñºƒ (B6bn4c_branch2a/beta/read = Identity(bn4c_branch2a/beta)HÖ“ÂñºƒPr
res4c_branch2b/kernel/readÙ“Âñºƒ (B<res4c_branch2b/kernel/read = Identity(res4c_branch2b/kernel)HÙ“ÂñºƒPl
bn4c_branch2b/gamma/readÜ“Âñºƒ (B8bn4c_branch2b/gamma/read = Identity(bn4c_branch2b/gamma)HÜ“ÂñºƒPi
bn4c_branch2b/beta/readß“Âñºƒ (B6bn4c_branch2b/beta/read = Identity(bn4c_branch2b/beta)Hß“ÂñºƒPr
res4c_branch2c/kernel/readâ“Âñºƒ (B<res4c_branch2c/kernel/read = Identity(res4c_branch2c/kernel)Hâ“ÂñºƒPl
bn4c_branch2c/gamma/readå“Âñºƒ (B8bn4c_branch2c/gamma/read = Identity(bn4c_branch2c/gamma)Hå“ÂñºƒPi
bn4c_branch2c/beta/readç“Âñºƒ (B6bn4c_branch2c/beta/read = Identity(bn4c_branch2c/beta)Hç“ÂñºƒPr
res4d_branch2a/kernel/readê“Âñºƒ (B<res4d_branch2a/kernel/read = Identity(res4d_branch2a/kernel)Hê“ÂñºƒPl
bn4d_branch2a/gamma/readí“Âñºƒ (B8bn4d_branch2a/gamma/read = Identity(bn4d_branch2a/gamma)Hí“ÂñºƒPi
bn4d_branch2a/beta/readğ“Âñºƒ (B6bn4d_branch2a/beta/read = Identity(bn4d_branch2a/beta)Hğ“ÂñºƒPr
res4d_branch2b/kernel/readó“Âñºƒ (B<res4d_branch2b/kernel/read = Identity(res4d_branch2b/kernel)Hó“ÂñºƒPl
bn4d_branch2b/gamma/read÷“Âñºƒ (B8bn4d_branch2b/gamma/read = Identity(bn4d_branch2b/gamma)H÷“ÂñºƒPi
bn4d_branch2b/beta/readú“Âñºƒ (B6bn4d_branch2b/beta/read = Identity(bn4d_branch2b/beta)Hú“ÂñºƒPr
res4d_branch2c/kernel/readı“Âñºƒ (B<res4d_branch2c/kernel/read = Identity(res4d_branch2c/kernel)Hı“ÂñºƒPl
bn4d_branch2c/gamma/read€”Âñºƒ (B8bn4d_branch2c/gamma/read = Identity(bn4d_branch2c/gamma)H€”ÂñºƒPi
bn4d_branch2c/beta/readƒ”Âñºƒ (B6bn4d_branch2c/beta/read = Identity(bn4d_branch2c/beta)Hƒ”ÂñºƒPr
res4e_branch2a/kernel/read†”Âñºƒ (B<res4e_branch2a/kernel/read = Identity(res4e_branch2a/kernel)H†”ÂñºƒPl
bn4e_branch2a/gamma/readˆ”Âñºƒ (B8bn4e_branch2a/gamma/read = Identity(bn4e_branch2a/gamma)Hˆ”ÂñºƒPi
bn4e_branch2a/beta/read‹”Âñºƒ (B6bn4e_branch2a/beta/read = Identity(bn4e_branch2a/beta)H‹”ÂñºƒPr
res4e_branch2b/kernel/read”Âñºƒ (B<res4e_branch2b/kernel/read = Identity(res4e_branch2b/kernel)H”ÂñºƒPl
bn4e_branch2b/gamma/read‘”Âñºƒ (B8bn4e_branch2b/gamma/read = Identity(bn4e_branch2b/gamma)H‘”ÂñºƒPi
bn4e_branch2b/beta/read””Âñºƒ (B6bn4e_branch2b/beta/read = Identity(bn4e_branch2b/beta)H””ÂñºƒPr
res4e_branch2c/kernel/read—”Âñºƒ (B<res4e_branch2c/kernel/read = Identity(res4e_branch2c/kernel)H—”ÂñºƒPl
bn4e_branch2c/gamma/readš”Âñºƒ (B8bn4e_branch2c/gamma/read = Identity(bn4e_branch2c/gamma)Hš”ÂñºƒPi
bn4e_branch2c/beta/read”Âñºƒ (B6bn4e_branch2c/beta/read = Identity(bn4e_branch2c/beta)H”ÂñºƒPr
res4f_branch2a/kernel/read ”Âñºƒ (B<res4f_branch2a/kernel/read = Identity(res4f_branch2a/kernel)H ”ÂñºƒPl
bn4f_branch2a/gamma/read£”Âñºƒ (B8bn4f_branch2a/gamma/read = Identity(bn4f_branch2a/gamma)H£”ÂñºƒPi
bn4f_branch2a/beta/read¦”Âñºƒ (B6bn4f_branch2a/beta/read = Identity(bn4f_branch2a/beta)H¦”ÂñºƒPr
res4f_branch2b/kernel/read©”Âñºƒ (B<res4f_branch2b/kernel/read = Identity(res4f_branch2b/kernel)H©”ÂñºƒPl
bn4f_branch2b/gamma/read¬”Âñºƒ (B8bn4f_branch2b/gamma/read = Identity(bn4f_branch2b/gamma)H¬”ÂñºƒPi
bn4f_branch2b/beta/read¯”Âñºƒ (B6bn4f_branch2b/beta/read = Identity(bn4f_branch2b/beta)H¯”ÂñºƒPr
res4f_branch2c/kernel/read²”Âñºƒ (B<res4f_branch2c/kernel/read = Identity(res4f_branch2c/kernel)H²”ÂñºƒPl
bn4f_branch2c/gamma/readµ”Âñºƒ (B8bn4f_branch2c/gamma/read = Identity(bn4f_branch2c/gamma)Hµ”ÂñºƒPi
bn4f_branch2c/beta/read¸”Âñºƒ (B6bn4f_branch2c/beta/read = Identity(bn4f_branch2c/beta)H¸”ÂñºƒPr
res5a_branch2a/kernel/read»”Âñºƒ (B<res5a_branch2a/kernel/read = Identity(res5a_branch2a/kernel)H»”ÂñºƒPl
bn5a_branch2a/gamma/read¾”Âñºƒ (B8bn5a_branch2a/gamma/read = Identity(bn5a_branch2a/gamma)H¾”ÂñºƒPi
bn5a_branch2a/beta/readÁ”Âñºƒ (B6bn5a_branch2a/beta/read = Identity(bn5a_branch2a/beta)HÁ”ÂñºƒPr
res5a_branch2b/kernel/readÄ”Âñºƒ (B<res5a_branch2b/kernel/read = Identity(res5a_branch2b/kernel)HÄ”ÂñºƒPl
bn5a_branch2b/gamma/readÆ”Âñºƒ (B8bn5a_branch2b/gamma/read = Identity(bn5a_branch2b/gamma)HÆ”ÂñºƒPi
bn5a_branch2b/beta/readÉ”Âñºƒ (B6bn5a_branch2b/beta/read = Identity(bn5a_branch2b/beta)HÉ”ÂñºƒPr
res5a_branch2c/kernel/readÌ”Âñºƒ (B<res5a_branch2c/kernel/read = Identity(res5a_branch2c/kernel)HÌ”ÂñºƒPl
bn5a_branch2c/gamma/readÏ”Âñºƒ (B8bn5a_branch2c/gamma/read = Identity(bn5a_branch2c/gamma)HÏ”ÂñºƒPi
bn5a_branch2c/beta/readÒ”Âñºƒ (B6bn5a_branch2c/beta/read = Identity(bn5a_branch2c/beta)HÒ”ÂñºƒPo
res5a_branch1/kernel/readÕ”Âñºƒ (B:res5a_branch1/kernel/read = Identity(res5a_branch1/kernel)HÕ”ÂñºƒPi
bn5a_branch1/gamma/readØ”Âñºƒ (B6bn5a_branch1/gamma/read = Identity(bn5a_branch1/gamma)HØ”ÂñºƒPf
bn5a_branch1/beta/readÛ”Âñºƒ (B4bn5a_branch1/beta/read = Identity(bn5a_branch1/beta)HÛ”ÂñºƒPr
res5b_branch2a/kernel/readŞ”Âñºƒ (B<res5b_branch2a/kernel/read = Identity(res5b_branch2a/kernel)HŞ”ÂñºƒPl
bn5b_branch2a/gamma/readá”Âñºƒ (B8bn5b_branch2a/gamma/read = Identity(bn5b_branch2a/gamma)Há”ÂñºƒPi
bn5b_branch2a/beta/readä”Âñºƒ (B6bn5b_branch2a/beta/read = Identity(bn5b_branch2a/beta)Hä”ÂñºƒPr
res5b_branch2b/kernel/readç”Âñºƒ (B<res5b_branch2b/kernel/read = Identity(res5b_branch2b/kernel)Hç”ÂñºƒPl
bn5b_branch2b/gamma/readê”Âñºƒ (B8bn5b_branch2b/gamma/read = Identity(bn5b_branch2b/gamma)Hê”ÂñºƒPi
bn5b_branch2b/beta/readí”Âñºƒ (B6bn5b_branch2b/beta/read = Identity(bn5b_branch2b/beta)Hí”ÂñºƒPr
res5b_branch2c/kernel/readğ”Âñºƒ (B<res5b_branch2c/kernel/read = Identity(res5b_branch2c/kernel)Hğ”ÂñºƒPl
bn5b_branch2c/gamma/readó”Âñºƒ (B8bn5b_branch2c/gamma/read = Identity(bn5b_branch2c/gamma)Hó”ÂñºƒPi
bn5b_branch2c/beta/readö”Âñºƒ (B6bn5b_branch2c/beta/read = Identity(bn5b_branch2c/beta)Hö”ÂñºƒPr
res5c_branch2a/kernel/readù”Âñºƒ (B<res5c_branch2a/kernel/read = Identity(res5c_branch2a/kernel)Hù”ÂñºƒPl
bn5c_branch2a/gamma/readü”Âñºƒ (B8bn5c_branch2a/gamma/read = Identity(bn5c_branch2a/gamma)Hü”ÂñºƒPi
bn5c_branch2a/beta/readÿ”Âñºƒ (B6bn5c_branch2a/beta/read = Identity(bn5c_branch2a/beta)Hÿ”ÂñºƒPr
res5c_branch2b/kernel/read‚•Âñºƒ (B<res5c_branch2b/kernel/read = Identity(res5c_branch2b/kernel)H‚•ÂñºƒPl
bn5c_branch2b/gamma/read…•Âñºƒ (B8bn5c_branch2b/gamma/read = Identity(bn5c_branch2b/gamma)H…•ÂñºƒPi
bn5c_branch2b/beta/readˆ•Âñºƒ (B6bn5c_branch2b/beta/read = Identity(bn5c_branch2b/beta)Hˆ•ÂñºƒPr
res5c_branch2c/kernel/read‹•Âñºƒ (B<res5c_branch2c/kernel/read = Identity(res5c_branch2c/kernel)H‹•ÂñºƒPl
bn5c_branch2c/gamma/read•Âñºƒ (B8bn5c_branch2c/gamma/read = Identity(bn5c_branch2c/gamma)H•ÂñºƒPi
bn5c_branch2c/beta/read‘•Âñºƒ (B6bn5c_branch2c/beta/read = Identity(bn5c_branch2c/beta)H‘•ÂñºƒPZ
fc1000/kernel/read”•Âñºƒ (B,fc1000/kernel/read = Identity(fc1000/kernel)H”•ÂñºƒPT
fc1000/bias/read—•Âñºƒ (B(fc1000/bias/read = Identity(fc1000/bias)H—•ÂñºƒP¶

RecvTensorã©Çñºƒ \(\:
"  Bƒ[4000B] edge_162_gradients/fc1000/bias_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hã©Çñºƒ¾
'update_fc1000/bias/ApplyGradientDescent¿ªÇñºƒ (B{update_fc1000/bias/ApplyGradientDescent = ApplyGradientDescent(fc1000/bias, learning_rate, gradients/fc1000/bias_grad_S162)H¿ªÇñºƒP¾

RecvTensor–ªÇñºƒ ×5(×5:"
€€ô€€ôB…[7.8MB] edge_163_gradients/fc1000/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H–ªÇñºƒÉ
)update_fc1000/kernel/ApplyGradientDescentíßÇñºƒ Ú	(Ú	Bupdate_fc1000/kernel/ApplyGradientDescent = ApplyGradientDescent(fc1000/kernel, learning_rate, gradients/fc1000/kernel_grad_S163)HíßÇñºƒP¿

RecvTensor³ªÇñºƒ Á5(Á5:
"€@€@BŠ[8192B] edge_164_gradients/bn5c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H³ªÇñºƒÛ
.update_bn5c_branch2c/beta/ApplyGradientDescentÇéÇñºƒ (Bupdate_bn5c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2c/beta, learning_rate, gradients/bn5c_branch2c/beta_grad_S164)HÇéÇñºƒPÀ

RecvTensor¿«Çñºƒ ¼4(¼4:
"€@€@B‹[8192B] edge_165_gradients/bn5c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¿«Çñºƒß
/update_bn5c_branch2c/gamma/ApplyGradientDescentÎéÇñºƒ (B“update_bn5c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2c/gamma, learning_rate, gradients/bn5c_branch2c/gamma_grad_S165)HÎéÇñºƒPÆ

RecvTensorŞ°Çñºƒ ¢J(¢J:"
€€€€€€B[4.0MB] edge_166_gradients/res5c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŞ°Çñºƒé
1update_res5c_branch2c/kernel/ApplyGradientDescent€ûÇñºƒ ş(şB™update_res5c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res5c_branch2c/kernel, learning_rate, gradients/res5c_branch2c/kernel_grad_S166)H€ûÇñºƒP¿

RecvTensorë°Çñºƒ –J(–J:
"€€BŠ[2048B] edge_167_gradients/bn5c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hë°ÇñºƒÛ
.update_bn5c_branch2b/beta/ApplyGradientDescentş€Èñºƒ (Bupdate_bn5c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2b/beta, learning_rate, gradients/bn5c_branch2b/beta_grad_S167)Hş€ÈñºƒPÀ

RecvTensor“±Çñºƒ ğI(ğI:
"€€B‹[2048B] edge_168_gradients/bn5c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H“±Çñºƒß
/update_bn5c_branch2b/gamma/ApplyGradientDescentƒÈñºƒ (B“update_bn5c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2b/gamma, learning_rate, gradients/bn5c_branch2b/gamma_grad_S168)HƒÈñºƒPÆ

RecvTensorÕ¼Çñºƒ ™{(™{:"
€€À€€ÀB[9.0MB] edge_169_gradients/res5c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÕ¼Çñºƒé
1update_res5c_branch2b/kernel/ApplyGradientDescentî·Èñºƒ Š(ŠB™update_res5c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res5c_branch2b/kernel, learning_rate, gradients/res5c_branch2b/kernel_grad_S169)Hî·ÈñºƒP¿

RecvTensorá¼Çñºƒ {({:
"€€BŠ[2048B] edge_170_gradients/bn5c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Há¼ÇñºƒÛ
.update_bn5c_branch2a/beta/ApplyGradientDescentøÃÈñºƒ (Bupdate_bn5c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2a/beta, learning_rate, gradients/bn5c_branch2a/beta_grad_S170)HøÃÈñºƒPÀ

RecvTensor‰½Çñºƒ èz(èz:
"€€B‹[2048B] edge_171_gradients/bn5c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‰½Çñºƒß
/update_bn5c_branch2a/gamma/ApplyGradientDescentşÃÈñºƒ (B“update_bn5c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2a/gamma, learning_rate, gradients/bn5c_branch2a/gamma_grad_S171)HşÃÈñºƒPÈ

RecvTensor¨ÂÇñºƒ Î(Î:"
€€€€€€B[4.0MB] edge_172_gradients/res5c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¨ÂÇñºƒé
1update_res5c_branch2a/kernel/ApplyGradientDescentöÒÈñºƒ Ô(ÔB™update_res5c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res5c_branch2a/kernel, learning_rate, gradients/res5c_branch2a/kernel_grad_S172)HöÒÈñºƒPÁ

RecvTensorÂÂÇñºƒ »(»:
"€@€@BŠ[8192B] edge_173_gradients/bn5b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÂÂÇñºƒÛ
.update_bn5b_branch2c/beta/ApplyGradientDescentÊØÈñºƒ (Bupdate_bn5b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2c/beta, learning_rate, gradients/bn5b_branch2c/beta_grad_S173)HÊØÈñºƒPÂ

RecvTensorÇÃÇñºƒ ¼(¼:
"€@€@B‹[8192B] edge_174_gradients/bn5b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÇÃÇñºƒß
/update_bn5b_branch2c/gamma/ApplyGradientDescentĞØÈñºƒ (B“update_bn5b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2c/gamma, learning_rate, gradients/bn5b_branch2c/gamma_grad_S174)HĞØÈñºƒPÈ

RecvTensorÓÈÇñºƒ µ¥(µ¥:"
€€€€€€B[4.0MB] edge_175_gradients/res5b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÓÈÇñºƒé
1update_res5b_branch2c/kernel/ApplyGradientDescentˆîÈñºƒ ¯(¯B™update_res5b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res5b_branch2c/kernel, learning_rate, gradients/res5b_branch2c/kernel_grad_S175)HˆîÈñºƒPÁ

RecvTensoràÈÇñºƒ ª¥(ª¥:
"€€BŠ[2048B] edge_176_gradients/bn5b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HàÈÇñºƒÛ
.update_bn5b_branch2b/beta/ApplyGradientDescent·óÈñºƒ (Bupdate_bn5b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2b/beta, learning_rate, gradients/bn5b_branch2b/beta_grad_S176)H·óÈñºƒPÂ

RecvTensorŠÉÇñºƒ ¥(¥:
"€€B‹[2048B] edge_177_gradients/bn5b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŠÉÇñºƒß
/update_bn5b_branch2b/gamma/ApplyGradientDescent½óÈñºƒ (B“update_bn5b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2b/gamma, learning_rate, gradients/bn5b_branch2b/gamma_grad_S177)H½óÈñºƒPÈ

RecvTensorƒÕÇñºƒ õÕ(õÕ:"
€€À€€ÀB[9.0MB] edge_178_gradients/res5b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HƒÕÇñºƒé
1update_res5b_branch2b/kernel/ApplyGradientDescentøªÉñºƒ ¢(¢B™update_res5b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res5b_branch2b/kernel, learning_rate, gradients/res5b_branch2b/kernel_grad_S178)HøªÉñºƒPÁ

RecvTensorÕÇñºƒ ı˜(ı˜:
"€€BŠ[2048B] edge_179_gradients/bn5b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÕÇñºƒÛ
.update_bn5b_branch2a/beta/ApplyGradientDescentÂóÈñºƒ (Bupdate_bn5b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2a/beta, learning_rate, gradients/bn5b_branch2a/beta_grad_S179)HÂóÈñºƒPÂ

RecvTensor¹ÕÇñºƒ ÀÕ(ÀÕ:
"€€B‹[2048B] edge_180_gradients/bn5b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¹ÕÇñºƒß
/update_bn5b_branch2a/gamma/ApplyGradientDescentš·Éñºƒ (B“update_bn5b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2a/gamma, learning_rate, gradients/bn5b_branch2a/gamma_grad_S180)Hš·ÉñºƒPÈ

RecvTensorÛÚÇñºƒ £ë(£ë:"
€€€€€€B[4.0MB] edge_181_gradients/res5b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÛÚÇñºƒé
1update_res5b_branch2a/kernel/ApplyGradientDescentşÅÉñºƒ Ç(ÇB™update_res5b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res5b_branch2a/kernel, learning_rate, gradients/res5b_branch2a/kernel_grad_S181)HşÅÉñºƒPÀ

RecvTensoröÚÇñºƒ ë(ë:
"€@€@B‰[8192B] edge_182_gradients/bn5a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HöÚÇñºƒ×
-update_bn5a_branch1/beta/ApplyGradientDescentÅËÉñºƒ (Bupdate_bn5a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch1/beta, learning_rate, gradients/bn5a_branch1/beta_grad_S182)HÅËÉñºƒPÁ

RecvTensorÇÛÇñºƒ Åê(Åê:
"€@€@BŠ[8192B] edge_183_gradients/bn5a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÇÛÇñºƒÛ
.update_bn5a_branch1/gamma/ApplyGradientDescentÌËÉñºƒ (Bupdate_bn5a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch1/gamma, learning_rate, gradients/bn5a_branch1/gamma_grad_S183)HÌËÉñºƒPÇ

RecvTensorñåÇñºƒ ¤–(¤–:"
€€€€€€BŒ[8.0MB] edge_184_gradients/res5a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HñåÇñºƒå
0update_res5a_branch1/kernel/ApplyGradientDescent•üÉñºƒ ü(üB–update_res5a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch1/kernel, learning_rate, gradients/res5a_branch1/kernel_grad_S184)H•üÉñºƒPÁ

RecvTensorŒæÇñºƒ –(–:
"€@€@BŠ[8192B] edge_185_gradients/bn5a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŒæÇñºƒÛ
.update_bn5a_branch2c/beta/ApplyGradientDescent‘ˆÊñºƒ (Bupdate_bn5a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2c/beta, learning_rate, gradients/bn5a_branch2c/beta_grad_S185)H‘ˆÊñºƒPÂ

RecvTensor•çÇñºƒ •(•:
"€@€@B‹[8192B] edge_186_gradients/bn5a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H•çÇñºƒß
/update_bn5a_branch2c/gamma/ApplyGradientDescent—ˆÊñºƒ (B“update_bn5a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2c/gamma, learning_rate, gradients/bn5a_branch2c/gamma_grad_S186)H—ˆÊñºƒPÈ

RecvTensor”ìÇñºƒ •«(•«:"
€€€€€€B[4.0MB] edge_187_gradients/res5a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H”ìÇñºƒé
1update_res5a_branch2c/kernel/ApplyGradientDescent©—Êñºƒ ¼(¼B™update_res5a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch2c/kernel, learning_rate, gradients/res5a_branch2c/kernel_grad_S187)H©—ÊñºƒPÁ

RecvTensor¡ìÇñºƒ ƒ(ƒ:
"€€BŠ[2048B] edge_188_gradients/bn5a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¡ìÇñºƒÛ
.update_bn5a_branch2b/beta/ApplyGradientDescentˆÊñºƒ (Bupdate_bn5a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2b/beta, learning_rate, gradients/bn5a_branch2b/beta_grad_S188)HˆÊñºƒPÂ

RecvTensorÉìÇñºƒ âª(âª:
"€€B‹[2048B] edge_189_gradients/bn5a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÉìÇñºƒß
/update_bn5a_branch2b/gamma/ApplyGradientDescentåœÊñºƒ (B“update_bn5a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2b/gamma, learning_rate, gradients/bn5a_branch2b/gamma_grad_S189)HåœÊñºƒPÈ

RecvTensor·øÇñºƒ ŞÛ(ŞÛ:"
€€À€€ÀB[9.0MB] edge_190_gradients/res5a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H·øÇñºƒé
1update_res5a_branch2b/kernel/ApplyGradientDescent•ÔÊñºƒ ö(öB™update_res5a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch2b/kernel, learning_rate, gradients/res5a_branch2b/kernel_grad_S190)H•ÔÊñºƒPÁ

RecvTensorÑøÇñºƒ ÆÛ(ÆÛ:
"€€BŠ[2048B] edge_191_gradients/bn5a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÑøÇñºƒÛ
.update_bn5a_branch2a/beta/ApplyGradientDescent‹àÊñºƒ (Bupdate_bn5a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2a/beta, learning_rate, gradients/bn5a_branch2a/beta_grad_S191)H‹àÊñºƒPÂ

RecvTensor×ùÇñºƒ ÂÚ(ÂÚ:
"€€B‹[2048B] edge_192_gradients/bn5a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H×ùÇñºƒß
/update_bn5a_branch2a/gamma/ApplyGradientDescentàÊñºƒ (B“update_bn5a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2a/gamma, learning_rate, gradients/bn5a_branch2a/gamma_grad_S192)HàÊñºƒPÈ

RecvTensorÿƒÈñºƒ Üİ(Üİ:"
€€€€€€B[2.0MB] edge_193_gradients/res5a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÿƒÈñºƒé
1update_res5a_branch2a/kernel/ApplyGradientDescentÛáÊñºƒ ÿ(ÿB™update_res5a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch2a/kernel, learning_rate, gradients/res5a_branch2a/kernel_grad_S193)HÛáÊñºƒPÁ

RecvTensor«„Èñºƒ ´İ(´İ:
"€ € BŠ[4096B] edge_194_gradients/bn4f_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H«„ÈñºƒÛ
.update_bn4f_branch2c/beta/ApplyGradientDescentÚäÊñºƒ (Bupdate_bn4f_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2c/beta, learning_rate, gradients/bn4f_branch2c/beta_grad_S194)HÚäÊñºƒPÂ

RecvTensor¾†Èñºƒ ¤Û(¤Û:
"€ € B‹[4096B] edge_195_gradients/bn4f_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¾†Èñºƒß
/update_bn4f_branch2c/gamma/ApplyGradientDescentàäÊñºƒ (B“update_bn4f_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2c/gamma, learning_rate, gradients/bn4f_branch2c/gamma_grad_S195)HàäÊñºƒPÆ

RecvTensorÖ‹Èñºƒ íÜ(íÜ:"€€@€€@B[1.0MB] edge_196_gradients/res4f_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÖ‹Èñºƒé
1update_res4f_branch2c/kernel/ApplyGradientDescentÃèÊñºƒ ²(²B™update_res4f_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4f_branch2c/kernel, learning_rate, gradients/res4f_branch2c/kernel_grad_S196)HÃèÊñºƒPÁ

RecvTensorç‹Èñºƒ İÜ(İÜ:
"€€BŠ[1024B] edge_197_gradients/bn4f_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hç‹ÈñºƒÛ
.update_bn4f_branch2b/beta/ApplyGradientDescentõéÊñºƒ (Bupdate_bn4f_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2b/beta, learning_rate, gradients/bn4f_branch2b/beta_grad_S197)HõéÊñºƒPÂ

RecvTensor¯ŒÈñºƒ –Ü(–Ü:
"€€B‹[1024B] edge_198_gradients/bn4f_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¯ŒÈñºƒß
/update_bn4f_branch2b/gamma/ApplyGradientDescentûéÊñºƒ (B“update_bn4f_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2b/gamma, learning_rate, gradients/bn4f_branch2b/gamma_grad_S198)HûéÊñºƒPÈ

RecvTensor±˜Èñºƒ ®ß(®ß:"
€€€€B[2.2MB] edge_199_gradients/res4f_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H±˜Èñºƒé
1update_res4f_branch2b/kernel/ApplyGradientDescentß÷Êñºƒ ‡(‡B™update_res4f_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4f_branch2b/kernel, learning_rate, gradients/res4f_branch2b/kernel_grad_S199)Hß÷ÊñºƒPÁ

RecvTensorÂ˜Èñºƒ ß(ß:
"€€BŠ[1024B] edge_200_gradients/bn4f_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÂ˜ÈñºƒÛ
.update_bn4f_branch2a/beta/ApplyGradientDescentæúÊñºƒ (Bupdate_bn4f_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2a/beta, learning_rate, gradients/bn4f_branch2a/beta_grad_S200)HæúÊñºƒPÂ

RecvTensorŠ™Èñºƒ ×Ş(×Ş:
"€€B‹[1024B] edge_201_gradients/bn4f_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŠ™Èñºƒß
/update_bn4f_branch2a/gamma/ApplyGradientDescentëúÊñºƒ (B“update_bn4f_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2a/gamma, learning_rate, gradients/bn4f_branch2a/gamma_grad_S201)HëúÊñºƒPÆ

RecvTensor¡Èñºƒ ¡à(¡à:"€€@€€@B[1.0MB] edge_202_gradients/res4f_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¡Èñºƒé
1update_res4f_branch2a/kernel/ApplyGradientDescentÂşÊñºƒ ®(®B™update_res4f_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4f_branch2a/kernel, learning_rate, gradients/res4f_branch2a/kernel_grad_S202)HÂşÊñºƒPÁ

RecvTensorÍÈñºƒ ùß(ùß:
"€ € BŠ[4096B] edge_203_gradients/bn4e_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÍÈñºƒÛ
.update_bn4e_branch2c/beta/ApplyGradientDescentğÿÊñºƒ (Bupdate_bn4e_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2c/beta, learning_rate, gradients/bn4e_branch2c/beta_grad_S203)HğÿÊñºƒPÂ

RecvTensorĞ Èñºƒ ùİ(ùİ:
"€ € B‹[4096B] edge_204_gradients/bn4e_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HĞ Èñºƒß
/update_bn4e_branch2c/gamma/ApplyGradientDescentõÿÊñºƒ (B“update_bn4e_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2c/gamma, learning_rate, gradients/bn4e_branch2c/gamma_grad_S204)HõÿÊñºƒPÆ

RecvTensorÚ¥Èñºƒ Ğß(Ğß:"€€@€€@B[1.0MB] edge_205_gradients/res4e_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÚ¥Èñºƒé
1update_res4e_branch2c/kernel/ApplyGradientDescentª…Ëñºƒ ¶(¶B™update_res4e_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4e_branch2c/kernel, learning_rate, gradients/res4e_branch2c/kernel_grad_S205)Hª…ËñºƒPÁ

RecvTensorë¥Èñºƒ Àß(Àß:
"€€BŠ[1024B] edge_206_gradients/bn4e_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hë¥ÈñºƒÛ
.update_bn4e_branch2b/beta/ApplyGradientDescentà†Ëñºƒ (Bupdate_bn4e_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2b/beta, learning_rate, gradients/bn4e_branch2b/beta_grad_S206)Hà†ËñºƒPÂ

RecvTensor±¦Èñºƒ ûŞ(ûŞ:
"€€B‹[1024B] edge_207_gradients/bn4e_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H±¦Èñºƒß
/update_bn4e_branch2b/gamma/ApplyGradientDescentæ†Ëñºƒ (B“update_bn4e_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2b/gamma, learning_rate, gradients/bn4e_branch2b/gamma_grad_S207)Hæ†ËñºƒPÈ

RecvTensorá±Èñºƒ æâ(æâ:"
€€€€B[2.2MB] edge_208_gradients/res4e_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Há±Èñºƒé
1update_res4e_branch2b/kernel/ApplyGradientDescentÇ”Ëñºƒ (B™update_res4e_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4e_branch2b/kernel, learning_rate, gradients/res4e_branch2b/kernel_grad_S208)HÇ”ËñºƒPÁ

RecvTensorò±Èñºƒ Õâ(Õâ:
"€€BŠ[1024B] edge_209_gradients/bn4e_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hò±ÈñºƒÛ
.update_bn4e_branch2a/beta/ApplyGradientDescentå—Ëñºƒ (Bupdate_bn4e_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2a/beta, learning_rate, gradients/bn4e_branch2a/beta_grad_S209)Hå—ËñºƒPÂ

RecvTensor¶²Èñºƒ ’â(’â:
"€€B‹[1024B] edge_210_gradients/bn4e_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¶²Èñºƒß
/update_bn4e_branch2a/gamma/ApplyGradientDescentê—Ëñºƒ (B“update_bn4e_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2a/gamma, learning_rate, gradients/bn4e_branch2a/gamma_grad_S210)Hê—ËñºƒPÆ

RecvTensorÍ·Èñºƒ İã(İã:"€€@€€@B[1.0MB] edge_211_gradients/res4e_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÍ·Èñºƒé
1update_res4e_branch2a/kernel/ApplyGradientDescentª›Ëñºƒ ½(½B™update_res4e_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4e_branch2a/kernel, learning_rate, gradients/res4e_branch2a/kernel_grad_S211)Hª›ËñºƒPÁ

RecvTensorû·Èñºƒ ²ã(²ã:
"€ € BŠ[4096B] edge_212_gradients/bn4d_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hû·ÈñºƒÛ
.update_bn4d_branch2c/beta/ApplyGradientDescentçœËñºƒ (Bupdate_bn4d_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2c/beta, learning_rate, gradients/bn4d_branch2c/beta_grad_S212)HçœËñºƒPÂ

RecvTensorˆºÈñºƒ ¨á(¨á:
"€ € B‹[4096B] edge_213_gradients/bn4d_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HˆºÈñºƒß
/update_bn4d_branch2c/gamma/ApplyGradientDescentíœËñºƒ (B“update_bn4d_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2c/gamma, learning_rate, gradients/bn4d_branch2c/gamma_grad_S213)HíœËñºƒPÆ

RecvTensor‹¿Èñºƒ †ã(†ã:"€€@€€@B[1.0MB] edge_214_gradients/res4d_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‹¿Èñºƒé
1update_res4d_branch2c/kernel/ApplyGradientDescent‘¢Ëñºƒ Æ(ÆB™update_res4d_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4d_branch2c/kernel, learning_rate, gradients/res4d_branch2c/kernel_grad_S214)H‘¢ËñºƒPÁ

RecvTensor›¿Èñºƒ ÷â(÷â:
"€€BŠ[1024B] edge_215_gradients/bn4d_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H›¿ÈñºƒÛ
.update_bn4d_branch2b/beta/ApplyGradientDescent×£Ëñºƒ (Bupdate_bn4d_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2b/beta, learning_rate, gradients/bn4d_branch2b/beta_grad_S215)H×£ËñºƒPÂ

RecvTensorâ¿Èñºƒ ±â(±â:
"€€B‹[1024B] edge_216_gradients/bn4d_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hâ¿Èñºƒß
/update_bn4d_branch2b/gamma/ApplyGradientDescentÜ£Ëñºƒ (B“update_bn4d_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2b/gamma, learning_rate, gradients/bn4d_branch2b/gamma_grad_S216)HÜ£ËñºƒPÈ

RecvTensor´ËÈñºƒ úå(úå:"
€€€€B[2.2MB] edge_217_gradients/res4d_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H´ËÈñºƒé
1update_res4d_branch2b/kernel/ApplyGradientDescent®±Ëñºƒ „(„B™update_res4d_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4d_branch2b/kernel, learning_rate, gradients/res4d_branch2b/kernel_grad_S217)H®±ËñºƒPÁ

RecvTensorÆËÈñºƒ éå(éå:
"€€BŠ[1024B] edge_218_gradients/bn4d_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÆËÈñºƒÛ
.update_bn4d_branch2a/beta/ApplyGradientDescent²´Ëñºƒ (Bupdate_bn4d_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2a/beta, learning_rate, gradients/bn4d_branch2a/beta_grad_S218)H²´ËñºƒPÂ

RecvTensorÌÈñºƒ  å( å:
"€€B‹[1024B] edge_219_gradients/bn4d_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÌÈñºƒß
/update_bn4d_branch2a/gamma/ApplyGradientDescent·´Ëñºƒ (B“update_bn4d_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2a/gamma, learning_rate, gradients/bn4d_branch2a/gamma_grad_S219)H·´ËñºƒPÆ

RecvTensor·ÑÈñºƒ Úæ(Úæ:"€€@€€@B[1.0MB] edge_220_gradients/res4d_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H·ÑÈñºƒé
1update_res4d_branch2a/kernel/ApplyGradientDescent‘¸Ëñºƒ ¼(¼B™update_res4d_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4d_branch2a/kernel, learning_rate, gradients/res4d_branch2a/kernel_grad_S220)H‘¸ËñºƒPÁ

RecvTensoråÑÈñºƒ ¯æ(¯æ:
"€ € BŠ[4096B] edge_221_gradients/bn4c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HåÑÈñºƒÛ
.update_bn4c_branch2c/beta/ApplyGradientDescentÍ¹Ëñºƒ (Bupdate_bn4c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2c/beta, learning_rate, gradients/bn4c_branch2c/beta_grad_S221)HÍ¹ËñºƒPÂ

RecvTensorîÓÈñºƒ ©ä(©ä:
"€ € B‹[4096B] edge_222_gradients/bn4c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HîÓÈñºƒß
/update_bn4c_branch2c/gamma/ApplyGradientDescentÓ¹Ëñºƒ (B“update_bn4c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2c/gamma, learning_rate, gradients/bn4c_branch2c/gamma_grad_S222)HÓ¹ËñºƒPÆ

RecvTensor…ÙÈñºƒ ôå(ôå:"€€@€€@B[1.0MB] edge_223_gradients/res4c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H…ÙÈñºƒé
1update_res4c_branch2c/kernel/ApplyGradientDescentù¾Ëñºƒ Á(ÁB™update_res4c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4c_branch2c/kernel, learning_rate, gradients/res4c_branch2c/kernel_grad_S223)Hù¾ËñºƒPÁ

RecvTensor–ÙÈñºƒ ãå(ãå:
"€€BŠ[1024B] edge_224_gradients/bn4c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H–ÙÈñºƒÛ
.update_bn4c_branch2b/beta/ApplyGradientDescentºÀËñºƒ (Bupdate_bn4c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2b/beta, learning_rate, gradients/bn4c_branch2b/beta_grad_S224)HºÀËñºƒPÂ

RecvTensorßÙÈñºƒ ›å(›å:
"€€B‹[1024B] edge_225_gradients/bn4c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HßÙÈñºƒß
/update_bn4c_branch2b/gamma/ApplyGradientDescent¿ÀËñºƒ (B“update_bn4c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2b/gamma, learning_rate, gradients/bn4c_branch2b/gamma_grad_S225)H¿ÀËñºƒPÈ

RecvTensor¡åÈñºƒ ôè(ôè:"
€€€€B[2.2MB] edge_226_gradients/res4c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¡åÈñºƒé
1update_res4c_branch2b/kernel/ApplyGradientDescent•ÎËñºƒ †(†B™update_res4c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4c_branch2b/kernel, learning_rate, gradients/res4c_branch2b/kernel_grad_S226)H•ÎËñºƒPÁ

RecvTensor³åÈñºƒ ãè(ãè:
"€€BŠ[1024B] edge_227_gradients/bn4c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H³åÈñºƒÛ
.update_bn4c_branch2a/beta/ApplyGradientDescent›ÑËñºƒ (Bupdate_bn4c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2a/beta, learning_rate, gradients/bn4c_branch2a/beta_grad_S227)H›ÑËñºƒPÂ

RecvTensorøåÈñºƒ Ÿè(Ÿè:
"€€B‹[1024B] edge_228_gradients/bn4c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HøåÈñºƒß
/update_bn4c_branch2a/gamma/ApplyGradientDescent ÑËñºƒ (B“update_bn4c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2a/gamma, learning_rate, gradients/bn4c_branch2a/gamma_grad_S228)H ÑËñºƒPÆ

RecvTensor¯ëÈñºƒ Éé(Éé:"€€@€€@B[1.0MB] edge_229_gradients/res4c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¯ëÈñºƒé
1update_res4c_branch2a/kernel/ApplyGradientDescentøÔËñºƒ ¬(¬B™update_res4c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4c_branch2a/kernel, learning_rate, gradients/res4c_branch2a/kernel_grad_S229)HøÔËñºƒPÁ

RecvTensorİëÈñºƒ é(é:
"€ € BŠ[4096B] edge_230_gradients/bn4b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HİëÈñºƒÛ
.update_bn4b_branch2c/beta/ApplyGradientDescent¤ÖËñºƒ (Bupdate_bn4b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2c/beta, learning_rate, gradients/bn4b_branch2c/beta_grad_S230)H¤ÖËñºƒPÂ

RecvTensorêíÈñºƒ •ç(•ç:
"€ € B‹[4096B] edge_231_gradients/bn4b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HêíÈñºƒß
/update_bn4b_branch2c/gamma/ApplyGradientDescent©ÖËñºƒ (B“update_bn4b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2c/gamma, learning_rate, gradients/bn4b_branch2c/gamma_grad_S231)H©ÖËñºƒPÆ

RecvTensorÿòÈñºƒ âè(âè:"€€@€€@B[1.0MB] edge_232_gradients/res4b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÿòÈñºƒé
1update_res4b_branch2c/kernel/ApplyGradientDescentáÛËñºƒ °(°B™update_res4b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4b_branch2c/kernel, learning_rate, gradients/res4b_branch2c/kernel_grad_S232)HáÛËñºƒPÁ

RecvTensor‘óÈñºƒ îá(îá:
"€€BŠ[1024B] edge_233_gradients/bn4b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‘óÈñºƒÛ
.update_bn4b_branch2b/beta/ApplyGradientDescent¯ÖËñºƒ (Bupdate_bn4b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2b/beta, learning_rate, gradients/bn4b_branch2b/beta_grad_S233)H¯ÖËñºƒPÂ

RecvTensorÛóÈñºƒ †è(†è:
"€€B‹[1024B] edge_234_gradients/bn4b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÛóÈñºƒß
/update_bn4b_branch2b/gamma/ApplyGradientDescent‘İËñºƒ (B“update_bn4b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2b/gamma, learning_rate, gradients/bn4b_branch2b/gamma_grad_S234)H‘İËñºƒPÈ

RecvTensorÔÿÈñºƒ ¨ë(¨ë:"
€€€€B[2.2MB] edge_235_gradients/res4b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÔÿÈñºƒé
1update_res4b_branch2b/kernel/ApplyGradientDescentüêËñºƒ ‰(‰B™update_res4b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4b_branch2b/kernel, learning_rate, gradients/res4b_branch2b/kernel_grad_S235)HüêËñºƒPÁ

RecvTensoråÿÈñºƒ ˜ë(˜ë:
"€€BŠ[1024B] edge_236_gradients/bn4b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HåÿÈñºƒÛ
.update_bn4b_branch2a/beta/ApplyGradientDescent…îËñºƒ (Bupdate_bn4b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2a/beta, learning_rate, gradients/bn4b_branch2a/beta_grad_S236)H…îËñºƒPÂ

RecvTensor®€Éñºƒ Ğê(Ğê:
"€€B‹[1024B] edge_237_gradients/bn4b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H®€Éñºƒß
/update_bn4b_branch2a/gamma/ApplyGradientDescent‹îËñºƒ (B“update_bn4b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2a/gamma, learning_rate, gradients/bn4b_branch2a/gamma_grad_S237)H‹îËñºƒPÆ

RecvTensorÃ…Éñºƒ œì(œì:"€€@€€@B[1.0MB] edge_238_gradients/res4b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÃ…Éñºƒé
1update_res4b_branch2a/kernel/ApplyGradientDescentßñËñºƒ ¸(¸B™update_res4b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4b_branch2a/kernel, learning_rate, gradients/res4b_branch2a/kernel_grad_S238)HßñËñºƒPÀ

RecvTensorí…Éñºƒ õë(õë:
"€ € B‰[4096B] edge_239_gradients/bn4a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hí…Éñºƒ×
-update_bn4a_branch1/beta/ApplyGradientDescent—óËñºƒ (Bupdate_bn4a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch1/beta, learning_rate, gradients/bn4a_branch1/beta_grad_S239)H—óËñºƒPÁ

RecvTensor’‡Éñºƒ Ôê(Ôê:
"€ € BŠ[4096B] edge_240_gradients/bn4a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H’‡ÉñºƒÛ
.update_bn4a_branch1/gamma/ApplyGradientDescentóËñºƒ (Bupdate_bn4a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch1/gamma, learning_rate, gradients/bn4a_branch1/gamma_grad_S240)HóËñºƒPÇ

RecvTensorÛ‘Éñºƒ Íí(Íí:"
€€€€€€BŒ[2.0MB] edge_241_gradients/res4a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÛ‘Éñºƒå
0update_res4a_branch1/kernel/ApplyGradientDescent¨ÿËñºƒ İ(İB–update_res4a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch1/kernel, learning_rate, gradients/res4a_branch1/kernel_grad_S241)H¨ÿËñºƒPÁ

RecvTensor‡’Éñºƒ ¥í(¥í:
"€ € BŠ[4096B] edge_242_gradients/bn4a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‡’ÉñºƒÛ
.update_bn4a_branch2c/beta/ApplyGradientDescent…‚Ìñºƒ (Bupdate_bn4a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2c/beta, learning_rate, gradients/bn4a_branch2c/beta_grad_S242)H…‚ÌñºƒPÂ

RecvTensor”Éñºƒ ¢ë(¢ë:
"€ € B‹[4096B] edge_243_gradients/bn4a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H”Éñºƒß
/update_bn4a_branch2c/gamma/ApplyGradientDescentŠ‚Ìñºƒ (B“update_bn4a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2c/gamma, learning_rate, gradients/bn4a_branch2c/gamma_grad_S243)HŠ‚ÌñºƒPÆ

RecvTensor©™Éñºƒ çì(çì:"€€@€€@B[1.0MB] edge_244_gradients/res4a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H©™Éñºƒé
1update_res4a_branch2c/kernel/ApplyGradientDescent†Ìñºƒ À(ÀB™update_res4a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch2c/kernel, learning_rate, gradients/res4a_branch2c/kernel_grad_S244)H†ÌñºƒPÁ

RecvTensorº™Éñºƒ ×ì(×ì:
"€€BŠ[1024B] edge_245_gradients/bn4a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hº™ÉñºƒÛ
.update_bn4a_branch2b/beta/ApplyGradientDescentĞ‡Ìñºƒ (Bupdate_bn4a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2b/beta, learning_rate, gradients/bn4a_branch2b/beta_grad_S245)HĞ‡ÌñºƒPÂ

RecvTensor…šÉñºƒ ì(ì:
"€€B‹[1024B] edge_246_gradients/bn4a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H…šÉñºƒß
/update_bn4a_branch2b/gamma/ApplyGradientDescentÕ‡Ìñºƒ (B“update_bn4a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2b/gamma, learning_rate, gradients/bn4a_branch2b/gamma_grad_S246)HÕ‡ÌñºƒPÈ

RecvTensor¶¥Éñºƒ öï(öï:"
€€€€B[2.2MB] edge_247_gradients/res4a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¶¥Éñºƒé
1update_res4a_branch2b/kernel/ApplyGradientDescent¬•Ìñºƒ ˆ(ˆB™update_res4a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch2b/kernel, learning_rate, gradients/res4a_branch2b/kernel_grad_S247)H¬•ÌñºƒPÁ

RecvTensorä¥Éñºƒ Éï(Éï:
"€€BŠ[1024B] edge_248_gradients/bn4a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hä¥ÉñºƒÛ
.update_bn4a_branch2a/beta/ApplyGradientDescent´˜Ìñºƒ (Bupdate_bn4a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2a/beta, learning_rate, gradients/bn4a_branch2a/beta_grad_S248)H´˜ÌñºƒPÂ

RecvTensorò§Éñºƒ ¼í(¼í:
"€€B‹[1024B] edge_249_gradients/bn4a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hò§Éñºƒß
/update_bn4a_branch2a/gamma/ApplyGradientDescent¹˜Ìñºƒ (B“update_bn4a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2a/gamma, learning_rate, gradients/bn4a_branch2a/gamma_grad_S249)H¹˜ÌñºƒPÆ

RecvTensorØ²Éñºƒ ‡æ(‡æ:"€€ €€ B[0.5MB] edge_250_gradients/res4a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HØ²Éñºƒç
1update_res4a_branch2a/kernel/ApplyGradientDescentß˜Ìñºƒ Z(ZB™update_res4a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch2a/kernel, learning_rate, gradients/res4a_branch2a/kernel_grad_S250)Hß˜ÌñºƒPÁ

RecvTensorª³Éñºƒ ¶å(¶å:
"€€BŠ[2048B] edge_251_gradients/bn3d_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hª³ÉñºƒÛ
.update_bn3d_branch2c/beta/ApplyGradientDescent¹™Ìñºƒ (Bupdate_bn3d_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2c/beta, learning_rate, gradients/bn3d_branch2c/beta_grad_S251)H¹™ÌñºƒPÂ

RecvTensor½·Éñºƒ ¥á(¥á:
"€€B‹[2048B] edge_252_gradients/bn3d_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H½·Éñºƒß
/update_bn3d_branch2c/gamma/ApplyGradientDescent¿™Ìñºƒ (B“update_bn3d_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2c/gamma, learning_rate, gradients/bn3d_branch2c/gamma_grad_S252)H¿™ÌñºƒPÆ

RecvTensorû¼Éñºƒ ¿İ(¿İ:"€€€€B[0.2MB] edge_253_gradients/res3d_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hû¼Éñºƒç
1update_res3d_branch2c/kernel/ApplyGradientDescentºšÌñºƒ 0(0B™update_res3d_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3d_branch2c/kernel, learning_rate, gradients/res3d_branch2c/kernel_grad_S253)HºšÌñºƒPÀ

RecvTensor–½Éñºƒ ¥İ(¥İ:
"€€B‰[512B] edge_254_gradients/bn3d_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H–½ÉñºƒÛ
.update_bn3d_branch2b/beta/ApplyGradientDescentêšÌñºƒ (Bupdate_bn3d_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2b/beta, learning_rate, gradients/bn3d_branch2b/beta_grad_S254)HêšÌñºƒPÁ

RecvTensor ¾Éñºƒ ›Ü(›Ü:
"€€BŠ[512B] edge_255_gradients/bn3d_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H ¾Éñºƒß
/update_bn3d_branch2b/gamma/ApplyGradientDescentïšÌñºƒ (B“update_bn3d_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2b/gamma, learning_rate, gradients/bn3d_branch2b/gamma_grad_S255)HïšÌñºƒPÆ

RecvTensorøÉÉñºƒ ªÔ(ªÔ:"€€$€€$B[0.6MB] edge_256_gradients/res3d_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HøÉÉñºƒç
1update_res3d_branch2b/kernel/ApplyGradientDescent¢Ìñºƒ d(dB™update_res3d_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3d_branch2b/kernel, learning_rate, gradients/res3d_branch2b/kernel_grad_S256)H¢ÌñºƒPÀ

RecvTensor’ÊÉñºƒ Ô(Ô:
"€€B‰[512B] edge_257_gradients/bn3d_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H’ÊÉñºƒÛ
.update_bn3d_branch2a/beta/ApplyGradientDescent†ŸÌñºƒ (Bupdate_bn3d_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2a/beta, learning_rate, gradients/bn3d_branch2a/beta_grad_S257)H†ŸÌñºƒPÁ

RecvTensor›ËÉñºƒ ˆÓ(ˆÓ:
"€€BŠ[512B] edge_258_gradients/bn3d_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H›ËÉñºƒß
/update_bn3d_branch2a/gamma/ApplyGradientDescentŒŸÌñºƒ (B“update_bn3d_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2a/gamma, learning_rate, gradients/bn3d_branch2a/gamma_grad_S258)HŒŸÌñºƒPÆ

RecvTensorÅĞÉñºƒ ¶Ï(¶Ï:"€€€€B[0.2MB] edge_259_gradients/res3d_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÅĞÉñºƒç
1update_res3d_branch2a/kernel/ApplyGradientDescentûŸÌñºƒ 1(1B™update_res3d_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3d_branch2a/kernel, learning_rate, gradients/res3d_branch2a/kernel_grad_S259)HûŸÌñºƒPÁ

RecvTensor˜ÑÉñºƒ åÎ(åÎ:
"€€BŠ[2048B] edge_260_gradients/bn3c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H˜ÑÉñºƒÛ
.update_bn3c_branch2c/beta/ApplyGradientDescent¬ Ìñºƒ (Bupdate_bn3c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2c/beta, learning_rate, gradients/bn3c_branch2c/beta_grad_S260)H¬ ÌñºƒPÂ

RecvTensor²ÕÉñºƒ ÌÊ(ÌÊ:
"€€B‹[2048B] edge_261_gradients/bn3c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H²ÕÉñºƒß
/update_bn3c_branch2c/gamma/ApplyGradientDescent± Ìñºƒ (B“update_bn3c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2c/gamma, learning_rate, gradients/bn3c_branch2c/gamma_grad_S261)H± ÌñºƒPÆ

RecvTensoróÚÉñºƒ äÆ(äÆ:"€€€€B[0.2MB] edge_262_gradients/res3c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HóÚÉñºƒç
1update_res3c_branch2c/kernel/ApplyGradientDescent×¡Ìñºƒ +(+B™update_res3c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3c_branch2c/kernel, learning_rate, gradients/res3c_branch2c/kernel_grad_S262)H×¡ÌñºƒPÀ

RecvTensorÛÉñºƒ ÈÆ(ÈÆ:
"€€B‰[512B] edge_263_gradients/bn3c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÛÉñºƒÛ
.update_bn3c_branch2b/beta/ApplyGradientDescent‚¢Ìñºƒ (Bupdate_bn3c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2b/beta, learning_rate, gradients/bn3c_branch2b/beta_grad_S263)H‚¢ÌñºƒPÁ

RecvTensor“ÜÉñºƒ ÅÅ(ÅÅ:
"€€BŠ[512B] edge_264_gradients/bn3c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H“ÜÉñºƒß
/update_bn3c_branch2b/gamma/ApplyGradientDescent‡¢Ìñºƒ (B“update_bn3c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2b/gamma, learning_rate, gradients/bn3c_branch2b/gamma_grad_S264)H‡¢ÌñºƒPÆ

RecvTensor±çÉñºƒ ¾(¾:"€€$€€$B[0.6MB] edge_265_gradients/res3c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H±çÉñºƒç
1update_res3c_branch2b/kernel/ApplyGradientDescent¾¥Ìñºƒ j(jB™update_res3c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3c_branch2b/kernel, learning_rate, gradients/res3c_branch2b/kernel_grad_S265)H¾¥ÌñºƒPÀ

RecvTensorÌçÉñºƒ ó½(ó½:
"€€B‰[512B] edge_266_gradients/bn3c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÌçÉñºƒÛ
.update_bn3c_branch2a/beta/ApplyGradientDescent¨¦Ìñºƒ (Bupdate_bn3c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2a/beta, learning_rate, gradients/bn3c_branch2a/beta_grad_S266)H¨¦ÌñºƒPÁ

RecvTensorĞèÉñºƒ ï¼(ï¼:
"€€BŠ[512B] edge_267_gradients/bn3c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HĞèÉñºƒß
/update_bn3c_branch2a/gamma/ApplyGradientDescent­¦Ìñºƒ (B“update_bn3c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2a/gamma, learning_rate, gradients/bn3c_branch2a/gamma_grad_S267)H­¦ÌñºƒPÆ

RecvTensorŞíÉñºƒ ¹¹(¹¹:"€€€€B[0.2MB] edge_268_gradients/res3c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŞíÉñºƒç
1update_res3c_branch2a/kernel/ApplyGradientDescent—§Ìñºƒ 2(2B™update_res3c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3c_branch2a/kernel, learning_rate, gradients/res3c_branch2a/kernel_grad_S268)H—§ÌñºƒPÁ

RecvTensor°îÉñºƒ é¸(é¸:
"€€BŠ[2048B] edge_269_gradients/bn3b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H°îÉñºƒÛ
.update_bn3b_branch2c/beta/ApplyGradientDescentÉ§Ìñºƒ (Bupdate_bn3b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2c/beta, learning_rate, gradients/bn3b_branch2c/beta_grad_S269)HÉ§ÌñºƒPÂ

RecvTensor¥òÉñºƒ ö´(ö´:
"€€B‹[2048B] edge_270_gradients/bn3b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¥òÉñºƒß
/update_bn3b_branch2c/gamma/ApplyGradientDescentÎ§Ìñºƒ (B“update_bn3b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2c/gamma, learning_rate, gradients/bn3b_branch2c/gamma_grad_S270)HÎ§ÌñºƒPÆ

RecvTensorÒ÷Éñºƒ ¡±(¡±:"€€€€B[0.2MB] edge_271_gradients/res3b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÒ÷Éñºƒç
1update_res3b_branch2c/kernel/ApplyGradientDescentó¨Ìñºƒ 3(3B™update_res3b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3b_branch2c/kernel, learning_rate, gradients/res3b_branch2c/kernel_grad_S271)Hó¨ÌñºƒPÀ

RecvTensorì÷Éñºƒ ‡±(‡±:
"€€B‰[512B] edge_272_gradients/bn3b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hì÷ÉñºƒÛ
.update_bn3b_branch2b/beta/ApplyGradientDescent¦©Ìñºƒ (Bupdate_bn3b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2b/beta, learning_rate, gradients/bn3b_branch2b/beta_grad_S272)H¦©ÌñºƒPÁ

RecvTensorúøÉñºƒ ú¯(ú¯:
"€€BŠ[512B] edge_273_gradients/bn3b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HúøÉñºƒß
/update_bn3b_branch2b/gamma/ApplyGradientDescent«©Ìñºƒ (B“update_bn3b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2b/gamma, learning_rate, gradients/bn3b_branch2b/gamma_grad_S273)H«©ÌñºƒPÆ

RecvTensor°„Êñºƒ «¨(«¨:"€€$€€$B[0.6MB] edge_274_gradients/res3b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H°„Êñºƒç
1update_res3b_branch2b/kernel/ApplyGradientDescentÛ¬Ìñºƒ q(qB™update_res3b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3b_branch2b/kernel, learning_rate, gradients/res3b_branch2b/kernel_grad_S274)HÛ¬ÌñºƒPÀ

RecvTensorÉ„Êñºƒ ’¨(’¨:
"€€B‰[512B] edge_275_gradients/bn3b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÉ„ÊñºƒÛ
.update_bn3b_branch2a/beta/ApplyGradientDescentÌ­Ìñºƒ (Bupdate_bn3b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2a/beta, learning_rate, gradients/bn3b_branch2a/beta_grad_S275)HÌ­ÌñºƒPÁ

RecvTensorĞ…Êñºƒ ‹§(‹§:
"€€BŠ[512B] edge_276_gradients/bn3b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HĞ…Êñºƒß
/update_bn3b_branch2a/gamma/ApplyGradientDescentÒ­Ìñºƒ (B“update_bn3b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2a/gamma, learning_rate, gradients/bn3b_branch2a/gamma_grad_S276)HÒ­ÌñºƒPÆ

RecvTensorìŠÊñºƒ È£(È£:"€€€€B[0.2MB] edge_277_gradients/res3b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HìŠÊñºƒç
1update_res3b_branch2a/kernel/ApplyGradientDescent´®Ìñºƒ 2(2B™update_res3b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3b_branch2a/kernel, learning_rate, gradients/res3b_branch2a/kernel_grad_S277)H´®ÌñºƒPÀ

RecvTensorÀ‹Êñºƒ õ¢(õ¢:
"€€B‰[2048B] edge_278_gradients/bn3a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÀ‹Êñºƒ×
-update_bn3a_branch1/beta/ApplyGradientDescentæ®Ìñºƒ (Bupdate_bn3a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch1/beta, learning_rate, gradients/bn3a_branch1/beta_grad_S278)Hæ®ÌñºƒPÁ

RecvTensoröÊñºƒ Á (Á :
"€€BŠ[2048B] edge_279_gradients/bn3a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HöÊñºƒÛ
.update_bn3a_branch1/gamma/ApplyGradientDescentì®Ìñºƒ (Bupdate_bn3a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch1/gamma, learning_rate, gradients/bn3a_branch1/gamma_grad_S279)Hì®ÌñºƒPÅ

RecvTensor…˜Êñºƒ ã™(ã™:"€€ €€ BŒ[0.5MB] edge_280_gradients/res3a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H…˜Êñºƒã
0update_res3a_branch1/kernel/ApplyGradientDescentè±Ìñºƒ Y(YB–update_res3a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch1/kernel, learning_rate, gradients/res3a_branch1/kernel_grad_S280)Hè±ÌñºƒPÁ

RecvTensorÙ˜Êñºƒ ™(™:
"€€BŠ[2048B] edge_281_gradients/bn3a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÙ˜ÊñºƒÛ
.update_bn3a_branch2c/beta/ApplyGradientDescentÁ²Ìñºƒ (Bupdate_bn3a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2c/beta, learning_rate, gradients/bn3a_branch2c/beta_grad_S281)HÁ²ÌñºƒPÂ

RecvTensorãœÊñºƒ ˆ•(ˆ•:
"€€B‹[2048B] edge_282_gradients/bn3a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HãœÊñºƒß
/update_bn3a_branch2c/gamma/ApplyGradientDescentÆ²Ìñºƒ (B“update_bn3a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2c/gamma, learning_rate, gradients/bn3a_branch2c/gamma_grad_S282)HÆ²ÌñºƒPÆ

RecvTensorõ¡Êñºƒ Î‘(Î‘:"€€€€B[0.2MB] edge_283_gradients/res3a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hõ¡Êñºƒç
1update_res3a_branch2c/kernel/ApplyGradientDescentÃ³Ìñºƒ 4(4B™update_res3a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch2c/kernel, learning_rate, gradients/res3a_branch2c/kernel_grad_S283)HÃ³ÌñºƒPÀ

RecvTensor¢Êñºƒ ´‘(´‘:
"€€B‰[512B] edge_284_gradients/bn3a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¢ÊñºƒÛ
.update_bn3a_branch2b/beta/ApplyGradientDescent÷³Ìñºƒ (Bupdate_bn3a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2b/beta, learning_rate, gradients/bn3a_branch2b/beta_grad_S284)H÷³ÌñºƒPÁ

RecvTensor–£Êñºƒ ®(®:
"€€BŠ[512B] edge_285_gradients/bn3a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H–£Êñºƒß
/update_bn3a_branch2b/gamma/ApplyGradientDescentü³Ìñºƒ (B“update_bn3a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2b/gamma, learning_rate, gradients/bn3a_branch2b/gamma_grad_S285)Hü³ÌñºƒPÆ

RecvTensor“¯Êñºƒ ˜ˆ(˜ˆ:"€€$€€$B[0.6MB] edge_286_gradients/res3a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H“¯Êñºƒç
1update_res3a_branch2b/kernel/ApplyGradientDescent«·Ìñºƒ k(kB™update_res3a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch2b/kernel, learning_rate, gradients/res3a_branch2b/kernel_grad_S286)H«·ÌñºƒPÀ

RecvTensoræ¯Êñºƒ Å‡(Å‡:
"€€B‰[512B] edge_287_gradients/bn3a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hæ¯ÊñºƒÛ
.update_bn3a_branch2a/beta/ApplyGradientDescent–¸Ìñºƒ (Bupdate_bn3a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2a/beta, learning_rate, gradients/bn3a_branch2a/beta_grad_S287)H–¸ÌñºƒPÁ

RecvTensorê³Êñºƒ Âƒ(Âƒ:
"€€BŠ[512B] edge_288_gradients/bn3a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hê³Êñºƒß
/update_bn3a_branch2a/gamma/ApplyGradientDescentœ¸Ìñºƒ (B“update_bn3a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2a/gamma, learning_rate, gradients/bn3a_branch2a/gamma_grad_S288)Hœ¸ÌñºƒPÆ

RecvTensorÉ¾Êñºƒ Ïù(Ïù:"€€€€B[0.1MB] edge_289_gradients/res3a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÉ¾Êñºƒç
1update_res3a_branch2a/kernel/ApplyGradientDescent¡¸Ìñºƒ (B™update_res3a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch2a/kernel, learning_rate, gradients/res3a_branch2a/kernel_grad_S289)H¡¸ÌñºƒPÁ

RecvTensorŞ¿Êñºƒ »ø(»ø:
"€€BŠ[1024B] edge_290_gradients/bn2c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŞ¿ÊñºƒÛ
.update_bn2c_branch2c/beta/ApplyGradientDescent»¸Ìñºƒ (Bupdate_bn2c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2c/beta, learning_rate, gradients/bn2c_branch2c/beta_grad_S290)H»¸ÌñºƒPÂ

RecvTensorüÇÊñºƒ ğ(ğ:
"€€B‹[1024B] edge_291_gradients/bn2c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HüÇÊñºƒß
/update_bn2c_branch2c/gamma/ApplyGradientDescentÀ¸Ìñºƒ (B“update_bn2c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2c/gamma, learning_rate, gradients/bn2c_branch2c/gamma_grad_S291)HÀ¸ÌñºƒPÇ

RecvTensor›ÍÊñºƒ µë(µë:"€€€€B[65536B] edge_292_gradients/res2c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H›ÍÊñºƒç
1update_res2c_branch2c/kernel/ApplyGradientDescentĞ¸Ìñºƒ (B™update_res2c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res2c_branch2c/kernel, learning_rate, gradients/res2c_branch2c/kernel_grad_S292)HĞ¸ÌñºƒPÀ

RecvTensorÉÍÊñºƒ ‡ë(‡ë:
"€€B‰[256B] edge_293_gradients/bn2c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÉÍÊñºƒÛ
.update_bn2c_branch2b/beta/ApplyGradientDescentà¸Ìñºƒ (Bupdate_bn2c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2b/beta, learning_rate, gradients/bn2c_branch2b/beta_grad_S293)Hà¸ÌñºƒPÁ

RecvTensorÖÏÊñºƒ úè(úè:
"€€BŠ[256B] edge_294_gradients/bn2c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÖÏÊñºƒß
/update_bn2c_branch2b/gamma/ApplyGradientDescentå¸Ìñºƒ (B“update_bn2c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2b/gamma, learning_rate, gradients/bn2c_branch2b/gamma_grad_S294)Hå¸ÌñºƒPÆ

RecvTensor¨ÛÊñºƒ ¢Ş(¢Ş:"€€	€€	B[0.1MB] edge_295_gradients/res2c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¨ÛÊñºƒç
1update_res2c_branch2b/kernel/ApplyGradientDescentÊ¹Ìñºƒ (B™update_res2c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res2c_branch2b/kernel, learning_rate, gradients/res2c_branch2b/kernel_grad_S295)HÊ¹ÌñºƒPÀ

RecvTensorÕÛÊñºƒ õİ(õİ:
"€€B‰[256B] edge_296_gradients/bn2c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÕÛÊñºƒÛ
.update_bn2c_branch2a/beta/ApplyGradientDescentæ¹Ìñºƒ (Bupdate_bn2c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2a/beta, learning_rate, gradients/bn2c_branch2a/beta_grad_S296)Hæ¹ÌñºƒPÁ

RecvTensorİİÊñºƒ íÛ(íÛ:
"€€BŠ[256B] edge_297_gradients/bn2c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HİİÊñºƒß
/update_bn2c_branch2a/gamma/ApplyGradientDescentë¹Ìñºƒ (B“update_bn2c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2a/gamma, learning_rate, gradients/bn2c_branch2a/gamma_grad_S297)Hë¹ÌñºƒPÇ

RecvTensor•ãÊñºƒ ëÖ(ëÖ:"€€€€B[65536B] edge_298_gradients/res2c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H•ãÊñºƒç
1update_res2c_branch2a/kernel/ApplyGradientDescent€ºÌñºƒ (B™update_res2c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res2c_branch2a/kernel, learning_rate, gradients/res2c_branch2a/kernel_grad_S298)H€ºÌñºƒPÁ

RecvTensor®äÊñºƒ ÓÕ(ÓÕ:
"€€BŠ[1024B] edge_299_gradients/bn2b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H®äÊñºƒÛ
.update_bn2b_branch2c/beta/ApplyGradientDescentºÌñºƒ (Bupdate_bn2b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2c/beta, learning_rate, gradients/bn2b_branch2c/beta_grad_S299)HºÌñºƒPÂ

RecvTensor¶ìÊñºƒ ÌÍ(ÌÍ:
"€€B‹[1024B] edge_300_gradients/bn2b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¶ìÊñºƒß
/update_bn2b_branch2c/gamma/ApplyGradientDescent–ºÌñºƒ (B“update_bn2b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2c/gamma, learning_rate, gradients/bn2b_branch2c/gamma_grad_S300)H–ºÌñºƒPÇ

RecvTensor»ñÊñºƒ ıÈ(ıÈ:"€€€€B[65536B] edge_301_gradients/res2b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H»ñÊñºƒç
1update_res2b_branch2c/kernel/ApplyGradientDescent¸ºÌñºƒ (B™update_res2b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res2b_branch2c/kernel, learning_rate, gradients/res2b_branch2c/kernel_grad_S301)H¸ºÌñºƒPÀ

RecvTensorêñÊñºƒ ÎÈ(ÎÈ:
"€€B‰[256B] edge_302_gradients/bn2b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HêñÊñºƒÛ
.update_bn2b_branch2b/beta/ApplyGradientDescentÇºÌñºƒ (Bupdate_bn2b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2b/beta, learning_rate, gradients/bn2b_branch2b/beta_grad_S302)HÇºÌñºƒPÁ

RecvTensoräóÊñºƒ ÔÆ(ÔÆ:
"€€BŠ[256B] edge_303_gradients/bn2b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HäóÊñºƒß
/update_bn2b_branch2b/gamma/ApplyGradientDescentÌºÌñºƒ (B“update_bn2b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2b/gamma, learning_rate, gradients/bn2b_branch2b/gamma_grad_S303)HÌºÌñºƒPÆ

RecvTensor‘ÿÊñºƒ ¡¼(¡¼:"€€	€€	B[0.1MB] edge_304_gradients/res2b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‘ÿÊñºƒç
1update_res2b_branch2b/kernel/ApplyGradientDescent²»Ìñºƒ (B™update_res2b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res2b_branch2b/kernel, learning_rate, gradients/res2b_branch2b/kernel_grad_S304)H²»ÌñºƒPÀ

RecvTensor¼ÿÊñºƒ ö»(ö»:
"€€B‰[256B] edge_305_gradients/bn2b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¼ÿÊñºƒÛ
.update_bn2b_branch2a/beta/ApplyGradientDescentĞ»Ìñºƒ (Bupdate_bn2b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2a/beta, learning_rate, gradients/bn2b_branch2a/beta_grad_S305)HĞ»ÌñºƒPÁ

RecvTensorÈËñºƒ ê¹(ê¹:
"€€BŠ[256B] edge_306_gradients/bn2b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÈËñºƒß
/update_bn2b_branch2a/gamma/ApplyGradientDescentÕ»Ìñºƒ (B“update_bn2b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2a/gamma, learning_rate, gradients/bn2b_branch2a/gamma_grad_S306)HÕ»ÌñºƒPÇ

RecvTensorø†Ëñºƒ ñ´(ñ´:"€€€€B[65536B] edge_307_gradients/res2b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hø†Ëñºƒç
1update_res2b_branch2a/kernel/ApplyGradientDescenté»Ìñºƒ (B™update_res2b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res2b_branch2a/kernel, learning_rate, gradients/res2b_branch2a/kernel_grad_S307)Hé»ÌñºƒPÀ

RecvTensor–ˆËñºƒ Ó³(Ó³:
"€€B‰[1024B] edge_308_gradients/bn2a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H–ˆËñºƒ×
-update_bn2a_branch1/beta/ApplyGradientDescentø»Ìñºƒ (Bupdate_bn2a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch1/beta, learning_rate, gradients/bn2a_branch1/beta_grad_S308)Hø»ÌñºƒPÁ

RecvTensoräŒËñºƒ †¯(†¯:
"€€BŠ[1024B] edge_309_gradients/bn2a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HäŒËñºƒÛ
.update_bn2a_branch1/gamma/ApplyGradientDescentı»Ìñºƒ (Bupdate_bn2a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch1/gamma, learning_rate, gradients/bn2a_branch1/gamma_grad_S309)Hı»ÌñºƒPÆ

RecvTensorù‘Ëñºƒ §ª(§ª:"€€€€B[65536B] edge_310_gradients/res2a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hù‘Ëñºƒã
0update_res2a_branch1/kernel/ApplyGradientDescent ¼Ìñºƒ (B–update_res2a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch1/kernel, learning_rate, gradients/res2a_branch1/kernel_grad_S310)H ¼ÌñºƒPÁ

RecvTensor—“Ëñºƒ Š©(Š©:
"€€BŠ[1024B] edge_311_gradients/bn2a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H—“ËñºƒÛ
.update_bn2a_branch2c/beta/ApplyGradientDescent°¼Ìñºƒ (Bupdate_bn2a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2c/beta, learning_rate, gradients/bn2a_branch2c/beta_grad_S311)H°¼ÌñºƒPÂ

RecvTensor‹›Ëñºƒ —¡(—¡:
"€€B‹[1024B] edge_312_gradients/bn2a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‹›Ëñºƒß
/update_bn2a_branch2c/gamma/ApplyGradientDescentµ¼Ìñºƒ (B“update_bn2a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2c/gamma, learning_rate, gradients/bn2a_branch2c/gamma_grad_S312)Hµ¼ÌñºƒPÇ

RecvTensorÙ Ëñºƒ ÿ›(ÿ›:"€€€€B[65536B] edge_313_gradients/res2a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÙ Ëñºƒç
1update_res2a_branch2c/kernel/ApplyGradientDescentØ¼Ìñºƒ (B™update_res2a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch2c/kernel, learning_rate, gradients/res2a_branch2c/kernel_grad_S313)HØ¼ÌñºƒPÀ

RecvTensor†¡Ëñºƒ Ò›(Ò›:
"€€B‰[256B] edge_314_gradients/bn2a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H†¡ËñºƒÛ
.update_bn2a_branch2b/beta/ApplyGradientDescentè¼Ìñºƒ (Bupdate_bn2a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2b/beta, learning_rate, gradients/bn2a_branch2b/beta_grad_S314)Hè¼ÌñºƒPÁ

RecvTensor£Ëñºƒ Ê™(Ê™:
"€€BŠ[256B] edge_315_gradients/bn2a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H£Ëñºƒß
/update_bn2a_branch2b/gamma/ApplyGradientDescentí¼Ìñºƒ (B“update_bn2a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2b/gamma, learning_rate, gradients/bn2a_branch2b/gamma_grad_S315)Hí¼ÌñºƒPÆ

RecvTensor•¯Ëñºƒ ½(½:"€€	€€	B[0.1MB] edge_316_gradients/res2a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H•¯Ëñºƒç
1update_res2a_branch2b/kernel/ApplyGradientDescentÒ½Ìñºƒ  ( B™update_res2a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch2b/kernel, learning_rate, gradients/res2a_branch2b/kernel_grad_S316)HÒ½ÌñºƒPÀ

RecvTensorÁ¯Ëñºƒ ‘(‘:
"€€B‰[256B] edge_317_gradients/bn2a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÁ¯ËñºƒÛ
.update_bn2a_branch2a/beta/ApplyGradientDescentò½Ìñºƒ (Bupdate_bn2a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2a/beta, learning_rate, gradients/bn2a_branch2a/beta_grad_S317)Hò½ÌñºƒPÁ

RecvTensorÇ±Ëñºƒ ŒŒ(ŒŒ:
"€€BŠ[256B] edge_318_gradients/bn2a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÇ±Ëñºƒß
/update_bn2a_branch2a/gamma/ApplyGradientDescent÷½Ìñºƒ (B“update_bn2a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2a/gamma, learning_rate, gradients/bn2a_branch2a/gamma_grad_S318)H÷½ÌñºƒPÇ

RecvTensorì²Ëñºƒ ôŠ(ôŠ:"€€€€B[16384B] edge_319_gradients/res2a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hì²Ëñºƒç
1update_res2a_branch2a/kernel/ApplyGradientDescentü½Ìñºƒ (B™update_res2a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch2a/kernel, learning_rate, gradients/res2a_branch2a/kernel_grad_S319)Hü½ÌñºƒP»

RecvTensorÿ³Ëñºƒ á‰(á‰:
"€€B„[256B] edge_320_gradients/bn_conv1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hÿ³ËñºƒÇ
)update_bn_conv1/beta/ApplyGradientDescentƒ¾Ìñºƒ (Bupdate_bn_conv1/beta/ApplyGradientDescent = ApplyGradientDescent(bn_conv1/beta, learning_rate, gradients/bn_conv1/beta_grad_S320)Hƒ¾ÌñºƒPº

RecvTensor—¿Ëñºƒ Ê~(Ê~:
"€€B…[256B] edge_321_gradients/bn_conv1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H—¿ËñºƒË
*update_bn_conv1/gamma/ApplyGradientDescentˆ¾Ìñºƒ (B„update_bn_conv1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn_conv1/gamma, learning_rate, gradients/bn_conv1/gamma_grad_S321)Hˆ¾ÌñºƒP¼

RecvTensor ÅËñºƒ àx(àx:"€¦€¦B…[37632B] edge_322_gradients/conv1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H ÅËñºƒÂ
(update_conv1/kernel/ApplyGradientDescent¾Ìñºƒ (B~update_conv1/kernel/ApplyGradientDescent = ApplyGradientDescent(conv1/kernel, learning_rate, gradients/conv1/kernel_grad_S322)H¾ÌñºƒP