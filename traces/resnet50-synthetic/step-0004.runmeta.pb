
‡

Ğé
)/job:worker/replica:0/task:0/device:CPU:0­

RecvTensorà­¹ñºƒ o(o:"€¦€¦By[37632B] edge_1_conv1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hà­¹ñºƒ«

RecvTensorã­¹ñºƒ i(i:
"€€By[256B] edge_2_bn_conv1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hã­¹ñºƒª

RecvTensoræ­¹ñºƒ [([:
"€€Bx[256B] edge_3_bn_conv1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hæ­¹ñºƒ¹

RecvTensoré­¹ñºƒ ²(²:"€€€€B‚[16384B] edge_4_res2a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hé­¹ñºƒ°

RecvTensorì­¹ñºƒ \(\:
"€€B~[256B] edge_5_bn2a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hì­¹ñºƒ¯

RecvTensorï­¹ñºƒ e(e:
"€€B}[256B] edge_6_bn2a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hï­¹ñºƒ¸

RecvTensorñ­¹ñºƒ ™+(™+:"€€	€€	B[0.1MB] edge_7_res2a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hñ­¹ñºƒ°

RecvTensorô­¹ñºƒ y(y:
"€€B~[256B] edge_8_bn2a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hô­¹ñºƒ¯

RecvTensor÷­¹ñºƒ h(h:
"€€B}[256B] edge_9_bn2a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H÷­¹ñºƒº

RecvTensorú­¹ñºƒ º(º:"€€€€Bƒ[65536B] edge_10_res2a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hú­¹ñºƒ³

RecvTensorı­¹ñºƒ b(b:
"€€B€[1024B] edge_11_bn2a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hı­¹ñºƒ±

RecvTensor€®¹ñºƒ k(k:
"€€B[1024B] edge_12_bn2a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H€®¹ñºƒ¹

RecvTensorƒ®¹ñºƒ à(à:"€€€€B‚[65536B] edge_13_res2a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hƒ®¹ñºƒ±

RecvTensor†®¹ñºƒ ~(~:
"€€B[1024B] edge_14_bn2a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H†®¹ñºƒ°

RecvTensor‰®¹ñºƒ ^(^:
"€€B~[1024B] edge_15_bn2a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‰®¹ñºƒº

RecvTensorŒ®¹ñºƒ ˆ(ˆ:"€€€€Bƒ[65536B] edge_16_res2b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŒ®¹ñºƒ±

RecvTensor®¹ñºƒ k(k:
"€€B[256B] edge_17_bn2b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H®¹ñºƒ°

RecvTensor’®¹ñºƒ e(e:
"€€B~[256B] edge_18_bn2b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H’®¹ñºƒ¹

RecvTensor•®¹ñºƒ ¾,(¾,:"€€	€€	B‚[0.1MB] edge_19_res2b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H•®¹ñºƒ±

RecvTensor—®¹ñºƒ l(l:
"€€B[256B] edge_20_bn2b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H—®¹ñºƒ°

RecvTensorš®¹ñºƒ o(o:
"€€B~[256B] edge_21_bn2b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hš®¹ñºƒº

RecvTensor®¹ñºƒ ¼(¼:"€€€€Bƒ[65536B] edge_22_res2b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H®¹ñºƒ³

RecvTensor ®¹ñºƒ t(t:
"€€B€[1024B] edge_23_bn2b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H ®¹ñºƒ±

RecvTensor£®¹ñºƒ Y(Y:
"€€B[1024B] edge_24_bn2b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H£®¹ñºƒº

RecvTensor¦®¹ñºƒ ˆ(ˆ:"€€€€Bƒ[65536B] edge_25_res2c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¦®¹ñºƒ±

RecvTensor©®¹ñºƒ c(c:
"€€B[256B] edge_26_bn2c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H©®¹ñºƒ°

RecvTensor¬®¹ñºƒ x(x:
"€€B~[256B] edge_27_bn2c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¬®¹ñºƒ¹

RecvTensor®®¹ñºƒ „.(„.:"€€	€€	B‚[0.1MB] edge_28_res2c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H®®¹ñºƒ±

RecvTensor±®¹ñºƒ [([:
"€€B[256B] edge_29_bn2c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H±®¹ñºƒ°

RecvTensor´®¹ñºƒ d(d:
"€€B~[256B] edge_30_bn2c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H´®¹ñºƒº

RecvTensor·®¹ñºƒ À(À:"€€€€Bƒ[65536B] edge_31_res2c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H·®¹ñºƒ³

RecvTensorº®¹ñºƒ k(k:
"€€B€[1024B] edge_32_bn2c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hº®¹ñºƒ±

RecvTensor½®¹ñºƒ s(s:
"€€B[1024B] edge_33_bn2c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H½®¹ñºƒ¹

RecvTensorÀ®¹ñºƒ –)(–):"€€€€B‚[0.1MB] edge_34_res3a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÀ®¹ñºƒ±

RecvTensorÃ®¹ñºƒ i(i:
"€€B[512B] edge_35_bn3a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÃ®¹ñºƒ°

RecvTensorÆ®¹ñºƒ t(t:
"€€B~[512B] edge_36_bn3a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÆ®¹ñºƒ»

RecvTensorÉ®¹ñºƒ Ş—(Ş—:"€€$€€$B‚[0.6MB] edge_37_res3a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÉ®¹ñºƒ³

RecvTensorÌ®¹ñºƒ …(…:
"€€B[512B] edge_38_bn3a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÌ®¹ñºƒ°

RecvTensorÏ®¹ñºƒ a(a:
"€€B~[512B] edge_39_bn3a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÏ®¹ñºƒ¹

RecvTensorÒ®¹ñºƒ ğM(ğM:"€€€€B‚[0.2MB] edge_40_res3a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÒ®¹ñºƒ³

RecvTensorÕ®¹ñºƒ p(p:
"€€B€[2048B] edge_41_bn3a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÕ®¹ñºƒ³

RecvTensorØ®¹ñºƒ ›(›:
"€€B[2048B] edge_42_bn3a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HØ®¹ñºƒº

RecvTensorÛ®¹ñºƒ ¬‰(¬‰:"€€ €€ B[0.5MB] edge_43_res3a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÛ®¹ñºƒ³

RecvTensorŞ®¹ñºƒ „(„:
"€€B[2048B] edge_44_bn3a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŞ®¹ñºƒ²

RecvTensorá®¹ñºƒ (:
"€€B~[2048B] edge_45_bn3a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Há®¹ñºƒ¹

RecvTensorä®¹ñºƒ æM(æM:"€€€€B‚[0.2MB] edge_46_res3b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hä®¹ñºƒ±

RecvTensoræ®¹ñºƒ u(u:
"€€B[512B] edge_47_bn3b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hæ®¹ñºƒ°

RecvTensoré®¹ñºƒ i(i:
"€€B~[512B] edge_48_bn3b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hé®¹ñºƒ»

RecvTensorì®¹ñºƒ ó—(ó—:"€€$€€$B‚[0.6MB] edge_49_res3b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hì®¹ñºƒ±

RecvTensorï®¹ñºƒ q(q:
"€€B[512B] edge_50_bn3b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hï®¹ñºƒ°

RecvTensoró®¹ñºƒ g(g:
"€€B~[512B] edge_51_bn3b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hó®¹ñºƒ¹

RecvTensorõ®¹ñºƒ õM(õM:"€€€€B‚[0.2MB] edge_52_res3b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hõ®¹ñºƒµ

RecvTensorø®¹ñºƒ (:
"€€B€[2048B] edge_53_bn3b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hø®¹ñºƒ³

RecvTensorû®¹ñºƒ ‚(‚:
"€€B[2048B] edge_54_bn3b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hû®¹ñºƒ¹

RecvTensorş®¹ñºƒ ùM(ùM:"€€€€B‚[0.2MB] edge_55_res3c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hş®¹ñºƒ±

RecvTensor¯¹ñºƒ _(_:
"€€B[512B] edge_56_bn3c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¯¹ñºƒ°

RecvTensor„¯¹ñºƒ ^(^:
"€€B~[512B] edge_57_bn3c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H„¯¹ñºƒ»

RecvTensor‡¯¹ñºƒ ÿ—(ÿ—:"€€$€€$B‚[0.6MB] edge_58_res3c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‡¯¹ñºƒ±

RecvTensorŠ¯¹ñºƒ r(r:
"€€B[512B] edge_59_bn3c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŠ¯¹ñºƒ°

RecvTensor¯¹ñºƒ a(a:
"€€B~[512B] edge_60_bn3c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¯¹ñºƒ¹

RecvTensor¯¹ñºƒ N(N:"€€€€B‚[0.2MB] edge_61_res3c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¯¹ñºƒµ

RecvTensor“¯¹ñºƒ —(—:
"€€B€[2048B] edge_62_bn3c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H“¯¹ñºƒ³

RecvTensor–¯¹ñºƒ „(„:
"€€B[2048B] edge_63_bn3c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H–¯¹ñºƒ¹

RecvTensor™¯¹ñºƒ §N(§N:"€€€€B‚[0.2MB] edge_64_res3d_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H™¯¹ñºƒ±

RecvTensorœ¯¹ñºƒ r(r:
"€€B[512B] edge_65_bn3d_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hœ¯¹ñºƒ°

RecvTensorŸ¯¹ñºƒ m(m:
"€€B~[512B] edge_66_bn3d_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŸ¯¹ñºƒ»

RecvTensor¢¯¹ñºƒ €˜(€˜:"€€$€€$B‚[0.6MB] edge_67_res3d_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¢¯¹ñºƒ±

RecvTensor¥¯¹ñºƒ x(x:
"€€B[512B] edge_68_bn3d_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¥¯¹ñºƒ°

RecvTensor¨¯¹ñºƒ k(k:
"€€B~[512B] edge_69_bn3d_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¨¯¹ñºƒ¹

RecvTensor«¯¹ñºƒ ·N(·N:"€€€€B‚[0.2MB] edge_70_res3d_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H«¯¹ñºƒµ

RecvTensor®¯¹ñºƒ  ( :
"€€B€[2048B] edge_71_bn3d_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H®¯¹ñºƒ³

RecvTensor±¯¹ñºƒ «(«:
"€€B[2048B] edge_72_bn3d_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H±¯¹ñºƒ»

RecvTensor³¯¹ñºƒ Š(Š:"€€ €€ B‚[0.5MB] edge_73_res4a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H³¯¹ñºƒ³

RecvTensor·¯¹ñºƒ (:
"€€B€[1024B] edge_74_bn4a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H·¯¹ñºƒ³

RecvTensorº¯¹ñºƒ ‹(‹:
"€€B[1024B] edge_75_bn4a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hº¯¹ñºƒ½

RecvTensor½¯¹ñºƒ š…(š…:"
€€€€B‚[2.2MB] edge_76_res4a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H½¯¹ñºƒµ

RecvTensorÀ¯¹ñºƒ ƒ(ƒ:
"€€B€[1024B] edge_77_bn4a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÀ¯¹ñºƒ±

RecvTensorÃ¯¹ñºƒ {({:
"€€B[1024B] edge_78_bn4a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÃ¯¹ñºƒ»

RecvTensorÆ¯¹ñºƒ æî(æî:"€€@€€@B‚[1.0MB] edge_79_res4a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÆ¯¹ñºƒµ

RecvTensorÉ¯¹ñºƒ ú(ú:
"€ € B€[4096B] edge_80_bn4a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÉ¯¹ñºƒ³

RecvTensorÌ¯¹ñºƒ (:
"€ € B[4096B] edge_81_bn4a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÌ¯¹ñºƒ¼

RecvTensorĞ¯¹ñºƒ ìé(ìé:"
€€€€€€B[2.0MB] edge_82_res4a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HĞ¯¹ñºƒ³

RecvTensorÒ¯¹ñºƒ “(“:
"€ € B[4096B] edge_83_bn4a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÒ¯¹ñºƒ²

RecvTensorÕ¯¹ñºƒ ü(ü:
"€ € B~[4096B] edge_84_bn4a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÕ¯¹ñºƒ»

RecvTensorØ¯¹ñºƒ Íî(Íî:"€€@€€@B‚[1.0MB] edge_85_res4b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HØ¯¹ñºƒµ

RecvTensorÛ¯¹ñºƒ ™(™:
"€€B€[1024B] edge_86_bn4b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÛ¯¹ñºƒ³

RecvTensorŞ¯¹ñºƒ Š(Š:
"€€B[1024B] edge_87_bn4b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŞ¯¹ñºƒ½

RecvTensorá¯¹ñºƒ Œ…(Œ…:"
€€€€B‚[2.2MB] edge_88_res4b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Há¯¹ñºƒ³

RecvTensorä¯¹ñºƒ w(w:
"€€B€[1024B] edge_89_bn4b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hä¯¹ñºƒ±

RecvTensorç¯¹ñºƒ n(n:
"€€B[1024B] edge_90_bn4b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hç¯¹ñºƒ»

RecvTensorê¯¹ñºƒ Õî(Õî:"€€@€€@B‚[1.0MB] edge_91_res4b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hê¯¹ñºƒµ

RecvTensorí¯¹ñºƒ ©(©:
"€ € B€[4096B] edge_92_bn4b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hí¯¹ñºƒ³

RecvTensorğ¯¹ñºƒ ”(”:
"€ € B[4096B] edge_93_bn4b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hğ¯¹ñºƒ»

RecvTensoró¯¹ñºƒ Æî(Æî:"€€@€€@B‚[1.0MB] edge_94_res4c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hó¯¹ñºƒµ

RecvTensorö¯¹ñºƒ †(†:
"€€B€[1024B] edge_95_bn4c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hö¯¹ñºƒ³

RecvTensorù¯¹ñºƒ œ(œ:
"€€B[1024B] edge_96_bn4c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hù¯¹ñºƒ½

RecvTensorü¯¹ñºƒ ö„(ö„:"
€€€€B‚[2.2MB] edge_97_res4c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hü¯¹ñºƒµ

RecvTensorÿ¯¹ñºƒ ˆ(ˆ:
"€€B€[1024B] edge_98_bn4c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hÿ¯¹ñºƒ³

RecvTensor‚°¹ñºƒ •(•:
"€€B[1024B] edge_99_bn4c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‚°¹ñºƒ¼

RecvTensor…°¹ñºƒ Æî(Æî:"€€@€€@Bƒ[1.0MB] edge_100_res4c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H…°¹ñºƒ¶

RecvTensorˆ°¹ñºƒ Ç(Ç:
"€ € B[4096B] edge_101_bn4c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hˆ°¹ñºƒµ

RecvTensor‹°¹ñºƒ •(•:
"€ € B€[4096B] edge_102_bn4c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‹°¹ñºƒ¼

RecvTensor°¹ñºƒ Éî(Éî:"€€@€€@Bƒ[1.0MB] edge_103_res4d_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H°¹ñºƒ¶

RecvTensor‘°¹ñºƒ •(•:
"€€B[1024B] edge_104_bn4d_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‘°¹ñºƒ³

RecvTensor”°¹ñºƒ {({:
"€€B€[1024B] edge_105_bn4d_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H”°¹ñºƒ¾

RecvTensor—°¹ñºƒ è„(è„:"
€€€€Bƒ[2.2MB] edge_106_res4d_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H—°¹ñºƒ¶

RecvTensorš°¹ñºƒ ©(©:
"€€B[1024B] edge_107_bn4d_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hš°¹ñºƒµ

RecvTensor°¹ñºƒ (:
"€€B€[1024B] edge_108_bn4d_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H°¹ñºƒ¼

RecvTensor¡°¹ñºƒ ¸î(¸î:"€€@€€@Bƒ[1.0MB] edge_109_res4d_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¡°¹ñºƒ¶

RecvTensor£°¹ñºƒ °(°:
"€ € B[4096B] edge_110_bn4d_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H£°¹ñºƒµ

RecvTensor¦°¹ñºƒ ¬(¬:
"€ € B€[4096B] edge_111_bn4d_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¦°¹ñºƒ¼

RecvTensor©°¹ñºƒ ¿î(¿î:"€€@€€@Bƒ[1.0MB] edge_112_res4e_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H©°¹ñºƒ¶

RecvTensor¬°¹ñºƒ ”(”:
"€€B[1024B] edge_113_bn4e_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¬°¹ñºƒµ

RecvTensor¯°¹ñºƒ •(•:
"€€B€[1024B] edge_114_bn4e_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¯°¹ñºƒ¾

RecvTensor³°¹ñºƒ Ò„(Ò„:"
€€€€Bƒ[2.2MB] edge_115_res4e_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H³°¹ñºƒ¶

RecvTensor¶°¹ñºƒ (:
"€€B[1024B] edge_116_bn4e_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¶°¹ñºƒµ

RecvTensor¹°¹ñºƒ (:
"€€B€[1024B] edge_117_bn4e_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¹°¹ñºƒ¼

RecvTensor¼°¹ñºƒ ¯î(¯î:"€€@€€@Bƒ[1.0MB] edge_118_res4e_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¼°¹ñºƒ¶

RecvTensor¿°¹ñºƒ Û(Û:
"€ € B[4096B] edge_119_bn4e_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¿°¹ñºƒµ

RecvTensorÂ°¹ñºƒ Ç(Ç:
"€ € B€[4096B] edge_120_bn4e_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÂ°¹ñºƒ¼

RecvTensorÅ°¹ñºƒ ¬î(¬î:"€€@€€@Bƒ[1.0MB] edge_121_res4f_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÅ°¹ñºƒ¶

RecvTensorÈ°¹ñºƒ ™(™:
"€€B[1024B] edge_122_bn4f_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÈ°¹ñºƒµ

RecvTensorÊ°¹ñºƒ €(€:
"€€B€[1024B] edge_123_bn4f_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÊ°¹ñºƒ¾

RecvTensorÎ°¹ñºƒ ¹„(¹„:"
€€€€Bƒ[2.2MB] edge_124_res4f_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÎ°¹ñºƒ¶

RecvTensorÑ°¹ñºƒ ¢(¢:
"€€B[1024B] edge_125_bn4f_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÑ°¹ñºƒµ

RecvTensorÓ°¹ñºƒ ‹(‹:
"€€B€[1024B] edge_126_bn4f_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÓ°¹ñºƒ¼

RecvTensorÖ°¹ñºƒ •î(•î:"€€@€€@Bƒ[1.0MB] edge_127_res4f_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÖ°¹ñºƒ¶

RecvTensorÙ°¹ñºƒ å(å:
"€ € B[4096B] edge_128_bn4f_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÙ°¹ñºƒµ

RecvTensorÜ°¹ñºƒ Ñ(Ñ:
"€ € B€[4096B] edge_129_bn4f_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÜ°¹ñºƒ¾

RecvTensorß°¹ñºƒ é(é:"
€€€€€€Bƒ[2.0MB] edge_130_res5a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hß°¹ñºƒ¶

RecvTensorâ°¹ñºƒ æ(æ:
"€€B[2048B] edge_131_bn5a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hâ°¹ñºƒµ

RecvTensorå°¹ñºƒ Õ(Õ:
"€€B€[2048B] edge_132_bn5a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hå°¹ñºƒ¾

RecvTensorè°¹ñºƒ ã—(ã—:"
€€À€€ÀBƒ[9.0MB] edge_133_res5a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hè°¹ñºƒ¶

RecvTensorë°¹ñºƒ Û(Û:
"€€B[2048B] edge_134_bn5a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hë°¹ñºƒµ

RecvTensorî°¹ñºƒ ï(ï:
"€€B€[2048B] edge_135_bn5a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hî°¹ñºƒ¾

RecvTensorñ°¹ñºƒ æû(æû:"
€€€€€€Bƒ[4.0MB] edge_136_res5a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hñ°¹ñºƒ¶

RecvTensorô°¹ñºƒ (:
"€@€@B[8192B] edge_137_bn5a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hô°¹ñºƒµ

RecvTensor÷°¹ñºƒ (:
"€@€@B€[8192B] edge_138_bn5a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H÷°¹ñºƒ½

RecvTensorú°¹ñºƒ “ƒ(“ƒ:"
€€€€€€B‚[8.0MB] edge_139_res5a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hú°¹ñºƒµ

RecvTensorı°¹ñºƒ ›(›:
"€@€@B€[8192B] edge_140_bn5a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hı°¹ñºƒ³

RecvTensor€±¹ñºƒ ¬(¬:
"€@€@B[8192B] edge_141_bn5a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H€±¹ñºƒ¾

RecvTensorƒ±¹ñºƒ Ùû(Ùû:"
€€€€€€Bƒ[4.0MB] edge_142_res5b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hƒ±¹ñºƒ¶

RecvTensor†±¹ñºƒ é(é:
"€€B[2048B] edge_143_bn5b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H†±¹ñºƒµ

RecvTensorˆ±¹ñºƒ Ì(Ì:
"€€B€[2048B] edge_144_bn5b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hˆ±¹ñºƒ¾

RecvTensorŒ±¹ñºƒ À—(À—:"
€€À€€ÀBƒ[9.0MB] edge_145_res5b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŒ±¹ñºƒ¶

RecvTensor±¹ñºƒ ñ(ñ:
"€€B[2048B] edge_146_bn5b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H±¹ñºƒµ

RecvTensor’±¹ñºƒ í(í:
"€€B€[2048B] edge_147_bn5b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H’±¹ñºƒ¾

RecvTensor•±¹ñºƒ Éû(Éû:"
€€€€€€Bƒ[4.0MB] edge_148_res5b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H•±¹ñºƒ¶

RecvTensor˜±¹ñºƒ (:
"€@€@B[8192B] edge_149_bn5b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H˜±¹ñºƒµ

RecvTensor›±¹ñºƒ (:
"€@€@B€[8192B] edge_150_bn5b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H›±¹ñºƒ¾

RecvTensor±¹ñºƒ ¿û(¿û:"
€€€€€€Bƒ[4.0MB] edge_151_res5c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H±¹ñºƒ¶

RecvTensor¡±¹ñºƒ ó(ó:
"€€B[2048B] edge_152_bn5c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¡±¹ñºƒµ

RecvTensor¤±¹ñºƒ Û(Û:
"€€B€[2048B] edge_153_bn5c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¤±¹ñºƒ¾

RecvTensor§±¹ñºƒ ¦—(¦—:"
€€À€€ÀBƒ[9.0MB] edge_154_res5c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H§±¹ñºƒ¶

RecvTensor©±¹ñºƒ æ(æ:
"€€B[2048B] edge_155_bn5c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H©±¹ñºƒµ

RecvTensor¬±¹ñºƒ î(î:
"€€B€[2048B] edge_156_bn5c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¬±¹ñºƒ¾

RecvTensor¯±¹ñºƒ °û(°û:"
€€€€€€Bƒ[4.0MB] edge_157_res5c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¯±¹ñºƒ¶

RecvTensor²±¹ñºƒ ˜(˜:
"€@€@B[8192B] edge_158_bn5c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H²±¹ñºƒµ

RecvTensorµ±¹ñºƒ (:
"€@€@B€[8192B] edge_159_bn5c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hµ±¹ñºƒµ

RecvTensor¸±¹ñºƒ Çı(Çı:"
€€ô€€ôB{[7.8MB] edge_160_fc1000/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¸±¹ñºƒ­

RecvTensor»±¹ñºƒ ¿(¿:
"  By[4000B] edge_161_fc1000/bias/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H»±¹ñºƒ\
conv1/Conv2DÏ®¹ñºƒ ğ(ğB2conv1/Conv2D = Conv2D(input, conv1/kernel/read_S1)HÏ®¹ñºƒP 
bn_conv1/FusedBatchNormV3¿´¹ñºƒ Ã(ÃBibn_conv1/FusedBatchNormV3 = FusedBatchNormV3(conv1/Conv2D, bn_conv1/gamma/read_S2, bn_conv1/beta/read_S3)H¿´¹ñºƒP^
conv1_relu/Relu‚¸¹ñºƒ ¢(¢B1conv1_relu/Relu = Relu(bn_conv1/FusedBatchNormV3)H‚¸¹ñºƒPS
pool1/MaxPool¤º¹ñºƒ Æ(ÆB(pool1/MaxPool = MaxPool(conv1_relu/Relu)H¤º¹ñºƒP}
res2a_branch2a/Conv2Dê»¹ñºƒ [([BLres2a_branch2a/Conv2D = Conv2D(pool1/MaxPool, res2a_branch2a/kernel/read_S4)Hê»¹ñºƒP¼
bn2a_branch2a/FusedBatchNormV3Å¼¹ñºƒ }(}Bbn2a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch2a/Conv2D, bn2a_branch2a/gamma/read_S5, bn2a_branch2a/beta/read_S6)HÅ¼¹ñºƒPs
res2a_branch2a_relu/ReluÂ½¹ñºƒ P(PB?res2a_branch2a_relu/Relu = Relu(bn2a_branch2a/FusedBatchNormV3)HÂ½¹ñºƒPŠ
res2a_branch2b/Conv2DŠÙ¹ñºƒ ë(ëBWres2a_branch2b/Conv2D = Conv2D(res2a_branch2a_relu/Relu, res2a_branch2b/kernel/read_S7)HŠÙ¹ñºƒP¼
bn2a_branch2b/FusedBatchNormV3õŞ¹ñºƒ ~(~Bbn2a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch2b/Conv2D, bn2a_branch2b/gamma/read_S8, bn2a_branch2b/beta/read_S9)HõŞ¹ñºƒPs
res2a_branch2b_relu/Reluóß¹ñºƒ S(SB?res2a_branch2b_relu/Relu = Relu(bn2a_branch2b/FusedBatchNormV3)Hóß¹ñºƒP‹
res2a_branch2c/Conv2DÆà¹ñºƒ Õ(ÕBXres2a_branch2c/Conv2D = Conv2D(res2a_branch2b_relu/Relu, res2a_branch2c/kernel/read_S10)HÆà¹ñºƒPÀ
bn2a_branch2c/FusedBatchNormV3›ã¹ñºƒ Õ(ÕBƒbn2a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch2c/Conv2D, bn2a_branch2c/gamma/read_S11, bn2a_branch2c/beta/read_S12)H›ã¹ñºƒP}
res2a_branch1/Conv2Dğæ¹ñºƒ É(ÉBKres2a_branch1/Conv2D = Conv2D(pool1/MaxPool, res2a_branch1/kernel/read_S13)Hğæ¹ñºƒPº
bn2a_branch1/FusedBatchNormV3¹é¹ñºƒ Å(ÅBbn2a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch1/Conv2D, bn2a_branch1/gamma/read_S14, bn2a_branch1/beta/read_S15)H¹é¹ñºƒPw
	res2a/addşì¹ñºƒ »(»BPres2a/add = AddV2(bn2a_branch2c/FusedBatchNormV3, bn2a_branch1/FusedBatchNormV3)Hşì¹ñºƒPN
res2a_relu/Relu¹ğ¹ñºƒ «(«B!res2a_relu/Relu = Relu(res2a/add)H¹ğ¹ñºƒP‚
res2b_branch2a/Conv2Däò¹ñºƒ Ó(ÓBOres2b_branch2a/Conv2D = Conv2D(res2a_relu/Relu, res2b_branch2a/kernel/read_S16)Häò¹ñºƒP¾
bn2b_branch2a/FusedBatchNormV3·õ¹ñºƒ x(xBƒbn2b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res2b_branch2a/Conv2D, bn2b_branch2a/gamma/read_S17, bn2b_branch2a/beta/read_S18)H·õ¹ñºƒPs
res2b_branch2a_relu/Relu¯ö¹ñºƒ P(PB?res2b_branch2a_relu/Relu = Relu(bn2b_branch2a/FusedBatchNormV3)H¯ö¹ñºƒP‹
res2b_branch2b/Conv2Dÿö¹ñºƒ ø(øBXres2b_branch2b/Conv2D = Conv2D(res2b_branch2a_relu/Relu, res2b_branch2b/kernel/read_S19)Hÿö¹ñºƒP¾
bn2b_branch2b/FusedBatchNormV3÷ü¹ñºƒ ~(~Bƒbn2b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res2b_branch2b/Conv2D, bn2b_branch2b/gamma/read_S20, bn2b_branch2b/beta/read_S21)H÷ü¹ñºƒPs
res2b_branch2b_relu/Reluõı¹ñºƒ Q(QB?res2b_branch2b_relu/Relu = Relu(bn2b_branch2b/FusedBatchNormV3)Hõı¹ñºƒP‹
res2b_branch2c/Conv2DÆş¹ñºƒ Í(ÍBXres2b_branch2c/Conv2D = Conv2D(res2b_branch2b_relu/Relu, res2b_branch2c/kernel/read_S22)HÆş¹ñºƒPÀ
bn2b_branch2c/FusedBatchNormV3“ºñºƒ º(ºBƒbn2b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res2b_branch2c/Conv2D, bn2b_branch2c/gamma/read_S23, bn2b_branch2c/beta/read_S24)H“ºñºƒPi
	res2b/addÍ„ºñºƒ Í(ÍBBres2b/add = AddV2(bn2b_branch2c/FusedBatchNormV3, res2a_relu/Relu)HÍ„ºñºƒPN
res2b_relu/Relušˆºñºƒ ¤(¤B!res2b_relu/Relu = Relu(res2b/add)HšˆºñºƒP‚
res2c_branch2a/Conv2D¾Šºñºƒ Ó(ÓBOres2c_branch2a/Conv2D = Conv2D(res2b_relu/Relu, res2c_branch2a/kernel/read_S25)H¾ŠºñºƒP¾
bn2c_branch2a/FusedBatchNormV3‘ºñºƒ z(zBƒbn2c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res2c_branch2a/Conv2D, bn2c_branch2a/gamma/read_S26, bn2c_branch2a/beta/read_S27)H‘ºñºƒPs
res2c_branch2a_relu/Relu‹ºñºƒ V(VB?res2c_branch2a_relu/Relu = Relu(bn2c_branch2a/FusedBatchNormV3)H‹ºñºƒP‹
res2c_branch2b/Conv2Dáºñºƒ (BXres2c_branch2b/Conv2D = Conv2D(res2c_branch2a_relu/Relu, res2c_branch2b/kernel/read_S28)HáºñºƒP¾
bn2c_branch2b/FusedBatchNormV3ñ”ºñºƒ {({Bƒbn2c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res2c_branch2b/Conv2D, bn2c_branch2b/gamma/read_S29, bn2c_branch2b/beta/read_S30)Hñ”ºñºƒPs
res2c_branch2b_relu/Reluì•ºñºƒ R(RB?res2c_branch2b_relu/Relu = Relu(bn2c_branch2b/FusedBatchNormV3)Hì•ºñºƒP‹
res2c_branch2c/Conv2D¾–ºñºƒ ß(ßBXres2c_branch2c/Conv2D = Conv2D(res2c_branch2b_relu/Relu, res2c_branch2c/kernel/read_S31)H¾–ºñºƒPÀ
bn2c_branch2c/FusedBatchNormV3™ºñºƒ Å(ÅBƒbn2c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res2c_branch2c/Conv2D, bn2c_branch2c/gamma/read_S32, bn2c_branch2c/beta/read_S33)H™ºñºƒPi
	res2c/addâœºñºƒ ¿(¿BBres2c/add = AddV2(bn2c_branch2c/FusedBatchNormV3, res2b_relu/Relu)HâœºñºƒPN
res2c_relu/Relu¡ ºñºƒ À(ÀB!res2c_relu/Relu = Relu(res2c/add)H¡ ºñºƒP‚
res3a_branch2a/Conv2Dá¢ºñºƒ  ( BOres3a_branch2a/Conv2D = Conv2D(res2c_relu/Relu, res3a_branch2a/kernel/read_S34)Há¢ºñºƒPÀ
bn3a_branch2a/FusedBatchNormV3¨ºñºƒ ë(ëBƒbn3a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch2a/Conv2D, bn3a_branch2a/gamma/read_S35, bn3a_branch2a/beta/read_S36)H¨ºñºƒPu
res3a_branch2a_relu/Reluì©ºñºƒ š(šB?res3a_branch2a_relu/Relu = Relu(bn3a_branch2a/FusedBatchNormV3)Hì©ºñºƒP‹
res3a_branch2b/Conv2D§Æºñºƒ ö(öBXres3a_branch2b/Conv2D = Conv2D(res3a_branch2a_relu/Relu, res3a_branch2b/kernel/read_S37)H§ÆºñºƒP¾
bn3a_branch2b/FusedBatchNormV3Ìºñºƒ ?(?Bƒbn3a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch2b/Conv2D, bn3a_branch2b/gamma/read_S38, bn3a_branch2b/beta/read_S39)HÌºñºƒPs
res3a_branch2b_relu/ReluÜÌºñºƒ *(*B?res3a_branch2b_relu/Relu = Relu(bn3a_branch2b/FusedBatchNormV3)HÜÌºñºƒP‹
res3a_branch2c/Conv2D†Íºñºƒ Ü(ÜBXres3a_branch2c/Conv2D = Conv2D(res3a_branch2b_relu/Relu, res3a_branch2c/kernel/read_S40)H†ÍºñºƒPÀ
bn3a_branch2c/FusedBatchNormV3âÏºñºƒ ê(êBƒbn3a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch2c/Conv2D, bn3a_branch2c/gamma/read_S41, bn3a_branch2c/beta/read_S42)HâÏºñºƒP
res3a_branch1/Conv2DÌÑºñºƒ ¢(¢BMres3a_branch1/Conv2D = Conv2D(res2c_relu/Relu, res3a_branch1/kernel/read_S43)HÌÑºñºƒPº
bn3a_branch1/FusedBatchNormV3îÖºñºƒ ï(ïBbn3a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch1/Conv2D, bn3a_branch1/gamma/read_S44, bn3a_branch1/beta/read_S45)HîÖºñºƒPw
	res3a/addİØºñºƒ ñ(ñBPres3a/add = AddV2(bn3a_branch2c/FusedBatchNormV3, bn3a_branch1/FusedBatchNormV3)HİØºñºƒPN
res3a_relu/ReluÎÚºñºƒ (B!res3a_relu/Relu = Relu(res3a/add)HÎÚºñºƒP‚
res3b_branch2a/Conv2DŞÛºñºƒ ë(ëBOres3b_branch2a/Conv2D = Conv2D(res3a_relu/Relu, res3b_branch2a/kernel/read_S46)HŞÛºñºƒP¾
bn3b_branch2a/FusedBatchNormV3ÉŞºñºƒ =(=Bƒbn3b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3b_branch2a/Conv2D, bn3b_branch2a/gamma/read_S47, bn3b_branch2a/beta/read_S48)HÉŞºñºƒPs
res3b_branch2a_relu/Relu†ßºñºƒ /(/B?res3b_branch2a_relu/Relu = Relu(bn3b_branch2a/FusedBatchNormV3)H†ßºñºƒP‹
res3b_branch2b/Conv2Dµßºñºƒ œ(œBXres3b_branch2b/Conv2D = Conv2D(res3b_branch2a_relu/Relu, res3b_branch2b/kernel/read_S49)HµßºñºƒP¾
bn3b_branch2b/FusedBatchNormV3Ñåºñºƒ @(@Bƒbn3b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3b_branch2b/Conv2D, bn3b_branch2b/gamma/read_S50, bn3b_branch2b/beta/read_S51)HÑåºñºƒPs
res3b_branch2b_relu/Relu‘æºñºƒ .(.B?res3b_branch2b_relu/Relu = Relu(bn3b_branch2b/FusedBatchNormV3)H‘æºñºƒP‹
res3b_branch2c/Conv2D¿æºñºƒ Ù(ÙBXres3b_branch2c/Conv2D = Conv2D(res3b_branch2b_relu/Relu, res3b_branch2c/kernel/read_S52)H¿æºñºƒPÀ
bn3b_branch2c/FusedBatchNormV3˜éºñºƒ à(àBƒbn3b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3b_branch2c/Conv2D, bn3b_branch2c/gamma/read_S53, bn3b_branch2c/beta/read_S54)H˜éºñºƒPi
	res3b/addøêºñºƒ ç(çBBres3b/add = AddV2(bn3b_branch2c/FusedBatchNormV3, res3a_relu/Relu)HøêºñºƒPN
res3b_relu/Relußìºñºƒ (B!res3b_relu/Relu = Relu(res3b/add)HßìºñºƒP‚
res3c_branch2a/Conv2Dıíºñºƒ Î(ÎBOres3c_branch2a/Conv2D = Conv2D(res3b_relu/Relu, res3c_branch2a/kernel/read_S55)HıíºñºƒP¾
bn3c_branch2a/FusedBatchNormV3Ëğºñºƒ ?(?Bƒbn3c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3c_branch2a/Conv2D, bn3c_branch2a/gamma/read_S56, bn3c_branch2a/beta/read_S57)HËğºñºƒPs
res3c_branch2a_relu/ReluŠñºñºƒ 2(2B?res3c_branch2a_relu/Relu = Relu(bn3c_branch2a/FusedBatchNormV3)HŠñºñºƒP‹
res3c_branch2b/Conv2D¼ñºñºƒ •(•BXres3c_branch2b/Conv2D = Conv2D(res3c_branch2a_relu/Relu, res3c_branch2b/kernel/read_S58)H¼ñºñºƒP¾
bn3c_branch2b/FusedBatchNormV3Ñ÷ºñºƒ ?(?Bƒbn3c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3c_branch2b/Conv2D, bn3c_branch2b/gamma/read_S59, bn3c_branch2b/beta/read_S60)HÑ÷ºñºƒPs
res3c_branch2b_relu/Reluøºñºƒ -(-B?res3c_branch2b_relu/Relu = Relu(bn3c_branch2b/FusedBatchNormV3)HøºñºƒP‹
res3c_branch2c/Conv2D½øºñºƒ Ü(ÜBXres3c_branch2c/Conv2D = Conv2D(res3c_branch2b_relu/Relu, res3c_branch2c/kernel/read_S61)H½øºñºƒPÀ
bn3c_branch2c/FusedBatchNormV3™ûºñºƒ ì(ìBƒbn3c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3c_branch2c/Conv2D, bn3c_branch2c/gamma/read_S62, bn3c_branch2c/beta/read_S63)H™ûºñºƒPi
	res3c/add…ıºñºƒ á(áBBres3c/add = AddV2(bn3c_branch2c/FusedBatchNormV3, res3b_relu/Relu)H…ıºñºƒPN
res3c_relu/Reluæşºñºƒ  ( B!res3c_relu/Relu = Relu(res3c/add)HæşºñºƒP‚
res3d_branch2a/Conv2D†€»ñºƒ Ü(ÜBOres3d_branch2a/Conv2D = Conv2D(res3c_relu/Relu, res3d_branch2a/kernel/read_S64)H†€»ñºƒP¾
bn3d_branch2a/FusedBatchNormV3â‚»ñºƒ =(=Bƒbn3d_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3d_branch2a/Conv2D, bn3d_branch2a/gamma/read_S65, bn3d_branch2a/beta/read_S66)Hâ‚»ñºƒPs
res3d_branch2a_relu/ReluŸƒ»ñºƒ .(.B?res3d_branch2a_relu/Relu = Relu(bn3d_branch2a/FusedBatchNormV3)HŸƒ»ñºƒP‹
res3d_branch2b/Conv2DÍƒ»ñºƒ ß(ßBXres3d_branch2b/Conv2D = Conv2D(res3d_branch2a_relu/Relu, res3d_branch2b/kernel/read_S67)HÍƒ»ñºƒP¾
bn3d_branch2b/FusedBatchNormV3¬‰»ñºƒ D(DBƒbn3d_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3d_branch2b/Conv2D, bn3d_branch2b/gamma/read_S68, bn3d_branch2b/beta/read_S69)H¬‰»ñºƒPs
res3d_branch2b_relu/Reluğ‰»ñºƒ -(-B?res3d_branch2b_relu/Relu = Relu(bn3d_branch2b/FusedBatchNormV3)Hğ‰»ñºƒP‹
res3d_branch2c/Conv2DŠ»ñºƒ ò(òBXres3d_branch2c/Conv2D = Conv2D(res3d_branch2b_relu/Relu, res3d_branch2c/kernel/read_S70)HŠ»ñºƒPÀ
bn3d_branch2c/FusedBatchNormV3»ñºƒ ê(êBƒbn3d_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3d_branch2c/Conv2D, bn3d_branch2c/gamma/read_S71, bn3d_branch2c/beta/read_S72)H»ñºƒPi
	res3d/addù»ñºƒ ã(ãBBres3d/add = AddV2(bn3d_branch2c/FusedBatchNormV3, res3c_relu/Relu)Hù»ñºƒPN
res3d_relu/ReluÜ»ñºƒ ¡(¡B!res3d_relu/Relu = Relu(res3d/add)HÜ»ñºƒP‚
res4a_branch2a/Conv2Dı‘»ñºƒ Õ(ÕBOres4a_branch2a/Conv2D = Conv2D(res3d_relu/Relu, res4a_branch2a/kernel/read_S73)Hı‘»ñºƒP¾
bn4a_branch2a/FusedBatchNormV3Ò—»ñºƒ w(wBƒbn4a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch2a/Conv2D, bn4a_branch2a/gamma/read_S74, bn4a_branch2a/beta/read_S75)HÒ—»ñºƒPs
res4a_branch2a_relu/ReluÉ˜»ñºƒ O(OB?res4a_branch2a_relu/Relu = Relu(bn4a_branch2a/FusedBatchNormV3)HÉ˜»ñºƒP‹
res4a_branch2b/Conv2D×´¼ñºƒ ï(ïBXres4a_branch2b/Conv2D = Conv2D(res4a_branch2a_relu/Relu, res4a_branch2b/kernel/read_S76)H×´¼ñºƒP¾
bn4a_branch2b/FusedBatchNormV3Æº¼ñºƒ %(%Bƒbn4a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch2b/Conv2D, bn4a_branch2b/gamma/read_S77, bn4a_branch2b/beta/read_S78)HÆº¼ñºƒPs
res4a_branch2b_relu/Reluëº¼ñºƒ (B?res4a_branch2b_relu/Relu = Relu(bn4a_branch2b/FusedBatchNormV3)Hëº¼ñºƒP‹
res4a_branch2c/Conv2D†»¼ñºƒ á(áBXres4a_branch2c/Conv2D = Conv2D(res4a_branch2b_relu/Relu, res4a_branch2c/kernel/read_S79)H†»¼ñºƒP¾
bn4a_branch2c/FusedBatchNormV3ç½¼ñºƒ y(yBƒbn4a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch2c/Conv2D, bn4a_branch2c/gamma/read_S80, bn4a_branch2c/beta/read_S81)Hç½¼ñºƒP
res4a_branch1/Conv2Dà¾¼ñºƒ  ( BMres4a_branch1/Conv2D = Conv2D(res3d_relu/Relu, res4a_branch1/kernel/read_S82)Hà¾¼ñºƒP¸
bn4a_branch1/FusedBatchNormV3€Ä¼ñºƒ z(zBbn4a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch1/Conv2D, bn4a_branch1/gamma/read_S83, bn4a_branch1/beta/read_S84)H€Ä¼ñºƒPu
	res4a/addúÄ¼ñºƒ y(yBPres4a/add = AddV2(bn4a_branch2c/FusedBatchNormV3, bn4a_branch1/FusedBatchNormV3)HúÄ¼ñºƒPL
res4a_relu/ReluóÅ¼ñºƒ S(SB!res4a_relu/Relu = Relu(res4a/add)HóÅ¼ñºƒP‚
res4b_branch2a/Conv2DÆÆ¼ñºƒ Ğ(ĞBOres4b_branch2a/Conv2D = Conv2D(res4a_relu/Relu, res4b_branch2a/kernel/read_S85)HÆÆ¼ñºƒP¾
bn4b_branch2a/FusedBatchNormV3–É¼ñºƒ &(&Bƒbn4b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4b_branch2a/Conv2D, bn4b_branch2a/gamma/read_S86, bn4b_branch2a/beta/read_S87)H–É¼ñºƒPs
res4b_branch2a_relu/Relu¼É¼ñºƒ (B?res4b_branch2a_relu/Relu = Relu(bn4b_branch2a/FusedBatchNormV3)H¼É¼ñºƒP‹
res4b_branch2b/Conv2DÕÉ¼ñºƒ û(ûBXres4b_branch2b/Conv2D = Conv2D(res4b_branch2a_relu/Relu, res4b_branch2b/kernel/read_S88)HÕÉ¼ñºƒP¾
bn4b_branch2b/FusedBatchNormV3ĞÏ¼ñºƒ %(%Bƒbn4b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4b_branch2b/Conv2D, bn4b_branch2b/gamma/read_S89, bn4b_branch2b/beta/read_S90)HĞÏ¼ñºƒPs
res4b_branch2b_relu/ReluõÏ¼ñºƒ (B?res4b_branch2b_relu/Relu = Relu(bn4b_branch2b/FusedBatchNormV3)HõÏ¼ñºƒP‹
res4b_branch2c/Conv2DĞ¼ñºƒ á(áBXres4b_branch2c/Conv2D = Conv2D(res4b_branch2b_relu/Relu, res4b_branch2c/kernel/read_S91)HĞ¼ñºƒP¾
bn4b_branch2c/FusedBatchNormV3ğÒ¼ñºƒ r(rBƒbn4b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4b_branch2c/Conv2D, bn4b_branch2c/gamma/read_S92, bn4b_branch2c/beta/read_S93)HğÒ¼ñºƒPg
	res4b/addâÓ¼ñºƒ z(zBBres4b/add = AddV2(bn4b_branch2c/FusedBatchNormV3, res4a_relu/Relu)HâÓ¼ñºƒPL
res4b_relu/ReluÜÔ¼ñºƒ Q(QB!res4b_relu/Relu = Relu(res4b/add)HÜÔ¼ñºƒP‚
res4c_branch2a/Conv2D­Õ¼ñºƒ Ñ(ÑBOres4c_branch2a/Conv2D = Conv2D(res4b_relu/Relu, res4c_branch2a/kernel/read_S94)H­Õ¼ñºƒP¾
bn4c_branch2a/FusedBatchNormV3ş×¼ñºƒ %(%Bƒbn4c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4c_branch2a/Conv2D, bn4c_branch2a/gamma/read_S95, bn4c_branch2a/beta/read_S96)Hş×¼ñºƒPs
res4c_branch2a_relu/Relu£Ø¼ñºƒ (B?res4c_branch2a_relu/Relu = Relu(bn4c_branch2a/FusedBatchNormV3)H£Ø¼ñºƒP‹
res4c_branch2b/Conv2D¼Ø¼ñºƒ å(åBXres4c_branch2b/Conv2D = Conv2D(res4c_branch2a_relu/Relu, res4c_branch2b/kernel/read_S97)H¼Ø¼ñºƒP¾
bn4c_branch2b/FusedBatchNormV3¡Ş¼ñºƒ #(#Bƒbn4c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4c_branch2b/Conv2D, bn4c_branch2b/gamma/read_S98, bn4c_branch2b/beta/read_S99)H¡Ş¼ñºƒPs
res4c_branch2b_relu/ReluÄŞ¼ñºƒ (B?res4c_branch2b_relu/Relu = Relu(bn4c_branch2b/FusedBatchNormV3)HÄŞ¼ñºƒPŒ
res4c_branch2c/Conv2DßŞ¼ñºƒ Õ(ÕBYres4c_branch2c/Conv2D = Conv2D(res4c_branch2b_relu/Relu, res4c_branch2c/kernel/read_S100)HßŞ¼ñºƒPÀ
bn4c_branch2c/FusedBatchNormV3´á¼ñºƒ {({B…bn4c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4c_branch2c/Conv2D, bn4c_branch2c/gamma/read_S101, bn4c_branch2c/beta/read_S102)H´á¼ñºƒPg
	res4c/add¯â¼ñºƒ z(zBBres4c/add = AddV2(bn4c_branch2c/FusedBatchNormV3, res4b_relu/Relu)H¯â¼ñºƒPL
res4c_relu/Relu©ã¼ñºƒ S(SB!res4c_relu/Relu = Relu(res4c/add)H©ã¼ñºƒPƒ
res4d_branch2a/Conv2Düã¼ñºƒ è(èBPres4d_branch2a/Conv2D = Conv2D(res4c_relu/Relu, res4d_branch2a/kernel/read_S103)Hüã¼ñºƒPÀ
bn4d_branch2a/FusedBatchNormV3äæ¼ñºƒ %(%B…bn4d_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4d_branch2a/Conv2D, bn4d_branch2a/gamma/read_S104, bn4d_branch2a/beta/read_S105)Häæ¼ñºƒPs
res4d_branch2a_relu/Relu‰ç¼ñºƒ (B?res4d_branch2a_relu/Relu = Relu(bn4d_branch2a/FusedBatchNormV3)H‰ç¼ñºƒPŒ
res4d_branch2b/Conv2D¤ç¼ñºƒ …(…BYres4d_branch2b/Conv2D = Conv2D(res4d_branch2a_relu/Relu, res4d_branch2b/kernel/read_S106)H¤ç¼ñºƒPÀ
bn4d_branch2b/FusedBatchNormV3©í¼ñºƒ %(%B…bn4d_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4d_branch2b/Conv2D, bn4d_branch2b/gamma/read_S107, bn4d_branch2b/beta/read_S108)H©í¼ñºƒPs
res4d_branch2b_relu/ReluÎí¼ñºƒ (B?res4d_branch2b_relu/Relu = Relu(bn4d_branch2b/FusedBatchNormV3)HÎí¼ñºƒPŒ
res4d_branch2c/Conv2Déí¼ñºƒ Ø(ØBYres4d_branch2c/Conv2D = Conv2D(res4d_branch2b_relu/Relu, res4d_branch2c/kernel/read_S109)Héí¼ñºƒPÀ
bn4d_branch2c/FusedBatchNormV3Áğ¼ñºƒ u(uB…bn4d_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4d_branch2c/Conv2D, bn4d_branch2c/gamma/read_S110, bn4d_branch2c/beta/read_S111)HÁğ¼ñºƒPg
	res4d/add¶ñ¼ñºƒ z(zBBres4d/add = AddV2(bn4d_branch2c/FusedBatchNormV3, res4c_relu/Relu)H¶ñ¼ñºƒPL
res4d_relu/Relu°ò¼ñºƒ N(NB!res4d_relu/Relu = Relu(res4d/add)H°ò¼ñºƒPƒ
res4e_branch2a/Conv2Dşò¼ñºƒ Ñ(ÑBPres4e_branch2a/Conv2D = Conv2D(res4d_relu/Relu, res4e_branch2a/kernel/read_S112)Hşò¼ñºƒPÀ
bn4e_branch2a/FusedBatchNormV3Ïõ¼ñºƒ "("B…bn4e_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4e_branch2a/Conv2D, bn4e_branch2a/gamma/read_S113, bn4e_branch2a/beta/read_S114)HÏõ¼ñºƒPs
res4e_branch2a_relu/Reluñõ¼ñºƒ (B?res4e_branch2a_relu/Relu = Relu(bn4e_branch2a/FusedBatchNormV3)Hñõ¼ñºƒPŒ
res4e_branch2b/Conv2DŒö¼ñºƒ „(„BYres4e_branch2b/Conv2D = Conv2D(res4e_branch2a_relu/Relu, res4e_branch2b/kernel/read_S115)HŒö¼ñºƒPÀ
bn4e_branch2b/FusedBatchNormV3ü¼ñºƒ $($B…bn4e_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4e_branch2b/Conv2D, bn4e_branch2b/gamma/read_S116, bn4e_branch2b/beta/read_S117)Hü¼ñºƒPs
res4e_branch2b_relu/Relu´ü¼ñºƒ (B?res4e_branch2b_relu/Relu = Relu(bn4e_branch2b/FusedBatchNormV3)H´ü¼ñºƒPŒ
res4e_branch2c/Conv2DÏü¼ñºƒ ä(äBYres4e_branch2c/Conv2D = Conv2D(res4e_branch2b_relu/Relu, res4e_branch2c/kernel/read_S118)HÏü¼ñºƒPÀ
bn4e_branch2c/FusedBatchNormV3³ÿ¼ñºƒ x(xB…bn4e_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4e_branch2c/Conv2D, bn4e_branch2c/gamma/read_S119, bn4e_branch2c/beta/read_S120)H³ÿ¼ñºƒPg
	res4e/add«€½ñºƒ }(}BBres4e/add = AddV2(bn4e_branch2c/FusedBatchNormV3, res4d_relu/Relu)H«€½ñºƒPL
res4e_relu/Relu¨½ñºƒ R(RB!res4e_relu/Relu = Relu(res4e/add)H¨½ñºƒPƒ
res4f_branch2a/Conv2Dú½ñºƒ İ(İBPres4f_branch2a/Conv2D = Conv2D(res4e_relu/Relu, res4f_branch2a/kernel/read_S121)Hú½ñºƒPÀ
bn4f_branch2a/FusedBatchNormV3×„½ñºƒ %(%B…bn4f_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4f_branch2a/Conv2D, bn4f_branch2a/gamma/read_S122, bn4f_branch2a/beta/read_S123)H×„½ñºƒPs
res4f_branch2a_relu/Reluü„½ñºƒ (B?res4f_branch2a_relu/Relu = Relu(bn4f_branch2a/FusedBatchNormV3)Hü„½ñºƒPŒ
res4f_branch2b/Conv2D˜…½ñºƒ ”(”BYres4f_branch2b/Conv2D = Conv2D(res4f_branch2a_relu/Relu, res4f_branch2b/kernel/read_S124)H˜…½ñºƒPÀ
bn4f_branch2b/FusedBatchNormV3¬‹½ñºƒ $($B…bn4f_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4f_branch2b/Conv2D, bn4f_branch2b/gamma/read_S125, bn4f_branch2b/beta/read_S126)H¬‹½ñºƒPs
res4f_branch2b_relu/ReluĞ‹½ñºƒ (B?res4f_branch2b_relu/Relu = Relu(bn4f_branch2b/FusedBatchNormV3)HĞ‹½ñºƒPŒ
res4f_branch2c/Conv2Dë‹½ñºƒ â(âBYres4f_branch2c/Conv2D = Conv2D(res4f_branch2b_relu/Relu, res4f_branch2c/kernel/read_S127)Hë‹½ñºƒPÀ
bn4f_branch2c/FusedBatchNormV3Í½ñºƒ {({B…bn4f_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4f_branch2c/Conv2D, bn4f_branch2c/gamma/read_S128, bn4f_branch2c/beta/read_S129)HÍ½ñºƒPg
	res4f/addÈ½ñºƒ {({BBres4f/add = AddV2(bn4f_branch2c/FusedBatchNormV3, res4e_relu/Relu)HÈ½ñºƒPL
res4f_relu/ReluÃ½ñºƒ Q(QB!res4f_relu/Relu = Relu(res4f/add)HÃ½ñºƒPƒ
res5a_branch2a/Conv2D”‘½ñºƒ ò(òBPres5a_branch2a/Conv2D = Conv2D(res4f_relu/Relu, res5a_branch2a/kernel/read_S130)H”‘½ñºƒPÀ
bn5a_branch2a/FusedBatchNormV3†–½ñºƒ D(DB…bn5a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch2a/Conv2D, bn5a_branch2a/gamma/read_S131, bn5a_branch2a/beta/read_S132)H†–½ñºƒPs
res5a_branch2a_relu/ReluÊ–½ñºƒ 0(0B?res5a_branch2a_relu/Relu = Relu(bn5a_branch2a/FusedBatchNormV3)HÊ–½ñºƒPŒ
res5a_branch2b/Conv2DËÈ¾ñºƒ ƒ(ƒBYres5a_branch2b/Conv2D = Conv2D(res5a_branch2a_relu/Relu, res5a_branch2b/kernel/read_S133)HËÈ¾ñºƒPÀ
bn5a_branch2b/FusedBatchNormV3ÎÎ¾ñºƒ (B…bn5a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch2b/Conv2D, bn5a_branch2b/gamma/read_S134, bn5a_branch2b/beta/read_S135)HÎÎ¾ñºƒPs
res5a_branch2b_relu/ReluäÎ¾ñºƒ (B?res5a_branch2b_relu/Relu = Relu(bn5a_branch2b/FusedBatchNormV3)HäÎ¾ñºƒPŒ
res5a_branch2c/Conv2DõÎ¾ñºƒ å(åBYres5a_branch2c/Conv2D = Conv2D(res5a_branch2b_relu/Relu, res5a_branch2c/kernel/read_S136)HõÎ¾ñºƒPÀ
bn5a_branch2c/FusedBatchNormV3ÚÑ¾ñºƒ B(BB…bn5a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch2c/Conv2D, bn5a_branch2c/gamma/read_S137, bn5a_branch2c/beta/read_S138)HÚÑ¾ñºƒP€
res5a_branch1/Conv2DœÒ¾ñºƒ —(—BNres5a_branch1/Conv2D = Conv2D(res4f_relu/Relu, res5a_branch1/kernel/read_S139)HœÒ¾ñºƒP»
bn5a_branch1/FusedBatchNormV3³×¾ñºƒ F(FBbn5a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch1/Conv2D, bn5a_branch1/gamma/read_S140, bn5a_branch1/beta/read_S141)H³×¾ñºƒPu
	res5a/addù×¾ñºƒ B(BBPres5a/add = AddV2(bn5a_branch2c/FusedBatchNormV3, bn5a_branch1/FusedBatchNormV3)Hù×¾ñºƒPL
res5a_relu/Relu»Ø¾ñºƒ 0(0B!res5a_relu/Relu = Relu(res5a/add)H»Ø¾ñºƒPƒ
res5b_branch2a/Conv2DëØ¾ñºƒ Ì(ÌBPres5b_branch2a/Conv2D = Conv2D(res5a_relu/Relu, res5b_branch2a/kernel/read_S142)HëØ¾ñºƒPÀ
bn5b_branch2a/FusedBatchNormV3·Û¾ñºƒ (B…bn5b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res5b_branch2a/Conv2D, bn5b_branch2a/gamma/read_S143, bn5b_branch2a/beta/read_S144)H·Û¾ñºƒPs
res5b_branch2a_relu/ReluÍÛ¾ñºƒ (B?res5b_branch2a_relu/Relu = Relu(bn5b_branch2a/FusedBatchNormV3)HÍÛ¾ñºƒPŒ
res5b_branch2b/Conv2DßÛ¾ñºƒ ä(äBYres5b_branch2b/Conv2D = Conv2D(res5b_branch2a_relu/Relu, res5b_branch2b/kernel/read_S145)HßÛ¾ñºƒPÀ
bn5b_branch2b/FusedBatchNormV3Ãá¾ñºƒ (B…bn5b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res5b_branch2b/Conv2D, bn5b_branch2b/gamma/read_S146, bn5b_branch2b/beta/read_S147)HÃá¾ñºƒPs
res5b_branch2b_relu/ReluÙá¾ñºƒ (B?res5b_branch2b_relu/Relu = Relu(bn5b_branch2b/FusedBatchNormV3)HÙá¾ñºƒPŒ
res5b_branch2c/Conv2Dëá¾ñºƒ È(ÈBYres5b_branch2c/Conv2D = Conv2D(res5b_branch2b_relu/Relu, res5b_branch2c/kernel/read_S148)Hëá¾ñºƒPÀ
bn5b_branch2c/FusedBatchNormV3³ä¾ñºƒ B(BB…bn5b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res5b_branch2c/Conv2D, bn5b_branch2c/gamma/read_S149, bn5b_branch2c/beta/read_S150)H³ä¾ñºƒPg
	res5b/addõä¾ñºƒ B(BBBres5b/add = AddV2(bn5b_branch2c/FusedBatchNormV3, res5a_relu/Relu)Hõä¾ñºƒPL
res5b_relu/Relu·å¾ñºƒ ,(,B!res5b_relu/Relu = Relu(res5b/add)H·å¾ñºƒPƒ
res5c_branch2a/Conv2Dãå¾ñºƒ È(ÈBPres5c_branch2a/Conv2D = Conv2D(res5b_relu/Relu, res5c_branch2a/kernel/read_S151)Hãå¾ñºƒPÀ
bn5c_branch2a/FusedBatchNormV3«è¾ñºƒ (B…bn5c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res5c_branch2a/Conv2D, bn5c_branch2a/gamma/read_S152, bn5c_branch2a/beta/read_S153)H«è¾ñºƒPs
res5c_branch2a_relu/ReluÁè¾ñºƒ (B?res5c_branch2a_relu/Relu = Relu(bn5c_branch2a/FusedBatchNormV3)HÁè¾ñºƒPŒ
res5c_branch2b/Conv2DÓè¾ñºƒ Š(ŠBYres5c_branch2b/Conv2D = Conv2D(res5c_branch2a_relu/Relu, res5c_branch2b/kernel/read_S154)HÓè¾ñºƒPÀ
bn5c_branch2b/FusedBatchNormV3İî¾ñºƒ (B…bn5c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res5c_branch2b/Conv2D, bn5c_branch2b/gamma/read_S155, bn5c_branch2b/beta/read_S156)Hİî¾ñºƒPs
res5c_branch2b_relu/Reluóî¾ñºƒ (B?res5c_branch2b_relu/Relu = Relu(bn5c_branch2b/FusedBatchNormV3)Hóî¾ñºƒPŒ
res5c_branch2c/Conv2D…ï¾ñºƒ Ş(ŞBYres5c_branch2c/Conv2D = Conv2D(res5c_branch2b_relu/Relu, res5c_branch2c/kernel/read_S157)H…ï¾ñºƒPÀ
bn5c_branch2c/FusedBatchNormV3ãñ¾ñºƒ >(>B…bn5c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res5c_branch2c/Conv2D, bn5c_branch2c/gamma/read_S158, bn5c_branch2c/beta/read_S159)Hãñ¾ñºƒPg
	res5c/add¡ò¾ñºƒ ?(?BBres5c/add = AddV2(bn5c_branch2c/FusedBatchNormV3, res5b_relu/Relu)H¡ò¾ñºƒPL
res5c_relu/Reluàò¾ñºƒ +(+B!res5c_relu/Relu = Relu(res5c/add)Hàò¾ñºƒPN
avg_pool/Mean‹ó¾ñºƒ (B%avg_pool/Mean = Mean(res5c_relu/Relu)H‹ó¾ñºƒPg
fc1000/MatMul¥ó¾ñºƒ (B>fc1000/MatMul = MatMul(avg_pool/Mean, fc1000/kernel/read_S160)H¥ó¾ñºƒPh
fc1000/BiasAdd»ó¾ñºƒ (B>fc1000/BiasAdd = BiasAdd(fc1000/MatMul, fc1000/bias/read_S161)H»ó¾ñºƒP˜
"loss/SoftmaxCrossEntropyWithLogitsÃó¾ñºƒ 	(	BZloss/SoftmaxCrossEntropyWithLogits = SoftmaxCrossEntropyWithLogits(fc1000/BiasAdd, labels)HÃó¾ñºƒPƒ
gradients/fc1000/bias_gradÌó¾ñºƒ (BMgradients/fc1000/bias_grad = BackpropGrad(loss/SoftmaxCrossEntropyWithLogits)HÌó¾ñºƒP
gradients/fc1000/kernel_gradÔó¾ñºƒ 7(7BGgradients/fc1000/kernel_grad = BackpropGrad(gradients/fc1000/bias_grad)HÔó¾ñºƒP‹
!gradients/bn5c_branch2c/beta_grad‹ô¾ñºƒ (BNgradients/bn5c_branch2c/beta_grad = BackpropGrad(gradients/fc1000/kernel_grad)H‹ô¾ñºƒP”
"gradients/bn5c_branch2c/gamma_grad¥ô¾ñºƒ (BTgradients/bn5c_branch2c/gamma_grad = BackpropGrad(gradients/bn5c_branch2c/beta_grad)H¥ô¾ñºƒP™
$gradients/res5c_branch2c/kernel_gradµõ¾ñºƒ ¡(¡BWgradients/res5c_branch2c/kernel_grad = BackpropGrad(gradients/bn5c_branch2c/gamma_grad)Hµõ¾ñºƒP“
!gradients/bn5c_branch2b/beta_gradÖú¾ñºƒ (BVgradients/bn5c_branch2b/beta_grad = BackpropGrad(gradients/res5c_branch2c/kernel_grad)HÖú¾ñºƒP’
"gradients/bn5c_branch2b/gamma_gradâú¾ñºƒ *(*BTgradients/bn5c_branch2b/gamma_grad = BackpropGrad(gradients/bn5c_branch2b/beta_grad)Hâú¾ñºƒP™
$gradients/res5c_branch2b/kernel_gradŒû¾ñºƒ Š(ŠBWgradients/res5c_branch2b/kernel_grad = BackpropGrad(gradients/bn5c_branch2b/gamma_grad)HŒû¾ñºƒP“
!gradients/bn5c_branch2a/beta_grad–‡¿ñºƒ (BVgradients/bn5c_branch2a/beta_grad = BackpropGrad(gradients/res5c_branch2b/kernel_grad)H–‡¿ñºƒP’
"gradients/bn5c_branch2a/gamma_grad¤‡¿ñºƒ (((BTgradients/bn5c_branch2a/gamma_grad = BackpropGrad(gradients/bn5c_branch2a/beta_grad)H¤‡¿ñºƒP™
$gradients/res5c_branch2a/kernel_gradÌ‡¿ñºƒ ’(’BWgradients/res5c_branch2a/kernel_grad = BackpropGrad(gradients/bn5c_branch2a/gamma_grad)HÌ‡¿ñºƒP“
!gradients/bn5b_branch2c/beta_gradŞŒ¿ñºƒ (BVgradients/bn5b_branch2c/beta_grad = BackpropGrad(gradients/res5c_branch2a/kernel_grad)HŞŒ¿ñºƒP”
"gradients/bn5b_branch2c/gamma_gradøŒ¿ñºƒ ˆ(ˆBTgradients/bn5b_branch2c/gamma_grad = BackpropGrad(gradients/bn5b_branch2c/beta_grad)HøŒ¿ñºƒP™
$gradients/res5b_branch2c/kernel_grad€¿ñºƒ ¦(¦BWgradients/res5b_branch2c/kernel_grad = BackpropGrad(gradients/bn5b_branch2c/gamma_grad)H€¿ñºƒP“
!gradients/bn5b_branch2b/beta_grad¦“¿ñºƒ (BVgradients/bn5b_branch2b/beta_grad = BackpropGrad(gradients/res5b_branch2c/kernel_grad)H¦“¿ñºƒP’
"gradients/bn5b_branch2b/gamma_grad³“¿ñºƒ )()BTgradients/bn5b_branch2b/gamma_grad = BackpropGrad(gradients/bn5b_branch2b/beta_grad)H³“¿ñºƒP™
$gradients/res5b_branch2b/kernel_gradÜ“¿ñºƒ §(§BWgradients/res5b_branch2b/kernel_grad = BackpropGrad(gradients/bn5b_branch2b/gamma_grad)HÜ“¿ñºƒP“
!gradients/bn5b_branch2a/beta_gradƒŸ¿ñºƒ (BVgradients/bn5b_branch2a/beta_grad = BackpropGrad(gradients/res5b_branch2b/kernel_grad)HƒŸ¿ñºƒP’
"gradients/bn5b_branch2a/gamma_gradŸ¿ñºƒ (((BTgradients/bn5b_branch2a/gamma_grad = BackpropGrad(gradients/bn5b_branch2a/beta_grad)HŸ¿ñºƒP™
$gradients/res5b_branch2a/kernel_grad·Ÿ¿ñºƒ …(…BWgradients/res5b_branch2a/kernel_grad = BackpropGrad(gradients/bn5b_branch2a/gamma_grad)H·Ÿ¿ñºƒP‘
 gradients/bn5a_branch1/beta_grad¼¤¿ñºƒ (BUgradients/bn5a_branch1/beta_grad = BackpropGrad(gradients/res5b_branch2a/kernel_grad)H¼¤¿ñºƒP
!gradients/bn5a_branch1/gamma_gradÖ¤¿ñºƒ P(PBRgradients/bn5a_branch1/gamma_grad = BackpropGrad(gradients/bn5a_branch1/beta_grad)HÖ¤¿ñºƒP–
#gradients/res5a_branch1/kernel_grad¦¥¿ñºƒ Û
(Û
BUgradients/res5a_branch1/kernel_grad = BackpropGrad(gradients/bn5a_branch1/gamma_grad)H¦¥¿ñºƒP’
!gradients/bn5a_branch2c/beta_grad°¿ñºƒ (BUgradients/bn5a_branch2c/beta_grad = BackpropGrad(gradients/res5a_branch1/kernel_grad)H°¿ñºƒP”
"gradients/bn5a_branch2c/gamma_grad›°¿ñºƒ (BTgradients/bn5a_branch2c/gamma_grad = BackpropGrad(gradients/bn5a_branch2c/beta_grad)H›°¿ñºƒP™
$gradients/res5a_branch2c/kernel_gradª±¿ñºƒ Ã(ÃBWgradients/res5a_branch2c/kernel_grad = BackpropGrad(gradients/bn5a_branch2c/gamma_grad)Hª±¿ñºƒP“
!gradients/bn5a_branch2b/beta_gradí¶¿ñºƒ (BVgradients/bn5a_branch2b/beta_grad = BackpropGrad(gradients/res5a_branch2c/kernel_grad)Hí¶¿ñºƒP’
"gradients/bn5a_branch2b/gamma_gradú¶¿ñºƒ (((BTgradients/bn5a_branch2b/gamma_grad = BackpropGrad(gradients/bn5a_branch2b/beta_grad)Hú¶¿ñºƒP™
$gradients/res5a_branch2b/kernel_grad¢·¿ñºƒ é(éBWgradients/res5a_branch2b/kernel_grad = BackpropGrad(gradients/bn5a_branch2b/gamma_grad)H¢·¿ñºƒP“
!gradients/bn5a_branch2a/beta_grad‹Ã¿ñºƒ (BVgradients/bn5a_branch2a/beta_grad = BackpropGrad(gradients/res5a_branch2b/kernel_grad)H‹Ã¿ñºƒP”
"gradients/bn5a_branch2a/gamma_grad¤Ã¿ñºƒ (BTgradients/bn5a_branch2a/gamma_grad = BackpropGrad(gradients/bn5a_branch2a/beta_grad)H¤Ã¿ñºƒP™
$gradients/res5a_branch2a/kernel_grad±Ä¿ñºƒ ¢
(¢
BWgradients/res5a_branch2a/kernel_grad = BackpropGrad(gradients/bn5a_branch2a/gamma_grad)H±Ä¿ñºƒP“
!gradients/bn4f_branch2c/beta_gradÓÎ¿ñºƒ -(-BVgradients/bn4f_branch2c/beta_grad = BackpropGrad(gradients/res5a_branch2a/kernel_grad)HÓÎ¿ñºƒP”
"gradients/bn4f_branch2c/gamma_grad€Ï¿ñºƒ ˆ(ˆBTgradients/bn4f_branch2c/gamma_grad = BackpropGrad(gradients/bn4f_branch2c/beta_grad)H€Ï¿ñºƒP™
$gradients/res4f_branch2c/kernel_gradˆÑ¿ñºƒ Ü(ÜBWgradients/res4f_branch2c/kernel_grad = BackpropGrad(gradients/bn4f_branch2c/gamma_grad)HˆÑ¿ñºƒP“
!gradients/bn4f_branch2b/beta_gradäÖ¿ñºƒ (BVgradients/bn4f_branch2b/beta_grad = BackpropGrad(gradients/res4f_branch2c/kernel_grad)HäÖ¿ñºƒP’
"gradients/bn4f_branch2b/gamma_gradõÖ¿ñºƒ G(GBTgradients/bn4f_branch2b/gamma_grad = BackpropGrad(gradients/bn4f_branch2b/beta_grad)HõÖ¿ñºƒP™
$gradients/res4f_branch2b/kernel_grad¼×¿ñºƒ ˆ(ˆBWgradients/res4f_branch2b/kernel_grad = BackpropGrad(gradients/bn4f_branch2b/gamma_grad)H¼×¿ñºƒP“
!gradients/bn4f_branch2a/beta_gradÄã¿ñºƒ (BVgradients/bn4f_branch2a/beta_grad = BackpropGrad(gradients/res4f_branch2b/kernel_grad)HÄã¿ñºƒP’
"gradients/bn4f_branch2a/gamma_gradÖã¿ñºƒ K(KBTgradients/bn4f_branch2a/gamma_grad = BackpropGrad(gradients/bn4f_branch2a/beta_grad)HÖã¿ñºƒP™
$gradients/res4f_branch2a/kernel_grad¡ä¿ñºƒ Õ(ÕBWgradients/res4f_branch2a/kernel_grad = BackpropGrad(gradients/bn4f_branch2a/gamma_grad)H¡ä¿ñºƒP“
!gradients/bn4e_branch2c/beta_gradöé¿ñºƒ /(/BVgradients/bn4e_branch2c/beta_grad = BackpropGrad(gradients/res4f_branch2a/kernel_grad)Höé¿ñºƒP”
"gradients/bn4e_branch2c/gamma_grad¥ê¿ñºƒ ¢(¢BTgradients/bn4e_branch2c/gamma_grad = BackpropGrad(gradients/bn4e_branch2c/beta_grad)H¥ê¿ñºƒP™
$gradients/res4e_branch2c/kernel_gradÇì¿ñºƒ (BWgradients/res4e_branch2c/kernel_grad = BackpropGrad(gradients/bn4e_branch2c/gamma_grad)HÇì¿ñºƒP“
!gradients/bn4e_branch2b/beta_gradåñ¿ñºƒ (BVgradients/bn4e_branch2b/beta_grad = BackpropGrad(gradients/res4e_branch2c/kernel_grad)Håñ¿ñºƒP’
"gradients/bn4e_branch2b/gamma_gradöñ¿ñºƒ N(NBTgradients/bn4e_branch2b/gamma_grad = BackpropGrad(gradients/bn4e_branch2b/beta_grad)Höñ¿ñºƒP™
$gradients/res4e_branch2b/kernel_gradÄò¿ñºƒ (BWgradients/res4e_branch2b/kernel_grad = BackpropGrad(gradients/bn4e_branch2b/gamma_grad)HÄò¿ñºƒP“
!gradients/bn4e_branch2a/beta_gradÅş¿ñºƒ (BVgradients/bn4e_branch2a/beta_grad = BackpropGrad(gradients/res4e_branch2b/kernel_grad)HÅş¿ñºƒP’
"gradients/bn4e_branch2a/gamma_grad×ş¿ñºƒ I(IBTgradients/bn4e_branch2a/gamma_grad = BackpropGrad(gradients/bn4e_branch2a/beta_grad)H×ş¿ñºƒP™
$gradients/res4e_branch2a/kernel_grad ÿ¿ñºƒ ”(”BWgradients/res4e_branch2a/kernel_grad = BackpropGrad(gradients/bn4e_branch2a/gamma_grad)H ÿ¿ñºƒP“
!gradients/bn4d_branch2c/beta_grad´„Àñºƒ -(-BVgradients/bn4d_branch2c/beta_grad = BackpropGrad(gradients/res4e_branch2a/kernel_grad)H´„ÀñºƒP”
"gradients/bn4d_branch2c/gamma_gradá„Àñºƒ –(–BTgradients/bn4d_branch2c/gamma_grad = BackpropGrad(gradients/bn4d_branch2c/beta_grad)Há„ÀñºƒP™
$gradients/res4d_branch2c/kernel_grad÷†Àñºƒ ›(›BWgradients/res4d_branch2c/kernel_grad = BackpropGrad(gradients/bn4d_branch2c/gamma_grad)H÷†ÀñºƒP“
!gradients/bn4d_branch2b/beta_grad’ŒÀñºƒ (BVgradients/bn4d_branch2b/beta_grad = BackpropGrad(gradients/res4d_branch2c/kernel_grad)H’ŒÀñºƒP’
"gradients/bn4d_branch2b/gamma_grad£ŒÀñºƒ J(JBTgradients/bn4d_branch2b/gamma_grad = BackpropGrad(gradients/bn4d_branch2b/beta_grad)H£ŒÀñºƒP™
$gradients/res4d_branch2b/kernel_gradíŒÀñºƒ ê(êBWgradients/res4d_branch2b/kernel_grad = BackpropGrad(gradients/bn4d_branch2b/gamma_grad)HíŒÀñºƒP“
!gradients/bn4d_branch2a/beta_grad×˜Àñºƒ (BVgradients/bn4d_branch2a/beta_grad = BackpropGrad(gradients/res4d_branch2b/kernel_grad)H×˜ÀñºƒP’
"gradients/bn4d_branch2a/gamma_gradè˜Àñºƒ K(KBTgradients/bn4d_branch2a/gamma_grad = BackpropGrad(gradients/bn4d_branch2a/beta_grad)Hè˜ÀñºƒP™
$gradients/res4d_branch2a/kernel_grad³™Àñºƒ ²(²BWgradients/res4d_branch2a/kernel_grad = BackpropGrad(gradients/bn4d_branch2a/gamma_grad)H³™ÀñºƒP“
!gradients/bn4c_branch2c/beta_gradåÀñºƒ /(/BVgradients/bn4c_branch2c/beta_grad = BackpropGrad(gradients/res4d_branch2a/kernel_grad)HåÀñºƒP”
"gradients/bn4c_branch2c/gamma_grad”ŸÀñºƒ •(•BTgradients/bn4c_branch2c/gamma_grad = BackpropGrad(gradients/bn4c_branch2c/beta_grad)H”ŸÀñºƒP™
$gradients/res4c_branch2c/kernel_grad©¡Àñºƒ Õ(ÕBWgradients/res4c_branch2c/kernel_grad = BackpropGrad(gradients/bn4c_branch2c/gamma_grad)H©¡ÀñºƒP“
!gradients/bn4c_branch2b/beta_gradş¦Àñºƒ (BVgradients/bn4c_branch2b/beta_grad = BackpropGrad(gradients/res4c_branch2c/kernel_grad)Hş¦ÀñºƒP’
"gradients/bn4c_branch2b/gamma_grad§Àñºƒ I(IBTgradients/bn4c_branch2b/gamma_grad = BackpropGrad(gradients/bn4c_branch2b/beta_grad)H§ÀñºƒP™
$gradients/res4c_branch2b/kernel_gradÙ§Àñºƒ ƒ(ƒBWgradients/res4c_branch2b/kernel_grad = BackpropGrad(gradients/bn4c_branch2b/gamma_grad)HÙ§ÀñºƒP“
!gradients/bn4c_branch2a/beta_gradÜ³Àñºƒ (BVgradients/bn4c_branch2a/beta_grad = BackpropGrad(gradients/res4c_branch2b/kernel_grad)HÜ³ÀñºƒP’
"gradients/bn4c_branch2a/gamma_gradî³Àñºƒ L(LBTgradients/bn4c_branch2a/gamma_grad = BackpropGrad(gradients/bn4c_branch2a/beta_grad)Hî³ÀñºƒP™
$gradients/res4c_branch2a/kernel_gradº´Àñºƒ  ( BWgradients/res4c_branch2a/kernel_grad = BackpropGrad(gradients/bn4c_branch2a/gamma_grad)Hº´ÀñºƒP“
!gradients/bn4b_branch2c/beta_gradÚ¹Àñºƒ +(+BVgradients/bn4b_branch2c/beta_grad = BackpropGrad(gradients/res4c_branch2a/kernel_grad)HÚ¹ÀñºƒP”
"gradients/bn4b_branch2c/gamma_grad…ºÀñºƒ (BTgradients/bn4b_branch2c/gamma_grad = BackpropGrad(gradients/bn4b_branch2c/beta_grad)H…ºÀñºƒP™
$gradients/res4b_branch2c/kernel_grad•¼Àñºƒ ¶(¶BWgradients/res4b_branch2c/kernel_grad = BackpropGrad(gradients/bn4b_branch2c/gamma_grad)H•¼ÀñºƒP“
!gradients/bn4b_branch2b/beta_gradËÁÀñºƒ (BVgradients/bn4b_branch2b/beta_grad = BackpropGrad(gradients/res4b_branch2c/kernel_grad)HËÁÀñºƒP’
"gradients/bn4b_branch2b/gamma_gradİÁÀñºƒ G(GBTgradients/bn4b_branch2b/gamma_grad = BackpropGrad(gradients/bn4b_branch2b/beta_grad)HİÁÀñºƒP™
$gradients/res4b_branch2b/kernel_grad¤ÂÀñºƒ Ş(ŞBWgradients/res4b_branch2b/kernel_grad = BackpropGrad(gradients/bn4b_branch2b/gamma_grad)H¤ÂÀñºƒP“
!gradients/bn4b_branch2a/beta_grad‚ÎÀñºƒ (BVgradients/bn4b_branch2a/beta_grad = BackpropGrad(gradients/res4b_branch2b/kernel_grad)H‚ÎÀñºƒP’
"gradients/bn4b_branch2a/gamma_grad“ÎÀñºƒ G(GBTgradients/bn4b_branch2a/gamma_grad = BackpropGrad(gradients/bn4b_branch2a/beta_grad)H“ÎÀñºƒP™
$gradients/res4b_branch2a/kernel_gradÚÎÀñºƒ ¨(¨BWgradients/res4b_branch2a/kernel_grad = BackpropGrad(gradients/bn4b_branch2a/gamma_grad)HÚÎÀñºƒP‘
 gradients/bn4a_branch1/beta_grad‚ÔÀñºƒ 0(0BUgradients/bn4a_branch1/beta_grad = BackpropGrad(gradients/res4b_branch2a/kernel_grad)H‚ÔÀñºƒP‘
!gradients/bn4a_branch1/gamma_grad²ÔÀñºƒ œ(œBRgradients/bn4a_branch1/gamma_grad = BackpropGrad(gradients/bn4a_branch1/beta_grad)H²ÔÀñºƒP–
#gradients/res4a_branch1/kernel_gradÎÕÀñºƒ œ(œBUgradients/res4a_branch1/kernel_grad = BackpropGrad(gradients/bn4a_branch1/gamma_grad)HÎÕÀñºƒP’
!gradients/bn4a_branch2c/beta_gradêàÀñºƒ *(*BUgradients/bn4a_branch2c/beta_grad = BackpropGrad(gradients/res4a_branch1/kernel_grad)HêàÀñºƒP”
"gradients/bn4a_branch2c/gamma_grad”áÀñºƒ ƒ(ƒBTgradients/bn4a_branch2c/gamma_grad = BackpropGrad(gradients/bn4a_branch2c/beta_grad)H”áÀñºƒP™
$gradients/res4a_branch2c/kernel_grad—ãÀñºƒ ´(´BWgradients/res4a_branch2c/kernel_grad = BackpropGrad(gradients/bn4a_branch2c/gamma_grad)H—ãÀñºƒP“
!gradients/bn4a_branch2b/beta_gradËèÀñºƒ (BVgradients/bn4a_branch2b/beta_grad = BackpropGrad(gradients/res4a_branch2c/kernel_grad)HËèÀñºƒP’
"gradients/bn4a_branch2b/gamma_gradİèÀñºƒ L(LBTgradients/bn4a_branch2b/gamma_grad = BackpropGrad(gradients/bn4a_branch2b/beta_grad)HİèÀñºƒP™
$gradients/res4a_branch2b/kernel_grad©éÀñºƒ Ş(ŞBWgradients/res4a_branch2b/kernel_grad = BackpropGrad(gradients/bn4a_branch2b/gamma_grad)H©éÀñºƒP“
!gradients/bn4a_branch2a/beta_grad‡õÀñºƒ /(/BVgradients/bn4a_branch2a/beta_grad = BackpropGrad(gradients/res4a_branch2b/kernel_grad)H‡õÀñºƒP”
"gradients/bn4a_branch2a/gamma_grad¶õÀñºƒ  ( BTgradients/bn4a_branch2a/gamma_grad = BackpropGrad(gradients/bn4a_branch2a/beta_grad)H¶õÀñºƒP™
$gradients/res4a_branch2a/kernel_gradÖ÷Àñºƒ  
( 
BWgradients/res4a_branch2a/kernel_grad = BackpropGrad(gradients/bn4a_branch2a/gamma_grad)HÖ÷ÀñºƒP“
!gradients/bn3d_branch2c/beta_gradöÁñºƒ Q(QBVgradients/bn3d_branch2c/beta_grad = BackpropGrad(gradients/res4a_branch2a/kernel_grad)HöÁñºƒP”
"gradients/bn3d_branch2c/gamma_gradÇ‚Áñºƒ „(„BTgradients/bn3d_branch2c/gamma_grad = BackpropGrad(gradients/bn3d_branch2c/beta_grad)HÇ‚ÁñºƒP™
$gradients/res3d_branch2c/kernel_gradË†Áñºƒ ¯(¯BWgradients/res3d_branch2c/kernel_grad = BackpropGrad(gradients/bn3d_branch2c/gamma_grad)HË†ÁñºƒP“
!gradients/bn3d_branch2b/beta_gradú‹Áñºƒ (BVgradients/bn3d_branch2b/beta_grad = BackpropGrad(gradients/res3d_branch2c/kernel_grad)Hú‹ÁñºƒP”
"gradients/bn3d_branch2b/gamma_grad”ŒÁñºƒ ‹(‹BTgradients/bn3d_branch2b/gamma_grad = BackpropGrad(gradients/bn3d_branch2b/beta_grad)H”ŒÁñºƒP™
$gradients/res3d_branch2b/kernel_gradŸÁñºƒ ğ(ğBWgradients/res3d_branch2b/kernel_grad = BackpropGrad(gradients/bn3d_branch2b/gamma_grad)HŸÁñºƒP“
!gradients/bn3d_branch2a/beta_grad™Áñºƒ (BVgradients/bn3d_branch2a/beta_grad = BackpropGrad(gradients/res3d_branch2b/kernel_grad)H™ÁñºƒP”
"gradients/bn3d_branch2a/gamma_grad«™Áñºƒ ‰(‰BTgradients/bn3d_branch2a/gamma_grad = BackpropGrad(gradients/bn3d_branch2a/beta_grad)H«™ÁñºƒP™
$gradients/res3d_branch2a/kernel_grad´šÁñºƒ ³(³BWgradients/res3d_branch2a/kernel_grad = BackpropGrad(gradients/bn3d_branch2a/gamma_grad)H´šÁñºƒP“
!gradients/bn3c_branch2c/beta_gradçŸÁñºƒ T(TBVgradients/bn3c_branch2c/beta_grad = BackpropGrad(gradients/res3d_branch2a/kernel_grad)HçŸÁñºƒP”
"gradients/bn3c_branch2c/gamma_grad» Áñºƒ Š(ŠBTgradients/bn3c_branch2c/gamma_grad = BackpropGrad(gradients/bn3c_branch2c/beta_grad)H» ÁñºƒP™
$gradients/res3c_branch2c/kernel_gradÅ¤Áñºƒ §(§BWgradients/res3c_branch2c/kernel_grad = BackpropGrad(gradients/bn3c_branch2c/gamma_grad)HÅ¤ÁñºƒP“
!gradients/bn3c_branch2b/beta_gradì©Áñºƒ (BVgradients/bn3c_branch2b/beta_grad = BackpropGrad(gradients/res3c_branch2c/kernel_grad)Hì©ÁñºƒP”
"gradients/bn3c_branch2b/gamma_grad‡ªÁñºƒ ‡(‡BTgradients/bn3c_branch2b/gamma_grad = BackpropGrad(gradients/bn3c_branch2b/beta_grad)H‡ªÁñºƒP™
$gradients/res3c_branch2b/kernel_grad«Áñºƒ (BWgradients/res3c_branch2b/kernel_grad = BackpropGrad(gradients/bn3c_branch2b/gamma_grad)H«ÁñºƒP“
!gradients/bn3c_branch2a/beta_grad·Áñºƒ (BVgradients/bn3c_branch2a/beta_grad = BackpropGrad(gradients/res3c_branch2b/kernel_grad)H·ÁñºƒP”
"gradients/bn3c_branch2a/gamma_grad©·Áñºƒ Š(ŠBTgradients/bn3c_branch2a/gamma_grad = BackpropGrad(gradients/bn3c_branch2a/beta_grad)H©·ÁñºƒP™
$gradients/res3c_branch2a/kernel_grad³¸Áñºƒ ½(½BWgradients/res3c_branch2a/kernel_grad = BackpropGrad(gradients/bn3c_branch2a/gamma_grad)H³¸ÁñºƒP“
!gradients/bn3b_branch2c/beta_gradğ½Áñºƒ U(UBVgradients/bn3b_branch2c/beta_grad = BackpropGrad(gradients/res3c_branch2a/kernel_grad)Hğ½ÁñºƒP”
"gradients/bn3b_branch2c/gamma_gradÅ¾Áñºƒ ™(™BTgradients/bn3b_branch2c/gamma_grad = BackpropGrad(gradients/bn3b_branch2c/beta_grad)HÅ¾ÁñºƒP™
$gradients/res3b_branch2c/kernel_gradŞÂÁñºƒ ¢(¢BWgradients/res3b_branch2c/kernel_grad = BackpropGrad(gradients/bn3b_branch2c/gamma_grad)HŞÂÁñºƒP“
!gradients/bn3b_branch2b/beta_grad€ÈÁñºƒ (BVgradients/bn3b_branch2b/beta_grad = BackpropGrad(gradients/res3b_branch2c/kernel_grad)H€ÈÁñºƒP”
"gradients/bn3b_branch2b/gamma_gradšÈÁñºƒ Œ(ŒBTgradients/bn3b_branch2b/gamma_grad = BackpropGrad(gradients/bn3b_branch2b/beta_grad)HšÈÁñºƒP™
$gradients/res3b_branch2b/kernel_grad¦ÉÁñºƒ ã(ãBWgradients/res3b_branch2b/kernel_grad = BackpropGrad(gradients/bn3b_branch2b/gamma_grad)H¦ÉÁñºƒP“
!gradients/bn3b_branch2a/beta_grad‰ÕÁñºƒ (BVgradients/bn3b_branch2a/beta_grad = BackpropGrad(gradients/res3b_branch2b/kernel_grad)H‰ÕÁñºƒP”
"gradients/bn3b_branch2a/gamma_grad¥ÕÁñºƒ Š(ŠBTgradients/bn3b_branch2a/gamma_grad = BackpropGrad(gradients/bn3b_branch2a/beta_grad)H¥ÕÁñºƒP™
$gradients/res3b_branch2a/kernel_grad¯ÖÁñºƒ ¦(¦BWgradients/res3b_branch2a/kernel_grad = BackpropGrad(gradients/bn3b_branch2a/gamma_grad)H¯ÖÁñºƒP‘
 gradients/bn3a_branch1/beta_gradÕÛÁñºƒ V(VBUgradients/bn3a_branch1/beta_grad = BackpropGrad(gradients/res3b_branch2a/kernel_grad)HÕÛÁñºƒP‘
!gradients/bn3a_branch1/gamma_grad«ÜÁñºƒ ·(·BRgradients/bn3a_branch1/gamma_grad = BackpropGrad(gradients/bn3a_branch1/beta_grad)H«ÜÁñºƒP–
#gradients/res3a_branch1/kernel_gradâŞÁñºƒ ÿ
(ÿ
BUgradients/res3a_branch1/kernel_grad = BackpropGrad(gradients/bn3a_branch1/gamma_grad)HâŞÁñºƒP’
!gradients/bn3a_branch2c/beta_gradáéÁñºƒ R(RBUgradients/bn3a_branch2c/beta_grad = BackpropGrad(gradients/res3a_branch1/kernel_grad)HáéÁñºƒP”
"gradients/bn3a_branch2c/gamma_grad³êÁñºƒ Å(ÅBTgradients/bn3a_branch2c/gamma_grad = BackpropGrad(gradients/bn3a_branch2c/beta_grad)H³êÁñºƒP™
$gradients/res3a_branch2c/kernel_gradøîÁñºƒ (BWgradients/res3a_branch2c/kernel_grad = BackpropGrad(gradients/bn3a_branch2c/gamma_grad)HøîÁñºƒP“
!gradients/bn3a_branch2b/beta_grad†ôÁñºƒ (BVgradients/bn3a_branch2b/beta_grad = BackpropGrad(gradients/res3a_branch2c/kernel_grad)H†ôÁñºƒP”
"gradients/bn3a_branch2b/gamma_grad£ôÁñºƒ ’(’BTgradients/bn3a_branch2b/gamma_grad = BackpropGrad(gradients/bn3a_branch2b/beta_grad)H£ôÁñºƒP™
$gradients/res3a_branch2b/kernel_gradµõÁñºƒ İ(İBWgradients/res3a_branch2b/kernel_grad = BackpropGrad(gradients/bn3a_branch2b/gamma_grad)HµõÁñºƒP“
!gradients/bn3a_branch2a/beta_grad’Âñºƒ P(PBVgradients/bn3a_branch2a/beta_grad = BackpropGrad(gradients/res3a_branch2b/kernel_grad)H’ÂñºƒP”
"gradients/bn3a_branch2a/gamma_gradâÂñºƒ ™(™BTgradients/bn3a_branch2a/gamma_grad = BackpropGrad(gradients/bn3a_branch2a/beta_grad)HâÂñºƒP™
$gradients/res3a_branch2a/kernel_gradû…Âñºƒ û	(û	BWgradients/res3a_branch2a/kernel_grad = BackpropGrad(gradients/bn3a_branch2a/gamma_grad)Hû…ÂñºƒP•
!gradients/bn2c_branch2c/beta_gradöÂñºƒ ›(›BVgradients/bn2c_branch2c/beta_grad = BackpropGrad(gradients/res3a_branch2a/kernel_grad)HöÂñºƒP”
"gradients/bn2c_branch2c/gamma_grad‘‘Âñºƒ ¤(¤BTgradients/bn2c_branch2c/gamma_grad = BackpropGrad(gradients/bn2c_branch2c/beta_grad)H‘‘ÂñºƒP™
$gradients/res2c_branch2c/kernel_gradµ™Âñºƒ “(“BWgradients/res2c_branch2c/kernel_grad = BackpropGrad(gradients/bn2c_branch2c/gamma_grad)Hµ™ÂñºƒP“
!gradients/bn2c_branch2b/beta_gradÈÂñºƒ .(.BVgradients/bn2c_branch2b/beta_grad = BackpropGrad(gradients/res2c_branch2c/kernel_grad)HÈÂñºƒP”
"gradients/bn2c_branch2b/gamma_gradöÂñºƒ Œ(ŒBTgradients/bn2c_branch2b/gamma_grad = BackpropGrad(gradients/bn2c_branch2b/beta_grad)HöÂñºƒP™
$gradients/res2c_branch2b/kernel_grad‚¡Âñºƒ ¿(¿BWgradients/res2c_branch2b/kernel_grad = BackpropGrad(gradients/bn2c_branch2b/gamma_grad)H‚¡ÂñºƒP“
!gradients/bn2c_branch2a/beta_gradÁ¬Âñºƒ .(.BVgradients/bn2c_branch2a/beta_grad = BackpropGrad(gradients/res2c_branch2b/kernel_grad)HÁ¬ÂñºƒP”
"gradients/bn2c_branch2a/gamma_gradï¬Âñºƒ ™(™BTgradients/bn2c_branch2a/gamma_grad = BackpropGrad(gradients/bn2c_branch2a/beta_grad)Hï¬ÂñºƒP™
$gradients/res2c_branch2a/kernel_gradˆ¯Âñºƒ œ(œBWgradients/res2c_branch2a/kernel_grad = BackpropGrad(gradients/bn2c_branch2a/gamma_grad)Hˆ¯ÂñºƒP•
!gradients/bn2b_branch2c/beta_grad¤´Âñºƒ “(“BVgradients/bn2b_branch2c/beta_grad = BackpropGrad(gradients/res2c_branch2a/kernel_grad)H¤´ÂñºƒP”
"gradients/bn2b_branch2c/gamma_grad·µÂñºƒ ä(äBTgradients/bn2b_branch2c/gamma_grad = BackpropGrad(gradients/bn2b_branch2c/beta_grad)H·µÂñºƒP™
$gradients/res2b_branch2c/kernel_grad›¾Âñºƒ ª(ªBWgradients/res2b_branch2c/kernel_grad = BackpropGrad(gradients/bn2b_branch2c/gamma_grad)H›¾ÂñºƒP“
!gradients/bn2b_branch2b/beta_gradÅÃÂñºƒ .(.BVgradients/bn2b_branch2b/beta_grad = BackpropGrad(gradients/res2b_branch2c/kernel_grad)HÅÃÂñºƒP”
"gradients/bn2b_branch2b/gamma_gradóÃÂñºƒ ’(’BTgradients/bn2b_branch2b/gamma_grad = BackpropGrad(gradients/bn2b_branch2b/beta_grad)HóÃÂñºƒP™
$gradients/res2b_branch2b/kernel_grad…ÆÂñºƒ ô(ôBWgradients/res2b_branch2b/kernel_grad = BackpropGrad(gradients/bn2b_branch2b/gamma_grad)H…ÆÂñºƒP“
!gradients/bn2b_branch2a/beta_gradùÑÂñºƒ -(-BVgradients/bn2b_branch2a/beta_grad = BackpropGrad(gradients/res2b_branch2b/kernel_grad)HùÑÂñºƒP”
"gradients/bn2b_branch2a/gamma_grad¦ÒÂñºƒ ’(’BTgradients/bn2b_branch2a/gamma_grad = BackpropGrad(gradients/bn2b_branch2a/beta_grad)H¦ÒÂñºƒP™
$gradients/res2b_branch2a/kernel_grad¸ÔÂñºƒ Á(ÁBWgradients/res2b_branch2a/kernel_grad = BackpropGrad(gradients/bn2b_branch2a/gamma_grad)H¸ÔÂñºƒP“
 gradients/bn2a_branch1/beta_gradùÙÂñºƒ  ( BUgradients/bn2a_branch1/beta_grad = BackpropGrad(gradients/res2b_branch2a/kernel_grad)HùÙÂñºƒP‘
!gradients/bn2a_branch1/gamma_grad™ÛÂñºƒ ×(×BRgradients/bn2a_branch1/gamma_grad = BackpropGrad(gradients/bn2a_branch1/beta_grad)H™ÛÂñºƒP–
#gradients/res2a_branch1/kernel_gradğßÂñºƒ Ÿ(ŸBUgradients/res2a_branch1/kernel_grad = BackpropGrad(gradients/bn2a_branch1/gamma_grad)HğßÂñºƒP”
!gradients/bn2a_branch2c/beta_gradåÂñºƒ ‘(‘BUgradients/bn2a_branch2c/beta_grad = BackpropGrad(gradients/res2a_branch1/kernel_grad)HåÂñºƒP”
"gradients/bn2a_branch2c/gamma_grad æÂñºƒ †(†BTgradients/bn2a_branch2c/gamma_grad = BackpropGrad(gradients/bn2a_branch2c/beta_grad)H æÂñºƒP™
$gradients/res2a_branch2c/kernel_grad¦îÂñºƒ ü(üBWgradients/res2a_branch2c/kernel_grad = BackpropGrad(gradients/bn2a_branch2c/gamma_grad)H¦îÂñºƒP“
!gradients/bn2a_branch2b/beta_grad¢óÂñºƒ -(-BVgradients/bn2a_branch2b/beta_grad = BackpropGrad(gradients/res2a_branch2c/kernel_grad)H¢óÂñºƒP”
"gradients/bn2a_branch2b/gamma_gradÏóÂñºƒ š(šBTgradients/bn2a_branch2b/gamma_grad = BackpropGrad(gradients/bn2a_branch2b/beta_grad)HÏóÂñºƒP™
$gradients/res2a_branch2b/kernel_gradéõÂñºƒ Ú(ÚBWgradients/res2a_branch2b/kernel_grad = BackpropGrad(gradients/bn2a_branch2b/gamma_grad)HéõÂñºƒP“
!gradients/bn2a_branch2a/beta_gradÃÃñºƒ .(.BVgradients/bn2a_branch2a/beta_grad = BackpropGrad(gradients/res2a_branch2b/kernel_grad)HÃÃñºƒP”
"gradients/bn2a_branch2a/gamma_gradñÃñºƒ ”(”BTgradients/bn2a_branch2a/gamma_grad = BackpropGrad(gradients/bn2a_branch2a/beta_grad)HñÃñºƒP™
$gradients/res2a_branch2a/kernel_grad…„Ãñºƒ ³(³BWgradients/res2a_branch2a/kernel_grad = BackpropGrad(gradients/bn2a_branch2a/gamma_grad)H…„ÃñºƒP‹
gradients/bn_conv1/beta_grad¸…Ãñºƒ š(šBQgradients/bn_conv1/beta_grad = BackpropGrad(gradients/res2a_branch2a/kernel_grad)H¸…ÃñºƒP…
gradients/bn_conv1/gamma_gradÒ†Ãñºƒ (BJgradients/bn_conv1/gamma_grad = BackpropGrad(gradients/bn_conv1/beta_grad)HÒ†ÃñºƒP‚
gradients/conv1/kernel_gradß‘Ãñºƒ „(„BIgradients/conv1/kernel_grad = BackpropGrad(gradients/bn_conv1/gamma_grad)Hß‘ÃñºƒP
¶
%/job:ps/replica:0/task:0/device:CPU:0W
conv1/kernel/readİ­¹ñºƒ (B*conv1/kernel/read = Identity(conv1/kernel)Hİ­¹ñºƒP]
bn_conv1/gamma/readà­¹ñºƒ (B.bn_conv1/gamma/read = Identity(bn_conv1/gamma)Hà­¹ñºƒPZ
bn_conv1/beta/readã­¹ñºƒ (B,bn_conv1/beta/read = Identity(bn_conv1/beta)Hã­¹ñºƒPr
res2a_branch2a/kernel/readæ­¹ñºƒ (B<res2a_branch2a/kernel/read = Identity(res2a_branch2a/kernel)Hæ­¹ñºƒPl
bn2a_branch2a/gamma/readé­¹ñºƒ (B8bn2a_branch2a/gamma/read = Identity(bn2a_branch2a/gamma)Hé­¹ñºƒPi
bn2a_branch2a/beta/readì­¹ñºƒ (B6bn2a_branch2a/beta/read = Identity(bn2a_branch2a/beta)Hì­¹ñºƒPr
res2a_branch2b/kernel/readï­¹ñºƒ (B<res2a_branch2b/kernel/read = Identity(res2a_branch2b/kernel)Hï­¹ñºƒPl
bn2a_branch2b/gamma/readñ­¹ñºƒ (B8bn2a_branch2b/gamma/read = Identity(bn2a_branch2b/gamma)Hñ­¹ñºƒPi
bn2a_branch2b/beta/readô­¹ñºƒ (B6bn2a_branch2b/beta/read = Identity(bn2a_branch2b/beta)Hô­¹ñºƒPr
res2a_branch2c/kernel/read÷­¹ñºƒ (B<res2a_branch2c/kernel/read = Identity(res2a_branch2c/kernel)H÷­¹ñºƒPl
bn2a_branch2c/gamma/readú­¹ñºƒ (B8bn2a_branch2c/gamma/read = Identity(bn2a_branch2c/gamma)Hú­¹ñºƒPi
bn2a_branch2c/beta/readı­¹ñºƒ (B6bn2a_branch2c/beta/read = Identity(bn2a_branch2c/beta)Hı­¹ñºƒPo
res2a_branch1/kernel/read€®¹ñºƒ (B:res2a_branch1/kernel/read = Identity(res2a_branch1/kernel)H€®¹ñºƒPi
bn2a_branch1/gamma/readƒ®¹ñºƒ (B6bn2a_branch1/gamma/read = Identity(bn2a_branch1/gamma)Hƒ®¹ñºƒPf
bn2a_branch1/beta/read†®¹ñºƒ (B4bn2a_branch1/beta/read = Identity(bn2a_branch1/beta)H†®¹ñºƒPr
res2b_branch2a/kernel/read‰®¹ñºƒ (B<res2b_branch2a/kernel/read = Identity(res2b_branch2a/kernel)H‰®¹ñºƒPl
bn2b_branch2a/gamma/readŒ®¹ñºƒ (B8bn2b_branch2a/gamma/read = Identity(bn2b_branch2a/gamma)HŒ®¹ñºƒPi
bn2b_branch2a/beta/read®¹ñºƒ (B6bn2b_branch2a/beta/read = Identity(bn2b_branch2a/beta)H®¹ñºƒPr
res2b_branch2b/kernel/read’®¹ñºƒ (B<res2b_branch2b/kernel/read = Identity(res2b_branch2b/kernel)H’®¹ñºƒPl
bn2b_branch2b/gamma/read•®¹ñºƒ (B8bn2b_branch2b/gamma/read = Identity(bn2b_branch2b/gamma)H•®¹ñºƒPi
bn2b_branch2b/beta/read—®¹ñºƒ (B6bn2b_branch2b/beta/read = Identity(bn2b_branch2b/beta)H—®¹ñºƒPr
res2b_branch2c/kernel/readš®¹ñºƒ (B<res2b_branch2c/kernel/read = Identity(res2b_branch2c/kernel)Hš®¹ñºƒPl
bn2b_branch2c/gamma/read®¹ñºƒ (B8bn2b_branch2c/gamma/read = Identity(bn2b_branch2c/gamma)H®¹ñºƒPi
bn2b_branch2c/beta/read ®¹ñºƒ (B6bn2b_branch2c/beta/read = Identity(bn2b_branch2c/beta)H ®¹ñºƒPr
res2c_branch2a/kernel/read£®¹ñºƒ (B<res2c_branch2a/kernel/read = Identity(res2c_branch2a/kernel)H£®¹ñºƒPl
bn2c_branch2a/gamma/read¦®¹ñºƒ (B8bn2c_branch2a/gamma/read = Identity(bn2c_branch2a/gamma)H¦®¹ñºƒPi
bn2c_branch2a/beta/read©®¹ñºƒ (B6bn2c_branch2a/beta/read = Identity(bn2c_branch2a/beta)H©®¹ñºƒPr
res2c_branch2b/kernel/read¬®¹ñºƒ (B<res2c_branch2b/kernel/read = Identity(res2c_branch2b/kernel)H¬®¹ñºƒPl
bn2c_branch2b/gamma/read®®¹ñºƒ (B8bn2c_branch2b/gamma/read = Identity(bn2c_branch2b/gamma)H®®¹ñºƒPi
bn2c_branch2b/beta/read±®¹ñºƒ (B6bn2c_branch2b/beta/read = Identity(bn2c_branch2b/beta)H±®¹ñºƒPr
res2c_branch2c/kernel/read´®¹ñºƒ (B<res2c_branch2c/kernel/read = Identity(res2c_branch2c/kernel)H´®¹ñºƒPl
bn2c_branch2c/gamma/read·®¹ñºƒ (B8bn2c_branch2c/gamma/read = Identity(bn2c_branch2c/gamma)H·®¹ñºƒPi
bn2c_branch2c/beta/readº®¹ñºƒ (B6bn2c_branch2c/beta/read = Identity(bn2c_branch2c/beta)Hº®¹ñºƒPr
res3a_branch2a/kernel/read½®¹ñºƒ (B<res3a_branch2a/kernel/read = Identity(res3a_branch2a/kernel)H½®¹ñºƒPl
bn3a_branch2a/gamma/readÀ®¹ñºƒ (B8bn3a_branch2a/gamma/read = Identity(bn3a_branch2a/gamma)HÀ®¹ñºƒPi
bn3a_branch2a/beta/readÃ®¹ñºƒ (B6bn3a_branch2a/beta/read = Identity(bn3a_branch2a/beta)HÃ®¹ñºƒPr
res3a_branch2b/kernel/readÆ®¹ñºƒ (B<res3a_branch2b/kernel/read = Identity(res3a_branch2b/kernel)HÆ®¹ñºƒPl
bn3a_branch2b/gamma/readÉ®¹ñºƒ (B8bn3a_branch2b/gamma/read = Identity(bn3a_branch2b/gamma)HÉ®¹ñºƒPi
bn3a_branch2b/beta/readÌ®¹ñºƒ (B6bn3a_branch2b/beta/read = Identity(bn3a_branch2b/beta)HÌ®¹ñºƒPr
res3a_branch2c/kernel/readÏ®¹ñºƒ (B<res3a_branch2c/kernel/read = Identity(res3a_branch2c/kernel)HÏ®¹ñºƒPl
bn3a_branch2c/gamma/readÒ®¹ñºƒ (B8bn3a_branch2c/gamma/read = Identity(bn3a_branch2c/gamma)HÒ®¹ñºƒPi
bn3a_branch2c/beta/readÕ®¹ñºƒ (B6bn3a_branch2c/beta/read = Identity(bn3a_branch2c/beta)HÕ®¹ñºƒPo
res3a_branch1/kernel/readØ®¹ñºƒ (B:res3a_branch1/kernel/read = Identity(res3a_branch1/kernel)HØ®¹ñºƒPi
bn3a_branch1/gamma/readÛ®¹ñºƒ (B6bn3a_branch1/gamma/read = Identity(bn3a_branch1/gamma)HÛ®¹ñºƒPf
bn3a_branch1/beta/readŞ®¹ñºƒ (B4bn3a_branch1/beta/read = Identity(bn3a_branch1/beta)HŞ®¹ñºƒPr
res3b_branch2a/kernel/readá®¹ñºƒ (B<res3b_branch2a/kernel/read = Identity(res3b_branch2a/kernel)Há®¹ñºƒPl
bn3b_branch2a/gamma/readä®¹ñºƒ (B8bn3b_branch2a/gamma/read = Identity(bn3b_branch2a/gamma)Hä®¹ñºƒPi
bn3b_branch2a/beta/readæ®¹ñºƒ (B6bn3b_branch2a/beta/read = Identity(bn3b_branch2a/beta)Hæ®¹ñºƒPr
res3b_branch2b/kernel/readé®¹ñºƒ (B<res3b_branch2b/kernel/read = Identity(res3b_branch2b/kernel)Hé®¹ñºƒPl
bn3b_branch2b/gamma/readì®¹ñºƒ (B8bn3b_branch2b/gamma/read = Identity(bn3b_branch2b/gamma)Hì®¹ñºƒPi
bn3b_branch2b/beta/readï®¹ñºƒ (B6bn3b_branch2b/beta/read = Identity(bn3b_branch2b/beta)Hï®¹ñºƒPr
res3b_branch2c/kernel/readó®¹ñºƒ (B<res3b_branch2c/kernel/read = Identity(res3b_branch2c/kernel)Hó®¹ñºƒPl
bn3b_branch2c/gamma/readõ®¹ñºƒ (B8bn3b_branch2c/gamma/read = Identity(bn3b_branch2c/gamma)Hõ®¹ñºƒPi
bn3b_branch2c/beta/readø®¹ñºƒ (B6bn3b_branch2c/beta/read = Identity(bn3b_branch2c/beta)Hø®¹ñºƒPr
res3c_branch2a/kernel/readû®¹ñºƒ (B<res3c_branch2a/kernel/read = Identity(res3c_branch2a/kernel)Hû®¹ñºƒPl
bn3c_branch2a/gamma/readş®¹ñºƒ (B8bn3c_branch2a/gamma/read = Identity(bn3c_branch2a/gamma)Hş®¹ñºƒPi
bn3c_branch2a/beta/read¯¹ñºƒ (B6bn3c_branch2a/beta/read = Identity(bn3c_branch2a/beta)H¯¹ñºƒPr
res3c_branch2b/kernel/read„¯¹ñºƒ (B<res3c_branch2b/kernel/read = Identity(res3c_branch2b/kernel)H„¯¹ñºƒPl
bn3c_branch2b/gamma/read‡¯¹ñºƒ (B8bn3c_branch2b/gamma/read = Identity(bn3c_branch2b/gamma)H‡¯¹ñºƒPi
bn3c_branch2b/beta/readŠ¯¹ñºƒ (B6bn3c_branch2b/beta/read = Identity(bn3c_branch2b/beta)HŠ¯¹ñºƒPr
res3c_branch2c/kernel/read¯¹ñºƒ (B<res3c_branch2c/kernel/read = Identity(res3c_branch2c/kernel)H¯¹ñºƒPl
bn3c_branch2c/gamma/read¯¹ñºƒ (B8bn3c_branch2c/gamma/read = Identity(bn3c_branch2c/gamma)H¯¹ñºƒPi
bn3c_branch2c/beta/read“¯¹ñºƒ (B6bn3c_branch2c/beta/read = Identity(bn3c_branch2c/beta)H“¯¹ñºƒPr
res3d_branch2a/kernel/read–¯¹ñºƒ (B<res3d_branch2a/kernel/read = Identity(res3d_branch2a/kernel)H–¯¹ñºƒPl
bn3d_branch2a/gamma/read™¯¹ñºƒ (B8bn3d_branch2a/gamma/read = Identity(bn3d_branch2a/gamma)H™¯¹ñºƒPi
bn3d_branch2a/beta/readœ¯¹ñºƒ (B6bn3d_branch2a/beta/read = Identity(bn3d_branch2a/beta)Hœ¯¹ñºƒPr
res3d_branch2b/kernel/readŸ¯¹ñºƒ (B<res3d_branch2b/kernel/read = Identity(res3d_branch2b/kernel)HŸ¯¹ñºƒPl
bn3d_branch2b/gamma/read¢¯¹ñºƒ (B8bn3d_branch2b/gamma/read = Identity(bn3d_branch2b/gamma)H¢¯¹ñºƒPi
bn3d_branch2b/beta/read¥¯¹ñºƒ (B6bn3d_branch2b/beta/read = Identity(bn3d_branch2b/beta)H¥¯¹ñºƒPr
res3d_branch2c/kernel/read¨¯¹ñºƒ (B<res3d_branch2c/kernel/read = Identity(res3d_branch2c/kernel)H¨¯¹ñºƒPl
bn3d_branch2c/gamma/read«¯¹ñºƒ (B8bn3d_branch2c/gamma/read = Identity(bn3d_branch2c/gamma)H«¯¹ñºƒPi
bn3d_branch2c/beta/read®¯¹ñºƒ (B6bn3d_branch2c/beta/read = Identity(bn3d_branch2c/beta)H®¯¹ñºƒPr
res4a_branch2a/kernel/read±¯¹ñºƒ (B<res4a_branch2a/kernel/read = Identity(res4a_branch2a/kernel)H±¯¹ñºƒPl
bn4a_branch2a/gamma/read³¯¹ñºƒ (B8bn4a_branch2a/gamma/read = Identity(bn4a_branch2a/gamma)H³¯¹ñºƒPi
bn4a_branch2a/beta/read·¯¹ñºƒ (B6bn4a_branch2a/beta/read = Identity(bn4a_branch2a/beta)H·¯¹ñºƒPr
res4a_branch2b/kernel/readº¯¹ñºƒ (B<res4a_branch2b/kernel/read = Identity(res4a_branch2b/kernel)Hº¯¹ñºƒPl
bn4a_branch2b/gamma/read½¯¹ñºƒ (B8bn4a_branch2b/gamma/read = Identity(bn4a_branch2b/gamma)H½¯¹ñºƒPi
bn4a_branch2b/beta/readÀ¯¹ñºƒ (B6bn4a_branch2b/beta/read = Identity(bn4a_branch2b/beta)HÀ¯¹ñºƒPr
res4a_branch2c/kernel/readÃ¯¹ñºƒ (B<res4a_branch2c/kernel/read = Identity(res4a_branch2c/kernel)HÃ¯¹ñºƒPl
bn4a_branch2c/gamma/readÆ¯¹ñºƒ (B8bn4a_branch2c/gamma/read = Identity(bn4a_branch2c/gamma)HÆ¯¹ñºƒPi
bn4a_branch2c/beta/readÉ¯¹ñºƒ (B6bn4a_branch2c/beta/read = Identity(bn4a_branch2c/beta)HÉ¯¹ñºƒPo
res4a_branch1/kernel/readÌ¯¹ñºƒ (B:res4a_branch1/kernel/read = Identity(res4a_branch1/kernel)HÌ¯¹ñºƒPi
bn4a_branch1/gamma/readĞ¯¹ñºƒ (B6bn4a_branch1/gamma/read = Identity(bn4a_branch1/gamma)HĞ¯¹ñºƒPf
bn4a_branch1/beta/readÒ¯¹ñºƒ (B4bn4a_branch1/beta/read = Identity(bn4a_branch1/beta)HÒ¯¹ñºƒPr
res4b_branch2a/kernel/readÕ¯¹ñºƒ (B<res4b_branch2a/kernel/read = Identity(res4b_branch2a/kernel)HÕ¯¹ñºƒPl
bn4b_branch2a/gamma/readØ¯¹ñºƒ (B8bn4b_branch2a/gamma/read = Identity(bn4b_branch2a/gamma)HØ¯¹ñºƒPi
bn4b_branch2a/beta/readÛ¯¹ñºƒ (B6bn4b_branch2a/beta/read = Identity(bn4b_branch2a/beta)HÛ¯¹ñºƒPr
res4b_branch2b/kernel/readŞ¯¹ñºƒ (B<res4b_branch2b/kernel/read = Identity(res4b_branch2b/kernel)HŞ¯¹ñºƒPl
bn4b_branch2b/gamma/readá¯¹ñºƒ (B8bn4b_branch2b/gamma/read = Identity(bn4b_branch2b/gamma)Há¯¹ñºƒPi
bn4b_branch2b/beta/readä¯¹ñºƒ (B6bn4b_branch2b/beta/read = Identity(bn4b_branch2b/beta)Hä¯¹ñºƒPr
res4b_branch2c/kernel/readç¯¹ñºƒ (B<res4b_branch2c/kernel/read = Identity(res4b_branch2c/kernel)Hç¯¹ñºƒPl
bn4b_branch2c/gamma/readê¯¹ñºƒ (B8bn4b_branch2c/gamma/read = Identity(bn4b_branch2c/gamma)Hê¯¹ñºƒPi
bn4b_branch2c/beta/readí¯¹ñºƒ (B6bn4b_branch2c/beta/read = Identity(bn4b_branch2c/beta)Hí¯¹ñºƒPr
res4c_branch2a/kernel/readğ¯¹ñºƒ (B<res4c_branch2a/kernel/read = Identity(res4c_branch2a/kernel)Hğ¯¹ñºƒPl
bn4c_branch2a/gamma/readó¯¹ñºƒ (B8bn4c_branch2a/gamma/read = Identity(bn4c_branch2a/gamma)Hó¯¹ñºƒPi
bn4c_branch2a/beta/readö¯¹ñºƒ (B6bn4c_branch2a/beta/read = Identity(bn4c_branch2a/beta)Hö¯¹ñºƒPr
res4c_branch2b/kernel/readù¯¹ñºƒ (B<res4c_branch2b/kernel/read = Identity(res4c_branch2b/kernel)Hù¯¹ñºƒPl
bn4c_branch2b/gamma/readü¯¹ñºƒ (B8bn4c_branch2b/gamma/read = Identity(bn4c_branch2b/gamma)Hü¯¹ñºƒPi
bn4c_branch2b/beta/readÿ¯¹ñºƒ (B6bn4c_branch2b/beta/read = Identity(bn4c_branch2b/beta)Hÿ¯¹ñºƒPr
res4c_branch2c/kernel/read‚°¹ñºƒ (B<res4c_branch2c/kernel/read = Identity(res4c_branch2c/kernel)H‚°¹ñºƒPl
bn4c_branch2c/gamma/read…°¹ñºƒ (B8bn4c_branch2c/gamma/read = Identity(bn4c_branch2c/gamma)H…°¹ñºƒPi
bn4c_branch2c/beta/readˆ°¹ñºƒ (B6bn4c_branch2c/beta/read = Identity(bn4c_branch2c/beta)Hˆ°¹ñºƒPr
res4d_branch2a/kernel/read‹°¹ñºƒ (B<res4d_branch2a/kernel/read = Identity(res4d_branch2a/kernel)H‹°¹ñºƒPl
bn4d_branch2a/gamma/read°¹ñºƒ (B8bn4d_branch2a/gamma/read = Identity(bn4d_branch2a/gamma)H°¹ñºƒPi
bn4d_branch2a/beta/read‘°¹ñºƒ (B6bn4d_branch2a/beta/read = Identity(bn4d_branch2a/beta)H‘°¹ñºƒPr
res4d_branch2b/kernel/read”°¹ñºƒ (B<res4d_branch2b/kernel/read = Identity(res4d_branch2b/kernel)H”°¹ñºƒPl
bn4d_branch2b/gamma/read—°¹ñºƒ (B8bn4d_branch2b/gamma/read = Identity(bn4d_branch2b/gamma)H—°¹ñºƒPi
bn4d_branch2b/beta/readš°¹ñºƒ (B6bn4d_branch2b/beta/read = Identity(bn4d_branch2b/beta)Hš°¹ñºƒPr
res4d_branch2c/kernel/read°¹ñºƒ (B<res4d_branch2c/kernel/read = Identity(res4d_branch2c/kernel)H°¹ñºƒPl
bn4d_branch2c/gamma/read¡°¹ñºƒ (B8bn4d_branch2c/gamma/read = Identity(bn4d_branch2c/gamma)H¡°¹ñºƒPi
bn4d_branch2c/beta/read£°¹ñºƒ (B6bn4d_branch2c/beta/read = Identity(bn4d_branch2c/beta)H£°¹ñºƒPr
res4e_branch2a/kernel/read¦°¹ñºƒ (B<res4e_branch2a/kernel/read = Identity(res4e_branch2a/kernel)H¦°¹ñºƒPl
bn4e_branch2a/gamma/read©°¹ñºƒ (B8bn4e_branch2a/gamma/read = Identity(bn4e_branch2a/gamma)H©°¹ñºƒPi
bn4e_branch2a/beta/read¬°¹ñºƒ (B6bn4e_branch2a/beta/read = Identity(bn4e_branch2a/beta)H¬°¹ñºƒPr
res4e_branch2b/kernel/read¯°¹ñºƒ (B<res4e_branch2b/kernel/read = Identity(res4e_branch2b/kernel)H¯°¹ñºƒPl
bn4e_branch2b/gamma/read³°¹ñºƒ (B8bn4e_branch2b/gamma/read = Identity(bn4e_branch2b/gamma)H³°¹ñºƒPi
bn4e_branch2b/beta/read¶°¹ñºƒ (B6bn4e_branch2b/beta/read = Identity(bn4e_branch2b/beta)H¶°¹ñºƒPr
res4e_branch2c/kernel/read¹°¹ñºƒ (B<res4e_branch2c/kernel/read = Identity(res4e_branch2c/kernel)H¹°¹ñºƒPl
bn4e_branch2c/gamma/read¼°¹ñºƒ (B8bn4e_branch2c/gamma/read = Identity(bn4e_branch2c/gamma)H¼°¹ñºƒPi
bn4e_branch2c/beta/read¿°¹ñºƒ (B6bn4e_branch2c/beta/read = Identity(bn4e_branch2c/beta)H¿°¹ñºƒPr
res4f_branch2a/kernel/readÂ°¹ñºƒ (B<res4f_branch2a/kernel/read = Identity(res4f_branch2a/kernel)HÂ°¹ñºƒPl
bn4f_branch2a/gamma/readÅ°¹ñºƒ (B8bn4f_branch2a/gamma/read = Identity(bn4f_branch2a/gamma)HÅ°¹ñºƒPi
bn4f_branch2a/beta/readÈ°¹ñºƒ (B6bn4f_branch2a/beta/read = Identity(bn4f_branch2a/beta)HÈ°¹ñºƒPr
res4f_branch2b/kernel/readÊ°¹ñºƒ (B<res4f_branch2b/kernel/read = Identity(res4f_branch2b/kernel)HÊ°¹ñºƒPl
bn4f_branch2b/gamma/readÎ°¹ñºƒ (B8bn4f_branch2b/gamma/read = Identity(bn4f_branch2b/gamma)HÎ°¹ñºƒPi
bn4f_branch2b/beta/readÑ°¹ñºƒ (B6bn4f_branch2b/beta/read = Identity(bn4f_branch2b/beta)HÑ°¹ñºƒPr
res4f_branch2c/kernel/readÓ°¹ñºƒ (B<res4f_branch2c/kernel/read = Identity(res4f_branch2c/kernel)HÓ°¹ñºƒPl
bn4f_branch2c/gamma/readÖ°¹ñºƒ (B8bn4f_branch2c/gamma/read = Identity(bn4f_branch2c/gamma)HÖ°¹ñºƒPi
bn4f_branch2c/beta/readÙ°¹ñºƒ (B6bn4f_branch2c/beta/read = Identity(bn4f_branch2c/beta)HÙ°¹ñºƒPr
res5a_branch2a/kernel/readÜ°¹ñºƒ (B<res5a_branch2a/kernel/read = Identity(res5a_branch2a/kernel)HÜ°¹ñºƒPl
bn5a_branch2a/gamma/readß°¹ñºƒ (B8bn5a_branch2a/gamma/read = Identity(bn5a_branch2a/gamma)Hß°¹ñºƒPi
bn5a_branch2a/beta/readâ°¹ñºƒ (B6bn5a_branch2a/beta/read = Identity(bn5a_branch2a/beta)Hâ°¹ñºƒPr
res5a_branch2b/kernel/readå°¹ñºƒ (B<res5a_branch2b/kernel/read = Identity(res5a_branch2b/kernel)Hå°¹ñºƒPl
bn5a_branch2b/gamma/readè°¹ñºƒ (B8bn5a_branch2b/gamma/read = Identity(bn5a_branch2b/gamma)Hè°¹ñºƒPi
bn5a_branch2b/beta/readë°¹ñºƒ (B6bn5a_branch2b/beta/read = Identity(bn5a_branch2b/beta)Hë°¹ñºƒPr
res5a_branch2c/kernel/readî°¹ñºƒ (B<res5a_branch2c/kernel/read = Identity(res5a_branch2c/kernel)Hî°¹ñºƒPl
bn5a_branch2c/gamma/readñ°¹ñºƒ (B8bn5a_branch2c/gamma/read = Identity(bn5a_branch2c/gamma)Hñ°¹ñºƒPi
bn5a_branch2c/beta/readô°¹ñºƒ (B6bn5a_branch2c/beta/read = Identity(bn5a_branch2c/beta)Hô°¹ñºƒPo
res5a_branch1/kernel/read÷°¹ñºƒ (B:res5a_branch1/kernel/read = Identity(res5a_branch1/kernel)H÷°¹ñºƒPi
bn5a_branch1/gamma/readú°¹ñºƒ (B6bn5a_branch1/gamma/read = Identity(bn5a_branch1/gamma)Hú°¹ñºƒPf
bn5a_branch1/beta/readı°¹ñºƒ (B4bn5a_branch1/beta/read = Identity(bn5a_branch1/beta)Hı°¹ñºƒPr
res5b_branch2a/kernel/read€±¹ñºƒ (B<res5b_branch2a/kernel/read = Identity(res5b_branch2a/kernel)H€±¹ñºƒPl
bn5b_branch2a/gamma/readƒ±¹ñºƒ (B8bn5b_branch2a/gamma/read = Identity(bn5b_branch2a/gamma)Hƒ±¹ñºƒPi
bn5b_branch2a/beta/read†±¹ñºƒ (B6bn5b_branch2a/beta/read = Identity(bn5b_branch2a/beta)H†±¹ñºƒPr
res5b_branch2b/kernel/readˆ±¹ñºƒ (B<res5b_branch2b/kernel/read = Identity(res5b_branch2b/kernel)Hˆ±¹ñºƒPl
bn5b_branch2b/gamma/readŒ±¹ñºƒ (B8bn5b_branch2b/gamma/read = Identity(bn5b_branch2b/gamma)HŒ±¹ñºƒPi
bn5b_branch2b/beta/read±¹ñºƒ (B6bn5b_branch2b/beta/read = Identity(bn5b_branch2b/beta)H±¹ñºƒPr
res5b_branch2c/kernel/read’±¹ñºƒ (B<res5b_branch2c/kernel/read = Identity(res5b_branch2c/kernel)H’±¹ñºƒPl
bn5b_branch2c/gamma/read•±¹ñºƒ (B8bn5b_branch2c/gamma/read = Identity(bn5b_branch2c/gamma)H•±¹ñºƒPi
bn5b_branch2c/beta/read˜±¹ñºƒ (B6bn5b_branch2c/beta/read = Identity(bn5b_branch2c/beta)H˜±¹ñºƒPr
res5c_branch2a/kernel/read›±¹ñºƒ (B<res5c_branch2a/kernel/read = Identity(res5c_branch2a/kernel)H›±¹ñºƒPl
bn5c_branch2a/gamma/read±¹ñºƒ (B8bn5c_branch2a/gamma/read = Identity(bn5c_branch2a/gamma)H±¹ñºƒPi
bn5c_branch2a/beta/read¡±¹ñºƒ (B6bn5c_branch2a/beta/read = Identity(bn5c_branch2a/beta)H¡±¹ñºƒPr
res5c_branch2b/kernel/read¤±¹ñºƒ (B<res5c_branch2b/kernel/read = Identity(res5c_branch2b/kernel)H¤±¹ñºƒPl
bn5c_branch2b/gamma/read§±¹ñºƒ (B8bn5c_branch2b/gamma/read = Identity(bn5c_branch2b/gamma)H§±¹ñºƒPi
bn5c_branch2b/beta/read©±¹ñºƒ (B6bn5c_branch2b/beta/read = Identity(bn5c_branch2b/beta)H©±¹ñºƒPr
res5c_branch2c/kernel/read¬±¹ñºƒ (B<res5c_branch2c/kernel/read = Identity(res5c_branch2c/kernel)H¬±¹ñºƒPl
bn5c_branch2c/gamma/read¯±¹ñºƒ (B8bn5c_branch2c/gamma/read = Identity(bn5c_branch2c/gamma)H¯±¹ñºƒPi
bn5c_branch2c/beta/read²±¹ñºƒ (B6bn5c_branch2c/beta/read = Identity(bn5c_branch2c/beta)H²±¹ñºƒPZ
fc1000/kernel/readµ±¹ñºƒ (B,fc1000/kernel/read = Identity(fc1000/kernel)Hµ±¹ñºƒPT
fc1000/bias/read¸±¹ñºƒ (B(fc1000/bias/read = Identity(fc1000/bias)H¸±¹ñºƒP¶

RecvTensorÔó¾ñºƒ ](]:
"  Bƒ[4000B] edge_162_gradients/fc1000/bias_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÔó¾ñºƒ¾
'update_fc1000/bias/ApplyGradientDescent±ô¾ñºƒ (B{update_fc1000/bias/ApplyGradientDescent = ApplyGradientDescent(fc1000/bias, learning_rate, gradients/fc1000/bias_grad_S162)H±ô¾ñºƒPÀ

RecvTensor‹ô¾ñºƒ ”µ(”µ:"
€€ô€€ôB…[7.8MB] edge_163_gradients/fc1000/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‹ô¾ñºƒÉ
)update_fc1000/kernel/ApplyGradientDescentŸ©Ãñºƒ Ò	(Ò	Bupdate_fc1000/kernel/ApplyGradientDescent = ApplyGradientDescent(fc1000/kernel, learning_rate, gradients/fc1000/kernel_grad_S163)HŸ©ÃñºƒP½

RecvTensor¥ô¾ñºƒ u(u:
"€@€@BŠ[8192B] edge_164_gradients/bn5c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¥ô¾ñºƒÛ
.update_bn5c_branch2c/beta/ApplyGradientDescentšõ¾ñºƒ (Bupdate_bn5c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2c/beta, learning_rate, gradients/bn5c_branch2c/beta_grad_S164)Hšõ¾ñºƒP¾

RecvTensorµõ¾ñºƒ f(f:
"€@€@B‹[8192B] edge_165_gradients/bn5c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hµõ¾ñºƒß
/update_bn5c_branch2c/gamma/ApplyGradientDescent›ö¾ñºƒ (B“update_bn5c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2c/gamma, learning_rate, gradients/bn5c_branch2c/gamma_grad_S165)H›ö¾ñºƒPÈ

RecvTensorÖú¾ñºƒ ˜‚(˜‚:"
€€€€€€B[4.0MB] edge_166_gradients/res5c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÖú¾ñºƒé
1update_res5c_branch2c/kernel/ApplyGradientDescentîüÀñºƒ Ã(ÃB™update_res5c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res5c_branch2c/kernel, learning_rate, gradients/res5c_branch2c/kernel_grad_S166)HîüÀñºƒP½

RecvTensorâú¾ñºƒ Z(Z:
"€€BŠ[2048B] edge_167_gradients/bn5c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hâú¾ñºƒÛ
.update_bn5c_branch2b/beta/ApplyGradientDescent¼û¾ñºƒ (Bupdate_bn5c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2b/beta, learning_rate, gradients/bn5c_branch2b/beta_grad_S167)H¼û¾ñºƒP¾

RecvTensorŒû¾ñºƒ u(u:
"€€B‹[2048B] edge_168_gradients/bn5c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŒû¾ñºƒß
/update_bn5c_branch2b/gamma/ApplyGradientDescentü¾ñºƒ (B“update_bn5c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2b/gamma, learning_rate, gradients/bn5c_branch2b/gamma_grad_S168)Hü¾ñºƒPÈ

RecvTensor–‡¿ñºƒ õõ(õõ:"
€€À€€ÀB[9.0MB] edge_169_gradients/res5c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H–‡¿ñºƒé
1update_res5c_branch2b/kernel/ApplyGradientDescent‹ıÃñºƒ Õ(ÕB™update_res5c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res5c_branch2b/kernel, learning_rate, gradients/res5c_branch2b/kernel_grad_S169)H‹ıÃñºƒP½

RecvTensor¤‡¿ñºƒ R(R:
"€€BŠ[2048B] edge_170_gradients/bn5c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¤‡¿ñºƒÛ
.update_bn5c_branch2a/beta/ApplyGradientDescentö‡¿ñºƒ (Bupdate_bn5c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2a/beta, learning_rate, gradients/bn5c_branch2a/beta_grad_S170)Hö‡¿ñºƒP¾

RecvTensorÌ‡¿ñºƒ c(c:
"€€B‹[2048B] edge_171_gradients/bn5c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÌ‡¿ñºƒß
/update_bn5c_branch2a/gamma/ApplyGradientDescent¯ˆ¿ñºƒ (B“update_bn5c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2a/gamma, learning_rate, gradients/bn5c_branch2a/gamma_grad_S171)H¯ˆ¿ñºƒPÈ

RecvTensorŞŒ¿ñºƒ Ñ¶(Ñ¶:"
€€€€€€B[4.0MB] edge_172_gradients/res5c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŞŒ¿ñºƒé
1update_res5c_branch2a/kernel/ApplyGradientDescent¯ÃÂñºƒ Õ(ÕB™update_res5c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res5c_branch2a/kernel, learning_rate, gradients/res5c_branch2a/kernel_grad_S172)H¯ÃÂñºƒP¿

RecvTensorøŒ¿ñºƒ †(†:
"€@€@BŠ[8192B] edge_173_gradients/bn5b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HøŒ¿ñºƒÛ
.update_bn5b_branch2c/beta/ApplyGradientDescentş¿ñºƒ (Bupdate_bn5b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2c/beta, learning_rate, gradients/bn5b_branch2c/beta_grad_S173)Hş¿ñºƒPÀ

RecvTensor€¿ñºƒ (:
"€@€@B‹[8192B] edge_174_gradients/bn5b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H€¿ñºƒß
/update_bn5b_branch2c/gamma/ApplyGradientDescent¿ñºƒ (B“update_bn5b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2c/gamma, learning_rate, gradients/bn5b_branch2c/gamma_grad_S174)H¿ñºƒPÈ

RecvTensor¦“¿ñºƒ ¸È(¸È:"
€€€€€€B[4.0MB] edge_175_gradients/res5b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¦“¿ñºƒé
1update_res5b_branch2c/kernel/ApplyGradientDescentÊŞÂñºƒ ®(®B™update_res5b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res5b_branch2c/kernel, learning_rate, gradients/res5b_branch2c/kernel_grad_S175)HÊŞÂñºƒP½

RecvTensor³“¿ñºƒ ~(~:
"€€BŠ[2048B] edge_176_gradients/bn5b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H³“¿ñºƒÛ
.update_bn5b_branch2b/beta/ApplyGradientDescent±”¿ñºƒ (Bupdate_bn5b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2b/beta, learning_rate, gradients/bn5b_branch2b/beta_grad_S176)H±”¿ñºƒP¾

RecvTensorÜ“¿ñºƒ r(r:
"€€B‹[2048B] edge_177_gradients/bn5b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÜ“¿ñºƒß
/update_bn5b_branch2b/gamma/ApplyGradientDescentÎ”¿ñºƒ (B“update_bn5b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2b/gamma, learning_rate, gradients/bn5b_branch2b/gamma_grad_S177)HÎ”¿ñºƒPÈ

RecvTensorƒŸ¿ñºƒ ”ë(”ë:"
€€À€€ÀB[9.0MB] edge_178_gradients/res5b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HƒŸ¿ñºƒé
1update_res5b_branch2b/kernel/ApplyGradientDescent‰”Äñºƒ ï(ïB™update_res5b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res5b_branch2b/kernel, learning_rate, gradients/res5b_branch2b/kernel_grad_S178)H‰”ÄñºƒP½

RecvTensorŸ¿ñºƒ v(v:
"€€BŠ[2048B] edge_179_gradients/bn5b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŸ¿ñºƒÛ
.update_bn5b_branch2a/beta/ApplyGradientDescent… ¿ñºƒ (Bupdate_bn5b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2a/beta, learning_rate, gradients/bn5b_branch2a/beta_grad_S179)H… ¿ñºƒP¾

RecvTensor·Ÿ¿ñºƒ r(r:
"€€B‹[2048B] edge_180_gradients/bn5b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H·Ÿ¿ñºƒß
/update_bn5b_branch2a/gamma/ApplyGradientDescent© ¿ñºƒ (B“update_bn5b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2a/gamma, learning_rate, gradients/bn5b_branch2a/gamma_grad_S180)H© ¿ñºƒPÈ

RecvTensor¼¤¿ñºƒ »İ(»İ:"
€€€€€€B[4.0MB] edge_181_gradients/res5b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¼¤¿ñºƒé
1update_res5b_branch2a/kernel/ApplyGradientDescentÕƒÃñºƒ (B™update_res5b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res5b_branch2a/kernel, learning_rate, gradients/res5b_branch2a/kernel_grad_S181)HÕƒÃñºƒP¾

RecvTensorÖ¤¿ñºƒ (:
"€@€@B‰[8192B] edge_182_gradients/bn5a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÖ¤¿ñºƒ×
-update_bn5a_branch1/beta/ApplyGradientDescentã¥¿ñºƒ (Bupdate_bn5a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch1/beta, learning_rate, gradients/bn5a_branch1/beta_grad_S182)Hã¥¿ñºƒP¿

RecvTensor¦¥¿ñºƒ œ(œ:
"€@€@BŠ[8192B] edge_183_gradients/bn5a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¦¥¿ñºƒÛ
.update_bn5a_branch1/gamma/ApplyGradientDescentÂ¦¿ñºƒ (Bupdate_bn5a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch1/gamma, learning_rate, gradients/bn5a_branch1/gamma_grad_S183)HÂ¦¿ñºƒPÇ

RecvTensor°¿ñºƒ ÊÑ(ÊÑ:"
€€€€€€BŒ[8.0MB] edge_184_gradients/res5a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H°¿ñºƒå
0update_res5a_branch1/kernel/ApplyGradientDescentàˆÄñºƒ ©(©B–update_res5a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch1/kernel, learning_rate, gradients/res5a_branch1/kernel_grad_S184)HàˆÄñºƒP¿

RecvTensor›°¿ñºƒ •(•:
"€@€@BŠ[8192B] edge_185_gradients/bn5a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H›°¿ñºƒÛ
.update_bn5a_branch2c/beta/ApplyGradientDescent°±¿ñºƒ (Bupdate_bn5a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2c/beta, learning_rate, gradients/bn5a_branch2c/beta_grad_S185)H°±¿ñºƒPÀ

RecvTensorª±¿ñºƒ —(—:
"€@€@B‹[8192B] edge_186_gradients/bn5a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hª±¿ñºƒß
/update_bn5a_branch2c/gamma/ApplyGradientDescentÁ²¿ñºƒ (B“update_bn5a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2c/gamma, learning_rate, gradients/bn5a_branch2c/gamma_grad_S186)HÁ²¿ñºƒPÈ

RecvTensorí¶¿ñºƒ ÿİ(ÿİ:"
€€€€€€B[4.0MB] edge_187_gradients/res5a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hí¶¿ñºƒé
1update_res5a_branch2c/kernel/ApplyGradientDescent´–Ãñºƒ ®(®B™update_res5a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch2c/kernel, learning_rate, gradients/res5a_branch2c/kernel_grad_S187)H´–ÃñºƒP½

RecvTensorú¶¿ñºƒ }(}:
"€€BŠ[2048B] edge_188_gradients/bn5a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hú¶¿ñºƒÛ
.update_bn5a_branch2b/beta/ApplyGradientDescent÷·¿ñºƒ (Bupdate_bn5a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2b/beta, learning_rate, gradients/bn5a_branch2b/beta_grad_S188)H÷·¿ñºƒP¾

RecvTensor¢·¿ñºƒ k(k:
"€€B‹[2048B] edge_189_gradients/bn5a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¢·¿ñºƒß
/update_bn5a_branch2b/gamma/ApplyGradientDescent¸¿ñºƒ (B“update_bn5a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2b/gamma, learning_rate, gradients/bn5a_branch2b/gamma_grad_S189)H¸¿ñºƒPÈ

RecvTensor‹Ã¿ñºƒ çË(çË:"
€€À€€ÀB[9.0MB] edge_190_gradients/res5a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‹Ã¿ñºƒé
1update_res5a_branch2b/kernel/ApplyGradientDescentøŸÄñºƒ ¦(¦B™update_res5a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch2b/kernel, learning_rate, gradients/res5a_branch2b/kernel_grad_S190)HøŸÄñºƒP½

RecvTensor¤Ã¿ñºƒ m(m:
"€€BŠ[2048B] edge_191_gradients/bn5a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¤Ã¿ñºƒÛ
.update_bn5a_branch2a/beta/ApplyGradientDescent‘Ä¿ñºƒ (Bupdate_bn5a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2a/beta, learning_rate, gradients/bn5a_branch2a/beta_grad_S191)H‘Ä¿ñºƒP¾

RecvTensor±Ä¿ñºƒ m(m:
"€€B‹[2048B] edge_192_gradients/bn5a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H±Ä¿ñºƒß
/update_bn5a_branch2a/gamma/ApplyGradientDescentÅ¿ñºƒ (B“update_bn5a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2a/gamma, learning_rate, gradients/bn5a_branch2a/gamma_grad_S192)HÅ¿ñºƒPÈ

RecvTensorÓÎ¿ñºƒ Æ£(Æ£:"
€€€€€€B[2.0MB] edge_193_gradients/res5a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÓÎ¿ñºƒé
1update_res5a_branch2a/kernel/ApplyGradientDescent óÁñºƒ ß(ßB™update_res5a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch2a/kernel, learning_rate, gradients/res5a_branch2a/kernel_grad_S193)H óÁñºƒP¿

RecvTensor€Ï¿ñºƒ Š(Š:
"€ € BŠ[4096B] edge_194_gradients/bn4f_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H€Ï¿ñºƒÛ
.update_bn4f_branch2c/beta/ApplyGradientDescentŠĞ¿ñºƒ (Bupdate_bn4f_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2c/beta, learning_rate, gradients/bn4f_branch2c/beta_grad_S194)HŠĞ¿ñºƒPÀ

RecvTensorˆÑ¿ñºƒ ¬(¬:
"€ € B‹[4096B] edge_195_gradients/bn4f_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HˆÑ¿ñºƒß
/update_bn4f_branch2c/gamma/ApplyGradientDescent´Ò¿ñºƒ (B“update_bn4f_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2c/gamma, learning_rate, gradients/bn4f_branch2c/gamma_grad_S195)H´Ò¿ñºƒPÄ

RecvTensoräÖ¿ñºƒ İu(İu:"€€@€€@B[1.0MB] edge_196_gradients/res4f_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HäÖ¿ñºƒé
1update_res4f_branch2c/kernel/ApplyGradientDescentÁÌÀñºƒ Á(ÁB™update_res4f_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4f_branch2c/kernel, learning_rate, gradients/res4f_branch2c/kernel_grad_S196)HÁÌÀñºƒP½

RecvTensorõÖ¿ñºƒ \(\:
"€€BŠ[1024B] edge_197_gradients/bn4f_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HõÖ¿ñºƒÛ
.update_bn4f_branch2b/beta/ApplyGradientDescentÑ×¿ñºƒ (Bupdate_bn4f_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2b/beta, learning_rate, gradients/bn4f_branch2b/beta_grad_S197)HÑ×¿ñºƒP¾

RecvTensor¼×¿ñºƒ s(s:
"€€B‹[1024B] edge_198_gradients/bn4f_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¼×¿ñºƒß
/update_bn4f_branch2b/gamma/ApplyGradientDescent¯Ø¿ñºƒ (B“update_bn4f_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2b/gamma, learning_rate, gradients/bn4f_branch2b/gamma_grad_S198)H¯Ø¿ñºƒPÈ

RecvTensorÄã¿ñºƒ ãÚ(ãÚ:"
€€€€B[2.2MB] edge_199_gradients/res4f_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÄã¿ñºƒé
1update_res4f_branch2b/kernel/ApplyGradientDescent§¾Âñºƒ (B™update_res4f_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4f_branch2b/kernel, learning_rate, gradients/res4f_branch2b/kernel_grad_S199)H§¾ÂñºƒP½

RecvTensorÖã¿ñºƒ t(t:
"€€BŠ[1024B] edge_200_gradients/bn4f_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÖã¿ñºƒÛ
.update_bn4f_branch2a/beta/ApplyGradientDescentÊä¿ñºƒ (Bupdate_bn4f_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2a/beta, learning_rate, gradients/bn4f_branch2a/beta_grad_S200)HÊä¿ñºƒP¾

RecvTensor¡ä¿ñºƒ n(n:
"€€B‹[1024B] edge_201_gradients/bn4f_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¡ä¿ñºƒß
/update_bn4f_branch2a/gamma/ApplyGradientDescentå¿ñºƒ (B“update_bn4f_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2a/gamma, learning_rate, gradients/bn4f_branch2a/gamma_grad_S201)Hå¿ñºƒPÆ

RecvTensoröé¿ñºƒ Ç‰(Ç‰:"€€@€€@B[1.0MB] edge_202_gradients/res4f_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Höé¿ñºƒé
1update_res4f_branch2a/kernel/ApplyGradientDescent½óÀñºƒ ¢(¢B™update_res4f_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4f_branch2a/kernel, learning_rate, gradients/res4f_branch2a/kernel_grad_S202)H½óÀñºƒP¿

RecvTensor¥ê¿ñºƒ (:
"€ € BŠ[4096B] edge_203_gradients/bn4e_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¥ê¿ñºƒÛ
.update_bn4e_branch2c/beta/ApplyGradientDescentÃë¿ñºƒ (Bupdate_bn4e_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2c/beta, learning_rate, gradients/bn4e_branch2c/beta_grad_S203)HÃë¿ñºƒPÀ

RecvTensorÇì¿ñºƒ ¡(¡:
"€ € B‹[4096B] edge_204_gradients/bn4e_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÇì¿ñºƒß
/update_bn4e_branch2c/gamma/ApplyGradientDescentèí¿ñºƒ (B“update_bn4e_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2c/gamma, learning_rate, gradients/bn4e_branch2c/gamma_grad_S204)Hèí¿ñºƒPÆ

RecvTensoråñ¿ñºƒ ñ(ñ:"€€@€€@B[1.0MB] edge_205_gradients/res4e_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Håñ¿ñºƒé
1update_res4e_branch2c/kernel/ApplyGradientDescentÖ‚Áñºƒ ¹(¹B™update_res4e_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4e_branch2c/kernel, learning_rate, gradients/res4e_branch2c/kernel_grad_S205)HÖ‚ÁñºƒP½

RecvTensoröñ¿ñºƒ r(r:
"€€BŠ[1024B] edge_206_gradients/bn4e_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Höñ¿ñºƒÛ
.update_bn4e_branch2b/beta/ApplyGradientDescentèò¿ñºƒ (Bupdate_bn4e_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2b/beta, learning_rate, gradients/bn4e_branch2b/beta_grad_S206)Hèò¿ñºƒP¾

RecvTensorÄò¿ñºƒ p(p:
"€€B‹[1024B] edge_207_gradients/bn4e_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÄò¿ñºƒß
/update_bn4e_branch2b/gamma/ApplyGradientDescent´ó¿ñºƒ (B“update_bn4e_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2b/gamma, learning_rate, gradients/bn4e_branch2b/gamma_grad_S207)H´ó¿ñºƒPÈ

RecvTensorÅş¿ñºƒ øÜ(øÜ:"
€€€€B[2.2MB] edge_208_gradients/res4e_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÅş¿ñºƒé
1update_res4e_branch2b/kernel/ApplyGradientDescent½ÛÂñºƒ (B™update_res4e_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4e_branch2b/kernel, learning_rate, gradients/res4e_branch2b/kernel_grad_S208)H½ÛÂñºƒP½

RecvTensor×ş¿ñºƒ q(q:
"€€BŠ[1024B] edge_209_gradients/bn4e_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H×ş¿ñºƒÛ
.update_bn4e_branch2a/beta/ApplyGradientDescentÈÿ¿ñºƒ (Bupdate_bn4e_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2a/beta, learning_rate, gradients/bn4e_branch2a/beta_grad_S209)HÈÿ¿ñºƒP¾

RecvTensor ÿ¿ñºƒ s(s:
"€€B‹[1024B] edge_210_gradients/bn4e_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H ÿ¿ñºƒß
/update_bn4e_branch2a/gamma/ApplyGradientDescent“€Àñºƒ (B“update_bn4e_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2a/gamma, learning_rate, gradients/bn4e_branch2a/gamma_grad_S210)H“€ÀñºƒPÆ

RecvTensor´„Àñºƒ ¤Ÿ(¤Ÿ:"€€@€€@B[1.0MB] edge_211_gradients/res4e_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H´„Àñºƒé
1update_res4e_branch2a/kernel/ApplyGradientDescentØ£Áñºƒ »(»B™update_res4e_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4e_branch2a/kernel, learning_rate, gradients/res4e_branch2a/kernel_grad_S211)HØ£ÁñºƒP¿

RecvTensorá„Àñºƒ š(š:
"€ € BŠ[4096B] edge_212_gradients/bn4d_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Há„ÀñºƒÛ
.update_bn4d_branch2c/beta/ApplyGradientDescentû…Àñºƒ (Bupdate_bn4d_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2c/beta, learning_rate, gradients/bn4d_branch2c/beta_grad_S212)Hû…ÀñºƒPÀ

RecvTensor÷†Àñºƒ À(À:
"€ € B‹[4096B] edge_213_gradients/bn4d_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H÷†Àñºƒß
/update_bn4d_branch2c/gamma/ApplyGradientDescent·ˆÀñºƒ (B“update_bn4d_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2c/gamma, learning_rate, gradients/bn4d_branch2c/gamma_grad_S213)H·ˆÀñºƒPÆ

RecvTensor’ŒÀñºƒ ¡¤(¡¤:"€€@€€@B[1.0MB] edge_214_gradients/res4d_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H’ŒÀñºƒé
1update_res4d_branch2c/kernel/ApplyGradientDescent³°Áñºƒ ¤(¤B™update_res4d_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4d_branch2c/kernel, learning_rate, gradients/res4d_branch2c/kernel_grad_S214)H³°ÁñºƒP½

RecvTensor£ŒÀñºƒ t(t:
"€€BŠ[1024B] edge_215_gradients/bn4d_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H£ŒÀñºƒÛ
.update_bn4d_branch2b/beta/ApplyGradientDescent—Àñºƒ (Bupdate_bn4d_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2b/beta, learning_rate, gradients/bn4d_branch2b/beta_grad_S215)H—ÀñºƒP¾

RecvTensoríŒÀñºƒ v(v:
"€€B‹[1024B] edge_216_gradients/bn4d_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HíŒÀñºƒß
/update_bn4d_branch2b/gamma/ApplyGradientDescentãÀñºƒ (B“update_bn4d_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2b/gamma, learning_rate, gradients/bn4d_branch2b/gamma_grad_S216)HãÀñºƒPÈ

RecvTensor×˜Àñºƒ ‡Ö(‡Ö:"
€€€€B[2.2MB] edge_217_gradients/res4d_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H×˜Àñºƒé
1update_res4d_branch2b/kernel/ApplyGradientDescentŞîÂñºƒ Š(ŠB™update_res4d_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4d_branch2b/kernel, learning_rate, gradients/res4d_branch2b/kernel_grad_S217)HŞîÂñºƒP½

RecvTensorè˜Àñºƒ t(t:
"€€BŠ[1024B] edge_218_gradients/bn4d_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hè˜ÀñºƒÛ
.update_bn4d_branch2a/beta/ApplyGradientDescentÜ™Àñºƒ (Bupdate_bn4d_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2a/beta, learning_rate, gradients/bn4d_branch2a/beta_grad_S218)HÜ™ÀñºƒP¾

RecvTensor³™Àñºƒ g(g:
"€€B‹[1024B] edge_219_gradients/bn4d_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H³™Àñºƒß
/update_bn4d_branch2a/gamma/ApplyGradientDescentššÀñºƒ (B“update_bn4d_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2a/gamma, learning_rate, gradients/bn4d_branch2a/gamma_grad_S219)HššÀñºƒPÆ

RecvTensoråÀñºƒ Œ¯(Œ¯:"€€@€€@B[1.0MB] edge_220_gradients/res4d_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HåÀñºƒé
1update_res4d_branch2a/kernel/ApplyGradientDescentñÍÁñºƒ ¿(¿B™update_res4d_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4d_branch2a/kernel, learning_rate, gradients/res4d_branch2a/kernel_grad_S220)HñÍÁñºƒP¿

RecvTensor”ŸÀñºƒ «(«:
"€ € BŠ[4096B] edge_221_gradients/bn4c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H”ŸÀñºƒÛ
.update_bn4c_branch2c/beta/ApplyGradientDescent¿ Àñºƒ (Bupdate_bn4c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2c/beta, learning_rate, gradients/bn4c_branch2c/beta_grad_S221)H¿ ÀñºƒPÀ

RecvTensor©¡Àñºƒ °(°:
"€ € B‹[4096B] edge_222_gradients/bn4c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H©¡Àñºƒß
/update_bn4c_branch2c/gamma/ApplyGradientDescentÙ¢Àñºƒ (B“update_bn4c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2c/gamma, learning_rate, gradients/bn4c_branch2c/gamma_grad_S222)HÙ¢ÀñºƒPÆ

RecvTensorş¦Àñºƒ É²(É²:"€€@€€@B[1.0MB] edge_223_gradients/res4c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hş¦Àñºƒé
1update_res4c_branch2c/kernel/ApplyGradientDescentÇÙÁñºƒ ¿(¿B™update_res4c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4c_branch2c/kernel, learning_rate, gradients/res4c_branch2c/kernel_grad_S223)HÇÙÁñºƒP¿

RecvTensor§Àñºƒ „(„:
"€€BŠ[1024B] edge_224_gradients/bn4c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H§ÀñºƒÛ
.update_bn4c_branch2b/beta/ApplyGradientDescent”¨Àñºƒ (Bupdate_bn4c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2b/beta, learning_rate, gradients/bn4c_branch2b/beta_grad_S224)H”¨ÀñºƒP¾

RecvTensorÙ§Àñºƒ k(k:
"€€B‹[1024B] edge_225_gradients/bn4c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÙ§Àñºƒß
/update_bn4c_branch2b/gamma/ApplyGradientDescentÄ¨Àñºƒ (B“update_bn4c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2b/gamma, learning_rate, gradients/bn4c_branch2b/gamma_grad_S225)HÄ¨ÀñºƒPÈ

RecvTensorÜ³Àñºƒ ˜Ê(˜Ê:"
€€€€B[2.2MB] edge_226_gradients/res4c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÜ³Àñºƒé
1update_res4c_branch2b/kernel/ApplyGradientDescentôıÂñºƒ ‚(‚B™update_res4c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4c_branch2b/kernel, learning_rate, gradients/res4c_branch2b/kernel_grad_S226)HôıÂñºƒP½

RecvTensorî³Àñºƒ |(|:
"€€BŠ[1024B] edge_227_gradients/bn4c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hî³ÀñºƒÛ
.update_bn4c_branch2a/beta/ApplyGradientDescentê´Àñºƒ (Bupdate_bn4c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2a/beta, learning_rate, gradients/bn4c_branch2a/beta_grad_S227)Hê´ÀñºƒPÀ

RecvTensorº´Àñºƒ …(…:
"€€B‹[1024B] edge_228_gradients/bn4c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hº´Àñºƒß
/update_bn4c_branch2a/gamma/ApplyGradientDescent¿µÀñºƒ (B“update_bn4c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2a/gamma, learning_rate, gradients/bn4c_branch2a/gamma_grad_S228)H¿µÀñºƒPÆ

RecvTensorÚ¹Àñºƒ …¸(…¸:"€€@€€@B[1.0MB] edge_229_gradients/res4c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÚ¹Àñºƒé
1update_res4c_branch2a/kernel/ApplyGradientDescentßñÁñºƒ Á(ÁB™update_res4c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4c_branch2a/kernel, learning_rate, gradients/res4c_branch2a/kernel_grad_S229)HßñÁñºƒP¿

RecvTensor…ºÀñºƒ °(°:
"€ € BŠ[4096B] edge_230_gradients/bn4b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H…ºÀñºƒÛ
.update_bn4b_branch2c/beta/ApplyGradientDescentµ»Àñºƒ (Bupdate_bn4b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2c/beta, learning_rate, gradients/bn4b_branch2c/beta_grad_S230)Hµ»ÀñºƒPÀ

RecvTensor•¼Àñºƒ ¸(¸:
"€ € B‹[4096B] edge_231_gradients/bn4b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H•¼Àñºƒß
/update_bn4b_branch2c/gamma/ApplyGradientDescentÍ½Àñºƒ (B“update_bn4b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2c/gamma, learning_rate, gradients/bn4b_branch2c/gamma_grad_S231)HÍ½ÀñºƒPÆ

RecvTensorËÁÀñºƒ Ş¸(Ş¸:"€€@€€@B[1.0MB] edge_232_gradients/res4b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HËÁÀñºƒé
1update_res4b_branch2c/kernel/ApplyGradientDescent©úÁñºƒ °(°B™update_res4b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4b_branch2c/kernel, learning_rate, gradients/res4b_branch2c/kernel_grad_S232)H©úÁñºƒP¿

RecvTensorİÁÀñºƒ (:
"€€BŠ[1024B] edge_233_gradients/bn4b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HİÁÀñºƒÛ
.update_bn4b_branch2b/beta/ApplyGradientDescentŞÂÀñºƒ (Bupdate_bn4b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2b/beta, learning_rate, gradients/bn4b_branch2b/beta_grad_S233)HŞÂÀñºƒP¾

RecvTensor¤ÂÀñºƒ q(q:
"€€B‹[1024B] edge_234_gradients/bn4b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¤ÂÀñºƒß
/update_bn4b_branch2b/gamma/ApplyGradientDescent•ÃÀñºƒ (B“update_bn4b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2b/gamma, learning_rate, gradients/bn4b_branch2b/gamma_grad_S234)H•ÃÀñºƒPÈ

RecvTensor‚ÎÀñºƒ ¬º(¬º:"
€€€€B[2.2MB] edge_235_gradients/res4b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‚ÎÀñºƒé
1update_res4b_branch2b/kernel/ApplyGradientDescent‰‰Ãñºƒ ¹(¹B™update_res4b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4b_branch2b/kernel, learning_rate, gradients/res4b_branch2b/kernel_grad_S235)H‰‰ÃñºƒP½

RecvTensor“ÎÀñºƒ j(j:
"€€BŠ[1024B] edge_236_gradients/bn4b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H“ÎÀñºƒÛ
.update_bn4b_branch2a/beta/ApplyGradientDescentıÎÀñºƒ (Bupdate_bn4b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2a/beta, learning_rate, gradients/bn4b_branch2a/beta_grad_S236)HıÎÀñºƒP¾

RecvTensorÚÎÀñºƒ t(t:
"€€B‹[1024B] edge_237_gradients/bn4b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÚÎÀñºƒß
/update_bn4b_branch2a/gamma/ApplyGradientDescentÎÏÀñºƒ (B“update_bn4b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2a/gamma, learning_rate, gradients/bn4b_branch2a/gamma_grad_S237)HÎÏÀñºƒPÆ

RecvTensor‚ÔÀñºƒ å¸(å¸:"€€@€€@B[1.0MB] edge_238_gradients/res4b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‚ÔÀñºƒé
1update_res4b_branch2a/kernel/ApplyGradientDescentçŒÂñºƒ ¾(¾B™update_res4b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4b_branch2a/kernel, learning_rate, gradients/res4b_branch2a/kernel_grad_S238)HçŒÂñºƒP¾

RecvTensor²ÔÀñºƒ ¸(¸:
"€ € B‰[4096B] edge_239_gradients/bn4a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H²ÔÀñºƒ×
-update_bn4a_branch1/beta/ApplyGradientDescentêÕÀñºƒ (Bupdate_bn4a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch1/beta, learning_rate, gradients/bn4a_branch1/beta_grad_S239)HêÕÀñºƒP¿

RecvTensorÎÕÀñºƒ ·(·:
"€ € BŠ[4096B] edge_240_gradients/bn4a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÎÕÀñºƒÛ
.update_bn4a_branch1/gamma/ApplyGradientDescent…×Àñºƒ (Bupdate_bn4a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch1/gamma, learning_rate, gradients/bn4a_branch1/gamma_grad_S240)H…×ÀñºƒPÇ

RecvTensorêàÀñºƒ ò(ò:"
€€€€€€BŒ[2.0MB] edge_241_gradients/res4a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HêàÀñºƒå
0update_res4a_branch1/kernel/ApplyGradientDescentö€Ãñºƒ ß(ßB–update_res4a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch1/kernel, learning_rate, gradients/res4a_branch1/kernel_grad_S241)Hö€ÃñºƒP¿

RecvTensor”áÀñºƒ »(»:
"€ € BŠ[4096B] edge_242_gradients/bn4a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H”áÀñºƒÛ
.update_bn4a_branch2c/beta/ApplyGradientDescentÏâÀñºƒ (Bupdate_bn4a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2c/beta, learning_rate, gradients/bn4a_branch2c/beta_grad_S242)HÏâÀñºƒPÀ

RecvTensor—ãÀñºƒ º(º:
"€ € B‹[4096B] edge_243_gradients/bn4a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H—ãÀñºƒß
/update_bn4a_branch2c/gamma/ApplyGradientDescentÑäÀñºƒ (B“update_bn4a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2c/gamma, learning_rate, gradients/bn4a_branch2c/gamma_grad_S243)HÑäÀñºƒPÆ

RecvTensorËèÀñºƒ ¦¶(¦¶:"€€@€€@B[1.0MB] edge_244_gradients/res4a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HËèÀñºƒé
1update_res4a_branch2c/kernel/ApplyGradientDescentñÂñºƒ ¹(¹B™update_res4a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch2c/kernel, learning_rate, gradients/res4a_branch2c/kernel_grad_S244)HñÂñºƒP½

RecvTensorİèÀñºƒ w(w:
"€€BŠ[1024B] edge_245_gradients/bn4a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HİèÀñºƒÛ
.update_bn4a_branch2b/beta/ApplyGradientDescentÔéÀñºƒ (Bupdate_bn4a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2b/beta, learning_rate, gradients/bn4a_branch2b/beta_grad_S245)HÔéÀñºƒP¾

RecvTensor©éÀñºƒ (:
"€€B‹[1024B] edge_246_gradients/bn4a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H©éÀñºƒß
/update_bn4a_branch2b/gamma/ApplyGradientDescent¨êÀñºƒ (B“update_bn4a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2b/gamma, learning_rate, gradients/bn4a_branch2b/gamma_grad_S246)H¨êÀñºƒPÈ

RecvTensor‡õÀñºƒ ¦(¦:"
€€€€B[2.2MB] edge_247_gradients/res4a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‡õÀñºƒé
1update_res4a_branch2b/kernel/ApplyGradientDescent­“Ãñºƒ ‡(‡B™update_res4a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch2b/kernel, learning_rate, gradients/res4a_branch2b/kernel_grad_S247)H­“ÃñºƒP½

RecvTensor¶õÀñºƒ s(s:
"€€BŠ[1024B] edge_248_gradients/bn4a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¶õÀñºƒÛ
.update_bn4a_branch2a/beta/ApplyGradientDescent©öÀñºƒ (Bupdate_bn4a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2a/beta, learning_rate, gradients/bn4a_branch2a/beta_grad_S248)H©öÀñºƒPÀ

RecvTensorÖ÷Àñºƒ (:
"€€B‹[1024B] edge_249_gradients/bn4a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÖ÷Àñºƒß
/update_bn4a_branch2a/gamma/ApplyGradientDescent×øÀñºƒ (B“update_bn4a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2a/gamma, learning_rate, gradients/bn4a_branch2a/gamma_grad_S249)H×øÀñºƒPÄ

RecvTensoröÁñºƒ Ñ`(Ñ`:"€€ €€ B[0.5MB] edge_250_gradients/res4a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HöÁñºƒç
1update_res4a_branch2a/kernel/ApplyGradientDescentÇâÁñºƒ b(bB™update_res4a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch2a/kernel, learning_rate, gradients/res4a_branch2a/kernel_grad_S250)HÇâÁñºƒP¿

RecvTensorÇ‚Áñºƒ ‡(‡:
"€€BŠ[2048B] edge_251_gradients/bn3d_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÇ‚ÁñºƒÛ
.update_bn3d_branch2c/beta/ApplyGradientDescent„Áñºƒ (Bupdate_bn3d_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2c/beta, learning_rate, gradients/bn3d_branch2c/beta_grad_S251)H„ÁñºƒPÀ

RecvTensorË†Áñºƒ ¦(¦:
"€€B‹[2048B] edge_252_gradients/bn3d_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HË†Áñºƒß
/update_bn3d_branch2c/gamma/ApplyGradientDescentñ‡Áñºƒ (B“update_bn3d_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2c/gamma, learning_rate, gradients/bn3d_branch2c/gamma_grad_S252)Hñ‡ÁñºƒPÄ

RecvTensorú‹Áñºƒ à0(à0:"€€€€B[0.2MB] edge_253_gradients/res3d_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hú‹Áñºƒç
1update_res3d_branch2c/kernel/ApplyGradientDescentÚ¼Áñºƒ 1(1B™update_res3d_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3d_branch2c/kernel, learning_rate, gradients/res3d_branch2c/kernel_grad_S253)HÚ¼ÁñºƒP¾

RecvTensor”ŒÁñºƒ …(…:
"€€B‰[512B] edge_254_gradients/bn3d_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H”ŒÁñºƒÛ
.update_bn3d_branch2b/beta/ApplyGradientDescent™Áñºƒ (Bupdate_bn3d_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2b/beta, learning_rate, gradients/bn3d_branch2b/beta_grad_S254)H™ÁñºƒP½

RecvTensorŸÁñºƒ v(v:
"€€BŠ[512B] edge_255_gradients/bn3d_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŸÁñºƒß
/update_bn3d_branch2b/gamma/ApplyGradientDescent•Áñºƒ (B“update_bn3d_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2b/gamma, learning_rate, gradients/bn3d_branch2b/gamma_grad_S255)H•ÁñºƒPÄ

RecvTensor™Áñºƒ “k(“k:"€€$€€$B[0.6MB] edge_256_gradients/res3d_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H™Áñºƒç
1update_res3d_branch2b/kernel/ApplyGradientDescent¢„Âñºƒ c(cB™update_res3d_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3d_branch2b/kernel, learning_rate, gradients/res3d_branch2b/kernel_grad_S256)H¢„ÂñºƒP¼

RecvTensor«™Áñºƒ d(d:
"€€B‰[512B] edge_257_gradients/bn3d_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H«™ÁñºƒÛ
.update_bn3d_branch2a/beta/ApplyGradientDescentšÁñºƒ (Bupdate_bn3d_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2a/beta, learning_rate, gradients/bn3d_branch2a/beta_grad_S257)HšÁñºƒP½

RecvTensor´šÁñºƒ w(w:
"€€BŠ[512B] edge_258_gradients/bn3d_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H´šÁñºƒß
/update_bn3d_branch2a/gamma/ApplyGradientDescent«›Áñºƒ (B“update_bn3d_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2a/gamma, learning_rate, gradients/bn3d_branch2a/gamma_grad_S258)H«›ÁñºƒPÄ

RecvTensorçŸÁñºƒ ü1(ü1:"€€€€B[0.2MB] edge_259_gradients/res3d_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HçŸÁñºƒç
1update_res3d_branch2a/kernel/ApplyGradientDescentãÑÁñºƒ 1(1B™update_res3d_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3d_branch2a/kernel, learning_rate, gradients/res3d_branch2a/kernel_grad_S259)HãÑÁñºƒP¿

RecvTensor» Áñºƒ “(“:
"€€BŠ[2048B] edge_260_gradients/bn3c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H» ÁñºƒÛ
.update_bn3c_branch2c/beta/ApplyGradientDescentÎ¡Áñºƒ (Bupdate_bn3c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2c/beta, learning_rate, gradients/bn3c_branch2c/beta_grad_S260)HÎ¡ÁñºƒPÀ

RecvTensorÅ¤Áñºƒ (:
"€€B‹[2048B] edge_261_gradients/bn3c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÅ¤Áñºƒß
/update_bn3c_branch2c/gamma/ApplyGradientDescentÕ¥Áñºƒ (B“update_bn3c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2c/gamma, learning_rate, gradients/bn3c_branch2c/gamma_grad_S261)HÕ¥ÁñºƒPÄ

RecvTensorì©Áñºƒ û1(û1:"€€€€B[0.2MB] edge_262_gradients/res3c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hì©Áñºƒç
1update_res3c_branch2c/kernel/ApplyGradientDescentçÛÁñºƒ /(/B™update_res3c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3c_branch2c/kernel, learning_rate, gradients/res3c_branch2c/kernel_grad_S262)HçÛÁñºƒP¼

RecvTensor‡ªÁñºƒ w(w:
"€€B‰[512B] edge_263_gradients/bn3c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‡ªÁñºƒÛ
.update_bn3c_branch2b/beta/ApplyGradientDescentşªÁñºƒ (Bupdate_bn3c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2b/beta, learning_rate, gradients/bn3c_branch2b/beta_grad_S263)HşªÁñºƒP½

RecvTensor«Áñºƒ v(v:
"€€BŠ[512B] edge_264_gradients/bn3c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H«Áñºƒß
/update_bn3c_branch2b/gamma/ApplyGradientDescent„¬Áñºƒ (B“update_bn3c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2b/gamma, learning_rate, gradients/bn3c_branch2b/gamma_grad_S264)H„¬ÁñºƒPÄ

RecvTensor·Áñºƒ Æe(Æe:"€€$€€$B[0.6MB] edge_265_gradients/res3c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H·Áñºƒç
1update_res3c_branch2b/kernel/ApplyGradientDescentÕœÂñºƒ f(fB™update_res3c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3c_branch2b/kernel, learning_rate, gradients/res3c_branch2b/kernel_grad_S265)HÕœÂñºƒP¼

RecvTensor©·Áñºƒ m(m:
"€€B‰[512B] edge_266_gradients/bn3c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H©·ÁñºƒÛ
.update_bn3c_branch2a/beta/ApplyGradientDescent–¸Áñºƒ (Bupdate_bn3c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2a/beta, learning_rate, gradients/bn3c_branch2a/beta_grad_S266)H–¸ÁñºƒP½

RecvTensor³¸Áñºƒ p(p:
"€€BŠ[512B] edge_267_gradients/bn3c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H³¸Áñºƒß
/update_bn3c_branch2a/gamma/ApplyGradientDescent£¹Áñºƒ (B“update_bn3c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2a/gamma, learning_rate, gradients/bn3c_branch2a/gamma_grad_S267)H£¹ÁñºƒPÄ

RecvTensorğ½Áñºƒ ³1(³1:"€€€€B[0.2MB] edge_268_gradients/res3c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hğ½Áñºƒç
1update_res3c_branch2a/kernel/ApplyGradientDescent£ïÁñºƒ 3(3B™update_res3c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3c_branch2a/kernel, learning_rate, gradients/res3c_branch2a/kernel_grad_S268)H£ïÁñºƒP¿

RecvTensorÅ¾Áñºƒ (:
"€€BŠ[2048B] edge_269_gradients/bn3b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÅ¾ÁñºƒÛ
.update_bn3b_branch2c/beta/ApplyGradientDescentÕ¿Áñºƒ (Bupdate_bn3b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2c/beta, learning_rate, gradients/bn3b_branch2c/beta_grad_S269)HÕ¿ÁñºƒPÀ

RecvTensorŞÂÁñºƒ ¨(¨:
"€€B‹[2048B] edge_270_gradients/bn3b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŞÂÁñºƒß
/update_bn3b_branch2c/gamma/ApplyGradientDescent†ÄÁñºƒ (B“update_bn3b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2c/gamma, learning_rate, gradients/bn3b_branch2c/gamma_grad_S270)H†ÄÁñºƒPÄ

RecvTensor€ÈÁñºƒ ¡0(¡0:"€€€€B[0.2MB] edge_271_gradients/res3b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H€ÈÁñºƒç
1update_res3b_branch2c/kernel/ApplyGradientDescent¡øÁñºƒ 1(1B™update_res3b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3b_branch2c/kernel, learning_rate, gradients/res3b_branch2c/kernel_grad_S271)H¡øÁñºƒP¼

RecvTensoršÈÁñºƒ k(k:
"€€B‰[512B] edge_272_gradients/bn3b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HšÈÁñºƒÛ
.update_bn3b_branch2b/beta/ApplyGradientDescent…ÉÁñºƒ (Bupdate_bn3b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2b/beta, learning_rate, gradients/bn3b_branch2b/beta_grad_S272)H…ÉÁñºƒP½

RecvTensor¦ÉÁñºƒ b(b:
"€€BŠ[512B] edge_273_gradients/bn3b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¦ÉÁñºƒß
/update_bn3b_branch2b/gamma/ApplyGradientDescentˆÊÁñºƒ (B“update_bn3b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2b/gamma, learning_rate, gradients/bn3b_branch2b/gamma_grad_S273)HˆÊÁñºƒPÄ

RecvTensor‰ÕÁñºƒ ¤\(¤\:"€€$€€$B[0.6MB] edge_274_gradients/res3b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‰ÕÁñºƒç
1update_res3b_branch2b/kernel/ApplyGradientDescent­±Âñºƒ c(cB™update_res3b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3b_branch2b/kernel, learning_rate, gradients/res3b_branch2b/kernel_grad_S274)H­±ÂñºƒP¼

RecvTensor¥ÕÁñºƒ q(q:
"€€B‰[512B] edge_275_gradients/bn3b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¥ÕÁñºƒÛ
.update_bn3b_branch2a/beta/ApplyGradientDescent–ÖÁñºƒ (Bupdate_bn3b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2a/beta, learning_rate, gradients/bn3b_branch2a/beta_grad_S275)H–ÖÁñºƒP½

RecvTensor¯ÖÁñºƒ h(h:
"€€BŠ[512B] edge_276_gradients/bn3b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¯ÖÁñºƒß
/update_bn3b_branch2a/gamma/ApplyGradientDescent—×Áñºƒ (B“update_bn3b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2a/gamma, learning_rate, gradients/bn3b_branch2a/gamma_grad_S276)H—×ÁñºƒPÄ

RecvTensorÕÛÁñºƒ ‰-(‰-:"€€€€B[0.2MB] edge_277_gradients/res3b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÕÛÁñºƒç
1update_res3b_branch2a/kernel/ApplyGradientDescentŞˆÂñºƒ -(-B™update_res3b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3b_branch2a/kernel, learning_rate, gradients/res3b_branch2a/kernel_grad_S277)HŞˆÂñºƒP¾

RecvTensor«ÜÁñºƒ ª(ª:
"€€B‰[2048B] edge_278_gradients/bn3a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H«ÜÁñºƒ×
-update_bn3a_branch1/beta/ApplyGradientDescentÕİÁñºƒ (Bupdate_bn3a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch1/beta, learning_rate, gradients/bn3a_branch1/beta_grad_S278)HÕİÁñºƒP¿

RecvTensorâŞÁñºƒ ª(ª:
"€€BŠ[2048B] edge_279_gradients/bn3a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HâŞÁñºƒÛ
.update_bn3a_branch1/gamma/ApplyGradientDescentŒàÁñºƒ (Bupdate_bn3a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch1/gamma, learning_rate, gradients/bn3a_branch1/gamma_grad_S279)HŒàÁñºƒPÃ

RecvTensoráéÁñºƒ äM(äM:"€€ €€ BŒ[0.5MB] edge_280_gradients/res3a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HáéÁñºƒã
0update_res3a_branch1/kernel/ApplyGradientDescentÅ·Âñºƒ l(lB–update_res3a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch1/kernel, learning_rate, gradients/res3a_branch1/kernel_grad_S280)HÅ·ÂñºƒP¿

RecvTensor³êÁñºƒ ‘(‘:
"€€BŠ[2048B] edge_281_gradients/bn3a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H³êÁñºƒÛ
.update_bn3a_branch2c/beta/ApplyGradientDescentÄëÁñºƒ (Bupdate_bn3a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2c/beta, learning_rate, gradients/bn3a_branch2c/beta_grad_S281)HÄëÁñºƒPÀ

RecvTensorøîÁñºƒ ‡(‡:
"€€B‹[2048B] edge_282_gradients/bn3a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HøîÁñºƒß
/update_bn3a_branch2c/gamma/ApplyGradientDescentÿïÁñºƒ (B“update_bn3a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2c/gamma, learning_rate, gradients/bn3a_branch2c/gamma_grad_S282)HÿïÁñºƒPÄ

RecvTensor†ôÁñºƒ †)(†):"€€€€B[0.2MB] edge_283_gradients/res3a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H†ôÁñºƒç
1update_res3a_branch2c/kernel/ApplyGradientDescent»Âñºƒ /(/B™update_res3a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch2c/kernel, learning_rate, gradients/res3a_branch2c/kernel_grad_S283)H»ÂñºƒP¼

RecvTensor£ôÁñºƒ v(v:
"€€B‰[512B] edge_284_gradients/bn3a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H£ôÁñºƒÛ
.update_bn3a_branch2b/beta/ApplyGradientDescentÿõÁñºƒ (Bupdate_bn3a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2b/beta, learning_rate, gradients/bn3a_branch2b/beta_grad_S284)HÿõÁñºƒP½

RecvTensorµõÁñºƒ x(x:
"€€BŠ[512B] edge_285_gradients/bn3a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HµõÁñºƒß
/update_bn3a_branch2b/gamma/ApplyGradientDescent­öÁñºƒ (B“update_bn3a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2b/gamma, learning_rate, gradients/bn3a_branch2b/gamma_grad_S285)H­öÁñºƒPÄ

RecvTensor’Âñºƒ ×L(×L:"€€$€€$B[0.6MB] edge_286_gradients/res3a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H’Âñºƒç
1update_res3a_branch2b/kernel/ApplyGradientDescentéÍÂñºƒ `(`B™update_res3a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch2b/kernel, learning_rate, gradients/res3a_branch2b/kernel_grad_S286)HéÍÂñºƒP¼

RecvTensorâÂñºƒ b(b:
"€€B‰[512B] edge_287_gradients/bn3a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HâÂñºƒÛ
.update_bn3a_branch2a/beta/ApplyGradientDescentÄ‚Âñºƒ (Bupdate_bn3a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2a/beta, learning_rate, gradients/bn3a_branch2a/beta_grad_S287)HÄ‚ÂñºƒP½

RecvTensorû…Âñºƒ h(h:
"€€BŠ[512B] edge_288_gradients/bn3a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hû…Âñºƒß
/update_bn3a_branch2a/gamma/ApplyGradientDescentã†Âñºƒ (B“update_bn3a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2a/gamma, learning_rate, gradients/bn3a_branch2a/gamma_grad_S288)Hã†ÂñºƒPÄ

RecvTensoröÂñºƒ ã(ã:"€€€€B[0.1MB] edge_289_gradients/res3a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HöÂñºƒç
1update_res3a_branch2a/kernel/ApplyGradientDescentÙ£Âñºƒ (B™update_res3a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch2a/kernel, learning_rate, gradients/res3a_branch2a/kernel_grad_S289)HÙ£ÂñºƒP½

RecvTensor‘‘Âñºƒ m(m:
"€€BŠ[1024B] edge_290_gradients/bn2c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‘‘ÂñºƒÛ
.update_bn2c_branch2c/beta/ApplyGradientDescentş‘Âñºƒ (Bupdate_bn2c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2c/beta, learning_rate, gradients/bn2c_branch2c/beta_grad_S290)Hş‘ÂñºƒP¾

RecvTensorµ™Âñºƒ q(q:
"€€B‹[1024B] edge_291_gradients/bn2c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hµ™Âñºƒß
/update_bn2c_branch2c/gamma/ApplyGradientDescent¦šÂñºƒ (B“update_bn2c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2c/gamma, learning_rate, gradients/bn2c_branch2c/gamma_grad_S291)H¦šÂñºƒPÅ

RecvTensorÈÂñºƒ ¿	(¿	:"€€€€B[65536B] edge_292_gradients/res2c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÈÂñºƒç
1update_res2c_branch2c/kernel/ApplyGradientDescent‡¨Âñºƒ (B™update_res2c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res2c_branch2c/kernel, learning_rate, gradients/res2c_branch2c/kernel_grad_S292)H‡¨ÂñºƒP¼

RecvTensoröÂñºƒ Q(Q:
"€€B‰[256B] edge_293_gradients/bn2c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HöÂñºƒÛ
.update_bn2c_branch2b/beta/ApplyGradientDescentª Âñºƒ (Bupdate_bn2c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2b/beta, learning_rate, gradients/bn2c_branch2b/beta_grad_S293)Hª ÂñºƒP½

RecvTensor‚¡Âñºƒ r(r:
"€€BŠ[256B] edge_294_gradients/bn2c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‚¡Âñºƒß
/update_bn2c_branch2b/gamma/ApplyGradientDescentô¡Âñºƒ (B“update_bn2c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2b/gamma, learning_rate, gradients/bn2c_branch2b/gamma_grad_S294)Hô¡ÂñºƒPÄ

RecvTensorÁ¬Âñºƒ ˜(˜:"€€	€€	B[0.1MB] edge_295_gradients/res2c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÁ¬Âñºƒç
1update_res2c_branch2b/kernel/ApplyGradientDescent­ÁÂñºƒ  ( B™update_res2c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res2c_branch2b/kernel, learning_rate, gradients/res2c_branch2b/kernel_grad_S295)H­ÁÂñºƒP¼

RecvTensorï¬Âñºƒ j(j:
"€€B‰[256B] edge_296_gradients/bn2c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hï¬ÂñºƒÛ
.update_bn2c_branch2a/beta/ApplyGradientDescentÙ­Âñºƒ (Bupdate_bn2c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2a/beta, learning_rate, gradients/bn2c_branch2a/beta_grad_S296)HÙ­ÂñºƒP½

RecvTensorˆ¯Âñºƒ b(b:
"€€BŠ[256B] edge_297_gradients/bn2c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hˆ¯Âñºƒß
/update_bn2c_branch2a/gamma/ApplyGradientDescentê¯Âñºƒ (B“update_bn2c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2a/gamma, learning_rate, gradients/bn2c_branch2a/gamma_grad_S297)Hê¯ÂñºƒPÅ

RecvTensor¤´Âñºƒ ‰	(‰	:"€€€€B[65536B] edge_298_gradients/res2c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¤´Âñºƒç
1update_res2c_branch2a/kernel/ApplyGradientDescent­½Âñºƒ (B™update_res2c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res2c_branch2a/kernel, learning_rate, gradients/res2c_branch2a/kernel_grad_S298)H­½ÂñºƒP½

RecvTensor·µÂñºƒ l(l:
"€€BŠ[1024B] edge_299_gradients/bn2b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H·µÂñºƒÛ
.update_bn2b_branch2c/beta/ApplyGradientDescent£¶Âñºƒ (Bupdate_bn2b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2c/beta, learning_rate, gradients/bn2b_branch2c/beta_grad_S299)H£¶ÂñºƒPÀ

RecvTensor›¾Âñºƒ ‡(‡:
"€€B‹[1024B] edge_300_gradients/bn2b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H›¾Âñºƒß
/update_bn2b_branch2c/gamma/ApplyGradientDescent¨ÁÂñºƒ (B“update_bn2b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2c/gamma, learning_rate, gradients/bn2b_branch2c/gamma_grad_S300)H¨ÁÂñºƒPÅ

RecvTensorÅÃÂñºƒ Ë(Ë:"€€€€B[65536B] edge_301_gradients/res2b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÅÃÂñºƒç
1update_res2b_branch2c/kernel/ApplyGradientDescentËÂñºƒ (B™update_res2b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res2b_branch2c/kernel, learning_rate, gradients/res2b_branch2c/kernel_grad_S301)HËÂñºƒP¼

RecvTensoróÃÂñºƒ ^(^:
"€€B‰[256B] edge_302_gradients/bn2b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HóÃÂñºƒÛ
.update_bn2b_branch2b/beta/ApplyGradientDescent„ÉÂñºƒ (Bupdate_bn2b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2b/beta, learning_rate, gradients/bn2b_branch2b/beta_grad_S302)H„ÉÂñºƒP½

RecvTensor…ÆÂñºƒ a(a:
"€€BŠ[256B] edge_303_gradients/bn2b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H…ÆÂñºƒß
/update_bn2b_branch2b/gamma/ApplyGradientDescentˆÉÂñºƒ (B“update_bn2b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2b/gamma, learning_rate, gradients/bn2b_branch2b/gamma_grad_S303)HˆÉÂñºƒPÄ

RecvTensorùÑÂñºƒ ô(ô:"€€	€€	B[0.1MB] edge_304_gradients/res2b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HùÑÂñºƒç
1update_res2b_branch2b/kernel/ApplyGradientDescent’äÂñºƒ (B™update_res2b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res2b_branch2b/kernel, learning_rate, gradients/res2b_branch2b/kernel_grad_S304)H’äÂñºƒP¼

RecvTensor¦ÒÂñºƒ g(g:
"€€B‰[256B] edge_305_gradients/bn2b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¦ÒÂñºƒÛ
.update_bn2b_branch2a/beta/ApplyGradientDescentÓÂñºƒ (Bupdate_bn2b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2a/beta, learning_rate, gradients/bn2b_branch2a/beta_grad_S305)HÓÂñºƒP½

RecvTensor¸ÔÂñºƒ o(o:
"€€BŠ[256B] edge_306_gradients/bn2b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¸ÔÂñºƒß
/update_bn2b_branch2a/gamma/ApplyGradientDescent§ÕÂñºƒ (B“update_bn2b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2a/gamma, learning_rate, gradients/bn2b_branch2a/gamma_grad_S306)H§ÕÂñºƒPÅ

RecvTensorùÙÂñºƒ ñ(ñ:"€€€€B[65536B] edge_307_gradients/res2b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HùÙÂñºƒç
1update_res2b_branch2a/kernel/ApplyGradientDescent‚äÂñºƒ (B™update_res2b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res2b_branch2a/kernel, learning_rate, gradients/res2b_branch2a/kernel_grad_S307)H‚äÂñºƒP¼

RecvTensor™ÛÂñºƒ }(}:
"€€B‰[1024B] edge_308_gradients/bn2a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H™ÛÂñºƒ×
-update_bn2a_branch1/beta/ApplyGradientDescentøãÂñºƒ (Bupdate_bn2a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch1/beta, learning_rate, gradients/bn2a_branch1/beta_grad_S308)HøãÂñºƒP½

RecvTensorğßÂñºƒ d(d:
"€€BŠ[1024B] edge_309_gradients/bn2a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HğßÂñºƒÛ
.update_bn2a_branch1/gamma/ApplyGradientDescentıãÂñºƒ (Bupdate_bn2a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch1/gamma, learning_rate, gradients/bn2a_branch1/gamma_grad_S309)HıãÂñºƒPÄ

RecvTensoråÂñºƒ ²(²:"€€€€B[65536B] edge_310_gradients/res2a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HåÂñºƒã
0update_res2a_branch1/kernel/ApplyGradientDescentÁëÂñºƒ (B–update_res2a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch1/kernel, learning_rate, gradients/res2a_branch1/kernel_grad_S310)HÁëÂñºƒP½

RecvTensor æÂñºƒ q(q:
"€€BŠ[1024B] edge_311_gradients/bn2a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H æÂñºƒÛ
.update_bn2a_branch2c/beta/ApplyGradientDescent‘çÂñºƒ (Bupdate_bn2a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2c/beta, learning_rate, gradients/bn2a_branch2c/beta_grad_S311)H‘çÂñºƒP¾

RecvTensor¦îÂñºƒ u(u:
"€€B‹[1024B] edge_312_gradients/bn2a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¦îÂñºƒß
/update_bn2a_branch2c/gamma/ApplyGradientDescentèñÂñºƒ (B“update_bn2a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2c/gamma, learning_rate, gradients/bn2a_branch2c/gamma_grad_S312)HèñÂñºƒPÅ

RecvTensor¢óÂñºƒ ô(ô:"€€€€B[65536B] edge_313_gradients/res2a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¢óÂñºƒç
1update_res2a_branch2c/kernel/ApplyGradientDescent–ùÂñºƒ (B™update_res2a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch2c/kernel, learning_rate, gradients/res2a_branch2c/kernel_grad_S313)H–ùÂñºƒP¼

RecvTensorÏóÂñºƒ _(_:
"€€B‰[256B] edge_314_gradients/bn2a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÏóÂñºƒÛ
.update_bn2a_branch2b/beta/ApplyGradientDescent®ôÂñºƒ (Bupdate_bn2a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2b/beta, learning_rate, gradients/bn2a_branch2b/beta_grad_S314)H®ôÂñºƒP½

RecvTensoréõÂñºƒ c(c:
"€€BŠ[256B] edge_315_gradients/bn2a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HéõÂñºƒß
/update_bn2a_branch2b/gamma/ApplyGradientDescentÌöÂñºƒ (B“update_bn2a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2b/gamma, learning_rate, gradients/bn2a_branch2b/gamma_grad_S315)HÌöÂñºƒPÄ

RecvTensorÃÃñºƒ §	(§	:"€€	€€	B[0.1MB] edge_316_gradients/res2a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÃÃñºƒç
1update_res2a_branch2b/kernel/ApplyGradientDescentÂŒÃñºƒ (B™update_res2a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch2b/kernel, learning_rate, gradients/res2a_branch2b/kernel_grad_S316)HÂŒÃñºƒP¼

RecvTensorñÃñºƒ Z(Z:
"€€B‰[256B] edge_317_gradients/bn2a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HñÃñºƒÛ
.update_bn2a_branch2a/beta/ApplyGradientDescentòˆÃñºƒ (Bupdate_bn2a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2a/beta, learning_rate, gradients/bn2a_branch2a/beta_grad_S317)HòˆÃñºƒP½

RecvTensor…„Ãñºƒ r(r:
"€€BŠ[256B] edge_318_gradients/bn2a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H…„Ãñºƒß
/update_bn2a_branch2a/gamma/ApplyGradientDescent÷ˆÃñºƒ (B“update_bn2a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2a/gamma, learning_rate, gradients/bn2a_branch2a/gamma_grad_S318)H÷ˆÃñºƒPÅ

RecvTensor¸…Ãñºƒ ê(ê:"€€€€B[16384B] edge_319_gradients/res2a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¸…Ãñºƒç
1update_res2a_branch2a/kernel/ApplyGradientDescentıˆÃñºƒ (B™update_res2a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch2a/kernel, learning_rate, gradients/res2a_branch2a/kernel_grad_S319)HıˆÃñºƒP·

RecvTensorÒ†Ãñºƒ `(`:
"€€B„[256B] edge_320_gradients/bn_conv1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÒ†ÃñºƒÇ
)update_bn_conv1/beta/ApplyGradientDescent„‰Ãñºƒ (Bupdate_bn_conv1/beta/ApplyGradientDescent = ApplyGradientDescent(bn_conv1/beta, learning_rate, gradients/bn_conv1/beta_grad_S320)H„‰ÃñºƒP¸

RecvTensorß‘Ãñºƒ w(w:
"€€B…[256B] edge_321_gradients/bn_conv1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hß‘ÃñºƒË
*update_bn_conv1/gamma/ApplyGradientDescentÖ’Ãñºƒ (B„update_bn_conv1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn_conv1/gamma, learning_rate, gradients/bn_conv1/gamma_grad_S321)HÖ’ÃñºƒP¼

RecvTensorã—Ãñºƒ £(£:"€¦€¦B…[37632B] edge_322_gradients/conv1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hã—ÃñºƒÂ
(update_conv1/kernel/ApplyGradientDescentâ›Ãñºƒ (B~update_conv1/kernel/ApplyGradientDescent = ApplyGradientDescent(conv1/kernel, learning_rate, gradients/conv1/kernel_grad_S322)Hâ›ÃñºƒP