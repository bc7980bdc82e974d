
¤‹

äê
)/job:worker/replica:0/task:0/device:CPU:0­

RecvTensor÷Í¢ñºƒ (:"€¦€¦By[37632B] edge_1_conv1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H÷Í¢ñºƒ­

RecvTensorúÍ¢ñºƒ ‰(‰:
"€€By[256B] edge_2_bn_conv1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HúÍ¢ñºƒ¬

RecvTensorıÍ¢ñºƒ ‡(‡:
"€€Bx[256B] edge_3_bn_conv1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HıÍ¢ñºƒ¹

RecvTensor€Î¢ñºƒ „(„:"€€€€B‚[16384B] edge_4_res2a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H€Î¢ñºƒ²

RecvTensorƒÎ¢ñºƒ (:
"€€B~[256B] edge_5_bn2a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HƒÎ¢ñºƒ±

RecvTensor†Î¢ñºƒ û(û:
"€€B}[256B] edge_6_bn2a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H†Î¢ñºƒ¸

RecvTensor‰Î¢ñºƒ ø(ø:"€€	€€	B[0.1MB] edge_7_res2a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‰Î¢ñºƒ²

RecvTensorŒÎ¢ñºƒ ÷(÷:
"€€B~[256B] edge_8_bn2a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŒÎ¢ñºƒ¯

RecvTensorÎ¢ñºƒ u(u:
"€€B}[256B] edge_9_bn2a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÎ¢ñºƒº

RecvTensor’Î¢ñºƒ ™(™:"€€€€Bƒ[65536B] edge_10_res2a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H’Î¢ñºƒµ

RecvTensor•Î¢ñºƒ í(í:
"€€B€[1024B] edge_11_bn2a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H•Î¢ñºƒ³

RecvTensor˜Î¢ñºƒ ë(ë:
"€€B[1024B] edge_12_bn2a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H˜Î¢ñºƒ¹

RecvTensor›Î¢ñºƒ ×(×:"€€€€B‚[65536B] edge_13_res2a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H›Î¢ñºƒ³

RecvTensorÎ¢ñºƒ (:
"€€B[1024B] edge_14_bn2a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÎ¢ñºƒ²

RecvTensor¡Î¢ñºƒ Ò(Ò:
"€€B~[1024B] edge_15_bn2a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¡Î¢ñºƒº

RecvTensor¤Î¢ñºƒ —(—:"€€€€Bƒ[65536B] edge_16_res2b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¤Î¢ñºƒ³

RecvTensor§Î¢ñºƒ „(„:
"€€B[256B] edge_17_bn2b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H§Î¢ñºƒ²

RecvTensorªÎ¢ñºƒ (:
"€€B~[256B] edge_18_bn2b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HªÎ¢ñºƒ¹

RecvTensor­Î¢ñºƒ ³(³:"€€	€€	B‚[0.1MB] edge_19_res2b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H­Î¢ñºƒ³

RecvTensor°Î¢ñºƒ ±(±:
"€€B[256B] edge_20_bn2b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H°Î¢ñºƒ²

RecvTensor³Î¢ñºƒ ®(®:
"€€B~[256B] edge_21_bn2b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H³Î¢ñºƒº

RecvTensor¶Î¢ñºƒ ®(®:"€€€€Bƒ[65536B] edge_22_res2b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¶Î¢ñºƒµ

RecvTensor¹Î¢ñºƒ ©(©:
"€€B€[1024B] edge_23_bn2b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¹Î¢ñºƒ³

RecvTensor¼Î¢ñºƒ ¤(¤:
"€€B[1024B] edge_24_bn2b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¼Î¢ñºƒº

RecvTensor¿Î¢ñºƒ Ø(Ø:"€€€€Bƒ[65536B] edge_25_res2c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¿Î¢ñºƒ³

RecvTensorÂÎ¢ñºƒ (:
"€€B[256B] edge_26_bn2c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÂÎ¢ñºƒ²

RecvTensorÅÎ¢ñºƒ œ(œ:
"€€B~[256B] edge_27_bn2c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÅÎ¢ñºƒ¹

RecvTensorÈÎ¢ñºƒ —(—:"€€	€€	B‚[0.1MB] edge_28_res2c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÈÎ¢ñºƒ³

RecvTensorËÎ¢ñºƒ ‡(‡:
"€€B[256B] edge_29_bn2c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HËÎ¢ñºƒ²

RecvTensorÎÎ¢ñºƒ „(„:
"€€B~[256B] edge_30_bn2c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÎÎ¢ñºƒº

RecvTensorÑÎ¢ñºƒ ş(ş:"€€€€Bƒ[65536B] edge_31_res2c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÑÎ¢ñºƒµ

RecvTensorÔÎ¢ñºƒ û(û:
"€€B€[1024B] edge_32_bn2c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÔÎ¢ñºƒ³

RecvTensor×Î¢ñºƒ ú(ú:
"€€B[1024B] edge_33_bn2c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H×Î¢ñºƒ¹

RecvTensorÚÎ¢ñºƒ ç(ç:"€€€€B‚[0.1MB] edge_34_res3a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÚÎ¢ñºƒ³

RecvTensorİÎ¢ñºƒ ô(ô:
"€€B[512B] edge_35_bn3a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HİÎ¢ñºƒ²

RecvTensoràÎ¢ñºƒ ñ(ñ:
"€€B~[512B] edge_36_bn3a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HàÎ¢ñºƒ¹

RecvTensorãÎ¢ñºƒ Ñ
(Ñ
:"€€$€€$B‚[0.6MB] edge_37_res3a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HãÎ¢ñºƒ³

RecvTensoræÎ¢ñºƒ Î
(Î
:
"€€B[512B] edge_38_bn3a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HæÎ¢ñºƒ²

RecvTensoréÎ¢ñºƒ Ì
(Ì
:
"€€B~[512B] edge_39_bn3a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HéÎ¢ñºƒ¹

RecvTensorìÎ¢ñºƒ …(…:"€€€€B‚[0.2MB] edge_40_res3a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HìÎ¢ñºƒµ

RecvTensorïÎ¢ñºƒ ‡(‡:
"€€B€[2048B] edge_41_bn3a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HïÎ¢ñºƒ³

RecvTensoròÎ¢ñºƒ ‚(‚:
"€€B[2048B] edge_42_bn3a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HòÎ¢ñºƒ¸

RecvTensorõÎ¢ñºƒ ½(½:"€€ €€ B[0.5MB] edge_43_res3a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HõÎ¢ñºƒ³

RecvTensorøÎ¢ñºƒ ú(ú:
"€€B[2048B] edge_44_bn3a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HøÎ¢ñºƒ²

RecvTensorûÎ¢ñºƒ ¸(¸:
"€€B~[2048B] edge_45_bn3a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HûÎ¢ñºƒ¹

RecvTensorÿÎ¢ñºƒ ”(”:"€€€€B‚[0.2MB] edge_46_res3b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÿÎ¢ñºƒ³

RecvTensor‚Ï¢ñºƒ ²(²:
"€€B[512B] edge_47_bn3b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‚Ï¢ñºƒ²

RecvTensor…Ï¢ñºƒ ¯(¯:
"€€B~[512B] edge_48_bn3b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H…Ï¢ñºƒ¹

RecvTensorˆÏ¢ñºƒ  ( :"€€$€€$B‚[0.6MB] edge_49_res3b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HˆÏ¢ñºƒ³

RecvTensor‹Ï¢ñºƒ ª(ª:
"€€B[512B] edge_50_bn3b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‹Ï¢ñºƒ²

RecvTensorÏ¢ñºƒ (:
"€€B~[512B] edge_51_bn3b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÏ¢ñºƒ¹

RecvTensor‘Ï¢ñºƒ ê(ê:"€€€€B‚[0.2MB] edge_52_res3b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‘Ï¢ñºƒµ

RecvTensor”Ï¢ñºƒ ‰(‰:
"€€B€[2048B] edge_53_bn3b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H”Ï¢ñºƒ³

RecvTensor—Ï¢ñºƒ æ(æ:
"€€B[2048B] edge_54_bn3b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H—Ï¢ñºƒ¹

RecvTensoršÏ¢ñºƒ Â(Â:"€€€€B‚[0.2MB] edge_55_res3c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HšÏ¢ñºƒ³

RecvTensorÏ¢ñºƒ á(á:
"€€B[512B] edge_56_bn3c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÏ¢ñºƒ²

RecvTensor Ï¢ñºƒ Ü(Ü:
"€€B~[512B] edge_57_bn3c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H Ï¢ñºƒ¹

RecvTensor£Ï¢ñºƒ ø(ø:"€€$€€$B‚[0.6MB] edge_58_res3c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H£Ï¢ñºƒ³

RecvTensor¦Ï¢ñºƒ Š"(Š":
"€€B[512B] edge_59_bn3c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¦Ï¢ñºƒ²

RecvTensor©Ï¢ñºƒ Õ(Õ:
"€€B~[512B] edge_60_bn3c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H©Ï¢ñºƒ¹

RecvTensor¬Ï¢ñºƒ ƒ"(ƒ":"€€€€B‚[0.2MB] edge_61_res3c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¬Ï¢ñºƒµ

RecvTensor°Ï¢ñºƒ ®(®:
"€€B€[2048B] edge_62_bn3c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H°Ï¢ñºƒ³

RecvTensor³Ï¢ñºƒ Ü#(Ü#:
"€€B[2048B] edge_63_bn3c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H³Ï¢ñºƒ¹

RecvTensor¶Ï¢ñºƒ ×#(×#:"€€€€B‚[0.2MB] edge_64_res3d_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¶Ï¢ñºƒ³

RecvTensor¹Ï¢ñºƒ ×#(×#:
"€€B[512B] edge_65_bn3d_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¹Ï¢ñºƒ²

RecvTensor¼Ï¢ñºƒ ´%(´%:
"€€B~[512B] edge_66_bn3d_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¼Ï¢ñºƒ¹

RecvTensor¿Ï¢ñºƒ ’ (’ :"€€$€€$B‚[0.6MB] edge_67_res3d_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¿Ï¢ñºƒ³

RecvTensorÂÏ¢ñºƒ ®%(®%:
"€€B[512B] edge_68_bn3d_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÂÏ¢ñºƒ²

RecvTensorÅÏ¢ñºƒ ç((ç(:
"€€B~[512B] edge_69_bn3d_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÅÏ¢ñºƒ¹

RecvTensorÈÏ¢ñºƒ ¦%(¦%:"€€€€B‚[0.2MB] edge_70_res3d_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÈÏ¢ñºƒµ

RecvTensorËÏ¢ñºƒ ¤%(¤%:
"€€B€[2048B] edge_71_bn3d_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HËÏ¢ñºƒ³

RecvTensorÎÏ¢ñºƒ ­8(­8:
"€€B[2048B] edge_72_bn3d_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÎÏ¢ñºƒ¹

RecvTensorÑÏ¢ñºƒ Û((Û(:"€€ €€ B‚[0.5MB] edge_73_res4a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÑÏ¢ñºƒµ

RecvTensorÔÏ¢ñºƒ •M(•M:
"€€B€[1024B] edge_74_bn4a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÔÏ¢ñºƒ³

RecvTensor×Ï¢ñºƒ ‘M(‘M:
"€€B[1024B] edge_75_bn4a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H×Ï¢ñºƒ»

RecvTensorÚÏ¢ñºƒ Ÿ8(Ÿ8:"
€€€€B‚[2.2MB] edge_76_res4a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÚÏ¢ñºƒµ

RecvTensorİÏ¢ñºƒ ŠM(ŠM:
"€€B€[1024B] edge_77_bn4a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HİÏ¢ñºƒ³

RecvTensoràÏ¢ñºƒ œ8(œ8:
"€€B[1024B] edge_78_bn4a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HàÏ¢ñºƒ¹

RecvTensorãÏ¢ñºƒ ƒM(ƒM:"€€@€€@B‚[1.0MB] edge_79_res4a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HãÏ¢ñºƒµ

RecvTensoræÏ¢ñºƒ š8(š8:
"€ € B€[4096B] edge_80_bn4a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HæÏ¢ñºƒ³

RecvTensoréÏ¢ñºƒ ‡M(‡M:
"€ € B[4096B] edge_81_bn4a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HéÏ¢ñºƒº

RecvTensorìÏ¢ñºƒ ƒF(ƒF:"
€€€€€€B[2.0MB] edge_82_res4a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HìÏ¢ñºƒ³

RecvTensorïÏ¢ñºƒ …M(…M:
"€ € B[4096B] edge_83_bn4a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HïÏ¢ñºƒ²

RecvTensoròÏ¢ñºƒ úL(úL:
"€ € B~[4096B] edge_84_bn4a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HòÏ¢ñºƒ¹

RecvTensorõÏ¢ñºƒ ¸q(¸q:"€€@€€@B‚[1.0MB] edge_85_res4b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HõÏ¢ñºƒµ

RecvTensorøÏ¢ñºƒ õS(õS:
"€€B€[1024B] edge_86_bn4b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HøÏ¢ñºƒ³

RecvTensorûÏ¢ñºƒ úL(úL:
"€€B[1024B] edge_87_bn4b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HûÏ¢ñºƒ»

RecvTensorşÏ¢ñºƒ Àc(Àc:"
€€€€B‚[2.2MB] edge_88_res4b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HşÏ¢ñºƒµ

RecvTensorĞ¢ñºƒ ğL(ğL:
"€€B€[1024B] edge_89_bn4b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HĞ¢ñºƒ³

RecvTensor„Ğ¢ñºƒ ®q(®q:
"€€B[1024B] edge_90_bn4b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H„Ğ¢ñºƒ¹

RecvTensor‡Ğ¢ñºƒ æS(æS:"€€@€€@B‚[1.0MB] edge_91_res4b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‡Ğ¢ñºƒ·

RecvTensorŠĞ¢ñºƒ ê(ê:
"€ € B€[4096B] edge_92_bn4b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŠĞ¢ñºƒ³

RecvTensorĞ¢ñºƒ äS(äS:
"€ € B[4096B] edge_93_bn4b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HĞ¢ñºƒ¹

RecvTensorĞ¢ñºƒ ¦j(¦j:"€€@€€@B‚[1.0MB] edge_94_res4c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HĞ¢ñºƒ·

RecvTensor“Ğ¢ñºƒ â(â:
"€€B€[1024B] edge_95_bn4c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H“Ğ¢ñºƒµ

RecvTensor–Ğ¢ñºƒ å(å:
"€€B[1024B] edge_96_bn4c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H–Ğ¢ñºƒ½

RecvTensor™Ğ¢ñºƒ æ€(æ€:"
€€€€B‚[2.2MB] edge_97_res4c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H™Ğ¢ñºƒ·

RecvTensorœĞ¢ñºƒ ã€(ã€:
"€€B€[1024B] edge_98_bn4c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HœĞ¢ñºƒµ

RecvTensor Ğ¢ñºƒ Ù‡(Ù‡:
"€€B[1024B] edge_99_bn4c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H Ğ¢ñºƒ¼

RecvTensor£Ğ¢ñºƒ Ô‡(Ô‡:"€€@€€@Bƒ[1.0MB] edge_100_res4c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H£Ğ¢ñºƒ¶

RecvTensor¦Ğ¢ñºƒ ‹q(‹q:
"€ € B[4096B] edge_101_bn4c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¦Ğ¢ñºƒ·

RecvTensor©Ğ¢ñºƒ Ï(Ï:
"€ € B€[4096B] edge_102_bn4c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H©Ğ¢ñºƒ¼

RecvTensor«Ğ¢ñºƒ Å(Å:"€€@€€@Bƒ[1.0MB] edge_103_res4d_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H«Ğ¢ñºƒ¸

RecvTensor¯Ğ¢ñºƒ Ê(Ê:
"€€B[1024B] edge_104_bn4d_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¯Ğ¢ñºƒ·

RecvTensor²Ğ¢ñºƒ È(È:
"€€B€[1024B] edge_105_bn4d_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H²Ğ¢ñºƒ¾

RecvTensor´Ğ¢ñºƒ ”(”:"
€€€€Bƒ[2.2MB] edge_106_res4d_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H´Ğ¢ñºƒ¸

RecvTensor·Ğ¢ñºƒ Á‡(Á‡:
"€€B[1024B] edge_107_bn4d_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H·Ğ¢ñºƒ·

RecvTensorºĞ¢ñºƒ (:
"€€B€[1024B] edge_108_bn4d_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HºĞ¢ñºƒ¼

RecvTensor½Ğ¢ñºƒ Ù´(Ù´:"€€@€€@Bƒ[1.0MB] edge_109_res4d_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H½Ğ¢ñºƒ¸

RecvTensorÀĞ¢ñºƒ (:
"€ € B[4096B] edge_110_bn4d_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÀĞ¢ñºƒ·

RecvTensorÃĞ¢ñºƒ ‰(‰:
"€ € B€[4096B] edge_111_bn4d_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÃĞ¢ñºƒ¼

RecvTensorÆĞ¢ñºƒ È»(È»:"€€@€€@Bƒ[1.0MB] edge_112_res4e_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÆĞ¢ñºƒ¸

RecvTensorÉĞ¢ñºƒ ˆ(ˆ:
"€€B[1024B] edge_113_bn4e_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÉĞ¢ñºƒ·

RecvTensorÌĞ¢ñºƒ Â»(Â»:
"€€B€[1024B] edge_114_bn4e_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÌĞ¢ñºƒ¾

RecvTensorÏĞ¢ñºƒ Ï­(Ï­:"
€€€€Bƒ[2.2MB] edge_115_res4e_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÏĞ¢ñºƒ¸

RecvTensorÒĞ¢ñºƒ ÿ(ÿ:
"€€B[1024B] edge_116_bn4e_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÒĞ¢ñºƒ·

RecvTensorÕĞ¢ñºƒ ºÂ(ºÂ:
"€€B€[1024B] edge_117_bn4e_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÕĞ¢ñºƒ¼

RecvTensorØĞ¢ñºƒ ®Â(®Â:"€€@€€@Bƒ[1.0MB] edge_118_res4e_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HØĞ¢ñºƒ¸

RecvTensorÛĞ¢ñºƒ ³Â(³Â:
"€ € B[4096B] edge_119_bn4e_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÛĞ¢ñºƒ·

RecvTensorŞĞ¢ñºƒ ¬Â(¬Â:
"€ € B€[4096B] edge_120_bn4e_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŞĞ¢ñºƒ¼

RecvTensoráĞ¢ñºƒ óØ(óØ:"€€@€€@Bƒ[1.0MB] edge_121_res4f_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HáĞ¢ñºƒ¸

RecvTensoräĞ¢ñºƒ £Â(£Â:
"€€B[1024B] edge_122_bn4f_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HäĞ¢ñºƒ·

RecvTensorçĞ¢ñºƒ ©Â(©Â:
"€€B€[1024B] edge_123_bn4f_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HçĞ¢ñºƒ¾

RecvTensorêĞ¢ñºƒ óÑ(óÑ:"
€€€€Bƒ[2.2MB] edge_124_res4f_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HêĞ¢ñºƒ¸

RecvTensoríĞ¢ñºƒ Ïí(Ïí:
"€€B[1024B] edge_125_bn4f_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HíĞ¢ñºƒ·

RecvTensorğĞ¢ñºƒ Íí(Íí:
"€€B€[1024B] edge_126_bn4f_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HğĞ¢ñºƒ¼

RecvTensoróĞ¢ñºƒ Ùß(Ùß:"€€@€€@Bƒ[1.0MB] edge_127_res4f_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HóĞ¢ñºƒ¸

RecvTensoröĞ¢ñºƒ Óí(Óí:
"€ € B[4096B] edge_128_bn4f_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HöĞ¢ñºƒ·

RecvTensorùĞ¢ñºƒ Ëí(Ëí:
"€ € B€[4096B] edge_129_bn4f_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HùĞ¢ñºƒ¾

RecvTensorüĞ¢ñºƒ ¿í(¿í:"
€€€€€€Bƒ[2.0MB] edge_130_res5a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HüĞ¢ñºƒ¸

RecvTensorÿĞ¢ñºƒ Æí(Æí:
"€€B[2048B] edge_131_bn5a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÿĞ¢ñºƒ·

RecvTensor‚Ñ¢ñºƒ ½í(½í:
"€€B€[2048B] edge_132_bn5a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‚Ñ¢ñºƒ¾

RecvTensor…Ñ¢ñºƒ æÇ(æÇ:"
€€À€€ÀBƒ[9.0MB] edge_133_res5a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H…Ñ¢ñºƒ¸

RecvTensorˆÑ¢ñºƒ ¸í(¸í:
"€€B[2048B] edge_134_bn5a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HˆÑ¢ñºƒ·

RecvTensorŒÑ¢ñºƒ Æí(Æí:
"€€B€[2048B] edge_135_bn5a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŒÑ¢ñºƒ¾

RecvTensorÑ¢ñºƒ »ã(»ã:"
€€€€€€Bƒ[4.0MB] edge_136_res5a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÑ¢ñºƒ¸

RecvTensor‘Ñ¢ñºƒ ¿í(¿í:
"€@€@B[8192B] edge_137_bn5a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‘Ñ¢ñºƒ·

RecvTensor•Ñ¢ñºƒ Äí(Äí:
"€@€@B€[8192B] edge_138_bn5a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H•Ñ¢ñºƒ½

RecvTensor˜Ñ¢ñºƒ îš(îš:"
€€€€€€B‚[8.0MB] edge_139_res5a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H˜Ñ¢ñºƒ·

RecvTensoršÑ¢ñºƒ óš(óš:
"€@€@B€[8192B] edge_140_bn5a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HšÑ¢ñºƒµ

RecvTensorÑ¢ñºƒ ÷š(÷š:
"€@€@B[8192B] edge_141_bn5a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÑ¢ñºƒ¾

RecvTensor Ñ¢ñºƒ —‰(—‰:"
€€€€€€Bƒ[4.0MB] edge_142_res5b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H Ñ¢ñºƒ¸

RecvTensor¤Ñ¢ñºƒ ôš(ôš:
"€€B[2048B] edge_143_bn5b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¤Ñ¢ñºƒ·

RecvTensor§Ñ¢ñºƒ ïš(ïš:
"€€B€[2048B] edge_144_bn5b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H§Ñ¢ñºƒ¾

RecvTensorªÑ¢ñºƒ ¤Ù(¤Ù:"
€€À€€ÀBƒ[9.0MB] edge_145_res5b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HªÑ¢ñºƒ¸

RecvTensor­Ñ¢ñºƒ ìš(ìš:
"€€B[2048B] edge_146_bn5b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H­Ñ¢ñºƒ·

RecvTensor°Ñ¢ñºƒ †õ(†õ:
"€€B€[2048B] edge_147_bn5b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H°Ñ¢ñºƒ¾

RecvTensor³Ñ¢ñºƒ €õ(€õ:"
€€€€€€Bƒ[4.0MB] edge_148_res5b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H³Ñ¢ñºƒ¸

RecvTensor¶Ñ¢ñºƒ ‡õ(‡õ:
"€@€@B[8192B] edge_149_bn5b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¶Ñ¢ñºƒ·

RecvTensor¹Ñ¢ñºƒ ›Ù(›Ù:
"€@€@B€[8192B] edge_150_bn5b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¹Ñ¢ñºƒ¾

RecvTensor¼Ñ¢ñºƒ à(à:"
€€€€€€Bƒ[4.0MB] edge_151_res5c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¼Ñ¢ñºƒ¸

RecvTensor¿Ñ¢ñºƒ ”Ï(”Ï:
"€€B[2048B] edge_152_bn5c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¿Ñ¢ñºƒ·

RecvTensorÂÑ¢ñºƒ óô(óô:
"€€B€[2048B] edge_153_bn5c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÂÑ¢ñºƒ¾

RecvTensorÅÑ¢ñºƒ ‹Ï(‹Ï:"
€€À€€ÀBƒ[9.0MB] edge_154_res5c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÅÑ¢ñºƒ¸

RecvTensorÈÑ¢ñºƒ ŠÏ(ŠÏ:
"€€B[2048B] edge_155_bn5c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÈÑ¢ñºƒ·

RecvTensorËÑ¢ñºƒ ïê(ïê:
"€€B€[2048B] edge_156_bn5c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HËÑ¢ñºƒ¾

RecvTensorÏÑ¢ñºƒ ãê(ãê:"
€€€€€€Bƒ[4.0MB] edge_157_res5c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÏÑ¢ñºƒ¸

RecvTensorÒÑ¢ñºƒ ïê(ïê:
"€@€@B[8192B] edge_158_bn5c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÒÑ¢ñºƒ·

RecvTensorÔÑ¢ñºƒ åê(åê:
"€@€@B€[8192B] edge_159_bn5c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÔÑ¢ñºƒµ

RecvTensor×Ñ¢ñºƒ „¡(„¡:"
€€ô€€ôB{[7.8MB] edge_160_fc1000/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H×Ñ¢ñºƒ¯

RecvTensorÚÑ¢ñºƒ ëê(ëê:
"  By[4000B] edge_161_fc1000/bias/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÚÑ¢ñºƒ\
conv1/Conv2DöÎ¢ñºƒ (B2conv1/Conv2D = Conv2D(input, conv1/kernel/read_S1)HöÎ¢ñºƒP 
bn_conv1/FusedBatchNormV3÷Ô¢ñºƒ ½(½Bibn_conv1/FusedBatchNormV3 = FusedBatchNormV3(conv1/Conv2D, bn_conv1/gamma/read_S2, bn_conv1/beta/read_S3)H÷Ô¢ñºƒP^
conv1_relu/Relu´Ø¢ñºƒ Ÿ(ŸB1conv1_relu/Relu = Relu(bn_conv1/FusedBatchNormV3)H´Ø¢ñºƒPS
pool1/MaxPoolÓÚ¢ñºƒ ¾(¾B(pool1/MaxPool = MaxPool(conv1_relu/Relu)HÓÚ¢ñºƒP}
res2a_branch2a/Conv2D‘Ü¢ñºƒ [([BLres2a_branch2a/Conv2D = Conv2D(pool1/MaxPool, res2a_branch2a/kernel/read_S4)H‘Ü¢ñºƒP¼
bn2a_branch2a/FusedBatchNormV3ìÜ¢ñºƒ z(zBbn2a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch2a/Conv2D, bn2a_branch2a/gamma/read_S5, bn2a_branch2a/beta/read_S6)HìÜ¢ñºƒPs
res2a_branch2a_relu/Reluæİ¢ñºƒ Q(QB?res2a_branch2a_relu/Relu = Relu(bn2a_branch2a/FusedBatchNormV3)Hæİ¢ñºƒPŠ
res2a_branch2b/Conv2D·Ş¢ñºƒ Î(ÎBWres2a_branch2b/Conv2D = Conv2D(res2a_branch2a_relu/Relu, res2a_branch2b/kernel/read_S7)H·Ş¢ñºƒP¼
bn2a_branch2b/FusedBatchNormV3…ä¢ñºƒ u(uBbn2a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch2b/Conv2D, bn2a_branch2b/gamma/read_S8, bn2a_branch2b/beta/read_S9)H…ä¢ñºƒPs
res2a_branch2b_relu/Reluúä¢ñºƒ R(RB?res2a_branch2b_relu/Relu = Relu(bn2a_branch2b/FusedBatchNormV3)Húä¢ñºƒP‹
res2a_branch2c/Conv2DÌå¢ñºƒ É(ÉBXres2a_branch2c/Conv2D = Conv2D(res2a_branch2b_relu/Relu, res2a_branch2c/kernel/read_S10)HÌå¢ñºƒPÀ
bn2a_branch2c/FusedBatchNormV3•è¢ñºƒ È(ÈBƒbn2a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch2c/Conv2D, bn2a_branch2c/gamma/read_S11, bn2a_branch2c/beta/read_S12)H•è¢ñºƒP}
res2a_branch1/Conv2Dİë¢ñºƒ Â(ÂBKres2a_branch1/Conv2D = Conv2D(pool1/MaxPool, res2a_branch1/kernel/read_S13)Hİë¢ñºƒPº
bn2a_branch1/FusedBatchNormV3Ÿî¢ñºƒ ¹(¹Bbn2a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch1/Conv2D, bn2a_branch1/gamma/read_S14, bn2a_branch1/beta/read_S15)HŸî¢ñºƒPw
	res2a/addØñ¢ñºƒ »(»BPres2a/add = AddV2(bn2a_branch2c/FusedBatchNormV3, bn2a_branch1/FusedBatchNormV3)HØñ¢ñºƒPN
res2a_relu/Relu“õ¢ñºƒ ¶(¶B!res2a_relu/Relu = Relu(res2a/add)H“õ¢ñºƒP‚
res2b_branch2a/Conv2DÉ÷¢ñºƒ Ù(ÙBOres2b_branch2a/Conv2D = Conv2D(res2a_relu/Relu, res2b_branch2a/kernel/read_S16)HÉ÷¢ñºƒP¾
bn2b_branch2a/FusedBatchNormV3¢ú¢ñºƒ r(rBƒbn2b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res2b_branch2a/Conv2D, bn2b_branch2a/gamma/read_S17, bn2b_branch2a/beta/read_S18)H¢ú¢ñºƒPs
res2b_branch2a_relu/Relu”û¢ñºƒ R(RB?res2b_branch2a_relu/Relu = Relu(bn2b_branch2a/FusedBatchNormV3)H”û¢ñºƒP‹
res2b_branch2b/Conv2Dæû¢ñºƒ Û(ÛBXres2b_branch2b/Conv2D = Conv2D(res2b_branch2a_relu/Relu, res2b_branch2b/kernel/read_S19)Hæû¢ñºƒP¾
bn2b_branch2b/FusedBatchNormV3Á£ñºƒ v(vBƒbn2b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res2b_branch2b/Conv2D, bn2b_branch2b/gamma/read_S20, bn2b_branch2b/beta/read_S21)HÁ£ñºƒPs
res2b_branch2b_relu/Relu·‚£ñºƒ Q(QB?res2b_branch2b_relu/Relu = Relu(bn2b_branch2b/FusedBatchNormV3)H·‚£ñºƒP‹
res2b_branch2c/Conv2Dˆƒ£ñºƒ Å(ÅBXres2b_branch2c/Conv2D = Conv2D(res2b_branch2b_relu/Relu, res2b_branch2c/kernel/read_S22)Hˆƒ£ñºƒPÀ
bn2b_branch2c/FusedBatchNormV3Í…£ñºƒ Ï(ÏBƒbn2b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res2b_branch2c/Conv2D, bn2b_branch2c/gamma/read_S23, bn2b_branch2c/beta/read_S24)HÍ…£ñºƒPi
	res2b/addœ‰£ñºƒ Ğ(ĞBBres2b/add = AddV2(bn2b_branch2c/FusedBatchNormV3, res2a_relu/Relu)Hœ‰£ñºƒPN
res2b_relu/ReluìŒ£ñºƒ ©(©B!res2b_relu/Relu = Relu(res2b/add)HìŒ£ñºƒP‚
res2c_branch2a/Conv2D•£ñºƒ Ğ(ĞBOres2c_branch2a/Conv2D = Conv2D(res2b_relu/Relu, res2c_branch2a/kernel/read_S25)H•£ñºƒP¾
bn2c_branch2a/FusedBatchNormV3å‘£ñºƒ u(uBƒbn2c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res2c_branch2a/Conv2D, bn2c_branch2a/gamma/read_S26, bn2c_branch2a/beta/read_S27)Hå‘£ñºƒPs
res2c_branch2a_relu/ReluÚ’£ñºƒ V(VB?res2c_branch2a_relu/Relu = Relu(bn2c_branch2a/FusedBatchNormV3)HÚ’£ñºƒP‹
res2c_branch2b/Conv2D°“£ñºƒ Ü(ÜBXres2c_branch2b/Conv2D = Conv2D(res2c_branch2a_relu/Relu, res2c_branch2b/kernel/read_S28)H°“£ñºƒP¾
bn2c_branch2b/FusedBatchNormV3Œ™£ñºƒ w(wBƒbn2c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res2c_branch2b/Conv2D, bn2c_branch2b/gamma/read_S29, bn2c_branch2b/beta/read_S30)HŒ™£ñºƒPs
res2c_branch2b_relu/Reluƒš£ñºƒ T(TB?res2c_branch2b_relu/Relu = Relu(bn2c_branch2b/FusedBatchNormV3)Hƒš£ñºƒP‹
res2c_branch2c/Conv2D×š£ñºƒ Í(ÍBXres2c_branch2c/Conv2D = Conv2D(res2c_branch2b_relu/Relu, res2c_branch2c/kernel/read_S31)H×š£ñºƒPÀ
bn2c_branch2c/FusedBatchNormV3¤£ñºƒ ¸(¸Bƒbn2c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res2c_branch2c/Conv2D, bn2c_branch2c/gamma/read_S32, bn2c_branch2c/beta/read_S33)H¤£ñºƒPi
	res2c/addÜ £ñºƒ ¨(¨BBres2c/add = AddV2(bn2c_branch2c/FusedBatchNormV3, res2b_relu/Relu)HÜ £ñºƒPN
res2c_relu/Relu„¤£ñºƒ ²(²B!res2c_relu/Relu = Relu(res2c/add)H„¤£ñºƒP‚
res3a_branch2a/Conv2D¶¦£ñºƒ –(–BOres3a_branch2a/Conv2D = Conv2D(res2c_relu/Relu, res3a_branch2a/kernel/read_S34)H¶¦£ñºƒPÀ
bn3a_branch2a/FusedBatchNormV3Ì«£ñºƒ ã(ãBƒbn3a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch2a/Conv2D, bn3a_branch2a/gamma/read_S35, bn3a_branch2a/beta/read_S36)HÌ«£ñºƒPu
res3a_branch2a_relu/Relu¯­£ñºƒ (B?res3a_branch2a_relu/Relu = Relu(bn3a_branch2a/FusedBatchNormV3)H¯­£ñºƒP‹
res3a_branch2b/Conv2DÍ®£ñºƒ ‹(‹BXres3a_branch2b/Conv2D = Conv2D(res3a_branch2a_relu/Relu, res3a_branch2b/kernel/read_S37)HÍ®£ñºƒP¾
bn3a_branch2b/FusedBatchNormV3Ø´£ñºƒ <(<Bƒbn3a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch2b/Conv2D, bn3a_branch2b/gamma/read_S38, bn3a_branch2b/beta/read_S39)HØ´£ñºƒPs
res3a_branch2b_relu/Relu”µ£ñºƒ ,(,B?res3a_branch2b_relu/Relu = Relu(bn3a_branch2b/FusedBatchNormV3)H”µ£ñºƒP‹
res3a_branch2c/Conv2DÀµ£ñºƒ Ç(ÇBXres3a_branch2c/Conv2D = Conv2D(res3a_branch2b_relu/Relu, res3a_branch2c/kernel/read_S40)HÀµ£ñºƒPÀ
bn3a_branch2c/FusedBatchNormV3‡¸£ñºƒ æ(æBƒbn3a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch2c/Conv2D, bn3a_branch2c/gamma/read_S41, bn3a_branch2c/beta/read_S42)H‡¸£ñºƒP
res3a_branch1/Conv2Dí¹£ñºƒ (BMres3a_branch1/Conv2D = Conv2D(res2c_relu/Relu, res3a_branch1/kernel/read_S43)Hí¹£ñºƒPº
bn3a_branch1/FusedBatchNormV3ı¾£ñºƒ è(èBbn3a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch1/Conv2D, bn3a_branch1/gamma/read_S44, bn3a_branch1/beta/read_S45)Hı¾£ñºƒPw
	res3a/addåÀ£ñºƒ ã(ãBPres3a/add = AddV2(bn3a_branch2c/FusedBatchNormV3, bn3a_branch1/FusedBatchNormV3)HåÀ£ñºƒPN
res3a_relu/ReluÈÂ£ñºƒ ˜(˜B!res3a_relu/Relu = Relu(res3a/add)HÈÂ£ñºƒP‚
res3b_branch2a/Conv2DàÃ£ñºƒ Û(ÛBOres3b_branch2a/Conv2D = Conv2D(res3a_relu/Relu, res3b_branch2a/kernel/read_S46)HàÃ£ñºƒP¾
bn3b_branch2a/FusedBatchNormV3»Æ£ñºƒ @(@Bƒbn3b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3b_branch2a/Conv2D, bn3b_branch2a/gamma/read_S47, bn3b_branch2a/beta/read_S48)H»Æ£ñºƒPs
res3b_branch2a_relu/ReluûÆ£ñºƒ -(-B?res3b_branch2a_relu/Relu = Relu(bn3b_branch2a/FusedBatchNormV3)HûÆ£ñºƒP‹
res3b_branch2b/Conv2D¨Ç£ñºƒ ø(øBXres3b_branch2b/Conv2D = Conv2D(res3b_branch2a_relu/Relu, res3b_branch2b/kernel/read_S49)H¨Ç£ñºƒP¾
bn3b_branch2b/FusedBatchNormV3 Í£ñºƒ A(ABƒbn3b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3b_branch2b/Conv2D, bn3b_branch2b/gamma/read_S50, bn3b_branch2b/beta/read_S51)H Í£ñºƒPs
res3b_branch2b_relu/ReluáÍ£ñºƒ ,(,B?res3b_branch2b_relu/Relu = Relu(bn3b_branch2b/FusedBatchNormV3)HáÍ£ñºƒP‹
res3b_branch2c/Conv2DÎ£ñºƒ È(ÈBXres3b_branch2c/Conv2D = Conv2D(res3b_branch2b_relu/Relu, res3b_branch2c/kernel/read_S52)HÎ£ñºƒPÀ
bn3b_branch2c/FusedBatchNormV3ÕĞ£ñºƒ ñ(ñBƒbn3b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3b_branch2c/Conv2D, bn3b_branch2c/gamma/read_S53, bn3b_branch2c/beta/read_S54)HÕĞ£ñºƒPi
	res3b/addÆÒ£ñºƒ Ú(ÚBBres3b/add = AddV2(bn3b_branch2c/FusedBatchNormV3, res3a_relu/Relu)HÆÒ£ñºƒPN
res3b_relu/Relu Ô£ñºƒ ¢(¢B!res3b_relu/Relu = Relu(res3b/add)H Ô£ñºƒP‚
res3c_branch2a/Conv2DÂÕ£ñºƒ Â(ÂBOres3c_branch2a/Conv2D = Conv2D(res3b_relu/Relu, res3c_branch2a/kernel/read_S55)HÂÕ£ñºƒP¾
bn3c_branch2a/FusedBatchNormV3„Ø£ñºƒ @(@Bƒbn3c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3c_branch2a/Conv2D, bn3c_branch2a/gamma/read_S56, bn3c_branch2a/beta/read_S57)H„Ø£ñºƒPs
res3c_branch2a_relu/ReluÄØ£ñºƒ .(.B?res3c_branch2a_relu/Relu = Relu(bn3c_branch2a/FusedBatchNormV3)HÄØ£ñºƒP‹
res3c_branch2b/Conv2DòØ£ñºƒ Ğ(ĞBXres3c_branch2b/Conv2D = Conv2D(res3c_branch2a_relu/Relu, res3c_branch2b/kernel/read_S58)HòØ£ñºƒP¾
bn3c_branch2b/FusedBatchNormV3ÂŞ£ñºƒ ?(?Bƒbn3c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3c_branch2b/Conv2D, bn3c_branch2b/gamma/read_S59, bn3c_branch2b/beta/read_S60)HÂŞ£ñºƒPs
res3c_branch2b_relu/Reluß£ñºƒ ,(,B?res3c_branch2b_relu/Relu = Relu(bn3c_branch2b/FusedBatchNormV3)Hß£ñºƒP‹
res3c_branch2c/Conv2D­ß£ñºƒ Ï(ÏBXres3c_branch2c/Conv2D = Conv2D(res3c_branch2b_relu/Relu, res3c_branch2c/kernel/read_S61)H­ß£ñºƒPÀ
bn3c_branch2c/FusedBatchNormV3üá£ñºƒ æ(æBƒbn3c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3c_branch2c/Conv2D, bn3c_branch2c/gamma/read_S62, bn3c_branch2c/beta/read_S63)Hüá£ñºƒPi
	res3c/addâã£ñºƒ æ(æBBres3c/add = AddV2(bn3c_branch2c/FusedBatchNormV3, res3b_relu/Relu)Hâã£ñºƒPN
res3c_relu/ReluÈå£ñºƒ (B!res3c_relu/Relu = Relu(res3c/add)HÈå£ñºƒP‚
res3d_branch2a/Conv2Dææ£ñºƒ Ï(ÏBOres3d_branch2a/Conv2D = Conv2D(res3c_relu/Relu, res3d_branch2a/kernel/read_S64)Hææ£ñºƒP¾
bn3d_branch2a/FusedBatchNormV3µé£ñºƒ B(BBƒbn3d_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3d_branch2a/Conv2D, bn3d_branch2a/gamma/read_S65, bn3d_branch2a/beta/read_S66)Hµé£ñºƒPs
res3d_branch2a_relu/Relu÷é£ñºƒ /(/B?res3d_branch2a_relu/Relu = Relu(bn3d_branch2a/FusedBatchNormV3)H÷é£ñºƒP‹
res3d_branch2b/Conv2D¦ê£ñºƒ Ò(ÒBXres3d_branch2b/Conv2D = Conv2D(res3d_branch2a_relu/Relu, res3d_branch2b/kernel/read_S67)H¦ê£ñºƒP¾
bn3d_branch2b/FusedBatchNormV3øï£ñºƒ @(@Bƒbn3d_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3d_branch2b/Conv2D, bn3d_branch2b/gamma/read_S68, bn3d_branch2b/beta/read_S69)Høï£ñºƒPs
res3d_branch2b_relu/Relu¸ğ£ñºƒ /(/B?res3d_branch2b_relu/Relu = Relu(bn3d_branch2b/FusedBatchNormV3)H¸ğ£ñºƒP‹
res3d_branch2c/Conv2Dçğ£ñºƒ Ó(ÓBXres3d_branch2c/Conv2D = Conv2D(res3d_branch2b_relu/Relu, res3d_branch2c/kernel/read_S70)Hçğ£ñºƒPÀ
bn3d_branch2c/FusedBatchNormV3ºó£ñºƒ Ş(ŞBƒbn3d_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3d_branch2c/Conv2D, bn3d_branch2c/gamma/read_S71, bn3d_branch2c/beta/read_S72)Hºó£ñºƒPi
	res3d/add˜õ£ñºƒ ä(äBBres3d/add = AddV2(bn3d_branch2c/FusedBatchNormV3, res3c_relu/Relu)H˜õ£ñºƒPN
res3d_relu/Reluüö£ñºƒ (B!res3d_relu/Relu = Relu(res3d/add)Hüö£ñºƒP‚
res4a_branch2a/Conv2Dšø£ñºƒ €(€BOres4a_branch2a/Conv2D = Conv2D(res3d_relu/Relu, res4a_branch2a/kernel/read_S73)Hšø£ñºƒP¾
bn4a_branch2a/FusedBatchNormV3šı£ñºƒ r(rBƒbn4a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch2a/Conv2D, bn4a_branch2a/gamma/read_S74, bn4a_branch2a/beta/read_S75)Hšı£ñºƒPs
res4a_branch2a_relu/ReluŒş£ñºƒ R(RB?res4a_branch2a_relu/Relu = Relu(bn4a_branch2a/FusedBatchNormV3)HŒş£ñºƒP‹
res4a_branch2b/Conv2DŞş£ñºƒ Ö(ÖBXres4a_branch2b/Conv2D = Conv2D(res4a_branch2a_relu/Relu, res4a_branch2b/kernel/read_S76)HŞş£ñºƒP¾
bn4a_branch2b/FusedBatchNormV3´„¤ñºƒ $($Bƒbn4a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch2b/Conv2D, bn4a_branch2b/gamma/read_S77, bn4a_branch2b/beta/read_S78)H´„¤ñºƒPs
res4a_branch2b_relu/ReluØ„¤ñºƒ (B?res4a_branch2b_relu/Relu = Relu(bn4a_branch2b/FusedBatchNormV3)HØ„¤ñºƒP‹
res4a_branch2c/Conv2Dó„¤ñºƒ é(éBXres4a_branch2c/Conv2D = Conv2D(res4a_branch2b_relu/Relu, res4a_branch2c/kernel/read_S79)Hó„¤ñºƒP¾
bn4a_branch2c/FusedBatchNormV3Ü‡¤ñºƒ t(tBƒbn4a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch2c/Conv2D, bn4a_branch2c/gamma/read_S80, bn4a_branch2c/beta/read_S81)HÜ‡¤ñºƒP
res4a_branch1/Conv2DĞˆ¤ñºƒ ª(ªBMres4a_branch1/Conv2D = Conv2D(res3d_relu/Relu, res4a_branch1/kernel/read_S82)HĞˆ¤ñºƒP¸
bn4a_branch1/FusedBatchNormV3ú¤ñºƒ v(vBbn4a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch1/Conv2D, bn4a_branch1/gamma/read_S83, bn4a_branch1/beta/read_S84)Hú¤ñºƒPu
	res4a/addğ¤ñºƒ t(tBPres4a/add = AddV2(bn4a_branch2c/FusedBatchNormV3, bn4a_branch1/FusedBatchNormV3)Hğ¤ñºƒPL
res4a_relu/Reluä¤ñºƒ P(PB!res4a_relu/Relu = Relu(res4a/add)Hä¤ñºƒP‚
res4b_branch2a/Conv2D´¤ñºƒ Ê(ÊBOres4b_branch2a/Conv2D = Conv2D(res4a_relu/Relu, res4b_branch2a/kernel/read_S85)H´¤ñºƒP¾
bn4b_branch2a/FusedBatchNormV3ş’¤ñºƒ #(#Bƒbn4b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4b_branch2a/Conv2D, bn4b_branch2a/gamma/read_S86, bn4b_branch2a/beta/read_S87)Hş’¤ñºƒPs
res4b_branch2a_relu/Relu¡“¤ñºƒ (B?res4b_branch2a_relu/Relu = Relu(bn4b_branch2a/FusedBatchNormV3)H¡“¤ñºƒP‹
res4b_branch2b/Conv2D½“¤ñºƒ õ(õBXres4b_branch2b/Conv2D = Conv2D(res4b_branch2a_relu/Relu, res4b_branch2b/kernel/read_S88)H½“¤ñºƒP¾
bn4b_branch2b/FusedBatchNormV3²™¤ñºƒ $($Bƒbn4b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4b_branch2b/Conv2D, bn4b_branch2b/gamma/read_S89, bn4b_branch2b/beta/read_S90)H²™¤ñºƒPs
res4b_branch2b_relu/ReluÖ™¤ñºƒ (B?res4b_branch2b_relu/Relu = Relu(bn4b_branch2b/FusedBatchNormV3)HÖ™¤ñºƒP‹
res4b_branch2c/Conv2Dñ™¤ñºƒ å(åBXres4b_branch2c/Conv2D = Conv2D(res4b_branch2b_relu/Relu, res4b_branch2c/kernel/read_S91)Hñ™¤ñºƒP¾
bn4b_branch2c/FusedBatchNormV3Öœ¤ñºƒ x(xBƒbn4b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4b_branch2c/Conv2D, bn4b_branch2c/gamma/read_S92, bn4b_branch2c/beta/read_S93)HÖœ¤ñºƒPg
	res4b/addÎ¤ñºƒ w(wBBres4b/add = AddV2(bn4b_branch2c/FusedBatchNormV3, res4a_relu/Relu)HÎ¤ñºƒPL
res4b_relu/ReluÅ¤ñºƒ N(NB!res4b_relu/Relu = Relu(res4b/add)HÅ¤ñºƒP‚
res4c_branch2a/Conv2D“Ÿ¤ñºƒ Õ(ÕBOres4c_branch2a/Conv2D = Conv2D(res4b_relu/Relu, res4c_branch2a/kernel/read_S94)H“Ÿ¤ñºƒP¾
bn4c_branch2a/FusedBatchNormV3è¡¤ñºƒ $($Bƒbn4c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4c_branch2a/Conv2D, bn4c_branch2a/gamma/read_S95, bn4c_branch2a/beta/read_S96)Hè¡¤ñºƒPs
res4c_branch2a_relu/ReluŒ¢¤ñºƒ (B?res4c_branch2a_relu/Relu = Relu(bn4c_branch2a/FusedBatchNormV3)HŒ¢¤ñºƒP‹
res4c_branch2b/Conv2D¦¢¤ñºƒ ö(öBXres4c_branch2b/Conv2D = Conv2D(res4c_branch2a_relu/Relu, res4c_branch2b/kernel/read_S97)H¦¢¤ñºƒP¾
bn4c_branch2b/FusedBatchNormV3œ¨¤ñºƒ "("Bƒbn4c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4c_branch2b/Conv2D, bn4c_branch2b/gamma/read_S98, bn4c_branch2b/beta/read_S99)Hœ¨¤ñºƒPs
res4c_branch2b_relu/Relu¾¨¤ñºƒ (B?res4c_branch2b_relu/Relu = Relu(bn4c_branch2b/FusedBatchNormV3)H¾¨¤ñºƒPŒ
res4c_branch2c/Conv2DÙ¨¤ñºƒ Í(ÍBYres4c_branch2c/Conv2D = Conv2D(res4c_branch2b_relu/Relu, res4c_branch2c/kernel/read_S100)HÙ¨¤ñºƒPÀ
bn4c_branch2c/FusedBatchNormV3¦«¤ñºƒ t(tB…bn4c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4c_branch2c/Conv2D, bn4c_branch2c/gamma/read_S101, bn4c_branch2c/beta/read_S102)H¦«¤ñºƒPg
	res4c/addš¬¤ñºƒ u(uBBres4c/add = AddV2(bn4c_branch2c/FusedBatchNormV3, res4b_relu/Relu)Hš¬¤ñºƒPL
res4c_relu/Relu­¤ñºƒ M(MB!res4c_relu/Relu = Relu(res4c/add)H­¤ñºƒPƒ
res4d_branch2a/Conv2DÜ­¤ñºƒ Ë(ËBPres4d_branch2a/Conv2D = Conv2D(res4c_relu/Relu, res4d_branch2a/kernel/read_S103)HÜ­¤ñºƒPÀ
bn4d_branch2a/FusedBatchNormV3§°¤ñºƒ "("B…bn4d_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4d_branch2a/Conv2D, bn4d_branch2a/gamma/read_S104, bn4d_branch2a/beta/read_S105)H§°¤ñºƒPs
res4d_branch2a_relu/ReluÉ°¤ñºƒ (B?res4d_branch2a_relu/Relu = Relu(bn4d_branch2a/FusedBatchNormV3)HÉ°¤ñºƒPŒ
res4d_branch2b/Conv2Dã°¤ñºƒ ‡(‡BYres4d_branch2b/Conv2D = Conv2D(res4d_branch2a_relu/Relu, res4d_branch2b/kernel/read_S106)Hã°¤ñºƒPÀ
bn4d_branch2b/FusedBatchNormV3ê¶¤ñºƒ $($B…bn4d_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4d_branch2b/Conv2D, bn4d_branch2b/gamma/read_S107, bn4d_branch2b/beta/read_S108)Hê¶¤ñºƒPs
res4d_branch2b_relu/Relu·¤ñºƒ (B?res4d_branch2b_relu/Relu = Relu(bn4d_branch2b/FusedBatchNormV3)H·¤ñºƒPŒ
res4d_branch2c/Conv2D©·¤ñºƒ Ç(ÇBYres4d_branch2c/Conv2D = Conv2D(res4d_branch2b_relu/Relu, res4d_branch2c/kernel/read_S109)H©·¤ñºƒPÀ
bn4d_branch2c/FusedBatchNormV3ğ¹¤ñºƒ {({B…bn4d_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4d_branch2c/Conv2D, bn4d_branch2c/gamma/read_S110, bn4d_branch2c/beta/read_S111)Hğ¹¤ñºƒPg
	res4d/addëº¤ñºƒ u(uBBres4d/add = AddV2(bn4d_branch2c/FusedBatchNormV3, res4c_relu/Relu)Hëº¤ñºƒPL
res4d_relu/Reluà»¤ñºƒ Q(QB!res4d_relu/Relu = Relu(res4d/add)Hà»¤ñºƒPƒ
res4e_branch2a/Conv2D±¼¤ñºƒ Ó(ÓBPres4e_branch2a/Conv2D = Conv2D(res4d_relu/Relu, res4e_branch2a/kernel/read_S112)H±¼¤ñºƒPÀ
bn4e_branch2a/FusedBatchNormV3„¿¤ñºƒ !(!B…bn4e_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4e_branch2a/Conv2D, bn4e_branch2a/gamma/read_S113, bn4e_branch2a/beta/read_S114)H„¿¤ñºƒPs
res4e_branch2a_relu/Relu¥¿¤ñºƒ (B?res4e_branch2a_relu/Relu = Relu(bn4e_branch2a/FusedBatchNormV3)H¥¿¤ñºƒPŒ
res4e_branch2b/Conv2D¾¿¤ñºƒ í(íBYres4e_branch2b/Conv2D = Conv2D(res4e_branch2a_relu/Relu, res4e_branch2b/kernel/read_S115)H¾¿¤ñºƒPÀ
bn4e_branch2b/FusedBatchNormV3«Å¤ñºƒ "("B…bn4e_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4e_branch2b/Conv2D, bn4e_branch2b/gamma/read_S116, bn4e_branch2b/beta/read_S117)H«Å¤ñºƒPs
res4e_branch2b_relu/ReluÍÅ¤ñºƒ (B?res4e_branch2b_relu/Relu = Relu(bn4e_branch2b/FusedBatchNormV3)HÍÅ¤ñºƒPŒ
res4e_branch2c/Conv2DçÅ¤ñºƒ Å(ÅBYres4e_branch2c/Conv2D = Conv2D(res4e_branch2b_relu/Relu, res4e_branch2c/kernel/read_S118)HçÅ¤ñºƒPÀ
bn4e_branch2c/FusedBatchNormV3¬È¤ñºƒ p(pB…bn4e_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4e_branch2c/Conv2D, bn4e_branch2c/gamma/read_S119, bn4e_branch2c/beta/read_S120)H¬È¤ñºƒPg
	res4e/addœÉ¤ñºƒ r(rBBres4e/add = AddV2(bn4e_branch2c/FusedBatchNormV3, res4d_relu/Relu)HœÉ¤ñºƒPL
res4e_relu/ReluÊ¤ñºƒ M(MB!res4e_relu/Relu = Relu(res4e/add)HÊ¤ñºƒPƒ
res4f_branch2a/Conv2DÛÊ¤ñºƒ Î(ÎBPres4f_branch2a/Conv2D = Conv2D(res4e_relu/Relu, res4f_branch2a/kernel/read_S121)HÛÊ¤ñºƒPÀ
bn4f_branch2a/FusedBatchNormV3©Í¤ñºƒ $($B…bn4f_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4f_branch2a/Conv2D, bn4f_branch2a/gamma/read_S122, bn4f_branch2a/beta/read_S123)H©Í¤ñºƒPs
res4f_branch2a_relu/ReluÍÍ¤ñºƒ (B?res4f_branch2a_relu/Relu = Relu(bn4f_branch2a/FusedBatchNormV3)HÍÍ¤ñºƒPŒ
res4f_branch2b/Conv2DèÍ¤ñºƒ ú(úBYres4f_branch2b/Conv2D = Conv2D(res4f_branch2a_relu/Relu, res4f_branch2b/kernel/read_S124)HèÍ¤ñºƒPÀ
bn4f_branch2b/FusedBatchNormV3âÓ¤ñºƒ $($B…bn4f_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4f_branch2b/Conv2D, bn4f_branch2b/gamma/read_S125, bn4f_branch2b/beta/read_S126)HâÓ¤ñºƒPs
res4f_branch2b_relu/Relu†Ô¤ñºƒ (B?res4f_branch2b_relu/Relu = Relu(bn4f_branch2b/FusedBatchNormV3)H†Ô¤ñºƒPŒ
res4f_branch2c/Conv2D Ô¤ñºƒ Ù(ÙBYres4f_branch2c/Conv2D = Conv2D(res4f_branch2b_relu/Relu, res4f_branch2c/kernel/read_S127)H Ô¤ñºƒPÀ
bn4f_branch2c/FusedBatchNormV3ùÖ¤ñºƒ v(vB…bn4f_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4f_branch2c/Conv2D, bn4f_branch2c/gamma/read_S128, bn4f_branch2c/beta/read_S129)HùÖ¤ñºƒPg
	res4f/addï×¤ñºƒ u(uBBres4f/add = AddV2(bn4f_branch2c/FusedBatchNormV3, res4e_relu/Relu)Hï×¤ñºƒPL
res4f_relu/ReluäØ¤ñºƒ N(NB!res4f_relu/Relu = Relu(res4f/add)HäØ¤ñºƒPƒ
res5a_branch2a/Conv2D²Ù¤ñºƒ ²(²BPres5a_branch2a/Conv2D = Conv2D(res4f_relu/Relu, res5a_branch2a/kernel/read_S130)H²Ù¤ñºƒPÀ
bn5a_branch2a/FusedBatchNormV3äŞ¤ñºƒ @(@B…bn5a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch2a/Conv2D, bn5a_branch2a/gamma/read_S131, bn5a_branch2a/beta/read_S132)HäŞ¤ñºƒPs
res5a_branch2a_relu/Relu¤ß¤ñºƒ ,(,B?res5a_branch2a_relu/Relu = Relu(bn5a_branch2a/FusedBatchNormV3)H¤ß¤ñºƒPŒ
res5a_branch2b/Conv2Dë˜¥ñºƒ ı(ıBYres5a_branch2b/Conv2D = Conv2D(res5a_branch2a_relu/Relu, res5a_branch2b/kernel/read_S133)Hë˜¥ñºƒPÀ
bn5a_branch2b/FusedBatchNormV3è¥ñºƒ (B…bn5a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch2b/Conv2D, bn5a_branch2b/gamma/read_S134, bn5a_branch2b/beta/read_S135)Hè¥ñºƒPs
res5a_branch2b_relu/Reluş¥ñºƒ (B?res5a_branch2b_relu/Relu = Relu(bn5a_branch2b/FusedBatchNormV3)Hş¥ñºƒPŒ
res5a_branch2c/Conv2DÊ´¥ñºƒ À(ÀBYres5a_branch2c/Conv2D = Conv2D(res5a_branch2b_relu/Relu, res5a_branch2c/kernel/read_S136)HÊ´¥ñºƒPÀ
bn5a_branch2c/FusedBatchNormV3Š·¥ñºƒ @(@B…bn5a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch2c/Conv2D, bn5a_branch2c/gamma/read_S137, bn5a_branch2c/beta/read_S138)HŠ·¥ñºƒP€
res5a_branch1/Conv2D†ì¥ñºƒ (BNres5a_branch1/Conv2D = Conv2D(res4f_relu/Relu, res5a_branch1/kernel/read_S139)H†ì¥ñºƒP»
bn5a_branch1/FusedBatchNormV3•ñ¥ñºƒ A(ABbn5a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch1/Conv2D, bn5a_branch1/gamma/read_S140, bn5a_branch1/beta/read_S141)H•ñ¥ñºƒPu
	res5a/addÖñ¥ñºƒ A(ABPres5a/add = AddV2(bn5a_branch2c/FusedBatchNormV3, bn5a_branch1/FusedBatchNormV3)HÖñ¥ñºƒPL
res5a_relu/Relu—ò¥ñºƒ ,(,B!res5a_relu/Relu = Relu(res5a/add)H—ò¥ñºƒPƒ
res5b_branch2a/Conv2DÃò¥ñºƒ Ò(ÒBPres5b_branch2a/Conv2D = Conv2D(res5a_relu/Relu, res5b_branch2a/kernel/read_S142)HÃò¥ñºƒPÀ
bn5b_branch2a/FusedBatchNormV3•õ¥ñºƒ (B…bn5b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res5b_branch2a/Conv2D, bn5b_branch2a/gamma/read_S143, bn5b_branch2a/beta/read_S144)H•õ¥ñºƒPs
res5b_branch2a_relu/Relu«õ¥ñºƒ (B?res5b_branch2a_relu/Relu = Relu(bn5b_branch2a/FusedBatchNormV3)H«õ¥ñºƒPŒ
res5b_branch2b/Conv2DÎª¦ñºƒ Í(ÍBYres5b_branch2b/Conv2D = Conv2D(res5b_branch2a_relu/Relu, res5b_branch2b/kernel/read_S145)HÎª¦ñºƒPÀ
bn5b_branch2b/FusedBatchNormV3¶Æ¦ñºƒ (B…bn5b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res5b_branch2b/Conv2D, bn5b_branch2b/gamma/read_S146, bn5b_branch2b/beta/read_S147)H¶Æ¦ñºƒPs
res5b_branch2b_relu/ReluÍÆ¦ñºƒ (B?res5b_branch2b_relu/Relu = Relu(bn5b_branch2b/FusedBatchNormV3)HÍÆ¦ñºƒPŒ
res5b_branch2c/Conv2DİÆ¦ñºƒ Ã(ÃBYres5b_branch2c/Conv2D = Conv2D(res5b_branch2b_relu/Relu, res5b_branch2c/kernel/read_S148)HİÆ¦ñºƒPÀ
bn5b_branch2c/FusedBatchNormV3 É¦ñºƒ @(@B…bn5b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res5b_branch2c/Conv2D, bn5b_branch2c/gamma/read_S149, bn5b_branch2c/beta/read_S150)H É¦ñºƒPg
	res5b/addàÉ¦ñºƒ ?(?BBres5b/add = AddV2(bn5b_branch2c/FusedBatchNormV3, res5a_relu/Relu)HàÉ¦ñºƒPL
res5b_relu/ReluŸÊ¦ñºƒ )()B!res5b_relu/Relu = Relu(res5b/add)HŸÊ¦ñºƒPƒ
res5c_branch2a/Conv2Dœâ¦ñºƒ å(åBPres5c_branch2a/Conv2D = Conv2D(res5b_relu/Relu, res5c_branch2a/kernel/read_S151)Hœâ¦ñºƒPÀ
bn5c_branch2a/FusedBatchNormV3Ó §ñºƒ (B…bn5c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res5c_branch2a/Conv2D, bn5c_branch2a/gamma/read_S152, bn5c_branch2a/beta/read_S153)HÓ §ñºƒPs
res5c_branch2a_relu/Relué §ñºƒ (B?res5c_branch2a_relu/Relu = Relu(bn5c_branch2a/FusedBatchNormV3)Hé §ñºƒPŒ
res5c_branch2b/Conv2Dú §ñºƒ †(†BYres5c_branch2b/Conv2D = Conv2D(res5c_branch2a_relu/Relu, res5c_branch2b/kernel/read_S154)Hú §ñºƒPÀ
bn5c_branch2b/FusedBatchNormV3º¼§ñºƒ (B…bn5c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res5c_branch2b/Conv2D, bn5c_branch2b/gamma/read_S155, bn5c_branch2b/beta/read_S156)Hº¼§ñºƒPs
res5c_branch2b_relu/ReluĞ¼§ñºƒ (B?res5c_branch2b_relu/Relu = Relu(bn5c_branch2b/FusedBatchNormV3)HĞ¼§ñºƒPŒ
res5c_branch2c/Conv2Dá¼§ñºƒ Ì(ÌBYres5c_branch2c/Conv2D = Conv2D(res5c_branch2b_relu/Relu, res5c_branch2c/kernel/read_S157)Há¼§ñºƒPÀ
bn5c_branch2c/FusedBatchNormV3­¿§ñºƒ @(@B…bn5c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res5c_branch2c/Conv2D, bn5c_branch2c/gamma/read_S158, bn5c_branch2c/beta/read_S159)H­¿§ñºƒPg
	res5c/addí¿§ñºƒ B(BBBres5c/add = AddV2(bn5c_branch2c/FusedBatchNormV3, res5b_relu/Relu)Hí¿§ñºƒPL
res5c_relu/Relu¯À§ñºƒ .(.B!res5c_relu/Relu = Relu(res5c/add)H¯À§ñºƒPN
avg_pool/MeanİÀ§ñºƒ (B%avg_pool/Mean = Mean(res5c_relu/Relu)HİÀ§ñºƒPg
fc1000/MatMulÛò§ñºƒ (B>fc1000/MatMul = MatMul(avg_pool/Mean, fc1000/kernel/read_S160)HÛò§ñºƒPh
fc1000/BiasAddğò§ñºƒ (B>fc1000/BiasAdd = BiasAdd(fc1000/MatMul, fc1000/bias/read_S161)Hğò§ñºƒP˜
"loss/SoftmaxCrossEntropyWithLogitsøò§ñºƒ 	(	BZloss/SoftmaxCrossEntropyWithLogits = SoftmaxCrossEntropyWithLogits(fc1000/BiasAdd, labels)Høò§ñºƒPƒ
gradients/fc1000/bias_gradó§ñºƒ (BMgradients/fc1000/bias_grad = BackpropGrad(loss/SoftmaxCrossEntropyWithLogits)Hó§ñºƒP
gradients/fc1000/kernel_gradˆó§ñºƒ 6(6BGgradients/fc1000/kernel_grad = BackpropGrad(gradients/fc1000/bias_grad)Hˆó§ñºƒP‹
!gradients/bn5c_branch2c/beta_grad¾ó§ñºƒ (BNgradients/bn5c_branch2c/beta_grad = BackpropGrad(gradients/fc1000/kernel_grad)H¾ó§ñºƒP”
"gradients/bn5c_branch2c/gamma_gradÙó§ñºƒ (BTgradients/bn5c_branch2c/gamma_grad = BackpropGrad(gradients/bn5c_branch2c/beta_grad)HÙó§ñºƒP™
$gradients/res5c_branch2c/kernel_gradçô§ñºƒ ¥(¥BWgradients/res5c_branch2c/kernel_grad = BackpropGrad(gradients/bn5c_branch2c/gamma_grad)Hçô§ñºƒP“
!gradients/bn5c_branch2b/beta_gradŒú§ñºƒ (BVgradients/bn5c_branch2b/beta_grad = BackpropGrad(gradients/res5c_branch2c/kernel_grad)HŒú§ñºƒP’
"gradients/bn5c_branch2b/gamma_grad˜ú§ñºƒ &(&BTgradients/bn5c_branch2b/gamma_grad = BackpropGrad(gradients/bn5c_branch2b/beta_grad)H˜ú§ñºƒP™
$gradients/res5c_branch2b/kernel_grad¾ú§ñºƒ ‘(‘BWgradients/res5c_branch2b/kernel_grad = BackpropGrad(gradients/bn5c_branch2b/gamma_grad)H¾ú§ñºƒP“
!gradients/bn5c_branch2a/beta_gradÏ…¨ñºƒ (BVgradients/bn5c_branch2a/beta_grad = BackpropGrad(gradients/res5c_branch2b/kernel_grad)HÏ…¨ñºƒP’
"gradients/bn5c_branch2a/gamma_gradÜ…¨ñºƒ &(&BTgradients/bn5c_branch2a/gamma_grad = BackpropGrad(gradients/bn5c_branch2a/beta_grad)HÜ…¨ñºƒP™
$gradients/res5c_branch2a/kernel_grad‚†¨ñºƒ ”(”BWgradients/res5c_branch2a/kernel_grad = BackpropGrad(gradients/bn5c_branch2a/gamma_grad)H‚†¨ñºƒP“
!gradients/bn5b_branch2c/beta_grad–‹¨ñºƒ (BVgradients/bn5b_branch2c/beta_grad = BackpropGrad(gradients/res5c_branch2a/kernel_grad)H–‹¨ñºƒP”
"gradients/bn5b_branch2c/gamma_grad°‹¨ñºƒ †(†BTgradients/bn5b_branch2c/gamma_grad = BackpropGrad(gradients/bn5b_branch2c/beta_grad)H°‹¨ñºƒP™
$gradients/res5b_branch2c/kernel_grad¶Œ¨ñºƒ  ( BWgradients/res5b_branch2c/kernel_grad = BackpropGrad(gradients/bn5b_branch2c/gamma_grad)H¶Œ¨ñºƒP“
!gradients/bn5b_branch2b/beta_gradÖ‘¨ñºƒ (BVgradients/bn5b_branch2b/beta_grad = BackpropGrad(gradients/res5b_branch2c/kernel_grad)HÖ‘¨ñºƒP’
"gradients/bn5b_branch2b/gamma_gradâ‘¨ñºƒ '('BTgradients/bn5b_branch2b/gamma_grad = BackpropGrad(gradients/bn5b_branch2b/beta_grad)Hâ‘¨ñºƒP™
$gradients/res5b_branch2b/kernel_grad‰’¨ñºƒ ²(²BWgradients/res5b_branch2b/kernel_grad = BackpropGrad(gradients/bn5b_branch2b/gamma_grad)H‰’¨ñºƒP“
!gradients/bn5b_branch2a/beta_grad»¨ñºƒ (BVgradients/bn5b_branch2a/beta_grad = BackpropGrad(gradients/res5b_branch2b/kernel_grad)H»¨ñºƒP’
"gradients/bn5b_branch2a/gamma_gradÈ¨ñºƒ (((BTgradients/bn5b_branch2a/gamma_grad = BackpropGrad(gradients/bn5b_branch2a/beta_grad)HÈ¨ñºƒP™
$gradients/res5b_branch2a/kernel_gradğ¨ñºƒ ë(ëBWgradients/res5b_branch2a/kernel_grad = BackpropGrad(gradients/bn5b_branch2a/gamma_grad)Hğ¨ñºƒP‘
 gradients/bn5a_branch1/beta_gradÛ¢¨ñºƒ (BUgradients/bn5a_branch1/beta_grad = BackpropGrad(gradients/res5b_branch2a/kernel_grad)HÛ¢¨ñºƒP
!gradients/bn5a_branch1/gamma_gradõ¢¨ñºƒ O(OBRgradients/bn5a_branch1/gamma_grad = BackpropGrad(gradients/bn5a_branch1/beta_grad)Hõ¢¨ñºƒP–
#gradients/res5a_branch1/kernel_gradÄ£¨ñºƒ „
(„
BUgradients/res5a_branch1/kernel_grad = BackpropGrad(gradients/bn5a_branch1/gamma_grad)HÄ£¨ñºƒP’
!gradients/bn5a_branch2c/beta_gradÈ­¨ñºƒ (BUgradients/bn5a_branch2c/beta_grad = BackpropGrad(gradients/res5a_branch1/kernel_grad)HÈ­¨ñºƒP”
"gradients/bn5a_branch2c/gamma_gradâ­¨ñºƒ ‰(‰BTgradients/bn5a_branch2c/gamma_grad = BackpropGrad(gradients/bn5a_branch2c/beta_grad)Hâ­¨ñºƒP™
$gradients/res5a_branch2c/kernel_gradë®¨ñºƒ ƒ(ƒBWgradients/res5a_branch2c/kernel_grad = BackpropGrad(gradients/bn5a_branch2c/gamma_grad)Hë®¨ñºƒP“
!gradients/bn5a_branch2b/beta_gradî³¨ñºƒ (BVgradients/bn5a_branch2b/beta_grad = BackpropGrad(gradients/res5a_branch2c/kernel_grad)Hî³¨ñºƒP’
"gradients/bn5a_branch2b/gamma_gradû³¨ñºƒ '('BTgradients/bn5a_branch2b/gamma_grad = BackpropGrad(gradients/bn5a_branch2b/beta_grad)Hû³¨ñºƒP™
$gradients/res5a_branch2b/kernel_grad¢´¨ñºƒ ‡(‡BWgradients/res5a_branch2b/kernel_grad = BackpropGrad(gradients/bn5a_branch2b/gamma_grad)H¢´¨ñºƒP“
!gradients/bn5a_branch2a/beta_grad©À¨ñºƒ (BVgradients/bn5a_branch2a/beta_grad = BackpropGrad(gradients/res5a_branch2b/kernel_grad)H©À¨ñºƒP”
"gradients/bn5a_branch2a/gamma_gradÄÀ¨ñºƒ (BTgradients/bn5a_branch2a/gamma_grad = BackpropGrad(gradients/bn5a_branch2a/beta_grad)HÄÀ¨ñºƒP™
$gradients/res5a_branch2a/kernel_gradÓÁ¨ñºƒ ç
(ç
BWgradients/res5a_branch2a/kernel_grad = BackpropGrad(gradients/bn5a_branch2a/gamma_grad)HÓÁ¨ñºƒP“
!gradients/bn4f_branch2c/beta_gradºÌ¨ñºƒ +(+BVgradients/bn4f_branch2c/beta_grad = BackpropGrad(gradients/res5a_branch2a/kernel_grad)HºÌ¨ñºƒP”
"gradients/bn4f_branch2c/gamma_gradåÌ¨ñºƒ ü(üBTgradients/bn4f_branch2c/gamma_grad = BackpropGrad(gradients/bn4f_branch2c/beta_grad)HåÌ¨ñºƒP™
$gradients/res4f_branch2c/kernel_gradáÎ¨ñºƒ Œ(ŒBWgradients/res4f_branch2c/kernel_grad = BackpropGrad(gradients/bn4f_branch2c/gamma_grad)HáÎ¨ñºƒP“
!gradients/bn4f_branch2b/beta_gradíÓ¨ñºƒ (BVgradients/bn4f_branch2b/beta_grad = BackpropGrad(gradients/res4f_branch2c/kernel_grad)HíÓ¨ñºƒP’
"gradients/bn4f_branch2b/gamma_gradşÓ¨ñºƒ H(HBTgradients/bn4f_branch2b/gamma_grad = BackpropGrad(gradients/bn4f_branch2b/beta_grad)HşÓ¨ñºƒP™
$gradients/res4f_branch2b/kernel_gradÆÔ¨ñºƒ —(—BWgradients/res4f_branch2b/kernel_grad = BackpropGrad(gradients/bn4f_branch2b/gamma_grad)HÆÔ¨ñºƒP“
!gradients/bn4f_branch2a/beta_gradİà¨ñºƒ (BVgradients/bn4f_branch2a/beta_grad = BackpropGrad(gradients/res4f_branch2b/kernel_grad)Hİà¨ñºƒP’
"gradients/bn4f_branch2a/gamma_gradîà¨ñºƒ F(FBTgradients/bn4f_branch2a/gamma_grad = BackpropGrad(gradients/bn4f_branch2a/beta_grad)Hîà¨ñºƒP™
$gradients/res4f_branch2a/kernel_grad´á¨ñºƒ —(—BWgradients/res4f_branch2a/kernel_grad = BackpropGrad(gradients/bn4f_branch2a/gamma_grad)H´á¨ñºƒP“
!gradients/bn4e_branch2c/beta_gradËæ¨ñºƒ ,(,BVgradients/bn4e_branch2c/beta_grad = BackpropGrad(gradients/res4f_branch2a/kernel_grad)HËæ¨ñºƒP”
"gradients/bn4e_branch2c/gamma_grad÷æ¨ñºƒ “(“BTgradients/bn4e_branch2c/gamma_grad = BackpropGrad(gradients/bn4e_branch2c/beta_grad)H÷æ¨ñºƒP™
$gradients/res4e_branch2c/kernel_gradŠé¨ñºƒ (BWgradients/res4e_branch2c/kernel_grad = BackpropGrad(gradients/bn4e_branch2c/gamma_grad)HŠé¨ñºƒP“
!gradients/bn4e_branch2b/beta_grad§î¨ñºƒ (BVgradients/bn4e_branch2b/beta_grad = BackpropGrad(gradients/res4e_branch2c/kernel_grad)H§î¨ñºƒP’
"gradients/bn4e_branch2b/gamma_grad¹î¨ñºƒ K(KBTgradients/bn4e_branch2b/gamma_grad = BackpropGrad(gradients/bn4e_branch2b/beta_grad)H¹î¨ñºƒP™
$gradients/res4e_branch2b/kernel_grad„ï¨ñºƒ °(°BWgradients/res4e_branch2b/kernel_grad = BackpropGrad(gradients/bn4e_branch2b/gamma_grad)H„ï¨ñºƒP“
!gradients/bn4e_branch2a/beta_grad´ú¨ñºƒ (BVgradients/bn4e_branch2a/beta_grad = BackpropGrad(gradients/res4e_branch2b/kernel_grad)H´ú¨ñºƒP’
"gradients/bn4e_branch2a/gamma_gradÆú¨ñºƒ D(DBTgradients/bn4e_branch2a/gamma_grad = BackpropGrad(gradients/bn4e_branch2a/beta_grad)HÆú¨ñºƒP™
$gradients/res4e_branch2a/kernel_gradŠû¨ñºƒ ¬(¬BWgradients/res4e_branch2a/kernel_grad = BackpropGrad(gradients/bn4e_branch2a/gamma_grad)HŠû¨ñºƒP“
!gradients/bn4d_branch2c/beta_grad¶€©ñºƒ -(-BVgradients/bn4d_branch2c/beta_grad = BackpropGrad(gradients/res4e_branch2a/kernel_grad)H¶€©ñºƒP”
"gradients/bn4d_branch2c/gamma_gradã€©ñºƒ ÿ(ÿBTgradients/bn4d_branch2c/gamma_grad = BackpropGrad(gradients/bn4d_branch2c/beta_grad)Hã€©ñºƒP™
$gradients/res4d_branch2c/kernel_gradâ‚©ñºƒ ¢(¢BWgradients/res4d_branch2c/kernel_grad = BackpropGrad(gradients/bn4d_branch2c/gamma_grad)Hâ‚©ñºƒP“
!gradients/bn4d_branch2b/beta_grad„ˆ©ñºƒ (BVgradients/bn4d_branch2b/beta_grad = BackpropGrad(gradients/res4d_branch2c/kernel_grad)H„ˆ©ñºƒP’
"gradients/bn4d_branch2b/gamma_grad•ˆ©ñºƒ B(BBTgradients/bn4d_branch2b/gamma_grad = BackpropGrad(gradients/bn4d_branch2b/beta_grad)H•ˆ©ñºƒP™
$gradients/res4d_branch2b/kernel_grad×ˆ©ñºƒ ¼(¼BWgradients/res4d_branch2b/kernel_grad = BackpropGrad(gradients/bn4d_branch2b/gamma_grad)H×ˆ©ñºƒP“
!gradients/bn4d_branch2a/beta_grad“”©ñºƒ (BVgradients/bn4d_branch2a/beta_grad = BackpropGrad(gradients/res4d_branch2b/kernel_grad)H“”©ñºƒP’
"gradients/bn4d_branch2a/gamma_grad¥”©ñºƒ I(IBTgradients/bn4d_branch2a/gamma_grad = BackpropGrad(gradients/bn4d_branch2a/beta_grad)H¥”©ñºƒP™
$gradients/res4d_branch2a/kernel_gradî”©ñºƒ œ(œBWgradients/res4d_branch2a/kernel_grad = BackpropGrad(gradients/bn4d_branch2a/gamma_grad)Hî”©ñºƒP“
!gradients/bn4c_branch2c/beta_gradŠš©ñºƒ -(-BVgradients/bn4c_branch2c/beta_grad = BackpropGrad(gradients/res4d_branch2a/kernel_grad)HŠš©ñºƒP”
"gradients/bn4c_branch2c/gamma_grad·š©ñºƒ ‘(‘BTgradients/bn4c_branch2c/gamma_grad = BackpropGrad(gradients/bn4c_branch2c/beta_grad)H·š©ñºƒP™
$gradients/res4c_branch2c/kernel_gradÈœ©ñºƒ ê(êBWgradients/res4c_branch2c/kernel_grad = BackpropGrad(gradients/bn4c_branch2c/gamma_grad)HÈœ©ñºƒP“
!gradients/bn4c_branch2b/beta_grad²¡©ñºƒ (BVgradients/bn4c_branch2b/beta_grad = BackpropGrad(gradients/res4c_branch2c/kernel_grad)H²¡©ñºƒP’
"gradients/bn4c_branch2b/gamma_gradÃ¡©ñºƒ G(GBTgradients/bn4c_branch2b/gamma_grad = BackpropGrad(gradients/bn4c_branch2b/beta_grad)HÃ¡©ñºƒP™
$gradients/res4c_branch2b/kernel_gradŠ¢©ñºƒ ¾(¾BWgradients/res4c_branch2b/kernel_grad = BackpropGrad(gradients/bn4c_branch2b/gamma_grad)HŠ¢©ñºƒP“
!gradients/bn4c_branch2a/beta_gradÈ­©ñºƒ (BVgradients/bn4c_branch2a/beta_grad = BackpropGrad(gradients/res4c_branch2b/kernel_grad)HÈ­©ñºƒP’
"gradients/bn4c_branch2a/gamma_gradÙ­©ñºƒ G(GBTgradients/bn4c_branch2a/gamma_grad = BackpropGrad(gradients/bn4c_branch2a/beta_grad)HÙ­©ñºƒP™
$gradients/res4c_branch2a/kernel_grad ®©ñºƒ †(†BWgradients/res4c_branch2a/kernel_grad = BackpropGrad(gradients/bn4c_branch2a/gamma_grad)H ®©ñºƒP“
!gradients/bn4b_branch2c/beta_grad¦³©ñºƒ ,(,BVgradients/bn4b_branch2c/beta_grad = BackpropGrad(gradients/res4c_branch2a/kernel_grad)H¦³©ñºƒP”
"gradients/bn4b_branch2c/gamma_gradÒ³©ñºƒ Œ(ŒBTgradients/bn4b_branch2c/gamma_grad = BackpropGrad(gradients/bn4b_branch2c/beta_grad)HÒ³©ñºƒP™
$gradients/res4b_branch2c/kernel_gradŞµ©ñºƒ (BWgradients/res4b_branch2c/kernel_grad = BackpropGrad(gradients/bn4b_branch2c/gamma_grad)HŞµ©ñºƒP“
!gradients/bn4b_branch2b/beta_gradëº©ñºƒ (BVgradients/bn4b_branch2b/beta_grad = BackpropGrad(gradients/res4b_branch2c/kernel_grad)Hëº©ñºƒP’
"gradients/bn4b_branch2b/gamma_gradüº©ñºƒ H(HBTgradients/bn4b_branch2b/gamma_grad = BackpropGrad(gradients/bn4b_branch2b/beta_grad)Hüº©ñºƒP™
$gradients/res4b_branch2b/kernel_gradÄ»©ñºƒ Œ(ŒBWgradients/res4b_branch2b/kernel_grad = BackpropGrad(gradients/bn4b_branch2b/gamma_grad)HÄ»©ñºƒP“
!gradients/bn4b_branch2a/beta_gradĞÇ©ñºƒ (BVgradients/bn4b_branch2a/beta_grad = BackpropGrad(gradients/res4b_branch2b/kernel_grad)HĞÇ©ñºƒP’
"gradients/bn4b_branch2a/gamma_gradáÇ©ñºƒ H(HBTgradients/bn4b_branch2a/gamma_grad = BackpropGrad(gradients/bn4b_branch2a/beta_grad)HáÇ©ñºƒP™
$gradients/res4b_branch2a/kernel_grad©È©ñºƒ ½(½BWgradients/res4b_branch2a/kernel_grad = BackpropGrad(gradients/bn4b_branch2a/gamma_grad)H©È©ñºƒP‘
 gradients/bn4a_branch1/beta_gradæÍ©ñºƒ ,(,BUgradients/bn4a_branch1/beta_grad = BackpropGrad(gradients/res4b_branch2a/kernel_grad)HæÍ©ñºƒP‘
!gradients/bn4a_branch1/gamma_grad’Î©ñºƒ ›(›BRgradients/bn4a_branch1/gamma_grad = BackpropGrad(gradients/bn4a_branch1/beta_grad)H’Î©ñºƒP–
#gradients/res4a_branch1/kernel_grad­Ï©ñºƒ œ
(œ
BUgradients/res4a_branch1/kernel_grad = BackpropGrad(gradients/bn4a_branch1/gamma_grad)H­Ï©ñºƒP’
!gradients/bn4a_branch2c/beta_gradÉÙ©ñºƒ ,(,BUgradients/bn4a_branch2c/beta_grad = BackpropGrad(gradients/res4a_branch1/kernel_grad)HÉÙ©ñºƒP”
"gradients/bn4a_branch2c/gamma_gradõÙ©ñºƒ (BTgradients/bn4a_branch2c/gamma_grad = BackpropGrad(gradients/bn4a_branch2c/beta_grad)HõÙ©ñºƒP™
$gradients/res4a_branch2c/kernel_gradöÛ©ñºƒ ¥(¥BWgradients/res4a_branch2c/kernel_grad = BackpropGrad(gradients/bn4a_branch2c/gamma_grad)HöÛ©ñºƒP“
!gradients/bn4a_branch2b/beta_grad›á©ñºƒ (BVgradients/bn4a_branch2b/beta_grad = BackpropGrad(gradients/res4a_branch2c/kernel_grad)H›á©ñºƒP’
"gradients/bn4a_branch2b/gamma_grad¬á©ñºƒ J(JBTgradients/bn4a_branch2b/gamma_grad = BackpropGrad(gradients/bn4a_branch2b/beta_grad)H¬á©ñºƒP™
$gradients/res4a_branch2b/kernel_gradöá©ñºƒ Ğ(ĞBWgradients/res4a_branch2b/kernel_grad = BackpropGrad(gradients/bn4a_branch2b/gamma_grad)Höá©ñºƒP“
!gradients/bn4a_branch2a/beta_gradÆí©ñºƒ -(-BVgradients/bn4a_branch2a/beta_grad = BackpropGrad(gradients/res4a_branch2b/kernel_grad)HÆí©ñºƒP”
"gradients/bn4a_branch2a/gamma_gradóí©ñºƒ ‚(‚BTgradients/bn4a_branch2a/gamma_grad = BackpropGrad(gradients/bn4a_branch2a/beta_grad)Hóí©ñºƒP™
$gradients/res4a_branch2a/kernel_gradõï©ñºƒ ³
(³
BWgradients/res4a_branch2a/kernel_grad = BackpropGrad(gradients/bn4a_branch2a/gamma_grad)Hõï©ñºƒP“
!gradients/bn3d_branch2c/beta_grad¨ú©ñºƒ Q(QBVgradients/bn3d_branch2c/beta_grad = BackpropGrad(gradients/res4a_branch2a/kernel_grad)H¨ú©ñºƒP”
"gradients/bn3d_branch2c/gamma_gradùú©ñºƒ Ÿ(ŸBTgradients/bn3d_branch2c/gamma_grad = BackpropGrad(gradients/bn3d_branch2c/beta_grad)Hùú©ñºƒP™
$gradients/res3d_branch2c/kernel_grad˜ÿ©ñºƒ (BWgradients/res3d_branch2c/kernel_grad = BackpropGrad(gradients/bn3d_branch2c/gamma_grad)H˜ÿ©ñºƒP“
!gradients/bn3d_branch2b/beta_grad™„ªñºƒ (BVgradients/bn3d_branch2b/beta_grad = BackpropGrad(gradients/res3d_branch2c/kernel_grad)H™„ªñºƒP”
"gradients/bn3d_branch2b/gamma_grad´„ªñºƒ (BTgradients/bn3d_branch2b/gamma_grad = BackpropGrad(gradients/bn3d_branch2b/beta_grad)H´„ªñºƒP™
$gradients/res3d_branch2b/kernel_gradÄ…ªñºƒ Ş(ŞBWgradients/res3d_branch2b/kernel_grad = BackpropGrad(gradients/bn3d_branch2b/gamma_grad)HÄ…ªñºƒP“
!gradients/bn3d_branch2a/beta_grad¢‘ªñºƒ (BVgradients/bn3d_branch2a/beta_grad = BackpropGrad(gradients/res3d_branch2b/kernel_grad)H¢‘ªñºƒP”
"gradients/bn3d_branch2a/gamma_grad»‘ªñºƒ (BTgradients/bn3d_branch2a/gamma_grad = BackpropGrad(gradients/bn3d_branch2a/beta_grad)H»‘ªñºƒP™
$gradients/res3d_branch2a/kernel_gradÈ’ªñºƒ ¨(¨BWgradients/res3d_branch2a/kernel_grad = BackpropGrad(gradients/bn3d_branch2a/gamma_grad)HÈ’ªñºƒP“
!gradients/bn3c_branch2c/beta_gradğ—ªñºƒ N(NBVgradients/bn3c_branch2c/beta_grad = BackpropGrad(gradients/res3d_branch2a/kernel_grad)Hğ—ªñºƒP”
"gradients/bn3c_branch2c/gamma_grad¾˜ªñºƒ «(«BTgradients/bn3c_branch2c/gamma_grad = BackpropGrad(gradients/bn3c_branch2c/beta_grad)H¾˜ªñºƒP™
$gradients/res3c_branch2c/kernel_gradéœªñºƒ ¢(¢BWgradients/res3c_branch2c/kernel_grad = BackpropGrad(gradients/bn3c_branch2c/gamma_grad)HéœªñºƒP“
!gradients/bn3c_branch2b/beta_grad‹¢ªñºƒ (BVgradients/bn3c_branch2b/beta_grad = BackpropGrad(gradients/res3c_branch2c/kernel_grad)H‹¢ªñºƒP”
"gradients/bn3c_branch2b/gamma_grad¤¢ªñºƒ ‘(‘BTgradients/bn3c_branch2b/gamma_grad = BackpropGrad(gradients/bn3c_branch2b/beta_grad)H¤¢ªñºƒP™
$gradients/res3c_branch2b/kernel_gradµ£ªñºƒ Ö(ÖBWgradients/res3c_branch2b/kernel_grad = BackpropGrad(gradients/bn3c_branch2b/gamma_grad)Hµ£ªñºƒP“
!gradients/bn3c_branch2a/beta_grad‹¯ªñºƒ (BVgradients/bn3c_branch2a/beta_grad = BackpropGrad(gradients/res3c_branch2b/kernel_grad)H‹¯ªñºƒP”
"gradients/bn3c_branch2a/gamma_grad¤¯ªñºƒ ‰(‰BTgradients/bn3c_branch2a/gamma_grad = BackpropGrad(gradients/bn3c_branch2a/beta_grad)H¤¯ªñºƒP™
$gradients/res3c_branch2a/kernel_grad­°ªñºƒ ™(™BWgradients/res3c_branch2a/kernel_grad = BackpropGrad(gradients/bn3c_branch2a/gamma_grad)H­°ªñºƒP“
!gradients/bn3b_branch2c/beta_gradÆµªñºƒ R(RBVgradients/bn3b_branch2c/beta_grad = BackpropGrad(gradients/res3c_branch2a/kernel_grad)HÆµªñºƒP”
"gradients/bn3b_branch2c/gamma_grad˜¶ªñºƒ š(šBTgradients/bn3b_branch2c/gamma_grad = BackpropGrad(gradients/bn3b_branch2c/beta_grad)H˜¶ªñºƒP™
$gradients/res3b_branch2c/kernel_grad²ºªñºƒ š(šBWgradients/res3b_branch2c/kernel_grad = BackpropGrad(gradients/bn3b_branch2c/gamma_grad)H²ºªñºƒP“
!gradients/bn3b_branch2b/beta_gradÌ¿ªñºƒ (BVgradients/bn3b_branch2b/beta_grad = BackpropGrad(gradients/res3b_branch2c/kernel_grad)HÌ¿ªñºƒP”
"gradients/bn3b_branch2b/gamma_gradæ¿ªñºƒ ˆ(ˆBTgradients/bn3b_branch2b/gamma_grad = BackpropGrad(gradients/bn3b_branch2b/beta_grad)Hæ¿ªñºƒP™
$gradients/res3b_branch2b/kernel_gradîÀªñºƒ Ù(ÙBWgradients/res3b_branch2b/kernel_grad = BackpropGrad(gradients/bn3b_branch2b/gamma_grad)HîÀªñºƒP“
!gradients/bn3b_branch2a/beta_gradÇÌªñºƒ (BVgradients/bn3b_branch2a/beta_grad = BackpropGrad(gradients/res3b_branch2b/kernel_grad)HÇÌªñºƒP”
"gradients/bn3b_branch2a/gamma_gradàÌªñºƒ ˆ(ˆBTgradients/bn3b_branch2a/gamma_grad = BackpropGrad(gradients/bn3b_branch2a/beta_grad)HàÌªñºƒP™
$gradients/res3b_branch2a/kernel_gradèÍªñºƒ Å(ÅBWgradients/res3b_branch2a/kernel_grad = BackpropGrad(gradients/bn3b_branch2a/gamma_grad)HèÍªñºƒP‘
 gradients/bn3a_branch1/beta_grad­Óªñºƒ Q(QBUgradients/bn3a_branch1/beta_grad = BackpropGrad(gradients/res3b_branch2a/kernel_grad)H­ÓªñºƒP‘
!gradients/bn3a_branch1/gamma_gradşÓªñºƒ œ(œBRgradients/bn3a_branch1/gamma_grad = BackpropGrad(gradients/bn3a_branch1/beta_grad)HşÓªñºƒP–
#gradients/res3a_branch1/kernel_gradšÖªñºƒ 
(
BUgradients/res3a_branch1/kernel_grad = BackpropGrad(gradients/bn3a_branch1/gamma_grad)HšÖªñºƒP’
!gradients/bn3a_branch2c/beta_grad·àªñºƒ Q(QBUgradients/bn3a_branch2c/beta_grad = BackpropGrad(gradients/res3a_branch1/kernel_grad)H·àªñºƒP”
"gradients/bn3a_branch2c/gamma_gradˆáªñºƒ ”(”BTgradients/bn3a_branch2c/gamma_grad = BackpropGrad(gradients/bn3a_branch2c/beta_grad)HˆáªñºƒP™
$gradients/res3a_branch2c/kernel_gradœåªñºƒ ›(›BWgradients/res3a_branch2c/kernel_grad = BackpropGrad(gradients/bn3a_branch2c/gamma_grad)HœåªñºƒP“
!gradients/bn3a_branch2b/beta_grad·êªñºƒ (BVgradients/bn3a_branch2b/beta_grad = BackpropGrad(gradients/res3a_branch2c/kernel_grad)H·êªñºƒP”
"gradients/bn3a_branch2b/gamma_gradÓêªñºƒ ‡(‡BTgradients/bn3a_branch2b/gamma_grad = BackpropGrad(gradients/bn3a_branch2b/beta_grad)HÓêªñºƒP™
$gradients/res3a_branch2b/kernel_gradÚëªñºƒ ß(ßBWgradients/res3a_branch2b/kernel_grad = BackpropGrad(gradients/bn3a_branch2b/gamma_grad)HÚëªñºƒP“
!gradients/bn3a_branch2a/beta_grad¹÷ªñºƒ Q(QBVgradients/bn3a_branch2a/beta_grad = BackpropGrad(gradients/res3a_branch2b/kernel_grad)H¹÷ªñºƒP”
"gradients/bn3a_branch2a/gamma_gradŠøªñºƒ î(îBTgradients/bn3a_branch2a/gamma_grad = BackpropGrad(gradients/bn3a_branch2a/beta_grad)HŠøªñºƒP™
$gradients/res3a_branch2a/kernel_gradøûªñºƒ À
(À
BWgradients/res3a_branch2a/kernel_grad = BackpropGrad(gradients/bn3a_branch2a/gamma_grad)HøûªñºƒP•
!gradients/bn2c_branch2c/beta_grad¸†«ñºƒ •(•BVgradients/bn2c_branch2c/beta_grad = BackpropGrad(gradients/res3a_branch2a/kernel_grad)H¸†«ñºƒP”
"gradients/bn2c_branch2c/gamma_gradÍ‡«ñºƒ (BTgradients/bn2c_branch2c/gamma_grad = BackpropGrad(gradients/bn2c_branch2c/beta_grad)HÍ‡«ñºƒP™
$gradients/res2c_branch2c/kernel_gradÎ«ñºƒ —(—BWgradients/res2c_branch2c/kernel_grad = BackpropGrad(gradients/bn2c_branch2c/gamma_grad)HÎ«ñºƒP“
!gradients/bn2c_branch2b/beta_gradå”«ñºƒ ,(,BVgradients/bn2c_branch2b/beta_grad = BackpropGrad(gradients/res2c_branch2c/kernel_grad)Hå”«ñºƒP”
"gradients/bn2c_branch2b/gamma_grad‘•«ñºƒ ÿ(ÿBTgradients/bn2c_branch2b/gamma_grad = BackpropGrad(gradients/bn2c_branch2b/beta_grad)H‘•«ñºƒP™
$gradients/res2c_branch2b/kernel_grad—«ñºƒ Î(ÎBWgradients/res2c_branch2b/kernel_grad = BackpropGrad(gradients/bn2c_branch2b/gamma_grad)H—«ñºƒP“
!gradients/bn2c_branch2a/beta_gradŞ¢«ñºƒ -(-BVgradients/bn2c_branch2a/beta_grad = BackpropGrad(gradients/res2c_branch2b/kernel_grad)HŞ¢«ñºƒP”
"gradients/bn2c_branch2a/gamma_grad‹£«ñºƒ ‰(‰BTgradients/bn2c_branch2a/gamma_grad = BackpropGrad(gradients/bn2c_branch2a/beta_grad)H‹£«ñºƒP™
$gradients/res2c_branch2a/kernel_grad”¥«ñºƒ ±(±BWgradients/res2c_branch2a/kernel_grad = BackpropGrad(gradients/bn2c_branch2a/gamma_grad)H”¥«ñºƒP•
!gradients/bn2b_branch2c/beta_gradÅª«ñºƒ ›(›BVgradients/bn2b_branch2c/beta_grad = BackpropGrad(gradients/res2c_branch2a/kernel_grad)HÅª«ñºƒP”
"gradients/bn2b_branch2c/gamma_gradà««ñºƒ (BTgradients/bn2b_branch2c/gamma_grad = BackpropGrad(gradients/bn2b_branch2c/beta_grad)Hà««ñºƒP™
$gradients/res2b_branch2c/kernel_gradğ³«ñºƒ (BWgradients/res2b_branch2c/kernel_grad = BackpropGrad(gradients/bn2b_branch2c/gamma_grad)Hğ³«ñºƒP“
!gradients/bn2b_branch2b/beta_grad¹«ñºƒ -(-BVgradients/bn2b_branch2b/beta_grad = BackpropGrad(gradients/res2b_branch2c/kernel_grad)H¹«ñºƒP”
"gradients/bn2b_branch2b/gamma_grad»¹«ñºƒ ÿ(ÿBTgradients/bn2b_branch2b/gamma_grad = BackpropGrad(gradients/bn2b_branch2b/beta_grad)H»¹«ñºƒP™
$gradients/res2b_branch2b/kernel_gradº»«ñºƒ µ(µBWgradients/res2b_branch2b/kernel_grad = BackpropGrad(gradients/bn2b_branch2b/gamma_grad)Hº»«ñºƒP“
!gradients/bn2b_branch2a/beta_gradïÆ«ñºƒ +(+BVgradients/bn2b_branch2a/beta_grad = BackpropGrad(gradients/res2b_branch2b/kernel_grad)HïÆ«ñºƒP”
"gradients/bn2b_branch2a/gamma_gradšÇ«ñºƒ ‡(‡BTgradients/bn2b_branch2a/gamma_grad = BackpropGrad(gradients/bn2b_branch2a/beta_grad)HšÇ«ñºƒP™
$gradients/res2b_branch2a/kernel_grad¡É«ñºƒ  ( BWgradients/res2b_branch2a/kernel_grad = BackpropGrad(gradients/bn2b_branch2a/gamma_grad)H¡É«ñºƒP“
 gradients/bn2a_branch1/beta_gradÁÎ«ñºƒ  ( BUgradients/bn2a_branch1/beta_grad = BackpropGrad(gradients/res2b_branch2a/kernel_grad)HÁÎ«ñºƒP‘
!gradients/bn2a_branch1/gamma_gradáÏ«ñºƒ Ë(ËBRgradients/bn2a_branch1/gamma_grad = BackpropGrad(gradients/bn2a_branch1/beta_grad)HáÏ«ñºƒP–
#gradients/res2a_branch1/kernel_grad¬Ô«ñºƒ ’(’BUgradients/res2a_branch1/kernel_grad = BackpropGrad(gradients/bn2a_branch1/gamma_grad)H¬Ô«ñºƒP”
!gradients/bn2a_branch2c/beta_grad¾Ù«ñºƒ —(—BUgradients/bn2a_branch2c/beta_grad = BackpropGrad(gradients/res2a_branch1/kernel_grad)H¾Ù«ñºƒP”
"gradients/bn2a_branch2c/gamma_gradÕÚ«ñºƒ ñ(ñBTgradients/bn2a_branch2c/gamma_grad = BackpropGrad(gradients/bn2a_branch2c/beta_grad)HÕÚ«ñºƒP™
$gradients/res2a_branch2c/kernel_gradÆâ«ñºƒ –(–BWgradients/res2a_branch2c/kernel_grad = BackpropGrad(gradients/bn2a_branch2c/gamma_grad)HÆâ«ñºƒP“
!gradients/bn2a_branch2b/beta_gradÜç«ñºƒ -(-BVgradients/bn2a_branch2b/beta_grad = BackpropGrad(gradients/res2a_branch2c/kernel_grad)HÜç«ñºƒP”
"gradients/bn2a_branch2b/gamma_grad‰è«ñºƒ †(†BTgradients/bn2a_branch2b/gamma_grad = BackpropGrad(gradients/bn2a_branch2b/beta_grad)H‰è«ñºƒP™
$gradients/res2a_branch2b/kernel_gradê«ñºƒ Õ(ÕBWgradients/res2a_branch2b/kernel_grad = BackpropGrad(gradients/bn2a_branch2b/gamma_grad)Hê«ñºƒP“
!gradients/bn2a_branch2a/beta_gradäõ«ñºƒ 0(0BVgradients/bn2a_branch2a/beta_grad = BackpropGrad(gradients/res2a_branch2b/kernel_grad)Häõ«ñºƒP”
"gradients/bn2a_branch2a/gamma_grad”ö«ñºƒ ˆ(ˆBTgradients/bn2a_branch2a/gamma_grad = BackpropGrad(gradients/bn2a_branch2a/beta_grad)H”ö«ñºƒP™
$gradients/res2a_branch2a/kernel_gradœø«ñºƒ ¬(¬BWgradients/res2a_branch2a/kernel_grad = BackpropGrad(gradients/bn2a_branch2a/gamma_grad)Hœø«ñºƒP‹
gradients/bn_conv1/beta_gradÈù«ñºƒ —(—BQgradients/bn_conv1/beta_grad = BackpropGrad(gradients/res2a_branch2a/kernel_grad)HÈù«ñºƒP…
gradients/bn_conv1/gamma_gradßú«ñºƒ Û
(Û
BJgradients/bn_conv1/gamma_grad = BackpropGrad(gradients/bn_conv1/beta_grad)Hßú«ñºƒP‚
gradients/conv1/kernel_gradº…¬ñºƒ ú(úBIgradients/conv1/kernel_grad = BackpropGrad(gradients/bn_conv1/gamma_grad)Hº…¬ñºƒP
¸ 
%/job:ps/replica:0/task:0/device:CPU:0W
conv1/kernel/readôÍ¢ñºƒ (B*conv1/kernel/read = Identity(conv1/kernel)HôÍ¢ñºƒP]
bn_conv1/gamma/read÷Í¢ñºƒ (B.bn_conv1/gamma/read = Identity(bn_conv1/gamma)H÷Í¢ñºƒPZ
bn_conv1/beta/readúÍ¢ñºƒ (B,bn_conv1/beta/read = Identity(bn_conv1/beta)HúÍ¢ñºƒPr
res2a_branch2a/kernel/readıÍ¢ñºƒ (B<res2a_branch2a/kernel/read = Identity(res2a_branch2a/kernel)HıÍ¢ñºƒPl
bn2a_branch2a/gamma/read€Î¢ñºƒ (B8bn2a_branch2a/gamma/read = Identity(bn2a_branch2a/gamma)H€Î¢ñºƒPi
bn2a_branch2a/beta/readƒÎ¢ñºƒ (B6bn2a_branch2a/beta/read = Identity(bn2a_branch2a/beta)HƒÎ¢ñºƒPr
res2a_branch2b/kernel/read†Î¢ñºƒ (B<res2a_branch2b/kernel/read = Identity(res2a_branch2b/kernel)H†Î¢ñºƒPl
bn2a_branch2b/gamma/read‰Î¢ñºƒ (B8bn2a_branch2b/gamma/read = Identity(bn2a_branch2b/gamma)H‰Î¢ñºƒPi
bn2a_branch2b/beta/readŒÎ¢ñºƒ (B6bn2a_branch2b/beta/read = Identity(bn2a_branch2b/beta)HŒÎ¢ñºƒPr
res2a_branch2c/kernel/readÎ¢ñºƒ (B<res2a_branch2c/kernel/read = Identity(res2a_branch2c/kernel)HÎ¢ñºƒPl
bn2a_branch2c/gamma/read’Î¢ñºƒ (B8bn2a_branch2c/gamma/read = Identity(bn2a_branch2c/gamma)H’Î¢ñºƒPi
bn2a_branch2c/beta/read•Î¢ñºƒ (B6bn2a_branch2c/beta/read = Identity(bn2a_branch2c/beta)H•Î¢ñºƒPo
res2a_branch1/kernel/read˜Î¢ñºƒ (B:res2a_branch1/kernel/read = Identity(res2a_branch1/kernel)H˜Î¢ñºƒPi
bn2a_branch1/gamma/read›Î¢ñºƒ (B6bn2a_branch1/gamma/read = Identity(bn2a_branch1/gamma)H›Î¢ñºƒPf
bn2a_branch1/beta/readÎ¢ñºƒ (B4bn2a_branch1/beta/read = Identity(bn2a_branch1/beta)HÎ¢ñºƒPr
res2b_branch2a/kernel/read¡Î¢ñºƒ (B<res2b_branch2a/kernel/read = Identity(res2b_branch2a/kernel)H¡Î¢ñºƒPl
bn2b_branch2a/gamma/read¤Î¢ñºƒ (B8bn2b_branch2a/gamma/read = Identity(bn2b_branch2a/gamma)H¤Î¢ñºƒPi
bn2b_branch2a/beta/read§Î¢ñºƒ (B6bn2b_branch2a/beta/read = Identity(bn2b_branch2a/beta)H§Î¢ñºƒPr
res2b_branch2b/kernel/readªÎ¢ñºƒ (B<res2b_branch2b/kernel/read = Identity(res2b_branch2b/kernel)HªÎ¢ñºƒPl
bn2b_branch2b/gamma/read­Î¢ñºƒ (B8bn2b_branch2b/gamma/read = Identity(bn2b_branch2b/gamma)H­Î¢ñºƒPi
bn2b_branch2b/beta/read°Î¢ñºƒ (B6bn2b_branch2b/beta/read = Identity(bn2b_branch2b/beta)H°Î¢ñºƒPr
res2b_branch2c/kernel/read³Î¢ñºƒ (B<res2b_branch2c/kernel/read = Identity(res2b_branch2c/kernel)H³Î¢ñºƒPl
bn2b_branch2c/gamma/read¶Î¢ñºƒ (B8bn2b_branch2c/gamma/read = Identity(bn2b_branch2c/gamma)H¶Î¢ñºƒPi
bn2b_branch2c/beta/read¹Î¢ñºƒ (B6bn2b_branch2c/beta/read = Identity(bn2b_branch2c/beta)H¹Î¢ñºƒPr
res2c_branch2a/kernel/read¼Î¢ñºƒ (B<res2c_branch2a/kernel/read = Identity(res2c_branch2a/kernel)H¼Î¢ñºƒPl
bn2c_branch2a/gamma/read¿Î¢ñºƒ (B8bn2c_branch2a/gamma/read = Identity(bn2c_branch2a/gamma)H¿Î¢ñºƒPi
bn2c_branch2a/beta/readÂÎ¢ñºƒ (B6bn2c_branch2a/beta/read = Identity(bn2c_branch2a/beta)HÂÎ¢ñºƒPr
res2c_branch2b/kernel/readÅÎ¢ñºƒ (B<res2c_branch2b/kernel/read = Identity(res2c_branch2b/kernel)HÅÎ¢ñºƒPl
bn2c_branch2b/gamma/readÈÎ¢ñºƒ (B8bn2c_branch2b/gamma/read = Identity(bn2c_branch2b/gamma)HÈÎ¢ñºƒPi
bn2c_branch2b/beta/readËÎ¢ñºƒ (B6bn2c_branch2b/beta/read = Identity(bn2c_branch2b/beta)HËÎ¢ñºƒPr
res2c_branch2c/kernel/readÎÎ¢ñºƒ (B<res2c_branch2c/kernel/read = Identity(res2c_branch2c/kernel)HÎÎ¢ñºƒPl
bn2c_branch2c/gamma/readÑÎ¢ñºƒ (B8bn2c_branch2c/gamma/read = Identity(bn2c_branch2c/gamma)HÑÎ¢ñºƒPi
bn2c_branch2c/beta/readÔÎ¢ñºƒ (B6bn2c_branch2c/beta/read = Identity(bn2c_branch2c/beta)HÔÎ¢ñºƒPr
res3a_branch2a/kernel/read×Î¢ñºƒ (B<res3a_branch2a/kernel/read = Identity(res3a_branch2a/kernel)H×Î¢ñºƒPl
bn3a_branch2a/gamma/readÚÎ¢ñºƒ (B8bn3a_branch2a/gamma/read = Identity(bn3a_branch2a/gamma)HÚÎ¢ñºƒPi
bn3a_branch2a/beta/readİÎ¢ñºƒ (B6bn3a_branch2a/beta/read = Identity(bn3a_branch2a/beta)HİÎ¢ñºƒPr
res3a_branch2b/kernel/readàÎ¢ñºƒ (B<res3a_branch2b/kernel/read = Identity(res3a_branch2b/kernel)HàÎ¢ñºƒPl
bn3a_branch2b/gamma/readãÎ¢ñºƒ (B8bn3a_branch2b/gamma/read = Identity(bn3a_branch2b/gamma)HãÎ¢ñºƒPi
bn3a_branch2b/beta/readæÎ¢ñºƒ (B6bn3a_branch2b/beta/read = Identity(bn3a_branch2b/beta)HæÎ¢ñºƒPr
res3a_branch2c/kernel/readéÎ¢ñºƒ (B<res3a_branch2c/kernel/read = Identity(res3a_branch2c/kernel)HéÎ¢ñºƒPl
bn3a_branch2c/gamma/readìÎ¢ñºƒ (B8bn3a_branch2c/gamma/read = Identity(bn3a_branch2c/gamma)HìÎ¢ñºƒPi
bn3a_branch2c/beta/readïÎ¢ñºƒ (B6bn3a_branch2c/beta/read = Identity(bn3a_branch2c/beta)HïÎ¢ñºƒPo
res3a_branch1/kernel/readòÎ¢ñºƒ (B:res3a_branch1/kernel/read = Identity(res3a_branch1/kernel)HòÎ¢ñºƒPi
bn3a_branch1/gamma/readõÎ¢ñºƒ (B6bn3a_branch1/gamma/read = Identity(bn3a_branch1/gamma)HõÎ¢ñºƒPf
bn3a_branch1/beta/readøÎ¢ñºƒ (B4bn3a_branch1/beta/read = Identity(bn3a_branch1/beta)HøÎ¢ñºƒPr
res3b_branch2a/kernel/readûÎ¢ñºƒ (B<res3b_branch2a/kernel/read = Identity(res3b_branch2a/kernel)HûÎ¢ñºƒPl
bn3b_branch2a/gamma/readÿÎ¢ñºƒ (B8bn3b_branch2a/gamma/read = Identity(bn3b_branch2a/gamma)HÿÎ¢ñºƒPi
bn3b_branch2a/beta/read‚Ï¢ñºƒ (B6bn3b_branch2a/beta/read = Identity(bn3b_branch2a/beta)H‚Ï¢ñºƒPr
res3b_branch2b/kernel/read…Ï¢ñºƒ (B<res3b_branch2b/kernel/read = Identity(res3b_branch2b/kernel)H…Ï¢ñºƒPl
bn3b_branch2b/gamma/readˆÏ¢ñºƒ (B8bn3b_branch2b/gamma/read = Identity(bn3b_branch2b/gamma)HˆÏ¢ñºƒPi
bn3b_branch2b/beta/read‹Ï¢ñºƒ (B6bn3b_branch2b/beta/read = Identity(bn3b_branch2b/beta)H‹Ï¢ñºƒPr
res3b_branch2c/kernel/readÏ¢ñºƒ (B<res3b_branch2c/kernel/read = Identity(res3b_branch2c/kernel)HÏ¢ñºƒPl
bn3b_branch2c/gamma/read‘Ï¢ñºƒ (B8bn3b_branch2c/gamma/read = Identity(bn3b_branch2c/gamma)H‘Ï¢ñºƒPi
bn3b_branch2c/beta/read”Ï¢ñºƒ (B6bn3b_branch2c/beta/read = Identity(bn3b_branch2c/beta)H”Ï¢ñºƒPr
res3c_branch2a/kernel/read—Ï¢ñºƒ (B<res3c_branch2a/kernel/read = Identity(res3c_branch2a/kernel)H—Ï¢ñºƒPl
bn3c_branch2a/gamma/readšÏ¢ñºƒ (B8bn3c_branch2a/gamma/read = Identity(bn3c_branch2a/gamma)HšÏ¢ñºƒPi
bn3c_branch2a/beta/readÏ¢ñºƒ (B6bn3c_branch2a/beta/read = Identity(bn3c_branch2a/beta)HÏ¢ñºƒPr
res3c_branch2b/kernel/read Ï¢ñºƒ (B<res3c_branch2b/kernel/read = Identity(res3c_branch2b/kernel)H Ï¢ñºƒPl
bn3c_branch2b/gamma/read£Ï¢ñºƒ (B8bn3c_branch2b/gamma/read = Identity(bn3c_branch2b/gamma)H£Ï¢ñºƒPi
bn3c_branch2b/beta/read¦Ï¢ñºƒ (B6bn3c_branch2b/beta/read = Identity(bn3c_branch2b/beta)H¦Ï¢ñºƒPr
res3c_branch2c/kernel/read©Ï¢ñºƒ (B<res3c_branch2c/kernel/read = Identity(res3c_branch2c/kernel)H©Ï¢ñºƒPl
bn3c_branch2c/gamma/read¬Ï¢ñºƒ (B8bn3c_branch2c/gamma/read = Identity(bn3c_branch2c/gamma)H¬Ï¢ñºƒPi
bn3c_branch2c/beta/read°Ï¢ñºƒ (B6bn3c_branch2c/beta/read = Identity(bn3c_branch2c/beta)H°Ï¢ñºƒPr
res3d_branch2a/kernel/read³Ï¢ñºƒ (B<res3d_branch2a/kernel/read = Identity(res3d_branch2a/kernel)H³Ï¢ñºƒPl
bn3d_branch2a/gamma/read¶Ï¢ñºƒ (B8bn3d_branch2a/gamma/read = Identity(bn3d_branch2a/gamma)H¶Ï¢ñºƒPi
bn3d_branch2a/beta/read¹Ï¢ñºƒ (B6bn3d_branch2a/beta/read = Identity(bn3d_branch2a/beta)H¹Ï¢ñºƒPr
res3d_branch2b/kernel/read¼Ï¢ñºƒ (B<res3d_branch2b/kernel/read = Identity(res3d_branch2b/kernel)H¼Ï¢ñºƒPl
bn3d_branch2b/gamma/read¿Ï¢ñºƒ (B8bn3d_branch2b/gamma/read = Identity(bn3d_branch2b/gamma)H¿Ï¢ñºƒPi
bn3d_branch2b/beta/readÂÏ¢ñºƒ (B6bn3d_branch2b/beta/read = Identity(bn3d_branch2b/beta)HÂÏ¢ñºƒPr
res3d_branch2c/kernel/readÅÏ¢ñºƒ (B<res3d_branch2c/kernel/read = Identity(res3d_branch2c/kernel)HÅÏ¢ñºƒPl
bn3d_branch2c/gamma/readÈÏ¢ñºƒ (B8bn3d_branch2c/gamma/read = Identity(bn3d_branch2c/gamma)HÈÏ¢ñºƒPi
bn3d_branch2c/beta/readËÏ¢ñºƒ (B6bn3d_branch2c/beta/read = Identity(bn3d_branch2c/beta)HËÏ¢ñºƒPr
res4a_branch2a/kernel/readÎÏ¢ñºƒ (B<res4a_branch2a/kernel/read = Identity(res4a_branch2a/kernel)HÎÏ¢ñºƒPl
bn4a_branch2a/gamma/readÑÏ¢ñºƒ (B8bn4a_branch2a/gamma/read = Identity(bn4a_branch2a/gamma)HÑÏ¢ñºƒPi
bn4a_branch2a/beta/readÔÏ¢ñºƒ (B6bn4a_branch2a/beta/read = Identity(bn4a_branch2a/beta)HÔÏ¢ñºƒPr
res4a_branch2b/kernel/read×Ï¢ñºƒ (B<res4a_branch2b/kernel/read = Identity(res4a_branch2b/kernel)H×Ï¢ñºƒPl
bn4a_branch2b/gamma/readÚÏ¢ñºƒ (B8bn4a_branch2b/gamma/read = Identity(bn4a_branch2b/gamma)HÚÏ¢ñºƒPi
bn4a_branch2b/beta/readİÏ¢ñºƒ (B6bn4a_branch2b/beta/read = Identity(bn4a_branch2b/beta)HİÏ¢ñºƒPr
res4a_branch2c/kernel/readàÏ¢ñºƒ (B<res4a_branch2c/kernel/read = Identity(res4a_branch2c/kernel)HàÏ¢ñºƒPl
bn4a_branch2c/gamma/readãÏ¢ñºƒ (B8bn4a_branch2c/gamma/read = Identity(bn4a_branch2c/gamma)HãÏ¢ñºƒPi
bn4a_branch2c/beta/readæÏ¢ñºƒ (B6bn4a_branch2c/beta/read = Identity(bn4a_branch2c/beta)HæÏ¢ñºƒPo
res4a_branch1/kernel/readéÏ¢ñºƒ (B:res4a_branch1/kernel/read = Identity(res4a_branch1/kernel)HéÏ¢ñºƒPi
bn4a_branch1/gamma/readìÏ¢ñºƒ (B6bn4a_branch1/gamma/read = Identity(bn4a_branch1/gamma)HìÏ¢ñºƒPf
bn4a_branch1/beta/readïÏ¢ñºƒ (B4bn4a_branch1/beta/read = Identity(bn4a_branch1/beta)HïÏ¢ñºƒPr
res4b_branch2a/kernel/readòÏ¢ñºƒ (B<res4b_branch2a/kernel/read = Identity(res4b_branch2a/kernel)HòÏ¢ñºƒPl
bn4b_branch2a/gamma/readõÏ¢ñºƒ (B8bn4b_branch2a/gamma/read = Identity(bn4b_branch2a/gamma)HõÏ¢ñºƒPi
bn4b_branch2a/beta/readøÏ¢ñºƒ (B6bn4b_branch2a/beta/read = Identity(bn4b_branch2a/beta)HøÏ¢ñºƒPr
res4b_branch2b/kernel/readûÏ¢ñºƒ (B<res4b_branch2b/kernel/read = Identity(res4b_branch2b/kernel)HûÏ¢ñºƒPl
bn4b_branch2b/gamma/readşÏ¢ñºƒ (B8bn4b_branch2b/gamma/read = Identity(bn4b_branch2b/gamma)HşÏ¢ñºƒPi
bn4b_branch2b/beta/readĞ¢ñºƒ (B6bn4b_branch2b/beta/read = Identity(bn4b_branch2b/beta)HĞ¢ñºƒPr
res4b_branch2c/kernel/read„Ğ¢ñºƒ (B<res4b_branch2c/kernel/read = Identity(res4b_branch2c/kernel)H„Ğ¢ñºƒPl
bn4b_branch2c/gamma/read‡Ğ¢ñºƒ (B8bn4b_branch2c/gamma/read = Identity(bn4b_branch2c/gamma)H‡Ğ¢ñºƒPi
bn4b_branch2c/beta/readŠĞ¢ñºƒ (B6bn4b_branch2c/beta/read = Identity(bn4b_branch2c/beta)HŠĞ¢ñºƒPr
res4c_branch2a/kernel/readĞ¢ñºƒ (B<res4c_branch2a/kernel/read = Identity(res4c_branch2a/kernel)HĞ¢ñºƒPl
bn4c_branch2a/gamma/readĞ¢ñºƒ (B8bn4c_branch2a/gamma/read = Identity(bn4c_branch2a/gamma)HĞ¢ñºƒPi
bn4c_branch2a/beta/read“Ğ¢ñºƒ (B6bn4c_branch2a/beta/read = Identity(bn4c_branch2a/beta)H“Ğ¢ñºƒPr
res4c_branch2b/kernel/read–Ğ¢ñºƒ (B<res4c_branch2b/kernel/read = Identity(res4c_branch2b/kernel)H–Ğ¢ñºƒPl
bn4c_branch2b/gamma/read™Ğ¢ñºƒ (B8bn4c_branch2b/gamma/read = Identity(bn4c_branch2b/gamma)H™Ğ¢ñºƒPi
bn4c_branch2b/beta/readœĞ¢ñºƒ (B6bn4c_branch2b/beta/read = Identity(bn4c_branch2b/beta)HœĞ¢ñºƒPr
res4c_branch2c/kernel/read Ğ¢ñºƒ (B<res4c_branch2c/kernel/read = Identity(res4c_branch2c/kernel)H Ğ¢ñºƒPl
bn4c_branch2c/gamma/read£Ğ¢ñºƒ (B8bn4c_branch2c/gamma/read = Identity(bn4c_branch2c/gamma)H£Ğ¢ñºƒPi
bn4c_branch2c/beta/read¦Ğ¢ñºƒ (B6bn4c_branch2c/beta/read = Identity(bn4c_branch2c/beta)H¦Ğ¢ñºƒPr
res4d_branch2a/kernel/read©Ğ¢ñºƒ (B<res4d_branch2a/kernel/read = Identity(res4d_branch2a/kernel)H©Ğ¢ñºƒPl
bn4d_branch2a/gamma/read«Ğ¢ñºƒ (B8bn4d_branch2a/gamma/read = Identity(bn4d_branch2a/gamma)H«Ğ¢ñºƒPi
bn4d_branch2a/beta/read¯Ğ¢ñºƒ (B6bn4d_branch2a/beta/read = Identity(bn4d_branch2a/beta)H¯Ğ¢ñºƒPr
res4d_branch2b/kernel/read²Ğ¢ñºƒ (B<res4d_branch2b/kernel/read = Identity(res4d_branch2b/kernel)H²Ğ¢ñºƒPl
bn4d_branch2b/gamma/read´Ğ¢ñºƒ (B8bn4d_branch2b/gamma/read = Identity(bn4d_branch2b/gamma)H´Ğ¢ñºƒPi
bn4d_branch2b/beta/read·Ğ¢ñºƒ (B6bn4d_branch2b/beta/read = Identity(bn4d_branch2b/beta)H·Ğ¢ñºƒPr
res4d_branch2c/kernel/readºĞ¢ñºƒ (B<res4d_branch2c/kernel/read = Identity(res4d_branch2c/kernel)HºĞ¢ñºƒPl
bn4d_branch2c/gamma/read½Ğ¢ñºƒ (B8bn4d_branch2c/gamma/read = Identity(bn4d_branch2c/gamma)H½Ğ¢ñºƒPi
bn4d_branch2c/beta/readÀĞ¢ñºƒ (B6bn4d_branch2c/beta/read = Identity(bn4d_branch2c/beta)HÀĞ¢ñºƒPr
res4e_branch2a/kernel/readÃĞ¢ñºƒ (B<res4e_branch2a/kernel/read = Identity(res4e_branch2a/kernel)HÃĞ¢ñºƒPl
bn4e_branch2a/gamma/readÆĞ¢ñºƒ (B8bn4e_branch2a/gamma/read = Identity(bn4e_branch2a/gamma)HÆĞ¢ñºƒPi
bn4e_branch2a/beta/readÉĞ¢ñºƒ (B6bn4e_branch2a/beta/read = Identity(bn4e_branch2a/beta)HÉĞ¢ñºƒPr
res4e_branch2b/kernel/readÌĞ¢ñºƒ (B<res4e_branch2b/kernel/read = Identity(res4e_branch2b/kernel)HÌĞ¢ñºƒPl
bn4e_branch2b/gamma/readÏĞ¢ñºƒ (B8bn4e_branch2b/gamma/read = Identity(bn4e_branch2b/gamma)HÏĞ¢ñºƒPi
bn4e_branch2b/beta/readÒĞ¢ñºƒ (B6bn4e_branch2b/beta/read = Identity(bn4e_branch2b/beta)HÒĞ¢ñºƒPr
res4e_branch2c/kernel/readÕĞ¢ñºƒ (B<res4e_branch2c/kernel/read = Identity(res4e_branch2c/kernel)HÕĞ¢ñºƒPl
bn4e_branch2c/gamma/readØĞ¢ñºƒ (B8bn4e_branch2c/gamma/read = Identity(bn4e_branch2c/gamma)HØĞ¢ñºƒPi
bn4e_branch2c/beta/readÛĞ¢ñºƒ (B6bn4e_branch2c/beta/read = Identity(bn4e_branch2c/beta)HÛĞ¢ñºƒPr
res4f_branch2a/kernel/readŞĞ¢ñºƒ (B<res4f_branch2a/kernel/read = Identity(res4f_branch2a/kernel)HŞĞ¢ñºƒPl
bn4f_branch2a/gamma/readáĞ¢ñºƒ (B8bn4f_branch2a/gamma/read = Identity(bn4f_branch2a/gamma)HáĞ¢ñºƒPi
bn4f_branch2a/beta/readäĞ¢ñºƒ (B6bn4f_branch2a/beta/read = Identity(bn4f_branch2a/beta)HäĞ¢ñºƒPr
res4f_branch2b/kernel/readçĞ¢ñºƒ (B<res4f_branch2b/kernel/read = Identity(res4f_branch2b/kernel)HçĞ¢ñºƒPl
bn4f_branch2b/gamma/readêĞ¢ñºƒ (B8bn4f_branch2b/gamma/read = Identity(bn4f_branch2b/gamma)HêĞ¢ñºƒPi
bn4f_branch2b/beta/readíĞ¢ñºƒ (B6bn4f_branch2b/beta/read = Identity(bn4f_branch2b/beta)HíĞ¢ñºƒPr
res4f_branch2c/kernel/readğĞ¢ñºƒ (B<res4f_branch2c/kernel/read = Identity(res4f_branch2c/kernel)HğĞ¢ñºƒPl
bn4f_branch2c/gamma/readóĞ¢ñºƒ (B8bn4f_branch2c/gamma/read = Identity(bn4f_branch2c/gamma)HóĞ¢ñºƒPi
bn4f_branch2c/beta/readöĞ¢ñºƒ (B6bn4f_branch2c/beta/read = Identity(bn4f_branch2c/beta)HöĞ¢ñºƒPr
res5a_branch2a/kernel/readùĞ¢ñºƒ (B<res5a_branch2a/kernel/read = Identity(res5a_branch2a/kernel)HùĞ¢ñºƒPl
bn5a_branch2a/gamma/readüĞ¢ñºƒ (B8bn5a_branch2a/gamma/read = Identity(bn5a_branch2a/gamma)HüĞ¢ñºƒPi
bn5a_branch2a/beta/readÿĞ¢ñºƒ (B6bn5a_branch2a/beta/read = Identity(bn5a_branch2a/beta)HÿĞ¢ñºƒPr
res5a_branch2b/kernel/read‚Ñ¢ñºƒ (B<res5a_branch2b/kernel/read = Identity(res5a_branch2b/kernel)H‚Ñ¢ñºƒPl
bn5a_branch2b/gamma/read…Ñ¢ñºƒ (B8bn5a_branch2b/gamma/read = Identity(bn5a_branch2b/gamma)H…Ñ¢ñºƒPi
bn5a_branch2b/beta/readˆÑ¢ñºƒ (B6bn5a_branch2b/beta/read = Identity(bn5a_branch2b/beta)HˆÑ¢ñºƒPr
res5a_branch2c/kernel/readŒÑ¢ñºƒ (B<res5a_branch2c/kernel/read = Identity(res5a_branch2c/kernel)HŒÑ¢ñºƒPl
bn5a_branch2c/gamma/readÑ¢ñºƒ (B8bn5a_branch2c/gamma/read = Identity(bn5a_branch2c/gamma)HÑ¢ñºƒPi
bn5a_branch2c/beta/read‘Ñ¢ñºƒ (B6bn5a_branch2c/beta/read = Identity(bn5a_branch2c/beta)H‘Ñ¢ñºƒPo
res5a_branch1/kernel/read•Ñ¢ñºƒ (B:res5a_branch1/kernel/read = Identity(res5a_branch1/kernel)H•Ñ¢ñºƒPi
bn5a_branch1/gamma/read˜Ñ¢ñºƒ (B6bn5a_branch1/gamma/read = Identity(bn5a_branch1/gamma)H˜Ñ¢ñºƒPf
bn5a_branch1/beta/readšÑ¢ñºƒ (B4bn5a_branch1/beta/read = Identity(bn5a_branch1/beta)HšÑ¢ñºƒPr
res5b_branch2a/kernel/readÑ¢ñºƒ (B<res5b_branch2a/kernel/read = Identity(res5b_branch2a/kernel)HÑ¢ñºƒPl
bn5b_branch2a/gamma/read Ñ¢ñºƒ (B8bn5b_branch2a/gamma/read = Identity(bn5b_branch2a/gamma)H Ñ¢ñºƒPi
bn5b_branch2a/beta/read¤Ñ¢ñºƒ (B6bn5b_branch2a/beta/read = Identity(bn5b_branch2a/beta)H¤Ñ¢ñºƒPr
res5b_branch2b/kernel/read§Ñ¢ñºƒ (B<res5b_branch2b/kernel/read = Identity(res5b_branch2b/kernel)H§Ñ¢ñºƒPl
bn5b_branch2b/gamma/readªÑ¢ñºƒ (B8bn5b_branch2b/gamma/read = Identity(bn5b_branch2b/gamma)HªÑ¢ñºƒPi
bn5b_branch2b/beta/read­Ñ¢ñºƒ (B6bn5b_branch2b/beta/read = Identity(bn5b_branch2b/beta)H­Ñ¢ñºƒPr
res5b_branch2c/kernel/read°Ñ¢ñºƒ (B<res5b_branch2c/kernel/read = Identity(res5b_branch2c/kernel)H°Ñ¢ñºƒPl
bn5b_branch2c/gamma/read³Ñ¢ñºƒ (B8bn5b_branch2c/gamma/read = Identity(bn5b_branch2c/gamma)H³Ñ¢ñºƒPi
bn5b_branch2c/beta/read¶Ñ¢ñºƒ (B6bn5b_branch2c/beta/read = Identity(bn5b_branch2c/beta)H¶Ñ¢ñºƒPr
res5c_branch2a/kernel/read¹Ñ¢ñºƒ (B<res5c_branch2a/kernel/read = Identity(res5c_branch2a/kernel)H¹Ñ¢ñºƒPl
bn5c_branch2a/gamma/read¼Ñ¢ñºƒ (B8bn5c_branch2a/gamma/read = Identity(bn5c_branch2a/gamma)H¼Ñ¢ñºƒPi
bn5c_branch2a/beta/read¿Ñ¢ñºƒ (B6bn5c_branch2a/beta/read = Identity(bn5c_branch2a/beta)H¿Ñ¢ñºƒPr
res5c_branch2b/kernel/readÂÑ¢ñºƒ (B<res5c_branch2b/kernel/read = Identity(res5c_branch2b/kernel)HÂÑ¢ñºƒPl
bn5c_branch2b/gamma/readÅÑ¢ñºƒ (B8bn5c_branch2b/gamma/read = Identity(bn5c_branch2b/gamma)HÅÑ¢ñºƒPi
bn5c_branch2b/beta/readÈÑ¢ñºƒ (B6bn5c_branch2b/beta/read = Identity(bn5c_branch2b/beta)HÈÑ¢ñºƒPr
res5c_branch2c/kernel/readËÑ¢ñºƒ (B<res5c_branch2c/kernel/read = Identity(res5c_branch2c/kernel)HËÑ¢ñºƒPl
bn5c_branch2c/gamma/readÏÑ¢ñºƒ (B8bn5c_branch2c/gamma/read = Identity(bn5c_branch2c/gamma)HÏÑ¢ñºƒPi
bn5c_branch2c/beta/readÒÑ¢ñºƒ (B6bn5c_branch2c/beta/read = Identity(bn5c_branch2c/beta)HÒÑ¢ñºƒPZ
fc1000/kernel/readÔÑ¢ñºƒ (B,fc1000/kernel/read = Identity(fc1000/kernel)HÔÑ¢ñºƒPT
fc1000/bias/read×Ñ¢ñºƒ (B(fc1000/bias/read = Identity(fc1000/bias)H×Ñ¢ñºƒP¶

RecvTensorˆó§ñºƒ n(n:
"  Bƒ[4000B] edge_162_gradients/fc1000/bias_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hˆó§ñºƒ¾
'update_fc1000/bias/ApplyGradientDescentöó§ñºƒ (B{update_fc1000/bias/ApplyGradientDescent = ApplyGradientDescent(fc1000/bias, learning_rate, gradients/fc1000/bias_grad_S162)Höó§ñºƒP¾

RecvTensor¾ó§ñºƒ ù6(ù6:"
€€ô€€ôB…[7.8MB] edge_163_gradients/fc1000/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¾ó§ñºƒÉ
)update_fc1000/kernel/ApplyGradientDescent·ª¨ñºƒ ÷	(÷	Bupdate_fc1000/kernel/ApplyGradientDescent = ApplyGradientDescent(fc1000/kernel, learning_rate, gradients/fc1000/kernel_grad_S163)H·ª¨ñºƒP¿

RecvTensorÙó§ñºƒ å6(å6:
"€@€@BŠ[8192B] edge_164_gradients/bn5c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÙó§ñºƒÛ
.update_bn5c_branch2c/beta/ApplyGradientDescent®´¨ñºƒ (Bupdate_bn5c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2c/beta, learning_rate, gradients/bn5c_branch2c/beta_grad_S164)H®´¨ñºƒPÀ

RecvTensorçô§ñºƒ Ş5(Ş5:
"€@€@B‹[8192B] edge_165_gradients/bn5c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hçô§ñºƒß
/update_bn5c_branch2c/gamma/ApplyGradientDescent´´¨ñºƒ (B“update_bn5c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2c/gamma, learning_rate, gradients/bn5c_branch2c/gamma_grad_S165)H´´¨ñºƒPÆ

RecvTensorŒú§ñºƒ ˜L(˜L:"
€€€€€€B[4.0MB] edge_166_gradients/res5c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŒú§ñºƒé
1update_res5c_branch2c/kernel/ApplyGradientDescent¤Æ¨ñºƒ ‹(‹B™update_res5c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res5c_branch2c/kernel, learning_rate, gradients/res5c_branch2c/kernel_grad_S166)H¤Æ¨ñºƒP¿

RecvTensor˜ú§ñºƒ L(L:
"€€BŠ[2048B] edge_167_gradients/bn5c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H˜ú§ñºƒÛ
.update_bn5c_branch2b/beta/ApplyGradientDescent¯Ë¨ñºƒ (Bupdate_bn5c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2b/beta, learning_rate, gradients/bn5c_branch2b/beta_grad_S167)H¯Ë¨ñºƒPÀ

RecvTensor¾ú§ñºƒ éK(éK:
"€€B‹[2048B] edge_168_gradients/bn5c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¾ú§ñºƒß
/update_bn5c_branch2b/gamma/ApplyGradientDescent´Ë¨ñºƒ (B“update_bn5c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2b/gamma, learning_rate, gradients/bn5c_branch2b/gamma_grad_S168)H´Ë¨ñºƒPÆ

RecvTensorÏ…¨ñºƒ Œ(Œ:"
€€À€€ÀB[9.0MB] edge_169_gradients/res5c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÏ…¨ñºƒé
1update_res5c_branch2b/kernel/ApplyGradientDescentÛ„©ñºƒ ß(ßB™update_res5c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res5c_branch2b/kernel, learning_rate, gradients/res5c_branch2b/kernel_grad_S169)HÛ„©ñºƒP¿

RecvTensorÜ…¨ñºƒ (:
"€€BŠ[2048B] edge_170_gradients/bn5c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÜ…¨ñºƒÛ
.update_bn5c_branch2a/beta/ApplyGradientDescentº‘©ñºƒ (Bupdate_bn5c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2a/beta, learning_rate, gradients/bn5c_branch2a/beta_grad_S170)Hº‘©ñºƒPÀ

RecvTensor‚†¨ñºƒ İ~(İ~:
"€€B‹[2048B] edge_171_gradients/bn5c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‚†¨ñºƒß
/update_bn5c_branch2a/gamma/ApplyGradientDescent¿‘©ñºƒ (B“update_bn5c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2a/gamma, learning_rate, gradients/bn5c_branch2a/gamma_grad_S171)H¿‘©ñºƒPÈ

RecvTensor–‹¨ñºƒ §•(§•:"
€€€€€€B[4.0MB] edge_172_gradients/res5c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H–‹¨ñºƒé
1update_res5c_branch2a/kernel/ApplyGradientDescent½ ©ñºƒ §(§B™update_res5c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res5c_branch2a/kernel, learning_rate, gradients/res5c_branch2a/kernel_grad_S172)H½ ©ñºƒPÁ

RecvTensor°‹¨ñºƒ ”•(”•:
"€@€@BŠ[8192B] edge_173_gradients/bn5b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H°‹¨ñºƒÛ
.update_bn5b_branch2c/beta/ApplyGradientDescentä¥©ñºƒ (Bupdate_bn5b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2c/beta, learning_rate, gradients/bn5b_branch2c/beta_grad_S173)Hä¥©ñºƒPÂ

RecvTensor¶Œ¨ñºƒ •”(•”:
"€@€@B‹[8192B] edge_174_gradients/bn5b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¶Œ¨ñºƒß
/update_bn5b_branch2c/gamma/ApplyGradientDescentê¥©ñºƒ (B“update_bn5b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2c/gamma, learning_rate, gradients/bn5b_branch2c/gamma_grad_S174)Hê¥©ñºƒPÈ

RecvTensorÖ‘¨ñºƒ Óª(Óª:"
€€€€€€B[4.0MB] edge_175_gradients/res5b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÖ‘¨ñºƒé
1update_res5b_branch2c/kernel/ApplyGradientDescent©¼©ñºƒ í(íB™update_res5b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res5b_branch2c/kernel, learning_rate, gradients/res5b_branch2c/kernel_grad_S175)H©¼©ñºƒPÁ

RecvTensorâ‘¨ñºƒ Éª(Éª:
"€€BŠ[2048B] edge_176_gradients/bn5b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hâ‘¨ñºƒÛ
.update_bn5b_branch2b/beta/ApplyGradientDescent–Â©ñºƒ (Bupdate_bn5b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2b/beta, learning_rate, gradients/bn5b_branch2b/beta_grad_S176)H–Â©ñºƒPÂ

RecvTensor‰’¨ñºƒ ¤ª(¤ª:
"€€B‹[2048B] edge_177_gradients/bn5b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‰’¨ñºƒß
/update_bn5b_branch2b/gamma/ApplyGradientDescent›Â©ñºƒ (B“update_bn5b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2b/gamma, learning_rate, gradients/bn5b_branch2b/gamma_grad_S177)H›Â©ñºƒPÈ

RecvTensor»¨ñºƒ ¦İ(¦İ:"
€€À€€ÀB[9.0MB] edge_178_gradients/res5b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H»¨ñºƒé
1update_res5b_branch2b/kernel/ApplyGradientDescentáú©ñºƒ ó(óB™update_res5b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res5b_branch2b/kernel, learning_rate, gradients/res5b_branch2b/kernel_grad_S178)Háú©ñºƒPÁ

RecvTensorÈ¨ñºƒ ›İ(›İ:
"€€BŠ[2048B] edge_179_gradients/bn5b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÈ¨ñºƒÛ
.update_bn5b_branch2a/beta/ApplyGradientDescentÔ†ªñºƒ (Bupdate_bn5b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2a/beta, learning_rate, gradients/bn5b_branch2a/beta_grad_S179)HÔ†ªñºƒPÂ

RecvTensorğ¨ñºƒ õÜ(õÜ:
"€€B‹[2048B] edge_180_gradients/bn5b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hğ¨ñºƒß
/update_bn5b_branch2a/gamma/ApplyGradientDescentÙ†ªñºƒ (B“update_bn5b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2a/gamma, learning_rate, gradients/bn5b_branch2a/gamma_grad_S180)HÙ†ªñºƒPÈ

RecvTensorÛ¢¨ñºƒ èó(èó:"
€€€€€€B[4.0MB] edge_181_gradients/res5b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÛ¢¨ñºƒé
1update_res5b_branch2a/kernel/ApplyGradientDescentÃ–ªñºƒ ÿ(ÿB™update_res5b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res5b_branch2a/kernel, learning_rate, gradients/res5b_branch2a/kernel_grad_S181)HÃ–ªñºƒPÀ

RecvTensorõ¢¨ñºƒ Õó(Õó:
"€@€@B‰[8192B] edge_182_gradients/bn5a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hõ¢¨ñºƒ×
-update_bn5a_branch1/beta/ApplyGradientDescentÂ›ªñºƒ (Bupdate_bn5a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch1/beta, learning_rate, gradients/bn5a_branch1/beta_grad_S182)HÂ›ªñºƒPÁ

RecvTensorÄ£¨ñºƒ ó(ó:
"€@€@BŠ[8192B] edge_183_gradients/bn5a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÄ£¨ñºƒÛ
.update_bn5a_branch1/gamma/ApplyGradientDescentÈ›ªñºƒ (Bupdate_bn5a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch1/gamma, learning_rate, gradients/bn5a_branch1/gamma_grad_S183)HÈ›ªñºƒPÇ

RecvTensorÈ­¨ñºƒ Å (Å :"
€€€€€€BŒ[8.0MB] edge_184_gradients/res5a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÈ­¨ñºƒå
0update_res5a_branch1/kernel/ApplyGradientDescentÎªñºƒ ¶(¶B–update_res5a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch1/kernel, learning_rate, gradients/res5a_branch1/kernel_grad_S184)HÎªñºƒPÁ

RecvTensorâ­¨ñºƒ ² (² :
"€@€@BŠ[8192B] edge_185_gradients/bn5a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hâ­¨ñºƒÛ
.update_bn5a_branch2c/beta/ApplyGradientDescentÃÙªñºƒ (Bupdate_bn5a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2c/beta, learning_rate, gradients/bn5a_branch2c/beta_grad_S185)HÃÙªñºƒPÂ

RecvTensorë®¨ñºƒ °Ÿ(°Ÿ:
"€@€@B‹[8192B] edge_186_gradients/bn5a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hë®¨ñºƒß
/update_bn5a_branch2c/gamma/ApplyGradientDescentÉÙªñºƒ (B“update_bn5a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2c/gamma, learning_rate, gradients/bn5a_branch2c/gamma_grad_S186)HÉÙªñºƒPÈ

RecvTensorî³¨ñºƒ Œ¶(Œ¶:"
€€€€€€B[4.0MB] edge_187_gradients/res5a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hî³¨ñºƒé
1update_res5a_branch2c/kernel/ApplyGradientDescentúéªñºƒ ½(½B™update_res5a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch2c/kernel, learning_rate, gradients/res5a_branch2c/kernel_grad_S187)HúéªñºƒPÁ

RecvTensorû³¨ñºƒ €¶(€¶:
"€€BŠ[2048B] edge_188_gradients/bn5a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hû³¨ñºƒÛ
.update_bn5a_branch2b/beta/ApplyGradientDescent·ïªñºƒ (Bupdate_bn5a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2b/beta, learning_rate, gradients/bn5a_branch2b/beta_grad_S188)H·ïªñºƒPÂ

RecvTensor¢´¨ñºƒ Ûµ(Ûµ:
"€€B‹[2048B] edge_189_gradients/bn5a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¢´¨ñºƒß
/update_bn5a_branch2b/gamma/ApplyGradientDescent¼ïªñºƒ (B“update_bn5a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2b/gamma, learning_rate, gradients/bn5a_branch2b/gamma_grad_S189)H¼ïªñºƒPÈ

RecvTensor©À¨ñºƒ Šè(Šè:"
€€À€€ÀB[9.0MB] edge_190_gradients/res5a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H©À¨ñºƒé
1update_res5a_branch2b/kernel/ApplyGradientDescent³¨«ñºƒ ×(×B™update_res5a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch2b/kernel, learning_rate, gradients/res5a_branch2b/kernel_grad_S190)H³¨«ñºƒPÁ

RecvTensorÄÀ¨ñºƒ »©(»©:
"€€BŠ[2048B] edge_191_gradients/bn5a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÄÀ¨ñºƒÛ
.update_bn5a_branch2a/beta/ApplyGradientDescentÂïªñºƒ (Bupdate_bn5a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2a/beta, learning_rate, gradients/bn5a_branch2a/beta_grad_S191)HÂïªñºƒPÂ

RecvTensorÓÁ¨ñºƒ âæ(âæ:
"€€B‹[2048B] edge_192_gradients/bn5a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÓÁ¨ñºƒß
/update_bn5a_branch2a/gamma/ApplyGradientDescentŠµ«ñºƒ (B“update_bn5a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2a/gamma, learning_rate, gradients/bn5a_branch2a/gamma_grad_S192)HŠµ«ñºƒPÈ

RecvTensorºÌ¨ñºƒ êé(êé:"
€€€€€€B[2.0MB] edge_193_gradients/res5a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HºÌ¨ñºƒé
1update_res5a_branch2a/kernel/ApplyGradientDescent¤¶«ñºƒ ²(²B™update_res5a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch2a/kernel, learning_rate, gradients/res5a_branch2a/kernel_grad_S193)H¤¶«ñºƒPÁ

RecvTensoråÌ¨ñºƒ Ãé(Ãé:
"€ € BŠ[4096B] edge_194_gradients/bn4f_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HåÌ¨ñºƒÛ
.update_bn4f_branch2c/beta/ApplyGradientDescentÖ¸«ñºƒ (Bupdate_bn4f_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2c/beta, learning_rate, gradients/bn4f_branch2c/beta_grad_S194)HÖ¸«ñºƒPÂ

RecvTensoráÎ¨ñºƒ Êç(Êç:
"€ € B‹[4096B] edge_195_gradients/bn4f_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HáÎ¨ñºƒß
/update_bn4f_branch2c/gamma/ApplyGradientDescentÜ¸«ñºƒ (B“update_bn4f_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2c/gamma, learning_rate, gradients/bn4f_branch2c/gamma_grad_S195)HÜ¸«ñºƒPÆ

RecvTensoríÓ¨ñºƒ ¶é(¶é:"€€@€€@B[1.0MB] edge_196_gradients/res4f_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HíÓ¨ñºƒé
1update_res4f_branch2c/kernel/ApplyGradientDescent£½«ñºƒ µ(µB™update_res4f_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4f_branch2c/kernel, learning_rate, gradients/res4f_branch2c/kernel_grad_S196)H£½«ñºƒPÁ

RecvTensorşÓ¨ñºƒ ¥é(¥é:
"€€BŠ[1024B] edge_197_gradients/bn4f_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HşÓ¨ñºƒÛ
.update_bn4f_branch2b/beta/ApplyGradientDescentØ¾«ñºƒ (Bupdate_bn4f_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2b/beta, learning_rate, gradients/bn4f_branch2b/beta_grad_S197)HØ¾«ñºƒPÂ

RecvTensorÆÔ¨ñºƒ Şè(Şè:
"€€B‹[1024B] edge_198_gradients/bn4f_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÆÔ¨ñºƒß
/update_bn4f_branch2b/gamma/ApplyGradientDescentİ¾«ñºƒ (B“update_bn4f_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2b/gamma, learning_rate, gradients/bn4f_branch2b/gamma_grad_S198)Hİ¾«ñºƒPÈ

RecvTensorİà¨ñºƒ ”ì(”ì:"
€€€€B[2.2MB] edge_199_gradients/res4f_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hİà¨ñºƒé
1update_res4f_branch2b/kernel/ApplyGradientDescentñÌ«ñºƒ ö(öB™update_res4f_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4f_branch2b/kernel, learning_rate, gradients/res4f_branch2b/kernel_grad_S199)HñÌ«ñºƒPÁ

RecvTensorîà¨ñºƒ „ì(„ì:
"€€BŠ[1024B] edge_200_gradients/bn4f_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hîà¨ñºƒÛ
.update_bn4f_branch2a/beta/ApplyGradientDescentçÏ«ñºƒ (Bupdate_bn4f_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2a/beta, learning_rate, gradients/bn4f_branch2a/beta_grad_S200)HçÏ«ñºƒPÂ

RecvTensor´á¨ñºƒ ¿ë(¿ë:
"€€B‹[1024B] edge_201_gradients/bn4f_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H´á¨ñºƒß
/update_bn4f_branch2a/gamma/ApplyGradientDescentíÏ«ñºƒ (B“update_bn4f_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2a/gamma, learning_rate, gradients/bn4f_branch2a/gamma_grad_S201)HíÏ«ñºƒPÆ

RecvTensorËæ¨ñºƒ  í( í:"€€@€€@B[1.0MB] edge_202_gradients/res4f_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HËæ¨ñºƒé
1update_res4f_branch2a/kernel/ApplyGradientDescentëÓ«ñºƒ ª(ªB™update_res4f_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4f_branch2a/kernel, learning_rate, gradients/res4f_branch2a/kernel_grad_S202)HëÓ«ñºƒPÁ

RecvTensor÷æ¨ñºƒ ÷ì(÷ì:
"€ € BŠ[4096B] edge_203_gradients/bn4e_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H÷æ¨ñºƒÛ
.update_bn4e_branch2c/beta/ApplyGradientDescent•Õ«ñºƒ (Bupdate_bn4e_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2c/beta, learning_rate, gradients/bn4e_branch2c/beta_grad_S203)H•Õ«ñºƒPÂ

RecvTensorŠé¨ñºƒ èê(èê:
"€ € B‹[4096B] edge_204_gradients/bn4e_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŠé¨ñºƒß
/update_bn4e_branch2c/gamma/ApplyGradientDescent›Õ«ñºƒ (B“update_bn4e_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2c/gamma, learning_rate, gradients/bn4e_branch2c/gamma_grad_S204)H›Õ«ñºƒPÆ

RecvTensor§î¨ñºƒ Ãì(Ãì:"€€@€€@B[1.0MB] edge_205_gradients/res4e_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H§î¨ñºƒé
1update_res4e_branch2c/kernel/ApplyGradientDescentêÚ«ñºƒ À(ÀB™update_res4e_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4e_branch2c/kernel, learning_rate, gradients/res4e_branch2c/kernel_grad_S205)HêÚ«ñºƒPÁ

RecvTensor¹î¨ñºƒ ºå(ºå:
"€€BŠ[1024B] edge_206_gradients/bn4e_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¹î¨ñºƒÛ
.update_bn4e_branch2b/beta/ApplyGradientDescent¡Õ«ñºƒ (Bupdate_bn4e_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2b/beta, learning_rate, gradients/bn4e_branch2b/beta_grad_S206)H¡Õ«ñºƒPÂ

RecvTensor„ï¨ñºƒ çë(çë:
"€€B‹[1024B] edge_207_gradients/bn4e_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H„ï¨ñºƒß
/update_bn4e_branch2b/gamma/ApplyGradientDescentªÜ«ñºƒ (B“update_bn4e_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2b/gamma, learning_rate, gradients/bn4e_branch2b/gamma_grad_S207)HªÜ«ñºƒPÈ

RecvTensor´ú¨ñºƒ „ğ(„ğ:"
€€€€B[2.2MB] edge_208_gradients/res4e_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H´ú¨ñºƒé
1update_res4e_branch2b/kernel/ApplyGradientDescent¸ê«ñºƒ ›(›B™update_res4e_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4e_branch2b/kernel, learning_rate, gradients/res4e_branch2b/kernel_grad_S208)H¸ê«ñºƒPÁ

RecvTensorÆú¨ñºƒ óï(óï:
"€€BŠ[1024B] edge_209_gradients/bn4e_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÆú¨ñºƒÛ
.update_bn4e_branch2a/beta/ApplyGradientDescentÓí«ñºƒ (Bupdate_bn4e_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2a/beta, learning_rate, gradients/bn4e_branch2a/beta_grad_S209)HÓí«ñºƒPÂ

RecvTensorŠû¨ñºƒ °ï(°ï:
"€€B‹[1024B] edge_210_gradients/bn4e_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŠû¨ñºƒß
/update_bn4e_branch2a/gamma/ApplyGradientDescentØí«ñºƒ (B“update_bn4e_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2a/gamma, learning_rate, gradients/bn4e_branch2a/gamma_grad_S210)HØí«ñºƒPÆ

RecvTensor¶€©ñºƒ ûğ(ûğ:"€€@€€@B[1.0MB] edge_211_gradients/res4e_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¶€©ñºƒé
1update_res4e_branch2a/kernel/ApplyGradientDescent±ñ«ñºƒ ¸(¸B™update_res4e_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4e_branch2a/kernel, learning_rate, gradients/res4e_branch2a/kernel_grad_S211)H±ñ«ñºƒPÁ

RecvTensorã€©ñºƒ Òğ(Òğ:
"€ € BŠ[4096B] edge_212_gradients/bn4d_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hã€©ñºƒÛ
.update_bn4d_branch2c/beta/ApplyGradientDescentéò«ñºƒ (Bupdate_bn4d_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2c/beta, learning_rate, gradients/bn4d_branch2c/beta_grad_S212)Héò«ñºƒPÂ

RecvTensorâ‚©ñºƒ Öî(Öî:
"€ € B‹[4096B] edge_213_gradients/bn4d_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hâ‚©ñºƒß
/update_bn4d_branch2c/gamma/ApplyGradientDescentïò«ñºƒ (B“update_bn4d_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2c/gamma, learning_rate, gradients/bn4d_branch2c/gamma_grad_S213)Hïò«ñºƒPÆ

RecvTensor„ˆ©ñºƒ ¬ğ(¬ğ:"€€@€€@B[1.0MB] edge_214_gradients/res4d_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H„ˆ©ñºƒé
1update_res4d_branch2c/kernel/ApplyGradientDescent°ø«ñºƒ ½(½B™update_res4d_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4d_branch2c/kernel, learning_rate, gradients/res4d_branch2c/kernel_grad_S214)H°ø«ñºƒPÁ

RecvTensor•ˆ©ñºƒ œğ(œğ:
"€€BŠ[1024B] edge_215_gradients/bn4d_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H•ˆ©ñºƒÛ
.update_bn4d_branch2b/beta/ApplyGradientDescentíù«ñºƒ (Bupdate_bn4d_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2b/beta, learning_rate, gradients/bn4d_branch2b/beta_grad_S215)Híù«ñºƒPÂ

RecvTensor×ˆ©ñºƒ Ûï(Ûï:
"€€B‹[1024B] edge_216_gradients/bn4d_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H×ˆ©ñºƒß
/update_bn4d_branch2b/gamma/ApplyGradientDescentòù«ñºƒ (B“update_bn4d_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2b/gamma, learning_rate, gradients/bn4d_branch2b/gamma_grad_S216)Hòù«ñºƒPÈ

RecvTensor“”©ñºƒ ìó(ìó:"
€€€€B[2.2MB] edge_217_gradients/res4d_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H“”©ñºƒé
1update_res4d_branch2b/kernel/ApplyGradientDescentÿ‡¬ñºƒ é(éB™update_res4d_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4d_branch2b/kernel, learning_rate, gradients/res4d_branch2b/kernel_grad_S217)Hÿ‡¬ñºƒPÁ

RecvTensor¥”©ñºƒ Ûó(Ûó:
"€€BŠ[1024B] edge_218_gradients/bn4d_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¥”©ñºƒÛ
.update_bn4d_branch2a/beta/ApplyGradientDescentèŠ¬ñºƒ (Bupdate_bn4d_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2a/beta, learning_rate, gradients/bn4d_branch2a/beta_grad_S218)HèŠ¬ñºƒPÂ

RecvTensorî”©ñºƒ ’ó(’ó:
"€€B‹[1024B] edge_219_gradients/bn4d_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hî”©ñºƒß
/update_bn4d_branch2a/gamma/ApplyGradientDescentíŠ¬ñºƒ (B“update_bn4d_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2a/gamma, learning_rate, gradients/bn4d_branch2a/gamma_grad_S219)HíŠ¬ñºƒPÆ

RecvTensorŠš©ñºƒ îô(îô:"€€@€€@B[1.0MB] edge_220_gradients/res4d_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŠš©ñºƒé
1update_res4d_branch2a/kernel/ApplyGradientDescentø¬ñºƒ Á(ÁB™update_res4d_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4d_branch2a/kernel, learning_rate, gradients/res4d_branch2a/kernel_grad_S220)Hø¬ñºƒPÁ

RecvTensor·š©ñºƒ Åô(Åô:
"€ € BŠ[4096B] edge_221_gradients/bn4c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H·š©ñºƒÛ
.update_bn4c_branch2c/beta/ApplyGradientDescent¹¬ñºƒ (Bupdate_bn4c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2c/beta, learning_rate, gradients/bn4c_branch2c/beta_grad_S221)H¹¬ñºƒPÂ

RecvTensorÈœ©ñºƒ ·ò(·ò:
"€ € B‹[4096B] edge_222_gradients/bn4c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÈœ©ñºƒß
/update_bn4c_branch2c/gamma/ApplyGradientDescent¾¬ñºƒ (B“update_bn4c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2c/gamma, learning_rate, gradients/bn4c_branch2c/gamma_grad_S222)H¾¬ñºƒPÆ

RecvTensor²¡©ñºƒ Åô(Åô:"€€@€€@B[1.0MB] edge_223_gradients/res4c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H²¡©ñºƒé
1update_res4c_branch2c/kernel/ApplyGradientDescent÷•¬ñºƒ ©(©B™update_res4c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4c_branch2c/kernel, learning_rate, gradients/res4c_branch2c/kernel_grad_S223)H÷•¬ñºƒPÁ

RecvTensorÃ¡©ñºƒ ´ô(´ô:
"€€BŠ[1024B] edge_224_gradients/bn4c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÃ¡©ñºƒÛ
.update_bn4c_branch2b/beta/ApplyGradientDescent —¬ñºƒ (Bupdate_bn4c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2b/beta, learning_rate, gradients/bn4c_branch2b/beta_grad_S224)H —¬ñºƒPÂ

RecvTensorŠ¢©ñºƒ îó(îó:
"€€B‹[1024B] edge_225_gradients/bn4c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŠ¢©ñºƒß
/update_bn4c_branch2b/gamma/ApplyGradientDescent¥—¬ñºƒ (B“update_bn4c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2b/gamma, learning_rate, gradients/bn4c_branch2b/gamma_grad_S225)H¥—¬ñºƒPÈ

RecvTensorÈ­©ñºƒ ı÷(ı÷:"
€€€€B[2.2MB] edge_226_gradients/res4c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÈ­©ñºƒé
1update_res4c_branch2b/kernel/ApplyGradientDescentÅ¥¬ñºƒ ú(úB™update_res4c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4c_branch2b/kernel, learning_rate, gradients/res4c_branch2b/kernel_grad_S226)HÅ¥¬ñºƒPÁ

RecvTensorÙ­©ñºƒ í÷(í÷:
"€€BŠ[1024B] edge_227_gradients/bn4c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÙ­©ñºƒÛ
.update_bn4c_branch2a/beta/ApplyGradientDescent¿¨¬ñºƒ (Bupdate_bn4c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2a/beta, learning_rate, gradients/bn4c_branch2a/beta_grad_S227)H¿¨¬ñºƒPÂ

RecvTensor ®©ñºƒ §÷(§÷:
"€€B‹[1024B] edge_228_gradients/bn4c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H ®©ñºƒß
/update_bn4c_branch2a/gamma/ApplyGradientDescentÄ¨¬ñºƒ (B“update_bn4c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2a/gamma, learning_rate, gradients/bn4c_branch2a/gamma_grad_S228)HÄ¨¬ñºƒPÆ

RecvTensor¦³©ñºƒ ™ù(™ù:"€€@€€@B[1.0MB] edge_229_gradients/res4c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¦³©ñºƒé
1update_res4c_branch2a/kernel/ApplyGradientDescent¿¬¬ñºƒ ª(ªB™update_res4c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4c_branch2a/kernel, learning_rate, gradients/res4c_branch2a/kernel_grad_S229)H¿¬¬ñºƒPÁ

RecvTensorÒ³©ñºƒ ğø(ğø:
"€ € BŠ[4096B] edge_230_gradients/bn4b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÒ³©ñºƒÛ
.update_bn4b_branch2c/beta/ApplyGradientDescenté­¬ñºƒ (Bupdate_bn4b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2c/beta, learning_rate, gradients/bn4b_branch2c/beta_grad_S230)Hé­¬ñºƒPÂ

RecvTensorŞµ©ñºƒ èö(èö:
"€ € B‹[4096B] edge_231_gradients/bn4b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŞµ©ñºƒß
/update_bn4b_branch2c/gamma/ApplyGradientDescentï­¬ñºƒ (B“update_bn4b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2c/gamma, learning_rate, gradients/bn4b_branch2c/gamma_grad_S231)Hï­¬ñºƒPÆ

RecvTensorëº©ñºƒ Òø(Òø:"€€@€€@B[1.0MB] edge_232_gradients/res4b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hëº©ñºƒé
1update_res4b_branch2c/kernel/ApplyGradientDescent½³¬ñºƒ ³(³B™update_res4b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4b_branch2c/kernel, learning_rate, gradients/res4b_branch2c/kernel_grad_S232)H½³¬ñºƒPÁ

RecvTensorüº©ñºƒ Âø(Âø:
"€€BŠ[1024B] edge_233_gradients/bn4b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hüº©ñºƒÛ
.update_bn4b_branch2b/beta/ApplyGradientDescentğ´¬ñºƒ (Bupdate_bn4b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2b/beta, learning_rate, gradients/bn4b_branch2b/beta_grad_S233)Hğ´¬ñºƒPÂ

RecvTensorÄ»©ñºƒ û÷(û÷:
"€€B‹[1024B] edge_234_gradients/bn4b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÄ»©ñºƒß
/update_bn4b_branch2b/gamma/ApplyGradientDescentõ´¬ñºƒ (B“update_bn4b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2b/gamma, learning_rate, gradients/bn4b_branch2b/gamma_grad_S234)Hõ´¬ñºƒPÈ

RecvTensorĞÇ©ñºƒ ¼û(¼û:"
€€€€B[2.2MB] edge_235_gradients/res4b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HĞÇ©ñºƒé
1update_res4b_branch2b/kernel/ApplyGradientDescentŒÃ¬ñºƒ £(£B™update_res4b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4b_branch2b/kernel, learning_rate, gradients/res4b_branch2b/kernel_grad_S235)HŒÃ¬ñºƒPÁ

RecvTensoráÇ©ñºƒ ¬û(¬û:
"€€BŠ[1024B] edge_236_gradients/bn4b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HáÇ©ñºƒÛ
.update_bn4b_branch2a/beta/ApplyGradientDescent¯Æ¬ñºƒ (Bupdate_bn4b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2a/beta, learning_rate, gradients/bn4b_branch2a/beta_grad_S236)H¯Æ¬ñºƒPÂ

RecvTensor©È©ñºƒ åú(åú:
"€€B‹[1024B] edge_237_gradients/bn4b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H©È©ñºƒß
/update_bn4b_branch2a/gamma/ApplyGradientDescent´Æ¬ñºƒ (B“update_bn4b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2a/gamma, learning_rate, gradients/bn4b_branch2a/gamma_grad_S237)H´Æ¬ñºƒPÆ

RecvTensoræÍ©ñºƒ Ÿü(Ÿü:"€€@€€@B[1.0MB] edge_238_gradients/res4b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HæÍ©ñºƒé
1update_res4b_branch2a/kernel/ApplyGradientDescent…Ê¬ñºƒ ¶(¶B™update_res4b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4b_branch2a/kernel, learning_rate, gradients/res4b_branch2a/kernel_grad_S238)H…Ê¬ñºƒPÀ

RecvTensor’Î©ñºƒ ÷û(÷û:
"€ € B‰[4096B] edge_239_gradients/bn4a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H’Î©ñºƒ×
-update_bn4a_branch1/beta/ApplyGradientDescent»Ë¬ñºƒ (Bupdate_bn4a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch1/beta, learning_rate, gradients/bn4a_branch1/beta_grad_S239)H»Ë¬ñºƒPÁ

RecvTensor­Ï©ñºƒ ßú(ßú:
"€ € BŠ[4096B] edge_240_gradients/bn4a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H­Ï©ñºƒÛ
.update_bn4a_branch1/gamma/ApplyGradientDescentÀË¬ñºƒ (Bupdate_bn4a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch1/gamma, learning_rate, gradients/bn4a_branch1/gamma_grad_S240)HÀË¬ñºƒPÇ

RecvTensorÉÙ©ñºƒ ²ş(²ş:"
€€€€€€BŒ[2.0MB] edge_241_gradients/res4a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÉÙ©ñºƒå
0update_res4a_branch1/kernel/ApplyGradientDescentû×¬ñºƒ Ş(ŞB–update_res4a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch1/kernel, learning_rate, gradients/res4a_branch1/kernel_grad_S241)Hû×¬ñºƒPÁ

RecvTensorõÙ©ñºƒ Šş(Šş:
"€ € BŠ[4096B] edge_242_gradients/bn4a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HõÙ©ñºƒÛ
.update_bn4a_branch2c/beta/ApplyGradientDescentÙÚ¬ñºƒ (Bupdate_bn4a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2c/beta, learning_rate, gradients/bn4a_branch2c/beta_grad_S242)HÙÚ¬ñºƒPÂ

RecvTensoröÛ©ñºƒ Œü(Œü:
"€ € B‹[4096B] edge_243_gradients/bn4a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HöÛ©ñºƒß
/update_bn4a_branch2c/gamma/ApplyGradientDescentßÚ¬ñºƒ (B“update_bn4a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2c/gamma, learning_rate, gradients/bn4a_branch2c/gamma_grad_S243)HßÚ¬ñºƒPÆ

RecvTensor›á©ñºƒ ßı(ßı:"€€@€€@B[1.0MB] edge_244_gradients/res4a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H›á©ñºƒé
1update_res4a_branch2c/kernel/ApplyGradientDescentúŞ¬ñºƒ °(°B™update_res4a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch2c/kernel, learning_rate, gradients/res4a_branch2c/kernel_grad_S244)HúŞ¬ñºƒPÁ

RecvTensor¬á©ñºƒ Ïı(Ïı:
"€€BŠ[1024B] edge_245_gradients/bn4a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¬á©ñºƒÛ
.update_bn4a_branch2b/beta/ApplyGradientDescentªà¬ñºƒ (Bupdate_bn4a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2b/beta, learning_rate, gradients/bn4a_branch2b/beta_grad_S245)Hªà¬ñºƒPÂ

RecvTensoröá©ñºƒ †ı(†ı:
"€€B‹[1024B] edge_246_gradients/bn4a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Höá©ñºƒß
/update_bn4a_branch2b/gamma/ApplyGradientDescent°à¬ñºƒ (B“update_bn4a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2b/gamma, learning_rate, gradients/bn4a_branch2b/gamma_grad_S246)H°à¬ñºƒPÈ

RecvTensorÆí©ñºƒ ƒ(ƒ:"
€€€€B[2.2MB] edge_247_gradients/res4a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÆí©ñºƒé
1update_res4a_branch2b/kernel/ApplyGradientDescentÉî¬ñºƒ ¥(¥B™update_res4a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch2b/kernel, learning_rate, gradients/res4a_branch2b/kernel_grad_S247)HÉî¬ñºƒPÁ

RecvTensoróí©ñºƒ ×€(×€:
"€€BŠ[1024B] edge_248_gradients/bn4a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hóí©ñºƒÛ
.update_bn4a_branch2a/beta/ApplyGradientDescentîñ¬ñºƒ (Bupdate_bn4a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2a/beta, learning_rate, gradients/bn4a_branch2a/beta_grad_S248)Hîñ¬ñºƒPÂ

RecvTensorõï©ñºƒ Öş(Öş:
"€€B‹[1024B] edge_249_gradients/bn4a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hõï©ñºƒß
/update_bn4a_branch2a/gamma/ApplyGradientDescentóñ¬ñºƒ (B“update_bn4a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2a/gamma, learning_rate, gradients/bn4a_branch2a/gamma_grad_S249)Hóñ¬ñºƒPÆ

RecvTensor¨ú©ñºƒ Ş÷(Ş÷:"€€ €€ B[0.5MB] edge_250_gradients/res4a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¨ú©ñºƒç
1update_res4a_branch2a/kernel/ApplyGradientDescent†ò¬ñºƒ a(aB™update_res4a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch2a/kernel, learning_rate, gradients/res4a_branch2a/kernel_grad_S250)H†ò¬ñºƒPÁ

RecvTensorùú©ñºƒ ÷(÷:
"€€BŠ[2048B] edge_251_gradients/bn3d_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hùú©ñºƒÛ
.update_bn3d_branch2c/beta/ApplyGradientDescentçò¬ñºƒ (Bupdate_bn3d_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2c/beta, learning_rate, gradients/bn3d_branch2c/beta_grad_S251)Hçò¬ñºƒPÂ

RecvTensor˜ÿ©ñºƒ òò(òò:
"€€B‹[2048B] edge_252_gradients/bn3d_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H˜ÿ©ñºƒß
/update_bn3d_branch2c/gamma/ApplyGradientDescentíò¬ñºƒ (B“update_bn3d_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2c/gamma, learning_rate, gradients/bn3d_branch2c/gamma_grad_S252)Híò¬ñºƒPÆ

RecvTensor™„ªñºƒ Ïï(Ïï:"€€€€B[0.2MB] edge_253_gradients/res3d_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H™„ªñºƒç
1update_res3d_branch2c/kernel/ApplyGradientDescentèó¬ñºƒ 0(0B™update_res3d_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3d_branch2c/kernel, learning_rate, gradients/res3d_branch2c/kernel_grad_S253)Hèó¬ñºƒPÀ

RecvTensor´„ªñºƒ ´ï(´ï:
"€€B‰[512B] edge_254_gradients/bn3d_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H´„ªñºƒÛ
.update_bn3d_branch2b/beta/ApplyGradientDescent˜ô¬ñºƒ (Bupdate_bn3d_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2b/beta, learning_rate, gradients/bn3d_branch2b/beta_grad_S254)H˜ô¬ñºƒPÁ

RecvTensorÄ…ªñºƒ ¥î(¥î:
"€€BŠ[512B] edge_255_gradients/bn3d_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÄ…ªñºƒß
/update_bn3d_branch2b/gamma/ApplyGradientDescentô¬ñºƒ (B“update_bn3d_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2b/gamma, learning_rate, gradients/bn3d_branch2b/gamma_grad_S255)Hô¬ñºƒPÆ

RecvTensor¢‘ªñºƒ ºæ(ºæ:"€€$€€$B[0.6MB] edge_256_gradients/res3d_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¢‘ªñºƒç
1update_res3d_branch2b/kernel/ApplyGradientDescentÜ÷¬ñºƒ h(hB™update_res3d_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3d_branch2b/kernel, learning_rate, gradients/res3d_branch2b/kernel_grad_S256)HÜ÷¬ñºƒPÀ

RecvTensor»‘ªñºƒ ¡æ(¡æ:
"€€B‰[512B] edge_257_gradients/bn3d_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H»‘ªñºƒÛ
.update_bn3d_branch2a/beta/ApplyGradientDescentÄø¬ñºƒ (Bupdate_bn3d_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2a/beta, learning_rate, gradients/bn3d_branch2a/beta_grad_S257)HÄø¬ñºƒPÁ

RecvTensorÈ’ªñºƒ •å(•å:
"€€BŠ[512B] edge_258_gradients/bn3d_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÈ’ªñºƒß
/update_bn3d_branch2a/gamma/ApplyGradientDescentÉø¬ñºƒ (B“update_bn3d_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2a/gamma, learning_rate, gradients/bn3d_branch2a/gamma_grad_S258)HÉø¬ñºƒPÆ

RecvTensorğ—ªñºƒ Ëá(Ëá:"€€€€B[0.2MB] edge_259_gradients/res3d_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hğ—ªñºƒç
1update_res3d_branch2a/kernel/ApplyGradientDescent»ù¬ñºƒ 4(4B™update_res3d_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3d_branch2a/kernel, learning_rate, gradients/res3d_branch2a/kernel_grad_S259)H»ù¬ñºƒPÁ

RecvTensor¾˜ªñºƒ şà(şà:
"€€BŠ[2048B] edge_260_gradients/bn3c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¾˜ªñºƒÛ
.update_bn3c_branch2c/beta/ApplyGradientDescentïù¬ñºƒ (Bupdate_bn3c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2c/beta, learning_rate, gradients/bn3c_branch2c/beta_grad_S260)Hïù¬ñºƒPÂ

RecvTensoréœªñºƒ ÕÜ(ÕÜ:
"€€B‹[2048B] edge_261_gradients/bn3c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Héœªñºƒß
/update_bn3c_branch2c/gamma/ApplyGradientDescentôù¬ñºƒ (B“update_bn3c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2c/gamma, learning_rate, gradients/bn3c_branch2c/gamma_grad_S261)Hôù¬ñºƒPÆ

RecvTensor‹¢ªñºƒ ‘Ù(‘Ù:"€€€€B[0.2MB] edge_262_gradients/res3c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‹¢ªñºƒç
1update_res3c_branch2c/kernel/ApplyGradientDescentœû¬ñºƒ 4(4B™update_res3c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3c_branch2c/kernel, learning_rate, gradients/res3c_branch2c/kernel_grad_S262)Hœû¬ñºƒPÀ

RecvTensor¤¢ªñºƒ øØ(øØ:
"€€B‰[512B] edge_263_gradients/bn3c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¤¢ªñºƒÛ
.update_bn3c_branch2b/beta/ApplyGradientDescentĞû¬ñºƒ (Bupdate_bn3c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2b/beta, learning_rate, gradients/bn3c_branch2b/beta_grad_S263)HĞû¬ñºƒPÁ

RecvTensorµ£ªñºƒ è×(è×:
"€€BŠ[512B] edge_264_gradients/bn3c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hµ£ªñºƒß
/update_bn3c_branch2b/gamma/ApplyGradientDescentÕû¬ñºƒ (B“update_bn3c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2b/gamma, learning_rate, gradients/bn3c_branch2b/gamma_grad_S264)HÕû¬ñºƒPÆ

RecvTensor‹¯ªñºƒ …Ğ(…Ğ:"€€$€€$B[0.6MB] edge_265_gradients/res3c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‹¯ªñºƒç
1update_res3c_branch2b/kernel/ApplyGradientDescentÿ¬ñºƒ b(bB™update_res3c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3c_branch2b/kernel, learning_rate, gradients/res3c_branch2b/kernel_grad_S265)Hÿ¬ñºƒPÀ

RecvTensor¤¯ªñºƒ íÏ(íÏ:
"€€B‰[512B] edge_266_gradients/bn3c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¤¯ªñºƒÛ
.update_bn3c_branch2a/beta/ApplyGradientDescentòÿ¬ñºƒ (Bupdate_bn3c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2a/beta, learning_rate, gradients/bn3c_branch2a/beta_grad_S266)Hòÿ¬ñºƒPÁ

RecvTensor­°ªñºƒ äÎ(äÎ:
"€€BŠ[512B] edge_267_gradients/bn3c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H­°ªñºƒß
/update_bn3c_branch2a/gamma/ApplyGradientDescent÷ÿ¬ñºƒ (B“update_bn3c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2a/gamma, learning_rate, gradients/bn3c_branch2a/gamma_grad_S267)H÷ÿ¬ñºƒPÆ

RecvTensorÆµªñºƒ ©Ë(©Ë:"€€€€B[0.2MB] edge_268_gradients/res3c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÆµªñºƒç
1update_res3c_branch2a/kernel/ApplyGradientDescentï€­ñºƒ 2(2B™update_res3c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3c_branch2a/kernel, learning_rate, gradients/res3c_branch2a/kernel_grad_S268)Hï€­ñºƒPÁ

RecvTensor˜¶ªñºƒ ÙÊ(ÙÊ:
"€€BŠ[2048B] edge_269_gradients/bn3b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H˜¶ªñºƒÛ
.update_bn3b_branch2c/beta/ApplyGradientDescent¡­ñºƒ (Bupdate_bn3b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2c/beta, learning_rate, gradients/bn3b_branch2c/beta_grad_S269)H¡­ñºƒPÂ

RecvTensor²ºªñºƒ ÀÆ(ÀÆ:
"€€B‹[2048B] edge_270_gradients/bn3b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H²ºªñºƒß
/update_bn3b_branch2c/gamma/ApplyGradientDescent¦­ñºƒ (B“update_bn3b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2c/gamma, learning_rate, gradients/bn3b_branch2c/gamma_grad_S270)H¦­ñºƒPÆ

RecvTensorÌ¿ªñºƒ „Ã(„Ã:"€€€€B[0.2MB] edge_271_gradients/res3b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÌ¿ªñºƒç
1update_res3b_branch2c/kernel/ApplyGradientDescentĞ‚­ñºƒ 2(2B™update_res3b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3b_branch2c/kernel, learning_rate, gradients/res3b_branch2c/kernel_grad_S271)HĞ‚­ñºƒPÀ

RecvTensoræ¿ªñºƒ ëÂ(ëÂ:
"€€B‰[512B] edge_272_gradients/bn3b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hæ¿ªñºƒÛ
.update_bn3b_branch2b/beta/ApplyGradientDescent‚ƒ­ñºƒ (Bupdate_bn3b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2b/beta, learning_rate, gradients/bn3b_branch2b/beta_grad_S272)H‚ƒ­ñºƒPÁ

RecvTensorîÀªñºƒ ãÁ(ãÁ:
"€€BŠ[512B] edge_273_gradients/bn3b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HîÀªñºƒß
/update_bn3b_branch2b/gamma/ApplyGradientDescentˆƒ­ñºƒ (B“update_bn3b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2b/gamma, learning_rate, gradients/bn3b_branch2b/gamma_grad_S273)Hˆƒ­ñºƒPÆ

RecvTensorÇÌªñºƒ ı¹(ı¹:"€€$€€$B[0.6MB] edge_274_gradients/res3b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÇÌªñºƒç
1update_res3b_branch2b/kernel/ApplyGradientDescentÄ†­ñºƒ g(gB™update_res3b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3b_branch2b/kernel, learning_rate, gradients/res3b_branch2b/kernel_grad_S274)HÄ†­ñºƒPÀ

RecvTensoràÌªñºƒ å¹(å¹:
"€€B‰[512B] edge_275_gradients/bn3b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HàÌªñºƒÛ
.update_bn3b_branch2a/beta/ApplyGradientDescent«‡­ñºƒ (Bupdate_bn3b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2a/beta, learning_rate, gradients/bn3b_branch2a/beta_grad_S275)H«‡­ñºƒPÁ

RecvTensorèÍªñºƒ İ¸(İ¸:
"€€BŠ[512B] edge_276_gradients/bn3b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HèÍªñºƒß
/update_bn3b_branch2a/gamma/ApplyGradientDescent°‡­ñºƒ (B“update_bn3b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2a/gamma, learning_rate, gradients/bn3b_branch2a/gamma_grad_S276)H°‡­ñºƒPÆ

RecvTensor­Óªñºƒ ö´(ö´:"€€€€B[0.2MB] edge_277_gradients/res3b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H­Óªñºƒç
1update_res3b_branch2a/kernel/ApplyGradientDescent£ˆ­ñºƒ 0(0B™update_res3b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3b_branch2a/kernel, learning_rate, gradients/res3b_branch2a/kernel_grad_S277)H£ˆ­ñºƒPÀ

RecvTensorşÓªñºƒ §´(§´:
"€€B‰[2048B] edge_278_gradients/bn3a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HşÓªñºƒ×
-update_bn3a_branch1/beta/ApplyGradientDescentÓˆ­ñºƒ (Bupdate_bn3a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch1/beta, learning_rate, gradients/bn3a_branch1/beta_grad_S278)HÓˆ­ñºƒPÁ

RecvTensoršÖªñºƒ ²(²:
"€€BŠ[2048B] edge_279_gradients/bn3a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HšÖªñºƒÛ
.update_bn3a_branch1/gamma/ApplyGradientDescentØˆ­ñºƒ (Bupdate_bn3a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch1/gamma, learning_rate, gradients/bn3a_branch1/gamma_grad_S279)HØˆ­ñºƒPÅ

RecvTensor·àªñºƒ ««(««:"€€ €€ BŒ[0.5MB] edge_280_gradients/res3a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H·àªñºƒã
0update_res3a_branch1/kernel/ApplyGradientDescentâ‹­ñºƒ V(VB–update_res3a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch1/kernel, learning_rate, gradients/res3a_branch1/kernel_grad_S280)Hâ‹­ñºƒPÁ

RecvTensorˆáªñºƒ Üª(Üª:
"€€BŠ[2048B] edge_281_gradients/bn3a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HˆáªñºƒÛ
.update_bn3a_branch2c/beta/ApplyGradientDescent¸Œ­ñºƒ (Bupdate_bn3a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2c/beta, learning_rate, gradients/bn3a_branch2c/beta_grad_S281)H¸Œ­ñºƒPÂ

RecvTensorœåªñºƒ Ê¦(Ê¦:
"€€B‹[2048B] edge_282_gradients/bn3a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hœåªñºƒß
/update_bn3a_branch2c/gamma/ApplyGradientDescent½Œ­ñºƒ (B“update_bn3a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2c/gamma, learning_rate, gradients/bn3a_branch2c/gamma_grad_S282)H½Œ­ñºƒPÆ

RecvTensor·êªñºƒ £(£:"€€€€B[0.2MB] edge_283_gradients/res3a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H·êªñºƒç
1update_res3a_branch2c/kernel/ApplyGradientDescentÄ­ñºƒ 1(1B™update_res3a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch2c/kernel, learning_rate, gradients/res3a_branch2c/kernel_grad_S283)HÄ­ñºƒPÀ

RecvTensorÓêªñºƒ ñ¢(ñ¢:
"€€B‰[512B] edge_284_gradients/bn3a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÓêªñºƒÛ
.update_bn3a_branch2b/beta/ApplyGradientDescentõ­ñºƒ (Bupdate_bn3a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2b/beta, learning_rate, gradients/bn3a_branch2b/beta_grad_S284)Hõ­ñºƒPÁ

RecvTensorÚëªñºƒ ë¡(ë¡:
"€€BŠ[512B] edge_285_gradients/bn3a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÚëªñºƒß
/update_bn3a_branch2b/gamma/ApplyGradientDescentú­ñºƒ (B“update_bn3a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2b/gamma, learning_rate, gradients/bn3a_branch2b/gamma_grad_S285)Hú­ñºƒPÆ

RecvTensor¹÷ªñºƒ ÿ™(ÿ™:"€€$€€$B[0.6MB] edge_286_gradients/res3a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¹÷ªñºƒç
1update_res3a_branch2b/kernel/ApplyGradientDescent¸‘­ñºƒ ^(^B™update_res3a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch2b/kernel, learning_rate, gradients/res3a_branch2b/kernel_grad_S286)H¸‘­ñºƒPÀ

RecvTensorŠøªñºƒ ®™(®™:
"€€B‰[512B] edge_287_gradients/bn3a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŠøªñºƒÛ
.update_bn3a_branch2a/beta/ApplyGradientDescent–’­ñºƒ (Bupdate_bn3a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2a/beta, learning_rate, gradients/bn3a_branch2a/beta_grad_S287)H–’­ñºƒPÁ

RecvTensorøûªñºƒ Á•(Á•:
"€€BŠ[512B] edge_288_gradients/bn3a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Høûªñºƒß
/update_bn3a_branch2a/gamma/ApplyGradientDescent›’­ñºƒ (B“update_bn3a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2a/gamma, learning_rate, gradients/bn3a_branch2a/gamma_grad_S288)H›’­ñºƒPÆ

RecvTensor¸†«ñºƒ ğ‹(ğ‹:"€€€€B[0.1MB] edge_289_gradients/res3a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¸†«ñºƒç
1update_res3a_branch2a/kernel/ApplyGradientDescent¨’­ñºƒ (B™update_res3a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch2a/kernel, learning_rate, gradients/res3a_branch2a/kernel_grad_S289)H¨’­ñºƒPÁ

RecvTensorÍ‡«ñºƒ ÜŠ(ÜŠ:
"€€BŠ[1024B] edge_290_gradients/bn2c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÍ‡«ñºƒÛ
.update_bn2c_branch2c/beta/ApplyGradientDescentÂ’­ñºƒ (Bupdate_bn2c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2c/beta, learning_rate, gradients/bn2c_branch2c/beta_grad_S290)HÂ’­ñºƒPÂ

RecvTensorÎ«ñºƒ Û‚(Û‚:
"€€B‹[1024B] edge_291_gradients/bn2c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÎ«ñºƒß
/update_bn2c_branch2c/gamma/ApplyGradientDescentÇ’­ñºƒ (B“update_bn2c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2c/gamma, learning_rate, gradients/bn2c_branch2c/gamma_grad_S291)HÇ’­ñºƒPÇ

RecvTensorå”«ñºƒ üı(üı:"€€€€B[65536B] edge_292_gradients/res2c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hå”«ñºƒç
1update_res2c_branch2c/kernel/ApplyGradientDescentá’­ñºƒ (B™update_res2c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res2c_branch2c/kernel, learning_rate, gradients/res2c_branch2c/kernel_grad_S292)Há’­ñºƒPÀ

RecvTensor‘•«ñºƒ Ğı(Ğı:
"€€B‰[256B] edge_293_gradients/bn2c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‘•«ñºƒÛ
.update_bn2c_branch2b/beta/ApplyGradientDescentñ’­ñºƒ (Bupdate_bn2c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2b/beta, learning_rate, gradients/bn2c_branch2b/beta_grad_S293)Hñ’­ñºƒPÁ

RecvTensor—«ñºƒ Ñû(Ñû:
"€€BŠ[256B] edge_294_gradients/bn2c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H—«ñºƒß
/update_bn2c_branch2b/gamma/ApplyGradientDescentö’­ñºƒ (B“update_bn2c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2b/gamma, learning_rate, gradients/bn2c_branch2b/gamma_grad_S294)Hö’­ñºƒPÆ

RecvTensorŞ¢«ñºƒ €ñ(€ñ:"€€	€€	B[0.1MB] edge_295_gradients/res2c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŞ¢«ñºƒç
1update_res2c_branch2b/kernel/ApplyGradientDescentŞ“­ñºƒ  ( B™update_res2c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res2c_branch2b/kernel, learning_rate, gradients/res2c_branch2b/kernel_grad_S295)HŞ“­ñºƒPÀ

RecvTensor‹£«ñºƒ Óğ(Óğ:
"€€B‰[256B] edge_296_gradients/bn2c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‹£«ñºƒÛ
.update_bn2c_branch2a/beta/ApplyGradientDescentş“­ñºƒ (Bupdate_bn2c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2a/beta, learning_rate, gradients/bn2c_branch2a/beta_grad_S296)Hş“­ñºƒPÁ

RecvTensor”¥«ñºƒ Ëî(Ëî:
"€€BŠ[256B] edge_297_gradients/bn2c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H”¥«ñºƒß
/update_bn2c_branch2a/gamma/ApplyGradientDescentƒ”­ñºƒ (B“update_bn2c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2a/gamma, learning_rate, gradients/bn2c_branch2a/gamma_grad_S297)Hƒ”­ñºƒPÇ

RecvTensorÅª«ñºƒ Ñé(Ñé:"€€€€B[65536B] edge_298_gradients/res2c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÅª«ñºƒç
1update_res2c_branch2a/kernel/ApplyGradientDescent–”­ñºƒ (B™update_res2c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res2c_branch2a/kernel, learning_rate, gradients/res2c_branch2a/kernel_grad_S298)H–”­ñºƒPÁ

RecvTensorà««ñºƒ ·è(·è:
"€€BŠ[1024B] edge_299_gradients/bn2b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hà««ñºƒÛ
.update_bn2b_branch2c/beta/ApplyGradientDescent§”­ñºƒ (Bupdate_bn2b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2c/beta, learning_rate, gradients/bn2b_branch2c/beta_grad_S299)H§”­ñºƒPÂ

RecvTensorğ³«ñºƒ ¨à(¨à:
"€€B‹[1024B] edge_300_gradients/bn2b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hğ³«ñºƒß
/update_bn2b_branch2c/gamma/ApplyGradientDescent¬”­ñºƒ (B“update_bn2b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2c/gamma, learning_rate, gradients/bn2b_branch2c/gamma_grad_S300)H¬”­ñºƒPÇ

RecvTensor¹«ñºƒ ÁÛ(ÁÛ:"€€€€B[65536B] edge_301_gradients/res2b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¹«ñºƒç
1update_res2b_branch2c/kernel/ApplyGradientDescentÏ”­ñºƒ (B™update_res2b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res2b_branch2c/kernel, learning_rate, gradients/res2b_branch2c/kernel_grad_S301)HÏ”­ñºƒPÀ

RecvTensor»¹«ñºƒ ”Û(”Û:
"€€B‰[256B] edge_302_gradients/bn2b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H»¹«ñºƒÛ
.update_bn2b_branch2b/beta/ApplyGradientDescentŞ”­ñºƒ (Bupdate_bn2b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2b/beta, learning_rate, gradients/bn2b_branch2b/beta_grad_S302)HŞ”­ñºƒPÁ

RecvTensorº»«ñºƒ –Ù(–Ù:
"€€BŠ[256B] edge_303_gradients/bn2b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hº»«ñºƒß
/update_bn2b_branch2b/gamma/ApplyGradientDescentã”­ñºƒ (B“update_bn2b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2b/gamma, learning_rate, gradients/bn2b_branch2b/gamma_grad_S303)Hã”­ñºƒPÆ

RecvTensorïÆ«ñºƒ İÎ(İÎ:"€€	€€	B[0.1MB] edge_304_gradients/res2b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HïÆ«ñºƒç
1update_res2b_branch2b/kernel/ApplyGradientDescentÌ•­ñºƒ (B™update_res2b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res2b_branch2b/kernel, learning_rate, gradients/res2b_branch2b/kernel_grad_S304)HÌ•­ñºƒPÀ

RecvTensoršÇ«ñºƒ ³Î(³Î:
"€€B‰[256B] edge_305_gradients/bn2b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HšÇ«ñºƒÛ
.update_bn2b_branch2a/beta/ApplyGradientDescentê•­ñºƒ (Bupdate_bn2b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2a/beta, learning_rate, gradients/bn2b_branch2a/beta_grad_S305)Hê•­ñºƒPÁ

RecvTensor¡É«ñºƒ ¬Ì(¬Ì:
"€€BŠ[256B] edge_306_gradients/bn2b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¡É«ñºƒß
/update_bn2b_branch2a/gamma/ApplyGradientDescentï•­ñºƒ (B“update_bn2b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2a/gamma, learning_rate, gradients/bn2b_branch2a/gamma_grad_S306)Hï•­ñºƒPÇ

RecvTensorÁÎ«ñºƒ ÃÇ(ÃÇ:"€€€€B[65536B] edge_307_gradients/res2b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÁÎ«ñºƒç
1update_res2b_branch2a/kernel/ApplyGradientDescent„–­ñºƒ (B™update_res2b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res2b_branch2a/kernel, learning_rate, gradients/res2b_branch2a/kernel_grad_S307)H„–­ñºƒPÀ

RecvTensoráÏ«ñºƒ ¤Æ(¤Æ:
"€€B‰[1024B] edge_308_gradients/bn2a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HáÏ«ñºƒ×
-update_bn2a_branch1/beta/ApplyGradientDescent•–­ñºƒ (Bupdate_bn2a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch1/beta, learning_rate, gradients/bn2a_branch1/beta_grad_S308)H•–­ñºƒPÁ

RecvTensor¬Ô«ñºƒ ÚÁ(ÚÁ:
"€€BŠ[1024B] edge_309_gradients/bn2a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¬Ô«ñºƒÛ
.update_bn2a_branch1/gamma/ApplyGradientDescentš–­ñºƒ (Bupdate_bn2a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch1/gamma, learning_rate, gradients/bn2a_branch1/gamma_grad_S309)Hš–­ñºƒPÆ

RecvTensor¾Ù«ñºƒ €½(€½:"€€€€B[65536B] edge_310_gradients/res2a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¾Ù«ñºƒã
0update_res2a_branch1/kernel/ApplyGradientDescent¾–­ñºƒ (B–update_res2a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch1/kernel, learning_rate, gradients/res2a_branch1/kernel_grad_S310)H¾–­ñºƒPÁ

RecvTensorÕÚ«ñºƒ é»(é»:
"€€BŠ[1024B] edge_311_gradients/bn2a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÕÚ«ñºƒÛ
.update_bn2a_branch2c/beta/ApplyGradientDescentÏ–­ñºƒ (Bupdate_bn2a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2c/beta, learning_rate, gradients/bn2a_branch2c/beta_grad_S311)HÏ–­ñºƒPÂ

RecvTensorÆâ«ñºƒ ù³(ù³:
"€€B‹[1024B] edge_312_gradients/bn2a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÆâ«ñºƒß
/update_bn2a_branch2c/gamma/ApplyGradientDescentÔ–­ñºƒ (B“update_bn2a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2c/gamma, learning_rate, gradients/bn2a_branch2c/gamma_grad_S312)HÔ–­ñºƒPÇ

RecvTensorÜç«ñºƒ ›¯(›¯:"€€€€B[65536B] edge_313_gradients/res2a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÜç«ñºƒç
1update_res2a_branch2c/kernel/ApplyGradientDescent÷–­ñºƒ (B™update_res2a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch2c/kernel, learning_rate, gradients/res2a_branch2c/kernel_grad_S313)H÷–­ñºƒPÀ

RecvTensor‰è«ñºƒ î®(î®:
"€€B‰[256B] edge_314_gradients/bn2a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‰è«ñºƒÛ
.update_bn2a_branch2b/beta/ApplyGradientDescent‡—­ñºƒ (Bupdate_bn2a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2b/beta, learning_rate, gradients/bn2a_branch2b/beta_grad_S314)H‡—­ñºƒPÁ

RecvTensorê«ñºƒ è¬(è¬:
"€€BŠ[256B] edge_315_gradients/bn2a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hê«ñºƒß
/update_bn2a_branch2b/gamma/ApplyGradientDescentŒ—­ñºƒ (B“update_bn2a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2b/gamma, learning_rate, gradients/bn2a_branch2b/gamma_grad_S315)HŒ—­ñºƒPÆ

RecvTensoräõ«ñºƒ ¢(¢:"€€	€€	B[0.1MB] edge_316_gradients/res2a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Häõ«ñºƒç
1update_res2a_branch2b/kernel/ApplyGradientDescentô—­ñºƒ (B™update_res2a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch2b/kernel, learning_rate, gradients/res2a_branch2b/kernel_grad_S316)Hô—­ñºƒPÀ

RecvTensor”ö«ñºƒ à¡(à¡:
"€€B‰[256B] edge_317_gradients/bn2a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H”ö«ñºƒÛ
.update_bn2a_branch2a/beta/ApplyGradientDescent˜­ñºƒ (Bupdate_bn2a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2a/beta, learning_rate, gradients/bn2a_branch2a/beta_grad_S317)H˜­ñºƒPÁ

RecvTensorœø«ñºƒ ÙŸ(ÙŸ:
"€€BŠ[256B] edge_318_gradients/bn2a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hœø«ñºƒß
/update_bn2a_branch2a/gamma/ApplyGradientDescent•˜­ñºƒ (B“update_bn2a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2a/gamma, learning_rate, gradients/bn2a_branch2a/gamma_grad_S318)H•˜­ñºƒPÇ

RecvTensorÈù«ñºƒ º(º:"€€€€B[16384B] edge_319_gradients/res2a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÈù«ñºƒç
1update_res2a_branch2a/kernel/ApplyGradientDescentš˜­ñºƒ (B™update_res2a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch2a/kernel, learning_rate, gradients/res2a_branch2a/kernel_grad_S319)Hš˜­ñºƒP»

RecvTensorßú«ñºƒ ¤(¤:
"€€B„[256B] edge_320_gradients/bn_conv1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hßú«ñºƒÇ
)update_bn_conv1/beta/ApplyGradientDescent¢˜­ñºƒ (Bupdate_bn_conv1/beta/ApplyGradientDescent = ApplyGradientDescent(bn_conv1/beta, learning_rate, gradients/bn_conv1/beta_grad_S320)H¢˜­ñºƒP¼

RecvTensorº…¬ñºƒ É’(É’:
"€€B…[256B] edge_321_gradients/bn_conv1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hº…¬ñºƒË
*update_bn_conv1/gamma/ApplyGradientDescent§˜­ñºƒ (B„update_bn_conv1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn_conv1/gamma, learning_rate, gradients/bn_conv1/gamma_grad_S321)H§˜­ñºƒP¾

RecvTensor´‹¬ñºƒ ïŒ(ïŒ:"€¦€¦B…[37632B] edge_322_gradients/conv1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H´‹¬ñºƒÂ
(update_conv1/kernel/ApplyGradientDescent¬˜­ñºƒ (B~update_conv1/kernel/ApplyGradientDescent = ApplyGradientDescent(conv1/kernel, learning_rate, gradients/conv1/kernel_grad_S322)H¬˜­ñºƒP