
’‡

Îé
)/job:worker/replica:0/task:0/device:CPU:0¯

RecvTensor¬«ğñºƒ Ï(Ï:"€¦€¦By[37632B] edge_1_conv1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¬«ğñºƒ«

RecvTensor®«ğñºƒ ^(^:
"€€By[256B] edge_2_bn_conv1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H®«ğñºƒª

RecvTensor±«ğñºƒ s(s:
"€€Bx[256B] edge_3_bn_conv1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H±«ğñºƒ¹

RecvTensor´«ğñºƒ ã(ã:"€€€€B‚[16384B] edge_4_res2a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H´«ğñºƒ°

RecvTensor·«ğñºƒ d(d:
"€€B~[256B] edge_5_bn2a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H·«ğñºƒ¯

RecvTensorº«ğñºƒ c(c:
"€€B}[256B] edge_6_bn2a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hº«ğñºƒ¸

RecvTensor¾«ğñºƒ ¢'(¢':"€€	€€	B[0.1MB] edge_7_res2a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¾«ğñºƒ°

RecvTensorÁ«ğñºƒ d(d:
"€€B~[256B] edge_8_bn2a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÁ«ğñºƒ¯

RecvTensorÄ«ğñºƒ b(b:
"€€B}[256B] edge_9_bn2a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÄ«ğñºƒº

RecvTensorÇ«ğñºƒ ¡(¡:"€€€€Bƒ[65536B] edge_10_res2a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÇ«ğñºƒ³

RecvTensorÊ«ğñºƒ a(a:
"€€B€[1024B] edge_11_bn2a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÊ«ğñºƒ±

RecvTensorÍ«ğñºƒ i(i:
"€€B[1024B] edge_12_bn2a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÍ«ğñºƒ¹

RecvTensorÏ«ğñºƒ ğ(ğ:"€€€€B‚[65536B] edge_13_res2a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÏ«ğñºƒ±

RecvTensorÓ«ğñºƒ _(_:
"€€B[1024B] edge_14_bn2a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÓ«ğñºƒ°

RecvTensorÖ«ğñºƒ o(o:
"€€B~[1024B] edge_15_bn2a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÖ«ğñºƒº

RecvTensorÙ«ğñºƒ ï(ï:"€€€€Bƒ[65536B] edge_16_res2b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÙ«ğñºƒ±

RecvTensorÜ«ğñºƒ h(h:
"€€B[256B] edge_17_bn2b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÜ«ğñºƒ°

RecvTensorß«ğñºƒ j(j:
"€€B~[256B] edge_18_bn2b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hß«ğñºƒ¹

RecvTensorâ«ğñºƒ ä+(ä+:"€€	€€	B‚[0.1MB] edge_19_res2b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hâ«ğñºƒ±

RecvTensorå«ğñºƒ h(h:
"€€B[256B] edge_20_bn2b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hå«ğñºƒ°

RecvTensorè«ğñºƒ h(h:
"€€B~[256B] edge_21_bn2b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hè«ğñºƒº

RecvTensorë«ğñºƒ Š(Š:"€€€€Bƒ[65536B] edge_22_res2b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hë«ğñºƒ³

RecvTensorî«ğñºƒ R(R:
"€€B€[1024B] edge_23_bn2b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hî«ğñºƒ³

RecvTensorñ«ğñºƒ ‘(‘:
"€€B[1024B] edge_24_bn2b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hñ«ğñºƒº

RecvTensorô«ğñºƒ ©(©:"€€€€Bƒ[65536B] edge_25_res2c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hô«ğñºƒ±

RecvTensor÷«ğñºƒ Y(Y:
"€€B[256B] edge_26_bn2c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H÷«ğñºƒ°

RecvTensorú«ğñºƒ k(k:
"€€B~[256B] edge_27_bn2c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hú«ğñºƒ¹

RecvTensorı«ğñºƒ €-(€-:"€€	€€	B‚[0.1MB] edge_28_res2c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hı«ğñºƒ±

RecvTensorÿ«ğñºƒ j(j:
"€€B[256B] edge_29_bn2c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hÿ«ğñºƒ°

RecvTensorƒ¬ğñºƒ M(M:
"€€B~[256B] edge_30_bn2c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hƒ¬ğñºƒº

RecvTensor†¬ğñºƒ ›(›:"€€€€Bƒ[65536B] edge_31_res2c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H†¬ğñºƒ³

RecvTensor‰¬ğñºƒ }(}:
"€€B€[1024B] edge_32_bn2c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‰¬ğñºƒ±

RecvTensorŒ¬ğñºƒ k(k:
"€€B[1024B] edge_33_bn2c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŒ¬ğñºƒ¹

RecvTensor¬ğñºƒ ô((ô(:"€€€€B‚[0.1MB] edge_34_res3a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¬ğñºƒ±

RecvTensor’¬ğñºƒ k(k:
"€€B[512B] edge_35_bn3a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H’¬ğñºƒ°

RecvTensor•¬ğñºƒ g(g:
"€€B~[512B] edge_36_bn3a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H•¬ğñºƒ»

RecvTensor˜¬ğñºƒ Ô•(Ô•:"€€$€€$B‚[0.6MB] edge_37_res3a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H˜¬ğñºƒ±

RecvTensor›¬ğñºƒ s(s:
"€€B[512B] edge_38_bn3a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H›¬ğñºƒ°

RecvTensor¬ğñºƒ W(W:
"€€B~[512B] edge_39_bn3a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¬ğñºƒ¹

RecvTensor¡¬ğñºƒ äL(äL:"€€€€B‚[0.2MB] edge_40_res3a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¡¬ğñºƒµ

RecvTensor¤¬ğñºƒ ƒ(ƒ:
"€€B€[2048B] edge_41_bn3a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¤¬ğñºƒ³

RecvTensor§¬ğñºƒ ’(’:
"€€B[2048B] edge_42_bn3a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H§¬ğñºƒº

RecvTensor©¬ğñºƒ œˆ(œˆ:"€€ €€ B[0.5MB] edge_43_res3a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H©¬ğñºƒ³

RecvTensor­¬ğñºƒ ƒ(ƒ:
"€€B[2048B] edge_44_bn3a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H­¬ğñºƒ²

RecvTensor°¬ğñºƒ ’(’:
"€€B~[2048B] edge_45_bn3a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H°¬ğñºƒ¹

RecvTensor³¬ğñºƒ †M(†M:"€€€€B‚[0.2MB] edge_46_res3b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H³¬ğñºƒ±

RecvTensor¶¬ğñºƒ u(u:
"€€B[512B] edge_47_bn3b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¶¬ğñºƒ°

RecvTensor¹¬ğñºƒ k(k:
"€€B~[512B] edge_48_bn3b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¹¬ğñºƒ»

RecvTensor¼¬ğñºƒ —–(—–:"€€$€€$B‚[0.6MB] edge_49_res3b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¼¬ğñºƒ±

RecvTensor¿¬ğñºƒ ](]:
"€€B[512B] edge_50_bn3b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¿¬ğñºƒ°

RecvTensorÁ¬ğñºƒ e(e:
"€€B~[512B] edge_51_bn3b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÁ¬ğñºƒ¹

RecvTensorÅ¬ğñºƒ ÿL(ÿL:"€€€€B‚[0.2MB] edge_52_res3b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÅ¬ğñºƒµ

RecvTensorÈ¬ğñºƒ ‡(‡:
"€€B€[2048B] edge_53_bn3b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÈ¬ğñºƒ³

RecvTensorË¬ğñºƒ ƒ(ƒ:
"€€B[2048B] edge_54_bn3b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HË¬ğñºƒ¹

RecvTensorÎ¬ğñºƒ ¿M(¿M:"€€€€B‚[0.2MB] edge_55_res3c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÎ¬ğñºƒ±

RecvTensorÑ¬ğñºƒ ~(~:
"€€B[512B] edge_56_bn3c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÑ¬ğñºƒ°

RecvTensorÔ¬ğñºƒ x(x:
"€€B~[512B] edge_57_bn3c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÔ¬ğñºƒ»

RecvTensor×¬ğñºƒ ©–(©–:"€€$€€$B‚[0.6MB] edge_58_res3c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H×¬ğñºƒ±

RecvTensorÚ¬ğñºƒ q(q:
"€€B[512B] edge_59_bn3c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÚ¬ğñºƒ°

RecvTensorİ¬ğñºƒ _(_:
"€€B~[512B] edge_60_bn3c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hİ¬ğñºƒ¹

RecvTensorà¬ğñºƒ £M(£M:"€€€€B‚[0.2MB] edge_61_res3c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hà¬ğñºƒµ

RecvTensorã¬ğñºƒ Œ(Œ:
"€€B€[2048B] edge_62_bn3c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hã¬ğñºƒ³

RecvTensoræ¬ğñºƒ ™(™:
"€€B[2048B] edge_63_bn3c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hæ¬ğñºƒ¹

RecvTensoré¬ğñºƒ ÂM(ÂM:"€€€€B‚[0.2MB] edge_64_res3d_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hé¬ğñºƒ±

RecvTensorì¬ğñºƒ k(k:
"€€B[512B] edge_65_bn3d_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hì¬ğñºƒ°

RecvTensorï¬ğñºƒ c(c:
"€€B~[512B] edge_66_bn3d_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hï¬ğñºƒ»

RecvTensorò¬ğñºƒ »–(»–:"€€$€€$B‚[0.6MB] edge_67_res3d_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hò¬ğñºƒ±

RecvTensorõ¬ğñºƒ h(h:
"€€B[512B] edge_68_bn3d_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hõ¬ğñºƒ°

RecvTensorø¬ğñºƒ w(w:
"€€B~[512B] edge_69_bn3d_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hø¬ğñºƒ¹

RecvTensorû¬ğñºƒ ±M(±M:"€€€€B‚[0.2MB] edge_70_res3d_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hû¬ğñºƒ³

RecvTensorş¬ğñºƒ ~(~:
"€€B€[2048B] edge_71_bn3d_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hş¬ğñºƒ³

RecvTensor­ğñºƒ š(š:
"€€B[2048B] edge_72_bn3d_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H­ğñºƒ»

RecvTensor„­ğñºƒ Âˆ(Âˆ:"€€ €€ B‚[0.5MB] edge_73_res4a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H„­ğñºƒ³

RecvTensor‡­ğñºƒ }(}:
"€€B€[1024B] edge_74_bn4a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‡­ğñºƒ±

RecvTensorŠ­ğñºƒ }(}:
"€€B[1024B] edge_75_bn4a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŠ­ğñºƒ½

RecvTensor­ğñºƒ ÿ€(ÿ€:"
€€€€B‚[2.2MB] edge_76_res4a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H­ğñºƒ³

RecvTensor­ğñºƒ r(r:
"€€B€[1024B] edge_77_bn4a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H­ğñºƒ³

RecvTensor“­ğñºƒ ¦(¦:
"€€B[1024B] edge_78_bn4a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H“­ğñºƒ»

RecvTensor–­ğñºƒ “ì(“ì:"€€@€€@B‚[1.0MB] edge_79_res4a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H–­ğñºƒµ

RecvTensor™­ğñºƒ â(â:
"€ € B€[4096B] edge_80_bn4a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H™­ğñºƒ³

RecvTensor›­ğñºƒ ü(ü:
"€ € B[4096B] edge_81_bn4a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H›­ğñºƒ¼

RecvTensor­ğñºƒ êå(êå:"
€€€€€€B[2.0MB] edge_82_res4a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H­ğñºƒ³

RecvTensor¢­ğñºƒ Ÿ(Ÿ:
"€ € B[4096B] edge_83_bn4a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¢­ğñºƒ²

RecvTensor¤­ğñºƒ ™(™:
"€ € B~[4096B] edge_84_bn4a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¤­ğñºƒ»

RecvTensor§­ğñºƒ ‡ì(‡ì:"€€@€€@B‚[1.0MB] edge_85_res4b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H§­ğñºƒ³

RecvTensorª­ğñºƒ }(}:
"€€B€[1024B] edge_86_bn4b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hª­ğñºƒ³

RecvTensor­­ğñºƒ ›(›:
"€€B[1024B] edge_87_bn4b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H­­ğñºƒ½

RecvTensor°­ğñºƒ ß€(ß€:"
€€€€B‚[2.2MB] edge_88_res4b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H°­ğñºƒ³

RecvTensor³­ğñºƒ (:
"€€B€[1024B] edge_89_bn4b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H³­ğñºƒ±

RecvTensor¶­ğñºƒ r(r:
"€€B[1024B] edge_90_bn4b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¶­ğñºƒ»

RecvTensor¹­ğñºƒ øë(øë:"€€@€€@B‚[1.0MB] edge_91_res4b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¹­ğñºƒµ

RecvTensor¼­ğñºƒ ›(›:
"€ € B€[4096B] edge_92_bn4b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¼­ğñºƒ³

RecvTensor¿­ğñºƒ “(“:
"€ € B[4096B] edge_93_bn4b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¿­ğñºƒ»

RecvTensorÂ­ğñºƒ €ì(€ì:"€€@€€@B‚[1.0MB] edge_94_res4c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÂ­ğñºƒµ

RecvTensorÅ­ğñºƒ †(†:
"€€B€[1024B] edge_95_bn4c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÅ­ğñºƒ³

RecvTensorÈ­ğñºƒ €(€:
"€€B[1024B] edge_96_bn4c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÈ­ğñºƒ½

RecvTensorË­ğñºƒ Ğ€(Ğ€:"
€€€€B‚[2.2MB] edge_97_res4c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HË­ğñºƒµ

RecvTensorÎ­ğñºƒ ˜(˜:
"€€B€[1024B] edge_98_bn4c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÎ­ğñºƒ³

RecvTensorÑ­ğñºƒ ˜(˜:
"€€B[1024B] edge_99_bn4c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÑ­ğñºƒ¼

RecvTensorÔ­ğñºƒ ÷ë(÷ë:"€€@€€@Bƒ[1.0MB] edge_100_res4c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÔ­ğñºƒ¶

RecvTensor×­ğñºƒ Ã(Ã:
"€ € B[4096B] edge_101_bn4c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H×­ğñºƒµ

RecvTensorÚ­ğñºƒ Õ(Õ:
"€ € B€[4096B] edge_102_bn4c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÚ­ğñºƒ¼

RecvTensorİ­ğñºƒ ûë(ûë:"€€@€€@Bƒ[1.0MB] edge_103_res4d_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hİ­ğñºƒ¶

RecvTensorà­ğñºƒ ¡(¡:
"€€B[1024B] edge_104_bn4d_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hà­ğñºƒ³

RecvTensorã­ğñºƒ ~(~:
"€€B€[1024B] edge_105_bn4d_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hã­ğñºƒ¾

RecvTensoræ­ğñºƒ Å€(Å€:"
€€€€Bƒ[2.2MB] edge_106_res4d_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hæ­ğñºƒ¶

RecvTensoré­ğñºƒ †(†:
"€€B[1024B] edge_107_bn4d_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hé­ğñºƒµ

RecvTensorí­ğñºƒ —(—:
"€€B€[1024B] edge_108_bn4d_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hí­ğñºƒ¼

RecvTensorğ­ğñºƒ èë(èë:"€€@€€@Bƒ[1.0MB] edge_109_res4d_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hğ­ğñºƒ¶

RecvTensoró­ğñºƒ Ş(Ş:
"€ € B[4096B] edge_110_bn4d_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hó­ğñºƒµ

RecvTensorö­ğñºƒ ¿(¿:
"€ € B€[4096B] edge_111_bn4d_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hö­ğñºƒ¼

RecvTensorù­ğñºƒ âë(âë:"€€@€€@Bƒ[1.0MB] edge_112_res4e_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hù­ğñºƒ¶

RecvTensorû­ğñºƒ (:
"€€B[1024B] edge_113_bn4e_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hû­ğñºƒµ

RecvTensorş­ğñºƒ (:
"€€B€[1024B] edge_114_bn4e_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hş­ğñºƒ¾

RecvTensor®ğñºƒ ª€(ª€:"
€€€€Bƒ[2.2MB] edge_115_res4e_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H®ğñºƒ¶

RecvTensor„®ğñºƒ ‚(‚:
"€€B[1024B] edge_116_bn4e_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H„®ğñºƒµ

RecvTensor‡®ğñºƒ (:
"€€B€[1024B] edge_117_bn4e_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‡®ğñºƒ¼

RecvTensorŠ®ğñºƒ Ùë(Ùë:"€€@€€@Bƒ[1.0MB] edge_118_res4e_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŠ®ğñºƒ¶

RecvTensor®ğñºƒ Ó(Ó:
"€ € B[4096B] edge_119_bn4e_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H®ğñºƒµ

RecvTensor®ğñºƒ Í(Í:
"€ € B€[4096B] edge_120_bn4e_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H®ğñºƒ¼

RecvTensor“®ğñºƒ Õë(Õë:"€€@€€@Bƒ[1.0MB] edge_121_res4f_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H“®ğñºƒ¶

RecvTensor–®ğñºƒ †(†:
"€€B[1024B] edge_122_bn4f_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H–®ğñºƒµ

RecvTensor™®ğñºƒ (:
"€€B€[1024B] edge_123_bn4f_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H™®ğñºƒ¾

RecvTensorœ®ğñºƒ —€(—€:"
€€€€Bƒ[2.2MB] edge_124_res4f_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hœ®ğñºƒ¶

RecvTensorŸ®ğñºƒ (:
"€€B[1024B] edge_125_bn4f_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŸ®ğñºƒµ

RecvTensor¢®ğñºƒ ’(’:
"€€B€[1024B] edge_126_bn4f_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¢®ğñºƒ¼

RecvTensor¥®ğñºƒ Èë(Èë:"€€@€€@Bƒ[1.0MB] edge_127_res4f_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¥®ğñºƒ¶

RecvTensor©®ğñºƒ Ñ(Ñ:
"€ € B[4096B] edge_128_bn4f_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H©®ğñºƒµ

RecvTensor«®ğñºƒ Ù(Ù:
"€ € B€[4096B] edge_129_bn4f_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H«®ğñºƒ¾

RecvTensor®®ğñºƒ Šå(Šå:"
€€€€€€Bƒ[2.0MB] edge_130_res5a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H®®ğñºƒ¶

RecvTensor±®ğñºƒ â(â:
"€€B[2048B] edge_131_bn5a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H±®ğñºƒµ

RecvTensor´®ğñºƒ ñ(ñ:
"€€B€[2048B] edge_132_bn5a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H´®ğñºƒ¾

RecvTensor¸®ğñºƒ °(°:"
€€À€€ÀBƒ[9.0MB] edge_133_res5a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¸®ğñºƒ¶

RecvTensor»®ğñºƒ Õ(Õ:
"€€B[2048B] edge_134_bn5a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H»®ğñºƒµ

RecvTensor¾®ğñºƒ ô(ô:
"€€B€[2048B] edge_135_bn5a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¾®ğñºƒ¾

RecvTensorÀ®ğñºƒ ”ö(”ö:"
€€€€€€Bƒ[4.0MB] edge_136_res5a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÀ®ğñºƒ¶

RecvTensorÃ®ğñºƒ ”(”:
"€@€@B[8192B] edge_137_bn5a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÃ®ğñºƒµ

RecvTensorÆ®ğñºƒ ¨(¨:
"€@€@B€[8192B] edge_138_bn5a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÆ®ğñºƒ½

RecvTensorÉ®ğñºƒ ıû(ıû:"
€€€€€€B‚[8.0MB] edge_139_res5a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÉ®ğñºƒµ

RecvTensorÌ®ğñºƒ –(–:
"€@€@B€[8192B] edge_140_bn5a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÌ®ğñºƒ³

RecvTensorÏ®ğñºƒ Ÿ(Ÿ:
"€@€@B[8192B] edge_141_bn5a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÏ®ğñºƒ¾

RecvTensorÒ®ğñºƒ †ö(†ö:"
€€€€€€Bƒ[4.0MB] edge_142_res5b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÒ®ğñºƒ¶

RecvTensorÕ®ğñºƒ ß(ß:
"€€B[2048B] edge_143_bn5b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÕ®ğñºƒµ

RecvTensorØ®ğñºƒ å(å:
"€€B€[2048B] edge_144_bn5b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HØ®ğñºƒ¾

RecvTensorÛ®ğñºƒ (:"
€€À€€ÀBƒ[9.0MB] edge_145_res5b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÛ®ğñºƒ¶

RecvTensorŞ®ğñºƒ å(å:
"€€B[2048B] edge_146_bn5b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŞ®ğñºƒµ

RecvTensorá®ğñºƒ ò(ò:
"€€B€[2048B] edge_147_bn5b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Há®ğñºƒ¾

RecvTensorä®ğñºƒ ôõ(ôõ:"
€€€€€€Bƒ[4.0MB] edge_148_res5b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hä®ğñºƒ¶

RecvTensorç®ğñºƒ ©(©:
"€@€@B[8192B] edge_149_bn5b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hç®ğñºƒµ

RecvTensorê®ğñºƒ –(–:
"€@€@B€[8192B] edge_150_bn5b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hê®ğñºƒ¾

RecvTensorí®ğñºƒ ìõ(ìõ:"
€€€€€€Bƒ[4.0MB] edge_151_res5c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hí®ğñºƒ¶

RecvTensorñ®ğñºƒ ÷(÷:
"€€B[2048B] edge_152_bn5c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hñ®ğñºƒµ

RecvTensorô®ğñºƒ â(â:
"€€B€[2048B] edge_153_bn5c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hô®ğñºƒ¾

RecvTensor÷®ğñºƒ ó(ó:"
€€À€€ÀBƒ[9.0MB] edge_154_res5c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H÷®ğñºƒ¶

RecvTensorú®ğñºƒ å(å:
"€€B[2048B] edge_155_bn5c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hú®ğñºƒµ

RecvTensorı®ğñºƒ î(î:
"€€B€[2048B] edge_156_bn5c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hı®ğñºƒ¾

RecvTensor€¯ğñºƒ Úõ(Úõ:"
€€€€€€Bƒ[4.0MB] edge_157_res5c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H€¯ğñºƒ¶

RecvTensorƒ¯ğñºƒ ƒ(ƒ:
"€@€@B[8192B] edge_158_bn5c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hƒ¯ğñºƒµ

RecvTensor†¯ğñºƒ (:
"€@€@B€[8192B] edge_159_bn5c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H†¯ğñºƒµ

RecvTensor‰¯ğñºƒ ¸ö(¸ö:"
€€ô€€ôB{[7.8MB] edge_160_fc1000/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‰¯ğñºƒ­

RecvTensor‹¯ğñºƒ À(À:
"  By[4000B] edge_161_fc1000/bias/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‹¯ğñºƒ\
conv1/Conv2Dû¯ğñºƒ „(„B2conv1/Conv2D = Conv2D(input, conv1/kernel/read_S1)Hû¯ğñºƒP 
bn_conv1/FusedBatchNormV3ÿµğñºƒ ¬(¬Bibn_conv1/FusedBatchNormV3 = FusedBatchNormV3(conv1/Conv2D, bn_conv1/gamma/read_S2, bn_conv1/beta/read_S3)HÿµğñºƒP^
conv1_relu/Relu«¹ğñºƒ Ÿ(ŸB1conv1_relu/Relu = Relu(bn_conv1/FusedBatchNormV3)H«¹ğñºƒPS
pool1/MaxPoolÊ»ğñºƒ À(ÀB(pool1/MaxPool = MaxPool(conv1_relu/Relu)HÊ»ğñºƒP}
res2a_branch2a/Conv2DŠ½ğñºƒ ](]BLres2a_branch2a/Conv2D = Conv2D(pool1/MaxPool, res2a_branch2a/kernel/read_S4)HŠ½ğñºƒP¼
bn2a_branch2a/FusedBatchNormV3ç½ğñºƒ v(vBbn2a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch2a/Conv2D, bn2a_branch2a/gamma/read_S5, bn2a_branch2a/beta/read_S6)Hç½ğñºƒPs
res2a_branch2a_relu/Reluİ¾ğñºƒ S(SB?res2a_branch2a_relu/Relu = Relu(bn2a_branch2a/FusedBatchNormV3)Hİ¾ğñºƒPŠ
res2a_branch2b/Conv2DàÒğñºƒ ã(ãBWres2a_branch2b/Conv2D = Conv2D(res2a_branch2a_relu/Relu, res2a_branch2b/kernel/read_S7)HàÒğñºƒP¼
bn2a_branch2b/FusedBatchNormV3ÃØğñºƒ u(uBbn2a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch2b/Conv2D, bn2a_branch2b/gamma/read_S8, bn2a_branch2b/beta/read_S9)HÃØğñºƒPs
res2a_branch2b_relu/Relu¸Ùğñºƒ T(TB?res2a_branch2b_relu/Relu = Relu(bn2a_branch2b/FusedBatchNormV3)H¸ÙğñºƒP‹
res2a_branch2c/Conv2DŒÚğñºƒ É(ÉBXres2a_branch2c/Conv2D = Conv2D(res2a_branch2b_relu/Relu, res2a_branch2c/kernel/read_S10)HŒÚğñºƒPÀ
bn2a_branch2c/FusedBatchNormV3ÕÜğñºƒ È(ÈBƒbn2a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch2c/Conv2D, bn2a_branch2c/gamma/read_S11, bn2a_branch2c/beta/read_S12)HÕÜğñºƒP}
res2a_branch1/Conv2Dàğñºƒ ½(½BKres2a_branch1/Conv2D = Conv2D(pool1/MaxPool, res2a_branch1/kernel/read_S13)HàğñºƒPº
bn2a_branch1/FusedBatchNormV3Úâğñºƒ ¤(¤Bbn2a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch1/Conv2D, bn2a_branch1/gamma/read_S14, bn2a_branch1/beta/read_S15)HÚâğñºƒPw
	res2a/addşåğñºƒ ¹(¹BPres2a/add = AddV2(bn2a_branch2c/FusedBatchNormV3, bn2a_branch1/FusedBatchNormV3)HşåğñºƒPN
res2a_relu/Relu·éğñºƒ ¶(¶B!res2a_relu/Relu = Relu(res2a/add)H·éğñºƒP‚
res2b_branch2a/Conv2Díëğñºƒ Ú(ÚBOres2b_branch2a/Conv2D = Conv2D(res2a_relu/Relu, res2b_branch2a/kernel/read_S16)HíëğñºƒP¾
bn2b_branch2a/FusedBatchNormV3Çîğñºƒ x(xBƒbn2b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res2b_branch2a/Conv2D, bn2b_branch2a/gamma/read_S17, bn2b_branch2a/beta/read_S18)HÇîğñºƒPs
res2b_branch2a_relu/Relu¿ïğñºƒ S(SB?res2b_branch2a_relu/Relu = Relu(bn2b_branch2a/FusedBatchNormV3)H¿ïğñºƒP‹
res2b_branch2b/Conv2D’ğğñºƒ Ü(ÜBXres2b_branch2b/Conv2D = Conv2D(res2b_branch2a_relu/Relu, res2b_branch2b/kernel/read_S19)H’ğğñºƒP¾
bn2b_branch2b/FusedBatchNormV3îõğñºƒ y(yBƒbn2b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res2b_branch2b/Conv2D, bn2b_branch2b/gamma/read_S20, bn2b_branch2b/beta/read_S21)HîõğñºƒPs
res2b_branch2b_relu/Reluçöğñºƒ N(NB?res2b_branch2b_relu/Relu = Relu(bn2b_branch2b/FusedBatchNormV3)HçöğñºƒP‹
res2b_branch2c/Conv2Dµ÷ğñºƒ ×(×BXres2b_branch2c/Conv2D = Conv2D(res2b_branch2b_relu/Relu, res2b_branch2c/kernel/read_S22)Hµ÷ğñºƒPÀ
bn2b_branch2c/FusedBatchNormV3Œúğñºƒ Ë(ËBƒbn2b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res2b_branch2c/Conv2D, bn2b_branch2c/gamma/read_S23, bn2b_branch2c/beta/read_S24)HŒúğñºƒPi
	res2b/add×ığñºƒ ¾(¾BBres2b/add = AddV2(bn2b_branch2c/FusedBatchNormV3, res2a_relu/Relu)H×ığñºƒPN
res2b_relu/Relu•ññºƒ ©(©B!res2b_relu/Relu = Relu(res2b/add)H•ññºƒP‚
res2c_branch2a/Conv2D¾ƒññºƒ ¸(¸BOres2c_branch2a/Conv2D = Conv2D(res2b_relu/Relu, res2c_branch2a/kernel/read_S25)H¾ƒññºƒP¾
bn2c_branch2a/FusedBatchNormV3ö…ññºƒ y(yBƒbn2c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res2c_branch2a/Conv2D, bn2c_branch2a/gamma/read_S26, bn2c_branch2a/beta/read_S27)Hö…ññºƒPs
res2c_branch2a_relu/Reluï†ññºƒ R(RB?res2c_branch2a_relu/Relu = Relu(bn2c_branch2a/FusedBatchNormV3)Hï†ññºƒP‹
res2c_branch2b/Conv2DÁ‡ññºƒ Û(ÛBXres2c_branch2b/Conv2D = Conv2D(res2c_branch2a_relu/Relu, res2c_branch2b/kernel/read_S28)HÁ‡ññºƒP¾
bn2c_branch2b/FusedBatchNormV3œññºƒ u(uBƒbn2c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res2c_branch2b/Conv2D, bn2c_branch2b/gamma/read_S29, bn2c_branch2b/beta/read_S30)HœññºƒPs
res2c_branch2b_relu/Relu‘ññºƒ R(RB?res2c_branch2b_relu/Relu = Relu(bn2c_branch2b/FusedBatchNormV3)H‘ññºƒP‹
res2c_branch2c/Conv2Dãññºƒ Ê(ÊBXres2c_branch2c/Conv2D = Conv2D(res2c_branch2b_relu/Relu, res2c_branch2c/kernel/read_S31)HãññºƒPÀ
bn2c_branch2c/FusedBatchNormV3­‘ññºƒ Ò(ÒBƒbn2c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res2c_branch2c/Conv2D, bn2c_branch2c/gamma/read_S32, bn2c_branch2c/beta/read_S33)H­‘ññºƒPi
	res2c/addÿ”ññºƒ ³(³BBres2c/add = AddV2(bn2c_branch2c/FusedBatchNormV3, res2b_relu/Relu)Hÿ”ññºƒPN
res2c_relu/Relu²˜ññºƒ ±(±B!res2c_relu/Relu = Relu(res2c/add)H²˜ññºƒP‚
res3a_branch2a/Conv2Dãšññºƒ “(“BOres3a_branch2a/Conv2D = Conv2D(res2c_relu/Relu, res3a_branch2a/kernel/read_S34)HãšññºƒPÀ
bn3a_branch2a/FusedBatchNormV3öŸññºƒ ä(äBƒbn3a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch2a/Conv2D, bn3a_branch2a/gamma/read_S35, bn3a_branch2a/beta/read_S36)HöŸññºƒPu
res3a_branch2a_relu/ReluÚ¡ññºƒ ’(’B?res3a_branch2a_relu/Relu = Relu(bn3a_branch2a/FusedBatchNormV3)HÚ¡ññºƒP‹
res3a_branch2b/Conv2DìÁññºƒ Õ(ÕBXres3a_branch2b/Conv2D = Conv2D(res3a_branch2a_relu/Relu, res3a_branch2b/kernel/read_S37)HìÁññºƒP¾
bn3a_branch2b/FusedBatchNormV3ÁÇññºƒ >(>Bƒbn3a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch2b/Conv2D, bn3a_branch2b/gamma/read_S38, bn3a_branch2b/beta/read_S39)HÁÇññºƒPs
res3a_branch2b_relu/ReluÿÇññºƒ ,(,B?res3a_branch2b_relu/Relu = Relu(bn3a_branch2b/FusedBatchNormV3)HÿÇññºƒP‹
res3a_branch2c/Conv2D«Èññºƒ Ù(ÙBXres3a_branch2c/Conv2D = Conv2D(res3a_branch2b_relu/Relu, res3a_branch2c/kernel/read_S40)H«ÈññºƒPÀ
bn3a_branch2c/FusedBatchNormV3„Ëññºƒ á(áBƒbn3a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch2c/Conv2D, bn3a_branch2c/gamma/read_S41, bn3a_branch2c/beta/read_S42)H„ËññºƒP
res3a_branch1/Conv2DåÌññºƒ Ÿ(ŸBMres3a_branch1/Conv2D = Conv2D(res2c_relu/Relu, res3a_branch1/kernel/read_S43)HåÌññºƒPº
bn3a_branch1/FusedBatchNormV3„Òññºƒ ç(çBbn3a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch1/Conv2D, bn3a_branch1/gamma/read_S44, bn3a_branch1/beta/read_S45)H„ÒññºƒPw
	res3a/addëÓññºƒ ä(äBPres3a/add = AddV2(bn3a_branch2c/FusedBatchNormV3, bn3a_branch1/FusedBatchNormV3)HëÓññºƒPN
res3a_relu/ReluÏÕññºƒ ¡(¡B!res3a_relu/Relu = Relu(res3a/add)HÏÕññºƒP‚
res3b_branch2a/Conv2DğÖññºƒ Ï(ÏBOres3b_branch2a/Conv2D = Conv2D(res3a_relu/Relu, res3b_branch2a/kernel/read_S46)HğÖññºƒP¾
bn3b_branch2a/FusedBatchNormV3¿Ùññºƒ =(=Bƒbn3b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3b_branch2a/Conv2D, bn3b_branch2a/gamma/read_S47, bn3b_branch2a/beta/read_S48)H¿ÙññºƒPs
res3b_branch2a_relu/ReluüÙññºƒ ,(,B?res3b_branch2a_relu/Relu = Relu(bn3b_branch2a/FusedBatchNormV3)HüÙññºƒP‹
res3b_branch2b/Conv2D¨Úññºƒ Ï(ÏBXres3b_branch2b/Conv2D = Conv2D(res3b_branch2a_relu/Relu, res3b_branch2b/kernel/read_S49)H¨ÚññºƒP¾
bn3b_branch2b/FusedBatchNormV3÷ßññºƒ ?(?Bƒbn3b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3b_branch2b/Conv2D, bn3b_branch2b/gamma/read_S50, bn3b_branch2b/beta/read_S51)H÷ßññºƒPs
res3b_branch2b_relu/Relu¶àññºƒ ,(,B?res3b_branch2b_relu/Relu = Relu(bn3b_branch2b/FusedBatchNormV3)H¶àññºƒP‹
res3b_branch2c/Conv2Dâàññºƒ Ø(ØBXres3b_branch2c/Conv2D = Conv2D(res3b_branch2b_relu/Relu, res3b_branch2c/kernel/read_S52)HâàññºƒPÀ
bn3b_branch2c/FusedBatchNormV3ºãññºƒ Ü(ÜBƒbn3b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3b_branch2c/Conv2D, bn3b_branch2c/gamma/read_S53, bn3b_branch2c/beta/read_S54)HºãññºƒPi
	res3b/add–åññºƒ á(áBBres3b/add = AddV2(bn3b_branch2c/FusedBatchNormV3, res3a_relu/Relu)H–åññºƒPN
res3b_relu/Relu÷æññºƒ (B!res3b_relu/Relu = Relu(res3b/add)H÷æññºƒP‚
res3c_branch2a/Conv2D”èññºƒ Æ(ÆBOres3c_branch2a/Conv2D = Conv2D(res3b_relu/Relu, res3c_branch2a/kernel/read_S55)H”èññºƒP¾
bn3c_branch2a/FusedBatchNormV3Úêññºƒ >(>Bƒbn3c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3c_branch2a/Conv2D, bn3c_branch2a/gamma/read_S56, bn3c_branch2a/beta/read_S57)HÚêññºƒPs
res3c_branch2a_relu/Relu˜ëññºƒ +(+B?res3c_branch2a_relu/Relu = Relu(bn3c_branch2a/FusedBatchNormV3)H˜ëññºƒP‹
res3c_branch2b/Conv2DÃëññºƒ õ(õBXres3c_branch2b/Conv2D = Conv2D(res3c_branch2a_relu/Relu, res3c_branch2b/kernel/read_S58)HÃëññºƒP¾
bn3c_branch2b/FusedBatchNormV3¸ñññºƒ >(>Bƒbn3c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3c_branch2b/Conv2D, bn3c_branch2b/gamma/read_S59, bn3c_branch2b/beta/read_S60)H¸ñññºƒPs
res3c_branch2b_relu/Reluöñññºƒ -(-B?res3c_branch2b_relu/Relu = Relu(bn3c_branch2b/FusedBatchNormV3)HöñññºƒP‹
res3c_branch2c/Conv2D£òññºƒ Ê(ÊBXres3c_branch2c/Conv2D = Conv2D(res3c_branch2b_relu/Relu, res3c_branch2c/kernel/read_S61)H£òññºƒPÀ
bn3c_branch2c/FusedBatchNormV3íôññºƒ Ú(ÚBƒbn3c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3c_branch2c/Conv2D, bn3c_branch2c/gamma/read_S62, bn3c_branch2c/beta/read_S63)HíôññºƒPi
	res3c/addÇöññºƒ á(áBBres3c/add = AddV2(bn3c_branch2c/FusedBatchNormV3, res3b_relu/Relu)HÇöññºƒPN
res3c_relu/Relu¨øññºƒ ›(›B!res3c_relu/Relu = Relu(res3c/add)H¨øññºƒP‚
res3d_branch2a/Conv2DÃùññºƒ É(ÉBOres3d_branch2a/Conv2D = Conv2D(res3c_relu/Relu, res3d_branch2a/kernel/read_S64)HÃùññºƒP¾
bn3d_branch2a/FusedBatchNormV3Œüññºƒ =(=Bƒbn3d_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3d_branch2a/Conv2D, bn3d_branch2a/gamma/read_S65, bn3d_branch2a/beta/read_S66)HŒüññºƒPs
res3d_branch2a_relu/ReluÉüññºƒ -(-B?res3d_branch2a_relu/Relu = Relu(bn3d_branch2a/FusedBatchNormV3)HÉüññºƒP‹
res3d_branch2b/Conv2Döüññºƒ è(èBXres3d_branch2b/Conv2D = Conv2D(res3d_branch2a_relu/Relu, res3d_branch2b/kernel/read_S67)HöüññºƒP¾
bn3d_branch2b/FusedBatchNormV3Ş‚òñºƒ @(@Bƒbn3d_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3d_branch2b/Conv2D, bn3d_branch2b/gamma/read_S68, bn3d_branch2b/beta/read_S69)HŞ‚òñºƒPs
res3d_branch2b_relu/Reluƒòñºƒ -(-B?res3d_branch2b_relu/Relu = Relu(bn3d_branch2b/FusedBatchNormV3)HƒòñºƒP‹
res3d_branch2c/Conv2DËƒòñºƒ Ï(ÏBXres3d_branch2c/Conv2D = Conv2D(res3d_branch2b_relu/Relu, res3d_branch2c/kernel/read_S70)HËƒòñºƒPÀ
bn3d_branch2c/FusedBatchNormV3š†òñºƒ å(åBƒbn3d_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3d_branch2c/Conv2D, bn3d_branch2c/gamma/read_S71, bn3d_branch2c/beta/read_S72)Hš†òñºƒPi
	res3d/addÿ‡òñºƒ ã(ãBBres3d/add = AddV2(bn3d_branch2c/FusedBatchNormV3, res3c_relu/Relu)Hÿ‡òñºƒPN
res3d_relu/Reluâ‰òñºƒ ›(›B!res3d_relu/Relu = Relu(res3d/add)Hâ‰òñºƒP‚
res4a_branch2a/Conv2DıŠòñºƒ ±(±BOres4a_branch2a/Conv2D = Conv2D(res3d_relu/Relu, res4a_branch2a/kernel/read_S73)HıŠòñºƒP¾
bn4a_branch2a/FusedBatchNormV3®òñºƒ z(zBƒbn4a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch2a/Conv2D, bn4a_branch2a/gamma/read_S74, bn4a_branch2a/beta/read_S75)H®òñºƒPs
res4a_branch2a_relu/Relu¨‘òñºƒ S(SB?res4a_branch2a_relu/Relu = Relu(bn4a_branch2a/FusedBatchNormV3)H¨‘òñºƒP‹
res4a_branch2b/Conv2DŒ®óñºƒ à(àBXres4a_branch2b/Conv2D = Conv2D(res4a_branch2a_relu/Relu, res4a_branch2b/kernel/read_S76)HŒ®óñºƒP¾
bn4a_branch2b/FusedBatchNormV3ì³óñºƒ %(%Bƒbn4a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch2b/Conv2D, bn4a_branch2b/gamma/read_S77, bn4a_branch2b/beta/read_S78)Hì³óñºƒPs
res4a_branch2b_relu/Relu‘´óñºƒ (B?res4a_branch2b_relu/Relu = Relu(bn4a_branch2b/FusedBatchNormV3)H‘´óñºƒP‹
res4a_branch2c/Conv2Dª´óñºƒ ß(ßBXres4a_branch2c/Conv2D = Conv2D(res4a_branch2b_relu/Relu, res4a_branch2c/kernel/read_S79)Hª´óñºƒP¾
bn4a_branch2c/FusedBatchNormV3‰·óñºƒ r(rBƒbn4a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch2c/Conv2D, bn4a_branch2c/gamma/read_S80, bn4a_branch2c/beta/read_S81)H‰·óñºƒP
res4a_branch1/Conv2Dû·óñºƒ  ( BMres4a_branch1/Conv2D = Conv2D(res3d_relu/Relu, res4a_branch1/kernel/read_S82)Hû·óñºƒP¸
bn4a_branch1/FusedBatchNormV3›½óñºƒ v(vBbn4a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch1/Conv2D, bn4a_branch1/gamma/read_S83, bn4a_branch1/beta/read_S84)H›½óñºƒPu
	res4a/add‘¾óñºƒ y(yBPres4a/add = AddV2(bn4a_branch2c/FusedBatchNormV3, bn4a_branch1/FusedBatchNormV3)H‘¾óñºƒPL
res4a_relu/ReluŠ¿óñºƒ R(RB!res4a_relu/Relu = Relu(res4a/add)HŠ¿óñºƒP‚
res4b_branch2a/Conv2DÜ¿óñºƒ É(ÉBOres4b_branch2a/Conv2D = Conv2D(res4a_relu/Relu, res4b_branch2a/kernel/read_S85)HÜ¿óñºƒP¾
bn4b_branch2a/FusedBatchNormV3¥Âóñºƒ "("Bƒbn4b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4b_branch2a/Conv2D, bn4b_branch2a/gamma/read_S86, bn4b_branch2a/beta/read_S87)H¥ÂóñºƒPs
res4b_branch2a_relu/ReluÇÂóñºƒ (B?res4b_branch2a_relu/Relu = Relu(bn4b_branch2a/FusedBatchNormV3)HÇÂóñºƒP‹
res4b_branch2b/Conv2DâÂóñºƒ ù(ùBXres4b_branch2b/Conv2D = Conv2D(res4b_branch2a_relu/Relu, res4b_branch2b/kernel/read_S88)HâÂóñºƒP¾
bn4b_branch2b/FusedBatchNormV3ÛÈóñºƒ #(#Bƒbn4b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4b_branch2b/Conv2D, bn4b_branch2b/gamma/read_S89, bn4b_branch2b/beta/read_S90)HÛÈóñºƒPs
res4b_branch2b_relu/ReluşÈóñºƒ (B?res4b_branch2b_relu/Relu = Relu(bn4b_branch2b/FusedBatchNormV3)HşÈóñºƒP‹
res4b_branch2c/Conv2D—Éóñºƒ À(ÀBXres4b_branch2c/Conv2D = Conv2D(res4b_branch2b_relu/Relu, res4b_branch2c/kernel/read_S91)H—ÉóñºƒP¾
bn4b_branch2c/FusedBatchNormV3×Ëóñºƒ x(xBƒbn4b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4b_branch2c/Conv2D, bn4b_branch2c/gamma/read_S92, bn4b_branch2c/beta/read_S93)H×ËóñºƒPg
	res4b/addÏÌóñºƒ }(}BBres4b/add = AddV2(bn4b_branch2c/FusedBatchNormV3, res4a_relu/Relu)HÏÌóñºƒPL
res4b_relu/ReluÌÍóñºƒ P(PB!res4b_relu/Relu = Relu(res4b/add)HÌÍóñºƒP‚
res4c_branch2a/Conv2DœÎóñºƒ Ü(ÜBOres4c_branch2a/Conv2D = Conv2D(res4b_relu/Relu, res4c_branch2a/kernel/read_S94)HœÎóñºƒP¾
bn4c_branch2a/FusedBatchNormV3øĞóñºƒ $($Bƒbn4c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4c_branch2a/Conv2D, bn4c_branch2a/gamma/read_S95, bn4c_branch2a/beta/read_S96)HøĞóñºƒPs
res4c_branch2a_relu/ReluœÑóñºƒ (B?res4c_branch2a_relu/Relu = Relu(bn4c_branch2a/FusedBatchNormV3)HœÑóñºƒP‹
res4c_branch2b/Conv2D·Ñóñºƒ İ(İBXres4c_branch2b/Conv2D = Conv2D(res4c_branch2a_relu/Relu, res4c_branch2b/kernel/read_S97)H·ÑóñºƒP¾
bn4c_branch2b/FusedBatchNormV3”×óñºƒ !(!Bƒbn4c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4c_branch2b/Conv2D, bn4c_branch2b/gamma/read_S98, bn4c_branch2b/beta/read_S99)H”×óñºƒPs
res4c_branch2b_relu/Reluµ×óñºƒ (B?res4c_branch2b_relu/Relu = Relu(bn4c_branch2b/FusedBatchNormV3)Hµ×óñºƒPŒ
res4c_branch2c/Conv2DÏ×óñºƒ Ü(ÜBYres4c_branch2c/Conv2D = Conv2D(res4c_branch2b_relu/Relu, res4c_branch2c/kernel/read_S100)HÏ×óñºƒPÀ
bn4c_branch2c/FusedBatchNormV3«Úóñºƒ r(rB…bn4c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4c_branch2c/Conv2D, bn4c_branch2c/gamma/read_S101, bn4c_branch2c/beta/read_S102)H«ÚóñºƒPg
	res4c/addÛóñºƒ t(tBBres4c/add = AddV2(bn4c_branch2c/FusedBatchNormV3, res4b_relu/Relu)HÛóñºƒPL
res4c_relu/Relu‘Üóñºƒ U(UB!res4c_relu/Relu = Relu(res4c/add)H‘ÜóñºƒPƒ
res4d_branch2a/Conv2DæÜóñºƒ Ï(ÏBPres4d_branch2a/Conv2D = Conv2D(res4c_relu/Relu, res4d_branch2a/kernel/read_S103)HæÜóñºƒPÀ
bn4d_branch2a/FusedBatchNormV3µßóñºƒ "("B…bn4d_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4d_branch2a/Conv2D, bn4d_branch2a/gamma/read_S104, bn4d_branch2a/beta/read_S105)HµßóñºƒPs
res4d_branch2a_relu/Relu×ßóñºƒ (B?res4d_branch2a_relu/Relu = Relu(bn4d_branch2a/FusedBatchNormV3)H×ßóñºƒPŒ
res4d_branch2b/Conv2Dñßóñºƒ Ë(ËBYres4d_branch2b/Conv2D = Conv2D(res4d_branch2a_relu/Relu, res4d_branch2b/kernel/read_S106)HñßóñºƒPÀ
bn4d_branch2b/FusedBatchNormV3¼åóñºƒ #(#B…bn4d_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4d_branch2b/Conv2D, bn4d_branch2b/gamma/read_S107, bn4d_branch2b/beta/read_S108)H¼åóñºƒPs
res4d_branch2b_relu/Relußåóñºƒ (B?res4d_branch2b_relu/Relu = Relu(bn4d_branch2b/FusedBatchNormV3)HßåóñºƒPŒ
res4d_branch2c/Conv2Dúåóñºƒ ä(äBYres4d_branch2c/Conv2D = Conv2D(res4d_branch2b_relu/Relu, res4d_branch2c/kernel/read_S109)HúåóñºƒPÀ
bn4d_branch2c/FusedBatchNormV3Şèóñºƒ u(uB…bn4d_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4d_branch2c/Conv2D, bn4d_branch2c/gamma/read_S110, bn4d_branch2c/beta/read_S111)HŞèóñºƒPg
	res4d/addÓéóñºƒ v(vBBres4d/add = AddV2(bn4d_branch2c/FusedBatchNormV3, res4c_relu/Relu)HÓéóñºƒPL
res4d_relu/ReluÉêóñºƒ L(LB!res4d_relu/Relu = Relu(res4d/add)HÉêóñºƒPƒ
res4e_branch2a/Conv2D•ëóñºƒ Ø(ØBPres4e_branch2a/Conv2D = Conv2D(res4d_relu/Relu, res4e_branch2a/kernel/read_S112)H•ëóñºƒPÀ
bn4e_branch2a/FusedBatchNormV3ííóñºƒ $($B…bn4e_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4e_branch2a/Conv2D, bn4e_branch2a/gamma/read_S113, bn4e_branch2a/beta/read_S114)HííóñºƒPs
res4e_branch2a_relu/Relu‘îóñºƒ (B?res4e_branch2a_relu/Relu = Relu(bn4e_branch2a/FusedBatchNormV3)H‘îóñºƒPŒ
res4e_branch2b/Conv2D¬îóñºƒ İ(İBYres4e_branch2b/Conv2D = Conv2D(res4e_branch2a_relu/Relu, res4e_branch2b/kernel/read_S115)H¬îóñºƒPÀ
bn4e_branch2b/FusedBatchNormV3‰ôóñºƒ "("B…bn4e_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4e_branch2b/Conv2D, bn4e_branch2b/gamma/read_S116, bn4e_branch2b/beta/read_S117)H‰ôóñºƒPs
res4e_branch2b_relu/Relu«ôóñºƒ (B?res4e_branch2b_relu/Relu = Relu(bn4e_branch2b/FusedBatchNormV3)H«ôóñºƒPŒ
res4e_branch2c/Conv2DÆôóñºƒ Ê(ÊBYres4e_branch2c/Conv2D = Conv2D(res4e_branch2b_relu/Relu, res4e_branch2c/kernel/read_S118)HÆôóñºƒPÀ
bn4e_branch2c/FusedBatchNormV3÷óñºƒ y(yB…bn4e_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4e_branch2c/Conv2D, bn4e_branch2c/gamma/read_S119, bn4e_branch2c/beta/read_S120)H÷óñºƒPg
	res4e/add‰øóñºƒ {({BBres4e/add = AddV2(bn4e_branch2c/FusedBatchNormV3, res4d_relu/Relu)H‰øóñºƒPL
res4e_relu/Relu„ùóñºƒ Q(QB!res4e_relu/Relu = Relu(res4e/add)H„ùóñºƒPƒ
res4f_branch2a/Conv2DÕùóñºƒ Ğ(ĞBPres4f_branch2a/Conv2D = Conv2D(res4e_relu/Relu, res4f_branch2a/kernel/read_S121)HÕùóñºƒPÀ
bn4f_branch2a/FusedBatchNormV3¥üóñºƒ #(#B…bn4f_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4f_branch2a/Conv2D, bn4f_branch2a/gamma/read_S122, bn4f_branch2a/beta/read_S123)H¥üóñºƒPs
res4f_branch2a_relu/ReluÈüóñºƒ (B?res4f_branch2a_relu/Relu = Relu(bn4f_branch2a/FusedBatchNormV3)HÈüóñºƒPŒ
res4f_branch2b/Conv2Dâüóñºƒ ß(ßBYres4f_branch2b/Conv2D = Conv2D(res4f_branch2a_relu/Relu, res4f_branch2b/kernel/read_S124)HâüóñºƒPÀ
bn4f_branch2b/FusedBatchNormV3Á‚ôñºƒ #(#B…bn4f_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4f_branch2b/Conv2D, bn4f_branch2b/gamma/read_S125, bn4f_branch2b/beta/read_S126)HÁ‚ôñºƒPs
res4f_branch2b_relu/Reluä‚ôñºƒ (B?res4f_branch2b_relu/Relu = Relu(bn4f_branch2b/FusedBatchNormV3)Hä‚ôñºƒPŒ
res4f_branch2c/Conv2Dş‚ôñºƒ â(âBYres4f_branch2c/Conv2D = Conv2D(res4f_branch2b_relu/Relu, res4f_branch2c/kernel/read_S127)Hş‚ôñºƒPÀ
bn4f_branch2c/FusedBatchNormV3à…ôñºƒ w(wB…bn4f_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4f_branch2c/Conv2D, bn4f_branch2c/gamma/read_S128, bn4f_branch2c/beta/read_S129)Hà…ôñºƒPg
	res4f/add×†ôñºƒ r(rBBres4f/add = AddV2(bn4f_branch2c/FusedBatchNormV3, res4e_relu/Relu)H×†ôñºƒPL
res4f_relu/ReluÉ‡ôñºƒ R(RB!res4f_relu/Relu = Relu(res4f/add)HÉ‡ôñºƒPƒ
res5a_branch2a/Conv2D›ˆôñºƒ ‘(‘BPres5a_branch2a/Conv2D = Conv2D(res4f_relu/Relu, res5a_branch2a/kernel/read_S130)H›ˆôñºƒPÀ
bn5a_branch2a/FusedBatchNormV3¬ôñºƒ =(=B…bn5a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch2a/Conv2D, bn5a_branch2a/gamma/read_S131, bn5a_branch2a/beta/read_S132)H¬ôñºƒPs
res5a_branch2a_relu/Reluéôñºƒ .(.B?res5a_branch2a_relu/Relu = Relu(bn5a_branch2a/FusedBatchNormV3)HéôñºƒPŒ
res5a_branch2b/Conv2Dè¾õñºƒ ´(´BYres5a_branch2b/Conv2D = Conv2D(res5a_branch2a_relu/Relu, res5a_branch2b/kernel/read_S133)Hè¾õñºƒPÀ
bn5a_branch2b/FusedBatchNormV3œÄõñºƒ (B…bn5a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch2b/Conv2D, bn5a_branch2b/gamma/read_S134, bn5a_branch2b/beta/read_S135)HœÄõñºƒPs
res5a_branch2b_relu/Relu²Äõñºƒ (B?res5a_branch2b_relu/Relu = Relu(bn5a_branch2b/FusedBatchNormV3)H²ÄõñºƒPŒ
res5a_branch2c/Conv2DÃÄõñºƒ Ã(ÃBYres5a_branch2c/Conv2D = Conv2D(res5a_branch2b_relu/Relu, res5a_branch2c/kernel/read_S136)HÃÄõñºƒPÀ
bn5a_branch2c/FusedBatchNormV3†Çõñºƒ >(>B…bn5a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch2c/Conv2D, bn5a_branch2c/gamma/read_S137, bn5a_branch2c/beta/read_S138)H†ÇõñºƒP€
res5a_branch1/Conv2DÄÇõñºƒ õ(õBNres5a_branch1/Conv2D = Conv2D(res4f_relu/Relu, res5a_branch1/kernel/read_S139)HÄÇõñºƒP»
bn5a_branch1/FusedBatchNormV3¹Ìõñºƒ B(BBbn5a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch1/Conv2D, bn5a_branch1/gamma/read_S140, bn5a_branch1/beta/read_S141)H¹ÌõñºƒPu
	res5a/addûÌõñºƒ >(>BPres5a/add = AddV2(bn5a_branch2c/FusedBatchNormV3, bn5a_branch1/FusedBatchNormV3)HûÌõñºƒPL
res5a_relu/Relu¹Íõñºƒ ,(,B!res5a_relu/Relu = Relu(res5a/add)H¹ÍõñºƒPƒ
res5b_branch2a/Conv2DåÍõñºƒ ä(äBPres5b_branch2a/Conv2D = Conv2D(res5a_relu/Relu, res5b_branch2a/kernel/read_S142)HåÍõñºƒPÀ
bn5b_branch2a/FusedBatchNormV3ÉĞõñºƒ (B…bn5b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res5b_branch2a/Conv2D, bn5b_branch2a/gamma/read_S143, bn5b_branch2a/beta/read_S144)HÉĞõñºƒPs
res5b_branch2a_relu/RelußĞõñºƒ (B?res5b_branch2a_relu/Relu = Relu(bn5b_branch2a/FusedBatchNormV3)HßĞõñºƒPŒ
res5b_branch2b/Conv2DñĞõñºƒ š(šBYres5b_branch2b/Conv2D = Conv2D(res5b_branch2a_relu/Relu, res5b_branch2b/kernel/read_S145)HñĞõñºƒPÀ
bn5b_branch2b/FusedBatchNormV3‹×õñºƒ (B…bn5b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res5b_branch2b/Conv2D, bn5b_branch2b/gamma/read_S146, bn5b_branch2b/beta/read_S147)H‹×õñºƒPs
res5b_branch2b_relu/Relu¡×õñºƒ (B?res5b_branch2b_relu/Relu = Relu(bn5b_branch2b/FusedBatchNormV3)H¡×õñºƒPŒ
res5b_branch2c/Conv2D²×õñºƒ È(ÈBYres5b_branch2c/Conv2D = Conv2D(res5b_branch2b_relu/Relu, res5b_branch2c/kernel/read_S148)H²×õñºƒPÀ
bn5b_branch2c/FusedBatchNormV3úÙõñºƒ @(@B…bn5b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res5b_branch2c/Conv2D, bn5b_branch2c/gamma/read_S149, bn5b_branch2c/beta/read_S150)HúÙõñºƒPg
	res5b/addºÚõñºƒ ?(?BBres5b/add = AddV2(bn5b_branch2c/FusedBatchNormV3, res5a_relu/Relu)HºÚõñºƒPL
res5b_relu/ReluùÚõñºƒ .(.B!res5b_relu/Relu = Relu(res5b/add)HùÚõñºƒPƒ
res5c_branch2a/Conv2D§Ûõñºƒ ½(½BPres5c_branch2a/Conv2D = Conv2D(res5b_relu/Relu, res5c_branch2a/kernel/read_S151)H§ÛõñºƒPÀ
bn5c_branch2a/FusedBatchNormV3äİõñºƒ (B…bn5c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res5c_branch2a/Conv2D, bn5c_branch2a/gamma/read_S152, bn5c_branch2a/beta/read_S153)HäİõñºƒPs
res5c_branch2a_relu/Reluúİõñºƒ (B?res5c_branch2a_relu/Relu = Relu(bn5c_branch2a/FusedBatchNormV3)HúİõñºƒPŒ
res5c_branch2b/Conv2D‹Şõñºƒ Ğ(ĞBYres5c_branch2b/Conv2D = Conv2D(res5c_branch2a_relu/Relu, res5c_branch2b/kernel/read_S154)H‹ŞõñºƒPÀ
bn5c_branch2b/FusedBatchNormV3Ûãõñºƒ (B…bn5c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res5c_branch2b/Conv2D, bn5c_branch2b/gamma/read_S155, bn5c_branch2b/beta/read_S156)HÛãõñºƒPs
res5c_branch2b_relu/Reluğãõñºƒ (B?res5c_branch2b_relu/Relu = Relu(bn5c_branch2b/FusedBatchNormV3)HğãõñºƒPŒ
res5c_branch2c/Conv2Däõñºƒ ×(×BYres5c_branch2c/Conv2D = Conv2D(res5c_branch2b_relu/Relu, res5c_branch2c/kernel/read_S157)HäõñºƒPÀ
bn5c_branch2c/FusedBatchNormV3Øæõñºƒ =(=B…bn5c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res5c_branch2c/Conv2D, bn5c_branch2c/gamma/read_S158, bn5c_branch2c/beta/read_S159)HØæõñºƒPg
	res5c/add•çõñºƒ C(CBBres5c/add = AddV2(bn5c_branch2c/FusedBatchNormV3, res5b_relu/Relu)H•çõñºƒPL
res5c_relu/ReluØçõñºƒ +(+B!res5c_relu/Relu = Relu(res5c/add)HØçõñºƒPN
avg_pool/Meanƒèõñºƒ (B%avg_pool/Mean = Mean(res5c_relu/Relu)HƒèõñºƒPg
fc1000/MatMulèõñºƒ (B>fc1000/MatMul = MatMul(avg_pool/Mean, fc1000/kernel/read_S160)HèõñºƒPh
fc1000/BiasAdd³èõñºƒ (B>fc1000/BiasAdd = BiasAdd(fc1000/MatMul, fc1000/bias/read_S161)H³èõñºƒP˜
"loss/SoftmaxCrossEntropyWithLogits»èõñºƒ 	(	BZloss/SoftmaxCrossEntropyWithLogits = SoftmaxCrossEntropyWithLogits(fc1000/BiasAdd, labels)H»èõñºƒPƒ
gradients/fc1000/bias_gradÄèõñºƒ (BMgradients/fc1000/bias_grad = BackpropGrad(loss/SoftmaxCrossEntropyWithLogits)HÄèõñºƒP
gradients/fc1000/kernel_gradÌèõñºƒ 3(3BGgradients/fc1000/kernel_grad = BackpropGrad(gradients/fc1000/bias_grad)HÌèõñºƒP‹
!gradients/bn5c_branch2c/beta_gradÿèõñºƒ (BNgradients/bn5c_branch2c/beta_grad = BackpropGrad(gradients/fc1000/kernel_grad)HÿèõñºƒP”
"gradients/bn5c_branch2c/gamma_grad™éõñºƒ …(…BTgradients/bn5c_branch2c/gamma_grad = BackpropGrad(gradients/bn5c_branch2c/beta_grad)H™éõñºƒP™
$gradients/res5c_branch2c/kernel_gradêõñºƒ ¢(¢BWgradients/res5c_branch2c/kernel_grad = BackpropGrad(gradients/bn5c_branch2c/gamma_grad)HêõñºƒP“
!gradients/bn5c_branch2b/beta_gradÀïõñºƒ (BVgradients/bn5c_branch2b/beta_grad = BackpropGrad(gradients/res5c_branch2c/kernel_grad)HÀïõñºƒP’
"gradients/bn5c_branch2b/gamma_gradÍïõñºƒ '('BTgradients/bn5c_branch2b/gamma_grad = BackpropGrad(gradients/bn5c_branch2b/beta_grad)HÍïõñºƒP™
$gradients/res5c_branch2b/kernel_gradôïõñºƒ •(•BWgradients/res5c_branch2b/kernel_grad = BackpropGrad(gradients/bn5c_branch2b/gamma_grad)HôïõñºƒP“
!gradients/bn5c_branch2a/beta_grad‰üõñºƒ (BVgradients/bn5c_branch2a/beta_grad = BackpropGrad(gradients/res5c_branch2b/kernel_grad)H‰üõñºƒP’
"gradients/bn5c_branch2a/gamma_grad–üõñºƒ &(&BTgradients/bn5c_branch2a/gamma_grad = BackpropGrad(gradients/bn5c_branch2a/beta_grad)H–üõñºƒP™
$gradients/res5c_branch2a/kernel_grad¼üõñºƒ ‹(‹BWgradients/res5c_branch2a/kernel_grad = BackpropGrad(gradients/bn5c_branch2a/gamma_grad)H¼üõñºƒP“
!gradients/bn5b_branch2c/beta_gradÇöñºƒ (BVgradients/bn5b_branch2c/beta_grad = BackpropGrad(gradients/res5c_branch2a/kernel_grad)HÇöñºƒP”
"gradients/bn5b_branch2c/gamma_gradâöñºƒ …(…BTgradients/bn5b_branch2c/gamma_grad = BackpropGrad(gradients/bn5b_branch2c/beta_grad)HâöñºƒP™
$gradients/res5b_branch2c/kernel_gradç‚öñºƒ Ÿ(ŸBWgradients/res5b_branch2c/kernel_grad = BackpropGrad(gradients/bn5b_branch2c/gamma_grad)Hç‚öñºƒP“
!gradients/bn5b_branch2b/beta_grad†ˆöñºƒ (BVgradients/bn5b_branch2b/beta_grad = BackpropGrad(gradients/res5b_branch2c/kernel_grad)H†ˆöñºƒP’
"gradients/bn5b_branch2b/gamma_grad’ˆöñºƒ )()BTgradients/bn5b_branch2b/gamma_grad = BackpropGrad(gradients/bn5b_branch2b/beta_grad)H’ˆöñºƒP™
$gradients/res5b_branch2b/kernel_grad»ˆöñºƒ ²(²BWgradients/res5b_branch2b/kernel_grad = BackpropGrad(gradients/bn5b_branch2b/gamma_grad)H»ˆöñºƒP“
!gradients/bn5b_branch2a/beta_gradí“öñºƒ (BVgradients/bn5b_branch2a/beta_grad = BackpropGrad(gradients/res5b_branch2b/kernel_grad)Hí“öñºƒP’
"gradients/bn5b_branch2a/gamma_gradú“öñºƒ (((BTgradients/bn5b_branch2a/gamma_grad = BackpropGrad(gradients/bn5b_branch2a/beta_grad)Hú“öñºƒP™
$gradients/res5b_branch2a/kernel_grad¢”öñºƒ ¬(¬BWgradients/res5b_branch2a/kernel_grad = BackpropGrad(gradients/bn5b_branch2a/gamma_grad)H¢”öñºƒP‘
 gradients/bn5a_branch1/beta_gradÎ™öñºƒ (BUgradients/bn5a_branch1/beta_grad = BackpropGrad(gradients/res5b_branch2a/kernel_grad)HÎ™öñºƒP
!gradients/bn5a_branch1/gamma_gradç™öñºƒ U(UBRgradients/bn5a_branch1/gamma_grad = BackpropGrad(gradients/bn5a_branch1/beta_grad)Hç™öñºƒP–
#gradients/res5a_branch1/kernel_grad¼šöñºƒ ®
(®
BUgradients/res5a_branch1/kernel_grad = BackpropGrad(gradients/bn5a_branch1/gamma_grad)H¼šöñºƒP’
!gradients/bn5a_branch2c/beta_gradê¤öñºƒ (BUgradients/bn5a_branch2c/beta_grad = BackpropGrad(gradients/res5a_branch1/kernel_grad)Hê¤öñºƒP”
"gradients/bn5a_branch2c/gamma_grad…¥öñºƒ „(„BTgradients/bn5a_branch2c/gamma_grad = BackpropGrad(gradients/bn5a_branch2c/beta_grad)H…¥öñºƒP™
$gradients/res5a_branch2c/kernel_grad‰¦öñºƒ ä(äBWgradients/res5a_branch2c/kernel_grad = BackpropGrad(gradients/bn5a_branch2c/gamma_grad)H‰¦öñºƒP“
!gradients/bn5a_branch2b/beta_gradíªöñºƒ (BVgradients/bn5a_branch2b/beta_grad = BackpropGrad(gradients/res5a_branch2c/kernel_grad)HíªöñºƒP’
"gradients/bn5a_branch2b/gamma_gradùªöñºƒ (((BTgradients/bn5a_branch2b/gamma_grad = BackpropGrad(gradients/bn5a_branch2b/beta_grad)HùªöñºƒP™
$gradients/res5a_branch2b/kernel_grad¡«öñºƒ Ú(ÚBWgradients/res5a_branch2b/kernel_grad = BackpropGrad(gradients/bn5a_branch2b/gamma_grad)H¡«öñºƒP“
!gradients/bn5a_branch2a/beta_gradû¶öñºƒ (BVgradients/bn5a_branch2a/beta_grad = BackpropGrad(gradients/res5a_branch2b/kernel_grad)Hû¶öñºƒP”
"gradients/bn5a_branch2a/gamma_grad•·öñºƒ ‚(‚BTgradients/bn5a_branch2a/gamma_grad = BackpropGrad(gradients/bn5a_branch2a/beta_grad)H•·öñºƒP™
$gradients/res5a_branch2a/kernel_grad—¸öñºƒ ¤
(¤
BWgradients/res5a_branch2a/kernel_grad = BackpropGrad(gradients/bn5a_branch2a/gamma_grad)H—¸öñºƒP“
!gradients/bn4f_branch2c/beta_grad»Âöñºƒ *(*BVgradients/bn4f_branch2c/beta_grad = BackpropGrad(gradients/res5a_branch2a/kernel_grad)H»ÂöñºƒP”
"gradients/bn4f_branch2c/gamma_gradåÂöñºƒ (BTgradients/bn4f_branch2c/gamma_grad = BackpropGrad(gradients/bn4f_branch2c/beta_grad)HåÂöñºƒP™
$gradients/res4f_branch2c/kernel_gradæÄöñºƒ ó(óBWgradients/res4f_branch2c/kernel_grad = BackpropGrad(gradients/bn4f_branch2c/gamma_grad)HæÄöñºƒP“
!gradients/bn4f_branch2b/beta_gradÙÉöñºƒ (BVgradients/bn4f_branch2b/beta_grad = BackpropGrad(gradients/res4f_branch2c/kernel_grad)HÙÉöñºƒP’
"gradients/bn4f_branch2b/gamma_gradêÉöñºƒ I(IBTgradients/bn4f_branch2b/gamma_grad = BackpropGrad(gradients/bn4f_branch2b/beta_grad)HêÉöñºƒP™
$gradients/res4f_branch2b/kernel_grad³Êöñºƒ Ş(ŞBWgradients/res4f_branch2b/kernel_grad = BackpropGrad(gradients/bn4f_branch2b/gamma_grad)H³ÊöñºƒP“
!gradients/bn4f_branch2a/beta_grad‘Ööñºƒ (BVgradients/bn4f_branch2a/beta_grad = BackpropGrad(gradients/res4f_branch2b/kernel_grad)H‘ÖöñºƒP’
"gradients/bn4f_branch2a/gamma_grad¢Ööñºƒ H(HBTgradients/bn4f_branch2a/gamma_grad = BackpropGrad(gradients/bn4f_branch2a/beta_grad)H¢ÖöñºƒP™
$gradients/res4f_branch2a/kernel_gradêÖöñºƒ –(–BWgradients/res4f_branch2a/kernel_grad = BackpropGrad(gradients/bn4f_branch2a/gamma_grad)HêÖöñºƒP“
!gradients/bn4e_branch2c/beta_grad€Üöñºƒ -(-BVgradients/bn4e_branch2c/beta_grad = BackpropGrad(gradients/res4f_branch2a/kernel_grad)H€ÜöñºƒP”
"gradients/bn4e_branch2c/gamma_grad­Üöñºƒ (BTgradients/bn4e_branch2c/gamma_grad = BackpropGrad(gradients/bn4e_branch2c/beta_grad)H­ÜöñºƒP™
$gradients/res4e_branch2c/kernel_grad»Şöñºƒ (BWgradients/res4e_branch2c/kernel_grad = BackpropGrad(gradients/bn4e_branch2c/gamma_grad)H»ŞöñºƒP“
!gradients/bn4e_branch2b/beta_grad¼ãöñºƒ (BVgradients/bn4e_branch2b/beta_grad = BackpropGrad(gradients/res4e_branch2c/kernel_grad)H¼ãöñºƒP’
"gradients/bn4e_branch2b/gamma_gradÍãöñºƒ K(KBTgradients/bn4e_branch2b/gamma_grad = BackpropGrad(gradients/bn4e_branch2b/beta_grad)HÍãöñºƒP™
$gradients/res4e_branch2b/kernel_grad˜äöñºƒ ª(ªBWgradients/res4e_branch2b/kernel_grad = BackpropGrad(gradients/bn4e_branch2b/gamma_grad)H˜äöñºƒP“
!gradients/bn4e_branch2a/beta_gradÂïöñºƒ (BVgradients/bn4e_branch2a/beta_grad = BackpropGrad(gradients/res4e_branch2b/kernel_grad)HÂïöñºƒP’
"gradients/bn4e_branch2a/gamma_gradÒïöñºƒ F(FBTgradients/bn4e_branch2a/gamma_grad = BackpropGrad(gradients/bn4e_branch2a/beta_grad)HÒïöñºƒP™
$gradients/res4e_branch2a/kernel_grad˜ğöñºƒ š(šBWgradients/res4e_branch2a/kernel_grad = BackpropGrad(gradients/bn4e_branch2a/gamma_grad)H˜ğöñºƒP“
!gradients/bn4d_branch2c/beta_grad²õöñºƒ ,(,BVgradients/bn4d_branch2c/beta_grad = BackpropGrad(gradients/res4e_branch2a/kernel_grad)H²õöñºƒP”
"gradients/bn4d_branch2c/gamma_gradŞõöñºƒ €(€BTgradients/bn4d_branch2c/gamma_grad = BackpropGrad(gradients/bn4d_branch2c/beta_grad)HŞõöñºƒP™
$gradients/res4d_branch2c/kernel_gradŞ÷öñºƒ «(«BWgradients/res4d_branch2c/kernel_grad = BackpropGrad(gradients/bn4d_branch2c/gamma_grad)HŞ÷öñºƒP“
!gradients/bn4d_branch2b/beta_grad‰ıöñºƒ (BVgradients/bn4d_branch2b/beta_grad = BackpropGrad(gradients/res4d_branch2c/kernel_grad)H‰ıöñºƒP’
"gradients/bn4d_branch2b/gamma_gradšıöñºƒ F(FBTgradients/bn4d_branch2b/gamma_grad = BackpropGrad(gradients/bn4d_branch2b/beta_grad)HšıöñºƒP™
$gradients/res4d_branch2b/kernel_gradàıöñºƒ  ( BWgradients/res4d_branch2b/kernel_grad = BackpropGrad(gradients/bn4d_branch2b/gamma_grad)HàıöñºƒP“
!gradients/bn4d_branch2a/beta_grad€Š÷ñºƒ (BVgradients/bn4d_branch2a/beta_grad = BackpropGrad(gradients/res4d_branch2b/kernel_grad)H€Š÷ñºƒP’
"gradients/bn4d_branch2a/gamma_grad‘Š÷ñºƒ H(HBTgradients/bn4d_branch2a/gamma_grad = BackpropGrad(gradients/bn4d_branch2a/beta_grad)H‘Š÷ñºƒP™
$gradients/res4d_branch2a/kernel_gradÙŠ÷ñºƒ ·(·BWgradients/res4d_branch2a/kernel_grad = BackpropGrad(gradients/bn4d_branch2a/gamma_grad)HÙŠ÷ñºƒP“
!gradients/bn4c_branch2c/beta_grad÷ñºƒ 1(1BVgradients/bn4c_branch2c/beta_grad = BackpropGrad(gradients/res4d_branch2a/kernel_grad)H÷ñºƒP”
"gradients/bn4c_branch2c/gamma_gradÁ÷ñºƒ ‚(‚BTgradients/bn4c_branch2c/gamma_grad = BackpropGrad(gradients/bn4c_branch2c/beta_grad)HÁ÷ñºƒP™
$gradients/res4c_branch2c/kernel_gradÃ’÷ñºƒ ç(çBWgradients/res4c_branch2c/kernel_grad = BackpropGrad(gradients/bn4c_branch2c/gamma_grad)HÃ’÷ñºƒP“
!gradients/bn4c_branch2b/beta_gradª—÷ñºƒ (BVgradients/bn4c_branch2b/beta_grad = BackpropGrad(gradients/res4c_branch2c/kernel_grad)Hª—÷ñºƒP’
"gradients/bn4c_branch2b/gamma_grad»—÷ñºƒ H(HBTgradients/bn4c_branch2b/gamma_grad = BackpropGrad(gradients/bn4c_branch2b/beta_grad)H»—÷ñºƒP™
$gradients/res4c_branch2b/kernel_gradƒ˜÷ñºƒ ¬(¬BWgradients/res4c_branch2b/kernel_grad = BackpropGrad(gradients/bn4c_branch2b/gamma_grad)Hƒ˜÷ñºƒP“
!gradients/bn4c_branch2a/beta_grad¯£÷ñºƒ (BVgradients/bn4c_branch2a/beta_grad = BackpropGrad(gradients/res4c_branch2b/kernel_grad)H¯£÷ñºƒP’
"gradients/bn4c_branch2a/gamma_gradÀ£÷ñºƒ I(IBTgradients/bn4c_branch2a/gamma_grad = BackpropGrad(gradients/bn4c_branch2a/beta_grad)HÀ£÷ñºƒP™
$gradients/res4c_branch2a/kernel_grad‰¤÷ñºƒ (BWgradients/res4c_branch2a/kernel_grad = BackpropGrad(gradients/bn4c_branch2a/gamma_grad)H‰¤÷ñºƒP“
!gradients/bn4b_branch2c/beta_grad˜©÷ñºƒ ,(,BVgradients/bn4b_branch2c/beta_grad = BackpropGrad(gradients/res4c_branch2a/kernel_grad)H˜©÷ñºƒP”
"gradients/bn4b_branch2c/gamma_gradÄ©÷ñºƒ ü(üBTgradients/bn4b_branch2c/gamma_grad = BackpropGrad(gradients/bn4b_branch2c/beta_grad)HÄ©÷ñºƒP™
$gradients/res4b_branch2c/kernel_gradÀ«÷ñºƒ (BWgradients/res4b_branch2c/kernel_grad = BackpropGrad(gradients/bn4b_branch2c/gamma_grad)HÀ«÷ñºƒP“
!gradients/bn4b_branch2b/beta_gradİ°÷ñºƒ (BVgradients/bn4b_branch2b/beta_grad = BackpropGrad(gradients/res4b_branch2c/kernel_grad)Hİ°÷ñºƒP’
"gradients/bn4b_branch2b/gamma_gradî°÷ñºƒ H(HBTgradients/bn4b_branch2b/gamma_grad = BackpropGrad(gradients/bn4b_branch2b/beta_grad)Hî°÷ñºƒP™
$gradients/res4b_branch2b/kernel_grad¶±÷ñºƒ Ç(ÇBWgradients/res4b_branch2b/kernel_grad = BackpropGrad(gradients/bn4b_branch2b/gamma_grad)H¶±÷ñºƒP“
!gradients/bn4b_branch2a/beta_gradı½÷ñºƒ (BVgradients/bn4b_branch2a/beta_grad = BackpropGrad(gradients/res4b_branch2b/kernel_grad)Hı½÷ñºƒP’
"gradients/bn4b_branch2a/gamma_grad¾÷ñºƒ H(HBTgradients/bn4b_branch2a/gamma_grad = BackpropGrad(gradients/bn4b_branch2a/beta_grad)H¾÷ñºƒP™
$gradients/res4b_branch2a/kernel_gradÖ¾÷ñºƒ (BWgradients/res4b_branch2a/kernel_grad = BackpropGrad(gradients/bn4b_branch2a/gamma_grad)HÖ¾÷ñºƒP‘
 gradients/bn4a_branch1/beta_gradôÃ÷ñºƒ )()BUgradients/bn4a_branch1/beta_grad = BackpropGrad(gradients/res4b_branch2a/kernel_grad)HôÃ÷ñºƒP‘
!gradients/bn4a_branch1/gamma_gradÄ÷ñºƒ ™(™BRgradients/bn4a_branch1/gamma_grad = BackpropGrad(gradients/bn4a_branch1/beta_grad)HÄ÷ñºƒP–
#gradients/res4a_branch1/kernel_grad¶Å÷ñºƒ §
(§
BUgradients/res4a_branch1/kernel_grad = BackpropGrad(gradients/bn4a_branch1/gamma_grad)H¶Å÷ñºƒP’
!gradients/bn4a_branch2c/beta_gradİÏ÷ñºƒ .(.BUgradients/bn4a_branch2c/beta_grad = BackpropGrad(gradients/res4a_branch1/kernel_grad)HİÏ÷ñºƒP”
"gradients/bn4a_branch2c/gamma_grad‹Ğ÷ñºƒ ş(şBTgradients/bn4a_branch2c/gamma_grad = BackpropGrad(gradients/bn4a_branch2c/beta_grad)H‹Ğ÷ñºƒP™
$gradients/res4a_branch2c/kernel_grad‰Ò÷ñºƒ œ(œBWgradients/res4a_branch2c/kernel_grad = BackpropGrad(gradients/bn4a_branch2c/gamma_grad)H‰Ò÷ñºƒP“
!gradients/bn4a_branch2b/beta_grad¥×÷ñºƒ (BVgradients/bn4a_branch2b/beta_grad = BackpropGrad(gradients/res4a_branch2c/kernel_grad)H¥×÷ñºƒP’
"gradients/bn4a_branch2b/gamma_grad¶×÷ñºƒ G(GBTgradients/bn4a_branch2b/gamma_grad = BackpropGrad(gradients/bn4a_branch2b/beta_grad)H¶×÷ñºƒP™
$gradients/res4a_branch2b/kernel_gradı×÷ñºƒ É(ÉBWgradients/res4a_branch2b/kernel_grad = BackpropGrad(gradients/bn4a_branch2b/gamma_grad)Hı×÷ñºƒP“
!gradients/bn4a_branch2a/beta_gradÆã÷ñºƒ +(+BVgradients/bn4a_branch2a/beta_grad = BackpropGrad(gradients/res4a_branch2b/kernel_grad)HÆã÷ñºƒP”
"gradients/bn4a_branch2a/gamma_gradñã÷ñºƒ (BTgradients/bn4a_branch2a/gamma_grad = BackpropGrad(gradients/bn4a_branch2a/beta_grad)Hñã÷ñºƒP™
$gradients/res4a_branch2a/kernel_gradòå÷ñºƒ ÷	(÷	BWgradients/res4a_branch2a/kernel_grad = BackpropGrad(gradients/bn4a_branch2a/gamma_grad)Hòå÷ñºƒP“
!gradients/bn3d_branch2c/beta_gradéï÷ñºƒ M(MBVgradients/bn3d_branch2c/beta_grad = BackpropGrad(gradients/res4a_branch2a/kernel_grad)Héï÷ñºƒP”
"gradients/bn3d_branch2c/gamma_grad¶ğ÷ñºƒ ‹(‹BTgradients/bn3d_branch2c/gamma_grad = BackpropGrad(gradients/bn3d_branch2c/beta_grad)H¶ğ÷ñºƒP™
$gradients/res3d_branch2c/kernel_gradÁô÷ñºƒ Œ(ŒBWgradients/res3d_branch2c/kernel_grad = BackpropGrad(gradients/bn3d_branch2c/gamma_grad)HÁô÷ñºƒP“
!gradients/bn3d_branch2b/beta_gradÍù÷ñºƒ (BVgradients/bn3d_branch2b/beta_grad = BackpropGrad(gradients/res3d_branch2c/kernel_grad)HÍù÷ñºƒP”
"gradients/bn3d_branch2b/gamma_gradçù÷ñºƒ …(…BTgradients/bn3d_branch2b/gamma_grad = BackpropGrad(gradients/bn3d_branch2b/beta_grad)Hçù÷ñºƒP™
$gradients/res3d_branch2b/kernel_gradìú÷ñºƒ  ( BWgradients/res3d_branch2b/kernel_grad = BackpropGrad(gradients/bn3d_branch2b/gamma_grad)Hìú÷ñºƒP“
!gradients/bn3d_branch2a/beta_gradŒ†øñºƒ (BVgradients/bn3d_branch2a/beta_grad = BackpropGrad(gradients/res3d_branch2b/kernel_grad)HŒ†øñºƒP”
"gradients/bn3d_branch2a/gamma_grad¨†øñºƒ ˆ(ˆBTgradients/bn3d_branch2a/gamma_grad = BackpropGrad(gradients/bn3d_branch2a/beta_grad)H¨†øñºƒP™
$gradients/res3d_branch2a/kernel_grad°‡øñºƒ €(€BWgradients/res3d_branch2a/kernel_grad = BackpropGrad(gradients/bn3d_branch2a/gamma_grad)H°‡øñºƒP“
!gradients/bn3c_branch2c/beta_grad°Œøñºƒ Q(QBVgradients/bn3c_branch2c/beta_grad = BackpropGrad(gradients/res3d_branch2a/kernel_grad)H°ŒøñºƒP”
"gradients/bn3c_branch2c/gamma_gradøñºƒ ’(’BTgradients/bn3c_branch2c/gamma_grad = BackpropGrad(gradients/bn3c_branch2c/beta_grad)HøñºƒP™
$gradients/res3c_branch2c/kernel_grad“‘øñºƒ (BWgradients/res3c_branch2c/kernel_grad = BackpropGrad(gradients/bn3c_branch2c/gamma_grad)H“‘øñºƒP“
!gradients/bn3c_branch2b/beta_grad –øñºƒ (BVgradients/bn3c_branch2b/beta_grad = BackpropGrad(gradients/res3c_branch2c/kernel_grad)H –øñºƒP”
"gradients/bn3c_branch2b/gamma_gradº–øñºƒ †(†BTgradients/bn3c_branch2b/gamma_grad = BackpropGrad(gradients/bn3c_branch2b/beta_grad)Hº–øñºƒP™
$gradients/res3c_branch2b/kernel_gradÀ—øñºƒ ›(›BWgradients/res3c_branch2b/kernel_grad = BackpropGrad(gradients/bn3c_branch2b/gamma_grad)HÀ—øñºƒP“
!gradients/bn3c_branch2a/beta_gradÛ¢øñºƒ (BVgradients/bn3c_branch2a/beta_grad = BackpropGrad(gradients/res3c_branch2b/kernel_grad)HÛ¢øñºƒP”
"gradients/bn3c_branch2a/gamma_gradõ¢øñºƒ (BTgradients/bn3c_branch2a/gamma_grad = BackpropGrad(gradients/bn3c_branch2a/beta_grad)Hõ¢øñºƒP™
$gradients/res3c_branch2a/kernel_gradƒ¤øñºƒ ˜(˜BWgradients/res3c_branch2a/kernel_grad = BackpropGrad(gradients/bn3c_branch2a/gamma_grad)Hƒ¤øñºƒP“
!gradients/bn3b_branch2c/beta_grad›©øñºƒ T(TBVgradients/bn3b_branch2c/beta_grad = BackpropGrad(gradients/res3c_branch2a/kernel_grad)H›©øñºƒP”
"gradients/bn3b_branch2c/gamma_gradï©øñºƒ ñ(ñBTgradients/bn3b_branch2c/gamma_grad = BackpropGrad(gradients/bn3b_branch2c/beta_grad)Hï©øñºƒP™
$gradients/res3b_branch2c/kernel_gradà­øñºƒ ò(òBWgradients/res3b_branch2c/kernel_grad = BackpropGrad(gradients/bn3b_branch2c/gamma_grad)Hà­øñºƒP“
!gradients/bn3b_branch2b/beta_gradÒ²øñºƒ (BVgradients/bn3b_branch2b/beta_grad = BackpropGrad(gradients/res3b_branch2c/kernel_grad)HÒ²øñºƒP”
"gradients/bn3b_branch2b/gamma_gradí²øñºƒ Š(ŠBTgradients/bn3b_branch2b/gamma_grad = BackpropGrad(gradients/bn3b_branch2b/beta_grad)Hí²øñºƒP™
$gradients/res3b_branch2b/kernel_grad÷³øñºƒ ª(ªBWgradients/res3b_branch2b/kernel_grad = BackpropGrad(gradients/bn3b_branch2b/gamma_grad)H÷³øñºƒP“
!gradients/bn3b_branch2a/beta_grad¡¿øñºƒ (BVgradients/bn3b_branch2a/beta_grad = BackpropGrad(gradients/res3b_branch2b/kernel_grad)H¡¿øñºƒP”
"gradients/bn3b_branch2a/gamma_grad»¿øñºƒ ƒ(ƒBTgradients/bn3b_branch2a/gamma_grad = BackpropGrad(gradients/bn3b_branch2a/beta_grad)H»¿øñºƒP™
$gradients/res3b_branch2a/kernel_grad¾Àøñºƒ ’(’BWgradients/res3b_branch2a/kernel_grad = BackpropGrad(gradients/bn3b_branch2a/gamma_grad)H¾ÀøñºƒP‘
 gradients/bn3a_branch1/beta_gradĞÅøñºƒ O(OBUgradients/bn3a_branch1/beta_grad = BackpropGrad(gradients/res3b_branch2a/kernel_grad)HĞÅøñºƒP‘
!gradients/bn3a_branch1/gamma_gradŸÆøñºƒ ­(­BRgradients/bn3a_branch1/gamma_grad = BackpropGrad(gradients/bn3a_branch1/beta_grad)HŸÆøñºƒP–
#gradients/res3a_branch1/kernel_gradÌÈøñºƒ Ã
(Ã
BUgradients/res3a_branch1/kernel_grad = BackpropGrad(gradients/bn3a_branch1/gamma_grad)HÌÈøñºƒP’
!gradients/bn3a_branch2c/beta_gradÓøñºƒ O(OBUgradients/bn3a_branch2c/beta_grad = BackpropGrad(gradients/res3a_branch1/kernel_grad)HÓøñºƒP”
"gradients/bn3a_branch2c/gamma_gradŞÓøñºƒ ’(’BTgradients/bn3a_branch2c/gamma_grad = BackpropGrad(gradients/bn3a_branch2c/beta_grad)HŞÓøñºƒP™
$gradients/res3a_branch2c/kernel_gradğ×øñºƒ †(†BWgradients/res3a_branch2c/kernel_grad = BackpropGrad(gradients/bn3a_branch2c/gamma_grad)Hğ×øñºƒP“
!gradients/bn3a_branch2b/beta_gradöÜøñºƒ (BVgradients/bn3a_branch2b/beta_grad = BackpropGrad(gradients/res3a_branch2c/kernel_grad)HöÜøñºƒP”
"gradients/bn3a_branch2b/gamma_gradİøñºƒ Š(ŠBTgradients/bn3a_branch2b/gamma_grad = BackpropGrad(gradients/bn3a_branch2b/beta_grad)HİøñºƒP™
$gradients/res3a_branch2b/kernel_gradšŞøñºƒ ˆ(ˆBWgradients/res3a_branch2b/kernel_grad = BackpropGrad(gradients/bn3a_branch2b/gamma_grad)HšŞøñºƒP“
!gradients/bn3a_branch2a/beta_grad¢êøñºƒ Q(QBVgradients/bn3a_branch2a/beta_grad = BackpropGrad(gradients/res3a_branch2b/kernel_grad)H¢êøñºƒP”
"gradients/bn3a_branch2a/gamma_gradóêøñºƒ ú(úBTgradients/bn3a_branch2a/gamma_grad = BackpropGrad(gradients/bn3a_branch2a/beta_grad)HóêøñºƒP™
$gradients/res3a_branch2a/kernel_gradíîøñºƒ …
(…
BWgradients/res3a_branch2a/kernel_grad = BackpropGrad(gradients/bn3a_branch2a/gamma_grad)HíîøñºƒP•
!gradients/bn2c_branch2c/beta_gradòøøñºƒ ‘(‘BVgradients/bn2c_branch2c/beta_grad = BackpropGrad(gradients/res3a_branch2a/kernel_grad)HòøøñºƒP”
"gradients/bn2c_branch2c/gamma_gradƒúøñºƒ ¥(¥BTgradients/bn2c_branch2c/gamma_grad = BackpropGrad(gradients/bn2c_branch2c/beta_grad)HƒúøñºƒP™
$gradients/res2c_branch2c/kernel_grad¨‚ùñºƒ š(šBWgradients/res2c_branch2c/kernel_grad = BackpropGrad(gradients/bn2c_branch2c/gamma_grad)H¨‚ùñºƒP“
!gradients/bn2c_branch2b/beta_gradÂ‡ùñºƒ ,(,BVgradients/bn2c_branch2b/beta_grad = BackpropGrad(gradients/res2c_branch2c/kernel_grad)HÂ‡ùñºƒP”
"gradients/bn2c_branch2b/gamma_gradî‡ùñºƒ €(€BTgradients/bn2c_branch2b/gamma_grad = BackpropGrad(gradients/bn2c_branch2b/beta_grad)Hî‡ùñºƒP™
$gradients/res2c_branch2b/kernel_gradî‰ùñºƒ à(àBWgradients/res2c_branch2b/kernel_grad = BackpropGrad(gradients/bn2c_branch2b/gamma_grad)Hî‰ùñºƒP“
!gradients/bn2c_branch2a/beta_gradÎ•ùñºƒ -(-BVgradients/bn2c_branch2a/beta_grad = BackpropGrad(gradients/res2c_branch2b/kernel_grad)HÎ•ùñºƒP”
"gradients/bn2c_branch2a/gamma_gradû•ùñºƒ …(…BTgradients/bn2c_branch2a/gamma_grad = BackpropGrad(gradients/bn2c_branch2a/beta_grad)Hû•ùñºƒP™
$gradients/res2c_branch2a/kernel_grad€˜ùñºƒ ¨(¨BWgradients/res2c_branch2a/kernel_grad = BackpropGrad(gradients/bn2c_branch2a/gamma_grad)H€˜ùñºƒP•
!gradients/bn2b_branch2c/beta_grad¨ùñºƒ š(šBVgradients/bn2b_branch2c/beta_grad = BackpropGrad(gradients/res2c_branch2a/kernel_grad)H¨ùñºƒP”
"gradients/bn2b_branch2c/gamma_gradÂùñºƒ Ü(ÜBTgradients/bn2b_branch2c/gamma_grad = BackpropGrad(gradients/bn2b_branch2c/beta_grad)HÂùñºƒP™
$gradients/res2b_branch2c/kernel_grad¦ùñºƒ ±(±BWgradients/res2b_branch2c/kernel_grad = BackpropGrad(gradients/bn2b_branch2c/gamma_grad)H¦ùñºƒP“
!gradients/bn2b_branch2b/beta_gradÏ«ùñºƒ +(+BVgradients/bn2b_branch2b/beta_grad = BackpropGrad(gradients/res2b_branch2c/kernel_grad)HÏ«ùñºƒP”
"gradients/bn2b_branch2b/gamma_gradú«ùñºƒ (BTgradients/bn2b_branch2b/gamma_grad = BackpropGrad(gradients/bn2b_branch2b/beta_grad)Hú«ùñºƒP™
$gradients/res2b_branch2b/kernel_gradû­ùñºƒ ™(™BWgradients/res2b_branch2b/kernel_grad = BackpropGrad(gradients/bn2b_branch2b/gamma_grad)Hû­ùñºƒP“
!gradients/bn2b_branch2a/beta_grad”ºùñºƒ ,(,BVgradients/bn2b_branch2a/beta_grad = BackpropGrad(gradients/res2b_branch2b/kernel_grad)H”ºùñºƒP”
"gradients/bn2b_branch2a/gamma_gradÀºùñºƒ „(„BTgradients/bn2b_branch2a/gamma_grad = BackpropGrad(gradients/bn2b_branch2a/beta_grad)HÀºùñºƒP™
$gradients/res2b_branch2a/kernel_gradÄ¼ùñºƒ £(£BWgradients/res2b_branch2a/kernel_grad = BackpropGrad(gradients/bn2b_branch2a/gamma_grad)HÄ¼ùñºƒP“
 gradients/bn2a_branch1/beta_gradçÁùñºƒ Ÿ(ŸBUgradients/bn2a_branch1/beta_grad = BackpropGrad(gradients/res2b_branch2a/kernel_grad)HçÁùñºƒP‘
!gradients/bn2a_branch1/gamma_grad†Ãùñºƒ Ï(ÏBRgradients/bn2a_branch1/gamma_grad = BackpropGrad(gradients/bn2a_branch1/beta_grad)H†ÃùñºƒP–
#gradients/res2a_branch1/kernel_gradÕÇùñºƒ ¬(¬BUgradients/res2a_branch1/kernel_grad = BackpropGrad(gradients/bn2a_branch1/gamma_grad)HÕÇùñºƒP”
!gradients/bn2a_branch2c/beta_gradÍùñºƒ ™(™BUgradients/bn2a_branch2c/beta_grad = BackpropGrad(gradients/res2a_branch1/kernel_grad)HÍùñºƒP”
"gradients/bn2a_branch2c/gamma_gradšÎùñºƒ é(éBTgradients/bn2a_branch2c/gamma_grad = BackpropGrad(gradients/bn2a_branch2c/beta_grad)HšÎùñºƒP™
$gradients/res2a_branch2c/kernel_gradƒÖùñºƒ (BWgradients/res2a_branch2c/kernel_grad = BackpropGrad(gradients/bn2a_branch2c/gamma_grad)HƒÖùñºƒP“
!gradients/bn2a_branch2b/beta_grad“Ûùñºƒ *(*BVgradients/bn2a_branch2b/beta_grad = BackpropGrad(gradients/res2a_branch2c/kernel_grad)H“ÛùñºƒP”
"gradients/bn2a_branch2b/gamma_grad½Ûùñºƒ ‡(‡BTgradients/bn2a_branch2b/gamma_grad = BackpropGrad(gradients/bn2a_branch2b/beta_grad)H½ÛùñºƒP™
$gradients/res2a_branch2b/kernel_gradÄİùñºƒ ê(êBWgradients/res2a_branch2b/kernel_grad = BackpropGrad(gradients/bn2a_branch2b/gamma_grad)HÄİùñºƒP“
!gradients/bn2a_branch2a/beta_grad®éùñºƒ /(/BVgradients/bn2a_branch2a/beta_grad = BackpropGrad(gradients/res2a_branch2b/kernel_grad)H®éùñºƒP”
"gradients/bn2a_branch2a/gamma_gradİéùñºƒ (BTgradients/bn2a_branch2a/gamma_grad = BackpropGrad(gradients/bn2a_branch2a/beta_grad)HİéùñºƒP™
$gradients/res2a_branch2a/kernel_gradêëùñºƒ ®(®BWgradients/res2a_branch2a/kernel_grad = BackpropGrad(gradients/bn2a_branch2a/gamma_grad)HêëùñºƒP‹
gradients/bn_conv1/beta_grad˜íùñºƒ  ( BQgradients/bn_conv1/beta_grad = BackpropGrad(gradients/res2a_branch2a/kernel_grad)H˜íùñºƒP…
gradients/bn_conv1/gamma_grad¸îùñºƒ ñ
(ñ
BJgradients/bn_conv1/gamma_grad = BackpropGrad(gradients/bn_conv1/beta_grad)H¸îùñºƒP‚
gradients/conv1/kernel_grad©ùùñºƒ à(àBIgradients/conv1/kernel_grad = BackpropGrad(gradients/bn_conv1/gamma_grad)H©ùùñºƒP
¼
%/job:ps/replica:0/task:0/device:CPU:0W
conv1/kernel/read©«ğñºƒ (B*conv1/kernel/read = Identity(conv1/kernel)H©«ğñºƒP]
bn_conv1/gamma/read¬«ğñºƒ (B.bn_conv1/gamma/read = Identity(bn_conv1/gamma)H¬«ğñºƒPZ
bn_conv1/beta/read®«ğñºƒ (B,bn_conv1/beta/read = Identity(bn_conv1/beta)H®«ğñºƒPr
res2a_branch2a/kernel/read±«ğñºƒ (B<res2a_branch2a/kernel/read = Identity(res2a_branch2a/kernel)H±«ğñºƒPl
bn2a_branch2a/gamma/read´«ğñºƒ (B8bn2a_branch2a/gamma/read = Identity(bn2a_branch2a/gamma)H´«ğñºƒPi
bn2a_branch2a/beta/read·«ğñºƒ (B6bn2a_branch2a/beta/read = Identity(bn2a_branch2a/beta)H·«ğñºƒPr
res2a_branch2b/kernel/readº«ğñºƒ (B<res2a_branch2b/kernel/read = Identity(res2a_branch2b/kernel)Hº«ğñºƒPl
bn2a_branch2b/gamma/read¾«ğñºƒ (B8bn2a_branch2b/gamma/read = Identity(bn2a_branch2b/gamma)H¾«ğñºƒPi
bn2a_branch2b/beta/readÁ«ğñºƒ (B6bn2a_branch2b/beta/read = Identity(bn2a_branch2b/beta)HÁ«ğñºƒPr
res2a_branch2c/kernel/readÄ«ğñºƒ (B<res2a_branch2c/kernel/read = Identity(res2a_branch2c/kernel)HÄ«ğñºƒPl
bn2a_branch2c/gamma/readÇ«ğñºƒ (B8bn2a_branch2c/gamma/read = Identity(bn2a_branch2c/gamma)HÇ«ğñºƒPi
bn2a_branch2c/beta/readÊ«ğñºƒ (B6bn2a_branch2c/beta/read = Identity(bn2a_branch2c/beta)HÊ«ğñºƒPo
res2a_branch1/kernel/readÍ«ğñºƒ (B:res2a_branch1/kernel/read = Identity(res2a_branch1/kernel)HÍ«ğñºƒPi
bn2a_branch1/gamma/readÏ«ğñºƒ (B6bn2a_branch1/gamma/read = Identity(bn2a_branch1/gamma)HÏ«ğñºƒPf
bn2a_branch1/beta/readÓ«ğñºƒ (B4bn2a_branch1/beta/read = Identity(bn2a_branch1/beta)HÓ«ğñºƒPr
res2b_branch2a/kernel/readÖ«ğñºƒ (B<res2b_branch2a/kernel/read = Identity(res2b_branch2a/kernel)HÖ«ğñºƒPl
bn2b_branch2a/gamma/readÙ«ğñºƒ (B8bn2b_branch2a/gamma/read = Identity(bn2b_branch2a/gamma)HÙ«ğñºƒPi
bn2b_branch2a/beta/readÜ«ğñºƒ (B6bn2b_branch2a/beta/read = Identity(bn2b_branch2a/beta)HÜ«ğñºƒPr
res2b_branch2b/kernel/readß«ğñºƒ (B<res2b_branch2b/kernel/read = Identity(res2b_branch2b/kernel)Hß«ğñºƒPl
bn2b_branch2b/gamma/readâ«ğñºƒ (B8bn2b_branch2b/gamma/read = Identity(bn2b_branch2b/gamma)Hâ«ğñºƒPi
bn2b_branch2b/beta/readå«ğñºƒ (B6bn2b_branch2b/beta/read = Identity(bn2b_branch2b/beta)Hå«ğñºƒPr
res2b_branch2c/kernel/readè«ğñºƒ (B<res2b_branch2c/kernel/read = Identity(res2b_branch2c/kernel)Hè«ğñºƒPl
bn2b_branch2c/gamma/readë«ğñºƒ (B8bn2b_branch2c/gamma/read = Identity(bn2b_branch2c/gamma)Hë«ğñºƒPi
bn2b_branch2c/beta/readî«ğñºƒ (B6bn2b_branch2c/beta/read = Identity(bn2b_branch2c/beta)Hî«ğñºƒPr
res2c_branch2a/kernel/readñ«ğñºƒ (B<res2c_branch2a/kernel/read = Identity(res2c_branch2a/kernel)Hñ«ğñºƒPl
bn2c_branch2a/gamma/readô«ğñºƒ (B8bn2c_branch2a/gamma/read = Identity(bn2c_branch2a/gamma)Hô«ğñºƒPi
bn2c_branch2a/beta/read÷«ğñºƒ (B6bn2c_branch2a/beta/read = Identity(bn2c_branch2a/beta)H÷«ğñºƒPr
res2c_branch2b/kernel/readú«ğñºƒ (B<res2c_branch2b/kernel/read = Identity(res2c_branch2b/kernel)Hú«ğñºƒPl
bn2c_branch2b/gamma/readı«ğñºƒ (B8bn2c_branch2b/gamma/read = Identity(bn2c_branch2b/gamma)Hı«ğñºƒPi
bn2c_branch2b/beta/readÿ«ğñºƒ (B6bn2c_branch2b/beta/read = Identity(bn2c_branch2b/beta)Hÿ«ğñºƒPr
res2c_branch2c/kernel/readƒ¬ğñºƒ (B<res2c_branch2c/kernel/read = Identity(res2c_branch2c/kernel)Hƒ¬ğñºƒPl
bn2c_branch2c/gamma/read†¬ğñºƒ (B8bn2c_branch2c/gamma/read = Identity(bn2c_branch2c/gamma)H†¬ğñºƒPi
bn2c_branch2c/beta/read‰¬ğñºƒ (B6bn2c_branch2c/beta/read = Identity(bn2c_branch2c/beta)H‰¬ğñºƒPr
res3a_branch2a/kernel/readŒ¬ğñºƒ (B<res3a_branch2a/kernel/read = Identity(res3a_branch2a/kernel)HŒ¬ğñºƒPl
bn3a_branch2a/gamma/read¬ğñºƒ (B8bn3a_branch2a/gamma/read = Identity(bn3a_branch2a/gamma)H¬ğñºƒPi
bn3a_branch2a/beta/read’¬ğñºƒ (B6bn3a_branch2a/beta/read = Identity(bn3a_branch2a/beta)H’¬ğñºƒPr
res3a_branch2b/kernel/read•¬ğñºƒ (B<res3a_branch2b/kernel/read = Identity(res3a_branch2b/kernel)H•¬ğñºƒPl
bn3a_branch2b/gamma/read˜¬ğñºƒ (B8bn3a_branch2b/gamma/read = Identity(bn3a_branch2b/gamma)H˜¬ğñºƒPi
bn3a_branch2b/beta/read›¬ğñºƒ (B6bn3a_branch2b/beta/read = Identity(bn3a_branch2b/beta)H›¬ğñºƒPr
res3a_branch2c/kernel/read¬ğñºƒ (B<res3a_branch2c/kernel/read = Identity(res3a_branch2c/kernel)H¬ğñºƒPl
bn3a_branch2c/gamma/read¡¬ğñºƒ (B8bn3a_branch2c/gamma/read = Identity(bn3a_branch2c/gamma)H¡¬ğñºƒPi
bn3a_branch2c/beta/read¤¬ğñºƒ (B6bn3a_branch2c/beta/read = Identity(bn3a_branch2c/beta)H¤¬ğñºƒPo
res3a_branch1/kernel/read§¬ğñºƒ (B:res3a_branch1/kernel/read = Identity(res3a_branch1/kernel)H§¬ğñºƒPi
bn3a_branch1/gamma/read©¬ğñºƒ (B6bn3a_branch1/gamma/read = Identity(bn3a_branch1/gamma)H©¬ğñºƒPf
bn3a_branch1/beta/read­¬ğñºƒ (B4bn3a_branch1/beta/read = Identity(bn3a_branch1/beta)H­¬ğñºƒPr
res3b_branch2a/kernel/read°¬ğñºƒ (B<res3b_branch2a/kernel/read = Identity(res3b_branch2a/kernel)H°¬ğñºƒPl
bn3b_branch2a/gamma/read³¬ğñºƒ (B8bn3b_branch2a/gamma/read = Identity(bn3b_branch2a/gamma)H³¬ğñºƒPi
bn3b_branch2a/beta/read¶¬ğñºƒ (B6bn3b_branch2a/beta/read = Identity(bn3b_branch2a/beta)H¶¬ğñºƒPr
res3b_branch2b/kernel/read¹¬ğñºƒ (B<res3b_branch2b/kernel/read = Identity(res3b_branch2b/kernel)H¹¬ğñºƒPl
bn3b_branch2b/gamma/read¼¬ğñºƒ (B8bn3b_branch2b/gamma/read = Identity(bn3b_branch2b/gamma)H¼¬ğñºƒPi
bn3b_branch2b/beta/read¿¬ğñºƒ (B6bn3b_branch2b/beta/read = Identity(bn3b_branch2b/beta)H¿¬ğñºƒPr
res3b_branch2c/kernel/readÁ¬ğñºƒ (B<res3b_branch2c/kernel/read = Identity(res3b_branch2c/kernel)HÁ¬ğñºƒPl
bn3b_branch2c/gamma/readÅ¬ğñºƒ (B8bn3b_branch2c/gamma/read = Identity(bn3b_branch2c/gamma)HÅ¬ğñºƒPi
bn3b_branch2c/beta/readÈ¬ğñºƒ (B6bn3b_branch2c/beta/read = Identity(bn3b_branch2c/beta)HÈ¬ğñºƒPr
res3c_branch2a/kernel/readË¬ğñºƒ (B<res3c_branch2a/kernel/read = Identity(res3c_branch2a/kernel)HË¬ğñºƒPl
bn3c_branch2a/gamma/readÎ¬ğñºƒ (B8bn3c_branch2a/gamma/read = Identity(bn3c_branch2a/gamma)HÎ¬ğñºƒPi
bn3c_branch2a/beta/readÑ¬ğñºƒ (B6bn3c_branch2a/beta/read = Identity(bn3c_branch2a/beta)HÑ¬ğñºƒPr
res3c_branch2b/kernel/readÔ¬ğñºƒ (B<res3c_branch2b/kernel/read = Identity(res3c_branch2b/kernel)HÔ¬ğñºƒPl
bn3c_branch2b/gamma/read×¬ğñºƒ (B8bn3c_branch2b/gamma/read = Identity(bn3c_branch2b/gamma)H×¬ğñºƒPi
bn3c_branch2b/beta/readÚ¬ğñºƒ (B6bn3c_branch2b/beta/read = Identity(bn3c_branch2b/beta)HÚ¬ğñºƒPr
res3c_branch2c/kernel/readİ¬ğñºƒ (B<res3c_branch2c/kernel/read = Identity(res3c_branch2c/kernel)Hİ¬ğñºƒPl
bn3c_branch2c/gamma/readà¬ğñºƒ (B8bn3c_branch2c/gamma/read = Identity(bn3c_branch2c/gamma)Hà¬ğñºƒPi
bn3c_branch2c/beta/readã¬ğñºƒ (B6bn3c_branch2c/beta/read = Identity(bn3c_branch2c/beta)Hã¬ğñºƒPr
res3d_branch2a/kernel/readæ¬ğñºƒ (B<res3d_branch2a/kernel/read = Identity(res3d_branch2a/kernel)Hæ¬ğñºƒPl
bn3d_branch2a/gamma/readé¬ğñºƒ (B8bn3d_branch2a/gamma/read = Identity(bn3d_branch2a/gamma)Hé¬ğñºƒPi
bn3d_branch2a/beta/readì¬ğñºƒ (B6bn3d_branch2a/beta/read = Identity(bn3d_branch2a/beta)Hì¬ğñºƒPr
res3d_branch2b/kernel/readï¬ğñºƒ (B<res3d_branch2b/kernel/read = Identity(res3d_branch2b/kernel)Hï¬ğñºƒPl
bn3d_branch2b/gamma/readò¬ğñºƒ (B8bn3d_branch2b/gamma/read = Identity(bn3d_branch2b/gamma)Hò¬ğñºƒPi
bn3d_branch2b/beta/readõ¬ğñºƒ (B6bn3d_branch2b/beta/read = Identity(bn3d_branch2b/beta)Hõ¬ğñºƒPr
res3d_branch2c/kernel/readø¬ğñºƒ (B<res3d_branch2c/kernel/read = Identity(res3d_branch2c/kernel)Hø¬ğñºƒPl
bn3d_branch2c/gamma/readû¬ğñºƒ (B8bn3d_branch2c/gamma/read = Identity(bn3d_branch2c/gamma)Hû¬ğñºƒPi
bn3d_branch2c/beta/readş¬ğñºƒ (B6bn3d_branch2c/beta/read = Identity(bn3d_branch2c/beta)Hş¬ğñºƒPr
res4a_branch2a/kernel/read­ğñºƒ (B<res4a_branch2a/kernel/read = Identity(res4a_branch2a/kernel)H­ğñºƒPl
bn4a_branch2a/gamma/read„­ğñºƒ (B8bn4a_branch2a/gamma/read = Identity(bn4a_branch2a/gamma)H„­ğñºƒPi
bn4a_branch2a/beta/read‡­ğñºƒ (B6bn4a_branch2a/beta/read = Identity(bn4a_branch2a/beta)H‡­ğñºƒPr
res4a_branch2b/kernel/readŠ­ğñºƒ (B<res4a_branch2b/kernel/read = Identity(res4a_branch2b/kernel)HŠ­ğñºƒPl
bn4a_branch2b/gamma/read­ğñºƒ (B8bn4a_branch2b/gamma/read = Identity(bn4a_branch2b/gamma)H­ğñºƒPi
bn4a_branch2b/beta/read­ğñºƒ (B6bn4a_branch2b/beta/read = Identity(bn4a_branch2b/beta)H­ğñºƒPr
res4a_branch2c/kernel/read“­ğñºƒ (B<res4a_branch2c/kernel/read = Identity(res4a_branch2c/kernel)H“­ğñºƒPl
bn4a_branch2c/gamma/read–­ğñºƒ (B8bn4a_branch2c/gamma/read = Identity(bn4a_branch2c/gamma)H–­ğñºƒPi
bn4a_branch2c/beta/read™­ğñºƒ (B6bn4a_branch2c/beta/read = Identity(bn4a_branch2c/beta)H™­ğñºƒPo
res4a_branch1/kernel/read›­ğñºƒ (B:res4a_branch1/kernel/read = Identity(res4a_branch1/kernel)H›­ğñºƒPi
bn4a_branch1/gamma/read­ğñºƒ (B6bn4a_branch1/gamma/read = Identity(bn4a_branch1/gamma)H­ğñºƒPf
bn4a_branch1/beta/read¢­ğñºƒ (B4bn4a_branch1/beta/read = Identity(bn4a_branch1/beta)H¢­ğñºƒPr
res4b_branch2a/kernel/read¤­ğñºƒ (B<res4b_branch2a/kernel/read = Identity(res4b_branch2a/kernel)H¤­ğñºƒPl
bn4b_branch2a/gamma/read§­ğñºƒ (B8bn4b_branch2a/gamma/read = Identity(bn4b_branch2a/gamma)H§­ğñºƒPi
bn4b_branch2a/beta/readª­ğñºƒ (B6bn4b_branch2a/beta/read = Identity(bn4b_branch2a/beta)Hª­ğñºƒPr
res4b_branch2b/kernel/read­­ğñºƒ (B<res4b_branch2b/kernel/read = Identity(res4b_branch2b/kernel)H­­ğñºƒPl
bn4b_branch2b/gamma/read°­ğñºƒ (B8bn4b_branch2b/gamma/read = Identity(bn4b_branch2b/gamma)H°­ğñºƒPi
bn4b_branch2b/beta/read³­ğñºƒ (B6bn4b_branch2b/beta/read = Identity(bn4b_branch2b/beta)H³­ğñºƒPr
res4b_branch2c/kernel/read¶­ğñºƒ (B<res4b_branch2c/kernel/read = Identity(res4b_branch2c/kernel)H¶­ğñºƒPl
bn4b_branch2c/gamma/read¹­ğñºƒ (B8bn4b_branch2c/gamma/read = Identity(bn4b_branch2c/gamma)H¹­ğñºƒPi
bn4b_branch2c/beta/read¼­ğñºƒ (B6bn4b_branch2c/beta/read = Identity(bn4b_branch2c/beta)H¼­ğñºƒPr
res4c_branch2a/kernel/read¿­ğñºƒ (B<res4c_branch2a/kernel/read = Identity(res4c_branch2a/kernel)H¿­ğñºƒPl
bn4c_branch2a/gamma/readÂ­ğñºƒ (B8bn4c_branch2a/gamma/read = Identity(bn4c_branch2a/gamma)HÂ­ğñºƒPi
bn4c_branch2a/beta/readÅ­ğñºƒ (B6bn4c_branch2a/beta/read = Identity(bn4c_branch2a/beta)HÅ­ğñºƒPr
res4c_branch2b/kernel/readÈ­ğñºƒ (B<res4c_branch2b/kernel/read = Identity(res4c_branch2b/kernel)HÈ­ğñºƒPl
bn4c_branch2b/gamma/readË­ğñºƒ (B8bn4c_branch2b/gamma/read = Identity(bn4c_branch2b/gamma)HË­ğñºƒPi
bn4c_branch2b/beta/readÎ­ğñºƒ (B6bn4c_branch2b/beta/read = Identity(bn4c_branch2b/beta)HÎ­ğñºƒPr
res4c_branch2c/kernel/readÑ­ğñºƒ (B<res4c_branch2c/kernel/read = Identity(res4c_branch2c/kernel)HÑ­ğñºƒPl
bn4c_branch2c/gamma/readÔ­ğñºƒ (B8bn4c_branch2c/gamma/read = Identity(bn4c_branch2c/gamma)HÔ­ğñºƒPi
bn4c_branch2c/beta/read×­ğñºƒ (B6bn4c_branch2c/beta/read = Identity(bn4c_branch2c/beta)H×­ğñºƒPr
res4d_branch2a/kernel/readÚ­ğñºƒ (B<res4d_branch2a/kernel/read = Identity(res4d_branch2a/kernel)HÚ­ğñºƒPl
bn4d_branch2a/gamma/readİ­ğñºƒ (B8bn4d_branch2a/gamma/read = Identity(bn4d_branch2a/gamma)Hİ­ğñºƒPi
bn4d_branch2a/beta/readà­ğñºƒ (B6bn4d_branch2a/beta/read = Identity(bn4d_branch2a/beta)Hà­ğñºƒPr
res4d_branch2b/kernel/readã­ğñºƒ (B<res4d_branch2b/kernel/read = Identity(res4d_branch2b/kernel)Hã­ğñºƒPl
bn4d_branch2b/gamma/readæ­ğñºƒ (B8bn4d_branch2b/gamma/read = Identity(bn4d_branch2b/gamma)Hæ­ğñºƒPi
bn4d_branch2b/beta/readé­ğñºƒ (B6bn4d_branch2b/beta/read = Identity(bn4d_branch2b/beta)Hé­ğñºƒPr
res4d_branch2c/kernel/readí­ğñºƒ (B<res4d_branch2c/kernel/read = Identity(res4d_branch2c/kernel)Hí­ğñºƒPl
bn4d_branch2c/gamma/readğ­ğñºƒ (B8bn4d_branch2c/gamma/read = Identity(bn4d_branch2c/gamma)Hğ­ğñºƒPi
bn4d_branch2c/beta/readó­ğñºƒ (B6bn4d_branch2c/beta/read = Identity(bn4d_branch2c/beta)Hó­ğñºƒPr
res4e_branch2a/kernel/readö­ğñºƒ (B<res4e_branch2a/kernel/read = Identity(res4e_branch2a/kernel)Hö­ğñºƒPl
bn4e_branch2a/gamma/readù­ğñºƒ (B8bn4e_branch2a/gamma/read = Identity(bn4e_branch2a/gamma)Hù­ğñºƒPi
bn4e_branch2a/beta/readû­ğñºƒ (B6bn4e_branch2a/beta/read = Identity(bn4e_branch2a/beta)Hû­ğñºƒPr
res4e_branch2b/kernel/readş­ğñºƒ (B<res4e_branch2b/kernel/read = Identity(res4e_branch2b/kernel)Hş­ğñºƒPl
bn4e_branch2b/gamma/read®ğñºƒ (B8bn4e_branch2b/gamma/read = Identity(bn4e_branch2b/gamma)H®ğñºƒPi
bn4e_branch2b/beta/read„®ğñºƒ (B6bn4e_branch2b/beta/read = Identity(bn4e_branch2b/beta)H„®ğñºƒPr
res4e_branch2c/kernel/read‡®ğñºƒ (B<res4e_branch2c/kernel/read = Identity(res4e_branch2c/kernel)H‡®ğñºƒPl
bn4e_branch2c/gamma/readŠ®ğñºƒ (B8bn4e_branch2c/gamma/read = Identity(bn4e_branch2c/gamma)HŠ®ğñºƒPi
bn4e_branch2c/beta/read®ğñºƒ (B6bn4e_branch2c/beta/read = Identity(bn4e_branch2c/beta)H®ğñºƒPr
res4f_branch2a/kernel/read®ğñºƒ (B<res4f_branch2a/kernel/read = Identity(res4f_branch2a/kernel)H®ğñºƒPl
bn4f_branch2a/gamma/read“®ğñºƒ (B8bn4f_branch2a/gamma/read = Identity(bn4f_branch2a/gamma)H“®ğñºƒPi
bn4f_branch2a/beta/read–®ğñºƒ (B6bn4f_branch2a/beta/read = Identity(bn4f_branch2a/beta)H–®ğñºƒPr
res4f_branch2b/kernel/read™®ğñºƒ (B<res4f_branch2b/kernel/read = Identity(res4f_branch2b/kernel)H™®ğñºƒPl
bn4f_branch2b/gamma/readœ®ğñºƒ (B8bn4f_branch2b/gamma/read = Identity(bn4f_branch2b/gamma)Hœ®ğñºƒPi
bn4f_branch2b/beta/readŸ®ğñºƒ (B6bn4f_branch2b/beta/read = Identity(bn4f_branch2b/beta)HŸ®ğñºƒPr
res4f_branch2c/kernel/read¢®ğñºƒ (B<res4f_branch2c/kernel/read = Identity(res4f_branch2c/kernel)H¢®ğñºƒPl
bn4f_branch2c/gamma/read¥®ğñºƒ (B8bn4f_branch2c/gamma/read = Identity(bn4f_branch2c/gamma)H¥®ğñºƒPi
bn4f_branch2c/beta/read©®ğñºƒ (B6bn4f_branch2c/beta/read = Identity(bn4f_branch2c/beta)H©®ğñºƒPr
res5a_branch2a/kernel/read«®ğñºƒ (B<res5a_branch2a/kernel/read = Identity(res5a_branch2a/kernel)H«®ğñºƒPl
bn5a_branch2a/gamma/read®®ğñºƒ (B8bn5a_branch2a/gamma/read = Identity(bn5a_branch2a/gamma)H®®ğñºƒPi
bn5a_branch2a/beta/read±®ğñºƒ (B6bn5a_branch2a/beta/read = Identity(bn5a_branch2a/beta)H±®ğñºƒPr
res5a_branch2b/kernel/read´®ğñºƒ (B<res5a_branch2b/kernel/read = Identity(res5a_branch2b/kernel)H´®ğñºƒPl
bn5a_branch2b/gamma/read¸®ğñºƒ (B8bn5a_branch2b/gamma/read = Identity(bn5a_branch2b/gamma)H¸®ğñºƒPi
bn5a_branch2b/beta/read»®ğñºƒ (B6bn5a_branch2b/beta/read = Identity(bn5a_branch2b/beta)H»®ğñºƒPr
res5a_branch2c/kernel/read¾®ğñºƒ (B<res5a_branch2c/kernel/read = Identity(res5a_branch2c/kernel)H¾®ğñºƒPl
bn5a_branch2c/gamma/readÀ®ğñºƒ (B8bn5a_branch2c/gamma/read = Identity(bn5a_branch2c/gamma)HÀ®ğñºƒPi
bn5a_branch2c/beta/readÃ®ğñºƒ (B6bn5a_branch2c/beta/read = Identity(bn5a_branch2c/beta)HÃ®ğñºƒPo
res5a_branch1/kernel/readÆ®ğñºƒ (B:res5a_branch1/kernel/read = Identity(res5a_branch1/kernel)HÆ®ğñºƒPi
bn5a_branch1/gamma/readÉ®ğñºƒ (B6bn5a_branch1/gamma/read = Identity(bn5a_branch1/gamma)HÉ®ğñºƒPf
bn5a_branch1/beta/readÌ®ğñºƒ (B4bn5a_branch1/beta/read = Identity(bn5a_branch1/beta)HÌ®ğñºƒPr
res5b_branch2a/kernel/readÏ®ğñºƒ (B<res5b_branch2a/kernel/read = Identity(res5b_branch2a/kernel)HÏ®ğñºƒPl
bn5b_branch2a/gamma/readÒ®ğñºƒ (B8bn5b_branch2a/gamma/read = Identity(bn5b_branch2a/gamma)HÒ®ğñºƒPi
bn5b_branch2a/beta/readÕ®ğñºƒ (B6bn5b_branch2a/beta/read = Identity(bn5b_branch2a/beta)HÕ®ğñºƒPr
res5b_branch2b/kernel/readØ®ğñºƒ (B<res5b_branch2b/kernel/read = Identity(res5b_branch2b/kernel)HØ®ğñºƒPl
bn5b_branch2b/gamma/readÛ®ğñºƒ (B8bn5b_branch2b/gamma/read = Identity(bn5b_branch2b/gamma)HÛ®ğñºƒPi
bn5b_branch2b/beta/readŞ®ğñºƒ (B6bn5b_branch2b/beta/read = Identity(bn5b_branch2b/beta)HŞ®ğñºƒPr
res5b_branch2c/kernel/readá®ğñºƒ (B<res5b_branch2c/kernel/read = Identity(res5b_branch2c/kernel)Há®ğñºƒPl
bn5b_branch2c/gamma/readä®ğñºƒ (B8bn5b_branch2c/gamma/read = Identity(bn5b_branch2c/gamma)Hä®ğñºƒPi
bn5b_branch2c/beta/readç®ğñºƒ (B6bn5b_branch2c/beta/read = Identity(bn5b_branch2c/beta)Hç®ğñºƒPr
res5c_branch2a/kernel/readê®ğñºƒ (B<res5c_branch2a/kernel/read = Identity(res5c_branch2a/kernel)Hê®ğñºƒPl
bn5c_branch2a/gamma/readí®ğñºƒ (B8bn5c_branch2a/gamma/read = Identity(bn5c_branch2a/gamma)Hí®ğñºƒPi
bn5c_branch2a/beta/readñ®ğñºƒ (B6bn5c_branch2a/beta/read = Identity(bn5c_branch2a/beta)Hñ®ğñºƒPr
res5c_branch2b/kernel/readô®ğñºƒ (B<res5c_branch2b/kernel/read = Identity(res5c_branch2b/kernel)Hô®ğñºƒPl
bn5c_branch2b/gamma/read÷®ğñºƒ (B8bn5c_branch2b/gamma/read = Identity(bn5c_branch2b/gamma)H÷®ğñºƒPi
bn5c_branch2b/beta/readú®ğñºƒ (B6bn5c_branch2b/beta/read = Identity(bn5c_branch2b/beta)Hú®ğñºƒPr
res5c_branch2c/kernel/readı®ğñºƒ (B<res5c_branch2c/kernel/read = Identity(res5c_branch2c/kernel)Hı®ğñºƒPl
bn5c_branch2c/gamma/read€¯ğñºƒ (B8bn5c_branch2c/gamma/read = Identity(bn5c_branch2c/gamma)H€¯ğñºƒPi
bn5c_branch2c/beta/readƒ¯ğñºƒ (B6bn5c_branch2c/beta/read = Identity(bn5c_branch2c/beta)Hƒ¯ğñºƒPZ
fc1000/kernel/read†¯ğñºƒ (B,fc1000/kernel/read = Identity(fc1000/kernel)H†¯ğñºƒPT
fc1000/bias/read‰¯ğñºƒ (B(fc1000/bias/read = Identity(fc1000/bias)H‰¯ğñºƒP¶

RecvTensorÌèõñºƒ _(_:
"  Bƒ[4000B] edge_162_gradients/fc1000/bias_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÌèõñºƒ¾
'update_fc1000/bias/ApplyGradientDescent«éõñºƒ (B{update_fc1000/bias/ApplyGradientDescent = ApplyGradientDescent(fc1000/bias, learning_rate, gradients/fc1000/bias_grad_S162)H«éõñºƒPÀ

RecvTensorÿèõñºƒ ­¯(­¯:"
€€ô€€ôB…[7.8MB] edge_163_gradients/fc1000/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÿèõñºƒÉ
)update_fc1000/kernel/ApplyGradientDescent¬˜úñºƒ ¾
(¾
Bupdate_fc1000/kernel/ApplyGradientDescent = ApplyGradientDescent(fc1000/kernel, learning_rate, gradients/fc1000/kernel_grad_S163)H¬˜úñºƒP½

RecvTensor™éõñºƒ v(v:
"€@€@BŠ[8192B] edge_164_gradients/bn5c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H™éõñºƒÛ
.update_bn5c_branch2c/beta/ApplyGradientDescentêõñºƒ (Bupdate_bn5c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2c/beta, learning_rate, gradients/bn5c_branch2c/beta_grad_S164)HêõñºƒPÀ

RecvTensorêõñºƒ ‚(‚:
"€@€@B‹[8192B] edge_165_gradients/bn5c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hêõñºƒß
/update_bn5c_branch2c/gamma/ApplyGradientDescent ëõñºƒ (B“update_bn5c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2c/gamma, learning_rate, gradients/bn5c_branch2c/gamma_grad_S165)H ëõñºƒPÈ

RecvTensorÀïõñºƒ ¹ü(¹ü:"
€€€€€€B[4.0MB] edge_166_gradients/res5c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÀïõñºƒé
1update_res5c_branch2c/kernel/ApplyGradientDescentùë÷ñºƒ Û(ÛB™update_res5c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res5c_branch2c/kernel, learning_rate, gradients/res5c_branch2c/kernel_grad_S166)Hùë÷ñºƒP½

RecvTensorÍïõñºƒ h(h:
"€€BŠ[2048B] edge_167_gradients/bn5c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÍïõñºƒÛ
.update_bn5c_branch2b/beta/ApplyGradientDescentµğõñºƒ (Bupdate_bn5c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2b/beta, learning_rate, gradients/bn5c_branch2b/beta_grad_S167)HµğõñºƒP¾

RecvTensorôïõñºƒ e(e:
"€€B‹[2048B] edge_168_gradients/bn5c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hôïõñºƒß
/update_bn5c_branch2b/gamma/ApplyGradientDescentÙğõñºƒ (B“update_bn5c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2b/gamma, learning_rate, gradients/bn5c_branch2b/gamma_grad_S168)HÙğõñºƒPÈ

RecvTensor‰üõñºƒ Ğî(Ğî:"
€€À€€ÀB[9.0MB] edge_169_gradients/res5c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‰üõñºƒé
1update_res5c_branch2b/kernel/ApplyGradientDescentÙêúñºƒ Í(ÍB™update_res5c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res5c_branch2b/kernel, learning_rate, gradients/res5c_branch2b/kernel_grad_S169)HÙêúñºƒP½

RecvTensor–üõñºƒ m(m:
"€€BŠ[2048B] edge_170_gradients/bn5c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H–üõñºƒÛ
.update_bn5c_branch2a/beta/ApplyGradientDescentƒıõñºƒ (Bupdate_bn5c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2a/beta, learning_rate, gradients/bn5c_branch2a/beta_grad_S170)HƒıõñºƒP¾

RecvTensor¼üõñºƒ r(r:
"€€B‹[2048B] edge_171_gradients/bn5c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¼üõñºƒß
/update_bn5c_branch2a/gamma/ApplyGradientDescent®ıõñºƒ (B“update_bn5c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2a/gamma, learning_rate, gradients/bn5c_branch2a/gamma_grad_S171)H®ıõñºƒPÈ

RecvTensorÇöñºƒ ¥´(¥´:"
€€€€€€B[4.0MB] edge_172_gradients/res5c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÇöñºƒé
1update_res5c_branch2a/kernel/ApplyGradientDescentìµùñºƒ Ó(ÓB™update_res5c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res5c_branch2a/kernel, learning_rate, gradients/res5c_branch2a/kernel_grad_S172)HìµùñºƒP¿

RecvTensorâöñºƒ ˆ(ˆ:
"€@€@BŠ[8192B] edge_173_gradients/bn5b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HâöñºƒÛ
.update_bn5b_branch2c/beta/ApplyGradientDescentê‚öñºƒ (Bupdate_bn5b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2c/beta, learning_rate, gradients/bn5b_branch2c/beta_grad_S173)Hê‚öñºƒPÀ

RecvTensorç‚öñºƒ (:
"€@€@B‹[8192B] edge_174_gradients/bn5b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hç‚öñºƒß
/update_bn5b_branch2c/gamma/ApplyGradientDescentôƒöñºƒ (B“update_bn5b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2c/gamma, learning_rate, gradients/bn5b_branch2c/gamma_grad_S174)HôƒöñºƒPÈ

RecvTensor†ˆöñºƒ ØÄ(ØÄ:"
€€€€€€B[4.0MB] edge_175_gradients/res5b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H†ˆöñºƒé
1update_res5b_branch2c/kernel/ApplyGradientDescent¢Íùñºƒ é(éB™update_res5b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res5b_branch2c/kernel, learning_rate, gradients/res5b_branch2c/kernel_grad_S175)H¢ÍùñºƒP½

RecvTensor’ˆöñºƒ l(l:
"€€BŠ[2048B] edge_176_gradients/bn5b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H’ˆöñºƒÛ
.update_bn5b_branch2b/beta/ApplyGradientDescentşˆöñºƒ (Bupdate_bn5b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2b/beta, learning_rate, gradients/bn5b_branch2b/beta_grad_S176)HşˆöñºƒP¾

RecvTensor»ˆöñºƒ o(o:
"€€B‹[2048B] edge_177_gradients/bn5b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H»ˆöñºƒß
/update_bn5b_branch2b/gamma/ApplyGradientDescentª‰öñºƒ (B“update_bn5b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2b/gamma, learning_rate, gradients/bn5b_branch2b/gamma_grad_S177)Hª‰öñºƒPÈ

RecvTensorí“öñºƒ ‚ä(‚ä:"
€€À€€ÀB[9.0MB] edge_178_gradients/res5b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hí“öñºƒé
1update_res5b_branch2b/kernel/ApplyGradientDescent»‚ûñºƒ œ(œB™update_res5b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res5b_branch2b/kernel, learning_rate, gradients/res5b_branch2b/kernel_grad_S178)H»‚ûñºƒP½

RecvTensorú“öñºƒ ](]:
"€€BŠ[2048B] edge_179_gradients/bn5b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hú“öñºƒÛ
.update_bn5b_branch2a/beta/ApplyGradientDescent×”öñºƒ (Bupdate_bn5b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2a/beta, learning_rate, gradients/bn5b_branch2a/beta_grad_S179)H×”öñºƒP¾

RecvTensor¢”öñºƒ s(s:
"€€B‹[2048B] edge_180_gradients/bn5b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¢”öñºƒß
/update_bn5b_branch2a/gamma/ApplyGradientDescent••öñºƒ (B“update_bn5b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2a/gamma, learning_rate, gradients/bn5b_branch2a/gamma_grad_S180)H••öñºƒPÈ

RecvTensorÎ™öñºƒ ÍÙ(ÍÙ:"
€€€€€€B[4.0MB] edge_181_gradients/res5b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÎ™öñºƒé
1update_res5b_branch2a/kernel/ApplyGradientDescent›óùñºƒ ¿(¿B™update_res5b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res5b_branch2a/kernel, learning_rate, gradients/res5b_branch2a/kernel_grad_S181)H›óùñºƒP¾

RecvTensorç™öñºƒ …(…:
"€@€@B‰[8192B] edge_182_gradients/bn5a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hç™öñºƒ×
-update_bn5a_branch1/beta/ApplyGradientDescentìšöñºƒ (Bupdate_bn5a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch1/beta, learning_rate, gradients/bn5a_branch1/beta_grad_S182)HìšöñºƒP¿

RecvTensor¼šöñºƒ Œ(Œ:
"€@€@BŠ[8192B] edge_183_gradients/bn5a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¼šöñºƒÛ
.update_bn5a_branch1/gamma/ApplyGradientDescentÈ›öñºƒ (Bupdate_bn5a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch1/gamma, learning_rate, gradients/bn5a_branch1/gamma_grad_S183)HÈ›öñºƒPÇ

RecvTensorê¤öñºƒ ĞÊ(ĞÊ:"
€€€€€€BŒ[8.0MB] edge_184_gradients/res5a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hê¤öñºƒå
0update_res5a_branch1/kernel/ApplyGradientDescent¦÷úñºƒ •(•B–update_res5a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch1/kernel, learning_rate, gradients/res5a_branch1/kernel_grad_S184)H¦÷úñºƒP¿

RecvTensor…¥öñºƒ (:
"€@€@BŠ[8192B] edge_185_gradients/bn5a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H…¥öñºƒÛ
.update_bn5a_branch2c/beta/ApplyGradientDescent¢¦öñºƒ (Bupdate_bn5a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2c/beta, learning_rate, gradients/bn5a_branch2c/beta_grad_S185)H¢¦öñºƒPÀ

RecvTensor‰¦öñºƒ ª(ª:
"€@€@B‹[8192B] edge_186_gradients/bn5a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‰¦öñºƒß
/update_bn5a_branch2c/gamma/ApplyGradientDescent³§öñºƒ (B“update_bn5a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2c/gamma, learning_rate, gradients/bn5a_branch2c/gamma_grad_S186)H³§öñºƒPÈ

RecvTensoríªöñºƒ åØ(åØ:"
€€€€€€B[4.0MB] edge_187_gradients/res5a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Híªöñºƒé
1update_res5a_branch2c/kernel/ApplyGradientDescentáƒúñºƒ ¯(¯B™update_res5a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch2c/kernel, learning_rate, gradients/res5a_branch2c/kernel_grad_S187)HáƒúñºƒP½

RecvTensorùªöñºƒ z(z:
"€€BŠ[2048B] edge_188_gradients/bn5a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HùªöñºƒÛ
.update_bn5a_branch2b/beta/ApplyGradientDescentó«öñºƒ (Bupdate_bn5a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2b/beta, learning_rate, gradients/bn5a_branch2b/beta_grad_S188)Hó«öñºƒP¾

RecvTensor¡«öñºƒ v(v:
"€€B‹[2048B] edge_189_gradients/bn5a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¡«öñºƒß
/update_bn5a_branch2b/gamma/ApplyGradientDescent—¬öñºƒ (B“update_bn5a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2b/gamma, learning_rate, gradients/bn5a_branch2b/gamma_grad_S189)H—¬öñºƒPÈ

RecvTensorû¶öñºƒ ÄÅ(ÄÅ:"
€€À€€ÀB[9.0MB] edge_190_gradients/res5a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hû¶öñºƒé
1update_res5a_branch2b/kernel/ApplyGradientDescent×ûñºƒ ‡(‡B™update_res5a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch2b/kernel, learning_rate, gradients/res5a_branch2b/kernel_grad_S190)H×ûñºƒP½

RecvTensor•·öñºƒ y(y:
"€€BŠ[2048B] edge_191_gradients/bn5a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H•·öñºƒÛ
.update_bn5a_branch2a/beta/ApplyGradientDescent¸öñºƒ (Bupdate_bn5a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2a/beta, learning_rate, gradients/bn5a_branch2a/beta_grad_S191)H¸öñºƒP¾

RecvTensor—¸öñºƒ i(i:
"€€B‹[2048B] edge_192_gradients/bn5a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H—¸öñºƒß
/update_bn5a_branch2a/gamma/ApplyGradientDescent€¹öñºƒ (B“update_bn5a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2a/gamma, learning_rate, gradients/bn5a_branch2a/gamma_grad_S192)H€¹öñºƒPÈ

RecvTensor»Âöñºƒ Ê¤(Ê¤:"
€€€€€€B[2.0MB] edge_193_gradients/res5a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H»Âöñºƒé
1update_res5a_branch2a/kernel/ApplyGradientDescent…çøñºƒ Ó(ÓB™update_res5a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch2a/kernel, learning_rate, gradients/res5a_branch2a/kernel_grad_S193)H…çøñºƒP¿

RecvTensoråÂöñºƒ “(“:
"€ € BŠ[4096B] edge_194_gradients/bn4f_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HåÂöñºƒÛ
.update_bn4f_branch2c/beta/ApplyGradientDescentøÃöñºƒ (Bupdate_bn4f_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2c/beta, learning_rate, gradients/bn4f_branch2c/beta_grad_S194)HøÃöñºƒPÀ

RecvTensoræÄöñºƒ (:
"€ € B‹[4096B] edge_195_gradients/bn4f_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HæÄöñºƒß
/update_bn4f_branch2c/gamma/ApplyGradientDescentôÅöñºƒ (B“update_bn4f_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2c/gamma, learning_rate, gradients/bn4f_branch2c/gamma_grad_S195)HôÅöñºƒPÄ

RecvTensorÙÉöñºƒ ¡u(¡u:"€€@€€@B[1.0MB] edge_196_gradients/res4f_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÙÉöñºƒé
1update_res4f_branch2c/kernel/ApplyGradientDescentú¾÷ñºƒ ¯(¯B™update_res4f_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4f_branch2c/kernel, learning_rate, gradients/res4f_branch2c/kernel_grad_S196)Hú¾÷ñºƒP½

RecvTensorêÉöñºƒ t(t:
"€€BŠ[1024B] edge_197_gradients/bn4f_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HêÉöñºƒÛ
.update_bn4f_branch2b/beta/ApplyGradientDescentŞÊöñºƒ (Bupdate_bn4f_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2b/beta, learning_rate, gradients/bn4f_branch2b/beta_grad_S197)HŞÊöñºƒPÀ

RecvTensor³Êöñºƒ …(…:
"€€B‹[1024B] edge_198_gradients/bn4f_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H³Êöñºƒß
/update_bn4f_branch2b/gamma/ApplyGradientDescent¸Ëöñºƒ (B“update_bn4f_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2b/gamma, learning_rate, gradients/bn4f_branch2b/gamma_grad_S198)H¸ËöñºƒPÈ

RecvTensor‘Ööñºƒ ¨Ø(¨Ø:"
€€€€B[2.2MB] edge_199_gradients/res4f_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‘Ööñºƒé
1update_res4f_branch2b/kernel/ApplyGradientDescent¹®ùñºƒ (B™update_res4f_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4f_branch2b/kernel, learning_rate, gradients/res4f_branch2b/kernel_grad_S199)H¹®ùñºƒP½

RecvTensor¢Ööñºƒ t(t:
"€€BŠ[1024B] edge_200_gradients/bn4f_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¢ÖöñºƒÛ
.update_bn4f_branch2a/beta/ApplyGradientDescent–×öñºƒ (Bupdate_bn4f_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2a/beta, learning_rate, gradients/bn4f_branch2a/beta_grad_S200)H–×öñºƒP¾

RecvTensorêÖöñºƒ g(g:
"€€B‹[1024B] edge_201_gradients/bn4f_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HêÖöñºƒß
/update_bn4f_branch2a/gamma/ApplyGradientDescentÑ×öñºƒ (B“update_bn4f_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2a/gamma, learning_rate, gradients/bn4f_branch2a/gamma_grad_S201)HÑ×öñºƒPÆ

RecvTensor€Üöñºƒ ·‰(·‰:"€€@€€@B[1.0MB] edge_202_gradients/res4f_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H€Üöñºƒé
1update_res4f_branch2a/kernel/ApplyGradientDescent·å÷ñºƒ Æ(ÆB™update_res4f_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4f_branch2a/kernel, learning_rate, gradients/res4f_branch2a/kernel_grad_S202)H·å÷ñºƒP¿

RecvTensor­Üöñºƒ ™(™:
"€ € BŠ[4096B] edge_203_gradients/bn4e_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H­ÜöñºƒÛ
.update_bn4e_branch2c/beta/ApplyGradientDescentÆİöñºƒ (Bupdate_bn4e_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2c/beta, learning_rate, gradients/bn4e_branch2c/beta_grad_S203)HÆİöñºƒPÀ

RecvTensor»Şöñºƒ ¶(¶:
"€ € B‹[4096B] edge_204_gradients/bn4e_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H»Şöñºƒß
/update_bn4e_branch2c/gamma/ApplyGradientDescentñßöñºƒ (B“update_bn4e_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2c/gamma, learning_rate, gradients/bn4e_branch2c/gamma_grad_S204)HñßöñºƒPÆ

RecvTensor¼ãöñºƒ ñ(ñ:"€€@€€@B[1.0MB] edge_205_gradients/res4e_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¼ãöñºƒé
1update_res4e_branch2c/kernel/ApplyGradientDescent­ó÷ñºƒ ´(´B™update_res4e_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4e_branch2c/kernel, learning_rate, gradients/res4e_branch2c/kernel_grad_S205)H­ó÷ñºƒP¿

RecvTensorÍãöñºƒ „(„:
"€€BŠ[1024B] edge_206_gradients/bn4e_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÍãöñºƒÛ
.update_bn4e_branch2b/beta/ApplyGradientDescentÑäöñºƒ (Bupdate_bn4e_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2b/beta, learning_rate, gradients/bn4e_branch2b/beta_grad_S206)HÑäöñºƒP¾

RecvTensor˜äöñºƒ j(j:
"€€B‹[1024B] edge_207_gradients/bn4e_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H˜äöñºƒß
/update_bn4e_branch2b/gamma/ApplyGradientDescent‚åöñºƒ (B“update_bn4e_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2b/gamma, learning_rate, gradients/bn4e_branch2b/gamma_grad_S207)H‚åöñºƒPÈ

RecvTensorÂïöñºƒ ¹Ú(¹Ú:"
€€€€B[2.2MB] edge_208_gradients/res4e_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÂïöñºƒé
1update_res4e_branch2b/kernel/ApplyGradientDescentûÉùñºƒ §(§B™update_res4e_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4e_branch2b/kernel, learning_rate, gradients/res4e_branch2b/kernel_grad_S208)HûÉùñºƒP½

RecvTensorÒïöñºƒ l(l:
"€€BŠ[1024B] edge_209_gradients/bn4e_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÒïöñºƒÛ
.update_bn4e_branch2a/beta/ApplyGradientDescent¾ğöñºƒ (Bupdate_bn4e_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2a/beta, learning_rate, gradients/bn4e_branch2a/beta_grad_S209)H¾ğöñºƒP¾

RecvTensor˜ğöñºƒ v(v:
"€€B‹[1024B] edge_210_gradients/bn4e_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H˜ğöñºƒß
/update_bn4e_branch2a/gamma/ApplyGradientDescentñöñºƒ (B“update_bn4e_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2a/gamma, learning_rate, gradients/bn4e_branch2a/gamma_grad_S210)HñöñºƒPÆ

RecvTensor²õöñºƒ “(“:"€€@€€@B[1.0MB] edge_211_gradients/res4e_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H²õöñºƒé
1update_res4e_branch2a/kernel/ApplyGradientDescentÅ“øñºƒ ¹(¹B™update_res4e_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4e_branch2a/kernel, learning_rate, gradients/res4e_branch2a/kernel_grad_S211)HÅ“øñºƒP¿

RecvTensorŞõöñºƒ (:
"€ € BŠ[4096B] edge_212_gradients/bn4d_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŞõöñºƒÛ
.update_bn4d_branch2c/beta/ApplyGradientDescentûööñºƒ (Bupdate_bn4d_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2c/beta, learning_rate, gradients/bn4d_branch2c/beta_grad_S212)HûööñºƒPÀ

RecvTensorŞ÷öñºƒ «(«:
"€ € B‹[4096B] edge_213_gradients/bn4d_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŞ÷öñºƒß
/update_bn4d_branch2c/gamma/ApplyGradientDescent‰ùöñºƒ (B“update_bn4d_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2c/gamma, learning_rate, gradients/bn4d_branch2c/gamma_grad_S213)H‰ùöñºƒPÆ

RecvTensor‰ıöñºƒ ´£(´£:"€€@€€@B[1.0MB] edge_214_gradients/res4d_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‰ıöñºƒé
1update_res4d_branch2c/kernel/ApplyGradientDescent½ øñºƒ ¯(¯B™update_res4d_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4d_branch2c/kernel, learning_rate, gradients/res4d_branch2c/kernel_grad_S214)H½ øñºƒP½

RecvTensoršıöñºƒ r(r:
"€€BŠ[1024B] edge_215_gradients/bn4d_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HšıöñºƒÛ
.update_bn4d_branch2b/beta/ApplyGradientDescentŒşöñºƒ (Bupdate_bn4d_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2b/beta, learning_rate, gradients/bn4d_branch2b/beta_grad_S215)HŒşöñºƒPÀ

RecvTensoràıöñºƒ †(†:
"€€B‹[1024B] edge_216_gradients/bn4d_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hàıöñºƒß
/update_bn4d_branch2b/gamma/ApplyGradientDescentæşöñºƒ (B“update_bn4d_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2b/gamma, learning_rate, gradients/bn4d_branch2b/gamma_grad_S216)HæşöñºƒPÈ

RecvTensor€Š÷ñºƒ Ó(Ó:"
€€€€B[2.2MB] edge_217_gradients/res4d_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H€Š÷ñºƒé
1update_res4d_branch2b/kernel/ApplyGradientDescentİùñºƒ Œ(ŒB™update_res4d_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4d_branch2b/kernel, learning_rate, gradients/res4d_branch2b/kernel_grad_S217)HİùñºƒP½

RecvTensor‘Š÷ñºƒ h(h:
"€€BŠ[1024B] edge_218_gradients/bn4d_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‘Š÷ñºƒÛ
.update_bn4d_branch2a/beta/ApplyGradientDescentùŠ÷ñºƒ (Bupdate_bn4d_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2a/beta, learning_rate, gradients/bn4d_branch2a/beta_grad_S218)HùŠ÷ñºƒP¾

RecvTensorÙŠ÷ñºƒ i(i:
"€€B‹[1024B] edge_219_gradients/bn4d_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÙŠ÷ñºƒß
/update_bn4d_branch2a/gamma/ApplyGradientDescentÂ‹÷ñºƒ (B“update_bn4d_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2a/gamma, learning_rate, gradients/bn4d_branch2a/gamma_grad_S219)HÂ‹÷ñºƒPÆ

RecvTensor÷ñºƒ è®(è®:"€€@€€@B[1.0MB] edge_220_gradients/res4d_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H÷ñºƒé
1update_res4d_branch2a/kernel/ApplyGradientDescentø¾øñºƒ ®(®B™update_res4d_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4d_branch2a/kernel, learning_rate, gradients/res4d_branch2a/kernel_grad_S220)Hø¾øñºƒP¿

RecvTensorÁ÷ñºƒ ´(´:
"€ € BŠ[4096B] edge_221_gradients/bn4c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÁ÷ñºƒÛ
.update_bn4c_branch2c/beta/ApplyGradientDescentõ‘÷ñºƒ (Bupdate_bn4c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2c/beta, learning_rate, gradients/bn4c_branch2c/beta_grad_S221)Hõ‘÷ñºƒPÀ

RecvTensorÃ’÷ñºƒ »(»:
"€ € B‹[4096B] edge_222_gradients/bn4c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÃ’÷ñºƒß
/update_bn4c_branch2c/gamma/ApplyGradientDescentş“÷ñºƒ (B“update_bn4c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2c/gamma, learning_rate, gradients/bn4c_branch2c/gamma_grad_S222)Hş“÷ñºƒPÆ

RecvTensorª—÷ñºƒ Š²(Š²:"€€@€€@B[1.0MB] edge_223_gradients/res4c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hª—÷ñºƒé
1update_res4c_branch2c/kernel/ApplyGradientDescent´Éøñºƒ ©(©B™update_res4c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4c_branch2c/kernel, learning_rate, gradients/res4c_branch2c/kernel_grad_S223)H´ÉøñºƒP½

RecvTensor»—÷ñºƒ o(o:
"€€BŠ[1024B] edge_224_gradients/bn4c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H»—÷ñºƒÛ
.update_bn4c_branch2b/beta/ApplyGradientDescentª˜÷ñºƒ (Bupdate_bn4c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2b/beta, learning_rate, gradients/bn4c_branch2b/beta_grad_S224)Hª˜÷ñºƒP¾

RecvTensorƒ˜÷ñºƒ x(x:
"€€B‹[1024B] edge_225_gradients/bn4c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hƒ˜÷ñºƒß
/update_bn4c_branch2b/gamma/ApplyGradientDescentû˜÷ñºƒ (B“update_bn4c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2b/gamma, learning_rate, gradients/bn4c_branch2b/gamma_grad_S225)Hû˜÷ñºƒPÈ

RecvTensor¯£÷ñºƒ †È(†È:"
€€€€B[2.2MB] edge_226_gradients/res4c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¯£÷ñºƒé
1update_res4c_branch2b/kernel/ApplyGradientDescentµëùñºƒ ‘(‘B™update_res4c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4c_branch2b/kernel, learning_rate, gradients/res4c_branch2b/kernel_grad_S226)HµëùñºƒP½

RecvTensorÀ£÷ñºƒ o(o:
"€€BŠ[1024B] edge_227_gradients/bn4c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÀ£÷ñºƒÛ
.update_bn4c_branch2a/beta/ApplyGradientDescent¯¤÷ñºƒ (Bupdate_bn4c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2a/beta, learning_rate, gradients/bn4c_branch2a/beta_grad_S227)H¯¤÷ñºƒP¾

RecvTensor‰¤÷ñºƒ Y(Y:
"€€B‹[1024B] edge_228_gradients/bn4c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‰¤÷ñºƒß
/update_bn4c_branch2a/gamma/ApplyGradientDescentâ¤÷ñºƒ (B“update_bn4c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2a/gamma, learning_rate, gradients/bn4c_branch2a/gamma_grad_S228)Hâ¤÷ñºƒPÆ

RecvTensor˜©÷ñºƒ «·(«·:"€€@€€@B[1.0MB] edge_229_gradients/res4c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H˜©÷ñºƒé
1update_res4c_branch2a/kernel/ApplyGradientDescentÃàøñºƒ µ(µB™update_res4c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4c_branch2a/kernel, learning_rate, gradients/res4c_branch2a/kernel_grad_S229)HÃàøñºƒP¿

RecvTensorÄ©÷ñºƒ ¾(¾:
"€ € BŠ[4096B] edge_230_gradients/bn4b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÄ©÷ñºƒÛ
.update_bn4b_branch2c/beta/ApplyGradientDescent‚«÷ñºƒ (Bupdate_bn4b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2c/beta, learning_rate, gradients/bn4b_branch2c/beta_grad_S230)H‚«÷ñºƒPÀ

RecvTensorÀ«÷ñºƒ µ(µ:
"€ € B‹[4096B] edge_231_gradients/bn4b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÀ«÷ñºƒß
/update_bn4b_branch2c/gamma/ApplyGradientDescentõ¬÷ñºƒ (B“update_bn4b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2c/gamma, learning_rate, gradients/bn4b_branch2c/gamma_grad_S231)Hõ¬÷ñºƒPÆ

RecvTensorİ°÷ñºƒ ´¸(´¸:"€€@€€@B[1.0MB] edge_232_gradients/res4b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hİ°÷ñºƒé
1update_res4b_branch2c/kernel/ApplyGradientDescentØéøñºƒ ²(²B™update_res4b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4b_branch2c/kernel, learning_rate, gradients/res4b_branch2c/kernel_grad_S232)HØéøñºƒP½

RecvTensorî°÷ñºƒ ~(~:
"€€BŠ[1024B] edge_233_gradients/bn4b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hî°÷ñºƒÛ
.update_bn4b_branch2b/beta/ApplyGradientDescentì±÷ñºƒ (Bupdate_bn4b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2b/beta, learning_rate, gradients/bn4b_branch2b/beta_grad_S233)Hì±÷ñºƒP¾

RecvTensor¶±÷ñºƒ f(f:
"€€B‹[1024B] edge_234_gradients/bn4b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¶±÷ñºƒß
/update_bn4b_branch2b/gamma/ApplyGradientDescentœ²÷ñºƒ (B“update_bn4b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2b/gamma, learning_rate, gradients/bn4b_branch2b/gamma_grad_S234)Hœ²÷ñºƒPÈ

RecvTensorı½÷ñºƒ ±¸(±¸:"
€€€€B[2.2MB] edge_235_gradients/res4b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hı½÷ñºƒé
1update_res4b_branch2b/kernel/ApplyGradientDescentùøùñºƒ –(–B™update_res4b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4b_branch2b/kernel, learning_rate, gradients/res4b_branch2b/kernel_grad_S235)HùøùñºƒP¿

RecvTensor¾÷ñºƒ €(€:
"€€BŠ[1024B] edge_236_gradients/bn4b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¾÷ñºƒÛ
.update_bn4b_branch2a/beta/ApplyGradientDescent©À÷ñºƒ (Bupdate_bn4b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2a/beta, learning_rate, gradients/bn4b_branch2a/beta_grad_S236)H©À÷ñºƒP¾

RecvTensorÖ¾÷ñºƒ n(n:
"€€B‹[1024B] edge_237_gradients/bn4b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÖ¾÷ñºƒß
/update_bn4b_branch2a/gamma/ApplyGradientDescent®À÷ñºƒ (B“update_bn4b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2a/gamma, learning_rate, gradients/bn4b_branch2a/gamma_grad_S237)H®À÷ñºƒPÆ

RecvTensorôÃ÷ñºƒ ¨¸(¨¸:"€€@€€@B[1.0MB] edge_238_gradients/res4b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HôÃ÷ñºƒé
1update_res4b_branch2a/kernel/ApplyGradientDescentœüøñºƒ ±(±B™update_res4b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4b_branch2a/kernel, learning_rate, gradients/res4b_branch2a/kernel_grad_S238)HœüøñºƒP¾

RecvTensorÄ÷ñºƒ Í(Í:
"€ € B‰[4096B] edge_239_gradients/bn4a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÄ÷ñºƒ×
-update_bn4a_branch1/beta/ApplyGradientDescentêÅ÷ñºƒ (Bupdate_bn4a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch1/beta, learning_rate, gradients/bn4a_branch1/beta_grad_S239)HêÅ÷ñºƒP¿

RecvTensor¶Å÷ñºƒ ¿(¿:
"€ € BŠ[4096B] edge_240_gradients/bn4a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¶Å÷ñºƒÛ
.update_bn4a_branch1/gamma/ApplyGradientDescentõÆ÷ñºƒ (Bupdate_bn4a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch1/gamma, learning_rate, gradients/bn4a_branch1/gamma_grad_S240)HõÆ÷ñºƒPÇ

RecvTensorİÏ÷ñºƒ Ì(Ì:"
€€€€€€BŒ[2.0MB] edge_241_gradients/res4a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HİÏ÷ñºƒå
0update_res4a_branch1/kernel/ApplyGradientDescentÊîùñºƒ ‚(‚B–update_res4a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch1/kernel, learning_rate, gradients/res4a_branch1/kernel_grad_S241)HÊîùñºƒP¿

RecvTensor‹Ğ÷ñºƒ ¿(¿:
"€ € BŠ[4096B] edge_242_gradients/bn4a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‹Ğ÷ñºƒÛ
.update_bn4a_branch2c/beta/ApplyGradientDescentÊÑ÷ñºƒ (Bupdate_bn4a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2c/beta, learning_rate, gradients/bn4a_branch2c/beta_grad_S242)HÊÑ÷ñºƒPÀ

RecvTensor‰Ò÷ñºƒ ¨(¨:
"€ € B‹[4096B] edge_243_gradients/bn4a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‰Ò÷ñºƒß
/update_bn4a_branch2c/gamma/ApplyGradientDescent±Ó÷ñºƒ (B“update_bn4a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2c/gamma, learning_rate, gradients/bn4a_branch2c/gamma_grad_S243)H±Ó÷ñºƒPÆ

RecvTensor¥×÷ñºƒ Š¶(Š¶:"€€@€€@B[1.0MB] edge_244_gradients/res4a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¥×÷ñºƒé
1update_res4a_branch2c/kernel/ApplyGradientDescent¯ùñºƒ ·(·B™update_res4a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch2c/kernel, learning_rate, gradients/res4a_branch2c/kernel_grad_S244)H¯ùñºƒP½

RecvTensor¶×÷ñºƒ j(j:
"€€BŠ[1024B] edge_245_gradients/bn4a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¶×÷ñºƒÛ
.update_bn4a_branch2b/beta/ApplyGradientDescent Ø÷ñºƒ (Bupdate_bn4a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2b/beta, learning_rate, gradients/bn4a_branch2b/beta_grad_S245)H Ø÷ñºƒP¾

RecvTensorı×÷ñºƒ u(u:
"€€B‹[1024B] edge_246_gradients/bn4a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hı×÷ñºƒß
/update_bn4a_branch2b/gamma/ApplyGradientDescentòØ÷ñºƒ (B“update_bn4a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2b/gamma, learning_rate, gradients/bn4a_branch2b/gamma_grad_S246)HòØ÷ñºƒPÈ

RecvTensorÆã÷ñºƒ –(–:"
€€€€B[2.2MB] edge_247_gradients/res4a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÆã÷ñºƒé
1update_res4a_branch2b/kernel/ApplyGradientDescentÜ€úñºƒ ú(úB™update_res4a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch2b/kernel, learning_rate, gradients/res4a_branch2b/kernel_grad_S247)HÜ€úñºƒP¿

RecvTensorñã÷ñºƒ ‡(‡:
"€€BŠ[1024B] edge_248_gradients/bn4a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hñã÷ñºƒÛ
.update_bn4a_branch2a/beta/ApplyGradientDescentøä÷ñºƒ (Bupdate_bn4a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2a/beta, learning_rate, gradients/bn4a_branch2a/beta_grad_S248)Høä÷ñºƒPÀ

RecvTensoròå÷ñºƒ (:
"€€B‹[1024B] edge_249_gradients/bn4a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hòå÷ñºƒß
/update_bn4a_branch2a/gamma/ApplyGradientDescentıæ÷ñºƒ (B“update_bn4a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2a/gamma, learning_rate, gradients/bn4a_branch2a/gamma_grad_S249)Hıæ÷ñºƒPÄ

RecvTensoréï÷ñºƒ ß`(ß`:"€€ €€ B[0.5MB] edge_250_gradients/res4a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Héï÷ñºƒç
1update_res4a_branch2a/kernel/ApplyGradientDescentÈĞøñºƒ b(bB™update_res4a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch2a/kernel, learning_rate, gradients/res4a_branch2a/kernel_grad_S250)HÈĞøñºƒP¿

RecvTensor¶ğ÷ñºƒ £(£:
"€€BŠ[2048B] edge_251_gradients/bn3d_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¶ğ÷ñºƒÛ
.update_bn3d_branch2c/beta/ApplyGradientDescentÙñ÷ñºƒ (Bupdate_bn3d_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2c/beta, learning_rate, gradients/bn3d_branch2c/beta_grad_S251)HÙñ÷ñºƒPÀ

RecvTensorÁô÷ñºƒ ’(’:
"€€B‹[2048B] edge_252_gradients/bn3d_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÁô÷ñºƒß
/update_bn3d_branch2c/gamma/ApplyGradientDescentÓõ÷ñºƒ (B“update_bn3d_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2c/gamma, learning_rate, gradients/bn3d_branch2c/gamma_grad_S252)HÓõ÷ñºƒPÄ

RecvTensorÍù÷ñºƒ «0(«0:"€€€€B[0.2MB] edge_253_gradients/res3d_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÍù÷ñºƒç
1update_res3d_branch2c/kernel/ApplyGradientDescentø©øñºƒ 0(0B™update_res3d_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3d_branch2c/kernel, learning_rate, gradients/res3d_branch2c/kernel_grad_S253)Hø©øñºƒP¼

RecvTensorçù÷ñºƒ h(h:
"€€B‰[512B] edge_254_gradients/bn3d_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hçù÷ñºƒÛ
.update_bn3d_branch2b/beta/ApplyGradientDescentÏú÷ñºƒ (Bupdate_bn3d_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2b/beta, learning_rate, gradients/bn3d_branch2b/beta_grad_S254)HÏú÷ñºƒP½

RecvTensorìú÷ñºƒ v(v:
"€€BŠ[512B] edge_255_gradients/bn3d_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hìú÷ñºƒß
/update_bn3d_branch2b/gamma/ApplyGradientDescentâû÷ñºƒ (B“update_bn3d_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2b/gamma, learning_rate, gradients/bn3d_branch2b/gamma_grad_S255)Hâû÷ñºƒPÄ

RecvTensorŒ†øñºƒ Çk(Çk:"€€$€€$B[0.6MB] edge_256_gradients/res3d_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŒ†øñºƒç
1update_res3d_branch2b/kernel/ApplyGradientDescentÓñøñºƒ e(eB™update_res3d_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3d_branch2b/kernel, learning_rate, gradients/res3d_branch2b/kernel_grad_S256)HÓñøñºƒP¼

RecvTensor¨†øñºƒ (:
"€€B‰[512B] edge_257_gradients/bn3d_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¨†øñºƒÛ
.update_bn3d_branch2a/beta/ApplyGradientDescent§‡øñºƒ (Bupdate_bn3d_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2a/beta, learning_rate, gradients/bn3d_branch2a/beta_grad_S257)H§‡øñºƒP½

RecvTensor°‡øñºƒ e(e:
"€€BŠ[512B] edge_258_gradients/bn3d_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H°‡øñºƒß
/update_bn3d_branch2a/gamma/ApplyGradientDescent•ˆøñºƒ (B“update_bn3d_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2a/gamma, learning_rate, gradients/bn3d_branch2a/gamma_grad_S258)H•ˆøñºƒPÄ

RecvTensor°Œøñºƒ ò1(ò1:"€€€€B[0.2MB] edge_259_gradients/res3d_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H°Œøñºƒç
1update_res3d_branch2a/kernel/ApplyGradientDescent¢¾øñºƒ 2(2B™update_res3d_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3d_branch2a/kernel, learning_rate, gradients/res3d_branch2a/kernel_grad_S259)H¢¾øñºƒP¿

RecvTensorøñºƒ ¥(¥:
"€€BŠ[2048B] edge_260_gradients/bn3c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HøñºƒÛ
.update_bn3c_branch2c/beta/ApplyGradientDescent¦øñºƒ (Bupdate_bn3c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2c/beta, learning_rate, gradients/bn3c_branch2c/beta_grad_S260)H¦øñºƒPÀ

RecvTensor“‘øñºƒ ˜(˜:
"€€B‹[2048B] edge_261_gradients/bn3c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H“‘øñºƒß
/update_bn3c_branch2c/gamma/ApplyGradientDescent«’øñºƒ (B“update_bn3c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2c/gamma, learning_rate, gradients/bn3c_branch2c/gamma_grad_S261)H«’øñºƒPÄ

RecvTensor –øñºƒ €2(€2:"€€€€B[0.2MB] edge_262_gradients/res3c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H –øñºƒç
1update_res3c_branch2c/kernel/ApplyGradientDescent Èøñºƒ /(/B™update_res3c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3c_branch2c/kernel, learning_rate, gradients/res3c_branch2c/kernel_grad_S262)H ÈøñºƒP¼

RecvTensorº–øñºƒ ~(~:
"€€B‰[512B] edge_263_gradients/bn3c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hº–øñºƒÛ
.update_bn3c_branch2b/beta/ApplyGradientDescent¸—øñºƒ (Bupdate_bn3c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2b/beta, learning_rate, gradients/bn3c_branch2b/beta_grad_S263)H¸—øñºƒP½

RecvTensorÀ—øñºƒ a(a:
"€€BŠ[512B] edge_264_gradients/bn3c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÀ—øñºƒß
/update_bn3c_branch2b/gamma/ApplyGradientDescent¡˜øñºƒ (B“update_bn3c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2b/gamma, learning_rate, gradients/bn3c_branch2b/gamma_grad_S264)H¡˜øñºƒPÄ

RecvTensorÛ¢øñºƒ £f(£f:"€€$€€$B[0.6MB] edge_265_gradients/res3c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÛ¢øñºƒç
1update_res3c_branch2b/kernel/ApplyGradientDescentşˆùñºƒ g(gB™update_res3c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3c_branch2b/kernel, learning_rate, gradients/res3c_branch2b/kernel_grad_S265)HşˆùñºƒP¼

RecvTensorõ¢øñºƒ p(p:
"€€B‰[512B] edge_266_gradients/bn3c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hõ¢øñºƒÛ
.update_bn3c_branch2a/beta/ApplyGradientDescentå£øñºƒ (Bupdate_bn3c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2a/beta, learning_rate, gradients/bn3c_branch2a/beta_grad_S266)Hå£øñºƒP½

RecvTensorƒ¤øñºƒ s(s:
"€€BŠ[512B] edge_267_gradients/bn3c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hƒ¤øñºƒß
/update_bn3c_branch2a/gamma/ApplyGradientDescentö¤øñºƒ (B“update_bn3c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2a/gamma, learning_rate, gradients/bn3c_branch2a/gamma_grad_S267)Hö¤øñºƒPÄ

RecvTensor›©øñºƒ ±1(±1:"€€€€B[0.2MB] edge_268_gradients/res3c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H›©øñºƒç
1update_res3c_branch2a/kernel/ApplyGradientDescentÌÚøñºƒ 1(1B™update_res3c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3c_branch2a/kernel, learning_rate, gradients/res3c_branch2a/kernel_grad_S268)HÌÚøñºƒP¿

RecvTensorï©øñºƒ (:
"€€BŠ[2048B] edge_269_gradients/bn3b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hï©øñºƒÛ
.update_bn3b_branch2c/beta/ApplyGradientDescentŒ«øñºƒ (Bupdate_bn3b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2c/beta, learning_rate, gradients/bn3b_branch2c/beta_grad_S269)HŒ«øñºƒPÀ

RecvTensorà­øñºƒ (:
"€€B‹[2048B] edge_270_gradients/bn3b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hà­øñºƒß
/update_bn3b_branch2c/gamma/ApplyGradientDescentğ®øñºƒ (B“update_bn3b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2c/gamma, learning_rate, gradients/bn3b_branch2c/gamma_grad_S270)Hğ®øñºƒPÄ

RecvTensorÒ²øñºƒ ì0(ì0:"€€€€B[0.2MB] edge_271_gradients/res3b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÒ²øñºƒç
1update_res3b_branch2c/kernel/ApplyGradientDescent¾ãøñºƒ 2(2B™update_res3b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3b_branch2c/kernel, learning_rate, gradients/res3b_branch2c/kernel_grad_S271)H¾ãøñºƒP¼

RecvTensorí²øñºƒ i(i:
"€€B‰[512B] edge_272_gradients/bn3b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hí²øñºƒÛ
.update_bn3b_branch2b/beta/ApplyGradientDescentÖ³øñºƒ (Bupdate_bn3b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2b/beta, learning_rate, gradients/bn3b_branch2b/beta_grad_S272)HÖ³øñºƒP¿

RecvTensor÷³øñºƒ ƒ(ƒ:
"€€BŠ[512B] edge_273_gradients/bn3b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H÷³øñºƒß
/update_bn3b_branch2b/gamma/ApplyGradientDescentú´øñºƒ (B“update_bn3b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2b/gamma, learning_rate, gradients/bn3b_branch2b/gamma_grad_S273)Hú´øñºƒPÄ

RecvTensor¡¿øñºƒ –](–]:"€€$€€$B[0.6MB] edge_274_gradients/res3b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¡¿øñºƒç
1update_res3b_branch2b/kernel/ApplyGradientDescent·œùñºƒ l(lB™update_res3b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3b_branch2b/kernel, learning_rate, gradients/res3b_branch2b/kernel_grad_S274)H·œùñºƒP¼

RecvTensor»¿øñºƒ r(r:
"€€B‰[512B] edge_275_gradients/bn3b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H»¿øñºƒÛ
.update_bn3b_branch2a/beta/ApplyGradientDescent­Àøñºƒ (Bupdate_bn3b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2a/beta, learning_rate, gradients/bn3b_branch2a/beta_grad_S275)H­ÀøñºƒP½

RecvTensor¾Àøñºƒ z(z:
"€€BŠ[512B] edge_276_gradients/bn3b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¾Àøñºƒß
/update_bn3b_branch2a/gamma/ApplyGradientDescent¸Áøñºƒ (B“update_bn3b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2a/gamma, learning_rate, gradients/bn3b_branch2a/gamma_grad_S276)H¸ÁøñºƒPÄ

RecvTensorĞÅøñºƒ †.(†.:"€€€€B[0.2MB] edge_277_gradients/res3b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HĞÅøñºƒç
1update_res3b_branch2a/kernel/ApplyGradientDescentÖóøñºƒ 3(3B™update_res3b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3b_branch2a/kernel, learning_rate, gradients/res3b_branch2a/kernel_grad_S277)HÖóøñºƒP¾

RecvTensorŸÆøñºƒ ™(™:
"€€B‰[2048B] edge_278_gradients/bn3a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŸÆøñºƒ×
-update_bn3a_branch1/beta/ApplyGradientDescent¸Çøñºƒ (Bupdate_bn3a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch1/beta, learning_rate, gradients/bn3a_branch1/beta_grad_S278)H¸ÇøñºƒP¿

RecvTensorÌÈøñºƒ (:
"€€BŠ[2048B] edge_279_gradients/bn3a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÌÈøñºƒÛ
.update_bn3a_branch1/gamma/ApplyGradientDescentİÊøñºƒ (Bupdate_bn3a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch1/gamma, learning_rate, gradients/bn3a_branch1/gamma_grad_S279)HİÊøñºƒPÃ

RecvTensorÓøñºƒ âN(âN:"€€ €€ BŒ[0.5MB] edge_280_gradients/res3a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÓøñºƒã
0update_res3a_branch1/kernel/ApplyGradientDescentñ¡ùñºƒ [([B–update_res3a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch1/kernel, learning_rate, gradients/res3a_branch1/kernel_grad_S280)Hñ¡ùñºƒP¿

RecvTensorŞÓøñºƒ (:
"€€BŠ[2048B] edge_281_gradients/bn3a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŞÓøñºƒÛ
.update_bn3a_branch2c/beta/ApplyGradientDescentßÔøñºƒ (Bupdate_bn3a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2c/beta, learning_rate, gradients/bn3a_branch2c/beta_grad_S281)HßÔøñºƒPÀ

RecvTensorğ×øñºƒ •(•:
"€€B‹[2048B] edge_282_gradients/bn3a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hğ×øñºƒß
/update_bn3a_branch2c/gamma/ApplyGradientDescent…Ùøñºƒ (B“update_bn3a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2c/gamma, learning_rate, gradients/bn3a_branch2c/gamma_grad_S282)H…ÙøñºƒPÄ

RecvTensoröÜøñºƒ ˆ*(ˆ*:"€€€€B[0.2MB] edge_283_gradients/res3a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HöÜøñºƒç
1update_res3a_branch2c/kernel/ApplyGradientDescentş†ùñºƒ 1(1B™update_res3a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch2c/kernel, learning_rate, gradients/res3a_branch2c/kernel_grad_S283)Hş†ùñºƒP¼

RecvTensorİøñºƒ {({:
"€€B‰[512B] edge_284_gradients/bn3a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HİøñºƒÛ
.update_bn3a_branch2b/beta/ApplyGradientDescent‹Şøñºƒ (Bupdate_bn3a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2b/beta, learning_rate, gradients/bn3a_branch2b/beta_grad_S284)H‹ŞøñºƒP½

RecvTensoršŞøñºƒ q(q:
"€€BŠ[512B] edge_285_gradients/bn3a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HšŞøñºƒß
/update_bn3a_branch2b/gamma/ApplyGradientDescent‹ßøñºƒ (B“update_bn3a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2b/gamma, learning_rate, gradients/bn3a_branch2b/gamma_grad_S285)H‹ßøñºƒPÄ

RecvTensor¢êøñºƒ ÛM(ÛM:"€€$€€$B[0.6MB] edge_286_gradients/res3a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¢êøñºƒç
1update_res3a_branch2b/kernel/ApplyGradientDescent¿»ùñºƒ q(qB™update_res3a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch2b/kernel, learning_rate, gradients/res3a_branch2b/kernel_grad_S286)H¿»ùñºƒP¼

RecvTensoróêøñºƒ s(s:
"€€B‰[512B] edge_287_gradients/bn3a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HóêøñºƒÛ
.update_bn3a_branch2a/beta/ApplyGradientDescentæëøñºƒ (Bupdate_bn3a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2a/beta, learning_rate, gradients/bn3a_branch2a/beta_grad_S287)HæëøñºƒP½

RecvTensoríîøñºƒ ~(~:
"€€BŠ[512B] edge_288_gradients/bn3a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Híîøñºƒß
/update_bn3a_branch2a/gamma/ApplyGradientDescentëïøñºƒ (B“update_bn3a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2a/gamma, learning_rate, gradients/bn3a_branch2a/gamma_grad_S288)HëïøñºƒPÄ

RecvTensoròøøñºƒ Œ(Œ:"€€€€B[0.1MB] edge_289_gradients/res3a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hòøøñºƒç
1update_res3a_branch2a/kernel/ApplyGradientDescentşŒùñºƒ (B™update_res3a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch2a/kernel, learning_rate, gradients/res3a_branch2a/kernel_grad_S289)HşŒùñºƒP¿

RecvTensorƒúøñºƒ „(„:
"€€BŠ[1024B] edge_290_gradients/bn2c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HƒúøñºƒÛ
.update_bn2c_branch2c/beta/ApplyGradientDescent‡ûøñºƒ (Bupdate_bn2c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2c/beta, learning_rate, gradients/bn2c_branch2c/beta_grad_S290)H‡ûøñºƒP¾

RecvTensor¨‚ùñºƒ x(x:
"€€B‹[1024B] edge_291_gradients/bn2c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¨‚ùñºƒß
/update_bn2c_branch2c/gamma/ApplyGradientDescent ƒùñºƒ (B“update_bn2c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2c/gamma, learning_rate, gradients/bn2c_branch2c/gamma_grad_S291)H ƒùñºƒPÅ

RecvTensorÂ‡ùñºƒ Ø	(Ø	:"€€€€B[65536B] edge_292_gradients/res2c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÂ‡ùñºƒç
1update_res2c_branch2c/kernel/ApplyGradientDescentš‘ùñºƒ (B™update_res2c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res2c_branch2c/kernel, learning_rate, gradients/res2c_branch2c/kernel_grad_S292)Hš‘ùñºƒP¼

RecvTensorî‡ùñºƒ i(i:
"€€B‰[256B] edge_293_gradients/bn2c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hî‡ùñºƒÛ
.update_bn2c_branch2b/beta/ApplyGradientDescent×ˆùñºƒ (Bupdate_bn2c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2b/beta, learning_rate, gradients/bn2c_branch2b/beta_grad_S293)H×ˆùñºƒP½

RecvTensorî‰ùñºƒ }(}:
"€€BŠ[256B] edge_294_gradients/bn2c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hî‰ùñºƒß
/update_bn2c_branch2b/gamma/ApplyGradientDescentëŠùñºƒ (B“update_bn2c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2b/gamma, learning_rate, gradients/bn2c_branch2b/gamma_grad_S294)HëŠùñºƒPÄ

RecvTensorÎ•ùñºƒ ”(”:"€€	€€	B[0.1MB] edge_295_gradients/res2c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÎ•ùñºƒç
1update_res2c_branch2b/kernel/ApplyGradientDescentâ¨ùñºƒ (B™update_res2c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res2c_branch2b/kernel, learning_rate, gradients/res2c_branch2b/kernel_grad_S295)Hâ¨ùñºƒP¼

RecvTensorû•ùñºƒ i(i:
"€€B‰[256B] edge_296_gradients/bn2c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hû•ùñºƒÛ
.update_bn2c_branch2a/beta/ApplyGradientDescentä–ùñºƒ (Bupdate_bn2c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2a/beta, learning_rate, gradients/bn2c_branch2a/beta_grad_S296)Hä–ùñºƒP½

RecvTensor€˜ùñºƒ T(T:
"€€BŠ[256B] edge_297_gradients/bn2c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H€˜ùñºƒß
/update_bn2c_branch2a/gamma/ApplyGradientDescentÔ˜ùñºƒ (B“update_bn2c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2a/gamma, learning_rate, gradients/bn2c_branch2a/gamma_grad_S297)HÔ˜ùñºƒPÅ

RecvTensor¨ùñºƒ 	(	:"€€€€B[65536B] edge_298_gradients/res2c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¨ùñºƒç
1update_res2c_branch2a/kernel/ApplyGradientDescentµ¦ùñºƒ (B™update_res2c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res2c_branch2a/kernel, learning_rate, gradients/res2c_branch2a/kernel_grad_S298)Hµ¦ùñºƒP½

RecvTensorÂùñºƒ u(u:
"€€BŠ[1024B] edge_299_gradients/bn2b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÂùñºƒÛ
.update_bn2b_branch2c/beta/ApplyGradientDescent·Ÿùñºƒ (Bupdate_bn2b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2c/beta, learning_rate, gradients/bn2b_branch2c/beta_grad_S299)H·ŸùñºƒP¾

RecvTensor¦ùñºƒ p(p:
"€€B‹[1024B] edge_300_gradients/bn2b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¦ùñºƒß
/update_bn2b_branch2c/gamma/ApplyGradientDescent§ùñºƒ (B“update_bn2b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2c/gamma, learning_rate, gradients/bn2b_branch2c/gamma_grad_S300)H§ùñºƒPÅ

RecvTensorÏ«ùñºƒ ‚(‚:"€€€€B[65536B] edge_301_gradients/res2b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÏ«ùñºƒç
1update_res2b_branch2c/kernel/ApplyGradientDescentÑ³ùñºƒ (B™update_res2b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res2b_branch2c/kernel, learning_rate, gradients/res2b_branch2c/kernel_grad_S301)HÑ³ùñºƒP¼

RecvTensorú«ùñºƒ `(`:
"€€B‰[256B] edge_302_gradients/bn2b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hú«ùñºƒÛ
.update_bn2b_branch2b/beta/ApplyGradientDescentÚ¬ùñºƒ (Bupdate_bn2b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2b/beta, learning_rate, gradients/bn2b_branch2b/beta_grad_S302)HÚ¬ùñºƒP½

RecvTensorû­ùñºƒ p(p:
"€€BŠ[256B] edge_303_gradients/bn2b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hû­ùñºƒß
/update_bn2b_branch2b/gamma/ApplyGradientDescentº±ùñºƒ (B“update_bn2b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2b/gamma, learning_rate, gradients/bn2b_branch2b/gamma_grad_S303)Hº±ùñºƒPÄ

RecvTensor”ºùñºƒ ²(²:"€€	€€	B[0.1MB] edge_304_gradients/res2b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H”ºùñºƒç
1update_res2b_branch2b/kernel/ApplyGradientDescentÆÉùñºƒ (B™update_res2b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res2b_branch2b/kernel, learning_rate, gradients/res2b_branch2b/kernel_grad_S304)HÆÉùñºƒP¼

RecvTensorÀºùñºƒ X(X:
"€€B‰[256B] edge_305_gradients/bn2b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÀºùñºƒÛ
.update_bn2b_branch2a/beta/ApplyGradientDescent°¼ùñºƒ (Bupdate_bn2b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2a/beta, learning_rate, gradients/bn2b_branch2a/beta_grad_S305)H°¼ùñºƒP½

RecvTensorÄ¼ùñºƒ n(n:
"€€BŠ[256B] edge_306_gradients/bn2b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÄ¼ùñºƒß
/update_bn2b_branch2a/gamma/ApplyGradientDescent²½ùñºƒ (B“update_bn2b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2a/gamma, learning_rate, gradients/bn2b_branch2a/gamma_grad_S306)H²½ùñºƒPÅ

RecvTensorçÁùñºƒ Ì(Ì:"€€€€B[65536B] edge_307_gradients/res2b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HçÁùñºƒç
1update_res2b_branch2a/kernel/ApplyGradientDescent³Éùñºƒ (B™update_res2b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res2b_branch2a/kernel, learning_rate, gradients/res2b_branch2a/kernel_grad_S307)H³ÉùñºƒP¼

RecvTensor†Ãùñºƒ m(m:
"€€B‰[1024B] edge_308_gradients/bn2a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H†Ãùñºƒ×
-update_bn2a_branch1/beta/ApplyGradientDescentóÃùñºƒ (Bupdate_bn2a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch1/beta, learning_rate, gradients/bn2a_branch1/beta_grad_S308)HóÃùñºƒP½

RecvTensorÕÇùñºƒ {({:
"€€BŠ[1024B] edge_309_gradients/bn2a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÕÇùñºƒÛ
.update_bn2a_branch1/gamma/ApplyGradientDescentĞÈùñºƒ (Bupdate_bn2a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch1/gamma, learning_rate, gradients/bn2a_branch1/gamma_grad_S309)HĞÈùñºƒPÄ

RecvTensorÍùñºƒ ­(­:"€€€€B[65536B] edge_310_gradients/res2a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÍùñºƒã
0update_res2a_branch1/kernel/ApplyGradientDescent®Óùñºƒ (B–update_res2a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch1/kernel, learning_rate, gradients/res2a_branch1/kernel_grad_S310)H®ÓùñºƒP½

RecvTensoršÎùñºƒ q(q:
"€€BŠ[1024B] edge_311_gradients/bn2a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HšÎùñºƒÛ
.update_bn2a_branch2c/beta/ApplyGradientDescent‹Óùñºƒ (Bupdate_bn2a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2c/beta, learning_rate, gradients/bn2a_branch2c/beta_grad_S311)H‹ÓùñºƒP¾

RecvTensorƒÖùñºƒ n(n:
"€€B‹[1024B] edge_312_gradients/bn2a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HƒÖùñºƒß
/update_bn2a_branch2c/gamma/ApplyGradientDescentñÖùñºƒ (B“update_bn2a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2c/gamma, learning_rate, gradients/bn2a_branch2c/gamma_grad_S312)HñÖùñºƒPÅ

RecvTensor“Ûùñºƒ †(†:"€€€€B[65536B] edge_313_gradients/res2a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H“Ûùñºƒç
1update_res2a_branch2c/kernel/ApplyGradientDescent™áùñºƒ (B™update_res2a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch2c/kernel, learning_rate, gradients/res2a_branch2c/kernel_grad_S313)H™áùñºƒP¼

RecvTensor½Ûùñºƒ f(f:
"€€B‰[256B] edge_314_gradients/bn2a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H½ÛùñºƒÛ
.update_bn2a_branch2b/beta/ApplyGradientDescent£Üùñºƒ (Bupdate_bn2a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2b/beta, learning_rate, gradients/bn2a_branch2b/beta_grad_S314)H£ÜùñºƒP½

RecvTensorÄİùñºƒ n(n:
"€€BŠ[256B] edge_315_gradients/bn2a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÄİùñºƒß
/update_bn2a_branch2b/gamma/ApplyGradientDescent™àùñºƒ (B“update_bn2a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2b/gamma, learning_rate, gradients/bn2a_branch2b/gamma_grad_S315)H™àùñºƒPÄ

RecvTensor®éùñºƒ ß
(ß
:"€€	€€	B[0.1MB] edge_316_gradients/res2a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H®éùñºƒç
1update_res2a_branch2b/kernel/ApplyGradientDescentÚøùñºƒ (B™update_res2a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch2b/kernel, learning_rate, gradients/res2a_branch2b/kernel_grad_S316)HÚøùñºƒP¼

RecvTensorİéùñºƒ q(q:
"€€B‰[256B] edge_317_gradients/bn2a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HİéùñºƒÛ
.update_bn2a_branch2a/beta/ApplyGradientDescentÎêùñºƒ (Bupdate_bn2a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2a/beta, learning_rate, gradients/bn2a_branch2a/beta_grad_S317)HÎêùñºƒP½

RecvTensorêëùñºƒ ](]:
"€€BŠ[256B] edge_318_gradients/bn2a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hêëùñºƒß
/update_bn2a_branch2a/gamma/ApplyGradientDescentÆîùñºƒ (B“update_bn2a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2a/gamma, learning_rate, gradients/bn2a_branch2a/gamma_grad_S318)HÆîùñºƒPÅ

RecvTensor˜íùñºƒ ı(ı:"€€€€B[16384B] edge_319_gradients/res2a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H˜íùñºƒç
1update_res2a_branch2a/kernel/ApplyGradientDescentÌñùñºƒ (B™update_res2a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch2a/kernel, learning_rate, gradients/res2a_branch2a/kernel_grad_S319)HÌñùñºƒP·

RecvTensor¸îùñºƒ k(k:
"€€B„[256B] edge_320_gradients/bn_conv1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¸îùñºƒÇ
)update_bn_conv1/beta/ApplyGradientDescentÔñùñºƒ (Bupdate_bn_conv1/beta/ApplyGradientDescent = ApplyGradientDescent(bn_conv1/beta, learning_rate, gradients/bn_conv1/beta_grad_S320)HÔñùñºƒP¸

RecvTensor©ùùñºƒ U(U:
"€€B…[256B] edge_321_gradients/bn_conv1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H©ùùñºƒË
*update_bn_conv1/gamma/ApplyGradientDescentüùñºƒ (B„update_bn_conv1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn_conv1/gamma, learning_rate, gradients/bn_conv1/gamma_grad_S321)HüùñºƒP¼

RecvTensor‰ÿùñºƒ Ï(Ï:"€¦€¦B…[37632B] edge_322_gradients/conv1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‰ÿùñºƒÂ
(update_conv1/kernel/ApplyGradientDescentÖƒúñºƒ (B~update_conv1/kernel/ApplyGradientDescent = ApplyGradientDescent(conv1/kernel, learning_rate, gradients/conv1/kernel_grad_S322)HÖƒúñºƒP