
‡

Ôé
)/job:worker/replica:0/task:0/device:CPU:0¯

RecvTensor¿’£ñºƒ ¾(¾:"€¦€¦By[37632B] edge_1_conv1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¿’£ñºƒ«

RecvTensorÂ’£ñºƒ |(|:
"€€By[256B] edge_2_bn_conv1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÂ’£ñºƒª

RecvTensorÅ’£ñºƒ y(y:
"€€Bx[256B] edge_3_bn_conv1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÅ’£ñºƒ¹

RecvTensorÈ’£ñºƒ ˆ(ˆ:"€€€€B‚[16384B] edge_4_res2a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÈ’£ñºƒ°

RecvTensorË’£ñºƒ \(\:
"€€B~[256B] edge_5_bn2a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HË’£ñºƒ¯

RecvTensorÎ’£ñºƒ i(i:
"€€B}[256B] edge_6_bn2a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÎ’£ñºƒ¸

RecvTensorÑ’£ñºƒ Š*(Š*:"€€	€€	B[0.1MB] edge_7_res2a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÑ’£ñºƒ°

RecvTensorÔ’£ñºƒ g(g:
"€€B~[256B] edge_8_bn2a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÔ’£ñºƒ¯

RecvTensor×’£ñºƒ W(W:
"€€B}[256B] edge_9_bn2a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H×’£ñºƒº

RecvTensorÚ’£ñºƒ î(î:"€€€€Bƒ[65536B] edge_10_res2a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÚ’£ñºƒ³

RecvTensorİ’£ñºƒ a(a:
"€€B€[1024B] edge_11_bn2a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hİ’£ñºƒ±

RecvTensorà’£ñºƒ _(_:
"€€B[1024B] edge_12_bn2a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hà’£ñºƒ¹

RecvTensorã’£ñºƒ Í(Í:"€€€€B‚[65536B] edge_13_res2a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hã’£ñºƒ±

RecvTensoræ’£ñºƒ s(s:
"€€B[1024B] edge_14_bn2a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hæ’£ñºƒ°

RecvTensoré’£ñºƒ f(f:
"€€B~[1024B] edge_15_bn2a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hé’£ñºƒº

RecvTensorì’£ñºƒ Ÿ(Ÿ:"€€€€Bƒ[65536B] edge_16_res2b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hì’£ñºƒ±

RecvTensorï’£ñºƒ ^(^:
"€€B[256B] edge_17_bn2b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hï’£ñºƒ°

RecvTensorò’£ñºƒ \(\:
"€€B~[256B] edge_18_bn2b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hò’£ñºƒ¹

RecvTensorõ’£ñºƒ -(-:"€€	€€	B‚[0.1MB] edge_19_res2b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hõ’£ñºƒ±

RecvTensorø’£ñºƒ i(i:
"€€B[256B] edge_20_bn2b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hø’£ñºƒ°

RecvTensorû’£ñºƒ _(_:
"€€B~[256B] edge_21_bn2b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hû’£ñºƒº

RecvTensorş’£ñºƒ Š(Š:"€€€€Bƒ[65536B] edge_22_res2b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hş’£ñºƒ³

RecvTensor“£ñºƒ j(j:
"€€B€[1024B] edge_23_bn2b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H“£ñºƒ±

RecvTensor„“£ñºƒ v(v:
"€€B[1024B] edge_24_bn2b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H„“£ñºƒº

RecvTensor‡“£ñºƒ Ş(Ş:"€€€€Bƒ[65536B] edge_25_res2c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‡“£ñºƒ±

RecvTensorŠ“£ñºƒ u(u:
"€€B[256B] edge_26_bn2c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŠ“£ñºƒ°

RecvTensor“£ñºƒ T(T:
"€€B~[256B] edge_27_bn2c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H“£ñºƒ¹

RecvTensor“£ñºƒ ø-(ø-:"€€	€€	B‚[0.1MB] edge_28_res2c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H“£ñºƒ±

RecvTensor““£ñºƒ {({:
"€€B[256B] edge_29_bn2c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H““£ñºƒ°

RecvTensor–“£ñºƒ u(u:
"€€B~[256B] edge_30_bn2c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H–“£ñºƒº

RecvTensor™“£ñºƒ Ñ(Ñ:"€€€€Bƒ[65536B] edge_31_res2c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H™“£ñºƒ³

RecvTensorœ“£ñºƒ k(k:
"€€B€[1024B] edge_32_bn2c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hœ“£ñºƒ±

RecvTensorŸ“£ñºƒ i(i:
"€€B[1024B] edge_33_bn2c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŸ“£ñºƒ¹

RecvTensor¢“£ñºƒ *(*:"€€€€B‚[0.1MB] edge_34_res3a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¢“£ñºƒ±

RecvTensor¥“£ñºƒ _(_:
"€€B[512B] edge_35_bn3a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¥“£ñºƒ°

RecvTensor¨“£ñºƒ a(a:
"€€B~[512B] edge_36_bn3a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¨“£ñºƒ»

RecvTensor«“£ñºƒ õ™(õ™:"€€$€€$B‚[0.6MB] edge_37_res3a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H«“£ñºƒ±

RecvTensor®“£ñºƒ k(k:
"€€B[512B] edge_38_bn3a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H®“£ñºƒ°

RecvTensor±“£ñºƒ j(j:
"€€B~[512B] edge_39_bn3a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H±“£ñºƒ¹

RecvTensor´“£ñºƒ ùN(ùN:"€€€€B‚[0.2MB] edge_40_res3a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H´“£ñºƒµ

RecvTensor·“£ñºƒ (:
"€€B€[2048B] edge_41_bn3a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H·“£ñºƒ³

RecvTensorº“£ñºƒ ‰(‰:
"€€B[2048B] edge_42_bn3a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hº“£ñºƒº

RecvTensor¾“£ñºƒ à‹(à‹:"€€ €€ B[0.5MB] edge_43_res3a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¾“£ñºƒ±

RecvTensorÀ“£ñºƒ (:
"€€B[2048B] edge_44_bn3a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÀ“£ñºƒ²

RecvTensorÃ“£ñºƒ ƒ(ƒ:
"€€B~[2048B] edge_45_bn3a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÃ“£ñºƒ¹

RecvTensorÇ“£ñºƒ âN(âN:"€€€€B‚[0.2MB] edge_46_res3b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÇ“£ñºƒ±

RecvTensorÊ“£ñºƒ b(b:
"€€B[512B] edge_47_bn3b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÊ“£ñºƒ°

RecvTensorÍ“£ñºƒ j(j:
"€€B~[512B] edge_48_bn3b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÍ“£ñºƒ»

RecvTensorĞ“£ñºƒ š(š:"€€$€€$B‚[0.6MB] edge_49_res3b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HĞ“£ñºƒ±

RecvTensorÓ“£ñºƒ i(i:
"€€B[512B] edge_50_bn3b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÓ“£ñºƒ°

RecvTensorÖ“£ñºƒ r(r:
"€€B~[512B] edge_51_bn3b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÖ“£ñºƒ¹

RecvTensorÙ“£ñºƒ ŸO(ŸO:"€€€€B‚[0.2MB] edge_52_res3b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÙ“£ñºƒµ

RecvTensorÜ“£ñºƒ ˆ(ˆ:
"€€B€[2048B] edge_53_bn3b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÜ“£ñºƒ³

RecvTensorß“£ñºƒ ˜(˜:
"€€B[2048B] edge_54_bn3b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hß“£ñºƒ¹

RecvTensorâ“£ñºƒ ³O(³O:"€€€€B‚[0.2MB] edge_55_res3c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hâ“£ñºƒ±

RecvTensorå“£ñºƒ v(v:
"€€B[512B] edge_56_bn3c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hå“£ñºƒ°

RecvTensorè“£ñºƒ j(j:
"€€B~[512B] edge_57_bn3c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hè“£ñºƒ»

RecvTensorë“£ñºƒ ƒš(ƒš:"€€$€€$B‚[0.6MB] edge_58_res3c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hë“£ñºƒ±

RecvTensorî“£ñºƒ u(u:
"€€B[512B] edge_59_bn3c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hî“£ñºƒ°

RecvTensorñ“£ñºƒ d(d:
"€€B~[512B] edge_60_bn3c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hñ“£ñºƒ¹

RecvTensorô“£ñºƒ ªO(ªO:"€€€€B‚[0.2MB] edge_61_res3c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hô“£ñºƒµ

RecvTensorø“£ñºƒ ‰(‰:
"€€B€[2048B] edge_62_bn3c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hø“£ñºƒ³

RecvTensorû“£ñºƒ (:
"€€B[2048B] edge_63_bn3c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hû“£ñºƒ¹

RecvTensorş“£ñºƒ ¦O(¦O:"€€€€B‚[0.2MB] edge_64_res3d_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hş“£ñºƒ±

RecvTensor”£ñºƒ r(r:
"€€B[512B] edge_65_bn3d_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H”£ñºƒ°

RecvTensor„”£ñºƒ y(y:
"€€B~[512B] edge_66_bn3d_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H„”£ñºƒ»

RecvTensor‡”£ñºƒ ‹š(‹š:"€€$€€$B‚[0.6MB] edge_67_res3d_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‡”£ñºƒ±

RecvTensorŠ”£ñºƒ r(r:
"€€B[512B] edge_68_bn3d_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŠ”£ñºƒ°

RecvTensor”£ñºƒ ~(~:
"€€B~[512B] edge_69_bn3d_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H”£ñºƒ¹

RecvTensor”£ñºƒ «O(«O:"€€€€B‚[0.2MB] edge_70_res3d_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H”£ñºƒµ

RecvTensor“”£ñºƒ (:
"€€B€[2048B] edge_71_bn3d_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H“”£ñºƒ³

RecvTensor–”£ñºƒ ¥(¥:
"€€B[2048B] edge_72_bn3d_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H–”£ñºƒ»

RecvTensor™”£ñºƒ „Œ(„Œ:"€€ €€ B‚[0.5MB] edge_73_res4a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H™”£ñºƒµ

RecvTensorœ”£ñºƒ –(–:
"€€B€[1024B] edge_74_bn4a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hœ”£ñºƒ³

RecvTensorŸ”£ñºƒ ’(’:
"€€B[1024B] edge_75_bn4a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŸ”£ñºƒ½

RecvTensor¢”£ñºƒ €‹(€‹:"
€€€€B‚[2.2MB] edge_76_res4a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¢”£ñºƒµ

RecvTensor¥”£ñºƒ ‹(‹:
"€€B€[1024B] edge_77_bn4a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¥”£ñºƒ±

RecvTensor¨”£ñºƒ v(v:
"€€B[1024B] edge_78_bn4a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¨”£ñºƒ»

RecvTensor«”£ñºƒ ˜ò(˜ò:"€€@€€@B‚[1.0MB] edge_79_res4a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H«”£ñºƒµ

RecvTensor®”£ñºƒ ä(ä:
"€ € B€[4096B] edge_80_bn4a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H®”£ñºƒ³

RecvTensor±”£ñºƒ  ( :
"€ € B[4096B] edge_81_bn4a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H±”£ñºƒ¼

RecvTensor´”£ñºƒ ï(ï:"
€€€€€€B[2.0MB] edge_82_res4a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H´”£ñºƒ³

RecvTensor·”£ñºƒ £(£:
"€ € B[4096B] edge_83_bn4a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H·”£ñºƒ²

RecvTensorº”£ñºƒ (:
"€ € B~[4096B] edge_84_bn4a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hº”£ñºƒ»

RecvTensor½”£ñºƒ ¯ò(¯ò:"€€@€€@B‚[1.0MB] edge_85_res4b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H½”£ñºƒµ

RecvTensorÀ”£ñºƒ “(“:
"€€B€[1024B] edge_86_bn4b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÀ”£ñºƒ³

RecvTensorÃ”£ñºƒ †(†:
"€€B[1024B] edge_87_bn4b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÃ”£ñºƒ½

RecvTensorÆ”£ñºƒ óŠ(óŠ:"
€€€€B‚[2.2MB] edge_88_res4b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÆ”£ñºƒ³

RecvTensorÉ”£ñºƒ }(}:
"€€B€[1024B] edge_89_bn4b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÉ”£ñºƒ³

RecvTensorÌ”£ñºƒ œ(œ:
"€€B[1024B] edge_90_bn4b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÌ”£ñºƒ»

RecvTensorÏ”£ñºƒ ˜ò(˜ò:"€€@€€@B‚[1.0MB] edge_91_res4b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÏ”£ñºƒµ

RecvTensorÒ”£ñºƒ å(å:
"€ € B€[4096B] edge_92_bn4b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÒ”£ñºƒ³

RecvTensorÕ”£ñºƒ ™(™:
"€ € B[4096B] edge_93_bn4b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÕ”£ñºƒ»

RecvTensorØ”£ñºƒ “ò(“ò:"€€@€€@B‚[1.0MB] edge_94_res4c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HØ”£ñºƒµ

RecvTensorÛ”£ñºƒ ©(©:
"€€B€[1024B] edge_95_bn4c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÛ”£ñºƒ³

RecvTensorŞ”£ñºƒ ¶(¶:
"€€B[1024B] edge_96_bn4c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŞ”£ñºƒ½

RecvTensorá”£ñºƒ ŞŠ(ŞŠ:"
€€€€B‚[2.2MB] edge_97_res4c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Há”£ñºƒµ

RecvTensorä”£ñºƒ ‹(‹:
"€€B€[1024B] edge_98_bn4c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hä”£ñºƒ³

RecvTensorè”£ñºƒ ™(™:
"€€B[1024B] edge_99_bn4c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hè”£ñºƒ¼

RecvTensorë”£ñºƒ ò(ò:"€€@€€@Bƒ[1.0MB] edge_100_res4c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hë”£ñºƒ¶

RecvTensorî”£ñºƒ ”(”:
"€ € B[4096B] edge_101_bn4c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hî”£ñºƒµ

RecvTensorñ”£ñºƒ Ê(Ê:
"€ € B€[4096B] edge_102_bn4c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hñ”£ñºƒ¼

RecvTensorô”£ñºƒ Šò(Šò:"€€@€€@Bƒ[1.0MB] edge_103_res4d_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hô”£ñºƒ¶

RecvTensor÷”£ñºƒ ”(”:
"€€B[1024B] edge_104_bn4d_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H÷”£ñºƒµ

RecvTensorú”£ñºƒ ’(’:
"€€B€[1024B] edge_105_bn4d_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hú”£ñºƒ¾

RecvTensorü”£ñºƒ ÎŠ(ÎŠ:"
€€€€Bƒ[2.2MB] edge_106_res4d_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hü”£ñºƒ´

RecvTensorÿ”£ñºƒ y(y:
"€€B[1024B] edge_107_bn4d_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hÿ”£ñºƒµ

RecvTensor‚•£ñºƒ ˜(˜:
"€€B€[1024B] edge_108_bn4d_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‚•£ñºƒ¼

RecvTensor…•£ñºƒ †ò(†ò:"€€@€€@Bƒ[1.0MB] edge_109_res4d_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H…•£ñºƒ¶

RecvTensorˆ•£ñºƒ Ğ(Ğ:
"€ € B[4096B] edge_110_bn4d_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hˆ•£ñºƒµ

RecvTensor‹•£ñºƒ Ì(Ì:
"€ € B€[4096B] edge_111_bn4d_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‹•£ñºƒ¼

RecvTensor•£ñºƒ ıñ(ıñ:"€€@€€@Bƒ[1.0MB] edge_112_res4e_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H•£ñºƒ¶

RecvTensor‘•£ñºƒ Œ(Œ:
"€€B[1024B] edge_113_bn4e_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‘•£ñºƒµ

RecvTensor”•£ñºƒ š(š:
"€€B€[1024B] edge_114_bn4e_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H”•£ñºƒ¾

RecvTensor—•£ñºƒ µŠ(µŠ:"
€€€€Bƒ[2.2MB] edge_115_res4e_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H—•£ñºƒ¶

RecvTensorš•£ñºƒ …(…:
"€€B[1024B] edge_116_bn4e_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hš•£ñºƒµ

RecvTensor•£ñºƒ (:
"€€B€[1024B] edge_117_bn4e_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H•£ñºƒ¼

RecvTensor •£ñºƒ ğñ(ğñ:"€€@€€@Bƒ[1.0MB] edge_118_res4e_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H •£ñºƒ¶

RecvTensor£•£ñºƒ Õ(Õ:
"€ € B[4096B] edge_119_bn4e_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H£•£ñºƒµ

RecvTensor¦•£ñºƒ Ò(Ò:
"€ € B€[4096B] edge_120_bn4e_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¦•£ñºƒ¼

RecvTensor©•£ñºƒ ğñ(ğñ:"€€@€€@Bƒ[1.0MB] edge_121_res4f_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H©•£ñºƒ¶

RecvTensor¬•£ñºƒ Š(Š:
"€€B[1024B] edge_122_bn4f_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¬•£ñºƒµ

RecvTensor¯•£ñºƒ “(“:
"€€B€[1024B] edge_123_bn4f_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¯•£ñºƒ¾

RecvTensor²•£ñºƒ  Š( Š:"
€€€€Bƒ[2.2MB] edge_124_res4f_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H²•£ñºƒ¶

RecvTensorµ•£ñºƒ £(£:
"€€B[1024B] edge_125_bn4f_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hµ•£ñºƒµ

RecvTensor¸•£ñºƒ ¢(¢:
"€€B€[1024B] edge_126_bn4f_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¸•£ñºƒ¼

RecvTensor»•£ñºƒ Şñ(Şñ:"€€@€€@Bƒ[1.0MB] edge_127_res4f_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H»•£ñºƒ¶

RecvTensor¾•£ñºƒ è(è:
"€ € B[4096B] edge_128_bn4f_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¾•£ñºƒµ

RecvTensorÁ•£ñºƒ İ(İ:
"€ € B€[4096B] edge_129_bn4f_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÁ•£ñºƒ¾

RecvTensorÄ•£ñºƒ ¼î(¼î:"
€€€€€€Bƒ[2.0MB] edge_130_res5a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÄ•£ñºƒ¶

RecvTensorÇ•£ñºƒ ä(ä:
"€€B[2048B] edge_131_bn5a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÇ•£ñºƒµ

RecvTensorÊ•£ñºƒ Ó(Ó:
"€€B€[2048B] edge_132_bn5a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÊ•£ñºƒ¾

RecvTensorÎ•£ñºƒ Ô¡(Ô¡:"
€€À€€ÀBƒ[9.0MB] edge_133_res5a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÎ•£ñºƒ¶

RecvTensorĞ•£ñºƒ Ò(Ò:
"€€B[2048B] edge_134_bn5a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HĞ•£ñºƒµ

RecvTensorÔ•£ñºƒ ã(ã:
"€€B€[2048B] edge_135_bn5a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÔ•£ñºƒ¾

RecvTensor×•£ñºƒ °ƒ(°ƒ:"
€€€€€€Bƒ[4.0MB] edge_136_res5a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H×•£ñºƒ¶

RecvTensorÙ•£ñºƒ ¢(¢:
"€@€@B[8192B] edge_137_bn5a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÙ•£ñºƒµ

RecvTensorİ•£ñºƒ ¤(¤:
"€@€@B€[8192B] edge_138_bn5a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hİ•£ñºƒ½

RecvTensorà•£ñºƒ ÛŒ(ÛŒ:"
€€€€€€B‚[8.0MB] edge_139_res5a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hà•£ñºƒµ

RecvTensorâ•£ñºƒ ¬(¬:
"€@€@B€[8192B] edge_140_bn5a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hâ•£ñºƒ³

RecvTensorå•£ñºƒ ®(®:
"€@€@B[8192B] edge_141_bn5a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hå•£ñºƒ¾

RecvTensorè•£ñºƒ ƒ(ƒ:"
€€€€€€Bƒ[4.0MB] edge_142_res5b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hè•£ñºƒ¶

RecvTensorì•£ñºƒ ë(ë:
"€€B[2048B] edge_143_bn5b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hì•£ñºƒµ

RecvTensorï•£ñºƒ å(å:
"€€B€[2048B] edge_144_bn5b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hï•£ñºƒ¾

RecvTensorò•£ñºƒ ±¡(±¡:"
€€À€€ÀBƒ[9.0MB] edge_145_res5b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hò•£ñºƒ¶

RecvTensorõ•£ñºƒ å(å:
"€€B[2048B] edge_146_bn5b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hõ•£ñºƒµ

RecvTensorø•£ñºƒ ë(ë:
"€€B€[2048B] edge_147_bn5b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hø•£ñºƒ¾

RecvTensorû•£ñºƒ ƒ(ƒ:"
€€€€€€Bƒ[4.0MB] edge_148_res5b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hû•£ñºƒ¶

RecvTensorş•£ñºƒ ¤(¤:
"€@€@B[8192B] edge_149_bn5b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hş•£ñºƒµ

RecvTensor–£ñºƒ ›(›:
"€@€@B€[8192B] edge_150_bn5b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H–£ñºƒ¾

RecvTensor„–£ñºƒ ˆƒ(ˆƒ:"
€€€€€€Bƒ[4.0MB] edge_151_res5c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H„–£ñºƒ¶

RecvTensor‡–£ñºƒ ï(ï:
"€€B[2048B] edge_152_bn5c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‡–£ñºƒµ

RecvTensorŠ–£ñºƒ ×(×:
"€€B€[2048B] edge_153_bn5c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŠ–£ñºƒ¾

RecvTensor–£ñºƒ –¡(–¡:"
€€À€€ÀBƒ[9.0MB] edge_154_res5c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H–£ñºƒ¶

RecvTensor–£ñºƒ â(â:
"€€B[2048B] edge_155_bn5c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H–£ñºƒµ

RecvTensor”–£ñºƒ ë(ë:
"€€B€[2048B] edge_156_bn5c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H”–£ñºƒ¾

RecvTensor—–£ñºƒ õ‚(õ‚:"
€€€€€€Bƒ[4.0MB] edge_157_res5c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H—–£ñºƒ¶

RecvTensorš–£ñºƒ Ÿ(Ÿ:
"€@€@B[8192B] edge_158_bn5c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hš–£ñºƒµ

RecvTensor–£ñºƒ “(“:
"€@€@B€[8192B] edge_159_bn5c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H–£ñºƒµ

RecvTensorŸ–£ñºƒ ˆ‡(ˆ‡:"
€€ô€€ôB{[7.8MB] edge_160_fc1000/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŸ–£ñºƒ­

RecvTensor£–£ñºƒ Æ(Æ:
"  By[4000B] edge_161_fc1000/bias/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H£–£ñºƒ\
conv1/Conv2Dı”£ñºƒ ‚(‚B2conv1/Conv2D = Conv2D(input, conv1/kernel/read_S1)Hı”£ñºƒP 
bn_conv1/FusedBatchNormV3ÿš£ñºƒ ¼(¼Bibn_conv1/FusedBatchNormV3 = FusedBatchNormV3(conv1/Conv2D, bn_conv1/gamma/read_S2, bn_conv1/beta/read_S3)Hÿš£ñºƒP^
conv1_relu/Relu»£ñºƒ Ÿ(ŸB1conv1_relu/Relu = Relu(bn_conv1/FusedBatchNormV3)H»£ñºƒPS
pool1/MaxPoolÚ £ñºƒ ¾(¾B(pool1/MaxPool = MaxPool(conv1_relu/Relu)HÚ £ñºƒP}
res2a_branch2a/Conv2D˜¢£ñºƒ [([BLres2a_branch2a/Conv2D = Conv2D(pool1/MaxPool, res2a_branch2a/kernel/read_S4)H˜¢£ñºƒP¼
bn2a_branch2a/FusedBatchNormV3ó¢£ñºƒ z(zBbn2a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch2a/Conv2D, bn2a_branch2a/gamma/read_S5, bn2a_branch2a/beta/read_S6)Hó¢£ñºƒPs
res2a_branch2a_relu/Reluí££ñºƒ R(RB?res2a_branch2a_relu/Relu = Relu(bn2a_branch2a/FusedBatchNormV3)Hí££ñºƒPŠ
res2a_branch2b/Conv2DÛ¼£ñºƒ Í(ÍBWres2a_branch2b/Conv2D = Conv2D(res2a_branch2a_relu/Relu, res2a_branch2b/kernel/read_S7)HÛ¼£ñºƒP¼
bn2a_branch2b/FusedBatchNormV3¨Â£ñºƒ u(uBbn2a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch2b/Conv2D, bn2a_branch2b/gamma/read_S8, bn2a_branch2b/beta/read_S9)H¨Â£ñºƒPs
res2a_branch2b_relu/ReluÃ£ñºƒ S(SB?res2a_branch2b_relu/Relu = Relu(bn2a_branch2b/FusedBatchNormV3)HÃ£ñºƒP‹
res2a_branch2c/Conv2DğÃ£ñºƒ É(ÉBXres2a_branch2c/Conv2D = Conv2D(res2a_branch2b_relu/Relu, res2a_branch2c/kernel/read_S10)HğÃ£ñºƒPÀ
bn2a_branch2c/FusedBatchNormV3¹Æ£ñºƒ È(ÈBƒbn2a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch2c/Conv2D, bn2a_branch2c/gamma/read_S11, bn2a_branch2c/beta/read_S12)H¹Æ£ñºƒP}
res2a_branch1/Conv2DÊ£ñºƒ Â(ÂBKres2a_branch1/Conv2D = Conv2D(pool1/MaxPool, res2a_branch1/kernel/read_S13)HÊ£ñºƒPº
bn2a_branch1/FusedBatchNormV3ÃÌ£ñºƒ ¸(¸Bbn2a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch1/Conv2D, bn2a_branch1/gamma/read_S14, bn2a_branch1/beta/read_S15)HÃÌ£ñºƒPw
	res2a/addûÏ£ñºƒ ¼(¼BPres2a/add = AddV2(bn2a_branch2c/FusedBatchNormV3, bn2a_branch1/FusedBatchNormV3)HûÏ£ñºƒPN
res2a_relu/Relu·Ó£ñºƒ ¶(¶B!res2a_relu/Relu = Relu(res2a/add)H·Ó£ñºƒP‚
res2b_branch2a/Conv2DíÕ£ñºƒ Ù(ÙBOres2b_branch2a/Conv2D = Conv2D(res2a_relu/Relu, res2b_branch2a/kernel/read_S16)HíÕ£ñºƒP¾
bn2b_branch2a/FusedBatchNormV3ÆØ£ñºƒ q(qBƒbn2b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res2b_branch2a/Conv2D, bn2b_branch2a/gamma/read_S17, bn2b_branch2a/beta/read_S18)HÆØ£ñºƒPs
res2b_branch2a_relu/Relu·Ù£ñºƒ R(RB?res2b_branch2a_relu/Relu = Relu(bn2b_branch2a/FusedBatchNormV3)H·Ù£ñºƒP‹
res2b_branch2b/Conv2D‰Ú£ñºƒ Ü(ÜBXres2b_branch2b/Conv2D = Conv2D(res2b_branch2a_relu/Relu, res2b_branch2b/kernel/read_S19)H‰Ú£ñºƒP¾
bn2b_branch2b/FusedBatchNormV3åß£ñºƒ u(uBƒbn2b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res2b_branch2b/Conv2D, bn2b_branch2b/gamma/read_S20, bn2b_branch2b/beta/read_S21)Håß£ñºƒPs
res2b_branch2b_relu/ReluÚà£ñºƒ R(RB?res2b_branch2b_relu/Relu = Relu(bn2b_branch2b/FusedBatchNormV3)HÚà£ñºƒP‹
res2b_branch2c/Conv2D¬á£ñºƒ Å(ÅBXres2b_branch2c/Conv2D = Conv2D(res2b_branch2b_relu/Relu, res2b_branch2c/kernel/read_S22)H¬á£ñºƒPÀ
bn2b_branch2c/FusedBatchNormV3ñã£ñºƒ Ï(ÏBƒbn2b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res2b_branch2c/Conv2D, bn2b_branch2c/gamma/read_S23, bn2b_branch2c/beta/read_S24)Hñã£ñºƒPi
	res2b/addÀç£ñºƒ Ï(ÏBBres2b/add = AddV2(bn2b_branch2c/FusedBatchNormV3, res2a_relu/Relu)HÀç£ñºƒPN
res2b_relu/Reluë£ñºƒ ª(ªB!res2b_relu/Relu = Relu(res2b/add)Hë£ñºƒP‚
res2c_branch2a/Conv2D¹í£ñºƒ Ï(ÏBOres2c_branch2a/Conv2D = Conv2D(res2b_relu/Relu, res2c_branch2a/kernel/read_S25)H¹í£ñºƒP¾
bn2c_branch2a/FusedBatchNormV3ˆğ£ñºƒ v(vBƒbn2c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res2c_branch2a/Conv2D, bn2c_branch2a/gamma/read_S26, bn2c_branch2a/beta/read_S27)Hˆğ£ñºƒPs
res2c_branch2a_relu/Reluşğ£ñºƒ U(UB?res2c_branch2a_relu/Relu = Relu(bn2c_branch2a/FusedBatchNormV3)Hşğ£ñºƒP‹
res2c_branch2b/Conv2DÓñ£ñºƒ Ü(ÜBXres2c_branch2b/Conv2D = Conv2D(res2c_branch2a_relu/Relu, res2c_branch2b/kernel/read_S28)HÓñ£ñºƒP¾
bn2c_branch2b/FusedBatchNormV3¯÷£ñºƒ x(xBƒbn2c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res2c_branch2b/Conv2D, bn2c_branch2b/gamma/read_S29, bn2c_branch2b/beta/read_S30)H¯÷£ñºƒPs
res2c_branch2b_relu/Relu§ø£ñºƒ S(SB?res2c_branch2b_relu/Relu = Relu(bn2c_branch2b/FusedBatchNormV3)H§ø£ñºƒP‹
res2c_branch2c/Conv2Dúø£ñºƒ Î(ÎBXres2c_branch2c/Conv2D = Conv2D(res2c_branch2b_relu/Relu, res2c_branch2c/kernel/read_S31)Húø£ñºƒPÀ
bn2c_branch2c/FusedBatchNormV3Èû£ñºƒ ·(·Bƒbn2c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res2c_branch2c/Conv2D, bn2c_branch2c/gamma/read_S32, bn2c_branch2c/beta/read_S33)HÈû£ñºƒPi
	res2c/addÿş£ñºƒ ©(©BBres2c/add = AddV2(bn2c_branch2c/FusedBatchNormV3, res2b_relu/Relu)Hÿş£ñºƒPN
res2c_relu/Relu¨‚¤ñºƒ ±(±B!res2c_relu/Relu = Relu(res2c/add)H¨‚¤ñºƒP‚
res3a_branch2a/Conv2DÙ„¤ñºƒ —(—BOres3a_branch2a/Conv2D = Conv2D(res2c_relu/Relu, res3a_branch2a/kernel/read_S34)HÙ„¤ñºƒPÀ
bn3a_branch2a/FusedBatchNormV3ğ‰¤ñºƒ ã(ãBƒbn3a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch2a/Conv2D, bn3a_branch2a/gamma/read_S35, bn3a_branch2a/beta/read_S36)Hğ‰¤ñºƒPu
res3a_branch2a_relu/ReluÓ‹¤ñºƒ (B?res3a_branch2a_relu/Relu = Relu(bn3a_branch2a/FusedBatchNormV3)HÓ‹¤ñºƒP‹
res3a_branch2b/Conv2D ­¤ñºƒ ‹(‹BXres3a_branch2b/Conv2D = Conv2D(res3a_branch2a_relu/Relu, res3a_branch2b/kernel/read_S37)H ­¤ñºƒP¾
bn3a_branch2b/FusedBatchNormV3«³¤ñºƒ <(<Bƒbn3a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch2b/Conv2D, bn3a_branch2b/gamma/read_S38, bn3a_branch2b/beta/read_S39)H«³¤ñºƒPs
res3a_branch2b_relu/Reluç³¤ñºƒ -(-B?res3a_branch2b_relu/Relu = Relu(bn3a_branch2b/FusedBatchNormV3)Hç³¤ñºƒP‹
res3a_branch2c/Conv2D”´¤ñºƒ Ç(ÇBXres3a_branch2c/Conv2D = Conv2D(res3a_branch2b_relu/Relu, res3a_branch2c/kernel/read_S40)H”´¤ñºƒPÀ
bn3a_branch2c/FusedBatchNormV3Û¶¤ñºƒ å(åBƒbn3a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch2c/Conv2D, bn3a_branch2c/gamma/read_S41, bn3a_branch2c/beta/read_S42)HÛ¶¤ñºƒP
res3a_branch1/Conv2DÀ¸¤ñºƒ ‘(‘BMres3a_branch1/Conv2D = Conv2D(res2c_relu/Relu, res3a_branch1/kernel/read_S43)HÀ¸¤ñºƒPº
bn3a_branch1/FusedBatchNormV3Ñ½¤ñºƒ è(èBbn3a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch1/Conv2D, bn3a_branch1/gamma/read_S44, bn3a_branch1/beta/read_S45)HÑ½¤ñºƒPw
	res3a/add¹¿¤ñºƒ â(âBPres3a/add = AddV2(bn3a_branch2c/FusedBatchNormV3, bn3a_branch1/FusedBatchNormV3)H¹¿¤ñºƒPN
res3a_relu/Relu›Á¤ñºƒ ˜(˜B!res3a_relu/Relu = Relu(res3a/add)H›Á¤ñºƒP‚
res3b_branch2a/Conv2D³Â¤ñºƒ Ü(ÜBOres3b_branch2a/Conv2D = Conv2D(res3a_relu/Relu, res3b_branch2a/kernel/read_S46)H³Â¤ñºƒP¾
bn3b_branch2a/FusedBatchNormV3Å¤ñºƒ ?(?Bƒbn3b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3b_branch2a/Conv2D, bn3b_branch2a/gamma/read_S47, bn3b_branch2a/beta/read_S48)HÅ¤ñºƒPs
res3b_branch2a_relu/ReluÎÅ¤ñºƒ .(.B?res3b_branch2a_relu/Relu = Relu(bn3b_branch2a/FusedBatchNormV3)HÎÅ¤ñºƒP‹
res3b_branch2b/Conv2DüÅ¤ñºƒ ø(øBXres3b_branch2b/Conv2D = Conv2D(res3b_branch2a_relu/Relu, res3b_branch2b/kernel/read_S49)HüÅ¤ñºƒP¾
bn3b_branch2b/FusedBatchNormV3ôË¤ñºƒ @(@Bƒbn3b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3b_branch2b/Conv2D, bn3b_branch2b/gamma/read_S50, bn3b_branch2b/beta/read_S51)HôË¤ñºƒPs
res3b_branch2b_relu/Relu´Ì¤ñºƒ -(-B?res3b_branch2b_relu/Relu = Relu(bn3b_branch2b/FusedBatchNormV3)H´Ì¤ñºƒP‹
res3b_branch2c/Conv2DáÌ¤ñºƒ Ç(ÇBXres3b_branch2c/Conv2D = Conv2D(res3b_branch2b_relu/Relu, res3b_branch2c/kernel/read_S52)HáÌ¤ñºƒPÀ
bn3b_branch2c/FusedBatchNormV3¨Ï¤ñºƒ ò(òBƒbn3b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3b_branch2c/Conv2D, bn3b_branch2c/gamma/read_S53, bn3b_branch2c/beta/read_S54)H¨Ï¤ñºƒPi
	res3b/addšÑ¤ñºƒ Ú(ÚBBres3b/add = AddV2(bn3b_branch2c/FusedBatchNormV3, res3a_relu/Relu)HšÑ¤ñºƒPN
res3b_relu/ReluôÒ¤ñºƒ ¡(¡B!res3b_relu/Relu = Relu(res3b/add)HôÒ¤ñºƒP‚
res3c_branch2a/Conv2D•Ô¤ñºƒ Â(ÂBOres3c_branch2a/Conv2D = Conv2D(res3b_relu/Relu, res3c_branch2a/kernel/read_S55)H•Ô¤ñºƒP¾
bn3c_branch2a/FusedBatchNormV3×Ö¤ñºƒ @(@Bƒbn3c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3c_branch2a/Conv2D, bn3c_branch2a/gamma/read_S56, bn3c_branch2a/beta/read_S57)H×Ö¤ñºƒPs
res3c_branch2a_relu/Relu—×¤ñºƒ .(.B?res3c_branch2a_relu/Relu = Relu(bn3c_branch2a/FusedBatchNormV3)H—×¤ñºƒP‹
res3c_branch2b/Conv2DÅ×¤ñºƒ Ñ(ÑBXres3c_branch2b/Conv2D = Conv2D(res3c_branch2a_relu/Relu, res3c_branch2b/kernel/read_S58)HÅ×¤ñºƒP¾
bn3c_branch2b/FusedBatchNormV3–İ¤ñºƒ >(>Bƒbn3c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3c_branch2b/Conv2D, bn3c_branch2b/gamma/read_S59, bn3c_branch2b/beta/read_S60)H–İ¤ñºƒPs
res3c_branch2b_relu/ReluÔİ¤ñºƒ ,(,B?res3c_branch2b_relu/Relu = Relu(bn3c_branch2b/FusedBatchNormV3)HÔİ¤ñºƒP‹
res3c_branch2c/Conv2D€Ş¤ñºƒ Ğ(ĞBXres3c_branch2c/Conv2D = Conv2D(res3c_branch2b_relu/Relu, res3c_branch2c/kernel/read_S61)H€Ş¤ñºƒPÀ
bn3c_branch2c/FusedBatchNormV3Ğà¤ñºƒ æ(æBƒbn3c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3c_branch2c/Conv2D, bn3c_branch2c/gamma/read_S62, bn3c_branch2c/beta/read_S63)HĞà¤ñºƒPi
	res3c/add¶â¤ñºƒ å(åBBres3c/add = AddV2(bn3c_branch2c/FusedBatchNormV3, res3b_relu/Relu)H¶â¤ñºƒPN
res3c_relu/Relu›ä¤ñºƒ (B!res3c_relu/Relu = Relu(res3c/add)H›ä¤ñºƒP‚
res3d_branch2a/Conv2D¹å¤ñºƒ Ğ(ĞBOres3d_branch2a/Conv2D = Conv2D(res3c_relu/Relu, res3d_branch2a/kernel/read_S64)H¹å¤ñºƒP¾
bn3d_branch2a/FusedBatchNormV3‰è¤ñºƒ A(ABƒbn3d_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3d_branch2a/Conv2D, bn3d_branch2a/gamma/read_S65, bn3d_branch2a/beta/read_S66)H‰è¤ñºƒPs
res3d_branch2a_relu/ReluÊè¤ñºƒ 0(0B?res3d_branch2a_relu/Relu = Relu(bn3d_branch2a/FusedBatchNormV3)HÊè¤ñºƒP‹
res3d_branch2b/Conv2Dúè¤ñºƒ Ñ(ÑBXres3d_branch2b/Conv2D = Conv2D(res3d_branch2a_relu/Relu, res3d_branch2b/kernel/read_S67)Húè¤ñºƒP¾
bn3d_branch2b/FusedBatchNormV3Ëî¤ñºƒ @(@Bƒbn3d_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3d_branch2b/Conv2D, bn3d_branch2b/gamma/read_S68, bn3d_branch2b/beta/read_S69)HËî¤ñºƒPs
res3d_branch2b_relu/Relu‹ï¤ñºƒ /(/B?res3d_branch2b_relu/Relu = Relu(bn3d_branch2b/FusedBatchNormV3)H‹ï¤ñºƒP‹
res3d_branch2c/Conv2Dºï¤ñºƒ Ó(ÓBXres3d_branch2c/Conv2D = Conv2D(res3d_branch2b_relu/Relu, res3d_branch2c/kernel/read_S70)Hºï¤ñºƒPÀ
bn3d_branch2c/FusedBatchNormV3ò¤ñºƒ Ş(ŞBƒbn3d_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3d_branch2c/Conv2D, bn3d_branch2c/gamma/read_S71, bn3d_branch2c/beta/read_S72)Hò¤ñºƒPi
	res3d/addëó¤ñºƒ å(åBBres3d/add = AddV2(bn3d_branch2c/FusedBatchNormV3, res3c_relu/Relu)Hëó¤ñºƒPN
res3d_relu/ReluĞõ¤ñºƒ (B!res3d_relu/Relu = Relu(res3d/add)HĞõ¤ñºƒP‚
res4a_branch2a/Conv2Dîö¤ñºƒ ÿ(ÿBOres4a_branch2a/Conv2D = Conv2D(res3d_relu/Relu, res4a_branch2a/kernel/read_S73)Hîö¤ñºƒP¾
bn4a_branch2a/FusedBatchNormV3íû¤ñºƒ r(rBƒbn4a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch2a/Conv2D, bn4a_branch2a/gamma/read_S74, bn4a_branch2a/beta/read_S75)Híû¤ñºƒPs
res4a_branch2a_relu/Relußü¤ñºƒ S(SB?res4a_branch2a_relu/Relu = Relu(bn4a_branch2a/FusedBatchNormV3)Hßü¤ñºƒP‹
res4a_branch2b/Conv2D¢Ÿ¦ñºƒ Õ(ÕBXres4a_branch2b/Conv2D = Conv2D(res4a_branch2a_relu/Relu, res4a_branch2b/kernel/read_S76)H¢Ÿ¦ñºƒP¾
bn4a_branch2b/FusedBatchNormV3÷¤¦ñºƒ $($Bƒbn4a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch2b/Conv2D, bn4a_branch2b/gamma/read_S77, bn4a_branch2b/beta/read_S78)H÷¤¦ñºƒPs
res4a_branch2b_relu/Relu›¥¦ñºƒ (B?res4a_branch2b_relu/Relu = Relu(bn4a_branch2b/FusedBatchNormV3)H›¥¦ñºƒP‹
res4a_branch2c/Conv2D¶¥¦ñºƒ ê(êBXres4a_branch2c/Conv2D = Conv2D(res4a_branch2b_relu/Relu, res4a_branch2c/kernel/read_S79)H¶¥¦ñºƒP¾
bn4a_branch2c/FusedBatchNormV3 ¨¦ñºƒ s(sBƒbn4a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch2c/Conv2D, bn4a_branch2c/gamma/read_S80, bn4a_branch2c/beta/read_S81)H ¨¦ñºƒP
res4a_branch1/Conv2D“©¦ñºƒ ª(ªBMres4a_branch1/Conv2D = Conv2D(res3d_relu/Relu, res4a_branch1/kernel/read_S82)H“©¦ñºƒP¸
bn4a_branch1/FusedBatchNormV3½®¦ñºƒ w(wBbn4a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch1/Conv2D, bn4a_branch1/gamma/read_S83, bn4a_branch1/beta/read_S84)H½®¦ñºƒPu
	res4a/add´¯¦ñºƒ t(tBPres4a/add = AddV2(bn4a_branch2c/FusedBatchNormV3, bn4a_branch1/FusedBatchNormV3)H´¯¦ñºƒPL
res4a_relu/Relu¨°¦ñºƒ P(PB!res4a_relu/Relu = Relu(res4a/add)H¨°¦ñºƒP‚
res4b_branch2a/Conv2Dø°¦ñºƒ Ê(ÊBOres4b_branch2a/Conv2D = Conv2D(res4a_relu/Relu, res4b_branch2a/kernel/read_S85)Hø°¦ñºƒP¾
bn4b_branch2a/FusedBatchNormV3Â³¦ñºƒ "("Bƒbn4b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4b_branch2a/Conv2D, bn4b_branch2a/gamma/read_S86, bn4b_branch2a/beta/read_S87)HÂ³¦ñºƒPs
res4b_branch2a_relu/Reluä³¦ñºƒ (B?res4b_branch2a_relu/Relu = Relu(bn4b_branch2a/FusedBatchNormV3)Hä³¦ñºƒP‹
res4b_branch2b/Conv2D€´¦ñºƒ ö(öBXres4b_branch2b/Conv2D = Conv2D(res4b_branch2a_relu/Relu, res4b_branch2b/kernel/read_S88)H€´¦ñºƒP¾
bn4b_branch2b/FusedBatchNormV3ö¹¦ñºƒ #(#Bƒbn4b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4b_branch2b/Conv2D, bn4b_branch2b/gamma/read_S89, bn4b_branch2b/beta/read_S90)Hö¹¦ñºƒPs
res4b_branch2b_relu/Relu™º¦ñºƒ (B?res4b_branch2b_relu/Relu = Relu(bn4b_branch2b/FusedBatchNormV3)H™º¦ñºƒP‹
res4b_branch2c/Conv2D´º¦ñºƒ æ(æBXres4b_branch2c/Conv2D = Conv2D(res4b_branch2b_relu/Relu, res4b_branch2c/kernel/read_S91)H´º¦ñºƒP¾
bn4b_branch2c/FusedBatchNormV3š½¦ñºƒ w(wBƒbn4b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4b_branch2c/Conv2D, bn4b_branch2c/gamma/read_S92, bn4b_branch2c/beta/read_S93)Hš½¦ñºƒPg
	res4b/add‘¾¦ñºƒ w(wBBres4b/add = AddV2(bn4b_branch2c/FusedBatchNormV3, res4a_relu/Relu)H‘¾¦ñºƒPL
res4b_relu/Reluˆ¿¦ñºƒ O(OB!res4b_relu/Relu = Relu(res4b/add)Hˆ¿¦ñºƒP‚
res4c_branch2a/Conv2D×¿¦ñºƒ Õ(ÕBOres4c_branch2a/Conv2D = Conv2D(res4b_relu/Relu, res4c_branch2a/kernel/read_S94)H×¿¦ñºƒP¾
bn4c_branch2a/FusedBatchNormV3¬Â¦ñºƒ $($Bƒbn4c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4c_branch2a/Conv2D, bn4c_branch2a/gamma/read_S95, bn4c_branch2a/beta/read_S96)H¬Â¦ñºƒPs
res4c_branch2a_relu/ReluĞÂ¦ñºƒ (B?res4c_branch2a_relu/Relu = Relu(bn4c_branch2a/FusedBatchNormV3)HĞÂ¦ñºƒP‹
res4c_branch2b/Conv2DêÂ¦ñºƒ ö(öBXres4c_branch2b/Conv2D = Conv2D(res4c_branch2a_relu/Relu, res4c_branch2b/kernel/read_S97)HêÂ¦ñºƒP¾
bn4c_branch2b/FusedBatchNormV3àÈ¦ñºƒ "("Bƒbn4c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4c_branch2b/Conv2D, bn4c_branch2b/gamma/read_S98, bn4c_branch2b/beta/read_S99)HàÈ¦ñºƒPs
res4c_branch2b_relu/Relu‚É¦ñºƒ (B?res4c_branch2b_relu/Relu = Relu(bn4c_branch2b/FusedBatchNormV3)H‚É¦ñºƒPŒ
res4c_branch2c/Conv2DœÉ¦ñºƒ Í(ÍBYres4c_branch2c/Conv2D = Conv2D(res4c_branch2b_relu/Relu, res4c_branch2c/kernel/read_S100)HœÉ¦ñºƒPÀ
bn4c_branch2c/FusedBatchNormV3éË¦ñºƒ t(tB…bn4c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4c_branch2c/Conv2D, bn4c_branch2c/gamma/read_S101, bn4c_branch2c/beta/read_S102)HéË¦ñºƒPg
	res4c/addİÌ¦ñºƒ u(uBBres4c/add = AddV2(bn4c_branch2c/FusedBatchNormV3, res4b_relu/Relu)HİÌ¦ñºƒPL
res4c_relu/ReluÒÍ¦ñºƒ N(NB!res4c_relu/Relu = Relu(res4c/add)HÒÍ¦ñºƒPƒ
res4d_branch2a/Conv2D Î¦ñºƒ Ë(ËBPres4d_branch2a/Conv2D = Conv2D(res4c_relu/Relu, res4d_branch2a/kernel/read_S103)H Î¦ñºƒPÀ
bn4d_branch2a/FusedBatchNormV3ëĞ¦ñºƒ "("B…bn4d_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4d_branch2a/Conv2D, bn4d_branch2a/gamma/read_S104, bn4d_branch2a/beta/read_S105)HëĞ¦ñºƒPs
res4d_branch2a_relu/ReluÑ¦ñºƒ (B?res4d_branch2a_relu/Relu = Relu(bn4d_branch2a/FusedBatchNormV3)HÑ¦ñºƒPŒ
res4d_branch2b/Conv2D§Ñ¦ñºƒ †(†BYres4d_branch2b/Conv2D = Conv2D(res4d_branch2a_relu/Relu, res4d_branch2b/kernel/read_S106)H§Ñ¦ñºƒPÀ
bn4d_branch2b/FusedBatchNormV3­×¦ñºƒ %(%B…bn4d_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4d_branch2b/Conv2D, bn4d_branch2b/gamma/read_S107, bn4d_branch2b/beta/read_S108)H­×¦ñºƒPs
res4d_branch2b_relu/ReluÒ×¦ñºƒ (B?res4d_branch2b_relu/Relu = Relu(bn4d_branch2b/FusedBatchNormV3)HÒ×¦ñºƒPŒ
res4d_branch2c/Conv2Dí×¦ñºƒ Ç(ÇBYres4d_branch2c/Conv2D = Conv2D(res4d_branch2b_relu/Relu, res4d_branch2c/kernel/read_S109)Hí×¦ñºƒPÀ
bn4d_branch2c/FusedBatchNormV3´Ú¦ñºƒ {({B…bn4d_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4d_branch2c/Conv2D, bn4d_branch2c/gamma/read_S110, bn4d_branch2c/beta/read_S111)H´Ú¦ñºƒPg
	res4d/add¯Û¦ñºƒ t(tBBres4d/add = AddV2(bn4d_branch2c/FusedBatchNormV3, res4c_relu/Relu)H¯Û¦ñºƒPL
res4d_relu/Relu£Ü¦ñºƒ R(RB!res4d_relu/Relu = Relu(res4d/add)H£Ü¦ñºƒPƒ
res4e_branch2a/Conv2DõÜ¦ñºƒ Ó(ÓBPres4e_branch2a/Conv2D = Conv2D(res4d_relu/Relu, res4e_branch2a/kernel/read_S112)HõÜ¦ñºƒPÀ
bn4e_branch2a/FusedBatchNormV3Èß¦ñºƒ !(!B…bn4e_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4e_branch2a/Conv2D, bn4e_branch2a/gamma/read_S113, bn4e_branch2a/beta/read_S114)HÈß¦ñºƒPs
res4e_branch2a_relu/Reluéß¦ñºƒ (B?res4e_branch2a_relu/Relu = Relu(bn4e_branch2a/FusedBatchNormV3)Héß¦ñºƒPŒ
res4e_branch2b/Conv2D‚à¦ñºƒ í(íBYres4e_branch2b/Conv2D = Conv2D(res4e_branch2a_relu/Relu, res4e_branch2b/kernel/read_S115)H‚à¦ñºƒPÀ
bn4e_branch2b/FusedBatchNormV3ïå¦ñºƒ "("B…bn4e_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4e_branch2b/Conv2D, bn4e_branch2b/gamma/read_S116, bn4e_branch2b/beta/read_S117)Hïå¦ñºƒPs
res4e_branch2b_relu/Relu‘æ¦ñºƒ (B?res4e_branch2b_relu/Relu = Relu(bn4e_branch2b/FusedBatchNormV3)H‘æ¦ñºƒPŒ
res4e_branch2c/Conv2D«æ¦ñºƒ Å(ÅBYres4e_branch2c/Conv2D = Conv2D(res4e_branch2b_relu/Relu, res4e_branch2c/kernel/read_S118)H«æ¦ñºƒPÀ
bn4e_branch2c/FusedBatchNormV3ğè¦ñºƒ p(pB…bn4e_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4e_branch2c/Conv2D, bn4e_branch2c/gamma/read_S119, bn4e_branch2c/beta/read_S120)Hğè¦ñºƒPg
	res4e/addàé¦ñºƒ q(qBBres4e/add = AddV2(bn4e_branch2c/FusedBatchNormV3, res4d_relu/Relu)Hàé¦ñºƒPL
res4e_relu/ReluÑê¦ñºƒ N(NB!res4e_relu/Relu = Relu(res4e/add)HÑê¦ñºƒPƒ
res4f_branch2a/Conv2DŸë¦ñºƒ Î(ÎBPres4f_branch2a/Conv2D = Conv2D(res4e_relu/Relu, res4f_branch2a/kernel/read_S121)HŸë¦ñºƒPÀ
bn4f_branch2a/FusedBatchNormV3íí¦ñºƒ $($B…bn4f_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4f_branch2a/Conv2D, bn4f_branch2a/gamma/read_S122, bn4f_branch2a/beta/read_S123)Híí¦ñºƒPs
res4f_branch2a_relu/Relu‘î¦ñºƒ (B?res4f_branch2a_relu/Relu = Relu(bn4f_branch2a/FusedBatchNormV3)H‘î¦ñºƒPŒ
res4f_branch2b/Conv2D¬î¦ñºƒ ú(úBYres4f_branch2b/Conv2D = Conv2D(res4f_branch2a_relu/Relu, res4f_branch2b/kernel/read_S124)H¬î¦ñºƒPÀ
bn4f_branch2b/FusedBatchNormV3¦ô¦ñºƒ $($B…bn4f_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4f_branch2b/Conv2D, bn4f_branch2b/gamma/read_S125, bn4f_branch2b/beta/read_S126)H¦ô¦ñºƒPs
res4f_branch2b_relu/ReluÊô¦ñºƒ (B?res4f_branch2b_relu/Relu = Relu(bn4f_branch2b/FusedBatchNormV3)HÊô¦ñºƒPŒ
res4f_branch2c/Conv2Däô¦ñºƒ Ù(ÙBYres4f_branch2c/Conv2D = Conv2D(res4f_branch2b_relu/Relu, res4f_branch2c/kernel/read_S127)Häô¦ñºƒPÀ
bn4f_branch2c/FusedBatchNormV3½÷¦ñºƒ v(vB…bn4f_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4f_branch2c/Conv2D, bn4f_branch2c/gamma/read_S128, bn4f_branch2c/beta/read_S129)H½÷¦ñºƒPg
	res4f/add³ø¦ñºƒ u(uBBres4f/add = AddV2(bn4f_branch2c/FusedBatchNormV3, res4e_relu/Relu)H³ø¦ñºƒPL
res4f_relu/Relu¨ù¦ñºƒ N(NB!res4f_relu/Relu = Relu(res4f/add)H¨ù¦ñºƒPƒ
res5a_branch2a/Conv2Döù¦ñºƒ ±(±BPres5a_branch2a/Conv2D = Conv2D(res4f_relu/Relu, res5a_branch2a/kernel/read_S130)Höù¦ñºƒPÀ
bn5a_branch2a/FusedBatchNormV3§ÿ¦ñºƒ @(@B…bn5a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch2a/Conv2D, bn5a_branch2a/gamma/read_S131, bn5a_branch2a/beta/read_S132)H§ÿ¦ñºƒPs
res5a_branch2a_relu/Reluçÿ¦ñºƒ -(-B?res5a_branch2a_relu/Relu = Relu(bn5a_branch2a/FusedBatchNormV3)Hçÿ¦ñºƒPŒ
res5a_branch2b/Conv2D¢·¨ñºƒ ı(ıBYres5a_branch2b/Conv2D = Conv2D(res5a_branch2a_relu/Relu, res5a_branch2b/kernel/read_S133)H¢·¨ñºƒPÀ
bn5a_branch2b/FusedBatchNormV3Ÿ½¨ñºƒ (B…bn5a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch2b/Conv2D, bn5a_branch2b/gamma/read_S134, bn5a_branch2b/beta/read_S135)HŸ½¨ñºƒPs
res5a_branch2b_relu/Relu´½¨ñºƒ (B?res5a_branch2b_relu/Relu = Relu(bn5a_branch2b/FusedBatchNormV3)H´½¨ñºƒPŒ
res5a_branch2c/Conv2DÄ½¨ñºƒ À(ÀBYres5a_branch2c/Conv2D = Conv2D(res5a_branch2b_relu/Relu, res5a_branch2c/kernel/read_S136)HÄ½¨ñºƒPÀ
bn5a_branch2c/FusedBatchNormV3„À¨ñºƒ A(AB…bn5a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch2c/Conv2D, bn5a_branch2c/gamma/read_S137, bn5a_branch2c/beta/read_S138)H„À¨ñºƒP€
res5a_branch1/Conv2DÅÀ¨ñºƒ (BNres5a_branch1/Conv2D = Conv2D(res4f_relu/Relu, res5a_branch1/kernel/read_S139)HÅÀ¨ñºƒP»
bn5a_branch1/FusedBatchNormV3ÓÅ¨ñºƒ B(BBbn5a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch1/Conv2D, bn5a_branch1/gamma/read_S140, bn5a_branch1/beta/read_S141)HÓÅ¨ñºƒPu
	res5a/add•Æ¨ñºƒ @(@BPres5a/add = AddV2(bn5a_branch2c/FusedBatchNormV3, bn5a_branch1/FusedBatchNormV3)H•Æ¨ñºƒPL
res5a_relu/ReluÕÆ¨ñºƒ -(-B!res5a_relu/Relu = Relu(res5a/add)HÕÆ¨ñºƒPƒ
res5b_branch2a/Conv2D‚Ç¨ñºƒ Ñ(ÑBPres5b_branch2a/Conv2D = Conv2D(res5a_relu/Relu, res5b_branch2a/kernel/read_S142)H‚Ç¨ñºƒPÀ
bn5b_branch2a/FusedBatchNormV3ÓÉ¨ñºƒ (B…bn5b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res5b_branch2a/Conv2D, bn5b_branch2a/gamma/read_S143, bn5b_branch2a/beta/read_S144)HÓÉ¨ñºƒPs
res5b_branch2a_relu/ReluéÉ¨ñºƒ (B?res5b_branch2a_relu/Relu = Relu(bn5b_branch2a/FusedBatchNormV3)HéÉ¨ñºƒPŒ
res5b_branch2b/Conv2DúÉ¨ñºƒ Í(ÍBYres5b_branch2b/Conv2D = Conv2D(res5b_branch2a_relu/Relu, res5b_branch2b/kernel/read_S145)HúÉ¨ñºƒPÀ
bn5b_branch2b/FusedBatchNormV3ÇÏ¨ñºƒ (B…bn5b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res5b_branch2b/Conv2D, bn5b_branch2b/gamma/read_S146, bn5b_branch2b/beta/read_S147)HÇÏ¨ñºƒPs
res5b_branch2b_relu/ReluİÏ¨ñºƒ (B?res5b_branch2b_relu/Relu = Relu(bn5b_branch2b/FusedBatchNormV3)HİÏ¨ñºƒPŒ
res5b_branch2c/Conv2DíÏ¨ñºƒ Ã(ÃBYres5b_branch2c/Conv2D = Conv2D(res5b_branch2b_relu/Relu, res5b_branch2c/kernel/read_S148)HíÏ¨ñºƒPÀ
bn5b_branch2c/FusedBatchNormV3°Ò¨ñºƒ A(AB…bn5b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res5b_branch2c/Conv2D, bn5b_branch2c/gamma/read_S149, bn5b_branch2c/beta/read_S150)H°Ò¨ñºƒPg
	res5b/addñÒ¨ñºƒ ?(?BBres5b/add = AddV2(bn5b_branch2c/FusedBatchNormV3, res5a_relu/Relu)HñÒ¨ñºƒPL
res5b_relu/Relu°Ó¨ñºƒ (((B!res5b_relu/Relu = Relu(res5b/add)H°Ó¨ñºƒPƒ
res5c_branch2a/Conv2DØÓ¨ñºƒ å(åBPres5c_branch2a/Conv2D = Conv2D(res5b_relu/Relu, res5c_branch2a/kernel/read_S151)HØÓ¨ñºƒPÀ
bn5c_branch2a/FusedBatchNormV3½Ö¨ñºƒ (B…bn5c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res5c_branch2a/Conv2D, bn5c_branch2a/gamma/read_S152, bn5c_branch2a/beta/read_S153)H½Ö¨ñºƒPs
res5c_branch2a_relu/ReluÓÖ¨ñºƒ (B?res5c_branch2a_relu/Relu = Relu(bn5c_branch2a/FusedBatchNormV3)HÓÖ¨ñºƒPŒ
res5c_branch2b/Conv2DäÖ¨ñºƒ †(†BYres5c_branch2b/Conv2D = Conv2D(res5c_branch2a_relu/Relu, res5c_branch2b/kernel/read_S154)HäÖ¨ñºƒPÀ
bn5c_branch2b/FusedBatchNormV3êÜ¨ñºƒ (B…bn5c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res5c_branch2b/Conv2D, bn5c_branch2b/gamma/read_S155, bn5c_branch2b/beta/read_S156)HêÜ¨ñºƒPs
res5c_branch2b_relu/Relu€İ¨ñºƒ (B?res5c_branch2b_relu/Relu = Relu(bn5c_branch2b/FusedBatchNormV3)H€İ¨ñºƒPŒ
res5c_branch2c/Conv2D‘İ¨ñºƒ Ì(ÌBYres5c_branch2c/Conv2D = Conv2D(res5c_branch2b_relu/Relu, res5c_branch2c/kernel/read_S157)H‘İ¨ñºƒPÀ
bn5c_branch2c/FusedBatchNormV3İß¨ñºƒ @(@B…bn5c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res5c_branch2c/Conv2D, bn5c_branch2c/gamma/read_S158, bn5c_branch2c/beta/read_S159)Hİß¨ñºƒPg
	res5c/addà¨ñºƒ B(BBBres5c/add = AddV2(bn5c_branch2c/FusedBatchNormV3, res5b_relu/Relu)Hà¨ñºƒPL
res5c_relu/Relußà¨ñºƒ .(.B!res5c_relu/Relu = Relu(res5c/add)Hßà¨ñºƒPN
avg_pool/Meaná¨ñºƒ (B%avg_pool/Mean = Mean(res5c_relu/Relu)Há¨ñºƒPg
fc1000/MatMul¨á¨ñºƒ (B>fc1000/MatMul = MatMul(avg_pool/Mean, fc1000/kernel/read_S160)H¨á¨ñºƒPh
fc1000/BiasAdd½á¨ñºƒ (B>fc1000/BiasAdd = BiasAdd(fc1000/MatMul, fc1000/bias/read_S161)H½á¨ñºƒP˜
"loss/SoftmaxCrossEntropyWithLogitsÅá¨ñºƒ 	(	BZloss/SoftmaxCrossEntropyWithLogits = SoftmaxCrossEntropyWithLogits(fc1000/BiasAdd, labels)HÅá¨ñºƒPƒ
gradients/fc1000/bias_gradÎá¨ñºƒ (BMgradients/fc1000/bias_grad = BackpropGrad(loss/SoftmaxCrossEntropyWithLogits)HÎá¨ñºƒP
gradients/fc1000/kernel_gradÖá¨ñºƒ 6(6BGgradients/fc1000/kernel_grad = BackpropGrad(gradients/fc1000/bias_grad)HÖá¨ñºƒP‹
!gradients/bn5c_branch2c/beta_gradŒâ¨ñºƒ (BNgradients/bn5c_branch2c/beta_grad = BackpropGrad(gradients/fc1000/kernel_grad)HŒâ¨ñºƒP”
"gradients/bn5c_branch2c/gamma_grad¦â¨ñºƒ (BTgradients/bn5c_branch2c/gamma_grad = BackpropGrad(gradients/bn5c_branch2c/beta_grad)H¦â¨ñºƒP™
$gradients/res5c_branch2c/kernel_gradµã¨ñºƒ ¥(¥BWgradients/res5c_branch2c/kernel_grad = BackpropGrad(gradients/bn5c_branch2c/gamma_grad)Hµã¨ñºƒP“
!gradients/bn5c_branch2b/beta_gradÚè¨ñºƒ (BVgradients/bn5c_branch2b/beta_grad = BackpropGrad(gradients/res5c_branch2c/kernel_grad)HÚè¨ñºƒP’
"gradients/bn5c_branch2b/gamma_gradåè¨ñºƒ '('BTgradients/bn5c_branch2b/gamma_grad = BackpropGrad(gradients/bn5c_branch2b/beta_grad)Håè¨ñºƒP™
$gradients/res5c_branch2b/kernel_gradŒé¨ñºƒ ‘(‘BWgradients/res5c_branch2b/kernel_grad = BackpropGrad(gradients/bn5c_branch2b/gamma_grad)HŒé¨ñºƒP“
!gradients/bn5c_branch2a/beta_gradô¨ñºƒ (BVgradients/bn5c_branch2a/beta_grad = BackpropGrad(gradients/res5c_branch2b/kernel_grad)Hô¨ñºƒP’
"gradients/bn5c_branch2a/gamma_grad©ô¨ñºƒ '('BTgradients/bn5c_branch2a/gamma_grad = BackpropGrad(gradients/bn5c_branch2a/beta_grad)H©ô¨ñºƒP™
$gradients/res5c_branch2a/kernel_gradĞô¨ñºƒ “(“BWgradients/res5c_branch2a/kernel_grad = BackpropGrad(gradients/bn5c_branch2a/gamma_grad)HĞô¨ñºƒP“
!gradients/bn5b_branch2c/beta_gradãù¨ñºƒ (BVgradients/bn5b_branch2c/beta_grad = BackpropGrad(gradients/res5c_branch2a/kernel_grad)Hãù¨ñºƒP”
"gradients/bn5b_branch2c/gamma_gradşù¨ñºƒ †(†BTgradients/bn5b_branch2c/gamma_grad = BackpropGrad(gradients/bn5b_branch2c/beta_grad)Hşù¨ñºƒP™
$gradients/res5b_branch2c/kernel_grad„û¨ñºƒ Ÿ(ŸBWgradients/res5b_branch2c/kernel_grad = BackpropGrad(gradients/bn5b_branch2c/gamma_grad)H„û¨ñºƒP“
!gradients/bn5b_branch2b/beta_grad£€©ñºƒ (BVgradients/bn5b_branch2b/beta_grad = BackpropGrad(gradients/res5b_branch2c/kernel_grad)H£€©ñºƒP’
"gradients/bn5b_branch2b/gamma_grad¯€©ñºƒ '('BTgradients/bn5b_branch2b/gamma_grad = BackpropGrad(gradients/bn5b_branch2b/beta_grad)H¯€©ñºƒP™
$gradients/res5b_branch2b/kernel_gradÖ€©ñºƒ ²(²BWgradients/res5b_branch2b/kernel_grad = BackpropGrad(gradients/bn5b_branch2b/gamma_grad)HÖ€©ñºƒP“
!gradients/bn5b_branch2a/beta_gradˆŒ©ñºƒ (BVgradients/bn5b_branch2a/beta_grad = BackpropGrad(gradients/res5b_branch2b/kernel_grad)HˆŒ©ñºƒP’
"gradients/bn5b_branch2a/gamma_grad•Œ©ñºƒ )()BTgradients/bn5b_branch2a/gamma_grad = BackpropGrad(gradients/bn5b_branch2a/beta_grad)H•Œ©ñºƒP™
$gradients/res5b_branch2a/kernel_grad¾Œ©ñºƒ ë(ëBWgradients/res5b_branch2a/kernel_grad = BackpropGrad(gradients/bn5b_branch2a/gamma_grad)H¾Œ©ñºƒP‘
 gradients/bn5a_branch1/beta_grad©‘©ñºƒ (BUgradients/bn5a_branch1/beta_grad = BackpropGrad(gradients/res5b_branch2a/kernel_grad)H©‘©ñºƒP
!gradients/bn5a_branch1/gamma_gradÃ‘©ñºƒ N(NBRgradients/bn5a_branch1/gamma_grad = BackpropGrad(gradients/bn5a_branch1/beta_grad)HÃ‘©ñºƒP–
#gradients/res5a_branch1/kernel_grad‘’©ñºƒ …
(…
BUgradients/res5a_branch1/kernel_grad = BackpropGrad(gradients/bn5a_branch1/gamma_grad)H‘’©ñºƒP’
!gradients/bn5a_branch2c/beta_grad–œ©ñºƒ (BUgradients/bn5a_branch2c/beta_grad = BackpropGrad(gradients/res5a_branch1/kernel_grad)H–œ©ñºƒP”
"gradients/bn5a_branch2c/gamma_grad¯œ©ñºƒ Š(ŠBTgradients/bn5a_branch2c/gamma_grad = BackpropGrad(gradients/bn5a_branch2c/beta_grad)H¯œ©ñºƒP™
$gradients/res5a_branch2c/kernel_grad¹©ñºƒ ƒ(ƒBWgradients/res5a_branch2c/kernel_grad = BackpropGrad(gradients/bn5a_branch2c/gamma_grad)H¹©ñºƒP“
!gradients/bn5a_branch2b/beta_grad¼¢©ñºƒ (BVgradients/bn5a_branch2b/beta_grad = BackpropGrad(gradients/res5a_branch2c/kernel_grad)H¼¢©ñºƒP’
"gradients/bn5a_branch2b/gamma_gradÈ¢©ñºƒ '('BTgradients/bn5a_branch2b/gamma_grad = BackpropGrad(gradients/bn5a_branch2b/beta_grad)HÈ¢©ñºƒP™
$gradients/res5a_branch2b/kernel_gradï¢©ñºƒ ˆ(ˆBWgradients/res5a_branch2b/kernel_grad = BackpropGrad(gradients/bn5a_branch2b/gamma_grad)Hï¢©ñºƒP“
!gradients/bn5a_branch2a/beta_grad÷®©ñºƒ (BVgradients/bn5a_branch2a/beta_grad = BackpropGrad(gradients/res5a_branch2b/kernel_grad)H÷®©ñºƒP”
"gradients/bn5a_branch2a/gamma_grad’¯©ñºƒ (BTgradients/bn5a_branch2a/gamma_grad = BackpropGrad(gradients/bn5a_branch2a/beta_grad)H’¯©ñºƒP™
$gradients/res5a_branch2a/kernel_grad °©ñºƒ è
(è
BWgradients/res5a_branch2a/kernel_grad = BackpropGrad(gradients/bn5a_branch2a/gamma_grad)H °©ñºƒP“
!gradients/bn4f_branch2c/beta_gradˆ»©ñºƒ *(*BVgradients/bn4f_branch2c/beta_grad = BackpropGrad(gradients/res5a_branch2a/kernel_grad)Hˆ»©ñºƒP”
"gradients/bn4f_branch2c/gamma_grad²»©ñºƒ ı(ıBTgradients/bn4f_branch2c/gamma_grad = BackpropGrad(gradients/bn4f_branch2c/beta_grad)H²»©ñºƒP™
$gradients/res4f_branch2c/kernel_grad¯½©ñºƒ Œ(ŒBWgradients/res4f_branch2c/kernel_grad = BackpropGrad(gradients/bn4f_branch2c/gamma_grad)H¯½©ñºƒP“
!gradients/bn4f_branch2b/beta_grad»Â©ñºƒ (BVgradients/bn4f_branch2b/beta_grad = BackpropGrad(gradients/res4f_branch2c/kernel_grad)H»Â©ñºƒP’
"gradients/bn4f_branch2b/gamma_gradÌÂ©ñºƒ H(HBTgradients/bn4f_branch2b/gamma_grad = BackpropGrad(gradients/bn4f_branch2b/beta_grad)HÌÂ©ñºƒP™
$gradients/res4f_branch2b/kernel_grad”Ã©ñºƒ —(—BWgradients/res4f_branch2b/kernel_grad = BackpropGrad(gradients/bn4f_branch2b/gamma_grad)H”Ã©ñºƒP“
!gradients/bn4f_branch2a/beta_grad«Ï©ñºƒ (BVgradients/bn4f_branch2a/beta_grad = BackpropGrad(gradients/res4f_branch2b/kernel_grad)H«Ï©ñºƒP’
"gradients/bn4f_branch2a/gamma_grad»Ï©ñºƒ G(GBTgradients/bn4f_branch2a/gamma_grad = BackpropGrad(gradients/bn4f_branch2a/beta_grad)H»Ï©ñºƒP™
$gradients/res4f_branch2a/kernel_grad‚Ğ©ñºƒ –(–BWgradients/res4f_branch2a/kernel_grad = BackpropGrad(gradients/bn4f_branch2a/gamma_grad)H‚Ğ©ñºƒP“
!gradients/bn4e_branch2c/beta_grad˜Õ©ñºƒ ,(,BVgradients/bn4e_branch2c/beta_grad = BackpropGrad(gradients/res4f_branch2a/kernel_grad)H˜Õ©ñºƒP”
"gradients/bn4e_branch2c/gamma_gradÄÕ©ñºƒ ”(”BTgradients/bn4e_branch2c/gamma_grad = BackpropGrad(gradients/bn4e_branch2c/beta_grad)HÄÕ©ñºƒP™
$gradients/res4e_branch2c/kernel_gradØ×©ñºƒ (BWgradients/res4e_branch2c/kernel_grad = BackpropGrad(gradients/bn4e_branch2c/gamma_grad)HØ×©ñºƒP“
!gradients/bn4e_branch2b/beta_gradõÜ©ñºƒ (BVgradients/bn4e_branch2b/beta_grad = BackpropGrad(gradients/res4e_branch2c/kernel_grad)HõÜ©ñºƒP’
"gradients/bn4e_branch2b/gamma_grad†İ©ñºƒ K(KBTgradients/bn4e_branch2b/gamma_grad = BackpropGrad(gradients/bn4e_branch2b/beta_grad)H†İ©ñºƒP™
$gradients/res4e_branch2b/kernel_gradÑİ©ñºƒ ±(±BWgradients/res4e_branch2b/kernel_grad = BackpropGrad(gradients/bn4e_branch2b/gamma_grad)HÑİ©ñºƒP“
!gradients/bn4e_branch2a/beta_grad‚é©ñºƒ (BVgradients/bn4e_branch2a/beta_grad = BackpropGrad(gradients/res4e_branch2b/kernel_grad)H‚é©ñºƒP’
"gradients/bn4e_branch2a/gamma_grad“é©ñºƒ D(DBTgradients/bn4e_branch2a/gamma_grad = BackpropGrad(gradients/bn4e_branch2a/beta_grad)H“é©ñºƒP™
$gradients/res4e_branch2a/kernel_grad×é©ñºƒ ­(­BWgradients/res4e_branch2a/kernel_grad = BackpropGrad(gradients/bn4e_branch2a/gamma_grad)H×é©ñºƒP“
!gradients/bn4d_branch2c/beta_grad„ï©ñºƒ -(-BVgradients/bn4d_branch2c/beta_grad = BackpropGrad(gradients/res4e_branch2a/kernel_grad)H„ï©ñºƒP”
"gradients/bn4d_branch2c/gamma_grad±ï©ñºƒ ş(şBTgradients/bn4d_branch2c/gamma_grad = BackpropGrad(gradients/bn4d_branch2c/beta_grad)H±ï©ñºƒP™
$gradients/res4d_branch2c/kernel_grad¯ñ©ñºƒ £(£BWgradients/res4d_branch2c/kernel_grad = BackpropGrad(gradients/bn4d_branch2c/gamma_grad)H¯ñ©ñºƒP“
!gradients/bn4d_branch2b/beta_gradÒö©ñºƒ (BVgradients/bn4d_branch2b/beta_grad = BackpropGrad(gradients/res4d_branch2c/kernel_grad)HÒö©ñºƒP’
"gradients/bn4d_branch2b/gamma_gradãö©ñºƒ B(BBTgradients/bn4d_branch2b/gamma_grad = BackpropGrad(gradients/bn4d_branch2b/beta_grad)Hãö©ñºƒP™
$gradients/res4d_branch2b/kernel_grad¥÷©ñºƒ ¼(¼BWgradients/res4d_branch2b/kernel_grad = BackpropGrad(gradients/bn4d_branch2b/gamma_grad)H¥÷©ñºƒP“
!gradients/bn4d_branch2a/beta_gradá‚ªñºƒ (BVgradients/bn4d_branch2a/beta_grad = BackpropGrad(gradients/res4d_branch2b/kernel_grad)Há‚ªñºƒP’
"gradients/bn4d_branch2a/gamma_gradò‚ªñºƒ I(IBTgradients/bn4d_branch2a/gamma_grad = BackpropGrad(gradients/bn4d_branch2a/beta_grad)Hò‚ªñºƒP™
$gradients/res4d_branch2a/kernel_grad»ƒªñºƒ œ(œBWgradients/res4d_branch2a/kernel_grad = BackpropGrad(gradients/bn4d_branch2a/gamma_grad)H»ƒªñºƒP“
!gradients/bn4c_branch2c/beta_grad×ˆªñºƒ -(-BVgradients/bn4c_branch2c/beta_grad = BackpropGrad(gradients/res4d_branch2a/kernel_grad)H×ˆªñºƒP”
"gradients/bn4c_branch2c/gamma_grad„‰ªñºƒ ‘(‘BTgradients/bn4c_branch2c/gamma_grad = BackpropGrad(gradients/bn4c_branch2c/beta_grad)H„‰ªñºƒP™
$gradients/res4c_branch2c/kernel_grad•‹ªñºƒ ë(ëBWgradients/res4c_branch2c/kernel_grad = BackpropGrad(gradients/bn4c_branch2c/gamma_grad)H•‹ªñºƒP“
!gradients/bn4c_branch2b/beta_grad€ªñºƒ (BVgradients/bn4c_branch2b/beta_grad = BackpropGrad(gradients/res4c_branch2c/kernel_grad)H€ªñºƒP’
"gradients/bn4c_branch2b/gamma_grad‘ªñºƒ G(GBTgradients/bn4c_branch2b/gamma_grad = BackpropGrad(gradients/bn4c_branch2b/beta_grad)H‘ªñºƒP™
$gradients/res4c_branch2b/kernel_gradØªñºƒ ½(½BWgradients/res4c_branch2b/kernel_grad = BackpropGrad(gradients/bn4c_branch2b/gamma_grad)HØªñºƒP“
!gradients/bn4c_branch2a/beta_grad•œªñºƒ (BVgradients/bn4c_branch2a/beta_grad = BackpropGrad(gradients/res4c_branch2b/kernel_grad)H•œªñºƒP’
"gradients/bn4c_branch2a/gamma_grad¦œªñºƒ H(HBTgradients/bn4c_branch2a/gamma_grad = BackpropGrad(gradients/bn4c_branch2a/beta_grad)H¦œªñºƒP™
$gradients/res4c_branch2a/kernel_gradîœªñºƒ †(†BWgradients/res4c_branch2a/kernel_grad = BackpropGrad(gradients/bn4c_branch2a/gamma_grad)HîœªñºƒP“
!gradients/bn4b_branch2c/beta_gradô¡ªñºƒ +(+BVgradients/bn4b_branch2c/beta_grad = BackpropGrad(gradients/res4c_branch2a/kernel_grad)Hô¡ªñºƒP”
"gradients/bn4b_branch2c/gamma_gradŸ¢ªñºƒ Œ(ŒBTgradients/bn4b_branch2c/gamma_grad = BackpropGrad(gradients/bn4b_branch2c/beta_grad)HŸ¢ªñºƒP™
$gradients/res4b_branch2c/kernel_grad«¤ªñºƒ (BWgradients/res4b_branch2c/kernel_grad = BackpropGrad(gradients/bn4b_branch2c/gamma_grad)H«¤ªñºƒP“
!gradients/bn4b_branch2b/beta_grad¸©ªñºƒ (BVgradients/bn4b_branch2b/beta_grad = BackpropGrad(gradients/res4b_branch2c/kernel_grad)H¸©ªñºƒP’
"gradients/bn4b_branch2b/gamma_gradÉ©ªñºƒ H(HBTgradients/bn4b_branch2b/gamma_grad = BackpropGrad(gradients/bn4b_branch2b/beta_grad)HÉ©ªñºƒP™
$gradients/res4b_branch2b/kernel_grad‘ªªñºƒ Œ(ŒBWgradients/res4b_branch2b/kernel_grad = BackpropGrad(gradients/bn4b_branch2b/gamma_grad)H‘ªªñºƒP“
!gradients/bn4b_branch2a/beta_grad¶ªñºƒ (BVgradients/bn4b_branch2a/beta_grad = BackpropGrad(gradients/res4b_branch2b/kernel_grad)H¶ªñºƒP’
"gradients/bn4b_branch2a/gamma_grad¯¶ªñºƒ G(GBTgradients/bn4b_branch2a/gamma_grad = BackpropGrad(gradients/bn4b_branch2a/beta_grad)H¯¶ªñºƒP™
$gradients/res4b_branch2a/kernel_gradö¶ªñºƒ ¾(¾BWgradients/res4b_branch2a/kernel_grad = BackpropGrad(gradients/bn4b_branch2a/gamma_grad)Hö¶ªñºƒP‘
 gradients/bn4a_branch1/beta_grad´¼ªñºƒ ,(,BUgradients/bn4a_branch1/beta_grad = BackpropGrad(gradients/res4b_branch2a/kernel_grad)H´¼ªñºƒP‘
!gradients/bn4a_branch1/gamma_gradà¼ªñºƒ š(šBRgradients/bn4a_branch1/gamma_grad = BackpropGrad(gradients/bn4a_branch1/beta_grad)Hà¼ªñºƒP–
#gradients/res4a_branch1/kernel_gradú½ªñºƒ œ
(œ
BUgradients/res4a_branch1/kernel_grad = BackpropGrad(gradients/bn4a_branch1/gamma_grad)Hú½ªñºƒP’
!gradients/bn4a_branch2c/beta_grad–Èªñºƒ -(-BUgradients/bn4a_branch2c/beta_grad = BackpropGrad(gradients/res4a_branch1/kernel_grad)H–ÈªñºƒP”
"gradients/bn4a_branch2c/gamma_gradÃÈªñºƒ €(€BTgradients/bn4a_branch2c/gamma_grad = BackpropGrad(gradients/bn4a_branch2c/beta_grad)HÃÈªñºƒP™
$gradients/res4a_branch2c/kernel_gradÃÊªñºƒ ¥(¥BWgradients/res4a_branch2c/kernel_grad = BackpropGrad(gradients/bn4a_branch2c/gamma_grad)HÃÊªñºƒP“
!gradients/bn4a_branch2b/beta_gradèÏªñºƒ (BVgradients/bn4a_branch2b/beta_grad = BackpropGrad(gradients/res4a_branch2c/kernel_grad)HèÏªñºƒP’
"gradients/bn4a_branch2b/gamma_gradúÏªñºƒ J(JBTgradients/bn4a_branch2b/gamma_grad = BackpropGrad(gradients/bn4a_branch2b/beta_grad)HúÏªñºƒP™
$gradients/res4a_branch2b/kernel_gradÄĞªñºƒ Ğ(ĞBWgradients/res4a_branch2b/kernel_grad = BackpropGrad(gradients/bn4a_branch2b/gamma_grad)HÄĞªñºƒP“
!gradients/bn4a_branch2a/beta_grad”Üªñºƒ -(-BVgradients/bn4a_branch2a/beta_grad = BackpropGrad(gradients/res4a_branch2b/kernel_grad)H”ÜªñºƒP”
"gradients/bn4a_branch2a/gamma_gradÁÜªñºƒ (BTgradients/bn4a_branch2a/gamma_grad = BackpropGrad(gradients/bn4a_branch2a/beta_grad)HÁÜªñºƒP™
$gradients/res4a_branch2a/kernel_gradÂŞªñºƒ ´
(´
BWgradients/res4a_branch2a/kernel_grad = BackpropGrad(gradients/bn4a_branch2a/gamma_grad)HÂŞªñºƒP“
!gradients/bn3d_branch2c/beta_gradöèªñºƒ Q(QBVgradients/bn3d_branch2c/beta_grad = BackpropGrad(gradients/res4a_branch2a/kernel_grad)HöèªñºƒP”
"gradients/bn3d_branch2c/gamma_gradÇéªñºƒ Ÿ(ŸBTgradients/bn3d_branch2c/gamma_grad = BackpropGrad(gradients/bn3d_branch2c/beta_grad)HÇéªñºƒP™
$gradients/res3d_branch2c/kernel_gradæíªñºƒ (BWgradients/res3d_branch2c/kernel_grad = BackpropGrad(gradients/bn3d_branch2c/gamma_grad)HæíªñºƒP“
!gradients/bn3d_branch2b/beta_gradçòªñºƒ (BVgradients/bn3d_branch2b/beta_grad = BackpropGrad(gradients/res3d_branch2c/kernel_grad)HçòªñºƒP”
"gradients/bn3d_branch2b/gamma_gradóªñºƒ (BTgradients/bn3d_branch2b/gamma_grad = BackpropGrad(gradients/bn3d_branch2b/beta_grad)HóªñºƒP™
$gradients/res3d_branch2b/kernel_grad‘ôªñºƒ ß(ßBWgradients/res3d_branch2b/kernel_grad = BackpropGrad(gradients/bn3d_branch2b/gamma_grad)H‘ôªñºƒP“
!gradients/bn3d_branch2a/beta_gradğÿªñºƒ (BVgradients/bn3d_branch2a/beta_grad = BackpropGrad(gradients/res3d_branch2b/kernel_grad)HğÿªñºƒP”
"gradients/bn3d_branch2a/gamma_grad‰€«ñºƒ Œ(ŒBTgradients/bn3d_branch2a/gamma_grad = BackpropGrad(gradients/bn3d_branch2a/beta_grad)H‰€«ñºƒP™
$gradients/res3d_branch2a/kernel_grad•«ñºƒ ©(©BWgradients/res3d_branch2a/kernel_grad = BackpropGrad(gradients/bn3d_branch2a/gamma_grad)H•«ñºƒP“
!gradients/bn3c_branch2c/beta_grad¾†«ñºƒ M(MBVgradients/bn3c_branch2c/beta_grad = BackpropGrad(gradients/res3d_branch2a/kernel_grad)H¾†«ñºƒP”
"gradients/bn3c_branch2c/gamma_grad‹‡«ñºƒ ¬(¬BTgradients/bn3c_branch2c/gamma_grad = BackpropGrad(gradients/bn3c_branch2c/beta_grad)H‹‡«ñºƒP™
$gradients/res3c_branch2c/kernel_grad·‹«ñºƒ ¡(¡BWgradients/res3c_branch2c/kernel_grad = BackpropGrad(gradients/bn3c_branch2c/gamma_grad)H·‹«ñºƒP“
!gradients/bn3c_branch2b/beta_gradØ«ñºƒ (BVgradients/bn3c_branch2b/beta_grad = BackpropGrad(gradients/res3c_branch2c/kernel_grad)HØ«ñºƒP”
"gradients/bn3c_branch2b/gamma_gradñ«ñºƒ ’(’BTgradients/bn3c_branch2b/gamma_grad = BackpropGrad(gradients/bn3c_branch2b/beta_grad)Hñ«ñºƒP™
$gradients/res3c_branch2b/kernel_gradƒ’«ñºƒ Õ(ÕBWgradients/res3c_branch2b/kernel_grad = BackpropGrad(gradients/bn3c_branch2b/gamma_grad)Hƒ’«ñºƒP“
!gradients/bn3c_branch2a/beta_gradØ«ñºƒ (BVgradients/bn3c_branch2a/beta_grad = BackpropGrad(gradients/res3c_branch2b/kernel_grad)HØ«ñºƒP”
"gradients/bn3c_branch2a/gamma_gradò«ñºƒ ‰(‰BTgradients/bn3c_branch2a/gamma_grad = BackpropGrad(gradients/bn3c_branch2a/beta_grad)Hò«ñºƒP™
$gradients/res3c_branch2a/kernel_gradû«ñºƒ ™(™BWgradients/res3c_branch2a/kernel_grad = BackpropGrad(gradients/bn3c_branch2a/gamma_grad)Hû«ñºƒP“
!gradients/bn3b_branch2c/beta_grad”¤«ñºƒ Q(QBVgradients/bn3b_branch2c/beta_grad = BackpropGrad(gradients/res3c_branch2a/kernel_grad)H”¤«ñºƒP”
"gradients/bn3b_branch2c/gamma_gradå¤«ñºƒ š(šBTgradients/bn3b_branch2c/gamma_grad = BackpropGrad(gradients/bn3b_branch2c/beta_grad)Hå¤«ñºƒP™
$gradients/res3b_branch2c/kernel_gradÿ¨«ñºƒ š(šBWgradients/res3b_branch2c/kernel_grad = BackpropGrad(gradients/bn3b_branch2c/gamma_grad)Hÿ¨«ñºƒP“
!gradients/bn3b_branch2b/beta_grad™®«ñºƒ (BVgradients/bn3b_branch2b/beta_grad = BackpropGrad(gradients/res3b_branch2c/kernel_grad)H™®«ñºƒP”
"gradients/bn3b_branch2b/gamma_grad´®«ñºƒ ‡(‡BTgradients/bn3b_branch2b/gamma_grad = BackpropGrad(gradients/bn3b_branch2b/beta_grad)H´®«ñºƒP™
$gradients/res3b_branch2b/kernel_grad»¯«ñºƒ Ù(ÙBWgradients/res3b_branch2b/kernel_grad = BackpropGrad(gradients/bn3b_branch2b/gamma_grad)H»¯«ñºƒP“
!gradients/bn3b_branch2a/beta_grad”»«ñºƒ (BVgradients/bn3b_branch2a/beta_grad = BackpropGrad(gradients/res3b_branch2b/kernel_grad)H”»«ñºƒP”
"gradients/bn3b_branch2a/gamma_grad­»«ñºƒ ˆ(ˆBTgradients/bn3b_branch2a/gamma_grad = BackpropGrad(gradients/bn3b_branch2a/beta_grad)H­»«ñºƒP™
$gradients/res3b_branch2a/kernel_gradµ¼«ñºƒ Å(ÅBWgradients/res3b_branch2a/kernel_grad = BackpropGrad(gradients/bn3b_branch2a/gamma_grad)Hµ¼«ñºƒP‘
 gradients/bn3a_branch1/beta_gradúÁ«ñºƒ Q(QBUgradients/bn3a_branch1/beta_grad = BackpropGrad(gradients/res3b_branch2a/kernel_grad)HúÁ«ñºƒP‘
!gradients/bn3a_branch1/gamma_gradËÂ«ñºƒ (BRgradients/bn3a_branch1/gamma_grad = BackpropGrad(gradients/bn3a_branch1/beta_grad)HËÂ«ñºƒP–
#gradients/res3a_branch1/kernel_gradèÄ«ñºƒ 
(
BUgradients/res3a_branch1/kernel_grad = BackpropGrad(gradients/bn3a_branch1/gamma_grad)HèÄ«ñºƒP’
!gradients/bn3a_branch2c/beta_grad…Ï«ñºƒ P(PBUgradients/bn3a_branch2c/beta_grad = BackpropGrad(gradients/res3a_branch1/kernel_grad)H…Ï«ñºƒP”
"gradients/bn3a_branch2c/gamma_gradÕÏ«ñºƒ •(•BTgradients/bn3a_branch2c/gamma_grad = BackpropGrad(gradients/bn3a_branch2c/beta_grad)HÕÏ«ñºƒP™
$gradients/res3a_branch2c/kernel_gradêÓ«ñºƒ ›(›BWgradients/res3a_branch2c/kernel_grad = BackpropGrad(gradients/bn3a_branch2c/gamma_grad)HêÓ«ñºƒP“
!gradients/bn3a_branch2b/beta_grad…Ù«ñºƒ (BVgradients/bn3a_branch2b/beta_grad = BackpropGrad(gradients/res3a_branch2c/kernel_grad)H…Ù«ñºƒP”
"gradients/bn3a_branch2b/gamma_grad Ù«ñºƒ ‡(‡BTgradients/bn3a_branch2b/gamma_grad = BackpropGrad(gradients/bn3a_branch2b/beta_grad)H Ù«ñºƒP™
$gradients/res3a_branch2b/kernel_grad§Ú«ñºƒ à(àBWgradients/res3a_branch2b/kernel_grad = BackpropGrad(gradients/bn3a_branch2b/gamma_grad)H§Ú«ñºƒP“
!gradients/bn3a_branch2a/beta_grad‡æ«ñºƒ Q(QBVgradients/bn3a_branch2a/beta_grad = BackpropGrad(gradients/res3a_branch2b/kernel_grad)H‡æ«ñºƒP”
"gradients/bn3a_branch2a/gamma_gradØæ«ñºƒ î(îBTgradients/bn3a_branch2a/gamma_grad = BackpropGrad(gradients/bn3a_branch2a/beta_grad)HØæ«ñºƒP™
$gradients/res3a_branch2a/kernel_gradÆê«ñºƒ ¿
(¿
BWgradients/res3a_branch2a/kernel_grad = BackpropGrad(gradients/bn3a_branch2a/gamma_grad)HÆê«ñºƒP•
!gradients/bn2c_branch2c/beta_grad…õ«ñºƒ –(–BVgradients/bn2c_branch2c/beta_grad = BackpropGrad(gradients/res3a_branch2a/kernel_grad)H…õ«ñºƒP”
"gradients/bn2c_branch2c/gamma_grad›ö«ñºƒ (BTgradients/bn2c_branch2c/gamma_grad = BackpropGrad(gradients/bn2c_branch2c/beta_grad)H›ö«ñºƒP™
$gradients/res2c_branch2c/kernel_gradœş«ñºƒ —(—BWgradients/res2c_branch2c/kernel_grad = BackpropGrad(gradients/bn2c_branch2c/gamma_grad)Hœş«ñºƒP“
!gradients/bn2c_branch2b/beta_grad³ƒ¬ñºƒ +(+BVgradients/bn2c_branch2b/beta_grad = BackpropGrad(gradients/res2c_branch2c/kernel_grad)H³ƒ¬ñºƒP”
"gradients/bn2c_branch2b/gamma_gradŞƒ¬ñºƒ €(€BTgradients/bn2c_branch2b/gamma_grad = BackpropGrad(gradients/bn2c_branch2b/beta_grad)HŞƒ¬ñºƒP™
$gradients/res2c_branch2b/kernel_gradŞ…¬ñºƒ Î(ÎBWgradients/res2c_branch2b/kernel_grad = BackpropGrad(gradients/bn2c_branch2b/gamma_grad)HŞ…¬ñºƒP“
!gradients/bn2c_branch2a/beta_grad¬‘¬ñºƒ ,(,BVgradients/bn2c_branch2a/beta_grad = BackpropGrad(gradients/res2c_branch2b/kernel_grad)H¬‘¬ñºƒP”
"gradients/bn2c_branch2a/gamma_gradØ‘¬ñºƒ ‰(‰BTgradients/bn2c_branch2a/gamma_grad = BackpropGrad(gradients/bn2c_branch2a/beta_grad)HØ‘¬ñºƒP™
$gradients/res2c_branch2a/kernel_gradá“¬ñºƒ ±(±BWgradients/res2c_branch2a/kernel_grad = BackpropGrad(gradients/bn2c_branch2a/gamma_grad)Há“¬ñºƒP•
!gradients/bn2b_branch2c/beta_grad’™¬ñºƒ ›(›BVgradients/bn2b_branch2c/beta_grad = BackpropGrad(gradients/res2c_branch2a/kernel_grad)H’™¬ñºƒP”
"gradients/bn2b_branch2c/gamma_grad­š¬ñºƒ ‘(‘BTgradients/bn2b_branch2c/gamma_grad = BackpropGrad(gradients/bn2b_branch2c/beta_grad)H­š¬ñºƒP™
$gradients/res2b_branch2c/kernel_grad¾¢¬ñºƒ (BWgradients/res2b_branch2c/kernel_grad = BackpropGrad(gradients/bn2b_branch2c/gamma_grad)H¾¢¬ñºƒP“
!gradients/bn2b_branch2b/beta_gradÜ§¬ñºƒ -(-BVgradients/bn2b_branch2b/beta_grad = BackpropGrad(gradients/res2b_branch2c/kernel_grad)HÜ§¬ñºƒP”
"gradients/bn2b_branch2b/gamma_grad‰¨¬ñºƒ ÿ(ÿBTgradients/bn2b_branch2b/gamma_grad = BackpropGrad(gradients/bn2b_branch2b/beta_grad)H‰¨¬ñºƒP™
$gradients/res2b_branch2b/kernel_gradˆª¬ñºƒ ´(´BWgradients/res2b_branch2b/kernel_grad = BackpropGrad(gradients/bn2b_branch2b/gamma_grad)Hˆª¬ñºƒP“
!gradients/bn2b_branch2a/beta_grad¼µ¬ñºƒ ,(,BVgradients/bn2b_branch2a/beta_grad = BackpropGrad(gradients/res2b_branch2b/kernel_grad)H¼µ¬ñºƒP”
"gradients/bn2b_branch2a/gamma_gradèµ¬ñºƒ ‡(‡BTgradients/bn2b_branch2a/gamma_grad = BackpropGrad(gradients/bn2b_branch2a/beta_grad)Hèµ¬ñºƒP™
$gradients/res2b_branch2a/kernel_gradï·¬ñºƒ Ÿ(ŸBWgradients/res2b_branch2a/kernel_grad = BackpropGrad(gradients/bn2b_branch2a/gamma_grad)Hï·¬ñºƒP“
 gradients/bn2a_branch1/beta_grad½¬ñºƒ  ( BUgradients/bn2a_branch1/beta_grad = BackpropGrad(gradients/res2b_branch2a/kernel_grad)H½¬ñºƒP‘
!gradients/bn2a_branch1/gamma_grad®¾¬ñºƒ Ë(ËBRgradients/bn2a_branch1/gamma_grad = BackpropGrad(gradients/bn2a_branch1/beta_grad)H®¾¬ñºƒP–
#gradients/res2a_branch1/kernel_gradùÂ¬ñºƒ “(“BUgradients/res2a_branch1/kernel_grad = BackpropGrad(gradients/bn2a_branch1/gamma_grad)HùÂ¬ñºƒP”
!gradients/bn2a_branch2c/beta_gradŒÈ¬ñºƒ –(–BUgradients/bn2a_branch2c/beta_grad = BackpropGrad(gradients/res2a_branch1/kernel_grad)HŒÈ¬ñºƒP”
"gradients/bn2a_branch2c/gamma_grad¢É¬ñºƒ ñ(ñBTgradients/bn2a_branch2c/gamma_grad = BackpropGrad(gradients/bn2a_branch2c/beta_grad)H¢É¬ñºƒP™
$gradients/res2a_branch2c/kernel_grad“Ñ¬ñºƒ –(–BWgradients/res2a_branch2c/kernel_grad = BackpropGrad(gradients/bn2a_branch2c/gamma_grad)H“Ñ¬ñºƒP“
!gradients/bn2a_branch2b/beta_grad©Ö¬ñºƒ -(-BVgradients/bn2a_branch2b/beta_grad = BackpropGrad(gradients/res2a_branch2c/kernel_grad)H©Ö¬ñºƒP”
"gradients/bn2a_branch2b/gamma_gradÖÖ¬ñºƒ †(†BTgradients/bn2a_branch2b/gamma_grad = BackpropGrad(gradients/bn2a_branch2b/beta_grad)HÖÖ¬ñºƒP™
$gradients/res2a_branch2b/kernel_gradÜØ¬ñºƒ Ö(ÖBWgradients/res2a_branch2b/kernel_grad = BackpropGrad(gradients/bn2a_branch2b/gamma_grad)HÜØ¬ñºƒP“
!gradients/bn2a_branch2a/beta_grad²ä¬ñºƒ /(/BVgradients/bn2a_branch2a/beta_grad = BackpropGrad(gradients/res2a_branch2b/kernel_grad)H²ä¬ñºƒP”
"gradients/bn2a_branch2a/gamma_gradáä¬ñºƒ ˆ(ˆBTgradients/bn2a_branch2a/gamma_grad = BackpropGrad(gradients/bn2a_branch2a/beta_grad)Háä¬ñºƒP™
$gradients/res2a_branch2a/kernel_gradéæ¬ñºƒ ¬(¬BWgradients/res2a_branch2a/kernel_grad = BackpropGrad(gradients/bn2a_branch2a/gamma_grad)Héæ¬ñºƒP‹
gradients/bn_conv1/beta_grad•è¬ñºƒ ˜(˜BQgradients/bn_conv1/beta_grad = BackpropGrad(gradients/res2a_branch2a/kernel_grad)H•è¬ñºƒP…
gradients/bn_conv1/gamma_grad­é¬ñºƒ Û
(Û
BJgradients/bn_conv1/gamma_grad = BackpropGrad(gradients/bn_conv1/beta_grad)H­é¬ñºƒP‚
gradients/conv1/kernel_gradˆô¬ñºƒ ú(úBIgradients/conv1/kernel_grad = BackpropGrad(gradients/bn_conv1/gamma_grad)Hˆô¬ñºƒP
´
%/job:ps/replica:0/task:0/device:CPU:0W
conv1/kernel/read¼’£ñºƒ (B*conv1/kernel/read = Identity(conv1/kernel)H¼’£ñºƒP]
bn_conv1/gamma/read¿’£ñºƒ (B.bn_conv1/gamma/read = Identity(bn_conv1/gamma)H¿’£ñºƒPZ
bn_conv1/beta/readÂ’£ñºƒ (B,bn_conv1/beta/read = Identity(bn_conv1/beta)HÂ’£ñºƒPr
res2a_branch2a/kernel/readÅ’£ñºƒ (B<res2a_branch2a/kernel/read = Identity(res2a_branch2a/kernel)HÅ’£ñºƒPl
bn2a_branch2a/gamma/readÈ’£ñºƒ (B8bn2a_branch2a/gamma/read = Identity(bn2a_branch2a/gamma)HÈ’£ñºƒPi
bn2a_branch2a/beta/readË’£ñºƒ (B6bn2a_branch2a/beta/read = Identity(bn2a_branch2a/beta)HË’£ñºƒPr
res2a_branch2b/kernel/readÎ’£ñºƒ (B<res2a_branch2b/kernel/read = Identity(res2a_branch2b/kernel)HÎ’£ñºƒPl
bn2a_branch2b/gamma/readÑ’£ñºƒ (B8bn2a_branch2b/gamma/read = Identity(bn2a_branch2b/gamma)HÑ’£ñºƒPi
bn2a_branch2b/beta/readÔ’£ñºƒ (B6bn2a_branch2b/beta/read = Identity(bn2a_branch2b/beta)HÔ’£ñºƒPr
res2a_branch2c/kernel/read×’£ñºƒ (B<res2a_branch2c/kernel/read = Identity(res2a_branch2c/kernel)H×’£ñºƒPl
bn2a_branch2c/gamma/readÚ’£ñºƒ (B8bn2a_branch2c/gamma/read = Identity(bn2a_branch2c/gamma)HÚ’£ñºƒPi
bn2a_branch2c/beta/readİ’£ñºƒ (B6bn2a_branch2c/beta/read = Identity(bn2a_branch2c/beta)Hİ’£ñºƒPo
res2a_branch1/kernel/readà’£ñºƒ (B:res2a_branch1/kernel/read = Identity(res2a_branch1/kernel)Hà’£ñºƒPi
bn2a_branch1/gamma/readã’£ñºƒ (B6bn2a_branch1/gamma/read = Identity(bn2a_branch1/gamma)Hã’£ñºƒPf
bn2a_branch1/beta/readæ’£ñºƒ (B4bn2a_branch1/beta/read = Identity(bn2a_branch1/beta)Hæ’£ñºƒPr
res2b_branch2a/kernel/readé’£ñºƒ (B<res2b_branch2a/kernel/read = Identity(res2b_branch2a/kernel)Hé’£ñºƒPl
bn2b_branch2a/gamma/readì’£ñºƒ (B8bn2b_branch2a/gamma/read = Identity(bn2b_branch2a/gamma)Hì’£ñºƒPi
bn2b_branch2a/beta/readï’£ñºƒ (B6bn2b_branch2a/beta/read = Identity(bn2b_branch2a/beta)Hï’£ñºƒPr
res2b_branch2b/kernel/readò’£ñºƒ (B<res2b_branch2b/kernel/read = Identity(res2b_branch2b/kernel)Hò’£ñºƒPl
bn2b_branch2b/gamma/readõ’£ñºƒ (B8bn2b_branch2b/gamma/read = Identity(bn2b_branch2b/gamma)Hõ’£ñºƒPi
bn2b_branch2b/beta/readø’£ñºƒ (B6bn2b_branch2b/beta/read = Identity(bn2b_branch2b/beta)Hø’£ñºƒPr
res2b_branch2c/kernel/readû’£ñºƒ (B<res2b_branch2c/kernel/read = Identity(res2b_branch2c/kernel)Hû’£ñºƒPl
bn2b_branch2c/gamma/readş’£ñºƒ (B8bn2b_branch2c/gamma/read = Identity(bn2b_branch2c/gamma)Hş’£ñºƒPi
bn2b_branch2c/beta/read“£ñºƒ (B6bn2b_branch2c/beta/read = Identity(bn2b_branch2c/beta)H“£ñºƒPr
res2c_branch2a/kernel/read„“£ñºƒ (B<res2c_branch2a/kernel/read = Identity(res2c_branch2a/kernel)H„“£ñºƒPl
bn2c_branch2a/gamma/read‡“£ñºƒ (B8bn2c_branch2a/gamma/read = Identity(bn2c_branch2a/gamma)H‡“£ñºƒPi
bn2c_branch2a/beta/readŠ“£ñºƒ (B6bn2c_branch2a/beta/read = Identity(bn2c_branch2a/beta)HŠ“£ñºƒPr
res2c_branch2b/kernel/read“£ñºƒ (B<res2c_branch2b/kernel/read = Identity(res2c_branch2b/kernel)H“£ñºƒPl
bn2c_branch2b/gamma/read“£ñºƒ (B8bn2c_branch2b/gamma/read = Identity(bn2c_branch2b/gamma)H“£ñºƒPi
bn2c_branch2b/beta/read““£ñºƒ (B6bn2c_branch2b/beta/read = Identity(bn2c_branch2b/beta)H““£ñºƒPr
res2c_branch2c/kernel/read–“£ñºƒ (B<res2c_branch2c/kernel/read = Identity(res2c_branch2c/kernel)H–“£ñºƒPl
bn2c_branch2c/gamma/read™“£ñºƒ (B8bn2c_branch2c/gamma/read = Identity(bn2c_branch2c/gamma)H™“£ñºƒPi
bn2c_branch2c/beta/readœ“£ñºƒ (B6bn2c_branch2c/beta/read = Identity(bn2c_branch2c/beta)Hœ“£ñºƒPr
res3a_branch2a/kernel/readŸ“£ñºƒ (B<res3a_branch2a/kernel/read = Identity(res3a_branch2a/kernel)HŸ“£ñºƒPl
bn3a_branch2a/gamma/read¢“£ñºƒ (B8bn3a_branch2a/gamma/read = Identity(bn3a_branch2a/gamma)H¢“£ñºƒPi
bn3a_branch2a/beta/read¥“£ñºƒ (B6bn3a_branch2a/beta/read = Identity(bn3a_branch2a/beta)H¥“£ñºƒPr
res3a_branch2b/kernel/read¨“£ñºƒ (B<res3a_branch2b/kernel/read = Identity(res3a_branch2b/kernel)H¨“£ñºƒPl
bn3a_branch2b/gamma/read«“£ñºƒ (B8bn3a_branch2b/gamma/read = Identity(bn3a_branch2b/gamma)H«“£ñºƒPi
bn3a_branch2b/beta/read®“£ñºƒ (B6bn3a_branch2b/beta/read = Identity(bn3a_branch2b/beta)H®“£ñºƒPr
res3a_branch2c/kernel/read±“£ñºƒ (B<res3a_branch2c/kernel/read = Identity(res3a_branch2c/kernel)H±“£ñºƒPl
bn3a_branch2c/gamma/read´“£ñºƒ (B8bn3a_branch2c/gamma/read = Identity(bn3a_branch2c/gamma)H´“£ñºƒPi
bn3a_branch2c/beta/read·“£ñºƒ (B6bn3a_branch2c/beta/read = Identity(bn3a_branch2c/beta)H·“£ñºƒPo
res3a_branch1/kernel/readº“£ñºƒ (B:res3a_branch1/kernel/read = Identity(res3a_branch1/kernel)Hº“£ñºƒPi
bn3a_branch1/gamma/read¾“£ñºƒ (B6bn3a_branch1/gamma/read = Identity(bn3a_branch1/gamma)H¾“£ñºƒPf
bn3a_branch1/beta/readÀ“£ñºƒ (B4bn3a_branch1/beta/read = Identity(bn3a_branch1/beta)HÀ“£ñºƒPr
res3b_branch2a/kernel/readÃ“£ñºƒ (B<res3b_branch2a/kernel/read = Identity(res3b_branch2a/kernel)HÃ“£ñºƒPl
bn3b_branch2a/gamma/readÇ“£ñºƒ (B8bn3b_branch2a/gamma/read = Identity(bn3b_branch2a/gamma)HÇ“£ñºƒPi
bn3b_branch2a/beta/readÊ“£ñºƒ (B6bn3b_branch2a/beta/read = Identity(bn3b_branch2a/beta)HÊ“£ñºƒPr
res3b_branch2b/kernel/readÍ“£ñºƒ (B<res3b_branch2b/kernel/read = Identity(res3b_branch2b/kernel)HÍ“£ñºƒPl
bn3b_branch2b/gamma/readĞ“£ñºƒ (B8bn3b_branch2b/gamma/read = Identity(bn3b_branch2b/gamma)HĞ“£ñºƒPi
bn3b_branch2b/beta/readÓ“£ñºƒ (B6bn3b_branch2b/beta/read = Identity(bn3b_branch2b/beta)HÓ“£ñºƒPr
res3b_branch2c/kernel/readÖ“£ñºƒ (B<res3b_branch2c/kernel/read = Identity(res3b_branch2c/kernel)HÖ“£ñºƒPl
bn3b_branch2c/gamma/readÙ“£ñºƒ (B8bn3b_branch2c/gamma/read = Identity(bn3b_branch2c/gamma)HÙ“£ñºƒPi
bn3b_branch2c/beta/readÜ“£ñºƒ (B6bn3b_branch2c/beta/read = Identity(bn3b_branch2c/beta)HÜ“£ñºƒPr
res3c_branch2a/kernel/readß“£ñºƒ (B<res3c_branch2a/kernel/read = Identity(res3c_branch2a/kernel)Hß“£ñºƒPl
bn3c_branch2a/gamma/readâ“£ñºƒ (B8bn3c_branch2a/gamma/read = Identity(bn3c_branch2a/gamma)Hâ“£ñºƒPi
bn3c_branch2a/beta/readå“£ñºƒ (B6bn3c_branch2a/beta/read = Identity(bn3c_branch2a/beta)Hå“£ñºƒPr
res3c_branch2b/kernel/readè“£ñºƒ (B<res3c_branch2b/kernel/read = Identity(res3c_branch2b/kernel)Hè“£ñºƒPl
bn3c_branch2b/gamma/readë“£ñºƒ (B8bn3c_branch2b/gamma/read = Identity(bn3c_branch2b/gamma)Hë“£ñºƒPi
bn3c_branch2b/beta/readî“£ñºƒ (B6bn3c_branch2b/beta/read = Identity(bn3c_branch2b/beta)Hî“£ñºƒPr
res3c_branch2c/kernel/readñ“£ñºƒ (B<res3c_branch2c/kernel/read = Identity(res3c_branch2c/kernel)Hñ“£ñºƒPl
bn3c_branch2c/gamma/readô“£ñºƒ (B8bn3c_branch2c/gamma/read = Identity(bn3c_branch2c/gamma)Hô“£ñºƒPi
bn3c_branch2c/beta/readø“£ñºƒ (B6bn3c_branch2c/beta/read = Identity(bn3c_branch2c/beta)Hø“£ñºƒPr
res3d_branch2a/kernel/readû“£ñºƒ (B<res3d_branch2a/kernel/read = Identity(res3d_branch2a/kernel)Hû“£ñºƒPl
bn3d_branch2a/gamma/readş“£ñºƒ (B8bn3d_branch2a/gamma/read = Identity(bn3d_branch2a/gamma)Hş“£ñºƒPi
bn3d_branch2a/beta/read”£ñºƒ (B6bn3d_branch2a/beta/read = Identity(bn3d_branch2a/beta)H”£ñºƒPr
res3d_branch2b/kernel/read„”£ñºƒ (B<res3d_branch2b/kernel/read = Identity(res3d_branch2b/kernel)H„”£ñºƒPl
bn3d_branch2b/gamma/read‡”£ñºƒ (B8bn3d_branch2b/gamma/read = Identity(bn3d_branch2b/gamma)H‡”£ñºƒPi
bn3d_branch2b/beta/readŠ”£ñºƒ (B6bn3d_branch2b/beta/read = Identity(bn3d_branch2b/beta)HŠ”£ñºƒPr
res3d_branch2c/kernel/read”£ñºƒ (B<res3d_branch2c/kernel/read = Identity(res3d_branch2c/kernel)H”£ñºƒPl
bn3d_branch2c/gamma/read”£ñºƒ (B8bn3d_branch2c/gamma/read = Identity(bn3d_branch2c/gamma)H”£ñºƒPi
bn3d_branch2c/beta/read“”£ñºƒ (B6bn3d_branch2c/beta/read = Identity(bn3d_branch2c/beta)H“”£ñºƒPr
res4a_branch2a/kernel/read–”£ñºƒ (B<res4a_branch2a/kernel/read = Identity(res4a_branch2a/kernel)H–”£ñºƒPl
bn4a_branch2a/gamma/read™”£ñºƒ (B8bn4a_branch2a/gamma/read = Identity(bn4a_branch2a/gamma)H™”£ñºƒPi
bn4a_branch2a/beta/readœ”£ñºƒ (B6bn4a_branch2a/beta/read = Identity(bn4a_branch2a/beta)Hœ”£ñºƒPr
res4a_branch2b/kernel/readŸ”£ñºƒ (B<res4a_branch2b/kernel/read = Identity(res4a_branch2b/kernel)HŸ”£ñºƒPl
bn4a_branch2b/gamma/read¢”£ñºƒ (B8bn4a_branch2b/gamma/read = Identity(bn4a_branch2b/gamma)H¢”£ñºƒPi
bn4a_branch2b/beta/read¥”£ñºƒ (B6bn4a_branch2b/beta/read = Identity(bn4a_branch2b/beta)H¥”£ñºƒPr
res4a_branch2c/kernel/read¨”£ñºƒ (B<res4a_branch2c/kernel/read = Identity(res4a_branch2c/kernel)H¨”£ñºƒPl
bn4a_branch2c/gamma/read«”£ñºƒ (B8bn4a_branch2c/gamma/read = Identity(bn4a_branch2c/gamma)H«”£ñºƒPi
bn4a_branch2c/beta/read®”£ñºƒ (B6bn4a_branch2c/beta/read = Identity(bn4a_branch2c/beta)H®”£ñºƒPo
res4a_branch1/kernel/read±”£ñºƒ (B:res4a_branch1/kernel/read = Identity(res4a_branch1/kernel)H±”£ñºƒPi
bn4a_branch1/gamma/read´”£ñºƒ (B6bn4a_branch1/gamma/read = Identity(bn4a_branch1/gamma)H´”£ñºƒPf
bn4a_branch1/beta/read·”£ñºƒ (B4bn4a_branch1/beta/read = Identity(bn4a_branch1/beta)H·”£ñºƒPr
res4b_branch2a/kernel/readº”£ñºƒ (B<res4b_branch2a/kernel/read = Identity(res4b_branch2a/kernel)Hº”£ñºƒPl
bn4b_branch2a/gamma/read½”£ñºƒ (B8bn4b_branch2a/gamma/read = Identity(bn4b_branch2a/gamma)H½”£ñºƒPi
bn4b_branch2a/beta/readÀ”£ñºƒ (B6bn4b_branch2a/beta/read = Identity(bn4b_branch2a/beta)HÀ”£ñºƒPr
res4b_branch2b/kernel/readÃ”£ñºƒ (B<res4b_branch2b/kernel/read = Identity(res4b_branch2b/kernel)HÃ”£ñºƒPl
bn4b_branch2b/gamma/readÆ”£ñºƒ (B8bn4b_branch2b/gamma/read = Identity(bn4b_branch2b/gamma)HÆ”£ñºƒPi
bn4b_branch2b/beta/readÉ”£ñºƒ (B6bn4b_branch2b/beta/read = Identity(bn4b_branch2b/beta)HÉ”£ñºƒPr
res4b_branch2c/kernel/readÌ”£ñºƒ (B<res4b_branch2c/kernel/read = Identity(res4b_branch2c/kernel)HÌ”£ñºƒPl
bn4b_branch2c/gamma/readÏ”£ñºƒ (B8bn4b_branch2c/gamma/read = Identity(bn4b_branch2c/gamma)HÏ”£ñºƒPi
bn4b_branch2c/beta/readÒ”£ñºƒ (B6bn4b_branch2c/beta/read = Identity(bn4b_branch2c/beta)HÒ”£ñºƒPr
res4c_branch2a/kernel/readÕ”£ñºƒ (B<res4c_branch2a/kernel/read = Identity(res4c_branch2a/kernel)HÕ”£ñºƒPl
bn4c_branch2a/gamma/readØ”£ñºƒ (B8bn4c_branch2a/gamma/read = Identity(bn4c_branch2a/gamma)HØ”£ñºƒPi
bn4c_branch2a/beta/readÛ”£ñºƒ (B6bn4c_branch2a/beta/read = Identity(bn4c_branch2a/beta)HÛ”£ñºƒPr
res4c_branch2b/kernel/readŞ”£ñºƒ (B<res4c_branch2b/kernel/read = Identity(res4c_branch2b/kernel)HŞ”£ñºƒPl
bn4c_branch2b/gamma/readá”£ñºƒ (B8bn4c_branch2b/gamma/read = Identity(bn4c_branch2b/gamma)Há”£ñºƒPi
bn4c_branch2b/beta/readä”£ñºƒ (B6bn4c_branch2b/beta/read = Identity(bn4c_branch2b/beta)Hä”£ñºƒPr
res4c_branch2c/kernel/readè”£ñºƒ (B<res4c_branch2c/kernel/read = Identity(res4c_branch2c/kernel)Hè”£ñºƒPl
bn4c_branch2c/gamma/readë”£ñºƒ (B8bn4c_branch2c/gamma/read = Identity(bn4c_branch2c/gamma)Hë”£ñºƒPi
bn4c_branch2c/beta/readî”£ñºƒ (B6bn4c_branch2c/beta/read = Identity(bn4c_branch2c/beta)Hî”£ñºƒPr
res4d_branch2a/kernel/readñ”£ñºƒ (B<res4d_branch2a/kernel/read = Identity(res4d_branch2a/kernel)Hñ”£ñºƒPl
bn4d_branch2a/gamma/readô”£ñºƒ (B8bn4d_branch2a/gamma/read = Identity(bn4d_branch2a/gamma)Hô”£ñºƒPi
bn4d_branch2a/beta/read÷”£ñºƒ (B6bn4d_branch2a/beta/read = Identity(bn4d_branch2a/beta)H÷”£ñºƒPr
res4d_branch2b/kernel/readú”£ñºƒ (B<res4d_branch2b/kernel/read = Identity(res4d_branch2b/kernel)Hú”£ñºƒPl
bn4d_branch2b/gamma/readü”£ñºƒ (B8bn4d_branch2b/gamma/read = Identity(bn4d_branch2b/gamma)Hü”£ñºƒPi
bn4d_branch2b/beta/readÿ”£ñºƒ (B6bn4d_branch2b/beta/read = Identity(bn4d_branch2b/beta)Hÿ”£ñºƒPr
res4d_branch2c/kernel/read‚•£ñºƒ (B<res4d_branch2c/kernel/read = Identity(res4d_branch2c/kernel)H‚•£ñºƒPl
bn4d_branch2c/gamma/read…•£ñºƒ (B8bn4d_branch2c/gamma/read = Identity(bn4d_branch2c/gamma)H…•£ñºƒPi
bn4d_branch2c/beta/readˆ•£ñºƒ (B6bn4d_branch2c/beta/read = Identity(bn4d_branch2c/beta)Hˆ•£ñºƒPr
res4e_branch2a/kernel/read‹•£ñºƒ (B<res4e_branch2a/kernel/read = Identity(res4e_branch2a/kernel)H‹•£ñºƒPl
bn4e_branch2a/gamma/read•£ñºƒ (B8bn4e_branch2a/gamma/read = Identity(bn4e_branch2a/gamma)H•£ñºƒPi
bn4e_branch2a/beta/read‘•£ñºƒ (B6bn4e_branch2a/beta/read = Identity(bn4e_branch2a/beta)H‘•£ñºƒPr
res4e_branch2b/kernel/read”•£ñºƒ (B<res4e_branch2b/kernel/read = Identity(res4e_branch2b/kernel)H”•£ñºƒPl
bn4e_branch2b/gamma/read—•£ñºƒ (B8bn4e_branch2b/gamma/read = Identity(bn4e_branch2b/gamma)H—•£ñºƒPi
bn4e_branch2b/beta/readš•£ñºƒ (B6bn4e_branch2b/beta/read = Identity(bn4e_branch2b/beta)Hš•£ñºƒPr
res4e_branch2c/kernel/read•£ñºƒ (B<res4e_branch2c/kernel/read = Identity(res4e_branch2c/kernel)H•£ñºƒPl
bn4e_branch2c/gamma/read •£ñºƒ (B8bn4e_branch2c/gamma/read = Identity(bn4e_branch2c/gamma)H •£ñºƒPi
bn4e_branch2c/beta/read£•£ñºƒ (B6bn4e_branch2c/beta/read = Identity(bn4e_branch2c/beta)H£•£ñºƒPr
res4f_branch2a/kernel/read¦•£ñºƒ (B<res4f_branch2a/kernel/read = Identity(res4f_branch2a/kernel)H¦•£ñºƒPl
bn4f_branch2a/gamma/read©•£ñºƒ (B8bn4f_branch2a/gamma/read = Identity(bn4f_branch2a/gamma)H©•£ñºƒPi
bn4f_branch2a/beta/read¬•£ñºƒ (B6bn4f_branch2a/beta/read = Identity(bn4f_branch2a/beta)H¬•£ñºƒPr
res4f_branch2b/kernel/read¯•£ñºƒ (B<res4f_branch2b/kernel/read = Identity(res4f_branch2b/kernel)H¯•£ñºƒPl
bn4f_branch2b/gamma/read²•£ñºƒ (B8bn4f_branch2b/gamma/read = Identity(bn4f_branch2b/gamma)H²•£ñºƒPi
bn4f_branch2b/beta/readµ•£ñºƒ (B6bn4f_branch2b/beta/read = Identity(bn4f_branch2b/beta)Hµ•£ñºƒPr
res4f_branch2c/kernel/read¸•£ñºƒ (B<res4f_branch2c/kernel/read = Identity(res4f_branch2c/kernel)H¸•£ñºƒPl
bn4f_branch2c/gamma/read»•£ñºƒ (B8bn4f_branch2c/gamma/read = Identity(bn4f_branch2c/gamma)H»•£ñºƒPi
bn4f_branch2c/beta/read¾•£ñºƒ (B6bn4f_branch2c/beta/read = Identity(bn4f_branch2c/beta)H¾•£ñºƒPr
res5a_branch2a/kernel/readÁ•£ñºƒ (B<res5a_branch2a/kernel/read = Identity(res5a_branch2a/kernel)HÁ•£ñºƒPl
bn5a_branch2a/gamma/readÄ•£ñºƒ (B8bn5a_branch2a/gamma/read = Identity(bn5a_branch2a/gamma)HÄ•£ñºƒPi
bn5a_branch2a/beta/readÇ•£ñºƒ (B6bn5a_branch2a/beta/read = Identity(bn5a_branch2a/beta)HÇ•£ñºƒPr
res5a_branch2b/kernel/readÊ•£ñºƒ (B<res5a_branch2b/kernel/read = Identity(res5a_branch2b/kernel)HÊ•£ñºƒPl
bn5a_branch2b/gamma/readÎ•£ñºƒ (B8bn5a_branch2b/gamma/read = Identity(bn5a_branch2b/gamma)HÎ•£ñºƒPi
bn5a_branch2b/beta/readĞ•£ñºƒ (B6bn5a_branch2b/beta/read = Identity(bn5a_branch2b/beta)HĞ•£ñºƒPr
res5a_branch2c/kernel/readÔ•£ñºƒ (B<res5a_branch2c/kernel/read = Identity(res5a_branch2c/kernel)HÔ•£ñºƒPl
bn5a_branch2c/gamma/read×•£ñºƒ (B8bn5a_branch2c/gamma/read = Identity(bn5a_branch2c/gamma)H×•£ñºƒPi
bn5a_branch2c/beta/readÙ•£ñºƒ (B6bn5a_branch2c/beta/read = Identity(bn5a_branch2c/beta)HÙ•£ñºƒPo
res5a_branch1/kernel/readİ•£ñºƒ (B:res5a_branch1/kernel/read = Identity(res5a_branch1/kernel)Hİ•£ñºƒPi
bn5a_branch1/gamma/readà•£ñºƒ (B6bn5a_branch1/gamma/read = Identity(bn5a_branch1/gamma)Hà•£ñºƒPf
bn5a_branch1/beta/readâ•£ñºƒ (B4bn5a_branch1/beta/read = Identity(bn5a_branch1/beta)Hâ•£ñºƒPr
res5b_branch2a/kernel/readå•£ñºƒ (B<res5b_branch2a/kernel/read = Identity(res5b_branch2a/kernel)Hå•£ñºƒPl
bn5b_branch2a/gamma/readè•£ñºƒ (B8bn5b_branch2a/gamma/read = Identity(bn5b_branch2a/gamma)Hè•£ñºƒPi
bn5b_branch2a/beta/readì•£ñºƒ (B6bn5b_branch2a/beta/read = Identity(bn5b_branch2a/beta)Hì•£ñºƒPr
res5b_branch2b/kernel/readï•£ñºƒ (B<res5b_branch2b/kernel/read = Identity(res5b_branch2b/kernel)Hï•£ñºƒPl
bn5b_branch2b/gamma/readò•£ñºƒ (B8bn5b_branch2b/gamma/read = Identity(bn5b_branch2b/gamma)Hò•£ñºƒPi
bn5b_branch2b/beta/readõ•£ñºƒ (B6bn5b_branch2b/beta/read = Identity(bn5b_branch2b/beta)Hõ•£ñºƒPr
res5b_branch2c/kernel/readø•£ñºƒ (B<res5b_branch2c/kernel/read = Identity(res5b_branch2c/kernel)Hø•£ñºƒPl
bn5b_branch2c/gamma/readû•£ñºƒ (B8bn5b_branch2c/gamma/read = Identity(bn5b_branch2c/gamma)Hû•£ñºƒPi
bn5b_branch2c/beta/readş•£ñºƒ (B6bn5b_branch2c/beta/read = Identity(bn5b_branch2c/beta)Hş•£ñºƒPr
res5c_branch2a/kernel/read–£ñºƒ (B<res5c_branch2a/kernel/read = Identity(res5c_branch2a/kernel)H–£ñºƒPl
bn5c_branch2a/gamma/read„–£ñºƒ (B8bn5c_branch2a/gamma/read = Identity(bn5c_branch2a/gamma)H„–£ñºƒPi
bn5c_branch2a/beta/read‡–£ñºƒ (B6bn5c_branch2a/beta/read = Identity(bn5c_branch2a/beta)H‡–£ñºƒPr
res5c_branch2b/kernel/readŠ–£ñºƒ (B<res5c_branch2b/kernel/read = Identity(res5c_branch2b/kernel)HŠ–£ñºƒPl
bn5c_branch2b/gamma/read–£ñºƒ (B8bn5c_branch2b/gamma/read = Identity(bn5c_branch2b/gamma)H–£ñºƒPi
bn5c_branch2b/beta/read–£ñºƒ (B6bn5c_branch2b/beta/read = Identity(bn5c_branch2b/beta)H–£ñºƒPr
res5c_branch2c/kernel/read”–£ñºƒ (B<res5c_branch2c/kernel/read = Identity(res5c_branch2c/kernel)H”–£ñºƒPl
bn5c_branch2c/gamma/read—–£ñºƒ (B8bn5c_branch2c/gamma/read = Identity(bn5c_branch2c/gamma)H—–£ñºƒPi
bn5c_branch2c/beta/readš–£ñºƒ (B6bn5c_branch2c/beta/read = Identity(bn5c_branch2c/beta)Hš–£ñºƒPZ
fc1000/kernel/read–£ñºƒ (B,fc1000/kernel/read = Identity(fc1000/kernel)H–£ñºƒPT
fc1000/bias/readŸ–£ñºƒ (B(fc1000/bias/read = Identity(fc1000/bias)HŸ–£ñºƒP¶

RecvTensorÖá¨ñºƒ n(n:
"  Bƒ[4000B] edge_162_gradients/fc1000/bias_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÖá¨ñºƒ¾
'update_fc1000/bias/ApplyGradientDescentÄâ¨ñºƒ (B{update_fc1000/bias/ApplyGradientDescent = ApplyGradientDescent(fc1000/bias, learning_rate, gradients/fc1000/bias_grad_S162)HÄâ¨ñºƒPÀ

RecvTensorŒâ¨ñºƒ Á(Á:"
€€ô€€ôB…[7.8MB] edge_163_gradients/fc1000/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŒâ¨ñºƒÉ
)update_fc1000/kernel/ApplyGradientDescentª£­ñºƒ …
(…
Bupdate_fc1000/kernel/ApplyGradientDescent = ApplyGradientDescent(fc1000/kernel, learning_rate, gradients/fc1000/kernel_grad_S163)Hª£­ñºƒP½

RecvTensor¦â¨ñºƒ p(p:
"€@€@BŠ[8192B] edge_164_gradients/bn5c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¦â¨ñºƒÛ
.update_bn5c_branch2c/beta/ApplyGradientDescent–ã¨ñºƒ (Bupdate_bn5c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2c/beta, learning_rate, gradients/bn5c_branch2c/beta_grad_S164)H–ã¨ñºƒPÀ

RecvTensorµã¨ñºƒ ˆ(ˆ:
"€@€@B‹[8192B] edge_165_gradients/bn5c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hµã¨ñºƒß
/update_bn5c_branch2c/gamma/ApplyGradientDescent½ä¨ñºƒ (B“update_bn5c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2c/gamma, learning_rate, gradients/bn5c_branch2c/gamma_grad_S165)H½ä¨ñºƒPÈ

RecvTensorÚè¨ñºƒ ¾ (¾ :"
€€€€€€B[4.0MB] edge_166_gradients/res5c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÚè¨ñºƒé
1update_res5c_branch2c/kernel/ApplyGradientDescent˜‰«ñºƒ Ó(ÓB™update_res5c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res5c_branch2c/kernel, learning_rate, gradients/res5c_branch2c/kernel_grad_S166)H˜‰«ñºƒP½

RecvTensoråè¨ñºƒ }(}:
"€€BŠ[2048B] edge_167_gradients/bn5c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Håè¨ñºƒÛ
.update_bn5c_branch2b/beta/ApplyGradientDescentâé¨ñºƒ (Bupdate_bn5c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2b/beta, learning_rate, gradients/bn5c_branch2b/beta_grad_S167)Hâé¨ñºƒP¾

RecvTensorŒé¨ñºƒ r(r:
"€€B‹[2048B] edge_168_gradients/bn5c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŒé¨ñºƒß
/update_bn5c_branch2b/gamma/ApplyGradientDescentşé¨ñºƒ (B“update_bn5c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2b/gamma, learning_rate, gradients/bn5c_branch2b/gamma_grad_S168)Hşé¨ñºƒPÈ

RecvTensorô¨ñºƒ (:"
€€À€€ÀB[9.0MB] edge_169_gradients/res5c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hô¨ñºƒé
1update_res5c_branch2b/kernel/ApplyGradientDescent»õ­ñºƒ Š(ŠB™update_res5c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res5c_branch2b/kernel, learning_rate, gradients/res5c_branch2b/kernel_grad_S169)H»õ­ñºƒP½

RecvTensor©ô¨ñºƒ m(m:
"€€BŠ[2048B] edge_170_gradients/bn5c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H©ô¨ñºƒÛ
.update_bn5c_branch2a/beta/ApplyGradientDescent–õ¨ñºƒ (Bupdate_bn5c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2a/beta, learning_rate, gradients/bn5c_branch2a/beta_grad_S170)H–õ¨ñºƒP¾

RecvTensorĞô¨ñºƒ f(f:
"€€B‹[2048B] edge_171_gradients/bn5c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HĞô¨ñºƒß
/update_bn5c_branch2a/gamma/ApplyGradientDescent¶õ¨ñºƒ (B“update_bn5c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2a/gamma, learning_rate, gradients/bn5c_branch2a/gamma_grad_S171)H¶õ¨ñºƒPÈ

RecvTensorãù¨ñºƒ ¬Ä(¬Ä:"
€€€€€€B[4.0MB] edge_172_gradients/res5c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hãù¨ñºƒé
1update_res5c_branch2a/kernel/ApplyGradientDescent¾¬ñºƒ Ò(ÒB™update_res5c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res5c_branch2a/kernel, learning_rate, gradients/res5c_branch2a/kernel_grad_S172)H¾¬ñºƒP¿

RecvTensorşù¨ñºƒ ˆ(ˆ:
"€@€@BŠ[8192B] edge_173_gradients/bn5b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hşù¨ñºƒÛ
.update_bn5b_branch2c/beta/ApplyGradientDescent†û¨ñºƒ (Bupdate_bn5b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2c/beta, learning_rate, gradients/bn5b_branch2c/beta_grad_S173)H†û¨ñºƒP¾

RecvTensor„û¨ñºƒ ~(~:
"€@€@B‹[8192B] edge_174_gradients/bn5b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H„û¨ñºƒß
/update_bn5b_branch2c/gamma/ApplyGradientDescent‚ü¨ñºƒ (B“update_bn5b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2c/gamma, learning_rate, gradients/bn5b_branch2c/gamma_grad_S174)H‚ü¨ñºƒPÈ

RecvTensor£€©ñºƒ ïÔ(ïÔ:"
€€€€€€B[4.0MB] edge_175_gradients/res5b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H£€©ñºƒé
1update_res5b_branch2c/kernel/ApplyGradientDescent’Õ¬ñºƒ Ó(ÓB™update_res5b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res5b_branch2c/kernel, learning_rate, gradients/res5b_branch2c/kernel_grad_S175)H’Õ¬ñºƒP½

RecvTensor¯€©ñºƒ o(o:
"€€BŠ[2048B] edge_176_gradients/bn5b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¯€©ñºƒÛ
.update_bn5b_branch2b/beta/ApplyGradientDescent©ñºƒ (Bupdate_bn5b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2b/beta, learning_rate, gradients/bn5b_branch2b/beta_grad_S176)H©ñºƒP¾

RecvTensorÖ€©ñºƒ c(c:
"€€B‹[2048B] edge_177_gradients/bn5b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÖ€©ñºƒß
/update_bn5b_branch2b/gamma/ApplyGradientDescent¹©ñºƒ (B“update_bn5b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2b/gamma, learning_rate, gradients/bn5b_branch2b/gamma_grad_S177)H¹©ñºƒPÈ

RecvTensorˆŒ©ñºƒ  ö( ö:"
€€À€€ÀB[9.0MB] edge_178_gradients/res5b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HˆŒ©ñºƒé
1update_res5b_branch2b/kernel/ApplyGradientDescentÊŒ®ñºƒ Ö(ÖB™update_res5b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res5b_branch2b/kernel, learning_rate, gradients/res5b_branch2b/kernel_grad_S178)HÊŒ®ñºƒP¿

RecvTensor•Œ©ñºƒ ”(”:
"€€BŠ[2048B] edge_179_gradients/bn5b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H•Œ©ñºƒÛ
.update_bn5b_branch2a/beta/ApplyGradientDescent©©ñºƒ (Bupdate_bn5b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2a/beta, learning_rate, gradients/bn5b_branch2a/beta_grad_S179)H©©ñºƒP¾

RecvTensor¾Œ©ñºƒ m(m:
"€€B‹[2048B] edge_180_gradients/bn5b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¾Œ©ñºƒß
/update_bn5b_branch2a/gamma/ApplyGradientDescent®©ñºƒ (B“update_bn5b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2a/gamma, learning_rate, gradients/bn5b_branch2a/gamma_grad_S180)H®©ñºƒPÈ

RecvTensor©‘©ñºƒ è(è:"
€€€€€€B[4.0MB] edge_181_gradients/res5b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H©‘©ñºƒé
1update_res5b_branch2a/kernel/ApplyGradientDescentÆù¬ñºƒ Ò(ÒB™update_res5b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res5b_branch2a/kernel, learning_rate, gradients/res5b_branch2a/kernel_grad_S181)HÆù¬ñºƒP¾

RecvTensorÃ‘©ñºƒ ¡(¡:
"€@€@B‰[8192B] edge_182_gradients/bn5a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÃ‘©ñºƒ×
-update_bn5a_branch1/beta/ApplyGradientDescentä’©ñºƒ (Bupdate_bn5a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch1/beta, learning_rate, gradients/bn5a_branch1/beta_grad_S182)Hä’©ñºƒP¿

RecvTensor‘’©ñºƒ Œ(Œ:
"€@€@BŠ[8192B] edge_183_gradients/bn5a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‘’©ñºƒÛ
.update_bn5a_branch1/gamma/ApplyGradientDescent“©ñºƒ (Bupdate_bn5a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch1/gamma, learning_rate, gradients/bn5a_branch1/gamma_grad_S183)H“©ñºƒPÇ

RecvTensor–œ©ñºƒ ‡İ(‡İ:"
€€€€€€BŒ[8.0MB] edge_184_gradients/res5a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H–œ©ñºƒå
0update_res5a_branch1/kernel/ApplyGradientDescentÅ®ñºƒ …(…B–update_res5a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch1/kernel, learning_rate, gradients/res5a_branch1/kernel_grad_S184)HÅ®ñºƒP¿

RecvTensor¯œ©ñºƒ —(—:
"€@€@BŠ[8192B] edge_185_gradients/bn5a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¯œ©ñºƒÛ
.update_bn5a_branch2c/beta/ApplyGradientDescentÆ©ñºƒ (Bupdate_bn5a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2c/beta, learning_rate, gradients/bn5a_branch2c/beta_grad_S185)HÆ©ñºƒPÀ

RecvTensor¹©ñºƒ ·(·:
"€@€@B‹[8192B] edge_186_gradients/bn5a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¹©ñºƒß
/update_bn5a_branch2c/gamma/ApplyGradientDescentğ©ñºƒ (B“update_bn5a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2c/gamma, learning_rate, gradients/bn5a_branch2c/gamma_grad_S186)Hğ©ñºƒPÈ

RecvTensor¼¢©ñºƒ ûæ(ûæ:"
€€€€€€B[4.0MB] edge_187_gradients/res5a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¼¢©ñºƒé
1update_res5a_branch2c/kernel/ApplyGradientDescent·‰­ñºƒ è(èB™update_res5a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch2c/kernel, learning_rate, gradients/res5a_branch2c/kernel_grad_S187)H·‰­ñºƒP½

RecvTensorÈ¢©ñºƒ s(s:
"€€BŠ[2048B] edge_188_gradients/bn5a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÈ¢©ñºƒÛ
.update_bn5a_branch2b/beta/ApplyGradientDescent»£©ñºƒ (Bupdate_bn5a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2b/beta, learning_rate, gradients/bn5a_branch2b/beta_grad_S188)H»£©ñºƒP¾

RecvTensorï¢©ñºƒ p(p:
"€€B‹[2048B] edge_189_gradients/bn5a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hï¢©ñºƒß
/update_bn5a_branch2b/gamma/ApplyGradientDescentß£©ñºƒ (B“update_bn5a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2b/gamma, learning_rate, gradients/bn5a_branch2b/gamma_grad_S189)Hß£©ñºƒPÈ

RecvTensor÷®©ñºƒ ù×(ù×:"
€€À€€ÀB[9.0MB] edge_190_gradients/res5a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H÷®©ñºƒé
1update_res5a_branch2b/kernel/ApplyGradientDescent š®ñºƒ ®(®B™update_res5a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch2b/kernel, learning_rate, gradients/res5a_branch2b/kernel_grad_S190)H š®ñºƒP½

RecvTensor’¯©ñºƒ g(g:
"€€BŠ[2048B] edge_191_gradients/bn5a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H’¯©ñºƒÛ
.update_bn5a_branch2a/beta/ApplyGradientDescentù¯©ñºƒ (Bupdate_bn5a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2a/beta, learning_rate, gradients/bn5a_branch2a/beta_grad_S191)Hù¯©ñºƒP¾

RecvTensor °©ñºƒ v(v:
"€€B‹[2048B] edge_192_gradients/bn5a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H °©ñºƒß
/update_bn5a_branch2a/gamma/ApplyGradientDescent–±©ñºƒ (B“update_bn5a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2a/gamma, learning_rate, gradients/bn5a_branch2a/gamma_grad_S192)H–±©ñºƒPÈ

RecvTensorˆ»©ñºƒ Í°(Í°:"
€€€€€€B[2.0MB] edge_193_gradients/res5a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hˆ»©ñºƒé
1update_res5a_branch2a/kernel/ApplyGradientDescentÕë«ñºƒ ô(ôB™update_res5a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch2a/kernel, learning_rate, gradients/res5a_branch2a/kernel_grad_S193)HÕë«ñºƒP¿

RecvTensor²»©ñºƒ “(“:
"€ € BŠ[4096B] edge_194_gradients/bn4f_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H²»©ñºƒÛ
.update_bn4f_branch2c/beta/ApplyGradientDescentÅ¼©ñºƒ (Bupdate_bn4f_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2c/beta, learning_rate, gradients/bn4f_branch2c/beta_grad_S194)HÅ¼©ñºƒP¾

RecvTensor¯½©ñºƒ z(z:
"€ € B‹[4096B] edge_195_gradients/bn4f_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¯½©ñºƒß
/update_bn4f_branch2c/gamma/ApplyGradientDescent©¾©ñºƒ (B“update_bn4f_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2c/gamma, learning_rate, gradients/bn4f_branch2c/gamma_grad_S195)H©¾©ñºƒPÄ

RecvTensor»Â©ñºƒ ¬y(¬y:"€€@€€@B[1.0MB] edge_196_gradients/res4f_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H»Â©ñºƒé
1update_res4f_branch2c/kernel/ApplyGradientDescentç»ªñºƒ Á(ÁB™update_res4f_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4f_branch2c/kernel, learning_rate, gradients/res4f_branch2c/kernel_grad_S196)Hç»ªñºƒP½

RecvTensorÌÂ©ñºƒ h(h:
"€€BŠ[1024B] edge_197_gradients/bn4f_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÌÂ©ñºƒÛ
.update_bn4f_branch2b/beta/ApplyGradientDescent´Ã©ñºƒ (Bupdate_bn4f_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2b/beta, learning_rate, gradients/bn4f_branch2b/beta_grad_S197)H´Ã©ñºƒP¾

RecvTensor”Ã©ñºƒ u(u:
"€€B‹[1024B] edge_198_gradients/bn4f_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H”Ã©ñºƒß
/update_bn4f_branch2b/gamma/ApplyGradientDescent‰Ä©ñºƒ (B“update_bn4f_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2b/gamma, learning_rate, gradients/bn4f_branch2b/gamma_grad_S198)H‰Ä©ñºƒPÈ

RecvTensor«Ï©ñºƒ øã(øã:"
€€€€B[2.2MB] edge_199_gradients/res4f_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H«Ï©ñºƒé
1update_res4f_branch2b/kernel/ApplyGradientDescent£³¬ñºƒ …(…B™update_res4f_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4f_branch2b/kernel, learning_rate, gradients/res4f_branch2b/kernel_grad_S199)H£³¬ñºƒP½

RecvTensor»Ï©ñºƒ h(h:
"€€BŠ[1024B] edge_200_gradients/bn4f_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H»Ï©ñºƒÛ
.update_bn4f_branch2a/beta/ApplyGradientDescent£Ğ©ñºƒ (Bupdate_bn4f_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2a/beta, learning_rate, gradients/bn4f_branch2a/beta_grad_S200)H£Ğ©ñºƒP¾

RecvTensor‚Ğ©ñºƒ g(g:
"€€B‹[1024B] edge_201_gradients/bn4f_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‚Ğ©ñºƒß
/update_bn4f_branch2a/gamma/ApplyGradientDescentéĞ©ñºƒ (B“update_bn4f_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2a/gamma, learning_rate, gradients/bn4f_branch2a/gamma_grad_S201)HéĞ©ñºƒPÆ

RecvTensor˜Õ©ñºƒ ÿ(ÿ:"€€@€€@B[1.0MB] edge_202_gradients/res4f_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H˜Õ©ñºƒé
1update_res4f_branch2a/kernel/ApplyGradientDescent—äªñºƒ ©(©B™update_res4f_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4f_branch2a/kernel, learning_rate, gradients/res4f_branch2a/kernel_grad_S202)H—äªñºƒP¿

RecvTensorÄÕ©ñºƒ ¢(¢:
"€ € BŠ[4096B] edge_203_gradients/bn4e_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÄÕ©ñºƒÛ
.update_bn4e_branch2c/beta/ApplyGradientDescentæÖ©ñºƒ (Bupdate_bn4e_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2c/beta, learning_rate, gradients/bn4e_branch2c/beta_grad_S203)HæÖ©ñºƒPÀ

RecvTensorØ×©ñºƒ Ÿ(Ÿ:
"€ € B‹[4096B] edge_204_gradients/bn4e_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HØ×©ñºƒß
/update_bn4e_branch2c/gamma/ApplyGradientDescent÷Ø©ñºƒ (B“update_bn4e_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2c/gamma, learning_rate, gradients/bn4e_branch2c/gamma_grad_S204)H÷Ø©ñºƒPÆ

RecvTensorõÜ©ñºƒ Ö–(Ö–:"€€@€€@B[1.0MB] edge_205_gradients/res4e_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HõÜ©ñºƒé
1update_res4e_branch2c/kernel/ApplyGradientDescentËóªñºƒ ª(ªB™update_res4e_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4e_branch2c/kernel, learning_rate, gradients/res4e_branch2c/kernel_grad_S205)HËóªñºƒP½

RecvTensor†İ©ñºƒ {({:
"€€BŠ[1024B] edge_206_gradients/bn4e_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H†İ©ñºƒÛ
.update_bn4e_branch2b/beta/ApplyGradientDescentŞ©ñºƒ (Bupdate_bn4e_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2b/beta, learning_rate, gradients/bn4e_branch2b/beta_grad_S206)HŞ©ñºƒP¾

RecvTensorÑİ©ñºƒ h(h:
"€€B‹[1024B] edge_207_gradients/bn4e_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÑİ©ñºƒß
/update_bn4e_branch2b/gamma/ApplyGradientDescent¹Ş©ñºƒ (B“update_bn4e_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2b/gamma, learning_rate, gradients/bn4e_branch2b/gamma_grad_S207)H¹Ş©ñºƒPÈ

RecvTensor‚é©ñºƒ  æ( æ:"
€€€€B[2.2MB] edge_208_gradients/res4e_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‚é©ñºƒé
1update_res4e_branch2b/kernel/ApplyGradientDescent³Ï¬ñºƒ ¦(¦B™update_res4e_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4e_branch2b/kernel, learning_rate, gradients/res4e_branch2b/kernel_grad_S208)H³Ï¬ñºƒP½

RecvTensor“é©ñºƒ |(|:
"€€BŠ[1024B] edge_209_gradients/bn4e_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H“é©ñºƒÛ
.update_bn4e_branch2a/beta/ApplyGradientDescentê©ñºƒ (Bupdate_bn4e_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2a/beta, learning_rate, gradients/bn4e_branch2a/beta_grad_S209)Hê©ñºƒP¾

RecvTensor×é©ñºƒ f(f:
"€€B‹[1024B] edge_210_gradients/bn4e_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H×é©ñºƒß
/update_bn4e_branch2a/gamma/ApplyGradientDescent½ê©ñºƒ (B“update_bn4e_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2a/gamma, learning_rate, gradients/bn4e_branch2a/gamma_grad_S210)H½ê©ñºƒPÆ

RecvTensor„ï©ñºƒ ¦¦(¦¦:"€€@€€@B[1.0MB] edge_211_gradients/res4e_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H„ï©ñºƒé
1update_res4e_branch2a/kernel/ApplyGradientDescentª•«ñºƒ ½(½B™update_res4e_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4e_branch2a/kernel, learning_rate, gradients/res4e_branch2a/kernel_grad_S211)Hª•«ñºƒP¿

RecvTensor±ï©ñºƒ ´(´:
"€ € BŠ[4096B] edge_212_gradients/bn4d_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H±ï©ñºƒÛ
.update_bn4d_branch2c/beta/ApplyGradientDescentåğ©ñºƒ (Bupdate_bn4d_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2c/beta, learning_rate, gradients/bn4d_branch2c/beta_grad_S212)Håğ©ñºƒPÀ

RecvTensor¯ñ©ñºƒ (:
"€ € B‹[4096B] edge_213_gradients/bn4d_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¯ñ©ñºƒß
/update_bn4d_branch2c/gamma/ApplyGradientDescentÍò©ñºƒ (B“update_bn4d_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2c/gamma, learning_rate, gradients/bn4d_branch2c/gamma_grad_S213)HÍò©ñºƒPÆ

RecvTensorÒö©ñºƒ Ç«(Ç«:"€€@€€@B[1.0MB] edge_214_gradients/res4d_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÒö©ñºƒé
1update_res4d_branch2c/kernel/ApplyGradientDescent™¢«ñºƒ µ(µB™update_res4d_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4d_branch2c/kernel, learning_rate, gradients/res4d_branch2c/kernel_grad_S214)H™¢«ñºƒP½

RecvTensorãö©ñºƒ o(o:
"€€BŠ[1024B] edge_215_gradients/bn4d_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hãö©ñºƒÛ
.update_bn4d_branch2b/beta/ApplyGradientDescentÒ÷©ñºƒ (Bupdate_bn4d_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2b/beta, learning_rate, gradients/bn4d_branch2b/beta_grad_S215)HÒ÷©ñºƒP¾

RecvTensor¥÷©ñºƒ l(l:
"€€B‹[1024B] edge_216_gradients/bn4d_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¥÷©ñºƒß
/update_bn4d_branch2b/gamma/ApplyGradientDescent‘ø©ñºƒ (B“update_bn4d_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2b/gamma, learning_rate, gradients/bn4d_branch2b/gamma_grad_S216)H‘ø©ñºƒPÈ

RecvTensorá‚ªñºƒ ¢ß(¢ß:"
€€€€B[2.2MB] edge_217_gradients/res4d_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Há‚ªñºƒé
1update_res4d_branch2b/kernel/ApplyGradientDescentƒâ¬ñºƒ (B™update_res4d_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4d_branch2b/kernel, learning_rate, gradients/res4d_branch2b/kernel_grad_S217)Hƒâ¬ñºƒP½

RecvTensorò‚ªñºƒ n(n:
"€€BŠ[1024B] edge_218_gradients/bn4d_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hò‚ªñºƒÛ
.update_bn4d_branch2a/beta/ApplyGradientDescentàƒªñºƒ (Bupdate_bn4d_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2a/beta, learning_rate, gradients/bn4d_branch2a/beta_grad_S218)HàƒªñºƒP¾

RecvTensor»ƒªñºƒ n(n:
"€€B‹[1024B] edge_219_gradients/bn4d_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H»ƒªñºƒß
/update_bn4d_branch2a/gamma/ApplyGradientDescent©„ªñºƒ (B“update_bn4d_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2a/gamma, learning_rate, gradients/bn4d_branch2a/gamma_grad_S219)H©„ªñºƒPÆ

RecvTensor×ˆªñºƒ Ò¶(Ò¶:"€€@€€@B[1.0MB] edge_220_gradients/res4d_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H×ˆªñºƒé
1update_res4d_branch2a/kernel/ApplyGradientDescent©¿«ñºƒ ¾(¾B™update_res4d_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4d_branch2a/kernel, learning_rate, gradients/res4d_branch2a/kernel_grad_S220)H©¿«ñºƒP¿

RecvTensor„‰ªñºƒ ›(›:
"€ € BŠ[4096B] edge_221_gradients/bn4c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H„‰ªñºƒÛ
.update_bn4c_branch2c/beta/ApplyGradientDescentŸŠªñºƒ (Bupdate_bn4c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2c/beta, learning_rate, gradients/bn4c_branch2c/beta_grad_S221)HŸŠªñºƒPÀ

RecvTensor•‹ªñºƒ «(«:
"€ € B‹[4096B] edge_222_gradients/bn4c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H•‹ªñºƒß
/update_bn4c_branch2c/gamma/ApplyGradientDescentÀŒªñºƒ (B“update_bn4c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2c/gamma, learning_rate, gradients/bn4c_branch2c/gamma_grad_S222)HÀŒªñºƒPÆ

RecvTensor€ªñºƒ á¹(á¹:"€€@€€@B[1.0MB] edge_223_gradients/res4c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H€ªñºƒé
1update_res4c_branch2c/kernel/ApplyGradientDescentáÉ«ñºƒ ¼(¼B™update_res4c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4c_branch2c/kernel, learning_rate, gradients/res4c_branch2c/kernel_grad_S223)HáÉ«ñºƒP½

RecvTensor‘ªñºƒ i(i:
"€€BŠ[1024B] edge_224_gradients/bn4c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‘ªñºƒÛ
.update_bn4c_branch2b/beta/ApplyGradientDescentúªñºƒ (Bupdate_bn4c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2b/beta, learning_rate, gradients/bn4c_branch2b/beta_grad_S224)HúªñºƒPÀ

RecvTensorØªñºƒ ‚(‚:
"€€B‹[1024B] edge_225_gradients/bn4c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HØªñºƒß
/update_bn4c_branch2b/gamma/ApplyGradientDescentÚ‘ªñºƒ (B“update_bn4c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2b/gamma, learning_rate, gradients/bn4c_branch2b/gamma_grad_S225)HÚ‘ªñºƒPÈ

RecvTensor•œªñºƒ áÔ(áÔ:"
€€€€B[2.2MB] edge_226_gradients/res4c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H•œªñºƒé
1update_res4c_branch2b/kernel/ApplyGradientDescentñ¬ñºƒ ²(²B™update_res4c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4c_branch2b/kernel, learning_rate, gradients/res4c_branch2b/kernel_grad_S226)Hñ¬ñºƒP½

RecvTensor¦œªñºƒ u(u:
"€€BŠ[1024B] edge_227_gradients/bn4c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¦œªñºƒÛ
.update_bn4c_branch2a/beta/ApplyGradientDescent›ªñºƒ (Bupdate_bn4c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2a/beta, learning_rate, gradients/bn4c_branch2a/beta_grad_S227)H›ªñºƒP¾

RecvTensorîœªñºƒ |(|:
"€€B‹[1024B] edge_228_gradients/bn4c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hîœªñºƒß
/update_bn4c_branch2a/gamma/ApplyGradientDescentêªñºƒ (B“update_bn4c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2a/gamma, learning_rate, gradients/bn4c_branch2a/gamma_grad_S228)HêªñºƒPÆ

RecvTensorô¡ªñºƒ ¼¿(¼¿:"€€@€€@B[1.0MB] edge_229_gradients/res4c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hô¡ªñºƒé
1update_res4c_branch2a/kernel/ApplyGradientDescent°á«ñºƒ À(ÀB™update_res4c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4c_branch2a/kernel, learning_rate, gradients/res4c_branch2a/kernel_grad_S229)H°á«ñºƒP¿

RecvTensorŸ¢ªñºƒ ¿(¿:
"€ € BŠ[4096B] edge_230_gradients/bn4b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŸ¢ªñºƒÛ
.update_bn4b_branch2c/beta/ApplyGradientDescentŞ£ªñºƒ (Bupdate_bn4b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2c/beta, learning_rate, gradients/bn4b_branch2c/beta_grad_S230)HŞ£ªñºƒPÀ

RecvTensor«¤ªñºƒ ¢(¢:
"€ € B‹[4096B] edge_231_gradients/bn4b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H«¤ªñºƒß
/update_bn4b_branch2c/gamma/ApplyGradientDescentÍ¥ªñºƒ (B“update_bn4b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2c/gamma, learning_rate, gradients/bn4b_branch2c/gamma_grad_S231)HÍ¥ªñºƒPÆ

RecvTensor¸©ªñºƒ ´À(´À:"€€@€€@B[1.0MB] edge_232_gradients/res4b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¸©ªñºƒé
1update_res4b_branch2c/kernel/ApplyGradientDescentìé«ñºƒ ±(±B™update_res4b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4b_branch2c/kernel, learning_rate, gradients/res4b_branch2c/kernel_grad_S232)Hìé«ñºƒP½

RecvTensorÉ©ªñºƒ v(v:
"€€BŠ[1024B] edge_233_gradients/bn4b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÉ©ªñºƒÛ
.update_bn4b_branch2b/beta/ApplyGradientDescent¿ªªñºƒ (Bupdate_bn4b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2b/beta, learning_rate, gradients/bn4b_branch2b/beta_grad_S233)H¿ªªñºƒP¾

RecvTensor‘ªªñºƒ d(d:
"€€B‹[1024B] edge_234_gradients/bn4b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‘ªªñºƒß
/update_bn4b_branch2b/gamma/ApplyGradientDescentõªªñºƒ (B“update_bn4b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2b/gamma, learning_rate, gradients/bn4b_branch2b/gamma_grad_S234)HõªªñºƒPÈ

RecvTensor¶ªñºƒ İÄ(İÄ:"
€€€€B[2.2MB] edge_235_gradients/res4b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¶ªñºƒé
1update_res4b_branch2b/kernel/ApplyGradientDescent˜ÿ¬ñºƒ è(èB™update_res4b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4b_branch2b/kernel, learning_rate, gradients/res4b_branch2b/kernel_grad_S235)H˜ÿ¬ñºƒP½

RecvTensor¯¶ªñºƒ s(s:
"€€BŠ[1024B] edge_236_gradients/bn4b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¯¶ªñºƒÛ
.update_bn4b_branch2a/beta/ApplyGradientDescent¢·ªñºƒ (Bupdate_bn4b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2a/beta, learning_rate, gradients/bn4b_branch2a/beta_grad_S236)H¢·ªñºƒP¾

RecvTensorö¶ªñºƒ v(v:
"€€B‹[1024B] edge_237_gradients/bn4b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hö¶ªñºƒß
/update_bn4b_branch2a/gamma/ApplyGradientDescentì·ªñºƒ (B“update_bn4b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2a/gamma, learning_rate, gradients/bn4b_branch2a/gamma_grad_S237)Hì·ªñºƒPÆ

RecvTensor´¼ªñºƒ ¦À(¦À:"€€@€€@B[1.0MB] edge_238_gradients/res4b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H´¼ªñºƒé
1update_res4b_branch2a/kernel/ApplyGradientDescentÚü«ñºƒ ¨(¨B™update_res4b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4b_branch2a/kernel, learning_rate, gradients/res4b_branch2a/kernel_grad_S238)HÚü«ñºƒP¾

RecvTensorà¼ªñºƒ Ï(Ï:
"€ € B‰[4096B] edge_239_gradients/bn4a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hà¼ªñºƒ×
-update_bn4a_branch1/beta/ApplyGradientDescent¯¾ªñºƒ (Bupdate_bn4a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch1/beta, learning_rate, gradients/bn4a_branch1/beta_grad_S239)H¯¾ªñºƒP¿

RecvTensorú½ªñºƒ ²(²:
"€ € BŠ[4096B] edge_240_gradients/bn4a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hú½ªñºƒÛ
.update_bn4a_branch1/gamma/ApplyGradientDescent¬¿ªñºƒ (Bupdate_bn4a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch1/gamma, learning_rate, gradients/bn4a_branch1/gamma_grad_S240)H¬¿ªñºƒPÇ

RecvTensor–Èªñºƒ è©(è©:"
€€€€€€BŒ[2.0MB] edge_241_gradients/res4a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H–Èªñºƒå
0update_res4a_branch1/kernel/ApplyGradientDescent¿ô¬ñºƒ â(âB–update_res4a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch1/kernel, learning_rate, gradients/res4a_branch1/kernel_grad_S241)H¿ô¬ñºƒP¿

RecvTensorÃÈªñºƒ Æ(Æ:
"€ € BŠ[4096B] edge_242_gradients/bn4a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÃÈªñºƒÛ
.update_bn4a_branch2c/beta/ApplyGradientDescent‰Êªñºƒ (Bupdate_bn4a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2c/beta, learning_rate, gradients/bn4a_branch2c/beta_grad_S242)H‰ÊªñºƒPÀ

RecvTensorÃÊªñºƒ À(À:
"€ € B‹[4096B] edge_243_gradients/bn4a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÃÊªñºƒß
/update_bn4a_branch2c/gamma/ApplyGradientDescentƒÌªñºƒ (B“update_bn4a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2c/gamma, learning_rate, gradients/bn4a_branch2c/gamma_grad_S243)HƒÌªñºƒPÆ

RecvTensorèÏªñºƒ ø½(ø½:"€€@€€@B[1.0MB] edge_244_gradients/res4a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HèÏªñºƒé
1update_res4a_branch2c/kernel/ApplyGradientDescentà¬ñºƒ °(°B™update_res4a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch2c/kernel, learning_rate, gradients/res4a_branch2c/kernel_grad_S244)Hà¬ñºƒP¿

RecvTensorúÏªñºƒ †(†:
"€€BŠ[1024B] edge_245_gradients/bn4a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HúÏªñºƒÛ
.update_bn4a_branch2b/beta/ApplyGradientDescent€Ñªñºƒ (Bupdate_bn4a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2b/beta, learning_rate, gradients/bn4a_branch2b/beta_grad_S245)H€ÑªñºƒP¾

RecvTensorÄĞªñºƒ q(q:
"€€B‹[1024B] edge_246_gradients/bn4a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÄĞªñºƒß
/update_bn4a_branch2b/gamma/ApplyGradientDescentµÑªñºƒ (B“update_bn4a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2b/gamma, learning_rate, gradients/bn4a_branch2b/gamma_grad_S246)HµÑªñºƒPÈ

RecvTensor”Üªñºƒ §©(§©:"
€€€€B[2.2MB] edge_247_gradients/res4a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H”Üªñºƒé
1update_res4a_branch2b/kernel/ApplyGradientDescent»…­ñºƒ ÷(÷B™update_res4a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch2b/kernel, learning_rate, gradients/res4a_branch2b/kernel_grad_S247)H»…­ñºƒP½

RecvTensorÁÜªñºƒ ~(~:
"€€BŠ[1024B] edge_248_gradients/bn4a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÁÜªñºƒÛ
.update_bn4a_branch2a/beta/ApplyGradientDescent¿İªñºƒ (Bupdate_bn4a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2a/beta, learning_rate, gradients/bn4a_branch2a/beta_grad_S248)H¿İªñºƒP¾

RecvTensorÂŞªñºƒ o(o:
"€€B‹[1024B] edge_249_gradients/bn4a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÂŞªñºƒß
/update_bn4a_branch2a/gamma/ApplyGradientDescent±ßªñºƒ (B“update_bn4a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2a/gamma, learning_rate, gradients/bn4a_branch2a/gamma_grad_S249)H±ßªñºƒPÄ

RecvTensoröèªñºƒ ©e(©e:"€€ €€ B[0.5MB] edge_250_gradients/res4a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Höèªñºƒç
1update_res4a_branch2a/kernel/ApplyGradientDescentŸÎ«ñºƒ _(_B™update_res4a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch2a/kernel, learning_rate, gradients/res4a_branch2a/kernel_grad_S250)HŸÎ«ñºƒP¿

RecvTensorÇéªñºƒ š(š:
"€€BŠ[2048B] edge_251_gradients/bn3d_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÇéªñºƒÛ
.update_bn3d_branch2c/beta/ApplyGradientDescentáêªñºƒ (Bupdate_bn3d_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2c/beta, learning_rate, gradients/bn3d_branch2c/beta_grad_S251)HáêªñºƒPÀ

RecvTensoræíªñºƒ (:
"€€B‹[2048B] edge_252_gradients/bn3d_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hæíªñºƒß
/update_bn3d_branch2c/gamma/ApplyGradientDescentóîªñºƒ (B“update_bn3d_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2c/gamma, learning_rate, gradients/bn3d_branch2c/gamma_grad_S252)HóîªñºƒPÄ

RecvTensorçòªñºƒ ş2(ş2:"€€€€B[0.2MB] edge_253_gradients/res3d_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hçòªñºƒç
1update_res3d_branch2c/kernel/ApplyGradientDescentå¥«ñºƒ /(/B™update_res3d_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3d_branch2c/kernel, learning_rate, gradients/res3d_branch2c/kernel_grad_S253)Hå¥«ñºƒP¼

RecvTensoróªñºƒ d(d:
"€€B‰[512B] edge_254_gradients/bn3d_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HóªñºƒÛ
.update_bn3d_branch2b/beta/ApplyGradientDescentõôªñºƒ (Bupdate_bn3d_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2b/beta, learning_rate, gradients/bn3d_branch2b/beta_grad_S254)HõôªñºƒP½

RecvTensor‘ôªñºƒ s(s:
"€€BŠ[512B] edge_255_gradients/bn3d_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‘ôªñºƒß
/update_bn3d_branch2b/gamma/ApplyGradientDescent„õªñºƒ (B“update_bn3d_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2b/gamma, learning_rate, gradients/bn3d_branch2b/gamma_grad_S255)H„õªñºƒPÄ

RecvTensorğÿªñºƒ p(p:"€€$€€$B[0.6MB] edge_256_gradients/res3d_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hğÿªñºƒç
1update_res3d_branch2b/kernel/ApplyGradientDescentşï«ñºƒ b(bB™update_res3d_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3d_branch2b/kernel, learning_rate, gradients/res3d_branch2b/kernel_grad_S256)Hşï«ñºƒP¼

RecvTensor‰€«ñºƒ x(x:
"€€B‰[512B] edge_257_gradients/bn3d_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‰€«ñºƒÛ
.update_bn3d_branch2a/beta/ApplyGradientDescent«ñºƒ (Bupdate_bn3d_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2a/beta, learning_rate, gradients/bn3d_branch2a/beta_grad_S257)H«ñºƒP½

RecvTensor•«ñºƒ k(k:
"€€BŠ[512B] edge_258_gradients/bn3d_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H•«ñºƒß
/update_bn3d_branch2a/gamma/ApplyGradientDescent€‚«ñºƒ (B“update_bn3d_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2a/gamma, learning_rate, gradients/bn3d_branch2a/gamma_grad_S258)H€‚«ñºƒPÄ

RecvTensor¾†«ñºƒ ğ3(ğ3:"€€€€B[0.2MB] edge_259_gradients/res3d_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¾†«ñºƒç
1update_res3d_branch2a/kernel/ApplyGradientDescent®º«ñºƒ 0(0B™update_res3d_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3d_branch2a/kernel, learning_rate, gradients/res3d_branch2a/kernel_grad_S259)H®º«ñºƒP¿

RecvTensor‹‡«ñºƒ (:
"€€BŠ[2048B] edge_260_gradients/bn3c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‹‡«ñºƒÛ
.update_bn3c_branch2c/beta/ApplyGradientDescent˜ˆ«ñºƒ (Bupdate_bn3c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2c/beta, learning_rate, gradients/bn3c_branch2c/beta_grad_S260)H˜ˆ«ñºƒPÀ

RecvTensor·‹«ñºƒ ‹(‹:
"€€B‹[2048B] edge_261_gradients/bn3c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H·‹«ñºƒß
/update_bn3c_branch2c/gamma/ApplyGradientDescentë«ñºƒ (B“update_bn3c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2c/gamma, learning_rate, gradients/bn3c_branch2c/gamma_grad_S261)Hë«ñºƒPÄ

RecvTensorØ«ñºƒ €4(€4:"€€€€B[0.2MB] edge_262_gradients/res3c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HØ«ñºƒç
1update_res3c_branch2c/kernel/ApplyGradientDescentØÄ«ñºƒ ,(,B™update_res3c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3c_branch2c/kernel, learning_rate, gradients/res3c_branch2c/kernel_grad_S262)HØÄ«ñºƒP¼

RecvTensorñ«ñºƒ x(x:
"€€B‰[512B] edge_263_gradients/bn3c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hñ«ñºƒÛ
.update_bn3c_branch2b/beta/ApplyGradientDescenté‘«ñºƒ (Bupdate_bn3c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2b/beta, learning_rate, gradients/bn3c_branch2b/beta_grad_S263)Hé‘«ñºƒP½

RecvTensorƒ’«ñºƒ {({:
"€€BŠ[512B] edge_264_gradients/bn3c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hƒ’«ñºƒß
/update_bn3c_branch2b/gamma/ApplyGradientDescentş’«ñºƒ (B“update_bn3c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2b/gamma, learning_rate, gradients/bn3c_branch2b/gamma_grad_S264)Hş’«ñºƒPÄ

RecvTensorØ«ñºƒ ¶j(¶j:"€€$€€$B[0.6MB] edge_265_gradients/res3c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HØ«ñºƒç
1update_res3c_branch2b/kernel/ApplyGradientDescentˆ¬ñºƒ l(lB™update_res3c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3c_branch2b/kernel, learning_rate, gradients/res3c_branch2b/kernel_grad_S265)Hˆ¬ñºƒP¼

RecvTensorò«ñºƒ v(v:
"€€B‰[512B] edge_266_gradients/bn3c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hò«ñºƒÛ
.update_bn3c_branch2a/beta/ApplyGradientDescentè«ñºƒ (Bupdate_bn3c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2a/beta, learning_rate, gradients/bn3c_branch2a/beta_grad_S266)Hè«ñºƒP¿

RecvTensorû«ñºƒ ‹(‹:
"€€BŠ[512B] edge_267_gradients/bn3c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hû«ñºƒß
/update_bn3c_branch2a/gamma/ApplyGradientDescent† «ñºƒ (B“update_bn3c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2a/gamma, learning_rate, gradients/bn3c_branch2a/gamma_grad_S267)H† «ñºƒPÄ

RecvTensor”¤«ñºƒ ©3(©3:"€€€€B[0.2MB] edge_268_gradients/res3c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H”¤«ñºƒç
1update_res3c_branch2a/kernel/ApplyGradientDescent½×«ñºƒ 4(4B™update_res3c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3c_branch2a/kernel, learning_rate, gradients/res3c_branch2a/kernel_grad_S268)H½×«ñºƒP¿

RecvTensorå¤«ñºƒ ”(”:
"€€BŠ[2048B] edge_269_gradients/bn3b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hå¤«ñºƒÛ
.update_bn3b_branch2c/beta/ApplyGradientDescent”¦«ñºƒ (Bupdate_bn3b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2c/beta, learning_rate, gradients/bn3b_branch2c/beta_grad_S269)H”¦«ñºƒPÀ

RecvTensorÿ¨«ñºƒ §(§:
"€€B‹[2048B] edge_270_gradients/bn3b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hÿ¨«ñºƒß
/update_bn3b_branch2c/gamma/ApplyGradientDescent¦ª«ñºƒ (B“update_bn3b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2c/gamma, learning_rate, gradients/bn3b_branch2c/gamma_grad_S270)H¦ª«ñºƒPÄ

RecvTensor™®«ñºƒ ×2(×2:"€€€€B[0.2MB] edge_271_gradients/res3b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H™®«ñºƒç
1update_res3b_branch2c/kernel/ApplyGradientDescentğà«ñºƒ 0(0B™update_res3b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3b_branch2c/kernel, learning_rate, gradients/res3b_branch2c/kernel_grad_S271)Hğà«ñºƒP¾

RecvTensor´®«ñºƒ ‚(‚:
"€€B‰[512B] edge_272_gradients/bn3b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H´®«ñºƒÛ
.update_bn3b_branch2b/beta/ApplyGradientDescent¶¯«ñºƒ (Bupdate_bn3b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2b/beta, learning_rate, gradients/bn3b_branch2b/beta_grad_S272)H¶¯«ñºƒP½

RecvTensor»¯«ñºƒ p(p:
"€€BŠ[512B] edge_273_gradients/bn3b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H»¯«ñºƒß
/update_bn3b_branch2b/gamma/ApplyGradientDescent«°«ñºƒ (B“update_bn3b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2b/gamma, learning_rate, gradients/bn3b_branch2b/gamma_grad_S273)H«°«ñºƒPÄ

RecvTensor”»«ñºƒ ù`(ù`:"€€$€€$B[0.6MB] edge_274_gradients/res3b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H”»«ñºƒç
1update_res3b_branch2b/kernel/ApplyGradientDescentœ¬ñºƒ e(eB™update_res3b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3b_branch2b/kernel, learning_rate, gradients/res3b_branch2b/kernel_grad_S274)Hœ¬ñºƒP¼

RecvTensor­»«ñºƒ (:
"€€B‰[512B] edge_275_gradients/bn3b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H­»«ñºƒÛ
.update_bn3b_branch2a/beta/ApplyGradientDescent¬¼«ñºƒ (Bupdate_bn3b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2a/beta, learning_rate, gradients/bn3b_branch2a/beta_grad_S275)H¬¼«ñºƒP½

RecvTensorµ¼«ñºƒ }(}:
"€€BŠ[512B] edge_276_gradients/bn3b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hµ¼«ñºƒß
/update_bn3b_branch2a/gamma/ApplyGradientDescent²½«ñºƒ (B“update_bn3b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2a/gamma, learning_rate, gradients/bn3b_branch2a/gamma_grad_S276)H²½«ñºƒPÄ

RecvTensorúÁ«ñºƒ 0(0:"€€€€B[0.2MB] edge_277_gradients/res3b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HúÁ«ñºƒç
1update_res3b_branch2a/kernel/ApplyGradientDescentûñ«ñºƒ /(/B™update_res3b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3b_branch2a/kernel, learning_rate, gradients/res3b_branch2a/kernel_grad_S277)Hûñ«ñºƒP¾

RecvTensorËÂ«ñºƒ ”(”:
"€€B‰[2048B] edge_278_gradients/bn3a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HËÂ«ñºƒ×
-update_bn3a_branch1/beta/ApplyGradientDescentßÃ«ñºƒ (Bupdate_bn3a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch1/beta, learning_rate, gradients/bn3a_branch1/beta_grad_S278)HßÃ«ñºƒP¿

RecvTensorèÄ«ñºƒ ™(™:
"€€BŠ[2048B] edge_279_gradients/bn3a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HèÄ«ñºƒÛ
.update_bn3a_branch1/gamma/ApplyGradientDescentÆ«ñºƒ (Bupdate_bn3a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch1/gamma, learning_rate, gradients/bn3a_branch1/gamma_grad_S279)HÆ«ñºƒPÃ

RecvTensor…Ï«ñºƒ ›R(›R:"€€ €€ BŒ[0.5MB] edge_280_gradients/res3a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H…Ï«ñºƒã
0update_res3a_branch1/kernel/ApplyGradientDescent ¡¬ñºƒ V(VB–update_res3a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch1/kernel, learning_rate, gradients/res3a_branch1/kernel_grad_S280)H ¡¬ñºƒP¿

RecvTensorÕÏ«ñºƒ (:
"€€BŠ[2048B] edge_281_gradients/bn3a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÕÏ«ñºƒÛ
.update_bn3a_branch2c/beta/ApplyGradientDescentóĞ«ñºƒ (Bupdate_bn3a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2c/beta, learning_rate, gradients/bn3a_branch2c/beta_grad_S281)HóĞ«ñºƒPÀ

RecvTensorêÓ«ñºƒ (:
"€€B‹[2048B] edge_282_gradients/bn3a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HêÓ«ñºƒß
/update_bn3a_branch2c/gamma/ApplyGradientDescent÷Ô«ñºƒ (B“update_bn3a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2c/gamma, learning_rate, gradients/bn3a_branch2c/gamma_grad_S282)H÷Ô«ñºƒPÄ

RecvTensor…Ù«ñºƒ ™,(™,:"€€€€B[0.2MB] edge_283_gradients/res3a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H…Ù«ñºƒç
1update_res3a_branch2c/kernel/ApplyGradientDescent…¬ñºƒ 3(3B™update_res3a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch2c/kernel, learning_rate, gradients/res3a_branch2c/kernel_grad_S283)H…¬ñºƒP¼

RecvTensor Ù«ñºƒ k(k:
"€€B‰[512B] edge_284_gradients/bn3a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H Ù«ñºƒÛ
.update_bn3a_branch2b/beta/ApplyGradientDescent‹Ú«ñºƒ (Bupdate_bn3a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2b/beta, learning_rate, gradients/bn3a_branch2b/beta_grad_S284)H‹Ú«ñºƒP½

RecvTensor§Ú«ñºƒ s(s:
"€€BŠ[512B] edge_285_gradients/bn3a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H§Ú«ñºƒß
/update_bn3a_branch2b/gamma/ApplyGradientDescentšÛ«ñºƒ (B“update_bn3a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2b/gamma, learning_rate, gradients/bn3a_branch2b/gamma_grad_S285)HšÛ«ñºƒPÄ

RecvTensor‡æ«ñºƒ ¥Q(¥Q:"€€$€€$B[0.6MB] edge_286_gradients/res3a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‡æ«ñºƒç
1update_res3a_branch2b/kernel/ApplyGradientDescent¬·¬ñºƒ e(eB™update_res3a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch2b/kernel, learning_rate, gradients/res3a_branch2b/kernel_grad_S286)H¬·¬ñºƒP¼

RecvTensorØæ«ñºƒ t(t:
"€€B‰[512B] edge_287_gradients/bn3a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HØæ«ñºƒÛ
.update_bn3a_branch2a/beta/ApplyGradientDescentÌç«ñºƒ (Bupdate_bn3a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2a/beta, learning_rate, gradients/bn3a_branch2a/beta_grad_S287)HÌç«ñºƒP½

RecvTensorÆê«ñºƒ q(q:
"€€BŠ[512B] edge_288_gradients/bn3a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÆê«ñºƒß
/update_bn3a_branch2a/gamma/ApplyGradientDescent·ë«ñºƒ (B“update_bn3a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2a/gamma, learning_rate, gradients/bn3a_branch2a/gamma_grad_S288)H·ë«ñºƒPÄ

RecvTensor…õ«ñºƒ ò(ò:"€€€€B[0.1MB] edge_289_gradients/res3a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H…õ«ñºƒç
1update_res3a_branch2a/kernel/ApplyGradientDescent÷‰¬ñºƒ (B™update_res3a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch2a/kernel, learning_rate, gradients/res3a_branch2a/kernel_grad_S289)H÷‰¬ñºƒP¿

RecvTensor›ö«ñºƒ „(„:
"€€BŠ[1024B] edge_290_gradients/bn2c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H›ö«ñºƒÛ
.update_bn2c_branch2c/beta/ApplyGradientDescentŸ÷«ñºƒ (Bupdate_bn2c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2c/beta, learning_rate, gradients/bn2c_branch2c/beta_grad_S290)HŸ÷«ñºƒP¾

RecvTensorœş«ñºƒ h(h:
"€€B‹[1024B] edge_291_gradients/bn2c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hœş«ñºƒß
/update_bn2c_branch2c/gamma/ApplyGradientDescent„ÿ«ñºƒ (B“update_bn2c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2c/gamma, learning_rate, gradients/bn2c_branch2c/gamma_grad_S291)H„ÿ«ñºƒPÅ

RecvTensor³ƒ¬ñºƒ œ
(œ
:"€€€€B[65536B] edge_292_gradients/res2c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H³ƒ¬ñºƒç
1update_res2c_branch2c/kernel/ApplyGradientDescentÏ¬ñºƒ (B™update_res2c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res2c_branch2c/kernel, learning_rate, gradients/res2c_branch2c/kernel_grad_S292)HÏ¬ñºƒP¼

RecvTensorŞƒ¬ñºƒ g(g:
"€€B‰[256B] edge_293_gradients/bn2c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŞƒ¬ñºƒÛ
.update_bn2c_branch2b/beta/ApplyGradientDescentÅ„¬ñºƒ (Bupdate_bn2c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2b/beta, learning_rate, gradients/bn2c_branch2b/beta_grad_S293)HÅ„¬ñºƒP½

RecvTensorŞ…¬ñºƒ (:
"€€BŠ[256B] edge_294_gradients/bn2c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŞ…¬ñºƒß
/update_bn2c_branch2b/gamma/ApplyGradientDescentİ†¬ñºƒ (B“update_bn2c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2b/gamma, learning_rate, gradients/bn2c_branch2b/gamma_grad_S294)Hİ†¬ñºƒPÄ

RecvTensor¬‘¬ñºƒ ’(’:"€€	€€	B[0.1MB] edge_295_gradients/res2c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¬‘¬ñºƒç
1update_res2c_branch2b/kernel/ApplyGradientDescent¾¥¬ñºƒ (B™update_res2c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res2c_branch2b/kernel, learning_rate, gradients/res2c_branch2b/kernel_grad_S295)H¾¥¬ñºƒP¼

RecvTensorØ‘¬ñºƒ o(o:
"€€B‰[256B] edge_296_gradients/bn2c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HØ‘¬ñºƒÛ
.update_bn2c_branch2a/beta/ApplyGradientDescentÇ’¬ñºƒ (Bupdate_bn2c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2a/beta, learning_rate, gradients/bn2c_branch2a/beta_grad_S296)HÇ’¬ñºƒP½

RecvTensorá“¬ñºƒ k(k:
"€€BŠ[256B] edge_297_gradients/bn2c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Há“¬ñºƒß
/update_bn2c_branch2a/gamma/ApplyGradientDescentÌ”¬ñºƒ (B“update_bn2c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2a/gamma, learning_rate, gradients/bn2c_branch2a/gamma_grad_S297)HÌ”¬ñºƒPÅ

RecvTensor’™¬ñºƒ Ç	(Ç	:"€€€€B[65536B] edge_298_gradients/res2c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H’™¬ñºƒç
1update_res2c_branch2a/kernel/ApplyGradientDescentÙ¢¬ñºƒ (B™update_res2c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res2c_branch2a/kernel, learning_rate, gradients/res2c_branch2a/kernel_grad_S298)HÙ¢¬ñºƒP½

RecvTensor­š¬ñºƒ p(p:
"€€BŠ[1024B] edge_299_gradients/bn2b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H­š¬ñºƒÛ
.update_bn2b_branch2c/beta/ApplyGradientDescent›¬ñºƒ (Bupdate_bn2b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2c/beta, learning_rate, gradients/bn2b_branch2c/beta_grad_S299)H›¬ñºƒP¾

RecvTensor¾¢¬ñºƒ {({:
"€€B‹[1024B] edge_300_gradients/bn2b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¾¢¬ñºƒß
/update_bn2b_branch2c/gamma/ApplyGradientDescent¹£¬ñºƒ (B“update_bn2b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2c/gamma, learning_rate, gradients/bn2b_branch2c/gamma_grad_S300)H¹£¬ñºƒPÅ

RecvTensorÜ§¬ñºƒ Ğ(Ğ:"€€€€B[65536B] edge_301_gradients/res2b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÜ§¬ñºƒç
1update_res2b_branch2c/kernel/ApplyGradientDescent¬°¬ñºƒ (B™update_res2b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res2b_branch2c/kernel, learning_rate, gradients/res2b_branch2c/kernel_grad_S301)H¬°¬ñºƒP¼

RecvTensor‰¨¬ñºƒ [([:
"€€B‰[256B] edge_302_gradients/bn2b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‰¨¬ñºƒÛ
.update_bn2b_branch2b/beta/ApplyGradientDescentä¨¬ñºƒ (Bupdate_bn2b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2b/beta, learning_rate, gradients/bn2b_branch2b/beta_grad_S302)Hä¨¬ñºƒP½

RecvTensorˆª¬ñºƒ t(t:
"€€BŠ[256B] edge_303_gradients/bn2b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hˆª¬ñºƒß
/update_bn2b_branch2b/gamma/ApplyGradientDescentüª¬ñºƒ (B“update_bn2b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2b/gamma, learning_rate, gradients/bn2b_branch2b/gamma_grad_S303)Hüª¬ñºƒPÄ

RecvTensor¼µ¬ñºƒ Æ(Æ:"€€	€€	B[0.1MB] edge_304_gradients/res2b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¼µ¬ñºƒç
1update_res2b_branch2b/kernel/ApplyGradientDescent‚Æ¬ñºƒ  ( B™update_res2b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res2b_branch2b/kernel, learning_rate, gradients/res2b_branch2b/kernel_grad_S304)H‚Æ¬ñºƒP¼

RecvTensorèµ¬ñºƒ ](]:
"€€B‰[256B] edge_305_gradients/bn2b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hèµ¬ñºƒÛ
.update_bn2b_branch2a/beta/ApplyGradientDescentÅ¶¬ñºƒ (Bupdate_bn2b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2a/beta, learning_rate, gradients/bn2b_branch2a/beta_grad_S305)HÅ¶¬ñºƒP½

RecvTensorï·¬ñºƒ c(c:
"€€BŠ[256B] edge_306_gradients/bn2b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hï·¬ñºƒß
/update_bn2b_branch2a/gamma/ApplyGradientDescentÒ¸¬ñºƒ (B“update_bn2b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2a/gamma, learning_rate, gradients/bn2b_branch2a/gamma_grad_S306)HÒ¸¬ñºƒPÅ

RecvTensor½¬ñºƒ Ù(Ù:"€€€€B[65536B] edge_307_gradients/res2b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H½¬ñºƒç
1update_res2b_branch2a/kernel/ApplyGradientDescentçÄ¬ñºƒ (B™update_res2b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res2b_branch2a/kernel, learning_rate, gradients/res2b_branch2a/kernel_grad_S307)HçÄ¬ñºƒP¼

RecvTensor®¾¬ñºƒ `(`:
"€€B‰[1024B] edge_308_gradients/bn2a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H®¾¬ñºƒ×
-update_bn2a_branch1/beta/ApplyGradientDescentáÃ¬ñºƒ (Bupdate_bn2a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch1/beta, learning_rate, gradients/bn2a_branch1/beta_grad_S308)HáÃ¬ñºƒP½

RecvTensorùÂ¬ñºƒ n(n:
"€€BŠ[1024B] edge_309_gradients/bn2a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HùÂ¬ñºƒÛ
.update_bn2a_branch1/gamma/ApplyGradientDescentçÃ¬ñºƒ (Bupdate_bn2a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch1/gamma, learning_rate, gradients/bn2a_branch1/gamma_grad_S309)HçÃ¬ñºƒPÄ

RecvTensorŒÈ¬ñºƒ –(–:"€€€€B[65536B] edge_310_gradients/res2a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŒÈ¬ñºƒã
0update_res2a_branch1/kernel/ApplyGradientDescent¢Ï¬ñºƒ (B–update_res2a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch1/kernel, learning_rate, gradients/res2a_branch1/kernel_grad_S310)H¢Ï¬ñºƒP½

RecvTensor¢É¬ñºƒ `(`:
"€€BŠ[1024B] edge_311_gradients/bn2a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¢É¬ñºƒÛ
.update_bn2a_branch2c/beta/ApplyGradientDescent‚Ê¬ñºƒ (Bupdate_bn2a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2c/beta, learning_rate, gradients/bn2a_branch2c/beta_grad_S311)H‚Ê¬ñºƒP¾

RecvTensor“Ñ¬ñºƒ w(w:
"€€B‹[1024B] edge_312_gradients/bn2a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H“Ñ¬ñºƒß
/update_bn2a_branch2c/gamma/ApplyGradientDescentÙÒ¬ñºƒ (B“update_bn2a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2c/gamma, learning_rate, gradients/bn2a_branch2c/gamma_grad_S312)HÙÒ¬ñºƒPÅ

RecvTensor©Ö¬ñºƒ ±(±:"€€€€B[65536B] edge_313_gradients/res2a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H©Ö¬ñºƒç
1update_res2a_branch2c/kernel/ApplyGradientDescentÚÜ¬ñºƒ (B™update_res2a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch2c/kernel, learning_rate, gradients/res2a_branch2c/kernel_grad_S313)HÚÜ¬ñºƒP¼

RecvTensorÖÖ¬ñºƒ d(d:
"€€B‰[256B] edge_314_gradients/bn2a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÖÖ¬ñºƒÛ
.update_bn2a_branch2b/beta/ApplyGradientDescentåÚ¬ñºƒ (Bupdate_bn2a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2b/beta, learning_rate, gradients/bn2a_branch2b/beta_grad_S314)HåÚ¬ñºƒP½

RecvTensorÜØ¬ñºƒ s(s:
"€€BŠ[256B] edge_315_gradients/bn2a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÜØ¬ñºƒß
/update_bn2a_branch2b/gamma/ApplyGradientDescentêÚ¬ñºƒ (B“update_bn2a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2b/gamma, learning_rate, gradients/bn2a_branch2b/gamma_grad_S315)HêÚ¬ñºƒPÄ

RecvTensor²ä¬ñºƒ ½(½:"€€	€€	B[0.1MB] edge_316_gradients/res2a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H²ä¬ñºƒç
1update_res2a_branch2b/kernel/ApplyGradientDescentïğ¬ñºƒ (B™update_res2a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch2b/kernel, learning_rate, gradients/res2a_branch2b/kernel_grad_S316)Hïğ¬ñºƒP¼

RecvTensoráä¬ñºƒ h(h:
"€€B‰[256B] edge_317_gradients/bn2a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Háä¬ñºƒÛ
.update_bn2a_branch2a/beta/ApplyGradientDescentÉå¬ñºƒ (Bupdate_bn2a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2a/beta, learning_rate, gradients/bn2a_branch2a/beta_grad_S317)HÉå¬ñºƒP½

RecvTensoréæ¬ñºƒ c(c:
"€€BŠ[256B] edge_318_gradients/bn2a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Héæ¬ñºƒß
/update_bn2a_branch2a/gamma/ApplyGradientDescentÌç¬ñºƒ (B“update_bn2a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2a/gamma, learning_rate, gradients/bn2a_branch2a/gamma_grad_S318)HÌç¬ñºƒPÅ

RecvTensor•è¬ñºƒ ¥(¥:"€€€€B[16384B] edge_319_gradients/res2a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H•è¬ñºƒç
1update_res2a_branch2a/kernel/ApplyGradientDescentºê¬ñºƒ (B™update_res2a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch2a/kernel, learning_rate, gradients/res2a_branch2a/kernel_grad_S319)Hºê¬ñºƒP·

RecvTensor­é¬ñºƒ h(h:
"€€B„[256B] edge_320_gradients/bn_conv1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H­é¬ñºƒÇ
)update_bn_conv1/beta/ApplyGradientDescent•ê¬ñºƒ (Bupdate_bn_conv1/beta/ApplyGradientDescent = ApplyGradientDescent(bn_conv1/beta, learning_rate, gradients/bn_conv1/beta_grad_S320)H•ê¬ñºƒP¸

RecvTensorˆô¬ñºƒ t(t:
"€€B…[256B] edge_321_gradients/bn_conv1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hˆô¬ñºƒË
*update_bn_conv1/gamma/ApplyGradientDescent¡÷¬ñºƒ (B„update_bn_conv1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn_conv1/gamma, learning_rate, gradients/bn_conv1/gamma_grad_S321)H¡÷¬ñºƒP¼

RecvTensor‚ú¬ñºƒ é(é:"€¦€¦B…[37632B] edge_322_gradients/conv1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‚ú¬ñºƒÂ
(update_conv1/kernel/ApplyGradientDescent€‚­ñºƒ (B~update_conv1/kernel/ApplyGradientDescent = ApplyGradientDescent(conv1/kernel, learning_rate, gradients/conv1/kernel_grad_S322)H€‚­ñºƒP