
˜‹

Øê
)/job:worker/replica:0/task:0/device:CPU:0¯

RecvTensor›¾Ìñºƒ ˆ(ˆ:"€¦€¦By[37632B] edge_1_conv1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H›¾Ìñºƒ­

RecvTensor¾Ìñºƒ †(†:
"€€By[256B] edge_2_bn_conv1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¾Ìñºƒª

RecvTensor¡¾Ìñºƒ ](]:
"€€Bx[256B] edge_3_bn_conv1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¡¾Ìñºƒ¹

RecvTensor¤¾Ìñºƒ (:"€€€€B‚[16384B] edge_4_res2a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¤¾Ìñºƒ°

RecvTensor§¾Ìñºƒ |(|:
"€€B~[256B] edge_5_bn2a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H§¾Ìñºƒ¯

RecvTensorª¾Ìñºƒ y(y:
"€€B}[256B] edge_6_bn2a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hª¾Ìñºƒ¸

RecvTensor­¾Ìñºƒ ö(ö:"€€	€€	B[0.1MB] edge_7_res2a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H­¾Ìñºƒ°

RecvTensor°¾Ìñºƒ u(u:
"€€B~[256B] edge_8_bn2a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H°¾Ìñºƒ±

RecvTensor³¾Ìñºƒ ğ(ğ:
"€€B}[256B] edge_9_bn2a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H³¾Ìñºƒº

RecvTensor¶¾Ìñºƒ ³(³:"€€€€Bƒ[65536B] edge_10_res2a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¶¾Ìñºƒµ

RecvTensor¹¾Ìñºƒ é(é:
"€€B€[1024B] edge_11_bn2a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¹¾Ìñºƒ±

RecvTensor¼¾Ìñºƒ h(h:
"€€B[1024B] edge_12_bn2a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¼¾Ìñºƒ¹

RecvTensor¿¾Ìñºƒ ã(ã:"€€€€B‚[65536B] edge_13_res2a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¿¾Ìñºƒ³

RecvTensorÂ¾Ìñºƒ ˜(˜:
"€€B[1024B] edge_14_bn2a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÂ¾Ìñºƒ²

RecvTensorÅ¾Ìñºƒ ¥(¥:
"€€B~[1024B] edge_15_bn2a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÅ¾Ìñºƒº

RecvTensorÈ¾Ìñºƒ “(“:"€€€€Bƒ[65536B] edge_16_res2b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÈ¾Ìñºƒ³

RecvTensorË¾Ìñºƒ (:
"€€B[256B] edge_17_bn2b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HË¾Ìñºƒ²

RecvTensorÎ¾Ìñºƒ Œ(Œ:
"€€B~[256B] edge_18_bn2b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÎ¾Ìñºƒ¹

RecvTensorÑ¾Ìñºƒ ˆ(ˆ:"€€	€€	B‚[0.1MB] edge_19_res2b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÑ¾Ìñºƒ³

RecvTensorÔ¾Ìñºƒ †(†:
"€€B[256B] edge_20_bn2b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÔ¾Ìñºƒ²

RecvTensor×¾Ìñºƒ „(„:
"€€B~[256B] edge_21_bn2b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H×¾Ìñºƒº

RecvTensorÚ¾Ìñºƒ º(º:"€€€€Bƒ[65536B] edge_22_res2b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÚ¾Ìñºƒµ

RecvTensorÜ¾Ìñºƒ ·(·:
"€€B€[1024B] edge_23_bn2b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÜ¾Ìñºƒ³

RecvTensorß¾Ìñºƒ ü(ü:
"€€B[1024B] edge_24_bn2b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hß¾Ìñºƒº

RecvTensorâ¾Ìñºƒ ’(’:"€€€€Bƒ[65536B] edge_25_res2c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hâ¾Ìñºƒ³

RecvTensorå¾Ìñºƒ ­(­:
"€€B[256B] edge_26_bn2c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hå¾Ìñºƒ²

RecvTensorè¾Ìñºƒ ô(ô:
"€€B~[256B] edge_27_bn2c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hè¾Ìñºƒ¹

RecvTensorë¾Ìñºƒ §(§:"€€	€€	B‚[0.1MB] edge_28_res2c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hë¾Ìñºƒ³

RecvTensorî¾Ìñºƒ ÿ
(ÿ
:
"€€B[256B] edge_29_bn2c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hî¾Ìñºƒ²

RecvTensorñ¾Ìñºƒ „(„:
"€€B~[256B] edge_30_bn2c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hñ¾Ìñºƒº

RecvTensorô¾Ìñºƒ È(È:"€€€€Bƒ[65536B] edge_31_res2c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hô¾Ìñºƒµ

RecvTensor÷¾Ìñºƒ (:
"€€B€[1024B] edge_32_bn2c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H÷¾Ìñºƒ³

RecvTensorú¾Ìñºƒ š(š:
"€€B[1024B] edge_33_bn2c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hú¾Ìñºƒ¹

RecvTensorı¾Ìñºƒ ‡(‡:"€€€€B‚[0.1MB] edge_34_res3a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hı¾Ìñºƒ³

RecvTensor€¿Ìñºƒ í
(í
:
"€€B[512B] edge_35_bn3a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H€¿Ìñºƒ²

RecvTensorƒ¿Ìñºƒ Ğ(Ğ:
"€€B~[512B] edge_36_bn3a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hƒ¿Ìñºƒ¹

RecvTensor†¿Ìñºƒ ç
(ç
:"€€$€€$B‚[0.6MB] edge_37_res3a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H†¿Ìñºƒ³

RecvTensor‰¿Ìñºƒ É(É:
"€€B[512B] edge_38_bn3a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‰¿Ìñºƒ²

RecvTensorŒ¿Ìñºƒ Å(Å:
"€€B~[512B] edge_39_bn3a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŒ¿Ìñºƒ¹

RecvTensor¿Ìñºƒ ¾(¾:"€€€€B‚[0.2MB] edge_40_res3a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¿Ìñºƒµ

RecvTensor’¿Ìñºƒ ½(½:
"€€B€[2048B] edge_41_bn3a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H’¿Ìñºƒ³

RecvTensor•¿Ìñºƒ ¿(¿:
"€€B[2048B] edge_42_bn3a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H•¿Ìñºƒ¸

RecvTensor˜¿Ìñºƒ ü(ü:"€€ €€ B[0.5MB] edge_43_res3a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H˜¿Ìñºƒ³

RecvTensor›¿Ìñºƒ û(û:
"€€B[2048B] edge_44_bn3a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H›¿Ìñºƒ²

RecvTensor¿Ìñºƒ ³(³:
"€€B~[2048B] edge_45_bn3a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¿Ìñºƒ¹

RecvTensor¡¿Ìñºƒ Î(Î:"€€€€B‚[0.2MB] edge_46_res3b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¡¿Ìñºƒ³

RecvTensor¤¿Ìñºƒ ®(®:
"€€B[512B] edge_47_bn3b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¤¿Ìñºƒ²

RecvTensor§¿Ìñºƒ ğ(ğ:
"€€B~[512B] edge_48_bn3b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H§¿Ìñºƒ¹

RecvTensorª¿Ìñºƒ å(å:"€€$€€$B‚[0.6MB] edge_49_res3b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hª¿Ìñºƒ³

RecvTensor­¿Ìñºƒ …(…:
"€€B[512B] edge_50_bn3b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H­¿Ìñºƒ²

RecvTensor°¿Ìñºƒ ¿(¿:
"€€B~[512B] edge_51_bn3b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H°¿Ìñºƒ¹

RecvTensor³¿Ìñºƒ œ(œ:"€€€€B‚[0.2MB] edge_52_res3b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H³¿Ìñºƒµ

RecvTensor¶¿Ìñºƒ ›(›:
"€€B€[2048B] edge_53_bn3b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¶¿Ìñºƒ³

RecvTensor¹¿Ìñºƒ û(û:
"€€B[2048B] edge_54_bn3b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¹¿Ìñºƒ¹

RecvTensor¼¿Ìñºƒ õ(õ:"€€€€B‚[0.2MB] edge_55_res3c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¼¿Ìñºƒ³

RecvTensor¿¿Ìñºƒ ô(ô:
"€€B[512B] edge_56_bn3c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¿¿Ìñºƒ²

RecvTensorÂ¿Ìñºƒ ğ(ğ:
"€€B~[512B] edge_57_bn3c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÂ¿Ìñºƒ¹

RecvTensorÅ¿Ìñºƒ Ä"(Ä":"€€$€€$B‚[0.6MB] edge_58_res3c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÅ¿Ìñºƒ³

RecvTensorÈ¿Ìñºƒ ‰(‰:
"€€B[512B] edge_59_bn3c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÈ¿Ìñºƒ²

RecvTensorË¿Ìñºƒ Æ(Æ:
"€€B~[512B] edge_60_bn3c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HË¿Ìñºƒ¹

RecvTensorÎ¿Ìñºƒ È(È:"€€€€B‚[0.2MB] edge_61_res3c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÎ¿Ìñºƒµ

RecvTensorÑ¿Ìñºƒ å(å:
"€€B€[2048B] edge_62_bn3c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÑ¿Ìñºƒ³

RecvTensorÔ¿Ìñºƒ ¼(¼:
"€€B[2048B] edge_63_bn3c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÔ¿Ìñºƒ¹

RecvTensor×¿Ìñºƒ “$(“$:"€€€€B‚[0.2MB] edge_64_res3d_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H×¿Ìñºƒ³

RecvTensorÚ¿Ìñºƒ $($:
"€€B[512B] edge_65_bn3d_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÚ¿Ìñºƒ²

RecvTensorİ¿Ìñºƒ ²(²:
"€€B~[512B] edge_66_bn3d_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hİ¿Ìñºƒ¹

RecvTensorà¿Ìñºƒ ®(®:"€€$€€$B‚[0.6MB] edge_67_res3d_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hà¿Ìñºƒ³

RecvTensorã¿Ìñºƒ §"(§":
"€€B[512B] edge_68_bn3d_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hã¿Ìñºƒ²

RecvTensoræ¿Ìñºƒ £"(£":
"€€B~[512B] edge_69_bn3d_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hæ¿Ìñºƒ¹

RecvTensorè¿Ìñºƒ ¦)(¦):"€€€€B‚[0.2MB] edge_70_res3d_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hè¿Ìñºƒµ

RecvTensorë¿Ìñºƒ ‚$(‚$:
"€€B€[2048B] edge_71_bn3d_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hë¿Ìñºƒ³

RecvTensorî¿Ìñºƒ ¢)(¢):
"€€B[2048B] edge_72_bn3d_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hî¿Ìñºƒ¹

RecvTensorñ¿Ìñºƒ ½'(½':"€€ €€ B‚[0.5MB] edge_73_res4a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hñ¿Ìñºƒµ

RecvTensorô¿Ìñºƒ ÷#(÷#:
"€€B€[1024B] edge_74_bn4a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hô¿Ìñºƒ³

RecvTensor÷¿Ìñºƒ ˜)(˜):
"€€B[1024B] edge_75_bn4a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H÷¿Ìñºƒ»

RecvTensorû¿Ìñºƒ ö8(ö8:"
€€€€B‚[2.2MB] edge_76_res4a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hû¿Ìñºƒµ

RecvTensorş¿Ìñºƒ ğ#(ğ#:
"€€B€[1024B] edge_77_bn4a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hş¿Ìñºƒ³

RecvTensorÀÌñºƒ ñ?(ñ?:
"€€B[1024B] edge_78_bn4a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÀÌñºƒ¹

RecvTensor„ÀÌñºƒ í?(í?:"€€@€€@B‚[1.0MB] edge_79_res4a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H„ÀÌñºƒµ

RecvTensor‡ÀÌñºƒ î?(î?:
"€ € B€[4096B] edge_80_bn4a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‡ÀÌñºƒ³

RecvTensorŠÀÌñºƒ òF(òF:
"€ € B[4096B] edge_81_bn4a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŠÀÌñºƒº

RecvTensorÀÌñºƒ ôT(ôT:"
€€€€€€B[2.0MB] edge_82_res4a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÀÌñºƒ³

RecvTensorÀÌñºƒ é?(é?:
"€ € B[4096B] edge_83_bn4a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÀÌñºƒ²

RecvTensor’ÀÌñºƒ îF(îF:
"€ € B~[4096B] edge_84_bn4a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H’ÀÌñºƒ¹

RecvTensor–ÀÌñºƒ ãF(ãF:"€€@€€@B‚[1.0MB] edge_85_res4b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H–ÀÌñºƒµ

RecvTensor™ÀÌñºƒ éT(éT:
"€€B€[1024B] edge_86_bn4b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H™ÀÌñºƒ³

RecvTensorœÀÌñºƒ Ïd(Ïd:
"€€B[1024B] edge_87_bn4b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HœÀÌñºƒ»

RecvTensorŸÀÌñºƒ Ãd(Ãd:"
€€€€B‚[2.2MB] edge_88_res4b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŸÀÌñºƒµ

RecvTensor¢ÀÌñºƒ Èd(Èd:
"€€B€[1024B] edge_89_bn4b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¢ÀÌñºƒ³

RecvTensor¤ÀÌñºƒ İF(İF:
"€€B[1024B] edge_90_bn4b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¤ÀÌñºƒ¹

RecvTensor§ÀÌñºƒ Äk(Äk:"€€@€€@B‚[1.0MB] edge_91_res4b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H§ÀÌñºƒµ

RecvTensorªÀÌñºƒ ¿d(¿d:
"€ € B€[4096B] edge_92_bn4b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HªÀÌñºƒ³

RecvTensor­ÀÌñºƒ ¸d(¸d:
"€ € B[4096B] edge_93_bn4b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H­ÀÌñºƒ»

RecvTensor°ÀÌñºƒ …’(…’:"€€@€€@B‚[1.0MB] edge_94_res4c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H°ÀÌñºƒµ

RecvTensor³ÀÌñºƒ ¹k(¹k:
"€€B€[1024B] edge_95_bn4c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H³ÀÌñºƒ³

RecvTensor¶ÀÌñºƒ ¶k(¶k:
"€€B[1024B] edge_96_bn4c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¶ÀÌñºƒ»

RecvTensor¹ÀÌñºƒ —{(—{:"
€€€€B‚[2.2MB] edge_97_res4c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¹ÀÌñºƒ·

RecvTensor¼ÀÌñºƒ ùŠ(ùŠ:
"€€B€[1024B] edge_98_bn4c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¼ÀÌñºƒµ

RecvTensor¿ÀÌñºƒ ÷˜(÷˜:
"€€B[1024B] edge_99_bn4c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¿ÀÌñºƒ¼

RecvTensorÂÀÌñºƒ ôŸ(ôŸ:"€€@€€@Bƒ[1.0MB] edge_100_res4c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÂÀÌñºƒ¶

RecvTensorÅÀÌñºƒ «k(«k:
"€ € B[4096B] edge_101_bn4c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÅÀÌñºƒ·

RecvTensorÈÀÌñºƒ ìŠ(ìŠ:
"€ € B€[4096B] edge_102_bn4c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÈÀÌñºƒ¼

RecvTensorËÀÌñºƒ ê˜(ê˜:"€€@€€@Bƒ[1.0MB] edge_103_res4d_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HËÀÌñºƒ¸

RecvTensorÎÀÌñºƒ éŸ(éŸ:
"€€B[1024B] edge_104_bn4d_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÎÀÌñºƒ·

RecvTensorÑÀÌñºƒ è¦(è¦:
"€€B€[1024B] edge_105_bn4d_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÑÀÌñºƒ¾

RecvTensorÔÀÌñºƒ ÜŠ(ÜŠ:"
€€€€Bƒ[2.2MB] edge_106_res4d_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÔÀÌñºƒ¸

RecvTensor×ÀÌñºƒ áŸ(áŸ:
"€€B[1024B] edge_107_bn4d_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H×ÀÌñºƒ·

RecvTensorÚÀÌñºƒ ç¦(ç¦:
"€€B€[1024B] edge_108_bn4d_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÚÀÌñºƒ¼

RecvTensorİÀÌñºƒ Û¦(Û¦:"€€@€€@Bƒ[1.0MB] edge_109_res4d_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HİÀÌñºƒ¸

RecvTensoràÀÌñºƒ à¦(à¦:
"€ € B[4096B] edge_110_bn4d_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HàÀÌñºƒ·

RecvTensorãÀÌñºƒ Ù¦(Ù¦:
"€ € B€[4096B] edge_111_bn4d_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HãÀÌñºƒ¼

RecvTensoræÀÌñºƒ ¼½(¼½:"€€@€€@Bƒ[1.0MB] edge_112_res4e_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HæÀÌñºƒ¸

RecvTensoréÀÌñºƒ º½(º½:
"€€B[1024B] edge_113_bn4e_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HéÀÌñºƒ·

RecvTensorìÀÌñºƒ ¹½(¹½:
"€€B€[1024B] edge_114_bn4e_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HìÀÌñºƒ¾

RecvTensorïÀÌñºƒ ²¶(²¶:"
€€€€Bƒ[2.2MB] edge_115_res4e_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HïÀÌñºƒ¸

RecvTensoróÀÌñºƒ °½(°½:
"€€B[1024B] edge_116_bn4e_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HóÀÌñºƒ·

RecvTensoröÀÌñºƒ ®½(®½:
"€€B€[1024B] edge_117_bn4e_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HöÀÌñºƒ¼

RecvTensorùÀÌñºƒ ¬Ä(¬Ä:"€€@€€@Bƒ[1.0MB] edge_118_res4e_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HùÀÌñºƒ¸

RecvTensorüÀÌñºƒ ­Ë(­Ë:
"€ € B[4096B] edge_119_bn4e_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HüÀÌñºƒ·

RecvTensorÿÀÌñºƒ ¯Ò(¯Ò:
"€ € B€[4096B] edge_120_bn4e_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÿÀÌñºƒ¼

RecvTensor‚ÁÌñºƒ £Ë(£Ë:"€€@€€@Bƒ[1.0MB] edge_121_res4f_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‚ÁÌñºƒ¸

RecvTensor…ÁÌñºƒ ¶(¶:
"€€B[1024B] edge_122_bn4f_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H…ÁÌñºƒ·

RecvTensorˆÁÌñºƒ £Ò(£Ò:
"€€B€[1024B] edge_123_bn4f_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HˆÁÌñºƒ¾

RecvTensor‹ÁÌñºƒ ƒâ(ƒâ:"
€€€€Bƒ[2.2MB] edge_124_res4f_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‹ÁÌñºƒ¸

RecvTensorÁÌñºƒ â(â:
"€€B[1024B] edge_125_bn4f_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÁÌñºƒ·

RecvTensor‘ÁÌñºƒ ™Ë(™Ë:
"€€B€[1024B] edge_126_bn4f_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‘ÁÌñºƒ¼

RecvTensor”ÁÌñºƒ –Ò(–Ò:"€€@€€@Bƒ[1.0MB] edge_127_res4f_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H”ÁÌñºƒ¸

RecvTensor—ÁÌñºƒ „¯(„¯:
"€ € B[4096B] edge_128_bn4f_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H—ÁÌñºƒ·

RecvTensoršÁÌñºƒ ‹¯(‹¯:
"€ € B€[4096B] edge_129_bn4f_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HšÁÌñºƒ¾

RecvTensorÁÌñºƒ óï(óï:"
€€€€€€Bƒ[2.0MB] edge_130_res5a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÁÌñºƒ¸

RecvTensor ÁÌñºƒ ñï(ñï:
"€€B[2048B] edge_131_bn5a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H ÁÌñºƒ·

RecvTensor£ÁÌñºƒ ñ®(ñ®:
"€€B€[2048B] edge_132_bn5a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H£ÁÌñºƒ¾

RecvTensor¦ÁÌñºƒ ì®(ì®:"
€€À€€ÀBƒ[9.0MB] edge_133_res5a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¦ÁÌñºƒ¸

RecvTensorªÁÌñºƒ í®(í®:
"€€B[2048B] edge_134_bn5a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HªÁÌñºƒ·

RecvTensor­ÁÌñºƒ é®(é®:
"€€B€[2048B] edge_135_bn5a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H­ÁÌñºƒ¾

RecvTensor°ÁÌñºƒ öÊ(öÊ:"
€€€€€€Bƒ[4.0MB] edge_136_res5a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H°ÁÌñºƒ¸

RecvTensor³ÁÌñºƒ ï®(ï®:
"€@€@B[8192B] edge_137_bn5a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H³ÁÌñºƒ·

RecvTensor¶ÁÌñºƒ ÷Ê(÷Ê:
"€@€@B€[8192B] edge_138_bn5a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¶ÁÌñºƒ½

RecvTensor¹ÁÌñºƒ Ÿ(Ÿ:"
€€€€€€B‚[8.0MB] edge_139_res5a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¹ÁÌñºƒ·

RecvTensor¼ÁÌñºƒ üæ(üæ:
"€@€@B€[8192B] edge_140_bn5a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¼ÁÌñºƒµ

RecvTensor¿ÁÌñºƒ ‡ç(‡ç:
"€@€@B[8192B] edge_141_bn5a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¿ÁÌñºƒ¾

RecvTensorÁÁÌñºƒ îæ(îæ:"
€€€€€€Bƒ[4.0MB] edge_142_res5b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÁÁÌñºƒ¸

RecvTensorÄÁÌñºƒ ëÊ(ëÊ:
"€€B[2048B] edge_143_bn5b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÄÁÌñºƒ·

RecvTensorÇÁÌñºƒ êæ(êæ:
"€€B€[2048B] edge_144_bn5b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÇÁÌñºƒ¾

RecvTensorÊÁÌñºƒ ÿİ(ÿİ:"
€€À€€ÀBƒ[9.0MB] edge_145_res5b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÊÁÌñºƒ¸

RecvTensorÍÁÌñºƒ û(û:
"€€B[2048B] edge_146_bn5b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÍÁÌñºƒ·

RecvTensorĞÁÌñºƒ ûİ(ûİ:
"€€B€[2048B] edge_147_bn5b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HĞÁÌñºƒ¾

RecvTensorÒÁÌñºƒ ùù(ùù:"
€€€€€€Bƒ[4.0MB] edge_148_res5b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÒÁÌñºƒ¸

RecvTensorÖÁÌñºƒ éæ(éæ:
"€@€@B[8192B] edge_149_bn5b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÖÁÌñºƒ·

RecvTensorØÁÌñºƒ ÿ¸(ÿ¸:
"€@€@B€[8192B] edge_150_bn5b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HØÁÌñºƒ¾

RecvTensorÛÁÌñºƒ şÔ(şÔ:"
€€€€€€Bƒ[4.0MB] edge_151_res5c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÛÁÌñºƒ¸

RecvTensorŞÁÌñºƒ ïù(ïù:
"€€B[2048B] edge_152_bn5c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŞÁÌñºƒ·

RecvTensoráÁÌñºƒ ÷¸(÷¸:
"€€B€[2048B] edge_153_bn5c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HáÁÌñºƒ¾

RecvTensoräÁÌñºƒ ì¸(ì¸:"
€€À€€ÀBƒ[9.0MB] edge_154_res5c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HäÁÌñºƒ¸

RecvTensorèÁÌñºƒ çù(çù:
"€€B[2048B] edge_155_bn5c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HèÁÌñºƒ·

RecvTensorëÁÌñºƒ ïÔ(ïÔ:
"€€B€[2048B] edge_156_bn5c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HëÁÌñºƒ¾

RecvTensorîÁÌñºƒ íğ(íğ:"
€€€€€€Bƒ[4.0MB] edge_157_res5c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HîÁÌñºƒ¸

RecvTensorñÁÌñºƒ ñğ(ñğ:
"€@€@B[8192B] edge_158_bn5c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HñÁÌñºƒ·

RecvTensorôÁÌñºƒ õğ(õğ:
"€@€@B€[8192B] edge_159_bn5c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HôÁÌñºƒµ

RecvTensor÷ÁÌñºƒ Ë§(Ë§:"
€€ô€€ôB{[7.8MB] edge_160_fc1000/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H÷ÁÌñºƒ¯

RecvTensorúÁÌñºƒ Ë§(Ë§:
"  By[4000B] edge_161_fc1000/bias/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HúÁÌñºƒ\
conv1/Conv2D£¿Ìñºƒ ü(üB2conv1/Conv2D = Conv2D(input, conv1/kernel/read_S1)H£¿ÌñºƒP 
bn_conv1/FusedBatchNormV3ŸÅÌñºƒ º(ºBibn_conv1/FusedBatchNormV3 = FusedBatchNormV3(conv1/Conv2D, bn_conv1/gamma/read_S2, bn_conv1/beta/read_S3)HŸÅÌñºƒP^
conv1_relu/ReluÙÈÌñºƒ ¯(¯B1conv1_relu/Relu = Relu(bn_conv1/FusedBatchNormV3)HÙÈÌñºƒPS
pool1/MaxPoolˆËÌñºƒ É(ÉB(pool1/MaxPool = MaxPool(conv1_relu/Relu)HˆËÌñºƒP}
res2a_branch2a/Conv2DÑÌÌñºƒ _(_BLres2a_branch2a/Conv2D = Conv2D(pool1/MaxPool, res2a_branch2a/kernel/read_S4)HÑÌÌñºƒP¼
bn2a_branch2a/FusedBatchNormV3°ÍÌñºƒ y(yBbn2a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch2a/Conv2D, bn2a_branch2a/gamma/read_S5, bn2a_branch2a/beta/read_S6)H°ÍÌñºƒPs
res2a_branch2a_relu/Relu©ÎÌñºƒ S(SB?res2a_branch2a_relu/Relu = Relu(bn2a_branch2a/FusedBatchNormV3)H©ÎÌñºƒPŠ
res2a_branch2b/Conv2DüÎÌñºƒ İ(İBWres2a_branch2b/Conv2D = Conv2D(res2a_branch2a_relu/Relu, res2a_branch2b/kernel/read_S7)HüÎÌñºƒP¼
bn2a_branch2b/FusedBatchNormV3ÙÔÌñºƒ v(vBbn2a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch2b/Conv2D, bn2a_branch2b/gamma/read_S8, bn2a_branch2b/beta/read_S9)HÙÔÌñºƒPs
res2a_branch2b_relu/ReluÏÕÌñºƒ O(OB?res2a_branch2b_relu/Relu = Relu(bn2a_branch2b/FusedBatchNormV3)HÏÕÌñºƒP‹
res2a_branch2c/Conv2DÖÌñºƒ ë(ëBXres2a_branch2c/Conv2D = Conv2D(res2a_branch2b_relu/Relu, res2a_branch2c/kernel/read_S10)HÖÌñºƒPÀ
bn2a_branch2c/FusedBatchNormV3‰ÙÌñºƒ Æ(ÆBƒbn2a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch2c/Conv2D, bn2a_branch2c/gamma/read_S11, bn2a_branch2c/beta/read_S12)H‰ÙÌñºƒP}
res2a_branch1/Conv2DÏÜÌñºƒ ×(×BKres2a_branch1/Conv2D = Conv2D(pool1/MaxPool, res2a_branch1/kernel/read_S13)HÏÜÌñºƒPº
bn2a_branch1/FusedBatchNormV3¦ßÌñºƒ È(ÈBbn2a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch1/Conv2D, bn2a_branch1/gamma/read_S14, bn2a_branch1/beta/read_S15)H¦ßÌñºƒPw
	res2a/addîâÌñºƒ Ë(ËBPres2a/add = AddV2(bn2a_branch2c/FusedBatchNormV3, bn2a_branch1/FusedBatchNormV3)HîâÌñºƒPN
res2a_relu/Relu¹æÌñºƒ ²(²B!res2a_relu/Relu = Relu(res2a/add)H¹æÌñºƒP‚
res2b_branch2a/Conv2DëèÌñºƒ Ê(ÊBOres2b_branch2a/Conv2D = Conv2D(res2a_relu/Relu, res2b_branch2a/kernel/read_S16)HëèÌñºƒP¾
bn2b_branch2a/FusedBatchNormV3µëÌñºƒ y(yBƒbn2b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res2b_branch2a/Conv2D, bn2b_branch2a/gamma/read_S17, bn2b_branch2a/beta/read_S18)HµëÌñºƒPs
res2b_branch2a_relu/Relu®ìÌñºƒ V(VB?res2b_branch2a_relu/Relu = Relu(bn2b_branch2a/FusedBatchNormV3)H®ìÌñºƒP‹
res2b_branch2b/Conv2D„íÌñºƒ å(åBXres2b_branch2b/Conv2D = Conv2D(res2b_branch2a_relu/Relu, res2b_branch2b/kernel/read_S19)H„íÌñºƒP¾
bn2b_branch2b/FusedBatchNormV3éòÌñºƒ z(zBƒbn2b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res2b_branch2b/Conv2D, bn2b_branch2b/gamma/read_S20, bn2b_branch2b/beta/read_S21)HéòÌñºƒPs
res2b_branch2b_relu/ReluãóÌñºƒ R(RB?res2b_branch2b_relu/Relu = Relu(bn2b_branch2b/FusedBatchNormV3)HãóÌñºƒP‹
res2b_branch2c/Conv2DµôÌñºƒ Ü(ÜBXres2b_branch2c/Conv2D = Conv2D(res2b_branch2b_relu/Relu, res2b_branch2c/kernel/read_S22)HµôÌñºƒPÀ
bn2b_branch2c/FusedBatchNormV3‘÷Ìñºƒ Å(ÅBƒbn2b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res2b_branch2c/Conv2D, bn2b_branch2c/gamma/read_S23, bn2b_branch2c/beta/read_S24)H‘÷ÌñºƒPi
	res2b/addÖúÌñºƒ Ë(ËBBres2b/add = AddV2(bn2b_branch2c/FusedBatchNormV3, res2a_relu/Relu)HÖúÌñºƒPN
res2b_relu/Relu¡şÌñºƒ ¯(¯B!res2b_relu/Relu = Relu(res2b/add)H¡şÌñºƒP‚
res2c_branch2a/Conv2DĞ€Íñºƒ Í(ÍBOres2c_branch2a/Conv2D = Conv2D(res2b_relu/Relu, res2c_branch2a/kernel/read_S25)HĞ€ÍñºƒP¾
bn2c_branch2a/FusedBatchNormV3ƒÍñºƒ t(tBƒbn2c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res2c_branch2a/Conv2D, bn2c_branch2a/gamma/read_S26, bn2c_branch2a/beta/read_S27)HƒÍñºƒPs
res2c_branch2a_relu/Relu‘„Íñºƒ U(UB?res2c_branch2a_relu/Relu = Relu(bn2c_branch2a/FusedBatchNormV3)H‘„ÍñºƒP‹
res2c_branch2b/Conv2Dæ„Íñºƒ î(îBXres2c_branch2b/Conv2D = Conv2D(res2c_branch2a_relu/Relu, res2c_branch2b/kernel/read_S28)Hæ„ÍñºƒP¾
bn2c_branch2b/FusedBatchNormV3ÔŠÍñºƒ y(yBƒbn2c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res2c_branch2b/Conv2D, bn2c_branch2b/gamma/read_S29, bn2c_branch2b/beta/read_S30)HÔŠÍñºƒPs
res2c_branch2b_relu/ReluÍ‹Íñºƒ U(UB?res2c_branch2b_relu/Relu = Relu(bn2c_branch2b/FusedBatchNormV3)HÍ‹ÍñºƒP‹
res2c_branch2c/Conv2D¢ŒÍñºƒ î(îBXres2c_branch2c/Conv2D = Conv2D(res2c_branch2b_relu/Relu, res2c_branch2c/kernel/read_S31)H¢ŒÍñºƒPÀ
bn2c_branch2c/FusedBatchNormV3Íñºƒ ¾(¾Bƒbn2c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res2c_branch2c/Conv2D, bn2c_branch2c/gamma/read_S32, bn2c_branch2c/beta/read_S33)HÍñºƒPi
	res2c/addÎ’Íñºƒ Ö(ÖBBres2c/add = AddV2(bn2c_branch2c/FusedBatchNormV3, res2b_relu/Relu)HÎ’ÍñºƒPN
res2c_relu/Relu¤–Íñºƒ ¿(¿B!res2c_relu/Relu = Relu(res2c/add)H¤–ÍñºƒP‚
res3a_branch2a/Conv2Dã˜Íñºƒ »(»BOres3a_branch2a/Conv2D = Conv2D(res2c_relu/Relu, res3a_branch2a/kernel/read_S34)Hã˜ÍñºƒPÀ
bn3a_branch2a/FusedBatchNormV3Íñºƒ Ş(ŞBƒbn3a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch2a/Conv2D, bn3a_branch2a/gamma/read_S35, bn3a_branch2a/beta/read_S36)HÍñºƒPu
res3a_branch2a_relu/ReluüŸÍñºƒ (B?res3a_branch2a_relu/Relu = Relu(bn3a_branch2a/FusedBatchNormV3)HüŸÍñºƒP‹
res3a_branch2b/Conv2Dš¡Íñºƒ ”(”BXres3a_branch2b/Conv2D = Conv2D(res3a_branch2a_relu/Relu, res3a_branch2b/kernel/read_S37)Hš¡ÍñºƒP¾
bn3a_branch2b/FusedBatchNormV3®§Íñºƒ E(EBƒbn3a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch2b/Conv2D, bn3a_branch2b/gamma/read_S38, bn3a_branch2b/beta/read_S39)H®§ÍñºƒPs
res3a_branch2b_relu/Reluó§Íñºƒ -(-B?res3a_branch2b_relu/Relu = Relu(bn3a_branch2b/FusedBatchNormV3)Hó§ÍñºƒP‹
res3a_branch2c/Conv2D ¨Íñºƒ Ô(ÔBXres3a_branch2c/Conv2D = Conv2D(res3a_branch2b_relu/Relu, res3a_branch2c/kernel/read_S40)H ¨ÍñºƒPÀ
bn3a_branch2c/FusedBatchNormV3ôªÍñºƒ è(èBƒbn3a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch2c/Conv2D, bn3a_branch2c/gamma/read_S41, bn3a_branch2c/beta/read_S42)HôªÍñºƒP
res3a_branch1/Conv2DÜ¬Íñºƒ µ(µBMres3a_branch1/Conv2D = Conv2D(res2c_relu/Relu, res3a_branch1/kernel/read_S43)HÜ¬ÍñºƒPº
bn3a_branch1/FusedBatchNormV3‘²Íñºƒ é(éBbn3a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch1/Conv2D, bn3a_branch1/gamma/read_S44, bn3a_branch1/beta/read_S45)H‘²ÍñºƒPw
	res3a/addú³Íñºƒ â(âBPres3a/add = AddV2(bn3a_branch2c/FusedBatchNormV3, bn3a_branch1/FusedBatchNormV3)Hú³ÍñºƒPN
res3a_relu/ReluÜµÍñºƒ ¢(¢B!res3a_relu/Relu = Relu(res3a/add)HÜµÍñºƒP‚
res3b_branch2a/Conv2Dş¶Íñºƒ ì(ìBOres3b_branch2a/Conv2D = Conv2D(res3a_relu/Relu, res3b_branch2a/kernel/read_S46)Hş¶ÍñºƒP¾
bn3b_branch2a/FusedBatchNormV3ê¹Íñºƒ ?(?Bƒbn3b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3b_branch2a/Conv2D, bn3b_branch2a/gamma/read_S47, bn3b_branch2a/beta/read_S48)Hê¹ÍñºƒPs
res3b_branch2a_relu/Relu©ºÍñºƒ ,(,B?res3b_branch2a_relu/Relu = Relu(bn3b_branch2a/FusedBatchNormV3)H©ºÍñºƒP‹
res3b_branch2b/Conv2DÕºÍñºƒ £(£BXres3b_branch2b/Conv2D = Conv2D(res3b_branch2a_relu/Relu, res3b_branch2b/kernel/read_S49)HÕºÍñºƒP¾
bn3b_branch2b/FusedBatchNormV3øÀÍñºƒ A(ABƒbn3b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3b_branch2b/Conv2D, bn3b_branch2b/gamma/read_S50, bn3b_branch2b/beta/read_S51)HøÀÍñºƒPs
res3b_branch2b_relu/Relu¹ÁÍñºƒ .(.B?res3b_branch2b_relu/Relu = Relu(bn3b_branch2b/FusedBatchNormV3)H¹ÁÍñºƒP‹
res3b_branch2c/Conv2DçÁÍñºƒ »(»BXres3b_branch2c/Conv2D = Conv2D(res3b_branch2b_relu/Relu, res3b_branch2c/kernel/read_S52)HçÁÍñºƒPÀ
bn3b_branch2c/FusedBatchNormV3¢ÄÍñºƒ ğ(ğBƒbn3b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3b_branch2c/Conv2D, bn3b_branch2c/gamma/read_S53, bn3b_branch2c/beta/read_S54)H¢ÄÍñºƒPi
	res3b/add’ÆÍñºƒ Û(ÛBBres3b/add = AddV2(bn3b_branch2c/FusedBatchNormV3, res3a_relu/Relu)H’ÆÍñºƒPN
res3b_relu/ReluíÇÍñºƒ ¦(¦B!res3b_relu/Relu = Relu(res3b/add)HíÇÍñºƒP‚
res3c_branch2a/Conv2D“ÉÍñºƒ â(âBOres3c_branch2a/Conv2D = Conv2D(res3b_relu/Relu, res3c_branch2a/kernel/read_S55)H“ÉÍñºƒP¾
bn3c_branch2a/FusedBatchNormV3õËÍñºƒ B(BBƒbn3c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3c_branch2a/Conv2D, bn3c_branch2a/gamma/read_S56, bn3c_branch2a/beta/read_S57)HõËÍñºƒPs
res3c_branch2a_relu/Relu·ÌÍñºƒ /(/B?res3c_branch2a_relu/Relu = Relu(bn3c_branch2a/FusedBatchNormV3)H·ÌÍñºƒP‹
res3c_branch2b/Conv2DæÌÍñºƒ †(†BXres3c_branch2b/Conv2D = Conv2D(res3c_branch2a_relu/Relu, res3c_branch2b/kernel/read_S58)HæÌÍñºƒP¾
bn3c_branch2b/FusedBatchNormV3ìÒÍñºƒ @(@Bƒbn3c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3c_branch2b/Conv2D, bn3c_branch2b/gamma/read_S59, bn3c_branch2b/beta/read_S60)HìÒÍñºƒPs
res3c_branch2b_relu/Relu¬ÓÍñºƒ .(.B?res3c_branch2b_relu/Relu = Relu(bn3c_branch2b/FusedBatchNormV3)H¬ÓÍñºƒP‹
res3c_branch2c/Conv2DÚÓÍñºƒ Â(ÂBXres3c_branch2c/Conv2D = Conv2D(res3c_branch2b_relu/Relu, res3c_branch2c/kernel/read_S61)HÚÓÍñºƒPÀ
bn3c_branch2c/FusedBatchNormV3œÖÍñºƒ ä(äBƒbn3c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3c_branch2c/Conv2D, bn3c_branch2c/gamma/read_S62, bn3c_branch2c/beta/read_S63)HœÖÍñºƒPi
	res3c/add€ØÍñºƒ ê(êBBres3c/add = AddV2(bn3c_branch2c/FusedBatchNormV3, res3b_relu/Relu)H€ØÍñºƒPN
res3c_relu/ReluêÙÍñºƒ –(–B!res3c_relu/Relu = Relu(res3c/add)HêÙÍñºƒP‚
res3d_branch2a/Conv2D€ÛÍñºƒ Ú(ÚBOres3d_branch2a/Conv2D = Conv2D(res3c_relu/Relu, res3d_branch2a/kernel/read_S64)H€ÛÍñºƒP¾
bn3d_branch2a/FusedBatchNormV3ÚİÍñºƒ C(CBƒbn3d_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3d_branch2a/Conv2D, bn3d_branch2a/gamma/read_S65, bn3d_branch2a/beta/read_S66)HÚİÍñºƒPs
res3d_branch2a_relu/ReluŞÍñºƒ -(-B?res3d_branch2a_relu/Relu = Relu(bn3d_branch2a/FusedBatchNormV3)HŞÍñºƒP‹
res3d_branch2b/Conv2DÊŞÍñºƒ ü(üBXres3d_branch2b/Conv2D = Conv2D(res3d_branch2a_relu/Relu, res3d_branch2b/kernel/read_S67)HÊŞÍñºƒP¾
bn3d_branch2b/FusedBatchNormV3ÆäÍñºƒ @(@Bƒbn3d_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3d_branch2b/Conv2D, bn3d_branch2b/gamma/read_S68, bn3d_branch2b/beta/read_S69)HÆäÍñºƒPs
res3d_branch2b_relu/Relu†åÍñºƒ -(-B?res3d_branch2b_relu/Relu = Relu(bn3d_branch2b/FusedBatchNormV3)H†åÍñºƒP‹
res3d_branch2c/Conv2D³åÍñºƒ ì(ìBXres3d_branch2c/Conv2D = Conv2D(res3d_branch2b_relu/Relu, res3d_branch2c/kernel/read_S70)H³åÍñºƒPÀ
bn3d_branch2c/FusedBatchNormV3ŸèÍñºƒ ä(äBƒbn3d_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3d_branch2c/Conv2D, bn3d_branch2c/gamma/read_S71, bn3d_branch2c/beta/read_S72)HŸèÍñºƒPi
	res3d/addƒêÍñºƒ ì(ìBBres3d/add = AddV2(bn3d_branch2c/FusedBatchNormV3, res3c_relu/Relu)HƒêÍñºƒPN
res3d_relu/ReluïëÍñºƒ £(£B!res3d_relu/Relu = Relu(res3d/add)HïëÍñºƒP‚
res4a_branch2a/Conv2D’íÍñºƒ ·(·BOres4a_branch2a/Conv2D = Conv2D(res3d_relu/Relu, res4a_branch2a/kernel/read_S73)H’íÍñºƒP¾
bn4a_branch2a/FusedBatchNormV3ÉòÍñºƒ ~(~Bƒbn4a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch2a/Conv2D, bn4a_branch2a/gamma/read_S74, bn4a_branch2a/beta/read_S75)HÉòÍñºƒPs
res4a_branch2a_relu/ReluÇóÍñºƒ S(SB?res4a_branch2a_relu/Relu = Relu(bn4a_branch2a/FusedBatchNormV3)HÇóÍñºƒP‹
res4a_branch2b/Conv2DšôÍñºƒ æ(æBXres4a_branch2b/Conv2D = Conv2D(res4a_branch2a_relu/Relu, res4a_branch2b/kernel/read_S76)HšôÍñºƒP¾
bn4a_branch2b/FusedBatchNormV3€úÍñºƒ #(#Bƒbn4a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch2b/Conv2D, bn4a_branch2b/gamma/read_S77, bn4a_branch2b/beta/read_S78)H€úÍñºƒPs
res4a_branch2b_relu/Relu£úÍñºƒ (B?res4a_branch2b_relu/Relu = Relu(bn4a_branch2b/FusedBatchNormV3)H£úÍñºƒP‹
res4a_branch2c/Conv2D¿úÍñºƒ Ô(ÔBXres4a_branch2c/Conv2D = Conv2D(res4a_branch2b_relu/Relu, res4a_branch2c/kernel/read_S79)H¿úÍñºƒP¾
bn4a_branch2c/FusedBatchNormV3“ıÍñºƒ y(yBƒbn4a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch2c/Conv2D, bn4a_branch2c/gamma/read_S80, bn4a_branch2c/beta/read_S81)H“ıÍñºƒP
res4a_branch1/Conv2DŒşÍñºƒ ¼(¼BMres4a_branch1/Conv2D = Conv2D(res3d_relu/Relu, res4a_branch1/kernel/read_S82)HŒşÍñºƒP¸
bn4a_branch1/FusedBatchNormV3ÈƒÎñºƒ |(|Bbn4a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch1/Conv2D, bn4a_branch1/gamma/read_S83, bn4a_branch1/beta/read_S84)HÈƒÎñºƒPu
	res4a/addÄ„Îñºƒ t(tBPres4a/add = AddV2(bn4a_branch2c/FusedBatchNormV3, bn4a_branch1/FusedBatchNormV3)HÄ„ÎñºƒPL
res4a_relu/Relu¸…Îñºƒ O(OB!res4a_relu/Relu = Relu(res4a/add)H¸…ÎñºƒP‚
res4b_branch2a/Conv2D‡†Îñºƒ Ñ(ÑBOres4b_branch2a/Conv2D = Conv2D(res4a_relu/Relu, res4b_branch2a/kernel/read_S85)H‡†ÎñºƒP¾
bn4b_branch2a/FusedBatchNormV3ØˆÎñºƒ %(%Bƒbn4b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4b_branch2a/Conv2D, bn4b_branch2a/gamma/read_S86, bn4b_branch2a/beta/read_S87)HØˆÎñºƒPs
res4b_branch2a_relu/ReluıˆÎñºƒ (B?res4b_branch2a_relu/Relu = Relu(bn4b_branch2a/FusedBatchNormV3)HıˆÎñºƒP‹
res4b_branch2b/Conv2D˜‰Îñºƒ ™(™BXres4b_branch2b/Conv2D = Conv2D(res4b_branch2a_relu/Relu, res4b_branch2b/kernel/read_S88)H˜‰ÎñºƒP¾
bn4b_branch2b/FusedBatchNormV3±Îñºƒ '('Bƒbn4b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4b_branch2b/Conv2D, bn4b_branch2b/gamma/read_S89, bn4b_branch2b/beta/read_S90)H±ÎñºƒPs
res4b_branch2b_relu/ReluØÎñºƒ (B?res4b_branch2b_relu/Relu = Relu(bn4b_branch2b/FusedBatchNormV3)HØÎñºƒP‹
res4b_branch2c/Conv2DóÎñºƒ Õ(ÕBXres4b_branch2c/Conv2D = Conv2D(res4b_branch2b_relu/Relu, res4b_branch2c/kernel/read_S91)HóÎñºƒP¾
bn4b_branch2c/FusedBatchNormV3È’Îñºƒ w(wBƒbn4b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4b_branch2c/Conv2D, bn4b_branch2c/gamma/read_S92, bn4b_branch2c/beta/read_S93)HÈ’ÎñºƒPg
	res4b/add¿“Îñºƒ y(yBBres4b/add = AddV2(bn4b_branch2c/FusedBatchNormV3, res4a_relu/Relu)H¿“ÎñºƒPL
res4b_relu/Relu¸”Îñºƒ R(RB!res4b_relu/Relu = Relu(res4b/add)H¸”ÎñºƒP‚
res4c_branch2a/Conv2DŠ•Îñºƒ Ü(ÜBOres4c_branch2a/Conv2D = Conv2D(res4b_relu/Relu, res4c_branch2a/kernel/read_S94)HŠ•ÎñºƒP¾
bn4c_branch2a/FusedBatchNormV3æ—Îñºƒ '('Bƒbn4c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4c_branch2a/Conv2D, bn4c_branch2a/gamma/read_S95, bn4c_branch2a/beta/read_S96)Hæ—ÎñºƒPs
res4c_branch2a_relu/Relu˜Îñºƒ (B?res4c_branch2a_relu/Relu = Relu(bn4c_branch2a/FusedBatchNormV3)H˜ÎñºƒP‹
res4c_branch2b/Conv2D¨˜Îñºƒ ë(ëBXres4c_branch2b/Conv2D = Conv2D(res4c_branch2a_relu/Relu, res4c_branch2b/kernel/read_S97)H¨˜ÎñºƒP¾
bn4c_branch2b/FusedBatchNormV3“Îñºƒ %(%Bƒbn4c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4c_branch2b/Conv2D, bn4c_branch2b/gamma/read_S98, bn4c_branch2b/beta/read_S99)H“ÎñºƒPs
res4c_branch2b_relu/Relu¸Îñºƒ (B?res4c_branch2b_relu/Relu = Relu(bn4c_branch2b/FusedBatchNormV3)H¸ÎñºƒPŒ
res4c_branch2c/Conv2DÔÎñºƒ â(âBYres4c_branch2c/Conv2D = Conv2D(res4c_branch2b_relu/Relu, res4c_branch2c/kernel/read_S100)HÔÎñºƒPÀ
bn4c_branch2c/FusedBatchNormV3¶¡Îñºƒ x(xB…bn4c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4c_branch2c/Conv2D, bn4c_branch2c/gamma/read_S101, bn4c_branch2c/beta/read_S102)H¶¡ÎñºƒPg
	res4c/add®¢Îñºƒ y(yBBres4c/add = AddV2(bn4c_branch2c/FusedBatchNormV3, res4b_relu/Relu)H®¢ÎñºƒPL
res4c_relu/Relu§£Îñºƒ S(SB!res4c_relu/Relu = Relu(res4c/add)H§£ÎñºƒPƒ
res4d_branch2a/Conv2Dú£Îñºƒ ß(ßBPres4d_branch2a/Conv2D = Conv2D(res4c_relu/Relu, res4d_branch2a/kernel/read_S103)Hú£ÎñºƒPÀ
bn4d_branch2a/FusedBatchNormV3Ù¦Îñºƒ $($B…bn4d_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4d_branch2a/Conv2D, bn4d_branch2a/gamma/read_S104, bn4d_branch2a/beta/read_S105)HÙ¦ÎñºƒPs
res4d_branch2a_relu/Reluı¦Îñºƒ (B?res4d_branch2a_relu/Relu = Relu(bn4d_branch2a/FusedBatchNormV3)Hı¦ÎñºƒPŒ
res4d_branch2b/Conv2D™§Îñºƒ ‰(‰BYres4d_branch2b/Conv2D = Conv2D(res4d_branch2a_relu/Relu, res4d_branch2b/kernel/read_S106)H™§ÎñºƒPÀ
bn4d_branch2b/FusedBatchNormV3¢­Îñºƒ %(%B…bn4d_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4d_branch2b/Conv2D, bn4d_branch2b/gamma/read_S107, bn4d_branch2b/beta/read_S108)H¢­ÎñºƒPs
res4d_branch2b_relu/ReluÇ­Îñºƒ (B?res4d_branch2b_relu/Relu = Relu(bn4d_branch2b/FusedBatchNormV3)HÇ­ÎñºƒPŒ
res4d_branch2c/Conv2Dä­Îñºƒ Ú(ÚBYres4d_branch2c/Conv2D = Conv2D(res4d_branch2b_relu/Relu, res4d_branch2c/kernel/read_S109)Hä­ÎñºƒPÀ
bn4d_branch2c/FusedBatchNormV3¾°Îñºƒ }(}B…bn4d_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4d_branch2c/Conv2D, bn4d_branch2c/gamma/read_S110, bn4d_branch2c/beta/read_S111)H¾°ÎñºƒPg
	res4d/add»±Îñºƒ x(xBBres4d/add = AddV2(bn4d_branch2c/FusedBatchNormV3, res4c_relu/Relu)H»±ÎñºƒPL
res4d_relu/Relu³²Îñºƒ Q(QB!res4d_relu/Relu = Relu(res4d/add)H³²ÎñºƒPƒ
res4e_branch2a/Conv2D„³Îñºƒ Ö(ÖBPres4e_branch2a/Conv2D = Conv2D(res4d_relu/Relu, res4e_branch2a/kernel/read_S112)H„³ÎñºƒPÀ
bn4e_branch2a/FusedBatchNormV3ÚµÎñºƒ %(%B…bn4e_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4e_branch2a/Conv2D, bn4e_branch2a/gamma/read_S113, bn4e_branch2a/beta/read_S114)HÚµÎñºƒPs
res4e_branch2a_relu/ReluÿµÎñºƒ (B?res4e_branch2a_relu/Relu = Relu(bn4e_branch2a/FusedBatchNormV3)HÿµÎñºƒPŒ
res4e_branch2b/Conv2Dš¶Îñºƒ Œ(ŒBYres4e_branch2b/Conv2D = Conv2D(res4e_branch2a_relu/Relu, res4e_branch2b/kernel/read_S115)Hš¶ÎñºƒPÀ
bn4e_branch2b/FusedBatchNormV3¦¼Îñºƒ &(&B…bn4e_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4e_branch2b/Conv2D, bn4e_branch2b/gamma/read_S116, bn4e_branch2b/beta/read_S117)H¦¼ÎñºƒPs
res4e_branch2b_relu/ReluÌ¼Îñºƒ (B?res4e_branch2b_relu/Relu = Relu(bn4e_branch2b/FusedBatchNormV3)HÌ¼ÎñºƒPŒ
res4e_branch2c/Conv2Dç¼Îñºƒ Ú(ÚBYres4e_branch2c/Conv2D = Conv2D(res4e_branch2b_relu/Relu, res4e_branch2c/kernel/read_S118)Hç¼ÎñºƒPÀ
bn4e_branch2c/FusedBatchNormV3Á¿Îñºƒ }(}B…bn4e_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4e_branch2c/Conv2D, bn4e_branch2c/gamma/read_S119, bn4e_branch2c/beta/read_S120)HÁ¿ÎñºƒPg
	res4e/add¾ÀÎñºƒ z(zBBres4e/add = AddV2(bn4e_branch2c/FusedBatchNormV3, res4d_relu/Relu)H¾ÀÎñºƒPL
res4e_relu/Relu¸ÁÎñºƒ U(UB!res4e_relu/Relu = Relu(res4e/add)H¸ÁÎñºƒPƒ
res4f_branch2a/Conv2DÂÎñºƒ Ó(ÓBPres4f_branch2a/Conv2D = Conv2D(res4e_relu/Relu, res4f_branch2a/kernel/read_S121)HÂÎñºƒPÀ
bn4f_branch2a/FusedBatchNormV3àÄÎñºƒ %(%B…bn4f_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4f_branch2a/Conv2D, bn4f_branch2a/gamma/read_S122, bn4f_branch2a/beta/read_S123)HàÄÎñºƒPs
res4f_branch2a_relu/Relu…ÅÎñºƒ (B?res4f_branch2a_relu/Relu = Relu(bn4f_branch2a/FusedBatchNormV3)H…ÅÎñºƒPŒ
res4f_branch2b/Conv2D ÅÎñºƒ æ(æBYres4f_branch2b/Conv2D = Conv2D(res4f_branch2a_relu/Relu, res4f_branch2b/kernel/read_S124)H ÅÎñºƒPÀ
bn4f_branch2b/FusedBatchNormV3†ËÎñºƒ %(%B…bn4f_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4f_branch2b/Conv2D, bn4f_branch2b/gamma/read_S125, bn4f_branch2b/beta/read_S126)H†ËÎñºƒPs
res4f_branch2b_relu/Relu«ËÎñºƒ (B?res4f_branch2b_relu/Relu = Relu(bn4f_branch2b/FusedBatchNormV3)H«ËÎñºƒPŒ
res4f_branch2c/Conv2DÅËÎñºƒ Ë(ËBYres4f_branch2c/Conv2D = Conv2D(res4f_branch2b_relu/Relu, res4f_branch2c/kernel/read_S127)HÅËÎñºƒPÀ
bn4f_branch2c/FusedBatchNormV3¥ğÎñºƒ ~(~B…bn4f_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4f_branch2c/Conv2D, bn4f_branch2c/gamma/read_S128, bn4f_branch2c/beta/read_S129)H¥ğÎñºƒPg
	res4f/add£ñÎñºƒ z(zBBres4f/add = AddV2(bn4f_branch2c/FusedBatchNormV3, res4e_relu/Relu)H£ñÎñºƒPL
res4f_relu/ReluòÎñºƒ S(SB!res4f_relu/Relu = Relu(res4f/add)HòÎñºƒPƒ
res5a_branch2a/Conv2DğòÎñºƒ •(•BPres5a_branch2a/Conv2D = Conv2D(res4f_relu/Relu, res5a_branch2a/kernel/read_S130)HğòÎñºƒPÀ
bn5a_branch2a/FusedBatchNormV3…øÎñºƒ ?(?B…bn5a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch2a/Conv2D, bn5a_branch2a/gamma/read_S131, bn5a_branch2a/beta/read_S132)H…øÎñºƒPs
res5a_branch2a_relu/ReluÄøÎñºƒ .(.B?res5a_branch2a_relu/Relu = Relu(bn5a_branch2a/FusedBatchNormV3)HÄøÎñºƒPŒ
res5a_branch2b/Conv2DòøÎñºƒ ¢(¢BYres5a_branch2b/Conv2D = Conv2D(res5a_branch2a_relu/Relu, res5a_branch2b/kernel/read_S133)HòøÎñºƒPÀ
bn5a_branch2b/FusedBatchNormV3”ÿÎñºƒ (B…bn5a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch2b/Conv2D, bn5a_branch2b/gamma/read_S134, bn5a_branch2b/beta/read_S135)H”ÿÎñºƒPs
res5a_branch2b_relu/ReluªÿÎñºƒ (B?res5a_branch2b_relu/Relu = Relu(bn5a_branch2b/FusedBatchNormV3)HªÿÎñºƒPŒ
res5a_branch2c/Conv2D¦ŒÏñºƒ ç(çBYres5a_branch2c/Conv2D = Conv2D(res5a_branch2b_relu/Relu, res5a_branch2c/kernel/read_S136)H¦ŒÏñºƒPÀ
bn5a_branch2c/FusedBatchNormV3Ïñºƒ A(AB…bn5a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch2c/Conv2D, bn5a_branch2c/gamma/read_S137, bn5a_branch2c/beta/read_S138)HÏñºƒP€
res5a_branch1/Conv2DÆàÏñºƒ (BNres5a_branch1/Conv2D = Conv2D(res4f_relu/Relu, res5a_branch1/kernel/read_S139)HÆàÏñºƒP»
bn5a_branch1/FusedBatchNormV3äåÏñºƒ <(<Bbn5a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch1/Conv2D, bn5a_branch1/gamma/read_S140, bn5a_branch1/beta/read_S141)HäåÏñºƒPu
	res5a/add æÏñºƒ @(@BPres5a/add = AddV2(bn5a_branch2c/FusedBatchNormV3, bn5a_branch1/FusedBatchNormV3)H æÏñºƒPL
res5a_relu/ReluàæÏñºƒ .(.B!res5a_relu/Relu = Relu(res5a/add)HàæÏñºƒPƒ
res5b_branch2a/Conv2DçÏñºƒ ×(×BPres5b_branch2a/Conv2D = Conv2D(res5a_relu/Relu, res5b_branch2a/kernel/read_S142)HçÏñºƒPÀ
bn5b_branch2a/FusedBatchNormV3åéÏñºƒ (B…bn5b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res5b_branch2a/Conv2D, bn5b_branch2a/gamma/read_S143, bn5b_branch2a/beta/read_S144)HåéÏñºƒPs
res5b_branch2a_relu/ReluûéÏñºƒ (B?res5b_branch2a_relu/Relu = Relu(bn5b_branch2a/FusedBatchNormV3)HûéÏñºƒPŒ
res5b_branch2b/Conv2DÉŸĞñºƒ (BYres5b_branch2b/Conv2D = Conv2D(res5b_branch2a_relu/Relu, res5b_branch2b/kernel/read_S145)HÉŸĞñºƒPÀ
bn5b_branch2b/FusedBatchNormV3æ¥Ğñºƒ (B…bn5b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res5b_branch2b/Conv2D, bn5b_branch2b/gamma/read_S146, bn5b_branch2b/beta/read_S147)Hæ¥ĞñºƒPs
res5b_branch2b_relu/Reluü¥Ğñºƒ (B?res5b_branch2b_relu/Relu = Relu(bn5b_branch2b/FusedBatchNormV3)Hü¥ĞñºƒPŒ
res5b_branch2c/Conv2DË»Ğñºƒ ñ(ñBYres5b_branch2c/Conv2D = Conv2D(res5b_branch2b_relu/Relu, res5b_branch2c/kernel/read_S148)HË»ĞñºƒPÀ
bn5b_branch2c/FusedBatchNormV3×úĞñºƒ A(AB…bn5b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res5b_branch2c/Conv2D, bn5b_branch2c/gamma/read_S149, bn5b_branch2c/beta/read_S150)H×úĞñºƒPg
	res5b/add˜ûĞñºƒ @(@BBres5b/add = AddV2(bn5b_branch2c/FusedBatchNormV3, res5a_relu/Relu)H˜ûĞñºƒPL
res5b_relu/ReluØûĞñºƒ -(-B!res5b_relu/Relu = Relu(res5b/add)HØûĞñºƒPƒ
res5c_branch2a/Conv2DÙ–Ññºƒ ß(ßBPres5c_branch2a/Conv2D = Conv2D(res5b_relu/Relu, res5c_branch2a/kernel/read_S151)HÙ–ÑñºƒPÀ
bn5c_branch2a/FusedBatchNormV3¸™Ññºƒ (B…bn5c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res5c_branch2a/Conv2D, bn5c_branch2a/gamma/read_S152, bn5c_branch2a/beta/read_S153)H¸™ÑñºƒPs
res5c_branch2a_relu/ReluÎ™Ññºƒ (B?res5c_branch2a_relu/Relu = Relu(bn5c_branch2a/FusedBatchNormV3)HÎ™ÑñºƒPŒ
res5c_branch2b/Conv2DŞ™Ññºƒ ø(øBYres5c_branch2b/Conv2D = Conv2D(res5c_branch2a_relu/Relu, res5c_branch2b/kernel/read_S154)HŞ™ÑñºƒPÀ
bn5c_branch2b/FusedBatchNormV3ÖŸÑñºƒ (B…bn5c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res5c_branch2b/Conv2D, bn5c_branch2b/gamma/read_S155, bn5c_branch2b/beta/read_S156)HÖŸÑñºƒPs
res5c_branch2b_relu/ReluíŸÑñºƒ (B?res5c_branch2b_relu/Relu = Relu(bn5c_branch2b/FusedBatchNormV3)HíŸÑñºƒPŒ
res5c_branch2c/Conv2DÛ²Ññºƒ à(àBYres5c_branch2c/Conv2D = Conv2D(res5c_branch2b_relu/Relu, res5c_branch2c/kernel/read_S157)HÛ²ÑñºƒPÀ
bn5c_branch2c/FusedBatchNormV3»µÑñºƒ ;(;B…bn5c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res5c_branch2c/Conv2D, bn5c_branch2c/gamma/read_S158, bn5c_branch2c/beta/read_S159)H»µÑñºƒPg
	res5c/addöµÑñºƒ >(>BBres5c/add = AddV2(bn5c_branch2c/FusedBatchNormV3, res5b_relu/Relu)HöµÑñºƒPL
res5c_relu/Relu´¶Ññºƒ -(-B!res5c_relu/Relu = Relu(res5c/add)H´¶ÑñºƒPN
avg_pool/Meaná¶Ññºƒ (B%avg_pool/Mean = Mean(res5c_relu/Relu)Há¶ÑñºƒPg
fc1000/MatMulÂéÑñºƒ (B>fc1000/MatMul = MatMul(avg_pool/Mean, fc1000/kernel/read_S160)HÂéÑñºƒPh
fc1000/BiasAddØéÑñºƒ (B>fc1000/BiasAdd = BiasAdd(fc1000/MatMul, fc1000/bias/read_S161)HØéÑñºƒP˜
"loss/SoftmaxCrossEntropyWithLogitsàéÑñºƒ (BZloss/SoftmaxCrossEntropyWithLogits = SoftmaxCrossEntropyWithLogits(fc1000/BiasAdd, labels)HàéÑñºƒPƒ
gradients/fc1000/bias_gradèéÑñºƒ (BMgradients/fc1000/bias_grad = BackpropGrad(loss/SoftmaxCrossEntropyWithLogits)HèéÑñºƒP
gradients/fc1000/kernel_gradğéÑñºƒ 8(8BGgradients/fc1000/kernel_grad = BackpropGrad(gradients/fc1000/bias_grad)HğéÑñºƒP‹
!gradients/bn5c_branch2c/beta_grad¨êÑñºƒ (BNgradients/bn5c_branch2c/beta_grad = BackpropGrad(gradients/fc1000/kernel_grad)H¨êÑñºƒP”
"gradients/bn5c_branch2c/gamma_gradÂêÑñºƒ Œ(ŒBTgradients/bn5c_branch2c/gamma_grad = BackpropGrad(gradients/bn5c_branch2c/beta_grad)HÂêÑñºƒP™
$gradients/res5c_branch2c/kernel_gradÎëÑñºƒ Ê(ÊBWgradients/res5c_branch2c/kernel_grad = BackpropGrad(gradients/bn5c_branch2c/gamma_grad)HÎëÑñºƒP“
!gradients/bn5c_branch2b/beta_grad˜ñÑñºƒ (BVgradients/bn5c_branch2b/beta_grad = BackpropGrad(gradients/res5c_branch2c/kernel_grad)H˜ñÑñºƒP’
"gradients/bn5c_branch2b/gamma_grad¦ñÑñºƒ *(*BTgradients/bn5c_branch2b/gamma_grad = BackpropGrad(gradients/bn5c_branch2b/beta_grad)H¦ñÑñºƒP™
$gradients/res5c_branch2b/kernel_gradĞñÑñºƒ ú(úBWgradients/res5c_branch2b/kernel_grad = BackpropGrad(gradients/bn5c_branch2b/gamma_grad)HĞñÑñºƒP“
!gradients/bn5c_branch2a/beta_gradÊıÑñºƒ (BVgradients/bn5c_branch2a/beta_grad = BackpropGrad(gradients/res5c_branch2b/kernel_grad)HÊıÑñºƒP’
"gradients/bn5c_branch2a/gamma_gradÖıÑñºƒ *(*BTgradients/bn5c_branch2a/gamma_grad = BackpropGrad(gradients/bn5c_branch2a/beta_grad)HÖıÑñºƒP™
$gradients/res5c_branch2a/kernel_grad€şÑñºƒ ¸(¸BWgradients/res5c_branch2a/kernel_grad = BackpropGrad(gradients/bn5c_branch2a/gamma_grad)H€şÑñºƒP“
!gradients/bn5b_branch2c/beta_grad¸ƒÒñºƒ (BVgradients/bn5b_branch2c/beta_grad = BackpropGrad(gradients/res5c_branch2a/kernel_grad)H¸ƒÒñºƒP”
"gradients/bn5b_branch2c/gamma_gradÔƒÒñºƒ Œ(ŒBTgradients/bn5b_branch2c/gamma_grad = BackpropGrad(gradients/bn5b_branch2c/beta_grad)HÔƒÒñºƒP™
$gradients/res5b_branch2c/kernel_gradà„Òñºƒ ”(”BWgradients/res5b_branch2c/kernel_grad = BackpropGrad(gradients/bn5b_branch2c/gamma_grad)Hà„ÒñºƒP“
!gradients/bn5b_branch2b/beta_gradô‰Òñºƒ (BVgradients/bn5b_branch2b/beta_grad = BackpropGrad(gradients/res5b_branch2c/kernel_grad)Hô‰ÒñºƒP’
"gradients/bn5b_branch2b/gamma_gradŠÒñºƒ *(*BTgradients/bn5b_branch2b/gamma_grad = BackpropGrad(gradients/bn5b_branch2b/beta_grad)HŠÒñºƒP™
$gradients/res5b_branch2b/kernel_grad«ŠÒñºƒ ğ(ğBWgradients/res5b_branch2b/kernel_grad = BackpropGrad(gradients/bn5b_branch2b/gamma_grad)H«ŠÒñºƒP“
!gradients/bn5b_branch2a/beta_grad›–Òñºƒ (BVgradients/bn5b_branch2a/beta_grad = BackpropGrad(gradients/res5b_branch2b/kernel_grad)H›–ÒñºƒP’
"gradients/bn5b_branch2a/gamma_grad¨–Òñºƒ )()BTgradients/bn5b_branch2a/gamma_grad = BackpropGrad(gradients/bn5b_branch2a/beta_grad)H¨–ÒñºƒP™
$gradients/res5b_branch2a/kernel_gradÑ–Òñºƒ Ê(ÊBWgradients/res5b_branch2a/kernel_grad = BackpropGrad(gradients/bn5b_branch2a/gamma_grad)HÑ–ÒñºƒP‘
 gradients/bn5a_branch1/beta_grad›œÒñºƒ (BUgradients/bn5a_branch1/beta_grad = BackpropGrad(gradients/res5b_branch2a/kernel_grad)H›œÒñºƒP
!gradients/bn5a_branch1/gamma_gradµœÒñºƒ U(UBRgradients/bn5a_branch1/gamma_grad = BackpropGrad(gradients/bn5a_branch1/beta_grad)HµœÒñºƒP–
#gradients/res5a_branch1/kernel_gradŠÒñºƒ €(€BUgradients/res5a_branch1/kernel_grad = BackpropGrad(gradients/bn5a_branch1/gamma_grad)HŠÒñºƒP’
!gradients/bn5a_branch2c/beta_gradŠ¨Òñºƒ (BUgradients/bn5a_branch2c/beta_grad = BackpropGrad(gradients/res5a_branch1/kernel_grad)HŠ¨ÒñºƒP”
"gradients/bn5a_branch2c/gamma_grad¥¨Òñºƒ (BTgradients/bn5a_branch2c/gamma_grad = BackpropGrad(gradients/bn5a_branch2c/beta_grad)H¥¨ÒñºƒP™
$gradients/res5a_branch2c/kernel_grad´©Òñºƒ µ(µBWgradients/res5a_branch2c/kernel_grad = BackpropGrad(gradients/bn5a_branch2c/gamma_grad)H´©ÒñºƒP“
!gradients/bn5a_branch2b/beta_gradé®Òñºƒ (BVgradients/bn5a_branch2b/beta_grad = BackpropGrad(gradients/res5a_branch2c/kernel_grad)Hé®ÒñºƒP’
"gradients/bn5a_branch2b/gamma_gradö®Òñºƒ (((BTgradients/bn5a_branch2b/gamma_grad = BackpropGrad(gradients/bn5a_branch2b/beta_grad)Hö®ÒñºƒP™
$gradients/res5a_branch2b/kernel_grad¯Òñºƒ œ(œBWgradients/res5a_branch2b/kernel_grad = BackpropGrad(gradients/bn5a_branch2b/gamma_grad)H¯ÒñºƒP“
!gradients/bn5a_branch2a/beta_gradººÒñºƒ (BVgradients/bn5a_branch2a/beta_grad = BackpropGrad(gradients/res5a_branch2b/kernel_grad)HººÒñºƒP”
"gradients/bn5a_branch2a/gamma_gradÕºÒñºƒ ˆ(ˆBTgradients/bn5a_branch2a/gamma_grad = BackpropGrad(gradients/bn5a_branch2a/beta_grad)HÕºÒñºƒP™
$gradients/res5a_branch2a/kernel_gradİ»Òñºƒ ’(’BWgradients/res5a_branch2a/kernel_grad = BackpropGrad(gradients/bn5a_branch2a/gamma_grad)Hİ»ÒñºƒP“
!gradients/bn4f_branch2c/beta_gradïÆÒñºƒ /(/BVgradients/bn4f_branch2c/beta_grad = BackpropGrad(gradients/res5a_branch2a/kernel_grad)HïÆÒñºƒP”
"gradients/bn4f_branch2c/gamma_gradÇÒñºƒ ‹(‹BTgradients/bn4f_branch2c/gamma_grad = BackpropGrad(gradients/bn4f_branch2c/beta_grad)HÇÒñºƒP™
$gradients/res4f_branch2c/kernel_grad©ÉÒñºƒ ¶(¶BWgradients/res4f_branch2c/kernel_grad = BackpropGrad(gradients/bn4f_branch2c/gamma_grad)H©ÉÒñºƒP“
!gradients/bn4f_branch2b/beta_gradßÎÒñºƒ (BVgradients/bn4f_branch2b/beta_grad = BackpropGrad(gradients/res4f_branch2c/kernel_grad)HßÎÒñºƒP’
"gradients/bn4f_branch2b/gamma_gradïÎÒñºƒ K(KBTgradients/bn4f_branch2b/gamma_grad = BackpropGrad(gradients/bn4f_branch2b/beta_grad)HïÎÒñºƒP™
$gradients/res4f_branch2b/kernel_gradºÏÒñºƒ º(ºBWgradients/res4f_branch2b/kernel_grad = BackpropGrad(gradients/bn4f_branch2b/gamma_grad)HºÏÒñºƒP“
!gradients/bn4f_branch2a/beta_gradôÚÒñºƒ (BVgradients/bn4f_branch2a/beta_grad = BackpropGrad(gradients/res4f_branch2b/kernel_grad)HôÚÒñºƒP’
"gradients/bn4f_branch2a/gamma_grad†ÛÒñºƒ L(LBTgradients/bn4f_branch2a/gamma_grad = BackpropGrad(gradients/bn4f_branch2a/beta_grad)H†ÛÒñºƒP™
$gradients/res4f_branch2a/kernel_gradÒÛÒñºƒ Ÿ(ŸBWgradients/res4f_branch2a/kernel_grad = BackpropGrad(gradients/bn4f_branch2a/gamma_grad)HÒÛÒñºƒP“
!gradients/bn4e_branch2c/beta_gradñàÒñºƒ .(.BVgradients/bn4e_branch2c/beta_grad = BackpropGrad(gradients/res4f_branch2a/kernel_grad)HñàÒñºƒP”
"gradients/bn4e_branch2c/gamma_gradŸáÒñºƒ œ(œBTgradients/bn4e_branch2c/gamma_grad = BackpropGrad(gradients/bn4e_branch2c/beta_grad)HŸáÒñºƒP™
$gradients/res4e_branch2c/kernel_grad»ãÒñºƒ ®(®BWgradients/res4e_branch2c/kernel_grad = BackpropGrad(gradients/bn4e_branch2c/gamma_grad)H»ãÒñºƒP“
!gradients/bn4e_branch2b/beta_gradéèÒñºƒ (BVgradients/bn4e_branch2b/beta_grad = BackpropGrad(gradients/res4e_branch2c/kernel_grad)HéèÒñºƒP’
"gradients/bn4e_branch2b/gamma_gradúèÒñºƒ K(KBTgradients/bn4e_branch2b/gamma_grad = BackpropGrad(gradients/bn4e_branch2b/beta_grad)HúèÒñºƒP™
$gradients/res4e_branch2b/kernel_gradÅéÒñºƒ š(šBWgradients/res4e_branch2b/kernel_grad = BackpropGrad(gradients/bn4e_branch2b/gamma_grad)HÅéÒñºƒP“
!gradients/bn4e_branch2a/beta_gradßõÒñºƒ (BVgradients/bn4e_branch2a/beta_grad = BackpropGrad(gradients/res4e_branch2b/kernel_grad)HßõÒñºƒP’
"gradients/bn4e_branch2a/gamma_gradğõÒñºƒ I(IBTgradients/bn4e_branch2a/gamma_grad = BackpropGrad(gradients/bn4e_branch2a/beta_grad)HğõÒñºƒP™
$gradients/res4e_branch2a/kernel_grad¹öÒñºƒ ã(ãBWgradients/res4e_branch2a/kernel_grad = BackpropGrad(gradients/bn4e_branch2a/gamma_grad)H¹öÒñºƒP“
!gradients/bn4d_branch2c/beta_gradœûÒñºƒ /(/BVgradients/bn4d_branch2c/beta_grad = BackpropGrad(gradients/res4e_branch2a/kernel_grad)HœûÒñºƒP”
"gradients/bn4d_branch2c/gamma_gradËûÒñºƒ €(€BTgradients/bn4d_branch2c/gamma_grad = BackpropGrad(gradients/bn4d_branch2c/beta_grad)HËûÒñºƒP™
$gradients/res4d_branch2c/kernel_gradËıÒñºƒ (BWgradients/res4d_branch2c/kernel_grad = BackpropGrad(gradients/bn4d_branch2c/gamma_grad)HËıÒñºƒP“
!gradients/bn4d_branch2b/beta_gradÛ‚Óñºƒ (BVgradients/bn4d_branch2b/beta_grad = BackpropGrad(gradients/res4d_branch2c/kernel_grad)HÛ‚ÓñºƒP’
"gradients/bn4d_branch2b/gamma_gradí‚Óñºƒ M(MBTgradients/bn4d_branch2b/gamma_grad = BackpropGrad(gradients/bn4d_branch2b/beta_grad)Hí‚ÓñºƒP™
$gradients/res4d_branch2b/kernel_gradºƒÓñºƒ «(«BWgradients/res4d_branch2b/kernel_grad = BackpropGrad(gradients/bn4d_branch2b/gamma_grad)HºƒÓñºƒP“
!gradients/bn4d_branch2a/beta_gradåÓñºƒ (BVgradients/bn4d_branch2a/beta_grad = BackpropGrad(gradients/res4d_branch2b/kernel_grad)HåÓñºƒP’
"gradients/bn4d_branch2a/gamma_gradöÓñºƒ G(GBTgradients/bn4d_branch2a/gamma_grad = BackpropGrad(gradients/bn4d_branch2a/beta_grad)HöÓñºƒP™
$gradients/res4d_branch2a/kernel_grad½Óñºƒ ³(³BWgradients/res4d_branch2a/kernel_grad = BackpropGrad(gradients/bn4d_branch2a/gamma_grad)H½ÓñºƒP“
!gradients/bn4c_branch2c/beta_gradğ•Óñºƒ ,(,BVgradients/bn4c_branch2c/beta_grad = BackpropGrad(gradients/res4d_branch2a/kernel_grad)Hğ•ÓñºƒP”
"gradients/bn4c_branch2c/gamma_gradœ–Óñºƒ (BTgradients/bn4c_branch2c/gamma_grad = BackpropGrad(gradients/bn4c_branch2c/beta_grad)Hœ–ÓñºƒP™
$gradients/res4c_branch2c/kernel_grad©˜Óñºƒ û(ûBWgradients/res4c_branch2c/kernel_grad = BackpropGrad(gradients/bn4c_branch2c/gamma_grad)H©˜ÓñºƒP“
!gradients/bn4c_branch2b/beta_grad¤Óñºƒ (BVgradients/bn4c_branch2b/beta_grad = BackpropGrad(gradients/res4c_branch2c/kernel_grad)H¤ÓñºƒP’
"gradients/bn4c_branch2b/gamma_grad¶Óñºƒ I(IBTgradients/bn4c_branch2b/gamma_grad = BackpropGrad(gradients/bn4c_branch2b/beta_grad)H¶ÓñºƒP™
$gradients/res4c_branch2b/kernel_gradÿÓñºƒ Ï(ÏBWgradients/res4c_branch2b/kernel_grad = BackpropGrad(gradients/bn4c_branch2b/gamma_grad)HÿÓñºƒP“
!gradients/bn4c_branch2a/beta_gradÎªÓñºƒ (BVgradients/bn4c_branch2a/beta_grad = BackpropGrad(gradients/res4c_branch2b/kernel_grad)HÎªÓñºƒP’
"gradients/bn4c_branch2a/gamma_gradàªÓñºƒ H(HBTgradients/bn4c_branch2a/gamma_grad = BackpropGrad(gradients/bn4c_branch2a/beta_grad)HàªÓñºƒP™
$gradients/res4c_branch2a/kernel_grad¨«Óñºƒ Ò(ÒBWgradients/res4c_branch2a/kernel_grad = BackpropGrad(gradients/bn4c_branch2a/gamma_grad)H¨«ÓñºƒP“
!gradients/bn4b_branch2c/beta_gradú°Óñºƒ /(/BVgradients/bn4b_branch2c/beta_grad = BackpropGrad(gradients/res4c_branch2a/kernel_grad)Hú°ÓñºƒP”
"gradients/bn4b_branch2c/gamma_grad©±Óñºƒ (BTgradients/bn4b_branch2c/gamma_grad = BackpropGrad(gradients/bn4b_branch2c/beta_grad)H©±ÓñºƒP™
$gradients/res4b_branch2c/kernel_grad¶³Óñºƒ º(ºBWgradients/res4b_branch2c/kernel_grad = BackpropGrad(gradients/bn4b_branch2c/gamma_grad)H¶³ÓñºƒP“
!gradients/bn4b_branch2b/beta_gradğ¸Óñºƒ (BVgradients/bn4b_branch2b/beta_grad = BackpropGrad(gradients/res4b_branch2c/kernel_grad)Hğ¸ÓñºƒP’
"gradients/bn4b_branch2b/gamma_grad‚¹Óñºƒ I(IBTgradients/bn4b_branch2b/gamma_grad = BackpropGrad(gradients/bn4b_branch2b/beta_grad)H‚¹ÓñºƒP™
$gradients/res4b_branch2b/kernel_gradË¹Óñºƒ °(°BWgradients/res4b_branch2b/kernel_grad = BackpropGrad(gradients/bn4b_branch2b/gamma_grad)HË¹ÓñºƒP“
!gradients/bn4b_branch2a/beta_gradûÅÓñºƒ (BVgradients/bn4b_branch2a/beta_grad = BackpropGrad(gradients/res4b_branch2b/kernel_grad)HûÅÓñºƒP’
"gradients/bn4b_branch2a/gamma_gradÆÓñºƒ I(IBTgradients/bn4b_branch2a/gamma_grad = BackpropGrad(gradients/bn4b_branch2a/beta_grad)HÆÓñºƒP™
$gradients/res4b_branch2a/kernel_gradÖÆÓñºƒ ¬(¬BWgradients/res4b_branch2a/kernel_grad = BackpropGrad(gradients/bn4b_branch2a/gamma_grad)HÖÆÓñºƒP‘
 gradients/bn4a_branch1/beta_grad‚ÌÓñºƒ .(.BUgradients/bn4a_branch1/beta_grad = BackpropGrad(gradients/res4b_branch2a/kernel_grad)H‚ÌÓñºƒP‘
!gradients/bn4a_branch1/gamma_grad°ÌÓñºƒ ¡(¡BRgradients/bn4a_branch1/gamma_grad = BackpropGrad(gradients/bn4a_branch1/beta_grad)H°ÌÓñºƒP–
#gradients/res4a_branch1/kernel_gradÑÍÓñºƒ ÿ
(ÿ
BUgradients/res4a_branch1/kernel_grad = BackpropGrad(gradients/bn4a_branch1/gamma_grad)HÑÍÓñºƒP’
!gradients/bn4a_branch2c/beta_gradĞØÓñºƒ -(-BUgradients/bn4a_branch2c/beta_grad = BackpropGrad(gradients/res4a_branch1/kernel_grad)HĞØÓñºƒP”
"gradients/bn4a_branch2c/gamma_gradıØÓñºƒ Š(ŠBTgradients/bn4a_branch2c/gamma_grad = BackpropGrad(gradients/bn4a_branch2c/beta_grad)HıØÓñºƒP™
$gradients/res4a_branch2c/kernel_grad‡ÛÓñºƒ §(§BWgradients/res4a_branch2c/kernel_grad = BackpropGrad(gradients/bn4a_branch2c/gamma_grad)H‡ÛÓñºƒP“
!gradients/bn4a_branch2b/beta_grad®àÓñºƒ (BVgradients/bn4a_branch2b/beta_grad = BackpropGrad(gradients/res4a_branch2c/kernel_grad)H®àÓñºƒP’
"gradients/bn4a_branch2b/gamma_grad¿àÓñºƒ K(KBTgradients/bn4a_branch2b/gamma_grad = BackpropGrad(gradients/bn4a_branch2b/beta_grad)H¿àÓñºƒP™
$gradients/res4a_branch2b/kernel_gradŠáÓñºƒ Ã(ÃBWgradients/res4a_branch2b/kernel_grad = BackpropGrad(gradients/bn4a_branch2b/gamma_grad)HŠáÓñºƒP“
!gradients/bn4a_branch2a/beta_gradÍìÓñºƒ -(-BVgradients/bn4a_branch2a/beta_grad = BackpropGrad(gradients/res4a_branch2b/kernel_grad)HÍìÓñºƒP”
"gradients/bn4a_branch2a/gamma_gradúìÓñºƒ Š(ŠBTgradients/bn4a_branch2a/gamma_grad = BackpropGrad(gradients/bn4a_branch2a/beta_grad)HúìÓñºƒP™
$gradients/res4a_branch2a/kernel_grad„ïÓñºƒ Ó
(Ó
BWgradients/res4a_branch2a/kernel_grad = BackpropGrad(gradients/bn4a_branch2a/gamma_grad)H„ïÓñºƒP“
!gradients/bn3d_branch2c/beta_grad×ùÓñºƒ T(TBVgradients/bn3d_branch2c/beta_grad = BackpropGrad(gradients/res4a_branch2a/kernel_grad)H×ùÓñºƒP”
"gradients/bn3d_branch2c/gamma_grad«úÓñºƒ ˜(˜BTgradients/bn3d_branch2c/gamma_grad = BackpropGrad(gradients/bn3d_branch2c/beta_grad)H«úÓñºƒP™
$gradients/res3d_branch2c/kernel_gradÃşÓñºƒ °(°BWgradients/res3d_branch2c/kernel_grad = BackpropGrad(gradients/bn3d_branch2c/gamma_grad)HÃşÓñºƒP“
!gradients/bn3d_branch2b/beta_gradóƒÔñºƒ (BVgradients/bn3d_branch2b/beta_grad = BackpropGrad(gradients/res3d_branch2c/kernel_grad)HóƒÔñºƒP”
"gradients/bn3d_branch2b/gamma_grad„Ôñºƒ Š(ŠBTgradients/bn3d_branch2b/gamma_grad = BackpropGrad(gradients/bn3d_branch2b/beta_grad)H„ÔñºƒP™
$gradients/res3d_branch2b/kernel_grad˜…Ôñºƒ û(ûBWgradients/res3d_branch2b/kernel_grad = BackpropGrad(gradients/bn3d_branch2b/gamma_grad)H˜…ÔñºƒP“
!gradients/bn3d_branch2a/beta_grad“‘Ôñºƒ (BVgradients/bn3d_branch2a/beta_grad = BackpropGrad(gradients/res3d_branch2b/kernel_grad)H“‘ÔñºƒP”
"gradients/bn3d_branch2a/gamma_grad¯‘Ôñºƒ ‡(‡BTgradients/bn3d_branch2a/gamma_grad = BackpropGrad(gradients/bn3d_branch2a/beta_grad)H¯‘ÔñºƒP™
$gradients/res3d_branch2a/kernel_grad¶’Ôñºƒ §(§BWgradients/res3d_branch2a/kernel_grad = BackpropGrad(gradients/bn3d_branch2a/gamma_grad)H¶’ÔñºƒP“
!gradients/bn3c_branch2c/beta_gradİ—Ôñºƒ W(WBVgradients/bn3c_branch2c/beta_grad = BackpropGrad(gradients/res3d_branch2a/kernel_grad)Hİ—ÔñºƒP”
"gradients/bn3c_branch2c/gamma_grad´˜Ôñºƒ (BTgradients/bn3c_branch2c/gamma_grad = BackpropGrad(gradients/bn3c_branch2c/beta_grad)H´˜ÔñºƒP™
$gradients/res3c_branch2c/kernel_gradÑœÔñºƒ ª(ªBWgradients/res3c_branch2c/kernel_grad = BackpropGrad(gradients/bn3c_branch2c/gamma_grad)HÑœÔñºƒP“
!gradients/bn3c_branch2b/beta_gradû¡Ôñºƒ (BVgradients/bn3c_branch2b/beta_grad = BackpropGrad(gradients/res3c_branch2c/kernel_grad)Hû¡ÔñºƒP”
"gradients/bn3c_branch2b/gamma_grad–¢Ôñºƒ (BTgradients/bn3c_branch2b/gamma_grad = BackpropGrad(gradients/bn3c_branch2b/beta_grad)H–¢ÔñºƒP™
$gradients/res3c_branch2b/kernel_grad¤£Ôñºƒ ½(½BWgradients/res3c_branch2b/kernel_grad = BackpropGrad(gradients/bn3c_branch2b/gamma_grad)H¤£ÔñºƒP“
!gradients/bn3c_branch2a/beta_gradá¯Ôñºƒ (BVgradients/bn3c_branch2a/beta_grad = BackpropGrad(gradients/res3c_branch2b/kernel_grad)Há¯ÔñºƒP”
"gradients/bn3c_branch2a/gamma_gradı¯Ôñºƒ „(„BTgradients/bn3c_branch2a/gamma_grad = BackpropGrad(gradients/bn3c_branch2a/beta_grad)Hı¯ÔñºƒP™
$gradients/res3c_branch2a/kernel_grad±Ôñºƒ –(–BWgradients/res3c_branch2a/kernel_grad = BackpropGrad(gradients/bn3c_branch2a/gamma_grad)H±ÔñºƒP“
!gradients/bn3b_branch2c/beta_grad—¶Ôñºƒ X(XBVgradients/bn3b_branch2c/beta_grad = BackpropGrad(gradients/res3c_branch2a/kernel_grad)H—¶ÔñºƒP”
"gradients/bn3b_branch2c/gamma_gradï¶Ôñºƒ Š(ŠBTgradients/bn3b_branch2c/gamma_grad = BackpropGrad(gradients/bn3b_branch2c/beta_grad)Hï¶ÔñºƒP™
$gradients/res3b_branch2c/kernel_gradùºÔñºƒ ‚(‚BWgradients/res3b_branch2c/kernel_grad = BackpropGrad(gradients/bn3b_branch2c/gamma_grad)HùºÔñºƒP“
!gradients/bn3b_branch2b/beta_gradû¿Ôñºƒ (BVgradients/bn3b_branch2b/beta_grad = BackpropGrad(gradients/res3b_branch2c/kernel_grad)Hû¿ÔñºƒP”
"gradients/bn3b_branch2b/gamma_grad—ÀÔñºƒ —(—BTgradients/bn3b_branch2b/gamma_grad = BackpropGrad(gradients/bn3b_branch2b/beta_grad)H—ÀÔñºƒP™
$gradients/res3b_branch2b/kernel_grad®ÁÔñºƒ Í(ÍBWgradients/res3b_branch2b/kernel_grad = BackpropGrad(gradients/bn3b_branch2b/gamma_grad)H®ÁÔñºƒP“
!gradients/bn3b_branch2a/beta_gradûÌÔñºƒ (BVgradients/bn3b_branch2a/beta_grad = BackpropGrad(gradients/res3b_branch2b/kernel_grad)HûÌÔñºƒP”
"gradients/bn3b_branch2a/gamma_grad–ÍÔñºƒ ‰(‰BTgradients/bn3b_branch2a/gamma_grad = BackpropGrad(gradients/bn3b_branch2a/beta_grad)H–ÍÔñºƒP™
$gradients/res3b_branch2a/kernel_gradŸÎÔñºƒ »(»BWgradients/res3b_branch2a/kernel_grad = BackpropGrad(gradients/bn3b_branch2a/gamma_grad)HŸÎÔñºƒP‘
 gradients/bn3a_branch1/beta_gradÚÓÔñºƒ M(MBUgradients/bn3a_branch1/beta_grad = BackpropGrad(gradients/res3b_branch2a/kernel_grad)HÚÓÔñºƒP‘
!gradients/bn3a_branch1/gamma_grad§ÔÔñºƒ Å(ÅBRgradients/bn3a_branch1/gamma_grad = BackpropGrad(gradients/bn3a_branch1/beta_grad)H§ÔÔñºƒP–
#gradients/res3a_branch1/kernel_gradìÖÔñºƒ Ó
(Ó
BUgradients/res3a_branch1/kernel_grad = BackpropGrad(gradients/bn3a_branch1/gamma_grad)HìÖÔñºƒP’
!gradients/bn3a_branch2c/beta_grad¿áÔñºƒ T(TBUgradients/bn3a_branch2c/beta_grad = BackpropGrad(gradients/res3a_branch1/kernel_grad)H¿áÔñºƒP”
"gradients/bn3a_branch2c/gamma_grad“âÔñºƒ °(°BTgradients/bn3a_branch2c/gamma_grad = BackpropGrad(gradients/bn3a_branch2c/beta_grad)H“âÔñºƒP™
$gradients/res3a_branch2c/kernel_gradÃæÔñºƒ §(§BWgradients/res3a_branch2c/kernel_grad = BackpropGrad(gradients/bn3a_branch2c/gamma_grad)HÃæÔñºƒP“
!gradients/bn3a_branch2b/beta_gradêëÔñºƒ (BVgradients/bn3a_branch2b/beta_grad = BackpropGrad(gradients/res3a_branch2c/kernel_grad)HêëÔñºƒP”
"gradients/bn3a_branch2b/gamma_grad†ìÔñºƒ „(„BTgradients/bn3a_branch2b/gamma_grad = BackpropGrad(gradients/bn3a_branch2b/beta_grad)H†ìÔñºƒP™
$gradients/res3a_branch2b/kernel_gradŠíÔñºƒ Ü(ÜBWgradients/res3a_branch2b/kernel_grad = BackpropGrad(gradients/bn3a_branch2b/gamma_grad)HŠíÔñºƒP“
!gradients/bn3a_branch2a/beta_gradæøÔñºƒ R(RBVgradients/bn3a_branch2a/beta_grad = BackpropGrad(gradients/res3a_branch2b/kernel_grad)HæøÔñºƒP”
"gradients/bn3a_branch2a/gamma_grad¸ùÔñºƒ š(šBTgradients/bn3a_branch2a/gamma_grad = BackpropGrad(gradients/bn3a_branch2a/beta_grad)H¸ùÔñºƒP™
$gradients/res3a_branch2a/kernel_gradÒıÔñºƒ Ø
(Ø
BWgradients/res3a_branch2a/kernel_grad = BackpropGrad(gradients/bn3a_branch2a/gamma_grad)HÒıÔñºƒP•
!gradients/bn2c_branch2c/beta_gradªˆÕñºƒ (BVgradients/bn2c_branch2c/beta_grad = BackpropGrad(gradients/res3a_branch2a/kernel_grad)HªˆÕñºƒP”
"gradients/bn2c_branch2c/gamma_gradÈ‰Õñºƒ –(–BTgradients/bn2c_branch2c/gamma_grad = BackpropGrad(gradients/bn2c_branch2c/beta_grad)HÈ‰ÕñºƒP™
$gradients/res2c_branch2c/kernel_gradŞ‘Õñºƒ ´(´BWgradients/res2c_branch2c/kernel_grad = BackpropGrad(gradients/bn2c_branch2c/gamma_grad)HŞ‘ÕñºƒP“
!gradients/bn2c_branch2b/beta_grad’—Õñºƒ ,(,BVgradients/bn2c_branch2b/beta_grad = BackpropGrad(gradients/res2c_branch2c/kernel_grad)H’—ÕñºƒP”
"gradients/bn2c_branch2b/gamma_grad¾—Õñºƒ (BTgradients/bn2c_branch2b/gamma_grad = BackpropGrad(gradients/bn2c_branch2b/beta_grad)H¾—ÕñºƒP™
$gradients/res2c_branch2b/kernel_gradÜ™Õñºƒ ª(ªBWgradients/res2c_branch2b/kernel_grad = BackpropGrad(gradients/bn2c_branch2b/gamma_grad)HÜ™ÕñºƒP“
!gradients/bn2c_branch2a/beta_grad†¥Õñºƒ .(.BVgradients/bn2c_branch2a/beta_grad = BackpropGrad(gradients/res2c_branch2b/kernel_grad)H†¥ÕñºƒP”
"gradients/bn2c_branch2a/gamma_grad´¥Õñºƒ ‹(‹BTgradients/bn2c_branch2a/gamma_grad = BackpropGrad(gradients/bn2c_branch2a/beta_grad)H´¥ÕñºƒP™
$gradients/res2c_branch2a/kernel_grad¿§Õñºƒ •(•BWgradients/res2c_branch2a/kernel_grad = BackpropGrad(gradients/bn2c_branch2a/gamma_grad)H¿§ÕñºƒP•
!gradients/bn2b_branch2c/beta_gradÔ¬Õñºƒ  ( BVgradients/bn2b_branch2c/beta_grad = BackpropGrad(gradients/res2c_branch2a/kernel_grad)HÔ¬ÕñºƒP”
"gradients/bn2b_branch2c/gamma_gradô­Õñºƒ Í(ÍBTgradients/bn2b_branch2c/gamma_grad = BackpropGrad(gradients/bn2b_branch2c/beta_grad)Hô­ÕñºƒP™
$gradients/res2b_branch2c/kernel_gradÁ¶Õñºƒ ¤(¤BWgradients/res2b_branch2c/kernel_grad = BackpropGrad(gradients/bn2b_branch2c/gamma_grad)HÁ¶ÕñºƒP“
!gradients/bn2b_branch2b/beta_gradå»Õñºƒ /(/BVgradients/bn2b_branch2b/beta_grad = BackpropGrad(gradients/res2b_branch2c/kernel_grad)Hå»ÕñºƒP”
"gradients/bn2b_branch2b/gamma_grad”¼Õñºƒ †(†BTgradients/bn2b_branch2b/gamma_grad = BackpropGrad(gradients/bn2b_branch2b/beta_grad)H”¼ÕñºƒP™
$gradients/res2b_branch2b/kernel_gradš¾Õñºƒ “(“BWgradients/res2b_branch2b/kernel_grad = BackpropGrad(gradients/bn2b_branch2b/gamma_grad)Hš¾ÕñºƒP“
!gradients/bn2b_branch2a/beta_grad­ÊÕñºƒ /(/BVgradients/bn2b_branch2a/beta_grad = BackpropGrad(gradients/res2b_branch2b/kernel_grad)H­ÊÕñºƒP”
"gradients/bn2b_branch2a/gamma_gradÜÊÕñºƒ ™(™BTgradients/bn2b_branch2a/gamma_grad = BackpropGrad(gradients/bn2b_branch2a/beta_grad)HÜÊÕñºƒP™
$gradients/res2b_branch2a/kernel_gradõÌÕñºƒ ¬(¬BWgradients/res2b_branch2a/kernel_grad = BackpropGrad(gradients/bn2b_branch2a/gamma_grad)HõÌÕñºƒP“
 gradients/bn2a_branch1/beta_grad¡ÒÕñºƒ š(šBUgradients/bn2a_branch1/beta_grad = BackpropGrad(gradients/res2b_branch2a/kernel_grad)H¡ÒÕñºƒP‘
!gradients/bn2a_branch1/gamma_grad»ÓÕñºƒ ì(ìBRgradients/bn2a_branch1/gamma_grad = BackpropGrad(gradients/bn2a_branch1/beta_grad)H»ÓÕñºƒP–
#gradients/res2a_branch1/kernel_grad§ØÕñºƒ µ(µBUgradients/res2a_branch1/kernel_grad = BackpropGrad(gradients/bn2a_branch1/gamma_grad)H§ØÕñºƒP”
!gradients/bn2a_branch2c/beta_gradÜİÕñºƒ š(šBUgradients/bn2a_branch2c/beta_grad = BackpropGrad(gradients/res2a_branch1/kernel_grad)HÜİÕñºƒP”
"gradients/bn2a_branch2c/gamma_gradöŞÕñºƒ ¿(¿BTgradients/bn2a_branch2c/gamma_grad = BackpropGrad(gradients/bn2a_branch2c/beta_grad)HöŞÕñºƒP™
$gradients/res2a_branch2c/kernel_gradµçÕñºƒ ”(”BWgradients/res2a_branch2c/kernel_grad = BackpropGrad(gradients/bn2a_branch2c/gamma_grad)HµçÕñºƒP“
!gradients/bn2a_branch2b/beta_gradÉìÕñºƒ .(.BVgradients/bn2a_branch2b/beta_grad = BackpropGrad(gradients/res2a_branch2c/kernel_grad)HÉìÕñºƒP”
"gradients/bn2a_branch2b/gamma_grad÷ìÕñºƒ ‹(‹BTgradients/bn2a_branch2b/gamma_grad = BackpropGrad(gradients/bn2a_branch2b/beta_grad)H÷ìÕñºƒP™
$gradients/res2a_branch2b/kernel_grad‚ïÕñºƒ Š(ŠBWgradients/res2a_branch2b/kernel_grad = BackpropGrad(gradients/bn2a_branch2b/gamma_grad)H‚ïÕñºƒP“
!gradients/bn2a_branch2a/beta_gradŒûÕñºƒ ,(,BVgradients/bn2a_branch2a/beta_grad = BackpropGrad(gradients/res2a_branch2b/kernel_grad)HŒûÕñºƒP”
"gradients/bn2a_branch2a/gamma_grad¸ûÕñºƒ —(—BTgradients/bn2a_branch2a/gamma_grad = BackpropGrad(gradients/bn2a_branch2a/beta_grad)H¸ûÕñºƒP™
$gradients/res2a_branch2a/kernel_gradÏıÕñºƒ ²(²BWgradients/res2a_branch2a/kernel_grad = BackpropGrad(gradients/bn2a_branch2a/gamma_grad)HÏıÕñºƒP‹
gradients/bn_conv1/beta_gradÿÕñºƒ ›(›BQgradients/bn_conv1/beta_grad = BackpropGrad(gradients/res2a_branch2a/kernel_grad)HÿÕñºƒP…
gradients/bn_conv1/gamma_gradœ€Öñºƒ ¿(¿BJgradients/bn_conv1/gamma_grad = BackpropGrad(gradients/bn_conv1/beta_grad)Hœ€ÖñºƒP‚
gradients/conv1/kernel_gradÛ‹Öñºƒ ¦(¦BIgradients/conv1/kernel_grad = BackpropGrad(gradients/bn_conv1/gamma_grad)HÛ‹ÖñºƒP
¸ 
%/job:ps/replica:0/task:0/device:CPU:0W
conv1/kernel/read˜¾Ìñºƒ (B*conv1/kernel/read = Identity(conv1/kernel)H˜¾ÌñºƒP]
bn_conv1/gamma/read›¾Ìñºƒ (B.bn_conv1/gamma/read = Identity(bn_conv1/gamma)H›¾ÌñºƒPZ
bn_conv1/beta/read¾Ìñºƒ (B,bn_conv1/beta/read = Identity(bn_conv1/beta)H¾ÌñºƒPr
res2a_branch2a/kernel/read¡¾Ìñºƒ (B<res2a_branch2a/kernel/read = Identity(res2a_branch2a/kernel)H¡¾ÌñºƒPl
bn2a_branch2a/gamma/read¤¾Ìñºƒ (B8bn2a_branch2a/gamma/read = Identity(bn2a_branch2a/gamma)H¤¾ÌñºƒPi
bn2a_branch2a/beta/read§¾Ìñºƒ (B6bn2a_branch2a/beta/read = Identity(bn2a_branch2a/beta)H§¾ÌñºƒPr
res2a_branch2b/kernel/readª¾Ìñºƒ (B<res2a_branch2b/kernel/read = Identity(res2a_branch2b/kernel)Hª¾ÌñºƒPl
bn2a_branch2b/gamma/read­¾Ìñºƒ (B8bn2a_branch2b/gamma/read = Identity(bn2a_branch2b/gamma)H­¾ÌñºƒPi
bn2a_branch2b/beta/read°¾Ìñºƒ (B6bn2a_branch2b/beta/read = Identity(bn2a_branch2b/beta)H°¾ÌñºƒPr
res2a_branch2c/kernel/read³¾Ìñºƒ (B<res2a_branch2c/kernel/read = Identity(res2a_branch2c/kernel)H³¾ÌñºƒPl
bn2a_branch2c/gamma/read¶¾Ìñºƒ (B8bn2a_branch2c/gamma/read = Identity(bn2a_branch2c/gamma)H¶¾ÌñºƒPi
bn2a_branch2c/beta/read¹¾Ìñºƒ (B6bn2a_branch2c/beta/read = Identity(bn2a_branch2c/beta)H¹¾ÌñºƒPo
res2a_branch1/kernel/read¼¾Ìñºƒ (B:res2a_branch1/kernel/read = Identity(res2a_branch1/kernel)H¼¾ÌñºƒPi
bn2a_branch1/gamma/read¿¾Ìñºƒ (B6bn2a_branch1/gamma/read = Identity(bn2a_branch1/gamma)H¿¾ÌñºƒPf
bn2a_branch1/beta/readÂ¾Ìñºƒ (B4bn2a_branch1/beta/read = Identity(bn2a_branch1/beta)HÂ¾ÌñºƒPr
res2b_branch2a/kernel/readÅ¾Ìñºƒ (B<res2b_branch2a/kernel/read = Identity(res2b_branch2a/kernel)HÅ¾ÌñºƒPl
bn2b_branch2a/gamma/readÈ¾Ìñºƒ (B8bn2b_branch2a/gamma/read = Identity(bn2b_branch2a/gamma)HÈ¾ÌñºƒPi
bn2b_branch2a/beta/readË¾Ìñºƒ (B6bn2b_branch2a/beta/read = Identity(bn2b_branch2a/beta)HË¾ÌñºƒPr
res2b_branch2b/kernel/readÎ¾Ìñºƒ (B<res2b_branch2b/kernel/read = Identity(res2b_branch2b/kernel)HÎ¾ÌñºƒPl
bn2b_branch2b/gamma/readÑ¾Ìñºƒ (B8bn2b_branch2b/gamma/read = Identity(bn2b_branch2b/gamma)HÑ¾ÌñºƒPi
bn2b_branch2b/beta/readÔ¾Ìñºƒ (B6bn2b_branch2b/beta/read = Identity(bn2b_branch2b/beta)HÔ¾ÌñºƒPr
res2b_branch2c/kernel/read×¾Ìñºƒ (B<res2b_branch2c/kernel/read = Identity(res2b_branch2c/kernel)H×¾ÌñºƒPl
bn2b_branch2c/gamma/readÚ¾Ìñºƒ (B8bn2b_branch2c/gamma/read = Identity(bn2b_branch2c/gamma)HÚ¾ÌñºƒPi
bn2b_branch2c/beta/readÜ¾Ìñºƒ (B6bn2b_branch2c/beta/read = Identity(bn2b_branch2c/beta)HÜ¾ÌñºƒPr
res2c_branch2a/kernel/readß¾Ìñºƒ (B<res2c_branch2a/kernel/read = Identity(res2c_branch2a/kernel)Hß¾ÌñºƒPl
bn2c_branch2a/gamma/readâ¾Ìñºƒ (B8bn2c_branch2a/gamma/read = Identity(bn2c_branch2a/gamma)Hâ¾ÌñºƒPi
bn2c_branch2a/beta/readå¾Ìñºƒ (B6bn2c_branch2a/beta/read = Identity(bn2c_branch2a/beta)Hå¾ÌñºƒPr
res2c_branch2b/kernel/readè¾Ìñºƒ (B<res2c_branch2b/kernel/read = Identity(res2c_branch2b/kernel)Hè¾ÌñºƒPl
bn2c_branch2b/gamma/readë¾Ìñºƒ (B8bn2c_branch2b/gamma/read = Identity(bn2c_branch2b/gamma)Hë¾ÌñºƒPi
bn2c_branch2b/beta/readî¾Ìñºƒ (B6bn2c_branch2b/beta/read = Identity(bn2c_branch2b/beta)Hî¾ÌñºƒPr
res2c_branch2c/kernel/readñ¾Ìñºƒ (B<res2c_branch2c/kernel/read = Identity(res2c_branch2c/kernel)Hñ¾ÌñºƒPl
bn2c_branch2c/gamma/readô¾Ìñºƒ (B8bn2c_branch2c/gamma/read = Identity(bn2c_branch2c/gamma)Hô¾ÌñºƒPi
bn2c_branch2c/beta/read÷¾Ìñºƒ (B6bn2c_branch2c/beta/read = Identity(bn2c_branch2c/beta)H÷¾ÌñºƒPr
res3a_branch2a/kernel/readú¾Ìñºƒ (B<res3a_branch2a/kernel/read = Identity(res3a_branch2a/kernel)Hú¾ÌñºƒPl
bn3a_branch2a/gamma/readı¾Ìñºƒ (B8bn3a_branch2a/gamma/read = Identity(bn3a_branch2a/gamma)Hı¾ÌñºƒPi
bn3a_branch2a/beta/read€¿Ìñºƒ (B6bn3a_branch2a/beta/read = Identity(bn3a_branch2a/beta)H€¿ÌñºƒPr
res3a_branch2b/kernel/readƒ¿Ìñºƒ (B<res3a_branch2b/kernel/read = Identity(res3a_branch2b/kernel)Hƒ¿ÌñºƒPl
bn3a_branch2b/gamma/read†¿Ìñºƒ (B8bn3a_branch2b/gamma/read = Identity(bn3a_branch2b/gamma)H†¿ÌñºƒPi
bn3a_branch2b/beta/read‰¿Ìñºƒ (B6bn3a_branch2b/beta/read = Identity(bn3a_branch2b/beta)H‰¿ÌñºƒPr
res3a_branch2c/kernel/readŒ¿Ìñºƒ (B<res3a_branch2c/kernel/read = Identity(res3a_branch2c/kernel)HŒ¿ÌñºƒPl
bn3a_branch2c/gamma/read¿Ìñºƒ (B8bn3a_branch2c/gamma/read = Identity(bn3a_branch2c/gamma)H¿ÌñºƒPi
bn3a_branch2c/beta/read’¿Ìñºƒ (B6bn3a_branch2c/beta/read = Identity(bn3a_branch2c/beta)H’¿ÌñºƒPo
res3a_branch1/kernel/read•¿Ìñºƒ (B:res3a_branch1/kernel/read = Identity(res3a_branch1/kernel)H•¿ÌñºƒPi
bn3a_branch1/gamma/read˜¿Ìñºƒ (B6bn3a_branch1/gamma/read = Identity(bn3a_branch1/gamma)H˜¿ÌñºƒPf
bn3a_branch1/beta/read›¿Ìñºƒ (B4bn3a_branch1/beta/read = Identity(bn3a_branch1/beta)H›¿ÌñºƒPr
res3b_branch2a/kernel/read¿Ìñºƒ (B<res3b_branch2a/kernel/read = Identity(res3b_branch2a/kernel)H¿ÌñºƒPl
bn3b_branch2a/gamma/read¡¿Ìñºƒ (B8bn3b_branch2a/gamma/read = Identity(bn3b_branch2a/gamma)H¡¿ÌñºƒPi
bn3b_branch2a/beta/read¤¿Ìñºƒ (B6bn3b_branch2a/beta/read = Identity(bn3b_branch2a/beta)H¤¿ÌñºƒPr
res3b_branch2b/kernel/read§¿Ìñºƒ (B<res3b_branch2b/kernel/read = Identity(res3b_branch2b/kernel)H§¿ÌñºƒPl
bn3b_branch2b/gamma/readª¿Ìñºƒ (B8bn3b_branch2b/gamma/read = Identity(bn3b_branch2b/gamma)Hª¿ÌñºƒPi
bn3b_branch2b/beta/read­¿Ìñºƒ (B6bn3b_branch2b/beta/read = Identity(bn3b_branch2b/beta)H­¿ÌñºƒPr
res3b_branch2c/kernel/read°¿Ìñºƒ (B<res3b_branch2c/kernel/read = Identity(res3b_branch2c/kernel)H°¿ÌñºƒPl
bn3b_branch2c/gamma/read³¿Ìñºƒ (B8bn3b_branch2c/gamma/read = Identity(bn3b_branch2c/gamma)H³¿ÌñºƒPi
bn3b_branch2c/beta/read¶¿Ìñºƒ (B6bn3b_branch2c/beta/read = Identity(bn3b_branch2c/beta)H¶¿ÌñºƒPr
res3c_branch2a/kernel/read¹¿Ìñºƒ (B<res3c_branch2a/kernel/read = Identity(res3c_branch2a/kernel)H¹¿ÌñºƒPl
bn3c_branch2a/gamma/read¼¿Ìñºƒ (B8bn3c_branch2a/gamma/read = Identity(bn3c_branch2a/gamma)H¼¿ÌñºƒPi
bn3c_branch2a/beta/read¿¿Ìñºƒ (B6bn3c_branch2a/beta/read = Identity(bn3c_branch2a/beta)H¿¿ÌñºƒPr
res3c_branch2b/kernel/readÂ¿Ìñºƒ (B<res3c_branch2b/kernel/read = Identity(res3c_branch2b/kernel)HÂ¿ÌñºƒPl
bn3c_branch2b/gamma/readÅ¿Ìñºƒ (B8bn3c_branch2b/gamma/read = Identity(bn3c_branch2b/gamma)HÅ¿ÌñºƒPi
bn3c_branch2b/beta/readÈ¿Ìñºƒ (B6bn3c_branch2b/beta/read = Identity(bn3c_branch2b/beta)HÈ¿ÌñºƒPr
res3c_branch2c/kernel/readË¿Ìñºƒ (B<res3c_branch2c/kernel/read = Identity(res3c_branch2c/kernel)HË¿ÌñºƒPl
bn3c_branch2c/gamma/readÎ¿Ìñºƒ (B8bn3c_branch2c/gamma/read = Identity(bn3c_branch2c/gamma)HÎ¿ÌñºƒPi
bn3c_branch2c/beta/readÑ¿Ìñºƒ (B6bn3c_branch2c/beta/read = Identity(bn3c_branch2c/beta)HÑ¿ÌñºƒPr
res3d_branch2a/kernel/readÔ¿Ìñºƒ (B<res3d_branch2a/kernel/read = Identity(res3d_branch2a/kernel)HÔ¿ÌñºƒPl
bn3d_branch2a/gamma/read×¿Ìñºƒ (B8bn3d_branch2a/gamma/read = Identity(bn3d_branch2a/gamma)H×¿ÌñºƒPi
bn3d_branch2a/beta/readÚ¿Ìñºƒ (B6bn3d_branch2a/beta/read = Identity(bn3d_branch2a/beta)HÚ¿ÌñºƒPr
res3d_branch2b/kernel/readİ¿Ìñºƒ (B<res3d_branch2b/kernel/read = Identity(res3d_branch2b/kernel)Hİ¿ÌñºƒPl
bn3d_branch2b/gamma/readà¿Ìñºƒ (B8bn3d_branch2b/gamma/read = Identity(bn3d_branch2b/gamma)Hà¿ÌñºƒPi
bn3d_branch2b/beta/readã¿Ìñºƒ (B6bn3d_branch2b/beta/read = Identity(bn3d_branch2b/beta)Hã¿ÌñºƒPr
res3d_branch2c/kernel/readæ¿Ìñºƒ (B<res3d_branch2c/kernel/read = Identity(res3d_branch2c/kernel)Hæ¿ÌñºƒPl
bn3d_branch2c/gamma/readè¿Ìñºƒ (B8bn3d_branch2c/gamma/read = Identity(bn3d_branch2c/gamma)Hè¿ÌñºƒPi
bn3d_branch2c/beta/readë¿Ìñºƒ (B6bn3d_branch2c/beta/read = Identity(bn3d_branch2c/beta)Hë¿ÌñºƒPr
res4a_branch2a/kernel/readî¿Ìñºƒ (B<res4a_branch2a/kernel/read = Identity(res4a_branch2a/kernel)Hî¿ÌñºƒPl
bn4a_branch2a/gamma/readñ¿Ìñºƒ (B8bn4a_branch2a/gamma/read = Identity(bn4a_branch2a/gamma)Hñ¿ÌñºƒPi
bn4a_branch2a/beta/readô¿Ìñºƒ (B6bn4a_branch2a/beta/read = Identity(bn4a_branch2a/beta)Hô¿ÌñºƒPr
res4a_branch2b/kernel/read÷¿Ìñºƒ (B<res4a_branch2b/kernel/read = Identity(res4a_branch2b/kernel)H÷¿ÌñºƒPl
bn4a_branch2b/gamma/readû¿Ìñºƒ (B8bn4a_branch2b/gamma/read = Identity(bn4a_branch2b/gamma)Hû¿ÌñºƒPi
bn4a_branch2b/beta/readş¿Ìñºƒ (B6bn4a_branch2b/beta/read = Identity(bn4a_branch2b/beta)Hş¿ÌñºƒPr
res4a_branch2c/kernel/readÀÌñºƒ (B<res4a_branch2c/kernel/read = Identity(res4a_branch2c/kernel)HÀÌñºƒPl
bn4a_branch2c/gamma/read„ÀÌñºƒ (B8bn4a_branch2c/gamma/read = Identity(bn4a_branch2c/gamma)H„ÀÌñºƒPi
bn4a_branch2c/beta/read‡ÀÌñºƒ (B6bn4a_branch2c/beta/read = Identity(bn4a_branch2c/beta)H‡ÀÌñºƒPo
res4a_branch1/kernel/readŠÀÌñºƒ (B:res4a_branch1/kernel/read = Identity(res4a_branch1/kernel)HŠÀÌñºƒPi
bn4a_branch1/gamma/readÀÌñºƒ (B6bn4a_branch1/gamma/read = Identity(bn4a_branch1/gamma)HÀÌñºƒPf
bn4a_branch1/beta/readÀÌñºƒ (B4bn4a_branch1/beta/read = Identity(bn4a_branch1/beta)HÀÌñºƒPr
res4b_branch2a/kernel/read’ÀÌñºƒ (B<res4b_branch2a/kernel/read = Identity(res4b_branch2a/kernel)H’ÀÌñºƒPl
bn4b_branch2a/gamma/read–ÀÌñºƒ (B8bn4b_branch2a/gamma/read = Identity(bn4b_branch2a/gamma)H–ÀÌñºƒPi
bn4b_branch2a/beta/read™ÀÌñºƒ (B6bn4b_branch2a/beta/read = Identity(bn4b_branch2a/beta)H™ÀÌñºƒPr
res4b_branch2b/kernel/readœÀÌñºƒ (B<res4b_branch2b/kernel/read = Identity(res4b_branch2b/kernel)HœÀÌñºƒPl
bn4b_branch2b/gamma/readŸÀÌñºƒ (B8bn4b_branch2b/gamma/read = Identity(bn4b_branch2b/gamma)HŸÀÌñºƒPi
bn4b_branch2b/beta/read¢ÀÌñºƒ (B6bn4b_branch2b/beta/read = Identity(bn4b_branch2b/beta)H¢ÀÌñºƒPr
res4b_branch2c/kernel/read¤ÀÌñºƒ (B<res4b_branch2c/kernel/read = Identity(res4b_branch2c/kernel)H¤ÀÌñºƒPl
bn4b_branch2c/gamma/read§ÀÌñºƒ (B8bn4b_branch2c/gamma/read = Identity(bn4b_branch2c/gamma)H§ÀÌñºƒPi
bn4b_branch2c/beta/readªÀÌñºƒ (B6bn4b_branch2c/beta/read = Identity(bn4b_branch2c/beta)HªÀÌñºƒPr
res4c_branch2a/kernel/read­ÀÌñºƒ (B<res4c_branch2a/kernel/read = Identity(res4c_branch2a/kernel)H­ÀÌñºƒPl
bn4c_branch2a/gamma/read°ÀÌñºƒ (B8bn4c_branch2a/gamma/read = Identity(bn4c_branch2a/gamma)H°ÀÌñºƒPi
bn4c_branch2a/beta/read³ÀÌñºƒ (B6bn4c_branch2a/beta/read = Identity(bn4c_branch2a/beta)H³ÀÌñºƒPr
res4c_branch2b/kernel/read¶ÀÌñºƒ (B<res4c_branch2b/kernel/read = Identity(res4c_branch2b/kernel)H¶ÀÌñºƒPl
bn4c_branch2b/gamma/read¹ÀÌñºƒ (B8bn4c_branch2b/gamma/read = Identity(bn4c_branch2b/gamma)H¹ÀÌñºƒPi
bn4c_branch2b/beta/read¼ÀÌñºƒ (B6bn4c_branch2b/beta/read = Identity(bn4c_branch2b/beta)H¼ÀÌñºƒPr
res4c_branch2c/kernel/read¿ÀÌñºƒ (B<res4c_branch2c/kernel/read = Identity(res4c_branch2c/kernel)H¿ÀÌñºƒPl
bn4c_branch2c/gamma/readÂÀÌñºƒ (B8bn4c_branch2c/gamma/read = Identity(bn4c_branch2c/gamma)HÂÀÌñºƒPi
bn4c_branch2c/beta/readÅÀÌñºƒ (B6bn4c_branch2c/beta/read = Identity(bn4c_branch2c/beta)HÅÀÌñºƒPr
res4d_branch2a/kernel/readÈÀÌñºƒ (B<res4d_branch2a/kernel/read = Identity(res4d_branch2a/kernel)HÈÀÌñºƒPl
bn4d_branch2a/gamma/readËÀÌñºƒ (B8bn4d_branch2a/gamma/read = Identity(bn4d_branch2a/gamma)HËÀÌñºƒPi
bn4d_branch2a/beta/readÎÀÌñºƒ (B6bn4d_branch2a/beta/read = Identity(bn4d_branch2a/beta)HÎÀÌñºƒPr
res4d_branch2b/kernel/readÑÀÌñºƒ (B<res4d_branch2b/kernel/read = Identity(res4d_branch2b/kernel)HÑÀÌñºƒPl
bn4d_branch2b/gamma/readÔÀÌñºƒ (B8bn4d_branch2b/gamma/read = Identity(bn4d_branch2b/gamma)HÔÀÌñºƒPi
bn4d_branch2b/beta/read×ÀÌñºƒ (B6bn4d_branch2b/beta/read = Identity(bn4d_branch2b/beta)H×ÀÌñºƒPr
res4d_branch2c/kernel/readÚÀÌñºƒ (B<res4d_branch2c/kernel/read = Identity(res4d_branch2c/kernel)HÚÀÌñºƒPl
bn4d_branch2c/gamma/readİÀÌñºƒ (B8bn4d_branch2c/gamma/read = Identity(bn4d_branch2c/gamma)HİÀÌñºƒPi
bn4d_branch2c/beta/readàÀÌñºƒ (B6bn4d_branch2c/beta/read = Identity(bn4d_branch2c/beta)HàÀÌñºƒPr
res4e_branch2a/kernel/readãÀÌñºƒ (B<res4e_branch2a/kernel/read = Identity(res4e_branch2a/kernel)HãÀÌñºƒPl
bn4e_branch2a/gamma/readæÀÌñºƒ (B8bn4e_branch2a/gamma/read = Identity(bn4e_branch2a/gamma)HæÀÌñºƒPi
bn4e_branch2a/beta/readéÀÌñºƒ (B6bn4e_branch2a/beta/read = Identity(bn4e_branch2a/beta)HéÀÌñºƒPr
res4e_branch2b/kernel/readìÀÌñºƒ (B<res4e_branch2b/kernel/read = Identity(res4e_branch2b/kernel)HìÀÌñºƒPl
bn4e_branch2b/gamma/readïÀÌñºƒ (B8bn4e_branch2b/gamma/read = Identity(bn4e_branch2b/gamma)HïÀÌñºƒPi
bn4e_branch2b/beta/readóÀÌñºƒ (B6bn4e_branch2b/beta/read = Identity(bn4e_branch2b/beta)HóÀÌñºƒPr
res4e_branch2c/kernel/readöÀÌñºƒ (B<res4e_branch2c/kernel/read = Identity(res4e_branch2c/kernel)HöÀÌñºƒPl
bn4e_branch2c/gamma/readùÀÌñºƒ (B8bn4e_branch2c/gamma/read = Identity(bn4e_branch2c/gamma)HùÀÌñºƒPi
bn4e_branch2c/beta/readüÀÌñºƒ (B6bn4e_branch2c/beta/read = Identity(bn4e_branch2c/beta)HüÀÌñºƒPr
res4f_branch2a/kernel/readÿÀÌñºƒ (B<res4f_branch2a/kernel/read = Identity(res4f_branch2a/kernel)HÿÀÌñºƒPl
bn4f_branch2a/gamma/read‚ÁÌñºƒ (B8bn4f_branch2a/gamma/read = Identity(bn4f_branch2a/gamma)H‚ÁÌñºƒPi
bn4f_branch2a/beta/read…ÁÌñºƒ (B6bn4f_branch2a/beta/read = Identity(bn4f_branch2a/beta)H…ÁÌñºƒPr
res4f_branch2b/kernel/readˆÁÌñºƒ (B<res4f_branch2b/kernel/read = Identity(res4f_branch2b/kernel)HˆÁÌñºƒPl
bn4f_branch2b/gamma/read‹ÁÌñºƒ (B8bn4f_branch2b/gamma/read = Identity(bn4f_branch2b/gamma)H‹ÁÌñºƒPi
bn4f_branch2b/beta/readÁÌñºƒ (B6bn4f_branch2b/beta/read = Identity(bn4f_branch2b/beta)HÁÌñºƒPr
res4f_branch2c/kernel/read‘ÁÌñºƒ (B<res4f_branch2c/kernel/read = Identity(res4f_branch2c/kernel)H‘ÁÌñºƒPl
bn4f_branch2c/gamma/read”ÁÌñºƒ (B8bn4f_branch2c/gamma/read = Identity(bn4f_branch2c/gamma)H”ÁÌñºƒPi
bn4f_branch2c/beta/read—ÁÌñºƒ (B6bn4f_branch2c/beta/read = Identity(bn4f_branch2c/beta)H—ÁÌñºƒPr
res5a_branch2a/kernel/readšÁÌñºƒ (B<res5a_branch2a/kernel/read = Identity(res5a_branch2a/kernel)HšÁÌñºƒPl
bn5a_branch2a/gamma/readÁÌñºƒ (B8bn5a_branch2a/gamma/read = Identity(bn5a_branch2a/gamma)HÁÌñºƒPi
bn5a_branch2a/beta/read ÁÌñºƒ (B6bn5a_branch2a/beta/read = Identity(bn5a_branch2a/beta)H ÁÌñºƒPr
res5a_branch2b/kernel/read£ÁÌñºƒ (B<res5a_branch2b/kernel/read = Identity(res5a_branch2b/kernel)H£ÁÌñºƒPl
bn5a_branch2b/gamma/read¦ÁÌñºƒ (B8bn5a_branch2b/gamma/read = Identity(bn5a_branch2b/gamma)H¦ÁÌñºƒPi
bn5a_branch2b/beta/readªÁÌñºƒ (B6bn5a_branch2b/beta/read = Identity(bn5a_branch2b/beta)HªÁÌñºƒPr
res5a_branch2c/kernel/read­ÁÌñºƒ (B<res5a_branch2c/kernel/read = Identity(res5a_branch2c/kernel)H­ÁÌñºƒPl
bn5a_branch2c/gamma/read°ÁÌñºƒ (B8bn5a_branch2c/gamma/read = Identity(bn5a_branch2c/gamma)H°ÁÌñºƒPi
bn5a_branch2c/beta/read³ÁÌñºƒ (B6bn5a_branch2c/beta/read = Identity(bn5a_branch2c/beta)H³ÁÌñºƒPo
res5a_branch1/kernel/read¶ÁÌñºƒ (B:res5a_branch1/kernel/read = Identity(res5a_branch1/kernel)H¶ÁÌñºƒPi
bn5a_branch1/gamma/read¹ÁÌñºƒ (B6bn5a_branch1/gamma/read = Identity(bn5a_branch1/gamma)H¹ÁÌñºƒPf
bn5a_branch1/beta/read¼ÁÌñºƒ (B4bn5a_branch1/beta/read = Identity(bn5a_branch1/beta)H¼ÁÌñºƒPr
res5b_branch2a/kernel/read¿ÁÌñºƒ (B<res5b_branch2a/kernel/read = Identity(res5b_branch2a/kernel)H¿ÁÌñºƒPl
bn5b_branch2a/gamma/readÁÁÌñºƒ (B8bn5b_branch2a/gamma/read = Identity(bn5b_branch2a/gamma)HÁÁÌñºƒPi
bn5b_branch2a/beta/readÄÁÌñºƒ (B6bn5b_branch2a/beta/read = Identity(bn5b_branch2a/beta)HÄÁÌñºƒPr
res5b_branch2b/kernel/readÇÁÌñºƒ (B<res5b_branch2b/kernel/read = Identity(res5b_branch2b/kernel)HÇÁÌñºƒPl
bn5b_branch2b/gamma/readÊÁÌñºƒ (B8bn5b_branch2b/gamma/read = Identity(bn5b_branch2b/gamma)HÊÁÌñºƒPi
bn5b_branch2b/beta/readÍÁÌñºƒ (B6bn5b_branch2b/beta/read = Identity(bn5b_branch2b/beta)HÍÁÌñºƒPr
res5b_branch2c/kernel/readĞÁÌñºƒ (B<res5b_branch2c/kernel/read = Identity(res5b_branch2c/kernel)HĞÁÌñºƒPl
bn5b_branch2c/gamma/readÒÁÌñºƒ (B8bn5b_branch2c/gamma/read = Identity(bn5b_branch2c/gamma)HÒÁÌñºƒPi
bn5b_branch2c/beta/readÖÁÌñºƒ (B6bn5b_branch2c/beta/read = Identity(bn5b_branch2c/beta)HÖÁÌñºƒPr
res5c_branch2a/kernel/readØÁÌñºƒ (B<res5c_branch2a/kernel/read = Identity(res5c_branch2a/kernel)HØÁÌñºƒPl
bn5c_branch2a/gamma/readÛÁÌñºƒ (B8bn5c_branch2a/gamma/read = Identity(bn5c_branch2a/gamma)HÛÁÌñºƒPi
bn5c_branch2a/beta/readŞÁÌñºƒ (B6bn5c_branch2a/beta/read = Identity(bn5c_branch2a/beta)HŞÁÌñºƒPr
res5c_branch2b/kernel/readáÁÌñºƒ (B<res5c_branch2b/kernel/read = Identity(res5c_branch2b/kernel)HáÁÌñºƒPl
bn5c_branch2b/gamma/readäÁÌñºƒ (B8bn5c_branch2b/gamma/read = Identity(bn5c_branch2b/gamma)HäÁÌñºƒPi
bn5c_branch2b/beta/readèÁÌñºƒ (B6bn5c_branch2b/beta/read = Identity(bn5c_branch2b/beta)HèÁÌñºƒPr
res5c_branch2c/kernel/readëÁÌñºƒ (B<res5c_branch2c/kernel/read = Identity(res5c_branch2c/kernel)HëÁÌñºƒPl
bn5c_branch2c/gamma/readîÁÌñºƒ (B8bn5c_branch2c/gamma/read = Identity(bn5c_branch2c/gamma)HîÁÌñºƒPi
bn5c_branch2c/beta/readñÁÌñºƒ (B6bn5c_branch2c/beta/read = Identity(bn5c_branch2c/beta)HñÁÌñºƒPZ
fc1000/kernel/readôÁÌñºƒ (B,fc1000/kernel/read = Identity(fc1000/kernel)HôÁÌñºƒPT
fc1000/bias/read÷ÁÌñºƒ (B(fc1000/bias/read = Identity(fc1000/bias)H÷ÁÌñºƒP¶

RecvTensorğéÑñºƒ h(h:
"  Bƒ[4000B] edge_162_gradients/fc1000/bias_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HğéÑñºƒ¾
'update_fc1000/bias/ApplyGradientDescentØêÑñºƒ (B{update_fc1000/bias/ApplyGradientDescent = ApplyGradientDescent(fc1000/bias, learning_rate, gradients/fc1000/bias_grad_S162)HØêÑñºƒP¾

RecvTensor¨êÑñºƒ Ê7(Ê7:"
€€ô€€ôB…[7.8MB] edge_163_gradients/fc1000/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¨êÑñºƒÉ
)update_fc1000/kernel/ApplyGradientDescentò¡Òñºƒ Ä
(Ä
Bupdate_fc1000/kernel/ApplyGradientDescent = ApplyGradientDescent(fc1000/kernel, learning_rate, gradients/fc1000/kernel_grad_S163)Hò¡ÒñºƒP¿

RecvTensorÂêÑñºƒ ·7(·7:
"€@€@BŠ[8192B] edge_164_gradients/bn5c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÂêÑñºƒÛ
.update_bn5c_branch2c/beta/ApplyGradientDescent¶¬Òñºƒ (Bupdate_bn5c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2c/beta, learning_rate, gradients/bn5c_branch2c/beta_grad_S164)H¶¬ÒñºƒPÀ

RecvTensorÎëÑñºƒ ²6(²6:
"€@€@B‹[8192B] edge_165_gradients/bn5c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÎëÑñºƒß
/update_bn5c_branch2c/gamma/ApplyGradientDescent¼¬Òñºƒ (B“update_bn5c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2c/gamma, learning_rate, gradients/bn5c_branch2c/gamma_grad_S165)H¼¬ÒñºƒPÆ

RecvTensor˜ñÑñºƒ èL(èL:"
€€€€€€B[4.0MB] edge_166_gradients/res5c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H˜ñÑñºƒé
1update_res5c_branch2c/kernel/ApplyGradientDescent€¾Òñºƒ (B™update_res5c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res5c_branch2c/kernel, learning_rate, gradients/res5c_branch2c/kernel_grad_S166)H€¾ÒñºƒP¿

RecvTensor¦ñÑñºƒ ÜL(ÜL:
"€€BŠ[2048B] edge_167_gradients/bn5c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¦ñÑñºƒÛ
.update_bn5c_branch2b/beta/ApplyGradientDescentÄÒñºƒ (Bupdate_bn5c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2b/beta, learning_rate, gradients/bn5c_branch2b/beta_grad_S167)HÄÒñºƒPÀ

RecvTensorĞñÑñºƒ ´L(´L:
"€€B‹[2048B] edge_168_gradients/bn5c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HĞñÑñºƒß
/update_bn5c_branch2b/gamma/ApplyGradientDescent†ÄÒñºƒ (B“update_bn5c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2b/gamma, learning_rate, gradients/bn5c_branch2b/gamma_grad_S168)H†ÄÒñºƒPÆ

RecvTensorÊıÑñºƒ º(º:"
€€À€€ÀB[9.0MB] edge_169_gradients/res5c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÊıÑñºƒé
1update_res5c_branch2b/kernel/ApplyGradientDescent„ıÒñºƒ “(“B™update_res5c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res5c_branch2b/kernel, learning_rate, gradients/res5c_branch2b/kernel_grad_S169)H„ıÒñºƒP¿

RecvTensorÖıÑñºƒ °(°:
"€€BŠ[2048B] edge_170_gradients/bn5c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÖıÑñºƒÛ
.update_bn5c_branch2a/beta/ApplyGradientDescent—ŠÓñºƒ (Bupdate_bn5c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2a/beta, learning_rate, gradients/bn5c_branch2a/beta_grad_S170)H—ŠÓñºƒPÀ

RecvTensor€şÑñºƒ ˆ(ˆ:
"€€B‹[2048B] edge_171_gradients/bn5c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H€şÑñºƒß
/update_bn5c_branch2a/gamma/ApplyGradientDescentŠÓñºƒ (B“update_bn5c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2a/gamma, learning_rate, gradients/bn5c_branch2a/gamma_grad_S171)HŠÓñºƒPÈ

RecvTensor¸ƒÒñºƒ Ğ•(Ğ•:"
€€€€€€B[4.0MB] edge_172_gradients/res5c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¸ƒÒñºƒé
1update_res5c_branch2a/kernel/ApplyGradientDescentˆ™Óñºƒ ·(·B™update_res5c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res5c_branch2a/kernel, learning_rate, gradients/res5c_branch2a/kernel_grad_S172)Hˆ™ÓñºƒPÁ

RecvTensorÔƒÒñºƒ »•(»•:
"€@€@BŠ[8192B] edge_173_gradients/bn5b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÔƒÒñºƒÛ
.update_bn5b_branch2c/beta/ApplyGradientDescent¿Óñºƒ (Bupdate_bn5b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2c/beta, learning_rate, gradients/bn5b_branch2c/beta_grad_S173)H¿ÓñºƒPÂ

RecvTensorà„Òñºƒ ¶”(¶”:
"€@€@B‹[8192B] edge_174_gradients/bn5b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hà„Òñºƒß
/update_bn5b_branch2c/gamma/ApplyGradientDescentÅÓñºƒ (B“update_bn5b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2c/gamma, learning_rate, gradients/bn5b_branch2c/gamma_grad_S174)HÅÓñºƒPÈ

RecvTensorô‰Òñºƒ £«(£«:"
€€€€€€B[4.0MB] edge_175_gradients/res5b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hô‰Òñºƒé
1update_res5b_branch2c/kernel/ApplyGradientDescent—µÓñºƒ Ê(ÊB™update_res5b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res5b_branch2c/kernel, learning_rate, gradients/res5b_branch2c/kernel_grad_S175)H—µÓñºƒPÁ

RecvTensorŠÒñºƒ ˜«(˜«:
"€€BŠ[2048B] edge_176_gradients/bn5b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŠÒñºƒÛ
.update_bn5b_branch2b/beta/ApplyGradientDescentáºÓñºƒ (Bupdate_bn5b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2b/beta, learning_rate, gradients/bn5b_branch2b/beta_grad_S176)HáºÓñºƒPÂ

RecvTensor«ŠÒñºƒ ïª(ïª:
"€€B‹[2048B] edge_177_gradients/bn5b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H«ŠÒñºƒß
/update_bn5b_branch2b/gamma/ApplyGradientDescentçºÓñºƒ (B“update_bn5b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2b/gamma, learning_rate, gradients/bn5b_branch2b/gamma_grad_S177)HçºÓñºƒPÈ

RecvTensor›–Òñºƒ €Ş(€Ş:"
€€À€€ÀB[9.0MB] edge_178_gradients/res5b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H›–Òñºƒé
1update_res5b_branch2b/kernel/ApplyGradientDescent›ôÓñºƒ ®(®B™update_res5b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res5b_branch2b/kernel, learning_rate, gradients/res5b_branch2b/kernel_grad_S178)H›ôÓñºƒPÁ

RecvTensor¨–Òñºƒ õİ(õİ:
"€€BŠ[2048B] edge_179_gradients/bn5b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¨–ÒñºƒÛ
.update_bn5b_branch2a/beta/ApplyGradientDescentÉ€Ôñºƒ (Bupdate_bn5b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2a/beta, learning_rate, gradients/bn5b_branch2a/beta_grad_S179)HÉ€ÔñºƒPÂ

RecvTensorÑ–Òñºƒ Îİ(Îİ:
"€€B‹[2048B] edge_180_gradients/bn5b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÑ–Òñºƒß
/update_bn5b_branch2a/gamma/ApplyGradientDescentÎ€Ôñºƒ (B“update_bn5b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2a/gamma, learning_rate, gradients/bn5b_branch2a/gamma_grad_S180)HÎ€ÔñºƒPÈ

RecvTensor›œÒñºƒ „ô(„ô:"
€€€€€€B[4.0MB] edge_181_gradients/res5b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H›œÒñºƒé
1update_res5b_branch2a/kernel/ApplyGradientDescentŸÔñºƒ ¦(¦B™update_res5b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res5b_branch2a/kernel, learning_rate, gradients/res5b_branch2a/kernel_grad_S181)HŸÔñºƒPÀ

RecvTensorµœÒñºƒ ñó(ñó:
"€@€@B‰[8192B] edge_182_gradients/bn5a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HµœÒñºƒ×
-update_bn5a_branch1/beta/ApplyGradientDescentÅ•Ôñºƒ (Bupdate_bn5a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch1/beta, learning_rate, gradients/bn5a_branch1/beta_grad_S182)HÅ•ÔñºƒPÁ

RecvTensorŠÒñºƒ £ó(£ó:
"€@€@BŠ[8192B] edge_183_gradients/bn5a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŠÒñºƒÛ
.update_bn5a_branch1/gamma/ApplyGradientDescentÌ•Ôñºƒ (Bupdate_bn5a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch1/gamma, learning_rate, gradients/bn5a_branch1/gamma_grad_S183)HÌ•ÔñºƒPÇ

RecvTensorŠ¨Òñºƒ ¤ (¤ :"
€€€€€€BŒ[8.0MB] edge_184_gradients/res5a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŠ¨Òñºƒå
0update_res5a_branch1/kernel/ApplyGradientDescent®ÈÔñºƒ •(•B–update_res5a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch1/kernel, learning_rate, gradients/res5a_branch1/kernel_grad_S184)H®ÈÔñºƒPÁ

RecvTensor¥¨Òñºƒ  ( :
"€@€@BŠ[8192B] edge_185_gradients/bn5a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¥¨ÒñºƒÛ
.update_bn5a_branch2c/beta/ApplyGradientDescentÃÔÔñºƒ (Bupdate_bn5a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2c/beta, learning_rate, gradients/bn5a_branch2c/beta_grad_S185)HÃÔÔñºƒPÂ

RecvTensor´©Òñºƒ ˆŸ(ˆŸ:
"€@€@B‹[8192B] edge_186_gradients/bn5a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H´©Òñºƒß
/update_bn5a_branch2c/gamma/ApplyGradientDescentÊÔÔñºƒ (B“update_bn5a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2c/gamma, learning_rate, gradients/bn5a_branch2c/gamma_grad_S186)HÊÔÔñºƒPÈ

RecvTensoré®Òñºƒ Óµ(Óµ:"
€€€€€€B[4.0MB] edge_187_gradients/res5a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hé®Òñºƒé
1update_res5a_branch2c/kernel/ApplyGradientDescent¼äÔñºƒ Ê(ÊB™update_res5a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch2c/kernel, learning_rate, gradients/res5a_branch2c/kernel_grad_S187)H¼äÔñºƒPÁ

RecvTensorö®Òñºƒ Èµ(Èµ:
"€€BŠ[2048B] edge_188_gradients/bn5a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hö®ÒñºƒÛ
.update_bn5a_branch2b/beta/ApplyGradientDescent†êÔñºƒ (Bupdate_bn5a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2b/beta, learning_rate, gradients/bn5a_branch2b/beta_grad_S188)H†êÔñºƒPÂ

RecvTensor¯Òñºƒ ¢µ(¢µ:
"€€B‹[2048B] edge_189_gradients/bn5a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¯Òñºƒß
/update_bn5a_branch2b/gamma/ApplyGradientDescent‹êÔñºƒ (B“update_bn5a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2b/gamma, learning_rate, gradients/bn5a_branch2b/gamma_grad_S189)H‹êÔñºƒPÈ

RecvTensorººÒñºƒ †é(†é:"
€€À€€ÀB[9.0MB] edge_190_gradients/res5a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HººÒñºƒé
1update_res5a_branch2b/kernel/ApplyGradientDescentÀ£Õñºƒ (B™update_res5a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch2b/kernel, learning_rate, gradients/res5a_branch2b/kernel_grad_S190)HÀ£ÕñºƒPÁ

RecvTensorÕºÒñºƒ íè(íè:
"€€BŠ[2048B] edge_191_gradients/bn5a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÕºÒñºƒÛ
.update_bn5a_branch2a/beta/ApplyGradientDescentĞ¯Õñºƒ (Bupdate_bn5a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2a/beta, learning_rate, gradients/bn5a_branch2a/beta_grad_S191)HĞ¯ÕñºƒPÂ

RecvTensorİ»Òñºƒ çç(çç:
"€€B‹[2048B] edge_192_gradients/bn5a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hİ»Òñºƒß
/update_bn5a_branch2a/gamma/ApplyGradientDescentÕ¯Õñºƒ (B“update_bn5a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2a/gamma, learning_rate, gradients/bn5a_branch2a/gamma_grad_S192)HÕ¯ÕñºƒPÈ

RecvTensorïÆÒñºƒ Õê(Õê:"
€€€€€€B[2.0MB] edge_193_gradients/res5a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HïÆÒñºƒé
1update_res5a_branch2a/kernel/ApplyGradientDescentÄ±Õñºƒ Ï(ÏB™update_res5a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch2a/kernel, learning_rate, gradients/res5a_branch2a/kernel_grad_S193)HÄ±ÕñºƒPÁ

RecvTensorÇÒñºƒ ªê(ªê:
"€ € BŠ[4096B] edge_194_gradients/bn4f_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÇÒñºƒÛ
.update_bn4f_branch2c/beta/ApplyGradientDescent“´Õñºƒ (Bupdate_bn4f_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2c/beta, learning_rate, gradients/bn4f_branch2c/beta_grad_S194)H“´ÕñºƒPÂ

RecvTensor©ÉÒñºƒ ¢è(¢è:
"€ € B‹[4096B] edge_195_gradients/bn4f_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H©ÉÒñºƒß
/update_bn4f_branch2c/gamma/ApplyGradientDescent˜´Õñºƒ (B“update_bn4f_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2c/gamma, learning_rate, gradients/bn4f_branch2c/gamma_grad_S195)H˜´ÕñºƒPÆ

RecvTensorßÎÒñºƒ ìé(ìé:"€€@€€@B[1.0MB] edge_196_gradients/res4f_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HßÎÒñºƒé
1update_res4f_branch2c/kernel/ApplyGradientDescentË¸Õñºƒ ¾(¾B™update_res4f_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4f_branch2c/kernel, learning_rate, gradients/res4f_branch2c/kernel_grad_S196)HË¸ÕñºƒPÁ

RecvTensorïÎÒñºƒ İé(İé:
"€€BŠ[1024B] edge_197_gradients/bn4f_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HïÎÒñºƒÛ
.update_bn4f_branch2b/beta/ApplyGradientDescent‰ºÕñºƒ (Bupdate_bn4f_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2b/beta, learning_rate, gradients/bn4f_branch2b/beta_grad_S197)H‰ºÕñºƒPÂ

RecvTensorºÏÒñºƒ “é(“é:
"€€B‹[1024B] edge_198_gradients/bn4f_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HºÏÒñºƒß
/update_bn4f_branch2b/gamma/ApplyGradientDescentºÕñºƒ (B“update_bn4f_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2b/gamma, learning_rate, gradients/bn4f_branch2b/gamma_grad_S198)HºÕñºƒPÈ

RecvTensorôÚÒñºƒ ¹í(¹í:"
€€€€B[2.2MB] edge_199_gradients/res4f_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HôÚÒñºƒé
1update_res4f_branch2b/kernel/ApplyGradientDescent­ÈÕñºƒ ı(ıB™update_res4f_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4f_branch2b/kernel, learning_rate, gradients/res4f_branch2b/kernel_grad_S199)H­ÈÕñºƒPÁ

RecvTensor†ÛÒñºƒ ¨í(¨í:
"€€BŠ[1024B] edge_200_gradients/bn4f_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H†ÛÒñºƒÛ
.update_bn4f_branch2a/beta/ApplyGradientDescentªËÕñºƒ (Bupdate_bn4f_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2a/beta, learning_rate, gradients/bn4f_branch2a/beta_grad_S200)HªËÕñºƒPÂ

RecvTensorÒÛÒñºƒ İì(İì:
"€€B‹[1024B] edge_201_gradients/bn4f_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÒÛÒñºƒß
/update_bn4f_branch2a/gamma/ApplyGradientDescent¯ËÕñºƒ (B“update_bn4f_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2a/gamma, learning_rate, gradients/bn4f_branch2a/gamma_grad_S201)H¯ËÕñºƒPÆ

RecvTensorñàÒñºƒ ¾î(¾î:"€€@€€@B[1.0MB] edge_202_gradients/res4f_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HñàÒñºƒé
1update_res4f_branch2a/kernel/ApplyGradientDescent¯ÏÕñºƒ ¸(¸B™update_res4f_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4f_branch2a/kernel, learning_rate, gradients/res4f_branch2a/kernel_grad_S202)H¯ÏÕñºƒPÁ

RecvTensorŸáÒñºƒ ”î(”î:
"€ € BŠ[4096B] edge_203_gradients/bn4e_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŸáÒñºƒÛ
.update_bn4e_branch2c/beta/ApplyGradientDescentçĞÕñºƒ (Bupdate_bn4e_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2c/beta, learning_rate, gradients/bn4e_branch2c/beta_grad_S203)HçĞÕñºƒPÂ

RecvTensor»ãÒñºƒ ûë(ûë:
"€ € B‹[4096B] edge_204_gradients/bn4e_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H»ãÒñºƒß
/update_bn4e_branch2c/gamma/ApplyGradientDescentíĞÕñºƒ (B“update_bn4e_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2c/gamma, learning_rate, gradients/bn4e_branch2c/gamma_grad_S204)HíĞÕñºƒPÆ

RecvTensoréèÒñºƒ Íí(Íí:"€€@€€@B[1.0MB] edge_205_gradients/res4e_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HéèÒñºƒé
1update_res4e_branch2c/kernel/ApplyGradientDescent¶ÖÕñºƒ ¿(¿B™update_res4e_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4e_branch2c/kernel, learning_rate, gradients/res4e_branch2c/kernel_grad_S205)H¶ÖÕñºƒPÁ

RecvTensorúèÒñºƒ ½í(½í:
"€€BŠ[1024B] edge_206_gradients/bn4e_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HúèÒñºƒÛ
.update_bn4e_branch2b/beta/ApplyGradientDescentõ×Õñºƒ (Bupdate_bn4e_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2b/beta, learning_rate, gradients/bn4e_branch2b/beta_grad_S206)Hõ×ÕñºƒPÂ

RecvTensorÅéÒñºƒ óì(óì:
"€€B‹[1024B] edge_207_gradients/bn4e_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÅéÒñºƒß
/update_bn4e_branch2b/gamma/ApplyGradientDescentû×Õñºƒ (B“update_bn4e_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2b/gamma, learning_rate, gradients/bn4e_branch2b/gamma_grad_S207)Hû×ÕñºƒPÈ

RecvTensorßõÒñºƒ ¹ğ(¹ğ:"
€€€€B[2.2MB] edge_208_gradients/res4e_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HßõÒñºƒé
1update_res4e_branch2b/kernel/ApplyGradientDescent˜æÕñºƒ …(…B™update_res4e_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4e_branch2b/kernel, learning_rate, gradients/res4e_branch2b/kernel_grad_S208)H˜æÕñºƒPÁ

RecvTensorğõÒñºƒ ©ğ(©ğ:
"€€BŠ[1024B] edge_209_gradients/bn4e_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HğõÒñºƒÛ
.update_bn4e_branch2a/beta/ApplyGradientDescentéÕñºƒ (Bupdate_bn4e_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2a/beta, learning_rate, gradients/bn4e_branch2a/beta_grad_S209)HéÕñºƒPÂ

RecvTensor¹öÒñºƒ áï(áï:
"€€B‹[1024B] edge_210_gradients/bn4e_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¹öÒñºƒß
/update_bn4e_branch2a/gamma/ApplyGradientDescent¢éÕñºƒ (B“update_bn4e_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2a/gamma, learning_rate, gradients/bn4e_branch2a/gamma_grad_S210)H¢éÕñºƒPÆ

RecvTensorœûÒñºƒ şñ(şñ:"€€@€€@B[1.0MB] edge_211_gradients/res4e_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HœûÒñºƒé
1update_res4e_branch2a/kernel/ApplyGradientDescentšíÕñºƒ «(«B™update_res4e_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4e_branch2a/kernel, learning_rate, gradients/res4e_branch2a/kernel_grad_S211)HšíÕñºƒPÁ

RecvTensorËûÒñºƒ Òñ(Òñ:
"€ € BŠ[4096B] edge_212_gradients/bn4d_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HËûÒñºƒÛ
.update_bn4d_branch2c/beta/ApplyGradientDescentÅîÕñºƒ (Bupdate_bn4d_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2c/beta, learning_rate, gradients/bn4d_branch2c/beta_grad_S212)HÅîÕñºƒPÂ

RecvTensorËıÒñºƒ Öï(Öï:
"€ € B‹[4096B] edge_213_gradients/bn4d_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HËıÒñºƒß
/update_bn4d_branch2c/gamma/ApplyGradientDescentÊîÕñºƒ (B“update_bn4d_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2c/gamma, learning_rate, gradients/bn4d_branch2c/gamma_grad_S213)HÊîÕñºƒPÆ

RecvTensorÛ‚Óñºƒ Æñ(Æñ:"€€@€€@B[1.0MB] edge_214_gradients/res4d_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÛ‚Óñºƒé
1update_res4d_branch2c/kernel/ApplyGradientDescent¡ôÕñºƒ Å(ÅB™update_res4d_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4d_branch2c/kernel, learning_rate, gradients/res4d_branch2c/kernel_grad_S214)H¡ôÕñºƒPÁ

RecvTensorí‚Óñºƒ µñ(µñ:
"€€BŠ[1024B] edge_215_gradients/bn4d_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hí‚ÓñºƒÛ
.update_bn4d_branch2b/beta/ApplyGradientDescentæõÕñºƒ (Bupdate_bn4d_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2b/beta, learning_rate, gradients/bn4d_branch2b/beta_grad_S215)HæõÕñºƒPÂ

RecvTensorºƒÓñºƒ éğ(éğ:
"€€B‹[1024B] edge_216_gradients/bn4d_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HºƒÓñºƒß
/update_bn4d_branch2b/gamma/ApplyGradientDescentëõÕñºƒ (B“update_bn4d_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2b/gamma, learning_rate, gradients/bn4d_branch2b/gamma_grad_S216)HëõÕñºƒPÈ

RecvTensoråÓñºƒ ô(ô:"
€€€€B[2.2MB] edge_217_gradients/res4d_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HåÓñºƒé
1update_res4d_branch2b/kernel/ApplyGradientDescentƒ„Öñºƒ ™(™B™update_res4d_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4d_branch2b/kernel, learning_rate, gradients/res4d_branch2b/kernel_grad_S217)Hƒ„ÖñºƒPÁ

RecvTensoröÓñºƒ ô(ô:
"€€BŠ[1024B] edge_218_gradients/bn4d_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HöÓñºƒÛ
.update_bn4d_branch2a/beta/ApplyGradientDescentœ‡Öñºƒ (Bupdate_bn4d_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2a/beta, learning_rate, gradients/bn4d_branch2a/beta_grad_S218)Hœ‡ÖñºƒPÂ

RecvTensor½Óñºƒ Èó(Èó:
"€€B‹[1024B] edge_219_gradients/bn4d_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H½Óñºƒß
/update_bn4d_branch2a/gamma/ApplyGradientDescent ‡Öñºƒ (B“update_bn4d_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2a/gamma, learning_rate, gradients/bn4d_branch2a/gamma_grad_S219)H ‡ÖñºƒPÆ

RecvTensorğ•Óñºƒ •õ(•õ:"€€@€€@B[1.0MB] edge_220_gradients/res4d_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hğ•Óñºƒé
1update_res4d_branch2a/kernel/ApplyGradientDescent…‹Öñºƒ ¶(¶B™update_res4d_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4d_branch2a/kernel, learning_rate, gradients/res4d_branch2a/kernel_grad_S220)H…‹ÖñºƒPÁ

RecvTensorœ–Óñºƒ ìô(ìô:
"€ € BŠ[4096B] edge_221_gradients/bn4c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hœ–ÓñºƒÛ
.update_bn4c_branch2c/beta/ApplyGradientDescent»ŒÖñºƒ (Bupdate_bn4c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2c/beta, learning_rate, gradients/bn4c_branch2c/beta_grad_S221)H»ŒÖñºƒPÂ

RecvTensor©˜Óñºƒ ãò(ãò:
"€ € B‹[4096B] edge_222_gradients/bn4c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H©˜Óñºƒß
/update_bn4c_branch2c/gamma/ApplyGradientDescentÁŒÖñºƒ (B“update_bn4c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2c/gamma, learning_rate, gradients/bn4c_branch2c/gamma_grad_S222)HÁŒÖñºƒPÆ

RecvTensor¤Óñºƒ èô(èô:"€€@€€@B[1.0MB] edge_223_gradients/res4c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¤Óñºƒé
1update_res4c_branch2c/kernel/ApplyGradientDescentŒ’Öñºƒ ¦(¦B™update_res4c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4c_branch2c/kernel, learning_rate, gradients/res4c_branch2c/kernel_grad_S223)HŒ’ÖñºƒPÁ

RecvTensor¶Óñºƒ ×ô(×ô:
"€€BŠ[1024B] edge_224_gradients/bn4c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¶ÓñºƒÛ
.update_bn4c_branch2b/beta/ApplyGradientDescent²“Öñºƒ (Bupdate_bn4c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2b/beta, learning_rate, gradients/bn4c_branch2b/beta_grad_S224)H²“ÖñºƒPÂ

RecvTensorÿÓñºƒ ô(ô:
"€€B‹[1024B] edge_225_gradients/bn4c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÿÓñºƒß
/update_bn4c_branch2b/gamma/ApplyGradientDescent·“Öñºƒ (B“update_bn4c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2b/gamma, learning_rate, gradients/bn4c_branch2b/gamma_grad_S225)H·“ÖñºƒPÈ

RecvTensorÎªÓñºƒ ¡÷(¡÷:"
€€€€B[2.2MB] edge_226_gradients/res4c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÎªÓñºƒé
1update_res4c_branch2b/kernel/ApplyGradientDescentï¡Öñºƒ ó(óB™update_res4c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4c_branch2b/kernel, learning_rate, gradients/res4c_branch2b/kernel_grad_S226)Hï¡ÖñºƒPÁ

RecvTensoràªÓñºƒ ¯ç(¯ç:
"€€BŠ[1024B] edge_227_gradients/bn4c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HàªÓñºƒÛ
.update_bn4c_branch2a/beta/ApplyGradientDescent¼“Öñºƒ (Bupdate_bn4c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2a/beta, learning_rate, gradients/bn4c_branch2a/beta_grad_S227)H¼“ÖñºƒPÂ

RecvTensor¨«Óñºƒ Èö(Èö:
"€€B‹[1024B] edge_228_gradients/bn4c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¨«Óñºƒß
/update_bn4c_branch2a/gamma/ApplyGradientDescentâ¤Öñºƒ (B“update_bn4c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2a/gamma, learning_rate, gradients/bn4c_branch2a/gamma_grad_S228)Hâ¤ÖñºƒPÆ

RecvTensorú°Óñºƒ ö÷(ö÷:"€€@€€@B[1.0MB] edge_229_gradients/res4c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hú°Óñºƒé
1update_res4c_branch2a/kernel/ApplyGradientDescentğ¨Öñºƒ ·(·B™update_res4c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4c_branch2a/kernel, learning_rate, gradients/res4c_branch2a/kernel_grad_S229)Hğ¨ÖñºƒPÁ

RecvTensor©±Óñºƒ Ê÷(Ê÷:
"€ € BŠ[4096B] edge_230_gradients/bn4b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H©±ÓñºƒÛ
.update_bn4b_branch2c/beta/ApplyGradientDescent§ªÖñºƒ (Bupdate_bn4b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2c/beta, learning_rate, gradients/bn4b_branch2c/beta_grad_S230)H§ªÖñºƒPÂ

RecvTensor¶³Óñºƒ Áõ(Áõ:
"€ € B‹[4096B] edge_231_gradients/bn4b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¶³Óñºƒß
/update_bn4b_branch2c/gamma/ApplyGradientDescent¬ªÖñºƒ (B“update_bn4b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2c/gamma, learning_rate, gradients/bn4b_branch2c/gamma_grad_S231)H¬ªÖñºƒPÆ

RecvTensorğ¸Óñºƒ ‡÷(‡÷:"€€@€€@B[1.0MB] edge_232_gradients/res4b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hğ¸Óñºƒé
1update_res4b_branch2c/kernel/ApplyGradientDescent÷¯Öñºƒ ¼(¼B™update_res4b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4b_branch2c/kernel, learning_rate, gradients/res4b_branch2c/kernel_grad_S232)H÷¯ÖñºƒPÁ

RecvTensor‚¹Óñºƒ öö(öö:
"€€BŠ[1024B] edge_233_gradients/bn4b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‚¹ÓñºƒÛ
.update_bn4b_branch2b/beta/ApplyGradientDescent³±Öñºƒ (Bupdate_bn4b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2b/beta, learning_rate, gradients/bn4b_branch2b/beta_grad_S233)H³±ÖñºƒPÂ

RecvTensorË¹Óñºƒ ®ö(®ö:
"€€B‹[1024B] edge_234_gradients/bn4b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HË¹Óñºƒß
/update_bn4b_branch2b/gamma/ApplyGradientDescent¸±Öñºƒ (B“update_bn4b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2b/gamma, learning_rate, gradients/bn4b_branch2b/gamma_grad_S234)H¸±ÖñºƒPÈ

RecvTensorûÅÓñºƒ Şù(Şù:"
€€€€B[2.2MB] edge_235_gradients/res4b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HûÅÓñºƒé
1update_res4b_branch2b/kernel/ApplyGradientDescentÙ¿Öñºƒ ü(üB™update_res4b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4b_branch2b/kernel, learning_rate, gradients/res4b_branch2b/kernel_grad_S235)HÙ¿ÖñºƒPÁ

RecvTensorÆÓñºƒ Íù(Íù:
"€€BŠ[1024B] edge_236_gradients/bn4b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÆÓñºƒÛ
.update_bn4b_branch2a/beta/ApplyGradientDescentÕÂÖñºƒ (Bupdate_bn4b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2a/beta, learning_rate, gradients/bn4b_branch2a/beta_grad_S236)HÕÂÖñºƒPÂ

RecvTensorÖÆÓñºƒ …ù(…ù:
"€€B‹[1024B] edge_237_gradients/bn4b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÖÆÓñºƒß
/update_bn4b_branch2a/gamma/ApplyGradientDescentÚÂÖñºƒ (B“update_bn4b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2a/gamma, learning_rate, gradients/bn4b_branch2a/gamma_grad_S237)HÚÂÖñºƒPÆ

RecvTensor‚ÌÓñºƒ Ùú(Ùú:"€€@€€@B[1.0MB] edge_238_gradients/res4b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‚ÌÓñºƒé
1update_res4b_branch2a/kernel/ApplyGradientDescentÛÆÖñºƒ Á(ÁB™update_res4b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4b_branch2a/kernel, learning_rate, gradients/res4b_branch2a/kernel_grad_S238)HÛÆÖñºƒPÀ

RecvTensor°ÌÓñºƒ ®ú(®ú:
"€ € B‰[4096B] edge_239_gradients/bn4a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H°ÌÓñºƒ×
-update_bn4a_branch1/beta/ApplyGradientDescentœÈÖñºƒ (Bupdate_bn4a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch1/beta, learning_rate, gradients/bn4a_branch1/beta_grad_S239)HœÈÖñºƒPÁ

RecvTensorÑÍÓñºƒ ‘ù(‘ù:
"€ € BŠ[4096B] edge_240_gradients/bn4a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÑÍÓñºƒÛ
.update_bn4a_branch1/gamma/ApplyGradientDescent¢ÈÖñºƒ (Bupdate_bn4a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch1/gamma, learning_rate, gradients/bn4a_branch1/gamma_grad_S240)H¢ÈÖñºƒPÇ

RecvTensorĞØÓñºƒ ’ü(’ü:"
€€€€€€BŒ[2.0MB] edge_241_gradients/res4a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HĞØÓñºƒå
0update_res4a_branch1/kernel/ApplyGradientDescentâÔÖñºƒ ö(öB–update_res4a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch1/kernel, learning_rate, gradients/res4a_branch1/kernel_grad_S241)HâÔÖñºƒPÁ

RecvTensorıØÓñºƒ èû(èû:
"€ € BŠ[4096B] edge_242_gradients/bn4a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HıØÓñºƒÛ
.update_bn4a_branch2c/beta/ApplyGradientDescentØ×Öñºƒ (Bupdate_bn4a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2c/beta, learning_rate, gradients/bn4a_branch2c/beta_grad_S242)HØ×ÖñºƒPÂ

RecvTensor‡ÛÓñºƒ âù(âù:
"€ € B‹[4096B] edge_243_gradients/bn4a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‡ÛÓñºƒß
/update_bn4a_branch2c/gamma/ApplyGradientDescentŞ×Öñºƒ (B“update_bn4a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2c/gamma, learning_rate, gradients/bn4a_branch2c/gamma_grad_S243)HŞ×ÖñºƒPÆ

RecvTensor®àÓñºƒ »û(»û:"€€@€€@B[1.0MB] edge_244_gradients/res4a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H®àÓñºƒé
1update_res4a_branch2c/kernel/ApplyGradientDescentéÛÖñºƒ ¬(¬B™update_res4a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch2c/kernel, learning_rate, gradients/res4a_branch2c/kernel_grad_S244)HéÛÖñºƒPÁ

RecvTensor¿àÓñºƒ «û(«û:
"€€BŠ[1024B] edge_245_gradients/bn4a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¿àÓñºƒÛ
.update_bn4a_branch2b/beta/ApplyGradientDescent•İÖñºƒ (Bupdate_bn4a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2b/beta, learning_rate, gradients/bn4a_branch2b/beta_grad_S245)H•İÖñºƒPÂ

RecvTensorŠáÓñºƒ áú(áú:
"€€B‹[1024B] edge_246_gradients/bn4a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŠáÓñºƒß
/update_bn4a_branch2b/gamma/ApplyGradientDescentšİÖñºƒ (B“update_bn4a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2b/gamma, learning_rate, gradients/bn4a_branch2b/gamma_grad_S246)HšİÖñºƒPÈ

RecvTensorÍìÓñºƒ şş(şş:"
€€€€B[2.2MB] edge_247_gradients/res4a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÍìÓñºƒé
1update_res4a_branch2b/kernel/ApplyGradientDescentËëÖñºƒ ¡(¡B™update_res4a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch2b/kernel, learning_rate, gradients/res4a_branch2b/kernel_grad_S247)HËëÖñºƒPÁ

RecvTensorúìÓñºƒ Òş(Òş:
"€€BŠ[1024B] edge_248_gradients/bn4a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HúìÓñºƒÛ
.update_bn4a_branch2a/beta/ApplyGradientDescentìîÖñºƒ (Bupdate_bn4a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2a/beta, learning_rate, gradients/bn4a_branch2a/beta_grad_S248)HìîÖñºƒPÂ

RecvTensor„ïÓñºƒ Éü(Éü:
"€€B‹[1024B] edge_249_gradients/bn4a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H„ïÓñºƒß
/update_bn4a_branch2a/gamma/ApplyGradientDescentñîÖñºƒ (B“update_bn4a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2a/gamma, learning_rate, gradients/bn4a_branch2a/gamma_grad_S249)HñîÖñºƒPÆ

RecvTensor×ùÓñºƒ ¶õ(¶õ:"€€ €€ B[0.5MB] edge_250_gradients/res4a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H×ùÓñºƒç
1update_res4a_branch2a/kernel/ApplyGradientDescentïÖñºƒ b(bB™update_res4a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch2a/kernel, learning_rate, gradients/res4a_branch2a/kernel_grad_S250)HïÖñºƒPÁ

RecvTensor«úÓñºƒ ãô(ãô:
"€€BŠ[2048B] edge_251_gradients/bn3d_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H«úÓñºƒÛ
.update_bn3d_branch2c/beta/ApplyGradientDescentïïÖñºƒ (Bupdate_bn3d_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2c/beta, learning_rate, gradients/bn3d_branch2c/beta_grad_S251)HïïÖñºƒPÂ

RecvTensorÃşÓñºƒ Íğ(Íğ:
"€€B‹[2048B] edge_252_gradients/bn3d_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÃşÓñºƒß
/update_bn3d_branch2c/gamma/ApplyGradientDescentôïÖñºƒ (B“update_bn3d_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2c/gamma, learning_rate, gradients/bn3d_branch2c/gamma_grad_S252)HôïÖñºƒPÆ

RecvTensoróƒÔñºƒ ıì(ıì:"€€€€B[0.2MB] edge_253_gradients/res3d_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HóƒÔñºƒç
1update_res3d_branch2c/kernel/ApplyGradientDescentğğÖñºƒ 2(2B™update_res3d_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3d_branch2c/kernel, learning_rate, gradients/res3d_branch2c/kernel_grad_S253)HğğÖñºƒPÀ

RecvTensor„Ôñºƒ ãì(ãì:
"€€B‰[512B] edge_254_gradients/bn3d_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H„ÔñºƒÛ
.update_bn3d_branch2b/beta/ApplyGradientDescent¢ñÖñºƒ (Bupdate_bn3d_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2b/beta, learning_rate, gradients/bn3d_branch2b/beta_grad_S254)H¢ñÖñºƒPÁ

RecvTensor˜…Ôñºƒ Ùë(Ùë:
"€€BŠ[512B] edge_255_gradients/bn3d_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H˜…Ôñºƒß
/update_bn3d_branch2b/gamma/ApplyGradientDescent§ñÖñºƒ (B“update_bn3d_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2b/gamma, learning_rate, gradients/bn3d_branch2b/gamma_grad_S255)H§ñÖñºƒPÆ

RecvTensor“‘Ôñºƒ Öã(Öã:"€€$€€$B[0.6MB] edge_256_gradients/res3d_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H“‘Ôñºƒç
1update_res3d_branch2b/kernel/ApplyGradientDescentéôÖñºƒ i(iB™update_res3d_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3d_branch2b/kernel, learning_rate, gradients/res3d_branch2b/kernel_grad_S256)HéôÖñºƒPÀ

RecvTensor¯‘Ôñºƒ »ã(»ã:
"€€B‰[512B] edge_257_gradients/bn3d_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¯‘ÔñºƒÛ
.update_bn3d_branch2a/beta/ApplyGradientDescentÒõÖñºƒ (Bupdate_bn3d_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2a/beta, learning_rate, gradients/bn3d_branch2a/beta_grad_S257)HÒõÖñºƒPÁ

RecvTensor¶’Ôñºƒ ´â(´â:
"€€BŠ[512B] edge_258_gradients/bn3d_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¶’Ôñºƒß
/update_bn3d_branch2a/gamma/ApplyGradientDescent×õÖñºƒ (B“update_bn3d_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2a/gamma, learning_rate, gradients/bn3d_branch2a/gamma_grad_S258)H×õÖñºƒPÆ

RecvTensorİ—Ôñºƒ íŞ(íŞ:"€€€€B[0.2MB] edge_259_gradients/res3d_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hİ—Ôñºƒç
1update_res3d_branch2a/kernel/ApplyGradientDescentÊöÖñºƒ 2(2B™update_res3d_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3d_branch2a/kernel, learning_rate, gradients/res3d_branch2a/kernel_grad_S259)HÊöÖñºƒPÁ

RecvTensor´˜Ôñºƒ ˜Ş(˜Ş:
"€€BŠ[2048B] edge_260_gradients/bn3c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H´˜ÔñºƒÛ
.update_bn3c_branch2c/beta/ApplyGradientDescentüöÖñºƒ (Bupdate_bn3c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2c/beta, learning_rate, gradients/bn3c_branch2c/beta_grad_S260)HüöÖñºƒPÂ

RecvTensorÑœÔñºƒ ıÙ(ıÙ:
"€€B‹[2048B] edge_261_gradients/bn3c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÑœÔñºƒß
/update_bn3c_branch2c/gamma/ApplyGradientDescent÷Öñºƒ (B“update_bn3c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2c/gamma, learning_rate, gradients/bn3c_branch2c/gamma_grad_S261)H÷ÖñºƒPÆ

RecvTensorû¡Ôñºƒ ³Ö(³Ö:"€€€€B[0.2MB] edge_262_gradients/res3c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hû¡Ôñºƒç
1update_res3c_branch2c/kernel/ApplyGradientDescent®øÖñºƒ /(/B™update_res3c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3c_branch2c/kernel, learning_rate, gradients/res3c_branch2c/kernel_grad_S262)H®øÖñºƒPÀ

RecvTensor–¢Ôñºƒ ˜Ö(˜Ö:
"€€B‰[512B] edge_263_gradients/bn3c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H–¢ÔñºƒÛ
.update_bn3c_branch2b/beta/ApplyGradientDescentİøÖñºƒ (Bupdate_bn3c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2b/beta, learning_rate, gradients/bn3c_branch2b/beta_grad_S263)HİøÖñºƒPÁ

RecvTensor¤£Ôñºƒ ŠÕ(ŠÕ:
"€€BŠ[512B] edge_264_gradients/bn3c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¤£Ôñºƒß
/update_bn3c_branch2b/gamma/ApplyGradientDescentâøÖñºƒ (B“update_bn3c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2b/gamma, learning_rate, gradients/bn3c_branch2b/gamma_grad_S264)HâøÖñºƒPÆ

RecvTensorá¯Ôñºƒ ÆÌ(ÆÌ:"€€$€€$B[0.6MB] edge_265_gradients/res3c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Há¯Ôñºƒç
1update_res3c_branch2b/kernel/ApplyGradientDescent§üÖñºƒ f(fB™update_res3c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3c_branch2b/kernel, learning_rate, gradients/res3c_branch2b/kernel_grad_S265)H§üÖñºƒPÀ

RecvTensorı¯Ôñºƒ ªÌ(ªÌ:
"€€B‰[512B] edge_266_gradients/bn3c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hı¯ÔñºƒÛ
.update_bn3c_branch2a/beta/ApplyGradientDescentıÖñºƒ (Bupdate_bn3c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2a/beta, learning_rate, gradients/bn3c_branch2a/beta_grad_S266)HıÖñºƒPÁ

RecvTensor±Ôñºƒ ¦Ë(¦Ë:
"€€BŠ[512B] edge_267_gradients/bn3c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H±Ôñºƒß
/update_bn3c_branch2a/gamma/ApplyGradientDescent‘ıÖñºƒ (B“update_bn3c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2a/gamma, learning_rate, gradients/bn3c_branch2a/gamma_grad_S267)H‘ıÖñºƒPÆ

RecvTensor—¶Ôñºƒ ğÇ(ğÇ:"€€€€B[0.2MB] edge_268_gradients/res3c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H—¶Ôñºƒç
1update_res3c_branch2a/kernel/ApplyGradientDescent‡şÖñºƒ 5(5B™update_res3c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3c_branch2a/kernel, learning_rate, gradients/res3c_branch2a/kernel_grad_S268)H‡şÖñºƒPÁ

RecvTensorï¶Ôñºƒ šÇ(šÇ:
"€€BŠ[2048B] edge_269_gradients/bn3b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hï¶ÔñºƒÛ
.update_bn3b_branch2c/beta/ApplyGradientDescent¼şÖñºƒ (Bupdate_bn3b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2c/beta, learning_rate, gradients/bn3b_branch2c/beta_grad_S269)H¼şÖñºƒPÂ

RecvTensorùºÔñºƒ ’Ã(’Ã:
"€€B‹[2048B] edge_270_gradients/bn3b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HùºÔñºƒß
/update_bn3b_branch2c/gamma/ApplyGradientDescentÁşÖñºƒ (B“update_bn3b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2c/gamma, learning_rate, gradients/bn3b_branch2c/gamma_grad_S270)HÁşÖñºƒPÆ

RecvTensorû¿Ôñºƒ ğ¿(ğ¿:"€€€€B[0.2MB] edge_271_gradients/res3b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hû¿Ôñºƒç
1update_res3b_branch2c/kernel/ApplyGradientDescentëÿÖñºƒ 2(2B™update_res3b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3b_branch2c/kernel, learning_rate, gradients/res3b_branch2c/kernel_grad_S271)HëÿÖñºƒPÀ

RecvTensor—ÀÔñºƒ Ô¿(Ô¿:
"€€B‰[512B] edge_272_gradients/bn3b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H—ÀÔñºƒÛ
.update_bn3b_branch2b/beta/ApplyGradientDescent€×ñºƒ (Bupdate_bn3b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2b/beta, learning_rate, gradients/bn3b_branch2b/beta_grad_S272)H€×ñºƒPÁ

RecvTensor®ÁÔñºƒ ¾¾(¾¾:
"€€BŠ[512B] edge_273_gradients/bn3b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H®ÁÔñºƒß
/update_bn3b_branch2b/gamma/ApplyGradientDescent¢€×ñºƒ (B“update_bn3b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2b/gamma, learning_rate, gradients/bn3b_branch2b/gamma_grad_S273)H¢€×ñºƒPÆ

RecvTensorûÌÔñºƒ é¶(é¶:"€€$€€$B[0.6MB] edge_274_gradients/res3b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HûÌÔñºƒç
1update_res3b_branch2b/kernel/ApplyGradientDescentäƒ×ñºƒ h(hB™update_res3b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3b_branch2b/kernel, learning_rate, gradients/res3b_branch2b/kernel_grad_S274)Häƒ×ñºƒPÀ

RecvTensor–ÍÔñºƒ Î¶(Î¶:
"€€B‰[512B] edge_275_gradients/bn3b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H–ÍÔñºƒÛ
.update_bn3b_branch2a/beta/ApplyGradientDescentÌ„×ñºƒ (Bupdate_bn3b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2a/beta, learning_rate, gradients/bn3b_branch2a/beta_grad_S275)HÌ„×ñºƒPÁ

RecvTensorŸÎÔñºƒ Æµ(Æµ:
"€€BŠ[512B] edge_276_gradients/bn3b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŸÎÔñºƒß
/update_bn3b_branch2a/gamma/ApplyGradientDescentÒ„×ñºƒ (B“update_bn3b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2a/gamma, learning_rate, gradients/bn3b_branch2a/gamma_grad_S276)HÒ„×ñºƒPÆ

RecvTensorÚÓÔñºƒ ë±(ë±:"€€€€B[0.2MB] edge_277_gradients/res3b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÚÓÔñºƒç
1update_res3b_branch2a/kernel/ApplyGradientDescentÅ…×ñºƒ 0(0B™update_res3b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3b_branch2a/kernel, learning_rate, gradients/res3b_branch2a/kernel_grad_S277)HÅ…×ñºƒPÀ

RecvTensor§ÔÔñºƒ  ±( ±:
"€€B‰[2048B] edge_278_gradients/bn3a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H§ÔÔñºƒ×
-update_bn3a_branch1/beta/ApplyGradientDescentõ…×ñºƒ (Bupdate_bn3a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch1/beta, learning_rate, gradients/bn3a_branch1/beta_grad_S278)Hõ…×ñºƒPÁ

RecvTensorìÖÔñºƒ Ü®(Ü®:
"€€BŠ[2048B] edge_279_gradients/bn3a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HìÖÔñºƒÛ
.update_bn3a_branch1/gamma/ApplyGradientDescentú…×ñºƒ (Bupdate_bn3a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch1/gamma, learning_rate, gradients/bn3a_branch1/gamma_grad_S279)Hú…×ñºƒPÅ

RecvTensor¿áÔñºƒ É§(É§:"€€ €€ BŒ[0.5MB] edge_280_gradients/res3a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¿áÔñºƒã
0update_res3a_branch1/kernel/ApplyGradientDescentˆ‰×ñºƒ [([B–update_res3a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch1/kernel, learning_rate, gradients/res3a_branch1/kernel_grad_S280)Hˆ‰×ñºƒPÁ

RecvTensor“âÔñºƒ ÷¦(÷¦:
"€€BŠ[2048B] edge_281_gradients/bn3a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H“âÔñºƒÛ
.update_bn3a_branch2c/beta/ApplyGradientDescentã‰×ñºƒ (Bupdate_bn3a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2c/beta, learning_rate, gradients/bn3a_branch2c/beta_grad_S281)Hã‰×ñºƒPÂ

RecvTensorÃæÔñºƒ É¢(É¢:
"€€B‹[2048B] edge_282_gradients/bn3a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÃæÔñºƒß
/update_bn3a_branch2c/gamma/ApplyGradientDescenté‰×ñºƒ (B“update_bn3a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2c/gamma, learning_rate, gradients/bn3a_branch2c/gamma_grad_S282)Hé‰×ñºƒPÆ

RecvTensorêëÔñºƒ ‚Ÿ(‚Ÿ:"€€€€B[0.2MB] edge_283_gradients/res3a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HêëÔñºƒç
1update_res3a_branch2c/kernel/ApplyGradientDescentìŠ×ñºƒ 4(4B™update_res3a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch2c/kernel, learning_rate, gradients/res3a_branch2c/kernel_grad_S283)HìŠ×ñºƒPÀ

RecvTensor†ìÔñºƒ æ(æ:
"€€B‰[512B] edge_284_gradients/bn3a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H†ìÔñºƒÛ
.update_bn3a_branch2b/beta/ApplyGradientDescent ‹×ñºƒ (Bupdate_bn3a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2b/beta, learning_rate, gradients/bn3a_branch2b/beta_grad_S284)H ‹×ñºƒPÁ

RecvTensorŠíÔñºƒ ã(ã:
"€€BŠ[512B] edge_285_gradients/bn3a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŠíÔñºƒß
/update_bn3a_branch2b/gamma/ApplyGradientDescent¥‹×ñºƒ (B“update_bn3a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2b/gamma, learning_rate, gradients/bn3a_branch2b/gamma_grad_S285)H¥‹×ñºƒPÆ

RecvTensoræøÔñºƒ ÿ•(ÿ•:"€€$€€$B[0.6MB] edge_286_gradients/res3a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HæøÔñºƒç
1update_res3a_branch2b/kernel/ApplyGradientDescentå×ñºƒ _(_B™update_res3a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch2b/kernel, learning_rate, gradients/res3a_branch2b/kernel_grad_S286)Hå×ñºƒPÀ

RecvTensor¸ùÔñºƒ ­•(­•:
"€€B‰[512B] edge_287_gradients/bn3a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¸ùÔñºƒÛ
.update_bn3a_branch2a/beta/ApplyGradientDescentÄ×ñºƒ (Bupdate_bn3a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2a/beta, learning_rate, gradients/bn3a_branch2a/beta_grad_S287)HÄ×ñºƒPÁ

RecvTensorÒıÔñºƒ ”‘(”‘:
"€€BŠ[512B] edge_288_gradients/bn3a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÒıÔñºƒß
/update_bn3a_branch2a/gamma/ApplyGradientDescentÉ×ñºƒ (B“update_bn3a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2a/gamma, learning_rate, gradients/bn3a_branch2a/gamma_grad_S288)HÉ×ñºƒPÆ

RecvTensorªˆÕñºƒ ¬‡(¬‡:"€€€€B[0.1MB] edge_289_gradients/res3a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HªˆÕñºƒç
1update_res3a_branch2a/kernel/ApplyGradientDescentÖ×ñºƒ (B™update_res3a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch2a/kernel, learning_rate, gradients/res3a_branch2a/kernel_grad_S289)HÖ×ñºƒPÁ

RecvTensorÈ‰Õñºƒ †(†:
"€€BŠ[1024B] edge_290_gradients/bn2c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÈ‰ÕñºƒÛ
.update_bn2c_branch2c/beta/ApplyGradientDescentñ×ñºƒ (Bupdate_bn2c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2c/beta, learning_rate, gradients/bn2c_branch2c/beta_grad_S290)Hñ×ñºƒPÂ

RecvTensorŞ‘Õñºƒ ùı(ùı:
"€€B‹[1024B] edge_291_gradients/bn2c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŞ‘Õñºƒß
/update_bn2c_branch2c/gamma/ApplyGradientDescentö×ñºƒ (B“update_bn2c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2c/gamma, learning_rate, gradients/bn2c_branch2c/gamma_grad_S291)Hö×ñºƒPÇ

RecvTensor’—Õñºƒ ıø(ıø:"€€€€B[65536B] edge_292_gradients/res2c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H’—Õñºƒç
1update_res2c_branch2c/kernel/ApplyGradientDescent×ñºƒ (B™update_res2c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res2c_branch2c/kernel, learning_rate, gradients/res2c_branch2c/kernel_grad_S292)H×ñºƒPÀ

RecvTensor¾—Õñºƒ Òø(Òø:
"€€B‰[256B] edge_293_gradients/bn2c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¾—ÕñºƒÛ
.update_bn2c_branch2b/beta/ApplyGradientDescentŸ×ñºƒ (Bupdate_bn2c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2b/beta, learning_rate, gradients/bn2c_branch2b/beta_grad_S293)HŸ×ñºƒPÁ

RecvTensorÜ™Õñºƒ ´ö(´ö:
"€€BŠ[256B] edge_294_gradients/bn2c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÜ™Õñºƒß
/update_bn2c_branch2b/gamma/ApplyGradientDescent¤×ñºƒ (B“update_bn2c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2b/gamma, learning_rate, gradients/bn2c_branch2b/gamma_grad_S294)H¤×ñºƒPÆ

RecvTensor†¥Õñºƒ ˆì(ˆì:"€€	€€	B[0.1MB] edge_295_gradients/res2c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H†¥Õñºƒç
1update_res2c_branch2b/kernel/ApplyGradientDescent‘×ñºƒ (B™update_res2c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res2c_branch2b/kernel, learning_rate, gradients/res2c_branch2b/kernel_grad_S295)H‘×ñºƒPÀ

RecvTensor´¥Õñºƒ Úë(Úë:
"€€B‰[256B] edge_296_gradients/bn2c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H´¥ÕñºƒÛ
.update_bn2c_branch2a/beta/ApplyGradientDescent¬‘×ñºƒ (Bupdate_bn2c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2a/beta, learning_rate, gradients/bn2c_branch2a/beta_grad_S296)H¬‘×ñºƒPÁ

RecvTensor¿§Õñºƒ Ïé(Ïé:
"€€BŠ[256B] edge_297_gradients/bn2c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¿§Õñºƒß
/update_bn2c_branch2a/gamma/ApplyGradientDescent±‘×ñºƒ (B“update_bn2c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2a/gamma, learning_rate, gradients/bn2c_branch2a/gamma_grad_S297)H±‘×ñºƒPÇ

RecvTensorÔ¬Õñºƒ òä(òä:"€€€€B[65536B] edge_298_gradients/res2c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÔ¬Õñºƒç
1update_res2c_branch2a/kernel/ApplyGradientDescentÆ‘×ñºƒ (B™update_res2c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res2c_branch2a/kernel, learning_rate, gradients/res2c_branch2a/kernel_grad_S298)HÆ‘×ñºƒPÁ

RecvTensorô­Õñºƒ Óã(Óã:
"€€BŠ[1024B] edge_299_gradients/bn2b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hô­ÕñºƒÛ
.update_bn2b_branch2c/beta/ApplyGradientDescent×‘×ñºƒ (Bupdate_bn2b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2c/beta, learning_rate, gradients/bn2b_branch2c/beta_grad_S299)H×‘×ñºƒPÂ

RecvTensorÁ¶Õñºƒ ‡Û(‡Û:
"€€B‹[1024B] edge_300_gradients/bn2b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÁ¶Õñºƒß
/update_bn2b_branch2c/gamma/ApplyGradientDescentİ‘×ñºƒ (B“update_bn2b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2c/gamma, learning_rate, gradients/bn2b_branch2c/gamma_grad_S300)Hİ‘×ñºƒPÇ

RecvTensorå»Õñºƒ ›Ö(›Ö:"€€€€B[65536B] edge_301_gradients/res2b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hå»Õñºƒç
1update_res2b_branch2c/kernel/ApplyGradientDescent€’×ñºƒ (B™update_res2b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res2b_branch2c/kernel, learning_rate, gradients/res2b_branch2c/kernel_grad_S301)H€’×ñºƒPÀ

RecvTensor”¼Õñºƒ ìÕ(ìÕ:
"€€B‰[256B] edge_302_gradients/bn2b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H”¼ÕñºƒÛ
.update_bn2b_branch2b/beta/ApplyGradientDescent’×ñºƒ (Bupdate_bn2b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2b/beta, learning_rate, gradients/bn2b_branch2b/beta_grad_S302)H’×ñºƒPÁ

RecvTensorš¾Õñºƒ çÓ(çÓ:
"€€BŠ[256B] edge_303_gradients/bn2b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hš¾Õñºƒß
/update_bn2b_branch2b/gamma/ApplyGradientDescent•’×ñºƒ (B“update_bn2b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2b/gamma, learning_rate, gradients/bn2b_branch2b/gamma_grad_S303)H•’×ñºƒPÆ

RecvTensor­ÊÕñºƒ ÒÈ(ÒÈ:"€€	€€	B[0.1MB] edge_304_gradients/res2b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H­ÊÕñºƒç
1update_res2b_branch2b/kernel/ApplyGradientDescentÿ’×ñºƒ (B™update_res2b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res2b_branch2b/kernel, learning_rate, gradients/res2b_branch2b/kernel_grad_S304)Hÿ’×ñºƒPÀ

RecvTensorÜÊÕñºƒ £È(£È:
"€€B‰[256B] edge_305_gradients/bn2b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÜÊÕñºƒÛ
.update_bn2b_branch2a/beta/ApplyGradientDescent›“×ñºƒ (Bupdate_bn2b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2a/beta, learning_rate, gradients/bn2b_branch2a/beta_grad_S305)H›“×ñºƒPÁ

RecvTensorõÌÕñºƒ ŠÆ(ŠÆ:
"€€BŠ[256B] edge_306_gradients/bn2b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HõÌÕñºƒß
/update_bn2b_branch2a/gamma/ApplyGradientDescent “×ñºƒ (B“update_bn2b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2a/gamma, learning_rate, gradients/bn2b_branch2a/gamma_grad_S306)H “×ñºƒPÇ

RecvTensor¡ÒÕñºƒ –Á(–Á:"€€€€B[65536B] edge_307_gradients/res2b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¡ÒÕñºƒç
1update_res2b_branch2a/kernel/ApplyGradientDescent·“×ñºƒ (B™update_res2b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res2b_branch2a/kernel, learning_rate, gradients/res2b_branch2a/kernel_grad_S307)H·“×ñºƒPÀ

RecvTensor»ÓÕñºƒ ı¿(ı¿:
"€€B‰[1024B] edge_308_gradients/bn2a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H»ÓÕñºƒ×
-update_bn2a_branch1/beta/ApplyGradientDescentÅ“×ñºƒ (Bupdate_bn2a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch1/beta, learning_rate, gradients/bn2a_branch1/beta_grad_S308)HÅ“×ñºƒPÁ

RecvTensor§ØÕñºƒ ’»(’»:
"€€BŠ[1024B] edge_309_gradients/bn2a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H§ØÕñºƒÛ
.update_bn2a_branch1/gamma/ApplyGradientDescentË“×ñºƒ (Bupdate_bn2a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch1/gamma, learning_rate, gradients/bn2a_branch1/gamma_grad_S309)HË“×ñºƒPÆ

RecvTensorÜİÕñºƒ •¶(•¶:"€€€€B[65536B] edge_310_gradients/res2a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÜİÕñºƒã
0update_res2a_branch1/kernel/ApplyGradientDescentñ“×ñºƒ (B–update_res2a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch1/kernel, learning_rate, gradients/res2a_branch1/kernel_grad_S310)Hñ“×ñºƒPÁ

RecvTensoröŞÕñºƒ ü´(ü´:
"€€BŠ[1024B] edge_311_gradients/bn2a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HöŞÕñºƒÛ
.update_bn2a_branch2c/beta/ApplyGradientDescent”×ñºƒ (Bupdate_bn2a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2c/beta, learning_rate, gradients/bn2a_branch2c/beta_grad_S311)H”×ñºƒPÂ

RecvTensorµçÕñºƒ ½¬(½¬:
"€€B‹[1024B] edge_312_gradients/bn2a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HµçÕñºƒß
/update_bn2a_branch2c/gamma/ApplyGradientDescent†”×ñºƒ (B“update_bn2a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2c/gamma, learning_rate, gradients/bn2a_branch2c/gamma_grad_S312)H†”×ñºƒPÇ

RecvTensorÉìÕñºƒ á§(á§:"€€€€B[65536B] edge_313_gradients/res2a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÉìÕñºƒç
1update_res2a_branch2c/kernel/ApplyGradientDescentª”×ñºƒ (B™update_res2a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch2c/kernel, learning_rate, gradients/res2a_branch2c/kernel_grad_S313)Hª”×ñºƒPÀ

RecvTensor÷ìÕñºƒ ´§(´§:
"€€B‰[256B] edge_314_gradients/bn2a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H÷ìÕñºƒÛ
.update_bn2a_branch2b/beta/ApplyGradientDescentº”×ñºƒ (Bupdate_bn2a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2b/beta, learning_rate, gradients/bn2a_branch2b/beta_grad_S314)Hº”×ñºƒPÁ

RecvTensor‚ïÕñºƒ ©¥(©¥:
"€€BŠ[256B] edge_315_gradients/bn2a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‚ïÕñºƒß
/update_bn2a_branch2b/gamma/ApplyGradientDescentÀ”×ñºƒ (B“update_bn2a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2b/gamma, learning_rate, gradients/bn2a_branch2b/gamma_grad_S315)HÀ”×ñºƒPÆ

RecvTensorŒûÕñºƒ š(š:"€€	€€	B[0.1MB] edge_316_gradients/res2a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŒûÕñºƒç
1update_res2a_branch2b/kernel/ApplyGradientDescent©•×ñºƒ (B™update_res2a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch2b/kernel, learning_rate, gradients/res2a_branch2b/kernel_grad_S316)H©•×ñºƒPÀ

RecvTensor¸ûÕñºƒ ñ™(ñ™:
"€€B‰[256B] edge_317_gradients/bn2a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¸ûÕñºƒÛ
.update_bn2a_branch2a/beta/ApplyGradientDescentÆ•×ñºƒ (Bupdate_bn2a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2a/beta, learning_rate, gradients/bn2a_branch2a/beta_grad_S317)HÆ•×ñºƒPÁ

RecvTensorÏıÕñºƒ Ú—(Ú—:
"€€BŠ[256B] edge_318_gradients/bn2a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÏıÕñºƒß
/update_bn2a_branch2a/gamma/ApplyGradientDescentË•×ñºƒ (B“update_bn2a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2a/gamma, learning_rate, gradients/bn2a_branch2a/gamma_grad_S318)HË•×ñºƒPÇ

RecvTensorÿÕñºƒ ¶–(¶–:"€€€€B[16384B] edge_319_gradients/res2a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÿÕñºƒç
1update_res2a_branch2a/kernel/ApplyGradientDescentĞ•×ñºƒ (B™update_res2a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch2a/kernel, learning_rate, gradients/res2a_branch2a/kernel_grad_S319)HĞ•×ñºƒP»

RecvTensorœ€Öñºƒ œ•(œ•:
"€€B„[256B] edge_320_gradients/bn_conv1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hœ€ÖñºƒÇ
)update_bn_conv1/beta/ApplyGradientDescentØ•×ñºƒ (Bupdate_bn_conv1/beta/ApplyGradientDescent = ApplyGradientDescent(bn_conv1/beta, learning_rate, gradients/bn_conv1/beta_grad_S320)HØ•×ñºƒP¼

RecvTensorÛ‹Öñºƒ İ‰(İ‰:
"€€B…[256B] edge_321_gradients/bn_conv1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÛ‹ÖñºƒË
*update_bn_conv1/gamma/ApplyGradientDescentİ•×ñºƒ (B„update_bn_conv1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn_conv1/gamma, learning_rate, gradients/bn_conv1/gamma_grad_S321)Hİ•×ñºƒP¾

RecvTensor’Öñºƒ ×ƒ(×ƒ:"€¦€¦B…[37632B] edge_322_gradients/conv1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H’ÖñºƒÂ
(update_conv1/kernel/ApplyGradientDescentâ•×ñºƒ (B~update_conv1/kernel/ApplyGradientDescent = ApplyGradientDescent(conv1/kernel, learning_rate, gradients/conv1/kernel_grad_S322)Hâ•×ñºƒP