
 ‡

Öé
)/job:worker/replica:0/task:0/device:CPU:0¯

RecvTensorì€˜ñºƒ (:"€¦€¦By[37632B] edge_1_conv1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hì€˜ñºƒ«

RecvTensorï€˜ñºƒ _(_:
"€€By[256B] edge_2_bn_conv1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hï€˜ñºƒª

RecvTensorò€˜ñºƒ _(_:
"€€Bx[256B] edge_3_bn_conv1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hò€˜ñºƒ·

RecvTensorö€˜ñºƒ k(k:"€€€€B‚[16384B] edge_4_res2a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hö€˜ñºƒ²

RecvTensorù€˜ñºƒ ‚(‚:
"€€B~[256B] edge_5_bn2a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hù€˜ñºƒ¯

RecvTensorü€˜ñºƒ k(k:
"€€B}[256B] edge_6_bn2a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hü€˜ñºƒ¸

RecvTensorÿ€˜ñºƒ ‰,(‰,:"€€	€€	B[0.1MB] edge_7_res2a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hÿ€˜ñºƒ°

RecvTensor‚˜ñºƒ ~(~:
"€€B~[256B] edge_8_bn2a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‚˜ñºƒ¯

RecvTensor…˜ñºƒ t(t:
"€€B}[256B] edge_9_bn2a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H…˜ñºƒº

RecvTensorˆ˜ñºƒ §(§:"€€€€Bƒ[65536B] edge_10_res2a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hˆ˜ñºƒ³

RecvTensor‹˜ñºƒ u(u:
"€€B€[1024B] edge_11_bn2a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‹˜ñºƒ±

RecvTensor˜ñºƒ a(a:
"€€B[1024B] edge_12_bn2a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H˜ñºƒ¹

RecvTensor‘˜ñºƒ ’(’:"€€€€B‚[65536B] edge_13_res2a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‘˜ñºƒ±

RecvTensor”˜ñºƒ j(j:
"€€B[1024B] edge_14_bn2a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H”˜ñºƒ°

RecvTensor—˜ñºƒ [([:
"€€B~[1024B] edge_15_bn2a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H—˜ñºƒº

RecvTensorš˜ñºƒ ¸(¸:"€€€€Bƒ[65536B] edge_16_res2b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hš˜ñºƒ±

RecvTensor˜ñºƒ c(c:
"€€B[256B] edge_17_bn2b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H˜ñºƒ°

RecvTensor ˜ñºƒ i(i:
"€€B~[256B] edge_18_bn2b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H ˜ñºƒ¹

RecvTensor£˜ñºƒ ¢,(¢,:"€€	€€	B‚[0.1MB] edge_19_res2b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H£˜ñºƒ±

RecvTensor¦˜ñºƒ d(d:
"€€B[256B] edge_20_bn2b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¦˜ñºƒ°

RecvTensor©˜ñºƒ g(g:
"€€B~[256B] edge_21_bn2b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H©˜ñºƒº

RecvTensor¬˜ñºƒ ô(ô:"€€€€Bƒ[65536B] edge_22_res2b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¬˜ñºƒ³

RecvTensor¯˜ñºƒ x(x:
"€€B€[1024B] edge_23_bn2b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¯˜ñºƒ±

RecvTensor²˜ñºƒ q(q:
"€€B[1024B] edge_24_bn2b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H²˜ñºƒº

RecvTensorµ˜ñºƒ §(§:"€€€€Bƒ[65536B] edge_25_res2c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hµ˜ñºƒ±

RecvTensor¸˜ñºƒ ^(^:
"€€B[256B] edge_26_bn2c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¸˜ñºƒ°

RecvTensor»˜ñºƒ l(l:
"€€B~[256B] edge_27_bn2c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H»˜ñºƒ¹

RecvTensor¾˜ñºƒ Š/(Š/:"€€	€€	B‚[0.1MB] edge_28_res2c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¾˜ñºƒ±

RecvTensorÁ˜ñºƒ S(S:
"€€B[256B] edge_29_bn2c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÁ˜ñºƒ°

RecvTensorÄ˜ñºƒ ^(^:
"€€B~[256B] edge_30_bn2c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÄ˜ñºƒº

RecvTensorÇ˜ñºƒ Ş(Ş:"€€€€Bƒ[65536B] edge_31_res2c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÇ˜ñºƒ³

RecvTensorÊ˜ñºƒ w(w:
"€€B€[1024B] edge_32_bn2c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÊ˜ñºƒ±

RecvTensorÍ˜ñºƒ i(i:
"€€B[1024B] edge_33_bn2c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÍ˜ñºƒ¹

RecvTensorĞ˜ñºƒ Ã)(Ã):"€€€€B‚[0.1MB] edge_34_res3a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HĞ˜ñºƒ±

RecvTensorÓ˜ñºƒ d(d:
"€€B[512B] edge_35_bn3a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÓ˜ñºƒ°

RecvTensorÖ˜ñºƒ Z(Z:
"€€B~[512B] edge_36_bn3a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÖ˜ñºƒ»

RecvTensorÙ˜ñºƒ Ë™(Ë™:"€€$€€$B‚[0.6MB] edge_37_res3a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÙ˜ñºƒ±

RecvTensorÜ˜ñºƒ h(h:
"€€B[512B] edge_38_bn3a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÜ˜ñºƒ°

RecvTensorß˜ñºƒ e(e:
"€€B~[512B] edge_39_bn3a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hß˜ñºƒ¹

RecvTensorâ˜ñºƒ ƒO(ƒO:"€€€€B‚[0.2MB] edge_40_res3a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hâ˜ñºƒµ

RecvTensorå˜ñºƒ ”(”:
"€€B€[2048B] edge_41_bn3a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hå˜ñºƒ³

RecvTensorè˜ñºƒ ‡(‡:
"€€B[2048B] edge_42_bn3a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hè˜ñºƒº

RecvTensorë˜ñºƒ ‹(‹:"€€ €€ B[0.5MB] edge_43_res3a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hë˜ñºƒ±

RecvTensorî˜ñºƒ y(y:
"€€B[2048B] edge_44_bn3a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hî˜ñºƒ²

RecvTensorñ˜ñºƒ †(†:
"€€B~[2048B] edge_45_bn3a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hñ˜ñºƒ¹

RecvTensorô˜ñºƒ òN(òN:"€€€€B‚[0.2MB] edge_46_res3b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hô˜ñºƒ³

RecvTensor÷˜ñºƒ †(†:
"€€B[512B] edge_47_bn3b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H÷˜ñºƒ°

RecvTensorú˜ñºƒ j(j:
"€€B~[512B] edge_48_bn3b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hú˜ñºƒ»

RecvTensorı˜ñºƒ à™(à™:"€€$€€$B‚[0.6MB] edge_49_res3b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hı˜ñºƒ±

RecvTensor€‚˜ñºƒ c(c:
"€€B[512B] edge_50_bn3b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H€‚˜ñºƒ°

RecvTensorƒ‚˜ñºƒ l(l:
"€€B~[512B] edge_51_bn3b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hƒ‚˜ñºƒ¹

RecvTensor†‚˜ñºƒ ŒO(ŒO:"€€€€B‚[0.2MB] edge_52_res3b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H†‚˜ñºƒµ

RecvTensor‰‚˜ñºƒ ƒ(ƒ:
"€€B€[2048B] edge_53_bn3b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‰‚˜ñºƒ³

RecvTensorŒ‚˜ñºƒ (:
"€€B[2048B] edge_54_bn3b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŒ‚˜ñºƒ¹

RecvTensor‚˜ñºƒ ùN(ùN:"€€€€B‚[0.2MB] edge_55_res3c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‚˜ñºƒ±

RecvTensor’‚˜ñºƒ w(w:
"€€B[512B] edge_56_bn3c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H’‚˜ñºƒ²

RecvTensor•‚˜ñºƒ €(€:
"€€B~[512B] edge_57_bn3c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H•‚˜ñºƒ»

RecvTensor˜‚˜ñºƒ ¢š(¢š:"€€$€€$B‚[0.6MB] edge_58_res3c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H˜‚˜ñºƒ±

RecvTensor›‚˜ñºƒ z(z:
"€€B[512B] edge_59_bn3c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H›‚˜ñºƒ°

RecvTensor‚˜ñºƒ |(|:
"€€B~[512B] edge_60_bn3c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‚˜ñºƒ¹

RecvTensor¡‚˜ñºƒ ³O(³O:"€€€€B‚[0.2MB] edge_61_res3c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¡‚˜ñºƒµ

RecvTensor¤‚˜ñºƒ ”(”:
"€€B€[2048B] edge_62_bn3c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¤‚˜ñºƒ³

RecvTensor§‚˜ñºƒ •(•:
"€€B[2048B] edge_63_bn3c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H§‚˜ñºƒ¹

RecvTensorª‚˜ñºƒ ÔO(ÔO:"€€€€B‚[0.2MB] edge_64_res3d_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hª‚˜ñºƒ±

RecvTensor®‚˜ñºƒ |(|:
"€€B[512B] edge_65_bn3d_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H®‚˜ñºƒ°

RecvTensor°‚˜ñºƒ z(z:
"€€B~[512B] edge_66_bn3d_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H°‚˜ñºƒ»

RecvTensor³‚˜ñºƒ €š(€š:"€€$€€$B‚[0.6MB] edge_67_res3d_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H³‚˜ñºƒ±

RecvTensor¶‚˜ñºƒ x(x:
"€€B[512B] edge_68_bn3d_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¶‚˜ñºƒ°

RecvTensor¹‚˜ñºƒ m(m:
"€€B~[512B] edge_69_bn3d_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¹‚˜ñºƒ¹

RecvTensor¼‚˜ñºƒ ’O(’O:"€€€€B‚[0.2MB] edge_70_res3d_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¼‚˜ñºƒµ

RecvTensor¿‚˜ñºƒ ³(³:
"€€B€[2048B] edge_71_bn3d_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¿‚˜ñºƒ³

RecvTensorÂ‚˜ñºƒ (:
"€€B[2048B] edge_72_bn3d_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÂ‚˜ñºƒ»

RecvTensorÅ‚˜ñºƒ í‹(í‹:"€€ €€ B‚[0.5MB] edge_73_res4a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÅ‚˜ñºƒ³

RecvTensorÈ‚˜ñºƒ |(|:
"€€B€[1024B] edge_74_bn4a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÈ‚˜ñºƒ³

RecvTensorË‚˜ñºƒ (:
"€€B[1024B] edge_75_bn4a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HË‚˜ñºƒ½

RecvTensorÎ‚˜ñºƒ ÇŠ(ÇŠ:"
€€€€B‚[2.2MB] edge_76_res4a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÎ‚˜ñºƒ³

RecvTensorÑ‚˜ñºƒ |(|:
"€€B€[1024B] edge_77_bn4a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÑ‚˜ñºƒ±

RecvTensorÔ‚˜ñºƒ s(s:
"€€B[1024B] edge_78_bn4a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÔ‚˜ñºƒ»

RecvTensor×‚˜ñºƒ ùñ(ùñ:"€€@€€@B‚[1.0MB] edge_79_res4a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H×‚˜ñºƒµ

RecvTensorÚ‚˜ñºƒ ˆ(ˆ:
"€ € B€[4096B] edge_80_bn4a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÚ‚˜ñºƒ³

RecvTensorİ‚˜ñºƒ î(î:
"€ € B[4096B] edge_81_bn4a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hİ‚˜ñºƒ¼

RecvTensorà‚˜ñºƒ âî(âî:"
€€€€€€B[2.0MB] edge_82_res4a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hà‚˜ñºƒ³

RecvTensorã‚˜ñºƒ (:
"€ € B[4096B] edge_83_bn4a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hã‚˜ñºƒ²

RecvTensoræ‚˜ñºƒ ª(ª:
"€ € B~[4096B] edge_84_bn4a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hæ‚˜ñºƒ»

RecvTensoré‚˜ñºƒ ˆò(ˆò:"€€@€€@B‚[1.0MB] edge_85_res4b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hé‚˜ñºƒµ

RecvTensorì‚˜ñºƒ ˆ(ˆ:
"€€B€[1024B] edge_86_bn4b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hì‚˜ñºƒ³

RecvTensorï‚˜ñºƒ ‹(‹:
"€€B[1024B] edge_87_bn4b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hï‚˜ñºƒ½

RecvTensorò‚˜ñºƒ ¬Š(¬Š:"
€€€€B‚[2.2MB] edge_88_res4b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hò‚˜ñºƒµ

RecvTensorõ‚˜ñºƒ ’(’:
"€€B€[1024B] edge_89_bn4b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hõ‚˜ñºƒ³

RecvTensorø‚˜ñºƒ —(—:
"€€B[1024B] edge_90_bn4b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hø‚˜ñºƒ»

RecvTensorû‚˜ñºƒ øñ(øñ:"€€@€€@B‚[1.0MB] edge_91_res4b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hû‚˜ñºƒµ

RecvTensorş‚˜ñºƒ (:
"€ € B€[4096B] edge_92_bn4b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hş‚˜ñºƒ³

RecvTensor‚ƒ˜ñºƒ ±(±:
"€ € B[4096B] edge_93_bn4b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‚ƒ˜ñºƒ»

RecvTensor…ƒ˜ñºƒ óñ(óñ:"€€@€€@B‚[1.0MB] edge_94_res4c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H…ƒ˜ñºƒµ

RecvTensorˆƒ˜ñºƒ „(„:
"€€B€[1024B] edge_95_bn4c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hˆƒ˜ñºƒ³

RecvTensor‹ƒ˜ñºƒ (:
"€€B[1024B] edge_96_bn4c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‹ƒ˜ñºƒ½

RecvTensorƒ˜ñºƒ ¥Š(¥Š:"
€€€€B‚[2.2MB] edge_97_res4c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hƒ˜ñºƒ³

RecvTensorƒ˜ñºƒ (:
"€€B€[1024B] edge_98_bn4c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hƒ˜ñºƒ³

RecvTensor”ƒ˜ñºƒ ‹(‹:
"€€B[1024B] edge_99_bn4c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H”ƒ˜ñºƒ¼

RecvTensor—ƒ˜ñºƒ åñ(åñ:"€€@€€@Bƒ[1.0MB] edge_100_res4c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H—ƒ˜ñºƒ¶

RecvTensor™ƒ˜ñºƒ Ê(Ê:
"€ € B[4096B] edge_101_bn4c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H™ƒ˜ñºƒµ

RecvTensorœƒ˜ñºƒ ¦(¦:
"€ € B€[4096B] edge_102_bn4c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hœƒ˜ñºƒ¼

RecvTensorŸƒ˜ñºƒ ìñ(ìñ:"€€@€€@Bƒ[1.0MB] edge_103_res4d_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŸƒ˜ñºƒ¶

RecvTensor¢ƒ˜ñºƒ (:
"€€B[1024B] edge_104_bn4d_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¢ƒ˜ñºƒµ

RecvTensor¥ƒ˜ñºƒ ”(”:
"€€B€[1024B] edge_105_bn4d_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¥ƒ˜ñºƒ¾

RecvTensor¨ƒ˜ñºƒ “Š(“Š:"
€€€€Bƒ[2.2MB] edge_106_res4d_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¨ƒ˜ñºƒ¶

RecvTensor«ƒ˜ñºƒ (:
"€€B[1024B] edge_107_bn4d_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H«ƒ˜ñºƒµ

RecvTensor®ƒ˜ñºƒ Š(Š:
"€€B€[1024B] edge_108_bn4d_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H®ƒ˜ñºƒ¼

RecvTensor±ƒ˜ñºƒ æñ(æñ:"€€@€€@Bƒ[1.0MB] edge_109_res4d_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H±ƒ˜ñºƒ¶

RecvTensor´ƒ˜ñºƒ Å(Å:
"€ € B[4096B] edge_110_bn4d_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H´ƒ˜ñºƒµ

RecvTensor·ƒ˜ñºƒ ¾(¾:
"€ € B€[4096B] edge_111_bn4d_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H·ƒ˜ñºƒ¼

RecvTensorºƒ˜ñºƒ Ûñ(Ûñ:"€€@€€@Bƒ[1.0MB] edge_112_res4e_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hºƒ˜ñºƒ¶

RecvTensor½ƒ˜ñºƒ Š(Š:
"€€B[1024B] edge_113_bn4e_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H½ƒ˜ñºƒµ

RecvTensorÀƒ˜ñºƒ “(“:
"€€B€[1024B] edge_114_bn4e_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÀƒ˜ñºƒ¾

RecvTensorÃƒ˜ñºƒ ı‰(ı‰:"
€€€€Bƒ[2.2MB] edge_115_res4e_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÃƒ˜ñºƒ¶

RecvTensorÆƒ˜ñºƒ Ÿ(Ÿ:
"€€B[1024B] edge_116_bn4e_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÆƒ˜ñºƒµ

RecvTensorÉƒ˜ñºƒ  ( :
"€€B€[1024B] edge_117_bn4e_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÉƒ˜ñºƒ¼

RecvTensorÌƒ˜ñºƒ Ôñ(Ôñ:"€€@€€@Bƒ[1.0MB] edge_118_res4e_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÌƒ˜ñºƒ¶

RecvTensorĞƒ˜ñºƒ Ø(Ø:
"€ € B[4096B] edge_119_bn4e_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HĞƒ˜ñºƒµ

RecvTensorÒƒ˜ñºƒ ¿(¿:
"€ € B€[4096B] edge_120_bn4e_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÒƒ˜ñºƒ¼

RecvTensorÕƒ˜ñºƒ Êñ(Êñ:"€€@€€@Bƒ[1.0MB] edge_121_res4f_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÕƒ˜ñºƒ¶

RecvTensorØƒ˜ñºƒ ¦(¦:
"€€B[1024B] edge_122_bn4f_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HØƒ˜ñºƒµ

RecvTensorÛƒ˜ñºƒ (:
"€€B€[1024B] edge_123_bn4f_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÛƒ˜ñºƒ¾

RecvTensorŞƒ˜ñºƒ è‰(è‰:"
€€€€Bƒ[2.2MB] edge_124_res4f_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŞƒ˜ñºƒ¶

RecvTensoráƒ˜ñºƒ ‘(‘:
"€€B[1024B] edge_125_bn4f_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Háƒ˜ñºƒµ

RecvTensoräƒ˜ñºƒ œ(œ:
"€€B€[1024B] edge_126_bn4f_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Häƒ˜ñºƒ¼

RecvTensorçƒ˜ñºƒ Ãñ(Ãñ:"€€@€€@Bƒ[1.0MB] edge_127_res4f_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hçƒ˜ñºƒ¶

RecvTensorêƒ˜ñºƒ ã(ã:
"€ € B[4096B] edge_128_bn4f_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hêƒ˜ñºƒµ

RecvTensoríƒ˜ñºƒ Ş(Ş:
"€ € B€[4096B] edge_129_bn4f_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Híƒ˜ñºƒ¾

RecvTensorğƒ˜ñºƒ ‰î(‰î:"
€€€€€€Bƒ[2.0MB] edge_130_res5a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hğƒ˜ñºƒ¶

RecvTensoróƒ˜ñºƒ Ú(Ú:
"€€B[2048B] edge_131_bn5a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hóƒ˜ñºƒµ

RecvTensoröƒ˜ñºƒ ‚(‚:
"€€B€[2048B] edge_132_bn5a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Höƒ˜ñºƒ¾

RecvTensorùƒ˜ñºƒ í (í :"
€€À€€ÀBƒ[9.0MB] edge_133_res5a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hùƒ˜ñºƒ¶

RecvTensorüƒ˜ñºƒ Ó(Ó:
"€€B[2048B] edge_134_bn5a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hüƒ˜ñºƒµ

RecvTensorÿƒ˜ñºƒ è(è:
"€€B€[2048B] edge_135_bn5a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hÿƒ˜ñºƒ¾

RecvTensor‚„˜ñºƒ ä‚(ä‚:"
€€€€€€Bƒ[4.0MB] edge_136_res5a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‚„˜ñºƒ¶

RecvTensor…„˜ñºƒ §(§:
"€@€@B[8192B] edge_137_bn5a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H…„˜ñºƒµ

RecvTensorˆ„˜ñºƒ š(š:
"€@€@B€[8192B] edge_138_bn5a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hˆ„˜ñºƒ½

RecvTensor‹„˜ñºƒ ù‹(ù‹:"
€€€€€€B‚[8.0MB] edge_139_res5a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‹„˜ñºƒµ

RecvTensor„˜ñºƒ ¥(¥:
"€@€@B€[8192B] edge_140_bn5a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H„˜ñºƒ³

RecvTensor„˜ñºƒ ¹(¹:
"€@€@B[8192B] edge_141_bn5a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H„˜ñºƒ¾

RecvTensor“„˜ñºƒ Õ‚(Õ‚:"
€€€€€€Bƒ[4.0MB] edge_142_res5b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H“„˜ñºƒ¶

RecvTensor—„˜ñºƒ ò(ò:
"€€B[2048B] edge_143_bn5b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H—„˜ñºƒµ

RecvTensor™„˜ñºƒ î(î:
"€€B€[2048B] edge_144_bn5b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H™„˜ñºƒ¾

RecvTensor„˜ñºƒ Ê (Ê :"
€€À€€ÀBƒ[9.0MB] edge_145_res5b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H„˜ñºƒ¶

RecvTensorŸ„˜ñºƒ ô(ô:
"€€B[2048B] edge_146_bn5b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŸ„˜ñºƒµ

RecvTensor¢„˜ñºƒ ì(ì:
"€€B€[2048B] edge_147_bn5b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¢„˜ñºƒ¾

RecvTensor¥„˜ñºƒ Å‚(Å‚:"
€€€€€€Bƒ[4.0MB] edge_148_res5b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¥„˜ñºƒ¶

RecvTensor¨„˜ñºƒ £(£:
"€@€@B[8192B] edge_149_bn5b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¨„˜ñºƒµ

RecvTensor«„˜ñºƒ ª(ª:
"€@€@B€[8192B] edge_150_bn5b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H«„˜ñºƒ¾

RecvTensor®„˜ñºƒ º‚(º‚:"
€€€€€€Bƒ[4.0MB] edge_151_res5c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H®„˜ñºƒ¶

RecvTensor±„˜ñºƒ ß(ß:
"€€B[2048B] edge_152_bn5c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H±„˜ñºƒµ

RecvTensor´„˜ñºƒ İ(İ:
"€€B€[2048B] edge_153_bn5c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H´„˜ñºƒ¾

RecvTensor·„˜ñºƒ ± (± :"
€€À€€ÀBƒ[9.0MB] edge_154_res5c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H·„˜ñºƒ¶

RecvTensorº„˜ñºƒ Ø(Ø:
"€€B[2048B] edge_155_bn5c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hº„˜ñºƒµ

RecvTensor½„˜ñºƒ î(î:
"€€B€[2048B] edge_156_bn5c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H½„˜ñºƒ¾

RecvTensorÀ„˜ñºƒ «‚(«‚:"
€€€€€€Bƒ[4.0MB] edge_157_res5c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÀ„˜ñºƒ¶

RecvTensorÃ„˜ñºƒ ¤(¤:
"€@€@B[8192B] edge_158_bn5c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÃ„˜ñºƒµ

RecvTensorÆ„˜ñºƒ œ(œ:
"€@€@B€[8192B] edge_159_bn5c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÆ„˜ñºƒµ

RecvTensorÉ„˜ñºƒ ¥†(¥†:"
€€ô€€ôB{[7.8MB] edge_160_fc1000/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÉ„˜ñºƒ­

RecvTensorÌ„˜ñºƒ À(À:
"  By[4000B] edge_161_fc1000/bias/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÌ„˜ñºƒ\
conv1/Conv2Dù‚˜ñºƒ €(€B2conv1/Conv2D = Conv2D(input, conv1/kernel/read_S1)Hù‚˜ñºƒP 
bn_conv1/FusedBatchNormV3ùˆ˜ñºƒ Á(ÁBibn_conv1/FusedBatchNormV3 = FusedBatchNormV3(conv1/Conv2D, bn_conv1/gamma/read_S2, bn_conv1/beta/read_S3)Hùˆ˜ñºƒP^
conv1_relu/ReluºŒ˜ñºƒ °(°B1conv1_relu/Relu = Relu(bn_conv1/FusedBatchNormV3)HºŒ˜ñºƒPS
pool1/MaxPoolê˜ñºƒ °(°B(pool1/MaxPool = MaxPool(conv1_relu/Relu)Hê˜ñºƒP}
res2a_branch2a/Conv2Dš˜ñºƒ Y(YBLres2a_branch2a/Conv2D = Conv2D(pool1/MaxPool, res2a_branch2a/kernel/read_S4)Hš˜ñºƒP¼
bn2a_branch2a/FusedBatchNormV3ó˜ñºƒ r(rBbn2a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch2a/Conv2D, bn2a_branch2a/gamma/read_S5, bn2a_branch2a/beta/read_S6)Hó˜ñºƒPs
res2a_branch2a_relu/Reluå‘˜ñºƒ P(PB?res2a_branch2a_relu/Relu = Relu(bn2a_branch2a/FusedBatchNormV3)Hå‘˜ñºƒPŠ
res2a_branch2b/Conv2Dˆ­˜ñºƒ Ô(ÔBWres2a_branch2b/Conv2D = Conv2D(res2a_branch2a_relu/Relu, res2a_branch2b/kernel/read_S7)Hˆ­˜ñºƒP¼
bn2a_branch2b/FusedBatchNormV3Ü²˜ñºƒ u(uBbn2a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch2b/Conv2D, bn2a_branch2b/gamma/read_S8, bn2a_branch2b/beta/read_S9)HÜ²˜ñºƒPs
res2a_branch2b_relu/ReluÑ³˜ñºƒ Q(QB?res2a_branch2b_relu/Relu = Relu(bn2a_branch2b/FusedBatchNormV3)HÑ³˜ñºƒP‹
res2a_branch2c/Conv2D¢´˜ñºƒ Ñ(ÑBXres2a_branch2c/Conv2D = Conv2D(res2a_branch2b_relu/Relu, res2a_branch2c/kernel/read_S10)H¢´˜ñºƒPÀ
bn2a_branch2c/FusedBatchNormV3ó¶˜ñºƒ ¹(¹Bƒbn2a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch2c/Conv2D, bn2a_branch2c/gamma/read_S11, bn2a_branch2c/beta/read_S12)Hó¶˜ñºƒP}
res2a_branch1/Conv2D¬º˜ñºƒ ·(·BKres2a_branch1/Conv2D = Conv2D(pool1/MaxPool, res2a_branch1/kernel/read_S13)H¬º˜ñºƒPº
bn2a_branch1/FusedBatchNormV3ã¼˜ñºƒ Í(ÍBbn2a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch1/Conv2D, bn2a_branch1/gamma/read_S14, bn2a_branch1/beta/read_S15)Hã¼˜ñºƒPw
	res2a/add°À˜ñºƒ š(šBPres2a/add = AddV2(bn2a_branch2c/FusedBatchNormV3, bn2a_branch1/FusedBatchNormV3)H°À˜ñºƒPN
res2a_relu/ReluÊÃ˜ñºƒ ¸(¸B!res2a_relu/Relu = Relu(res2a/add)HÊÃ˜ñºƒP‚
res2b_branch2a/Conv2D‚Æ˜ñºƒ Ê(ÊBOres2b_branch2a/Conv2D = Conv2D(res2a_relu/Relu, res2b_branch2a/kernel/read_S16)H‚Æ˜ñºƒP¾
bn2b_branch2a/FusedBatchNormV3ÌÈ˜ñºƒ p(pBƒbn2b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res2b_branch2a/Conv2D, bn2b_branch2a/gamma/read_S17, bn2b_branch2a/beta/read_S18)HÌÈ˜ñºƒPs
res2b_branch2a_relu/Relu¼É˜ñºƒ R(RB?res2b_branch2a_relu/Relu = Relu(bn2b_branch2a/FusedBatchNormV3)H¼É˜ñºƒP‹
res2b_branch2b/Conv2DÊ˜ñºƒ Å(ÅBXres2b_branch2b/Conv2D = Conv2D(res2b_branch2a_relu/Relu, res2b_branch2b/kernel/read_S19)HÊ˜ñºƒP¾
bn2b_branch2b/FusedBatchNormV3ÓÏ˜ñºƒ y(yBƒbn2b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res2b_branch2b/Conv2D, bn2b_branch2b/gamma/read_S20, bn2b_branch2b/beta/read_S21)HÓÏ˜ñºƒPs
res2b_branch2b_relu/ReluÌĞ˜ñºƒ L(LB?res2b_branch2b_relu/Relu = Relu(bn2b_branch2b/FusedBatchNormV3)HÌĞ˜ñºƒP‹
res2b_branch2c/Conv2D˜Ñ˜ñºƒ »(»BXres2b_branch2c/Conv2D = Conv2D(res2b_branch2b_relu/Relu, res2b_branch2c/kernel/read_S22)H˜Ñ˜ñºƒPÀ
bn2b_branch2c/FusedBatchNormV3ÓÓ˜ñºƒ §(§Bƒbn2b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res2b_branch2c/Conv2D, bn2b_branch2c/gamma/read_S23, bn2b_branch2c/beta/read_S24)HÓÓ˜ñºƒPi
	res2b/addúÖ˜ñºƒ Ä(ÄBBres2b/add = AddV2(bn2b_branch2c/FusedBatchNormV3, res2a_relu/Relu)HúÖ˜ñºƒPN
res2b_relu/Relu¾Ú˜ñºƒ §(§B!res2b_relu/Relu = Relu(res2b/add)H¾Ú˜ñºƒP‚
res2c_branch2a/Conv2DåÜ˜ñºƒ Â(ÂBOres2c_branch2a/Conv2D = Conv2D(res2b_relu/Relu, res2c_branch2a/kernel/read_S25)HåÜ˜ñºƒP¾
bn2c_branch2a/FusedBatchNormV3§ß˜ñºƒ u(uBƒbn2c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res2c_branch2a/Conv2D, bn2c_branch2a/gamma/read_S26, bn2c_branch2a/beta/read_S27)H§ß˜ñºƒPs
res2c_branch2a_relu/Reluœà˜ñºƒ N(NB?res2c_branch2a_relu/Relu = Relu(bn2c_branch2a/FusedBatchNormV3)Hœà˜ñºƒP‹
res2c_branch2b/Conv2Dêà˜ñºƒ ‚(‚BXres2c_branch2b/Conv2D = Conv2D(res2c_branch2a_relu/Relu, res2c_branch2b/kernel/read_S28)Hêà˜ñºƒP¾
bn2c_branch2b/FusedBatchNormV3ìæ˜ñºƒ r(rBƒbn2c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res2c_branch2b/Conv2D, bn2c_branch2b/gamma/read_S29, bn2c_branch2b/beta/read_S30)Hìæ˜ñºƒPs
res2c_branch2b_relu/ReluŞç˜ñºƒ U(UB?res2c_branch2b_relu/Relu = Relu(bn2c_branch2b/FusedBatchNormV3)HŞç˜ñºƒP‹
res2c_branch2c/Conv2D³è˜ñºƒ ´(´BXres2c_branch2c/Conv2D = Conv2D(res2c_branch2b_relu/Relu, res2c_branch2c/kernel/read_S31)H³è˜ñºƒPÀ
bn2c_branch2c/FusedBatchNormV3çê˜ñºƒ Å(ÅBƒbn2c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res2c_branch2c/Conv2D, bn2c_branch2c/gamma/read_S32, bn2c_branch2c/beta/read_S33)Hçê˜ñºƒPi
	res2c/add¬î˜ñºƒ ©(©BBres2c/add = AddV2(bn2c_branch2c/FusedBatchNormV3, res2b_relu/Relu)H¬î˜ñºƒPN
res2c_relu/ReluÕñ˜ñºƒ §(§B!res2c_relu/Relu = Relu(res2c/add)HÕñ˜ñºƒP‚
res3a_branch2a/Conv2Düó˜ñºƒ †(†BOres3a_branch2a/Conv2D = Conv2D(res2c_relu/Relu, res3a_branch2a/kernel/read_S34)Hüó˜ñºƒPÀ
bn3a_branch2a/FusedBatchNormV3‚ù˜ñºƒ Ô(ÔBƒbn3a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch2a/Conv2D, bn3a_branch2a/gamma/read_S35, bn3a_branch2a/beta/read_S36)H‚ù˜ñºƒPu
res3a_branch2a_relu/ReluÖú˜ñºƒ ’(’B?res3a_branch2a_relu/Relu = Relu(bn3a_branch2a/FusedBatchNormV3)HÖú˜ñºƒP‹
res3a_branch2b/Conv2D¤›™ñºƒ ²(²BXres3a_branch2b/Conv2D = Conv2D(res3a_branch2a_relu/Relu, res3a_branch2b/kernel/read_S37)H¤›™ñºƒP¾
bn3a_branch2b/FusedBatchNormV3Ö ™ñºƒ ;(;Bƒbn3a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch2b/Conv2D, bn3a_branch2b/gamma/read_S38, bn3a_branch2b/beta/read_S39)HÖ ™ñºƒPs
res3a_branch2b_relu/Relu‘¡™ñºƒ -(-B?res3a_branch2b_relu/Relu = Relu(bn3a_branch2b/FusedBatchNormV3)H‘¡™ñºƒP‹
res3a_branch2c/Conv2D¾¡™ñºƒ Ú(ÚBXres3a_branch2c/Conv2D = Conv2D(res3a_branch2b_relu/Relu, res3a_branch2c/kernel/read_S40)H¾¡™ñºƒPÀ
bn3a_branch2c/FusedBatchNormV3˜¤™ñºƒ â(âBƒbn3a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch2c/Conv2D, bn3a_branch2c/gamma/read_S41, bn3a_branch2c/beta/read_S42)H˜¤™ñºƒP
res3a_branch1/Conv2Dú¥™ñºƒ £(£BMres3a_branch1/Conv2D = Conv2D(res2c_relu/Relu, res3a_branch1/kernel/read_S43)Hú¥™ñºƒPº
bn3a_branch1/FusedBatchNormV3«™ñºƒ İ(İBbn3a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch1/Conv2D, bn3a_branch1/gamma/read_S44, bn3a_branch1/beta/read_S45)H«™ñºƒPw
	res3a/addú¬™ñºƒ ß(ßBPres3a/add = AddV2(bn3a_branch2c/FusedBatchNormV3, bn3a_branch1/FusedBatchNormV3)Hú¬™ñºƒPN
res3a_relu/ReluÙ®™ñºƒ ’(’B!res3a_relu/Relu = Relu(res3a/add)HÙ®™ñºƒP‚
res3b_branch2a/Conv2Dë¯™ñºƒ Ï(ÏBOres3b_branch2a/Conv2D = Conv2D(res3a_relu/Relu, res3b_branch2a/kernel/read_S46)Hë¯™ñºƒP¾
bn3b_branch2a/FusedBatchNormV3º²™ñºƒ =(=Bƒbn3b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3b_branch2a/Conv2D, bn3b_branch2a/gamma/read_S47, bn3b_branch2a/beta/read_S48)Hº²™ñºƒPs
res3b_branch2a_relu/Relu÷²™ñºƒ *(*B?res3b_branch2a_relu/Relu = Relu(bn3b_branch2a/FusedBatchNormV3)H÷²™ñºƒP‹
res3b_branch2b/Conv2D¡³™ñºƒ †(†BXres3b_branch2b/Conv2D = Conv2D(res3b_branch2a_relu/Relu, res3b_branch2b/kernel/read_S49)H¡³™ñºƒP¾
bn3b_branch2b/FusedBatchNormV3§¹™ñºƒ >(>Bƒbn3b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3b_branch2b/Conv2D, bn3b_branch2b/gamma/read_S50, bn3b_branch2b/beta/read_S51)H§¹™ñºƒPs
res3b_branch2b_relu/Reluå¹™ñºƒ +(+B?res3b_branch2b_relu/Relu = Relu(bn3b_branch2b/FusedBatchNormV3)Hå¹™ñºƒP‹
res3b_branch2c/Conv2Dº™ñºƒ Ğ(ĞBXres3b_branch2c/Conv2D = Conv2D(res3b_branch2b_relu/Relu, res3b_branch2c/kernel/read_S52)Hº™ñºƒPÀ
bn3b_branch2c/FusedBatchNormV3à¼™ñºƒ Ú(ÚBƒbn3b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3b_branch2c/Conv2D, bn3b_branch2c/gamma/read_S53, bn3b_branch2c/beta/read_S54)Hà¼™ñºƒPi
	res3b/addº¾™ñºƒ â(âBBres3b/add = AddV2(bn3b_branch2c/FusedBatchNormV3, res3a_relu/Relu)Hº¾™ñºƒPN
res3b_relu/ReluœÀ™ñºƒ “(“B!res3b_relu/Relu = Relu(res3b/add)HœÀ™ñºƒP‚
res3c_branch2a/Conv2D¯Á™ñºƒ Í(ÍBOres3c_branch2a/Conv2D = Conv2D(res3b_relu/Relu, res3c_branch2a/kernel/read_S55)H¯Á™ñºƒP¾
bn3c_branch2a/FusedBatchNormV3üÃ™ñºƒ ;(;Bƒbn3c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3c_branch2a/Conv2D, bn3c_branch2a/gamma/read_S56, bn3c_branch2a/beta/read_S57)HüÃ™ñºƒPs
res3c_branch2a_relu/Relu·Ä™ñºƒ ,(,B?res3c_branch2a_relu/Relu = Relu(bn3c_branch2a/FusedBatchNormV3)H·Ä™ñºƒP‹
res3c_branch2b/Conv2DãÄ™ñºƒ Õ(ÕBXres3c_branch2b/Conv2D = Conv2D(res3c_branch2a_relu/Relu, res3c_branch2b/kernel/read_S58)HãÄ™ñºƒP¾
bn3c_branch2b/FusedBatchNormV3¸Ê™ñºƒ <(<Bƒbn3c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3c_branch2b/Conv2D, bn3c_branch2b/gamma/read_S59, bn3c_branch2b/beta/read_S60)H¸Ê™ñºƒPs
res3c_branch2b_relu/ReluôÊ™ñºƒ ,(,B?res3c_branch2b_relu/Relu = Relu(bn3c_branch2b/FusedBatchNormV3)HôÊ™ñºƒP‹
res3c_branch2c/Conv2D Ë™ñºƒ Ñ(ÑBXres3c_branch2c/Conv2D = Conv2D(res3c_branch2b_relu/Relu, res3c_branch2c/kernel/read_S61)H Ë™ñºƒPÀ
bn3c_branch2c/FusedBatchNormV3ñÍ™ñºƒ à(àBƒbn3c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3c_branch2c/Conv2D, bn3c_branch2c/gamma/read_S62, bn3c_branch2c/beta/read_S63)HñÍ™ñºƒPi
	res3c/addÑÏ™ñºƒ Û(ÛBBres3c/add = AddV2(bn3c_branch2c/FusedBatchNormV3, res3b_relu/Relu)HÑÏ™ñºƒPN
res3c_relu/Relu¬Ñ™ñºƒ “(“B!res3c_relu/Relu = Relu(res3c/add)H¬Ñ™ñºƒP‚
res3d_branch2a/Conv2D¿Ò™ñºƒ Ø(ØBOres3d_branch2a/Conv2D = Conv2D(res3c_relu/Relu, res3d_branch2a/kernel/read_S64)H¿Ò™ñºƒP¾
bn3d_branch2a/FusedBatchNormV3—Õ™ñºƒ ;(;Bƒbn3d_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3d_branch2a/Conv2D, bn3d_branch2a/gamma/read_S65, bn3d_branch2a/beta/read_S66)H—Õ™ñºƒPs
res3d_branch2a_relu/ReluÒÕ™ñºƒ .(.B?res3d_branch2a_relu/Relu = Relu(bn3d_branch2a/FusedBatchNormV3)HÒÕ™ñºƒP‹
res3d_branch2b/Conv2D€Ö™ñºƒ á(áBXres3d_branch2b/Conv2D = Conv2D(res3d_branch2a_relu/Relu, res3d_branch2b/kernel/read_S67)H€Ö™ñºƒP¾
bn3d_branch2b/FusedBatchNormV3áÛ™ñºƒ >(>Bƒbn3d_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3d_branch2b/Conv2D, bn3d_branch2b/gamma/read_S68, bn3d_branch2b/beta/read_S69)HáÛ™ñºƒPs
res3d_branch2b_relu/ReluŸÜ™ñºƒ ,(,B?res3d_branch2b_relu/Relu = Relu(bn3d_branch2b/FusedBatchNormV3)HŸÜ™ñºƒP‹
res3d_branch2c/Conv2DËÜ™ñºƒ Ã(ÃBXres3d_branch2c/Conv2D = Conv2D(res3d_branch2b_relu/Relu, res3d_branch2c/kernel/read_S70)HËÜ™ñºƒPÀ
bn3d_branch2c/FusedBatchNormV3ß™ñºƒ Ş(ŞBƒbn3d_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3d_branch2c/Conv2D, bn3d_branch2c/gamma/read_S71, bn3d_branch2c/beta/read_S72)Hß™ñºƒPi
	res3d/addìà™ñºƒ ã(ãBBres3d/add = AddV2(bn3d_branch2c/FusedBatchNormV3, res3c_relu/Relu)Hìà™ñºƒPN
res3d_relu/ReluÏâ™ñºƒ —(—B!res3d_relu/Relu = Relu(res3d/add)HÏâ™ñºƒP‚
res4a_branch2a/Conv2Dæã™ñºƒ (BOres4a_branch2a/Conv2D = Conv2D(res3d_relu/Relu, res4a_branch2a/kernel/read_S73)Hæã™ñºƒP¾
bn4a_branch2a/FusedBatchNormV3öè™ñºƒ t(tBƒbn4a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch2a/Conv2D, bn4a_branch2a/gamma/read_S74, bn4a_branch2a/beta/read_S75)Höè™ñºƒPs
res4a_branch2a_relu/Reluêé™ñºƒ Q(QB?res4a_branch2a_relu/Relu = Relu(bn4a_branch2a/FusedBatchNormV3)Hêé™ñºƒP‹
res4a_branch2b/Conv2D•›ñºƒ ù(ùBXres4a_branch2b/Conv2D = Conv2D(res4a_branch2a_relu/Relu, res4a_branch2b/kernel/read_S76)H•›ñºƒP¾
bn4a_branch2b/FusedBatchNormV3“›ñºƒ $($Bƒbn4a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch2b/Conv2D, bn4a_branch2b/gamma/read_S77, bn4a_branch2b/beta/read_S78)H“›ñºƒPs
res4a_branch2b_relu/Relu²“›ñºƒ (B?res4a_branch2b_relu/Relu = Relu(bn4a_branch2b/FusedBatchNormV3)H²“›ñºƒP‹
res4a_branch2c/Conv2DÍ“›ñºƒ Û(ÛBXres4a_branch2c/Conv2D = Conv2D(res4a_branch2b_relu/Relu, res4a_branch2c/kernel/read_S79)HÍ“›ñºƒP¾
bn4a_branch2c/FusedBatchNormV3¨–›ñºƒ o(oBƒbn4a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch2c/Conv2D, bn4a_branch2c/gamma/read_S80, bn4a_branch2c/beta/read_S81)H¨–›ñºƒP
res4a_branch1/Conv2D——›ñºƒ ‰(‰BMres4a_branch1/Conv2D = Conv2D(res3d_relu/Relu, res4a_branch1/kernel/read_S82)H——›ñºƒP¸
bn4a_branch1/FusedBatchNormV3 œ›ñºƒ x(xBbn4a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch1/Conv2D, bn4a_branch1/gamma/read_S83, bn4a_branch1/beta/read_S84)H œ›ñºƒPu
	res4a/add˜›ñºƒ r(rBPres4a/add = AddV2(bn4a_branch2c/FusedBatchNormV3, bn4a_branch1/FusedBatchNormV3)H˜›ñºƒPL
res4a_relu/ReluŠ›ñºƒ O(OB!res4a_relu/Relu = Relu(res4a/add)HŠ›ñºƒP‚
res4b_branch2a/Conv2DÙ›ñºƒ Æ(ÆBOres4b_branch2a/Conv2D = Conv2D(res4a_relu/Relu, res4b_branch2a/kernel/read_S85)HÙ›ñºƒP¾
bn4b_branch2a/FusedBatchNormV3Ÿ¡›ñºƒ #(#Bƒbn4b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4b_branch2a/Conv2D, bn4b_branch2a/gamma/read_S86, bn4b_branch2a/beta/read_S87)HŸ¡›ñºƒPs
res4b_branch2a_relu/ReluÂ¡›ñºƒ (B?res4b_branch2a_relu/Relu = Relu(bn4b_branch2a/FusedBatchNormV3)HÂ¡›ñºƒP‹
res4b_branch2b/Conv2DÛ¡›ñºƒ É(ÉBXres4b_branch2b/Conv2D = Conv2D(res4b_branch2a_relu/Relu, res4b_branch2b/kernel/read_S88)HÛ¡›ñºƒP¾
bn4b_branch2b/FusedBatchNormV3¤§›ñºƒ !(!Bƒbn4b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4b_branch2b/Conv2D, bn4b_branch2b/gamma/read_S89, bn4b_branch2b/beta/read_S90)H¤§›ñºƒPs
res4b_branch2b_relu/ReluÅ§›ñºƒ (B?res4b_branch2b_relu/Relu = Relu(bn4b_branch2b/FusedBatchNormV3)HÅ§›ñºƒP‹
res4b_branch2c/Conv2Dß§›ñºƒ Ò(ÒBXres4b_branch2c/Conv2D = Conv2D(res4b_branch2b_relu/Relu, res4b_branch2c/kernel/read_S91)Hß§›ñºƒP¾
bn4b_branch2c/FusedBatchNormV3±ª›ñºƒ u(uBƒbn4b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4b_branch2c/Conv2D, bn4b_branch2c/gamma/read_S92, bn4b_branch2c/beta/read_S93)H±ª›ñºƒPg
	res4b/add¦«›ñºƒ t(tBBres4b/add = AddV2(bn4b_branch2c/FusedBatchNormV3, res4a_relu/Relu)H¦«›ñºƒPL
res4b_relu/Reluš¬›ñºƒ N(NB!res4b_relu/Relu = Relu(res4b/add)Hš¬›ñºƒP‚
res4c_branch2a/Conv2Dè¬›ñºƒ Ç(ÇBOres4c_branch2a/Conv2D = Conv2D(res4b_relu/Relu, res4c_branch2a/kernel/read_S94)Hè¬›ñºƒP¾
bn4c_branch2a/FusedBatchNormV3¯¯›ñºƒ "("Bƒbn4c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4c_branch2a/Conv2D, bn4c_branch2a/gamma/read_S95, bn4c_branch2a/beta/read_S96)H¯¯›ñºƒPs
res4c_branch2a_relu/ReluÑ¯›ñºƒ (B?res4c_branch2a_relu/Relu = Relu(bn4c_branch2a/FusedBatchNormV3)HÑ¯›ñºƒP‹
res4c_branch2b/Conv2Dë¯›ñºƒ ü(üBXres4c_branch2b/Conv2D = Conv2D(res4c_branch2a_relu/Relu, res4c_branch2b/kernel/read_S97)Hë¯›ñºƒP¾
bn4c_branch2b/FusedBatchNormV3çµ›ñºƒ "("Bƒbn4c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4c_branch2b/Conv2D, bn4c_branch2b/gamma/read_S98, bn4c_branch2b/beta/read_S99)Hçµ›ñºƒPs
res4c_branch2b_relu/Relu‰¶›ñºƒ (B?res4c_branch2b_relu/Relu = Relu(bn4c_branch2b/FusedBatchNormV3)H‰¶›ñºƒPŒ
res4c_branch2c/Conv2D¢¶›ñºƒ â(âBYres4c_branch2c/Conv2D = Conv2D(res4c_branch2b_relu/Relu, res4c_branch2c/kernel/read_S100)H¢¶›ñºƒPÀ
bn4c_branch2c/FusedBatchNormV3„¹›ñºƒ r(rB…bn4c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4c_branch2c/Conv2D, bn4c_branch2c/gamma/read_S101, bn4c_branch2c/beta/read_S102)H„¹›ñºƒPg
	res4c/addö¹›ñºƒ u(uBBres4c/add = AddV2(bn4c_branch2c/FusedBatchNormV3, res4b_relu/Relu)Hö¹›ñºƒPL
res4c_relu/Reluëº›ñºƒ N(NB!res4c_relu/Relu = Relu(res4c/add)Hëº›ñºƒPƒ
res4d_branch2a/Conv2D¹»›ñºƒ ½(½BPres4d_branch2a/Conv2D = Conv2D(res4c_relu/Relu, res4d_branch2a/kernel/read_S103)H¹»›ñºƒPÀ
bn4d_branch2a/FusedBatchNormV3ö½›ñºƒ %(%B…bn4d_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4d_branch2a/Conv2D, bn4d_branch2a/gamma/read_S104, bn4d_branch2a/beta/read_S105)Hö½›ñºƒPs
res4d_branch2a_relu/Relu›¾›ñºƒ (B?res4d_branch2a_relu/Relu = Relu(bn4d_branch2a/FusedBatchNormV3)H›¾›ñºƒPŒ
res4d_branch2b/Conv2Dµ¾›ñºƒ ø(øBYres4d_branch2b/Conv2D = Conv2D(res4d_branch2a_relu/Relu, res4d_branch2b/kernel/read_S106)Hµ¾›ñºƒPÀ
bn4d_branch2b/FusedBatchNormV3­Ä›ñºƒ #(#B…bn4d_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4d_branch2b/Conv2D, bn4d_branch2b/gamma/read_S107, bn4d_branch2b/beta/read_S108)H­Ä›ñºƒPs
res4d_branch2b_relu/ReluĞÄ›ñºƒ (B?res4d_branch2b_relu/Relu = Relu(bn4d_branch2b/FusedBatchNormV3)HĞÄ›ñºƒPŒ
res4d_branch2c/Conv2DêÄ›ñºƒ Ú(ÚBYres4d_branch2c/Conv2D = Conv2D(res4d_branch2b_relu/Relu, res4d_branch2c/kernel/read_S109)HêÄ›ñºƒPÀ
bn4d_branch2c/FusedBatchNormV3ÄÇ›ñºƒ p(pB…bn4d_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4d_branch2c/Conv2D, bn4d_branch2c/gamma/read_S110, bn4d_branch2c/beta/read_S111)HÄÇ›ñºƒPg
	res4d/add´È›ñºƒ t(tBBres4d/add = AddV2(bn4d_branch2c/FusedBatchNormV3, res4c_relu/Relu)H´È›ñºƒPL
res4d_relu/Relu¨É›ñºƒ N(NB!res4d_relu/Relu = Relu(res4d/add)H¨É›ñºƒPƒ
res4e_branch2a/Conv2DöÉ›ñºƒ Ï(ÏBPres4e_branch2a/Conv2D = Conv2D(res4d_relu/Relu, res4e_branch2a/kernel/read_S112)HöÉ›ñºƒPÀ
bn4e_branch2a/FusedBatchNormV3ÅÌ›ñºƒ #(#B…bn4e_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4e_branch2a/Conv2D, bn4e_branch2a/gamma/read_S113, bn4e_branch2a/beta/read_S114)HÅÌ›ñºƒPs
res4e_branch2a_relu/ReluèÌ›ñºƒ (B?res4e_branch2a_relu/Relu = Relu(bn4e_branch2a/FusedBatchNormV3)HèÌ›ñºƒPŒ
res4e_branch2b/Conv2D‚Í›ñºƒ á(áBYres4e_branch2b/Conv2D = Conv2D(res4e_branch2a_relu/Relu, res4e_branch2b/kernel/read_S115)H‚Í›ñºƒPÀ
bn4e_branch2b/FusedBatchNormV3ãÒ›ñºƒ #(#B…bn4e_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4e_branch2b/Conv2D, bn4e_branch2b/gamma/read_S116, bn4e_branch2b/beta/read_S117)HãÒ›ñºƒPs
res4e_branch2b_relu/Relu†Ó›ñºƒ (B?res4e_branch2b_relu/Relu = Relu(bn4e_branch2b/FusedBatchNormV3)H†Ó›ñºƒPŒ
res4e_branch2c/Conv2D Ó›ñºƒ Ñ(ÑBYres4e_branch2c/Conv2D = Conv2D(res4e_branch2b_relu/Relu, res4e_branch2c/kernel/read_S118)H Ó›ñºƒPÀ
bn4e_branch2c/FusedBatchNormV3ñÕ›ñºƒ {({B…bn4e_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4e_branch2c/Conv2D, bn4e_branch2c/gamma/read_S119, bn4e_branch2c/beta/read_S120)HñÕ›ñºƒPg
	res4e/addìÖ›ñºƒ u(uBBres4e/add = AddV2(bn4e_branch2c/FusedBatchNormV3, res4d_relu/Relu)HìÖ›ñºƒPL
res4e_relu/Reluá×›ñºƒ R(RB!res4e_relu/Relu = Relu(res4e/add)Há×›ñºƒPƒ
res4f_branch2a/Conv2D³Ø›ñºƒ ½(½BPres4f_branch2a/Conv2D = Conv2D(res4e_relu/Relu, res4f_branch2a/kernel/read_S121)H³Ø›ñºƒPÀ
bn4f_branch2a/FusedBatchNormV3ğÚ›ñºƒ "("B…bn4f_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4f_branch2a/Conv2D, bn4f_branch2a/gamma/read_S122, bn4f_branch2a/beta/read_S123)HğÚ›ñºƒPs
res4f_branch2a_relu/Relu’Û›ñºƒ (B?res4f_branch2a_relu/Relu = Relu(bn4f_branch2a/FusedBatchNormV3)H’Û›ñºƒPŒ
res4f_branch2b/Conv2D¬Û›ñºƒ Ì(ÌBYres4f_branch2b/Conv2D = Conv2D(res4f_branch2a_relu/Relu, res4f_branch2b/kernel/read_S124)H¬Û›ñºƒPÀ
bn4f_branch2b/FusedBatchNormV3øà›ñºƒ !(!B…bn4f_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4f_branch2b/Conv2D, bn4f_branch2b/gamma/read_S125, bn4f_branch2b/beta/read_S126)Høà›ñºƒPs
res4f_branch2b_relu/Relu™á›ñºƒ (B?res4f_branch2b_relu/Relu = Relu(bn4f_branch2b/FusedBatchNormV3)H™á›ñºƒPŒ
res4f_branch2c/Conv2D²á›ñºƒ á(áBYres4f_branch2c/Conv2D = Conv2D(res4f_branch2b_relu/Relu, res4f_branch2c/kernel/read_S127)H²á›ñºƒPÀ
bn4f_branch2c/FusedBatchNormV3“ä›ñºƒ u(uB…bn4f_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4f_branch2c/Conv2D, bn4f_branch2c/gamma/read_S128, bn4f_branch2c/beta/read_S129)H“ä›ñºƒPg
	res4f/addˆå›ñºƒ n(nBBres4f/add = AddV2(bn4f_branch2c/FusedBatchNormV3, res4e_relu/Relu)Hˆå›ñºƒPL
res4f_relu/Reluöå›ñºƒ Q(QB!res4f_relu/Relu = Relu(res4f/add)Höå›ñºƒPƒ
res5a_branch2a/Conv2DÇæ›ñºƒ •(•BPres5a_branch2a/Conv2D = Conv2D(res4f_relu/Relu, res5a_branch2a/kernel/read_S130)HÇæ›ñºƒPÀ
bn5a_branch2a/FusedBatchNormV3Üë›ñºƒ ?(?B…bn5a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch2a/Conv2D, bn5a_branch2a/gamma/read_S131, bn5a_branch2a/beta/read_S132)HÜë›ñºƒPs
res5a_branch2a_relu/Relu›ì›ñºƒ )()B?res5a_branch2a_relu/Relu = Relu(bn5a_branch2a/FusedBatchNormV3)H›ì›ñºƒPŒ
res5a_branch2b/Conv2Dæ¤ñºƒ Ä(ÄBYres5a_branch2b/Conv2D = Conv2D(res5a_branch2a_relu/Relu, res5a_branch2b/kernel/read_S133)Hæ¤ñºƒPÀ
bn5a_branch2b/FusedBatchNormV3ªªñºƒ (B…bn5a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch2b/Conv2D, bn5a_branch2b/gamma/read_S134, bn5a_branch2b/beta/read_S135)HªªñºƒPs
res5a_branch2b_relu/Relu¿ªñºƒ (B?res5a_branch2b_relu/Relu = Relu(bn5a_branch2b/FusedBatchNormV3)H¿ªñºƒPŒ
res5a_branch2c/Conv2DÑªñºƒ Å(ÅBYres5a_branch2c/Conv2D = Conv2D(res5a_branch2b_relu/Relu, res5a_branch2c/kernel/read_S136)HÑªñºƒPÀ
bn5a_branch2c/FusedBatchNormV3–­ñºƒ =(=B…bn5a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch2c/Conv2D, bn5a_branch2c/gamma/read_S137, bn5a_branch2c/beta/read_S138)H–­ñºƒP€
res5a_branch1/Conv2DÓ­ñºƒ ‰(‰BNres5a_branch1/Conv2D = Conv2D(res4f_relu/Relu, res5a_branch1/kernel/read_S139)HÓ­ñºƒP»
bn5a_branch1/FusedBatchNormV3Ü²ñºƒ =(=Bbn5a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch1/Conv2D, bn5a_branch1/gamma/read_S140, bn5a_branch1/beta/read_S141)HÜ²ñºƒPu
	res5a/add™³ñºƒ :(:BPres5a/add = AddV2(bn5a_branch2c/FusedBatchNormV3, bn5a_branch1/FusedBatchNormV3)H™³ñºƒPL
res5a_relu/ReluÓ³ñºƒ +(+B!res5a_relu/Relu = Relu(res5a/add)HÓ³ñºƒPƒ
res5b_branch2a/Conv2Dş³ñºƒ Á(ÁBPres5b_branch2a/Conv2D = Conv2D(res5a_relu/Relu, res5b_branch2a/kernel/read_S142)Hş³ñºƒPÀ
bn5b_branch2a/FusedBatchNormV3¿¶ñºƒ (B…bn5b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res5b_branch2a/Conv2D, bn5b_branch2a/gamma/read_S143, bn5b_branch2a/beta/read_S144)H¿¶ñºƒPs
res5b_branch2a_relu/ReluÕ¶ñºƒ (B?res5b_branch2a_relu/Relu = Relu(bn5b_branch2a/FusedBatchNormV3)HÕ¶ñºƒPŒ
res5b_branch2b/Conv2Då¶ñºƒ Õ(ÕBYres5b_branch2b/Conv2D = Conv2D(res5b_branch2a_relu/Relu, res5b_branch2b/kernel/read_S145)Hå¶ñºƒPÀ
bn5b_branch2b/FusedBatchNormV3º¼ñºƒ (B…bn5b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res5b_branch2b/Conv2D, bn5b_branch2b/gamma/read_S146, bn5b_branch2b/beta/read_S147)Hº¼ñºƒPs
res5b_branch2b_relu/ReluÎ¼ñºƒ (B?res5b_branch2b_relu/Relu = Relu(bn5b_branch2b/FusedBatchNormV3)HÎ¼ñºƒPŒ
res5b_branch2c/Conv2Dß¼ñºƒ Ö(ÖBYres5b_branch2c/Conv2D = Conv2D(res5b_branch2b_relu/Relu, res5b_branch2c/kernel/read_S148)Hß¼ñºƒPÀ
bn5b_branch2c/FusedBatchNormV3µ¿ñºƒ =(=B…bn5b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res5b_branch2c/Conv2D, bn5b_branch2c/gamma/read_S149, bn5b_branch2c/beta/read_S150)Hµ¿ñºƒPg
	res5b/addò¿ñºƒ ?(?BBres5b/add = AddV2(bn5b_branch2c/FusedBatchNormV3, res5a_relu/Relu)Hò¿ñºƒPL
res5b_relu/Relu±Àñºƒ ,(,B!res5b_relu/Relu = Relu(res5b/add)H±ÀñºƒPƒ
res5c_branch2a/Conv2DİÀñºƒ Ç(ÇBPres5c_branch2a/Conv2D = Conv2D(res5b_relu/Relu, res5c_branch2a/kernel/read_S151)HİÀñºƒPÀ
bn5c_branch2a/FusedBatchNormV3¤Ãñºƒ (B…bn5c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res5c_branch2a/Conv2D, bn5c_branch2a/gamma/read_S152, bn5c_branch2a/beta/read_S153)H¤ÃñºƒPs
res5c_branch2a_relu/Relu¹Ãñºƒ (B?res5c_branch2a_relu/Relu = Relu(bn5c_branch2a/FusedBatchNormV3)H¹ÃñºƒPŒ
res5c_branch2b/Conv2DÉÃñºƒ ´(´BYres5c_branch2b/Conv2D = Conv2D(res5c_branch2a_relu/Relu, res5c_branch2b/kernel/read_S154)HÉÃñºƒPÀ
bn5c_branch2b/FusedBatchNormV3ıÈñºƒ (B…bn5c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res5c_branch2b/Conv2D, bn5c_branch2b/gamma/read_S155, bn5c_branch2b/beta/read_S156)HıÈñºƒPs
res5c_branch2b_relu/Relu’Éñºƒ (B?res5c_branch2b_relu/Relu = Relu(bn5c_branch2b/FusedBatchNormV3)H’ÉñºƒPŒ
res5c_branch2c/Conv2D£Éñºƒ Ô(ÔBYres5c_branch2c/Conv2D = Conv2D(res5c_branch2b_relu/Relu, res5c_branch2c/kernel/read_S157)H£ÉñºƒPÀ
bn5c_branch2c/FusedBatchNormV3÷Ëñºƒ =(=B…bn5c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res5c_branch2c/Conv2D, bn5c_branch2c/gamma/read_S158, bn5c_branch2c/beta/read_S159)H÷ËñºƒPg
	res5c/add´Ìñºƒ >(>BBres5c/add = AddV2(bn5c_branch2c/FusedBatchNormV3, res5b_relu/Relu)H´ÌñºƒPL
res5c_relu/ReluòÌñºƒ +(+B!res5c_relu/Relu = Relu(res5c/add)HòÌñºƒPN
avg_pool/MeanÍñºƒ (B%avg_pool/Mean = Mean(res5c_relu/Relu)HÍñºƒPg
fc1000/MatMul¸Íñºƒ (B>fc1000/MatMul = MatMul(avg_pool/Mean, fc1000/kernel/read_S160)H¸ÍñºƒPh
fc1000/BiasAddÌÍñºƒ 	(	B>fc1000/BiasAdd = BiasAdd(fc1000/MatMul, fc1000/bias/read_S161)HÌÍñºƒP˜
"loss/SoftmaxCrossEntropyWithLogitsÕÍñºƒ (BZloss/SoftmaxCrossEntropyWithLogits = SoftmaxCrossEntropyWithLogits(fc1000/BiasAdd, labels)HÕÍñºƒPƒ
gradients/fc1000/bias_gradİÍñºƒ (BMgradients/fc1000/bias_grad = BackpropGrad(loss/SoftmaxCrossEntropyWithLogits)HİÍñºƒP
gradients/fc1000/kernel_gradåÍñºƒ 4(4BGgradients/fc1000/kernel_grad = BackpropGrad(gradients/fc1000/bias_grad)HåÍñºƒP‹
!gradients/bn5c_branch2c/beta_grad™Îñºƒ (BNgradients/bn5c_branch2c/beta_grad = BackpropGrad(gradients/fc1000/kernel_grad)H™ÎñºƒP”
"gradients/bn5c_branch2c/gamma_grad´Îñºƒ Š(ŠBTgradients/bn5c_branch2c/gamma_grad = BackpropGrad(gradients/bn5c_branch2c/beta_grad)H´ÎñºƒP™
$gradients/res5c_branch2c/kernel_grad¾Ïñºƒ –(–BWgradients/res5c_branch2c/kernel_grad = BackpropGrad(gradients/bn5c_branch2c/gamma_grad)H¾ÏñºƒP“
!gradients/bn5c_branch2b/beta_gradÔÔñºƒ (BVgradients/bn5c_branch2b/beta_grad = BackpropGrad(gradients/res5c_branch2c/kernel_grad)HÔÔñºƒP’
"gradients/bn5c_branch2b/gamma_gradàÔñºƒ '('BTgradients/bn5c_branch2b/gamma_grad = BackpropGrad(gradients/bn5c_branch2b/beta_grad)HàÔñºƒP™
$gradients/res5c_branch2b/kernel_grad‡Õñºƒ ¸(¸BWgradients/res5c_branch2b/kernel_grad = BackpropGrad(gradients/bn5c_branch2b/gamma_grad)H‡ÕñºƒP“
!gradients/bn5c_branch2a/beta_grad¿àñºƒ (BVgradients/bn5c_branch2a/beta_grad = BackpropGrad(gradients/res5c_branch2b/kernel_grad)H¿àñºƒP’
"gradients/bn5c_branch2a/gamma_gradËàñºƒ *(*BTgradients/bn5c_branch2a/gamma_grad = BackpropGrad(gradients/bn5c_branch2a/beta_grad)HËàñºƒP™
$gradients/res5c_branch2a/kernel_gradõàñºƒ ê(êBWgradients/res5c_branch2a/kernel_grad = BackpropGrad(gradients/bn5c_branch2a/gamma_grad)HõàñºƒP“
!gradients/bn5b_branch2c/beta_gradßåñºƒ (BVgradients/bn5b_branch2c/beta_grad = BackpropGrad(gradients/res5c_branch2a/kernel_grad)HßåñºƒP”
"gradients/bn5b_branch2c/gamma_gradùåñºƒ …(…BTgradients/bn5b_branch2c/gamma_grad = BackpropGrad(gradients/bn5b_branch2c/beta_grad)HùåñºƒP™
$gradients/res5b_branch2c/kernel_gradşæñºƒ ±(±BWgradients/res5b_branch2c/kernel_grad = BackpropGrad(gradients/bn5b_branch2c/gamma_grad)HşæñºƒP“
!gradients/bn5b_branch2b/beta_grad¯ìñºƒ (BVgradients/bn5b_branch2b/beta_grad = BackpropGrad(gradients/res5b_branch2c/kernel_grad)H¯ìñºƒP’
"gradients/bn5b_branch2b/gamma_grad¼ìñºƒ '('BTgradients/bn5b_branch2b/gamma_grad = BackpropGrad(gradients/bn5b_branch2b/beta_grad)H¼ìñºƒP™
$gradients/res5b_branch2b/kernel_gradãìñºƒ ´(´BWgradients/res5b_branch2b/kernel_grad = BackpropGrad(gradients/bn5b_branch2b/gamma_grad)HãìñºƒP“
!gradients/bn5b_branch2a/beta_grad—øñºƒ (BVgradients/bn5b_branch2a/beta_grad = BackpropGrad(gradients/res5b_branch2b/kernel_grad)H—øñºƒP’
"gradients/bn5b_branch2a/gamma_grad£øñºƒ )()BTgradients/bn5b_branch2a/gamma_grad = BackpropGrad(gradients/bn5b_branch2a/beta_grad)H£øñºƒP™
$gradients/res5b_branch2a/kernel_gradÌøñºƒ Œ(ŒBWgradients/res5b_branch2a/kernel_grad = BackpropGrad(gradients/bn5b_branch2a/gamma_grad)HÌøñºƒP‘
 gradients/bn5a_branch1/beta_gradØıñºƒ (BUgradients/bn5a_branch1/beta_grad = BackpropGrad(gradients/res5b_branch2a/kernel_grad)HØıñºƒP
!gradients/bn5a_branch1/gamma_gradòıñºƒ O(OBRgradients/bn5a_branch1/gamma_grad = BackpropGrad(gradients/bn5a_branch1/beta_grad)HòıñºƒP–
#gradients/res5a_branch1/kernel_gradÁşñºƒ ó	(ó	BUgradients/res5a_branch1/kernel_grad = BackpropGrad(gradients/bn5a_branch1/gamma_grad)HÁşñºƒP’
!gradients/bn5a_branch2c/beta_grad´ˆñºƒ (BUgradients/bn5a_branch2c/beta_grad = BackpropGrad(gradients/res5a_branch1/kernel_grad)H´ˆñºƒP”
"gradients/bn5a_branch2c/gamma_gradÌˆñºƒ „(„BTgradients/bn5a_branch2c/gamma_grad = BackpropGrad(gradients/bn5a_branch2c/beta_grad)HÌˆñºƒP™
$gradients/res5a_branch2c/kernel_gradĞ‰ñºƒ ó(óBWgradients/res5a_branch2c/kernel_grad = BackpropGrad(gradients/bn5a_branch2c/gamma_grad)HĞ‰ñºƒP“
!gradients/bn5a_branch2b/beta_gradÃñºƒ (BVgradients/bn5a_branch2b/beta_grad = BackpropGrad(gradients/res5a_branch2c/kernel_grad)HÃñºƒP’
"gradients/bn5a_branch2b/gamma_gradÎñºƒ '('BTgradients/bn5a_branch2b/gamma_grad = BackpropGrad(gradients/bn5a_branch2b/beta_grad)HÎñºƒP™
$gradients/res5a_branch2b/kernel_gradõñºƒ –(–BWgradients/res5a_branch2b/kernel_grad = BackpropGrad(gradients/bn5a_branch2b/gamma_grad)HõñºƒP“
!gradients/bn5a_branch2a/beta_grad‹šñºƒ (BVgradients/bn5a_branch2a/beta_grad = BackpropGrad(gradients/res5a_branch2b/kernel_grad)H‹šñºƒP”
"gradients/bn5a_branch2a/gamma_grad¥šñºƒ ‰(‰BTgradients/bn5a_branch2a/gamma_grad = BackpropGrad(gradients/bn5a_branch2a/beta_grad)H¥šñºƒP™
$gradients/res5a_branch2a/kernel_grad®›ñºƒ ã	(ã	BWgradients/res5a_branch2a/kernel_grad = BackpropGrad(gradients/bn5a_branch2a/gamma_grad)H®›ñºƒP“
!gradients/bn4f_branch2c/beta_grad‘¥ñºƒ ,(,BVgradients/bn4f_branch2c/beta_grad = BackpropGrad(gradients/res5a_branch2a/kernel_grad)H‘¥ñºƒP”
"gradients/bn4f_branch2c/gamma_grad½¥ñºƒ ‡(‡BTgradients/bn4f_branch2c/gamma_grad = BackpropGrad(gradients/bn4f_branch2c/beta_grad)H½¥ñºƒP™
$gradients/res4f_branch2c/kernel_gradÄ§ñºƒ (BWgradients/res4f_branch2c/kernel_grad = BackpropGrad(gradients/bn4f_branch2c/gamma_grad)HÄ§ñºƒP“
!gradients/bn4f_branch2b/beta_gradÔ¬ñºƒ (BVgradients/bn4f_branch2b/beta_grad = BackpropGrad(gradients/res4f_branch2c/kernel_grad)HÔ¬ñºƒP’
"gradients/bn4f_branch2b/gamma_gradæ¬ñºƒ J(JBTgradients/bn4f_branch2b/gamma_grad = BackpropGrad(gradients/bn4f_branch2b/beta_grad)Hæ¬ñºƒP™
$gradients/res4f_branch2b/kernel_grad°­ñºƒ ¹(¹BWgradients/res4f_branch2b/kernel_grad = BackpropGrad(gradients/bn4f_branch2b/gamma_grad)H°­ñºƒP“
!gradients/bn4f_branch2a/beta_gradé¸ñºƒ (BVgradients/bn4f_branch2a/beta_grad = BackpropGrad(gradients/res4f_branch2b/kernel_grad)Hé¸ñºƒP’
"gradients/bn4f_branch2a/gamma_gradú¸ñºƒ K(KBTgradients/bn4f_branch2a/gamma_grad = BackpropGrad(gradients/bn4f_branch2a/beta_grad)Hú¸ñºƒP™
$gradients/res4f_branch2a/kernel_gradÅ¹ñºƒ ”(”BWgradients/res4f_branch2a/kernel_grad = BackpropGrad(gradients/bn4f_branch2a/gamma_grad)HÅ¹ñºƒP“
!gradients/bn4e_branch2c/beta_gradÙ¾ñºƒ ,(,BVgradients/bn4e_branch2c/beta_grad = BackpropGrad(gradients/res4f_branch2a/kernel_grad)HÙ¾ñºƒP”
"gradients/bn4e_branch2c/gamma_grad…¿ñºƒ ü(üBTgradients/bn4e_branch2c/gamma_grad = BackpropGrad(gradients/bn4e_branch2c/beta_grad)H…¿ñºƒP™
$gradients/res4e_branch2c/kernel_gradÁñºƒ œ(œBWgradients/res4e_branch2c/kernel_grad = BackpropGrad(gradients/bn4e_branch2c/gamma_grad)HÁñºƒP“
!gradients/bn4e_branch2b/beta_gradÆñºƒ (BVgradients/bn4e_branch2b/beta_grad = BackpropGrad(gradients/res4e_branch2c/kernel_grad)HÆñºƒP’
"gradients/bn4e_branch2b/gamma_grad®Æñºƒ C(CBTgradients/bn4e_branch2b/gamma_grad = BackpropGrad(gradients/bn4e_branch2b/beta_grad)H®ÆñºƒP™
$gradients/res4e_branch2b/kernel_gradñÆñºƒ ƒ(ƒBWgradients/res4e_branch2b/kernel_grad = BackpropGrad(gradients/bn4e_branch2b/gamma_grad)HñÆñºƒP“
!gradients/bn4e_branch2a/beta_gradôÑñºƒ (BVgradients/bn4e_branch2a/beta_grad = BackpropGrad(gradients/res4e_branch2b/kernel_grad)HôÑñºƒP’
"gradients/bn4e_branch2a/gamma_grad„Òñºƒ D(DBTgradients/bn4e_branch2a/gamma_grad = BackpropGrad(gradients/bn4e_branch2a/beta_grad)H„ÒñºƒP™
$gradients/res4e_branch2a/kernel_gradÈÒñºƒ ÷(÷BWgradients/res4e_branch2a/kernel_grad = BackpropGrad(gradients/bn4e_branch2a/gamma_grad)HÈÒñºƒP“
!gradients/bn4d_branch2c/beta_grad¿×ñºƒ ,(,BVgradients/bn4d_branch2c/beta_grad = BackpropGrad(gradients/res4e_branch2a/kernel_grad)H¿×ñºƒP”
"gradients/bn4d_branch2c/gamma_gradë×ñºƒ €(€BTgradients/bn4d_branch2c/gamma_grad = BackpropGrad(gradients/bn4d_branch2c/beta_grad)Hë×ñºƒP™
$gradients/res4d_branch2c/kernel_gradëÙñºƒ ˜(˜BWgradients/res4d_branch2c/kernel_grad = BackpropGrad(gradients/bn4d_branch2c/gamma_grad)HëÙñºƒP“
!gradients/bn4d_branch2b/beta_gradƒßñºƒ (BVgradients/bn4d_branch2b/beta_grad = BackpropGrad(gradients/res4d_branch2c/kernel_grad)HƒßñºƒP’
"gradients/bn4d_branch2b/gamma_grad“ßñºƒ E(EBTgradients/bn4d_branch2b/gamma_grad = BackpropGrad(gradients/bn4d_branch2b/beta_grad)H“ßñºƒP™
$gradients/res4d_branch2b/kernel_gradØßñºƒ ˆ(ˆBWgradients/res4d_branch2b/kernel_grad = BackpropGrad(gradients/bn4d_branch2b/gamma_grad)HØßñºƒP“
!gradients/bn4d_branch2a/beta_gradàêñºƒ (BVgradients/bn4d_branch2a/beta_grad = BackpropGrad(gradients/res4d_branch2b/kernel_grad)HàêñºƒP’
"gradients/bn4d_branch2a/gamma_gradñêñºƒ J(JBTgradients/bn4d_branch2a/gamma_grad = BackpropGrad(gradients/bn4d_branch2a/beta_grad)HñêñºƒP™
$gradients/res4d_branch2a/kernel_grad»ëñºƒ ¨(¨BWgradients/res4d_branch2a/kernel_grad = BackpropGrad(gradients/bn4d_branch2a/gamma_grad)H»ëñºƒP“
!gradients/bn4c_branch2c/beta_gradãğñºƒ -(-BVgradients/bn4c_branch2c/beta_grad = BackpropGrad(gradients/res4d_branch2a/kernel_grad)HãğñºƒP”
"gradients/bn4c_branch2c/gamma_gradññºƒ ‘(‘BTgradients/bn4c_branch2c/gamma_grad = BackpropGrad(gradients/bn4c_branch2c/beta_grad)HññºƒP™
$gradients/res4c_branch2c/kernel_grad¡óñºƒ •(•BWgradients/res4c_branch2c/kernel_grad = BackpropGrad(gradients/bn4c_branch2c/gamma_grad)H¡óñºƒP“
!gradients/bn4c_branch2b/beta_grad¶øñºƒ (BVgradients/bn4c_branch2b/beta_grad = BackpropGrad(gradients/res4c_branch2c/kernel_grad)H¶øñºƒP’
"gradients/bn4c_branch2b/gamma_gradÇøñºƒ F(FBTgradients/bn4c_branch2b/gamma_grad = BackpropGrad(gradients/bn4c_branch2b/beta_grad)HÇøñºƒP™
$gradients/res4c_branch2b/kernel_gradùñºƒ Ä(ÄBWgradients/res4c_branch2b/kernel_grad = BackpropGrad(gradients/bn4c_branch2b/gamma_grad)HùñºƒP“
!gradients/bn4c_branch2a/beta_gradÑ„Ÿñºƒ (BVgradients/bn4c_branch2a/beta_grad = BackpropGrad(gradients/res4c_branch2b/kernel_grad)HÑ„ŸñºƒP’
"gradients/bn4c_branch2a/gamma_gradâ„Ÿñºƒ H(HBTgradients/bn4c_branch2a/gamma_grad = BackpropGrad(gradients/bn4c_branch2a/beta_grad)Hâ„ŸñºƒP™
$gradients/res4c_branch2a/kernel_gradª…Ÿñºƒ „(„BWgradients/res4c_branch2a/kernel_grad = BackpropGrad(gradients/bn4c_branch2a/gamma_grad)Hª…ŸñºƒP“
!gradients/bn4b_branch2c/beta_grad®ŠŸñºƒ +(+BVgradients/bn4b_branch2c/beta_grad = BackpropGrad(gradients/res4c_branch2a/kernel_grad)H®ŠŸñºƒP”
"gradients/bn4b_branch2c/gamma_gradÙŠŸñºƒ õ(õBTgradients/bn4b_branch2c/gamma_grad = BackpropGrad(gradients/bn4b_branch2c/beta_grad)HÙŠŸñºƒP™
$gradients/res4b_branch2c/kernel_gradÎŒŸñºƒ š(šBWgradients/res4b_branch2c/kernel_grad = BackpropGrad(gradients/bn4b_branch2c/gamma_grad)HÎŒŸñºƒP“
!gradients/bn4b_branch2b/beta_gradè‘Ÿñºƒ (BVgradients/bn4b_branch2b/beta_grad = BackpropGrad(gradients/res4b_branch2c/kernel_grad)Hè‘ŸñºƒP’
"gradients/bn4b_branch2b/gamma_gradù‘Ÿñºƒ D(DBTgradients/bn4b_branch2b/gamma_grad = BackpropGrad(gradients/bn4b_branch2b/beta_grad)Hù‘ŸñºƒP™
$gradients/res4b_branch2b/kernel_grad½’Ÿñºƒ «(«BWgradients/res4b_branch2b/kernel_grad = BackpropGrad(gradients/bn4b_branch2b/gamma_grad)H½’ŸñºƒP“
!gradients/bn4b_branch2a/beta_gradèŸñºƒ (BVgradients/bn4b_branch2a/beta_grad = BackpropGrad(gradients/res4b_branch2b/kernel_grad)HèŸñºƒP’
"gradients/bn4b_branch2a/gamma_gradøŸñºƒ E(EBTgradients/bn4b_branch2a/gamma_grad = BackpropGrad(gradients/bn4b_branch2a/beta_grad)HøŸñºƒP™
$gradients/res4b_branch2a/kernel_grad½Ÿñºƒ ™(™BWgradients/res4b_branch2a/kernel_grad = BackpropGrad(gradients/bn4b_branch2a/gamma_grad)H½ŸñºƒP‘
 gradients/bn4a_branch1/beta_gradÖ£Ÿñºƒ ,(,BUgradients/bn4a_branch1/beta_grad = BackpropGrad(gradients/res4b_branch2a/kernel_grad)HÖ£ŸñºƒP‘
!gradients/bn4a_branch1/gamma_grad‚¤Ÿñºƒ “(“BRgradients/bn4a_branch1/gamma_grad = BackpropGrad(gradients/bn4a_branch1/beta_grad)H‚¤ŸñºƒP–
#gradients/res4a_branch1/kernel_grad•¥Ÿñºƒ ¦
(¦
BUgradients/res4a_branch1/kernel_grad = BackpropGrad(gradients/bn4a_branch1/gamma_grad)H•¥ŸñºƒP’
!gradients/bn4a_branch2c/beta_grad»¯Ÿñºƒ -(-BUgradients/bn4a_branch2c/beta_grad = BackpropGrad(gradients/res4a_branch1/kernel_grad)H»¯ŸñºƒP”
"gradients/bn4a_branch2c/gamma_gradè¯Ÿñºƒ ‚(‚BTgradients/bn4a_branch2c/gamma_grad = BackpropGrad(gradients/bn4a_branch2c/beta_grad)Hè¯ŸñºƒP™
$gradients/res4a_branch2c/kernel_gradê±Ÿñºƒ œ(œBWgradients/res4a_branch2c/kernel_grad = BackpropGrad(gradients/bn4a_branch2c/gamma_grad)Hê±ŸñºƒP“
!gradients/bn4a_branch2b/beta_grad†·Ÿñºƒ (BVgradients/bn4a_branch2b/beta_grad = BackpropGrad(gradients/res4a_branch2c/kernel_grad)H†·ŸñºƒP’
"gradients/bn4a_branch2b/gamma_grad—·Ÿñºƒ B(BBTgradients/bn4a_branch2b/gamma_grad = BackpropGrad(gradients/bn4a_branch2b/beta_grad)H—·ŸñºƒP™
$gradients/res4a_branch2b/kernel_gradÙ·Ÿñºƒ ‡(‡BWgradients/res4a_branch2b/kernel_grad = BackpropGrad(gradients/bn4a_branch2b/gamma_grad)HÙ·ŸñºƒP“
!gradients/bn4a_branch2a/beta_gradàÂŸñºƒ .(.BVgradients/bn4a_branch2a/beta_grad = BackpropGrad(gradients/res4a_branch2b/kernel_grad)HàÂŸñºƒP”
"gradients/bn4a_branch2a/gamma_gradÃŸñºƒ ú(úBTgradients/bn4a_branch2a/gamma_grad = BackpropGrad(gradients/bn4a_branch2a/beta_grad)HÃŸñºƒP™
$gradients/res4a_branch2a/kernel_gradˆÅŸñºƒ ï	(ï	BWgradients/res4a_branch2a/kernel_grad = BackpropGrad(gradients/bn4a_branch2a/gamma_grad)HˆÅŸñºƒP“
!gradients/bn3d_branch2c/beta_grad÷ÎŸñºƒ P(PBVgradients/bn3d_branch2c/beta_grad = BackpropGrad(gradients/res4a_branch2a/kernel_grad)H÷ÎŸñºƒP”
"gradients/bn3d_branch2c/gamma_gradÇÏŸñºƒ (BTgradients/bn3d_branch2c/gamma_grad = BackpropGrad(gradients/bn3d_branch2c/beta_grad)HÇÏŸñºƒP™
$gradients/res3d_branch2c/kernel_gradÈÓŸñºƒ ê(êBWgradients/res3d_branch2c/kernel_grad = BackpropGrad(gradients/bn3d_branch2c/gamma_grad)HÈÓŸñºƒP“
!gradients/bn3d_branch2b/beta_grad²ØŸñºƒ (BVgradients/bn3d_branch2b/beta_grad = BackpropGrad(gradients/res3d_branch2c/kernel_grad)H²ØŸñºƒP”
"gradients/bn3d_branch2b/gamma_gradËØŸñºƒ ˆ(ˆBTgradients/bn3d_branch2b/gamma_grad = BackpropGrad(gradients/bn3d_branch2b/beta_grad)HËØŸñºƒP™
$gradients/res3d_branch2b/kernel_gradÓÙŸñºƒ (BWgradients/res3d_branch2b/kernel_grad = BackpropGrad(gradients/bn3d_branch2b/gamma_grad)HÓÙŸñºƒP“
!gradients/bn3d_branch2a/beta_gradãåŸñºƒ (BVgradients/bn3d_branch2a/beta_grad = BackpropGrad(gradients/res3d_branch2b/kernel_grad)HãåŸñºƒP”
"gradients/bn3d_branch2a/gamma_gradüåŸñºƒ „(„BTgradients/bn3d_branch2a/gamma_grad = BackpropGrad(gradients/bn3d_branch2a/beta_grad)HüåŸñºƒP™
$gradients/res3d_branch2a/kernel_grad€çŸñºƒ ‰(‰BWgradients/res3d_branch2a/kernel_grad = BackpropGrad(gradients/bn3d_branch2a/gamma_grad)H€çŸñºƒP“
!gradients/bn3c_branch2c/beta_grad‰ìŸñºƒ O(OBVgradients/bn3c_branch2c/beta_grad = BackpropGrad(gradients/res3d_branch2a/kernel_grad)H‰ìŸñºƒP”
"gradients/bn3c_branch2c/gamma_gradØìŸñºƒ í(íBTgradients/bn3c_branch2c/gamma_grad = BackpropGrad(gradients/bn3c_branch2c/beta_grad)HØìŸñºƒP™
$gradients/res3c_branch2c/kernel_gradÅğŸñºƒ (BWgradients/res3c_branch2c/kernel_grad = BackpropGrad(gradients/bn3c_branch2c/gamma_grad)HÅğŸñºƒP“
!gradients/bn3c_branch2b/beta_gradÓõŸñºƒ (BVgradients/bn3c_branch2b/beta_grad = BackpropGrad(gradients/res3c_branch2c/kernel_grad)HÓõŸñºƒP”
"gradients/bn3c_branch2b/gamma_gradíõŸñºƒ (BTgradients/bn3c_branch2b/gamma_grad = BackpropGrad(gradients/bn3c_branch2b/beta_grad)HíõŸñºƒP™
$gradients/res3c_branch2b/kernel_gradúöŸñºƒ ›(›BWgradients/res3c_branch2b/kernel_grad = BackpropGrad(gradients/bn3c_branch2b/gamma_grad)HúöŸñºƒP“
!gradients/bn3c_branch2a/beta_grad•‚ ñºƒ (BVgradients/bn3c_branch2a/beta_grad = BackpropGrad(gradients/res3c_branch2b/kernel_grad)H•‚ ñºƒP”
"gradients/bn3c_branch2a/gamma_grad®‚ ñºƒ ‹(‹BTgradients/bn3c_branch2a/gamma_grad = BackpropGrad(gradients/bn3c_branch2a/beta_grad)H®‚ ñºƒP™
$gradients/res3c_branch2a/kernel_grad¹ƒ ñºƒ œ(œBWgradients/res3c_branch2a/kernel_grad = BackpropGrad(gradients/bn3c_branch2a/gamma_grad)H¹ƒ ñºƒP“
!gradients/bn3b_branch2c/beta_gradÕˆ ñºƒ N(NBVgradients/bn3b_branch2c/beta_grad = BackpropGrad(gradients/res3c_branch2a/kernel_grad)HÕˆ ñºƒP”
"gradients/bn3b_branch2c/gamma_grad£‰ ñºƒ ƒ(ƒBTgradients/bn3b_branch2c/gamma_grad = BackpropGrad(gradients/bn3b_branch2c/beta_grad)H£‰ ñºƒP™
$gradients/res3b_branch2c/kernel_grad¦ ñºƒ ¡(¡BWgradients/res3b_branch2c/kernel_grad = BackpropGrad(gradients/bn3b_branch2c/gamma_grad)H¦ ñºƒP“
!gradients/bn3b_branch2b/beta_gradÇ’ ñºƒ (BVgradients/bn3b_branch2b/beta_grad = BackpropGrad(gradients/res3b_branch2c/kernel_grad)HÇ’ ñºƒP”
"gradients/bn3b_branch2b/gamma_gradà’ ñºƒ (BTgradients/bn3b_branch2b/gamma_grad = BackpropGrad(gradients/bn3b_branch2b/beta_grad)Hà’ ñºƒP™
$gradients/res3b_branch2b/kernel_gradá“ ñºƒ …(…BWgradients/res3b_branch2b/kernel_grad = BackpropGrad(gradients/bn3b_branch2b/gamma_grad)Há“ ñºƒP“
!gradients/bn3b_branch2a/beta_gradæ ñºƒ (BVgradients/bn3b_branch2a/beta_grad = BackpropGrad(gradients/res3b_branch2b/kernel_grad)Hæ ñºƒP”
"gradients/bn3b_branch2a/gamma_gradş ñºƒ „(„BTgradients/bn3b_branch2a/gamma_grad = BackpropGrad(gradients/bn3b_branch2a/beta_grad)Hş ñºƒP™
$gradients/res3b_branch2a/kernel_grad‚  ñºƒ ş(şBWgradients/res3b_branch2a/kernel_grad = BackpropGrad(gradients/bn3b_branch2a/gamma_grad)H‚  ñºƒP‘
 gradients/bn3a_branch1/beta_grad€¥ ñºƒ P(PBUgradients/bn3a_branch1/beta_grad = BackpropGrad(gradients/res3b_branch2a/kernel_grad)H€¥ ñºƒP‘
!gradients/bn3a_branch1/gamma_gradĞ¥ ñºƒ ¦(¦BRgradients/bn3a_branch1/gamma_grad = BackpropGrad(gradients/bn3a_branch1/beta_grad)HĞ¥ ñºƒP–
#gradients/res3a_branch1/kernel_gradö§ ñºƒ Â
(Â
BUgradients/res3a_branch1/kernel_grad = BackpropGrad(gradients/bn3a_branch1/gamma_grad)Hö§ ñºƒP’
!gradients/bn3a_branch2c/beta_grad¸² ñºƒ K(KBUgradients/bn3a_branch2c/beta_grad = BackpropGrad(gradients/res3a_branch1/kernel_grad)H¸² ñºƒP”
"gradients/bn3a_branch2c/gamma_gradƒ³ ñºƒ î(îBTgradients/bn3a_branch2c/gamma_grad = BackpropGrad(gradients/bn3a_branch2c/beta_grad)Hƒ³ ñºƒP™
$gradients/res3a_branch2c/kernel_gradñ¶ ñºƒ (BWgradients/res3a_branch2c/kernel_grad = BackpropGrad(gradients/bn3a_branch2c/gamma_grad)Hñ¶ ñºƒP“
!gradients/bn3a_branch2b/beta_gradÿ» ñºƒ (BVgradients/bn3a_branch2b/beta_grad = BackpropGrad(gradients/res3a_branch2c/kernel_grad)Hÿ» ñºƒP”
"gradients/bn3a_branch2b/gamma_grad™¼ ñºƒ ˆ(ˆBTgradients/bn3a_branch2b/gamma_grad = BackpropGrad(gradients/bn3a_branch2b/beta_grad)H™¼ ñºƒP™
$gradients/res3a_branch2b/kernel_grad¡½ ñºƒ Å(ÅBWgradients/res3a_branch2b/kernel_grad = BackpropGrad(gradients/bn3a_branch2b/gamma_grad)H¡½ ñºƒP“
!gradients/bn3a_branch2a/beta_gradæÈ ñºƒ T(TBVgradients/bn3a_branch2a/beta_grad = BackpropGrad(gradients/res3a_branch2b/kernel_grad)HæÈ ñºƒP”
"gradients/bn3a_branch2a/gamma_gradºÉ ñºƒ ƒ(ƒBTgradients/bn3a_branch2a/gamma_grad = BackpropGrad(gradients/bn3a_branch2a/beta_grad)HºÉ ñºƒP™
$gradients/res3a_branch2a/kernel_grad½Í ñºƒ €
(€
BWgradients/res3a_branch2a/kernel_grad = BackpropGrad(gradients/bn3a_branch2a/gamma_grad)H½Í ñºƒP•
!gradients/bn2c_branch2c/beta_grad½× ñºƒ ‘(‘BVgradients/bn2c_branch2c/beta_grad = BackpropGrad(gradients/res3a_branch2a/kernel_grad)H½× ñºƒP”
"gradients/bn2c_branch2c/gamma_gradÎØ ñºƒ È(ÈBTgradients/bn2c_branch2c/gamma_grad = BackpropGrad(gradients/bn2c_branch2c/beta_grad)HÎØ ñºƒP™
$gradients/res2c_branch2c/kernel_grad–à ñºƒ ¡(¡BWgradients/res2c_branch2c/kernel_grad = BackpropGrad(gradients/bn2c_branch2c/gamma_grad)H–à ñºƒP“
!gradients/bn2c_branch2b/beta_grad·å ñºƒ ,(,BVgradients/bn2c_branch2b/beta_grad = BackpropGrad(gradients/res2c_branch2c/kernel_grad)H·å ñºƒP”
"gradients/bn2c_branch2b/gamma_gradãå ñºƒ ’(’BTgradients/bn2c_branch2b/gamma_grad = BackpropGrad(gradients/bn2c_branch2b/beta_grad)Hãå ñºƒP™
$gradients/res2c_branch2b/kernel_gradõç ñºƒ Ø(ØBWgradients/res2c_branch2b/kernel_grad = BackpropGrad(gradients/bn2c_branch2b/gamma_grad)Hõç ñºƒP“
!gradients/bn2c_branch2a/beta_gradÍó ñºƒ .(.BVgradients/bn2c_branch2a/beta_grad = BackpropGrad(gradients/res2c_branch2b/kernel_grad)HÍó ñºƒP”
"gradients/bn2c_branch2a/gamma_gradûó ñºƒ ı(ıBTgradients/bn2c_branch2a/gamma_grad = BackpropGrad(gradients/bn2c_branch2a/beta_grad)Hûó ñºƒP™
$gradients/res2c_branch2a/kernel_gradøõ ñºƒ ¯(¯BWgradients/res2c_branch2a/kernel_grad = BackpropGrad(gradients/bn2c_branch2a/gamma_grad)Høõ ñºƒP•
!gradients/bn2b_branch2c/beta_grad§û ñºƒ (BVgradients/bn2b_branch2c/beta_grad = BackpropGrad(gradients/res2c_branch2a/kernel_grad)H§û ñºƒP”
"gradients/bn2b_branch2c/gamma_gradÄü ñºƒ Ö(ÖBTgradients/bn2b_branch2c/gamma_grad = BackpropGrad(gradients/bn2b_branch2c/beta_grad)HÄü ñºƒP™
$gradients/res2b_branch2c/kernel_gradš„¡ñºƒ ú(úBWgradients/res2b_branch2c/kernel_grad = BackpropGrad(gradients/bn2b_branch2c/gamma_grad)Hš„¡ñºƒP“
!gradients/bn2b_branch2b/beta_grad”‰¡ñºƒ )()BVgradients/bn2b_branch2b/beta_grad = BackpropGrad(gradients/res2b_branch2c/kernel_grad)H”‰¡ñºƒP”
"gradients/bn2b_branch2b/gamma_grad½‰¡ñºƒ (BTgradients/bn2b_branch2b/gamma_grad = BackpropGrad(gradients/bn2b_branch2b/beta_grad)H½‰¡ñºƒP™
$gradients/res2b_branch2b/kernel_gradÊ‹¡ñºƒ Ï(ÏBWgradients/res2b_branch2b/kernel_grad = BackpropGrad(gradients/bn2b_branch2b/gamma_grad)HÊ‹¡ñºƒP“
!gradients/bn2b_branch2a/beta_grad™—¡ñºƒ *(*BVgradients/bn2b_branch2a/beta_grad = BackpropGrad(gradients/res2b_branch2b/kernel_grad)H™—¡ñºƒP”
"gradients/bn2b_branch2a/gamma_gradÃ—¡ñºƒ (BTgradients/bn2b_branch2a/gamma_grad = BackpropGrad(gradients/bn2b_branch2a/beta_grad)HÃ—¡ñºƒP™
$gradients/res2b_branch2a/kernel_gradÄ™¡ñºƒ £(£BWgradients/res2b_branch2a/kernel_grad = BackpropGrad(gradients/bn2b_branch2a/gamma_grad)HÄ™¡ñºƒP“
 gradients/bn2a_branch1/beta_gradç¡ñºƒ ™(™BUgradients/bn2a_branch1/beta_grad = BackpropGrad(gradients/res2b_branch2a/kernel_grad)Hç¡ñºƒP‘
!gradients/bn2a_branch1/gamma_grad€ ¡ñºƒ È(ÈBRgradients/bn2a_branch1/gamma_grad = BackpropGrad(gradients/bn2a_branch1/beta_grad)H€ ¡ñºƒP–
#gradients/res2a_branch1/kernel_gradÈ¤¡ñºƒ ’(’BUgradients/res2a_branch1/kernel_grad = BackpropGrad(gradients/bn2a_branch1/gamma_grad)HÈ¤¡ñºƒP”
!gradients/bn2a_branch2c/beta_gradÚ©¡ñºƒ –(–BUgradients/bn2a_branch2c/beta_grad = BackpropGrad(gradients/res2a_branch1/kernel_grad)HÚ©¡ñºƒP”
"gradients/bn2a_branch2c/gamma_gradğª¡ñºƒ  ( BTgradients/bn2a_branch2c/gamma_grad = BackpropGrad(gradients/bn2a_branch2c/beta_grad)Hğª¡ñºƒP™
$gradients/res2a_branch2c/kernel_grad³¡ñºƒ ‰(‰BWgradients/res2a_branch2c/kernel_grad = BackpropGrad(gradients/bn2a_branch2c/gamma_grad)H³¡ñºƒP“
!gradients/bn2a_branch2b/beta_grad™¸¡ñºƒ -(-BVgradients/bn2a_branch2b/beta_grad = BackpropGrad(gradients/res2a_branch2c/kernel_grad)H™¸¡ñºƒP”
"gradients/bn2a_branch2b/gamma_gradÆ¸¡ñºƒ (BTgradients/bn2a_branch2b/gamma_grad = BackpropGrad(gradients/bn2a_branch2b/beta_grad)HÆ¸¡ñºƒP™
$gradients/res2a_branch2b/kernel_gradÇº¡ñºƒ Ë(ËBWgradients/res2a_branch2b/kernel_grad = BackpropGrad(gradients/bn2a_branch2b/gamma_grad)HÇº¡ñºƒP“
!gradients/bn2a_branch2a/beta_grad’Æ¡ñºƒ -(-BVgradients/bn2a_branch2a/beta_grad = BackpropGrad(gradients/res2a_branch2b/kernel_grad)H’Æ¡ñºƒP”
"gradients/bn2a_branch2a/gamma_grad¿Æ¡ñºƒ …(…BTgradients/bn2a_branch2a/gamma_grad = BackpropGrad(gradients/bn2a_branch2a/beta_grad)H¿Æ¡ñºƒP™
$gradients/res2a_branch2a/kernel_gradÄÈ¡ñºƒ ®(®BWgradients/res2a_branch2a/kernel_grad = BackpropGrad(gradients/bn2a_branch2a/gamma_grad)HÄÈ¡ñºƒP‹
gradients/bn_conv1/beta_gradòÉ¡ñºƒ “(“BQgradients/bn_conv1/beta_grad = BackpropGrad(gradients/res2a_branch2a/kernel_grad)HòÉ¡ñºƒP…
gradients/bn_conv1/gamma_grad…Ë¡ñºƒ Ô
(Ô
BJgradients/bn_conv1/gamma_grad = BackpropGrad(gradients/bn_conv1/beta_grad)H…Ë¡ñºƒP‚
gradients/conv1/kernel_gradÙÕ¡ñºƒ ç(çBIgradients/conv1/kernel_grad = BackpropGrad(gradients/bn_conv1/gamma_grad)HÙÕ¡ñºƒP
Â
%/job:ps/replica:0/task:0/device:CPU:0W
conv1/kernel/readê€˜ñºƒ (B*conv1/kernel/read = Identity(conv1/kernel)Hê€˜ñºƒP]
bn_conv1/gamma/readì€˜ñºƒ (B.bn_conv1/gamma/read = Identity(bn_conv1/gamma)Hì€˜ñºƒPZ
bn_conv1/beta/readï€˜ñºƒ (B,bn_conv1/beta/read = Identity(bn_conv1/beta)Hï€˜ñºƒPr
res2a_branch2a/kernel/readò€˜ñºƒ (B<res2a_branch2a/kernel/read = Identity(res2a_branch2a/kernel)Hò€˜ñºƒPl
bn2a_branch2a/gamma/readö€˜ñºƒ (B8bn2a_branch2a/gamma/read = Identity(bn2a_branch2a/gamma)Hö€˜ñºƒPi
bn2a_branch2a/beta/readù€˜ñºƒ (B6bn2a_branch2a/beta/read = Identity(bn2a_branch2a/beta)Hù€˜ñºƒPr
res2a_branch2b/kernel/readü€˜ñºƒ (B<res2a_branch2b/kernel/read = Identity(res2a_branch2b/kernel)Hü€˜ñºƒPl
bn2a_branch2b/gamma/readÿ€˜ñºƒ (B8bn2a_branch2b/gamma/read = Identity(bn2a_branch2b/gamma)Hÿ€˜ñºƒPi
bn2a_branch2b/beta/read‚˜ñºƒ (B6bn2a_branch2b/beta/read = Identity(bn2a_branch2b/beta)H‚˜ñºƒPr
res2a_branch2c/kernel/read…˜ñºƒ (B<res2a_branch2c/kernel/read = Identity(res2a_branch2c/kernel)H…˜ñºƒPl
bn2a_branch2c/gamma/readˆ˜ñºƒ (B8bn2a_branch2c/gamma/read = Identity(bn2a_branch2c/gamma)Hˆ˜ñºƒPi
bn2a_branch2c/beta/read‹˜ñºƒ (B6bn2a_branch2c/beta/read = Identity(bn2a_branch2c/beta)H‹˜ñºƒPo
res2a_branch1/kernel/read˜ñºƒ (B:res2a_branch1/kernel/read = Identity(res2a_branch1/kernel)H˜ñºƒPi
bn2a_branch1/gamma/read‘˜ñºƒ (B6bn2a_branch1/gamma/read = Identity(bn2a_branch1/gamma)H‘˜ñºƒPf
bn2a_branch1/beta/read”˜ñºƒ (B4bn2a_branch1/beta/read = Identity(bn2a_branch1/beta)H”˜ñºƒPr
res2b_branch2a/kernel/read—˜ñºƒ (B<res2b_branch2a/kernel/read = Identity(res2b_branch2a/kernel)H—˜ñºƒPl
bn2b_branch2a/gamma/readš˜ñºƒ (B8bn2b_branch2a/gamma/read = Identity(bn2b_branch2a/gamma)Hš˜ñºƒPi
bn2b_branch2a/beta/read˜ñºƒ (B6bn2b_branch2a/beta/read = Identity(bn2b_branch2a/beta)H˜ñºƒPr
res2b_branch2b/kernel/read ˜ñºƒ (B<res2b_branch2b/kernel/read = Identity(res2b_branch2b/kernel)H ˜ñºƒPl
bn2b_branch2b/gamma/read£˜ñºƒ (B8bn2b_branch2b/gamma/read = Identity(bn2b_branch2b/gamma)H£˜ñºƒPi
bn2b_branch2b/beta/read¦˜ñºƒ (B6bn2b_branch2b/beta/read = Identity(bn2b_branch2b/beta)H¦˜ñºƒPr
res2b_branch2c/kernel/read©˜ñºƒ (B<res2b_branch2c/kernel/read = Identity(res2b_branch2c/kernel)H©˜ñºƒPl
bn2b_branch2c/gamma/read¬˜ñºƒ (B8bn2b_branch2c/gamma/read = Identity(bn2b_branch2c/gamma)H¬˜ñºƒPi
bn2b_branch2c/beta/read¯˜ñºƒ (B6bn2b_branch2c/beta/read = Identity(bn2b_branch2c/beta)H¯˜ñºƒPr
res2c_branch2a/kernel/read²˜ñºƒ (B<res2c_branch2a/kernel/read = Identity(res2c_branch2a/kernel)H²˜ñºƒPl
bn2c_branch2a/gamma/readµ˜ñºƒ (B8bn2c_branch2a/gamma/read = Identity(bn2c_branch2a/gamma)Hµ˜ñºƒPi
bn2c_branch2a/beta/read¸˜ñºƒ (B6bn2c_branch2a/beta/read = Identity(bn2c_branch2a/beta)H¸˜ñºƒPr
res2c_branch2b/kernel/read»˜ñºƒ (B<res2c_branch2b/kernel/read = Identity(res2c_branch2b/kernel)H»˜ñºƒPl
bn2c_branch2b/gamma/read¾˜ñºƒ (B8bn2c_branch2b/gamma/read = Identity(bn2c_branch2b/gamma)H¾˜ñºƒPi
bn2c_branch2b/beta/readÁ˜ñºƒ (B6bn2c_branch2b/beta/read = Identity(bn2c_branch2b/beta)HÁ˜ñºƒPr
res2c_branch2c/kernel/readÄ˜ñºƒ (B<res2c_branch2c/kernel/read = Identity(res2c_branch2c/kernel)HÄ˜ñºƒPl
bn2c_branch2c/gamma/readÇ˜ñºƒ (B8bn2c_branch2c/gamma/read = Identity(bn2c_branch2c/gamma)HÇ˜ñºƒPi
bn2c_branch2c/beta/readÊ˜ñºƒ (B6bn2c_branch2c/beta/read = Identity(bn2c_branch2c/beta)HÊ˜ñºƒPr
res3a_branch2a/kernel/readÍ˜ñºƒ (B<res3a_branch2a/kernel/read = Identity(res3a_branch2a/kernel)HÍ˜ñºƒPl
bn3a_branch2a/gamma/readĞ˜ñºƒ (B8bn3a_branch2a/gamma/read = Identity(bn3a_branch2a/gamma)HĞ˜ñºƒPi
bn3a_branch2a/beta/readÓ˜ñºƒ (B6bn3a_branch2a/beta/read = Identity(bn3a_branch2a/beta)HÓ˜ñºƒPr
res3a_branch2b/kernel/readÖ˜ñºƒ (B<res3a_branch2b/kernel/read = Identity(res3a_branch2b/kernel)HÖ˜ñºƒPl
bn3a_branch2b/gamma/readÙ˜ñºƒ (B8bn3a_branch2b/gamma/read = Identity(bn3a_branch2b/gamma)HÙ˜ñºƒPi
bn3a_branch2b/beta/readÜ˜ñºƒ (B6bn3a_branch2b/beta/read = Identity(bn3a_branch2b/beta)HÜ˜ñºƒPr
res3a_branch2c/kernel/readß˜ñºƒ (B<res3a_branch2c/kernel/read = Identity(res3a_branch2c/kernel)Hß˜ñºƒPl
bn3a_branch2c/gamma/readâ˜ñºƒ (B8bn3a_branch2c/gamma/read = Identity(bn3a_branch2c/gamma)Hâ˜ñºƒPi
bn3a_branch2c/beta/readå˜ñºƒ (B6bn3a_branch2c/beta/read = Identity(bn3a_branch2c/beta)Hå˜ñºƒPo
res3a_branch1/kernel/readè˜ñºƒ (B:res3a_branch1/kernel/read = Identity(res3a_branch1/kernel)Hè˜ñºƒPi
bn3a_branch1/gamma/readë˜ñºƒ (B6bn3a_branch1/gamma/read = Identity(bn3a_branch1/gamma)Hë˜ñºƒPf
bn3a_branch1/beta/readî˜ñºƒ (B4bn3a_branch1/beta/read = Identity(bn3a_branch1/beta)Hî˜ñºƒPr
res3b_branch2a/kernel/readñ˜ñºƒ (B<res3b_branch2a/kernel/read = Identity(res3b_branch2a/kernel)Hñ˜ñºƒPl
bn3b_branch2a/gamma/readô˜ñºƒ (B8bn3b_branch2a/gamma/read = Identity(bn3b_branch2a/gamma)Hô˜ñºƒPi
bn3b_branch2a/beta/read÷˜ñºƒ (B6bn3b_branch2a/beta/read = Identity(bn3b_branch2a/beta)H÷˜ñºƒPr
res3b_branch2b/kernel/readú˜ñºƒ (B<res3b_branch2b/kernel/read = Identity(res3b_branch2b/kernel)Hú˜ñºƒPl
bn3b_branch2b/gamma/readı˜ñºƒ (B8bn3b_branch2b/gamma/read = Identity(bn3b_branch2b/gamma)Hı˜ñºƒPi
bn3b_branch2b/beta/read€‚˜ñºƒ (B6bn3b_branch2b/beta/read = Identity(bn3b_branch2b/beta)H€‚˜ñºƒPr
res3b_branch2c/kernel/readƒ‚˜ñºƒ (B<res3b_branch2c/kernel/read = Identity(res3b_branch2c/kernel)Hƒ‚˜ñºƒPl
bn3b_branch2c/gamma/read†‚˜ñºƒ (B8bn3b_branch2c/gamma/read = Identity(bn3b_branch2c/gamma)H†‚˜ñºƒPi
bn3b_branch2c/beta/read‰‚˜ñºƒ (B6bn3b_branch2c/beta/read = Identity(bn3b_branch2c/beta)H‰‚˜ñºƒPr
res3c_branch2a/kernel/readŒ‚˜ñºƒ (B<res3c_branch2a/kernel/read = Identity(res3c_branch2a/kernel)HŒ‚˜ñºƒPl
bn3c_branch2a/gamma/read‚˜ñºƒ (B8bn3c_branch2a/gamma/read = Identity(bn3c_branch2a/gamma)H‚˜ñºƒPi
bn3c_branch2a/beta/read’‚˜ñºƒ (B6bn3c_branch2a/beta/read = Identity(bn3c_branch2a/beta)H’‚˜ñºƒPr
res3c_branch2b/kernel/read•‚˜ñºƒ (B<res3c_branch2b/kernel/read = Identity(res3c_branch2b/kernel)H•‚˜ñºƒPl
bn3c_branch2b/gamma/read˜‚˜ñºƒ (B8bn3c_branch2b/gamma/read = Identity(bn3c_branch2b/gamma)H˜‚˜ñºƒPi
bn3c_branch2b/beta/read›‚˜ñºƒ (B6bn3c_branch2b/beta/read = Identity(bn3c_branch2b/beta)H›‚˜ñºƒPr
res3c_branch2c/kernel/read‚˜ñºƒ (B<res3c_branch2c/kernel/read = Identity(res3c_branch2c/kernel)H‚˜ñºƒPl
bn3c_branch2c/gamma/read¡‚˜ñºƒ (B8bn3c_branch2c/gamma/read = Identity(bn3c_branch2c/gamma)H¡‚˜ñºƒPi
bn3c_branch2c/beta/read¤‚˜ñºƒ (B6bn3c_branch2c/beta/read = Identity(bn3c_branch2c/beta)H¤‚˜ñºƒPr
res3d_branch2a/kernel/read§‚˜ñºƒ (B<res3d_branch2a/kernel/read = Identity(res3d_branch2a/kernel)H§‚˜ñºƒPl
bn3d_branch2a/gamma/readª‚˜ñºƒ (B8bn3d_branch2a/gamma/read = Identity(bn3d_branch2a/gamma)Hª‚˜ñºƒPi
bn3d_branch2a/beta/read®‚˜ñºƒ (B6bn3d_branch2a/beta/read = Identity(bn3d_branch2a/beta)H®‚˜ñºƒPr
res3d_branch2b/kernel/read°‚˜ñºƒ (B<res3d_branch2b/kernel/read = Identity(res3d_branch2b/kernel)H°‚˜ñºƒPl
bn3d_branch2b/gamma/read³‚˜ñºƒ (B8bn3d_branch2b/gamma/read = Identity(bn3d_branch2b/gamma)H³‚˜ñºƒPi
bn3d_branch2b/beta/read¶‚˜ñºƒ (B6bn3d_branch2b/beta/read = Identity(bn3d_branch2b/beta)H¶‚˜ñºƒPr
res3d_branch2c/kernel/read¹‚˜ñºƒ (B<res3d_branch2c/kernel/read = Identity(res3d_branch2c/kernel)H¹‚˜ñºƒPl
bn3d_branch2c/gamma/read¼‚˜ñºƒ (B8bn3d_branch2c/gamma/read = Identity(bn3d_branch2c/gamma)H¼‚˜ñºƒPi
bn3d_branch2c/beta/read¿‚˜ñºƒ (B6bn3d_branch2c/beta/read = Identity(bn3d_branch2c/beta)H¿‚˜ñºƒPr
res4a_branch2a/kernel/readÂ‚˜ñºƒ (B<res4a_branch2a/kernel/read = Identity(res4a_branch2a/kernel)HÂ‚˜ñºƒPl
bn4a_branch2a/gamma/readÅ‚˜ñºƒ (B8bn4a_branch2a/gamma/read = Identity(bn4a_branch2a/gamma)HÅ‚˜ñºƒPi
bn4a_branch2a/beta/readÈ‚˜ñºƒ (B6bn4a_branch2a/beta/read = Identity(bn4a_branch2a/beta)HÈ‚˜ñºƒPr
res4a_branch2b/kernel/readË‚˜ñºƒ (B<res4a_branch2b/kernel/read = Identity(res4a_branch2b/kernel)HË‚˜ñºƒPl
bn4a_branch2b/gamma/readÎ‚˜ñºƒ (B8bn4a_branch2b/gamma/read = Identity(bn4a_branch2b/gamma)HÎ‚˜ñºƒPi
bn4a_branch2b/beta/readÑ‚˜ñºƒ (B6bn4a_branch2b/beta/read = Identity(bn4a_branch2b/beta)HÑ‚˜ñºƒPr
res4a_branch2c/kernel/readÔ‚˜ñºƒ (B<res4a_branch2c/kernel/read = Identity(res4a_branch2c/kernel)HÔ‚˜ñºƒPl
bn4a_branch2c/gamma/read×‚˜ñºƒ (B8bn4a_branch2c/gamma/read = Identity(bn4a_branch2c/gamma)H×‚˜ñºƒPi
bn4a_branch2c/beta/readÚ‚˜ñºƒ (B6bn4a_branch2c/beta/read = Identity(bn4a_branch2c/beta)HÚ‚˜ñºƒPo
res4a_branch1/kernel/readİ‚˜ñºƒ (B:res4a_branch1/kernel/read = Identity(res4a_branch1/kernel)Hİ‚˜ñºƒPi
bn4a_branch1/gamma/readà‚˜ñºƒ (B6bn4a_branch1/gamma/read = Identity(bn4a_branch1/gamma)Hà‚˜ñºƒPf
bn4a_branch1/beta/readã‚˜ñºƒ (B4bn4a_branch1/beta/read = Identity(bn4a_branch1/beta)Hã‚˜ñºƒPr
res4b_branch2a/kernel/readæ‚˜ñºƒ (B<res4b_branch2a/kernel/read = Identity(res4b_branch2a/kernel)Hæ‚˜ñºƒPl
bn4b_branch2a/gamma/readé‚˜ñºƒ (B8bn4b_branch2a/gamma/read = Identity(bn4b_branch2a/gamma)Hé‚˜ñºƒPi
bn4b_branch2a/beta/readì‚˜ñºƒ (B6bn4b_branch2a/beta/read = Identity(bn4b_branch2a/beta)Hì‚˜ñºƒPr
res4b_branch2b/kernel/readï‚˜ñºƒ (B<res4b_branch2b/kernel/read = Identity(res4b_branch2b/kernel)Hï‚˜ñºƒPl
bn4b_branch2b/gamma/readò‚˜ñºƒ (B8bn4b_branch2b/gamma/read = Identity(bn4b_branch2b/gamma)Hò‚˜ñºƒPi
bn4b_branch2b/beta/readõ‚˜ñºƒ (B6bn4b_branch2b/beta/read = Identity(bn4b_branch2b/beta)Hõ‚˜ñºƒPr
res4b_branch2c/kernel/readø‚˜ñºƒ (B<res4b_branch2c/kernel/read = Identity(res4b_branch2c/kernel)Hø‚˜ñºƒPl
bn4b_branch2c/gamma/readû‚˜ñºƒ (B8bn4b_branch2c/gamma/read = Identity(bn4b_branch2c/gamma)Hû‚˜ñºƒPi
bn4b_branch2c/beta/readş‚˜ñºƒ (B6bn4b_branch2c/beta/read = Identity(bn4b_branch2c/beta)Hş‚˜ñºƒPr
res4c_branch2a/kernel/read‚ƒ˜ñºƒ (B<res4c_branch2a/kernel/read = Identity(res4c_branch2a/kernel)H‚ƒ˜ñºƒPl
bn4c_branch2a/gamma/read…ƒ˜ñºƒ (B8bn4c_branch2a/gamma/read = Identity(bn4c_branch2a/gamma)H…ƒ˜ñºƒPi
bn4c_branch2a/beta/readˆƒ˜ñºƒ (B6bn4c_branch2a/beta/read = Identity(bn4c_branch2a/beta)Hˆƒ˜ñºƒPr
res4c_branch2b/kernel/read‹ƒ˜ñºƒ (B<res4c_branch2b/kernel/read = Identity(res4c_branch2b/kernel)H‹ƒ˜ñºƒPl
bn4c_branch2b/gamma/readƒ˜ñºƒ (B8bn4c_branch2b/gamma/read = Identity(bn4c_branch2b/gamma)Hƒ˜ñºƒPi
bn4c_branch2b/beta/readƒ˜ñºƒ (B6bn4c_branch2b/beta/read = Identity(bn4c_branch2b/beta)Hƒ˜ñºƒPr
res4c_branch2c/kernel/read”ƒ˜ñºƒ (B<res4c_branch2c/kernel/read = Identity(res4c_branch2c/kernel)H”ƒ˜ñºƒPl
bn4c_branch2c/gamma/read—ƒ˜ñºƒ (B8bn4c_branch2c/gamma/read = Identity(bn4c_branch2c/gamma)H—ƒ˜ñºƒPi
bn4c_branch2c/beta/read™ƒ˜ñºƒ (B6bn4c_branch2c/beta/read = Identity(bn4c_branch2c/beta)H™ƒ˜ñºƒPr
res4d_branch2a/kernel/readœƒ˜ñºƒ (B<res4d_branch2a/kernel/read = Identity(res4d_branch2a/kernel)Hœƒ˜ñºƒPl
bn4d_branch2a/gamma/readŸƒ˜ñºƒ (B8bn4d_branch2a/gamma/read = Identity(bn4d_branch2a/gamma)HŸƒ˜ñºƒPi
bn4d_branch2a/beta/read¢ƒ˜ñºƒ (B6bn4d_branch2a/beta/read = Identity(bn4d_branch2a/beta)H¢ƒ˜ñºƒPr
res4d_branch2b/kernel/read¥ƒ˜ñºƒ (B<res4d_branch2b/kernel/read = Identity(res4d_branch2b/kernel)H¥ƒ˜ñºƒPl
bn4d_branch2b/gamma/read¨ƒ˜ñºƒ (B8bn4d_branch2b/gamma/read = Identity(bn4d_branch2b/gamma)H¨ƒ˜ñºƒPi
bn4d_branch2b/beta/read«ƒ˜ñºƒ (B6bn4d_branch2b/beta/read = Identity(bn4d_branch2b/beta)H«ƒ˜ñºƒPr
res4d_branch2c/kernel/read®ƒ˜ñºƒ (B<res4d_branch2c/kernel/read = Identity(res4d_branch2c/kernel)H®ƒ˜ñºƒPl
bn4d_branch2c/gamma/read±ƒ˜ñºƒ (B8bn4d_branch2c/gamma/read = Identity(bn4d_branch2c/gamma)H±ƒ˜ñºƒPi
bn4d_branch2c/beta/read´ƒ˜ñºƒ (B6bn4d_branch2c/beta/read = Identity(bn4d_branch2c/beta)H´ƒ˜ñºƒPr
res4e_branch2a/kernel/read·ƒ˜ñºƒ (B<res4e_branch2a/kernel/read = Identity(res4e_branch2a/kernel)H·ƒ˜ñºƒPl
bn4e_branch2a/gamma/readºƒ˜ñºƒ (B8bn4e_branch2a/gamma/read = Identity(bn4e_branch2a/gamma)Hºƒ˜ñºƒPi
bn4e_branch2a/beta/read½ƒ˜ñºƒ (B6bn4e_branch2a/beta/read = Identity(bn4e_branch2a/beta)H½ƒ˜ñºƒPr
res4e_branch2b/kernel/readÀƒ˜ñºƒ (B<res4e_branch2b/kernel/read = Identity(res4e_branch2b/kernel)HÀƒ˜ñºƒPl
bn4e_branch2b/gamma/readÃƒ˜ñºƒ (B8bn4e_branch2b/gamma/read = Identity(bn4e_branch2b/gamma)HÃƒ˜ñºƒPi
bn4e_branch2b/beta/readÆƒ˜ñºƒ (B6bn4e_branch2b/beta/read = Identity(bn4e_branch2b/beta)HÆƒ˜ñºƒPr
res4e_branch2c/kernel/readÉƒ˜ñºƒ (B<res4e_branch2c/kernel/read = Identity(res4e_branch2c/kernel)HÉƒ˜ñºƒPl
bn4e_branch2c/gamma/readÌƒ˜ñºƒ (B8bn4e_branch2c/gamma/read = Identity(bn4e_branch2c/gamma)HÌƒ˜ñºƒPi
bn4e_branch2c/beta/readĞƒ˜ñºƒ (B6bn4e_branch2c/beta/read = Identity(bn4e_branch2c/beta)HĞƒ˜ñºƒPr
res4f_branch2a/kernel/readÒƒ˜ñºƒ (B<res4f_branch2a/kernel/read = Identity(res4f_branch2a/kernel)HÒƒ˜ñºƒPl
bn4f_branch2a/gamma/readÕƒ˜ñºƒ (B8bn4f_branch2a/gamma/read = Identity(bn4f_branch2a/gamma)HÕƒ˜ñºƒPi
bn4f_branch2a/beta/readØƒ˜ñºƒ (B6bn4f_branch2a/beta/read = Identity(bn4f_branch2a/beta)HØƒ˜ñºƒPr
res4f_branch2b/kernel/readÛƒ˜ñºƒ (B<res4f_branch2b/kernel/read = Identity(res4f_branch2b/kernel)HÛƒ˜ñºƒPl
bn4f_branch2b/gamma/readŞƒ˜ñºƒ (B8bn4f_branch2b/gamma/read = Identity(bn4f_branch2b/gamma)HŞƒ˜ñºƒPi
bn4f_branch2b/beta/readáƒ˜ñºƒ (B6bn4f_branch2b/beta/read = Identity(bn4f_branch2b/beta)Háƒ˜ñºƒPr
res4f_branch2c/kernel/readäƒ˜ñºƒ (B<res4f_branch2c/kernel/read = Identity(res4f_branch2c/kernel)Häƒ˜ñºƒPl
bn4f_branch2c/gamma/readçƒ˜ñºƒ (B8bn4f_branch2c/gamma/read = Identity(bn4f_branch2c/gamma)Hçƒ˜ñºƒPi
bn4f_branch2c/beta/readêƒ˜ñºƒ (B6bn4f_branch2c/beta/read = Identity(bn4f_branch2c/beta)Hêƒ˜ñºƒPr
res5a_branch2a/kernel/readíƒ˜ñºƒ (B<res5a_branch2a/kernel/read = Identity(res5a_branch2a/kernel)Híƒ˜ñºƒPl
bn5a_branch2a/gamma/readğƒ˜ñºƒ (B8bn5a_branch2a/gamma/read = Identity(bn5a_branch2a/gamma)Hğƒ˜ñºƒPi
bn5a_branch2a/beta/readóƒ˜ñºƒ (B6bn5a_branch2a/beta/read = Identity(bn5a_branch2a/beta)Hóƒ˜ñºƒPr
res5a_branch2b/kernel/readöƒ˜ñºƒ (B<res5a_branch2b/kernel/read = Identity(res5a_branch2b/kernel)Höƒ˜ñºƒPl
bn5a_branch2b/gamma/readùƒ˜ñºƒ (B8bn5a_branch2b/gamma/read = Identity(bn5a_branch2b/gamma)Hùƒ˜ñºƒPi
bn5a_branch2b/beta/readüƒ˜ñºƒ (B6bn5a_branch2b/beta/read = Identity(bn5a_branch2b/beta)Hüƒ˜ñºƒPr
res5a_branch2c/kernel/readÿƒ˜ñºƒ (B<res5a_branch2c/kernel/read = Identity(res5a_branch2c/kernel)Hÿƒ˜ñºƒPl
bn5a_branch2c/gamma/read‚„˜ñºƒ (B8bn5a_branch2c/gamma/read = Identity(bn5a_branch2c/gamma)H‚„˜ñºƒPi
bn5a_branch2c/beta/read…„˜ñºƒ (B6bn5a_branch2c/beta/read = Identity(bn5a_branch2c/beta)H…„˜ñºƒPo
res5a_branch1/kernel/readˆ„˜ñºƒ (B:res5a_branch1/kernel/read = Identity(res5a_branch1/kernel)Hˆ„˜ñºƒPi
bn5a_branch1/gamma/read‹„˜ñºƒ (B6bn5a_branch1/gamma/read = Identity(bn5a_branch1/gamma)H‹„˜ñºƒPf
bn5a_branch1/beta/read„˜ñºƒ (B4bn5a_branch1/beta/read = Identity(bn5a_branch1/beta)H„˜ñºƒPr
res5b_branch2a/kernel/read„˜ñºƒ (B<res5b_branch2a/kernel/read = Identity(res5b_branch2a/kernel)H„˜ñºƒPl
bn5b_branch2a/gamma/read“„˜ñºƒ (B8bn5b_branch2a/gamma/read = Identity(bn5b_branch2a/gamma)H“„˜ñºƒPi
bn5b_branch2a/beta/read—„˜ñºƒ (B6bn5b_branch2a/beta/read = Identity(bn5b_branch2a/beta)H—„˜ñºƒPr
res5b_branch2b/kernel/read™„˜ñºƒ (B<res5b_branch2b/kernel/read = Identity(res5b_branch2b/kernel)H™„˜ñºƒPl
bn5b_branch2b/gamma/read„˜ñºƒ (B8bn5b_branch2b/gamma/read = Identity(bn5b_branch2b/gamma)H„˜ñºƒPi
bn5b_branch2b/beta/readŸ„˜ñºƒ (B6bn5b_branch2b/beta/read = Identity(bn5b_branch2b/beta)HŸ„˜ñºƒPr
res5b_branch2c/kernel/read¢„˜ñºƒ (B<res5b_branch2c/kernel/read = Identity(res5b_branch2c/kernel)H¢„˜ñºƒPl
bn5b_branch2c/gamma/read¥„˜ñºƒ (B8bn5b_branch2c/gamma/read = Identity(bn5b_branch2c/gamma)H¥„˜ñºƒPi
bn5b_branch2c/beta/read¨„˜ñºƒ (B6bn5b_branch2c/beta/read = Identity(bn5b_branch2c/beta)H¨„˜ñºƒPr
res5c_branch2a/kernel/read«„˜ñºƒ (B<res5c_branch2a/kernel/read = Identity(res5c_branch2a/kernel)H«„˜ñºƒPl
bn5c_branch2a/gamma/read®„˜ñºƒ (B8bn5c_branch2a/gamma/read = Identity(bn5c_branch2a/gamma)H®„˜ñºƒPi
bn5c_branch2a/beta/read±„˜ñºƒ (B6bn5c_branch2a/beta/read = Identity(bn5c_branch2a/beta)H±„˜ñºƒPr
res5c_branch2b/kernel/read´„˜ñºƒ (B<res5c_branch2b/kernel/read = Identity(res5c_branch2b/kernel)H´„˜ñºƒPl
bn5c_branch2b/gamma/read·„˜ñºƒ (B8bn5c_branch2b/gamma/read = Identity(bn5c_branch2b/gamma)H·„˜ñºƒPi
bn5c_branch2b/beta/readº„˜ñºƒ (B6bn5c_branch2b/beta/read = Identity(bn5c_branch2b/beta)Hº„˜ñºƒPr
res5c_branch2c/kernel/read½„˜ñºƒ (B<res5c_branch2c/kernel/read = Identity(res5c_branch2c/kernel)H½„˜ñºƒPl
bn5c_branch2c/gamma/readÀ„˜ñºƒ (B8bn5c_branch2c/gamma/read = Identity(bn5c_branch2c/gamma)HÀ„˜ñºƒPi
bn5c_branch2c/beta/readÃ„˜ñºƒ (B6bn5c_branch2c/beta/read = Identity(bn5c_branch2c/beta)HÃ„˜ñºƒPZ
fc1000/kernel/readÆ„˜ñºƒ (B,fc1000/kernel/read = Identity(fc1000/kernel)HÆ„˜ñºƒPT
fc1000/bias/readÉ„˜ñºƒ (B(fc1000/bias/read = Identity(fc1000/bias)HÉ„˜ñºƒP¶

RecvTensoråÍñºƒ [([:
"  Bƒ[4000B] edge_162_gradients/fc1000/bias_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HåÍñºƒ¾
'update_fc1000/bias/ApplyGradientDescentÀÎñºƒ (B{update_fc1000/bias/ApplyGradientDescent = ApplyGradientDescent(fc1000/bias, learning_rate, gradients/fc1000/bias_grad_S162)HÀÎñºƒPÀ

RecvTensor™Îñºƒ İÀ(İÀ:"
€€ô€€ôB…[7.8MB] edge_163_gradients/fc1000/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H™ÎñºƒÉ
)update_fc1000/kernel/ApplyGradientDescentö¢ñºƒ Ä
(Ä
Bupdate_fc1000/kernel/ApplyGradientDescent = ApplyGradientDescent(fc1000/kernel, learning_rate, gradients/fc1000/kernel_grad_S163)Hö¢ñºƒP½

RecvTensor´Îñºƒ l(l:
"€@€@BŠ[8192B] edge_164_gradients/bn5c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H´ÎñºƒÛ
.update_bn5c_branch2c/beta/ApplyGradientDescent Ïñºƒ (Bupdate_bn5c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2c/beta, learning_rate, gradients/bn5c_branch2c/beta_grad_S164)H ÏñºƒPÀ

RecvTensor¾Ïñºƒ ‡(‡:
"€@€@B‹[8192B] edge_165_gradients/bn5c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¾Ïñºƒß
/update_bn5c_branch2c/gamma/ApplyGradientDescentÅĞñºƒ (B“update_bn5c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2c/gamma, learning_rate, gradients/bn5c_branch2c/gamma_grad_S165)HÅĞñºƒPÈ

RecvTensorÔÔñºƒ “¤(“¤:"
€€€€€€B[4.0MB] edge_166_gradients/res5c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÔÔñºƒé
1update_res5c_branch2c/kernel/ApplyGradientDescentçøŸñºƒ Ë(ËB™update_res5c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res5c_branch2c/kernel, learning_rate, gradients/res5c_branch2c/kernel_grad_S166)HçøŸñºƒP½

RecvTensoràÔñºƒ o(o:
"€€BŠ[2048B] edge_167_gradients/bn5c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HàÔñºƒÛ
.update_bn5c_branch2b/beta/ApplyGradientDescentÏÕñºƒ (Bupdate_bn5c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2b/beta, learning_rate, gradients/bn5c_branch2b/beta_grad_S167)HÏÕñºƒP¾

RecvTensor‡Õñºƒ q(q:
"€€B‹[2048B] edge_168_gradients/bn5c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‡Õñºƒß
/update_bn5c_branch2b/gamma/ApplyGradientDescentøÕñºƒ (B“update_bn5c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2b/gamma, learning_rate, gradients/bn5c_branch2b/gamma_grad_S168)HøÕñºƒPÈ

RecvTensor¿àñºƒ ±€(±€:"
€€À€€ÀB[9.0MB] edge_169_gradients/res5c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¿àñºƒé
1update_res5c_branch2b/kernel/ApplyGradientDescentğà¢ñºƒ Ÿ(ŸB™update_res5c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res5c_branch2b/kernel, learning_rate, gradients/res5c_branch2b/kernel_grad_S169)Hğà¢ñºƒP½

RecvTensorËàñºƒ u(u:
"€€BŠ[2048B] edge_170_gradients/bn5c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HËàñºƒÛ
.update_bn5c_branch2a/beta/ApplyGradientDescentÀáñºƒ (Bupdate_bn5c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2a/beta, learning_rate, gradients/bn5c_branch2a/beta_grad_S170)HÀáñºƒP¾

RecvTensorõàñºƒ _(_:
"€€B‹[2048B] edge_171_gradients/bn5c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hõàñºƒß
/update_bn5c_branch2a/gamma/ApplyGradientDescentÔáñºƒ (B“update_bn5c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2a/gamma, learning_rate, gradients/bn5c_branch2a/gamma_grad_S171)HÔáñºƒPÈ

RecvTensorßåñºƒ ¿Æ(¿Æ:"
€€€€€€B[4.0MB] edge_172_gradients/res5c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hßåñºƒé
1update_res5c_branch2a/kernel/ApplyGradientDescent¬¡ñºƒ ®(®B™update_res5c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res5c_branch2a/kernel, learning_rate, gradients/res5c_branch2a/kernel_grad_S172)H¬¡ñºƒP¿

RecvTensorùåñºƒ ‘(‘:
"€@€@BŠ[8192B] edge_173_gradients/bn5b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HùåñºƒÛ
.update_bn5b_branch2c/beta/ApplyGradientDescentŠçñºƒ (Bupdate_bn5b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2c/beta, learning_rate, gradients/bn5b_branch2c/beta_grad_S173)HŠçñºƒPÀ

RecvTensorşæñºƒ †(†:
"€@€@B‹[8192B] edge_174_gradients/bn5b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hşæñºƒß
/update_bn5b_branch2c/gamma/ApplyGradientDescent„èñºƒ (B“update_bn5b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2c/gamma, learning_rate, gradients/bn5b_branch2c/gamma_grad_S174)H„èñºƒPÈ

RecvTensor¯ìñºƒ ¥Ö(¥Ö:"
€€€€€€B[4.0MB] edge_175_gradients/res5b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¯ìñºƒé
1update_res5b_branch2c/kernel/ApplyGradientDescentÔÂ¡ñºƒ ±(±B™update_res5b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res5b_branch2c/kernel, learning_rate, gradients/res5b_branch2c/kernel_grad_S175)HÔÂ¡ñºƒP½

RecvTensor¼ìñºƒ h(h:
"€€BŠ[2048B] edge_176_gradients/bn5b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¼ìñºƒÛ
.update_bn5b_branch2b/beta/ApplyGradientDescent¤íñºƒ (Bupdate_bn5b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2b/beta, learning_rate, gradients/bn5b_branch2b/beta_grad_S176)H¤íñºƒP¾

RecvTensorãìñºƒ a(a:
"€€B‹[2048B] edge_177_gradients/bn5b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hãìñºƒß
/update_bn5b_branch2b/gamma/ApplyGradientDescentÄíñºƒ (B“update_bn5b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2b/gamma, learning_rate, gradients/bn5b_branch2b/gamma_grad_S177)HÄíñºƒPÈ

RecvTensor—øñºƒ ºõ(ºõ:"
€€À€€ÀB[9.0MB] edge_178_gradients/res5b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H—øñºƒé
1update_res5b_branch2b/kernel/ApplyGradientDescentù¢ñºƒ à(àB™update_res5b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res5b_branch2b/kernel, learning_rate, gradients/res5b_branch2b/kernel_grad_S178)Hù¢ñºƒP½

RecvTensor£øñºƒ m(m:
"€€BŠ[2048B] edge_179_gradients/bn5b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H£øñºƒÛ
.update_bn5b_branch2a/beta/ApplyGradientDescentùñºƒ (Bupdate_bn5b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2a/beta, learning_rate, gradients/bn5b_branch2a/beta_grad_S179)HùñºƒP¾

RecvTensorÌøñºƒ i(i:
"€€B‹[2048B] edge_180_gradients/bn5b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÌøñºƒß
/update_bn5b_branch2a/gamma/ApplyGradientDescentµùñºƒ (B“update_bn5b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2a/gamma, learning_rate, gradients/bn5b_branch2a/gamma_grad_S180)HµùñºƒPÈ

RecvTensorØıñºƒ Äè(Äè:"
€€€€€€B[4.0MB] edge_181_gradients/res5b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HØıñºƒé
1update_res5b_branch2a/kernel/ApplyGradientDescentÁç¡ñºƒ ’(’B™update_res5b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res5b_branch2a/kernel, learning_rate, gradients/res5b_branch2a/kernel_grad_S181)HÁç¡ñºƒP¾

RecvTensoròıñºƒ ”(”:
"€@€@B‰[8192B] edge_182_gradients/bn5a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hòıñºƒ×
-update_bn5a_branch1/beta/ApplyGradientDescent†ÿñºƒ (Bupdate_bn5a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch1/beta, learning_rate, gradients/bn5a_branch1/beta_grad_S182)H†ÿñºƒP¿

RecvTensorÁşñºƒ –(–:
"€@€@BŠ[8192B] edge_183_gradients/bn5a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÁşñºƒÛ
.update_bn5a_branch1/gamma/ApplyGradientDescent×ÿñºƒ (Bupdate_bn5a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch1/gamma, learning_rate, gradients/bn5a_branch1/gamma_grad_S183)H×ÿñºƒPÇ

RecvTensor´ˆñºƒ £Ü(£Ü:"
€€€€€€BŒ[8.0MB] edge_184_gradients/res5a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H´ˆñºƒå
0update_res5a_branch1/kernel/ApplyGradientDescentî¢ñºƒ (B–update_res5a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch1/kernel, learning_rate, gradients/res5a_branch1/kernel_grad_S184)Hî¢ñºƒP¿

RecvTensorÌˆñºƒ ®(®:
"€@€@BŠ[8192B] edge_185_gradients/bn5a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÌˆñºƒÛ
.update_bn5a_branch2c/beta/ApplyGradientDescentú‰ñºƒ (Bupdate_bn5a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2c/beta, learning_rate, gradients/bn5a_branch2c/beta_grad_S185)Hú‰ñºƒPÀ

RecvTensorĞ‰ñºƒ ¥(¥:
"€@€@B‹[8192B] edge_186_gradients/bn5a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HĞ‰ñºƒß
/update_bn5a_branch2c/gamma/ApplyGradientDescentõŠñºƒ (B“update_bn5a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2c/gamma, learning_rate, gradients/bn5a_branch2c/gamma_grad_S186)HõŠñºƒPÈ

RecvTensorÃñºƒ ±æ(±æ:"
€€€€€€B[4.0MB] edge_187_gradients/res5a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÃñºƒé
1update_res5a_branch2c/kernel/ApplyGradientDescentôô¡ñºƒ È(ÈB™update_res5a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch2c/kernel, learning_rate, gradients/res5a_branch2c/kernel_grad_S187)Hôô¡ñºƒP¿

RecvTensorÎñºƒ †(†:
"€€BŠ[2048B] edge_188_gradients/bn5a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÎñºƒÛ
.update_bn5a_branch2b/beta/ApplyGradientDescentÔñºƒ (Bupdate_bn5a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2b/beta, learning_rate, gradients/bn5a_branch2b/beta_grad_S188)HÔñºƒP¾

RecvTensorõñºƒ q(q:
"€€B‹[2048B] edge_189_gradients/bn5a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hõñºƒß
/update_bn5a_branch2b/gamma/ApplyGradientDescentæñºƒ (B“update_bn5a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2b/gamma, learning_rate, gradients/bn5a_branch2b/gamma_grad_S189)HæñºƒPÈ

RecvTensor‹šñºƒ ‚Ø(‚Ø:"
€€À€€ÀB[9.0MB] edge_190_gradients/res5a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‹šñºƒé
1update_res5a_branch2b/kernel/ApplyGradientDescentş…£ñºƒ ¾(¾B™update_res5a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch2b/kernel, learning_rate, gradients/res5a_branch2b/kernel_grad_S190)Hş…£ñºƒP½

RecvTensor¥šñºƒ n(n:
"€€BŠ[2048B] edge_191_gradients/bn5a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¥šñºƒÛ
.update_bn5a_branch2a/beta/ApplyGradientDescent“›ñºƒ (Bupdate_bn5a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2a/beta, learning_rate, gradients/bn5a_branch2a/beta_grad_S191)H“›ñºƒP¾

RecvTensor®›ñºƒ }(}:
"€€B‹[2048B] edge_192_gradients/bn5a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H®›ñºƒß
/update_bn5a_branch2a/gamma/ApplyGradientDescent«œñºƒ (B“update_bn5a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2a/gamma, learning_rate, gradients/bn5a_branch2a/gamma_grad_S192)H«œñºƒPÈ

RecvTensor‘¥ñºƒ ¯³(¯³:"
€€€€€€B[2.0MB] edge_193_gradients/res5a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‘¥ñºƒé
1update_res5a_branch2a/kernel/ApplyGradientDescentÀØ ñºƒ ñ(ñB™update_res5a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch2a/kernel, learning_rate, gradients/res5a_branch2a/kernel_grad_S193)HÀØ ñºƒP¿

RecvTensor½¥ñºƒ ’(’:
"€ € BŠ[4096B] edge_194_gradients/bn4f_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H½¥ñºƒÛ
.update_bn4f_branch2c/beta/ApplyGradientDescentÏ¦ñºƒ (Bupdate_bn4f_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2c/beta, learning_rate, gradients/bn4f_branch2c/beta_grad_S194)HÏ¦ñºƒPÀ

RecvTensorÄ§ñºƒ (:
"€ € B‹[4096B] edge_195_gradients/bn4f_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÄ§ñºƒß
/update_bn4f_branch2c/gamma/ApplyGradientDescentÑ¨ñºƒ (B“update_bn4f_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2c/gamma, learning_rate, gradients/bn4f_branch2c/gamma_grad_S195)HÑ¨ñºƒPÄ

RecvTensorÔ¬ñºƒ éz(éz:"€€@€€@B[1.0MB] edge_196_gradients/res4f_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÔ¬ñºƒé
1update_res4f_branch2c/kernel/ApplyGradientDescent½§Ÿñºƒ ½(½B™update_res4f_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4f_branch2c/kernel, learning_rate, gradients/res4f_branch2c/kernel_grad_S196)H½§ŸñºƒP½

RecvTensoræ¬ñºƒ y(y:
"€€BŠ[1024B] edge_197_gradients/bn4f_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hæ¬ñºƒÛ
.update_bn4f_branch2b/beta/ApplyGradientDescentß­ñºƒ (Bupdate_bn4f_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2b/beta, learning_rate, gradients/bn4f_branch2b/beta_grad_S197)Hß­ñºƒP¾

RecvTensor°­ñºƒ l(l:
"€€B‹[1024B] edge_198_gradients/bn4f_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H°­ñºƒß
/update_bn4f_branch2b/gamma/ApplyGradientDescentœ®ñºƒ (B“update_bn4f_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2b/gamma, learning_rate, gradients/bn4f_branch2b/gamma_grad_S198)Hœ®ñºƒPÈ

RecvTensoré¸ñºƒ ìä(ìä:"
€€€€B[2.2MB] edge_199_gradients/res4f_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hé¸ñºƒé
1update_res4f_branch2b/kernel/ApplyGradientDescentÕ¡ñºƒ ø(øB™update_res4f_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4f_branch2b/kernel, learning_rate, gradients/res4f_branch2b/kernel_grad_S199)HÕ¡ñºƒP½

RecvTensorú¸ñºƒ l(l:
"€€BŠ[1024B] edge_200_gradients/bn4f_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hú¸ñºƒÛ
.update_bn4f_branch2a/beta/ApplyGradientDescentæ¹ñºƒ (Bupdate_bn4f_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2a/beta, learning_rate, gradients/bn4f_branch2a/beta_grad_S200)Hæ¹ñºƒP¾

RecvTensorÅ¹ñºƒ o(o:
"€€B‹[1024B] edge_201_gradients/bn4f_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÅ¹ñºƒß
/update_bn4f_branch2a/gamma/ApplyGradientDescent´ºñºƒ (B“update_bn4f_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2a/gamma, learning_rate, gradients/bn4f_branch2a/gamma_grad_S201)H´ºñºƒPÆ

RecvTensorÙ¾ñºƒ ÷(÷:"€€@€€@B[1.0MB] edge_202_gradients/res4f_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÙ¾ñºƒé
1update_res4f_branch2a/kernel/ApplyGradientDescentĞÎŸñºƒ ¯(¯B™update_res4f_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4f_branch2a/kernel, learning_rate, gradients/res4f_branch2a/kernel_grad_S202)HĞÎŸñºƒP¿

RecvTensor…¿ñºƒ ›(›:
"€ € BŠ[4096B] edge_203_gradients/bn4e_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H…¿ñºƒÛ
.update_bn4e_branch2c/beta/ApplyGradientDescent Àñºƒ (Bupdate_bn4e_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2c/beta, learning_rate, gradients/bn4e_branch2c/beta_grad_S203)H ÀñºƒPÀ

RecvTensorÁñºƒ (:
"€ € B‹[4096B] edge_204_gradients/bn4e_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÁñºƒß
/update_bn4e_branch2c/gamma/ApplyGradientDescent‘Âñºƒ (B“update_bn4e_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2c/gamma, learning_rate, gradients/bn4e_branch2c/gamma_grad_S204)H‘ÂñºƒPÆ

RecvTensorÆñºƒ Ñ—(Ñ—:"€€@€€@B[1.0MB] edge_205_gradients/res4e_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÆñºƒé
1update_res4e_branch2c/kernel/ApplyGradientDescentîİŸñºƒ £(£B™update_res4e_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4e_branch2c/kernel, learning_rate, gradients/res4e_branch2c/kernel_grad_S205)HîİŸñºƒP½

RecvTensor®Æñºƒ u(u:
"€€BŠ[1024B] edge_206_gradients/bn4e_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H®ÆñºƒÛ
.update_bn4e_branch2b/beta/ApplyGradientDescent£Çñºƒ (Bupdate_bn4e_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2b/beta, learning_rate, gradients/bn4e_branch2b/beta_grad_S206)H£ÇñºƒP¾

RecvTensorñÆñºƒ v(v:
"€€B‹[1024B] edge_207_gradients/bn4e_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HñÆñºƒß
/update_bn4e_branch2b/gamma/ApplyGradientDescentçÇñºƒ (B“update_bn4e_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2b/gamma, learning_rate, gradients/bn4e_branch2b/gamma_grad_S207)HçÇñºƒPÈ

RecvTensorôÑñºƒ ëæ(ëæ:"
€€€€B[2.2MB] edge_208_gradients/res4e_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HôÑñºƒé
1update_res4e_branch2b/kernel/ApplyGradientDescentß¸¡ñºƒ ë(ëB™update_res4e_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4e_branch2b/kernel, learning_rate, gradients/res4e_branch2b/kernel_grad_S208)Hß¸¡ñºƒP½

RecvTensor„Òñºƒ h(h:
"€€BŠ[1024B] edge_209_gradients/bn4e_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H„ÒñºƒÛ
.update_bn4e_branch2a/beta/ApplyGradientDescentìÒñºƒ (Bupdate_bn4e_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2a/beta, learning_rate, gradients/bn4e_branch2a/beta_grad_S209)HìÒñºƒP¾

RecvTensorÈÒñºƒ ~(~:
"€€B‹[1024B] edge_210_gradients/bn4e_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÈÒñºƒß
/update_bn4e_branch2a/gamma/ApplyGradientDescentÆÓñºƒ (B“update_bn4e_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2a/gamma, learning_rate, gradients/bn4e_branch2a/gamma_grad_S210)HÆÓñºƒPÆ

RecvTensor¿×ñºƒ ˜§(˜§:"€€@€€@B[1.0MB] edge_211_gradients/res4e_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¿×ñºƒé
1update_res4e_branch2a/kernel/ApplyGradientDescent×şŸñºƒ ¬(¬B™update_res4e_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4e_branch2a/kernel, learning_rate, gradients/res4e_branch2a/kernel_grad_S211)H×şŸñºƒP¿

RecvTensorë×ñºƒ ¤(¤:
"€ € BŠ[4096B] edge_212_gradients/bn4d_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hë×ñºƒÛ
.update_bn4d_branch2c/beta/ApplyGradientDescentÙñºƒ (Bupdate_bn4d_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2c/beta, learning_rate, gradients/bn4d_branch2c/beta_grad_S212)HÙñºƒPÀ

RecvTensorëÙñºƒ —(—:
"€ € B‹[4096B] edge_213_gradients/bn4d_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HëÙñºƒß
/update_bn4d_branch2c/gamma/ApplyGradientDescent‚Ûñºƒ (B“update_bn4d_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2c/gamma, learning_rate, gradients/bn4d_branch2c/gamma_grad_S213)H‚ÛñºƒPÆ

RecvTensorƒßñºƒ ­(­:"€€@€€@B[1.0MB] edge_214_gradients/res4d_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hƒßñºƒé
1update_res4d_branch2c/kernel/ApplyGradientDescent„Œ ñºƒ ¨(¨B™update_res4d_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4d_branch2c/kernel, learning_rate, gradients/res4d_branch2c/kernel_grad_S214)H„Œ ñºƒP½

RecvTensor“ßñºƒ k(k:
"€€BŠ[1024B] edge_215_gradients/bn4d_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H“ßñºƒÛ
.update_bn4d_branch2b/beta/ApplyGradientDescentşßñºƒ (Bupdate_bn4d_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2b/beta, learning_rate, gradients/bn4d_branch2b/beta_grad_S215)HşßñºƒP¾

RecvTensorØßñºƒ c(c:
"€€B‹[1024B] edge_216_gradients/bn4d_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HØßñºƒß
/update_bn4d_branch2b/gamma/ApplyGradientDescent»àñºƒ (B“update_bn4d_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2b/gamma, learning_rate, gradients/bn4d_branch2b/gamma_grad_S216)H»àñºƒPÈ

RecvTensoràêñºƒ ôà(ôà:"
€€€€B[2.2MB] edge_217_gradients/res4d_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hàêñºƒé
1update_res4d_branch2b/kernel/ApplyGradientDescentÔË¡ñºƒ …(…B™update_res4d_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4d_branch2b/kernel, learning_rate, gradients/res4d_branch2b/kernel_grad_S217)HÔË¡ñºƒP½

RecvTensorñêñºƒ u(u:
"€€BŠ[1024B] edge_218_gradients/bn4d_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HñêñºƒÛ
.update_bn4d_branch2a/beta/ApplyGradientDescentæëñºƒ (Bupdate_bn4d_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2a/beta, learning_rate, gradients/bn4d_branch2a/beta_grad_S218)HæëñºƒP¾

RecvTensor»ëñºƒ m(m:
"€€B‹[1024B] edge_219_gradients/bn4d_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H»ëñºƒß
/update_bn4d_branch2a/gamma/ApplyGradientDescent¨ìñºƒ (B“update_bn4d_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2a/gamma, learning_rate, gradients/bn4d_branch2a/gamma_grad_S219)H¨ìñºƒPÆ

RecvTensorãğñºƒ ¸(¸:"€€@€€@B[1.0MB] edge_220_gradients/res4d_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hãğñºƒé
1update_res4d_branch2a/kernel/ApplyGradientDescentñ¨ ñºƒ ´(´B™update_res4d_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4d_branch2a/kernel, learning_rate, gradients/res4d_branch2a/kernel_grad_S220)Hñ¨ ñºƒP¿

RecvTensorññºƒ «(«:
"€ € BŠ[4096B] edge_221_gradients/bn4c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HññºƒÛ
.update_bn4c_branch2c/beta/ApplyGradientDescent»òñºƒ (Bupdate_bn4c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2c/beta, learning_rate, gradients/bn4c_branch2c/beta_grad_S221)H»òñºƒPÀ

RecvTensor¡óñºƒ ±(±:
"€ € B‹[4096B] edge_222_gradients/bn4c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¡óñºƒß
/update_bn4c_branch2c/gamma/ApplyGradientDescentÒôñºƒ (B“update_bn4c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2c/gamma, learning_rate, gradients/bn4c_branch2c/gamma_grad_S222)HÒôñºƒPÆ

RecvTensor¶øñºƒ Ó»(Ó»:"€€@€€@B[1.0MB] edge_223_gradients/res4c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¶øñºƒé
1update_res4c_branch2c/kernel/ApplyGradientDescent‰´ ñºƒ ¼(¼B™update_res4c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4c_branch2c/kernel, learning_rate, gradients/res4c_branch2c/kernel_grad_S223)H‰´ ñºƒP½

RecvTensorÇøñºƒ r(r:
"€€BŠ[1024B] edge_224_gradients/bn4c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÇøñºƒÛ
.update_bn4c_branch2b/beta/ApplyGradientDescent¹ùñºƒ (Bupdate_bn4c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2b/beta, learning_rate, gradients/bn4c_branch2b/beta_grad_S224)H¹ùñºƒP¾

RecvTensorùñºƒ t(t:
"€€B‹[1024B] edge_225_gradients/bn4c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hùñºƒß
/update_bn4c_branch2b/gamma/ApplyGradientDescentúñºƒ (B“update_bn4c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2b/gamma, learning_rate, gradients/bn4c_branch2b/gamma_grad_S225)HúñºƒPÈ

RecvTensorÑ„Ÿñºƒ İÕ(İÕ:"
€€€€B[2.2MB] edge_226_gradients/res4c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÑ„Ÿñºƒé
1update_res4c_branch2b/kernel/ApplyGradientDescent®Ú¡ñºƒ ¡(¡B™update_res4c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4c_branch2b/kernel, learning_rate, gradients/res4c_branch2b/kernel_grad_S226)H®Ú¡ñºƒP½

RecvTensorâ„Ÿñºƒ g(g:
"€€BŠ[1024B] edge_227_gradients/bn4c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hâ„ŸñºƒÛ
.update_bn4c_branch2a/beta/ApplyGradientDescentÉ…Ÿñºƒ (Bupdate_bn4c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2a/beta, learning_rate, gradients/bn4c_branch2a/beta_grad_S227)HÉ…ŸñºƒP¾

RecvTensorª…Ÿñºƒ }(}:
"€€B‹[1024B] edge_228_gradients/bn4c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hª…Ÿñºƒß
/update_bn4c_branch2a/gamma/ApplyGradientDescent§†Ÿñºƒ (B“update_bn4c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2a/gamma, learning_rate, gradients/bn4c_branch2a/gamma_grad_S228)H§†ŸñºƒPÆ

RecvTensor®ŠŸñºƒ €Á(€Á:"€€@€€@B[1.0MB] edge_229_gradients/res4c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H®ŠŸñºƒé
1update_res4c_branch2a/kernel/ApplyGradientDescent®Ë ñºƒ º(ºB™update_res4c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4c_branch2a/kernel, learning_rate, gradients/res4c_branch2a/kernel_grad_S229)H®Ë ñºƒP¿

RecvTensorÙŠŸñºƒ ¾(¾:
"€ € BŠ[4096B] edge_230_gradients/bn4b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÙŠŸñºƒÛ
.update_bn4b_branch2c/beta/ApplyGradientDescent—ŒŸñºƒ (Bupdate_bn4b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2c/beta, learning_rate, gradients/bn4b_branch2c/beta_grad_S230)H—ŒŸñºƒPÀ

RecvTensorÎŒŸñºƒ ¬(¬:
"€ € B‹[4096B] edge_231_gradients/bn4b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÎŒŸñºƒß
/update_bn4b_branch2c/gamma/ApplyGradientDescentúŸñºƒ (B“update_bn4b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2c/gamma, learning_rate, gradients/bn4b_branch2c/gamma_grad_S231)HúŸñºƒPÆ

RecvTensorè‘Ÿñºƒ ¾Â(¾Â:"€€@€€@B[1.0MB] edge_232_gradients/res4b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hè‘Ÿñºƒé
1update_res4b_branch2c/kernel/ApplyGradientDescent¦Ô ñºƒ ¬(¬B™update_res4b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4b_branch2c/kernel, learning_rate, gradients/res4b_branch2c/kernel_grad_S232)H¦Ô ñºƒP¿

RecvTensorù‘Ÿñºƒ (:
"€€BŠ[1024B] edge_233_gradients/bn4b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hù‘ŸñºƒÛ
.update_bn4b_branch2b/beta/ApplyGradientDescentú’Ÿñºƒ (Bupdate_bn4b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2b/beta, learning_rate, gradients/bn4b_branch2b/beta_grad_S233)Hú’ŸñºƒP¾

RecvTensor½’Ÿñºƒ p(p:
"€€B‹[1024B] edge_234_gradients/bn4b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H½’Ÿñºƒß
/update_bn4b_branch2b/gamma/ApplyGradientDescent­“Ÿñºƒ (B“update_bn4b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2b/gamma, learning_rate, gradients/bn4b_branch2b/gamma_grad_S234)H­“ŸñºƒPÈ

RecvTensorèŸñºƒ ÅÆ(ÅÆ:"
€€€€B[2.2MB] edge_235_gradients/res4b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HèŸñºƒé
1update_res4b_branch2b/kernel/ApplyGradientDescent­ä¡ñºƒ ”(”B™update_res4b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4b_branch2b/kernel, learning_rate, gradients/res4b_branch2b/kernel_grad_S235)H­ä¡ñºƒP¿

RecvTensorøŸñºƒ †(†:
"€€BŠ[1024B] edge_236_gradients/bn4b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HøŸñºƒÛ
.update_bn4b_branch2a/beta/ApplyGradientDescentşŸñºƒ (Bupdate_bn4b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2a/beta, learning_rate, gradients/bn4b_branch2a/beta_grad_S236)HşŸñºƒPÀ

RecvTensor½Ÿñºƒ ’(’:
"€€B‹[1024B] edge_237_gradients/bn4b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H½Ÿñºƒß
/update_bn4b_branch2a/gamma/ApplyGradientDescentÏŸŸñºƒ (B“update_bn4b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2a/gamma, learning_rate, gradients/bn4b_branch2a/gamma_grad_S237)HÏŸŸñºƒPÆ

RecvTensorÖ£Ÿñºƒ ¿Â(¿Â:"€€@€€@B[1.0MB] edge_238_gradients/res4b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÖ£Ÿñºƒé
1update_res4b_branch2a/kernel/ApplyGradientDescent•æ ñºƒ ¢(¢B™update_res4b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4b_branch2a/kernel, learning_rate, gradients/res4b_branch2a/kernel_grad_S238)H•æ ñºƒP¾

RecvTensor‚¤Ÿñºƒ Â(Â:
"€ € B‰[4096B] edge_239_gradients/bn4a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‚¤Ÿñºƒ×
-update_bn4a_branch1/beta/ApplyGradientDescentÄ¥Ÿñºƒ (Bupdate_bn4a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch1/beta, learning_rate, gradients/bn4a_branch1/beta_grad_S239)HÄ¥ŸñºƒP¿

RecvTensor•¥Ÿñºƒ À(À:
"€ € BŠ[4096B] edge_240_gradients/bn4a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H•¥ŸñºƒÛ
.update_bn4a_branch1/gamma/ApplyGradientDescentÕ¦Ÿñºƒ (Bupdate_bn4a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch1/gamma, learning_rate, gradients/bn4a_branch1/gamma_grad_S240)HÕ¦ŸñºƒPÇ

RecvTensor»¯Ÿñºƒ ®«(®«:"
€€€€€€BŒ[2.0MB] edge_241_gradients/res4a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H»¯Ÿñºƒå
0update_res4a_branch1/kernel/ApplyGradientDescentÏİ¡ñºƒ Û(ÛB–update_res4a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch1/kernel, learning_rate, gradients/res4a_branch1/kernel_grad_S241)HÏİ¡ñºƒP¿

RecvTensorè¯Ÿñºƒ ¸(¸:
"€ € BŠ[4096B] edge_242_gradients/bn4a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hè¯ŸñºƒÛ
.update_bn4a_branch2c/beta/ApplyGradientDescent ±Ÿñºƒ (Bupdate_bn4a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2c/beta, learning_rate, gradients/bn4a_branch2c/beta_grad_S242)H ±ŸñºƒPÀ

RecvTensorê±Ÿñºƒ Á(Á:
"€ € B‹[4096B] edge_243_gradients/bn4a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hê±Ÿñºƒß
/update_bn4a_branch2c/gamma/ApplyGradientDescent«³Ÿñºƒ (B“update_bn4a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2c/gamma, learning_rate, gradients/bn4a_branch2c/gamma_grad_S243)H«³ŸñºƒPÆ

RecvTensor†·Ÿñºƒ ±¿(±¿:"€€@€€@B[1.0MB] edge_244_gradients/res4a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H†·Ÿñºƒé
1update_res4a_branch2c/kernel/ApplyGradientDescent·ö ñºƒ ¢(¢B™update_res4a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch2c/kernel, learning_rate, gradients/res4a_branch2c/kernel_grad_S244)H·ö ñºƒP½

RecvTensor—·Ÿñºƒ v(v:
"€€BŠ[1024B] edge_245_gradients/bn4a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H—·ŸñºƒÛ
.update_bn4a_branch2b/beta/ApplyGradientDescent¸Ÿñºƒ (Bupdate_bn4a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2b/beta, learning_rate, gradients/bn4a_branch2b/beta_grad_S245)H¸ŸñºƒP¾

RecvTensorÙ·Ÿñºƒ u(u:
"€€B‹[1024B] edge_246_gradients/bn4a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÙ·Ÿñºƒß
/update_bn4a_branch2b/gamma/ApplyGradientDescentÎ¸Ÿñºƒ (B“update_bn4a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2b/gamma, learning_rate, gradients/bn4a_branch2b/gamma_grad_S246)HÎ¸ŸñºƒPÈ

RecvTensoràÂŸñºƒ à«(à«:"
€€€€B[2.2MB] edge_247_gradients/res4a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HàÂŸñºƒé
1update_res4a_branch2b/kernel/ApplyGradientDescentÀî¡ñºƒ š(šB™update_res4a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch2b/kernel, learning_rate, gradients/res4a_branch2b/kernel_grad_S247)HÀî¡ñºƒP¿

RecvTensorÃŸñºƒ “(“:
"€€BŠ[1024B] edge_248_gradients/bn4a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÃŸñºƒÛ
.update_bn4a_branch2a/beta/ApplyGradientDescent¡ÄŸñºƒ (Bupdate_bn4a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2a/beta, learning_rate, gradients/bn4a_branch2a/beta_grad_S248)H¡ÄŸñºƒPÀ

RecvTensorˆÅŸñºƒ ‹(‹:
"€€B‹[1024B] edge_249_gradients/bn4a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HˆÅŸñºƒß
/update_bn4a_branch2a/gamma/ApplyGradientDescent“ÆŸñºƒ (B“update_bn4a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2a/gamma, learning_rate, gradients/bn4a_branch2a/gamma_grad_S249)H“ÆŸñºƒPÄ

RecvTensor÷ÎŸñºƒ Çf(Çf:"€€ €€ B[0.5MB] edge_250_gradients/res4a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H÷ÎŸñºƒç
1update_res4a_branch2a/kernel/ApplyGradientDescentÊµ ñºƒ Z(ZB™update_res4a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch2a/kernel, learning_rate, gradients/res4a_branch2a/kernel_grad_S250)HÊµ ñºƒP½

RecvTensorÇÏŸñºƒ {({:
"€€BŠ[2048B] edge_251_gradients/bn3d_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÇÏŸñºƒÛ
.update_bn3d_branch2c/beta/ApplyGradientDescentÂĞŸñºƒ (Bupdate_bn3d_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2c/beta, learning_rate, gradients/bn3d_branch2c/beta_grad_S251)HÂĞŸñºƒPÀ

RecvTensorÈÓŸñºƒ ®(®:
"€€B‹[2048B] edge_252_gradients/bn3d_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÈÓŸñºƒß
/update_bn3d_branch2c/gamma/ApplyGradientDescentöÔŸñºƒ (B“update_bn3d_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2c/gamma, learning_rate, gradients/bn3d_branch2c/gamma_grad_S252)HöÔŸñºƒPÄ

RecvTensor²ØŸñºƒ ÷3(÷3:"€€€€B[0.2MB] edge_253_gradients/res3d_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H²ØŸñºƒç
1update_res3d_branch2c/kernel/ApplyGradientDescent¬ ñºƒ 2(2B™update_res3d_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3d_branch2c/kernel, learning_rate, gradients/res3d_branch2c/kernel_grad_S253)H¬ ñºƒP¾

RecvTensorËØŸñºƒ ƒ(ƒ:
"€€B‰[512B] edge_254_gradients/bn3d_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HËØŸñºƒÛ
.update_bn3d_branch2b/beta/ApplyGradientDescentÎÙŸñºƒ (Bupdate_bn3d_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2b/beta, learning_rate, gradients/bn3d_branch2b/beta_grad_S254)HÎÙŸñºƒP½

RecvTensorÓÙŸñºƒ l(l:
"€€BŠ[512B] edge_255_gradients/bn3d_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÓÙŸñºƒß
/update_bn3d_branch2b/gamma/ApplyGradientDescent¿ÚŸñºƒ (B“update_bn3d_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2b/gamma, learning_rate, gradients/bn3d_branch2b/gamma_grad_S255)H¿ÚŸñºƒPÄ

RecvTensorãåŸñºƒ îq(îq:"€€$€€$B[0.6MB] edge_256_gradients/res3d_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HãåŸñºƒç
1update_res3d_branch2b/kernel/ApplyGradientDescentÑ× ñºƒ l(lB™update_res3d_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3d_branch2b/kernel, learning_rate, gradients/res3d_branch2b/kernel_grad_S256)HÑ× ñºƒP¼

RecvTensorüåŸñºƒ w(w:
"€€B‰[512B] edge_257_gradients/bn3d_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HüåŸñºƒÛ
.update_bn3d_branch2a/beta/ApplyGradientDescentóæŸñºƒ (Bupdate_bn3d_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2a/beta, learning_rate, gradients/bn3d_branch2a/beta_grad_S257)HóæŸñºƒP¿

RecvTensor€çŸñºƒ (:
"€€BŠ[512B] edge_258_gradients/bn3d_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H€çŸñºƒß
/update_bn3d_branch2a/gamma/ApplyGradientDescentèŸñºƒ (B“update_bn3d_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2a/gamma, learning_rate, gradients/bn3d_branch2a/gamma_grad_S258)HèŸñºƒPÄ

RecvTensor‰ìŸñºƒ º4(º4:"€€€€B[0.2MB] edge_259_gradients/res3d_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‰ìŸñºƒç
1update_res3d_branch2a/kernel/ApplyGradientDescentÃ  ñºƒ 1(1B™update_res3d_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3d_branch2a/kernel, learning_rate, gradients/res3d_branch2a/kernel_grad_S259)HÃ  ñºƒP¿

RecvTensorØìŸñºƒ  ( :
"€€BŠ[2048B] edge_260_gradients/bn3c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HØìŸñºƒÛ
.update_bn3c_branch2c/beta/ApplyGradientDescentøíŸñºƒ (Bupdate_bn3c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2c/beta, learning_rate, gradients/bn3c_branch2c/beta_grad_S260)HøíŸñºƒPÀ

RecvTensorÅğŸñºƒ ”(”:
"€€B‹[2048B] edge_261_gradients/bn3c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÅğŸñºƒß
/update_bn3c_branch2c/gamma/ApplyGradientDescentÙñŸñºƒ (B“update_bn3c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2c/gamma, learning_rate, gradients/bn3c_branch2c/gamma_grad_S261)HÙñŸñºƒPÄ

RecvTensorÓõŸñºƒ å4(å4:"€€€€B[0.2MB] edge_262_gradients/res3c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÓõŸñºƒç
1update_res3c_branch2c/kernel/ApplyGradientDescent¸ª ñºƒ 2(2B™update_res3c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3c_branch2c/kernel, learning_rate, gradients/res3c_branch2c/kernel_grad_S262)H¸ª ñºƒP¼

RecvTensoríõŸñºƒ t(t:
"€€B‰[512B] edge_263_gradients/bn3c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HíõŸñºƒÛ
.update_bn3c_branch2b/beta/ApplyGradientDescentáöŸñºƒ (Bupdate_bn3c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2b/beta, learning_rate, gradients/bn3c_branch2b/beta_grad_S263)HáöŸñºƒP½

RecvTensorúöŸñºƒ t(t:
"€€BŠ[512B] edge_264_gradients/bn3c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HúöŸñºƒß
/update_bn3c_branch2b/gamma/ApplyGradientDescentî÷Ÿñºƒ (B“update_bn3c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2b/gamma, learning_rate, gradients/bn3c_branch2b/gamma_grad_S264)Hî÷ŸñºƒPÄ

RecvTensor•‚ ñºƒ ”l(”l:"€€$€€$B[0.6MB] edge_265_gradients/res3c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H•‚ ñºƒç
1update_res3c_branch2b/kernel/ApplyGradientDescent©î ñºƒ u(uB™update_res3c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3c_branch2b/kernel, learning_rate, gradients/res3c_branch2b/kernel_grad_S265)H©î ñºƒP¼

RecvTensor®‚ ñºƒ s(s:
"€€B‰[512B] edge_266_gradients/bn3c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H®‚ ñºƒÛ
.update_bn3c_branch2a/beta/ApplyGradientDescent¡ƒ ñºƒ (Bupdate_bn3c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2a/beta, learning_rate, gradients/bn3c_branch2a/beta_grad_S266)H¡ƒ ñºƒP½

RecvTensor¹ƒ ñºƒ l(l:
"€€BŠ[512B] edge_267_gradients/bn3c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¹ƒ ñºƒß
/update_bn3c_branch2a/gamma/ApplyGradientDescent¥„ ñºƒ (B“update_bn3c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2a/gamma, learning_rate, gradients/bn3c_branch2a/gamma_grad_S267)H¥„ ñºƒPÄ

RecvTensorÕˆ ñºƒ €4(€4:"€€€€B[0.2MB] edge_268_gradients/res3c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÕˆ ñºƒç
1update_res3c_branch2a/kernel/ApplyGradientDescentÕ¼ ñºƒ 0(0B™update_res3c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3c_branch2a/kernel, learning_rate, gradients/res3c_branch2a/kernel_grad_S268)HÕ¼ ñºƒP¿

RecvTensor£‰ ñºƒ ’(’:
"€€BŠ[2048B] edge_269_gradients/bn3b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H£‰ ñºƒÛ
.update_bn3b_branch2c/beta/ApplyGradientDescentµŠ ñºƒ (Bupdate_bn3b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2c/beta, learning_rate, gradients/bn3b_branch2c/beta_grad_S269)HµŠ ñºƒPÀ

RecvTensor¦ ñºƒ  ( :
"€€B‹[2048B] edge_270_gradients/bn3b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¦ ñºƒß
/update_bn3b_branch2c/gamma/ApplyGradientDescentÆ ñºƒ (B“update_bn3b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2c/gamma, learning_rate, gradients/bn3b_branch2c/gamma_grad_S270)HÆ ñºƒPÄ

RecvTensorÇ’ ñºƒ ±3(±3:"€€€€B[0.2MB] edge_271_gradients/res3b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÇ’ ñºƒç
1update_res3b_branch2c/kernel/ApplyGradientDescentøÅ ñºƒ 1(1B™update_res3b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3b_branch2c/kernel, learning_rate, gradients/res3b_branch2c/kernel_grad_S271)HøÅ ñºƒP¼

RecvTensorà’ ñºƒ c(c:
"€€B‰[512B] edge_272_gradients/bn3b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hà’ ñºƒÛ
.update_bn3b_branch2b/beta/ApplyGradientDescentÃ“ ñºƒ (Bupdate_bn3b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2b/beta, learning_rate, gradients/bn3b_branch2b/beta_grad_S272)HÃ“ ñºƒP½

RecvTensorá“ ñºƒ u(u:
"€€BŠ[512B] edge_273_gradients/bn3b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Há“ ñºƒß
/update_bn3b_branch2b/gamma/ApplyGradientDescentÖ” ñºƒ (B“update_bn3b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2b/gamma, learning_rate, gradients/bn3b_branch2b/gamma_grad_S273)HÖ” ñºƒPÄ

RecvTensoræ ñºƒ ™c(™c:"€€$€€$B[0.6MB] edge_274_gradients/res3b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hæ ñºƒç
1update_res3b_branch2b/kernel/ApplyGradientDescentÿ¡ñºƒ e(eB™update_res3b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3b_branch2b/kernel, learning_rate, gradients/res3b_branch2b/kernel_grad_S274)Hÿ¡ñºƒP¾

RecvTensorş ñºƒ (:
"€€B‰[512B] edge_275_gradients/bn3b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hş ñºƒÛ
.update_bn3b_branch2a/beta/ApplyGradientDescentÿŸ ñºƒ (Bupdate_bn3b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2a/beta, learning_rate, gradients/bn3b_branch2a/beta_grad_S275)HÿŸ ñºƒP½

RecvTensor‚  ñºƒ p(p:
"€€BŠ[512B] edge_276_gradients/bn3b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‚  ñºƒß
/update_bn3b_branch2a/gamma/ApplyGradientDescentô  ñºƒ (B“update_bn3b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2a/gamma, learning_rate, gradients/bn3b_branch2a/gamma_grad_S276)Hô  ñºƒPÄ

RecvTensor€¥ ñºƒ ¹1(¹1:"€€€€B[0.2MB] edge_277_gradients/res3b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H€¥ ñºƒç
1update_res3b_branch2a/kernel/ApplyGradientDescent¹Ö ñºƒ 2(2B™update_res3b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3b_branch2a/kernel, learning_rate, gradients/res3b_branch2a/kernel_grad_S277)H¹Ö ñºƒP¾

RecvTensorĞ¥ ñºƒ œ(œ:
"€€B‰[2048B] edge_278_gradients/bn3a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HĞ¥ ñºƒ×
-update_bn3a_branch1/beta/ApplyGradientDescentì¦ ñºƒ (Bupdate_bn3a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch1/beta, learning_rate, gradients/bn3a_branch1/beta_grad_S278)Hì¦ ñºƒP¿

RecvTensorö§ ñºƒ ¥(¥:
"€€BŠ[2048B] edge_279_gradients/bn3a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hö§ ñºƒÛ
.update_bn3a_branch1/gamma/ApplyGradientDescent¥ª ñºƒ (Bupdate_bn3a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch1/gamma, learning_rate, gradients/bn3a_branch1/gamma_grad_S279)H¥ª ñºƒPÃ

RecvTensor¸² ñºƒ îS(îS:"€€ €€ BŒ[0.5MB] edge_280_gradients/res3a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¸² ñºƒã
0update_res3a_branch1/kernel/ApplyGradientDescent¦†¡ñºƒ `(`B–update_res3a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch1/kernel, learning_rate, gradients/res3a_branch1/kernel_grad_S280)H¦†¡ñºƒP¿

RecvTensorƒ³ ñºƒ “(“:
"€€BŠ[2048B] edge_281_gradients/bn3a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hƒ³ ñºƒÛ
.update_bn3a_branch2c/beta/ApplyGradientDescentÅµ ñºƒ (Bupdate_bn3a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2c/beta, learning_rate, gradients/bn3a_branch2c/beta_grad_S281)HÅµ ñºƒPÀ

RecvTensorñ¶ ñºƒ (:
"€€B‹[2048B] edge_282_gradients/bn3a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hñ¶ ñºƒß
/update_bn3a_branch2c/gamma/ApplyGradientDescentş· ñºƒ (B“update_bn3a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2c/gamma, learning_rate, gradients/bn3a_branch2c/gamma_grad_S282)Hş· ñºƒPÄ

RecvTensorÿ» ñºƒ Ø-(Ø-:"€€€€B[0.2MB] edge_283_gradients/res3a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hÿ» ñºƒç
1update_res3a_branch2c/kernel/ApplyGradientDescent×é ñºƒ 3(3B™update_res3a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch2c/kernel, learning_rate, gradients/res3a_branch2c/kernel_grad_S283)H×é ñºƒP¼

RecvTensor™¼ ñºƒ z(z:
"€€B‰[512B] edge_284_gradients/bn3a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H™¼ ñºƒÛ
.update_bn3a_branch2b/beta/ApplyGradientDescent“½ ñºƒ (Bupdate_bn3a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2b/beta, learning_rate, gradients/bn3a_branch2b/beta_grad_S284)H“½ ñºƒP½

RecvTensor¡½ ñºƒ o(o:
"€€BŠ[512B] edge_285_gradients/bn3a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¡½ ñºƒß
/update_bn3a_branch2b/gamma/ApplyGradientDescent¾ ñºƒ (B“update_bn3a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2b/gamma, learning_rate, gradients/bn3a_branch2b/gamma_grad_S285)H¾ ñºƒPÄ

RecvTensoræÈ ñºƒ ¨S(¨S:"€€$€€$B[0.6MB] edge_286_gradients/res3a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HæÈ ñºƒç
1update_res3a_branch2b/kernel/ApplyGradientDescentœ¡ñºƒ o(oB™update_res3a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch2b/kernel, learning_rate, gradients/res3a_branch2b/kernel_grad_S286)Hœ¡ñºƒP¼

RecvTensorºÉ ñºƒ d(d:
"€€B‰[512B] edge_287_gradients/bn3a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HºÉ ñºƒÛ
.update_bn3a_branch2a/beta/ApplyGradientDescentÊ ñºƒ (Bupdate_bn3a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2a/beta, learning_rate, gradients/bn3a_branch2a/beta_grad_S287)HÊ ñºƒP¿

RecvTensor½Í ñºƒ †(†:
"€€BŠ[512B] edge_288_gradients/bn3a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H½Í ñºƒß
/update_bn3a_branch2a/gamma/ApplyGradientDescentÃÎ ñºƒ (B“update_bn3a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2a/gamma, learning_rate, gradients/bn3a_branch2a/gamma_grad_S288)HÃÎ ñºƒPÄ

RecvTensor½× ñºƒ ¶(¶:"€€€€B[0.1MB] edge_289_gradients/res3a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H½× ñºƒç
1update_res3a_branch2a/kernel/ApplyGradientDescentóì ñºƒ (B™update_res3a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch2a/kernel, learning_rate, gradients/res3a_branch2a/kernel_grad_S289)Hóì ñºƒP¿

RecvTensorÎØ ñºƒ ‡(‡:
"€€BŠ[1024B] edge_290_gradients/bn2c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÎØ ñºƒÛ
.update_bn2c_branch2c/beta/ApplyGradientDescent±Û ñºƒ (Bupdate_bn2c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2c/beta, learning_rate, gradients/bn2c_branch2c/beta_grad_S290)H±Û ñºƒPÀ

RecvTensor–à ñºƒ …(…:
"€€B‹[1024B] edge_291_gradients/bn2c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H–à ñºƒß
/update_bn2c_branch2c/gamma/ApplyGradientDescent›á ñºƒ (B“update_bn2c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2c/gamma, learning_rate, gradients/bn2c_branch2c/gamma_grad_S291)H›á ñºƒPÅ

RecvTensor·å ñºƒ Õ
(Õ
:"€€€€B[65536B] edge_292_gradients/res2c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H·å ñºƒç
1update_res2c_branch2c/kernel/ApplyGradientDescentŒğ ñºƒ (B™update_res2c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res2c_branch2c/kernel, learning_rate, gradients/res2c_branch2c/kernel_grad_S292)HŒğ ñºƒP¼

RecvTensorãå ñºƒ c(c:
"€€B‰[256B] edge_293_gradients/bn2c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hãå ñºƒÛ
.update_bn2c_branch2b/beta/ApplyGradientDescent·ç ñºƒ (Bupdate_bn2c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2b/beta, learning_rate, gradients/bn2c_branch2b/beta_grad_S293)H·ç ñºƒP½

RecvTensorõç ñºƒ d(d:
"€€BŠ[256B] edge_294_gradients/bn2c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hõç ñºƒß
/update_bn2c_branch2b/gamma/ApplyGradientDescentÙè ñºƒ (B“update_bn2c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2b/gamma, learning_rate, gradients/bn2c_branch2b/gamma_grad_S294)HÙè ñºƒPÄ

RecvTensorÍó ñºƒ ³(³:"€€	€€	B[0.1MB] edge_295_gradients/res2c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÍó ñºƒç
1update_res2c_branch2b/kernel/ApplyGradientDescent€ˆ¡ñºƒ (B™update_res2c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res2c_branch2b/kernel, learning_rate, gradients/res2c_branch2b/kernel_grad_S295)H€ˆ¡ñºƒP¼

RecvTensorûó ñºƒ g(g:
"€€B‰[256B] edge_296_gradients/bn2c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hûó ñºƒÛ
.update_bn2c_branch2a/beta/ApplyGradientDescentâô ñºƒ (Bupdate_bn2c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2a/beta, learning_rate, gradients/bn2c_branch2a/beta_grad_S296)Hâô ñºƒP½

RecvTensorøõ ñºƒ i(i:
"€€BŠ[256B] edge_297_gradients/bn2c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Høõ ñºƒß
/update_bn2c_branch2a/gamma/ApplyGradientDescentÙ÷ ñºƒ (B“update_bn2c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2a/gamma, learning_rate, gradients/bn2c_branch2a/gamma_grad_S297)HÙ÷ ñºƒPÅ

RecvTensor§û ñºƒ Ø	(Ø	:"€€€€B[65536B] edge_298_gradients/res2c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H§û ñºƒç
1update_res2c_branch2a/kernel/ApplyGradientDescentÿ„¡ñºƒ (B™update_res2c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res2c_branch2a/kernel, learning_rate, gradients/res2c_branch2a/kernel_grad_S298)Hÿ„¡ñºƒP½

RecvTensorÄü ñºƒ v(v:
"€€BŠ[1024B] edge_299_gradients/bn2b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÄü ñºƒÛ
.update_bn2b_branch2c/beta/ApplyGradientDescentºı ñºƒ (Bupdate_bn2b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2c/beta, learning_rate, gradients/bn2b_branch2c/beta_grad_S299)Hºı ñºƒP¾

RecvTensorš„¡ñºƒ s(s:
"€€B‹[1024B] edge_300_gradients/bn2b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hš„¡ñºƒß
/update_bn2b_branch2c/gamma/ApplyGradientDescent…¡ñºƒ (B“update_bn2b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2c/gamma, learning_rate, gradients/bn2b_branch2c/gamma_grad_S300)H…¡ñºƒPÅ

RecvTensor”‰¡ñºƒ Ë(Ë:"€€€€B[65536B] edge_301_gradients/res2b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H”‰¡ñºƒç
1update_res2b_branch2c/kernel/ApplyGradientDescentß‘¡ñºƒ (B™update_res2b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res2b_branch2c/kernel, learning_rate, gradients/res2b_branch2c/kernel_grad_S301)Hß‘¡ñºƒP¼

RecvTensor½‰¡ñºƒ W(W:
"€€B‰[256B] edge_302_gradients/bn2b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H½‰¡ñºƒÛ
.update_bn2b_branch2b/beta/ApplyGradientDescent”Š¡ñºƒ (Bupdate_bn2b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2b/beta, learning_rate, gradients/bn2b_branch2b/beta_grad_S302)H”Š¡ñºƒP½

RecvTensorÊ‹¡ñºƒ d(d:
"€€BŠ[256B] edge_303_gradients/bn2b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÊ‹¡ñºƒß
/update_bn2b_branch2b/gamma/ApplyGradientDescent®Œ¡ñºƒ (B“update_bn2b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2b/gamma, learning_rate, gradients/bn2b_branch2b/gamma_grad_S303)H®Œ¡ñºƒPÄ

RecvTensor™—¡ñºƒ ­(­:"€€	€€	B[0.1MB] edge_304_gradients/res2b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H™—¡ñºƒç
1update_res2b_branch2b/kernel/ApplyGradientDescentÆ¨¡ñºƒ (B™update_res2b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res2b_branch2b/kernel, learning_rate, gradients/res2b_branch2b/kernel_grad_S304)HÆ¨¡ñºƒP¼

RecvTensorÃ—¡ñºƒ ^(^:
"€€B‰[256B] edge_305_gradients/bn2b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÃ—¡ñºƒÛ
.update_bn2b_branch2a/beta/ApplyGradientDescent¡˜¡ñºƒ (Bupdate_bn2b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2a/beta, learning_rate, gradients/bn2b_branch2a/beta_grad_S305)H¡˜¡ñºƒP½

RecvTensorÄ™¡ñºƒ j(j:
"€€BŠ[256B] edge_306_gradients/bn2b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÄ™¡ñºƒß
/update_bn2b_branch2a/gamma/ApplyGradientDescent®š¡ñºƒ (B“update_bn2b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2a/gamma, learning_rate, gradients/bn2b_branch2a/gamma_grad_S306)H®š¡ñºƒPÅ

RecvTensorç¡ñºƒ ˆ(ˆ:"€€€€B[65536B] edge_307_gradients/res2b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hç¡ñºƒç
1update_res2b_branch2a/kernel/ApplyGradientDescentï¦¡ñºƒ (B™update_res2b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res2b_branch2a/kernel, learning_rate, gradients/res2b_branch2a/kernel_grad_S307)Hï¦¡ñºƒP¼

RecvTensor€ ¡ñºƒ x(x:
"€€B‰[1024B] edge_308_gradients/bn2a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H€ ¡ñºƒ×
-update_bn2a_branch1/beta/ApplyGradientDescentø ¡ñºƒ (Bupdate_bn2a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch1/beta, learning_rate, gradients/bn2a_branch1/beta_grad_S308)Hø ¡ñºƒP½

RecvTensorÈ¤¡ñºƒ |(|:
"€€BŠ[1024B] edge_309_gradients/bn2a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÈ¤¡ñºƒÛ
.update_bn2a_branch1/gamma/ApplyGradientDescentÄ¥¡ñºƒ (Bupdate_bn2a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch1/gamma, learning_rate, gradients/bn2a_branch1/gamma_grad_S309)HÄ¥¡ñºƒPÄ

RecvTensorÚ©¡ñºƒ ¦(¦:"€€€€B[65536B] edge_310_gradients/res2a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÚ©¡ñºƒã
0update_res2a_branch1/kernel/ApplyGradientDescentÌ±¡ñºƒ (B–update_res2a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch1/kernel, learning_rate, gradients/res2a_branch1/kernel_grad_S310)HÌ±¡ñºƒP½

RecvTensorğª¡ñºƒ u(u:
"€€BŠ[1024B] edge_311_gradients/bn2a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hğª¡ñºƒÛ
.update_bn2a_branch2c/beta/ApplyGradientDescentå«¡ñºƒ (Bupdate_bn2a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2c/beta, learning_rate, gradients/bn2a_branch2c/beta_grad_S311)Hå«¡ñºƒP¾

RecvTensor³¡ñºƒ u(u:
"€€B‹[1024B] edge_312_gradients/bn2a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H³¡ñºƒß
/update_bn2a_branch2c/gamma/ApplyGradientDescent…´¡ñºƒ (B“update_bn2a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2c/gamma, learning_rate, gradients/bn2a_branch2c/gamma_grad_S312)H…´¡ñºƒPÅ

RecvTensor™¸¡ñºƒ î(î:"€€€€B[65536B] edge_313_gradients/res2a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H™¸¡ñºƒç
1update_res2a_branch2c/kernel/ApplyGradientDescent‡¿¡ñºƒ (B™update_res2a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch2c/kernel, learning_rate, gradients/res2a_branch2c/kernel_grad_S313)H‡¿¡ñºƒP¼

RecvTensorÆ¸¡ñºƒ i(i:
"€€B‰[256B] edge_314_gradients/bn2a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÆ¸¡ñºƒÛ
.update_bn2a_branch2b/beta/ApplyGradientDescentÊ»¡ñºƒ (Bupdate_bn2a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2b/beta, learning_rate, gradients/bn2a_branch2b/beta_grad_S314)HÊ»¡ñºƒP½

RecvTensorÇº¡ñºƒ h(h:
"€€BŠ[256B] edge_315_gradients/bn2a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÇº¡ñºƒß
/update_bn2a_branch2b/gamma/ApplyGradientDescentĞ»¡ñºƒ (B“update_bn2a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2b/gamma, learning_rate, gradients/bn2a_branch2b/gamma_grad_S315)HĞ»¡ñºƒPÄ

RecvTensor’Æ¡ñºƒ ö(ö:"€€	€€	B[0.1MB] edge_316_gradients/res2a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H’Æ¡ñºƒç
1update_res2a_branch2b/kernel/ApplyGradientDescentˆÓ¡ñºƒ (B™update_res2a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch2b/kernel, learning_rate, gradients/res2a_branch2b/kernel_grad_S316)HˆÓ¡ñºƒP¼

RecvTensor¿Æ¡ñºƒ q(q:
"€€B‰[256B] edge_317_gradients/bn2a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¿Æ¡ñºƒÛ
.update_bn2a_branch2a/beta/ApplyGradientDescent…È¡ñºƒ (Bupdate_bn2a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2a/beta, learning_rate, gradients/bn2a_branch2a/beta_grad_S317)H…È¡ñºƒP½

RecvTensorÄÈ¡ñºƒ l(l:
"€€BŠ[256B] edge_318_gradients/bn2a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÄÈ¡ñºƒß
/update_bn2a_branch2a/gamma/ApplyGradientDescent°É¡ñºƒ (B“update_bn2a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2a/gamma, learning_rate, gradients/bn2a_branch2a/gamma_grad_S318)H°É¡ñºƒPÅ

RecvTensoròÉ¡ñºƒ ›(›:"€€€€B[16384B] edge_319_gradients/res2a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HòÉ¡ñºƒç
1update_res2a_branch2a/kernel/ApplyGradientDescentŞÎ¡ñºƒ (B™update_res2a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch2a/kernel, learning_rate, gradients/res2a_branch2a/kernel_grad_S319)HŞÎ¡ñºƒP·

RecvTensor…Ë¡ñºƒ o(o:
"€€B„[256B] edge_320_gradients/bn_conv1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H…Ë¡ñºƒÇ
)update_bn_conv1/beta/ApplyGradientDescentÙÎ¡ñºƒ (Bupdate_bn_conv1/beta/ApplyGradientDescent = ApplyGradientDescent(bn_conv1/beta, learning_rate, gradients/bn_conv1/beta_grad_S320)HÙÎ¡ñºƒP¸

RecvTensorÙÕ¡ñºƒ e(e:
"€€B…[256B] edge_321_gradients/bn_conv1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÙÕ¡ñºƒË
*update_bn_conv1/gamma/ApplyGradientDescent¾Ö¡ñºƒ (B„update_bn_conv1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn_conv1/gamma, learning_rate, gradients/bn_conv1/gamma_grad_S321)H¾Ö¡ñºƒP¼

RecvTensorÀÛ¡ñºƒ –(–:"€¦€¦B…[37632B] edge_322_gradients/conv1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÀÛ¡ñºƒÂ
(update_conv1/kernel/ApplyGradientDescentªà¡ñºƒ (B~update_conv1/kernel/ApplyGradientDescent = ApplyGradientDescent(conv1/kernel, learning_rate, gradients/conv1/kernel_grad_S322)Hªà¡ñºƒP