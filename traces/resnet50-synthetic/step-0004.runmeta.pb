
‹

Òê
)/job:worker/replica:0/task:0/device:CPU:0­

RecvTensor©Ö·ñºƒ o(o:"€¦€¦By[37632B] edge_1_conv1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H©Ö·ñºƒ«

RecvTensor¬Ö·ñºƒ l(l:
"€€By[256B] edge_2_bn_conv1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¬Ö·ñºƒª

RecvTensor¯Ö·ñºƒ i(i:
"€€Bx[256B] edge_3_bn_conv1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¯Ö·ñºƒ¹

RecvTensor²Ö·ñºƒ ‚(‚:"€€€€B‚[16384B] edge_4_res2a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H²Ö·ñºƒ°

RecvTensorµÖ·ñºƒ c(c:
"€€B~[256B] edge_5_bn2a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HµÖ·ñºƒ¯

RecvTensor¸Ö·ñºƒ e(e:
"€€B}[256B] edge_6_bn2a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¸Ö·ñºƒ¸

RecvTensor»Ö·ñºƒ ä(ä:"€€	€€	B[0.1MB] edge_7_res2a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H»Ö·ñºƒ²

RecvTensor½Ö·ñºƒ â(â:
"€€B~[256B] edge_8_bn2a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H½Ö·ñºƒ¯

RecvTensorÀÖ·ñºƒ u(u:
"€€B}[256B] edge_9_bn2a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÀÖ·ñºƒº

RecvTensorÃÖ·ñºƒ ¨(¨:"€€€€Bƒ[65536B] edge_10_res2a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÃÖ·ñºƒ³

RecvTensorÆÖ·ñºƒ n(n:
"€€B€[1024B] edge_11_bn2a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÆÖ·ñºƒ³

RecvTensorÉÖ·ñºƒ Û(Û:
"€€B[1024B] edge_12_bn2a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÉÖ·ñºƒ¹

RecvTensorÌÖ·ñºƒ Ö(Ö:"€€€€B‚[65536B] edge_13_res2a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÌÖ·ñºƒ³

RecvTensorÏÖ·ñºƒ ‰(‰:
"€€B[1024B] edge_14_bn2a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÏÖ·ñºƒ²

RecvTensorÒÖ·ñºƒ Ñ(Ñ:
"€€B~[1024B] edge_15_bn2a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÒÖ·ñºƒº

RecvTensorÕÖ·ñºƒ ´(´:"€€€€Bƒ[65536B] edge_16_res2b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÕÖ·ñºƒ³

RecvTensorØÖ·ñºƒ ÿ(ÿ:
"€€B[256B] edge_17_bn2b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HØÖ·ñºƒ²

RecvTensorÛÖ·ñºƒ Ä(Ä:
"€€B~[256B] edge_18_bn2b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÛÖ·ñºƒ¹

RecvTensorŞÖ·ñºƒ õ(õ:"€€	€€	B‚[0.1MB] edge_19_res2b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŞÖ·ñºƒ³

RecvTensoráÖ·ñºƒ ©(©:
"€€B[256B] edge_20_bn2b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HáÖ·ñºƒ²

RecvTensoräÖ·ñºƒ Ü(Ü:
"€€B~[256B] edge_21_bn2b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HäÖ·ñºƒº

RecvTensorçÖ·ñºƒ ğ(ğ:"€€€€Bƒ[65536B] edge_22_res2b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HçÖ·ñºƒµ

RecvTensoréÖ·ñºƒ Ù(Ù:
"€€B€[1024B] edge_23_bn2b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HéÖ·ñºƒ³

RecvTensorìÖ·ñºƒ ´(´:
"€€B[1024B] edge_24_bn2b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HìÖ·ñºƒº

RecvTensorïÖ·ñºƒ Ñ(Ñ:"€€€€Bƒ[65536B] edge_25_res2c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HïÖ·ñºƒ³

RecvTensoròÖ·ñºƒ Ï(Ï:
"€€B[256B] edge_26_bn2c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HòÖ·ñºƒ²

RecvTensorõÖ·ñºƒ Î(Î:
"€€B~[256B] edge_27_bn2c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HõÖ·ñºƒ¹

RecvTensorøÖ·ñºƒ ë(ë:"€€	€€	B‚[0.1MB] edge_28_res2c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HøÖ·ñºƒ³

RecvTensorúÖ·ñºƒ Ç(Ç:
"€€B[256B] edge_29_bn2c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HúÖ·ñºƒ²

RecvTensorıÖ·ñºƒ Å(Å:
"€€B~[256B] edge_30_bn2c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HıÖ·ñºƒº

RecvTensor€×·ñºƒ û(û:"€€€€Bƒ[65536B] edge_31_res2c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H€×·ñºƒµ

RecvTensorƒ×·ñºƒ À(À:
"€€B€[1024B] edge_32_bn2c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hƒ×·ñºƒ³

RecvTensor‡×·ñºƒ ½(½:
"€€B[1024B] edge_33_bn2c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‡×·ñºƒ¹

RecvTensor‰×·ñºƒ ß(ß:"€€€€B‚[0.1MB] edge_34_res3a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‰×·ñºƒ³

RecvTensorŒ×·ñºƒ ï(ï:
"€€B[512B] edge_35_bn3a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŒ×·ñºƒ²

RecvTensor×·ñºƒ ×(×:
"€€B~[512B] edge_36_bn3a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H×·ñºƒ¹

RecvTensor’×·ñºƒ õ(õ:"€€$€€$B‚[0.6MB] edge_37_res3a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H’×·ñºƒ³

RecvTensor•×·ñºƒ ©(©:
"€€B[512B] edge_38_bn3a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H•×·ñºƒ²

RecvTensor˜×·ñºƒ Ì(Ì:
"€€B~[512B] edge_39_bn3a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H˜×·ñºƒ¹

RecvTensor›×·ñºƒ È(È:"€€€€B‚[0.2MB] edge_40_res3a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H›×·ñºƒµ

RecvTensor×·ñºƒ Ç(Ç:
"€€B€[2048B] edge_41_bn3a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H×·ñºƒ³

RecvTensor¡×·ñºƒ ¡(¡:
"€€B[2048B] edge_42_bn3a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¡×·ñºƒ¸

RecvTensor¤×·ñºƒ ÷	(÷	:"€€ €€ B[0.5MB] edge_43_res3a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¤×·ñºƒ³

RecvTensor§×·ñºƒ â(â:
"€€B[2048B] edge_44_bn3a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H§×·ñºƒ²

RecvTensorª×·ñºƒ —(—:
"€€B~[2048B] edge_45_bn3a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hª×·ñºƒ¹

RecvTensor­×·ñºƒ ‘(‘:"€€€€B‚[0.2MB] edge_46_res3b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H­×·ñºƒ³

RecvTensor°×·ñºƒ “(“:
"€€B[512B] edge_47_bn3b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H°×·ñºƒ²

RecvTensor²×·ñºƒ (:
"€€B~[512B] edge_48_bn3b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H²×·ñºƒ¹

RecvTensor¶×·ñºƒ ú(ú:"€€$€€$B‚[0.6MB] edge_49_res3b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¶×·ñºƒ³

RecvTensor¹×·ñºƒ ‹(‹:
"€€B[512B] edge_50_bn3b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¹×·ñºƒ²

RecvTensor¼×·ñºƒ ‡(‡:
"€€B~[512B] edge_51_bn3b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¼×·ñºƒ¹

RecvTensor¿×·ñºƒ Í(Í:"€€€€B‚[0.2MB] edge_52_res3b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¿×·ñºƒµ

RecvTensorÂ×·ñºƒ §(§:
"€€B€[2048B] edge_53_bn3b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÂ×·ñºƒ³

RecvTensorÄ×·ñºƒ î(î:
"€€B[2048B] edge_54_bn3b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÄ×·ñºƒ¹

RecvTensorÇ×·ñºƒ  ( :"€€€€B‚[0.2MB] edge_55_res3c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÇ×·ñºƒ³

RecvTensorÊ×·ñºƒ ú(ú:
"€€B[512B] edge_56_bn3c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÊ×·ñºƒ²

RecvTensorÍ×·ñºƒ À(À:
"€€B~[512B] edge_57_bn3c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÍ×·ñºƒ¹

RecvTensorĞ×·ñºƒ ˆ(ˆ:"€€$€€$B‚[0.6MB] edge_58_res3c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HĞ×·ñºƒ³

RecvTensorÓ×·ñºƒ ™(™:
"€€B[512B] edge_59_bn3c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÓ×·ñºƒ²

RecvTensorÖ×·ñºƒ ”(”:
"€€B~[512B] edge_60_bn3c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÖ×·ñºƒ¹

RecvTensorÙ×·ñºƒ Ù(Ù:"€€€€B‚[0.2MB] edge_61_res3c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÙ×·ñºƒµ

RecvTensorÜ×·ñºƒ Ø(Ø:
"€€B€[2048B] edge_62_bn3c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÜ×·ñºƒ³

RecvTensorß×·ñºƒ Œ(Œ:
"€€B[2048B] edge_63_bn3c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hß×·ñºƒ¹

RecvTensorâ×·ñºƒ š#(š#:"€€€€B‚[0.2MB] edge_64_res3d_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hâ×·ñºƒ³

RecvTensorå×·ñºƒ Ğ(Ğ:
"€€B[512B] edge_65_bn3d_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hå×·ñºƒ²

RecvTensorè×·ñºƒ Ì(Ì:
"€€B~[512B] edge_66_bn3d_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hè×·ñºƒ¹

RecvTensorì×·ñºƒ µ!(µ!:"€€$€€$B‚[0.6MB] edge_67_res3d_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hì×·ñºƒ³

RecvTensorî×·ñºƒ #(#:
"€€B[512B] edge_68_bn3d_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hî×·ñºƒ²

RecvTensorñ×·ñºƒ °!(°!:
"€€B~[512B] edge_69_bn3d_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hñ×·ñºƒ¹

RecvTensorô×·ñºƒ Í7(Í7:"€€€€B‚[0.2MB] edge_70_res3d_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hô×·ñºƒµ

RecvTensor÷×·ñºƒ ‡#(‡#:
"€€B€[2048B] edge_71_bn3d_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H÷×·ñºƒ³

RecvTensorú×·ñºƒ ¶2(¶2:
"€€B[2048B] edge_72_bn3d_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hú×·ñºƒ¹

RecvTensorı×·ñºƒ é5(é5:"€€ €€ B‚[0.5MB] edge_73_res4a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hı×·ñºƒµ

RecvTensor€Ø·ñºƒ ¯2(¯2:
"€€B€[1024B] edge_74_bn4a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H€Ø·ñºƒ³

RecvTensorƒØ·ñºƒ À7(À7:
"€€B[1024B] edge_75_bn4a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HƒØ·ñºƒ»

RecvTensor†Ø·ñºƒ ¨2(¨2:"
€€€€B‚[2.2MB] edge_76_res4a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H†Ø·ñºƒµ

RecvTensor‰Ø·ñºƒ ¹7(¹7:
"€€B€[1024B] edge_77_bn4a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‰Ø·ñºƒ³

RecvTensorŒØ·ñºƒ Ú5(Ú5:
"€€B[1024B] edge_78_bn4a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŒØ·ñºƒ¹

RecvTensorØ·ñºƒ ”E(”E:"€€@€€@B‚[1.0MB] edge_79_res4a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HØ·ñºƒµ

RecvTensor“Ø·ñºƒ ³7(³7:
"€ € B€[4096B] edge_80_bn4a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H“Ø·ñºƒ³

RecvTensor–Ø·ñºƒ ¢>(¢>:
"€ € B[4096B] edge_81_bn4a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H–Ø·ñºƒº

RecvTensor™Ø·ñºƒ ßR(ßR:"
€€€€€€B[2.0MB] edge_82_res4a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H™Ø·ñºƒ³

RecvTensorœØ·ñºƒ àR(àR:
"€ € B[4096B] edge_83_bn4a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HœØ·ñºƒ²

RecvTensorŸØ·ñºƒ •>(•>:
"€ € B~[4096B] edge_84_bn4a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŸØ·ñºƒ¹

RecvTensor¢Ø·ñºƒ >(>:"€€@€€@B‚[1.0MB] edge_85_res4b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¢Ø·ñºƒµ

RecvTensor¥Ø·ñºƒ ÷h(÷h:
"€€B€[1024B] edge_86_bn4b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¥Ø·ñºƒ³

RecvTensor¨Ø·ñºƒ …b(…b:
"€€B[1024B] edge_87_bn4b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¨Ø·ñºƒ»

RecvTensor«Ø·ñºƒ b(b:"
€€€€B‚[2.2MB] edge_88_res4b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H«Ø·ñºƒµ

RecvTensor­Ø·ñºƒ ÌR(ÌR:
"€€B€[1024B] edge_89_bn4b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H­Ø·ñºƒ³

RecvTensor°Ø·ñºƒ …>(…>:
"€€B[1024B] edge_90_bn4b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H°Ø·ñºƒ¹

RecvTensor³Ø·ñºƒ Ôo(Ôo:"€€@€€@B‚[1.0MB] edge_91_res4b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H³Ø·ñºƒµ

RecvTensor¶Ø·ñºƒ „(„:
"€ € B€[4096B] edge_92_bn4b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¶Ø·ñºƒ³

RecvTensor¹Ø·ñºƒ âh(âh:
"€ € B[4096B] edge_93_bn4b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¹Ø·ñºƒ¹

RecvTensor¼Ø·ñºƒ Üh(Üh:"€€@€€@B‚[1.0MB] edge_94_res4c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¼Ø·ñºƒµ

RecvTensor¿Ø·ñºƒ ü~(ü~:
"€€B€[1024B] edge_95_bn4c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¿Ø·ñºƒµ

RecvTensorÂØ·ñºƒ é…(é…:
"€€B[1024B] edge_96_bn4c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÂØ·ñºƒ»

RecvTensorÅØ·ñºƒ ñ~(ñ~:"
€€€€B‚[2.2MB] edge_97_res4c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÅØ·ñºƒµ

RecvTensorÈØ·ñºƒ ÷~(÷~:
"€€B€[1024B] edge_98_bn4c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÈØ·ñºƒµ

RecvTensorËØ·ñºƒ á…(á…:
"€€B[1024B] edge_99_bn4c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HËØ·ñºƒ¼

RecvTensorÎØ·ñºƒ Û…(Û…:"€€@€€@Bƒ[1.0MB] edge_100_res4c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÎØ·ñºƒ¸

RecvTensorÑØ·ñºƒ Ş…(Ş…:
"€ € B[4096B] edge_101_bn4c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÑØ·ñºƒµ

RecvTensorÔØ·ñºƒ ê~(ê~:
"€ € B€[4096B] edge_102_bn4c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÔØ·ñºƒ¼

RecvTensor×Ø·ñºƒ ËŒ(ËŒ:"€€@€€@Bƒ[1.0MB] edge_103_res4d_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H×Ø·ñºƒ¸

RecvTensorÚØ·ñºƒ İ…(İ…:
"€€B[1024B] edge_104_bn4d_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÚØ·ñºƒ·

RecvTensorİØ·ñºƒ Í…(Í…:
"€€B€[1024B] edge_105_bn4d_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HİØ·ñºƒ¾

RecvTensoráØ·ñºƒ ğ›(ğ›:"
€€€€Bƒ[2.2MB] edge_106_res4d_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HáØ·ñºƒ¸

RecvTensoräØ·ñºƒ Û¢(Û¢:
"€€B[1024B] edge_107_bn4d_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HäØ·ñºƒ·

RecvTensorçØ·ñºƒ ë›(ë›:
"€€B€[1024B] edge_108_bn4d_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HçØ·ñºƒ¼

RecvTensorêØ·ñºƒ Ó¢(Ó¢:"€€@€€@Bƒ[1.0MB] edge_109_res4d_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HêØ·ñºƒ¸

RecvTensoríØ·ñºƒ É…(É…:
"€ € B[4096B] edge_110_bn4d_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HíØ·ñºƒ·

RecvTensorğØ·ñºƒ Ã…(Ã…:
"€ € B€[4096B] edge_111_bn4d_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HğØ·ñºƒ¼

RecvTensoróØ·ñºƒ È(È:"€€@€€@Bƒ[1.0MB] edge_112_res4e_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HóØ·ñºƒ¸

RecvTensorõØ·ñºƒ É¢(É¢:
"€€B[1024B] edge_113_bn4e_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HõØ·ñºƒ·

RecvTensorùØ·ñºƒ Æ¢(Æ¢:
"€€B€[1024B] edge_114_bn4e_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HùØ·ñºƒ¾

RecvTensorüØ·ñºƒ õ±(õ±:"
€€€€Bƒ[2.2MB] edge_115_res4e_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HüØ·ñºƒ¸

RecvTensorÿØ·ñºƒ ö±(ö±:
"€€B[1024B] edge_116_bn4e_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÿØ·ñºƒ·

RecvTensor‚Ù·ñºƒ ¾¢(¾¢:
"€€B€[1024B] edge_117_bn4e_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‚Ù·ñºƒ¼

RecvTensor…Ù·ñºƒ äÕ(äÕ:"€€@€€@Bƒ[1.0MB] edge_118_res4e_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H…Ù·ñºƒ¸

RecvTensorˆÙ·ñºƒ öÎ(öÎ:
"€ € B[4096B] edge_119_bn4e_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HˆÙ·ñºƒ·

RecvTensor‹Ù·ñºƒ é±(é±:
"€ € B€[4096B] edge_120_bn4e_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‹Ù·ñºƒ¼

RecvTensorÙ·ñºƒ  ê( ê:"€€@€€@Bƒ[1.0MB] edge_121_res4f_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÙ·ñºƒ¸

RecvTensor‘Ù·ñºƒ ÙÕ(ÙÕ:
"€€B[1024B] edge_122_bn4f_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‘Ù·ñºƒ·

RecvTensor”Ù·ñºƒ ­¢(­¢:
"€€B€[1024B] edge_123_bn4f_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H”Ù·ñºƒ¾

RecvTensor—Ù·ñºƒ Á(Á:"
€€€€Bƒ[2.2MB] edge_124_res4f_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H—Ù·ñºƒ¸

RecvTensoršÙ·ñºƒ ÑÕ(ÑÕ:
"€€B[1024B] edge_125_bn4f_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HšÙ·ñºƒ·

RecvTensorœÙ·ñºƒ ôÇ(ôÇ:
"€€B€[1024B] edge_126_bn4f_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HœÙ·ñºƒ¼

RecvTensor Ù·ñºƒ ÛÎ(ÛÎ:"€€@€€@Bƒ[1.0MB] edge_127_res4f_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H Ù·ñºƒ¸

RecvTensor£Ù·ñºƒ Ä…(Ä…:
"€ € B[4096B] edge_128_bn4f_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H£Ù·ñºƒ·

RecvTensor¥Ù·ñºƒ ÉÕ(ÉÕ:
"€ € B€[4096B] edge_129_bn4f_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¥Ù·ñºƒ¾

RecvTensor¨Ù·ñºƒ ›ã(›ã:"
€€€€€€Bƒ[2.0MB] edge_130_res5a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¨Ù·ñºƒ¸

RecvTensor«Ù·ñºƒ ¹…(¹…:
"€€B[2048B] edge_131_bn5a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H«Ù·ñºƒ·

RecvTensor®Ù·ñºƒ ‚ê(‚ê:
"€€B€[2048B] edge_132_bn5a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H®Ù·ñºƒ¾

RecvTensor±Ù·ñºƒ öÂ(öÂ:"
€€À€€ÀBƒ[9.0MB] edge_133_res5a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H±Ù·ñºƒ¸

RecvTensor´Ù·ñºƒ ®…(®…:
"€€B[2048B] edge_134_bn5a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H´Ù·ñºƒ·

RecvTensor·Ù·ñºƒ Ã(Ã:
"€€B€[2048B] edge_135_bn5a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H·Ù·ñºƒ¾

RecvTensorºÙ·ñºƒ §…(§…:"
€€€€€€Bƒ[4.0MB] edge_136_res5a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HºÙ·ñºƒ¸

RecvTensor½Ù·ñºƒ ğÂ(ğÂ:
"€@€@B[8192B] edge_137_bn5a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H½Ù·ñºƒ·

RecvTensorÀÙ·ñºƒ öé(öé:
"€@€@B€[8192B] edge_138_bn5a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÀÙ·ñºƒ½

RecvTensorÃÙ·ñºƒ ü”(ü”:"
€€€€€€B‚[8.0MB] edge_139_res5a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÃÙ·ñºƒ·

RecvTensorÆÙ·ñºƒ ğÂ(ğÂ:
"€@€@B€[8192B] edge_140_bn5a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÆÙ·ñºƒµ

RecvTensorÉÙ·ñºƒ ı”(ı”:
"€@€@B[8192B] edge_141_bn5a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÉÙ·ñºƒ¾

RecvTensorÌÙ·ñºƒ Ş(Ş:"
€€€€€€Bƒ[4.0MB] edge_142_res5b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÌÙ·ñºƒ¸

RecvTensorÏÙ·ñºƒ œŞ(œŞ:
"€€B[2048B] edge_143_bn5b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÏÙ·ñºƒ·

RecvTensorÒÙ·ñºƒ İÂ(İÂ:
"€€B€[2048B] edge_144_bn5b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÒÙ·ñºƒ¾

RecvTensorÕÙ·ñºƒ °Ò(°Ò:"
€€À€€ÀBƒ[9.0MB] edge_145_res5b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÕÙ·ñºƒ¸

RecvTensorØÙ·ñºƒ Üí(Üí:
"€€B[2048B] edge_146_bn5b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HØÙ·ñºƒ·

RecvTensorÛÙ·ñºƒ Öí(Öí:
"€€B€[2048B] edge_147_bn5b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÛÙ·ñºƒ¾

RecvTensorŞÙ·ñºƒ ‰(‰:"
€€€€€€Bƒ[4.0MB] edge_148_res5b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŞÙ·ñºƒ¸

RecvTensoráÙ·ñºƒ ŞÂ(ŞÂ:
"€@€@B[8192B] edge_149_bn5b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HáÙ·ñºƒ·

RecvTensoräÙ·ñºƒ ‚‰(‚‰:
"€@€@B€[8192B] edge_150_bn5b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HäÙ·ñºƒ¾

RecvTensorçÙ·ñºƒ Èí(Èí:"
€€€€€€Bƒ[4.0MB] edge_151_res5c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HçÙ·ñºƒ¸

RecvTensorêÙ·ñºƒ èá(èá:
"€€B[2048B] edge_152_bn5c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HêÙ·ñºƒ·

RecvTensoríÙ·ñºƒ Æí(Æí:
"€€B€[2048B] edge_153_bn5c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HíÙ·ñºƒ¾

RecvTensorğÙ·ñºƒ µÆ(µÆ:"
€€À€€ÀBƒ[9.0MB] edge_154_res5c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HğÙ·ñºƒ¸

RecvTensoróÙ·ñºƒ Şá(Şá:
"€€B[2048B] edge_155_bn5c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HóÙ·ñºƒ·

RecvTensorõÙ·ñºƒ š—(š—:
"€€B€[2048B] edge_156_bn5c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HõÙ·ñºƒ¾

RecvTensorøÙ·ñºƒ ×á(×á:"
€€€€€€Bƒ[4.0MB] edge_157_res5c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HøÙ·ñºƒ¸

RecvTensorûÙ·ñºƒ âá(âá:
"€@€@B[8192B] edge_158_bn5c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HûÙ·ñºƒ·

RecvTensorşÙ·ñºƒ ˜—(˜—:
"€@€@B€[8192B] edge_159_bn5c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HşÙ·ñºƒµ

RecvTensor‚Ú·ñºƒ ‹—(‹—:"
€€ô€€ôB{[7.8MB] edge_160_fc1000/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‚Ú·ñºƒ¯

RecvTensor…Ú·ñºƒ Ñá(Ñá:
"  By[4000B] edge_161_fc1000/bias/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H…Ú·ñºƒ\
conv1/Conv2D˜×·ñºƒ ğ(ğB2conv1/Conv2D = Conv2D(input, conv1/kernel/read_S1)H˜×·ñºƒP 
bn_conv1/FusedBatchNormV3ˆİ·ñºƒ Ã(ÃBibn_conv1/FusedBatchNormV3 = FusedBatchNormV3(conv1/Conv2D, bn_conv1/gamma/read_S2, bn_conv1/beta/read_S3)Hˆİ·ñºƒP^
conv1_relu/ReluËà·ñºƒ ¢(¢B1conv1_relu/Relu = Relu(bn_conv1/FusedBatchNormV3)HËà·ñºƒPS
pool1/MaxPoolíâ·ñºƒ Å(ÅB(pool1/MaxPool = MaxPool(conv1_relu/Relu)Híâ·ñºƒP}
res2a_branch2a/Conv2D²ä·ñºƒ \(\BLres2a_branch2a/Conv2D = Conv2D(pool1/MaxPool, res2a_branch2a/kernel/read_S4)H²ä·ñºƒP¼
bn2a_branch2a/FusedBatchNormV3å·ñºƒ |(|Bbn2a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch2a/Conv2D, bn2a_branch2a/gamma/read_S5, bn2a_branch2a/beta/read_S6)Hå·ñºƒPs
res2a_branch2a_relu/ReluŠæ·ñºƒ P(PB?res2a_branch2a_relu/Relu = Relu(bn2a_branch2a/FusedBatchNormV3)HŠæ·ñºƒPŠ
res2a_branch2b/Conv2DÚæ·ñºƒ ì(ìBWres2a_branch2b/Conv2D = Conv2D(res2a_branch2a_relu/Relu, res2a_branch2b/kernel/read_S7)HÚæ·ñºƒP¼
bn2a_branch2b/FusedBatchNormV3Æì·ñºƒ }(}Bbn2a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch2b/Conv2D, bn2a_branch2b/gamma/read_S8, bn2a_branch2b/beta/read_S9)HÆì·ñºƒPs
res2a_branch2b_relu/ReluÃí·ñºƒ T(TB?res2a_branch2b_relu/Relu = Relu(bn2a_branch2b/FusedBatchNormV3)HÃí·ñºƒP‹
res2a_branch2c/Conv2D—î·ñºƒ Ô(ÔBXres2a_branch2c/Conv2D = Conv2D(res2a_branch2b_relu/Relu, res2a_branch2c/kernel/read_S10)H—î·ñºƒPÀ
bn2a_branch2c/FusedBatchNormV3ëğ·ñºƒ Ö(ÖBƒbn2a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch2c/Conv2D, bn2a_branch2c/gamma/read_S11, bn2a_branch2c/beta/read_S12)Hëğ·ñºƒP}
res2a_branch1/Conv2DÁô·ñºƒ É(ÉBKres2a_branch1/Conv2D = Conv2D(pool1/MaxPool, res2a_branch1/kernel/read_S13)HÁô·ñºƒPº
bn2a_branch1/FusedBatchNormV3Š÷·ñºƒ Å(ÅBbn2a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch1/Conv2D, bn2a_branch1/gamma/read_S14, bn2a_branch1/beta/read_S15)HŠ÷·ñºƒPw
	res2a/addÏú·ñºƒ º(ºBPres2a/add = AddV2(bn2a_branch2c/FusedBatchNormV3, bn2a_branch1/FusedBatchNormV3)HÏú·ñºƒPN
res2a_relu/Relu‰ş·ñºƒ ¬(¬B!res2a_relu/Relu = Relu(res2a/add)H‰ş·ñºƒP‚
res2b_branch2a/Conv2Dµ€¸ñºƒ Ò(ÒBOres2b_branch2a/Conv2D = Conv2D(res2a_relu/Relu, res2b_branch2a/kernel/read_S16)Hµ€¸ñºƒP¾
bn2b_branch2a/FusedBatchNormV3‡ƒ¸ñºƒ y(yBƒbn2b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res2b_branch2a/Conv2D, bn2b_branch2a/gamma/read_S17, bn2b_branch2a/beta/read_S18)H‡ƒ¸ñºƒPs
res2b_branch2a_relu/Relu€„¸ñºƒ P(PB?res2b_branch2a_relu/Relu = Relu(bn2b_branch2a/FusedBatchNormV3)H€„¸ñºƒP‹
res2b_branch2b/Conv2DĞ„¸ñºƒ ø(øBXres2b_branch2b/Conv2D = Conv2D(res2b_branch2a_relu/Relu, res2b_branch2b/kernel/read_S19)HĞ„¸ñºƒP¾
bn2b_branch2b/FusedBatchNormV3ÈŠ¸ñºƒ }(}Bƒbn2b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res2b_branch2b/Conv2D, bn2b_branch2b/gamma/read_S20, bn2b_branch2b/beta/read_S21)HÈŠ¸ñºƒPs
res2b_branch2b_relu/ReluÅ‹¸ñºƒ Q(QB?res2b_branch2b_relu/Relu = Relu(bn2b_branch2b/FusedBatchNormV3)HÅ‹¸ñºƒP‹
res2b_branch2c/Conv2D–Œ¸ñºƒ Î(ÎBXres2b_branch2c/Conv2D = Conv2D(res2b_branch2b_relu/Relu, res2b_branch2c/kernel/read_S22)H–Œ¸ñºƒPÀ
bn2b_branch2c/FusedBatchNormV3ä¸ñºƒ ¹(¹Bƒbn2b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res2b_branch2c/Conv2D, bn2b_branch2c/gamma/read_S23, bn2b_branch2c/beta/read_S24)Hä¸ñºƒPi
	res2b/add’¸ñºƒ Í(ÍBBres2b/add = AddV2(bn2b_branch2c/FusedBatchNormV3, res2a_relu/Relu)H’¸ñºƒPN
res2b_relu/Reluê•¸ñºƒ ¥(¥B!res2b_relu/Relu = Relu(res2b/add)Hê•¸ñºƒP‚
res2c_branch2a/Conv2D˜¸ñºƒ Ò(ÒBOres2c_branch2a/Conv2D = Conv2D(res2b_relu/Relu, res2c_branch2a/kernel/read_S25)H˜¸ñºƒP¾
bn2c_branch2a/FusedBatchNormV3áš¸ñºƒ z(zBƒbn2c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res2c_branch2a/Conv2D, bn2c_branch2a/gamma/read_S26, bn2c_branch2a/beta/read_S27)Háš¸ñºƒPs
res2c_branch2a_relu/ReluÛ›¸ñºƒ V(VB?res2c_branch2a_relu/Relu = Relu(bn2c_branch2a/FusedBatchNormV3)HÛ›¸ñºƒP‹
res2c_branch2b/Conv2D±œ¸ñºƒ ‘(‘BXres2c_branch2b/Conv2D = Conv2D(res2c_branch2a_relu/Relu, res2c_branch2b/kernel/read_S28)H±œ¸ñºƒP¾
bn2c_branch2b/FusedBatchNormV3Â¢¸ñºƒ z(zBƒbn2c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res2c_branch2b/Conv2D, bn2c_branch2b/gamma/read_S29, bn2c_branch2b/beta/read_S30)HÂ¢¸ñºƒPs
res2c_branch2b_relu/Relu¼£¸ñºƒ R(RB?res2c_branch2b_relu/Relu = Relu(bn2c_branch2b/FusedBatchNormV3)H¼£¸ñºƒP‹
res2c_branch2c/Conv2D¤¸ñºƒ à(àBXres2c_branch2c/Conv2D = Conv2D(res2c_branch2b_relu/Relu, res2c_branch2c/kernel/read_S31)H¤¸ñºƒPÀ
bn2c_branch2c/FusedBatchNormV3î¦¸ñºƒ Å(ÅBƒbn2c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res2c_branch2c/Conv2D, bn2c_branch2c/gamma/read_S32, bn2c_branch2c/beta/read_S33)Hî¦¸ñºƒPi
	res2c/add³ª¸ñºƒ ¿(¿BBres2c/add = AddV2(bn2c_branch2c/FusedBatchNormV3, res2b_relu/Relu)H³ª¸ñºƒPN
res2c_relu/Reluò­¸ñºƒ ¿(¿B!res2c_relu/Relu = Relu(res2c/add)Hò­¸ñºƒP‚
res3a_branch2a/Conv2D±°¸ñºƒ  ( BOres3a_branch2a/Conv2D = Conv2D(res2c_relu/Relu, res3a_branch2a/kernel/read_S34)H±°¸ñºƒPÀ
bn3a_branch2a/FusedBatchNormV3Ñµ¸ñºƒ ì(ìBƒbn3a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch2a/Conv2D, bn3a_branch2a/gamma/read_S35, bn3a_branch2a/beta/read_S36)HÑµ¸ñºƒPu
res3a_branch2a_relu/Relu½·¸ñºƒ š(šB?res3a_branch2a_relu/Relu = Relu(bn3a_branch2a/FusedBatchNormV3)H½·¸ñºƒP‹
res3a_branch2b/Conv2D×¸¸ñºƒ ö(öBXres3a_branch2b/Conv2D = Conv2D(res3a_branch2a_relu/Relu, res3a_branch2b/kernel/read_S37)H×¸¸ñºƒP¾
bn3a_branch2b/FusedBatchNormV3Í¾¸ñºƒ >(>Bƒbn3a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch2b/Conv2D, bn3a_branch2b/gamma/read_S38, bn3a_branch2b/beta/read_S39)HÍ¾¸ñºƒPs
res3a_branch2b_relu/Relu‹¿¸ñºƒ *(*B?res3a_branch2b_relu/Relu = Relu(bn3a_branch2b/FusedBatchNormV3)H‹¿¸ñºƒP‹
res3a_branch2c/Conv2Dµ¿¸ñºƒ İ(İBXres3a_branch2c/Conv2D = Conv2D(res3a_branch2b_relu/Relu, res3a_branch2c/kernel/read_S40)Hµ¿¸ñºƒPÀ
bn3a_branch2c/FusedBatchNormV3’Â¸ñºƒ ê(êBƒbn3a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch2c/Conv2D, bn3a_branch2c/gamma/read_S41, bn3a_branch2c/beta/read_S42)H’Â¸ñºƒP
res3a_branch1/Conv2DüÃ¸ñºƒ ¢(¢BMres3a_branch1/Conv2D = Conv2D(res2c_relu/Relu, res3a_branch1/kernel/read_S43)HüÃ¸ñºƒPº
bn3a_branch1/FusedBatchNormV3É¸ñºƒ ï(ïBbn3a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch1/Conv2D, bn3a_branch1/gamma/read_S44, bn3a_branch1/beta/read_S45)HÉ¸ñºƒPw
	res3a/addË¸ñºƒ ñ(ñBPres3a/add = AddV2(bn3a_branch2c/FusedBatchNormV3, bn3a_branch1/FusedBatchNormV3)HË¸ñºƒPN
res3a_relu/ReluşÌ¸ñºƒ (B!res3a_relu/Relu = Relu(res3a/add)HşÌ¸ñºƒP‚
res3b_branch2a/Conv2DÎ¸ñºƒ ë(ëBOres3b_branch2a/Conv2D = Conv2D(res3a_relu/Relu, res3b_branch2a/kernel/read_S46)HÎ¸ñºƒP¾
bn3b_branch2a/FusedBatchNormV3ùĞ¸ñºƒ <(<Bƒbn3b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3b_branch2a/Conv2D, bn3b_branch2a/gamma/read_S47, bn3b_branch2a/beta/read_S48)HùĞ¸ñºƒPs
res3b_branch2a_relu/ReluµÑ¸ñºƒ /(/B?res3b_branch2a_relu/Relu = Relu(bn3b_branch2a/FusedBatchNormV3)HµÑ¸ñºƒP‹
res3b_branch2b/Conv2DäÑ¸ñºƒ œ(œBXres3b_branch2b/Conv2D = Conv2D(res3b_branch2a_relu/Relu, res3b_branch2b/kernel/read_S49)HäÑ¸ñºƒP¾
bn3b_branch2b/FusedBatchNormV3€Ø¸ñºƒ A(ABƒbn3b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3b_branch2b/Conv2D, bn3b_branch2b/gamma/read_S50, bn3b_branch2b/beta/read_S51)H€Ø¸ñºƒPs
res3b_branch2b_relu/ReluÁØ¸ñºƒ .(.B?res3b_branch2b_relu/Relu = Relu(bn3b_branch2b/FusedBatchNormV3)HÁØ¸ñºƒP‹
res3b_branch2c/Conv2DïØ¸ñºƒ Ù(ÙBXres3b_branch2c/Conv2D = Conv2D(res3b_branch2b_relu/Relu, res3b_branch2c/kernel/read_S52)HïØ¸ñºƒPÀ
bn3b_branch2c/FusedBatchNormV3ÈÛ¸ñºƒ ß(ßBƒbn3b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3b_branch2c/Conv2D, bn3b_branch2c/gamma/read_S53, bn3b_branch2c/beta/read_S54)HÈÛ¸ñºƒPi
	res3b/add§İ¸ñºƒ è(èBBres3b/add = AddV2(bn3b_branch2c/FusedBatchNormV3, res3a_relu/Relu)H§İ¸ñºƒPN
res3b_relu/Reluß¸ñºƒ (B!res3b_relu/Relu = Relu(res3b/add)Hß¸ñºƒP‚
res3c_branch2a/Conv2D¬à¸ñºƒ Ï(ÏBOres3c_branch2a/Conv2D = Conv2D(res3b_relu/Relu, res3c_branch2a/kernel/read_S55)H¬à¸ñºƒP¾
bn3c_branch2a/FusedBatchNormV3ûâ¸ñºƒ ?(?Bƒbn3c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3c_branch2a/Conv2D, bn3c_branch2a/gamma/read_S56, bn3c_branch2a/beta/read_S57)Hûâ¸ñºƒPs
res3c_branch2a_relu/Reluºã¸ñºƒ 1(1B?res3c_branch2a_relu/Relu = Relu(bn3c_branch2a/FusedBatchNormV3)Hºã¸ñºƒP‹
res3c_branch2b/Conv2Dëã¸ñºƒ –(–BXres3c_branch2b/Conv2D = Conv2D(res3c_branch2a_relu/Relu, res3c_branch2b/kernel/read_S58)Hëã¸ñºƒP¾
bn3c_branch2b/FusedBatchNormV3ê¸ñºƒ ?(?Bƒbn3c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3c_branch2b/Conv2D, bn3c_branch2b/gamma/read_S59, bn3c_branch2b/beta/read_S60)Hê¸ñºƒPs
res3c_branch2b_relu/ReluÀê¸ñºƒ ,(,B?res3c_branch2b_relu/Relu = Relu(bn3c_branch2b/FusedBatchNormV3)HÀê¸ñºƒP‹
res3c_branch2c/Conv2Dìê¸ñºƒ Ü(ÜBXres3c_branch2c/Conv2D = Conv2D(res3c_branch2b_relu/Relu, res3c_branch2c/kernel/read_S61)Hìê¸ñºƒPÀ
bn3c_branch2c/FusedBatchNormV3Èí¸ñºƒ í(íBƒbn3c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3c_branch2c/Conv2D, bn3c_branch2c/gamma/read_S62, bn3c_branch2c/beta/read_S63)HÈí¸ñºƒPi
	res3c/addµï¸ñºƒ á(áBBres3c/add = AddV2(bn3c_branch2c/FusedBatchNormV3, res3b_relu/Relu)Hµï¸ñºƒPN
res3c_relu/Relu–ñ¸ñºƒ Ÿ(ŸB!res3c_relu/Relu = Relu(res3c/add)H–ñ¸ñºƒP‚
res3d_branch2a/Conv2Dµò¸ñºƒ İ(İBOres3d_branch2a/Conv2D = Conv2D(res3c_relu/Relu, res3d_branch2a/kernel/read_S64)Hµò¸ñºƒP¾
bn3d_branch2a/FusedBatchNormV3’õ¸ñºƒ =(=Bƒbn3d_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3d_branch2a/Conv2D, bn3d_branch2a/gamma/read_S65, bn3d_branch2a/beta/read_S66)H’õ¸ñºƒPs
res3d_branch2a_relu/ReluÏõ¸ñºƒ .(.B?res3d_branch2a_relu/Relu = Relu(bn3d_branch2a/FusedBatchNormV3)HÏõ¸ñºƒP‹
res3d_branch2b/Conv2Dıõ¸ñºƒ ß(ßBXres3d_branch2b/Conv2D = Conv2D(res3d_branch2a_relu/Relu, res3d_branch2b/kernel/read_S67)Hıõ¸ñºƒP¾
bn3d_branch2b/FusedBatchNormV3Üû¸ñºƒ D(DBƒbn3d_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3d_branch2b/Conv2D, bn3d_branch2b/gamma/read_S68, bn3d_branch2b/beta/read_S69)HÜû¸ñºƒPs
res3d_branch2b_relu/Relu ü¸ñºƒ -(-B?res3d_branch2b_relu/Relu = Relu(bn3d_branch2b/FusedBatchNormV3)H ü¸ñºƒP‹
res3d_branch2c/Conv2DÍü¸ñºƒ ñ(ñBXres3d_branch2c/Conv2D = Conv2D(res3d_branch2b_relu/Relu, res3d_branch2c/kernel/read_S70)HÍü¸ñºƒPÀ
bn3d_branch2c/FusedBatchNormV3¾ÿ¸ñºƒ ê(êBƒbn3d_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3d_branch2c/Conv2D, bn3d_branch2c/gamma/read_S71, bn3d_branch2c/beta/read_S72)H¾ÿ¸ñºƒPi
	res3d/add¨¹ñºƒ ä(äBBres3d/add = AddV2(bn3d_branch2c/FusedBatchNormV3, res3c_relu/Relu)H¨¹ñºƒPN
res3d_relu/ReluŒƒ¹ñºƒ  ( B!res3d_relu/Relu = Relu(res3d/add)HŒƒ¹ñºƒP‚
res4a_branch2a/Conv2D¬„¹ñºƒ Õ(ÕBOres4a_branch2a/Conv2D = Conv2D(res3d_relu/Relu, res4a_branch2a/kernel/read_S73)H¬„¹ñºƒP¾
bn4a_branch2a/FusedBatchNormV3Š¹ñºƒ w(wBƒbn4a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch2a/Conv2D, bn4a_branch2a/gamma/read_S74, bn4a_branch2a/beta/read_S75)HŠ¹ñºƒPs
res4a_branch2a_relu/ReluøŠ¹ñºƒ P(PB?res4a_branch2a_relu/Relu = Relu(bn4a_branch2a/FusedBatchNormV3)HøŠ¹ñºƒP‹
res4a_branch2b/Conv2DÈ‹¹ñºƒ î(îBXres4a_branch2b/Conv2D = Conv2D(res4a_branch2a_relu/Relu, res4a_branch2b/kernel/read_S76)HÈ‹¹ñºƒP¾
bn4a_branch2b/FusedBatchNormV3¶‘¹ñºƒ &(&Bƒbn4a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch2b/Conv2D, bn4a_branch2b/gamma/read_S77, bn4a_branch2b/beta/read_S78)H¶‘¹ñºƒPs
res4a_branch2b_relu/ReluÜ‘¹ñºƒ (B?res4a_branch2b_relu/Relu = Relu(bn4a_branch2b/FusedBatchNormV3)HÜ‘¹ñºƒP‹
res4a_branch2c/Conv2Dö‘¹ñºƒ â(âBXres4a_branch2c/Conv2D = Conv2D(res4a_branch2b_relu/Relu, res4a_branch2c/kernel/read_S79)Hö‘¹ñºƒP¾
bn4a_branch2c/FusedBatchNormV3Ø”¹ñºƒ y(yBƒbn4a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch2c/Conv2D, bn4a_branch2c/gamma/read_S80, bn4a_branch2c/beta/read_S81)HØ”¹ñºƒP
res4a_branch1/Conv2DÑ•¹ñºƒ  ( BMres4a_branch1/Conv2D = Conv2D(res3d_relu/Relu, res4a_branch1/kernel/read_S82)HÑ•¹ñºƒP¸
bn4a_branch1/FusedBatchNormV3ñš¹ñºƒ z(zBbn4a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch1/Conv2D, bn4a_branch1/gamma/read_S83, bn4a_branch1/beta/read_S84)Hñš¹ñºƒPu
	res4a/addë›¹ñºƒ y(yBPres4a/add = AddV2(bn4a_branch2c/FusedBatchNormV3, bn4a_branch1/FusedBatchNormV3)Hë›¹ñºƒPL
res4a_relu/Reluäœ¹ñºƒ S(SB!res4a_relu/Relu = Relu(res4a/add)Häœ¹ñºƒP‚
res4b_branch2a/Conv2D·¹ñºƒ Ğ(ĞBOres4b_branch2a/Conv2D = Conv2D(res4a_relu/Relu, res4b_branch2a/kernel/read_S85)H·¹ñºƒP¾
bn4b_branch2a/FusedBatchNormV3‡ ¹ñºƒ %(%Bƒbn4b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4b_branch2a/Conv2D, bn4b_branch2a/gamma/read_S86, bn4b_branch2a/beta/read_S87)H‡ ¹ñºƒPs
res4b_branch2a_relu/Relu¬ ¹ñºƒ (B?res4b_branch2a_relu/Relu = Relu(bn4b_branch2a/FusedBatchNormV3)H¬ ¹ñºƒP‹
res4b_branch2b/Conv2DÅ ¹ñºƒ ü(üBXres4b_branch2b/Conv2D = Conv2D(res4b_branch2a_relu/Relu, res4b_branch2b/kernel/read_S88)HÅ ¹ñºƒP¾
bn4b_branch2b/FusedBatchNormV3Á¦¹ñºƒ $($Bƒbn4b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4b_branch2b/Conv2D, bn4b_branch2b/gamma/read_S89, bn4b_branch2b/beta/read_S90)HÁ¦¹ñºƒPs
res4b_branch2b_relu/Reluå¦¹ñºƒ (B?res4b_branch2b_relu/Relu = Relu(bn4b_branch2b/FusedBatchNormV3)Hå¦¹ñºƒP‹
res4b_branch2c/Conv2D€§¹ñºƒ á(áBXres4b_branch2c/Conv2D = Conv2D(res4b_branch2b_relu/Relu, res4b_branch2c/kernel/read_S91)H€§¹ñºƒP¾
bn4b_branch2c/FusedBatchNormV3á©¹ñºƒ q(qBƒbn4b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4b_branch2c/Conv2D, bn4b_branch2c/gamma/read_S92, bn4b_branch2c/beta/read_S93)Há©¹ñºƒPg
	res4b/addÒª¹ñºƒ {({BBres4b/add = AddV2(bn4b_branch2c/FusedBatchNormV3, res4a_relu/Relu)HÒª¹ñºƒPL
res4b_relu/ReluÍ«¹ñºƒ P(PB!res4b_relu/Relu = Relu(res4b/add)HÍ«¹ñºƒP‚
res4c_branch2a/Conv2D¬¹ñºƒ Ñ(ÑBOres4c_branch2a/Conv2D = Conv2D(res4b_relu/Relu, res4c_branch2a/kernel/read_S94)H¬¹ñºƒP¾
bn4c_branch2a/FusedBatchNormV3î®¹ñºƒ %(%Bƒbn4c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4c_branch2a/Conv2D, bn4c_branch2a/gamma/read_S95, bn4c_branch2a/beta/read_S96)Hî®¹ñºƒPs
res4c_branch2a_relu/Relu“¯¹ñºƒ (B?res4c_branch2a_relu/Relu = Relu(bn4c_branch2a/FusedBatchNormV3)H“¯¹ñºƒP‹
res4c_branch2b/Conv2D¬¯¹ñºƒ å(åBXres4c_branch2b/Conv2D = Conv2D(res4c_branch2a_relu/Relu, res4c_branch2b/kernel/read_S97)H¬¯¹ñºƒP¾
bn4c_branch2b/FusedBatchNormV3‘µ¹ñºƒ $($Bƒbn4c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4c_branch2b/Conv2D, bn4c_branch2b/gamma/read_S98, bn4c_branch2b/beta/read_S99)H‘µ¹ñºƒPs
res4c_branch2b_relu/Reluµµ¹ñºƒ (B?res4c_branch2b_relu/Relu = Relu(bn4c_branch2b/FusedBatchNormV3)Hµµ¹ñºƒPŒ
res4c_branch2c/Conv2DĞµ¹ñºƒ Õ(ÕBYres4c_branch2c/Conv2D = Conv2D(res4c_branch2b_relu/Relu, res4c_branch2c/kernel/read_S100)HĞµ¹ñºƒPÀ
bn4c_branch2c/FusedBatchNormV3¥¸¹ñºƒ {({B…bn4c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4c_branch2c/Conv2D, bn4c_branch2c/gamma/read_S101, bn4c_branch2c/beta/read_S102)H¥¸¹ñºƒPg
	res4c/add ¹¹ñºƒ y(yBBres4c/add = AddV2(bn4c_branch2c/FusedBatchNormV3, res4b_relu/Relu)H ¹¹ñºƒPL
res4c_relu/Relu™º¹ñºƒ S(SB!res4c_relu/Relu = Relu(res4c/add)H™º¹ñºƒPƒ
res4d_branch2a/Conv2Dìº¹ñºƒ é(éBPres4d_branch2a/Conv2D = Conv2D(res4c_relu/Relu, res4d_branch2a/kernel/read_S103)Hìº¹ñºƒPÀ
bn4d_branch2a/FusedBatchNormV3Õ½¹ñºƒ %(%B…bn4d_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4d_branch2a/Conv2D, bn4d_branch2a/gamma/read_S104, bn4d_branch2a/beta/read_S105)HÕ½¹ñºƒPs
res4d_branch2a_relu/Reluú½¹ñºƒ (B?res4d_branch2a_relu/Relu = Relu(bn4d_branch2a/FusedBatchNormV3)Hú½¹ñºƒPŒ
res4d_branch2b/Conv2D•¾¹ñºƒ …(…BYres4d_branch2b/Conv2D = Conv2D(res4d_branch2a_relu/Relu, res4d_branch2b/kernel/read_S106)H•¾¹ñºƒPÀ
bn4d_branch2b/FusedBatchNormV3šÄ¹ñºƒ %(%B…bn4d_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4d_branch2b/Conv2D, bn4d_branch2b/gamma/read_S107, bn4d_branch2b/beta/read_S108)HšÄ¹ñºƒPs
res4d_branch2b_relu/Relu¿Ä¹ñºƒ (B?res4d_branch2b_relu/Relu = Relu(bn4d_branch2b/FusedBatchNormV3)H¿Ä¹ñºƒPŒ
res4d_branch2c/Conv2DÚÄ¹ñºƒ ×(×BYres4d_branch2c/Conv2D = Conv2D(res4d_branch2b_relu/Relu, res4d_branch2c/kernel/read_S109)HÚÄ¹ñºƒPÀ
bn4d_branch2c/FusedBatchNormV3±Ç¹ñºƒ v(vB…bn4d_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4d_branch2c/Conv2D, bn4d_branch2c/gamma/read_S110, bn4d_branch2c/beta/read_S111)H±Ç¹ñºƒPg
	res4d/add§È¹ñºƒ z(zBBres4d/add = AddV2(bn4d_branch2c/FusedBatchNormV3, res4c_relu/Relu)H§È¹ñºƒPL
res4d_relu/Relu¡É¹ñºƒ M(MB!res4d_relu/Relu = Relu(res4d/add)H¡É¹ñºƒPƒ
res4e_branch2a/Conv2DîÉ¹ñºƒ Ñ(ÑBPres4e_branch2a/Conv2D = Conv2D(res4d_relu/Relu, res4e_branch2a/kernel/read_S112)HîÉ¹ñºƒPÀ
bn4e_branch2a/FusedBatchNormV3¿Ì¹ñºƒ "("B…bn4e_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4e_branch2a/Conv2D, bn4e_branch2a/gamma/read_S113, bn4e_branch2a/beta/read_S114)H¿Ì¹ñºƒPs
res4e_branch2a_relu/ReluáÌ¹ñºƒ (B?res4e_branch2a_relu/Relu = Relu(bn4e_branch2a/FusedBatchNormV3)HáÌ¹ñºƒPŒ
res4e_branch2b/Conv2DüÌ¹ñºƒ …(…BYres4e_branch2b/Conv2D = Conv2D(res4e_branch2a_relu/Relu, res4e_branch2b/kernel/read_S115)HüÌ¹ñºƒPÀ
bn4e_branch2b/FusedBatchNormV3Ó¹ñºƒ #(#B…bn4e_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4e_branch2b/Conv2D, bn4e_branch2b/gamma/read_S116, bn4e_branch2b/beta/read_S117)HÓ¹ñºƒPs
res4e_branch2b_relu/Relu¤Ó¹ñºƒ (B?res4e_branch2b_relu/Relu = Relu(bn4e_branch2b/FusedBatchNormV3)H¤Ó¹ñºƒPŒ
res4e_branch2c/Conv2DÀÓ¹ñºƒ ã(ãBYres4e_branch2c/Conv2D = Conv2D(res4e_branch2b_relu/Relu, res4e_branch2c/kernel/read_S118)HÀÓ¹ñºƒPÀ
bn4e_branch2c/FusedBatchNormV3£Ö¹ñºƒ x(xB…bn4e_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4e_branch2c/Conv2D, bn4e_branch2c/gamma/read_S119, bn4e_branch2c/beta/read_S120)H£Ö¹ñºƒPg
	res4e/add›×¹ñºƒ }(}BBres4e/add = AddV2(bn4e_branch2c/FusedBatchNormV3, res4d_relu/Relu)H›×¹ñºƒPL
res4e_relu/Relu˜Ø¹ñºƒ S(SB!res4e_relu/Relu = Relu(res4e/add)H˜Ø¹ñºƒPƒ
res4f_branch2a/Conv2DëØ¹ñºƒ Ü(ÜBPres4f_branch2a/Conv2D = Conv2D(res4e_relu/Relu, res4f_branch2a/kernel/read_S121)HëØ¹ñºƒPÀ
bn4f_branch2a/FusedBatchNormV3ÇÛ¹ñºƒ %(%B…bn4f_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4f_branch2a/Conv2D, bn4f_branch2a/gamma/read_S122, bn4f_branch2a/beta/read_S123)HÇÛ¹ñºƒPs
res4f_branch2a_relu/ReluìÛ¹ñºƒ (B?res4f_branch2a_relu/Relu = Relu(bn4f_branch2a/FusedBatchNormV3)HìÛ¹ñºƒPŒ
res4f_branch2b/Conv2DˆÜ¹ñºƒ ”(”BYres4f_branch2b/Conv2D = Conv2D(res4f_branch2a_relu/Relu, res4f_branch2b/kernel/read_S124)HˆÜ¹ñºƒPÀ
bn4f_branch2b/FusedBatchNormV3œâ¹ñºƒ $($B…bn4f_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4f_branch2b/Conv2D, bn4f_branch2b/gamma/read_S125, bn4f_branch2b/beta/read_S126)Hœâ¹ñºƒPs
res4f_branch2b_relu/ReluÀâ¹ñºƒ (B?res4f_branch2b_relu/Relu = Relu(bn4f_branch2b/FusedBatchNormV3)HÀâ¹ñºƒPŒ
res4f_branch2c/Conv2DÛâ¹ñºƒ â(âBYres4f_branch2c/Conv2D = Conv2D(res4f_branch2b_relu/Relu, res4f_branch2c/kernel/read_S127)HÛâ¹ñºƒPÀ
bn4f_branch2c/FusedBatchNormV3½å¹ñºƒ {({B…bn4f_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4f_branch2c/Conv2D, bn4f_branch2c/gamma/read_S128, bn4f_branch2c/beta/read_S129)H½å¹ñºƒPg
	res4f/add¸æ¹ñºƒ |(|BBres4f/add = AddV2(bn4f_branch2c/FusedBatchNormV3, res4e_relu/Relu)H¸æ¹ñºƒPL
res4f_relu/Relu´ç¹ñºƒ Q(QB!res4f_relu/Relu = Relu(res4f/add)H´ç¹ñºƒPƒ
res5a_branch2a/Conv2D…è¹ñºƒ ñ(ñBPres5a_branch2a/Conv2D = Conv2D(res4f_relu/Relu, res5a_branch2a/kernel/read_S130)H…è¹ñºƒPÀ
bn5a_branch2a/FusedBatchNormV3öì¹ñºƒ D(DB…bn5a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch2a/Conv2D, bn5a_branch2a/gamma/read_S131, bn5a_branch2a/beta/read_S132)Höì¹ñºƒPs
res5a_branch2a_relu/Reluºí¹ñºƒ 0(0B?res5a_branch2a_relu/Relu = Relu(bn5a_branch2a/FusedBatchNormV3)Hºí¹ñºƒPŒ
res5a_branch2b/Conv2D§œºñºƒ ‚(‚BYres5a_branch2b/Conv2D = Conv2D(res5a_branch2a_relu/Relu, res5a_branch2b/kernel/read_S133)H§œºñºƒPÀ
bn5a_branch2b/FusedBatchNormV3©¢ºñºƒ (B…bn5a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch2b/Conv2D, bn5a_branch2b/gamma/read_S134, bn5a_branch2b/beta/read_S135)H©¢ºñºƒPs
res5a_branch2b_relu/Relu¿¢ºñºƒ (B?res5a_branch2b_relu/Relu = Relu(bn5a_branch2b/FusedBatchNormV3)H¿¢ºñºƒPŒ
res5a_branch2c/Conv2DĞ¢ºñºƒ å(åBYres5a_branch2c/Conv2D = Conv2D(res5a_branch2b_relu/Relu, res5a_branch2c/kernel/read_S136)HĞ¢ºñºƒPÀ
bn5a_branch2c/FusedBatchNormV3µ¥ºñºƒ C(CB…bn5a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch2c/Conv2D, bn5a_branch2c/gamma/read_S137, bn5a_branch2c/beta/read_S138)Hµ¥ºñºƒP€
res5a_branch1/Conv2D¿îºñºƒ —(—BNres5a_branch1/Conv2D = Conv2D(res4f_relu/Relu, res5a_branch1/kernel/read_S139)H¿îºñºƒP»
bn5a_branch1/FusedBatchNormV3Öóºñºƒ F(FBbn5a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch1/Conv2D, bn5a_branch1/gamma/read_S140, bn5a_branch1/beta/read_S141)HÖóºñºƒPu
	res5a/addœôºñºƒ B(BBPres5a/add = AddV2(bn5a_branch2c/FusedBatchNormV3, bn5a_branch1/FusedBatchNormV3)HœôºñºƒPL
res5a_relu/ReluŞôºñºƒ 0(0B!res5a_relu/Relu = Relu(res5a/add)HŞôºñºƒPƒ
res5b_branch2a/Conv2Dõºñºƒ Ì(ÌBPres5b_branch2a/Conv2D = Conv2D(res5a_relu/Relu, res5b_branch2a/kernel/read_S142)HõºñºƒPÀ
bn5b_branch2a/FusedBatchNormV3Ú÷ºñºƒ (B…bn5b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res5b_branch2a/Conv2D, bn5b_branch2a/gamma/read_S143, bn5b_branch2a/beta/read_S144)HÚ÷ºñºƒPs
res5b_branch2a_relu/Reluğ÷ºñºƒ (B?res5b_branch2a_relu/Relu = Relu(bn5b_branch2a/FusedBatchNormV3)Hğ÷ºñºƒPŒ
res5b_branch2b/Conv2D…¬»ñºƒ ä(äBYres5b_branch2b/Conv2D = Conv2D(res5b_branch2a_relu/Relu, res5b_branch2b/kernel/read_S145)H…¬»ñºƒPÀ
bn5b_branch2b/FusedBatchNormV3´Ç»ñºƒ (B…bn5b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res5b_branch2b/Conv2D, bn5b_branch2b/gamma/read_S146, bn5b_branch2b/beta/read_S147)H´Ç»ñºƒPs
res5b_branch2b_relu/ReluÊÇ»ñºƒ (B?res5b_branch2b_relu/Relu = Relu(bn5b_branch2b/FusedBatchNormV3)HÊÇ»ñºƒPŒ
res5b_branch2c/Conv2Dßâ»ñºƒ È(ÈBYres5b_branch2c/Conv2D = Conv2D(res5b_branch2b_relu/Relu, res5b_branch2c/kernel/read_S148)Hßâ»ñºƒPÀ
bn5b_branch2c/FusedBatchNormV3§å»ñºƒ B(BB…bn5b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res5b_branch2c/Conv2D, bn5b_branch2c/gamma/read_S149, bn5b_branch2c/beta/read_S150)H§å»ñºƒPg
	res5b/addéå»ñºƒ B(BBBres5b/add = AddV2(bn5b_branch2c/FusedBatchNormV3, res5a_relu/Relu)Héå»ñºƒPL
res5b_relu/Relu«æ»ñºƒ ,(,B!res5b_relu/Relu = Relu(res5b/add)H«æ»ñºƒPƒ
res5c_branch2a/Conv2D×æ»ñºƒ È(ÈBPres5c_branch2a/Conv2D = Conv2D(res5b_relu/Relu, res5c_branch2a/kernel/read_S151)H×æ»ñºƒPÀ
bn5c_branch2a/FusedBatchNormV3Ò»¼ñºƒ (B…bn5c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res5c_branch2a/Conv2D, bn5c_branch2a/gamma/read_S152, bn5c_branch2a/beta/read_S153)HÒ»¼ñºƒPs
res5c_branch2a_relu/Reluè»¼ñºƒ (B?res5c_branch2a_relu/Relu = Relu(bn5c_branch2a/FusedBatchNormV3)Hè»¼ñºƒPŒ
res5c_branch2b/Conv2Dú»¼ñºƒ Š(ŠBYres5c_branch2b/Conv2D = Conv2D(res5c_branch2a_relu/Relu, res5c_branch2b/kernel/read_S154)Hú»¼ñºƒPÀ
bn5c_branch2b/FusedBatchNormV3ñ¼ñºƒ (B…bn5c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res5c_branch2b/Conv2D, bn5c_branch2b/gamma/read_S155, bn5c_branch2b/beta/read_S156)Hñ¼ñºƒPs
res5c_branch2b_relu/Relu¥ñ¼ñºƒ (B?res5c_branch2b_relu/Relu = Relu(bn5c_branch2b/FusedBatchNormV3)H¥ñ¼ñºƒPŒ
res5c_branch2c/Conv2D·ñ¼ñºƒ Ş(ŞBYres5c_branch2c/Conv2D = Conv2D(res5c_branch2b_relu/Relu, res5c_branch2c/kernel/read_S157)H·ñ¼ñºƒPÀ
bn5c_branch2c/FusedBatchNormV3•ô¼ñºƒ =(=B…bn5c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res5c_branch2c/Conv2D, bn5c_branch2c/gamma/read_S158, bn5c_branch2c/beta/read_S159)H•ô¼ñºƒPg
	res5c/addÒô¼ñºƒ ?(?BBres5c/add = AddV2(bn5c_branch2c/FusedBatchNormV3, res5b_relu/Relu)HÒô¼ñºƒPL
res5c_relu/Relu‘õ¼ñºƒ ,(,B!res5c_relu/Relu = Relu(res5c/add)H‘õ¼ñºƒPN
avg_pool/Mean½õ¼ñºƒ (B%avg_pool/Mean = Mean(res5c_relu/Relu)H½õ¼ñºƒPg
fc1000/MatMul×õ¼ñºƒ (B>fc1000/MatMul = MatMul(avg_pool/Mean, fc1000/kernel/read_S160)H×õ¼ñºƒPh
fc1000/BiasAddìõ¼ñºƒ (B>fc1000/BiasAdd = BiasAdd(fc1000/MatMul, fc1000/bias/read_S161)Hìõ¼ñºƒP˜
"loss/SoftmaxCrossEntropyWithLogitsôõ¼ñºƒ 	(	BZloss/SoftmaxCrossEntropyWithLogits = SoftmaxCrossEntropyWithLogits(fc1000/BiasAdd, labels)Hôõ¼ñºƒPƒ
gradients/fc1000/bias_gradıõ¼ñºƒ 	(	BMgradients/fc1000/bias_grad = BackpropGrad(loss/SoftmaxCrossEntropyWithLogits)Hıõ¼ñºƒP
gradients/fc1000/kernel_grad†ö¼ñºƒ 6(6BGgradients/fc1000/kernel_grad = BackpropGrad(gradients/fc1000/bias_grad)H†ö¼ñºƒP‹
!gradients/bn5c_branch2c/beta_grad¼ö¼ñºƒ (BNgradients/bn5c_branch2c/beta_grad = BackpropGrad(gradients/fc1000/kernel_grad)H¼ö¼ñºƒP”
"gradients/bn5c_branch2c/gamma_gradÖö¼ñºƒ (BTgradients/bn5c_branch2c/gamma_grad = BackpropGrad(gradients/bn5c_branch2c/beta_grad)HÖö¼ñºƒP™
$gradients/res5c_branch2c/kernel_gradæ÷¼ñºƒ ¢(¢BWgradients/res5c_branch2c/kernel_grad = BackpropGrad(gradients/bn5c_branch2c/gamma_grad)Hæ÷¼ñºƒP“
!gradients/bn5c_branch2b/beta_gradˆı¼ñºƒ (BVgradients/bn5c_branch2b/beta_grad = BackpropGrad(gradients/res5c_branch2c/kernel_grad)Hˆı¼ñºƒP’
"gradients/bn5c_branch2b/gamma_grad”ı¼ñºƒ *(*BTgradients/bn5c_branch2b/gamma_grad = BackpropGrad(gradients/bn5c_branch2b/beta_grad)H”ı¼ñºƒP™
$gradients/res5c_branch2b/kernel_grad¾ı¼ñºƒ Š(ŠBWgradients/res5c_branch2b/kernel_grad = BackpropGrad(gradients/bn5c_branch2b/gamma_grad)H¾ı¼ñºƒP“
!gradients/bn5c_branch2a/beta_gradÈ‰½ñºƒ (BVgradients/bn5c_branch2a/beta_grad = BackpropGrad(gradients/res5c_branch2b/kernel_grad)HÈ‰½ñºƒP’
"gradients/bn5c_branch2a/gamma_gradÖ‰½ñºƒ (((BTgradients/bn5c_branch2a/gamma_grad = BackpropGrad(gradients/bn5c_branch2a/beta_grad)HÖ‰½ñºƒP™
$gradients/res5c_branch2a/kernel_gradş‰½ñºƒ ’(’BWgradients/res5c_branch2a/kernel_grad = BackpropGrad(gradients/bn5c_branch2a/gamma_grad)Hş‰½ñºƒP“
!gradients/bn5b_branch2c/beta_grad½ñºƒ (BVgradients/bn5b_branch2c/beta_grad = BackpropGrad(gradients/res5c_branch2a/kernel_grad)H½ñºƒP”
"gradients/bn5b_branch2c/gamma_gradª½ñºƒ ‡(‡BTgradients/bn5b_branch2c/gamma_grad = BackpropGrad(gradients/bn5b_branch2c/beta_grad)Hª½ñºƒP™
$gradients/res5b_branch2c/kernel_grad±½ñºƒ §(§BWgradients/res5b_branch2c/kernel_grad = BackpropGrad(gradients/bn5b_branch2c/gamma_grad)H±½ñºƒP“
!gradients/bn5b_branch2b/beta_gradØ•½ñºƒ (BVgradients/bn5b_branch2b/beta_grad = BackpropGrad(gradients/res5b_branch2c/kernel_grad)HØ•½ñºƒP’
"gradients/bn5b_branch2b/gamma_gradå•½ñºƒ )()BTgradients/bn5b_branch2b/gamma_grad = BackpropGrad(gradients/bn5b_branch2b/beta_grad)Hå•½ñºƒP™
$gradients/res5b_branch2b/kernel_grad–½ñºƒ ¦(¦BWgradients/res5b_branch2b/kernel_grad = BackpropGrad(gradients/bn5b_branch2b/gamma_grad)H–½ñºƒP“
!gradients/bn5b_branch2a/beta_grad´¡½ñºƒ (BVgradients/bn5b_branch2a/beta_grad = BackpropGrad(gradients/res5b_branch2b/kernel_grad)H´¡½ñºƒP’
"gradients/bn5b_branch2a/gamma_gradÁ¡½ñºƒ (((BTgradients/bn5b_branch2a/gamma_grad = BackpropGrad(gradients/bn5b_branch2a/beta_grad)HÁ¡½ñºƒP™
$gradients/res5b_branch2a/kernel_gradé¡½ñºƒ „(„BWgradients/res5b_branch2a/kernel_grad = BackpropGrad(gradients/bn5b_branch2a/gamma_grad)Hé¡½ñºƒP‘
 gradients/bn5a_branch1/beta_gradí¦½ñºƒ (BUgradients/bn5a_branch1/beta_grad = BackpropGrad(gradients/res5b_branch2a/kernel_grad)Hí¦½ñºƒP
!gradients/bn5a_branch1/gamma_grad‡§½ñºƒ Q(QBRgradients/bn5a_branch1/gamma_grad = BackpropGrad(gradients/bn5a_branch1/beta_grad)H‡§½ñºƒP–
#gradients/res5a_branch1/kernel_gradØ§½ñºƒ Ú
(Ú
BUgradients/res5a_branch1/kernel_grad = BackpropGrad(gradients/bn5a_branch1/gamma_grad)HØ§½ñºƒP’
!gradients/bn5a_branch2c/beta_grad²²½ñºƒ (BUgradients/bn5a_branch2c/beta_grad = BackpropGrad(gradients/res5a_branch1/kernel_grad)H²²½ñºƒP”
"gradients/bn5a_branch2c/gamma_gradÍ²½ñºƒ (BTgradients/bn5a_branch2c/gamma_grad = BackpropGrad(gradients/bn5a_branch2c/beta_grad)HÍ²½ñºƒP™
$gradients/res5a_branch2c/kernel_gradÛ³½ñºƒ Ã(ÃBWgradients/res5a_branch2c/kernel_grad = BackpropGrad(gradients/bn5a_branch2c/gamma_grad)HÛ³½ñºƒP“
!gradients/bn5a_branch2b/beta_grad¹½ñºƒ (BVgradients/bn5a_branch2b/beta_grad = BackpropGrad(gradients/res5a_branch2c/kernel_grad)H¹½ñºƒP’
"gradients/bn5a_branch2b/gamma_grad«¹½ñºƒ )()BTgradients/bn5a_branch2b/gamma_grad = BackpropGrad(gradients/bn5a_branch2b/beta_grad)H«¹½ñºƒP™
$gradients/res5a_branch2b/kernel_gradÔ¹½ñºƒ é(éBWgradients/res5a_branch2b/kernel_grad = BackpropGrad(gradients/bn5a_branch2b/gamma_grad)HÔ¹½ñºƒP“
!gradients/bn5a_branch2a/beta_grad½Å½ñºƒ (BVgradients/bn5a_branch2a/beta_grad = BackpropGrad(gradients/res5a_branch2b/kernel_grad)H½Å½ñºƒP”
"gradients/bn5a_branch2a/gamma_gradÖÅ½ñºƒ (BTgradients/bn5a_branch2a/gamma_grad = BackpropGrad(gradients/bn5a_branch2a/beta_grad)HÖÅ½ñºƒP™
$gradients/res5a_branch2a/kernel_gradãÆ½ñºƒ ¢
(¢
BWgradients/res5a_branch2a/kernel_grad = BackpropGrad(gradients/bn5a_branch2a/gamma_grad)HãÆ½ñºƒP“
!gradients/bn4f_branch2c/beta_grad…Ñ½ñºƒ -(-BVgradients/bn4f_branch2c/beta_grad = BackpropGrad(gradients/res5a_branch2a/kernel_grad)H…Ñ½ñºƒP”
"gradients/bn4f_branch2c/gamma_grad²Ñ½ñºƒ ˆ(ˆBTgradients/bn4f_branch2c/gamma_grad = BackpropGrad(gradients/bn4f_branch2c/beta_grad)H²Ñ½ñºƒP™
$gradients/res4f_branch2c/kernel_gradºÓ½ñºƒ Û(ÛBWgradients/res4f_branch2c/kernel_grad = BackpropGrad(gradients/bn4f_branch2c/gamma_grad)HºÓ½ñºƒP“
!gradients/bn4f_branch2b/beta_grad•Ù½ñºƒ (BVgradients/bn4f_branch2b/beta_grad = BackpropGrad(gradients/res4f_branch2c/kernel_grad)H•Ù½ñºƒP’
"gradients/bn4f_branch2b/gamma_grad§Ù½ñºƒ G(GBTgradients/bn4f_branch2b/gamma_grad = BackpropGrad(gradients/bn4f_branch2b/beta_grad)H§Ù½ñºƒP™
$gradients/res4f_branch2b/kernel_gradîÙ½ñºƒ ˆ(ˆBWgradients/res4f_branch2b/kernel_grad = BackpropGrad(gradients/bn4f_branch2b/gamma_grad)HîÙ½ñºƒP“
!gradients/bn4f_branch2a/beta_gradöå½ñºƒ (BVgradients/bn4f_branch2a/beta_grad = BackpropGrad(gradients/res4f_branch2b/kernel_grad)Höå½ñºƒP’
"gradients/bn4f_branch2a/gamma_grad‡æ½ñºƒ L(LBTgradients/bn4f_branch2a/gamma_grad = BackpropGrad(gradients/bn4f_branch2a/beta_grad)H‡æ½ñºƒP™
$gradients/res4f_branch2a/kernel_gradÓæ½ñºƒ Õ(ÕBWgradients/res4f_branch2a/kernel_grad = BackpropGrad(gradients/bn4f_branch2a/gamma_grad)HÓæ½ñºƒP“
!gradients/bn4e_branch2c/beta_grad¨ì½ñºƒ /(/BVgradients/bn4e_branch2c/beta_grad = BackpropGrad(gradients/res4f_branch2a/kernel_grad)H¨ì½ñºƒP”
"gradients/bn4e_branch2c/gamma_grad×ì½ñºƒ ¡(¡BTgradients/bn4e_branch2c/gamma_grad = BackpropGrad(gradients/bn4e_branch2c/beta_grad)H×ì½ñºƒP™
$gradients/res4e_branch2c/kernel_gradøî½ñºƒ Ÿ(ŸBWgradients/res4e_branch2c/kernel_grad = BackpropGrad(gradients/bn4e_branch2c/gamma_grad)Høî½ñºƒP“
!gradients/bn4e_branch2b/beta_grad—ô½ñºƒ (BVgradients/bn4e_branch2b/beta_grad = BackpropGrad(gradients/res4e_branch2c/kernel_grad)H—ô½ñºƒP’
"gradients/bn4e_branch2b/gamma_grad¨ô½ñºƒ N(NBTgradients/bn4e_branch2b/gamma_grad = BackpropGrad(gradients/bn4e_branch2b/beta_grad)H¨ô½ñºƒP™
$gradients/res4e_branch2b/kernel_gradöô½ñºƒ (BWgradients/res4e_branch2b/kernel_grad = BackpropGrad(gradients/bn4e_branch2b/gamma_grad)Höô½ñºƒP“
!gradients/bn4e_branch2a/beta_grad÷€¾ñºƒ (BVgradients/bn4e_branch2a/beta_grad = BackpropGrad(gradients/res4e_branch2b/kernel_grad)H÷€¾ñºƒP’
"gradients/bn4e_branch2a/gamma_gradˆ¾ñºƒ J(JBTgradients/bn4e_branch2a/gamma_grad = BackpropGrad(gradients/bn4e_branch2a/beta_grad)Hˆ¾ñºƒP™
$gradients/res4e_branch2a/kernel_gradÒ¾ñºƒ ”(”BWgradients/res4e_branch2a/kernel_grad = BackpropGrad(gradients/bn4e_branch2a/gamma_grad)HÒ¾ñºƒP“
!gradients/bn4d_branch2c/beta_gradæ†¾ñºƒ -(-BVgradients/bn4d_branch2c/beta_grad = BackpropGrad(gradients/res4e_branch2a/kernel_grad)Hæ†¾ñºƒP”
"gradients/bn4d_branch2c/gamma_grad“‡¾ñºƒ –(–BTgradients/bn4d_branch2c/gamma_grad = BackpropGrad(gradients/bn4d_branch2c/beta_grad)H“‡¾ñºƒP™
$gradients/res4d_branch2c/kernel_grad©‰¾ñºƒ š(šBWgradients/res4d_branch2c/kernel_grad = BackpropGrad(gradients/bn4d_branch2c/gamma_grad)H©‰¾ñºƒP“
!gradients/bn4d_branch2b/beta_gradÃ¾ñºƒ (BVgradients/bn4d_branch2b/beta_grad = BackpropGrad(gradients/res4d_branch2c/kernel_grad)HÃ¾ñºƒP’
"gradients/bn4d_branch2b/gamma_gradÕ¾ñºƒ I(IBTgradients/bn4d_branch2b/gamma_grad = BackpropGrad(gradients/bn4d_branch2b/beta_grad)HÕ¾ñºƒP™
$gradients/res4d_branch2b/kernel_grad¾ñºƒ ë(ëBWgradients/res4d_branch2b/kernel_grad = BackpropGrad(gradients/bn4d_branch2b/gamma_grad)H¾ñºƒP“
!gradients/bn4d_branch2a/beta_grad‰›¾ñºƒ (BVgradients/bn4d_branch2a/beta_grad = BackpropGrad(gradients/res4d_branch2b/kernel_grad)H‰›¾ñºƒP’
"gradients/bn4d_branch2a/gamma_grad™›¾ñºƒ K(KBTgradients/bn4d_branch2a/gamma_grad = BackpropGrad(gradients/bn4d_branch2a/beta_grad)H™›¾ñºƒP™
$gradients/res4d_branch2a/kernel_gradä›¾ñºƒ ³(³BWgradients/res4d_branch2a/kernel_grad = BackpropGrad(gradients/bn4d_branch2a/gamma_grad)Hä›¾ñºƒP“
!gradients/bn4c_branch2c/beta_grad—¡¾ñºƒ /(/BVgradients/bn4c_branch2c/beta_grad = BackpropGrad(gradients/res4d_branch2a/kernel_grad)H—¡¾ñºƒP”
"gradients/bn4c_branch2c/gamma_gradÆ¡¾ñºƒ ”(”BTgradients/bn4c_branch2c/gamma_grad = BackpropGrad(gradients/bn4c_branch2c/beta_grad)HÆ¡¾ñºƒP™
$gradients/res4c_branch2c/kernel_gradÚ£¾ñºƒ Ö(ÖBWgradients/res4c_branch2c/kernel_grad = BackpropGrad(gradients/bn4c_branch2c/gamma_grad)HÚ£¾ñºƒP“
!gradients/bn4c_branch2b/beta_grad°©¾ñºƒ (BVgradients/bn4c_branch2b/beta_grad = BackpropGrad(gradients/res4c_branch2c/kernel_grad)H°©¾ñºƒP’
"gradients/bn4c_branch2b/gamma_gradÁ©¾ñºƒ I(IBTgradients/bn4c_branch2b/gamma_grad = BackpropGrad(gradients/bn4c_branch2b/beta_grad)HÁ©¾ñºƒP™
$gradients/res4c_branch2b/kernel_gradŠª¾ñºƒ ƒ(ƒBWgradients/res4c_branch2b/kernel_grad = BackpropGrad(gradients/bn4c_branch2b/gamma_grad)HŠª¾ñºƒP“
!gradients/bn4c_branch2a/beta_grad¶¾ñºƒ (BVgradients/bn4c_branch2a/beta_grad = BackpropGrad(gradients/res4c_branch2b/kernel_grad)H¶¾ñºƒP’
"gradients/bn4c_branch2a/gamma_gradŸ¶¾ñºƒ L(LBTgradients/bn4c_branch2a/gamma_grad = BackpropGrad(gradients/bn4c_branch2a/beta_grad)HŸ¶¾ñºƒP™
$gradients/res4c_branch2a/kernel_gradë¶¾ñºƒ  ( BWgradients/res4c_branch2a/kernel_grad = BackpropGrad(gradients/bn4c_branch2a/gamma_grad)Hë¶¾ñºƒP“
!gradients/bn4b_branch2c/beta_grad‹¼¾ñºƒ ,(,BVgradients/bn4b_branch2c/beta_grad = BackpropGrad(gradients/res4c_branch2a/kernel_grad)H‹¼¾ñºƒP”
"gradients/bn4b_branch2c/gamma_grad·¼¾ñºƒ (BTgradients/bn4b_branch2c/gamma_grad = BackpropGrad(gradients/bn4b_branch2c/beta_grad)H·¼¾ñºƒP™
$gradients/res4b_branch2c/kernel_gradÇ¾¾ñºƒ ¶(¶BWgradients/res4b_branch2c/kernel_grad = BackpropGrad(gradients/bn4b_branch2c/gamma_grad)HÇ¾¾ñºƒP“
!gradients/bn4b_branch2b/beta_gradıÃ¾ñºƒ (BVgradients/bn4b_branch2b/beta_grad = BackpropGrad(gradients/res4b_branch2c/kernel_grad)HıÃ¾ñºƒP’
"gradients/bn4b_branch2b/gamma_gradÄ¾ñºƒ G(GBTgradients/bn4b_branch2b/gamma_grad = BackpropGrad(gradients/bn4b_branch2b/beta_grad)HÄ¾ñºƒP™
$gradients/res4b_branch2b/kernel_gradÖÄ¾ñºƒ İ(İBWgradients/res4b_branch2b/kernel_grad = BackpropGrad(gradients/bn4b_branch2b/gamma_grad)HÖÄ¾ñºƒP“
!gradients/bn4b_branch2a/beta_grad³Ğ¾ñºƒ (BVgradients/bn4b_branch2a/beta_grad = BackpropGrad(gradients/res4b_branch2b/kernel_grad)H³Ğ¾ñºƒP’
"gradients/bn4b_branch2a/gamma_gradÄĞ¾ñºƒ G(GBTgradients/bn4b_branch2a/gamma_grad = BackpropGrad(gradients/bn4b_branch2a/beta_grad)HÄĞ¾ñºƒP™
$gradients/res4b_branch2a/kernel_grad‹Ñ¾ñºƒ ©(©BWgradients/res4b_branch2a/kernel_grad = BackpropGrad(gradients/bn4b_branch2a/gamma_grad)H‹Ñ¾ñºƒP‘
 gradients/bn4a_branch1/beta_grad´Ö¾ñºƒ /(/BUgradients/bn4a_branch1/beta_grad = BackpropGrad(gradients/res4b_branch2a/kernel_grad)H´Ö¾ñºƒP‘
!gradients/bn4a_branch1/gamma_gradãÖ¾ñºƒ œ(œBRgradients/bn4a_branch1/gamma_grad = BackpropGrad(gradients/bn4a_branch1/beta_grad)HãÖ¾ñºƒP–
#gradients/res4a_branch1/kernel_gradÿ×¾ñºƒ œ(œBUgradients/res4a_branch1/kernel_grad = BackpropGrad(gradients/bn4a_branch1/gamma_grad)Hÿ×¾ñºƒP’
!gradients/bn4a_branch2c/beta_grad›ã¾ñºƒ +(+BUgradients/bn4a_branch2c/beta_grad = BackpropGrad(gradients/res4a_branch1/kernel_grad)H›ã¾ñºƒP”
"gradients/bn4a_branch2c/gamma_gradÆã¾ñºƒ ƒ(ƒBTgradients/bn4a_branch2c/gamma_grad = BackpropGrad(gradients/bn4a_branch2c/beta_grad)HÆã¾ñºƒP™
$gradients/res4a_branch2c/kernel_gradÉå¾ñºƒ ´(´BWgradients/res4a_branch2c/kernel_grad = BackpropGrad(gradients/bn4a_branch2c/gamma_grad)HÉå¾ñºƒP“
!gradients/bn4a_branch2b/beta_gradıê¾ñºƒ (BVgradients/bn4a_branch2b/beta_grad = BackpropGrad(gradients/res4a_branch2c/kernel_grad)Hıê¾ñºƒP’
"gradients/bn4a_branch2b/gamma_gradë¾ñºƒ L(LBTgradients/bn4a_branch2b/gamma_grad = BackpropGrad(gradients/bn4a_branch2b/beta_grad)Hë¾ñºƒP™
$gradients/res4a_branch2b/kernel_gradÚë¾ñºƒ ß(ßBWgradients/res4a_branch2b/kernel_grad = BackpropGrad(gradients/bn4a_branch2b/gamma_grad)HÚë¾ñºƒP“
!gradients/bn4a_branch2a/beta_grad¹÷¾ñºƒ /(/BVgradients/bn4a_branch2a/beta_grad = BackpropGrad(gradients/res4a_branch2b/kernel_grad)H¹÷¾ñºƒP”
"gradients/bn4a_branch2a/gamma_gradè÷¾ñºƒ  ( BTgradients/bn4a_branch2a/gamma_grad = BackpropGrad(gradients/bn4a_branch2a/beta_grad)Hè÷¾ñºƒP™
$gradients/res4a_branch2a/kernel_gradˆú¾ñºƒ Ÿ
(Ÿ
BWgradients/res4a_branch2a/kernel_grad = BackpropGrad(gradients/bn4a_branch2a/gamma_grad)Hˆú¾ñºƒP“
!gradients/bn3d_branch2c/beta_grad§„¿ñºƒ R(RBVgradients/bn3d_branch2c/beta_grad = BackpropGrad(gradients/res4a_branch2a/kernel_grad)H§„¿ñºƒP”
"gradients/bn3d_branch2c/gamma_gradù„¿ñºƒ „(„BTgradients/bn3d_branch2c/gamma_grad = BackpropGrad(gradients/bn3d_branch2c/beta_grad)Hù„¿ñºƒP™
$gradients/res3d_branch2c/kernel_gradıˆ¿ñºƒ ¯(¯BWgradients/res3d_branch2c/kernel_grad = BackpropGrad(gradients/bn3d_branch2c/gamma_grad)Hıˆ¿ñºƒP“
!gradients/bn3d_branch2b/beta_grad¬¿ñºƒ (BVgradients/bn3d_branch2b/beta_grad = BackpropGrad(gradients/res3d_branch2c/kernel_grad)H¬¿ñºƒP”
"gradients/bn3d_branch2b/gamma_gradÆ¿ñºƒ Š(ŠBTgradients/bn3d_branch2b/gamma_grad = BackpropGrad(gradients/bn3d_branch2b/beta_grad)HÆ¿ñºƒP™
$gradients/res3d_branch2b/kernel_gradĞ¿ñºƒ ñ(ñBWgradients/res3d_branch2b/kernel_grad = BackpropGrad(gradients/bn3d_branch2b/gamma_grad)HĞ¿ñºƒP“
!gradients/bn3d_branch2a/beta_gradÁ›¿ñºƒ (BVgradients/bn3d_branch2a/beta_grad = BackpropGrad(gradients/res3d_branch2b/kernel_grad)HÁ›¿ñºƒP”
"gradients/bn3d_branch2a/gamma_gradİ›¿ñºƒ ‰(‰BTgradients/bn3d_branch2a/gamma_grad = BackpropGrad(gradients/bn3d_branch2a/beta_grad)Hİ›¿ñºƒP™
$gradients/res3d_branch2a/kernel_gradæœ¿ñºƒ ³(³BWgradients/res3d_branch2a/kernel_grad = BackpropGrad(gradients/bn3d_branch2a/gamma_grad)Hæœ¿ñºƒP“
!gradients/bn3c_branch2c/beta_grad™¢¿ñºƒ T(TBVgradients/bn3c_branch2c/beta_grad = BackpropGrad(gradients/res3d_branch2a/kernel_grad)H™¢¿ñºƒP”
"gradients/bn3c_branch2c/gamma_gradí¢¿ñºƒ ‰(‰BTgradients/bn3c_branch2c/gamma_grad = BackpropGrad(gradients/bn3c_branch2c/beta_grad)Hí¢¿ñºƒP™
$gradients/res3c_branch2c/kernel_gradö¦¿ñºƒ §(§BWgradients/res3c_branch2c/kernel_grad = BackpropGrad(gradients/bn3c_branch2c/gamma_grad)Hö¦¿ñºƒP“
!gradients/bn3c_branch2b/beta_grad¬¿ñºƒ (BVgradients/bn3c_branch2b/beta_grad = BackpropGrad(gradients/res3c_branch2c/kernel_grad)H¬¿ñºƒP”
"gradients/bn3c_branch2b/gamma_grad¹¬¿ñºƒ ‡(‡BTgradients/bn3c_branch2b/gamma_grad = BackpropGrad(gradients/bn3c_branch2b/beta_grad)H¹¬¿ñºƒP™
$gradients/res3c_branch2b/kernel_gradÀ­¿ñºƒ (BWgradients/res3c_branch2b/kernel_grad = BackpropGrad(gradients/bn3c_branch2b/gamma_grad)HÀ­¿ñºƒP“
!gradients/bn3c_branch2a/beta_gradÁ¹¿ñºƒ (BVgradients/bn3c_branch2a/beta_grad = BackpropGrad(gradients/res3c_branch2b/kernel_grad)HÁ¹¿ñºƒP”
"gradients/bn3c_branch2a/gamma_gradÛ¹¿ñºƒ ‰(‰BTgradients/bn3c_branch2a/gamma_grad = BackpropGrad(gradients/bn3c_branch2a/beta_grad)HÛ¹¿ñºƒP™
$gradients/res3c_branch2a/kernel_gradäº¿ñºƒ ¾(¾BWgradients/res3c_branch2a/kernel_grad = BackpropGrad(gradients/bn3c_branch2a/gamma_grad)Häº¿ñºƒP“
!gradients/bn3b_branch2c/beta_grad¢À¿ñºƒ T(TBVgradients/bn3b_branch2c/beta_grad = BackpropGrad(gradients/res3c_branch2a/kernel_grad)H¢À¿ñºƒP”
"gradients/bn3b_branch2c/gamma_gradöÀ¿ñºƒ š(šBTgradients/bn3b_branch2c/gamma_grad = BackpropGrad(gradients/bn3b_branch2c/beta_grad)HöÀ¿ñºƒP™
$gradients/res3b_branch2c/kernel_gradÅ¿ñºƒ ¡(¡BWgradients/res3b_branch2c/kernel_grad = BackpropGrad(gradients/bn3b_branch2c/gamma_grad)HÅ¿ñºƒP“
!gradients/bn3b_branch2b/beta_grad±Ê¿ñºƒ (BVgradients/bn3b_branch2b/beta_grad = BackpropGrad(gradients/res3b_branch2c/kernel_grad)H±Ê¿ñºƒP”
"gradients/bn3b_branch2b/gamma_gradÌÊ¿ñºƒ Œ(ŒBTgradients/bn3b_branch2b/gamma_grad = BackpropGrad(gradients/bn3b_branch2b/beta_grad)HÌÊ¿ñºƒP™
$gradients/res3b_branch2b/kernel_gradØË¿ñºƒ â(âBWgradients/res3b_branch2b/kernel_grad = BackpropGrad(gradients/bn3b_branch2b/gamma_grad)HØË¿ñºƒP“
!gradients/bn3b_branch2a/beta_gradº×¿ñºƒ (BVgradients/bn3b_branch2a/beta_grad = BackpropGrad(gradients/res3b_branch2b/kernel_grad)Hº×¿ñºƒP”
"gradients/bn3b_branch2a/gamma_grad××¿ñºƒ Š(ŠBTgradients/bn3b_branch2a/gamma_grad = BackpropGrad(gradients/bn3b_branch2a/beta_grad)H××¿ñºƒP™
$gradients/res3b_branch2a/kernel_gradáØ¿ñºƒ ¦(¦BWgradients/res3b_branch2a/kernel_grad = BackpropGrad(gradients/bn3b_branch2a/gamma_grad)HáØ¿ñºƒP‘
 gradients/bn3a_branch1/beta_grad‡Ş¿ñºƒ V(VBUgradients/bn3a_branch1/beta_grad = BackpropGrad(gradients/res3b_branch2a/kernel_grad)H‡Ş¿ñºƒP‘
!gradients/bn3a_branch1/gamma_gradİŞ¿ñºƒ ¶(¶BRgradients/bn3a_branch1/gamma_grad = BackpropGrad(gradients/bn3a_branch1/beta_grad)HİŞ¿ñºƒP–
#gradients/res3a_branch1/kernel_grad“á¿ñºƒ €(€BUgradients/res3a_branch1/kernel_grad = BackpropGrad(gradients/bn3a_branch1/gamma_grad)H“á¿ñºƒP’
!gradients/bn3a_branch2c/beta_grad“ì¿ñºƒ Q(QBUgradients/bn3a_branch2c/beta_grad = BackpropGrad(gradients/res3a_branch1/kernel_grad)H“ì¿ñºƒP”
"gradients/bn3a_branch2c/gamma_gradäì¿ñºƒ Å(ÅBTgradients/bn3a_branch2c/gamma_grad = BackpropGrad(gradients/bn3a_branch2c/beta_grad)Häì¿ñºƒP™
$gradients/res3a_branch2c/kernel_grad©ñ¿ñºƒ (BWgradients/res3a_branch2c/kernel_grad = BackpropGrad(gradients/bn3a_branch2c/gamma_grad)H©ñ¿ñºƒP“
!gradients/bn3a_branch2b/beta_grad¸ö¿ñºƒ (BVgradients/bn3a_branch2b/beta_grad = BackpropGrad(gradients/res3a_branch2c/kernel_grad)H¸ö¿ñºƒP”
"gradients/bn3a_branch2b/gamma_gradÔö¿ñºƒ “(“BTgradients/bn3a_branch2b/gamma_grad = BackpropGrad(gradients/bn3a_branch2b/beta_grad)HÔö¿ñºƒP™
$gradients/res3a_branch2b/kernel_gradç÷¿ñºƒ İ(İBWgradients/res3a_branch2b/kernel_grad = BackpropGrad(gradients/bn3a_branch2b/gamma_grad)Hç÷¿ñºƒP“
!gradients/bn3a_branch2a/beta_gradÄƒÀñºƒ P(PBVgradients/bn3a_branch2a/beta_grad = BackpropGrad(gradients/res3a_branch2b/kernel_grad)HÄƒÀñºƒP”
"gradients/bn3a_branch2a/gamma_grad”„Àñºƒ ™(™BTgradients/bn3a_branch2a/gamma_grad = BackpropGrad(gradients/bn3a_branch2a/beta_grad)H”„ÀñºƒP™
$gradients/res3a_branch2a/kernel_grad­ˆÀñºƒ û	(û	BWgradients/res3a_branch2a/kernel_grad = BackpropGrad(gradients/bn3a_branch2a/gamma_grad)H­ˆÀñºƒP•
!gradients/bn2c_branch2c/beta_grad¨’Àñºƒ š(šBVgradients/bn2c_branch2c/beta_grad = BackpropGrad(gradients/res3a_branch2a/kernel_grad)H¨’ÀñºƒP”
"gradients/bn2c_branch2c/gamma_gradÂ“Àñºƒ ¥(¥BTgradients/bn2c_branch2c/gamma_grad = BackpropGrad(gradients/bn2c_branch2c/beta_grad)HÂ“ÀñºƒP™
$gradients/res2c_branch2c/kernel_gradç›Àñºƒ ’(’BWgradients/res2c_branch2c/kernel_grad = BackpropGrad(gradients/bn2c_branch2c/gamma_grad)Hç›ÀñºƒP“
!gradients/bn2c_branch2b/beta_gradù Àñºƒ /(/BVgradients/bn2c_branch2b/beta_grad = BackpropGrad(gradients/res2c_branch2c/kernel_grad)Hù ÀñºƒP”
"gradients/bn2c_branch2b/gamma_grad¨¡Àñºƒ Œ(ŒBTgradients/bn2c_branch2b/gamma_grad = BackpropGrad(gradients/bn2c_branch2b/beta_grad)H¨¡ÀñºƒP™
$gradients/res2c_branch2b/kernel_grad´£Àñºƒ ¿(¿BWgradients/res2c_branch2b/kernel_grad = BackpropGrad(gradients/bn2c_branch2b/gamma_grad)H´£ÀñºƒP“
!gradients/bn2c_branch2a/beta_gradó®Àñºƒ -(-BVgradients/bn2c_branch2a/beta_grad = BackpropGrad(gradients/res2c_branch2b/kernel_grad)Hó®ÀñºƒP”
"gradients/bn2c_branch2a/gamma_grad ¯Àñºƒ š(šBTgradients/bn2c_branch2a/gamma_grad = BackpropGrad(gradients/bn2c_branch2a/beta_grad)H ¯ÀñºƒP™
$gradients/res2c_branch2a/kernel_gradº±Àñºƒ œ(œBWgradients/res2c_branch2a/kernel_grad = BackpropGrad(gradients/bn2c_branch2a/gamma_grad)Hº±ÀñºƒP•
!gradients/bn2b_branch2c/beta_gradÖ¶Àñºƒ ’(’BVgradients/bn2b_branch2c/beta_grad = BackpropGrad(gradients/res2c_branch2a/kernel_grad)HÖ¶ÀñºƒP”
"gradients/bn2b_branch2c/gamma_gradè·Àñºƒ ä(äBTgradients/bn2b_branch2c/gamma_grad = BackpropGrad(gradients/bn2b_branch2c/beta_grad)Hè·ÀñºƒP™
$gradients/res2b_branch2c/kernel_gradÌÀÀñºƒ «(«BWgradients/res2b_branch2c/kernel_grad = BackpropGrad(gradients/bn2b_branch2c/gamma_grad)HÌÀÀñºƒP“
!gradients/bn2b_branch2b/beta_grad÷ÅÀñºƒ -(-BVgradients/bn2b_branch2b/beta_grad = BackpropGrad(gradients/res2b_branch2c/kernel_grad)H÷ÅÀñºƒP”
"gradients/bn2b_branch2b/gamma_grad¤ÆÀñºƒ ’(’BTgradients/bn2b_branch2b/gamma_grad = BackpropGrad(gradients/bn2b_branch2b/beta_grad)H¤ÆÀñºƒP™
$gradients/res2b_branch2b/kernel_grad¶ÈÀñºƒ ô(ôBWgradients/res2b_branch2b/kernel_grad = BackpropGrad(gradients/bn2b_branch2b/gamma_grad)H¶ÈÀñºƒP“
!gradients/bn2b_branch2a/beta_gradªÔÀñºƒ .(.BVgradients/bn2b_branch2a/beta_grad = BackpropGrad(gradients/res2b_branch2b/kernel_grad)HªÔÀñºƒP”
"gradients/bn2b_branch2a/gamma_gradØÔÀñºƒ ‘(‘BTgradients/bn2b_branch2a/gamma_grad = BackpropGrad(gradients/bn2b_branch2a/beta_grad)HØÔÀñºƒP™
$gradients/res2b_branch2a/kernel_gradéÖÀñºƒ Â(ÂBWgradients/res2b_branch2a/kernel_grad = BackpropGrad(gradients/bn2b_branch2a/gamma_grad)HéÖÀñºƒP“
 gradients/bn2a_branch1/beta_grad«ÜÀñºƒ  ( BUgradients/bn2a_branch1/beta_grad = BackpropGrad(gradients/res2b_branch2a/kernel_grad)H«ÜÀñºƒP‘
!gradients/bn2a_branch1/gamma_gradËİÀñºƒ ×(×BRgradients/bn2a_branch1/gamma_grad = BackpropGrad(gradients/bn2a_branch1/beta_grad)HËİÀñºƒP–
#gradients/res2a_branch1/kernel_grad¢âÀñºƒ (BUgradients/res2a_branch1/kernel_grad = BackpropGrad(gradients/bn2a_branch1/gamma_grad)H¢âÀñºƒP”
!gradients/bn2a_branch2c/beta_gradÀçÀñºƒ ’(’BUgradients/bn2a_branch2c/beta_grad = BackpropGrad(gradients/res2a_branch1/kernel_grad)HÀçÀñºƒP”
"gradients/bn2a_branch2c/gamma_gradÒèÀñºƒ †(†BTgradients/bn2a_branch2c/gamma_grad = BackpropGrad(gradients/bn2a_branch2c/beta_grad)HÒèÀñºƒP™
$gradients/res2a_branch2c/kernel_gradØğÀñºƒ û(ûBWgradients/res2a_branch2c/kernel_grad = BackpropGrad(gradients/bn2a_branch2c/gamma_grad)HØğÀñºƒP“
!gradients/bn2a_branch2b/beta_gradÓõÀñºƒ .(.BVgradients/bn2a_branch2b/beta_grad = BackpropGrad(gradients/res2a_branch2c/kernel_grad)HÓõÀñºƒP”
"gradients/bn2a_branch2b/gamma_gradöÀñºƒ ™(™BTgradients/bn2a_branch2b/gamma_grad = BackpropGrad(gradients/bn2a_branch2b/beta_grad)HöÀñºƒP™
$gradients/res2a_branch2b/kernel_gradšøÀñºƒ Û(ÛBWgradients/res2a_branch2b/kernel_grad = BackpropGrad(gradients/bn2a_branch2b/gamma_grad)HšøÀñºƒP“
!gradients/bn2a_branch2a/beta_gradõƒÁñºƒ .(.BVgradients/bn2a_branch2a/beta_grad = BackpropGrad(gradients/res2a_branch2b/kernel_grad)HõƒÁñºƒP”
"gradients/bn2a_branch2a/gamma_grad£„Áñºƒ “(“BTgradients/bn2a_branch2a/gamma_grad = BackpropGrad(gradients/bn2a_branch2a/beta_grad)H£„ÁñºƒP™
$gradients/res2a_branch2a/kernel_grad¶†Áñºƒ ³(³BWgradients/res2a_branch2a/kernel_grad = BackpropGrad(gradients/bn2a_branch2a/gamma_grad)H¶†ÁñºƒP‹
gradients/bn_conv1/beta_gradé‡Áñºƒ š(šBQgradients/bn_conv1/beta_grad = BackpropGrad(gradients/res2a_branch2a/kernel_grad)Hé‡ÁñºƒP…
gradients/bn_conv1/gamma_gradƒ‰Áñºƒ (BJgradients/bn_conv1/gamma_grad = BackpropGrad(gradients/bn_conv1/beta_grad)Hƒ‰ÁñºƒP‚
gradients/conv1/kernel_grad”Áñºƒ …(…BIgradients/conv1/kernel_grad = BackpropGrad(gradients/bn_conv1/gamma_grad)H”ÁñºƒP
´ 
%/job:ps/replica:0/task:0/device:CPU:0W
conv1/kernel/read¦Ö·ñºƒ (B*conv1/kernel/read = Identity(conv1/kernel)H¦Ö·ñºƒP]
bn_conv1/gamma/read©Ö·ñºƒ (B.bn_conv1/gamma/read = Identity(bn_conv1/gamma)H©Ö·ñºƒPZ
bn_conv1/beta/read¬Ö·ñºƒ (B,bn_conv1/beta/read = Identity(bn_conv1/beta)H¬Ö·ñºƒPr
res2a_branch2a/kernel/read¯Ö·ñºƒ (B<res2a_branch2a/kernel/read = Identity(res2a_branch2a/kernel)H¯Ö·ñºƒPl
bn2a_branch2a/gamma/read²Ö·ñºƒ (B8bn2a_branch2a/gamma/read = Identity(bn2a_branch2a/gamma)H²Ö·ñºƒPi
bn2a_branch2a/beta/readµÖ·ñºƒ (B6bn2a_branch2a/beta/read = Identity(bn2a_branch2a/beta)HµÖ·ñºƒPr
res2a_branch2b/kernel/read¸Ö·ñºƒ (B<res2a_branch2b/kernel/read = Identity(res2a_branch2b/kernel)H¸Ö·ñºƒPl
bn2a_branch2b/gamma/read»Ö·ñºƒ (B8bn2a_branch2b/gamma/read = Identity(bn2a_branch2b/gamma)H»Ö·ñºƒPi
bn2a_branch2b/beta/read½Ö·ñºƒ (B6bn2a_branch2b/beta/read = Identity(bn2a_branch2b/beta)H½Ö·ñºƒPr
res2a_branch2c/kernel/readÀÖ·ñºƒ (B<res2a_branch2c/kernel/read = Identity(res2a_branch2c/kernel)HÀÖ·ñºƒPl
bn2a_branch2c/gamma/readÃÖ·ñºƒ (B8bn2a_branch2c/gamma/read = Identity(bn2a_branch2c/gamma)HÃÖ·ñºƒPi
bn2a_branch2c/beta/readÆÖ·ñºƒ (B6bn2a_branch2c/beta/read = Identity(bn2a_branch2c/beta)HÆÖ·ñºƒPo
res2a_branch1/kernel/readÉÖ·ñºƒ (B:res2a_branch1/kernel/read = Identity(res2a_branch1/kernel)HÉÖ·ñºƒPi
bn2a_branch1/gamma/readÌÖ·ñºƒ (B6bn2a_branch1/gamma/read = Identity(bn2a_branch1/gamma)HÌÖ·ñºƒPf
bn2a_branch1/beta/readÏÖ·ñºƒ (B4bn2a_branch1/beta/read = Identity(bn2a_branch1/beta)HÏÖ·ñºƒPr
res2b_branch2a/kernel/readÒÖ·ñºƒ (B<res2b_branch2a/kernel/read = Identity(res2b_branch2a/kernel)HÒÖ·ñºƒPl
bn2b_branch2a/gamma/readÕÖ·ñºƒ (B8bn2b_branch2a/gamma/read = Identity(bn2b_branch2a/gamma)HÕÖ·ñºƒPi
bn2b_branch2a/beta/readØÖ·ñºƒ (B6bn2b_branch2a/beta/read = Identity(bn2b_branch2a/beta)HØÖ·ñºƒPr
res2b_branch2b/kernel/readÛÖ·ñºƒ (B<res2b_branch2b/kernel/read = Identity(res2b_branch2b/kernel)HÛÖ·ñºƒPl
bn2b_branch2b/gamma/readŞÖ·ñºƒ (B8bn2b_branch2b/gamma/read = Identity(bn2b_branch2b/gamma)HŞÖ·ñºƒPi
bn2b_branch2b/beta/readáÖ·ñºƒ (B6bn2b_branch2b/beta/read = Identity(bn2b_branch2b/beta)HáÖ·ñºƒPr
res2b_branch2c/kernel/readäÖ·ñºƒ (B<res2b_branch2c/kernel/read = Identity(res2b_branch2c/kernel)HäÖ·ñºƒPl
bn2b_branch2c/gamma/readçÖ·ñºƒ (B8bn2b_branch2c/gamma/read = Identity(bn2b_branch2c/gamma)HçÖ·ñºƒPi
bn2b_branch2c/beta/readéÖ·ñºƒ (B6bn2b_branch2c/beta/read = Identity(bn2b_branch2c/beta)HéÖ·ñºƒPr
res2c_branch2a/kernel/readìÖ·ñºƒ (B<res2c_branch2a/kernel/read = Identity(res2c_branch2a/kernel)HìÖ·ñºƒPl
bn2c_branch2a/gamma/readïÖ·ñºƒ (B8bn2c_branch2a/gamma/read = Identity(bn2c_branch2a/gamma)HïÖ·ñºƒPi
bn2c_branch2a/beta/readòÖ·ñºƒ (B6bn2c_branch2a/beta/read = Identity(bn2c_branch2a/beta)HòÖ·ñºƒPr
res2c_branch2b/kernel/readõÖ·ñºƒ (B<res2c_branch2b/kernel/read = Identity(res2c_branch2b/kernel)HõÖ·ñºƒPl
bn2c_branch2b/gamma/readøÖ·ñºƒ (B8bn2c_branch2b/gamma/read = Identity(bn2c_branch2b/gamma)HøÖ·ñºƒPi
bn2c_branch2b/beta/readúÖ·ñºƒ (B6bn2c_branch2b/beta/read = Identity(bn2c_branch2b/beta)HúÖ·ñºƒPr
res2c_branch2c/kernel/readıÖ·ñºƒ (B<res2c_branch2c/kernel/read = Identity(res2c_branch2c/kernel)HıÖ·ñºƒPl
bn2c_branch2c/gamma/read€×·ñºƒ (B8bn2c_branch2c/gamma/read = Identity(bn2c_branch2c/gamma)H€×·ñºƒPi
bn2c_branch2c/beta/readƒ×·ñºƒ (B6bn2c_branch2c/beta/read = Identity(bn2c_branch2c/beta)Hƒ×·ñºƒPr
res3a_branch2a/kernel/read‡×·ñºƒ (B<res3a_branch2a/kernel/read = Identity(res3a_branch2a/kernel)H‡×·ñºƒPl
bn3a_branch2a/gamma/read‰×·ñºƒ (B8bn3a_branch2a/gamma/read = Identity(bn3a_branch2a/gamma)H‰×·ñºƒPi
bn3a_branch2a/beta/readŒ×·ñºƒ (B6bn3a_branch2a/beta/read = Identity(bn3a_branch2a/beta)HŒ×·ñºƒPr
res3a_branch2b/kernel/read×·ñºƒ (B<res3a_branch2b/kernel/read = Identity(res3a_branch2b/kernel)H×·ñºƒPl
bn3a_branch2b/gamma/read’×·ñºƒ (B8bn3a_branch2b/gamma/read = Identity(bn3a_branch2b/gamma)H’×·ñºƒPi
bn3a_branch2b/beta/read•×·ñºƒ (B6bn3a_branch2b/beta/read = Identity(bn3a_branch2b/beta)H•×·ñºƒPr
res3a_branch2c/kernel/read˜×·ñºƒ (B<res3a_branch2c/kernel/read = Identity(res3a_branch2c/kernel)H˜×·ñºƒPl
bn3a_branch2c/gamma/read›×·ñºƒ (B8bn3a_branch2c/gamma/read = Identity(bn3a_branch2c/gamma)H›×·ñºƒPi
bn3a_branch2c/beta/read×·ñºƒ (B6bn3a_branch2c/beta/read = Identity(bn3a_branch2c/beta)H×·ñºƒPo
res3a_branch1/kernel/read¡×·ñºƒ (B:res3a_branch1/kernel/read = Identity(res3a_branch1/kernel)H¡×·ñºƒPi
bn3a_branch1/gamma/read¤×·ñºƒ (B6bn3a_branch1/gamma/read = Identity(bn3a_branch1/gamma)H¤×·ñºƒPf
bn3a_branch1/beta/read§×·ñºƒ (B4bn3a_branch1/beta/read = Identity(bn3a_branch1/beta)H§×·ñºƒPr
res3b_branch2a/kernel/readª×·ñºƒ (B<res3b_branch2a/kernel/read = Identity(res3b_branch2a/kernel)Hª×·ñºƒPl
bn3b_branch2a/gamma/read­×·ñºƒ (B8bn3b_branch2a/gamma/read = Identity(bn3b_branch2a/gamma)H­×·ñºƒPi
bn3b_branch2a/beta/read°×·ñºƒ (B6bn3b_branch2a/beta/read = Identity(bn3b_branch2a/beta)H°×·ñºƒPr
res3b_branch2b/kernel/read²×·ñºƒ (B<res3b_branch2b/kernel/read = Identity(res3b_branch2b/kernel)H²×·ñºƒPl
bn3b_branch2b/gamma/read¶×·ñºƒ (B8bn3b_branch2b/gamma/read = Identity(bn3b_branch2b/gamma)H¶×·ñºƒPi
bn3b_branch2b/beta/read¹×·ñºƒ (B6bn3b_branch2b/beta/read = Identity(bn3b_branch2b/beta)H¹×·ñºƒPr
res3b_branch2c/kernel/read¼×·ñºƒ (B<res3b_branch2c/kernel/read = Identity(res3b_branch2c/kernel)H¼×·ñºƒPl
bn3b_branch2c/gamma/read¿×·ñºƒ (B8bn3b_branch2c/gamma/read = Identity(bn3b_branch2c/gamma)H¿×·ñºƒPi
bn3b_branch2c/beta/readÂ×·ñºƒ (B6bn3b_branch2c/beta/read = Identity(bn3b_branch2c/beta)HÂ×·ñºƒPr
res3c_branch2a/kernel/readÄ×·ñºƒ (B<res3c_branch2a/kernel/read = Identity(res3c_branch2a/kernel)HÄ×·ñºƒPl
bn3c_branch2a/gamma/readÇ×·ñºƒ (B8bn3c_branch2a/gamma/read = Identity(bn3c_branch2a/gamma)HÇ×·ñºƒPi
bn3c_branch2a/beta/readÊ×·ñºƒ (B6bn3c_branch2a/beta/read = Identity(bn3c_branch2a/beta)HÊ×·ñºƒPr
res3c_branch2b/kernel/readÍ×·ñºƒ (B<res3c_branch2b/kernel/read = Identity(res3c_branch2b/kernel)HÍ×·ñºƒPl
bn3c_branch2b/gamma/readĞ×·ñºƒ (B8bn3c_branch2b/gamma/read = Identity(bn3c_branch2b/gamma)HĞ×·ñºƒPi
bn3c_branch2b/beta/readÓ×·ñºƒ (B6bn3c_branch2b/beta/read = Identity(bn3c_branch2b/beta)HÓ×·ñºƒPr
res3c_branch2c/kernel/readÖ×·ñºƒ (B<res3c_branch2c/kernel/read = Identity(res3c_branch2c/kernel)HÖ×·ñºƒPl
bn3c_branch2c/gamma/readÙ×·ñºƒ (B8bn3c_branch2c/gamma/read = Identity(bn3c_branch2c/gamma)HÙ×·ñºƒPi
bn3c_branch2c/beta/readÜ×·ñºƒ (B6bn3c_branch2c/beta/read = Identity(bn3c_branch2c/beta)HÜ×·ñºƒPr
res3d_branch2a/kernel/readß×·ñºƒ (B<res3d_branch2a/kernel/read = Identity(res3d_branch2a/kernel)Hß×·ñºƒPl
bn3d_branch2a/gamma/readâ×·ñºƒ (B8bn3d_branch2a/gamma/read = Identity(bn3d_branch2a/gamma)Hâ×·ñºƒPi
bn3d_branch2a/beta/readå×·ñºƒ (B6bn3d_branch2a/beta/read = Identity(bn3d_branch2a/beta)Hå×·ñºƒPr
res3d_branch2b/kernel/readè×·ñºƒ (B<res3d_branch2b/kernel/read = Identity(res3d_branch2b/kernel)Hè×·ñºƒPl
bn3d_branch2b/gamma/readì×·ñºƒ (B8bn3d_branch2b/gamma/read = Identity(bn3d_branch2b/gamma)Hì×·ñºƒPi
bn3d_branch2b/beta/readî×·ñºƒ (B6bn3d_branch2b/beta/read = Identity(bn3d_branch2b/beta)Hî×·ñºƒPr
res3d_branch2c/kernel/readñ×·ñºƒ (B<res3d_branch2c/kernel/read = Identity(res3d_branch2c/kernel)Hñ×·ñºƒPl
bn3d_branch2c/gamma/readô×·ñºƒ (B8bn3d_branch2c/gamma/read = Identity(bn3d_branch2c/gamma)Hô×·ñºƒPi
bn3d_branch2c/beta/read÷×·ñºƒ (B6bn3d_branch2c/beta/read = Identity(bn3d_branch2c/beta)H÷×·ñºƒPr
res4a_branch2a/kernel/readú×·ñºƒ (B<res4a_branch2a/kernel/read = Identity(res4a_branch2a/kernel)Hú×·ñºƒPl
bn4a_branch2a/gamma/readı×·ñºƒ (B8bn4a_branch2a/gamma/read = Identity(bn4a_branch2a/gamma)Hı×·ñºƒPi
bn4a_branch2a/beta/read€Ø·ñºƒ (B6bn4a_branch2a/beta/read = Identity(bn4a_branch2a/beta)H€Ø·ñºƒPr
res4a_branch2b/kernel/readƒØ·ñºƒ (B<res4a_branch2b/kernel/read = Identity(res4a_branch2b/kernel)HƒØ·ñºƒPl
bn4a_branch2b/gamma/read†Ø·ñºƒ (B8bn4a_branch2b/gamma/read = Identity(bn4a_branch2b/gamma)H†Ø·ñºƒPi
bn4a_branch2b/beta/read‰Ø·ñºƒ (B6bn4a_branch2b/beta/read = Identity(bn4a_branch2b/beta)H‰Ø·ñºƒPr
res4a_branch2c/kernel/readŒØ·ñºƒ (B<res4a_branch2c/kernel/read = Identity(res4a_branch2c/kernel)HŒØ·ñºƒPl
bn4a_branch2c/gamma/readØ·ñºƒ (B8bn4a_branch2c/gamma/read = Identity(bn4a_branch2c/gamma)HØ·ñºƒPi
bn4a_branch2c/beta/read“Ø·ñºƒ (B6bn4a_branch2c/beta/read = Identity(bn4a_branch2c/beta)H“Ø·ñºƒPo
res4a_branch1/kernel/read–Ø·ñºƒ (B:res4a_branch1/kernel/read = Identity(res4a_branch1/kernel)H–Ø·ñºƒPi
bn4a_branch1/gamma/read™Ø·ñºƒ (B6bn4a_branch1/gamma/read = Identity(bn4a_branch1/gamma)H™Ø·ñºƒPf
bn4a_branch1/beta/readœØ·ñºƒ (B4bn4a_branch1/beta/read = Identity(bn4a_branch1/beta)HœØ·ñºƒPr
res4b_branch2a/kernel/readŸØ·ñºƒ (B<res4b_branch2a/kernel/read = Identity(res4b_branch2a/kernel)HŸØ·ñºƒPl
bn4b_branch2a/gamma/read¢Ø·ñºƒ (B8bn4b_branch2a/gamma/read = Identity(bn4b_branch2a/gamma)H¢Ø·ñºƒPi
bn4b_branch2a/beta/read¥Ø·ñºƒ (B6bn4b_branch2a/beta/read = Identity(bn4b_branch2a/beta)H¥Ø·ñºƒPr
res4b_branch2b/kernel/read¨Ø·ñºƒ (B<res4b_branch2b/kernel/read = Identity(res4b_branch2b/kernel)H¨Ø·ñºƒPl
bn4b_branch2b/gamma/read«Ø·ñºƒ (B8bn4b_branch2b/gamma/read = Identity(bn4b_branch2b/gamma)H«Ø·ñºƒPi
bn4b_branch2b/beta/read­Ø·ñºƒ (B6bn4b_branch2b/beta/read = Identity(bn4b_branch2b/beta)H­Ø·ñºƒPr
res4b_branch2c/kernel/read°Ø·ñºƒ (B<res4b_branch2c/kernel/read = Identity(res4b_branch2c/kernel)H°Ø·ñºƒPl
bn4b_branch2c/gamma/read³Ø·ñºƒ (B8bn4b_branch2c/gamma/read = Identity(bn4b_branch2c/gamma)H³Ø·ñºƒPi
bn4b_branch2c/beta/read¶Ø·ñºƒ (B6bn4b_branch2c/beta/read = Identity(bn4b_branch2c/beta)H¶Ø·ñºƒPr
res4c_branch2a/kernel/read¹Ø·ñºƒ (B<res4c_branch2a/kernel/read = Identity(res4c_branch2a/kernel)H¹Ø·ñºƒPl
bn4c_branch2a/gamma/read¼Ø·ñºƒ (B8bn4c_branch2a/gamma/read = Identity(bn4c_branch2a/gamma)H¼Ø·ñºƒPi
bn4c_branch2a/beta/read¿Ø·ñºƒ (B6bn4c_branch2a/beta/read = Identity(bn4c_branch2a/beta)H¿Ø·ñºƒPr
res4c_branch2b/kernel/readÂØ·ñºƒ (B<res4c_branch2b/kernel/read = Identity(res4c_branch2b/kernel)HÂØ·ñºƒPl
bn4c_branch2b/gamma/readÅØ·ñºƒ (B8bn4c_branch2b/gamma/read = Identity(bn4c_branch2b/gamma)HÅØ·ñºƒPi
bn4c_branch2b/beta/readÈØ·ñºƒ (B6bn4c_branch2b/beta/read = Identity(bn4c_branch2b/beta)HÈØ·ñºƒPr
res4c_branch2c/kernel/readËØ·ñºƒ (B<res4c_branch2c/kernel/read = Identity(res4c_branch2c/kernel)HËØ·ñºƒPl
bn4c_branch2c/gamma/readÎØ·ñºƒ (B8bn4c_branch2c/gamma/read = Identity(bn4c_branch2c/gamma)HÎØ·ñºƒPi
bn4c_branch2c/beta/readÑØ·ñºƒ (B6bn4c_branch2c/beta/read = Identity(bn4c_branch2c/beta)HÑØ·ñºƒPr
res4d_branch2a/kernel/readÔØ·ñºƒ (B<res4d_branch2a/kernel/read = Identity(res4d_branch2a/kernel)HÔØ·ñºƒPl
bn4d_branch2a/gamma/read×Ø·ñºƒ (B8bn4d_branch2a/gamma/read = Identity(bn4d_branch2a/gamma)H×Ø·ñºƒPi
bn4d_branch2a/beta/readÚØ·ñºƒ (B6bn4d_branch2a/beta/read = Identity(bn4d_branch2a/beta)HÚØ·ñºƒPr
res4d_branch2b/kernel/readİØ·ñºƒ (B<res4d_branch2b/kernel/read = Identity(res4d_branch2b/kernel)HİØ·ñºƒPl
bn4d_branch2b/gamma/readáØ·ñºƒ (B8bn4d_branch2b/gamma/read = Identity(bn4d_branch2b/gamma)HáØ·ñºƒPi
bn4d_branch2b/beta/readäØ·ñºƒ (B6bn4d_branch2b/beta/read = Identity(bn4d_branch2b/beta)HäØ·ñºƒPr
res4d_branch2c/kernel/readçØ·ñºƒ (B<res4d_branch2c/kernel/read = Identity(res4d_branch2c/kernel)HçØ·ñºƒPl
bn4d_branch2c/gamma/readêØ·ñºƒ (B8bn4d_branch2c/gamma/read = Identity(bn4d_branch2c/gamma)HêØ·ñºƒPi
bn4d_branch2c/beta/readíØ·ñºƒ (B6bn4d_branch2c/beta/read = Identity(bn4d_branch2c/beta)HíØ·ñºƒPr
res4e_branch2a/kernel/readğØ·ñºƒ (B<res4e_branch2a/kernel/read = Identity(res4e_branch2a/kernel)HğØ·ñºƒPl
bn4e_branch2a/gamma/readóØ·ñºƒ (B8bn4e_branch2a/gamma/read = Identity(bn4e_branch2a/gamma)HóØ·ñºƒPi
bn4e_branch2a/beta/readõØ·ñºƒ (B6bn4e_branch2a/beta/read = Identity(bn4e_branch2a/beta)HõØ·ñºƒPr
res4e_branch2b/kernel/readùØ·ñºƒ (B<res4e_branch2b/kernel/read = Identity(res4e_branch2b/kernel)HùØ·ñºƒPl
bn4e_branch2b/gamma/readüØ·ñºƒ (B8bn4e_branch2b/gamma/read = Identity(bn4e_branch2b/gamma)HüØ·ñºƒPi
bn4e_branch2b/beta/readÿØ·ñºƒ (B6bn4e_branch2b/beta/read = Identity(bn4e_branch2b/beta)HÿØ·ñºƒPr
res4e_branch2c/kernel/read‚Ù·ñºƒ (B<res4e_branch2c/kernel/read = Identity(res4e_branch2c/kernel)H‚Ù·ñºƒPl
bn4e_branch2c/gamma/read…Ù·ñºƒ (B8bn4e_branch2c/gamma/read = Identity(bn4e_branch2c/gamma)H…Ù·ñºƒPi
bn4e_branch2c/beta/readˆÙ·ñºƒ (B6bn4e_branch2c/beta/read = Identity(bn4e_branch2c/beta)HˆÙ·ñºƒPr
res4f_branch2a/kernel/read‹Ù·ñºƒ (B<res4f_branch2a/kernel/read = Identity(res4f_branch2a/kernel)H‹Ù·ñºƒPl
bn4f_branch2a/gamma/readÙ·ñºƒ (B8bn4f_branch2a/gamma/read = Identity(bn4f_branch2a/gamma)HÙ·ñºƒPi
bn4f_branch2a/beta/read‘Ù·ñºƒ (B6bn4f_branch2a/beta/read = Identity(bn4f_branch2a/beta)H‘Ù·ñºƒPr
res4f_branch2b/kernel/read”Ù·ñºƒ (B<res4f_branch2b/kernel/read = Identity(res4f_branch2b/kernel)H”Ù·ñºƒPl
bn4f_branch2b/gamma/read—Ù·ñºƒ (B8bn4f_branch2b/gamma/read = Identity(bn4f_branch2b/gamma)H—Ù·ñºƒPi
bn4f_branch2b/beta/readšÙ·ñºƒ (B6bn4f_branch2b/beta/read = Identity(bn4f_branch2b/beta)HšÙ·ñºƒPr
res4f_branch2c/kernel/readœÙ·ñºƒ (B<res4f_branch2c/kernel/read = Identity(res4f_branch2c/kernel)HœÙ·ñºƒPl
bn4f_branch2c/gamma/read Ù·ñºƒ (B8bn4f_branch2c/gamma/read = Identity(bn4f_branch2c/gamma)H Ù·ñºƒPi
bn4f_branch2c/beta/read£Ù·ñºƒ (B6bn4f_branch2c/beta/read = Identity(bn4f_branch2c/beta)H£Ù·ñºƒPr
res5a_branch2a/kernel/read¥Ù·ñºƒ (B<res5a_branch2a/kernel/read = Identity(res5a_branch2a/kernel)H¥Ù·ñºƒPl
bn5a_branch2a/gamma/read¨Ù·ñºƒ (B8bn5a_branch2a/gamma/read = Identity(bn5a_branch2a/gamma)H¨Ù·ñºƒPi
bn5a_branch2a/beta/read«Ù·ñºƒ (B6bn5a_branch2a/beta/read = Identity(bn5a_branch2a/beta)H«Ù·ñºƒPr
res5a_branch2b/kernel/read®Ù·ñºƒ (B<res5a_branch2b/kernel/read = Identity(res5a_branch2b/kernel)H®Ù·ñºƒPl
bn5a_branch2b/gamma/read±Ù·ñºƒ (B8bn5a_branch2b/gamma/read = Identity(bn5a_branch2b/gamma)H±Ù·ñºƒPi
bn5a_branch2b/beta/read´Ù·ñºƒ (B6bn5a_branch2b/beta/read = Identity(bn5a_branch2b/beta)H´Ù·ñºƒPr
res5a_branch2c/kernel/read·Ù·ñºƒ (B<res5a_branch2c/kernel/read = Identity(res5a_branch2c/kernel)H·Ù·ñºƒPl
bn5a_branch2c/gamma/readºÙ·ñºƒ (B8bn5a_branch2c/gamma/read = Identity(bn5a_branch2c/gamma)HºÙ·ñºƒPi
bn5a_branch2c/beta/read½Ù·ñºƒ (B6bn5a_branch2c/beta/read = Identity(bn5a_branch2c/beta)H½Ù·ñºƒPo
res5a_branch1/kernel/readÀÙ·ñºƒ (B:res5a_branch1/kernel/read = Identity(res5a_branch1/kernel)HÀÙ·ñºƒPi
bn5a_branch1/gamma/readÃÙ·ñºƒ (B6bn5a_branch1/gamma/read = Identity(bn5a_branch1/gamma)HÃÙ·ñºƒPf
bn5a_branch1/beta/readÆÙ·ñºƒ (B4bn5a_branch1/beta/read = Identity(bn5a_branch1/beta)HÆÙ·ñºƒPr
res5b_branch2a/kernel/readÉÙ·ñºƒ (B<res5b_branch2a/kernel/read = Identity(res5b_branch2a/kernel)HÉÙ·ñºƒPl
bn5b_branch2a/gamma/readÌÙ·ñºƒ (B8bn5b_branch2a/gamma/read = Identity(bn5b_branch2a/gamma)HÌÙ·ñºƒPi
bn5b_branch2a/beta/readÏÙ·ñºƒ (B6bn5b_branch2a/beta/read = Identity(bn5b_branch2a/beta)HÏÙ·ñºƒPr
res5b_branch2b/kernel/readÒÙ·ñºƒ (B<res5b_branch2b/kernel/read = Identity(res5b_branch2b/kernel)HÒÙ·ñºƒPl
bn5b_branch2b/gamma/readÕÙ·ñºƒ (B8bn5b_branch2b/gamma/read = Identity(bn5b_branch2b/gamma)HÕÙ·ñºƒPi
bn5b_branch2b/beta/readØÙ·ñºƒ (B6bn5b_branch2b/beta/read = Identity(bn5b_branch2b/beta)HØÙ·ñºƒPr
res5b_branch2c/kernel/readÛÙ·ñºƒ (B<res5b_branch2c/kernel/read = Identity(res5b_branch2c/kernel)HÛÙ·ñºƒPl
bn5b_branch2c/gamma/readŞÙ·ñºƒ (B8bn5b_branch2c/gamma/read = Identity(bn5b_branch2c/gamma)HŞÙ·ñºƒPi
bn5b_branch2c/beta/readáÙ·ñºƒ (B6bn5b_branch2c/beta/read = Identity(bn5b_branch2c/beta)HáÙ·ñºƒPr
res5c_branch2a/kernel/readäÙ·ñºƒ (B<res5c_branch2a/kernel/read = Identity(res5c_branch2a/kernel)HäÙ·ñºƒPl
bn5c_branch2a/gamma/readçÙ·ñºƒ (B8bn5c_branch2a/gamma/read = Identity(bn5c_branch2a/gamma)HçÙ·ñºƒPi
bn5c_branch2a/beta/readêÙ·ñºƒ (B6bn5c_branch2a/beta/read = Identity(bn5c_branch2a/beta)HêÙ·ñºƒPr
res5c_branch2b/kernel/readíÙ·ñºƒ (B<res5c_branch2b/kernel/read = Identity(res5c_branch2b/kernel)HíÙ·ñºƒPl
bn5c_branch2b/gamma/readğÙ·ñºƒ (B8bn5c_branch2b/gamma/read = Identity(bn5c_branch2b/gamma)HğÙ·ñºƒPi
bn5c_branch2b/beta/readóÙ·ñºƒ (B6bn5c_branch2b/beta/read = Identity(bn5c_branch2b/beta)HóÙ·ñºƒPr
res5c_branch2c/kernel/readõÙ·ñºƒ (B<res5c_branch2c/kernel/read = Identity(res5c_branch2c/kernel)HõÙ·ñºƒPl
bn5c_branch2c/gamma/readøÙ·ñºƒ (B8bn5c_branch2c/gamma/read = Identity(bn5c_branch2c/gamma)HøÙ·ñºƒPi
bn5c_branch2c/beta/readûÙ·ñºƒ (B6bn5c_branch2c/beta/read = Identity(bn5c_branch2c/beta)HûÙ·ñºƒPZ
fc1000/kernel/readşÙ·ñºƒ (B,fc1000/kernel/read = Identity(fc1000/kernel)HşÙ·ñºƒPT
fc1000/bias/read‚Ú·ñºƒ (B(fc1000/bias/read = Identity(fc1000/bias)H‚Ú·ñºƒP¶

RecvTensor†ö¼ñºƒ ](]:
"  Bƒ[4000B] edge_162_gradients/fc1000/bias_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H†ö¼ñºƒ¾
'update_fc1000/bias/ApplyGradientDescentãö¼ñºƒ (B{update_fc1000/bias/ApplyGradientDescent = ApplyGradientDescent(fc1000/bias, learning_rate, gradients/fc1000/bias_grad_S162)Hãö¼ñºƒP¾

RecvTensor¼ö¼ñºƒ ‹6(‹6:"
€€ô€€ôB…[7.8MB] edge_163_gradients/fc1000/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¼ö¼ñºƒÉ
)update_fc1000/kernel/ApplyGradientDescentÇ¬½ñºƒ Ê
(Ê
Bupdate_fc1000/kernel/ApplyGradientDescent = ApplyGradientDescent(fc1000/kernel, learning_rate, gradients/fc1000/kernel_grad_S163)HÇ¬½ñºƒP¿

RecvTensorÖö¼ñºƒ ø5(ø5:
"€@€@BŠ[8192B] edge_164_gradients/bn5c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÖö¼ñºƒÛ
.update_bn5c_branch2c/beta/ApplyGradientDescent‘·½ñºƒ (Bupdate_bn5c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2c/beta, learning_rate, gradients/bn5c_branch2c/beta_grad_S164)H‘·½ñºƒPÀ

RecvTensoræ÷¼ñºƒ ï4(ï4:
"€@€@B‹[8192B] edge_165_gradients/bn5c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hæ÷¼ñºƒß
/update_bn5c_branch2c/gamma/ApplyGradientDescent—·½ñºƒ (B“update_bn5c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2c/gamma, learning_rate, gradients/bn5c_branch2c/gamma_grad_S165)H—·½ñºƒPÆ

RecvTensorˆı¼ñºƒ ùJ(ùJ:"
€€€€€€B[4.0MB] edge_166_gradients/res5c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hˆı¼ñºƒé
1update_res5c_branch2c/kernel/ApplyGradientDescentÈ½ñºƒ ß(ßB™update_res5c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res5c_branch2c/kernel, learning_rate, gradients/res5c_branch2c/kernel_grad_S166)HÈ½ñºƒP¿

RecvTensor”ı¼ñºƒ Ã/(Ã/:
"€€BŠ[2048B] edge_167_gradients/bn5c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H”ı¼ñºƒÛ
.update_bn5c_branch2b/beta/ApplyGradientDescent·½ñºƒ (Bupdate_bn5c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2b/beta, learning_rate, gradients/bn5c_branch2b/beta_grad_S167)H·½ñºƒPÀ

RecvTensor¾ı¼ñºƒ ÅJ(ÅJ:
"€€B‹[2048B] edge_168_gradients/bn5c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¾ı¼ñºƒß
/update_bn5c_branch2b/gamma/ApplyGradientDescentàÍ½ñºƒ (B“update_bn5c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2b/gamma, learning_rate, gradients/bn5c_branch2b/gamma_grad_S168)HàÍ½ñºƒPÆ

RecvTensorÈ‰½ñºƒ ü{(ü{:"
€€À€€ÀB[9.0MB] edge_169_gradients/res5c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÈ‰½ñºƒé
1update_res5c_branch2b/kernel/ApplyGradientDescentÄ…¾ñºƒ Ä(ÄB™update_res5c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res5c_branch2b/kernel, learning_rate, gradients/res5c_branch2b/kernel_grad_S169)HÄ…¾ñºƒP¿

RecvTensorÖ‰½ñºƒ ¯>(¯>:
"€€BŠ[2048B] edge_170_gradients/bn5c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÖ‰½ñºƒÛ
.update_bn5c_branch2a/beta/ApplyGradientDescentåÍ½ñºƒ (Bupdate_bn5c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2a/beta, learning_rate, gradients/bn5c_branch2a/beta_grad_S170)HåÍ½ñºƒPÀ

RecvTensorş‰½ñºƒ Ç{(Ç{:
"€€B‹[2048B] edge_171_gradients/bn5c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hş‰½ñºƒß
/update_bn5c_branch2a/gamma/ApplyGradientDescentˆ’¾ñºƒ (B“update_bn5c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2a/gamma, learning_rate, gradients/bn5c_branch2a/gamma_grad_S171)Hˆ’¾ñºƒPÈ

RecvTensor½ñºƒ à‘(à‘:"
€€€€€€B[4.0MB] edge_172_gradients/res5c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H½ñºƒé
1update_res5c_branch2a/kernel/ApplyGradientDescentğ ¾ñºƒ ½(½B™update_res5c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res5c_branch2a/kernel, learning_rate, gradients/res5c_branch2a/kernel_grad_S172)Hğ ¾ñºƒPÁ

RecvTensorª½ñºƒ Ì‘(Ì‘:
"€@€@BŠ[8192B] edge_173_gradients/bn5b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hª½ñºƒÛ
.update_bn5b_branch2c/beta/ApplyGradientDescent­¦¾ñºƒ (Bupdate_bn5b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2c/beta, learning_rate, gradients/bn5b_branch2c/beta_grad_S173)H­¦¾ñºƒPÂ

RecvTensor±½ñºƒ Ì(Ì:
"€@€@B‹[8192B] edge_174_gradients/bn5b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H±½ñºƒß
/update_bn5b_branch2c/gamma/ApplyGradientDescent³¦¾ñºƒ (B“update_bn5b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2c/gamma, learning_rate, gradients/bn5b_branch2c/gamma_grad_S174)H³¦¾ñºƒPÈ

RecvTensorØ•½ñºƒ Ğ¦(Ğ¦:"
€€€€€€B[4.0MB] edge_175_gradients/res5b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HØ•½ñºƒé
1update_res5b_branch2c/kernel/ApplyGradientDescent¨¼¾ñºƒ ²(²B™update_res5b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res5b_branch2c/kernel, learning_rate, gradients/res5b_branch2c/kernel_grad_S175)H¨¼¾ñºƒPÁ

RecvTensorå•½ñºƒ Ä¦(Ä¦:
"€€BŠ[2048B] edge_176_gradients/bn5b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hå•½ñºƒÛ
.update_bn5b_branch2b/beta/ApplyGradientDescentÚÁ¾ñºƒ (Bupdate_bn5b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2b/beta, learning_rate, gradients/bn5b_branch2b/beta_grad_S176)HÚÁ¾ñºƒPÂ

RecvTensor–½ñºƒ ¦(¦:
"€€B‹[2048B] edge_177_gradients/bn5b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H–½ñºƒß
/update_bn5b_branch2b/gamma/ApplyGradientDescentßÁ¾ñºƒ (B“update_bn5b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2b/gamma, learning_rate, gradients/bn5b_branch2b/gamma_grad_S177)HßÁ¾ñºƒPÈ

RecvTensor´¡½ñºƒ ¶Ø(¶Ø:"
€€À€€ÀB[9.0MB] edge_178_gradients/res5b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H´¡½ñºƒé
1update_res5b_branch2b/kernel/ApplyGradientDescentêù¾ñºƒ ô(ôB™update_res5b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res5b_branch2b/kernel, learning_rate, gradients/res5b_branch2b/kernel_grad_S178)Hêù¾ñºƒPÁ

RecvTensorÁ¡½ñºƒ «Ø(«Ø:
"€€BŠ[2048B] edge_179_gradients/bn5b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÁ¡½ñºƒÛ
.update_bn5b_branch2a/beta/ApplyGradientDescentŞ…¿ñºƒ (Bupdate_bn5b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2a/beta, learning_rate, gradients/bn5b_branch2a/beta_grad_S179)HŞ…¿ñºƒPÂ

RecvTensoré¡½ñºƒ …Ø(…Ø:
"€€B‹[2048B] edge_180_gradients/bn5b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hé¡½ñºƒß
/update_bn5b_branch2a/gamma/ApplyGradientDescentã…¿ñºƒ (B“update_bn5b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2a/gamma, learning_rate, gradients/bn5b_branch2a/gamma_grad_S180)Hã…¿ñºƒPÈ

RecvTensorí¦½ñºƒ «î(«î:"
€€€€€€B[4.0MB] edge_181_gradients/res5b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hí¦½ñºƒé
1update_res5b_branch2a/kernel/ApplyGradientDescent˜•¿ñºƒ ã(ãB™update_res5b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res5b_branch2a/kernel, learning_rate, gradients/res5b_branch2a/kernel_grad_S181)H˜•¿ñºƒPÀ

RecvTensor‡§½ñºƒ ˜î(˜î:
"€@€@B‰[8192B] edge_182_gradients/bn5a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‡§½ñºƒ×
-update_bn5a_branch1/beta/ApplyGradientDescentûš¿ñºƒ (Bupdate_bn5a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch1/beta, learning_rate, gradients/bn5a_branch1/beta_grad_S182)Hûš¿ñºƒPÁ

RecvTensorØ§½ñºƒ Îí(Îí:
"€@€@BŠ[8192B] edge_183_gradients/bn5a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HØ§½ñºƒÛ
.update_bn5a_branch1/gamma/ApplyGradientDescent›¿ñºƒ (Bupdate_bn5a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch1/gamma, learning_rate, gradients/bn5a_branch1/gamma_grad_S183)H›¿ñºƒPÇ

RecvTensor²²½ñºƒ È™(È™:"
€€€€€€BŒ[8.0MB] edge_184_gradients/res5a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H²²½ñºƒå
0update_res5a_branch1/kernel/ApplyGradientDescentúË¿ñºƒ Ü
(Ü
B–update_res5a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch1/kernel, learning_rate, gradients/res5a_branch1/kernel_grad_S184)HúË¿ñºƒPÁ

RecvTensorÍ²½ñºƒ ´™(´™:
"€@€@BŠ[8192B] edge_185_gradients/bn5a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÍ²½ñºƒÛ
.update_bn5a_branch2c/beta/ApplyGradientDescentÖÖ¿ñºƒ (Bupdate_bn5a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2c/beta, learning_rate, gradients/bn5a_branch2c/beta_grad_S185)HÖÖ¿ñºƒPÂ

RecvTensorÛ³½ñºƒ ­˜(­˜:
"€@€@B‹[8192B] edge_186_gradients/bn5a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÛ³½ñºƒß
/update_bn5a_branch2c/gamma/ApplyGradientDescentÜÖ¿ñºƒ (B“update_bn5a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2c/gamma, learning_rate, gradients/bn5a_branch2c/gamma_grad_S186)HÜÖ¿ñºƒPÈ

RecvTensor¹½ñºƒ ”®(”®:"
€€€€€€B[4.0MB] edge_187_gradients/res5a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¹½ñºƒé
1update_res5a_branch2c/kernel/ApplyGradientDescent²ç¿ñºƒ €(€B™update_res5a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch2c/kernel, learning_rate, gradients/res5a_branch2c/kernel_grad_S187)H²ç¿ñºƒPÁ

RecvTensor«¹½ñºƒ ‰®(‰®:
"€€BŠ[2048B] edge_188_gradients/bn5a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H«¹½ñºƒÛ
.update_bn5a_branch2b/beta/ApplyGradientDescent²ì¿ñºƒ (Bupdate_bn5a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2b/beta, learning_rate, gradients/bn5a_branch2b/beta_grad_S188)H²ì¿ñºƒPÂ

RecvTensorÔ¹½ñºƒ á­(á­:
"€€B‹[2048B] edge_189_gradients/bn5a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÔ¹½ñºƒß
/update_bn5a_branch2b/gamma/ApplyGradientDescent¸ì¿ñºƒ (B“update_bn5a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2b/gamma, learning_rate, gradients/bn5a_branch2b/gamma_grad_S189)H¸ì¿ñºƒPÈ

RecvTensor½Å½ñºƒ ¸ß(¸ß:"
€€À€€ÀB[9.0MB] edge_190_gradients/res5a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H½Å½ñºƒé
1update_res5a_branch2b/kernel/ApplyGradientDescentõ¤Àñºƒ Ú(ÚB™update_res5a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch2b/kernel, learning_rate, gradients/res5a_branch2b/kernel_grad_S190)Hõ¤ÀñºƒPÁ

RecvTensorÖÅ½ñºƒ  ß( ß:
"€€BŠ[2048B] edge_191_gradients/bn5a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÖÅ½ñºƒÛ
.update_bn5a_branch2a/beta/ApplyGradientDescentÏ²Àñºƒ (Bupdate_bn5a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2a/beta, learning_rate, gradients/bn5a_branch2a/beta_grad_S191)HÏ²ÀñºƒPÂ

RecvTensorãÆ½ñºƒ •Ş(•Ş:
"€€B‹[2048B] edge_192_gradients/bn5a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HãÆ½ñºƒß
/update_bn5a_branch2a/gamma/ApplyGradientDescentÔ²Àñºƒ (B“update_bn5a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2a/gamma, learning_rate, gradients/bn5a_branch2a/gamma_grad_S192)HÔ²ÀñºƒPÈ

RecvTensor…Ñ½ñºƒ Èá(Èá:"
€€€€€€B[2.0MB] edge_193_gradients/res5a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H…Ñ½ñºƒé
1update_res5a_branch2a/kernel/ApplyGradientDescentÚ²Àñºƒ »(»B™update_res5a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch2a/kernel, learning_rate, gradients/res5a_branch2a/kernel_grad_S193)HÚ²ÀñºƒPÁ

RecvTensor²Ñ½ñºƒ Ÿá(Ÿá:
"€ € BŠ[4096B] edge_194_gradients/bn4f_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H²Ñ½ñºƒÛ
.update_bn4f_branch2c/beta/ApplyGradientDescent•µÀñºƒ (Bupdate_bn4f_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2c/beta, learning_rate, gradients/bn4f_branch2c/beta_grad_S194)H•µÀñºƒPÂ

RecvTensorºÓ½ñºƒ šß(šß:
"€ € B‹[4096B] edge_195_gradients/bn4f_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HºÓ½ñºƒß
/update_bn4f_branch2c/gamma/ApplyGradientDescent›µÀñºƒ (B“update_bn4f_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2c/gamma, learning_rate, gradients/bn4f_branch2c/gamma_grad_S195)H›µÀñºƒPÆ

RecvTensor•Ù½ñºƒ ªà(ªà:"€€@€€@B[1.0MB] edge_196_gradients/res4f_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H•Ù½ñºƒé
1update_res4f_branch2c/kernel/ApplyGradientDescent¿¹Àñºƒ ¶(¶B™update_res4f_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4f_branch2c/kernel, learning_rate, gradients/res4f_branch2c/kernel_grad_S196)H¿¹ÀñºƒPÁ

RecvTensor§Ù½ñºƒ ®Ù(®Ù:
"€€BŠ[1024B] edge_197_gradients/bn4f_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H§Ù½ñºƒÛ
.update_bn4f_branch2b/beta/ApplyGradientDescent¡µÀñºƒ (Bupdate_bn4f_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2b/beta, learning_rate, gradients/bn4f_branch2b/beta_grad_S197)H¡µÀñºƒPÂ

RecvTensorîÙ½ñºƒ Òß(Òß:
"€€B‹[1024B] edge_198_gradients/bn4f_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HîÙ½ñºƒß
/update_bn4f_branch2b/gamma/ApplyGradientDescentõºÀñºƒ (B“update_bn4f_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2b/gamma, learning_rate, gradients/bn4f_branch2b/gamma_grad_S198)HõºÀñºƒPÈ

RecvTensoröå½ñºƒ úâ(úâ:"
€€€€B[2.2MB] edge_199_gradients/res4f_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Höå½ñºƒé
1update_res4f_branch2b/kernel/ApplyGradientDescentğÈÀñºƒ ë(ëB™update_res4f_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4f_branch2b/kernel, learning_rate, gradients/res4f_branch2b/kernel_grad_S199)HğÈÀñºƒPÁ

RecvTensor‡æ½ñºƒ êâ(êâ:
"€€BŠ[1024B] edge_200_gradients/bn4f_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‡æ½ñºƒÛ
.update_bn4f_branch2a/beta/ApplyGradientDescentÛËÀñºƒ (Bupdate_bn4f_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2a/beta, learning_rate, gradients/bn4f_branch2a/beta_grad_S200)HÛËÀñºƒPÂ

RecvTensorÓæ½ñºƒ Ÿâ(Ÿâ:
"€€B‹[1024B] edge_201_gradients/bn4f_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÓæ½ñºƒß
/update_bn4f_branch2a/gamma/ApplyGradientDescentàËÀñºƒ (B“update_bn4f_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2a/gamma, learning_rate, gradients/bn4f_branch2a/gamma_grad_S201)HàËÀñºƒPÆ

RecvTensor¨ì½ñºƒ ´ã(´ã:"€€@€€@B[1.0MB] edge_202_gradients/res4f_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¨ì½ñºƒé
1update_res4f_branch2a/kernel/ApplyGradientDescentÜÏÀñºƒ ´(´B™update_res4f_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4f_branch2a/kernel, learning_rate, gradients/res4f_branch2a/kernel_grad_S202)HÜÏÀñºƒPÁ

RecvTensor×ì½ñºƒ ‰ã(‰ã:
"€ € BŠ[4096B] edge_203_gradients/bn4e_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H×ì½ñºƒÛ
.update_bn4e_branch2c/beta/ApplyGradientDescentÑÀñºƒ (Bupdate_bn4e_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2c/beta, learning_rate, gradients/bn4e_branch2c/beta_grad_S203)HÑÀñºƒPÂ

RecvTensorøî½ñºƒ ëà(ëà:
"€ € B‹[4096B] edge_204_gradients/bn4e_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Høî½ñºƒß
/update_bn4e_branch2c/gamma/ApplyGradientDescent–ÑÀñºƒ (B“update_bn4e_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2c/gamma, learning_rate, gradients/bn4e_branch2c/gamma_grad_S204)H–ÑÀñºƒPÆ

RecvTensor—ô½ñºƒ ·â(·â:"€€@€€@B[1.0MB] edge_205_gradients/res4e_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H—ô½ñºƒé
1update_res4e_branch2c/kernel/ApplyGradientDescentÎÖÀñºƒ ³(³B™update_res4e_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4e_branch2c/kernel, learning_rate, gradients/res4e_branch2c/kernel_grad_S205)HÎÖÀñºƒPÁ

RecvTensor¨ô½ñºƒ §â(§â:
"€€BŠ[1024B] edge_206_gradients/bn4e_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¨ô½ñºƒÛ
.update_bn4e_branch2b/beta/ApplyGradientDescentØÀñºƒ (Bupdate_bn4e_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2b/beta, learning_rate, gradients/bn4e_branch2b/beta_grad_S206)HØÀñºƒPÂ

RecvTensoröô½ñºƒ Ùá(Ùá:
"€€B‹[1024B] edge_207_gradients/bn4e_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Höô½ñºƒß
/update_bn4e_branch2b/gamma/ApplyGradientDescent†ØÀñºƒ (B“update_bn4e_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2b/gamma, learning_rate, gradients/bn4e_branch2b/gamma_grad_S207)H†ØÀñºƒPÈ

RecvTensor÷€¾ñºƒ ˆå(ˆå:"
€€€€B[2.2MB] edge_208_gradients/res4e_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H÷€¾ñºƒé
1update_res4e_branch2b/kernel/ApplyGradientDescentÿåÀñºƒ (B™update_res4e_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4e_branch2b/kernel, learning_rate, gradients/res4e_branch2b/kernel_grad_S208)HÿåÀñºƒPÁ

RecvTensorˆ¾ñºƒ øä(øä:
"€€BŠ[1024B] edge_209_gradients/bn4e_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hˆ¾ñºƒÛ
.update_bn4e_branch2a/beta/ApplyGradientDescent€éÀñºƒ (Bupdate_bn4e_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2a/beta, learning_rate, gradients/bn4e_branch2a/beta_grad_S209)H€éÀñºƒPÂ

RecvTensorÒ¾ñºƒ ¯ä(¯ä:
"€€B‹[1024B] edge_210_gradients/bn4e_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÒ¾ñºƒß
/update_bn4e_branch2a/gamma/ApplyGradientDescent…éÀñºƒ (B“update_bn4e_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2a/gamma, learning_rate, gradients/bn4e_branch2a/gamma_grad_S210)H…éÀñºƒPÆ

RecvTensoræ†¾ñºƒ †æ(†æ:"€€@€€@B[1.0MB] edge_211_gradients/res4e_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hæ†¾ñºƒé
1update_res4e_branch2a/kernel/ApplyGradientDescentììÀñºƒ Á(ÁB™update_res4e_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4e_branch2a/kernel, learning_rate, gradients/res4e_branch2a/kernel_grad_S211)HììÀñºƒPÁ

RecvTensor“‡¾ñºƒ Üå(Üå:
"€ € BŠ[4096B] edge_212_gradients/bn4d_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H“‡¾ñºƒÛ
.update_bn4d_branch2c/beta/ApplyGradientDescent­îÀñºƒ (Bupdate_bn4d_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2c/beta, learning_rate, gradients/bn4d_branch2c/beta_grad_S212)H­îÀñºƒPÂ

RecvTensor©‰¾ñºƒ Éã(Éã:
"€ € B‹[4096B] edge_213_gradients/bn4d_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H©‰¾ñºƒß
/update_bn4d_branch2c/gamma/ApplyGradientDescent³îÀñºƒ (B“update_bn4d_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2c/gamma, learning_rate, gradients/bn4d_branch2c/gamma_grad_S213)H³îÀñºƒPÆ

RecvTensorÃ¾ñºƒ šå(šå:"€€@€€@B[1.0MB] edge_214_gradients/res4d_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÃ¾ñºƒé
1update_res4d_branch2c/kernel/ApplyGradientDescentİóÀñºƒ ²(²B™update_res4d_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4d_branch2c/kernel, learning_rate, gradients/res4d_branch2c/kernel_grad_S214)HİóÀñºƒPÁ

RecvTensorÕ¾ñºƒ ‰å(‰å:
"€€BŠ[1024B] edge_215_gradients/bn4d_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÕ¾ñºƒÛ
.update_bn4d_branch2b/beta/ApplyGradientDescentõÀñºƒ (Bupdate_bn4d_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2b/beta, learning_rate, gradients/bn4d_branch2b/beta_grad_S215)HõÀñºƒPÂ

RecvTensor¾ñºƒ Áä(Áä:
"€€B‹[1024B] edge_216_gradients/bn4d_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¾ñºƒß
/update_bn4d_branch2b/gamma/ApplyGradientDescent•õÀñºƒ (B“update_bn4d_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2b/gamma, learning_rate, gradients/bn4d_branch2b/gamma_grad_S216)H•õÀñºƒPÈ

RecvTensor‰›¾ñºƒ …è(…è:"
€€€€B[2.2MB] edge_217_gradients/res4d_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‰›¾ñºƒé
1update_res4d_branch2b/kernel/ApplyGradientDescentƒÁñºƒ ø(øB™update_res4d_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4d_branch2b/kernel, learning_rate, gradients/res4d_branch2b/kernel_grad_S217)HƒÁñºƒPÁ

RecvTensor™›¾ñºƒ öç(öç:
"€€BŠ[1024B] edge_218_gradients/bn4d_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H™›¾ñºƒÛ
.update_bn4d_branch2a/beta/ApplyGradientDescent††Áñºƒ (Bupdate_bn4d_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2a/beta, learning_rate, gradients/bn4d_branch2a/beta_grad_S218)H††ÁñºƒPÂ

RecvTensorä›¾ñºƒ ¬ç(¬ç:
"€€B‹[1024B] edge_219_gradients/bn4d_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hä›¾ñºƒß
/update_bn4d_branch2a/gamma/ApplyGradientDescent‹†Áñºƒ (B“update_bn4d_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2a/gamma, learning_rate, gradients/bn4d_branch2a/gamma_grad_S219)H‹†ÁñºƒPÆ

RecvTensor—¡¾ñºƒ äè(äè:"€€@€€@B[1.0MB] edge_220_gradients/res4d_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H—¡¾ñºƒé
1update_res4d_branch2a/kernel/ApplyGradientDescentû‰Áñºƒ ¢(¢B™update_res4d_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4d_branch2a/kernel, learning_rate, gradients/res4d_branch2a/kernel_grad_S220)Hû‰ÁñºƒPÁ

RecvTensorÆ¡¾ñºƒ ¸è(¸è:
"€ € BŠ[4096B] edge_221_gradients/bn4c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÆ¡¾ñºƒÛ
.update_bn4c_branch2c/beta/ApplyGradientDescent‹Áñºƒ (Bupdate_bn4c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2c/beta, learning_rate, gradients/bn4c_branch2c/beta_grad_S221)H‹ÁñºƒPÂ

RecvTensorÚ£¾ñºƒ ¨æ(¨æ:
"€ € B‹[4096B] edge_222_gradients/bn4c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÚ£¾ñºƒß
/update_bn4c_branch2c/gamma/ApplyGradientDescent¢‹Áñºƒ (B“update_bn4c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2c/gamma, learning_rate, gradients/bn4c_branch2c/gamma_grad_S222)H¢‹ÁñºƒPÆ

RecvTensor°©¾ñºƒ ¼ç(¼ç:"€€@€€@B[1.0MB] edge_223_gradients/res4c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H°©¾ñºƒé
1update_res4c_branch2c/kernel/ApplyGradientDescentìÁñºƒ µ(µB™update_res4c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4c_branch2c/kernel, learning_rate, gradients/res4c_branch2c/kernel_grad_S223)HìÁñºƒPÁ

RecvTensorÁ©¾ñºƒ ¬ç(¬ç:
"€€BŠ[1024B] edge_224_gradients/bn4c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÁ©¾ñºƒÛ
.update_bn4c_branch2b/beta/ApplyGradientDescent¡’Áñºƒ (Bupdate_bn4c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2b/beta, learning_rate, gradients/bn4c_branch2b/beta_grad_S224)H¡’ÁñºƒPÂ

RecvTensorŠª¾ñºƒ äæ(äæ:
"€€B‹[1024B] edge_225_gradients/bn4c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŠª¾ñºƒß
/update_bn4c_branch2b/gamma/ApplyGradientDescent¦’Áñºƒ (B“update_bn4c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2b/gamma, learning_rate, gradients/bn4c_branch2b/gamma_grad_S225)H¦’ÁñºƒPÈ

RecvTensor¶¾ñºƒ ‘ê(‘ê:"
€€€€B[2.2MB] edge_226_gradients/res4c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¶¾ñºƒé
1update_res4c_branch2b/kernel/ApplyGradientDescent Áñºƒ ‘(‘B™update_res4c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4c_branch2b/kernel, learning_rate, gradients/res4c_branch2b/kernel_grad_S226)H ÁñºƒPÁ

RecvTensorŸ¶¾ñºƒ ÿé(ÿé:
"€€BŠ[1024B] edge_227_gradients/bn4c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŸ¶¾ñºƒÛ
.update_bn4c_branch2a/beta/ApplyGradientDescent¯£Áñºƒ (Bupdate_bn4c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2a/beta, learning_rate, gradients/bn4c_branch2a/beta_grad_S227)H¯£ÁñºƒPÂ

RecvTensorë¶¾ñºƒ ´é(´é:
"€€B‹[1024B] edge_228_gradients/bn4c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hë¶¾ñºƒß
/update_bn4c_branch2a/gamma/ApplyGradientDescent³£Áñºƒ (B“update_bn4c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2a/gamma, learning_rate, gradients/bn4c_branch2a/gamma_grad_S228)H³£ÁñºƒPÆ

RecvTensor‹¼¾ñºƒ ÿê(ÿê:"€€@€€@B[1.0MB] edge_229_gradients/res4c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‹¼¾ñºƒé
1update_res4c_branch2a/kernel/ApplyGradientDescentŠ§Áñºƒ ¯(¯B™update_res4c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4c_branch2a/kernel, learning_rate, gradients/res4c_branch2a/kernel_grad_S229)HŠ§ÁñºƒPÁ

RecvTensor·¼¾ñºƒ Öê(Öê:
"€ € BŠ[4096B] edge_230_gradients/bn4b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H·¼¾ñºƒÛ
.update_bn4b_branch2c/beta/ApplyGradientDescent¹¨Áñºƒ (Bupdate_bn4b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2c/beta, learning_rate, gradients/bn4b_branch2c/beta_grad_S230)H¹¨ÁñºƒPÂ

RecvTensorÇ¾¾ñºƒ Êè(Êè:
"€ € B‹[4096B] edge_231_gradients/bn4b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÇ¾¾ñºƒß
/update_bn4b_branch2c/gamma/ApplyGradientDescent¿¨Áñºƒ (B“update_bn4b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2c/gamma, learning_rate, gradients/bn4b_branch2c/gamma_grad_S231)H¿¨ÁñºƒPÆ

RecvTensorıÃ¾ñºƒ şé(şé:"€€@€€@B[1.0MB] edge_232_gradients/res4b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HıÃ¾ñºƒé
1update_res4b_branch2c/kernel/ApplyGradientDescentû­Áñºƒ ¼(¼B™update_res4b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4b_branch2c/kernel, learning_rate, gradients/res4b_branch2c/kernel_grad_S232)Hû­ÁñºƒPÁ

RecvTensorÄ¾ñºƒ íé(íé:
"€€BŠ[1024B] edge_233_gradients/bn4b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÄ¾ñºƒÛ
.update_bn4b_branch2b/beta/ApplyGradientDescent·¯Áñºƒ (Bupdate_bn4b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2b/beta, learning_rate, gradients/bn4b_branch2b/beta_grad_S233)H·¯ÁñºƒPÂ

RecvTensorÖÄ¾ñºƒ §é(§é:
"€€B‹[1024B] edge_234_gradients/bn4b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÖÄ¾ñºƒß
/update_bn4b_branch2b/gamma/ApplyGradientDescent¼¯Áñºƒ (B“update_bn4b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2b/gamma, learning_rate, gradients/bn4b_branch2b/gamma_grad_S234)H¼¯ÁñºƒPÈ

RecvTensor³Ğ¾ñºƒ ûì(ûì:"
€€€€B[2.2MB] edge_235_gradients/res4b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H³Ğ¾ñºƒé
1update_res4b_branch2b/kernel/ApplyGradientDescent®½Áñºƒ ë(ëB™update_res4b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4b_branch2b/kernel, learning_rate, gradients/res4b_branch2b/kernel_grad_S235)H®½ÁñºƒPÁ

RecvTensorÄĞ¾ñºƒ ºİ(ºİ:
"€€BŠ[1024B] edge_236_gradients/bn4b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÄĞ¾ñºƒÛ
.update_bn4b_branch2a/beta/ApplyGradientDescentÁ¯Áñºƒ (Bupdate_bn4b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2a/beta, learning_rate, gradients/bn4b_branch2a/beta_grad_S236)HÁ¯ÁñºƒPÂ

RecvTensor‹Ñ¾ñºƒ £ì(£ì:
"€€B‹[1024B] edge_237_gradients/bn4b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‹Ñ¾ñºƒß
/update_bn4b_branch2a/gamma/ApplyGradientDescent™ÀÁñºƒ (B“update_bn4b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2a/gamma, learning_rate, gradients/bn4b_branch2a/gamma_grad_S237)H™ÀÁñºƒPÆ

RecvTensor´Ö¾ñºƒ åí(åí:"€€@€€@B[1.0MB] edge_238_gradients/res4b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H´Ö¾ñºƒé
1update_res4b_branch2a/kernel/ApplyGradientDescent™ÄÁñºƒ ©(©B™update_res4b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4b_branch2a/kernel, learning_rate, gradients/res4b_branch2a/kernel_grad_S238)H™ÄÁñºƒPÀ

RecvTensorãÖ¾ñºƒ ¹í(¹í:
"€ € B‰[4096B] edge_239_gradients/bn4a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HãÖ¾ñºƒ×
-update_bn4a_branch1/beta/ApplyGradientDescentÂÅÁñºƒ (Bupdate_bn4a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch1/beta, learning_rate, gradients/bn4a_branch1/beta_grad_S239)HÂÅÁñºƒPÁ

RecvTensorÿ×¾ñºƒ ¡ì(¡ì:
"€ € BŠ[4096B] edge_240_gradients/bn4a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hÿ×¾ñºƒÛ
.update_bn4a_branch1/gamma/ApplyGradientDescentÇÅÁñºƒ (Bupdate_bn4a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch1/gamma, learning_rate, gradients/bn4a_branch1/gamma_grad_S240)HÇÅÁñºƒPÇ

RecvTensor›ã¾ñºƒ Úî(Úî:"
€€€€€€BŒ[2.0MB] edge_241_gradients/res4a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H›ã¾ñºƒå
0update_res4a_branch1/kernel/ApplyGradientDescentõÑÁñºƒ ü(üB–update_res4a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch1/kernel, learning_rate, gradients/res4a_branch1/kernel_grad_S241)HõÑÁñºƒPÁ

RecvTensorÆã¾ñºƒ ²î(²î:
"€ € BŠ[4096B] edge_242_gradients/bn4a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÆã¾ñºƒÛ
.update_bn4a_branch2c/beta/ApplyGradientDescentñÔÁñºƒ (Bupdate_bn4a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2c/beta, learning_rate, gradients/bn4a_branch2c/beta_grad_S242)HñÔÁñºƒPÂ

RecvTensorÉå¾ñºƒ ³ì(³ì:
"€ € B‹[4096B] edge_243_gradients/bn4a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÉå¾ñºƒß
/update_bn4a_branch2c/gamma/ApplyGradientDescentöÔÁñºƒ (B“update_bn4a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2c/gamma, learning_rate, gradients/bn4a_branch2c/gamma_grad_S243)HöÔÁñºƒPÆ

RecvTensorıê¾ñºƒ éí(éí:"€€@€€@B[1.0MB] edge_244_gradients/res4a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hıê¾ñºƒé
1update_res4a_branch2c/kernel/ApplyGradientDescentæØÁñºƒ À(ÀB™update_res4a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch2c/kernel, learning_rate, gradients/res4a_branch2c/kernel_grad_S244)HæØÁñºƒPÁ

RecvTensorë¾ñºƒ Ùí(Ùí:
"€€BŠ[1024B] edge_245_gradients/bn4a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hë¾ñºƒÛ
.update_bn4a_branch2b/beta/ApplyGradientDescent¦ÚÁñºƒ (Bupdate_bn4a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2b/beta, learning_rate, gradients/bn4a_branch2b/beta_grad_S245)H¦ÚÁñºƒPÂ

RecvTensorÚë¾ñºƒ í(í:
"€€B‹[1024B] edge_246_gradients/bn4a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÚë¾ñºƒß
/update_bn4a_branch2b/gamma/ApplyGradientDescent«ÚÁñºƒ (B“update_bn4a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2b/gamma, learning_rate, gradients/bn4a_branch2b/gamma_grad_S246)H«ÚÁñºƒPÈ

RecvTensor¹÷¾ñºƒ ßğ(ßğ:"
€€€€B[2.2MB] edge_247_gradients/res4a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¹÷¾ñºƒé
1update_res4a_branch2b/kernel/ApplyGradientDescent˜èÁñºƒ £(£B™update_res4a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch2b/kernel, learning_rate, gradients/res4a_branch2b/kernel_grad_S247)H˜èÁñºƒPÁ

RecvTensorè÷¾ñºƒ ±ğ(±ğ:
"€€BŠ[1024B] edge_248_gradients/bn4a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hè÷¾ñºƒÛ
.update_bn4a_branch2a/beta/ApplyGradientDescent»ëÁñºƒ (Bupdate_bn4a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2a/beta, learning_rate, gradients/bn4a_branch2a/beta_grad_S248)H»ëÁñºƒPÂ

RecvTensorˆú¾ñºƒ ’î(’î:
"€€B‹[1024B] edge_249_gradients/bn4a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hˆú¾ñºƒß
/update_bn4a_branch2a/gamma/ApplyGradientDescentÀëÁñºƒ (B“update_bn4a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2a/gamma, learning_rate, gradients/bn4a_branch2a/gamma_grad_S249)HÀëÁñºƒPÆ

RecvTensor§„¿ñºƒ ¨ç(¨ç:"€€ €€ B[0.5MB] edge_250_gradients/res4a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H§„¿ñºƒç
1update_res4a_branch2a/kernel/ApplyGradientDescentÏëÁñºƒ b(bB™update_res4a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch2a/kernel, learning_rate, gradients/res4a_branch2a/kernel_grad_S250)HÏëÁñºƒPÁ

RecvTensorù„¿ñºƒ Øæ(Øæ:
"€€BŠ[2048B] edge_251_gradients/bn3d_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hù„¿ñºƒÛ
.update_bn3d_branch2c/beta/ApplyGradientDescent±ìÁñºƒ (Bupdate_bn3d_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2c/beta, learning_rate, gradients/bn3d_branch2c/beta_grad_S251)H±ìÁñºƒPÂ

RecvTensorıˆ¿ñºƒ Õâ(Õâ:
"€€B‹[2048B] edge_252_gradients/bn3d_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hıˆ¿ñºƒß
/update_bn3d_branch2c/gamma/ApplyGradientDescent·ìÁñºƒ (B“update_bn3d_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2c/gamma, learning_rate, gradients/bn3d_branch2c/gamma_grad_S252)H·ìÁñºƒPÆ

RecvTensor¬¿ñºƒ ß(ß:"€€€€B[0.2MB] edge_253_gradients/res3d_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¬¿ñºƒç
1update_res3d_branch2c/kernel/ApplyGradientDescent­íÁñºƒ 0(0B™update_res3d_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3d_branch2c/kernel, learning_rate, gradients/res3d_branch2c/kernel_grad_S253)H­íÁñºƒPÀ

RecvTensorÆ¿ñºƒ çŞ(çŞ:
"€€B‰[512B] edge_254_gradients/bn3d_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÆ¿ñºƒÛ
.update_bn3d_branch2b/beta/ApplyGradientDescentİíÁñºƒ (Bupdate_bn3d_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2b/beta, learning_rate, gradients/bn3d_branch2b/beta_grad_S254)HİíÁñºƒPÁ

RecvTensorĞ¿ñºƒ Şİ(Şİ:
"€€BŠ[512B] edge_255_gradients/bn3d_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HĞ¿ñºƒß
/update_bn3d_branch2b/gamma/ApplyGradientDescentâíÁñºƒ (B“update_bn3d_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2b/gamma, learning_rate, gradients/bn3d_branch2b/gamma_grad_S255)HâíÁñºƒPÆ

RecvTensorÁ›¿ñºƒ ÙÕ(ÙÕ:"€€$€€$B[0.6MB] edge_256_gradients/res3d_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÁ›¿ñºƒç
1update_res3d_branch2b/kernel/ApplyGradientDescentšñÁñºƒ o(oB™update_res3d_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3d_branch2b/kernel, learning_rate, gradients/res3d_branch2b/kernel_grad_S256)HšñÁñºƒPÀ

RecvTensorİ›¿ñºƒ ½Õ(½Õ:
"€€B‰[512B] edge_257_gradients/bn3d_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hİ›¿ñºƒÛ
.update_bn3d_branch2a/beta/ApplyGradientDescent‰òÁñºƒ (Bupdate_bn3d_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2a/beta, learning_rate, gradients/bn3d_branch2a/beta_grad_S257)H‰òÁñºƒPÁ

RecvTensoræœ¿ñºƒ µÔ(µÔ:
"€€BŠ[512B] edge_258_gradients/bn3d_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hæœ¿ñºƒß
/update_bn3d_branch2a/gamma/ApplyGradientDescentòÁñºƒ (B“update_bn3d_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2a/gamma, learning_rate, gradients/bn3d_branch2a/gamma_grad_S258)HòÁñºƒPÆ

RecvTensor™¢¿ñºƒ ÜĞ(ÜĞ:"€€€€B[0.2MB] edge_259_gradients/res3d_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H™¢¿ñºƒç
1update_res3d_branch2a/kernel/ApplyGradientDescentõòÁñºƒ 4(4B™update_res3d_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3d_branch2a/kernel, learning_rate, gradients/res3d_branch2a/kernel_grad_S259)HõòÁñºƒPÁ

RecvTensorí¢¿ñºƒ ŠĞ(ŠĞ:
"€€BŠ[2048B] edge_260_gradients/bn3c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hí¢¿ñºƒÛ
.update_bn3c_branch2c/beta/ApplyGradientDescent©óÁñºƒ (Bupdate_bn3c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2c/beta, learning_rate, gradients/bn3c_branch2c/beta_grad_S260)H©óÁñºƒPÂ

RecvTensorö¦¿ñºƒ ƒÌ(ƒÌ:
"€€B‹[2048B] edge_261_gradients/bn3c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hö¦¿ñºƒß
/update_bn3c_branch2c/gamma/ApplyGradientDescent®óÁñºƒ (B“update_bn3c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2c/gamma, learning_rate, gradients/bn3c_branch2c/gamma_grad_S261)H®óÁñºƒPÆ

RecvTensor¬¿ñºƒ ¶È(¶È:"€€€€B[0.2MB] edge_262_gradients/res3c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¬¿ñºƒç
1update_res3c_branch2c/kernel/ApplyGradientDescentÓôÁñºƒ 1(1B™update_res3c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3c_branch2c/kernel, learning_rate, gradients/res3c_branch2c/kernel_grad_S262)HÓôÁñºƒPÀ

RecvTensor¹¬¿ñºƒ ›È(›È:
"€€B‰[512B] edge_263_gradients/bn3c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¹¬¿ñºƒÛ
.update_bn3c_branch2b/beta/ApplyGradientDescent„õÁñºƒ (Bupdate_bn3c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2b/beta, learning_rate, gradients/bn3c_branch2b/beta_grad_S263)H„õÁñºƒPÁ

RecvTensorÀ­¿ñºƒ ”Ç(”Ç:
"€€BŠ[512B] edge_264_gradients/bn3c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÀ­¿ñºƒß
/update_bn3c_branch2b/gamma/ApplyGradientDescent‰õÁñºƒ (B“update_bn3c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2b/gamma, learning_rate, gradients/bn3c_branch2b/gamma_grad_S264)H‰õÁñºƒPÆ

RecvTensorÁ¹¿ñºƒ ÿ¾(ÿ¾:"€€$€€$B[0.6MB] edge_265_gradients/res3c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÁ¹¿ñºƒç
1update_res3c_branch2b/kernel/ApplyGradientDescentÀøÁñºƒ `(`B™update_res3c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3c_branch2b/kernel, learning_rate, gradients/res3c_branch2b/kernel_grad_S265)HÀøÁñºƒPÀ

RecvTensorÛ¹¿ñºƒ æ¾(æ¾:
"€€B‰[512B] edge_266_gradients/bn3c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÛ¹¿ñºƒÛ
.update_bn3c_branch2a/beta/ApplyGradientDescent ùÁñºƒ (Bupdate_bn3c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2a/beta, learning_rate, gradients/bn3c_branch2a/beta_grad_S266)H ùÁñºƒPÁ

RecvTensoräº¿ñºƒ İ½(İ½:
"€€BŠ[512B] edge_267_gradients/bn3c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Häº¿ñºƒß
/update_bn3c_branch2a/gamma/ApplyGradientDescent¦ùÁñºƒ (B“update_bn3c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2a/gamma, learning_rate, gradients/bn3c_branch2a/gamma_grad_S267)H¦ùÁñºƒPÆ

RecvTensor¢À¿ñºƒ ú¹(ú¹:"€€€€B[0.2MB] edge_268_gradients/res3c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¢À¿ñºƒç
1update_res3c_branch2a/kernel/ApplyGradientDescentœúÁñºƒ 1(1B™update_res3c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3c_branch2a/kernel, learning_rate, gradients/res3c_branch2a/kernel_grad_S268)HœúÁñºƒPÁ

RecvTensoröÀ¿ñºƒ §¹(§¹:
"€€BŠ[2048B] edge_269_gradients/bn3b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HöÀ¿ñºƒÛ
.update_bn3b_branch2c/beta/ApplyGradientDescentÍúÁñºƒ (Bupdate_bn3b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2c/beta, learning_rate, gradients/bn3b_branch2c/beta_grad_S269)HÍúÁñºƒPÂ

RecvTensorÅ¿ñºƒ µ(µ:
"€€B‹[2048B] edge_270_gradients/bn3b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÅ¿ñºƒß
/update_bn3b_branch2c/gamma/ApplyGradientDescentÒúÁñºƒ (B“update_bn3b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2c/gamma, learning_rate, gradients/bn3b_branch2c/gamma_grad_S270)HÒúÁñºƒPÆ

RecvTensor±Ê¿ñºƒ É±(É±:"€€€€B[0.2MB] edge_271_gradients/res3b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H±Ê¿ñºƒç
1update_res3b_branch2c/kernel/ApplyGradientDescentúûÁñºƒ 2(2B™update_res3b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3b_branch2c/kernel, learning_rate, gradients/res3b_branch2c/kernel_grad_S271)HúûÁñºƒPÀ

RecvTensorÌÊ¿ñºƒ ®±(®±:
"€€B‰[512B] edge_272_gradients/bn3b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÌÊ¿ñºƒÛ
.update_bn3b_branch2b/beta/ApplyGradientDescent¬üÁñºƒ (Bupdate_bn3b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2b/beta, learning_rate, gradients/bn3b_branch2b/beta_grad_S272)H¬üÁñºƒPÁ

RecvTensorØË¿ñºƒ £°(£°:
"€€BŠ[512B] edge_273_gradients/bn3b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HØË¿ñºƒß
/update_bn3b_branch2b/gamma/ApplyGradientDescent±üÁñºƒ (B“update_bn3b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2b/gamma, learning_rate, gradients/bn3b_branch2b/gamma_grad_S273)H±üÁñºƒPÆ

RecvTensorº×¿ñºƒ ­¨(­¨:"€€$€€$B[0.6MB] edge_274_gradients/res3b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hº×¿ñºƒç
1update_res3b_branch2b/kernel/ApplyGradientDescentçÿÁñºƒ s(sB™update_res3b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3b_branch2b/kernel, learning_rate, gradients/res3b_branch2b/kernel_grad_S274)HçÿÁñºƒPÀ

RecvTensor××¿ñºƒ ¨(¨:
"€€B‰[512B] edge_275_gradients/bn3b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H××¿ñºƒÛ
.update_bn3b_branch2a/beta/ApplyGradientDescentÚ€Âñºƒ (Bupdate_bn3b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2a/beta, learning_rate, gradients/bn3b_branch2a/beta_grad_S275)HÚ€ÂñºƒPÁ

RecvTensoráØ¿ñºƒ †§(†§:
"€€BŠ[512B] edge_276_gradients/bn3b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HáØ¿ñºƒß
/update_bn3b_branch2a/gamma/ApplyGradientDescentà€Âñºƒ (B“update_bn3b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2a/gamma, learning_rate, gradients/bn3b_branch2a/gamma_grad_S276)Hà€ÂñºƒPÆ

RecvTensor‡Ş¿ñºƒ »£(»£:"€€€€B[0.2MB] edge_277_gradients/res3b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‡Ş¿ñºƒç
1update_res3b_branch2a/kernel/ApplyGradientDescentÂÂñºƒ 2(2B™update_res3b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3b_branch2a/kernel, learning_rate, gradients/res3b_branch2a/kernel_grad_S277)HÂÂñºƒPÀ

RecvTensorİŞ¿ñºƒ ç¢(ç¢:
"€€B‰[2048B] edge_278_gradients/bn3a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HİŞ¿ñºƒ×
-update_bn3a_branch1/beta/ApplyGradientDescentôÂñºƒ (Bupdate_bn3a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch1/beta, learning_rate, gradients/bn3a_branch1/beta_grad_S278)HôÂñºƒPÁ

RecvTensor“á¿ñºƒ ² (² :
"€€BŠ[2048B] edge_279_gradients/bn3a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H“á¿ñºƒÛ
.update_bn3a_branch1/gamma/ApplyGradientDescentúÂñºƒ (Bupdate_bn3a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch1/gamma, learning_rate, gradients/bn3a_branch1/gamma_grad_S279)HúÂñºƒPÅ

RecvTensor“ì¿ñºƒ è˜(è˜:"€€ €€ BŒ[0.5MB] edge_280_gradients/res3a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H“ì¿ñºƒã
0update_res3a_branch1/kernel/ApplyGradientDescentû„Âñºƒ l(lB–update_res3a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch1/kernel, learning_rate, gradients/res3a_branch1/kernel_grad_S280)Hû„ÂñºƒPÁ

RecvTensoräì¿ñºƒ ˜˜(˜˜:
"€€BŠ[2048B] edge_281_gradients/bn3a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Häì¿ñºƒÛ
.update_bn3a_branch2c/beta/ApplyGradientDescentç…Âñºƒ (Bupdate_bn3a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2c/beta, learning_rate, gradients/bn3a_branch2c/beta_grad_S281)Hç…ÂñºƒPÂ

RecvTensor©ñ¿ñºƒ Õ“(Õ“:
"€€B‹[2048B] edge_282_gradients/bn3a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H©ñ¿ñºƒß
/update_bn3a_branch2c/gamma/ApplyGradientDescentí…Âñºƒ (B“update_bn3a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2c/gamma, learning_rate, gradients/bn3a_branch2c/gamma_grad_S282)Hí…ÂñºƒPÆ

RecvTensor¸ö¿ñºƒ ¡(¡:"€€€€B[0.2MB] edge_283_gradients/res3a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¸ö¿ñºƒç
1update_res3a_branch2c/kernel/ApplyGradientDescentÙ†Âñºƒ ,(,B™update_res3a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch2c/kernel, learning_rate, gradients/res3a_branch2c/kernel_grad_S283)HÙ†ÂñºƒPÀ

RecvTensorÔö¿ñºƒ …(…:
"€€B‰[512B] edge_284_gradients/bn3a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÔö¿ñºƒÛ
.update_bn3a_branch2b/beta/ApplyGradientDescent…‡Âñºƒ (Bupdate_bn3a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2b/beta, learning_rate, gradients/bn3a_branch2b/beta_grad_S284)H…‡ÂñºƒPÁ

RecvTensorç÷¿ñºƒ ó(ó:
"€€BŠ[512B] edge_285_gradients/bn3a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hç÷¿ñºƒß
/update_bn3a_branch2b/gamma/ApplyGradientDescentŠ‡Âñºƒ (B“update_bn3a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2b/gamma, learning_rate, gradients/bn3a_branch2b/gamma_grad_S285)HŠ‡ÂñºƒPÆ

RecvTensorÄƒÀñºƒ ‚‡(‚‡:"€€$€€$B[0.6MB] edge_286_gradients/res3a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÄƒÀñºƒç
1update_res3a_branch2b/kernel/ApplyGradientDescentÆŠÂñºƒ a(aB™update_res3a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch2b/kernel, learning_rate, gradients/res3a_branch2b/kernel_grad_S286)HÆŠÂñºƒPÀ

RecvTensor”„Àñºƒ ²†(²†:
"€€B‰[512B] edge_287_gradients/bn3a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H”„ÀñºƒÛ
.update_bn3a_branch2a/beta/ApplyGradientDescent§‹Âñºƒ (Bupdate_bn3a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2a/beta, learning_rate, gradients/bn3a_branch2a/beta_grad_S287)H§‹ÂñºƒPÁ

RecvTensor­ˆÀñºƒ ™‚(™‚:
"€€BŠ[512B] edge_288_gradients/bn3a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H­ˆÀñºƒß
/update_bn3a_branch2a/gamma/ApplyGradientDescent¬‹Âñºƒ (B“update_bn3a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2a/gamma, learning_rate, gradients/bn3a_branch2a/gamma_grad_S288)H¬‹ÂñºƒPÆ

RecvTensor¨’Àñºƒ Œù(Œù:"€€€€B[0.1MB] edge_289_gradients/res3a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¨’Àñºƒç
1update_res3a_branch2a/kernel/ApplyGradientDescent´‹Âñºƒ (B™update_res3a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch2a/kernel, learning_rate, gradients/res3a_branch2a/kernel_grad_S289)H´‹ÂñºƒPÁ

RecvTensorÂ“Àñºƒ ó÷(ó÷:
"€€BŠ[1024B] edge_290_gradients/bn2c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÂ“ÀñºƒÛ
.update_bn2c_branch2c/beta/ApplyGradientDescentÍ‹Âñºƒ (Bupdate_bn2c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2c/beta, learning_rate, gradients/bn2c_branch2c/beta_grad_S290)HÍ‹ÂñºƒPÂ

RecvTensorç›Àñºƒ Îï(Îï:
"€€B‹[1024B] edge_291_gradients/bn2c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hç›Àñºƒß
/update_bn2c_branch2c/gamma/ApplyGradientDescentÒ‹Âñºƒ (B“update_bn2c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2c/gamma, learning_rate, gradients/bn2c_branch2c/gamma_grad_S291)HÒ‹ÂñºƒPÇ

RecvTensorù Àñºƒ óê(óê:"€€€€B[65536B] edge_292_gradients/res2c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hù Àñºƒç
1update_res2c_branch2c/kernel/ApplyGradientDescentì‹Âñºƒ (B™update_res2c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res2c_branch2c/kernel, learning_rate, gradients/res2c_branch2c/kernel_grad_S292)Hì‹ÂñºƒPÀ

RecvTensor¨¡Àñºƒ Äê(Äê:
"€€B‰[256B] edge_293_gradients/bn2c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¨¡ÀñºƒÛ
.update_bn2c_branch2b/beta/ApplyGradientDescentü‹Âñºƒ (Bupdate_bn2c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2b/beta, learning_rate, gradients/bn2c_branch2b/beta_grad_S293)Hü‹ÂñºƒPÁ

RecvTensor´£Àñºƒ ¹è(¹è:
"€€BŠ[256B] edge_294_gradients/bn2c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H´£Àñºƒß
/update_bn2c_branch2b/gamma/ApplyGradientDescentŒÂñºƒ (B“update_bn2c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2b/gamma, learning_rate, gradients/bn2c_branch2b/gamma_grad_S294)HŒÂñºƒPÆ

RecvTensoró®Àñºƒ õİ(õİ:"€€	€€	B[0.1MB] edge_295_gradients/res2c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hó®Àñºƒç
1update_res2c_branch2b/kernel/ApplyGradientDescentèŒÂñºƒ (B™update_res2c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res2c_branch2b/kernel, learning_rate, gradients/res2c_branch2b/kernel_grad_S295)HèŒÂñºƒPÀ

RecvTensor ¯Àñºƒ Èİ(Èİ:
"€€B‰[256B] edge_296_gradients/bn2c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H ¯ÀñºƒÛ
.update_bn2c_branch2a/beta/ApplyGradientDescent„Âñºƒ (Bupdate_bn2c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2a/beta, learning_rate, gradients/bn2c_branch2a/beta_grad_S296)H„ÂñºƒPÁ

RecvTensorº±Àñºƒ ®Û(®Û:
"€€BŠ[256B] edge_297_gradients/bn2c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hº±Àñºƒß
/update_bn2c_branch2a/gamma/ApplyGradientDescentŠÂñºƒ (B“update_bn2c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2a/gamma, learning_rate, gradients/bn2c_branch2a/gamma_grad_S297)HŠÂñºƒPÇ

RecvTensorÖ¶Àñºƒ ÉÖ(ÉÖ:"€€€€B[65536B] edge_298_gradients/res2c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÖ¶Àñºƒç
1update_res2c_branch2a/kernel/ApplyGradientDescentŸÂñºƒ (B™update_res2c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res2c_branch2a/kernel, learning_rate, gradients/res2c_branch2a/kernel_grad_S298)HŸÂñºƒPÁ

RecvTensorè·Àñºƒ ·Õ(·Õ:
"€€BŠ[1024B] edge_299_gradients/bn2b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hè·ÀñºƒÛ
.update_bn2b_branch2c/beta/ApplyGradientDescent®Âñºƒ (Bupdate_bn2b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2c/beta, learning_rate, gradients/bn2b_branch2c/beta_grad_S299)H®ÂñºƒPÂ

RecvTensorÌÀÀñºƒ ÔÌ(ÔÌ:
"€€B‹[1024B] edge_300_gradients/bn2b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÌÀÀñºƒß
/update_bn2b_branch2c/gamma/ApplyGradientDescent´Âñºƒ (B“update_bn2b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2c/gamma, learning_rate, gradients/bn2b_branch2c/gamma_grad_S300)H´ÂñºƒPÇ

RecvTensor÷ÅÀñºƒ àÇ(àÇ:"€€€€B[65536B] edge_301_gradients/res2b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H÷ÅÀñºƒç
1update_res2b_branch2c/kernel/ApplyGradientDescent×Âñºƒ (B™update_res2b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res2b_branch2c/kernel, learning_rate, gradients/res2b_branch2c/kernel_grad_S301)H×ÂñºƒPÀ

RecvTensor¤ÆÀñºƒ ³Ç(³Ç:
"€€B‰[256B] edge_302_gradients/bn2b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¤ÆÀñºƒÛ
.update_bn2b_branch2b/beta/ApplyGradientDescentçÂñºƒ (Bupdate_bn2b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2b/beta, learning_rate, gradients/bn2b_branch2b/beta_grad_S302)HçÂñºƒPÁ

RecvTensor¶ÈÀñºƒ ¡Å(¡Å:
"€€BŠ[256B] edge_303_gradients/bn2b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¶ÈÀñºƒß
/update_bn2b_branch2b/gamma/ApplyGradientDescentìÂñºƒ (B“update_bn2b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2b/gamma, learning_rate, gradients/bn2b_branch2b/gamma_grad_S303)HìÂñºƒPÆ

RecvTensorªÔÀñºƒ ¨º(¨º:"€€	€€	B[0.1MB] edge_304_gradients/res2b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HªÔÀñºƒç
1update_res2b_branch2b/kernel/ApplyGradientDescentÒÂñºƒ (B™update_res2b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res2b_branch2b/kernel, learning_rate, gradients/res2b_branch2b/kernel_grad_S304)HÒÂñºƒPÀ

RecvTensorØÔÀñºƒ û¹(û¹:
"€€B‰[256B] edge_305_gradients/bn2b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HØÔÀñºƒÛ
.update_bn2b_branch2a/beta/ApplyGradientDescentïÂñºƒ (Bupdate_bn2b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2a/beta, learning_rate, gradients/bn2b_branch2a/beta_grad_S305)HïÂñºƒPÁ

RecvTensoréÖÀñºƒ ê·(ê·:
"€€BŠ[256B] edge_306_gradients/bn2b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HéÖÀñºƒß
/update_bn2b_branch2a/gamma/ApplyGradientDescentôÂñºƒ (B“update_bn2b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2a/gamma, learning_rate, gradients/bn2b_branch2a/gamma_grad_S306)HôÂñºƒPÇ

RecvTensor«ÜÀñºƒ Ş²(Ş²:"€€€€B[65536B] edge_307_gradients/res2b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H«ÜÀñºƒç
1update_res2b_branch2a/kernel/ApplyGradientDescent‰Âñºƒ (B™update_res2b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res2b_branch2a/kernel, learning_rate, gradients/res2b_branch2a/kernel_grad_S307)H‰ÂñºƒPÀ

RecvTensorËİÀñºƒ ¿±(¿±:
"€€B‰[1024B] edge_308_gradients/bn2a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HËİÀñºƒ×
-update_bn2a_branch1/beta/ApplyGradientDescent™Âñºƒ (Bupdate_bn2a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch1/beta, learning_rate, gradients/bn2a_branch1/beta_grad_S308)H™ÂñºƒPÁ

RecvTensor¢âÀñºƒ é¬(é¬:
"€€BŠ[1024B] edge_309_gradients/bn2a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¢âÀñºƒÛ
.update_bn2a_branch1/gamma/ApplyGradientDescentÂñºƒ (Bupdate_bn2a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch1/gamma, learning_rate, gradients/bn2a_branch1/gamma_grad_S309)HÂñºƒPÆ

RecvTensorÀçÀñºƒ ‚¨(‚¨:"€€€€B[65536B] edge_310_gradients/res2a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÀçÀñºƒã
0update_res2a_branch1/kernel/ApplyGradientDescentÂÂñºƒ (B–update_res2a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch1/kernel, learning_rate, gradients/res2a_branch1/kernel_grad_S310)HÂÂñºƒPÁ

RecvTensorÒèÀñºƒ ñ¦(ñ¦:
"€€BŠ[1024B] edge_311_gradients/bn2a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÒèÀñºƒÛ
.update_bn2a_branch2c/beta/ApplyGradientDescentÒÂñºƒ (Bupdate_bn2a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2c/beta, learning_rate, gradients/bn2a_branch2c/beta_grad_S311)HÒÂñºƒPÂ

RecvTensorØğÀñºƒ ì(ì:
"€€B‹[1024B] edge_312_gradients/bn2a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HØğÀñºƒß
/update_bn2a_branch2c/gamma/ApplyGradientDescent×Âñºƒ (B“update_bn2a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2c/gamma, learning_rate, gradients/bn2a_branch2c/gamma_grad_S312)H×ÂñºƒPÇ

RecvTensorÓõÀñºƒ §š(§š:"€€€€B[65536B] edge_313_gradients/res2a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÓõÀñºƒç
1update_res2a_branch2c/kernel/ApplyGradientDescentúÂñºƒ (B™update_res2a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch2c/kernel, learning_rate, gradients/res2a_branch2c/kernel_grad_S313)HúÂñºƒPÀ

RecvTensoröÀñºƒ ù™(ù™:
"€€B‰[256B] edge_314_gradients/bn2a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HöÀñºƒÛ
.update_bn2a_branch2b/beta/ApplyGradientDescent‹Âñºƒ (Bupdate_bn2a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2b/beta, learning_rate, gradients/bn2a_branch2b/beta_grad_S314)H‹ÂñºƒPÁ

RecvTensoršøÀñºƒ á—(á—:
"€€BŠ[256B] edge_315_gradients/bn2a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HšøÀñºƒß
/update_bn2a_branch2b/gamma/ApplyGradientDescentÂñºƒ (B“update_bn2a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2b/gamma, learning_rate, gradients/bn2a_branch2b/gamma_grad_S315)HÂñºƒPÆ

RecvTensorõƒÁñºƒ (:"€€	€€	B[0.1MB] edge_316_gradients/res2a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HõƒÁñºƒç
1update_res2a_branch2b/kernel/ApplyGradientDescentöÂñºƒ (B™update_res2a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch2b/kernel, learning_rate, gradients/res2a_branch2b/kernel_grad_S316)HöÂñºƒPÀ

RecvTensor£„Áñºƒ ÓŒ(ÓŒ:
"€€B‰[256B] edge_317_gradients/bn2a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H£„ÁñºƒÛ
.update_bn2a_branch2a/beta/ApplyGradientDescent’‘Âñºƒ (Bupdate_bn2a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2a/beta, learning_rate, gradients/bn2a_branch2a/beta_grad_S317)H’‘ÂñºƒPÁ

RecvTensor¶†Áñºƒ ÀŠ(ÀŠ:
"€€BŠ[256B] edge_318_gradients/bn2a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¶†Áñºƒß
/update_bn2a_branch2a/gamma/ApplyGradientDescent˜‘Âñºƒ (B“update_bn2a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2a/gamma, learning_rate, gradients/bn2a_branch2a/gamma_grad_S318)H˜‘ÂñºƒPÇ

RecvTensoré‡Áñºƒ ›‰(›‰:"€€€€B[16384B] edge_319_gradients/res2a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hé‡Áñºƒç
1update_res2a_branch2a/kernel/ApplyGradientDescentœ‘Âñºƒ (B™update_res2a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch2a/kernel, learning_rate, gradients/res2a_branch2a/kernel_grad_S319)Hœ‘ÂñºƒP»

RecvTensorƒ‰Áñºƒ ˆ(ˆ:
"€€B„[256B] edge_320_gradients/bn_conv1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hƒ‰ÁñºƒÇ
)update_bn_conv1/beta/ApplyGradientDescent¤‘Âñºƒ (Bupdate_bn_conv1/beta/ApplyGradientDescent = ApplyGradientDescent(bn_conv1/beta, learning_rate, gradients/bn_conv1/beta_grad_S320)H¤‘ÂñºƒPº

RecvTensor”Áñºƒ ô|(ô|:
"€€B…[256B] edge_321_gradients/bn_conv1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H”ÁñºƒË
*update_bn_conv1/gamma/ApplyGradientDescent©‘Âñºƒ (B„update_bn_conv1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn_conv1/gamma, learning_rate, gradients/bn_conv1/gamma_grad_S321)H©‘ÂñºƒP¼

RecvTensor•šÁñºƒ w(w:"€¦€¦B…[37632B] edge_322_gradients/conv1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H•šÁñºƒÂ
(update_conv1/kernel/ApplyGradientDescent®‘Âñºƒ (B~update_conv1/kernel/ApplyGradientDescent = ApplyGradientDescent(conv1/kernel, learning_rate, gradients/conv1/kernel_grad_S322)H®‘ÂñºƒP