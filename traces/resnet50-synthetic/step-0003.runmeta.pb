
–‡

Ôé
)/job:worker/replica:0/task:0/device:CPU:0¯

RecvTensorÑ§®ñºƒ µ(µ:"€¦€¦By[37632B] edge_1_conv1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÑ§®ñºƒ«

RecvTensorÔ§®ñºƒ Z(Z:
"€€By[256B] edge_2_bn_conv1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÔ§®ñºƒª

RecvTensor×§®ñºƒ d(d:
"€€Bx[256B] edge_3_bn_conv1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H×§®ñºƒ¹

RecvTensorÚ§®ñºƒ Ê(Ê:"€€€€B‚[16384B] edge_4_res2a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÚ§®ñºƒ°

RecvTensorİ§®ñºƒ e(e:
"€€B~[256B] edge_5_bn2a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hİ§®ñºƒ¯

RecvTensorà§®ñºƒ f(f:
"€€B}[256B] edge_6_bn2a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hà§®ñºƒ¸

RecvTensorã§®ñºƒ Ÿ'(Ÿ':"€€	€€	B[0.1MB] edge_7_res2a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hã§®ñºƒ°

RecvTensoræ§®ñºƒ a(a:
"€€B~[256B] edge_8_bn2a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hæ§®ñºƒ¯

RecvTensoré§®ñºƒ l(l:
"€€B}[256B] edge_9_bn2a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hé§®ñºƒº

RecvTensorì§®ñºƒ ×(×:"€€€€Bƒ[65536B] edge_10_res2a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hì§®ñºƒ³

RecvTensorï§®ñºƒ i(i:
"€€B€[1024B] edge_11_bn2a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hï§®ñºƒ±

RecvTensorò§®ñºƒ c(c:
"€€B[1024B] edge_12_bn2a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hò§®ñºƒ¹

RecvTensorõ§®ñºƒ Ø(Ø:"€€€€B‚[65536B] edge_13_res2a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hõ§®ñºƒ±

RecvTensorø§®ñºƒ d(d:
"€€B[1024B] edge_14_bn2a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hø§®ñºƒ°

RecvTensorû§®ñºƒ g(g:
"€€B~[1024B] edge_15_bn2a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hû§®ñºƒº

RecvTensorÿ§®ñºƒ Õ(Õ:"€€€€Bƒ[65536B] edge_16_res2b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hÿ§®ñºƒ±

RecvTensor‚¨®ñºƒ x(x:
"€€B[256B] edge_17_bn2b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‚¨®ñºƒ°

RecvTensor…¨®ñºƒ p(p:
"€€B~[256B] edge_18_bn2b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H…¨®ñºƒ¹

RecvTensorˆ¨®ñºƒ Ç+(Ç+:"€€	€€	B‚[0.1MB] edge_19_res2b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hˆ¨®ñºƒ±

RecvTensorŠ¨®ñºƒ j(j:
"€€B[256B] edge_20_bn2b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŠ¨®ñºƒ°

RecvTensor¨®ñºƒ l(l:
"€€B~[256B] edge_21_bn2b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¨®ñºƒº

RecvTensor‘¨®ñºƒ ç(ç:"€€€€Bƒ[65536B] edge_22_res2b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‘¨®ñºƒ³

RecvTensor”¨®ñºƒ |(|:
"€€B€[1024B] edge_23_bn2b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H”¨®ñºƒ±

RecvTensor—¨®ñºƒ j(j:
"€€B[1024B] edge_24_bn2b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H—¨®ñºƒº

RecvTensorš¨®ñºƒ Œ(Œ:"€€€€Bƒ[65536B] edge_25_res2c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hš¨®ñºƒ±

RecvTensor¨®ñºƒ p(p:
"€€B[256B] edge_26_bn2c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¨®ñºƒ°

RecvTensor ¨®ñºƒ \(\:
"€€B~[256B] edge_27_bn2c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H ¨®ñºƒ¹

RecvTensor£¨®ñºƒ å-(å-:"€€	€€	B‚[0.1MB] edge_28_res2c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H£¨®ñºƒ±

RecvTensor¦¨®ñºƒ \(\:
"€€B[256B] edge_29_bn2c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¦¨®ñºƒ°

RecvTensor©¨®ñºƒ f(f:
"€€B~[256B] edge_30_bn2c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H©¨®ñºƒº

RecvTensor¬¨®ñºƒ É(É:"€€€€Bƒ[65536B] edge_31_res2c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¬¨®ñºƒ³

RecvTensor¯¨®ñºƒ h(h:
"€€B€[1024B] edge_32_bn2c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¯¨®ñºƒ±

RecvTensor²¨®ñºƒ h(h:
"€€B[1024B] edge_33_bn2c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H²¨®ñºƒ¹

RecvTensorµ¨®ñºƒ ò)(ò):"€€€€B‚[0.1MB] edge_34_res3a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hµ¨®ñºƒ±

RecvTensor¸¨®ñºƒ i(i:
"€€B[512B] edge_35_bn3a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¸¨®ñºƒ°

RecvTensor»¨®ñºƒ u(u:
"€€B~[512B] edge_36_bn3a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H»¨®ñºƒ»

RecvTensor¾¨®ñºƒ š˜(š˜:"€€$€€$B‚[0.6MB] edge_37_res3a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¾¨®ñºƒ±

RecvTensorÁ¨®ñºƒ u(u:
"€€B[512B] edge_38_bn3a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÁ¨®ñºƒ°

RecvTensorÄ¨®ñºƒ a(a:
"€€B~[512B] edge_39_bn3a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÄ¨®ñºƒ¹

RecvTensorÇ¨®ñºƒ ÔM(ÔM:"€€€€B‚[0.2MB] edge_40_res3a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÇ¨®ñºƒµ

RecvTensorÊ¨®ñºƒ „(„:
"€€B€[2048B] edge_41_bn3a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÊ¨®ñºƒ³

RecvTensorÍ¨®ñºƒ ‹(‹:
"€€B[2048B] edge_42_bn3a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÍ¨®ñºƒº

RecvTensorĞ¨®ñºƒ œŠ(œŠ:"€€ €€ B[0.5MB] edge_43_res3a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HĞ¨®ñºƒ±

RecvTensorÓ¨®ñºƒ t(t:
"€€B[2048B] edge_44_bn3a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÓ¨®ñºƒ²

RecvTensorÖ¨®ñºƒ ‚(‚:
"€€B~[2048B] edge_45_bn3a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÖ¨®ñºƒ¹

RecvTensorÙ¨®ñºƒ çM(çM:"€€€€B‚[0.2MB] edge_46_res3b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÙ¨®ñºƒ±

RecvTensorÜ¨®ñºƒ b(b:
"€€B[512B] edge_47_bn3b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÜ¨®ñºƒ°

RecvTensorß¨®ñºƒ m(m:
"€€B~[512B] edge_48_bn3b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hß¨®ñºƒ»

RecvTensorâ¨®ñºƒ ¾˜(¾˜:"€€$€€$B‚[0.6MB] edge_49_res3b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hâ¨®ñºƒ±

RecvTensorå¨®ñºƒ o(o:
"€€B[512B] edge_50_bn3b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hå¨®ñºƒ°

RecvTensorè¨®ñºƒ ~(~:
"€€B~[512B] edge_51_bn3b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hè¨®ñºƒ¹

RecvTensorë¨®ñºƒ ˆN(ˆN:"€€€€B‚[0.2MB] edge_52_res3b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hë¨®ñºƒµ

RecvTensorî¨®ñºƒ ‹(‹:
"€€B€[2048B] edge_53_bn3b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hî¨®ñºƒ³

RecvTensorñ¨®ñºƒ ˜(˜:
"€€B[2048B] edge_54_bn3b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hñ¨®ñºƒ¹

RecvTensorô¨®ñºƒ ŸN(ŸN:"€€€€B‚[0.2MB] edge_55_res3c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hô¨®ñºƒ±

RecvTensor÷¨®ñºƒ j(j:
"€€B[512B] edge_56_bn3c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H÷¨®ñºƒ°

RecvTensorú¨®ñºƒ t(t:
"€€B~[512B] edge_57_bn3c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hú¨®ñºƒ»

RecvTensorı¨®ñºƒ ¶˜(¶˜:"€€$€€$B‚[0.6MB] edge_58_res3c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hı¨®ñºƒ±

RecvTensor€©®ñºƒ p(p:
"€€B[512B] edge_59_bn3c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H€©®ñºƒ°

RecvTensorƒ©®ñºƒ u(u:
"€€B~[512B] edge_60_bn3c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hƒ©®ñºƒ¹

RecvTensor†©®ñºƒ »N(»N:"€€€€B‚[0.2MB] edge_61_res3c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H†©®ñºƒµ

RecvTensor‰©®ñºƒ ’(’:
"€€B€[2048B] edge_62_bn3c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‰©®ñºƒ³

RecvTensorŒ©®ñºƒ ™(™:
"€€B[2048B] edge_63_bn3c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŒ©®ñºƒ¹

RecvTensor©®ñºƒ ¾N(¾N:"€€€€B‚[0.2MB] edge_64_res3d_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H©®ñºƒ±

RecvTensor’©®ñºƒ z(z:
"€€B[512B] edge_65_bn3d_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H’©®ñºƒ°

RecvTensor•©®ñºƒ z(z:
"€€B~[512B] edge_66_bn3d_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H•©®ñºƒ»

RecvTensor˜©®ñºƒ Æ˜(Æ˜:"€€$€€$B‚[0.6MB] edge_67_res3d_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H˜©®ñºƒ±

RecvTensor›©®ñºƒ z(z:
"€€B[512B] edge_68_bn3d_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H›©®ñºƒ°

RecvTensor©®ñºƒ u(u:
"€€B~[512B] edge_69_bn3d_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H©®ñºƒ¹

RecvTensor¡©®ñºƒ ÆN(ÆN:"€€€€B‚[0.2MB] edge_70_res3d_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¡©®ñºƒµ

RecvTensor¤©®ñºƒ (:
"€€B€[2048B] edge_71_bn3d_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¤©®ñºƒ³

RecvTensor§©®ñºƒ ’(’:
"€€B[2048B] edge_72_bn3d_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H§©®ñºƒ»

RecvTensorª©®ñºƒ ¿Š(¿Š:"€€ €€ B‚[0.5MB] edge_73_res4a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hª©®ñºƒ³

RecvTensor­©®ñºƒ k(k:
"€€B€[1024B] edge_74_bn4a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H­©®ñºƒ³

RecvTensor°©®ñºƒ ‘(‘:
"€€B[1024B] edge_75_bn4a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H°©®ñºƒ½

RecvTensor³©®ñºƒ ê†(ê†:"
€€€€B‚[2.2MB] edge_76_res4a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H³©®ñºƒ³

RecvTensor¶©®ñºƒ s(s:
"€€B€[1024B] edge_77_bn4a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¶©®ñºƒ³

RecvTensor¹©®ñºƒ ‡(‡:
"€€B[1024B] edge_78_bn4a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¹©®ñºƒ»

RecvTensor¼©®ñºƒ Ìï(Ìï:"€€@€€@B‚[1.0MB] edge_79_res4a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¼©®ñºƒµ

RecvTensor¿©®ñºƒ æ(æ:
"€ € B€[4096B] edge_80_bn4a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¿©®ñºƒ³

RecvTensorÂ©®ñºƒ ˆ(ˆ:
"€ € B[4096B] edge_81_bn4a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÂ©®ñºƒ¼

RecvTensorÅ©®ñºƒ ¥ë(¥ë:"
€€€€€€B[2.0MB] edge_82_res4a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÅ©®ñºƒ³

RecvTensorÈ©®ñºƒ (:
"€ € B[4096B] edge_83_bn4a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÈ©®ñºƒ²

RecvTensorË©®ñºƒ ˜(˜:
"€ € B~[4096B] edge_84_bn4a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HË©®ñºƒ»

RecvTensorÎ©®ñºƒ Íï(Íï:"€€@€€@B‚[1.0MB] edge_85_res4b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÎ©®ñºƒµ

RecvTensorÑ©®ñºƒ Œ(Œ:
"€€B€[1024B] edge_86_bn4b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÑ©®ñºƒ±

RecvTensorÔ©®ñºƒ w(w:
"€€B[1024B] edge_87_bn4b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÔ©®ñºƒ½

RecvTensor×©®ñºƒ ß†(ß†:"
€€€€B‚[2.2MB] edge_88_res4b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H×©®ñºƒµ

RecvTensorÚ©®ñºƒ “(“:
"€€B€[1024B] edge_89_bn4b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÚ©®ñºƒ³

RecvTensorİ©®ñºƒ ‹(‹:
"€€B[1024B] edge_90_bn4b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hİ©®ñºƒ»

RecvTensorà©®ñºƒ Óï(Óï:"€€@€€@B‚[1.0MB] edge_91_res4b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hà©®ñºƒµ

RecvTensorã©®ñºƒ š(š:
"€ € B€[4096B] edge_92_bn4b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hã©®ñºƒ³

RecvTensoræ©®ñºƒ µ(µ:
"€ € B[4096B] edge_93_bn4b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hæ©®ñºƒ»

RecvTensoré©®ñºƒ Ïï(Ïï:"€€@€€@B‚[1.0MB] edge_94_res4c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hé©®ñºƒµ

RecvTensorë©®ñºƒ ‰(‰:
"€€B€[1024B] edge_95_bn4c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hë©®ñºƒ³

RecvTensorî©®ñºƒ ‘(‘:
"€€B[1024B] edge_96_bn4c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hî©®ñºƒ½

RecvTensorñ©®ñºƒ É†(É†:"
€€€€B‚[2.2MB] edge_97_res4c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hñ©®ñºƒµ

RecvTensorô©®ñºƒ (:
"€€B€[1024B] edge_98_bn4c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hô©®ñºƒ³

RecvTensor÷©®ñºƒ ¤(¤:
"€€B[1024B] edge_99_bn4c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H÷©®ñºƒ¼

RecvTensorú©®ñºƒ ¹ï(¹ï:"€€@€€@Bƒ[1.0MB] edge_100_res4c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hú©®ñºƒ¶

RecvTensorı©®ñºƒ À(À:
"€ € B[4096B] edge_101_bn4c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hı©®ñºƒµ

RecvTensor€ª®ñºƒ ­(­:
"€ € B€[4096B] edge_102_bn4c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H€ª®ñºƒ¼

RecvTensorƒª®ñºƒ Âï(Âï:"€€@€€@Bƒ[1.0MB] edge_103_res4d_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hƒª®ñºƒ¶

RecvTensor†ª®ñºƒ ‚(‚:
"€€B[1024B] edge_104_bn4d_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H†ª®ñºƒµ

RecvTensor‰ª®ñºƒ ˜(˜:
"€€B€[1024B] edge_105_bn4d_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‰ª®ñºƒ¾

RecvTensorŒª®ñºƒ ¶†(¶†:"
€€€€Bƒ[2.2MB] edge_106_res4d_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŒª®ñºƒ¶

RecvTensorª®ñºƒ (:
"€€B[1024B] edge_107_bn4d_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hª®ñºƒµ

RecvTensor’ª®ñºƒ ’(’:
"€€B€[1024B] edge_108_bn4d_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H’ª®ñºƒ¼

RecvTensor•ª®ñºƒ ·ï(·ï:"€€@€€@Bƒ[1.0MB] edge_109_res4d_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H•ª®ñºƒ¶

RecvTensor˜ª®ñºƒ §(§:
"€ € B[4096B] edge_110_bn4d_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H˜ª®ñºƒµ

RecvTensor›ª®ñºƒ ï(ï:
"€ € B€[4096B] edge_111_bn4d_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H›ª®ñºƒ¼

RecvTensorª®ñºƒ ¬ï(¬ï:"€€@€€@Bƒ[1.0MB] edge_112_res4e_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hª®ñºƒ¶

RecvTensor¡ª®ñºƒ —(—:
"€€B[1024B] edge_113_bn4e_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¡ª®ñºƒµ

RecvTensor¤ª®ñºƒ …(…:
"€€B€[1024B] edge_114_bn4e_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¤ª®ñºƒ¾

RecvTensor§ª®ñºƒ ¦†(¦†:"
€€€€Bƒ[2.2MB] edge_115_res4e_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H§ª®ñºƒ¶

RecvTensorªª®ñºƒ Œ(Œ:
"€€B[1024B] edge_116_bn4e_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hªª®ñºƒµ

RecvTensor­ª®ñºƒ „(„:
"€€B€[1024B] edge_117_bn4e_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H­ª®ñºƒ¼

RecvTensor°ª®ñºƒ ¨ï(¨ï:"€€@€€@Bƒ[1.0MB] edge_118_res4e_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H°ª®ñºƒ¶

RecvTensor³ª®ñºƒ â(â:
"€ € B[4096B] edge_119_bn4e_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H³ª®ñºƒµ

RecvTensor¶ª®ñºƒ É(É:
"€ € B€[4096B] edge_120_bn4e_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¶ª®ñºƒ¼

RecvTensor¹ª®ñºƒ ¡ï(¡ï:"€€@€€@Bƒ[1.0MB] edge_121_res4f_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¹ª®ñºƒ¶

RecvTensor¼ª®ñºƒ ”(”:
"€€B[1024B] edge_122_bn4f_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¼ª®ñºƒµ

RecvTensor¿ª®ñºƒ –(–:
"€€B€[1024B] edge_123_bn4f_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¿ª®ñºƒ¾

RecvTensorÂª®ñºƒ ‘†(‘†:"
€€€€Bƒ[2.2MB] edge_124_res4f_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÂª®ñºƒ¶

RecvTensorÅª®ñºƒ Ÿ(Ÿ:
"€€B[1024B] edge_125_bn4f_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÅª®ñºƒµ

RecvTensorÈª®ñºƒ ›(›:
"€€B€[1024B] edge_126_bn4f_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÈª®ñºƒ¼

RecvTensorËª®ñºƒ ’ï(’ï:"€€@€€@Bƒ[1.0MB] edge_127_res4f_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HËª®ñºƒ¶

RecvTensorÎª®ñºƒ Æ(Æ:
"€ € B[4096B] edge_128_bn4f_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÎª®ñºƒµ

RecvTensorĞª®ñºƒ Ê(Ê:
"€ € B€[4096B] edge_129_bn4f_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HĞª®ñºƒ¾

RecvTensorÓª®ñºƒ Îê(Îê:"
€€€€€€Bƒ[2.0MB] edge_130_res5a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÓª®ñºƒ¶

RecvTensorÖª®ñºƒ ö(ö:
"€€B[2048B] edge_131_bn5a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÖª®ñºƒµ

RecvTensorÙª®ñºƒ ğ(ğ:
"€€B€[2048B] edge_132_bn5a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÙª®ñºƒ¾

RecvTensorÜª®ñºƒ Îš(Îš:"
€€À€€ÀBƒ[9.0MB] edge_133_res5a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÜª®ñºƒ¶

RecvTensorßª®ñºƒ á(á:
"€€B[2048B] edge_134_bn5a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hßª®ñºƒµ

RecvTensorâª®ñºƒ ã(ã:
"€€B€[2048B] edge_135_bn5a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hâª®ñºƒ¾

RecvTensoråª®ñºƒ ûı(ûı:"
€€€€€€Bƒ[4.0MB] edge_136_res5a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Håª®ñºƒ¶

RecvTensorèª®ñºƒ §(§:
"€@€@B[8192B] edge_137_bn5a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hèª®ñºƒµ

RecvTensorëª®ñºƒ  ( :
"€@€@B€[8192B] edge_138_bn5a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hëª®ñºƒ½

RecvTensoríª®ñºƒ ó…(ó…:"
€€€€€€B‚[8.0MB] edge_139_res5a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Híª®ñºƒµ

RecvTensorğª®ñºƒ ¨(¨:
"€@€@B€[8192B] edge_140_bn5a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hğª®ñºƒ³

RecvTensoróª®ñºƒ ¢(¢:
"€@€@B[8192B] edge_141_bn5a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hóª®ñºƒ¾

RecvTensoröª®ñºƒ ìı(ìı:"
€€€€€€Bƒ[4.0MB] edge_142_res5b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Höª®ñºƒ¶

RecvTensorùª®ñºƒ ë(ë:
"€€B[2048B] edge_143_bn5b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hùª®ñºƒµ

RecvTensorüª®ñºƒ ç(ç:
"€€B€[2048B] edge_144_bn5b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hüª®ñºƒ¾

RecvTensorÿª®ñºƒ ¬š(¬š:"
€€À€€ÀBƒ[9.0MB] edge_145_res5b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hÿª®ñºƒ¶

RecvTensor‚«®ñºƒ â(â:
"€€B[2048B] edge_146_bn5b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‚«®ñºƒµ

RecvTensor…«®ñºƒ õ(õ:
"€€B€[2048B] edge_147_bn5b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H…«®ñºƒ¾

RecvTensorˆ«®ñºƒ Üı(Üı:"
€€€€€€Bƒ[4.0MB] edge_148_res5b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hˆ«®ñºƒ¶

RecvTensor‹«®ñºƒ œ(œ:
"€@€@B[8192B] edge_149_bn5b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‹«®ñºƒµ

RecvTensor«®ñºƒ ™(™:
"€@€@B€[8192B] edge_150_bn5b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H«®ñºƒ¾

RecvTensor‘«®ñºƒ Õı(Õı:"
€€€€€€Bƒ[4.0MB] edge_151_res5c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‘«®ñºƒ¶

RecvTensor”«®ñºƒ ß(ß:
"€€B[2048B] edge_152_bn5c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H”«®ñºƒµ

RecvTensor—«®ñºƒ ß(ß:
"€€B€[2048B] edge_153_bn5c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H—«®ñºƒ¾

RecvTensorš«®ñºƒ ‘š(‘š:"
€€À€€ÀBƒ[9.0MB] edge_154_res5c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hš«®ñºƒ¶

RecvTensor«®ñºƒ Ş(Ş:
"€€B[2048B] edge_155_bn5c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H«®ñºƒµ

RecvTensor «®ñºƒ ç(ç:
"€€B€[2048B] edge_156_bn5c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H «®ñºƒ¾

RecvTensor£«®ñºƒ Äı(Äı:"
€€€€€€Bƒ[4.0MB] edge_157_res5c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H£«®ñºƒ¶

RecvTensor¦«®ñºƒ —(—:
"€@€@B[8192B] edge_158_bn5c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¦«®ñºƒµ

RecvTensor©«®ñºƒ ›(›:
"€@€@B€[8192B] edge_159_bn5c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H©«®ñºƒµ

RecvTensor¬«®ñºƒ ¤€(¤€:"
€€ô€€ôB{[7.8MB] edge_160_fc1000/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¬«®ñºƒ­

RecvTensor¯«®ñºƒ É(É:
"  By[4000B] edge_161_fc1000/bias/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¯«®ñºƒ\
conv1/Conv2D†©®ñºƒ …(…B2conv1/Conv2D = Conv2D(input, conv1/kernel/read_S1)H†©®ñºƒP 
bn_conv1/FusedBatchNormV3‹¯®ñºƒ ´(´Bibn_conv1/FusedBatchNormV3 = FusedBatchNormV3(conv1/Conv2D, bn_conv1/gamma/read_S2, bn_conv1/beta/read_S3)H‹¯®ñºƒP^
conv1_relu/Relu¿²®ñºƒ ¹(¹B1conv1_relu/Relu = Relu(bn_conv1/FusedBatchNormV3)H¿²®ñºƒPS
pool1/MaxPoolø´®ñºƒ Â(ÂB(pool1/MaxPool = MaxPool(conv1_relu/Relu)Hø´®ñºƒP}
res2a_branch2a/Conv2Dº¶®ñºƒ ](]BLres2a_branch2a/Conv2D = Conv2D(pool1/MaxPool, res2a_branch2a/kernel/read_S4)Hº¶®ñºƒP¼
bn2a_branch2a/FusedBatchNormV3—·®ñºƒ |(|Bbn2a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch2a/Conv2D, bn2a_branch2a/gamma/read_S5, bn2a_branch2a/beta/read_S6)H—·®ñºƒPs
res2a_branch2a_relu/Relu“¸®ñºƒ Q(QB?res2a_branch2a_relu/Relu = Relu(bn2a_branch2a/FusedBatchNormV3)H“¸®ñºƒPŠ
res2a_branch2b/Conv2D‚Ï®ñºƒ ş(şBWres2a_branch2b/Conv2D = Conv2D(res2a_branch2a_relu/Relu, res2a_branch2b/kernel/read_S7)H‚Ï®ñºƒP¼
bn2a_branch2b/FusedBatchNormV3€Õ®ñºƒ t(tBbn2a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch2b/Conv2D, bn2a_branch2b/gamma/read_S8, bn2a_branch2b/beta/read_S9)H€Õ®ñºƒPs
res2a_branch2b_relu/ReluôÕ®ñºƒ R(RB?res2a_branch2b_relu/Relu = Relu(bn2a_branch2b/FusedBatchNormV3)HôÕ®ñºƒP‹
res2a_branch2c/Conv2DÆÖ®ñºƒ Ô(ÔBXres2a_branch2c/Conv2D = Conv2D(res2a_branch2b_relu/Relu, res2a_branch2c/kernel/read_S10)HÆÖ®ñºƒPÀ
bn2a_branch2c/FusedBatchNormV3šÙ®ñºƒ Ç(ÇBƒbn2a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch2c/Conv2D, bn2a_branch2c/gamma/read_S11, bn2a_branch2c/beta/read_S12)HšÙ®ñºƒP}
res2a_branch1/Conv2DáÜ®ñºƒ Ò(ÒBKres2a_branch1/Conv2D = Conv2D(pool1/MaxPool, res2a_branch1/kernel/read_S13)HáÜ®ñºƒPº
bn2a_branch1/FusedBatchNormV3³ß®ñºƒ Å(ÅBbn2a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch1/Conv2D, bn2a_branch1/gamma/read_S14, bn2a_branch1/beta/read_S15)H³ß®ñºƒPw
	res2a/addøâ®ñºƒ Ö(ÖBPres2a/add = AddV2(bn2a_branch2c/FusedBatchNormV3, bn2a_branch1/FusedBatchNormV3)Høâ®ñºƒPN
res2a_relu/ReluÎæ®ñºƒ ¸(¸B!res2a_relu/Relu = Relu(res2a/add)HÎæ®ñºƒP‚
res2b_branch2a/Conv2D†é®ñºƒ Í(ÍBOres2b_branch2a/Conv2D = Conv2D(res2a_relu/Relu, res2b_branch2a/kernel/read_S16)H†é®ñºƒP¾
bn2b_branch2a/FusedBatchNormV3Óë®ñºƒ t(tBƒbn2b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res2b_branch2a/Conv2D, bn2b_branch2a/gamma/read_S17, bn2b_branch2a/beta/read_S18)HÓë®ñºƒPs
res2b_branch2a_relu/ReluÇì®ñºƒ Q(QB?res2b_branch2a_relu/Relu = Relu(bn2b_branch2a/FusedBatchNormV3)HÇì®ñºƒP‹
res2b_branch2b/Conv2D˜í®ñºƒ õ(õBXres2b_branch2b/Conv2D = Conv2D(res2b_branch2a_relu/Relu, res2b_branch2b/kernel/read_S19)H˜í®ñºƒP¾
bn2b_branch2b/FusedBatchNormV3ó®ñºƒ x(xBƒbn2b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res2b_branch2b/Conv2D, bn2b_branch2b/gamma/read_S20, bn2b_branch2b/beta/read_S21)Hó®ñºƒPs
res2b_branch2b_relu/Relu…ô®ñºƒ Q(QB?res2b_branch2b_relu/Relu = Relu(bn2b_branch2b/FusedBatchNormV3)H…ô®ñºƒP‹
res2b_branch2c/Conv2DÖô®ñºƒ Ã(ÃBXres2b_branch2c/Conv2D = Conv2D(res2b_branch2b_relu/Relu, res2b_branch2c/kernel/read_S22)HÖô®ñºƒPÀ
bn2b_branch2c/FusedBatchNormV3™÷®ñºƒ É(ÉBƒbn2b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res2b_branch2c/Conv2D, bn2b_branch2c/gamma/read_S23, bn2b_branch2c/beta/read_S24)H™÷®ñºƒPi
	res2b/addâú®ñºƒ Å(ÅBBres2b/add = AddV2(bn2b_branch2c/FusedBatchNormV3, res2a_relu/Relu)Hâú®ñºƒPN
res2b_relu/Relu§ş®ñºƒ ¢(¢B!res2b_relu/Relu = Relu(res2b/add)H§ş®ñºƒP‚
res2c_branch2a/Conv2DÉ€¯ñºƒ Ì(ÌBOres2c_branch2a/Conv2D = Conv2D(res2b_relu/Relu, res2c_branch2a/kernel/read_S25)HÉ€¯ñºƒP¾
bn2c_branch2a/FusedBatchNormV3•ƒ¯ñºƒ t(tBƒbn2c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res2c_branch2a/Conv2D, bn2c_branch2a/gamma/read_S26, bn2c_branch2a/beta/read_S27)H•ƒ¯ñºƒPs
res2c_branch2a_relu/Relu‰„¯ñºƒ R(RB?res2c_branch2a_relu/Relu = Relu(bn2c_branch2a/FusedBatchNormV3)H‰„¯ñºƒP‹
res2c_branch2b/Conv2DÛ„¯ñºƒ ê(êBXres2c_branch2b/Conv2D = Conv2D(res2c_branch2a_relu/Relu, res2c_branch2b/kernel/read_S28)HÛ„¯ñºƒP¾
bn2c_branch2b/FusedBatchNormV3ÅŠ¯ñºƒ v(vBƒbn2c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res2c_branch2b/Conv2D, bn2c_branch2b/gamma/read_S29, bn2c_branch2b/beta/read_S30)HÅŠ¯ñºƒPs
res2c_branch2b_relu/Relu»‹¯ñºƒ R(RB?res2c_branch2b_relu/Relu = Relu(bn2c_branch2b/FusedBatchNormV3)H»‹¯ñºƒP‹
res2c_branch2c/Conv2DŒ¯ñºƒ Æ(ÆBXres2c_branch2c/Conv2D = Conv2D(res2c_branch2b_relu/Relu, res2c_branch2c/kernel/read_S31)HŒ¯ñºƒPÀ
bn2c_branch2c/FusedBatchNormV3Ó¯ñºƒ ¸(¸Bƒbn2c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res2c_branch2c/Conv2D, bn2c_branch2c/gamma/read_S32, bn2c_branch2c/beta/read_S33)HÓ¯ñºƒPi
	res2c/add‹’¯ñºƒ Ú(ÚBBres2c/add = AddV2(bn2c_branch2c/FusedBatchNormV3, res2b_relu/Relu)H‹’¯ñºƒPN
res2c_relu/Reluå•¯ñºƒ ½(½B!res2c_relu/Relu = Relu(res2c/add)Hå•¯ñºƒP‚
res3a_branch2a/Conv2D¢˜¯ñºƒ ¬(¬BOres3a_branch2a/Conv2D = Conv2D(res2c_relu/Relu, res3a_branch2a/kernel/read_S34)H¢˜¯ñºƒPÀ
bn3a_branch2a/FusedBatchNormV3Î¯ñºƒ Ş(ŞBƒbn3a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch2a/Conv2D, bn3a_branch2a/gamma/read_S35, bn3a_branch2a/beta/read_S36)HÎ¯ñºƒPu
res3a_branch2a_relu/Relu¬Ÿ¯ñºƒ —(—B?res3a_branch2a_relu/Relu = Relu(bn3a_branch2a/FusedBatchNormV3)H¬Ÿ¯ñºƒP‹
res3a_branch2b/Conv2DØÀ¯ñºƒ †(†BXres3a_branch2b/Conv2D = Conv2D(res3a_branch2a_relu/Relu, res3a_branch2b/kernel/read_S37)HØÀ¯ñºƒP¾
bn3a_branch2b/FusedBatchNormV3ŞÆ¯ñºƒ ?(?Bƒbn3a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch2b/Conv2D, bn3a_branch2b/gamma/read_S38, bn3a_branch2b/beta/read_S39)HŞÆ¯ñºƒPs
res3a_branch2b_relu/ReluÇ¯ñºƒ -(-B?res3a_branch2b_relu/Relu = Relu(bn3a_branch2b/FusedBatchNormV3)HÇ¯ñºƒP‹
res3a_branch2c/Conv2DÊÇ¯ñºƒ Ğ(ĞBXres3a_branch2c/Conv2D = Conv2D(res3a_branch2b_relu/Relu, res3a_branch2c/kernel/read_S40)HÊÇ¯ñºƒPÀ
bn3a_branch2c/FusedBatchNormV3šÊ¯ñºƒ á(áBƒbn3a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch2c/Conv2D, bn3a_branch2c/gamma/read_S41, bn3a_branch2c/beta/read_S42)HšÊ¯ñºƒP
res3a_branch1/Conv2DûË¯ñºƒ  ( BMres3a_branch1/Conv2D = Conv2D(res2c_relu/Relu, res3a_branch1/kernel/read_S43)HûË¯ñºƒPº
bn3a_branch1/FusedBatchNormV3›Ñ¯ñºƒ à(àBbn3a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch1/Conv2D, bn3a_branch1/gamma/read_S44, bn3a_branch1/beta/read_S45)H›Ñ¯ñºƒPw
	res3a/addûÒ¯ñºƒ î(îBPres3a/add = AddV2(bn3a_branch2c/FusedBatchNormV3, bn3a_branch1/FusedBatchNormV3)HûÒ¯ñºƒPN
res3a_relu/ReluéÔ¯ñºƒ “(“B!res3a_relu/Relu = Relu(res3a/add)HéÔ¯ñºƒP‚
res3b_branch2a/Conv2DüÕ¯ñºƒ ×(×BOres3b_branch2a/Conv2D = Conv2D(res3a_relu/Relu, res3b_branch2a/kernel/read_S46)HüÕ¯ñºƒP¾
bn3b_branch2a/FusedBatchNormV3ÓØ¯ñºƒ B(BBƒbn3b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3b_branch2a/Conv2D, bn3b_branch2a/gamma/read_S47, bn3b_branch2a/beta/read_S48)HÓØ¯ñºƒPs
res3b_branch2a_relu/Relu•Ù¯ñºƒ /(/B?res3b_branch2a_relu/Relu = Relu(bn3b_branch2a/FusedBatchNormV3)H•Ù¯ñºƒP‹
res3b_branch2b/Conv2DÄÙ¯ñºƒ ’(’BXres3b_branch2b/Conv2D = Conv2D(res3b_branch2a_relu/Relu, res3b_branch2b/kernel/read_S49)HÄÙ¯ñºƒP¾
bn3b_branch2b/FusedBatchNormV3Öß¯ñºƒ C(CBƒbn3b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3b_branch2b/Conv2D, bn3b_branch2b/gamma/read_S50, bn3b_branch2b/beta/read_S51)HÖß¯ñºƒPs
res3b_branch2b_relu/Relu™à¯ñºƒ .(.B?res3b_branch2b_relu/Relu = Relu(bn3b_branch2b/FusedBatchNormV3)H™à¯ñºƒP‹
res3b_branch2c/Conv2DÇà¯ñºƒ ß(ßBXres3b_branch2c/Conv2D = Conv2D(res3b_branch2b_relu/Relu, res3b_branch2c/kernel/read_S52)HÇà¯ñºƒPÀ
bn3b_branch2c/FusedBatchNormV3¦ã¯ñºƒ ë(ëBƒbn3b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3b_branch2c/Conv2D, bn3b_branch2c/gamma/read_S53, bn3b_branch2c/beta/read_S54)H¦ã¯ñºƒPi
	res3b/add‘å¯ñºƒ ä(äBBres3b/add = AddV2(bn3b_branch2c/FusedBatchNormV3, res3a_relu/Relu)H‘å¯ñºƒPN
res3b_relu/Reluõæ¯ñºƒ š(šB!res3b_relu/Relu = Relu(res3b/add)Hõæ¯ñºƒP‚
res3c_branch2a/Conv2Dè¯ñºƒ Ù(ÙBOres3c_branch2a/Conv2D = Conv2D(res3b_relu/Relu, res3c_branch2a/kernel/read_S55)Hè¯ñºƒP¾
bn3c_branch2a/FusedBatchNormV3èê¯ñºƒ B(BBƒbn3c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3c_branch2a/Conv2D, bn3c_branch2a/gamma/read_S56, bn3c_branch2a/beta/read_S57)Hèê¯ñºƒPs
res3c_branch2a_relu/Reluªë¯ñºƒ -(-B?res3c_branch2a_relu/Relu = Relu(bn3c_branch2a/FusedBatchNormV3)Hªë¯ñºƒP‹
res3c_branch2b/Conv2D×ë¯ñºƒ ˆ(ˆBXres3c_branch2b/Conv2D = Conv2D(res3c_branch2a_relu/Relu, res3c_branch2b/kernel/read_S58)H×ë¯ñºƒP¾
bn3c_branch2b/FusedBatchNormV3ßñ¯ñºƒ A(ABƒbn3c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3c_branch2b/Conv2D, bn3c_branch2b/gamma/read_S59, bn3c_branch2b/beta/read_S60)Hßñ¯ñºƒPs
res3c_branch2b_relu/Relu ò¯ñºƒ 1(1B?res3c_branch2b_relu/Relu = Relu(bn3c_branch2b/FusedBatchNormV3)H ò¯ñºƒP‹
res3c_branch2c/Conv2DÑò¯ñºƒ á(áBXres3c_branch2c/Conv2D = Conv2D(res3c_branch2b_relu/Relu, res3c_branch2c/kernel/read_S61)HÑò¯ñºƒPÀ
bn3c_branch2c/FusedBatchNormV3²õ¯ñºƒ ñ(ñBƒbn3c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3c_branch2c/Conv2D, bn3c_branch2c/gamma/read_S62, bn3c_branch2c/beta/read_S63)H²õ¯ñºƒPi
	res3c/add£÷¯ñºƒ ì(ìBBres3c/add = AddV2(bn3c_branch2c/FusedBatchNormV3, res3b_relu/Relu)H£÷¯ñºƒPN
res3c_relu/Reluù¯ñºƒ œ(œB!res3c_relu/Relu = Relu(res3c/add)Hù¯ñºƒP‚
res3d_branch2a/Conv2D«ú¯ñºƒ Î(ÎBOres3d_branch2a/Conv2D = Conv2D(res3c_relu/Relu, res3d_branch2a/kernel/read_S64)H«ú¯ñºƒP¾
bn3d_branch2a/FusedBatchNormV3ùü¯ñºƒ ?(?Bƒbn3d_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3d_branch2a/Conv2D, bn3d_branch2a/gamma/read_S65, bn3d_branch2a/beta/read_S66)Hùü¯ñºƒPs
res3d_branch2a_relu/Relu¸ı¯ñºƒ -(-B?res3d_branch2a_relu/Relu = Relu(bn3d_branch2a/FusedBatchNormV3)H¸ı¯ñºƒP‹
res3d_branch2b/Conv2Dåı¯ñºƒ û(ûBXres3d_branch2b/Conv2D = Conv2D(res3d_branch2a_relu/Relu, res3d_branch2b/kernel/read_S67)Håı¯ñºƒP¾
bn3d_branch2b/FusedBatchNormV3àƒ°ñºƒ A(ABƒbn3d_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3d_branch2b/Conv2D, bn3d_branch2b/gamma/read_S68, bn3d_branch2b/beta/read_S69)Hàƒ°ñºƒPs
res3d_branch2b_relu/Relu¡„°ñºƒ +(+B?res3d_branch2b_relu/Relu = Relu(bn3d_branch2b/FusedBatchNormV3)H¡„°ñºƒP‹
res3d_branch2c/Conv2DÌ„°ñºƒ Ğ(ĞBXres3d_branch2c/Conv2D = Conv2D(res3d_branch2b_relu/Relu, res3d_branch2c/kernel/read_S70)HÌ„°ñºƒPÀ
bn3d_branch2c/FusedBatchNormV3œ‡°ñºƒ ó(óBƒbn3d_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3d_branch2c/Conv2D, bn3d_branch2c/gamma/read_S71, bn3d_branch2c/beta/read_S72)Hœ‡°ñºƒPi
	res3d/add‰°ñºƒ è(èBBres3d/add = AddV2(bn3d_branch2c/FusedBatchNormV3, res3c_relu/Relu)H‰°ñºƒPN
res3d_relu/Relu÷Š°ñºƒ ›(›B!res3d_relu/Relu = Relu(res3d/add)H÷Š°ñºƒP‚
res4a_branch2a/Conv2D’Œ°ñºƒ ¯(¯BOres4a_branch2a/Conv2D = Conv2D(res3d_relu/Relu, res4a_branch2a/kernel/read_S73)H’Œ°ñºƒP¾
bn4a_branch2a/FusedBatchNormV3Á‘°ñºƒ x(xBƒbn4a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch2a/Conv2D, bn4a_branch2a/gamma/read_S74, bn4a_branch2a/beta/read_S75)HÁ‘°ñºƒPs
res4a_branch2a_relu/Relu¹’°ñºƒ O(OB?res4a_branch2a_relu/Relu = Relu(bn4a_branch2a/FusedBatchNormV3)H¹’°ñºƒP‹
res4a_branch2b/Conv2D°±ñºƒ Ó(ÓBXres4a_branch2b/Conv2D = Conv2D(res4a_branch2a_relu/Relu, res4a_branch2b/kernel/read_S76)H°±ñºƒP¾
bn4a_branch2b/FusedBatchNormV3ğµ±ñºƒ $($Bƒbn4a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch2b/Conv2D, bn4a_branch2b/gamma/read_S77, bn4a_branch2b/beta/read_S78)Hğµ±ñºƒPs
res4a_branch2b_relu/Relu”¶±ñºƒ (B?res4a_branch2b_relu/Relu = Relu(bn4a_branch2b/FusedBatchNormV3)H”¶±ñºƒP‹
res4a_branch2c/Conv2D®¶±ñºƒ Ë(ËBXres4a_branch2c/Conv2D = Conv2D(res4a_branch2b_relu/Relu, res4a_branch2c/kernel/read_S79)H®¶±ñºƒP¾
bn4a_branch2c/FusedBatchNormV3ù¸±ñºƒ x(xBƒbn4a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch2c/Conv2D, bn4a_branch2c/gamma/read_S80, bn4a_branch2c/beta/read_S81)Hù¸±ñºƒP
res4a_branch1/Conv2Dñ¹±ñºƒ ¡(¡BMres4a_branch1/Conv2D = Conv2D(res3d_relu/Relu, res4a_branch1/kernel/read_S82)Hñ¹±ñºƒP¸
bn4a_branch1/FusedBatchNormV3’¿±ñºƒ u(uBbn4a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch1/Conv2D, bn4a_branch1/gamma/read_S83, bn4a_branch1/beta/read_S84)H’¿±ñºƒPu
	res4a/add‡À±ñºƒ {({BPres4a/add = AddV2(bn4a_branch2c/FusedBatchNormV3, bn4a_branch1/FusedBatchNormV3)H‡À±ñºƒPL
res4a_relu/Relu‚Á±ñºƒ U(UB!res4a_relu/Relu = Relu(res4a/add)H‚Á±ñºƒP‚
res4b_branch2a/Conv2D×Á±ñºƒ Î(ÎBOres4b_branch2a/Conv2D = Conv2D(res4a_relu/Relu, res4b_branch2a/kernel/read_S85)H×Á±ñºƒP¾
bn4b_branch2a/FusedBatchNormV3¥Ä±ñºƒ '('Bƒbn4b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4b_branch2a/Conv2D, bn4b_branch2a/gamma/read_S86, bn4b_branch2a/beta/read_S87)H¥Ä±ñºƒPs
res4b_branch2a_relu/ReluÌÄ±ñºƒ (B?res4b_branch2a_relu/Relu = Relu(bn4b_branch2a/FusedBatchNormV3)HÌÄ±ñºƒP‹
res4b_branch2b/Conv2DèÄ±ñºƒ ó(óBXres4b_branch2b/Conv2D = Conv2D(res4b_branch2a_relu/Relu, res4b_branch2b/kernel/read_S88)HèÄ±ñºƒP¾
bn4b_branch2b/FusedBatchNormV3ÛÊ±ñºƒ "("Bƒbn4b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4b_branch2b/Conv2D, bn4b_branch2b/gamma/read_S89, bn4b_branch2b/beta/read_S90)HÛÊ±ñºƒPs
res4b_branch2b_relu/ReluıÊ±ñºƒ (B?res4b_branch2b_relu/Relu = Relu(bn4b_branch2b/FusedBatchNormV3)HıÊ±ñºƒP‹
res4b_branch2c/Conv2D˜Ë±ñºƒ é(éBXres4b_branch2c/Conv2D = Conv2D(res4b_branch2b_relu/Relu, res4b_branch2c/kernel/read_S91)H˜Ë±ñºƒP¾
bn4b_branch2c/FusedBatchNormV3Î±ñºƒ {({Bƒbn4b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4b_branch2c/Conv2D, bn4b_branch2c/gamma/read_S92, bn4b_branch2c/beta/read_S93)HÎ±ñºƒPg
	res4b/addüÎ±ñºƒ z(zBBres4b/add = AddV2(bn4b_branch2c/FusedBatchNormV3, res4a_relu/Relu)HüÎ±ñºƒPL
res4b_relu/ReluöÏ±ñºƒ R(RB!res4b_relu/Relu = Relu(res4b/add)HöÏ±ñºƒP‚
res4c_branch2a/Conv2DÈĞ±ñºƒ È(ÈBOres4c_branch2a/Conv2D = Conv2D(res4b_relu/Relu, res4c_branch2a/kernel/read_S94)HÈĞ±ñºƒP¾
bn4c_branch2a/FusedBatchNormV3Ó±ñºƒ %(%Bƒbn4c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4c_branch2a/Conv2D, bn4c_branch2a/gamma/read_S95, bn4c_branch2a/beta/read_S96)HÓ±ñºƒPs
res4c_branch2a_relu/ReluµÓ±ñºƒ (B?res4c_branch2a_relu/Relu = Relu(bn4c_branch2a/FusedBatchNormV3)HµÓ±ñºƒP‹
res4c_branch2b/Conv2DĞÓ±ñºƒ ò(òBXres4c_branch2b/Conv2D = Conv2D(res4c_branch2a_relu/Relu, res4c_branch2b/kernel/read_S97)HĞÓ±ñºƒP¾
bn4c_branch2b/FusedBatchNormV3ÂÙ±ñºƒ %(%Bƒbn4c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4c_branch2b/Conv2D, bn4c_branch2b/gamma/read_S98, bn4c_branch2b/beta/read_S99)HÂÙ±ñºƒPs
res4c_branch2b_relu/ReluçÙ±ñºƒ (B?res4c_branch2b_relu/Relu = Relu(bn4c_branch2b/FusedBatchNormV3)HçÙ±ñºƒPŒ
res4c_branch2c/Conv2D€Ú±ñºƒ Ï(ÏBYres4c_branch2c/Conv2D = Conv2D(res4c_branch2b_relu/Relu, res4c_branch2c/kernel/read_S100)H€Ú±ñºƒPÀ
bn4c_branch2c/FusedBatchNormV3ÏÜ±ñºƒ {({B…bn4c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4c_branch2c/Conv2D, bn4c_branch2c/gamma/read_S101, bn4c_branch2c/beta/read_S102)HÏÜ±ñºƒPg
	res4c/addÊİ±ñºƒ v(vBBres4c/add = AddV2(bn4c_branch2c/FusedBatchNormV3, res4b_relu/Relu)HÊİ±ñºƒPL
res4c_relu/ReluÀŞ±ñºƒ T(TB!res4c_relu/Relu = Relu(res4c/add)HÀŞ±ñºƒPƒ
res4d_branch2a/Conv2D”ß±ñºƒ Á(ÁBPres4d_branch2a/Conv2D = Conv2D(res4c_relu/Relu, res4d_branch2a/kernel/read_S103)H”ß±ñºƒPÀ
bn4d_branch2a/FusedBatchNormV3Õá±ñºƒ %(%B…bn4d_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4d_branch2a/Conv2D, bn4d_branch2a/gamma/read_S104, bn4d_branch2a/beta/read_S105)HÕá±ñºƒPs
res4d_branch2a_relu/Reluúá±ñºƒ (B?res4d_branch2a_relu/Relu = Relu(bn4d_branch2a/FusedBatchNormV3)Húá±ñºƒPŒ
res4d_branch2b/Conv2D•â±ñºƒ ë(ëBYres4d_branch2b/Conv2D = Conv2D(res4d_branch2a_relu/Relu, res4d_branch2b/kernel/read_S106)H•â±ñºƒPÀ
bn4d_branch2b/FusedBatchNormV3€è±ñºƒ #(#B…bn4d_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4d_branch2b/Conv2D, bn4d_branch2b/gamma/read_S107, bn4d_branch2b/beta/read_S108)H€è±ñºƒPs
res4d_branch2b_relu/Relu£è±ñºƒ (B?res4d_branch2b_relu/Relu = Relu(bn4d_branch2b/FusedBatchNormV3)H£è±ñºƒPŒ
res4d_branch2c/Conv2D¾è±ñºƒ Ğ(ĞBYres4d_branch2c/Conv2D = Conv2D(res4d_branch2b_relu/Relu, res4d_branch2c/kernel/read_S109)H¾è±ñºƒPÀ
bn4d_branch2c/FusedBatchNormV3ë±ñºƒ v(vB…bn4d_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4d_branch2c/Conv2D, bn4d_branch2c/gamma/read_S110, bn4d_branch2c/beta/read_S111)Hë±ñºƒPg
	res4d/add„ì±ñºƒ y(yBBres4d/add = AddV2(bn4d_branch2c/FusedBatchNormV3, res4c_relu/Relu)H„ì±ñºƒPL
res4d_relu/Reluıì±ñºƒ Q(QB!res4d_relu/Relu = Relu(res4d/add)Hıì±ñºƒPƒ
res4e_branch2a/Conv2DÎí±ñºƒ ê(êBPres4e_branch2a/Conv2D = Conv2D(res4d_relu/Relu, res4e_branch2a/kernel/read_S112)HÎí±ñºƒPÀ
bn4e_branch2a/FusedBatchNormV3¸ğ±ñºƒ %(%B…bn4e_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4e_branch2a/Conv2D, bn4e_branch2a/gamma/read_S113, bn4e_branch2a/beta/read_S114)H¸ğ±ñºƒPs
res4e_branch2a_relu/Reluİğ±ñºƒ (B?res4e_branch2a_relu/Relu = Relu(bn4e_branch2a/FusedBatchNormV3)Hİğ±ñºƒPŒ
res4e_branch2b/Conv2Døğ±ñºƒ ç(çBYres4e_branch2b/Conv2D = Conv2D(res4e_branch2a_relu/Relu, res4e_branch2b/kernel/read_S115)Høğ±ñºƒPÀ
bn4e_branch2b/FusedBatchNormV3ßö±ñºƒ $($B…bn4e_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4e_branch2b/Conv2D, bn4e_branch2b/gamma/read_S116, bn4e_branch2b/beta/read_S117)Hßö±ñºƒPs
res4e_branch2b_relu/Reluƒ÷±ñºƒ (B?res4e_branch2b_relu/Relu = Relu(bn4e_branch2b/FusedBatchNormV3)Hƒ÷±ñºƒPŒ
res4e_branch2c/Conv2D÷±ñºƒ Ì(ÌBYres4e_branch2c/Conv2D = Conv2D(res4e_branch2b_relu/Relu, res4e_branch2c/kernel/read_S118)H÷±ñºƒPÀ
bn4e_branch2c/FusedBatchNormV3êù±ñºƒ ~(~B…bn4e_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4e_branch2c/Conv2D, bn4e_branch2c/gamma/read_S119, bn4e_branch2c/beta/read_S120)Hêù±ñºƒPg
	res4e/addèú±ñºƒ u(uBBres4e/add = AddV2(bn4e_branch2c/FusedBatchNormV3, res4d_relu/Relu)Hèú±ñºƒPL
res4e_relu/Reluİû±ñºƒ S(SB!res4e_relu/Relu = Relu(res4e/add)Hİû±ñºƒPƒ
res4f_branch2a/Conv2D°ü±ñºƒ å(åBPres4f_branch2a/Conv2D = Conv2D(res4e_relu/Relu, res4f_branch2a/kernel/read_S121)H°ü±ñºƒPÀ
bn4f_branch2a/FusedBatchNormV3•ÿ±ñºƒ $($B…bn4f_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4f_branch2a/Conv2D, bn4f_branch2a/gamma/read_S122, bn4f_branch2a/beta/read_S123)H•ÿ±ñºƒPs
res4f_branch2a_relu/Relu¹ÿ±ñºƒ (B?res4f_branch2a_relu/Relu = Relu(bn4f_branch2a/FusedBatchNormV3)H¹ÿ±ñºƒPŒ
res4f_branch2b/Conv2DÕÿ±ñºƒ (BYres4f_branch2b/Conv2D = Conv2D(res4f_branch2a_relu/Relu, res4f_branch2b/kernel/read_S124)HÕÿ±ñºƒPÀ
bn4f_branch2b/FusedBatchNormV3ä…²ñºƒ #(#B…bn4f_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4f_branch2b/Conv2D, bn4f_branch2b/gamma/read_S125, bn4f_branch2b/beta/read_S126)Hä…²ñºƒPs
res4f_branch2b_relu/Relu‡†²ñºƒ (B?res4f_branch2b_relu/Relu = Relu(bn4f_branch2b/FusedBatchNormV3)H‡†²ñºƒPŒ
res4f_branch2c/Conv2D¡†²ñºƒ Õ(ÕBYres4f_branch2c/Conv2D = Conv2D(res4f_branch2b_relu/Relu, res4f_branch2c/kernel/read_S127)H¡†²ñºƒPÀ
bn4f_branch2c/FusedBatchNormV3öˆ²ñºƒ z(zB…bn4f_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4f_branch2c/Conv2D, bn4f_branch2c/gamma/read_S128, bn4f_branch2c/beta/read_S129)Höˆ²ñºƒPg
	res4f/addğ‰²ñºƒ v(vBBres4f/add = AddV2(bn4f_branch2c/FusedBatchNormV3, res4e_relu/Relu)Hğ‰²ñºƒPL
res4f_relu/ReluæŠ²ñºƒ T(TB!res4f_relu/Relu = Relu(res4f/add)HæŠ²ñºƒPƒ
res5a_branch2a/Conv2Dº‹²ñºƒ Ÿ(ŸBPres5a_branch2a/Conv2D = Conv2D(res4f_relu/Relu, res5a_branch2a/kernel/read_S130)Hº‹²ñºƒPÀ
bn5a_branch2a/FusedBatchNormV3Ù²ñºƒ C(CB…bn5a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch2a/Conv2D, bn5a_branch2a/gamma/read_S131, bn5a_branch2a/beta/read_S132)HÙ²ñºƒPs
res5a_branch2a_relu/Reluœ‘²ñºƒ -(-B?res5a_branch2a_relu/Relu = Relu(bn5a_branch2a/FusedBatchNormV3)Hœ‘²ñºƒPŒ
res5a_branch2b/Conv2DªÅ³ñºƒ Í(ÍBYres5a_branch2b/Conv2D = Conv2D(res5a_branch2a_relu/Relu, res5a_branch2b/kernel/read_S133)HªÅ³ñºƒPÀ
bn5a_branch2b/FusedBatchNormV3÷Ê³ñºƒ (B…bn5a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch2b/Conv2D, bn5a_branch2b/gamma/read_S134, bn5a_branch2b/beta/read_S135)H÷Ê³ñºƒPs
res5a_branch2b_relu/ReluË³ñºƒ (B?res5a_branch2b_relu/Relu = Relu(bn5a_branch2b/FusedBatchNormV3)HË³ñºƒPŒ
res5a_branch2c/Conv2DË³ñºƒ Æ(ÆBYres5a_branch2c/Conv2D = Conv2D(res5a_branch2b_relu/Relu, res5a_branch2c/kernel/read_S136)HË³ñºƒPÀ
bn5a_branch2c/FusedBatchNormV3äÍ³ñºƒ =(=B…bn5a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch2c/Conv2D, bn5a_branch2c/gamma/read_S137, bn5a_branch2c/beta/read_S138)HäÍ³ñºƒP€
res5a_branch1/Conv2D¡Î³ñºƒ ©(©BNres5a_branch1/Conv2D = Conv2D(res4f_relu/Relu, res5a_branch1/kernel/read_S139)H¡Î³ñºƒP»
bn5a_branch1/FusedBatchNormV3ÊÓ³ñºƒ ?(?Bbn5a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch1/Conv2D, bn5a_branch1/gamma/read_S140, bn5a_branch1/beta/read_S141)HÊÓ³ñºƒPu
	res5a/add‰Ô³ñºƒ C(CBPres5a/add = AddV2(bn5a_branch2c/FusedBatchNormV3, bn5a_branch1/FusedBatchNormV3)H‰Ô³ñºƒPL
res5a_relu/ReluÌÔ³ñºƒ -(-B!res5a_relu/Relu = Relu(res5a/add)HÌÔ³ñºƒPƒ
res5b_branch2a/Conv2DùÔ³ñºƒ ß(ßBPres5b_branch2a/Conv2D = Conv2D(res5a_relu/Relu, res5b_branch2a/kernel/read_S142)HùÔ³ñºƒPÀ
bn5b_branch2a/FusedBatchNormV3Ø×³ñºƒ (B…bn5b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res5b_branch2a/Conv2D, bn5b_branch2a/gamma/read_S143, bn5b_branch2a/beta/read_S144)HØ×³ñºƒPs
res5b_branch2a_relu/Reluï×³ñºƒ (B?res5b_branch2a_relu/Relu = Relu(bn5b_branch2a/FusedBatchNormV3)Hï×³ñºƒPŒ
res5b_branch2b/Conv2DØ³ñºƒ „(„BYres5b_branch2b/Conv2D = Conv2D(res5b_branch2a_relu/Relu, res5b_branch2b/kernel/read_S145)HØ³ñºƒPÀ
bn5b_branch2b/FusedBatchNormV3…Ş³ñºƒ (B…bn5b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res5b_branch2b/Conv2D, bn5b_branch2b/gamma/read_S146, bn5b_branch2b/beta/read_S147)H…Ş³ñºƒPs
res5b_branch2b_relu/RelušŞ³ñºƒ (B?res5b_branch2b_relu/Relu = Relu(bn5b_branch2b/FusedBatchNormV3)HšŞ³ñºƒPŒ
res5b_branch2c/Conv2D«Ş³ñºƒ å(åBYres5b_branch2c/Conv2D = Conv2D(res5b_branch2b_relu/Relu, res5b_branch2c/kernel/read_S148)H«Ş³ñºƒPÀ
bn5b_branch2c/FusedBatchNormV3á³ñºƒ >(>B…bn5b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res5b_branch2c/Conv2D, bn5b_branch2c/gamma/read_S149, bn5b_branch2c/beta/read_S150)Há³ñºƒPg
	res5b/addÎá³ñºƒ A(ABBres5b/add = AddV2(bn5b_branch2c/FusedBatchNormV3, res5a_relu/Relu)HÎá³ñºƒPL
res5b_relu/Reluâ³ñºƒ -(-B!res5b_relu/Relu = Relu(res5b/add)Hâ³ñºƒPƒ
res5c_branch2a/Conv2D¼â³ñºƒ Õ(ÕBPres5c_branch2a/Conv2D = Conv2D(res5b_relu/Relu, res5c_branch2a/kernel/read_S151)H¼â³ñºƒPÀ
bn5c_branch2a/FusedBatchNormV3‘å³ñºƒ (B…bn5c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res5c_branch2a/Conv2D, bn5c_branch2a/gamma/read_S152, bn5c_branch2a/beta/read_S153)H‘å³ñºƒPs
res5c_branch2a_relu/Relu§å³ñºƒ (B?res5c_branch2a_relu/Relu = Relu(bn5c_branch2a/FusedBatchNormV3)H§å³ñºƒPŒ
res5c_branch2b/Conv2D¹å³ñºƒ ¦(¦BYres5c_branch2b/Conv2D = Conv2D(res5c_branch2a_relu/Relu, res5c_branch2b/kernel/read_S154)H¹å³ñºƒPÀ
bn5c_branch2b/FusedBatchNormV3ßë³ñºƒ (B…bn5c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res5c_branch2b/Conv2D, bn5c_branch2b/gamma/read_S155, bn5c_branch2b/beta/read_S156)Hßë³ñºƒPs
res5c_branch2b_relu/Reluöë³ñºƒ (B?res5c_branch2b_relu/Relu = Relu(bn5c_branch2b/FusedBatchNormV3)Höë³ñºƒPŒ
res5c_branch2c/Conv2D‡ì³ñºƒ Ó(ÓBYres5c_branch2c/Conv2D = Conv2D(res5c_branch2b_relu/Relu, res5c_branch2c/kernel/read_S157)H‡ì³ñºƒPÀ
bn5c_branch2c/FusedBatchNormV3Úî³ñºƒ A(AB…bn5c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res5c_branch2c/Conv2D, bn5c_branch2c/gamma/read_S158, bn5c_branch2c/beta/read_S159)HÚî³ñºƒPg
	res5c/add›ï³ñºƒ >(>BBres5c/add = AddV2(bn5c_branch2c/FusedBatchNormV3, res5b_relu/Relu)H›ï³ñºƒPL
res5c_relu/ReluÙï³ñºƒ /(/B!res5c_relu/Relu = Relu(res5c/add)HÙï³ñºƒPN
avg_pool/Meanˆğ³ñºƒ (B%avg_pool/Mean = Mean(res5c_relu/Relu)Hˆğ³ñºƒPg
fc1000/MatMul¢ğ³ñºƒ (B>fc1000/MatMul = MatMul(avg_pool/Mean, fc1000/kernel/read_S160)H¢ğ³ñºƒPh
fc1000/BiasAdd·ğ³ñºƒ 	(	B>fc1000/BiasAdd = BiasAdd(fc1000/MatMul, fc1000/bias/read_S161)H·ğ³ñºƒP˜
"loss/SoftmaxCrossEntropyWithLogitsÀğ³ñºƒ (BZloss/SoftmaxCrossEntropyWithLogits = SoftmaxCrossEntropyWithLogits(fc1000/BiasAdd, labels)HÀğ³ñºƒPƒ
gradients/fc1000/bias_gradÈğ³ñºƒ 	(	BMgradients/fc1000/bias_grad = BackpropGrad(loss/SoftmaxCrossEntropyWithLogits)HÈğ³ñºƒP
gradients/fc1000/kernel_gradÑğ³ñºƒ 5(5BGgradients/fc1000/kernel_grad = BackpropGrad(gradients/fc1000/bias_grad)HÑğ³ñºƒP‹
!gradients/bn5c_branch2c/beta_grad†ñ³ñºƒ (BNgradients/bn5c_branch2c/beta_grad = BackpropGrad(gradients/fc1000/kernel_grad)H†ñ³ñºƒP”
"gradients/bn5c_branch2c/gamma_grad ñ³ñºƒ Š(ŠBTgradients/bn5c_branch2c/gamma_grad = BackpropGrad(gradients/bn5c_branch2c/beta_grad)H ñ³ñºƒP™
$gradients/res5c_branch2c/kernel_gradªò³ñºƒ š(šBWgradients/res5c_branch2c/kernel_grad = BackpropGrad(gradients/bn5c_branch2c/gamma_grad)Hªò³ñºƒP“
!gradients/bn5c_branch2b/beta_gradÄ÷³ñºƒ (BVgradients/bn5c_branch2b/beta_grad = BackpropGrad(gradients/res5c_branch2c/kernel_grad)HÄ÷³ñºƒP’
"gradients/bn5c_branch2b/gamma_gradĞ÷³ñºƒ *(*BTgradients/bn5c_branch2b/gamma_grad = BackpropGrad(gradients/bn5c_branch2b/beta_grad)HĞ÷³ñºƒP™
$gradients/res5c_branch2b/kernel_gradú÷³ñºƒ ƒ(ƒBWgradients/res5c_branch2b/kernel_grad = BackpropGrad(gradients/bn5c_branch2b/gamma_grad)Hú÷³ñºƒP“
!gradients/bn5c_branch2a/beta_gradıƒ´ñºƒ (BVgradients/bn5c_branch2a/beta_grad = BackpropGrad(gradients/res5c_branch2b/kernel_grad)Hıƒ´ñºƒP’
"gradients/bn5c_branch2a/gamma_grad‰„´ñºƒ (((BTgradients/bn5c_branch2a/gamma_grad = BackpropGrad(gradients/bn5c_branch2a/beta_grad)H‰„´ñºƒP™
$gradients/res5c_branch2a/kernel_grad±„´ñºƒ ½(½BWgradients/res5c_branch2a/kernel_grad = BackpropGrad(gradients/bn5c_branch2a/gamma_grad)H±„´ñºƒP“
!gradients/bn5b_branch2c/beta_gradî‰´ñºƒ (BVgradients/bn5b_branch2c/beta_grad = BackpropGrad(gradients/res5c_branch2a/kernel_grad)Hî‰´ñºƒP”
"gradients/bn5b_branch2c/gamma_gradˆŠ´ñºƒ Š(ŠBTgradients/bn5b_branch2c/gamma_grad = BackpropGrad(gradients/bn5b_branch2c/beta_grad)HˆŠ´ñºƒP™
$gradients/res5b_branch2c/kernel_grad’‹´ñºƒ (BWgradients/res5b_branch2c/kernel_grad = BackpropGrad(gradients/bn5b_branch2c/gamma_grad)H’‹´ñºƒP“
!gradients/bn5b_branch2b/beta_grad¢´ñºƒ (BVgradients/bn5b_branch2b/beta_grad = BackpropGrad(gradients/res5b_branch2c/kernel_grad)H¢´ñºƒP’
"gradients/bn5b_branch2b/gamma_grad¯´ñºƒ %(%BTgradients/bn5b_branch2b/gamma_grad = BackpropGrad(gradients/bn5b_branch2b/beta_grad)H¯´ñºƒP™
$gradients/res5b_branch2b/kernel_gradÔ´ñºƒ Á(ÁBWgradients/res5b_branch2b/kernel_grad = BackpropGrad(gradients/bn5b_branch2b/gamma_grad)HÔ´ñºƒP“
!gradients/bn5b_branch2a/beta_grad•œ´ñºƒ (BVgradients/bn5b_branch2a/beta_grad = BackpropGrad(gradients/res5b_branch2b/kernel_grad)H•œ´ñºƒP’
"gradients/bn5b_branch2a/gamma_grad¢œ´ñºƒ (((BTgradients/bn5b_branch2a/gamma_grad = BackpropGrad(gradients/bn5b_branch2a/beta_grad)H¢œ´ñºƒP™
$gradients/res5b_branch2a/kernel_gradÊœ´ñºƒ ¡(¡BWgradients/res5b_branch2a/kernel_grad = BackpropGrad(gradients/bn5b_branch2a/gamma_grad)HÊœ´ñºƒP‘
 gradients/bn5a_branch1/beta_gradë¡´ñºƒ (BUgradients/bn5a_branch1/beta_grad = BackpropGrad(gradients/res5b_branch2a/kernel_grad)Hë¡´ñºƒP
!gradients/bn5a_branch1/gamma_grad…¢´ñºƒ U(UBRgradients/bn5a_branch1/gamma_grad = BackpropGrad(gradients/bn5a_branch1/beta_grad)H…¢´ñºƒP–
#gradients/res5a_branch1/kernel_gradÚ¢´ñºƒ ò
(ò
BUgradients/res5a_branch1/kernel_grad = BackpropGrad(gradients/bn5a_branch1/gamma_grad)HÚ¢´ñºƒP’
!gradients/bn5a_branch2c/beta_gradÌ­´ñºƒ (BUgradients/bn5a_branch2c/beta_grad = BackpropGrad(gradients/res5a_branch1/kernel_grad)HÌ­´ñºƒP”
"gradients/bn5a_branch2c/gamma_gradç­´ñºƒ ‡(‡BTgradients/bn5a_branch2c/gamma_grad = BackpropGrad(gradients/bn5a_branch2c/beta_grad)Hç­´ñºƒP™
$gradients/res5a_branch2c/kernel_gradî®´ñºƒ Ã(ÃBWgradients/res5a_branch2c/kernel_grad = BackpropGrad(gradients/bn5a_branch2c/gamma_grad)Hî®´ñºƒP“
!gradients/bn5a_branch2b/beta_grad±´´ñºƒ (BVgradients/bn5a_branch2b/beta_grad = BackpropGrad(gradients/res5a_branch2c/kernel_grad)H±´´ñºƒP’
"gradients/bn5a_branch2b/gamma_grad½´´ñºƒ +(+BTgradients/bn5a_branch2b/gamma_grad = BackpropGrad(gradients/bn5a_branch2b/beta_grad)H½´´ñºƒP™
$gradients/res5a_branch2b/kernel_gradè´´ñºƒ §(§BWgradients/res5a_branch2b/kernel_grad = BackpropGrad(gradients/bn5a_branch2b/gamma_grad)Hè´´ñºƒP“
!gradients/bn5a_branch2a/beta_gradÀ´ñºƒ (BVgradients/bn5a_branch2a/beta_grad = BackpropGrad(gradients/res5a_branch2b/kernel_grad)HÀ´ñºƒP”
"gradients/bn5a_branch2a/gamma_gradªÀ´ñºƒ (BTgradients/bn5a_branch2a/gamma_grad = BackpropGrad(gradients/bn5a_branch2a/beta_grad)HªÀ´ñºƒP™
$gradients/res5a_branch2a/kernel_grad¸Á´ñºƒ Ä
(Ä
BWgradients/res5a_branch2a/kernel_grad = BackpropGrad(gradients/bn5a_branch2a/gamma_grad)H¸Á´ñºƒP“
!gradients/bn4f_branch2c/beta_gradüË´ñºƒ -(-BVgradients/bn4f_branch2c/beta_grad = BackpropGrad(gradients/res5a_branch2a/kernel_grad)HüË´ñºƒP”
"gradients/bn4f_branch2c/gamma_grad©Ì´ñºƒ (BTgradients/bn4f_branch2c/gamma_grad = BackpropGrad(gradients/bn4f_branch2c/beta_grad)H©Ì´ñºƒP™
$gradients/res4f_branch2c/kernel_grad¸Î´ñºƒ (BWgradients/res4f_branch2c/kernel_grad = BackpropGrad(gradients/bn4f_branch2c/gamma_grad)H¸Î´ñºƒP“
!gradients/bn4f_branch2b/beta_gradÖÓ´ñºƒ (BVgradients/bn4f_branch2b/beta_grad = BackpropGrad(gradients/res4f_branch2c/kernel_grad)HÖÓ´ñºƒP’
"gradients/bn4f_branch2b/gamma_gradçÓ´ñºƒ I(IBTgradients/bn4f_branch2b/gamma_grad = BackpropGrad(gradients/bn4f_branch2b/beta_grad)HçÓ´ñºƒP™
$gradients/res4f_branch2b/kernel_grad°Ô´ñºƒ Û(ÛBWgradients/res4f_branch2b/kernel_grad = BackpropGrad(gradients/bn4f_branch2b/gamma_grad)H°Ô´ñºƒP“
!gradients/bn4f_branch2a/beta_grad‹à´ñºƒ (BVgradients/bn4f_branch2a/beta_grad = BackpropGrad(gradients/res4f_branch2b/kernel_grad)H‹à´ñºƒP’
"gradients/bn4f_branch2a/gamma_grad›à´ñºƒ I(IBTgradients/bn4f_branch2a/gamma_grad = BackpropGrad(gradients/bn4f_branch2a/beta_grad)H›à´ñºƒP™
$gradients/res4f_branch2a/kernel_gradäà´ñºƒ ›(›BWgradients/res4f_branch2a/kernel_grad = BackpropGrad(gradients/bn4f_branch2a/gamma_grad)Häà´ñºƒP“
!gradients/bn4e_branch2c/beta_gradÿå´ñºƒ /(/BVgradients/bn4e_branch2c/beta_grad = BackpropGrad(gradients/res4f_branch2a/kernel_grad)Hÿå´ñºƒP”
"gradients/bn4e_branch2c/gamma_grad®æ´ñºƒ ƒ(ƒBTgradients/bn4e_branch2c/gamma_grad = BackpropGrad(gradients/bn4e_branch2c/beta_grad)H®æ´ñºƒP™
$gradients/res4e_branch2c/kernel_grad±è´ñºƒ š(šBWgradients/res4e_branch2c/kernel_grad = BackpropGrad(gradients/bn4e_branch2c/gamma_grad)H±è´ñºƒP“
!gradients/bn4e_branch2b/beta_gradËí´ñºƒ (BVgradients/bn4e_branch2b/beta_grad = BackpropGrad(gradients/res4e_branch2c/kernel_grad)HËí´ñºƒP’
"gradients/bn4e_branch2b/gamma_gradÜí´ñºƒ G(GBTgradients/bn4e_branch2b/gamma_grad = BackpropGrad(gradients/bn4e_branch2b/beta_grad)HÜí´ñºƒP™
$gradients/res4e_branch2b/kernel_grad£î´ñºƒ ö(öBWgradients/res4e_branch2b/kernel_grad = BackpropGrad(gradients/bn4e_branch2b/gamma_grad)H£î´ñºƒP“
!gradients/bn4e_branch2a/beta_grad™ú´ñºƒ (BVgradients/bn4e_branch2a/beta_grad = BackpropGrad(gradients/res4e_branch2b/kernel_grad)H™ú´ñºƒP’
"gradients/bn4e_branch2a/gamma_gradªú´ñºƒ G(GBTgradients/bn4e_branch2a/gamma_grad = BackpropGrad(gradients/bn4e_branch2a/beta_grad)Hªú´ñºƒP™
$gradients/res4e_branch2a/kernel_gradñú´ñºƒ ¹(¹BWgradients/res4e_branch2a/kernel_grad = BackpropGrad(gradients/bn4e_branch2a/gamma_grad)Hñú´ñºƒP“
!gradients/bn4d_branch2c/beta_gradª€µñºƒ +(+BVgradients/bn4d_branch2c/beta_grad = BackpropGrad(gradients/res4e_branch2a/kernel_grad)Hª€µñºƒP”
"gradients/bn4d_branch2c/gamma_gradÕ€µñºƒ •(•BTgradients/bn4d_branch2c/gamma_grad = BackpropGrad(gradients/bn4d_branch2c/beta_grad)HÕ€µñºƒP™
$gradients/res4d_branch2c/kernel_gradê‚µñºƒ “(“BWgradients/res4d_branch2c/kernel_grad = BackpropGrad(gradients/bn4d_branch2c/gamma_grad)Hê‚µñºƒP“
!gradients/bn4d_branch2b/beta_gradı‡µñºƒ (BVgradients/bn4d_branch2b/beta_grad = BackpropGrad(gradients/res4d_branch2c/kernel_grad)Hı‡µñºƒP’
"gradients/bn4d_branch2b/gamma_gradˆµñºƒ J(JBTgradients/bn4d_branch2b/gamma_grad = BackpropGrad(gradients/bn4d_branch2b/beta_grad)HˆµñºƒP™
$gradients/res4d_branch2b/kernel_gradØˆµñºƒ ¶(¶BWgradients/res4d_branch2b/kernel_grad = BackpropGrad(gradients/bn4d_branch2b/gamma_grad)HØˆµñºƒP“
!gradients/bn4d_branch2a/beta_grad”µñºƒ (BVgradients/bn4d_branch2a/beta_grad = BackpropGrad(gradients/res4d_branch2b/kernel_grad)H”µñºƒP’
"gradients/bn4d_branch2a/gamma_gradŸ”µñºƒ J(JBTgradients/bn4d_branch2a/gamma_grad = BackpropGrad(gradients/bn4d_branch2a/beta_grad)HŸ”µñºƒP™
$gradients/res4d_branch2a/kernel_gradé”µñºƒ  ( BWgradients/res4d_branch2a/kernel_grad = BackpropGrad(gradients/bn4d_branch2a/gamma_grad)Hé”µñºƒP“
!gradients/bn4c_branch2c/beta_grad‰šµñºƒ .(.BVgradients/bn4c_branch2c/beta_grad = BackpropGrad(gradients/res4d_branch2a/kernel_grad)H‰šµñºƒP”
"gradients/bn4c_branch2c/gamma_grad·šµñºƒ ˆ(ˆBTgradients/bn4c_branch2c/gamma_grad = BackpropGrad(gradients/bn4c_branch2c/beta_grad)H·šµñºƒP™
$gradients/res4c_branch2c/kernel_grad¿œµñºƒ «(«BWgradients/res4c_branch2c/kernel_grad = BackpropGrad(gradients/bn4c_branch2c/gamma_grad)H¿œµñºƒP“
!gradients/bn4c_branch2b/beta_gradê¡µñºƒ (BVgradients/bn4c_branch2b/beta_grad = BackpropGrad(gradients/res4c_branch2c/kernel_grad)Hê¡µñºƒP’
"gradients/bn4c_branch2b/gamma_gradü¡µñºƒ I(IBTgradients/bn4c_branch2b/gamma_grad = BackpropGrad(gradients/bn4c_branch2b/beta_grad)Hü¡µñºƒP™
$gradients/res4c_branch2b/kernel_gradÅ¢µñºƒ ½(½BWgradients/res4c_branch2b/kernel_grad = BackpropGrad(gradients/bn4c_branch2b/gamma_grad)HÅ¢µñºƒP“
!gradients/bn4c_branch2a/beta_grad‚®µñºƒ (BVgradients/bn4c_branch2a/beta_grad = BackpropGrad(gradients/res4c_branch2b/kernel_grad)H‚®µñºƒP’
"gradients/bn4c_branch2a/gamma_grad“®µñºƒ I(IBTgradients/bn4c_branch2a/gamma_grad = BackpropGrad(gradients/bn4c_branch2a/beta_grad)H“®µñºƒP™
$gradients/res4c_branch2a/kernel_gradÜ®µñºƒ ¤(¤BWgradients/res4c_branch2a/kernel_grad = BackpropGrad(gradients/bn4c_branch2a/gamma_grad)HÜ®µñºƒP“
!gradients/bn4b_branch2c/beta_grad€´µñºƒ .(.BVgradients/bn4b_branch2c/beta_grad = BackpropGrad(gradients/res4c_branch2a/kernel_grad)H€´µñºƒP”
"gradients/bn4b_branch2c/gamma_grad®´µñºƒ (BTgradients/bn4b_branch2c/gamma_grad = BackpropGrad(gradients/bn4b_branch2c/beta_grad)H®´µñºƒP™
$gradients/res4b_branch2c/kernel_grad¾¶µñºƒ €(€BWgradients/res4b_branch2c/kernel_grad = BackpropGrad(gradients/bn4b_branch2c/gamma_grad)H¾¶µñºƒP“
!gradients/bn4b_branch2b/beta_grad¾»µñºƒ (BVgradients/bn4b_branch2b/beta_grad = BackpropGrad(gradients/res4b_branch2c/kernel_grad)H¾»µñºƒP’
"gradients/bn4b_branch2b/gamma_gradĞ»µñºƒ I(IBTgradients/bn4b_branch2b/gamma_grad = BackpropGrad(gradients/bn4b_branch2b/beta_grad)HĞ»µñºƒP™
$gradients/res4b_branch2b/kernel_grad™¼µñºƒ Ğ(ĞBWgradients/res4b_branch2b/kernel_grad = BackpropGrad(gradients/bn4b_branch2b/gamma_grad)H™¼µñºƒP“
!gradients/bn4b_branch2a/beta_gradéÇµñºƒ (BVgradients/bn4b_branch2a/beta_grad = BackpropGrad(gradients/res4b_branch2b/kernel_grad)HéÇµñºƒP’
"gradients/bn4b_branch2a/gamma_gradúÇµñºƒ K(KBTgradients/bn4b_branch2a/gamma_grad = BackpropGrad(gradients/bn4b_branch2a/beta_grad)HúÇµñºƒP™
$gradients/res4b_branch2a/kernel_gradÅÈµñºƒ (BWgradients/res4b_branch2a/kernel_grad = BackpropGrad(gradients/bn4b_branch2a/gamma_grad)HÅÈµñºƒP‘
 gradients/bn4a_branch1/beta_gradâÍµñºƒ ,(,BUgradients/bn4a_branch1/beta_grad = BackpropGrad(gradients/res4b_branch2a/kernel_grad)HâÍµñºƒP‘
!gradients/bn4a_branch1/gamma_gradÎµñºƒ (BRgradients/bn4a_branch1/gamma_grad = BackpropGrad(gradients/bn4a_branch1/beta_grad)HÎµñºƒP–
#gradients/res4a_branch1/kernel_grad«Ïµñºƒ ¨
(¨
BUgradients/res4a_branch1/kernel_grad = BackpropGrad(gradients/bn4a_branch1/gamma_grad)H«ÏµñºƒP’
!gradients/bn4a_branch2c/beta_gradÓÙµñºƒ ,(,BUgradients/bn4a_branch2c/beta_grad = BackpropGrad(gradients/res4a_branch1/kernel_grad)HÓÙµñºƒP”
"gradients/bn4a_branch2c/gamma_gradÿÙµñºƒ (BTgradients/bn4a_branch2c/gamma_grad = BackpropGrad(gradients/bn4a_branch2c/beta_grad)HÿÙµñºƒP™
$gradients/res4a_branch2c/kernel_gradÜµñºƒ ¥(¥BWgradients/res4a_branch2c/kernel_grad = BackpropGrad(gradients/bn4a_branch2c/gamma_grad)HÜµñºƒP“
!gradients/bn4a_branch2b/beta_grad³áµñºƒ (BVgradients/bn4a_branch2b/beta_grad = BackpropGrad(gradients/res4a_branch2c/kernel_grad)H³áµñºƒP’
"gradients/bn4a_branch2b/gamma_gradÄáµñºƒ F(FBTgradients/bn4a_branch2b/gamma_grad = BackpropGrad(gradients/bn4a_branch2b/beta_grad)HÄáµñºƒP™
$gradients/res4a_branch2b/kernel_gradŠâµñºƒ (BWgradients/res4a_branch2b/kernel_grad = BackpropGrad(gradients/bn4a_branch2b/gamma_grad)HŠâµñºƒP“
!gradients/bn4a_branch2a/beta_grad˜îµñºƒ -(-BVgradients/bn4a_branch2a/beta_grad = BackpropGrad(gradients/res4a_branch2b/kernel_grad)H˜îµñºƒP”
"gradients/bn4a_branch2a/gamma_gradÅîµñºƒ (BTgradients/bn4a_branch2a/gamma_grad = BackpropGrad(gradients/bn4a_branch2a/beta_grad)HÅîµñºƒP™
$gradients/res4a_branch2a/kernel_gradÒğµñºƒ ³
(³
BWgradients/res4a_branch2a/kernel_grad = BackpropGrad(gradients/bn4a_branch2a/gamma_grad)HÒğµñºƒP“
!gradients/bn3d_branch2c/beta_grad…ûµñºƒ P(PBVgradients/bn3d_branch2c/beta_grad = BackpropGrad(gradients/res4a_branch2a/kernel_grad)H…ûµñºƒP”
"gradients/bn3d_branch2c/gamma_gradÕûµñºƒ (BTgradients/bn3d_branch2c/gamma_grad = BackpropGrad(gradients/bn3d_branch2c/beta_grad)HÕûµñºƒP™
$gradients/res3d_branch2c/kernel_gradåÿµñºƒ ”(”BWgradients/res3d_branch2c/kernel_grad = BackpropGrad(gradients/bn3d_branch2c/gamma_grad)HåÿµñºƒP“
!gradients/bn3d_branch2b/beta_gradù„¶ñºƒ (BVgradients/bn3d_branch2b/beta_grad = BackpropGrad(gradients/res3d_branch2c/kernel_grad)Hù„¶ñºƒP”
"gradients/bn3d_branch2b/gamma_grad”…¶ñºƒ (BTgradients/bn3d_branch2b/gamma_grad = BackpropGrad(gradients/bn3d_branch2b/beta_grad)H”…¶ñºƒP™
$gradients/res3d_branch2b/kernel_grad£†¶ñºƒ  ( BWgradients/res3d_branch2b/kernel_grad = BackpropGrad(gradients/bn3d_branch2b/gamma_grad)H£†¶ñºƒP“
!gradients/bn3d_branch2a/beta_gradÃ’¶ñºƒ (BVgradients/bn3d_branch2a/beta_grad = BackpropGrad(gradients/res3d_branch2b/kernel_grad)HÃ’¶ñºƒP”
"gradients/bn3d_branch2a/gamma_gradß’¶ñºƒ Š(ŠBTgradients/bn3d_branch2a/gamma_grad = BackpropGrad(gradients/bn3d_branch2a/beta_grad)Hß’¶ñºƒP™
$gradients/res3d_branch2a/kernel_gradé“¶ñºƒ ¾(¾BWgradients/res3d_branch2a/kernel_grad = BackpropGrad(gradients/bn3d_branch2a/gamma_grad)Hé“¶ñºƒP“
!gradients/bn3c_branch2c/beta_grad§™¶ñºƒ T(TBVgradients/bn3c_branch2c/beta_grad = BackpropGrad(gradients/res3d_branch2a/kernel_grad)H§™¶ñºƒP”
"gradients/bn3c_branch2c/gamma_gradû™¶ñºƒ (BTgradients/bn3c_branch2c/gamma_grad = BackpropGrad(gradients/bn3c_branch2c/beta_grad)Hû™¶ñºƒP™
$gradients/res3c_branch2c/kernel_gradŠ¶ñºƒ (BWgradients/res3c_branch2c/kernel_grad = BackpropGrad(gradients/bn3c_branch2c/gamma_grad)HŠ¶ñºƒP“
!gradients/bn3c_branch2b/beta_grad¨£¶ñºƒ (BVgradients/bn3c_branch2b/beta_grad = BackpropGrad(gradients/res3c_branch2c/kernel_grad)H¨£¶ñºƒP”
"gradients/bn3c_branch2b/gamma_gradÃ£¶ñºƒ Š(ŠBTgradients/bn3c_branch2b/gamma_grad = BackpropGrad(gradients/bn3c_branch2b/beta_grad)HÃ£¶ñºƒP™
$gradients/res3c_branch2b/kernel_gradÍ¤¶ñºƒ ­(­BWgradients/res3c_branch2b/kernel_grad = BackpropGrad(gradients/bn3c_branch2b/gamma_grad)HÍ¤¶ñºƒP“
!gradients/bn3c_branch2a/beta_gradú°¶ñºƒ (BVgradients/bn3c_branch2a/beta_grad = BackpropGrad(gradients/res3c_branch2b/kernel_grad)Hú°¶ñºƒP”
"gradients/bn3c_branch2a/gamma_grad•±¶ñºƒ …(…BTgradients/bn3c_branch2a/gamma_grad = BackpropGrad(gradients/bn3c_branch2a/beta_grad)H•±¶ñºƒP™
$gradients/res3c_branch2a/kernel_gradš²¶ñºƒ Ã(ÃBWgradients/res3c_branch2a/kernel_grad = BackpropGrad(gradients/bn3c_branch2a/gamma_grad)Hš²¶ñºƒP“
!gradients/bn3b_branch2c/beta_gradİ·¶ñºƒ R(RBVgradients/bn3b_branch2c/beta_grad = BackpropGrad(gradients/res3c_branch2a/kernel_grad)Hİ·¶ñºƒP”
"gradients/bn3b_branch2c/gamma_grad¯¸¶ñºƒ (BTgradients/bn3b_branch2c/gamma_grad = BackpropGrad(gradients/bn3b_branch2c/beta_grad)H¯¸¶ñºƒP™
$gradients/res3b_branch2c/kernel_grad¿¼¶ñºƒ ˜(˜BWgradients/res3b_branch2c/kernel_grad = BackpropGrad(gradients/bn3b_branch2c/gamma_grad)H¿¼¶ñºƒP“
!gradients/bn3b_branch2b/beta_grad×Á¶ñºƒ (BVgradients/bn3b_branch2b/beta_grad = BackpropGrad(gradients/res3b_branch2c/kernel_grad)H×Á¶ñºƒP”
"gradients/bn3b_branch2b/gamma_gradòÁ¶ñºƒ €(€BTgradients/bn3b_branch2b/gamma_grad = BackpropGrad(gradients/bn3b_branch2b/beta_grad)HòÁ¶ñºƒP™
$gradients/res3b_branch2b/kernel_gradòÂ¶ñºƒ Ş(ŞBWgradients/res3b_branch2b/kernel_grad = BackpropGrad(gradients/bn3b_branch2b/gamma_grad)HòÂ¶ñºƒP“
!gradients/bn3b_branch2a/beta_gradĞÎ¶ñºƒ (BVgradients/bn3b_branch2a/beta_grad = BackpropGrad(gradients/res3b_branch2b/kernel_grad)HĞÎ¶ñºƒP”
"gradients/bn3b_branch2a/gamma_gradëÎ¶ñºƒ (BTgradients/bn3b_branch2a/gamma_grad = BackpropGrad(gradients/bn3b_branch2a/beta_grad)HëÎ¶ñºƒP™
$gradients/res3b_branch2a/kernel_gradûÏ¶ñºƒ ·(·BWgradients/res3b_branch2a/kernel_grad = BackpropGrad(gradients/bn3b_branch2a/gamma_grad)HûÏ¶ñºƒP‘
 gradients/bn3a_branch1/beta_grad²Õ¶ñºƒ Q(QBUgradients/bn3a_branch1/beta_grad = BackpropGrad(gradients/res3b_branch2a/kernel_grad)H²Õ¶ñºƒP‘
!gradients/bn3a_branch1/gamma_gradƒÖ¶ñºƒ µ(µBRgradients/bn3a_branch1/gamma_grad = BackpropGrad(gradients/bn3a_branch1/beta_grad)HƒÖ¶ñºƒP–
#gradients/res3a_branch1/kernel_grad¸Ø¶ñºƒ Ë
(Ë
BUgradients/res3a_branch1/kernel_grad = BackpropGrad(gradients/bn3a_branch1/gamma_grad)H¸Ø¶ñºƒP’
!gradients/bn3a_branch2c/beta_gradƒã¶ñºƒ V(VBUgradients/bn3a_branch2c/beta_grad = BackpropGrad(gradients/res3a_branch1/kernel_grad)Hƒã¶ñºƒP”
"gradients/bn3a_branch2c/gamma_gradÙã¶ñºƒ ¶(¶BTgradients/bn3a_branch2c/gamma_grad = BackpropGrad(gradients/bn3a_branch2c/beta_grad)HÙã¶ñºƒP™
$gradients/res3a_branch2c/kernel_gradè¶ñºƒ µ(µBWgradients/res3a_branch2c/kernel_grad = BackpropGrad(gradients/bn3a_branch2c/gamma_grad)Hè¶ñºƒP“
!gradients/bn3a_branch2b/beta_gradÄí¶ñºƒ (BVgradients/bn3a_branch2b/beta_grad = BackpropGrad(gradients/res3a_branch2c/kernel_grad)HÄí¶ñºƒP”
"gradients/bn3a_branch2b/gamma_gradßí¶ñºƒ (BTgradients/bn3a_branch2b/gamma_grad = BackpropGrad(gradients/bn3a_branch2b/beta_grad)Hßí¶ñºƒP™
$gradients/res3a_branch2b/kernel_gradîî¶ñºƒ §(§BWgradients/res3a_branch2b/kernel_grad = BackpropGrad(gradients/bn3a_branch2b/gamma_grad)Hîî¶ñºƒP“
!gradients/bn3a_branch2a/beta_grad•ú¶ñºƒ T(TBVgradients/bn3a_branch2a/beta_grad = BackpropGrad(gradients/res3a_branch2b/kernel_grad)H•ú¶ñºƒP”
"gradients/bn3a_branch2a/gamma_gradéú¶ñºƒ (BTgradients/bn3a_branch2a/gamma_grad = BackpropGrad(gradients/bn3a_branch2a/beta_grad)Héú¶ñºƒP™
$gradients/res3a_branch2a/kernel_gradêş¶ñºƒ ˆ
(ˆ
BWgradients/res3a_branch2a/kernel_grad = BackpropGrad(gradients/bn3a_branch2a/gamma_grad)Hêş¶ñºƒP•
!gradients/bn2c_branch2c/beta_gradòˆ·ñºƒ (BVgradients/bn2c_branch2c/beta_grad = BackpropGrad(gradients/res3a_branch2a/kernel_grad)Hòˆ·ñºƒP”
"gradients/bn2c_branch2c/gamma_gradŠ·ñºƒ Ş(ŞBTgradients/bn2c_branch2c/gamma_grad = BackpropGrad(gradients/bn2c_branch2c/beta_grad)HŠ·ñºƒP™
$gradients/res2c_branch2c/kernel_gradî‘·ñºƒ ®(®BWgradients/res2c_branch2c/kernel_grad = BackpropGrad(gradients/bn2c_branch2c/gamma_grad)Hî‘·ñºƒP“
!gradients/bn2c_branch2b/beta_gradœ—·ñºƒ .(.BVgradients/bn2c_branch2b/beta_grad = BackpropGrad(gradients/res2c_branch2c/kernel_grad)Hœ—·ñºƒP”
"gradients/bn2c_branch2b/gamma_gradÊ—·ñºƒ ‡(‡BTgradients/bn2c_branch2b/gamma_grad = BackpropGrad(gradients/bn2c_branch2b/beta_grad)HÊ—·ñºƒP™
$gradients/res2c_branch2b/kernel_gradÑ™·ñºƒ (BWgradients/res2c_branch2b/kernel_grad = BackpropGrad(gradients/bn2c_branch2b/gamma_grad)HÑ™·ñºƒP“
!gradients/bn2c_branch2a/beta_gradÒ¥·ñºƒ +(+BVgradients/bn2c_branch2a/beta_grad = BackpropGrad(gradients/res2c_branch2b/kernel_grad)HÒ¥·ñºƒP”
"gradients/bn2c_branch2a/gamma_gradı¥·ñºƒ ˆ(ˆBTgradients/bn2c_branch2a/gamma_grad = BackpropGrad(gradients/bn2c_branch2a/beta_grad)Hı¥·ñºƒP™
$gradients/res2c_branch2a/kernel_grad…¨·ñºƒ ¼(¼BWgradients/res2c_branch2a/kernel_grad = BackpropGrad(gradients/bn2c_branch2a/gamma_grad)H…¨·ñºƒP•
!gradients/bn2b_branch2c/beta_gradÁ­·ñºƒ ¢(¢BVgradients/bn2b_branch2c/beta_grad = BackpropGrad(gradients/res2c_branch2a/kernel_grad)HÁ­·ñºƒP”
"gradients/bn2b_branch2c/gamma_gradã®·ñºƒ ­(­BTgradients/bn2b_branch2c/gamma_grad = BackpropGrad(gradients/bn2b_branch2c/beta_grad)Hã®·ñºƒP™
$gradients/res2b_branch2c/kernel_grad··ñºƒ  ( BWgradients/res2b_branch2c/kernel_grad = BackpropGrad(gradients/bn2b_branch2c/gamma_grad)H··ñºƒP“
!gradients/bn2b_branch2b/beta_grad°¼·ñºƒ -(-BVgradients/bn2b_branch2b/beta_grad = BackpropGrad(gradients/res2b_branch2c/kernel_grad)H°¼·ñºƒP”
"gradients/bn2b_branch2b/gamma_gradİ¼·ñºƒ ‡(‡BTgradients/bn2b_branch2b/gamma_grad = BackpropGrad(gradients/bn2b_branch2b/beta_grad)Hİ¼·ñºƒP™
$gradients/res2b_branch2b/kernel_gradä¾·ñºƒ Ş(ŞBWgradients/res2b_branch2b/kernel_grad = BackpropGrad(gradients/bn2b_branch2b/gamma_grad)Hä¾·ñºƒP“
!gradients/bn2b_branch2a/beta_gradÂÊ·ñºƒ -(-BVgradients/bn2b_branch2a/beta_grad = BackpropGrad(gradients/res2b_branch2b/kernel_grad)HÂÊ·ñºƒP”
"gradients/bn2b_branch2a/gamma_gradïÊ·ñºƒ (BTgradients/bn2b_branch2a/gamma_grad = BackpropGrad(gradients/bn2b_branch2a/beta_grad)HïÊ·ñºƒP™
$gradients/res2b_branch2a/kernel_gradıÌ·ñºƒ š(šBWgradients/res2b_branch2a/kernel_grad = BackpropGrad(gradients/bn2b_branch2a/gamma_grad)HıÌ·ñºƒP“
 gradients/bn2a_branch1/beta_grad—Ò·ñºƒ ¡(¡BUgradients/bn2a_branch1/beta_grad = BackpropGrad(gradients/res2b_branch2a/kernel_grad)H—Ò·ñºƒP‘
!gradients/bn2a_branch1/gamma_grad¸Ó·ñºƒ ÷(÷BRgradients/bn2a_branch1/gamma_grad = BackpropGrad(gradients/bn2a_branch1/beta_grad)H¸Ó·ñºƒP–
#gradients/res2a_branch1/kernel_grad¯Ø·ñºƒ  ( BUgradients/res2a_branch1/kernel_grad = BackpropGrad(gradients/bn2a_branch1/gamma_grad)H¯Ø·ñºƒP”
!gradients/bn2a_branch2c/beta_gradÏİ·ñºƒ (BUgradients/bn2a_branch2c/beta_grad = BackpropGrad(gradients/res2a_branch1/kernel_grad)HÏİ·ñºƒP”
"gradients/bn2a_branch2c/gamma_gradíŞ·ñºƒ û(ûBTgradients/bn2a_branch2c/gamma_grad = BackpropGrad(gradients/bn2a_branch2c/beta_grad)HíŞ·ñºƒP™
$gradients/res2a_branch2c/kernel_gradèæ·ñºƒ §(§BWgradients/res2a_branch2c/kernel_grad = BackpropGrad(gradients/bn2a_branch2c/gamma_grad)Hèæ·ñºƒP“
!gradients/bn2a_branch2b/beta_gradì·ñºƒ -(-BVgradients/bn2a_branch2b/beta_grad = BackpropGrad(gradients/res2a_branch2c/kernel_grad)Hì·ñºƒP”
"gradients/bn2a_branch2b/gamma_grad¼ì·ñºƒ ƒ(ƒBTgradients/bn2a_branch2b/gamma_grad = BackpropGrad(gradients/bn2a_branch2b/beta_grad)H¼ì·ñºƒP™
$gradients/res2a_branch2b/kernel_grad¿î·ñºƒ Û(ÛBWgradients/res2a_branch2b/kernel_grad = BackpropGrad(gradients/bn2a_branch2b/gamma_grad)H¿î·ñºƒP“
!gradients/bn2a_branch2a/beta_gradšú·ñºƒ -(-BVgradients/bn2a_branch2a/beta_grad = BackpropGrad(gradients/res2a_branch2b/kernel_grad)Hšú·ñºƒP”
"gradients/bn2a_branch2a/gamma_gradÇú·ñºƒ (BTgradients/bn2a_branch2a/gamma_grad = BackpropGrad(gradients/bn2a_branch2a/beta_grad)HÇú·ñºƒP™
$gradients/res2a_branch2a/kernel_gradÔü·ñºƒ ¦(¦BWgradients/res2a_branch2a/kernel_grad = BackpropGrad(gradients/bn2a_branch2a/gamma_grad)HÔü·ñºƒP‹
gradients/bn_conv1/beta_gradúı·ñºƒ ˜(˜BQgradients/bn_conv1/beta_grad = BackpropGrad(gradients/res2a_branch2a/kernel_grad)Húı·ñºƒP…
gradients/bn_conv1/gamma_grad’ÿ·ñºƒ û
(û
BJgradients/bn_conv1/gamma_grad = BackpropGrad(gradients/bn_conv1/beta_grad)H’ÿ·ñºƒP‚
gradients/conv1/kernel_gradŠ¸ñºƒ ø(øBIgradients/conv1/kernel_grad = BackpropGrad(gradients/bn_conv1/gamma_grad)HŠ¸ñºƒP
º
%/job:ps/replica:0/task:0/device:CPU:0W
conv1/kernel/readÎ§®ñºƒ (B*conv1/kernel/read = Identity(conv1/kernel)HÎ§®ñºƒP]
bn_conv1/gamma/readÑ§®ñºƒ (B.bn_conv1/gamma/read = Identity(bn_conv1/gamma)HÑ§®ñºƒPZ
bn_conv1/beta/readÔ§®ñºƒ (B,bn_conv1/beta/read = Identity(bn_conv1/beta)HÔ§®ñºƒPr
res2a_branch2a/kernel/read×§®ñºƒ (B<res2a_branch2a/kernel/read = Identity(res2a_branch2a/kernel)H×§®ñºƒPl
bn2a_branch2a/gamma/readÚ§®ñºƒ (B8bn2a_branch2a/gamma/read = Identity(bn2a_branch2a/gamma)HÚ§®ñºƒPi
bn2a_branch2a/beta/readİ§®ñºƒ (B6bn2a_branch2a/beta/read = Identity(bn2a_branch2a/beta)Hİ§®ñºƒPr
res2a_branch2b/kernel/readà§®ñºƒ (B<res2a_branch2b/kernel/read = Identity(res2a_branch2b/kernel)Hà§®ñºƒPl
bn2a_branch2b/gamma/readã§®ñºƒ (B8bn2a_branch2b/gamma/read = Identity(bn2a_branch2b/gamma)Hã§®ñºƒPi
bn2a_branch2b/beta/readæ§®ñºƒ (B6bn2a_branch2b/beta/read = Identity(bn2a_branch2b/beta)Hæ§®ñºƒPr
res2a_branch2c/kernel/readé§®ñºƒ (B<res2a_branch2c/kernel/read = Identity(res2a_branch2c/kernel)Hé§®ñºƒPl
bn2a_branch2c/gamma/readì§®ñºƒ (B8bn2a_branch2c/gamma/read = Identity(bn2a_branch2c/gamma)Hì§®ñºƒPi
bn2a_branch2c/beta/readï§®ñºƒ (B6bn2a_branch2c/beta/read = Identity(bn2a_branch2c/beta)Hï§®ñºƒPo
res2a_branch1/kernel/readò§®ñºƒ (B:res2a_branch1/kernel/read = Identity(res2a_branch1/kernel)Hò§®ñºƒPi
bn2a_branch1/gamma/readõ§®ñºƒ (B6bn2a_branch1/gamma/read = Identity(bn2a_branch1/gamma)Hõ§®ñºƒPf
bn2a_branch1/beta/readø§®ñºƒ (B4bn2a_branch1/beta/read = Identity(bn2a_branch1/beta)Hø§®ñºƒPr
res2b_branch2a/kernel/readû§®ñºƒ (B<res2b_branch2a/kernel/read = Identity(res2b_branch2a/kernel)Hû§®ñºƒPl
bn2b_branch2a/gamma/readÿ§®ñºƒ (B8bn2b_branch2a/gamma/read = Identity(bn2b_branch2a/gamma)Hÿ§®ñºƒPi
bn2b_branch2a/beta/read‚¨®ñºƒ (B6bn2b_branch2a/beta/read = Identity(bn2b_branch2a/beta)H‚¨®ñºƒPr
res2b_branch2b/kernel/read…¨®ñºƒ (B<res2b_branch2b/kernel/read = Identity(res2b_branch2b/kernel)H…¨®ñºƒPl
bn2b_branch2b/gamma/readˆ¨®ñºƒ (B8bn2b_branch2b/gamma/read = Identity(bn2b_branch2b/gamma)Hˆ¨®ñºƒPi
bn2b_branch2b/beta/readŠ¨®ñºƒ (B6bn2b_branch2b/beta/read = Identity(bn2b_branch2b/beta)HŠ¨®ñºƒPr
res2b_branch2c/kernel/read¨®ñºƒ (B<res2b_branch2c/kernel/read = Identity(res2b_branch2c/kernel)H¨®ñºƒPl
bn2b_branch2c/gamma/read‘¨®ñºƒ (B8bn2b_branch2c/gamma/read = Identity(bn2b_branch2c/gamma)H‘¨®ñºƒPi
bn2b_branch2c/beta/read”¨®ñºƒ (B6bn2b_branch2c/beta/read = Identity(bn2b_branch2c/beta)H”¨®ñºƒPr
res2c_branch2a/kernel/read—¨®ñºƒ (B<res2c_branch2a/kernel/read = Identity(res2c_branch2a/kernel)H—¨®ñºƒPl
bn2c_branch2a/gamma/readš¨®ñºƒ (B8bn2c_branch2a/gamma/read = Identity(bn2c_branch2a/gamma)Hš¨®ñºƒPi
bn2c_branch2a/beta/read¨®ñºƒ (B6bn2c_branch2a/beta/read = Identity(bn2c_branch2a/beta)H¨®ñºƒPr
res2c_branch2b/kernel/read ¨®ñºƒ (B<res2c_branch2b/kernel/read = Identity(res2c_branch2b/kernel)H ¨®ñºƒPl
bn2c_branch2b/gamma/read£¨®ñºƒ (B8bn2c_branch2b/gamma/read = Identity(bn2c_branch2b/gamma)H£¨®ñºƒPi
bn2c_branch2b/beta/read¦¨®ñºƒ (B6bn2c_branch2b/beta/read = Identity(bn2c_branch2b/beta)H¦¨®ñºƒPr
res2c_branch2c/kernel/read©¨®ñºƒ (B<res2c_branch2c/kernel/read = Identity(res2c_branch2c/kernel)H©¨®ñºƒPl
bn2c_branch2c/gamma/read¬¨®ñºƒ (B8bn2c_branch2c/gamma/read = Identity(bn2c_branch2c/gamma)H¬¨®ñºƒPi
bn2c_branch2c/beta/read¯¨®ñºƒ (B6bn2c_branch2c/beta/read = Identity(bn2c_branch2c/beta)H¯¨®ñºƒPr
res3a_branch2a/kernel/read²¨®ñºƒ (B<res3a_branch2a/kernel/read = Identity(res3a_branch2a/kernel)H²¨®ñºƒPl
bn3a_branch2a/gamma/readµ¨®ñºƒ (B8bn3a_branch2a/gamma/read = Identity(bn3a_branch2a/gamma)Hµ¨®ñºƒPi
bn3a_branch2a/beta/read¸¨®ñºƒ (B6bn3a_branch2a/beta/read = Identity(bn3a_branch2a/beta)H¸¨®ñºƒPr
res3a_branch2b/kernel/read»¨®ñºƒ (B<res3a_branch2b/kernel/read = Identity(res3a_branch2b/kernel)H»¨®ñºƒPl
bn3a_branch2b/gamma/read¾¨®ñºƒ (B8bn3a_branch2b/gamma/read = Identity(bn3a_branch2b/gamma)H¾¨®ñºƒPi
bn3a_branch2b/beta/readÁ¨®ñºƒ (B6bn3a_branch2b/beta/read = Identity(bn3a_branch2b/beta)HÁ¨®ñºƒPr
res3a_branch2c/kernel/readÄ¨®ñºƒ (B<res3a_branch2c/kernel/read = Identity(res3a_branch2c/kernel)HÄ¨®ñºƒPl
bn3a_branch2c/gamma/readÇ¨®ñºƒ (B8bn3a_branch2c/gamma/read = Identity(bn3a_branch2c/gamma)HÇ¨®ñºƒPi
bn3a_branch2c/beta/readÊ¨®ñºƒ (B6bn3a_branch2c/beta/read = Identity(bn3a_branch2c/beta)HÊ¨®ñºƒPo
res3a_branch1/kernel/readÍ¨®ñºƒ (B:res3a_branch1/kernel/read = Identity(res3a_branch1/kernel)HÍ¨®ñºƒPi
bn3a_branch1/gamma/readĞ¨®ñºƒ (B6bn3a_branch1/gamma/read = Identity(bn3a_branch1/gamma)HĞ¨®ñºƒPf
bn3a_branch1/beta/readÓ¨®ñºƒ (B4bn3a_branch1/beta/read = Identity(bn3a_branch1/beta)HÓ¨®ñºƒPr
res3b_branch2a/kernel/readÖ¨®ñºƒ (B<res3b_branch2a/kernel/read = Identity(res3b_branch2a/kernel)HÖ¨®ñºƒPl
bn3b_branch2a/gamma/readÙ¨®ñºƒ (B8bn3b_branch2a/gamma/read = Identity(bn3b_branch2a/gamma)HÙ¨®ñºƒPi
bn3b_branch2a/beta/readÜ¨®ñºƒ (B6bn3b_branch2a/beta/read = Identity(bn3b_branch2a/beta)HÜ¨®ñºƒPr
res3b_branch2b/kernel/readß¨®ñºƒ (B<res3b_branch2b/kernel/read = Identity(res3b_branch2b/kernel)Hß¨®ñºƒPl
bn3b_branch2b/gamma/readâ¨®ñºƒ (B8bn3b_branch2b/gamma/read = Identity(bn3b_branch2b/gamma)Hâ¨®ñºƒPi
bn3b_branch2b/beta/readå¨®ñºƒ (B6bn3b_branch2b/beta/read = Identity(bn3b_branch2b/beta)Hå¨®ñºƒPr
res3b_branch2c/kernel/readè¨®ñºƒ (B<res3b_branch2c/kernel/read = Identity(res3b_branch2c/kernel)Hè¨®ñºƒPl
bn3b_branch2c/gamma/readë¨®ñºƒ (B8bn3b_branch2c/gamma/read = Identity(bn3b_branch2c/gamma)Hë¨®ñºƒPi
bn3b_branch2c/beta/readî¨®ñºƒ (B6bn3b_branch2c/beta/read = Identity(bn3b_branch2c/beta)Hî¨®ñºƒPr
res3c_branch2a/kernel/readñ¨®ñºƒ (B<res3c_branch2a/kernel/read = Identity(res3c_branch2a/kernel)Hñ¨®ñºƒPl
bn3c_branch2a/gamma/readô¨®ñºƒ (B8bn3c_branch2a/gamma/read = Identity(bn3c_branch2a/gamma)Hô¨®ñºƒPi
bn3c_branch2a/beta/read÷¨®ñºƒ (B6bn3c_branch2a/beta/read = Identity(bn3c_branch2a/beta)H÷¨®ñºƒPr
res3c_branch2b/kernel/readú¨®ñºƒ (B<res3c_branch2b/kernel/read = Identity(res3c_branch2b/kernel)Hú¨®ñºƒPl
bn3c_branch2b/gamma/readı¨®ñºƒ (B8bn3c_branch2b/gamma/read = Identity(bn3c_branch2b/gamma)Hı¨®ñºƒPi
bn3c_branch2b/beta/read€©®ñºƒ (B6bn3c_branch2b/beta/read = Identity(bn3c_branch2b/beta)H€©®ñºƒPr
res3c_branch2c/kernel/readƒ©®ñºƒ (B<res3c_branch2c/kernel/read = Identity(res3c_branch2c/kernel)Hƒ©®ñºƒPl
bn3c_branch2c/gamma/read†©®ñºƒ (B8bn3c_branch2c/gamma/read = Identity(bn3c_branch2c/gamma)H†©®ñºƒPi
bn3c_branch2c/beta/read‰©®ñºƒ (B6bn3c_branch2c/beta/read = Identity(bn3c_branch2c/beta)H‰©®ñºƒPr
res3d_branch2a/kernel/readŒ©®ñºƒ (B<res3d_branch2a/kernel/read = Identity(res3d_branch2a/kernel)HŒ©®ñºƒPl
bn3d_branch2a/gamma/read©®ñºƒ (B8bn3d_branch2a/gamma/read = Identity(bn3d_branch2a/gamma)H©®ñºƒPi
bn3d_branch2a/beta/read’©®ñºƒ (B6bn3d_branch2a/beta/read = Identity(bn3d_branch2a/beta)H’©®ñºƒPr
res3d_branch2b/kernel/read•©®ñºƒ (B<res3d_branch2b/kernel/read = Identity(res3d_branch2b/kernel)H•©®ñºƒPl
bn3d_branch2b/gamma/read˜©®ñºƒ (B8bn3d_branch2b/gamma/read = Identity(bn3d_branch2b/gamma)H˜©®ñºƒPi
bn3d_branch2b/beta/read›©®ñºƒ (B6bn3d_branch2b/beta/read = Identity(bn3d_branch2b/beta)H›©®ñºƒPr
res3d_branch2c/kernel/read©®ñºƒ (B<res3d_branch2c/kernel/read = Identity(res3d_branch2c/kernel)H©®ñºƒPl
bn3d_branch2c/gamma/read¡©®ñºƒ (B8bn3d_branch2c/gamma/read = Identity(bn3d_branch2c/gamma)H¡©®ñºƒPi
bn3d_branch2c/beta/read¤©®ñºƒ (B6bn3d_branch2c/beta/read = Identity(bn3d_branch2c/beta)H¤©®ñºƒPr
res4a_branch2a/kernel/read§©®ñºƒ (B<res4a_branch2a/kernel/read = Identity(res4a_branch2a/kernel)H§©®ñºƒPl
bn4a_branch2a/gamma/readª©®ñºƒ (B8bn4a_branch2a/gamma/read = Identity(bn4a_branch2a/gamma)Hª©®ñºƒPi
bn4a_branch2a/beta/read­©®ñºƒ (B6bn4a_branch2a/beta/read = Identity(bn4a_branch2a/beta)H­©®ñºƒPr
res4a_branch2b/kernel/read°©®ñºƒ (B<res4a_branch2b/kernel/read = Identity(res4a_branch2b/kernel)H°©®ñºƒPl
bn4a_branch2b/gamma/read³©®ñºƒ (B8bn4a_branch2b/gamma/read = Identity(bn4a_branch2b/gamma)H³©®ñºƒPi
bn4a_branch2b/beta/read¶©®ñºƒ (B6bn4a_branch2b/beta/read = Identity(bn4a_branch2b/beta)H¶©®ñºƒPr
res4a_branch2c/kernel/read¹©®ñºƒ (B<res4a_branch2c/kernel/read = Identity(res4a_branch2c/kernel)H¹©®ñºƒPl
bn4a_branch2c/gamma/read¼©®ñºƒ (B8bn4a_branch2c/gamma/read = Identity(bn4a_branch2c/gamma)H¼©®ñºƒPi
bn4a_branch2c/beta/read¿©®ñºƒ (B6bn4a_branch2c/beta/read = Identity(bn4a_branch2c/beta)H¿©®ñºƒPo
res4a_branch1/kernel/readÂ©®ñºƒ (B:res4a_branch1/kernel/read = Identity(res4a_branch1/kernel)HÂ©®ñºƒPi
bn4a_branch1/gamma/readÅ©®ñºƒ (B6bn4a_branch1/gamma/read = Identity(bn4a_branch1/gamma)HÅ©®ñºƒPf
bn4a_branch1/beta/readÈ©®ñºƒ (B4bn4a_branch1/beta/read = Identity(bn4a_branch1/beta)HÈ©®ñºƒPr
res4b_branch2a/kernel/readË©®ñºƒ (B<res4b_branch2a/kernel/read = Identity(res4b_branch2a/kernel)HË©®ñºƒPl
bn4b_branch2a/gamma/readÎ©®ñºƒ (B8bn4b_branch2a/gamma/read = Identity(bn4b_branch2a/gamma)HÎ©®ñºƒPi
bn4b_branch2a/beta/readÑ©®ñºƒ (B6bn4b_branch2a/beta/read = Identity(bn4b_branch2a/beta)HÑ©®ñºƒPr
res4b_branch2b/kernel/readÔ©®ñºƒ (B<res4b_branch2b/kernel/read = Identity(res4b_branch2b/kernel)HÔ©®ñºƒPl
bn4b_branch2b/gamma/read×©®ñºƒ (B8bn4b_branch2b/gamma/read = Identity(bn4b_branch2b/gamma)H×©®ñºƒPi
bn4b_branch2b/beta/readÚ©®ñºƒ (B6bn4b_branch2b/beta/read = Identity(bn4b_branch2b/beta)HÚ©®ñºƒPr
res4b_branch2c/kernel/readİ©®ñºƒ (B<res4b_branch2c/kernel/read = Identity(res4b_branch2c/kernel)Hİ©®ñºƒPl
bn4b_branch2c/gamma/readà©®ñºƒ (B8bn4b_branch2c/gamma/read = Identity(bn4b_branch2c/gamma)Hà©®ñºƒPi
bn4b_branch2c/beta/readã©®ñºƒ (B6bn4b_branch2c/beta/read = Identity(bn4b_branch2c/beta)Hã©®ñºƒPr
res4c_branch2a/kernel/readæ©®ñºƒ (B<res4c_branch2a/kernel/read = Identity(res4c_branch2a/kernel)Hæ©®ñºƒPl
bn4c_branch2a/gamma/readé©®ñºƒ (B8bn4c_branch2a/gamma/read = Identity(bn4c_branch2a/gamma)Hé©®ñºƒPi
bn4c_branch2a/beta/readë©®ñºƒ (B6bn4c_branch2a/beta/read = Identity(bn4c_branch2a/beta)Hë©®ñºƒPr
res4c_branch2b/kernel/readî©®ñºƒ (B<res4c_branch2b/kernel/read = Identity(res4c_branch2b/kernel)Hî©®ñºƒPl
bn4c_branch2b/gamma/readñ©®ñºƒ (B8bn4c_branch2b/gamma/read = Identity(bn4c_branch2b/gamma)Hñ©®ñºƒPi
bn4c_branch2b/beta/readô©®ñºƒ (B6bn4c_branch2b/beta/read = Identity(bn4c_branch2b/beta)Hô©®ñºƒPr
res4c_branch2c/kernel/read÷©®ñºƒ (B<res4c_branch2c/kernel/read = Identity(res4c_branch2c/kernel)H÷©®ñºƒPl
bn4c_branch2c/gamma/readú©®ñºƒ (B8bn4c_branch2c/gamma/read = Identity(bn4c_branch2c/gamma)Hú©®ñºƒPi
bn4c_branch2c/beta/readı©®ñºƒ (B6bn4c_branch2c/beta/read = Identity(bn4c_branch2c/beta)Hı©®ñºƒPr
res4d_branch2a/kernel/read€ª®ñºƒ (B<res4d_branch2a/kernel/read = Identity(res4d_branch2a/kernel)H€ª®ñºƒPl
bn4d_branch2a/gamma/readƒª®ñºƒ (B8bn4d_branch2a/gamma/read = Identity(bn4d_branch2a/gamma)Hƒª®ñºƒPi
bn4d_branch2a/beta/read†ª®ñºƒ (B6bn4d_branch2a/beta/read = Identity(bn4d_branch2a/beta)H†ª®ñºƒPr
res4d_branch2b/kernel/read‰ª®ñºƒ (B<res4d_branch2b/kernel/read = Identity(res4d_branch2b/kernel)H‰ª®ñºƒPl
bn4d_branch2b/gamma/readŒª®ñºƒ (B8bn4d_branch2b/gamma/read = Identity(bn4d_branch2b/gamma)HŒª®ñºƒPi
bn4d_branch2b/beta/readª®ñºƒ (B6bn4d_branch2b/beta/read = Identity(bn4d_branch2b/beta)Hª®ñºƒPr
res4d_branch2c/kernel/read’ª®ñºƒ (B<res4d_branch2c/kernel/read = Identity(res4d_branch2c/kernel)H’ª®ñºƒPl
bn4d_branch2c/gamma/read•ª®ñºƒ (B8bn4d_branch2c/gamma/read = Identity(bn4d_branch2c/gamma)H•ª®ñºƒPi
bn4d_branch2c/beta/read˜ª®ñºƒ (B6bn4d_branch2c/beta/read = Identity(bn4d_branch2c/beta)H˜ª®ñºƒPr
res4e_branch2a/kernel/read›ª®ñºƒ (B<res4e_branch2a/kernel/read = Identity(res4e_branch2a/kernel)H›ª®ñºƒPl
bn4e_branch2a/gamma/readª®ñºƒ (B8bn4e_branch2a/gamma/read = Identity(bn4e_branch2a/gamma)Hª®ñºƒPi
bn4e_branch2a/beta/read¡ª®ñºƒ (B6bn4e_branch2a/beta/read = Identity(bn4e_branch2a/beta)H¡ª®ñºƒPr
res4e_branch2b/kernel/read¤ª®ñºƒ (B<res4e_branch2b/kernel/read = Identity(res4e_branch2b/kernel)H¤ª®ñºƒPl
bn4e_branch2b/gamma/read§ª®ñºƒ (B8bn4e_branch2b/gamma/read = Identity(bn4e_branch2b/gamma)H§ª®ñºƒPi
bn4e_branch2b/beta/readªª®ñºƒ (B6bn4e_branch2b/beta/read = Identity(bn4e_branch2b/beta)Hªª®ñºƒPr
res4e_branch2c/kernel/read­ª®ñºƒ (B<res4e_branch2c/kernel/read = Identity(res4e_branch2c/kernel)H­ª®ñºƒPl
bn4e_branch2c/gamma/read°ª®ñºƒ (B8bn4e_branch2c/gamma/read = Identity(bn4e_branch2c/gamma)H°ª®ñºƒPi
bn4e_branch2c/beta/read³ª®ñºƒ (B6bn4e_branch2c/beta/read = Identity(bn4e_branch2c/beta)H³ª®ñºƒPr
res4f_branch2a/kernel/read¶ª®ñºƒ (B<res4f_branch2a/kernel/read = Identity(res4f_branch2a/kernel)H¶ª®ñºƒPl
bn4f_branch2a/gamma/read¹ª®ñºƒ (B8bn4f_branch2a/gamma/read = Identity(bn4f_branch2a/gamma)H¹ª®ñºƒPi
bn4f_branch2a/beta/read¼ª®ñºƒ (B6bn4f_branch2a/beta/read = Identity(bn4f_branch2a/beta)H¼ª®ñºƒPr
res4f_branch2b/kernel/read¿ª®ñºƒ (B<res4f_branch2b/kernel/read = Identity(res4f_branch2b/kernel)H¿ª®ñºƒPl
bn4f_branch2b/gamma/readÂª®ñºƒ (B8bn4f_branch2b/gamma/read = Identity(bn4f_branch2b/gamma)HÂª®ñºƒPi
bn4f_branch2b/beta/readÅª®ñºƒ (B6bn4f_branch2b/beta/read = Identity(bn4f_branch2b/beta)HÅª®ñºƒPr
res4f_branch2c/kernel/readÈª®ñºƒ (B<res4f_branch2c/kernel/read = Identity(res4f_branch2c/kernel)HÈª®ñºƒPl
bn4f_branch2c/gamma/readËª®ñºƒ (B8bn4f_branch2c/gamma/read = Identity(bn4f_branch2c/gamma)HËª®ñºƒPi
bn4f_branch2c/beta/readÎª®ñºƒ (B6bn4f_branch2c/beta/read = Identity(bn4f_branch2c/beta)HÎª®ñºƒPr
res5a_branch2a/kernel/readĞª®ñºƒ (B<res5a_branch2a/kernel/read = Identity(res5a_branch2a/kernel)HĞª®ñºƒPl
bn5a_branch2a/gamma/readÓª®ñºƒ (B8bn5a_branch2a/gamma/read = Identity(bn5a_branch2a/gamma)HÓª®ñºƒPi
bn5a_branch2a/beta/readÖª®ñºƒ (B6bn5a_branch2a/beta/read = Identity(bn5a_branch2a/beta)HÖª®ñºƒPr
res5a_branch2b/kernel/readÙª®ñºƒ (B<res5a_branch2b/kernel/read = Identity(res5a_branch2b/kernel)HÙª®ñºƒPl
bn5a_branch2b/gamma/readÜª®ñºƒ (B8bn5a_branch2b/gamma/read = Identity(bn5a_branch2b/gamma)HÜª®ñºƒPi
bn5a_branch2b/beta/readßª®ñºƒ (B6bn5a_branch2b/beta/read = Identity(bn5a_branch2b/beta)Hßª®ñºƒPr
res5a_branch2c/kernel/readâª®ñºƒ (B<res5a_branch2c/kernel/read = Identity(res5a_branch2c/kernel)Hâª®ñºƒPl
bn5a_branch2c/gamma/readåª®ñºƒ (B8bn5a_branch2c/gamma/read = Identity(bn5a_branch2c/gamma)Håª®ñºƒPi
bn5a_branch2c/beta/readèª®ñºƒ (B6bn5a_branch2c/beta/read = Identity(bn5a_branch2c/beta)Hèª®ñºƒPo
res5a_branch1/kernel/readëª®ñºƒ (B:res5a_branch1/kernel/read = Identity(res5a_branch1/kernel)Hëª®ñºƒPi
bn5a_branch1/gamma/readíª®ñºƒ (B6bn5a_branch1/gamma/read = Identity(bn5a_branch1/gamma)Híª®ñºƒPf
bn5a_branch1/beta/readğª®ñºƒ (B4bn5a_branch1/beta/read = Identity(bn5a_branch1/beta)Hğª®ñºƒPr
res5b_branch2a/kernel/readóª®ñºƒ (B<res5b_branch2a/kernel/read = Identity(res5b_branch2a/kernel)Hóª®ñºƒPl
bn5b_branch2a/gamma/readöª®ñºƒ (B8bn5b_branch2a/gamma/read = Identity(bn5b_branch2a/gamma)Höª®ñºƒPi
bn5b_branch2a/beta/readùª®ñºƒ (B6bn5b_branch2a/beta/read = Identity(bn5b_branch2a/beta)Hùª®ñºƒPr
res5b_branch2b/kernel/readüª®ñºƒ (B<res5b_branch2b/kernel/read = Identity(res5b_branch2b/kernel)Hüª®ñºƒPl
bn5b_branch2b/gamma/readÿª®ñºƒ (B8bn5b_branch2b/gamma/read = Identity(bn5b_branch2b/gamma)Hÿª®ñºƒPi
bn5b_branch2b/beta/read‚«®ñºƒ (B6bn5b_branch2b/beta/read = Identity(bn5b_branch2b/beta)H‚«®ñºƒPr
res5b_branch2c/kernel/read…«®ñºƒ (B<res5b_branch2c/kernel/read = Identity(res5b_branch2c/kernel)H…«®ñºƒPl
bn5b_branch2c/gamma/readˆ«®ñºƒ (B8bn5b_branch2c/gamma/read = Identity(bn5b_branch2c/gamma)Hˆ«®ñºƒPi
bn5b_branch2c/beta/read‹«®ñºƒ (B6bn5b_branch2c/beta/read = Identity(bn5b_branch2c/beta)H‹«®ñºƒPr
res5c_branch2a/kernel/read«®ñºƒ (B<res5c_branch2a/kernel/read = Identity(res5c_branch2a/kernel)H«®ñºƒPl
bn5c_branch2a/gamma/read‘«®ñºƒ (B8bn5c_branch2a/gamma/read = Identity(bn5c_branch2a/gamma)H‘«®ñºƒPi
bn5c_branch2a/beta/read”«®ñºƒ (B6bn5c_branch2a/beta/read = Identity(bn5c_branch2a/beta)H”«®ñºƒPr
res5c_branch2b/kernel/read—«®ñºƒ (B<res5c_branch2b/kernel/read = Identity(res5c_branch2b/kernel)H—«®ñºƒPl
bn5c_branch2b/gamma/readš«®ñºƒ (B8bn5c_branch2b/gamma/read = Identity(bn5c_branch2b/gamma)Hš«®ñºƒPi
bn5c_branch2b/beta/read«®ñºƒ (B6bn5c_branch2b/beta/read = Identity(bn5c_branch2b/beta)H«®ñºƒPr
res5c_branch2c/kernel/read «®ñºƒ (B<res5c_branch2c/kernel/read = Identity(res5c_branch2c/kernel)H «®ñºƒPl
bn5c_branch2c/gamma/read£«®ñºƒ (B8bn5c_branch2c/gamma/read = Identity(bn5c_branch2c/gamma)H£«®ñºƒPi
bn5c_branch2c/beta/read¦«®ñºƒ (B6bn5c_branch2c/beta/read = Identity(bn5c_branch2c/beta)H¦«®ñºƒPZ
fc1000/kernel/read©«®ñºƒ (B,fc1000/kernel/read = Identity(fc1000/kernel)H©«®ñºƒPT
fc1000/bias/read¬«®ñºƒ (B(fc1000/bias/read = Identity(fc1000/bias)H¬«®ñºƒP¶

RecvTensorÑğ³ñºƒ f(f:
"  Bƒ[4000B] edge_162_gradients/fc1000/bias_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÑğ³ñºƒ¾
'update_fc1000/bias/ApplyGradientDescent·ñ³ñºƒ (B{update_fc1000/bias/ApplyGradientDescent = ApplyGradientDescent(fc1000/bias, learning_rate, gradients/fc1000/bias_grad_S162)H·ñ³ñºƒPÀ

RecvTensor†ñ³ñºƒ é·(é·:"
€€ô€€ôB…[7.8MB] edge_163_gradients/fc1000/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H†ñ³ñºƒÉ
)update_fc1000/kernel/ApplyGradientDescentï¨¸ñºƒ ‹
(‹
Bupdate_fc1000/kernel/ApplyGradientDescent = ApplyGradientDescent(fc1000/kernel, learning_rate, gradients/fc1000/kernel_grad_S163)Hï¨¸ñºƒP¿

RecvTensor ñ³ñºƒ Œ(Œ:
"€@€@BŠ[8192B] edge_164_gradients/bn5c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H ñ³ñºƒÛ
.update_bn5c_branch2c/beta/ApplyGradientDescent¬ò³ñºƒ (Bupdate_bn5c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2c/beta, learning_rate, gradients/bn5c_branch2c/beta_grad_S164)H¬ò³ñºƒP¾

RecvTensorªò³ñºƒ v(v:
"€@€@B‹[8192B] edge_165_gradients/bn5c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hªò³ñºƒß
/update_bn5c_branch2c/gamma/ApplyGradientDescent ó³ñºƒ (B“update_bn5c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2c/gamma, learning_rate, gradients/bn5c_branch2c/gamma_grad_S165)H ó³ñºƒPÈ

RecvTensorÄ÷³ñºƒ ñ„(ñ„:"
€€€€€€B[4.0MB] edge_166_gradients/res5c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÄ÷³ñºƒé
1update_res5c_branch2c/kernel/ApplyGradientDescentµüµñºƒ  ( B™update_res5c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res5c_branch2c/kernel, learning_rate, gradients/res5c_branch2c/kernel_grad_S166)HµüµñºƒP½

RecvTensorĞ÷³ñºƒ [([:
"€€BŠ[2048B] edge_167_gradients/bn5c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HĞ÷³ñºƒÛ
.update_bn5c_branch2b/beta/ApplyGradientDescent«ø³ñºƒ (Bupdate_bn5c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2b/beta, learning_rate, gradients/bn5c_branch2b/beta_grad_S167)H«ø³ñºƒP¾

RecvTensorú÷³ñºƒ q(q:
"€€B‹[2048B] edge_168_gradients/bn5c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hú÷³ñºƒß
/update_bn5c_branch2b/gamma/ApplyGradientDescentëø³ñºƒ (B“update_bn5c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2b/gamma, learning_rate, gradients/bn5c_branch2b/gamma_grad_S168)Hëø³ñºƒPÈ

RecvTensorıƒ´ñºƒ ¼ø(¼ø:"
€€À€€ÀB[9.0MB] edge_169_gradients/res5c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hıƒ´ñºƒé
1update_res5c_branch2b/kernel/ApplyGradientDescent¹ü¸ñºƒ ì(ìB™update_res5c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res5c_branch2b/kernel, learning_rate, gradients/res5c_branch2b/kernel_grad_S169)H¹ü¸ñºƒP½

RecvTensor‰„´ñºƒ c(c:
"€€BŠ[2048B] edge_170_gradients/bn5c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‰„´ñºƒÛ
.update_bn5c_branch2a/beta/ApplyGradientDescentì„´ñºƒ (Bupdate_bn5c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2a/beta, learning_rate, gradients/bn5c_branch2a/beta_grad_S170)Hì„´ñºƒP¾

RecvTensor±„´ñºƒ Y(Y:
"€€B‹[2048B] edge_171_gradients/bn5c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H±„´ñºƒß
/update_bn5c_branch2a/gamma/ApplyGradientDescentŠ…´ñºƒ (B“update_bn5c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2a/gamma, learning_rate, gradients/bn5c_branch2a/gamma_grad_S171)HŠ…´ñºƒPÈ

RecvTensorî‰´ñºƒ Á»(Á»:"
€€€€€€B[4.0MB] edge_172_gradients/res5c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hî‰´ñºƒé
1update_res5c_branch2a/kernel/ApplyGradientDescent¯Å·ñºƒ ®(®B™update_res5c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res5c_branch2a/kernel, learning_rate, gradients/res5c_branch2a/kernel_grad_S172)H¯Å·ñºƒP¿

RecvTensorˆŠ´ñºƒ Š(Š:
"€@€@BŠ[8192B] edge_173_gradients/bn5b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HˆŠ´ñºƒÛ
.update_bn5b_branch2c/beta/ApplyGradientDescent’‹´ñºƒ (Bupdate_bn5b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2c/beta, learning_rate, gradients/bn5b_branch2c/beta_grad_S173)H’‹´ñºƒP¾

RecvTensor’‹´ñºƒ t(t:
"€@€@B‹[8192B] edge_174_gradients/bn5b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H’‹´ñºƒß
/update_bn5b_branch2c/gamma/ApplyGradientDescent†Œ´ñºƒ (B“update_bn5b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2c/gamma, learning_rate, gradients/bn5b_branch2c/gamma_grad_S174)H†Œ´ñºƒPÈ

RecvTensor¢´ñºƒ ¥Ì(¥Ì:"
€€€€€€B[4.0MB] edge_175_gradients/res5b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¢´ñºƒé
1update_res5b_branch2c/kernel/ApplyGradientDescentáİ·ñºƒ Û(ÛB™update_res5b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res5b_branch2c/kernel, learning_rate, gradients/res5b_branch2c/kernel_grad_S175)Háİ·ñºƒP½

RecvTensor¯´ñºƒ {({:
"€€BŠ[2048B] edge_176_gradients/bn5b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¯´ñºƒÛ
.update_bn5b_branch2b/beta/ApplyGradientDescentª‘´ñºƒ (Bupdate_bn5b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2b/beta, learning_rate, gradients/bn5b_branch2b/beta_grad_S176)Hª‘´ñºƒP¾

RecvTensorÔ´ñºƒ l(l:
"€€B‹[2048B] edge_177_gradients/bn5b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÔ´ñºƒß
/update_bn5b_branch2b/gamma/ApplyGradientDescentÀ‘´ñºƒ (B“update_bn5b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2b/gamma, learning_rate, gradients/bn5b_branch2b/gamma_grad_S177)HÀ‘´ñºƒPÈ

RecvTensor•œ´ñºƒ åí(åí:"
€€À€€ÀB[9.0MB] edge_178_gradients/res5b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H•œ´ñºƒé
1update_res5b_branch2b/kernel/ApplyGradientDescentû”¹ñºƒ ù(ùB™update_res5b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res5b_branch2b/kernel, learning_rate, gradients/res5b_branch2b/kernel_grad_S178)Hû”¹ñºƒP½

RecvTensor¢œ´ñºƒ p(p:
"€€BŠ[2048B] edge_179_gradients/bn5b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¢œ´ñºƒÛ
.update_bn5b_branch2a/beta/ApplyGradientDescent’´ñºƒ (Bupdate_bn5b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2a/beta, learning_rate, gradients/bn5b_branch2a/beta_grad_S179)H’´ñºƒP¾

RecvTensorÊœ´ñºƒ i(i:
"€€B‹[2048B] edge_180_gradients/bn5b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÊœ´ñºƒß
/update_bn5b_branch2a/gamma/ApplyGradientDescent³´ñºƒ (B“update_bn5b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2a/gamma, learning_rate, gradients/bn5b_branch2a/gamma_grad_S180)H³´ñºƒPÈ

RecvTensorë¡´ñºƒ ˆá(ˆá:"
€€€€€€B[4.0MB] edge_181_gradients/res5b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hë¡´ñºƒé
1update_res5b_branch2a/kernel/ApplyGradientDescentó‚¸ñºƒ °(°B™update_res5b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res5b_branch2a/kernel, learning_rate, gradients/res5b_branch2a/kernel_grad_S181)Hó‚¸ñºƒP¾

RecvTensor…¢´ñºƒ ’(’:
"€@€@B‰[8192B] edge_182_gradients/bn5a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H…¢´ñºƒ×
-update_bn5a_branch1/beta/ApplyGradientDescent—£´ñºƒ (Bupdate_bn5a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch1/beta, learning_rate, gradients/bn5a_branch1/beta_grad_S182)H—£´ñºƒP¿

RecvTensorÚ¢´ñºƒ š(š:
"€@€@BŠ[8192B] edge_183_gradients/bn5a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÚ¢´ñºƒÛ
.update_bn5a_branch1/gamma/ApplyGradientDescentô£´ñºƒ (Bupdate_bn5a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch1/gamma, learning_rate, gradients/bn5a_branch1/gamma_grad_S183)Hô£´ñºƒPÇ

RecvTensorÌ­´ñºƒ ìÓ(ìÓ:"
€€€€€€BŒ[8.0MB] edge_184_gradients/res5a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÌ­´ñºƒå
0update_res5a_branch1/kernel/ApplyGradientDescent¥‰¹ñºƒ Ö(ÖB–update_res5a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch1/kernel, learning_rate, gradients/res5a_branch1/kernel_grad_S184)H¥‰¹ñºƒP¿

RecvTensorç­´ñºƒ œ(œ:
"€@€@BŠ[8192B] edge_185_gradients/bn5a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hç­´ñºƒÛ
.update_bn5a_branch2c/beta/ApplyGradientDescentƒ¯´ñºƒ (Bupdate_bn5a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2c/beta, learning_rate, gradients/bn5a_branch2c/beta_grad_S185)Hƒ¯´ñºƒPÀ

RecvTensorî®´ñºƒ ¢(¢:
"€@€@B‹[8192B] edge_186_gradients/bn5a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hî®´ñºƒß
/update_bn5a_branch2c/gamma/ApplyGradientDescent°´ñºƒ (B“update_bn5a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2c/gamma, learning_rate, gradients/bn5a_branch2c/gamma_grad_S186)H°´ñºƒPÈ

RecvTensor±´´ñºƒ ›à(›à:"
€€€€€€B[4.0MB] edge_187_gradients/res5a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H±´´ñºƒé
1update_res5a_branch2c/kernel/ApplyGradientDescentÌ”¸ñºƒ Ù(ÙB™update_res5a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch2c/kernel, learning_rate, gradients/res5a_branch2c/kernel_grad_S187)HÌ”¸ñºƒP½

RecvTensor½´´ñºƒ {({:
"€€BŠ[2048B] edge_188_gradients/bn5a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H½´´ñºƒÛ
.update_bn5a_branch2b/beta/ApplyGradientDescent¸µ´ñºƒ (Bupdate_bn5a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2b/beta, learning_rate, gradients/bn5a_branch2b/beta_grad_S188)H¸µ´ñºƒP¾

RecvTensorè´´ñºƒ v(v:
"€€B‹[2048B] edge_189_gradients/bn5a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hè´´ñºƒß
/update_bn5a_branch2b/gamma/ApplyGradientDescentŞµ´ñºƒ (B“update_bn5a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2b/gamma, learning_rate, gradients/bn5a_branch2b/gamma_grad_S189)HŞµ´ñºƒPÈ

RecvTensorÀ´ñºƒ ÉÎ(ÉÎ:"
€€À€€ÀB[9.0MB] edge_190_gradients/res5a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÀ´ñºƒé
1update_res5a_branch2b/kernel/ApplyGradientDescentô ¹ñºƒ é(éB™update_res5a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch2b/kernel, learning_rate, gradients/res5a_branch2b/kernel_grad_S190)Hô ¹ñºƒP½

RecvTensorªÀ´ñºƒ e(e:
"€€BŠ[2048B] edge_191_gradients/bn5a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HªÀ´ñºƒÛ
.update_bn5a_branch2a/beta/ApplyGradientDescentÁ´ñºƒ (Bupdate_bn5a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2a/beta, learning_rate, gradients/bn5a_branch2a/beta_grad_S191)HÁ´ñºƒP¾

RecvTensor¸Á´ñºƒ s(s:
"€€B‹[2048B] edge_192_gradients/bn5a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¸Á´ñºƒß
/update_bn5a_branch2a/gamma/ApplyGradientDescent«Â´ñºƒ (B“update_bn5a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2a/gamma, learning_rate, gradients/bn5a_branch2a/gamma_grad_S192)H«Â´ñºƒPÈ

RecvTensorüË´ñºƒ ‰©(‰©:"
€€€€€€B[2.0MB] edge_193_gradients/res5a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HüË´ñºƒé
1update_res5a_branch2a/kernel/ApplyGradientDescent…õ¶ñºƒ â(âB™update_res5a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch2a/kernel, learning_rate, gradients/res5a_branch2a/kernel_grad_S193)H…õ¶ñºƒP¿

RecvTensor©Ì´ñºƒ ‡(‡:
"€ € BŠ[4096B] edge_194_gradients/bn4f_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H©Ì´ñºƒÛ
.update_bn4f_branch2c/beta/ApplyGradientDescent°Í´ñºƒ (Bupdate_bn4f_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2c/beta, learning_rate, gradients/bn4f_branch2c/beta_grad_S194)H°Í´ñºƒPÀ

RecvTensor¸Î´ñºƒ š(š:
"€ € B‹[4096B] edge_195_gradients/bn4f_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¸Î´ñºƒß
/update_bn4f_branch2c/gamma/ApplyGradientDescentÒÏ´ñºƒ (B“update_bn4f_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2c/gamma, learning_rate, gradients/bn4f_branch2c/gamma_grad_S195)HÒÏ´ñºƒPÄ

RecvTensorÖÓ´ñºƒ Õw(Õw:"€€@€€@B[1.0MB] edge_196_gradients/res4f_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÖÓ´ñºƒé
1update_res4f_branch2c/kernel/ApplyGradientDescent«Ëµñºƒ ©(©B™update_res4f_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4f_branch2c/kernel, learning_rate, gradients/res4f_branch2c/kernel_grad_S196)H«ËµñºƒP½

RecvTensorçÓ´ñºƒ n(n:
"€€BŠ[1024B] edge_197_gradients/bn4f_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HçÓ´ñºƒÛ
.update_bn4f_branch2b/beta/ApplyGradientDescentÕÔ´ñºƒ (Bupdate_bn4f_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2b/beta, learning_rate, gradients/bn4f_branch2b/beta_grad_S197)HÕÔ´ñºƒP¾

RecvTensor°Ô´ñºƒ j(j:
"€€B‹[1024B] edge_198_gradients/bn4f_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H°Ô´ñºƒß
/update_bn4f_branch2b/gamma/ApplyGradientDescentšÕ´ñºƒ (B“update_bn4f_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2b/gamma, learning_rate, gradients/bn4f_branch2b/gamma_grad_S198)HšÕ´ñºƒPÈ

RecvTensor‹à´ñºƒ éİ(éİ:"
€€€€B[2.2MB] edge_199_gradients/res4f_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‹à´ñºƒé
1update_res4f_branch2b/kernel/ApplyGradientDescentô½·ñºƒ ö(öB™update_res4f_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4f_branch2b/kernel, learning_rate, gradients/res4f_branch2b/kernel_grad_S199)Hô½·ñºƒP½

RecvTensor›à´ñºƒ j(j:
"€€BŠ[1024B] edge_200_gradients/bn4f_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H›à´ñºƒÛ
.update_bn4f_branch2a/beta/ApplyGradientDescent…á´ñºƒ (Bupdate_bn4f_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2a/beta, learning_rate, gradients/bn4f_branch2a/beta_grad_S200)H…á´ñºƒP¾

RecvTensoräà´ñºƒ t(t:
"€€B‹[1024B] edge_201_gradients/bn4f_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Häà´ñºƒß
/update_bn4f_branch2a/gamma/ApplyGradientDescentØá´ñºƒ (B“update_bn4f_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2a/gamma, learning_rate, gradients/bn4f_branch2a/gamma_grad_S201)HØá´ñºƒPÆ

RecvTensorÿå´ñºƒ ‡Œ(‡Œ:"€€@€€@B[1.0MB] edge_202_gradients/res4f_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hÿå´ñºƒé
1update_res4f_branch2a/kernel/ApplyGradientDescent†òµñºƒ ²(²B™update_res4f_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4f_branch2a/kernel, learning_rate, gradients/res4f_branch2a/kernel_grad_S202)H†òµñºƒP¿

RecvTensor®æ´ñºƒ (:
"€ € BŠ[4096B] edge_203_gradients/bn4e_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H®æ´ñºƒÛ
.update_bn4e_branch2c/beta/ApplyGradientDescent¾ç´ñºƒ (Bupdate_bn4e_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2c/beta, learning_rate, gradients/bn4e_branch2c/beta_grad_S203)H¾ç´ñºƒPÀ

RecvTensor±è´ñºƒ (:
"€ € B‹[4096B] edge_204_gradients/bn4e_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H±è´ñºƒß
/update_bn4e_branch2c/gamma/ApplyGradientDescentÏé´ñºƒ (B“update_bn4e_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2c/gamma, learning_rate, gradients/bn4e_branch2c/gamma_grad_S204)HÏé´ñºƒPÆ

RecvTensorËí´ñºƒ ú’(ú’:"€€@€€@B[1.0MB] edge_205_gradients/res4e_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HËí´ñºƒé
1update_res4e_branch2c/kernel/ApplyGradientDescentÚ‚¶ñºƒ È(ÈB™update_res4e_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4e_branch2c/kernel, learning_rate, gradients/res4e_branch2c/kernel_grad_S205)HÚ‚¶ñºƒP¿

RecvTensorÜí´ñºƒ Œ(Œ:
"€€BŠ[1024B] edge_206_gradients/bn4e_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÜí´ñºƒÛ
.update_bn4e_branch2b/beta/ApplyGradientDescentèî´ñºƒ (Bupdate_bn4e_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2b/beta, learning_rate, gradients/bn4e_branch2b/beta_grad_S206)Hèî´ñºƒP¾

RecvTensor£î´ñºƒ n(n:
"€€B‹[1024B] edge_207_gradients/bn4e_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H£î´ñºƒß
/update_bn4e_branch2b/gamma/ApplyGradientDescent‘ï´ñºƒ (B“update_bn4e_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2b/gamma, learning_rate, gradients/bn4e_branch2b/gamma_grad_S207)H‘ï´ñºƒPÈ

RecvTensor™ú´ñºƒ £à(£à:"
€€€€B[2.2MB] edge_208_gradients/res4e_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H™ú´ñºƒé
1update_res4e_branch2b/kernel/ApplyGradientDescent¼Ú·ñºƒ ¥(¥B™update_res4e_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4e_branch2b/kernel, learning_rate, gradients/res4e_branch2b/kernel_grad_S208)H¼Ú·ñºƒP½

RecvTensorªú´ñºƒ d(d:
"€€BŠ[1024B] edge_209_gradients/bn4e_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hªú´ñºƒÛ
.update_bn4e_branch2a/beta/ApplyGradientDescentû´ñºƒ (Bupdate_bn4e_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2a/beta, learning_rate, gradients/bn4e_branch2a/beta_grad_S209)Hû´ñºƒP¾

RecvTensorñú´ñºƒ f(f:
"€€B‹[1024B] edge_210_gradients/bn4e_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hñú´ñºƒß
/update_bn4e_branch2a/gamma/ApplyGradientDescent×û´ñºƒ (B“update_bn4e_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2a/gamma, learning_rate, gradients/bn4e_branch2a/gamma_grad_S210)H×û´ñºƒPÆ

RecvTensorª€µñºƒ ÿ¡(ÿ¡:"€€@€€@B[1.0MB] edge_211_gradients/res4e_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hª€µñºƒé
1update_res4e_branch2a/kernel/ApplyGradientDescent©¢¶ñºƒ µ(µB™update_res4e_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4e_branch2a/kernel, learning_rate, gradients/res4e_branch2a/kernel_grad_S211)H©¢¶ñºƒP¿

RecvTensorÕ€µñºƒ (:
"€ € BŠ[4096B] edge_212_gradients/bn4d_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÕ€µñºƒÛ
.update_bn4d_branch2c/beta/ApplyGradientDescentãµñºƒ (Bupdate_bn4d_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2c/beta, learning_rate, gradients/bn4d_branch2c/beta_grad_S212)HãµñºƒPÀ

RecvTensorê‚µñºƒ (:
"€ € B‹[4096B] edge_213_gradients/bn4d_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hê‚µñºƒß
/update_bn4d_branch2c/gamma/ApplyGradientDescent‡„µñºƒ (B“update_bn4d_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2c/gamma, learning_rate, gradients/bn4d_branch2c/gamma_grad_S213)H‡„µñºƒPÆ

RecvTensorı‡µñºƒ ˜§(˜§:"€€@€€@B[1.0MB] edge_214_gradients/res4d_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hı‡µñºƒé
1update_res4d_branch2c/kernel/ApplyGradientDescent•¯¶ñºƒ ¼(¼B™update_res4d_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4d_branch2c/kernel, learning_rate, gradients/res4d_branch2c/kernel_grad_S214)H•¯¶ñºƒP½

RecvTensorˆµñºƒ o(o:
"€€BŠ[1024B] edge_215_gradients/bn4d_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HˆµñºƒÛ
.update_bn4d_branch2b/beta/ApplyGradientDescentıˆµñºƒ (Bupdate_bn4d_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2b/beta, learning_rate, gradients/bn4d_branch2b/beta_grad_S215)HıˆµñºƒP¾

RecvTensorØˆµñºƒ p(p:
"€€B‹[1024B] edge_216_gradients/bn4d_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HØˆµñºƒß
/update_bn4d_branch2b/gamma/ApplyGradientDescentÈ‰µñºƒ (B“update_bn4d_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2b/gamma, learning_rate, gradients/bn4d_branch2b/gamma_grad_S216)HÈ‰µñºƒPÈ

RecvTensor”µñºƒ ‚Ù(‚Ù:"
€€€€B[2.2MB] edge_217_gradients/res4d_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H”µñºƒé
1update_res4d_branch2b/kernel/ApplyGradientDescent”í·ñºƒ “(“B™update_res4d_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4d_branch2b/kernel, learning_rate, gradients/res4d_branch2b/kernel_grad_S217)H”í·ñºƒP½

RecvTensorŸ”µñºƒ |(|:
"€€BŠ[1024B] edge_218_gradients/bn4d_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŸ”µñºƒÛ
.update_bn4d_branch2a/beta/ApplyGradientDescent›•µñºƒ (Bupdate_bn4d_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2a/beta, learning_rate, gradients/bn4d_branch2a/beta_grad_S218)H›•µñºƒP¾

RecvTensoré”µñºƒ }(}:
"€€B‹[1024B] edge_219_gradients/bn4d_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hé”µñºƒß
/update_bn4d_branch2a/gamma/ApplyGradientDescentæ•µñºƒ (B“update_bn4d_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2a/gamma, learning_rate, gradients/bn4d_branch2a/gamma_grad_S219)Hæ•µñºƒPÆ

RecvTensor‰šµñºƒ ú±(ú±:"€€@€€@B[1.0MB] edge_220_gradients/res4d_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‰šµñºƒé
1update_res4d_branch2a/kernel/ApplyGradientDescentªÌ¶ñºƒ ¼(¼B™update_res4d_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4d_branch2a/kernel, learning_rate, gradients/res4d_branch2a/kernel_grad_S220)HªÌ¶ñºƒP¿

RecvTensor·šµñºƒ ¡(¡:
"€ € BŠ[4096B] edge_221_gradients/bn4c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H·šµñºƒÛ
.update_bn4c_branch2c/beta/ApplyGradientDescentØ›µñºƒ (Bupdate_bn4c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2c/beta, learning_rate, gradients/bn4c_branch2c/beta_grad_S221)HØ›µñºƒPÀ

RecvTensor¿œµñºƒ (:
"€ € B‹[4096B] edge_222_gradients/bn4c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¿œµñºƒß
/update_bn4c_branch2c/gamma/ApplyGradientDescentÜµñºƒ (B“update_bn4c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2c/gamma, learning_rate, gradients/bn4c_branch2c/gamma_grad_S222)HÜµñºƒPÆ

RecvTensorê¡µñºƒ ©µ(©µ:"€€@€€@B[1.0MB] edge_223_gradients/res4c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hê¡µñºƒé
1update_res4c_branch2c/kernel/ApplyGradientDescent“×¶ñºƒ ¯(¯B™update_res4c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4c_branch2c/kernel, learning_rate, gradients/res4c_branch2c/kernel_grad_S223)H“×¶ñºƒP½

RecvTensorü¡µñºƒ t(t:
"€€BŠ[1024B] edge_224_gradients/bn4c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hü¡µñºƒÛ
.update_bn4c_branch2b/beta/ApplyGradientDescentğ¢µñºƒ (Bupdate_bn4c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2b/beta, learning_rate, gradients/bn4c_branch2b/beta_grad_S224)Hğ¢µñºƒP¾

RecvTensorÅ¢µñºƒ }(}:
"€€B‹[1024B] edge_225_gradients/bn4c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÅ¢µñºƒß
/update_bn4c_branch2b/gamma/ApplyGradientDescentÂ£µñºƒ (B“update_bn4c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2b/gamma, learning_rate, gradients/bn4c_branch2b/gamma_grad_S225)HÂ£µñºƒPÈ

RecvTensor‚®µñºƒ ÔÍ(ÔÍ:"
€€€€B[2.2MB] edge_226_gradients/res4c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‚®µñºƒé
1update_res4c_branch2b/kernel/ApplyGradientDescentÖû·ñºƒ ³(³B™update_res4c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4c_branch2b/kernel, learning_rate, gradients/res4c_branch2b/kernel_grad_S226)HÖû·ñºƒP½

RecvTensor“®µñºƒ k(k:
"€€BŠ[1024B] edge_227_gradients/bn4c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H“®µñºƒÛ
.update_bn4c_branch2a/beta/ApplyGradientDescentş®µñºƒ (Bupdate_bn4c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2a/beta, learning_rate, gradients/bn4c_branch2a/beta_grad_S227)Hş®µñºƒPÀ

RecvTensorÜ®µñºƒ ‚(‚:
"€€B‹[1024B] edge_228_gradients/bn4c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÜ®µñºƒß
/update_bn4c_branch2a/gamma/ApplyGradientDescentŞ¯µñºƒ (B“update_bn4c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2a/gamma, learning_rate, gradients/bn4c_branch2a/gamma_grad_S228)HŞ¯µñºƒPÆ

RecvTensor€´µñºƒ Ëº(Ëº:"€€@€€@B[1.0MB] edge_229_gradients/res4c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H€´µñºƒé
1update_res4c_branch2a/kernel/ApplyGradientDescentÎî¶ñºƒ ¸(¸B™update_res4c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4c_branch2a/kernel, learning_rate, gradients/res4c_branch2a/kernel_grad_S229)HÎî¶ñºƒP¿

RecvTensor®´µñºƒ ¦(¦:
"€ € BŠ[4096B] edge_230_gradients/bn4b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H®´µñºƒÛ
.update_bn4b_branch2c/beta/ApplyGradientDescentÔµµñºƒ (Bupdate_bn4b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2c/beta, learning_rate, gradients/bn4b_branch2c/beta_grad_S230)HÔµµñºƒPÀ

RecvTensor¾¶µñºƒ ¿(¿:
"€ € B‹[4096B] edge_231_gradients/bn4b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¾¶µñºƒß
/update_bn4b_branch2c/gamma/ApplyGradientDescentı·µñºƒ (B“update_bn4b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2c/gamma, learning_rate, gradients/bn4b_branch2c/gamma_grad_S231)Hı·µñºƒPÆ

RecvTensor¾»µñºƒ ¼»(¼»:"€€@€€@B[1.0MB] edge_232_gradients/res4b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¾»µñºƒé
1update_res4b_branch2c/kernel/ApplyGradientDescentç÷¶ñºƒ º(ºB™update_res4b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4b_branch2c/kernel, learning_rate, gradients/res4b_branch2c/kernel_grad_S232)Hç÷¶ñºƒP½

RecvTensorĞ»µñºƒ u(u:
"€€BŠ[1024B] edge_233_gradients/bn4b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HĞ»µñºƒÛ
.update_bn4b_branch2b/beta/ApplyGradientDescentÅ¼µñºƒ (Bupdate_bn4b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2b/beta, learning_rate, gradients/bn4b_branch2b/beta_grad_S233)HÅ¼µñºƒP¾

RecvTensor™¼µñºƒ |(|:
"€€B‹[1024B] edge_234_gradients/bn4b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H™¼µñºƒß
/update_bn4b_branch2b/gamma/ApplyGradientDescent•½µñºƒ (B“update_bn4b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2b/gamma, learning_rate, gradients/bn4b_branch2b/gamma_grad_S234)H•½µñºƒPÈ

RecvTensoréÇµñºƒ Ç¾(Ç¾:"
€€€€B[2.2MB] edge_235_gradients/res4b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HéÇµñºƒé
1update_res4b_branch2b/kernel/ApplyGradientDescentÀˆ¸ñºƒ ™(™B™update_res4b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4b_branch2b/kernel, learning_rate, gradients/res4b_branch2b/kernel_grad_S235)HÀˆ¸ñºƒP½

RecvTensorúÇµñºƒ ~(~:
"€€BŠ[1024B] edge_236_gradients/bn4b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HúÇµñºƒÛ
.update_bn4b_branch2a/beta/ApplyGradientDescentøÈµñºƒ (Bupdate_bn4b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2a/beta, learning_rate, gradients/bn4b_branch2a/beta_grad_S236)HøÈµñºƒPÀ

RecvTensorÅÈµñºƒ ‚(‚:
"€€B‹[1024B] edge_237_gradients/bn4b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÅÈµñºƒß
/update_bn4b_branch2a/gamma/ApplyGradientDescentÇÉµñºƒ (B“update_bn4b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2a/gamma, learning_rate, gradients/bn4b_branch2a/gamma_grad_S237)HÇÉµñºƒPÆ

RecvTensorâÍµñºƒ ´»(´»:"€€@€€@B[1.0MB] edge_238_gradients/res4b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HâÍµñºƒé
1update_res4b_branch2a/kernel/ApplyGradientDescent–‰·ñºƒ ²(²B™update_res4b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4b_branch2a/kernel, learning_rate, gradients/res4b_branch2a/kernel_grad_S238)H–‰·ñºƒP¾

RecvTensorÎµñºƒ Í(Í:
"€ € B‰[4096B] edge_239_gradients/bn4a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÎµñºƒ×
-update_bn4a_branch1/beta/ApplyGradientDescentÛÏµñºƒ (Bupdate_bn4a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch1/beta, learning_rate, gradients/bn4a_branch1/beta_grad_S239)HÛÏµñºƒP¿

RecvTensor«Ïµñºƒ º(º:
"€ € BŠ[4096B] edge_240_gradients/bn4a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H«ÏµñºƒÛ
.update_bn4a_branch1/gamma/ApplyGradientDescentåĞµñºƒ (Bupdate_bn4a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch1/gamma, learning_rate, gradients/bn4a_branch1/gamma_grad_S240)HåĞµñºƒPÇ

RecvTensorÓÙµñºƒ ›£(›£:"
€€€€€€BŒ[2.0MB] edge_241_gradients/res4a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÓÙµñºƒå
0update_res4a_branch1/kernel/ApplyGradientDescent‰ÿ·ñºƒ Î(ÎB–update_res4a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch1/kernel, learning_rate, gradients/res4a_branch1/kernel_grad_S241)H‰ÿ·ñºƒP¿

RecvTensorÿÙµñºƒ È(È:
"€ € BŠ[4096B] edge_242_gradients/bn4a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÿÙµñºƒÛ
.update_bn4a_branch2c/beta/ApplyGradientDescentÇÛµñºƒ (Bupdate_bn4a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2c/beta, learning_rate, gradients/bn4a_branch2c/beta_grad_S242)HÇÛµñºƒPÀ

RecvTensorÜµñºƒ È(È:
"€ € B‹[4096B] edge_243_gradients/bn4a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÜµñºƒß
/update_bn4a_branch2c/gamma/ApplyGradientDescentÖİµñºƒ (B“update_bn4a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2c/gamma, learning_rate, gradients/bn4a_branch2c/gamma_grad_S243)HÖİµñºƒPÆ

RecvTensor³áµñºƒ –¹(–¹:"€€@€€@B[1.0MB] edge_244_gradients/res4a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H³áµñºƒé
1update_res4a_branch2c/kernel/ApplyGradientDescentÉš·ñºƒ ²(²B™update_res4a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch2c/kernel, learning_rate, gradients/res4a_branch2c/kernel_grad_S244)HÉš·ñºƒP½

RecvTensorÄáµñºƒ s(s:
"€€BŠ[1024B] edge_245_gradients/bn4a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÄáµñºƒÛ
.update_bn4a_branch2b/beta/ApplyGradientDescent·âµñºƒ (Bupdate_bn4a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2b/beta, learning_rate, gradients/bn4a_branch2b/beta_grad_S245)H·âµñºƒPÀ

RecvTensorŠâµñºƒ (:
"€€B‹[1024B] edge_246_gradients/bn4a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŠâµñºƒß
/update_bn4a_branch2b/gamma/ApplyGradientDescent—ãµñºƒ (B“update_bn4a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2b/gamma, learning_rate, gradients/bn4a_branch2b/gamma_grad_S246)H—ãµñºƒPÈ

RecvTensor˜îµñºƒ Ë¢(Ë¢:"
€€€€B[2.2MB] edge_247_gradients/res4a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H˜îµñºƒé
1update_res4a_branch2b/kernel/ApplyGradientDescentã¸ñºƒ ‘(‘B™update_res4a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch2b/kernel, learning_rate, gradients/res4a_branch2b/kernel_grad_S247)Hã¸ñºƒP½

RecvTensorÅîµñºƒ y(y:
"€€BŠ[1024B] edge_248_gradients/bn4a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÅîµñºƒÛ
.update_bn4a_branch2a/beta/ApplyGradientDescent¾ïµñºƒ (Bupdate_bn4a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2a/beta, learning_rate, gradients/bn4a_branch2a/beta_grad_S248)H¾ïµñºƒP¾

RecvTensorÒğµñºƒ t(t:
"€€B‹[1024B] edge_249_gradients/bn4a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÒğµñºƒß
/update_bn4a_branch2a/gamma/ApplyGradientDescentÆñµñºƒ (B“update_bn4a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2a/gamma, learning_rate, gradients/bn4a_branch2a/gamma_grad_S249)HÆñµñºƒPÄ

RecvTensor…ûµñºƒ ‚b(‚b:"€€ €€ B[0.5MB] edge_250_gradients/res4a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H…ûµñºƒç
1update_res4a_branch2a/kernel/ApplyGradientDescent‡İ¶ñºƒ ^(^B™update_res4a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch2a/kernel, learning_rate, gradients/res4a_branch2a/kernel_grad_S250)H‡İ¶ñºƒP¿

RecvTensorÕûµñºƒ —(—:
"€€BŠ[2048B] edge_251_gradients/bn3d_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÕûµñºƒÛ
.update_bn3d_branch2c/beta/ApplyGradientDescentÕ‚¶ñºƒ (Bupdate_bn3d_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2c/beta, learning_rate, gradients/bn3d_branch2c/beta_grad_S251)HÕ‚¶ñºƒPÀ

RecvTensoråÿµñºƒ „(„:
"€€B‹[2048B] edge_252_gradients/bn3d_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Håÿµñºƒß
/update_bn3d_branch2c/gamma/ApplyGradientDescent¢„¶ñºƒ (B“update_bn3d_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2c/gamma, learning_rate, gradients/bn3d_branch2c/gamma_grad_S252)H¢„¶ñºƒPÄ

RecvTensorù„¶ñºƒ ©1(©1:"€€€€B[0.2MB] edge_253_gradients/res3d_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hù„¶ñºƒç
1update_res3d_branch2c/kernel/ApplyGradientDescent¢¶¶ñºƒ 4(4B™update_res3d_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3d_branch2c/kernel, learning_rate, gradients/res3d_branch2c/kernel_grad_S253)H¢¶¶ñºƒP¾

RecvTensor”…¶ñºƒ …(…:
"€€B‰[512B] edge_254_gradients/bn3d_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H”…¶ñºƒÛ
.update_bn3d_branch2b/beta/ApplyGradientDescent™†¶ñºƒ (Bupdate_bn3d_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2b/beta, learning_rate, gradients/bn3d_branch2b/beta_grad_S254)H™†¶ñºƒP½

RecvTensor£†¶ñºƒ p(p:
"€€BŠ[512B] edge_255_gradients/bn3d_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H£†¶ñºƒß
/update_bn3d_branch2b/gamma/ApplyGradientDescent“‡¶ñºƒ (B“update_bn3d_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2b/gamma, learning_rate, gradients/bn3d_branch2b/gamma_grad_S255)H“‡¶ñºƒPÄ

RecvTensorÃ’¶ñºƒ ïl(ïl:"€€$€€$B[0.6MB] edge_256_gradients/res3d_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÃ’¶ñºƒç
1update_res3d_branch2b/kernel/ApplyGradientDescent²ÿ¶ñºƒ b(bB™update_res3d_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3d_branch2b/kernel, learning_rate, gradients/res3d_branch2b/kernel_grad_S256)H²ÿ¶ñºƒP¼

RecvTensorß’¶ñºƒ r(r:
"€€B‰[512B] edge_257_gradients/bn3d_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hß’¶ñºƒÛ
.update_bn3d_branch2a/beta/ApplyGradientDescentÑ“¶ñºƒ (Bupdate_bn3d_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2a/beta, learning_rate, gradients/bn3d_branch2a/beta_grad_S257)HÑ“¶ñºƒP½

RecvTensoré“¶ñºƒ n(n:
"€€BŠ[512B] edge_258_gradients/bn3d_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hé“¶ñºƒß
/update_bn3d_branch2a/gamma/ApplyGradientDescent×”¶ñºƒ (B“update_bn3d_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2a/gamma, learning_rate, gradients/bn3d_branch2a/gamma_grad_S258)H×”¶ñºƒPÄ

RecvTensor§™¶ñºƒ Ó2(Ó2:"€€€€B[0.2MB] edge_259_gradients/res3d_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H§™¶ñºƒç
1update_res3d_branch2a/kernel/ApplyGradientDescentúË¶ñºƒ 0(0B™update_res3d_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3d_branch2a/kernel, learning_rate, gradients/res3d_branch2a/kernel_grad_S259)HúË¶ñºƒP¿

RecvTensorû™¶ñºƒ (:
"€€BŠ[2048B] edge_260_gradients/bn3c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hû™¶ñºƒÛ
.update_bn3c_branch2c/beta/ApplyGradientDescent™›¶ñºƒ (Bupdate_bn3c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2c/beta, learning_rate, gradients/bn3c_branch2c/beta_grad_S260)H™›¶ñºƒPÀ

RecvTensorŠ¶ñºƒ ˜(˜:
"€€B‹[2048B] edge_261_gradients/bn3c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŠ¶ñºƒß
/update_bn3c_branch2c/gamma/ApplyGradientDescent¢Ÿ¶ñºƒ (B“update_bn3c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2c/gamma, learning_rate, gradients/bn3c_branch2c/gamma_grad_S261)H¢Ÿ¶ñºƒPÄ

RecvTensor¨£¶ñºƒ È2(È2:"€€€€B[0.2MB] edge_262_gradients/res3c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¨£¶ñºƒç
1update_res3c_branch2c/kernel/ApplyGradientDescentğÕ¶ñºƒ /(/B™update_res3c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3c_branch2c/kernel, learning_rate, gradients/res3c_branch2c/kernel_grad_S262)HğÕ¶ñºƒP¾

RecvTensorÃ£¶ñºƒ (:
"€€B‰[512B] edge_263_gradients/bn3c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÃ£¶ñºƒÛ
.update_bn3c_branch2b/beta/ApplyGradientDescentÄ¤¶ñºƒ (Bupdate_bn3c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2b/beta, learning_rate, gradients/bn3c_branch2b/beta_grad_S263)HÄ¤¶ñºƒP½

RecvTensorÍ¤¶ñºƒ n(n:
"€€BŠ[512B] edge_264_gradients/bn3c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÍ¤¶ñºƒß
/update_bn3c_branch2b/gamma/ApplyGradientDescent»¥¶ñºƒ (B“update_bn3c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2b/gamma, learning_rate, gradients/bn3c_branch2b/gamma_grad_S264)H»¥¶ñºƒPÄ

RecvTensorú°¶ñºƒ ƒg(ƒg:"€€$€€$B[0.6MB] edge_265_gradients/res3c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hú°¶ñºƒç
1update_res3c_branch2b/kernel/ApplyGradientDescentı—·ñºƒ g(gB™update_res3c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3c_branch2b/kernel, learning_rate, gradients/res3c_branch2b/kernel_grad_S265)Hı—·ñºƒP¼

RecvTensor•±¶ñºƒ z(z:
"€€B‰[512B] edge_266_gradients/bn3c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H•±¶ñºƒÛ
.update_bn3c_branch2a/beta/ApplyGradientDescent²¶ñºƒ (Bupdate_bn3c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2a/beta, learning_rate, gradients/bn3c_branch2a/beta_grad_S266)H²¶ñºƒP½

RecvTensorš²¶ñºƒ t(t:
"€€BŠ[512B] edge_267_gradients/bn3c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hš²¶ñºƒß
/update_bn3c_branch2a/gamma/ApplyGradientDescent³¶ñºƒ (B“update_bn3c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2a/gamma, learning_rate, gradients/bn3c_branch2a/gamma_grad_S267)H³¶ñºƒPÄ

RecvTensorİ·¶ñºƒ €2(€2:"€€€€B[0.2MB] edge_268_gradients/res3c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hİ·¶ñºƒç
1update_res3c_branch2a/kernel/ApplyGradientDescentİé¶ñºƒ /(/B™update_res3c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3c_branch2a/kernel, learning_rate, gradients/res3c_branch2a/kernel_grad_S268)Hİé¶ñºƒP¿

RecvTensor¯¸¶ñºƒ ¢(¢:
"€€BŠ[2048B] edge_269_gradients/bn3b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¯¸¶ñºƒÛ
.update_bn3b_branch2c/beta/ApplyGradientDescentÑ¹¶ñºƒ (Bupdate_bn3b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2c/beta, learning_rate, gradients/bn3b_branch2c/beta_grad_S269)HÑ¹¶ñºƒPÀ

RecvTensor¿¼¶ñºƒ š(š:
"€€B‹[2048B] edge_270_gradients/bn3b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¿¼¶ñºƒß
/update_bn3b_branch2c/gamma/ApplyGradientDescentÙ½¶ñºƒ (B“update_bn3b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2c/gamma, learning_rate, gradients/bn3b_branch2c/gamma_grad_S270)HÙ½¶ñºƒPÄ

RecvTensor×Á¶ñºƒ œ1(œ1:"€€€€B[0.2MB] edge_271_gradients/res3b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H×Á¶ñºƒç
1update_res3b_branch2c/kernel/ApplyGradientDescentóò¶ñºƒ .(.B™update_res3b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3b_branch2c/kernel, learning_rate, gradients/res3b_branch2c/kernel_grad_S271)Hóò¶ñºƒP¼

RecvTensoròÁ¶ñºƒ |(|:
"€€B‰[512B] edge_272_gradients/bn3b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HòÁ¶ñºƒÛ
.update_bn3b_branch2b/beta/ApplyGradientDescentîÂ¶ñºƒ (Bupdate_bn3b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2b/beta, learning_rate, gradients/bn3b_branch2b/beta_grad_S272)HîÂ¶ñºƒP½

RecvTensoròÂ¶ñºƒ p(p:
"€€BŠ[512B] edge_273_gradients/bn3b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HòÂ¶ñºƒß
/update_bn3b_branch2b/gamma/ApplyGradientDescentâÃ¶ñºƒ (B“update_bn3b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2b/gamma, learning_rate, gradients/bn3b_branch2b/gamma_grad_S273)HâÃ¶ñºƒPÄ

RecvTensorĞÎ¶ñºƒ Ü](Ü]:"€€$€€$B[0.6MB] edge_274_gradients/res3b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HĞÎ¶ñºƒç
1update_res3b_branch2b/kernel/ApplyGradientDescent¬¬·ñºƒ ^(^B™update_res3b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3b_branch2b/kernel, learning_rate, gradients/res3b_branch2b/kernel_grad_S274)H¬¬·ñºƒP¼

RecvTensorëÎ¶ñºƒ w(w:
"€€B‰[512B] edge_275_gradients/bn3b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HëÎ¶ñºƒÛ
.update_bn3b_branch2a/beta/ApplyGradientDescentâÏ¶ñºƒ (Bupdate_bn3b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2a/beta, learning_rate, gradients/bn3b_branch2a/beta_grad_S275)HâÏ¶ñºƒP½

RecvTensorûÏ¶ñºƒ d(d:
"€€BŠ[512B] edge_276_gradients/bn3b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HûÏ¶ñºƒß
/update_bn3b_branch2a/gamma/ApplyGradientDescentßĞ¶ñºƒ (B“update_bn3b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2a/gamma, learning_rate, gradients/bn3b_branch2a/gamma_grad_S276)HßĞ¶ñºƒPÄ

RecvTensor²Õ¶ñºƒ .(.:"€€€€B[0.2MB] edge_277_gradients/res3b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H²Õ¶ñºƒç
1update_res3b_branch2a/kernel/ApplyGradientDescentÁƒ·ñºƒ 4(4B™update_res3b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3b_branch2a/kernel, learning_rate, gradients/res3b_branch2a/kernel_grad_S277)HÁƒ·ñºƒP¾

RecvTensorƒÖ¶ñºƒ (:
"€€B‰[2048B] edge_278_gradients/bn3a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HƒÖ¶ñºƒ×
-update_bn3a_branch1/beta/ApplyGradientDescentÂØ¶ñºƒ (Bupdate_bn3a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch1/beta, learning_rate, gradients/bn3a_branch1/beta_grad_S278)HÂØ¶ñºƒP¿

RecvTensor¸Ø¶ñºƒ •(•:
"€€BŠ[2048B] edge_279_gradients/bn3a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¸Ø¶ñºƒÛ
.update_bn3a_branch1/gamma/ApplyGradientDescentÍÙ¶ñºƒ (Bupdate_bn3a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch1/gamma, learning_rate, gradients/bn3a_branch1/gamma_grad_S279)HÍÙ¶ñºƒPÃ

RecvTensorƒã¶ñºƒ ›O(›O:"€€ €€ BŒ[0.5MB] edge_280_gradients/res3a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hƒã¶ñºƒã
0update_res3a_branch1/kernel/ApplyGradientDescent²·ñºƒ X(XB–update_res3a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch1/kernel, learning_rate, gradients/res3a_branch1/kernel_grad_S280)H²·ñºƒP¿

RecvTensorÙã¶ñºƒ (:
"€€BŠ[2048B] edge_281_gradients/bn3a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÙã¶ñºƒÛ
.update_bn3a_branch2c/beta/ApplyGradientDescentéä¶ñºƒ (Bupdate_bn3a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2c/beta, learning_rate, gradients/bn3a_branch2c/beta_grad_S281)Héä¶ñºƒPÀ

RecvTensorè¶ñºƒ ¤(¤:
"€€B‹[2048B] edge_282_gradients/bn3a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hè¶ñºƒß
/update_bn3a_branch2c/gamma/ApplyGradientDescent³é¶ñºƒ (B“update_bn3a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2c/gamma, learning_rate, gradients/bn3a_branch2c/gamma_grad_S282)H³é¶ñºƒPÄ

RecvTensorÄí¶ñºƒ ÿ)(ÿ):"€€€€B[0.2MB] edge_283_gradients/res3a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÄí¶ñºƒç
1update_res3a_branch2c/kernel/ApplyGradientDescentÃ—·ñºƒ -(-B™update_res3a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch2c/kernel, learning_rate, gradients/res3a_branch2c/kernel_grad_S283)HÃ—·ñºƒP¼

RecvTensorßí¶ñºƒ i(i:
"€€B‰[512B] edge_284_gradients/bn3a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hßí¶ñºƒÛ
.update_bn3a_branch2b/beta/ApplyGradientDescentÈî¶ñºƒ (Bupdate_bn3a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2b/beta, learning_rate, gradients/bn3a_branch2b/beta_grad_S284)HÈî¶ñºƒP½

RecvTensorîî¶ñºƒ d(d:
"€€BŠ[512B] edge_285_gradients/bn3a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hîî¶ñºƒß
/update_bn3a_branch2b/gamma/ApplyGradientDescent†ğ¶ñºƒ (B“update_bn3a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2b/gamma, learning_rate, gradients/bn3a_branch2b/gamma_grad_S285)H†ğ¶ñºƒPÄ

RecvTensor•ú¶ñºƒ µN(µN:"€€$€€$B[0.6MB] edge_286_gradients/res3a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H•ú¶ñºƒç
1update_res3a_branch2b/kernel/ApplyGradientDescentİÊ·ñºƒ i(iB™update_res3a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch2b/kernel, learning_rate, gradients/res3a_branch2b/kernel_grad_S286)HİÊ·ñºƒP¾

RecvTensoréú¶ñºƒ €(€:
"€€B‰[512B] edge_287_gradients/bn3a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Héú¶ñºƒÛ
.update_bn3a_branch2a/beta/ApplyGradientDescentéû¶ñºƒ (Bupdate_bn3a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2a/beta, learning_rate, gradients/bn3a_branch2a/beta_grad_S287)Héû¶ñºƒP½

RecvTensorêş¶ñºƒ x(x:
"€€BŠ[512B] edge_288_gradients/bn3a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hêş¶ñºƒß
/update_bn3a_branch2a/gamma/ApplyGradientDescent”€·ñºƒ (B“update_bn3a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2a/gamma, learning_rate, gradients/bn3a_branch2a/gamma_grad_S288)H”€·ñºƒPÄ

RecvTensoròˆ·ñºƒ –(–:"€€€€B[0.1MB] edge_289_gradients/res3a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hòˆ·ñºƒç
1update_res3a_branch2a/kernel/ApplyGradientDescentˆ·ñºƒ (B™update_res3a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch2a/kernel, learning_rate, gradients/res3a_branch2a/kernel_grad_S289)Hˆ·ñºƒP¿

RecvTensorŠ·ñºƒ ƒ(ƒ:
"€€BŠ[1024B] edge_290_gradients/bn2c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŠ·ñºƒÛ
.update_bn2c_branch2c/beta/ApplyGradientDescent“‹·ñºƒ (Bupdate_bn2c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2c/beta, learning_rate, gradients/bn2c_branch2c/beta_grad_S290)H“‹·ñºƒP¾

RecvTensorî‘·ñºƒ j(j:
"€€B‹[1024B] edge_291_gradients/bn2c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hî‘·ñºƒß
/update_bn2c_branch2c/gamma/ApplyGradientDescentØ’·ñºƒ (B“update_bn2c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2c/gamma, learning_rate, gradients/bn2c_branch2c/gamma_grad_S291)HØ’·ñºƒPÅ

RecvTensorœ—·ñºƒ Ø	(Ø	:"€€€€B[65536B] edge_292_gradients/res2c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hœ—·ñºƒç
1update_res2c_branch2c/kernel/ApplyGradientDescentô ·ñºƒ (B™update_res2c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res2c_branch2c/kernel, learning_rate, gradients/res2c_branch2c/kernel_grad_S292)Hô ·ñºƒP¼

RecvTensorÊ—·ñºƒ f(f:
"€€B‰[256B] edge_293_gradients/bn2c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÊ—·ñºƒÛ
.update_bn2c_branch2b/beta/ApplyGradientDescentä˜·ñºƒ (Bupdate_bn2c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2b/beta, learning_rate, gradients/bn2c_branch2b/beta_grad_S293)Hä˜·ñºƒP½

RecvTensorÑ™·ñºƒ o(o:
"€€BŠ[256B] edge_294_gradients/bn2c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÑ™·ñºƒß
/update_bn2c_branch2b/gamma/ApplyGradientDescentÀš·ñºƒ (B“update_bn2c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2b/gamma, learning_rate, gradients/bn2c_branch2b/gamma_grad_S294)HÀš·ñºƒPÄ

RecvTensorÒ¥·ñºƒ Ä(Ä:"€€	€€	B[0.1MB] edge_295_gradients/res2c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÒ¥·ñºƒç
1update_res2c_branch2b/kernel/ApplyGradientDescent–¹·ñºƒ  ( B™update_res2c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res2c_branch2b/kernel, learning_rate, gradients/res2c_branch2b/kernel_grad_S295)H–¹·ñºƒP¼

RecvTensorı¥·ñºƒ U(U:
"€€B‰[256B] edge_296_gradients/bn2c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hı¥·ñºƒÛ
.update_bn2c_branch2a/beta/ApplyGradientDescentÒ¦·ñºƒ (Bupdate_bn2c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2a/beta, learning_rate, gradients/bn2c_branch2a/beta_grad_S296)HÒ¦·ñºƒP½

RecvTensor…¨·ñºƒ d(d:
"€€BŠ[256B] edge_297_gradients/bn2c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H…¨·ñºƒß
/update_bn2c_branch2a/gamma/ApplyGradientDescenté¨·ñºƒ (B“update_bn2c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2a/gamma, learning_rate, gradients/bn2c_branch2a/gamma_grad_S297)Hé¨·ñºƒPÅ

RecvTensorÁ­·ñºƒ 	(	:"€€€€B[65536B] edge_298_gradients/res2c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÁ­·ñºƒç
1update_res2c_branch2a/kernel/ApplyGradientDescentĞ¶·ñºƒ (B™update_res2c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res2c_branch2a/kernel, learning_rate, gradients/res2c_branch2a/kernel_grad_S298)HĞ¶·ñºƒP½

RecvTensorã®·ñºƒ h(h:
"€€BŠ[1024B] edge_299_gradients/bn2b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hã®·ñºƒÛ
.update_bn2b_branch2c/beta/ApplyGradientDescentË¯·ñºƒ (Bupdate_bn2b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2c/beta, learning_rate, gradients/bn2b_branch2c/beta_grad_S299)HË¯·ñºƒP¾

RecvTensor··ñºƒ |(|:
"€€B‹[1024B] edge_300_gradients/bn2b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H··ñºƒß
/update_bn2b_branch2c/gamma/ApplyGradientDescentŒ¸·ñºƒ (B“update_bn2b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2c/gamma, learning_rate, gradients/bn2b_branch2c/gamma_grad_S300)HŒ¸·ñºƒPÅ

RecvTensor°¼·ñºƒ „(„:"€€€€B[65536B] edge_301_gradients/res2b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H°¼·ñºƒç
1update_res2b_branch2c/kernel/ApplyGradientDescent´Ä·ñºƒ (B™update_res2b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res2b_branch2c/kernel, learning_rate, gradients/res2b_branch2c/kernel_grad_S301)H´Ä·ñºƒP¼

RecvTensorİ¼·ñºƒ n(n:
"€€B‰[256B] edge_302_gradients/bn2b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hİ¼·ñºƒÛ
.update_bn2b_branch2b/beta/ApplyGradientDescentË½·ñºƒ (Bupdate_bn2b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2b/beta, learning_rate, gradients/bn2b_branch2b/beta_grad_S302)HË½·ñºƒP½

RecvTensorä¾·ñºƒ ^(^:
"€€BŠ[256B] edge_303_gradients/bn2b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hä¾·ñºƒß
/update_bn2b_branch2b/gamma/ApplyGradientDescentêÀ·ñºƒ (B“update_bn2b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2b/gamma, learning_rate, gradients/bn2b_branch2b/gamma_grad_S303)HêÀ·ñºƒPÄ

RecvTensorÂÊ·ñºƒ Û(Û:"€€	€€	B[0.1MB] edge_304_gradients/res2b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÂÊ·ñºƒç
1update_res2b_branch2b/kernel/ApplyGradientDescentÚ·ñºƒ (B™update_res2b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res2b_branch2b/kernel, learning_rate, gradients/res2b_branch2b/kernel_grad_S304)HÚ·ñºƒP¼

RecvTensorïÊ·ñºƒ q(q:
"€€B‰[256B] edge_305_gradients/bn2b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HïÊ·ñºƒÛ
.update_bn2b_branch2a/beta/ApplyGradientDescentàË·ñºƒ (Bupdate_bn2b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2a/beta, learning_rate, gradients/bn2b_branch2a/beta_grad_S305)HàË·ñºƒP½

RecvTensorıÌ·ñºƒ [([:
"€€BŠ[256B] edge_306_gradients/bn2b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HıÌ·ñºƒß
/update_bn2b_branch2a/gamma/ApplyGradientDescentØÍ·ñºƒ (B“update_bn2b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2a/gamma, learning_rate, gradients/bn2b_branch2a/gamma_grad_S306)HØÍ·ñºƒPÅ

RecvTensor—Ò·ñºƒ à(à:"€€€€B[65536B] edge_307_gradients/res2b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H—Ò·ñºƒç
1update_res2b_branch2a/kernel/ApplyGradientDescent÷Ù·ñºƒ (B™update_res2b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res2b_branch2a/kernel, learning_rate, gradients/res2b_branch2a/kernel_grad_S307)H÷Ù·ñºƒP¼

RecvTensor¸Ó·ñºƒ v(v:
"€€B‰[1024B] edge_308_gradients/bn2a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¸Ó·ñºƒ×
-update_bn2a_branch1/beta/ApplyGradientDescent®Ô·ñºƒ (Bupdate_bn2a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch1/beta, learning_rate, gradients/bn2a_branch1/beta_grad_S308)H®Ô·ñºƒP½

RecvTensor¯Ø·ñºƒ `(`:
"€€BŠ[1024B] edge_309_gradients/bn2a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¯Ø·ñºƒÛ
.update_bn2a_branch1/gamma/ApplyGradientDescentÙ·ñºƒ (Bupdate_bn2a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch1/gamma, learning_rate, gradients/bn2a_branch1/gamma_grad_S309)HÙ·ñºƒPÄ

RecvTensorÏİ·ñºƒ ¯(¯:"€€€€B[65536B] edge_310_gradients/res2a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÏİ·ñºƒã
0update_res2a_branch1/kernel/ApplyGradientDescentşã·ñºƒ (B–update_res2a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch1/kernel, learning_rate, gradients/res2a_branch1/kernel_grad_S310)Hşã·ñºƒP½

RecvTensoríŞ·ñºƒ m(m:
"€€BŠ[1024B] edge_311_gradients/bn2a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HíŞ·ñºƒÛ
.update_bn2a_branch2c/beta/ApplyGradientDescent¼ã·ñºƒ (Bupdate_bn2a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2c/beta, learning_rate, gradients/bn2a_branch2c/beta_grad_S311)H¼ã·ñºƒP¾

RecvTensorèæ·ñºƒ `(`:
"€€B‹[1024B] edge_312_gradients/bn2a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hèæ·ñºƒß
/update_bn2a_branch2c/gamma/ApplyGradientDescentÈç·ñºƒ (B“update_bn2a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2c/gamma, learning_rate, gradients/bn2a_branch2c/gamma_grad_S312)HÈç·ñºƒPÅ

RecvTensorì·ñºƒ ƒ(ƒ:"€€€€B[65536B] edge_313_gradients/res2a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hì·ñºƒç
1update_res2a_branch2c/kernel/ApplyGradientDescent’ò·ñºƒ (B™update_res2a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch2c/kernel, learning_rate, gradients/res2a_branch2c/kernel_grad_S313)H’ò·ñºƒP¼

RecvTensor¼ì·ñºƒ S(S:
"€€B‰[256B] edge_314_gradients/bn2a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¼ì·ñºƒÛ
.update_bn2a_branch2b/beta/ApplyGradientDescentí·ñºƒ (Bupdate_bn2a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2b/beta, learning_rate, gradients/bn2a_branch2b/beta_grad_S314)Hí·ñºƒP½

RecvTensor¿î·ñºƒ k(k:
"€€BŠ[256B] edge_315_gradients/bn2a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¿î·ñºƒß
/update_bn2a_branch2b/gamma/ApplyGradientDescent§ğ·ñºƒ (B“update_bn2a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2b/gamma, learning_rate, gradients/bn2a_branch2b/gamma_grad_S315)H§ğ·ñºƒPÄ

RecvTensoršú·ñºƒ »
(»
:"€€	€€	B[0.1MB] edge_316_gradients/res2a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hšú·ñºƒç
1update_res2a_branch2b/kernel/ApplyGradientDescent£ˆ¸ñºƒ (B™update_res2a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch2b/kernel, learning_rate, gradients/res2a_branch2b/kernel_grad_S316)H£ˆ¸ñºƒP¼

RecvTensorÇú·ñºƒ b(b:
"€€B‰[256B] edge_317_gradients/bn2a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÇú·ñºƒÛ
.update_bn2a_branch2a/beta/ApplyGradientDescent©û·ñºƒ (Bupdate_bn2a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2a/beta, learning_rate, gradients/bn2a_branch2a/beta_grad_S317)H©û·ñºƒP½

RecvTensorÔü·ñºƒ m(m:
"€€BŠ[256B] edge_318_gradients/bn2a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÔü·ñºƒß
/update_bn2a_branch2a/gamma/ApplyGradientDescent×¸ñºƒ (B“update_bn2a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2a/gamma, learning_rate, gradients/bn2a_branch2a/gamma_grad_S318)H×¸ñºƒPÅ

RecvTensorúı·ñºƒ ø(ø:"€€€€B[16384B] edge_319_gradients/res2a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Húı·ñºƒç
1update_res2a_branch2a/kernel/ApplyGradientDescentÜ¸ñºƒ (B™update_res2a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch2a/kernel, learning_rate, gradients/res2a_branch2a/kernel_grad_S319)HÜ¸ñºƒP·

RecvTensor’ÿ·ñºƒ {({:
"€€B„[256B] edge_320_gradients/bn_conv1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H’ÿ·ñºƒÇ
)update_bn_conv1/beta/ApplyGradientDescentä¸ñºƒ (Bupdate_bn_conv1/beta/ApplyGradientDescent = ApplyGradientDescent(bn_conv1/beta, learning_rate, gradients/bn_conv1/beta_grad_S320)Hä¸ñºƒP¸

RecvTensorŠ¸ñºƒ q(q:
"€€B…[256B] edge_321_gradients/bn_conv1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŠ¸ñºƒË
*update_bn_conv1/gamma/ApplyGradientDescentÙ‹¸ñºƒ (B„update_bn_conv1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn_conv1/gamma, learning_rate, gradients/bn_conv1/gamma_grad_S321)HÙ‹¸ñºƒP¼

RecvTensor…¸ñºƒ ½(½:"€¦€¦B…[37632B] edge_322_gradients/conv1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H…¸ñºƒÂ
(update_conv1/kernel/ApplyGradientDescentô“¸ñºƒ 
(
B~update_conv1/kernel/ApplyGradientDescent = ApplyGradientDescent(conv1/kernel, learning_rate, gradients/conv1/kernel_grad_S322)Hô“¸ñºƒP