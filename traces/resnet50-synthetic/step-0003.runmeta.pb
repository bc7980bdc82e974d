
‹

àê
)/job:worker/replica:0/task:0/device:CPU:0­

RecvTensor¼˜­ñºƒ u(u:"€¦€¦By[37632B] edge_1_conv1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¼˜­ñºƒ«

RecvTensor¾˜­ñºƒ s(s:
"€€By[256B] edge_2_bn_conv1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¾˜­ñºƒ¬

RecvTensorÂ˜­ñºƒ ë(ë:
"€€Bx[256B] edge_3_bn_conv1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÂ˜­ñºƒ¹

RecvTensorÅ˜­ñºƒ õ(õ:"€€€€B‚[16384B] edge_4_res2a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÅ˜­ñºƒ²

RecvTensorÈ˜­ñºƒ å(å:
"€€B~[256B] edge_5_bn2a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÈ˜­ñºƒ±

RecvTensorÊ˜­ñºƒ ñ(ñ:
"€€B}[256B] edge_6_bn2a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÊ˜­ñºƒ¸

RecvTensorÍ˜­ñºƒ ß(ß:"€€	€€	B[0.1MB] edge_7_res2a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÍ˜­ñºƒ²

RecvTensorÑ˜­ñºƒ ê(ê:
"€€B~[256B] edge_8_bn2a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÑ˜­ñºƒ±

RecvTensorÓ˜­ñºƒ Ø(Ø:
"€€B}[256B] edge_9_bn2a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÓ˜­ñºƒº

RecvTensor×˜­ñºƒ œ(œ:"€€€€Bƒ[65536B] edge_10_res2a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H×˜­ñºƒµ

RecvTensorÙ˜­ñºƒ Ñ(Ñ:
"€€B€[1024B] edge_11_bn2a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÙ˜­ñºƒ³

RecvTensorİ˜­ñºƒ ß(ß:
"€€B[1024B] edge_12_bn2a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hİ˜­ñºƒ¹

RecvTensorà˜­ñºƒ Ê(Ê:"€€€€B‚[65536B] edge_13_res2a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hà˜­ñºƒ³

RecvTensorã˜­ñºƒ É(É:
"€€B[1024B] edge_14_bn2a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hã˜­ñºƒ²

RecvTensoræ˜­ñºƒ Â(Â:
"€€B~[1024B] edge_15_bn2a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hæ˜­ñºƒº

RecvTensoré˜­ñºƒ ö(ö:"€€€€Bƒ[65536B] edge_16_res2b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hé˜­ñºƒ³

RecvTensorì˜­ñºƒ ó(ó:
"€€B[256B] edge_17_bn2b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hì˜­ñºƒ²

RecvTensorï˜­ñºƒ ğ(ğ:
"€€B~[256B] edge_18_bn2b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hï˜­ñºƒ¹

RecvTensorò˜­ñºƒ µ(µ:"€€	€€	B‚[0.1MB] edge_19_res2b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hò˜­ñºƒ³

RecvTensorõ˜­ñºƒ ê(ê:
"€€B[256B] edge_20_bn2b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hõ˜­ñºƒ²

RecvTensorø˜­ñºƒ è(è:
"€€B~[256B] edge_21_bn2b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hø˜­ñºƒº

RecvTensorû˜­ñºƒ (:"€€€€Bƒ[65536B] edge_22_res2b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hû˜­ñºƒµ

RecvTensorş˜­ñºƒ Ò(Ò:
"€€B€[1024B] edge_23_bn2b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hş˜­ñºƒ³

RecvTensor™­ñºƒ ß(ß:
"€€B[1024B] edge_24_bn2b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H™­ñºƒº

RecvTensor„™­ñºƒ Ë(Ë:"€€€€Bƒ[65536B] edge_25_res2c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H„™­ñºƒ³

RecvTensor‡™­ñºƒ É(É:
"€€B[256B] edge_26_bn2c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‡™­ñºƒ²

RecvTensorŠ™­ñºƒ ×(×:
"€€B~[256B] edge_27_bn2c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŠ™­ñºƒ¹

RecvTensor™­ñºƒ ¿(¿:"€€	€€	B‚[0.1MB] edge_28_res2c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H™­ñºƒ³

RecvTensor™­ñºƒ ˆ(ˆ:
"€€B[256B] edge_29_bn2c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H™­ñºƒ²

RecvTensor“™­ñºƒ ½(½:
"€€B~[256B] edge_30_bn2c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H“™­ñºƒº

RecvTensor–™­ñºƒ î(î:"€€€€Bƒ[65536B] edge_31_res2c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H–™­ñºƒµ

RecvTensor™™­ñºƒ ¸(¸:
"€€B€[1024B] edge_32_bn2c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H™™­ñºƒ³

RecvTensorœ™­ñºƒ ±(±:
"€€B[1024B] edge_33_bn2c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hœ™­ñºƒ¹

RecvTensorŸ™­ñºƒ  ( :"€€€€B‚[0.1MB] edge_34_res3a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŸ™­ñºƒ³

RecvTensor¢™­ñºƒ ã(ã:
"€€B[512B] edge_35_bn3a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¢™­ñºƒ²

RecvTensor¥™­ñºƒ ¬(¬:
"€€B~[512B] edge_36_bn3a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¥™­ñºƒ¹

RecvTensor¨™­ñºƒ §(§:"€€$€€$B‚[0.6MB] edge_37_res3a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¨™­ñºƒ³

RecvTensor«™­ñºƒ ğ(ğ:
"€€B[512B] edge_38_bn3a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H«™­ñºƒ²

RecvTensor®™­ñºƒ ×(×:
"€€B~[512B] edge_39_bn3a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H®™­ñºƒ¹

RecvTensor±™­ñºƒ °(°:"€€€€B‚[0.2MB] edge_40_res3a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H±™­ñºƒµ

RecvTensor´™­ñºƒ è(è:
"€€B€[2048B] edge_41_bn3a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H´™­ñºƒ³

RecvTensor·™­ñºƒ è(è:
"€€B[2048B] edge_42_bn3a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H·™­ñºƒ¸

RecvTensorº™­ñºƒ (:"€€ €€ B[0.5MB] edge_43_res3a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hº™­ñºƒ³

RecvTensor½™­ñºƒ “(“:
"€€B[2048B] edge_44_bn3a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H½™­ñºƒ²

RecvTensorÀ™­ñºƒ à(à:
"€€B~[2048B] edge_45_bn3a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÀ™­ñºƒ¹

RecvTensorÃ™­ñºƒ ×(×:"€€€€B‚[0.2MB] edge_46_res3b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÃ™­ñºƒ³

RecvTensorÆ™­ñºƒ ×(×:
"€€B[512B] edge_47_bn3b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÆ™­ñºƒ²

RecvTensorÉ™­ñºƒ (:
"€€B~[512B] edge_48_bn3b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÉ™­ñºƒ¹

RecvTensorÌ™­ñºƒ Ö(Ö:"€€$€€$B‚[0.6MB] edge_49_res3b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÌ™­ñºƒ³

RecvTensorÏ™­ñºƒ å(å:
"€€B[512B] edge_50_bn3b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÏ™­ñºƒ²

RecvTensorÒ™­ñºƒ œ(œ:
"€€B~[512B] edge_51_bn3b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÒ™­ñºƒ¹

RecvTensorÕ™­ñºƒ Ş(Ş:"€€€€B‚[0.2MB] edge_52_res3b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÕ™­ñºƒµ

RecvTensorØ™­ñºƒ Ì(Ì:
"€€B€[2048B] edge_53_bn3b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HØ™­ñºƒ³

RecvTensorÛ™­ñºƒ •(•:
"€€B[2048B] edge_54_bn3b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÛ™­ñºƒ¹

RecvTensorŞ™­ñºƒ ¡(¡:"€€€€B‚[0.2MB] edge_55_res3c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŞ™­ñºƒ³

RecvTensorá™­ñºƒ (:
"€€B[512B] edge_56_bn3c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Há™­ñºƒ²

RecvTensorä™­ñºƒ Œ(Œ:
"€€B~[512B] edge_57_bn3c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hä™­ñºƒ¹

RecvTensorç™­ñºƒ †(†:"€€$€€$B‚[0.6MB] edge_58_res3c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hç™­ñºƒ³

RecvTensorë™­ñºƒ †(†:
"€€B[512B] edge_59_bn3c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hë™­ñºƒ²

RecvTensorí™­ñºƒ †(†:
"€€B~[512B] edge_60_bn3c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hí™­ñºƒ¹

RecvTensorñ™­ñºƒ Ş(Ş:"€€€€B‚[0.2MB] edge_61_res3c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hñ™­ñºƒµ

RecvTensorô™­ñºƒ ÿ(ÿ:
"€€B€[2048B] edge_62_bn3c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hô™­ñºƒ³

RecvTensor÷™­ñºƒ Ù(Ù:
"€€B[2048B] edge_63_bn3c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H÷™­ñºƒ¹

RecvTensorú™­ñºƒ ²(²:"€€€€B‚[0.2MB] edge_64_res3d_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hú™­ñºƒ³

RecvTensorı™­ñºƒ  #( #:
"€€B[512B] edge_65_bn3d_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hı™­ñºƒ²

RecvTensor€š­ñºƒ #(#:
"€€B~[512B] edge_66_bn3d_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H€š­ñºƒ¹

RecvTensor‚š­ñºƒ ˜#(˜#:"€€$€€$B‚[0.6MB] edge_67_res3d_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‚š­ñºƒ³

RecvTensor†š­ñºƒ š#(š#:
"€€B[512B] edge_68_bn3d_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H†š­ñºƒ²

RecvTensor‰š­ñºƒ —#(—#:
"€€B~[512B] edge_69_bn3d_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‰š­ñºƒ¹

RecvTensor‹š­ñºƒ ñ$(ñ$:"€€€€B‚[0.2MB] edge_70_res3d_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‹š­ñºƒµ

RecvTensorš­ñºƒ #(#:
"€€B€[2048B] edge_71_bn3d_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hš­ñºƒ³

RecvTensor‘š­ñºƒ #(#:
"€€B[2048B] edge_72_bn3d_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‘š­ñºƒ¹

RecvTensor”š­ñºƒ Ÿ((Ÿ(:"€€ €€ B‚[0.5MB] edge_73_res4a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H”š­ñºƒµ

RecvTensor—š­ñºƒ †#(†#:
"€€B€[1024B] edge_74_bn4a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H—š­ñºƒ³

RecvTensoršš­ñºƒ Æ>(Æ>:
"€€B[1024B] edge_75_bn4a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hšš­ñºƒ»

RecvTensorš­ñºƒ Ï7(Ï7:"
€€€€B‚[2.2MB] edge_76_res4a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hš­ñºƒµ

RecvTensor¡š­ñºƒ “((“(:
"€€B€[1024B] edge_77_bn4a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¡š­ñºƒ³

RecvTensor£š­ñºƒ ¼>(¼>:
"€€B[1024B] edge_78_bn4a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H£š­ñºƒ¹

RecvTensor¦š­ñºƒ ¸>(¸>:"€€@€€@B‚[1.0MB] edge_79_res4a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¦š­ñºƒµ

RecvTensor©š­ñºƒ Æ7(Æ7:
"€ € B€[4096B] edge_80_bn4a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H©š­ñºƒ³

RecvTensor¬š­ñºƒ ”L(”L:
"€ € B[4096B] edge_81_bn4a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¬š­ñºƒº

RecvTensor¯š­ñºƒ L(L:"
€€€€€€B[2.0MB] edge_82_res4a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¯š­ñºƒ³

RecvTensor²š­ñºƒ „S(„S:
"€ € B[4096B] edge_83_bn4a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H²š­ñºƒ²

RecvTensorµš­ñºƒ ıR(ıR:
"€ € B~[4096B] edge_84_bn4a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hµš­ñºƒ¹

RecvTensor¸š­ñºƒ öR(öR:"€€@€€@B‚[1.0MB] edge_85_res4b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¸š­ñºƒµ

RecvTensor»š­ñºƒ üR(üR:
"€€B€[1024B] edge_86_bn4b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H»š­ñºƒ³

RecvTensor¾š­ñºƒ ñR(ñR:
"€€B[1024B] edge_87_bn4b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¾š­ñºƒ»

RecvTensorÁš­ñºƒ ²b(²b:"
€€€€B‚[2.2MB] edge_88_res4b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÁš­ñºƒµ

RecvTensorÄš­ñºƒ °b(°b:
"€€B€[1024B] edge_89_bn4b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÄš­ñºƒ³

RecvTensorÇš­ñºƒ ôR(ôR:
"€€B[1024B] edge_90_bn4b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÇš­ñºƒ¹

RecvTensorÊš­ñºƒ ‡p(‡p:"€€@€€@B‚[1.0MB] edge_91_res4b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÊš­ñºƒµ

RecvTensorÍš­ñºƒ íR(íR:
"€ € B€[4096B] edge_92_bn4b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÍš­ñºƒ³

RecvTensorĞš­ñºƒ …p(…p:
"€ € B[4096B] edge_93_bn4b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HĞš­ñºƒ¹

RecvTensorÓš­ñºƒ ñv(ñv:"€€@€€@B‚[1.0MB] edge_94_res4c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÓš­ñºƒµ

RecvTensorÖš­ñºƒ üo(üo:
"€€B€[1024B] edge_95_bn4c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÖš­ñºƒµ

RecvTensorÙš­ñºƒ ¤†(¤†:
"€€B[1024B] edge_96_bn4c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÙš­ñºƒ½

RecvTensorÜš­ñºƒ  †( †:"
€€€€B‚[2.2MB] edge_97_res4c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÜš­ñºƒ·

RecvTensorŞš­ñºƒ  †( †:
"€€B€[1024B] edge_98_bn4c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŞš­ñºƒµ

RecvTensorâš­ñºƒ –(–:
"€€B[1024B] edge_99_bn4c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hâš­ñºƒº

RecvTensoräš­ñºƒ ÿh(ÿh:"€€@€€@Bƒ[1.0MB] edge_100_res4c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Häš­ñºƒ¸

RecvTensorçš­ñºƒ Ÿ†(Ÿ†:
"€ € B[4096B] edge_101_bn4c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hçš­ñºƒ·

RecvTensorêš­ñºƒ —†(—†:
"€ € B€[4096B] edge_102_bn4c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hêš­ñºƒ¼

RecvTensorîš­ñºƒ ‰(‰:"€€@€€@Bƒ[1.0MB] edge_103_res4d_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hîš­ñºƒ¸

RecvTensorğš­ñºƒ ’†(’†:
"€€B[1024B] edge_104_bn4d_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hğš­ñºƒ·

RecvTensorôš­ñºƒ ¾œ(¾œ:
"€€B€[1024B] edge_105_bn4d_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hôš­ñºƒ¾

RecvTensoröš­ñºƒ »œ(»œ:"
€€€€Bƒ[2.2MB] edge_106_res4d_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Höš­ñºƒ¸

RecvTensorùš­ñºƒ ¹œ(¹œ:
"€€B[1024B] edge_107_bn4d_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hùš­ñºƒ·

RecvTensorüš­ñºƒ ¦£(¦£:
"€€B€[1024B] edge_108_bn4d_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hüš­ñºƒ¼

RecvTensorÿš­ñºƒ ‘ª(‘ª:"€€@€€@Bƒ[1.0MB] edge_109_res4d_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hÿš­ñºƒ¸

RecvTensor‚›­ñºƒ ‡†(‡†:
"€ € B[4096B] edge_110_bn4d_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‚›­ñºƒ·

RecvTensor…›­ñºƒ „±(„±:
"€ € B€[4096B] edge_111_bn4d_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H…›­ñºƒ¼

RecvTensorˆ›­ñºƒ ™£(™£:"€€@€€@Bƒ[1.0MB] edge_112_res4e_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hˆ›­ñºƒ¸

RecvTensor‹›­ñºƒ ˆª(ˆª:
"€€B[1024B] edge_113_bn4e_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‹›­ñºƒ·

RecvTensor›­ñºƒ ƒª(ƒª:
"€€B€[1024B] edge_114_bn4e_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H›­ñºƒ¾

RecvTensor‘›­ñºƒ Ç(Ç:"
€€€€Bƒ[2.2MB] edge_115_res4e_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‘›­ñºƒ¸

RecvTensor”›­ñºƒ ÿ©(ÿ©:
"€€B[1024B] edge_116_bn4e_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H”›­ñºƒ·

RecvTensor—›­ñºƒ û©(û©:
"€€B€[1024B] edge_117_bn4e_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H—›­ñºƒ¼

RecvTensorš›­ñºƒ ë°(ë°:"€€@€€@Bƒ[1.0MB] edge_118_res4e_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hš›­ñºƒ¸

RecvTensor›­ñºƒ ›Ç(›Ç:
"€ € B[4096B] edge_119_bn4e_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H›­ñºƒ·

RecvTensor ›­ñºƒ ÷©(÷©:
"€ € B€[4096B] edge_120_bn4e_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H ›­ñºƒ¼

RecvTensor£›­ñºƒ Ô·(Ô·:"€€@€€@Bƒ[1.0MB] edge_121_res4f_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H£›­ñºƒ¸

RecvTensor¦›­ñºƒ ŠÇ(ŠÇ:
"€€B[1024B] edge_122_bn4f_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¦›­ñºƒ·

RecvTensor©›­ñºƒ ˆÇ(ˆÇ:
"€€B€[1024B] edge_123_bn4f_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H©›­ñºƒ¾

RecvTensor¬›­ñºƒ •ë(•ë:"
€€€€Bƒ[2.2MB] edge_124_res4f_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¬›­ñºƒ¸

RecvTensor¯›­ñºƒ ıÍ(ıÍ:
"€€B[1024B] edge_125_bn4f_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¯›­ñºƒ·

RecvTensor²›­ñºƒ ùÍ(ùÍ:
"€€B€[1024B] edge_126_bn4f_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H²›­ñºƒ¼

RecvTensorµ›­ñºƒ ñÍ(ñÍ:"€€@€€@Bƒ[1.0MB] edge_127_res4f_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hµ›­ñºƒ¸

RecvTensor¸›­ñºƒ ıÆ(ıÆ:
"€ € B[4096B] edge_128_bn4f_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¸›­ñºƒ·

RecvTensor»›­ñºƒ ïÍ(ïÍ:
"€ € B€[4096B] edge_129_bn4f_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H»›­ñºƒ¾

RecvTensor¾›­ñºƒ ÊÛ(ÊÛ:"
€€€€€€Bƒ[2.0MB] edge_130_res5a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¾›­ñºƒ¸

RecvTensorÁ›­ñºƒ ©Ä(©Ä:
"€€B[2048B] edge_131_bn5a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÁ›­ñºƒ·

RecvTensorÃ›­ñºƒ Ä(Ä:
"€€B€[2048B] edge_132_bn5a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÃ›­ñºƒ¾

RecvTensorÇ›­ñºƒ ß¨(ß¨:"
€€À€€ÀBƒ[9.0MB] edge_133_res5a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÇ›­ñºƒ¸

RecvTensorÉ›­ñºƒ ùê(ùê:
"€€B[2048B] edge_134_bn5a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÉ›­ñºƒ·

RecvTensorÌ›­ñºƒ øê(øê:
"€€B€[2048B] edge_135_bn5a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÌ›­ñºƒ¾

RecvTensorÏ›­ñºƒ Ä(Ä:"
€€€€€€Bƒ[4.0MB] edge_136_res5a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÏ›­ñºƒ¸

RecvTensorÒ›­ñºƒ Ä(Ä:
"€@€@B[8192B] edge_137_bn5a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÒ›­ñºƒ·

RecvTensorÕ›­ñºƒ “Ä(“Ä:
"€@€@B€[8192B] edge_138_bn5a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÕ›­ñºƒ½

RecvTensorØ›­ñºƒ ´Ô(´Ô:"
€€€€€€B‚[8.0MB] edge_139_res5a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HØ›­ñºƒ·

RecvTensorÛ›­ñºƒ İß(İß:
"€@€@B€[8192B] edge_140_bn5a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÛ›­ñºƒµ

RecvTensorŞ›­ñºƒ Óß(Óß:
"€@€@B[8192B] edge_141_bn5a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŞ›­ñºƒ¾

RecvTensorà›­ñºƒ Êß(Êß:"
€€€€€€Bƒ[4.0MB] edge_142_res5b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hà›­ñºƒ¸

RecvTensorã›­ñºƒ ¯Ô(¯Ô:
"€€B[2048B] edge_143_bn5b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hã›­ñºƒ·

RecvTensoræ›­ñºƒ ¨Ô(¨Ô:
"€€B€[2048B] edge_144_bn5b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hæ›­ñºƒ¾

RecvTensoré›­ñºƒ °(°:"
€€À€€ÀBƒ[9.0MB] edge_145_res5b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hé›­ñºƒ¸

RecvTensorì›­ñºƒ ¤Ô(¤Ô:
"€€B[2048B] edge_146_bn5b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hì›­ñºƒ·

RecvTensorï›­ñºƒ ïï(ïï:
"€€B€[2048B] edge_147_bn5b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hï›­ñºƒ¾

RecvTensorò›­ñºƒ Ùï(Ùï:"
€€€€€€Bƒ[4.0MB] edge_148_res5b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hò›­ñºƒ¸

RecvTensorõ›­ñºƒ İï(İï:
"€@€@B[8192B] edge_149_bn5b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hõ›­ñºƒ·

RecvTensorø›­ñºƒ áï(áï:
"€@€@B€[8192B] edge_150_bn5b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hø›­ñºƒ¾

RecvTensorû›­ñºƒ ‹(‹:"
€€€€€€Bƒ[4.0MB] edge_151_res5c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hû›­ñºƒ¸

RecvTensorş›­ñºƒ İï(İï:
"€€B[2048B] edge_152_bn5c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hş›­ñºƒ·

RecvTensorœ­ñºƒ Ûï(Ûï:
"€€B€[2048B] edge_153_bn5c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hœ­ñºƒ¾

RecvTensor„œ­ñºƒ ¹ä(¹ä:"
€€À€€ÀBƒ[9.0MB] edge_154_res5c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H„œ­ñºƒ¸

RecvTensorˆœ­ñºƒ Øï(Øï:
"€€B[2048B] edge_155_bn5c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hˆœ­ñºƒ·

RecvTensor‹œ­ñºƒ ‹(‹:
"€€B€[2048B] edge_156_bn5c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‹œ­ñºƒ¾

RecvTensorœ­ñºƒ Ç¦(Ç¦:"
€€€€€€Bƒ[4.0MB] edge_157_res5c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hœ­ñºƒ¸

RecvTensorœ­ñºƒ Ë¦(Ë¦:
"€@€@B[8192B] edge_158_bn5c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hœ­ñºƒ·

RecvTensor”œ­ñºƒ ş™(ş™:
"€@€@B€[8192B] edge_159_bn5c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H”œ­ñºƒµ

RecvTensor–œ­ñºƒ õ™(õ™:"
€€ô€€ôB{[7.8MB] edge_160_fc1000/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H–œ­ñºƒ¯

RecvTensor™œ­ñºƒ ı™(ı™:
"  By[4000B] edge_161_fc1000/bias/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H™œ­ñºƒ\
conv1/Conv2D±™­ñºƒ …(…B2conv1/Conv2D = Conv2D(input, conv1/kernel/read_S1)H±™­ñºƒP 
bn_conv1/FusedBatchNormV3¶Ÿ­ñºƒ ´(´Bibn_conv1/FusedBatchNormV3 = FusedBatchNormV3(conv1/Conv2D, bn_conv1/gamma/read_S2, bn_conv1/beta/read_S3)H¶Ÿ­ñºƒP^
conv1_relu/Reluê¢­ñºƒ ¸(¸B1conv1_relu/Relu = Relu(bn_conv1/FusedBatchNormV3)Hê¢­ñºƒPS
pool1/MaxPool¢¥­ñºƒ Ã(ÃB(pool1/MaxPool = MaxPool(conv1_relu/Relu)H¢¥­ñºƒP}
res2a_branch2a/Conv2Då¦­ñºƒ ](]BLres2a_branch2a/Conv2D = Conv2D(pool1/MaxPool, res2a_branch2a/kernel/read_S4)Hå¦­ñºƒP¼
bn2a_branch2a/FusedBatchNormV3Â§­ñºƒ {({Bbn2a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch2a/Conv2D, bn2a_branch2a/gamma/read_S5, bn2a_branch2a/beta/read_S6)HÂ§­ñºƒPs
res2a_branch2a_relu/Relu½¨­ñºƒ R(RB?res2a_branch2a_relu/Relu = Relu(bn2a_branch2a/FusedBatchNormV3)H½¨­ñºƒPŠ
res2a_branch2b/Conv2D©­ñºƒ ş(şBWres2a_branch2b/Conv2D = Conv2D(res2a_branch2a_relu/Relu, res2a_branch2b/kernel/read_S7)H©­ñºƒP¼
bn2a_branch2b/FusedBatchNormV3¯­ñºƒ t(tBbn2a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch2b/Conv2D, bn2a_branch2b/gamma/read_S8, bn2a_branch2b/beta/read_S9)H¯­ñºƒPs
res2a_branch2b_relu/Relu°­ñºƒ R(RB?res2a_branch2b_relu/Relu = Relu(bn2a_branch2b/FusedBatchNormV3)H°­ñºƒP‹
res2a_branch2c/Conv2DÓ°­ñºƒ Ô(ÔBXres2a_branch2c/Conv2D = Conv2D(res2a_branch2b_relu/Relu, res2a_branch2c/kernel/read_S10)HÓ°­ñºƒPÀ
bn2a_branch2c/FusedBatchNormV3§³­ñºƒ Ç(ÇBƒbn2a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch2c/Conv2D, bn2a_branch2c/gamma/read_S11, bn2a_branch2c/beta/read_S12)H§³­ñºƒP}
res2a_branch1/Conv2Dî¶­ñºƒ Ò(ÒBKres2a_branch1/Conv2D = Conv2D(pool1/MaxPool, res2a_branch1/kernel/read_S13)Hî¶­ñºƒPº
bn2a_branch1/FusedBatchNormV3À¹­ñºƒ Æ(ÆBbn2a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch1/Conv2D, bn2a_branch1/gamma/read_S14, bn2a_branch1/beta/read_S15)HÀ¹­ñºƒPw
	res2a/add†½­ñºƒ Õ(ÕBPres2a/add = AddV2(bn2a_branch2c/FusedBatchNormV3, bn2a_branch1/FusedBatchNormV3)H†½­ñºƒPN
res2a_relu/ReluÛÀ­ñºƒ ¸(¸B!res2a_relu/Relu = Relu(res2a/add)HÛÀ­ñºƒP‚
res2b_branch2a/Conv2D“Ã­ñºƒ Í(ÍBOres2b_branch2a/Conv2D = Conv2D(res2a_relu/Relu, res2b_branch2a/kernel/read_S16)H“Ã­ñºƒP¾
bn2b_branch2a/FusedBatchNormV3àÅ­ñºƒ t(tBƒbn2b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res2b_branch2a/Conv2D, bn2b_branch2a/gamma/read_S17, bn2b_branch2a/beta/read_S18)HàÅ­ñºƒPs
res2b_branch2a_relu/ReluÔÆ­ñºƒ Q(QB?res2b_branch2a_relu/Relu = Relu(bn2b_branch2a/FusedBatchNormV3)HÔÆ­ñºƒP‹
res2b_branch2b/Conv2D¥Ç­ñºƒ õ(õBXres2b_branch2b/Conv2D = Conv2D(res2b_branch2a_relu/Relu, res2b_branch2b/kernel/read_S19)H¥Ç­ñºƒP¾
bn2b_branch2b/FusedBatchNormV3šÍ­ñºƒ x(xBƒbn2b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res2b_branch2b/Conv2D, bn2b_branch2b/gamma/read_S20, bn2b_branch2b/beta/read_S21)HšÍ­ñºƒPs
res2b_branch2b_relu/Relu’Î­ñºƒ Q(QB?res2b_branch2b_relu/Relu = Relu(bn2b_branch2b/FusedBatchNormV3)H’Î­ñºƒP‹
res2b_branch2c/Conv2DãÎ­ñºƒ Ã(ÃBXres2b_branch2c/Conv2D = Conv2D(res2b_branch2b_relu/Relu, res2b_branch2c/kernel/read_S22)HãÎ­ñºƒPÀ
bn2b_branch2c/FusedBatchNormV3¦Ñ­ñºƒ É(ÉBƒbn2b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res2b_branch2c/Conv2D, bn2b_branch2c/gamma/read_S23, bn2b_branch2c/beta/read_S24)H¦Ñ­ñºƒPi
	res2b/addïÔ­ñºƒ Å(ÅBBres2b/add = AddV2(bn2b_branch2c/FusedBatchNormV3, res2a_relu/Relu)HïÔ­ñºƒPN
res2b_relu/Relu´Ø­ñºƒ ¢(¢B!res2b_relu/Relu = Relu(res2b/add)H´Ø­ñºƒP‚
res2c_branch2a/Conv2DÖÚ­ñºƒ Ì(ÌBOres2c_branch2a/Conv2D = Conv2D(res2b_relu/Relu, res2c_branch2a/kernel/read_S25)HÖÚ­ñºƒP¾
bn2c_branch2a/FusedBatchNormV3¢İ­ñºƒ t(tBƒbn2c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res2c_branch2a/Conv2D, bn2c_branch2a/gamma/read_S26, bn2c_branch2a/beta/read_S27)H¢İ­ñºƒPs
res2c_branch2a_relu/Relu–Ş­ñºƒ R(RB?res2c_branch2a_relu/Relu = Relu(bn2c_branch2a/FusedBatchNormV3)H–Ş­ñºƒP‹
res2c_branch2b/Conv2DèŞ­ñºƒ ê(êBXres2c_branch2b/Conv2D = Conv2D(res2c_branch2a_relu/Relu, res2c_branch2b/kernel/read_S28)HèŞ­ñºƒP¾
bn2c_branch2b/FusedBatchNormV3Òä­ñºƒ v(vBƒbn2c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res2c_branch2b/Conv2D, bn2c_branch2b/gamma/read_S29, bn2c_branch2b/beta/read_S30)HÒä­ñºƒPs
res2c_branch2b_relu/ReluÈå­ñºƒ S(SB?res2c_branch2b_relu/Relu = Relu(bn2c_branch2b/FusedBatchNormV3)HÈå­ñºƒP‹
res2c_branch2c/Conv2D›æ­ñºƒ Å(ÅBXres2c_branch2c/Conv2D = Conv2D(res2c_branch2b_relu/Relu, res2c_branch2c/kernel/read_S31)H›æ­ñºƒPÀ
bn2c_branch2c/FusedBatchNormV3àè­ñºƒ ¹(¹Bƒbn2c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res2c_branch2c/Conv2D, bn2c_branch2c/gamma/read_S32, bn2c_branch2c/beta/read_S33)Hàè­ñºƒPi
	res2c/add™ì­ñºƒ Ù(ÙBBres2c/add = AddV2(bn2c_branch2c/FusedBatchNormV3, res2b_relu/Relu)H™ì­ñºƒPN
res2c_relu/Reluòï­ñºƒ ½(½B!res2c_relu/Relu = Relu(res2c/add)Hòï­ñºƒP‚
res3a_branch2a/Conv2D¯ò­ñºƒ ¬(¬BOres3a_branch2a/Conv2D = Conv2D(res2c_relu/Relu, res3a_branch2a/kernel/read_S34)H¯ò­ñºƒPÀ
bn3a_branch2a/FusedBatchNormV3Û÷­ñºƒ Ş(ŞBƒbn3a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch2a/Conv2D, bn3a_branch2a/gamma/read_S35, bn3a_branch2a/beta/read_S36)HÛ÷­ñºƒPu
res3a_branch2a_relu/Relu¹ù­ñºƒ ˜(˜B?res3a_branch2a_relu/Relu = Relu(bn3a_branch2a/FusedBatchNormV3)H¹ù­ñºƒP‹
res3a_branch2b/Conv2DÑú­ñºƒ †(†BXres3a_branch2b/Conv2D = Conv2D(res3a_branch2a_relu/Relu, res3a_branch2b/kernel/read_S37)HÑú­ñºƒP¾
bn3a_branch2b/FusedBatchNormV3×€®ñºƒ ?(?Bƒbn3a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch2b/Conv2D, bn3a_branch2b/gamma/read_S38, bn3a_branch2b/beta/read_S39)H×€®ñºƒPs
res3a_branch2b_relu/Relu–®ñºƒ -(-B?res3a_branch2b_relu/Relu = Relu(bn3a_branch2b/FusedBatchNormV3)H–®ñºƒP‹
res3a_branch2c/Conv2DÃ®ñºƒ Ğ(ĞBXres3a_branch2c/Conv2D = Conv2D(res3a_branch2b_relu/Relu, res3a_branch2c/kernel/read_S40)HÃ®ñºƒPÀ
bn3a_branch2c/FusedBatchNormV3“„®ñºƒ á(áBƒbn3a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch2c/Conv2D, bn3a_branch2c/gamma/read_S41, bn3a_branch2c/beta/read_S42)H“„®ñºƒP
res3a_branch1/Conv2Dô…®ñºƒ  ( BMres3a_branch1/Conv2D = Conv2D(res2c_relu/Relu, res3a_branch1/kernel/read_S43)Hô…®ñºƒPº
bn3a_branch1/FusedBatchNormV3”‹®ñºƒ à(àBbn3a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch1/Conv2D, bn3a_branch1/gamma/read_S44, bn3a_branch1/beta/read_S45)H”‹®ñºƒPw
	res3a/addôŒ®ñºƒ ï(ïBPres3a/add = AddV2(bn3a_branch2c/FusedBatchNormV3, bn3a_branch1/FusedBatchNormV3)HôŒ®ñºƒPN
res3a_relu/Reluã®ñºƒ ’(’B!res3a_relu/Relu = Relu(res3a/add)Hã®ñºƒP‚
res3b_branch2a/Conv2Dõ®ñºƒ ×(×BOres3b_branch2a/Conv2D = Conv2D(res3a_relu/Relu, res3b_branch2a/kernel/read_S46)Hõ®ñºƒP¾
bn3b_branch2a/FusedBatchNormV3Ì’®ñºƒ B(BBƒbn3b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3b_branch2a/Conv2D, bn3b_branch2a/gamma/read_S47, bn3b_branch2a/beta/read_S48)HÌ’®ñºƒPs
res3b_branch2a_relu/Relu“®ñºƒ /(/B?res3b_branch2a_relu/Relu = Relu(bn3b_branch2a/FusedBatchNormV3)H“®ñºƒP‹
res3b_branch2b/Conv2D½“®ñºƒ “(“BXres3b_branch2b/Conv2D = Conv2D(res3b_branch2a_relu/Relu, res3b_branch2b/kernel/read_S49)H½“®ñºƒP¾
bn3b_branch2b/FusedBatchNormV3Ğ™®ñºƒ B(BBƒbn3b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3b_branch2b/Conv2D, bn3b_branch2b/gamma/read_S50, bn3b_branch2b/beta/read_S51)HĞ™®ñºƒPs
res3b_branch2b_relu/Relu’š®ñºƒ .(.B?res3b_branch2b_relu/Relu = Relu(bn3b_branch2b/FusedBatchNormV3)H’š®ñºƒP‹
res3b_branch2c/Conv2DÀš®ñºƒ ß(ßBXres3b_branch2c/Conv2D = Conv2D(res3b_branch2b_relu/Relu, res3b_branch2c/kernel/read_S52)HÀš®ñºƒPÀ
bn3b_branch2c/FusedBatchNormV3Ÿ®ñºƒ ë(ëBƒbn3b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3b_branch2c/Conv2D, bn3b_branch2c/gamma/read_S53, bn3b_branch2c/beta/read_S54)HŸ®ñºƒPi
	res3b/addŠŸ®ñºƒ ä(äBBres3b/add = AddV2(bn3b_branch2c/FusedBatchNormV3, res3a_relu/Relu)HŠŸ®ñºƒPN
res3b_relu/Reluî ®ñºƒ š(šB!res3b_relu/Relu = Relu(res3b/add)Hî ®ñºƒP‚
res3c_branch2a/Conv2Dˆ¢®ñºƒ Ù(ÙBOres3c_branch2a/Conv2D = Conv2D(res3b_relu/Relu, res3c_branch2a/kernel/read_S55)Hˆ¢®ñºƒP¾
bn3c_branch2a/FusedBatchNormV3á¤®ñºƒ B(BBƒbn3c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3c_branch2a/Conv2D, bn3c_branch2a/gamma/read_S56, bn3c_branch2a/beta/read_S57)Há¤®ñºƒPs
res3c_branch2a_relu/Relu£¥®ñºƒ -(-B?res3c_branch2a_relu/Relu = Relu(bn3c_branch2a/FusedBatchNormV3)H£¥®ñºƒP‹
res3c_branch2b/Conv2DĞ¥®ñºƒ ˆ(ˆBXres3c_branch2b/Conv2D = Conv2D(res3c_branch2a_relu/Relu, res3c_branch2b/kernel/read_S58)HĞ¥®ñºƒP¾
bn3c_branch2b/FusedBatchNormV3Ø«®ñºƒ A(ABƒbn3c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3c_branch2b/Conv2D, bn3c_branch2b/gamma/read_S59, bn3c_branch2b/beta/read_S60)HØ«®ñºƒPs
res3c_branch2b_relu/Relu™¬®ñºƒ 1(1B?res3c_branch2b_relu/Relu = Relu(bn3c_branch2b/FusedBatchNormV3)H™¬®ñºƒP‹
res3c_branch2c/Conv2DÊ¬®ñºƒ á(áBXres3c_branch2c/Conv2D = Conv2D(res3c_branch2b_relu/Relu, res3c_branch2c/kernel/read_S61)HÊ¬®ñºƒPÀ
bn3c_branch2c/FusedBatchNormV3«¯®ñºƒ ñ(ñBƒbn3c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3c_branch2c/Conv2D, bn3c_branch2c/gamma/read_S62, bn3c_branch2c/beta/read_S63)H«¯®ñºƒPi
	res3c/addœ±®ñºƒ ì(ìBBres3c/add = AddV2(bn3c_branch2c/FusedBatchNormV3, res3b_relu/Relu)Hœ±®ñºƒPN
res3c_relu/Reluˆ³®ñºƒ œ(œB!res3c_relu/Relu = Relu(res3c/add)Hˆ³®ñºƒP‚
res3d_branch2a/Conv2D¤´®ñºƒ Î(ÎBOres3d_branch2a/Conv2D = Conv2D(res3c_relu/Relu, res3d_branch2a/kernel/read_S64)H¤´®ñºƒP¾
bn3d_branch2a/FusedBatchNormV3ò¶®ñºƒ @(@Bƒbn3d_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3d_branch2a/Conv2D, bn3d_branch2a/gamma/read_S65, bn3d_branch2a/beta/read_S66)Hò¶®ñºƒPs
res3d_branch2a_relu/Relu²·®ñºƒ -(-B?res3d_branch2a_relu/Relu = Relu(bn3d_branch2a/FusedBatchNormV3)H²·®ñºƒP‹
res3d_branch2b/Conv2Dß·®ñºƒ ú(úBXres3d_branch2b/Conv2D = Conv2D(res3d_branch2a_relu/Relu, res3d_branch2b/kernel/read_S67)Hß·®ñºƒP¾
bn3d_branch2b/FusedBatchNormV3Ù½®ñºƒ A(ABƒbn3d_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3d_branch2b/Conv2D, bn3d_branch2b/gamma/read_S68, bn3d_branch2b/beta/read_S69)HÙ½®ñºƒPs
res3d_branch2b_relu/Reluš¾®ñºƒ +(+B?res3d_branch2b_relu/Relu = Relu(bn3d_branch2b/FusedBatchNormV3)Hš¾®ñºƒP‹
res3d_branch2c/Conv2DÅ¾®ñºƒ Ğ(ĞBXres3d_branch2c/Conv2D = Conv2D(res3d_branch2b_relu/Relu, res3d_branch2c/kernel/read_S70)HÅ¾®ñºƒPÀ
bn3d_branch2c/FusedBatchNormV3•Á®ñºƒ ó(óBƒbn3d_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3d_branch2c/Conv2D, bn3d_branch2c/gamma/read_S71, bn3d_branch2c/beta/read_S72)H•Á®ñºƒPi
	res3d/addˆÃ®ñºƒ è(èBBres3d/add = AddV2(bn3d_branch2c/FusedBatchNormV3, res3c_relu/Relu)HˆÃ®ñºƒPN
res3d_relu/ReluğÄ®ñºƒ œ(œB!res3d_relu/Relu = Relu(res3d/add)HğÄ®ñºƒP‚
res4a_branch2a/Conv2DŒÆ®ñºƒ ®(®BOres4a_branch2a/Conv2D = Conv2D(res3d_relu/Relu, res4a_branch2a/kernel/read_S73)HŒÆ®ñºƒP¾
bn4a_branch2a/FusedBatchNormV3ºË®ñºƒ x(xBƒbn4a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch2a/Conv2D, bn4a_branch2a/gamma/read_S74, bn4a_branch2a/beta/read_S75)HºË®ñºƒPs
res4a_branch2a_relu/Relu²Ì®ñºƒ O(OB?res4a_branch2a_relu/Relu = Relu(bn4a_branch2a/FusedBatchNormV3)H²Ì®ñºƒP‹
res4a_branch2b/Conv2DÍ®ñºƒ Ó(ÓBXres4a_branch2b/Conv2D = Conv2D(res4a_branch2a_relu/Relu, res4a_branch2b/kernel/read_S76)HÍ®ñºƒP¾
bn4a_branch2b/FusedBatchNormV3ÔÒ®ñºƒ $($Bƒbn4a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch2b/Conv2D, bn4a_branch2b/gamma/read_S77, bn4a_branch2b/beta/read_S78)HÔÒ®ñºƒPs
res4a_branch2b_relu/ReluøÒ®ñºƒ (B?res4a_branch2b_relu/Relu = Relu(bn4a_branch2b/FusedBatchNormV3)HøÒ®ñºƒP‹
res4a_branch2c/Conv2D’Ó®ñºƒ Ë(ËBXres4a_branch2c/Conv2D = Conv2D(res4a_branch2b_relu/Relu, res4a_branch2c/kernel/read_S79)H’Ó®ñºƒP¾
bn4a_branch2c/FusedBatchNormV3İÕ®ñºƒ x(xBƒbn4a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch2c/Conv2D, bn4a_branch2c/gamma/read_S80, bn4a_branch2c/beta/read_S81)HİÕ®ñºƒP
res4a_branch1/Conv2DÕÖ®ñºƒ ¡(¡BMres4a_branch1/Conv2D = Conv2D(res3d_relu/Relu, res4a_branch1/kernel/read_S82)HÕÖ®ñºƒP¸
bn4a_branch1/FusedBatchNormV3öÛ®ñºƒ u(uBbn4a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch1/Conv2D, bn4a_branch1/gamma/read_S83, bn4a_branch1/beta/read_S84)HöÛ®ñºƒPu
	res4a/addëÜ®ñºƒ {({BPres4a/add = AddV2(bn4a_branch2c/FusedBatchNormV3, bn4a_branch1/FusedBatchNormV3)HëÜ®ñºƒPL
res4a_relu/Reluæİ®ñºƒ U(UB!res4a_relu/Relu = Relu(res4a/add)Hæİ®ñºƒP‚
res4b_branch2a/Conv2D»Ş®ñºƒ Î(ÎBOres4b_branch2a/Conv2D = Conv2D(res4a_relu/Relu, res4b_branch2a/kernel/read_S85)H»Ş®ñºƒP¾
bn4b_branch2a/FusedBatchNormV3‰á®ñºƒ '('Bƒbn4b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4b_branch2a/Conv2D, bn4b_branch2a/gamma/read_S86, bn4b_branch2a/beta/read_S87)H‰á®ñºƒPs
res4b_branch2a_relu/Relu°á®ñºƒ (B?res4b_branch2a_relu/Relu = Relu(bn4b_branch2a/FusedBatchNormV3)H°á®ñºƒP‹
res4b_branch2b/Conv2DÌá®ñºƒ ó(óBXres4b_branch2b/Conv2D = Conv2D(res4b_branch2a_relu/Relu, res4b_branch2b/kernel/read_S88)HÌá®ñºƒP¾
bn4b_branch2b/FusedBatchNormV3¿ç®ñºƒ "("Bƒbn4b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4b_branch2b/Conv2D, bn4b_branch2b/gamma/read_S89, bn4b_branch2b/beta/read_S90)H¿ç®ñºƒPs
res4b_branch2b_relu/Reluáç®ñºƒ (B?res4b_branch2b_relu/Relu = Relu(bn4b_branch2b/FusedBatchNormV3)Háç®ñºƒP‹
res4b_branch2c/Conv2Düç®ñºƒ é(éBXres4b_branch2c/Conv2D = Conv2D(res4b_branch2b_relu/Relu, res4b_branch2c/kernel/read_S91)Hüç®ñºƒP¾
bn4b_branch2c/FusedBatchNormV3åê®ñºƒ {({Bƒbn4b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4b_branch2c/Conv2D, bn4b_branch2c/gamma/read_S92, bn4b_branch2c/beta/read_S93)Håê®ñºƒPg
	res4b/addàë®ñºƒ z(zBBres4b/add = AddV2(bn4b_branch2c/FusedBatchNormV3, res4a_relu/Relu)Hàë®ñºƒPL
res4b_relu/ReluÚì®ñºƒ Q(QB!res4b_relu/Relu = Relu(res4b/add)HÚì®ñºƒP‚
res4c_branch2a/Conv2D«í®ñºƒ É(ÉBOres4c_branch2a/Conv2D = Conv2D(res4b_relu/Relu, res4c_branch2a/kernel/read_S94)H«í®ñºƒP¾
bn4c_branch2a/FusedBatchNormV3ôï®ñºƒ %(%Bƒbn4c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4c_branch2a/Conv2D, bn4c_branch2a/gamma/read_S95, bn4c_branch2a/beta/read_S96)Hôï®ñºƒPs
res4c_branch2a_relu/Relu™ğ®ñºƒ (B?res4c_branch2a_relu/Relu = Relu(bn4c_branch2a/FusedBatchNormV3)H™ğ®ñºƒP‹
res4c_branch2b/Conv2D´ğ®ñºƒ ò(òBXres4c_branch2b/Conv2D = Conv2D(res4c_branch2a_relu/Relu, res4c_branch2b/kernel/read_S97)H´ğ®ñºƒP¾
bn4c_branch2b/FusedBatchNormV3¦ö®ñºƒ %(%Bƒbn4c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4c_branch2b/Conv2D, bn4c_branch2b/gamma/read_S98, bn4c_branch2b/beta/read_S99)H¦ö®ñºƒPs
res4c_branch2b_relu/ReluËö®ñºƒ (B?res4c_branch2b_relu/Relu = Relu(bn4c_branch2b/FusedBatchNormV3)HËö®ñºƒPŒ
res4c_branch2c/Conv2Däö®ñºƒ Ï(ÏBYres4c_branch2c/Conv2D = Conv2D(res4c_branch2b_relu/Relu, res4c_branch2c/kernel/read_S100)Häö®ñºƒPÀ
bn4c_branch2c/FusedBatchNormV3³ù®ñºƒ {({B…bn4c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4c_branch2c/Conv2D, bn4c_branch2c/gamma/read_S101, bn4c_branch2c/beta/read_S102)H³ù®ñºƒPg
	res4c/add®ú®ñºƒ v(vBBres4c/add = AddV2(bn4c_branch2c/FusedBatchNormV3, res4b_relu/Relu)H®ú®ñºƒPL
res4c_relu/Relu¤û®ñºƒ T(TB!res4c_relu/Relu = Relu(res4c/add)H¤û®ñºƒPƒ
res4d_branch2a/Conv2Døû®ñºƒ Á(ÁBPres4d_branch2a/Conv2D = Conv2D(res4c_relu/Relu, res4d_branch2a/kernel/read_S103)Høû®ñºƒPÀ
bn4d_branch2a/FusedBatchNormV3¹ş®ñºƒ %(%B…bn4d_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4d_branch2a/Conv2D, bn4d_branch2a/gamma/read_S104, bn4d_branch2a/beta/read_S105)H¹ş®ñºƒPs
res4d_branch2a_relu/ReluŞş®ñºƒ (B?res4d_branch2a_relu/Relu = Relu(bn4d_branch2a/FusedBatchNormV3)HŞş®ñºƒPŒ
res4d_branch2b/Conv2Dùş®ñºƒ ë(ëBYres4d_branch2b/Conv2D = Conv2D(res4d_branch2a_relu/Relu, res4d_branch2b/kernel/read_S106)Hùş®ñºƒPÀ
bn4d_branch2b/FusedBatchNormV3ä„¯ñºƒ #(#B…bn4d_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4d_branch2b/Conv2D, bn4d_branch2b/gamma/read_S107, bn4d_branch2b/beta/read_S108)Hä„¯ñºƒPs
res4d_branch2b_relu/Relu‡…¯ñºƒ (B?res4d_branch2b_relu/Relu = Relu(bn4d_branch2b/FusedBatchNormV3)H‡…¯ñºƒPŒ
res4d_branch2c/Conv2D¢…¯ñºƒ Ğ(ĞBYres4d_branch2c/Conv2D = Conv2D(res4d_branch2b_relu/Relu, res4d_branch2c/kernel/read_S109)H¢…¯ñºƒPÀ
bn4d_branch2c/FusedBatchNormV3ò‡¯ñºƒ v(vB…bn4d_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4d_branch2c/Conv2D, bn4d_branch2c/gamma/read_S110, bn4d_branch2c/beta/read_S111)Hò‡¯ñºƒPg
	res4d/addèˆ¯ñºƒ y(yBBres4d/add = AddV2(bn4d_branch2c/FusedBatchNormV3, res4c_relu/Relu)Hèˆ¯ñºƒPL
res4d_relu/Reluá‰¯ñºƒ Q(QB!res4d_relu/Relu = Relu(res4d/add)Há‰¯ñºƒPƒ
res4e_branch2a/Conv2D²Š¯ñºƒ ê(êBPres4e_branch2a/Conv2D = Conv2D(res4d_relu/Relu, res4e_branch2a/kernel/read_S112)H²Š¯ñºƒPÀ
bn4e_branch2a/FusedBatchNormV3œ¯ñºƒ %(%B…bn4e_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4e_branch2a/Conv2D, bn4e_branch2a/gamma/read_S113, bn4e_branch2a/beta/read_S114)Hœ¯ñºƒPs
res4e_branch2a_relu/ReluÁ¯ñºƒ (B?res4e_branch2a_relu/Relu = Relu(bn4e_branch2a/FusedBatchNormV3)HÁ¯ñºƒPŒ
res4e_branch2b/Conv2DÜ¯ñºƒ ç(çBYres4e_branch2b/Conv2D = Conv2D(res4e_branch2a_relu/Relu, res4e_branch2b/kernel/read_S115)HÜ¯ñºƒPÀ
bn4e_branch2b/FusedBatchNormV3Ã“¯ñºƒ $($B…bn4e_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4e_branch2b/Conv2D, bn4e_branch2b/gamma/read_S116, bn4e_branch2b/beta/read_S117)HÃ“¯ñºƒPs
res4e_branch2b_relu/Reluç“¯ñºƒ (B?res4e_branch2b_relu/Relu = Relu(bn4e_branch2b/FusedBatchNormV3)Hç“¯ñºƒPŒ
res4e_branch2c/Conv2D‚”¯ñºƒ Ì(ÌBYres4e_branch2c/Conv2D = Conv2D(res4e_branch2b_relu/Relu, res4e_branch2c/kernel/read_S118)H‚”¯ñºƒPÀ
bn4e_branch2c/FusedBatchNormV3Î–¯ñºƒ ~(~B…bn4e_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4e_branch2c/Conv2D, bn4e_branch2c/gamma/read_S119, bn4e_branch2c/beta/read_S120)HÎ–¯ñºƒPg
	res4e/addÌ—¯ñºƒ u(uBBres4e/add = AddV2(bn4e_branch2c/FusedBatchNormV3, res4d_relu/Relu)HÌ—¯ñºƒPL
res4e_relu/ReluÁ˜¯ñºƒ S(SB!res4e_relu/Relu = Relu(res4e/add)HÁ˜¯ñºƒPƒ
res4f_branch2a/Conv2D”™¯ñºƒ å(åBPres4f_branch2a/Conv2D = Conv2D(res4e_relu/Relu, res4f_branch2a/kernel/read_S121)H”™¯ñºƒPÀ
bn4f_branch2a/FusedBatchNormV3ù›¯ñºƒ $($B…bn4f_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4f_branch2a/Conv2D, bn4f_branch2a/gamma/read_S122, bn4f_branch2a/beta/read_S123)Hù›¯ñºƒPs
res4f_branch2a_relu/Reluœ¯ñºƒ (B?res4f_branch2a_relu/Relu = Relu(bn4f_branch2a/FusedBatchNormV3)Hœ¯ñºƒPŒ
res4f_branch2b/Conv2D¹œ¯ñºƒ (BYres4f_branch2b/Conv2D = Conv2D(res4f_branch2a_relu/Relu, res4f_branch2b/kernel/read_S124)H¹œ¯ñºƒPÀ
bn4f_branch2b/FusedBatchNormV3È¢¯ñºƒ #(#B…bn4f_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4f_branch2b/Conv2D, bn4f_branch2b/gamma/read_S125, bn4f_branch2b/beta/read_S126)HÈ¢¯ñºƒPs
res4f_branch2b_relu/Reluë¢¯ñºƒ (B?res4f_branch2b_relu/Relu = Relu(bn4f_branch2b/FusedBatchNormV3)Hë¢¯ñºƒPŒ
res4f_branch2c/Conv2D…£¯ñºƒ Õ(ÕBYres4f_branch2c/Conv2D = Conv2D(res4f_branch2b_relu/Relu, res4f_branch2c/kernel/read_S127)H…£¯ñºƒPÀ
bn4f_branch2c/FusedBatchNormV3Ú¥¯ñºƒ z(zB…bn4f_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4f_branch2c/Conv2D, bn4f_branch2c/gamma/read_S128, bn4f_branch2c/beta/read_S129)HÚ¥¯ñºƒPg
	res4f/addÔ¦¯ñºƒ v(vBBres4f/add = AddV2(bn4f_branch2c/FusedBatchNormV3, res4e_relu/Relu)HÔ¦¯ñºƒPL
res4f_relu/ReluÊ§¯ñºƒ T(TB!res4f_relu/Relu = Relu(res4f/add)HÊ§¯ñºƒPƒ
res5a_branch2a/Conv2D¨¯ñºƒ Ÿ(ŸBPres5a_branch2a/Conv2D = Conv2D(res4f_relu/Relu, res5a_branch2a/kernel/read_S130)H¨¯ñºƒPÀ
bn5a_branch2a/FusedBatchNormV3êß¯ñºƒ C(CB…bn5a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch2a/Conv2D, bn5a_branch2a/gamma/read_S131, bn5a_branch2a/beta/read_S132)Hêß¯ñºƒPs
res5a_branch2a_relu/Relu­à¯ñºƒ -(-B?res5a_branch2a_relu/Relu = Relu(bn5a_branch2a/FusedBatchNormV3)H­à¯ñºƒPŒ
res5a_branch2b/Conv2DÚà¯ñºƒ Í(ÍBYres5a_branch2b/Conv2D = Conv2D(res5a_branch2a_relu/Relu, res5a_branch2b/kernel/read_S133)HÚà¯ñºƒPÀ
bn5a_branch2b/FusedBatchNormV3§æ¯ñºƒ (B…bn5a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch2b/Conv2D, bn5a_branch2b/gamma/read_S134, bn5a_branch2b/beta/read_S135)H§æ¯ñºƒPs
res5a_branch2b_relu/Relu½æ¯ñºƒ (B?res5a_branch2b_relu/Relu = Relu(bn5a_branch2b/FusedBatchNormV3)H½æ¯ñºƒPŒ
res5a_branch2c/Conv2DÎæ¯ñºƒ Æ(ÆBYres5a_branch2c/Conv2D = Conv2D(res5a_branch2b_relu/Relu, res5a_branch2c/kernel/read_S136)HÎæ¯ñºƒPÀ
bn5a_branch2c/FusedBatchNormV3”é¯ñºƒ =(=B…bn5a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch2c/Conv2D, bn5a_branch2c/gamma/read_S137, bn5a_branch2c/beta/read_S138)H”é¯ñºƒP€
res5a_branch1/Conv2DŒğ°ñºƒ ª(ªBNres5a_branch1/Conv2D = Conv2D(res4f_relu/Relu, res5a_branch1/kernel/read_S139)HŒğ°ñºƒP»
bn5a_branch1/FusedBatchNormV3¶õ°ñºƒ >(>Bbn5a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch1/Conv2D, bn5a_branch1/gamma/read_S140, bn5a_branch1/beta/read_S141)H¶õ°ñºƒPu
	res5a/addôõ°ñºƒ C(CBPres5a/add = AddV2(bn5a_branch2c/FusedBatchNormV3, bn5a_branch1/FusedBatchNormV3)Hôõ°ñºƒPL
res5a_relu/Relu·ö°ñºƒ .(.B!res5a_relu/Relu = Relu(res5a/add)H·ö°ñºƒPƒ
res5b_branch2a/Conv2Dåö°ñºƒ Ş(ŞBPres5b_branch2a/Conv2D = Conv2D(res5a_relu/Relu, res5b_branch2a/kernel/read_S142)Håö°ñºƒPÀ
bn5b_branch2a/FusedBatchNormV3Ãù°ñºƒ (B…bn5b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res5b_branch2a/Conv2D, bn5b_branch2a/gamma/read_S143, bn5b_branch2a/beta/read_S144)HÃù°ñºƒPs
res5b_branch2a_relu/ReluÛù°ñºƒ (B?res5b_branch2a_relu/Relu = Relu(bn5b_branch2a/FusedBatchNormV3)HÛù°ñºƒPŒ
res5b_branch2b/Conv2Dìù°ñºƒ …(…BYres5b_branch2b/Conv2D = Conv2D(res5b_branch2a_relu/Relu, res5b_branch2b/kernel/read_S145)Hìù°ñºƒPÀ
bn5b_branch2b/FusedBatchNormV3Ş‹±ñºƒ (B…bn5b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res5b_branch2b/Conv2D, bn5b_branch2b/gamma/read_S146, bn5b_branch2b/beta/read_S147)HŞ‹±ñºƒPs
res5b_branch2b_relu/Reluó‹±ñºƒ (B?res5b_branch2b_relu/Relu = Relu(bn5b_branch2b/FusedBatchNormV3)Hó‹±ñºƒPŒ
res5b_branch2c/Conv2D„Œ±ñºƒ å(åBYres5b_branch2c/Conv2D = Conv2D(res5b_branch2b_relu/Relu, res5b_branch2c/kernel/read_S148)H„Œ±ñºƒPÀ
bn5b_branch2c/FusedBatchNormV3é±ñºƒ >(>B…bn5b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res5b_branch2c/Conv2D, bn5b_branch2c/gamma/read_S149, bn5b_branch2c/beta/read_S150)Hé±ñºƒPg
	res5b/add§±ñºƒ @(@BBres5b/add = AddV2(bn5b_branch2c/FusedBatchNormV3, res5a_relu/Relu)H§±ñºƒPL
res5b_relu/Reluç±ñºƒ -(-B!res5b_relu/Relu = Relu(res5b/add)Hç±ñºƒPƒ
res5c_branch2a/Conv2D™§±ñºƒ Õ(ÕBPres5c_branch2a/Conv2D = Conv2D(res5b_relu/Relu, res5c_branch2a/kernel/read_S151)H™§±ñºƒPÀ
bn5c_branch2a/FusedBatchNormV3î©±ñºƒ (B…bn5c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res5c_branch2a/Conv2D, bn5c_branch2a/gamma/read_S152, bn5c_branch2a/beta/read_S153)Hî©±ñºƒPs
res5c_branch2a_relu/Relu…ª±ñºƒ (B?res5c_branch2a_relu/Relu = Relu(bn5c_branch2a/FusedBatchNormV3)H…ª±ñºƒPŒ
res5c_branch2b/Conv2D½€²ñºƒ §(§BYres5c_branch2b/Conv2D = Conv2D(res5c_branch2a_relu/Relu, res5c_branch2b/kernel/read_S154)H½€²ñºƒPÀ
bn5c_branch2b/FusedBatchNormV3ä†²ñºƒ (B…bn5c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res5c_branch2b/Conv2D, bn5c_branch2b/gamma/read_S155, bn5c_branch2b/beta/read_S156)Hä†²ñºƒPs
res5c_branch2b_relu/Reluú†²ñºƒ (B?res5c_branch2b_relu/Relu = Relu(bn5c_branch2b/FusedBatchNormV3)Hú†²ñºƒPŒ
res5c_branch2c/Conv2DŒ‡²ñºƒ Ò(ÒBYres5c_branch2c/Conv2D = Conv2D(res5c_branch2b_relu/Relu, res5c_branch2c/kernel/read_S157)HŒ‡²ñºƒPÀ
bn5c_branch2c/FusedBatchNormV3’¶²ñºƒ A(AB…bn5c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res5c_branch2c/Conv2D, bn5c_branch2c/gamma/read_S158, bn5c_branch2c/beta/read_S159)H’¶²ñºƒPg
	res5c/addÓ¶²ñºƒ >(>BBres5c/add = AddV2(bn5c_branch2c/FusedBatchNormV3, res5b_relu/Relu)HÓ¶²ñºƒPL
res5c_relu/Relu‘·²ñºƒ /(/B!res5c_relu/Relu = Relu(res5c/add)H‘·²ñºƒPN
avg_pool/MeanÀ·²ñºƒ (B%avg_pool/Mean = Mean(res5c_relu/Relu)HÀ·²ñºƒPg
fc1000/MatMulÛ·²ñºƒ (B>fc1000/MatMul = MatMul(avg_pool/Mean, fc1000/kernel/read_S160)HÛ·²ñºƒPh
fc1000/BiasAddï·²ñºƒ 	(	B>fc1000/BiasAdd = BiasAdd(fc1000/MatMul, fc1000/bias/read_S161)Hï·²ñºƒP˜
"loss/SoftmaxCrossEntropyWithLogitsø·²ñºƒ (BZloss/SoftmaxCrossEntropyWithLogits = SoftmaxCrossEntropyWithLogits(fc1000/BiasAdd, labels)Hø·²ñºƒPƒ
gradients/fc1000/bias_grad€¸²ñºƒ 	(	BMgradients/fc1000/bias_grad = BackpropGrad(loss/SoftmaxCrossEntropyWithLogits)H€¸²ñºƒP
gradients/fc1000/kernel_grad‰¸²ñºƒ 5(5BGgradients/fc1000/kernel_grad = BackpropGrad(gradients/fc1000/bias_grad)H‰¸²ñºƒP‹
!gradients/bn5c_branch2c/beta_grad¾¸²ñºƒ (BNgradients/bn5c_branch2c/beta_grad = BackpropGrad(gradients/fc1000/kernel_grad)H¾¸²ñºƒP”
"gradients/bn5c_branch2c/gamma_gradØ¸²ñºƒ Š(ŠBTgradients/bn5c_branch2c/gamma_grad = BackpropGrad(gradients/bn5c_branch2c/beta_grad)HØ¸²ñºƒP™
$gradients/res5c_branch2c/kernel_gradâ¹²ñºƒ š(šBWgradients/res5c_branch2c/kernel_grad = BackpropGrad(gradients/bn5c_branch2c/gamma_grad)Hâ¹²ñºƒP“
!gradients/bn5c_branch2b/beta_gradü¾²ñºƒ (BVgradients/bn5c_branch2b/beta_grad = BackpropGrad(gradients/res5c_branch2c/kernel_grad)Hü¾²ñºƒP’
"gradients/bn5c_branch2b/gamma_gradˆ¿²ñºƒ *(*BTgradients/bn5c_branch2b/gamma_grad = BackpropGrad(gradients/bn5c_branch2b/beta_grad)Hˆ¿²ñºƒP™
$gradients/res5c_branch2b/kernel_grad²¿²ñºƒ ƒ(ƒBWgradients/res5c_branch2b/kernel_grad = BackpropGrad(gradients/bn5c_branch2b/gamma_grad)H²¿²ñºƒP“
!gradients/bn5c_branch2a/beta_gradµË²ñºƒ (BVgradients/bn5c_branch2a/beta_grad = BackpropGrad(gradients/res5c_branch2b/kernel_grad)HµË²ñºƒP’
"gradients/bn5c_branch2a/gamma_gradÁË²ñºƒ (((BTgradients/bn5c_branch2a/gamma_grad = BackpropGrad(gradients/bn5c_branch2a/beta_grad)HÁË²ñºƒP™
$gradients/res5c_branch2a/kernel_gradéË²ñºƒ ½(½BWgradients/res5c_branch2a/kernel_grad = BackpropGrad(gradients/bn5c_branch2a/gamma_grad)HéË²ñºƒP“
!gradients/bn5b_branch2c/beta_grad¦Ñ²ñºƒ (BVgradients/bn5b_branch2c/beta_grad = BackpropGrad(gradients/res5c_branch2a/kernel_grad)H¦Ñ²ñºƒP”
"gradients/bn5b_branch2c/gamma_gradÀÑ²ñºƒ Š(ŠBTgradients/bn5b_branch2c/gamma_grad = BackpropGrad(gradients/bn5b_branch2c/beta_grad)HÀÑ²ñºƒP™
$gradients/res5b_branch2c/kernel_gradÊÒ²ñºƒ (BWgradients/res5b_branch2c/kernel_grad = BackpropGrad(gradients/bn5b_branch2c/gamma_grad)HÊÒ²ñºƒP“
!gradients/bn5b_branch2b/beta_gradÚ×²ñºƒ (BVgradients/bn5b_branch2b/beta_grad = BackpropGrad(gradients/res5b_branch2c/kernel_grad)HÚ×²ñºƒP’
"gradients/bn5b_branch2b/gamma_gradç×²ñºƒ %(%BTgradients/bn5b_branch2b/gamma_grad = BackpropGrad(gradients/bn5b_branch2b/beta_grad)Hç×²ñºƒP™
$gradients/res5b_branch2b/kernel_gradŒØ²ñºƒ Á(ÁBWgradients/res5b_branch2b/kernel_grad = BackpropGrad(gradients/bn5b_branch2b/gamma_grad)HŒØ²ñºƒP“
!gradients/bn5b_branch2a/beta_gradÍã²ñºƒ (BVgradients/bn5b_branch2a/beta_grad = BackpropGrad(gradients/res5b_branch2b/kernel_grad)HÍã²ñºƒP’
"gradients/bn5b_branch2a/gamma_gradÛã²ñºƒ '('BTgradients/bn5b_branch2a/gamma_grad = BackpropGrad(gradients/bn5b_branch2a/beta_grad)HÛã²ñºƒP™
$gradients/res5b_branch2a/kernel_grad‚ä²ñºƒ ¢(¢BWgradients/res5b_branch2a/kernel_grad = BackpropGrad(gradients/bn5b_branch2a/gamma_grad)H‚ä²ñºƒP‘
 gradients/bn5a_branch1/beta_grad¤é²ñºƒ (BUgradients/bn5a_branch1/beta_grad = BackpropGrad(gradients/res5b_branch2a/kernel_grad)H¤é²ñºƒP
!gradients/bn5a_branch1/gamma_grad½é²ñºƒ U(UBRgradients/bn5a_branch1/gamma_grad = BackpropGrad(gradients/bn5a_branch1/beta_grad)H½é²ñºƒP–
#gradients/res5a_branch1/kernel_grad’ê²ñºƒ ò
(ò
BUgradients/res5a_branch1/kernel_grad = BackpropGrad(gradients/bn5a_branch1/gamma_grad)H’ê²ñºƒP’
!gradients/bn5a_branch2c/beta_grad„õ²ñºƒ (BUgradients/bn5a_branch2c/beta_grad = BackpropGrad(gradients/res5a_branch1/kernel_grad)H„õ²ñºƒP”
"gradients/bn5a_branch2c/gamma_gradŸõ²ñºƒ ‡(‡BTgradients/bn5a_branch2c/gamma_grad = BackpropGrad(gradients/bn5a_branch2c/beta_grad)HŸõ²ñºƒP™
$gradients/res5a_branch2c/kernel_grad¦ö²ñºƒ Ã(ÃBWgradients/res5a_branch2c/kernel_grad = BackpropGrad(gradients/bn5a_branch2c/gamma_grad)H¦ö²ñºƒP“
!gradients/bn5a_branch2b/beta_gradéû²ñºƒ (BVgradients/bn5a_branch2b/beta_grad = BackpropGrad(gradients/res5a_branch2c/kernel_grad)Héû²ñºƒP’
"gradients/bn5a_branch2b/gamma_gradöû²ñºƒ +(+BTgradients/bn5a_branch2b/gamma_grad = BackpropGrad(gradients/bn5a_branch2b/beta_grad)Höû²ñºƒP™
$gradients/res5a_branch2b/kernel_grad¡ü²ñºƒ ¦(¦BWgradients/res5a_branch2b/kernel_grad = BackpropGrad(gradients/bn5a_branch2b/gamma_grad)H¡ü²ñºƒP“
!gradients/bn5a_branch2a/beta_gradÇ‡³ñºƒ (BVgradients/bn5a_branch2a/beta_grad = BackpropGrad(gradients/res5a_branch2b/kernel_grad)HÇ‡³ñºƒP”
"gradients/bn5a_branch2a/gamma_gradâ‡³ñºƒ (BTgradients/bn5a_branch2a/gamma_grad = BackpropGrad(gradients/bn5a_branch2a/beta_grad)Hâ‡³ñºƒP™
$gradients/res5a_branch2a/kernel_gradğˆ³ñºƒ Ä
(Ä
BWgradients/res5a_branch2a/kernel_grad = BackpropGrad(gradients/bn5a_branch2a/gamma_grad)Hğˆ³ñºƒP“
!gradients/bn4f_branch2c/beta_grad´“³ñºƒ -(-BVgradients/bn4f_branch2c/beta_grad = BackpropGrad(gradients/res5a_branch2a/kernel_grad)H´“³ñºƒP”
"gradients/bn4f_branch2c/gamma_gradá“³ñºƒ (BTgradients/bn4f_branch2c/gamma_grad = BackpropGrad(gradients/bn4f_branch2c/beta_grad)Há“³ñºƒP™
$gradients/res4f_branch2c/kernel_gradğ•³ñºƒ (BWgradients/res4f_branch2c/kernel_grad = BackpropGrad(gradients/bn4f_branch2c/gamma_grad)Hğ•³ñºƒP“
!gradients/bn4f_branch2b/beta_grad›³ñºƒ (BVgradients/bn4f_branch2b/beta_grad = BackpropGrad(gradients/res4f_branch2c/kernel_grad)H›³ñºƒP’
"gradients/bn4f_branch2b/gamma_grad ›³ñºƒ H(HBTgradients/bn4f_branch2b/gamma_grad = BackpropGrad(gradients/bn4f_branch2b/beta_grad)H ›³ñºƒP™
$gradients/res4f_branch2b/kernel_gradè›³ñºƒ Û(ÛBWgradients/res4f_branch2b/kernel_grad = BackpropGrad(gradients/bn4f_branch2b/gamma_grad)Hè›³ñºƒP“
!gradients/bn4f_branch2a/beta_gradÃ§³ñºƒ (BVgradients/bn4f_branch2a/beta_grad = BackpropGrad(gradients/res4f_branch2b/kernel_grad)HÃ§³ñºƒP’
"gradients/bn4f_branch2a/gamma_gradÔ§³ñºƒ H(HBTgradients/bn4f_branch2a/gamma_grad = BackpropGrad(gradients/bn4f_branch2a/beta_grad)HÔ§³ñºƒP™
$gradients/res4f_branch2a/kernel_gradœ¨³ñºƒ ›(›BWgradients/res4f_branch2a/kernel_grad = BackpropGrad(gradients/bn4f_branch2a/gamma_grad)Hœ¨³ñºƒP“
!gradients/bn4e_branch2c/beta_grad·­³ñºƒ /(/BVgradients/bn4e_branch2c/beta_grad = BackpropGrad(gradients/res4f_branch2a/kernel_grad)H·­³ñºƒP”
"gradients/bn4e_branch2c/gamma_gradæ­³ñºƒ ƒ(ƒBTgradients/bn4e_branch2c/gamma_grad = BackpropGrad(gradients/bn4e_branch2c/beta_grad)Hæ­³ñºƒP™
$gradients/res4e_branch2c/kernel_gradé¯³ñºƒ š(šBWgradients/res4e_branch2c/kernel_grad = BackpropGrad(gradients/bn4e_branch2c/gamma_grad)Hé¯³ñºƒP“
!gradients/bn4e_branch2b/beta_gradƒµ³ñºƒ (BVgradients/bn4e_branch2b/beta_grad = BackpropGrad(gradients/res4e_branch2c/kernel_grad)Hƒµ³ñºƒP’
"gradients/bn4e_branch2b/gamma_grad”µ³ñºƒ H(HBTgradients/bn4e_branch2b/gamma_grad = BackpropGrad(gradients/bn4e_branch2b/beta_grad)H”µ³ñºƒP™
$gradients/res4e_branch2b/kernel_gradÜµ³ñºƒ õ(õBWgradients/res4e_branch2b/kernel_grad = BackpropGrad(gradients/bn4e_branch2b/gamma_grad)HÜµ³ñºƒP“
!gradients/bn4e_branch2a/beta_gradÑÁ³ñºƒ (BVgradients/bn4e_branch2a/beta_grad = BackpropGrad(gradients/res4e_branch2b/kernel_grad)HÑÁ³ñºƒP’
"gradients/bn4e_branch2a/gamma_gradâÁ³ñºƒ G(GBTgradients/bn4e_branch2a/gamma_grad = BackpropGrad(gradients/bn4e_branch2a/beta_grad)HâÁ³ñºƒP™
$gradients/res4e_branch2a/kernel_grad©Â³ñºƒ ¹(¹BWgradients/res4e_branch2a/kernel_grad = BackpropGrad(gradients/bn4e_branch2a/gamma_grad)H©Â³ñºƒP“
!gradients/bn4d_branch2c/beta_gradâÇ³ñºƒ +(+BVgradients/bn4d_branch2c/beta_grad = BackpropGrad(gradients/res4e_branch2a/kernel_grad)HâÇ³ñºƒP”
"gradients/bn4d_branch2c/gamma_gradÈ³ñºƒ •(•BTgradients/bn4d_branch2c/gamma_grad = BackpropGrad(gradients/bn4d_branch2c/beta_grad)HÈ³ñºƒP™
$gradients/res4d_branch2c/kernel_grad¢Ê³ñºƒ “(“BWgradients/res4d_branch2c/kernel_grad = BackpropGrad(gradients/bn4d_branch2c/gamma_grad)H¢Ê³ñºƒP“
!gradients/bn4d_branch2b/beta_gradµÏ³ñºƒ (BVgradients/bn4d_branch2b/beta_grad = BackpropGrad(gradients/res4d_branch2c/kernel_grad)HµÏ³ñºƒP’
"gradients/bn4d_branch2b/gamma_gradÇÏ³ñºƒ I(IBTgradients/bn4d_branch2b/gamma_grad = BackpropGrad(gradients/bn4d_branch2b/beta_grad)HÇÏ³ñºƒP™
$gradients/res4d_branch2b/kernel_gradĞ³ñºƒ ¶(¶BWgradients/res4d_branch2b/kernel_grad = BackpropGrad(gradients/bn4d_branch2b/gamma_grad)HĞ³ñºƒP“
!gradients/bn4d_branch2a/beta_gradÆÛ³ñºƒ (BVgradients/bn4d_branch2a/beta_grad = BackpropGrad(gradients/res4d_branch2b/kernel_grad)HÆÛ³ñºƒP’
"gradients/bn4d_branch2a/gamma_grad×Û³ñºƒ J(JBTgradients/bn4d_branch2a/gamma_grad = BackpropGrad(gradients/bn4d_branch2a/beta_grad)H×Û³ñºƒP™
$gradients/res4d_branch2a/kernel_grad¡Ü³ñºƒ  ( BWgradients/res4d_branch2a/kernel_grad = BackpropGrad(gradients/bn4d_branch2a/gamma_grad)H¡Ü³ñºƒP“
!gradients/bn4c_branch2c/beta_gradÁá³ñºƒ .(.BVgradients/bn4c_branch2c/beta_grad = BackpropGrad(gradients/res4d_branch2a/kernel_grad)HÁá³ñºƒP”
"gradients/bn4c_branch2c/gamma_gradïá³ñºƒ ˆ(ˆBTgradients/bn4c_branch2c/gamma_grad = BackpropGrad(gradients/bn4c_branch2c/beta_grad)Hïá³ñºƒP™
$gradients/res4c_branch2c/kernel_grad÷ã³ñºƒ «(«BWgradients/res4c_branch2c/kernel_grad = BackpropGrad(gradients/bn4c_branch2c/gamma_grad)H÷ã³ñºƒP“
!gradients/bn4c_branch2b/beta_grad¢é³ñºƒ (BVgradients/bn4c_branch2b/beta_grad = BackpropGrad(gradients/res4c_branch2c/kernel_grad)H¢é³ñºƒP’
"gradients/bn4c_branch2b/gamma_grad´é³ñºƒ I(IBTgradients/bn4c_branch2b/gamma_grad = BackpropGrad(gradients/bn4c_branch2b/beta_grad)H´é³ñºƒP™
$gradients/res4c_branch2b/kernel_gradıé³ñºƒ ½(½BWgradients/res4c_branch2b/kernel_grad = BackpropGrad(gradients/bn4c_branch2b/gamma_grad)Hıé³ñºƒP“
!gradients/bn4c_branch2a/beta_gradºõ³ñºƒ (BVgradients/bn4c_branch2a/beta_grad = BackpropGrad(gradients/res4c_branch2b/kernel_grad)Hºõ³ñºƒP’
"gradients/bn4c_branch2a/gamma_gradËõ³ñºƒ I(IBTgradients/bn4c_branch2a/gamma_grad = BackpropGrad(gradients/bn4c_branch2a/beta_grad)HËõ³ñºƒP™
$gradients/res4c_branch2a/kernel_grad”ö³ñºƒ ¤(¤BWgradients/res4c_branch2a/kernel_grad = BackpropGrad(gradients/bn4c_branch2a/gamma_grad)H”ö³ñºƒP“
!gradients/bn4b_branch2c/beta_grad¸û³ñºƒ .(.BVgradients/bn4b_branch2c/beta_grad = BackpropGrad(gradients/res4c_branch2a/kernel_grad)H¸û³ñºƒP”
"gradients/bn4b_branch2c/gamma_gradæû³ñºƒ (BTgradients/bn4b_branch2c/gamma_grad = BackpropGrad(gradients/bn4b_branch2c/beta_grad)Hæû³ñºƒP™
$gradients/res4b_branch2c/kernel_gradöı³ñºƒ €(€BWgradients/res4b_branch2c/kernel_grad = BackpropGrad(gradients/bn4b_branch2c/gamma_grad)Höı³ñºƒP“
!gradients/bn4b_branch2b/beta_gradö‚´ñºƒ (BVgradients/bn4b_branch2b/beta_grad = BackpropGrad(gradients/res4b_branch2c/kernel_grad)Hö‚´ñºƒP’
"gradients/bn4b_branch2b/gamma_gradˆƒ´ñºƒ J(JBTgradients/bn4b_branch2b/gamma_grad = BackpropGrad(gradients/bn4b_branch2b/beta_grad)Hˆƒ´ñºƒP™
$gradients/res4b_branch2b/kernel_gradÒƒ´ñºƒ Ï(ÏBWgradients/res4b_branch2b/kernel_grad = BackpropGrad(gradients/bn4b_branch2b/gamma_grad)HÒƒ´ñºƒP“
!gradients/bn4b_branch2a/beta_grad¡´ñºƒ (BVgradients/bn4b_branch2a/beta_grad = BackpropGrad(gradients/res4b_branch2b/kernel_grad)H¡´ñºƒP’
"gradients/bn4b_branch2a/gamma_grad²´ñºƒ K(KBTgradients/bn4b_branch2a/gamma_grad = BackpropGrad(gradients/bn4b_branch2a/beta_grad)H²´ñºƒP™
$gradients/res4b_branch2a/kernel_gradı´ñºƒ (BWgradients/res4b_branch2a/kernel_grad = BackpropGrad(gradients/bn4b_branch2a/gamma_grad)Hı´ñºƒP‘
 gradients/bn4a_branch1/beta_gradš•´ñºƒ -(-BUgradients/bn4a_branch1/beta_grad = BackpropGrad(gradients/res4b_branch2a/kernel_grad)Hš•´ñºƒP‘
!gradients/bn4a_branch1/gamma_gradÇ•´ñºƒ œ(œBRgradients/bn4a_branch1/gamma_grad = BackpropGrad(gradients/bn4a_branch1/beta_grad)HÇ•´ñºƒP–
#gradients/res4a_branch1/kernel_gradã–´ñºƒ ¨
(¨
BUgradients/res4a_branch1/kernel_grad = BackpropGrad(gradients/bn4a_branch1/gamma_grad)Hã–´ñºƒP’
!gradients/bn4a_branch2c/beta_grad‹¡´ñºƒ ,(,BUgradients/bn4a_branch2c/beta_grad = BackpropGrad(gradients/res4a_branch1/kernel_grad)H‹¡´ñºƒP”
"gradients/bn4a_branch2c/gamma_grad·¡´ñºƒ (BTgradients/bn4a_branch2c/gamma_grad = BackpropGrad(gradients/bn4a_branch2c/beta_grad)H·¡´ñºƒP™
$gradients/res4a_branch2c/kernel_gradÆ£´ñºƒ ¥(¥BWgradients/res4a_branch2c/kernel_grad = BackpropGrad(gradients/bn4a_branch2c/gamma_grad)HÆ£´ñºƒP“
!gradients/bn4a_branch2b/beta_gradë¨´ñºƒ (BVgradients/bn4a_branch2b/beta_grad = BackpropGrad(gradients/res4a_branch2c/kernel_grad)Hë¨´ñºƒP’
"gradients/bn4a_branch2b/gamma_gradü¨´ñºƒ G(GBTgradients/bn4a_branch2b/gamma_grad = BackpropGrad(gradients/bn4a_branch2b/beta_grad)Hü¨´ñºƒP™
$gradients/res4a_branch2b/kernel_gradÃ©´ñºƒ (BWgradients/res4a_branch2b/kernel_grad = BackpropGrad(gradients/bn4a_branch2b/gamma_grad)HÃ©´ñºƒP“
!gradients/bn4a_branch2a/beta_gradĞµ´ñºƒ -(-BVgradients/bn4a_branch2a/beta_grad = BackpropGrad(gradients/res4a_branch2b/kernel_grad)HĞµ´ñºƒP”
"gradients/bn4a_branch2a/gamma_gradıµ´ñºƒ (BTgradients/bn4a_branch2a/gamma_grad = BackpropGrad(gradients/bn4a_branch2a/beta_grad)Hıµ´ñºƒP™
$gradients/res4a_branch2a/kernel_gradŠ¸´ñºƒ ³
(³
BWgradients/res4a_branch2a/kernel_grad = BackpropGrad(gradients/bn4a_branch2a/gamma_grad)HŠ¸´ñºƒP“
!gradients/bn3d_branch2c/beta_grad½Â´ñºƒ P(PBVgradients/bn3d_branch2c/beta_grad = BackpropGrad(gradients/res4a_branch2a/kernel_grad)H½Â´ñºƒP”
"gradients/bn3d_branch2c/gamma_gradÃ´ñºƒ (BTgradients/bn3d_branch2c/gamma_grad = BackpropGrad(gradients/bn3d_branch2c/beta_grad)HÃ´ñºƒP™
$gradients/res3d_branch2c/kernel_gradÇ´ñºƒ •(•BWgradients/res3d_branch2c/kernel_grad = BackpropGrad(gradients/bn3d_branch2c/gamma_grad)HÇ´ñºƒP“
!gradients/bn3d_branch2b/beta_grad²Ì´ñºƒ (BVgradients/bn3d_branch2b/beta_grad = BackpropGrad(gradients/res3d_branch2c/kernel_grad)H²Ì´ñºƒP”
"gradients/bn3d_branch2b/gamma_gradÍÌ´ñºƒ (BTgradients/bn3d_branch2b/gamma_grad = BackpropGrad(gradients/bn3d_branch2b/beta_grad)HÍÌ´ñºƒP™
$gradients/res3d_branch2b/kernel_gradÛÍ´ñºƒ  ( BWgradients/res3d_branch2b/kernel_grad = BackpropGrad(gradients/bn3d_branch2b/gamma_grad)HÛÍ´ñºƒP“
!gradients/bn3d_branch2a/beta_gradûÙ´ñºƒ (BVgradients/bn3d_branch2a/beta_grad = BackpropGrad(gradients/res3d_branch2b/kernel_grad)HûÙ´ñºƒP”
"gradients/bn3d_branch2a/gamma_grad—Ú´ñºƒ ‹(‹BTgradients/bn3d_branch2a/gamma_grad = BackpropGrad(gradients/bn3d_branch2a/beta_grad)H—Ú´ñºƒP™
$gradients/res3d_branch2a/kernel_grad¢Û´ñºƒ ½(½BWgradients/res3d_branch2a/kernel_grad = BackpropGrad(gradients/bn3d_branch2a/gamma_grad)H¢Û´ñºƒP“
!gradients/bn3c_branch2c/beta_gradßà´ñºƒ T(TBVgradients/bn3c_branch2c/beta_grad = BackpropGrad(gradients/res3d_branch2a/kernel_grad)Hßà´ñºƒP”
"gradients/bn3c_branch2c/gamma_grad³á´ñºƒ (BTgradients/bn3c_branch2c/gamma_grad = BackpropGrad(gradients/bn3c_branch2c/beta_grad)H³á´ñºƒP™
$gradients/res3c_branch2c/kernel_gradÂå´ñºƒ (BWgradients/res3c_branch2c/kernel_grad = BackpropGrad(gradients/bn3c_branch2c/gamma_grad)HÂå´ñºƒP“
!gradients/bn3c_branch2b/beta_gradàê´ñºƒ (BVgradients/bn3c_branch2b/beta_grad = BackpropGrad(gradients/res3c_branch2c/kernel_grad)Hàê´ñºƒP”
"gradients/bn3c_branch2b/gamma_gradûê´ñºƒ Š(ŠBTgradients/bn3c_branch2b/gamma_grad = BackpropGrad(gradients/bn3c_branch2b/beta_grad)Hûê´ñºƒP™
$gradients/res3c_branch2b/kernel_grad…ì´ñºƒ ®(®BWgradients/res3c_branch2b/kernel_grad = BackpropGrad(gradients/bn3c_branch2b/gamma_grad)H…ì´ñºƒP“
!gradients/bn3c_branch2a/beta_grad³ø´ñºƒ (BVgradients/bn3c_branch2a/beta_grad = BackpropGrad(gradients/res3c_branch2b/kernel_grad)H³ø´ñºƒP”
"gradients/bn3c_branch2a/gamma_gradÍø´ñºƒ …(…BTgradients/bn3c_branch2a/gamma_grad = BackpropGrad(gradients/bn3c_branch2a/beta_grad)HÍø´ñºƒP™
$gradients/res3c_branch2a/kernel_gradÒù´ñºƒ Ã(ÃBWgradients/res3c_branch2a/kernel_grad = BackpropGrad(gradients/bn3c_branch2a/gamma_grad)HÒù´ñºƒP“
!gradients/bn3b_branch2c/beta_grad•ÿ´ñºƒ R(RBVgradients/bn3b_branch2c/beta_grad = BackpropGrad(gradients/res3c_branch2a/kernel_grad)H•ÿ´ñºƒP”
"gradients/bn3b_branch2c/gamma_gradçÿ´ñºƒ (BTgradients/bn3b_branch2c/gamma_grad = BackpropGrad(gradients/bn3b_branch2c/beta_grad)Hçÿ´ñºƒP™
$gradients/res3b_branch2c/kernel_grad÷ƒµñºƒ ˜(˜BWgradients/res3b_branch2c/kernel_grad = BackpropGrad(gradients/bn3b_branch2c/gamma_grad)H÷ƒµñºƒP“
!gradients/bn3b_branch2b/beta_grad‰µñºƒ (BVgradients/bn3b_branch2b/beta_grad = BackpropGrad(gradients/res3b_branch2c/kernel_grad)H‰µñºƒP”
"gradients/bn3b_branch2b/gamma_gradª‰µñºƒ €(€BTgradients/bn3b_branch2b/gamma_grad = BackpropGrad(gradients/bn3b_branch2b/beta_grad)Hª‰µñºƒP™
$gradients/res3b_branch2b/kernel_gradªŠµñºƒ Ş(ŞBWgradients/res3b_branch2b/kernel_grad = BackpropGrad(gradients/bn3b_branch2b/gamma_grad)HªŠµñºƒP“
!gradients/bn3b_branch2a/beta_gradˆ–µñºƒ (BVgradients/bn3b_branch2a/beta_grad = BackpropGrad(gradients/res3b_branch2b/kernel_grad)Hˆ–µñºƒP”
"gradients/bn3b_branch2a/gamma_grad£–µñºƒ (BTgradients/bn3b_branch2a/gamma_grad = BackpropGrad(gradients/bn3b_branch2a/beta_grad)H£–µñºƒP™
$gradients/res3b_branch2a/kernel_grad³—µñºƒ ·(·BWgradients/res3b_branch2a/kernel_grad = BackpropGrad(gradients/bn3b_branch2a/gamma_grad)H³—µñºƒP‘
 gradients/bn3a_branch1/beta_gradêœµñºƒ Q(QBUgradients/bn3a_branch1/beta_grad = BackpropGrad(gradients/res3b_branch2a/kernel_grad)HêœµñºƒP‘
!gradients/bn3a_branch1/gamma_grad»µñºƒ ¶(¶BRgradients/bn3a_branch1/gamma_grad = BackpropGrad(gradients/bn3a_branch1/beta_grad)H»µñºƒP–
#gradients/res3a_branch1/kernel_gradñŸµñºƒ Ë
(Ë
BUgradients/res3a_branch1/kernel_grad = BackpropGrad(gradients/bn3a_branch1/gamma_grad)HñŸµñºƒP’
!gradients/bn3a_branch2c/beta_grad¼ªµñºƒ U(UBUgradients/bn3a_branch2c/beta_grad = BackpropGrad(gradients/res3a_branch1/kernel_grad)H¼ªµñºƒP”
"gradients/bn3a_branch2c/gamma_grad‘«µñºƒ ¶(¶BTgradients/bn3a_branch2c/gamma_grad = BackpropGrad(gradients/bn3a_branch2c/beta_grad)H‘«µñºƒP™
$gradients/res3a_branch2c/kernel_gradÇ¯µñºƒ µ(µBWgradients/res3a_branch2c/kernel_grad = BackpropGrad(gradients/bn3a_branch2c/gamma_grad)HÇ¯µñºƒP“
!gradients/bn3a_branch2b/beta_gradü´µñºƒ (BVgradients/bn3a_branch2b/beta_grad = BackpropGrad(gradients/res3a_branch2c/kernel_grad)Hü´µñºƒP”
"gradients/bn3a_branch2b/gamma_grad—µµñºƒ (BTgradients/bn3a_branch2b/gamma_grad = BackpropGrad(gradients/bn3a_branch2b/beta_grad)H—µµñºƒP™
$gradients/res3a_branch2b/kernel_grad¦¶µñºƒ §(§BWgradients/res3a_branch2b/kernel_grad = BackpropGrad(gradients/bn3a_branch2b/gamma_grad)H¦¶µñºƒP“
!gradients/bn3a_branch2a/beta_gradÍÁµñºƒ T(TBVgradients/bn3a_branch2a/beta_grad = BackpropGrad(gradients/res3a_branch2b/kernel_grad)HÍÁµñºƒP”
"gradients/bn3a_branch2a/gamma_grad¡Âµñºƒ ‚(‚BTgradients/bn3a_branch2a/gamma_grad = BackpropGrad(gradients/bn3a_branch2a/beta_grad)H¡ÂµñºƒP™
$gradients/res3a_branch2a/kernel_grad£Æµñºƒ ‡
(‡
BWgradients/res3a_branch2a/kernel_grad = BackpropGrad(gradients/bn3a_branch2a/gamma_grad)H£ÆµñºƒP•
!gradients/bn2c_branch2c/beta_gradªĞµñºƒ (BVgradients/bn2c_branch2c/beta_grad = BackpropGrad(gradients/res3a_branch2a/kernel_grad)HªĞµñºƒP”
"gradients/bn2c_branch2c/gamma_gradÈÑµñºƒ Ş(ŞBTgradients/bn2c_branch2c/gamma_grad = BackpropGrad(gradients/bn2c_branch2c/beta_grad)HÈÑµñºƒP™
$gradients/res2c_branch2c/kernel_grad¦Ùµñºƒ ®(®BWgradients/res2c_branch2c/kernel_grad = BackpropGrad(gradients/bn2c_branch2c/gamma_grad)H¦ÙµñºƒP“
!gradients/bn2c_branch2b/beta_gradÔŞµñºƒ .(.BVgradients/bn2c_branch2b/beta_grad = BackpropGrad(gradients/res2c_branch2c/kernel_grad)HÔŞµñºƒP”
"gradients/bn2c_branch2b/gamma_grad‚ßµñºƒ ‡(‡BTgradients/bn2c_branch2b/gamma_grad = BackpropGrad(gradients/bn2c_branch2b/beta_grad)H‚ßµñºƒP™
$gradients/res2c_branch2b/kernel_grad‰áµñºƒ (BWgradients/res2c_branch2b/kernel_grad = BackpropGrad(gradients/bn2c_branch2b/gamma_grad)H‰áµñºƒP“
!gradients/bn2c_branch2a/beta_gradŠíµñºƒ +(+BVgradients/bn2c_branch2a/beta_grad = BackpropGrad(gradients/res2c_branch2b/kernel_grad)HŠíµñºƒP”
"gradients/bn2c_branch2a/gamma_gradµíµñºƒ ˆ(ˆBTgradients/bn2c_branch2a/gamma_grad = BackpropGrad(gradients/bn2c_branch2a/beta_grad)HµíµñºƒP™
$gradients/res2c_branch2a/kernel_grad½ïµñºƒ ¼(¼BWgradients/res2c_branch2a/kernel_grad = BackpropGrad(gradients/bn2c_branch2a/gamma_grad)H½ïµñºƒP•
!gradients/bn2b_branch2c/beta_gradùôµñºƒ ¢(¢BVgradients/bn2b_branch2c/beta_grad = BackpropGrad(gradients/res2c_branch2a/kernel_grad)HùôµñºƒP”
"gradients/bn2b_branch2c/gamma_grad›öµñºƒ ®(®BTgradients/bn2b_branch2c/gamma_grad = BackpropGrad(gradients/bn2b_branch2c/beta_grad)H›öµñºƒP™
$gradients/res2b_branch2c/kernel_gradÉşµñºƒ  ( BWgradients/res2b_branch2c/kernel_grad = BackpropGrad(gradients/bn2b_branch2c/gamma_grad)HÉşµñºƒP“
!gradients/bn2b_branch2b/beta_gradéƒ¶ñºƒ ,(,BVgradients/bn2b_branch2b/beta_grad = BackpropGrad(gradients/res2b_branch2c/kernel_grad)Héƒ¶ñºƒP”
"gradients/bn2b_branch2b/gamma_grad•„¶ñºƒ ‡(‡BTgradients/bn2b_branch2b/gamma_grad = BackpropGrad(gradients/bn2b_branch2b/beta_grad)H•„¶ñºƒP™
$gradients/res2b_branch2b/kernel_gradœ†¶ñºƒ Ş(ŞBWgradients/res2b_branch2b/kernel_grad = BackpropGrad(gradients/bn2b_branch2b/gamma_grad)Hœ†¶ñºƒP“
!gradients/bn2b_branch2a/beta_gradú‘¶ñºƒ -(-BVgradients/bn2b_branch2a/beta_grad = BackpropGrad(gradients/res2b_branch2b/kernel_grad)Hú‘¶ñºƒP”
"gradients/bn2b_branch2a/gamma_grad§’¶ñºƒ (BTgradients/bn2b_branch2a/gamma_grad = BackpropGrad(gradients/bn2b_branch2a/beta_grad)H§’¶ñºƒP™
$gradients/res2b_branch2a/kernel_gradµ”¶ñºƒ š(šBWgradients/res2b_branch2a/kernel_grad = BackpropGrad(gradients/bn2b_branch2a/gamma_grad)Hµ”¶ñºƒP“
 gradients/bn2a_branch1/beta_gradÏ™¶ñºƒ ¡(¡BUgradients/bn2a_branch1/beta_grad = BackpropGrad(gradients/res2b_branch2a/kernel_grad)HÏ™¶ñºƒP‘
!gradients/bn2a_branch1/gamma_gradğš¶ñºƒ ÷(÷BRgradients/bn2a_branch1/gamma_grad = BackpropGrad(gradients/bn2a_branch1/beta_grad)Hğš¶ñºƒP–
#gradients/res2a_branch1/kernel_gradçŸ¶ñºƒ  ( BUgradients/res2a_branch1/kernel_grad = BackpropGrad(gradients/bn2a_branch1/gamma_grad)HçŸ¶ñºƒP”
!gradients/bn2a_branch2c/beta_grad‡¥¶ñºƒ (BUgradients/bn2a_branch2c/beta_grad = BackpropGrad(gradients/res2a_branch1/kernel_grad)H‡¥¶ñºƒP”
"gradients/bn2a_branch2c/gamma_grad¥¦¶ñºƒ û(ûBTgradients/bn2a_branch2c/gamma_grad = BackpropGrad(gradients/bn2a_branch2c/beta_grad)H¥¦¶ñºƒP™
$gradients/res2a_branch2c/kernel_grad ®¶ñºƒ §(§BWgradients/res2a_branch2c/kernel_grad = BackpropGrad(gradients/bn2a_branch2c/gamma_grad)H ®¶ñºƒP“
!gradients/bn2a_branch2b/beta_gradÇ³¶ñºƒ -(-BVgradients/bn2a_branch2b/beta_grad = BackpropGrad(gradients/res2a_branch2c/kernel_grad)HÇ³¶ñºƒP”
"gradients/bn2a_branch2b/gamma_gradô³¶ñºƒ ƒ(ƒBTgradients/bn2a_branch2b/gamma_grad = BackpropGrad(gradients/bn2a_branch2b/beta_grad)Hô³¶ñºƒP™
$gradients/res2a_branch2b/kernel_grad÷µ¶ñºƒ Û(ÛBWgradients/res2a_branch2b/kernel_grad = BackpropGrad(gradients/bn2a_branch2b/gamma_grad)H÷µ¶ñºƒP“
!gradients/bn2a_branch2a/beta_gradÒÁ¶ñºƒ -(-BVgradients/bn2a_branch2a/beta_grad = BackpropGrad(gradients/res2a_branch2b/kernel_grad)HÒÁ¶ñºƒP”
"gradients/bn2a_branch2a/gamma_gradÿÁ¶ñºƒ (BTgradients/bn2a_branch2a/gamma_grad = BackpropGrad(gradients/bn2a_branch2a/beta_grad)HÿÁ¶ñºƒP™
$gradients/res2a_branch2a/kernel_gradŒÄ¶ñºƒ ¦(¦BWgradients/res2a_branch2a/kernel_grad = BackpropGrad(gradients/bn2a_branch2a/gamma_grad)HŒÄ¶ñºƒP‹
gradients/bn_conv1/beta_grad²Å¶ñºƒ ˜(˜BQgradients/bn_conv1/beta_grad = BackpropGrad(gradients/res2a_branch2a/kernel_grad)H²Å¶ñºƒP…
gradients/bn_conv1/gamma_gradÊÆ¶ñºƒ û
(û
BJgradients/bn_conv1/gamma_grad = BackpropGrad(gradients/bn_conv1/beta_grad)HÊÆ¶ñºƒP‚
gradients/conv1/kernel_gradÅÑ¶ñºƒ ø(øBIgradients/conv1/kernel_grad = BackpropGrad(gradients/bn_conv1/gamma_grad)HÅÑ¶ñºƒP
¶ 
%/job:ps/replica:0/task:0/device:CPU:0W
conv1/kernel/read¸˜­ñºƒ (B*conv1/kernel/read = Identity(conv1/kernel)H¸˜­ñºƒP]
bn_conv1/gamma/read¼˜­ñºƒ (B.bn_conv1/gamma/read = Identity(bn_conv1/gamma)H¼˜­ñºƒPZ
bn_conv1/beta/read¾˜­ñºƒ (B,bn_conv1/beta/read = Identity(bn_conv1/beta)H¾˜­ñºƒPr
res2a_branch2a/kernel/readÂ˜­ñºƒ (B<res2a_branch2a/kernel/read = Identity(res2a_branch2a/kernel)HÂ˜­ñºƒPl
bn2a_branch2a/gamma/readÅ˜­ñºƒ (B8bn2a_branch2a/gamma/read = Identity(bn2a_branch2a/gamma)HÅ˜­ñºƒPi
bn2a_branch2a/beta/readÈ˜­ñºƒ (B6bn2a_branch2a/beta/read = Identity(bn2a_branch2a/beta)HÈ˜­ñºƒPr
res2a_branch2b/kernel/readÊ˜­ñºƒ (B<res2a_branch2b/kernel/read = Identity(res2a_branch2b/kernel)HÊ˜­ñºƒPl
bn2a_branch2b/gamma/readÍ˜­ñºƒ (B8bn2a_branch2b/gamma/read = Identity(bn2a_branch2b/gamma)HÍ˜­ñºƒPi
bn2a_branch2b/beta/readÑ˜­ñºƒ (B6bn2a_branch2b/beta/read = Identity(bn2a_branch2b/beta)HÑ˜­ñºƒPr
res2a_branch2c/kernel/readÓ˜­ñºƒ (B<res2a_branch2c/kernel/read = Identity(res2a_branch2c/kernel)HÓ˜­ñºƒPl
bn2a_branch2c/gamma/read×˜­ñºƒ (B8bn2a_branch2c/gamma/read = Identity(bn2a_branch2c/gamma)H×˜­ñºƒPi
bn2a_branch2c/beta/readÙ˜­ñºƒ (B6bn2a_branch2c/beta/read = Identity(bn2a_branch2c/beta)HÙ˜­ñºƒPo
res2a_branch1/kernel/readİ˜­ñºƒ (B:res2a_branch1/kernel/read = Identity(res2a_branch1/kernel)Hİ˜­ñºƒPi
bn2a_branch1/gamma/readà˜­ñºƒ (B6bn2a_branch1/gamma/read = Identity(bn2a_branch1/gamma)Hà˜­ñºƒPf
bn2a_branch1/beta/readã˜­ñºƒ (B4bn2a_branch1/beta/read = Identity(bn2a_branch1/beta)Hã˜­ñºƒPr
res2b_branch2a/kernel/readæ˜­ñºƒ (B<res2b_branch2a/kernel/read = Identity(res2b_branch2a/kernel)Hæ˜­ñºƒPl
bn2b_branch2a/gamma/readé˜­ñºƒ (B8bn2b_branch2a/gamma/read = Identity(bn2b_branch2a/gamma)Hé˜­ñºƒPi
bn2b_branch2a/beta/readì˜­ñºƒ (B6bn2b_branch2a/beta/read = Identity(bn2b_branch2a/beta)Hì˜­ñºƒPr
res2b_branch2b/kernel/readï˜­ñºƒ (B<res2b_branch2b/kernel/read = Identity(res2b_branch2b/kernel)Hï˜­ñºƒPl
bn2b_branch2b/gamma/readò˜­ñºƒ (B8bn2b_branch2b/gamma/read = Identity(bn2b_branch2b/gamma)Hò˜­ñºƒPi
bn2b_branch2b/beta/readõ˜­ñºƒ (B6bn2b_branch2b/beta/read = Identity(bn2b_branch2b/beta)Hõ˜­ñºƒPr
res2b_branch2c/kernel/readø˜­ñºƒ (B<res2b_branch2c/kernel/read = Identity(res2b_branch2c/kernel)Hø˜­ñºƒPl
bn2b_branch2c/gamma/readû˜­ñºƒ (B8bn2b_branch2c/gamma/read = Identity(bn2b_branch2c/gamma)Hû˜­ñºƒPi
bn2b_branch2c/beta/readş˜­ñºƒ (B6bn2b_branch2c/beta/read = Identity(bn2b_branch2c/beta)Hş˜­ñºƒPr
res2c_branch2a/kernel/read™­ñºƒ (B<res2c_branch2a/kernel/read = Identity(res2c_branch2a/kernel)H™­ñºƒPl
bn2c_branch2a/gamma/read„™­ñºƒ (B8bn2c_branch2a/gamma/read = Identity(bn2c_branch2a/gamma)H„™­ñºƒPi
bn2c_branch2a/beta/read‡™­ñºƒ (B6bn2c_branch2a/beta/read = Identity(bn2c_branch2a/beta)H‡™­ñºƒPr
res2c_branch2b/kernel/readŠ™­ñºƒ (B<res2c_branch2b/kernel/read = Identity(res2c_branch2b/kernel)HŠ™­ñºƒPl
bn2c_branch2b/gamma/read™­ñºƒ (B8bn2c_branch2b/gamma/read = Identity(bn2c_branch2b/gamma)H™­ñºƒPi
bn2c_branch2b/beta/read™­ñºƒ (B6bn2c_branch2b/beta/read = Identity(bn2c_branch2b/beta)H™­ñºƒPr
res2c_branch2c/kernel/read“™­ñºƒ (B<res2c_branch2c/kernel/read = Identity(res2c_branch2c/kernel)H“™­ñºƒPl
bn2c_branch2c/gamma/read–™­ñºƒ (B8bn2c_branch2c/gamma/read = Identity(bn2c_branch2c/gamma)H–™­ñºƒPi
bn2c_branch2c/beta/read™™­ñºƒ (B6bn2c_branch2c/beta/read = Identity(bn2c_branch2c/beta)H™™­ñºƒPr
res3a_branch2a/kernel/readœ™­ñºƒ (B<res3a_branch2a/kernel/read = Identity(res3a_branch2a/kernel)Hœ™­ñºƒPl
bn3a_branch2a/gamma/readŸ™­ñºƒ (B8bn3a_branch2a/gamma/read = Identity(bn3a_branch2a/gamma)HŸ™­ñºƒPi
bn3a_branch2a/beta/read¢™­ñºƒ (B6bn3a_branch2a/beta/read = Identity(bn3a_branch2a/beta)H¢™­ñºƒPr
res3a_branch2b/kernel/read¥™­ñºƒ (B<res3a_branch2b/kernel/read = Identity(res3a_branch2b/kernel)H¥™­ñºƒPl
bn3a_branch2b/gamma/read¨™­ñºƒ (B8bn3a_branch2b/gamma/read = Identity(bn3a_branch2b/gamma)H¨™­ñºƒPi
bn3a_branch2b/beta/read«™­ñºƒ (B6bn3a_branch2b/beta/read = Identity(bn3a_branch2b/beta)H«™­ñºƒPr
res3a_branch2c/kernel/read®™­ñºƒ (B<res3a_branch2c/kernel/read = Identity(res3a_branch2c/kernel)H®™­ñºƒPl
bn3a_branch2c/gamma/read±™­ñºƒ (B8bn3a_branch2c/gamma/read = Identity(bn3a_branch2c/gamma)H±™­ñºƒPi
bn3a_branch2c/beta/read´™­ñºƒ (B6bn3a_branch2c/beta/read = Identity(bn3a_branch2c/beta)H´™­ñºƒPo
res3a_branch1/kernel/read·™­ñºƒ (B:res3a_branch1/kernel/read = Identity(res3a_branch1/kernel)H·™­ñºƒPi
bn3a_branch1/gamma/readº™­ñºƒ (B6bn3a_branch1/gamma/read = Identity(bn3a_branch1/gamma)Hº™­ñºƒPf
bn3a_branch1/beta/read½™­ñºƒ (B4bn3a_branch1/beta/read = Identity(bn3a_branch1/beta)H½™­ñºƒPr
res3b_branch2a/kernel/readÀ™­ñºƒ (B<res3b_branch2a/kernel/read = Identity(res3b_branch2a/kernel)HÀ™­ñºƒPl
bn3b_branch2a/gamma/readÃ™­ñºƒ (B8bn3b_branch2a/gamma/read = Identity(bn3b_branch2a/gamma)HÃ™­ñºƒPi
bn3b_branch2a/beta/readÆ™­ñºƒ (B6bn3b_branch2a/beta/read = Identity(bn3b_branch2a/beta)HÆ™­ñºƒPr
res3b_branch2b/kernel/readÉ™­ñºƒ (B<res3b_branch2b/kernel/read = Identity(res3b_branch2b/kernel)HÉ™­ñºƒPl
bn3b_branch2b/gamma/readÌ™­ñºƒ (B8bn3b_branch2b/gamma/read = Identity(bn3b_branch2b/gamma)HÌ™­ñºƒPi
bn3b_branch2b/beta/readÏ™­ñºƒ (B6bn3b_branch2b/beta/read = Identity(bn3b_branch2b/beta)HÏ™­ñºƒPr
res3b_branch2c/kernel/readÒ™­ñºƒ (B<res3b_branch2c/kernel/read = Identity(res3b_branch2c/kernel)HÒ™­ñºƒPl
bn3b_branch2c/gamma/readÕ™­ñºƒ (B8bn3b_branch2c/gamma/read = Identity(bn3b_branch2c/gamma)HÕ™­ñºƒPi
bn3b_branch2c/beta/readØ™­ñºƒ (B6bn3b_branch2c/beta/read = Identity(bn3b_branch2c/beta)HØ™­ñºƒPr
res3c_branch2a/kernel/readÛ™­ñºƒ (B<res3c_branch2a/kernel/read = Identity(res3c_branch2a/kernel)HÛ™­ñºƒPl
bn3c_branch2a/gamma/readŞ™­ñºƒ (B8bn3c_branch2a/gamma/read = Identity(bn3c_branch2a/gamma)HŞ™­ñºƒPi
bn3c_branch2a/beta/readá™­ñºƒ (B6bn3c_branch2a/beta/read = Identity(bn3c_branch2a/beta)Há™­ñºƒPr
res3c_branch2b/kernel/readä™­ñºƒ (B<res3c_branch2b/kernel/read = Identity(res3c_branch2b/kernel)Hä™­ñºƒPl
bn3c_branch2b/gamma/readç™­ñºƒ (B8bn3c_branch2b/gamma/read = Identity(bn3c_branch2b/gamma)Hç™­ñºƒPi
bn3c_branch2b/beta/readë™­ñºƒ (B6bn3c_branch2b/beta/read = Identity(bn3c_branch2b/beta)Hë™­ñºƒPr
res3c_branch2c/kernel/readí™­ñºƒ (B<res3c_branch2c/kernel/read = Identity(res3c_branch2c/kernel)Hí™­ñºƒPl
bn3c_branch2c/gamma/readñ™­ñºƒ (B8bn3c_branch2c/gamma/read = Identity(bn3c_branch2c/gamma)Hñ™­ñºƒPi
bn3c_branch2c/beta/readô™­ñºƒ (B6bn3c_branch2c/beta/read = Identity(bn3c_branch2c/beta)Hô™­ñºƒPr
res3d_branch2a/kernel/read÷™­ñºƒ (B<res3d_branch2a/kernel/read = Identity(res3d_branch2a/kernel)H÷™­ñºƒPl
bn3d_branch2a/gamma/readú™­ñºƒ (B8bn3d_branch2a/gamma/read = Identity(bn3d_branch2a/gamma)Hú™­ñºƒPi
bn3d_branch2a/beta/readı™­ñºƒ (B6bn3d_branch2a/beta/read = Identity(bn3d_branch2a/beta)Hı™­ñºƒPr
res3d_branch2b/kernel/read€š­ñºƒ (B<res3d_branch2b/kernel/read = Identity(res3d_branch2b/kernel)H€š­ñºƒPl
bn3d_branch2b/gamma/read‚š­ñºƒ (B8bn3d_branch2b/gamma/read = Identity(bn3d_branch2b/gamma)H‚š­ñºƒPi
bn3d_branch2b/beta/read†š­ñºƒ (B6bn3d_branch2b/beta/read = Identity(bn3d_branch2b/beta)H†š­ñºƒPr
res3d_branch2c/kernel/read‰š­ñºƒ (B<res3d_branch2c/kernel/read = Identity(res3d_branch2c/kernel)H‰š­ñºƒPl
bn3d_branch2c/gamma/read‹š­ñºƒ (B8bn3d_branch2c/gamma/read = Identity(bn3d_branch2c/gamma)H‹š­ñºƒPi
bn3d_branch2c/beta/readš­ñºƒ (B6bn3d_branch2c/beta/read = Identity(bn3d_branch2c/beta)Hš­ñºƒPr
res4a_branch2a/kernel/read‘š­ñºƒ (B<res4a_branch2a/kernel/read = Identity(res4a_branch2a/kernel)H‘š­ñºƒPl
bn4a_branch2a/gamma/read”š­ñºƒ (B8bn4a_branch2a/gamma/read = Identity(bn4a_branch2a/gamma)H”š­ñºƒPi
bn4a_branch2a/beta/read—š­ñºƒ (B6bn4a_branch2a/beta/read = Identity(bn4a_branch2a/beta)H—š­ñºƒPr
res4a_branch2b/kernel/readšš­ñºƒ (B<res4a_branch2b/kernel/read = Identity(res4a_branch2b/kernel)Hšš­ñºƒPl
bn4a_branch2b/gamma/readš­ñºƒ (B8bn4a_branch2b/gamma/read = Identity(bn4a_branch2b/gamma)Hš­ñºƒPi
bn4a_branch2b/beta/read¡š­ñºƒ (B6bn4a_branch2b/beta/read = Identity(bn4a_branch2b/beta)H¡š­ñºƒPr
res4a_branch2c/kernel/read£š­ñºƒ (B<res4a_branch2c/kernel/read = Identity(res4a_branch2c/kernel)H£š­ñºƒPl
bn4a_branch2c/gamma/read¦š­ñºƒ (B8bn4a_branch2c/gamma/read = Identity(bn4a_branch2c/gamma)H¦š­ñºƒPi
bn4a_branch2c/beta/read©š­ñºƒ (B6bn4a_branch2c/beta/read = Identity(bn4a_branch2c/beta)H©š­ñºƒPo
res4a_branch1/kernel/read¬š­ñºƒ (B:res4a_branch1/kernel/read = Identity(res4a_branch1/kernel)H¬š­ñºƒPi
bn4a_branch1/gamma/read¯š­ñºƒ (B6bn4a_branch1/gamma/read = Identity(bn4a_branch1/gamma)H¯š­ñºƒPf
bn4a_branch1/beta/read²š­ñºƒ (B4bn4a_branch1/beta/read = Identity(bn4a_branch1/beta)H²š­ñºƒPr
res4b_branch2a/kernel/readµš­ñºƒ (B<res4b_branch2a/kernel/read = Identity(res4b_branch2a/kernel)Hµš­ñºƒPl
bn4b_branch2a/gamma/read¸š­ñºƒ (B8bn4b_branch2a/gamma/read = Identity(bn4b_branch2a/gamma)H¸š­ñºƒPi
bn4b_branch2a/beta/read»š­ñºƒ (B6bn4b_branch2a/beta/read = Identity(bn4b_branch2a/beta)H»š­ñºƒPr
res4b_branch2b/kernel/read¾š­ñºƒ (B<res4b_branch2b/kernel/read = Identity(res4b_branch2b/kernel)H¾š­ñºƒPl
bn4b_branch2b/gamma/readÁš­ñºƒ (B8bn4b_branch2b/gamma/read = Identity(bn4b_branch2b/gamma)HÁš­ñºƒPi
bn4b_branch2b/beta/readÄš­ñºƒ (B6bn4b_branch2b/beta/read = Identity(bn4b_branch2b/beta)HÄš­ñºƒPr
res4b_branch2c/kernel/readÇš­ñºƒ (B<res4b_branch2c/kernel/read = Identity(res4b_branch2c/kernel)HÇš­ñºƒPl
bn4b_branch2c/gamma/readÊš­ñºƒ (B8bn4b_branch2c/gamma/read = Identity(bn4b_branch2c/gamma)HÊš­ñºƒPi
bn4b_branch2c/beta/readÍš­ñºƒ (B6bn4b_branch2c/beta/read = Identity(bn4b_branch2c/beta)HÍš­ñºƒPr
res4c_branch2a/kernel/readĞš­ñºƒ (B<res4c_branch2a/kernel/read = Identity(res4c_branch2a/kernel)HĞš­ñºƒPl
bn4c_branch2a/gamma/readÓš­ñºƒ (B8bn4c_branch2a/gamma/read = Identity(bn4c_branch2a/gamma)HÓš­ñºƒPi
bn4c_branch2a/beta/readÖš­ñºƒ (B6bn4c_branch2a/beta/read = Identity(bn4c_branch2a/beta)HÖš­ñºƒPr
res4c_branch2b/kernel/readÙš­ñºƒ (B<res4c_branch2b/kernel/read = Identity(res4c_branch2b/kernel)HÙš­ñºƒPl
bn4c_branch2b/gamma/readÜš­ñºƒ (B8bn4c_branch2b/gamma/read = Identity(bn4c_branch2b/gamma)HÜš­ñºƒPi
bn4c_branch2b/beta/readŞš­ñºƒ (B6bn4c_branch2b/beta/read = Identity(bn4c_branch2b/beta)HŞš­ñºƒPr
res4c_branch2c/kernel/readâš­ñºƒ (B<res4c_branch2c/kernel/read = Identity(res4c_branch2c/kernel)Hâš­ñºƒPl
bn4c_branch2c/gamma/readäš­ñºƒ (B8bn4c_branch2c/gamma/read = Identity(bn4c_branch2c/gamma)Häš­ñºƒPi
bn4c_branch2c/beta/readçš­ñºƒ (B6bn4c_branch2c/beta/read = Identity(bn4c_branch2c/beta)Hçš­ñºƒPr
res4d_branch2a/kernel/readêš­ñºƒ (B<res4d_branch2a/kernel/read = Identity(res4d_branch2a/kernel)Hêš­ñºƒPl
bn4d_branch2a/gamma/readîš­ñºƒ (B8bn4d_branch2a/gamma/read = Identity(bn4d_branch2a/gamma)Hîš­ñºƒPi
bn4d_branch2a/beta/readğš­ñºƒ (B6bn4d_branch2a/beta/read = Identity(bn4d_branch2a/beta)Hğš­ñºƒPr
res4d_branch2b/kernel/readôš­ñºƒ (B<res4d_branch2b/kernel/read = Identity(res4d_branch2b/kernel)Hôš­ñºƒPl
bn4d_branch2b/gamma/readöš­ñºƒ (B8bn4d_branch2b/gamma/read = Identity(bn4d_branch2b/gamma)Höš­ñºƒPi
bn4d_branch2b/beta/readùš­ñºƒ (B6bn4d_branch2b/beta/read = Identity(bn4d_branch2b/beta)Hùš­ñºƒPr
res4d_branch2c/kernel/readüš­ñºƒ (B<res4d_branch2c/kernel/read = Identity(res4d_branch2c/kernel)Hüš­ñºƒPl
bn4d_branch2c/gamma/readÿš­ñºƒ (B8bn4d_branch2c/gamma/read = Identity(bn4d_branch2c/gamma)Hÿš­ñºƒPi
bn4d_branch2c/beta/read‚›­ñºƒ (B6bn4d_branch2c/beta/read = Identity(bn4d_branch2c/beta)H‚›­ñºƒPr
res4e_branch2a/kernel/read…›­ñºƒ (B<res4e_branch2a/kernel/read = Identity(res4e_branch2a/kernel)H…›­ñºƒPl
bn4e_branch2a/gamma/readˆ›­ñºƒ (B8bn4e_branch2a/gamma/read = Identity(bn4e_branch2a/gamma)Hˆ›­ñºƒPi
bn4e_branch2a/beta/read‹›­ñºƒ (B6bn4e_branch2a/beta/read = Identity(bn4e_branch2a/beta)H‹›­ñºƒPr
res4e_branch2b/kernel/read›­ñºƒ (B<res4e_branch2b/kernel/read = Identity(res4e_branch2b/kernel)H›­ñºƒPl
bn4e_branch2b/gamma/read‘›­ñºƒ (B8bn4e_branch2b/gamma/read = Identity(bn4e_branch2b/gamma)H‘›­ñºƒPi
bn4e_branch2b/beta/read”›­ñºƒ (B6bn4e_branch2b/beta/read = Identity(bn4e_branch2b/beta)H”›­ñºƒPr
res4e_branch2c/kernel/read—›­ñºƒ (B<res4e_branch2c/kernel/read = Identity(res4e_branch2c/kernel)H—›­ñºƒPl
bn4e_branch2c/gamma/readš›­ñºƒ (B8bn4e_branch2c/gamma/read = Identity(bn4e_branch2c/gamma)Hš›­ñºƒPi
bn4e_branch2c/beta/read›­ñºƒ (B6bn4e_branch2c/beta/read = Identity(bn4e_branch2c/beta)H›­ñºƒPr
res4f_branch2a/kernel/read ›­ñºƒ (B<res4f_branch2a/kernel/read = Identity(res4f_branch2a/kernel)H ›­ñºƒPl
bn4f_branch2a/gamma/read£›­ñºƒ (B8bn4f_branch2a/gamma/read = Identity(bn4f_branch2a/gamma)H£›­ñºƒPi
bn4f_branch2a/beta/read¦›­ñºƒ (B6bn4f_branch2a/beta/read = Identity(bn4f_branch2a/beta)H¦›­ñºƒPr
res4f_branch2b/kernel/read©›­ñºƒ (B<res4f_branch2b/kernel/read = Identity(res4f_branch2b/kernel)H©›­ñºƒPl
bn4f_branch2b/gamma/read¬›­ñºƒ (B8bn4f_branch2b/gamma/read = Identity(bn4f_branch2b/gamma)H¬›­ñºƒPi
bn4f_branch2b/beta/read¯›­ñºƒ (B6bn4f_branch2b/beta/read = Identity(bn4f_branch2b/beta)H¯›­ñºƒPr
res4f_branch2c/kernel/read²›­ñºƒ (B<res4f_branch2c/kernel/read = Identity(res4f_branch2c/kernel)H²›­ñºƒPl
bn4f_branch2c/gamma/readµ›­ñºƒ (B8bn4f_branch2c/gamma/read = Identity(bn4f_branch2c/gamma)Hµ›­ñºƒPi
bn4f_branch2c/beta/read¸›­ñºƒ (B6bn4f_branch2c/beta/read = Identity(bn4f_branch2c/beta)H¸›­ñºƒPr
res5a_branch2a/kernel/read»›­ñºƒ (B<res5a_branch2a/kernel/read = Identity(res5a_branch2a/kernel)H»›­ñºƒPl
bn5a_branch2a/gamma/read¾›­ñºƒ (B8bn5a_branch2a/gamma/read = Identity(bn5a_branch2a/gamma)H¾›­ñºƒPi
bn5a_branch2a/beta/readÁ›­ñºƒ (B6bn5a_branch2a/beta/read = Identity(bn5a_branch2a/beta)HÁ›­ñºƒPr
res5a_branch2b/kernel/readÃ›­ñºƒ (B<res5a_branch2b/kernel/read = Identity(res5a_branch2b/kernel)HÃ›­ñºƒPl
bn5a_branch2b/gamma/readÇ›­ñºƒ (B8bn5a_branch2b/gamma/read = Identity(bn5a_branch2b/gamma)HÇ›­ñºƒPi
bn5a_branch2b/beta/readÉ›­ñºƒ (B6bn5a_branch2b/beta/read = Identity(bn5a_branch2b/beta)HÉ›­ñºƒPr
res5a_branch2c/kernel/readÌ›­ñºƒ (B<res5a_branch2c/kernel/read = Identity(res5a_branch2c/kernel)HÌ›­ñºƒPl
bn5a_branch2c/gamma/readÏ›­ñºƒ (B8bn5a_branch2c/gamma/read = Identity(bn5a_branch2c/gamma)HÏ›­ñºƒPi
bn5a_branch2c/beta/readÒ›­ñºƒ (B6bn5a_branch2c/beta/read = Identity(bn5a_branch2c/beta)HÒ›­ñºƒPo
res5a_branch1/kernel/readÕ›­ñºƒ (B:res5a_branch1/kernel/read = Identity(res5a_branch1/kernel)HÕ›­ñºƒPi
bn5a_branch1/gamma/readØ›­ñºƒ (B6bn5a_branch1/gamma/read = Identity(bn5a_branch1/gamma)HØ›­ñºƒPf
bn5a_branch1/beta/readÛ›­ñºƒ (B4bn5a_branch1/beta/read = Identity(bn5a_branch1/beta)HÛ›­ñºƒPr
res5b_branch2a/kernel/readŞ›­ñºƒ (B<res5b_branch2a/kernel/read = Identity(res5b_branch2a/kernel)HŞ›­ñºƒPl
bn5b_branch2a/gamma/readà›­ñºƒ (B8bn5b_branch2a/gamma/read = Identity(bn5b_branch2a/gamma)Hà›­ñºƒPi
bn5b_branch2a/beta/readã›­ñºƒ (B6bn5b_branch2a/beta/read = Identity(bn5b_branch2a/beta)Hã›­ñºƒPr
res5b_branch2b/kernel/readæ›­ñºƒ (B<res5b_branch2b/kernel/read = Identity(res5b_branch2b/kernel)Hæ›­ñºƒPl
bn5b_branch2b/gamma/readé›­ñºƒ (B8bn5b_branch2b/gamma/read = Identity(bn5b_branch2b/gamma)Hé›­ñºƒPi
bn5b_branch2b/beta/readì›­ñºƒ (B6bn5b_branch2b/beta/read = Identity(bn5b_branch2b/beta)Hì›­ñºƒPr
res5b_branch2c/kernel/readï›­ñºƒ (B<res5b_branch2c/kernel/read = Identity(res5b_branch2c/kernel)Hï›­ñºƒPl
bn5b_branch2c/gamma/readò›­ñºƒ (B8bn5b_branch2c/gamma/read = Identity(bn5b_branch2c/gamma)Hò›­ñºƒPi
bn5b_branch2c/beta/readõ›­ñºƒ (B6bn5b_branch2c/beta/read = Identity(bn5b_branch2c/beta)Hõ›­ñºƒPr
res5c_branch2a/kernel/readø›­ñºƒ (B<res5c_branch2a/kernel/read = Identity(res5c_branch2a/kernel)Hø›­ñºƒPl
bn5c_branch2a/gamma/readû›­ñºƒ (B8bn5c_branch2a/gamma/read = Identity(bn5c_branch2a/gamma)Hû›­ñºƒPi
bn5c_branch2a/beta/readş›­ñºƒ (B6bn5c_branch2a/beta/read = Identity(bn5c_branch2a/beta)Hş›­ñºƒPr
res5c_branch2b/kernel/readœ­ñºƒ (B<res5c_branch2b/kernel/read = Identity(res5c_branch2b/kernel)Hœ­ñºƒPl
bn5c_branch2b/gamma/read„œ­ñºƒ (B8bn5c_branch2b/gamma/read = Identity(bn5c_branch2b/gamma)H„œ­ñºƒPi
bn5c_branch2b/beta/readˆœ­ñºƒ (B6bn5c_branch2b/beta/read = Identity(bn5c_branch2b/beta)Hˆœ­ñºƒPr
res5c_branch2c/kernel/read‹œ­ñºƒ (B<res5c_branch2c/kernel/read = Identity(res5c_branch2c/kernel)H‹œ­ñºƒPl
bn5c_branch2c/gamma/readœ­ñºƒ (B8bn5c_branch2c/gamma/read = Identity(bn5c_branch2c/gamma)Hœ­ñºƒPi
bn5c_branch2c/beta/readœ­ñºƒ (B6bn5c_branch2c/beta/read = Identity(bn5c_branch2c/beta)Hœ­ñºƒPZ
fc1000/kernel/read”œ­ñºƒ (B,fc1000/kernel/read = Identity(fc1000/kernel)H”œ­ñºƒPT
fc1000/bias/read–œ­ñºƒ (B(fc1000/bias/read = Identity(fc1000/bias)H–œ­ñºƒP¶

RecvTensor‰¸²ñºƒ f(f:
"  Bƒ[4000B] edge_162_gradients/fc1000/bias_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‰¸²ñºƒ¾
'update_fc1000/bias/ApplyGradientDescentï¸²ñºƒ (B{update_fc1000/bias/ApplyGradientDescent = ApplyGradientDescent(fc1000/bias, learning_rate, gradients/fc1000/bias_grad_S162)Hï¸²ñºƒP¾

RecvTensor¾¸²ñºƒ  6( 6:"
€€ô€€ôB…[7.8MB] edge_163_gradients/fc1000/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¾¸²ñºƒÉ
)update_fc1000/kernel/ApplyGradientDescentŞî²ñºƒ é
(é
Bupdate_fc1000/kernel/ApplyGradientDescent = ApplyGradientDescent(fc1000/kernel, learning_rate, gradients/fc1000/kernel_grad_S163)HŞî²ñºƒP¿

RecvTensorØ¸²ñºƒ Œ6(Œ6:
"€@€@BŠ[8192B] edge_164_gradients/bn5c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HØ¸²ñºƒÛ
.update_bn5c_branch2c/beta/ApplyGradientDescentÇù²ñºƒ (Bupdate_bn5c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2c/beta, learning_rate, gradients/bn5c_branch2c/beta_grad_S164)HÇù²ñºƒPÀ

RecvTensorâ¹²ñºƒ ‰5(‰5:
"€@€@B‹[8192B] edge_165_gradients/bn5c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hâ¹²ñºƒß
/update_bn5c_branch2c/gamma/ApplyGradientDescentÍù²ñºƒ (B“update_bn5c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2c/gamma, learning_rate, gradients/bn5c_branch2c/gamma_grad_S165)HÍù²ñºƒPÆ

RecvTensorü¾²ñºƒ «K(«K:"
€€€€€€B[4.0MB] edge_166_gradients/res5c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hü¾²ñºƒé
1update_res5c_branch2c/kernel/ApplyGradientDescent§Š³ñºƒ  ( B™update_res5c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res5c_branch2c/kernel, learning_rate, gradients/res5c_branch2c/kernel_grad_S166)H§Š³ñºƒP¿

RecvTensorˆ¿²ñºƒ å/(å/:
"€€BŠ[2048B] edge_167_gradients/bn5c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hˆ¿²ñºƒÛ
.update_bn5c_branch2b/beta/ApplyGradientDescentÓù²ñºƒ (Bupdate_bn5c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2b/beta, learning_rate, gradients/bn5c_branch2b/beta_grad_S167)HÓù²ñºƒPÀ

RecvTensor²¿²ñºƒ öJ(öJ:
"€€B‹[2048B] edge_168_gradients/bn5c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H²¿²ñºƒß
/update_bn5c_branch2b/gamma/ApplyGradientDescentÇ³ñºƒ (B“update_bn5c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2b/gamma, learning_rate, gradients/bn5c_branch2b/gamma_grad_S168)HÇ³ñºƒPÆ

RecvTensorµË²ñºƒ Õ|(Õ|:"
€€À€€ÀB[9.0MB] edge_169_gradients/res5c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HµË²ñºƒé
1update_res5c_branch2b/kernel/ApplyGradientDescentŠÈ³ñºƒ Ï(ÏB™update_res5c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res5c_branch2b/kernel, learning_rate, gradients/res5c_branch2b/kernel_grad_S169)HŠÈ³ñºƒP¿

RecvTensorÁË²ñºƒ Ë|(Ë|:
"€€BŠ[2048B] edge_170_gradients/bn5c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÁË²ñºƒÛ
.update_bn5c_branch2a/beta/ApplyGradientDescentÙÓ³ñºƒ (Bupdate_bn5c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2a/beta, learning_rate, gradients/bn5c_branch2a/beta_grad_S170)HÙÓ³ñºƒPÀ

RecvTensoréË²ñºƒ ¤|(¤|:
"€€B‹[2048B] edge_171_gradients/bn5c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HéË²ñºƒß
/update_bn5c_branch2a/gamma/ApplyGradientDescentßÓ³ñºƒ (B“update_bn5c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2a/gamma, learning_rate, gradients/bn5c_branch2a/gamma_grad_S171)HßÓ³ñºƒPÈ

RecvTensor¦Ñ²ñºƒ ¡’(¡’:"
€€€€€€B[4.0MB] edge_172_gradients/res5c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¦Ñ²ñºƒé
1update_res5c_branch2a/kernel/ApplyGradientDescentÇã³ñºƒ ·(·B™update_res5c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res5c_branch2a/kernel, learning_rate, gradients/res5c_branch2a/kernel_grad_S172)HÇã³ñºƒPÁ

RecvTensorÀÑ²ñºƒ ’(’:
"€@€@BŠ[8192B] edge_173_gradients/bn5b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÀÑ²ñºƒÛ
.update_bn5b_branch2c/beta/ApplyGradientDescentşè³ñºƒ (Bupdate_bn5b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2c/beta, learning_rate, gradients/bn5b_branch2c/beta_grad_S173)Hşè³ñºƒPÂ

RecvTensorÊÒ²ñºƒ ‹‘(‹‘:
"€@€@B‹[8192B] edge_174_gradients/bn5b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÊÒ²ñºƒß
/update_bn5b_branch2c/gamma/ApplyGradientDescent„é³ñºƒ (B“update_bn5b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2c/gamma, learning_rate, gradients/bn5b_branch2c/gamma_grad_S174)H„é³ñºƒPÈ

RecvTensorÚ×²ñºƒ ´§(´§:"
€€€€€€B[4.0MB] edge_175_gradients/res5b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÚ×²ñºƒé
1update_res5b_branch2c/kernel/ApplyGradientDescentÿ³ñºƒ Ì(ÌB™update_res5b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res5b_branch2c/kernel, learning_rate, gradients/res5b_branch2c/kernel_grad_S175)Hÿ³ñºƒPÁ

RecvTensorç×²ñºƒ ©§(©§:
"€€BŠ[2048B] edge_176_gradients/bn5b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hç×²ñºƒÛ
.update_bn5b_branch2b/beta/ApplyGradientDescentÚ„´ñºƒ (Bupdate_bn5b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2b/beta, learning_rate, gradients/bn5b_branch2b/beta_grad_S176)HÚ„´ñºƒPÂ

RecvTensorŒØ²ñºƒ †§(†§:
"€€B‹[2048B] edge_177_gradients/bn5b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŒØ²ñºƒß
/update_bn5b_branch2b/gamma/ApplyGradientDescentß„´ñºƒ (B“update_bn5b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2b/gamma, learning_rate, gradients/bn5b_branch2b/gamma_grad_S177)Hß„´ñºƒPÈ

RecvTensorÍã²ñºƒ ¦Ù(¦Ù:"
€€À€€ÀB[9.0MB] edge_178_gradients/res5b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÍã²ñºƒé
1update_res5b_branch2b/kernel/ApplyGradientDescentó¼´ñºƒ ™(™B™update_res5b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res5b_branch2b/kernel, learning_rate, gradients/res5b_branch2b/kernel_grad_S178)Hó¼´ñºƒPÁ

RecvTensorÛã²ñºƒ šÙ(šÙ:
"€€BŠ[2048B] edge_179_gradients/bn5b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÛã²ñºƒÛ
.update_bn5b_branch2a/beta/ApplyGradientDescentŒÉ´ñºƒ (Bupdate_bn5b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2a/beta, learning_rate, gradients/bn5b_branch2a/beta_grad_S179)HŒÉ´ñºƒPÂ

RecvTensor‚ä²ñºƒ õØ(õØ:
"€€B‹[2048B] edge_180_gradients/bn5b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‚ä²ñºƒß
/update_bn5b_branch2a/gamma/ApplyGradientDescent‘É´ñºƒ (B“update_bn5b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2a/gamma, learning_rate, gradients/bn5b_branch2a/gamma_grad_S180)H‘É´ñºƒPÈ

RecvTensor¤é²ñºƒ Œï(Œï:"
€€€€€€B[4.0MB] edge_181_gradients/res5b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¤é²ñºƒé
1update_res5b_branch2a/kernel/ApplyGradientDescent°Ø´ñºƒ ›(›B™update_res5b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res5b_branch2a/kernel, learning_rate, gradients/res5b_branch2a/kernel_grad_S181)H°Ø´ñºƒPÀ

RecvTensor½é²ñºƒ úî(úî:
"€@€@B‰[8192B] edge_182_gradients/bn5a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H½é²ñºƒ×
-update_bn5a_branch1/beta/ApplyGradientDescentËİ´ñºƒ (Bupdate_bn5a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch1/beta, learning_rate, gradients/bn5a_branch1/beta_grad_S182)HËİ´ñºƒPÁ

RecvTensor’ê²ñºƒ ¬î(¬î:
"€@€@BŠ[8192B] edge_183_gradients/bn5a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H’ê²ñºƒÛ
.update_bn5a_branch1/gamma/ApplyGradientDescentÑİ´ñºƒ (Bupdate_bn5a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch1/gamma, learning_rate, gradients/bn5a_branch1/gamma_grad_S183)HÑİ´ñºƒPÇ

RecvTensor„õ²ñºƒ ­š(­š:"
€€€€€€BŒ[8.0MB] edge_184_gradients/res5a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H„õ²ñºƒå
0update_res5a_branch1/kernel/ApplyGradientDescent±µñºƒ ‹(‹B–update_res5a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch1/kernel, learning_rate, gradients/res5a_branch1/kernel_grad_S184)H±µñºƒPÁ

RecvTensorŸõ²ñºƒ ™š(™š:
"€@€@BŠ[8192B] edge_185_gradients/bn5a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŸõ²ñºƒÛ
.update_bn5a_branch2c/beta/ApplyGradientDescent¼šµñºƒ (Bupdate_bn5a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2c/beta, learning_rate, gradients/bn5a_branch2c/beta_grad_S185)H¼šµñºƒPÂ

RecvTensor¦ö²ñºƒ ™™(™™:
"€@€@B‹[8192B] edge_186_gradients/bn5a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¦ö²ñºƒß
/update_bn5a_branch2c/gamma/ApplyGradientDescentÃšµñºƒ (B“update_bn5a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2c/gamma, learning_rate, gradients/bn5a_branch2c/gamma_grad_S186)HÃšµñºƒPÈ

RecvTensoréû²ñºƒ ¯(¯:"
€€€€€€B[4.0MB] edge_187_gradients/res5a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Héû²ñºƒé
1update_res5a_branch2c/kernel/ApplyGradientDescentøªµñºƒ œ(œB™update_res5a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch2c/kernel, learning_rate, gradients/res5a_branch2c/kernel_grad_S187)HøªµñºƒPÁ

RecvTensoröû²ñºƒ „¯(„¯:
"€€BŠ[2048B] edge_188_gradients/bn5a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Höû²ñºƒÛ
.update_bn5a_branch2b/beta/ApplyGradientDescent”°µñºƒ (Bupdate_bn5a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2b/beta, learning_rate, gradients/bn5a_branch2b/beta_grad_S188)H”°µñºƒPÂ

RecvTensor¡ü²ñºƒ Û®(Û®:
"€€B‹[2048B] edge_189_gradients/bn5a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¡ü²ñºƒß
/update_bn5a_branch2b/gamma/ApplyGradientDescent™°µñºƒ (B“update_bn5a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2b/gamma, learning_rate, gradients/bn5a_branch2b/gamma_grad_S189)H™°µñºƒPÈ

RecvTensorÇ‡³ñºƒ –á(–á:"
€€À€€ÀB[9.0MB] edge_190_gradients/res5a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÇ‡³ñºƒé
1update_res5a_branch2b/kernel/ApplyGradientDescentİèµñºƒ ¼(¼B™update_res5a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch2b/kernel, learning_rate, gradients/res5a_branch2b/kernel_grad_S190)HİèµñºƒPÁ

RecvTensorâ‡³ñºƒ ıà(ıà:
"€€BŠ[2048B] edge_191_gradients/bn5a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hâ‡³ñºƒÛ
.update_bn5a_branch2a/beta/ApplyGradientDescent™öµñºƒ (Bupdate_bn5a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2a/beta, learning_rate, gradients/bn5a_branch2a/beta_grad_S191)H™öµñºƒPÂ

RecvTensorğˆ³ñºƒ ñß(ñß:
"€€B‹[2048B] edge_192_gradients/bn5a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hğˆ³ñºƒß
/update_bn5a_branch2a/gamma/ApplyGradientDescentöµñºƒ (B“update_bn5a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2a/gamma, learning_rate, gradients/bn5a_branch2a/gamma_grad_S192)HöµñºƒPÈ

RecvTensor´“³ñºƒ ‰ã(‰ã:"
€€€€€€B[2.0MB] edge_193_gradients/res5a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H´“³ñºƒé
1update_res5a_branch2a/kernel/ApplyGradientDescent½öµñºƒ â(âB™update_res5a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch2a/kernel, learning_rate, gradients/res5a_branch2a/kernel_grad_S193)H½öµñºƒPÁ

RecvTensorá“³ñºƒ àâ(àâ:
"€ € BŠ[4096B] edge_194_gradients/bn4f_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Há“³ñºƒÛ
.update_bn4f_branch2c/beta/ApplyGradientDescentŸùµñºƒ (Bupdate_bn4f_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2c/beta, learning_rate, gradients/bn4f_branch2c/beta_grad_S194)HŸùµñºƒPÂ

RecvTensorğ•³ñºƒ Ôà(Ôà:
"€ € B‹[4096B] edge_195_gradients/bn4f_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hğ•³ñºƒß
/update_bn4f_branch2c/gamma/ApplyGradientDescent¥ùµñºƒ (B“update_bn4f_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2c/gamma, learning_rate, gradients/bn4f_branch2c/gamma_grad_S195)H¥ùµñºƒPÆ

RecvTensor›³ñºƒ ¥â(¥â:"€€@€€@B[1.0MB] edge_196_gradients/res4f_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H›³ñºƒé
1update_res4f_branch2c/kernel/ApplyGradientDescent³ıµñºƒ ¸(¸B™update_res4f_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4f_branch2c/kernel, learning_rate, gradients/res4f_branch2c/kernel_grad_S196)H³ıµñºƒPÁ

RecvTensor ›³ñºƒ ”â(”â:
"€€BŠ[1024B] edge_197_gradients/bn4f_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H ›³ñºƒÛ
.update_bn4f_branch2b/beta/ApplyGradientDescentëşµñºƒ (Bupdate_bn4f_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2b/beta, learning_rate, gradients/bn4f_branch2b/beta_grad_S197)HëşµñºƒPÂ

RecvTensorè›³ñºƒ Ìá(Ìá:
"€€B‹[1024B] edge_198_gradients/bn4f_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hè›³ñºƒß
/update_bn4f_branch2b/gamma/ApplyGradientDescentñşµñºƒ (B“update_bn4f_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2b/gamma, learning_rate, gradients/bn4f_branch2b/gamma_grad_S198)HñşµñºƒPÈ

RecvTensorÃ§³ñºƒ ªå(ªå:"
€€€€B[2.2MB] edge_199_gradients/res4f_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÃ§³ñºƒé
1update_res4f_branch2b/kernel/ApplyGradientDescentíŒ¶ñºƒ ı(ıB™update_res4f_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4f_branch2b/kernel, learning_rate, gradients/res4f_branch2b/kernel_grad_S199)HíŒ¶ñºƒPÁ

RecvTensorÔ§³ñºƒ šå(šå:
"€€BŠ[1024B] edge_200_gradients/bn4f_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÔ§³ñºƒÛ
.update_bn4f_branch2a/beta/ApplyGradientDescentê¶ñºƒ (Bupdate_bn4f_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2a/beta, learning_rate, gradients/bn4f_branch2a/beta_grad_S200)Hê¶ñºƒPÂ

RecvTensorœ¨³ñºƒ Óä(Óä:
"€€B‹[1024B] edge_201_gradients/bn4f_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hœ¨³ñºƒß
/update_bn4f_branch2a/gamma/ApplyGradientDescentï¶ñºƒ (B“update_bn4f_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2a/gamma, learning_rate, gradients/bn4f_branch2a/gamma_grad_S201)Hï¶ñºƒPÆ

RecvTensor·­³ñºƒ ¦æ(¦æ:"€€@€€@B[1.0MB] edge_202_gradients/res4f_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H·­³ñºƒé
1update_res4f_branch2a/kernel/ApplyGradientDescentİ“¶ñºƒ ¬(¬B™update_res4f_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4f_branch2a/kernel, learning_rate, gradients/res4f_branch2a/kernel_grad_S202)Hİ“¶ñºƒPÁ

RecvTensoræ­³ñºƒ úå(úå:
"€ € BŠ[4096B] edge_203_gradients/bn4e_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hæ­³ñºƒÛ
.update_bn4e_branch2c/beta/ApplyGradientDescent‰•¶ñºƒ (Bupdate_bn4e_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2c/beta, learning_rate, gradients/bn4e_branch2c/beta_grad_S203)H‰•¶ñºƒPÂ

RecvTensoré¯³ñºƒ ûã(ûã:
"€ € B‹[4096B] edge_204_gradients/bn4e_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hé¯³ñºƒß
/update_bn4e_branch2c/gamma/ApplyGradientDescent•¶ñºƒ (B“update_bn4e_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2c/gamma, learning_rate, gradients/bn4e_branch2c/gamma_grad_S204)H•¶ñºƒPÆ

RecvTensorƒµ³ñºƒ Ïå(Ïå:"€€@€€@B[1.0MB] edge_205_gradients/res4e_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hƒµ³ñºƒé
1update_res4e_branch2c/kernel/ApplyGradientDescentÒš¶ñºƒ º(ºB™update_res4e_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4e_branch2c/kernel, learning_rate, gradients/res4e_branch2c/kernel_grad_S205)HÒš¶ñºƒPÁ

RecvTensor”µ³ñºƒ ¿å(¿å:
"€€BŠ[1024B] edge_206_gradients/bn4e_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H”µ³ñºƒÛ
.update_bn4e_branch2b/beta/ApplyGradientDescentŒœ¶ñºƒ (Bupdate_bn4e_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2b/beta, learning_rate, gradients/bn4e_branch2b/beta_grad_S206)HŒœ¶ñºƒPÂ

RecvTensorÜµ³ñºƒ øä(øä:
"€€B‹[1024B] edge_207_gradients/bn4e_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÜµ³ñºƒß
/update_bn4e_branch2b/gamma/ApplyGradientDescent’œ¶ñºƒ (B“update_bn4e_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2b/gamma, learning_rate, gradients/bn4e_branch2b/gamma_grad_S207)H’œ¶ñºƒPÈ

RecvTensorÑÁ³ñºƒ »è(»è:"
€€€€B[2.2MB] edge_208_gradients/res4e_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÑÁ³ñºƒé
1update_res4e_branch2b/kernel/ApplyGradientDescentŒª¶ñºƒ ÷(÷B™update_res4e_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4e_branch2b/kernel, learning_rate, gradients/res4e_branch2b/kernel_grad_S208)HŒª¶ñºƒPÁ

RecvTensorâÁ³ñºƒ «è(«è:
"€€BŠ[1024B] edge_209_gradients/bn4e_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HâÁ³ñºƒÛ
.update_bn4e_branch2a/beta/ApplyGradientDescentƒ­¶ñºƒ (Bupdate_bn4e_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2a/beta, learning_rate, gradients/bn4e_branch2a/beta_grad_S209)Hƒ­¶ñºƒPÂ

RecvTensor©Â³ñºƒ åç(åç:
"€€B‹[1024B] edge_210_gradients/bn4e_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H©Â³ñºƒß
/update_bn4e_branch2a/gamma/ApplyGradientDescent‡­¶ñºƒ (B“update_bn4e_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2a/gamma, learning_rate, gradients/bn4e_branch2a/gamma_grad_S210)H‡­¶ñºƒPÆ

RecvTensorâÇ³ñºƒ šé(šé:"€€@€€@B[1.0MB] edge_211_gradients/res4e_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HâÇ³ñºƒé
1update_res4e_branch2a/kernel/ApplyGradientDescentü°¶ñºƒ ®(®B™update_res4e_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4e_branch2a/kernel, learning_rate, gradients/res4e_branch2a/kernel_grad_S211)Hü°¶ñºƒPÁ

RecvTensorÈ³ñºƒ óè(óè:
"€ € BŠ[4096B] edge_212_gradients/bn4d_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÈ³ñºƒÛ
.update_bn4d_branch2c/beta/ApplyGradientDescentª²¶ñºƒ (Bupdate_bn4d_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2c/beta, learning_rate, gradients/bn4d_branch2c/beta_grad_S212)Hª²¶ñºƒPÂ

RecvTensor¢Ê³ñºƒ áæ(áæ:
"€ € B‹[4096B] edge_213_gradients/bn4d_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¢Ê³ñºƒß
/update_bn4d_branch2c/gamma/ApplyGradientDescent°²¶ñºƒ (B“update_bn4d_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2c/gamma, learning_rate, gradients/bn4d_branch2c/gamma_grad_S213)H°²¶ñºƒPÆ

RecvTensorµÏ³ñºƒ ½è(½è:"€€@€€@B[1.0MB] edge_214_gradients/res4d_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HµÏ³ñºƒé
1update_res4d_branch2c/kernel/ApplyGradientDescentò·¶ñºƒ ­(­B™update_res4d_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4d_branch2c/kernel, learning_rate, gradients/res4d_branch2c/kernel_grad_S214)Hò·¶ñºƒPÁ

RecvTensorÇÏ³ñºƒ ¬è(¬è:
"€€BŠ[1024B] edge_215_gradients/bn4d_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÇÏ³ñºƒÛ
.update_bn4d_branch2b/beta/ApplyGradientDescentŸ¹¶ñºƒ (Bupdate_bn4d_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2b/beta, learning_rate, gradients/bn4d_branch2b/beta_grad_S215)HŸ¹¶ñºƒPÂ

RecvTensorĞ³ñºƒ ãç(ãç:
"€€B‹[1024B] edge_216_gradients/bn4d_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HĞ³ñºƒß
/update_bn4d_branch2b/gamma/ApplyGradientDescent¥¹¶ñºƒ (B“update_bn4d_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2b/gamma, learning_rate, gradients/bn4d_branch2b/gamma_grad_S216)H¥¹¶ñºƒPÈ

RecvTensorÆÛ³ñºƒ æë(æë:"
€€€€B[2.2MB] edge_217_gradients/res4d_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÆÛ³ñºƒé
1update_res4d_branch2b/kernel/ApplyGradientDescent¬Ç¶ñºƒ ı(ıB™update_res4d_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4d_branch2b/kernel, learning_rate, gradients/res4d_branch2b/kernel_grad_S217)H¬Ç¶ñºƒPÁ

RecvTensor×Û³ñºƒ Öë(Öë:
"€€BŠ[1024B] edge_218_gradients/bn4d_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H×Û³ñºƒÛ
.update_bn4d_branch2a/beta/ApplyGradientDescent©Ê¶ñºƒ (Bupdate_bn4d_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2a/beta, learning_rate, gradients/bn4d_branch2a/beta_grad_S218)H©Ê¶ñºƒPÂ

RecvTensor¡Ü³ñºƒ Œë(Œë:
"€€B‹[1024B] edge_219_gradients/bn4d_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¡Ü³ñºƒß
/update_bn4d_branch2a/gamma/ApplyGradientDescent®Ê¶ñºƒ (B“update_bn4d_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2a/gamma, learning_rate, gradients/bn4d_branch2a/gamma_grad_S219)H®Ê¶ñºƒPÆ

RecvTensorÁá³ñºƒ Ûì(Ûì:"€€@€€@B[1.0MB] edge_220_gradients/res4d_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÁá³ñºƒé
1update_res4d_branch2a/kernel/ApplyGradientDescentœÎ¶ñºƒ µ(µB™update_res4d_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4d_branch2a/kernel, learning_rate, gradients/res4d_branch2a/kernel_grad_S220)HœÎ¶ñºƒPÁ

RecvTensorïá³ñºƒ °ì(°ì:
"€ € BŠ[4096B] edge_221_gradients/bn4c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hïá³ñºƒÛ
.update_bn4c_branch2c/beta/ApplyGradientDescentÑÏ¶ñºƒ (Bupdate_bn4c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2c/beta, learning_rate, gradients/bn4c_branch2c/beta_grad_S221)HÑÏ¶ñºƒPÂ

RecvTensor÷ã³ñºƒ ¬ê(¬ê:
"€ € B‹[4096B] edge_222_gradients/bn4c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H÷ã³ñºƒß
/update_bn4c_branch2c/gamma/ApplyGradientDescent×Ï¶ñºƒ (B“update_bn4c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2c/gamma, learning_rate, gradients/bn4c_branch2c/gamma_grad_S222)H×Ï¶ñºƒPÆ

RecvTensor¢é³ñºƒ ïë(ïë:"€€@€€@B[1.0MB] edge_223_gradients/res4c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¢é³ñºƒé
1update_res4c_branch2c/kernel/ApplyGradientDescent‘Õ¶ñºƒ Ì(ÌB™update_res4c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4c_branch2c/kernel, learning_rate, gradients/res4c_branch2c/kernel_grad_S223)H‘Õ¶ñºƒPÁ

RecvTensor´é³ñºƒ Şë(Şë:
"€€BŠ[1024B] edge_224_gradients/bn4c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H´é³ñºƒÛ
.update_bn4c_branch2b/beta/ApplyGradientDescentİÖ¶ñºƒ (Bupdate_bn4c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2b/beta, learning_rate, gradients/bn4c_branch2b/beta_grad_S224)HİÖ¶ñºƒPÂ

RecvTensorıé³ñºƒ –ë(–ë:
"€€B‹[1024B] edge_225_gradients/bn4c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hıé³ñºƒß
/update_bn4c_branch2b/gamma/ApplyGradientDescentãÖ¶ñºƒ (B“update_bn4c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2b/gamma, learning_rate, gradients/bn4c_branch2b/gamma_grad_S225)HãÖ¶ñºƒPÈ

RecvTensorºõ³ñºƒ ‘ï(‘ï:"
€€€€B[2.2MB] edge_226_gradients/res4c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hºõ³ñºƒé
1update_res4c_branch2b/kernel/ApplyGradientDescentËä¶ñºƒ ¤(¤B™update_res4c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4c_branch2b/kernel, learning_rate, gradients/res4c_branch2b/kernel_grad_S226)HËä¶ñºƒPÁ

RecvTensorËõ³ñºƒ ï(ï:
"€€BŠ[1024B] edge_227_gradients/bn4c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HËõ³ñºƒÛ
.update_bn4c_branch2a/beta/ApplyGradientDescentïç¶ñºƒ (Bupdate_bn4c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2a/beta, learning_rate, gradients/bn4c_branch2a/beta_grad_S227)Hïç¶ñºƒPÂ

RecvTensor”ö³ñºƒ ¹î(¹î:
"€€B‹[1024B] edge_228_gradients/bn4c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H”ö³ñºƒß
/update_bn4c_branch2a/gamma/ApplyGradientDescentôç¶ñºƒ (B“update_bn4c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2a/gamma, learning_rate, gradients/bn4c_branch2a/gamma_grad_S228)Hôç¶ñºƒPÆ

RecvTensor¸û³ñºƒ ƒğ(ƒğ:"€€@€€@B[1.0MB] edge_229_gradients/res4c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¸û³ñºƒé
1update_res4c_branch2a/kernel/ApplyGradientDescent»ë¶ñºƒ º(ºB™update_res4c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4c_branch2a/kernel, learning_rate, gradients/res4c_branch2a/kernel_grad_S229)H»ë¶ñºƒPÁ

RecvTensoræû³ñºƒ Ùï(Ùï:
"€ € BŠ[4096B] edge_230_gradients/bn4b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hæû³ñºƒÛ
.update_bn4b_branch2c/beta/ApplyGradientDescentõì¶ñºƒ (Bupdate_bn4b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2c/beta, learning_rate, gradients/bn4b_branch2c/beta_grad_S230)Hõì¶ñºƒPÂ

RecvTensoröı³ñºƒ Ìí(Ìí:
"€ € B‹[4096B] edge_231_gradients/bn4b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Höı³ñºƒß
/update_bn4b_branch2c/gamma/ApplyGradientDescentûì¶ñºƒ (B“update_bn4b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2c/gamma, learning_rate, gradients/bn4b_branch2c/gamma_grad_S231)Hûì¶ñºƒPÆ

RecvTensorö‚´ñºƒ »ï(»ï:"€€@€€@B[1.0MB] edge_232_gradients/res4b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hö‚´ñºƒé
1update_res4b_branch2c/kernel/ApplyGradientDescent±ò¶ñºƒ ¶(¶B™update_res4b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4b_branch2c/kernel, learning_rate, gradients/res4b_branch2c/kernel_grad_S232)H±ò¶ñºƒPÁ

RecvTensorˆƒ´ñºƒ ©ï(©ï:
"€€BŠ[1024B] edge_233_gradients/bn4b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hˆƒ´ñºƒÛ
.update_bn4b_branch2b/beta/ApplyGradientDescentçó¶ñºƒ (Bupdate_bn4b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2b/beta, learning_rate, gradients/bn4b_branch2b/beta_grad_S233)Hçó¶ñºƒPÂ

RecvTensorÒƒ´ñºƒ àî(àî:
"€€B‹[1024B] edge_234_gradients/bn4b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÒƒ´ñºƒß
/update_bn4b_branch2b/gamma/ApplyGradientDescentìó¶ñºƒ (B“update_bn4b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2b/gamma, learning_rate, gradients/bn4b_branch2b/gamma_grad_S234)Hìó¶ñºƒPÈ

RecvTensor¡´ñºƒ Êò(Êò:"
€€€€B[2.2MB] edge_235_gradients/res4b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¡´ñºƒé
1update_res4b_branch2b/kernel/ApplyGradientDescentë·ñºƒ ›(›B™update_res4b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4b_branch2b/kernel, learning_rate, gradients/res4b_branch2b/kernel_grad_S235)Hë·ñºƒPÁ

RecvTensor²´ñºƒ ºò(ºò:
"€€BŠ[1024B] edge_236_gradients/bn4b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H²´ñºƒÛ
.update_bn4b_branch2a/beta/ApplyGradientDescent†…·ñºƒ (Bupdate_bn4b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2a/beta, learning_rate, gradients/bn4b_branch2a/beta_grad_S236)H†…·ñºƒPÂ

RecvTensorı´ñºƒ ïñ(ïñ:
"€€B‹[1024B] edge_237_gradients/bn4b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hı´ñºƒß
/update_bn4b_branch2a/gamma/ApplyGradientDescent‹…·ñºƒ (B“update_bn4b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2a/gamma, learning_rate, gradients/bn4b_branch2a/gamma_grad_S237)H‹…·ñºƒPÆ

RecvTensorš•´ñºƒ Áó(Áó:"€€@€€@B[1.0MB] edge_238_gradients/res4b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hš•´ñºƒé
1update_res4b_branch2a/kernel/ApplyGradientDescentÛˆ·ñºƒ ¿(¿B™update_res4b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4b_branch2a/kernel, learning_rate, gradients/res4b_branch2a/kernel_grad_S238)HÛˆ·ñºƒPÀ

RecvTensorÇ•´ñºƒ —ó(—ó:
"€ € B‰[4096B] edge_239_gradients/bn4a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÇ•´ñºƒ×
-update_bn4a_branch1/beta/ApplyGradientDescentšŠ·ñºƒ (Bupdate_bn4a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch1/beta, learning_rate, gradients/bn4a_branch1/beta_grad_S239)HšŠ·ñºƒPÁ

RecvTensorã–´ñºƒ ÿñ(ÿñ:
"€ € BŠ[4096B] edge_240_gradients/bn4a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hã–´ñºƒÛ
.update_bn4a_branch1/gamma/ApplyGradientDescent Š·ñºƒ (Bupdate_bn4a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch1/gamma, learning_rate, gradients/bn4a_branch1/gamma_grad_S240)H Š·ñºƒPÇ

RecvTensor‹¡´ñºƒ ³õ(³õ:"
€€€€€€BŒ[2.0MB] edge_241_gradients/res4a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‹¡´ñºƒå
0update_res4a_branch1/kernel/ApplyGradientDescent¾–·ñºƒ ü(üB–update_res4a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch1/kernel, learning_rate, gradients/res4a_branch1/kernel_grad_S241)H¾–·ñºƒPÁ

RecvTensor·¡´ñºƒ ‹õ(‹õ:
"€ € BŠ[4096B] edge_242_gradients/bn4a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H·¡´ñºƒÛ
.update_bn4a_branch2c/beta/ApplyGradientDescentº™·ñºƒ (Bupdate_bn4a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2c/beta, learning_rate, gradients/bn4a_branch2c/beta_grad_S242)Hº™·ñºƒPÂ

RecvTensorÆ£´ñºƒ ÿò(ÿò:
"€ € B‹[4096B] edge_243_gradients/bn4a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÆ£´ñºƒß
/update_bn4a_branch2c/gamma/ApplyGradientDescentÀ™·ñºƒ (B“update_bn4a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2c/gamma, learning_rate, gradients/bn4a_branch2c/gamma_grad_S243)HÀ™·ñºƒPÆ

RecvTensorë¨´ñºƒ Éô(Éô:"€€@€€@B[1.0MB] edge_244_gradients/res4a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hë¨´ñºƒé
1update_res4a_branch2c/kernel/ApplyGradientDescent´·ñºƒ ±(±B™update_res4a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch2c/kernel, learning_rate, gradients/res4a_branch2c/kernel_grad_S244)H´·ñºƒPÁ

RecvTensorü¨´ñºƒ ¹ô(¹ô:
"€€BŠ[1024B] edge_245_gradients/bn4a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hü¨´ñºƒÛ
.update_bn4a_branch2b/beta/ApplyGradientDescentå·ñºƒ (Bupdate_bn4a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2b/beta, learning_rate, gradients/bn4a_branch2b/beta_grad_S245)Hå·ñºƒPÂ

RecvTensorÃ©´ñºƒ òó(òó:
"€€B‹[1024B] edge_246_gradients/bn4a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÃ©´ñºƒß
/update_bn4a_branch2b/gamma/ApplyGradientDescentê·ñºƒ (B“update_bn4a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2b/gamma, learning_rate, gradients/bn4a_branch2b/gamma_grad_S246)Hê·ñºƒPÈ

RecvTensorĞµ´ñºƒ ÷(÷:"
€€€€B[2.2MB] edge_247_gradients/res4a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HĞµ´ñºƒé
1update_res4a_branch2b/kernel/ApplyGradientDescentî¬·ñºƒ ¤(¤B™update_res4a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch2b/kernel, learning_rate, gradients/res4a_branch2b/kernel_grad_S247)Hî¬·ñºƒPÁ

RecvTensorıµ´ñºƒ òö(òö:
"€€BŠ[1024B] edge_248_gradients/bn4a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hıµ´ñºƒÛ
.update_bn4a_branch2a/beta/ApplyGradientDescent’°·ñºƒ (Bupdate_bn4a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2a/beta, learning_rate, gradients/bn4a_branch2a/beta_grad_S248)H’°·ñºƒPÂ

RecvTensorŠ¸´ñºƒ æô(æô:
"€€B‹[1024B] edge_249_gradients/bn4a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŠ¸´ñºƒß
/update_bn4a_branch2a/gamma/ApplyGradientDescent—°·ñºƒ (B“update_bn4a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2a/gamma, learning_rate, gradients/bn4a_branch2a/gamma_grad_S249)H—°·ñºƒPÆ

RecvTensor½Â´ñºƒ êí(êí:"€€ €€ B[0.5MB] edge_250_gradients/res4a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H½Â´ñºƒç
1update_res4a_branch2a/kernel/ApplyGradientDescent§°·ñºƒ \(\B™update_res4a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch2a/kernel, learning_rate, gradients/res4a_branch2a/kernel_grad_S250)H§°·ñºƒPÁ

RecvTensorÃ´ñºƒ ›í(›í:
"€€BŠ[2048B] edge_251_gradients/bn3d_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÃ´ñºƒÛ
.update_bn3d_branch2c/beta/ApplyGradientDescentƒ±·ñºƒ (Bupdate_bn3d_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2c/beta, learning_rate, gradients/bn3d_branch2c/beta_grad_S251)Hƒ±·ñºƒPÂ

RecvTensorÇ´ñºƒ é(é:
"€€B‹[2048B] edge_252_gradients/bn3d_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÇ´ñºƒß
/update_bn3d_branch2c/gamma/ApplyGradientDescentˆ±·ñºƒ (B“update_bn3d_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2c/gamma, learning_rate, gradients/bn3d_branch2c/gamma_grad_S252)Hˆ±·ñºƒPÆ

RecvTensor²Ì´ñºƒ Ôå(Ôå:"€€€€B[0.2MB] edge_253_gradients/res3d_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H²Ì´ñºƒç
1update_res3d_branch2c/kernel/ApplyGradientDescent†²·ñºƒ /(/B™update_res3d_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3d_branch2c/kernel, learning_rate, gradients/res3d_branch2c/kernel_grad_S253)H†²·ñºƒPÀ

RecvTensorÍÌ´ñºƒ ¹å(¹å:
"€€B‰[512B] edge_254_gradients/bn3d_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÍÌ´ñºƒÛ
.update_bn3d_branch2b/beta/ApplyGradientDescentµ²·ñºƒ (Bupdate_bn3d_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2b/beta, learning_rate, gradients/bn3d_branch2b/beta_grad_S254)Hµ²·ñºƒPÁ

RecvTensorÛÍ´ñºƒ ¬ä(¬ä:
"€€BŠ[512B] edge_255_gradients/bn3d_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÛÍ´ñºƒß
/update_bn3d_branch2b/gamma/ApplyGradientDescentº²·ñºƒ (B“update_bn3d_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2b/gamma, learning_rate, gradients/bn3d_branch2b/gamma_grad_S255)Hº²·ñºƒPÆ

RecvTensorûÙ´ñºƒ úÛ(úÛ:"€€$€€$B[0.6MB] edge_256_gradients/res3d_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HûÙ´ñºƒç
1update_res3d_branch2b/kernel/ApplyGradientDescentõµ·ñºƒ l(lB™update_res3d_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3d_branch2b/kernel, learning_rate, gradients/res3d_branch2b/kernel_grad_S256)Hõµ·ñºƒPÀ

RecvTensor—Ú´ñºƒ ŞÛ(ŞÛ:
"€€B‰[512B] edge_257_gradients/bn3d_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H—Ú´ñºƒÛ
.update_bn3d_branch2a/beta/ApplyGradientDescentá¶·ñºƒ (Bupdate_bn3d_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2a/beta, learning_rate, gradients/bn3d_branch2a/beta_grad_S257)Há¶·ñºƒPÁ

RecvTensor¢Û´ñºƒ ÔÚ(ÔÚ:
"€€BŠ[512B] edge_258_gradients/bn3d_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¢Û´ñºƒß
/update_bn3d_branch2a/gamma/ApplyGradientDescentç¶·ñºƒ (B“update_bn3d_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2a/gamma, learning_rate, gradients/bn3d_branch2a/gamma_grad_S258)Hç¶·ñºƒPÆ

RecvTensorßà´ñºƒ òÖ(òÖ:"€€€€B[0.2MB] edge_259_gradients/res3d_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hßà´ñºƒç
1update_res3d_branch2a/kernel/ApplyGradientDescentÑ··ñºƒ .(.B™update_res3d_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3d_branch2a/kernel, learning_rate, gradients/res3d_branch2a/kernel_grad_S259)HÑ··ñºƒPÁ

RecvTensor³á´ñºƒ  Ö( Ö:
"€€BŠ[2048B] edge_260_gradients/bn3c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H³á´ñºƒÛ
.update_bn3c_branch2c/beta/ApplyGradientDescentÿ··ñºƒ (Bupdate_bn3c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2c/beta, learning_rate, gradients/bn3c_branch2c/beta_grad_S260)Hÿ··ñºƒPÂ

RecvTensorÂå´ñºƒ “Ò(“Ò:
"€€B‹[2048B] edge_261_gradients/bn3c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÂå´ñºƒß
/update_bn3c_branch2c/gamma/ApplyGradientDescent„¸·ñºƒ (B“update_bn3c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2c/gamma, learning_rate, gradients/bn3c_branch2c/gamma_grad_S261)H„¸·ñºƒPÆ

RecvTensoràê´ñºƒ ĞÎ(ĞÎ:"€€€€B[0.2MB] edge_262_gradients/res3c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hàê´ñºƒç
1update_res3c_branch2c/kernel/ApplyGradientDescent°¹·ñºƒ /(/B™update_res3c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3c_branch2c/kernel, learning_rate, gradients/res3c_branch2c/kernel_grad_S262)H°¹·ñºƒPÀ

RecvTensorûê´ñºƒ ¶Î(¶Î:
"€€B‰[512B] edge_263_gradients/bn3c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hûê´ñºƒÛ
.update_bn3c_branch2b/beta/ApplyGradientDescentß¹·ñºƒ (Bupdate_bn3c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2b/beta, learning_rate, gradients/bn3c_branch2b/beta_grad_S263)Hß¹·ñºƒPÁ

RecvTensor…ì´ñºƒ ¬Í(¬Í:
"€€BŠ[512B] edge_264_gradients/bn3c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H…ì´ñºƒß
/update_bn3c_branch2b/gamma/ApplyGradientDescentä¹·ñºƒ (B“update_bn3c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2b/gamma, learning_rate, gradients/bn3c_branch2b/gamma_grad_S264)Hä¹·ñºƒPÆ

RecvTensor³ø´ñºƒ ìÄ(ìÄ:"€€$€€$B[0.6MB] edge_265_gradients/res3c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H³ø´ñºƒç
1update_res3c_branch2b/kernel/ApplyGradientDescentŸ½·ñºƒ n(nB™update_res3c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3c_branch2b/kernel, learning_rate, gradients/res3c_branch2b/kernel_grad_S265)HŸ½·ñºƒPÀ

RecvTensorÍø´ñºƒ ÓÄ(ÓÄ:
"€€B‰[512B] edge_266_gradients/bn3c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÍø´ñºƒÛ
.update_bn3c_branch2a/beta/ApplyGradientDescent¾·ñºƒ (Bupdate_bn3c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2a/beta, learning_rate, gradients/bn3c_branch2a/beta_grad_S266)H¾·ñºƒPÁ

RecvTensorÒù´ñºƒ ÎÃ(ÎÃ:
"€€BŠ[512B] edge_267_gradients/bn3c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÒù´ñºƒß
/update_bn3c_branch2a/gamma/ApplyGradientDescent’¾·ñºƒ (B“update_bn3c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2a/gamma, learning_rate, gradients/bn3c_branch2a/gamma_grad_S267)H’¾·ñºƒPÆ

RecvTensor•ÿ´ñºƒ ç¿(ç¿:"€€€€B[0.2MB] edge_268_gradients/res3c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H•ÿ´ñºƒç
1update_res3c_branch2a/kernel/ApplyGradientDescentü¾·ñºƒ 2(2B™update_res3c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3c_branch2a/kernel, learning_rate, gradients/res3c_branch2a/kernel_grad_S268)Hü¾·ñºƒPÁ

RecvTensorçÿ´ñºƒ –¿(–¿:
"€€BŠ[2048B] edge_269_gradients/bn3b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hçÿ´ñºƒÛ
.update_bn3b_branch2c/beta/ApplyGradientDescent®¿·ñºƒ (Bupdate_bn3b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2c/beta, learning_rate, gradients/bn3b_branch2c/beta_grad_S269)H®¿·ñºƒPÂ

RecvTensor÷ƒµñºƒ ˆ»(ˆ»:
"€€B‹[2048B] edge_270_gradients/bn3b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H÷ƒµñºƒß
/update_bn3b_branch2c/gamma/ApplyGradientDescent³¿·ñºƒ (B“update_bn3b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2c/gamma, learning_rate, gradients/bn3b_branch2c/gamma_grad_S270)H³¿·ñºƒPÆ

RecvTensor‰µñºƒ Ì·(Ì·:"€€€€B[0.2MB] edge_271_gradients/res3b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‰µñºƒç
1update_res3b_branch2c/kernel/ApplyGradientDescentÛÀ·ñºƒ /(/B™update_res3b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3b_branch2c/kernel, learning_rate, gradients/res3b_branch2c/kernel_grad_S271)HÛÀ·ñºƒPÀ

RecvTensorª‰µñºƒ ±·(±·:
"€€B‰[512B] edge_272_gradients/bn3b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hª‰µñºƒÛ
.update_bn3b_branch2b/beta/ApplyGradientDescentŠÁ·ñºƒ (Bupdate_bn3b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2b/beta, learning_rate, gradients/bn3b_branch2b/beta_grad_S272)HŠÁ·ñºƒPÁ

RecvTensorªŠµñºƒ ±¶(±¶:
"€€BŠ[512B] edge_273_gradients/bn3b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HªŠµñºƒß
/update_bn3b_branch2b/gamma/ApplyGradientDescentÁ·ñºƒ (B“update_bn3b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2b/gamma, learning_rate, gradients/bn3b_branch2b/gamma_grad_S273)HÁ·ñºƒPÆ

RecvTensorˆ–µñºƒ Â®(Â®:"€€$€€$B[0.6MB] edge_274_gradients/res3b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hˆ–µñºƒç
1update_res3b_branch2b/kernel/ApplyGradientDescentÊÄ·ñºƒ l(lB™update_res3b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3b_branch2b/kernel, learning_rate, gradients/res3b_branch2b/kernel_grad_S274)HÊÄ·ñºƒPÀ

RecvTensor£–µñºƒ §®(§®:
"€€B‰[512B] edge_275_gradients/bn3b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H£–µñºƒÛ
.update_bn3b_branch2a/beta/ApplyGradientDescent¶Å·ñºƒ (Bupdate_bn3b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2a/beta, learning_rate, gradients/bn3b_branch2a/beta_grad_S275)H¶Å·ñºƒPÁ

RecvTensor³—µñºƒ —­(—­:
"€€BŠ[512B] edge_276_gradients/bn3b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H³—µñºƒß
/update_bn3b_branch2a/gamma/ApplyGradientDescent¼Å·ñºƒ (B“update_bn3b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2a/gamma, learning_rate, gradients/bn3b_branch2a/gamma_grad_S276)H¼Å·ñºƒPÆ

RecvTensorêœµñºƒ ¼©(¼©:"€€€€B[0.2MB] edge_277_gradients/res3b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hêœµñºƒç
1update_res3b_branch2a/kernel/ApplyGradientDescent¦Æ·ñºƒ 2(2B™update_res3b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3b_branch2a/kernel, learning_rate, gradients/res3b_branch2a/kernel_grad_S277)H¦Æ·ñºƒPÀ

RecvTensor»µñºƒ í¨(í¨:
"€€B‰[2048B] edge_278_gradients/bn3a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H»µñºƒ×
-update_bn3a_branch1/beta/ApplyGradientDescentØÆ·ñºƒ (Bupdate_bn3a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch1/beta, learning_rate, gradients/bn3a_branch1/beta_grad_S278)HØÆ·ñºƒPÁ

RecvTensorñŸµñºƒ ¸¦(¸¦:
"€€BŠ[2048B] edge_279_gradients/bn3a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HñŸµñºƒÛ
.update_bn3a_branch1/gamma/ApplyGradientDescentİÆ·ñºƒ (Bupdate_bn3a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch1/gamma, learning_rate, gradients/bn3a_branch1/gamma_grad_S279)HİÆ·ñºƒPÅ

RecvTensor¼ªµñºƒ ¥Ÿ(¥Ÿ:"€€ €€ BŒ[0.5MB] edge_280_gradients/res3a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¼ªµñºƒã
0update_res3a_branch1/kernel/ApplyGradientDescentáÉ·ñºƒ X(XB–update_res3a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch1/kernel, learning_rate, gradients/res3a_branch1/kernel_grad_S280)HáÉ·ñºƒPÁ

RecvTensor‘«µñºƒ Ñ(Ñ:
"€€BŠ[2048B] edge_281_gradients/bn3a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‘«µñºƒÛ
.update_bn3a_branch2c/beta/ApplyGradientDescent¹Ê·ñºƒ (Bupdate_bn3a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2c/beta, learning_rate, gradients/bn3a_branch2c/beta_grad_S281)H¹Ê·ñºƒPÂ

RecvTensorÇ¯µñºƒ š(š:
"€€B‹[2048B] edge_282_gradients/bn3a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÇ¯µñºƒß
/update_bn3a_branch2c/gamma/ApplyGradientDescent¾Ê·ñºƒ (B“update_bn3a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2c/gamma, learning_rate, gradients/bn3a_branch2c/gamma_grad_S282)H¾Ê·ñºƒPÆ

RecvTensorü´µñºƒ Ä–(Ä–:"€€€€B[0.2MB] edge_283_gradients/res3a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hü´µñºƒç
1update_res3a_branch2c/kernel/ApplyGradientDescentÀË·ñºƒ 3(3B™update_res3a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch2c/kernel, learning_rate, gradients/res3a_branch2c/kernel_grad_S283)HÀË·ñºƒPÀ

RecvTensor—µµñºƒ ©–(©–:
"€€B‰[512B] edge_284_gradients/bn3a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H—µµñºƒÛ
.update_bn3a_branch2b/beta/ApplyGradientDescentóË·ñºƒ (Bupdate_bn3a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2b/beta, learning_rate, gradients/bn3a_branch2b/beta_grad_S284)HóË·ñºƒPÁ

RecvTensor¦¶µñºƒ ›•(›•:
"€€BŠ[512B] edge_285_gradients/bn3a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¦¶µñºƒß
/update_bn3a_branch2b/gamma/ApplyGradientDescentøË·ñºƒ (B“update_bn3a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2b/gamma, learning_rate, gradients/bn3a_branch2b/gamma_grad_S285)HøË·ñºƒPÆ

RecvTensorÍÁµñºƒ â(â:"€€$€€$B[0.6MB] edge_286_gradients/res3a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÍÁµñºƒç
1update_res3a_branch2b/kernel/ApplyGradientDescent¯Ï·ñºƒ d(dB™update_res3a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch2b/kernel, learning_rate, gradients/res3a_branch2b/kernel_grad_S286)H¯Ï·ñºƒPÀ

RecvTensor¡Âµñºƒ (:
"€€B‰[512B] edge_287_gradients/bn3a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¡ÂµñºƒÛ
.update_bn3a_branch2a/beta/ApplyGradientDescent“Ğ·ñºƒ (Bupdate_bn3a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2a/beta, learning_rate, gradients/bn3a_branch2a/beta_grad_S287)H“Ğ·ñºƒPÁ

RecvTensor£Æµñºƒ Œ‰(Œ‰:
"€€BŠ[512B] edge_288_gradients/bn3a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H£Æµñºƒß
/update_bn3a_branch2a/gamma/ApplyGradientDescent˜Ğ·ñºƒ (B“update_bn3a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2a/gamma, learning_rate, gradients/bn3a_branch2a/gamma_grad_S288)H˜Ğ·ñºƒPÆ

RecvTensorªĞµñºƒ óÿ(óÿ:"€€€€B[0.1MB] edge_289_gradients/res3a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HªĞµñºƒç
1update_res3a_branch2a/kernel/ApplyGradientDescentĞ·ñºƒ (B™update_res3a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch2a/kernel, learning_rate, gradients/res3a_branch2a/kernel_grad_S289)HĞ·ñºƒPÁ

RecvTensorÈÑµñºƒ Öş(Öş:
"€€BŠ[1024B] edge_290_gradients/bn2c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÈÑµñºƒÛ
.update_bn2c_branch2c/beta/ApplyGradientDescent¹Ğ·ñºƒ (Bupdate_bn2c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2c/beta, learning_rate, gradients/bn2c_branch2c/beta_grad_S290)H¹Ğ·ñºƒPÂ

RecvTensor¦Ùµñºƒ ùö(ùö:
"€€B‹[1024B] edge_291_gradients/bn2c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¦Ùµñºƒß
/update_bn2c_branch2c/gamma/ApplyGradientDescent¾Ğ·ñºƒ (B“update_bn2c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2c/gamma, learning_rate, gradients/bn2c_branch2c/gamma_grad_S291)H¾Ğ·ñºƒPÇ

RecvTensorÔŞµñºƒ ‚ò(‚ò:"€€€€B[65536B] edge_292_gradients/res2c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÔŞµñºƒç
1update_res2c_branch2c/kernel/ApplyGradientDescentÖĞ·ñºƒ (B™update_res2c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res2c_branch2c/kernel, learning_rate, gradients/res2c_branch2c/kernel_grad_S292)HÖĞ·ñºƒPÀ

RecvTensor‚ßµñºƒ Ôñ(Ôñ:
"€€B‰[256B] edge_293_gradients/bn2c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‚ßµñºƒÛ
.update_bn2c_branch2b/beta/ApplyGradientDescentçĞ·ñºƒ (Bupdate_bn2c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2b/beta, learning_rate, gradients/bn2c_branch2b/beta_grad_S293)HçĞ·ñºƒPÁ

RecvTensor‰áµñºƒ Íï(Íï:
"€€BŠ[256B] edge_294_gradients/bn2c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‰áµñºƒß
/update_bn2c_branch2b/gamma/ApplyGradientDescentìĞ·ñºƒ (B“update_bn2c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2b/gamma, learning_rate, gradients/bn2c_branch2b/gamma_grad_S294)HìĞ·ñºƒPÆ

RecvTensorŠíµñºƒ Èä(Èä:"€€	€€	B[0.1MB] edge_295_gradients/res2c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŠíµñºƒç
1update_res2c_branch2b/kernel/ApplyGradientDescentÒÑ·ñºƒ (B™update_res2c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res2c_branch2b/kernel, learning_rate, gradients/res2c_branch2b/kernel_grad_S295)HÒÑ·ñºƒPÀ

RecvTensorµíµñºƒ ä(ä:
"€€B‰[256B] edge_296_gradients/bn2c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HµíµñºƒÛ
.update_bn2c_branch2a/beta/ApplyGradientDescentîÑ·ñºƒ (Bupdate_bn2c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2a/beta, learning_rate, gradients/bn2c_branch2a/beta_grad_S296)HîÑ·ñºƒPÁ

RecvTensor½ïµñºƒ •â(•â:
"€€BŠ[256B] edge_297_gradients/bn2c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H½ïµñºƒß
/update_bn2c_branch2a/gamma/ApplyGradientDescentôÑ·ñºƒ (B“update_bn2c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2a/gamma, learning_rate, gradients/bn2c_branch2a/gamma_grad_S297)HôÑ·ñºƒPÇ

RecvTensorùôµñºƒ İ(İ:"€€€€B[65536B] edge_298_gradients/res2c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hùôµñºƒç
1update_res2c_branch2a/kernel/ApplyGradientDescent‰Ò·ñºƒ (B™update_res2c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res2c_branch2a/kernel, learning_rate, gradients/res2c_branch2a/kernel_grad_S298)H‰Ò·ñºƒPÁ

RecvTensor›öµñºƒ ïÛ(ïÛ:
"€€BŠ[1024B] edge_299_gradients/bn2b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H›öµñºƒÛ
.update_bn2b_branch2c/beta/ApplyGradientDescent™Ò·ñºƒ (Bupdate_bn2b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2c/beta, learning_rate, gradients/bn2b_branch2c/beta_grad_S299)H™Ò·ñºƒPÂ

RecvTensorÉşµñºƒ ÂÓ(ÂÓ:
"€€B‹[1024B] edge_300_gradients/bn2b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÉşµñºƒß
/update_bn2b_branch2c/gamma/ApplyGradientDescentÒ·ñºƒ (B“update_bn2b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2c/gamma, learning_rate, gradients/bn2b_branch2c/gamma_grad_S300)HÒ·ñºƒPÇ

RecvTensoréƒ¶ñºƒ ÙÎ(ÙÎ:"€€€€B[65536B] edge_301_gradients/res2b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Héƒ¶ñºƒç
1update_res2b_branch2c/kernel/ApplyGradientDescentÂÒ·ñºƒ (B™update_res2b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res2b_branch2c/kernel, learning_rate, gradients/res2b_branch2c/kernel_grad_S301)HÂÒ·ñºƒPÀ

RecvTensor•„¶ñºƒ ­Î(­Î:
"€€B‰[256B] edge_302_gradients/bn2b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H•„¶ñºƒÛ
.update_bn2b_branch2b/beta/ApplyGradientDescentÒÒ·ñºƒ (Bupdate_bn2b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2b/beta, learning_rate, gradients/bn2b_branch2b/beta_grad_S302)HÒÒ·ñºƒPÁ

RecvTensorœ†¶ñºƒ ¦Ì(¦Ì:
"€€BŠ[256B] edge_303_gradients/bn2b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hœ†¶ñºƒß
/update_bn2b_branch2b/gamma/ApplyGradientDescent×Ò·ñºƒ (B“update_bn2b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2b/gamma, learning_rate, gradients/bn2b_branch2b/gamma_grad_S303)H×Ò·ñºƒPÆ

RecvTensorú‘¶ñºƒ ÄÁ(ÄÁ:"€€	€€	B[0.1MB] edge_304_gradients/res2b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hú‘¶ñºƒç
1update_res2b_branch2b/kernel/ApplyGradientDescent¾Ó·ñºƒ (B™update_res2b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res2b_branch2b/kernel, learning_rate, gradients/res2b_branch2b/kernel_grad_S304)H¾Ó·ñºƒPÀ

RecvTensor§’¶ñºƒ —Á(—Á:
"€€B‰[256B] edge_305_gradients/bn2b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H§’¶ñºƒÛ
.update_bn2b_branch2a/beta/ApplyGradientDescentÙÓ·ñºƒ (Bupdate_bn2b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2a/beta, learning_rate, gradients/bn2b_branch2a/beta_grad_S305)HÙÓ·ñºƒPÁ

RecvTensorµ”¶ñºƒ ‰¿(‰¿:
"€€BŠ[256B] edge_306_gradients/bn2b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hµ”¶ñºƒß
/update_bn2b_branch2a/gamma/ApplyGradientDescentŞÓ·ñºƒ (B“update_bn2b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2a/gamma, learning_rate, gradients/bn2b_branch2a/gamma_grad_S306)HŞÓ·ñºƒPÇ

RecvTensorÏ™¶ñºƒ ¦º(¦º:"€€€€B[65536B] edge_307_gradients/res2b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÏ™¶ñºƒç
1update_res2b_branch2a/kernel/ApplyGradientDescentõÓ·ñºƒ (B™update_res2b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res2b_branch2a/kernel, learning_rate, gradients/res2b_branch2a/kernel_grad_S307)HõÓ·ñºƒPÀ

RecvTensorğš¶ñºƒ †¹(†¹:
"€€B‰[1024B] edge_308_gradients/bn2a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hğš¶ñºƒ×
-update_bn2a_branch1/beta/ApplyGradientDescent„Ô·ñºƒ (Bupdate_bn2a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch1/beta, learning_rate, gradients/bn2a_branch1/beta_grad_S308)H„Ô·ñºƒPÁ

RecvTensorçŸ¶ñºƒ ´(´:
"€€BŠ[1024B] edge_309_gradients/bn2a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HçŸ¶ñºƒÛ
.update_bn2a_branch1/gamma/ApplyGradientDescentŠÔ·ñºƒ (Bupdate_bn2a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch1/gamma, learning_rate, gradients/bn2a_branch1/gamma_grad_S309)HŠÔ·ñºƒPÆ

RecvTensor‡¥¶ñºƒ §¯(§¯:"€€€€B[65536B] edge_310_gradients/res2a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‡¥¶ñºƒã
0update_res2a_branch1/kernel/ApplyGradientDescent®Ô·ñºƒ (B–update_res2a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch1/kernel, learning_rate, gradients/res2a_branch1/kernel_grad_S310)H®Ô·ñºƒPÁ

RecvTensor¥¦¶ñºƒ Š®(Š®:
"€€BŠ[1024B] edge_311_gradients/bn2a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¥¦¶ñºƒÛ
.update_bn2a_branch2c/beta/ApplyGradientDescent¾Ô·ñºƒ (Bupdate_bn2a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2c/beta, learning_rate, gradients/bn2a_branch2c/beta_grad_S311)H¾Ô·ñºƒPÂ

RecvTensor ®¶ñºƒ ¦(¦:
"€€B‹[1024B] edge_312_gradients/bn2a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H ®¶ñºƒß
/update_bn2a_branch2c/gamma/ApplyGradientDescentÃÔ·ñºƒ (B“update_bn2a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2c/gamma, learning_rate, gradients/bn2a_branch2c/gamma_grad_S312)HÃÔ·ñºƒPÇ

RecvTensorÇ³¶ñºƒ Ÿ¡(Ÿ¡:"€€€€B[65536B] edge_313_gradients/res2a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÇ³¶ñºƒç
1update_res2a_branch2c/kernel/ApplyGradientDescentæÔ·ñºƒ (B™update_res2a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch2c/kernel, learning_rate, gradients/res2a_branch2c/kernel_grad_S313)HæÔ·ñºƒPÀ

RecvTensorô³¶ñºƒ ó (ó :
"€€B‰[256B] edge_314_gradients/bn2a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hô³¶ñºƒÛ
.update_bn2a_branch2b/beta/ApplyGradientDescent÷Ô·ñºƒ (Bupdate_bn2a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2b/beta, learning_rate, gradients/bn2a_branch2b/beta_grad_S314)H÷Ô·ñºƒPÁ

RecvTensor÷µ¶ñºƒ ğ(ğ:
"€€BŠ[256B] edge_315_gradients/bn2a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H÷µ¶ñºƒß
/update_bn2a_branch2b/gamma/ApplyGradientDescentüÔ·ñºƒ (B“update_bn2a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2b/gamma, learning_rate, gradients/bn2a_branch2b/gamma_grad_S315)HüÔ·ñºƒPÆ

RecvTensorÒÁ¶ñºƒ ”(”:"€€	€€	B[0.1MB] edge_316_gradients/res2a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÒÁ¶ñºƒç
1update_res2a_branch2b/kernel/ApplyGradientDescentâÕ·ñºƒ (B™update_res2a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch2b/kernel, learning_rate, gradients/res2a_branch2b/kernel_grad_S316)HâÕ·ñºƒPÀ

RecvTensorÿÁ¶ñºƒ ã“(ã“:
"€€B‰[256B] edge_317_gradients/bn2a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÿÁ¶ñºƒÛ
.update_bn2a_branch2a/beta/ApplyGradientDescentşÕ·ñºƒ (Bupdate_bn2a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2a/beta, learning_rate, gradients/bn2a_branch2a/beta_grad_S317)HşÕ·ñºƒPÁ

RecvTensorŒÄ¶ñºƒ ×‘(×‘:
"€€BŠ[256B] edge_318_gradients/bn2a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŒÄ¶ñºƒß
/update_bn2a_branch2a/gamma/ApplyGradientDescentƒÖ·ñºƒ (B“update_bn2a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2a/gamma, learning_rate, gradients/bn2a_branch2a/gamma_grad_S318)HƒÖ·ñºƒPÇ

RecvTensor²Å¶ñºƒ ¾(¾:"€€€€B[16384B] edge_319_gradients/res2a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H²Å¶ñºƒç
1update_res2a_branch2a/kernel/ApplyGradientDescentˆÖ·ñºƒ (B™update_res2a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch2a/kernel, learning_rate, gradients/res2a_branch2a/kernel_grad_S319)HˆÖ·ñºƒP»

RecvTensorÊÆ¶ñºƒ §(§:
"€€B„[256B] edge_320_gradients/bn_conv1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÊÆ¶ñºƒÇ
)update_bn_conv1/beta/ApplyGradientDescentÖ·ñºƒ (Bupdate_bn_conv1/beta/ApplyGradientDescent = ApplyGradientDescent(bn_conv1/beta, learning_rate, gradients/bn_conv1/beta_grad_S320)HÖ·ñºƒP¼

RecvTensorÅÑ¶ñºƒ ¬„(¬„:
"€€B…[256B] edge_321_gradients/bn_conv1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÅÑ¶ñºƒË
*update_bn_conv1/gamma/ApplyGradientDescent•Ö·ñºƒ (B„update_bn_conv1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn_conv1/gamma, learning_rate, gradients/bn_conv1/gamma_grad_S321)H•Ö·ñºƒP¼

RecvTensor½×¶ñºƒ Ó~(Ó~:"€¦€¦B…[37632B] edge_322_gradients/conv1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H½×¶ñºƒÂ
(update_conv1/kernel/ApplyGradientDescentšÖ·ñºƒ (B~update_conv1/kernel/ApplyGradientDescent = ApplyGradientDescent(conv1/kernel, learning_rate, gradients/conv1/kernel_grad_S322)HšÖ·ñºƒP