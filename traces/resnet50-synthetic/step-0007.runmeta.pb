
’‡

Öé
)/job:worker/replica:0/task:0/device:CPU:0¯

RecvTensor¼Úñºƒ Í(Í:"€¦€¦By[37632B] edge_1_conv1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¼Úñºƒ«

RecvTensor ¼Úñºƒ c(c:
"€€By[256B] edge_2_bn_conv1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H ¼Úñºƒª

RecvTensor¢¼Úñºƒ w(w:
"€€Bx[256B] edge_3_bn_conv1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¢¼Úñºƒ¹

RecvTensor¥¼Úñºƒ ø(ø:"€€€€B‚[16384B] edge_4_res2a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¥¼Úñºƒ°

RecvTensor¨¼Úñºƒ g(g:
"€€B~[256B] edge_5_bn2a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¨¼Úñºƒ¯

RecvTensor«¼Úñºƒ t(t:
"€€B}[256B] edge_6_bn2a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H«¼Úñºƒ¸

RecvTensor®¼Úñºƒ ‘*(‘*:"€€	€€	B[0.1MB] edge_7_res2a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H®¼Úñºƒ°

RecvTensor±¼Úñºƒ h(h:
"€€B~[256B] edge_8_bn2a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H±¼Úñºƒ¯

RecvTensor´¼Úñºƒ j(j:
"€€B}[256B] edge_9_bn2a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H´¼Úñºƒº

RecvTensor·¼Úñºƒ Á(Á:"€€€€Bƒ[65536B] edge_10_res2a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H·¼Úñºƒ³

RecvTensorº¼Úñºƒ i(i:
"€€B€[1024B] edge_11_bn2a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hº¼Úñºƒ±

RecvTensor½¼Úñºƒ o(o:
"€€B[1024B] edge_12_bn2a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H½¼Úñºƒ¹

RecvTensorÀ¼Úñºƒ °(°:"€€€€B‚[65536B] edge_13_res2a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÀ¼Úñºƒ±

RecvTensorÃ¼Úñºƒ h(h:
"€€B[1024B] edge_14_bn2a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÃ¼Úñºƒ°

RecvTensorÆ¼Úñºƒ d(d:
"€€B~[1024B] edge_15_bn2a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÆ¼Úñºƒº

RecvTensorÉ¼Úñºƒ Ú(Ú:"€€€€Bƒ[65536B] edge_16_res2b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÉ¼Úñºƒ±

RecvTensorÌ¼Úñºƒ t(t:
"€€B[256B] edge_17_bn2b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÌ¼Úñºƒ°

RecvTensorÏ¼Úñºƒ h(h:
"€€B~[256B] edge_18_bn2b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÏ¼Úñºƒ¹

RecvTensorÒ¼Úñºƒ »,(»,:"€€	€€	B‚[0.1MB] edge_19_res2b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÒ¼Úñºƒ±

RecvTensorÕ¼Úñºƒ q(q:
"€€B[256B] edge_20_bn2b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÕ¼Úñºƒ°

RecvTensorØ¼Úñºƒ h(h:
"€€B~[256B] edge_21_bn2b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HØ¼Úñºƒº

RecvTensorÛ¼Úñºƒ ²(²:"€€€€Bƒ[65536B] edge_22_res2b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÛ¼Úñºƒ³

RecvTensorŞ¼Úñºƒ o(o:
"€€B€[1024B] edge_23_bn2b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŞ¼Úñºƒ±

RecvTensorá¼Úñºƒ g(g:
"€€B[1024B] edge_24_bn2b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Há¼Úñºƒº

RecvTensorä¼Úñºƒ ¤(¤:"€€€€Bƒ[65536B] edge_25_res2c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hä¼Úñºƒ±

RecvTensorç¼Úñºƒ i(i:
"€€B[256B] edge_26_bn2c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hç¼Úñºƒ°

RecvTensorê¼Úñºƒ i(i:
"€€B~[256B] edge_27_bn2c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hê¼Úñºƒ¹

RecvTensorî¼Úñºƒ Ì-(Ì-:"€€	€€	B‚[0.1MB] edge_28_res2c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hî¼Úñºƒ±

RecvTensorğ¼Úñºƒ ](]:
"€€B[256B] edge_29_bn2c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hğ¼Úñºƒ°

RecvTensorô¼Úñºƒ [([:
"€€B~[256B] edge_30_bn2c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hô¼Úñºƒº

RecvTensor÷¼Úñºƒ ¯(¯:"€€€€Bƒ[65536B] edge_31_res2c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H÷¼Úñºƒ³

RecvTensorú¼Úñºƒ v(v:
"€€B€[1024B] edge_32_bn2c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hú¼Úñºƒ³

RecvTensorı¼Úñºƒ (:
"€€B[1024B] edge_33_bn2c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hı¼Úñºƒ¹

RecvTensor€½Úñºƒ À)(À):"€€€€B‚[0.1MB] edge_34_res3a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H€½Úñºƒ±

RecvTensorƒ½Úñºƒ h(h:
"€€B[512B] edge_35_bn3a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hƒ½Úñºƒ°

RecvTensor†½Úñºƒ ](]:
"€€B~[512B] edge_36_bn3a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H†½Úñºƒ»

RecvTensor‰½Úñºƒ ”—(”—:"€€$€€$B‚[0.6MB] edge_37_res3a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‰½Úñºƒ±

RecvTensorŒ½Úñºƒ g(g:
"€€B[512B] edge_38_bn3a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŒ½Úñºƒ°

RecvTensor½Úñºƒ `(`:
"€€B~[512B] edge_39_bn3a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H½Úñºƒ¹

RecvTensor’½Úñºƒ ÏM(ÏM:"€€€€B‚[0.2MB] edge_40_res3a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H’½Úñºƒ³

RecvTensor•½Úñºƒ }(}:
"€€B€[2048B] edge_41_bn3a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H•½Úñºƒ³

RecvTensor˜½Úñºƒ ‹(‹:
"€€B[2048B] edge_42_bn3a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H˜½Úñºƒº

RecvTensorš½Úñºƒ °‰(°‰:"€€ €€ B[0.5MB] edge_43_res3a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hš½Úñºƒ³

RecvTensor½Úñºƒ (:
"€€B[2048B] edge_44_bn3a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H½Úñºƒ²

RecvTensor ½Úñºƒ †(†:
"€€B~[2048B] edge_45_bn3a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H ½Úñºƒ¹

RecvTensor£½Úñºƒ ìM(ìM:"€€€€B‚[0.2MB] edge_46_res3b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H£½Úñºƒ±

RecvTensor¦½Úñºƒ f(f:
"€€B[512B] edge_47_bn3b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¦½Úñºƒ°

RecvTensor©½Úñºƒ a(a:
"€€B~[512B] edge_48_bn3b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H©½Úñºƒ»

RecvTensor­½Úñºƒ ò—(ò—:"€€$€€$B‚[0.6MB] edge_49_res3b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H­½Úñºƒ±

RecvTensor°½Úñºƒ n(n:
"€€B[512B] edge_50_bn3b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H°½Úñºƒ°

RecvTensor³½Úñºƒ q(q:
"€€B~[512B] edge_51_bn3b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H³½Úñºƒ¹

RecvTensor¶½Úñºƒ àM(àM:"€€€€B‚[0.2MB] edge_52_res3b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¶½Úñºƒµ

RecvTensor¹½Úñºƒ “(“:
"€€B€[2048B] edge_53_bn3b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¹½Úñºƒ±

RecvTensor¼½Úñºƒ p(p:
"€€B[2048B] edge_54_bn3b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¼½Úñºƒ¹

RecvTensor¿½Úñºƒ úM(úM:"€€€€B‚[0.2MB] edge_55_res3c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¿½Úñºƒ±

RecvTensorÂ½Úñºƒ v(v:
"€€B[512B] edge_56_bn3c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÂ½Úñºƒ°

RecvTensorÅ½Úñºƒ e(e:
"€€B~[512B] edge_57_bn3c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÅ½Úñºƒ»

RecvTensorÈ½Úñºƒ ù—(ù—:"€€$€€$B‚[0.6MB] edge_58_res3c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÈ½Úñºƒ±

RecvTensorË½Úñºƒ l(l:
"€€B[512B] edge_59_bn3c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HË½Úñºƒ°

RecvTensorÎ½Úñºƒ t(t:
"€€B~[512B] edge_60_bn3c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÎ½Úñºƒ¹

RecvTensorÒ½Úñºƒ ”N(”N:"€€€€B‚[0.2MB] edge_61_res3c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÒ½Úñºƒµ

RecvTensorÕ½Úñºƒ ‘(‘:
"€€B€[2048B] edge_62_bn3c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÕ½Úñºƒ³

RecvTensorØ½Úñºƒ ”(”:
"€€B[2048B] edge_63_bn3c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HØ½Úñºƒ¹

RecvTensorÛ½Úñºƒ ‘N(‘N:"€€€€B‚[0.2MB] edge_64_res3d_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÛ½Úñºƒ±

RecvTensorŞ½Úñºƒ f(f:
"€€B[512B] edge_65_bn3d_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŞ½Úñºƒ°

RecvTensorá½Úñºƒ t(t:
"€€B~[512B] edge_66_bn3d_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Há½Úñºƒ»

RecvTensorä½Úñºƒ ë—(ë—:"€€$€€$B‚[0.6MB] edge_67_res3d_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hä½Úñºƒ±

RecvTensorç½Úñºƒ f(f:
"€€B[512B] edge_68_bn3d_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hç½Úñºƒ²

RecvTensorê½Úñºƒ ˆ(ˆ:
"€€B~[512B] edge_69_bn3d_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hê½Úñºƒ¹

RecvTensorí½Úñºƒ ®N(®N:"€€€€B‚[0.2MB] edge_70_res3d_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hí½Úñºƒµ

RecvTensorğ½Úñºƒ °(°:
"€€B€[2048B] edge_71_bn3d_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hğ½Úñºƒ³

RecvTensorò½Úñºƒ ­(­:
"€€B[2048B] edge_72_bn3d_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hò½Úñºƒ»

RecvTensorö½Úñºƒ Ô‰(Ô‰:"€€ €€ B‚[0.5MB] edge_73_res4a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hö½Úñºƒ³

RecvTensorø½Úñºƒ (:
"€€B€[1024B] edge_74_bn4a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hø½Úñºƒ³

RecvTensorü½Úñºƒ (:
"€€B[1024B] edge_75_bn4a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hü½Úñºƒ½

RecvTensorÿ½Úñºƒ ü„(ü„:"
€€€€B‚[2.2MB] edge_76_res4a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hÿ½Úñºƒµ

RecvTensor‚¾Úñºƒ ”(”:
"€€B€[1024B] edge_77_bn4a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‚¾Úñºƒ³

RecvTensor„¾Úñºƒ ™(™:
"€€B[1024B] edge_78_bn4a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H„¾Úñºƒ»

RecvTensor‡¾Úñºƒ Ìî(Ìî:"€€@€€@B‚[1.0MB] edge_79_res4a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‡¾Úñºƒµ

RecvTensorŠ¾Úñºƒ ğ(ğ:
"€ € B€[4096B] edge_80_bn4a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŠ¾Úñºƒ³

RecvTensor¾Úñºƒ ¦(¦:
"€ € B[4096B] edge_81_bn4a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¾Úñºƒ¼

RecvTensor‘¾Úñºƒ Àé(Àé:"
€€€€€€B[2.0MB] edge_82_res4a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‘¾Úñºƒ³

RecvTensor”¾Úñºƒ •(•:
"€ € B[4096B] edge_83_bn4a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H”¾Úñºƒ²

RecvTensor—¾Úñºƒ ¼(¼:
"€ € B~[4096B] edge_84_bn4a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H—¾Úñºƒ»

RecvTensorš¾Úñºƒ ¸î(¸î:"€€@€€@B‚[1.0MB] edge_85_res4b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hš¾Úñºƒµ

RecvTensor¾Úñºƒ „(„:
"€€B€[1024B] edge_86_bn4b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¾Úñºƒ±

RecvTensor ¾Úñºƒ u(u:
"€€B[1024B] edge_87_bn4b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H ¾Úñºƒ½

RecvTensor£¾Úñºƒ ä„(ä„:"
€€€€B‚[2.2MB] edge_88_res4b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H£¾Úñºƒµ

RecvTensor¦¾Úñºƒ ”(”:
"€€B€[1024B] edge_89_bn4b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¦¾Úñºƒ³

RecvTensor©¾Úñºƒ €(€:
"€€B[1024B] edge_90_bn4b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H©¾Úñºƒ»

RecvTensor¬¾Úñºƒ µî(µî:"€€@€€@B‚[1.0MB] edge_91_res4b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¬¾Úñºƒµ

RecvTensor¯¾Úñºƒ ‘(‘:
"€ € B€[4096B] edge_92_bn4b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¯¾Úñºƒ³

RecvTensor²¾Úñºƒ «(«:
"€ € B[4096B] edge_93_bn4b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H²¾Úñºƒ»

RecvTensorµ¾Úñºƒ ·î(·î:"€€@€€@B‚[1.0MB] edge_94_res4c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hµ¾Úñºƒµ

RecvTensor¸¾Úñºƒ …(…:
"€€B€[1024B] edge_95_bn4c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¸¾Úñºƒ³

RecvTensor»¾Úñºƒ (:
"€€B[1024B] edge_96_bn4c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H»¾Úñºƒ½

RecvTensor¾¾Úñºƒ Ó„(Ó„:"
€€€€B‚[2.2MB] edge_97_res4c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¾¾Úñºƒµ

RecvTensorÁ¾Úñºƒ (:
"€€B€[1024B] edge_98_bn4c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÁ¾Úñºƒ³

RecvTensorÄ¾Úñºƒ ‰(‰:
"€€B[1024B] edge_99_bn4c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÄ¾Úñºƒ¼

RecvTensorÇ¾Úñºƒ ªî(ªî:"€€@€€@Bƒ[1.0MB] edge_100_res4c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÇ¾Úñºƒ¶

RecvTensorÊ¾Úñºƒ Á(Á:
"€ € B[4096B] edge_101_bn4c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÊ¾Úñºƒµ

RecvTensorÍ¾Úñºƒ ®(®:
"€ € B€[4096B] edge_102_bn4c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÍ¾Úñºƒ¼

RecvTensorĞ¾Úñºƒ ¥î(¥î:"€€@€€@Bƒ[1.0MB] edge_103_res4d_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HĞ¾Úñºƒ¶

RecvTensorÓ¾Úñºƒ –(–:
"€€B[1024B] edge_104_bn4d_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÓ¾Úñºƒµ

RecvTensorÖ¾Úñºƒ Š(Š:
"€€B€[1024B] edge_105_bn4d_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÖ¾Úñºƒ¾

RecvTensorÙ¾Úñºƒ ½„(½„:"
€€€€Bƒ[2.2MB] edge_106_res4d_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÙ¾Úñºƒ¶

RecvTensorÜ¾Úñºƒ ©(©:
"€€B[1024B] edge_107_bn4d_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÜ¾Úñºƒµ

RecvTensorß¾Úñºƒ €(€:
"€€B€[1024B] edge_108_bn4d_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hß¾Úñºƒ¼

RecvTensorâ¾Úñºƒ î(î:"€€@€€@Bƒ[1.0MB] edge_109_res4d_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hâ¾Úñºƒ¶

RecvTensorå¾Úñºƒ »(»:
"€ € B[4096B] edge_110_bn4d_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hå¾Úñºƒµ

RecvTensorè¾Úñºƒ İ(İ:
"€ € B€[4096B] edge_111_bn4d_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hè¾Úñºƒ¼

RecvTensorë¾Úñºƒ ¢î(¢î:"€€@€€@Bƒ[1.0MB] edge_112_res4e_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hë¾Úñºƒ¶

RecvTensorî¾Úñºƒ ®(®:
"€€B[1024B] edge_113_bn4e_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hî¾Úñºƒµ

RecvTensorñ¾Úñºƒ ¬(¬:
"€€B€[1024B] edge_114_bn4e_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hñ¾Úñºƒ¾

RecvTensorô¾Úñºƒ ¬„(¬„:"
€€€€Bƒ[2.2MB] edge_115_res4e_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hô¾Úñºƒ¶

RecvTensor÷¾Úñºƒ ˜(˜:
"€€B[1024B] edge_116_bn4e_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H÷¾Úñºƒµ

RecvTensorú¾Úñºƒ š(š:
"€€B€[1024B] edge_117_bn4e_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hú¾Úñºƒ¼

RecvTensorı¾Úñºƒ –î(–î:"€€@€€@Bƒ[1.0MB] edge_118_res4e_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hı¾Úñºƒ¶

RecvTensor€¿Úñºƒ Ó(Ó:
"€ € B[4096B] edge_119_bn4e_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H€¿Úñºƒµ

RecvTensorƒ¿Úñºƒ Ú(Ú:
"€ € B€[4096B] edge_120_bn4e_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hƒ¿Úñºƒ¼

RecvTensor†¿Úñºƒ î(î:"€€@€€@Bƒ[1.0MB] edge_121_res4f_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H†¿Úñºƒ¶

RecvTensor‰¿Úñºƒ ˜(˜:
"€€B[1024B] edge_122_bn4f_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‰¿Úñºƒµ

RecvTensorŒ¿Úñºƒ ¢(¢:
"€€B€[1024B] edge_123_bn4f_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŒ¿Úñºƒ¾

RecvTensor¿Úñºƒ ”„(”„:"
€€€€Bƒ[2.2MB] edge_124_res4f_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¿Úñºƒ¶

RecvTensor’¿Úñºƒ ™(™:
"€€B[1024B] edge_125_bn4f_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H’¿Úñºƒµ

RecvTensor•¿Úñºƒ ’(’:
"€€B€[1024B] edge_126_bn4f_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H•¿Úñºƒ¼

RecvTensor˜¿Úñºƒ ÿí(ÿí:"€€@€€@Bƒ[1.0MB] edge_127_res4f_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H˜¿Úñºƒ¶

RecvTensor›¿Úñºƒ á(á:
"€ € B[4096B] edge_128_bn4f_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H›¿Úñºƒµ

RecvTensor¿Úñºƒ Õ(Õ:
"€ € B€[4096B] edge_129_bn4f_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¿Úñºƒ¾

RecvTensor¢¿Úñºƒ ëè(ëè:"
€€€€€€Bƒ[2.0MB] edge_130_res5a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¢¿Úñºƒ¶

RecvTensor¥¿Úñºƒ ö(ö:
"€€B[2048B] edge_131_bn5a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¥¿Úñºƒµ

RecvTensor¨¿Úñºƒ Ü(Ü:
"€€B€[2048B] edge_132_bn5a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¨¿Úñºƒ¾

RecvTensor«¿Úñºƒ —(—:"
€€À€€ÀBƒ[9.0MB] edge_133_res5a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H«¿Úñºƒ¶

RecvTensor®¿Úñºƒ à(à:
"€€B[2048B] edge_134_bn5a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H®¿Úñºƒµ

RecvTensor±¿Úñºƒ ç(ç:
"€€B€[2048B] edge_135_bn5a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H±¿Úñºƒ¾

RecvTensor´¿Úñºƒ ²û(²û:"
€€€€€€Bƒ[4.0MB] edge_136_res5a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H´¿Úñºƒ¶

RecvTensor·¿Úñºƒ §(§:
"€@€@B[8192B] edge_137_bn5a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H·¿Úñºƒµ

RecvTensor¹¿Úñºƒ (:
"€@€@B€[8192B] edge_138_bn5a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¹¿Úñºƒ½

RecvTensor¼¿Úñºƒ Ï‚(Ï‚:"
€€€€€€B‚[8.0MB] edge_139_res5a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¼¿Úñºƒµ

RecvTensor¿¿Úñºƒ ¡(¡:
"€@€@B€[8192B] edge_140_bn5a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¿¿Úñºƒ³

RecvTensorÂ¿Úñºƒ  ( :
"€@€@B[8192B] edge_141_bn5a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÂ¿Úñºƒ¾

RecvTensorÆ¿Úñºƒ £û(£û:"
€€€€€€Bƒ[4.0MB] edge_142_res5b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÆ¿Úñºƒ¶

RecvTensorÉ¿Úñºƒ ğ(ğ:
"€€B[2048B] edge_143_bn5b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÉ¿Úñºƒµ

RecvTensorÌ¿Úñºƒ à(à:
"€€B€[2048B] edge_144_bn5b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÌ¿Úñºƒ¾

RecvTensorÏ¿Úñºƒ û–(û–:"
€€À€€ÀBƒ[9.0MB] edge_145_res5b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÏ¿Úñºƒ¶

RecvTensorÒ¿Úñºƒ Ú(Ú:
"€€B[2048B] edge_146_bn5b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÒ¿Úñºƒµ

RecvTensorÕ¿Úñºƒ ä(ä:
"€€B€[2048B] edge_147_bn5b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÕ¿Úñºƒ¾

RecvTensorØ¿Úñºƒ ’û(’û:"
€€€€€€Bƒ[4.0MB] edge_148_res5b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HØ¿Úñºƒ¶

RecvTensorÜ¿Úñºƒ œ(œ:
"€@€@B[8192B] edge_149_bn5b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÜ¿Úñºƒµ

RecvTensorß¿Úñºƒ ›(›:
"€@€@B€[8192B] edge_150_bn5b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hß¿Úñºƒ¾

RecvTensorâ¿Úñºƒ ‰û(‰û:"
€€€€€€Bƒ[4.0MB] edge_151_res5c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hâ¿Úñºƒ¶

RecvTensorä¿Úñºƒ ã(ã:
"€€B[2048B] edge_152_bn5c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hä¿Úñºƒµ

RecvTensorç¿Úñºƒ ç(ç:
"€€B€[2048B] edge_153_bn5c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hç¿Úñºƒ¾

RecvTensorê¿Úñºƒ à–(à–:"
€€À€€ÀBƒ[9.0MB] edge_154_res5c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hê¿Úñºƒ¶

RecvTensorî¿Úñºƒ ß(ß:
"€€B[2048B] edge_155_bn5c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hî¿Úñºƒµ

RecvTensorğ¿Úñºƒ ã(ã:
"€€B€[2048B] edge_156_bn5c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hğ¿Úñºƒ¾

RecvTensorô¿Úñºƒ øú(øú:"
€€€€€€Bƒ[4.0MB] edge_157_res5c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hô¿Úñºƒ¶

RecvTensor÷¿Úñºƒ ”(”:
"€@€@B[8192B] edge_158_bn5c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H÷¿Úñºƒµ

RecvTensorú¿Úñºƒ ’(’:
"€@€@B€[8192B] edge_159_bn5c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hú¿Úñºƒµ

RecvTensorü¿Úñºƒ „ı(„ı:"
€€ô€€ôB{[7.8MB] edge_160_fc1000/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hü¿Úñºƒ­

RecvTensorÿ¿Úñºƒ É(É:
"  By[4000B] edge_161_fc1000/bias/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hÿ¿Úñºƒ\
conv1/Conv2Dê½Úñºƒ (B2conv1/Conv2D = Conv2D(input, conv1/kernel/read_S1)Hê½ÚñºƒP 
bn_conv1/FusedBatchNormV3÷ÃÚñºƒ ´(´Bibn_conv1/FusedBatchNormV3 = FusedBatchNormV3(conv1/Conv2D, bn_conv1/gamma/read_S2, bn_conv1/beta/read_S3)H÷ÃÚñºƒP^
conv1_relu/Relu«ÇÚñºƒ ¨(¨B1conv1_relu/Relu = Relu(bn_conv1/FusedBatchNormV3)H«ÇÚñºƒPS
pool1/MaxPoolÓÉÚñºƒ Ğ(ĞB(pool1/MaxPool = MaxPool(conv1_relu/Relu)HÓÉÚñºƒP}
res2a_branch2a/Conv2D£ËÚñºƒ Z(ZBLres2a_branch2a/Conv2D = Conv2D(pool1/MaxPool, res2a_branch2a/kernel/read_S4)H£ËÚñºƒP¼
bn2a_branch2a/FusedBatchNormV3ıËÚñºƒ x(xBbn2a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch2a/Conv2D, bn2a_branch2a/gamma/read_S5, bn2a_branch2a/beta/read_S6)HıËÚñºƒPs
res2a_branch2a_relu/ReluõÌÚñºƒ R(RB?res2a_branch2a_relu/Relu = Relu(bn2a_branch2a/FusedBatchNormV3)HõÌÚñºƒPŠ
res2a_branch2b/Conv2D¿æÚñºƒ –(–BWres2a_branch2b/Conv2D = Conv2D(res2a_branch2a_relu/Relu, res2a_branch2b/kernel/read_S7)H¿æÚñºƒP¼
bn2a_branch2b/FusedBatchNormV3ÕìÚñºƒ u(uBbn2a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch2b/Conv2D, bn2a_branch2b/gamma/read_S8, bn2a_branch2b/beta/read_S9)HÕìÚñºƒPs
res2a_branch2b_relu/ReluÊíÚñºƒ U(UB?res2a_branch2b_relu/Relu = Relu(bn2a_branch2b/FusedBatchNormV3)HÊíÚñºƒP‹
res2a_branch2c/Conv2DŸîÚñºƒ Í(ÍBXres2a_branch2c/Conv2D = Conv2D(res2a_branch2b_relu/Relu, res2a_branch2c/kernel/read_S10)HŸîÚñºƒPÀ
bn2a_branch2c/FusedBatchNormV3ìğÚñºƒ Ö(ÖBƒbn2a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch2c/Conv2D, bn2a_branch2c/gamma/read_S11, bn2a_branch2c/beta/read_S12)HìğÚñºƒP}
res2a_branch1/Conv2DÂôÚñºƒ Õ(ÕBKres2a_branch1/Conv2D = Conv2D(pool1/MaxPool, res2a_branch1/kernel/read_S13)HÂôÚñºƒPº
bn2a_branch1/FusedBatchNormV3—÷Úñºƒ »(»Bbn2a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch1/Conv2D, bn2a_branch1/gamma/read_S14, bn2a_branch1/beta/read_S15)H—÷ÚñºƒPw
	res2a/addÒúÚñºƒ ³(³BPres2a/add = AddV2(bn2a_branch2c/FusedBatchNormV3, bn2a_branch1/FusedBatchNormV3)HÒúÚñºƒPN
res2a_relu/Relu…şÚñºƒ ¸(¸B!res2a_relu/Relu = Relu(res2a/add)H…şÚñºƒP‚
res2b_branch2a/Conv2D½€Ûñºƒ ×(×BOres2b_branch2a/Conv2D = Conv2D(res2a_relu/Relu, res2b_branch2a/kernel/read_S16)H½€ÛñºƒP¾
bn2b_branch2a/FusedBatchNormV3”ƒÛñºƒ x(xBƒbn2b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res2b_branch2a/Conv2D, bn2b_branch2a/gamma/read_S17, bn2b_branch2a/beta/read_S18)H”ƒÛñºƒPs
res2b_branch2a_relu/ReluŒ„Ûñºƒ T(TB?res2b_branch2a_relu/Relu = Relu(bn2b_branch2a/FusedBatchNormV3)HŒ„ÛñºƒP‹
res2b_branch2b/Conv2Dà„Ûñºƒ Î(ÎBXres2b_branch2b/Conv2D = Conv2D(res2b_branch2a_relu/Relu, res2b_branch2b/kernel/read_S19)Hà„ÛñºƒP¾
bn2b_branch2b/FusedBatchNormV3®ŠÛñºƒ y(yBƒbn2b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res2b_branch2b/Conv2D, bn2b_branch2b/gamma/read_S20, bn2b_branch2b/beta/read_S21)H®ŠÛñºƒPs
res2b_branch2b_relu/Relu§‹Ûñºƒ R(RB?res2b_branch2b_relu/Relu = Relu(bn2b_branch2b/FusedBatchNormV3)H§‹ÛñºƒP‹
res2b_branch2c/Conv2Dù‹Ûñºƒ Û(ÛBXres2b_branch2c/Conv2D = Conv2D(res2b_branch2b_relu/Relu, res2b_branch2c/kernel/read_S22)Hù‹ÛñºƒPÀ
bn2b_branch2c/FusedBatchNormV3ÔÛñºƒ ½(½Bƒbn2b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res2b_branch2c/Conv2D, bn2b_branch2c/gamma/read_S23, bn2b_branch2c/beta/read_S24)HÔÛñºƒPi
	res2b/add‘’Ûñºƒ È(ÈBBres2b/add = AddV2(bn2b_branch2c/FusedBatchNormV3, res2a_relu/Relu)H‘’ÛñºƒPN
res2b_relu/ReluÙ•Ûñºƒ ¹(¹B!res2b_relu/Relu = Relu(res2b/add)HÙ•ÛñºƒP‚
res2c_branch2a/Conv2D’˜Ûñºƒ Ò(ÒBOres2c_branch2a/Conv2D = Conv2D(res2b_relu/Relu, res2c_branch2a/kernel/read_S25)H’˜ÛñºƒP¾
bn2c_branch2a/FusedBatchNormV3äšÛñºƒ t(tBƒbn2c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res2c_branch2a/Conv2D, bn2c_branch2a/gamma/read_S26, bn2c_branch2a/beta/read_S27)HäšÛñºƒPs
res2c_branch2a_relu/ReluØ›Ûñºƒ M(MB?res2c_branch2a_relu/Relu = Relu(bn2c_branch2a/FusedBatchNormV3)HØ›ÛñºƒP‹
res2c_branch2b/Conv2D¥œÛñºƒ Ü(ÜBXres2c_branch2b/Conv2D = Conv2D(res2c_branch2a_relu/Relu, res2c_branch2b/kernel/read_S28)H¥œÛñºƒP¾
bn2c_branch2b/FusedBatchNormV3¢Ûñºƒ x(xBƒbn2c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res2c_branch2b/Conv2D, bn2c_branch2b/gamma/read_S29, bn2c_branch2b/beta/read_S30)H¢ÛñºƒPs
res2c_branch2b_relu/Reluù¢Ûñºƒ Q(QB?res2c_branch2b_relu/Relu = Relu(bn2c_branch2b/FusedBatchNormV3)Hù¢ÛñºƒP‹
res2c_branch2c/Conv2DÊ£Ûñºƒ Ø(ØBXres2c_branch2c/Conv2D = Conv2D(res2c_branch2b_relu/Relu, res2c_branch2c/kernel/read_S31)HÊ£ÛñºƒPÀ
bn2c_branch2c/FusedBatchNormV3¢¦Ûñºƒ É(ÉBƒbn2c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res2c_branch2c/Conv2D, bn2c_branch2c/gamma/read_S32, bn2c_branch2c/beta/read_S33)H¢¦ÛñºƒPi
	res2c/addë©Ûñºƒ Ã(ÃBBres2c/add = AddV2(bn2c_branch2c/FusedBatchNormV3, res2b_relu/Relu)Hë©ÛñºƒPN
res2c_relu/Relu®­Ûñºƒ ±(±B!res2c_relu/Relu = Relu(res2c/add)H®­ÛñºƒP‚
res3a_branch2a/Conv2Dß¯Ûñºƒ ¢(¢BOres3a_branch2a/Conv2D = Conv2D(res2c_relu/Relu, res3a_branch2a/kernel/read_S34)Hß¯ÛñºƒPÀ
bn3a_branch2a/FusedBatchNormV3µÛñºƒ è(èBƒbn3a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch2a/Conv2D, bn3a_branch2a/gamma/read_S35, bn3a_branch2a/beta/read_S36)HµÛñºƒPu
res3a_branch2a_relu/Relué¶Ûñºƒ Ÿ(ŸB?res3a_branch2a_relu/Relu = Relu(bn3a_branch2a/FusedBatchNormV3)Hé¶ÛñºƒP‹
res3a_branch2b/Conv2DÔÛñºƒ ü(üBXres3a_branch2b/Conv2D = Conv2D(res3a_branch2a_relu/Relu, res3a_branch2b/kernel/read_S37)HÔÛñºƒP¾
bn3a_branch2b/FusedBatchNormV3™ÚÛñºƒ @(@Bƒbn3a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch2b/Conv2D, bn3a_branch2b/gamma/read_S38, bn3a_branch2b/beta/read_S39)H™ÚÛñºƒPs
res3a_branch2b_relu/ReluÙÚÛñºƒ .(.B?res3a_branch2b_relu/Relu = Relu(bn3a_branch2b/FusedBatchNormV3)HÙÚÛñºƒP‹
res3a_branch2c/Conv2D‡ÛÛñºƒ Õ(ÕBXres3a_branch2c/Conv2D = Conv2D(res3a_branch2b_relu/Relu, res3a_branch2c/kernel/read_S40)H‡ÛÛñºƒPÀ
bn3a_branch2c/FusedBatchNormV3ÜİÛñºƒ ê(êBƒbn3a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch2c/Conv2D, bn3a_branch2c/gamma/read_S41, bn3a_branch2c/beta/read_S42)HÜİÛñºƒP
res3a_branch1/Conv2DÆßÛñºƒ ƒ(ƒBMres3a_branch1/Conv2D = Conv2D(res2c_relu/Relu, res3a_branch1/kernel/read_S43)HÆßÛñºƒPº
bn3a_branch1/FusedBatchNormV3ÉäÛñºƒ İ(İBbn3a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch1/Conv2D, bn3a_branch1/gamma/read_S44, bn3a_branch1/beta/read_S45)HÉäÛñºƒPw
	res3a/add¦æÛñºƒ í(íBPres3a/add = AddV2(bn3a_branch2c/FusedBatchNormV3, bn3a_branch1/FusedBatchNormV3)H¦æÛñºƒPN
res3a_relu/Relu“èÛñºƒ (B!res3a_relu/Relu = Relu(res3a/add)H“èÛñºƒP‚
res3b_branch2a/Conv2D±éÛñºƒ Ï(ÏBOres3b_branch2a/Conv2D = Conv2D(res3a_relu/Relu, res3b_branch2a/kernel/read_S46)H±éÛñºƒP¾
bn3b_branch2a/FusedBatchNormV3€ìÛñºƒ @(@Bƒbn3b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3b_branch2a/Conv2D, bn3b_branch2a/gamma/read_S47, bn3b_branch2a/beta/read_S48)H€ìÛñºƒPs
res3b_branch2a_relu/ReluÀìÛñºƒ -(-B?res3b_branch2a_relu/Relu = Relu(bn3b_branch2a/FusedBatchNormV3)HÀìÛñºƒP‹
res3b_branch2b/Conv2DíìÛñºƒ ×(×BXres3b_branch2b/Conv2D = Conv2D(res3b_branch2a_relu/Relu, res3b_branch2b/kernel/read_S49)HíìÛñºƒP¾
bn3b_branch2b/FusedBatchNormV3ÄòÛñºƒ =(=Bƒbn3b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3b_branch2b/Conv2D, bn3b_branch2b/gamma/read_S50, bn3b_branch2b/beta/read_S51)HÄòÛñºƒPs
res3b_branch2b_relu/ReluóÛñºƒ -(-B?res3b_branch2b_relu/Relu = Relu(bn3b_branch2b/FusedBatchNormV3)HóÛñºƒP‹
res3b_branch2c/Conv2D®óÛñºƒ è(èBXres3b_branch2c/Conv2D = Conv2D(res3b_branch2b_relu/Relu, res3b_branch2c/kernel/read_S52)H®óÛñºƒPÀ
bn3b_branch2c/FusedBatchNormV3–öÛñºƒ ì(ìBƒbn3b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3b_branch2c/Conv2D, bn3b_branch2c/gamma/read_S53, bn3b_branch2c/beta/read_S54)H–öÛñºƒPi
	res3b/add‚øÛñºƒ ß(ßBBres3b/add = AddV2(bn3b_branch2c/FusedBatchNormV3, res3a_relu/Relu)H‚øÛñºƒPN
res3b_relu/ReluáùÛñºƒ •(•B!res3b_relu/Relu = Relu(res3b/add)HáùÛñºƒP‚
res3c_branch2a/Conv2DöúÛñºƒ Î(ÎBOres3c_branch2a/Conv2D = Conv2D(res3b_relu/Relu, res3c_branch2a/kernel/read_S55)HöúÛñºƒP¾
bn3c_branch2a/FusedBatchNormV3ÄıÛñºƒ @(@Bƒbn3c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3c_branch2a/Conv2D, bn3c_branch2a/gamma/read_S56, bn3c_branch2a/beta/read_S57)HÄıÛñºƒPs
res3c_branch2a_relu/Relu„şÛñºƒ -(-B?res3c_branch2a_relu/Relu = Relu(bn3c_branch2a/FusedBatchNormV3)H„şÛñºƒP‹
res3c_branch2b/Conv2D±şÛñºƒ ß(ßBXres3c_branch2b/Conv2D = Conv2D(res3c_branch2a_relu/Relu, res3c_branch2b/kernel/read_S58)H±şÛñºƒP¾
bn3c_branch2b/FusedBatchNormV3„Üñºƒ A(ABƒbn3c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3c_branch2b/Conv2D, bn3c_branch2b/gamma/read_S59, bn3c_branch2b/beta/read_S60)H„ÜñºƒPs
res3c_branch2b_relu/ReluÑ„Üñºƒ .(.B?res3c_branch2b_relu/Relu = Relu(bn3c_branch2b/FusedBatchNormV3)HÑ„ÜñºƒP‹
res3c_branch2c/Conv2Dÿ„Üñºƒ à(àBXres3c_branch2c/Conv2D = Conv2D(res3c_branch2b_relu/Relu, res3c_branch2c/kernel/read_S61)Hÿ„ÜñºƒPÀ
bn3c_branch2c/FusedBatchNormV3ß‡Üñºƒ ï(ïBƒbn3c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3c_branch2c/Conv2D, bn3c_branch2c/gamma/read_S62, bn3c_branch2c/beta/read_S63)Hß‡ÜñºƒPi
	res3c/addÎ‰Üñºƒ ä(äBBres3c/add = AddV2(bn3c_branch2c/FusedBatchNormV3, res3b_relu/Relu)HÎ‰ÜñºƒPN
res3c_relu/Relu²‹Üñºƒ £(£B!res3c_relu/Relu = Relu(res3c/add)H²‹ÜñºƒP‚
res3d_branch2a/Conv2DÕŒÜñºƒ Ì(ÌBOres3d_branch2a/Conv2D = Conv2D(res3c_relu/Relu, res3d_branch2a/kernel/read_S64)HÕŒÜñºƒP¾
bn3d_branch2a/FusedBatchNormV3¡Üñºƒ @(@Bƒbn3d_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3d_branch2a/Conv2D, bn3d_branch2a/gamma/read_S65, bn3d_branch2a/beta/read_S66)H¡ÜñºƒPs
res3d_branch2a_relu/ReluáÜñºƒ /(/B?res3d_branch2a_relu/Relu = Relu(bn3d_branch2a/FusedBatchNormV3)HáÜñºƒP‹
res3d_branch2b/Conv2DÜñºƒ ä(äBXres3d_branch2b/Conv2D = Conv2D(res3d_branch2a_relu/Relu, res3d_branch2b/kernel/read_S67)HÜñºƒP¾
bn3d_branch2b/FusedBatchNormV3ô•Üñºƒ @(@Bƒbn3d_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3d_branch2b/Conv2D, bn3d_branch2b/gamma/read_S68, bn3d_branch2b/beta/read_S69)Hô•ÜñºƒPs
res3d_branch2b_relu/Relu´–Üñºƒ -(-B?res3d_branch2b_relu/Relu = Relu(bn3d_branch2b/FusedBatchNormV3)H´–ÜñºƒP‹
res3d_branch2c/Conv2Dá–Üñºƒ ¿(¿BXres3d_branch2c/Conv2D = Conv2D(res3d_branch2b_relu/Relu, res3d_branch2c/kernel/read_S70)Há–ÜñºƒPÀ
bn3d_branch2c/FusedBatchNormV3 ™Üñºƒ ë(ëBƒbn3d_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3d_branch2c/Conv2D, bn3d_branch2c/gamma/read_S71, bn3d_branch2c/beta/read_S72)H ™ÜñºƒPi
	res3d/add‹›Üñºƒ ç(çBBres3d/add = AddV2(bn3d_branch2c/FusedBatchNormV3, res3c_relu/Relu)H‹›ÜñºƒPN
res3d_relu/ReluòœÜñºƒ œ(œB!res3d_relu/Relu = Relu(res3d/add)HòœÜñºƒP‚
res4a_branch2a/Conv2DÜñºƒ ²(²BOres4a_branch2a/Conv2D = Conv2D(res3d_relu/Relu, res4a_branch2a/kernel/read_S73)HÜñºƒP¾
bn4a_branch2a/FusedBatchNormV3À£Üñºƒ x(xBƒbn4a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch2a/Conv2D, bn4a_branch2a/gamma/read_S74, bn4a_branch2a/beta/read_S75)HÀ£ÜñºƒPs
res4a_branch2a_relu/Relu¸¤Üñºƒ U(UB?res4a_branch2a_relu/Relu = Relu(bn4a_branch2a/FusedBatchNormV3)H¸¤ÜñºƒP‹
res4a_branch2b/Conv2DûÂİñºƒ Î(ÎBXres4a_branch2b/Conv2D = Conv2D(res4a_branch2a_relu/Relu, res4a_branch2b/kernel/read_S76)HûÂİñºƒP¾
bn4a_branch2b/FusedBatchNormV3ÉÈİñºƒ %(%Bƒbn4a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch2b/Conv2D, bn4a_branch2b/gamma/read_S77, bn4a_branch2b/beta/read_S78)HÉÈİñºƒPs
res4a_branch2b_relu/ReluîÈİñºƒ (B?res4a_branch2b_relu/Relu = Relu(bn4a_branch2b/FusedBatchNormV3)HîÈİñºƒP‹
res4a_branch2c/Conv2D‰Éİñºƒ Í(ÍBXres4a_branch2c/Conv2D = Conv2D(res4a_branch2b_relu/Relu, res4a_branch2c/kernel/read_S79)H‰ÉİñºƒP¾
bn4a_branch2c/FusedBatchNormV3ÖËİñºƒ q(qBƒbn4a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch2c/Conv2D, bn4a_branch2c/gamma/read_S80, bn4a_branch2c/beta/read_S81)HÖËİñºƒP
res4a_branch1/Conv2DÇÌİñºƒ ˆ(ˆBMres4a_branch1/Conv2D = Conv2D(res3d_relu/Relu, res4a_branch1/kernel/read_S82)HÇÌİñºƒP¸
bn4a_branch1/FusedBatchNormV3ÏÑİñºƒ u(uBbn4a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch1/Conv2D, bn4a_branch1/gamma/read_S83, bn4a_branch1/beta/read_S84)HÏÑİñºƒPu
	res4a/addÄÒİñºƒ z(zBPres4a/add = AddV2(bn4a_branch2c/FusedBatchNormV3, bn4a_branch1/FusedBatchNormV3)HÄÒİñºƒPL
res4a_relu/Relu¾Óİñºƒ S(SB!res4a_relu/Relu = Relu(res4a/add)H¾ÓİñºƒP‚
res4b_branch2a/Conv2D‘Ôİñºƒ Ò(ÒBOres4b_branch2a/Conv2D = Conv2D(res4a_relu/Relu, res4b_branch2a/kernel/read_S85)H‘ÔİñºƒP¾
bn4b_branch2a/FusedBatchNormV3ãÖİñºƒ %(%Bƒbn4b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4b_branch2a/Conv2D, bn4b_branch2a/gamma/read_S86, bn4b_branch2a/beta/read_S87)HãÖİñºƒPs
res4b_branch2a_relu/Reluˆ×İñºƒ (B?res4b_branch2a_relu/Relu = Relu(bn4b_branch2a/FusedBatchNormV3)Hˆ×İñºƒP‹
res4b_branch2b/Conv2D¢×İñºƒ ñ(ñBXres4b_branch2b/Conv2D = Conv2D(res4b_branch2a_relu/Relu, res4b_branch2b/kernel/read_S88)H¢×İñºƒP¾
bn4b_branch2b/FusedBatchNormV3“İİñºƒ $($Bƒbn4b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4b_branch2b/Conv2D, bn4b_branch2b/gamma/read_S89, bn4b_branch2b/beta/read_S90)H“İİñºƒPs
res4b_branch2b_relu/Relu·İİñºƒ (B?res4b_branch2b_relu/Relu = Relu(bn4b_branch2b/FusedBatchNormV3)H·İİñºƒP‹
res4b_branch2c/Conv2DÓİİñºƒ Ç(ÇBXres4b_branch2c/Conv2D = Conv2D(res4b_branch2b_relu/Relu, res4b_branch2c/kernel/read_S91)HÓİİñºƒP¾
bn4b_branch2c/FusedBatchNormV3šàİñºƒ }(}Bƒbn4b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4b_branch2c/Conv2D, bn4b_branch2c/gamma/read_S92, bn4b_branch2c/beta/read_S93)HšàİñºƒPg
	res4b/add—áİñºƒ r(rBBres4b/add = AddV2(bn4b_branch2c/FusedBatchNormV3, res4a_relu/Relu)H—áİñºƒPL
res4b_relu/Relu‰âİñºƒ P(PB!res4b_relu/Relu = Relu(res4b/add)H‰âİñºƒP‚
res4c_branch2a/Conv2DÙâİñºƒ Ó(ÓBOres4c_branch2a/Conv2D = Conv2D(res4b_relu/Relu, res4c_branch2a/kernel/read_S94)HÙâİñºƒP¾
bn4c_branch2a/FusedBatchNormV3¬åİñºƒ $($Bƒbn4c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4c_branch2a/Conv2D, bn4c_branch2a/gamma/read_S95, bn4c_branch2a/beta/read_S96)H¬åİñºƒPs
res4c_branch2a_relu/ReluĞåİñºƒ (B?res4c_branch2a_relu/Relu = Relu(bn4c_branch2a/FusedBatchNormV3)HĞåİñºƒP‹
res4c_branch2b/Conv2Dêåİñºƒ ÷(÷BXres4c_branch2b/Conv2D = Conv2D(res4c_branch2a_relu/Relu, res4c_branch2b/kernel/read_S97)HêåİñºƒP¾
bn4c_branch2b/FusedBatchNormV3áëİñºƒ &(&Bƒbn4c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4c_branch2b/Conv2D, bn4c_branch2b/gamma/read_S98, bn4c_branch2b/beta/read_S99)HáëİñºƒPs
res4c_branch2b_relu/Relu‡ìİñºƒ (B?res4c_branch2b_relu/Relu = Relu(bn4c_branch2b/FusedBatchNormV3)H‡ìİñºƒPŒ
res4c_branch2c/Conv2D¢ìİñºƒ İ(İBYres4c_branch2c/Conv2D = Conv2D(res4c_branch2b_relu/Relu, res4c_branch2c/kernel/read_S100)H¢ìİñºƒPÀ
bn4c_branch2c/FusedBatchNormV3ÿîİñºƒ o(oB…bn4c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4c_branch2c/Conv2D, bn4c_branch2c/gamma/read_S101, bn4c_branch2c/beta/read_S102)HÿîİñºƒPg
	res4c/addîïİñºƒ u(uBBres4c/add = AddV2(bn4c_branch2c/FusedBatchNormV3, res4b_relu/Relu)HîïİñºƒPL
res4c_relu/Reluãğİñºƒ M(MB!res4c_relu/Relu = Relu(res4c/add)HãğİñºƒPƒ
res4d_branch2a/Conv2D°ñİñºƒ â(âBPres4d_branch2a/Conv2D = Conv2D(res4c_relu/Relu, res4d_branch2a/kernel/read_S103)H°ñİñºƒPÀ
bn4d_branch2a/FusedBatchNormV3’ôİñºƒ %(%B…bn4d_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4d_branch2a/Conv2D, bn4d_branch2a/gamma/read_S104, bn4d_branch2a/beta/read_S105)H’ôİñºƒPs
res4d_branch2a_relu/Relu·ôİñºƒ (B?res4d_branch2a_relu/Relu = Relu(bn4d_branch2a/FusedBatchNormV3)H·ôİñºƒPŒ
res4d_branch2b/Conv2DÒôİñºƒ ‡(‡BYres4d_branch2b/Conv2D = Conv2D(res4d_branch2a_relu/Relu, res4d_branch2b/kernel/read_S106)HÒôİñºƒPÀ
bn4d_branch2b/FusedBatchNormV3Ùúİñºƒ $($B…bn4d_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4d_branch2b/Conv2D, bn4d_branch2b/gamma/read_S107, bn4d_branch2b/beta/read_S108)HÙúİñºƒPs
res4d_branch2b_relu/Reluıúİñºƒ (B?res4d_branch2b_relu/Relu = Relu(bn4d_branch2b/FusedBatchNormV3)HıúİñºƒPŒ
res4d_branch2c/Conv2D—ûİñºƒ Õ(ÕBYres4d_branch2c/Conv2D = Conv2D(res4d_branch2b_relu/Relu, res4d_branch2c/kernel/read_S109)H—ûİñºƒPÀ
bn4d_branch2c/FusedBatchNormV3ìıİñºƒ o(oB…bn4d_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4d_branch2c/Conv2D, bn4d_branch2c/gamma/read_S110, bn4d_branch2c/beta/read_S111)HìıİñºƒPg
	res4d/addÛşİñºƒ v(vBBres4d/add = AddV2(bn4d_branch2c/FusedBatchNormV3, res4c_relu/Relu)HÛşİñºƒPL
res4d_relu/ReluÑÿİñºƒ S(SB!res4d_relu/Relu = Relu(res4d/add)HÑÿİñºƒPƒ
res4e_branch2a/Conv2D¤€Şñºƒ Û(ÛBPres4e_branch2a/Conv2D = Conv2D(res4d_relu/Relu, res4e_branch2a/kernel/read_S112)H¤€ŞñºƒPÀ
bn4e_branch2a/FusedBatchNormV3ÿ‚Şñºƒ "("B…bn4e_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4e_branch2a/Conv2D, bn4e_branch2a/gamma/read_S113, bn4e_branch2a/beta/read_S114)Hÿ‚ŞñºƒPs
res4e_branch2a_relu/Relu¡ƒŞñºƒ (B?res4e_branch2a_relu/Relu = Relu(bn4e_branch2a/FusedBatchNormV3)H¡ƒŞñºƒPŒ
res4e_branch2b/Conv2D»ƒŞñºƒ ù(ùBYres4e_branch2b/Conv2D = Conv2D(res4e_branch2a_relu/Relu, res4e_branch2b/kernel/read_S115)H»ƒŞñºƒPÀ
bn4e_branch2b/FusedBatchNormV3´‰Şñºƒ $($B…bn4e_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4e_branch2b/Conv2D, bn4e_branch2b/gamma/read_S116, bn4e_branch2b/beta/read_S117)H´‰ŞñºƒPs
res4e_branch2b_relu/ReluØ‰Şñºƒ (B?res4e_branch2b_relu/Relu = Relu(bn4e_branch2b/FusedBatchNormV3)HØ‰ŞñºƒPŒ
res4e_branch2c/Conv2Dó‰Şñºƒ á(áBYres4e_branch2c/Conv2D = Conv2D(res4e_branch2b_relu/Relu, res4e_branch2c/kernel/read_S118)Hó‰ŞñºƒPÀ
bn4e_branch2c/FusedBatchNormV3ÔŒŞñºƒ x(xB…bn4e_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4e_branch2c/Conv2D, bn4e_branch2c/gamma/read_S119, bn4e_branch2c/beta/read_S120)HÔŒŞñºƒPg
	res4e/addÌŞñºƒ |(|BBres4e/add = AddV2(bn4e_branch2c/FusedBatchNormV3, res4d_relu/Relu)HÌŞñºƒPL
res4e_relu/ReluÈŞñºƒ N(NB!res4e_relu/Relu = Relu(res4e/add)HÈŞñºƒPƒ
res4f_branch2a/Conv2D–Şñºƒ á(áBPres4f_branch2a/Conv2D = Conv2D(res4e_relu/Relu, res4f_branch2a/kernel/read_S121)H–ŞñºƒPÀ
bn4f_branch2a/FusedBatchNormV3÷‘Şñºƒ %(%B…bn4f_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4f_branch2a/Conv2D, bn4f_branch2a/gamma/read_S122, bn4f_branch2a/beta/read_S123)H÷‘ŞñºƒPs
res4f_branch2a_relu/Reluœ’Şñºƒ (B?res4f_branch2a_relu/Relu = Relu(bn4f_branch2a/FusedBatchNormV3)Hœ’ŞñºƒPŒ
res4f_branch2b/Conv2D·’Şñºƒ Û(ÛBYres4f_branch2b/Conv2D = Conv2D(res4f_branch2a_relu/Relu, res4f_branch2b/kernel/read_S124)H·’ŞñºƒPÀ
bn4f_branch2b/FusedBatchNormV3’˜Şñºƒ %(%B…bn4f_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4f_branch2b/Conv2D, bn4f_branch2b/gamma/read_S125, bn4f_branch2b/beta/read_S126)H’˜ŞñºƒPs
res4f_branch2b_relu/Relu·˜Şñºƒ (B?res4f_branch2b_relu/Relu = Relu(bn4f_branch2b/FusedBatchNormV3)H·˜ŞñºƒPŒ
res4f_branch2c/Conv2DÒ˜Şñºƒ Ö(ÖBYres4f_branch2c/Conv2D = Conv2D(res4f_branch2b_relu/Relu, res4f_branch2c/kernel/read_S127)HÒ˜ŞñºƒPÀ
bn4f_branch2c/FusedBatchNormV3¨›Şñºƒ u(uB…bn4f_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4f_branch2c/Conv2D, bn4f_branch2c/gamma/read_S128, bn4f_branch2c/beta/read_S129)H¨›ŞñºƒPg
	res4f/addœŞñºƒ v(vBBres4f/add = AddV2(bn4f_branch2c/FusedBatchNormV3, res4e_relu/Relu)HœŞñºƒPL
res4f_relu/Relu“Şñºƒ M(MB!res4f_relu/Relu = Relu(res4f/add)H“ŞñºƒPƒ
res5a_branch2a/Conv2DàŞñºƒ ‡(‡BPres5a_branch2a/Conv2D = Conv2D(res4f_relu/Relu, res5a_branch2a/kernel/read_S130)HàŞñºƒPÀ
bn5a_branch2a/FusedBatchNormV3ç¢Şñºƒ >(>B…bn5a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch2a/Conv2D, bn5a_branch2a/gamma/read_S131, bn5a_branch2a/beta/read_S132)Hç¢ŞñºƒPs
res5a_branch2a_relu/Relu¥£Şñºƒ /(/B?res5a_branch2a_relu/Relu = Relu(bn5a_branch2a/FusedBatchNormV3)H¥£ŞñºƒPŒ
res5a_branch2b/Conv2DÉÖßñºƒ ×(×BYres5a_branch2b/Conv2D = Conv2D(res5a_branch2a_relu/Relu, res5a_branch2b/kernel/read_S133)HÉÖßñºƒPÀ
bn5a_branch2b/FusedBatchNormV3 Üßñºƒ (B…bn5a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch2b/Conv2D, bn5a_branch2b/gamma/read_S134, bn5a_branch2b/beta/read_S135)H ÜßñºƒPs
res5a_branch2b_relu/Relu¶Üßñºƒ (B?res5a_branch2b_relu/Relu = Relu(bn5a_branch2b/FusedBatchNormV3)H¶ÜßñºƒPŒ
res5a_branch2c/Conv2DÇÜßñºƒ ×(×BYres5a_branch2c/Conv2D = Conv2D(res5a_branch2b_relu/Relu, res5a_branch2c/kernel/read_S136)HÇÜßñºƒPÀ
bn5a_branch2c/FusedBatchNormV3ßßñºƒ ?(?B…bn5a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch2c/Conv2D, bn5a_branch2c/gamma/read_S137, bn5a_branch2c/beta/read_S138)HßßñºƒP€
res5a_branch1/Conv2Dİßßñºƒ †(†BNres5a_branch1/Conv2D = Conv2D(res4f_relu/Relu, res5a_branch1/kernel/read_S139)HİßßñºƒP»
bn5a_branch1/FusedBatchNormV3ãäßñºƒ ?(?Bbn5a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch1/Conv2D, bn5a_branch1/gamma/read_S140, bn5a_branch1/beta/read_S141)HãäßñºƒPu
	res5a/add¢åßñºƒ ?(?BPres5a/add = AddV2(bn5a_branch2c/FusedBatchNormV3, bn5a_branch1/FusedBatchNormV3)H¢åßñºƒPL
res5a_relu/Reluáåßñºƒ ,(,B!res5a_relu/Relu = Relu(res5a/add)HáåßñºƒPƒ
res5b_branch2a/Conv2Dæßñºƒ Ô(ÔBPres5b_branch2a/Conv2D = Conv2D(res5a_relu/Relu, res5b_branch2a/kernel/read_S142)HæßñºƒPÀ
bn5b_branch2a/FusedBatchNormV3áèßñºƒ (B…bn5b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res5b_branch2a/Conv2D, bn5b_branch2a/gamma/read_S143, bn5b_branch2a/beta/read_S144)HáèßñºƒPs
res5b_branch2a_relu/Reluøèßñºƒ (B?res5b_branch2a_relu/Relu = Relu(bn5b_branch2a/FusedBatchNormV3)HøèßñºƒPŒ
res5b_branch2b/Conv2D‰éßñºƒ Ã(ÃBYres5b_branch2b/Conv2D = Conv2D(res5b_branch2a_relu/Relu, res5b_branch2b/kernel/read_S145)H‰éßñºƒPÀ
bn5b_branch2b/FusedBatchNormV3Ìîßñºƒ (B…bn5b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res5b_branch2b/Conv2D, bn5b_branch2b/gamma/read_S146, bn5b_branch2b/beta/read_S147)HÌîßñºƒPs
res5b_branch2b_relu/Reluâîßñºƒ (B?res5b_branch2b_relu/Relu = Relu(bn5b_branch2b/FusedBatchNormV3)HâîßñºƒPŒ
res5b_branch2c/Conv2Dõîßñºƒ ×(×BYres5b_branch2c/Conv2D = Conv2D(res5b_branch2b_relu/Relu, res5b_branch2c/kernel/read_S148)HõîßñºƒPÀ
bn5b_branch2c/FusedBatchNormV3Ìñßñºƒ ?(?B…bn5b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res5b_branch2c/Conv2D, bn5b_branch2c/gamma/read_S149, bn5b_branch2c/beta/read_S150)HÌñßñºƒPg
	res5b/add‹òßñºƒ =(=BBres5b/add = AddV2(bn5b_branch2c/FusedBatchNormV3, res5a_relu/Relu)H‹òßñºƒPL
res5b_relu/ReluÈòßñºƒ -(-B!res5b_relu/Relu = Relu(res5b/add)HÈòßñºƒPƒ
res5c_branch2a/Conv2Dõòßñºƒ ä(äBPres5c_branch2a/Conv2D = Conv2D(res5b_relu/Relu, res5c_branch2a/kernel/read_S151)HõòßñºƒPÀ
bn5c_branch2a/FusedBatchNormV3Ùõßñºƒ (B…bn5c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res5c_branch2a/Conv2D, bn5c_branch2a/gamma/read_S152, bn5c_branch2a/beta/read_S153)HÙõßñºƒPs
res5c_branch2a_relu/Reluğõßñºƒ (B?res5c_branch2a_relu/Relu = Relu(bn5c_branch2a/FusedBatchNormV3)HğõßñºƒPŒ
res5c_branch2b/Conv2Dößñºƒ (BYres5c_branch2b/Conv2D = Conv2D(res5c_branch2a_relu/Relu, res5c_branch2b/kernel/read_S154)HößñºƒPÀ
bn5c_branch2b/FusedBatchNormV3‚üßñºƒ (B…bn5c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res5c_branch2b/Conv2D, bn5c_branch2b/gamma/read_S155, bn5c_branch2b/beta/read_S156)H‚üßñºƒPs
res5c_branch2b_relu/Relu˜üßñºƒ (B?res5c_branch2b_relu/Relu = Relu(bn5c_branch2b/FusedBatchNormV3)H˜üßñºƒPŒ
res5c_branch2c/Conv2D©üßñºƒ ä(äBYres5c_branch2c/Conv2D = Conv2D(res5c_branch2b_relu/Relu, res5c_branch2c/kernel/read_S157)H©üßñºƒPÀ
bn5c_branch2c/FusedBatchNormV3ÿßñºƒ ?(?B…bn5c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res5c_branch2c/Conv2D, bn5c_branch2c/gamma/read_S158, bn5c_branch2c/beta/read_S159)HÿßñºƒPg
	res5c/addÌÿßñºƒ ?(?BBres5c/add = AddV2(bn5c_branch2c/FusedBatchNormV3, res5b_relu/Relu)HÌÿßñºƒPL
res5c_relu/Relu‹€àñºƒ +(+B!res5c_relu/Relu = Relu(res5c/add)H‹€àñºƒPN
avg_pool/Mean¶€àñºƒ (B%avg_pool/Mean = Mean(res5c_relu/Relu)H¶€àñºƒPg
fc1000/MatMulÑ€àñºƒ (B>fc1000/MatMul = MatMul(avg_pool/Mean, fc1000/kernel/read_S160)HÑ€àñºƒPh
fc1000/BiasAddå€àñºƒ (B>fc1000/BiasAdd = BiasAdd(fc1000/MatMul, fc1000/bias/read_S161)Hå€àñºƒP˜
"loss/SoftmaxCrossEntropyWithLogitsí€àñºƒ 	(	BZloss/SoftmaxCrossEntropyWithLogits = SoftmaxCrossEntropyWithLogits(fc1000/BiasAdd, labels)Hí€àñºƒPƒ
gradients/fc1000/bias_gradö€àñºƒ (BMgradients/fc1000/bias_grad = BackpropGrad(loss/SoftmaxCrossEntropyWithLogits)Hö€àñºƒP
gradients/fc1000/kernel_gradı€àñºƒ 3(3BGgradients/fc1000/kernel_grad = BackpropGrad(gradients/fc1000/bias_grad)Hı€àñºƒP‹
!gradients/bn5c_branch2c/beta_grad°àñºƒ (BNgradients/bn5c_branch2c/beta_grad = BackpropGrad(gradients/fc1000/kernel_grad)H°àñºƒP”
"gradients/bn5c_branch2c/gamma_gradÌàñºƒ ‰(‰BTgradients/bn5c_branch2c/gamma_grad = BackpropGrad(gradients/bn5c_branch2c/beta_grad)HÌàñºƒP™
$gradients/res5c_branch2c/kernel_gradÕ‚àñºƒ î(îBWgradients/res5c_branch2c/kernel_grad = BackpropGrad(gradients/bn5c_branch2c/gamma_grad)HÕ‚àñºƒP“
!gradients/bn5c_branch2b/beta_gradÃ‡àñºƒ (BVgradients/bn5c_branch2b/beta_grad = BackpropGrad(gradients/res5c_branch2c/kernel_grad)HÃ‡àñºƒP’
"gradients/bn5c_branch2b/gamma_gradĞ‡àñºƒ )()BTgradients/bn5c_branch2b/gamma_grad = BackpropGrad(gradients/bn5c_branch2b/beta_grad)HĞ‡àñºƒP™
$gradients/res5c_branch2b/kernel_gradù‡àñºƒ ‘(‘BWgradients/res5c_branch2b/kernel_grad = BackpropGrad(gradients/bn5c_branch2b/gamma_grad)Hù‡àñºƒP“
!gradients/bn5c_branch2a/beta_gradŠ”àñºƒ (BVgradients/bn5c_branch2a/beta_grad = BackpropGrad(gradients/res5c_branch2b/kernel_grad)HŠ”àñºƒP’
"gradients/bn5c_branch2a/gamma_grad—”àñºƒ '('BTgradients/bn5c_branch2a/gamma_grad = BackpropGrad(gradients/bn5c_branch2a/beta_grad)H—”àñºƒP™
$gradients/res5c_branch2a/kernel_grad¾”àñºƒ ‚(‚BWgradients/res5c_branch2a/kernel_grad = BackpropGrad(gradients/bn5c_branch2a/gamma_grad)H¾”àñºƒP“
!gradients/bn5b_branch2c/beta_gradÀ™àñºƒ (BVgradients/bn5b_branch2c/beta_grad = BackpropGrad(gradients/res5c_branch2a/kernel_grad)HÀ™àñºƒP”
"gradients/bn5b_branch2c/gamma_gradÙ™àñºƒ Œ(ŒBTgradients/bn5b_branch2c/gamma_grad = BackpropGrad(gradients/bn5b_branch2c/beta_grad)HÙ™àñºƒP™
$gradients/res5b_branch2c/kernel_gradåšàñºƒ Á(ÁBWgradients/res5b_branch2c/kernel_grad = BackpropGrad(gradients/bn5b_branch2c/gamma_grad)HåšàñºƒP“
!gradients/bn5b_branch2b/beta_grad¦ àñºƒ (BVgradients/bn5b_branch2b/beta_grad = BackpropGrad(gradients/res5b_branch2c/kernel_grad)H¦ àñºƒP’
"gradients/bn5b_branch2b/gamma_grad³ àñºƒ *(*BTgradients/bn5b_branch2b/gamma_grad = BackpropGrad(gradients/bn5b_branch2b/beta_grad)H³ àñºƒP™
$gradients/res5b_branch2b/kernel_gradİ àñºƒ ‹(‹BWgradients/res5b_branch2b/kernel_grad = BackpropGrad(gradients/bn5b_branch2b/gamma_grad)Hİ àñºƒP“
!gradients/bn5b_branch2a/beta_gradè¬àñºƒ (BVgradients/bn5b_branch2a/beta_grad = BackpropGrad(gradients/res5b_branch2b/kernel_grad)Hè¬àñºƒP’
"gradients/bn5b_branch2a/gamma_gradõ¬àñºƒ )()BTgradients/bn5b_branch2a/gamma_grad = BackpropGrad(gradients/bn5b_branch2a/beta_grad)Hõ¬àñºƒP™
$gradients/res5b_branch2a/kernel_grad­àñºƒ “(“BWgradients/res5b_branch2a/kernel_grad = BackpropGrad(gradients/bn5b_branch2a/gamma_grad)H­àñºƒP‘
 gradients/bn5a_branch1/beta_grad±²àñºƒ (BUgradients/bn5a_branch1/beta_grad = BackpropGrad(gradients/res5b_branch2a/kernel_grad)H±²àñºƒP
!gradients/bn5a_branch1/gamma_gradÍ²àñºƒ Q(QBRgradients/bn5a_branch1/gamma_grad = BackpropGrad(gradients/bn5a_branch1/beta_grad)HÍ²àñºƒP–
#gradients/res5a_branch1/kernel_grad³àñºƒ ¶
(¶
BUgradients/res5a_branch1/kernel_grad = BackpropGrad(gradients/bn5a_branch1/gamma_grad)H³àñºƒP’
!gradients/bn5a_branch2c/beta_gradÔ½àñºƒ (BUgradients/bn5a_branch2c/beta_grad = BackpropGrad(gradients/res5a_branch1/kernel_grad)HÔ½àñºƒP”
"gradients/bn5a_branch2c/gamma_gradï½àñºƒ (BTgradients/bn5a_branch2c/gamma_grad = BackpropGrad(gradients/bn5a_branch2c/beta_grad)Hï½àñºƒP™
$gradients/res5a_branch2c/kernel_gradÿ¾àñºƒ ƒ(ƒBWgradients/res5a_branch2c/kernel_grad = BackpropGrad(gradients/bn5a_branch2c/gamma_grad)Hÿ¾àñºƒP“
!gradients/bn5a_branch2b/beta_grad‚Äàñºƒ (BVgradients/bn5a_branch2b/beta_grad = BackpropGrad(gradients/res5a_branch2c/kernel_grad)H‚ÄàñºƒP’
"gradients/bn5a_branch2b/gamma_gradÄàñºƒ )()BTgradients/bn5a_branch2b/gamma_grad = BackpropGrad(gradients/bn5a_branch2b/beta_grad)HÄàñºƒP™
$gradients/res5a_branch2b/kernel_grad·Äàñºƒ ³(³BWgradients/res5a_branch2b/kernel_grad = BackpropGrad(gradients/bn5a_branch2b/gamma_grad)H·ÄàñºƒP“
!gradients/bn5a_branch2a/beta_gradêÏàñºƒ (BVgradients/bn5a_branch2a/beta_grad = BackpropGrad(gradients/res5a_branch2b/kernel_grad)HêÏàñºƒP’
"gradients/bn5a_branch2a/gamma_grad†Ğàñºƒ (BTgradients/bn5a_branch2a/gamma_grad = BackpropGrad(gradients/bn5a_branch2a/beta_grad)H†ĞàñºƒP™
$gradients/res5a_branch2a/kernel_grad…Ñàñºƒ Ÿ
(Ÿ
BWgradients/res5a_branch2a/kernel_grad = BackpropGrad(gradients/bn5a_branch2a/gamma_grad)H…ÑàñºƒP“
!gradients/bn4f_branch2c/beta_grad¤Ûàñºƒ -(-BVgradients/bn4f_branch2c/beta_grad = BackpropGrad(gradients/res5a_branch2a/kernel_grad)H¤ÛàñºƒP”
"gradients/bn4f_branch2c/gamma_gradÑÛàñºƒ ƒ(ƒBTgradients/bn4f_branch2c/gamma_grad = BackpropGrad(gradients/bn4f_branch2c/beta_grad)HÑÛàñºƒP™
$gradients/res4f_branch2c/kernel_gradÔİàñºƒ ›(›BWgradients/res4f_branch2c/kernel_grad = BackpropGrad(gradients/bn4f_branch2c/gamma_grad)HÔİàñºƒP“
!gradients/bn4f_branch2b/beta_gradïâàñºƒ (BVgradients/bn4f_branch2b/beta_grad = BackpropGrad(gradients/res4f_branch2c/kernel_grad)HïâàñºƒP’
"gradients/bn4f_branch2b/gamma_grad€ãàñºƒ F(FBTgradients/bn4f_branch2b/gamma_grad = BackpropGrad(gradients/bn4f_branch2b/beta_grad)H€ãàñºƒP™
$gradients/res4f_branch2b/kernel_gradÆãàñºƒ „(„BWgradients/res4f_branch2b/kernel_grad = BackpropGrad(gradients/bn4f_branch2b/gamma_grad)HÆãàñºƒP“
!gradients/bn4f_branch2a/beta_gradÊïàñºƒ (BVgradients/bn4f_branch2a/beta_grad = BackpropGrad(gradients/res4f_branch2b/kernel_grad)HÊïàñºƒP’
"gradients/bn4f_branch2a/gamma_gradÛïàñºƒ J(JBTgradients/bn4f_branch2a/gamma_grad = BackpropGrad(gradients/bn4f_branch2a/beta_grad)HÛïàñºƒP™
$gradients/res4f_branch2a/kernel_grad¥ğàñºƒ (BWgradients/res4f_branch2a/kernel_grad = BackpropGrad(gradients/bn4f_branch2a/gamma_grad)H¥ğàñºƒP“
!gradients/bn4e_branch2c/beta_gradµõàñºƒ +(+BVgradients/bn4e_branch2c/beta_grad = BackpropGrad(gradients/res4f_branch2a/kernel_grad)HµõàñºƒP”
"gradients/bn4e_branch2c/gamma_gradàõàñºƒ ˜(˜BTgradients/bn4e_branch2c/gamma_grad = BackpropGrad(gradients/bn4e_branch2c/beta_grad)HàõàñºƒP™
$gradients/res4e_branch2c/kernel_gradø÷àñºƒ ¥(¥BWgradients/res4e_branch2c/kernel_grad = BackpropGrad(gradients/bn4e_branch2c/gamma_grad)Hø÷àñºƒP“
!gradients/bn4e_branch2b/beta_gradıàñºƒ (BVgradients/bn4e_branch2b/beta_grad = BackpropGrad(gradients/res4e_branch2c/kernel_grad)HıàñºƒP’
"gradients/bn4e_branch2b/gamma_grad®ıàñºƒ H(HBTgradients/bn4e_branch2b/gamma_grad = BackpropGrad(gradients/bn4e_branch2b/beta_grad)H®ıàñºƒP™
$gradients/res4e_branch2b/kernel_gradöıàñºƒ ¸(¸BWgradients/res4e_branch2b/kernel_grad = BackpropGrad(gradients/bn4e_branch2b/gamma_grad)HöıàñºƒP“
!gradients/bn4e_branch2a/beta_grad®‰áñºƒ (BVgradients/bn4e_branch2a/beta_grad = BackpropGrad(gradients/res4e_branch2b/kernel_grad)H®‰áñºƒP’
"gradients/bn4e_branch2a/gamma_grad¿‰áñºƒ I(IBTgradients/bn4e_branch2a/gamma_grad = BackpropGrad(gradients/bn4e_branch2a/beta_grad)H¿‰áñºƒP™
$gradients/res4e_branch2a/kernel_gradˆŠáñºƒ ¥(¥BWgradients/res4e_branch2a/kernel_grad = BackpropGrad(gradients/bn4e_branch2a/gamma_grad)HˆŠáñºƒP“
!gradients/bn4d_branch2c/beta_grad­áñºƒ ,(,BVgradients/bn4d_branch2c/beta_grad = BackpropGrad(gradients/res4e_branch2a/kernel_grad)H­áñºƒP”
"gradients/bn4d_branch2c/gamma_gradÙáñºƒ (BTgradients/bn4d_branch2c/gamma_grad = BackpropGrad(gradients/bn4d_branch2c/beta_grad)HÙáñºƒP™
$gradients/res4d_branch2c/kernel_gradç‘áñºƒ ‡(‡BWgradients/res4d_branch2c/kernel_grad = BackpropGrad(gradients/bn4d_branch2c/gamma_grad)Hç‘áñºƒP“
!gradients/bn4d_branch2b/beta_gradî–áñºƒ (BVgradients/bn4d_branch2b/beta_grad = BackpropGrad(gradients/res4d_branch2c/kernel_grad)Hî–áñºƒP’
"gradients/bn4d_branch2b/gamma_gradÿ–áñºƒ N(NBTgradients/bn4d_branch2b/gamma_grad = BackpropGrad(gradients/bn4d_branch2b/beta_grad)Hÿ–áñºƒP™
$gradients/res4d_branch2b/kernel_gradÍ—áñºƒ à(àBWgradients/res4d_branch2b/kernel_grad = BackpropGrad(gradients/bn4d_branch2b/gamma_grad)HÍ—áñºƒP“
!gradients/bn4d_branch2a/beta_grad­£áñºƒ (BVgradients/bn4d_branch2a/beta_grad = BackpropGrad(gradients/res4d_branch2b/kernel_grad)H­£áñºƒP’
"gradients/bn4d_branch2a/gamma_grad¾£áñºƒ K(KBTgradients/bn4d_branch2a/gamma_grad = BackpropGrad(gradients/bn4d_branch2a/beta_grad)H¾£áñºƒP™
$gradients/res4d_branch2a/kernel_grad‰¤áñºƒ ¬(¬BWgradients/res4d_branch2a/kernel_grad = BackpropGrad(gradients/bn4d_branch2a/gamma_grad)H‰¤áñºƒP“
!gradients/bn4c_branch2c/beta_gradµ©áñºƒ -(-BVgradients/bn4c_branch2c/beta_grad = BackpropGrad(gradients/res4d_branch2a/kernel_grad)Hµ©áñºƒP”
"gradients/bn4c_branch2c/gamma_gradâ©áñºƒ ‰(‰BTgradients/bn4c_branch2c/gamma_grad = BackpropGrad(gradients/bn4c_branch2c/beta_grad)Hâ©áñºƒP™
$gradients/res4c_branch2c/kernel_gradë«áñºƒ ¯(¯BWgradients/res4c_branch2c/kernel_grad = BackpropGrad(gradients/bn4c_branch2c/gamma_grad)Hë«áñºƒP“
!gradients/bn4c_branch2b/beta_gradš±áñºƒ (BVgradients/bn4c_branch2b/beta_grad = BackpropGrad(gradients/res4c_branch2c/kernel_grad)Hš±áñºƒP’
"gradients/bn4c_branch2b/gamma_grad«±áñºƒ H(HBTgradients/bn4c_branch2b/gamma_grad = BackpropGrad(gradients/bn4c_branch2b/beta_grad)H«±áñºƒP™
$gradients/res4c_branch2b/kernel_gradó±áñºƒ ²(²BWgradients/res4c_branch2b/kernel_grad = BackpropGrad(gradients/bn4c_branch2b/gamma_grad)Hó±áñºƒP“
!gradients/bn4c_branch2a/beta_grad¥½áñºƒ (BVgradients/bn4c_branch2a/beta_grad = BackpropGrad(gradients/res4c_branch2b/kernel_grad)H¥½áñºƒP’
"gradients/bn4c_branch2a/gamma_grad¶½áñºƒ O(OBTgradients/bn4c_branch2a/gamma_grad = BackpropGrad(gradients/bn4c_branch2a/beta_grad)H¶½áñºƒP™
$gradients/res4c_branch2a/kernel_grad…¾áñºƒ (BWgradients/res4c_branch2a/kernel_grad = BackpropGrad(gradients/bn4c_branch2a/gamma_grad)H…¾áñºƒP“
!gradients/bn4b_branch2c/beta_grad•Ãáñºƒ /(/BVgradients/bn4b_branch2c/beta_grad = BackpropGrad(gradients/res4c_branch2a/kernel_grad)H•ÃáñºƒP”
"gradients/bn4b_branch2c/gamma_gradÄÃáñºƒ ˆ(ˆBTgradients/bn4b_branch2c/gamma_grad = BackpropGrad(gradients/bn4b_branch2c/beta_grad)HÄÃáñºƒP™
$gradients/res4b_branch2c/kernel_gradÌÅáñºƒ ¨(¨BWgradients/res4b_branch2c/kernel_grad = BackpropGrad(gradients/bn4b_branch2c/gamma_grad)HÌÅáñºƒP“
!gradients/bn4b_branch2b/beta_gradôÊáñºƒ (BVgradients/bn4b_branch2b/beta_grad = BackpropGrad(gradients/res4b_branch2c/kernel_grad)HôÊáñºƒP’
"gradients/bn4b_branch2b/gamma_grad„Ëáñºƒ I(IBTgradients/bn4b_branch2b/gamma_grad = BackpropGrad(gradients/bn4b_branch2b/beta_grad)H„ËáñºƒP™
$gradients/res4b_branch2b/kernel_gradÍËáñºƒ ç(çBWgradients/res4b_branch2b/kernel_grad = BackpropGrad(gradients/bn4b_branch2b/gamma_grad)HÍËáñºƒP“
!gradients/bn4b_branch2a/beta_grad´×áñºƒ (BVgradients/bn4b_branch2a/beta_grad = BackpropGrad(gradients/res4b_branch2b/kernel_grad)H´×áñºƒP’
"gradients/bn4b_branch2a/gamma_gradÅ×áñºƒ D(DBTgradients/bn4b_branch2a/gamma_grad = BackpropGrad(gradients/bn4b_branch2a/beta_grad)HÅ×áñºƒP™
$gradients/res4b_branch2a/kernel_grad‰Øáñºƒ §(§BWgradients/res4b_branch2a/kernel_grad = BackpropGrad(gradients/bn4b_branch2a/gamma_grad)H‰ØáñºƒP‘
 gradients/bn4a_branch1/beta_grad°İáñºƒ .(.BUgradients/bn4a_branch1/beta_grad = BackpropGrad(gradients/res4b_branch2a/kernel_grad)H°İáñºƒP‘
!gradients/bn4a_branch1/gamma_gradŞİáñºƒ –(–BRgradients/bn4a_branch1/gamma_grad = BackpropGrad(gradients/bn4a_branch1/beta_grad)HŞİáñºƒP–
#gradients/res4a_branch1/kernel_gradôŞáñºƒ ı	(ı	BUgradients/res4a_branch1/kernel_grad = BackpropGrad(gradients/bn4a_branch1/gamma_grad)HôŞáñºƒP’
!gradients/bn4a_branch2c/beta_gradñèáñºƒ 0(0BUgradients/bn4a_branch2c/beta_grad = BackpropGrad(gradients/res4a_branch1/kernel_grad)HñèáñºƒP”
"gradients/bn4a_branch2c/gamma_grad¡éáñºƒ (BTgradients/bn4a_branch2c/gamma_grad = BackpropGrad(gradients/bn4a_branch2c/beta_grad)H¡éáñºƒP™
$gradients/res4a_branch2c/kernel_grad±ëáñºƒ ¢(¢BWgradients/res4a_branch2c/kernel_grad = BackpropGrad(gradients/bn4a_branch2c/gamma_grad)H±ëáñºƒP“
!gradients/bn4a_branch2b/beta_gradÓğáñºƒ (BVgradients/bn4a_branch2b/beta_grad = BackpropGrad(gradients/res4a_branch2c/kernel_grad)HÓğáñºƒP’
"gradients/bn4a_branch2b/gamma_gradäğáñºƒ J(JBTgradients/bn4a_branch2b/gamma_grad = BackpropGrad(gradients/bn4a_branch2b/beta_grad)HäğáñºƒP™
$gradients/res4a_branch2b/kernel_grad®ñáñºƒ ×(×BWgradients/res4a_branch2b/kernel_grad = BackpropGrad(gradients/bn4a_branch2b/gamma_grad)H®ñáñºƒP“
!gradients/bn4a_branch2a/beta_grad…ıáñºƒ .(.BVgradients/bn4a_branch2a/beta_grad = BackpropGrad(gradients/res4a_branch2b/kernel_grad)H…ıáñºƒP”
"gradients/bn4a_branch2a/gamma_grad³ıáñºƒ —(—BTgradients/bn4a_branch2a/gamma_grad = BackpropGrad(gradients/bn4a_branch2a/beta_grad)H³ıáñºƒP™
$gradients/res4a_branch2a/kernel_gradÊÿáñºƒ î	(î	BWgradients/res4a_branch2a/kernel_grad = BackpropGrad(gradients/bn4a_branch2a/gamma_grad)HÊÿáñºƒP“
!gradients/bn3d_branch2c/beta_grad¸‰âñºƒ R(RBVgradients/bn3d_branch2c/beta_grad = BackpropGrad(gradients/res4a_branch2a/kernel_grad)H¸‰âñºƒP”
"gradients/bn3d_branch2c/gamma_gradŠŠâñºƒ ˜(˜BTgradients/bn3d_branch2c/gamma_grad = BackpropGrad(gradients/bn3d_branch2c/beta_grad)HŠŠâñºƒP™
$gradients/res3d_branch2c/kernel_grad¢âñºƒ À(ÀBWgradients/res3d_branch2c/kernel_grad = BackpropGrad(gradients/bn3d_branch2c/gamma_grad)H¢âñºƒP“
!gradients/bn3d_branch2b/beta_gradâ“âñºƒ (BVgradients/bn3d_branch2b/beta_grad = BackpropGrad(gradients/res3d_branch2c/kernel_grad)Hâ“âñºƒP”
"gradients/bn3d_branch2b/gamma_gradü“âñºƒ Œ(ŒBTgradients/bn3d_branch2b/gamma_grad = BackpropGrad(gradients/bn3d_branch2b/beta_grad)Hü“âñºƒP™
$gradients/res3d_branch2b/kernel_gradˆ•âñºƒ İ(İBWgradients/res3d_branch2b/kernel_grad = BackpropGrad(gradients/bn3d_branch2b/gamma_grad)Hˆ•âñºƒP“
!gradients/bn3d_branch2a/beta_gradå âñºƒ (BVgradients/bn3d_branch2a/beta_grad = BackpropGrad(gradients/res3d_branch2b/kernel_grad)Hå âñºƒP”
"gradients/bn3d_branch2a/gamma_grad¡âñºƒ ‰(‰BTgradients/bn3d_branch2a/gamma_grad = BackpropGrad(gradients/bn3d_branch2a/beta_grad)H¡âñºƒP™
$gradients/res3d_branch2a/kernel_gradŠ¢âñºƒ §(§BWgradients/res3d_branch2a/kernel_grad = BackpropGrad(gradients/bn3d_branch2a/gamma_grad)HŠ¢âñºƒP“
!gradients/bn3c_branch2c/beta_grad±§âñºƒ T(TBVgradients/bn3c_branch2c/beta_grad = BackpropGrad(gradients/res3d_branch2a/kernel_grad)H±§âñºƒP”
"gradients/bn3c_branch2c/gamma_grad…¨âñºƒ †(†BTgradients/bn3c_branch2c/gamma_grad = BackpropGrad(gradients/bn3c_branch2c/beta_grad)H…¨âñºƒP™
$gradients/res3c_branch2c/kernel_grad‹¬âñºƒ »(»BWgradients/res3c_branch2c/kernel_grad = BackpropGrad(gradients/bn3c_branch2c/gamma_grad)H‹¬âñºƒP“
!gradients/bn3c_branch2b/beta_gradÆ±âñºƒ (BVgradients/bn3c_branch2b/beta_grad = BackpropGrad(gradients/res3c_branch2c/kernel_grad)HÆ±âñºƒP”
"gradients/bn3c_branch2b/gamma_gradá±âñºƒ ‹(‹BTgradients/bn3c_branch2b/gamma_grad = BackpropGrad(gradients/bn3c_branch2b/beta_grad)Há±âñºƒP™
$gradients/res3c_branch2b/kernel_gradì²âñºƒ °(°BWgradients/res3c_branch2b/kernel_grad = BackpropGrad(gradients/bn3c_branch2b/gamma_grad)Hì²âñºƒP“
!gradients/bn3c_branch2a/beta_gradœ¿âñºƒ (BVgradients/bn3c_branch2a/beta_grad = BackpropGrad(gradients/res3c_branch2b/kernel_grad)Hœ¿âñºƒP”
"gradients/bn3c_branch2a/gamma_grad·¿âñºƒ ‡(‡BTgradients/bn3c_branch2a/gamma_grad = BackpropGrad(gradients/bn3c_branch2a/beta_grad)H·¿âñºƒP™
$gradients/res3c_branch2a/kernel_grad¾Àâñºƒ Œ(ŒBWgradients/res3c_branch2a/kernel_grad = BackpropGrad(gradients/bn3c_branch2a/gamma_grad)H¾ÀâñºƒP“
!gradients/bn3b_branch2c/beta_gradÊÅâñºƒ P(PBVgradients/bn3b_branch2c/beta_grad = BackpropGrad(gradients/res3c_branch2a/kernel_grad)HÊÅâñºƒP”
"gradients/bn3b_branch2c/gamma_gradšÆâñºƒ ş(şBTgradients/bn3b_branch2c/gamma_grad = BackpropGrad(gradients/bn3b_branch2c/beta_grad)HšÆâñºƒP™
$gradients/res3b_branch2c/kernel_grad˜Êâñºƒ ¾(¾BWgradients/res3b_branch2c/kernel_grad = BackpropGrad(gradients/bn3b_branch2c/gamma_grad)H˜ÊâñºƒP“
!gradients/bn3b_branch2b/beta_gradÖÏâñºƒ (BVgradients/bn3b_branch2b/beta_grad = BackpropGrad(gradients/res3b_branch2c/kernel_grad)HÖÏâñºƒP”
"gradients/bn3b_branch2b/gamma_gradğÏâñºƒ (BTgradients/bn3b_branch2b/gamma_grad = BackpropGrad(gradients/bn3b_branch2b/beta_grad)HğÏâñºƒP™
$gradients/res3b_branch2b/kernel_gradıĞâñºƒ î(îBWgradients/res3b_branch2b/kernel_grad = BackpropGrad(gradients/bn3b_branch2b/gamma_grad)HıĞâñºƒP“
!gradients/bn3b_branch2a/beta_gradëÜâñºƒ (BVgradients/bn3b_branch2a/beta_grad = BackpropGrad(gradients/res3b_branch2b/kernel_grad)HëÜâñºƒP”
"gradients/bn3b_branch2a/gamma_grad†İâñºƒ ˆ(ˆBTgradients/bn3b_branch2a/gamma_grad = BackpropGrad(gradients/bn3b_branch2a/beta_grad)H†İâñºƒP™
$gradients/res3b_branch2a/kernel_gradŞâñºƒ £(£BWgradients/res3b_branch2a/kernel_grad = BackpropGrad(gradients/bn3b_branch2a/gamma_grad)HŞâñºƒP‘
 gradients/bn3a_branch1/beta_grad±ãâñºƒ T(TBUgradients/bn3a_branch1/beta_grad = BackpropGrad(gradients/res3b_branch2a/kernel_grad)H±ãâñºƒP‘
!gradients/bn3a_branch1/gamma_grad…äâñºƒ ¢(¢BRgradients/bn3a_branch1/gamma_grad = BackpropGrad(gradients/bn3a_branch1/beta_grad)H…äâñºƒP–
#gradients/res3a_branch1/kernel_grad§æâñºƒ é
(é
BUgradients/res3a_branch1/kernel_grad = BackpropGrad(gradients/bn3a_branch1/gamma_grad)H§æâñºƒP’
!gradients/bn3a_branch2c/beta_gradñâñºƒ O(OBUgradients/bn3a_branch2c/beta_grad = BackpropGrad(gradients/res3a_branch1/kernel_grad)HñâñºƒP”
"gradients/bn3a_branch2c/gamma_gradßñâñºƒ ’(’BTgradients/bn3a_branch2c/gamma_grad = BackpropGrad(gradients/bn3a_branch2c/beta_grad)HßñâñºƒP™
$gradients/res3a_branch2c/kernel_gradñõâñºƒ «(«BWgradients/res3a_branch2c/kernel_grad = BackpropGrad(gradients/bn3a_branch2c/gamma_grad)HñõâñºƒP“
!gradients/bn3a_branch2b/beta_gradœûâñºƒ (BVgradients/bn3a_branch2b/beta_grad = BackpropGrad(gradients/res3a_branch2c/kernel_grad)HœûâñºƒP”
"gradients/bn3a_branch2b/gamma_grad·ûâñºƒ ‚(‚BTgradients/bn3a_branch2b/gamma_grad = BackpropGrad(gradients/bn3a_branch2b/beta_grad)H·ûâñºƒP™
$gradients/res3a_branch2b/kernel_grad¹üâñºƒ ³(³BWgradients/res3a_branch2b/kernel_grad = BackpropGrad(gradients/bn3a_branch2b/gamma_grad)H¹üâñºƒP“
!gradients/bn3a_branch2a/beta_gradì‡ãñºƒ T(TBVgradients/bn3a_branch2a/beta_grad = BackpropGrad(gradients/res3a_branch2b/kernel_grad)Hì‡ãñºƒP”
"gradients/bn3a_branch2a/gamma_gradÀˆãñºƒ “(“BTgradients/bn3a_branch2a/gamma_grad = BackpropGrad(gradients/bn3a_branch2a/beta_grad)HÀˆãñºƒP™
$gradients/res3a_branch2a/kernel_gradÓŒãñºƒ ×
(×
BWgradients/res3a_branch2a/kernel_grad = BackpropGrad(gradients/bn3a_branch2a/gamma_grad)HÓŒãñºƒP•
!gradients/bn2c_branch2c/beta_gradª—ãñºƒ š(šBVgradients/bn2c_branch2c/beta_grad = BackpropGrad(gradients/res3a_branch2a/kernel_grad)Hª—ãñºƒP”
"gradients/bn2c_branch2c/gamma_gradÄ˜ãñºƒ ‰(‰BTgradients/bn2c_branch2c/gamma_grad = BackpropGrad(gradients/bn2c_branch2c/beta_grad)HÄ˜ãñºƒP™
$gradients/res2c_branch2c/kernel_gradÍ ãñºƒ ¨(¨BWgradients/res2c_branch2c/kernel_grad = BackpropGrad(gradients/bn2c_branch2c/gamma_grad)HÍ ãñºƒP“
!gradients/bn2c_branch2b/beta_gradõ¥ãñºƒ ,(,BVgradients/bn2c_branch2b/beta_grad = BackpropGrad(gradients/res2c_branch2c/kernel_grad)Hõ¥ãñºƒP”
"gradients/bn2c_branch2b/gamma_grad¡¦ãñºƒ €(€BTgradients/bn2c_branch2b/gamma_grad = BackpropGrad(gradients/bn2c_branch2b/beta_grad)H¡¦ãñºƒP™
$gradients/res2c_branch2b/kernel_grad¡¨ãñºƒ ‘(‘BWgradients/res2c_branch2b/kernel_grad = BackpropGrad(gradients/bn2c_branch2b/gamma_grad)H¡¨ãñºƒP“
!gradients/bn2c_branch2a/beta_grad²´ãñºƒ 0(0BVgradients/bn2c_branch2a/beta_grad = BackpropGrad(gradients/res2c_branch2b/kernel_grad)H²´ãñºƒP”
"gradients/bn2c_branch2a/gamma_gradâ´ãñºƒ ‡(‡BTgradients/bn2c_branch2a/gamma_grad = BackpropGrad(gradients/bn2c_branch2a/beta_grad)Hâ´ãñºƒP™
$gradients/res2c_branch2a/kernel_gradé¶ãñºƒ “(“BWgradients/res2c_branch2a/kernel_grad = BackpropGrad(gradients/bn2c_branch2a/gamma_grad)Hé¶ãñºƒP•
!gradients/bn2b_branch2c/beta_gradü»ãñºƒ £(£BVgradients/bn2b_branch2c/beta_grad = BackpropGrad(gradients/res2c_branch2a/kernel_grad)Hü»ãñºƒP”
"gradients/bn2b_branch2c/gamma_gradŸ½ãñºƒ ˜(˜BTgradients/bn2b_branch2c/gamma_grad = BackpropGrad(gradients/bn2b_branch2c/beta_grad)HŸ½ãñºƒP™
$gradients/res2b_branch2c/kernel_grad·Åãñºƒ ©(©BWgradients/res2b_branch2c/kernel_grad = BackpropGrad(gradients/bn2b_branch2c/gamma_grad)H·ÅãñºƒP“
!gradients/bn2b_branch2b/beta_gradàÊãñºƒ .(.BVgradients/bn2b_branch2b/beta_grad = BackpropGrad(gradients/res2b_branch2c/kernel_grad)HàÊãñºƒP”
"gradients/bn2b_branch2b/gamma_gradËãñºƒ û(ûBTgradients/bn2b_branch2b/gamma_grad = BackpropGrad(gradients/bn2b_branch2b/beta_grad)HËãñºƒP™
$gradients/res2b_branch2b/kernel_grad‰Íãñºƒ ø(øBWgradients/res2b_branch2b/kernel_grad = BackpropGrad(gradients/bn2b_branch2b/gamma_grad)H‰ÍãñºƒP“
!gradients/bn2b_branch2a/beta_gradÙãñºƒ .(.BVgradients/bn2b_branch2a/beta_grad = BackpropGrad(gradients/res2b_branch2b/kernel_grad)HÙãñºƒP”
"gradients/bn2b_branch2a/gamma_grad¯Ùãñºƒ (BTgradients/bn2b_branch2a/gamma_grad = BackpropGrad(gradients/bn2b_branch2a/beta_grad)H¯ÙãñºƒP™
$gradients/res2b_branch2a/kernel_grad½Ûãñºƒ º(ºBWgradients/res2b_branch2a/kernel_grad = BackpropGrad(gradients/bn2b_branch2a/gamma_grad)H½ÛãñºƒP“
 gradients/bn2a_branch1/beta_grad÷àãñºƒ œ(œBUgradients/bn2a_branch1/beta_grad = BackpropGrad(gradients/res2b_branch2a/kernel_grad)H÷àãñºƒP‘
!gradients/bn2a_branch1/gamma_grad“âãñºƒ ½(½BRgradients/bn2a_branch1/gamma_grad = BackpropGrad(gradients/bn2a_branch1/beta_grad)H“âãñºƒP–
#gradients/res2a_branch1/kernel_gradĞæãñºƒ º(ºBUgradients/res2a_branch1/kernel_grad = BackpropGrad(gradients/bn2a_branch1/gamma_grad)HĞæãñºƒP”
!gradients/bn2a_branch2c/beta_gradŠìãñºƒ (BUgradients/bn2a_branch2c/beta_grad = BackpropGrad(gradients/res2a_branch1/kernel_grad)HŠìãñºƒP”
"gradients/bn2a_branch2c/gamma_grad¨íãñºƒ À(ÀBTgradients/bn2a_branch2c/gamma_grad = BackpropGrad(gradients/bn2a_branch2c/beta_grad)H¨íãñºƒP™
$gradients/res2a_branch2c/kernel_gradèõãñºƒ ³(³BWgradients/res2a_branch2c/kernel_grad = BackpropGrad(gradients/bn2a_branch2c/gamma_grad)HèõãñºƒP“
!gradients/bn2a_branch2b/beta_grad›ûãñºƒ /(/BVgradients/bn2a_branch2b/beta_grad = BackpropGrad(gradients/res2a_branch2c/kernel_grad)H›ûãñºƒP”
"gradients/bn2a_branch2b/gamma_gradÊûãñºƒ –(–BTgradients/bn2a_branch2b/gamma_grad = BackpropGrad(gradients/bn2a_branch2b/beta_grad)HÊûãñºƒP™
$gradients/res2a_branch2b/kernel_gradàıãñºƒ (BWgradients/res2a_branch2b/kernel_grad = BackpropGrad(gradients/bn2a_branch2b/gamma_grad)HàıãñºƒP“
!gradients/bn2a_branch2a/beta_gradîˆäñºƒ +(+BVgradients/bn2a_branch2a/beta_grad = BackpropGrad(gradients/res2a_branch2b/kernel_grad)HîˆäñºƒP”
"gradients/bn2a_branch2a/gamma_grad™‰äñºƒ (BTgradients/bn2a_branch2a/gamma_grad = BackpropGrad(gradients/bn2a_branch2a/beta_grad)H™‰äñºƒP™
$gradients/res2a_branch2a/kernel_grad¨‹äñºƒ ¬(¬BWgradients/res2a_branch2a/kernel_grad = BackpropGrad(gradients/bn2a_branch2a/gamma_grad)H¨‹äñºƒP‹
gradients/bn_conv1/beta_gradÔŒäñºƒ ˜(˜BQgradients/bn_conv1/beta_grad = BackpropGrad(gradients/res2a_branch2a/kernel_grad)HÔŒäñºƒP…
gradients/bn_conv1/gamma_gradìäñºƒ ÿ
(ÿ
BJgradients/bn_conv1/gamma_grad = BackpropGrad(gradients/bn_conv1/beta_grad)HìäñºƒP‚
gradients/conv1/kernel_gradë˜äñºƒ Ö(ÖBIgradients/conv1/kernel_grad = BackpropGrad(gradients/bn_conv1/gamma_grad)Hë˜äñºƒP
´
%/job:ps/replica:0/task:0/device:CPU:0W
conv1/kernel/read™¼Úñºƒ (B*conv1/kernel/read = Identity(conv1/kernel)H™¼ÚñºƒP]
bn_conv1/gamma/read¼Úñºƒ (B.bn_conv1/gamma/read = Identity(bn_conv1/gamma)H¼ÚñºƒPZ
bn_conv1/beta/read ¼Úñºƒ (B,bn_conv1/beta/read = Identity(bn_conv1/beta)H ¼ÚñºƒPr
res2a_branch2a/kernel/read¢¼Úñºƒ (B<res2a_branch2a/kernel/read = Identity(res2a_branch2a/kernel)H¢¼ÚñºƒPl
bn2a_branch2a/gamma/read¥¼Úñºƒ (B8bn2a_branch2a/gamma/read = Identity(bn2a_branch2a/gamma)H¥¼ÚñºƒPi
bn2a_branch2a/beta/read¨¼Úñºƒ (B6bn2a_branch2a/beta/read = Identity(bn2a_branch2a/beta)H¨¼ÚñºƒPr
res2a_branch2b/kernel/read«¼Úñºƒ (B<res2a_branch2b/kernel/read = Identity(res2a_branch2b/kernel)H«¼ÚñºƒPl
bn2a_branch2b/gamma/read®¼Úñºƒ (B8bn2a_branch2b/gamma/read = Identity(bn2a_branch2b/gamma)H®¼ÚñºƒPi
bn2a_branch2b/beta/read±¼Úñºƒ (B6bn2a_branch2b/beta/read = Identity(bn2a_branch2b/beta)H±¼ÚñºƒPr
res2a_branch2c/kernel/read´¼Úñºƒ (B<res2a_branch2c/kernel/read = Identity(res2a_branch2c/kernel)H´¼ÚñºƒPl
bn2a_branch2c/gamma/read·¼Úñºƒ (B8bn2a_branch2c/gamma/read = Identity(bn2a_branch2c/gamma)H·¼ÚñºƒPi
bn2a_branch2c/beta/readº¼Úñºƒ (B6bn2a_branch2c/beta/read = Identity(bn2a_branch2c/beta)Hº¼ÚñºƒPo
res2a_branch1/kernel/read½¼Úñºƒ (B:res2a_branch1/kernel/read = Identity(res2a_branch1/kernel)H½¼ÚñºƒPi
bn2a_branch1/gamma/readÀ¼Úñºƒ (B6bn2a_branch1/gamma/read = Identity(bn2a_branch1/gamma)HÀ¼ÚñºƒPf
bn2a_branch1/beta/readÃ¼Úñºƒ (B4bn2a_branch1/beta/read = Identity(bn2a_branch1/beta)HÃ¼ÚñºƒPr
res2b_branch2a/kernel/readÆ¼Úñºƒ (B<res2b_branch2a/kernel/read = Identity(res2b_branch2a/kernel)HÆ¼ÚñºƒPl
bn2b_branch2a/gamma/readÉ¼Úñºƒ (B8bn2b_branch2a/gamma/read = Identity(bn2b_branch2a/gamma)HÉ¼ÚñºƒPi
bn2b_branch2a/beta/readÌ¼Úñºƒ (B6bn2b_branch2a/beta/read = Identity(bn2b_branch2a/beta)HÌ¼ÚñºƒPr
res2b_branch2b/kernel/readÏ¼Úñºƒ (B<res2b_branch2b/kernel/read = Identity(res2b_branch2b/kernel)HÏ¼ÚñºƒPl
bn2b_branch2b/gamma/readÒ¼Úñºƒ (B8bn2b_branch2b/gamma/read = Identity(bn2b_branch2b/gamma)HÒ¼ÚñºƒPi
bn2b_branch2b/beta/readÕ¼Úñºƒ (B6bn2b_branch2b/beta/read = Identity(bn2b_branch2b/beta)HÕ¼ÚñºƒPr
res2b_branch2c/kernel/readØ¼Úñºƒ (B<res2b_branch2c/kernel/read = Identity(res2b_branch2c/kernel)HØ¼ÚñºƒPl
bn2b_branch2c/gamma/readÛ¼Úñºƒ (B8bn2b_branch2c/gamma/read = Identity(bn2b_branch2c/gamma)HÛ¼ÚñºƒPi
bn2b_branch2c/beta/readŞ¼Úñºƒ (B6bn2b_branch2c/beta/read = Identity(bn2b_branch2c/beta)HŞ¼ÚñºƒPr
res2c_branch2a/kernel/readá¼Úñºƒ (B<res2c_branch2a/kernel/read = Identity(res2c_branch2a/kernel)Há¼ÚñºƒPl
bn2c_branch2a/gamma/readä¼Úñºƒ (B8bn2c_branch2a/gamma/read = Identity(bn2c_branch2a/gamma)Hä¼ÚñºƒPi
bn2c_branch2a/beta/readç¼Úñºƒ (B6bn2c_branch2a/beta/read = Identity(bn2c_branch2a/beta)Hç¼ÚñºƒPr
res2c_branch2b/kernel/readê¼Úñºƒ (B<res2c_branch2b/kernel/read = Identity(res2c_branch2b/kernel)Hê¼ÚñºƒPl
bn2c_branch2b/gamma/readî¼Úñºƒ (B8bn2c_branch2b/gamma/read = Identity(bn2c_branch2b/gamma)Hî¼ÚñºƒPi
bn2c_branch2b/beta/readğ¼Úñºƒ (B6bn2c_branch2b/beta/read = Identity(bn2c_branch2b/beta)Hğ¼ÚñºƒPr
res2c_branch2c/kernel/readô¼Úñºƒ (B<res2c_branch2c/kernel/read = Identity(res2c_branch2c/kernel)Hô¼ÚñºƒPl
bn2c_branch2c/gamma/read÷¼Úñºƒ (B8bn2c_branch2c/gamma/read = Identity(bn2c_branch2c/gamma)H÷¼ÚñºƒPi
bn2c_branch2c/beta/readú¼Úñºƒ (B6bn2c_branch2c/beta/read = Identity(bn2c_branch2c/beta)Hú¼ÚñºƒPr
res3a_branch2a/kernel/readı¼Úñºƒ (B<res3a_branch2a/kernel/read = Identity(res3a_branch2a/kernel)Hı¼ÚñºƒPl
bn3a_branch2a/gamma/read€½Úñºƒ (B8bn3a_branch2a/gamma/read = Identity(bn3a_branch2a/gamma)H€½ÚñºƒPi
bn3a_branch2a/beta/readƒ½Úñºƒ (B6bn3a_branch2a/beta/read = Identity(bn3a_branch2a/beta)Hƒ½ÚñºƒPr
res3a_branch2b/kernel/read†½Úñºƒ (B<res3a_branch2b/kernel/read = Identity(res3a_branch2b/kernel)H†½ÚñºƒPl
bn3a_branch2b/gamma/read‰½Úñºƒ (B8bn3a_branch2b/gamma/read = Identity(bn3a_branch2b/gamma)H‰½ÚñºƒPi
bn3a_branch2b/beta/readŒ½Úñºƒ (B6bn3a_branch2b/beta/read = Identity(bn3a_branch2b/beta)HŒ½ÚñºƒPr
res3a_branch2c/kernel/read½Úñºƒ (B<res3a_branch2c/kernel/read = Identity(res3a_branch2c/kernel)H½ÚñºƒPl
bn3a_branch2c/gamma/read’½Úñºƒ (B8bn3a_branch2c/gamma/read = Identity(bn3a_branch2c/gamma)H’½ÚñºƒPi
bn3a_branch2c/beta/read•½Úñºƒ (B6bn3a_branch2c/beta/read = Identity(bn3a_branch2c/beta)H•½ÚñºƒPo
res3a_branch1/kernel/read˜½Úñºƒ (B:res3a_branch1/kernel/read = Identity(res3a_branch1/kernel)H˜½ÚñºƒPi
bn3a_branch1/gamma/readš½Úñºƒ (B6bn3a_branch1/gamma/read = Identity(bn3a_branch1/gamma)Hš½ÚñºƒPf
bn3a_branch1/beta/read½Úñºƒ (B4bn3a_branch1/beta/read = Identity(bn3a_branch1/beta)H½ÚñºƒPr
res3b_branch2a/kernel/read ½Úñºƒ (B<res3b_branch2a/kernel/read = Identity(res3b_branch2a/kernel)H ½ÚñºƒPl
bn3b_branch2a/gamma/read£½Úñºƒ (B8bn3b_branch2a/gamma/read = Identity(bn3b_branch2a/gamma)H£½ÚñºƒPi
bn3b_branch2a/beta/read¦½Úñºƒ (B6bn3b_branch2a/beta/read = Identity(bn3b_branch2a/beta)H¦½ÚñºƒPr
res3b_branch2b/kernel/read©½Úñºƒ (B<res3b_branch2b/kernel/read = Identity(res3b_branch2b/kernel)H©½ÚñºƒPl
bn3b_branch2b/gamma/read­½Úñºƒ (B8bn3b_branch2b/gamma/read = Identity(bn3b_branch2b/gamma)H­½ÚñºƒPi
bn3b_branch2b/beta/read°½Úñºƒ (B6bn3b_branch2b/beta/read = Identity(bn3b_branch2b/beta)H°½ÚñºƒPr
res3b_branch2c/kernel/read³½Úñºƒ (B<res3b_branch2c/kernel/read = Identity(res3b_branch2c/kernel)H³½ÚñºƒPl
bn3b_branch2c/gamma/read¶½Úñºƒ (B8bn3b_branch2c/gamma/read = Identity(bn3b_branch2c/gamma)H¶½ÚñºƒPi
bn3b_branch2c/beta/read¹½Úñºƒ (B6bn3b_branch2c/beta/read = Identity(bn3b_branch2c/beta)H¹½ÚñºƒPr
res3c_branch2a/kernel/read¼½Úñºƒ (B<res3c_branch2a/kernel/read = Identity(res3c_branch2a/kernel)H¼½ÚñºƒPl
bn3c_branch2a/gamma/read¿½Úñºƒ (B8bn3c_branch2a/gamma/read = Identity(bn3c_branch2a/gamma)H¿½ÚñºƒPi
bn3c_branch2a/beta/readÂ½Úñºƒ (B6bn3c_branch2a/beta/read = Identity(bn3c_branch2a/beta)HÂ½ÚñºƒPr
res3c_branch2b/kernel/readÅ½Úñºƒ (B<res3c_branch2b/kernel/read = Identity(res3c_branch2b/kernel)HÅ½ÚñºƒPl
bn3c_branch2b/gamma/readÈ½Úñºƒ (B8bn3c_branch2b/gamma/read = Identity(bn3c_branch2b/gamma)HÈ½ÚñºƒPi
bn3c_branch2b/beta/readË½Úñºƒ (B6bn3c_branch2b/beta/read = Identity(bn3c_branch2b/beta)HË½ÚñºƒPr
res3c_branch2c/kernel/readÎ½Úñºƒ (B<res3c_branch2c/kernel/read = Identity(res3c_branch2c/kernel)HÎ½ÚñºƒPl
bn3c_branch2c/gamma/readÒ½Úñºƒ (B8bn3c_branch2c/gamma/read = Identity(bn3c_branch2c/gamma)HÒ½ÚñºƒPi
bn3c_branch2c/beta/readÕ½Úñºƒ (B6bn3c_branch2c/beta/read = Identity(bn3c_branch2c/beta)HÕ½ÚñºƒPr
res3d_branch2a/kernel/readØ½Úñºƒ (B<res3d_branch2a/kernel/read = Identity(res3d_branch2a/kernel)HØ½ÚñºƒPl
bn3d_branch2a/gamma/readÛ½Úñºƒ (B8bn3d_branch2a/gamma/read = Identity(bn3d_branch2a/gamma)HÛ½ÚñºƒPi
bn3d_branch2a/beta/readŞ½Úñºƒ (B6bn3d_branch2a/beta/read = Identity(bn3d_branch2a/beta)HŞ½ÚñºƒPr
res3d_branch2b/kernel/readá½Úñºƒ (B<res3d_branch2b/kernel/read = Identity(res3d_branch2b/kernel)Há½ÚñºƒPl
bn3d_branch2b/gamma/readä½Úñºƒ (B8bn3d_branch2b/gamma/read = Identity(bn3d_branch2b/gamma)Hä½ÚñºƒPi
bn3d_branch2b/beta/readç½Úñºƒ (B6bn3d_branch2b/beta/read = Identity(bn3d_branch2b/beta)Hç½ÚñºƒPr
res3d_branch2c/kernel/readê½Úñºƒ (B<res3d_branch2c/kernel/read = Identity(res3d_branch2c/kernel)Hê½ÚñºƒPl
bn3d_branch2c/gamma/readí½Úñºƒ (B8bn3d_branch2c/gamma/read = Identity(bn3d_branch2c/gamma)Hí½ÚñºƒPi
bn3d_branch2c/beta/readğ½Úñºƒ (B6bn3d_branch2c/beta/read = Identity(bn3d_branch2c/beta)Hğ½ÚñºƒPr
res4a_branch2a/kernel/readò½Úñºƒ (B<res4a_branch2a/kernel/read = Identity(res4a_branch2a/kernel)Hò½ÚñºƒPl
bn4a_branch2a/gamma/readö½Úñºƒ (B8bn4a_branch2a/gamma/read = Identity(bn4a_branch2a/gamma)Hö½ÚñºƒPi
bn4a_branch2a/beta/readø½Úñºƒ (B6bn4a_branch2a/beta/read = Identity(bn4a_branch2a/beta)Hø½ÚñºƒPr
res4a_branch2b/kernel/readü½Úñºƒ (B<res4a_branch2b/kernel/read = Identity(res4a_branch2b/kernel)Hü½ÚñºƒPl
bn4a_branch2b/gamma/readÿ½Úñºƒ (B8bn4a_branch2b/gamma/read = Identity(bn4a_branch2b/gamma)Hÿ½ÚñºƒPi
bn4a_branch2b/beta/read‚¾Úñºƒ (B6bn4a_branch2b/beta/read = Identity(bn4a_branch2b/beta)H‚¾ÚñºƒPr
res4a_branch2c/kernel/read„¾Úñºƒ (B<res4a_branch2c/kernel/read = Identity(res4a_branch2c/kernel)H„¾ÚñºƒPl
bn4a_branch2c/gamma/read‡¾Úñºƒ (B8bn4a_branch2c/gamma/read = Identity(bn4a_branch2c/gamma)H‡¾ÚñºƒPi
bn4a_branch2c/beta/readŠ¾Úñºƒ (B6bn4a_branch2c/beta/read = Identity(bn4a_branch2c/beta)HŠ¾ÚñºƒPo
res4a_branch1/kernel/read¾Úñºƒ (B:res4a_branch1/kernel/read = Identity(res4a_branch1/kernel)H¾ÚñºƒPi
bn4a_branch1/gamma/read‘¾Úñºƒ (B6bn4a_branch1/gamma/read = Identity(bn4a_branch1/gamma)H‘¾ÚñºƒPf
bn4a_branch1/beta/read”¾Úñºƒ (B4bn4a_branch1/beta/read = Identity(bn4a_branch1/beta)H”¾ÚñºƒPr
res4b_branch2a/kernel/read—¾Úñºƒ (B<res4b_branch2a/kernel/read = Identity(res4b_branch2a/kernel)H—¾ÚñºƒPl
bn4b_branch2a/gamma/readš¾Úñºƒ (B8bn4b_branch2a/gamma/read = Identity(bn4b_branch2a/gamma)Hš¾ÚñºƒPi
bn4b_branch2a/beta/read¾Úñºƒ (B6bn4b_branch2a/beta/read = Identity(bn4b_branch2a/beta)H¾ÚñºƒPr
res4b_branch2b/kernel/read ¾Úñºƒ (B<res4b_branch2b/kernel/read = Identity(res4b_branch2b/kernel)H ¾ÚñºƒPl
bn4b_branch2b/gamma/read£¾Úñºƒ (B8bn4b_branch2b/gamma/read = Identity(bn4b_branch2b/gamma)H£¾ÚñºƒPi
bn4b_branch2b/beta/read¦¾Úñºƒ (B6bn4b_branch2b/beta/read = Identity(bn4b_branch2b/beta)H¦¾ÚñºƒPr
res4b_branch2c/kernel/read©¾Úñºƒ (B<res4b_branch2c/kernel/read = Identity(res4b_branch2c/kernel)H©¾ÚñºƒPl
bn4b_branch2c/gamma/read¬¾Úñºƒ (B8bn4b_branch2c/gamma/read = Identity(bn4b_branch2c/gamma)H¬¾ÚñºƒPi
bn4b_branch2c/beta/read¯¾Úñºƒ (B6bn4b_branch2c/beta/read = Identity(bn4b_branch2c/beta)H¯¾ÚñºƒPr
res4c_branch2a/kernel/read²¾Úñºƒ (B<res4c_branch2a/kernel/read = Identity(res4c_branch2a/kernel)H²¾ÚñºƒPl
bn4c_branch2a/gamma/readµ¾Úñºƒ (B8bn4c_branch2a/gamma/read = Identity(bn4c_branch2a/gamma)Hµ¾ÚñºƒPi
bn4c_branch2a/beta/read¸¾Úñºƒ (B6bn4c_branch2a/beta/read = Identity(bn4c_branch2a/beta)H¸¾ÚñºƒPr
res4c_branch2b/kernel/read»¾Úñºƒ (B<res4c_branch2b/kernel/read = Identity(res4c_branch2b/kernel)H»¾ÚñºƒPl
bn4c_branch2b/gamma/read¾¾Úñºƒ (B8bn4c_branch2b/gamma/read = Identity(bn4c_branch2b/gamma)H¾¾ÚñºƒPi
bn4c_branch2b/beta/readÁ¾Úñºƒ (B6bn4c_branch2b/beta/read = Identity(bn4c_branch2b/beta)HÁ¾ÚñºƒPr
res4c_branch2c/kernel/readÄ¾Úñºƒ (B<res4c_branch2c/kernel/read = Identity(res4c_branch2c/kernel)HÄ¾ÚñºƒPl
bn4c_branch2c/gamma/readÇ¾Úñºƒ (B8bn4c_branch2c/gamma/read = Identity(bn4c_branch2c/gamma)HÇ¾ÚñºƒPi
bn4c_branch2c/beta/readÊ¾Úñºƒ (B6bn4c_branch2c/beta/read = Identity(bn4c_branch2c/beta)HÊ¾ÚñºƒPr
res4d_branch2a/kernel/readÍ¾Úñºƒ (B<res4d_branch2a/kernel/read = Identity(res4d_branch2a/kernel)HÍ¾ÚñºƒPl
bn4d_branch2a/gamma/readĞ¾Úñºƒ (B8bn4d_branch2a/gamma/read = Identity(bn4d_branch2a/gamma)HĞ¾ÚñºƒPi
bn4d_branch2a/beta/readÓ¾Úñºƒ (B6bn4d_branch2a/beta/read = Identity(bn4d_branch2a/beta)HÓ¾ÚñºƒPr
res4d_branch2b/kernel/readÖ¾Úñºƒ (B<res4d_branch2b/kernel/read = Identity(res4d_branch2b/kernel)HÖ¾ÚñºƒPl
bn4d_branch2b/gamma/readÙ¾Úñºƒ (B8bn4d_branch2b/gamma/read = Identity(bn4d_branch2b/gamma)HÙ¾ÚñºƒPi
bn4d_branch2b/beta/readÜ¾Úñºƒ (B6bn4d_branch2b/beta/read = Identity(bn4d_branch2b/beta)HÜ¾ÚñºƒPr
res4d_branch2c/kernel/readß¾Úñºƒ (B<res4d_branch2c/kernel/read = Identity(res4d_branch2c/kernel)Hß¾ÚñºƒPl
bn4d_branch2c/gamma/readâ¾Úñºƒ (B8bn4d_branch2c/gamma/read = Identity(bn4d_branch2c/gamma)Hâ¾ÚñºƒPi
bn4d_branch2c/beta/readå¾Úñºƒ (B6bn4d_branch2c/beta/read = Identity(bn4d_branch2c/beta)Hå¾ÚñºƒPr
res4e_branch2a/kernel/readè¾Úñºƒ (B<res4e_branch2a/kernel/read = Identity(res4e_branch2a/kernel)Hè¾ÚñºƒPl
bn4e_branch2a/gamma/readë¾Úñºƒ (B8bn4e_branch2a/gamma/read = Identity(bn4e_branch2a/gamma)Hë¾ÚñºƒPi
bn4e_branch2a/beta/readî¾Úñºƒ (B6bn4e_branch2a/beta/read = Identity(bn4e_branch2a/beta)Hî¾ÚñºƒPr
res4e_branch2b/kernel/readñ¾Úñºƒ (B<res4e_branch2b/kernel/read = Identity(res4e_branch2b/kernel)Hñ¾ÚñºƒPl
bn4e_branch2b/gamma/readô¾Úñºƒ (B8bn4e_branch2b/gamma/read = Identity(bn4e_branch2b/gamma)Hô¾ÚñºƒPi
bn4e_branch2b/beta/read÷¾Úñºƒ (B6bn4e_branch2b/beta/read = Identity(bn4e_branch2b/beta)H÷¾ÚñºƒPr
res4e_branch2c/kernel/readú¾Úñºƒ (B<res4e_branch2c/kernel/read = Identity(res4e_branch2c/kernel)Hú¾ÚñºƒPl
bn4e_branch2c/gamma/readı¾Úñºƒ (B8bn4e_branch2c/gamma/read = Identity(bn4e_branch2c/gamma)Hı¾ÚñºƒPi
bn4e_branch2c/beta/read€¿Úñºƒ (B6bn4e_branch2c/beta/read = Identity(bn4e_branch2c/beta)H€¿ÚñºƒPr
res4f_branch2a/kernel/readƒ¿Úñºƒ (B<res4f_branch2a/kernel/read = Identity(res4f_branch2a/kernel)Hƒ¿ÚñºƒPl
bn4f_branch2a/gamma/read†¿Úñºƒ (B8bn4f_branch2a/gamma/read = Identity(bn4f_branch2a/gamma)H†¿ÚñºƒPi
bn4f_branch2a/beta/read‰¿Úñºƒ (B6bn4f_branch2a/beta/read = Identity(bn4f_branch2a/beta)H‰¿ÚñºƒPr
res4f_branch2b/kernel/readŒ¿Úñºƒ (B<res4f_branch2b/kernel/read = Identity(res4f_branch2b/kernel)HŒ¿ÚñºƒPl
bn4f_branch2b/gamma/read¿Úñºƒ (B8bn4f_branch2b/gamma/read = Identity(bn4f_branch2b/gamma)H¿ÚñºƒPi
bn4f_branch2b/beta/read’¿Úñºƒ (B6bn4f_branch2b/beta/read = Identity(bn4f_branch2b/beta)H’¿ÚñºƒPr
res4f_branch2c/kernel/read•¿Úñºƒ (B<res4f_branch2c/kernel/read = Identity(res4f_branch2c/kernel)H•¿ÚñºƒPl
bn4f_branch2c/gamma/read˜¿Úñºƒ (B8bn4f_branch2c/gamma/read = Identity(bn4f_branch2c/gamma)H˜¿ÚñºƒPi
bn4f_branch2c/beta/read›¿Úñºƒ (B6bn4f_branch2c/beta/read = Identity(bn4f_branch2c/beta)H›¿ÚñºƒPr
res5a_branch2a/kernel/read¿Úñºƒ (B<res5a_branch2a/kernel/read = Identity(res5a_branch2a/kernel)H¿ÚñºƒPl
bn5a_branch2a/gamma/read¢¿Úñºƒ (B8bn5a_branch2a/gamma/read = Identity(bn5a_branch2a/gamma)H¢¿ÚñºƒPi
bn5a_branch2a/beta/read¥¿Úñºƒ (B6bn5a_branch2a/beta/read = Identity(bn5a_branch2a/beta)H¥¿ÚñºƒPr
res5a_branch2b/kernel/read¨¿Úñºƒ (B<res5a_branch2b/kernel/read = Identity(res5a_branch2b/kernel)H¨¿ÚñºƒPl
bn5a_branch2b/gamma/read«¿Úñºƒ (B8bn5a_branch2b/gamma/read = Identity(bn5a_branch2b/gamma)H«¿ÚñºƒPi
bn5a_branch2b/beta/read®¿Úñºƒ (B6bn5a_branch2b/beta/read = Identity(bn5a_branch2b/beta)H®¿ÚñºƒPr
res5a_branch2c/kernel/read±¿Úñºƒ (B<res5a_branch2c/kernel/read = Identity(res5a_branch2c/kernel)H±¿ÚñºƒPl
bn5a_branch2c/gamma/read´¿Úñºƒ (B8bn5a_branch2c/gamma/read = Identity(bn5a_branch2c/gamma)H´¿ÚñºƒPi
bn5a_branch2c/beta/read·¿Úñºƒ (B6bn5a_branch2c/beta/read = Identity(bn5a_branch2c/beta)H·¿ÚñºƒPo
res5a_branch1/kernel/read¹¿Úñºƒ (B:res5a_branch1/kernel/read = Identity(res5a_branch1/kernel)H¹¿ÚñºƒPi
bn5a_branch1/gamma/read¼¿Úñºƒ (B6bn5a_branch1/gamma/read = Identity(bn5a_branch1/gamma)H¼¿ÚñºƒPf
bn5a_branch1/beta/read¿¿Úñºƒ (B4bn5a_branch1/beta/read = Identity(bn5a_branch1/beta)H¿¿ÚñºƒPr
res5b_branch2a/kernel/readÂ¿Úñºƒ (B<res5b_branch2a/kernel/read = Identity(res5b_branch2a/kernel)HÂ¿ÚñºƒPl
bn5b_branch2a/gamma/readÆ¿Úñºƒ (B8bn5b_branch2a/gamma/read = Identity(bn5b_branch2a/gamma)HÆ¿ÚñºƒPi
bn5b_branch2a/beta/readÉ¿Úñºƒ (B6bn5b_branch2a/beta/read = Identity(bn5b_branch2a/beta)HÉ¿ÚñºƒPr
res5b_branch2b/kernel/readÌ¿Úñºƒ (B<res5b_branch2b/kernel/read = Identity(res5b_branch2b/kernel)HÌ¿ÚñºƒPl
bn5b_branch2b/gamma/readÏ¿Úñºƒ (B8bn5b_branch2b/gamma/read = Identity(bn5b_branch2b/gamma)HÏ¿ÚñºƒPi
bn5b_branch2b/beta/readÒ¿Úñºƒ (B6bn5b_branch2b/beta/read = Identity(bn5b_branch2b/beta)HÒ¿ÚñºƒPr
res5b_branch2c/kernel/readÕ¿Úñºƒ (B<res5b_branch2c/kernel/read = Identity(res5b_branch2c/kernel)HÕ¿ÚñºƒPl
bn5b_branch2c/gamma/readØ¿Úñºƒ (B8bn5b_branch2c/gamma/read = Identity(bn5b_branch2c/gamma)HØ¿ÚñºƒPi
bn5b_branch2c/beta/readÜ¿Úñºƒ (B6bn5b_branch2c/beta/read = Identity(bn5b_branch2c/beta)HÜ¿ÚñºƒPr
res5c_branch2a/kernel/readß¿Úñºƒ (B<res5c_branch2a/kernel/read = Identity(res5c_branch2a/kernel)Hß¿ÚñºƒPl
bn5c_branch2a/gamma/readâ¿Úñºƒ (B8bn5c_branch2a/gamma/read = Identity(bn5c_branch2a/gamma)Hâ¿ÚñºƒPi
bn5c_branch2a/beta/readä¿Úñºƒ (B6bn5c_branch2a/beta/read = Identity(bn5c_branch2a/beta)Hä¿ÚñºƒPr
res5c_branch2b/kernel/readç¿Úñºƒ (B<res5c_branch2b/kernel/read = Identity(res5c_branch2b/kernel)Hç¿ÚñºƒPl
bn5c_branch2b/gamma/readê¿Úñºƒ (B8bn5c_branch2b/gamma/read = Identity(bn5c_branch2b/gamma)Hê¿ÚñºƒPi
bn5c_branch2b/beta/readî¿Úñºƒ (B6bn5c_branch2b/beta/read = Identity(bn5c_branch2b/beta)Hî¿ÚñºƒPr
res5c_branch2c/kernel/readğ¿Úñºƒ (B<res5c_branch2c/kernel/read = Identity(res5c_branch2c/kernel)Hğ¿ÚñºƒPl
bn5c_branch2c/gamma/readô¿Úñºƒ (B8bn5c_branch2c/gamma/read = Identity(bn5c_branch2c/gamma)Hô¿ÚñºƒPi
bn5c_branch2c/beta/read÷¿Úñºƒ (B6bn5c_branch2c/beta/read = Identity(bn5c_branch2c/beta)H÷¿ÚñºƒPZ
fc1000/kernel/readú¿Úñºƒ (B,fc1000/kernel/read = Identity(fc1000/kernel)Hú¿ÚñºƒPT
fc1000/bias/readü¿Úñºƒ (B(fc1000/bias/read = Identity(fc1000/bias)Hü¿ÚñºƒP¶

RecvTensorı€àñºƒ h(h:
"  Bƒ[4000B] edge_162_gradients/fc1000/bias_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hı€àñºƒ¾
'update_fc1000/bias/ApplyGradientDescentåàñºƒ (B{update_fc1000/bias/ApplyGradientDescent = ApplyGradientDescent(fc1000/bias, learning_rate, gradients/fc1000/bias_grad_S162)HåàñºƒPÀ

RecvTensor°àñºƒ Ş¶(Ş¶:"
€€ô€€ôB…[7.8MB] edge_163_gradients/fc1000/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H°àñºƒÉ
)update_fc1000/kernel/ApplyGradientDescent¸äñºƒ ¬
(¬
Bupdate_fc1000/kernel/ApplyGradientDescent = ApplyGradientDescent(fc1000/kernel, learning_rate, gradients/fc1000/kernel_grad_S163)H¸äñºƒP½

RecvTensorÌàñºƒ z(z:
"€@€@BŠ[8192B] edge_164_gradients/bn5c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÌàñºƒÛ
.update_bn5c_branch2c/beta/ApplyGradientDescentÆ‚àñºƒ (Bupdate_bn5c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2c/beta, learning_rate, gradients/bn5c_branch2c/beta_grad_S164)HÆ‚àñºƒP¾

RecvTensorÕ‚àñºƒ s(s:
"€@€@B‹[8192B] edge_165_gradients/bn5c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÕ‚àñºƒß
/update_bn5c_branch2c/gamma/ApplyGradientDescentÈƒàñºƒ (B“update_bn5c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2c/gamma, learning_rate, gradients/bn5c_branch2c/gamma_grad_S165)HÈƒàñºƒPÈ

RecvTensorÃ‡àñºƒ ‡‚(‡‚:"
€€€€€€B[4.0MB] edge_166_gradients/res5c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÃ‡àñºƒé
1update_res5c_branch2c/kernel/ApplyGradientDescentÊ‰âñºƒ ¬(¬B™update_res5c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res5c_branch2c/kernel, learning_rate, gradients/res5c_branch2c/kernel_grad_S166)HÊ‰âñºƒP½

RecvTensorĞ‡àñºƒ _(_:
"€€BŠ[2048B] edge_167_gradients/bn5c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HĞ‡àñºƒÛ
.update_bn5c_branch2b/beta/ApplyGradientDescent¯ˆàñºƒ (Bupdate_bn5c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2b/beta, learning_rate, gradients/bn5c_branch2b/beta_grad_S167)H¯ˆàñºƒP¾

RecvTensorù‡àñºƒ \(\:
"€€B‹[2048B] edge_168_gradients/bn5c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hù‡àñºƒß
/update_bn5c_branch2b/gamma/ApplyGradientDescentÕˆàñºƒ (B“update_bn5c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2b/gamma, learning_rate, gradients/bn5c_branch2b/gamma_grad_S168)HÕˆàñºƒPÈ

RecvTensorŠ”àñºƒ Íõ(Íõ:"
€€À€€ÀB[9.0MB] edge_169_gradients/res5c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŠ”àñºƒé
1update_res5c_branch2b/kernel/ApplyGradientDescent×‰åñºƒ —(—B™update_res5c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res5c_branch2b/kernel, learning_rate, gradients/res5c_branch2b/kernel_grad_S169)H×‰åñºƒP½

RecvTensor—”àñºƒ _(_:
"€€BŠ[2048B] edge_170_gradients/bn5c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H—”àñºƒÛ
.update_bn5c_branch2a/beta/ApplyGradientDescentö”àñºƒ (Bupdate_bn5c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2a/beta, learning_rate, gradients/bn5c_branch2a/beta_grad_S170)Hö”àñºƒP¾

RecvTensor¾”àñºƒ r(r:
"€€B‹[2048B] edge_171_gradients/bn5c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¾”àñºƒß
/update_bn5c_branch2a/gamma/ApplyGradientDescent°•àñºƒ (B“update_bn5c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2a/gamma, learning_rate, gradients/bn5c_branch2a/gamma_grad_S171)H°•àñºƒPÈ

RecvTensorÀ™àñºƒ «¶(«¶:"
€€€€€€B[4.0MB] edge_172_gradients/res5c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÀ™àñºƒé
1update_res5c_branch2a/kernel/ApplyGradientDescentëÏãñºƒ Ò(ÒB™update_res5c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res5c_branch2a/kernel, learning_rate, gradients/res5c_branch2a/kernel_grad_S172)HëÏãñºƒP¿

RecvTensorÙ™àñºƒ …(…:
"€@€@BŠ[8192B] edge_173_gradients/bn5b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÙ™àñºƒÛ
.update_bn5b_branch2c/beta/ApplyGradientDescentŞšàñºƒ (Bupdate_bn5b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2c/beta, learning_rate, gradients/bn5b_branch2c/beta_grad_S173)HŞšàñºƒPÀ

RecvTensoråšàñºƒ …(…:
"€@€@B‹[8192B] edge_174_gradients/bn5b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Håšàñºƒß
/update_bn5b_branch2c/gamma/ApplyGradientDescentê›àñºƒ (B“update_bn5b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2c/gamma, learning_rate, gradients/bn5b_branch2c/gamma_grad_S174)Hê›àñºƒPÈ

RecvTensor¦ àñºƒ ¸É(¸É:"
€€€€€€B[4.0MB] edge_175_gradients/res5b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¦ àñºƒé
1update_res5b_branch2c/kernel/ApplyGradientDescentìêãñºƒ Î(ÎB™update_res5b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res5b_branch2c/kernel, learning_rate, gradients/res5b_branch2c/kernel_grad_S175)HìêãñºƒP½

RecvTensor³ àñºƒ l(l:
"€€BŠ[2048B] edge_176_gradients/bn5b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H³ àñºƒÛ
.update_bn5b_branch2b/beta/ApplyGradientDescentŸ¡àñºƒ (Bupdate_bn5b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2b/beta, learning_rate, gradients/bn5b_branch2b/beta_grad_S176)HŸ¡àñºƒP¾

RecvTensorİ àñºƒ u(u:
"€€B‹[2048B] edge_177_gradients/bn5b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hİ àñºƒß
/update_bn5b_branch2b/gamma/ApplyGradientDescentÒ¡àñºƒ (B“update_bn5b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2b/gamma, learning_rate, gradients/bn5b_branch2b/gamma_grad_S177)HÒ¡àñºƒPÈ

RecvTensorè¬àñºƒ °ê(°ê:"
€€À€€ÀB[9.0MB] edge_178_gradients/res5b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hè¬àñºƒé
1update_res5b_branch2b/kernel/ApplyGradientDescentÏ¢åñºƒ š(šB™update_res5b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res5b_branch2b/kernel, learning_rate, gradients/res5b_branch2b/kernel_grad_S178)HÏ¢åñºƒP½

RecvTensorõ¬àñºƒ [([:
"€€BŠ[2048B] edge_179_gradients/bn5b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hõ¬àñºƒÛ
.update_bn5b_branch2a/beta/ApplyGradientDescentĞ­àñºƒ (Bupdate_bn5b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2a/beta, learning_rate, gradients/bn5b_branch2a/beta_grad_S179)HĞ­àñºƒP¾

RecvTensor­àñºƒ v(v:
"€€B‹[2048B] edge_180_gradients/bn5b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H­àñºƒß
/update_bn5b_branch2a/gamma/ApplyGradientDescent”®àñºƒ (B“update_bn5b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2a/gamma, learning_rate, gradients/bn5b_branch2a/gamma_grad_S180)H”®àñºƒPÈ

RecvTensor±²àñºƒ ¥Ş(¥Ş:"
€€€€€€B[4.0MB] edge_181_gradients/res5b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H±²àñºƒé
1update_res5b_branch2a/kernel/ApplyGradientDescentÖäñºƒ Ç(ÇB™update_res5b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res5b_branch2a/kernel, learning_rate, gradients/res5b_branch2a/kernel_grad_S181)HÖäñºƒP¾

RecvTensorÍ²àñºƒ ˜(˜:
"€@€@B‰[8192B] edge_182_gradients/bn5a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÍ²àñºƒ×
-update_bn5a_branch1/beta/ApplyGradientDescentå³àñºƒ (Bupdate_bn5a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch1/beta, learning_rate, gradients/bn5a_branch1/beta_grad_S182)Hå³àñºƒP¿

RecvTensor³àñºƒ ¥(¥:
"€@€@BŠ[8192B] edge_183_gradients/bn5a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H³àñºƒÛ
.update_bn5a_branch1/gamma/ApplyGradientDescentÃ´àñºƒ (Bupdate_bn5a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch1/gamma, learning_rate, gradients/bn5a_branch1/gamma_grad_S183)HÃ´àñºƒPÇ

RecvTensorÔ½àñºƒ ôĞ(ôĞ:"
€€€€€€BŒ[8.0MB] edge_184_gradients/res5a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÔ½àñºƒå
0update_res5a_branch1/kernel/ApplyGradientDescentî–åñºƒ á(áB–update_res5a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch1/kernel, learning_rate, gradients/res5a_branch1/kernel_grad_S184)Hî–åñºƒP¿

RecvTensorï½àñºƒ  ( :
"€@€@BŠ[8192B] edge_185_gradients/bn5a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hï½àñºƒÛ
.update_bn5a_branch2c/beta/ApplyGradientDescent¿àñºƒ (Bupdate_bn5a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2c/beta, learning_rate, gradients/bn5a_branch2c/beta_grad_S185)H¿àñºƒPÀ

RecvTensorÿ¾àñºƒ ‘(‘:
"€@€@B‹[8192B] edge_186_gradients/bn5a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hÿ¾àñºƒß
/update_bn5a_branch2c/gamma/ApplyGradientDescentÀàñºƒ (B“update_bn5a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2c/gamma, learning_rate, gradients/bn5a_branch2c/gamma_grad_S186)HÀàñºƒPÈ

RecvTensor‚Äàñºƒ Èİ(Èİ:"
€€€€€€B[4.0MB] edge_187_gradients/res5a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‚Äàñºƒé
1update_res5a_branch2c/kernel/ApplyGradientDescentÊ¡äñºƒ ä(äB™update_res5a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch2c/kernel, learning_rate, gradients/res5a_branch2c/kernel_grad_S187)HÊ¡äñºƒP½

RecvTensorÄàñºƒ o(o:
"€€BŠ[2048B] edge_188_gradients/bn5a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÄàñºƒÛ
.update_bn5a_branch2b/beta/ApplyGradientDescentıÄàñºƒ (Bupdate_bn5a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2b/beta, learning_rate, gradients/bn5a_branch2b/beta_grad_S188)HıÄàñºƒP¾

RecvTensor·Äàñºƒ y(y:
"€€B‹[2048B] edge_189_gradients/bn5a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H·Äàñºƒß
/update_bn5a_branch2b/gamma/ApplyGradientDescent°Åàñºƒ (B“update_bn5a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2b/gamma, learning_rate, gradients/bn5a_branch2b/gamma_grad_S189)H°ÅàñºƒPÈ

RecvTensorêÏàñºƒ şË(şË:"
€€À€€ÀB[9.0MB] edge_190_gradients/res5a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HêÏàñºƒé
1update_res5a_branch2b/kernel/ApplyGradientDescenté¯åñºƒ Õ(ÕB™update_res5a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch2b/kernel, learning_rate, gradients/res5a_branch2b/kernel_grad_S190)Hé¯åñºƒP½

RecvTensor†Ğàñºƒ ~(~:
"€€BŠ[2048B] edge_191_gradients/bn5a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H†ĞàñºƒÛ
.update_bn5a_branch2a/beta/ApplyGradientDescent„Ñàñºƒ (Bupdate_bn5a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2a/beta, learning_rate, gradients/bn5a_branch2a/beta_grad_S191)H„ÑàñºƒP¾

RecvTensor…Ñàñºƒ m(m:
"€€B‹[2048B] edge_192_gradients/bn5a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H…Ñàñºƒß
/update_bn5a_branch2a/gamma/ApplyGradientDescentòÑàñºƒ (B“update_bn5a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2a/gamma, learning_rate, gradients/bn5a_branch2a/gamma_grad_S192)HòÑàñºƒPÈ

RecvTensor¤Ûàñºƒ ƒ§(ƒ§:"
€€€€€€B[2.0MB] edge_193_gradients/res5a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¤Ûàñºƒé
1update_res5a_branch2a/kernel/ApplyGradientDescent§‚ãñºƒ ‚(‚B™update_res5a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch2a/kernel, learning_rate, gradients/res5a_branch2a/kernel_grad_S193)H§‚ãñºƒP¿

RecvTensorÑÛàñºƒ ™(™:
"€ € BŠ[4096B] edge_194_gradients/bn4f_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÑÛàñºƒÛ
.update_bn4f_branch2c/beta/ApplyGradientDescentêÜàñºƒ (Bupdate_bn4f_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2c/beta, learning_rate, gradients/bn4f_branch2c/beta_grad_S194)HêÜàñºƒP¾

RecvTensorÔİàñºƒ (:
"€ € B‹[4096B] edge_195_gradients/bn4f_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÔİàñºƒß
/update_bn4f_branch2c/gamma/ApplyGradientDescentÓŞàñºƒ (B“update_bn4f_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2c/gamma, learning_rate, gradients/bn4f_branch2c/gamma_grad_S195)HÓŞàñºƒPÄ

RecvTensorïâàñºƒ év(év:"€€@€€@B[1.0MB] edge_196_gradients/res4f_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hïâàñºƒé
1update_res4f_branch2c/kernel/ApplyGradientDescentØÙáñºƒ ¿(¿B™update_res4f_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4f_branch2c/kernel, learning_rate, gradients/res4f_branch2c/kernel_grad_S196)HØÙáñºƒP½

RecvTensor€ãàñºƒ s(s:
"€€BŠ[1024B] edge_197_gradients/bn4f_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H€ãàñºƒÛ
.update_bn4f_branch2b/beta/ApplyGradientDescentóãàñºƒ (Bupdate_bn4f_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2b/beta, learning_rate, gradients/bn4f_branch2b/beta_grad_S197)HóãàñºƒP¾

RecvTensorÆãàñºƒ r(r:
"€€B‹[1024B] edge_198_gradients/bn4f_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÆãàñºƒß
/update_bn4f_branch2b/gamma/ApplyGradientDescent¸äàñºƒ (B“update_bn4f_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2b/gamma, learning_rate, gradients/bn4f_branch2b/gamma_grad_S198)H¸äàñºƒPÈ

RecvTensorÊïàñºƒ ıÛ(ıÛ:"
€€€€B[2.2MB] edge_199_gradients/res4f_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÊïàñºƒé
1update_res4f_branch2b/kernel/ApplyGradientDescentÇËãñºƒ ›(›B™update_res4f_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4f_branch2b/kernel, learning_rate, gradients/res4f_branch2b/kernel_grad_S199)HÇËãñºƒP½

RecvTensorÛïàñºƒ k(k:
"€€BŠ[1024B] edge_200_gradients/bn4f_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÛïàñºƒÛ
.update_bn4f_branch2a/beta/ApplyGradientDescentÆğàñºƒ (Bupdate_bn4f_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2a/beta, learning_rate, gradients/bn4f_branch2a/beta_grad_S200)HÆğàñºƒP¾

RecvTensor¥ğàñºƒ w(w:
"€€B‹[1024B] edge_201_gradients/bn4f_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¥ğàñºƒß
/update_bn4f_branch2a/gamma/ApplyGradientDescentœñàñºƒ (B“update_bn4f_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2a/gamma, learning_rate, gradients/bn4f_branch2a/gamma_grad_S201)HœñàñºƒPÆ

RecvTensorµõàñºƒ Å‹(Å‹:"€€@€€@B[1.0MB] edge_202_gradients/res4f_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hµõàñºƒé
1update_res4f_branch2a/kernel/ApplyGradientDescentú€âñºƒ ­(­B™update_res4f_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4f_branch2a/kernel, learning_rate, gradients/res4f_branch2a/kernel_grad_S202)Hú€âñºƒP¿

RecvTensoràõàñºƒ ‰(‰:
"€ € BŠ[4096B] edge_203_gradients/bn4e_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HàõàñºƒÛ
.update_bn4e_branch2c/beta/ApplyGradientDescentéöàñºƒ (Bupdate_bn4e_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2c/beta, learning_rate, gradients/bn4e_branch2c/beta_grad_S203)HéöàñºƒPÀ

RecvTensorø÷àñºƒ £(£:
"€ € B‹[4096B] edge_204_gradients/bn4e_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hø÷àñºƒß
/update_bn4e_branch2c/gamma/ApplyGradientDescent›ùàñºƒ (B“update_bn4e_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2c/gamma, learning_rate, gradients/bn4e_branch2c/gamma_grad_S204)H›ùàñºƒPÆ

RecvTensorıàñºƒ Ÿ’(Ÿ’:"€€@€€@B[1.0MB] edge_205_gradients/res4e_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hıàñºƒé
1update_res4e_branch2c/kernel/ApplyGradientDescent¼âñºƒ ®(®B™update_res4e_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4e_branch2c/kernel, learning_rate, gradients/res4e_branch2c/kernel_grad_S205)H¼âñºƒP½

RecvTensor®ıàñºƒ d(d:
"€€BŠ[1024B] edge_206_gradients/bn4e_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H®ıàñºƒÛ
.update_bn4e_branch2b/beta/ApplyGradientDescent’şàñºƒ (Bupdate_bn4e_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2b/beta, learning_rate, gradients/bn4e_branch2b/beta_grad_S206)H’şàñºƒP¾

RecvTensoröıàñºƒ h(h:
"€€B‹[1024B] edge_207_gradients/bn4e_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Höıàñºƒß
/update_bn4e_branch2b/gamma/ApplyGradientDescentŞşàñºƒ (B“update_bn4e_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2b/gamma, learning_rate, gradients/bn4e_branch2b/gamma_grad_S207)HŞşàñºƒPÈ

RecvTensor®‰áñºƒ –Ş(–Ş:"
€€€€B[2.2MB] edge_208_gradients/res4e_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H®‰áñºƒé
1update_res4e_branch2b/kernel/ApplyGradientDescentÄçãñºƒ ö(öB™update_res4e_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4e_branch2b/kernel, learning_rate, gradients/res4e_branch2b/kernel_grad_S208)HÄçãñºƒP½

RecvTensor¿‰áñºƒ X(X:
"€€BŠ[1024B] edge_209_gradients/bn4e_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¿‰áñºƒÛ
.update_bn4e_branch2a/beta/ApplyGradientDescent—Šáñºƒ (Bupdate_bn4e_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2a/beta, learning_rate, gradients/bn4e_branch2a/beta_grad_S209)H—ŠáñºƒP¾

RecvTensorˆŠáñºƒ x(x:
"€€B‹[1024B] edge_210_gradients/bn4e_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HˆŠáñºƒß
/update_bn4e_branch2a/gamma/ApplyGradientDescent€‹áñºƒ (B“update_bn4e_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2a/gamma, learning_rate, gradients/bn4e_branch2a/gamma_grad_S210)H€‹áñºƒPÆ

RecvTensor­áñºƒ ç (ç :"€€@€€@B[1.0MB] edge_211_gradients/res4e_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H­áñºƒé
1update_res4e_branch2a/kernel/ApplyGradientDescent”°âñºƒ §(§B™update_res4e_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4e_branch2a/kernel, learning_rate, gradients/res4e_branch2a/kernel_grad_S211)H”°âñºƒP¿

RecvTensorÙáñºƒ (:
"€ € BŠ[4096B] edge_212_gradients/bn4d_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÙáñºƒÛ
.update_bn4d_branch2c/beta/ApplyGradientDescent÷áñºƒ (Bupdate_bn4d_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2c/beta, learning_rate, gradients/bn4d_branch2c/beta_grad_S212)H÷áñºƒPÀ

RecvTensorç‘áñºƒ ¥(¥:
"€ € B‹[4096B] edge_213_gradients/bn4d_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hç‘áñºƒß
/update_bn4d_branch2c/gamma/ApplyGradientDescentŒ“áñºƒ (B“update_bn4d_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2c/gamma, learning_rate, gradients/bn4d_branch2c/gamma_grad_S213)HŒ“áñºƒPÆ

RecvTensorî–áñºƒ ÿ¥(ÿ¥:"€€@€€@B[1.0MB] edge_214_gradients/res4d_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hî–áñºƒé
1update_res4d_branch2c/kernel/ApplyGradientDescentí¼âñºƒ ®(®B™update_res4d_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4d_branch2c/kernel, learning_rate, gradients/res4d_branch2c/kernel_grad_S214)Hí¼âñºƒP½

RecvTensorÿ–áñºƒ u(u:
"€€BŠ[1024B] edge_215_gradients/bn4d_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hÿ–áñºƒÛ
.update_bn4d_branch2b/beta/ApplyGradientDescentô—áñºƒ (Bupdate_bn4d_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2b/beta, learning_rate, gradients/bn4d_branch2b/beta_grad_S215)Hô—áñºƒP¾

RecvTensorÍ—áñºƒ w(w:
"€€B‹[1024B] edge_216_gradients/bn4d_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÍ—áñºƒß
/update_bn4d_branch2b/gamma/ApplyGradientDescentÄ˜áñºƒ (B“update_bn4d_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2b/gamma, learning_rate, gradients/bn4d_branch2b/gamma_grad_S216)HÄ˜áñºƒPÈ

RecvTensor­£áñºƒ úÖ(úÖ:"
€€€€B[2.2MB] edge_217_gradients/res4d_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H­£áñºƒé
1update_res4d_branch2b/kernel/ApplyGradientDescent§úãñºƒ ú(úB™update_res4d_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4d_branch2b/kernel, learning_rate, gradients/res4d_branch2b/kernel_grad_S217)H§úãñºƒP½

RecvTensor¾£áñºƒ o(o:
"€€BŠ[1024B] edge_218_gradients/bn4d_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¾£áñºƒÛ
.update_bn4d_branch2a/beta/ApplyGradientDescent­¤áñºƒ (Bupdate_bn4d_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2a/beta, learning_rate, gradients/bn4d_branch2a/beta_grad_S218)H­¤áñºƒP¾

RecvTensor‰¤áñºƒ {({:
"€€B‹[1024B] edge_219_gradients/bn4d_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‰¤áñºƒß
/update_bn4d_branch2a/gamma/ApplyGradientDescent„¥áñºƒ (B“update_bn4d_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2a/gamma, learning_rate, gradients/bn4d_branch2a/gamma_grad_S219)H„¥áñºƒPÆ

RecvTensorµ©áñºƒ á°(á°:"€€@€€@B[1.0MB] edge_220_gradients/res4d_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hµ©áñºƒé
1update_res4d_branch2a/kernel/ApplyGradientDescent–Úâñºƒ ¼(¼B™update_res4d_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4d_branch2a/kernel, learning_rate, gradients/res4d_branch2a/kernel_grad_S220)H–ÚâñºƒP¿

RecvTensorâ©áñºƒ ­(­:
"€ € BŠ[4096B] edge_221_gradients/bn4c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hâ©áñºƒÛ
.update_bn4c_branch2c/beta/ApplyGradientDescent«áñºƒ (Bupdate_bn4c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2c/beta, learning_rate, gradients/bn4c_branch2c/beta_grad_S221)H«áñºƒPÀ

RecvTensorë«áñºƒ ­(­:
"€ € B‹[4096B] edge_222_gradients/bn4c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hë«áñºƒß
/update_bn4c_branch2c/gamma/ApplyGradientDescent˜­áñºƒ (B“update_bn4c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2c/gamma, learning_rate, gradients/bn4c_branch2c/gamma_grad_S222)H˜­áñºƒPÆ

RecvTensorš±áñºƒ ›´(›´:"€€@€€@B[1.0MB] edge_223_gradients/res4c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hš±áñºƒé
1update_res4c_branch2c/kernel/ApplyGradientDescent¹åâñºƒ ­(­B™update_res4c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4c_branch2c/kernel, learning_rate, gradients/res4c_branch2c/kernel_grad_S223)H¹åâñºƒP½

RecvTensor«±áñºƒ |(|:
"€€BŠ[1024B] edge_224_gradients/bn4c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H«±áñºƒÛ
.update_bn4c_branch2b/beta/ApplyGradientDescent§²áñºƒ (Bupdate_bn4c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2b/beta, learning_rate, gradients/bn4c_branch2b/beta_grad_S224)H§²áñºƒP¾

RecvTensoró±áñºƒ z(z:
"€€B‹[1024B] edge_225_gradients/bn4c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hó±áñºƒß
/update_bn4c_branch2b/gamma/ApplyGradientDescentí²áñºƒ (B“update_bn4c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2b/gamma, learning_rate, gradients/bn4c_branch2b/gamma_grad_S225)Hí²áñºƒPÈ

RecvTensor¥½áñºƒ ¹Ë(¹Ë:"
€€€€B[2.2MB] edge_226_gradients/res4c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¥½áñºƒé
1update_res4c_branch2b/kernel/ApplyGradientDescentŞˆäñºƒ (B™update_res4c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4c_branch2b/kernel, learning_rate, gradients/res4c_branch2b/kernel_grad_S226)HŞˆäñºƒP½

RecvTensor¶½áñºƒ {({:
"€€BŠ[1024B] edge_227_gradients/bn4c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¶½áñºƒÛ
.update_bn4c_branch2a/beta/ApplyGradientDescent±¾áñºƒ (Bupdate_bn4c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2a/beta, learning_rate, gradients/bn4c_branch2a/beta_grad_S227)H±¾áñºƒP¾

RecvTensor…¾áñºƒ ~(~:
"€€B‹[1024B] edge_228_gradients/bn4c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H…¾áñºƒß
/update_bn4c_branch2a/gamma/ApplyGradientDescentƒ¿áñºƒ (B“update_bn4c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2a/gamma, learning_rate, gradients/bn4c_branch2a/gamma_grad_S228)Hƒ¿áñºƒPÆ

RecvTensor•Ãáñºƒ ¬¹(¬¹:"€€@€€@B[1.0MB] edge_229_gradients/res4c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H•Ãáñºƒé
1update_res4c_branch2a/kernel/ApplyGradientDescentÁüâñºƒ ¾(¾B™update_res4c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4c_branch2a/kernel, learning_rate, gradients/res4c_branch2a/kernel_grad_S229)HÁüâñºƒP¿

RecvTensorÄÃáñºƒ ´(´:
"€ € BŠ[4096B] edge_230_gradients/bn4b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÄÃáñºƒÛ
.update_bn4b_branch2c/beta/ApplyGradientDescentøÄáñºƒ (Bupdate_bn4b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2c/beta, learning_rate, gradients/bn4b_branch2c/beta_grad_S230)HøÄáñºƒPÀ

RecvTensorÌÅáñºƒ ¯(¯:
"€ € B‹[4096B] edge_231_gradients/bn4b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÌÅáñºƒß
/update_bn4b_branch2c/gamma/ApplyGradientDescentûÆáñºƒ (B“update_bn4b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2c/gamma, learning_rate, gradients/bn4b_branch2c/gamma_grad_S231)HûÆáñºƒPÆ

RecvTensorôÊáñºƒ ¶º(¶º:"€€@€€@B[1.0MB] edge_232_gradients/res4b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HôÊáñºƒé
1update_res4b_branch2c/kernel/ApplyGradientDescentª…ãñºƒ ±(±B™update_res4b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4b_branch2c/kernel, learning_rate, gradients/res4b_branch2c/kernel_grad_S232)Hª…ãñºƒP¿

RecvTensor„Ëáñºƒ (:
"€€BŠ[1024B] edge_233_gradients/bn4b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H„ËáñºƒÛ
.update_bn4b_branch2b/beta/ApplyGradientDescent…Ìáñºƒ (Bupdate_bn4b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2b/beta, learning_rate, gradients/bn4b_branch2b/beta_grad_S233)H…ÌáñºƒP¾

RecvTensorÍËáñºƒ z(z:
"€€B‹[1024B] edge_234_gradients/bn4b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÍËáñºƒß
/update_bn4b_branch2b/gamma/ApplyGradientDescentÇÌáñºƒ (B“update_bn4b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2b/gamma, learning_rate, gradients/bn4b_branch2b/gamma_grad_S234)HÇÌáñºƒPÈ

RecvTensor´×áñºƒ ¦¼(¦¼:"
€€€€B[2.2MB] edge_235_gradients/res4b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H´×áñºƒé
1update_res4b_branch2b/kernel/ApplyGradientDescentº–äñºƒ ş(şB™update_res4b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4b_branch2b/kernel, learning_rate, gradients/res4b_branch2b/kernel_grad_S235)Hº–äñºƒP½

RecvTensorÅ×áñºƒ o(o:
"€€BŠ[1024B] edge_236_gradients/bn4b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÅ×áñºƒÛ
.update_bn4b_branch2a/beta/ApplyGradientDescent´Øáñºƒ (Bupdate_bn4b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2a/beta, learning_rate, gradients/bn4b_branch2a/beta_grad_S236)H´ØáñºƒPÀ

RecvTensor‰Øáñºƒ (:
"€€B‹[1024B] edge_237_gradients/bn4b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‰Øáñºƒß
/update_bn4b_branch2a/gamma/ApplyGradientDescentŠÙáñºƒ (B“update_bn4b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2a/gamma, learning_rate, gradients/bn4b_branch2a/gamma_grad_S237)HŠÙáñºƒPÆ

RecvTensor°İáñºƒ Œº(Œº:"€€@€€@B[1.0MB] edge_238_gradients/res4b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H°İáñºƒé
1update_res4b_branch2a/kernel/ApplyGradientDescent¼—ãñºƒ ¨(¨B™update_res4b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4b_branch2a/kernel, learning_rate, gradients/res4b_branch2a/kernel_grad_S238)H¼—ãñºƒP¾

RecvTensorŞİáñºƒ ¾(¾:
"€ € B‰[4096B] edge_239_gradients/bn4a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŞİáñºƒ×
-update_bn4a_branch1/beta/ApplyGradientDescentœßáñºƒ (Bupdate_bn4a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch1/beta, learning_rate, gradients/bn4a_branch1/beta_grad_S239)HœßáñºƒP¿

RecvTensorôŞáñºƒ É(É:
"€ € BŠ[4096B] edge_240_gradients/bn4a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HôŞáñºƒÛ
.update_bn4a_branch1/gamma/ApplyGradientDescent½àáñºƒ (Bupdate_bn4a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch1/gamma, learning_rate, gradients/bn4a_branch1/gamma_grad_S240)H½àáñºƒPÇ

RecvTensorñèáñºƒ ‰¡(‰¡:"
€€€€€€BŒ[2.0MB] edge_241_gradients/res4a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hñèáñºƒå
0update_res4a_branch1/kernel/ApplyGradientDescentì‹äñºƒ í(íB–update_res4a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch1/kernel, learning_rate, gradients/res4a_branch1/kernel_grad_S241)Hì‹äñºƒP¿

RecvTensor¡éáñºƒ ¿(¿:
"€ € BŠ[4096B] edge_242_gradients/bn4a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¡éáñºƒÛ
.update_bn4a_branch2c/beta/ApplyGradientDescentàêáñºƒ (Bupdate_bn4a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2c/beta, learning_rate, gradients/bn4a_branch2c/beta_grad_S242)HàêáñºƒPÀ

RecvTensor±ëáñºƒ ±(±:
"€ € B‹[4096B] edge_243_gradients/bn4a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H±ëáñºƒß
/update_bn4a_branch2c/gamma/ApplyGradientDescentâìáñºƒ (B“update_bn4a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2c/gamma, learning_rate, gradients/bn4a_branch2c/gamma_grad_S243)HâìáñºƒPÆ

RecvTensorÓğáñºƒ ş·(ş·:"€€@€€@B[1.0MB] edge_244_gradients/res4a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÓğáñºƒé
1update_res4a_branch2c/kernel/ApplyGradientDescentÑ¨ãñºƒ ·(·B™update_res4a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch2c/kernel, learning_rate, gradients/res4a_branch2c/kernel_grad_S244)HÑ¨ãñºƒP¿

RecvTensoräğáñºƒ ‡(‡:
"€€BŠ[1024B] edge_245_gradients/bn4a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HäğáñºƒÛ
.update_bn4a_branch2b/beta/ApplyGradientDescentëñáñºƒ (Bupdate_bn4a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2b/beta, learning_rate, gradients/bn4a_branch2b/beta_grad_S245)HëñáñºƒP¾

RecvTensor®ñáñºƒ x(x:
"€€B‹[1024B] edge_246_gradients/bn4a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H®ñáñºƒß
/update_bn4a_branch2b/gamma/ApplyGradientDescent¦òáñºƒ (B“update_bn4a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2b/gamma, learning_rate, gradients/bn4a_branch2b/gamma_grad_S246)H¦òáñºƒPÈ

RecvTensor…ıáñºƒ ï (ï :"
€€€€B[2.2MB] edge_247_gradients/res4a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H…ıáñºƒé
1update_res4a_branch2b/kernel/ApplyGradientDescentôäñºƒ ´(´B™update_res4a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch2b/kernel, learning_rate, gradients/res4a_branch2b/kernel_grad_S247)HôäñºƒP½

RecvTensor³ıáñºƒ r(r:
"€€BŠ[1024B] edge_248_gradients/bn4a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H³ıáñºƒÛ
.update_bn4a_branch2a/beta/ApplyGradientDescent¥şáñºƒ (Bupdate_bn4a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2a/beta, learning_rate, gradients/bn4a_branch2a/beta_grad_S248)H¥şáñºƒPÀ

RecvTensorÊÿáñºƒ Œ(Œ:
"€€B‹[1024B] edge_249_gradients/bn4a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÊÿáñºƒß
/update_bn4a_branch2a/gamma/ApplyGradientDescentÖ€âñºƒ (B“update_bn4a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2a/gamma, learning_rate, gradients/bn4a_branch2a/gamma_grad_S249)HÖ€âñºƒPÄ

RecvTensor¸‰âñºƒ Ğa(Ğa:"€€ €€ B[0.5MB] edge_250_gradients/res4a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¸‰âñºƒç
1update_res4a_branch2a/kernel/ApplyGradientDescentˆëâñºƒ \(\B™update_res4a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch2a/kernel, learning_rate, gradients/res4a_branch2a/kernel_grad_S250)HˆëâñºƒP¿

RecvTensorŠŠâñºƒ •(•:
"€€BŠ[2048B] edge_251_gradients/bn3d_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŠŠâñºƒÛ
.update_bn3d_branch2c/beta/ApplyGradientDescentöâñºƒ (Bupdate_bn3d_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2c/beta, learning_rate, gradients/bn3d_branch2c/beta_grad_S251)HöâñºƒPÀ

RecvTensor¢âñºƒ ƒ(ƒ:
"€€B‹[2048B] edge_252_gradients/bn3d_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¢âñºƒß
/update_bn3d_branch2c/gamma/ApplyGradientDescent¥âñºƒ (B“update_bn3d_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2c/gamma, learning_rate, gradients/bn3d_branch2c/gamma_grad_S252)H¥âñºƒPÄ

RecvTensorâ“âñºƒ ë0(ë0:"€€€€B[0.2MB] edge_253_gradients/res3d_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hâ“âñºƒç
1update_res3d_branch2c/kernel/ApplyGradientDescentÍÄâñºƒ /(/B™update_res3d_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3d_branch2c/kernel, learning_rate, gradients/res3d_branch2c/kernel_grad_S253)HÍÄâñºƒP¼

RecvTensorü“âñºƒ l(l:
"€€B‰[512B] edge_254_gradients/bn3d_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hü“âñºƒÛ
.update_bn3d_branch2b/beta/ApplyGradientDescentè”âñºƒ (Bupdate_bn3d_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2b/beta, learning_rate, gradients/bn3d_branch2b/beta_grad_S254)Hè”âñºƒP½

RecvTensorˆ•âñºƒ n(n:
"€€BŠ[512B] edge_255_gradients/bn3d_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hˆ•âñºƒß
/update_bn3d_branch2b/gamma/ApplyGradientDescentö•âñºƒ (B“update_bn3d_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2b/gamma, learning_rate, gradients/bn3d_branch2b/gamma_grad_S255)Hö•âñºƒPÄ

RecvTensorå âñºƒ ¤l(¤l:"€€$€€$B[0.6MB] edge_256_gradients/res3d_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hå âñºƒç
1update_res3d_branch2b/kernel/ApplyGradientDescent‰ãñºƒ g(gB™update_res3d_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3d_branch2b/kernel, learning_rate, gradients/res3d_branch2b/kernel_grad_S256)H‰ãñºƒP¼

RecvTensor¡âñºƒ r(r:
"€€B‰[512B] edge_257_gradients/bn3d_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¡âñºƒÛ
.update_bn3d_branch2a/beta/ApplyGradientDescentó¡âñºƒ (Bupdate_bn3d_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2a/beta, learning_rate, gradients/bn3d_branch2a/beta_grad_S257)Hó¡âñºƒP½

RecvTensorŠ¢âñºƒ r(r:
"€€BŠ[512B] edge_258_gradients/bn3d_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŠ¢âñºƒß
/update_bn3d_branch2a/gamma/ApplyGradientDescentü¢âñºƒ (B“update_bn3d_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2a/gamma, learning_rate, gradients/bn3d_branch2a/gamma_grad_S258)Hü¢âñºƒPÄ

RecvTensor±§âñºƒ ©2(©2:"€€€€B[0.2MB] edge_259_gradients/res3d_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H±§âñºƒç
1update_res3d_branch2a/kernel/ApplyGradientDescentÚÙâñºƒ 6(6B™update_res3d_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3d_branch2a/kernel, learning_rate, gradients/res3d_branch2a/kernel_grad_S259)HÚÙâñºƒP¿

RecvTensor…¨âñºƒ œ(œ:
"€€BŠ[2048B] edge_260_gradients/bn3c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H…¨âñºƒÛ
.update_bn3c_branch2c/beta/ApplyGradientDescent¡©âñºƒ (Bupdate_bn3c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2c/beta, learning_rate, gradients/bn3c_branch2c/beta_grad_S260)H¡©âñºƒPÀ

RecvTensor‹¬âñºƒ ˜(˜:
"€€B‹[2048B] edge_261_gradients/bn3c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‹¬âñºƒß
/update_bn3c_branch2c/gamma/ApplyGradientDescent£­âñºƒ (B“update_bn3c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2c/gamma, learning_rate, gradients/bn3c_branch2c/gamma_grad_S261)H£­âñºƒPÄ

RecvTensorÆ±âñºƒ ­2(­2:"€€€€B[0.2MB] edge_262_gradients/res3c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÆ±âñºƒç
1update_res3c_branch2c/kernel/ApplyGradientDescentóãâñºƒ 0(0B™update_res3c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3c_branch2c/kernel, learning_rate, gradients/res3c_branch2c/kernel_grad_S262)HóãâñºƒP¼

RecvTensorá±âñºƒ v(v:
"€€B‰[512B] edge_263_gradients/bn3c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Há±âñºƒÛ
.update_bn3c_branch2b/beta/ApplyGradientDescent×²âñºƒ (Bupdate_bn3c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2b/beta, learning_rate, gradients/bn3c_branch2b/beta_grad_S263)H×²âñºƒP½

RecvTensorì²âñºƒ v(v:
"€€BŠ[512B] edge_264_gradients/bn3c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hì²âñºƒß
/update_bn3c_branch2b/gamma/ApplyGradientDescentâ³âñºƒ (B“update_bn3c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2b/gamma, learning_rate, gradients/bn3c_branch2b/gamma_grad_S264)Hâ³âñºƒPÄ

RecvTensorœ¿âñºƒ Àf(Àf:"€€$€€$B[0.6MB] edge_265_gradients/res3c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hœ¿âñºƒç
1update_res3c_branch2b/kernel/ApplyGradientDescentÜ¥ãñºƒ g(gB™update_res3c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3c_branch2b/kernel, learning_rate, gradients/res3c_branch2b/kernel_grad_S265)HÜ¥ãñºƒP¼

RecvTensor·¿âñºƒ q(q:
"€€B‰[512B] edge_266_gradients/bn3c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H·¿âñºƒÛ
.update_bn3c_branch2a/beta/ApplyGradientDescent¨Àâñºƒ (Bupdate_bn3c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2a/beta, learning_rate, gradients/bn3c_branch2a/beta_grad_S266)H¨ÀâñºƒP¿

RecvTensor¾Àâñºƒ …(…:
"€€BŠ[512B] edge_267_gradients/bn3c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¾Àâñºƒß
/update_bn3c_branch2a/gamma/ApplyGradientDescentÃÁâñºƒ (B“update_bn3c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2a/gamma, learning_rate, gradients/bn3c_branch2a/gamma_grad_S267)HÃÁâñºƒPÄ

RecvTensorÊÅâñºƒ ß1(ß1:"€€€€B[0.2MB] edge_268_gradients/res3c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÊÅâñºƒç
1update_res3c_branch2a/kernel/ApplyGradientDescent©÷âñºƒ ,(,B™update_res3c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3c_branch2a/kernel, learning_rate, gradients/res3c_branch2a/kernel_grad_S268)H©÷âñºƒP¿

RecvTensoršÆâñºƒ š(š:
"€€BŠ[2048B] edge_269_gradients/bn3b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HšÆâñºƒÛ
.update_bn3b_branch2c/beta/ApplyGradientDescent´Çâñºƒ (Bupdate_bn3b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2c/beta, learning_rate, gradients/bn3b_branch2c/beta_grad_S269)H´ÇâñºƒPÀ

RecvTensor˜Êâñºƒ ¢(¢:
"€€B‹[2048B] edge_270_gradients/bn3b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H˜Êâñºƒß
/update_bn3b_branch2c/gamma/ApplyGradientDescentºËâñºƒ (B“update_bn3b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2c/gamma, learning_rate, gradients/bn3b_branch2c/gamma_grad_S270)HºËâñºƒPÄ

RecvTensorÖÏâñºƒ ö0(ö0:"€€€€B[0.2MB] edge_271_gradients/res3b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÖÏâñºƒç
1update_res3b_branch2c/kernel/ApplyGradientDescentÌ€ãñºƒ -(-B™update_res3b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3b_branch2c/kernel, learning_rate, gradients/res3b_branch2c/kernel_grad_S271)HÌ€ãñºƒP¼

RecvTensorğÏâñºƒ t(t:
"€€B‰[512B] edge_272_gradients/bn3b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HğÏâñºƒÛ
.update_bn3b_branch2b/beta/ApplyGradientDescentäĞâñºƒ (Bupdate_bn3b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2b/beta, learning_rate, gradients/bn3b_branch2b/beta_grad_S272)HäĞâñºƒP½

RecvTensorıĞâñºƒ m(m:
"€€BŠ[512B] edge_273_gradients/bn3b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HıĞâñºƒß
/update_bn3b_branch2b/gamma/ApplyGradientDescentêÑâñºƒ (B“update_bn3b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2b/gamma, learning_rate, gradients/bn3b_branch2b/gamma_grad_S273)HêÑâñºƒPÄ

RecvTensorëÜâñºƒ «](«]:"€€$€€$B[0.6MB] edge_274_gradients/res3b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HëÜâñºƒç
1update_res3b_branch2b/kernel/ApplyGradientDescent–ºãñºƒ e(eB™update_res3b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3b_branch2b/kernel, learning_rate, gradients/res3b_branch2b/kernel_grad_S274)H–ºãñºƒP¼

RecvTensor†İâñºƒ o(o:
"€€B‰[512B] edge_275_gradients/bn3b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H†İâñºƒÛ
.update_bn3b_branch2a/beta/ApplyGradientDescentõİâñºƒ (Bupdate_bn3b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2a/beta, learning_rate, gradients/bn3b_branch2a/beta_grad_S275)HõİâñºƒP½

RecvTensorŞâñºƒ e(e:
"€€BŠ[512B] edge_276_gradients/bn3b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŞâñºƒß
/update_bn3b_branch2a/gamma/ApplyGradientDescentóŞâñºƒ (B“update_bn3b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2a/gamma, learning_rate, gradients/bn3b_branch2a/gamma_grad_S276)HóŞâñºƒPÄ

RecvTensor±ãâñºƒ ç-(ç-:"€€€€B[0.2MB] edge_277_gradients/res3b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H±ãâñºƒç
1update_res3b_branch2a/kernel/ApplyGradientDescent˜‘ãñºƒ .(.B™update_res3b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3b_branch2a/kernel, learning_rate, gradients/res3b_branch2a/kernel_grad_S277)H˜‘ãñºƒP¾

RecvTensor…äâñºƒ ®(®:
"€€B‰[2048B] edge_278_gradients/bn3a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H…äâñºƒ×
-update_bn3a_branch1/beta/ApplyGradientDescent³åâñºƒ (Bupdate_bn3a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch1/beta, learning_rate, gradients/bn3a_branch1/beta_grad_S278)H³åâñºƒP¿

RecvTensor§æâñºƒ ”(”:
"€€BŠ[2048B] edge_279_gradients/bn3a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H§æâñºƒÛ
.update_bn3a_branch1/gamma/ApplyGradientDescent»çâñºƒ (Bupdate_bn3a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch1/gamma, learning_rate, gradients/bn3a_branch1/gamma_grad_S279)H»çâñºƒPÃ

RecvTensorñâñºƒ İN(İN:"€€ €€ BŒ[0.5MB] edge_280_gradients/res3a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hñâñºƒã
0update_res3a_branch1/kernel/ApplyGradientDescentí¿ãñºƒ f(fB–update_res3a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch1/kernel, learning_rate, gradients/res3a_branch1/kernel_grad_S280)Hí¿ãñºƒP¿

RecvTensorßñâñºƒ ˜(˜:
"€€BŠ[2048B] edge_281_gradients/bn3a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HßñâñºƒÛ
.update_bn3a_branch2c/beta/ApplyGradientDescent÷òâñºƒ (Bupdate_bn3a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2c/beta, learning_rate, gradients/bn3a_branch2c/beta_grad_S281)H÷òâñºƒPÀ

RecvTensorñõâñºƒ ±(±:
"€€B‹[2048B] edge_282_gradients/bn3a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hñõâñºƒß
/update_bn3a_branch2c/gamma/ApplyGradientDescent¢÷âñºƒ (B“update_bn3a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2c/gamma, learning_rate, gradients/bn3a_branch2c/gamma_grad_S282)H¢÷âñºƒPÄ

RecvTensorœûâñºƒ ï)(ï):"€€€€B[0.2MB] edge_283_gradients/res3a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hœûâñºƒç
1update_res3a_branch2c/kernel/ApplyGradientDescent‹¥ãñºƒ 3(3B™update_res3a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch2c/kernel, learning_rate, gradients/res3a_branch2c/kernel_grad_S283)H‹¥ãñºƒP¼

RecvTensor·ûâñºƒ t(t:
"€€B‰[512B] edge_284_gradients/bn3a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H·ûâñºƒÛ
.update_bn3a_branch2b/beta/ApplyGradientDescent«üâñºƒ (Bupdate_bn3a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2b/beta, learning_rate, gradients/bn3a_branch2b/beta_grad_S284)H«üâñºƒP½

RecvTensor¹üâñºƒ (:
"€€BŠ[512B] edge_285_gradients/bn3a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¹üâñºƒß
/update_bn3a_branch2b/gamma/ApplyGradientDescentÿıâñºƒ (B“update_bn3a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2b/gamma, learning_rate, gradients/bn3a_branch2b/gamma_grad_S285)HÿıâñºƒPÄ

RecvTensorì‡ãñºƒ N(N:"€€$€€$B[0.6MB] edge_286_gradients/res3a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hì‡ãñºƒç
1update_res3a_branch2b/kernel/ApplyGradientDescentúÕãñºƒ f(fB™update_res3a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch2b/kernel, learning_rate, gradients/res3a_branch2b/kernel_grad_S286)HúÕãñºƒP¼

RecvTensorÀˆãñºƒ o(o:
"€€B‰[512B] edge_287_gradients/bn3a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÀˆãñºƒÛ
.update_bn3a_branch2a/beta/ApplyGradientDescent¯‰ãñºƒ (Bupdate_bn3a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2a/beta, learning_rate, gradients/bn3a_branch2a/beta_grad_S287)H¯‰ãñºƒP½

RecvTensorÓŒãñºƒ o(o:
"€€BŠ[512B] edge_288_gradients/bn3a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÓŒãñºƒß
/update_bn3a_branch2a/gamma/ApplyGradientDescentğãñºƒ (B“update_bn3a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2a/gamma, learning_rate, gradients/bn3a_branch2a/gamma_grad_S288)HğãñºƒPÄ

RecvTensorª—ãñºƒ ø(ø:"€€€€B[0.1MB] edge_289_gradients/res3a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hª—ãñºƒç
1update_res3a_branch2a/kernel/ApplyGradientDescent¢«ãñºƒ (B™update_res3a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch2a/kernel, learning_rate, gradients/res3a_branch2a/kernel_grad_S289)H¢«ãñºƒP½

RecvTensorÄ˜ãñºƒ r(r:
"€€BŠ[1024B] edge_290_gradients/bn2c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÄ˜ãñºƒÛ
.update_bn2c_branch2c/beta/ApplyGradientDescent¶™ãñºƒ (Bupdate_bn2c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2c/beta, learning_rate, gradients/bn2c_branch2c/beta_grad_S290)H¶™ãñºƒP¾

RecvTensorÍ ãñºƒ v(v:
"€€B‹[1024B] edge_291_gradients/bn2c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÍ ãñºƒß
/update_bn2c_branch2c/gamma/ApplyGradientDescentÃ¡ãñºƒ (B“update_bn2c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2c/gamma, learning_rate, gradients/bn2c_branch2c/gamma_grad_S291)HÃ¡ãñºƒPÅ

RecvTensorõ¥ãñºƒ Î	(Î	:"€€€€B[65536B] edge_292_gradients/res2c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hõ¥ãñºƒç
1update_res2c_branch2c/kernel/ApplyGradientDescentÃ¯ãñºƒ (B™update_res2c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res2c_branch2c/kernel, learning_rate, gradients/res2c_branch2c/kernel_grad_S292)HÃ¯ãñºƒP¼

RecvTensor¡¦ãñºƒ x(x:
"€€B‰[256B] edge_293_gradients/bn2c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¡¦ãñºƒÛ
.update_bn2c_branch2b/beta/ApplyGradientDescent™§ãñºƒ (Bupdate_bn2c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2b/beta, learning_rate, gradients/bn2c_branch2b/beta_grad_S293)H™§ãñºƒP½

RecvTensor¡¨ãñºƒ l(l:
"€€BŠ[256B] edge_294_gradients/bn2c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¡¨ãñºƒß
/update_bn2c_branch2b/gamma/ApplyGradientDescentˆªãñºƒ (B“update_bn2c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2b/gamma, learning_rate, gradients/bn2c_branch2b/gamma_grad_S294)HˆªãñºƒPÄ

RecvTensor²´ãñºƒ ¢(¢:"€€	€€	B[0.1MB] edge_295_gradients/res2c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H²´ãñºƒç
1update_res2c_branch2b/kernel/ApplyGradientDescentÔÇãñºƒ (B™update_res2c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res2c_branch2b/kernel, learning_rate, gradients/res2c_branch2b/kernel_grad_S295)HÔÇãñºƒP¼

RecvTensorâ´ãñºƒ b(b:
"€€B‰[256B] edge_296_gradients/bn2c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hâ´ãñºƒÛ
.update_bn2c_branch2a/beta/ApplyGradientDescentÄµãñºƒ (Bupdate_bn2c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2a/beta, learning_rate, gradients/bn2c_branch2a/beta_grad_S296)HÄµãñºƒP½

RecvTensoré¶ãñºƒ v(v:
"€€BŠ[256B] edge_297_gradients/bn2c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hé¶ãñºƒß
/update_bn2c_branch2a/gamma/ApplyGradientDescentß·ãñºƒ (B“update_bn2c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2a/gamma, learning_rate, gradients/bn2c_branch2a/gamma_grad_S297)Hß·ãñºƒPÅ

RecvTensorü»ãñºƒ ô(ô:"€€€€B[65536B] edge_298_gradients/res2c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hü»ãñºƒç
1update_res2c_branch2a/kernel/ApplyGradientDescentğÄãñºƒ (B™update_res2c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res2c_branch2a/kernel, learning_rate, gradients/res2c_branch2a/kernel_grad_S298)HğÄãñºƒP½

RecvTensorŸ½ãñºƒ y(y:
"€€BŠ[1024B] edge_299_gradients/bn2b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŸ½ãñºƒÛ
.update_bn2b_branch2c/beta/ApplyGradientDescent˜¾ãñºƒ (Bupdate_bn2b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2c/beta, learning_rate, gradients/bn2b_branch2c/beta_grad_S299)H˜¾ãñºƒP¾

RecvTensor·Åãñºƒ r(r:
"€€B‹[1024B] edge_300_gradients/bn2b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H·Åãñºƒß
/update_bn2b_branch2c/gamma/ApplyGradientDescent©Æãñºƒ (B“update_bn2b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2c/gamma, learning_rate, gradients/bn2b_branch2c/gamma_grad_S300)H©ÆãñºƒPÅ

RecvTensoràÊãñºƒ ê(ê:"€€€€B[65536B] edge_301_gradients/res2b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HàÊãñºƒç
1update_res2b_branch2c/kernel/ApplyGradientDescent½Õãñºƒ (B™update_res2b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res2b_branch2c/kernel, learning_rate, gradients/res2b_branch2c/kernel_grad_S301)H½ÕãñºƒP¼

RecvTensorËãñºƒ f(f:
"€€B‰[256B] edge_302_gradients/bn2b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HËãñºƒÛ
.update_bn2b_branch2b/beta/ApplyGradientDescentâÎãñºƒ (Bupdate_bn2b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2b/beta, learning_rate, gradients/bn2b_branch2b/beta_grad_S302)HâÎãñºƒP½

RecvTensor‰Íãñºƒ `(`:
"€€BŠ[256B] edge_303_gradients/bn2b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‰Íãñºƒß
/update_bn2b_branch2b/gamma/ApplyGradientDescentçÎãñºƒ (B“update_bn2b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2b/gamma, learning_rate, gradients/bn2b_branch2b/gamma_grad_S303)HçÎãñºƒPÄ

RecvTensorÙãñºƒ Ä(Ä:"€€	€€	B[0.1MB] edge_304_gradients/res2b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÙãñºƒç
1update_res2b_branch2b/kernel/ApplyGradientDescentÏêãñºƒ (B™update_res2b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res2b_branch2b/kernel, learning_rate, gradients/res2b_branch2b/kernel_grad_S304)HÏêãñºƒP¼

RecvTensor¯Ùãñºƒ |(|:
"€€B‰[256B] edge_305_gradients/bn2b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¯ÙãñºƒÛ
.update_bn2b_branch2a/beta/ApplyGradientDescent«Úãñºƒ (Bupdate_bn2b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2a/beta, learning_rate, gradients/bn2b_branch2a/beta_grad_S305)H«ÚãñºƒP½

RecvTensor½Ûãñºƒ a(a:
"€€BŠ[256B] edge_306_gradients/bn2b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H½Ûãñºƒß
/update_bn2b_branch2a/gamma/ApplyGradientDescentÜãñºƒ (B“update_bn2b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2a/gamma, learning_rate, gradients/bn2b_branch2a/gamma_grad_S306)HÜãñºƒPÅ

RecvTensor÷àãñºƒ º(º:"€€€€B[65536B] edge_307_gradients/res2b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H÷àãñºƒç
1update_res2b_branch2a/kernel/ApplyGradientDescent¿êãñºƒ (B™update_res2b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res2b_branch2a/kernel, learning_rate, gradients/res2b_branch2a/kernel_grad_S307)H¿êãñºƒP¼

RecvTensor“âãñºƒ w(w:
"€€B‰[1024B] edge_308_gradients/bn2a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H“âãñºƒ×
-update_bn2a_branch1/beta/ApplyGradientDescentŠããñºƒ (Bupdate_bn2a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch1/beta, learning_rate, gradients/bn2a_branch1/beta_grad_S308)HŠããñºƒP½

RecvTensorĞæãñºƒ z(z:
"€€BŠ[1024B] edge_309_gradients/bn2a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HĞæãñºƒÛ
.update_bn2a_branch1/gamma/ApplyGradientDescentºêãñºƒ (Bupdate_bn2a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch1/gamma, learning_rate, gradients/bn2a_branch1/gamma_grad_S309)HºêãñºƒPÄ

RecvTensorŠìãñºƒ ¶(¶:"€€€€B[65536B] edge_310_gradients/res2a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŠìãñºƒã
0update_res2a_branch1/kernel/ApplyGradientDescentÀòãñºƒ (B–update_res2a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch1/kernel, learning_rate, gradients/res2a_branch1/kernel_grad_S310)HÀòãñºƒP½

RecvTensor¨íãñºƒ w(w:
"€€BŠ[1024B] edge_311_gradients/bn2a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¨íãñºƒÛ
.update_bn2a_branch2c/beta/ApplyGradientDescentºğãñºƒ (Bupdate_bn2a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2c/beta, learning_rate, gradients/bn2a_branch2c/beta_grad_S311)HºğãñºƒP¾

RecvTensorèõãñºƒ d(d:
"€€B‹[1024B] edge_312_gradients/bn2a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hèõãñºƒß
/update_bn2a_branch2c/gamma/ApplyGradientDescentÌöãñºƒ (B“update_bn2a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2c/gamma, learning_rate, gradients/bn2a_branch2c/gamma_grad_S312)HÌöãñºƒPÅ

RecvTensor›ûãñºƒ õ(õ:"€€€€B[65536B] edge_313_gradients/res2a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H›ûãñºƒç
1update_res2a_branch2c/kernel/ApplyGradientDescentäñºƒ (B™update_res2a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch2c/kernel, learning_rate, gradients/res2a_branch2c/kernel_grad_S313)HäñºƒP¼

RecvTensorÊûãñºƒ l(l:
"€€B‰[256B] edge_314_gradients/bn2a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÊûãñºƒÛ
.update_bn2a_branch2b/beta/ApplyGradientDescent¡ıãñºƒ (Bupdate_bn2a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2b/beta, learning_rate, gradients/bn2a_branch2b/beta_grad_S314)H¡ıãñºƒP½

RecvTensoràıãñºƒ k(k:
"€€BŠ[256B] edge_315_gradients/bn2a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hàıãñºƒß
/update_bn2a_branch2b/gamma/ApplyGradientDescentËşãñºƒ (B“update_bn2a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2b/gamma, learning_rate, gradients/bn2a_branch2b/gamma_grad_S315)HËşãñºƒPÄ

RecvTensorîˆäñºƒ  
( 
:"€€	€€	B[0.1MB] edge_316_gradients/res2a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hîˆäñºƒç
1update_res2a_branch2b/kernel/ApplyGradientDescent–äñºƒ (B™update_res2a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch2b/kernel, learning_rate, gradients/res2a_branch2b/kernel_grad_S316)H–äñºƒP¾

RecvTensor™‰äñºƒ (:
"€€B‰[256B] edge_317_gradients/bn2a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H™‰äñºƒÛ
.update_bn2a_branch2a/beta/ApplyGradientDescentÙäñºƒ (Bupdate_bn2a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2a/beta, learning_rate, gradients/bn2a_branch2a/beta_grad_S317)HÙäñºƒP½

RecvTensor¨‹äñºƒ k(k:
"€€BŠ[256B] edge_318_gradients/bn2a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¨‹äñºƒß
/update_bn2a_branch2a/gamma/ApplyGradientDescentŞäñºƒ (B“update_bn2a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2a/gamma, learning_rate, gradients/bn2a_branch2a/gamma_grad_S318)HŞäñºƒPÅ

RecvTensorÔŒäñºƒ (:"€€€€B[16384B] edge_319_gradients/res2a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÔŒäñºƒç
1update_res2a_branch2a/kernel/ApplyGradientDescentçäñºƒ (B™update_res2a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch2a/kernel, learning_rate, gradients/res2a_branch2a/kernel_grad_S319)HçäñºƒP·

RecvTensorìäñºƒ ^(^:
"€€B„[256B] edge_320_gradients/bn_conv1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HìäñºƒÇ
)update_bn_conv1/beta/ApplyGradientDescentãäñºƒ (Bupdate_bn_conv1/beta/ApplyGradientDescent = ApplyGradientDescent(bn_conv1/beta, learning_rate, gradients/bn_conv1/beta_grad_S320)HãäñºƒP¸

RecvTensorë˜äñºƒ b(b:
"€€B…[256B] edge_321_gradients/bn_conv1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hë˜äñºƒË
*update_bn_conv1/gamma/ApplyGradientDescentÍ™äñºƒ (B„update_bn_conv1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn_conv1/gamma, learning_rate, gradients/bn_conv1/gamma_grad_S321)HÍ™äñºƒP¼

RecvTensorÁäñºƒ ×(×:"€¦€¦B…[37632B] edge_322_gradients/conv1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÁäñºƒÂ
(update_conv1/kernel/ApplyGradientDescent¨¡äñºƒ (B~update_conv1/kernel/ApplyGradientDescent = ApplyGradientDescent(conv1/kernel, learning_rate, gradients/conv1/kernel_grad_S322)H¨¡äñºƒP