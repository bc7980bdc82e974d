
‰Š

ƒì
)/job:worker/replica:0/task:0/device:CPU:0¯

RecvTensor†À„ñºƒ ‚(‚:"€¦€¦By[37632B] edge_1_conv1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H†À„ñºƒ­

RecvTensorÀ„ñºƒ ‰(‰:
"€€By[256B] edge_2_bn_conv1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÀ„ñºƒª

RecvTensor’À„ñºƒ v(v:
"€€Bx[256B] edge_3_bn_conv1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H’À„ñºƒ·

RecvTensor˜À„ñºƒ ~(~:"€€€€B‚[16384B] edge_4_res2a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H˜À„ñºƒ°

RecvTensorÀ„ñºƒ y(y:
"€€B~[256B] edge_5_bn2a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÀ„ñºƒ¯

RecvTensor¤À„ñºƒ r(r:
"€€B}[256B] edge_6_bn2a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¤À„ñºƒ¸

RecvTensor©À„ñºƒ é(é:"€€	€€	B[0.1MB] edge_7_res2a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H©À„ñºƒ°

RecvTensor°À„ñºƒ g(g:
"€€B~[256B] edge_8_bn2a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H°À„ñºƒ±

RecvTensorµÀ„ñºƒ Ş(Ş:
"€€B}[256B] edge_9_bn2a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HµÀ„ñºƒº

RecvTensor»À„ñºƒ Ç(Ç:"€€€€Bƒ[65536B] edge_10_res2a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H»À„ñºƒµ

RecvTensorÁÀ„ñºƒ Š(Š:
"€€B€[1024B] edge_11_bn2a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÁÀ„ñºƒ³

RecvTensorÇÀ„ñºƒ ƒ(ƒ:
"€€B[1024B] edge_12_bn2a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÇÀ„ñºƒ¹

RecvTensorÍÀ„ñºƒ ı(ı:"€€€€B‚[65536B] edge_13_res2a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÍÀ„ñºƒ³

RecvTensorÔÀ„ñºƒ ç(ç:
"€€B[1024B] edge_14_bn2a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÔÀ„ñºƒ²

RecvTensorÙÀ„ñºƒ ª(ª:
"€€B~[1024B] edge_15_bn2a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÙÀ„ñºƒº

RecvTensorßÀ„ñºƒ Û(Û:"€€€€Bƒ[65536B] edge_16_res2b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HßÀ„ñºƒ³

RecvTensoråÀ„ñºƒ æ(æ:
"€€B[256B] edge_17_bn2b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HåÀ„ñºƒ²

RecvTensorëÀ„ñºƒ ˜(˜:
"€€B~[256B] edge_18_bn2b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HëÀ„ñºƒ¹

RecvTensorñÀ„ñºƒ Æ(Æ:"€€	€€	B‚[0.1MB] edge_19_res2b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HñÀ„ñºƒ³

RecvTensor÷À„ñºƒ Ä(Ä:
"€€B[256B] edge_20_bn2b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H÷À„ñºƒ²

RecvTensorüÀ„ñºƒ ò(ò:
"€€B~[256B] edge_21_bn2b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HüÀ„ñºƒº

RecvTensor‚Á„ñºƒ ì(ì:"€€€€Bƒ[65536B] edge_22_res2b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‚Á„ñºƒµ

RecvTensor‡Á„ñºƒ è(è:
"€€B€[1024B] edge_23_bn2b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‡Á„ñºƒ³

RecvTensorÁ„ñºƒ ™(™:
"€€B[1024B] edge_24_bn2b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÁ„ñºƒº

RecvTensor“Á„ñºƒ “(“:"€€€€Bƒ[65536B] edge_25_res2c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H“Á„ñºƒ³

RecvTensor™Á„ñºƒ (:
"€€B[256B] edge_26_bn2c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H™Á„ñºƒ²

RecvTensorŸÁ„ñºƒ ˆ(ˆ:
"€€B~[256B] edge_27_bn2c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŸÁ„ñºƒ¹

RecvTensor¥Á„ñºƒ ş(ş:"€€	€€	B‚[0.1MB] edge_28_res2c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¥Á„ñºƒ³

RecvTensor«Á„ñºƒ ¯(¯:
"€€B[256B] edge_29_bn2c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H«Á„ñºƒ²

RecvTensor±Á„ñºƒ ©(©:
"€€B~[256B] edge_30_bn2c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H±Á„ñºƒº

RecvTensor·Á„ñºƒ ¢(¢:"€€€€Bƒ[65536B] edge_31_res2c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H·Á„ñºƒµ

RecvTensor½Á„ñºƒ Ÿ(Ÿ:
"€€B€[1024B] edge_32_bn2c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H½Á„ñºƒ³

RecvTensorÄÁ„ñºƒ —(—:
"€€B[1024B] edge_33_bn2c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÄÁ„ñºƒ¹

RecvTensorÉÁ„ñºƒ €(€:"€€€€B‚[0.1MB] edge_34_res3a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÉÁ„ñºƒ³

RecvTensorĞÁ„ñºƒ ú(ú:
"€€B[512B] edge_35_bn3a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HĞÁ„ñºƒ²

RecvTensorÖÁ„ñºƒ ô(ô:
"€€B~[512B] edge_36_bn3a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÖÁ„ñºƒ¹

RecvTensorÜÁ„ñºƒ İ	(İ	:"€€$€€$B‚[0.6MB] edge_37_res3a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÜÁ„ñºƒ³

RecvTensorâÁ„ñºƒ ×	(×	:
"€€B[512B] edge_38_bn3a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HâÁ„ñºƒ²

RecvTensorèÁ„ñºƒ ã(ã:
"€€B~[512B] edge_39_bn3a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HèÁ„ñºƒ¹

RecvTensorîÁ„ñºƒ §(§:"€€€€B‚[0.2MB] edge_40_res3a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HîÁ„ñºƒµ

RecvTensorôÁ„ñºƒ Û(Û:
"€€B€[2048B] edge_41_bn3a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HôÁ„ñºƒ³

RecvTensorúÁ„ñºƒ Ô(Ô:
"€€B[2048B] edge_42_bn3a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HúÁ„ñºƒ¸

RecvTensorÂ„ñºƒ Ë(Ë:"€€ €€ B[0.5MB] edge_43_res3a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÂ„ñºƒ³

RecvTensor‡Â„ñºƒ ¦(¦:
"€€B[2048B] edge_44_bn3a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‡Â„ñºƒ²

RecvTensorÂ„ñºƒ ¢(¢:
"€€B~[2048B] edge_45_bn3a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÂ„ñºƒ¹

RecvTensor“Â„ñºƒ ˜(˜:"€€€€B‚[0.2MB] edge_46_res3b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H“Â„ñºƒ³

RecvTensor™Â„ñºƒ ”(”:
"€€B[512B] edge_47_bn3b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H™Â„ñºƒ²

RecvTensorŸÂ„ñºƒ (:
"€€B~[512B] edge_48_bn3b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŸÂ„ñºƒ¹

RecvTensor¥Â„ñºƒ ø(ø:"€€$€€$B‚[0.6MB] edge_49_res3b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¥Â„ñºƒ³

RecvTensor«Â„ñºƒ ó(ó:
"€€B[512B] edge_50_bn3b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H«Â„ñºƒ²

RecvTensor±Â„ñºƒ í(í:
"€€B~[512B] edge_51_bn3b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H±Â„ñºƒ¹

RecvTensor·Â„ñºƒ  ( :"€€€€B‚[0.2MB] edge_52_res3b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H·Â„ñºƒµ

RecvTensor½Â„ñºƒ ã(ã:
"€€B€[2048B] edge_53_bn3b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H½Â„ñºƒ³

RecvTensorÃÂ„ñºƒ „(„:
"€€B[2048B] edge_54_bn3b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÃÂ„ñºƒ¹

RecvTensorÉÂ„ñºƒ ²(²:"€€€€B‚[0.2MB] edge_55_res3c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÉÂ„ñºƒ³

RecvTensorÏÂ„ñºƒ ÷(÷:
"€€B[512B] edge_56_bn3c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÏÂ„ñºƒ²

RecvTensorÕÂ„ñºƒ ‚(‚:
"€€B~[512B] edge_57_bn3c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÕÂ„ñºƒ¹

RecvTensorÜÂ„ñºƒ é(é:"€€$€€$B‚[0.6MB] edge_58_res3c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÜÂ„ñºƒ³

RecvTensorâÂ„ñºƒ Ã(Ã:
"€€B[512B] edge_59_bn3c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HâÂ„ñºƒ²

RecvTensoréÂ„ñºƒ ¾(¾:
"€€B~[512B] edge_60_bn3c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HéÂ„ñºƒ¹

RecvTensorïÂ„ñºƒ ´(´:"€€€€B‚[0.2MB] edge_61_res3c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HïÂ„ñºƒµ

RecvTensorõÂ„ñºƒ ²(²:
"€€B€[2048B] edge_62_bn3c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HõÂ„ñºƒ³

RecvTensorüÂ„ñºƒ ©(©:
"€€B[2048B] edge_63_bn3c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HüÂ„ñºƒ¹

RecvTensor‚Ã„ñºƒ ğ!(ğ!:"€€€€B‚[0.2MB] edge_64_res3d_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‚Ã„ñºƒ³

RecvTensor‡Ã„ñºƒ ¡(¡:
"€€B[512B] edge_65_bn3d_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‡Ã„ñºƒ²

RecvTensorÃ„ñºƒ ‰ (‰ :
"€€B~[512B] edge_66_bn3d_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÃ„ñºƒ¹

RecvTensor“Ã„ñºƒ ƒ (ƒ :"€€$€€$B‚[0.6MB] edge_67_res3d_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H“Ã„ñºƒ³

RecvTensor™Ã„ñºƒ Ú!(Ú!:
"€€B[512B] edge_68_bn3d_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H™Ã„ñºƒ²

RecvTensorŸÃ„ñºƒ Ó!(Ó!:
"€€B~[512B] edge_69_bn3d_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŸÃ„ñºƒ¹

RecvTensor¥Ã„ñºƒ ­#(­#:"€€€€B‚[0.2MB] edge_70_res3d_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¥Ã„ñºƒµ

RecvTensorªÃ„ñºƒ Ì!(Ì!:
"€€B€[2048B] edge_71_bn3d_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HªÃ„ñºƒ³

RecvTensor±Ã„ñºƒ Ã!(Ã!:
"€€B[2048B] edge_72_bn3d_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H±Ã„ñºƒ¹

RecvTensor·Ã„ñºƒ Ò&(Ò&:"€€ €€ B‚[0.5MB] edge_73_res4a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H·Ã„ñºƒµ

RecvTensor½Ã„ñºƒ Í&(Í&:
"€€B€[1024B] edge_74_bn4a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H½Ã„ñºƒ³

RecvTensorÃÃ„ñºƒ €6(€6:
"€€B[1024B] edge_75_bn4a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÃÃ„ñºƒ»

RecvTensorÉÃ„ñºƒ ù5(ù5:"
€€€€B‚[2.2MB] edge_76_res4a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÉÃ„ñºƒµ

RecvTensorÏÃ„ñºƒ ô5(ô5:
"€€B€[1024B] edge_77_bn4a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÏÃ„ñºƒ³

RecvTensorÖÃ„ñºƒ µQ(µQ:
"€€B[1024B] edge_78_bn4a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÖÃ„ñºƒ¹

RecvTensorÜÃ„ñºƒ Ù<(Ù<:"€€@€€@B‚[1.0MB] edge_79_res4a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÜÃ„ñºƒµ

RecvTensorâÃ„ñºƒ å5(å5:
"€ € B€[4096B] edge_80_bn4a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HâÃ„ñºƒ³

RecvTensorèÃ„ñºƒ ±J(±J:
"€ € B[4096B] edge_81_bn4a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HèÃ„ñºƒº

RecvTensorîÃ„ñºƒ §J(§J:"
€€€€€€B[2.0MB] edge_82_res4a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HîÃ„ñºƒ³

RecvTensorôÃ„ñºƒ Å<(Å<:
"€ € B[4096B] edge_83_bn4a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HôÃ„ñºƒ²

RecvTensorùÃ„ñºƒ £J(£J:
"€ € B~[4096B] edge_84_bn4a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HùÃ„ñºƒ¹

RecvTensorÿÃ„ñºƒ ‹Q(‹Q:"€€@€€@B‚[1.0MB] edge_85_res4b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÿÃ„ñºƒµ

RecvTensor…Ä„ñºƒ ‡Q(‡Q:
"€€B€[1024B] edge_86_bn4b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H…Ä„ñºƒ³

RecvTensor‹Ä„ñºƒ ‚Q(‚Q:
"€€B[1024B] edge_87_bn4b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‹Ä„ñºƒ»

RecvTensor‘Ä„ñºƒ µ`(µ`:"
€€€€B‚[2.2MB] edge_88_res4b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‘Ä„ñºƒµ

RecvTensor—Ä„ñºƒ ¡g(¡g:
"€€B€[1024B] edge_89_bn4b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H—Ä„ñºƒ³

RecvTensorÄ„ñºƒ ñP(ñP:
"€€B[1024B] edge_90_bn4b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÄ„ñºƒ¹

RecvTensor£Ä„ñºƒ •g(•g:"€€@€€@B‚[1.0MB] edge_91_res4b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H£Ä„ñºƒµ

RecvTensor©Ä„ñºƒ  `( `:
"€ € B€[4096B] edge_92_bn4b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H©Ä„ñºƒ³

RecvTensor¯Ä„ñºƒ g(g:
"€ € B[4096B] edge_93_bn4b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¯Ä„ñºƒ¹

RecvTensorµÄ„ñºƒ °}(°}:"€€@€€@B‚[1.0MB] edge_94_res4c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HµÄ„ñºƒµ

RecvTensor»Ä„ñºƒ şf(şf:
"€€B€[1024B] edge_95_bn4c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H»Ä„ñºƒ³

RecvTensorÁÄ„ñºƒ ùf(ùf:
"€€B[1024B] edge_96_bn4c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÁÄ„ñºƒ»

RecvTensorÆÄ„ñºƒ ±v(±v:"
€€€€B‚[2.2MB] edge_97_res4c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÆÄ„ñºƒµ

RecvTensorÌÄ„ñºƒ š}(š}:
"€€B€[1024B] edge_98_bn4c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÌÄ„ñºƒ³

RecvTensorÓÄ„ñºƒ ëf(ëf:
"€€B[1024B] edge_99_bn4c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÓÄ„ñºƒ¼

RecvTensorÙÄ„ñºƒ íŠ(íŠ:"€€@€€@Bƒ[1.0MB] edge_100_res4c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÙÄ„ñºƒ¸

RecvTensorßÄ„ñºƒ øƒ(øƒ:
"€ € B[4096B] edge_101_bn4c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HßÄ„ñºƒ·

RecvTensoråÄ„ñºƒ åŠ(åŠ:
"€ € B€[4096B] edge_102_bn4c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HåÄ„ñºƒ¼

RecvTensorëÄ„ñºƒ éƒ(éƒ:"€€@€€@Bƒ[1.0MB] edge_103_res4d_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HëÄ„ñºƒ¸

RecvTensorñÄ„ñºƒ ÖŠ(ÖŠ:
"€€B[1024B] edge_104_bn4d_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HñÄ„ñºƒ·

RecvTensor÷Ä„ñºƒ Œš(Œš:
"€€B€[1024B] edge_105_bn4d_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H÷Ä„ñºƒ¾

RecvTensorıÄ„ñºƒ …š(…š:"
€€€€Bƒ[2.2MB] edge_106_res4d_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HıÄ„ñºƒ¸

RecvTensorƒÅ„ñºƒ ğ (ğ :
"€€B[1024B] edge_107_bn4d_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HƒÅ„ñºƒ·

RecvTensor‰Å„ñºƒ û™(û™:
"€€B€[1024B] edge_108_bn4d_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‰Å„ñºƒ¼

RecvTensorÅ„ñºƒ ã (ã :"€€@€€@Bƒ[1.0MB] edge_109_res4d_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÅ„ñºƒ¸

RecvTensor•Å„ñºƒ á (á :
"€ € B[4096B] edge_110_bn4d_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H•Å„ñºƒ·

RecvTensor›Å„ñºƒ ß (ß :
"€ € B€[4096B] edge_111_bn4d_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H›Å„ñºƒ¼

RecvTensor¡Å„ñºƒ È§(È§:"€€@€€@Bƒ[1.0MB] edge_112_res4e_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¡Å„ñºƒ¸

RecvTensor§Å„ñºƒ Ô (Ô :
"€€B[1024B] edge_113_bn4e_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H§Å„ñºƒ·

RecvTensor®Å„ñºƒ ¼§(¼§:
"€€B€[1024B] edge_114_bn4e_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H®Å„ñºƒ¾

RecvTensor´Å„ñºƒ î¶(î¶:"
€€€€Bƒ[2.2MB] edge_115_res4e_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H´Å„ñºƒ¸

RecvTensorºÅ„ñºƒ Ø½(Ø½:
"€€B[1024B] edge_116_bn4e_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HºÅ„ñºƒ·

RecvTensor¿Å„ñºƒ ä¶(ä¶:
"€€B€[1024B] edge_117_bn4e_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¿Å„ñºƒ¼

RecvTensorÅÅ„ñºƒ Ì½(Ì½:"€€@€€@Bƒ[1.0MB] edge_118_res4e_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÅÅ„ñºƒ¸

RecvTensorËÅ„ñºƒ öÓ(öÓ:
"€ € B[4096B] edge_119_bn4e_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HËÅ„ñºƒ·

RecvTensorÑÅ„ñºƒ ³Ä(³Ä:
"€ € B€[4096B] edge_120_bn4e_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÑÅ„ñºƒ¼

RecvTensor×Å„ñºƒ ©Ä(©Ä:"€€@€€@Bƒ[1.0MB] edge_121_res4f_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H×Å„ñºƒ¸

RecvTensorİÅ„ñºƒ ¨Ä(¨Ä:
"€€B[1024B] edge_122_bn4f_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HİÅ„ñºƒ·

RecvTensorãÅ„ñºƒ ÛÓ(ÛÓ:
"€€B€[1024B] edge_123_bn4f_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HãÅ„ñºƒ¾

RecvTensoréÅ„ñºƒ ÔÓ(ÔÓ:"
€€€€Bƒ[2.2MB] edge_124_res4f_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HéÅ„ñºƒ¸

RecvTensorïÅ„ñºƒ ÉÚ(ÉÚ:
"€€B[1024B] edge_125_bn4f_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HïÅ„ñºƒ·

RecvTensorôÅ„ñºƒ ÎÓ(ÎÓ:
"€€B€[1024B] edge_126_bn4f_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HôÅ„ñºƒ¼

RecvTensorúÅ„ñºƒ ºÚ(ºÚ:"€€@€€@Bƒ[1.0MB] edge_127_res4f_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HúÅ„ñºƒ¸

RecvTensorÆ„ñºƒ ÄÓ(ÄÓ:
"€ € B[4096B] edge_128_bn4f_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÆ„ñºƒ·

RecvTensor‡Æ„ñºƒ °Ú(°Ú:
"€ € B€[4096B] edge_129_bn4f_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‡Æ„ñºƒ¾

RecvTensorÆ„ñºƒ †è(†è:"
€€€€€€Bƒ[2.0MB] edge_130_res5a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÆ„ñºƒ¸

RecvTensor“Æ„ñºƒ ç¥(ç¥:
"€€B[2048B] edge_131_bn5a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H“Æ„ñºƒ·

RecvTensoršÆ„ñºƒ Ş¥(Ş¥:
"€€B€[2048B] edge_132_bn5a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HšÆ„ñºƒ¾

RecvTensor Æ„ñºƒ Õ¥(Õ¥:"
€€À€€ÀBƒ[9.0MB] edge_133_res5a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H Æ„ñºƒ¸

RecvTensor¦Æ„ñºƒ Ñ¥(Ñ¥:
"€€B[2048B] edge_134_bn5a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¦Æ„ñºƒ·

RecvTensor¬Æ„ñºƒ Ğ¥(Ğ¥:
"€€B€[2048B] edge_135_bn5a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¬Æ„ñºƒ¾

RecvTensor²Æ„ñºƒ ƒÁ(ƒÁ:"
€€€€€€Bƒ[4.0MB] edge_136_res5a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H²Æ„ñºƒ¸

RecvTensor¸Æ„ñºƒ ö÷(ö÷:
"€@€@B[8192B] edge_137_bn5a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¸Æ„ñºƒ·

RecvTensor¾Æ„ñºƒ …ø(…ø:
"€@€@B€[8192B] edge_138_bn5a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¾Æ„ñºƒ½

RecvTensorÄÆ„ñºƒ ã÷(ã÷:"
€€€€€€B‚[8.0MB] edge_139_res5a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÄÆ„ñºƒ·

RecvTensorÊÆ„ñºƒ ò÷(ò÷:
"€@€@B€[8192B] edge_140_bn5a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÊÆ„ñºƒµ

RecvTensorĞÆ„ñºƒ å÷(å÷:
"€@€@B[8192B] edge_141_bn5a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HĞÆ„ñºƒ¾

RecvTensorÖÆ„ñºƒ §“(§“:"
€€€€€€Bƒ[4.0MB] edge_142_res5b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÖÆ„ñºƒ¸

RecvTensorÜÆ„ñºƒ £“(£“:
"€€B[2048B] edge_143_bn5b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÜÆ„ñºƒ·

RecvTensorâÆ„ñºƒ â÷(â÷:
"€€B€[2048B] edge_144_bn5b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HâÆ„ñºƒ¾

RecvTensorèÆ„ñºƒ ûĞ(ûĞ:"
€€À€€ÀBƒ[9.0MB] edge_145_res5b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HèÆ„ñºƒ¸

RecvTensorîÆ„ñºƒ ““(““:
"€€B[2048B] edge_146_bn5b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HîÆ„ñºƒ·

RecvTensorôÆ„ñºƒ “(“:
"€€B€[2048B] edge_147_bn5b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HôÆ„ñºƒ¾

RecvTensorúÆ„ñºƒ ¢ì(¢ì:"
€€€€€€Bƒ[4.0MB] edge_148_res5b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HúÆ„ñºƒ¸

RecvTensor€Ç„ñºƒ å‡(å‡:
"€@€@B[8192B] edge_149_bn5b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H€Ç„ñºƒ·

RecvTensor…Ç„ñºƒ ×‡(×‡:
"€@€@B€[8192B] edge_150_bn5b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H…Ç„ñºƒ¾

RecvTensor‹Ç„ñºƒ Ê‡(Ê‡:"
€€€€€€Bƒ[4.0MB] edge_151_res5c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‹Ç„ñºƒ¸

RecvTensor‘Ç„ñºƒ ¶Å(¶Å:
"€€B[2048B] edge_152_bn5c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‘Ç„ñºƒ·

RecvTensor—Ç„ñºƒ Ç‡(Ç‡:
"€€B€[2048B] edge_153_bn5c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H—Ç„ñºƒ¾

RecvTensorÇ„ñºƒ §Å(§Å:"
€€À€€ÀBƒ[9.0MB] edge_154_res5c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÇ„ñºƒ¸

RecvTensor¤Ç„ñºƒ ¥Å(¥Å:
"€€B[2048B] edge_155_bn5c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¤Ç„ñºƒ·

RecvTensor©Ç„ñºƒ ¢Å(¢Å:
"€€B€[2048B] edge_156_bn5c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H©Ç„ñºƒ¾

RecvTensor¯Ç„ñºƒ ©–(©–:"
€€€€€€Bƒ[4.0MB] edge_157_res5c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¯Ç„ñºƒ¸

RecvTensorµÇ„ñºƒ œÅ(œÅ:
"€@€@B[8192B] edge_158_bn5c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HµÇ„ñºƒ·

RecvTensor»Ç„ñºƒ ¤–(¤–:
"€@€@B€[8192B] edge_159_bn5c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H»Ç„ñºƒµ

RecvTensorÂÇ„ñºƒ İú(İú:"
€€ô€€ôB{[7.8MB] edge_160_fc1000/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÂÇ„ñºƒ¯

RecvTensorÈÇ„ñºƒ š–(š–:
"  By[4000B] edge_161_fc1000/bias/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÈÇ„ñºƒ\
conv1/Conv2DˆÁ„ñºƒ ÿ(ÿB2conv1/Conv2D = Conv2D(input, conv1/kernel/read_S1)HˆÁ„ñºƒP 
bn_conv1/FusedBatchNormV3‡Ò„ñºƒ Ï
(Ï
Bibn_conv1/FusedBatchNormV3 = FusedBatchNormV3(conv1/Conv2D, bn_conv1/gamma/read_S2, bn_conv1/beta/read_S3)H‡Ò„ñºƒP^
conv1_relu/ReluÖÜ„ñºƒ å(åB1conv1_relu/Relu = Relu(bn_conv1/FusedBatchNormV3)HÖÜ„ñºƒPS
pool1/MaxPool»ã„ñºƒ ­(­B(pool1/MaxPool = MaxPool(conv1_relu/Relu)H»ã„ñºƒP
res2a_branch2a/Conv2Dèç„ñºƒ ı(ıBLres2a_branch2a/Conv2D = Conv2D(pool1/MaxPool, res2a_branch2a/kernel/read_S4)Hèç„ñºƒP¾
bn2a_branch2a/FusedBatchNormV3åé„ñºƒ Ø(ØBbn2a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch2a/Conv2D, bn2a_branch2a/gamma/read_S5, bn2a_branch2a/beta/read_S6)Håé„ñºƒPu
res2a_branch2a_relu/Relu½ì„ñºƒ ì(ìB?res2a_branch2a_relu/Relu = Relu(bn2a_branch2a/FusedBatchNormV3)H½ì„ñºƒPŠ
res2a_branch2b/Conv2D©î„ñºƒ Š(ŠBWres2a_branch2b/Conv2D = Conv2D(res2a_branch2a_relu/Relu, res2a_branch2b/kernel/read_S7)H©î„ñºƒP¾
bn2a_branch2b/FusedBatchNormV3³ÿ„ñºƒ Ó(ÓBbn2a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch2b/Conv2D, bn2a_branch2b/gamma/read_S8, bn2a_branch2b/beta/read_S9)H³ÿ„ñºƒPu
res2a_branch2b_relu/Relu†‚…ñºƒ ò(òB?res2a_branch2b_relu/Relu = Relu(bn2a_branch2b/FusedBatchNormV3)H†‚…ñºƒP‹
res2a_branch2c/Conv2Døƒ…ñºƒ ¨(¨BXres2a_branch2c/Conv2D = Conv2D(res2a_branch2b_relu/Relu, res2a_branch2c/kernel/read_S10)Høƒ…ñºƒPÀ
bn2a_branch2c/FusedBatchNormV3 Œ…ñºƒ •
(•
Bƒbn2a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch2c/Conv2D, bn2a_branch2c/gamma/read_S11, bn2a_branch2c/beta/read_S12)H Œ…ñºƒP}
res2a_branch1/Conv2Dµ–…ñºƒ Ò(ÒBKres2a_branch1/Conv2D = Conv2D(pool1/MaxPool, res2a_branch1/kernel/read_S13)Hµ–…ñºƒPº
bn2a_branch1/FusedBatchNormV3‡…ñºƒ ‹
(‹
Bbn2a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch1/Conv2D, bn2a_branch1/gamma/read_S14, bn2a_branch1/beta/read_S15)H‡…ñºƒPw
	res2a/add’¨…ñºƒ —
(—
BPres2a/add = AddV2(bn2a_branch2c/FusedBatchNormV3, bn2a_branch1/FusedBatchNormV3)H’¨…ñºƒPN
res2a_relu/Relu©²…ñºƒ ó(óB!res2a_relu/Relu = Relu(res2a/add)H©²…ñºƒP‚
res2b_branch2a/Conv2Dœ¹…ñºƒ È(ÈBOres2b_branch2a/Conv2D = Conv2D(res2a_relu/Relu, res2b_branch2a/kernel/read_S16)Hœ¹…ñºƒPÀ
bn2b_branch2a/FusedBatchNormV3äÀ…ñºƒ Í(ÍBƒbn2b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res2b_branch2a/Conv2D, bn2b_branch2a/gamma/read_S17, bn2b_branch2a/beta/read_S18)HäÀ…ñºƒPu
res2b_branch2a_relu/Relu±Ã…ñºƒ ú(úB?res2b_branch2a_relu/Relu = Relu(bn2b_branch2a/FusedBatchNormV3)H±Ã…ñºƒP‹
res2b_branch2b/Conv2D«Å…ñºƒ ‘(‘BXres2b_branch2b/Conv2D = Conv2D(res2b_branch2a_relu/Relu, res2b_branch2b/kernel/read_S19)H«Å…ñºƒPÀ
bn2b_branch2b/FusedBatchNormV3¼Õ…ñºƒ Î(ÎBƒbn2b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res2b_branch2b/Conv2D, bn2b_branch2b/gamma/read_S20, bn2b_branch2b/beta/read_S21)H¼Õ…ñºƒPu
res2b_branch2b_relu/ReluŠØ…ñºƒ è(èB?res2b_branch2b_relu/Relu = Relu(bn2b_branch2b/FusedBatchNormV3)HŠØ…ñºƒP‹
res2b_branch2c/Conv2DòÙ…ñºƒ ç(çBXres2b_branch2c/Conv2D = Conv2D(res2b_branch2b_relu/Relu, res2b_branch2c/kernel/read_S22)HòÙ…ñºƒPÀ
bn2b_branch2c/FusedBatchNormV3Ùá…ñºƒ ƒ
(ƒ
Bƒbn2b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res2b_branch2c/Conv2D, bn2b_branch2c/gamma/read_S23, bn2b_branch2c/beta/read_S24)HÙá…ñºƒPi
	res2b/addÜë…ñºƒ ï
(ï
BBres2b/add = AddV2(bn2b_branch2c/FusedBatchNormV3, res2a_relu/Relu)HÜë…ñºƒPN
res2b_relu/ReluËö…ñºƒ ±(±B!res2b_relu/Relu = Relu(res2b/add)HËö…ñºƒP‚
res2c_branch2a/Conv2Düı…ñºƒ Ø(ØBOres2c_branch2a/Conv2D = Conv2D(res2b_relu/Relu, res2c_branch2a/kernel/read_S25)Hüı…ñºƒPÀ
bn2c_branch2a/FusedBatchNormV3Ô…†ñºƒ Ö(ÖBƒbn2c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res2c_branch2a/Conv2D, bn2c_branch2a/gamma/read_S26, bn2c_branch2a/beta/read_S27)HÔ…†ñºƒPu
res2c_branch2a_relu/Reluªˆ†ñºƒ ì(ìB?res2c_branch2a_relu/Relu = Relu(bn2c_branch2a/FusedBatchNormV3)Hªˆ†ñºƒP‹
res2c_branch2b/Conv2D–Š†ñºƒ †(†BXres2c_branch2b/Conv2D = Conv2D(res2c_branch2a_relu/Relu, res2c_branch2b/kernel/read_S28)H–Š†ñºƒPÀ
bn2c_branch2b/FusedBatchNormV3œ›†ñºƒ ê(êBƒbn2c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res2c_branch2b/Conv2D, bn2c_branch2b/gamma/read_S29, bn2c_branch2b/beta/read_S30)Hœ›†ñºƒPu
res2c_branch2b_relu/Relu††ñºƒ ø(øB?res2c_branch2b_relu/Relu = Relu(bn2c_branch2b/FusedBatchNormV3)H††ñºƒP‹
res2c_branch2c/Conv2DşŸ†ñºƒ ­(­BXres2c_branch2c/Conv2D = Conv2D(res2c_branch2b_relu/Relu, res2c_branch2c/kernel/read_S31)HşŸ†ñºƒPÀ
bn2c_branch2c/FusedBatchNormV3«§†ñºƒ ß	(ß	Bƒbn2c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res2c_branch2c/Conv2D, bn2c_branch2c/gamma/read_S32, bn2c_branch2c/beta/read_S33)H«§†ñºƒPi
	res2c/addŠ±†ñºƒ  
( 
BBres2c/add = AddV2(bn2c_branch2c/FusedBatchNormV3, res2b_relu/Relu)HŠ±†ñºƒPN
res2c_relu/Reluª»†ñºƒ æ(æB!res2c_relu/Relu = Relu(res2c/add)Hª»†ñºƒP‚
res3a_branch2a/Conv2DÂ†ñºƒ ¢(¢BOres3a_branch2a/Conv2D = Conv2D(res2c_relu/Relu, res3a_branch2a/kernel/read_S34)HÂ†ñºƒPÀ
bn3a_branch2a/FusedBatchNormV3²Ñ†ñºƒ ¡(¡Bƒbn3a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch2a/Conv2D, bn3a_branch2a/gamma/read_S35, bn3a_branch2a/beta/read_S36)H²Ñ†ñºƒPu
res3a_branch2a_relu/ReluÓÖ†ñºƒ ¬(¬B?res3a_branch2a_relu/Relu = Relu(bn3a_branch2a/FusedBatchNormV3)HÓÖ†ñºƒP‹
res3a_branch2b/Conv2DÿÙ†ñºƒ Ñ(ÑBXres3a_branch2b/Conv2D = Conv2D(res3a_branch2a_relu/Relu, res3a_branch2b/kernel/read_S37)HÿÙ†ñºƒPÀ
bn3a_branch2b/FusedBatchNormV3Ğë†ñºƒ Ë(ËBƒbn3a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch2b/Conv2D, bn3a_branch2b/gamma/read_S38, bn3a_branch2b/beta/read_S39)HĞë†ñºƒPu
res3a_branch2b_relu/Relu›í†ñºƒ ˆ(ˆB?res3a_branch2b_relu/Relu = Relu(bn3a_branch2b/FusedBatchNormV3)H›í†ñºƒP‹
res3a_branch2c/Conv2D£î†ñºƒ ·(·BXres3a_branch2c/Conv2D = Conv2D(res3a_branch2b_relu/Relu, res3a_branch2c/kernel/read_S40)H£î†ñºƒPÀ
bn3a_branch2c/FusedBatchNormV3Úõ†ñºƒ ˜(˜Bƒbn3a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch2c/Conv2D, bn3a_branch2c/gamma/read_S41, bn3a_branch2c/beta/read_S42)HÚõ†ñºƒP
res3a_branch1/Conv2Dòú†ñºƒ „(„BMres3a_branch1/Conv2D = Conv2D(res2c_relu/Relu, res3a_branch1/kernel/read_S43)Hòú†ñºƒPº
bn3a_branch1/FusedBatchNormV3ö‰‡ñºƒ €(€Bbn3a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch1/Conv2D, bn3a_branch1/gamma/read_S44, bn3a_branch1/beta/read_S45)Hö‰‡ñºƒPw
	res3a/addö‡ñºƒ ›(›BPres3a/add = AddV2(bn3a_branch2c/FusedBatchNormV3, bn3a_branch1/FusedBatchNormV3)Hö‡ñºƒPN
res3a_relu/Relu‘”‡ñºƒ ¾(¾B!res3a_relu/Relu = Relu(res3a/add)H‘”‡ñºƒP‚
res3b_branch2a/Conv2DÏ—‡ñºƒ Ê(ÊBOres3b_branch2a/Conv2D = Conv2D(res3a_relu/Relu, res3b_branch2a/kernel/read_S46)HÏ—‡ñºƒPÀ
bn3b_branch2a/FusedBatchNormV3™Ÿ‡ñºƒ ´(´Bƒbn3b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3b_branch2a/Conv2D, bn3b_branch2a/gamma/read_S47, bn3b_branch2a/beta/read_S48)H™Ÿ‡ñºƒPu
res3b_branch2a_relu/ReluÍ ‡ñºƒ ‚(‚B?res3b_branch2a_relu/Relu = Relu(bn3b_branch2a/FusedBatchNormV3)HÍ ‡ñºƒP‹
res3b_branch2b/Conv2DÏ¡‡ñºƒ à(àBXres3b_branch2b/Conv2D = Conv2D(res3b_branch2a_relu/Relu, res3b_branch2b/kernel/read_S49)HÏ¡‡ñºƒPÀ
bn3b_branch2b/FusedBatchNormV3¯²‡ñºƒ À(ÀBƒbn3b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3b_branch2b/Conv2D, bn3b_branch2b/gamma/read_S50, bn3b_branch2b/beta/read_S51)H¯²‡ñºƒPu
res3b_branch2b_relu/Reluï³‡ñºƒ ‚(‚B?res3b_branch2b_relu/Relu = Relu(bn3b_branch2b/FusedBatchNormV3)Hï³‡ñºƒP‹
res3b_branch2c/Conv2Dñ´‡ñºƒ Ø(ØBXres3b_branch2c/Conv2D = Conv2D(res3b_branch2b_relu/Relu, res3b_branch2c/kernel/read_S52)Hñ´‡ñºƒPÀ
bn3b_branch2c/FusedBatchNormV3É¼‡ñºƒ ’(’Bƒbn3b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3b_branch2c/Conv2D, bn3b_branch2c/gamma/read_S53, bn3b_branch2c/beta/read_S54)HÉ¼‡ñºƒPi
	res3b/addÛÁ‡ñºƒ …(…BBres3b/add = AddV2(bn3b_branch2c/FusedBatchNormV3, res3a_relu/Relu)HÛÁ‡ñºƒPN
res3b_relu/ReluàÆ‡ñºƒ ß(ßB!res3b_relu/Relu = Relu(res3b/add)HàÆ‡ñºƒP‚
res3c_branch2a/Conv2D¿Ê‡ñºƒ ±(±BOres3c_branch2a/Conv2D = Conv2D(res3b_relu/Relu, res3c_branch2a/kernel/read_S55)H¿Ê‡ñºƒPÀ
bn3c_branch2a/FusedBatchNormV3ğÑ‡ñºƒ Â(ÂBƒbn3c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3c_branch2a/Conv2D, bn3c_branch2a/gamma/read_S56, bn3c_branch2a/beta/read_S57)HğÑ‡ñºƒPs
res3c_branch2a_relu/Relu²Ó‡ñºƒ (B?res3c_branch2a_relu/Relu = Relu(bn3c_branch2a/FusedBatchNormV3)H²Ó‡ñºƒP‹
res3c_branch2b/Conv2D±Ô‡ñºƒ ×(×BXres3c_branch2b/Conv2D = Conv2D(res3c_branch2a_relu/Relu, res3c_branch2b/kernel/read_S58)H±Ô‡ñºƒPÀ
bn3c_branch2b/FusedBatchNormV3ˆæ‡ñºƒ ´(´Bƒbn3c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3c_branch2b/Conv2D, bn3c_branch2b/gamma/read_S59, bn3c_branch2b/beta/read_S60)Hˆæ‡ñºƒPu
res3c_branch2b_relu/Relu¼ç‡ñºƒ …(…B?res3c_branch2b_relu/Relu = Relu(bn3c_branch2b/FusedBatchNormV3)H¼ç‡ñºƒP‹
res3c_branch2c/Conv2DÁè‡ñºƒ Ú(ÚBXres3c_branch2c/Conv2D = Conv2D(res3c_branch2b_relu/Relu, res3c_branch2c/kernel/read_S61)HÁè‡ñºƒPÀ
bn3c_branch2c/FusedBatchNormV3›ğ‡ñºƒ ¢(¢Bƒbn3c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3c_branch2c/Conv2D, bn3c_branch2c/gamma/read_S62, bn3c_branch2c/beta/read_S63)H›ğ‡ñºƒPi
	res3c/add½õ‡ñºƒ «(«BBres3c/add = AddV2(bn3c_branch2c/FusedBatchNormV3, res3b_relu/Relu)H½õ‡ñºƒPN
res3c_relu/Reluèú‡ñºƒ Ì(ÌB!res3c_relu/Relu = Relu(res3c/add)Hèú‡ñºƒP‚
res3d_branch2a/Conv2D´ş‡ñºƒ Â(ÂBOres3d_branch2a/Conv2D = Conv2D(res3c_relu/Relu, res3d_branch2a/kernel/read_S64)H´ş‡ñºƒPÀ
bn3d_branch2a/FusedBatchNormV3ö…ˆñºƒ ¾(¾Bƒbn3d_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3d_branch2a/Conv2D, bn3d_branch2a/gamma/read_S65, bn3d_branch2a/beta/read_S66)Hö…ˆñºƒPu
res3d_branch2a_relu/Relu´‡ˆñºƒ €(€B?res3d_branch2a_relu/Relu = Relu(bn3d_branch2a/FusedBatchNormV3)H´‡ˆñºƒP‹
res3d_branch2b/Conv2D´ˆˆñºƒ (BXres3d_branch2b/Conv2D = Conv2D(res3d_branch2a_relu/Relu, res3d_branch2b/kernel/read_S67)H´ˆˆñºƒPÀ
bn3d_branch2b/FusedBatchNormV3Á™ˆñºƒ Á(ÁBƒbn3d_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3d_branch2b/Conv2D, bn3d_branch2b/gamma/read_S68, bn3d_branch2b/beta/read_S69)HÁ™ˆñºƒPu
res3d_branch2b_relu/Relu‚›ˆñºƒ †(†B?res3d_branch2b_relu/Relu = Relu(bn3d_branch2b/FusedBatchNormV3)H‚›ˆñºƒP‹
res3d_branch2c/Conv2Dˆœˆñºƒ °(°BXres3d_branch2c/Conv2D = Conv2D(res3d_branch2b_relu/Relu, res3d_branch2c/kernel/read_S70)HˆœˆñºƒPÀ
bn3d_branch2c/FusedBatchNormV3¸£ˆñºƒ °(°Bƒbn3d_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3d_branch2c/Conv2D, bn3d_branch2c/gamma/read_S71, bn3d_branch2c/beta/read_S72)H¸£ˆñºƒPi
	res3d/addè¨ˆñºƒ †(†BBres3d/add = AddV2(bn3d_branch2c/FusedBatchNormV3, res3c_relu/Relu)Hè¨ˆñºƒPN
res3d_relu/Reluî­ˆñºƒ Ã(ÃB!res3d_relu/Relu = Relu(res3d/add)Hî­ˆñºƒP‚
res4a_branch2a/Conv2D±±ˆñºƒ –(–BOres4a_branch2a/Conv2D = Conv2D(res3d_relu/Relu, res4a_branch2a/kernel/read_S73)H±±ˆñºƒPÀ
bn4a_branch2a/FusedBatchNormV3ÇÁˆñºƒ ô(ôBƒbn4a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch2a/Conv2D, bn4a_branch2a/gamma/read_S74, bn4a_branch2a/beta/read_S75)HÇÁˆñºƒPu
res4a_branch2a_relu/Relu»Äˆñºƒ î(îB?res4a_branch2a_relu/Relu = Relu(bn4a_branch2a/FusedBatchNormV3)H»ÄˆñºƒP‹
res4a_branch2b/Conv2D©Æˆñºƒ (BXres4a_branch2b/Conv2D = Conv2D(res4a_branch2a_relu/Relu, res4a_branch2b/kernel/read_S76)H©ÆˆñºƒP¾
bn4a_branch2b/FusedBatchNormV3¶×ˆñºƒ k(kBƒbn4a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch2b/Conv2D, bn4a_branch2b/gamma/read_S77, bn4a_branch2b/beta/read_S78)H¶×ˆñºƒPs
res4a_branch2b_relu/Relu¡Øˆñºƒ O(OB?res4a_branch2b_relu/Relu = Relu(bn4a_branch2b/FusedBatchNormV3)H¡ØˆñºƒP‹
res4a_branch2c/Conv2DğØˆñºƒ •(•BXres4a_branch2c/Conv2D = Conv2D(res4a_branch2b_relu/Relu, res4a_branch2c/kernel/read_S79)HğØˆñºƒPÀ
bn4a_branch2c/FusedBatchNormV3…àˆñºƒ Ø(ØBƒbn4a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch2c/Conv2D, bn4a_branch2c/gamma/read_S80, bn4a_branch2c/beta/read_S81)H…àˆñºƒP
res4a_branch1/Conv2Dİâˆñºƒ —(—BMres4a_branch1/Conv2D = Conv2D(res3d_relu/Relu, res4a_branch1/kernel/read_S82)HİâˆñºƒPº
bn4a_branch1/FusedBatchNormV3ôñˆñºƒ Ú(ÚBbn4a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch1/Conv2D, bn4a_branch1/gamma/read_S83, bn4a_branch1/beta/read_S84)HôñˆñºƒPw
	res4a/addÎôˆñºƒ Ø(ØBPres4a/add = AddV2(bn4a_branch2c/FusedBatchNormV3, bn4a_branch1/FusedBatchNormV3)HÎôˆñºƒPN
res4a_relu/Relu¦÷ˆñºƒ ò(òB!res4a_relu/Relu = Relu(res4a/add)H¦÷ˆñºƒP‚
res4b_branch2a/Conv2D˜ùˆñºƒ ş(şBOres4b_branch2a/Conv2D = Conv2D(res4a_relu/Relu, res4b_branch2a/kernel/read_S85)H˜ùˆñºƒP¾
bn4b_branch2a/FusedBatchNormV3–‰ñºƒ e(eBƒbn4b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4b_branch2a/Conv2D, bn4b_branch2a/gamma/read_S86, bn4b_branch2a/beta/read_S87)H–‰ñºƒPs
res4b_branch2a_relu/Reluû‰ñºƒ O(OB?res4b_branch2a_relu/Relu = Relu(bn4b_branch2a/FusedBatchNormV3)Hû‰ñºƒP‹
res4b_branch2b/Conv2DÊ‚‰ñºƒ Ì(ÌBXres4b_branch2b/Conv2D = Conv2D(res4b_branch2a_relu/Relu, res4b_branch2b/kernel/read_S88)HÊ‚‰ñºƒP¾
bn4b_branch2b/FusedBatchNormV3–“‰ñºƒ l(lBƒbn4b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4b_branch2b/Conv2D, bn4b_branch2b/gamma/read_S89, bn4b_branch2b/beta/read_S90)H–“‰ñºƒPs
res4b_branch2b_relu/Relu‚”‰ñºƒ M(MB?res4b_branch2b_relu/Relu = Relu(bn4b_branch2b/FusedBatchNormV3)H‚”‰ñºƒP‹
res4b_branch2c/Conv2DÏ”‰ñºƒ İ(İBXres4b_branch2c/Conv2D = Conv2D(res4b_branch2b_relu/Relu, res4b_branch2c/kernel/read_S91)HÏ”‰ñºƒPÀ
bn4b_branch2c/FusedBatchNormV3¬œ‰ñºƒ Ô(ÔBƒbn4b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4b_branch2c/Conv2D, bn4b_branch2c/gamma/read_S92, bn4b_branch2c/beta/read_S93)H¬œ‰ñºƒPi
	res4b/add€Ÿ‰ñºƒ Õ(ÕBBres4b/add = AddV2(bn4b_branch2c/FusedBatchNormV3, res4a_relu/Relu)H€Ÿ‰ñºƒPN
res4b_relu/ReluÕ¡‰ñºƒ õ(õB!res4b_relu/Relu = Relu(res4b/add)HÕ¡‰ñºƒP‚
res4c_branch2a/Conv2DÊ£‰ñºƒ ó(óBOres4c_branch2a/Conv2D = Conv2D(res4b_relu/Relu, res4c_branch2a/kernel/read_S94)HÊ£‰ñºƒP¾
bn4c_branch2a/FusedBatchNormV3½«‰ñºƒ k(kBƒbn4c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4c_branch2a/Conv2D, bn4c_branch2a/gamma/read_S95, bn4c_branch2a/beta/read_S96)H½«‰ñºƒPs
res4c_branch2a_relu/Relu¨¬‰ñºƒ M(MB?res4c_branch2a_relu/Relu = Relu(bn4c_branch2a/FusedBatchNormV3)H¨¬‰ñºƒP‹
res4c_branch2b/Conv2Dõ¬‰ñºƒ ä(äBXres4c_branch2b/Conv2D = Conv2D(res4c_branch2a_relu/Relu, res4c_branch2b/kernel/read_S97)Hõ¬‰ñºƒP¾
bn4c_branch2b/FusedBatchNormV3Ù½‰ñºƒ i(iBƒbn4c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4c_branch2b/Conv2D, bn4c_branch2b/gamma/read_S98, bn4c_branch2b/beta/read_S99)HÙ½‰ñºƒPs
res4c_branch2b_relu/ReluÂ¾‰ñºƒ K(KB?res4c_branch2b_relu/Relu = Relu(bn4c_branch2b/FusedBatchNormV3)HÂ¾‰ñºƒPŒ
res4c_branch2c/Conv2D¿‰ñºƒ ë(ëBYres4c_branch2c/Conv2D = Conv2D(res4c_branch2b_relu/Relu, res4c_branch2c/kernel/read_S100)H¿‰ñºƒPÂ
bn4c_branch2c/FusedBatchNormV3øÆ‰ñºƒ Ë(ËB…bn4c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4c_branch2c/Conv2D, bn4c_branch2c/gamma/read_S101, bn4c_branch2c/beta/read_S102)HøÆ‰ñºƒPi
	res4c/addÃÉ‰ñºƒ Ö(ÖBBres4c/add = AddV2(bn4c_branch2c/FusedBatchNormV3, res4b_relu/Relu)HÃÉ‰ñºƒPN
res4c_relu/Relu™Ì‰ñºƒ ã(ãB!res4c_relu/Relu = Relu(res4c/add)H™Ì‰ñºƒPƒ
res4d_branch2a/Conv2DüÍ‰ñºƒ È(ÈBPres4d_branch2a/Conv2D = Conv2D(res4c_relu/Relu, res4d_branch2a/kernel/read_S103)HüÍ‰ñºƒPÀ
bn4d_branch2a/FusedBatchNormV3ÄÕ‰ñºƒ `(`B…bn4d_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4d_branch2a/Conv2D, bn4d_branch2a/gamma/read_S104, bn4d_branch2a/beta/read_S105)HÄÕ‰ñºƒPs
res4d_branch2a_relu/Relu¤Ö‰ñºƒ K(KB?res4d_branch2a_relu/Relu = Relu(bn4d_branch2a/FusedBatchNormV3)H¤Ö‰ñºƒPŒ
res4d_branch2b/Conv2DïÖ‰ñºƒ ş(şBYres4d_branch2b/Conv2D = Conv2D(res4d_branch2a_relu/Relu, res4d_branch2b/kernel/read_S106)HïÖ‰ñºƒPÀ
bn4d_branch2b/FusedBatchNormV3íè‰ñºƒ d(dB…bn4d_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4d_branch2b/Conv2D, bn4d_branch2b/gamma/read_S107, bn4d_branch2b/beta/read_S108)Híè‰ñºƒPs
res4d_branch2b_relu/ReluÑé‰ñºƒ J(JB?res4d_branch2b_relu/Relu = Relu(bn4d_branch2b/FusedBatchNormV3)HÑé‰ñºƒPŒ
res4d_branch2c/Conv2D›ê‰ñºƒ Ô(ÔBYres4d_branch2c/Conv2D = Conv2D(res4d_branch2b_relu/Relu, res4d_branch2c/kernel/read_S109)H›ê‰ñºƒPÂ
bn4d_branch2c/FusedBatchNormV3ïñ‰ñºƒ ç(çB…bn4d_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4d_branch2c/Conv2D, bn4d_branch2c/gamma/read_S110, bn4d_branch2c/beta/read_S111)Hïñ‰ñºƒPi
	res4d/addÖô‰ñºƒ ä(äBBres4d/add = AddV2(bn4d_branch2c/FusedBatchNormV3, res4c_relu/Relu)HÖô‰ñºƒPN
res4d_relu/Reluº÷‰ñºƒ ñ(ñB!res4d_relu/Relu = Relu(res4d/add)Hº÷‰ñºƒPƒ
res4e_branch2a/Conv2D«ù‰ñºƒ —(—BPres4e_branch2a/Conv2D = Conv2D(res4d_relu/Relu, res4e_branch2a/kernel/read_S112)H«ù‰ñºƒPÀ
bn4e_branch2a/FusedBatchNormV3Â€Šñºƒ k(kB…bn4e_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4e_branch2a/Conv2D, bn4e_branch2a/gamma/read_S113, bn4e_branch2a/beta/read_S114)HÂ€ŠñºƒPs
res4e_branch2a_relu/Relu­Šñºƒ O(OB?res4e_branch2a_relu/Relu = Relu(bn4e_branch2a/FusedBatchNormV3)H­ŠñºƒPŒ
res4e_branch2b/Conv2DüŠñºƒ (BYres4e_branch2b/Conv2D = Conv2D(res4e_branch2a_relu/Relu, res4e_branch2b/kernel/read_S115)HüŠñºƒPÀ
bn4e_branch2b/FusedBatchNormV3‹“Šñºƒ f(fB…bn4e_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4e_branch2b/Conv2D, bn4e_branch2b/gamma/read_S116, bn4e_branch2b/beta/read_S117)H‹“ŠñºƒPs
res4e_branch2b_relu/Reluñ“Šñºƒ N(NB?res4e_branch2b_relu/Relu = Relu(bn4e_branch2b/FusedBatchNormV3)Hñ“ŠñºƒPŒ
res4e_branch2c/Conv2D¿”Šñºƒ Ó(ÓBYres4e_branch2c/Conv2D = Conv2D(res4e_branch2b_relu/Relu, res4e_branch2c/kernel/read_S118)H¿”ŠñºƒPÂ
bn4e_branch2c/FusedBatchNormV3’œŠñºƒ Û(ÛB…bn4e_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4e_branch2c/Conv2D, bn4e_branch2c/gamma/read_S119, bn4e_branch2c/beta/read_S120)H’œŠñºƒPi
	res4e/addíŠñºƒ €(€BBres4e/add = AddV2(bn4e_branch2c/FusedBatchNormV3, res4d_relu/Relu)HíŠñºƒPN
res4e_relu/Reluí¡Šñºƒ û(ûB!res4e_relu/Relu = Relu(res4e/add)Hí¡ŠñºƒPƒ
res4f_branch2a/Conv2Dè£Šñºƒ ğ(ğBPres4f_branch2a/Conv2D = Conv2D(res4e_relu/Relu, res4f_branch2a/kernel/read_S121)Hè£ŠñºƒPÀ
bn4f_branch2a/FusedBatchNormV3Ø«Šñºƒ i(iB…bn4f_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4f_branch2a/Conv2D, bn4f_branch2a/gamma/read_S122, bn4f_branch2a/beta/read_S123)HØ«ŠñºƒPs
res4f_branch2a_relu/ReluÁ¬Šñºƒ O(OB?res4f_branch2a_relu/Relu = Relu(bn4f_branch2a/FusedBatchNormV3)HÁ¬ŠñºƒPŒ
res4f_branch2b/Conv2D­Šñºƒ Ø(ØBYres4f_branch2b/Conv2D = Conv2D(res4f_branch2a_relu/Relu, res4f_branch2b/kernel/read_S124)H­ŠñºƒPÀ
bn4f_branch2b/FusedBatchNormV3è¼Šñºƒ f(fB…bn4f_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4f_branch2b/Conv2D, bn4f_branch2b/gamma/read_S125, bn4f_branch2b/beta/read_S126)Hè¼ŠñºƒPs
res4f_branch2b_relu/ReluÎ½Šñºƒ N(NB?res4f_branch2b_relu/Relu = Relu(bn4f_branch2b/FusedBatchNormV3)HÎ½ŠñºƒPŒ
res4f_branch2c/Conv2Dœ¾Šñºƒ °(°BYres4f_branch2c/Conv2D = Conv2D(res4f_branch2b_relu/Relu, res4f_branch2c/kernel/read_S127)Hœ¾ŠñºƒPÂ
bn4f_branch2c/FusedBatchNormV3ÌÅŠñºƒ Ù(ÙB…bn4f_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4f_branch2c/Conv2D, bn4f_branch2c/gamma/read_S128, bn4f_branch2c/beta/read_S129)HÌÅŠñºƒPi
	res4f/add¥ÈŠñºƒ á(áBBres4f/add = AddV2(bn4f_branch2c/FusedBatchNormV3, res4e_relu/Relu)H¥ÈŠñºƒPN
res4f_relu/Relu†ËŠñºƒ ì(ìB!res4f_relu/Relu = Relu(res4f/add)H†ËŠñºƒPƒ
res5a_branch2a/Conv2DòÌŠñºƒ ı(ıBPres5a_branch2a/Conv2D = Conv2D(res4f_relu/Relu, res5a_branch2a/kernel/read_S130)HòÌŠñºƒPÂ
bn5a_branch2a/FusedBatchNormV3ïÜŠñºƒ ²(²B…bn5a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch2a/Conv2D, bn5a_branch2a/gamma/read_S131, bn5a_branch2a/beta/read_S132)HïÜŠñºƒPs
res5a_branch2a_relu/Relu¡ŞŠñºƒ (B?res5a_branch2a_relu/Relu = Relu(bn5a_branch2a/FusedBatchNormV3)H¡ŞŠñºƒPŒ
res5a_branch2b/Conv2D ßŠñºƒ ¶(¶BYres5a_branch2b/Conv2D = Conv2D(res5a_branch2a_relu/Relu, res5a_branch2b/kernel/read_S133)H ßŠñºƒPÀ
bn5a_branch2b/FusedBatchNormV3ÖïŠñºƒ C(CB…bn5a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch2b/Conv2D, bn5a_branch2b/gamma/read_S134, bn5a_branch2b/beta/read_S135)HÖïŠñºƒPs
res5a_branch2b_relu/Relu™ğŠñºƒ 1(1B?res5a_branch2b_relu/Relu = Relu(bn5a_branch2b/FusedBatchNormV3)H™ğŠñºƒPŒ
res5a_branch2c/Conv2DÊğŠñºƒ Î(ÎBYres5a_branch2c/Conv2D = Conv2D(res5a_branch2b_relu/Relu, res5a_branch2c/kernel/read_S136)HÊğŠñºƒPÂ
bn5a_branch2c/FusedBatchNormV3˜øŠñºƒ µ(µB…bn5a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch2c/Conv2D, bn5a_branch2c/gamma/read_S137, bn5a_branch2c/beta/read_S138)H˜øŠñºƒP€
res5a_branch1/Conv2DÍùŠñºƒ –(–BNres5a_branch1/Conv2D = Conv2D(res4f_relu/Relu, res5a_branch1/kernel/read_S139)HÍùŠñºƒP½
bn5a_branch1/FusedBatchNormV3ãˆ‹ñºƒ ¿(¿Bbn5a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch1/Conv2D, bn5a_branch1/gamma/read_S140, bn5a_branch1/beta/read_S141)Hãˆ‹ñºƒPw
	res5a/add¢Š‹ñºƒ Â(ÂBPres5a/add = AddV2(bn5a_branch2c/FusedBatchNormV3, bn5a_branch1/FusedBatchNormV3)H¢Š‹ñºƒPN
res5a_relu/Reluä‹‹ñºƒ (B!res5a_relu/Relu = Relu(res5a/add)Hä‹‹ñºƒPƒ
res5b_branch2a/Conv2DåŒ‹ñºƒ Ñ(ÑBPres5b_branch2a/Conv2D = Conv2D(res5a_relu/Relu, res5b_branch2a/kernel/read_S142)HåŒ‹ñºƒPÀ
bn5b_branch2a/FusedBatchNormV3¶”‹ñºƒ <(<B…bn5b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res5b_branch2a/Conv2D, bn5b_branch2a/gamma/read_S143, bn5b_branch2a/beta/read_S144)H¶”‹ñºƒPs
res5b_branch2a_relu/Reluò”‹ñºƒ 2(2B?res5b_branch2a_relu/Relu = Relu(bn5b_branch2a/FusedBatchNormV3)Hò”‹ñºƒPŒ
res5b_branch2b/Conv2D¤•‹ñºƒ Ñ(ÑBYres5b_branch2b/Conv2D = Conv2D(res5b_branch2a_relu/Relu, res5b_branch2b/kernel/read_S145)H¤•‹ñºƒPÀ
bn5b_branch2b/FusedBatchNormV3õ¦‹ñºƒ B(BB…bn5b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res5b_branch2b/Conv2D, bn5b_branch2b/gamma/read_S146, bn5b_branch2b/beta/read_S147)Hõ¦‹ñºƒPs
res5b_branch2b_relu/Relu·§‹ñºƒ /(/B?res5b_branch2b_relu/Relu = Relu(bn5b_branch2b/FusedBatchNormV3)H·§‹ñºƒPŒ
res5b_branch2c/Conv2Dæ§‹ñºƒ ì(ìBYres5b_branch2c/Conv2D = Conv2D(res5b_branch2b_relu/Relu, res5b_branch2c/kernel/read_S148)Hæ§‹ñºƒPÂ
bn5b_branch2c/FusedBatchNormV3Ò¯‹ñºƒ ¯(¯B…bn5b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res5b_branch2c/Conv2D, bn5b_branch2c/gamma/read_S149, bn5b_branch2c/beta/read_S150)HÒ¯‹ñºƒPi
	res5b/add±‹ñºƒ ¼(¼BBres5b/add = AddV2(bn5b_branch2c/FusedBatchNormV3, res5a_relu/Relu)H±‹ñºƒPL
res5b_relu/Relu½²‹ñºƒ ~(~B!res5b_relu/Relu = Relu(res5b/add)H½²‹ñºƒPƒ
res5c_branch2a/Conv2D»³‹ñºƒ ÿ(ÿBPres5c_branch2a/Conv2D = Conv2D(res5b_relu/Relu, res5c_branch2a/kernel/read_S151)H»³‹ñºƒPÀ
bn5c_branch2a/FusedBatchNormV3º»‹ñºƒ =(=B…bn5c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res5c_branch2a/Conv2D, bn5c_branch2a/gamma/read_S152, bn5c_branch2a/beta/read_S153)Hº»‹ñºƒPs
res5c_branch2a_relu/Relu÷»‹ñºƒ 4(4B?res5c_branch2a_relu/Relu = Relu(bn5c_branch2a/FusedBatchNormV3)H÷»‹ñºƒPŒ
res5c_branch2b/Conv2D«¼‹ñºƒ ¯(¯BYres5c_branch2b/Conv2D = Conv2D(res5c_branch2a_relu/Relu, res5c_branch2b/kernel/read_S154)H«¼‹ñºƒPÀ
bn5c_branch2b/FusedBatchNormV3ÚÌ‹ñºƒ ?(?B…bn5c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res5c_branch2b/Conv2D, bn5c_branch2b/gamma/read_S155, bn5c_branch2b/beta/read_S156)HÚÌ‹ñºƒPs
res5c_branch2b_relu/Relu™Í‹ñºƒ 3(3B?res5c_branch2b_relu/Relu = Relu(bn5c_branch2b/FusedBatchNormV3)H™Í‹ñºƒPŒ
res5c_branch2c/Conv2DÌÍ‹ñºƒ Ê(ÊBYres5c_branch2c/Conv2D = Conv2D(res5c_branch2b_relu/Relu, res5c_branch2c/kernel/read_S157)HÌÍ‹ñºƒPÂ
bn5c_branch2c/FusedBatchNormV3–Õ‹ñºƒ ³(³B…bn5c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res5c_branch2c/Conv2D, bn5c_branch2c/gamma/read_S158, bn5c_branch2c/beta/read_S159)H–Õ‹ñºƒPi
	res5c/addÉÖ‹ñºƒ ¾(¾BBres5c/add = AddV2(bn5c_branch2c/FusedBatchNormV3, res5b_relu/Relu)HÉÖ‹ñºƒPL
res5c_relu/Relu‡Ø‹ñºƒ (B!res5c_relu/Relu = Relu(res5c/add)H‡Ø‹ñºƒPN
avg_pool/Mean†Ù‹ñºƒ P(PB%avg_pool/Mean = Mean(res5c_relu/Relu)H†Ù‹ñºƒPg
fc1000/MatMulÖÙ‹ñºƒ <(<B>fc1000/MatMul = MatMul(avg_pool/Mean, fc1000/kernel/read_S160)HÖÙ‹ñºƒPh
fc1000/BiasAdd’Ú‹ñºƒ (B>fc1000/BiasAdd = BiasAdd(fc1000/MatMul, fc1000/bias/read_S161)H’Ú‹ñºƒP˜
"loss/SoftmaxCrossEntropyWithLogits«Ú‹ñºƒ (BZloss/SoftmaxCrossEntropyWithLogits = SoftmaxCrossEntropyWithLogits(fc1000/BiasAdd, labels)H«Ú‹ñºƒPƒ
gradients/fc1000/bias_gradÅÚ‹ñºƒ (BMgradients/fc1000/bias_grad = BackpropGrad(loss/SoftmaxCrossEntropyWithLogits)HÅÚ‹ñºƒP
gradients/fc1000/kernel_gradİÚ‹ñºƒ Ÿ(ŸBGgradients/fc1000/kernel_grad = BackpropGrad(gradients/fc1000/bias_grad)HİÚ‹ñºƒP‹
!gradients/bn5c_branch2c/beta_gradüÛ‹ñºƒ O(OBNgradients/bn5c_branch2c/beta_grad = BackpropGrad(gradients/fc1000/kernel_grad)HüÛ‹ñºƒP”
"gradients/bn5c_branch2c/gamma_gradËÜ‹ñºƒ (BTgradients/bn5c_branch2c/gamma_grad = BackpropGrad(gradients/bn5c_branch2c/beta_grad)HËÜ‹ñºƒP™
$gradients/res5c_branch2c/kernel_gradÚß‹ñºƒ ¸(¸BWgradients/res5c_branch2c/kernel_grad = BackpropGrad(gradients/bn5c_branch2c/gamma_grad)HÚß‹ñºƒP“
!gradients/bn5c_branch2b/beta_grad’ï‹ñºƒ #(#BVgradients/bn5c_branch2b/beta_grad = BackpropGrad(gradients/res5c_branch2c/kernel_grad)H’ï‹ñºƒP’
"gradients/bn5c_branch2b/gamma_gradµï‹ñºƒ o(oBTgradients/bn5c_branch2b/gamma_grad = BackpropGrad(gradients/bn5c_branch2b/beta_grad)Hµï‹ñºƒP™
$gradients/res5c_branch2b/kernel_grad¤ğ‹ñºƒ Ï"(Ï"BWgradients/res5c_branch2b/kernel_grad = BackpropGrad(gradients/bn5c_branch2b/gamma_grad)H¤ğ‹ñºƒP“
!gradients/bn5c_branch2a/beta_gradó’Œñºƒ '('BVgradients/bn5c_branch2a/beta_grad = BackpropGrad(gradients/res5c_branch2b/kernel_grad)Hó’ŒñºƒP’
"gradients/bn5c_branch2a/gamma_gradš“Œñºƒ w(wBTgradients/bn5c_branch2a/gamma_grad = BackpropGrad(gradients/bn5c_branch2a/beta_grad)Hš“ŒñºƒP™
$gradients/res5c_branch2a/kernel_grad‘”Œñºƒ Ô(ÔBWgradients/res5c_branch2a/kernel_grad = BackpropGrad(gradients/bn5c_branch2a/gamma_grad)H‘”ŒñºƒP“
!gradients/bn5b_branch2c/beta_gradå£Œñºƒ K(KBVgradients/bn5b_branch2c/beta_grad = BackpropGrad(gradients/res5c_branch2a/kernel_grad)Hå£ŒñºƒP”
"gradients/bn5b_branch2c/gamma_grad°¤Œñºƒ ‚(‚BTgradients/bn5b_branch2c/gamma_grad = BackpropGrad(gradients/bn5b_branch2c/beta_grad)H°¤ŒñºƒP™
$gradients/res5b_branch2c/kernel_grad²§Œñºƒ (BWgradients/res5b_branch2c/kernel_grad = BackpropGrad(gradients/bn5b_branch2c/gamma_grad)H²§ŒñºƒP“
!gradients/bn5b_branch2b/beta_gradÏ¶Œñºƒ %(%BVgradients/bn5b_branch2b/beta_grad = BackpropGrad(gradients/res5b_branch2c/kernel_grad)HÏ¶ŒñºƒP’
"gradients/bn5b_branch2b/gamma_gradô¶Œñºƒ t(tBTgradients/bn5b_branch2b/gamma_grad = BackpropGrad(gradients/bn5b_branch2b/beta_grad)Hô¶ŒñºƒP™
$gradients/res5b_branch2b/kernel_gradè·Œñºƒ À"(À"BWgradients/res5b_branch2b/kernel_grad = BackpropGrad(gradients/bn5b_branch2b/gamma_grad)Hè·ŒñºƒP“
!gradients/bn5b_branch2a/beta_grad¨ÚŒñºƒ $($BVgradients/bn5b_branch2a/beta_grad = BackpropGrad(gradients/res5b_branch2b/kernel_grad)H¨ÚŒñºƒP’
"gradients/bn5b_branch2a/gamma_gradÌÚŒñºƒ (BTgradients/bn5b_branch2a/gamma_grad = BackpropGrad(gradients/bn5b_branch2a/beta_grad)HÌÚŒñºƒP™
$gradients/res5b_branch2a/kernel_gradËÛŒñºƒ £(£BWgradients/res5b_branch2a/kernel_grad = BackpropGrad(gradients/bn5b_branch2a/gamma_grad)HËÛŒñºƒP‘
 gradients/bn5a_branch1/beta_gradîêŒñºƒ R(RBUgradients/bn5a_branch1/beta_grad = BackpropGrad(gradients/res5b_branch2a/kernel_grad)HîêŒñºƒP‘
!gradients/bn5a_branch1/gamma_gradÀëŒñºƒ í(íBRgradients/bn5a_branch1/gamma_grad = BackpropGrad(gradients/bn5a_branch1/beta_grad)HÀëŒñºƒP–
#gradients/res5a_branch1/kernel_grad­íŒñºƒ ä(äBUgradients/res5a_branch1/kernel_grad = BackpropGrad(gradients/bn5a_branch1/gamma_grad)H­íŒñºƒP’
!gradients/bn5a_branch2c/beta_grad‘Œñºƒ P(PBUgradients/bn5a_branch2c/beta_grad = BackpropGrad(gradients/res5a_branch1/kernel_grad)H‘ŒñºƒP”
"gradients/bn5a_branch2c/gamma_gradáŒñºƒ ‚(‚BTgradients/bn5a_branch2c/gamma_grad = BackpropGrad(gradients/bn5a_branch2c/beta_grad)HáŒñºƒP™
$gradients/res5a_branch2c/kernel_gradãñºƒ Ğ(ĞBWgradients/res5a_branch2c/kernel_grad = BackpropGrad(gradients/bn5a_branch2c/gamma_grad)HãñºƒP“
!gradients/bn5a_branch2b/beta_grad³Ÿñºƒ $($BVgradients/bn5a_branch2b/beta_grad = BackpropGrad(gradients/res5a_branch2c/kernel_grad)H³ŸñºƒP’
"gradients/bn5a_branch2b/gamma_grad×Ÿñºƒ {({BTgradients/bn5a_branch2b/gamma_grad = BackpropGrad(gradients/bn5a_branch2b/beta_grad)H×ŸñºƒP™
$gradients/res5a_branch2b/kernel_gradÒ ñºƒ Õ!(Õ!BWgradients/res5a_branch2b/kernel_grad = BackpropGrad(gradients/bn5a_branch2b/gamma_grad)HÒ ñºƒP“
!gradients/bn5a_branch2a/beta_grad§Âñºƒ Q(QBVgradients/bn5a_branch2a/beta_grad = BackpropGrad(gradients/res5a_branch2b/kernel_grad)H§ÂñºƒP”
"gradients/bn5a_branch2a/gamma_gradøÂñºƒ ¡(¡BTgradients/bn5a_branch2a/gamma_grad = BackpropGrad(gradients/bn5a_branch2a/beta_grad)HøÂñºƒP™
$gradients/res5a_branch2a/kernel_grad™Æñºƒ ·(·BWgradients/res5a_branch2a/kernel_grad = BackpropGrad(gradients/bn5a_branch2a/gamma_grad)H™ÆñºƒP•
!gradients/bn4f_branch2c/beta_gradĞãñºƒ ‰(‰BVgradients/bn4f_branch2c/beta_grad = BackpropGrad(gradients/res5a_branch2a/kernel_grad)HĞãñºƒP”
"gradients/bn4f_branch2c/gamma_gradÙäñºƒ (BTgradients/bn4f_branch2c/gamma_grad = BackpropGrad(gradients/bn4f_branch2c/beta_grad)HÙäñºƒP™
$gradients/res4f_branch2c/kernel_grad÷êñºƒ “(“BWgradients/res4f_branch2c/kernel_grad = BackpropGrad(gradients/bn4f_branch2c/gamma_grad)H÷êñºƒP“
!gradients/bn4f_branch2b/beta_gradŠúñºƒ 3(3BVgradients/bn4f_branch2b/beta_grad = BackpropGrad(gradients/res4f_branch2c/kernel_grad)HŠúñºƒP”
"gradients/bn4f_branch2b/gamma_grad½úñºƒ Õ(ÕBTgradients/bn4f_branch2b/gamma_grad = BackpropGrad(gradients/bn4f_branch2b/beta_grad)H½úñºƒP™
$gradients/res4f_branch2b/kernel_grad’üñºƒ ô (ô BWgradients/res4f_branch2b/kernel_grad = BackpropGrad(gradients/bn4f_branch2b/gamma_grad)H’üñºƒP“
!gradients/bn4f_branch2a/beta_grad†ñºƒ 4(4BVgradients/bn4f_branch2a/beta_grad = BackpropGrad(gradients/res4f_branch2b/kernel_grad)H†ñºƒP”
"gradients/bn4f_branch2a/gamma_gradºñºƒ Ú(ÚBTgradients/bn4f_branch2a/gamma_grad = BackpropGrad(gradients/bn4f_branch2a/beta_grad)HºñºƒP™
$gradients/res4f_branch2a/kernel_grad”Ÿñºƒ …(…BWgradients/res4f_branch2a/kernel_grad = BackpropGrad(gradients/bn4f_branch2a/gamma_grad)H”ŸñºƒP“
!gradients/bn4e_branch2c/beta_grad™®ñºƒ }(}BVgradients/bn4e_branch2c/beta_grad = BackpropGrad(gradients/res4f_branch2a/kernel_grad)H™®ñºƒP”
"gradients/bn4e_branch2c/gamma_grad–¯ñºƒ œ(œBTgradients/bn4e_branch2c/gamma_grad = BackpropGrad(gradients/bn4e_branch2c/beta_grad)H–¯ñºƒP™
$gradients/res4e_branch2c/kernel_grad²µñºƒ ê(êBWgradients/res4e_branch2c/kernel_grad = BackpropGrad(gradients/bn4e_branch2c/gamma_grad)H²µñºƒP“
!gradients/bn4e_branch2b/beta_gradœÅñºƒ 4(4BVgradients/bn4e_branch2b/beta_grad = BackpropGrad(gradients/res4e_branch2c/kernel_grad)HœÅñºƒP”
"gradients/bn4e_branch2b/gamma_gradĞÅñºƒ ×(×BTgradients/bn4e_branch2b/gamma_grad = BackpropGrad(gradients/bn4e_branch2b/beta_grad)HĞÅñºƒP™
$gradients/res4e_branch2b/kernel_grad§Çñºƒ „#(„#BWgradients/res4e_branch2b/kernel_grad = BackpropGrad(gradients/bn4e_branch2b/gamma_grad)H§ÇñºƒP“
!gradients/bn4e_branch2a/beta_grad«êñºƒ 2(2BVgradients/bn4e_branch2a/beta_grad = BackpropGrad(gradients/res4e_branch2b/kernel_grad)H«êñºƒP”
"gradients/bn4e_branch2a/gamma_gradİêñºƒ Ê(ÊBTgradients/bn4e_branch2a/gamma_grad = BackpropGrad(gradients/bn4e_branch2a/beta_grad)HİêñºƒP™
$gradients/res4e_branch2a/kernel_grad§ìñºƒ ¾(¾BWgradients/res4e_branch2a/kernel_grad = BackpropGrad(gradients/bn4e_branch2a/gamma_grad)H§ìñºƒP•
!gradients/bn4d_branch2c/beta_gradåûñºƒ †(†BVgradients/bn4d_branch2c/beta_grad = BackpropGrad(gradients/res4e_branch2a/kernel_grad)HåûñºƒP”
"gradients/bn4d_branch2c/gamma_gradëüñºƒ ¤(¤BTgradients/bn4d_branch2c/gamma_grad = BackpropGrad(gradients/bn4d_branch2c/beta_grad)HëüñºƒP™
$gradients/res4d_branch2c/kernel_gradƒñºƒ ×(×BWgradients/res4d_branch2c/kernel_grad = BackpropGrad(gradients/bn4d_branch2c/gamma_grad)HƒñºƒP“
!gradients/bn4d_branch2b/beta_gradæ’ñºƒ 3(3BVgradients/bn4d_branch2b/beta_grad = BackpropGrad(gradients/res4d_branch2c/kernel_grad)Hæ’ñºƒP”
"gradients/bn4d_branch2b/gamma_grad™“ñºƒ ×(×BTgradients/bn4d_branch2b/gamma_grad = BackpropGrad(gradients/bn4d_branch2b/beta_grad)H™“ñºƒP™
$gradients/res4d_branch2b/kernel_gradğ”ñºƒ "("BWgradients/res4d_branch2b/kernel_grad = BackpropGrad(gradients/bn4d_branch2b/gamma_grad)Hğ”ñºƒP“
!gradients/bn4d_branch2a/beta_gradÿ¶ñºƒ 4(4BVgradients/bn4d_branch2a/beta_grad = BackpropGrad(gradients/res4d_branch2b/kernel_grad)Hÿ¶ñºƒP”
"gradients/bn4d_branch2a/gamma_grad³·ñºƒ Ô(ÔBTgradients/bn4d_branch2a/gamma_grad = BackpropGrad(gradients/bn4d_branch2a/beta_grad)H³·ñºƒP™
$gradients/res4d_branch2a/kernel_grad‡¹ñºƒ ¦(¦BWgradients/res4d_branch2a/kernel_grad = BackpropGrad(gradients/bn4d_branch2a/gamma_grad)H‡¹ñºƒP•
!gradients/bn4c_branch2c/beta_grad­Èñºƒ (BVgradients/bn4c_branch2c/beta_grad = BackpropGrad(gradients/res4d_branch2a/kernel_grad)H­ÈñºƒP”
"gradients/bn4c_branch2c/gamma_grad®Éñºƒ  ( BTgradients/bn4c_branch2c/gamma_grad = BackpropGrad(gradients/bn4c_branch2c/beta_grad)H®ÉñºƒP™
$gradients/res4c_branch2c/kernel_gradÎÏñºƒ ©(©BWgradients/res4c_branch2c/kernel_grad = BackpropGrad(gradients/bn4c_branch2c/gamma_grad)HÎÏñºƒP“
!gradients/bn4c_branch2b/beta_grad÷Şñºƒ 1(1BVgradients/bn4c_branch2b/beta_grad = BackpropGrad(gradients/res4c_branch2c/kernel_grad)H÷ŞñºƒP”
"gradients/bn4c_branch2b/gamma_grad¨ßñºƒ Î(ÎBTgradients/bn4c_branch2b/gamma_grad = BackpropGrad(gradients/bn4c_branch2b/beta_grad)H¨ßñºƒP™
$gradients/res4c_branch2b/kernel_gradöàñºƒ Ê (Ê BWgradients/res4c_branch2b/kernel_grad = BackpropGrad(gradients/bn4c_branch2b/gamma_grad)HöàñºƒP“
!gradients/bn4c_branch2a/beta_gradÀñºƒ 2(2BVgradients/bn4c_branch2a/beta_grad = BackpropGrad(gradients/res4c_branch2b/kernel_grad)HÀñºƒP”
"gradients/bn4c_branch2a/gamma_gradòñºƒ Ï(ÏBTgradients/bn4c_branch2a/gamma_grad = BackpropGrad(gradients/bn4c_branch2a/beta_grad)HòñºƒP™
$gradients/res4c_branch2a/kernel_gradÁƒñºƒ ™(™BWgradients/res4c_branch2a/kernel_grad = BackpropGrad(gradients/bn4c_branch2a/gamma_grad)HÁƒñºƒP•
!gradients/bn4b_branch2c/beta_gradÚ’ñºƒ ƒ(ƒBVgradients/bn4b_branch2c/beta_grad = BackpropGrad(gradients/res4c_branch2a/kernel_grad)HÚ’ñºƒP”
"gradients/bn4b_branch2c/gamma_gradİ“ñºƒ ë(ëBTgradients/bn4b_branch2c/gamma_grad = BackpropGrad(gradients/bn4b_branch2c/beta_grad)Hİ“ñºƒP™
$gradients/res4b_branch2c/kernel_gradÈ™ñºƒ š(šBWgradients/res4b_branch2c/kernel_grad = BackpropGrad(gradients/bn4b_branch2c/gamma_grad)HÈ™ñºƒP“
!gradients/bn4b_branch2b/beta_gradâ¨ñºƒ 3(3BVgradients/bn4b_branch2b/beta_grad = BackpropGrad(gradients/res4b_branch2c/kernel_grad)Hâ¨ñºƒP”
"gradients/bn4b_branch2b/gamma_grad•©ñºƒ Ì(ÌBTgradients/bn4b_branch2b/gamma_grad = BackpropGrad(gradients/bn4b_branch2b/beta_grad)H•©ñºƒP™
$gradients/res4b_branch2b/kernel_gradáªñºƒ ¥!(¥!BWgradients/res4b_branch2b/kernel_grad = BackpropGrad(gradients/bn4b_branch2b/gamma_grad)HáªñºƒP“
!gradients/bn4b_branch2a/beta_grad†Ìñºƒ 3(3BVgradients/bn4b_branch2a/beta_grad = BackpropGrad(gradients/res4b_branch2b/kernel_grad)H†ÌñºƒP”
"gradients/bn4b_branch2a/gamma_grad¹Ìñºƒ Ï(ÏBTgradients/bn4b_branch2a/gamma_grad = BackpropGrad(gradients/bn4b_branch2a/beta_grad)H¹ÌñºƒP™
$gradients/res4b_branch2a/kernel_gradˆÎñºƒ ‡(‡BWgradients/res4b_branch2a/kernel_grad = BackpropGrad(gradients/bn4b_branch2a/gamma_grad)HˆÎñºƒP“
 gradients/bn4a_branch1/beta_gradİñºƒ (BUgradients/bn4a_branch1/beta_grad = BackpropGrad(gradients/res4b_branch2a/kernel_grad)HİñºƒP‘
!gradients/bn4a_branch1/gamma_gradŞñºƒ ª(ªBRgradients/bn4a_branch1/gamma_grad = BackpropGrad(gradients/bn4a_branch1/beta_grad)HŞñºƒP–
#gradients/res4a_branch1/kernel_gradºáñºƒ ¾ (¾ BUgradients/res4a_branch1/kernel_grad = BackpropGrad(gradients/bn4a_branch1/gamma_grad)HºáñºƒP”
!gradients/bn4a_branch2c/beta_gradø‘ñºƒ …(…BUgradients/bn4a_branch2c/beta_grad = BackpropGrad(gradients/res4a_branch1/kernel_grad)Hø‘ñºƒP”
"gradients/bn4a_branch2c/gamma_gradı‚‘ñºƒ õ(õBTgradients/bn4a_branch2c/gamma_grad = BackpropGrad(gradients/bn4a_branch2c/beta_grad)Hı‚‘ñºƒP™
$gradients/res4a_branch2c/kernel_gradòˆ‘ñºƒ (BWgradients/res4a_branch2c/kernel_grad = BackpropGrad(gradients/bn4a_branch2c/gamma_grad)Hòˆ‘ñºƒP“
!gradients/bn4a_branch2b/beta_gradó—‘ñºƒ 3(3BVgradients/bn4a_branch2b/beta_grad = BackpropGrad(gradients/res4a_branch2c/kernel_grad)Hó—‘ñºƒP”
"gradients/bn4a_branch2b/gamma_grad¦˜‘ñºƒ Õ(ÕBTgradients/bn4a_branch2b/gamma_grad = BackpropGrad(gradients/bn4a_branch2b/beta_grad)H¦˜‘ñºƒP™
$gradients/res4a_branch2b/kernel_gradû™‘ñºƒ Ñ"(Ñ"BWgradients/res4a_branch2b/kernel_grad = BackpropGrad(gradients/bn4a_branch2b/gamma_grad)Hû™‘ñºƒP•
!gradients/bn4a_branch2a/beta_gradÌ¼‘ñºƒ „(„BVgradients/bn4a_branch2a/beta_grad = BackpropGrad(gradients/res4a_branch2b/kernel_grad)HÌ¼‘ñºƒP”
"gradients/bn4a_branch2a/gamma_gradĞ½‘ñºƒ ó(óBTgradients/bn4a_branch2a/gamma_grad = BackpropGrad(gradients/bn4a_branch2a/beta_grad)HĞ½‘ñºƒP™
$gradients/res4a_branch2a/kernel_gradÃÃ‘ñºƒ í(íBWgradients/res4a_branch2a/kernel_grad = BackpropGrad(gradients/bn4a_branch2a/gamma_grad)HÃÃ‘ñºƒP•
!gradients/bn3d_branch2c/beta_grad°à‘ñºƒ ÷(÷BVgradients/bn3d_branch2c/beta_grad = BackpropGrad(gradients/res4a_branch2a/kernel_grad)H°à‘ñºƒP”
"gradients/bn3d_branch2c/gamma_grad§â‘ñºƒ ‘(‘BTgradients/bn3d_branch2c/gamma_grad = BackpropGrad(gradients/bn3d_branch2c/beta_grad)H§â‘ñºƒP™
$gradients/res3d_branch2c/kernel_grad¸î‘ñºƒ ö(öBWgradients/res3d_branch2c/kernel_grad = BackpropGrad(gradients/bn3d_branch2c/gamma_grad)H¸î‘ñºƒP“
!gradients/bn3d_branch2b/beta_grad®ı‘ñºƒ N(NBVgradients/bn3d_branch2b/beta_grad = BackpropGrad(gradients/res3d_branch2c/kernel_grad)H®ı‘ñºƒP”
"gradients/bn3d_branch2b/gamma_gradüı‘ñºƒ Š(ŠBTgradients/bn3d_branch2b/gamma_grad = BackpropGrad(gradients/bn3d_branch2b/beta_grad)Hüı‘ñºƒP™
$gradients/res3d_branch2b/kernel_grad†’ñºƒ ‚#(‚#BWgradients/res3d_branch2b/kernel_grad = BackpropGrad(gradients/bn3d_branch2b/gamma_grad)H†’ñºƒP“
!gradients/bn3d_branch2a/beta_gradˆ¤’ñºƒ P(PBVgradients/bn3d_branch2a/beta_grad = BackpropGrad(gradients/res3d_branch2b/kernel_grad)Hˆ¤’ñºƒP”
"gradients/bn3d_branch2a/gamma_gradØ¤’ñºƒ ’(’BTgradients/bn3d_branch2a/gamma_grad = BackpropGrad(gradients/bn3d_branch2a/beta_grad)HØ¤’ñºƒP™
$gradients/res3d_branch2a/kernel_gradê§’ñºƒ —(—BWgradients/res3d_branch2a/kernel_grad = BackpropGrad(gradients/bn3d_branch2a/gamma_grad)Hê§’ñºƒP•
!gradients/bn3c_branch2c/beta_grad¸’ñºƒ ö(öBVgradients/bn3c_branch2c/beta_grad = BackpropGrad(gradients/res3d_branch2a/kernel_grad)H¸’ñºƒP”
"gradients/bn3c_branch2c/gamma_grad÷¹’ñºƒ “(“BTgradients/bn3c_branch2c/gamma_grad = BackpropGrad(gradients/bn3c_branch2c/beta_grad)H÷¹’ñºƒP™
$gradients/res3c_branch2c/kernel_gradŠÆ’ñºƒ ²(²BWgradients/res3c_branch2c/kernel_grad = BackpropGrad(gradients/bn3c_branch2c/gamma_grad)HŠÆ’ñºƒP“
!gradients/bn3c_branch2b/beta_grad¼Õ’ñºƒ L(LBVgradients/bn3c_branch2b/beta_grad = BackpropGrad(gradients/res3c_branch2c/kernel_grad)H¼Õ’ñºƒP”
"gradients/bn3c_branch2b/gamma_gradˆÖ’ñºƒ ˜(˜BTgradients/bn3c_branch2b/gamma_grad = BackpropGrad(gradients/bn3c_branch2b/beta_grad)HˆÖ’ñºƒP™
$gradients/res3c_branch2b/kernel_grad Ù’ñºƒ ‚"(‚"BWgradients/res3c_branch2b/kernel_grad = BackpropGrad(gradients/bn3c_branch2b/gamma_grad)H Ù’ñºƒP“
!gradients/bn3c_branch2a/beta_grad¢û’ñºƒ R(RBVgradients/bn3c_branch2a/beta_grad = BackpropGrad(gradients/res3c_branch2b/kernel_grad)H¢û’ñºƒP”
"gradients/bn3c_branch2a/gamma_gradôû’ñºƒ ‹(‹BTgradients/bn3c_branch2a/gamma_grad = BackpropGrad(gradients/bn3c_branch2a/beta_grad)Hôû’ñºƒP™
$gradients/res3c_branch2a/kernel_gradÿş’ñºƒ ‘(‘BWgradients/res3c_branch2a/kernel_grad = BackpropGrad(gradients/bn3c_branch2a/gamma_grad)Hÿş’ñºƒP•
!gradients/bn3b_branch2c/beta_grad“ñºƒ ó(óBVgradients/bn3b_branch2c/beta_grad = BackpropGrad(gradients/res3c_branch2a/kernel_grad)H“ñºƒP”
"gradients/bn3b_branch2c/gamma_gradƒ“ñºƒ ¨(¨BTgradients/bn3b_branch2c/gamma_grad = BackpropGrad(gradients/bn3b_branch2c/beta_grad)Hƒ“ñºƒP™
$gradients/res3b_branch2c/kernel_grad«œ“ñºƒ Ü(ÜBWgradients/res3b_branch2c/kernel_grad = BackpropGrad(gradients/bn3b_branch2c/gamma_grad)H«œ“ñºƒP“
!gradients/bn3b_branch2b/beta_grad‡«“ñºƒ O(OBVgradients/bn3b_branch2b/beta_grad = BackpropGrad(gradients/res3b_branch2c/kernel_grad)H‡«“ñºƒP”
"gradients/bn3b_branch2b/gamma_gradÖ«“ñºƒ (BTgradients/bn3b_branch2b/gamma_grad = BackpropGrad(gradients/bn3b_branch2b/beta_grad)HÖ«“ñºƒP™
$gradients/res3b_branch2b/kernel_gradæ®“ñºƒ ˆ!(ˆ!BWgradients/res3b_branch2b/kernel_grad = BackpropGrad(gradients/bn3b_branch2b/gamma_grad)Hæ®“ñºƒP“
!gradients/bn3b_branch2a/beta_gradîÏ“ñºƒ M(MBVgradients/bn3b_branch2a/beta_grad = BackpropGrad(gradients/res3b_branch2b/kernel_grad)HîÏ“ñºƒP”
"gradients/bn3b_branch2a/gamma_grad»Ğ“ñºƒ ö(öBTgradients/bn3b_branch2a/gamma_grad = BackpropGrad(gradients/bn3b_branch2a/beta_grad)H»Ğ“ñºƒP™
$gradients/res3b_branch2a/kernel_grad±Ó“ñºƒ İ(İBWgradients/res3b_branch2a/kernel_grad = BackpropGrad(gradients/bn3b_branch2a/gamma_grad)H±Ó“ñºƒP“
 gradients/bn3a_branch1/beta_gradã“ñºƒ é(éBUgradients/bn3a_branch1/beta_grad = BackpropGrad(gradients/res3b_branch2a/kernel_grad)Hã“ñºƒP‘
!gradients/bn3a_branch1/gamma_grad÷ä“ñºƒ ì(ìBRgradients/bn3a_branch1/gamma_grad = BackpropGrad(gradients/bn3a_branch1/beta_grad)H÷ä“ñºƒP–
#gradients/res3a_branch1/kernel_gradãë“ñºƒ Ò(ÒBUgradients/res3a_branch1/kernel_grad = BackpropGrad(gradients/bn3a_branch1/gamma_grad)Hãë“ñºƒP”
!gradients/bn3a_branch2c/beta_gradµŠ”ñºƒ å(åBUgradients/bn3a_branch2c/beta_grad = BackpropGrad(gradients/res3a_branch1/kernel_grad)HµŠ”ñºƒP”
"gradients/bn3a_branch2c/gamma_gradšŒ”ñºƒ (BTgradients/bn3a_branch2c/gamma_grad = BackpropGrad(gradients/bn3a_branch2c/beta_grad)HšŒ”ñºƒP™
$gradients/res3a_branch2c/kernel_grad·˜”ñºƒ Å(ÅBWgradients/res3a_branch2c/kernel_grad = BackpropGrad(gradients/bn3a_branch2c/gamma_grad)H·˜”ñºƒP“
!gradients/bn3a_branch2b/beta_gradü§”ñºƒ L(LBVgradients/bn3a_branch2b/beta_grad = BackpropGrad(gradients/res3a_branch2c/kernel_grad)Hü§”ñºƒP”
"gradients/bn3a_branch2b/gamma_gradÈ¨”ñºƒ ˜(˜BTgradients/bn3a_branch2b/gamma_grad = BackpropGrad(gradients/bn3a_branch2b/beta_grad)HÈ¨”ñºƒP™
$gradients/res3a_branch2b/kernel_gradà«”ñºƒ Œ!(Œ!BWgradients/res3a_branch2b/kernel_grad = BackpropGrad(gradients/bn3a_branch2b/gamma_grad)Hà«”ñºƒP•
!gradients/bn3a_branch2a/beta_gradìÌ”ñºƒ â(âBVgradients/bn3a_branch2a/beta_grad = BackpropGrad(gradients/res3a_branch2b/kernel_grad)HìÌ”ñºƒP”
"gradients/bn3a_branch2a/gamma_gradÎÎ”ñºƒ ì(ìBTgradients/bn3a_branch2a/gamma_grad = BackpropGrad(gradients/bn3a_branch2a/beta_grad)HÎÎ”ñºƒP™
$gradients/res3a_branch2a/kernel_gradºÚ”ñºƒ Ñ(ÑBWgradients/res3a_branch2a/kernel_grad = BackpropGrad(gradients/bn3a_branch2a/gamma_grad)HºÚ”ñºƒP•
!gradients/bn2c_branch2c/beta_grad‹ø”ñºƒ ¾(¾BVgradients/bn2c_branch2c/beta_grad = BackpropGrad(gradients/res3a_branch2a/kernel_grad)H‹ø”ñºƒP”
"gradients/bn2c_branch2c/gamma_gradÉû”ñºƒ Ó(ÓBTgradients/bn2c_branch2c/gamma_grad = BackpropGrad(gradients/bn2c_branch2c/beta_grad)HÉû”ñºƒP™
$gradients/res2c_branch2c/kernel_gradœ”•ñºƒ á(áBWgradients/res2c_branch2c/kernel_grad = BackpropGrad(gradients/bn2c_branch2c/gamma_grad)Hœ”•ñºƒP“
!gradients/bn2c_branch2b/beta_gradı¢•ñºƒ ~(~BVgradients/bn2c_branch2b/beta_grad = BackpropGrad(gradients/res2c_branch2c/kernel_grad)Hı¢•ñºƒP”
"gradients/bn2c_branch2b/gamma_gradû£•ñºƒ (BTgradients/bn2c_branch2b/gamma_grad = BackpropGrad(gradients/bn2c_branch2b/beta_grad)Hû£•ñºƒP™
$gradients/res2c_branch2b/kernel_grad‹ª•ñºƒ ä"(ä"BWgradients/res2c_branch2b/kernel_grad = BackpropGrad(gradients/bn2c_branch2b/gamma_grad)H‹ª•ñºƒP•
!gradients/bn2c_branch2a/beta_gradïÌ•ñºƒ †(†BVgradients/bn2c_branch2a/beta_grad = BackpropGrad(gradients/res2c_branch2b/kernel_grad)HïÌ•ñºƒP”
"gradients/bn2c_branch2a/gamma_gradõÍ•ñºƒ œ(œBTgradients/bn2c_branch2a/gamma_grad = BackpropGrad(gradients/bn2c_branch2a/beta_grad)HõÍ•ñºƒP™
$gradients/res2c_branch2a/kernel_grad‘Ô•ñºƒ š(šBWgradients/res2c_branch2a/kernel_grad = BackpropGrad(gradients/bn2c_branch2a/gamma_grad)H‘Ô•ñºƒP•
!gradients/bn2b_branch2c/beta_grad«ã•ñºƒ Õ(ÕBVgradients/bn2b_branch2c/beta_grad = BackpropGrad(gradients/res2c_branch2a/kernel_grad)H«ã•ñºƒP”
"gradients/bn2b_branch2c/gamma_grad€ç•ñºƒ Ÿ(ŸBTgradients/bn2b_branch2c/gamma_grad = BackpropGrad(gradients/bn2b_branch2c/beta_grad)H€ç•ñºƒP™
$gradients/res2b_branch2c/kernel_gradŸş•ñºƒ å(åBWgradients/res2b_branch2c/kernel_grad = BackpropGrad(gradients/bn2b_branch2c/gamma_grad)HŸş•ñºƒP•
!gradients/bn2b_branch2b/beta_grad„–ñºƒ „(„BVgradients/bn2b_branch2b/beta_grad = BackpropGrad(gradients/res2b_branch2c/kernel_grad)H„–ñºƒP”
"gradients/bn2b_branch2b/gamma_gradˆ–ñºƒ ş(şBTgradients/bn2b_branch2b/gamma_grad = BackpropGrad(gradients/bn2b_branch2b/beta_grad)Hˆ–ñºƒP™
$gradients/res2b_branch2b/kernel_grad†•–ñºƒ ô (ô BWgradients/res2b_branch2b/kernel_grad = BackpropGrad(gradients/bn2b_branch2b/gamma_grad)H†•–ñºƒP•
!gradients/bn2b_branch2a/beta_gradúµ–ñºƒ †(†BVgradients/bn2b_branch2a/beta_grad = BackpropGrad(gradients/res2b_branch2b/kernel_grad)Húµ–ñºƒP”
"gradients/bn2b_branch2a/gamma_grad€·–ñºƒ ñ(ñBTgradients/bn2b_branch2a/gamma_grad = BackpropGrad(gradients/bn2b_branch2a/beta_grad)H€·–ñºƒP™
$gradients/res2b_branch2a/kernel_gradñ¼–ñºƒ Ç(ÇBWgradients/res2b_branch2a/kernel_grad = BackpropGrad(gradients/bn2b_branch2a/gamma_grad)Hñ¼–ñºƒP“
 gradients/bn2a_branch1/beta_grad¸Ì–ñºƒ Ê(ÊBUgradients/bn2a_branch1/beta_grad = BackpropGrad(gradients/res2b_branch2a/kernel_grad)H¸Ì–ñºƒP‘
!gradients/bn2a_branch1/gamma_grad‚Ğ–ñºƒ Ê(ÊBRgradients/bn2a_branch1/gamma_grad = BackpropGrad(gradients/bn2a_branch1/beta_grad)H‚Ğ–ñºƒP–
#gradients/res2a_branch1/kernel_gradÌİ–ñºƒ ”(”BUgradients/res2a_branch1/kernel_grad = BackpropGrad(gradients/bn2a_branch1/gamma_grad)HÌİ–ñºƒP”
!gradients/bn2a_branch2c/beta_gradàì–ñºƒ Ì(ÌBUgradients/bn2a_branch2c/beta_grad = BackpropGrad(gradients/res2a_branch1/kernel_grad)Hàì–ñºƒP”
"gradients/bn2a_branch2c/gamma_grad¬ğ–ñºƒ °(°BTgradients/bn2a_branch2c/gamma_grad = BackpropGrad(gradients/bn2a_branch2c/beta_grad)H¬ğ–ñºƒP™
$gradients/res2a_branch2c/kernel_gradÜ†—ñºƒ ©(©BWgradients/res2a_branch2c/kernel_grad = BackpropGrad(gradients/bn2a_branch2c/gamma_grad)HÜ†—ñºƒP•
!gradients/bn2a_branch2b/beta_grad…–—ñºƒ ‚(‚BVgradients/bn2a_branch2b/beta_grad = BackpropGrad(gradients/res2a_branch2c/kernel_grad)H…–—ñºƒP”
"gradients/bn2a_branch2b/gamma_grad‡——ñºƒ ¡(¡BTgradients/bn2a_branch2b/gamma_grad = BackpropGrad(gradients/bn2a_branch2b/beta_grad)H‡——ñºƒP™
$gradients/res2a_branch2b/kernel_grad¨—ñºƒ ­!(­!BWgradients/res2a_branch2b/kernel_grad = BackpropGrad(gradients/bn2a_branch2b/gamma_grad)H¨—ñºƒP•
!gradients/bn2a_branch2a/beta_gradÕ¾—ñºƒ †(†BVgradients/bn2a_branch2a/beta_grad = BackpropGrad(gradients/res2a_branch2b/kernel_grad)HÕ¾—ñºƒP”
"gradients/bn2a_branch2a/gamma_gradÛ¿—ñºƒ ¯(¯BTgradients/bn2a_branch2a/gamma_grad = BackpropGrad(gradients/bn2a_branch2a/beta_grad)HÛ¿—ñºƒP™
$gradients/res2a_branch2a/kernel_gradŠÆ—ñºƒ ì(ìBWgradients/res2a_branch2a/kernel_grad = BackpropGrad(gradients/bn2a_branch2a/gamma_grad)HŠÆ—ñºƒP‹
gradients/bn_conv1/beta_gradöÉ—ñºƒ İ(İBQgradients/bn_conv1/beta_grad = BackpropGrad(gradients/res2a_branch2a/kernel_grad)HöÉ—ñºƒP…
gradients/bn_conv1/gamma_gradÓÍ—ñºƒ ğ(ğBJgradients/bn_conv1/gamma_grad = BackpropGrad(gradients/bn_conv1/beta_grad)HÓÍ—ñºƒP‚
gradients/conv1/kernel_gradÃí—ñºƒ ö(öBIgradients/conv1/kernel_grad = BackpropGrad(gradients/bn_conv1/gamma_grad)HÃí—ñºƒP
ş
%/job:ps/replica:0/task:0/device:CPU:0W
conv1/kernel/read€À„ñºƒ (B*conv1/kernel/read = Identity(conv1/kernel)H€À„ñºƒP]
bn_conv1/gamma/read†À„ñºƒ (B.bn_conv1/gamma/read = Identity(bn_conv1/gamma)H†À„ñºƒPZ
bn_conv1/beta/readÀ„ñºƒ (B,bn_conv1/beta/read = Identity(bn_conv1/beta)HÀ„ñºƒPr
res2a_branch2a/kernel/read’À„ñºƒ (B<res2a_branch2a/kernel/read = Identity(res2a_branch2a/kernel)H’À„ñºƒPl
bn2a_branch2a/gamma/read˜À„ñºƒ (B8bn2a_branch2a/gamma/read = Identity(bn2a_branch2a/gamma)H˜À„ñºƒPi
bn2a_branch2a/beta/readÀ„ñºƒ (B6bn2a_branch2a/beta/read = Identity(bn2a_branch2a/beta)HÀ„ñºƒPr
res2a_branch2b/kernel/read¤À„ñºƒ (B<res2a_branch2b/kernel/read = Identity(res2a_branch2b/kernel)H¤À„ñºƒPl
bn2a_branch2b/gamma/read©À„ñºƒ (B8bn2a_branch2b/gamma/read = Identity(bn2a_branch2b/gamma)H©À„ñºƒPi
bn2a_branch2b/beta/read°À„ñºƒ (B6bn2a_branch2b/beta/read = Identity(bn2a_branch2b/beta)H°À„ñºƒPr
res2a_branch2c/kernel/readµÀ„ñºƒ (B<res2a_branch2c/kernel/read = Identity(res2a_branch2c/kernel)HµÀ„ñºƒPl
bn2a_branch2c/gamma/read»À„ñºƒ (B8bn2a_branch2c/gamma/read = Identity(bn2a_branch2c/gamma)H»À„ñºƒPi
bn2a_branch2c/beta/readÁÀ„ñºƒ (B6bn2a_branch2c/beta/read = Identity(bn2a_branch2c/beta)HÁÀ„ñºƒPo
res2a_branch1/kernel/readÇÀ„ñºƒ (B:res2a_branch1/kernel/read = Identity(res2a_branch1/kernel)HÇÀ„ñºƒPi
bn2a_branch1/gamma/readÍÀ„ñºƒ (B6bn2a_branch1/gamma/read = Identity(bn2a_branch1/gamma)HÍÀ„ñºƒPf
bn2a_branch1/beta/readÔÀ„ñºƒ (B4bn2a_branch1/beta/read = Identity(bn2a_branch1/beta)HÔÀ„ñºƒPr
res2b_branch2a/kernel/readÙÀ„ñºƒ (B<res2b_branch2a/kernel/read = Identity(res2b_branch2a/kernel)HÙÀ„ñºƒPl
bn2b_branch2a/gamma/readßÀ„ñºƒ (B8bn2b_branch2a/gamma/read = Identity(bn2b_branch2a/gamma)HßÀ„ñºƒPi
bn2b_branch2a/beta/readåÀ„ñºƒ (B6bn2b_branch2a/beta/read = Identity(bn2b_branch2a/beta)HåÀ„ñºƒPr
res2b_branch2b/kernel/readëÀ„ñºƒ (B<res2b_branch2b/kernel/read = Identity(res2b_branch2b/kernel)HëÀ„ñºƒPl
bn2b_branch2b/gamma/readñÀ„ñºƒ (B8bn2b_branch2b/gamma/read = Identity(bn2b_branch2b/gamma)HñÀ„ñºƒPi
bn2b_branch2b/beta/read÷À„ñºƒ (B6bn2b_branch2b/beta/read = Identity(bn2b_branch2b/beta)H÷À„ñºƒPr
res2b_branch2c/kernel/readüÀ„ñºƒ (B<res2b_branch2c/kernel/read = Identity(res2b_branch2c/kernel)HüÀ„ñºƒPl
bn2b_branch2c/gamma/read‚Á„ñºƒ (B8bn2b_branch2c/gamma/read = Identity(bn2b_branch2c/gamma)H‚Á„ñºƒPi
bn2b_branch2c/beta/read‡Á„ñºƒ (B6bn2b_branch2c/beta/read = Identity(bn2b_branch2c/beta)H‡Á„ñºƒPr
res2c_branch2a/kernel/readÁ„ñºƒ (B<res2c_branch2a/kernel/read = Identity(res2c_branch2a/kernel)HÁ„ñºƒPl
bn2c_branch2a/gamma/read“Á„ñºƒ (B8bn2c_branch2a/gamma/read = Identity(bn2c_branch2a/gamma)H“Á„ñºƒPi
bn2c_branch2a/beta/read™Á„ñºƒ (B6bn2c_branch2a/beta/read = Identity(bn2c_branch2a/beta)H™Á„ñºƒPr
res2c_branch2b/kernel/readŸÁ„ñºƒ (B<res2c_branch2b/kernel/read = Identity(res2c_branch2b/kernel)HŸÁ„ñºƒPl
bn2c_branch2b/gamma/read¥Á„ñºƒ (B8bn2c_branch2b/gamma/read = Identity(bn2c_branch2b/gamma)H¥Á„ñºƒPi
bn2c_branch2b/beta/read«Á„ñºƒ (B6bn2c_branch2b/beta/read = Identity(bn2c_branch2b/beta)H«Á„ñºƒPr
res2c_branch2c/kernel/read±Á„ñºƒ (B<res2c_branch2c/kernel/read = Identity(res2c_branch2c/kernel)H±Á„ñºƒPl
bn2c_branch2c/gamma/read·Á„ñºƒ (B8bn2c_branch2c/gamma/read = Identity(bn2c_branch2c/gamma)H·Á„ñºƒPi
bn2c_branch2c/beta/read½Á„ñºƒ (B6bn2c_branch2c/beta/read = Identity(bn2c_branch2c/beta)H½Á„ñºƒPr
res3a_branch2a/kernel/readÄÁ„ñºƒ (B<res3a_branch2a/kernel/read = Identity(res3a_branch2a/kernel)HÄÁ„ñºƒPl
bn3a_branch2a/gamma/readÉÁ„ñºƒ (B8bn3a_branch2a/gamma/read = Identity(bn3a_branch2a/gamma)HÉÁ„ñºƒPi
bn3a_branch2a/beta/readĞÁ„ñºƒ (B6bn3a_branch2a/beta/read = Identity(bn3a_branch2a/beta)HĞÁ„ñºƒPr
res3a_branch2b/kernel/readÖÁ„ñºƒ (B<res3a_branch2b/kernel/read = Identity(res3a_branch2b/kernel)HÖÁ„ñºƒPl
bn3a_branch2b/gamma/readÜÁ„ñºƒ (B8bn3a_branch2b/gamma/read = Identity(bn3a_branch2b/gamma)HÜÁ„ñºƒPi
bn3a_branch2b/beta/readâÁ„ñºƒ (B6bn3a_branch2b/beta/read = Identity(bn3a_branch2b/beta)HâÁ„ñºƒPr
res3a_branch2c/kernel/readèÁ„ñºƒ (B<res3a_branch2c/kernel/read = Identity(res3a_branch2c/kernel)HèÁ„ñºƒPl
bn3a_branch2c/gamma/readîÁ„ñºƒ (B8bn3a_branch2c/gamma/read = Identity(bn3a_branch2c/gamma)HîÁ„ñºƒPi
bn3a_branch2c/beta/readôÁ„ñºƒ (B6bn3a_branch2c/beta/read = Identity(bn3a_branch2c/beta)HôÁ„ñºƒPo
res3a_branch1/kernel/readúÁ„ñºƒ (B:res3a_branch1/kernel/read = Identity(res3a_branch1/kernel)HúÁ„ñºƒPi
bn3a_branch1/gamma/readÂ„ñºƒ (B6bn3a_branch1/gamma/read = Identity(bn3a_branch1/gamma)HÂ„ñºƒPf
bn3a_branch1/beta/read‡Â„ñºƒ (B4bn3a_branch1/beta/read = Identity(bn3a_branch1/beta)H‡Â„ñºƒPr
res3b_branch2a/kernel/readÂ„ñºƒ (B<res3b_branch2a/kernel/read = Identity(res3b_branch2a/kernel)HÂ„ñºƒPl
bn3b_branch2a/gamma/read“Â„ñºƒ (B8bn3b_branch2a/gamma/read = Identity(bn3b_branch2a/gamma)H“Â„ñºƒPi
bn3b_branch2a/beta/read™Â„ñºƒ (B6bn3b_branch2a/beta/read = Identity(bn3b_branch2a/beta)H™Â„ñºƒPr
res3b_branch2b/kernel/readŸÂ„ñºƒ (B<res3b_branch2b/kernel/read = Identity(res3b_branch2b/kernel)HŸÂ„ñºƒPl
bn3b_branch2b/gamma/read¥Â„ñºƒ (B8bn3b_branch2b/gamma/read = Identity(bn3b_branch2b/gamma)H¥Â„ñºƒPi
bn3b_branch2b/beta/read«Â„ñºƒ (B6bn3b_branch2b/beta/read = Identity(bn3b_branch2b/beta)H«Â„ñºƒPr
res3b_branch2c/kernel/read±Â„ñºƒ (B<res3b_branch2c/kernel/read = Identity(res3b_branch2c/kernel)H±Â„ñºƒPl
bn3b_branch2c/gamma/read·Â„ñºƒ (B8bn3b_branch2c/gamma/read = Identity(bn3b_branch2c/gamma)H·Â„ñºƒPi
bn3b_branch2c/beta/read½Â„ñºƒ (B6bn3b_branch2c/beta/read = Identity(bn3b_branch2c/beta)H½Â„ñºƒPr
res3c_branch2a/kernel/readÃÂ„ñºƒ (B<res3c_branch2a/kernel/read = Identity(res3c_branch2a/kernel)HÃÂ„ñºƒPl
bn3c_branch2a/gamma/readÉÂ„ñºƒ (B8bn3c_branch2a/gamma/read = Identity(bn3c_branch2a/gamma)HÉÂ„ñºƒPi
bn3c_branch2a/beta/readÏÂ„ñºƒ (B6bn3c_branch2a/beta/read = Identity(bn3c_branch2a/beta)HÏÂ„ñºƒPr
res3c_branch2b/kernel/readÕÂ„ñºƒ (B<res3c_branch2b/kernel/read = Identity(res3c_branch2b/kernel)HÕÂ„ñºƒPl
bn3c_branch2b/gamma/readÜÂ„ñºƒ (B8bn3c_branch2b/gamma/read = Identity(bn3c_branch2b/gamma)HÜÂ„ñºƒPi
bn3c_branch2b/beta/readâÂ„ñºƒ (B6bn3c_branch2b/beta/read = Identity(bn3c_branch2b/beta)HâÂ„ñºƒPr
res3c_branch2c/kernel/readéÂ„ñºƒ (B<res3c_branch2c/kernel/read = Identity(res3c_branch2c/kernel)HéÂ„ñºƒPl
bn3c_branch2c/gamma/readïÂ„ñºƒ (B8bn3c_branch2c/gamma/read = Identity(bn3c_branch2c/gamma)HïÂ„ñºƒPi
bn3c_branch2c/beta/readõÂ„ñºƒ (B6bn3c_branch2c/beta/read = Identity(bn3c_branch2c/beta)HõÂ„ñºƒPr
res3d_branch2a/kernel/readüÂ„ñºƒ (B<res3d_branch2a/kernel/read = Identity(res3d_branch2a/kernel)HüÂ„ñºƒPl
bn3d_branch2a/gamma/read‚Ã„ñºƒ (B8bn3d_branch2a/gamma/read = Identity(bn3d_branch2a/gamma)H‚Ã„ñºƒPi
bn3d_branch2a/beta/read‡Ã„ñºƒ (B6bn3d_branch2a/beta/read = Identity(bn3d_branch2a/beta)H‡Ã„ñºƒPr
res3d_branch2b/kernel/readÃ„ñºƒ (B<res3d_branch2b/kernel/read = Identity(res3d_branch2b/kernel)HÃ„ñºƒPl
bn3d_branch2b/gamma/read“Ã„ñºƒ (B8bn3d_branch2b/gamma/read = Identity(bn3d_branch2b/gamma)H“Ã„ñºƒPi
bn3d_branch2b/beta/read™Ã„ñºƒ (B6bn3d_branch2b/beta/read = Identity(bn3d_branch2b/beta)H™Ã„ñºƒPr
res3d_branch2c/kernel/readŸÃ„ñºƒ (B<res3d_branch2c/kernel/read = Identity(res3d_branch2c/kernel)HŸÃ„ñºƒPl
bn3d_branch2c/gamma/read¥Ã„ñºƒ (B8bn3d_branch2c/gamma/read = Identity(bn3d_branch2c/gamma)H¥Ã„ñºƒPi
bn3d_branch2c/beta/readªÃ„ñºƒ (B6bn3d_branch2c/beta/read = Identity(bn3d_branch2c/beta)HªÃ„ñºƒPr
res4a_branch2a/kernel/read±Ã„ñºƒ (B<res4a_branch2a/kernel/read = Identity(res4a_branch2a/kernel)H±Ã„ñºƒPl
bn4a_branch2a/gamma/read·Ã„ñºƒ (B8bn4a_branch2a/gamma/read = Identity(bn4a_branch2a/gamma)H·Ã„ñºƒPi
bn4a_branch2a/beta/read½Ã„ñºƒ (B6bn4a_branch2a/beta/read = Identity(bn4a_branch2a/beta)H½Ã„ñºƒPr
res4a_branch2b/kernel/readÃÃ„ñºƒ (B<res4a_branch2b/kernel/read = Identity(res4a_branch2b/kernel)HÃÃ„ñºƒPl
bn4a_branch2b/gamma/readÉÃ„ñºƒ (B8bn4a_branch2b/gamma/read = Identity(bn4a_branch2b/gamma)HÉÃ„ñºƒPi
bn4a_branch2b/beta/readÏÃ„ñºƒ (B6bn4a_branch2b/beta/read = Identity(bn4a_branch2b/beta)HÏÃ„ñºƒPr
res4a_branch2c/kernel/readÖÃ„ñºƒ (B<res4a_branch2c/kernel/read = Identity(res4a_branch2c/kernel)HÖÃ„ñºƒPl
bn4a_branch2c/gamma/readÜÃ„ñºƒ (B8bn4a_branch2c/gamma/read = Identity(bn4a_branch2c/gamma)HÜÃ„ñºƒPi
bn4a_branch2c/beta/readâÃ„ñºƒ (B6bn4a_branch2c/beta/read = Identity(bn4a_branch2c/beta)HâÃ„ñºƒPo
res4a_branch1/kernel/readèÃ„ñºƒ (B:res4a_branch1/kernel/read = Identity(res4a_branch1/kernel)HèÃ„ñºƒPi
bn4a_branch1/gamma/readîÃ„ñºƒ (B6bn4a_branch1/gamma/read = Identity(bn4a_branch1/gamma)HîÃ„ñºƒPf
bn4a_branch1/beta/readôÃ„ñºƒ (B4bn4a_branch1/beta/read = Identity(bn4a_branch1/beta)HôÃ„ñºƒPr
res4b_branch2a/kernel/readùÃ„ñºƒ (B<res4b_branch2a/kernel/read = Identity(res4b_branch2a/kernel)HùÃ„ñºƒPl
bn4b_branch2a/gamma/readÿÃ„ñºƒ (B8bn4b_branch2a/gamma/read = Identity(bn4b_branch2a/gamma)HÿÃ„ñºƒPi
bn4b_branch2a/beta/read…Ä„ñºƒ (B6bn4b_branch2a/beta/read = Identity(bn4b_branch2a/beta)H…Ä„ñºƒPr
res4b_branch2b/kernel/read‹Ä„ñºƒ (B<res4b_branch2b/kernel/read = Identity(res4b_branch2b/kernel)H‹Ä„ñºƒPl
bn4b_branch2b/gamma/read‘Ä„ñºƒ (B8bn4b_branch2b/gamma/read = Identity(bn4b_branch2b/gamma)H‘Ä„ñºƒPi
bn4b_branch2b/beta/read—Ä„ñºƒ (B6bn4b_branch2b/beta/read = Identity(bn4b_branch2b/beta)H—Ä„ñºƒPr
res4b_branch2c/kernel/readÄ„ñºƒ (B<res4b_branch2c/kernel/read = Identity(res4b_branch2c/kernel)HÄ„ñºƒPl
bn4b_branch2c/gamma/read£Ä„ñºƒ (B8bn4b_branch2c/gamma/read = Identity(bn4b_branch2c/gamma)H£Ä„ñºƒPi
bn4b_branch2c/beta/read©Ä„ñºƒ (B6bn4b_branch2c/beta/read = Identity(bn4b_branch2c/beta)H©Ä„ñºƒPr
res4c_branch2a/kernel/read¯Ä„ñºƒ (B<res4c_branch2a/kernel/read = Identity(res4c_branch2a/kernel)H¯Ä„ñºƒPl
bn4c_branch2a/gamma/readµÄ„ñºƒ (B8bn4c_branch2a/gamma/read = Identity(bn4c_branch2a/gamma)HµÄ„ñºƒPi
bn4c_branch2a/beta/read»Ä„ñºƒ (B6bn4c_branch2a/beta/read = Identity(bn4c_branch2a/beta)H»Ä„ñºƒPr
res4c_branch2b/kernel/readÁÄ„ñºƒ (B<res4c_branch2b/kernel/read = Identity(res4c_branch2b/kernel)HÁÄ„ñºƒPl
bn4c_branch2b/gamma/readÆÄ„ñºƒ (B8bn4c_branch2b/gamma/read = Identity(bn4c_branch2b/gamma)HÆÄ„ñºƒPi
bn4c_branch2b/beta/readÌÄ„ñºƒ (B6bn4c_branch2b/beta/read = Identity(bn4c_branch2b/beta)HÌÄ„ñºƒPr
res4c_branch2c/kernel/readÓÄ„ñºƒ (B<res4c_branch2c/kernel/read = Identity(res4c_branch2c/kernel)HÓÄ„ñºƒPl
bn4c_branch2c/gamma/readÙÄ„ñºƒ (B8bn4c_branch2c/gamma/read = Identity(bn4c_branch2c/gamma)HÙÄ„ñºƒPi
bn4c_branch2c/beta/readßÄ„ñºƒ (B6bn4c_branch2c/beta/read = Identity(bn4c_branch2c/beta)HßÄ„ñºƒPr
res4d_branch2a/kernel/readåÄ„ñºƒ (B<res4d_branch2a/kernel/read = Identity(res4d_branch2a/kernel)HåÄ„ñºƒPl
bn4d_branch2a/gamma/readëÄ„ñºƒ (B8bn4d_branch2a/gamma/read = Identity(bn4d_branch2a/gamma)HëÄ„ñºƒPi
bn4d_branch2a/beta/readñÄ„ñºƒ (B6bn4d_branch2a/beta/read = Identity(bn4d_branch2a/beta)HñÄ„ñºƒPr
res4d_branch2b/kernel/read÷Ä„ñºƒ (B<res4d_branch2b/kernel/read = Identity(res4d_branch2b/kernel)H÷Ä„ñºƒPl
bn4d_branch2b/gamma/readıÄ„ñºƒ (B8bn4d_branch2b/gamma/read = Identity(bn4d_branch2b/gamma)HıÄ„ñºƒPi
bn4d_branch2b/beta/readƒÅ„ñºƒ (B6bn4d_branch2b/beta/read = Identity(bn4d_branch2b/beta)HƒÅ„ñºƒPr
res4d_branch2c/kernel/read‰Å„ñºƒ (B<res4d_branch2c/kernel/read = Identity(res4d_branch2c/kernel)H‰Å„ñºƒPl
bn4d_branch2c/gamma/readÅ„ñºƒ (B8bn4d_branch2c/gamma/read = Identity(bn4d_branch2c/gamma)HÅ„ñºƒPi
bn4d_branch2c/beta/read•Å„ñºƒ (B6bn4d_branch2c/beta/read = Identity(bn4d_branch2c/beta)H•Å„ñºƒPr
res4e_branch2a/kernel/read›Å„ñºƒ (B<res4e_branch2a/kernel/read = Identity(res4e_branch2a/kernel)H›Å„ñºƒPl
bn4e_branch2a/gamma/read¡Å„ñºƒ (B8bn4e_branch2a/gamma/read = Identity(bn4e_branch2a/gamma)H¡Å„ñºƒPi
bn4e_branch2a/beta/read§Å„ñºƒ (B6bn4e_branch2a/beta/read = Identity(bn4e_branch2a/beta)H§Å„ñºƒPr
res4e_branch2b/kernel/read®Å„ñºƒ (B<res4e_branch2b/kernel/read = Identity(res4e_branch2b/kernel)H®Å„ñºƒPl
bn4e_branch2b/gamma/read´Å„ñºƒ (B8bn4e_branch2b/gamma/read = Identity(bn4e_branch2b/gamma)H´Å„ñºƒPi
bn4e_branch2b/beta/readºÅ„ñºƒ (B6bn4e_branch2b/beta/read = Identity(bn4e_branch2b/beta)HºÅ„ñºƒPr
res4e_branch2c/kernel/read¿Å„ñºƒ (B<res4e_branch2c/kernel/read = Identity(res4e_branch2c/kernel)H¿Å„ñºƒPl
bn4e_branch2c/gamma/readÅÅ„ñºƒ (B8bn4e_branch2c/gamma/read = Identity(bn4e_branch2c/gamma)HÅÅ„ñºƒPi
bn4e_branch2c/beta/readËÅ„ñºƒ (B6bn4e_branch2c/beta/read = Identity(bn4e_branch2c/beta)HËÅ„ñºƒPr
res4f_branch2a/kernel/readÑÅ„ñºƒ (B<res4f_branch2a/kernel/read = Identity(res4f_branch2a/kernel)HÑÅ„ñºƒPl
bn4f_branch2a/gamma/read×Å„ñºƒ (B8bn4f_branch2a/gamma/read = Identity(bn4f_branch2a/gamma)H×Å„ñºƒPi
bn4f_branch2a/beta/readİÅ„ñºƒ (B6bn4f_branch2a/beta/read = Identity(bn4f_branch2a/beta)HİÅ„ñºƒPr
res4f_branch2b/kernel/readãÅ„ñºƒ (B<res4f_branch2b/kernel/read = Identity(res4f_branch2b/kernel)HãÅ„ñºƒPl
bn4f_branch2b/gamma/readéÅ„ñºƒ (B8bn4f_branch2b/gamma/read = Identity(bn4f_branch2b/gamma)HéÅ„ñºƒPi
bn4f_branch2b/beta/readïÅ„ñºƒ (B6bn4f_branch2b/beta/read = Identity(bn4f_branch2b/beta)HïÅ„ñºƒPr
res4f_branch2c/kernel/readôÅ„ñºƒ (B<res4f_branch2c/kernel/read = Identity(res4f_branch2c/kernel)HôÅ„ñºƒPl
bn4f_branch2c/gamma/readúÅ„ñºƒ (B8bn4f_branch2c/gamma/read = Identity(bn4f_branch2c/gamma)HúÅ„ñºƒPi
bn4f_branch2c/beta/readÆ„ñºƒ (B6bn4f_branch2c/beta/read = Identity(bn4f_branch2c/beta)HÆ„ñºƒPr
res5a_branch2a/kernel/read‡Æ„ñºƒ (B<res5a_branch2a/kernel/read = Identity(res5a_branch2a/kernel)H‡Æ„ñºƒPl
bn5a_branch2a/gamma/readÆ„ñºƒ (B8bn5a_branch2a/gamma/read = Identity(bn5a_branch2a/gamma)HÆ„ñºƒPi
bn5a_branch2a/beta/read“Æ„ñºƒ (B6bn5a_branch2a/beta/read = Identity(bn5a_branch2a/beta)H“Æ„ñºƒPr
res5a_branch2b/kernel/readšÆ„ñºƒ (B<res5a_branch2b/kernel/read = Identity(res5a_branch2b/kernel)HšÆ„ñºƒPl
bn5a_branch2b/gamma/read Æ„ñºƒ (B8bn5a_branch2b/gamma/read = Identity(bn5a_branch2b/gamma)H Æ„ñºƒPi
bn5a_branch2b/beta/read¦Æ„ñºƒ (B6bn5a_branch2b/beta/read = Identity(bn5a_branch2b/beta)H¦Æ„ñºƒPr
res5a_branch2c/kernel/read¬Æ„ñºƒ (B<res5a_branch2c/kernel/read = Identity(res5a_branch2c/kernel)H¬Æ„ñºƒPl
bn5a_branch2c/gamma/read²Æ„ñºƒ (B8bn5a_branch2c/gamma/read = Identity(bn5a_branch2c/gamma)H²Æ„ñºƒPi
bn5a_branch2c/beta/read¸Æ„ñºƒ (B6bn5a_branch2c/beta/read = Identity(bn5a_branch2c/beta)H¸Æ„ñºƒPo
res5a_branch1/kernel/read¾Æ„ñºƒ (B:res5a_branch1/kernel/read = Identity(res5a_branch1/kernel)H¾Æ„ñºƒPi
bn5a_branch1/gamma/readÄÆ„ñºƒ (B6bn5a_branch1/gamma/read = Identity(bn5a_branch1/gamma)HÄÆ„ñºƒPf
bn5a_branch1/beta/readÊÆ„ñºƒ (B4bn5a_branch1/beta/read = Identity(bn5a_branch1/beta)HÊÆ„ñºƒPr
res5b_branch2a/kernel/readĞÆ„ñºƒ (B<res5b_branch2a/kernel/read = Identity(res5b_branch2a/kernel)HĞÆ„ñºƒPl
bn5b_branch2a/gamma/readÖÆ„ñºƒ (B8bn5b_branch2a/gamma/read = Identity(bn5b_branch2a/gamma)HÖÆ„ñºƒPi
bn5b_branch2a/beta/readÜÆ„ñºƒ (B6bn5b_branch2a/beta/read = Identity(bn5b_branch2a/beta)HÜÆ„ñºƒPr
res5b_branch2b/kernel/readâÆ„ñºƒ (B<res5b_branch2b/kernel/read = Identity(res5b_branch2b/kernel)HâÆ„ñºƒPl
bn5b_branch2b/gamma/readèÆ„ñºƒ (B8bn5b_branch2b/gamma/read = Identity(bn5b_branch2b/gamma)HèÆ„ñºƒPi
bn5b_branch2b/beta/readîÆ„ñºƒ (B6bn5b_branch2b/beta/read = Identity(bn5b_branch2b/beta)HîÆ„ñºƒPr
res5b_branch2c/kernel/readôÆ„ñºƒ (B<res5b_branch2c/kernel/read = Identity(res5b_branch2c/kernel)HôÆ„ñºƒPl
bn5b_branch2c/gamma/readúÆ„ñºƒ (B8bn5b_branch2c/gamma/read = Identity(bn5b_branch2c/gamma)HúÆ„ñºƒPi
bn5b_branch2c/beta/read€Ç„ñºƒ (B6bn5b_branch2c/beta/read = Identity(bn5b_branch2c/beta)H€Ç„ñºƒPr
res5c_branch2a/kernel/read…Ç„ñºƒ (B<res5c_branch2a/kernel/read = Identity(res5c_branch2a/kernel)H…Ç„ñºƒPl
bn5c_branch2a/gamma/read‹Ç„ñºƒ (B8bn5c_branch2a/gamma/read = Identity(bn5c_branch2a/gamma)H‹Ç„ñºƒPi
bn5c_branch2a/beta/read‘Ç„ñºƒ (B6bn5c_branch2a/beta/read = Identity(bn5c_branch2a/beta)H‘Ç„ñºƒPr
res5c_branch2b/kernel/read—Ç„ñºƒ (B<res5c_branch2b/kernel/read = Identity(res5c_branch2b/kernel)H—Ç„ñºƒPl
bn5c_branch2b/gamma/readÇ„ñºƒ (B8bn5c_branch2b/gamma/read = Identity(bn5c_branch2b/gamma)HÇ„ñºƒPi
bn5c_branch2b/beta/read¤Ç„ñºƒ (B6bn5c_branch2b/beta/read = Identity(bn5c_branch2b/beta)H¤Ç„ñºƒPr
res5c_branch2c/kernel/read©Ç„ñºƒ (B<res5c_branch2c/kernel/read = Identity(res5c_branch2c/kernel)H©Ç„ñºƒPl
bn5c_branch2c/gamma/read¯Ç„ñºƒ (B8bn5c_branch2c/gamma/read = Identity(bn5c_branch2c/gamma)H¯Ç„ñºƒPi
bn5c_branch2c/beta/readµÇ„ñºƒ (B6bn5c_branch2c/beta/read = Identity(bn5c_branch2c/beta)HµÇ„ñºƒPZ
fc1000/kernel/read»Ç„ñºƒ (B,fc1000/kernel/read = Identity(fc1000/kernel)H»Ç„ñºƒPT
fc1000/bias/readÂÇ„ñºƒ (B(fc1000/bias/read = Identity(fc1000/bias)HÂÇ„ñºƒP¶

RecvTensorİÚ‹ñºƒ ^(^:
"  Bƒ[4000B] edge_162_gradients/fc1000/bias_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HİÚ‹ñºƒ¾
'update_fc1000/bias/ApplyGradientDescent»Û‹ñºƒ (B{update_fc1000/bias/ApplyGradientDescent = ApplyGradientDescent(fc1000/bias, learning_rate, gradients/fc1000/bias_grad_S162)H»Û‹ñºƒP¾

RecvTensorüÛ‹ñºƒ Æ6(Æ6:"
€€ô€€ôB…[7.8MB] edge_163_gradients/fc1000/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HüÛ‹ñºƒÉ
)update_fc1000/kernel/ApplyGradientDescentÂ’Œñºƒ Š(ŠBupdate_fc1000/kernel/ApplyGradientDescent = ApplyGradientDescent(fc1000/kernel, learning_rate, gradients/fc1000/kernel_grad_S163)HÂ’ŒñºƒP¿

RecvTensorËÜ‹ñºƒ ş5(ş5:
"€@€@BŠ[8192B] edge_164_gradients/bn5c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HËÜ‹ñºƒÛ
.update_bn5c_branch2c/beta/ApplyGradientDescentÌ§Œñºƒ (Bupdate_bn5c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2c/beta, learning_rate, gradients/bn5c_branch2c/beta_grad_S164)HÌ§ŒñºƒPÀ

RecvTensorÚß‹ñºƒ ö2(ö2:
"€@€@B‹[8192B] edge_165_gradients/bn5c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÚß‹ñºƒß
/update_bn5c_branch2c/gamma/ApplyGradientDescentØ§Œñºƒ (B“update_bn5c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2c/gamma, learning_rate, gradients/bn5c_branch2c/gamma_grad_S165)HØ§ŒñºƒPÆ

RecvTensor’ï‹ñºƒ ÷>(÷>:"
€€€€€€B[4.0MB] edge_166_gradients/res5c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H’ï‹ñºƒé
1update_res5c_branch2c/kernel/ApplyGradientDescent‰®Œñºƒ Ò
(Ò
B™update_res5c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res5c_branch2c/kernel, learning_rate, gradients/res5c_branch2c/kernel_grad_S166)H‰®ŒñºƒP¿

RecvTensorµï‹ñºƒ Ö>(Ö>:
"€€BŠ[2048B] edge_167_gradients/bn5c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hµï‹ñºƒÛ
.update_bn5c_branch2b/beta/ApplyGradientDescentÛ¸Œñºƒ (Bupdate_bn5c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2b/beta, learning_rate, gradients/bn5c_branch2b/beta_grad_S167)HÛ¸ŒñºƒPÀ

RecvTensor¤ğ‹ñºƒ è=(è=:
"€€B‹[2048B] edge_168_gradients/bn5c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¤ğ‹ñºƒß
/update_bn5c_branch2b/gamma/ApplyGradientDescentç¸Œñºƒ (B“update_bn5c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2b/gamma, learning_rate, gradients/bn5c_branch2b/gamma_grad_S168)Hç¸ŒñºƒPÆ

RecvTensoró’Œñºƒ úX(úX:"
€€À€€ÀB[9.0MB] edge_169_gradients/res5c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hó’Œñºƒé
1update_res5c_branch2b/kernel/ApplyGradientDescentíëŒñºƒ Ã(ÃB™update_res5c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res5c_branch2b/kernel, learning_rate, gradients/res5c_branch2b/kernel_grad_S169)HíëŒñºƒP¿

RecvTensorš“Œñºƒ ÔX(ÔX:
"€€BŠ[2048B] edge_170_gradients/bn5c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hš“ŒñºƒÛ
.update_bn5c_branch2a/beta/ApplyGradientDescent°„ñºƒ 
(
Bupdate_bn5c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2a/beta, learning_rate, gradients/bn5c_branch2a/beta_grad_S170)H°„ñºƒPÀ

RecvTensor‘”Œñºƒ ßW(ßW:
"€€B‹[2048B] edge_171_gradients/bn5c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‘”Œñºƒß
/update_bn5c_branch2a/gamma/ApplyGradientDescentº„ñºƒ (B“update_bn5c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2a/gamma, learning_rate, gradients/bn5c_branch2a/gamma_grad_S171)Hº„ñºƒPÆ

RecvTensorå£Œñºƒ Äc(Äc:"
€€€€€€B[4.0MB] edge_172_gradients/res5c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hå£Œñºƒé
1update_res5c_branch2a/kernel/ApplyGradientDescent©‡ñºƒ µ(µB™update_res5c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res5c_branch2a/kernel, learning_rate, gradients/res5c_branch2a/kernel_grad_S172)H©‡ñºƒP¿

RecvTensor°¤Œñºƒ €c(€c:
"€@€@BŠ[8192B] edge_173_gradients/bn5b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H°¤ŒñºƒÛ
.update_bn5b_branch2c/beta/ApplyGradientDescentŞ’ñºƒ (Bupdate_bn5b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2c/beta, learning_rate, gradients/bn5b_branch2c/beta_grad_S173)HŞ’ñºƒPÀ

RecvTensor²§Œñºƒ …`(…`:
"€@€@B‹[8192B] edge_174_gradients/bn5b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H²§Œñºƒß
/update_bn5b_branch2c/gamma/ApplyGradientDescentë’ñºƒ (B“update_bn5b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2c/gamma, learning_rate, gradients/bn5b_branch2c/gamma_grad_S174)Hë’ñºƒPÆ

RecvTensorÏ¶Œñºƒ ¡l(¡l:"
€€€€€€B[4.0MB] edge_175_gradients/res5b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÏ¶Œñºƒé
1update_res5b_branch2c/kernel/ApplyGradientDescentğ¢ñºƒ Í
(Í
B™update_res5b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res5b_branch2c/kernel, learning_rate, gradients/res5b_branch2c/kernel_grad_S175)Hğ¢ñºƒP¿

RecvTensorô¶Œñºƒ şk(şk:
"€€BŠ[2048B] edge_176_gradients/bn5b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hô¶ŒñºƒÛ
.update_bn5b_branch2b/beta/ApplyGradientDescent½­ñºƒ (Bupdate_bn5b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2b/beta, learning_rate, gradients/bn5b_branch2b/beta_grad_S176)H½­ñºƒPÀ

RecvTensorè·Œñºƒ Œk(Œk:
"€€B‹[2048B] edge_177_gradients/bn5b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hè·Œñºƒß
/update_bn5b_branch2b/gamma/ApplyGradientDescentÈ­ñºƒ (B“update_bn5b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2b/gamma, learning_rate, gradients/bn5b_branch2b/gamma_grad_S177)HÈ­ñºƒPÈ

RecvTensor¨ÚŒñºƒ ¬†(¬†:"
€€À€€ÀB[9.0MB] edge_178_gradients/res5b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¨ÚŒñºƒé
1update_res5b_branch2b/kernel/ApplyGradientDescentÔàñºƒ ¹(¹B™update_res5b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res5b_branch2b/kernel, learning_rate, gradients/res5b_branch2b/kernel_grad_S178)HÔàñºƒPÁ

RecvTensorÌÚŒñºƒ Š†(Š†:
"€€BŠ[2048B] edge_179_gradients/bn5b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÌÚŒñºƒÛ
.update_bn5b_branch2a/beta/ApplyGradientDescentúñºƒ (Bupdate_bn5b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2a/beta, learning_rate, gradients/bn5b_branch2a/beta_grad_S179)HúñºƒPÂ

RecvTensorËÛŒñºƒ …(…:
"€€B‹[2048B] edge_180_gradients/bn5b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HËÛŒñºƒß
/update_bn5b_branch2a/gamma/ApplyGradientDescent˜úñºƒ 
(
B“update_bn5b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2a/gamma, learning_rate, gradients/bn5b_branch2a/gamma_grad_S180)H˜úñºƒPÈ

RecvTensorîêŒñºƒ £‘(£‘:"
€€€€€€B[4.0MB] edge_181_gradients/res5b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HîêŒñºƒé
1update_res5b_branch2a/kernel/ApplyGradientDescent‘üñºƒ „(„B™update_res5b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res5b_branch2a/kernel, learning_rate, gradients/res5b_branch2a/kernel_grad_S181)H‘üñºƒPÀ

RecvTensorÀëŒñºƒ Ø(Ø:
"€@€@B‰[8192B] edge_182_gradients/bn5a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÀëŒñºƒ×
-update_bn5a_branch1/beta/ApplyGradientDescent•‡ñºƒ (Bupdate_bn5a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch1/beta, learning_rate, gradients/bn5a_branch1/beta_grad_S182)H•‡ñºƒPÁ

RecvTensor­íŒñºƒ ñ(ñ:
"€@€@BŠ[8192B] edge_183_gradients/bn5a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H­íŒñºƒÛ
.update_bn5a_branch1/gamma/ApplyGradientDescent¡‡ñºƒ (Bupdate_bn5a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch1/gamma, learning_rate, gradients/bn5a_branch1/gamma_grad_S183)H¡‡ñºƒPÇ

RecvTensor‘Œñºƒ €§(€§:"
€€€€€€BŒ[8.0MB] edge_184_gradients/res5a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‘Œñºƒå
0update_res5a_branch1/kernel/ApplyGradientDescent‘³ñºƒ …(…B–update_res5a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch1/kernel, learning_rate, gradients/res5a_branch1/kernel_grad_S184)H‘³ñºƒPÁ

RecvTensoráŒñºƒ ·¦(·¦:
"€@€@BŠ[8192B] edge_185_gradients/bn5a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HáŒñºƒÛ
.update_bn5a_branch2c/beta/ApplyGradientDescent–Éñºƒ (Bupdate_bn5a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2c/beta, learning_rate, gradients/bn5a_branch2c/beta_grad_S185)H–ÉñºƒPÂ

RecvTensorãñºƒ »£(»£:
"€@€@B‹[8192B] edge_186_gradients/bn5a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hãñºƒß
/update_bn5a_branch2c/gamma/ApplyGradientDescent£Éñºƒ (B“update_bn5a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2c/gamma, learning_rate, gradients/bn5a_branch2c/gamma_grad_S186)H£ÉñºƒPÈ

RecvTensor³Ÿñºƒ ¥¯(¥¯:"
€€€€€€B[4.0MB] edge_187_gradients/res5a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H³Ÿñºƒé
1update_res5a_branch2c/kernel/ApplyGradientDescentØÎñºƒ Ñ
(Ñ
B™update_res5a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch2c/kernel, learning_rate, gradients/res5a_branch2c/kernel_grad_S187)HØÎñºƒPÁ

RecvTensor×Ÿñºƒ ‚¯(‚¯:
"€€BŠ[2048B] edge_188_gradients/bn5a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H×ŸñºƒÛ
.update_bn5a_branch2b/beta/ApplyGradientDescent©Ùñºƒ (Bupdate_bn5a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2b/beta, learning_rate, gradients/bn5a_branch2b/beta_grad_S188)H©ÙñºƒPÂ

RecvTensorÒ ñºƒ ‰®(‰®:
"€€B‹[2048B] edge_189_gradients/bn5a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÒ ñºƒß
/update_bn5a_branch2b/gamma/ApplyGradientDescent´Ùñºƒ 
(
B“update_bn5a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2b/gamma, learning_rate, gradients/bn5a_branch2b/gamma_grad_S189)H´ÙñºƒPÈ

RecvTensor§Âñºƒ ”Ê(”Ê:"
€€À€€ÀB[9.0MB] edge_190_gradients/res5a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H§Âñºƒé
1update_res5a_branch2b/kernel/ApplyGradientDescent»Œñºƒ å(åB™update_res5a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch2b/kernel, learning_rate, gradients/res5a_branch2b/kernel_grad_S190)H»ŒñºƒPÁ

RecvTensorøÂñºƒ ÅÉ(ÅÉ:
"€€BŠ[2048B] edge_191_gradients/bn5a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HøÂñºƒÛ
.update_bn5a_branch2a/beta/ApplyGradientDescent ¥ñºƒ 
(
Bupdate_bn5a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2a/beta, learning_rate, gradients/bn5a_branch2a/beta_grad_S191)H ¥ñºƒPÂ

RecvTensor™Æñºƒ ¦Æ(¦Æ:
"€€B‹[2048B] edge_192_gradients/bn5a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H™Æñºƒß
/update_bn5a_branch2a/gamma/ApplyGradientDescentª¥ñºƒ (B“update_bn5a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2a/gamma, learning_rate, gradients/bn5a_branch2a/gamma_grad_S192)Hª¥ñºƒPÈ

RecvTensorĞãñºƒ Ë¶(Ë¶:"
€€€€€€B[2.0MB] edge_193_gradients/res5a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HĞãñºƒé
1update_res5a_branch2a/kernel/ApplyGradientDescentµ¥ñºƒ ×(×B™update_res5a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch2a/kernel, learning_rate, gradients/res5a_branch2a/kernel_grad_S193)Hµ¥ñºƒPÁ

RecvTensorÙäñºƒ Æµ(Æµ:
"€ € BŠ[4096B] edge_194_gradients/bn4f_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÙäñºƒÛ
.update_bn4f_branch2c/beta/ApplyGradientDescentŒ«ñºƒ (Bupdate_bn4f_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2c/beta, learning_rate, gradients/bn4f_branch2c/beta_grad_S194)HŒ«ñºƒPÂ

RecvTensor÷êñºƒ «¯(«¯:
"€ € B‹[4096B] edge_195_gradients/bn4f_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H÷êñºƒß
/update_bn4f_branch2c/gamma/ApplyGradientDescent˜«ñºƒ (B“update_bn4f_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2c/gamma, learning_rate, gradients/bn4f_branch2c/gamma_grad_S195)H˜«ñºƒPÆ

RecvTensorŠúñºƒ ‡§(‡§:"€€@€€@B[1.0MB] edge_196_gradients/res4f_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŠúñºƒé
1update_res4f_branch2c/kernel/ApplyGradientDescent£«ñºƒ â(âB™update_res4f_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4f_branch2c/kernel, learning_rate, gradients/res4f_branch2c/kernel_grad_S196)H£«ñºƒPÁ

RecvTensor½úñºƒ Ô¦(Ô¦:
"€€BŠ[1024B] edge_197_gradients/bn4f_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H½úñºƒÛ
.update_bn4f_branch2b/beta/ApplyGradientDescent…®ñºƒ 
(
Bupdate_bn4f_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2b/beta, learning_rate, gradients/bn4f_branch2b/beta_grad_S197)H…®ñºƒPÂ

RecvTensor’üñºƒ €¥(€¥:
"€€B‹[1024B] edge_198_gradients/bn4f_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H’üñºƒß
/update_bn4f_branch2b/gamma/ApplyGradientDescent®ñºƒ 
(
B“update_bn4f_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2b/gamma, learning_rate, gradients/bn4f_branch2b/gamma_grad_S198)H®ñºƒPÈ

RecvTensor†ñºƒ Ä“(Ä“:"
€€€€B[2.2MB] edge_199_gradients/res4f_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H†ñºƒé
1update_res4f_branch2b/kernel/ApplyGradientDescentÊ°ñºƒ –(–B™update_res4f_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4f_branch2b/kernel, learning_rate, gradients/res4f_branch2b/kernel_grad_S199)HÊ°ñºƒPÁ

RecvTensorºñºƒ ‘“(‘“:
"€€BŠ[1024B] edge_200_gradients/bn4f_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HºñºƒÛ
.update_bn4f_branch2a/beta/ApplyGradientDescentà¶ñºƒ (Bupdate_bn4f_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2a/beta, learning_rate, gradients/bn4f_branch2a/beta_grad_S200)Hà¶ñºƒPÂ

RecvTensor”Ÿñºƒ ¸‘(¸‘:
"€€B‹[1024B] edge_201_gradients/bn4f_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H”Ÿñºƒß
/update_bn4f_branch2a/gamma/ApplyGradientDescentë¶ñºƒ (B“update_bn4f_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2a/gamma, learning_rate, gradients/bn4f_branch2a/gamma_grad_S201)Hë¶ñºƒPÆ

RecvTensor™®ñºƒ ¡‰(¡‰:"€€@€€@B[1.0MB] edge_202_gradients/res4f_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H™®ñºƒé
1update_res4f_branch2a/kernel/ApplyGradientDescentº·ñºƒ Ü(ÜB™update_res4f_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4f_branch2a/kernel, learning_rate, gradients/res4f_branch2a/kernel_grad_S202)Hº·ñºƒPÁ

RecvTensor–¯ñºƒ ¨ˆ(¨ˆ:
"€ € BŠ[4096B] edge_203_gradients/bn4e_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H–¯ñºƒÛ
.update_bn4e_branch2c/beta/ApplyGradientDescent–ºñºƒ (Bupdate_bn4e_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2c/beta, learning_rate, gradients/bn4e_branch2c/beta_grad_S203)H–ºñºƒPÂ

RecvTensor²µñºƒ ‚(‚:
"€ € B‹[4096B] edge_204_gradients/bn4e_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H²µñºƒß
/update_bn4e_branch2c/gamma/ApplyGradientDescent¡ºñºƒ (B“update_bn4e_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2c/gamma, learning_rate, gradients/bn4e_branch2c/gamma_grad_S204)H¡ºñºƒPÄ

RecvTensorœÅñºƒ ”y(”y:"€€@€€@B[1.0MB] edge_205_gradients/res4e_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HœÅñºƒé
1update_res4e_branch2c/kernel/ApplyGradientDescent°¾ñºƒ ó(óB™update_res4e_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4e_branch2c/kernel, learning_rate, gradients/res4e_branch2c/kernel_grad_S205)H°¾ñºƒP¿

RecvTensorĞÅñºƒ àx(àx:
"€€BŠ[1024B] edge_206_gradients/bn4e_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HĞÅñºƒÛ
.update_bn4e_branch2b/beta/ApplyGradientDescent£Áñºƒ 
(
Bupdate_bn4e_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2b/beta, learning_rate, gradients/bn4e_branch2b/beta_grad_S206)H£ÁñºƒPÀ

RecvTensor§Çñºƒ Šw(Šw:
"€€B‹[1024B] edge_207_gradients/bn4e_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H§Çñºƒß
/update_bn4e_branch2b/gamma/ApplyGradientDescent­Áñºƒ 
(
B“update_bn4e_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2b/gamma, learning_rate, gradients/bn4e_branch2b/gamma_grad_S207)H­ÁñºƒPÆ

RecvTensor«êñºƒ ¾c(¾c:"
€€€€B[2.2MB] edge_208_gradients/res4e_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H«êñºƒé
1update_res4e_branch2b/kernel/ApplyGradientDescentéÍñºƒ ‚(‚B™update_res4e_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4e_branch2b/kernel, learning_rate, gradients/res4e_branch2b/kernel_grad_S208)HéÍñºƒP¿

RecvTensorİêñºƒ c(c:
"€€BŠ[1024B] edge_209_gradients/bn4e_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HİêñºƒÛ
.update_bn4e_branch2a/beta/ApplyGradientDescentëÓñºƒ 
(
Bupdate_bn4e_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2a/beta, learning_rate, gradients/bn4e_branch2a/beta_grad_S209)HëÓñºƒPÀ

RecvTensor§ìñºƒ Äa(Äa:
"€€B‹[1024B] edge_210_gradients/bn4e_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H§ìñºƒß
/update_bn4e_branch2a/gamma/ApplyGradientDescentõÓñºƒ (B“update_bn4e_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2a/gamma, learning_rate, gradients/bn4e_branch2a/gamma_grad_S210)HõÓñºƒPÄ

RecvTensoråûñºƒ ôX(ôX:"€€@€€@B[1.0MB] edge_211_gradients/res4e_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Håûñºƒé
1update_res4e_branch2a/kernel/ApplyGradientDescentÙÔñºƒ Ø(ØB™update_res4e_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4e_branch2a/kernel, learning_rate, gradients/res4e_branch2a/kernel_grad_S211)HÙÔñºƒP¿

RecvTensorëüñºƒ òW(òW:
"€ € BŠ[4096B] edge_212_gradients/bn4d_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HëüñºƒÛ
.update_bn4d_branch2c/beta/ApplyGradientDescent±×ñºƒ (Bupdate_bn4d_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2c/beta, learning_rate, gradients/bn4d_branch2c/beta_grad_S212)H±×ñºƒPÀ

RecvTensorƒñºƒ ÑQ(ÑQ:
"€ € B‹[4096B] edge_213_gradients/bn4d_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hƒñºƒß
/update_bn4d_branch2c/gamma/ApplyGradientDescent¼×ñºƒ (B“update_bn4d_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2c/gamma, learning_rate, gradients/bn4d_branch2c/gamma_grad_S213)H¼×ñºƒPÄ

RecvTensoræ’ñºƒ éH(éH:"€€@€€@B[1.0MB] edge_214_gradients/res4d_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hæ’ñºƒé
1update_res4d_branch2c/kernel/ApplyGradientDescentÏÛñºƒ ù(ùB™update_res4d_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4d_branch2c/kernel, learning_rate, gradients/res4d_branch2c/kernel_grad_S214)HÏÛñºƒP¿

RecvTensor™“ñºƒ ¶H(¶H:
"€€BŠ[1024B] edge_215_gradients/bn4d_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H™“ñºƒÛ
.update_bn4d_branch2b/beta/ApplyGradientDescentÈŞñºƒ 
(
Bupdate_bn4d_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2b/beta, learning_rate, gradients/bn4d_branch2b/beta_grad_S215)HÈŞñºƒPÀ

RecvTensorğ”ñºƒ àF(àF:
"€€B‹[1024B] edge_216_gradients/bn4d_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hğ”ñºƒß
/update_bn4d_branch2b/gamma/ApplyGradientDescentÒŞñºƒ (B“update_bn4d_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2b/gamma, learning_rate, gradients/bn4d_branch2b/gamma_grad_S216)HÒŞñºƒPÆ

RecvTensorÿ¶ñºƒ ‰4(‰4:"
€€€€B[2.2MB] edge_217_gradients/res4d_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hÿ¶ñºƒé
1update_res4d_branch2b/kernel/ApplyGradientDescentˆëñºƒ ‘(‘B™update_res4d_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4d_branch2b/kernel, learning_rate, gradients/res4d_branch2b/kernel_grad_S217)HˆëñºƒP¿

RecvTensor³·ñºƒ Ö3(Ö3:
"€€BŠ[1024B] edge_218_gradients/bn4d_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H³·ñºƒÛ
.update_bn4d_branch2a/beta/ApplyGradientDescent™ññºƒ 
(
Bupdate_bn4d_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2a/beta, learning_rate, gradients/bn4d_branch2a/beta_grad_S218)H™ññºƒPÀ

RecvTensor‡¹ñºƒ ƒ2(ƒ2:
"€€B‹[1024B] edge_219_gradients/bn4d_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‡¹ñºƒß
/update_bn4d_branch2a/gamma/ApplyGradientDescent£ññºƒ 	(	B“update_bn4d_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2a/gamma, learning_rate, gradients/bn4d_branch2a/gamma_grad_S219)H£ññºƒPÄ

RecvTensor­Èñºƒ Ë)(Ë):"€€@€€@B[1.0MB] edge_220_gradients/res4d_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H­Èñºƒé
1update_res4d_branch2a/kernel/ApplyGradientDescentøññºƒ Ï(ÏB™update_res4d_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4d_branch2a/kernel, learning_rate, gradients/res4d_branch2a/kernel_grad_S220)HøññºƒP¿

RecvTensor®Éñºƒ Î((Î(:
"€ € BŠ[4096B] edge_221_gradients/bn4c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H®ÉñºƒÛ
.update_bn4c_branch2c/beta/ApplyGradientDescentÇôñºƒ (Bupdate_bn4c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2c/beta, learning_rate, gradients/bn4c_branch2c/beta_grad_S221)HÇôñºƒPÀ

RecvTensorÎÏñºƒ ±"(±":
"€ € B‹[4096B] edge_222_gradients/bn4c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÎÏñºƒß
/update_bn4c_branch2c/gamma/ApplyGradientDescentÒôñºƒ (B“update_bn4c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2c/gamma, learning_rate, gradients/bn4c_branch2c/gamma_grad_S222)HÒôñºƒPÄ

RecvTensor÷Şñºƒ ÷(÷:"€€@€€@B[1.0MB] edge_223_gradients/res4c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H÷Şñºƒé
1update_res4c_branch2c/kernel/ApplyGradientDescentîøñºƒ ‰(‰B™update_res4c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4c_branch2c/kernel, learning_rate, gradients/res4c_branch2c/kernel_grad_S223)HîøñºƒP¿

RecvTensor¨ßñºƒ Æ(Æ:
"€€BŠ[1024B] edge_224_gradients/bn4c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¨ßñºƒÛ
.update_bn4c_branch2b/beta/ApplyGradientDescent÷ûñºƒ 
(
Bupdate_bn4c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2b/beta, learning_rate, gradients/bn4c_branch2b/beta_grad_S224)H÷ûñºƒPÀ

RecvTensoröàñºƒ ù(ù:
"€€B‹[1024B] edge_225_gradients/bn4c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Höàñºƒß
/update_bn4c_branch2b/gamma/ApplyGradientDescentüñºƒ 
(
B“update_bn4c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2b/gamma, learning_rate, gradients/bn4c_branch2b/gamma_grad_S225)HüñºƒPÆ

RecvTensorÀñºƒ ”(”:"
€€€€B[2.2MB] edge_226_gradients/res4c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÀñºƒé
1update_res4c_branch2b/kernel/ApplyGradientDescentÔ‘ñºƒ (B™update_res4c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4c_branch2b/kernel, learning_rate, gradients/res4c_branch2b/kernel_grad_S226)HÔ‘ñºƒP¿

RecvTensoròñºƒ ã(ã:
"€€BŠ[1024B] edge_227_gradients/bn4c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HòñºƒÛ
.update_bn4c_branch2a/beta/ApplyGradientDescentä—ñºƒ 
(
Bupdate_bn4c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2a/beta, learning_rate, gradients/bn4c_branch2a/beta_grad_S227)Hä—ñºƒPÀ

RecvTensorÁƒñºƒ •(•:
"€€B‹[1024B] edge_228_gradients/bn4c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÁƒñºƒß
/update_bn4c_branch2a/gamma/ApplyGradientDescentî—ñºƒ 
(
B“update_bn4c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2a/gamma, learning_rate, gradients/bn4c_branch2a/gamma_grad_S228)Hî—ñºƒPÄ

RecvTensorÚ’ñºƒ Ç(Ç:"€€@€€@B[1.0MB] edge_229_gradients/res4c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÚ’ñºƒé
1update_res4c_branch2a/kernel/ApplyGradientDescent¡šñºƒ †(†B™update_res4c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4c_branch2a/kernel, learning_rate, gradients/res4c_branch2a/kernel_grad_S229)H¡šñºƒP¿

RecvTensorİ“ñºƒ Ç(Ç:
"€ € BŠ[4096B] edge_230_gradients/bn4b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hİ“ñºƒÛ
.update_bn4b_branch2c/beta/ApplyGradientDescent§ñºƒ (Bupdate_bn4b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2c/beta, learning_rate, gradients/bn4b_branch2c/beta_grad_S230)H§ñºƒP¾

RecvTensorÈ™ñºƒ d(d:
"€ € B‹[4096B] edge_231_gradients/bn4b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÈ™ñºƒß
/update_bn4b_branch2c/gamma/ApplyGradientDescent³ñºƒ 
(
B“update_bn4b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2c/gamma, learning_rate, gradients/bn4b_branch2c/gamma_grad_S231)H³ñºƒPÄ

RecvTensorâ¨ñºƒ ç(ç:"€€@€€@B[1.0MB] edge_232_gradients/res4b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hâ¨ñºƒé
1update_res4b_branch2c/kernel/ApplyGradientDescentÉ°ñºƒ í(íB™update_res4b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4b_branch2c/kernel, learning_rate, gradients/res4b_branch2c/kernel_grad_S232)HÉ°ñºƒP¿

RecvTensor•©ñºƒ µ(µ:
"€€BŠ[1024B] edge_233_gradients/bn4b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H•©ñºƒÛ
.update_bn4b_branch2b/beta/ApplyGradientDescent¶³ñºƒ (Bupdate_bn4b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2b/beta, learning_rate, gradients/bn4b_branch2b/beta_grad_S233)H¶³ñºƒPÀ

RecvTensoráªñºƒ ê(ê:
"€€B‹[1024B] edge_234_gradients/bn4b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Háªñºƒß
/update_bn4b_branch2b/gamma/ApplyGradientDescentÁ³ñºƒ (B“update_bn4b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2b/gamma, learning_rate, gradients/bn4b_branch2b/gamma_grad_S234)HÁ³ñºƒPÆ

RecvTensor†Ìñºƒ §(§:"
€€€€B[2.2MB] edge_235_gradients/res4b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H†Ìñºƒé
1update_res4b_branch2b/kernel/ApplyGradientDescent­Üñºƒ ‡(‡B™update_res4b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4b_branch2b/kernel, learning_rate, gradients/res4b_branch2b/kernel_grad_S235)H­ÜñºƒP¿

RecvTensor¹Ìñºƒ ô(ô:
"€€BŠ[1024B] edge_236_gradients/bn4b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¹ÌñºƒÛ
.update_bn4b_branch2a/beta/ApplyGradientDescent´âñºƒ 
(
Bupdate_bn4b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2a/beta, learning_rate, gradients/bn4b_branch2a/beta_grad_S236)H´âñºƒPÀ

RecvTensorˆÎñºƒ ¦(¦:
"€€B‹[1024B] edge_237_gradients/bn4b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HˆÎñºƒß
/update_bn4b_branch2a/gamma/ApplyGradientDescent¾âñºƒ 
(
B“update_bn4b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2a/gamma, learning_rate, gradients/bn4b_branch2a/gamma_grad_S237)H¾âñºƒPÄ

RecvTensorİñºƒ Ì(Ì:"€€@€€@B[1.0MB] edge_238_gradients/res4b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hİñºƒé
1update_res4b_branch2a/kernel/ApplyGradientDescentÛäñºƒ …(…B™update_res4b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4b_branch2a/kernel, learning_rate, gradients/res4b_branch2a/kernel_grad_S238)HÛäñºƒP¾

RecvTensorŞñºƒ Ï(Ï:
"€ € B‰[4096B] edge_239_gradients/bn4a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŞñºƒ×
-update_bn4a_branch1/beta/ApplyGradientDescentàçñºƒ (Bupdate_bn4a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch1/beta, learning_rate, gradients/bn4a_branch1/beta_grad_S239)HàçñºƒP¿

RecvTensorºáñºƒ ¨(¨:
"€ € BŠ[4096B] edge_240_gradients/bn4a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HºáñºƒÛ
.update_bn4a_branch1/gamma/ApplyGradientDescentëçñºƒ (Bupdate_bn4a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch1/gamma, learning_rate, gradients/bn4a_branch1/gamma_grad_S240)HëçñºƒPÅ

RecvTensorø‘ñºƒ ¹(¹:"
€€€€€€BŒ[2.0MB] edge_241_gradients/res4a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hø‘ñºƒå
0update_res4a_branch1/kernel/ApplyGradientDescent±‘ñºƒ ‘(‘B–update_res4a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch1/kernel, learning_rate, gradients/res4a_branch1/kernel_grad_S241)H±‘ñºƒP¿

RecvTensorı‚‘ñºƒ ·(·:
"€ € BŠ[4096B] edge_242_gradients/bn4a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hı‚‘ñºƒÛ
.update_bn4a_branch2c/beta/ApplyGradientDescentÂ•‘ñºƒ (Bupdate_bn4a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2c/beta, learning_rate, gradients/bn4a_branch2c/beta_grad_S242)HÂ•‘ñºƒPÀ

RecvTensoròˆ‘ñºƒ Å(Å:
"€ € B‹[4096B] edge_243_gradients/bn4a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hòˆ‘ñºƒß
/update_bn4a_branch2c/gamma/ApplyGradientDescentÍ•‘ñºƒ (B“update_bn4a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2c/gamma, learning_rate, gradients/bn4a_branch2c/gamma_grad_S243)HÍ•‘ñºƒPÄ

RecvTensoró—‘ñºƒ Í(Í:"€€@€€@B[1.0MB] edge_244_gradients/res4a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hó—‘ñºƒé
1update_res4a_branch2c/kernel/ApplyGradientDescentÀŸ‘ñºƒ â(âB™update_res4a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch2c/kernel, learning_rate, gradients/res4a_branch2c/kernel_grad_S244)HÀŸ‘ñºƒP¿

RecvTensor¦˜‘ñºƒ š(š:
"€€BŠ[1024B] edge_245_gradients/bn4a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¦˜‘ñºƒÛ
.update_bn4a_branch2b/beta/ApplyGradientDescent¢¢‘ñºƒ 
(
Bupdate_bn4a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2b/beta, learning_rate, gradients/bn4a_branch2b/beta_grad_S245)H¢¢‘ñºƒPÀ

RecvTensorû™‘ñºƒ Æ(Æ:
"€€B‹[1024B] edge_246_gradients/bn4a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hû™‘ñºƒß
/update_bn4a_branch2b/gamma/ApplyGradientDescent¬¢‘ñºƒ 
(
B“update_bn4a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2b/gamma, learning_rate, gradients/bn4a_branch2b/gamma_grad_S246)H¬¢‘ñºƒPÆ

RecvTensorÌ¼‘ñºƒ ¦(¦:"
€€€€B[2.2MB] edge_247_gradients/res4a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÌ¼‘ñºƒé
1update_res4a_branch2b/kernel/ApplyGradientDescentòÌ‘ñºƒ Ï(ÏB™update_res4a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch2b/kernel, learning_rate, gradients/res4a_branch2b/kernel_grad_S247)HòÌ‘ñºƒP¿

RecvTensorĞ½‘ñºƒ £(£:
"€€BŠ[1024B] edge_248_gradients/bn4a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HĞ½‘ñºƒÛ
.update_bn4a_branch2a/beta/ApplyGradientDescentÁÓ‘ñºƒ 
(
Bupdate_bn4a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2a/beta, learning_rate, gradients/bn4a_branch2a/beta_grad_S248)HÁÓ‘ñºƒPÀ

RecvTensorÃÃ‘ñºƒ ±	(±	:
"€€B‹[1024B] edge_249_gradients/bn4a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÃÃ‘ñºƒß
/update_bn4a_branch2a/gamma/ApplyGradientDescentËÓ‘ñºƒ (B“update_bn4a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2a/gamma, learning_rate, gradients/bn4a_branch2a/gamma_grad_S249)HËÓ‘ñºƒPÄ

RecvTensor°à‘ñºƒ ›(›:"€€ €€ B[0.5MB] edge_250_gradients/res4a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H°à‘ñºƒé
1update_res4a_branch2a/kernel/ApplyGradientDescentËä‘ñºƒ ´(´B™update_res4a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch2a/kernel, learning_rate, gradients/res4a_branch2a/kernel_grad_S250)HËä‘ñºƒP¿

RecvTensor§â‘ñºƒ ¦(¦:
"€€BŠ[2048B] edge_251_gradients/bn3d_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H§â‘ñºƒÛ
.update_bn3d_branch2c/beta/ApplyGradientDescentÿå‘ñºƒ (Bupdate_bn3d_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2c/beta, learning_rate, gradients/bn3d_branch2c/beta_grad_S251)Hÿå‘ñºƒP¾

RecvTensor¸î‘ñºƒ ^(^:
"€€B‹[2048B] edge_252_gradients/bn3d_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¸î‘ñºƒß
/update_bn3d_branch2c/gamma/ApplyGradientDescent–ï‘ñºƒ (B“update_bn3d_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2c/gamma, learning_rate, gradients/bn3d_branch2c/gamma_grad_S252)H–ï‘ñºƒPÄ

RecvTensor®ı‘ñºƒ ½(½:"€€€€B[0.2MB] edge_253_gradients/res3d_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H®ı‘ñºƒç
1update_res3d_branch2c/kernel/ApplyGradientDescentëÿ‘ñºƒ l(lB™update_res3d_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3d_branch2c/kernel, learning_rate, gradients/res3d_branch2c/kernel_grad_S253)Hëÿ‘ñºƒP¾

RecvTensorüı‘ñºƒ ï(ï:
"€€B‰[512B] edge_254_gradients/bn3d_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hüı‘ñºƒÛ
.update_bn3d_branch2b/beta/ApplyGradientDescent×€’ñºƒ (Bupdate_bn3d_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2b/beta, learning_rate, gradients/bn3d_branch2b/beta_grad_S254)H×€’ñºƒP½

RecvTensor†’ñºƒ ^(^:
"€€BŠ[512B] edge_255_gradients/bn3d_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H†’ñºƒß
/update_bn3d_branch2b/gamma/ApplyGradientDescentä’ñºƒ 
(
B“update_bn3d_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2b/gamma, learning_rate, gradients/bn3d_branch2b/gamma_grad_S255)Hä’ñºƒPÄ

RecvTensorˆ¤’ñºƒ Ö(Ö:"€€$€€$B[0.6MB] edge_256_gradients/res3d_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hˆ¤’ñºƒé
1update_res3d_branch2b/kernel/ApplyGradientDescentŞ¨’ñºƒ ²(²B™update_res3d_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3d_branch2b/kernel, learning_rate, gradients/res3d_branch2b/kernel_grad_S256)HŞ¨’ñºƒP¾

RecvTensorØ¤’ñºƒ †(†:
"€€B‰[512B] edge_257_gradients/bn3d_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HØ¤’ñºƒÛ
.update_bn3d_branch2a/beta/ApplyGradientDescentª’ñºƒ 
(
Bupdate_bn3d_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2a/beta, learning_rate, gradients/bn3d_branch2a/beta_grad_S257)Hª’ñºƒP½

RecvTensorê§’ñºƒ u(u:
"€€BŠ[512B] edge_258_gradients/bn3d_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hê§’ñºƒß
/update_bn3d_branch2a/gamma/ApplyGradientDescentšª’ñºƒ 
(
B“update_bn3d_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2a/gamma, learning_rate, gradients/bn3d_branch2a/gamma_grad_S258)Hšª’ñºƒPÄ

RecvTensor¸’ñºƒ Ç(Ç:"€€€€B[0.2MB] edge_259_gradients/res3d_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¸’ñºƒç
1update_res3d_branch2a/kernel/ApplyGradientDescentÈº’ñºƒ g(gB™update_res3d_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3d_branch2a/kernel, learning_rate, gradients/res3d_branch2a/kernel_grad_S259)HÈº’ñºƒP½

RecvTensor÷¹’ñºƒ t(t:
"€€BŠ[2048B] edge_260_gradients/bn3c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H÷¹’ñºƒÛ
.update_bn3c_branch2c/beta/ApplyGradientDescent¯»’ñºƒ 
(
Bupdate_bn3c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2c/beta, learning_rate, gradients/bn3c_branch2c/beta_grad_S260)H¯»’ñºƒP¾

RecvTensorŠÆ’ñºƒ W(W:
"€€B‹[2048B] edge_261_gradients/bn3c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŠÆ’ñºƒß
/update_bn3c_branch2c/gamma/ApplyGradientDescentáÆ’ñºƒ (B“update_bn3c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2c/gamma, learning_rate, gradients/bn3c_branch2c/gamma_grad_S261)HáÆ’ñºƒPÄ

RecvTensor¼Õ’ñºƒ Á(Á:"€€€€B[0.2MB] edge_262_gradients/res3c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¼Õ’ñºƒç
1update_res3c_branch2c/kernel/ApplyGradientDescentı×’ñºƒ d(dB™update_res3c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3c_branch2c/kernel, learning_rate, gradients/res3c_branch2c/kernel_grad_S262)Hı×’ñºƒP¾

RecvTensorˆÖ’ñºƒ ö(ö:
"€€B‰[512B] edge_263_gradients/bn3c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HˆÖ’ñºƒÛ
.update_bn3c_branch2b/beta/ApplyGradientDescentáØ’ñºƒ (Bupdate_bn3c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2b/beta, learning_rate, gradients/bn3c_branch2b/beta_grad_S263)HáØ’ñºƒP½

RecvTensor Ù’ñºƒ x(x:
"€€BŠ[512B] edge_264_gradients/bn3c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H Ù’ñºƒß
/update_bn3c_branch2b/gamma/ApplyGradientDescent˜Ú’ñºƒ 
(
B“update_bn3c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2b/gamma, learning_rate, gradients/bn3c_branch2b/gamma_grad_S264)H˜Ú’ñºƒPÄ

RecvTensor¢û’ñºƒ Ï(Ï:"€€$€€$B[0.6MB] edge_265_gradients/res3c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¢û’ñºƒé
1update_res3c_branch2b/kernel/ApplyGradientDescentñÿ’ñºƒ È(ÈB™update_res3c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3c_branch2b/kernel, learning_rate, gradients/res3c_branch2b/kernel_grad_S265)Hñÿ’ñºƒP¾

RecvTensorôû’ñºƒ ş(ş:
"€€B‰[512B] edge_266_gradients/bn3c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hôû’ñºƒÛ
.update_bn3c_branch2a/beta/ApplyGradientDescent¹“ñºƒ 
(
Bupdate_bn3c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2a/beta, learning_rate, gradients/bn3c_branch2a/beta_grad_S266)H¹“ñºƒP½

RecvTensorÿş’ñºƒ s(s:
"€€BŠ[512B] edge_267_gradients/bn3c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hÿş’ñºƒß
/update_bn3c_branch2a/gamma/ApplyGradientDescentÃ“ñºƒ 
(
B“update_bn3c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2a/gamma, learning_rate, gradients/bn3c_branch2a/gamma_grad_S267)HÃ“ñºƒPÄ

RecvTensor“ñºƒ Ä(Ä:"€€€€B[0.2MB] edge_268_gradients/res3c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H“ñºƒç
1update_res3c_branch2a/kernel/ApplyGradientDescentÔ“ñºƒ X(XB™update_res3c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3c_branch2a/kernel, learning_rate, gradients/res3c_branch2a/kernel_grad_S268)HÔ“ñºƒP½

RecvTensorƒ“ñºƒ Z(Z:
"€€BŠ[2048B] edge_269_gradients/bn3b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hƒ“ñºƒÛ
.update_bn3b_branch2c/beta/ApplyGradientDescent¬‘“ñºƒ 
(
Bupdate_bn3b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2c/beta, learning_rate, gradients/bn3b_branch2c/beta_grad_S269)H¬‘“ñºƒP¾

RecvTensor«œ“ñºƒ \(\:
"€€B‹[2048B] edge_270_gradients/bn3b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H«œ“ñºƒß
/update_bn3b_branch2c/gamma/ApplyGradientDescent‡“ñºƒ (B“update_bn3b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2c/gamma, learning_rate, gradients/bn3b_branch2c/gamma_grad_S270)H‡“ñºƒPÄ

RecvTensor‡«“ñºƒ ¾(¾:"€€€€B[0.2MB] edge_271_gradients/res3b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‡«“ñºƒç
1update_res3b_branch2c/kernel/ApplyGradientDescentÅ­“ñºƒ \(\B™update_res3b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3b_branch2c/kernel, learning_rate, gradients/res3b_branch2c/kernel_grad_S271)HÅ­“ñºƒP¾

RecvTensorÖ«“ñºƒ ğ(ğ:
"€€B‰[512B] edge_272_gradients/bn3b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÖ«“ñºƒÛ
.update_bn3b_branch2b/beta/ApplyGradientDescent¡®“ñºƒ 
(
Bupdate_bn3b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2b/beta, learning_rate, gradients/bn3b_branch2b/beta_grad_S272)H¡®“ñºƒP½

RecvTensoræ®“ñºƒ \(\:
"€€BŠ[512B] edge_273_gradients/bn3b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hæ®“ñºƒß
/update_bn3b_branch2b/gamma/ApplyGradientDescentÂ¯“ñºƒ 
(
B“update_bn3b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2b/gamma, learning_rate, gradients/bn3b_branch2b/gamma_grad_S273)HÂ¯“ñºƒPÄ

RecvTensorîÏ“ñºƒ Ö(Ö:"€€$€€$B[0.6MB] edge_274_gradients/res3b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HîÏ“ñºƒé
1update_res3b_branch2b/kernel/ApplyGradientDescentÄÔ“ñºƒ Ã(ÃB™update_res3b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3b_branch2b/kernel, learning_rate, gradients/res3b_branch2b/kernel_grad_S274)HÄÔ“ñºƒP¾

RecvTensor»Ğ“ñºƒ Š(Š:
"€€B‰[512B] edge_275_gradients/bn3b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H»Ğ“ñºƒÛ
.update_bn3b_branch2a/beta/ApplyGradientDescent‡Ö“ñºƒ (Bupdate_bn3b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2a/beta, learning_rate, gradients/bn3b_branch2a/beta_grad_S275)H‡Ö“ñºƒP¿

RecvTensor±Ó“ñºƒ ”(”:
"€€BŠ[512B] edge_276_gradients/bn3b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H±Ó“ñºƒß
/update_bn3b_branch2a/gamma/ApplyGradientDescent’Ö“ñºƒ 
(
B“update_bn3b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2a/gamma, learning_rate, gradients/bn3b_branch2a/gamma_grad_S276)H’Ö“ñºƒPÄ

RecvTensorã“ñºƒ °(°:"€€€€B[0.2MB] edge_277_gradients/res3b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hã“ñºƒç
1update_res3b_branch2a/kernel/ApplyGradientDescent¾å“ñºƒ a(aB™update_res3b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3b_branch2a/kernel, learning_rate, gradients/res3b_branch2a/kernel_grad_S277)H¾å“ñºƒP¼

RecvTensor÷ä“ñºƒ f(f:
"€€B‰[2048B] edge_278_gradients/bn3a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H÷ä“ñºƒ×
-update_bn3a_branch1/beta/ApplyGradientDescentŸæ“ñºƒ 
(
Bupdate_bn3a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch1/beta, learning_rate, gradients/bn3a_branch1/beta_grad_S278)HŸæ“ñºƒP½

RecvTensorãë“ñºƒ x(x:
"€€BŠ[2048B] edge_279_gradients/bn3a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hãë“ñºƒÛ
.update_bn3a_branch1/gamma/ApplyGradientDescentÛì“ñºƒ (Bupdate_bn3a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch1/gamma, learning_rate, gradients/bn3a_branch1/gamma_grad_S279)HÛì“ñºƒPÃ

RecvTensorµŠ”ñºƒ (:"€€ €€ BŒ[0.5MB] edge_280_gradients/res3a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HµŠ”ñºƒå
0update_res3a_branch1/kernel/ApplyGradientDescentÄ”ñºƒ Ä(ÄB–update_res3a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch1/kernel, learning_rate, gradients/res3a_branch1/kernel_grad_S280)HÄ”ñºƒP¿

RecvTensoršŒ”ñºƒ ¬(¬:
"€€BŠ[2048B] edge_281_gradients/bn3a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HšŒ”ñºƒÛ
.update_bn3a_branch2c/beta/ApplyGradientDescentˆ”ñºƒ (Bupdate_bn3a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2c/beta, learning_rate, gradients/bn3a_branch2c/beta_grad_S281)Hˆ”ñºƒP¾

RecvTensor·˜”ñºƒ m(m:
"€€B‹[2048B] edge_282_gradients/bn3a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H·˜”ñºƒß
/update_bn3a_branch2c/gamma/ApplyGradientDescent¤™”ñºƒ 
(
B“update_bn3a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2c/gamma, learning_rate, gradients/bn3a_branch2c/gamma_grad_S282)H¤™”ñºƒPÄ

RecvTensorü§”ñºƒ ½(½:"€€€€B[0.2MB] edge_283_gradients/res3a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hü§”ñºƒç
1update_res3a_branch2c/kernel/ApplyGradientDescent¹ª”ñºƒ a(aB™update_res3a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch2c/kernel, learning_rate, gradients/res3a_branch2c/kernel_grad_S283)H¹ª”ñºƒP¾

RecvTensorÈ¨”ñºƒ ò(ò:
"€€B‰[512B] edge_284_gradients/bn3a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÈ¨”ñºƒÛ
.update_bn3a_branch2b/beta/ApplyGradientDescentš«”ñºƒ 
(
Bupdate_bn3a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2b/beta, learning_rate, gradients/bn3a_branch2b/beta_grad_S284)Hš«”ñºƒP½

RecvTensorà«”ñºƒ e(e:
"€€BŠ[512B] edge_285_gradients/bn3a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hà«”ñºƒß
/update_bn3a_branch2b/gamma/ApplyGradientDescentÅ¬”ñºƒ (B“update_bn3a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2b/gamma, learning_rate, gradients/bn3a_branch2b/gamma_grad_S285)HÅ¬”ñºƒPÄ

RecvTensorìÌ”ñºƒ Í(Í:"€€$€€$B[0.6MB] edge_286_gradients/res3a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HìÌ”ñºƒé
1update_res3a_branch2b/kernel/ApplyGradientDescent¹Ñ”ñºƒ Ø(ØB™update_res3a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch2b/kernel, learning_rate, gradients/res3a_branch2b/kernel_grad_S286)H¹Ñ”ñºƒP¾

RecvTensorÎÎ”ñºƒ ë(ë:
"€€B‰[512B] edge_287_gradients/bn3a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÎÎ”ñºƒÛ
.update_bn3a_branch2a/beta/ApplyGradientDescent‘Ó”ñºƒ 
(
Bupdate_bn3a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2a/beta, learning_rate, gradients/bn3a_branch2a/beta_grad_S287)H‘Ó”ñºƒP½

RecvTensorºÚ”ñºƒ _(_:
"€€BŠ[512B] edge_288_gradients/bn3a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HºÚ”ñºƒß
/update_bn3a_branch2a/gamma/ApplyGradientDescent™Û”ñºƒ (B“update_bn3a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2a/gamma, learning_rate, gradients/bn3a_branch2a/gamma_grad_S288)H™Û”ñºƒPÄ

RecvTensor‹ø”ñºƒ Û(Û:"€€€€B[0.1MB] edge_289_gradients/res3a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‹ø”ñºƒç
1update_res3a_branch2a/kernel/ApplyGradientDescentæù”ñºƒ 8(8B™update_res3a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch2a/kernel, learning_rate, gradients/res3a_branch2a/kernel_grad_S289)Hæù”ñºƒP½

RecvTensorÉû”ñºƒ \(\:
"€€BŠ[1024B] edge_290_gradients/bn2c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÉû”ñºƒÛ
.update_bn2c_branch2c/beta/ApplyGradientDescent¥ü”ñºƒ 
(
Bupdate_bn2c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2c/beta, learning_rate, gradients/bn2c_branch2c/beta_grad_S290)H¥ü”ñºƒP¾

RecvTensorœ”•ñºƒ j(j:
"€€B‹[1024B] edge_291_gradients/bn2c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hœ”•ñºƒß
/update_bn2c_branch2c/gamma/ApplyGradientDescent†••ñºƒ (B“update_bn2c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2c/gamma, learning_rate, gradients/bn2c_branch2c/gamma_grad_S291)H†••ñºƒPÅ

RecvTensorı¢•ñºƒ ™(™:"€€€€B[65536B] edge_292_gradients/res2c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hı¢•ñºƒç
1update_res2c_branch2c/kernel/ApplyGradientDescent–¤•ñºƒ (B™update_res2c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res2c_branch2c/kernel, learning_rate, gradients/res2c_branch2c/kernel_grad_S292)H–¤•ñºƒP¼

RecvTensorû£•ñºƒ c(c:
"€€B‰[256B] edge_293_gradients/bn2c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hû£•ñºƒÛ
.update_bn2c_branch2b/beta/ApplyGradientDescentŞ¤•ñºƒ 	(	Bupdate_bn2c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2b/beta, learning_rate, gradients/bn2c_branch2b/beta_grad_S293)HŞ¤•ñºƒP½

RecvTensor‹ª•ñºƒ o(o:
"€€BŠ[256B] edge_294_gradients/bn2c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‹ª•ñºƒß
/update_bn2c_branch2b/gamma/ApplyGradientDescentúª•ñºƒ 
(
B“update_bn2c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2b/gamma, learning_rate, gradients/bn2c_branch2b/gamma_grad_S294)Húª•ñºƒPÄ

RecvTensorïÌ•ñºƒ í(í:"€€	€€	B[0.1MB] edge_295_gradients/res2c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HïÌ•ñºƒç
1update_res2c_branch2b/kernel/ApplyGradientDescentÜÎ•ñºƒ 8(8B™update_res2c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res2c_branch2b/kernel, learning_rate, gradients/res2c_branch2b/kernel_grad_S295)HÜÎ•ñºƒP¼

RecvTensorõÍ•ñºƒ u(u:
"€€B‰[256B] edge_296_gradients/bn2c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HõÍ•ñºƒÛ
.update_bn2c_branch2a/beta/ApplyGradientDescent”Ï•ñºƒ (Bupdate_bn2c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2a/beta, learning_rate, gradients/bn2c_branch2a/beta_grad_S296)H”Ï•ñºƒP½

RecvTensor‘Ô•ñºƒ n(n:
"€€BŠ[256B] edge_297_gradients/bn2c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‘Ô•ñºƒß
/update_bn2c_branch2a/gamma/ApplyGradientDescentÿÔ•ñºƒ 
(
B“update_bn2c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2a/gamma, learning_rate, gradients/bn2c_branch2a/gamma_grad_S297)HÿÔ•ñºƒPÅ

RecvTensor«ã•ñºƒ £(£:"€€€€B[65536B] edge_298_gradients/res2c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H«ã•ñºƒç
1update_res2c_branch2a/kernel/ApplyGradientDescentÎä•ñºƒ !(!B™update_res2c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res2c_branch2a/kernel, learning_rate, gradients/res2c_branch2a/kernel_grad_S298)HÎä•ñºƒP½

RecvTensor€ç•ñºƒ u(u:
"€€BŠ[1024B] edge_299_gradients/bn2b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H€ç•ñºƒÛ
.update_bn2b_branch2c/beta/ApplyGradientDescentõç•ñºƒ (Bupdate_bn2b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2c/beta, learning_rate, gradients/bn2b_branch2c/beta_grad_S299)Hõç•ñºƒP¾

RecvTensorŸş•ñºƒ _(_:
"€€B‹[1024B] edge_300_gradients/bn2b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŸş•ñºƒß
/update_bn2b_branch2c/gamma/ApplyGradientDescentşş•ñºƒ (B“update_bn2b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2c/gamma, learning_rate, gradients/bn2b_branch2c/gamma_grad_S300)Hşş•ñºƒPÅ

RecvTensor„–ñºƒ ¢(¢:"€€€€B[65536B] edge_301_gradients/res2b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H„–ñºƒç
1update_res2b_branch2c/kernel/ApplyGradientDescent¦–ñºƒ (B™update_res2b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res2b_branch2c/kernel, learning_rate, gradients/res2b_branch2c/kernel_grad_S301)H¦–ñºƒP¼

RecvTensorˆ–ñºƒ d(d:
"€€B‰[256B] edge_302_gradients/bn2b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hˆ–ñºƒÛ
.update_bn2b_branch2b/beta/ApplyGradientDescentì–ñºƒ 
(
Bupdate_bn2b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2b/beta, learning_rate, gradients/bn2b_branch2b/beta_grad_S302)Hì–ñºƒP½

RecvTensor†•–ñºƒ q(q:
"€€BŠ[256B] edge_303_gradients/bn2b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H†•–ñºƒß
/update_bn2b_branch2b/gamma/ApplyGradientDescent÷•–ñºƒ 	(	B“update_bn2b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2b/gamma, learning_rate, gradients/bn2b_branch2b/gamma_grad_S303)H÷•–ñºƒPÄ

RecvTensorúµ–ñºƒ Ï(Ï:"€€	€€	B[0.1MB] edge_304_gradients/res2b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Húµ–ñºƒç
1update_res2b_branch2b/kernel/ApplyGradientDescentÉ·–ñºƒ <(<B™update_res2b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res2b_branch2b/kernel, learning_rate, gradients/res2b_branch2b/kernel_grad_S304)HÉ·–ñºƒP¼

RecvTensor€·–ñºƒ Z(Z:
"€€B‰[256B] edge_305_gradients/bn2b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H€·–ñºƒÛ
.update_bn2b_branch2a/beta/ApplyGradientDescent…¸–ñºƒ 
(
Bupdate_bn2b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2a/beta, learning_rate, gradients/bn2b_branch2a/beta_grad_S305)H…¸–ñºƒP½

RecvTensorñ¼–ñºƒ t(t:
"€€BŠ[256B] edge_306_gradients/bn2b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hñ¼–ñºƒß
/update_bn2b_branch2a/gamma/ApplyGradientDescentå½–ñºƒ 
(
B“update_bn2b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2a/gamma, learning_rate, gradients/bn2b_branch2a/gamma_grad_S306)Hå½–ñºƒPÅ

RecvTensor¸Ì–ñºƒ (:"€€€€B[65536B] edge_307_gradients/res2b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¸Ì–ñºƒç
1update_res2b_branch2a/kernel/ApplyGradientDescentÇÍ–ñºƒ (B™update_res2b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res2b_branch2a/kernel, learning_rate, gradients/res2b_branch2a/kernel_grad_S307)HÇÍ–ñºƒP¼

RecvTensor‚Ğ–ñºƒ ](]:
"€€B‰[1024B] edge_308_gradients/bn2a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‚Ğ–ñºƒ×
-update_bn2a_branch1/beta/ApplyGradientDescentßĞ–ñºƒ 
(
Bupdate_bn2a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch1/beta, learning_rate, gradients/bn2a_branch1/beta_grad_S308)HßĞ–ñºƒP½

RecvTensorÌİ–ñºƒ `(`:
"€€BŠ[1024B] edge_309_gradients/bn2a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÌİ–ñºƒÛ
.update_bn2a_branch1/gamma/ApplyGradientDescent¬Ş–ñºƒ (Bupdate_bn2a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch1/gamma, learning_rate, gradients/bn2a_branch1/gamma_grad_S309)H¬Ş–ñºƒPÄ

RecvTensoràì–ñºƒ ‹(‹:"€€€€B[65536B] edge_310_gradients/res2a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hàì–ñºƒã
0update_res2a_branch1/kernel/ApplyGradientDescentëí–ñºƒ  ( B–update_res2a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch1/kernel, learning_rate, gradients/res2a_branch1/kernel_grad_S310)Hëí–ñºƒP½

RecvTensor¬ğ–ñºƒ W(W:
"€€BŠ[1024B] edge_311_gradients/bn2a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¬ğ–ñºƒÛ
.update_bn2a_branch2c/beta/ApplyGradientDescentƒñ–ñºƒ 
(
Bupdate_bn2a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2c/beta, learning_rate, gradients/bn2a_branch2c/beta_grad_S311)Hƒñ–ñºƒP¾

RecvTensorÜ†—ñºƒ _(_:
"€€B‹[1024B] edge_312_gradients/bn2a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÜ†—ñºƒß
/update_bn2a_branch2c/gamma/ApplyGradientDescent»‡—ñºƒ 	(	B“update_bn2a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2c/gamma, learning_rate, gradients/bn2a_branch2c/gamma_grad_S312)H»‡—ñºƒPÅ

RecvTensor…–—ñºƒ ¡(¡:"€€€€B[65536B] edge_313_gradients/res2a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H…–—ñºƒç
1update_res2a_branch2c/kernel/ApplyGradientDescent¦——ñºƒ (B™update_res2a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch2c/kernel, learning_rate, gradients/res2a_branch2c/kernel_grad_S313)H¦——ñºƒP¼

RecvTensor‡——ñºƒ ](]:
"€€B‰[256B] edge_314_gradients/bn2a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‡——ñºƒÛ
.update_bn2a_branch2b/beta/ApplyGradientDescentä——ñºƒ 
(
Bupdate_bn2a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2b/beta, learning_rate, gradients/bn2a_branch2b/beta_grad_S314)Hä——ñºƒP½

RecvTensor¨—ñºƒ a(a:
"€€BŠ[256B] edge_315_gradients/bn2a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¨—ñºƒß
/update_bn2a_branch2b/gamma/ApplyGradientDescent‰—ñºƒ 
(
B“update_bn2a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2b/gamma, learning_rate, gradients/bn2a_branch2b/gamma_grad_S315)H‰—ñºƒPÄ

RecvTensorÕ¾—ñºƒ ê(ê:"€€	€€	B[0.1MB] edge_316_gradients/res2a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÕ¾—ñºƒç
1update_res2a_branch2b/kernel/ApplyGradientDescent¿À—ñºƒ :(:B™update_res2a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch2b/kernel, learning_rate, gradients/res2a_branch2b/kernel_grad_S316)H¿À—ñºƒP¼

RecvTensorÛ¿—ñºƒ h(h:
"€€B‰[256B] edge_317_gradients/bn2a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÛ¿—ñºƒÛ
.update_bn2a_branch2a/beta/ApplyGradientDescentùÀ—ñºƒ (Bupdate_bn2a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2a/beta, learning_rate, gradients/bn2a_branch2a/beta_grad_S317)HùÀ—ñºƒP½

RecvTensorŠÆ—ñºƒ j(j:
"€€BŠ[256B] edge_318_gradients/bn2a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŠÆ—ñºƒß
/update_bn2a_branch2a/gamma/ApplyGradientDescentôÆ—ñºƒ 
(
B“update_bn2a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2a/gamma, learning_rate, gradients/bn2a_branch2a/gamma_grad_S318)HôÆ—ñºƒPÃ

RecvTensoröÉ—ñºƒ r(r:"€€€€B[16384B] edge_319_gradients/res2a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HöÉ—ñºƒç
1update_res2a_branch2a/kernel/ApplyGradientDescentèÊ—ñºƒ (B™update_res2a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch2a/kernel, learning_rate, gradients/res2a_branch2a/kernel_grad_S319)HèÊ—ñºƒP·

RecvTensorÓÍ—ñºƒ [([:
"€€B„[256B] edge_320_gradients/bn_conv1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÓÍ—ñºƒÇ
)update_bn_conv1/beta/ApplyGradientDescent®Î—ñºƒ (Bupdate_bn_conv1/beta/ApplyGradientDescent = ApplyGradientDescent(bn_conv1/beta, learning_rate, gradients/bn_conv1/beta_grad_S320)H®Î—ñºƒP¸

RecvTensorÃí—ñºƒ ~(~:
"€€B…[256B] edge_321_gradients/bn_conv1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÃí—ñºƒË
*update_bn_conv1/gamma/ApplyGradientDescentÁî—ñºƒ 
(
B„update_bn_conv1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn_conv1/gamma, learning_rate, gradients/bn_conv1/gamma_grad_S321)HÁî—ñºƒP¼

RecvTensor¹ÿ—ñºƒ (:"€¦€¦B…[37632B] edge_322_gradients/conv1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¹ÿ—ñºƒÂ
(update_conv1/kernel/ApplyGradientDescentÇ€˜ñºƒ (B~update_conv1/kernel/ApplyGradientDescent = ApplyGradientDescent(conv1/kernel, learning_rate, gradients/conv1/kernel_grad_S322)HÇ€˜ñºƒP