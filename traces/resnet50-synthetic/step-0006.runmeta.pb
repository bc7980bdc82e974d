
‡

Îé
)/job:worker/replica:0/task:0/device:CPU:0¯

RecvTensor•›Ïñºƒ (:"€¦€¦By[37632B] edge_1_conv1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H•›Ïñºƒ«

RecvTensor˜›Ïñºƒ q(q:
"€€By[256B] edge_2_bn_conv1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H˜›Ïñºƒª

RecvTensor››Ïñºƒ ^(^:
"€€Bx[256B] edge_3_bn_conv1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H››Ïñºƒ¹

RecvTensor›Ïñºƒ û(û:"€€€€B‚[16384B] edge_4_res2a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H›Ïñºƒ°

RecvTensor¡›Ïñºƒ c(c:
"€€B~[256B] edge_5_bn2a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¡›Ïñºƒ¯

RecvTensor¤›Ïñºƒ e(e:
"€€B}[256B] edge_6_bn2a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¤›Ïñºƒ¸

RecvTensor§›Ïñºƒ ,(,:"€€	€€	B[0.1MB] edge_7_res2a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H§›Ïñºƒ°

RecvTensorª›Ïñºƒ f(f:
"€€B~[256B] edge_8_bn2a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hª›Ïñºƒ¯

RecvTensor­›Ïñºƒ {({:
"€€B}[256B] edge_9_bn2a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H­›Ïñºƒº

RecvTensor°›Ïñºƒ ‡(‡:"€€€€Bƒ[65536B] edge_10_res2a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H°›Ïñºƒ³

RecvTensor³›Ïñºƒ y(y:
"€€B€[1024B] edge_11_bn2a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H³›Ïñºƒ±

RecvTensor¶›Ïñºƒ [([:
"€€B[1024B] edge_12_bn2a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¶›Ïñºƒ¹

RecvTensor¹›Ïñºƒ ¸(¸:"€€€€B‚[65536B] edge_13_res2a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¹›Ïñºƒ±

RecvTensor¼›Ïñºƒ v(v:
"€€B[1024B] edge_14_bn2a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¼›Ïñºƒ°

RecvTensorÀ›Ïñºƒ ](]:
"€€B~[1024B] edge_15_bn2a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÀ›Ïñºƒº

RecvTensorÂ›Ïñºƒ Õ(Õ:"€€€€Bƒ[65536B] edge_16_res2b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÂ›Ïñºƒ±

RecvTensorÅ›Ïñºƒ l(l:
"€€B[256B] edge_17_bn2b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÅ›Ïñºƒ°

RecvTensorÉ›Ïñºƒ g(g:
"€€B~[256B] edge_18_bn2b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÉ›Ïñºƒ¹

RecvTensorÌ›Ïñºƒ î-(î-:"€€	€€	B‚[0.1MB] edge_19_res2b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÌ›Ïñºƒ±

RecvTensorÏ›Ïñºƒ ](]:
"€€B[256B] edge_20_bn2b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÏ›Ïñºƒ°

RecvTensorÑ›Ïñºƒ m(m:
"€€B~[256B] edge_21_bn2b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÑ›Ïñºƒº

RecvTensorÔ›Ïñºƒ å(å:"€€€€Bƒ[65536B] edge_22_res2b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÔ›Ïñºƒ³

RecvTensor×›Ïñºƒ }(}:
"€€B€[1024B] edge_23_bn2b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H×›Ïñºƒ±

RecvTensorÚ›Ïñºƒ ](]:
"€€B[1024B] edge_24_bn2b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÚ›Ïñºƒº

RecvTensorİ›Ïñºƒ £(£:"€€€€Bƒ[65536B] edge_25_res2c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hİ›Ïñºƒ±

RecvTensorà›Ïñºƒ j(j:
"€€B[256B] edge_26_bn2c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hà›Ïñºƒ°

RecvTensorâ›Ïñºƒ ^(^:
"€€B~[256B] edge_27_bn2c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hâ›Ïñºƒ¹

RecvTensorå›Ïñºƒ å.(å.:"€€	€€	B‚[0.1MB] edge_28_res2c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hå›Ïñºƒ±

RecvTensorè›Ïñºƒ q(q:
"€€B[256B] edge_29_bn2c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hè›Ïñºƒ°

RecvTensorë›Ïñºƒ i(i:
"€€B~[256B] edge_30_bn2c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hë›Ïñºƒº

RecvTensorï›Ïñºƒ (:"€€€€Bƒ[65536B] edge_31_res2c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hï›Ïñºƒ³

RecvTensorò›Ïñºƒ d(d:
"€€B€[1024B] edge_32_bn2c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hò›Ïñºƒ±

RecvTensorõ›Ïñºƒ `(`:
"€€B[1024B] edge_33_bn2c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hõ›Ïñºƒ¹

RecvTensor÷›Ïñºƒ •*(•*:"€€€€B‚[0.1MB] edge_34_res3a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H÷›Ïñºƒ±

RecvTensorú›Ïñºƒ s(s:
"€€B[512B] edge_35_bn3a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hú›Ïñºƒ°

RecvTensorı›Ïñºƒ (:
"€€B~[512B] edge_36_bn3a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hı›Ïñºƒ»

RecvTensor€œÏñºƒ —›(—›:"€€$€€$B‚[0.6MB] edge_37_res3a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H€œÏñºƒ±

RecvTensorƒœÏñºƒ u(u:
"€€B[512B] edge_38_bn3a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HƒœÏñºƒ°

RecvTensor†œÏñºƒ q(q:
"€€B~[512B] edge_39_bn3a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H†œÏñºƒ¹

RecvTensorŠœÏñºƒ ÖO(ÖO:"€€€€B‚[0.2MB] edge_40_res3a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŠœÏñºƒµ

RecvTensorœÏñºƒ (:
"€€B€[2048B] edge_41_bn3a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HœÏñºƒ³

RecvTensorœÏñºƒ (:
"€€B[2048B] edge_42_bn3a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HœÏñºƒº

RecvTensor“œÏñºƒ —(—:"€€ €€ B[0.5MB] edge_43_res3a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H“œÏñºƒ³

RecvTensor–œÏñºƒ ‰(‰:
"€€B[2048B] edge_44_bn3a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H–œÏñºƒ°

RecvTensor™œÏñºƒ z(z:
"€€B~[2048B] edge_45_bn3a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H™œÏñºƒ¹

RecvTensorœœÏñºƒ şO(şO:"€€€€B‚[0.2MB] edge_46_res3b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HœœÏñºƒ±

RecvTensorŸœÏñºƒ ](]:
"€€B[512B] edge_47_bn3b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŸœÏñºƒ°

RecvTensor¡œÏñºƒ k(k:
"€€B~[512B] edge_48_bn3b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¡œÏñºƒ»

RecvTensor¤œÏñºƒ Ö›(Ö›:"€€$€€$B‚[0.6MB] edge_49_res3b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¤œÏñºƒ±

RecvTensor§œÏñºƒ {({:
"€€B[512B] edge_50_bn3b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H§œÏñºƒ°

RecvTensorªœÏñºƒ h(h:
"€€B~[512B] edge_51_bn3b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HªœÏñºƒ¹

RecvTensor­œÏñºƒ ôO(ôO:"€€€€B‚[0.2MB] edge_52_res3b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H­œÏñºƒµ

RecvTensor±œÏñºƒ ‡(‡:
"€€B€[2048B] edge_53_bn3b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H±œÏñºƒ³

RecvTensor´œÏñºƒ ›(›:
"€€B[2048B] edge_54_bn3b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H´œÏñºƒ¹

RecvTensor·œÏñºƒ ÿO(ÿO:"€€€€B‚[0.2MB] edge_55_res3c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H·œÏñºƒ±

RecvTensorºœÏñºƒ r(r:
"€€B[512B] edge_56_bn3c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HºœÏñºƒ°

RecvTensor½œÏñºƒ k(k:
"€€B~[512B] edge_57_bn3c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H½œÏñºƒ»

RecvTensorÀœÏñºƒ ƒœ(ƒœ:"€€$€€$B‚[0.6MB] edge_58_res3c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÀœÏñºƒ±

RecvTensorÃœÏñºƒ X(X:
"€€B[512B] edge_59_bn3c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÃœÏñºƒ°

RecvTensorÆœÏñºƒ }(}:
"€€B~[512B] edge_60_bn3c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÆœÏñºƒ¹

RecvTensorÈœÏñºƒ ‘P(‘P:"€€€€B‚[0.2MB] edge_61_res3c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÈœÏñºƒµ

RecvTensorËœÏñºƒ ˆ(ˆ:
"€€B€[2048B] edge_62_bn3c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HËœÏñºƒ³

RecvTensorÎœÏñºƒ “(“:
"€€B[2048B] edge_63_bn3c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÎœÏñºƒ¹

RecvTensorÑœÏñºƒ ®P(®P:"€€€€B‚[0.2MB] edge_64_res3d_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÑœÏñºƒ±

RecvTensorÔœÏñºƒ |(|:
"€€B[512B] edge_65_bn3d_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÔœÏñºƒ°

RecvTensor×œÏñºƒ d(d:
"€€B~[512B] edge_66_bn3d_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H×œÏñºƒ»

RecvTensorÚœÏñºƒ Ù›(Ù›:"€€$€€$B‚[0.6MB] edge_67_res3d_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÚœÏñºƒ±

RecvTensorİœÏñºƒ m(m:
"€€B[512B] edge_68_bn3d_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HİœÏñºƒ°

RecvTensoràœÏñºƒ i(i:
"€€B~[512B] edge_69_bn3d_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HàœÏñºƒ¹

RecvTensorãœÏñºƒ ¬P(¬P:"€€€€B‚[0.2MB] edge_70_res3d_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HãœÏñºƒµ

RecvTensoræœÏñºƒ (:
"€€B€[2048B] edge_71_bn3d_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HæœÏñºƒ³

RecvTensoréœÏñºƒ ¨(¨:
"€€B[2048B] edge_72_bn3d_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HéœÏñºƒ»

RecvTensorìœÏñºƒ À(À:"€€ €€ B‚[0.5MB] edge_73_res4a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HìœÏñºƒ³

RecvTensorïœÏñºƒ s(s:
"€€B€[1024B] edge_74_bn4a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HïœÏñºƒ±

RecvTensoròœÏñºƒ z(z:
"€€B[1024B] edge_75_bn4a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HòœÏñºƒ½

RecvTensorõœÏñºƒ ø(ø:"
€€€€B‚[2.2MB] edge_76_res4a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HõœÏñºƒ³

RecvTensorøœÏñºƒ o(o:
"€€B€[1024B] edge_77_bn4a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HøœÏñºƒ³

RecvTensorûœÏñºƒ „(„:
"€€B[1024B] edge_78_bn4a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HûœÏñºƒ»

RecvTensorşœÏñºƒ Øô(Øô:"€€@€€@B‚[1.0MB] edge_79_res4a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HşœÏñºƒµ

RecvTensorÏñºƒ ‡(‡:
"€ € B€[4096B] edge_80_bn4a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÏñºƒ³

RecvTensor„Ïñºƒ (:
"€ € B[4096B] edge_81_bn4a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H„Ïñºƒ¼

RecvTensor‡Ïñºƒ îò(îò:"
€€€€€€B[2.0MB] edge_82_res4a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‡Ïñºƒ³

RecvTensorŠÏñºƒ €(€:
"€ € B[4096B] edge_83_bn4a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŠÏñºƒ²

RecvTensorÏñºƒ Œ(Œ:
"€ € B~[4096B] edge_84_bn4a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÏñºƒ»

RecvTensorÏñºƒ Íô(Íô:"€€@€€@B‚[1.0MB] edge_85_res4b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÏñºƒµ

RecvTensor“Ïñºƒ ˆ(ˆ:
"€€B€[1024B] edge_86_bn4b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H“Ïñºƒ³

RecvTensor–Ïñºƒ “(“:
"€€B[1024B] edge_87_bn4b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H–Ïñºƒ½

RecvTensor™Ïñºƒ ã(ã:"
€€€€B‚[2.2MB] edge_88_res4b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H™Ïñºƒµ

RecvTensorœÏñºƒ ‹(‹:
"€€B€[1024B] edge_89_bn4b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HœÏñºƒ±

RecvTensorŸÏñºƒ q(q:
"€€B[1024B] edge_90_bn4b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŸÏñºƒ»

RecvTensor¢Ïñºƒ Òô(Òô:"€€@€€@B‚[1.0MB] edge_91_res4b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¢Ïñºƒµ

RecvTensor¥Ïñºƒ š(š:
"€ € B€[4096B] edge_92_bn4b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¥Ïñºƒ³

RecvTensor¨Ïñºƒ •(•:
"€ € B[4096B] edge_93_bn4b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¨Ïñºƒ»

RecvTensor«Ïñºƒ Øô(Øô:"€€@€€@B‚[1.0MB] edge_94_res4c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H«Ïñºƒµ

RecvTensor®Ïñºƒ ‘(‘:
"€€B€[1024B] edge_95_bn4c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H®Ïñºƒ±

RecvTensor±Ïñºƒ ~(~:
"€€B[1024B] edge_96_bn4c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H±Ïñºƒ½

RecvTensor³Ïñºƒ Ô(Ô:"
€€€€B‚[2.2MB] edge_97_res4c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H³Ïñºƒµ

RecvTensor¶Ïñºƒ “(“:
"€€B€[1024B] edge_98_bn4c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¶Ïñºƒ³

RecvTensor¹Ïñºƒ ”(”:
"€€B[1024B] edge_99_bn4c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¹Ïñºƒ¼

RecvTensor¼Ïñºƒ Éô(Éô:"€€@€€@Bƒ[1.0MB] edge_100_res4c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¼Ïñºƒ¶

RecvTensor¿Ïñºƒ °(°:
"€ € B[4096B] edge_101_bn4c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¿Ïñºƒµ

RecvTensorÃÏñºƒ ³(³:
"€ € B€[4096B] edge_102_bn4c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÃÏñºƒ¼

RecvTensorÆÏñºƒ ¾ô(¾ô:"€€@€€@Bƒ[1.0MB] edge_103_res4d_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÆÏñºƒ¶

RecvTensorÉÏñºƒ Œ(Œ:
"€€B[1024B] edge_104_bn4d_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÉÏñºƒµ

RecvTensorËÏñºƒ ¡(¡:
"€€B€[1024B] edge_105_bn4d_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HËÏñºƒ¾

RecvTensorÏÏñºƒ ¸(¸:"
€€€€Bƒ[2.2MB] edge_106_res4d_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÏÏñºƒ¶

RecvTensorÑÏñºƒ ‹(‹:
"€€B[1024B] edge_107_bn4d_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÑÏñºƒµ

RecvTensorÔÏñºƒ (:
"€€B€[1024B] edge_108_bn4d_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÔÏñºƒ¼

RecvTensor×Ïñºƒ µô(µô:"€€@€€@Bƒ[1.0MB] edge_109_res4d_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H×Ïñºƒ¶

RecvTensorÚÏñºƒ Ô(Ô:
"€ € B[4096B] edge_110_bn4d_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÚÏñºƒµ

RecvTensorŞÏñºƒ Ï(Ï:
"€ € B€[4096B] edge_111_bn4d_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŞÏñºƒ¼

RecvTensoráÏñºƒ ·ô(·ô:"€€@€€@Bƒ[1.0MB] edge_112_res4e_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HáÏñºƒ¶

RecvTensorãÏñºƒ ›(›:
"€€B[1024B] edge_113_bn4e_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HãÏñºƒµ

RecvTensorçÏñºƒ ¤(¤:
"€€B€[1024B] edge_114_bn4e_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HçÏñºƒ¾

RecvTensorêÏñºƒ ©(©:"
€€€€Bƒ[2.2MB] edge_115_res4e_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HêÏñºƒ¶

RecvTensoríÏñºƒ œ(œ:
"€€B[1024B] edge_116_bn4e_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HíÏñºƒµ

RecvTensorğÏñºƒ ›(›:
"€€B€[1024B] edge_117_bn4e_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HğÏñºƒ¼

RecvTensoróÏñºƒ ©ô(©ô:"€€@€€@Bƒ[1.0MB] edge_118_res4e_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HóÏñºƒ¶

RecvTensoröÏñºƒ è(è:
"€ € B[4096B] edge_119_bn4e_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HöÏñºƒµ

RecvTensorùÏñºƒ ë(ë:
"€ € B€[4096B] edge_120_bn4e_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HùÏñºƒ¼

RecvTensorüÏñºƒ ¥ô(¥ô:"€€@€€@Bƒ[1.0MB] edge_121_res4f_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HüÏñºƒ´

RecvTensorÿÏñºƒ (:
"€€B[1024B] edge_122_bn4f_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÿÏñºƒµ

RecvTensorƒÏñºƒ ¡(¡:
"€€B€[1024B] edge_123_bn4f_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HƒÏñºƒ¾

RecvTensor†Ïñºƒ ”(”:"
€€€€Bƒ[2.2MB] edge_124_res4f_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H†Ïñºƒ¶

RecvTensorˆÏñºƒ ¡(¡:
"€€B[1024B] edge_125_bn4f_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HˆÏñºƒµ

RecvTensor‹Ïñºƒ –(–:
"€€B€[1024B] edge_126_bn4f_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‹Ïñºƒ¼

RecvTensorÏñºƒ –ô(–ô:"€€@€€@Bƒ[1.0MB] edge_127_res4f_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÏñºƒ¶

RecvTensor‘Ïñºƒ ç(ç:
"€ € B[4096B] edge_128_bn4f_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‘Ïñºƒµ

RecvTensor•Ïñºƒ è(è:
"€ € B€[4096B] edge_129_bn4f_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H•Ïñºƒ¾

RecvTensor˜Ïñºƒ ò(ò:"
€€€€€€Bƒ[2.0MB] edge_130_res5a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H˜Ïñºƒ¶

RecvTensor›Ïñºƒ Ø(Ø:
"€€B[2048B] edge_131_bn5a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H›Ïñºƒµ

RecvTensorÏñºƒ Ø(Ø:
"€€B€[2048B] edge_132_bn5a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÏñºƒ¾

RecvTensor¡Ïñºƒ ¨(¨:"
€€À€€ÀBƒ[9.0MB] edge_133_res5a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¡Ïñºƒ¶

RecvTensor¤Ïñºƒ Ú(Ú:
"€€B[2048B] edge_134_bn5a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¤Ïñºƒµ

RecvTensor§Ïñºƒ ×(×:
"€€B€[2048B] edge_135_bn5a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H§Ïñºƒ¾

RecvTensorªÏñºƒ ¶ˆ(¶ˆ:"
€€€€€€Bƒ[4.0MB] edge_136_res5a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HªÏñºƒ¶

RecvTensor­Ïñºƒ ¢(¢:
"€@€@B[8192B] edge_137_bn5a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H­Ïñºƒµ

RecvTensor°Ïñºƒ ¤(¤:
"€@€@B€[8192B] edge_138_bn5a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H°Ïñºƒ½

RecvTensor³Ïñºƒ “(“:"
€€€€€€B‚[8.0MB] edge_139_res5a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H³Ïñºƒµ

RecvTensor¶Ïñºƒ µ(µ:
"€@€@B€[8192B] edge_140_bn5a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¶Ïñºƒ³

RecvTensor¹Ïñºƒ µ(µ:
"€@€@B[8192B] edge_141_bn5a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¹Ïñºƒ¾

RecvTensor¼Ïñºƒ §ˆ(§ˆ:"
€€€€€€Bƒ[4.0MB] edge_142_res5b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¼Ïñºƒ¶

RecvTensor¿Ïñºƒ Ğ(Ğ:
"€€B[2048B] edge_143_bn5b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¿Ïñºƒµ

RecvTensorÂÏñºƒ æ(æ:
"€€B€[2048B] edge_144_bn5b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÂÏñºƒ¾

RecvTensorÅÏñºƒ ú§(ú§:"
€€À€€ÀBƒ[9.0MB] edge_145_res5b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÅÏñºƒ¶

RecvTensorÇÏñºƒ é(é:
"€€B[2048B] edge_146_bn5b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÇÏñºƒµ

RecvTensorÊÏñºƒ è(è:
"€€B€[2048B] edge_147_bn5b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÊÏñºƒ¾

RecvTensorÍÏñºƒ ˜ˆ(˜ˆ:"
€€€€€€Bƒ[4.0MB] edge_148_res5b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÍÏñºƒ¶

RecvTensorĞÏñºƒ œ(œ:
"€@€@B[8192B] edge_149_bn5b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HĞÏñºƒµ

RecvTensorÓÏñºƒ ¨(¨:
"€@€@B€[8192B] edge_150_bn5b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÓÏñºƒ¾

RecvTensorÖÏñºƒ ‘ˆ(‘ˆ:"
€€€€€€Bƒ[4.0MB] edge_151_res5c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÖÏñºƒ¶

RecvTensorÙÏñºƒ â(â:
"€€B[2048B] edge_152_bn5c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÙÏñºƒµ

RecvTensorÜÏñºƒ æ(æ:
"€€B€[2048B] edge_153_bn5c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÜÏñºƒ¾

RecvTensorßÏñºƒ à§(à§:"
€€À€€ÀBƒ[9.0MB] edge_154_res5c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HßÏñºƒ¶

RecvTensorâÏñºƒ Û(Û:
"€€B[2048B] edge_155_bn5c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HâÏñºƒµ

RecvTensoråÏñºƒ æ(æ:
"€€B€[2048B] edge_156_bn5c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HåÏñºƒ¾

RecvTensorèÏñºƒ ÿ‡(ÿ‡:"
€€€€€€Bƒ[4.0MB] edge_157_res5c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HèÏñºƒ¶

RecvTensorëÏñºƒ (:
"€@€@B[8192B] edge_158_bn5c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HëÏñºƒµ

RecvTensorîÏñºƒ ¡(¡:
"€@€@B€[8192B] edge_159_bn5c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HîÏñºƒµ

RecvTensorñÏñºƒ ±(±:"
€€ô€€ôB{[7.8MB] edge_160_fc1000/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HñÏñºƒ­

RecvTensorôÏñºƒ Ï(Ï:
"  By[4000B] edge_161_fc1000/bias/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HôÏñºƒ\
conv1/Conv2D¢Ïñºƒ ü(üB2conv1/Conv2D = Conv2D(input, conv1/kernel/read_S1)H¢ÏñºƒP 
bn_conv1/FusedBatchNormV3£Ïñºƒ º(ºBibn_conv1/FusedBatchNormV3 = FusedBatchNormV3(conv1/Conv2D, bn_conv1/gamma/read_S2, bn_conv1/beta/read_S3)H£ÏñºƒP^
conv1_relu/ReluØ¦Ïñºƒ ¯(¯B1conv1_relu/Relu = Relu(bn_conv1/FusedBatchNormV3)HØ¦ÏñºƒPS
pool1/MaxPool‡©Ïñºƒ È(ÈB(pool1/MaxPool = MaxPool(conv1_relu/Relu)H‡©ÏñºƒP}
res2a_branch2a/Conv2DÏªÏñºƒ `(`BLres2a_branch2a/Conv2D = Conv2D(pool1/MaxPool, res2a_branch2a/kernel/read_S4)HÏªÏñºƒP¼
bn2a_branch2a/FusedBatchNormV3¯«Ïñºƒ y(yBbn2a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch2a/Conv2D, bn2a_branch2a/gamma/read_S5, bn2a_branch2a/beta/read_S6)H¯«ÏñºƒPs
res2a_branch2a_relu/Relu¨¬Ïñºƒ S(SB?res2a_branch2a_relu/Relu = Relu(bn2a_branch2a/FusedBatchNormV3)H¨¬ÏñºƒPŠ
res2a_branch2b/Conv2D´ÇÏñºƒ İ(İBWres2a_branch2b/Conv2D = Conv2D(res2a_branch2a_relu/Relu, res2a_branch2b/kernel/read_S7)H´ÇÏñºƒP¼
bn2a_branch2b/FusedBatchNormV3‘ÍÏñºƒ v(vBbn2a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch2b/Conv2D, bn2a_branch2b/gamma/read_S8, bn2a_branch2b/beta/read_S9)H‘ÍÏñºƒPs
res2a_branch2b_relu/Relu‡ÎÏñºƒ O(OB?res2a_branch2b_relu/Relu = Relu(bn2a_branch2b/FusedBatchNormV3)H‡ÎÏñºƒP‹
res2a_branch2c/Conv2DÖÎÏñºƒ ë(ëBXres2a_branch2c/Conv2D = Conv2D(res2a_branch2b_relu/Relu, res2a_branch2c/kernel/read_S10)HÖÎÏñºƒPÀ
bn2a_branch2c/FusedBatchNormV3ÁÑÏñºƒ Æ(ÆBƒbn2a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch2c/Conv2D, bn2a_branch2c/gamma/read_S11, bn2a_branch2c/beta/read_S12)HÁÑÏñºƒP}
res2a_branch1/Conv2D‡ÕÏñºƒ ×(×BKres2a_branch1/Conv2D = Conv2D(pool1/MaxPool, res2a_branch1/kernel/read_S13)H‡ÕÏñºƒPº
bn2a_branch1/FusedBatchNormV3Ş×Ïñºƒ È(ÈBbn2a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch1/Conv2D, bn2a_branch1/gamma/read_S14, bn2a_branch1/beta/read_S15)HŞ×ÏñºƒPw
	res2a/add¦ÛÏñºƒ Ë(ËBPres2a/add = AddV2(bn2a_branch2c/FusedBatchNormV3, bn2a_branch1/FusedBatchNormV3)H¦ÛÏñºƒPN
res2a_relu/ReluñŞÏñºƒ ²(²B!res2a_relu/Relu = Relu(res2a/add)HñŞÏñºƒP‚
res2b_branch2a/Conv2D£áÏñºƒ Ê(ÊBOres2b_branch2a/Conv2D = Conv2D(res2a_relu/Relu, res2b_branch2a/kernel/read_S16)H£áÏñºƒP¾
bn2b_branch2a/FusedBatchNormV3íãÏñºƒ y(yBƒbn2b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res2b_branch2a/Conv2D, bn2b_branch2a/gamma/read_S17, bn2b_branch2a/beta/read_S18)HíãÏñºƒPs
res2b_branch2a_relu/ReluæäÏñºƒ V(VB?res2b_branch2a_relu/Relu = Relu(bn2b_branch2a/FusedBatchNormV3)HæäÏñºƒP‹
res2b_branch2b/Conv2D¼åÏñºƒ å(åBXres2b_branch2b/Conv2D = Conv2D(res2b_branch2a_relu/Relu, res2b_branch2b/kernel/read_S19)H¼åÏñºƒP¾
bn2b_branch2b/FusedBatchNormV3¡ëÏñºƒ z(zBƒbn2b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res2b_branch2b/Conv2D, bn2b_branch2b/gamma/read_S20, bn2b_branch2b/beta/read_S21)H¡ëÏñºƒPs
res2b_branch2b_relu/Relu›ìÏñºƒ R(RB?res2b_branch2b_relu/Relu = Relu(bn2b_branch2b/FusedBatchNormV3)H›ìÏñºƒP‹
res2b_branch2c/Conv2DíìÏñºƒ Ü(ÜBXres2b_branch2c/Conv2D = Conv2D(res2b_branch2b_relu/Relu, res2b_branch2c/kernel/read_S22)HíìÏñºƒPÀ
bn2b_branch2c/FusedBatchNormV3ÉïÏñºƒ Å(ÅBƒbn2b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res2b_branch2c/Conv2D, bn2b_branch2c/gamma/read_S23, bn2b_branch2c/beta/read_S24)HÉïÏñºƒPi
	res2b/addóÏñºƒ Ë(ËBBres2b/add = AddV2(bn2b_branch2c/FusedBatchNormV3, res2a_relu/Relu)HóÏñºƒPN
res2b_relu/ReluÙöÏñºƒ ¯(¯B!res2b_relu/Relu = Relu(res2b/add)HÙöÏñºƒP‚
res2c_branch2a/Conv2DˆùÏñºƒ Ì(ÌBOres2c_branch2a/Conv2D = Conv2D(res2b_relu/Relu, res2c_branch2a/kernel/read_S25)HˆùÏñºƒP¾
bn2c_branch2a/FusedBatchNormV3ÔûÏñºƒ u(uBƒbn2c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res2c_branch2a/Conv2D, bn2c_branch2a/gamma/read_S26, bn2c_branch2a/beta/read_S27)HÔûÏñºƒPs
res2c_branch2a_relu/ReluÉüÏñºƒ U(UB?res2c_branch2a_relu/Relu = Relu(bn2c_branch2a/FusedBatchNormV3)HÉüÏñºƒP‹
res2c_branch2b/Conv2DıÏñºƒ î(îBXres2c_branch2b/Conv2D = Conv2D(res2c_branch2a_relu/Relu, res2c_branch2b/kernel/read_S28)HıÏñºƒP¾
bn2c_branch2b/FusedBatchNormV3ŒƒĞñºƒ y(yBƒbn2c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res2c_branch2b/Conv2D, bn2c_branch2b/gamma/read_S29, bn2c_branch2b/beta/read_S30)HŒƒĞñºƒPs
res2c_branch2b_relu/Relu…„Ğñºƒ T(TB?res2c_branch2b_relu/Relu = Relu(bn2c_branch2b/FusedBatchNormV3)H…„ĞñºƒP‹
res2c_branch2c/Conv2DÙ„Ğñºƒ ï(ïBXres2c_branch2c/Conv2D = Conv2D(res2c_branch2b_relu/Relu, res2c_branch2c/kernel/read_S31)HÙ„ĞñºƒPÀ
bn2c_branch2c/FusedBatchNormV3È‡Ğñºƒ ¾(¾Bƒbn2c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res2c_branch2c/Conv2D, bn2c_branch2c/gamma/read_S32, bn2c_branch2c/beta/read_S33)HÈ‡ĞñºƒPi
	res2c/add†‹Ğñºƒ Ö(ÖBBres2c/add = AddV2(bn2c_branch2c/FusedBatchNormV3, res2b_relu/Relu)H†‹ĞñºƒPN
res2c_relu/ReluÜĞñºƒ ¿(¿B!res2c_relu/Relu = Relu(res2c/add)HÜĞñºƒP‚
res3a_branch2a/Conv2D›‘Ğñºƒ »(»BOres3a_branch2a/Conv2D = Conv2D(res2c_relu/Relu, res3a_branch2a/kernel/read_S34)H›‘ĞñºƒPÀ
bn3a_branch2a/FusedBatchNormV3Ö–Ğñºƒ Ş(ŞBƒbn3a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch2a/Conv2D, bn3a_branch2a/gamma/read_S35, bn3a_branch2a/beta/read_S36)HÖ–ĞñºƒPu
res3a_branch2a_relu/Relu´˜Ğñºƒ (B?res3a_branch2a_relu/Relu = Relu(bn3a_branch2a/FusedBatchNormV3)H´˜ĞñºƒP‹
res3a_branch2b/Conv2D—·Ğñºƒ “(“BXres3a_branch2b/Conv2D = Conv2D(res3a_branch2a_relu/Relu, res3a_branch2b/kernel/read_S37)H—·ĞñºƒP¾
bn3a_branch2b/FusedBatchNormV3ª½Ğñºƒ E(EBƒbn3a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch2b/Conv2D, bn3a_branch2b/gamma/read_S38, bn3a_branch2b/beta/read_S39)Hª½ĞñºƒPs
res3a_branch2b_relu/Reluï½Ğñºƒ -(-B?res3a_branch2b_relu/Relu = Relu(bn3a_branch2b/FusedBatchNormV3)Hï½ĞñºƒP‹
res3a_branch2c/Conv2Dœ¾Ğñºƒ Ô(ÔBXres3a_branch2c/Conv2D = Conv2D(res3a_branch2b_relu/Relu, res3a_branch2c/kernel/read_S40)Hœ¾ĞñºƒPÀ
bn3a_branch2c/FusedBatchNormV3ğÀĞñºƒ è(èBƒbn3a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch2c/Conv2D, bn3a_branch2c/gamma/read_S41, bn3a_branch2c/beta/read_S42)HğÀĞñºƒP
res3a_branch1/Conv2DØÂĞñºƒ µ(µBMres3a_branch1/Conv2D = Conv2D(res2c_relu/Relu, res3a_branch1/kernel/read_S43)HØÂĞñºƒPº
bn3a_branch1/FusedBatchNormV3ÈĞñºƒ é(éBbn3a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch1/Conv2D, bn3a_branch1/gamma/read_S44, bn3a_branch1/beta/read_S45)HÈĞñºƒPw
	res3a/addöÉĞñºƒ â(âBPres3a/add = AddV2(bn3a_branch2c/FusedBatchNormV3, bn3a_branch1/FusedBatchNormV3)HöÉĞñºƒPN
res3a_relu/ReluØËĞñºƒ ¢(¢B!res3a_relu/Relu = Relu(res3a/add)HØËĞñºƒP‚
res3b_branch2a/Conv2DúÌĞñºƒ ì(ìBOres3b_branch2a/Conv2D = Conv2D(res3a_relu/Relu, res3b_branch2a/kernel/read_S46)HúÌĞñºƒP¾
bn3b_branch2a/FusedBatchNormV3æÏĞñºƒ ?(?Bƒbn3b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3b_branch2a/Conv2D, bn3b_branch2a/gamma/read_S47, bn3b_branch2a/beta/read_S48)HæÏĞñºƒPs
res3b_branch2a_relu/Relu¥ĞĞñºƒ ,(,B?res3b_branch2a_relu/Relu = Relu(bn3b_branch2a/FusedBatchNormV3)H¥ĞĞñºƒP‹
res3b_branch2b/Conv2DÑĞĞñºƒ £(£BXres3b_branch2b/Conv2D = Conv2D(res3b_branch2a_relu/Relu, res3b_branch2b/kernel/read_S49)HÑĞĞñºƒP¾
bn3b_branch2b/FusedBatchNormV3ôÖĞñºƒ A(ABƒbn3b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3b_branch2b/Conv2D, bn3b_branch2b/gamma/read_S50, bn3b_branch2b/beta/read_S51)HôÖĞñºƒPs
res3b_branch2b_relu/Reluµ×Ğñºƒ .(.B?res3b_branch2b_relu/Relu = Relu(bn3b_branch2b/FusedBatchNormV3)Hµ×ĞñºƒP‹
res3b_branch2c/Conv2Dã×Ğñºƒ »(»BXres3b_branch2c/Conv2D = Conv2D(res3b_branch2b_relu/Relu, res3b_branch2c/kernel/read_S52)Hã×ĞñºƒPÀ
bn3b_branch2c/FusedBatchNormV3ÚĞñºƒ ğ(ğBƒbn3b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3b_branch2c/Conv2D, bn3b_branch2c/gamma/read_S53, bn3b_branch2c/beta/read_S54)HÚĞñºƒPi
	res3b/addÜĞñºƒ Û(ÛBBres3b/add = AddV2(bn3b_branch2c/FusedBatchNormV3, res3a_relu/Relu)HÜĞñºƒPN
res3b_relu/ReluéİĞñºƒ ¦(¦B!res3b_relu/Relu = Relu(res3b/add)HéİĞñºƒP‚
res3c_branch2a/Conv2DßĞñºƒ â(âBOres3c_branch2a/Conv2D = Conv2D(res3b_relu/Relu, res3c_branch2a/kernel/read_S55)HßĞñºƒP¾
bn3c_branch2a/FusedBatchNormV3ñáĞñºƒ B(BBƒbn3c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3c_branch2a/Conv2D, bn3c_branch2a/gamma/read_S56, bn3c_branch2a/beta/read_S57)HñáĞñºƒPs
res3c_branch2a_relu/Relu³âĞñºƒ /(/B?res3c_branch2a_relu/Relu = Relu(bn3c_branch2a/FusedBatchNormV3)H³âĞñºƒP‹
res3c_branch2b/Conv2DââĞñºƒ †(†BXres3c_branch2b/Conv2D = Conv2D(res3c_branch2a_relu/Relu, res3c_branch2b/kernel/read_S58)HââĞñºƒP¾
bn3c_branch2b/FusedBatchNormV3èèĞñºƒ @(@Bƒbn3c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3c_branch2b/Conv2D, bn3c_branch2b/gamma/read_S59, bn3c_branch2b/beta/read_S60)HèèĞñºƒPs
res3c_branch2b_relu/Relu¨éĞñºƒ .(.B?res3c_branch2b_relu/Relu = Relu(bn3c_branch2b/FusedBatchNormV3)H¨éĞñºƒP‹
res3c_branch2c/Conv2DÖéĞñºƒ Â(ÂBXres3c_branch2c/Conv2D = Conv2D(res3c_branch2b_relu/Relu, res3c_branch2c/kernel/read_S61)HÖéĞñºƒPÀ
bn3c_branch2c/FusedBatchNormV3˜ìĞñºƒ ä(äBƒbn3c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3c_branch2c/Conv2D, bn3c_branch2c/gamma/read_S62, bn3c_branch2c/beta/read_S63)H˜ìĞñºƒPi
	res3c/addüíĞñºƒ ê(êBBres3c/add = AddV2(bn3c_branch2c/FusedBatchNormV3, res3b_relu/Relu)HüíĞñºƒPN
res3c_relu/ReluæïĞñºƒ –(–B!res3c_relu/Relu = Relu(res3c/add)HæïĞñºƒP‚
res3d_branch2a/Conv2DüğĞñºƒ Ú(ÚBOres3d_branch2a/Conv2D = Conv2D(res3c_relu/Relu, res3d_branch2a/kernel/read_S64)HüğĞñºƒP¾
bn3d_branch2a/FusedBatchNormV3ÖóĞñºƒ C(CBƒbn3d_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3d_branch2a/Conv2D, bn3d_branch2a/gamma/read_S65, bn3d_branch2a/beta/read_S66)HÖóĞñºƒPs
res3d_branch2a_relu/Relu™ôĞñºƒ -(-B?res3d_branch2a_relu/Relu = Relu(bn3d_branch2a/FusedBatchNormV3)H™ôĞñºƒP‹
res3d_branch2b/Conv2DÆôĞñºƒ ü(üBXres3d_branch2b/Conv2D = Conv2D(res3d_branch2a_relu/Relu, res3d_branch2b/kernel/read_S67)HÆôĞñºƒP¾
bn3d_branch2b/FusedBatchNormV3ÂúĞñºƒ @(@Bƒbn3d_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3d_branch2b/Conv2D, bn3d_branch2b/gamma/read_S68, bn3d_branch2b/beta/read_S69)HÂúĞñºƒPs
res3d_branch2b_relu/Relu‚ûĞñºƒ -(-B?res3d_branch2b_relu/Relu = Relu(bn3d_branch2b/FusedBatchNormV3)H‚ûĞñºƒP‹
res3d_branch2c/Conv2D¯ûĞñºƒ ì(ìBXres3d_branch2c/Conv2D = Conv2D(res3d_branch2b_relu/Relu, res3d_branch2c/kernel/read_S70)H¯ûĞñºƒPÀ
bn3d_branch2c/FusedBatchNormV3›şĞñºƒ ä(äBƒbn3d_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3d_branch2c/Conv2D, bn3d_branch2c/gamma/read_S71, bn3d_branch2c/beta/read_S72)H›şĞñºƒPi
	res3d/addÿÿĞñºƒ ì(ìBBres3d/add = AddV2(bn3d_branch2c/FusedBatchNormV3, res3c_relu/Relu)HÿÿĞñºƒPN
res3d_relu/ReluëÑñºƒ ¤(¤B!res3d_relu/Relu = Relu(res3d/add)HëÑñºƒP‚
res4a_branch2a/Conv2DƒÑñºƒ ¶(¶BOres4a_branch2a/Conv2D = Conv2D(res3d_relu/Relu, res4a_branch2a/kernel/read_S73)HƒÑñºƒP¾
bn4a_branch2a/FusedBatchNormV3ÅˆÑñºƒ (Bƒbn4a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch2a/Conv2D, bn4a_branch2a/gamma/read_S74, bn4a_branch2a/beta/read_S75)HÅˆÑñºƒPs
res4a_branch2a_relu/ReluÄ‰Ññºƒ R(RB?res4a_branch2a_relu/Relu = Relu(bn4a_branch2a/FusedBatchNormV3)HÄ‰ÑñºƒP‹
res4a_branch2b/Conv2Dí«Òñºƒ ç(çBXres4a_branch2b/Conv2D = Conv2D(res4a_branch2a_relu/Relu, res4a_branch2b/kernel/read_S76)Hí«ÒñºƒP¾
bn4a_branch2b/FusedBatchNormV3Ô±Òñºƒ "("Bƒbn4a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch2b/Conv2D, bn4a_branch2b/gamma/read_S77, bn4a_branch2b/beta/read_S78)HÔ±ÒñºƒPs
res4a_branch2b_relu/Reluö±Òñºƒ (B?res4a_branch2b_relu/Relu = Relu(bn4a_branch2b/FusedBatchNormV3)Hö±ÒñºƒP‹
res4a_branch2c/Conv2D“²Òñºƒ Ó(ÓBXres4a_branch2c/Conv2D = Conv2D(res4a_branch2b_relu/Relu, res4a_branch2c/kernel/read_S79)H“²ÒñºƒP¾
bn4a_branch2c/FusedBatchNormV3æ´Òñºƒ z(zBƒbn4a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch2c/Conv2D, bn4a_branch2c/gamma/read_S80, bn4a_branch2c/beta/read_S81)Hæ´ÒñºƒP
res4a_branch1/Conv2DàµÒñºƒ ¼(¼BMres4a_branch1/Conv2D = Conv2D(res3d_relu/Relu, res4a_branch1/kernel/read_S82)HàµÒñºƒP¸
bn4a_branch1/FusedBatchNormV3œ»Òñºƒ {({Bbn4a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch1/Conv2D, bn4a_branch1/gamma/read_S83, bn4a_branch1/beta/read_S84)Hœ»ÒñºƒPu
	res4a/add—¼Òñºƒ t(tBPres4a/add = AddV2(bn4a_branch2c/FusedBatchNormV3, bn4a_branch1/FusedBatchNormV3)H—¼ÒñºƒPL
res4a_relu/Relu‹½Òñºƒ O(OB!res4a_relu/Relu = Relu(res4a/add)H‹½ÒñºƒP‚
res4b_branch2a/Conv2DÚ½Òñºƒ Ñ(ÑBOres4b_branch2a/Conv2D = Conv2D(res4a_relu/Relu, res4b_branch2a/kernel/read_S85)HÚ½ÒñºƒP¾
bn4b_branch2a/FusedBatchNormV3«ÀÒñºƒ &(&Bƒbn4b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4b_branch2a/Conv2D, bn4b_branch2a/gamma/read_S86, bn4b_branch2a/beta/read_S87)H«ÀÒñºƒPs
res4b_branch2a_relu/ReluÑÀÒñºƒ (B?res4b_branch2a_relu/Relu = Relu(bn4b_branch2a/FusedBatchNormV3)HÑÀÒñºƒP‹
res4b_branch2b/Conv2DëÀÒñºƒ ™(™BXres4b_branch2b/Conv2D = Conv2D(res4b_branch2a_relu/Relu, res4b_branch2b/kernel/read_S88)HëÀÒñºƒP¾
bn4b_branch2b/FusedBatchNormV3„ÇÒñºƒ (((Bƒbn4b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4b_branch2b/Conv2D, bn4b_branch2b/gamma/read_S89, bn4b_branch2b/beta/read_S90)H„ÇÒñºƒPs
res4b_branch2b_relu/Relu¬ÇÒñºƒ (B?res4b_branch2b_relu/Relu = Relu(bn4b_branch2b/FusedBatchNormV3)H¬ÇÒñºƒP‹
res4b_branch2c/Conv2DÇÇÒñºƒ Ô(ÔBXres4b_branch2c/Conv2D = Conv2D(res4b_branch2b_relu/Relu, res4b_branch2c/kernel/read_S91)HÇÇÒñºƒP¾
bn4b_branch2c/FusedBatchNormV3›ÊÒñºƒ w(wBƒbn4b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4b_branch2c/Conv2D, bn4b_branch2c/gamma/read_S92, bn4b_branch2c/beta/read_S93)H›ÊÒñºƒPg
	res4b/add’ËÒñºƒ z(zBBres4b/add = AddV2(bn4b_branch2c/FusedBatchNormV3, res4a_relu/Relu)H’ËÒñºƒPL
res4b_relu/ReluŒÌÒñºƒ Q(QB!res4b_relu/Relu = Relu(res4b/add)HŒÌÒñºƒP‚
res4c_branch2a/Conv2DİÌÒñºƒ İ(İBOres4c_branch2a/Conv2D = Conv2D(res4b_relu/Relu, res4c_branch2a/kernel/read_S94)HİÌÒñºƒP¾
bn4c_branch2a/FusedBatchNormV3ºÏÒñºƒ '('Bƒbn4c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4c_branch2a/Conv2D, bn4c_branch2a/gamma/read_S95, bn4c_branch2a/beta/read_S96)HºÏÒñºƒPs
res4c_branch2a_relu/ReluáÏÒñºƒ (B?res4c_branch2a_relu/Relu = Relu(bn4c_branch2a/FusedBatchNormV3)HáÏÒñºƒP‹
res4c_branch2b/Conv2DûÏÒñºƒ ë(ëBXres4c_branch2b/Conv2D = Conv2D(res4c_branch2a_relu/Relu, res4c_branch2b/kernel/read_S97)HûÏÒñºƒP¾
bn4c_branch2b/FusedBatchNormV3æÕÒñºƒ %(%Bƒbn4c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4c_branch2b/Conv2D, bn4c_branch2b/gamma/read_S98, bn4c_branch2b/beta/read_S99)HæÕÒñºƒPs
res4c_branch2b_relu/Relu‹ÖÒñºƒ (B?res4c_branch2b_relu/Relu = Relu(bn4c_branch2b/FusedBatchNormV3)H‹ÖÒñºƒPŒ
res4c_branch2c/Conv2D§ÖÒñºƒ â(âBYres4c_branch2c/Conv2D = Conv2D(res4c_branch2b_relu/Relu, res4c_branch2c/kernel/read_S100)H§ÖÒñºƒPÀ
bn4c_branch2c/FusedBatchNormV3‰ÙÒñºƒ x(xB…bn4c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4c_branch2c/Conv2D, bn4c_branch2c/gamma/read_S101, bn4c_branch2c/beta/read_S102)H‰ÙÒñºƒPg
	res4c/addÚÒñºƒ y(yBBres4c/add = AddV2(bn4c_branch2c/FusedBatchNormV3, res4b_relu/Relu)HÚÒñºƒPL
res4c_relu/ReluúÚÒñºƒ S(SB!res4c_relu/Relu = Relu(res4c/add)HúÚÒñºƒPƒ
res4d_branch2a/Conv2DÍÛÒñºƒ ß(ßBPres4d_branch2a/Conv2D = Conv2D(res4c_relu/Relu, res4d_branch2a/kernel/read_S103)HÍÛÒñºƒPÀ
bn4d_branch2a/FusedBatchNormV3¬ŞÒñºƒ %(%B…bn4d_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4d_branch2a/Conv2D, bn4d_branch2a/gamma/read_S104, bn4d_branch2a/beta/read_S105)H¬ŞÒñºƒPs
res4d_branch2a_relu/ReluÑŞÒñºƒ (B?res4d_branch2a_relu/Relu = Relu(bn4d_branch2a/FusedBatchNormV3)HÑŞÒñºƒPŒ
res4d_branch2b/Conv2DìŞÒñºƒ ‰(‰BYres4d_branch2b/Conv2D = Conv2D(res4d_branch2a_relu/Relu, res4d_branch2b/kernel/read_S106)HìŞÒñºƒPÀ
bn4d_branch2b/FusedBatchNormV3õäÒñºƒ %(%B…bn4d_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4d_branch2b/Conv2D, bn4d_branch2b/gamma/read_S107, bn4d_branch2b/beta/read_S108)HõäÒñºƒPs
res4d_branch2b_relu/RelušåÒñºƒ (B?res4d_branch2b_relu/Relu = Relu(bn4d_branch2b/FusedBatchNormV3)HšåÒñºƒPŒ
res4d_branch2c/Conv2D·åÒñºƒ Ú(ÚBYres4d_branch2c/Conv2D = Conv2D(res4d_branch2b_relu/Relu, res4d_branch2c/kernel/read_S109)H·åÒñºƒPÀ
bn4d_branch2c/FusedBatchNormV3‘èÒñºƒ }(}B…bn4d_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4d_branch2c/Conv2D, bn4d_branch2c/gamma/read_S110, bn4d_branch2c/beta/read_S111)H‘èÒñºƒPg
	res4d/addéÒñºƒ x(xBBres4d/add = AddV2(bn4d_branch2c/FusedBatchNormV3, res4c_relu/Relu)HéÒñºƒPL
res4d_relu/Relu†êÒñºƒ Q(QB!res4d_relu/Relu = Relu(res4d/add)H†êÒñºƒPƒ
res4e_branch2a/Conv2D×êÒñºƒ ×(×BPres4e_branch2a/Conv2D = Conv2D(res4d_relu/Relu, res4e_branch2a/kernel/read_S112)H×êÒñºƒPÀ
bn4e_branch2a/FusedBatchNormV3®íÒñºƒ $($B…bn4e_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4e_branch2a/Conv2D, bn4e_branch2a/gamma/read_S113, bn4e_branch2a/beta/read_S114)H®íÒñºƒPs
res4e_branch2a_relu/ReluÒíÒñºƒ (B?res4e_branch2a_relu/Relu = Relu(bn4e_branch2a/FusedBatchNormV3)HÒíÒñºƒPŒ
res4e_branch2b/Conv2DîíÒñºƒ ‹(‹BYres4e_branch2b/Conv2D = Conv2D(res4e_branch2a_relu/Relu, res4e_branch2b/kernel/read_S115)HîíÒñºƒPÀ
bn4e_branch2b/FusedBatchNormV3ùóÒñºƒ &(&B…bn4e_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4e_branch2b/Conv2D, bn4e_branch2b/gamma/read_S116, bn4e_branch2b/beta/read_S117)HùóÒñºƒPs
res4e_branch2b_relu/ReluŸôÒñºƒ (B?res4e_branch2b_relu/Relu = Relu(bn4e_branch2b/FusedBatchNormV3)HŸôÒñºƒPŒ
res4e_branch2c/Conv2D»ôÒñºƒ Ù(ÙBYres4e_branch2c/Conv2D = Conv2D(res4e_branch2b_relu/Relu, res4e_branch2c/kernel/read_S118)H»ôÒñºƒPÀ
bn4e_branch2c/FusedBatchNormV3”÷Òñºƒ }(}B…bn4e_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4e_branch2c/Conv2D, bn4e_branch2c/gamma/read_S119, bn4e_branch2c/beta/read_S120)H”÷ÒñºƒPg
	res4e/add‘øÒñºƒ {({BBres4e/add = AddV2(bn4e_branch2c/FusedBatchNormV3, res4d_relu/Relu)H‘øÒñºƒPL
res4e_relu/ReluŒùÒñºƒ U(UB!res4e_relu/Relu = Relu(res4e/add)HŒùÒñºƒPƒ
res4f_branch2a/Conv2DáùÒñºƒ Ó(ÓBPres4f_branch2a/Conv2D = Conv2D(res4e_relu/Relu, res4f_branch2a/kernel/read_S121)HáùÒñºƒPÀ
bn4f_branch2a/FusedBatchNormV3´üÒñºƒ $($B…bn4f_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4f_branch2a/Conv2D, bn4f_branch2a/gamma/read_S122, bn4f_branch2a/beta/read_S123)H´üÒñºƒPs
res4f_branch2a_relu/ReluØüÒñºƒ (B?res4f_branch2a_relu/Relu = Relu(bn4f_branch2a/FusedBatchNormV3)HØüÒñºƒPŒ
res4f_branch2b/Conv2DôüÒñºƒ å(åBYres4f_branch2b/Conv2D = Conv2D(res4f_branch2a_relu/Relu, res4f_branch2b/kernel/read_S124)HôüÒñºƒPÀ
bn4f_branch2b/FusedBatchNormV3Ù‚Óñºƒ %(%B…bn4f_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4f_branch2b/Conv2D, bn4f_branch2b/gamma/read_S125, bn4f_branch2b/beta/read_S126)HÙ‚ÓñºƒPs
res4f_branch2b_relu/Reluş‚Óñºƒ (B?res4f_branch2b_relu/Relu = Relu(bn4f_branch2b/FusedBatchNormV3)Hş‚ÓñºƒPŒ
res4f_branch2c/Conv2D˜ƒÓñºƒ Ë(ËBYres4f_branch2c/Conv2D = Conv2D(res4f_branch2b_relu/Relu, res4f_branch2c/kernel/read_S127)H˜ƒÓñºƒPÀ
bn4f_branch2c/FusedBatchNormV3ã…Óñºƒ ~(~B…bn4f_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4f_branch2c/Conv2D, bn4f_branch2c/gamma/read_S128, bn4f_branch2c/beta/read_S129)Hã…ÓñºƒPg
	res4f/addá†Óñºƒ z(zBBres4f/add = AddV2(bn4f_branch2c/FusedBatchNormV3, res4e_relu/Relu)Há†ÓñºƒPL
res4f_relu/ReluÛ‡Óñºƒ S(SB!res4f_relu/Relu = Relu(res4f/add)HÛ‡ÓñºƒPƒ
res5a_branch2a/Conv2D®ˆÓñºƒ •(•BPres5a_branch2a/Conv2D = Conv2D(res4f_relu/Relu, res5a_branch2a/kernel/read_S130)H®ˆÓñºƒPÀ
bn5a_branch2a/FusedBatchNormV3ÃÓñºƒ ?(?B…bn5a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch2a/Conv2D, bn5a_branch2a/gamma/read_S131, bn5a_branch2a/beta/read_S132)HÃÓñºƒPs
res5a_branch2a_relu/Relu‚Óñºƒ .(.B?res5a_branch2a_relu/Relu = Relu(bn5a_branch2a/FusedBatchNormV3)H‚ÓñºƒPŒ
res5a_branch2b/Conv2D¾ÆÔñºƒ ¡(¡BYres5a_branch2b/Conv2D = Conv2D(res5a_branch2a_relu/Relu, res5a_branch2b/kernel/read_S133)H¾ÆÔñºƒPÀ
bn5a_branch2b/FusedBatchNormV3ßÌÔñºƒ (B…bn5a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch2b/Conv2D, bn5a_branch2b/gamma/read_S134, bn5a_branch2b/beta/read_S135)HßÌÔñºƒPs
res5a_branch2b_relu/ReluöÌÔñºƒ (B?res5a_branch2b_relu/Relu = Relu(bn5a_branch2b/FusedBatchNormV3)HöÌÔñºƒPŒ
res5a_branch2c/Conv2D†ÍÔñºƒ ç(çBYres5a_branch2c/Conv2D = Conv2D(res5a_branch2b_relu/Relu, res5a_branch2c/kernel/read_S136)H†ÍÔñºƒPÀ
bn5a_branch2c/FusedBatchNormV3íÏÔñºƒ A(AB…bn5a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch2c/Conv2D, bn5a_branch2c/gamma/read_S137, bn5a_branch2c/beta/read_S138)HíÏÔñºƒP€
res5a_branch1/Conv2D®ĞÔñºƒ (BNres5a_branch1/Conv2D = Conv2D(res4f_relu/Relu, res5a_branch1/kernel/read_S139)H®ĞÔñºƒP»
bn5a_branch1/FusedBatchNormV3ÌÕÔñºƒ <(<Bbn5a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch1/Conv2D, bn5a_branch1/gamma/read_S140, bn5a_branch1/beta/read_S141)HÌÕÔñºƒPu
	res5a/addˆÖÔñºƒ @(@BPres5a/add = AddV2(bn5a_branch2c/FusedBatchNormV3, bn5a_branch1/FusedBatchNormV3)HˆÖÔñºƒPL
res5a_relu/ReluÈÖÔñºƒ .(.B!res5a_relu/Relu = Relu(res5a/add)HÈÖÔñºƒPƒ
res5b_branch2a/Conv2DöÖÔñºƒ ×(×BPres5b_branch2a/Conv2D = Conv2D(res5a_relu/Relu, res5b_branch2a/kernel/read_S142)HöÖÔñºƒPÀ
bn5b_branch2a/FusedBatchNormV3ÍÙÔñºƒ (B…bn5b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res5b_branch2a/Conv2D, bn5b_branch2a/gamma/read_S143, bn5b_branch2a/beta/read_S144)HÍÙÔñºƒPs
res5b_branch2a_relu/ReluãÙÔñºƒ (B?res5b_branch2a_relu/Relu = Relu(bn5b_branch2a/FusedBatchNormV3)HãÙÔñºƒPŒ
res5b_branch2b/Conv2DõÙÔñºƒ (BYres5b_branch2b/Conv2D = Conv2D(res5b_branch2a_relu/Relu, res5b_branch2b/kernel/read_S145)HõÙÔñºƒPÀ
bn5b_branch2b/FusedBatchNormV3’àÔñºƒ (B…bn5b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res5b_branch2b/Conv2D, bn5b_branch2b/gamma/read_S146, bn5b_branch2b/beta/read_S147)H’àÔñºƒPs
res5b_branch2b_relu/Relu§àÔñºƒ (B?res5b_branch2b_relu/Relu = Relu(bn5b_branch2b/FusedBatchNormV3)H§àÔñºƒPŒ
res5b_branch2c/Conv2D¹àÔñºƒ ñ(ñBYres5b_branch2c/Conv2D = Conv2D(res5b_branch2b_relu/Relu, res5b_branch2c/kernel/read_S148)H¹àÔñºƒPÀ
bn5b_branch2c/FusedBatchNormV3ªãÔñºƒ B(BB…bn5b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res5b_branch2c/Conv2D, bn5b_branch2c/gamma/read_S149, bn5b_branch2c/beta/read_S150)HªãÔñºƒPg
	res5b/addìãÔñºƒ @(@BBres5b/add = AddV2(bn5b_branch2c/FusedBatchNormV3, res5a_relu/Relu)HìãÔñºƒPL
res5b_relu/Relu¬äÔñºƒ ,(,B!res5b_relu/Relu = Relu(res5b/add)H¬äÔñºƒPƒ
res5c_branch2a/Conv2DØäÔñºƒ ß(ßBPres5c_branch2a/Conv2D = Conv2D(res5b_relu/Relu, res5c_branch2a/kernel/read_S151)HØäÔñºƒPÀ
bn5c_branch2a/FusedBatchNormV3·çÔñºƒ (B…bn5c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res5c_branch2a/Conv2D, bn5c_branch2a/gamma/read_S152, bn5c_branch2a/beta/read_S153)H·çÔñºƒPs
res5c_branch2a_relu/ReluÍçÔñºƒ (B?res5c_branch2a_relu/Relu = Relu(bn5c_branch2a/FusedBatchNormV3)HÍçÔñºƒPŒ
res5c_branch2b/Conv2DŞçÔñºƒ ø(øBYres5c_branch2b/Conv2D = Conv2D(res5c_branch2a_relu/Relu, res5c_branch2b/kernel/read_S154)HŞçÔñºƒPÀ
bn5c_branch2b/FusedBatchNormV3ÖíÔñºƒ (B…bn5c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res5c_branch2b/Conv2D, bn5c_branch2b/gamma/read_S155, bn5c_branch2b/beta/read_S156)HÖíÔñºƒPs
res5c_branch2b_relu/ReluìíÔñºƒ (B?res5c_branch2b_relu/Relu = Relu(bn5c_branch2b/FusedBatchNormV3)HìíÔñºƒPŒ
res5c_branch2c/Conv2DşíÔñºƒ à(àBYres5c_branch2c/Conv2D = Conv2D(res5c_branch2b_relu/Relu, res5c_branch2c/kernel/read_S157)HşíÔñºƒPÀ
bn5c_branch2c/FusedBatchNormV3ŞğÔñºƒ ;(;B…bn5c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res5c_branch2c/Conv2D, bn5c_branch2c/gamma/read_S158, bn5c_branch2c/beta/read_S159)HŞğÔñºƒPg
	res5c/add™ñÔñºƒ >(>BBres5c/add = AddV2(bn5c_branch2c/FusedBatchNormV3, res5b_relu/Relu)H™ñÔñºƒPL
res5c_relu/Relu×ñÔñºƒ ,(,B!res5c_relu/Relu = Relu(res5c/add)H×ñÔñºƒPN
avg_pool/MeanƒòÔñºƒ (B%avg_pool/Mean = Mean(res5c_relu/Relu)HƒòÔñºƒPg
fc1000/MatMulŸòÔñºƒ (B>fc1000/MatMul = MatMul(avg_pool/Mean, fc1000/kernel/read_S160)HŸòÔñºƒPh
fc1000/BiasAddµòÔñºƒ (B>fc1000/BiasAdd = BiasAdd(fc1000/MatMul, fc1000/bias/read_S161)HµòÔñºƒP˜
"loss/SoftmaxCrossEntropyWithLogits½òÔñºƒ 	(	BZloss/SoftmaxCrossEntropyWithLogits = SoftmaxCrossEntropyWithLogits(fc1000/BiasAdd, labels)H½òÔñºƒPƒ
gradients/fc1000/bias_gradÆòÔñºƒ (BMgradients/fc1000/bias_grad = BackpropGrad(loss/SoftmaxCrossEntropyWithLogits)HÆòÔñºƒP
gradients/fc1000/kernel_gradÎòÔñºƒ 7(7BGgradients/fc1000/kernel_grad = BackpropGrad(gradients/fc1000/bias_grad)HÎòÔñºƒP‹
!gradients/bn5c_branch2c/beta_grad…óÔñºƒ (BNgradients/bn5c_branch2c/beta_grad = BackpropGrad(gradients/fc1000/kernel_grad)H…óÔñºƒP”
"gradients/bn5c_branch2c/gamma_gradŸóÔñºƒ Œ(ŒBTgradients/bn5c_branch2c/gamma_grad = BackpropGrad(gradients/bn5c_branch2c/beta_grad)HŸóÔñºƒP™
$gradients/res5c_branch2c/kernel_grad«ôÔñºƒ Ê(ÊBWgradients/res5c_branch2c/kernel_grad = BackpropGrad(gradients/bn5c_branch2c/gamma_grad)H«ôÔñºƒP“
!gradients/bn5c_branch2b/beta_gradõùÔñºƒ (BVgradients/bn5c_branch2b/beta_grad = BackpropGrad(gradients/res5c_branch2c/kernel_grad)HõùÔñºƒP’
"gradients/bn5c_branch2b/gamma_gradƒúÔñºƒ *(*BTgradients/bn5c_branch2b/gamma_grad = BackpropGrad(gradients/bn5c_branch2b/beta_grad)HƒúÔñºƒP™
$gradients/res5c_branch2b/kernel_grad­úÔñºƒ ú(úBWgradients/res5c_branch2b/kernel_grad = BackpropGrad(gradients/bn5c_branch2b/gamma_grad)H­úÔñºƒP“
!gradients/bn5c_branch2a/beta_grad§†Õñºƒ (BVgradients/bn5c_branch2a/beta_grad = BackpropGrad(gradients/res5c_branch2b/kernel_grad)H§†ÕñºƒP’
"gradients/bn5c_branch2a/gamma_grad´†Õñºƒ )()BTgradients/bn5c_branch2a/gamma_grad = BackpropGrad(gradients/bn5c_branch2a/beta_grad)H´†ÕñºƒP™
$gradients/res5c_branch2a/kernel_gradİ†Õñºƒ ¸(¸BWgradients/res5c_branch2a/kernel_grad = BackpropGrad(gradients/bn5c_branch2a/gamma_grad)Hİ†ÕñºƒP“
!gradients/bn5b_branch2c/beta_grad•ŒÕñºƒ (BVgradients/bn5b_branch2c/beta_grad = BackpropGrad(gradients/res5c_branch2a/kernel_grad)H•ŒÕñºƒP”
"gradients/bn5b_branch2c/gamma_grad±ŒÕñºƒ Œ(ŒBTgradients/bn5b_branch2c/gamma_grad = BackpropGrad(gradients/bn5b_branch2c/beta_grad)H±ŒÕñºƒP™
$gradients/res5b_branch2c/kernel_grad½Õñºƒ ”(”BWgradients/res5b_branch2c/kernel_grad = BackpropGrad(gradients/bn5b_branch2c/gamma_grad)H½ÕñºƒP“
!gradients/bn5b_branch2b/beta_gradÑ’Õñºƒ (BVgradients/bn5b_branch2b/beta_grad = BackpropGrad(gradients/res5b_branch2c/kernel_grad)HÑ’ÕñºƒP’
"gradients/bn5b_branch2b/gamma_gradŞ’Õñºƒ *(*BTgradients/bn5b_branch2b/gamma_grad = BackpropGrad(gradients/bn5b_branch2b/beta_grad)HŞ’ÕñºƒP™
$gradients/res5b_branch2b/kernel_gradˆ“Õñºƒ ğ(ğBWgradients/res5b_branch2b/kernel_grad = BackpropGrad(gradients/bn5b_branch2b/gamma_grad)Hˆ“ÕñºƒP“
!gradients/bn5b_branch2a/beta_gradøÕñºƒ (BVgradients/bn5b_branch2a/beta_grad = BackpropGrad(gradients/res5b_branch2b/kernel_grad)HøÕñºƒP’
"gradients/bn5b_branch2a/gamma_grad…ŸÕñºƒ )()BTgradients/bn5b_branch2a/gamma_grad = BackpropGrad(gradients/bn5b_branch2a/beta_grad)H…ŸÕñºƒP™
$gradients/res5b_branch2a/kernel_grad®ŸÕñºƒ Ê(ÊBWgradients/res5b_branch2a/kernel_grad = BackpropGrad(gradients/bn5b_branch2a/gamma_grad)H®ŸÕñºƒP‘
 gradients/bn5a_branch1/beta_gradø¤Õñºƒ (BUgradients/bn5a_branch1/beta_grad = BackpropGrad(gradients/res5b_branch2a/kernel_grad)Hø¤ÕñºƒP
!gradients/bn5a_branch1/gamma_grad’¥Õñºƒ U(UBRgradients/bn5a_branch1/gamma_grad = BackpropGrad(gradients/bn5a_branch1/beta_grad)H’¥ÕñºƒP–
#gradients/res5a_branch1/kernel_gradç¥Õñºƒ €(€BUgradients/res5a_branch1/kernel_grad = BackpropGrad(gradients/bn5a_branch1/gamma_grad)Hç¥ÕñºƒP’
!gradients/bn5a_branch2c/beta_gradç°Õñºƒ (BUgradients/bn5a_branch2c/beta_grad = BackpropGrad(gradients/res5a_branch1/kernel_grad)Hç°ÕñºƒP”
"gradients/bn5a_branch2c/gamma_grad‚±Õñºƒ (BTgradients/bn5a_branch2c/gamma_grad = BackpropGrad(gradients/bn5a_branch2c/beta_grad)H‚±ÕñºƒP™
$gradients/res5a_branch2c/kernel_grad‘²Õñºƒ µ(µBWgradients/res5a_branch2c/kernel_grad = BackpropGrad(gradients/bn5a_branch2c/gamma_grad)H‘²ÕñºƒP“
!gradients/bn5a_branch2b/beta_gradÆ·Õñºƒ (BVgradients/bn5a_branch2b/beta_grad = BackpropGrad(gradients/res5a_branch2c/kernel_grad)HÆ·ÕñºƒP’
"gradients/bn5a_branch2b/gamma_gradÓ·Õñºƒ (((BTgradients/bn5a_branch2b/gamma_grad = BackpropGrad(gradients/bn5a_branch2b/beta_grad)HÓ·ÕñºƒP™
$gradients/res5a_branch2b/kernel_gradû·Õñºƒ œ(œBWgradients/res5a_branch2b/kernel_grad = BackpropGrad(gradients/bn5a_branch2b/gamma_grad)Hû·ÕñºƒP“
!gradients/bn5a_branch2a/beta_grad—ÃÕñºƒ (BVgradients/bn5a_branch2a/beta_grad = BackpropGrad(gradients/res5a_branch2b/kernel_grad)H—ÃÕñºƒP”
"gradients/bn5a_branch2a/gamma_grad²ÃÕñºƒ ˆ(ˆBTgradients/bn5a_branch2a/gamma_grad = BackpropGrad(gradients/bn5a_branch2a/beta_grad)H²ÃÕñºƒP™
$gradients/res5a_branch2a/kernel_gradºÄÕñºƒ ’(’BWgradients/res5a_branch2a/kernel_grad = BackpropGrad(gradients/bn5a_branch2a/gamma_grad)HºÄÕñºƒP“
!gradients/bn4f_branch2c/beta_gradÌÏÕñºƒ 0(0BVgradients/bn4f_branch2c/beta_grad = BackpropGrad(gradients/res5a_branch2a/kernel_grad)HÌÏÕñºƒP”
"gradients/bn4f_branch2c/gamma_gradüÏÕñºƒ Š(ŠBTgradients/bn4f_branch2c/gamma_grad = BackpropGrad(gradients/bn4f_branch2c/beta_grad)HüÏÕñºƒP™
$gradients/res4f_branch2c/kernel_grad†ÒÕñºƒ ¶(¶BWgradients/res4f_branch2c/kernel_grad = BackpropGrad(gradients/bn4f_branch2c/gamma_grad)H†ÒÕñºƒP“
!gradients/bn4f_branch2b/beta_grad¼×Õñºƒ (BVgradients/bn4f_branch2b/beta_grad = BackpropGrad(gradients/res4f_branch2c/kernel_grad)H¼×ÕñºƒP’
"gradients/bn4f_branch2b/gamma_gradÌ×Õñºƒ K(KBTgradients/bn4f_branch2b/gamma_grad = BackpropGrad(gradients/bn4f_branch2b/beta_grad)HÌ×ÕñºƒP™
$gradients/res4f_branch2b/kernel_grad—ØÕñºƒ »(»BWgradients/res4f_branch2b/kernel_grad = BackpropGrad(gradients/bn4f_branch2b/gamma_grad)H—ØÕñºƒP“
!gradients/bn4f_branch2a/beta_gradÒãÕñºƒ (BVgradients/bn4f_branch2a/beta_grad = BackpropGrad(gradients/res4f_branch2b/kernel_grad)HÒãÕñºƒP’
"gradients/bn4f_branch2a/gamma_gradããÕñºƒ L(LBTgradients/bn4f_branch2a/gamma_grad = BackpropGrad(gradients/bn4f_branch2a/beta_grad)HããÕñºƒP™
$gradients/res4f_branch2a/kernel_grad¯äÕñºƒ  ( BWgradients/res4f_branch2a/kernel_grad = BackpropGrad(gradients/bn4f_branch2a/gamma_grad)H¯äÕñºƒP“
!gradients/bn4e_branch2c/beta_gradÏéÕñºƒ -(-BVgradients/bn4e_branch2c/beta_grad = BackpropGrad(gradients/res4f_branch2a/kernel_grad)HÏéÕñºƒP”
"gradients/bn4e_branch2c/gamma_gradüéÕñºƒ œ(œBTgradients/bn4e_branch2c/gamma_grad = BackpropGrad(gradients/bn4e_branch2c/beta_grad)HüéÕñºƒP™
$gradients/res4e_branch2c/kernel_grad˜ìÕñºƒ ®(®BWgradients/res4e_branch2c/kernel_grad = BackpropGrad(gradients/bn4e_branch2c/gamma_grad)H˜ìÕñºƒP“
!gradients/bn4e_branch2b/beta_gradÆñÕñºƒ (BVgradients/bn4e_branch2b/beta_grad = BackpropGrad(gradients/res4e_branch2c/kernel_grad)HÆñÕñºƒP’
"gradients/bn4e_branch2b/gamma_grad×ñÕñºƒ K(KBTgradients/bn4e_branch2b/gamma_grad = BackpropGrad(gradients/bn4e_branch2b/beta_grad)H×ñÕñºƒP™
$gradients/res4e_branch2b/kernel_grad¢òÕñºƒ š(šBWgradients/res4e_branch2b/kernel_grad = BackpropGrad(gradients/bn4e_branch2b/gamma_grad)H¢òÕñºƒP“
!gradients/bn4e_branch2a/beta_grad¼şÕñºƒ (BVgradients/bn4e_branch2a/beta_grad = BackpropGrad(gradients/res4e_branch2b/kernel_grad)H¼şÕñºƒP’
"gradients/bn4e_branch2a/gamma_gradÍşÕñºƒ I(IBTgradients/bn4e_branch2a/gamma_grad = BackpropGrad(gradients/bn4e_branch2a/beta_grad)HÍşÕñºƒP™
$gradients/res4e_branch2a/kernel_grad–ÿÕñºƒ ã(ãBWgradients/res4e_branch2a/kernel_grad = BackpropGrad(gradients/bn4e_branch2a/gamma_grad)H–ÿÕñºƒP“
!gradients/bn4d_branch2c/beta_gradùƒÖñºƒ /(/BVgradients/bn4d_branch2c/beta_grad = BackpropGrad(gradients/res4e_branch2a/kernel_grad)HùƒÖñºƒP”
"gradients/bn4d_branch2c/gamma_grad¨„Öñºƒ €(€BTgradients/bn4d_branch2c/gamma_grad = BackpropGrad(gradients/bn4d_branch2c/beta_grad)H¨„ÖñºƒP™
$gradients/res4d_branch2c/kernel_grad¨†Öñºƒ (BWgradients/res4d_branch2c/kernel_grad = BackpropGrad(gradients/bn4d_branch2c/gamma_grad)H¨†ÖñºƒP“
!gradients/bn4d_branch2b/beta_grad¸‹Öñºƒ (BVgradients/bn4d_branch2b/beta_grad = BackpropGrad(gradients/res4d_branch2c/kernel_grad)H¸‹ÖñºƒP’
"gradients/bn4d_branch2b/gamma_gradÊ‹Öñºƒ M(MBTgradients/bn4d_branch2b/gamma_grad = BackpropGrad(gradients/bn4d_branch2b/beta_grad)HÊ‹ÖñºƒP™
$gradients/res4d_branch2b/kernel_grad—ŒÖñºƒ «(«BWgradients/res4d_branch2b/kernel_grad = BackpropGrad(gradients/bn4d_branch2b/gamma_grad)H—ŒÖñºƒP“
!gradients/bn4d_branch2a/beta_gradÂ˜Öñºƒ (BVgradients/bn4d_branch2a/beta_grad = BackpropGrad(gradients/res4d_branch2b/kernel_grad)HÂ˜ÖñºƒP’
"gradients/bn4d_branch2a/gamma_gradÓ˜Öñºƒ G(GBTgradients/bn4d_branch2a/gamma_grad = BackpropGrad(gradients/bn4d_branch2a/beta_grad)HÓ˜ÖñºƒP™
$gradients/res4d_branch2a/kernel_gradš™Öñºƒ ´(´BWgradients/res4d_branch2a/kernel_grad = BackpropGrad(gradients/bn4d_branch2a/gamma_grad)Hš™ÖñºƒP“
!gradients/bn4c_branch2c/beta_gradÎÖñºƒ +(+BVgradients/bn4c_branch2c/beta_grad = BackpropGrad(gradients/res4d_branch2a/kernel_grad)HÎÖñºƒP”
"gradients/bn4c_branch2c/gamma_gradùÖñºƒ (BTgradients/bn4c_branch2c/gamma_grad = BackpropGrad(gradients/bn4c_branch2c/beta_grad)HùÖñºƒP™
$gradients/res4c_branch2c/kernel_grad‡¡Öñºƒ ú(úBWgradients/res4c_branch2c/kernel_grad = BackpropGrad(gradients/bn4c_branch2c/gamma_grad)H‡¡ÖñºƒP“
!gradients/bn4c_branch2b/beta_grad¦Öñºƒ (BVgradients/bn4c_branch2b/beta_grad = BackpropGrad(gradients/res4c_branch2c/kernel_grad)H¦ÖñºƒP’
"gradients/bn4c_branch2b/gamma_grad“¦Öñºƒ I(IBTgradients/bn4c_branch2b/gamma_grad = BackpropGrad(gradients/bn4c_branch2b/beta_grad)H“¦ÖñºƒP™
$gradients/res4c_branch2b/kernel_gradÜ¦Öñºƒ Ï(ÏBWgradients/res4c_branch2b/kernel_grad = BackpropGrad(gradients/bn4c_branch2b/gamma_grad)HÜ¦ÖñºƒP“
!gradients/bn4c_branch2a/beta_grad«³Öñºƒ (BVgradients/bn4c_branch2a/beta_grad = BackpropGrad(gradients/res4c_branch2b/kernel_grad)H«³ÖñºƒP’
"gradients/bn4c_branch2a/gamma_grad½³Öñºƒ H(HBTgradients/bn4c_branch2a/gamma_grad = BackpropGrad(gradients/bn4c_branch2a/beta_grad)H½³ÖñºƒP™
$gradients/res4c_branch2a/kernel_grad…´Öñºƒ Ò(ÒBWgradients/res4c_branch2a/kernel_grad = BackpropGrad(gradients/bn4c_branch2a/gamma_grad)H…´ÖñºƒP“
!gradients/bn4b_branch2c/beta_grad×¹Öñºƒ /(/BVgradients/bn4b_branch2c/beta_grad = BackpropGrad(gradients/res4c_branch2a/kernel_grad)H×¹ÖñºƒP”
"gradients/bn4b_branch2c/gamma_grad†ºÖñºƒ (BTgradients/bn4b_branch2c/gamma_grad = BackpropGrad(gradients/bn4b_branch2c/beta_grad)H†ºÖñºƒP™
$gradients/res4b_branch2c/kernel_grad”¼Öñºƒ ¹(¹BWgradients/res4b_branch2c/kernel_grad = BackpropGrad(gradients/bn4b_branch2c/gamma_grad)H”¼ÖñºƒP“
!gradients/bn4b_branch2b/beta_gradÍÁÖñºƒ (BVgradients/bn4b_branch2b/beta_grad = BackpropGrad(gradients/res4b_branch2c/kernel_grad)HÍÁÖñºƒP’
"gradients/bn4b_branch2b/gamma_gradßÁÖñºƒ I(IBTgradients/bn4b_branch2b/gamma_grad = BackpropGrad(gradients/bn4b_branch2b/beta_grad)HßÁÖñºƒP™
$gradients/res4b_branch2b/kernel_grad¨ÂÖñºƒ °(°BWgradients/res4b_branch2b/kernel_grad = BackpropGrad(gradients/bn4b_branch2b/gamma_grad)H¨ÂÖñºƒP“
!gradients/bn4b_branch2a/beta_gradØÎÖñºƒ (BVgradients/bn4b_branch2a/beta_grad = BackpropGrad(gradients/res4b_branch2b/kernel_grad)HØÎÖñºƒP’
"gradients/bn4b_branch2a/gamma_gradêÎÖñºƒ I(IBTgradients/bn4b_branch2a/gamma_grad = BackpropGrad(gradients/bn4b_branch2a/beta_grad)HêÎÖñºƒP™
$gradients/res4b_branch2a/kernel_grad³ÏÖñºƒ ¬(¬BWgradients/res4b_branch2a/kernel_grad = BackpropGrad(gradients/bn4b_branch2a/gamma_grad)H³ÏÖñºƒP‘
 gradients/bn4a_branch1/beta_gradßÔÖñºƒ .(.BUgradients/bn4a_branch1/beta_grad = BackpropGrad(gradients/res4b_branch2a/kernel_grad)HßÔÖñºƒP‘
!gradients/bn4a_branch1/gamma_gradÕÖñºƒ ¡(¡BRgradients/bn4a_branch1/gamma_grad = BackpropGrad(gradients/bn4a_branch1/beta_grad)HÕÖñºƒP–
#gradients/res4a_branch1/kernel_grad®ÖÖñºƒ ÿ
(ÿ
BUgradients/res4a_branch1/kernel_grad = BackpropGrad(gradients/bn4a_branch1/gamma_grad)H®ÖÖñºƒP’
!gradients/bn4a_branch2c/beta_grad­áÖñºƒ -(-BUgradients/bn4a_branch2c/beta_grad = BackpropGrad(gradients/res4a_branch1/kernel_grad)H­áÖñºƒP”
"gradients/bn4a_branch2c/gamma_gradÚáÖñºƒ Š(ŠBTgradients/bn4a_branch2c/gamma_grad = BackpropGrad(gradients/bn4a_branch2c/beta_grad)HÚáÖñºƒP™
$gradients/res4a_branch2c/kernel_gradäãÖñºƒ §(§BWgradients/res4a_branch2c/kernel_grad = BackpropGrad(gradients/bn4a_branch2c/gamma_grad)HäãÖñºƒP“
!gradients/bn4a_branch2b/beta_grad‹éÖñºƒ (BVgradients/bn4a_branch2b/beta_grad = BackpropGrad(gradients/res4a_branch2c/kernel_grad)H‹éÖñºƒP’
"gradients/bn4a_branch2b/gamma_gradœéÖñºƒ K(KBTgradients/bn4a_branch2b/gamma_grad = BackpropGrad(gradients/bn4a_branch2b/beta_grad)HœéÖñºƒP™
$gradients/res4a_branch2b/kernel_gradçéÖñºƒ Ã(ÃBWgradients/res4a_branch2b/kernel_grad = BackpropGrad(gradients/bn4a_branch2b/gamma_grad)HçéÖñºƒP“
!gradients/bn4a_branch2a/beta_gradªõÖñºƒ -(-BVgradients/bn4a_branch2a/beta_grad = BackpropGrad(gradients/res4a_branch2b/kernel_grad)HªõÖñºƒP”
"gradients/bn4a_branch2a/gamma_grad×õÖñºƒ Š(ŠBTgradients/bn4a_branch2a/gamma_grad = BackpropGrad(gradients/bn4a_branch2a/beta_grad)H×õÖñºƒP™
$gradients/res4a_branch2a/kernel_gradá÷Öñºƒ Ô
(Ô
BWgradients/res4a_branch2a/kernel_grad = BackpropGrad(gradients/bn4a_branch2a/gamma_grad)Há÷ÖñºƒP“
!gradients/bn3d_branch2c/beta_gradµ‚×ñºƒ S(SBVgradients/bn3d_branch2c/beta_grad = BackpropGrad(gradients/res4a_branch2a/kernel_grad)Hµ‚×ñºƒP”
"gradients/bn3d_branch2c/gamma_gradˆƒ×ñºƒ ˜(˜BTgradients/bn3d_branch2c/gamma_grad = BackpropGrad(gradients/bn3d_branch2c/beta_grad)Hˆƒ×ñºƒP™
$gradients/res3d_branch2c/kernel_grad ‡×ñºƒ °(°BWgradients/res3d_branch2c/kernel_grad = BackpropGrad(gradients/bn3d_branch2c/gamma_grad)H ‡×ñºƒP“
!gradients/bn3d_branch2b/beta_gradĞŒ×ñºƒ (BVgradients/bn3d_branch2b/beta_grad = BackpropGrad(gradients/res3d_branch2c/kernel_grad)HĞŒ×ñºƒP”
"gradients/bn3d_branch2b/gamma_gradëŒ×ñºƒ Š(ŠBTgradients/bn3d_branch2b/gamma_grad = BackpropGrad(gradients/bn3d_branch2b/beta_grad)HëŒ×ñºƒP™
$gradients/res3d_branch2b/kernel_gradõ×ñºƒ û(ûBWgradients/res3d_branch2b/kernel_grad = BackpropGrad(gradients/bn3d_branch2b/gamma_grad)Hõ×ñºƒP“
!gradients/bn3d_branch2a/beta_gradğ™×ñºƒ (BVgradients/bn3d_branch2a/beta_grad = BackpropGrad(gradients/res3d_branch2b/kernel_grad)Hğ™×ñºƒP”
"gradients/bn3d_branch2a/gamma_gradŒš×ñºƒ ˆ(ˆBTgradients/bn3d_branch2a/gamma_grad = BackpropGrad(gradients/bn3d_branch2a/beta_grad)HŒš×ñºƒP™
$gradients/res3d_branch2a/kernel_grad”›×ñºƒ §(§BWgradients/res3d_branch2a/kernel_grad = BackpropGrad(gradients/bn3d_branch2a/gamma_grad)H”›×ñºƒP“
!gradients/bn3c_branch2c/beta_grad» ×ñºƒ W(WBVgradients/bn3c_branch2c/beta_grad = BackpropGrad(gradients/res3d_branch2a/kernel_grad)H» ×ñºƒP”
"gradients/bn3c_branch2c/gamma_grad’¡×ñºƒ œ(œBTgradients/bn3c_branch2c/gamma_grad = BackpropGrad(gradients/bn3c_branch2c/beta_grad)H’¡×ñºƒP™
$gradients/res3c_branch2c/kernel_grad®¥×ñºƒ ª(ªBWgradients/res3c_branch2c/kernel_grad = BackpropGrad(gradients/bn3c_branch2c/gamma_grad)H®¥×ñºƒP“
!gradients/bn3c_branch2b/beta_gradØª×ñºƒ (BVgradients/bn3c_branch2b/beta_grad = BackpropGrad(gradients/res3c_branch2c/kernel_grad)HØª×ñºƒP”
"gradients/bn3c_branch2b/gamma_gradóª×ñºƒ (BTgradients/bn3c_branch2b/gamma_grad = BackpropGrad(gradients/bn3c_branch2b/beta_grad)Hóª×ñºƒP™
$gradients/res3c_branch2b/kernel_grad¬×ñºƒ ½(½BWgradients/res3c_branch2b/kernel_grad = BackpropGrad(gradients/bn3c_branch2b/gamma_grad)H¬×ñºƒP“
!gradients/bn3c_branch2a/beta_grad¾¸×ñºƒ (BVgradients/bn3c_branch2a/beta_grad = BackpropGrad(gradients/res3c_branch2b/kernel_grad)H¾¸×ñºƒP”
"gradients/bn3c_branch2a/gamma_gradÚ¸×ñºƒ „(„BTgradients/bn3c_branch2a/gamma_grad = BackpropGrad(gradients/bn3c_branch2a/beta_grad)HÚ¸×ñºƒP™
$gradients/res3c_branch2a/kernel_gradŞ¹×ñºƒ –(–BWgradients/res3c_branch2a/kernel_grad = BackpropGrad(gradients/bn3c_branch2a/gamma_grad)HŞ¹×ñºƒP“
!gradients/bn3b_branch2c/beta_gradô¾×ñºƒ Y(YBVgradients/bn3b_branch2c/beta_grad = BackpropGrad(gradients/res3c_branch2a/kernel_grad)Hô¾×ñºƒP”
"gradients/bn3b_branch2c/gamma_gradÍ¿×ñºƒ ‰(‰BTgradients/bn3b_branch2c/gamma_grad = BackpropGrad(gradients/bn3b_branch2c/beta_grad)HÍ¿×ñºƒP™
$gradients/res3b_branch2c/kernel_gradÖÃ×ñºƒ ‚(‚BWgradients/res3b_branch2c/kernel_grad = BackpropGrad(gradients/bn3b_branch2c/gamma_grad)HÖÃ×ñºƒP“
!gradients/bn3b_branch2b/beta_gradØÈ×ñºƒ (BVgradients/bn3b_branch2b/beta_grad = BackpropGrad(gradients/res3b_branch2c/kernel_grad)HØÈ×ñºƒP”
"gradients/bn3b_branch2b/gamma_gradôÈ×ñºƒ —(—BTgradients/bn3b_branch2b/gamma_grad = BackpropGrad(gradients/bn3b_branch2b/beta_grad)HôÈ×ñºƒP™
$gradients/res3b_branch2b/kernel_grad‹Ê×ñºƒ Í(ÍBWgradients/res3b_branch2b/kernel_grad = BackpropGrad(gradients/bn3b_branch2b/gamma_grad)H‹Ê×ñºƒP“
!gradients/bn3b_branch2a/beta_gradØÕ×ñºƒ (BVgradients/bn3b_branch2a/beta_grad = BackpropGrad(gradients/res3b_branch2b/kernel_grad)HØÕ×ñºƒP”
"gradients/bn3b_branch2a/gamma_gradóÕ×ñºƒ ‰(‰BTgradients/bn3b_branch2a/gamma_grad = BackpropGrad(gradients/bn3b_branch2a/beta_grad)HóÕ×ñºƒP™
$gradients/res3b_branch2a/kernel_gradüÖ×ñºƒ »(»BWgradients/res3b_branch2a/kernel_grad = BackpropGrad(gradients/bn3b_branch2a/gamma_grad)HüÖ×ñºƒP‘
 gradients/bn3a_branch1/beta_grad·Ü×ñºƒ M(MBUgradients/bn3a_branch1/beta_grad = BackpropGrad(gradients/res3b_branch2a/kernel_grad)H·Ü×ñºƒP‘
!gradients/bn3a_branch1/gamma_grad„İ×ñºƒ Å(ÅBRgradients/bn3a_branch1/gamma_grad = BackpropGrad(gradients/bn3a_branch1/beta_grad)H„İ×ñºƒP–
#gradients/res3a_branch1/kernel_gradÉß×ñºƒ Ó
(Ó
BUgradients/res3a_branch1/kernel_grad = BackpropGrad(gradients/bn3a_branch1/gamma_grad)HÉß×ñºƒP’
!gradients/bn3a_branch2c/beta_gradœê×ñºƒ U(UBUgradients/bn3a_branch2c/beta_grad = BackpropGrad(gradients/res3a_branch1/kernel_grad)Hœê×ñºƒP”
"gradients/bn3a_branch2c/gamma_gradñê×ñºƒ ¯(¯BTgradients/bn3a_branch2c/gamma_grad = BackpropGrad(gradients/bn3a_branch2c/beta_grad)Hñê×ñºƒP™
$gradients/res3a_branch2c/kernel_grad ï×ñºƒ ¨(¨BWgradients/res3a_branch2c/kernel_grad = BackpropGrad(gradients/bn3a_branch2c/gamma_grad)H ï×ñºƒP“
!gradients/bn3a_branch2b/beta_gradÈô×ñºƒ (BVgradients/bn3a_branch2b/beta_grad = BackpropGrad(gradients/res3a_branch2c/kernel_grad)HÈô×ñºƒP”
"gradients/bn3a_branch2b/gamma_gradãô×ñºƒ „(„BTgradients/bn3a_branch2b/gamma_grad = BackpropGrad(gradients/bn3a_branch2b/beta_grad)Hãô×ñºƒP™
$gradients/res3a_branch2b/kernel_gradçõ×ñºƒ İ(İBWgradients/res3a_branch2b/kernel_grad = BackpropGrad(gradients/bn3a_branch2b/gamma_grad)Hçõ×ñºƒP“
!gradients/bn3a_branch2a/beta_gradÄØñºƒ Q(QBVgradients/bn3a_branch2a/beta_grad = BackpropGrad(gradients/res3a_branch2b/kernel_grad)HÄØñºƒP”
"gradients/bn3a_branch2a/gamma_grad•‚Øñºƒ š(šBTgradients/bn3a_branch2a/gamma_grad = BackpropGrad(gradients/bn3a_branch2a/beta_grad)H•‚ØñºƒP™
$gradients/res3a_branch2a/kernel_grad¯†Øñºƒ Ø
(Ø
BWgradients/res3a_branch2a/kernel_grad = BackpropGrad(gradients/bn3a_branch2a/gamma_grad)H¯†ØñºƒP•
!gradients/bn2c_branch2c/beta_grad‡‘Øñºƒ (BVgradients/bn2c_branch2c/beta_grad = BackpropGrad(gradients/res3a_branch2a/kernel_grad)H‡‘ØñºƒP”
"gradients/bn2c_branch2c/gamma_grad¥’Øñºƒ —(—BTgradients/bn2c_branch2c/gamma_grad = BackpropGrad(gradients/bn2c_branch2c/beta_grad)H¥’ØñºƒP™
$gradients/res2c_branch2c/kernel_grad¼šØñºƒ ³(³BWgradients/res2c_branch2c/kernel_grad = BackpropGrad(gradients/bn2c_branch2c/gamma_grad)H¼šØñºƒP“
!gradients/bn2c_branch2b/beta_gradïŸØñºƒ ,(,BVgradients/bn2c_branch2b/beta_grad = BackpropGrad(gradients/res2c_branch2c/kernel_grad)HïŸØñºƒP”
"gradients/bn2c_branch2b/gamma_grad› Øñºƒ (BTgradients/bn2c_branch2b/gamma_grad = BackpropGrad(gradients/bn2c_branch2b/beta_grad)H› ØñºƒP™
$gradients/res2c_branch2b/kernel_grad¹¢Øñºƒ ª(ªBWgradients/res2c_branch2b/kernel_grad = BackpropGrad(gradients/bn2c_branch2b/gamma_grad)H¹¢ØñºƒP“
!gradients/bn2c_branch2a/beta_gradã­Øñºƒ .(.BVgradients/bn2c_branch2a/beta_grad = BackpropGrad(gradients/res2c_branch2b/kernel_grad)Hã­ØñºƒP”
"gradients/bn2c_branch2a/gamma_grad‘®Øñºƒ Œ(ŒBTgradients/bn2c_branch2a/gamma_grad = BackpropGrad(gradients/bn2c_branch2a/beta_grad)H‘®ØñºƒP™
$gradients/res2c_branch2a/kernel_grad°Øñºƒ ”(”BWgradients/res2c_branch2a/kernel_grad = BackpropGrad(gradients/bn2c_branch2a/gamma_grad)H°ØñºƒP•
!gradients/bn2b_branch2c/beta_grad±µØñºƒ  ( BVgradients/bn2b_branch2c/beta_grad = BackpropGrad(gradients/res2c_branch2a/kernel_grad)H±µØñºƒP”
"gradients/bn2b_branch2c/gamma_gradÑ¶Øñºƒ Í(ÍBTgradients/bn2b_branch2c/gamma_grad = BackpropGrad(gradients/bn2b_branch2c/beta_grad)HÑ¶ØñºƒP™
$gradients/res2b_branch2c/kernel_grad¿Øñºƒ ¤(¤BWgradients/res2b_branch2c/kernel_grad = BackpropGrad(gradients/bn2b_branch2c/gamma_grad)H¿ØñºƒP“
!gradients/bn2b_branch2b/beta_gradÂÄØñºƒ /(/BVgradients/bn2b_branch2b/beta_grad = BackpropGrad(gradients/res2b_branch2c/kernel_grad)HÂÄØñºƒP”
"gradients/bn2b_branch2b/gamma_gradñÄØñºƒ †(†BTgradients/bn2b_branch2b/gamma_grad = BackpropGrad(gradients/bn2b_branch2b/beta_grad)HñÄØñºƒP™
$gradients/res2b_branch2b/kernel_grad÷ÆØñºƒ “(“BWgradients/res2b_branch2b/kernel_grad = BackpropGrad(gradients/bn2b_branch2b/gamma_grad)H÷ÆØñºƒP“
!gradients/bn2b_branch2a/beta_gradŠÓØñºƒ /(/BVgradients/bn2b_branch2a/beta_grad = BackpropGrad(gradients/res2b_branch2b/kernel_grad)HŠÓØñºƒP”
"gradients/bn2b_branch2a/gamma_grad¹ÓØñºƒ ™(™BTgradients/bn2b_branch2a/gamma_grad = BackpropGrad(gradients/bn2b_branch2a/beta_grad)H¹ÓØñºƒP™
$gradients/res2b_branch2a/kernel_gradÒÕØñºƒ ¬(¬BWgradients/res2b_branch2a/kernel_grad = BackpropGrad(gradients/bn2b_branch2a/gamma_grad)HÒÕØñºƒP“
 gradients/bn2a_branch1/beta_gradşÚØñºƒ š(šBUgradients/bn2a_branch1/beta_grad = BackpropGrad(gradients/res2b_branch2a/kernel_grad)HşÚØñºƒP‘
!gradients/bn2a_branch1/gamma_grad˜ÜØñºƒ ì(ìBRgradients/bn2a_branch1/gamma_grad = BackpropGrad(gradients/bn2a_branch1/beta_grad)H˜ÜØñºƒP–
#gradients/res2a_branch1/kernel_grad„áØñºƒ ¶(¶BUgradients/res2a_branch1/kernel_grad = BackpropGrad(gradients/bn2a_branch1/gamma_grad)H„áØñºƒP”
!gradients/bn2a_branch2c/beta_gradºæØñºƒ ™(™BUgradients/bn2a_branch2c/beta_grad = BackpropGrad(gradients/res2a_branch1/kernel_grad)HºæØñºƒP”
"gradients/bn2a_branch2c/gamma_gradÓçØñºƒ À(ÀBTgradients/bn2a_branch2c/gamma_grad = BackpropGrad(gradients/bn2a_branch2c/beta_grad)HÓçØñºƒP™
$gradients/res2a_branch2c/kernel_grad“ğØñºƒ ”(”BWgradients/res2a_branch2c/kernel_grad = BackpropGrad(gradients/bn2a_branch2c/gamma_grad)H“ğØñºƒP“
!gradients/bn2a_branch2b/beta_grad§õØñºƒ -(-BVgradients/bn2a_branch2b/beta_grad = BackpropGrad(gradients/res2a_branch2c/kernel_grad)H§õØñºƒP”
"gradients/bn2a_branch2b/gamma_gradÔõØñºƒ ‹(‹BTgradients/bn2a_branch2b/gamma_grad = BackpropGrad(gradients/bn2a_branch2b/beta_grad)HÔõØñºƒP™
$gradients/res2a_branch2b/kernel_gradß÷Øñºƒ Š(ŠBWgradients/res2a_branch2b/kernel_grad = BackpropGrad(gradients/bn2a_branch2b/gamma_grad)Hß÷ØñºƒP“
!gradients/bn2a_branch2a/beta_gradéƒÙñºƒ ,(,BVgradients/bn2a_branch2a/beta_grad = BackpropGrad(gradients/res2a_branch2b/kernel_grad)HéƒÙñºƒP”
"gradients/bn2a_branch2a/gamma_grad•„Ùñºƒ —(—BTgradients/bn2a_branch2a/gamma_grad = BackpropGrad(gradients/bn2a_branch2a/beta_grad)H•„ÙñºƒP™
$gradients/res2a_branch2a/kernel_grad¬†Ùñºƒ ²(²BWgradients/res2a_branch2a/kernel_grad = BackpropGrad(gradients/bn2a_branch2a/gamma_grad)H¬†ÙñºƒP‹
gradients/bn_conv1/beta_gradŞ‡Ùñºƒ œ(œBQgradients/bn_conv1/beta_grad = BackpropGrad(gradients/res2a_branch2a/kernel_grad)HŞ‡ÙñºƒP…
gradients/bn_conv1/gamma_gradúˆÙñºƒ ¾(¾BJgradients/bn_conv1/gamma_grad = BackpropGrad(gradients/bn_conv1/beta_grad)HúˆÙñºƒP‚
gradients/conv1/kernel_grad¸”Ùñºƒ ¦(¦BIgradients/conv1/kernel_grad = BackpropGrad(gradients/bn_conv1/gamma_grad)H¸”ÙñºƒP
º
%/job:ps/replica:0/task:0/device:CPU:0W
conv1/kernel/read’›Ïñºƒ (B*conv1/kernel/read = Identity(conv1/kernel)H’›ÏñºƒP]
bn_conv1/gamma/read•›Ïñºƒ (B.bn_conv1/gamma/read = Identity(bn_conv1/gamma)H•›ÏñºƒPZ
bn_conv1/beta/read˜›Ïñºƒ (B,bn_conv1/beta/read = Identity(bn_conv1/beta)H˜›ÏñºƒPr
res2a_branch2a/kernel/read››Ïñºƒ (B<res2a_branch2a/kernel/read = Identity(res2a_branch2a/kernel)H››ÏñºƒPl
bn2a_branch2a/gamma/read›Ïñºƒ (B8bn2a_branch2a/gamma/read = Identity(bn2a_branch2a/gamma)H›ÏñºƒPi
bn2a_branch2a/beta/read¡›Ïñºƒ (B6bn2a_branch2a/beta/read = Identity(bn2a_branch2a/beta)H¡›ÏñºƒPr
res2a_branch2b/kernel/read¤›Ïñºƒ (B<res2a_branch2b/kernel/read = Identity(res2a_branch2b/kernel)H¤›ÏñºƒPl
bn2a_branch2b/gamma/read§›Ïñºƒ (B8bn2a_branch2b/gamma/read = Identity(bn2a_branch2b/gamma)H§›ÏñºƒPi
bn2a_branch2b/beta/readª›Ïñºƒ (B6bn2a_branch2b/beta/read = Identity(bn2a_branch2b/beta)Hª›ÏñºƒPr
res2a_branch2c/kernel/read­›Ïñºƒ (B<res2a_branch2c/kernel/read = Identity(res2a_branch2c/kernel)H­›ÏñºƒPl
bn2a_branch2c/gamma/read°›Ïñºƒ (B8bn2a_branch2c/gamma/read = Identity(bn2a_branch2c/gamma)H°›ÏñºƒPi
bn2a_branch2c/beta/read³›Ïñºƒ (B6bn2a_branch2c/beta/read = Identity(bn2a_branch2c/beta)H³›ÏñºƒPo
res2a_branch1/kernel/read¶›Ïñºƒ (B:res2a_branch1/kernel/read = Identity(res2a_branch1/kernel)H¶›ÏñºƒPi
bn2a_branch1/gamma/read¹›Ïñºƒ (B6bn2a_branch1/gamma/read = Identity(bn2a_branch1/gamma)H¹›ÏñºƒPf
bn2a_branch1/beta/read¼›Ïñºƒ (B4bn2a_branch1/beta/read = Identity(bn2a_branch1/beta)H¼›ÏñºƒPr
res2b_branch2a/kernel/readÀ›Ïñºƒ (B<res2b_branch2a/kernel/read = Identity(res2b_branch2a/kernel)HÀ›ÏñºƒPl
bn2b_branch2a/gamma/readÂ›Ïñºƒ (B8bn2b_branch2a/gamma/read = Identity(bn2b_branch2a/gamma)HÂ›ÏñºƒPi
bn2b_branch2a/beta/readÅ›Ïñºƒ (B6bn2b_branch2a/beta/read = Identity(bn2b_branch2a/beta)HÅ›ÏñºƒPr
res2b_branch2b/kernel/readÉ›Ïñºƒ (B<res2b_branch2b/kernel/read = Identity(res2b_branch2b/kernel)HÉ›ÏñºƒPl
bn2b_branch2b/gamma/readÌ›Ïñºƒ (B8bn2b_branch2b/gamma/read = Identity(bn2b_branch2b/gamma)HÌ›ÏñºƒPi
bn2b_branch2b/beta/readÏ›Ïñºƒ (B6bn2b_branch2b/beta/read = Identity(bn2b_branch2b/beta)HÏ›ÏñºƒPr
res2b_branch2c/kernel/readÑ›Ïñºƒ (B<res2b_branch2c/kernel/read = Identity(res2b_branch2c/kernel)HÑ›ÏñºƒPl
bn2b_branch2c/gamma/readÔ›Ïñºƒ (B8bn2b_branch2c/gamma/read = Identity(bn2b_branch2c/gamma)HÔ›ÏñºƒPi
bn2b_branch2c/beta/read×›Ïñºƒ (B6bn2b_branch2c/beta/read = Identity(bn2b_branch2c/beta)H×›ÏñºƒPr
res2c_branch2a/kernel/readÚ›Ïñºƒ (B<res2c_branch2a/kernel/read = Identity(res2c_branch2a/kernel)HÚ›ÏñºƒPl
bn2c_branch2a/gamma/readİ›Ïñºƒ (B8bn2c_branch2a/gamma/read = Identity(bn2c_branch2a/gamma)Hİ›ÏñºƒPi
bn2c_branch2a/beta/readà›Ïñºƒ (B6bn2c_branch2a/beta/read = Identity(bn2c_branch2a/beta)Hà›ÏñºƒPr
res2c_branch2b/kernel/readâ›Ïñºƒ (B<res2c_branch2b/kernel/read = Identity(res2c_branch2b/kernel)Hâ›ÏñºƒPl
bn2c_branch2b/gamma/readå›Ïñºƒ (B8bn2c_branch2b/gamma/read = Identity(bn2c_branch2b/gamma)Hå›ÏñºƒPi
bn2c_branch2b/beta/readè›Ïñºƒ (B6bn2c_branch2b/beta/read = Identity(bn2c_branch2b/beta)Hè›ÏñºƒPr
res2c_branch2c/kernel/readë›Ïñºƒ (B<res2c_branch2c/kernel/read = Identity(res2c_branch2c/kernel)Hë›ÏñºƒPl
bn2c_branch2c/gamma/readï›Ïñºƒ (B8bn2c_branch2c/gamma/read = Identity(bn2c_branch2c/gamma)Hï›ÏñºƒPi
bn2c_branch2c/beta/readò›Ïñºƒ (B6bn2c_branch2c/beta/read = Identity(bn2c_branch2c/beta)Hò›ÏñºƒPr
res3a_branch2a/kernel/readõ›Ïñºƒ (B<res3a_branch2a/kernel/read = Identity(res3a_branch2a/kernel)Hõ›ÏñºƒPl
bn3a_branch2a/gamma/read÷›Ïñºƒ (B8bn3a_branch2a/gamma/read = Identity(bn3a_branch2a/gamma)H÷›ÏñºƒPi
bn3a_branch2a/beta/readú›Ïñºƒ (B6bn3a_branch2a/beta/read = Identity(bn3a_branch2a/beta)Hú›ÏñºƒPr
res3a_branch2b/kernel/readı›Ïñºƒ (B<res3a_branch2b/kernel/read = Identity(res3a_branch2b/kernel)Hı›ÏñºƒPl
bn3a_branch2b/gamma/read€œÏñºƒ (B8bn3a_branch2b/gamma/read = Identity(bn3a_branch2b/gamma)H€œÏñºƒPi
bn3a_branch2b/beta/readƒœÏñºƒ (B6bn3a_branch2b/beta/read = Identity(bn3a_branch2b/beta)HƒœÏñºƒPr
res3a_branch2c/kernel/read†œÏñºƒ (B<res3a_branch2c/kernel/read = Identity(res3a_branch2c/kernel)H†œÏñºƒPl
bn3a_branch2c/gamma/readŠœÏñºƒ (B8bn3a_branch2c/gamma/read = Identity(bn3a_branch2c/gamma)HŠœÏñºƒPi
bn3a_branch2c/beta/readœÏñºƒ (B6bn3a_branch2c/beta/read = Identity(bn3a_branch2c/beta)HœÏñºƒPo
res3a_branch1/kernel/readœÏñºƒ (B:res3a_branch1/kernel/read = Identity(res3a_branch1/kernel)HœÏñºƒPi
bn3a_branch1/gamma/read“œÏñºƒ (B6bn3a_branch1/gamma/read = Identity(bn3a_branch1/gamma)H“œÏñºƒPf
bn3a_branch1/beta/read–œÏñºƒ (B4bn3a_branch1/beta/read = Identity(bn3a_branch1/beta)H–œÏñºƒPr
res3b_branch2a/kernel/read™œÏñºƒ (B<res3b_branch2a/kernel/read = Identity(res3b_branch2a/kernel)H™œÏñºƒPl
bn3b_branch2a/gamma/readœœÏñºƒ (B8bn3b_branch2a/gamma/read = Identity(bn3b_branch2a/gamma)HœœÏñºƒPi
bn3b_branch2a/beta/readŸœÏñºƒ (B6bn3b_branch2a/beta/read = Identity(bn3b_branch2a/beta)HŸœÏñºƒPr
res3b_branch2b/kernel/read¡œÏñºƒ (B<res3b_branch2b/kernel/read = Identity(res3b_branch2b/kernel)H¡œÏñºƒPl
bn3b_branch2b/gamma/read¤œÏñºƒ (B8bn3b_branch2b/gamma/read = Identity(bn3b_branch2b/gamma)H¤œÏñºƒPi
bn3b_branch2b/beta/read§œÏñºƒ (B6bn3b_branch2b/beta/read = Identity(bn3b_branch2b/beta)H§œÏñºƒPr
res3b_branch2c/kernel/readªœÏñºƒ (B<res3b_branch2c/kernel/read = Identity(res3b_branch2c/kernel)HªœÏñºƒPl
bn3b_branch2c/gamma/read­œÏñºƒ (B8bn3b_branch2c/gamma/read = Identity(bn3b_branch2c/gamma)H­œÏñºƒPi
bn3b_branch2c/beta/read±œÏñºƒ (B6bn3b_branch2c/beta/read = Identity(bn3b_branch2c/beta)H±œÏñºƒPr
res3c_branch2a/kernel/read´œÏñºƒ (B<res3c_branch2a/kernel/read = Identity(res3c_branch2a/kernel)H´œÏñºƒPl
bn3c_branch2a/gamma/read·œÏñºƒ (B8bn3c_branch2a/gamma/read = Identity(bn3c_branch2a/gamma)H·œÏñºƒPi
bn3c_branch2a/beta/readºœÏñºƒ (B6bn3c_branch2a/beta/read = Identity(bn3c_branch2a/beta)HºœÏñºƒPr
res3c_branch2b/kernel/read½œÏñºƒ (B<res3c_branch2b/kernel/read = Identity(res3c_branch2b/kernel)H½œÏñºƒPl
bn3c_branch2b/gamma/readÀœÏñºƒ (B8bn3c_branch2b/gamma/read = Identity(bn3c_branch2b/gamma)HÀœÏñºƒPi
bn3c_branch2b/beta/readÃœÏñºƒ (B6bn3c_branch2b/beta/read = Identity(bn3c_branch2b/beta)HÃœÏñºƒPr
res3c_branch2c/kernel/readÆœÏñºƒ (B<res3c_branch2c/kernel/read = Identity(res3c_branch2c/kernel)HÆœÏñºƒPl
bn3c_branch2c/gamma/readÈœÏñºƒ (B8bn3c_branch2c/gamma/read = Identity(bn3c_branch2c/gamma)HÈœÏñºƒPi
bn3c_branch2c/beta/readËœÏñºƒ (B6bn3c_branch2c/beta/read = Identity(bn3c_branch2c/beta)HËœÏñºƒPr
res3d_branch2a/kernel/readÎœÏñºƒ (B<res3d_branch2a/kernel/read = Identity(res3d_branch2a/kernel)HÎœÏñºƒPl
bn3d_branch2a/gamma/readÑœÏñºƒ (B8bn3d_branch2a/gamma/read = Identity(bn3d_branch2a/gamma)HÑœÏñºƒPi
bn3d_branch2a/beta/readÔœÏñºƒ (B6bn3d_branch2a/beta/read = Identity(bn3d_branch2a/beta)HÔœÏñºƒPr
res3d_branch2b/kernel/read×œÏñºƒ (B<res3d_branch2b/kernel/read = Identity(res3d_branch2b/kernel)H×œÏñºƒPl
bn3d_branch2b/gamma/readÚœÏñºƒ (B8bn3d_branch2b/gamma/read = Identity(bn3d_branch2b/gamma)HÚœÏñºƒPi
bn3d_branch2b/beta/readİœÏñºƒ (B6bn3d_branch2b/beta/read = Identity(bn3d_branch2b/beta)HİœÏñºƒPr
res3d_branch2c/kernel/readàœÏñºƒ (B<res3d_branch2c/kernel/read = Identity(res3d_branch2c/kernel)HàœÏñºƒPl
bn3d_branch2c/gamma/readãœÏñºƒ (B8bn3d_branch2c/gamma/read = Identity(bn3d_branch2c/gamma)HãœÏñºƒPi
bn3d_branch2c/beta/readæœÏñºƒ (B6bn3d_branch2c/beta/read = Identity(bn3d_branch2c/beta)HæœÏñºƒPr
res4a_branch2a/kernel/readéœÏñºƒ (B<res4a_branch2a/kernel/read = Identity(res4a_branch2a/kernel)HéœÏñºƒPl
bn4a_branch2a/gamma/readìœÏñºƒ (B8bn4a_branch2a/gamma/read = Identity(bn4a_branch2a/gamma)HìœÏñºƒPi
bn4a_branch2a/beta/readïœÏñºƒ (B6bn4a_branch2a/beta/read = Identity(bn4a_branch2a/beta)HïœÏñºƒPr
res4a_branch2b/kernel/readòœÏñºƒ (B<res4a_branch2b/kernel/read = Identity(res4a_branch2b/kernel)HòœÏñºƒPl
bn4a_branch2b/gamma/readõœÏñºƒ (B8bn4a_branch2b/gamma/read = Identity(bn4a_branch2b/gamma)HõœÏñºƒPi
bn4a_branch2b/beta/readøœÏñºƒ (B6bn4a_branch2b/beta/read = Identity(bn4a_branch2b/beta)HøœÏñºƒPr
res4a_branch2c/kernel/readûœÏñºƒ (B<res4a_branch2c/kernel/read = Identity(res4a_branch2c/kernel)HûœÏñºƒPl
bn4a_branch2c/gamma/readşœÏñºƒ (B8bn4a_branch2c/gamma/read = Identity(bn4a_branch2c/gamma)HşœÏñºƒPi
bn4a_branch2c/beta/readÏñºƒ (B6bn4a_branch2c/beta/read = Identity(bn4a_branch2c/beta)HÏñºƒPo
res4a_branch1/kernel/read„Ïñºƒ (B:res4a_branch1/kernel/read = Identity(res4a_branch1/kernel)H„ÏñºƒPi
bn4a_branch1/gamma/read‡Ïñºƒ (B6bn4a_branch1/gamma/read = Identity(bn4a_branch1/gamma)H‡ÏñºƒPf
bn4a_branch1/beta/readŠÏñºƒ (B4bn4a_branch1/beta/read = Identity(bn4a_branch1/beta)HŠÏñºƒPr
res4b_branch2a/kernel/readÏñºƒ (B<res4b_branch2a/kernel/read = Identity(res4b_branch2a/kernel)HÏñºƒPl
bn4b_branch2a/gamma/readÏñºƒ (B8bn4b_branch2a/gamma/read = Identity(bn4b_branch2a/gamma)HÏñºƒPi
bn4b_branch2a/beta/read“Ïñºƒ (B6bn4b_branch2a/beta/read = Identity(bn4b_branch2a/beta)H“ÏñºƒPr
res4b_branch2b/kernel/read–Ïñºƒ (B<res4b_branch2b/kernel/read = Identity(res4b_branch2b/kernel)H–ÏñºƒPl
bn4b_branch2b/gamma/read™Ïñºƒ (B8bn4b_branch2b/gamma/read = Identity(bn4b_branch2b/gamma)H™ÏñºƒPi
bn4b_branch2b/beta/readœÏñºƒ (B6bn4b_branch2b/beta/read = Identity(bn4b_branch2b/beta)HœÏñºƒPr
res4b_branch2c/kernel/readŸÏñºƒ (B<res4b_branch2c/kernel/read = Identity(res4b_branch2c/kernel)HŸÏñºƒPl
bn4b_branch2c/gamma/read¢Ïñºƒ (B8bn4b_branch2c/gamma/read = Identity(bn4b_branch2c/gamma)H¢ÏñºƒPi
bn4b_branch2c/beta/read¥Ïñºƒ (B6bn4b_branch2c/beta/read = Identity(bn4b_branch2c/beta)H¥ÏñºƒPr
res4c_branch2a/kernel/read¨Ïñºƒ (B<res4c_branch2a/kernel/read = Identity(res4c_branch2a/kernel)H¨ÏñºƒPl
bn4c_branch2a/gamma/read«Ïñºƒ (B8bn4c_branch2a/gamma/read = Identity(bn4c_branch2a/gamma)H«ÏñºƒPi
bn4c_branch2a/beta/read®Ïñºƒ (B6bn4c_branch2a/beta/read = Identity(bn4c_branch2a/beta)H®ÏñºƒPr
res4c_branch2b/kernel/read±Ïñºƒ (B<res4c_branch2b/kernel/read = Identity(res4c_branch2b/kernel)H±ÏñºƒPl
bn4c_branch2b/gamma/read³Ïñºƒ (B8bn4c_branch2b/gamma/read = Identity(bn4c_branch2b/gamma)H³ÏñºƒPi
bn4c_branch2b/beta/read¶Ïñºƒ (B6bn4c_branch2b/beta/read = Identity(bn4c_branch2b/beta)H¶ÏñºƒPr
res4c_branch2c/kernel/read¹Ïñºƒ (B<res4c_branch2c/kernel/read = Identity(res4c_branch2c/kernel)H¹ÏñºƒPl
bn4c_branch2c/gamma/read¼Ïñºƒ (B8bn4c_branch2c/gamma/read = Identity(bn4c_branch2c/gamma)H¼ÏñºƒPi
bn4c_branch2c/beta/read¿Ïñºƒ (B6bn4c_branch2c/beta/read = Identity(bn4c_branch2c/beta)H¿ÏñºƒPr
res4d_branch2a/kernel/readÃÏñºƒ (B<res4d_branch2a/kernel/read = Identity(res4d_branch2a/kernel)HÃÏñºƒPl
bn4d_branch2a/gamma/readÆÏñºƒ (B8bn4d_branch2a/gamma/read = Identity(bn4d_branch2a/gamma)HÆÏñºƒPi
bn4d_branch2a/beta/readÉÏñºƒ (B6bn4d_branch2a/beta/read = Identity(bn4d_branch2a/beta)HÉÏñºƒPr
res4d_branch2b/kernel/readËÏñºƒ (B<res4d_branch2b/kernel/read = Identity(res4d_branch2b/kernel)HËÏñºƒPl
bn4d_branch2b/gamma/readÏÏñºƒ (B8bn4d_branch2b/gamma/read = Identity(bn4d_branch2b/gamma)HÏÏñºƒPi
bn4d_branch2b/beta/readÑÏñºƒ (B6bn4d_branch2b/beta/read = Identity(bn4d_branch2b/beta)HÑÏñºƒPr
res4d_branch2c/kernel/readÔÏñºƒ (B<res4d_branch2c/kernel/read = Identity(res4d_branch2c/kernel)HÔÏñºƒPl
bn4d_branch2c/gamma/read×Ïñºƒ (B8bn4d_branch2c/gamma/read = Identity(bn4d_branch2c/gamma)H×ÏñºƒPi
bn4d_branch2c/beta/readÚÏñºƒ (B6bn4d_branch2c/beta/read = Identity(bn4d_branch2c/beta)HÚÏñºƒPr
res4e_branch2a/kernel/readŞÏñºƒ (B<res4e_branch2a/kernel/read = Identity(res4e_branch2a/kernel)HŞÏñºƒPl
bn4e_branch2a/gamma/readáÏñºƒ (B8bn4e_branch2a/gamma/read = Identity(bn4e_branch2a/gamma)HáÏñºƒPi
bn4e_branch2a/beta/readãÏñºƒ (B6bn4e_branch2a/beta/read = Identity(bn4e_branch2a/beta)HãÏñºƒPr
res4e_branch2b/kernel/readçÏñºƒ (B<res4e_branch2b/kernel/read = Identity(res4e_branch2b/kernel)HçÏñºƒPl
bn4e_branch2b/gamma/readêÏñºƒ (B8bn4e_branch2b/gamma/read = Identity(bn4e_branch2b/gamma)HêÏñºƒPi
bn4e_branch2b/beta/readíÏñºƒ (B6bn4e_branch2b/beta/read = Identity(bn4e_branch2b/beta)HíÏñºƒPr
res4e_branch2c/kernel/readğÏñºƒ (B<res4e_branch2c/kernel/read = Identity(res4e_branch2c/kernel)HğÏñºƒPl
bn4e_branch2c/gamma/readóÏñºƒ (B8bn4e_branch2c/gamma/read = Identity(bn4e_branch2c/gamma)HóÏñºƒPi
bn4e_branch2c/beta/readöÏñºƒ (B6bn4e_branch2c/beta/read = Identity(bn4e_branch2c/beta)HöÏñºƒPr
res4f_branch2a/kernel/readùÏñºƒ (B<res4f_branch2a/kernel/read = Identity(res4f_branch2a/kernel)HùÏñºƒPl
bn4f_branch2a/gamma/readüÏñºƒ (B8bn4f_branch2a/gamma/read = Identity(bn4f_branch2a/gamma)HüÏñºƒPi
bn4f_branch2a/beta/readÿÏñºƒ (B6bn4f_branch2a/beta/read = Identity(bn4f_branch2a/beta)HÿÏñºƒPr
res4f_branch2b/kernel/readƒÏñºƒ (B<res4f_branch2b/kernel/read = Identity(res4f_branch2b/kernel)HƒÏñºƒPl
bn4f_branch2b/gamma/read†Ïñºƒ (B8bn4f_branch2b/gamma/read = Identity(bn4f_branch2b/gamma)H†ÏñºƒPi
bn4f_branch2b/beta/readˆÏñºƒ (B6bn4f_branch2b/beta/read = Identity(bn4f_branch2b/beta)HˆÏñºƒPr
res4f_branch2c/kernel/read‹Ïñºƒ (B<res4f_branch2c/kernel/read = Identity(res4f_branch2c/kernel)H‹ÏñºƒPl
bn4f_branch2c/gamma/readÏñºƒ (B8bn4f_branch2c/gamma/read = Identity(bn4f_branch2c/gamma)HÏñºƒPi
bn4f_branch2c/beta/read‘Ïñºƒ (B6bn4f_branch2c/beta/read = Identity(bn4f_branch2c/beta)H‘ÏñºƒPr
res5a_branch2a/kernel/read•Ïñºƒ (B<res5a_branch2a/kernel/read = Identity(res5a_branch2a/kernel)H•ÏñºƒPl
bn5a_branch2a/gamma/read˜Ïñºƒ (B8bn5a_branch2a/gamma/read = Identity(bn5a_branch2a/gamma)H˜ÏñºƒPi
bn5a_branch2a/beta/read›Ïñºƒ (B6bn5a_branch2a/beta/read = Identity(bn5a_branch2a/beta)H›ÏñºƒPr
res5a_branch2b/kernel/readÏñºƒ (B<res5a_branch2b/kernel/read = Identity(res5a_branch2b/kernel)HÏñºƒPl
bn5a_branch2b/gamma/read¡Ïñºƒ (B8bn5a_branch2b/gamma/read = Identity(bn5a_branch2b/gamma)H¡ÏñºƒPi
bn5a_branch2b/beta/read¤Ïñºƒ (B6bn5a_branch2b/beta/read = Identity(bn5a_branch2b/beta)H¤ÏñºƒPr
res5a_branch2c/kernel/read§Ïñºƒ (B<res5a_branch2c/kernel/read = Identity(res5a_branch2c/kernel)H§ÏñºƒPl
bn5a_branch2c/gamma/readªÏñºƒ (B8bn5a_branch2c/gamma/read = Identity(bn5a_branch2c/gamma)HªÏñºƒPi
bn5a_branch2c/beta/read­Ïñºƒ (B6bn5a_branch2c/beta/read = Identity(bn5a_branch2c/beta)H­ÏñºƒPo
res5a_branch1/kernel/read°Ïñºƒ (B:res5a_branch1/kernel/read = Identity(res5a_branch1/kernel)H°ÏñºƒPi
bn5a_branch1/gamma/read³Ïñºƒ (B6bn5a_branch1/gamma/read = Identity(bn5a_branch1/gamma)H³ÏñºƒPf
bn5a_branch1/beta/read¶Ïñºƒ (B4bn5a_branch1/beta/read = Identity(bn5a_branch1/beta)H¶ÏñºƒPr
res5b_branch2a/kernel/read¹Ïñºƒ (B<res5b_branch2a/kernel/read = Identity(res5b_branch2a/kernel)H¹ÏñºƒPl
bn5b_branch2a/gamma/read¼Ïñºƒ (B8bn5b_branch2a/gamma/read = Identity(bn5b_branch2a/gamma)H¼ÏñºƒPi
bn5b_branch2a/beta/read¿Ïñºƒ (B6bn5b_branch2a/beta/read = Identity(bn5b_branch2a/beta)H¿ÏñºƒPr
res5b_branch2b/kernel/readÂÏñºƒ (B<res5b_branch2b/kernel/read = Identity(res5b_branch2b/kernel)HÂÏñºƒPl
bn5b_branch2b/gamma/readÅÏñºƒ (B8bn5b_branch2b/gamma/read = Identity(bn5b_branch2b/gamma)HÅÏñºƒPi
bn5b_branch2b/beta/readÇÏñºƒ (B6bn5b_branch2b/beta/read = Identity(bn5b_branch2b/beta)HÇÏñºƒPr
res5b_branch2c/kernel/readÊÏñºƒ (B<res5b_branch2c/kernel/read = Identity(res5b_branch2c/kernel)HÊÏñºƒPl
bn5b_branch2c/gamma/readÍÏñºƒ (B8bn5b_branch2c/gamma/read = Identity(bn5b_branch2c/gamma)HÍÏñºƒPi
bn5b_branch2c/beta/readĞÏñºƒ (B6bn5b_branch2c/beta/read = Identity(bn5b_branch2c/beta)HĞÏñºƒPr
res5c_branch2a/kernel/readÓÏñºƒ (B<res5c_branch2a/kernel/read = Identity(res5c_branch2a/kernel)HÓÏñºƒPl
bn5c_branch2a/gamma/readÖÏñºƒ (B8bn5c_branch2a/gamma/read = Identity(bn5c_branch2a/gamma)HÖÏñºƒPi
bn5c_branch2a/beta/readÙÏñºƒ (B6bn5c_branch2a/beta/read = Identity(bn5c_branch2a/beta)HÙÏñºƒPr
res5c_branch2b/kernel/readÜÏñºƒ (B<res5c_branch2b/kernel/read = Identity(res5c_branch2b/kernel)HÜÏñºƒPl
bn5c_branch2b/gamma/readßÏñºƒ (B8bn5c_branch2b/gamma/read = Identity(bn5c_branch2b/gamma)HßÏñºƒPi
bn5c_branch2b/beta/readâÏñºƒ (B6bn5c_branch2b/beta/read = Identity(bn5c_branch2b/beta)HâÏñºƒPr
res5c_branch2c/kernel/readåÏñºƒ (B<res5c_branch2c/kernel/read = Identity(res5c_branch2c/kernel)HåÏñºƒPl
bn5c_branch2c/gamma/readèÏñºƒ (B8bn5c_branch2c/gamma/read = Identity(bn5c_branch2c/gamma)HèÏñºƒPi
bn5c_branch2c/beta/readëÏñºƒ (B6bn5c_branch2c/beta/read = Identity(bn5c_branch2c/beta)HëÏñºƒPZ
fc1000/kernel/readîÏñºƒ (B,fc1000/kernel/read = Identity(fc1000/kernel)HîÏñºƒPT
fc1000/bias/readñÏñºƒ (B(fc1000/bias/read = Identity(fc1000/bias)HñÏñºƒP¶

RecvTensorÎòÔñºƒ g(g:
"  Bƒ[4000B] edge_162_gradients/fc1000/bias_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÎòÔñºƒ¾
'update_fc1000/bias/ApplyGradientDescentµóÔñºƒ (B{update_fc1000/bias/ApplyGradientDescent = ApplyGradientDescent(fc1000/bias, learning_rate, gradients/fc1000/bias_grad_S162)HµóÔñºƒPÀ

RecvTensor…óÔñºƒ µÄ(µÄ:"
€€ô€€ôB…[7.8MB] edge_163_gradients/fc1000/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H…óÔñºƒÉ
)update_fc1000/kernel/ApplyGradientDescentº·Ùñºƒ Õ
(Õ
Bupdate_fc1000/kernel/ApplyGradientDescent = ApplyGradientDescent(fc1000/kernel, learning_rate, gradients/fc1000/kernel_grad_S163)Hº·ÙñºƒP½

RecvTensorŸóÔñºƒ n(n:
"€@€@BŠ[8192B] edge_164_gradients/bn5c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŸóÔñºƒÛ
.update_bn5c_branch2c/beta/ApplyGradientDescentôÔñºƒ (Bupdate_bn5c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2c/beta, learning_rate, gradients/bn5c_branch2c/beta_grad_S164)HôÔñºƒP¾

RecvTensor«ôÔñºƒ v(v:
"€@€@B‹[8192B] edge_165_gradients/bn5c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H«ôÔñºƒß
/update_bn5c_branch2c/gamma/ApplyGradientDescent¡õÔñºƒ (B“update_bn5c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2c/gamma, learning_rate, gradients/bn5c_branch2c/gamma_grad_S165)H¡õÔñºƒPÈ

RecvTensorõùÔñºƒ ş(ş:"
€€€€€€B[4.0MB] edge_166_gradients/res5c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HõùÔñºƒé
1update_res5c_branch2c/kernel/ApplyGradientDescentóˆ×ñºƒ Ù(ÙB™update_res5c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res5c_branch2c/kernel, learning_rate, gradients/res5c_branch2c/kernel_grad_S166)Hóˆ×ñºƒP½

RecvTensorƒúÔñºƒ X(X:
"€€BŠ[2048B] edge_167_gradients/bn5c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HƒúÔñºƒÛ
.update_bn5c_branch2b/beta/ApplyGradientDescentÛúÔñºƒ (Bupdate_bn5c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2b/beta, learning_rate, gradients/bn5c_branch2b/beta_grad_S167)HÛúÔñºƒP¾

RecvTensor­úÔñºƒ n(n:
"€€B‹[2048B] edge_168_gradients/bn5c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H­úÔñºƒß
/update_bn5c_branch2b/gamma/ApplyGradientDescent›ûÔñºƒ (B“update_bn5c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2b/gamma, learning_rate, gradients/bn5c_branch2b/gamma_grad_S168)H›ûÔñºƒPÈ

RecvTensor§†Õñºƒ Ò…(Ò…:"
€€À€€ÀB[9.0MB] edge_169_gradients/res5c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H§†Õñºƒé
1update_res5c_branch2b/kernel/ApplyGradientDescentù‹Úñºƒ ¼(¼B™update_res5c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res5c_branch2b/kernel, learning_rate, gradients/res5c_branch2b/kernel_grad_S169)Hù‹ÚñºƒP½

RecvTensor´†Õñºƒ n(n:
"€€BŠ[2048B] edge_170_gradients/bn5c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H´†ÕñºƒÛ
.update_bn5c_branch2a/beta/ApplyGradientDescent¢‡Õñºƒ (Bupdate_bn5c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2a/beta, learning_rate, gradients/bn5c_branch2a/beta_grad_S170)H¢‡ÕñºƒP¾

RecvTensorİ†Õñºƒ b(b:
"€€B‹[2048B] edge_171_gradients/bn5c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hİ†Õñºƒß
/update_bn5c_branch2a/gamma/ApplyGradientDescent¿‡Õñºƒ (B“update_bn5c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2a/gamma, learning_rate, gradients/bn5c_branch2a/gamma_grad_S171)H¿‡ÕñºƒPÈ

RecvTensor•ŒÕñºƒ Ä(Ä:"
€€€€€€B[4.0MB] edge_172_gradients/res5c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H•ŒÕñºƒé
1update_res5c_branch2a/kernel/ApplyGradientDescent¤ĞØñºƒ ¯(¯B™update_res5c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res5c_branch2a/kernel, learning_rate, gradients/res5c_branch2a/kernel_grad_S172)H¤ĞØñºƒP¿

RecvTensor±ŒÕñºƒ (:
"€@€@BŠ[8192B] edge_173_gradients/bn5b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H±ŒÕñºƒÛ
.update_bn5b_branch2c/beta/ApplyGradientDescent¿Õñºƒ (Bupdate_bn5b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2c/beta, learning_rate, gradients/bn5b_branch2c/beta_grad_S173)H¿ÕñºƒPÀ

RecvTensor½Õñºƒ ™(™:
"€@€@B‹[8192B] edge_174_gradients/bn5b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H½Õñºƒß
/update_bn5b_branch2c/gamma/ApplyGradientDescentÖÕñºƒ (B“update_bn5b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2c/gamma, learning_rate, gradients/bn5b_branch2c/gamma_grad_S174)HÖÕñºƒPÈ

RecvTensorÑ’Õñºƒ ÒÕ(ÒÕ:"
€€€€€€B[4.0MB] edge_175_gradients/res5b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÑ’Õñºƒé
1update_res5b_branch2c/kernel/ApplyGradientDescent‘éØñºƒ Æ(ÆB™update_res5b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res5b_branch2c/kernel, learning_rate, gradients/res5b_branch2c/kernel_grad_S175)H‘éØñºƒP½

RecvTensorŞ’Õñºƒ p(p:
"€€BŠ[2048B] edge_176_gradients/bn5b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŞ’ÕñºƒÛ
.update_bn5b_branch2b/beta/ApplyGradientDescentÎ“Õñºƒ (Bupdate_bn5b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2b/beta, learning_rate, gradients/bn5b_branch2b/beta_grad_S176)HÎ“ÕñºƒP¾

RecvTensorˆ“Õñºƒ W(W:
"€€B‹[2048B] edge_177_gradients/bn5b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hˆ“Õñºƒß
/update_bn5b_branch2b/gamma/ApplyGradientDescentß“Õñºƒ (B“update_bn5b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2b/gamma, learning_rate, gradients/bn5b_branch2b/gamma_grad_S177)Hß“ÕñºƒPÈ

RecvTensorøÕñºƒ Ùú(Ùú:"
€€À€€ÀB[9.0MB] edge_178_gradients/res5b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HøÕñºƒé
1update_res5b_branch2b/kernel/ApplyGradientDescent•£Úñºƒ ×(×B™update_res5b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res5b_branch2b/kernel, learning_rate, gradients/res5b_branch2b/kernel_grad_S178)H•£ÚñºƒP½

RecvTensor…ŸÕñºƒ p(p:
"€€BŠ[2048B] edge_179_gradients/bn5b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H…ŸÕñºƒÛ
.update_bn5b_branch2a/beta/ApplyGradientDescentõŸÕñºƒ (Bupdate_bn5b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2a/beta, learning_rate, gradients/bn5b_branch2a/beta_grad_S179)HõŸÕñºƒP¾

RecvTensor®ŸÕñºƒ r(r:
"€€B‹[2048B] edge_180_gradients/bn5b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H®ŸÕñºƒß
/update_bn5b_branch2a/gamma/ApplyGradientDescent  Õñºƒ (B“update_bn5b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2a/gamma, learning_rate, gradients/bn5b_branch2a/gamma_grad_S180)H  ÕñºƒPÈ

RecvTensorø¤Õñºƒ Šë(Šë:"
€€€€€€B[4.0MB] edge_181_gradients/res5b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hø¤Õñºƒé
1update_res5b_branch2a/kernel/ApplyGradientDescent‚Ùñºƒ š(šB™update_res5b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res5b_branch2a/kernel, learning_rate, gradients/res5b_branch2a/kernel_grad_S181)H‚ÙñºƒP¾

RecvTensor’¥Õñºƒ (:
"€@€@B‰[8192B] edge_182_gradients/bn5a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H’¥Õñºƒ×
-update_bn5a_branch1/beta/ApplyGradientDescent°¦Õñºƒ (Bupdate_bn5a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch1/beta, learning_rate, gradients/bn5a_branch1/beta_grad_S182)H°¦ÕñºƒP¿

RecvTensorç¥Õñºƒ ™(™:
"€@€@BŠ[8192B] edge_183_gradients/bn5a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hç¥ÕñºƒÛ
.update_bn5a_branch1/gamma/ApplyGradientDescent€§Õñºƒ (Bupdate_bn5a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch1/gamma, learning_rate, gradients/bn5a_branch1/gamma_grad_S183)H€§ÕñºƒPÇ

RecvTensorç°Õñºƒ ‘à(‘à:"
€€€€€€BŒ[8.0MB] edge_184_gradients/res5a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hç°Õñºƒå
0update_res5a_branch1/kernel/ApplyGradientDescentµ˜Úñºƒ à
(à
B–update_res5a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch1/kernel, learning_rate, gradients/res5a_branch1/kernel_grad_S184)Hµ˜ÚñºƒP¿

RecvTensor‚±Õñºƒ (:
"€@€@BŠ[8192B] edge_185_gradients/bn5a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‚±ÕñºƒÛ
.update_bn5a_branch2c/beta/ApplyGradientDescent ²Õñºƒ (Bupdate_bn5a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2c/beta, learning_rate, gradients/bn5a_branch2c/beta_grad_S185)H ²ÕñºƒPÀ

RecvTensor‘²Õñºƒ (:
"€@€@B‹[8192B] edge_186_gradients/bn5a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‘²Õñºƒß
/update_bn5a_branch2c/gamma/ApplyGradientDescent®³Õñºƒ (B“update_bn5a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2c/gamma, learning_rate, gradients/bn5a_branch2c/gamma_grad_S186)H®³ÕñºƒPÈ

RecvTensorÆ·Õñºƒ ‡ê(‡ê:"
€€€€€€B[4.0MB] edge_187_gradients/res5a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÆ·Õñºƒé
1update_res5a_branch2c/kernel/ApplyGradientDescentÍ¡Ùñºƒ ­(­B™update_res5a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch2c/kernel, learning_rate, gradients/res5a_branch2c/kernel_grad_S187)HÍ¡ÙñºƒP½

RecvTensorÓ·Õñºƒ t(t:
"€€BŠ[2048B] edge_188_gradients/bn5a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÓ·ÕñºƒÛ
.update_bn5a_branch2b/beta/ApplyGradientDescentÇ¸Õñºƒ (Bupdate_bn5a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2b/beta, learning_rate, gradients/bn5a_branch2b/beta_grad_S188)HÇ¸ÕñºƒP¾

RecvTensorû·Õñºƒ q(q:
"€€B‹[2048B] edge_189_gradients/bn5a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hû·Õñºƒß
/update_bn5a_branch2b/gamma/ApplyGradientDescentì¸Õñºƒ (B“update_bn5a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2b/gamma, learning_rate, gradients/bn5a_branch2b/gamma_grad_S189)Hì¸ÕñºƒPÈ

RecvTensor—ÃÕñºƒ Û(Û:"
€€À€€ÀB[9.0MB] edge_190_gradients/res5a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H—ÃÕñºƒé
1update_res5a_branch2b/kernel/ApplyGradientDescentì¯Úñºƒ ­(­B™update_res5a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch2b/kernel, learning_rate, gradients/res5a_branch2b/kernel_grad_S190)Hì¯ÚñºƒP¿

RecvTensor²ÃÕñºƒ „(„:
"€€BŠ[2048B] edge_191_gradients/bn5a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H²ÃÕñºƒÛ
.update_bn5a_branch2a/beta/ApplyGradientDescent¶ÄÕñºƒ (Bupdate_bn5a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2a/beta, learning_rate, gradients/bn5a_branch2a/beta_grad_S191)H¶ÄÕñºƒP¾

RecvTensorºÄÕñºƒ q(q:
"€€B‹[2048B] edge_192_gradients/bn5a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HºÄÕñºƒß
/update_bn5a_branch2a/gamma/ApplyGradientDescent«ÅÕñºƒ (B“update_bn5a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2a/gamma, learning_rate, gradients/bn5a_branch2a/gamma_grad_S192)H«ÅÕñºƒPÈ

RecvTensorÌÏÕñºƒ ó¯(ó¯:"
€€€€€€B[2.0MB] edge_193_gradients/res5a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÌÏÕñºƒé
1update_res5a_branch2a/kernel/ApplyGradientDescent¿ÿ×ñºƒ í(íB™update_res5a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch2a/kernel, learning_rate, gradients/res5a_branch2a/kernel_grad_S193)H¿ÿ×ñºƒP¿

RecvTensorüÏÕñºƒ Œ(Œ:
"€ € BŠ[4096B] edge_194_gradients/bn4f_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HüÏÕñºƒÛ
.update_bn4f_branch2c/beta/ApplyGradientDescentˆÑÕñºƒ (Bupdate_bn4f_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2c/beta, learning_rate, gradients/bn4f_branch2c/beta_grad_S194)HˆÑÕñºƒPÀ

RecvTensor†ÒÕñºƒ ‹(‹:
"€ € B‹[4096B] edge_195_gradients/bn4f_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H†ÒÕñºƒß
/update_bn4f_branch2c/gamma/ApplyGradientDescent‘ÓÕñºƒ (B“update_bn4f_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2c/gamma, learning_rate, gradients/bn4f_branch2c/gamma_grad_S195)H‘ÓÕñºƒPÄ

RecvTensor¼×Õñºƒ öz(öz:"€€@€€@B[1.0MB] edge_196_gradients/res4f_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¼×Õñºƒé
1update_res4f_branch2c/kernel/ApplyGradientDescent²ÒÖñºƒ ¦(¦B™update_res4f_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4f_branch2c/kernel, learning_rate, gradients/res4f_branch2c/kernel_grad_S196)H²ÒÖñºƒP¿

RecvTensorÌ×Õñºƒ ƒ(ƒ:
"€€BŠ[1024B] edge_197_gradients/bn4f_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÌ×ÕñºƒÛ
.update_bn4f_branch2b/beta/ApplyGradientDescentÏØÕñºƒ (Bupdate_bn4f_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2b/beta, learning_rate, gradients/bn4f_branch2b/beta_grad_S197)HÏØÕñºƒP¾

RecvTensor—ØÕñºƒ q(q:
"€€B‹[1024B] edge_198_gradients/bn4f_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H—ØÕñºƒß
/update_bn4f_branch2b/gamma/ApplyGradientDescentˆÙÕñºƒ (B“update_bn4f_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2b/gamma, learning_rate, gradients/bn4f_branch2b/gamma_grad_S198)HˆÙÕñºƒPÈ

RecvTensorÒãÕñºƒ ¦å(¦å:"
€€€€B[2.2MB] edge_199_gradients/res4f_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÒãÕñºƒé
1update_res4f_branch2b/kernel/ApplyGradientDescentøÈØñºƒ í(íB™update_res4f_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4f_branch2b/kernel, learning_rate, gradients/res4f_branch2b/kernel_grad_S199)HøÈØñºƒP½

RecvTensorããÕñºƒ y(y:
"€€BŠ[1024B] edge_200_gradients/bn4f_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HããÕñºƒÛ
.update_bn4f_branch2a/beta/ApplyGradientDescentÜäÕñºƒ (Bupdate_bn4f_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2a/beta, learning_rate, gradients/bn4f_branch2a/beta_grad_S200)HÜäÕñºƒP¾

RecvTensor¯äÕñºƒ c(c:
"€€B‹[1024B] edge_201_gradients/bn4f_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¯äÕñºƒß
/update_bn4f_branch2a/gamma/ApplyGradientDescent’åÕñºƒ (B“update_bn4f_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2a/gamma, learning_rate, gradients/bn4f_branch2a/gamma_grad_S201)H’åÕñºƒPÆ

RecvTensorÏéÕñºƒ Ú(Ú:"€€@€€@B[1.0MB] edge_202_gradients/res4f_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÏéÕñºƒé
1update_res4f_branch2a/kernel/ApplyGradientDescent©øÖñºƒ ¼(¼B™update_res4f_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4f_branch2a/kernel, learning_rate, gradients/res4f_branch2a/kernel_grad_S202)H©øÖñºƒP¿

RecvTensorüéÕñºƒ (:
"€ € BŠ[4096B] edge_203_gradients/bn4e_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HüéÕñºƒÛ
.update_bn4e_branch2c/beta/ApplyGradientDescent™ëÕñºƒ (Bupdate_bn4e_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2c/beta, learning_rate, gradients/bn4e_branch2c/beta_grad_S203)H™ëÕñºƒPÀ

RecvTensor˜ìÕñºƒ  ( :
"€ € B‹[4096B] edge_204_gradients/bn4e_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H˜ìÕñºƒß
/update_bn4e_branch2c/gamma/ApplyGradientDescent¸íÕñºƒ (B“update_bn4e_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2c/gamma, learning_rate, gradients/bn4e_branch2c/gamma_grad_S204)H¸íÕñºƒPÆ

RecvTensorÆñÕñºƒ û•(û•:"€€@€€@B[1.0MB] edge_205_gradients/res4e_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÆñÕñºƒé
1update_res4e_branch2c/kernel/ApplyGradientDescentÁ‡×ñºƒ ¬(¬B™update_res4e_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4e_branch2c/kernel, learning_rate, gradients/res4e_branch2c/kernel_grad_S205)HÁ‡×ñºƒP½

RecvTensor×ñÕñºƒ n(n:
"€€BŠ[1024B] edge_206_gradients/bn4e_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H×ñÕñºƒÛ
.update_bn4e_branch2b/beta/ApplyGradientDescentÅòÕñºƒ (Bupdate_bn4e_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2b/beta, learning_rate, gradients/bn4e_branch2b/beta_grad_S206)HÅòÕñºƒP¾

RecvTensor¢òÕñºƒ i(i:
"€€B‹[1024B] edge_207_gradients/bn4e_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¢òÕñºƒß
/update_bn4e_branch2b/gamma/ApplyGradientDescent‹óÕñºƒ (B“update_bn4e_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2b/gamma, learning_rate, gradients/bn4e_branch2b/gamma_grad_S207)H‹óÕñºƒPÈ

RecvTensor¼şÕñºƒ Ìç(Ìç:"
€€€€B[2.2MB] edge_208_gradients/res4e_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¼şÕñºƒé
1update_res4e_branch2b/kernel/ApplyGradientDescentˆæØñºƒ ‰(‰B™update_res4e_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4e_branch2b/kernel, learning_rate, gradients/res4e_branch2b/kernel_grad_S208)HˆæØñºƒP½

RecvTensorÍşÕñºƒ p(p:
"€€BŠ[1024B] edge_209_gradients/bn4e_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÍşÕñºƒÛ
.update_bn4e_branch2a/beta/ApplyGradientDescent½ÿÕñºƒ (Bupdate_bn4e_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2a/beta, learning_rate, gradients/bn4e_branch2a/beta_grad_S209)H½ÿÕñºƒP¾

RecvTensor–ÿÕñºƒ n(n:
"€€B‹[1024B] edge_210_gradients/bn4e_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H–ÿÕñºƒß
/update_bn4e_branch2a/gamma/ApplyGradientDescent„€Öñºƒ (B“update_bn4e_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2a/gamma, learning_rate, gradients/bn4e_branch2a/gamma_grad_S210)H„€ÖñºƒPÆ

RecvTensorùƒÖñºƒ õ¤(õ¤:"€€@€€@B[1.0MB] edge_211_gradients/res4e_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HùƒÖñºƒé
1update_res4e_branch2a/kernel/ApplyGradientDescentî¨×ñºƒ º(ºB™update_res4e_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4e_branch2a/kernel, learning_rate, gradients/res4e_branch2a/kernel_grad_S211)Hî¨×ñºƒP¿

RecvTensor¨„Öñºƒ ¤(¤:
"€ € BŠ[4096B] edge_212_gradients/bn4d_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¨„ÖñºƒÛ
.update_bn4d_branch2c/beta/ApplyGradientDescentÌ…Öñºƒ (Bupdate_bn4d_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2c/beta, learning_rate, gradients/bn4d_branch2c/beta_grad_S212)HÌ…ÖñºƒPÀ

RecvTensor¨†Öñºƒ (:
"€ € B‹[4096B] edge_213_gradients/bn4d_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¨†Öñºƒß
/update_bn4d_branch2c/gamma/ApplyGradientDescent¸‡Öñºƒ (B“update_bn4d_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2c/gamma, learning_rate, gradients/bn4d_branch2c/gamma_grad_S213)H¸‡ÖñºƒPÆ

RecvTensor¸‹Öñºƒ é©(é©:"€€@€€@B[1.0MB] edge_214_gradients/res4d_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¸‹Öñºƒé
1update_res4d_branch2c/kernel/ApplyGradientDescent¡µ×ñºƒ ¿(¿B™update_res4d_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4d_branch2c/kernel, learning_rate, gradients/res4d_branch2c/kernel_grad_S214)H¡µ×ñºƒP½

RecvTensorÊ‹Öñºƒ p(p:
"€€BŠ[1024B] edge_215_gradients/bn4d_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÊ‹ÖñºƒÛ
.update_bn4d_branch2b/beta/ApplyGradientDescentºŒÖñºƒ (Bupdate_bn4d_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2b/beta, learning_rate, gradients/bn4d_branch2b/beta_grad_S215)HºŒÖñºƒP¾

RecvTensor—ŒÖñºƒ z(z:
"€€B‹[1024B] edge_216_gradients/bn4d_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H—ŒÖñºƒß
/update_bn4d_branch2b/gamma/ApplyGradientDescent‘Öñºƒ (B“update_bn4d_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2b/gamma, learning_rate, gradients/bn4d_branch2b/gamma_grad_S216)H‘ÖñºƒPÈ

RecvTensorÂ˜Öñºƒ °à(°à:"
€€€€B[2.2MB] edge_217_gradients/res4d_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÂ˜Öñºƒé
1update_res4d_branch2b/kernel/ApplyGradientDescentòøØñºƒ ÿ(ÿB™update_res4d_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4d_branch2b/kernel, learning_rate, gradients/res4d_branch2b/kernel_grad_S217)HòøØñºƒP½

RecvTensorÓ˜Öñºƒ u(u:
"€€BŠ[1024B] edge_218_gradients/bn4d_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÓ˜ÖñºƒÛ
.update_bn4d_branch2a/beta/ApplyGradientDescentÈ™Öñºƒ (Bupdate_bn4d_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2a/beta, learning_rate, gradients/bn4d_branch2a/beta_grad_S218)HÈ™ÖñºƒP¾

RecvTensorš™Öñºƒ r(r:
"€€B‹[1024B] edge_219_gradients/bn4d_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hš™Öñºƒß
/update_bn4d_branch2a/gamma/ApplyGradientDescentŒšÖñºƒ (B“update_bn4d_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2a/gamma, learning_rate, gradients/bn4d_branch2a/gamma_grad_S219)HŒšÖñºƒPÆ

RecvTensorÎÖñºƒ ªµ(ªµ:"€€@€€@B[1.0MB] edge_220_gradients/res4d_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÎÖñºƒé
1update_res4d_branch2a/kernel/ApplyGradientDescentøÓ×ñºƒ «(«B™update_res4d_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4d_branch2a/kernel, learning_rate, gradients/res4d_branch2a/kernel_grad_S220)HøÓ×ñºƒP¿

RecvTensorùÖñºƒ ­(­:
"€ € BŠ[4096B] edge_221_gradients/bn4c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HùÖñºƒÛ
.update_bn4c_branch2c/beta/ApplyGradientDescent¦ Öñºƒ (Bupdate_bn4c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2c/beta, learning_rate, gradients/bn4c_branch2c/beta_grad_S221)H¦ ÖñºƒPÀ

RecvTensor‡¡Öñºƒ £(£:
"€ € B‹[4096B] edge_222_gradients/bn4c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‡¡Öñºƒß
/update_bn4c_branch2c/gamma/ApplyGradientDescentª¢Öñºƒ (B“update_bn4c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2c/gamma, learning_rate, gradients/bn4c_branch2c/gamma_grad_S222)Hª¢ÖñºƒPÆ

RecvTensor¦Öñºƒ À¸(À¸:"€€@€€@B[1.0MB] edge_223_gradients/res4c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¦Öñºƒé
1update_res4c_branch2c/kernel/ApplyGradientDescentãŞ×ñºƒ ¿(¿B™update_res4c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4c_branch2c/kernel, learning_rate, gradients/res4c_branch2c/kernel_grad_S223)HãŞ×ñºƒP½

RecvTensor“¦Öñºƒ p(p:
"€€BŠ[1024B] edge_224_gradients/bn4c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H“¦ÖñºƒÛ
.update_bn4c_branch2b/beta/ApplyGradientDescentƒ§Öñºƒ (Bupdate_bn4c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2b/beta, learning_rate, gradients/bn4c_branch2b/beta_grad_S224)Hƒ§ÖñºƒPÀ

RecvTensorÜ¦Öñºƒ ˆ(ˆ:
"€€B‹[1024B] edge_225_gradients/bn4c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÜ¦Öñºƒß
/update_bn4c_branch2b/gamma/ApplyGradientDescentä§Öñºƒ (B“update_bn4c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2b/gamma, learning_rate, gradients/bn4c_branch2b/gamma_grad_S225)Hä§ÖñºƒPÈ

RecvTensor«³Öñºƒ ÙÔ(ÙÔ:"
€€€€B[2.2MB] edge_226_gradients/res4c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H«³Öñºƒé
1update_res4c_branch2b/kernel/ApplyGradientDescent„ˆÙñºƒ é(éB™update_res4c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4c_branch2b/kernel, learning_rate, gradients/res4c_branch2b/kernel_grad_S226)H„ˆÙñºƒP½

RecvTensor½³Öñºƒ v(v:
"€€BŠ[1024B] edge_227_gradients/bn4c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H½³ÖñºƒÛ
.update_bn4c_branch2a/beta/ApplyGradientDescent³´Öñºƒ (Bupdate_bn4c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2a/beta, learning_rate, gradients/bn4c_branch2a/beta_grad_S227)H³´ÖñºƒP¾

RecvTensor…´Öñºƒ u(u:
"€€B‹[1024B] edge_228_gradients/bn4c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H…´Öñºƒß
/update_bn4c_branch2a/gamma/ApplyGradientDescentú´Öñºƒ (B“update_bn4c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2a/gamma, learning_rate, gradients/bn4c_branch2a/gamma_grad_S228)Hú´ÖñºƒPÆ

RecvTensor×¹Öñºƒ ²¾(²¾:"€€@€€@B[1.0MB] edge_229_gradients/res4c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H×¹Öñºƒé
1update_res4c_branch2a/kernel/ApplyGradientDescent‰ø×ñºƒ ¶(¶B™update_res4c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4c_branch2a/kernel, learning_rate, gradients/res4c_branch2a/kernel_grad_S229)H‰ø×ñºƒP¿

RecvTensor†ºÖñºƒ ·(·:
"€ € BŠ[4096B] edge_230_gradients/bn4b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H†ºÖñºƒÛ
.update_bn4b_branch2c/beta/ApplyGradientDescent½»Öñºƒ (Bupdate_bn4b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2c/beta, learning_rate, gradients/bn4b_branch2c/beta_grad_S230)H½»ÖñºƒPÀ

RecvTensor”¼Öñºƒ µ(µ:
"€ € B‹[4096B] edge_231_gradients/bn4b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H”¼Öñºƒß
/update_bn4b_branch2c/gamma/ApplyGradientDescentÉ½Öñºƒ (B“update_bn4b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2c/gamma, learning_rate, gradients/bn4b_branch2c/gamma_grad_S231)HÉ½ÖñºƒPÆ

RecvTensorÍÁÖñºƒ ¹¿(¹¿:"€€@€€@B[1.0MB] edge_232_gradients/res4b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÍÁÖñºƒé
1update_res4b_branch2c/kernel/ApplyGradientDescent¬‚Øñºƒ ³(³B™update_res4b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4b_branch2c/kernel, learning_rate, gradients/res4b_branch2c/kernel_grad_S232)H¬‚ØñºƒP¿

RecvTensorßÁÖñºƒ (:
"€€BŠ[1024B] edge_233_gradients/bn4b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HßÁÖñºƒÛ
.update_bn4b_branch2b/beta/ApplyGradientDescentàÂÖñºƒ (Bupdate_bn4b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2b/beta, learning_rate, gradients/bn4b_branch2b/beta_grad_S233)HàÂÖñºƒP¾

RecvTensor¨ÂÖñºƒ v(v:
"€€B‹[1024B] edge_234_gradients/bn4b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¨ÂÖñºƒß
/update_bn4b_branch2b/gamma/ApplyGradientDescentÃÖñºƒ (B“update_bn4b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2b/gamma, learning_rate, gradients/bn4b_branch2b/gamma_grad_S234)HÃÖñºƒPÈ

RecvTensorØÎÖñºƒ ·Ä(·Ä:"
€€€€B[2.2MB] edge_235_gradients/res4b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HØÎÖñºƒé
1update_res4b_branch2b/kernel/ApplyGradientDescentœ•Ùñºƒ Š(ŠB™update_res4b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4b_branch2b/kernel, learning_rate, gradients/res4b_branch2b/kernel_grad_S235)Hœ•ÙñºƒP½

RecvTensorêÎÖñºƒ (:
"€€BŠ[1024B] edge_236_gradients/bn4b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HêÎÖñºƒÛ
.update_bn4b_branch2a/beta/ApplyGradientDescentéÏÖñºƒ (Bupdate_bn4b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2a/beta, learning_rate, gradients/bn4b_branch2a/beta_grad_S236)HéÏÖñºƒP¾

RecvTensor³ÏÖñºƒ {({:
"€€B‹[1024B] edge_237_gradients/bn4b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H³ÏÖñºƒß
/update_bn4b_branch2a/gamma/ApplyGradientDescent®ĞÖñºƒ (B“update_bn4b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2a/gamma, learning_rate, gradients/bn4b_branch2a/gamma_grad_S237)H®ĞÖñºƒPÆ

RecvTensorßÔÖñºƒ  ¿( ¿:"€€@€€@B[1.0MB] edge_238_gradients/res4b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HßÔÖñºƒé
1update_res4b_branch2a/kernel/ApplyGradientDescentÿ“Øñºƒ «(«B™update_res4b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4b_branch2a/kernel, learning_rate, gradients/res4b_branch2a/kernel_grad_S238)Hÿ“ØñºƒP¾

RecvTensorÕÖñºƒ Æ(Æ:
"€ € B‰[4096B] edge_239_gradients/bn4a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÕÖñºƒ×
-update_bn4a_branch1/beta/ApplyGradientDescentÓÖÖñºƒ (Bupdate_bn4a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch1/beta, learning_rate, gradients/bn4a_branch1/beta_grad_S239)HÓÖÖñºƒP¿

RecvTensor®ÖÖñºƒ ¯(¯:
"€ € BŠ[4096B] edge_240_gradients/bn4a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H®ÖÖñºƒÛ
.update_bn4a_branch1/gamma/ApplyGradientDescentİ×Öñºƒ (Bupdate_bn4a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch1/gamma, learning_rate, gradients/bn4a_branch1/gamma_grad_S240)Hİ×ÖñºƒPÇ

RecvTensor­áÖñºƒ Ï¨(Ï¨:"
€€€€€€BŒ[2.0MB] edge_241_gradients/res4a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H­áÖñºƒå
0update_res4a_branch1/kernel/ApplyGradientDescentúŠÙñºƒ ä(äB–update_res4a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch1/kernel, learning_rate, gradients/res4a_branch1/kernel_grad_S241)HúŠÙñºƒP¿

RecvTensorÚáÖñºƒ Ì(Ì:
"€ € BŠ[4096B] edge_242_gradients/bn4a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÚáÖñºƒÛ
.update_bn4a_branch2c/beta/ApplyGradientDescent¦ãÖñºƒ (Bupdate_bn4a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2c/beta, learning_rate, gradients/bn4a_branch2c/beta_grad_S242)H¦ãÖñºƒPÀ

RecvTensoräãÖñºƒ À(À:
"€ € B‹[4096B] edge_243_gradients/bn4a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HäãÖñºƒß
/update_bn4a_branch2c/gamma/ApplyGradientDescent¤åÖñºƒ (B“update_bn4a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2c/gamma, learning_rate, gradients/bn4a_branch2c/gamma_grad_S243)H¤åÖñºƒPÆ

RecvTensor‹éÖñºƒ ƒ½(ƒ½:"€€@€€@B[1.0MB] edge_244_gradients/res4a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‹éÖñºƒé
1update_res4a_branch2c/kernel/ApplyGradientDescent˜¦Øñºƒ ¶(¶B™update_res4a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch2c/kernel, learning_rate, gradients/res4a_branch2c/kernel_grad_S244)H˜¦ØñºƒP½

RecvTensorœéÖñºƒ }(}:
"€€BŠ[1024B] edge_245_gradients/bn4a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HœéÖñºƒÛ
.update_bn4a_branch2b/beta/ApplyGradientDescent™êÖñºƒ (Bupdate_bn4a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2b/beta, learning_rate, gradients/bn4a_branch2b/beta_grad_S245)H™êÖñºƒP¾

RecvTensorçéÖñºƒ o(o:
"€€B‹[1024B] edge_246_gradients/bn4a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HçéÖñºƒß
/update_bn4a_branch2b/gamma/ApplyGradientDescentÖêÖñºƒ (B“update_bn4a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2b/gamma, learning_rate, gradients/bn4a_branch2b/gamma_grad_S246)HÖêÖñºƒPÈ

RecvTensorªõÖñºƒ Ä¨(Ä¨:"
€€€€B[2.2MB] edge_247_gradients/res4a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HªõÖñºƒé
1update_res4a_branch2b/kernel/ApplyGradientDescentîÙñºƒ †(†B™update_res4a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch2b/kernel, learning_rate, gradients/res4a_branch2b/kernel_grad_S247)HîÙñºƒP¿

RecvTensor×õÖñºƒ ƒ(ƒ:
"€€BŠ[1024B] edge_248_gradients/bn4a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H×õÖñºƒÛ
.update_bn4a_branch2a/beta/ApplyGradientDescentÚöÖñºƒ (Bupdate_bn4a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2a/beta, learning_rate, gradients/bn4a_branch2a/beta_grad_S248)HÚöÖñºƒP¾

RecvTensorá÷Öñºƒ a(a:
"€€B‹[1024B] edge_249_gradients/bn4a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Há÷Öñºƒß
/update_bn4a_branch2a/gamma/ApplyGradientDescentåùÖñºƒ (B“update_bn4a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2a/gamma, learning_rate, gradients/bn4a_branch2a/gamma_grad_S249)HåùÖñºƒPÄ

RecvTensorµ‚×ñºƒ  d( d:"€€ €€ B[0.5MB] edge_250_gradients/res4a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hµ‚×ñºƒç
1update_res4a_branch2a/kernel/ApplyGradientDescentÕæ×ñºƒ X(XB™update_res4a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch2a/kernel, learning_rate, gradients/res4a_branch2a/kernel_grad_S250)HÕæ×ñºƒP¿

RecvTensorˆƒ×ñºƒ –(–:
"€€BŠ[2048B] edge_251_gradients/bn3d_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hˆƒ×ñºƒÛ
.update_bn3d_branch2c/beta/ApplyGradientDescent„×ñºƒ (Bupdate_bn3d_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2c/beta, learning_rate, gradients/bn3d_branch2c/beta_grad_S251)H„×ñºƒPÀ

RecvTensor ‡×ñºƒ (:
"€€B‹[2048B] edge_252_gradients/bn3d_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H ‡×ñºƒß
/update_bn3d_branch2c/gamma/ApplyGradientDescentíˆ×ñºƒ (B“update_bn3d_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2c/gamma, learning_rate, gradients/bn3d_branch2c/gamma_grad_S252)Híˆ×ñºƒPÄ

RecvTensorĞŒ×ñºƒ ¡2(¡2:"€€€€B[0.2MB] edge_253_gradients/res3d_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HĞŒ×ñºƒç
1update_res3d_branch2c/kernel/ApplyGradientDescentñ¾×ñºƒ 1(1B™update_res3d_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3d_branch2c/kernel, learning_rate, gradients/res3d_branch2c/kernel_grad_S253)Hñ¾×ñºƒP¼

RecvTensorëŒ×ñºƒ w(w:
"€€B‰[512B] edge_254_gradients/bn3d_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HëŒ×ñºƒÛ
.update_bn3d_branch2b/beta/ApplyGradientDescentÌ×ñºƒ (Bupdate_bn3d_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2b/beta, learning_rate, gradients/bn3d_branch2b/beta_grad_S254)HÌ×ñºƒP½

RecvTensorõ×ñºƒ w(w:
"€€BŠ[512B] edge_255_gradients/bn3d_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hõ×ñºƒß
/update_bn3d_branch2b/gamma/ApplyGradientDescentì×ñºƒ (B“update_bn3d_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2b/gamma, learning_rate, gradients/bn3d_branch2b/gamma_grad_S255)Hì×ñºƒPÄ

RecvTensorğ™×ñºƒ ¶o(¶o:"€€$€€$B[0.6MB] edge_256_gradients/res3d_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hğ™×ñºƒç
1update_res3d_branch2b/kernel/ApplyGradientDescent¦‰Øñºƒ b(bB™update_res3d_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3d_branch2b/kernel, learning_rate, gradients/res3d_branch2b/kernel_grad_S256)H¦‰ØñºƒP¾

RecvTensorŒš×ñºƒ Š(Š:
"€€B‰[512B] edge_257_gradients/bn3d_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŒš×ñºƒÛ
.update_bn3d_branch2a/beta/ApplyGradientDescent–›×ñºƒ (Bupdate_bn3d_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2a/beta, learning_rate, gradients/bn3d_branch2a/beta_grad_S257)H–›×ñºƒP½

RecvTensor”›×ñºƒ q(q:
"€€BŠ[512B] edge_258_gradients/bn3d_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H”›×ñºƒß
/update_bn3d_branch2a/gamma/ApplyGradientDescent…œ×ñºƒ (B“update_bn3d_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2a/gamma, learning_rate, gradients/bn3d_branch2a/gamma_grad_S258)H…œ×ñºƒPÄ

RecvTensor» ×ñºƒ Ñ3(Ñ3:"€€€€B[0.2MB] edge_259_gradients/res3d_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H» ×ñºƒç
1update_res3d_branch2a/kernel/ApplyGradientDescent£Õ×ñºƒ 0(0B™update_res3d_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3d_branch2a/kernel, learning_rate, gradients/res3d_branch2a/kernel_grad_S259)H£Õ×ñºƒP¿

RecvTensor’¡×ñºƒ Œ(Œ:
"€€BŠ[2048B] edge_260_gradients/bn3c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H’¡×ñºƒÛ
.update_bn3c_branch2c/beta/ApplyGradientDescent¢×ñºƒ (Bupdate_bn3c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2c/beta, learning_rate, gradients/bn3c_branch2c/beta_grad_S260)H¢×ñºƒPÀ

RecvTensor®¥×ñºƒ £(£:
"€€B‹[2048B] edge_261_gradients/bn3c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H®¥×ñºƒß
/update_bn3c_branch2c/gamma/ApplyGradientDescentÑ¦×ñºƒ (B“update_bn3c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2c/gamma, learning_rate, gradients/bn3c_branch2c/gamma_grad_S261)HÑ¦×ñºƒPÄ

RecvTensorØª×ñºƒ Ú3(Ú3:"€€€€B[0.2MB] edge_262_gradients/res3c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HØª×ñºƒç
1update_res3c_branch2c/kernel/ApplyGradientDescent²Ş×ñºƒ 1(1B™update_res3c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3c_branch2c/kernel, learning_rate, gradients/res3c_branch2c/kernel_grad_S262)H²Ş×ñºƒP¼

RecvTensoróª×ñºƒ p(p:
"€€B‰[512B] edge_263_gradients/bn3c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hóª×ñºƒÛ
.update_bn3c_branch2b/beta/ApplyGradientDescentã«×ñºƒ (Bupdate_bn3c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2b/beta, learning_rate, gradients/bn3c_branch2b/beta_grad_S263)Hã«×ñºƒP½

RecvTensor¬×ñºƒ j(j:
"€€BŠ[512B] edge_264_gradients/bn3c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¬×ñºƒß
/update_bn3c_branch2b/gamma/ApplyGradientDescentë¬×ñºƒ (B“update_bn3c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2b/gamma, learning_rate, gradients/bn3c_branch2b/gamma_grad_S264)Hë¬×ñºƒPÄ

RecvTensor¾¸×ñºƒ Æi(Æi:"€€$€€$B[0.6MB] edge_265_gradients/res3c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¾¸×ñºƒç
1update_res3c_branch2b/kernel/ApplyGradientDescent„¢Øñºƒ i(iB™update_res3c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3c_branch2b/kernel, learning_rate, gradients/res3c_branch2b/kernel_grad_S265)H„¢ØñºƒP¼

RecvTensorÚ¸×ñºƒ s(s:
"€€B‰[512B] edge_266_gradients/bn3c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÚ¸×ñºƒÛ
.update_bn3c_branch2a/beta/ApplyGradientDescentÍ¹×ñºƒ (Bupdate_bn3c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2a/beta, learning_rate, gradients/bn3c_branch2a/beta_grad_S266)HÍ¹×ñºƒP½

RecvTensorŞ¹×ñºƒ y(y:
"€€BŠ[512B] edge_267_gradients/bn3c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŞ¹×ñºƒß
/update_bn3c_branch2a/gamma/ApplyGradientDescent×º×ñºƒ (B“update_bn3c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2a/gamma, learning_rate, gradients/bn3c_branch2a/gamma_grad_S267)H×º×ñºƒPÄ

RecvTensorô¾×ñºƒ 3(3:"€€€€B[0.2MB] edge_268_gradients/res3c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hô¾×ñºƒç
1update_res3c_branch2a/kernel/ApplyGradientDescent’ò×ñºƒ 4(4B™update_res3c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3c_branch2a/kernel, learning_rate, gradients/res3c_branch2a/kernel_grad_S268)H’ò×ñºƒP¿

RecvTensorÍ¿×ñºƒ ¢(¢:
"€€BŠ[2048B] edge_269_gradients/bn3b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÍ¿×ñºƒÛ
.update_bn3b_branch2c/beta/ApplyGradientDescentïÀ×ñºƒ (Bupdate_bn3b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2c/beta, learning_rate, gradients/bn3b_branch2c/beta_grad_S269)HïÀ×ñºƒPÀ

RecvTensorÖÃ×ñºƒ (:
"€€B‹[2048B] edge_270_gradients/bn3b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÖÃ×ñºƒß
/update_bn3b_branch2c/gamma/ApplyGradientDescentæÄ×ñºƒ (B“update_bn3b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2c/gamma, learning_rate, gradients/bn3b_branch2c/gamma_grad_S270)HæÄ×ñºƒPÄ

RecvTensorØÈ×ñºƒ º2(º2:"€€€€B[0.2MB] edge_271_gradients/res3b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HØÈ×ñºƒç
1update_res3b_branch2c/kernel/ApplyGradientDescent’û×ñºƒ 2(2B™update_res3b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3b_branch2c/kernel, learning_rate, gradients/res3b_branch2c/kernel_grad_S271)H’û×ñºƒP¾

RecvTensorôÈ×ñºƒ ‚(‚:
"€€B‰[512B] edge_272_gradients/bn3b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HôÈ×ñºƒÛ
.update_bn3b_branch2b/beta/ApplyGradientDescentöÉ×ñºƒ (Bupdate_bn3b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2b/beta, learning_rate, gradients/bn3b_branch2b/beta_grad_S272)HöÉ×ñºƒP½

RecvTensor‹Ê×ñºƒ ~(~:
"€€BŠ[512B] edge_273_gradients/bn3b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‹Ê×ñºƒß
/update_bn3b_branch2b/gamma/ApplyGradientDescent‰Ë×ñºƒ (B“update_bn3b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2b/gamma, learning_rate, gradients/bn3b_branch2b/gamma_grad_S273)H‰Ë×ñºƒPÄ

RecvTensorØÕ×ñºƒ ·`(·`:"€€$€€$B[0.6MB] edge_274_gradients/res3b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HØÕ×ñºƒç
1update_res3b_branch2b/kernel/ApplyGradientDescent¶Øñºƒ c(cB™update_res3b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3b_branch2b/kernel, learning_rate, gradients/res3b_branch2b/kernel_grad_S274)H¶ØñºƒP¼

RecvTensoróÕ×ñºƒ z(z:
"€€B‰[512B] edge_275_gradients/bn3b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HóÕ×ñºƒÛ
.update_bn3b_branch2a/beta/ApplyGradientDescentíÖ×ñºƒ (Bupdate_bn3b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2a/beta, learning_rate, gradients/bn3b_branch2a/beta_grad_S275)HíÖ×ñºƒP½

RecvTensorüÖ×ñºƒ a(a:
"€€BŠ[512B] edge_276_gradients/bn3b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HüÖ×ñºƒß
/update_bn3b_branch2a/gamma/ApplyGradientDescentİ××ñºƒ (B“update_bn3b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2a/gamma, learning_rate, gradients/bn3b_branch2a/gamma_grad_S276)Hİ××ñºƒPÄ

RecvTensor·Ü×ñºƒ Ê/(Ê/:"€€€€B[0.2MB] edge_277_gradients/res3b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H·Ü×ñºƒç
1update_res3b_branch2a/kernel/ApplyGradientDescentŒØñºƒ 1(1B™update_res3b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3b_branch2a/kernel, learning_rate, gradients/res3b_branch2a/kernel_grad_S277)HŒØñºƒP¾

RecvTensor„İ×ñºƒ ˆ(ˆ:
"€€B‰[2048B] edge_278_gradients/bn3a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H„İ×ñºƒ×
-update_bn3a_branch1/beta/ApplyGradientDescentŒŞ×ñºƒ (Bupdate_bn3a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch1/beta, learning_rate, gradients/bn3a_branch1/beta_grad_S278)HŒŞ×ñºƒP¿

RecvTensorÉß×ñºƒ ›(›:
"€€BŠ[2048B] edge_279_gradients/bn3a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÉß×ñºƒÛ
.update_bn3a_branch1/gamma/ApplyGradientDescentäà×ñºƒ (Bupdate_bn3a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch1/gamma, learning_rate, gradients/bn3a_branch1/gamma_grad_S279)Häà×ñºƒPÃ

RecvTensorœê×ñºƒ ÍQ(ÍQ:"€€ €€ BŒ[0.5MB] edge_280_gradients/res3a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hœê×ñºƒã
0update_res3a_branch1/kernel/ApplyGradientDescenté»Øñºƒ [([B–update_res3a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch1/kernel, learning_rate, gradients/res3a_branch1/kernel_grad_S280)Hé»ØñºƒP¿

RecvTensorñê×ñºƒ š(š:
"€€BŠ[2048B] edge_281_gradients/bn3a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hñê×ñºƒÛ
.update_bn3a_branch2c/beta/ApplyGradientDescent‹ì×ñºƒ (Bupdate_bn3a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2c/beta, learning_rate, gradients/bn3a_branch2c/beta_grad_S281)H‹ì×ñºƒPÀ

RecvTensor ï×ñºƒ ˜(˜:
"€€B‹[2048B] edge_282_gradients/bn3a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H ï×ñºƒß
/update_bn3a_branch2c/gamma/ApplyGradientDescent¸ğ×ñºƒ (B“update_bn3a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2c/gamma, learning_rate, gradients/bn3a_branch2c/gamma_grad_S282)H¸ğ×ñºƒPÄ

RecvTensorÈô×ñºƒ ¹+(¹+:"€€€€B[0.2MB] edge_283_gradients/res3a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÈô×ñºƒç
1update_res3a_branch2c/kernel/ApplyGradientDescent Øñºƒ 2(2B™update_res3a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch2c/kernel, learning_rate, gradients/res3a_branch2c/kernel_grad_S283)H ØñºƒP¼

RecvTensorãô×ñºƒ z(z:
"€€B‰[512B] edge_284_gradients/bn3a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hãô×ñºƒÛ
.update_bn3a_branch2b/beta/ApplyGradientDescentİõ×ñºƒ (Bupdate_bn3a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2b/beta, learning_rate, gradients/bn3a_branch2b/beta_grad_S284)Hİõ×ñºƒP½

RecvTensorçõ×ñºƒ }(}:
"€€BŠ[512B] edge_285_gradients/bn3a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hçõ×ñºƒß
/update_bn3a_branch2b/gamma/ApplyGradientDescentäö×ñºƒ (B“update_bn3a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2b/gamma, learning_rate, gradients/bn3a_branch2b/gamma_grad_S285)Häö×ñºƒPÄ

RecvTensorÄØñºƒ ŞP(ŞP:"€€$€€$B[0.6MB] edge_286_gradients/res3a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÄØñºƒç
1update_res3a_branch2b/kernel/ApplyGradientDescentÓÕØñºƒ i(iB™update_res3a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch2b/kernel, learning_rate, gradients/res3a_branch2b/kernel_grad_S286)HÓÕØñºƒP¼

RecvTensor•‚Øñºƒ s(s:
"€€B‰[512B] edge_287_gradients/bn3a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H•‚ØñºƒÛ
.update_bn3a_branch2a/beta/ApplyGradientDescentßƒØñºƒ (Bupdate_bn3a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2a/beta, learning_rate, gradients/bn3a_branch2a/beta_grad_S287)HßƒØñºƒP½

RecvTensor¯†Øñºƒ w(w:
"€€BŠ[512B] edge_288_gradients/bn3a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¯†Øñºƒß
/update_bn3a_branch2a/gamma/ApplyGradientDescent¦‡Øñºƒ (B“update_bn3a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2a/gamma, learning_rate, gradients/bn3a_branch2a/gamma_grad_S288)H¦‡ØñºƒPÄ

RecvTensor‡‘Øñºƒ ø(ø:"€€€€B[0.1MB] edge_289_gradients/res3a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‡‘Øñºƒç
1update_res3a_branch2a/kernel/ApplyGradientDescentÿ¥Øñºƒ (B™update_res3a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch2a/kernel, learning_rate, gradients/res3a_branch2a/kernel_grad_S289)Hÿ¥ØñºƒP½

RecvTensor¥’Øñºƒ s(s:
"€€BŠ[1024B] edge_290_gradients/bn2c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¥’ØñºƒÛ
.update_bn2c_branch2c/beta/ApplyGradientDescent˜“Øñºƒ (Bupdate_bn2c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2c/beta, learning_rate, gradients/bn2c_branch2c/beta_grad_S290)H˜“ØñºƒPÀ

RecvTensor¼šØñºƒ „(„:
"€€B‹[1024B] edge_291_gradients/bn2c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¼šØñºƒß
/update_bn2c_branch2c/gamma/ApplyGradientDescentÀ›Øñºƒ (B“update_bn2c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2c/gamma, learning_rate, gradients/bn2c_branch2c/gamma_grad_S291)HÀ›ØñºƒPÅ

RecvTensorïŸØñºƒ €
(€
:"€€€€B[65536B] edge_292_gradients/res2c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HïŸØñºƒç
1update_res2c_branch2c/kernel/ApplyGradientDescentï©Øñºƒ (B™update_res2c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res2c_branch2c/kernel, learning_rate, gradients/res2c_branch2c/kernel_grad_S292)Hï©ØñºƒP¼

RecvTensor› Øñºƒ w(w:
"€€B‰[256B] edge_293_gradients/bn2c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H› ØñºƒÛ
.update_bn2c_branch2b/beta/ApplyGradientDescent’¡Øñºƒ (Bupdate_bn2c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2b/beta, learning_rate, gradients/bn2c_branch2b/beta_grad_S293)H’¡ØñºƒP½

RecvTensor¹¢Øñºƒ l(l:
"€€BŠ[256B] edge_294_gradients/bn2c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¹¢Øñºƒß
/update_bn2c_branch2b/gamma/ApplyGradientDescent¥£Øñºƒ (B“update_bn2c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2b/gamma, learning_rate, gradients/bn2c_branch2b/gamma_grad_S294)H¥£ØñºƒPÄ

RecvTensorã­Øñºƒ ù(ù:"€€	€€	B[0.1MB] edge_295_gradients/res2c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hã­Øñºƒç
1update_res2c_branch2b/kernel/ApplyGradientDescentÜÁØñºƒ  ( B™update_res2c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res2c_branch2b/kernel, learning_rate, gradients/res2c_branch2b/kernel_grad_S295)HÜÁØñºƒP¼

RecvTensor‘®Øñºƒ T(T:
"€€B‰[256B] edge_296_gradients/bn2c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‘®ØñºƒÛ
.update_bn2c_branch2a/beta/ApplyGradientDescentå®Øñºƒ (Bupdate_bn2c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2a/beta, learning_rate, gradients/bn2c_branch2a/beta_grad_S296)Hå®ØñºƒP½

RecvTensor°Øñºƒ X(X:
"€€BŠ[256B] edge_297_gradients/bn2c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H°Øñºƒß
/update_bn2c_branch2a/gamma/ApplyGradientDescentõ°Øñºƒ (B“update_bn2c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2a/gamma, learning_rate, gradients/bn2c_branch2a/gamma_grad_S297)Hõ°ØñºƒPÅ

RecvTensor±µØñºƒ ­	(­	:"€€€€B[65536B] edge_298_gradients/res2c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H±µØñºƒç
1update_res2c_branch2a/kernel/ApplyGradientDescentŞ¾Øñºƒ (B™update_res2c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res2c_branch2a/kernel, learning_rate, gradients/res2c_branch2a/kernel_grad_S298)HŞ¾ØñºƒP½

RecvTensorÑ¶Øñºƒ o(o:
"€€BŠ[1024B] edge_299_gradients/bn2b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÑ¶ØñºƒÛ
.update_bn2b_branch2c/beta/ApplyGradientDescentÀ·Øñºƒ (Bupdate_bn2b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2c/beta, learning_rate, gradients/bn2b_branch2c/beta_grad_S299)HÀ·ØñºƒP¾

RecvTensor¿Øñºƒ }(}:
"€€B‹[1024B] edge_300_gradients/bn2b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¿Øñºƒß
/update_bn2b_branch2c/gamma/ApplyGradientDescent›ÀØñºƒ (B“update_bn2b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2c/gamma, learning_rate, gradients/bn2b_branch2c/gamma_grad_S300)H›ÀØñºƒPÅ

RecvTensorÂÄØñºƒ ®(®:"€€€€B[65536B] edge_301_gradients/res2b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÂÄØñºƒç
1update_res2b_branch2c/kernel/ApplyGradientDescentğÌØñºƒ (B™update_res2b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res2b_branch2c/kernel, learning_rate, gradients/res2b_branch2c/kernel_grad_S301)HğÌØñºƒP¼

RecvTensorñÄØñºƒ p(p:
"€€B‰[256B] edge_302_gradients/bn2b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HñÄØñºƒÛ
.update_bn2b_branch2b/beta/ApplyGradientDescentáÅØñºƒ (Bupdate_bn2b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2b/beta, learning_rate, gradients/bn2b_branch2b/beta_grad_S302)HáÅØñºƒP½

RecvTensor÷ÆØñºƒ R(R:
"€€BŠ[256B] edge_303_gradients/bn2b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H÷ÆØñºƒß
/update_bn2b_branch2b/gamma/ApplyGradientDescentÉÇØñºƒ (B“update_bn2b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2b/gamma, learning_rate, gradients/bn2b_branch2b/gamma_grad_S303)HÉÇØñºƒPÄ

RecvTensorŠÓØñºƒ (:"€€	€€	B[0.1MB] edge_304_gradients/res2b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŠÓØñºƒç
1update_res2b_branch2b/kernel/ApplyGradientDescentšãØñºƒ (B™update_res2b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res2b_branch2b/kernel, learning_rate, gradients/res2b_branch2b/kernel_grad_S304)HšãØñºƒP¼

RecvTensor¹ÓØñºƒ g(g:
"€€B‰[256B] edge_305_gradients/bn2b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¹ÓØñºƒÛ
.update_bn2b_branch2a/beta/ApplyGradientDescent¼ÖØñºƒ (Bupdate_bn2b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2a/beta, learning_rate, gradients/bn2b_branch2a/beta_grad_S305)H¼ÖØñºƒP½

RecvTensorÒÕØñºƒ s(s:
"€€BŠ[256B] edge_306_gradients/bn2b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÒÕØñºƒß
/update_bn2b_branch2a/gamma/ApplyGradientDescentÅÖØñºƒ (B“update_bn2b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2a/gamma, learning_rate, gradients/bn2b_branch2a/gamma_grad_S306)HÅÖØñºƒPÅ

RecvTensorşÚØñºƒ à(à:"€€€€B[65536B] edge_307_gradients/res2b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HşÚØñºƒç
1update_res2b_branch2a/kernel/ApplyGradientDescentŞâØñºƒ (B™update_res2b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res2b_branch2a/kernel, learning_rate, gradients/res2b_branch2a/kernel_grad_S307)HŞâØñºƒP¼

RecvTensor˜ÜØñºƒ o(o:
"€€B‰[1024B] edge_308_gradients/bn2a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H˜ÜØñºƒ×
-update_bn2a_branch1/beta/ApplyGradientDescent‡İØñºƒ (Bupdate_bn2a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch1/beta, learning_rate, gradients/bn2a_branch1/beta_grad_S308)H‡İØñºƒP½

RecvTensor„áØñºƒ b(b:
"€€BŠ[1024B] edge_309_gradients/bn2a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H„áØñºƒÛ
.update_bn2a_branch1/gamma/ApplyGradientDescentæáØñºƒ (Bupdate_bn2a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch1/gamma, learning_rate, gradients/bn2a_branch1/gamma_grad_S309)HæáØñºƒPÄ

RecvTensorºæØñºƒ Æ(Æ:"€€€€B[65536B] edge_310_gradients/res2a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HºæØñºƒã
0update_res2a_branch1/kernel/ApplyGradientDescentİîØñºƒ (B–update_res2a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch1/kernel, learning_rate, gradients/res2a_branch1/kernel_grad_S310)HİîØñºƒP½

RecvTensorÓçØñºƒ c(c:
"€€BŠ[1024B] edge_311_gradients/bn2a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÓçØñºƒÛ
.update_bn2a_branch2c/beta/ApplyGradientDescent×îØñºƒ (Bupdate_bn2a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2c/beta, learning_rate, gradients/bn2a_branch2c/beta_grad_S311)H×îØñºƒP¾

RecvTensor“ğØñºƒ n(n:
"€€B‹[1024B] edge_312_gradients/bn2a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H“ğØñºƒß
/update_bn2a_branch2c/gamma/ApplyGradientDescentñØñºƒ (B“update_bn2a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2c/gamma, learning_rate, gradients/bn2a_branch2c/gamma_grad_S312)HñØñºƒPÅ

RecvTensor§õØñºƒ «(«:"€€€€B[65536B] edge_313_gradients/res2a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H§õØñºƒç
1update_res2a_branch2c/kernel/ApplyGradientDescentñûØñºƒ (B™update_res2a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch2c/kernel, learning_rate, gradients/res2a_branch2c/kernel_grad_S313)HñûØñºƒP¼

RecvTensorÔõØñºƒ i(i:
"€€B‰[256B] edge_314_gradients/bn2a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÔõØñºƒÛ
.update_bn2a_branch2b/beta/ApplyGradientDescent½öØñºƒ (Bupdate_bn2a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2b/beta, learning_rate, gradients/bn2a_branch2b/beta_grad_S314)H½öØñºƒP½

RecvTensorß÷Øñºƒ e(e:
"€€BŠ[256B] edge_315_gradients/bn2a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hß÷Øñºƒß
/update_bn2a_branch2b/gamma/ApplyGradientDescentÄøØñºƒ (B“update_bn2a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2b/gamma, learning_rate, gradients/bn2a_branch2b/gamma_grad_S315)HÄøØñºƒPÄ

RecvTensoréƒÙñºƒ ­(­:"€€	€€	B[0.1MB] edge_316_gradients/res2a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HéƒÙñºƒç
1update_res2a_branch2b/kernel/ApplyGradientDescent–Ùñºƒ (B™update_res2a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch2b/kernel, learning_rate, gradients/res2a_branch2b/kernel_grad_S316)H–ÙñºƒP¼

RecvTensor•„Ùñºƒ [([:
"€€B‰[256B] edge_317_gradients/bn2a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H•„ÙñºƒÛ
.update_bn2a_branch2a/beta/ApplyGradientDescentğ„Ùñºƒ (Bupdate_bn2a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2a/beta, learning_rate, gradients/bn2a_branch2a/beta_grad_S317)Hğ„ÙñºƒP½

RecvTensor¬†Ùñºƒ ](]:
"€€BŠ[256B] edge_318_gradients/bn2a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¬†Ùñºƒß
/update_bn2a_branch2a/gamma/ApplyGradientDescent‰‡Ùñºƒ (B“update_bn2a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2a/gamma, learning_rate, gradients/bn2a_branch2a/gamma_grad_S318)H‰‡ÙñºƒPÅ

RecvTensorŞ‡Ùñºƒ ’(’:"€€€€B[16384B] edge_319_gradients/res2a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŞ‡Ùñºƒç
1update_res2a_branch2a/kernel/ApplyGradientDescentòŠÙñºƒ (B™update_res2a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch2a/kernel, learning_rate, gradients/res2a_branch2a/kernel_grad_S319)HòŠÙñºƒP·

RecvTensorúˆÙñºƒ k(k:
"€€B„[256B] edge_320_gradients/bn_conv1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HúˆÙñºƒÇ
)update_bn_conv1/beta/ApplyGradientDescentíŠÙñºƒ (Bupdate_bn_conv1/beta/ApplyGradientDescent = ApplyGradientDescent(bn_conv1/beta, learning_rate, gradients/bn_conv1/beta_grad_S320)HíŠÙñºƒP¸

RecvTensor¸”Ùñºƒ f(f:
"€€B…[256B] edge_321_gradients/bn_conv1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¸”ÙñºƒË
*update_bn_conv1/gamma/ApplyGradientDescent¦˜Ùñºƒ (B„update_bn_conv1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn_conv1/gamma, learning_rate, gradients/bn_conv1/gamma_grad_S321)H¦˜ÙñºƒP¼

RecvTensorŞšÙñºƒ å(å:"€¦€¦B…[37632B] edge_322_gradients/conv1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŞšÙñºƒÂ
(update_conv1/kernel/ApplyGradientDescentÃÙñºƒ (B~update_conv1/kernel/ApplyGradientDescent = ApplyGradientDescent(conv1/kernel, learning_rate, gradients/conv1/kernel_grad_S322)HÃÙñºƒP