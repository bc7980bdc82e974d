
–‹

Öê
)/job:worker/replica:0/task:0/device:CPU:0¯

RecvTensorß€˜ñºƒ (:"€¦€¦By[37632B] edge_1_conv1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hß€˜ñºƒ«

RecvTensorâ€˜ñºƒ _(_:
"€€By[256B] edge_2_bn_conv1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hâ€˜ñºƒª

RecvTensorå€˜ñºƒ j(j:
"€€Bx[256B] edge_3_bn_conv1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hå€˜ñºƒ·

RecvTensorè€˜ñºƒ g(g:"€€€€B‚[16384B] edge_4_res2a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hè€˜ñºƒ²

RecvTensorë€˜ñºƒ §(§:
"€€B~[256B] edge_5_bn2a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hë€˜ñºƒ±

RecvTensorî€˜ñºƒ (:
"€€B}[256B] edge_6_bn2a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hî€˜ñºƒ¸

RecvTensorñ€˜ñºƒ ´(´:"€€	€€	B[0.1MB] edge_7_res2a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hñ€˜ñºƒ²

RecvTensorô€˜ñºƒ Ÿ(Ÿ:
"€€B~[256B] edge_8_bn2a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hô€˜ñºƒ±

RecvTensor÷€˜ñºƒ æ(æ:
"€€B}[256B] edge_9_bn2a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H÷€˜ñºƒº

RecvTensorú€˜ñºƒ ­(­:"€€€€Bƒ[65536B] edge_10_res2a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hú€˜ñºƒµ

RecvTensorı€˜ñºƒ –(–:
"€€B€[1024B] edge_11_bn2a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hı€˜ñºƒ±

RecvTensor€˜ñºƒ p(p:
"€€B[1024B] edge_12_bn2a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H€˜ñºƒ¹

RecvTensorƒ˜ñºƒ Ù(Ù:"€€€€B‚[65536B] edge_13_res2a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hƒ˜ñºƒ³

RecvTensor†˜ñºƒ ×(×:
"€€B[1024B] edge_14_bn2a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H†˜ñºƒ²

RecvTensorŠ˜ñºƒ (:
"€€B~[1024B] edge_15_bn2a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŠ˜ñºƒº

RecvTensorŒ˜ñºƒ …(…:"€€€€Bƒ[65536B] edge_16_res2b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŒ˜ñºƒ³

RecvTensor˜ñºƒ „(„:
"€€B[256B] edge_17_bn2b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H˜ñºƒ²

RecvTensor’˜ñºƒ (:
"€€B~[256B] edge_18_bn2b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H’˜ñºƒ¹

RecvTensor•˜ñºƒ Å(Å:"€€	€€	B‚[0.1MB] edge_19_res2b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H•˜ñºƒ³

RecvTensor˜˜ñºƒ û(û:
"€€B[256B] edge_20_bn2b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H˜˜ñºƒ²

RecvTensor›˜ñºƒ ù(ù:
"€€B~[256B] edge_21_bn2b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H›˜ñºƒº

RecvTensor˜ñºƒ ­(­:"€€€€Bƒ[65536B] edge_22_res2b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H˜ñºƒµ

RecvTensor¢˜ñºƒ «(«:
"€€B€[1024B] edge_23_bn2b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¢˜ñºƒ³

RecvTensor¥˜ñºƒ §(§:
"€€B[1024B] edge_24_bn2b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¥˜ñºƒº

RecvTensor¨˜ñºƒ İ(İ:"€€€€Bƒ[65536B] edge_25_res2c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¨˜ñºƒ³

RecvTensor«˜ñºƒ é(é:
"€€B[256B] edge_26_bn2c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H«˜ñºƒ²

RecvTensor®˜ñºƒ ×(×:
"€€B~[256B] edge_27_bn2c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H®˜ñºƒ¹

RecvTensor±˜ñºƒ ¨(¨:"€€	€€	B‚[0.1MB] edge_28_res2c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H±˜ñºƒ³

RecvTensor´˜ñºƒ à(à:
"€€B[256B] edge_29_bn2c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H´˜ñºƒ²

RecvTensor·˜ñºƒ Î(Î:
"€€B~[256B] edge_30_bn2c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H·˜ñºƒº

RecvTensorº˜ñºƒ ó(ó:"€€€€Bƒ[65536B] edge_31_res2c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hº˜ñºƒµ

RecvTensor½˜ñºƒ ñ(ñ:
"€€B€[1024B] edge_32_bn2c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H½˜ñºƒ³

RecvTensorÀ˜ñºƒ µ(µ:
"€€B[1024B] edge_33_bn2c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÀ˜ñºƒ¹

RecvTensorÃ˜ñºƒ ±(±:"€€€€B‚[0.1MB] edge_34_res3a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÃ˜ñºƒ³

RecvTensorÆ˜ñºƒ ç(ç:
"€€B[512B] edge_35_bn3a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÆ˜ñºƒ²

RecvTensorÉ˜ñºƒ ¼(¼:
"€€B~[512B] edge_36_bn3a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÉ˜ñºƒ¹

RecvTensorÌ˜ñºƒ Ô	(Ô	:"€€$€€$B‚[0.6MB] edge_37_res3a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÌ˜ñºƒ³

RecvTensorÏ˜ñºƒ Ò	(Ò	:
"€€B[512B] edge_38_bn3a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÏ˜ñºƒ²

RecvTensorÒ˜ñºƒ Ï	(Ï	:
"€€B~[512B] edge_39_bn3a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÒ˜ñºƒ¹

RecvTensorÕ˜ñºƒ Û(Û:"€€€€B‚[0.2MB] edge_40_res3a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÕ˜ñºƒµ

RecvTensorØ˜ñºƒ û(û:
"€€B€[2048B] edge_41_bn3a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HØ˜ñºƒ³

RecvTensorÛ˜ñºƒ ‚(‚:
"€€B[2048B] edge_42_bn3a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÛ˜ñºƒ¸

RecvTensorŞ˜ñºƒ ÿ(ÿ:"€€ €€ B[0.5MB] edge_43_res3a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŞ˜ñºƒ³

RecvTensorá˜ñºƒ ú(ú:
"€€B[2048B] edge_44_bn3a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Há˜ñºƒ²

RecvTensorã˜ñºƒ û(û:
"€€B~[2048B] edge_45_bn3a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hã˜ñºƒ¹

RecvTensoræ˜ñºƒ ¨(¨:"€€€€B‚[0.2MB] edge_46_res3b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hæ˜ñºƒ³

RecvTensorê˜ñºƒ ã(ã:
"€€B[512B] edge_47_bn3b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hê˜ñºƒ²

RecvTensorí˜ñºƒ ¢(¢:
"€€B~[512B] edge_48_bn3b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hí˜ñºƒ¹

RecvTensorğ˜ñºƒ á(á:"€€$€€$B‚[0.6MB] edge_49_res3b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hğ˜ñºƒ³

RecvTensoró˜ñºƒ ›(›:
"€€B[512B] edge_50_bn3b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hó˜ñºƒ²

RecvTensorö˜ñºƒ ™(™:
"€€B~[512B] edge_51_bn3b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hö˜ñºƒ¹

RecvTensorù˜ñºƒ Ó(Ó:"€€€€B‚[0.2MB] edge_52_res3b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hù˜ñºƒµ

RecvTensorü˜ñºƒ •(•:
"€€B€[2048B] edge_53_bn3b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hü˜ñºƒ³

RecvTensorÿ˜ñºƒ Ï(Ï:
"€€B[2048B] edge_54_bn3b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hÿ˜ñºƒ¹

RecvTensor‚‚˜ñºƒ í(í:"€€€€B‚[0.2MB] edge_55_res3c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‚‚˜ñºƒ³

RecvTensor…‚˜ñºƒ Ê(Ê:
"€€B[512B] edge_56_bn3c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H…‚˜ñºƒ²

RecvTensorˆ‚˜ñºƒ Ê(Ê:
"€€B~[512B] edge_57_bn3c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hˆ‚˜ñºƒ¹

RecvTensor‹‚˜ñºƒ Œ"(Œ":"€€$€€$B‚[0.6MB] edge_58_res3c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‹‚˜ñºƒ³

RecvTensor‚˜ñºƒ Ã(Ã:
"€€B[512B] edge_59_bn3c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‚˜ñºƒ²

RecvTensor‘‚˜ñºƒ “(“:
"€€B~[512B] edge_60_bn3c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‘‚˜ñºƒ¹

RecvTensor”‚˜ñºƒ à#(à#:"€€€€B‚[0.2MB] edge_61_res3c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H”‚˜ñºƒµ

RecvTensor—‚˜ñºƒ º(º:
"€€B€[2048B] edge_62_bn3c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H—‚˜ñºƒ³

RecvTensorš‚˜ñºƒ ¬(¬:
"€€B[2048B] edge_63_bn3c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hš‚˜ñºƒ¹

RecvTensor‚˜ñºƒ Á8(Á8:"€€€€B‚[0.2MB] edge_64_res3d_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‚˜ñºƒ³

RecvTensor ‚˜ñºƒ Ö#(Ö#:
"€€B[512B] edge_65_bn3d_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H ‚˜ñºƒ²

RecvTensor£‚˜ñºƒ Ò#(Ò#:
"€€B~[512B] edge_66_bn3d_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H£‚˜ñºƒ¹

RecvTensor¦‚˜ñºƒ (:"€€$€€$B‚[0.6MB] edge_67_res3d_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¦‚˜ñºƒ³

RecvTensor©‚˜ñºƒ ˆ'(ˆ':
"€€B[512B] edge_68_bn3d_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H©‚˜ñºƒ²

RecvTensor¬‚˜ñºƒ É#(É#:
"€€B~[512B] edge_69_bn3d_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¬‚˜ñºƒ¹

RecvTensor¯‚˜ñºƒ õ(õ:"€€€€B‚[0.2MB] edge_70_res3d_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¯‚˜ñºƒµ

RecvTensor²‚˜ñºƒ ­8(­8:
"€€B€[2048B] edge_71_bn3d_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H²‚˜ñºƒ³

RecvTensorµ‚˜ñºƒ ş&(ş&:
"€€B[2048B] edge_72_bn3d_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hµ‚˜ñºƒ¹

RecvTensor¸‚˜ñºƒ ù&(ù&:"€€ €€ B‚[0.5MB] edge_73_res4a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¸‚˜ñºƒµ

RecvTensor»‚˜ñºƒ ù&(ù&:
"€€B€[1024B] edge_74_bn4a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H»‚˜ñºƒ³

RecvTensor¾‚˜ñºƒ ×\(×\:
"€€B[1024B] edge_75_bn4a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¾‚˜ñºƒ»

RecvTensorÁ‚˜ñºƒ ¾6(¾6:"
€€€€B‚[2.2MB] edge_76_res4a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÁ‚˜ñºƒµ

RecvTensorÃ‚˜ñºƒ ½6(½6:
"€€B€[1024B] edge_77_bn4a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÃ‚˜ñºƒ³

RecvTensorÆ‚˜ñºƒ ï&(ï&:
"€€B[1024B] edge_78_bn4a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÆ‚˜ñºƒ¹

RecvTensorÉ‚˜ñºƒ ?(?:"€€@€€@B‚[1.0MB] edge_79_res4a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÉ‚˜ñºƒµ

RecvTensorÌ‚˜ñºƒ È\(È\:
"€ € B€[4096B] edge_80_bn4a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÌ‚˜ñºƒ³

RecvTensorÏ‚˜ñºƒ ”8(”8:
"€ € B[4096B] edge_81_bn4a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÏ‚˜ñºƒº

RecvTensorÓ‚˜ñºƒ ¾\(¾\:"
€€€€€€B[2.0MB] edge_82_res4a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÓ‚˜ñºƒ³

RecvTensorÖ‚˜ñºƒ Ã\(Ã\:
"€ € B[4096B] edge_83_bn4a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÖ‚˜ñºƒ²

RecvTensorÙ‚˜ñºƒ È\(È\:
"€ € B~[4096B] edge_84_bn4a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÙ‚˜ñºƒ¹

RecvTensorÜ‚˜ñºƒ ¼c(¼c:"€€@€€@B‚[1.0MB] edge_85_res4b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÜ‚˜ñºƒµ

RecvTensorß‚˜ñºƒ ¾\(¾\:
"€€B€[1024B] edge_86_bn4b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hß‚˜ñºƒ³

RecvTensorâ‚˜ñºƒ ¼\(¼\:
"€€B[1024B] edge_87_bn4b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hâ‚˜ñºƒ»

RecvTensorå‚˜ñºƒ ¿N(¿N:"
€€€€B‚[2.2MB] edge_88_res4b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hå‚˜ñºƒµ

RecvTensorè‚˜ñºƒ §j(§j:
"€€B€[1024B] edge_89_bn4b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hè‚˜ñºƒ³

RecvTensorë‚˜ñºƒ œq(œq:
"€€B[1024B] edge_90_bn4b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hë‚˜ñºƒ¹

RecvTensorî‚˜ñºƒ  j( j:"€€@€€@B‚[1.0MB] edge_91_res4b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hî‚˜ñºƒµ

RecvTensorñ‚˜ñºƒ «\(«\:
"€ € B€[4096B] edge_92_bn4b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hñ‚˜ñºƒ³

RecvTensorô‚˜ñºƒ ˜q(˜q:
"€ € B[4096B] edge_93_bn4b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hô‚˜ñºƒ¹

RecvTensor÷‚˜ñºƒ q(q:"€€@€€@B‚[1.0MB] edge_94_res4c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H÷‚˜ñºƒµ

RecvTensorú‚˜ñºƒ –j(–j:
"€€B€[1024B] edge_95_bn4c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hú‚˜ñºƒ³

RecvTensorı‚˜ñºƒ †x(†x:
"€€B[1024B] edge_96_bn4c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hı‚˜ñºƒ½

RecvTensor€ƒ˜ñºƒ Ñ‡(Ñ‡:"
€€€€B‚[2.2MB] edge_97_res4c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H€ƒ˜ñºƒµ

RecvTensorƒƒ˜ñºƒ …q(…q:
"€€B€[1024B] edge_98_bn4c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hƒƒ˜ñºƒµ

RecvTensor†ƒ˜ñºƒ Ì‡(Ì‡:
"€€B[1024B] edge_99_bn4c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H†ƒ˜ñºƒº

RecvTensor‰ƒ˜ñºƒ ùw(ùw:"€€@€€@Bƒ[1.0MB] edge_100_res4c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‰ƒ˜ñºƒ¸

RecvTensorŒƒ˜ñºƒ Ê‡(Ê‡:
"€ € B[4096B] edge_101_bn4c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŒƒ˜ñºƒµ

RecvTensorƒ˜ñºƒ øw(øw:
"€ € B€[4096B] edge_102_bn4c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hƒ˜ñºƒ¼

RecvTensor’ƒ˜ñºƒ ¼(¼:"€€@€€@Bƒ[1.0MB] edge_103_res4d_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H’ƒ˜ñºƒ¸

RecvTensor•ƒ˜ñºƒ ¾‡(¾‡:
"€€B[1024B] edge_104_bn4d_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H•ƒ˜ñºƒ·

RecvTensor˜ƒ˜ñºƒ ·(·:
"€€B€[1024B] edge_105_bn4d_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H˜ƒ˜ñºƒ¾

RecvTensor›ƒ˜ñºƒ ƒ(ƒ:"
€€€€Bƒ[2.2MB] edge_106_res4d_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H›ƒ˜ñºƒ¸

RecvTensorƒ˜ñºƒ ±(±:
"€€B[1024B] edge_107_bn4d_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hƒ˜ñºƒ·

RecvTensor¡ƒ˜ñºƒ ¶‡(¶‡:
"€€B€[1024B] edge_108_bn4d_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¡ƒ˜ñºƒ¼

RecvTensor¤ƒ˜ñºƒ ï«(ï«:"€€@€€@Bƒ[1.0MB] edge_109_res4d_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¤ƒ˜ñºƒ¸

RecvTensor§ƒ˜ñºƒ ú(ú:
"€ € B[4096B] edge_110_bn4d_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H§ƒ˜ñºƒ·

RecvTensorªƒ˜ñºƒ ©(©:
"€ € B€[4096B] edge_111_bn4d_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hªƒ˜ñºƒ¼

RecvTensor­ƒ˜ñºƒ ë¤(ë¤:"€€@€€@Bƒ[1.0MB] edge_112_res4e_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H­ƒ˜ñºƒ¸

RecvTensor°ƒ˜ñºƒ ò(ò:
"€€B[1024B] edge_113_bn4e_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H°ƒ˜ñºƒ·

RecvTensor³ƒ˜ñºƒ æ¤(æ¤:
"€€B€[1024B] edge_114_bn4e_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H³ƒ˜ñºƒ¾

RecvTensor¶ƒ˜ñºƒ ¨»(¨»:"
€€€€Bƒ[2.2MB] edge_115_res4e_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¶ƒ˜ñºƒ¸

RecvTensor¹ƒ˜ñºƒ ¦»(¦»:
"€€B[1024B] edge_116_bn4e_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¹ƒ˜ñºƒ·

RecvTensor¼ƒ˜ñºƒ £»(£»:
"€€B€[1024B] edge_117_bn4e_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¼ƒ˜ñºƒ¼

RecvTensor¿ƒ˜ñºƒ ‘É(‘É:"€€@€€@Bƒ[1.0MB] edge_118_res4e_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¿ƒ˜ñºƒ¸

RecvTensorÂƒ˜ñºƒ ¡»(¡»:
"€ € B[4096B] edge_119_bn4e_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÂƒ˜ñºƒ·

RecvTensorÅƒ˜ñºƒ Ø¤(Ø¤:
"€ € B€[4096B] edge_120_bn4e_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÅƒ˜ñºƒ¼

RecvTensorÈƒ˜ñºƒ ‘Â(‘Â:"€€@€€@Bƒ[1.0MB] edge_121_res4f_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÈƒ˜ñºƒ¸

RecvTensorËƒ˜ñºƒ ‡É(‡É:
"€€B[1024B] edge_122_bn4f_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HËƒ˜ñºƒ·

RecvTensorÎƒ˜ñºƒ „É(„É:
"€€B€[1024B] edge_123_bn4f_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÎƒ˜ñºƒ¾

RecvTensorÑƒ˜ñºƒ ÌØ(ÌØ:"
€€€€Bƒ[2.2MB] edge_124_res4f_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÑƒ˜ñºƒ¸

RecvTensorÔƒ˜ñºƒ ıÈ(ıÈ:
"€€B[1024B] edge_125_bn4f_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÔƒ˜ñºƒ·

RecvTensor×ƒ˜ñºƒ ÇØ(ÇØ:
"€€B€[1024B] edge_126_bn4f_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H×ƒ˜ñºƒ¼

RecvTensorÙƒ˜ñºƒ İ«(İ«:"€€@€€@Bƒ[1.0MB] edge_127_res4f_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÙƒ˜ñºƒ¸

RecvTensorÜƒ˜ñºƒ ä¤(ä¤:
"€ € B[4096B] edge_128_bn4f_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÜƒ˜ñºƒ·

RecvTensorßƒ˜ñºƒ İ¤(İ¤:
"€ € B€[4096B] edge_129_bn4f_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hßƒ˜ñºƒ¾

RecvTensorâƒ˜ñºƒ Õ¤(Õ¤:"
€€€€€€Bƒ[2.0MB] edge_130_res5a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hâƒ˜ñºƒ¸

RecvTensoråƒ˜ñºƒ å–(å–:
"€€B[2048B] edge_131_bn5a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Håƒ˜ñºƒ·

RecvTensorèƒ˜ñºƒ ôş(ôş:
"€€B€[2048B] edge_132_bn5a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hèƒ˜ñºƒ¾

RecvTensorëƒ˜ñºƒ İ–(İ–:"
€€À€€ÀBƒ[9.0MB] edge_133_res5a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hëƒ˜ñºƒ¸

RecvTensorïƒ˜ñºƒ Ê¤(Ê¤:
"€€B[2048B] edge_134_bn5a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hïƒ˜ñºƒ·

RecvTensorñƒ˜ñºƒ Î«(Î«:
"€€B€[2048B] edge_135_bn5a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hñƒ˜ñºƒ¾

RecvTensorôƒ˜ñºƒ ¬Ç(¬Ç:"
€€€€€€Bƒ[4.0MB] edge_136_res5a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hôƒ˜ñºƒ¸

RecvTensor÷ƒ˜ñºƒ Ï«(Ï«:
"€@€@B[8192B] edge_137_bn5a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H÷ƒ˜ñºƒ·

RecvTensorúƒ˜ñºƒ Ã«(Ã«:
"€@€@B€[8192B] edge_138_bn5a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Húƒ˜ñºƒ½

RecvTensorıƒ˜ñºƒ ×ş(×ş:"
€€€€€€B‚[8.0MB] edge_139_res5a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hıƒ˜ñºƒ·

RecvTensor€„˜ñºƒ Úş(Úş:
"€@€@B€[8192B] edge_140_bn5a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H€„˜ñºƒµ

RecvTensorƒ„˜ñºƒ Âô(Âô:
"€@€@B[8192B] edge_141_bn5a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hƒ„˜ñºƒ¾

RecvTensor†„˜ñºƒ ´ô(´ô:"
€€€€€€Bƒ[4.0MB] edge_142_res5b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H†„˜ñºƒ¸

RecvTensor‰„˜ñºƒ µô(µô:
"€€B[2048B] edge_143_bn5b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‰„˜ñºƒ·

RecvTensorŒ„˜ñºƒ °ô(°ô:
"€€B€[2048B] edge_144_bn5b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŒ„˜ñºƒ¾

RecvTensor„˜ñºƒ ø¼(ø¼:"
€€À€€ÀBƒ[9.0MB] edge_145_res5b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H„˜ñºƒ¸

RecvTensor’„˜ñºƒ Âô(Âô:
"€€B[2048B] edge_146_bn5b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H’„˜ñºƒ·

RecvTensor•„˜ñºƒ ²ô(²ô:
"€€B€[2048B] edge_147_bn5b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H•„˜ñºƒ¾

RecvTensor˜„˜ñºƒ –(–:"
€€€€€€Bƒ[4.0MB] edge_148_res5b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H˜„˜ñºƒ¸

RecvTensor›„˜ñºƒ ´ô(´ô:
"€@€@B[8192B] edge_149_bn5b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H›„˜ñºƒ·

RecvTensor„˜ñºƒ ÂÎ(ÂÎ:
"€@€@B€[8192B] edge_150_bn5b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H„˜ñºƒ¾

RecvTensor „˜ñºƒ ÀØ(ÀØ:"
€€€€€€Bƒ[4.0MB] edge_151_res5c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H „˜ñºƒ¸

RecvTensor¤„˜ñºƒ ¤ô(¤ô:
"€€B[2048B] edge_152_bn5c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¤„˜ñºƒ·

RecvTensor¦„˜ñºƒ «ô(«ô:
"€€B€[2048B] edge_153_bn5c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¦„˜ñºƒ¾

RecvTensor©„˜ñºƒ °Î(°Î:"
€€À€€ÀBƒ[9.0MB] edge_154_res5c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H©„˜ñºƒ¸

RecvTensor¬„˜ñºƒ §ô(§ô:
"€€B[2048B] edge_155_bn5c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¬„˜ñºƒ·

RecvTensor°„˜ñºƒ œ (œ :
"€€B€[2048B] edge_156_bn5c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H°„˜ñºƒ¾

RecvTensor³„˜ñºƒ ‡ê(‡ê:"
€€€€€€Bƒ[4.0MB] edge_157_res5c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H³„˜ñºƒ¸

RecvTensor¶„˜ñºƒ ¤ (¤ :
"€@€@B[8192B] edge_158_bn5c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¶„˜ñºƒ·

RecvTensor¹„˜ñºƒ š (š :
"€@€@B€[8192B] edge_159_bn5c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¹„˜ñºƒµ

RecvTensor¼„˜ñºƒ  ( :"
€€ô€€ôB{[7.8MB] edge_160_fc1000/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¼„˜ñºƒ¯

RecvTensor¿„˜ñºƒ şé(şé:
"  By[4000B] edge_161_fc1000/bias/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¿„˜ñºƒ\
conv1/Conv2Dï˜ñºƒ €(€B2conv1/Conv2D = Conv2D(input, conv1/kernel/read_S1)Hï˜ñºƒP 
bn_conv1/FusedBatchNormV3ï‡˜ñºƒ Â(ÂBibn_conv1/FusedBatchNormV3 = FusedBatchNormV3(conv1/Conv2D, bn_conv1/gamma/read_S2, bn_conv1/beta/read_S3)Hï‡˜ñºƒP^
conv1_relu/Relu±‹˜ñºƒ ¯(¯B1conv1_relu/Relu = Relu(bn_conv1/FusedBatchNormV3)H±‹˜ñºƒPS
pool1/MaxPoolà˜ñºƒ °(°B(pool1/MaxPool = MaxPool(conv1_relu/Relu)Hà˜ñºƒP}
res2a_branch2a/Conv2D˜ñºƒ Y(YBLres2a_branch2a/Conv2D = Conv2D(pool1/MaxPool, res2a_branch2a/kernel/read_S4)H˜ñºƒP¼
bn2a_branch2a/FusedBatchNormV3é˜ñºƒ r(rBbn2a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch2a/Conv2D, bn2a_branch2a/gamma/read_S5, bn2a_branch2a/beta/read_S6)Hé˜ñºƒPs
res2a_branch2a_relu/ReluÛ˜ñºƒ P(PB?res2a_branch2a_relu/Relu = Relu(bn2a_branch2a/FusedBatchNormV3)HÛ˜ñºƒPŠ
res2a_branch2b/Conv2D«‘˜ñºƒ Ó(ÓBWres2a_branch2b/Conv2D = Conv2D(res2a_branch2a_relu/Relu, res2a_branch2b/kernel/read_S7)H«‘˜ñºƒP¼
bn2a_branch2b/FusedBatchNormV3ş–˜ñºƒ v(vBbn2a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch2b/Conv2D, bn2a_branch2b/gamma/read_S8, bn2a_branch2b/beta/read_S9)Hş–˜ñºƒPs
res2a_branch2b_relu/Reluô—˜ñºƒ Q(QB?res2a_branch2b_relu/Relu = Relu(bn2a_branch2b/FusedBatchNormV3)Hô—˜ñºƒP‹
res2a_branch2c/Conv2DÅ˜˜ñºƒ Ñ(ÑBXres2a_branch2c/Conv2D = Conv2D(res2a_branch2b_relu/Relu, res2a_branch2c/kernel/read_S10)HÅ˜˜ñºƒPÀ
bn2a_branch2c/FusedBatchNormV3–›˜ñºƒ ¹(¹Bƒbn2a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch2c/Conv2D, bn2a_branch2c/gamma/read_S11, bn2a_branch2c/beta/read_S12)H–›˜ñºƒP}
res2a_branch1/Conv2DÏ˜ñºƒ ·(·BKres2a_branch1/Conv2D = Conv2D(pool1/MaxPool, res2a_branch1/kernel/read_S13)HÏ˜ñºƒPº
bn2a_branch1/FusedBatchNormV3†¡˜ñºƒ Í(ÍBbn2a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch1/Conv2D, bn2a_branch1/gamma/read_S14, bn2a_branch1/beta/read_S15)H†¡˜ñºƒPw
	res2a/addÓ¤˜ñºƒ š(šBPres2a/add = AddV2(bn2a_branch2c/FusedBatchNormV3, bn2a_branch1/FusedBatchNormV3)HÓ¤˜ñºƒPN
res2a_relu/Reluí§˜ñºƒ ¸(¸B!res2a_relu/Relu = Relu(res2a/add)Hí§˜ñºƒP‚
res2b_branch2a/Conv2D¥ª˜ñºƒ Ê(ÊBOres2b_branch2a/Conv2D = Conv2D(res2a_relu/Relu, res2b_branch2a/kernel/read_S16)H¥ª˜ñºƒP¾
bn2b_branch2a/FusedBatchNormV3ï¬˜ñºƒ p(pBƒbn2b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res2b_branch2a/Conv2D, bn2b_branch2a/gamma/read_S17, bn2b_branch2a/beta/read_S18)Hï¬˜ñºƒPs
res2b_branch2a_relu/Reluß­˜ñºƒ R(RB?res2b_branch2a_relu/Relu = Relu(bn2b_branch2a/FusedBatchNormV3)Hß­˜ñºƒP‹
res2b_branch2b/Conv2D±®˜ñºƒ Å(ÅBXres2b_branch2b/Conv2D = Conv2D(res2b_branch2a_relu/Relu, res2b_branch2b/kernel/read_S19)H±®˜ñºƒP¾
bn2b_branch2b/FusedBatchNormV3ö³˜ñºƒ y(yBƒbn2b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res2b_branch2b/Conv2D, bn2b_branch2b/gamma/read_S20, bn2b_branch2b/beta/read_S21)Hö³˜ñºƒPs
res2b_branch2b_relu/Reluï´˜ñºƒ L(LB?res2b_branch2b_relu/Relu = Relu(bn2b_branch2b/FusedBatchNormV3)Hï´˜ñºƒP‹
res2b_branch2c/Conv2D»µ˜ñºƒ »(»BXres2b_branch2c/Conv2D = Conv2D(res2b_branch2b_relu/Relu, res2b_branch2c/kernel/read_S22)H»µ˜ñºƒPÀ
bn2b_branch2c/FusedBatchNormV3ö·˜ñºƒ §(§Bƒbn2b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res2b_branch2c/Conv2D, bn2b_branch2c/gamma/read_S23, bn2b_branch2c/beta/read_S24)Hö·˜ñºƒPi
	res2b/add»˜ñºƒ Ä(ÄBBres2b/add = AddV2(bn2b_branch2c/FusedBatchNormV3, res2a_relu/Relu)H»˜ñºƒPN
res2b_relu/Reluá¾˜ñºƒ §(§B!res2b_relu/Relu = Relu(res2b/add)Há¾˜ñºƒP‚
res2c_branch2a/Conv2DˆÁ˜ñºƒ Â(ÂBOres2c_branch2a/Conv2D = Conv2D(res2b_relu/Relu, res2c_branch2a/kernel/read_S25)HˆÁ˜ñºƒP¾
bn2c_branch2a/FusedBatchNormV3ÊÃ˜ñºƒ u(uBƒbn2c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res2c_branch2a/Conv2D, bn2c_branch2a/gamma/read_S26, bn2c_branch2a/beta/read_S27)HÊÃ˜ñºƒPs
res2c_branch2a_relu/Relu¿Ä˜ñºƒ N(NB?res2c_branch2a_relu/Relu = Relu(bn2c_branch2a/FusedBatchNormV3)H¿Ä˜ñºƒP‹
res2c_branch2b/Conv2DÅ˜ñºƒ ‚(‚BXres2c_branch2b/Conv2D = Conv2D(res2c_branch2a_relu/Relu, res2c_branch2b/kernel/read_S28)HÅ˜ñºƒP¾
bn2c_branch2b/FusedBatchNormV3Ë˜ñºƒ r(rBƒbn2c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res2c_branch2b/Conv2D, bn2c_branch2b/gamma/read_S29, bn2c_branch2b/beta/read_S30)HË˜ñºƒPs
res2c_branch2b_relu/ReluÌ˜ñºƒ U(UB?res2c_branch2b_relu/Relu = Relu(bn2c_branch2b/FusedBatchNormV3)HÌ˜ñºƒP‹
res2c_branch2c/Conv2DÖÌ˜ñºƒ ³(³BXres2c_branch2c/Conv2D = Conv2D(res2c_branch2b_relu/Relu, res2c_branch2c/kernel/read_S31)HÖÌ˜ñºƒPÀ
bn2c_branch2c/FusedBatchNormV3‰Ï˜ñºƒ Æ(ÆBƒbn2c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res2c_branch2c/Conv2D, bn2c_branch2c/gamma/read_S32, bn2c_branch2c/beta/read_S33)H‰Ï˜ñºƒPi
	res2c/addÏÒ˜ñºƒ ©(©BBres2c/add = AddV2(bn2c_branch2c/FusedBatchNormV3, res2b_relu/Relu)HÏÒ˜ñºƒPN
res2c_relu/ReluøÕ˜ñºƒ §(§B!res2c_relu/Relu = Relu(res2c/add)HøÕ˜ñºƒP‚
res3a_branch2a/Conv2DŸØ˜ñºƒ †(†BOres3a_branch2a/Conv2D = Conv2D(res2c_relu/Relu, res3a_branch2a/kernel/read_S34)HŸØ˜ñºƒPÀ
bn3a_branch2a/FusedBatchNormV3¥İ˜ñºƒ Ô(ÔBƒbn3a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch2a/Conv2D, bn3a_branch2a/gamma/read_S35, bn3a_branch2a/beta/read_S36)H¥İ˜ñºƒPu
res3a_branch2a_relu/ReluùŞ˜ñºƒ ’(’B?res3a_branch2a_relu/Relu = Relu(bn3a_branch2a/FusedBatchNormV3)HùŞ˜ñºƒP‹
res3a_branch2b/Conv2D‹à˜ñºƒ ²(²BXres3a_branch2b/Conv2D = Conv2D(res3a_branch2a_relu/Relu, res3a_branch2b/kernel/read_S37)H‹à˜ñºƒP¾
bn3a_branch2b/FusedBatchNormV3½å˜ñºƒ ;(;Bƒbn3a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch2b/Conv2D, bn3a_branch2b/gamma/read_S38, bn3a_branch2b/beta/read_S39)H½å˜ñºƒPs
res3a_branch2b_relu/Reluøå˜ñºƒ -(-B?res3a_branch2b_relu/Relu = Relu(bn3a_branch2b/FusedBatchNormV3)Høå˜ñºƒP‹
res3a_branch2c/Conv2D¥æ˜ñºƒ Ú(ÚBXres3a_branch2c/Conv2D = Conv2D(res3a_branch2b_relu/Relu, res3a_branch2c/kernel/read_S40)H¥æ˜ñºƒPÀ
bn3a_branch2c/FusedBatchNormV3ÿè˜ñºƒ â(âBƒbn3a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch2c/Conv2D, bn3a_branch2c/gamma/read_S41, bn3a_branch2c/beta/read_S42)Hÿè˜ñºƒP
res3a_branch1/Conv2Dáê˜ñºƒ £(£BMres3a_branch1/Conv2D = Conv2D(res2c_relu/Relu, res3a_branch1/kernel/read_S43)Háê˜ñºƒPº
bn3a_branch1/FusedBatchNormV3„ğ˜ñºƒ İ(İBbn3a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch1/Conv2D, bn3a_branch1/gamma/read_S44, bn3a_branch1/beta/read_S45)H„ğ˜ñºƒPw
	res3a/addáñ˜ñºƒ ß(ßBPres3a/add = AddV2(bn3a_branch2c/FusedBatchNormV3, bn3a_branch1/FusedBatchNormV3)Háñ˜ñºƒPN
res3a_relu/ReluÀó˜ñºƒ ’(’B!res3a_relu/Relu = Relu(res3a/add)HÀó˜ñºƒP‚
res3b_branch2a/Conv2DÒô˜ñºƒ Ï(ÏBOres3b_branch2a/Conv2D = Conv2D(res3a_relu/Relu, res3b_branch2a/kernel/read_S46)HÒô˜ñºƒP¾
bn3b_branch2a/FusedBatchNormV3¡÷˜ñºƒ =(=Bƒbn3b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3b_branch2a/Conv2D, bn3b_branch2a/gamma/read_S47, bn3b_branch2a/beta/read_S48)H¡÷˜ñºƒPs
res3b_branch2a_relu/ReluŞ÷˜ñºƒ *(*B?res3b_branch2a_relu/Relu = Relu(bn3b_branch2a/FusedBatchNormV3)HŞ÷˜ñºƒP‹
res3b_branch2b/Conv2Dˆø˜ñºƒ †(†BXres3b_branch2b/Conv2D = Conv2D(res3b_branch2a_relu/Relu, res3b_branch2b/kernel/read_S49)Hˆø˜ñºƒP¾
bn3b_branch2b/FusedBatchNormV3ş˜ñºƒ >(>Bƒbn3b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3b_branch2b/Conv2D, bn3b_branch2b/gamma/read_S50, bn3b_branch2b/beta/read_S51)Hş˜ñºƒPs
res3b_branch2b_relu/ReluÌş˜ñºƒ +(+B?res3b_branch2b_relu/Relu = Relu(bn3b_branch2b/FusedBatchNormV3)HÌş˜ñºƒP‹
res3b_branch2c/Conv2D÷ş˜ñºƒ Ğ(ĞBXres3b_branch2c/Conv2D = Conv2D(res3b_branch2b_relu/Relu, res3b_branch2c/kernel/read_S52)H÷ş˜ñºƒPÀ
bn3b_branch2c/FusedBatchNormV3Ç™ñºƒ Ú(ÚBƒbn3b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3b_branch2c/Conv2D, bn3b_branch2c/gamma/read_S53, bn3b_branch2c/beta/read_S54)HÇ™ñºƒPi
	res3b/add¡ƒ™ñºƒ â(âBBres3b/add = AddV2(bn3b_branch2c/FusedBatchNormV3, res3a_relu/Relu)H¡ƒ™ñºƒPN
res3b_relu/Reluƒ…™ñºƒ “(“B!res3b_relu/Relu = Relu(res3b/add)Hƒ…™ñºƒP‚
res3c_branch2a/Conv2D–†™ñºƒ Í(ÍBOres3c_branch2a/Conv2D = Conv2D(res3b_relu/Relu, res3c_branch2a/kernel/read_S55)H–†™ñºƒP¾
bn3c_branch2a/FusedBatchNormV3ãˆ™ñºƒ ;(;Bƒbn3c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3c_branch2a/Conv2D, bn3c_branch2a/gamma/read_S56, bn3c_branch2a/beta/read_S57)Hãˆ™ñºƒPs
res3c_branch2a_relu/Relu‰™ñºƒ ,(,B?res3c_branch2a_relu/Relu = Relu(bn3c_branch2a/FusedBatchNormV3)H‰™ñºƒP‹
res3c_branch2b/Conv2DÊ‰™ñºƒ Õ(ÕBXres3c_branch2b/Conv2D = Conv2D(res3c_branch2a_relu/Relu, res3c_branch2b/kernel/read_S58)HÊ‰™ñºƒP¾
bn3c_branch2b/FusedBatchNormV3Ÿ™ñºƒ <(<Bƒbn3c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3c_branch2b/Conv2D, bn3c_branch2b/gamma/read_S59, bn3c_branch2b/beta/read_S60)HŸ™ñºƒPs
res3c_branch2b_relu/ReluÛ™ñºƒ ,(,B?res3c_branch2b_relu/Relu = Relu(bn3c_branch2b/FusedBatchNormV3)HÛ™ñºƒP‹
res3c_branch2c/Conv2D‡™ñºƒ Ñ(ÑBXres3c_branch2c/Conv2D = Conv2D(res3c_branch2b_relu/Relu, res3c_branch2c/kernel/read_S61)H‡™ñºƒPÀ
bn3c_branch2c/FusedBatchNormV3Ø’™ñºƒ à(àBƒbn3c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3c_branch2c/Conv2D, bn3c_branch2c/gamma/read_S62, bn3c_branch2c/beta/read_S63)HØ’™ñºƒPi
	res3c/add¸”™ñºƒ Û(ÛBBres3c/add = AddV2(bn3c_branch2c/FusedBatchNormV3, res3b_relu/Relu)H¸”™ñºƒPN
res3c_relu/Relu“–™ñºƒ “(“B!res3c_relu/Relu = Relu(res3c/add)H“–™ñºƒP‚
res3d_branch2a/Conv2D¦—™ñºƒ Ø(ØBOres3d_branch2a/Conv2D = Conv2D(res3c_relu/Relu, res3d_branch2a/kernel/read_S64)H¦—™ñºƒP¾
bn3d_branch2a/FusedBatchNormV3ş™™ñºƒ ;(;Bƒbn3d_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3d_branch2a/Conv2D, bn3d_branch2a/gamma/read_S65, bn3d_branch2a/beta/read_S66)Hş™™ñºƒPs
res3d_branch2a_relu/Relu¹š™ñºƒ .(.B?res3d_branch2a_relu/Relu = Relu(bn3d_branch2a/FusedBatchNormV3)H¹š™ñºƒP‹
res3d_branch2b/Conv2Dçš™ñºƒ á(áBXres3d_branch2b/Conv2D = Conv2D(res3d_branch2a_relu/Relu, res3d_branch2b/kernel/read_S67)Hçš™ñºƒP¾
bn3d_branch2b/FusedBatchNormV3È ™ñºƒ >(>Bƒbn3d_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3d_branch2b/Conv2D, bn3d_branch2b/gamma/read_S68, bn3d_branch2b/beta/read_S69)HÈ ™ñºƒPs
res3d_branch2b_relu/Relu†¡™ñºƒ ,(,B?res3d_branch2b_relu/Relu = Relu(bn3d_branch2b/FusedBatchNormV3)H†¡™ñºƒP‹
res3d_branch2c/Conv2D²¡™ñºƒ Ã(ÃBXres3d_branch2c/Conv2D = Conv2D(res3d_branch2b_relu/Relu, res3d_branch2c/kernel/read_S70)H²¡™ñºƒPÀ
bn3d_branch2c/FusedBatchNormV3õ£™ñºƒ Ş(ŞBƒbn3d_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3d_branch2c/Conv2D, bn3d_branch2c/gamma/read_S71, bn3d_branch2c/beta/read_S72)Hõ£™ñºƒPi
	res3d/addÓ¥™ñºƒ ã(ãBBres3d/add = AddV2(bn3d_branch2c/FusedBatchNormV3, res3c_relu/Relu)HÓ¥™ñºƒPN
res3d_relu/Relu¶§™ñºƒ —(—B!res3d_relu/Relu = Relu(res3d/add)H¶§™ñºƒP‚
res4a_branch2a/Conv2DÍ¨™ñºƒ (BOres4a_branch2a/Conv2D = Conv2D(res3d_relu/Relu, res4a_branch2a/kernel/read_S73)HÍ¨™ñºƒP¾
bn4a_branch2a/FusedBatchNormV3İ­™ñºƒ t(tBƒbn4a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch2a/Conv2D, bn4a_branch2a/gamma/read_S74, bn4a_branch2a/beta/read_S75)Hİ­™ñºƒPs
res4a_branch2a_relu/ReluÑ®™ñºƒ Q(QB?res4a_branch2a_relu/Relu = Relu(bn4a_branch2a/FusedBatchNormV3)HÑ®™ñºƒP‹
res4a_branch2b/Conv2D¢¯™ñºƒ ú(úBXres4a_branch2b/Conv2D = Conv2D(res4a_branch2a_relu/Relu, res4a_branch2b/kernel/read_S76)H¢¯™ñºƒP¾
bn4a_branch2b/FusedBatchNormV3œµ™ñºƒ #(#Bƒbn4a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch2b/Conv2D, bn4a_branch2b/gamma/read_S77, bn4a_branch2b/beta/read_S78)Hœµ™ñºƒPs
res4a_branch2b_relu/Relu¿µ™ñºƒ (B?res4a_branch2b_relu/Relu = Relu(bn4a_branch2b/FusedBatchNormV3)H¿µ™ñºƒP‹
res4a_branch2c/Conv2DÚµ™ñºƒ Û(ÛBXres4a_branch2c/Conv2D = Conv2D(res4a_branch2b_relu/Relu, res4a_branch2c/kernel/read_S79)HÚµ™ñºƒP¾
bn4a_branch2c/FusedBatchNormV3µ¸™ñºƒ o(oBƒbn4a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch2c/Conv2D, bn4a_branch2c/gamma/read_S80, bn4a_branch2c/beta/read_S81)Hµ¸™ñºƒP
res4a_branch1/Conv2D¤¹™ñºƒ Š(ŠBMres4a_branch1/Conv2D = Conv2D(res3d_relu/Relu, res4a_branch1/kernel/read_S82)H¤¹™ñºƒP¸
bn4a_branch1/FusedBatchNormV3®¾™ñºƒ w(wBbn4a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch1/Conv2D, bn4a_branch1/gamma/read_S83, bn4a_branch1/beta/read_S84)H®¾™ñºƒPu
	res4a/add¥¿™ñºƒ s(sBPres4a/add = AddV2(bn4a_branch2c/FusedBatchNormV3, bn4a_branch1/FusedBatchNormV3)H¥¿™ñºƒPL
res4a_relu/Relu˜À™ñºƒ N(NB!res4a_relu/Relu = Relu(res4a/add)H˜À™ñºƒP‚
res4b_branch2a/Conv2DæÀ™ñºƒ Æ(ÆBOres4b_branch2a/Conv2D = Conv2D(res4a_relu/Relu, res4b_branch2a/kernel/read_S85)HæÀ™ñºƒP¾
bn4b_branch2a/FusedBatchNormV3¬Ã™ñºƒ #(#Bƒbn4b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4b_branch2a/Conv2D, bn4b_branch2a/gamma/read_S86, bn4b_branch2a/beta/read_S87)H¬Ã™ñºƒPs
res4b_branch2a_relu/ReluÏÃ™ñºƒ (B?res4b_branch2a_relu/Relu = Relu(bn4b_branch2a/FusedBatchNormV3)HÏÃ™ñºƒP‹
res4b_branch2b/Conv2DèÃ™ñºƒ É(ÉBXres4b_branch2b/Conv2D = Conv2D(res4b_branch2a_relu/Relu, res4b_branch2b/kernel/read_S88)HèÃ™ñºƒP¾
bn4b_branch2b/FusedBatchNormV3±É™ñºƒ !(!Bƒbn4b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4b_branch2b/Conv2D, bn4b_branch2b/gamma/read_S89, bn4b_branch2b/beta/read_S90)H±É™ñºƒPs
res4b_branch2b_relu/ReluÒÉ™ñºƒ (B?res4b_branch2b_relu/Relu = Relu(bn4b_branch2b/FusedBatchNormV3)HÒÉ™ñºƒP‹
res4b_branch2c/Conv2DìÉ™ñºƒ Ò(ÒBXres4b_branch2c/Conv2D = Conv2D(res4b_branch2b_relu/Relu, res4b_branch2c/kernel/read_S91)HìÉ™ñºƒP¾
bn4b_branch2c/FusedBatchNormV3¾Ì™ñºƒ u(uBƒbn4b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4b_branch2c/Conv2D, bn4b_branch2c/gamma/read_S92, bn4b_branch2c/beta/read_S93)H¾Ì™ñºƒPg
	res4b/add³Í™ñºƒ t(tBBres4b/add = AddV2(bn4b_branch2c/FusedBatchNormV3, res4a_relu/Relu)H³Í™ñºƒPL
res4b_relu/Relu§Î™ñºƒ O(OB!res4b_relu/Relu = Relu(res4b/add)H§Î™ñºƒP‚
res4c_branch2a/Conv2DöÎ™ñºƒ Æ(ÆBOres4c_branch2a/Conv2D = Conv2D(res4b_relu/Relu, res4c_branch2a/kernel/read_S94)HöÎ™ñºƒP¾
bn4c_branch2a/FusedBatchNormV3¼Ñ™ñºƒ "("Bƒbn4c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4c_branch2a/Conv2D, bn4c_branch2a/gamma/read_S95, bn4c_branch2a/beta/read_S96)H¼Ñ™ñºƒPs
res4c_branch2a_relu/ReluŞÑ™ñºƒ (B?res4c_branch2a_relu/Relu = Relu(bn4c_branch2a/FusedBatchNormV3)HŞÑ™ñºƒP‹
res4c_branch2b/Conv2DøÑ™ñºƒ ü(üBXres4c_branch2b/Conv2D = Conv2D(res4c_branch2a_relu/Relu, res4c_branch2b/kernel/read_S97)HøÑ™ñºƒP¾
bn4c_branch2b/FusedBatchNormV3ô×™ñºƒ #(#Bƒbn4c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4c_branch2b/Conv2D, bn4c_branch2b/gamma/read_S98, bn4c_branch2b/beta/read_S99)Hô×™ñºƒPs
res4c_branch2b_relu/Relu—Ø™ñºƒ (B?res4c_branch2b_relu/Relu = Relu(bn4c_branch2b/FusedBatchNormV3)H—Ø™ñºƒPŒ
res4c_branch2c/Conv2D¯Ø™ñºƒ ã(ãBYres4c_branch2c/Conv2D = Conv2D(res4c_branch2b_relu/Relu, res4c_branch2c/kernel/read_S100)H¯Ø™ñºƒPÀ
bn4c_branch2c/FusedBatchNormV3’Û™ñºƒ q(qB…bn4c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4c_branch2c/Conv2D, bn4c_branch2c/gamma/read_S101, bn4c_branch2c/beta/read_S102)H’Û™ñºƒPg
	res4c/addƒÜ™ñºƒ u(uBBres4c/add = AddV2(bn4c_branch2c/FusedBatchNormV3, res4b_relu/Relu)HƒÜ™ñºƒPL
res4c_relu/ReluøÜ™ñºƒ O(OB!res4c_relu/Relu = Relu(res4c/add)HøÜ™ñºƒPƒ
res4d_branch2a/Conv2DÇİ™ñºƒ ¼(¼BPres4d_branch2a/Conv2D = Conv2D(res4c_relu/Relu, res4d_branch2a/kernel/read_S103)HÇİ™ñºƒPÀ
bn4d_branch2a/FusedBatchNormV3ƒà™ñºƒ %(%B…bn4d_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4d_branch2a/Conv2D, bn4d_branch2a/gamma/read_S104, bn4d_branch2a/beta/read_S105)Hƒà™ñºƒPs
res4d_branch2a_relu/Relu¨à™ñºƒ (B?res4d_branch2a_relu/Relu = Relu(bn4d_branch2a/FusedBatchNormV3)H¨à™ñºƒPŒ
res4d_branch2b/Conv2DÂà™ñºƒ ø(øBYres4d_branch2b/Conv2D = Conv2D(res4d_branch2a_relu/Relu, res4d_branch2b/kernel/read_S106)HÂà™ñºƒPÀ
bn4d_branch2b/FusedBatchNormV3ºæ™ñºƒ #(#B…bn4d_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4d_branch2b/Conv2D, bn4d_branch2b/gamma/read_S107, bn4d_branch2b/beta/read_S108)Hºæ™ñºƒPs
res4d_branch2b_relu/Reluİæ™ñºƒ (B?res4d_branch2b_relu/Relu = Relu(bn4d_branch2b/FusedBatchNormV3)Hİæ™ñºƒPŒ
res4d_branch2c/Conv2D÷æ™ñºƒ Û(ÛBYres4d_branch2c/Conv2D = Conv2D(res4d_branch2b_relu/Relu, res4d_branch2c/kernel/read_S109)H÷æ™ñºƒPÀ
bn4d_branch2c/FusedBatchNormV3Òé™ñºƒ o(oB…bn4d_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4d_branch2c/Conv2D, bn4d_branch2c/gamma/read_S110, bn4d_branch2c/beta/read_S111)HÒé™ñºƒPg
	res4d/addÁê™ñºƒ u(uBBres4d/add = AddV2(bn4d_branch2c/FusedBatchNormV3, res4c_relu/Relu)HÁê™ñºƒPL
res4d_relu/Relu¶ë™ñºƒ M(MB!res4d_relu/Relu = Relu(res4d/add)H¶ë™ñºƒPƒ
res4e_branch2a/Conv2Dƒì™ñºƒ Ï(ÏBPres4e_branch2a/Conv2D = Conv2D(res4d_relu/Relu, res4e_branch2a/kernel/read_S112)Hƒì™ñºƒPÀ
bn4e_branch2a/FusedBatchNormV3Òî™ñºƒ #(#B…bn4e_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4e_branch2a/Conv2D, bn4e_branch2a/gamma/read_S113, bn4e_branch2a/beta/read_S114)HÒî™ñºƒPs
res4e_branch2a_relu/Reluõî™ñºƒ (B?res4e_branch2a_relu/Relu = Relu(bn4e_branch2a/FusedBatchNormV3)Hõî™ñºƒPŒ
res4e_branch2b/Conv2Dï™ñºƒ à(àBYres4e_branch2b/Conv2D = Conv2D(res4e_branch2a_relu/Relu, res4e_branch2b/kernel/read_S115)Hï™ñºƒPÀ
bn4e_branch2b/FusedBatchNormV3ğô™ñºƒ #(#B…bn4e_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4e_branch2b/Conv2D, bn4e_branch2b/gamma/read_S116, bn4e_branch2b/beta/read_S117)Hğô™ñºƒPs
res4e_branch2b_relu/Relu“õ™ñºƒ (B?res4e_branch2b_relu/Relu = Relu(bn4e_branch2b/FusedBatchNormV3)H“õ™ñºƒPŒ
res4e_branch2c/Conv2D­õ™ñºƒ Ñ(ÑBYres4e_branch2c/Conv2D = Conv2D(res4e_branch2b_relu/Relu, res4e_branch2c/kernel/read_S118)H­õ™ñºƒPÀ
bn4e_branch2c/FusedBatchNormV3ş÷™ñºƒ {({B…bn4e_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4e_branch2c/Conv2D, bn4e_branch2c/gamma/read_S119, bn4e_branch2c/beta/read_S120)Hş÷™ñºƒPg
	res4e/addùø™ñºƒ v(vBBres4e/add = AddV2(bn4e_branch2c/FusedBatchNormV3, res4d_relu/Relu)Hùø™ñºƒPL
res4e_relu/Reluïù™ñºƒ Q(QB!res4e_relu/Relu = Relu(res4e/add)Hïù™ñºƒPƒ
res4f_branch2a/Conv2DÀú™ñºƒ ½(½BPres4f_branch2a/Conv2D = Conv2D(res4e_relu/Relu, res4f_branch2a/kernel/read_S121)HÀú™ñºƒPÀ
bn4f_branch2a/FusedBatchNormV3ıü™ñºƒ "("B…bn4f_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4f_branch2a/Conv2D, bn4f_branch2a/gamma/read_S122, bn4f_branch2a/beta/read_S123)Hıü™ñºƒPs
res4f_branch2a_relu/ReluŸı™ñºƒ (B?res4f_branch2a_relu/Relu = Relu(bn4f_branch2a/FusedBatchNormV3)HŸı™ñºƒPŒ
res4f_branch2b/Conv2D¹ı™ñºƒ Ì(ÌBYres4f_branch2b/Conv2D = Conv2D(res4f_branch2a_relu/Relu, res4f_branch2b/kernel/read_S124)H¹ı™ñºƒPÀ
bn4f_branch2b/FusedBatchNormV3…ƒšñºƒ !(!B…bn4f_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4f_branch2b/Conv2D, bn4f_branch2b/gamma/read_S125, bn4f_branch2b/beta/read_S126)H…ƒšñºƒPs
res4f_branch2b_relu/Relu¦ƒšñºƒ (B?res4f_branch2b_relu/Relu = Relu(bn4f_branch2b/FusedBatchNormV3)H¦ƒšñºƒPŒ
res4f_branch2c/Conv2D¶¯šñºƒ á(áBYres4f_branch2c/Conv2D = Conv2D(res4f_branch2b_relu/Relu, res4f_branch2c/kernel/read_S127)H¶¯šñºƒPÀ
bn4f_branch2c/FusedBatchNormV3—²šñºƒ u(uB…bn4f_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4f_branch2c/Conv2D, bn4f_branch2c/gamma/read_S128, bn4f_branch2c/beta/read_S129)H—²šñºƒPg
	res4f/addŒ³šñºƒ o(oBBres4f/add = AddV2(bn4f_branch2c/FusedBatchNormV3, res4e_relu/Relu)HŒ³šñºƒPL
res4f_relu/Reluû³šñºƒ P(PB!res4f_relu/Relu = Relu(res4f/add)Hû³šñºƒPƒ
res5a_branch2a/Conv2DË´šñºƒ •(•BPres5a_branch2a/Conv2D = Conv2D(res4f_relu/Relu, res5a_branch2a/kernel/read_S130)HË´šñºƒPÀ
bn5a_branch2a/FusedBatchNormV3Ü‚›ñºƒ ?(?B…bn5a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch2a/Conv2D, bn5a_branch2a/gamma/read_S131, bn5a_branch2a/beta/read_S132)HÜ‚›ñºƒPs
res5a_branch2a_relu/Relu›ƒ›ñºƒ )()B?res5a_branch2a_relu/Relu = Relu(bn5a_branch2a/FusedBatchNormV3)H›ƒ›ñºƒPŒ
res5a_branch2b/Conv2DÄƒ›ñºƒ Ä(ÄBYres5a_branch2b/Conv2D = Conv2D(res5a_branch2a_relu/Relu, res5a_branch2b/kernel/read_S133)HÄƒ›ñºƒPÀ
bn5a_branch2b/FusedBatchNormV3ˆ‰›ñºƒ (B…bn5a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch2b/Conv2D, bn5a_branch2b/gamma/read_S134, bn5a_branch2b/beta/read_S135)Hˆ‰›ñºƒPs
res5a_branch2b_relu/Relu‰›ñºƒ (B?res5a_branch2b_relu/Relu = Relu(bn5a_branch2b/FusedBatchNormV3)H‰›ñºƒPŒ
res5a_branch2c/Conv2D¯‰›ñºƒ Æ(ÆBYres5a_branch2c/Conv2D = Conv2D(res5a_branch2b_relu/Relu, res5a_branch2c/kernel/read_S136)H¯‰›ñºƒPÀ
bn5a_branch2c/FusedBatchNormV3õ‹›ñºƒ <(<B…bn5a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch2c/Conv2D, bn5a_branch2c/gamma/read_S137, bn5a_branch2c/beta/read_S138)Hõ‹›ñºƒP€
res5a_branch1/Conv2D±Œ›ñºƒ ‰(‰BNres5a_branch1/Conv2D = Conv2D(res4f_relu/Relu, res5a_branch1/kernel/read_S139)H±Œ›ñºƒP»
bn5a_branch1/FusedBatchNormV3Åø›ñºƒ =(=Bbn5a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch1/Conv2D, bn5a_branch1/gamma/read_S140, bn5a_branch1/beta/read_S141)HÅø›ñºƒPu
	res5a/add‚ù›ñºƒ :(:BPres5a/add = AddV2(bn5a_branch2c/FusedBatchNormV3, bn5a_branch1/FusedBatchNormV3)H‚ù›ñºƒPL
res5a_relu/Relu¼ù›ñºƒ +(+B!res5a_relu/Relu = Relu(res5a/add)H¼ù›ñºƒPƒ
res5b_branch2a/Conv2Dçù›ñºƒ Á(ÁBPres5b_branch2a/Conv2D = Conv2D(res5a_relu/Relu, res5b_branch2a/kernel/read_S142)Hçù›ñºƒPÀ
bn5b_branch2a/FusedBatchNormV3¨ü›ñºƒ (B…bn5b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res5b_branch2a/Conv2D, bn5b_branch2a/gamma/read_S143, bn5b_branch2a/beta/read_S144)H¨ü›ñºƒPs
res5b_branch2a_relu/Relu¿ü›ñºƒ (B?res5b_branch2a_relu/Relu = Relu(bn5b_branch2a/FusedBatchNormV3)H¿ü›ñºƒPŒ
res5b_branch2b/Conv2DÎü›ñºƒ Õ(ÕBYres5b_branch2b/Conv2D = Conv2D(res5b_branch2a_relu/Relu, res5b_branch2b/kernel/read_S145)HÎü›ñºƒPÀ
bn5b_branch2b/FusedBatchNormV3£‚œñºƒ (B…bn5b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res5b_branch2b/Conv2D, bn5b_branch2b/gamma/read_S146, bn5b_branch2b/beta/read_S147)H£‚œñºƒPs
res5b_branch2b_relu/Relu·‚œñºƒ (B?res5b_branch2b_relu/Relu = Relu(bn5b_branch2b/FusedBatchNormV3)H·‚œñºƒPŒ
res5b_branch2c/Conv2D®”œñºƒ Ö(ÖBYres5b_branch2c/Conv2D = Conv2D(res5b_branch2b_relu/Relu, res5b_branch2c/kernel/read_S148)H®”œñºƒPÀ
bn5b_branch2c/FusedBatchNormV3àÒœñºƒ =(=B…bn5b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res5b_branch2c/Conv2D, bn5b_branch2c/gamma/read_S149, bn5b_branch2c/beta/read_S150)HàÒœñºƒPg
	res5b/addÓœñºƒ >(>BBres5b/add = AddV2(bn5b_branch2c/FusedBatchNormV3, res5a_relu/Relu)HÓœñºƒPL
res5b_relu/ReluÛÓœñºƒ -(-B!res5b_relu/Relu = Relu(res5b/add)HÛÓœñºƒPƒ
res5c_branch2a/Conv2DˆÔœñºƒ Ç(ÇBPres5c_branch2a/Conv2D = Conv2D(res5b_relu/Relu, res5c_branch2a/kernel/read_S151)HˆÔœñºƒPÀ
bn5c_branch2a/FusedBatchNormV3ÏÖœñºƒ (B…bn5c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res5c_branch2a/Conv2D, bn5c_branch2a/gamma/read_S152, bn5c_branch2a/beta/read_S153)HÏÖœñºƒPs
res5c_branch2a_relu/ReluäÖœñºƒ (B?res5c_branch2a_relu/Relu = Relu(bn5c_branch2a/FusedBatchNormV3)HäÖœñºƒPŒ
res5c_branch2b/Conv2DôÖœñºƒ ´(´BYres5c_branch2b/Conv2D = Conv2D(res5c_branch2a_relu/Relu, res5c_branch2b/kernel/read_S154)HôÖœñºƒPÀ
bn5c_branch2b/FusedBatchNormV3Ì¤ñºƒ (B…bn5c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res5c_branch2b/Conv2D, bn5c_branch2b/gamma/read_S155, bn5c_branch2b/beta/read_S156)HÌ¤ñºƒPs
res5c_branch2b_relu/Reluá¤ñºƒ (B?res5c_branch2b_relu/Relu = Relu(bn5c_branch2b/FusedBatchNormV3)Há¤ñºƒPŒ
res5c_branch2c/Conv2Dò¤ñºƒ Ô(ÔBYres5c_branch2c/Conv2D = Conv2D(res5c_branch2b_relu/Relu, res5c_branch2c/kernel/read_S157)Hò¤ñºƒPÀ
bn5c_branch2c/FusedBatchNormV3Æ§ñºƒ =(=B…bn5c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res5c_branch2c/Conv2D, bn5c_branch2c/gamma/read_S158, bn5c_branch2c/beta/read_S159)HÆ§ñºƒPg
	res5c/addƒ¨ñºƒ >(>BBres5c/add = AddV2(bn5c_branch2c/FusedBatchNormV3, res5b_relu/Relu)Hƒ¨ñºƒPL
res5c_relu/ReluÁ¨ñºƒ +(+B!res5c_relu/Relu = Relu(res5c/add)HÁ¨ñºƒPN
avg_pool/Meanì¨ñºƒ (B%avg_pool/Mean = Mean(res5c_relu/Relu)Hì¨ñºƒPg
fc1000/MatMul‡©ñºƒ (B>fc1000/MatMul = MatMul(avg_pool/Mean, fc1000/kernel/read_S160)H‡©ñºƒPh
fc1000/BiasAddœ©ñºƒ (B>fc1000/BiasAdd = BiasAdd(fc1000/MatMul, fc1000/bias/read_S161)Hœ©ñºƒP˜
"loss/SoftmaxCrossEntropyWithLogits¤©ñºƒ (BZloss/SoftmaxCrossEntropyWithLogits = SoftmaxCrossEntropyWithLogits(fc1000/BiasAdd, labels)H¤©ñºƒPƒ
gradients/fc1000/bias_grad¬©ñºƒ (BMgradients/fc1000/bias_grad = BackpropGrad(loss/SoftmaxCrossEntropyWithLogits)H¬©ñºƒP
gradients/fc1000/kernel_grad´©ñºƒ 4(4BGgradients/fc1000/kernel_grad = BackpropGrad(gradients/fc1000/bias_grad)H´©ñºƒP‹
!gradients/bn5c_branch2c/beta_gradè©ñºƒ (BNgradients/bn5c_branch2c/beta_grad = BackpropGrad(gradients/fc1000/kernel_grad)Hè©ñºƒP”
"gradients/bn5c_branch2c/gamma_gradƒªñºƒ Š(ŠBTgradients/bn5c_branch2c/gamma_grad = BackpropGrad(gradients/bn5c_branch2c/beta_grad)HƒªñºƒP™
$gradients/res5c_branch2c/kernel_grad«ñºƒ –(–BWgradients/res5c_branch2c/kernel_grad = BackpropGrad(gradients/bn5c_branch2c/gamma_grad)H«ñºƒP“
!gradients/bn5c_branch2b/beta_grad£°ñºƒ (BVgradients/bn5c_branch2b/beta_grad = BackpropGrad(gradients/res5c_branch2c/kernel_grad)H£°ñºƒP’
"gradients/bn5c_branch2b/gamma_grad¯°ñºƒ '('BTgradients/bn5c_branch2b/gamma_grad = BackpropGrad(gradients/bn5c_branch2b/beta_grad)H¯°ñºƒP™
$gradients/res5c_branch2b/kernel_gradÖ°ñºƒ ¸(¸BWgradients/res5c_branch2b/kernel_grad = BackpropGrad(gradients/bn5c_branch2b/gamma_grad)HÖ°ñºƒP“
!gradients/bn5c_branch2a/beta_grad¼ñºƒ (BVgradients/bn5c_branch2a/beta_grad = BackpropGrad(gradients/res5c_branch2b/kernel_grad)H¼ñºƒP’
"gradients/bn5c_branch2a/gamma_gradš¼ñºƒ *(*BTgradients/bn5c_branch2a/gamma_grad = BackpropGrad(gradients/bn5c_branch2a/beta_grad)Hš¼ñºƒP™
$gradients/res5c_branch2a/kernel_gradÄ¼ñºƒ ê(êBWgradients/res5c_branch2a/kernel_grad = BackpropGrad(gradients/bn5c_branch2a/gamma_grad)HÄ¼ñºƒP“
!gradients/bn5b_branch2c/beta_grad®Áñºƒ (BVgradients/bn5b_branch2c/beta_grad = BackpropGrad(gradients/res5c_branch2a/kernel_grad)H®ÁñºƒP”
"gradients/bn5b_branch2c/gamma_gradÈÁñºƒ …(…BTgradients/bn5b_branch2c/gamma_grad = BackpropGrad(gradients/bn5b_branch2c/beta_grad)HÈÁñºƒP™
$gradients/res5b_branch2c/kernel_gradÍÂñºƒ ±(±BWgradients/res5b_branch2c/kernel_grad = BackpropGrad(gradients/bn5b_branch2c/gamma_grad)HÍÂñºƒP“
!gradients/bn5b_branch2b/beta_gradşÇñºƒ (BVgradients/bn5b_branch2b/beta_grad = BackpropGrad(gradients/res5b_branch2c/kernel_grad)HşÇñºƒP’
"gradients/bn5b_branch2b/gamma_grad‹Èñºƒ '('BTgradients/bn5b_branch2b/gamma_grad = BackpropGrad(gradients/bn5b_branch2b/beta_grad)H‹ÈñºƒP™
$gradients/res5b_branch2b/kernel_grad²Èñºƒ ´(´BWgradients/res5b_branch2b/kernel_grad = BackpropGrad(gradients/bn5b_branch2b/gamma_grad)H²ÈñºƒP“
!gradients/bn5b_branch2a/beta_gradæÓñºƒ (BVgradients/bn5b_branch2a/beta_grad = BackpropGrad(gradients/res5b_branch2b/kernel_grad)HæÓñºƒP’
"gradients/bn5b_branch2a/gamma_gradòÓñºƒ )()BTgradients/bn5b_branch2a/gamma_grad = BackpropGrad(gradients/bn5b_branch2a/beta_grad)HòÓñºƒP™
$gradients/res5b_branch2a/kernel_grad›Ôñºƒ Œ(ŒBWgradients/res5b_branch2a/kernel_grad = BackpropGrad(gradients/bn5b_branch2a/gamma_grad)H›ÔñºƒP‘
 gradients/bn5a_branch1/beta_grad§Ùñºƒ (BUgradients/bn5a_branch1/beta_grad = BackpropGrad(gradients/res5b_branch2a/kernel_grad)H§ÙñºƒP
!gradients/bn5a_branch1/gamma_gradÁÙñºƒ O(OBRgradients/bn5a_branch1/gamma_grad = BackpropGrad(gradients/bn5a_branch1/beta_grad)HÁÙñºƒP–
#gradients/res5a_branch1/kernel_gradÚñºƒ ó	(ó	BUgradients/res5a_branch1/kernel_grad = BackpropGrad(gradients/bn5a_branch1/gamma_grad)HÚñºƒP’
!gradients/bn5a_branch2c/beta_gradƒäñºƒ (BUgradients/bn5a_branch2c/beta_grad = BackpropGrad(gradients/res5a_branch1/kernel_grad)HƒäñºƒP”
"gradients/bn5a_branch2c/gamma_grad›äñºƒ „(„BTgradients/bn5a_branch2c/gamma_grad = BackpropGrad(gradients/bn5a_branch2c/beta_grad)H›äñºƒP™
$gradients/res5a_branch2c/kernel_gradŸåñºƒ ó(óBWgradients/res5a_branch2c/kernel_grad = BackpropGrad(gradients/bn5a_branch2c/gamma_grad)HŸåñºƒP“
!gradients/bn5a_branch2b/beta_grad’êñºƒ (BVgradients/bn5a_branch2b/beta_grad = BackpropGrad(gradients/res5a_branch2c/kernel_grad)H’êñºƒP’
"gradients/bn5a_branch2b/gamma_gradêñºƒ '('BTgradients/bn5a_branch2b/gamma_grad = BackpropGrad(gradients/bn5a_branch2b/beta_grad)HêñºƒP™
$gradients/res5a_branch2b/kernel_gradÄêñºƒ –(–BWgradients/res5a_branch2b/kernel_grad = BackpropGrad(gradients/bn5a_branch2b/gamma_grad)HÄêñºƒP“
!gradients/bn5a_branch2a/beta_gradÚõñºƒ (BVgradients/bn5a_branch2a/beta_grad = BackpropGrad(gradients/res5a_branch2b/kernel_grad)HÚõñºƒP”
"gradients/bn5a_branch2a/gamma_gradôõñºƒ ‰(‰BTgradients/bn5a_branch2a/gamma_grad = BackpropGrad(gradients/bn5a_branch2a/beta_grad)HôõñºƒP™
$gradients/res5a_branch2a/kernel_gradıöñºƒ ã	(ã	BWgradients/res5a_branch2a/kernel_grad = BackpropGrad(gradients/bn5a_branch2a/gamma_grad)HıöñºƒP“
!gradients/bn4f_branch2c/beta_gradà€ñºƒ ,(,BVgradients/bn4f_branch2c/beta_grad = BackpropGrad(gradients/res5a_branch2a/kernel_grad)Hà€ñºƒP”
"gradients/bn4f_branch2c/gamma_gradŒñºƒ ‡(‡BTgradients/bn4f_branch2c/gamma_grad = BackpropGrad(gradients/bn4f_branch2c/beta_grad)HŒñºƒP™
$gradients/res4f_branch2c/kernel_grad“ƒñºƒ (BWgradients/res4f_branch2c/kernel_grad = BackpropGrad(gradients/bn4f_branch2c/gamma_grad)H“ƒñºƒP“
!gradients/bn4f_branch2b/beta_grad£ˆñºƒ (BVgradients/bn4f_branch2b/beta_grad = BackpropGrad(gradients/res4f_branch2c/kernel_grad)H£ˆñºƒP’
"gradients/bn4f_branch2b/gamma_gradµˆñºƒ J(JBTgradients/bn4f_branch2b/gamma_grad = BackpropGrad(gradients/bn4f_branch2b/beta_grad)HµˆñºƒP™
$gradients/res4f_branch2b/kernel_gradÿˆñºƒ ¹(¹BWgradients/res4f_branch2b/kernel_grad = BackpropGrad(gradients/bn4f_branch2b/gamma_grad)HÿˆñºƒP“
!gradients/bn4f_branch2a/beta_grad¸”ñºƒ (BVgradients/bn4f_branch2a/beta_grad = BackpropGrad(gradients/res4f_branch2b/kernel_grad)H¸”ñºƒP’
"gradients/bn4f_branch2a/gamma_gradÉ”ñºƒ K(KBTgradients/bn4f_branch2a/gamma_grad = BackpropGrad(gradients/bn4f_branch2a/beta_grad)HÉ”ñºƒP™
$gradients/res4f_branch2a/kernel_grad”•ñºƒ ”(”BWgradients/res4f_branch2a/kernel_grad = BackpropGrad(gradients/bn4f_branch2a/gamma_grad)H”•ñºƒP“
!gradients/bn4e_branch2c/beta_grad¨šñºƒ ,(,BVgradients/bn4e_branch2c/beta_grad = BackpropGrad(gradients/res4f_branch2a/kernel_grad)H¨šñºƒP”
"gradients/bn4e_branch2c/gamma_gradÔšñºƒ ü(üBTgradients/bn4e_branch2c/gamma_grad = BackpropGrad(gradients/bn4e_branch2c/beta_grad)HÔšñºƒP™
$gradients/res4e_branch2c/kernel_gradĞœñºƒ œ(œBWgradients/res4e_branch2c/kernel_grad = BackpropGrad(gradients/bn4e_branch2c/gamma_grad)HĞœñºƒP“
!gradients/bn4e_branch2b/beta_gradì¡ñºƒ (BVgradients/bn4e_branch2b/beta_grad = BackpropGrad(gradients/res4e_branch2c/kernel_grad)Hì¡ñºƒP’
"gradients/bn4e_branch2b/gamma_gradı¡ñºƒ C(CBTgradients/bn4e_branch2b/gamma_grad = BackpropGrad(gradients/bn4e_branch2b/beta_grad)Hı¡ñºƒP™
$gradients/res4e_branch2b/kernel_gradÀ¢ñºƒ ƒ(ƒBWgradients/res4e_branch2b/kernel_grad = BackpropGrad(gradients/bn4e_branch2b/gamma_grad)HÀ¢ñºƒP“
!gradients/bn4e_branch2a/beta_gradÃ­ñºƒ (BVgradients/bn4e_branch2a/beta_grad = BackpropGrad(gradients/res4e_branch2b/kernel_grad)HÃ­ñºƒP’
"gradients/bn4e_branch2a/gamma_gradÓ­ñºƒ D(DBTgradients/bn4e_branch2a/gamma_grad = BackpropGrad(gradients/bn4e_branch2a/beta_grad)HÓ­ñºƒP™
$gradients/res4e_branch2a/kernel_grad—®ñºƒ ÷(÷BWgradients/res4e_branch2a/kernel_grad = BackpropGrad(gradients/bn4e_branch2a/gamma_grad)H—®ñºƒP“
!gradients/bn4d_branch2c/beta_grad³ñºƒ ,(,BVgradients/bn4d_branch2c/beta_grad = BackpropGrad(gradients/res4e_branch2a/kernel_grad)H³ñºƒP”
"gradients/bn4d_branch2c/gamma_gradº³ñºƒ €(€BTgradients/bn4d_branch2c/gamma_grad = BackpropGrad(gradients/bn4d_branch2c/beta_grad)Hº³ñºƒP™
$gradients/res4d_branch2c/kernel_gradºµñºƒ ˜(˜BWgradients/res4d_branch2c/kernel_grad = BackpropGrad(gradients/bn4d_branch2c/gamma_grad)HºµñºƒP“
!gradients/bn4d_branch2b/beta_gradÒºñºƒ (BVgradients/bn4d_branch2b/beta_grad = BackpropGrad(gradients/res4d_branch2c/kernel_grad)HÒºñºƒP’
"gradients/bn4d_branch2b/gamma_gradâºñºƒ E(EBTgradients/bn4d_branch2b/gamma_grad = BackpropGrad(gradients/bn4d_branch2b/beta_grad)HâºñºƒP™
$gradients/res4d_branch2b/kernel_grad§»ñºƒ ˆ(ˆBWgradients/res4d_branch2b/kernel_grad = BackpropGrad(gradients/bn4d_branch2b/gamma_grad)H§»ñºƒP“
!gradients/bn4d_branch2a/beta_grad¯Æñºƒ (BVgradients/bn4d_branch2a/beta_grad = BackpropGrad(gradients/res4d_branch2b/kernel_grad)H¯ÆñºƒP’
"gradients/bn4d_branch2a/gamma_gradÀÆñºƒ J(JBTgradients/bn4d_branch2a/gamma_grad = BackpropGrad(gradients/bn4d_branch2a/beta_grad)HÀÆñºƒP™
$gradients/res4d_branch2a/kernel_gradŠÇñºƒ ¨(¨BWgradients/res4d_branch2a/kernel_grad = BackpropGrad(gradients/bn4d_branch2a/gamma_grad)HŠÇñºƒP“
!gradients/bn4c_branch2c/beta_grad²Ìñºƒ -(-BVgradients/bn4c_branch2c/beta_grad = BackpropGrad(gradients/res4d_branch2a/kernel_grad)H²ÌñºƒP”
"gradients/bn4c_branch2c/gamma_gradßÌñºƒ ‘(‘BTgradients/bn4c_branch2c/gamma_grad = BackpropGrad(gradients/bn4c_branch2c/beta_grad)HßÌñºƒP™
$gradients/res4c_branch2c/kernel_gradğÎñºƒ •(•BWgradients/res4c_branch2c/kernel_grad = BackpropGrad(gradients/bn4c_branch2c/gamma_grad)HğÎñºƒP“
!gradients/bn4c_branch2b/beta_grad…Ôñºƒ (BVgradients/bn4c_branch2b/beta_grad = BackpropGrad(gradients/res4c_branch2c/kernel_grad)H…ÔñºƒP’
"gradients/bn4c_branch2b/gamma_grad–Ôñºƒ F(FBTgradients/bn4c_branch2b/gamma_grad = BackpropGrad(gradients/bn4c_branch2b/beta_grad)H–ÔñºƒP™
$gradients/res4c_branch2b/kernel_gradÜÔñºƒ Ä(ÄBWgradients/res4c_branch2b/kernel_grad = BackpropGrad(gradients/bn4c_branch2b/gamma_grad)HÜÔñºƒP“
!gradients/bn4c_branch2a/beta_grad àñºƒ (BVgradients/bn4c_branch2a/beta_grad = BackpropGrad(gradients/res4c_branch2b/kernel_grad)H àñºƒP’
"gradients/bn4c_branch2a/gamma_grad±àñºƒ H(HBTgradients/bn4c_branch2a/gamma_grad = BackpropGrad(gradients/bn4c_branch2a/beta_grad)H±àñºƒP™
$gradients/res4c_branch2a/kernel_gradùàñºƒ „(„BWgradients/res4c_branch2a/kernel_grad = BackpropGrad(gradients/bn4c_branch2a/gamma_grad)HùàñºƒP“
!gradients/bn4b_branch2c/beta_gradıåñºƒ ,(,BVgradients/bn4b_branch2c/beta_grad = BackpropGrad(gradients/res4c_branch2a/kernel_grad)HıåñºƒP”
"gradients/bn4b_branch2c/gamma_grad©æñºƒ ô(ôBTgradients/bn4b_branch2c/gamma_grad = BackpropGrad(gradients/bn4b_branch2c/beta_grad)H©æñºƒP™
$gradients/res4b_branch2c/kernel_gradèñºƒ š(šBWgradients/res4b_branch2c/kernel_grad = BackpropGrad(gradients/bn4b_branch2c/gamma_grad)HèñºƒP“
!gradients/bn4b_branch2b/beta_grad·íñºƒ (BVgradients/bn4b_branch2b/beta_grad = BackpropGrad(gradients/res4b_branch2c/kernel_grad)H·íñºƒP’
"gradients/bn4b_branch2b/gamma_gradÈíñºƒ D(DBTgradients/bn4b_branch2b/gamma_grad = BackpropGrad(gradients/bn4b_branch2b/beta_grad)HÈíñºƒP™
$gradients/res4b_branch2b/kernel_gradŒîñºƒ «(«BWgradients/res4b_branch2b/kernel_grad = BackpropGrad(gradients/bn4b_branch2b/gamma_grad)HŒîñºƒP“
!gradients/bn4b_branch2a/beta_grad·ùñºƒ (BVgradients/bn4b_branch2a/beta_grad = BackpropGrad(gradients/res4b_branch2b/kernel_grad)H·ùñºƒP’
"gradients/bn4b_branch2a/gamma_gradÇùñºƒ E(EBTgradients/bn4b_branch2a/gamma_grad = BackpropGrad(gradients/bn4b_branch2a/beta_grad)HÇùñºƒP™
$gradients/res4b_branch2a/kernel_gradŒúñºƒ ™(™BWgradients/res4b_branch2a/kernel_grad = BackpropGrad(gradients/bn4b_branch2a/gamma_grad)HŒúñºƒP‘
 gradients/bn4a_branch1/beta_grad¥ÿñºƒ ,(,BUgradients/bn4a_branch1/beta_grad = BackpropGrad(gradients/res4b_branch2a/kernel_grad)H¥ÿñºƒP‘
!gradients/bn4a_branch1/gamma_gradÑÿñºƒ “(“BRgradients/bn4a_branch1/gamma_grad = BackpropGrad(gradients/bn4a_branch1/beta_grad)HÑÿñºƒP–
#gradients/res4a_branch1/kernel_gradä€Ÿñºƒ ¦
(¦
BUgradients/res4a_branch1/kernel_grad = BackpropGrad(gradients/bn4a_branch1/gamma_grad)Hä€ŸñºƒP’
!gradients/bn4a_branch2c/beta_gradŠ‹Ÿñºƒ -(-BUgradients/bn4a_branch2c/beta_grad = BackpropGrad(gradients/res4a_branch1/kernel_grad)HŠ‹ŸñºƒP”
"gradients/bn4a_branch2c/gamma_grad·‹Ÿñºƒ ‚(‚BTgradients/bn4a_branch2c/gamma_grad = BackpropGrad(gradients/bn4a_branch2c/beta_grad)H·‹ŸñºƒP™
$gradients/res4a_branch2c/kernel_grad¹Ÿñºƒ œ(œBWgradients/res4a_branch2c/kernel_grad = BackpropGrad(gradients/bn4a_branch2c/gamma_grad)H¹ŸñºƒP“
!gradients/bn4a_branch2b/beta_gradÕ’Ÿñºƒ (BVgradients/bn4a_branch2b/beta_grad = BackpropGrad(gradients/res4a_branch2c/kernel_grad)HÕ’ŸñºƒP’
"gradients/bn4a_branch2b/gamma_gradæ’Ÿñºƒ B(BBTgradients/bn4a_branch2b/gamma_grad = BackpropGrad(gradients/bn4a_branch2b/beta_grad)Hæ’ŸñºƒP™
$gradients/res4a_branch2b/kernel_grad¨“Ÿñºƒ ‡(‡BWgradients/res4a_branch2b/kernel_grad = BackpropGrad(gradients/bn4a_branch2b/gamma_grad)H¨“ŸñºƒP“
!gradients/bn4a_branch2a/beta_grad¯Ÿñºƒ .(.BVgradients/bn4a_branch2a/beta_grad = BackpropGrad(gradients/res4a_branch2b/kernel_grad)H¯ŸñºƒP”
"gradients/bn4a_branch2a/gamma_gradİŸñºƒ ú(úBTgradients/bn4a_branch2a/gamma_grad = BackpropGrad(gradients/bn4a_branch2a/beta_grad)HİŸñºƒP™
$gradients/res4a_branch2a/kernel_grad× Ÿñºƒ ï	(ï	BWgradients/res4a_branch2a/kernel_grad = BackpropGrad(gradients/bn4a_branch2a/gamma_grad)H× ŸñºƒP“
!gradients/bn3d_branch2c/beta_gradÆªŸñºƒ P(PBVgradients/bn3d_branch2c/beta_grad = BackpropGrad(gradients/res4a_branch2a/kernel_grad)HÆªŸñºƒP”
"gradients/bn3d_branch2c/gamma_grad–«Ÿñºƒ (BTgradients/bn3d_branch2c/gamma_grad = BackpropGrad(gradients/bn3d_branch2c/beta_grad)H–«ŸñºƒP™
$gradients/res3d_branch2c/kernel_grad—¯Ÿñºƒ ê(êBWgradients/res3d_branch2c/kernel_grad = BackpropGrad(gradients/bn3d_branch2c/gamma_grad)H—¯ŸñºƒP“
!gradients/bn3d_branch2b/beta_grad´Ÿñºƒ (BVgradients/bn3d_branch2b/beta_grad = BackpropGrad(gradients/res3d_branch2c/kernel_grad)H´ŸñºƒP”
"gradients/bn3d_branch2b/gamma_gradš´Ÿñºƒ ˆ(ˆBTgradients/bn3d_branch2b/gamma_grad = BackpropGrad(gradients/bn3d_branch2b/beta_grad)Hš´ŸñºƒP™
$gradients/res3d_branch2b/kernel_grad¢µŸñºƒ (BWgradients/res3d_branch2b/kernel_grad = BackpropGrad(gradients/bn3d_branch2b/gamma_grad)H¢µŸñºƒP“
!gradients/bn3d_branch2a/beta_grad²ÁŸñºƒ (BVgradients/bn3d_branch2a/beta_grad = BackpropGrad(gradients/res3d_branch2b/kernel_grad)H²ÁŸñºƒP”
"gradients/bn3d_branch2a/gamma_gradËÁŸñºƒ …(…BTgradients/bn3d_branch2a/gamma_grad = BackpropGrad(gradients/bn3d_branch2a/beta_grad)HËÁŸñºƒP™
$gradients/res3d_branch2a/kernel_gradĞÂŸñºƒ ˆ(ˆBWgradients/res3d_branch2a/kernel_grad = BackpropGrad(gradients/bn3d_branch2a/gamma_grad)HĞÂŸñºƒP“
!gradients/bn3c_branch2c/beta_gradØÇŸñºƒ O(OBVgradients/bn3c_branch2c/beta_grad = BackpropGrad(gradients/res3d_branch2a/kernel_grad)HØÇŸñºƒP”
"gradients/bn3c_branch2c/gamma_grad§ÈŸñºƒ í(íBTgradients/bn3c_branch2c/gamma_grad = BackpropGrad(gradients/bn3c_branch2c/beta_grad)H§ÈŸñºƒP™
$gradients/res3c_branch2c/kernel_grad”ÌŸñºƒ (BWgradients/res3c_branch2c/kernel_grad = BackpropGrad(gradients/bn3c_branch2c/gamma_grad)H”ÌŸñºƒP“
!gradients/bn3c_branch2b/beta_grad¢ÑŸñºƒ (BVgradients/bn3c_branch2b/beta_grad = BackpropGrad(gradients/res3c_branch2c/kernel_grad)H¢ÑŸñºƒP”
"gradients/bn3c_branch2b/gamma_grad¼ÑŸñºƒ (BTgradients/bn3c_branch2b/gamma_grad = BackpropGrad(gradients/bn3c_branch2b/beta_grad)H¼ÑŸñºƒP™
$gradients/res3c_branch2b/kernel_gradÉÒŸñºƒ ›(›BWgradients/res3c_branch2b/kernel_grad = BackpropGrad(gradients/bn3c_branch2b/gamma_grad)HÉÒŸñºƒP“
!gradients/bn3c_branch2a/beta_gradäİŸñºƒ (BVgradients/bn3c_branch2a/beta_grad = BackpropGrad(gradients/res3c_branch2b/kernel_grad)HäİŸñºƒP”
"gradients/bn3c_branch2a/gamma_gradıİŸñºƒ ‹(‹BTgradients/bn3c_branch2a/gamma_grad = BackpropGrad(gradients/bn3c_branch2a/beta_grad)HıİŸñºƒP™
$gradients/res3c_branch2a/kernel_gradˆßŸñºƒ œ(œBWgradients/res3c_branch2a/kernel_grad = BackpropGrad(gradients/bn3c_branch2a/gamma_grad)HˆßŸñºƒP“
!gradients/bn3b_branch2c/beta_grad¤äŸñºƒ N(NBVgradients/bn3b_branch2c/beta_grad = BackpropGrad(gradients/res3c_branch2a/kernel_grad)H¤äŸñºƒP”
"gradients/bn3b_branch2c/gamma_gradòäŸñºƒ ƒ(ƒBTgradients/bn3b_branch2c/gamma_grad = BackpropGrad(gradients/bn3b_branch2c/beta_grad)HòäŸñºƒP™
$gradients/res3b_branch2c/kernel_gradõèŸñºƒ ¡(¡BWgradients/res3b_branch2c/kernel_grad = BackpropGrad(gradients/bn3b_branch2c/gamma_grad)HõèŸñºƒP“
!gradients/bn3b_branch2b/beta_grad–îŸñºƒ (BVgradients/bn3b_branch2b/beta_grad = BackpropGrad(gradients/res3b_branch2c/kernel_grad)H–îŸñºƒP”
"gradients/bn3b_branch2b/gamma_grad¯îŸñºƒ (BTgradients/bn3b_branch2b/gamma_grad = BackpropGrad(gradients/bn3b_branch2b/beta_grad)H¯îŸñºƒP™
$gradients/res3b_branch2b/kernel_grad°ïŸñºƒ …(…BWgradients/res3b_branch2b/kernel_grad = BackpropGrad(gradients/bn3b_branch2b/gamma_grad)H°ïŸñºƒP“
!gradients/bn3b_branch2a/beta_gradµúŸñºƒ (BVgradients/bn3b_branch2a/beta_grad = BackpropGrad(gradients/res3b_branch2b/kernel_grad)HµúŸñºƒP”
"gradients/bn3b_branch2a/gamma_gradÍúŸñºƒ „(„BTgradients/bn3b_branch2a/gamma_grad = BackpropGrad(gradients/bn3b_branch2a/beta_grad)HÍúŸñºƒP™
$gradients/res3b_branch2a/kernel_gradÑûŸñºƒ ş(şBWgradients/res3b_branch2a/kernel_grad = BackpropGrad(gradients/bn3b_branch2a/gamma_grad)HÑûŸñºƒP‘
 gradients/bn3a_branch1/beta_gradÏ€ ñºƒ P(PBUgradients/bn3a_branch1/beta_grad = BackpropGrad(gradients/res3b_branch2a/kernel_grad)HÏ€ ñºƒP‘
!gradients/bn3a_branch1/gamma_gradŸ ñºƒ ¦(¦BRgradients/bn3a_branch1/gamma_grad = BackpropGrad(gradients/bn3a_branch1/beta_grad)HŸ ñºƒP–
#gradients/res3a_branch1/kernel_gradÅƒ ñºƒ Â
(Â
BUgradients/res3a_branch1/kernel_grad = BackpropGrad(gradients/bn3a_branch1/gamma_grad)HÅƒ ñºƒP’
!gradients/bn3a_branch2c/beta_grad‡ ñºƒ K(KBUgradients/bn3a_branch2c/beta_grad = BackpropGrad(gradients/res3a_branch1/kernel_grad)H‡ ñºƒP”
"gradients/bn3a_branch2c/gamma_gradÒ ñºƒ î(îBTgradients/bn3a_branch2c/gamma_grad = BackpropGrad(gradients/bn3a_branch2c/beta_grad)HÒ ñºƒP™
$gradients/res3a_branch2c/kernel_gradÀ’ ñºƒ (BWgradients/res3a_branch2c/kernel_grad = BackpropGrad(gradients/bn3a_branch2c/gamma_grad)HÀ’ ñºƒP“
!gradients/bn3a_branch2b/beta_gradÎ— ñºƒ (BVgradients/bn3a_branch2b/beta_grad = BackpropGrad(gradients/res3a_branch2c/kernel_grad)HÎ— ñºƒP”
"gradients/bn3a_branch2b/gamma_gradè— ñºƒ ˆ(ˆBTgradients/bn3a_branch2b/gamma_grad = BackpropGrad(gradients/bn3a_branch2b/beta_grad)Hè— ñºƒP™
$gradients/res3a_branch2b/kernel_gradğ˜ ñºƒ Å(ÅBWgradients/res3a_branch2b/kernel_grad = BackpropGrad(gradients/bn3a_branch2b/gamma_grad)Hğ˜ ñºƒP“
!gradients/bn3a_branch2a/beta_gradµ¤ ñºƒ T(TBVgradients/bn3a_branch2a/beta_grad = BackpropGrad(gradients/res3a_branch2b/kernel_grad)Hµ¤ ñºƒP”
"gradients/bn3a_branch2a/gamma_grad‰¥ ñºƒ ƒ(ƒBTgradients/bn3a_branch2a/gamma_grad = BackpropGrad(gradients/bn3a_branch2a/beta_grad)H‰¥ ñºƒP™
$gradients/res3a_branch2a/kernel_gradŒ© ñºƒ €
(€
BWgradients/res3a_branch2a/kernel_grad = BackpropGrad(gradients/bn3a_branch2a/gamma_grad)HŒ© ñºƒP•
!gradients/bn2c_branch2c/beta_gradŒ³ ñºƒ ‘(‘BVgradients/bn2c_branch2c/beta_grad = BackpropGrad(gradients/res3a_branch2a/kernel_grad)HŒ³ ñºƒP”
"gradients/bn2c_branch2c/gamma_grad´ ñºƒ È(ÈBTgradients/bn2c_branch2c/gamma_grad = BackpropGrad(gradients/bn2c_branch2c/beta_grad)H´ ñºƒP™
$gradients/res2c_branch2c/kernel_gradå» ñºƒ ¡(¡BWgradients/res2c_branch2c/kernel_grad = BackpropGrad(gradients/bn2c_branch2c/gamma_grad)Hå» ñºƒP“
!gradients/bn2c_branch2b/beta_grad†Á ñºƒ ,(,BVgradients/bn2c_branch2b/beta_grad = BackpropGrad(gradients/res2c_branch2c/kernel_grad)H†Á ñºƒP”
"gradients/bn2c_branch2b/gamma_grad²Á ñºƒ ’(’BTgradients/bn2c_branch2b/gamma_grad = BackpropGrad(gradients/bn2c_branch2b/beta_grad)H²Á ñºƒP™
$gradients/res2c_branch2b/kernel_gradÄÃ ñºƒ Ø(ØBWgradients/res2c_branch2b/kernel_grad = BackpropGrad(gradients/bn2c_branch2b/gamma_grad)HÄÃ ñºƒP“
!gradients/bn2c_branch2a/beta_gradœÏ ñºƒ .(.BVgradients/bn2c_branch2a/beta_grad = BackpropGrad(gradients/res2c_branch2b/kernel_grad)HœÏ ñºƒP”
"gradients/bn2c_branch2a/gamma_gradÊÏ ñºƒ ı(ıBTgradients/bn2c_branch2a/gamma_grad = BackpropGrad(gradients/bn2c_branch2a/beta_grad)HÊÏ ñºƒP™
$gradients/res2c_branch2a/kernel_gradÇÑ ñºƒ ¯(¯BWgradients/res2c_branch2a/kernel_grad = BackpropGrad(gradients/bn2c_branch2a/gamma_grad)HÇÑ ñºƒP•
!gradients/bn2b_branch2c/beta_gradöÖ ñºƒ (BVgradients/bn2b_branch2c/beta_grad = BackpropGrad(gradients/res2c_branch2a/kernel_grad)HöÖ ñºƒP”
"gradients/bn2b_branch2c/gamma_grad“Ø ñºƒ Ö(ÖBTgradients/bn2b_branch2c/gamma_grad = BackpropGrad(gradients/bn2b_branch2c/beta_grad)H“Ø ñºƒP™
$gradients/res2b_branch2c/kernel_gradéß ñºƒ ú(úBWgradients/res2b_branch2c/kernel_grad = BackpropGrad(gradients/bn2b_branch2c/gamma_grad)Héß ñºƒP“
!gradients/bn2b_branch2b/beta_gradãä ñºƒ )()BVgradients/bn2b_branch2b/beta_grad = BackpropGrad(gradients/res2b_branch2c/kernel_grad)Hãä ñºƒP”
"gradients/bn2b_branch2b/gamma_gradŒå ñºƒ (BTgradients/bn2b_branch2b/gamma_grad = BackpropGrad(gradients/bn2b_branch2b/beta_grad)HŒå ñºƒP™
$gradients/res2b_branch2b/kernel_grad™ç ñºƒ Ğ(ĞBWgradients/res2b_branch2b/kernel_grad = BackpropGrad(gradients/bn2b_branch2b/gamma_grad)H™ç ñºƒP“
!gradients/bn2b_branch2a/beta_gradéò ñºƒ )()BVgradients/bn2b_branch2a/beta_grad = BackpropGrad(gradients/res2b_branch2b/kernel_grad)Héò ñºƒP”
"gradients/bn2b_branch2a/gamma_grad’ó ñºƒ (BTgradients/bn2b_branch2a/gamma_grad = BackpropGrad(gradients/bn2b_branch2a/beta_grad)H’ó ñºƒP™
$gradients/res2b_branch2a/kernel_grad“õ ñºƒ £(£BWgradients/res2b_branch2a/kernel_grad = BackpropGrad(gradients/bn2b_branch2a/gamma_grad)H“õ ñºƒP“
 gradients/bn2a_branch1/beta_grad¶ú ñºƒ š(šBUgradients/bn2a_branch1/beta_grad = BackpropGrad(gradients/res2b_branch2a/kernel_grad)H¶ú ñºƒP‘
!gradients/bn2a_branch1/gamma_gradĞû ñºƒ Ç(ÇBRgradients/bn2a_branch1/gamma_grad = BackpropGrad(gradients/bn2a_branch1/beta_grad)HĞû ñºƒP–
#gradients/res2a_branch1/kernel_grad—€¡ñºƒ ’(’BUgradients/res2a_branch1/kernel_grad = BackpropGrad(gradients/bn2a_branch1/gamma_grad)H—€¡ñºƒP”
!gradients/bn2a_branch2c/beta_grad©…¡ñºƒ –(–BUgradients/bn2a_branch2c/beta_grad = BackpropGrad(gradients/res2a_branch1/kernel_grad)H©…¡ñºƒP”
"gradients/bn2a_branch2c/gamma_grad¿†¡ñºƒ  ( BTgradients/bn2a_branch2c/gamma_grad = BackpropGrad(gradients/bn2a_branch2c/beta_grad)H¿†¡ñºƒP™
$gradients/res2a_branch2c/kernel_gradß¡ñºƒ ‰(‰BWgradients/res2a_branch2c/kernel_grad = BackpropGrad(gradients/bn2a_branch2c/gamma_grad)Hß¡ñºƒP“
!gradients/bn2a_branch2b/beta_gradè“¡ñºƒ -(-BVgradients/bn2a_branch2b/beta_grad = BackpropGrad(gradients/res2a_branch2c/kernel_grad)Hè“¡ñºƒP”
"gradients/bn2a_branch2b/gamma_grad•”¡ñºƒ (BTgradients/bn2a_branch2b/gamma_grad = BackpropGrad(gradients/bn2a_branch2b/beta_grad)H•”¡ñºƒP™
$gradients/res2a_branch2b/kernel_grad––¡ñºƒ Ë(ËBWgradients/res2a_branch2b/kernel_grad = BackpropGrad(gradients/bn2a_branch2b/gamma_grad)H––¡ñºƒP“
!gradients/bn2a_branch2a/beta_gradá¡¡ñºƒ -(-BVgradients/bn2a_branch2a/beta_grad = BackpropGrad(gradients/res2a_branch2b/kernel_grad)Há¡¡ñºƒP”
"gradients/bn2a_branch2a/gamma_grad¢¡ñºƒ …(…BTgradients/bn2a_branch2a/gamma_grad = BackpropGrad(gradients/bn2a_branch2a/beta_grad)H¢¡ñºƒP™
$gradients/res2a_branch2a/kernel_grad“¤¡ñºƒ ®(®BWgradients/res2a_branch2a/kernel_grad = BackpropGrad(gradients/bn2a_branch2a/gamma_grad)H“¤¡ñºƒP‹
gradients/bn_conv1/beta_gradÁ¥¡ñºƒ “(“BQgradients/bn_conv1/beta_grad = BackpropGrad(gradients/res2a_branch2a/kernel_grad)HÁ¥¡ñºƒP…
gradients/bn_conv1/gamma_gradÔ¦¡ñºƒ Ô
(Ô
BJgradients/bn_conv1/gamma_grad = BackpropGrad(gradients/bn_conv1/beta_grad)HÔ¦¡ñºƒP‚
gradients/conv1/kernel_grad¨±¡ñºƒ ç(çBIgradients/conv1/kernel_grad = BackpropGrad(gradients/bn_conv1/gamma_grad)H¨±¡ñºƒP
¸ 
%/job:ps/replica:0/task:0/device:CPU:0W
conv1/kernel/readÜ€˜ñºƒ (B*conv1/kernel/read = Identity(conv1/kernel)HÜ€˜ñºƒP]
bn_conv1/gamma/readß€˜ñºƒ (B.bn_conv1/gamma/read = Identity(bn_conv1/gamma)Hß€˜ñºƒPZ
bn_conv1/beta/readâ€˜ñºƒ (B,bn_conv1/beta/read = Identity(bn_conv1/beta)Hâ€˜ñºƒPr
res2a_branch2a/kernel/readå€˜ñºƒ (B<res2a_branch2a/kernel/read = Identity(res2a_branch2a/kernel)Hå€˜ñºƒPl
bn2a_branch2a/gamma/readè€˜ñºƒ (B8bn2a_branch2a/gamma/read = Identity(bn2a_branch2a/gamma)Hè€˜ñºƒPi
bn2a_branch2a/beta/readë€˜ñºƒ (B6bn2a_branch2a/beta/read = Identity(bn2a_branch2a/beta)Hë€˜ñºƒPr
res2a_branch2b/kernel/readî€˜ñºƒ (B<res2a_branch2b/kernel/read = Identity(res2a_branch2b/kernel)Hî€˜ñºƒPl
bn2a_branch2b/gamma/readñ€˜ñºƒ (B8bn2a_branch2b/gamma/read = Identity(bn2a_branch2b/gamma)Hñ€˜ñºƒPi
bn2a_branch2b/beta/readô€˜ñºƒ (B6bn2a_branch2b/beta/read = Identity(bn2a_branch2b/beta)Hô€˜ñºƒPr
res2a_branch2c/kernel/read÷€˜ñºƒ (B<res2a_branch2c/kernel/read = Identity(res2a_branch2c/kernel)H÷€˜ñºƒPl
bn2a_branch2c/gamma/readú€˜ñºƒ (B8bn2a_branch2c/gamma/read = Identity(bn2a_branch2c/gamma)Hú€˜ñºƒPi
bn2a_branch2c/beta/readı€˜ñºƒ (B6bn2a_branch2c/beta/read = Identity(bn2a_branch2c/beta)Hı€˜ñºƒPo
res2a_branch1/kernel/read€˜ñºƒ (B:res2a_branch1/kernel/read = Identity(res2a_branch1/kernel)H€˜ñºƒPi
bn2a_branch1/gamma/readƒ˜ñºƒ (B6bn2a_branch1/gamma/read = Identity(bn2a_branch1/gamma)Hƒ˜ñºƒPf
bn2a_branch1/beta/read†˜ñºƒ (B4bn2a_branch1/beta/read = Identity(bn2a_branch1/beta)H†˜ñºƒPr
res2b_branch2a/kernel/readŠ˜ñºƒ (B<res2b_branch2a/kernel/read = Identity(res2b_branch2a/kernel)HŠ˜ñºƒPl
bn2b_branch2a/gamma/readŒ˜ñºƒ (B8bn2b_branch2a/gamma/read = Identity(bn2b_branch2a/gamma)HŒ˜ñºƒPi
bn2b_branch2a/beta/read˜ñºƒ (B6bn2b_branch2a/beta/read = Identity(bn2b_branch2a/beta)H˜ñºƒPr
res2b_branch2b/kernel/read’˜ñºƒ (B<res2b_branch2b/kernel/read = Identity(res2b_branch2b/kernel)H’˜ñºƒPl
bn2b_branch2b/gamma/read•˜ñºƒ (B8bn2b_branch2b/gamma/read = Identity(bn2b_branch2b/gamma)H•˜ñºƒPi
bn2b_branch2b/beta/read˜˜ñºƒ (B6bn2b_branch2b/beta/read = Identity(bn2b_branch2b/beta)H˜˜ñºƒPr
res2b_branch2c/kernel/read›˜ñºƒ (B<res2b_branch2c/kernel/read = Identity(res2b_branch2c/kernel)H›˜ñºƒPl
bn2b_branch2c/gamma/read˜ñºƒ (B8bn2b_branch2c/gamma/read = Identity(bn2b_branch2c/gamma)H˜ñºƒPi
bn2b_branch2c/beta/read¢˜ñºƒ (B6bn2b_branch2c/beta/read = Identity(bn2b_branch2c/beta)H¢˜ñºƒPr
res2c_branch2a/kernel/read¥˜ñºƒ (B<res2c_branch2a/kernel/read = Identity(res2c_branch2a/kernel)H¥˜ñºƒPl
bn2c_branch2a/gamma/read¨˜ñºƒ (B8bn2c_branch2a/gamma/read = Identity(bn2c_branch2a/gamma)H¨˜ñºƒPi
bn2c_branch2a/beta/read«˜ñºƒ (B6bn2c_branch2a/beta/read = Identity(bn2c_branch2a/beta)H«˜ñºƒPr
res2c_branch2b/kernel/read®˜ñºƒ (B<res2c_branch2b/kernel/read = Identity(res2c_branch2b/kernel)H®˜ñºƒPl
bn2c_branch2b/gamma/read±˜ñºƒ (B8bn2c_branch2b/gamma/read = Identity(bn2c_branch2b/gamma)H±˜ñºƒPi
bn2c_branch2b/beta/read´˜ñºƒ (B6bn2c_branch2b/beta/read = Identity(bn2c_branch2b/beta)H´˜ñºƒPr
res2c_branch2c/kernel/read·˜ñºƒ (B<res2c_branch2c/kernel/read = Identity(res2c_branch2c/kernel)H·˜ñºƒPl
bn2c_branch2c/gamma/readº˜ñºƒ (B8bn2c_branch2c/gamma/read = Identity(bn2c_branch2c/gamma)Hº˜ñºƒPi
bn2c_branch2c/beta/read½˜ñºƒ (B6bn2c_branch2c/beta/read = Identity(bn2c_branch2c/beta)H½˜ñºƒPr
res3a_branch2a/kernel/readÀ˜ñºƒ (B<res3a_branch2a/kernel/read = Identity(res3a_branch2a/kernel)HÀ˜ñºƒPl
bn3a_branch2a/gamma/readÃ˜ñºƒ (B8bn3a_branch2a/gamma/read = Identity(bn3a_branch2a/gamma)HÃ˜ñºƒPi
bn3a_branch2a/beta/readÆ˜ñºƒ (B6bn3a_branch2a/beta/read = Identity(bn3a_branch2a/beta)HÆ˜ñºƒPr
res3a_branch2b/kernel/readÉ˜ñºƒ (B<res3a_branch2b/kernel/read = Identity(res3a_branch2b/kernel)HÉ˜ñºƒPl
bn3a_branch2b/gamma/readÌ˜ñºƒ (B8bn3a_branch2b/gamma/read = Identity(bn3a_branch2b/gamma)HÌ˜ñºƒPi
bn3a_branch2b/beta/readÏ˜ñºƒ (B6bn3a_branch2b/beta/read = Identity(bn3a_branch2b/beta)HÏ˜ñºƒPr
res3a_branch2c/kernel/readÒ˜ñºƒ (B<res3a_branch2c/kernel/read = Identity(res3a_branch2c/kernel)HÒ˜ñºƒPl
bn3a_branch2c/gamma/readÕ˜ñºƒ (B8bn3a_branch2c/gamma/read = Identity(bn3a_branch2c/gamma)HÕ˜ñºƒPi
bn3a_branch2c/beta/readØ˜ñºƒ (B6bn3a_branch2c/beta/read = Identity(bn3a_branch2c/beta)HØ˜ñºƒPo
res3a_branch1/kernel/readÛ˜ñºƒ (B:res3a_branch1/kernel/read = Identity(res3a_branch1/kernel)HÛ˜ñºƒPi
bn3a_branch1/gamma/readŞ˜ñºƒ (B6bn3a_branch1/gamma/read = Identity(bn3a_branch1/gamma)HŞ˜ñºƒPf
bn3a_branch1/beta/readá˜ñºƒ (B4bn3a_branch1/beta/read = Identity(bn3a_branch1/beta)Há˜ñºƒPr
res3b_branch2a/kernel/readã˜ñºƒ (B<res3b_branch2a/kernel/read = Identity(res3b_branch2a/kernel)Hã˜ñºƒPl
bn3b_branch2a/gamma/readæ˜ñºƒ (B8bn3b_branch2a/gamma/read = Identity(bn3b_branch2a/gamma)Hæ˜ñºƒPi
bn3b_branch2a/beta/readê˜ñºƒ (B6bn3b_branch2a/beta/read = Identity(bn3b_branch2a/beta)Hê˜ñºƒPr
res3b_branch2b/kernel/readí˜ñºƒ (B<res3b_branch2b/kernel/read = Identity(res3b_branch2b/kernel)Hí˜ñºƒPl
bn3b_branch2b/gamma/readğ˜ñºƒ (B8bn3b_branch2b/gamma/read = Identity(bn3b_branch2b/gamma)Hğ˜ñºƒPi
bn3b_branch2b/beta/readó˜ñºƒ (B6bn3b_branch2b/beta/read = Identity(bn3b_branch2b/beta)Hó˜ñºƒPr
res3b_branch2c/kernel/readö˜ñºƒ (B<res3b_branch2c/kernel/read = Identity(res3b_branch2c/kernel)Hö˜ñºƒPl
bn3b_branch2c/gamma/readù˜ñºƒ (B8bn3b_branch2c/gamma/read = Identity(bn3b_branch2c/gamma)Hù˜ñºƒPi
bn3b_branch2c/beta/readü˜ñºƒ (B6bn3b_branch2c/beta/read = Identity(bn3b_branch2c/beta)Hü˜ñºƒPr
res3c_branch2a/kernel/readÿ˜ñºƒ (B<res3c_branch2a/kernel/read = Identity(res3c_branch2a/kernel)Hÿ˜ñºƒPl
bn3c_branch2a/gamma/read‚‚˜ñºƒ (B8bn3c_branch2a/gamma/read = Identity(bn3c_branch2a/gamma)H‚‚˜ñºƒPi
bn3c_branch2a/beta/read…‚˜ñºƒ (B6bn3c_branch2a/beta/read = Identity(bn3c_branch2a/beta)H…‚˜ñºƒPr
res3c_branch2b/kernel/readˆ‚˜ñºƒ (B<res3c_branch2b/kernel/read = Identity(res3c_branch2b/kernel)Hˆ‚˜ñºƒPl
bn3c_branch2b/gamma/read‹‚˜ñºƒ (B8bn3c_branch2b/gamma/read = Identity(bn3c_branch2b/gamma)H‹‚˜ñºƒPi
bn3c_branch2b/beta/read‚˜ñºƒ (B6bn3c_branch2b/beta/read = Identity(bn3c_branch2b/beta)H‚˜ñºƒPr
res3c_branch2c/kernel/read‘‚˜ñºƒ (B<res3c_branch2c/kernel/read = Identity(res3c_branch2c/kernel)H‘‚˜ñºƒPl
bn3c_branch2c/gamma/read”‚˜ñºƒ (B8bn3c_branch2c/gamma/read = Identity(bn3c_branch2c/gamma)H”‚˜ñºƒPi
bn3c_branch2c/beta/read—‚˜ñºƒ (B6bn3c_branch2c/beta/read = Identity(bn3c_branch2c/beta)H—‚˜ñºƒPr
res3d_branch2a/kernel/readš‚˜ñºƒ (B<res3d_branch2a/kernel/read = Identity(res3d_branch2a/kernel)Hš‚˜ñºƒPl
bn3d_branch2a/gamma/read‚˜ñºƒ (B8bn3d_branch2a/gamma/read = Identity(bn3d_branch2a/gamma)H‚˜ñºƒPi
bn3d_branch2a/beta/read ‚˜ñºƒ (B6bn3d_branch2a/beta/read = Identity(bn3d_branch2a/beta)H ‚˜ñºƒPr
res3d_branch2b/kernel/read£‚˜ñºƒ (B<res3d_branch2b/kernel/read = Identity(res3d_branch2b/kernel)H£‚˜ñºƒPl
bn3d_branch2b/gamma/read¦‚˜ñºƒ (B8bn3d_branch2b/gamma/read = Identity(bn3d_branch2b/gamma)H¦‚˜ñºƒPi
bn3d_branch2b/beta/read©‚˜ñºƒ (B6bn3d_branch2b/beta/read = Identity(bn3d_branch2b/beta)H©‚˜ñºƒPr
res3d_branch2c/kernel/read¬‚˜ñºƒ (B<res3d_branch2c/kernel/read = Identity(res3d_branch2c/kernel)H¬‚˜ñºƒPl
bn3d_branch2c/gamma/read¯‚˜ñºƒ (B8bn3d_branch2c/gamma/read = Identity(bn3d_branch2c/gamma)H¯‚˜ñºƒPi
bn3d_branch2c/beta/read²‚˜ñºƒ (B6bn3d_branch2c/beta/read = Identity(bn3d_branch2c/beta)H²‚˜ñºƒPr
res4a_branch2a/kernel/readµ‚˜ñºƒ (B<res4a_branch2a/kernel/read = Identity(res4a_branch2a/kernel)Hµ‚˜ñºƒPl
bn4a_branch2a/gamma/read¸‚˜ñºƒ (B8bn4a_branch2a/gamma/read = Identity(bn4a_branch2a/gamma)H¸‚˜ñºƒPi
bn4a_branch2a/beta/read»‚˜ñºƒ (B6bn4a_branch2a/beta/read = Identity(bn4a_branch2a/beta)H»‚˜ñºƒPr
res4a_branch2b/kernel/read¾‚˜ñºƒ (B<res4a_branch2b/kernel/read = Identity(res4a_branch2b/kernel)H¾‚˜ñºƒPl
bn4a_branch2b/gamma/readÁ‚˜ñºƒ (B8bn4a_branch2b/gamma/read = Identity(bn4a_branch2b/gamma)HÁ‚˜ñºƒPi
bn4a_branch2b/beta/readÃ‚˜ñºƒ (B6bn4a_branch2b/beta/read = Identity(bn4a_branch2b/beta)HÃ‚˜ñºƒPr
res4a_branch2c/kernel/readÆ‚˜ñºƒ (B<res4a_branch2c/kernel/read = Identity(res4a_branch2c/kernel)HÆ‚˜ñºƒPl
bn4a_branch2c/gamma/readÉ‚˜ñºƒ (B8bn4a_branch2c/gamma/read = Identity(bn4a_branch2c/gamma)HÉ‚˜ñºƒPi
bn4a_branch2c/beta/readÌ‚˜ñºƒ (B6bn4a_branch2c/beta/read = Identity(bn4a_branch2c/beta)HÌ‚˜ñºƒPo
res4a_branch1/kernel/readÏ‚˜ñºƒ (B:res4a_branch1/kernel/read = Identity(res4a_branch1/kernel)HÏ‚˜ñºƒPi
bn4a_branch1/gamma/readÓ‚˜ñºƒ (B6bn4a_branch1/gamma/read = Identity(bn4a_branch1/gamma)HÓ‚˜ñºƒPf
bn4a_branch1/beta/readÖ‚˜ñºƒ (B4bn4a_branch1/beta/read = Identity(bn4a_branch1/beta)HÖ‚˜ñºƒPr
res4b_branch2a/kernel/readÙ‚˜ñºƒ (B<res4b_branch2a/kernel/read = Identity(res4b_branch2a/kernel)HÙ‚˜ñºƒPl
bn4b_branch2a/gamma/readÜ‚˜ñºƒ (B8bn4b_branch2a/gamma/read = Identity(bn4b_branch2a/gamma)HÜ‚˜ñºƒPi
bn4b_branch2a/beta/readß‚˜ñºƒ (B6bn4b_branch2a/beta/read = Identity(bn4b_branch2a/beta)Hß‚˜ñºƒPr
res4b_branch2b/kernel/readâ‚˜ñºƒ (B<res4b_branch2b/kernel/read = Identity(res4b_branch2b/kernel)Hâ‚˜ñºƒPl
bn4b_branch2b/gamma/readå‚˜ñºƒ (B8bn4b_branch2b/gamma/read = Identity(bn4b_branch2b/gamma)Hå‚˜ñºƒPi
bn4b_branch2b/beta/readè‚˜ñºƒ (B6bn4b_branch2b/beta/read = Identity(bn4b_branch2b/beta)Hè‚˜ñºƒPr
res4b_branch2c/kernel/readë‚˜ñºƒ (B<res4b_branch2c/kernel/read = Identity(res4b_branch2c/kernel)Hë‚˜ñºƒPl
bn4b_branch2c/gamma/readî‚˜ñºƒ (B8bn4b_branch2c/gamma/read = Identity(bn4b_branch2c/gamma)Hî‚˜ñºƒPi
bn4b_branch2c/beta/readñ‚˜ñºƒ (B6bn4b_branch2c/beta/read = Identity(bn4b_branch2c/beta)Hñ‚˜ñºƒPr
res4c_branch2a/kernel/readô‚˜ñºƒ (B<res4c_branch2a/kernel/read = Identity(res4c_branch2a/kernel)Hô‚˜ñºƒPl
bn4c_branch2a/gamma/read÷‚˜ñºƒ (B8bn4c_branch2a/gamma/read = Identity(bn4c_branch2a/gamma)H÷‚˜ñºƒPi
bn4c_branch2a/beta/readú‚˜ñºƒ (B6bn4c_branch2a/beta/read = Identity(bn4c_branch2a/beta)Hú‚˜ñºƒPr
res4c_branch2b/kernel/readı‚˜ñºƒ (B<res4c_branch2b/kernel/read = Identity(res4c_branch2b/kernel)Hı‚˜ñºƒPl
bn4c_branch2b/gamma/read€ƒ˜ñºƒ (B8bn4c_branch2b/gamma/read = Identity(bn4c_branch2b/gamma)H€ƒ˜ñºƒPi
bn4c_branch2b/beta/readƒƒ˜ñºƒ (B6bn4c_branch2b/beta/read = Identity(bn4c_branch2b/beta)Hƒƒ˜ñºƒPr
res4c_branch2c/kernel/read†ƒ˜ñºƒ (B<res4c_branch2c/kernel/read = Identity(res4c_branch2c/kernel)H†ƒ˜ñºƒPl
bn4c_branch2c/gamma/read‰ƒ˜ñºƒ (B8bn4c_branch2c/gamma/read = Identity(bn4c_branch2c/gamma)H‰ƒ˜ñºƒPi
bn4c_branch2c/beta/readŒƒ˜ñºƒ (B6bn4c_branch2c/beta/read = Identity(bn4c_branch2c/beta)HŒƒ˜ñºƒPr
res4d_branch2a/kernel/readƒ˜ñºƒ (B<res4d_branch2a/kernel/read = Identity(res4d_branch2a/kernel)Hƒ˜ñºƒPl
bn4d_branch2a/gamma/read’ƒ˜ñºƒ (B8bn4d_branch2a/gamma/read = Identity(bn4d_branch2a/gamma)H’ƒ˜ñºƒPi
bn4d_branch2a/beta/read•ƒ˜ñºƒ (B6bn4d_branch2a/beta/read = Identity(bn4d_branch2a/beta)H•ƒ˜ñºƒPr
res4d_branch2b/kernel/read˜ƒ˜ñºƒ (B<res4d_branch2b/kernel/read = Identity(res4d_branch2b/kernel)H˜ƒ˜ñºƒPl
bn4d_branch2b/gamma/read›ƒ˜ñºƒ (B8bn4d_branch2b/gamma/read = Identity(bn4d_branch2b/gamma)H›ƒ˜ñºƒPi
bn4d_branch2b/beta/readƒ˜ñºƒ (B6bn4d_branch2b/beta/read = Identity(bn4d_branch2b/beta)Hƒ˜ñºƒPr
res4d_branch2c/kernel/read¡ƒ˜ñºƒ (B<res4d_branch2c/kernel/read = Identity(res4d_branch2c/kernel)H¡ƒ˜ñºƒPl
bn4d_branch2c/gamma/read¤ƒ˜ñºƒ (B8bn4d_branch2c/gamma/read = Identity(bn4d_branch2c/gamma)H¤ƒ˜ñºƒPi
bn4d_branch2c/beta/read§ƒ˜ñºƒ (B6bn4d_branch2c/beta/read = Identity(bn4d_branch2c/beta)H§ƒ˜ñºƒPr
res4e_branch2a/kernel/readªƒ˜ñºƒ (B<res4e_branch2a/kernel/read = Identity(res4e_branch2a/kernel)Hªƒ˜ñºƒPl
bn4e_branch2a/gamma/read­ƒ˜ñºƒ (B8bn4e_branch2a/gamma/read = Identity(bn4e_branch2a/gamma)H­ƒ˜ñºƒPi
bn4e_branch2a/beta/read°ƒ˜ñºƒ (B6bn4e_branch2a/beta/read = Identity(bn4e_branch2a/beta)H°ƒ˜ñºƒPr
res4e_branch2b/kernel/read³ƒ˜ñºƒ (B<res4e_branch2b/kernel/read = Identity(res4e_branch2b/kernel)H³ƒ˜ñºƒPl
bn4e_branch2b/gamma/read¶ƒ˜ñºƒ (B8bn4e_branch2b/gamma/read = Identity(bn4e_branch2b/gamma)H¶ƒ˜ñºƒPi
bn4e_branch2b/beta/read¹ƒ˜ñºƒ (B6bn4e_branch2b/beta/read = Identity(bn4e_branch2b/beta)H¹ƒ˜ñºƒPr
res4e_branch2c/kernel/read¼ƒ˜ñºƒ (B<res4e_branch2c/kernel/read = Identity(res4e_branch2c/kernel)H¼ƒ˜ñºƒPl
bn4e_branch2c/gamma/read¿ƒ˜ñºƒ (B8bn4e_branch2c/gamma/read = Identity(bn4e_branch2c/gamma)H¿ƒ˜ñºƒPi
bn4e_branch2c/beta/readÂƒ˜ñºƒ (B6bn4e_branch2c/beta/read = Identity(bn4e_branch2c/beta)HÂƒ˜ñºƒPr
res4f_branch2a/kernel/readÅƒ˜ñºƒ (B<res4f_branch2a/kernel/read = Identity(res4f_branch2a/kernel)HÅƒ˜ñºƒPl
bn4f_branch2a/gamma/readÈƒ˜ñºƒ (B8bn4f_branch2a/gamma/read = Identity(bn4f_branch2a/gamma)HÈƒ˜ñºƒPi
bn4f_branch2a/beta/readËƒ˜ñºƒ (B6bn4f_branch2a/beta/read = Identity(bn4f_branch2a/beta)HËƒ˜ñºƒPr
res4f_branch2b/kernel/readÎƒ˜ñºƒ (B<res4f_branch2b/kernel/read = Identity(res4f_branch2b/kernel)HÎƒ˜ñºƒPl
bn4f_branch2b/gamma/readÑƒ˜ñºƒ (B8bn4f_branch2b/gamma/read = Identity(bn4f_branch2b/gamma)HÑƒ˜ñºƒPi
bn4f_branch2b/beta/readÔƒ˜ñºƒ (B6bn4f_branch2b/beta/read = Identity(bn4f_branch2b/beta)HÔƒ˜ñºƒPr
res4f_branch2c/kernel/read×ƒ˜ñºƒ (B<res4f_branch2c/kernel/read = Identity(res4f_branch2c/kernel)H×ƒ˜ñºƒPl
bn4f_branch2c/gamma/readÙƒ˜ñºƒ (B8bn4f_branch2c/gamma/read = Identity(bn4f_branch2c/gamma)HÙƒ˜ñºƒPi
bn4f_branch2c/beta/readÜƒ˜ñºƒ (B6bn4f_branch2c/beta/read = Identity(bn4f_branch2c/beta)HÜƒ˜ñºƒPr
res5a_branch2a/kernel/readßƒ˜ñºƒ (B<res5a_branch2a/kernel/read = Identity(res5a_branch2a/kernel)Hßƒ˜ñºƒPl
bn5a_branch2a/gamma/readâƒ˜ñºƒ (B8bn5a_branch2a/gamma/read = Identity(bn5a_branch2a/gamma)Hâƒ˜ñºƒPi
bn5a_branch2a/beta/readåƒ˜ñºƒ (B6bn5a_branch2a/beta/read = Identity(bn5a_branch2a/beta)Håƒ˜ñºƒPr
res5a_branch2b/kernel/readèƒ˜ñºƒ (B<res5a_branch2b/kernel/read = Identity(res5a_branch2b/kernel)Hèƒ˜ñºƒPl
bn5a_branch2b/gamma/readëƒ˜ñºƒ (B8bn5a_branch2b/gamma/read = Identity(bn5a_branch2b/gamma)Hëƒ˜ñºƒPi
bn5a_branch2b/beta/readïƒ˜ñºƒ (B6bn5a_branch2b/beta/read = Identity(bn5a_branch2b/beta)Hïƒ˜ñºƒPr
res5a_branch2c/kernel/readñƒ˜ñºƒ (B<res5a_branch2c/kernel/read = Identity(res5a_branch2c/kernel)Hñƒ˜ñºƒPl
bn5a_branch2c/gamma/readôƒ˜ñºƒ (B8bn5a_branch2c/gamma/read = Identity(bn5a_branch2c/gamma)Hôƒ˜ñºƒPi
bn5a_branch2c/beta/read÷ƒ˜ñºƒ (B6bn5a_branch2c/beta/read = Identity(bn5a_branch2c/beta)H÷ƒ˜ñºƒPo
res5a_branch1/kernel/readúƒ˜ñºƒ (B:res5a_branch1/kernel/read = Identity(res5a_branch1/kernel)Húƒ˜ñºƒPi
bn5a_branch1/gamma/readıƒ˜ñºƒ (B6bn5a_branch1/gamma/read = Identity(bn5a_branch1/gamma)Hıƒ˜ñºƒPf
bn5a_branch1/beta/read€„˜ñºƒ (B4bn5a_branch1/beta/read = Identity(bn5a_branch1/beta)H€„˜ñºƒPr
res5b_branch2a/kernel/readƒ„˜ñºƒ (B<res5b_branch2a/kernel/read = Identity(res5b_branch2a/kernel)Hƒ„˜ñºƒPl
bn5b_branch2a/gamma/read†„˜ñºƒ (B8bn5b_branch2a/gamma/read = Identity(bn5b_branch2a/gamma)H†„˜ñºƒPi
bn5b_branch2a/beta/read‰„˜ñºƒ (B6bn5b_branch2a/beta/read = Identity(bn5b_branch2a/beta)H‰„˜ñºƒPr
res5b_branch2b/kernel/readŒ„˜ñºƒ (B<res5b_branch2b/kernel/read = Identity(res5b_branch2b/kernel)HŒ„˜ñºƒPl
bn5b_branch2b/gamma/read„˜ñºƒ (B8bn5b_branch2b/gamma/read = Identity(bn5b_branch2b/gamma)H„˜ñºƒPi
bn5b_branch2b/beta/read’„˜ñºƒ (B6bn5b_branch2b/beta/read = Identity(bn5b_branch2b/beta)H’„˜ñºƒPr
res5b_branch2c/kernel/read•„˜ñºƒ (B<res5b_branch2c/kernel/read = Identity(res5b_branch2c/kernel)H•„˜ñºƒPl
bn5b_branch2c/gamma/read˜„˜ñºƒ (B8bn5b_branch2c/gamma/read = Identity(bn5b_branch2c/gamma)H˜„˜ñºƒPi
bn5b_branch2c/beta/read›„˜ñºƒ (B6bn5b_branch2c/beta/read = Identity(bn5b_branch2c/beta)H›„˜ñºƒPr
res5c_branch2a/kernel/read„˜ñºƒ (B<res5c_branch2a/kernel/read = Identity(res5c_branch2a/kernel)H„˜ñºƒPl
bn5c_branch2a/gamma/read „˜ñºƒ (B8bn5c_branch2a/gamma/read = Identity(bn5c_branch2a/gamma)H „˜ñºƒPi
bn5c_branch2a/beta/read¤„˜ñºƒ (B6bn5c_branch2a/beta/read = Identity(bn5c_branch2a/beta)H¤„˜ñºƒPr
res5c_branch2b/kernel/read¦„˜ñºƒ (B<res5c_branch2b/kernel/read = Identity(res5c_branch2b/kernel)H¦„˜ñºƒPl
bn5c_branch2b/gamma/read©„˜ñºƒ (B8bn5c_branch2b/gamma/read = Identity(bn5c_branch2b/gamma)H©„˜ñºƒPi
bn5c_branch2b/beta/read¬„˜ñºƒ (B6bn5c_branch2b/beta/read = Identity(bn5c_branch2b/beta)H¬„˜ñºƒPr
res5c_branch2c/kernel/read°„˜ñºƒ (B<res5c_branch2c/kernel/read = Identity(res5c_branch2c/kernel)H°„˜ñºƒPl
bn5c_branch2c/gamma/read³„˜ñºƒ (B8bn5c_branch2c/gamma/read = Identity(bn5c_branch2c/gamma)H³„˜ñºƒPi
bn5c_branch2c/beta/read¶„˜ñºƒ (B6bn5c_branch2c/beta/read = Identity(bn5c_branch2c/beta)H¶„˜ñºƒPZ
fc1000/kernel/read¹„˜ñºƒ (B,fc1000/kernel/read = Identity(fc1000/kernel)H¹„˜ñºƒPT
fc1000/bias/read¼„˜ñºƒ (B(fc1000/bias/read = Identity(fc1000/bias)H¼„˜ñºƒP¶

RecvTensor´©ñºƒ [([:
"  Bƒ[4000B] edge_162_gradients/fc1000/bias_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H´©ñºƒ¾
'update_fc1000/bias/ApplyGradientDescentªñºƒ (B{update_fc1000/bias/ApplyGradientDescent = ApplyGradientDescent(fc1000/bias, learning_rate, gradients/fc1000/bias_grad_S162)HªñºƒP¾

RecvTensorè©ñºƒ ì6(ì6:"
€€ô€€ôB…[7.8MB] edge_163_gradients/fc1000/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hè©ñºƒÉ
)update_fc1000/kernel/ApplyGradientDescentÔàñºƒ ½(½Bupdate_fc1000/kernel/ApplyGradientDescent = ApplyGradientDescent(fc1000/kernel, learning_rate, gradients/fc1000/kernel_grad_S163)HÔàñºƒP¿

RecvTensorƒªñºƒ ×6(×6:
"€@€@BŠ[8192B] edge_164_gradients/bn5c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HƒªñºƒÛ
.update_bn5c_branch2c/beta/ApplyGradientDescent‘ìñºƒ (Bupdate_bn5c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2c/beta, learning_rate, gradients/bn5c_branch2c/beta_grad_S164)H‘ìñºƒPÀ

RecvTensor«ñºƒ Ô5(Ô5:
"€@€@B‹[8192B] edge_165_gradients/bn5c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H«ñºƒß
/update_bn5c_branch2c/gamma/ApplyGradientDescent—ìñºƒ (B“update_bn5c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2c/gamma, learning_rate, gradients/bn5c_branch2c/gamma_grad_S165)H—ìñºƒPÆ

RecvTensor£°ñºƒ ˜L(˜L:"
€€€€€€B[4.0MB] edge_166_gradients/res5c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H£°ñºƒé
1update_res5c_branch2c/kernel/ApplyGradientDescent»üñºƒ ‰(‰B™update_res5c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res5c_branch2c/kernel, learning_rate, gradients/res5c_branch2c/kernel_grad_S166)H»üñºƒP¿

RecvTensor¯°ñºƒ L(L:
"€€BŠ[2048B] edge_167_gradients/bn5c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¯°ñºƒÛ
.update_bn5c_branch2b/beta/ApplyGradientDescentÄñºƒ (Bupdate_bn5c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2b/beta, learning_rate, gradients/bn5c_branch2b/beta_grad_S167)HÄñºƒPÀ

RecvTensorÖ°ñºƒ éK(éK:
"€€B‹[2048B] edge_168_gradients/bn5c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÖ°ñºƒß
/update_bn5c_branch2b/gamma/ApplyGradientDescentÊñºƒ (B“update_bn5c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2b/gamma, learning_rate, gradients/bn5c_branch2b/gamma_grad_S168)HÊñºƒPÆ

RecvTensor¼ñºƒ Û~(Û~:"
€€À€€ÀB[9.0MB] edge_169_gradients/res5c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¼ñºƒé
1update_res5c_branch2b/kernel/ApplyGradientDescentéºñºƒ ğ(ğB™update_res5c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res5c_branch2b/kernel, learning_rate, gradients/res5c_branch2b/kernel_grad_S169)HéºñºƒP¿

RecvTensorš¼ñºƒ Ñ~(Ñ~:
"€€BŠ[2048B] edge_170_gradients/bn5c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hš¼ñºƒÛ
.update_bn5c_branch2a/beta/ApplyGradientDescentÙÆñºƒ (Bupdate_bn5c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2a/beta, learning_rate, gradients/bn5c_branch2a/beta_grad_S170)HÙÆñºƒPÀ

RecvTensorÄ¼ñºƒ ©~(©~:
"€€B‹[2048B] edge_171_gradients/bn5c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÄ¼ñºƒß
/update_bn5c_branch2a/gamma/ApplyGradientDescentßÆñºƒ (B“update_bn5c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2a/gamma, learning_rate, gradients/bn5c_branch2a/gamma_grad_S171)HßÆñºƒPÈ

RecvTensor®Áñºƒ ™•(™•:"
€€€€€€B[4.0MB] edge_172_gradients/res5c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H®Áñºƒé
1update_res5c_branch2a/kernel/ApplyGradientDescentÇÖñºƒ Ş(ŞB™update_res5c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res5c_branch2a/kernel, learning_rate, gradients/res5c_branch2a/kernel_grad_S172)HÇÖñºƒPÁ

RecvTensorÈÁñºƒ …•(…•:
"€@€@BŠ[8192B] edge_173_gradients/bn5b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÈÁñºƒÛ
.update_bn5b_branch2c/beta/ApplyGradientDescent¥Üñºƒ (Bupdate_bn5b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2c/beta, learning_rate, gradients/bn5b_branch2c/beta_grad_S173)H¥ÜñºƒPÂ

RecvTensorÍÂñºƒ ‡”(‡”:
"€@€@B‹[8192B] edge_174_gradients/bn5b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÍÂñºƒß
/update_bn5b_branch2c/gamma/ApplyGradientDescent¬Üñºƒ (B“update_bn5b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2c/gamma, learning_rate, gradients/bn5b_branch2c/gamma_grad_S174)H¬ÜñºƒPÈ

RecvTensorşÇñºƒ °ª(°ª:"
€€€€€€B[4.0MB] edge_175_gradients/res5b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HşÇñºƒé
1update_res5b_branch2c/kernel/ApplyGradientDescent®òñºƒ €(€B™update_res5b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res5b_branch2c/kernel, learning_rate, gradients/res5b_branch2c/kernel_grad_S175)H®òñºƒPÁ

RecvTensor‹Èñºƒ ¥ª(¥ª:
"€€BŠ[2048B] edge_176_gradients/bn5b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‹ÈñºƒÛ
.update_bn5b_branch2b/beta/ApplyGradientDescent®÷ñºƒ (Bupdate_bn5b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2b/beta, learning_rate, gradients/bn5b_branch2b/beta_grad_S176)H®÷ñºƒPÂ

RecvTensor²Èñºƒ €ª(€ª:
"€€B‹[2048B] edge_177_gradients/bn5b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H²Èñºƒß
/update_bn5b_branch2b/gamma/ApplyGradientDescent³÷ñºƒ (B“update_bn5b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2b/gamma, learning_rate, gradients/bn5b_branch2b/gamma_grad_S177)H³÷ñºƒPÈ

RecvTensoræÓñºƒ öÜ(öÜ:"
€€À€€ÀB[9.0MB] edge_178_gradients/res5b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HæÓñºƒé
1update_res5b_branch2b/kernel/ApplyGradientDescentÜ°Ÿñºƒ ã(ãB™update_res5b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res5b_branch2b/kernel, learning_rate, gradients/res5b_branch2b/kernel_grad_S178)HÜ°ŸñºƒPÁ

RecvTensoròÓñºƒ ìÜ(ìÜ:
"€€BŠ[2048B] edge_179_gradients/bn5b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HòÓñºƒÛ
.update_bn5b_branch2a/beta/ApplyGradientDescent¿½Ÿñºƒ (Bupdate_bn5b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2a/beta, learning_rate, gradients/bn5b_branch2a/beta_grad_S179)H¿½ŸñºƒPÂ

RecvTensor›Ôñºƒ ÅÜ(ÅÜ:
"€€B‹[2048B] edge_180_gradients/bn5b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H›Ôñºƒß
/update_bn5b_branch2a/gamma/ApplyGradientDescentÄ½Ÿñºƒ (B“update_bn5b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2a/gamma, learning_rate, gradients/bn5b_branch2a/gamma_grad_S180)HÄ½ŸñºƒPÈ

RecvTensor§Ùñºƒ “ó(“ó:"
€€€€€€B[4.0MB] edge_181_gradients/res5b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H§Ùñºƒé
1update_res5b_branch2a/kernel/ApplyGradientDescentºÌŸñºƒ ¿(¿B™update_res5b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res5b_branch2a/kernel, learning_rate, gradients/res5b_branch2a/kernel_grad_S181)HºÌŸñºƒPÀ

RecvTensorÁÙñºƒ ÿò(ÿò:
"€@€@B‰[8192B] edge_182_gradients/bn5a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÁÙñºƒ×
-update_bn5a_branch1/beta/ApplyGradientDescentùÑŸñºƒ (Bupdate_bn5a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch1/beta, learning_rate, gradients/bn5a_branch1/beta_grad_S182)HùÑŸñºƒPÁ

RecvTensorÚñºƒ ·ò(·ò:
"€@€@BŠ[8192B] edge_183_gradients/bn5a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÚñºƒÛ
.update_bn5a_branch1/gamma/ApplyGradientDescentÿÑŸñºƒ (Bupdate_bn5a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch1/gamma, learning_rate, gradients/bn5a_branch1/gamma_grad_S183)HÿÑŸñºƒPÇ

RecvTensorƒäñºƒ øŸ(øŸ:"
€€€€€€BŒ[8.0MB] edge_184_gradients/res5a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hƒäñºƒå
0update_res5a_branch1/kernel/ApplyGradientDescentûƒ ñºƒ ¥
(¥
B–update_res5a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch1/kernel, learning_rate, gradients/res5a_branch1/kernel_grad_S184)Hûƒ ñºƒPÁ

RecvTensor›äñºƒ çŸ(çŸ:
"€@€@BŠ[8192B] edge_185_gradients/bn5a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H›äñºƒÛ
.update_bn5a_branch2c/beta/ApplyGradientDescent  ñºƒ (Bupdate_bn5a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2c/beta, learning_rate, gradients/bn5a_branch2c/beta_grad_S185)H  ñºƒPÂ

RecvTensorŸåñºƒ ê(ê:
"€@€@B‹[8192B] edge_186_gradients/bn5a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŸåñºƒß
/update_bn5a_branch2c/gamma/ApplyGradientDescent§ ñºƒ (B“update_bn5a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2c/gamma, learning_rate, gradients/bn5a_branch2c/gamma_grad_S186)H§ ñºƒPÈ

RecvTensor’êñºƒ Ñµ(Ñµ:"
€€€€€€B[4.0MB] edge_187_gradients/res5a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H’êñºƒé
1update_res5a_branch2c/kernel/ApplyGradientDescentãŸ ñºƒ º(ºB™update_res5a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch2c/kernel, learning_rate, gradients/res5a_branch2c/kernel_grad_S187)HãŸ ñºƒPÁ

RecvTensorêñºƒ Èµ(Èµ:
"€€BŠ[2048B] edge_188_gradients/bn5a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HêñºƒÛ
.update_bn5a_branch2b/beta/ApplyGradientDescent¥ ñºƒ (Bupdate_bn5a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2b/beta, learning_rate, gradients/bn5a_branch2b/beta_grad_S188)H¥ ñºƒPÂ

RecvTensorÄêñºƒ £µ(£µ:
"€€B‹[2048B] edge_189_gradients/bn5a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÄêñºƒß
/update_bn5a_branch2b/gamma/ApplyGradientDescent¢¥ ñºƒ (B“update_bn5a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2b/gamma, learning_rate, gradients/bn5a_branch2b/gamma_grad_S189)H¢¥ ñºƒPÈ

RecvTensorÚõñºƒ ·è(·è:"
€€À€€ÀB[9.0MB] edge_190_gradients/res5a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÚõñºƒé
1update_res5a_branch2b/kernel/ApplyGradientDescent‘Ş ñºƒ È(ÈB™update_res5a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch2b/kernel, learning_rate, gradients/res5a_branch2b/kernel_grad_S190)H‘Ş ñºƒPÁ

RecvTensorôõñºƒ Ÿè(Ÿè:
"€€BŠ[2048B] edge_191_gradients/bn5a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HôõñºƒÛ
.update_bn5a_branch2a/beta/ApplyGradientDescentÙê ñºƒ (Bupdate_bn5a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2a/beta, learning_rate, gradients/bn5a_branch2a/beta_grad_S191)HÙê ñºƒPÂ

RecvTensorıöñºƒ —ç(—ç:
"€€B‹[2048B] edge_192_gradients/bn5a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hıöñºƒß
/update_bn5a_branch2a/gamma/ApplyGradientDescentŞê ñºƒ (B“update_bn5a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2a/gamma, learning_rate, gradients/bn5a_branch2a/gamma_grad_S192)HŞê ñºƒPÈ

RecvTensorà€ñºƒ ¡ë(¡ë:"
€€€€€€B[2.0MB] edge_193_gradients/res5a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hà€ñºƒé
1update_res5a_branch2a/kernel/ApplyGradientDescentì ñºƒ ú(úB™update_res5a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch2a/kernel, learning_rate, gradients/res5a_branch2a/kernel_grad_S193)Hì ñºƒPÁ

RecvTensorŒñºƒ ùê(ùê:
"€ € BŠ[4096B] edge_194_gradients/bn4f_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŒñºƒÛ
.update_bn4f_branch2c/beta/ApplyGradientDescentûî ñºƒ (Bupdate_bn4f_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2c/beta, learning_rate, gradients/bn4f_branch2c/beta_grad_S194)Hûî ñºƒPÂ

RecvTensor“ƒñºƒ õè(õè:
"€ € B‹[4096B] edge_195_gradients/bn4f_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H“ƒñºƒß
/update_bn4f_branch2c/gamma/ApplyGradientDescentï ñºƒ (B“update_bn4f_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2c/gamma, learning_rate, gradients/bn4f_branch2c/gamma_grad_S195)Hï ñºƒPÆ

RecvTensor£ˆñºƒ Üê(Üê:"€€@€€@B[1.0MB] edge_196_gradients/res4f_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H£ˆñºƒé
1update_res4f_branch2c/kernel/ApplyGradientDescentÿò ñºƒ À(ÀB™update_res4f_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4f_branch2c/kernel, learning_rate, gradients/res4f_branch2c/kernel_grad_S196)Hÿò ñºƒPÁ

RecvTensorµˆñºƒ Ëê(Ëê:
"€€BŠ[1024B] edge_197_gradients/bn4f_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HµˆñºƒÛ
.update_bn4f_branch2b/beta/ApplyGradientDescent¿ô ñºƒ (Bupdate_bn4f_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2b/beta, learning_rate, gradients/bn4f_branch2b/beta_grad_S197)H¿ô ñºƒPÂ

RecvTensorÿˆñºƒ ê(ê:
"€€B‹[1024B] edge_198_gradients/bn4f_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hÿˆñºƒß
/update_bn4f_branch2b/gamma/ApplyGradientDescentÄô ñºƒ (B“update_bn4f_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2b/gamma, learning_rate, gradients/bn4f_branch2b/gamma_grad_S198)HÄô ñºƒPÈ

RecvTensor¸”ñºƒ “î(“î:"
€€€€B[2.2MB] edge_199_gradients/res4f_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¸”ñºƒé
1update_res4f_branch2b/kernel/ApplyGradientDescentË‚¡ñºƒ ò(òB™update_res4f_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4f_branch2b/kernel, learning_rate, gradients/res4f_branch2b/kernel_grad_S199)HË‚¡ñºƒPÁ

RecvTensorÉ”ñºƒ ƒî(ƒî:
"€€BŠ[1024B] edge_200_gradients/bn4f_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÉ”ñºƒÛ
.update_bn4f_branch2a/beta/ApplyGradientDescent½…¡ñºƒ (Bupdate_bn4f_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2a/beta, learning_rate, gradients/bn4f_branch2a/beta_grad_S200)H½…¡ñºƒPÂ

RecvTensor”•ñºƒ ¹í(¹í:
"€€B‹[1024B] edge_201_gradients/bn4f_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H”•ñºƒß
/update_bn4f_branch2a/gamma/ApplyGradientDescentÂ…¡ñºƒ (B“update_bn4f_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2a/gamma, learning_rate, gradients/bn4f_branch2a/gamma_grad_S201)HÂ…¡ñºƒPÆ

RecvTensor¨šñºƒ ›ï(›ï:"€€@€€@B[1.0MB] edge_202_gradients/res4f_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¨šñºƒé
1update_res4f_branch2a/kernel/ApplyGradientDescentÃ‰¡ñºƒ ±(±B™update_res4f_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4f_branch2a/kernel, learning_rate, gradients/res4f_branch2a/kernel_grad_S202)HÃ‰¡ñºƒPÁ

RecvTensorÔšñºƒ óî(óî:
"€ € BŠ[4096B] edge_203_gradients/bn4e_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÔšñºƒÛ
.update_bn4e_branch2c/beta/ApplyGradientDescentôŠ¡ñºƒ (Bupdate_bn4e_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2c/beta, learning_rate, gradients/bn4e_branch2c/beta_grad_S203)HôŠ¡ñºƒPÂ

RecvTensorĞœñºƒ úì(úì:
"€ € B‹[4096B] edge_204_gradients/bn4e_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HĞœñºƒß
/update_bn4e_branch2c/gamma/ApplyGradientDescentúŠ¡ñºƒ (B“update_bn4e_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2c/gamma, learning_rate, gradients/bn4e_branch2c/gamma_grad_S204)HúŠ¡ñºƒPÆ

RecvTensorì¡ñºƒ Õî(Õî:"€€@€€@B[1.0MB] edge_205_gradients/res4e_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hì¡ñºƒé
1update_res4e_branch2c/kernel/ApplyGradientDescentÁ¡ñºƒ ­(­B™update_res4e_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4e_branch2c/kernel, learning_rate, gradients/res4e_branch2c/kernel_grad_S205)HÁ¡ñºƒPÁ

RecvTensorı¡ñºƒ Åî(Åî:
"€€BŠ[1024B] edge_206_gradients/bn4e_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hı¡ñºƒÛ
.update_bn4e_branch2b/beta/ApplyGradientDescentî‘¡ñºƒ (Bupdate_bn4e_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2b/beta, learning_rate, gradients/bn4e_branch2b/beta_grad_S206)Hî‘¡ñºƒPÂ

RecvTensorÀ¢ñºƒ ‚î(‚î:
"€€B‹[1024B] edge_207_gradients/bn4e_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÀ¢ñºƒß
/update_bn4e_branch2b/gamma/ApplyGradientDescentó‘¡ñºƒ (B“update_bn4e_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2b/gamma, learning_rate, gradients/bn4e_branch2b/gamma_grad_S207)Hó‘¡ñºƒPÈ

RecvTensorÃ­ñºƒ Êò(Êò:"
€€€€B[2.2MB] edge_208_gradients/res4e_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÃ­ñºƒé
1update_res4e_branch2b/kernel/ApplyGradientDescent ¡ñºƒ ­(­B™update_res4e_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4e_branch2b/kernel, learning_rate, gradients/res4e_branch2b/kernel_grad_S208)H ¡ñºƒPÁ

RecvTensorÓ­ñºƒ »ò(»ò:
"€€BŠ[1024B] edge_209_gradients/bn4e_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÓ­ñºƒÛ
.update_bn4e_branch2a/beta/ApplyGradientDescentº£¡ñºƒ (Bupdate_bn4e_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2a/beta, learning_rate, gradients/bn4e_branch2a/beta_grad_S209)Hº£¡ñºƒPÂ

RecvTensor—®ñºƒ øñ(øñ:
"€€B‹[1024B] edge_210_gradients/bn4e_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H—®ñºƒß
/update_bn4e_branch2a/gamma/ApplyGradientDescent¿£¡ñºƒ (B“update_bn4e_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2a/gamma, learning_rate, gradients/bn4e_branch2a/gamma_grad_S210)H¿£¡ñºƒPÆ

RecvTensor³ñºƒ ÷ó(÷ó:"€€@€€@B[1.0MB] edge_211_gradients/res4e_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H³ñºƒé
1update_res4e_branch2a/kernel/ApplyGradientDescent…§¡ñºƒ ±(±B™update_res4e_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4e_branch2a/kernel, learning_rate, gradients/res4e_branch2a/kernel_grad_S211)H…§¡ñºƒPÁ

RecvTensorº³ñºƒ Ïó(Ïó:
"€ € BŠ[4096B] edge_212_gradients/bn4d_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hº³ñºƒÛ
.update_bn4d_branch2c/beta/ApplyGradientDescent¶¨¡ñºƒ (Bupdate_bn4d_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2c/beta, learning_rate, gradients/bn4d_branch2c/beta_grad_S212)H¶¨¡ñºƒPÂ

RecvTensorºµñºƒ Òñ(Òñ:
"€ € B‹[4096B] edge_213_gradients/bn4d_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hºµñºƒß
/update_bn4d_branch2c/gamma/ApplyGradientDescent¼¨¡ñºƒ (B“update_bn4d_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2c/gamma, learning_rate, gradients/bn4d_branch2c/gamma_grad_S213)H¼¨¡ñºƒPÆ

RecvTensorÒºñºƒ ±ó(±ó:"€€@€€@B[1.0MB] edge_214_gradients/res4d_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÒºñºƒé
1update_res4d_branch2c/kernel/ApplyGradientDescentƒ®¡ñºƒ ½(½B™update_res4d_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4d_branch2c/kernel, learning_rate, gradients/res4d_branch2c/kernel_grad_S214)Hƒ®¡ñºƒPÁ

RecvTensorâºñºƒ «ì(«ì:
"€€BŠ[1024B] edge_215_gradients/bn4d_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HâºñºƒÛ
.update_bn4d_branch2b/beta/ApplyGradientDescentÁ¨¡ñºƒ (Bupdate_bn4d_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2b/beta, learning_rate, gradients/bn4d_branch2b/beta_grad_S215)HÁ¨¡ñºƒPÂ

RecvTensor§»ñºƒ İò(İò:
"€€B‹[1024B] edge_216_gradients/bn4d_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H§»ñºƒß
/update_bn4d_branch2b/gamma/ApplyGradientDescentÀ¯¡ñºƒ (B“update_bn4d_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2b/gamma, learning_rate, gradients/bn4d_branch2b/gamma_grad_S216)HÀ¯¡ñºƒPÈ

RecvTensor¯Æñºƒ  ÷( ÷:"
€€€€B[2.2MB] edge_217_gradients/res4d_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¯Æñºƒé
1update_res4d_branch2b/kernel/ApplyGradientDescentÏ½¡ñºƒ œ(œB™update_res4d_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4d_branch2b/kernel, learning_rate, gradients/res4d_branch2b/kernel_grad_S217)HÏ½¡ñºƒPÁ

RecvTensorÀÆñºƒ ÷(÷:
"€€BŠ[1024B] edge_218_gradients/bn4d_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÀÆñºƒÛ
.update_bn4d_branch2a/beta/ApplyGradientDescentëÀ¡ñºƒ (Bupdate_bn4d_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2a/beta, learning_rate, gradients/bn4d_branch2a/beta_grad_S218)HëÀ¡ñºƒPÂ

RecvTensorŠÇñºƒ Çö(Çö:
"€€B‹[1024B] edge_219_gradients/bn4d_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŠÇñºƒß
/update_bn4d_branch2a/gamma/ApplyGradientDescentğÀ¡ñºƒ (B“update_bn4d_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2a/gamma, learning_rate, gradients/bn4d_branch2a/gamma_grad_S219)HğÀ¡ñºƒPÆ

RecvTensor²Ìñºƒ •ø(•ø:"€€@€€@B[1.0MB] edge_220_gradients/res4d_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H²Ìñºƒé
1update_res4d_branch2a/kernel/ApplyGradientDescentÇÄ¡ñºƒ ¶(¶B™update_res4d_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4d_branch2a/kernel, learning_rate, gradients/res4d_branch2a/kernel_grad_S220)HÇÄ¡ñºƒPÁ

RecvTensorßÌñºƒ ì÷(ì÷:
"€ € BŠ[4096B] edge_221_gradients/bn4c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HßÌñºƒÛ
.update_bn4c_branch2c/beta/ApplyGradientDescentıÅ¡ñºƒ (Bupdate_bn4c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2c/beta, learning_rate, gradients/bn4c_branch2c/beta_grad_S221)HıÅ¡ñºƒPÂ

RecvTensorğÎñºƒ Şõ(Şõ:
"€ € B‹[4096B] edge_222_gradients/bn4c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HğÎñºƒß
/update_bn4c_branch2c/gamma/ApplyGradientDescentƒÆ¡ñºƒ (B“update_bn4c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2c/gamma, learning_rate, gradients/bn4c_branch2c/gamma_grad_S222)HƒÆ¡ñºƒPÆ

RecvTensor…Ôñºƒ À÷(À÷:"€€@€€@B[1.0MB] edge_223_gradients/res4c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H…Ôñºƒé
1update_res4c_branch2c/kernel/ApplyGradientDescentÅË¡ñºƒ ¥(¥B™update_res4c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4c_branch2c/kernel, learning_rate, gradients/res4c_branch2c/kernel_grad_S223)HÅË¡ñºƒPÁ

RecvTensor–Ôñºƒ ¯÷(¯÷:
"€€BŠ[1024B] edge_224_gradients/bn4c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H–ÔñºƒÛ
.update_bn4c_branch2b/beta/ApplyGradientDescentêÌ¡ñºƒ (Bupdate_bn4c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2b/beta, learning_rate, gradients/bn4c_branch2b/beta_grad_S224)HêÌ¡ñºƒPÂ

RecvTensorÜÔñºƒ êö(êö:
"€€B‹[1024B] edge_225_gradients/bn4c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÜÔñºƒß
/update_bn4c_branch2b/gamma/ApplyGradientDescentïÌ¡ñºƒ (B“update_bn4c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2b/gamma, learning_rate, gradients/bn4c_branch2b/gamma_grad_S225)HïÌ¡ñºƒPÈ

RecvTensor àñºƒ òú(òú:"
€€€€B[2.2MB] edge_226_gradients/res4c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H àñºƒé
1update_res4c_branch2b/kernel/ApplyGradientDescent’Û¡ñºƒ ê(êB™update_res4c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4c_branch2b/kernel, learning_rate, gradients/res4c_branch2b/kernel_grad_S226)H’Û¡ñºƒPÁ

RecvTensor±àñºƒ –ë(–ë:
"€€BŠ[1024B] edge_227_gradients/bn4c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H±àñºƒÛ
.update_bn4c_branch2a/beta/ApplyGradientDescentôÌ¡ñºƒ (Bupdate_bn4c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2a/beta, learning_rate, gradients/bn4c_branch2a/beta_grad_S227)HôÌ¡ñºƒPÂ

RecvTensorùàñºƒ šú(šú:
"€€B‹[1024B] edge_228_gradients/bn4c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hùàñºƒß
/update_bn4c_branch2a/gamma/ApplyGradientDescentüİ¡ñºƒ (B“update_bn4c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2a/gamma, learning_rate, gradients/bn4c_branch2a/gamma_grad_S228)Hüİ¡ñºƒPÆ

RecvTensorıåñºƒ Œü(Œü:"€€@€€@B[1.0MB] edge_229_gradients/res4c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hıåñºƒé
1update_res4c_branch2a/kernel/ApplyGradientDescent‰â¡ñºƒ ´(´B™update_res4c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4c_branch2a/kernel, learning_rate, gradients/res4c_branch2a/kernel_grad_S229)H‰â¡ñºƒPÁ

RecvTensor©æñºƒ äû(äû:
"€ € BŠ[4096B] edge_230_gradients/bn4b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H©æñºƒÛ
.update_bn4b_branch2c/beta/ApplyGradientDescent½ã¡ñºƒ (Bupdate_bn4b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2c/beta, learning_rate, gradients/bn4b_branch2c/beta_grad_S230)H½ã¡ñºƒPÂ

RecvTensorèñºƒ óù(óù:
"€ € B‹[4096B] edge_231_gradients/bn4b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hèñºƒß
/update_bn4b_branch2c/gamma/ApplyGradientDescentÃã¡ñºƒ (B“update_bn4b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2c/gamma, learning_rate, gradients/bn4b_branch2c/gamma_grad_S231)HÃã¡ñºƒPÆ

RecvTensor·íñºƒ Ïû(Ïû:"€€@€€@B[1.0MB] edge_232_gradients/res4b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H·íñºƒé
1update_res4b_branch2c/kernel/ApplyGradientDescent†é¡ñºƒ º(ºB™update_res4b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4b_branch2c/kernel, learning_rate, gradients/res4b_branch2c/kernel_grad_S232)H†é¡ñºƒPÁ

RecvTensorÈíñºƒ ¿û(¿û:
"€€BŠ[1024B] edge_233_gradients/bn4b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÈíñºƒÛ
.update_bn4b_branch2b/beta/ApplyGradientDescentÀê¡ñºƒ (Bupdate_bn4b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2b/beta, learning_rate, gradients/bn4b_branch2b/beta_grad_S233)HÀê¡ñºƒPÂ

RecvTensorŒîñºƒ üú(üú:
"€€B‹[1024B] edge_234_gradients/bn4b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŒîñºƒß
/update_bn4b_branch2b/gamma/ApplyGradientDescentÆê¡ñºƒ (B“update_bn4b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2b/gamma, learning_rate, gradients/bn4b_branch2b/gamma_grad_S234)HÆê¡ñºƒPÈ

RecvTensor·ùñºƒ œÿ(œÿ:"
€€€€B[2.2MB] edge_235_gradients/res4b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H·ùñºƒé
1update_res4b_branch2b/kernel/ApplyGradientDescentÓø¡ñºƒ ı(ıB™update_res4b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4b_branch2b/kernel, learning_rate, gradients/res4b_branch2b/kernel_grad_S235)HÓø¡ñºƒPÁ

RecvTensorÇùñºƒ ÿ(ÿ:
"€€BŠ[1024B] edge_236_gradients/bn4b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÇùñºƒÛ
.update_bn4b_branch2a/beta/ApplyGradientDescentĞû¡ñºƒ (Bupdate_bn4b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2a/beta, learning_rate, gradients/bn4b_branch2a/beta_grad_S236)HĞû¡ñºƒPÂ

RecvTensorŒúñºƒ Éş(Éş:
"€€B‹[1024B] edge_237_gradients/bn4b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŒúñºƒß
/update_bn4b_branch2a/gamma/ApplyGradientDescentÕû¡ñºƒ (B“update_bn4b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2a/gamma, learning_rate, gradients/bn4b_branch2a/gamma_grad_S237)HÕû¡ñºƒPÆ

RecvTensor¥ÿñºƒ ¦€(¦€:"€€@€€@B[1.0MB] edge_238_gradients/res4b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¥ÿñºƒé
1update_res4b_branch2a/kernel/ApplyGradientDescentËÿ¡ñºƒ ³(³B™update_res4b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4b_branch2a/kernel, learning_rate, gradients/res4b_branch2a/kernel_grad_S238)HËÿ¡ñºƒPÀ

RecvTensorÑÿñºƒ ıÿ(ıÿ:
"€ € B‰[4096B] edge_239_gradients/bn4a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÑÿñºƒ×
-update_bn4a_branch1/beta/ApplyGradientDescentş€¢ñºƒ (Bupdate_bn4a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch1/beta, learning_rate, gradients/bn4a_branch1/beta_grad_S239)Hş€¢ñºƒPÁ

RecvTensorä€Ÿñºƒ îş(îş:
"€ € BŠ[4096B] edge_240_gradients/bn4a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hä€ŸñºƒÛ
.update_bn4a_branch1/gamma/ApplyGradientDescentƒ¢ñºƒ (Bupdate_bn4a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch1/gamma, learning_rate, gradients/bn4a_branch1/gamma_grad_S240)Hƒ¢ñºƒPÇ

RecvTensorŠ‹Ÿñºƒ µ‚(µ‚:"
€€€€€€BŒ[2.0MB] edge_241_gradients/res4a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŠ‹Ÿñºƒå
0update_res4a_branch1/kernel/ApplyGradientDescent¿¢ñºƒ É(ÉB–update_res4a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch1/kernel, learning_rate, gradients/res4a_branch1/kernel_grad_S241)H¿¢ñºƒPÁ

RecvTensor·‹Ÿñºƒ ‹‚(‹‚:
"€ € BŠ[4096B] edge_242_gradients/bn4a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H·‹ŸñºƒÛ
.update_bn4a_branch2c/beta/ApplyGradientDescentˆ¢ñºƒ (Bupdate_bn4a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2c/beta, learning_rate, gradients/bn4a_branch2c/beta_grad_S242)Hˆ¢ñºƒPÂ

RecvTensor¹Ÿñºƒ €(€:
"€ € B‹[4096B] edge_243_gradients/bn4a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¹Ÿñºƒß
/update_bn4a_branch2c/gamma/ApplyGradientDescent¢ñºƒ (B“update_bn4a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2c/gamma, learning_rate, gradients/bn4a_branch2c/gamma_grad_S243)H¢ñºƒPÆ

RecvTensorÕ’Ÿñºƒ ç(ç:"€€@€€@B[1.0MB] edge_244_gradients/res4a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÕ’Ÿñºƒé
1update_res4a_branch2c/kernel/ApplyGradientDescent¼”¢ñºƒ ®(®B™update_res4a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch2c/kernel, learning_rate, gradients/res4a_branch2c/kernel_grad_S244)H¼”¢ñºƒPÁ

RecvTensoræ’Ÿñºƒ ×(×:
"€€BŠ[1024B] edge_245_gradients/bn4a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hæ’ŸñºƒÛ
.update_bn4a_branch2b/beta/ApplyGradientDescentê•¢ñºƒ (Bupdate_bn4a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2b/beta, learning_rate, gradients/bn4a_branch2b/beta_grad_S245)Hê•¢ñºƒPÂ

RecvTensor¨“Ÿñºƒ –(–:
"€€B‹[1024B] edge_246_gradients/bn4a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¨“Ÿñºƒß
/update_bn4a_branch2b/gamma/ApplyGradientDescentï•¢ñºƒ (B“update_bn4a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2b/gamma, learning_rate, gradients/bn4a_branch2b/gamma_grad_S246)Hï•¢ñºƒPÈ

RecvTensor¯Ÿñºƒ Ú…(Ú…:"
€€€€B[2.2MB] edge_247_gradients/res4a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¯Ÿñºƒé
1update_res4a_branch2b/kernel/ApplyGradientDescent‰¤¢ñºƒ ©(©B™update_res4a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch2b/kernel, learning_rate, gradients/res4a_branch2b/kernel_grad_S247)H‰¤¢ñºƒPÁ

RecvTensorİŸñºƒ ­…(­…:
"€€BŠ[1024B] edge_248_gradients/bn4a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HİŸñºƒÛ
.update_bn4a_branch2a/beta/ApplyGradientDescent²§¢ñºƒ (Bupdate_bn4a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2a/beta, learning_rate, gradients/bn4a_branch2a/beta_grad_S248)H²§¢ñºƒPÂ

RecvTensor× Ÿñºƒ ³ƒ(³ƒ:
"€€B‹[1024B] edge_249_gradients/bn4a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H× Ÿñºƒß
/update_bn4a_branch2a/gamma/ApplyGradientDescent·§¢ñºƒ (B“update_bn4a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2a/gamma, learning_rate, gradients/bn4a_branch2a/gamma_grad_S249)H·§¢ñºƒPÆ

RecvTensorÆªŸñºƒ €ı(€ı:"€€ €€ B[0.5MB] edge_250_gradients/res4a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÆªŸñºƒç
1update_res4a_branch2a/kernel/ApplyGradientDescentÆ§¢ñºƒ `(`B™update_res4a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch2a/kernel, learning_rate, gradients/res4a_branch2a/kernel_grad_S250)HÆ§¢ñºƒPÁ

RecvTensor–«Ÿñºƒ ±ü(±ü:
"€€BŠ[2048B] edge_251_gradients/bn3d_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H–«ŸñºƒÛ
.update_bn3d_branch2c/beta/ApplyGradientDescent¦¨¢ñºƒ (Bupdate_bn3d_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2c/beta, learning_rate, gradients/bn3d_branch2c/beta_grad_S251)H¦¨¢ñºƒPÂ

RecvTensor—¯Ÿñºƒ ²ø(²ø:
"€€B‹[2048B] edge_252_gradients/bn3d_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H—¯Ÿñºƒß
/update_bn3d_branch2c/gamma/ApplyGradientDescent«¨¢ñºƒ (B“update_bn3d_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2c/gamma, learning_rate, gradients/bn3d_branch2c/gamma_grad_S252)H«¨¢ñºƒPÆ

RecvTensor´Ÿñºƒ ¦õ(¦õ:"€€€€B[0.2MB] edge_253_gradients/res3d_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H´Ÿñºƒç
1update_res3d_branch2c/kernel/ApplyGradientDescent§©¢ñºƒ /(/B™update_res3d_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3d_branch2c/kernel, learning_rate, gradients/res3d_branch2c/kernel_grad_S253)H§©¢ñºƒPÀ

RecvTensorš´Ÿñºƒ õ(õ:
"€€B‰[512B] edge_254_gradients/bn3d_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hš´ŸñºƒÛ
.update_bn3d_branch2b/beta/ApplyGradientDescentÖ©¢ñºƒ (Bupdate_bn3d_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2b/beta, learning_rate, gradients/bn3d_branch2b/beta_grad_S254)HÖ©¢ñºƒPÁ

RecvTensor¢µŸñºƒ †ô(†ô:
"€€BŠ[512B] edge_255_gradients/bn3d_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¢µŸñºƒß
/update_bn3d_branch2b/gamma/ApplyGradientDescentÛ©¢ñºƒ (B“update_bn3d_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2b/gamma, learning_rate, gradients/bn3d_branch2b/gamma_grad_S255)HÛ©¢ñºƒPÆ

RecvTensor²ÁŸñºƒ èë(èë:"€€$€€$B[0.6MB] edge_256_gradients/res3d_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H²ÁŸñºƒç
1update_res3d_branch2b/kernel/ApplyGradientDescentš­¢ñºƒ e(eB™update_res3d_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3d_branch2b/kernel, learning_rate, gradients/res3d_branch2b/kernel_grad_S256)Hš­¢ñºƒPÀ

RecvTensorËÁŸñºƒ Ğë(Ğë:
"€€B‰[512B] edge_257_gradients/bn3d_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HËÁŸñºƒÛ
.update_bn3d_branch2a/beta/ApplyGradientDescentÿ­¢ñºƒ (Bupdate_bn3d_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2a/beta, learning_rate, gradients/bn3d_branch2a/beta_grad_S257)Hÿ­¢ñºƒPÁ

RecvTensorĞÂŸñºƒ Ëê(Ëê:
"€€BŠ[512B] edge_258_gradients/bn3d_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HĞÂŸñºƒß
/update_bn3d_branch2a/gamma/ApplyGradientDescent„®¢ñºƒ (B“update_bn3d_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2a/gamma, learning_rate, gradients/bn3d_branch2a/gamma_grad_S258)H„®¢ñºƒPÆ

RecvTensorØÇŸñºƒ ¡ç(¡ç:"€€€€B[0.2MB] edge_259_gradients/res3d_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HØÇŸñºƒç
1update_res3d_branch2a/kernel/ApplyGradientDescentù®¢ñºƒ 0(0B™update_res3d_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3d_branch2a/kernel, learning_rate, gradients/res3d_branch2a/kernel_grad_S259)Hù®¢ñºƒPÁ

RecvTensor§ÈŸñºƒ Óæ(Óæ:
"€€BŠ[2048B] edge_260_gradients/bn3c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H§ÈŸñºƒÛ
.update_bn3c_branch2c/beta/ApplyGradientDescent©¯¢ñºƒ (Bupdate_bn3c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2c/beta, learning_rate, gradients/bn3c_branch2c/beta_grad_S260)H©¯¢ñºƒPÂ

RecvTensor”ÌŸñºƒ èâ(èâ:
"€€B‹[2048B] edge_261_gradients/bn3c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H”ÌŸñºƒß
/update_bn3c_branch2c/gamma/ApplyGradientDescent®¯¢ñºƒ (B“update_bn3c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2c/gamma, learning_rate, gradients/bn3c_branch2c/gamma_grad_S261)H®¯¢ñºƒPÆ

RecvTensor¢ÑŸñºƒ ¸ß(¸ß:"€€€€B[0.2MB] edge_262_gradients/res3c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¢ÑŸñºƒç
1update_res3c_branch2c/kernel/ApplyGradientDescentÚ°¢ñºƒ .(.B™update_res3c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3c_branch2c/kernel, learning_rate, gradients/res3c_branch2c/kernel_grad_S262)HÚ°¢ñºƒPÀ

RecvTensor¼ÑŸñºƒ ß(ß:
"€€B‰[512B] edge_263_gradients/bn3c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¼ÑŸñºƒÛ
.update_bn3c_branch2b/beta/ApplyGradientDescentˆ±¢ñºƒ (Bupdate_bn3c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2b/beta, learning_rate, gradients/bn3c_branch2b/beta_grad_S263)Hˆ±¢ñºƒPÁ

RecvTensorÉÒŸñºƒ ’Ş(’Ş:
"€€BŠ[512B] edge_264_gradients/bn3c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÉÒŸñºƒß
/update_bn3c_branch2b/gamma/ApplyGradientDescent±¢ñºƒ (B“update_bn3c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2b/gamma, learning_rate, gradients/bn3c_branch2b/gamma_grad_S264)H±¢ñºƒPÆ

RecvTensoräİŸñºƒ éÖ(éÖ:"€€$€€$B[0.6MB] edge_265_gradients/res3c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HäİŸñºƒç
1update_res3c_branch2b/kernel/ApplyGradientDescentÍ´¢ñºƒ l(lB™update_res3c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3c_branch2b/kernel, learning_rate, gradients/res3c_branch2b/kernel_grad_S265)HÍ´¢ñºƒPÀ

RecvTensorıİŸñºƒ ÑÖ(ÑÖ:
"€€B‰[512B] edge_266_gradients/bn3c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HıİŸñºƒÛ
.update_bn3c_branch2a/beta/ApplyGradientDescent¹µ¢ñºƒ (Bupdate_bn3c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2a/beta, learning_rate, gradients/bn3c_branch2a/beta_grad_S266)H¹µ¢ñºƒPÁ

RecvTensorˆßŸñºƒ ÆÕ(ÆÕ:
"€€BŠ[512B] edge_267_gradients/bn3c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HˆßŸñºƒß
/update_bn3c_branch2a/gamma/ApplyGradientDescent¾µ¢ñºƒ (B“update_bn3c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2a/gamma, learning_rate, gradients/bn3c_branch2a/gamma_grad_S267)H¾µ¢ñºƒPÆ

RecvTensor¤äŸñºƒ ˆÒ(ˆÒ:"€€€€B[0.2MB] edge_268_gradients/res3c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¤äŸñºƒç
1update_res3c_branch2a/kernel/ApplyGradientDescent¬¶¢ñºƒ ,(,B™update_res3c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3c_branch2a/kernel, learning_rate, gradients/res3c_branch2a/kernel_grad_S268)H¬¶¢ñºƒPÁ

RecvTensoròäŸñºƒ ¼Ñ(¼Ñ:
"€€BŠ[2048B] edge_269_gradients/bn3b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HòäŸñºƒÛ
.update_bn3b_branch2c/beta/ApplyGradientDescentØ¶¢ñºƒ (Bupdate_bn3b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2c/beta, learning_rate, gradients/bn3b_branch2c/beta_grad_S269)HØ¶¢ñºƒPÂ

RecvTensorõèŸñºƒ ºÍ(ºÍ:
"€€B‹[2048B] edge_270_gradients/bn3b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HõèŸñºƒß
/update_bn3b_branch2c/gamma/ApplyGradientDescentŞ¶¢ñºƒ (B“update_bn3b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2c/gamma, learning_rate, gradients/bn3b_branch2c/gamma_grad_S270)HŞ¶¢ñºƒPÆ

RecvTensor–îŸñºƒ ÷É(÷É:"€€€€B[0.2MB] edge_271_gradients/res3b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H–îŸñºƒç
1update_res3b_branch2c/kernel/ApplyGradientDescent¸¢ñºƒ 3(3B™update_res3b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3b_branch2c/kernel, learning_rate, gradients/res3b_branch2c/kernel_grad_S271)H¸¢ñºƒPÀ

RecvTensor¯îŸñºƒ ŞÉ(ŞÉ:
"€€B‰[512B] edge_272_gradients/bn3b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¯îŸñºƒÛ
.update_bn3b_branch2b/beta/ApplyGradientDescentÀ¸¢ñºƒ (Bupdate_bn3b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2b/beta, learning_rate, gradients/bn3b_branch2b/beta_grad_S272)HÀ¸¢ñºƒPÁ

RecvTensor°ïŸñºƒ ŞÈ(ŞÈ:
"€€BŠ[512B] edge_273_gradients/bn3b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H°ïŸñºƒß
/update_bn3b_branch2b/gamma/ApplyGradientDescentÅ¸¢ñºƒ (B“update_bn3b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2b/gamma, learning_rate, gradients/bn3b_branch2b/gamma_grad_S273)HÅ¸¢ñºƒPÆ

RecvTensorµúŸñºƒ ËÁ(ËÁ:"€€$€€$B[0.6MB] edge_274_gradients/res3b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HµúŸñºƒç
1update_res3b_branch2b/kernel/ApplyGradientDescent€¼¢ñºƒ r(rB™update_res3b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3b_branch2b/kernel, learning_rate, gradients/res3b_branch2b/kernel_grad_S274)H€¼¢ñºƒPÀ

RecvTensorÍúŸñºƒ ´Á(´Á:
"€€B‰[512B] edge_275_gradients/bn3b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÍúŸñºƒÛ
.update_bn3b_branch2a/beta/ApplyGradientDescentò¼¢ñºƒ (Bupdate_bn3b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2a/beta, learning_rate, gradients/bn3b_branch2a/beta_grad_S275)Hò¼¢ñºƒPÁ

RecvTensorÑûŸñºƒ °À(°À:
"€€BŠ[512B] edge_276_gradients/bn3b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÑûŸñºƒß
/update_bn3b_branch2a/gamma/ApplyGradientDescent÷¼¢ñºƒ (B“update_bn3b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2a/gamma, learning_rate, gradients/bn3b_branch2a/gamma_grad_S276)H÷¼¢ñºƒPÆ

RecvTensorÏ€ ñºƒ ½(½:"€€€€B[0.2MB] edge_277_gradients/res3b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÏ€ ñºƒç
1update_res3b_branch2a/kernel/ApplyGradientDescentß½¢ñºƒ /(/B™update_res3b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3b_branch2a/kernel, learning_rate, gradients/res3b_branch2a/kernel_grad_S277)Hß½¢ñºƒPÀ

RecvTensorŸ ñºƒ Â¼(Â¼:
"€€B‰[2048B] edge_278_gradients/bn3a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŸ ñºƒ×
-update_bn3a_branch1/beta/ApplyGradientDescent¾¢ñºƒ (Bupdate_bn3a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch1/beta, learning_rate, gradients/bn3a_branch1/beta_grad_S278)H¾¢ñºƒPÁ

RecvTensorÅƒ ñºƒ º(º:
"€€BŠ[2048B] edge_279_gradients/bn3a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÅƒ ñºƒÛ
.update_bn3a_branch1/gamma/ApplyGradientDescent“¾¢ñºƒ (Bupdate_bn3a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch1/gamma, learning_rate, gradients/bn3a_branch1/gamma_grad_S279)H“¾¢ñºƒPÅ

RecvTensor‡ ñºƒ —³(—³:"€€ €€ BŒ[0.5MB] edge_280_gradients/res3a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‡ ñºƒã
0update_res3a_branch1/kernel/ApplyGradientDescentÁ¢ñºƒ X(XB–update_res3a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch1/kernel, learning_rate, gradients/res3a_branch1/kernel_grad_S280)HÁ¢ñºƒPÁ

RecvTensorÒ ñºƒ Í²(Í²:
"€€BŠ[2048B] edge_281_gradients/bn3a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÒ ñºƒÛ
.update_bn3a_branch2c/beta/ApplyGradientDescentöÁ¢ñºƒ (Bupdate_bn3a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2c/beta, learning_rate, gradients/bn3a_branch2c/beta_grad_S281)HöÁ¢ñºƒPÂ

RecvTensorÀ’ ñºƒ á®(á®:
"€€B‹[2048B] edge_282_gradients/bn3a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÀ’ ñºƒß
/update_bn3a_branch2c/gamma/ApplyGradientDescentûÁ¢ñºƒ (B“update_bn3a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2c/gamma, learning_rate, gradients/bn3a_branch2c/gamma_grad_S282)HûÁ¢ñºƒPÆ

RecvTensorÎ— ñºƒ ±«(±«:"€€€€B[0.2MB] edge_283_gradients/res3a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÎ— ñºƒç
1update_res3a_branch2c/kernel/ApplyGradientDescentÿÂ¢ñºƒ /(/B™update_res3a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch2c/kernel, learning_rate, gradients/res3a_branch2c/kernel_grad_S283)HÿÂ¢ñºƒPÀ

RecvTensorè— ñºƒ —«(—«:
"€€B‰[512B] edge_284_gradients/bn3a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hè— ñºƒÛ
.update_bn3a_branch2b/beta/ApplyGradientDescent®Ã¢ñºƒ (Bupdate_bn3a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2b/beta, learning_rate, gradients/bn3a_branch2b/beta_grad_S284)H®Ã¢ñºƒPÁ

RecvTensorğ˜ ñºƒ ª(ª:
"€€BŠ[512B] edge_285_gradients/bn3a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hğ˜ ñºƒß
/update_bn3a_branch2b/gamma/ApplyGradientDescent³Ã¢ñºƒ (B“update_bn3a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2b/gamma, learning_rate, gradients/bn3a_branch2b/gamma_grad_S285)H³Ã¢ñºƒPÆ

RecvTensorµ¤ ñºƒ ½¢(½¢:"€€$€€$B[0.6MB] edge_286_gradients/res3a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hµ¤ ñºƒç
1update_res3a_branch2b/kernel/ApplyGradientDescentòÆ¢ñºƒ o(oB™update_res3a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch2b/kernel, learning_rate, gradients/res3a_branch2b/kernel_grad_S286)HòÆ¢ñºƒPÀ

RecvTensor‰¥ ñºƒ ê¡(ê¡:
"€€B‰[512B] edge_287_gradients/bn3a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‰¥ ñºƒÛ
.update_bn3a_branch2a/beta/ApplyGradientDescentáÇ¢ñºƒ (Bupdate_bn3a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2a/beta, learning_rate, gradients/bn3a_branch2a/beta_grad_S287)HáÇ¢ñºƒPÁ

RecvTensorŒ© ñºƒ ç(ç:
"€€BŠ[512B] edge_288_gradients/bn3a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŒ© ñºƒß
/update_bn3a_branch2a/gamma/ApplyGradientDescentåÇ¢ñºƒ (B“update_bn3a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2a/gamma, learning_rate, gradients/bn3a_branch2a/gamma_grad_S288)HåÇ¢ñºƒPÆ

RecvTensorŒ³ ñºƒ Ö”(Ö”:"€€€€B[0.1MB] edge_289_gradients/res3a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŒ³ ñºƒç
1update_res3a_branch2a/kernel/ApplyGradientDescentêÇ¢ñºƒ (B™update_res3a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch2a/kernel, learning_rate, gradients/res3a_branch2a/kernel_grad_S289)HêÇ¢ñºƒPÁ

RecvTensor´ ñºƒ Æ“(Æ“:
"€€BŠ[1024B] edge_290_gradients/bn2c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H´ ñºƒÛ
.update_bn2c_branch2c/beta/ApplyGradientDescent‡È¢ñºƒ (Bupdate_bn2c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2c/beta, learning_rate, gradients/bn2c_branch2c/beta_grad_S290)H‡È¢ñºƒPÂ

RecvTensorå» ñºƒ ÿ‹(ÿ‹:
"€€B‹[1024B] edge_291_gradients/bn2c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hå» ñºƒß
/update_bn2c_branch2c/gamma/ApplyGradientDescentŒÈ¢ñºƒ (B“update_bn2c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2c/gamma, learning_rate, gradients/bn2c_branch2c/gamma_grad_S291)HŒÈ¢ñºƒPÇ

RecvTensor†Á ñºƒ •‡(•‡:"€€€€B[65536B] edge_292_gradients/res2c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H†Á ñºƒç
1update_res2c_branch2c/kernel/ApplyGradientDescent›È¢ñºƒ (B™update_res2c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res2c_branch2c/kernel, learning_rate, gradients/res2c_branch2c/kernel_grad_S292)H›È¢ñºƒPÀ

RecvTensor²Á ñºƒ é†(é†:
"€€B‰[256B] edge_293_gradients/bn2c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H²Á ñºƒÛ
.update_bn2c_branch2b/beta/ApplyGradientDescentªÈ¢ñºƒ (Bupdate_bn2c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2b/beta, learning_rate, gradients/bn2c_branch2b/beta_grad_S293)HªÈ¢ñºƒPÁ

RecvTensorÄÃ ñºƒ ×„(×„:
"€€BŠ[256B] edge_294_gradients/bn2c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÄÃ ñºƒß
/update_bn2c_branch2b/gamma/ApplyGradientDescent¯È¢ñºƒ (B“update_bn2c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2b/gamma, learning_rate, gradients/bn2c_branch2b/gamma_grad_S294)H¯È¢ñºƒPÆ

RecvTensorœÏ ñºƒ üù(üù:"€€	€€	B[0.1MB] edge_295_gradients/res2c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HœÏ ñºƒç
1update_res2c_branch2b/kernel/ApplyGradientDescent˜É¢ñºƒ (B™update_res2c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res2c_branch2b/kernel, learning_rate, gradients/res2c_branch2b/kernel_grad_S295)H˜É¢ñºƒPÀ

RecvTensorÊÏ ñºƒ Îù(Îù:
"€€B‰[256B] edge_296_gradients/bn2c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÊÏ ñºƒÛ
.update_bn2c_branch2a/beta/ApplyGradientDescentµÉ¢ñºƒ (Bupdate_bn2c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2a/beta, learning_rate, gradients/bn2c_branch2a/beta_grad_S296)HµÉ¢ñºƒPÁ

RecvTensorÇÑ ñºƒ Ò÷(Ò÷:
"€€BŠ[256B] edge_297_gradients/bn2c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÇÑ ñºƒß
/update_bn2c_branch2a/gamma/ApplyGradientDescent¹É¢ñºƒ (B“update_bn2c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2a/gamma, learning_rate, gradients/bn2c_branch2a/gamma_grad_S297)H¹É¢ñºƒPÇ

RecvTensoröÖ ñºƒ Úò(Úò:"€€€€B[65536B] edge_298_gradients/res2c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HöÖ ñºƒç
1update_res2c_branch2a/kernel/ApplyGradientDescentĞÉ¢ñºƒ (B™update_res2c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res2c_branch2a/kernel, learning_rate, gradients/res2c_branch2a/kernel_grad_S298)HĞÉ¢ñºƒPÁ

RecvTensor“Ø ñºƒ ¾ñ(¾ñ:
"€€BŠ[1024B] edge_299_gradients/bn2b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H“Ø ñºƒÛ
.update_bn2b_branch2c/beta/ApplyGradientDescentßÉ¢ñºƒ (Bupdate_bn2b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2c/beta, learning_rate, gradients/bn2b_branch2c/beta_grad_S299)HßÉ¢ñºƒPÂ

RecvTensoréß ñºƒ éé(éé:
"€€B‹[1024B] edge_300_gradients/bn2b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Héß ñºƒß
/update_bn2b_branch2c/gamma/ApplyGradientDescentäÉ¢ñºƒ (B“update_bn2b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2c/gamma, learning_rate, gradients/bn2b_branch2c/gamma_grad_S300)HäÉ¢ñºƒPÇ

RecvTensorãä ñºƒ ¦å(¦å:"€€€€B[65536B] edge_301_gradients/res2b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hãä ñºƒç
1update_res2b_branch2c/kernel/ApplyGradientDescent‰Ê¢ñºƒ (B™update_res2b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res2b_branch2c/kernel, learning_rate, gradients/res2b_branch2c/kernel_grad_S301)H‰Ê¢ñºƒPÀ

RecvTensorŒå ñºƒ ıä(ıä:
"€€B‰[256B] edge_302_gradients/bn2b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŒå ñºƒÛ
.update_bn2b_branch2b/beta/ApplyGradientDescent™Ê¢ñºƒ (Bupdate_bn2b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2b/beta, learning_rate, gradients/bn2b_branch2b/beta_grad_S302)H™Ê¢ñºƒPÁ

RecvTensor™ç ñºƒ ğâ(ğâ:
"€€BŠ[256B] edge_303_gradients/bn2b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H™ç ñºƒß
/update_bn2b_branch2b/gamma/ApplyGradientDescentÊ¢ñºƒ (B“update_bn2b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2b/gamma, learning_rate, gradients/bn2b_branch2b/gamma_grad_S303)HÊ¢ñºƒPÆ

RecvTensoréò ñºƒ Ø(Ø:"€€	€€	B[0.1MB] edge_304_gradients/res2b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Héò ñºƒç
1update_res2b_branch2b/kernel/ApplyGradientDescent†Ë¢ñºƒ (B™update_res2b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res2b_branch2b/kernel, learning_rate, gradients/res2b_branch2b/kernel_grad_S304)H†Ë¢ñºƒPÀ

RecvTensor’ó ñºƒ ô×(ô×:
"€€B‰[256B] edge_305_gradients/bn2b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H’ó ñºƒÛ
.update_bn2b_branch2a/beta/ApplyGradientDescent£Ë¢ñºƒ (Bupdate_bn2b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2a/beta, learning_rate, gradients/bn2b_branch2a/beta_grad_S305)H£Ë¢ñºƒPÁ

RecvTensor“õ ñºƒ ôÕ(ôÕ:
"€€BŠ[256B] edge_306_gradients/bn2b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H“õ ñºƒß
/update_bn2b_branch2a/gamma/ApplyGradientDescent¨Ë¢ñºƒ (B“update_bn2b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2a/gamma, learning_rate, gradients/bn2b_branch2a/gamma_grad_S306)H¨Ë¢ñºƒPÇ

RecvTensor¶ú ñºƒ ˆÑ(ˆÑ:"€€€€B[65536B] edge_307_gradients/res2b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¶ú ñºƒç
1update_res2b_branch2a/kernel/ApplyGradientDescent¾Ë¢ñºƒ (B™update_res2b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res2b_branch2a/kernel, learning_rate, gradients/res2b_branch2a/kernel_grad_S307)H¾Ë¢ñºƒPÀ

RecvTensorĞû ñºƒ ïÏ(ïÏ:
"€€B‰[1024B] edge_308_gradients/bn2a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HĞû ñºƒ×
-update_bn2a_branch1/beta/ApplyGradientDescentÎË¢ñºƒ (Bupdate_bn2a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch1/beta, learning_rate, gradients/bn2a_branch1/beta_grad_S308)HÎË¢ñºƒPÁ

RecvTensor—€¡ñºƒ ©Ë(©Ë:
"€€BŠ[1024B] edge_309_gradients/bn2a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H—€¡ñºƒÛ
.update_bn2a_branch1/gamma/ApplyGradientDescentÔË¢ñºƒ (Bupdate_bn2a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch1/gamma, learning_rate, gradients/bn2a_branch1/gamma_grad_S309)HÔË¢ñºƒPÆ

RecvTensor©…¡ñºƒ ÎÆ(ÎÆ:"€€€€B[65536B] edge_310_gradients/res2a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H©…¡ñºƒã
0update_res2a_branch1/kernel/ApplyGradientDescent÷Ë¢ñºƒ (B–update_res2a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch1/kernel, learning_rate, gradients/res2a_branch1/kernel_grad_S310)H÷Ë¢ñºƒPÁ

RecvTensor¿†¡ñºƒ ¹Å(¹Å:
"€€BŠ[1024B] edge_311_gradients/bn2a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¿†¡ñºƒÛ
.update_bn2a_branch2c/beta/ApplyGradientDescentˆÌ¢ñºƒ (Bupdate_bn2a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2c/beta, learning_rate, gradients/bn2a_branch2c/beta_grad_S311)HˆÌ¢ñºƒPÂ

RecvTensorß¡ñºƒ š½(š½:
"€€B‹[1024B] edge_312_gradients/bn2a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hß¡ñºƒß
/update_bn2a_branch2c/gamma/ApplyGradientDescentÌ¢ñºƒ (B“update_bn2a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2c/gamma, learning_rate, gradients/bn2a_branch2c/gamma_grad_S312)HÌ¢ñºƒPÇ

RecvTensorè“¡ñºƒ È¸(È¸:"€€€€B[65536B] edge_313_gradients/res2a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hè“¡ñºƒç
1update_res2a_branch2c/kernel/ApplyGradientDescent°Ì¢ñºƒ (B™update_res2a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch2c/kernel, learning_rate, gradients/res2a_branch2c/kernel_grad_S313)H°Ì¢ñºƒPÀ

RecvTensor•”¡ñºƒ ›¸(›¸:
"€€B‰[256B] edge_314_gradients/bn2a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H•”¡ñºƒÛ
.update_bn2a_branch2b/beta/ApplyGradientDescentÁÌ¢ñºƒ (Bupdate_bn2a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2b/beta, learning_rate, gradients/bn2a_branch2b/beta_grad_S314)HÁÌ¢ñºƒPÁ

RecvTensor––¡ñºƒ ›¶(›¶:
"€€BŠ[256B] edge_315_gradients/bn2a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H––¡ñºƒß
/update_bn2a_branch2b/gamma/ApplyGradientDescentÆÌ¢ñºƒ (B“update_bn2a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2b/gamma, learning_rate, gradients/bn2a_branch2b/gamma_grad_S315)HÆÌ¢ñºƒPÆ

RecvTensorá¡¡ñºƒ Ì«(Ì«:"€€	€€	B[0.1MB] edge_316_gradients/res2a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Há¡¡ñºƒç
1update_res2a_branch2b/kernel/ApplyGradientDescent­Í¢ñºƒ (B™update_res2a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch2b/kernel, learning_rate, gradients/res2a_branch2b/kernel_grad_S316)H­Í¢ñºƒPÀ

RecvTensor¢¡ñºƒ  «( «:
"€€B‰[256B] edge_317_gradients/bn2a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¢¡ñºƒÛ
.update_bn2a_branch2a/beta/ApplyGradientDescentÌÍ¢ñºƒ (Bupdate_bn2a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2a/beta, learning_rate, gradients/bn2a_branch2a/beta_grad_S317)HÌÍ¢ñºƒPÁ

RecvTensor“¤¡ñºƒ ›©(›©:
"€€BŠ[256B] edge_318_gradients/bn2a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H“¤¡ñºƒß
/update_bn2a_branch2a/gamma/ApplyGradientDescentÑÍ¢ñºƒ (B“update_bn2a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2a/gamma, learning_rate, gradients/bn2a_branch2a/gamma_grad_S318)HÑÍ¢ñºƒPÇ

RecvTensorÁ¥¡ñºƒ û§(û§:"€€€€B[16384B] edge_319_gradients/res2a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÁ¥¡ñºƒç
1update_res2a_branch2a/kernel/ApplyGradientDescentÖÍ¢ñºƒ (B™update_res2a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch2a/kernel, learning_rate, gradients/res2a_branch2a/kernel_grad_S319)HÖÍ¢ñºƒP»

RecvTensorÔ¦¡ñºƒ è¦(è¦:
"€€B„[256B] edge_320_gradients/bn_conv1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÔ¦¡ñºƒÇ
)update_bn_conv1/beta/ApplyGradientDescentŞÍ¢ñºƒ (Bupdate_bn_conv1/beta/ApplyGradientDescent = ApplyGradientDescent(bn_conv1/beta, learning_rate, gradients/bn_conv1/beta_grad_S320)HŞÍ¢ñºƒP¼

RecvTensor¨±¡ñºƒ ”œ(”œ:
"€€B…[256B] edge_321_gradients/bn_conv1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¨±¡ñºƒË
*update_bn_conv1/gamma/ApplyGradientDescentãÍ¢ñºƒ (B„update_bn_conv1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn_conv1/gamma, learning_rate, gradients/bn_conv1/gamma_grad_S321)HãÍ¢ñºƒP¾

RecvTensor·¡ñºƒ Í–(Í–:"€¦€¦B…[37632B] edge_322_gradients/conv1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H·¡ñºƒÂ
(update_conv1/kernel/ApplyGradientDescentèÍ¢ñºƒ (B~update_conv1/kernel/ApplyGradientDescent = ApplyGradientDescent(conv1/kernel, learning_rate, gradients/conv1/kernel_grad_S322)HèÍ¢ñºƒP