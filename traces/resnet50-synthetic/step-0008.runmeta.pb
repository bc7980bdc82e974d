
‹

Òê
)/job:worker/replica:0/task:0/device:CPU:0­

RecvTensorÒËáñºƒ v(v:"€¦€¦By[37632B] edge_1_conv1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÒËáñºƒ«

RecvTensorÔËáñºƒ t(t:
"€€By[256B] edge_2_bn_conv1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÔËáñºƒª

RecvTensor×Ëáñºƒ ~(~:
"€€Bx[256B] edge_3_bn_conv1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H×Ëáñºƒ·

RecvTensorÛËáñºƒ z(z:"€€€€B‚[16384B] edge_4_res2a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÛËáñºƒ°

RecvTensorŞËáñºƒ x(x:
"€€B~[256B] edge_5_bn2a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŞËáñºƒ¯

RecvTensoráËáñºƒ u(u:
"€€B}[256B] edge_6_bn2a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HáËáñºƒ¸

RecvTensoräËáñºƒ ¢(¢:"€€	€€	B[0.1MB] edge_7_res2a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HäËáñºƒ²

RecvTensorçËáñºƒ Ÿ(Ÿ:
"€€B~[256B] edge_8_bn2a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HçËáñºƒ±

RecvTensorêËáñºƒ (:
"€€B}[256B] edge_9_bn2a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HêËáñºƒº

RecvTensoríËáñºƒ Ÿ(Ÿ:"€€€€Bƒ[65536B] edge_10_res2a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HíËáñºƒµ

RecvTensorğËáñºƒ —(—:
"€€B€[1024B] edge_11_bn2a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HğËáñºƒ³

RecvTensoróËáñºƒ •(•:
"€€B[1024B] edge_12_bn2a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HóËáñºƒ¹

RecvTensoröËáñºƒ ş(ş:"€€€€B‚[65536B] edge_13_res2a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HöËáñºƒ³

RecvTensorùËáñºƒ ü(ü:
"€€B[1024B] edge_14_bn2a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HùËáñºƒ²

RecvTensorüËáñºƒ ú(ú:
"€€B~[1024B] edge_15_bn2a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HüËáñºƒº

RecvTensorşËáñºƒ À(À:"€€€€Bƒ[65536B] edge_16_res2b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HşËáñºƒ³

RecvTensor‚Ìáñºƒ í(í:
"€€B[256B] edge_17_bn2b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‚Ìáñºƒ²

RecvTensor…Ìáñºƒ ¢(¢:
"€€B~[256B] edge_18_bn2b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H…Ìáñºƒ¹

RecvTensor‡Ìáñºƒ è(è:"€€	€€	B‚[0.1MB] edge_19_res2b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‡Ìáñºƒ³

RecvTensor‹Ìáñºƒ œ(œ:
"€€B[256B] edge_20_bn2b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‹Ìáñºƒ²

RecvTensorÌáñºƒ ™(™:
"€€B~[256B] edge_21_bn2b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÌáñºƒº

RecvTensor‘Ìáñºƒ •(•:"€€€€Bƒ[65536B] edge_22_res2b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‘Ìáñºƒµ

RecvTensor”Ìáñºƒ Ü(Ü:
"€€B€[1024B] edge_23_bn2b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H”Ìáñºƒ³

RecvTensor—Ìáñºƒ ‘(‘:
"€€B[1024B] edge_24_bn2b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H—Ìáñºƒº

RecvTensoršÌáñºƒ Ä(Ä:"€€€€Bƒ[65536B] edge_25_res2c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HšÌáñºƒ³

RecvTensorÌáñºƒ »(»:
"€€B[256B] edge_26_bn2c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÌáñºƒ²

RecvTensor Ìáñºƒ ¡	(¡	:
"€€B~[256B] edge_27_bn2c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H Ìáñºƒ¹

RecvTensor£Ìáñºƒ µ(µ:"€€	€€	B‚[0.1MB] edge_28_res2c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H£Ìáñºƒ³

RecvTensor¦Ìáñºƒ (:
"€€B[256B] edge_29_bn2c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¦Ìáñºƒ²

RecvTensor©Ìáñºƒ °(°:
"€€B~[256B] edge_30_bn2c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H©Ìáñºƒº

RecvTensor­Ìáñºƒ Ë	(Ë	:"€€€€Bƒ[65536B] edge_31_res2c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H­Ìáñºƒµ

RecvTensor°Ìáñºƒ ©(©:
"€€B€[1024B] edge_32_bn2c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H°Ìáñºƒ³

RecvTensor³Ìáñºƒ 	(	:
"€€B[1024B] edge_33_bn2c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H³Ìáñºƒ¹

RecvTensor¶Ìáñºƒ °
(°
:"€€€€B‚[0.1MB] edge_34_res3a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¶Ìáñºƒ³

RecvTensor¹Ìáñºƒ Ÿ(Ÿ:
"€€B[512B] edge_35_bn3a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¹Ìáñºƒ²

RecvTensor¼Ìáñºƒ …	(…	:
"€€B~[512B] edge_36_bn3a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¼Ìáñºƒ¹

RecvTensor¿Ìáñºƒ 	(	:"€€$€€$B‚[0.6MB] edge_37_res3a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¿Ìáñºƒ³

RecvTensorÂÌáñºƒ €	(€	:
"€€B[512B] edge_38_bn3a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÂÌáñºƒ²

RecvTensorÅÌáñºƒ ³	(³	:
"€€B~[512B] edge_39_bn3a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÅÌáñºƒ¹

RecvTensorÈÌáñºƒ ø(ø:"€€€€B‚[0.2MB] edge_40_res3a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÈÌáñºƒµ

RecvTensorËÌáñºƒ 
(
:
"€€B€[2048B] edge_41_bn3a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HËÌáñºƒ³

RecvTensorÎÌáñºƒ ¬	(¬	:
"€€B[2048B] edge_42_bn3a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÎÌáñºƒ¸

RecvTensorÑÌáñºƒ ¢(¢:"€€ €€ B[0.5MB] edge_43_res3a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÑÌáñºƒ³

RecvTensorÔÌáñºƒ ¼(¼:
"€€B[2048B] edge_44_bn3a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÔÌáñºƒ²

RecvTensor×Ìáñºƒ ë(ë:
"€€B~[2048B] edge_45_bn3a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H×Ìáñºƒ¹

RecvTensorÚÌáñºƒ ñ(ñ:"€€€€B‚[0.2MB] edge_46_res3b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÚÌáñºƒ³

RecvTensorİÌáñºƒ å(å:
"€€B[512B] edge_47_bn3b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HİÌáñºƒ²

RecvTensoràÌáñºƒ ®(®:
"€€B~[512B] edge_48_bn3b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HàÌáñºƒ¹

RecvTensorãÌáñºƒ ª(ª:"€€$€€$B‚[0.6MB] edge_49_res3b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HãÌáñºƒ³

RecvTensoræÌáñºƒ Á(Á:
"€€B[512B] edge_50_bn3b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HæÌáñºƒ²

RecvTensoréÌáñºƒ ¥(¥:
"€€B~[512B] edge_51_bn3b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HéÌáñºƒ¹

RecvTensorìÌáñºƒ ·(·:"€€€€B‚[0.2MB] edge_52_res3b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HìÌáñºƒµ

RecvTensorïÌáñºƒ ¸(¸:
"€€B€[2048B] edge_53_bn3b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HïÌáñºƒ³

RecvTensoròÌáñºƒ ³(³:
"€€B[2048B] edge_54_bn3b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HòÌáñºƒ¹

RecvTensorõÌáñºƒ õ(õ:"€€€€B‚[0.2MB] edge_55_res3c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HõÌáñºƒ³

RecvTensorøÌáñºƒ ˜(˜:
"€€B[512B] edge_56_bn3c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HøÌáñºƒ²

RecvTensorûÌáñºƒ –(–:
"€€B~[512B] edge_57_bn3c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HûÌáñºƒ¹

RecvTensorşÌáñºƒ Ò(Ò:"€€$€€$B‚[0.6MB] edge_58_res3c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HşÌáñºƒ³

RecvTensor€Íáñºƒ ‘(‘:
"€€B[512B] edge_59_bn3c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H€Íáñºƒ²

RecvTensor„Íáñºƒ ¥(¥:
"€€B~[512B] edge_60_bn3c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H„Íáñºƒ¹

RecvTensor‡Íáñºƒ ¡(¡:"€€€€B‚[0.2MB] edge_61_res3c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‡Íáñºƒµ

RecvTensor‰Íáñºƒ û(û:
"€€B€[2048B] edge_62_bn3c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‰Íáñºƒ³

RecvTensorŒÍáñºƒ (:
"€€B[2048B] edge_63_bn3c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŒÍáñºƒ¹

RecvTensorÍáñºƒ ô(ô:"€€€€B‚[0.2MB] edge_64_res3d_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÍáñºƒ³

RecvTensor’Íáñºƒ ó(ó:
"€€B[512B] edge_65_bn3d_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H’Íáñºƒ²

RecvTensor•Íáñºƒ ¡"(¡":
"€€B~[512B] edge_66_bn3d_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H•Íáñºƒ¹

RecvTensor˜Íáñºƒ …&(…&:"€€$€€$B‚[0.6MB] edge_67_res3d_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H˜Íáñºƒ³

RecvTensor›Íáñºƒ ›"(›":
"€€B[512B] edge_68_bn3d_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H›Íáñºƒ²

RecvTensorÍáñºƒ ‚&(‚&:
"€€B~[512B] edge_69_bn3d_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÍáñºƒ¹

RecvTensor¡Íáñºƒ ó6(ó6:"€€€€B‚[0.2MB] edge_70_res3d_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¡Íáñºƒµ

RecvTensor¤Íáñºƒ ı%(ı%:
"€€B€[2048B] edge_71_bn3d_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¤Íáñºƒ³

RecvTensor§Íáñºƒ ÷%(÷%:
"€€B[2048B] edge_72_bn3d_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H§Íáñºƒ¹

RecvTensor«Íáñºƒ Š"(Š":"€€ €€ B‚[0.5MB] edge_73_res4a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H«Íáñºƒµ

RecvTensor®Íáñºƒ ñ%(ñ%:
"€€B€[1024B] edge_74_bn4a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H®Íáñºƒ³

RecvTensor±Íáñºƒ Å=(Å=:
"€€B[1024B] edge_75_bn4a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H±Íáñºƒ»

RecvTensor³Íáñºƒ ‰5(‰5:"
€€€€B‚[2.2MB] edge_76_res4a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H³Íáñºƒµ

RecvTensor¶Íáñºƒ Å=(Å=:
"€€B€[1024B] edge_77_bn4a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¶Íáñºƒ³

RecvTensor¹Íáñºƒ Á=(Á=:
"€€B[1024B] edge_78_bn4a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¹Íáñºƒ¹

RecvTensor¼Íáñºƒ ¹=(¹=:"€€@€€@B‚[1.0MB] edge_79_res4a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¼Íáñºƒµ

RecvTensor¿Íáñºƒ ‰K(‰K:
"€ € B€[4096B] edge_80_bn4a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¿Íáñºƒ³

RecvTensorÂÍáñºƒ ¼=(¼=:
"€ € B[4096B] edge_81_bn4a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÂÍáñºƒº

RecvTensorÅÍáñºƒ şJ(şJ:"
€€€€€€B[2.0MB] edge_82_res4a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÅÍáñºƒ³

RecvTensorÉÍáñºƒ °=(°=:
"€ € B[4096B] edge_83_bn4a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÉÍáñºƒ²

RecvTensorÌÍáñºƒ µ=(µ=:
"€ € B~[4096B] edge_84_bn4a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÌÍáñºƒ¹

RecvTensorÎÍáñºƒ ÛQ(ÛQ:"€€@€€@B‚[1.0MB] edge_85_res4b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÎÍáñºƒµ

RecvTensorÒÍáñºƒ òJ(òJ:
"€€B€[1024B] edge_86_bn4b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÒÍáñºƒ³

RecvTensorÕÍáñºƒ ï`(ï`:
"€€B[1024B] edge_87_bn4b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÕÍáñºƒ»

RecvTensorØÍáñºƒ ì`(ì`:"
€€€€B‚[2.2MB] edge_88_res4b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HØÍáñºƒµ

RecvTensorÛÍáñºƒ Ïg(Ïg:
"€€B€[1024B] edge_89_bn4b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÛÍáñºƒ³

RecvTensorŞÍáñºƒ ËQ(ËQ:
"€€B[1024B] edge_90_bn4b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŞÍáñºƒ¹

RecvTensoráÍáñºƒ Äg(Äg:"€€@€€@B‚[1.0MB] edge_91_res4b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HáÍáñºƒµ

RecvTensoräÍáñºƒ É}(É}:
"€ € B€[4096B] edge_92_bn4b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HäÍáñºƒ³

RecvTensorçÍáñºƒ Âg(Âg:
"€ € B[4096B] edge_93_bn4b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HçÍáñºƒ¹

RecvTensorêÍáñºƒ ¡n(¡n:"€€@€€@B‚[1.0MB] edge_94_res4c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HêÍáñºƒµ

RecvTensoríÍáñºƒ n(n:
"€€B€[1024B] edge_95_bn4c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HíÍáñºƒµ

RecvTensorğÍáñºƒ ¡„(¡„:
"€€B[1024B] edge_96_bn4c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HğÍáñºƒ»

RecvTensoróÍáñºƒ ·}(·}:"
€€€€B‚[2.2MB] edge_97_res4c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HóÍáñºƒµ

RecvTensoröÍáñºƒ šn(šn:
"€€B€[1024B] edge_98_bn4c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HöÍáñºƒ³

RecvTensorùÍáñºƒ µ}(µ}:
"€€B[1024B] edge_99_bn4c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HùÍáñºƒ¼

RecvTensorüÍáñºƒ öŠ(öŠ:"€€@€€@Bƒ[1.0MB] edge_100_res4c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HüÍáñºƒ¶

RecvTensorÿÍáñºƒ n(n:
"€ € B[4096B] edge_101_bn4c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÿÍáñºƒ·

RecvTensor‚Îáñºƒ ôŠ(ôŠ:
"€ € B€[4096B] edge_102_bn4c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‚Îáñºƒ¼

RecvTensor…Îáñºƒ Š„(Š„:"€€@€€@Bƒ[1.0MB] edge_103_res4d_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H…Îáñºƒ¸

RecvTensorˆÎáñºƒ ˆ„(ˆ„:
"€€B[1024B] edge_104_bn4d_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HˆÎáñºƒ·

RecvTensor‹Îáñºƒ èŠ(èŠ:
"€€B€[1024B] edge_105_bn4d_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‹Îáñºƒ¾

RecvTensorÎáñºƒ ‚š(‚š:"
€€€€Bƒ[2.2MB] edge_106_res4d_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÎáñºƒ¸

RecvTensor‘Îáñºƒ €š(€š:
"€€B[1024B] edge_107_bn4d_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‘Îáñºƒ·

RecvTensor”Îáñºƒ ş™(ş™:
"€€B€[1024B] edge_108_bn4d_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H”Îáñºƒ¼

RecvTensor—Îáñºƒ İ (İ :"€€@€€@Bƒ[1.0MB] edge_109_res4d_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H—Îáñºƒ¸

RecvTensoršÎáñºƒ İ (İ :
"€ € B[4096B] edge_110_bn4d_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HšÎáñºƒ·

RecvTensorÎáñºƒ ¾§(¾§:
"€ € B€[4096B] edge_111_bn4d_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÎáñºƒ¼

RecvTensor¡Îáñºƒ ·§(·§:"€€@€€@Bƒ[1.0MB] edge_112_res4e_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¡Îáñºƒ¸

RecvTensor¤Îáñºƒ Ô¶(Ô¶:
"€€B[1024B] edge_113_bn4e_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¤Îáñºƒ·

RecvTensor§Îáñºƒ ì™(ì™:
"€€B€[1024B] edge_114_bn4e_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H§Îáñºƒ¾

RecvTensorªÎáñºƒ Í¶(Í¶:"
€€€€Bƒ[2.2MB] edge_115_res4e_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HªÎáñºƒ¸

RecvTensor¬Îáñºƒ ±§(±§:
"€€B[1024B] edge_116_bn4e_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¬Îáñºƒ·

RecvTensor°Îáñºƒ ©§(©§:
"€€B€[1024B] edge_117_bn4e_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H°Îáñºƒ¼

RecvTensor²Îáñºƒ «½(«½:"€€@€€@Bƒ[1.0MB] edge_118_res4e_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H²Îáñºƒ¸

RecvTensor¶Îáñºƒ Æ¶(Æ¶:
"€ € B[4096B] edge_119_bn4e_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¶Îáñºƒ·

RecvTensor¹Îáñºƒ §½(§½:
"€ € B€[4096B] edge_120_bn4e_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¹Îáñºƒ¼

RecvTensor¼Îáñºƒ …Ä(…Ä:"€€@€€@Bƒ[1.0MB] edge_121_res4f_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¼Îáñºƒ¸

RecvTensor¿Îáñºƒ „Ä(„Ä:
"€€B[1024B] edge_122_bn4f_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¿Îáñºƒ·

RecvTensorÂÎáñºƒ €Ä(€Ä:
"€€B€[1024B] edge_123_bn4f_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÂÎáñºƒ¾

RecvTensorÅÎáñºƒ ˜Ó(˜Ó:"
€€€€Bƒ[2.2MB] edge_124_res4f_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÅÎáñºƒ¸

RecvTensorÈÎáñºƒ –Ó(–Ó:
"€€B[1024B] edge_125_bn4f_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÈÎáñºƒ·

RecvTensorËÎáñºƒ ·¿(·¿:
"€€B€[1024B] edge_126_bn4f_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HËÎáñºƒ¼

RecvTensorÎÎáñºƒ ñÙ(ñÙ:"€€@€€@Bƒ[1.0MB] edge_127_res4f_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÎÎáñºƒ¸

RecvTensorÑÎáñºƒ ñÙ(ñÙ:
"€ € B[4096B] edge_128_bn4f_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÑÎáñºƒ·

RecvTensorÓÎáñºƒ òÙ(òÙ:
"€ € B€[4096B] edge_129_bn4f_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÓÎáñºƒ¾

RecvTensorÖÎáñºƒ ³ç(³ç:"
€€€€€€Bƒ[2.0MB] edge_130_res5a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÖÎáñºƒ¸

RecvTensorÙÎáñºƒ îÙ(îÙ:
"€€B[2048B] edge_131_bn5a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÙÎáñºƒ·

RecvTensorÜÎáñºƒ ¤¿(¤¿:
"€€B€[2048B] edge_132_bn5a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÜÎáñºƒ¾

RecvTensorßÎáñºƒ •¤(•¤:"
€€À€€ÀBƒ[9.0MB] edge_133_res5a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HßÎáñºƒ¸

RecvTensorãÎáñºƒ Ÿ¿(Ÿ¿:
"€€B[2048B] edge_134_bn5a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HãÎáñºƒ·

RecvTensoråÎáñºƒ ¦ç(¦ç:
"€€B€[2048B] edge_135_bn5a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HåÎáñºƒ¾

RecvTensoréÎáñºƒ •¿(•¿:"
€€€€€€Bƒ[4.0MB] edge_136_res5a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HéÎáñºƒ¸

RecvTensorëÎáñºƒ ¤(¤:
"€@€@B[8192B] edge_137_bn5a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HëÎáñºƒ·

RecvTensorîÎáñºƒ ›¿(›¿:
"€@€@B€[8192B] edge_138_bn5a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HîÎáñºƒ½

RecvTensorñÎáñºƒ  õ( õ:"
€€€€€€B‚[8.0MB] edge_139_res5a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HñÎáñºƒ·

RecvTensorôÎáñºƒ ¤õ(¤õ:
"€@€@B€[8192B] edge_140_bn5a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HôÎáñºƒµ

RecvTensor÷Îáñºƒ è(è:
"€@€@B[8192B] edge_141_bn5a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H÷Îáñºƒ¾

RecvTensorúÎáñºƒ ¢(¢:"
€€€€€€Bƒ[4.0MB] edge_142_res5b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HúÎáñºƒ¸

RecvTensorıÎáñºƒ ¦è(¦è:
"€€B[2048B] edge_143_bn5b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HıÎáñºƒ·

RecvTensor€Ïáñºƒ †Í(†Í:
"€€B€[2048B] edge_144_bn5b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H€Ïáñºƒ¾

RecvTensorƒÏáñºƒ Í(Í:"
€€À€€ÀBƒ[9.0MB] edge_145_res5b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HƒÏáñºƒ¸

RecvTensor†Ïáñºƒ ‚Í(‚Í:
"€€B[2048B] edge_146_bn5b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H†Ïáñºƒ·

RecvTensor‰Ïáñºƒ „è(„è:
"€€B€[2048B] edge_147_bn5b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‰Ïáñºƒ¾

RecvTensorŒÏáñºƒ €è(€è:"
€€€€€€Bƒ[4.0MB] edge_148_res5b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŒÏáñºƒ¸

RecvTensorÏáñºƒ “è(“è:
"€@€@B[8192B] edge_149_bn5b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÏáñºƒ·

RecvTensor’Ïáñºƒ ‰è(‰è:
"€@€@B€[8192B] edge_150_bn5b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H’Ïáñºƒ¾

RecvTensor•Ïáñºƒ œƒ(œƒ:"
€€€€€€Bƒ[4.0MB] edge_151_res5c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H•Ïáñºƒ¸

RecvTensor˜Ïáñºƒ è(è:
"€€B[2048B] edge_152_bn5c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H˜Ïáñºƒ·

RecvTensor›Ïáñºƒ ‹À(‹À:
"€€B€[2048B] edge_153_bn5c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H›Ïáñºƒ¾

RecvTensorÏáñºƒ †À(†À:"
€€À€€ÀBƒ[9.0MB] edge_154_res5c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÏáñºƒ¸

RecvTensor¡Ïáñºƒ ğ(ğ:
"€€B[2048B] edge_155_bn5c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¡Ïáñºƒ·

RecvTensor¤Ïáñºƒ ƒè(ƒè:
"€€B€[2048B] edge_156_bn5c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¤Ïáñºƒ¾

RecvTensor§Ïáñºƒ ƒÛ(ƒÛ:"
€€€€€€Bƒ[4.0MB] edge_157_res5c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H§Ïáñºƒ¸

RecvTensorªÏáñºƒ „è(„è:
"€@€@B[8192B] edge_158_bn5c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HªÏáñºƒ·

RecvTensor¬Ïáñºƒ ƒ(ƒ:
"€@€@B€[8192B] edge_159_bn5c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¬Ïáñºƒµ

RecvTensor¯Ïáñºƒ á(á:"
€€ô€€ôB{[7.8MB] edge_160_fc1000/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¯Ïáñºƒ¯

RecvTensor³Ïáñºƒ ‚ƒ(‚ƒ:
"  By[4000B] edge_161_fc1000/bias/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H³Ïáñºƒ\
conv1/Conv2DÈÌáñºƒ ‚(‚B2conv1/Conv2D = Conv2D(input, conv1/kernel/read_S1)HÈÌáñºƒP 
bn_conv1/FusedBatchNormV3ÊÒáñºƒ Â(ÂBibn_conv1/FusedBatchNormV3 = FusedBatchNormV3(conv1/Conv2D, bn_conv1/gamma/read_S2, bn_conv1/beta/read_S3)HÊÒáñºƒP^
conv1_relu/ReluŒÖáñºƒ ¦(¦B1conv1_relu/Relu = Relu(bn_conv1/FusedBatchNormV3)HŒÖáñºƒPS
pool1/MaxPool²Øáñºƒ Å(ÅB(pool1/MaxPool = MaxPool(conv1_relu/Relu)H²ØáñºƒP}
res2a_branch2a/Conv2D÷Ùáñºƒ Z(ZBLres2a_branch2a/Conv2D = Conv2D(pool1/MaxPool, res2a_branch2a/kernel/read_S4)H÷ÙáñºƒP¼
bn2a_branch2a/FusedBatchNormV3ÑÚáñºƒ t(tBbn2a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch2a/Conv2D, bn2a_branch2a/gamma/read_S5, bn2a_branch2a/beta/read_S6)HÑÚáñºƒPs
res2a_branch2a_relu/ReluÅÛáñºƒ Q(QB?res2a_branch2a_relu/Relu = Relu(bn2a_branch2a/FusedBatchNormV3)HÅÛáñºƒPŠ
res2a_branch2b/Conv2D–Üáñºƒ õ(õBWres2a_branch2b/Conv2D = Conv2D(res2a_branch2a_relu/Relu, res2a_branch2b/kernel/read_S7)H–ÜáñºƒP¼
bn2a_branch2b/FusedBatchNormV3‹âáñºƒ {({Bbn2a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch2b/Conv2D, bn2a_branch2b/gamma/read_S8, bn2a_branch2b/beta/read_S9)H‹âáñºƒPs
res2a_branch2b_relu/Relu†ãáñºƒ O(OB?res2a_branch2b_relu/Relu = Relu(bn2a_branch2b/FusedBatchNormV3)H†ãáñºƒP‹
res2a_branch2c/Conv2DÕãáñºƒ Ò(ÒBXres2a_branch2c/Conv2D = Conv2D(res2a_branch2b_relu/Relu, res2a_branch2c/kernel/read_S10)HÕãáñºƒPÀ
bn2a_branch2c/FusedBatchNormV3§æáñºƒ ½(½Bƒbn2a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch2c/Conv2D, bn2a_branch2c/gamma/read_S11, bn2a_branch2c/beta/read_S12)H§æáñºƒP}
res2a_branch1/Conv2Däéáñºƒ Ó(ÓBKres2a_branch1/Conv2D = Conv2D(pool1/MaxPool, res2a_branch1/kernel/read_S13)HäéáñºƒPº
bn2a_branch1/FusedBatchNormV3·ìáñºƒ °(°Bbn2a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch1/Conv2D, bn2a_branch1/gamma/read_S14, bn2a_branch1/beta/read_S15)H·ìáñºƒPw
	res2a/addçïáñºƒ Æ(ÆBPres2a/add = AddV2(bn2a_branch2c/FusedBatchNormV3, bn2a_branch1/FusedBatchNormV3)HçïáñºƒPN
res2a_relu/Relu­óáñºƒ ·(·B!res2a_relu/Relu = Relu(res2a/add)H­óáñºƒP‚
res2b_branch2a/Conv2Däõáñºƒ Ï(ÏBOres2b_branch2a/Conv2D = Conv2D(res2a_relu/Relu, res2b_branch2a/kernel/read_S16)HäõáñºƒP¾
bn2b_branch2a/FusedBatchNormV3³øáñºƒ r(rBƒbn2b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res2b_branch2a/Conv2D, bn2b_branch2a/gamma/read_S17, bn2b_branch2a/beta/read_S18)H³øáñºƒPs
res2b_branch2a_relu/Relu¥ùáñºƒ O(OB?res2b_branch2a_relu/Relu = Relu(bn2b_branch2a/FusedBatchNormV3)H¥ùáñºƒP‹
res2b_branch2b/Conv2Dôùáñºƒ ó(óBXres2b_branch2b/Conv2D = Conv2D(res2b_branch2a_relu/Relu, res2b_branch2b/kernel/read_S19)HôùáñºƒP¾
bn2b_branch2b/FusedBatchNormV3çÿáñºƒ w(wBƒbn2b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res2b_branch2b/Conv2D, bn2b_branch2b/gamma/read_S20, bn2b_branch2b/beta/read_S21)HçÿáñºƒPs
res2b_branch2b_relu/ReluŞ€âñºƒ S(SB?res2b_branch2b_relu/Relu = Relu(bn2b_branch2b/FusedBatchNormV3)HŞ€âñºƒP‹
res2b_branch2c/Conv2D±âñºƒ É(ÉBXres2b_branch2c/Conv2D = Conv2D(res2b_branch2b_relu/Relu, res2b_branch2c/kernel/read_S22)H±âñºƒPÀ
bn2b_branch2c/FusedBatchNormV3úƒâñºƒ µ(µBƒbn2b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res2b_branch2c/Conv2D, bn2b_branch2c/gamma/read_S23, bn2b_branch2c/beta/read_S24)HúƒâñºƒPi
	res2b/add¯‡âñºƒ ·(·BBres2b/add = AddV2(bn2b_branch2c/FusedBatchNormV3, res2a_relu/Relu)H¯‡âñºƒPN
res2b_relu/ReluæŠâñºƒ £(£B!res2b_relu/Relu = Relu(res2b/add)HæŠâñºƒP‚
res2c_branch2a/Conv2D‰âñºƒ Ğ(ĞBOres2c_branch2a/Conv2D = Conv2D(res2b_relu/Relu, res2c_branch2a/kernel/read_S25)H‰âñºƒP¾
bn2c_branch2a/FusedBatchNormV3Ùâñºƒ q(qBƒbn2c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res2c_branch2a/Conv2D, bn2c_branch2a/gamma/read_S26, bn2c_branch2a/beta/read_S27)HÙâñºƒPs
res2c_branch2a_relu/ReluÊâñºƒ O(OB?res2c_branch2a_relu/Relu = Relu(bn2c_branch2a/FusedBatchNormV3)HÊâñºƒP‹
res2c_branch2b/Conv2D™‘âñºƒ è(èBXres2c_branch2b/Conv2D = Conv2D(res2c_branch2a_relu/Relu, res2c_branch2b/kernel/read_S28)H™‘âñºƒP¾
bn2c_branch2b/FusedBatchNormV3—âñºƒ u(uBƒbn2c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res2c_branch2b/Conv2D, bn2c_branch2b/gamma/read_S29, bn2c_branch2b/beta/read_S30)H—âñºƒPs
res2c_branch2b_relu/Reluö—âñºƒ K(KB?res2c_branch2b_relu/Relu = Relu(bn2c_branch2b/FusedBatchNormV3)Hö—âñºƒP‹
res2c_branch2c/Conv2DÁ˜âñºƒ Ú(ÚBXres2c_branch2c/Conv2D = Conv2D(res2c_branch2b_relu/Relu, res2c_branch2c/kernel/read_S31)HÁ˜âñºƒPÀ
bn2c_branch2c/FusedBatchNormV3››âñºƒ Ç(ÇBƒbn2c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res2c_branch2c/Conv2D, bn2c_branch2c/gamma/read_S32, bn2c_branch2c/beta/read_S33)H››âñºƒPi
	res2c/addââñºƒ Ô(ÔBBres2c/add = AddV2(bn2c_branch2c/FusedBatchNormV3, res2b_relu/Relu)HââñºƒPN
res2c_relu/Relu¶¢âñºƒ ²(²B!res2c_relu/Relu = Relu(res2c/add)H¶¢âñºƒP‚
res3a_branch2a/Conv2Dè¤âñºƒ œ(œBOres3a_branch2a/Conv2D = Conv2D(res2c_relu/Relu, res3a_branch2a/kernel/read_S34)Hè¤âñºƒPÀ
bn3a_branch2a/FusedBatchNormV3„ªâñºƒ İ(İBƒbn3a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch2a/Conv2D, bn3a_branch2a/gamma/read_S35, bn3a_branch2a/beta/read_S36)H„ªâñºƒPu
res3a_branch2a_relu/Reluá«âñºƒ ›(›B?res3a_branch2a_relu/Relu = Relu(bn3a_branch2a/FusedBatchNormV3)Há«âñºƒP‹
res3a_branch2b/Conv2Dü¬âñºƒ Ô(ÔBXres3a_branch2b/Conv2D = Conv2D(res3a_branch2a_relu/Relu, res3a_branch2b/kernel/read_S37)Hü¬âñºƒP¾
bn3a_branch2b/FusedBatchNormV3Ğ²âñºƒ >(>Bƒbn3a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch2b/Conv2D, bn3a_branch2b/gamma/read_S38, bn3a_branch2b/beta/read_S39)HĞ²âñºƒPs
res3a_branch2b_relu/Relu³âñºƒ *(*B?res3a_branch2b_relu/Relu = Relu(bn3a_branch2b/FusedBatchNormV3)H³âñºƒP‹
res3a_branch2c/Conv2D¸³âñºƒ Ï(ÏBXres3a_branch2c/Conv2D = Conv2D(res3a_branch2b_relu/Relu, res3a_branch2c/kernel/read_S40)H¸³âñºƒPÀ
bn3a_branch2c/FusedBatchNormV3‡¶âñºƒ Ù(ÙBƒbn3a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch2c/Conv2D, bn3a_branch2c/gamma/read_S41, bn3a_branch2c/beta/read_S42)H‡¶âñºƒP
res3a_branch1/Conv2Dà·âñºƒ (BMres3a_branch1/Conv2D = Conv2D(res2c_relu/Relu, res3a_branch1/kernel/read_S43)Hà·âñºƒPº
bn3a_branch1/FusedBatchNormV3ï¼âñºƒ Û(ÛBbn3a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch1/Conv2D, bn3a_branch1/gamma/read_S44, bn3a_branch1/beta/read_S45)Hï¼âñºƒPw
	res3a/addÊ¾âñºƒ â(âBPres3a/add = AddV2(bn3a_branch2c/FusedBatchNormV3, bn3a_branch1/FusedBatchNormV3)HÊ¾âñºƒPN
res3a_relu/Relu¬Àâñºƒ —(—B!res3a_relu/Relu = Relu(res3a/add)H¬ÀâñºƒP‚
res3b_branch2a/Conv2DÃÁâñºƒ ¶(¶BOres3b_branch2a/Conv2D = Conv2D(res3a_relu/Relu, res3b_branch2a/kernel/read_S46)HÃÁâñºƒP¾
bn3b_branch2a/FusedBatchNormV3ùÃâñºƒ =(=Bƒbn3b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3b_branch2a/Conv2D, bn3b_branch2a/gamma/read_S47, bn3b_branch2a/beta/read_S48)HùÃâñºƒPs
res3b_branch2a_relu/Relu¶Äâñºƒ ,(,B?res3b_branch2a_relu/Relu = Relu(bn3b_branch2a/FusedBatchNormV3)H¶ÄâñºƒP‹
res3b_branch2b/Conv2DâÄâñºƒ ¿(¿BXres3b_branch2b/Conv2D = Conv2D(res3b_branch2a_relu/Relu, res3b_branch2b/kernel/read_S49)HâÄâñºƒP¾
bn3b_branch2b/FusedBatchNormV3¡Êâñºƒ B(BBƒbn3b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3b_branch2b/Conv2D, bn3b_branch2b/gamma/read_S50, bn3b_branch2b/beta/read_S51)H¡ÊâñºƒPs
res3b_branch2b_relu/ReluãÊâñºƒ +(+B?res3b_branch2b_relu/Relu = Relu(bn3b_branch2b/FusedBatchNormV3)HãÊâñºƒP‹
res3b_branch2c/Conv2DËâñºƒ Í(ÍBXres3b_branch2c/Conv2D = Conv2D(res3b_branch2b_relu/Relu, res3b_branch2c/kernel/read_S52)HËâñºƒPÀ
bn3b_branch2c/FusedBatchNormV3ÛÍâñºƒ ë(ëBƒbn3b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3b_branch2c/Conv2D, bn3b_branch2c/gamma/read_S53, bn3b_branch2c/beta/read_S54)HÛÍâñºƒPi
	res3b/addÆÏâñºƒ Ö(ÖBBres3b/add = AddV2(bn3b_branch2c/FusedBatchNormV3, res3a_relu/Relu)HÆÏâñºƒPN
res3b_relu/ReluœÑâñºƒ ›(›B!res3b_relu/Relu = Relu(res3b/add)HœÑâñºƒP‚
res3c_branch2a/Conv2D·Òâñºƒ Ë(ËBOres3c_branch2a/Conv2D = Conv2D(res3b_relu/Relu, res3c_branch2a/kernel/read_S55)H·ÒâñºƒP¾
bn3c_branch2a/FusedBatchNormV3‚Õâñºƒ ;(;Bƒbn3c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3c_branch2a/Conv2D, bn3c_branch2a/gamma/read_S56, bn3c_branch2a/beta/read_S57)H‚ÕâñºƒPs
res3c_branch2a_relu/Relu½Õâñºƒ -(-B?res3c_branch2a_relu/Relu = Relu(bn3c_branch2a/FusedBatchNormV3)H½ÕâñºƒP‹
res3c_branch2b/Conv2DêÕâñºƒ ÷(÷BXres3c_branch2b/Conv2D = Conv2D(res3c_branch2a_relu/Relu, res3c_branch2b/kernel/read_S58)HêÕâñºƒP¾
bn3c_branch2b/FusedBatchNormV3áÛâñºƒ >(>Bƒbn3c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3c_branch2b/Conv2D, bn3c_branch2b/gamma/read_S59, bn3c_branch2b/beta/read_S60)HáÛâñºƒPs
res3c_branch2b_relu/ReluŸÜâñºƒ *(*B?res3c_branch2b_relu/Relu = Relu(bn3c_branch2b/FusedBatchNormV3)HŸÜâñºƒP‹
res3c_branch2c/Conv2DÉÜâñºƒ À(ÀBXres3c_branch2c/Conv2D = Conv2D(res3c_branch2b_relu/Relu, res3c_branch2c/kernel/read_S61)HÉÜâñºƒPÀ
bn3c_branch2c/FusedBatchNormV3‰ßâñºƒ Ú(ÚBƒbn3c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3c_branch2c/Conv2D, bn3c_branch2c/gamma/read_S62, bn3c_branch2c/beta/read_S63)H‰ßâñºƒPi
	res3c/addãàâñºƒ ß(ßBBres3c/add = AddV2(bn3c_branch2c/FusedBatchNormV3, res3b_relu/Relu)HãàâñºƒPN
res3c_relu/ReluÂââñºƒ Ÿ(ŸB!res3c_relu/Relu = Relu(res3c/add)HÂââñºƒP‚
res3d_branch2a/Conv2Dáãâñºƒ Ë(ËBOres3d_branch2a/Conv2D = Conv2D(res3c_relu/Relu, res3d_branch2a/kernel/read_S64)HáãâñºƒP¾
bn3d_branch2a/FusedBatchNormV3¬æâñºƒ ?(?Bƒbn3d_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3d_branch2a/Conv2D, bn3d_branch2a/gamma/read_S65, bn3d_branch2a/beta/read_S66)H¬æâñºƒPs
res3d_branch2a_relu/Reluëæâñºƒ +(+B?res3d_branch2a_relu/Relu = Relu(bn3d_branch2a/FusedBatchNormV3)HëæâñºƒP‹
res3d_branch2b/Conv2D–çâñºƒ í(íBXres3d_branch2b/Conv2D = Conv2D(res3d_branch2a_relu/Relu, res3d_branch2b/kernel/read_S67)H–çâñºƒP¾
bn3d_branch2b/FusedBatchNormV3ƒíâñºƒ ?(?Bƒbn3d_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3d_branch2b/Conv2D, bn3d_branch2b/gamma/read_S68, bn3d_branch2b/beta/read_S69)HƒíâñºƒPs
res3d_branch2b_relu/ReluÂíâñºƒ *(*B?res3d_branch2b_relu/Relu = Relu(bn3d_branch2b/FusedBatchNormV3)HÂíâñºƒP‹
res3d_branch2c/Conv2Dìíâñºƒ Ò(ÒBXres3d_branch2c/Conv2D = Conv2D(res3d_branch2b_relu/Relu, res3d_branch2c/kernel/read_S70)HìíâñºƒPÀ
bn3d_branch2c/FusedBatchNormV3¾ğâñºƒ é(éBƒbn3d_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3d_branch2c/Conv2D, bn3d_branch2c/gamma/read_S71, bn3d_branch2c/beta/read_S72)H¾ğâñºƒPi
	res3d/add§òâñºƒ â(âBBres3d/add = AddV2(bn3d_branch2c/FusedBatchNormV3, res3c_relu/Relu)H§òâñºƒPN
res3d_relu/Relu‰ôâñºƒ š(šB!res3d_relu/Relu = Relu(res3d/add)H‰ôâñºƒP‚
res4a_branch2a/Conv2D£õâñºƒ ¡(¡BOres4a_branch2a/Conv2D = Conv2D(res3d_relu/Relu, res4a_branch2a/kernel/read_S73)H£õâñºƒP¾
bn4a_branch2a/FusedBatchNormV3Äúâñºƒ q(qBƒbn4a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch2a/Conv2D, bn4a_branch2a/gamma/read_S74, bn4a_branch2a/beta/read_S75)HÄúâñºƒPs
res4a_branch2a_relu/Reluµûâñºƒ N(NB?res4a_branch2a_relu/Relu = Relu(bn4a_branch2a/FusedBatchNormV3)HµûâñºƒP‹
res4a_branch2b/Conv2Dƒüâñºƒ û(ûBXres4a_branch2b/Conv2D = Conv2D(res4a_branch2a_relu/Relu, res4a_branch2b/kernel/read_S76)HƒüâñºƒP¾
bn4a_branch2b/FusedBatchNormV3şãñºƒ $($Bƒbn4a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch2b/Conv2D, bn4a_branch2b/gamma/read_S77, bn4a_branch2b/beta/read_S78)HşãñºƒPs
res4a_branch2b_relu/Relu¢‚ãñºƒ (B?res4a_branch2b_relu/Relu = Relu(bn4a_branch2b/FusedBatchNormV3)H¢‚ãñºƒP‹
res4a_branch2c/Conv2D½‚ãñºƒ È(ÈBXres4a_branch2c/Conv2D = Conv2D(res4a_branch2b_relu/Relu, res4a_branch2c/kernel/read_S79)H½‚ãñºƒP¾
bn4a_branch2c/FusedBatchNormV3……ãñºƒ w(wBƒbn4a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch2c/Conv2D, bn4a_branch2c/gamma/read_S80, bn4a_branch2c/beta/read_S81)H……ãñºƒP
res4a_branch1/Conv2Dü…ãñºƒ ±(±BMres4a_branch1/Conv2D = Conv2D(res3d_relu/Relu, res4a_branch1/kernel/read_S82)Hü…ãñºƒP¸
bn4a_branch1/FusedBatchNormV3­‹ãñºƒ w(wBbn4a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch1/Conv2D, bn4a_branch1/gamma/read_S83, bn4a_branch1/beta/read_S84)H­‹ãñºƒPu
	res4a/add¤Œãñºƒ s(sBPres4a/add = AddV2(bn4a_branch2c/FusedBatchNormV3, bn4a_branch1/FusedBatchNormV3)H¤ŒãñºƒPL
res4a_relu/Relu—ãñºƒ L(LB!res4a_relu/Relu = Relu(res4a/add)H—ãñºƒP‚
res4b_branch2a/Conv2Dããñºƒ ¾(¾BOres4b_branch2a/Conv2D = Conv2D(res4a_relu/Relu, res4b_branch2a/kernel/read_S85)HããñºƒP¾
bn4b_branch2a/FusedBatchNormV3¡ãñºƒ #(#Bƒbn4b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4b_branch2a/Conv2D, bn4b_branch2a/gamma/read_S86, bn4b_branch2a/beta/read_S87)H¡ãñºƒPs
res4b_branch2a_relu/ReluÄãñºƒ (B?res4b_branch2a_relu/Relu = Relu(bn4b_branch2a/FusedBatchNormV3)HÄãñºƒP‹
res4b_branch2b/Conv2DŞãñºƒ Ş(ŞBXres4b_branch2b/Conv2D = Conv2D(res4b_branch2a_relu/Relu, res4b_branch2b/kernel/read_S88)HŞãñºƒP¾
bn4b_branch2b/FusedBatchNormV3¼–ãñºƒ !(!Bƒbn4b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4b_branch2b/Conv2D, bn4b_branch2b/gamma/read_S89, bn4b_branch2b/beta/read_S90)H¼–ãñºƒPs
res4b_branch2b_relu/Reluİ–ãñºƒ (B?res4b_branch2b_relu/Relu = Relu(bn4b_branch2b/FusedBatchNormV3)Hİ–ãñºƒP‹
res4b_branch2c/Conv2D÷–ãñºƒ Õ(ÕBXres4b_branch2c/Conv2D = Conv2D(res4b_branch2b_relu/Relu, res4b_branch2c/kernel/read_S91)H÷–ãñºƒP¾
bn4b_branch2c/FusedBatchNormV3Ì™ãñºƒ }(}Bƒbn4b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4b_branch2c/Conv2D, bn4b_branch2c/gamma/read_S92, bn4b_branch2c/beta/read_S93)HÌ™ãñºƒPg
	res4b/addÉšãñºƒ s(sBBres4b/add = AddV2(bn4b_branch2c/FusedBatchNormV3, res4a_relu/Relu)HÉšãñºƒPL
res4b_relu/Relu¼›ãñºƒ V(VB!res4b_relu/Relu = Relu(res4b/add)H¼›ãñºƒP‚
res4c_branch2a/Conv2D’œãñºƒ À(ÀBOres4c_branch2a/Conv2D = Conv2D(res4b_relu/Relu, res4c_branch2a/kernel/read_S94)H’œãñºƒP¾
bn4c_branch2a/FusedBatchNormV3Òãñºƒ $($Bƒbn4c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4c_branch2a/Conv2D, bn4c_branch2a/gamma/read_S95, bn4c_branch2a/beta/read_S96)HÒãñºƒPs
res4c_branch2a_relu/Reluöãñºƒ (B?res4c_branch2a_relu/Relu = Relu(bn4c_branch2a/FusedBatchNormV3)HöãñºƒP‹
res4c_branch2b/Conv2DŸãñºƒ Ö(ÖBXres4c_branch2b/Conv2D = Conv2D(res4c_branch2a_relu/Relu, res4c_branch2b/kernel/read_S97)HŸãñºƒP¾
bn4c_branch2b/FusedBatchNormV3æ¤ãñºƒ #(#Bƒbn4c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4c_branch2b/Conv2D, bn4c_branch2b/gamma/read_S98, bn4c_branch2b/beta/read_S99)Hæ¤ãñºƒPs
res4c_branch2b_relu/Relu‰¥ãñºƒ (B?res4c_branch2b_relu/Relu = Relu(bn4c_branch2b/FusedBatchNormV3)H‰¥ãñºƒPŒ
res4c_branch2c/Conv2D¢¥ãñºƒ Ó(ÓBYres4c_branch2c/Conv2D = Conv2D(res4c_branch2b_relu/Relu, res4c_branch2c/kernel/read_S100)H¢¥ãñºƒPÀ
bn4c_branch2c/FusedBatchNormV3õ§ãñºƒ q(qB…bn4c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4c_branch2c/Conv2D, bn4c_branch2c/gamma/read_S101, bn4c_branch2c/beta/read_S102)Hõ§ãñºƒPg
	res4c/addæ¨ãñºƒ p(pBBres4c/add = AddV2(bn4c_branch2c/FusedBatchNormV3, res4b_relu/Relu)Hæ¨ãñºƒPL
res4c_relu/ReluÖ©ãñºƒ R(RB!res4c_relu/Relu = Relu(res4c/add)HÖ©ãñºƒPƒ
res4d_branch2a/Conv2D¨ªãñºƒ È(ÈBPres4d_branch2a/Conv2D = Conv2D(res4c_relu/Relu, res4d_branch2a/kernel/read_S103)H¨ªãñºƒPÀ
bn4d_branch2a/FusedBatchNormV3ğ¬ãñºƒ "("B…bn4d_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4d_branch2a/Conv2D, bn4d_branch2a/gamma/read_S104, bn4d_branch2a/beta/read_S105)Hğ¬ãñºƒPs
res4d_branch2a_relu/Relu’­ãñºƒ (B?res4d_branch2a_relu/Relu = Relu(bn4d_branch2a/FusedBatchNormV3)H’­ãñºƒPŒ
res4d_branch2b/Conv2D¬­ãñºƒ é(éBYres4d_branch2b/Conv2D = Conv2D(res4d_branch2a_relu/Relu, res4d_branch2b/kernel/read_S106)H¬­ãñºƒPÀ
bn4d_branch2b/FusedBatchNormV3•³ãñºƒ $($B…bn4d_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4d_branch2b/Conv2D, bn4d_branch2b/gamma/read_S107, bn4d_branch2b/beta/read_S108)H•³ãñºƒPs
res4d_branch2b_relu/Relu¹³ãñºƒ (B?res4d_branch2b_relu/Relu = Relu(bn4d_branch2b/FusedBatchNormV3)H¹³ãñºƒPŒ
res4d_branch2c/Conv2DÕ³ãñºƒ Ô(ÔBYres4d_branch2c/Conv2D = Conv2D(res4d_branch2b_relu/Relu, res4d_branch2c/kernel/read_S109)HÕ³ãñºƒPÀ
bn4d_branch2c/FusedBatchNormV3©¶ãñºƒ x(xB…bn4d_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4d_branch2c/Conv2D, bn4d_branch2c/gamma/read_S110, bn4d_branch2c/beta/read_S111)H©¶ãñºƒPg
	res4d/add¡·ãñºƒ z(zBBres4d/add = AddV2(bn4d_branch2c/FusedBatchNormV3, res4c_relu/Relu)H¡·ãñºƒPL
res4d_relu/Relu›¸ãñºƒ Q(QB!res4d_relu/Relu = Relu(res4d/add)H›¸ãñºƒPƒ
res4e_branch2a/Conv2Dì¸ãñºƒ ¾(¾BPres4e_branch2a/Conv2D = Conv2D(res4d_relu/Relu, res4e_branch2a/kernel/read_S112)Hì¸ãñºƒPÀ
bn4e_branch2a/FusedBatchNormV3ª»ãñºƒ !(!B…bn4e_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4e_branch2a/Conv2D, bn4e_branch2a/gamma/read_S113, bn4e_branch2a/beta/read_S114)Hª»ãñºƒPs
res4e_branch2a_relu/ReluË»ãñºƒ (B?res4e_branch2a_relu/Relu = Relu(bn4e_branch2a/FusedBatchNormV3)HË»ãñºƒPŒ
res4e_branch2b/Conv2Dæ»ãñºƒ å(åBYres4e_branch2b/Conv2D = Conv2D(res4e_branch2a_relu/Relu, res4e_branch2b/kernel/read_S115)Hæ»ãñºƒPÀ
bn4e_branch2b/FusedBatchNormV3ËÁãñºƒ $($B…bn4e_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4e_branch2b/Conv2D, bn4e_branch2b/gamma/read_S116, bn4e_branch2b/beta/read_S117)HËÁãñºƒPs
res4e_branch2b_relu/ReluïÁãñºƒ (B?res4e_branch2b_relu/Relu = Relu(bn4e_branch2b/FusedBatchNormV3)HïÁãñºƒPŒ
res4e_branch2c/Conv2DŠÂãñºƒ Ü(ÜBYres4e_branch2c/Conv2D = Conv2D(res4e_branch2b_relu/Relu, res4e_branch2c/kernel/read_S118)HŠÂãñºƒPÀ
bn4e_branch2c/FusedBatchNormV3æÄãñºƒ v(vB…bn4e_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4e_branch2c/Conv2D, bn4e_branch2c/gamma/read_S119, bn4e_branch2c/beta/read_S120)HæÄãñºƒPg
	res4e/addÜÅãñºƒ x(xBBres4e/add = AddV2(bn4e_branch2c/FusedBatchNormV3, res4d_relu/Relu)HÜÅãñºƒPL
res4e_relu/ReluÔÆãñºƒ O(OB!res4e_relu/Relu = Relu(res4e/add)HÔÆãñºƒPƒ
res4f_branch2a/Conv2D£Çãñºƒ ¿(¿BPres4f_branch2a/Conv2D = Conv2D(res4e_relu/Relu, res4f_branch2a/kernel/read_S121)H£ÇãñºƒPÀ
bn4f_branch2a/FusedBatchNormV3âÉãñºƒ "("B…bn4f_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4f_branch2a/Conv2D, bn4f_branch2a/gamma/read_S122, bn4f_branch2a/beta/read_S123)HâÉãñºƒPs
res4f_branch2a_relu/Relu„Êãñºƒ (B?res4f_branch2a_relu/Relu = Relu(bn4f_branch2a/FusedBatchNormV3)H„ÊãñºƒPŒ
res4f_branch2b/Conv2DŸÊãñºƒ ü(üBYres4f_branch2b/Conv2D = Conv2D(res4f_branch2a_relu/Relu, res4f_branch2b/kernel/read_S124)HŸÊãñºƒPÀ
bn4f_branch2b/FusedBatchNormV3‚äñºƒ #(#B…bn4f_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4f_branch2b/Conv2D, bn4f_branch2b/gamma/read_S125, bn4f_branch2b/beta/read_S126)H‚äñºƒPs
res4f_branch2b_relu/Relu¥äñºƒ (B?res4f_branch2b_relu/Relu = Relu(bn4f_branch2b/FusedBatchNormV3)H¥äñºƒPŒ
res4f_branch2c/Conv2DÁäñºƒ Ô(ÔBYres4f_branch2c/Conv2D = Conv2D(res4f_branch2b_relu/Relu, res4f_branch2c/kernel/read_S127)HÁäñºƒPÀ
bn4f_branch2c/FusedBatchNormV3•‘äñºƒ r(rB…bn4f_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4f_branch2c/Conv2D, bn4f_branch2c/gamma/read_S128, bn4f_branch2c/beta/read_S129)H•‘äñºƒPg
	res4f/add‡’äñºƒ x(xBBres4f/add = AddV2(bn4f_branch2c/FusedBatchNormV3, res4e_relu/Relu)H‡’äñºƒPL
res4f_relu/Reluÿ’äñºƒ N(NB!res4f_relu/Relu = Relu(res4f/add)Hÿ’äñºƒPƒ
res5a_branch2a/Conv2DÍ“äñºƒ “(“BPres5a_branch2a/Conv2D = Conv2D(res4f_relu/Relu, res5a_branch2a/kernel/read_S130)HÍ“äñºƒPÀ
bn5a_branch2a/FusedBatchNormV3à˜äñºƒ ?(?B…bn5a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch2a/Conv2D, bn5a_branch2a/gamma/read_S131, bn5a_branch2a/beta/read_S132)Hà˜äñºƒPs
res5a_branch2a_relu/ReluŸ™äñºƒ /(/B?res5a_branch2a_relu/Relu = Relu(bn5a_branch2a/FusedBatchNormV3)HŸ™äñºƒPŒ
res5a_branch2b/Conv2DÎ™äñºƒ Ë(ËBYres5a_branch2b/Conv2D = Conv2D(res5a_branch2a_relu/Relu, res5a_branch2b/kernel/read_S133)HÎ™äñºƒPÀ
bn5a_branch2b/FusedBatchNormV3™Ÿäñºƒ (B…bn5a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch2b/Conv2D, bn5a_branch2b/gamma/read_S134, bn5a_branch2b/beta/read_S135)H™ŸäñºƒPs
res5a_branch2b_relu/Relu®Ÿäñºƒ (B?res5a_branch2b_relu/Relu = Relu(bn5a_branch2b/FusedBatchNormV3)H®ŸäñºƒPŒ
res5a_branch2c/Conv2DÀŸäñºƒ Æ(ÆBYres5a_branch2c/Conv2D = Conv2D(res5a_branch2b_relu/Relu, res5a_branch2c/kernel/read_S136)HÀŸäñºƒPÀ
bn5a_branch2c/FusedBatchNormV3†¢äñºƒ A(AB…bn5a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch2c/Conv2D, bn5a_branch2c/gamma/read_S137, bn5a_branch2c/beta/read_S138)H†¢äñºƒP€
res5a_branch1/Conv2D‘Ääñºƒ (BNres5a_branch1/Conv2D = Conv2D(res4f_relu/Relu, res5a_branch1/kernel/read_S139)H‘ÄäñºƒP»
bn5a_branch1/FusedBatchNormV3”·åñºƒ =(=Bbn5a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch1/Conv2D, bn5a_branch1/gamma/read_S140, bn5a_branch1/beta/read_S141)H”·åñºƒPu
	res5a/addÑ·åñºƒ ?(?BPres5a/add = AddV2(bn5a_branch2c/FusedBatchNormV3, bn5a_branch1/FusedBatchNormV3)HÑ·åñºƒPL
res5a_relu/Relu¸åñºƒ -(-B!res5a_relu/Relu = Relu(res5a/add)H¸åñºƒPƒ
res5b_branch2a/Conv2D½¸åñºƒ Õ(ÕBPres5b_branch2a/Conv2D = Conv2D(res5a_relu/Relu, res5b_branch2a/kernel/read_S142)H½¸åñºƒPÀ
bn5b_branch2a/FusedBatchNormV3’»åñºƒ (B…bn5b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res5b_branch2a/Conv2D, bn5b_branch2a/gamma/read_S143, bn5b_branch2a/beta/read_S144)H’»åñºƒPs
res5b_branch2a_relu/Relu¨»åñºƒ (B?res5b_branch2a_relu/Relu = Relu(bn5b_branch2a/FusedBatchNormV3)H¨»åñºƒPŒ
res5b_branch2b/Conv2Dº»åñºƒ Ó(ÓBYres5b_branch2b/Conv2D = Conv2D(res5b_branch2a_relu/Relu, res5b_branch2b/kernel/read_S145)Hº»åñºƒPÀ
bn5b_branch2b/FusedBatchNormV3Áåñºƒ (B…bn5b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res5b_branch2b/Conv2D, bn5b_branch2b/gamma/read_S146, bn5b_branch2b/beta/read_S147)HÁåñºƒPs
res5b_branch2b_relu/Relu£Áåñºƒ (B?res5b_branch2b_relu/Relu = Relu(bn5b_branch2b/FusedBatchNormV3)H£ÁåñºƒPŒ
res5b_branch2c/Conv2D´Áåñºƒ Æ(ÆBYres5b_branch2c/Conv2D = Conv2D(res5b_branch2b_relu/Relu, res5b_branch2c/kernel/read_S148)H´ÁåñºƒPÀ
bn5b_branch2c/FusedBatchNormV3úÃåñºƒ ?(?B…bn5b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res5b_branch2c/Conv2D, bn5b_branch2c/gamma/read_S149, bn5b_branch2c/beta/read_S150)HúÃåñºƒPg
	res5b/add¹Äåñºƒ =(=BBres5b/add = AddV2(bn5b_branch2c/FusedBatchNormV3, res5a_relu/Relu)H¹ÄåñºƒPL
res5b_relu/ReluöÄåñºƒ .(.B!res5b_relu/Relu = Relu(res5b/add)HöÄåñºƒPƒ
res5c_branch2a/Conv2D±Òåñºƒ Å(ÅBPres5c_branch2a/Conv2D = Conv2D(res5b_relu/Relu, res5c_branch2a/kernel/read_S151)H±ÒåñºƒPÀ
bn5c_branch2a/FusedBatchNormV3¦æñºƒ (B…bn5c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res5c_branch2a/Conv2D, bn5c_branch2a/gamma/read_S152, bn5c_branch2a/beta/read_S153)H¦æñºƒPs
res5c_branch2a_relu/Relu»æñºƒ (B?res5c_branch2a_relu/Relu = Relu(bn5c_branch2a/FusedBatchNormV3)H»æñºƒPŒ
res5c_branch2b/Conv2DÌæñºƒ ù(ùBYres5c_branch2b/Conv2D = Conv2D(res5c_branch2a_relu/Relu, res5c_branch2b/kernel/read_S154)HÌæñºƒPÀ
bn5c_branch2b/FusedBatchNormV3‘ßæñºƒ (B…bn5c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res5c_branch2b/Conv2D, bn5c_branch2b/gamma/read_S155, bn5c_branch2b/beta/read_S156)H‘ßæñºƒPs
res5c_branch2b_relu/Relu¦ßæñºƒ (B?res5c_branch2b_relu/Relu = Relu(bn5c_branch2b/FusedBatchNormV3)H¦ßæñºƒPŒ
res5c_branch2c/Conv2D¸ßæñºƒ Õ(ÕBYres5c_branch2c/Conv2D = Conv2D(res5c_branch2b_relu/Relu, res5c_branch2c/kernel/read_S157)H¸ßæñºƒPÀ
bn5c_branch2c/FusedBatchNormV3âæñºƒ A(AB…bn5c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res5c_branch2c/Conv2D, bn5c_branch2c/gamma/read_S158, bn5c_branch2c/beta/read_S159)HâæñºƒPg
	res5c/addÎâæñºƒ @(@BBres5c/add = AddV2(bn5c_branch2c/FusedBatchNormV3, res5b_relu/Relu)HÎâæñºƒPL
res5c_relu/Reluãæñºƒ ,(,B!res5c_relu/Relu = Relu(res5c/add)HãæñºƒPN
avg_pool/Meanºãæñºƒ (B%avg_pool/Mean = Mean(res5c_relu/Relu)HºãæñºƒPg
fc1000/MatMulÔãæñºƒ (B>fc1000/MatMul = MatMul(avg_pool/Mean, fc1000/kernel/read_S160)HÔãæñºƒPh
fc1000/BiasAddèãæñºƒ (B>fc1000/BiasAdd = BiasAdd(fc1000/MatMul, fc1000/bias/read_S161)HèãæñºƒP˜
"loss/SoftmaxCrossEntropyWithLogitsğãæñºƒ (BZloss/SoftmaxCrossEntropyWithLogits = SoftmaxCrossEntropyWithLogits(fc1000/BiasAdd, labels)HğãæñºƒPƒ
gradients/fc1000/bias_gradøãæñºƒ (BMgradients/fc1000/bias_grad = BackpropGrad(loss/SoftmaxCrossEntropyWithLogits)HøãæñºƒP
gradients/fc1000/kernel_grad€äæñºƒ 5(5BGgradients/fc1000/kernel_grad = BackpropGrad(gradients/fc1000/bias_grad)H€äæñºƒP‹
!gradients/bn5c_branch2c/beta_gradµäæñºƒ (BNgradients/bn5c_branch2c/beta_grad = BackpropGrad(gradients/fc1000/kernel_grad)HµäæñºƒP”
"gradients/bn5c_branch2c/gamma_gradĞäæñºƒ …(…BTgradients/bn5c_branch2c/gamma_grad = BackpropGrad(gradients/bn5c_branch2c/beta_grad)HĞäæñºƒP™
$gradients/res5c_branch2c/kernel_gradÕåæñºƒ Ÿ(ŸBWgradients/res5c_branch2c/kernel_grad = BackpropGrad(gradients/bn5c_branch2c/gamma_grad)HÕåæñºƒP“
!gradients/bn5c_branch2b/beta_gradôêæñºƒ (BVgradients/bn5c_branch2b/beta_grad = BackpropGrad(gradients/res5c_branch2c/kernel_grad)HôêæñºƒP’
"gradients/bn5c_branch2b/gamma_gradëæñºƒ (((BTgradients/bn5c_branch2b/gamma_grad = BackpropGrad(gradients/bn5c_branch2b/beta_grad)HëæñºƒP™
$gradients/res5c_branch2b/kernel_grad©ëæñºƒ ã(ãBWgradients/res5c_branch2b/kernel_grad = BackpropGrad(gradients/bn5c_branch2b/gamma_grad)H©ëæñºƒP“
!gradients/bn5c_branch2a/beta_gradŒ÷æñºƒ (BVgradients/bn5c_branch2a/beta_grad = BackpropGrad(gradients/res5c_branch2b/kernel_grad)HŒ÷æñºƒP’
"gradients/bn5c_branch2a/gamma_grad˜÷æñºƒ '('BTgradients/bn5c_branch2a/gamma_grad = BackpropGrad(gradients/bn5c_branch2a/beta_grad)H˜÷æñºƒP™
$gradients/res5c_branch2a/kernel_grad¿÷æñºƒ ±(±BWgradients/res5c_branch2a/kernel_grad = BackpropGrad(gradients/bn5c_branch2a/gamma_grad)H¿÷æñºƒP“
!gradients/bn5b_branch2c/beta_gradğüæñºƒ (BVgradients/bn5b_branch2c/beta_grad = BackpropGrad(gradients/res5c_branch2a/kernel_grad)HğüæñºƒP”
"gradients/bn5b_branch2c/gamma_gradŠıæñºƒ (BTgradients/bn5b_branch2c/gamma_grad = BackpropGrad(gradients/bn5b_branch2c/beta_grad)HŠıæñºƒP™
$gradients/res5b_branch2c/kernel_grad—şæñºƒ (BWgradients/res5b_branch2c/kernel_grad = BackpropGrad(gradients/bn5b_branch2c/gamma_grad)H—şæñºƒP“
!gradients/bn5b_branch2b/beta_grad´ƒçñºƒ (BVgradients/bn5b_branch2b/beta_grad = BackpropGrad(gradients/res5b_branch2c/kernel_grad)H´ƒçñºƒP’
"gradients/bn5b_branch2b/gamma_gradÀƒçñºƒ '('BTgradients/bn5b_branch2b/gamma_grad = BackpropGrad(gradients/bn5b_branch2b/beta_grad)HÀƒçñºƒP™
$gradients/res5b_branch2b/kernel_gradçƒçñºƒ æ(æBWgradients/res5b_branch2b/kernel_grad = BackpropGrad(gradients/bn5b_branch2b/gamma_grad)HçƒçñºƒP“
!gradients/bn5b_branch2a/beta_gradÍçñºƒ (BVgradients/bn5b_branch2a/beta_grad = BackpropGrad(gradients/res5b_branch2b/kernel_grad)HÍçñºƒP’
"gradients/bn5b_branch2a/gamma_gradÙçñºƒ %(%BTgradients/bn5b_branch2a/gamma_grad = BackpropGrad(gradients/bn5b_branch2a/beta_grad)HÙçñºƒP™
$gradients/res5b_branch2a/kernel_gradşçñºƒ ‰(‰BWgradients/res5b_branch2a/kernel_grad = BackpropGrad(gradients/bn5b_branch2a/gamma_grad)HşçñºƒP‘
 gradients/bn5a_branch1/beta_grad‡•çñºƒ (BUgradients/bn5a_branch1/beta_grad = BackpropGrad(gradients/res5b_branch2a/kernel_grad)H‡•çñºƒP
!gradients/bn5a_branch1/gamma_grad •çñºƒ O(OBRgradients/bn5a_branch1/gamma_grad = BackpropGrad(gradients/bn5a_branch1/beta_grad)H •çñºƒP–
#gradients/res5a_branch1/kernel_gradï•çñºƒ ã
(ã
BUgradients/res5a_branch1/kernel_grad = BackpropGrad(gradients/bn5a_branch1/gamma_grad)Hï•çñºƒP’
!gradients/bn5a_branch2c/beta_gradÒ çñºƒ (BUgradients/bn5a_branch2c/beta_grad = BackpropGrad(gradients/res5a_branch1/kernel_grad)HÒ çñºƒP”
"gradients/bn5a_branch2c/gamma_gradì çñºƒ (BTgradients/bn5a_branch2c/gamma_grad = BackpropGrad(gradients/bn5a_branch2c/beta_grad)Hì çñºƒP™
$gradients/res5a_branch2c/kernel_gradù¡çñºƒ ú(úBWgradients/res5a_branch2c/kernel_grad = BackpropGrad(gradients/bn5a_branch2c/gamma_grad)Hù¡çñºƒP“
!gradients/bn5a_branch2b/beta_gradó¦çñºƒ (BVgradients/bn5a_branch2b/beta_grad = BackpropGrad(gradients/res5a_branch2c/kernel_grad)Hó¦çñºƒP’
"gradients/bn5a_branch2b/gamma_grad€§çñºƒ )()BTgradients/bn5a_branch2b/gamma_grad = BackpropGrad(gradients/bn5a_branch2b/beta_grad)H€§çñºƒP™
$gradients/res5a_branch2b/kernel_grad©§çñºƒ Ê(ÊBWgradients/res5a_branch2b/kernel_grad = BackpropGrad(gradients/bn5a_branch2b/gamma_grad)H©§çñºƒP“
!gradients/bn5a_branch2a/beta_gradó²çñºƒ (BVgradients/bn5a_branch2a/beta_grad = BackpropGrad(gradients/res5a_branch2b/kernel_grad)Hó²çñºƒP”
"gradients/bn5a_branch2a/gamma_grad³çñºƒ „(„BTgradients/bn5a_branch2a/gamma_grad = BackpropGrad(gradients/bn5a_branch2a/beta_grad)H³çñºƒP™
$gradients/res5a_branch2a/kernel_grad‘´çñºƒ  
( 
BWgradients/res5a_branch2a/kernel_grad = BackpropGrad(gradients/bn5a_branch2a/gamma_grad)H‘´çñºƒP“
!gradients/bn4f_branch2c/beta_grad±¾çñºƒ -(-BVgradients/bn4f_branch2c/beta_grad = BackpropGrad(gradients/res5a_branch2a/kernel_grad)H±¾çñºƒP”
"gradients/bn4f_branch2c/gamma_gradŞ¾çñºƒ (BTgradients/bn4f_branch2c/gamma_grad = BackpropGrad(gradients/bn4f_branch2c/beta_grad)HŞ¾çñºƒP™
$gradients/res4f_branch2c/kernel_gradëÀçñºƒ ş(şBWgradients/res4f_branch2c/kernel_grad = BackpropGrad(gradients/bn4f_branch2c/gamma_grad)HëÀçñºƒP“
!gradients/bn4f_branch2b/beta_gradéÅçñºƒ (BVgradients/bn4f_branch2b/beta_grad = BackpropGrad(gradients/res4f_branch2c/kernel_grad)HéÅçñºƒP’
"gradients/bn4f_branch2b/gamma_gradùÅçñºƒ G(GBTgradients/bn4f_branch2b/gamma_grad = BackpropGrad(gradients/bn4f_branch2b/beta_grad)HùÅçñºƒP™
$gradients/res4f_branch2b/kernel_gradÀÆçñºƒ —(—BWgradients/res4f_branch2b/kernel_grad = BackpropGrad(gradients/bn4f_branch2b/gamma_grad)HÀÆçñºƒP“
!gradients/bn4f_branch2a/beta_grad×Ñçñºƒ (BVgradients/bn4f_branch2a/beta_grad = BackpropGrad(gradients/res4f_branch2b/kernel_grad)H×ÑçñºƒP’
"gradients/bn4f_branch2a/gamma_gradèÑçñºƒ C(CBTgradients/bn4f_branch2a/gamma_grad = BackpropGrad(gradients/bn4f_branch2a/beta_grad)HèÑçñºƒP™
$gradients/res4f_branch2a/kernel_grad«Òçñºƒ ’(’BWgradients/res4f_branch2a/kernel_grad = BackpropGrad(gradients/bn4f_branch2a/gamma_grad)H«ÒçñºƒP“
!gradients/bn4e_branch2c/beta_grad½×çñºƒ *(*BVgradients/bn4e_branch2c/beta_grad = BackpropGrad(gradients/res4f_branch2a/kernel_grad)H½×çñºƒP”
"gradients/bn4e_branch2c/gamma_gradç×çñºƒ †(†BTgradients/bn4e_branch2c/gamma_grad = BackpropGrad(gradients/bn4e_branch2c/beta_grad)Hç×çñºƒP™
$gradients/res4e_branch2c/kernel_gradíÙçñºƒ Â(ÂBWgradients/res4e_branch2c/kernel_grad = BackpropGrad(gradients/bn4e_branch2c/gamma_grad)HíÙçñºƒP“
!gradients/bn4e_branch2b/beta_grad¯ßçñºƒ (BVgradients/bn4e_branch2b/beta_grad = BackpropGrad(gradients/res4e_branch2c/kernel_grad)H¯ßçñºƒP’
"gradients/bn4e_branch2b/gamma_gradÁßçñºƒ H(HBTgradients/bn4e_branch2b/gamma_grad = BackpropGrad(gradients/bn4e_branch2b/beta_grad)HÁßçñºƒP™
$gradients/res4e_branch2b/kernel_grad‰àçñºƒ é
(é
BWgradients/res4e_branch2b/kernel_grad = BackpropGrad(gradients/bn4e_branch2b/gamma_grad)H‰àçñºƒP“
!gradients/bn4e_branch2a/beta_gradòêçñºƒ (BVgradients/bn4e_branch2a/beta_grad = BackpropGrad(gradients/res4e_branch2b/kernel_grad)HòêçñºƒP’
"gradients/bn4e_branch2a/gamma_gradƒëçñºƒ J(JBTgradients/bn4e_branch2a/gamma_grad = BackpropGrad(gradients/bn4e_branch2a/beta_grad)HƒëçñºƒP™
$gradients/res4e_branch2a/kernel_gradÍëçñºƒ —(—BWgradients/res4e_branch2a/kernel_grad = BackpropGrad(gradients/bn4e_branch2a/gamma_grad)HÍëçñºƒP“
!gradients/bn4d_branch2c/beta_gradäğçñºƒ +(+BVgradients/bn4d_branch2c/beta_grad = BackpropGrad(gradients/res4e_branch2a/kernel_grad)HäğçñºƒP”
"gradients/bn4d_branch2c/gamma_gradñçñºƒ …(…BTgradients/bn4d_branch2c/gamma_grad = BackpropGrad(gradients/bn4d_branch2c/beta_grad)HñçñºƒP™
$gradients/res4d_branch2c/kernel_grad”óçñºƒ ›(›BWgradients/res4d_branch2c/kernel_grad = BackpropGrad(gradients/bn4d_branch2c/gamma_grad)H”óçñºƒP“
!gradients/bn4d_branch2b/beta_grad¯øçñºƒ (BVgradients/bn4d_branch2b/beta_grad = BackpropGrad(gradients/res4d_branch2c/kernel_grad)H¯øçñºƒP’
"gradients/bn4d_branch2b/gamma_gradÀøçñºƒ H(HBTgradients/bn4d_branch2b/gamma_grad = BackpropGrad(gradients/bn4d_branch2b/beta_grad)HÀøçñºƒP™
$gradients/res4d_branch2b/kernel_gradˆùçñºƒ ú
(ú
BWgradients/res4d_branch2b/kernel_grad = BackpropGrad(gradients/bn4d_branch2b/gamma_grad)HˆùçñºƒP“
!gradients/bn4d_branch2a/beta_grad‚„èñºƒ (BVgradients/bn4d_branch2a/beta_grad = BackpropGrad(gradients/res4d_branch2b/kernel_grad)H‚„èñºƒP’
"gradients/bn4d_branch2a/gamma_grad“„èñºƒ I(IBTgradients/bn4d_branch2a/gamma_grad = BackpropGrad(gradients/bn4d_branch2a/beta_grad)H“„èñºƒP™
$gradients/res4d_branch2a/kernel_gradÜ„èñºƒ (BWgradients/res4d_branch2a/kernel_grad = BackpropGrad(gradients/bn4d_branch2a/gamma_grad)HÜ„èñºƒP“
!gradients/bn4c_branch2c/beta_gradë‰èñºƒ -(-BVgradients/bn4c_branch2c/beta_grad = BackpropGrad(gradients/res4d_branch2a/kernel_grad)Hë‰èñºƒP”
"gradients/bn4c_branch2c/gamma_grad˜Šèñºƒ (BTgradients/bn4c_branch2c/gamma_grad = BackpropGrad(gradients/bn4c_branch2c/beta_grad)H˜ŠèñºƒP™
$gradients/res4c_branch2c/kernel_grad¨Œèñºƒ ‹(‹BWgradients/res4c_branch2c/kernel_grad = BackpropGrad(gradients/bn4c_branch2c/gamma_grad)H¨ŒèñºƒP“
!gradients/bn4c_branch2b/beta_grad³‘èñºƒ (BVgradients/bn4c_branch2b/beta_grad = BackpropGrad(gradients/res4c_branch2c/kernel_grad)H³‘èñºƒP’
"gradients/bn4c_branch2b/gamma_gradÃ‘èñºƒ G(GBTgradients/bn4c_branch2b/gamma_grad = BackpropGrad(gradients/bn4c_branch2b/beta_grad)HÃ‘èñºƒP™
$gradients/res4c_branch2b/kernel_gradŠ’èñºƒ É(ÉBWgradients/res4c_branch2b/kernel_grad = BackpropGrad(gradients/bn4c_branch2b/gamma_grad)HŠ’èñºƒP“
!gradients/bn4c_branch2a/beta_gradÓèñºƒ (BVgradients/bn4c_branch2a/beta_grad = BackpropGrad(gradients/res4c_branch2b/kernel_grad)HÓèñºƒP’
"gradients/bn4c_branch2a/gamma_gradäèñºƒ H(HBTgradients/bn4c_branch2a/gamma_grad = BackpropGrad(gradients/bn4c_branch2a/beta_grad)HäèñºƒP™
$gradients/res4c_branch2a/kernel_grad¬èñºƒ ÷(÷BWgradients/res4c_branch2a/kernel_grad = BackpropGrad(gradients/bn4c_branch2a/gamma_grad)H¬èñºƒP“
!gradients/bn4b_branch2c/beta_grad££èñºƒ *(*BVgradients/bn4b_branch2c/beta_grad = BackpropGrad(gradients/res4c_branch2a/kernel_grad)H££èñºƒP”
"gradients/bn4b_branch2c/gamma_gradÍ£èñºƒ ˆ(ˆBTgradients/bn4b_branch2c/gamma_grad = BackpropGrad(gradients/bn4b_branch2c/beta_grad)HÍ£èñºƒP™
$gradients/res4b_branch2c/kernel_gradÕ¥èñºƒ (BWgradients/res4b_branch2c/kernel_grad = BackpropGrad(gradients/bn4b_branch2c/gamma_grad)HÕ¥èñºƒP“
!gradients/bn4b_branch2b/beta_gradóªèñºƒ (BVgradients/bn4b_branch2b/beta_grad = BackpropGrad(gradients/res4b_branch2c/kernel_grad)HóªèñºƒP’
"gradients/bn4b_branch2b/gamma_gradƒ«èñºƒ H(HBTgradients/bn4b_branch2b/gamma_grad = BackpropGrad(gradients/bn4b_branch2b/beta_grad)Hƒ«èñºƒP™
$gradients/res4b_branch2b/kernel_gradË«èñºƒ Î(ÎBWgradients/res4b_branch2b/kernel_grad = BackpropGrad(gradients/bn4b_branch2b/gamma_grad)HË«èñºƒP“
!gradients/bn4b_branch2a/beta_grad™·èñºƒ (BVgradients/bn4b_branch2a/beta_grad = BackpropGrad(gradients/res4b_branch2b/kernel_grad)H™·èñºƒP’
"gradients/bn4b_branch2a/gamma_grad«·èñºƒ D(DBTgradients/bn4b_branch2a/gamma_grad = BackpropGrad(gradients/bn4b_branch2a/beta_grad)H«·èñºƒP™
$gradients/res4b_branch2a/kernel_gradï·èñºƒ ’(’BWgradients/res4b_branch2a/kernel_grad = BackpropGrad(gradients/bn4b_branch2a/gamma_grad)Hï·èñºƒP‘
 gradients/bn4a_branch1/beta_grad½èñºƒ +(+BUgradients/bn4a_branch1/beta_grad = BackpropGrad(gradients/res4b_branch2a/kernel_grad)H½èñºƒP‘
!gradients/bn4a_branch1/gamma_grad¬½èñºƒ ™(™BRgradients/bn4a_branch1/gamma_grad = BackpropGrad(gradients/bn4a_branch1/beta_grad)H¬½èñºƒP–
#gradients/res4a_branch1/kernel_gradÅ¾èñºƒ 
(
BUgradients/res4a_branch1/kernel_grad = BackpropGrad(gradients/bn4a_branch1/gamma_grad)HÅ¾èñºƒP’
!gradients/bn4a_branch2c/beta_gradÓÈèñºƒ ,(,BUgradients/bn4a_branch2c/beta_grad = BackpropGrad(gradients/res4a_branch1/kernel_grad)HÓÈèñºƒP”
"gradients/bn4a_branch2c/gamma_gradÿÈèñºƒ ˆ(ˆBTgradients/bn4a_branch2c/gamma_grad = BackpropGrad(gradients/bn4a_branch2c/beta_grad)HÿÈèñºƒP™
$gradients/res4a_branch2c/kernel_grad‡Ëèñºƒ „(„BWgradients/res4a_branch2c/kernel_grad = BackpropGrad(gradients/bn4a_branch2c/gamma_grad)H‡ËèñºƒP“
!gradients/bn4a_branch2b/beta_grad‹Ğèñºƒ (BVgradients/bn4a_branch2b/beta_grad = BackpropGrad(gradients/res4a_branch2c/kernel_grad)H‹ĞèñºƒP’
"gradients/bn4a_branch2b/gamma_gradœĞèñºƒ H(HBTgradients/bn4a_branch2b/gamma_grad = BackpropGrad(gradients/bn4a_branch2b/beta_grad)HœĞèñºƒP™
$gradients/res4a_branch2b/kernel_gradäĞèñºƒ ‹(‹BWgradients/res4a_branch2b/kernel_grad = BackpropGrad(gradients/bn4a_branch2b/gamma_grad)HäĞèñºƒP“
!gradients/bn4a_branch2a/beta_gradïÜèñºƒ -(-BVgradients/bn4a_branch2a/beta_grad = BackpropGrad(gradients/res4a_branch2b/kernel_grad)HïÜèñºƒP”
"gradients/bn4a_branch2a/gamma_gradœİèñºƒ ‹(‹BTgradients/bn4a_branch2a/gamma_grad = BackpropGrad(gradients/bn4a_branch2a/beta_grad)HœİèñºƒP™
$gradients/res4a_branch2a/kernel_grad§ßèñºƒ »	(»	BWgradients/res4a_branch2a/kernel_grad = BackpropGrad(gradients/bn4a_branch2a/gamma_grad)H§ßèñºƒP“
!gradients/bn3d_branch2c/beta_gradâèèñºƒ Q(QBVgradients/bn3d_branch2c/beta_grad = BackpropGrad(gradients/res4a_branch2a/kernel_grad)HâèèñºƒP”
"gradients/bn3d_branch2c/gamma_grad³éèñºƒ ò(òBTgradients/bn3d_branch2c/gamma_grad = BackpropGrad(gradients/bn3d_branch2c/beta_grad)H³éèñºƒP™
$gradients/res3d_branch2c/kernel_grad¥íèñºƒ ˜(˜BWgradients/res3d_branch2c/kernel_grad = BackpropGrad(gradients/bn3d_branch2c/gamma_grad)H¥íèñºƒP“
!gradients/bn3d_branch2b/beta_grad½òèñºƒ (BVgradients/bn3d_branch2b/beta_grad = BackpropGrad(gradients/res3d_branch2c/kernel_grad)H½òèñºƒP”
"gradients/bn3d_branch2b/gamma_grad×òèñºƒ ‚(‚BTgradients/bn3d_branch2b/gamma_grad = BackpropGrad(gradients/bn3d_branch2b/beta_grad)H×òèñºƒP™
$gradients/res3d_branch2b/kernel_gradÙóèñºƒ ´(´BWgradients/res3d_branch2b/kernel_grad = BackpropGrad(gradients/bn3d_branch2b/gamma_grad)HÙóèñºƒP“
!gradients/bn3d_branch2a/beta_gradÿèñºƒ (BVgradients/bn3d_branch2a/beta_grad = BackpropGrad(gradients/res3d_branch2b/kernel_grad)HÿèñºƒP”
"gradients/bn3d_branch2a/gamma_grad¨ÿèñºƒ (BTgradients/bn3d_branch2a/gamma_grad = BackpropGrad(gradients/bn3d_branch2a/beta_grad)H¨ÿèñºƒP™
$gradients/res3d_branch2a/kernel_grad·€éñºƒ «(«BWgradients/res3d_branch2a/kernel_grad = BackpropGrad(gradients/bn3d_branch2a/gamma_grad)H·€éñºƒP“
!gradients/bn3c_branch2c/beta_gradâ…éñºƒ J(JBVgradients/bn3c_branch2c/beta_grad = BackpropGrad(gradients/res3d_branch2a/kernel_grad)Hâ…éñºƒP”
"gradients/bn3c_branch2c/gamma_grad¬†éñºƒ ˆ(ˆBTgradients/bn3c_branch2c/gamma_grad = BackpropGrad(gradients/bn3c_branch2c/beta_grad)H¬†éñºƒP™
$gradients/res3c_branch2c/kernel_grad´Šéñºƒ ³(³BWgradients/res3c_branch2c/kernel_grad = BackpropGrad(gradients/bn3c_branch2c/gamma_grad)H´ŠéñºƒP“
!gradients/bn3c_branch2b/beta_gradçéñºƒ (BVgradients/bn3c_branch2b/beta_grad = BackpropGrad(gradients/res3c_branch2c/kernel_grad)HçéñºƒP”
"gradients/bn3c_branch2b/gamma_gradéñºƒ …(…BTgradients/bn3c_branch2b/gamma_grad = BackpropGrad(gradients/bn3c_branch2b/beta_grad)HéñºƒP™
$gradients/res3c_branch2b/kernel_grad†‘éñºƒ ß(ßBWgradients/res3c_branch2b/kernel_grad = BackpropGrad(gradients/bn3c_branch2b/gamma_grad)H†‘éñºƒP“
!gradients/bn3c_branch2a/beta_gradåœéñºƒ (BVgradients/bn3c_branch2a/beta_grad = BackpropGrad(gradients/res3c_branch2b/kernel_grad)HåœéñºƒP”
"gradients/bn3c_branch2a/gamma_gradÿœéñºƒ †(†BTgradients/bn3c_branch2a/gamma_grad = BackpropGrad(gradients/bn3c_branch2a/beta_grad)HÿœéñºƒP™
$gradients/res3c_branch2a/kernel_grad…éñºƒ ‚(‚BWgradients/res3c_branch2a/kernel_grad = BackpropGrad(gradients/bn3c_branch2a/gamma_grad)H…éñºƒP“
!gradients/bn3b_branch2c/beta_grad‡£éñºƒ M(MBVgradients/bn3b_branch2c/beta_grad = BackpropGrad(gradients/res3c_branch2a/kernel_grad)H‡£éñºƒP”
"gradients/bn3b_branch2c/gamma_gradÔ£éñºƒ ˆ(ˆBTgradients/bn3b_branch2c/gamma_grad = BackpropGrad(gradients/bn3b_branch2c/beta_grad)HÔ£éñºƒP™
$gradients/res3b_branch2c/kernel_gradÜ§éñºƒ š(šBWgradients/res3b_branch2c/kernel_grad = BackpropGrad(gradients/bn3b_branch2c/gamma_grad)HÜ§éñºƒP“
!gradients/bn3b_branch2b/beta_gradö¬éñºƒ (BVgradients/bn3b_branch2b/beta_grad = BackpropGrad(gradients/res3b_branch2c/kernel_grad)Hö¬éñºƒP”
"gradients/bn3b_branch2b/gamma_grad­éñºƒ ‡(‡BTgradients/bn3b_branch2b/gamma_grad = BackpropGrad(gradients/bn3b_branch2b/beta_grad)H­éñºƒP™
$gradients/res3b_branch2b/kernel_grad—®éñºƒ à(àBWgradients/res3b_branch2b/kernel_grad = BackpropGrad(gradients/bn3b_branch2b/gamma_grad)H—®éñºƒP“
!gradients/bn3b_branch2a/beta_grad÷¹éñºƒ (BVgradients/bn3b_branch2a/beta_grad = BackpropGrad(gradients/res3b_branch2b/kernel_grad)H÷¹éñºƒP”
"gradients/bn3b_branch2a/gamma_grad’ºéñºƒ …(…BTgradients/bn3b_branch2a/gamma_grad = BackpropGrad(gradients/bn3b_branch2a/beta_grad)H’ºéñºƒP™
$gradients/res3b_branch2a/kernel_grad—»éñºƒ ü(üBWgradients/res3b_branch2a/kernel_grad = BackpropGrad(gradients/bn3b_branch2a/gamma_grad)H—»éñºƒP‘
 gradients/bn3a_branch1/beta_grad“Àéñºƒ R(RBUgradients/bn3a_branch1/beta_grad = BackpropGrad(gradients/res3b_branch2a/kernel_grad)H“ÀéñºƒP‘
!gradients/bn3a_branch1/gamma_gradåÀéñºƒ ª(ªBRgradients/bn3a_branch1/gamma_grad = BackpropGrad(gradients/bn3a_branch1/beta_grad)HåÀéñºƒP–
#gradients/res3a_branch1/kernel_gradÃéñºƒ 
(
BUgradients/res3a_branch1/kernel_grad = BackpropGrad(gradients/bn3a_branch1/gamma_grad)HÃéñºƒP’
!gradients/bn3a_branch2c/beta_gradŸÍéñºƒ P(PBUgradients/bn3a_branch2c/beta_grad = BackpropGrad(gradients/res3a_branch1/kernel_grad)HŸÍéñºƒP”
"gradients/bn3a_branch2c/gamma_gradïÍéñºƒ ‡(‡BTgradients/bn3a_branch2c/gamma_grad = BackpropGrad(gradients/bn3a_branch2c/beta_grad)HïÍéñºƒP™
$gradients/res3a_branch2c/kernel_gradöÑéñºƒ ¦(¦BWgradients/res3a_branch2c/kernel_grad = BackpropGrad(gradients/bn3a_branch2c/gamma_grad)HöÑéñºƒP“
!gradients/bn3a_branch2b/beta_gradœ×éñºƒ (BVgradients/bn3a_branch2b/beta_grad = BackpropGrad(gradients/res3a_branch2c/kernel_grad)Hœ×éñºƒP”
"gradients/bn3a_branch2b/gamma_gradµ×éñºƒ ‚(‚BTgradients/bn3a_branch2b/gamma_grad = BackpropGrad(gradients/bn3a_branch2b/beta_grad)Hµ×éñºƒP™
$gradients/res3a_branch2b/kernel_grad·Øéñºƒ ñ(ñBWgradients/res3a_branch2b/kernel_grad = BackpropGrad(gradients/bn3a_branch2b/gamma_grad)H·ØéñºƒP“
!gradients/bn3a_branch2a/beta_grad¨äéñºƒ Q(QBVgradients/bn3a_branch2a/beta_grad = BackpropGrad(gradients/res3a_branch2b/kernel_grad)H¨äéñºƒP”
"gradients/bn3a_branch2a/gamma_gradùäéñºƒ (BTgradients/bn3a_branch2a/gamma_grad = BackpropGrad(gradients/bn3a_branch2a/beta_grad)HùäéñºƒP™
$gradients/res3a_branch2a/kernel_gradúèéñºƒ 
(
BWgradients/res3a_branch2a/kernel_grad = BackpropGrad(gradients/bn3a_branch2a/gamma_grad)HúèéñºƒP•
!gradients/bn2c_branch2c/beta_grad˜óéñºƒ  ( BVgradients/bn2c_branch2c/beta_grad = BackpropGrad(gradients/res3a_branch2a/kernel_grad)H˜óéñºƒP”
"gradients/bn2c_branch2c/gamma_grad¸ôéñºƒ Û(ÛBTgradients/bn2c_branch2c/gamma_grad = BackpropGrad(gradients/bn2c_branch2c/beta_grad)H¸ôéñºƒP™
$gradients/res2c_branch2c/kernel_grad“üéñºƒ ‰(‰BWgradients/res2c_branch2c/kernel_grad = BackpropGrad(gradients/bn2c_branch2c/gamma_grad)H“üéñºƒP“
!gradients/bn2c_branch2b/beta_gradœêñºƒ -(-BVgradients/bn2c_branch2b/beta_grad = BackpropGrad(gradients/res2c_branch2c/kernel_grad)HœêñºƒP”
"gradients/bn2c_branch2b/gamma_gradÉêñºƒ ‚(‚BTgradients/bn2c_branch2b/gamma_grad = BackpropGrad(gradients/bn2c_branch2b/beta_grad)HÉêñºƒP™
$gradients/res2c_branch2b/kernel_gradËƒêñºƒ ™(™BWgradients/res2c_branch2b/kernel_grad = BackpropGrad(gradients/bn2c_branch2b/gamma_grad)HËƒêñºƒP“
!gradients/bn2c_branch2a/beta_gradäêñºƒ ,(,BVgradients/bn2c_branch2a/beta_grad = BackpropGrad(gradients/res2c_branch2b/kernel_grad)HäêñºƒP”
"gradients/bn2c_branch2a/gamma_gradêñºƒ ‹(‹BTgradients/bn2c_branch2a/gamma_grad = BackpropGrad(gradients/bn2c_branch2a/beta_grad)HêñºƒP™
$gradients/res2c_branch2a/kernel_grad›‘êñºƒ ú(úBWgradients/res2c_branch2a/kernel_grad = BackpropGrad(gradients/bn2c_branch2a/gamma_grad)H›‘êñºƒP•
!gradients/bn2b_branch2c/beta_grad•–êñºƒ ™(™BVgradients/bn2b_branch2c/beta_grad = BackpropGrad(gradients/res2c_branch2a/kernel_grad)H•–êñºƒP”
"gradients/bn2b_branch2c/gamma_grad®—êñºƒ í(íBTgradients/bn2b_branch2c/gamma_grad = BackpropGrad(gradients/bn2b_branch2c/beta_grad)H®—êñºƒP™
$gradients/res2b_branch2c/kernel_grad›Ÿêñºƒ ´(´BWgradients/res2b_branch2c/kernel_grad = BackpropGrad(gradients/bn2b_branch2c/gamma_grad)H›ŸêñºƒP“
!gradients/bn2b_branch2b/beta_gradÏ¤êñºƒ .(.BVgradients/bn2b_branch2b/beta_grad = BackpropGrad(gradients/res2b_branch2c/kernel_grad)HÏ¤êñºƒP”
"gradients/bn2b_branch2b/gamma_gradı¤êñºƒ ÿ(ÿBTgradients/bn2b_branch2b/gamma_grad = BackpropGrad(gradients/bn2b_branch2b/beta_grad)Hı¤êñºƒP™
$gradients/res2b_branch2b/kernel_gradü¦êñºƒ Ë(ËBWgradients/res2b_branch2b/kernel_grad = BackpropGrad(gradients/bn2b_branch2b/gamma_grad)Hü¦êñºƒP“
!gradients/bn2b_branch2a/beta_gradÇ²êñºƒ -(-BVgradients/bn2b_branch2a/beta_grad = BackpropGrad(gradients/res2b_branch2b/kernel_grad)HÇ²êñºƒP”
"gradients/bn2b_branch2a/gamma_gradô²êñºƒ ƒ(ƒBTgradients/bn2b_branch2a/gamma_grad = BackpropGrad(gradients/bn2b_branch2a/beta_grad)Hô²êñºƒP™
$gradients/res2b_branch2a/kernel_grad÷´êñºƒ ¶(¶BWgradients/res2b_branch2a/kernel_grad = BackpropGrad(gradients/bn2b_branch2a/gamma_grad)H÷´êñºƒP“
 gradients/bn2a_branch1/beta_grad­ºêñºƒ ™(™BUgradients/bn2a_branch1/beta_grad = BackpropGrad(gradients/res2b_branch2a/kernel_grad)H­ºêñºƒP‘
!gradients/bn2a_branch1/gamma_gradÆ»êñºƒ Ç(ÇBRgradients/bn2a_branch1/gamma_grad = BackpropGrad(gradients/bn2a_branch1/beta_grad)HÆ»êñºƒP–
#gradients/res2a_branch1/kernel_gradÀêñºƒ •(•BUgradients/res2a_branch1/kernel_grad = BackpropGrad(gradients/bn2a_branch1/gamma_grad)HÀêñºƒP”
!gradients/bn2a_branch2c/beta_grad¢Åêñºƒ š(šBUgradients/bn2a_branch2c/beta_grad = BackpropGrad(gradients/res2a_branch1/kernel_grad)H¢ÅêñºƒP”
"gradients/bn2a_branch2c/gamma_grad¼Æêñºƒ û(ûBTgradients/bn2a_branch2c/gamma_grad = BackpropGrad(gradients/bn2a_branch2c/beta_grad)H¼ÆêñºƒP™
$gradients/res2a_branch2c/kernel_grad·Îêñºƒ ¢(¢BWgradients/res2a_branch2c/kernel_grad = BackpropGrad(gradients/bn2a_branch2c/gamma_grad)H·ÎêñºƒP“
!gradients/bn2a_branch2b/beta_gradÙÓêñºƒ ,(,BVgradients/bn2a_branch2b/beta_grad = BackpropGrad(gradients/res2a_branch2c/kernel_grad)HÙÓêñºƒP”
"gradients/bn2a_branch2b/gamma_grad…Ôêñºƒ (BTgradients/bn2a_branch2b/gamma_grad = BackpropGrad(gradients/bn2a_branch2b/beta_grad)H…ÔêñºƒP™
$gradients/res2a_branch2b/kernel_grad•Öêñºƒ Ä(ÄBWgradients/res2a_branch2b/kernel_grad = BackpropGrad(gradients/bn2a_branch2b/gamma_grad)H•ÖêñºƒP“
!gradients/bn2a_branch2a/beta_gradÙáêñºƒ .(.BVgradients/bn2a_branch2a/beta_grad = BackpropGrad(gradients/res2a_branch2b/kernel_grad)HÙáêñºƒP”
"gradients/bn2a_branch2a/gamma_grad‡âêñºƒ ˆ(ˆBTgradients/bn2a_branch2a/gamma_grad = BackpropGrad(gradients/bn2a_branch2a/beta_grad)H‡âêñºƒP™
$gradients/res2a_branch2a/kernel_gradäêñºƒ ª(ªBWgradients/res2a_branch2a/kernel_grad = BackpropGrad(gradients/bn2a_branch2a/gamma_grad)HäêñºƒP‹
gradients/bn_conv1/beta_grad¹åêñºƒ ›(›BQgradients/bn_conv1/beta_grad = BackpropGrad(gradients/res2a_branch2a/kernel_grad)H¹åêñºƒP…
gradients/bn_conv1/gamma_gradÔæêñºƒ à
(à
BJgradients/bn_conv1/gamma_grad = BackpropGrad(gradients/bn_conv1/beta_grad)HÔæêñºƒP‚
gradients/conv1/kernel_grad´ñêñºƒ ÿ(ÿBIgradients/conv1/kernel_grad = BackpropGrad(gradients/bn_conv1/gamma_grad)H´ñêñºƒP
¶ 
%/job:ps/replica:0/task:0/device:CPU:0W
conv1/kernel/readÏËáñºƒ (B*conv1/kernel/read = Identity(conv1/kernel)HÏËáñºƒP]
bn_conv1/gamma/readÒËáñºƒ (B.bn_conv1/gamma/read = Identity(bn_conv1/gamma)HÒËáñºƒPZ
bn_conv1/beta/readÔËáñºƒ (B,bn_conv1/beta/read = Identity(bn_conv1/beta)HÔËáñºƒPr
res2a_branch2a/kernel/read×Ëáñºƒ (B<res2a_branch2a/kernel/read = Identity(res2a_branch2a/kernel)H×ËáñºƒPl
bn2a_branch2a/gamma/readÛËáñºƒ (B8bn2a_branch2a/gamma/read = Identity(bn2a_branch2a/gamma)HÛËáñºƒPi
bn2a_branch2a/beta/readŞËáñºƒ (B6bn2a_branch2a/beta/read = Identity(bn2a_branch2a/beta)HŞËáñºƒPr
res2a_branch2b/kernel/readáËáñºƒ (B<res2a_branch2b/kernel/read = Identity(res2a_branch2b/kernel)HáËáñºƒPl
bn2a_branch2b/gamma/readäËáñºƒ (B8bn2a_branch2b/gamma/read = Identity(bn2a_branch2b/gamma)HäËáñºƒPi
bn2a_branch2b/beta/readçËáñºƒ (B6bn2a_branch2b/beta/read = Identity(bn2a_branch2b/beta)HçËáñºƒPr
res2a_branch2c/kernel/readêËáñºƒ (B<res2a_branch2c/kernel/read = Identity(res2a_branch2c/kernel)HêËáñºƒPl
bn2a_branch2c/gamma/readíËáñºƒ (B8bn2a_branch2c/gamma/read = Identity(bn2a_branch2c/gamma)HíËáñºƒPi
bn2a_branch2c/beta/readğËáñºƒ (B6bn2a_branch2c/beta/read = Identity(bn2a_branch2c/beta)HğËáñºƒPo
res2a_branch1/kernel/readóËáñºƒ (B:res2a_branch1/kernel/read = Identity(res2a_branch1/kernel)HóËáñºƒPi
bn2a_branch1/gamma/readöËáñºƒ (B6bn2a_branch1/gamma/read = Identity(bn2a_branch1/gamma)HöËáñºƒPf
bn2a_branch1/beta/readùËáñºƒ (B4bn2a_branch1/beta/read = Identity(bn2a_branch1/beta)HùËáñºƒPr
res2b_branch2a/kernel/readüËáñºƒ (B<res2b_branch2a/kernel/read = Identity(res2b_branch2a/kernel)HüËáñºƒPl
bn2b_branch2a/gamma/readşËáñºƒ (B8bn2b_branch2a/gamma/read = Identity(bn2b_branch2a/gamma)HşËáñºƒPi
bn2b_branch2a/beta/read‚Ìáñºƒ (B6bn2b_branch2a/beta/read = Identity(bn2b_branch2a/beta)H‚ÌáñºƒPr
res2b_branch2b/kernel/read…Ìáñºƒ (B<res2b_branch2b/kernel/read = Identity(res2b_branch2b/kernel)H…ÌáñºƒPl
bn2b_branch2b/gamma/read‡Ìáñºƒ (B8bn2b_branch2b/gamma/read = Identity(bn2b_branch2b/gamma)H‡ÌáñºƒPi
bn2b_branch2b/beta/read‹Ìáñºƒ (B6bn2b_branch2b/beta/read = Identity(bn2b_branch2b/beta)H‹ÌáñºƒPr
res2b_branch2c/kernel/readÌáñºƒ (B<res2b_branch2c/kernel/read = Identity(res2b_branch2c/kernel)HÌáñºƒPl
bn2b_branch2c/gamma/read‘Ìáñºƒ (B8bn2b_branch2c/gamma/read = Identity(bn2b_branch2c/gamma)H‘ÌáñºƒPi
bn2b_branch2c/beta/read”Ìáñºƒ (B6bn2b_branch2c/beta/read = Identity(bn2b_branch2c/beta)H”ÌáñºƒPr
res2c_branch2a/kernel/read—Ìáñºƒ (B<res2c_branch2a/kernel/read = Identity(res2c_branch2a/kernel)H—ÌáñºƒPl
bn2c_branch2a/gamma/readšÌáñºƒ (B8bn2c_branch2a/gamma/read = Identity(bn2c_branch2a/gamma)HšÌáñºƒPi
bn2c_branch2a/beta/readÌáñºƒ (B6bn2c_branch2a/beta/read = Identity(bn2c_branch2a/beta)HÌáñºƒPr
res2c_branch2b/kernel/read Ìáñºƒ (B<res2c_branch2b/kernel/read = Identity(res2c_branch2b/kernel)H ÌáñºƒPl
bn2c_branch2b/gamma/read£Ìáñºƒ (B8bn2c_branch2b/gamma/read = Identity(bn2c_branch2b/gamma)H£ÌáñºƒPi
bn2c_branch2b/beta/read¦Ìáñºƒ (B6bn2c_branch2b/beta/read = Identity(bn2c_branch2b/beta)H¦ÌáñºƒPr
res2c_branch2c/kernel/read©Ìáñºƒ (B<res2c_branch2c/kernel/read = Identity(res2c_branch2c/kernel)H©ÌáñºƒPl
bn2c_branch2c/gamma/read­Ìáñºƒ (B8bn2c_branch2c/gamma/read = Identity(bn2c_branch2c/gamma)H­ÌáñºƒPi
bn2c_branch2c/beta/read°Ìáñºƒ (B6bn2c_branch2c/beta/read = Identity(bn2c_branch2c/beta)H°ÌáñºƒPr
res3a_branch2a/kernel/read³Ìáñºƒ (B<res3a_branch2a/kernel/read = Identity(res3a_branch2a/kernel)H³ÌáñºƒPl
bn3a_branch2a/gamma/read¶Ìáñºƒ (B8bn3a_branch2a/gamma/read = Identity(bn3a_branch2a/gamma)H¶ÌáñºƒPi
bn3a_branch2a/beta/read¹Ìáñºƒ (B6bn3a_branch2a/beta/read = Identity(bn3a_branch2a/beta)H¹ÌáñºƒPr
res3a_branch2b/kernel/read¼Ìáñºƒ (B<res3a_branch2b/kernel/read = Identity(res3a_branch2b/kernel)H¼ÌáñºƒPl
bn3a_branch2b/gamma/read¿Ìáñºƒ (B8bn3a_branch2b/gamma/read = Identity(bn3a_branch2b/gamma)H¿ÌáñºƒPi
bn3a_branch2b/beta/readÂÌáñºƒ (B6bn3a_branch2b/beta/read = Identity(bn3a_branch2b/beta)HÂÌáñºƒPr
res3a_branch2c/kernel/readÅÌáñºƒ (B<res3a_branch2c/kernel/read = Identity(res3a_branch2c/kernel)HÅÌáñºƒPl
bn3a_branch2c/gamma/readÈÌáñºƒ (B8bn3a_branch2c/gamma/read = Identity(bn3a_branch2c/gamma)HÈÌáñºƒPi
bn3a_branch2c/beta/readËÌáñºƒ (B6bn3a_branch2c/beta/read = Identity(bn3a_branch2c/beta)HËÌáñºƒPo
res3a_branch1/kernel/readÎÌáñºƒ (B:res3a_branch1/kernel/read = Identity(res3a_branch1/kernel)HÎÌáñºƒPi
bn3a_branch1/gamma/readÑÌáñºƒ (B6bn3a_branch1/gamma/read = Identity(bn3a_branch1/gamma)HÑÌáñºƒPf
bn3a_branch1/beta/readÔÌáñºƒ (B4bn3a_branch1/beta/read = Identity(bn3a_branch1/beta)HÔÌáñºƒPr
res3b_branch2a/kernel/read×Ìáñºƒ (B<res3b_branch2a/kernel/read = Identity(res3b_branch2a/kernel)H×ÌáñºƒPl
bn3b_branch2a/gamma/readÚÌáñºƒ (B8bn3b_branch2a/gamma/read = Identity(bn3b_branch2a/gamma)HÚÌáñºƒPi
bn3b_branch2a/beta/readİÌáñºƒ (B6bn3b_branch2a/beta/read = Identity(bn3b_branch2a/beta)HİÌáñºƒPr
res3b_branch2b/kernel/readàÌáñºƒ (B<res3b_branch2b/kernel/read = Identity(res3b_branch2b/kernel)HàÌáñºƒPl
bn3b_branch2b/gamma/readãÌáñºƒ (B8bn3b_branch2b/gamma/read = Identity(bn3b_branch2b/gamma)HãÌáñºƒPi
bn3b_branch2b/beta/readæÌáñºƒ (B6bn3b_branch2b/beta/read = Identity(bn3b_branch2b/beta)HæÌáñºƒPr
res3b_branch2c/kernel/readéÌáñºƒ (B<res3b_branch2c/kernel/read = Identity(res3b_branch2c/kernel)HéÌáñºƒPl
bn3b_branch2c/gamma/readìÌáñºƒ (B8bn3b_branch2c/gamma/read = Identity(bn3b_branch2c/gamma)HìÌáñºƒPi
bn3b_branch2c/beta/readïÌáñºƒ (B6bn3b_branch2c/beta/read = Identity(bn3b_branch2c/beta)HïÌáñºƒPr
res3c_branch2a/kernel/readòÌáñºƒ (B<res3c_branch2a/kernel/read = Identity(res3c_branch2a/kernel)HòÌáñºƒPl
bn3c_branch2a/gamma/readõÌáñºƒ (B8bn3c_branch2a/gamma/read = Identity(bn3c_branch2a/gamma)HõÌáñºƒPi
bn3c_branch2a/beta/readøÌáñºƒ (B6bn3c_branch2a/beta/read = Identity(bn3c_branch2a/beta)HøÌáñºƒPr
res3c_branch2b/kernel/readûÌáñºƒ (B<res3c_branch2b/kernel/read = Identity(res3c_branch2b/kernel)HûÌáñºƒPl
bn3c_branch2b/gamma/readşÌáñºƒ (B8bn3c_branch2b/gamma/read = Identity(bn3c_branch2b/gamma)HşÌáñºƒPi
bn3c_branch2b/beta/read€Íáñºƒ (B6bn3c_branch2b/beta/read = Identity(bn3c_branch2b/beta)H€ÍáñºƒPr
res3c_branch2c/kernel/read„Íáñºƒ (B<res3c_branch2c/kernel/read = Identity(res3c_branch2c/kernel)H„ÍáñºƒPl
bn3c_branch2c/gamma/read‡Íáñºƒ (B8bn3c_branch2c/gamma/read = Identity(bn3c_branch2c/gamma)H‡ÍáñºƒPi
bn3c_branch2c/beta/read‰Íáñºƒ (B6bn3c_branch2c/beta/read = Identity(bn3c_branch2c/beta)H‰ÍáñºƒPr
res3d_branch2a/kernel/readŒÍáñºƒ (B<res3d_branch2a/kernel/read = Identity(res3d_branch2a/kernel)HŒÍáñºƒPl
bn3d_branch2a/gamma/readÍáñºƒ (B8bn3d_branch2a/gamma/read = Identity(bn3d_branch2a/gamma)HÍáñºƒPi
bn3d_branch2a/beta/read’Íáñºƒ (B6bn3d_branch2a/beta/read = Identity(bn3d_branch2a/beta)H’ÍáñºƒPr
res3d_branch2b/kernel/read•Íáñºƒ (B<res3d_branch2b/kernel/read = Identity(res3d_branch2b/kernel)H•ÍáñºƒPl
bn3d_branch2b/gamma/read˜Íáñºƒ (B8bn3d_branch2b/gamma/read = Identity(bn3d_branch2b/gamma)H˜ÍáñºƒPi
bn3d_branch2b/beta/read›Íáñºƒ (B6bn3d_branch2b/beta/read = Identity(bn3d_branch2b/beta)H›ÍáñºƒPr
res3d_branch2c/kernel/readÍáñºƒ (B<res3d_branch2c/kernel/read = Identity(res3d_branch2c/kernel)HÍáñºƒPl
bn3d_branch2c/gamma/read¡Íáñºƒ (B8bn3d_branch2c/gamma/read = Identity(bn3d_branch2c/gamma)H¡ÍáñºƒPi
bn3d_branch2c/beta/read¤Íáñºƒ (B6bn3d_branch2c/beta/read = Identity(bn3d_branch2c/beta)H¤ÍáñºƒPr
res4a_branch2a/kernel/read§Íáñºƒ (B<res4a_branch2a/kernel/read = Identity(res4a_branch2a/kernel)H§ÍáñºƒPl
bn4a_branch2a/gamma/read«Íáñºƒ (B8bn4a_branch2a/gamma/read = Identity(bn4a_branch2a/gamma)H«ÍáñºƒPi
bn4a_branch2a/beta/read®Íáñºƒ (B6bn4a_branch2a/beta/read = Identity(bn4a_branch2a/beta)H®ÍáñºƒPr
res4a_branch2b/kernel/read±Íáñºƒ (B<res4a_branch2b/kernel/read = Identity(res4a_branch2b/kernel)H±ÍáñºƒPl
bn4a_branch2b/gamma/read³Íáñºƒ (B8bn4a_branch2b/gamma/read = Identity(bn4a_branch2b/gamma)H³ÍáñºƒPi
bn4a_branch2b/beta/read¶Íáñºƒ (B6bn4a_branch2b/beta/read = Identity(bn4a_branch2b/beta)H¶ÍáñºƒPr
res4a_branch2c/kernel/read¹Íáñºƒ (B<res4a_branch2c/kernel/read = Identity(res4a_branch2c/kernel)H¹ÍáñºƒPl
bn4a_branch2c/gamma/read¼Íáñºƒ (B8bn4a_branch2c/gamma/read = Identity(bn4a_branch2c/gamma)H¼ÍáñºƒPi
bn4a_branch2c/beta/read¿Íáñºƒ (B6bn4a_branch2c/beta/read = Identity(bn4a_branch2c/beta)H¿ÍáñºƒPo
res4a_branch1/kernel/readÂÍáñºƒ (B:res4a_branch1/kernel/read = Identity(res4a_branch1/kernel)HÂÍáñºƒPi
bn4a_branch1/gamma/readÅÍáñºƒ (B6bn4a_branch1/gamma/read = Identity(bn4a_branch1/gamma)HÅÍáñºƒPf
bn4a_branch1/beta/readÉÍáñºƒ (B4bn4a_branch1/beta/read = Identity(bn4a_branch1/beta)HÉÍáñºƒPr
res4b_branch2a/kernel/readÌÍáñºƒ (B<res4b_branch2a/kernel/read = Identity(res4b_branch2a/kernel)HÌÍáñºƒPl
bn4b_branch2a/gamma/readÎÍáñºƒ (B8bn4b_branch2a/gamma/read = Identity(bn4b_branch2a/gamma)HÎÍáñºƒPi
bn4b_branch2a/beta/readÒÍáñºƒ (B6bn4b_branch2a/beta/read = Identity(bn4b_branch2a/beta)HÒÍáñºƒPr
res4b_branch2b/kernel/readÕÍáñºƒ (B<res4b_branch2b/kernel/read = Identity(res4b_branch2b/kernel)HÕÍáñºƒPl
bn4b_branch2b/gamma/readØÍáñºƒ (B8bn4b_branch2b/gamma/read = Identity(bn4b_branch2b/gamma)HØÍáñºƒPi
bn4b_branch2b/beta/readÛÍáñºƒ (B6bn4b_branch2b/beta/read = Identity(bn4b_branch2b/beta)HÛÍáñºƒPr
res4b_branch2c/kernel/readŞÍáñºƒ (B<res4b_branch2c/kernel/read = Identity(res4b_branch2c/kernel)HŞÍáñºƒPl
bn4b_branch2c/gamma/readáÍáñºƒ (B8bn4b_branch2c/gamma/read = Identity(bn4b_branch2c/gamma)HáÍáñºƒPi
bn4b_branch2c/beta/readäÍáñºƒ (B6bn4b_branch2c/beta/read = Identity(bn4b_branch2c/beta)HäÍáñºƒPr
res4c_branch2a/kernel/readçÍáñºƒ (B<res4c_branch2a/kernel/read = Identity(res4c_branch2a/kernel)HçÍáñºƒPl
bn4c_branch2a/gamma/readêÍáñºƒ (B8bn4c_branch2a/gamma/read = Identity(bn4c_branch2a/gamma)HêÍáñºƒPi
bn4c_branch2a/beta/readíÍáñºƒ (B6bn4c_branch2a/beta/read = Identity(bn4c_branch2a/beta)HíÍáñºƒPr
res4c_branch2b/kernel/readğÍáñºƒ (B<res4c_branch2b/kernel/read = Identity(res4c_branch2b/kernel)HğÍáñºƒPl
bn4c_branch2b/gamma/readóÍáñºƒ (B8bn4c_branch2b/gamma/read = Identity(bn4c_branch2b/gamma)HóÍáñºƒPi
bn4c_branch2b/beta/readöÍáñºƒ (B6bn4c_branch2b/beta/read = Identity(bn4c_branch2b/beta)HöÍáñºƒPr
res4c_branch2c/kernel/readùÍáñºƒ (B<res4c_branch2c/kernel/read = Identity(res4c_branch2c/kernel)HùÍáñºƒPl
bn4c_branch2c/gamma/readüÍáñºƒ (B8bn4c_branch2c/gamma/read = Identity(bn4c_branch2c/gamma)HüÍáñºƒPi
bn4c_branch2c/beta/readÿÍáñºƒ (B6bn4c_branch2c/beta/read = Identity(bn4c_branch2c/beta)HÿÍáñºƒPr
res4d_branch2a/kernel/read‚Îáñºƒ (B<res4d_branch2a/kernel/read = Identity(res4d_branch2a/kernel)H‚ÎáñºƒPl
bn4d_branch2a/gamma/read…Îáñºƒ (B8bn4d_branch2a/gamma/read = Identity(bn4d_branch2a/gamma)H…ÎáñºƒPi
bn4d_branch2a/beta/readˆÎáñºƒ (B6bn4d_branch2a/beta/read = Identity(bn4d_branch2a/beta)HˆÎáñºƒPr
res4d_branch2b/kernel/read‹Îáñºƒ (B<res4d_branch2b/kernel/read = Identity(res4d_branch2b/kernel)H‹ÎáñºƒPl
bn4d_branch2b/gamma/readÎáñºƒ (B8bn4d_branch2b/gamma/read = Identity(bn4d_branch2b/gamma)HÎáñºƒPi
bn4d_branch2b/beta/read‘Îáñºƒ (B6bn4d_branch2b/beta/read = Identity(bn4d_branch2b/beta)H‘ÎáñºƒPr
res4d_branch2c/kernel/read”Îáñºƒ (B<res4d_branch2c/kernel/read = Identity(res4d_branch2c/kernel)H”ÎáñºƒPl
bn4d_branch2c/gamma/read—Îáñºƒ (B8bn4d_branch2c/gamma/read = Identity(bn4d_branch2c/gamma)H—ÎáñºƒPi
bn4d_branch2c/beta/readšÎáñºƒ (B6bn4d_branch2c/beta/read = Identity(bn4d_branch2c/beta)HšÎáñºƒPr
res4e_branch2a/kernel/readÎáñºƒ (B<res4e_branch2a/kernel/read = Identity(res4e_branch2a/kernel)HÎáñºƒPl
bn4e_branch2a/gamma/read¡Îáñºƒ (B8bn4e_branch2a/gamma/read = Identity(bn4e_branch2a/gamma)H¡ÎáñºƒPi
bn4e_branch2a/beta/read¤Îáñºƒ (B6bn4e_branch2a/beta/read = Identity(bn4e_branch2a/beta)H¤ÎáñºƒPr
res4e_branch2b/kernel/read§Îáñºƒ (B<res4e_branch2b/kernel/read = Identity(res4e_branch2b/kernel)H§ÎáñºƒPl
bn4e_branch2b/gamma/readªÎáñºƒ (B8bn4e_branch2b/gamma/read = Identity(bn4e_branch2b/gamma)HªÎáñºƒPi
bn4e_branch2b/beta/read¬Îáñºƒ (B6bn4e_branch2b/beta/read = Identity(bn4e_branch2b/beta)H¬ÎáñºƒPr
res4e_branch2c/kernel/read°Îáñºƒ (B<res4e_branch2c/kernel/read = Identity(res4e_branch2c/kernel)H°ÎáñºƒPl
bn4e_branch2c/gamma/read²Îáñºƒ (B8bn4e_branch2c/gamma/read = Identity(bn4e_branch2c/gamma)H²ÎáñºƒPi
bn4e_branch2c/beta/read¶Îáñºƒ (B6bn4e_branch2c/beta/read = Identity(bn4e_branch2c/beta)H¶ÎáñºƒPr
res4f_branch2a/kernel/read¹Îáñºƒ (B<res4f_branch2a/kernel/read = Identity(res4f_branch2a/kernel)H¹ÎáñºƒPl
bn4f_branch2a/gamma/read¼Îáñºƒ (B8bn4f_branch2a/gamma/read = Identity(bn4f_branch2a/gamma)H¼ÎáñºƒPi
bn4f_branch2a/beta/read¿Îáñºƒ (B6bn4f_branch2a/beta/read = Identity(bn4f_branch2a/beta)H¿ÎáñºƒPr
res4f_branch2b/kernel/readÂÎáñºƒ (B<res4f_branch2b/kernel/read = Identity(res4f_branch2b/kernel)HÂÎáñºƒPl
bn4f_branch2b/gamma/readÅÎáñºƒ (B8bn4f_branch2b/gamma/read = Identity(bn4f_branch2b/gamma)HÅÎáñºƒPi
bn4f_branch2b/beta/readÈÎáñºƒ (B6bn4f_branch2b/beta/read = Identity(bn4f_branch2b/beta)HÈÎáñºƒPr
res4f_branch2c/kernel/readËÎáñºƒ (B<res4f_branch2c/kernel/read = Identity(res4f_branch2c/kernel)HËÎáñºƒPl
bn4f_branch2c/gamma/readÎÎáñºƒ (B8bn4f_branch2c/gamma/read = Identity(bn4f_branch2c/gamma)HÎÎáñºƒPi
bn4f_branch2c/beta/readÑÎáñºƒ (B6bn4f_branch2c/beta/read = Identity(bn4f_branch2c/beta)HÑÎáñºƒPr
res5a_branch2a/kernel/readÓÎáñºƒ (B<res5a_branch2a/kernel/read = Identity(res5a_branch2a/kernel)HÓÎáñºƒPl
bn5a_branch2a/gamma/readÖÎáñºƒ (B8bn5a_branch2a/gamma/read = Identity(bn5a_branch2a/gamma)HÖÎáñºƒPi
bn5a_branch2a/beta/readÙÎáñºƒ (B6bn5a_branch2a/beta/read = Identity(bn5a_branch2a/beta)HÙÎáñºƒPr
res5a_branch2b/kernel/readÜÎáñºƒ (B<res5a_branch2b/kernel/read = Identity(res5a_branch2b/kernel)HÜÎáñºƒPl
bn5a_branch2b/gamma/readßÎáñºƒ (B8bn5a_branch2b/gamma/read = Identity(bn5a_branch2b/gamma)HßÎáñºƒPi
bn5a_branch2b/beta/readãÎáñºƒ (B6bn5a_branch2b/beta/read = Identity(bn5a_branch2b/beta)HãÎáñºƒPr
res5a_branch2c/kernel/readåÎáñºƒ (B<res5a_branch2c/kernel/read = Identity(res5a_branch2c/kernel)HåÎáñºƒPl
bn5a_branch2c/gamma/readéÎáñºƒ (B8bn5a_branch2c/gamma/read = Identity(bn5a_branch2c/gamma)HéÎáñºƒPi
bn5a_branch2c/beta/readëÎáñºƒ (B6bn5a_branch2c/beta/read = Identity(bn5a_branch2c/beta)HëÎáñºƒPo
res5a_branch1/kernel/readîÎáñºƒ (B:res5a_branch1/kernel/read = Identity(res5a_branch1/kernel)HîÎáñºƒPi
bn5a_branch1/gamma/readñÎáñºƒ (B6bn5a_branch1/gamma/read = Identity(bn5a_branch1/gamma)HñÎáñºƒPf
bn5a_branch1/beta/readôÎáñºƒ (B4bn5a_branch1/beta/read = Identity(bn5a_branch1/beta)HôÎáñºƒPr
res5b_branch2a/kernel/read÷Îáñºƒ (B<res5b_branch2a/kernel/read = Identity(res5b_branch2a/kernel)H÷ÎáñºƒPl
bn5b_branch2a/gamma/readúÎáñºƒ (B8bn5b_branch2a/gamma/read = Identity(bn5b_branch2a/gamma)HúÎáñºƒPi
bn5b_branch2a/beta/readıÎáñºƒ (B6bn5b_branch2a/beta/read = Identity(bn5b_branch2a/beta)HıÎáñºƒPr
res5b_branch2b/kernel/read€Ïáñºƒ (B<res5b_branch2b/kernel/read = Identity(res5b_branch2b/kernel)H€ÏáñºƒPl
bn5b_branch2b/gamma/readƒÏáñºƒ (B8bn5b_branch2b/gamma/read = Identity(bn5b_branch2b/gamma)HƒÏáñºƒPi
bn5b_branch2b/beta/read†Ïáñºƒ (B6bn5b_branch2b/beta/read = Identity(bn5b_branch2b/beta)H†ÏáñºƒPr
res5b_branch2c/kernel/read‰Ïáñºƒ (B<res5b_branch2c/kernel/read = Identity(res5b_branch2c/kernel)H‰ÏáñºƒPl
bn5b_branch2c/gamma/readŒÏáñºƒ (B8bn5b_branch2c/gamma/read = Identity(bn5b_branch2c/gamma)HŒÏáñºƒPi
bn5b_branch2c/beta/readÏáñºƒ (B6bn5b_branch2c/beta/read = Identity(bn5b_branch2c/beta)HÏáñºƒPr
res5c_branch2a/kernel/read’Ïáñºƒ (B<res5c_branch2a/kernel/read = Identity(res5c_branch2a/kernel)H’ÏáñºƒPl
bn5c_branch2a/gamma/read•Ïáñºƒ (B8bn5c_branch2a/gamma/read = Identity(bn5c_branch2a/gamma)H•ÏáñºƒPi
bn5c_branch2a/beta/read˜Ïáñºƒ (B6bn5c_branch2a/beta/read = Identity(bn5c_branch2a/beta)H˜ÏáñºƒPr
res5c_branch2b/kernel/read›Ïáñºƒ (B<res5c_branch2b/kernel/read = Identity(res5c_branch2b/kernel)H›ÏáñºƒPl
bn5c_branch2b/gamma/readÏáñºƒ (B8bn5c_branch2b/gamma/read = Identity(bn5c_branch2b/gamma)HÏáñºƒPi
bn5c_branch2b/beta/read¡Ïáñºƒ (B6bn5c_branch2b/beta/read = Identity(bn5c_branch2b/beta)H¡ÏáñºƒPr
res5c_branch2c/kernel/read¤Ïáñºƒ (B<res5c_branch2c/kernel/read = Identity(res5c_branch2c/kernel)H¤ÏáñºƒPl
bn5c_branch2c/gamma/read§Ïáñºƒ (B8bn5c_branch2c/gamma/read = Identity(bn5c_branch2c/gamma)H§ÏáñºƒPi
bn5c_branch2c/beta/readªÏáñºƒ (B6bn5c_branch2c/beta/read = Identity(bn5c_branch2c/beta)HªÏáñºƒPZ
fc1000/kernel/read¬Ïáñºƒ (B,fc1000/kernel/read = Identity(fc1000/kernel)H¬ÏáñºƒPT
fc1000/bias/read¯Ïáñºƒ (B(fc1000/bias/read = Identity(fc1000/bias)H¯ÏáñºƒP¶

RecvTensor€äæñºƒ s(s:
"  Bƒ[4000B] edge_162_gradients/fc1000/bias_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H€äæñºƒ¾
'update_fc1000/bias/ApplyGradientDescentóäæñºƒ (B{update_fc1000/bias/ApplyGradientDescent = ApplyGradientDescent(fc1000/bias, learning_rate, gradients/fc1000/bias_grad_S162)HóäæñºƒP¾

RecvTensorµäæñºƒ Ã5(Ã5:"
€€ô€€ôB…[7.8MB] edge_163_gradients/fc1000/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HµäæñºƒÉ
)update_fc1000/kernel/ApplyGradientDescentø™çñºƒ İ	(İ	Bupdate_fc1000/kernel/ApplyGradientDescent = ApplyGradientDescent(fc1000/kernel, learning_rate, gradients/fc1000/kernel_grad_S163)Hø™çñºƒP¿

RecvTensorĞäæñºƒ ¯5(¯5:
"€@€@BŠ[8192B] edge_164_gradients/bn5c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HĞäæñºƒÛ
.update_bn5c_branch2c/beta/ApplyGradientDescentÕ£çñºƒ (Bupdate_bn5c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2c/beta, learning_rate, gradients/bn5c_branch2c/beta_grad_S164)HÕ£çñºƒPÀ

RecvTensorÕåæñºƒ °4(°4:
"€@€@B‹[8192B] edge_165_gradients/bn5c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÕåæñºƒß
/update_bn5c_branch2c/gamma/ApplyGradientDescentÛ£çñºƒ (B“update_bn5c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2c/gamma, learning_rate, gradients/bn5c_branch2c/gamma_grad_S165)HÛ£çñºƒPÆ

RecvTensorôêæñºƒ •J(•J:"
€€€€€€B[4.0MB] edge_166_gradients/res5c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hôêæñºƒé
1update_res5c_branch2c/kernel/ApplyGradientDescent‰µçñºƒ £(£B™update_res5c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res5c_branch2c/kernel, learning_rate, gradients/res5c_branch2c/kernel_grad_S166)H‰µçñºƒP¿

RecvTensorëæñºƒ ŠJ(ŠJ:
"€€BŠ[2048B] edge_167_gradients/bn5c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HëæñºƒÛ
.update_bn5c_branch2b/beta/ApplyGradientDescent¬ºçñºƒ (Bupdate_bn5c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2b/beta, learning_rate, gradients/bn5c_branch2b/beta_grad_S167)H¬ºçñºƒPÀ

RecvTensor©ëæñºƒ äI(äI:
"€€B‹[2048B] edge_168_gradients/bn5c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H©ëæñºƒß
/update_bn5c_branch2b/gamma/ApplyGradientDescent±ºçñºƒ (B“update_bn5c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2b/gamma, learning_rate, gradients/bn5c_branch2b/gamma_grad_S168)H±ºçñºƒPÆ

RecvTensorŒ÷æñºƒ ëz(ëz:"
€€À€€ÀB[9.0MB] edge_169_gradients/res5c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŒ÷æñºƒé
1update_res5c_branch2b/kernel/ApplyGradientDescent÷ñçñºƒ É(ÉB™update_res5c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res5c_branch2b/kernel, learning_rate, gradients/res5c_branch2b/kernel_grad_S169)H÷ñçñºƒP¿

RecvTensor˜÷æñºƒ ö=(ö=:
"€€BŠ[2048B] edge_170_gradients/bn5c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H˜÷æñºƒÛ
.update_bn5c_branch2a/beta/ApplyGradientDescent·ºçñºƒ (Bupdate_bn5c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2a/beta, learning_rate, gradients/bn5c_branch2a/beta_grad_S170)H·ºçñºƒPÀ

RecvTensor¿÷æñºƒ ºz(ºz:
"€€B‹[2048B] edge_171_gradients/bn5c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¿÷æñºƒß
/update_bn5c_branch2a/gamma/ApplyGradientDescentÀıçñºƒ (B“update_bn5c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2a/gamma, learning_rate, gradients/bn5c_branch2a/gamma_grad_S171)HÀıçñºƒPÈ

RecvTensorğüæñºƒ ”(”:"
€€€€€€B[4.0MB] edge_172_gradients/res5c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hğüæñºƒé
1update_res5c_branch2a/kernel/ApplyGradientDescent„èñºƒ ò(òB™update_res5c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res5c_branch2a/kernel, learning_rate, gradients/res5c_branch2a/kernel_grad_S172)H„èñºƒP¿

RecvTensorŠıæñºƒ öt(öt:
"€@€@BŠ[8192B] edge_173_gradients/bn5b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŠıæñºƒÛ
.update_bn5b_branch2c/beta/ApplyGradientDescentÅıçñºƒ (Bupdate_bn5b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2c/beta, learning_rate, gradients/bn5b_branch2c/beta_grad_S173)HÅıçñºƒPÂ

RecvTensor—şæñºƒ ó(ó:
"€@€@B‹[8192B] edge_174_gradients/bn5b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H—şæñºƒß
/update_bn5b_branch2c/gamma/ApplyGradientDescentö’èñºƒ (B“update_bn5b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2c/gamma, learning_rate, gradients/bn5b_branch2c/gamma_grad_S174)Hö’èñºƒPÈ

RecvTensor´ƒçñºƒ Ú¤(Ú¤:"
€€€€€€B[4.0MB] edge_175_gradients/res5b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H´ƒçñºƒé
1update_res5b_branch2c/kernel/ApplyGradientDescent¨èñºƒ Ò(ÒB™update_res5b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res5b_branch2c/kernel, learning_rate, gradients/res5b_branch2c/kernel_grad_S175)H¨èñºƒPÁ

RecvTensorÀƒçñºƒ Ğ¤(Ğ¤:
"€€BŠ[2048B] edge_176_gradients/bn5b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÀƒçñºƒÛ
.update_bn5b_branch2b/beta/ApplyGradientDescentà­èñºƒ (Bupdate_bn5b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2b/beta, learning_rate, gradients/bn5b_branch2b/beta_grad_S176)Hà­èñºƒPÂ

RecvTensorçƒçñºƒ «¤(«¤:
"€€B‹[2048B] edge_177_gradients/bn5b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hçƒçñºƒß
/update_bn5b_branch2b/gamma/ApplyGradientDescentå­èñºƒ (B“update_bn5b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2b/gamma, learning_rate, gradients/bn5b_branch2b/gamma_grad_S177)Hå­èñºƒPÈ

RecvTensorÍçñºƒ ­Õ(­Õ:"
€€À€€ÀB[9.0MB] edge_178_gradients/res5b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÍçñºƒé
1update_res5b_branch2b/kernel/ApplyGradientDescentúäèñºƒ ÿ(ÿB™update_res5b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res5b_branch2b/kernel, learning_rate, gradients/res5b_branch2b/kernel_grad_S178)HúäèñºƒPÁ

RecvTensorÙçñºƒ £Õ(£Õ:
"€€BŠ[2048B] edge_179_gradients/bn5b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÙçñºƒÛ
.update_bn5b_branch2a/beta/ApplyGradientDescentùğèñºƒ (Bupdate_bn5b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2a/beta, learning_rate, gradients/bn5b_branch2a/beta_grad_S179)HùğèñºƒPÂ

RecvTensorşçñºƒ €Õ(€Õ:
"€€B‹[2048B] edge_180_gradients/bn5b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hşçñºƒß
/update_bn5b_branch2a/gamma/ApplyGradientDescentşğèñºƒ (B“update_bn5b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2a/gamma, learning_rate, gradients/bn5b_branch2a/gamma_grad_S180)HşğèñºƒPÈ

RecvTensor‡•çñºƒ ûê(ûê:"
€€€€€€B[4.0MB] edge_181_gradients/res5b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‡•çñºƒé
1update_res5b_branch2a/kernel/ApplyGradientDescent‚€éñºƒ Ô(ÔB™update_res5b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res5b_branch2a/kernel, learning_rate, gradients/res5b_branch2a/kernel_grad_S181)H‚€éñºƒPÀ

RecvTensor •çñºƒ èê(èê:
"€@€@B‰[8192B] edge_182_gradients/bn5a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H •çñºƒ×
-update_bn5a_branch1/beta/ApplyGradientDescentÖ…éñºƒ (Bupdate_bn5a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch1/beta, learning_rate, gradients/bn5a_branch1/beta_grad_S182)HÖ…éñºƒPÁ

RecvTensorï•çñºƒ  ê( ê:
"€@€@BŠ[8192B] edge_183_gradients/bn5a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hï•çñºƒÛ
.update_bn5a_branch1/gamma/ApplyGradientDescentÜ…éñºƒ (Bupdate_bn5a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch1/gamma, learning_rate, gradients/bn5a_branch1/gamma_grad_S183)HÜ…éñºƒPÇ

RecvTensorÒ çñºƒ Å•(Å•:"
€€€€€€BŒ[8.0MB] edge_184_gradients/res5a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÒ çñºƒå
0update_res5a_branch1/kernel/ApplyGradientDescent—¶éñºƒ ¦(¦B–update_res5a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch1/kernel, learning_rate, gradients/res5a_branch1/kernel_grad_S184)H—¶éñºƒPÁ

RecvTensorì çñºƒ ²•(²•:
"€@€@BŠ[8192B] edge_185_gradients/bn5a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hì çñºƒÛ
.update_bn5a_branch2c/beta/ApplyGradientDescent½Áéñºƒ (Bupdate_bn5a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2c/beta, learning_rate, gradients/bn5a_branch2c/beta_grad_S185)H½ÁéñºƒPÂ

RecvTensorù¡çñºƒ ¬”(¬”:
"€@€@B‹[8192B] edge_186_gradients/bn5a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hù¡çñºƒß
/update_bn5a_branch2c/gamma/ApplyGradientDescentÄÁéñºƒ (B“update_bn5a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2c/gamma, learning_rate, gradients/bn5a_branch2c/gamma_grad_S186)HÄÁéñºƒPÈ

RecvTensoró¦çñºƒ µª(µª:"
€€€€€€B[4.0MB] edge_187_gradients/res5a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hó¦çñºƒé
1update_res5a_branch2c/kernel/ApplyGradientDescent¨Ñéñºƒ ˆ(ˆB™update_res5a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch2c/kernel, learning_rate, gradients/res5a_branch2c/kernel_grad_S187)H¨ÑéñºƒPÁ

RecvTensor€§çñºƒ ªª(ªª:
"€€BŠ[2048B] edge_188_gradients/bn5a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H€§çñºƒÛ
.update_bn5a_branch2b/beta/ApplyGradientDescent°×éñºƒ (Bupdate_bn5a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2b/beta, learning_rate, gradients/bn5a_branch2b/beta_grad_S188)H°×éñºƒPÂ

RecvTensor©§çñºƒ ƒª(ƒª:
"€€B‹[2048B] edge_189_gradients/bn5a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H©§çñºƒß
/update_bn5a_branch2b/gamma/ApplyGradientDescentµ×éñºƒ (B“update_bn5a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2b/gamma, learning_rate, gradients/bn5a_branch2b/gamma_grad_S189)Hµ×éñºƒPÈ

RecvTensoró²çñºƒ ¢Û(¢Û:"
€€À€€ÀB[9.0MB] edge_190_gradients/res5a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hó²çñºƒé
1update_res5a_branch2b/kernel/ApplyGradientDescent•êñºƒ š(šB™update_res5a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch2b/kernel, learning_rate, gradients/res5a_branch2b/kernel_grad_S190)H•êñºƒPÁ

RecvTensor³çñºƒ ‰Û(‰Û:
"€€BŠ[2048B] edge_191_gradients/bn5a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H³çñºƒÛ
.update_bn5a_branch2a/beta/ApplyGradientDescent¯šêñºƒ (Bupdate_bn5a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2a/beta, learning_rate, gradients/bn5a_branch2a/beta_grad_S191)H¯šêñºƒPÂ

RecvTensor‘´çñºƒ ‡Ú(‡Ú:
"€€B‹[2048B] edge_192_gradients/bn5a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‘´çñºƒß
/update_bn5a_branch2a/gamma/ApplyGradientDescentµšêñºƒ (B“update_bn5a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2a/gamma, learning_rate, gradients/bn5a_branch2a/gamma_grad_S192)HµšêñºƒPÈ

RecvTensor±¾çñºƒ ©İ(©İ:"
€€€€€€B[2.0MB] edge_193_gradients/res5a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H±¾çñºƒé
1update_res5a_branch2a/kernel/ApplyGradientDescentÚ›êñºƒ á(áB™update_res5a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch2a/kernel, learning_rate, gradients/res5a_branch2a/kernel_grad_S193)HÚ›êñºƒPÁ

RecvTensorŞ¾çñºƒ ÿÜ(ÿÜ:
"€ € BŠ[4096B] edge_194_gradients/bn4f_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŞ¾çñºƒÛ
.update_bn4f_branch2c/beta/ApplyGradientDescent»êñºƒ (Bupdate_bn4f_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2c/beta, learning_rate, gradients/bn4f_branch2c/beta_grad_S194)H»êñºƒPÂ

RecvTensorëÀçñºƒ öÚ(öÚ:
"€ € B‹[4096B] edge_195_gradients/bn4f_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HëÀçñºƒß
/update_bn4f_branch2c/gamma/ApplyGradientDescentÀêñºƒ (B“update_bn4f_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2c/gamma, learning_rate, gradients/bn4f_branch2c/gamma_grad_S195)HÀêñºƒPÆ

RecvTensoréÅçñºƒ ÙÜ(ÙÜ:"€€@€€@B[1.0MB] edge_196_gradients/res4f_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HéÅçñºƒé
1update_res4f_branch2c/kernel/ApplyGradientDescentÂ¢êñºƒ ¬(¬B™update_res4f_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4f_branch2c/kernel, learning_rate, gradients/res4f_branch2c/kernel_grad_S196)HÂ¢êñºƒPÁ

RecvTensorùÅçñºƒ ÊÜ(ÊÜ:
"€€BŠ[1024B] edge_197_gradients/bn4f_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HùÅçñºƒÛ
.update_bn4f_branch2b/beta/ApplyGradientDescentî£êñºƒ (Bupdate_bn4f_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2b/beta, learning_rate, gradients/bn4f_branch2b/beta_grad_S197)Hî£êñºƒPÂ

RecvTensorÀÆçñºƒ ƒÜ(ƒÜ:
"€€B‹[1024B] edge_198_gradients/bn4f_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÀÆçñºƒß
/update_bn4f_branch2b/gamma/ApplyGradientDescentó£êñºƒ (B“update_bn4f_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2b/gamma, learning_rate, gradients/bn4f_branch2b/gamma_grad_S198)Hó£êñºƒPÈ

RecvTensor×Ñçñºƒ ‡à(‡à:"
€€€€B[2.2MB] edge_199_gradients/res4f_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H×Ñçñºƒé
1update_res4f_branch2b/kernel/ApplyGradientDescentŞ±êñºƒ ª(ªB™update_res4f_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4f_branch2b/kernel, learning_rate, gradients/res4f_branch2b/kernel_grad_S199)HŞ±êñºƒPÁ

RecvTensorèÑçñºƒ öß(öß:
"€€BŠ[1024B] edge_200_gradients/bn4f_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HèÑçñºƒÛ
.update_bn4f_branch2a/beta/ApplyGradientDescentˆµêñºƒ (Bupdate_bn4f_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2a/beta, learning_rate, gradients/bn4f_branch2a/beta_grad_S200)HˆµêñºƒPÂ

RecvTensor«Òçñºƒ ´ß(´ß:
"€€B‹[1024B] edge_201_gradients/bn4f_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H«Òçñºƒß
/update_bn4f_branch2a/gamma/ApplyGradientDescentµêñºƒ (B“update_bn4f_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2a/gamma, learning_rate, gradients/bn4f_branch2a/gamma_grad_S201)HµêñºƒPÆ

RecvTensor½×çñºƒ ƒá(ƒá:"€€@€€@B[1.0MB] edge_202_gradients/res4f_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H½×çñºƒé
1update_res4f_branch2a/kernel/ApplyGradientDescentÀ¸êñºƒ ±(±B™update_res4f_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4f_branch2a/kernel, learning_rate, gradients/res4f_branch2a/kernel_grad_S202)HÀ¸êñºƒPÁ

RecvTensorç×çñºƒ İà(İà:
"€ € BŠ[4096B] edge_203_gradients/bn4e_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hç×çñºƒÛ
.update_bn4e_branch2c/beta/ApplyGradientDescentñ¹êñºƒ (Bupdate_bn4e_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2c/beta, learning_rate, gradients/bn4e_branch2c/beta_grad_S203)Hñ¹êñºƒPÂ

RecvTensoríÙçñºƒ ÚŞ(ÚŞ:
"€ € B‹[4096B] edge_204_gradients/bn4e_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HíÙçñºƒß
/update_bn4e_branch2c/gamma/ApplyGradientDescent÷¹êñºƒ (B“update_bn4e_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2c/gamma, learning_rate, gradients/bn4e_branch2c/gamma_grad_S204)H÷¹êñºƒPÆ

RecvTensor¯ßçñºƒ ùß(ùß:"€€@€€@B[1.0MB] edge_205_gradients/res4e_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¯ßçñºƒé
1update_res4e_branch2c/kernel/ApplyGradientDescent¨¿êñºƒ ²(²B™update_res4e_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4e_branch2c/kernel, learning_rate, gradients/res4e_branch2c/kernel_grad_S205)H¨¿êñºƒPÁ

RecvTensorÁßçñºƒ èß(èß:
"€€BŠ[1024B] edge_206_gradients/bn4e_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÁßçñºƒÛ
.update_bn4e_branch2b/beta/ApplyGradientDescentÚÀêñºƒ (Bupdate_bn4e_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2b/beta, learning_rate, gradients/bn4e_branch2b/beta_grad_S206)HÚÀêñºƒPÂ

RecvTensor‰àçñºƒ ¡ß(¡ß:
"€€B‹[1024B] edge_207_gradients/bn4e_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‰àçñºƒß
/update_bn4e_branch2b/gamma/ApplyGradientDescentßÀêñºƒ (B“update_bn4e_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2b/gamma, learning_rate, gradients/bn4e_branch2b/gamma_grad_S207)HßÀêñºƒPÈ

RecvTensoròêçñºƒ Òã(Òã:"
€€€€B[2.2MB] edge_208_gradients/res4e_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hòêçñºƒé
1update_res4e_branch2b/kernel/ApplyGradientDescentÄÎêñºƒ ƒ(ƒB™update_res4e_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4e_branch2b/kernel, learning_rate, gradients/res4e_branch2b/kernel_grad_S208)HÄÎêñºƒPÁ

RecvTensorƒëçñºƒ Âã(Âã:
"€€BŠ[1024B] edge_209_gradients/bn4e_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HƒëçñºƒÛ
.update_bn4e_branch2a/beta/ApplyGradientDescentÇÑêñºƒ (Bupdate_bn4e_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2a/beta, learning_rate, gradients/bn4e_branch2a/beta_grad_S209)HÇÑêñºƒPÂ

RecvTensorÍëçñºƒ ùâ(ùâ:
"€€B‹[1024B] edge_210_gradients/bn4e_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÍëçñºƒß
/update_bn4e_branch2a/gamma/ApplyGradientDescentÌÑêñºƒ (B“update_bn4e_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2a/gamma, learning_rate, gradients/bn4e_branch2a/gamma_grad_S210)HÌÑêñºƒPÆ

RecvTensoräğçñºƒ Ãä(Ãä:"€€@€€@B[1.0MB] edge_211_gradients/res4e_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Häğçñºƒé
1update_res4e_branch2a/kernel/ApplyGradientDescent§Õêñºƒ ¹(¹B™update_res4e_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4e_branch2a/kernel, learning_rate, gradients/res4e_branch2a/kernel_grad_S211)H§ÕêñºƒPÁ

RecvTensorñçñºƒ ›ä(›ä:
"€ € BŠ[4096B] edge_212_gradients/bn4d_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HñçñºƒÛ
.update_bn4d_branch2c/beta/ApplyGradientDescentàÖêñºƒ (Bupdate_bn4d_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2c/beta, learning_rate, gradients/bn4d_branch2c/beta_grad_S212)HàÖêñºƒPÂ

RecvTensor”óçñºƒ ™â(™â:
"€ € B‹[4096B] edge_213_gradients/bn4d_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H”óçñºƒß
/update_bn4d_branch2c/gamma/ApplyGradientDescentæÖêñºƒ (B“update_bn4d_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2c/gamma, learning_rate, gradients/bn4d_branch2c/gamma_grad_S213)HæÖêñºƒPÆ

RecvTensor¯øçñºƒ ßã(ßã:"€€@€€@B[1.0MB] edge_214_gradients/res4d_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¯øçñºƒé
1update_res4d_branch2c/kernel/ApplyGradientDescentÜêñºƒ µ(µB™update_res4d_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4d_branch2c/kernel, learning_rate, gradients/res4d_branch2c/kernel_grad_S214)HÜêñºƒPÁ

RecvTensorÀøçñºƒ Ïã(Ïã:
"€€BŠ[1024B] edge_215_gradients/bn4d_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÀøçñºƒÛ
.update_bn4d_branch2b/beta/ApplyGradientDescentÃİêñºƒ (Bupdate_bn4d_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2b/beta, learning_rate, gradients/bn4d_branch2b/beta_grad_S215)HÃİêñºƒPÂ

RecvTensorˆùçñºƒ ˆã(ˆã:
"€€B‹[1024B] edge_216_gradients/bn4d_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hˆùçñºƒß
/update_bn4d_branch2b/gamma/ApplyGradientDescentÈİêñºƒ (B“update_bn4d_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2b/gamma, learning_rate, gradients/bn4d_branch2b/gamma_grad_S216)HÈİêñºƒPÈ

RecvTensor‚„èñºƒ ¨ç(¨ç:"
€€€€B[2.2MB] edge_217_gradients/res4d_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‚„èñºƒé
1update_res4d_branch2b/kernel/ApplyGradientDescentªëêñºƒ â(âB™update_res4d_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4d_branch2b/kernel, learning_rate, gradients/res4d_branch2b/kernel_grad_S217)HªëêñºƒPÁ

RecvTensor“„èñºƒ ˜ç(˜ç:
"€€BŠ[1024B] edge_218_gradients/bn4d_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H“„èñºƒÛ
.update_bn4d_branch2a/beta/ApplyGradientDescentŒîêñºƒ (Bupdate_bn4d_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2a/beta, learning_rate, gradients/bn4d_branch2a/beta_grad_S218)HŒîêñºƒPÂ

RecvTensorÜ„èñºƒ Ğæ(Ğæ:
"€€B‹[1024B] edge_219_gradients/bn4d_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÜ„èñºƒß
/update_bn4d_branch2a/gamma/ApplyGradientDescent‘îêñºƒ (B“update_bn4d_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2a/gamma, learning_rate, gradients/bn4d_branch2a/gamma_grad_S219)H‘îêñºƒPÆ

RecvTensorë‰èñºƒ ¢è(¢è:"€€@€€@B[1.0MB] edge_220_gradients/res4d_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hë‰èñºƒé
1update_res4d_branch2a/kernel/ApplyGradientDescentòêñºƒ ®(®B™update_res4d_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4d_branch2a/kernel, learning_rate, gradients/res4d_branch2a/kernel_grad_S220)HòêñºƒPÁ

RecvTensor˜Šèñºƒ øç(øç:
"€ € BŠ[4096B] edge_221_gradients/bn4c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H˜ŠèñºƒÛ
.update_bn4c_branch2c/beta/ApplyGradientDescent»óêñºƒ (Bupdate_bn4c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2c/beta, learning_rate, gradients/bn4c_branch2c/beta_grad_S221)H»óêñºƒPÂ

RecvTensor¨Œèñºƒ ìå(ìå:
"€ € B‹[4096B] edge_222_gradients/bn4c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¨Œèñºƒß
/update_bn4c_branch2c/gamma/ApplyGradientDescentÁóêñºƒ (B“update_bn4c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2c/gamma, learning_rate, gradients/bn4c_branch2c/gamma_grad_S222)HÁóêñºƒPÆ

RecvTensor³‘èñºƒ Âç(Âç:"€€@€€@B[1.0MB] edge_223_gradients/res4c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H³‘èñºƒé
1update_res4c_branch2c/kernel/ApplyGradientDescentõøêñºƒ ¸(¸B™update_res4c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4c_branch2c/kernel, learning_rate, gradients/res4c_branch2c/kernel_grad_S223)HõøêñºƒPÁ

RecvTensorÃ‘èñºƒ ²ç(²ç:
"€€BŠ[1024B] edge_224_gradients/bn4c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÃ‘èñºƒÛ
.update_bn4c_branch2b/beta/ApplyGradientDescent­úêñºƒ (Bupdate_bn4c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2b/beta, learning_rate, gradients/bn4c_branch2b/beta_grad_S224)H­úêñºƒPÂ

RecvTensorŠ’èñºƒ ìæ(ìæ:
"€€B‹[1024B] edge_225_gradients/bn4c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŠ’èñºƒß
/update_bn4c_branch2b/gamma/ApplyGradientDescent²úêñºƒ (B“update_bn4c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2b/gamma, learning_rate, gradients/bn4c_branch2b/gamma_grad_S225)H²úêñºƒPÈ

RecvTensorÓèñºƒ ¾ê(¾ê:"
€€€€B[2.2MB] edge_226_gradients/res4c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÓèñºƒé
1update_res4c_branch2b/kernel/ApplyGradientDescent‘ˆëñºƒ …(…B™update_res4c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4c_branch2b/kernel, learning_rate, gradients/res4c_branch2b/kernel_grad_S226)H‘ˆëñºƒPÁ

RecvTensoräèñºƒ “Û(“Û:
"€€BŠ[1024B] edge_227_gradients/bn4c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HäèñºƒÛ
.update_bn4c_branch2a/beta/ApplyGradientDescent¸úêñºƒ (Bupdate_bn4c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2a/beta, learning_rate, gradients/bn4c_branch2a/beta_grad_S227)H¸úêñºƒPÂ

RecvTensor¬èñºƒ æé(æé:
"€€B‹[1024B] edge_228_gradients/bn4c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¬èñºƒß
/update_bn4c_branch2a/gamma/ApplyGradientDescent–‹ëñºƒ (B“update_bn4c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2a/gamma, learning_rate, gradients/bn4c_branch2a/gamma_grad_S228)H–‹ëñºƒPÆ

RecvTensor££èñºƒ Ğë(Ğë:"€€@€€@B[1.0MB] edge_229_gradients/res4c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H££èñºƒé
1update_res4c_branch2a/kernel/ApplyGradientDescentóëñºƒ ¸(¸B™update_res4c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4c_branch2a/kernel, learning_rate, gradients/res4c_branch2a/kernel_grad_S229)HóëñºƒPÁ

RecvTensorÍ£èñºƒ ªë(ªë:
"€ € BŠ[4096B] edge_230_gradients/bn4b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÍ£èñºƒÛ
.update_bn4b_branch2c/beta/ApplyGradientDescent«ëñºƒ (Bupdate_bn4b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2c/beta, learning_rate, gradients/bn4b_branch2c/beta_grad_S230)H«ëñºƒPÂ

RecvTensorÕ¥èñºƒ ¥é(¥é:
"€ € B‹[4096B] edge_231_gradients/bn4b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÕ¥èñºƒß
/update_bn4b_branch2c/gamma/ApplyGradientDescent±ëñºƒ (B“update_bn4b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2c/gamma, learning_rate, gradients/bn4b_branch2c/gamma_grad_S231)H±ëñºƒPÆ

RecvTensoróªèñºƒ èê(èê:"€€@€€@B[1.0MB] edge_232_gradients/res4b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hóªèñºƒé
1update_res4b_branch2c/kernel/ApplyGradientDescentÛ•ëñºƒ «(«B™update_res4b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4b_branch2c/kernel, learning_rate, gradients/res4b_branch2c/kernel_grad_S232)HÛ•ëñºƒPÁ

RecvTensorƒ«èñºƒ Ùê(Ùê:
"€€BŠ[1024B] edge_233_gradients/bn4b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hƒ«èñºƒÛ
.update_bn4b_branch2b/beta/ApplyGradientDescent†—ëñºƒ (Bupdate_bn4b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2b/beta, learning_rate, gradients/bn4b_branch2b/beta_grad_S233)H†—ëñºƒPÂ

RecvTensorË«èñºƒ ’ê(’ê:
"€€B‹[1024B] edge_234_gradients/bn4b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HË«èñºƒß
/update_bn4b_branch2b/gamma/ApplyGradientDescent‹—ëñºƒ (B“update_bn4b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2b/gamma, learning_rate, gradients/bn4b_branch2b/gamma_grad_S234)H‹—ëñºƒPÈ

RecvTensor™·èñºƒ Şí(Şí:"
€€€€B[2.2MB] edge_235_gradients/res4b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H™·èñºƒé
1update_res4b_branch2b/kernel/ApplyGradientDescent÷¤ëñºƒ (B™update_res4b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4b_branch2b/kernel, learning_rate, gradients/res4b_branch2b/kernel_grad_S235)H÷¤ëñºƒPÁ

RecvTensor«·èñºƒ Íí(Íí:
"€€BŠ[1024B] edge_236_gradients/bn4b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H«·èñºƒÛ
.update_bn4b_branch2a/beta/ApplyGradientDescent”¨ëñºƒ (Bupdate_bn4b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2a/beta, learning_rate, gradients/bn4b_branch2a/beta_grad_S236)H”¨ëñºƒPÂ

RecvTensorï·èñºƒ ‰í(‰í:
"€€B‹[1024B] edge_237_gradients/bn4b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hï·èñºƒß
/update_bn4b_branch2a/gamma/ApplyGradientDescentš¨ëñºƒ (B“update_bn4b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2a/gamma, learning_rate, gradients/bn4b_branch2a/gamma_grad_S237)Hš¨ëñºƒPÆ

RecvTensor½èñºƒ Øî(Øî:"€€@€€@B[1.0MB] edge_238_gradients/res4b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H½èñºƒé
1update_res4b_branch2a/kernel/ApplyGradientDescentÙ«ëñºƒ ¿(¿B™update_res4b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4b_branch2a/kernel, learning_rate, gradients/res4b_branch2a/kernel_grad_S238)HÙ«ëñºƒPÀ

RecvTensor¬½èñºƒ ±î(±î:
"€ € B‰[4096B] edge_239_gradients/bn4a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¬½èñºƒ×
-update_bn4a_branch1/beta/ApplyGradientDescent˜­ëñºƒ (Bupdate_bn4a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch1/beta, learning_rate, gradients/bn4a_branch1/beta_grad_S239)H˜­ëñºƒPÁ

RecvTensorÅ¾èñºƒ ›í(›í:
"€ € BŠ[4096B] edge_240_gradients/bn4a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÅ¾èñºƒÛ
.update_bn4a_branch1/gamma/ApplyGradientDescent­ëñºƒ (Bupdate_bn4a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch1/gamma, learning_rate, gradients/bn4a_branch1/gamma_grad_S240)H­ëñºƒPÇ

RecvTensorÓÈèñºƒ Ïğ(Ïğ:"
€€€€€€BŒ[2.0MB] edge_241_gradients/res4a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÓÈèñºƒå
0update_res4a_branch1/kernel/ApplyGradientDescent¢¹ëñºƒ Ü(ÜB–update_res4a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch1/kernel, learning_rate, gradients/res4a_branch1/kernel_grad_S241)H¢¹ëñºƒPÁ

RecvTensorÿÈèñºƒ §ğ(§ğ:
"€ € BŠ[4096B] edge_242_gradients/bn4a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÿÈèñºƒÛ
.update_bn4a_branch2c/beta/ApplyGradientDescentş»ëñºƒ (Bupdate_bn4a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2c/beta, learning_rate, gradients/bn4a_branch2c/beta_grad_S242)Hş»ëñºƒPÂ

RecvTensor‡Ëèñºƒ ¢î(¢î:
"€ € B‹[4096B] edge_243_gradients/bn4a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‡Ëèñºƒß
/update_bn4a_branch2c/gamma/ApplyGradientDescent„¼ëñºƒ (B“update_bn4a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2c/gamma, learning_rate, gradients/bn4a_branch2c/gamma_grad_S243)H„¼ëñºƒPÆ

RecvTensor‹Ğèñºƒ ÿï(ÿï:"€€@€€@B[1.0MB] edge_244_gradients/res4a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‹Ğèñºƒé
1update_res4a_branch2c/kernel/ApplyGradientDescentŠÀëñºƒ ¥(¥B™update_res4a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch2c/kernel, learning_rate, gradients/res4a_branch2c/kernel_grad_S244)HŠÀëñºƒPÁ

RecvTensorœĞèñºƒ ïï(ïï:
"€€BŠ[1024B] edge_245_gradients/bn4a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HœĞèñºƒÛ
.update_bn4a_branch2b/beta/ApplyGradientDescent¯Áëñºƒ (Bupdate_bn4a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2b/beta, learning_rate, gradients/bn4a_branch2b/beta_grad_S245)H¯ÁëñºƒPÂ

RecvTensoräĞèñºƒ ¨ï(¨ï:
"€€B‹[1024B] edge_246_gradients/bn4a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HäĞèñºƒß
/update_bn4a_branch2b/gamma/ApplyGradientDescentµÁëñºƒ (B“update_bn4a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2b/gamma, learning_rate, gradients/bn4a_branch2b/gamma_grad_S246)HµÁëñºƒPÈ

RecvTensorïÜèñºƒ ·ò(·ò:"
€€€€B[2.2MB] edge_247_gradients/res4a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HïÜèñºƒé
1update_res4a_branch2b/kernel/ApplyGradientDescent¦Ïëñºƒ …(…B™update_res4a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch2b/kernel, learning_rate, gradients/res4a_branch2b/kernel_grad_S247)H¦ÏëñºƒPÁ

RecvTensorœİèñºƒ ‹ò(‹ò:
"€€BŠ[1024B] edge_248_gradients/bn4a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HœİèñºƒÛ
.update_bn4a_branch2a/beta/ApplyGradientDescent«Òëñºƒ (Bupdate_bn4a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2a/beta, learning_rate, gradients/bn4a_branch2a/beta_grad_S248)H«ÒëñºƒPÂ

RecvTensor§ßèñºƒ €ğ(€ğ:
"€€B‹[1024B] edge_249_gradients/bn4a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H§ßèñºƒß
/update_bn4a_branch2a/gamma/ApplyGradientDescent±Òëñºƒ (B“update_bn4a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2a/gamma, learning_rate, gradients/bn4a_branch2a/gamma_grad_S249)H±ÒëñºƒPÆ

RecvTensorâèèñºƒ öé(öé:"€€ €€ B[0.5MB] edge_250_gradients/res4a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hâèèñºƒç
1update_res4a_branch2a/kernel/ApplyGradientDescentØÒëñºƒ Z(ZB™update_res4a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch2a/kernel, learning_rate, gradients/res4a_branch2a/kernel_grad_S250)HØÒëñºƒPÁ

RecvTensor³éèñºƒ §é(§é:
"€€BŠ[2048B] edge_251_gradients/bn3d_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H³éèñºƒÛ
.update_bn3d_branch2c/beta/ApplyGradientDescent²Óëñºƒ (Bupdate_bn3d_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2c/beta, learning_rate, gradients/bn3d_branch2c/beta_grad_S251)H²ÓëñºƒPÂ

RecvTensor¥íèñºƒ ¶å(¶å:
"€€B‹[2048B] edge_252_gradients/bn3d_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¥íèñºƒß
/update_bn3d_branch2c/gamma/ApplyGradientDescent·Óëñºƒ (B“update_bn3d_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2c/gamma, learning_rate, gradients/bn3d_branch2c/gamma_grad_S252)H·ÓëñºƒPÆ

RecvTensor½òèñºƒ ÷á(÷á:"€€€€B[0.2MB] edge_253_gradients/res3d_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H½òèñºƒç
1update_res3d_branch2c/kernel/ApplyGradientDescent´Ôëñºƒ 0(0B™update_res3d_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3d_branch2c/kernel, learning_rate, gradients/res3d_branch2c/kernel_grad_S253)H´ÔëñºƒPÀ

RecvTensor×òèñºƒ İá(İá:
"€€B‰[512B] edge_254_gradients/bn3d_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H×òèñºƒÛ
.update_bn3d_branch2b/beta/ApplyGradientDescentäÔëñºƒ (Bupdate_bn3d_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2b/beta, learning_rate, gradients/bn3d_branch2b/beta_grad_S254)HäÔëñºƒPÁ

RecvTensorÙóèñºƒ Ûà(Ûà:
"€€BŠ[512B] edge_255_gradients/bn3d_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÙóèñºƒß
/update_bn3d_branch2b/gamma/ApplyGradientDescentêÔëñºƒ (B“update_bn3d_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2b/gamma, learning_rate, gradients/bn3d_branch2b/gamma_grad_S255)HêÔëñºƒPÆ

RecvTensorÿèñºƒ Ù(Ù:"€€$€€$B[0.6MB] edge_256_gradients/res3d_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hÿèñºƒç
1update_res3d_branch2b/kernel/ApplyGradientDescent›Øëñºƒ k(kB™update_res3d_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3d_branch2b/kernel, learning_rate, gradients/res3d_branch2b/kernel_grad_S256)H›ØëñºƒPÀ

RecvTensor¨ÿèñºƒ óØ(óØ:
"€€B‰[512B] edge_257_gradients/bn3d_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¨ÿèñºƒÛ
.update_bn3d_branch2a/beta/ApplyGradientDescent†Ùëñºƒ (Bupdate_bn3d_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2a/beta, learning_rate, gradients/bn3d_branch2a/beta_grad_S257)H†ÙëñºƒPÁ

RecvTensor·€éñºƒ å×(å×:
"€€BŠ[512B] edge_258_gradients/bn3d_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H·€éñºƒß
/update_bn3d_branch2a/gamma/ApplyGradientDescent‹Ùëñºƒ (B“update_bn3d_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2a/gamma, learning_rate, gradients/bn3d_branch2a/gamma_grad_S258)H‹ÙëñºƒPÆ

RecvTensorâ…éñºƒ ’Ô(’Ô:"€€€€B[0.2MB] edge_259_gradients/res3d_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hâ…éñºƒç
1update_res3d_branch2a/kernel/ApplyGradientDescentôÙëñºƒ 5(5B™update_res3d_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3d_branch2a/kernel, learning_rate, gradients/res3d_branch2a/kernel_grad_S259)HôÙëñºƒPÁ

RecvTensor¬†éñºƒ ÊÓ(ÊÓ:
"€€BŠ[2048B] edge_260_gradients/bn3c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¬†éñºƒÛ
.update_bn3c_branch2c/beta/ApplyGradientDescent©Úëñºƒ (Bupdate_bn3c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2c/beta, learning_rate, gradients/bn3c_branch2c/beta_grad_S260)H©ÚëñºƒPÂ

RecvTensor´Šéñºƒ ÃÏ(ÃÏ:
"€€B‹[2048B] edge_261_gradients/bn3c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H´Šéñºƒß
/update_bn3c_branch2c/gamma/ApplyGradientDescent¯Úëñºƒ (B“update_bn3c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2c/gamma, learning_rate, gradients/bn3c_branch2c/gamma_grad_S261)H¯ÚëñºƒPÆ

RecvTensorçéñºƒ éË(éË:"€€€€B[0.2MB] edge_262_gradients/res3c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hçéñºƒç
1update_res3c_branch2c/kernel/ApplyGradientDescentĞÛëñºƒ 3(3B™update_res3c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3c_branch2c/kernel, learning_rate, gradients/res3c_branch2c/kernel_grad_S262)HĞÛëñºƒPÀ

RecvTensoréñºƒ ÏË(ÏË:
"€€B‰[512B] edge_263_gradients/bn3c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HéñºƒÛ
.update_bn3c_branch2b/beta/ApplyGradientDescentƒÜëñºƒ (Bupdate_bn3c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2b/beta, learning_rate, gradients/bn3c_branch2b/beta_grad_S263)HƒÜëñºƒPÁ

RecvTensor†‘éñºƒ ËÊ(ËÊ:
"€€BŠ[512B] edge_264_gradients/bn3c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H†‘éñºƒß
/update_bn3c_branch2b/gamma/ApplyGradientDescentˆÜëñºƒ (B“update_bn3c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2b/gamma, learning_rate, gradients/bn3c_branch2b/gamma_grad_S264)HˆÜëñºƒPÆ

RecvTensoråœéñºƒ ÒÂ(ÒÂ:"€€$€€$B[0.6MB] edge_265_gradients/res3c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Håœéñºƒç
1update_res3c_branch2b/kernel/ApplyGradientDescent·ßëñºƒ i(iB™update_res3c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3c_branch2b/kernel, learning_rate, gradients/res3c_branch2b/kernel_grad_S265)H·ßëñºƒPÀ

RecvTensorÿœéñºƒ Ò¾(Ò¾:
"€€B‰[512B] edge_266_gradients/bn3c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÿœéñºƒÛ
.update_bn3c_branch2a/beta/ApplyGradientDescentÜëñºƒ (Bupdate_bn3c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2a/beta, learning_rate, gradients/bn3c_branch2a/beta_grad_S266)HÜëñºƒPÁ

RecvTensor…éñºƒ ³Á(³Á:
"€€BŠ[512B] edge_267_gradients/bn3c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H…éñºƒß
/update_bn3c_branch2a/gamma/ApplyGradientDescent àëñºƒ (B“update_bn3c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2a/gamma, learning_rate, gradients/bn3c_branch2a/gamma_grad_S267)H àëñºƒPÆ

RecvTensor‡£éñºƒ ‰¾(‰¾:"€€€€B[0.2MB] edge_268_gradients/res3c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‡£éñºƒç
1update_res3c_branch2a/kernel/ApplyGradientDescentáëñºƒ 2(2B™update_res3c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3c_branch2a/kernel, learning_rate, gradients/res3c_branch2a/kernel_grad_S268)HáëñºƒPÁ

RecvTensorÔ£éñºƒ ¾½(¾½:
"€€BŠ[2048B] edge_269_gradients/bn3b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÔ£éñºƒÛ
.update_bn3b_branch2c/beta/ApplyGradientDescentÂáëñºƒ (Bupdate_bn3b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2c/beta, learning_rate, gradients/bn3b_branch2c/beta_grad_S269)HÂáëñºƒPÂ

RecvTensorÜ§éñºƒ ¸¹(¸¹:
"€€B‹[2048B] edge_270_gradients/bn3b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÜ§éñºƒß
/update_bn3b_branch2c/gamma/ApplyGradientDescentÈáëñºƒ (B“update_bn3b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2c/gamma, learning_rate, gradients/bn3b_branch2c/gamma_grad_S270)HÈáëñºƒPÆ

RecvTensorö¬éñºƒ öµ(öµ:"€€€€B[0.2MB] edge_271_gradients/res3b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hö¬éñºƒç
1update_res3b_branch2c/kernel/ApplyGradientDescentìâëñºƒ 4(4B™update_res3b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3b_branch2c/kernel, learning_rate, gradients/res3b_branch2c/kernel_grad_S271)HìâëñºƒPÀ

RecvTensor­éñºƒ Üµ(Üµ:
"€€B‰[512B] edge_272_gradients/bn3b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H­éñºƒÛ
.update_bn3b_branch2b/beta/ApplyGradientDescent ãëñºƒ (Bupdate_bn3b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2b/beta, learning_rate, gradients/bn3b_branch2b/beta_grad_S272)H ãëñºƒPÁ

RecvTensor—®éñºƒ Ö´(Ö´:
"€€BŠ[512B] edge_273_gradients/bn3b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H—®éñºƒß
/update_bn3b_branch2b/gamma/ApplyGradientDescent¥ãëñºƒ (B“update_bn3b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2b/gamma, learning_rate, gradients/bn3b_branch2b/gamma_grad_S273)H¥ãëñºƒPÆ

RecvTensor÷¹éñºƒ Ü¬(Ü¬:"€€$€€$B[0.6MB] edge_274_gradients/res3b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H÷¹éñºƒç
1update_res3b_branch2b/kernel/ApplyGradientDescentÓæëñºƒ n(nB™update_res3b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3b_branch2b/kernel, learning_rate, gradients/res3b_branch2b/kernel_grad_S274)HÓæëñºƒPÀ

RecvTensor’ºéñºƒ Â¬(Â¬:
"€€B‰[512B] edge_275_gradients/bn3b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H’ºéñºƒÛ
.update_bn3b_branch2a/beta/ApplyGradientDescentÁçëñºƒ (Bupdate_bn3b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2a/beta, learning_rate, gradients/bn3b_branch2a/beta_grad_S275)HÁçëñºƒPÁ

RecvTensor—»éñºƒ ½«(½«:
"€€BŠ[512B] edge_276_gradients/bn3b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H—»éñºƒß
/update_bn3b_branch2a/gamma/ApplyGradientDescentÆçëñºƒ (B“update_bn3b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2a/gamma, learning_rate, gradients/bn3b_branch2a/gamma_grad_S276)HÆçëñºƒPÆ

RecvTensor“Àéñºƒ ™¨(™¨:"€€€€B[0.2MB] edge_277_gradients/res3b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H“Àéñºƒç
1update_res3b_branch2a/kernel/ApplyGradientDescent¬èëñºƒ 0(0B™update_res3b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3b_branch2a/kernel, learning_rate, gradients/res3b_branch2a/kernel_grad_S277)H¬èëñºƒPÀ

RecvTensoråÀéñºƒ É§(É§:
"€€B‰[2048B] edge_278_gradients/bn3a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HåÀéñºƒ×
-update_bn3a_branch1/beta/ApplyGradientDescentÜèëñºƒ (Bupdate_bn3a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch1/beta, learning_rate, gradients/bn3a_branch1/beta_grad_S278)HÜèëñºƒPÁ

RecvTensorÃéñºƒ ¡¥(¡¥:
"€€BŠ[2048B] edge_279_gradients/bn3a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÃéñºƒÛ
.update_bn3a_branch1/gamma/ApplyGradientDescentáèëñºƒ (Bupdate_bn3a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch1/gamma, learning_rate, gradients/bn3a_branch1/gamma_grad_S279)HáèëñºƒPÅ

RecvTensorŸÍéñºƒ Á(Á:"€€ €€ BŒ[0.5MB] edge_280_gradients/res3a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŸÍéñºƒã
0update_res3a_branch1/kernel/ApplyGradientDescentàëëñºƒ ^(^B–update_res3a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch1/kernel, learning_rate, gradients/res3a_branch1/kernel_grad_S280)HàëëñºƒPÁ

RecvTensorïÍéñºƒ ó(ó:
"€€BŠ[2048B] edge_281_gradients/bn3a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HïÍéñºƒÛ
.update_bn3a_branch2c/beta/ApplyGradientDescent¾ìëñºƒ (Bupdate_bn3a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2c/beta, learning_rate, gradients/bn3a_branch2c/beta_grad_S281)H¾ìëñºƒPÂ

RecvTensoröÑéñºƒ î™(î™:
"€€B‹[2048B] edge_282_gradients/bn3a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HöÑéñºƒß
/update_bn3a_branch2c/gamma/ApplyGradientDescentÃìëñºƒ (B“update_bn3a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2c/gamma, learning_rate, gradients/bn3a_branch2c/gamma_grad_S282)HÃìëñºƒPÆ

RecvTensorœ×éñºƒ  –( –:"€€€€B[0.2MB] edge_283_gradients/res3a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hœ×éñºƒç
1update_res3a_branch2c/kernel/ApplyGradientDescent¼íëñºƒ 1(1B™update_res3a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch2c/kernel, learning_rate, gradients/res3a_branch2c/kernel_grad_S283)H¼íëñºƒPÀ

RecvTensorµ×éñºƒ ‡–(‡–:
"€€B‰[512B] edge_284_gradients/bn3a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hµ×éñºƒÛ
.update_bn3a_branch2b/beta/ApplyGradientDescentííëñºƒ (Bupdate_bn3a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2b/beta, learning_rate, gradients/bn3a_branch2b/beta_grad_S284)HííëñºƒPÁ

RecvTensor·Øéñºƒ †•(†•:
"€€BŠ[512B] edge_285_gradients/bn3a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H·Øéñºƒß
/update_bn3a_branch2b/gamma/ApplyGradientDescentòíëñºƒ (B“update_bn3a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2b/gamma, learning_rate, gradients/bn3a_branch2b/gamma_grad_S285)HòíëñºƒPÆ

RecvTensor¨äéñºƒ ûŒ(ûŒ:"€€$€€$B[0.6MB] edge_286_gradients/res3a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¨äéñºƒç
1update_res3a_branch2b/kernel/ApplyGradientDescent£ñëñºƒ f(fB™update_res3a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch2b/kernel, learning_rate, gradients/res3a_branch2b/kernel_grad_S286)H£ñëñºƒPÀ

RecvTensorùäéñºƒ «Œ(«Œ:
"€€B‰[512B] edge_287_gradients/bn3a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HùäéñºƒÛ
.update_bn3a_branch2a/beta/ApplyGradientDescent‰òëñºƒ (Bupdate_bn3a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2a/beta, learning_rate, gradients/bn3a_branch2a/beta_grad_S287)H‰òëñºƒPÁ

RecvTensorúèéñºƒ ªˆ(ªˆ:
"€€BŠ[512B] edge_288_gradients/bn3a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Húèéñºƒß
/update_bn3a_branch2a/gamma/ApplyGradientDescentòëñºƒ (B“update_bn3a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2a/gamma, learning_rate, gradients/bn3a_branch2a/gamma_grad_S288)HòëñºƒPÆ

RecvTensor˜óéñºƒ øş(øş:"€€€€B[0.1MB] edge_289_gradients/res3a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H˜óéñºƒç
1update_res3a_branch2a/kernel/ApplyGradientDescent“òëñºƒ (B™update_res3a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch2a/kernel, learning_rate, gradients/res3a_branch2a/kernel_grad_S289)H“òëñºƒPÁ

RecvTensor¸ôéñºƒ Ùı(Ùı:
"€€BŠ[1024B] edge_290_gradients/bn2c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¸ôéñºƒÛ
.update_bn2c_branch2c/beta/ApplyGradientDescent°òëñºƒ (Bupdate_bn2c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2c/beta, learning_rate, gradients/bn2c_branch2c/beta_grad_S290)H°òëñºƒPÂ

RecvTensor“üéñºƒ ÿõ(ÿõ:
"€€B‹[1024B] edge_291_gradients/bn2c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H“üéñºƒß
/update_bn2c_branch2c/gamma/ApplyGradientDescentµòëñºƒ (B“update_bn2c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2c/gamma, learning_rate, gradients/bn2c_branch2c/gamma_grad_S291)HµòëñºƒPÇ

RecvTensorœêñºƒ ¬ñ(¬ñ:"€€€€B[65536B] edge_292_gradients/res2c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hœêñºƒç
1update_res2c_branch2c/kernel/ApplyGradientDescentÈòëñºƒ (B™update_res2c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res2c_branch2c/kernel, learning_rate, gradients/res2c_branch2c/kernel_grad_S292)HÈòëñºƒPÀ

RecvTensorÉêñºƒ ÿğ(ÿğ:
"€€B‰[256B] edge_293_gradients/bn2c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÉêñºƒÛ
.update_bn2c_branch2b/beta/ApplyGradientDescent×òëñºƒ (Bupdate_bn2c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2b/beta, learning_rate, gradients/bn2c_branch2b/beta_grad_S293)H×òëñºƒPÁ

RecvTensorËƒêñºƒ ıî(ıî:
"€€BŠ[256B] edge_294_gradients/bn2c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HËƒêñºƒß
/update_bn2c_branch2b/gamma/ApplyGradientDescentÜòëñºƒ (B“update_bn2c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2b/gamma, learning_rate, gradients/bn2c_branch2b/gamma_grad_S294)HÜòëñºƒPÆ

RecvTensoräêñºƒ Şä(Şä:"€€	€€	B[0.1MB] edge_295_gradients/res2c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Häêñºƒç
1update_res2c_branch2b/kernel/ApplyGradientDescentÂóëñºƒ (B™update_res2c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res2c_branch2b/kernel, learning_rate, gradients/res2c_branch2b/kernel_grad_S295)HÂóëñºƒPÀ

RecvTensorêñºƒ ²ä(²ä:
"€€B‰[256B] edge_296_gradients/bn2c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HêñºƒÛ
.update_bn2c_branch2a/beta/ApplyGradientDescentáóëñºƒ (Bupdate_bn2c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2a/beta, learning_rate, gradients/bn2c_branch2a/beta_grad_S296)HáóëñºƒPÁ

RecvTensor›‘êñºƒ §â(§â:
"€€BŠ[256B] edge_297_gradients/bn2c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H›‘êñºƒß
/update_bn2c_branch2a/gamma/ApplyGradientDescentæóëñºƒ (B“update_bn2c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2a/gamma, learning_rate, gradients/bn2c_branch2a/gamma_grad_S297)HæóëñºƒPÇ

RecvTensor•–êñºƒ ãİ(ãİ:"€€€€B[65536B] edge_298_gradients/res2c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H•–êñºƒç
1update_res2c_branch2a/kernel/ApplyGradientDescentøóëñºƒ (B™update_res2c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res2c_branch2a/kernel, learning_rate, gradients/res2c_branch2a/kernel_grad_S298)HøóëñºƒPÁ

RecvTensor®—êñºƒ ËÜ(ËÜ:
"€€BŠ[1024B] edge_299_gradients/bn2b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H®—êñºƒÛ
.update_bn2b_branch2c/beta/ApplyGradientDescent‡ôëñºƒ (Bupdate_bn2b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2c/beta, learning_rate, gradients/bn2b_branch2c/beta_grad_S299)H‡ôëñºƒPÂ

RecvTensor›Ÿêñºƒ ßÔ(ßÔ:
"€€B‹[1024B] edge_300_gradients/bn2b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H›Ÿêñºƒß
/update_bn2b_branch2c/gamma/ApplyGradientDescentôëñºƒ (B“update_bn2b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2c/gamma, learning_rate, gradients/bn2b_branch2c/gamma_grad_S300)HôëñºƒPÇ

RecvTensorÏ¤êñºƒ áÏ(áÏ:"€€€€B[65536B] edge_301_gradients/res2b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÏ¤êñºƒç
1update_res2b_branch2c/kernel/ApplyGradientDescent°ôëñºƒ (B™update_res2b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res2b_branch2c/kernel, learning_rate, gradients/res2b_branch2c/kernel_grad_S301)H°ôëñºƒPÀ

RecvTensorı¤êñºƒ ³Ï(³Ï:
"€€B‰[256B] edge_302_gradients/bn2b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hı¤êñºƒÛ
.update_bn2b_branch2b/beta/ApplyGradientDescentÁôëñºƒ (Bupdate_bn2b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2b/beta, learning_rate, gradients/bn2b_branch2b/beta_grad_S302)HÁôëñºƒPÁ

RecvTensorü¦êñºƒ µÍ(µÍ:
"€€BŠ[256B] edge_303_gradients/bn2b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hü¦êñºƒß
/update_bn2b_branch2b/gamma/ApplyGradientDescentÆôëñºƒ (B“update_bn2b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2b/gamma, learning_rate, gradients/bn2b_branch2b/gamma_grad_S303)HÆôëñºƒPÆ

RecvTensorÇ²êñºƒ ãÂ(ãÂ:"€€	€€	B[0.1MB] edge_304_gradients/res2b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÇ²êñºƒç
1update_res2b_branch2b/kernel/ApplyGradientDescentªõëñºƒ (B™update_res2b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res2b_branch2b/kernel, learning_rate, gradients/res2b_branch2b/kernel_grad_S304)HªõëñºƒPÀ

RecvTensorô²êñºƒ ¶Â(¶Â:
"€€B‰[256B] edge_305_gradients/bn2b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hô²êñºƒÛ
.update_bn2b_branch2a/beta/ApplyGradientDescentÆõëñºƒ (Bupdate_bn2b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2a/beta, learning_rate, gradients/bn2b_branch2a/beta_grad_S305)HÆõëñºƒPÁ

RecvTensor÷´êñºƒ ´À(´À:
"€€BŠ[256B] edge_306_gradients/bn2b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H÷´êñºƒß
/update_bn2b_branch2a/gamma/ApplyGradientDescentÌõëñºƒ (B“update_bn2b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2a/gamma, learning_rate, gradients/bn2b_branch2a/gamma_grad_S306)HÌõëñºƒPÇ

RecvTensor­ºêñºƒ ´»(´»:"€€€€B[65536B] edge_307_gradients/res2b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H­ºêñºƒç
1update_res2b_branch2a/kernel/ApplyGradientDescentáõëñºƒ (B™update_res2b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res2b_branch2a/kernel, learning_rate, gradients/res2b_branch2a/kernel_grad_S307)HáõëñºƒPÀ

RecvTensorÆ»êñºƒ œº(œº:
"€€B‰[1024B] edge_308_gradients/bn2a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÆ»êñºƒ×
-update_bn2a_branch1/beta/ApplyGradientDescentòõëñºƒ (Bupdate_bn2a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch1/beta, learning_rate, gradients/bn2a_branch1/beta_grad_S308)HòõëñºƒPÁ

RecvTensorÀêñºƒ Õµ(Õµ:
"€€BŠ[1024B] edge_309_gradients/bn2a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÀêñºƒÛ
.update_bn2a_branch1/gamma/ApplyGradientDescent÷õëñºƒ (Bupdate_bn2a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch1/gamma, learning_rate, gradients/bn2a_branch1/gamma_grad_S309)H÷õëñºƒPÆ

RecvTensor¢Åêñºƒ ö°(ö°:"€€€€B[65536B] edge_310_gradients/res2a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¢Åêñºƒã
0update_res2a_branch1/kernel/ApplyGradientDescent˜öëñºƒ (B–update_res2a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch1/kernel, learning_rate, gradients/res2a_branch1/kernel_grad_S310)H˜öëñºƒPÁ

RecvTensor¼Æêñºƒ İ¯(İ¯:
"€€BŠ[1024B] edge_311_gradients/bn2a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¼ÆêñºƒÛ
.update_bn2a_branch2c/beta/ApplyGradientDescent©öëñºƒ (Bupdate_bn2a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2c/beta, learning_rate, gradients/bn2a_branch2c/beta_grad_S311)H©öëñºƒPÂ

RecvTensor·Îêñºƒ ã§(ã§:
"€€B‹[1024B] edge_312_gradients/bn2a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H·Îêñºƒß
/update_bn2a_branch2c/gamma/ApplyGradientDescent®öëñºƒ (B“update_bn2a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2c/gamma, learning_rate, gradients/bn2a_branch2c/gamma_grad_S312)H®öëñºƒPÇ

RecvTensorÙÓêñºƒ ÷¢(÷¢:"€€€€B[65536B] edge_313_gradients/res2a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÙÓêñºƒç
1update_res2a_branch2c/kernel/ApplyGradientDescentĞöëñºƒ (B™update_res2a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch2c/kernel, learning_rate, gradients/res2a_branch2c/kernel_grad_S313)HĞöëñºƒPÀ

RecvTensor…Ôêñºƒ Ë¢(Ë¢:
"€€B‰[256B] edge_314_gradients/bn2a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H…ÔêñºƒÛ
.update_bn2a_branch2b/beta/ApplyGradientDescentàöëñºƒ (Bupdate_bn2a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2b/beta, learning_rate, gradients/bn2a_branch2b/beta_grad_S314)HàöëñºƒPÁ

RecvTensor•Öêñºƒ ¼ (¼ :
"€€BŠ[256B] edge_315_gradients/bn2a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H•Öêñºƒß
/update_bn2a_branch2b/gamma/ApplyGradientDescentåöëñºƒ (B“update_bn2a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2b/gamma, learning_rate, gradients/bn2a_branch2b/gamma_grad_S315)HåöëñºƒPÆ

RecvTensorÙáêñºƒ ñ•(ñ•:"€€	€€	B[0.1MB] edge_316_gradients/res2a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÙáêñºƒç
1update_res2a_branch2b/kernel/ApplyGradientDescentÊ÷ëñºƒ (B™update_res2a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch2b/kernel, learning_rate, gradients/res2a_branch2b/kernel_grad_S316)HÊ÷ëñºƒPÀ

RecvTensor‡âêñºƒ Ã•(Ã•:
"€€B‰[256B] edge_317_gradients/bn2a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‡âêñºƒÛ
.update_bn2a_branch2a/beta/ApplyGradientDescenté÷ëñºƒ (Bupdate_bn2a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2a/beta, learning_rate, gradients/bn2a_branch2a/beta_grad_S317)Hé÷ëñºƒPÁ

RecvTensoräêñºƒ ¼“(¼“:
"€€BŠ[256B] edge_318_gradients/bn2a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Häêñºƒß
/update_bn2a_branch2a/gamma/ApplyGradientDescentî÷ëñºƒ (B“update_bn2a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2a/gamma, learning_rate, gradients/bn2a_branch2a/gamma_grad_S318)Hî÷ëñºƒPÇ

RecvTensor¹åêñºƒ Ÿ’(Ÿ’:"€€€€B[16384B] edge_319_gradients/res2a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¹åêñºƒç
1update_res2a_branch2a/kernel/ApplyGradientDescentó÷ëñºƒ (B™update_res2a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch2a/kernel, learning_rate, gradients/res2a_branch2a/kernel_grad_S319)Hó÷ëñºƒP»

RecvTensorÔæêñºƒ „‘(„‘:
"€€B„[256B] edge_320_gradients/bn_conv1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÔæêñºƒÇ
)update_bn_conv1/beta/ApplyGradientDescentû÷ëñºƒ (Bupdate_bn_conv1/beta/ApplyGradientDescent = ApplyGradientDescent(bn_conv1/beta, learning_rate, gradients/bn_conv1/beta_grad_S320)Hû÷ëñºƒP¼

RecvTensor´ñêñºƒ ¥†(¥†:
"€€B…[256B] edge_321_gradients/bn_conv1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H´ñêñºƒË
*update_bn_conv1/gamma/ApplyGradientDescentÿ÷ëñºƒ (B„update_bn_conv1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn_conv1/gamma, learning_rate, gradients/bn_conv1/gamma_grad_S321)Hÿ÷ëñºƒP¾

RecvTensor³÷êñºƒ Å€(Å€:"€¦€¦B…[37632B] edge_322_gradients/conv1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H³÷êñºƒÂ
(update_conv1/kernel/ApplyGradientDescent…øëñºƒ (B~update_conv1/kernel/ApplyGradientDescent = ApplyGradientDescent(conv1/kernel, learning_rate, gradients/conv1/kernel_grad_S322)H…øëñºƒP