
œ‹

Şê
)/job:worker/replica:0/task:0/device:CPU:0¯

RecvTensor“øëñºƒ ş(ş:"€¦€¦By[37632B] edge_1_conv1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H“øëñºƒ«

RecvTensor–øëñºƒ ^(^:
"€€By[256B] edge_2_bn_conv1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H–øëñºƒ¬

RecvTensor™øëñºƒ ®(®:
"€€Bx[256B] edge_3_bn_conv1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H™øëñºƒ¹

RecvTensorœøëñºƒ ¹(¹:"€€€€B‚[16384B] edge_4_res2a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hœøëñºƒ²

RecvTensorŸøëñºƒ ò(ò:
"€€B~[256B] edge_5_bn2a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŸøëñºƒ±

RecvTensor¢øëñºƒ ï(ï:
"€€B}[256B] edge_6_bn2a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¢øëñºƒ¸

RecvTensor¥øëñºƒ Í(Í:"€€	€€	B[0.1MB] edge_7_res2a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¥øëñºƒ²

RecvTensor¨øëñºƒ ­(­:
"€€B~[256B] edge_8_bn2a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¨øëñºƒ±

RecvTensor«øëñºƒ ª(ª:
"€€B}[256B] edge_9_bn2a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H«øëñºƒº

RecvTensor®øëñºƒ ™(™:"€€€€Bƒ[65536B] edge_10_res2a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H®øëñºƒµ

RecvTensor±øëñºƒ ¥(¥:
"€€B€[1024B] edge_11_bn2a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H±øëñºƒ³

RecvTensor´øëñºƒ ¤(¤:
"€€B[1024B] edge_12_bn2a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H´øëñºƒ¹

RecvTensor·øëñºƒ ×(×:"€€€€B‚[65536B] edge_13_res2a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H·øëñºƒ³

RecvTensorºøëñºƒ (:
"€€B[1024B] edge_14_bn2a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hºøëñºƒ²

RecvTensor½øëñºƒ ‰(‰:
"€€B~[1024B] edge_15_bn2a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H½øëñºƒº

RecvTensorÁøëñºƒ ƒ(ƒ:"€€€€Bƒ[65536B] edge_16_res2b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÁøëñºƒ³

RecvTensorÄøëñºƒ û(û:
"€€B[256B] edge_17_bn2b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÄøëñºƒ²

RecvTensorÆøëñºƒ ú(ú:
"€€B~[256B] edge_18_bn2b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÆøëñºƒ¹

RecvTensorÊøëñºƒ õ(õ:"€€	€€	B‚[0.1MB] edge_19_res2b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÊøëñºƒ³

RecvTensorÌøëñºƒ ô(ô:
"€€B[256B] edge_20_bn2b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÌøëñºƒ²

RecvTensorĞøëñºƒ ğ(ğ:
"€€B~[256B] edge_21_bn2b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HĞøëñºƒº

RecvTensorÓøëñºƒ £(£:"€€€€Bƒ[65536B] edge_22_res2b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÓøëñºƒµ

RecvTensorÖøëñºƒ ï(ï:
"€€B€[1024B] edge_23_bn2b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÖøëñºƒ³

RecvTensorÙøëñºƒ ì	(ì	:
"€€B[1024B] edge_24_bn2b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÙøëñºƒº

RecvTensorÛøëñºƒ Ì(Ì:"€€€€Bƒ[65536B] edge_25_res2c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÛøëñºƒ³

RecvTensorŞøëñºƒ â(â:
"€€B[256B] edge_26_bn2c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŞøëñºƒ²

RecvTensoráøëñºƒ (:
"€€B~[256B] edge_27_bn2c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Háøëñºƒ¹

RecvTensoräøëñºƒ Œ(Œ:"€€	€€	B‚[0.1MB] edge_28_res2c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Häøëñºƒ³

RecvTensorçøëñºƒ Š(Š:
"€€B[256B] edge_29_bn2c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hçøëñºƒ²

RecvTensorêøëñºƒ Ö(Ö:
"€€B~[256B] edge_30_bn2c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hêøëñºƒº

RecvTensoríøëñºƒ ğ(ğ:"€€€€Bƒ[65536B] edge_31_res2c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Híøëñºƒµ

RecvTensorñøëñºƒ Â
(Â
:
"€€B€[1024B] edge_32_bn2c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hñøëñºƒ³

RecvTensoróøëñºƒ ê(ê:
"€€B[1024B] edge_33_bn2c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hóøëñºƒ¹

RecvTensoröøëñºƒ ¼
(¼
:"€€€€B‚[0.1MB] edge_34_res3a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Höøëñºƒ³

RecvTensorùøëñºƒ ¹
(¹
:
"€€B[512B] edge_35_bn3a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hùøëñºƒ²

RecvTensorıøëñºƒ É	(É	:
"€€B~[512B] edge_36_bn3a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hıøëñºƒ¹

RecvTensorÿøëñºƒ Å	(Å	:"€€$€€$B‚[0.6MB] edge_37_res3a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hÿøëñºƒ³

RecvTensor‚ùëñºƒ ±
(±
:
"€€B[512B] edge_38_bn3a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‚ùëñºƒ²

RecvTensor…ùëñºƒ Ù(Ù:
"€€B~[512B] edge_39_bn3a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H…ùëñºƒ¹

RecvTensorˆùëñºƒ „(„:"€€€€B‚[0.2MB] edge_40_res3a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hˆùëñºƒµ

RecvTensor‹ùëñºƒ ‚(‚:
"€€B€[2048B] edge_41_bn3a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‹ùëñºƒ³

RecvTensorùëñºƒ ƒ(ƒ:
"€€B[2048B] edge_42_bn3a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hùëñºƒ¸

RecvTensor‘ùëñºƒ ±(±:"€€ €€ B[0.5MB] edge_43_res3a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‘ùëñºƒ³

RecvTensor”ùëñºƒ û(û:
"€€B[2048B] edge_44_bn3a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H”ùëñºƒ²

RecvTensor—ùëñºƒ …(…:
"€€B~[2048B] edge_45_bn3a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H—ùëñºƒ¹

RecvTensoršùëñºƒ (:"€€€€B‚[0.2MB] edge_46_res3b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hšùëñºƒ³

RecvTensorùëñºƒ €(€:
"€€B[512B] edge_47_bn3b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hùëñºƒ²

RecvTensor ùëñºƒ ¢(¢:
"€€B~[512B] edge_48_bn3b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H ùëñºƒ¹

RecvTensor£ùëñºƒ à(à:"€€$€€$B‚[0.6MB] edge_49_res3b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H£ùëñºƒ³

RecvTensor¦ùëñºƒ é(é:
"€€B[512B] edge_50_bn3b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¦ùëñºƒ²

RecvTensor©ùëñºƒ ™(™:
"€€B~[512B] edge_51_bn3b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H©ùëñºƒ¹

RecvTensor¬ùëñºƒ ¯(¯:"€€€€B‚[0.2MB] edge_52_res3b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¬ùëñºƒµ

RecvTensor¯ùëñºƒ °(°:
"€€B€[2048B] edge_53_bn3b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¯ùëñºƒ³

RecvTensor²ùëñºƒ «(«:
"€€B[2048B] edge_54_bn3b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H²ùëñºƒ¹

RecvTensorµùëñºƒ Ä(Ä:"€€€€B‚[0.2MB] edge_55_res3c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hµùëñºƒ³

RecvTensor¸ùëñºƒ ‘(‘:
"€€B[512B] edge_56_bn3c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¸ùëñºƒ²

RecvTensor»ùëñºƒ ¥(¥:
"€€B~[512B] edge_57_bn3c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H»ùëñºƒ¹

RecvTensor¾ùëñºƒ ˆ(ˆ:"€€$€€$B‚[0.6MB] edge_58_res3c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¾ùëñºƒ³

RecvTensorÁùëñºƒ Ÿ(Ÿ:
"€€B[512B] edge_59_bn3c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÁùëñºƒ²

RecvTensorÄùëñºƒ ›(›:
"€€B~[512B] edge_60_bn3c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÄùëñºƒ¹

RecvTensorÇùëñºƒ Ú(Ú:"€€€€B‚[0.2MB] edge_61_res3c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÇùëñºƒµ

RecvTensorÊùëñºƒ ş(ş:
"€€B€[2048B] edge_62_bn3c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÊùëñºƒ³

RecvTensorÍùëñºƒ °(°:
"€€B[2048B] edge_63_bn3c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÍùëñºƒ¹

RecvTensorĞùëñºƒ †(†:"€€€€B‚[0.2MB] edge_64_res3d_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HĞùëñºƒ³

RecvTensorÓùëñºƒ §(§:
"€€B[512B] edge_65_bn3d_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÓùëñºƒ²

RecvTensor×ùëñºƒ Ê(Ê:
"€€B~[512B] edge_66_bn3d_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H×ùëñºƒ¹

RecvTensorÚùëñºƒ ½$(½$:"€€$€€$B‚[0.6MB] edge_67_res3d_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÚùëñºƒ³

RecvTensorİùëñºƒ ¡(¡:
"€€B[512B] edge_68_bn3d_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hİùëñºƒ²

RecvTensoràùëñºƒ Î (Î :
"€€B~[512B] edge_69_bn3d_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hàùëñºƒ¹

RecvTensorãùëñºƒ Ë (Ë :"€€€€B‚[0.2MB] edge_70_res3d_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hãùëñºƒµ

RecvTensoræùëñºƒ –(–:
"€€B€[2048B] edge_71_bn3d_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hæùëñºƒ³

RecvTensoréùëñºƒ Ç (Ç :
"€€B[2048B] edge_72_bn3d_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Héùëñºƒ¹

RecvTensorìùëñºƒ İ'(İ':"€€ €€ B‚[0.5MB] edge_73_res4a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hìùëñºƒµ

RecvTensorîùëñºƒ ª$(ª$:
"€€B€[1024B] edge_74_bn4a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hîùëñºƒ³

RecvTensoròùëñºƒ Ø'(Ø':
"€€B[1024B] edge_75_bn4a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hòùëñºƒ»

RecvTensorõùëñºƒ õ6(õ6:"
€€€€B‚[2.2MB] edge_76_res4a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hõùëñºƒµ

RecvTensorøùëñºƒ Ÿ$(Ÿ$:
"€€B€[1024B] edge_77_bn4a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Høùëñºƒ³

RecvTensorûùëñºƒ ÷g(÷g:
"€€B[1024B] edge_78_bn4a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hûùëñºƒ¹

RecvTensorşùëñºƒ Î=(Î=:"€€@€€@B‚[1.0MB] edge_79_res4a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hşùëñºƒµ

RecvTensor€úëñºƒ Í'(Í':
"€ € B€[4096B] edge_80_bn4a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H€úëñºƒ³

RecvTensorƒúëñºƒ Í'(Í':
"€ € B[4096B] edge_81_bn4a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hƒúëñºƒº

RecvTensor†úëñºƒ ‡K(‡K:"
€€€€€€B[2.0MB] edge_82_res4a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H†úëñºƒ³

RecvTensor‰úëñºƒ èg(èg:
"€ € B[4096B] edge_83_bn4a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‰úëñºƒ²

RecvTensorŒúëñºƒ a(a:
"€ € B~[4096B] edge_84_bn4a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŒúëñºƒ¹

RecvTensorúëñºƒ ú`(ú`:"€€@€€@B‚[1.0MB] edge_85_res4b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Húëñºƒµ

RecvTensor’úëñºƒ Ù6(Ù6:
"€€B€[1024B] edge_86_bn4b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H’úëñºƒ³

RecvTensor•úëñºƒ æg(æg:
"€€B[1024B] edge_87_bn4b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H•úëñºƒ»

RecvTensor˜úëñºƒ Z(Z:"
€€€€B‚[2.2MB] edge_88_res4b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H˜úëñºƒµ

RecvTensor›úëñºƒ ï`(ï`:
"€€B€[1024B] edge_89_bn4b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H›úëñºƒ³

RecvTensorúëñºƒ ñJ(ñJ:
"€€B[1024B] edge_90_bn4b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Húëñºƒ¹

RecvTensor¡úëñºƒ Íg(Íg:"€€@€€@B‚[1.0MB] edge_91_res4b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¡úëñºƒµ

RecvTensor¤úëñºƒ Õg(Õg:
"€ € B€[4096B] edge_92_bn4b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¤úëñºƒ³

RecvTensor¦úëñºƒ Ğg(Ğg:
"€ € B[4096B] edge_93_bn4b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¦úëñºƒ¹

RecvTensor©úëñºƒ ³n(³n:"€€@€€@B‚[1.0MB] edge_94_res4c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H©úëñºƒµ

RecvTensor¬úëñºƒ Ğg(Ğg:
"€€B€[1024B] edge_95_bn4c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¬úëñºƒ³

RecvTensor¯úëñºƒ Ëg(Ëg:
"€€B[1024B] edge_96_bn4c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¯úëñºƒ»

RecvTensor²úëñºƒ Ä}(Ä}:"
€€€€B‚[2.2MB] edge_97_res4c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H²úëñºƒ·

RecvTensorµúëñºƒ ¤„(¤„:
"€€B€[1024B] edge_98_bn4c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hµúëñºƒµ

RecvTensor¸úëñºƒ ¢„(¢„:
"€€B[1024B] edge_99_bn4c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¸úëñºƒ¼

RecvTensor»úëñºƒ „(„:"€€@€€@Bƒ[1.0MB] edge_100_res4c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H»úëñºƒ¸

RecvTensor¿úëñºƒ „(„:
"€ € B[4096B] edge_101_bn4c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¿úëñºƒ·

RecvTensorÂúëñºƒ Ÿ„(Ÿ„:
"€ € B€[4096B] edge_102_bn4c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÂúëñºƒ¼

RecvTensorÅúëñºƒ ‹(‹:"€€@€€@Bƒ[1.0MB] edge_103_res4d_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÅúëñºƒ¸

RecvTensorÈúëñºƒ „(„:
"€€B[1024B] edge_104_bn4d_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÈúëñºƒµ

RecvTensorËúëñºƒ ¬}(¬}:
"€€B€[1024B] edge_105_bn4d_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HËúëñºƒ¾

RecvTensorÎúëñºƒ ğ¶(ğ¶:"
€€€€Bƒ[2.2MB] edge_106_res4d_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÎúëñºƒ¸

RecvTensorÑúëñºƒ „(„:
"€€B[1024B] edge_107_bn4d_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÑúëñºƒ·

RecvTensorÔúëñºƒ Ô‘(Ô‘:
"€€B€[1024B] edge_108_bn4d_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÔúëñºƒ¼

RecvTensor×úëñºƒ Ğ‘(Ğ‘:"€€@€€@Bƒ[1.0MB] edge_109_res4d_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H×úëñºƒ¸

RecvTensorÚúëñºƒ è¶(è¶:
"€ € B[4096B] edge_110_bn4d_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÚúëñºƒ·

RecvTensorİúëñºƒ ˆ„(ˆ„:
"€ € B€[4096B] edge_111_bn4d_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hİúëñºƒ¼

RecvTensoràúëñºƒ ª˜(ª˜:"€€@€€@Bƒ[1.0MB] edge_112_res4e_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hàúëñºƒ¸

RecvTensorãúëñºƒ Ç‘(Ç‘:
"€€B[1024B] edge_113_bn4e_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hãúëñºƒ·

RecvTensoræúëñºƒ İ¶(İ¶:
"€€B€[1024B] edge_114_bn4e_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hæúëñºƒ¾

RecvTensoréúëñºƒ »§(»§:"
€€€€Bƒ[2.2MB] edge_115_res4e_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Héúëñºƒ¸

RecvTensorìúëñºƒ ½‘(½‘:
"€€B[1024B] edge_116_bn4e_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hìúëñºƒ·

RecvTensorïúëñºƒ Ğ¶(Ğ¶:
"€€B€[1024B] edge_117_bn4e_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hïúëñºƒ¼

RecvTensorñúëñºƒ ·½(·½:"€€@€€@Bƒ[1.0MB] edge_118_res4e_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hñúëñºƒ¸

RecvTensorôúëñºƒ ¸½(¸½:
"€ € B[4096B] edge_119_bn4e_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hôúëñºƒ·

RecvTensorøúëñºƒ Ï¶(Ï¶:
"€ € B€[4096B] edge_120_bn4e_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Høúëñºƒ¼

RecvTensorûúëñºƒ ’Ä(’Ä:"€€@€€@Bƒ[1.0MB] edge_121_res4f_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hûúëñºƒ¸

RecvTensorşúëñºƒ Æ¶(Æ¶:
"€€B[1024B] edge_122_bn4f_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hşúëñºƒ·

RecvTensorûëñºƒ Ä(Ä:
"€€B€[1024B] edge_123_bn4f_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hûëñºƒ¾

RecvTensor„ûëñºƒ Ëç(Ëç:"
€€€€Bƒ[2.2MB] edge_124_res4f_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H„ûëñºƒ¸

RecvTensor‡ûëñºƒ ¥½(¥½:
"€€B[1024B] edge_125_bn4f_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‡ûëñºƒ·

RecvTensorŠûëñºƒ „Ä(„Ä:
"€€B€[1024B] edge_126_bn4f_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŠûëñºƒ¼

RecvTensorûëñºƒ ¨Ø(¨Ø:"€€@€€@Bƒ[1.0MB] edge_127_res4f_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hûëñºƒ¸

RecvTensorûëñºƒ ‚Ä(‚Ä:
"€ € B[4096B] edge_128_bn4f_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hûëñºƒ·

RecvTensor“ûëñºƒ ¿ç(¿ç:
"€ € B€[4096B] edge_129_bn4f_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H“ûëñºƒ¾

RecvTensor–ûëñºƒ ¾Ñ(¾Ñ:"
€€€€€€Bƒ[2.0MB] edge_130_res5a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H–ûëñºƒ¸

RecvTensor™ûëñºƒ ¼ç(¼ç:
"€€B[2048B] edge_131_bn5a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H™ûëñºƒ·

RecvTensorœûëñºƒ ¬¿(¬¿:
"€€B€[2048B] edge_132_bn5a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hœûëñºƒ¾

RecvTensorŸûëñºƒ ¤¤(¤¤:"
€€À€€ÀBƒ[9.0MB] edge_133_res5a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŸûëñºƒ¸

RecvTensor¢ûëñºƒ ²ç(²ç:
"€€B[2048B] edge_134_bn5a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¢ûëñºƒ·

RecvTensor¥ûëñºƒ ²õ(²õ:
"€€B€[2048B] edge_135_bn5a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¥ûëñºƒ¾

RecvTensor¨ûëñºƒ Ÿ¿(Ÿ¿:"
€€€€€€Bƒ[4.0MB] edge_136_res5a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¨ûëñºƒ¸

RecvTensor«ûëñºƒ ±ç(±ç:
"€@€@B[8192B] edge_137_bn5a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H«ûëñºƒ·

RecvTensor®ûëñºƒ ¹õ(¹õ:
"€@€@B€[8192B] edge_138_bn5a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H®ûëñºƒ½

RecvTensor±ûëñºƒ ¥õ(¥õ:"
€€€€€€B‚[8.0MB] edge_139_res5a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H±ûëñºƒ·

RecvTensor´ûëñºƒ ›¿(›¿:
"€@€@B€[8192B] edge_140_bn5a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H´ûëñºƒµ

RecvTensor·ûëñºƒ ©õ(©õ:
"€@€@B[8192B] edge_141_bn5a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H·ûëñºƒ¾

RecvTensorºûëñºƒ °(°:"
€€€€€€Bƒ[4.0MB] edge_142_res5b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hºûëñºƒ¸

RecvTensor½ûëñºƒ œõ(œõ:
"€€B[2048B] edge_143_bn5b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H½ûëñºƒ·

RecvTensorÀûëñºƒ ¯«(¯«:
"€€B€[2048B] edge_144_bn5b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÀûëñºƒ¾

RecvTensorÃûëñºƒ ˜ƒ(˜ƒ:"
€€À€€ÀBƒ[9.0MB] edge_145_res5b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÃûëñºƒ¸

RecvTensorÆûëñºƒ ®Æ(®Æ:
"€€B[2048B] edge_146_bn5b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÆûëñºƒ·

RecvTensorÉûëñºƒ ›ƒ(›ƒ:
"€€B€[2048B] edge_147_bn5b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÉûëñºƒ¾

RecvTensorÌûëñºƒ ¡«(¡«:"
€€€€€€Bƒ[4.0MB] edge_148_res5b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÌûëñºƒ¸

RecvTensorÏûëñºƒ Û(Û:
"€@€@B[8192B] edge_149_bn5b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÏûëñºƒ·

RecvTensorÒûëñºƒ ƒ(ƒ:
"€@€@B€[8192B] edge_150_bn5b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÒûëñºƒ¾

RecvTensorÕûëñºƒ Æ(Æ:"
€€€€€€Bƒ[4.0MB] edge_151_res5c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÕûëñºƒ¸

RecvTensorØûëñºƒ ô(ô:
"€€B[2048B] edge_152_bn5c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HØûëñºƒ·

RecvTensorÛûëñºƒ ‘ƒ(‘ƒ:
"€€B€[2048B] edge_153_bn5c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÛûëñºƒ¾

RecvTensorßûëñºƒ øÚ(øÚ:"
€€À€€ÀBƒ[9.0MB] edge_154_res5c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hßûëñºƒ¸

RecvTensorâûëñºƒ ÷Ú(÷Ú:
"€€B[2048B] edge_155_bn5c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hâûëñºƒ·

RecvTensoråûëñºƒ ì(ì:
"€€B€[2048B] edge_156_bn5c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Håûëñºƒ¾

RecvTensorçûëñºƒ ˆ(ˆ:"
€€€€€€Bƒ[4.0MB] edge_157_res5c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hçûëñºƒ¸

RecvTensorêûëñºƒ €ƒ(€ƒ:
"€@€@B[8192B] edge_158_bn5c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hêûëñºƒ·

RecvTensoríûëñºƒ İ(İ:
"€@€@B€[8192B] edge_159_bn5c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Híûëñºƒµ

RecvTensorğûëñºƒ Ô(Ô:"
€€ô€€ôB{[7.8MB] edge_160_fc1000/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hğûëñºƒ¯

RecvTensoróûëñºƒ Ü(Ü:
"  By[4000B] edge_161_fc1000/bias/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hóûëñºƒ\
conv1/Conv2D‘úëñºƒ ƒ(ƒB2conv1/Conv2D = Conv2D(input, conv1/kernel/read_S1)H‘úëñºƒP 
bn_conv1/FusedBatchNormV3”€ìñºƒ ¬(¬Bibn_conv1/FusedBatchNormV3 = FusedBatchNormV3(conv1/Conv2D, bn_conv1/gamma/read_S2, bn_conv1/beta/read_S3)H”€ìñºƒP^
conv1_relu/ReluÀƒìñºƒ  ( B1conv1_relu/Relu = Relu(bn_conv1/FusedBatchNormV3)HÀƒìñºƒPS
pool1/MaxPoolà…ìñºƒ À(ÀB(pool1/MaxPool = MaxPool(conv1_relu/Relu)Hà…ìñºƒP}
res2a_branch2a/Conv2D ‡ìñºƒ \(\BLres2a_branch2a/Conv2D = Conv2D(pool1/MaxPool, res2a_branch2a/kernel/read_S4)H ‡ìñºƒP¼
bn2a_branch2a/FusedBatchNormV3ü‡ìñºƒ v(vBbn2a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch2a/Conv2D, bn2a_branch2a/gamma/read_S5, bn2a_branch2a/beta/read_S6)Hü‡ìñºƒPs
res2a_branch2a_relu/Reluòˆìñºƒ S(SB?res2a_branch2a_relu/Relu = Relu(bn2a_branch2a/FusedBatchNormV3)HòˆìñºƒPŠ
res2a_branch2b/Conv2DÅ‰ìñºƒ ä(äBWres2a_branch2b/Conv2D = Conv2D(res2a_branch2a_relu/Relu, res2a_branch2b/kernel/read_S7)HÅ‰ìñºƒP¼
bn2a_branch2b/FusedBatchNormV3©ìñºƒ t(tBbn2a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch2b/Conv2D, bn2a_branch2b/gamma/read_S8, bn2a_branch2b/beta/read_S9)H©ìñºƒPs
res2a_branch2b_relu/Reluìñºƒ U(UB?res2a_branch2b_relu/Relu = Relu(bn2a_branch2b/FusedBatchNormV3)HìñºƒP‹
res2a_branch2c/Conv2Dòìñºƒ È(ÈBXres2a_branch2c/Conv2D = Conv2D(res2a_branch2b_relu/Relu, res2a_branch2c/kernel/read_S10)HòìñºƒPÀ
bn2a_branch2c/FusedBatchNormV3º“ìñºƒ É(ÉBƒbn2a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch2c/Conv2D, bn2a_branch2c/gamma/read_S11, bn2a_branch2c/beta/read_S12)Hº“ìñºƒP}
res2a_branch1/Conv2Dƒ—ìñºƒ ¼(¼BKres2a_branch1/Conv2D = Conv2D(pool1/MaxPool, res2a_branch1/kernel/read_S13)Hƒ—ìñºƒPº
bn2a_branch1/FusedBatchNormV3¿™ìñºƒ ¥(¥Bbn2a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch1/Conv2D, bn2a_branch1/gamma/read_S14, bn2a_branch1/beta/read_S15)H¿™ìñºƒPw
	res2a/addäœìñºƒ ¸(¸BPres2a/add = AddV2(bn2a_branch2c/FusedBatchNormV3, bn2a_branch1/FusedBatchNormV3)HäœìñºƒPN
res2a_relu/Reluœ ìñºƒ ·(·B!res2a_relu/Relu = Relu(res2a/add)Hœ ìñºƒP‚
res2b_branch2a/Conv2DÓ¢ìñºƒ Ú(ÚBOres2b_branch2a/Conv2D = Conv2D(res2a_relu/Relu, res2b_branch2a/kernel/read_S16)HÓ¢ìñºƒP¾
bn2b_branch2a/FusedBatchNormV3­¥ìñºƒ x(xBƒbn2b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res2b_branch2a/Conv2D, bn2b_branch2a/gamma/read_S17, bn2b_branch2a/beta/read_S18)H­¥ìñºƒPs
res2b_branch2a_relu/Relu¥¦ìñºƒ S(SB?res2b_branch2a_relu/Relu = Relu(bn2b_branch2a/FusedBatchNormV3)H¥¦ìñºƒP‹
res2b_branch2b/Conv2Dø¦ìñºƒ Û(ÛBXres2b_branch2b/Conv2D = Conv2D(res2b_branch2a_relu/Relu, res2b_branch2b/kernel/read_S19)Hø¦ìñºƒP¾
bn2b_branch2b/FusedBatchNormV3Ó¬ìñºƒ y(yBƒbn2b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res2b_branch2b/Conv2D, bn2b_branch2b/gamma/read_S20, bn2b_branch2b/beta/read_S21)HÓ¬ìñºƒPs
res2b_branch2b_relu/ReluÌ­ìñºƒ O(OB?res2b_branch2b_relu/Relu = Relu(bn2b_branch2b/FusedBatchNormV3)HÌ­ìñºƒP‹
res2b_branch2c/Conv2D›®ìñºƒ Ö(ÖBXres2b_branch2c/Conv2D = Conv2D(res2b_branch2b_relu/Relu, res2b_branch2c/kernel/read_S22)H›®ìñºƒPÀ
bn2b_branch2c/FusedBatchNormV3ñ°ìñºƒ Ë(ËBƒbn2b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res2b_branch2c/Conv2D, bn2b_branch2c/gamma/read_S23, bn2b_branch2c/beta/read_S24)Hñ°ìñºƒPi
	res2b/add¼´ìñºƒ ¾(¾BBres2b/add = AddV2(bn2b_branch2c/FusedBatchNormV3, res2a_relu/Relu)H¼´ìñºƒPN
res2b_relu/Reluú·ìñºƒ ª(ªB!res2b_relu/Relu = Relu(res2b/add)Hú·ìñºƒP‚
res2c_branch2a/Conv2D¤ºìñºƒ ·(·BOres2c_branch2a/Conv2D = Conv2D(res2b_relu/Relu, res2c_branch2a/kernel/read_S25)H¤ºìñºƒP¾
bn2c_branch2a/FusedBatchNormV3Û¼ìñºƒ y(yBƒbn2c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res2c_branch2a/Conv2D, bn2c_branch2a/gamma/read_S26, bn2c_branch2a/beta/read_S27)HÛ¼ìñºƒPs
res2c_branch2a_relu/ReluÔ½ìñºƒ R(RB?res2c_branch2a_relu/Relu = Relu(bn2c_branch2a/FusedBatchNormV3)HÔ½ìñºƒP‹
res2c_branch2b/Conv2D¦¾ìñºƒ Û(ÛBXres2c_branch2b/Conv2D = Conv2D(res2c_branch2a_relu/Relu, res2c_branch2b/kernel/read_S28)H¦¾ìñºƒP¾
bn2c_branch2b/FusedBatchNormV3Äìñºƒ u(uBƒbn2c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res2c_branch2b/Conv2D, bn2c_branch2b/gamma/read_S29, bn2c_branch2b/beta/read_S30)HÄìñºƒPs
res2c_branch2b_relu/ReluöÄìñºƒ R(RB?res2c_branch2b_relu/Relu = Relu(bn2c_branch2b/FusedBatchNormV3)HöÄìñºƒP‹
res2c_branch2c/Conv2DÈÅìñºƒ Ë(ËBXres2c_branch2c/Conv2D = Conv2D(res2c_branch2b_relu/Relu, res2c_branch2c/kernel/read_S31)HÈÅìñºƒPÀ
bn2c_branch2c/FusedBatchNormV3“Èìñºƒ Ò(ÒBƒbn2c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res2c_branch2c/Conv2D, bn2c_branch2c/gamma/read_S32, bn2c_branch2c/beta/read_S33)H“ÈìñºƒPi
	res2c/addåËìñºƒ ²(²BBres2c/add = AddV2(bn2c_branch2c/FusedBatchNormV3, res2b_relu/Relu)HåËìñºƒPN
res2c_relu/Relu—Ïìñºƒ ±(±B!res2c_relu/Relu = Relu(res2c/add)H—ÏìñºƒP‚
res3a_branch2a/Conv2DÈÑìñºƒ “(“BOres3a_branch2a/Conv2D = Conv2D(res2c_relu/Relu, res3a_branch2a/kernel/read_S34)HÈÑìñºƒPÀ
bn3a_branch2a/FusedBatchNormV3ÛÖìñºƒ ä(äBƒbn3a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch2a/Conv2D, bn3a_branch2a/gamma/read_S35, bn3a_branch2a/beta/read_S36)HÛÖìñºƒPu
res3a_branch2a_relu/Relu¿Øìñºƒ ’(’B?res3a_branch2a_relu/Relu = Relu(bn3a_branch2a/FusedBatchNormV3)H¿ØìñºƒP‹
res3a_branch2b/Conv2DÑÙìñºƒ Õ(ÕBXres3a_branch2b/Conv2D = Conv2D(res3a_branch2a_relu/Relu, res3a_branch2b/kernel/read_S37)HÑÙìñºƒP¾
bn3a_branch2b/FusedBatchNormV3¦ßìñºƒ >(>Bƒbn3a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch2b/Conv2D, bn3a_branch2b/gamma/read_S38, bn3a_branch2b/beta/read_S39)H¦ßìñºƒPs
res3a_branch2b_relu/Reluäßìñºƒ ,(,B?res3a_branch2b_relu/Relu = Relu(bn3a_branch2b/FusedBatchNormV3)HäßìñºƒP‹
res3a_branch2c/Conv2Dàìñºƒ Ù(ÙBXres3a_branch2c/Conv2D = Conv2D(res3a_branch2b_relu/Relu, res3a_branch2c/kernel/read_S40)HàìñºƒPÀ
bn3a_branch2c/FusedBatchNormV3éâìñºƒ á(áBƒbn3a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch2c/Conv2D, bn3a_branch2c/gamma/read_S41, bn3a_branch2c/beta/read_S42)HéâìñºƒP
res3a_branch1/Conv2DÊäìñºƒ Ÿ(ŸBMres3a_branch1/Conv2D = Conv2D(res2c_relu/Relu, res3a_branch1/kernel/read_S43)HÊäìñºƒPº
bn3a_branch1/FusedBatchNormV3ééìñºƒ ç(çBbn3a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch1/Conv2D, bn3a_branch1/gamma/read_S44, bn3a_branch1/beta/read_S45)HééìñºƒPw
	res3a/addĞëìñºƒ ä(äBPres3a/add = AddV2(bn3a_branch2c/FusedBatchNormV3, bn3a_branch1/FusedBatchNormV3)HĞëìñºƒPN
res3a_relu/Relu´íìñºƒ ¡(¡B!res3a_relu/Relu = Relu(res3a/add)H´íìñºƒP‚
res3b_branch2a/Conv2DÕîìñºƒ Ï(ÏBOres3b_branch2a/Conv2D = Conv2D(res3a_relu/Relu, res3b_branch2a/kernel/read_S46)HÕîìñºƒP¾
bn3b_branch2a/FusedBatchNormV3¤ñìñºƒ =(=Bƒbn3b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3b_branch2a/Conv2D, bn3b_branch2a/gamma/read_S47, bn3b_branch2a/beta/read_S48)H¤ñìñºƒPs
res3b_branch2a_relu/Reluáñìñºƒ ,(,B?res3b_branch2a_relu/Relu = Relu(bn3b_branch2a/FusedBatchNormV3)HáñìñºƒP‹
res3b_branch2b/Conv2Dòìñºƒ Ï(ÏBXres3b_branch2b/Conv2D = Conv2D(res3b_branch2a_relu/Relu, res3b_branch2b/kernel/read_S49)HòìñºƒP¾
bn3b_branch2b/FusedBatchNormV3Ü÷ìñºƒ ?(?Bƒbn3b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3b_branch2b/Conv2D, bn3b_branch2b/gamma/read_S50, bn3b_branch2b/beta/read_S51)HÜ÷ìñºƒPs
res3b_branch2b_relu/Relu›øìñºƒ ,(,B?res3b_branch2b_relu/Relu = Relu(bn3b_branch2b/FusedBatchNormV3)H›øìñºƒP‹
res3b_branch2c/Conv2DÇøìñºƒ Ø(ØBXres3b_branch2c/Conv2D = Conv2D(res3b_branch2b_relu/Relu, res3b_branch2c/kernel/read_S52)HÇøìñºƒPÀ
bn3b_branch2c/FusedBatchNormV3Ÿûìñºƒ Ü(ÜBƒbn3b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3b_branch2c/Conv2D, bn3b_branch2c/gamma/read_S53, bn3b_branch2c/beta/read_S54)HŸûìñºƒPi
	res3b/addûüìñºƒ á(áBBres3b/add = AddV2(bn3b_branch2c/FusedBatchNormV3, res3a_relu/Relu)HûüìñºƒPN
res3b_relu/ReluÜşìñºƒ (B!res3b_relu/Relu = Relu(res3b/add)HÜşìñºƒP‚
res3c_branch2a/Conv2Dùÿìñºƒ Æ(ÆBOres3c_branch2a/Conv2D = Conv2D(res3b_relu/Relu, res3c_branch2a/kernel/read_S55)HùÿìñºƒP¾
bn3c_branch2a/FusedBatchNormV3¿‚íñºƒ >(>Bƒbn3c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3c_branch2a/Conv2D, bn3c_branch2a/gamma/read_S56, bn3c_branch2a/beta/read_S57)H¿‚íñºƒPs
res3c_branch2a_relu/Reluı‚íñºƒ +(+B?res3c_branch2a_relu/Relu = Relu(bn3c_branch2a/FusedBatchNormV3)Hı‚íñºƒP‹
res3c_branch2b/Conv2D¨ƒíñºƒ õ(õBXres3c_branch2b/Conv2D = Conv2D(res3c_branch2a_relu/Relu, res3c_branch2b/kernel/read_S58)H¨ƒíñºƒP¾
bn3c_branch2b/FusedBatchNormV3‰íñºƒ >(>Bƒbn3c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3c_branch2b/Conv2D, bn3c_branch2b/gamma/read_S59, bn3c_branch2b/beta/read_S60)H‰íñºƒPs
res3c_branch2b_relu/ReluÛ‰íñºƒ -(-B?res3c_branch2b_relu/Relu = Relu(bn3c_branch2b/FusedBatchNormV3)HÛ‰íñºƒP‹
res3c_branch2c/Conv2DˆŠíñºƒ Ê(ÊBXres3c_branch2c/Conv2D = Conv2D(res3c_branch2b_relu/Relu, res3c_branch2c/kernel/read_S61)HˆŠíñºƒPÀ
bn3c_branch2c/FusedBatchNormV3ÒŒíñºƒ Ú(ÚBƒbn3c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3c_branch2c/Conv2D, bn3c_branch2c/gamma/read_S62, bn3c_branch2c/beta/read_S63)HÒŒíñºƒPi
	res3c/add¬íñºƒ á(áBBres3c/add = AddV2(bn3c_branch2c/FusedBatchNormV3, res3b_relu/Relu)H¬íñºƒPN
res3c_relu/Reluíñºƒ ›(›B!res3c_relu/Relu = Relu(res3c/add)HíñºƒP‚
res3d_branch2a/Conv2D¨‘íñºƒ É(ÉBOres3d_branch2a/Conv2D = Conv2D(res3c_relu/Relu, res3d_branch2a/kernel/read_S64)H¨‘íñºƒP¾
bn3d_branch2a/FusedBatchNormV3ñ“íñºƒ =(=Bƒbn3d_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3d_branch2a/Conv2D, bn3d_branch2a/gamma/read_S65, bn3d_branch2a/beta/read_S66)Hñ“íñºƒPs
res3d_branch2a_relu/Relu®”íñºƒ -(-B?res3d_branch2a_relu/Relu = Relu(bn3d_branch2a/FusedBatchNormV3)H®”íñºƒP‹
res3d_branch2b/Conv2DÛ”íñºƒ è(èBXres3d_branch2b/Conv2D = Conv2D(res3d_branch2a_relu/Relu, res3d_branch2b/kernel/read_S67)HÛ”íñºƒP¾
bn3d_branch2b/FusedBatchNormV3Ãšíñºƒ @(@Bƒbn3d_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3d_branch2b/Conv2D, bn3d_branch2b/gamma/read_S68, bn3d_branch2b/beta/read_S69)HÃšíñºƒPs
res3d_branch2b_relu/Reluƒ›íñºƒ -(-B?res3d_branch2b_relu/Relu = Relu(bn3d_branch2b/FusedBatchNormV3)Hƒ›íñºƒP‹
res3d_branch2c/Conv2D°›íñºƒ Ï(ÏBXres3d_branch2c/Conv2D = Conv2D(res3d_branch2b_relu/Relu, res3d_branch2c/kernel/read_S70)H°›íñºƒPÀ
bn3d_branch2c/FusedBatchNormV3ÿíñºƒ å(åBƒbn3d_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3d_branch2c/Conv2D, bn3d_branch2c/gamma/read_S71, bn3d_branch2c/beta/read_S72)HÿíñºƒPi
	res3d/addäŸíñºƒ ã(ãBBres3d/add = AddV2(bn3d_branch2c/FusedBatchNormV3, res3c_relu/Relu)HäŸíñºƒPN
res3d_relu/ReluÇ¡íñºƒ ›(›B!res3d_relu/Relu = Relu(res3d/add)HÇ¡íñºƒP‚
res4a_branch2a/Conv2Dâ¢íñºƒ ±(±BOres4a_branch2a/Conv2D = Conv2D(res3d_relu/Relu, res4a_branch2a/kernel/read_S73)Hâ¢íñºƒP¾
bn4a_branch2a/FusedBatchNormV3“¨íñºƒ z(zBƒbn4a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch2a/Conv2D, bn4a_branch2a/gamma/read_S74, bn4a_branch2a/beta/read_S75)H“¨íñºƒPs
res4a_branch2a_relu/Relu©íñºƒ S(SB?res4a_branch2a_relu/Relu = Relu(bn4a_branch2a/FusedBatchNormV3)H©íñºƒP‹
res4a_branch2b/Conv2Dà©íñºƒ ß(ßBXres4a_branch2b/Conv2D = Conv2D(res4a_branch2a_relu/Relu, res4a_branch2b/kernel/read_S76)Hà©íñºƒP¾
bn4a_branch2b/FusedBatchNormV3¿¯íñºƒ &(&Bƒbn4a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch2b/Conv2D, bn4a_branch2b/gamma/read_S77, bn4a_branch2b/beta/read_S78)H¿¯íñºƒPs
res4a_branch2b_relu/Reluå¯íñºƒ (B?res4a_branch2b_relu/Relu = Relu(bn4a_branch2b/FusedBatchNormV3)Hå¯íñºƒP‹
res4a_branch2c/Conv2Dş¯íñºƒ ß(ßBXres4a_branch2c/Conv2D = Conv2D(res4a_branch2b_relu/Relu, res4a_branch2c/kernel/read_S79)Hş¯íñºƒP¾
bn4a_branch2c/FusedBatchNormV3İ²íñºƒ r(rBƒbn4a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch2c/Conv2D, bn4a_branch2c/gamma/read_S80, bn4a_branch2c/beta/read_S81)Hİ²íñºƒP
res4a_branch1/Conv2DÏ³íñºƒ Ÿ(ŸBMres4a_branch1/Conv2D = Conv2D(res3d_relu/Relu, res4a_branch1/kernel/read_S82)HÏ³íñºƒP¸
bn4a_branch1/FusedBatchNormV3î¸íñºƒ w(wBbn4a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch1/Conv2D, bn4a_branch1/gamma/read_S83, bn4a_branch1/beta/read_S84)Hî¸íñºƒPu
	res4a/addå¹íñºƒ y(yBPres4a/add = AddV2(bn4a_branch2c/FusedBatchNormV3, bn4a_branch1/FusedBatchNormV3)Hå¹íñºƒPL
res4a_relu/ReluŞºíñºƒ Q(QB!res4a_relu/Relu = Relu(res4a/add)HŞºíñºƒP‚
res4b_branch2a/Conv2D¯»íñºƒ Ê(ÊBOres4b_branch2a/Conv2D = Conv2D(res4a_relu/Relu, res4b_branch2a/kernel/read_S85)H¯»íñºƒP¾
bn4b_branch2a/FusedBatchNormV3ù½íñºƒ "("Bƒbn4b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4b_branch2a/Conv2D, bn4b_branch2a/gamma/read_S86, bn4b_branch2a/beta/read_S87)Hù½íñºƒPs
res4b_branch2a_relu/Relu›¾íñºƒ (B?res4b_branch2a_relu/Relu = Relu(bn4b_branch2a/FusedBatchNormV3)H›¾íñºƒP‹
res4b_branch2b/Conv2D¶¾íñºƒ ø(øBXres4b_branch2b/Conv2D = Conv2D(res4b_branch2a_relu/Relu, res4b_branch2b/kernel/read_S88)H¶¾íñºƒP¾
bn4b_branch2b/FusedBatchNormV3®Äíñºƒ #(#Bƒbn4b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4b_branch2b/Conv2D, bn4b_branch2b/gamma/read_S89, bn4b_branch2b/beta/read_S90)H®ÄíñºƒPs
res4b_branch2b_relu/ReluÑÄíñºƒ (B?res4b_branch2b_relu/Relu = Relu(bn4b_branch2b/FusedBatchNormV3)HÑÄíñºƒP‹
res4b_branch2c/Conv2DëÄíñºƒ À(ÀBXres4b_branch2c/Conv2D = Conv2D(res4b_branch2b_relu/Relu, res4b_branch2c/kernel/read_S91)HëÄíñºƒP¾
bn4b_branch2c/FusedBatchNormV3«Çíñºƒ x(xBƒbn4b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4b_branch2c/Conv2D, bn4b_branch2c/gamma/read_S92, bn4b_branch2c/beta/read_S93)H«ÇíñºƒPg
	res4b/add£Èíñºƒ |(|BBres4b/add = AddV2(bn4b_branch2c/FusedBatchNormV3, res4a_relu/Relu)H£ÈíñºƒPL
res4b_relu/ReluŸÉíñºƒ Q(QB!res4b_relu/Relu = Relu(res4b/add)HŸÉíñºƒP‚
res4c_branch2a/Conv2DğÉíñºƒ Ü(ÜBOres4c_branch2a/Conv2D = Conv2D(res4b_relu/Relu, res4c_branch2a/kernel/read_S94)HğÉíñºƒP¾
bn4c_branch2a/FusedBatchNormV3ÌÌíñºƒ $($Bƒbn4c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4c_branch2a/Conv2D, bn4c_branch2a/gamma/read_S95, bn4c_branch2a/beta/read_S96)HÌÌíñºƒPs
res4c_branch2a_relu/ReluğÌíñºƒ (B?res4c_branch2a_relu/Relu = Relu(bn4c_branch2a/FusedBatchNormV3)HğÌíñºƒP‹
res4c_branch2b/Conv2DŠÍíñºƒ İ(İBXres4c_branch2b/Conv2D = Conv2D(res4c_branch2a_relu/Relu, res4c_branch2b/kernel/read_S97)HŠÍíñºƒP¾
bn4c_branch2b/FusedBatchNormV3çÒíñºƒ "("Bƒbn4c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4c_branch2b/Conv2D, bn4c_branch2b/gamma/read_S98, bn4c_branch2b/beta/read_S99)HçÒíñºƒPs
res4c_branch2b_relu/Relu‰Óíñºƒ (B?res4c_branch2b_relu/Relu = Relu(bn4c_branch2b/FusedBatchNormV3)H‰ÓíñºƒPŒ
res4c_branch2c/Conv2D¢Óíñºƒ İ(İBYres4c_branch2c/Conv2D = Conv2D(res4c_branch2b_relu/Relu, res4c_branch2c/kernel/read_S100)H¢ÓíñºƒPÀ
bn4c_branch2c/FusedBatchNormV3ÿÕíñºƒ q(qB…bn4c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4c_branch2c/Conv2D, bn4c_branch2c/gamma/read_S101, bn4c_branch2c/beta/read_S102)HÿÕíñºƒPg
	res4c/addğÖíñºƒ t(tBBres4c/add = AddV2(bn4c_branch2c/FusedBatchNormV3, res4b_relu/Relu)HğÖíñºƒPL
res4c_relu/Reluä×íñºƒ U(UB!res4c_relu/Relu = Relu(res4c/add)Hä×íñºƒPƒ
res4d_branch2a/Conv2D¹Øíñºƒ Ï(ÏBPres4d_branch2a/Conv2D = Conv2D(res4c_relu/Relu, res4d_branch2a/kernel/read_S103)H¹ØíñºƒPÀ
bn4d_branch2a/FusedBatchNormV3ˆÛíñºƒ #(#B…bn4d_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4d_branch2a/Conv2D, bn4d_branch2a/gamma/read_S104, bn4d_branch2a/beta/read_S105)HˆÛíñºƒPs
res4d_branch2a_relu/Relu«Ûíñºƒ (B?res4d_branch2a_relu/Relu = Relu(bn4d_branch2a/FusedBatchNormV3)H«ÛíñºƒPŒ
res4d_branch2b/Conv2DÅÛíñºƒ Ë(ËBYres4d_branch2b/Conv2D = Conv2D(res4d_branch2a_relu/Relu, res4d_branch2b/kernel/read_S106)HÅÛíñºƒPÀ
bn4d_branch2b/FusedBatchNormV3áíñºƒ "("B…bn4d_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4d_branch2b/Conv2D, bn4d_branch2b/gamma/read_S107, bn4d_branch2b/beta/read_S108)HáíñºƒPs
res4d_branch2b_relu/Relu²áíñºƒ (B?res4d_branch2b_relu/Relu = Relu(bn4d_branch2b/FusedBatchNormV3)H²áíñºƒPŒ
res4d_branch2c/Conv2DÍáíñºƒ ä(äBYres4d_branch2c/Conv2D = Conv2D(res4d_branch2b_relu/Relu, res4d_branch2c/kernel/read_S109)HÍáíñºƒPÀ
bn4d_branch2c/FusedBatchNormV3±äíñºƒ v(vB…bn4d_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4d_branch2c/Conv2D, bn4d_branch2c/gamma/read_S110, bn4d_branch2c/beta/read_S111)H±äíñºƒPg
	res4d/add§åíñºƒ u(uBBres4d/add = AddV2(bn4d_branch2c/FusedBatchNormV3, res4c_relu/Relu)H§åíñºƒPL
res4d_relu/Reluœæíñºƒ M(MB!res4d_relu/Relu = Relu(res4d/add)HœæíñºƒPƒ
res4e_branch2a/Conv2Déæíñºƒ Ø(ØBPres4e_branch2a/Conv2D = Conv2D(res4d_relu/Relu, res4e_branch2a/kernel/read_S112)HéæíñºƒPÀ
bn4e_branch2a/FusedBatchNormV3Áéíñºƒ $($B…bn4e_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4e_branch2a/Conv2D, bn4e_branch2a/gamma/read_S113, bn4e_branch2a/beta/read_S114)HÁéíñºƒPs
res4e_branch2a_relu/Reluåéíñºƒ (B?res4e_branch2a_relu/Relu = Relu(bn4e_branch2a/FusedBatchNormV3)HåéíñºƒPŒ
res4e_branch2b/Conv2Dÿéíñºƒ İ(İBYres4e_branch2b/Conv2D = Conv2D(res4e_branch2a_relu/Relu, res4e_branch2b/kernel/read_S115)HÿéíñºƒPÀ
bn4e_branch2b/FusedBatchNormV3Üïíñºƒ #(#B…bn4e_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4e_branch2b/Conv2D, bn4e_branch2b/gamma/read_S116, bn4e_branch2b/beta/read_S117)HÜïíñºƒPs
res4e_branch2b_relu/Reluÿïíñºƒ (B?res4e_branch2b_relu/Relu = Relu(bn4e_branch2b/FusedBatchNormV3)HÿïíñºƒPŒ
res4e_branch2c/Conv2D™ğíñºƒ Ê(ÊBYres4e_branch2c/Conv2D = Conv2D(res4e_branch2b_relu/Relu, res4e_branch2c/kernel/read_S118)H™ğíñºƒPÀ
bn4e_branch2c/FusedBatchNormV3ãòíñºƒ y(yB…bn4e_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4e_branch2c/Conv2D, bn4e_branch2c/gamma/read_S119, bn4e_branch2c/beta/read_S120)HãòíñºƒPg
	res4e/addÜóíñºƒ |(|BBres4e/add = AddV2(bn4e_branch2c/FusedBatchNormV3, res4d_relu/Relu)HÜóíñºƒPL
res4e_relu/ReluØôíñºƒ Q(QB!res4e_relu/Relu = Relu(res4e/add)HØôíñºƒPƒ
res4f_branch2a/Conv2D©õíñºƒ Ï(ÏBPres4f_branch2a/Conv2D = Conv2D(res4e_relu/Relu, res4f_branch2a/kernel/read_S121)H©õíñºƒPÀ
bn4f_branch2a/FusedBatchNormV3ø÷íñºƒ $($B…bn4f_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4f_branch2a/Conv2D, bn4f_branch2a/gamma/read_S122, bn4f_branch2a/beta/read_S123)Hø÷íñºƒPs
res4f_branch2a_relu/Reluœøíñºƒ (B?res4f_branch2a_relu/Relu = Relu(bn4f_branch2a/FusedBatchNormV3)HœøíñºƒPŒ
res4f_branch2b/Conv2D¶øíñºƒ Ş(ŞBYres4f_branch2b/Conv2D = Conv2D(res4f_branch2a_relu/Relu, res4f_branch2b/kernel/read_S124)H¶øíñºƒPÀ
bn4f_branch2b/FusedBatchNormV3”şíñºƒ $($B…bn4f_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4f_branch2b/Conv2D, bn4f_branch2b/gamma/read_S125, bn4f_branch2b/beta/read_S126)H”şíñºƒPs
res4f_branch2b_relu/Relu¸şíñºƒ (B?res4f_branch2b_relu/Relu = Relu(bn4f_branch2b/FusedBatchNormV3)H¸şíñºƒPŒ
res4f_branch2c/Conv2DÑşíñºƒ ã(ãBYres4f_branch2c/Conv2D = Conv2D(res4f_branch2b_relu/Relu, res4f_branch2c/kernel/read_S127)HÑşíñºƒPÀ
bn4f_branch2c/FusedBatchNormV3´îñºƒ v(vB…bn4f_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4f_branch2c/Conv2D, bn4f_branch2c/gamma/read_S128, bn4f_branch2c/beta/read_S129)H´îñºƒPg
	res4f/addª‚îñºƒ s(sBBres4f/add = AddV2(bn4f_branch2c/FusedBatchNormV3, res4e_relu/Relu)Hª‚îñºƒPL
res4f_relu/Reluƒîñºƒ R(RB!res4f_relu/Relu = Relu(res4f/add)HƒîñºƒPƒ
res5a_branch2a/Conv2Dïƒîñºƒ ‘(‘BPres5a_branch2a/Conv2D = Conv2D(res4f_relu/Relu, res5a_branch2a/kernel/read_S130)HïƒîñºƒPÀ
bn5a_branch2a/FusedBatchNormV3Èºîñºƒ >(>B…bn5a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch2a/Conv2D, bn5a_branch2a/gamma/read_S131, bn5a_branch2a/beta/read_S132)HÈºîñºƒPs
res5a_branch2a_relu/Relu†»îñºƒ .(.B?res5a_branch2a_relu/Relu = Relu(bn5a_branch2a/FusedBatchNormV3)H†»îñºƒPŒ
res5a_branch2b/Conv2D´»îñºƒ ´(´BYres5a_branch2b/Conv2D = Conv2D(res5a_branch2a_relu/Relu, res5a_branch2b/kernel/read_S133)H´»îñºƒPÀ
bn5a_branch2b/FusedBatchNormV3×ğîñºƒ (B…bn5a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch2b/Conv2D, bn5a_branch2b/gamma/read_S134, bn5a_branch2b/beta/read_S135)H×ğîñºƒPs
res5a_branch2b_relu/Reluîğîñºƒ (B?res5a_branch2b_relu/Relu = Relu(bn5a_branch2b/FusedBatchNormV3)HîğîñºƒPŒ
res5a_branch2c/Conv2Dşğîñºƒ Ä(ÄBYres5a_branch2c/Conv2D = Conv2D(res5a_branch2b_relu/Relu, res5a_branch2c/kernel/read_S136)HşğîñºƒPÀ
bn5a_branch2c/FusedBatchNormV3Âóîñºƒ >(>B…bn5a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch2c/Conv2D, bn5a_branch2c/gamma/read_S137, bn5a_branch2c/beta/read_S138)HÂóîñºƒP€
res5a_branch1/Conv2D€ôîñºƒ õ(õBNres5a_branch1/Conv2D = Conv2D(res4f_relu/Relu, res5a_branch1/kernel/read_S139)H€ôîñºƒP»
bn5a_branch1/FusedBatchNormV3õøîñºƒ A(ABbn5a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch1/Conv2D, bn5a_branch1/gamma/read_S140, bn5a_branch1/beta/read_S141)HõøîñºƒPu
	res5a/add¶ùîñºƒ >(>BPres5a/add = AddV2(bn5a_branch2c/FusedBatchNormV3, bn5a_branch1/FusedBatchNormV3)H¶ùîñºƒPL
res5a_relu/Reluôùîñºƒ -(-B!res5a_relu/Relu = Relu(res5a/add)HôùîñºƒPƒ
res5b_branch2a/Conv2Dê‹ïñºƒ ä(äBPres5b_branch2a/Conv2D = Conv2D(res5a_relu/Relu, res5b_branch2a/kernel/read_S142)Hê‹ïñºƒPÀ
bn5b_branch2a/FusedBatchNormV3ï¦ïñºƒ (B…bn5b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res5b_branch2a/Conv2D, bn5b_branch2a/gamma/read_S143, bn5b_branch2a/beta/read_S144)Hï¦ïñºƒPs
res5b_branch2a_relu/Relu…§ïñºƒ (B?res5b_branch2a_relu/Relu = Relu(bn5b_branch2a/FusedBatchNormV3)H…§ïñºƒPŒ
res5b_branch2b/Conv2DÛşïñºƒ ›(›BYres5b_branch2b/Conv2D = Conv2D(res5b_branch2a_relu/Relu, res5b_branch2b/kernel/read_S145)HÛşïñºƒPÀ
bn5b_branch2b/FusedBatchNormV3ö„ğñºƒ (B…bn5b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res5b_branch2b/Conv2D, bn5b_branch2b/gamma/read_S146, bn5b_branch2b/beta/read_S147)Hö„ğñºƒPs
res5b_branch2b_relu/Relu‹…ğñºƒ (B?res5b_branch2b_relu/Relu = Relu(bn5b_branch2b/FusedBatchNormV3)H‹…ğñºƒPŒ
res5b_branch2c/Conv2D…ğñºƒ Ç(ÇBYres5b_branch2c/Conv2D = Conv2D(res5b_branch2b_relu/Relu, res5b_branch2c/kernel/read_S148)H…ğñºƒPÀ
bn5b_branch2c/FusedBatchNormV3ßÖğñºƒ A(AB…bn5b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res5b_branch2c/Conv2D, bn5b_branch2c/gamma/read_S149, bn5b_branch2c/beta/read_S150)HßÖğñºƒPg
	res5b/add ×ğñºƒ ?(?BBres5b/add = AddV2(bn5b_branch2c/FusedBatchNormV3, res5a_relu/Relu)H ×ğñºƒPL
res5b_relu/Reluß×ğñºƒ .(.B!res5b_relu/Relu = Relu(res5b/add)Hß×ğñºƒPƒ
res5c_branch2a/Conv2DØğñºƒ ½(½BPres5c_branch2a/Conv2D = Conv2D(res5b_relu/Relu, res5c_branch2a/kernel/read_S151)HØğñºƒPÀ
bn5c_branch2a/FusedBatchNormV3Ì‹ññºƒ (B…bn5c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res5c_branch2a/Conv2D, bn5c_branch2a/gamma/read_S152, bn5c_branch2a/beta/read_S153)HÌ‹ññºƒPs
res5c_branch2a_relu/Reluâ‹ññºƒ (B?res5c_branch2a_relu/Relu = Relu(bn5c_branch2a/FusedBatchNormV3)Hâ‹ññºƒPŒ
res5c_branch2b/Conv2Dó‹ññºƒ Ğ(ĞBYres5c_branch2b/Conv2D = Conv2D(res5c_branch2a_relu/Relu, res5c_branch2b/kernel/read_S154)Hó‹ññºƒPÀ
bn5c_branch2b/FusedBatchNormV3Ã‘ññºƒ (B…bn5c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res5c_branch2b/Conv2D, bn5c_branch2b/gamma/read_S155, bn5c_branch2b/beta/read_S156)HÃ‘ññºƒPs
res5c_branch2b_relu/ReluØ‘ññºƒ (B?res5c_branch2b_relu/Relu = Relu(bn5c_branch2b/FusedBatchNormV3)HØ‘ññºƒPŒ
res5c_branch2c/Conv2Dè‘ññºƒ Ø(ØBYres5c_branch2c/Conv2D = Conv2D(res5c_branch2b_relu/Relu, res5c_branch2c/kernel/read_S157)Hè‘ññºƒPÀ
bn5c_branch2c/FusedBatchNormV3À”ññºƒ =(=B…bn5c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res5c_branch2c/Conv2D, bn5c_branch2c/gamma/read_S158, bn5c_branch2c/beta/read_S159)HÀ”ññºƒPg
	res5c/addı”ññºƒ C(CBBres5c/add = AddV2(bn5c_branch2c/FusedBatchNormV3, res5b_relu/Relu)Hı”ññºƒPL
res5c_relu/ReluÀ•ññºƒ +(+B!res5c_relu/Relu = Relu(res5c/add)HÀ•ññºƒPN
avg_pool/Meanë•ññºƒ (B%avg_pool/Mean = Mean(res5c_relu/Relu)Hë•ññºƒPg
fc1000/MatMul†–ññºƒ (B>fc1000/MatMul = MatMul(avg_pool/Mean, fc1000/kernel/read_S160)H†–ññºƒPh
fc1000/BiasAdd›–ññºƒ (B>fc1000/BiasAdd = BiasAdd(fc1000/MatMul, fc1000/bias/read_S161)H›–ññºƒP˜
"loss/SoftmaxCrossEntropyWithLogits£–ññºƒ 	(	BZloss/SoftmaxCrossEntropyWithLogits = SoftmaxCrossEntropyWithLogits(fc1000/BiasAdd, labels)H£–ññºƒPƒ
gradients/fc1000/bias_grad¬–ññºƒ (BMgradients/fc1000/bias_grad = BackpropGrad(loss/SoftmaxCrossEntropyWithLogits)H¬–ññºƒP
gradients/fc1000/kernel_grad´–ññºƒ 3(3BGgradients/fc1000/kernel_grad = BackpropGrad(gradients/fc1000/bias_grad)H´–ññºƒP‹
!gradients/bn5c_branch2c/beta_gradç–ññºƒ (BNgradients/bn5c_branch2c/beta_grad = BackpropGrad(gradients/fc1000/kernel_grad)Hç–ññºƒP”
"gradients/bn5c_branch2c/gamma_grad—ññºƒ …(…BTgradients/bn5c_branch2c/gamma_grad = BackpropGrad(gradients/bn5c_branch2c/beta_grad)H—ññºƒP™
$gradients/res5c_branch2c/kernel_grad†˜ññºƒ ¢(¢BWgradients/res5c_branch2c/kernel_grad = BackpropGrad(gradients/bn5c_branch2c/gamma_grad)H†˜ññºƒP“
!gradients/bn5c_branch2b/beta_grad¨ññºƒ (BVgradients/bn5c_branch2b/beta_grad = BackpropGrad(gradients/res5c_branch2c/kernel_grad)H¨ññºƒP’
"gradients/bn5c_branch2b/gamma_gradµññºƒ '('BTgradients/bn5c_branch2b/gamma_grad = BackpropGrad(gradients/bn5c_branch2b/beta_grad)HµññºƒP™
$gradients/res5c_branch2b/kernel_gradÜññºƒ •(•BWgradients/res5c_branch2b/kernel_grad = BackpropGrad(gradients/bn5c_branch2b/gamma_grad)HÜññºƒP“
!gradients/bn5c_branch2a/beta_gradñ©ññºƒ (BVgradients/bn5c_branch2a/beta_grad = BackpropGrad(gradients/res5c_branch2b/kernel_grad)Hñ©ññºƒP’
"gradients/bn5c_branch2a/gamma_gradş©ññºƒ &(&BTgradients/bn5c_branch2a/gamma_grad = BackpropGrad(gradients/bn5c_branch2a/beta_grad)Hş©ññºƒP™
$gradients/res5c_branch2a/kernel_grad¤ªññºƒ ‹(‹BWgradients/res5c_branch2a/kernel_grad = BackpropGrad(gradients/bn5c_branch2a/gamma_grad)H¤ªññºƒP“
!gradients/bn5b_branch2c/beta_grad¯¯ññºƒ (BVgradients/bn5b_branch2c/beta_grad = BackpropGrad(gradients/res5c_branch2a/kernel_grad)H¯¯ññºƒP”
"gradients/bn5b_branch2c/gamma_gradÊ¯ññºƒ …(…BTgradients/bn5b_branch2c/gamma_grad = BackpropGrad(gradients/bn5b_branch2c/beta_grad)HÊ¯ññºƒP™
$gradients/res5b_branch2c/kernel_gradÏ°ññºƒ Ÿ(ŸBWgradients/res5b_branch2c/kernel_grad = BackpropGrad(gradients/bn5b_branch2c/gamma_grad)HÏ°ññºƒP“
!gradients/bn5b_branch2b/beta_gradîµññºƒ (BVgradients/bn5b_branch2b/beta_grad = BackpropGrad(gradients/res5b_branch2c/kernel_grad)HîµññºƒP’
"gradients/bn5b_branch2b/gamma_gradúµññºƒ )()BTgradients/bn5b_branch2b/gamma_grad = BackpropGrad(gradients/bn5b_branch2b/beta_grad)HúµññºƒP™
$gradients/res5b_branch2b/kernel_grad£¶ññºƒ ²(²BWgradients/res5b_branch2b/kernel_grad = BackpropGrad(gradients/bn5b_branch2b/gamma_grad)H£¶ññºƒP“
!gradients/bn5b_branch2a/beta_gradÕÁññºƒ (BVgradients/bn5b_branch2a/beta_grad = BackpropGrad(gradients/res5b_branch2b/kernel_grad)HÕÁññºƒP’
"gradients/bn5b_branch2a/gamma_gradâÁññºƒ (((BTgradients/bn5b_branch2a/gamma_grad = BackpropGrad(gradients/bn5b_branch2a/beta_grad)HâÁññºƒP™
$gradients/res5b_branch2a/kernel_gradŠÂññºƒ ¬(¬BWgradients/res5b_branch2a/kernel_grad = BackpropGrad(gradients/bn5b_branch2a/gamma_grad)HŠÂññºƒP‘
 gradients/bn5a_branch1/beta_grad¶Çññºƒ (BUgradients/bn5a_branch1/beta_grad = BackpropGrad(gradients/res5b_branch2a/kernel_grad)H¶ÇññºƒP
!gradients/bn5a_branch1/gamma_gradÏÇññºƒ T(TBRgradients/bn5a_branch1/gamma_grad = BackpropGrad(gradients/bn5a_branch1/beta_grad)HÏÇññºƒP–
#gradients/res5a_branch1/kernel_grad£Èññºƒ ¯
(¯
BUgradients/res5a_branch1/kernel_grad = BackpropGrad(gradients/bn5a_branch1/gamma_grad)H£ÈññºƒP’
!gradients/bn5a_branch2c/beta_gradÒÒññºƒ (BUgradients/bn5a_branch2c/beta_grad = BackpropGrad(gradients/res5a_branch1/kernel_grad)HÒÒññºƒP”
"gradients/bn5a_branch2c/gamma_gradíÒññºƒ „(„BTgradients/bn5a_branch2c/gamma_grad = BackpropGrad(gradients/bn5a_branch2c/beta_grad)HíÒññºƒP™
$gradients/res5a_branch2c/kernel_gradñÓññºƒ ã(ãBWgradients/res5a_branch2c/kernel_grad = BackpropGrad(gradients/bn5a_branch2c/gamma_grad)HñÓññºƒP“
!gradients/bn5a_branch2b/beta_gradÔØññºƒ (BVgradients/bn5a_branch2b/beta_grad = BackpropGrad(gradients/res5a_branch2c/kernel_grad)HÔØññºƒP’
"gradients/bn5a_branch2b/gamma_gradáØññºƒ (((BTgradients/bn5a_branch2b/gamma_grad = BackpropGrad(gradients/bn5a_branch2b/beta_grad)HáØññºƒP™
$gradients/res5a_branch2b/kernel_grad‰Ùññºƒ Ú(ÚBWgradients/res5a_branch2b/kernel_grad = BackpropGrad(gradients/bn5a_branch2b/gamma_grad)H‰ÙññºƒP“
!gradients/bn5a_branch2a/beta_gradãäññºƒ (BVgradients/bn5a_branch2a/beta_grad = BackpropGrad(gradients/res5a_branch2b/kernel_grad)HãäññºƒP”
"gradients/bn5a_branch2a/gamma_gradıäññºƒ ‚(‚BTgradients/bn5a_branch2a/gamma_grad = BackpropGrad(gradients/bn5a_branch2a/beta_grad)HıäññºƒP™
$gradients/res5a_branch2a/kernel_gradÿåññºƒ ¤
(¤
BWgradients/res5a_branch2a/kernel_grad = BackpropGrad(gradients/bn5a_branch2a/gamma_grad)HÿåññºƒP“
!gradients/bn4f_branch2c/beta_grad£ğññºƒ *(*BVgradients/bn4f_branch2c/beta_grad = BackpropGrad(gradients/res5a_branch2a/kernel_grad)H£ğññºƒP”
"gradients/bn4f_branch2c/gamma_gradÍğññºƒ (BTgradients/bn4f_branch2c/gamma_grad = BackpropGrad(gradients/bn4f_branch2c/beta_grad)HÍğññºƒP™
$gradients/res4f_branch2c/kernel_gradÎòññºƒ ó(óBWgradients/res4f_branch2c/kernel_grad = BackpropGrad(gradients/bn4f_branch2c/gamma_grad)HÎòññºƒP“
!gradients/bn4f_branch2b/beta_gradÁ÷ññºƒ (BVgradients/bn4f_branch2b/beta_grad = BackpropGrad(gradients/res4f_branch2c/kernel_grad)HÁ÷ññºƒP’
"gradients/bn4f_branch2b/gamma_gradÒ÷ññºƒ I(IBTgradients/bn4f_branch2b/gamma_grad = BackpropGrad(gradients/bn4f_branch2b/beta_grad)HÒ÷ññºƒP™
$gradients/res4f_branch2b/kernel_grad›øññºƒ Ş(ŞBWgradients/res4f_branch2b/kernel_grad = BackpropGrad(gradients/bn4f_branch2b/gamma_grad)H›øññºƒP“
!gradients/bn4f_branch2a/beta_gradùƒòñºƒ (BVgradients/bn4f_branch2a/beta_grad = BackpropGrad(gradients/res4f_branch2b/kernel_grad)HùƒòñºƒP’
"gradients/bn4f_branch2a/gamma_gradŠ„òñºƒ H(HBTgradients/bn4f_branch2a/gamma_grad = BackpropGrad(gradients/bn4f_branch2a/beta_grad)HŠ„òñºƒP™
$gradients/res4f_branch2a/kernel_gradÒ„òñºƒ –(–BWgradients/res4f_branch2a/kernel_grad = BackpropGrad(gradients/bn4f_branch2a/gamma_grad)HÒ„òñºƒP“
!gradients/bn4e_branch2c/beta_gradè‰òñºƒ -(-BVgradients/bn4e_branch2c/beta_grad = BackpropGrad(gradients/res4f_branch2a/kernel_grad)Hè‰òñºƒP”
"gradients/bn4e_branch2c/gamma_grad•Šòñºƒ (BTgradients/bn4e_branch2c/gamma_grad = BackpropGrad(gradients/bn4e_branch2c/beta_grad)H•ŠòñºƒP™
$gradients/res4e_branch2c/kernel_grad¢Œòñºƒ ‚(‚BWgradients/res4e_branch2c/kernel_grad = BackpropGrad(gradients/bn4e_branch2c/gamma_grad)H¢ŒòñºƒP“
!gradients/bn4e_branch2b/beta_grad¤‘òñºƒ (BVgradients/bn4e_branch2b/beta_grad = BackpropGrad(gradients/res4e_branch2c/kernel_grad)H¤‘òñºƒP’
"gradients/bn4e_branch2b/gamma_gradµ‘òñºƒ K(KBTgradients/bn4e_branch2b/gamma_grad = BackpropGrad(gradients/bn4e_branch2b/beta_grad)Hµ‘òñºƒP™
$gradients/res4e_branch2b/kernel_grad€’òñºƒ ª(ªBWgradients/res4e_branch2b/kernel_grad = BackpropGrad(gradients/bn4e_branch2b/gamma_grad)H€’òñºƒP“
!gradients/bn4e_branch2a/beta_gradªòñºƒ (BVgradients/bn4e_branch2a/beta_grad = BackpropGrad(gradients/res4e_branch2b/kernel_grad)HªòñºƒP’
"gradients/bn4e_branch2a/gamma_gradºòñºƒ F(FBTgradients/bn4e_branch2a/gamma_grad = BackpropGrad(gradients/bn4e_branch2a/beta_grad)HºòñºƒP™
$gradients/res4e_branch2a/kernel_grad€òñºƒ š(šBWgradients/res4e_branch2a/kernel_grad = BackpropGrad(gradients/bn4e_branch2a/gamma_grad)H€òñºƒP“
!gradients/bn4d_branch2c/beta_gradš£òñºƒ ,(,BVgradients/bn4d_branch2c/beta_grad = BackpropGrad(gradients/res4e_branch2a/kernel_grad)Hš£òñºƒP”
"gradients/bn4d_branch2c/gamma_gradÆ£òñºƒ €(€BTgradients/bn4d_branch2c/gamma_grad = BackpropGrad(gradients/bn4d_branch2c/beta_grad)HÆ£òñºƒP™
$gradients/res4d_branch2c/kernel_gradÆ¥òñºƒ «(«BWgradients/res4d_branch2c/kernel_grad = BackpropGrad(gradients/bn4d_branch2c/gamma_grad)HÆ¥òñºƒP“
!gradients/bn4d_branch2b/beta_gradñªòñºƒ (BVgradients/bn4d_branch2b/beta_grad = BackpropGrad(gradients/res4d_branch2c/kernel_grad)HñªòñºƒP’
"gradients/bn4d_branch2b/gamma_grad‚«òñºƒ F(FBTgradients/bn4d_branch2b/gamma_grad = BackpropGrad(gradients/bn4d_branch2b/beta_grad)H‚«òñºƒP™
$gradients/res4d_branch2b/kernel_gradÈ«òñºƒ  ( BWgradients/res4d_branch2b/kernel_grad = BackpropGrad(gradients/bn4d_branch2b/gamma_grad)HÈ«òñºƒP“
!gradients/bn4d_branch2a/beta_gradè·òñºƒ (BVgradients/bn4d_branch2a/beta_grad = BackpropGrad(gradients/res4d_branch2b/kernel_grad)Hè·òñºƒP’
"gradients/bn4d_branch2a/gamma_gradù·òñºƒ H(HBTgradients/bn4d_branch2a/gamma_grad = BackpropGrad(gradients/bn4d_branch2a/beta_grad)Hù·òñºƒP™
$gradients/res4d_branch2a/kernel_gradÁ¸òñºƒ ·(·BWgradients/res4d_branch2a/kernel_grad = BackpropGrad(gradients/bn4d_branch2a/gamma_grad)HÁ¸òñºƒP“
!gradients/bn4c_branch2c/beta_gradø½òñºƒ 1(1BVgradients/bn4c_branch2c/beta_grad = BackpropGrad(gradients/res4d_branch2a/kernel_grad)Hø½òñºƒP”
"gradients/bn4c_branch2c/gamma_grad©¾òñºƒ ‚(‚BTgradients/bn4c_branch2c/gamma_grad = BackpropGrad(gradients/bn4c_branch2c/beta_grad)H©¾òñºƒP™
$gradients/res4c_branch2c/kernel_grad«Àòñºƒ ç(çBWgradients/res4c_branch2c/kernel_grad = BackpropGrad(gradients/bn4c_branch2c/gamma_grad)H«ÀòñºƒP“
!gradients/bn4c_branch2b/beta_grad’Åòñºƒ (BVgradients/bn4c_branch2b/beta_grad = BackpropGrad(gradients/res4c_branch2c/kernel_grad)H’ÅòñºƒP’
"gradients/bn4c_branch2b/gamma_grad£Åòñºƒ H(HBTgradients/bn4c_branch2b/gamma_grad = BackpropGrad(gradients/bn4c_branch2b/beta_grad)H£ÅòñºƒP™
$gradients/res4c_branch2b/kernel_gradëÅòñºƒ ¬(¬BWgradients/res4c_branch2b/kernel_grad = BackpropGrad(gradients/bn4c_branch2b/gamma_grad)HëÅòñºƒP“
!gradients/bn4c_branch2a/beta_grad—Ñòñºƒ (BVgradients/bn4c_branch2a/beta_grad = BackpropGrad(gradients/res4c_branch2b/kernel_grad)H—ÑòñºƒP’
"gradients/bn4c_branch2a/gamma_grad¨Ñòñºƒ I(IBTgradients/bn4c_branch2a/gamma_grad = BackpropGrad(gradients/bn4c_branch2a/beta_grad)H¨ÑòñºƒP™
$gradients/res4c_branch2a/kernel_gradñÑòñºƒ (BWgradients/res4c_branch2a/kernel_grad = BackpropGrad(gradients/bn4c_branch2a/gamma_grad)HñÑòñºƒP“
!gradients/bn4b_branch2c/beta_grad€×òñºƒ ,(,BVgradients/bn4b_branch2c/beta_grad = BackpropGrad(gradients/res4c_branch2a/kernel_grad)H€×òñºƒP”
"gradients/bn4b_branch2c/gamma_grad¬×òñºƒ ü(üBTgradients/bn4b_branch2c/gamma_grad = BackpropGrad(gradients/bn4b_branch2c/beta_grad)H¬×òñºƒP™
$gradients/res4b_branch2c/kernel_grad¨Ùòñºƒ (BWgradients/res4b_branch2c/kernel_grad = BackpropGrad(gradients/bn4b_branch2c/gamma_grad)H¨ÙòñºƒP“
!gradients/bn4b_branch2b/beta_gradÅŞòñºƒ (BVgradients/bn4b_branch2b/beta_grad = BackpropGrad(gradients/res4b_branch2c/kernel_grad)HÅŞòñºƒP’
"gradients/bn4b_branch2b/gamma_gradÖŞòñºƒ H(HBTgradients/bn4b_branch2b/gamma_grad = BackpropGrad(gradients/bn4b_branch2b/beta_grad)HÖŞòñºƒP™
$gradients/res4b_branch2b/kernel_gradßòñºƒ Ç(ÇBWgradients/res4b_branch2b/kernel_grad = BackpropGrad(gradients/bn4b_branch2b/gamma_grad)HßòñºƒP“
!gradients/bn4b_branch2a/beta_gradåëòñºƒ (BVgradients/bn4b_branch2a/beta_grad = BackpropGrad(gradients/res4b_branch2b/kernel_grad)HåëòñºƒP’
"gradients/bn4b_branch2a/gamma_gradöëòñºƒ H(HBTgradients/bn4b_branch2a/gamma_grad = BackpropGrad(gradients/bn4b_branch2a/beta_grad)HöëòñºƒP™
$gradients/res4b_branch2a/kernel_grad¾ìòñºƒ (BWgradients/res4b_branch2a/kernel_grad = BackpropGrad(gradients/bn4b_branch2a/gamma_grad)H¾ìòñºƒP‘
 gradients/bn4a_branch1/beta_gradÜñòñºƒ )()BUgradients/bn4a_branch1/beta_grad = BackpropGrad(gradients/res4b_branch2a/kernel_grad)HÜñòñºƒP‘
!gradients/bn4a_branch1/gamma_grad…òòñºƒ ™(™BRgradients/bn4a_branch1/gamma_grad = BackpropGrad(gradients/bn4a_branch1/beta_grad)H…òòñºƒP–
#gradients/res4a_branch1/kernel_gradóòñºƒ §
(§
BUgradients/res4a_branch1/kernel_grad = BackpropGrad(gradients/bn4a_branch1/gamma_grad)HóòñºƒP’
!gradients/bn4a_branch2c/beta_gradÅıòñºƒ .(.BUgradients/bn4a_branch2c/beta_grad = BackpropGrad(gradients/res4a_branch1/kernel_grad)HÅıòñºƒP”
"gradients/bn4a_branch2c/gamma_gradóıòñºƒ ş(şBTgradients/bn4a_branch2c/gamma_grad = BackpropGrad(gradients/bn4a_branch2c/beta_grad)HóıòñºƒP™
$gradients/res4a_branch2c/kernel_gradñÿòñºƒ œ(œBWgradients/res4a_branch2c/kernel_grad = BackpropGrad(gradients/bn4a_branch2c/gamma_grad)HñÿòñºƒP“
!gradients/bn4a_branch2b/beta_grad…óñºƒ (BVgradients/bn4a_branch2b/beta_grad = BackpropGrad(gradients/res4a_branch2c/kernel_grad)H…óñºƒP’
"gradients/bn4a_branch2b/gamma_grad…óñºƒ G(GBTgradients/bn4a_branch2b/gamma_grad = BackpropGrad(gradients/bn4a_branch2b/beta_grad)H…óñºƒP™
$gradients/res4a_branch2b/kernel_gradå…óñºƒ È(ÈBWgradients/res4a_branch2b/kernel_grad = BackpropGrad(gradients/bn4a_branch2b/gamma_grad)Hå…óñºƒP“
!gradients/bn4a_branch2a/beta_grad­‘óñºƒ ,(,BVgradients/bn4a_branch2a/beta_grad = BackpropGrad(gradients/res4a_branch2b/kernel_grad)H­‘óñºƒP”
"gradients/bn4a_branch2a/gamma_gradÙ‘óñºƒ (BTgradients/bn4a_branch2a/gamma_grad = BackpropGrad(gradients/bn4a_branch2a/beta_grad)HÙ‘óñºƒP™
$gradients/res4a_branch2a/kernel_gradÚ“óñºƒ ÷	(÷	BWgradients/res4a_branch2a/kernel_grad = BackpropGrad(gradients/bn4a_branch2a/gamma_grad)HÚ“óñºƒP“
!gradients/bn3d_branch2c/beta_gradÑóñºƒ M(MBVgradients/bn3d_branch2c/beta_grad = BackpropGrad(gradients/res4a_branch2a/kernel_grad)HÑóñºƒP”
"gradients/bn3d_branch2c/gamma_gradóñºƒ ‹(‹BTgradients/bn3d_branch2c/gamma_grad = BackpropGrad(gradients/bn3d_branch2c/beta_grad)HóñºƒP™
$gradients/res3d_branch2c/kernel_grad©¢óñºƒ Œ(ŒBWgradients/res3d_branch2c/kernel_grad = BackpropGrad(gradients/bn3d_branch2c/gamma_grad)H©¢óñºƒP“
!gradients/bn3d_branch2b/beta_gradµ§óñºƒ (BVgradients/bn3d_branch2b/beta_grad = BackpropGrad(gradients/res3d_branch2c/kernel_grad)Hµ§óñºƒP”
"gradients/bn3d_branch2b/gamma_gradÏ§óñºƒ „(„BTgradients/bn3d_branch2b/gamma_grad = BackpropGrad(gradients/bn3d_branch2b/beta_grad)HÏ§óñºƒP™
$gradients/res3d_branch2b/kernel_gradÓ¨óñºƒ ¡(¡BWgradients/res3d_branch2b/kernel_grad = BackpropGrad(gradients/bn3d_branch2b/gamma_grad)HÓ¨óñºƒP“
!gradients/bn3d_branch2a/beta_gradô³óñºƒ (BVgradients/bn3d_branch2a/beta_grad = BackpropGrad(gradients/res3d_branch2b/kernel_grad)Hô³óñºƒP”
"gradients/bn3d_branch2a/gamma_grad´óñºƒ ˆ(ˆBTgradients/bn3d_branch2a/gamma_grad = BackpropGrad(gradients/bn3d_branch2a/beta_grad)H´óñºƒP™
$gradients/res3d_branch2a/kernel_grad˜µóñºƒ €(€BWgradients/res3d_branch2a/kernel_grad = BackpropGrad(gradients/bn3d_branch2a/gamma_grad)H˜µóñºƒP“
!gradients/bn3c_branch2c/beta_grad˜ºóñºƒ Q(QBVgradients/bn3c_branch2c/beta_grad = BackpropGrad(gradients/res3d_branch2a/kernel_grad)H˜ºóñºƒP”
"gradients/bn3c_branch2c/gamma_gradéºóñºƒ ’(’BTgradients/bn3c_branch2c/gamma_grad = BackpropGrad(gradients/bn3c_branch2c/beta_grad)HéºóñºƒP™
$gradients/res3c_branch2c/kernel_gradû¾óñºƒ (BWgradients/res3c_branch2c/kernel_grad = BackpropGrad(gradients/bn3c_branch2c/gamma_grad)Hû¾óñºƒP“
!gradients/bn3c_branch2b/beta_gradˆÄóñºƒ (BVgradients/bn3c_branch2b/beta_grad = BackpropGrad(gradients/res3c_branch2c/kernel_grad)HˆÄóñºƒP”
"gradients/bn3c_branch2b/gamma_grad¢Äóñºƒ †(†BTgradients/bn3c_branch2b/gamma_grad = BackpropGrad(gradients/bn3c_branch2b/beta_grad)H¢ÄóñºƒP™
$gradients/res3c_branch2b/kernel_grad¨Åóñºƒ š(šBWgradients/res3c_branch2b/kernel_grad = BackpropGrad(gradients/bn3c_branch2b/gamma_grad)H¨ÅóñºƒP“
!gradients/bn3c_branch2a/beta_gradÂĞóñºƒ (BVgradients/bn3c_branch2a/beta_grad = BackpropGrad(gradients/res3c_branch2b/kernel_grad)HÂĞóñºƒP”
"gradients/bn3c_branch2a/gamma_gradİĞóñºƒ (BTgradients/bn3c_branch2a/gamma_grad = BackpropGrad(gradients/bn3c_branch2a/beta_grad)HİĞóñºƒP™
$gradients/res3c_branch2a/kernel_gradëÑóñºƒ ˜(˜BWgradients/res3c_branch2a/kernel_grad = BackpropGrad(gradients/bn3c_branch2a/gamma_grad)HëÑóñºƒP“
!gradients/bn3b_branch2c/beta_gradƒ×óñºƒ T(TBVgradients/bn3b_branch2c/beta_grad = BackpropGrad(gradients/res3c_branch2a/kernel_grad)Hƒ×óñºƒP”
"gradients/bn3b_branch2c/gamma_grad××óñºƒ ñ(ñBTgradients/bn3b_branch2c/gamma_grad = BackpropGrad(gradients/bn3b_branch2c/beta_grad)H××óñºƒP™
$gradients/res3b_branch2c/kernel_gradÈÛóñºƒ ò(òBWgradients/res3b_branch2c/kernel_grad = BackpropGrad(gradients/bn3b_branch2c/gamma_grad)HÈÛóñºƒP“
!gradients/bn3b_branch2b/beta_gradºàóñºƒ (BVgradients/bn3b_branch2b/beta_grad = BackpropGrad(gradients/res3b_branch2c/kernel_grad)HºàóñºƒP”
"gradients/bn3b_branch2b/gamma_gradÕàóñºƒ Š(ŠBTgradients/bn3b_branch2b/gamma_grad = BackpropGrad(gradients/bn3b_branch2b/beta_grad)HÕàóñºƒP™
$gradients/res3b_branch2b/kernel_gradßáóñºƒ ª(ªBWgradients/res3b_branch2b/kernel_grad = BackpropGrad(gradients/bn3b_branch2b/gamma_grad)HßáóñºƒP“
!gradients/bn3b_branch2a/beta_grad‰íóñºƒ (BVgradients/bn3b_branch2a/beta_grad = BackpropGrad(gradients/res3b_branch2b/kernel_grad)H‰íóñºƒP”
"gradients/bn3b_branch2a/gamma_grad¢íóñºƒ „(„BTgradients/bn3b_branch2a/gamma_grad = BackpropGrad(gradients/bn3b_branch2a/beta_grad)H¢íóñºƒP™
$gradients/res3b_branch2a/kernel_grad¦îóñºƒ ’(’BWgradients/res3b_branch2a/kernel_grad = BackpropGrad(gradients/bn3b_branch2a/gamma_grad)H¦îóñºƒP‘
 gradients/bn3a_branch1/beta_grad¸óóñºƒ O(OBUgradients/bn3a_branch1/beta_grad = BackpropGrad(gradients/res3b_branch2a/kernel_grad)H¸óóñºƒP‘
!gradients/bn3a_branch1/gamma_grad‡ôóñºƒ ¬(¬BRgradients/bn3a_branch1/gamma_grad = BackpropGrad(gradients/bn3a_branch1/beta_grad)H‡ôóñºƒP–
#gradients/res3a_branch1/kernel_grad³öóñºƒ Ä
(Ä
BUgradients/res3a_branch1/kernel_grad = BackpropGrad(gradients/bn3a_branch1/gamma_grad)H³öóñºƒP’
!gradients/bn3a_branch2c/beta_grad÷€ôñºƒ O(OBUgradients/bn3a_branch2c/beta_grad = BackpropGrad(gradients/res3a_branch1/kernel_grad)H÷€ôñºƒP”
"gradients/bn3a_branch2c/gamma_gradÆôñºƒ ’(’BTgradients/bn3a_branch2c/gamma_grad = BackpropGrad(gradients/bn3a_branch2c/beta_grad)HÆôñºƒP™
$gradients/res3a_branch2c/kernel_gradØ…ôñºƒ †(†BWgradients/res3a_branch2c/kernel_grad = BackpropGrad(gradients/bn3a_branch2c/gamma_grad)HØ…ôñºƒP“
!gradients/bn3a_branch2b/beta_gradŞŠôñºƒ (BVgradients/bn3a_branch2b/beta_grad = BackpropGrad(gradients/res3a_branch2c/kernel_grad)HŞŠôñºƒP”
"gradients/bn3a_branch2b/gamma_gradøŠôñºƒ Š(ŠBTgradients/bn3a_branch2b/gamma_grad = BackpropGrad(gradients/bn3a_branch2b/beta_grad)HøŠôñºƒP™
$gradients/res3a_branch2b/kernel_grad‚Œôñºƒ ˆ(ˆBWgradients/res3a_branch2b/kernel_grad = BackpropGrad(gradients/bn3a_branch2b/gamma_grad)H‚ŒôñºƒP“
!gradients/bn3a_branch2a/beta_gradŠ˜ôñºƒ Q(QBVgradients/bn3a_branch2a/beta_grad = BackpropGrad(gradients/res3a_branch2b/kernel_grad)HŠ˜ôñºƒP”
"gradients/bn3a_branch2a/gamma_gradÛ˜ôñºƒ ù(ùBTgradients/bn3a_branch2a/gamma_grad = BackpropGrad(gradients/bn3a_branch2a/beta_grad)HÛ˜ôñºƒP™
$gradients/res3a_branch2a/kernel_gradÔœôñºƒ …
(…
BWgradients/res3a_branch2a/kernel_grad = BackpropGrad(gradients/bn3a_branch2a/gamma_grad)HÔœôñºƒP•
!gradients/bn2c_branch2c/beta_gradÙ¦ôñºƒ ’(’BVgradients/bn2c_branch2c/beta_grad = BackpropGrad(gradients/res3a_branch2a/kernel_grad)HÙ¦ôñºƒP”
"gradients/bn2c_branch2c/gamma_gradë§ôñºƒ ¥(¥BTgradients/bn2c_branch2c/gamma_grad = BackpropGrad(gradients/bn2c_branch2c/beta_grad)Hë§ôñºƒP™
$gradients/res2c_branch2c/kernel_grad°ôñºƒ š(šBWgradients/res2c_branch2c/kernel_grad = BackpropGrad(gradients/bn2c_branch2c/gamma_grad)H°ôñºƒP“
!gradients/bn2c_branch2b/beta_gradªµôñºƒ ,(,BVgradients/bn2c_branch2b/beta_grad = BackpropGrad(gradients/res2c_branch2c/kernel_grad)HªµôñºƒP”
"gradients/bn2c_branch2b/gamma_gradÖµôñºƒ €(€BTgradients/bn2c_branch2b/gamma_grad = BackpropGrad(gradients/bn2c_branch2b/beta_grad)HÖµôñºƒP™
$gradients/res2c_branch2b/kernel_gradÖ·ôñºƒ à(àBWgradients/res2c_branch2b/kernel_grad = BackpropGrad(gradients/bn2c_branch2b/gamma_grad)HÖ·ôñºƒP“
!gradients/bn2c_branch2a/beta_grad¶Ãôñºƒ -(-BVgradients/bn2c_branch2a/beta_grad = BackpropGrad(gradients/res2c_branch2b/kernel_grad)H¶ÃôñºƒP”
"gradients/bn2c_branch2a/gamma_gradãÃôñºƒ …(…BTgradients/bn2c_branch2a/gamma_grad = BackpropGrad(gradients/bn2c_branch2a/beta_grad)HãÃôñºƒP™
$gradients/res2c_branch2a/kernel_gradèÅôñºƒ ¨(¨BWgradients/res2c_branch2a/kernel_grad = BackpropGrad(gradients/bn2c_branch2a/gamma_grad)HèÅôñºƒP•
!gradients/bn2b_branch2c/beta_gradËôñºƒ š(šBVgradients/bn2b_branch2c/beta_grad = BackpropGrad(gradients/res2c_branch2a/kernel_grad)HËôñºƒP”
"gradients/bn2b_branch2c/gamma_gradªÌôñºƒ Ü(ÜBTgradients/bn2b_branch2c/gamma_grad = BackpropGrad(gradients/bn2b_branch2c/beta_grad)HªÌôñºƒP™
$gradients/res2b_branch2c/kernel_grad†Ôôñºƒ ±(±BWgradients/res2b_branch2c/kernel_grad = BackpropGrad(gradients/bn2b_branch2c/gamma_grad)H†ÔôñºƒP“
!gradients/bn2b_branch2b/beta_grad·Ùôñºƒ +(+BVgradients/bn2b_branch2b/beta_grad = BackpropGrad(gradients/res2b_branch2c/kernel_grad)H·ÙôñºƒP”
"gradients/bn2b_branch2b/gamma_gradâÙôñºƒ (BTgradients/bn2b_branch2b/gamma_grad = BackpropGrad(gradients/bn2b_branch2b/beta_grad)HâÙôñºƒP™
$gradients/res2b_branch2b/kernel_gradãÛôñºƒ ™(™BWgradients/res2b_branch2b/kernel_grad = BackpropGrad(gradients/bn2b_branch2b/gamma_grad)HãÛôñºƒP“
!gradients/bn2b_branch2a/beta_gradüçôñºƒ ,(,BVgradients/bn2b_branch2a/beta_grad = BackpropGrad(gradients/res2b_branch2b/kernel_grad)HüçôñºƒP”
"gradients/bn2b_branch2a/gamma_grad¨èôñºƒ „(„BTgradients/bn2b_branch2a/gamma_grad = BackpropGrad(gradients/bn2b_branch2a/beta_grad)H¨èôñºƒP™
$gradients/res2b_branch2a/kernel_grad¬êôñºƒ £(£BWgradients/res2b_branch2a/kernel_grad = BackpropGrad(gradients/bn2b_branch2a/gamma_grad)H¬êôñºƒP“
 gradients/bn2a_branch1/beta_gradÏïôñºƒ Ÿ(ŸBUgradients/bn2a_branch1/beta_grad = BackpropGrad(gradients/res2b_branch2a/kernel_grad)HÏïôñºƒP‘
!gradients/bn2a_branch1/gamma_gradîğôñºƒ Ï(ÏBRgradients/bn2a_branch1/gamma_grad = BackpropGrad(gradients/bn2a_branch1/beta_grad)HîğôñºƒP–
#gradients/res2a_branch1/kernel_grad½õôñºƒ ¬(¬BUgradients/res2a_branch1/kernel_grad = BackpropGrad(gradients/bn2a_branch1/gamma_grad)H½õôñºƒP”
!gradients/bn2a_branch2c/beta_gradéúôñºƒ ™(™BUgradients/bn2a_branch2c/beta_grad = BackpropGrad(gradients/res2a_branch1/kernel_grad)HéúôñºƒP”
"gradients/bn2a_branch2c/gamma_grad‚üôñºƒ é(éBTgradients/bn2a_branch2c/gamma_grad = BackpropGrad(gradients/bn2a_branch2c/beta_grad)H‚üôñºƒP™
$gradients/res2a_branch2c/kernel_gradëƒõñºƒ (BWgradients/res2a_branch2c/kernel_grad = BackpropGrad(gradients/bn2a_branch2c/gamma_grad)HëƒõñºƒP“
!gradients/bn2a_branch2b/beta_gradûˆõñºƒ *(*BVgradients/bn2a_branch2b/beta_grad = BackpropGrad(gradients/res2a_branch2c/kernel_grad)HûˆõñºƒP”
"gradients/bn2a_branch2b/gamma_grad¥‰õñºƒ ‡(‡BTgradients/bn2a_branch2b/gamma_grad = BackpropGrad(gradients/bn2a_branch2b/beta_grad)H¥‰õñºƒP™
$gradients/res2a_branch2b/kernel_grad¬‹õñºƒ ê(êBWgradients/res2a_branch2b/kernel_grad = BackpropGrad(gradients/bn2a_branch2b/gamma_grad)H¬‹õñºƒP“
!gradients/bn2a_branch2a/beta_grad–—õñºƒ /(/BVgradients/bn2a_branch2a/beta_grad = BackpropGrad(gradients/res2a_branch2b/kernel_grad)H–—õñºƒP”
"gradients/bn2a_branch2a/gamma_gradÅ—õñºƒ (BTgradients/bn2a_branch2a/gamma_grad = BackpropGrad(gradients/bn2a_branch2a/beta_grad)HÅ—õñºƒP™
$gradients/res2a_branch2a/kernel_gradÒ™õñºƒ ®(®BWgradients/res2a_branch2a/kernel_grad = BackpropGrad(gradients/bn2a_branch2a/gamma_grad)HÒ™õñºƒP‹
gradients/bn_conv1/beta_grad€›õñºƒ  ( BQgradients/bn_conv1/beta_grad = BackpropGrad(gradients/res2a_branch2a/kernel_grad)H€›õñºƒP…
gradients/bn_conv1/gamma_grad œõñºƒ ñ
(ñ
BJgradients/bn_conv1/gamma_grad = BackpropGrad(gradients/bn_conv1/beta_grad)H œõñºƒP‚
gradients/conv1/kernel_grad‘§õñºƒ à(àBIgradients/conv1/kernel_grad = BackpropGrad(gradients/bn_conv1/gamma_grad)H‘§õñºƒP
¶ 
%/job:ps/replica:0/task:0/device:CPU:0W
conv1/kernel/read‘øëñºƒ (B*conv1/kernel/read = Identity(conv1/kernel)H‘øëñºƒP]
bn_conv1/gamma/read“øëñºƒ (B.bn_conv1/gamma/read = Identity(bn_conv1/gamma)H“øëñºƒPZ
bn_conv1/beta/read–øëñºƒ (B,bn_conv1/beta/read = Identity(bn_conv1/beta)H–øëñºƒPr
res2a_branch2a/kernel/read™øëñºƒ (B<res2a_branch2a/kernel/read = Identity(res2a_branch2a/kernel)H™øëñºƒPl
bn2a_branch2a/gamma/readœøëñºƒ (B8bn2a_branch2a/gamma/read = Identity(bn2a_branch2a/gamma)HœøëñºƒPi
bn2a_branch2a/beta/readŸøëñºƒ (B6bn2a_branch2a/beta/read = Identity(bn2a_branch2a/beta)HŸøëñºƒPr
res2a_branch2b/kernel/read¢øëñºƒ (B<res2a_branch2b/kernel/read = Identity(res2a_branch2b/kernel)H¢øëñºƒPl
bn2a_branch2b/gamma/read¥øëñºƒ (B8bn2a_branch2b/gamma/read = Identity(bn2a_branch2b/gamma)H¥øëñºƒPi
bn2a_branch2b/beta/read¨øëñºƒ (B6bn2a_branch2b/beta/read = Identity(bn2a_branch2b/beta)H¨øëñºƒPr
res2a_branch2c/kernel/read«øëñºƒ (B<res2a_branch2c/kernel/read = Identity(res2a_branch2c/kernel)H«øëñºƒPl
bn2a_branch2c/gamma/read®øëñºƒ (B8bn2a_branch2c/gamma/read = Identity(bn2a_branch2c/gamma)H®øëñºƒPi
bn2a_branch2c/beta/read±øëñºƒ (B6bn2a_branch2c/beta/read = Identity(bn2a_branch2c/beta)H±øëñºƒPo
res2a_branch1/kernel/read´øëñºƒ (B:res2a_branch1/kernel/read = Identity(res2a_branch1/kernel)H´øëñºƒPi
bn2a_branch1/gamma/read·øëñºƒ (B6bn2a_branch1/gamma/read = Identity(bn2a_branch1/gamma)H·øëñºƒPf
bn2a_branch1/beta/readºøëñºƒ (B4bn2a_branch1/beta/read = Identity(bn2a_branch1/beta)HºøëñºƒPr
res2b_branch2a/kernel/read½øëñºƒ (B<res2b_branch2a/kernel/read = Identity(res2b_branch2a/kernel)H½øëñºƒPl
bn2b_branch2a/gamma/readÁøëñºƒ (B8bn2b_branch2a/gamma/read = Identity(bn2b_branch2a/gamma)HÁøëñºƒPi
bn2b_branch2a/beta/readÄøëñºƒ (B6bn2b_branch2a/beta/read = Identity(bn2b_branch2a/beta)HÄøëñºƒPr
res2b_branch2b/kernel/readÆøëñºƒ (B<res2b_branch2b/kernel/read = Identity(res2b_branch2b/kernel)HÆøëñºƒPl
bn2b_branch2b/gamma/readÊøëñºƒ (B8bn2b_branch2b/gamma/read = Identity(bn2b_branch2b/gamma)HÊøëñºƒPi
bn2b_branch2b/beta/readÌøëñºƒ (B6bn2b_branch2b/beta/read = Identity(bn2b_branch2b/beta)HÌøëñºƒPr
res2b_branch2c/kernel/readĞøëñºƒ (B<res2b_branch2c/kernel/read = Identity(res2b_branch2c/kernel)HĞøëñºƒPl
bn2b_branch2c/gamma/readÓøëñºƒ (B8bn2b_branch2c/gamma/read = Identity(bn2b_branch2c/gamma)HÓøëñºƒPi
bn2b_branch2c/beta/readÖøëñºƒ (B6bn2b_branch2c/beta/read = Identity(bn2b_branch2c/beta)HÖøëñºƒPr
res2c_branch2a/kernel/readÙøëñºƒ (B<res2c_branch2a/kernel/read = Identity(res2c_branch2a/kernel)HÙøëñºƒPl
bn2c_branch2a/gamma/readÛøëñºƒ (B8bn2c_branch2a/gamma/read = Identity(bn2c_branch2a/gamma)HÛøëñºƒPi
bn2c_branch2a/beta/readŞøëñºƒ (B6bn2c_branch2a/beta/read = Identity(bn2c_branch2a/beta)HŞøëñºƒPr
res2c_branch2b/kernel/readáøëñºƒ (B<res2c_branch2b/kernel/read = Identity(res2c_branch2b/kernel)HáøëñºƒPl
bn2c_branch2b/gamma/readäøëñºƒ (B8bn2c_branch2b/gamma/read = Identity(bn2c_branch2b/gamma)HäøëñºƒPi
bn2c_branch2b/beta/readçøëñºƒ (B6bn2c_branch2b/beta/read = Identity(bn2c_branch2b/beta)HçøëñºƒPr
res2c_branch2c/kernel/readêøëñºƒ (B<res2c_branch2c/kernel/read = Identity(res2c_branch2c/kernel)HêøëñºƒPl
bn2c_branch2c/gamma/readíøëñºƒ (B8bn2c_branch2c/gamma/read = Identity(bn2c_branch2c/gamma)HíøëñºƒPi
bn2c_branch2c/beta/readñøëñºƒ (B6bn2c_branch2c/beta/read = Identity(bn2c_branch2c/beta)HñøëñºƒPr
res3a_branch2a/kernel/readóøëñºƒ (B<res3a_branch2a/kernel/read = Identity(res3a_branch2a/kernel)HóøëñºƒPl
bn3a_branch2a/gamma/readöøëñºƒ (B8bn3a_branch2a/gamma/read = Identity(bn3a_branch2a/gamma)HöøëñºƒPi
bn3a_branch2a/beta/readùøëñºƒ (B6bn3a_branch2a/beta/read = Identity(bn3a_branch2a/beta)HùøëñºƒPr
res3a_branch2b/kernel/readıøëñºƒ (B<res3a_branch2b/kernel/read = Identity(res3a_branch2b/kernel)HıøëñºƒPl
bn3a_branch2b/gamma/readÿøëñºƒ (B8bn3a_branch2b/gamma/read = Identity(bn3a_branch2b/gamma)HÿøëñºƒPi
bn3a_branch2b/beta/read‚ùëñºƒ (B6bn3a_branch2b/beta/read = Identity(bn3a_branch2b/beta)H‚ùëñºƒPr
res3a_branch2c/kernel/read…ùëñºƒ (B<res3a_branch2c/kernel/read = Identity(res3a_branch2c/kernel)H…ùëñºƒPl
bn3a_branch2c/gamma/readˆùëñºƒ (B8bn3a_branch2c/gamma/read = Identity(bn3a_branch2c/gamma)HˆùëñºƒPi
bn3a_branch2c/beta/read‹ùëñºƒ (B6bn3a_branch2c/beta/read = Identity(bn3a_branch2c/beta)H‹ùëñºƒPo
res3a_branch1/kernel/readùëñºƒ (B:res3a_branch1/kernel/read = Identity(res3a_branch1/kernel)HùëñºƒPi
bn3a_branch1/gamma/read‘ùëñºƒ (B6bn3a_branch1/gamma/read = Identity(bn3a_branch1/gamma)H‘ùëñºƒPf
bn3a_branch1/beta/read”ùëñºƒ (B4bn3a_branch1/beta/read = Identity(bn3a_branch1/beta)H”ùëñºƒPr
res3b_branch2a/kernel/read—ùëñºƒ (B<res3b_branch2a/kernel/read = Identity(res3b_branch2a/kernel)H—ùëñºƒPl
bn3b_branch2a/gamma/readšùëñºƒ (B8bn3b_branch2a/gamma/read = Identity(bn3b_branch2a/gamma)HšùëñºƒPi
bn3b_branch2a/beta/readùëñºƒ (B6bn3b_branch2a/beta/read = Identity(bn3b_branch2a/beta)HùëñºƒPr
res3b_branch2b/kernel/read ùëñºƒ (B<res3b_branch2b/kernel/read = Identity(res3b_branch2b/kernel)H ùëñºƒPl
bn3b_branch2b/gamma/read£ùëñºƒ (B8bn3b_branch2b/gamma/read = Identity(bn3b_branch2b/gamma)H£ùëñºƒPi
bn3b_branch2b/beta/read¦ùëñºƒ (B6bn3b_branch2b/beta/read = Identity(bn3b_branch2b/beta)H¦ùëñºƒPr
res3b_branch2c/kernel/read©ùëñºƒ (B<res3b_branch2c/kernel/read = Identity(res3b_branch2c/kernel)H©ùëñºƒPl
bn3b_branch2c/gamma/read¬ùëñºƒ (B8bn3b_branch2c/gamma/read = Identity(bn3b_branch2c/gamma)H¬ùëñºƒPi
bn3b_branch2c/beta/read¯ùëñºƒ (B6bn3b_branch2c/beta/read = Identity(bn3b_branch2c/beta)H¯ùëñºƒPr
res3c_branch2a/kernel/read²ùëñºƒ (B<res3c_branch2a/kernel/read = Identity(res3c_branch2a/kernel)H²ùëñºƒPl
bn3c_branch2a/gamma/readµùëñºƒ (B8bn3c_branch2a/gamma/read = Identity(bn3c_branch2a/gamma)HµùëñºƒPi
bn3c_branch2a/beta/read¸ùëñºƒ (B6bn3c_branch2a/beta/read = Identity(bn3c_branch2a/beta)H¸ùëñºƒPr
res3c_branch2b/kernel/read»ùëñºƒ (B<res3c_branch2b/kernel/read = Identity(res3c_branch2b/kernel)H»ùëñºƒPl
bn3c_branch2b/gamma/read¾ùëñºƒ (B8bn3c_branch2b/gamma/read = Identity(bn3c_branch2b/gamma)H¾ùëñºƒPi
bn3c_branch2b/beta/readÁùëñºƒ (B6bn3c_branch2b/beta/read = Identity(bn3c_branch2b/beta)HÁùëñºƒPr
res3c_branch2c/kernel/readÄùëñºƒ (B<res3c_branch2c/kernel/read = Identity(res3c_branch2c/kernel)HÄùëñºƒPl
bn3c_branch2c/gamma/readÇùëñºƒ (B8bn3c_branch2c/gamma/read = Identity(bn3c_branch2c/gamma)HÇùëñºƒPi
bn3c_branch2c/beta/readÊùëñºƒ (B6bn3c_branch2c/beta/read = Identity(bn3c_branch2c/beta)HÊùëñºƒPr
res3d_branch2a/kernel/readÍùëñºƒ (B<res3d_branch2a/kernel/read = Identity(res3d_branch2a/kernel)HÍùëñºƒPl
bn3d_branch2a/gamma/readĞùëñºƒ (B8bn3d_branch2a/gamma/read = Identity(bn3d_branch2a/gamma)HĞùëñºƒPi
bn3d_branch2a/beta/readÓùëñºƒ (B6bn3d_branch2a/beta/read = Identity(bn3d_branch2a/beta)HÓùëñºƒPr
res3d_branch2b/kernel/read×ùëñºƒ (B<res3d_branch2b/kernel/read = Identity(res3d_branch2b/kernel)H×ùëñºƒPl
bn3d_branch2b/gamma/readÚùëñºƒ (B8bn3d_branch2b/gamma/read = Identity(bn3d_branch2b/gamma)HÚùëñºƒPi
bn3d_branch2b/beta/readİùëñºƒ (B6bn3d_branch2b/beta/read = Identity(bn3d_branch2b/beta)HİùëñºƒPr
res3d_branch2c/kernel/readàùëñºƒ (B<res3d_branch2c/kernel/read = Identity(res3d_branch2c/kernel)HàùëñºƒPl
bn3d_branch2c/gamma/readãùëñºƒ (B8bn3d_branch2c/gamma/read = Identity(bn3d_branch2c/gamma)HãùëñºƒPi
bn3d_branch2c/beta/readæùëñºƒ (B6bn3d_branch2c/beta/read = Identity(bn3d_branch2c/beta)HæùëñºƒPr
res4a_branch2a/kernel/readéùëñºƒ (B<res4a_branch2a/kernel/read = Identity(res4a_branch2a/kernel)HéùëñºƒPl
bn4a_branch2a/gamma/readìùëñºƒ (B8bn4a_branch2a/gamma/read = Identity(bn4a_branch2a/gamma)HìùëñºƒPi
bn4a_branch2a/beta/readîùëñºƒ (B6bn4a_branch2a/beta/read = Identity(bn4a_branch2a/beta)HîùëñºƒPr
res4a_branch2b/kernel/readòùëñºƒ (B<res4a_branch2b/kernel/read = Identity(res4a_branch2b/kernel)HòùëñºƒPl
bn4a_branch2b/gamma/readõùëñºƒ (B8bn4a_branch2b/gamma/read = Identity(bn4a_branch2b/gamma)HõùëñºƒPi
bn4a_branch2b/beta/readøùëñºƒ (B6bn4a_branch2b/beta/read = Identity(bn4a_branch2b/beta)HøùëñºƒPr
res4a_branch2c/kernel/readûùëñºƒ (B<res4a_branch2c/kernel/read = Identity(res4a_branch2c/kernel)HûùëñºƒPl
bn4a_branch2c/gamma/readşùëñºƒ (B8bn4a_branch2c/gamma/read = Identity(bn4a_branch2c/gamma)HşùëñºƒPi
bn4a_branch2c/beta/read€úëñºƒ (B6bn4a_branch2c/beta/read = Identity(bn4a_branch2c/beta)H€úëñºƒPo
res4a_branch1/kernel/readƒúëñºƒ (B:res4a_branch1/kernel/read = Identity(res4a_branch1/kernel)HƒúëñºƒPi
bn4a_branch1/gamma/read†úëñºƒ (B6bn4a_branch1/gamma/read = Identity(bn4a_branch1/gamma)H†úëñºƒPf
bn4a_branch1/beta/read‰úëñºƒ (B4bn4a_branch1/beta/read = Identity(bn4a_branch1/beta)H‰úëñºƒPr
res4b_branch2a/kernel/readŒúëñºƒ (B<res4b_branch2a/kernel/read = Identity(res4b_branch2a/kernel)HŒúëñºƒPl
bn4b_branch2a/gamma/readúëñºƒ (B8bn4b_branch2a/gamma/read = Identity(bn4b_branch2a/gamma)HúëñºƒPi
bn4b_branch2a/beta/read’úëñºƒ (B6bn4b_branch2a/beta/read = Identity(bn4b_branch2a/beta)H’úëñºƒPr
res4b_branch2b/kernel/read•úëñºƒ (B<res4b_branch2b/kernel/read = Identity(res4b_branch2b/kernel)H•úëñºƒPl
bn4b_branch2b/gamma/read˜úëñºƒ (B8bn4b_branch2b/gamma/read = Identity(bn4b_branch2b/gamma)H˜úëñºƒPi
bn4b_branch2b/beta/read›úëñºƒ (B6bn4b_branch2b/beta/read = Identity(bn4b_branch2b/beta)H›úëñºƒPr
res4b_branch2c/kernel/readúëñºƒ (B<res4b_branch2c/kernel/read = Identity(res4b_branch2c/kernel)HúëñºƒPl
bn4b_branch2c/gamma/read¡úëñºƒ (B8bn4b_branch2c/gamma/read = Identity(bn4b_branch2c/gamma)H¡úëñºƒPi
bn4b_branch2c/beta/read¤úëñºƒ (B6bn4b_branch2c/beta/read = Identity(bn4b_branch2c/beta)H¤úëñºƒPr
res4c_branch2a/kernel/read¦úëñºƒ (B<res4c_branch2a/kernel/read = Identity(res4c_branch2a/kernel)H¦úëñºƒPl
bn4c_branch2a/gamma/read©úëñºƒ (B8bn4c_branch2a/gamma/read = Identity(bn4c_branch2a/gamma)H©úëñºƒPi
bn4c_branch2a/beta/read¬úëñºƒ (B6bn4c_branch2a/beta/read = Identity(bn4c_branch2a/beta)H¬úëñºƒPr
res4c_branch2b/kernel/read¯úëñºƒ (B<res4c_branch2b/kernel/read = Identity(res4c_branch2b/kernel)H¯úëñºƒPl
bn4c_branch2b/gamma/read²úëñºƒ (B8bn4c_branch2b/gamma/read = Identity(bn4c_branch2b/gamma)H²úëñºƒPi
bn4c_branch2b/beta/readµúëñºƒ (B6bn4c_branch2b/beta/read = Identity(bn4c_branch2b/beta)HµúëñºƒPr
res4c_branch2c/kernel/read¸úëñºƒ (B<res4c_branch2c/kernel/read = Identity(res4c_branch2c/kernel)H¸úëñºƒPl
bn4c_branch2c/gamma/read»úëñºƒ (B8bn4c_branch2c/gamma/read = Identity(bn4c_branch2c/gamma)H»úëñºƒPi
bn4c_branch2c/beta/read¿úëñºƒ (B6bn4c_branch2c/beta/read = Identity(bn4c_branch2c/beta)H¿úëñºƒPr
res4d_branch2a/kernel/readÂúëñºƒ (B<res4d_branch2a/kernel/read = Identity(res4d_branch2a/kernel)HÂúëñºƒPl
bn4d_branch2a/gamma/readÅúëñºƒ (B8bn4d_branch2a/gamma/read = Identity(bn4d_branch2a/gamma)HÅúëñºƒPi
bn4d_branch2a/beta/readÈúëñºƒ (B6bn4d_branch2a/beta/read = Identity(bn4d_branch2a/beta)HÈúëñºƒPr
res4d_branch2b/kernel/readËúëñºƒ (B<res4d_branch2b/kernel/read = Identity(res4d_branch2b/kernel)HËúëñºƒPl
bn4d_branch2b/gamma/readÎúëñºƒ (B8bn4d_branch2b/gamma/read = Identity(bn4d_branch2b/gamma)HÎúëñºƒPi
bn4d_branch2b/beta/readÑúëñºƒ (B6bn4d_branch2b/beta/read = Identity(bn4d_branch2b/beta)HÑúëñºƒPr
res4d_branch2c/kernel/readÔúëñºƒ (B<res4d_branch2c/kernel/read = Identity(res4d_branch2c/kernel)HÔúëñºƒPl
bn4d_branch2c/gamma/read×úëñºƒ (B8bn4d_branch2c/gamma/read = Identity(bn4d_branch2c/gamma)H×úëñºƒPi
bn4d_branch2c/beta/readÚúëñºƒ (B6bn4d_branch2c/beta/read = Identity(bn4d_branch2c/beta)HÚúëñºƒPr
res4e_branch2a/kernel/readİúëñºƒ (B<res4e_branch2a/kernel/read = Identity(res4e_branch2a/kernel)HİúëñºƒPl
bn4e_branch2a/gamma/readàúëñºƒ (B8bn4e_branch2a/gamma/read = Identity(bn4e_branch2a/gamma)HàúëñºƒPi
bn4e_branch2a/beta/readãúëñºƒ (B6bn4e_branch2a/beta/read = Identity(bn4e_branch2a/beta)HãúëñºƒPr
res4e_branch2b/kernel/readæúëñºƒ (B<res4e_branch2b/kernel/read = Identity(res4e_branch2b/kernel)HæúëñºƒPl
bn4e_branch2b/gamma/readéúëñºƒ (B8bn4e_branch2b/gamma/read = Identity(bn4e_branch2b/gamma)HéúëñºƒPi
bn4e_branch2b/beta/readìúëñºƒ (B6bn4e_branch2b/beta/read = Identity(bn4e_branch2b/beta)HìúëñºƒPr
res4e_branch2c/kernel/readïúëñºƒ (B<res4e_branch2c/kernel/read = Identity(res4e_branch2c/kernel)HïúëñºƒPl
bn4e_branch2c/gamma/readñúëñºƒ (B8bn4e_branch2c/gamma/read = Identity(bn4e_branch2c/gamma)HñúëñºƒPi
bn4e_branch2c/beta/readôúëñºƒ (B6bn4e_branch2c/beta/read = Identity(bn4e_branch2c/beta)HôúëñºƒPr
res4f_branch2a/kernel/readøúëñºƒ (B<res4f_branch2a/kernel/read = Identity(res4f_branch2a/kernel)HøúëñºƒPl
bn4f_branch2a/gamma/readûúëñºƒ (B8bn4f_branch2a/gamma/read = Identity(bn4f_branch2a/gamma)HûúëñºƒPi
bn4f_branch2a/beta/readşúëñºƒ (B6bn4f_branch2a/beta/read = Identity(bn4f_branch2a/beta)HşúëñºƒPr
res4f_branch2b/kernel/readûëñºƒ (B<res4f_branch2b/kernel/read = Identity(res4f_branch2b/kernel)HûëñºƒPl
bn4f_branch2b/gamma/read„ûëñºƒ (B8bn4f_branch2b/gamma/read = Identity(bn4f_branch2b/gamma)H„ûëñºƒPi
bn4f_branch2b/beta/read‡ûëñºƒ (B6bn4f_branch2b/beta/read = Identity(bn4f_branch2b/beta)H‡ûëñºƒPr
res4f_branch2c/kernel/readŠûëñºƒ (B<res4f_branch2c/kernel/read = Identity(res4f_branch2c/kernel)HŠûëñºƒPl
bn4f_branch2c/gamma/readûëñºƒ (B8bn4f_branch2c/gamma/read = Identity(bn4f_branch2c/gamma)HûëñºƒPi
bn4f_branch2c/beta/readûëñºƒ (B6bn4f_branch2c/beta/read = Identity(bn4f_branch2c/beta)HûëñºƒPr
res5a_branch2a/kernel/read“ûëñºƒ (B<res5a_branch2a/kernel/read = Identity(res5a_branch2a/kernel)H“ûëñºƒPl
bn5a_branch2a/gamma/read–ûëñºƒ (B8bn5a_branch2a/gamma/read = Identity(bn5a_branch2a/gamma)H–ûëñºƒPi
bn5a_branch2a/beta/read™ûëñºƒ (B6bn5a_branch2a/beta/read = Identity(bn5a_branch2a/beta)H™ûëñºƒPr
res5a_branch2b/kernel/readœûëñºƒ (B<res5a_branch2b/kernel/read = Identity(res5a_branch2b/kernel)HœûëñºƒPl
bn5a_branch2b/gamma/readŸûëñºƒ (B8bn5a_branch2b/gamma/read = Identity(bn5a_branch2b/gamma)HŸûëñºƒPi
bn5a_branch2b/beta/read¢ûëñºƒ (B6bn5a_branch2b/beta/read = Identity(bn5a_branch2b/beta)H¢ûëñºƒPr
res5a_branch2c/kernel/read¥ûëñºƒ (B<res5a_branch2c/kernel/read = Identity(res5a_branch2c/kernel)H¥ûëñºƒPl
bn5a_branch2c/gamma/read¨ûëñºƒ (B8bn5a_branch2c/gamma/read = Identity(bn5a_branch2c/gamma)H¨ûëñºƒPi
bn5a_branch2c/beta/read«ûëñºƒ (B6bn5a_branch2c/beta/read = Identity(bn5a_branch2c/beta)H«ûëñºƒPo
res5a_branch1/kernel/read®ûëñºƒ (B:res5a_branch1/kernel/read = Identity(res5a_branch1/kernel)H®ûëñºƒPi
bn5a_branch1/gamma/read±ûëñºƒ (B6bn5a_branch1/gamma/read = Identity(bn5a_branch1/gamma)H±ûëñºƒPf
bn5a_branch1/beta/read´ûëñºƒ (B4bn5a_branch1/beta/read = Identity(bn5a_branch1/beta)H´ûëñºƒPr
res5b_branch2a/kernel/read·ûëñºƒ (B<res5b_branch2a/kernel/read = Identity(res5b_branch2a/kernel)H·ûëñºƒPl
bn5b_branch2a/gamma/readºûëñºƒ (B8bn5b_branch2a/gamma/read = Identity(bn5b_branch2a/gamma)HºûëñºƒPi
bn5b_branch2a/beta/read½ûëñºƒ (B6bn5b_branch2a/beta/read = Identity(bn5b_branch2a/beta)H½ûëñºƒPr
res5b_branch2b/kernel/readÀûëñºƒ (B<res5b_branch2b/kernel/read = Identity(res5b_branch2b/kernel)HÀûëñºƒPl
bn5b_branch2b/gamma/readÃûëñºƒ (B8bn5b_branch2b/gamma/read = Identity(bn5b_branch2b/gamma)HÃûëñºƒPi
bn5b_branch2b/beta/readÆûëñºƒ (B6bn5b_branch2b/beta/read = Identity(bn5b_branch2b/beta)HÆûëñºƒPr
res5b_branch2c/kernel/readÉûëñºƒ (B<res5b_branch2c/kernel/read = Identity(res5b_branch2c/kernel)HÉûëñºƒPl
bn5b_branch2c/gamma/readÌûëñºƒ (B8bn5b_branch2c/gamma/read = Identity(bn5b_branch2c/gamma)HÌûëñºƒPi
bn5b_branch2c/beta/readÏûëñºƒ (B6bn5b_branch2c/beta/read = Identity(bn5b_branch2c/beta)HÏûëñºƒPr
res5c_branch2a/kernel/readÒûëñºƒ (B<res5c_branch2a/kernel/read = Identity(res5c_branch2a/kernel)HÒûëñºƒPl
bn5c_branch2a/gamma/readÕûëñºƒ (B8bn5c_branch2a/gamma/read = Identity(bn5c_branch2a/gamma)HÕûëñºƒPi
bn5c_branch2a/beta/readØûëñºƒ (B6bn5c_branch2a/beta/read = Identity(bn5c_branch2a/beta)HØûëñºƒPr
res5c_branch2b/kernel/readÛûëñºƒ (B<res5c_branch2b/kernel/read = Identity(res5c_branch2b/kernel)HÛûëñºƒPl
bn5c_branch2b/gamma/readßûëñºƒ (B8bn5c_branch2b/gamma/read = Identity(bn5c_branch2b/gamma)HßûëñºƒPi
bn5c_branch2b/beta/readâûëñºƒ (B6bn5c_branch2b/beta/read = Identity(bn5c_branch2b/beta)HâûëñºƒPr
res5c_branch2c/kernel/readåûëñºƒ (B<res5c_branch2c/kernel/read = Identity(res5c_branch2c/kernel)HåûëñºƒPl
bn5c_branch2c/gamma/readçûëñºƒ (B8bn5c_branch2c/gamma/read = Identity(bn5c_branch2c/gamma)HçûëñºƒPi
bn5c_branch2c/beta/readêûëñºƒ (B6bn5c_branch2c/beta/read = Identity(bn5c_branch2c/beta)HêûëñºƒPZ
fc1000/kernel/readíûëñºƒ (B,fc1000/kernel/read = Identity(fc1000/kernel)HíûëñºƒPT
fc1000/bias/readğûëñºƒ (B(fc1000/bias/read = Identity(fc1000/bias)HğûëñºƒP¶

RecvTensor´–ññºƒ _(_:
"  Bƒ[4000B] edge_162_gradients/fc1000/bias_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H´–ññºƒ¾
'update_fc1000/bias/ApplyGradientDescent“—ññºƒ (B{update_fc1000/bias/ApplyGradientDescent = ApplyGradientDescent(fc1000/bias, learning_rate, gradients/fc1000/bias_grad_S162)H“—ññºƒP¾

RecvTensorç–ññºƒ Î5(Î5:"
€€ô€€ôB…[7.8MB] edge_163_gradients/fc1000/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hç–ññºƒÉ
)update_fc1000/kernel/ApplyGradientDescentµÌññºƒ Ë
(Ë
Bupdate_fc1000/kernel/ApplyGradientDescent = ApplyGradientDescent(fc1000/kernel, learning_rate, gradients/fc1000/kernel_grad_S163)HµÌññºƒP¿

RecvTensor—ññºƒ »5(»5:
"€@€@BŠ[8192B] edge_164_gradients/bn5c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H—ññºƒÛ
.update_bn5c_branch2c/beta/ApplyGradientDescent€×ññºƒ (Bupdate_bn5c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2c/beta, learning_rate, gradients/bn5c_branch2c/beta_grad_S164)H€×ññºƒPÀ

RecvTensor†˜ññºƒ ½4(½4:
"€@€@B‹[8192B] edge_165_gradients/bn5c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H†˜ññºƒß
/update_bn5c_branch2c/gamma/ApplyGradientDescent†×ññºƒ (B“update_bn5c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2c/gamma, learning_rate, gradients/bn5c_branch2c/gamma_grad_S165)H†×ññºƒPÆ

RecvTensor¨ññºƒ J(J:"
€€€€€€B[4.0MB] edge_166_gradients/res5c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¨ññºƒé
1update_res5c_branch2c/kernel/ApplyGradientDescentÆçññºƒ Š(ŠB™update_res5c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res5c_branch2c/kernel, learning_rate, gradients/res5c_branch2c/kernel_grad_S166)HÆçññºƒP¿

RecvTensorµññºƒ “J(“J:
"€€BŠ[2048B] edge_167_gradients/bn5c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HµññºƒÛ
.update_bn5c_branch2b/beta/ApplyGradientDescentĞíññºƒ (Bupdate_bn5c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2b/beta, learning_rate, gradients/bn5c_branch2b/beta_grad_S167)HĞíññºƒPÀ

RecvTensorÜññºƒ îI(îI:
"€€B‹[2048B] edge_168_gradients/bn5c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÜññºƒß
/update_bn5c_branch2b/gamma/ApplyGradientDescentÖíññºƒ (B“update_bn5c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2b/gamma, learning_rate, gradients/bn5c_branch2b/gamma_grad_S168)HÖíññºƒPÆ

RecvTensorñ©ññºƒ Àz(Àz:"
€€À€€ÀB[9.0MB] edge_169_gradients/res5c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hñ©ññºƒé
1update_res5c_branch2b/kernel/ApplyGradientDescent±¤òñºƒ Û(ÛB™update_res5c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res5c_branch2b/kernel, learning_rate, gradients/res5c_branch2b/kernel_grad_S169)H±¤òñºƒP¿

RecvTensorş©ññºƒ µz(µz:
"€€BŠ[2048B] edge_170_gradients/bn5c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hş©ññºƒÛ
.update_bn5c_branch2a/beta/ApplyGradientDescentŒ°òñºƒ (Bupdate_bn5c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2a/beta, learning_rate, gradients/bn5c_branch2a/beta_grad_S170)HŒ°òñºƒPÀ

RecvTensor¤ªññºƒ z(z:
"€€B‹[2048B] edge_171_gradients/bn5c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¤ªññºƒß
/update_bn5c_branch2a/gamma/ApplyGradientDescent’°òñºƒ (B“update_bn5c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2a/gamma, learning_rate, gradients/bn5c_branch2a/gamma_grad_S171)H’°òñºƒPÈ

RecvTensor¯¯ññºƒ ‰(‰:"
€€€€€€B[4.0MB] edge_172_gradients/res5c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¯¯ññºƒé
1update_res5c_branch2a/kernel/ApplyGradientDescent¸¿òñºƒ ×(×B™update_res5c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res5c_branch2a/kernel, learning_rate, gradients/res5c_branch2a/kernel_grad_S172)H¸¿òñºƒPÁ

RecvTensorÊ¯ññºƒ ô(ô:
"€@€@BŠ[8192B] edge_173_gradients/bn5b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÊ¯ññºƒÛ
.update_bn5b_branch2c/beta/ApplyGradientDescentÅòñºƒ (Bupdate_bn5b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2c/beta, learning_rate, gradients/bn5b_branch2c/beta_grad_S173)HÅòñºƒPÂ

RecvTensorÏ°ññºƒ ö(ö:
"€@€@B‹[8192B] edge_174_gradients/bn5b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÏ°ññºƒß
/update_bn5b_branch2c/gamma/ApplyGradientDescent•Åòñºƒ (B“update_bn5b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2c/gamma, learning_rate, gradients/bn5b_branch2c/gamma_grad_S174)H•ÅòñºƒPÈ

RecvTensorîµññºƒ Ú¤(Ú¤:"
€€€€€€B[4.0MB] edge_175_gradients/res5b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hîµññºƒé
1update_res5b_branch2c/kernel/ApplyGradientDescentÈÚòñºƒ ª(ªB™update_res5b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res5b_branch2c/kernel, learning_rate, gradients/res5b_branch2c/kernel_grad_S175)HÈÚòñºƒPÁ

RecvTensorúµññºƒ Ğ¤(Ğ¤:
"€€BŠ[2048B] edge_176_gradients/bn5b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HúµññºƒÛ
.update_bn5b_branch2b/beta/ApplyGradientDescentòàòñºƒ (Bupdate_bn5b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2b/beta, learning_rate, gradients/bn5b_branch2b/beta_grad_S176)HòàòñºƒPÂ

RecvTensor£¶ññºƒ ©¤(©¤:
"€€B‹[2048B] edge_177_gradients/bn5b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H£¶ññºƒß
/update_bn5b_branch2b/gamma/ApplyGradientDescentøàòñºƒ (B“update_bn5b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2b/gamma, learning_rate, gradients/bn5b_branch2b/gamma_grad_S177)HøàòñºƒPÈ

RecvTensorÕÁññºƒ àÕ(àÕ:"
€€À€€ÀB[9.0MB] edge_178_gradients/res5b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÕÁññºƒé
1update_res5b_branch2b/kernel/ApplyGradientDescentµ—óñºƒ Â(ÂB™update_res5b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res5b_branch2b/kernel, learning_rate, gradients/res5b_branch2b/kernel_grad_S178)Hµ—óñºƒPÁ

RecvTensorâÁññºƒ ë˜(ë˜:
"€€BŠ[2048B] edge_179_gradients/bn5b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HâÁññºƒÛ
.update_bn5b_branch2a/beta/ApplyGradientDescentıàòñºƒ (Bupdate_bn5b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2a/beta, learning_rate, gradients/bn5b_branch2a/beta_grad_S179)HıàòñºƒPÂ

RecvTensorŠÂññºƒ ­Õ(­Õ:
"€€B‹[2048B] edge_180_gradients/bn5b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŠÂññºƒß
/update_bn5b_branch2a/gamma/ApplyGradientDescent÷¤óñºƒ (B“update_bn5b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2a/gamma, learning_rate, gradients/bn5b_branch2a/gamma_grad_S180)H÷¤óñºƒPÈ

RecvTensor¶Çññºƒ ‹ë(‹ë:"
€€€€€€B[4.0MB] edge_181_gradients/res5b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¶Çññºƒé
1update_res5b_branch2a/kernel/ApplyGradientDescentÁ²óñºƒ (B™update_res5b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res5b_branch2a/kernel, learning_rate, gradients/res5b_branch2a/kernel_grad_S181)HÁ²óñºƒPÀ

RecvTensorÏÇññºƒ îÏ(îÏ:
"€@€@B‰[8192B] edge_182_gradients/bn5a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÏÇññºƒ×
-update_bn5a_branch1/beta/ApplyGradientDescentü¤óñºƒ (Bupdate_bn5a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch1/beta, learning_rate, gradients/bn5a_branch1/beta_grad_S182)Hü¤óñºƒPÁ

RecvTensor£Èññºƒ ¤ê(¤ê:
"€@€@BŠ[8192B] edge_183_gradients/bn5a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H£ÈññºƒÛ
.update_bn5a_branch1/gamma/ApplyGradientDescentß·óñºƒ (Bupdate_bn5a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch1/gamma, learning_rate, gradients/bn5a_branch1/gamma_grad_S183)Hß·óñºƒPÇ

RecvTensorÒÒññºƒ ü•(ü•:"
€€€€€€BŒ[8.0MB] edge_184_gradients/res5a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÒÒññºƒå
0update_res5a_branch1/kernel/ApplyGradientDescentÎèóñºƒ —(—B–update_res5a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch1/kernel, learning_rate, gradients/res5a_branch1/kernel_grad_S184)HÎèóñºƒPÁ

RecvTensoríÒññºƒ è•(è•:
"€@€@BŠ[8192B] edge_185_gradients/bn5a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HíÒññºƒÛ
.update_bn5a_branch2c/beta/ApplyGradientDescentåóóñºƒ (Bupdate_bn5a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2c/beta, learning_rate, gradients/bn5a_branch2c/beta_grad_S185)HåóóñºƒPÂ

RecvTensorñÓññºƒ ê”(ê”:
"€@€@B‹[8192B] edge_186_gradients/bn5a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HñÓññºƒß
/update_bn5a_branch2c/gamma/ApplyGradientDescentìóóñºƒ (B“update_bn5a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2c/gamma, learning_rate, gradients/bn5a_branch2c/gamma_grad_S186)HìóóñºƒPÈ

RecvTensorÔØññºƒ ‹«(‹«:"
€€€€€€B[4.0MB] edge_187_gradients/res5a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÔØññºƒé
1update_res5a_branch2c/kernel/ApplyGradientDescentßƒôñºƒ …(…B™update_res5a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch2c/kernel, learning_rate, gradients/res5a_branch2c/kernel_grad_S187)HßƒôñºƒPÁ

RecvTensoráØññºƒ ÿª(ÿª:
"€€BŠ[2048B] edge_188_gradients/bn5a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HáØññºƒÛ
.update_bn5a_branch2b/beta/ApplyGradientDescentäˆôñºƒ (Bupdate_bn5a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2b/beta, learning_rate, gradients/bn5a_branch2b/beta_grad_S188)HäˆôñºƒPÂ

RecvTensor‰Ùññºƒ Ùª(Ùª:
"€€B‹[2048B] edge_189_gradients/bn5a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‰Ùññºƒß
/update_bn5a_branch2b/gamma/ApplyGradientDescentéˆôñºƒ (B“update_bn5a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2b/gamma, learning_rate, gradients/bn5a_branch2b/gamma_grad_S189)HéˆôñºƒPÈ

RecvTensorãäññºƒ æÛ(æÛ:"
€€À€€ÀB[9.0MB] edge_190_gradients/res5a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hãäññºƒé
1update_res5a_branch2b/kernel/ApplyGradientDescentÉÀôñºƒ ´(´B™update_res5a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch2b/kernel, learning_rate, gradients/res5a_branch2b/kernel_grad_S190)HÉÀôñºƒPÁ

RecvTensorıäññºƒ ÎÛ(ÎÛ:
"€€BŠ[2048B] edge_191_gradients/bn5a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HıäññºƒÛ
.update_bn5a_branch2a/beta/ApplyGradientDescentıÌôñºƒ (Bupdate_bn5a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2a/beta, learning_rate, gradients/bn5a_branch2a/beta_grad_S191)HıÌôñºƒPÂ

RecvTensorÿåññºƒ ÎÚ(ÎÚ:
"€€B‹[2048B] edge_192_gradients/bn5a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hÿåññºƒß
/update_bn5a_branch2a/gamma/ApplyGradientDescent‚Íôñºƒ (B“update_bn5a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2a/gamma, learning_rate, gradients/bn5a_branch2a/gamma_grad_S192)H‚ÍôñºƒPÈ

RecvTensor£ğññºƒ ëİ(ëİ:"
€€€€€€B[2.0MB] edge_193_gradients/res5a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H£ğññºƒé
1update_res5a_branch2a/kernel/ApplyGradientDescentÎôñºƒ Æ(ÆB™update_res5a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch2a/kernel, learning_rate, gradients/res5a_branch2a/kernel_grad_S193)HÎôñºƒPÁ

RecvTensorÍğññºƒ Åİ(Åİ:
"€ € BŠ[4096B] edge_194_gradients/bn4f_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÍğññºƒÛ
.update_bn4f_branch2c/beta/ApplyGradientDescentÔĞôñºƒ (Bupdate_bn4f_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2c/beta, learning_rate, gradients/bn4f_branch2c/beta_grad_S194)HÔĞôñºƒPÂ

RecvTensorÎòññºƒ ÇÛ(ÇÛ:
"€ € B‹[4096B] edge_195_gradients/bn4f_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÎòññºƒß
/update_bn4f_branch2c/gamma/ApplyGradientDescentÚĞôñºƒ (B“update_bn4f_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2c/gamma, learning_rate, gradients/bn4f_branch2c/gamma_grad_S195)HÚĞôñºƒPÆ

RecvTensorÁ÷ññºƒ µİ(µİ:"€€@€€@B[1.0MB] edge_196_gradients/res4f_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÁ÷ññºƒé
1update_res4f_branch2c/kernel/ApplyGradientDescentöÔôñºƒ ¿(¿B™update_res4f_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4f_branch2c/kernel, learning_rate, gradients/res4f_branch2c/kernel_grad_S196)HöÔôñºƒPÁ

RecvTensorÒ÷ññºƒ ¥İ(¥İ:
"€€BŠ[1024B] edge_197_gradients/bn4f_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÒ÷ññºƒÛ
.update_bn4f_branch2b/beta/ApplyGradientDescentµÖôñºƒ (Bupdate_bn4f_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2b/beta, learning_rate, gradients/bn4f_branch2b/beta_grad_S197)HµÖôñºƒPÂ

RecvTensor›øññºƒ İÜ(İÜ:
"€€B‹[1024B] edge_198_gradients/bn4f_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H›øññºƒß
/update_bn4f_branch2b/gamma/ApplyGradientDescentºÖôñºƒ (B“update_bn4f_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2b/gamma, learning_rate, gradients/bn4f_branch2b/gamma_grad_S198)HºÖôñºƒPÈ

RecvTensorùƒòñºƒ ™à(™à:"
€€€€B[2.2MB] edge_199_gradients/res4f_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hùƒòñºƒé
1update_res4f_branch2b/kernel/ApplyGradientDescent’äôñºƒ ‰(‰B™update_res4f_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4f_branch2b/kernel, learning_rate, gradients/res4f_branch2b/kernel_grad_S199)H’äôñºƒPÁ

RecvTensorŠ„òñºƒ ˆà(ˆà:
"€€BŠ[1024B] edge_200_gradients/bn4f_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŠ„òñºƒÛ
.update_bn4f_branch2a/beta/ApplyGradientDescent›çôñºƒ (Bupdate_bn4f_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2a/beta, learning_rate, gradients/bn4f_branch2a/beta_grad_S200)H›çôñºƒPÂ

RecvTensorÒ„òñºƒ Áß(Áß:
"€€B‹[1024B] edge_201_gradients/bn4f_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÒ„òñºƒß
/update_bn4f_branch2a/gamma/ApplyGradientDescent çôñºƒ (B“update_bn4f_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2a/gamma, learning_rate, gradients/bn4f_branch2a/gamma_grad_S201)H çôñºƒPÆ

RecvTensorè‰òñºƒ Œá(Œá:"€€@€€@B[1.0MB] edge_202_gradients/res4f_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hè‰òñºƒé
1update_res4f_branch2a/kernel/ApplyGradientDescentôêôñºƒ ½(½B™update_res4f_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4f_branch2a/kernel, learning_rate, gradients/res4f_branch2a/kernel_grad_S202)HôêôñºƒPÁ

RecvTensor•Šòñºƒ âà(âà:
"€ € BŠ[4096B] edge_203_gradients/bn4e_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H•ŠòñºƒÛ
.update_bn4e_branch2c/beta/ApplyGradientDescent±ìôñºƒ (Bupdate_bn4e_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2c/beta, learning_rate, gradients/bn4e_branch2c/beta_grad_S203)H±ìôñºƒPÂ

RecvTensor¢Œòñºƒ ÙŞ(ÙŞ:
"€ € B‹[4096B] edge_204_gradients/bn4e_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¢Œòñºƒß
/update_bn4e_branch2c/gamma/ApplyGradientDescent·ìôñºƒ (B“update_bn4e_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2c/gamma, learning_rate, gradients/bn4e_branch2c/gamma_grad_S204)H·ìôñºƒPÆ

RecvTensor¤‘òñºƒ ¸à(¸à:"€€@€€@B[1.0MB] edge_205_gradients/res4e_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¤‘òñºƒé
1update_res4e_branch2c/kernel/ApplyGradientDescentÜñôñºƒ ¬(¬B™update_res4e_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4e_branch2c/kernel, learning_rate, gradients/res4e_branch2c/kernel_grad_S205)HÜñôñºƒPÁ

RecvTensorµ‘òñºƒ ¨à(¨à:
"€€BŠ[1024B] edge_206_gradients/bn4e_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hµ‘òñºƒÛ
.update_bn4e_branch2b/beta/ApplyGradientDescentˆóôñºƒ (Bupdate_bn4e_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2b/beta, learning_rate, gradients/bn4e_branch2b/beta_grad_S206)HˆóôñºƒPÂ

RecvTensor€’òñºƒ İß(İß:
"€€B‹[1024B] edge_207_gradients/bn4e_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H€’òñºƒß
/update_bn4e_branch2b/gamma/ApplyGradientDescentóôñºƒ (B“update_bn4e_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2b/gamma, learning_rate, gradients/bn4e_branch2b/gamma_grad_S207)HóôñºƒPÈ

RecvTensorªòñºƒ Íã(Íã:"
€€€€B[2.2MB] edge_208_gradients/res4e_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hªòñºƒé
1update_res4e_branch2b/kernel/ApplyGradientDescent÷€õñºƒ (B™update_res4e_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4e_branch2b/kernel, learning_rate, gradients/res4e_branch2b/kernel_grad_S208)H÷€õñºƒPÁ

RecvTensorºòñºƒ ¾ã(¾ã:
"€€BŠ[1024B] edge_209_gradients/bn4e_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HºòñºƒÛ
.update_bn4e_branch2a/beta/ApplyGradientDescent•„õñºƒ (Bupdate_bn4e_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2a/beta, learning_rate, gradients/bn4e_branch2a/beta_grad_S209)H•„õñºƒPÂ

RecvTensor€òñºƒ ùâ(ùâ:
"€€B‹[1024B] edge_210_gradients/bn4e_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H€òñºƒß
/update_bn4e_branch2a/gamma/ApplyGradientDescent›„õñºƒ (B“update_bn4e_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2a/gamma, learning_rate, gradients/bn4e_branch2a/gamma_grad_S210)H›„õñºƒPÆ

RecvTensorš£òñºƒ Àä(Àä:"€€@€€@B[1.0MB] edge_211_gradients/res4e_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hš£òñºƒé
1update_res4e_branch2a/kernel/ApplyGradientDescentÚ‡õñºƒ ¯(¯B™update_res4e_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4e_branch2a/kernel, learning_rate, gradients/res4e_branch2a/kernel_grad_S211)HÚ‡õñºƒPÁ

RecvTensorÆ£òñºƒ —ä(—ä:
"€ € BŠ[4096B] edge_212_gradients/bn4d_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÆ£òñºƒÛ
.update_bn4d_branch2c/beta/ApplyGradientDescent‰‰õñºƒ (Bupdate_bn4d_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2c/beta, learning_rate, gradients/bn4d_branch2c/beta_grad_S212)H‰‰õñºƒPÂ

RecvTensorÆ¥òñºƒ šâ(šâ:
"€ € B‹[4096B] edge_213_gradients/bn4d_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÆ¥òñºƒß
/update_bn4d_branch2c/gamma/ApplyGradientDescent‰õñºƒ (B“update_bn4d_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2c/gamma, learning_rate, gradients/bn4d_branch2c/gamma_grad_S213)H‰õñºƒPÆ

RecvTensorñªòñºƒ Ğã(Ğã:"€€@€€@B[1.0MB] edge_214_gradients/res4d_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hñªòñºƒé
1update_res4d_branch2c/kernel/ApplyGradientDescentÁõñºƒ  ( B™update_res4d_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4d_branch2c/kernel, learning_rate, gradients/res4d_branch2c/kernel_grad_S214)HÁõñºƒPÁ

RecvTensor‚«òñºƒ Àã(Àã:
"€€BŠ[1024B] edge_215_gradients/bn4d_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‚«òñºƒÛ
.update_bn4d_branch2b/beta/ApplyGradientDescentáõñºƒ (Bupdate_bn4d_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2b/beta, learning_rate, gradients/bn4d_branch2b/beta_grad_S215)HáõñºƒPÂ

RecvTensorÈ«òñºƒ ûâ(ûâ:
"€€B‹[1024B] edge_216_gradients/bn4d_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÈ«òñºƒß
/update_bn4d_branch2b/gamma/ApplyGradientDescentæõñºƒ (B“update_bn4d_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2b/gamma, learning_rate, gradients/bn4d_branch2b/gamma_grad_S216)HæõñºƒPÈ

RecvTensorè·òñºƒ õå(õå:"
€€€€B[2.2MB] edge_217_gradients/res4d_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hè·òñºƒé
1update_res4d_branch2b/kernel/ApplyGradientDescentİõñºƒ ˆ(ˆB™update_res4d_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4d_branch2b/kernel, learning_rate, gradients/res4d_branch2b/kernel_grad_S217)HİõñºƒPÁ

RecvTensorù·òñºƒ åå(åå:
"€€BŠ[1024B] edge_218_gradients/bn4d_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hù·òñºƒÛ
.update_bn4d_branch2a/beta/ApplyGradientDescentå õñºƒ (Bupdate_bn4d_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2a/beta, learning_rate, gradients/bn4d_branch2a/beta_grad_S218)Hå õñºƒPÂ

RecvTensorÁ¸òñºƒ å(å:
"€€B‹[1024B] edge_219_gradients/bn4d_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÁ¸òñºƒß
/update_bn4d_branch2a/gamma/ApplyGradientDescentê õñºƒ (B“update_bn4d_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2a/gamma, learning_rate, gradients/bn4d_branch2a/gamma_grad_S219)Hê õñºƒPÆ

RecvTensorø½òñºƒ Çæ(Çæ:"€€@€€@B[1.0MB] edge_220_gradients/res4d_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hø½òñºƒé
1update_res4d_branch2a/kernel/ApplyGradientDescent¿¤õñºƒ É(ÉB™update_res4d_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4d_branch2a/kernel, learning_rate, gradients/res4d_branch2a/kernel_grad_S220)H¿¤õñºƒPÁ

RecvTensor©¾òñºƒ šæ(šæ:
"€ € BŠ[4096B] edge_221_gradients/bn4c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H©¾òñºƒÛ
.update_bn4c_branch2c/beta/ApplyGradientDescentˆ¦õñºƒ (Bupdate_bn4c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2c/beta, learning_rate, gradients/bn4c_branch2c/beta_grad_S221)Hˆ¦õñºƒPÂ

RecvTensor«Àòñºƒ ›ä(›ä:
"€ € B‹[4096B] edge_222_gradients/bn4c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H«Àòñºƒß
/update_bn4c_branch2c/gamma/ApplyGradientDescent¦õñºƒ (B“update_bn4c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2c/gamma, learning_rate, gradients/bn4c_branch2c/gamma_grad_S222)H¦õñºƒPÆ

RecvTensor’Åòñºƒ •æ(•æ:"€€@€€@B[1.0MB] edge_223_gradients/res4c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H’Åòñºƒé
1update_res4c_branch2c/kernel/ApplyGradientDescent§«õñºƒ º(ºB™update_res4c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4c_branch2c/kernel, learning_rate, gradients/res4c_branch2c/kernel_grad_S223)H§«õñºƒPÁ

RecvTensor£Åòñºƒ …æ(…æ:
"€€BŠ[1024B] edge_224_gradients/bn4c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H£ÅòñºƒÛ
.update_bn4c_branch2b/beta/ApplyGradientDescentá¬õñºƒ (Bupdate_bn4c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2b/beta, learning_rate, gradients/bn4c_branch2b/beta_grad_S224)Há¬õñºƒPÂ

RecvTensorëÅòñºƒ ¾å(¾å:
"€€B‹[1024B] edge_225_gradients/bn4c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HëÅòñºƒß
/update_bn4c_branch2b/gamma/ApplyGradientDescentç¬õñºƒ (B“update_bn4c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2b/gamma, learning_rate, gradients/bn4c_branch2b/gamma_grad_S225)Hç¬õñºƒPÈ

RecvTensor—Ñòñºƒ ¬é(¬é:"
€€€€B[2.2MB] edge_226_gradients/res4c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H—Ñòñºƒé
1update_res4c_branch2b/kernel/ApplyGradientDescentÃºõñºƒ †(†B™update_res4c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4c_branch2b/kernel, learning_rate, gradients/res4c_branch2b/kernel_grad_S226)HÃºõñºƒPÁ

RecvTensor¨Ñòñºƒ Ú(Ú:
"€€BŠ[1024B] edge_227_gradients/bn4c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¨ÑòñºƒÛ
.update_bn4c_branch2a/beta/ApplyGradientDescentì¬õñºƒ (Bupdate_bn4c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2a/beta, learning_rate, gradients/bn4c_branch2a/beta_grad_S227)Hì¬õñºƒPÂ

RecvTensorñÑòñºƒ Óè(Óè:
"€€B‹[1024B] edge_228_gradients/bn4c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HñÑòñºƒß
/update_bn4c_branch2a/gamma/ApplyGradientDescentÉ½õñºƒ (B“update_bn4c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2a/gamma, learning_rate, gradients/bn4c_branch2a/gamma_grad_S228)HÉ½õñºƒPÆ

RecvTensor€×òñºƒ ¥ê(¥ê:"€€@€€@B[1.0MB] edge_229_gradients/res4c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H€×òñºƒé
1update_res4c_branch2a/kernel/ApplyGradientDescent¥Áõñºƒ Â(ÂB™update_res4c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4c_branch2a/kernel, learning_rate, gradients/res4c_branch2a/kernel_grad_S229)H¥ÁõñºƒPÁ

RecvTensor¬×òñºƒ üé(üé:
"€ € BŠ[4096B] edge_230_gradients/bn4b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¬×òñºƒÛ
.update_bn4b_branch2c/beta/ApplyGradientDescentçÂõñºƒ (Bupdate_bn4b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2c/beta, learning_rate, gradients/bn4b_branch2c/beta_grad_S230)HçÂõñºƒPÂ

RecvTensor¨Ùòñºƒ „è(„è:
"€ € B‹[4096B] edge_231_gradients/bn4b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¨Ùòñºƒß
/update_bn4b_branch2c/gamma/ApplyGradientDescentìÂõñºƒ (B“update_bn4b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2c/gamma, learning_rate, gradients/bn4b_branch2c/gamma_grad_S231)HìÂõñºƒPÆ

RecvTensorÅŞòñºƒ Èé(Èé:"€€@€€@B[1.0MB] edge_232_gradients/res4b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÅŞòñºƒé
1update_res4b_branch2c/kernel/ApplyGradientDescentÈõñºƒ ©(©B™update_res4b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4b_branch2c/kernel, learning_rate, gradients/res4b_branch2c/kernel_grad_S232)HÈõñºƒPÁ

RecvTensorÖŞòñºƒ ·é(·é:
"€€BŠ[1024B] edge_233_gradients/bn4b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÖŞòñºƒÛ
.update_bn4b_branch2b/beta/ApplyGradientDescent¶Éõñºƒ (Bupdate_bn4b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2b/beta, learning_rate, gradients/bn4b_branch2b/beta_grad_S233)H¶ÉõñºƒPÂ

RecvTensorßòñºƒ ğè(ğè:
"€€B‹[1024B] edge_234_gradients/bn4b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hßòñºƒß
/update_bn4b_branch2b/gamma/ApplyGradientDescent»Éõñºƒ (B“update_bn4b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2b/gamma, learning_rate, gradients/bn4b_branch2b/gamma_grad_S234)H»ÉõñºƒPÈ

RecvTensoråëòñºƒ Ãë(Ãë:"
€€€€B[2.2MB] edge_235_gradients/res4b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Håëòñºƒé
1update_res4b_branch2b/kernel/ApplyGradientDescent¨×õñºƒ ”(”B™update_res4b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4b_branch2b/kernel, learning_rate, gradients/res4b_branch2b/kernel_grad_S235)H¨×õñºƒPÁ

RecvTensoröëòñºƒ ³ë(³ë:
"€€BŠ[1024B] edge_236_gradients/bn4b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HöëòñºƒÛ
.update_bn4b_branch2a/beta/ApplyGradientDescent¼Úõñºƒ (Bupdate_bn4b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2a/beta, learning_rate, gradients/bn4b_branch2a/beta_grad_S236)H¼ÚõñºƒPÂ

RecvTensor¾ìòñºƒ ìê(ìê:
"€€B‹[1024B] edge_237_gradients/bn4b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¾ìòñºƒß
/update_bn4b_branch2a/gamma/ApplyGradientDescentÁÚõñºƒ (B“update_bn4b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2a/gamma, learning_rate, gradients/bn4b_branch2a/gamma_grad_S237)HÁÚõñºƒPÆ

RecvTensorÜñòñºƒ ¯ì(¯ì:"€€@€€@B[1.0MB] edge_238_gradients/res4b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÜñòñºƒé
1update_res4b_branch2a/kernel/ApplyGradientDescent‹Şõñºƒ ´(´B™update_res4b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4b_branch2a/kernel, learning_rate, gradients/res4b_branch2a/kernel_grad_S238)H‹ŞõñºƒPÀ

RecvTensor…òòñºƒ ‰ì(‰ì:
"€ € B‰[4096B] edge_239_gradients/bn4a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H…òòñºƒ×
-update_bn4a_branch1/beta/ApplyGradientDescent¿ßõñºƒ (Bupdate_bn4a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch1/beta, learning_rate, gradients/bn4a_branch1/beta_grad_S239)H¿ßõñºƒPÁ

RecvTensoróòñºƒ óê(óê:
"€ € BŠ[4096B] edge_240_gradients/bn4a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HóòñºƒÛ
.update_bn4a_branch1/gamma/ApplyGradientDescentÄßõñºƒ (Bupdate_bn4a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch1/gamma, learning_rate, gradients/bn4a_branch1/gamma_grad_S240)HÄßõñºƒPÇ

RecvTensorÅıòñºƒ î(î:"
€€€€€€BŒ[2.0MB] edge_241_gradients/res4a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÅıòñºƒå
0update_res4a_branch1/kernel/ApplyGradientDescentÓëõñºƒ ‹(‹B–update_res4a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch1/kernel, learning_rate, gradients/res4a_branch1/kernel_grad_S241)HÓëõñºƒPÁ

RecvTensoróıòñºƒ ãí(ãí:
"€ € BŠ[4096B] edge_242_gradients/bn4a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HóıòñºƒÛ
.update_bn4a_branch2c/beta/ApplyGradientDescentŞîõñºƒ (Bupdate_bn4a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2c/beta, learning_rate, gradients/bn4a_branch2c/beta_grad_S242)HŞîõñºƒPÂ

RecvTensorñÿòñºƒ éë(éë:
"€ € B‹[4096B] edge_243_gradients/bn4a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hñÿòñºƒß
/update_bn4a_branch2c/gamma/ApplyGradientDescentäîõñºƒ (B“update_bn4a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2c/gamma, learning_rate, gradients/bn4a_branch2c/gamma_grad_S243)HäîõñºƒPÆ

RecvTensor…óñºƒ ®í(®í:"€€@€€@B[1.0MB] edge_244_gradients/res4a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H…óñºƒé
1update_res4a_branch2c/kernel/ApplyGradientDescent»òõñºƒ ¹(¹B™update_res4a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch2c/kernel, learning_rate, gradients/res4a_branch2c/kernel_grad_S244)H»òõñºƒPÁ

RecvTensor…óñºƒ í(í:
"€€BŠ[1024B] edge_245_gradients/bn4a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H…óñºƒÛ
.update_bn4a_branch2b/beta/ApplyGradientDescentôóõñºƒ (Bupdate_bn4a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2b/beta, learning_rate, gradients/bn4a_branch2b/beta_grad_S245)HôóõñºƒPÂ

RecvTensorå…óñºƒ ×ì(×ì:
"€€B‹[1024B] edge_246_gradients/bn4a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hå…óñºƒß
/update_bn4a_branch2b/gamma/ApplyGradientDescentùóõñºƒ (B“update_bn4a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2b/gamma, learning_rate, gradients/bn4a_branch2b/gamma_grad_S246)HùóõñºƒPÈ

RecvTensor­‘óñºƒ ©ğ(©ğ:"
€€€€B[2.2MB] edge_247_gradients/res4a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H­‘óñºƒé
1update_res4a_branch2b/kernel/ApplyGradientDescentÖöñºƒ š(šB™update_res4a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch2b/kernel, learning_rate, gradients/res4a_branch2b/kernel_grad_S247)HÖöñºƒPÁ

RecvTensorÙ‘óñºƒ şï(şï:
"€€BŠ[1024B] edge_248_gradients/bn4a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÙ‘óñºƒÛ
.update_bn4a_branch2a/beta/ApplyGradientDescentğ„öñºƒ (Bupdate_bn4a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2a/beta, learning_rate, gradients/bn4a_branch2a/beta_grad_S248)Hğ„öñºƒPÂ

RecvTensorÚ“óñºƒ şí(şí:
"€€B‹[1024B] edge_249_gradients/bn4a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÚ“óñºƒß
/update_bn4a_branch2a/gamma/ApplyGradientDescentö„öñºƒ (B“update_bn4a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2a/gamma, learning_rate, gradients/bn4a_branch2a/gamma_grad_S249)Hö„öñºƒPÆ

RecvTensorÑóñºƒ ·ç(·ç:"€€ €€ B[0.5MB] edge_250_gradients/res4a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÑóñºƒç
1update_res4a_branch2a/kernel/ApplyGradientDescentˆ…öñºƒ W(WB™update_res4a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch2a/kernel, learning_rate, gradients/res4a_branch2a/kernel_grad_S250)Hˆ…öñºƒPÁ

RecvTensoróñºƒ ìæ(ìæ:
"€€BŠ[2048B] edge_251_gradients/bn3d_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HóñºƒÛ
.update_bn3d_branch2c/beta/ApplyGradientDescentß…öñºƒ (Bupdate_bn3d_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2c/beta, learning_rate, gradients/bn3d_branch2c/beta_grad_S251)Hß…öñºƒPÂ

RecvTensor©¢óñºƒ ãâ(ãâ:
"€€B‹[2048B] edge_252_gradients/bn3d_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H©¢óñºƒß
/update_bn3d_branch2c/gamma/ApplyGradientDescentä…öñºƒ (B“update_bn3d_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2c/gamma, learning_rate, gradients/bn3d_branch2c/gamma_grad_S252)Hä…öñºƒPÆ

RecvTensorµ§óñºƒ ¯ß(¯ß:"€€€€B[0.2MB] edge_253_gradients/res3d_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hµ§óñºƒç
1update_res3d_branch2c/kernel/ApplyGradientDescentä†öñºƒ 3(3B™update_res3d_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3d_branch2c/kernel, learning_rate, gradients/res3d_branch2c/kernel_grad_S253)Hä†öñºƒPÀ

RecvTensorÏ§óñºƒ •ß(•ß:
"€€B‰[512B] edge_254_gradients/bn3d_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÏ§óñºƒÛ
.update_bn3d_branch2b/beta/ApplyGradientDescent—‡öñºƒ (Bupdate_bn3d_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2b/beta, learning_rate, gradients/bn3d_branch2b/beta_grad_S254)H—‡öñºƒPÁ

RecvTensorÓ¨óñºƒ ’Ş(’Ş:
"€€BŠ[512B] edge_255_gradients/bn3d_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÓ¨óñºƒß
/update_bn3d_branch2b/gamma/ApplyGradientDescentœ‡öñºƒ (B“update_bn3d_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2b/gamma, learning_rate, gradients/bn3d_branch2b/gamma_grad_S255)Hœ‡öñºƒPÆ

RecvTensorô³óñºƒ ×Ö(×Ö:"€€$€€$B[0.6MB] edge_256_gradients/res3d_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hô³óñºƒç
1update_res3d_branch2b/kernel/ApplyGradientDescentËŠöñºƒ f(fB™update_res3d_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3d_branch2b/kernel, learning_rate, gradients/res3d_branch2b/kernel_grad_S256)HËŠöñºƒPÀ

RecvTensor´óñºƒ ¼Ö(¼Ö:
"€€B‰[512B] edge_257_gradients/bn3d_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H´óñºƒÛ
.update_bn3d_branch2a/beta/ApplyGradientDescent±‹öñºƒ (Bupdate_bn3d_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2a/beta, learning_rate, gradients/bn3d_branch2a/beta_grad_S257)H±‹öñºƒPÁ

RecvTensor˜µóñºƒ ´Õ(´Õ:
"€€BŠ[512B] edge_258_gradients/bn3d_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H˜µóñºƒß
/update_bn3d_branch2a/gamma/ApplyGradientDescent¶‹öñºƒ (B“update_bn3d_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2a/gamma, learning_rate, gradients/bn3d_branch2a/gamma_grad_S258)H¶‹öñºƒPÆ

RecvTensor˜ºóñºƒ ŒÒ(ŒÒ:"€€€€B[0.2MB] edge_259_gradients/res3d_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H˜ºóñºƒç
1update_res3d_branch2a/kernel/ApplyGradientDescent¤Œöñºƒ 3(3B™update_res3d_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3d_branch2a/kernel, learning_rate, gradients/res3d_branch2a/kernel_grad_S259)H¤ŒöñºƒPÁ

RecvTensoréºóñºƒ ½Ñ(½Ñ:
"€€BŠ[2048B] edge_260_gradients/bn3c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HéºóñºƒÛ
.update_bn3c_branch2c/beta/ApplyGradientDescent×Œöñºƒ (Bupdate_bn3c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2c/beta, learning_rate, gradients/bn3c_branch2c/beta_grad_S260)H×ŒöñºƒPÂ

RecvTensorû¾óñºƒ ­Í(­Í:
"€€B‹[2048B] edge_261_gradients/bn3c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hû¾óñºƒß
/update_bn3c_branch2c/gamma/ApplyGradientDescentÜŒöñºƒ (B“update_bn3c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2c/gamma, learning_rate, gradients/bn3c_branch2c/gamma_grad_S261)HÜŒöñºƒPÆ

RecvTensorˆÄóñºƒ øÉ(øÉ:"€€€€B[0.2MB] edge_262_gradients/res3c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HˆÄóñºƒç
1update_res3c_branch2c/kernel/ApplyGradientDescent€öñºƒ 0(0B™update_res3c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3c_branch2c/kernel, learning_rate, gradients/res3c_branch2c/kernel_grad_S262)H€öñºƒPÀ

RecvTensor¢Äóñºƒ ŞÉ(ŞÉ:
"€€B‰[512B] edge_263_gradients/bn3c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¢ÄóñºƒÛ
.update_bn3c_branch2b/beta/ApplyGradientDescent°öñºƒ (Bupdate_bn3c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2b/beta, learning_rate, gradients/bn3c_branch2b/beta_grad_S263)H°öñºƒPÁ

RecvTensor¨Åóñºƒ ÙÈ(ÙÈ:
"€€BŠ[512B] edge_264_gradients/bn3c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¨Åóñºƒß
/update_bn3c_branch2b/gamma/ApplyGradientDescentµöñºƒ (B“update_bn3c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2b/gamma, learning_rate, gradients/bn3c_branch2b/gamma_grad_S264)HµöñºƒPÆ

RecvTensorÂĞóñºƒ ¥Á(¥Á:"€€$€€$B[0.6MB] edge_265_gradients/res3c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÂĞóñºƒç
1update_res3c_branch2b/kernel/ApplyGradientDescentç‘öñºƒ k(kB™update_res3c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3c_branch2b/kernel, learning_rate, gradients/res3c_branch2b/kernel_grad_S265)Hç‘öñºƒPÀ

RecvTensorİĞóñºƒ ŠÁ(ŠÁ:
"€€B‰[512B] edge_266_gradients/bn3c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HİĞóñºƒÛ
.update_bn3c_branch2a/beta/ApplyGradientDescentÒ’öñºƒ (Bupdate_bn3c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2a/beta, learning_rate, gradients/bn3c_branch2a/beta_grad_S266)HÒ’öñºƒPÁ

RecvTensorëÑóñºƒ ı¿(ı¿:
"€€BŠ[512B] edge_267_gradients/bn3c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HëÑóñºƒß
/update_bn3c_branch2a/gamma/ApplyGradientDescent×’öñºƒ (B“update_bn3c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2a/gamma, learning_rate, gradients/bn3c_branch2a/gamma_grad_S267)H×’öñºƒPÆ

RecvTensorƒ×óñºƒ ½¼(½¼:"€€€€B[0.2MB] edge_268_gradients/res3c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hƒ×óñºƒç
1update_res3c_branch2a/kernel/ApplyGradientDescentÀ“öñºƒ ,(,B™update_res3c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3c_branch2a/kernel, learning_rate, gradients/res3c_branch2a/kernel_grad_S268)HÀ“öñºƒPÁ

RecvTensor××óñºƒ ë»(ë»:
"€€BŠ[2048B] edge_269_gradients/bn3b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H××óñºƒÛ
.update_bn3b_branch2c/beta/ApplyGradientDescentì“öñºƒ (Bupdate_bn3b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2c/beta, learning_rate, gradients/bn3b_branch2c/beta_grad_S269)Hì“öñºƒPÂ

RecvTensorÈÛóñºƒ û·(û·:
"€€B‹[2048B] edge_270_gradients/bn3b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÈÛóñºƒß
/update_bn3b_branch2c/gamma/ApplyGradientDescentñ“öñºƒ (B“update_bn3b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2c/gamma, learning_rate, gradients/bn3b_branch2c/gamma_grad_S270)Hñ“öñºƒPÆ

RecvTensorºàóñºƒ â´(â´:"€€€€B[0.2MB] edge_271_gradients/res3b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hºàóñºƒç
1update_res3b_branch2c/kernel/ApplyGradientDescentœ•öñºƒ 0(0B™update_res3b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3b_branch2c/kernel, learning_rate, gradients/res3b_branch2c/kernel_grad_S271)Hœ•öñºƒPÀ

RecvTensorÕàóñºƒ Ç´(Ç´:
"€€B‰[512B] edge_272_gradients/bn3b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÕàóñºƒÛ
.update_bn3b_branch2b/beta/ApplyGradientDescentÌ•öñºƒ (Bupdate_bn3b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2b/beta, learning_rate, gradients/bn3b_branch2b/beta_grad_S272)HÌ•öñºƒPÁ

RecvTensorßáóñºƒ ½³(½³:
"€€BŠ[512B] edge_273_gradients/bn3b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hßáóñºƒß
/update_bn3b_branch2b/gamma/ApplyGradientDescentÑ•öñºƒ (B“update_bn3b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2b/gamma, learning_rate, gradients/bn3b_branch2b/gamma_grad_S273)HÑ•öñºƒPÆ

RecvTensor‰íóñºƒ ú«(ú«:"€€$€€$B[0.6MB] edge_274_gradients/res3b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‰íóñºƒç
1update_res3b_branch2b/kernel/ApplyGradientDescentƒ™öñºƒ i(iB™update_res3b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3b_branch2b/kernel, learning_rate, gradients/res3b_branch2b/kernel_grad_S274)Hƒ™öñºƒPÀ

RecvTensor¢íóñºƒ á«(á«:
"€€B‰[512B] edge_275_gradients/bn3b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¢íóñºƒÛ
.update_bn3b_branch2a/beta/ApplyGradientDescentì™öñºƒ (Bupdate_bn3b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2a/beta, learning_rate, gradients/bn3b_branch2a/beta_grad_S275)Hì™öñºƒPÁ

RecvTensor¦îóñºƒ Şª(Şª:
"€€BŠ[512B] edge_276_gradients/bn3b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¦îóñºƒß
/update_bn3b_branch2a/gamma/ApplyGradientDescentò™öñºƒ (B“update_bn3b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2a/gamma, learning_rate, gradients/bn3b_branch2a/gamma_grad_S276)Hò™öñºƒPÆ

RecvTensor¸óóñºƒ ¤§(¤§:"€€€€B[0.2MB] edge_277_gradients/res3b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¸óóñºƒç
1update_res3b_branch2a/kernel/ApplyGradientDescentÜšöñºƒ /(/B™update_res3b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3b_branch2a/kernel, learning_rate, gradients/res3b_branch2a/kernel_grad_S277)HÜšöñºƒPÀ

RecvTensor‡ôóñºƒ ×¦(×¦:
"€€B‰[2048B] edge_278_gradients/bn3a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‡ôóñºƒ×
-update_bn3a_branch1/beta/ApplyGradientDescent‹›öñºƒ (Bupdate_bn3a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch1/beta, learning_rate, gradients/bn3a_branch1/beta_grad_S278)H‹›öñºƒPÁ

RecvTensor³öóñºƒ ¬¤(¬¤:
"€€BŠ[2048B] edge_279_gradients/bn3a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H³öóñºƒÛ
.update_bn3a_branch1/gamma/ApplyGradientDescent›öñºƒ (Bupdate_bn3a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch1/gamma, learning_rate, gradients/bn3a_branch1/gamma_grad_S279)H›öñºƒPÅ

RecvTensor÷€ôñºƒ ™(™:"€€ €€ BŒ[0.5MB] edge_280_gradients/res3a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H÷€ôñºƒã
0update_res3a_branch1/kernel/ApplyGradientDescentöñºƒ [([B–update_res3a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch1/kernel, learning_rate, gradients/res3a_branch1/kernel_grad_S280)HöñºƒPÁ

RecvTensorÆôñºƒ Ëœ(Ëœ:
"€€BŠ[2048B] edge_281_gradients/bn3a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÆôñºƒÛ
.update_bn3a_branch2c/beta/ApplyGradientDescentëöñºƒ (Bupdate_bn3a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2c/beta, learning_rate, gradients/bn3a_branch2c/beta_grad_S281)HëöñºƒPÂ

RecvTensorØ…ôñºƒ »˜(»˜:
"€€B‹[2048B] edge_282_gradients/bn3a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HØ…ôñºƒß
/update_bn3a_branch2c/gamma/ApplyGradientDescentğöñºƒ (B“update_bn3a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2c/gamma, learning_rate, gradients/bn3a_branch2c/gamma_grad_S282)HğöñºƒPÆ

RecvTensorŞŠôñºƒ •(•:"€€€€B[0.2MB] edge_283_gradients/res3a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŞŠôñºƒç
1update_res3a_branch2c/kernel/ApplyGradientDescentëŸöñºƒ /(/B™update_res3a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch2c/kernel, learning_rate, gradients/res3a_branch2c/kernel_grad_S283)HëŸöñºƒPÀ

RecvTensorøŠôñºƒ ô”(ô”:
"€€B‰[512B] edge_284_gradients/bn3a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HøŠôñºƒÛ
.update_bn3a_branch2b/beta/ApplyGradientDescentš öñºƒ (Bupdate_bn3a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2b/beta, learning_rate, gradients/bn3a_branch2b/beta_grad_S284)Hš öñºƒPÁ

RecvTensor‚Œôñºƒ ê“(ê“:
"€€BŠ[512B] edge_285_gradients/bn3a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‚Œôñºƒß
/update_bn3a_branch2b/gamma/ApplyGradientDescentŸ öñºƒ (B“update_bn3a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2b/gamma, learning_rate, gradients/bn3a_branch2b/gamma_grad_S285)HŸ öñºƒPÆ

RecvTensorŠ˜ôñºƒ É‹(É‹:"€€$€€$B[0.6MB] edge_286_gradients/res3a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŠ˜ôñºƒç
1update_res3a_branch2b/kernel/ApplyGradientDescentÓ£öñºƒ e(eB™update_res3a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch2b/kernel, learning_rate, gradients/res3a_branch2b/kernel_grad_S286)HÓ£öñºƒPÀ

RecvTensorÛ˜ôñºƒ øŠ(øŠ:
"€€B‰[512B] edge_287_gradients/bn3a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÛ˜ôñºƒÛ
.update_bn3a_branch2a/beta/ApplyGradientDescent¸¤öñºƒ (Bupdate_bn3a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2a/beta, learning_rate, gradients/bn3a_branch2a/beta_grad_S287)H¸¤öñºƒPÁ

RecvTensorÔœôñºƒ €‡(€‡:
"€€BŠ[512B] edge_288_gradients/bn3a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÔœôñºƒß
/update_bn3a_branch2a/gamma/ApplyGradientDescent½¤öñºƒ (B“update_bn3a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2a/gamma, learning_rate, gradients/bn3a_branch2a/gamma_grad_S288)H½¤öñºƒPÆ

RecvTensorÙ¦ôñºƒ çı(çı:"€€€€B[0.1MB] edge_289_gradients/res3a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÙ¦ôñºƒç
1update_res3a_branch2a/kernel/ApplyGradientDescentÂ¤öñºƒ (B™update_res3a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch2a/kernel, learning_rate, gradients/res3a_branch2a/kernel_grad_S289)HÂ¤öñºƒPÁ

RecvTensorë§ôñºƒ Õü(Õü:
"€€BŠ[1024B] edge_290_gradients/bn2c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hë§ôñºƒÛ
.update_bn2c_branch2c/beta/ApplyGradientDescentß¤öñºƒ (Bupdate_bn2c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2c/beta, learning_rate, gradients/bn2c_branch2c/beta_grad_S290)Hß¤öñºƒPÂ

RecvTensor°ôñºƒ ±ô(±ô:
"€€B‹[1024B] edge_291_gradients/bn2c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H°ôñºƒß
/update_bn2c_branch2c/gamma/ApplyGradientDescentå¤öñºƒ (B“update_bn2c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2c/gamma, learning_rate, gradients/bn2c_branch2c/gamma_grad_S291)Hå¤öñºƒPÇ

RecvTensorªµôñºƒ Íï(Íï:"€€€€B[65536B] edge_292_gradients/res2c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hªµôñºƒç
1update_res2c_branch2c/kernel/ApplyGradientDescent÷¤öñºƒ (B™update_res2c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res2c_branch2c/kernel, learning_rate, gradients/res2c_branch2c/kernel_grad_S292)H÷¤öñºƒPÀ

RecvTensorÖµôñºƒ ¢ï(¢ï:
"€€B‰[256B] edge_293_gradients/bn2c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÖµôñºƒÛ
.update_bn2c_branch2b/beta/ApplyGradientDescent‡¥öñºƒ (Bupdate_bn2c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2b/beta, learning_rate, gradients/bn2c_branch2b/beta_grad_S293)H‡¥öñºƒPÁ

RecvTensorÖ·ôñºƒ ¢í(¢í:
"€€BŠ[256B] edge_294_gradients/bn2c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÖ·ôñºƒß
/update_bn2c_branch2b/gamma/ApplyGradientDescentŒ¥öñºƒ (B“update_bn2c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2b/gamma, learning_rate, gradients/bn2c_branch2b/gamma_grad_S294)HŒ¥öñºƒPÆ

RecvTensor¶Ãôñºƒ »â(»â:"€€	€€	B[0.1MB] edge_295_gradients/res2c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¶Ãôñºƒç
1update_res2c_branch2b/kernel/ApplyGradientDescentñ¥öñºƒ (B™update_res2c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res2c_branch2b/kernel, learning_rate, gradients/res2c_branch2b/kernel_grad_S295)Hñ¥öñºƒPÀ

RecvTensorãÃôñºƒ â(â:
"€€B‰[256B] edge_296_gradients/bn2c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HãÃôñºƒÛ
.update_bn2c_branch2a/beta/ApplyGradientDescent¦öñºƒ (Bupdate_bn2c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2a/beta, learning_rate, gradients/bn2c_branch2a/beta_grad_S296)H¦öñºƒPÁ

RecvTensorèÅôñºƒ Šà(Šà:
"€€BŠ[256B] edge_297_gradients/bn2c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HèÅôñºƒß
/update_bn2c_branch2a/gamma/ApplyGradientDescent”¦öñºƒ (B“update_bn2c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2a/gamma, learning_rate, gradients/bn2c_branch2a/gamma_grad_S297)H”¦öñºƒPÇ

RecvTensorËôñºƒ ˜Û(˜Û:"€€€€B[65536B] edge_298_gradients/res2c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HËôñºƒç
1update_res2c_branch2a/kernel/ApplyGradientDescent¨¦öñºƒ (B™update_res2c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res2c_branch2a/kernel, learning_rate, gradients/res2c_branch2a/kernel_grad_S298)H¨¦öñºƒPÁ

RecvTensorªÌôñºƒ ÿÙ(ÿÙ:
"€€BŠ[1024B] edge_299_gradients/bn2b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HªÌôñºƒÛ
.update_bn2b_branch2c/beta/ApplyGradientDescent¹¦öñºƒ (Bupdate_bn2b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2c/beta, learning_rate, gradients/bn2b_branch2c/beta_grad_S299)H¹¦öñºƒPÂ

RecvTensor†Ôôñºƒ ¤Ò(¤Ò:
"€€B‹[1024B] edge_300_gradients/bn2b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H†Ôôñºƒß
/update_bn2b_branch2c/gamma/ApplyGradientDescent¾¦öñºƒ (B“update_bn2b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2c/gamma, learning_rate, gradients/bn2b_branch2c/gamma_grad_S300)H¾¦öñºƒPÇ

RecvTensor·Ùôñºƒ ©Í(©Í:"€€€€B[65536B] edge_301_gradients/res2b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H·Ùôñºƒç
1update_res2b_branch2c/kernel/ApplyGradientDescentà¦öñºƒ (B™update_res2b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res2b_branch2c/kernel, learning_rate, gradients/res2b_branch2c/kernel_grad_S301)Hà¦öñºƒPÀ

RecvTensorâÙôñºƒ şÌ(şÌ:
"€€B‰[256B] edge_302_gradients/bn2b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HâÙôñºƒÛ
.update_bn2b_branch2b/beta/ApplyGradientDescentï¦öñºƒ (Bupdate_bn2b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2b/beta, learning_rate, gradients/bn2b_branch2b/beta_grad_S302)Hï¦öñºƒPÁ

RecvTensorãÛôñºƒ ıÊ(ıÊ:
"€€BŠ[256B] edge_303_gradients/bn2b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HãÛôñºƒß
/update_bn2b_branch2b/gamma/ApplyGradientDescentô¦öñºƒ (B“update_bn2b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2b/gamma, learning_rate, gradients/bn2b_branch2b/gamma_grad_S303)Hô¦öñºƒPÆ

RecvTensorüçôñºƒ Ş¿(Ş¿:"€€	€€	B[0.1MB] edge_304_gradients/res2b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hüçôñºƒç
1update_res2b_branch2b/kernel/ApplyGradientDescentÚ§öñºƒ (B™update_res2b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res2b_branch2b/kernel, learning_rate, gradients/res2b_branch2b/kernel_grad_S304)HÚ§öñºƒPÀ

RecvTensor¨èôñºƒ ²¿(²¿:
"€€B‰[256B] edge_305_gradients/bn2b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¨èôñºƒÛ
.update_bn2b_branch2a/beta/ApplyGradientDescentù§öñºƒ (Bupdate_bn2b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2a/beta, learning_rate, gradients/bn2b_branch2a/beta_grad_S305)Hù§öñºƒPÁ

RecvTensor¬êôñºƒ ®½(®½:
"€€BŠ[256B] edge_306_gradients/bn2b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¬êôñºƒß
/update_bn2b_branch2a/gamma/ApplyGradientDescentş§öñºƒ (B“update_bn2b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2a/gamma, learning_rate, gradients/bn2b_branch2a/gamma_grad_S306)Hş§öñºƒPÇ

RecvTensorÏïôñºƒ Á¸(Á¸:"€€€€B[65536B] edge_307_gradients/res2b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÏïôñºƒç
1update_res2b_branch2a/kernel/ApplyGradientDescent¨öñºƒ (B™update_res2b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res2b_branch2a/kernel, learning_rate, gradients/res2b_branch2a/kernel_grad_S307)H¨öñºƒPÀ

RecvTensorîğôñºƒ £·(£·:
"€€B‰[1024B] edge_308_gradients/bn2a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hîğôñºƒ×
-update_bn2a_branch1/beta/ApplyGradientDescent ¨öñºƒ (Bupdate_bn2a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch1/beta, learning_rate, gradients/bn2a_branch1/beta_grad_S308)H ¨öñºƒPÁ

RecvTensor½õôñºƒ Õ²(Õ²:
"€€BŠ[1024B] edge_309_gradients/bn2a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H½õôñºƒÛ
.update_bn2a_branch1/gamma/ApplyGradientDescent¥¨öñºƒ (Bupdate_bn2a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch1/gamma, learning_rate, gradients/bn2a_branch1/gamma_grad_S309)H¥¨öñºƒPÆ

RecvTensoréúôñºƒ ß­(ß­:"€€€€B[65536B] edge_310_gradients/res2a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Héúôñºƒã
0update_res2a_branch1/kernel/ApplyGradientDescentÈ¨öñºƒ (B–update_res2a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch1/kernel, learning_rate, gradients/res2a_branch1/kernel_grad_S310)HÈ¨öñºƒPÁ

RecvTensor‚üôñºƒ Ç¬(Ç¬:
"€€BŠ[1024B] edge_311_gradients/bn2a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‚üôñºƒÛ
.update_bn2a_branch2c/beta/ApplyGradientDescentÙ¨öñºƒ (Bupdate_bn2a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2c/beta, learning_rate, gradients/bn2a_branch2c/beta_grad_S311)HÙ¨öñºƒPÂ

RecvTensorëƒõñºƒ ß¤(ß¤:
"€€B‹[1024B] edge_312_gradients/bn2a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hëƒõñºƒß
/update_bn2a_branch2c/gamma/ApplyGradientDescentŞ¨öñºƒ (B“update_bn2a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2c/gamma, learning_rate, gradients/bn2a_branch2c/gamma_grad_S312)HŞ¨öñºƒPÇ

RecvTensorûˆõñºƒ … (… :"€€€€B[65536B] edge_313_gradients/res2a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hûˆõñºƒç
1update_res2a_branch2c/kernel/ApplyGradientDescent€©öñºƒ (B™update_res2a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch2c/kernel, learning_rate, gradients/res2a_branch2c/kernel_grad_S313)H€©öñºƒPÀ

RecvTensor¥‰õñºƒ ÛŸ(ÛŸ:
"€€B‰[256B] edge_314_gradients/bn2a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¥‰õñºƒÛ
.update_bn2a_branch2b/beta/ApplyGradientDescent©öñºƒ (Bupdate_bn2a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2b/beta, learning_rate, gradients/bn2a_branch2b/beta_grad_S314)H©öñºƒPÁ

RecvTensor¬‹õñºƒ Ô(Ô:
"€€BŠ[256B] edge_315_gradients/bn2a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¬‹õñºƒß
/update_bn2a_branch2b/gamma/ApplyGradientDescent•©öñºƒ (B“update_bn2a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2b/gamma, learning_rate, gradients/bn2a_branch2b/gamma_grad_S315)H•©öñºƒPÆ

RecvTensor–—õñºƒ ä’(ä’:"€€	€€	B[0.1MB] edge_316_gradients/res2a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H–—õñºƒç
1update_res2a_branch2b/kernel/ApplyGradientDescentú©öñºƒ (B™update_res2a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch2b/kernel, learning_rate, gradients/res2a_branch2b/kernel_grad_S316)Hú©öñºƒPÀ

RecvTensorÅ—õñºƒ µ’(µ’:
"€€B‰[256B] edge_317_gradients/bn2a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÅ—õñºƒÛ
.update_bn2a_branch2a/beta/ApplyGradientDescent˜ªöñºƒ (Bupdate_bn2a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2a/beta, learning_rate, gradients/bn2a_branch2a/beta_grad_S317)H˜ªöñºƒPÁ

RecvTensorÒ™õñºƒ ¨(¨:
"€€BŠ[256B] edge_318_gradients/bn2a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÒ™õñºƒß
/update_bn2a_branch2a/gamma/ApplyGradientDescentœªöñºƒ (B“update_bn2a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2a/gamma, learning_rate, gradients/bn2a_branch2a/gamma_grad_S318)HœªöñºƒPÇ

RecvTensor€›õñºƒ ˆ(ˆ:"€€€€B[16384B] edge_319_gradients/res2a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H€›õñºƒç
1update_res2a_branch2a/kernel/ApplyGradientDescent¡ªöñºƒ (B™update_res2a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch2a/kernel, learning_rate, gradients/res2a_branch2a/kernel_grad_S319)H¡ªöñºƒP»

RecvTensor œõñºƒ è(è:
"€€B„[256B] edge_320_gradients/bn_conv1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H œõñºƒÇ
)update_bn_conv1/beta/ApplyGradientDescent©ªöñºƒ (Bupdate_bn_conv1/beta/ApplyGradientDescent = ApplyGradientDescent(bn_conv1/beta, learning_rate, gradients/bn_conv1/beta_grad_S320)H©ªöñºƒP¼

RecvTensor‘§õñºƒ ÷‚(÷‚:
"€€B…[256B] edge_321_gradients/bn_conv1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‘§õñºƒË
*update_bn_conv1/gamma/ApplyGradientDescent®ªöñºƒ (B„update_bn_conv1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn_conv1/gamma, learning_rate, gradients/bn_conv1/gamma_grad_S321)H®ªöñºƒP¼

RecvTensorñ¬õñºƒ ¶}(¶}:"€¦€¦B…[37632B] edge_322_gradients/conv1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hñ¬õñºƒÂ
(update_conv1/kernel/ApplyGradientDescent³ªöñºƒ (B~update_conv1/kernel/ApplyGradientDescent = ApplyGradientDescent(conv1/kernel, learning_rate, gradients/conv1/kernel_grad_S322)H³ªöñºƒP