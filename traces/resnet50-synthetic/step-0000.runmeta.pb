
é‡

ÿê
)/job:worker/replica:0/task:0/device:CPU:0¯

RecvTensor†À„ñºƒ (:"€¦€¦By[37632B] edge_1_conv1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H†À„ñºƒ«

RecvTensorÀ„ñºƒ w(w:
"€€By[256B] edge_2_bn_conv1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÀ„ñºƒª

RecvTensor’À„ñºƒ g(g:
"€€Bx[256B] edge_3_bn_conv1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H’À„ñºƒ¹

RecvTensor˜À„ñºƒ …(…:"€€€€B‚[16384B] edge_4_res2a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H˜À„ñºƒ°

RecvTensorÀ„ñºƒ n(n:
"€€B~[256B] edge_5_bn2a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÀ„ñºƒ¯

RecvTensor¤À„ñºƒ b(b:
"€€B}[256B] edge_6_bn2a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¤À„ñºƒ¸

RecvTensor©À„ñºƒ ‡(‡:"€€	€€	B[0.1MB] edge_7_res2a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H©À„ñºƒ°

RecvTensor°À„ñºƒ \(\:
"€€B~[256B] edge_8_bn2a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H°À„ñºƒ¯

RecvTensorµÀ„ñºƒ r(r:
"€€B}[256B] edge_9_bn2a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HµÀ„ñºƒº

RecvTensor»À„ñºƒ ½(½:"€€€€Bƒ[65536B] edge_10_res2a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H»À„ñºƒ³

RecvTensorÁÀ„ñºƒ (:
"€€B€[1024B] edge_11_bn2a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÁÀ„ñºƒ±

RecvTensorÇÀ„ñºƒ f(f:
"€€B[1024B] edge_12_bn2a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÇÀ„ñºƒ¹

RecvTensorÍÀ„ñºƒ ”(”:"€€€€B‚[65536B] edge_13_res2a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÍÀ„ñºƒ³

RecvTensorÔÀ„ñºƒ €(€:
"€€B[1024B] edge_14_bn2a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÔÀ„ñºƒ°

RecvTensorÙÀ„ñºƒ o(o:
"€€B~[1024B] edge_15_bn2a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÙÀ„ñºƒº

RecvTensorßÀ„ñºƒ â(â:"€€€€Bƒ[65536B] edge_16_res2b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HßÀ„ñºƒ±

RecvTensoråÀ„ñºƒ [([:
"€€B[256B] edge_17_bn2b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HåÀ„ñºƒ°

RecvTensorëÀ„ñºƒ a(a:
"€€B~[256B] edge_18_bn2b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HëÀ„ñºƒ¹

RecvTensorñÀ„ñºƒ Ğ&(Ğ&:"€€	€€	B‚[0.1MB] edge_19_res2b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HñÀ„ñºƒ±

RecvTensor÷À„ñºƒ Y(Y:
"€€B[256B] edge_20_bn2b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H÷À„ñºƒ°

RecvTensorüÀ„ñºƒ h(h:
"€€B~[256B] edge_21_bn2b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HüÀ„ñºƒº

RecvTensor‚Á„ñºƒ €(€:"€€€€Bƒ[65536B] edge_22_res2b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‚Á„ñºƒ³

RecvTensor‡Á„ñºƒ b(b:
"€€B€[1024B] edge_23_bn2b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‡Á„ñºƒ±

RecvTensorÁ„ñºƒ t(t:
"€€B[1024B] edge_24_bn2b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÁ„ñºƒº

RecvTensor“Á„ñºƒ û(û:"€€€€Bƒ[65536B] edge_25_res2c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H“Á„ñºƒ±

RecvTensor™Á„ñºƒ e(e:
"€€B[256B] edge_26_bn2c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H™Á„ñºƒ°

RecvTensorŸÁ„ñºƒ a(a:
"€€B~[256B] edge_27_bn2c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŸÁ„ñºƒ¹

RecvTensor¥Á„ñºƒ ö((ö(:"€€	€€	B‚[0.1MB] edge_28_res2c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¥Á„ñºƒ±

RecvTensor«Á„ñºƒ f(f:
"€€B[256B] edge_29_bn2c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H«Á„ñºƒ°

RecvTensor±Á„ñºƒ `(`:
"€€B~[256B] edge_30_bn2c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H±Á„ñºƒº

RecvTensor·Á„ñºƒ ÿ(ÿ:"€€€€Bƒ[65536B] edge_31_res2c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H·Á„ñºƒ³

RecvTensor½Á„ñºƒ t(t:
"€€B€[1024B] edge_32_bn2c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H½Á„ñºƒ±

RecvTensorÄÁ„ñºƒ ^(^:
"€€B[1024B] edge_33_bn2c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÄÁ„ñºƒ¹

RecvTensorÉÁ„ñºƒ Ì%(Ì%:"€€€€B‚[0.1MB] edge_34_res3a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÉÁ„ñºƒ±

RecvTensorĞÁ„ñºƒ m(m:
"€€B[512B] edge_35_bn3a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HĞÁ„ñºƒ°

RecvTensorÖÁ„ñºƒ k(k:
"€€B~[512B] edge_36_bn3a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÖÁ„ñºƒ»

RecvTensorÜÁ„ñºƒ ı”(ı”:"€€$€€$B‚[0.6MB] edge_37_res3a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÜÁ„ñºƒ±

RecvTensorâÁ„ñºƒ q(q:
"€€B[512B] edge_38_bn3a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HâÁ„ñºƒ°

RecvTensorèÁ„ñºƒ `(`:
"€€B~[512B] edge_39_bn3a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HèÁ„ñºƒ¹

RecvTensorîÁ„ñºƒ ²J(²J:"€€€€B‚[0.2MB] edge_40_res3a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HîÁ„ñºƒµ

RecvTensorôÁ„ñºƒ ”(”:
"€€B€[2048B] edge_41_bn3a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HôÁ„ñºƒ³

RecvTensorúÁ„ñºƒ ‰(‰:
"€€B[2048B] edge_42_bn3a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HúÁ„ñºƒº

RecvTensorÂ„ñºƒ ó†(ó†:"€€ €€ B[0.5MB] edge_43_res3a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÂ„ñºƒ³

RecvTensor‡Â„ñºƒ †(†:
"€€B[2048B] edge_44_bn3a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‡Â„ñºƒ²

RecvTensorÂ„ñºƒ —(—:
"€€B~[2048B] edge_45_bn3a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÂ„ñºƒ¹

RecvTensor“Â„ñºƒ íJ(íJ:"€€€€B‚[0.2MB] edge_46_res3b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H“Â„ñºƒ±

RecvTensor™Â„ñºƒ g(g:
"€€B[512B] edge_47_bn3b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H™Â„ñºƒ°

RecvTensorŸÂ„ñºƒ c(c:
"€€B~[512B] edge_48_bn3b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŸÂ„ñºƒ»

RecvTensor¥Â„ñºƒ Ã•(Ã•:"€€$€€$B‚[0.6MB] edge_49_res3b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¥Â„ñºƒ±

RecvTensor«Â„ñºƒ r(r:
"€€B[512B] edge_50_bn3b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H«Â„ñºƒ°

RecvTensor±Â„ñºƒ g(g:
"€€B~[512B] edge_51_bn3b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H±Â„ñºƒ¹

RecvTensor·Â„ñºƒ ÕK(ÕK:"€€€€B‚[0.2MB] edge_52_res3b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H·Â„ñºƒ³

RecvTensor½Â„ñºƒ |(|:
"€€B€[2048B] edge_53_bn3b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H½Â„ñºƒ³

RecvTensorÃÂ„ñºƒ (:
"€€B[2048B] edge_54_bn3b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÃÂ„ñºƒ¹

RecvTensorÉÂ„ñºƒ ¶K(¶K:"€€€€B‚[0.2MB] edge_55_res3c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÉÂ„ñºƒ±

RecvTensorÏÂ„ñºƒ t(t:
"€€B[512B] edge_56_bn3c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÏÂ„ñºƒ°

RecvTensorÕÂ„ñºƒ _(_:
"€€B~[512B] edge_57_bn3c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÕÂ„ñºƒ»

RecvTensorÜÂ„ñºƒ Ú•(Ú•:"€€$€€$B‚[0.6MB] edge_58_res3c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÜÂ„ñºƒ³

RecvTensorâÂ„ñºƒ ƒ(ƒ:
"€€B[512B] edge_59_bn3c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HâÂ„ñºƒ²

RecvTensoréÂ„ñºƒ …(…:
"€€B~[512B] edge_60_bn3c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HéÂ„ñºƒ¹

RecvTensorïÂ„ñºƒ ôK(ôK:"€€€€B‚[0.2MB] edge_61_res3c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HïÂ„ñºƒµ

RecvTensorõÂ„ñºƒ (:
"€€B€[2048B] edge_62_bn3c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HõÂ„ñºƒ³

RecvTensorüÂ„ñºƒ †(†:
"€€B[2048B] edge_63_bn3c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HüÂ„ñºƒ¹

RecvTensor‚Ã„ñºƒ ‰L(‰L:"€€€€B‚[0.2MB] edge_64_res3d_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‚Ã„ñºƒ±

RecvTensor‡Ã„ñºƒ k(k:
"€€B[512B] edge_65_bn3d_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‡Ã„ñºƒ°

RecvTensorÃ„ñºƒ l(l:
"€€B~[512B] edge_66_bn3d_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÃ„ñºƒ»

RecvTensor“Ã„ñºƒ ğ•(ğ•:"€€$€€$B‚[0.6MB] edge_67_res3d_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H“Ã„ñºƒ±

RecvTensor™Ã„ñºƒ s(s:
"€€B[512B] edge_68_bn3d_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H™Ã„ñºƒ°

RecvTensorŸÃ„ñºƒ d(d:
"€€B~[512B] edge_69_bn3d_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŸÃ„ñºƒ¹

RecvTensor¥Ã„ñºƒ L(L:"€€€€B‚[0.2MB] edge_70_res3d_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¥Ã„ñºƒµ

RecvTensorªÃ„ñºƒ ˆ(ˆ:
"€€B€[2048B] edge_71_bn3d_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HªÃ„ñºƒ±

RecvTensor±Ã„ñºƒ (:
"€€B[2048B] edge_72_bn3d_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H±Ã„ñºƒ»

RecvTensor·Ã„ñºƒ ’ˆ(’ˆ:"€€ €€ B‚[0.5MB] edge_73_res4a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H·Ã„ñºƒ³

RecvTensor½Ã„ñºƒ {({:
"€€B€[1024B] edge_74_bn4a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H½Ã„ñºƒ±

RecvTensorÃÃ„ñºƒ (:
"€€B[1024B] edge_75_bn4a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÃÃ„ñºƒ½

RecvTensorÉÃ„ñºƒ Æ„(Æ„:"
€€€€B‚[2.2MB] edge_76_res4a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÉÃ„ñºƒ³

RecvTensorÏÃ„ñºƒ }(}:
"€€B€[1024B] edge_77_bn4a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÏÃ„ñºƒ³

RecvTensorÖÃ„ñºƒ ›(›:
"€€B[1024B] edge_78_bn4a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÖÃ„ñºƒ»

RecvTensorÜÃ„ñºƒ ‘í(‘í:"€€@€€@B‚[1.0MB] edge_79_res4a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÜÃ„ñºƒµ

RecvTensorâÃ„ñºƒ È(È:
"€ € B€[4096B] edge_80_bn4a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HâÃ„ñºƒ³

RecvTensorèÃ„ñºƒ Ü(Ü:
"€ € B[4096B] edge_81_bn4a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HèÃ„ñºƒ¼

RecvTensorîÃ„ñºƒ õè(õè:"
€€€€€€B[2.0MB] edge_82_res4a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HîÃ„ñºƒ³

RecvTensorôÃ„ñºƒ É(É:
"€ € B[4096B] edge_83_bn4a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HôÃ„ñºƒ²

RecvTensorùÃ„ñºƒ Ñ(Ñ:
"€ € B~[4096B] edge_84_bn4a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HùÃ„ñºƒ»

RecvTensorÿÃ„ñºƒ †í(†í:"€€@€€@B‚[1.0MB] edge_85_res4b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÿÃ„ñºƒ³

RecvTensor…Ä„ñºƒ ~(~:
"€€B€[1024B] edge_86_bn4b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H…Ä„ñºƒ±

RecvTensor‹Ä„ñºƒ |(|:
"€€B[1024B] edge_87_bn4b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‹Ä„ñºƒ½

RecvTensor‘Ä„ñºƒ §„(§„:"
€€€€B‚[2.2MB] edge_88_res4b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‘Ä„ñºƒµ

RecvTensor—Ä„ñºƒ ˜(˜:
"€€B€[1024B] edge_89_bn4b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H—Ä„ñºƒ±

RecvTensorÄ„ñºƒ s(s:
"€€B[1024B] edge_90_bn4b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÄ„ñºƒ»

RecvTensor£Ä„ñºƒ í(í:"€€@€€@B‚[1.0MB] edge_91_res4b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H£Ä„ñºƒµ

RecvTensor©Ä„ñºƒ İ(İ:
"€ € B€[4096B] edge_92_bn4b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H©Ä„ñºƒ³

RecvTensor¯Ä„ñºƒ ş(ş:
"€ € B[4096B] edge_93_bn4b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¯Ä„ñºƒ»

RecvTensorµÄ„ñºƒ –í(–í:"€€@€€@B‚[1.0MB] edge_94_res4c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HµÄ„ñºƒµ

RecvTensor»Ä„ñºƒ ƒ(ƒ:
"€€B€[1024B] edge_95_bn4c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H»Ä„ñºƒ³

RecvTensorÁÄ„ñºƒ (:
"€€B[1024B] edge_96_bn4c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÁÄ„ñºƒ½

RecvTensorÆÄ„ñºƒ ‰„(‰„:"
€€€€B‚[2.2MB] edge_97_res4c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÆÄ„ñºƒµ

RecvTensorÌÄ„ñºƒ †(†:
"€€B€[1024B] edge_98_bn4c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÌÄ„ñºƒ±

RecvTensorÓÄ„ñºƒ {({:
"€€B[1024B] edge_99_bn4c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÓÄ„ñºƒ¼

RecvTensorÙÄ„ñºƒ „í(„í:"€€@€€@Bƒ[1.0MB] edge_100_res4c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÙÄ„ñºƒ¶

RecvTensorßÄ„ñºƒ (:
"€ € B[4096B] edge_101_bn4c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HßÄ„ñºƒµ

RecvTensoråÄ„ñºƒ ‹(‹:
"€ € B€[4096B] edge_102_bn4c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HåÄ„ñºƒ¼

RecvTensorëÄ„ñºƒ ñì(ñì:"€€@€€@Bƒ[1.0MB] edge_103_res4d_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HëÄ„ñºƒ¶

RecvTensorñÄ„ñºƒ †(†:
"€€B[1024B] edge_104_bn4d_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HñÄ„ñºƒµ

RecvTensor÷Ä„ñºƒ ‹(‹:
"€€B€[1024B] edge_105_bn4d_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H÷Ä„ñºƒ¾

RecvTensorıÄ„ñºƒ àƒ(àƒ:"
€€€€Bƒ[2.2MB] edge_106_res4d_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HıÄ„ñºƒ¶

RecvTensorƒÅ„ñºƒ ‘(‘:
"€€B[1024B] edge_107_bn4d_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HƒÅ„ñºƒ³

RecvTensor‰Å„ñºƒ {({:
"€€B€[1024B] edge_108_bn4d_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‰Å„ñºƒ¼

RecvTensorÅ„ñºƒ Ûì(Ûì:"€€@€€@Bƒ[1.0MB] edge_109_res4d_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÅ„ñºƒ¶

RecvTensor•Å„ñºƒ ‰(‰:
"€ € B[4096B] edge_110_bn4d_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H•Å„ñºƒµ

RecvTensor›Å„ñºƒ (:
"€ € B€[4096B] edge_111_bn4d_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H›Å„ñºƒ¼

RecvTensor¡Å„ñºƒ áì(áì:"€€@€€@Bƒ[1.0MB] edge_112_res4e_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¡Å„ñºƒ¶

RecvTensor§Å„ñºƒ ‡(‡:
"€€B[1024B] edge_113_bn4e_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H§Å„ñºƒµ

RecvTensor®Å„ñºƒ ‹(‹:
"€€B€[1024B] edge_114_bn4e_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H®Å„ñºƒ¾

RecvTensor´Å„ñºƒ ºƒ(ºƒ:"
€€€€Bƒ[2.2MB] edge_115_res4e_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H´Å„ñºƒ¶

RecvTensorºÅ„ñºƒ (:
"€€B[1024B] edge_116_bn4e_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HºÅ„ñºƒµ

RecvTensor¿Å„ñºƒ „(„:
"€€B€[1024B] edge_117_bn4e_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¿Å„ñºƒ¼

RecvTensorÅÅ„ñºƒ Èì(Èì:"€€@€€@Bƒ[1.0MB] edge_118_res4e_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÅÅ„ñºƒ¶

RecvTensorËÅ„ñºƒ ¹(¹:
"€ € B[4096B] edge_119_bn4e_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HËÅ„ñºƒµ

RecvTensorÑÅ„ñºƒ ¦(¦:
"€ € B€[4096B] edge_120_bn4e_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÑÅ„ñºƒ¼

RecvTensor×Å„ñºƒ ¿ì(¿ì:"€€@€€@Bƒ[1.0MB] edge_121_res4f_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H×Å„ñºƒ¶

RecvTensorİÅ„ñºƒ ‹(‹:
"€€B[1024B] edge_122_bn4f_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HİÅ„ñºƒµ

RecvTensorãÅ„ñºƒ ‡(‡:
"€€B€[1024B] edge_123_bn4f_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HãÅ„ñºƒ¾

RecvTensoréÅ„ñºƒ ƒ(ƒ:"
€€€€Bƒ[2.2MB] edge_124_res4f_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HéÅ„ñºƒ¶

RecvTensorïÅ„ñºƒ £(£:
"€€B[1024B] edge_125_bn4f_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HïÅ„ñºƒµ

RecvTensorôÅ„ñºƒ ˆ(ˆ:
"€€B€[1024B] edge_126_bn4f_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HôÅ„ñºƒ¼

RecvTensorúÅ„ñºƒ ªì(ªì:"€€@€€@Bƒ[1.0MB] edge_127_res4f_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HúÅ„ñºƒ¶

RecvTensorÆ„ñºƒ œ(œ:
"€ € B[4096B] edge_128_bn4f_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÆ„ñºƒµ

RecvTensor‡Æ„ñºƒ ¦(¦:
"€ € B€[4096B] edge_129_bn4f_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‡Æ„ñºƒ¾

RecvTensorÆ„ñºƒ Õç(Õç:"
€€€€€€Bƒ[2.0MB] edge_130_res5a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÆ„ñºƒ¶

RecvTensor“Æ„ñºƒ Ü(Ü:
"€€B[2048B] edge_131_bn5a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H“Æ„ñºƒµ

RecvTensoršÆ„ñºƒ Ğ(Ğ:
"€€B€[2048B] edge_132_bn5a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HšÆ„ñºƒ¾

RecvTensor Æ„ñºƒ ¾—(¾—:"
€€À€€ÀBƒ[9.0MB] edge_133_res5a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H Æ„ñºƒ¶

RecvTensor¦Æ„ñºƒ Á(Á:
"€€B[2048B] edge_134_bn5a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¦Æ„ñºƒµ

RecvTensor¬Æ„ñºƒ Å(Å:
"€€B€[2048B] edge_135_bn5a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¬Æ„ñºƒ¾

RecvTensor²Æ„ñºƒ äú(äú:"
€€€€€€Bƒ[4.0MB] edge_136_res5a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H²Æ„ñºƒ¶

RecvTensor¸Æ„ñºƒ ‘(‘:
"€@€@B[8192B] edge_137_bn5a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¸Æ„ñºƒµ

RecvTensor¾Æ„ñºƒ ›(›:
"€@€@B€[8192B] edge_138_bn5a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¾Æ„ñºƒ½

RecvTensorÄÆ„ñºƒ Ò‚(Ò‚:"
€€€€€€B‚[8.0MB] edge_139_res5a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÄÆ„ñºƒµ

RecvTensorÊÆ„ñºƒ ‹(‹:
"€@€@B€[8192B] edge_140_bn5a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÊÆ„ñºƒ³

RecvTensorĞÆ„ñºƒ (:
"€@€@B[8192B] edge_141_bn5a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HĞÆ„ñºƒ¾

RecvTensorÖÆ„ñºƒ Åú(Åú:"
€€€€€€Bƒ[4.0MB] edge_142_res5b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÖÆ„ñºƒ¶

RecvTensorÜÆ„ñºƒ Ò(Ò:
"€€B[2048B] edge_143_bn5b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÜÆ„ñºƒµ

RecvTensorâÆ„ñºƒ ¿(¿:
"€€B€[2048B] edge_144_bn5b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HâÆ„ñºƒ¾

RecvTensorèÆ„ñºƒ ú–(ú–:"
€€À€€ÀBƒ[9.0MB] edge_145_res5b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HèÆ„ñºƒ¶

RecvTensorîÆ„ñºƒ Æ(Æ:
"€€B[2048B] edge_146_bn5b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HîÆ„ñºƒµ

RecvTensorôÆ„ñºƒ Ğ(Ğ:
"€€B€[2048B] edge_147_bn5b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HôÆ„ñºƒ¾

RecvTensorúÆ„ñºƒ ¦ú(¦ú:"
€€€€€€Bƒ[4.0MB] edge_148_res5b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HúÆ„ñºƒ¶

RecvTensor€Ç„ñºƒ –(–:
"€@€@B[8192B] edge_149_bn5b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H€Ç„ñºƒµ

RecvTensor…Ç„ñºƒ ˆ(ˆ:
"€@€@B€[8192B] edge_150_bn5b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H…Ç„ñºƒ¾

RecvTensor‹Ç„ñºƒ •ú(•ú:"
€€€€€€Bƒ[4.0MB] edge_151_res5c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‹Ç„ñºƒ¶

RecvTensor‘Ç„ñºƒ ß(ß:
"€€B[2048B] edge_152_bn5c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‘Ç„ñºƒµ

RecvTensor—Ç„ñºƒ Î(Î:
"€€B€[2048B] edge_153_bn5c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H—Ç„ñºƒ¾

RecvTensorÇ„ñºƒ Ä–(Ä–:"
€€À€€ÀBƒ[9.0MB] edge_154_res5c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÇ„ñºƒ¶

RecvTensor¤Ç„ñºƒ Ò(Ò:
"€€B[2048B] edge_155_bn5c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¤Ç„ñºƒµ

RecvTensor©Ç„ñºƒ Õ(Õ:
"€€B€[2048B] edge_156_bn5c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H©Ç„ñºƒ¾

RecvTensor¯Ç„ñºƒ õù(õù:"
€€€€€€Bƒ[4.0MB] edge_157_res5c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¯Ç„ñºƒ¶

RecvTensorµÇ„ñºƒ ô(ô:
"€@€@B[8192B] edge_158_bn5c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HµÇ„ñºƒµ

RecvTensor»Ç„ñºƒ ú(ú:
"€@€@B€[8192B] edge_159_bn5c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H»Ç„ñºƒµ

RecvTensorÂÇ„ñºƒ Èü(Èü:"
€€ô€€ôB{[7.8MB] edge_160_fc1000/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÂÇ„ñºƒ­

RecvTensorÈÇ„ñºƒ »(»:
"  By[4000B] edge_161_fc1000/bias/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÈÇ„ñºƒ\
conv1/Conv2D•Á„ñºƒ ÿ(ÿB2conv1/Conv2D = Conv2D(input, conv1/kernel/read_S1)H•Á„ñºƒP 
bn_conv1/FusedBatchNormV3”Ò„ñºƒ Ğ
(Ğ
Bibn_conv1/FusedBatchNormV3 = FusedBatchNormV3(conv1/Conv2D, bn_conv1/gamma/read_S2, bn_conv1/beta/read_S3)H”Ò„ñºƒP^
conv1_relu/ReluäÜ„ñºƒ å(åB1conv1_relu/Relu = Relu(bn_conv1/FusedBatchNormV3)HäÜ„ñºƒPS
pool1/MaxPoolÉã„ñºƒ ¬(¬B(pool1/MaxPool = MaxPool(conv1_relu/Relu)HÉã„ñºƒP
res2a_branch2a/Conv2Dõç„ñºƒ ş(şBLres2a_branch2a/Conv2D = Conv2D(pool1/MaxPool, res2a_branch2a/kernel/read_S4)Hõç„ñºƒP¾
bn2a_branch2a/FusedBatchNormV3óé„ñºƒ Ø(ØBbn2a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch2a/Conv2D, bn2a_branch2a/gamma/read_S5, bn2a_branch2a/beta/read_S6)Hóé„ñºƒPu
res2a_branch2a_relu/ReluËì„ñºƒ ë(ëB?res2a_branch2a_relu/Relu = Relu(bn2a_branch2a/FusedBatchNormV3)HËì„ñºƒPŠ
res2a_branch2b/Conv2D¶î„ñºƒ Š(ŠBWres2a_branch2b/Conv2D = Conv2D(res2a_branch2a_relu/Relu, res2a_branch2b/kernel/read_S7)H¶î„ñºƒP¾
bn2a_branch2b/FusedBatchNormV3Àÿ„ñºƒ Ô(ÔBbn2a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch2b/Conv2D, bn2a_branch2b/gamma/read_S8, bn2a_branch2b/beta/read_S9)HÀÿ„ñºƒPu
res2a_branch2b_relu/Relu”‚…ñºƒ ñ(ñB?res2a_branch2b_relu/Relu = Relu(bn2a_branch2b/FusedBatchNormV3)H”‚…ñºƒP‹
res2a_branch2c/Conv2D…„…ñºƒ ¨(¨BXres2a_branch2c/Conv2D = Conv2D(res2a_branch2b_relu/Relu, res2a_branch2c/kernel/read_S10)H…„…ñºƒPÀ
bn2a_branch2c/FusedBatchNormV3­Œ…ñºƒ –
(–
Bƒbn2a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch2c/Conv2D, bn2a_branch2c/gamma/read_S11, bn2a_branch2c/beta/read_S12)H­Œ…ñºƒP}
res2a_branch1/Conv2DÃ–…ñºƒ Ò(ÒBKres2a_branch1/Conv2D = Conv2D(pool1/MaxPool, res2a_branch1/kernel/read_S13)HÃ–…ñºƒPº
bn2a_branch1/FusedBatchNormV3•…ñºƒ ‹
(‹
Bbn2a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch1/Conv2D, bn2a_branch1/gamma/read_S14, bn2a_branch1/beta/read_S15)H•…ñºƒPw
	res2a/add ¨…ñºƒ —
(—
BPres2a/add = AddV2(bn2a_branch2c/FusedBatchNormV3, bn2a_branch1/FusedBatchNormV3)H ¨…ñºƒPN
res2a_relu/Relu·²…ñºƒ ò(òB!res2a_relu/Relu = Relu(res2a/add)H·²…ñºƒP‚
res2b_branch2a/Conv2D©¹…ñºƒ È(ÈBOres2b_branch2a/Conv2D = Conv2D(res2a_relu/Relu, res2b_branch2a/kernel/read_S16)H©¹…ñºƒPÀ
bn2b_branch2a/FusedBatchNormV3ñÀ…ñºƒ Í(ÍBƒbn2b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res2b_branch2a/Conv2D, bn2b_branch2a/gamma/read_S17, bn2b_branch2a/beta/read_S18)HñÀ…ñºƒPu
res2b_branch2a_relu/Relu¾Ã…ñºƒ ú(úB?res2b_branch2a_relu/Relu = Relu(bn2b_branch2a/FusedBatchNormV3)H¾Ã…ñºƒP‹
res2b_branch2b/Conv2D¸Å…ñºƒ ’(’BXres2b_branch2b/Conv2D = Conv2D(res2b_branch2a_relu/Relu, res2b_branch2b/kernel/read_S19)H¸Å…ñºƒPÀ
bn2b_branch2b/FusedBatchNormV3ÊÕ…ñºƒ Î(ÎBƒbn2b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res2b_branch2b/Conv2D, bn2b_branch2b/gamma/read_S20, bn2b_branch2b/beta/read_S21)HÊÕ…ñºƒPu
res2b_branch2b_relu/Relu˜Ø…ñºƒ ç(çB?res2b_branch2b_relu/Relu = Relu(bn2b_branch2b/FusedBatchNormV3)H˜Ø…ñºƒP‹
res2b_branch2c/Conv2DÿÙ…ñºƒ ç(çBXres2b_branch2c/Conv2D = Conv2D(res2b_branch2b_relu/Relu, res2b_branch2c/kernel/read_S22)HÿÙ…ñºƒPÀ
bn2b_branch2c/FusedBatchNormV3æá…ñºƒ ƒ
(ƒ
Bƒbn2b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res2b_branch2c/Conv2D, bn2b_branch2c/gamma/read_S23, bn2b_branch2c/beta/read_S24)Hæá…ñºƒPi
	res2b/addéë…ñºƒ ï
(ï
BBres2b/add = AddV2(bn2b_branch2c/FusedBatchNormV3, res2a_relu/Relu)Héë…ñºƒPN
res2b_relu/ReluØö…ñºƒ ±(±B!res2b_relu/Relu = Relu(res2b/add)HØö…ñºƒP‚
res2c_branch2a/Conv2D‰ş…ñºƒ Ø(ØBOres2c_branch2a/Conv2D = Conv2D(res2b_relu/Relu, res2c_branch2a/kernel/read_S25)H‰ş…ñºƒPÀ
bn2c_branch2a/FusedBatchNormV3á…†ñºƒ Ö(ÖBƒbn2c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res2c_branch2a/Conv2D, bn2c_branch2a/gamma/read_S26, bn2c_branch2a/beta/read_S27)Há…†ñºƒPu
res2c_branch2a_relu/Relu·ˆ†ñºƒ í(íB?res2c_branch2a_relu/Relu = Relu(bn2c_branch2a/FusedBatchNormV3)H·ˆ†ñºƒP‹
res2c_branch2b/Conv2D¤Š†ñºƒ …(…BXres2c_branch2b/Conv2D = Conv2D(res2c_branch2a_relu/Relu, res2c_branch2b/kernel/read_S28)H¤Š†ñºƒPÀ
bn2c_branch2b/FusedBatchNormV3©›†ñºƒ ê(êBƒbn2c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res2c_branch2b/Conv2D, bn2c_branch2b/gamma/read_S29, bn2c_branch2b/beta/read_S30)H©›†ñºƒPu
res2c_branch2b_relu/Relu“†ñºƒ ø(øB?res2c_branch2b_relu/Relu = Relu(bn2c_branch2b/FusedBatchNormV3)H“†ñºƒP‹
res2c_branch2c/Conv2D‹ †ñºƒ ­(­BXres2c_branch2c/Conv2D = Conv2D(res2c_branch2b_relu/Relu, res2c_branch2c/kernel/read_S31)H‹ †ñºƒPÀ
bn2c_branch2c/FusedBatchNormV3¸§†ñºƒ ß	(ß	Bƒbn2c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res2c_branch2c/Conv2D, bn2c_branch2c/gamma/read_S32, bn2c_branch2c/beta/read_S33)H¸§†ñºƒPi
	res2c/add—±†ñºƒ  
( 
BBres2c/add = AddV2(bn2c_branch2c/FusedBatchNormV3, res2b_relu/Relu)H—±†ñºƒPN
res2c_relu/Relu·»†ñºƒ ç(çB!res2c_relu/Relu = Relu(res2c/add)H·»†ñºƒP‚
res3a_branch2a/Conv2DÂ†ñºƒ ¡(¡BOres3a_branch2a/Conv2D = Conv2D(res2c_relu/Relu, res3a_branch2a/kernel/read_S34)HÂ†ñºƒPÀ
bn3a_branch2a/FusedBatchNormV3¿Ñ†ñºƒ ¡(¡Bƒbn3a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch2a/Conv2D, bn3a_branch2a/gamma/read_S35, bn3a_branch2a/beta/read_S36)H¿Ñ†ñºƒPu
res3a_branch2a_relu/ReluàÖ†ñºƒ ­(­B?res3a_branch2a_relu/Relu = Relu(bn3a_branch2a/FusedBatchNormV3)HàÖ†ñºƒP‹
res3a_branch2b/Conv2DÚ†ñºƒ Ñ(ÑBXres3a_branch2b/Conv2D = Conv2D(res3a_branch2a_relu/Relu, res3a_branch2b/kernel/read_S37)HÚ†ñºƒPÀ
bn3a_branch2b/FusedBatchNormV3Şë†ñºƒ Ë(ËBƒbn3a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch2b/Conv2D, bn3a_branch2b/gamma/read_S38, bn3a_branch2b/beta/read_S39)HŞë†ñºƒPu
res3a_branch2b_relu/Relu©í†ñºƒ ‡(‡B?res3a_branch2b_relu/Relu = Relu(bn3a_branch2b/FusedBatchNormV3)H©í†ñºƒP‹
res3a_branch2c/Conv2D°î†ñºƒ ·(·BXres3a_branch2c/Conv2D = Conv2D(res3a_branch2b_relu/Relu, res3a_branch2c/kernel/read_S40)H°î†ñºƒPÀ
bn3a_branch2c/FusedBatchNormV3çõ†ñºƒ ™(™Bƒbn3a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch2c/Conv2D, bn3a_branch2c/gamma/read_S41, bn3a_branch2c/beta/read_S42)Hçõ†ñºƒP
res3a_branch1/Conv2D€û†ñºƒ ƒ(ƒBMres3a_branch1/Conv2D = Conv2D(res2c_relu/Relu, res3a_branch1/kernel/read_S43)H€û†ñºƒPº
bn3a_branch1/FusedBatchNormV3ƒŠ‡ñºƒ €(€Bbn3a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch1/Conv2D, bn3a_branch1/gamma/read_S44, bn3a_branch1/beta/read_S45)HƒŠ‡ñºƒPw
	res3a/addƒ‡ñºƒ ›(›BPres3a/add = AddV2(bn3a_branch2c/FusedBatchNormV3, bn3a_branch1/FusedBatchNormV3)Hƒ‡ñºƒPN
res3a_relu/Relu”‡ñºƒ ¿(¿B!res3a_relu/Relu = Relu(res3a/add)H”‡ñºƒP‚
res3b_branch2a/Conv2Dİ—‡ñºƒ É(ÉBOres3b_branch2a/Conv2D = Conv2D(res3a_relu/Relu, res3b_branch2a/kernel/read_S46)Hİ—‡ñºƒPÀ
bn3b_branch2a/FusedBatchNormV3¦Ÿ‡ñºƒ ´(´Bƒbn3b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3b_branch2a/Conv2D, bn3b_branch2a/gamma/read_S47, bn3b_branch2a/beta/read_S48)H¦Ÿ‡ñºƒPu
res3b_branch2a_relu/ReluÚ ‡ñºƒ ‚(‚B?res3b_branch2a_relu/Relu = Relu(bn3b_branch2a/FusedBatchNormV3)HÚ ‡ñºƒP‹
res3b_branch2b/Conv2DÜ¡‡ñºƒ á(áBXres3b_branch2b/Conv2D = Conv2D(res3b_branch2a_relu/Relu, res3b_branch2b/kernel/read_S49)HÜ¡‡ñºƒPÀ
bn3b_branch2b/FusedBatchNormV3½²‡ñºƒ ¿(¿Bƒbn3b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3b_branch2b/Conv2D, bn3b_branch2b/gamma/read_S50, bn3b_branch2b/beta/read_S51)H½²‡ñºƒPu
res3b_branch2b_relu/Reluü³‡ñºƒ ƒ(ƒB?res3b_branch2b_relu/Relu = Relu(bn3b_branch2b/FusedBatchNormV3)Hü³‡ñºƒP‹
res3b_branch2c/Conv2Dÿ´‡ñºƒ ×(×BXres3b_branch2c/Conv2D = Conv2D(res3b_branch2b_relu/Relu, res3b_branch2c/kernel/read_S52)Hÿ´‡ñºƒPÀ
bn3b_branch2c/FusedBatchNormV3Ö¼‡ñºƒ ’(’Bƒbn3b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3b_branch2c/Conv2D, bn3b_branch2c/gamma/read_S53, bn3b_branch2c/beta/read_S54)HÖ¼‡ñºƒPi
	res3b/addèÁ‡ñºƒ †(†BBres3b/add = AddV2(bn3b_branch2c/FusedBatchNormV3, res3a_relu/Relu)HèÁ‡ñºƒPN
res3b_relu/ReluîÆ‡ñºƒ Ş(ŞB!res3b_relu/Relu = Relu(res3b/add)HîÆ‡ñºƒP‚
res3c_branch2a/Conv2DÌÊ‡ñºƒ ²(²BOres3c_branch2a/Conv2D = Conv2D(res3b_relu/Relu, res3c_branch2a/kernel/read_S55)HÌÊ‡ñºƒPÀ
bn3c_branch2a/FusedBatchNormV3şÑ‡ñºƒ Á(ÁBƒbn3c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3c_branch2a/Conv2D, bn3c_branch2a/gamma/read_S56, bn3c_branch2a/beta/read_S57)HşÑ‡ñºƒPu
res3c_branch2a_relu/Relu¿Ó‡ñºƒ €(€B?res3c_branch2a_relu/Relu = Relu(bn3c_branch2a/FusedBatchNormV3)H¿Ó‡ñºƒP‹
res3c_branch2b/Conv2D¿Ô‡ñºƒ Ö(ÖBXres3c_branch2b/Conv2D = Conv2D(res3c_branch2a_relu/Relu, res3c_branch2b/kernel/read_S58)H¿Ô‡ñºƒPÀ
bn3c_branch2b/FusedBatchNormV3•æ‡ñºƒ ´(´Bƒbn3c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3c_branch2b/Conv2D, bn3c_branch2b/gamma/read_S59, bn3c_branch2b/beta/read_S60)H•æ‡ñºƒPu
res3c_branch2b_relu/ReluÉç‡ñºƒ …(…B?res3c_branch2b_relu/Relu = Relu(bn3c_branch2b/FusedBatchNormV3)HÉç‡ñºƒP‹
res3c_branch2c/Conv2DÎè‡ñºƒ Û(ÛBXres3c_branch2c/Conv2D = Conv2D(res3c_branch2b_relu/Relu, res3c_branch2c/kernel/read_S61)HÎè‡ñºƒPÀ
bn3c_branch2c/FusedBatchNormV3©ğ‡ñºƒ ¡(¡Bƒbn3c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3c_branch2c/Conv2D, bn3c_branch2c/gamma/read_S62, bn3c_branch2c/beta/read_S63)H©ğ‡ñºƒPi
	res3c/addÊõ‡ñºƒ ¬(¬BBres3c/add = AddV2(bn3c_branch2c/FusedBatchNormV3, res3b_relu/Relu)HÊõ‡ñºƒPN
res3c_relu/Reluöú‡ñºƒ Ë(ËB!res3c_relu/Relu = Relu(res3c/add)Höú‡ñºƒP‚
res3d_branch2a/Conv2DÁş‡ñºƒ Ã(ÃBOres3d_branch2a/Conv2D = Conv2D(res3c_relu/Relu, res3d_branch2a/kernel/read_S64)HÁş‡ñºƒPÀ
bn3d_branch2a/FusedBatchNormV3„†ˆñºƒ ½(½Bƒbn3d_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3d_branch2a/Conv2D, bn3d_branch2a/gamma/read_S65, bn3d_branch2a/beta/read_S66)H„†ˆñºƒPu
res3d_branch2a_relu/ReluÁ‡ˆñºƒ (B?res3d_branch2a_relu/Relu = Relu(bn3d_branch2a/FusedBatchNormV3)HÁ‡ˆñºƒP‹
res3d_branch2b/Conv2DÂˆˆñºƒ Œ(ŒBXres3d_branch2b/Conv2D = Conv2D(res3d_branch2a_relu/Relu, res3d_branch2b/kernel/read_S67)HÂˆˆñºƒPÀ
bn3d_branch2b/FusedBatchNormV3Î™ˆñºƒ Á(ÁBƒbn3d_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3d_branch2b/Conv2D, bn3d_branch2b/gamma/read_S68, bn3d_branch2b/beta/read_S69)HÎ™ˆñºƒPu
res3d_branch2b_relu/Relu›ˆñºƒ †(†B?res3d_branch2b_relu/Relu = Relu(bn3d_branch2b/FusedBatchNormV3)H›ˆñºƒP‹
res3d_branch2c/Conv2D•œˆñºƒ °(°BXres3d_branch2c/Conv2D = Conv2D(res3d_branch2b_relu/Relu, res3d_branch2c/kernel/read_S70)H•œˆñºƒPÀ
bn3d_branch2c/FusedBatchNormV3Å£ˆñºƒ °(°Bƒbn3d_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3d_branch2c/Conv2D, bn3d_branch2c/gamma/read_S71, bn3d_branch2c/beta/read_S72)HÅ£ˆñºƒPi
	res3d/addõ¨ˆñºƒ ‡(‡BBres3d/add = AddV2(bn3d_branch2c/FusedBatchNormV3, res3c_relu/Relu)Hõ¨ˆñºƒPN
res3d_relu/Reluü­ˆñºƒ Â(ÂB!res3d_relu/Relu = Relu(res3d/add)Hü­ˆñºƒP‚
res4a_branch2a/Conv2D¾±ˆñºƒ –(–BOres4a_branch2a/Conv2D = Conv2D(res3d_relu/Relu, res4a_branch2a/kernel/read_S73)H¾±ˆñºƒPÀ
bn4a_branch2a/FusedBatchNormV3ÔÁˆñºƒ õ(õBƒbn4a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch2a/Conv2D, bn4a_branch2a/gamma/read_S74, bn4a_branch2a/beta/read_S75)HÔÁˆñºƒPu
res4a_branch2a_relu/ReluÉÄˆñºƒ î(îB?res4a_branch2a_relu/Relu = Relu(bn4a_branch2a/FusedBatchNormV3)HÉÄˆñºƒP‹
res4a_branch2b/Conv2D·Æˆñºƒ Œ(ŒBXres4a_branch2b/Conv2D = Conv2D(res4a_branch2a_relu/Relu, res4a_branch2b/kernel/read_S76)H·ÆˆñºƒP¾
bn4a_branch2b/FusedBatchNormV3Ã×ˆñºƒ k(kBƒbn4a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch2b/Conv2D, bn4a_branch2b/gamma/read_S77, bn4a_branch2b/beta/read_S78)HÃ×ˆñºƒPs
res4a_branch2b_relu/Relu®Øˆñºƒ O(OB?res4a_branch2b_relu/Relu = Relu(bn4a_branch2b/FusedBatchNormV3)H®ØˆñºƒP‹
res4a_branch2c/Conv2DıØˆñºƒ –(–BXres4a_branch2c/Conv2D = Conv2D(res4a_branch2b_relu/Relu, res4a_branch2c/kernel/read_S79)HıØˆñºƒPÀ
bn4a_branch2c/FusedBatchNormV3“àˆñºƒ ×(×Bƒbn4a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch2c/Conv2D, bn4a_branch2c/gamma/read_S80, bn4a_branch2c/beta/read_S81)H“àˆñºƒP
res4a_branch1/Conv2Dêâˆñºƒ ˜(˜BMres4a_branch1/Conv2D = Conv2D(res3d_relu/Relu, res4a_branch1/kernel/read_S82)HêâˆñºƒPº
bn4a_branch1/FusedBatchNormV3‚òˆñºƒ Ú(ÚBbn4a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch1/Conv2D, bn4a_branch1/gamma/read_S83, bn4a_branch1/beta/read_S84)H‚òˆñºƒPw
	res4a/addÜôˆñºƒ ×(×BPres4a/add = AddV2(bn4a_branch2c/FusedBatchNormV3, bn4a_branch1/FusedBatchNormV3)HÜôˆñºƒPN
res4a_relu/Relu³÷ˆñºƒ ò(òB!res4a_relu/Relu = Relu(res4a/add)H³÷ˆñºƒP‚
res4b_branch2a/Conv2D¥ùˆñºƒ ş(şBOres4b_branch2a/Conv2D = Conv2D(res4a_relu/Relu, res4b_branch2a/kernel/read_S85)H¥ùˆñºƒP¾
bn4b_branch2a/FusedBatchNormV3£‰ñºƒ f(fBƒbn4b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4b_branch2a/Conv2D, bn4b_branch2a/gamma/read_S86, bn4b_branch2a/beta/read_S87)H£‰ñºƒPs
res4b_branch2a_relu/Relu‰‚‰ñºƒ N(NB?res4b_branch2a_relu/Relu = Relu(bn4b_branch2a/FusedBatchNormV3)H‰‚‰ñºƒP‹
res4b_branch2b/Conv2D×‚‰ñºƒ Í(ÍBXres4b_branch2b/Conv2D = Conv2D(res4b_branch2a_relu/Relu, res4b_branch2b/kernel/read_S88)H×‚‰ñºƒP¾
bn4b_branch2b/FusedBatchNormV3¤“‰ñºƒ k(kBƒbn4b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4b_branch2b/Conv2D, bn4b_branch2b/gamma/read_S89, bn4b_branch2b/beta/read_S90)H¤“‰ñºƒPs
res4b_branch2b_relu/Relu”‰ñºƒ M(MB?res4b_branch2b_relu/Relu = Relu(bn4b_branch2b/FusedBatchNormV3)H”‰ñºƒP‹
res4b_branch2c/Conv2DÜ”‰ñºƒ İ(İBXres4b_branch2c/Conv2D = Conv2D(res4b_branch2b_relu/Relu, res4b_branch2c/kernel/read_S91)HÜ”‰ñºƒPÀ
bn4b_branch2c/FusedBatchNormV3¹œ‰ñºƒ Ô(ÔBƒbn4b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4b_branch2c/Conv2D, bn4b_branch2c/gamma/read_S92, bn4b_branch2c/beta/read_S93)H¹œ‰ñºƒPi
	res4b/addŸ‰ñºƒ Ö(ÖBBres4b/add = AddV2(bn4b_branch2c/FusedBatchNormV3, res4a_relu/Relu)HŸ‰ñºƒPN
res4b_relu/Reluã¡‰ñºƒ õ(õB!res4b_relu/Relu = Relu(res4b/add)Hã¡‰ñºƒP‚
res4c_branch2a/Conv2DØ£‰ñºƒ ó(óBOres4c_branch2a/Conv2D = Conv2D(res4b_relu/Relu, res4c_branch2a/kernel/read_S94)HØ£‰ñºƒP¾
bn4c_branch2a/FusedBatchNormV3Ë«‰ñºƒ j(jBƒbn4c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4c_branch2a/Conv2D, bn4c_branch2a/gamma/read_S95, bn4c_branch2a/beta/read_S96)HË«‰ñºƒPs
res4c_branch2a_relu/Reluµ¬‰ñºƒ M(MB?res4c_branch2a_relu/Relu = Relu(bn4c_branch2a/FusedBatchNormV3)Hµ¬‰ñºƒP‹
res4c_branch2b/Conv2D‚­‰ñºƒ å(åBXres4c_branch2b/Conv2D = Conv2D(res4c_branch2a_relu/Relu, res4c_branch2b/kernel/read_S97)H‚­‰ñºƒP¾
bn4c_branch2b/FusedBatchNormV3ç½‰ñºƒ h(hBƒbn4c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4c_branch2b/Conv2D, bn4c_branch2b/gamma/read_S98, bn4c_branch2b/beta/read_S99)Hç½‰ñºƒPs
res4c_branch2b_relu/ReluÏ¾‰ñºƒ L(LB?res4c_branch2b_relu/Relu = Relu(bn4c_branch2b/FusedBatchNormV3)HÏ¾‰ñºƒPŒ
res4c_branch2c/Conv2D›¿‰ñºƒ ê(êBYres4c_branch2c/Conv2D = Conv2D(res4c_branch2b_relu/Relu, res4c_branch2c/kernel/read_S100)H›¿‰ñºƒPÂ
bn4c_branch2c/FusedBatchNormV3…Ç‰ñºƒ Ë(ËB…bn4c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4c_branch2c/Conv2D, bn4c_branch2c/gamma/read_S101, bn4c_branch2c/beta/read_S102)H…Ç‰ñºƒPi
	res4c/addĞÉ‰ñºƒ ×(×BBres4c/add = AddV2(bn4c_branch2c/FusedBatchNormV3, res4b_relu/Relu)HĞÉ‰ñºƒPN
res4c_relu/Relu§Ì‰ñºƒ ã(ãB!res4c_relu/Relu = Relu(res4c/add)H§Ì‰ñºƒPƒ
res4d_branch2a/Conv2DŠÎ‰ñºƒ Ç(ÇBPres4d_branch2a/Conv2D = Conv2D(res4c_relu/Relu, res4d_branch2a/kernel/read_S103)HŠÎ‰ñºƒPÀ
bn4d_branch2a/FusedBatchNormV3ÑÕ‰ñºƒ `(`B…bn4d_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4d_branch2a/Conv2D, bn4d_branch2a/gamma/read_S104, bn4d_branch2a/beta/read_S105)HÑÕ‰ñºƒPs
res4d_branch2a_relu/Relu±Ö‰ñºƒ K(KB?res4d_branch2a_relu/Relu = Relu(bn4d_branch2a/FusedBatchNormV3)H±Ö‰ñºƒPŒ
res4d_branch2b/Conv2DüÖ‰ñºƒ ş(şBYres4d_branch2b/Conv2D = Conv2D(res4d_branch2a_relu/Relu, res4d_branch2b/kernel/read_S106)HüÖ‰ñºƒPÀ
bn4d_branch2b/FusedBatchNormV3úè‰ñºƒ d(dB…bn4d_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4d_branch2b/Conv2D, bn4d_branch2b/gamma/read_S107, bn4d_branch2b/beta/read_S108)Húè‰ñºƒPs
res4d_branch2b_relu/ReluŞé‰ñºƒ K(KB?res4d_branch2b_relu/Relu = Relu(bn4d_branch2b/FusedBatchNormV3)HŞé‰ñºƒPŒ
res4d_branch2c/Conv2D©ê‰ñºƒ Ó(ÓBYres4d_branch2c/Conv2D = Conv2D(res4d_branch2b_relu/Relu, res4d_branch2c/kernel/read_S109)H©ê‰ñºƒPÂ
bn4d_branch2c/FusedBatchNormV3üñ‰ñºƒ ç(çB…bn4d_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4d_branch2c/Conv2D, bn4d_branch2c/gamma/read_S110, bn4d_branch2c/beta/read_S111)Hüñ‰ñºƒPi
	res4d/addãô‰ñºƒ ä(äBBres4d/add = AddV2(bn4d_branch2c/FusedBatchNormV3, res4c_relu/Relu)Hãô‰ñºƒPN
res4d_relu/ReluÇ÷‰ñºƒ ñ(ñB!res4d_relu/Relu = Relu(res4d/add)HÇ÷‰ñºƒPƒ
res4e_branch2a/Conv2D¸ù‰ñºƒ ˜(˜BPres4e_branch2a/Conv2D = Conv2D(res4d_relu/Relu, res4e_branch2a/kernel/read_S112)H¸ù‰ñºƒPÀ
bn4e_branch2a/FusedBatchNormV3Ğ€Šñºƒ k(kB…bn4e_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4e_branch2a/Conv2D, bn4e_branch2a/gamma/read_S113, bn4e_branch2a/beta/read_S114)HĞ€ŠñºƒPs
res4e_branch2a_relu/Relu»Šñºƒ N(NB?res4e_branch2a_relu/Relu = Relu(bn4e_branch2a/FusedBatchNormV3)H»ŠñºƒPŒ
res4e_branch2b/Conv2D‰‚Šñºƒ (BYres4e_branch2b/Conv2D = Conv2D(res4e_branch2a_relu/Relu, res4e_branch2b/kernel/read_S115)H‰‚ŠñºƒPÀ
bn4e_branch2b/FusedBatchNormV3˜“Šñºƒ g(gB…bn4e_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4e_branch2b/Conv2D, bn4e_branch2b/gamma/read_S116, bn4e_branch2b/beta/read_S117)H˜“ŠñºƒPs
res4e_branch2b_relu/Reluÿ“Šñºƒ M(MB?res4e_branch2b_relu/Relu = Relu(bn4e_branch2b/FusedBatchNormV3)Hÿ“ŠñºƒPŒ
res4e_branch2c/Conv2DÌ”Šñºƒ Ô(ÔBYres4e_branch2c/Conv2D = Conv2D(res4e_branch2b_relu/Relu, res4e_branch2c/kernel/read_S118)HÌ”ŠñºƒPÂ
bn4e_branch2c/FusedBatchNormV3 œŠñºƒ Ú(ÚB…bn4e_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4e_branch2c/Conv2D, bn4e_branch2c/gamma/read_S119, bn4e_branch2c/beta/read_S120)H œŠñºƒPi
	res4e/addúŠñºƒ €(€BBres4e/add = AddV2(bn4e_branch2c/FusedBatchNormV3, res4d_relu/Relu)HúŠñºƒPN
res4e_relu/Reluú¡Šñºƒ û(ûB!res4e_relu/Relu = Relu(res4e/add)Hú¡ŠñºƒPƒ
res4f_branch2a/Conv2Dõ£Šñºƒ ğ(ğBPres4f_branch2a/Conv2D = Conv2D(res4e_relu/Relu, res4f_branch2a/kernel/read_S121)Hõ£ŠñºƒPÀ
bn4f_branch2a/FusedBatchNormV3å«Šñºƒ i(iB…bn4f_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4f_branch2a/Conv2D, bn4f_branch2a/gamma/read_S122, bn4f_branch2a/beta/read_S123)Hå«ŠñºƒPs
res4f_branch2a_relu/ReluÎ¬Šñºƒ O(OB?res4f_branch2a_relu/Relu = Relu(bn4f_branch2a/FusedBatchNormV3)HÎ¬ŠñºƒPŒ
res4f_branch2b/Conv2D­Šñºƒ Ù(ÙBYres4f_branch2b/Conv2D = Conv2D(res4f_branch2a_relu/Relu, res4f_branch2b/kernel/read_S124)H­ŠñºƒPÀ
bn4f_branch2b/FusedBatchNormV3ö¼Šñºƒ e(eB…bn4f_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4f_branch2b/Conv2D, bn4f_branch2b/gamma/read_S125, bn4f_branch2b/beta/read_S126)Hö¼ŠñºƒPs
res4f_branch2b_relu/ReluÛ½Šñºƒ N(NB?res4f_branch2b_relu/Relu = Relu(bn4f_branch2b/FusedBatchNormV3)HÛ½ŠñºƒPŒ
res4f_branch2c/Conv2D©¾Šñºƒ °(°BYres4f_branch2c/Conv2D = Conv2D(res4f_branch2b_relu/Relu, res4f_branch2c/kernel/read_S127)H©¾ŠñºƒPÂ
bn4f_branch2c/FusedBatchNormV3ÙÅŠñºƒ Ú(ÚB…bn4f_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4f_branch2c/Conv2D, bn4f_branch2c/gamma/read_S128, bn4f_branch2c/beta/read_S129)HÙÅŠñºƒPi
	res4f/add³ÈŠñºƒ á(áBBres4f/add = AddV2(bn4f_branch2c/FusedBatchNormV3, res4e_relu/Relu)H³ÈŠñºƒPN
res4f_relu/Relu”ËŠñºƒ ë(ëB!res4f_relu/Relu = Relu(res4f/add)H”ËŠñºƒPƒ
res5a_branch2a/Conv2DÿÌŠñºƒ ş(şBPres5a_branch2a/Conv2D = Conv2D(res4f_relu/Relu, res5a_branch2a/kernel/read_S130)HÿÌŠñºƒPÂ
bn5a_branch2a/FusedBatchNormV3ıÜŠñºƒ ±(±B…bn5a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch2a/Conv2D, bn5a_branch2a/gamma/read_S131, bn5a_branch2a/beta/read_S132)HıÜŠñºƒPs
res5a_branch2a_relu/Relu®ŞŠñºƒ (B?res5a_branch2a_relu/Relu = Relu(bn5a_branch2a/FusedBatchNormV3)H®ŞŠñºƒPŒ
res5a_branch2b/Conv2D­ßŠñºƒ ·(·BYres5a_branch2b/Conv2D = Conv2D(res5a_branch2a_relu/Relu, res5a_branch2b/kernel/read_S133)H­ßŠñºƒPÀ
bn5a_branch2b/FusedBatchNormV3äïŠñºƒ B(BB…bn5a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch2b/Conv2D, bn5a_branch2b/gamma/read_S134, bn5a_branch2b/beta/read_S135)HäïŠñºƒPs
res5a_branch2b_relu/Relu¦ğŠñºƒ 2(2B?res5a_branch2b_relu/Relu = Relu(bn5a_branch2b/FusedBatchNormV3)H¦ğŠñºƒPŒ
res5a_branch2c/Conv2DØğŠñºƒ Í(ÍBYres5a_branch2c/Conv2D = Conv2D(res5a_branch2b_relu/Relu, res5a_branch2c/kernel/read_S136)HØğŠñºƒPÂ
bn5a_branch2c/FusedBatchNormV3¥øŠñºƒ µ(µB…bn5a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch2c/Conv2D, bn5a_branch2c/gamma/read_S137, bn5a_branch2c/beta/read_S138)H¥øŠñºƒP€
res5a_branch1/Conv2DÚùŠñºƒ –(–BNres5a_branch1/Conv2D = Conv2D(res4f_relu/Relu, res5a_branch1/kernel/read_S139)HÚùŠñºƒP½
bn5a_branch1/FusedBatchNormV3ğˆ‹ñºƒ ¿(¿Bbn5a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch1/Conv2D, bn5a_branch1/gamma/read_S140, bn5a_branch1/beta/read_S141)Hğˆ‹ñºƒPw
	res5a/add¯Š‹ñºƒ Ã(ÃBPres5a/add = AddV2(bn5a_branch2c/FusedBatchNormV3, bn5a_branch1/FusedBatchNormV3)H¯Š‹ñºƒPN
res5a_relu/Reluò‹‹ñºƒ €(€B!res5a_relu/Relu = Relu(res5a/add)Hò‹‹ñºƒPƒ
res5b_branch2a/Conv2DòŒ‹ñºƒ Ò(ÒBPres5b_branch2a/Conv2D = Conv2D(res5a_relu/Relu, res5b_branch2a/kernel/read_S142)HòŒ‹ñºƒPÀ
bn5b_branch2a/FusedBatchNormV3Ä”‹ñºƒ ;(;B…bn5b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res5b_branch2a/Conv2D, bn5b_branch2a/gamma/read_S143, bn5b_branch2a/beta/read_S144)HÄ”‹ñºƒPs
res5b_branch2a_relu/Reluÿ”‹ñºƒ 2(2B?res5b_branch2a_relu/Relu = Relu(bn5b_branch2a/FusedBatchNormV3)Hÿ”‹ñºƒPŒ
res5b_branch2b/Conv2D±•‹ñºƒ Ñ(ÑBYres5b_branch2b/Conv2D = Conv2D(res5b_branch2a_relu/Relu, res5b_branch2b/kernel/read_S145)H±•‹ñºƒPÀ
bn5b_branch2b/FusedBatchNormV3‚§‹ñºƒ C(CB…bn5b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res5b_branch2b/Conv2D, bn5b_branch2b/gamma/read_S146, bn5b_branch2b/beta/read_S147)H‚§‹ñºƒPs
res5b_branch2b_relu/ReluÅ§‹ñºƒ /(/B?res5b_branch2b_relu/Relu = Relu(bn5b_branch2b/FusedBatchNormV3)HÅ§‹ñºƒPŒ
res5b_branch2c/Conv2Dô§‹ñºƒ ë(ëBYres5b_branch2c/Conv2D = Conv2D(res5b_branch2b_relu/Relu, res5b_branch2c/kernel/read_S148)Hô§‹ñºƒPÂ
bn5b_branch2c/FusedBatchNormV3ß¯‹ñºƒ °(°B…bn5b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res5b_branch2c/Conv2D, bn5b_branch2c/gamma/read_S149, bn5b_branch2c/beta/read_S150)Hß¯‹ñºƒPi
	res5b/add±‹ñºƒ »(»BBres5b/add = AddV2(bn5b_branch2c/FusedBatchNormV3, res5a_relu/Relu)H±‹ñºƒPL
res5b_relu/ReluÊ²‹ñºƒ ~(~B!res5b_relu/Relu = Relu(res5b/add)HÊ²‹ñºƒPƒ
res5c_branch2a/Conv2DÈ³‹ñºƒ ÿ(ÿBPres5c_branch2a/Conv2D = Conv2D(res5b_relu/Relu, res5c_branch2a/kernel/read_S151)HÈ³‹ñºƒPÀ
bn5c_branch2a/FusedBatchNormV3Ç»‹ñºƒ =(=B…bn5c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res5c_branch2a/Conv2D, bn5c_branch2a/gamma/read_S152, bn5c_branch2a/beta/read_S153)HÇ»‹ñºƒPs
res5c_branch2a_relu/Relu„¼‹ñºƒ 5(5B?res5c_branch2a_relu/Relu = Relu(bn5c_branch2a/FusedBatchNormV3)H„¼‹ñºƒPŒ
res5c_branch2b/Conv2D¹¼‹ñºƒ ¯(¯BYres5c_branch2b/Conv2D = Conv2D(res5c_branch2a_relu/Relu, res5c_branch2b/kernel/read_S154)H¹¼‹ñºƒPÀ
bn5c_branch2b/FusedBatchNormV3èÌ‹ñºƒ ?(?B…bn5c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res5c_branch2b/Conv2D, bn5c_branch2b/gamma/read_S155, bn5c_branch2b/beta/read_S156)HèÌ‹ñºƒPs
res5c_branch2b_relu/Relu§Í‹ñºƒ 2(2B?res5c_branch2b_relu/Relu = Relu(bn5c_branch2b/FusedBatchNormV3)H§Í‹ñºƒPŒ
res5c_branch2c/Conv2DÙÍ‹ñºƒ Ë(ËBYres5c_branch2c/Conv2D = Conv2D(res5c_branch2b_relu/Relu, res5c_branch2c/kernel/read_S157)HÙÍ‹ñºƒPÂ
bn5c_branch2c/FusedBatchNormV3¤Õ‹ñºƒ ³(³B…bn5c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res5c_branch2c/Conv2D, bn5c_branch2c/gamma/read_S158, bn5c_branch2c/beta/read_S159)H¤Õ‹ñºƒPi
	res5c/add×Ö‹ñºƒ ¾(¾BBres5c/add = AddV2(bn5c_branch2c/FusedBatchNormV3, res5b_relu/Relu)H×Ö‹ñºƒPL
res5c_relu/Relu•Ø‹ñºƒ (B!res5c_relu/Relu = Relu(res5c/add)H•Ø‹ñºƒPN
avg_pool/Mean”Ù‹ñºƒ O(OB%avg_pool/Mean = Mean(res5c_relu/Relu)H”Ù‹ñºƒPg
fc1000/MatMulãÙ‹ñºƒ <(<B>fc1000/MatMul = MatMul(avg_pool/Mean, fc1000/kernel/read_S160)HãÙ‹ñºƒPh
fc1000/BiasAddŸÚ‹ñºƒ (B>fc1000/BiasAdd = BiasAdd(fc1000/MatMul, fc1000/bias/read_S161)HŸÚ‹ñºƒP˜
"loss/SoftmaxCrossEntropyWithLogits¸Ú‹ñºƒ (BZloss/SoftmaxCrossEntropyWithLogits = SoftmaxCrossEntropyWithLogits(fc1000/BiasAdd, labels)H¸Ú‹ñºƒPƒ
gradients/fc1000/bias_gradÓÚ‹ñºƒ (BMgradients/fc1000/bias_grad = BackpropGrad(loss/SoftmaxCrossEntropyWithLogits)HÓÚ‹ñºƒP
gradients/fc1000/kernel_gradêÚ‹ñºƒ Ÿ(ŸBGgradients/fc1000/kernel_grad = BackpropGrad(gradients/fc1000/bias_grad)HêÚ‹ñºƒP‹
!gradients/bn5c_branch2c/beta_grad‰Ü‹ñºƒ O(OBNgradients/bn5c_branch2c/beta_grad = BackpropGrad(gradients/fc1000/kernel_grad)H‰Ü‹ñºƒP”
"gradients/bn5c_branch2c/gamma_gradØÜ‹ñºƒ (BTgradients/bn5c_branch2c/gamma_grad = BackpropGrad(gradients/bn5c_branch2c/beta_grad)HØÜ‹ñºƒP™
$gradients/res5c_branch2c/kernel_gradçß‹ñºƒ ¸(¸BWgradients/res5c_branch2c/kernel_grad = BackpropGrad(gradients/bn5c_branch2c/gamma_grad)Hçß‹ñºƒP“
!gradients/bn5c_branch2b/beta_gradŸï‹ñºƒ #(#BVgradients/bn5c_branch2b/beta_grad = BackpropGrad(gradients/res5c_branch2c/kernel_grad)HŸï‹ñºƒP’
"gradients/bn5c_branch2b/gamma_gradÂï‹ñºƒ o(oBTgradients/bn5c_branch2b/gamma_grad = BackpropGrad(gradients/bn5c_branch2b/beta_grad)HÂï‹ñºƒP™
$gradients/res5c_branch2b/kernel_grad±ğ‹ñºƒ Ï"(Ï"BWgradients/res5c_branch2b/kernel_grad = BackpropGrad(gradients/bn5c_branch2b/gamma_grad)H±ğ‹ñºƒP“
!gradients/bn5c_branch2a/beta_grad€“Œñºƒ (((BVgradients/bn5c_branch2a/beta_grad = BackpropGrad(gradients/res5c_branch2b/kernel_grad)H€“ŒñºƒP’
"gradients/bn5c_branch2a/gamma_grad¨“Œñºƒ v(vBTgradients/bn5c_branch2a/gamma_grad = BackpropGrad(gradients/bn5c_branch2a/beta_grad)H¨“ŒñºƒP™
$gradients/res5c_branch2a/kernel_grad”Œñºƒ Õ(ÕBWgradients/res5c_branch2a/kernel_grad = BackpropGrad(gradients/bn5c_branch2a/gamma_grad)H”ŒñºƒP“
!gradients/bn5b_branch2c/beta_gradó£Œñºƒ J(JBVgradients/bn5b_branch2c/beta_grad = BackpropGrad(gradients/res5c_branch2a/kernel_grad)Hó£ŒñºƒP”
"gradients/bn5b_branch2c/gamma_grad½¤Œñºƒ ƒ(ƒBTgradients/bn5b_branch2c/gamma_grad = BackpropGrad(gradients/bn5b_branch2c/beta_grad)H½¤ŒñºƒP™
$gradients/res5b_branch2c/kernel_gradÀ§Œñºƒ (BWgradients/res5b_branch2c/kernel_grad = BackpropGrad(gradients/bn5b_branch2c/gamma_grad)HÀ§ŒñºƒP“
!gradients/bn5b_branch2b/beta_gradİ¶Œñºƒ $($BVgradients/bn5b_branch2b/beta_grad = BackpropGrad(gradients/res5b_branch2c/kernel_grad)Hİ¶ŒñºƒP’
"gradients/bn5b_branch2b/gamma_grad·Œñºƒ t(tBTgradients/bn5b_branch2b/gamma_grad = BackpropGrad(gradients/bn5b_branch2b/beta_grad)H·ŒñºƒP™
$gradients/res5b_branch2b/kernel_gradõ·Œñºƒ À"(À"BWgradients/res5b_branch2b/kernel_grad = BackpropGrad(gradients/bn5b_branch2b/gamma_grad)Hõ·ŒñºƒP“
!gradients/bn5b_branch2a/beta_gradµÚŒñºƒ $($BVgradients/bn5b_branch2a/beta_grad = BackpropGrad(gradients/res5b_branch2b/kernel_grad)HµÚŒñºƒP’
"gradients/bn5b_branch2a/gamma_gradÙÚŒñºƒ (BTgradients/bn5b_branch2a/gamma_grad = BackpropGrad(gradients/bn5b_branch2a/beta_grad)HÙÚŒñºƒP™
$gradients/res5b_branch2a/kernel_gradØÛŒñºƒ £(£BWgradients/res5b_branch2a/kernel_grad = BackpropGrad(gradients/bn5b_branch2a/gamma_grad)HØÛŒñºƒP‘
 gradients/bn5a_branch1/beta_gradûêŒñºƒ R(RBUgradients/bn5a_branch1/beta_grad = BackpropGrad(gradients/res5b_branch2a/kernel_grad)HûêŒñºƒP‘
!gradients/bn5a_branch1/gamma_gradÍëŒñºƒ î(îBRgradients/bn5a_branch1/gamma_grad = BackpropGrad(gradients/bn5a_branch1/beta_grad)HÍëŒñºƒP–
#gradients/res5a_branch1/kernel_grad»íŒñºƒ ã(ãBUgradients/res5a_branch1/kernel_grad = BackpropGrad(gradients/bn5a_branch1/gamma_grad)H»íŒñºƒP’
!gradients/bn5a_branch2c/beta_gradŒñºƒ Q(QBUgradients/bn5a_branch2c/beta_grad = BackpropGrad(gradients/res5a_branch1/kernel_grad)HŒñºƒP”
"gradients/bn5a_branch2c/gamma_gradïŒñºƒ (BTgradients/bn5a_branch2c/gamma_grad = BackpropGrad(gradients/bn5a_branch2c/beta_grad)HïŒñºƒP™
$gradients/res5a_branch2c/kernel_gradğñºƒ Ğ(ĞBWgradients/res5a_branch2c/kernel_grad = BackpropGrad(gradients/bn5a_branch2c/gamma_grad)HğñºƒP“
!gradients/bn5a_branch2b/beta_gradÀŸñºƒ %(%BVgradients/bn5a_branch2b/beta_grad = BackpropGrad(gradients/res5a_branch2c/kernel_grad)HÀŸñºƒP’
"gradients/bn5a_branch2b/gamma_gradåŸñºƒ z(zBTgradients/bn5a_branch2b/gamma_grad = BackpropGrad(gradients/bn5a_branch2b/beta_grad)HåŸñºƒP™
$gradients/res5a_branch2b/kernel_gradß ñºƒ Õ!(Õ!BWgradients/res5a_branch2b/kernel_grad = BackpropGrad(gradients/bn5a_branch2b/gamma_grad)Hß ñºƒP“
!gradients/bn5a_branch2a/beta_grad´Âñºƒ R(RBVgradients/bn5a_branch2a/beta_grad = BackpropGrad(gradients/res5a_branch2b/kernel_grad)H´ÂñºƒP”
"gradients/bn5a_branch2a/gamma_grad†Ãñºƒ  ( BTgradients/bn5a_branch2a/gamma_grad = BackpropGrad(gradients/bn5a_branch2a/beta_grad)H†ÃñºƒP™
$gradients/res5a_branch2a/kernel_grad¦Æñºƒ ·(·BWgradients/res5a_branch2a/kernel_grad = BackpropGrad(gradients/bn5a_branch2a/gamma_grad)H¦ÆñºƒP•
!gradients/bn4f_branch2c/beta_gradİãñºƒ ‰(‰BVgradients/bn4f_branch2c/beta_grad = BackpropGrad(gradients/res5a_branch2a/kernel_grad)HİãñºƒP”
"gradients/bn4f_branch2c/gamma_gradæäñºƒ (BTgradients/bn4f_branch2c/gamma_grad = BackpropGrad(gradients/bn4f_branch2c/beta_grad)HæäñºƒP™
$gradients/res4f_branch2c/kernel_grad„ëñºƒ ”(”BWgradients/res4f_branch2c/kernel_grad = BackpropGrad(gradients/bn4f_branch2c/gamma_grad)H„ëñºƒP“
!gradients/bn4f_branch2b/beta_grad˜úñºƒ 3(3BVgradients/bn4f_branch2b/beta_grad = BackpropGrad(gradients/res4f_branch2c/kernel_grad)H˜úñºƒP”
"gradients/bn4f_branch2b/gamma_gradËúñºƒ Õ(ÕBTgradients/bn4f_branch2b/gamma_grad = BackpropGrad(gradients/bn4f_branch2b/beta_grad)HËúñºƒP™
$gradients/res4f_branch2b/kernel_grad üñºƒ ô (ô BWgradients/res4f_branch2b/kernel_grad = BackpropGrad(gradients/bn4f_branch2b/gamma_grad)H üñºƒP“
!gradients/bn4f_branch2a/beta_grad”ñºƒ 4(4BVgradients/bn4f_branch2a/beta_grad = BackpropGrad(gradients/res4f_branch2b/kernel_grad)H”ñºƒP”
"gradients/bn4f_branch2a/gamma_gradÈñºƒ Ú(ÚBTgradients/bn4f_branch2a/gamma_grad = BackpropGrad(gradients/bn4f_branch2a/beta_grad)HÈñºƒP™
$gradients/res4f_branch2a/kernel_grad¢Ÿñºƒ …(…BWgradients/res4f_branch2a/kernel_grad = BackpropGrad(gradients/bn4f_branch2a/gamma_grad)H¢ŸñºƒP“
!gradients/bn4e_branch2c/beta_grad§®ñºƒ |(|BVgradients/bn4e_branch2c/beta_grad = BackpropGrad(gradients/res4f_branch2a/kernel_grad)H§®ñºƒP”
"gradients/bn4e_branch2c/gamma_grad£¯ñºƒ œ(œBTgradients/bn4e_branch2c/gamma_grad = BackpropGrad(gradients/bn4e_branch2c/beta_grad)H£¯ñºƒP™
$gradients/res4e_branch2c/kernel_grad¿µñºƒ ê(êBWgradients/res4e_branch2c/kernel_grad = BackpropGrad(gradients/bn4e_branch2c/gamma_grad)H¿µñºƒP“
!gradients/bn4e_branch2b/beta_grad©Åñºƒ 5(5BVgradients/bn4e_branch2b/beta_grad = BackpropGrad(gradients/res4e_branch2c/kernel_grad)H©ÅñºƒP”
"gradients/bn4e_branch2b/gamma_gradŞÅñºƒ ×(×BTgradients/bn4e_branch2b/gamma_grad = BackpropGrad(gradients/bn4e_branch2b/beta_grad)HŞÅñºƒP™
$gradients/res4e_branch2b/kernel_gradµÇñºƒ ƒ#(ƒ#BWgradients/res4e_branch2b/kernel_grad = BackpropGrad(gradients/bn4e_branch2b/gamma_grad)HµÇñºƒP“
!gradients/bn4e_branch2a/beta_grad¸êñºƒ 3(3BVgradients/bn4e_branch2a/beta_grad = BackpropGrad(gradients/res4e_branch2b/kernel_grad)H¸êñºƒP”
"gradients/bn4e_branch2a/gamma_gradëêñºƒ Ê(ÊBTgradients/bn4e_branch2a/gamma_grad = BackpropGrad(gradients/bn4e_branch2a/beta_grad)HëêñºƒP™
$gradients/res4e_branch2a/kernel_gradµìñºƒ ½(½BWgradients/res4e_branch2a/kernel_grad = BackpropGrad(gradients/bn4e_branch2a/gamma_grad)HµìñºƒP•
!gradients/bn4d_branch2c/beta_gradòûñºƒ †(†BVgradients/bn4d_branch2c/beta_grad = BackpropGrad(gradients/res4e_branch2a/kernel_grad)HòûñºƒP”
"gradients/bn4d_branch2c/gamma_gradøüñºƒ ¤(¤BTgradients/bn4d_branch2c/gamma_grad = BackpropGrad(gradients/bn4d_branch2c/beta_grad)HøüñºƒP™
$gradients/res4d_branch2c/kernel_gradœƒñºƒ Ø(ØBWgradients/res4d_branch2c/kernel_grad = BackpropGrad(gradients/bn4d_branch2c/gamma_grad)HœƒñºƒP“
!gradients/bn4d_branch2b/beta_gradô’ñºƒ 2(2BVgradients/bn4d_branch2b/beta_grad = BackpropGrad(gradients/res4d_branch2c/kernel_grad)Hô’ñºƒP”
"gradients/bn4d_branch2b/gamma_grad¦“ñºƒ Ø(ØBTgradients/bn4d_branch2b/gamma_grad = BackpropGrad(gradients/bn4d_branch2b/beta_grad)H¦“ñºƒP™
$gradients/res4d_branch2b/kernel_gradş”ñºƒ "("BWgradients/res4d_branch2b/kernel_grad = BackpropGrad(gradients/bn4d_branch2b/gamma_grad)Hş”ñºƒP“
!gradients/bn4d_branch2a/beta_grad·ñºƒ 4(4BVgradients/bn4d_branch2a/beta_grad = BackpropGrad(gradients/res4d_branch2b/kernel_grad)H·ñºƒP”
"gradients/bn4d_branch2a/gamma_gradÁ·ñºƒ Ó(ÓBTgradients/bn4d_branch2a/gamma_grad = BackpropGrad(gradients/bn4d_branch2a/beta_grad)HÁ·ñºƒP™
$gradients/res4d_branch2a/kernel_grad”¹ñºƒ §(§BWgradients/res4d_branch2a/kernel_grad = BackpropGrad(gradients/bn4d_branch2a/gamma_grad)H”¹ñºƒP•
!gradients/bn4c_branch2c/beta_grad»Èñºƒ €(€BVgradients/bn4c_branch2c/beta_grad = BackpropGrad(gradients/res4d_branch2a/kernel_grad)H»ÈñºƒP”
"gradients/bn4c_branch2c/gamma_grad»Éñºƒ  ( BTgradients/bn4c_branch2c/gamma_grad = BackpropGrad(gradients/bn4c_branch2c/beta_grad)H»ÉñºƒP™
$gradients/res4c_branch2c/kernel_gradÛÏñºƒ ª(ªBWgradients/res4c_branch2c/kernel_grad = BackpropGrad(gradients/bn4c_branch2c/gamma_grad)HÛÏñºƒP“
!gradients/bn4c_branch2b/beta_grad…ßñºƒ 0(0BVgradients/bn4c_branch2b/beta_grad = BackpropGrad(gradients/res4c_branch2c/kernel_grad)H…ßñºƒP”
"gradients/bn4c_branch2b/gamma_gradµßñºƒ Î(ÎBTgradients/bn4c_branch2b/gamma_grad = BackpropGrad(gradients/bn4c_branch2b/beta_grad)HµßñºƒP™
$gradients/res4c_branch2b/kernel_gradƒáñºƒ Ê (Ê BWgradients/res4c_branch2b/kernel_grad = BackpropGrad(gradients/bn4c_branch2b/gamma_grad)HƒáñºƒP“
!gradients/bn4c_branch2a/beta_gradÍñºƒ 2(2BVgradients/bn4c_branch2a/beta_grad = BackpropGrad(gradients/res4c_branch2b/kernel_grad)HÍñºƒP”
"gradients/bn4c_branch2a/gamma_gradÿñºƒ Ï(ÏBTgradients/bn4c_branch2a/gamma_grad = BackpropGrad(gradients/bn4c_branch2a/beta_grad)HÿñºƒP™
$gradients/res4c_branch2a/kernel_gradÎƒñºƒ š(šBWgradients/res4c_branch2a/kernel_grad = BackpropGrad(gradients/bn4c_branch2a/gamma_grad)HÎƒñºƒP•
!gradients/bn4b_branch2c/beta_gradè’ñºƒ ƒ(ƒBVgradients/bn4b_branch2c/beta_grad = BackpropGrad(gradients/res4c_branch2a/kernel_grad)Hè’ñºƒP”
"gradients/bn4b_branch2c/gamma_gradë“ñºƒ ë(ëBTgradients/bn4b_branch2c/gamma_grad = BackpropGrad(gradients/bn4b_branch2c/beta_grad)Hë“ñºƒP™
$gradients/res4b_branch2c/kernel_gradÖ™ñºƒ ™(™BWgradients/res4b_branch2c/kernel_grad = BackpropGrad(gradients/bn4b_branch2c/gamma_grad)HÖ™ñºƒP“
!gradients/bn4b_branch2b/beta_gradï¨ñºƒ 3(3BVgradients/bn4b_branch2b/beta_grad = BackpropGrad(gradients/res4b_branch2c/kernel_grad)Hï¨ñºƒP”
"gradients/bn4b_branch2b/gamma_grad¢©ñºƒ Ì(ÌBTgradients/bn4b_branch2b/gamma_grad = BackpropGrad(gradients/bn4b_branch2b/beta_grad)H¢©ñºƒP™
$gradients/res4b_branch2b/kernel_gradîªñºƒ ¥!(¥!BWgradients/res4b_branch2b/kernel_grad = BackpropGrad(gradients/bn4b_branch2b/gamma_grad)HîªñºƒP“
!gradients/bn4b_branch2a/beta_grad“Ìñºƒ 3(3BVgradients/bn4b_branch2a/beta_grad = BackpropGrad(gradients/res4b_branch2b/kernel_grad)H“ÌñºƒP”
"gradients/bn4b_branch2a/gamma_gradÆÌñºƒ Ï(ÏBTgradients/bn4b_branch2a/gamma_grad = BackpropGrad(gradients/bn4b_branch2a/beta_grad)HÆÌñºƒP™
$gradients/res4b_branch2a/kernel_grad•Îñºƒ ‡(‡BWgradients/res4b_branch2a/kernel_grad = BackpropGrad(gradients/bn4b_branch2a/gamma_grad)H•ÎñºƒP“
 gradients/bn4a_branch1/beta_gradœİñºƒ (BUgradients/bn4a_branch1/beta_grad = BackpropGrad(gradients/res4b_branch2a/kernel_grad)HœİñºƒP‘
!gradients/bn4a_branch1/gamma_gradŞñºƒ ª(ªBRgradients/bn4a_branch1/gamma_grad = BackpropGrad(gradients/bn4a_branch1/beta_grad)HŞñºƒP–
#gradients/res4a_branch1/kernel_gradÇáñºƒ ¿ (¿ BUgradients/res4a_branch1/kernel_grad = BackpropGrad(gradients/bn4a_branch1/gamma_grad)HÇáñºƒP”
!gradients/bn4a_branch2c/beta_grad†‚‘ñºƒ „(„BUgradients/bn4a_branch2c/beta_grad = BackpropGrad(gradients/res4a_branch1/kernel_grad)H†‚‘ñºƒP”
"gradients/bn4a_branch2c/gamma_gradŠƒ‘ñºƒ ö(öBTgradients/bn4a_branch2c/gamma_grad = BackpropGrad(gradients/bn4a_branch2c/beta_grad)HŠƒ‘ñºƒP™
$gradients/res4a_branch2c/kernel_grad€‰‘ñºƒ €(€BWgradients/res4a_branch2c/kernel_grad = BackpropGrad(gradients/bn4a_branch2c/gamma_grad)H€‰‘ñºƒP“
!gradients/bn4a_branch2b/beta_grad€˜‘ñºƒ 4(4BVgradients/bn4a_branch2b/beta_grad = BackpropGrad(gradients/res4a_branch2c/kernel_grad)H€˜‘ñºƒP”
"gradients/bn4a_branch2b/gamma_grad´˜‘ñºƒ Ô(ÔBTgradients/bn4a_branch2b/gamma_grad = BackpropGrad(gradients/bn4a_branch2b/beta_grad)H´˜‘ñºƒP™
$gradients/res4a_branch2b/kernel_gradˆš‘ñºƒ Ò"(Ò"BWgradients/res4a_branch2b/kernel_grad = BackpropGrad(gradients/bn4a_branch2b/gamma_grad)Hˆš‘ñºƒP•
!gradients/bn4a_branch2a/beta_gradÚ¼‘ñºƒ „(„BVgradients/bn4a_branch2a/beta_grad = BackpropGrad(gradients/res4a_branch2b/kernel_grad)HÚ¼‘ñºƒP”
"gradients/bn4a_branch2a/gamma_gradŞ½‘ñºƒ ò(òBTgradients/bn4a_branch2a/gamma_grad = BackpropGrad(gradients/bn4a_branch2a/beta_grad)HŞ½‘ñºƒP™
$gradients/res4a_branch2a/kernel_gradĞÃ‘ñºƒ î(îBWgradients/res4a_branch2a/kernel_grad = BackpropGrad(gradients/bn4a_branch2a/gamma_grad)HĞÃ‘ñºƒP•
!gradients/bn3d_branch2c/beta_grad¾à‘ñºƒ ö(öBVgradients/bn3d_branch2c/beta_grad = BackpropGrad(gradients/res4a_branch2a/kernel_grad)H¾à‘ñºƒP”
"gradients/bn3d_branch2c/gamma_grad´â‘ñºƒ ’(’BTgradients/bn3d_branch2c/gamma_grad = BackpropGrad(gradients/bn3d_branch2c/beta_grad)H´â‘ñºƒP™
$gradients/res3d_branch2c/kernel_gradÆî‘ñºƒ ö(öBWgradients/res3d_branch2c/kernel_grad = BackpropGrad(gradients/bn3d_branch2c/gamma_grad)HÆî‘ñºƒP“
!gradients/bn3d_branch2b/beta_grad¼ı‘ñºƒ M(MBVgradients/bn3d_branch2b/beta_grad = BackpropGrad(gradients/res3d_branch2c/kernel_grad)H¼ı‘ñºƒP”
"gradients/bn3d_branch2b/gamma_grad‰ş‘ñºƒ Š(ŠBTgradients/bn3d_branch2b/gamma_grad = BackpropGrad(gradients/bn3d_branch2b/beta_grad)H‰ş‘ñºƒP™
$gradients/res3d_branch2b/kernel_grad“’ñºƒ ‚#(‚#BWgradients/res3d_branch2b/kernel_grad = BackpropGrad(gradients/bn3d_branch2b/gamma_grad)H“’ñºƒP“
!gradients/bn3d_branch2a/beta_grad•¤’ñºƒ P(PBVgradients/bn3d_branch2a/beta_grad = BackpropGrad(gradients/res3d_branch2b/kernel_grad)H•¤’ñºƒP”
"gradients/bn3d_branch2a/gamma_gradå¤’ñºƒ ’(’BTgradients/bn3d_branch2a/gamma_grad = BackpropGrad(gradients/bn3d_branch2a/beta_grad)Hå¤’ñºƒP™
$gradients/res3d_branch2a/kernel_grad÷§’ñºƒ —(—BWgradients/res3d_branch2a/kernel_grad = BackpropGrad(gradients/bn3d_branch2a/gamma_grad)H÷§’ñºƒP•
!gradients/bn3c_branch2c/beta_grad¸’ñºƒ ÷(÷BVgradients/bn3c_branch2c/beta_grad = BackpropGrad(gradients/res3d_branch2a/kernel_grad)H¸’ñºƒP”
"gradients/bn3c_branch2c/gamma_grad…º’ñºƒ ’(’BTgradients/bn3c_branch2c/gamma_grad = BackpropGrad(gradients/bn3c_branch2c/beta_grad)H…º’ñºƒP™
$gradients/res3c_branch2c/kernel_grad—Æ’ñºƒ ²(²BWgradients/res3c_branch2c/kernel_grad = BackpropGrad(gradients/bn3c_branch2c/gamma_grad)H—Æ’ñºƒP“
!gradients/bn3c_branch2b/beta_gradÉÕ’ñºƒ M(MBVgradients/bn3c_branch2b/beta_grad = BackpropGrad(gradients/res3c_branch2c/kernel_grad)HÉÕ’ñºƒP”
"gradients/bn3c_branch2b/gamma_grad–Ö’ñºƒ —(—BTgradients/bn3c_branch2b/gamma_grad = BackpropGrad(gradients/bn3c_branch2b/beta_grad)H–Ö’ñºƒP™
$gradients/res3c_branch2b/kernel_grad­Ù’ñºƒ ƒ"(ƒ"BWgradients/res3c_branch2b/kernel_grad = BackpropGrad(gradients/bn3c_branch2b/gamma_grad)H­Ù’ñºƒP“
!gradients/bn3c_branch2a/beta_grad°û’ñºƒ Q(QBVgradients/bn3c_branch2a/beta_grad = BackpropGrad(gradients/res3c_branch2b/kernel_grad)H°û’ñºƒP”
"gradients/bn3c_branch2a/gamma_gradü’ñºƒ Œ(ŒBTgradients/bn3c_branch2a/gamma_grad = BackpropGrad(gradients/bn3c_branch2a/beta_grad)Hü’ñºƒP™
$gradients/res3c_branch2a/kernel_gradÿ’ñºƒ (BWgradients/res3c_branch2a/kernel_grad = BackpropGrad(gradients/bn3c_branch2a/gamma_grad)Hÿ’ñºƒP•
!gradients/bn3b_branch2c/beta_grad“ñºƒ ô(ôBVgradients/bn3b_branch2c/beta_grad = BackpropGrad(gradients/res3c_branch2a/kernel_grad)H“ñºƒP”
"gradients/bn3b_branch2c/gamma_grad‘“ñºƒ ¨(¨BTgradients/bn3b_branch2c/gamma_grad = BackpropGrad(gradients/bn3b_branch2c/beta_grad)H‘“ñºƒP™
$gradients/res3b_branch2c/kernel_grad¹œ“ñºƒ Ü(ÜBWgradients/res3b_branch2c/kernel_grad = BackpropGrad(gradients/bn3b_branch2c/gamma_grad)H¹œ“ñºƒP“
!gradients/bn3b_branch2b/beta_grad•«“ñºƒ O(OBVgradients/bn3b_branch2b/beta_grad = BackpropGrad(gradients/res3b_branch2c/kernel_grad)H•«“ñºƒP”
"gradients/bn3b_branch2b/gamma_gradä«“ñºƒ (BTgradients/bn3b_branch2b/gamma_grad = BackpropGrad(gradients/bn3b_branch2b/beta_grad)Hä«“ñºƒP™
$gradients/res3b_branch2b/kernel_gradó®“ñºƒ ˆ!(ˆ!BWgradients/res3b_branch2b/kernel_grad = BackpropGrad(gradients/bn3b_branch2b/gamma_grad)Hó®“ñºƒP“
!gradients/bn3b_branch2a/beta_gradûÏ“ñºƒ N(NBVgradients/bn3b_branch2a/beta_grad = BackpropGrad(gradients/res3b_branch2b/kernel_grad)HûÏ“ñºƒP”
"gradients/bn3b_branch2a/gamma_gradÉĞ“ñºƒ õ(õBTgradients/bn3b_branch2a/gamma_grad = BackpropGrad(gradients/bn3b_branch2a/beta_grad)HÉĞ“ñºƒP™
$gradients/res3b_branch2a/kernel_grad¾Ó“ñºƒ İ(İBWgradients/res3b_branch2a/kernel_grad = BackpropGrad(gradients/bn3b_branch2a/gamma_grad)H¾Ó“ñºƒP“
 gradients/bn3a_branch1/beta_grad›ã“ñºƒ ê(êBUgradients/bn3a_branch1/beta_grad = BackpropGrad(gradients/res3b_branch2a/kernel_grad)H›ã“ñºƒP‘
!gradients/bn3a_branch1/gamma_grad…å“ñºƒ ì(ìBRgradients/bn3a_branch1/gamma_grad = BackpropGrad(gradients/bn3a_branch1/beta_grad)H…å“ñºƒP–
#gradients/res3a_branch1/kernel_gradñë“ñºƒ Ñ(ÑBUgradients/res3a_branch1/kernel_grad = BackpropGrad(gradients/bn3a_branch1/gamma_grad)Hñë“ñºƒP”
!gradients/bn3a_branch2c/beta_gradÂŠ”ñºƒ æ(æBUgradients/bn3a_branch2c/beta_grad = BackpropGrad(gradients/res3a_branch1/kernel_grad)HÂŠ”ñºƒP”
"gradients/bn3a_branch2c/gamma_grad¨Œ”ñºƒ œ(œBTgradients/bn3a_branch2c/gamma_grad = BackpropGrad(gradients/bn3a_branch2c/beta_grad)H¨Œ”ñºƒP™
$gradients/res3a_branch2c/kernel_gradÄ˜”ñºƒ Å(ÅBWgradients/res3a_branch2c/kernel_grad = BackpropGrad(gradients/bn3a_branch2c/gamma_grad)HÄ˜”ñºƒP“
!gradients/bn3a_branch2b/beta_grad‰¨”ñºƒ M(MBVgradients/bn3a_branch2b/beta_grad = BackpropGrad(gradients/res3a_branch2c/kernel_grad)H‰¨”ñºƒP”
"gradients/bn3a_branch2b/gamma_gradÖ¨”ñºƒ —(—BTgradients/bn3a_branch2b/gamma_grad = BackpropGrad(gradients/bn3a_branch2b/beta_grad)HÖ¨”ñºƒP™
$gradients/res3a_branch2b/kernel_gradí«”ñºƒ !(!BWgradients/res3a_branch2b/kernel_grad = BackpropGrad(gradients/bn3a_branch2b/gamma_grad)Hí«”ñºƒP•
!gradients/bn3a_branch2a/beta_gradúÌ”ñºƒ á(áBVgradients/bn3a_branch2a/beta_grad = BackpropGrad(gradients/res3a_branch2b/kernel_grad)HúÌ”ñºƒP”
"gradients/bn3a_branch2a/gamma_gradÛÎ”ñºƒ ì(ìBTgradients/bn3a_branch2a/gamma_grad = BackpropGrad(gradients/bn3a_branch2a/beta_grad)HÛÎ”ñºƒP™
$gradients/res3a_branch2a/kernel_gradÇÚ”ñºƒ Ñ(ÑBWgradients/res3a_branch2a/kernel_grad = BackpropGrad(gradients/bn3a_branch2a/gamma_grad)HÇÚ”ñºƒP•
!gradients/bn2c_branch2c/beta_grad˜ø”ñºƒ ¿(¿BVgradients/bn2c_branch2c/beta_grad = BackpropGrad(gradients/res3a_branch2a/kernel_grad)H˜ø”ñºƒP”
"gradients/bn2c_branch2c/gamma_grad×û”ñºƒ Ó(ÓBTgradients/bn2c_branch2c/gamma_grad = BackpropGrad(gradients/bn2c_branch2c/beta_grad)H×û”ñºƒP™
$gradients/res2c_branch2c/kernel_gradª”•ñºƒ à(àBWgradients/res2c_branch2c/kernel_grad = BackpropGrad(gradients/bn2c_branch2c/gamma_grad)Hª”•ñºƒP“
!gradients/bn2c_branch2b/beta_gradŠ£•ñºƒ ~(~BVgradients/bn2c_branch2b/beta_grad = BackpropGrad(gradients/res2c_branch2c/kernel_grad)HŠ£•ñºƒP”
"gradients/bn2c_branch2b/gamma_gradˆ¤•ñºƒ ‘(‘BTgradients/bn2c_branch2b/gamma_grad = BackpropGrad(gradients/bn2c_branch2b/beta_grad)Hˆ¤•ñºƒP™
$gradients/res2c_branch2b/kernel_grad™ª•ñºƒ ä"(ä"BWgradients/res2c_branch2b/kernel_grad = BackpropGrad(gradients/bn2c_branch2b/gamma_grad)H™ª•ñºƒP•
!gradients/bn2c_branch2a/beta_gradıÌ•ñºƒ …(…BVgradients/bn2c_branch2a/beta_grad = BackpropGrad(gradients/res2c_branch2b/kernel_grad)HıÌ•ñºƒP”
"gradients/bn2c_branch2a/gamma_grad‚Î•ñºƒ (BTgradients/bn2c_branch2a/gamma_grad = BackpropGrad(gradients/bn2c_branch2a/beta_grad)H‚Î•ñºƒP™
$gradients/res2c_branch2a/kernel_gradŸÔ•ñºƒ ™(™BWgradients/res2c_branch2a/kernel_grad = BackpropGrad(gradients/bn2c_branch2a/gamma_grad)HŸÔ•ñºƒP•
!gradients/bn2b_branch2c/beta_grad¸ã•ñºƒ Õ(ÕBVgradients/bn2b_branch2c/beta_grad = BackpropGrad(gradients/res2c_branch2a/kernel_grad)H¸ã•ñºƒP”
"gradients/bn2b_branch2c/gamma_gradç•ñºƒ Ÿ(ŸBTgradients/bn2b_branch2c/gamma_grad = BackpropGrad(gradients/bn2b_branch2c/beta_grad)Hç•ñºƒP™
$gradients/res2b_branch2c/kernel_grad¬ş•ñºƒ æ(æBWgradients/res2b_branch2c/kernel_grad = BackpropGrad(gradients/bn2b_branch2c/gamma_grad)H¬ş•ñºƒP•
!gradients/bn2b_branch2b/beta_grad’–ñºƒ „(„BVgradients/bn2b_branch2b/beta_grad = BackpropGrad(gradients/res2b_branch2c/kernel_grad)H’–ñºƒP”
"gradients/bn2b_branch2b/gamma_grad––ñºƒ ı(ıBTgradients/bn2b_branch2b/gamma_grad = BackpropGrad(gradients/bn2b_branch2b/beta_grad)H––ñºƒP™
$gradients/res2b_branch2b/kernel_grad“•–ñºƒ õ (õ BWgradients/res2b_branch2b/kernel_grad = BackpropGrad(gradients/bn2b_branch2b/gamma_grad)H“•–ñºƒP•
!gradients/bn2b_branch2a/beta_gradˆ¶–ñºƒ …(…BVgradients/bn2b_branch2a/beta_grad = BackpropGrad(gradients/res2b_branch2b/kernel_grad)Hˆ¶–ñºƒP”
"gradients/bn2b_branch2a/gamma_grad·–ñºƒ ñ(ñBTgradients/bn2b_branch2a/gamma_grad = BackpropGrad(gradients/bn2b_branch2a/beta_grad)H·–ñºƒP™
$gradients/res2b_branch2a/kernel_gradş¼–ñºƒ Ç(ÇBWgradients/res2b_branch2a/kernel_grad = BackpropGrad(gradients/bn2b_branch2a/gamma_grad)Hş¼–ñºƒP“
 gradients/bn2a_branch1/beta_gradÅÌ–ñºƒ Ê(ÊBUgradients/bn2a_branch1/beta_grad = BackpropGrad(gradients/res2b_branch2a/kernel_grad)HÅÌ–ñºƒP‘
!gradients/bn2a_branch1/gamma_gradĞ–ñºƒ Ê(ÊBRgradients/bn2a_branch1/gamma_grad = BackpropGrad(gradients/bn2a_branch1/beta_grad)HĞ–ñºƒP–
#gradients/res2a_branch1/kernel_gradÙİ–ñºƒ ”(”BUgradients/res2a_branch1/kernel_grad = BackpropGrad(gradients/bn2a_branch1/gamma_grad)HÙİ–ñºƒP”
!gradients/bn2a_branch2c/beta_gradíì–ñºƒ Í(ÍBUgradients/bn2a_branch2c/beta_grad = BackpropGrad(gradients/res2a_branch1/kernel_grad)Híì–ñºƒP”
"gradients/bn2a_branch2c/gamma_gradºğ–ñºƒ °(°BTgradients/bn2a_branch2c/gamma_grad = BackpropGrad(gradients/bn2a_branch2c/beta_grad)Hºğ–ñºƒP™
$gradients/res2a_branch2c/kernel_gradê†—ñºƒ ¨(¨BWgradients/res2a_branch2c/kernel_grad = BackpropGrad(gradients/bn2a_branch2c/gamma_grad)Hê†—ñºƒP•
!gradients/bn2a_branch2b/beta_grad’–—ñºƒ ‚(‚BVgradients/bn2a_branch2b/beta_grad = BackpropGrad(gradients/res2a_branch2c/kernel_grad)H’–—ñºƒP”
"gradients/bn2a_branch2b/gamma_grad”——ñºƒ ¢(¢BTgradients/bn2a_branch2b/gamma_grad = BackpropGrad(gradients/bn2a_branch2b/beta_grad)H”——ñºƒP™
$gradients/res2a_branch2b/kernel_grad¶—ñºƒ ¬!(¬!BWgradients/res2a_branch2b/kernel_grad = BackpropGrad(gradients/bn2a_branch2b/gamma_grad)H¶—ñºƒP•
!gradients/bn2a_branch2a/beta_gradâ¾—ñºƒ †(†BVgradients/bn2a_branch2a/beta_grad = BackpropGrad(gradients/res2a_branch2b/kernel_grad)Hâ¾—ñºƒP”
"gradients/bn2a_branch2a/gamma_gradè¿—ñºƒ °(°BTgradients/bn2a_branch2a/gamma_grad = BackpropGrad(gradients/bn2a_branch2a/beta_grad)Hè¿—ñºƒP™
$gradients/res2a_branch2a/kernel_grad˜Æ—ñºƒ ì(ìBWgradients/res2a_branch2a/kernel_grad = BackpropGrad(gradients/bn2a_branch2a/gamma_grad)H˜Æ—ñºƒP‹
gradients/bn_conv1/beta_grad„Ê—ñºƒ Ü(ÜBQgradients/bn_conv1/beta_grad = BackpropGrad(gradients/res2a_branch2a/kernel_grad)H„Ê—ñºƒP…
gradients/bn_conv1/gamma_gradàÍ—ñºƒ ğ(ğBJgradients/bn_conv1/gamma_grad = BackpropGrad(gradients/bn_conv1/beta_grad)HàÍ—ñºƒP‚
gradients/conv1/kernel_gradĞí—ñºƒ ö(öBIgradients/conv1/kernel_grad = BackpropGrad(gradients/bn_conv1/gamma_grad)HĞí—ñºƒP
âœ
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

RecvTensorêÚ‹ñºƒ ^(^:
"  Bƒ[4000B] edge_162_gradients/fc1000/bias_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HêÚ‹ñºƒ¾
'update_fc1000/bias/ApplyGradientDescentÈÛ‹ñºƒ (B{update_fc1000/bias/ApplyGradientDescent = ApplyGradientDescent(fc1000/bias, learning_rate, gradients/fc1000/bias_grad_S162)HÈÛ‹ñºƒP¾

RecvTensor‰Ü‹ñºƒ ½t(½t:"
€€ô€€ôB…[7.8MB] edge_163_gradients/fc1000/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‰Ü‹ñºƒÉ
)update_fc1000/kernel/ApplyGradientDescentÆĞŒñºƒ ‹(‹Bupdate_fc1000/kernel/ApplyGradientDescent = ApplyGradientDescent(fc1000/kernel, learning_rate, gradients/fc1000/kernel_grad_S163)HÆĞŒñºƒP½

RecvTensorØÜ‹ñºƒ e(e:
"€@€@BŠ[8192B] edge_164_gradients/bn5c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HØÜ‹ñºƒÛ
.update_bn5c_branch2c/beta/ApplyGradientDescent½İ‹ñºƒ (Bupdate_bn5c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2c/beta, learning_rate, gradients/bn5c_branch2c/beta_grad_S164)H½İ‹ñºƒP¾

RecvTensorçß‹ñºƒ n(n:
"€@€@B‹[8192B] edge_165_gradients/bn5c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hçß‹ñºƒß
/update_bn5c_branch2c/gamma/ApplyGradientDescentÕà‹ñºƒ (B“update_bn5c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2c/gamma, learning_rate, gradients/bn5c_branch2c/gamma_grad_S165)HÕà‹ñºƒPÆ

RecvTensorŸï‹ñºƒ ÕE(ÕE:"
€€€€€€B[4.0MB] edge_166_gradients/res5c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŸï‹ñºƒé
1update_res5c_branch2c/kernel/ApplyGradientDescentô´Œñºƒ (B™update_res5c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res5c_branch2c/kernel, learning_rate, gradients/res5c_branch2c/kernel_grad_S166)Hô´ŒñºƒP½

RecvTensorÂï‹ñºƒ u(u:
"€€BŠ[2048B] edge_167_gradients/bn5c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÂï‹ñºƒÛ
.update_bn5c_branch2b/beta/ApplyGradientDescent·ğ‹ñºƒ (Bupdate_bn5c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2b/beta, learning_rate, gradients/bn5c_branch2b/beta_grad_S167)H·ğ‹ñºƒP¾

RecvTensor±ğ‹ñºƒ r(r:
"€€B‹[2048B] edge_168_gradients/bn5c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H±ğ‹ñºƒß
/update_bn5c_branch2b/gamma/ApplyGradientDescent£ñ‹ñºƒ 
(
B“update_bn5c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2b/gamma, learning_rate, gradients/bn5c_branch2b/gamma_grad_S168)H£ñ‹ñºƒPÈ

RecvTensor€“Œñºƒ ‘È(‘È:"
€€À€€ÀB[9.0MB] edge_169_gradients/res5c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H€“Œñºƒé
1update_res5c_branch2b/kernel/ApplyGradientDescent‘Ûñºƒ Ú(ÚB™update_res5c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res5c_branch2b/kernel, learning_rate, gradients/res5c_branch2b/kernel_grad_S169)H‘ÛñºƒP½

RecvTensor¨“Œñºƒ i(i:
"€€BŠ[2048B] edge_170_gradients/bn5c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¨“ŒñºƒÛ
.update_bn5c_branch2a/beta/ApplyGradientDescent‘”Œñºƒ (Bupdate_bn5c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2a/beta, learning_rate, gradients/bn5c_branch2a/beta_grad_S170)H‘”ŒñºƒP¾

RecvTensor”Œñºƒ x(x:
"€€B‹[2048B] edge_171_gradients/bn5c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H”Œñºƒß
/update_bn5c_branch2a/gamma/ApplyGradientDescent–•Œñºƒ (B“update_bn5c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2a/gamma, learning_rate, gradients/bn5c_branch2a/gamma_grad_S171)H–•ŒñºƒPÆ

RecvTensoró£Œñºƒ ™u(™u:"
€€€€€€B[4.0MB] edge_172_gradients/res5c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hó£Œñºƒé
1update_res5c_branch2a/kernel/ApplyGradientDescentŒ™ñºƒ „(„B™update_res5c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res5c_branch2a/kernel, learning_rate, gradients/res5c_branch2a/kernel_grad_S172)HŒ™ñºƒP¿

RecvTensor½¤Œñºƒ ‚(‚:
"€@€@BŠ[8192B] edge_173_gradients/bn5b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H½¤ŒñºƒÛ
.update_bn5b_branch2c/beta/ApplyGradientDescent¿¥Œñºƒ (Bupdate_bn5b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2c/beta, learning_rate, gradients/bn5b_branch2c/beta_grad_S173)H¿¥ŒñºƒPÀ

RecvTensorÀ§Œñºƒ (:
"€@€@B‹[8192B] edge_174_gradients/bn5b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÀ§Œñºƒß
/update_bn5b_branch2c/gamma/ApplyGradientDescentÍ¨Œñºƒ (B“update_bn5b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2c/gamma, learning_rate, gradients/bn5b_branch2c/gamma_grad_S174)HÍ¨ŒñºƒPÆ

RecvTensorİ¶Œñºƒ »~(»~:"
€€€€€€B[4.0MB] edge_175_gradients/res5b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hİ¶Œñºƒé
1update_res5b_branch2c/kernel/ApplyGradientDescent˜µñºƒ ˆ(ˆB™update_res5b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res5b_branch2c/kernel, learning_rate, gradients/res5b_branch2c/kernel_grad_S175)H˜µñºƒP¿

RecvTensor·Œñºƒ ƒ(ƒ:
"€€BŠ[2048B] edge_176_gradients/bn5b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H·ŒñºƒÛ
.update_bn5b_branch2b/beta/ApplyGradientDescentƒÀŒñºƒ (Bupdate_bn5b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2b/beta, learning_rate, gradients/bn5b_branch2b/beta_grad_S176)HƒÀŒñºƒP¾

RecvTensorõ·Œñºƒ (:
"€€B‹[2048B] edge_177_gradients/bn5b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hõ·Œñºƒß
/update_bn5b_branch2b/gamma/ApplyGradientDescentÀŒñºƒ (B“update_bn5b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2b/gamma, learning_rate, gradients/bn5b_branch2b/gamma_grad_S177)HÀŒñºƒPÈ

RecvTensorµÚŒñºƒ  ì( ì:"
€€À€€ÀB[9.0MB] edge_178_gradients/res5b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HµÚŒñºƒé
1update_res5b_branch2b/kernel/ApplyGradientDescentÕÆñºƒ ÷(÷B™update_res5b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res5b_branch2b/kernel, learning_rate, gradients/res5b_branch2b/kernel_grad_S178)HÕÆñºƒP½

RecvTensorÙÚŒñºƒ q(q:
"€€BŠ[2048B] edge_179_gradients/bn5b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÙÚŒñºƒÛ
.update_bn5b_branch2a/beta/ApplyGradientDescentÑæŒñºƒ 
(
Bupdate_bn5b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2a/beta, learning_rate, gradients/bn5b_branch2a/beta_grad_S179)HÑæŒñºƒP¾

RecvTensorØÛŒñºƒ v(v:
"€€B‹[2048B] edge_180_gradients/bn5b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HØÛŒñºƒß
/update_bn5b_branch2a/gamma/ApplyGradientDescentÛæŒñºƒ (B“update_bn5b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2a/gamma, learning_rate, gradients/bn5b_branch2a/gamma_grad_S180)HÛæŒñºƒPÈ

RecvTensorûêŒñºƒ ö¢(ö¢:"
€€€€€€B[4.0MB] edge_181_gradients/res5b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HûêŒñºƒé
1update_res5b_branch2a/kernel/ApplyGradientDescentññºƒ ú
(ú
B™update_res5b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res5b_branch2a/kernel, learning_rate, gradients/res5b_branch2a/kernel_grad_S181)HññºƒP¾

RecvTensorÍëŒñºƒ š(š:
"€@€@B‰[8192B] edge_182_gradients/bn5a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÍëŒñºƒ×
-update_bn5a_branch1/beta/ApplyGradientDescentçìŒñºƒ (Bupdate_bn5a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch1/beta, learning_rate, gradients/bn5a_branch1/beta_grad_S182)HçìŒñºƒP¿

RecvTensor»íŒñºƒ ˆ(ˆ:
"€@€@BŠ[8192B] edge_183_gradients/bn5a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H»íŒñºƒÛ
.update_bn5a_branch1/gamma/ApplyGradientDescentÃîŒñºƒ (Bupdate_bn5a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch1/gamma, learning_rate, gradients/bn5a_branch1/gamma_grad_S183)HÃîŒñºƒPÇ

RecvTensorŒñºƒ §É(§É:"
€€€€€€BŒ[8.0MB] edge_184_gradients/res5a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŒñºƒå
0update_res5a_branch1/kernel/ApplyGradientDescentâßñºƒ €(€B–update_res5a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch1/kernel, learning_rate, gradients/res5a_branch1/kernel_grad_S184)HâßñºƒP¿

RecvTensorïŒñºƒ •(•:
"€@€@BŠ[8192B] edge_185_gradients/bn5a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HïŒñºƒÛ
.update_bn5a_branch2c/beta/ApplyGradientDescent„ñºƒ (Bupdate_bn5a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2c/beta, learning_rate, gradients/bn5a_branch2c/beta_grad_S185)H„ñºƒPÀ

RecvTensorğñºƒ °(°:
"€@€@B‹[8192B] edge_186_gradients/bn5a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hğñºƒß
/update_bn5a_branch2c/gamma/ApplyGradientDescent ‘ñºƒ (B“update_bn5a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2c/gamma, learning_rate, gradients/bn5a_branch2c/gamma_grad_S186)H ‘ñºƒPÈ

RecvTensorÀŸñºƒ £½(£½:"
€€€€€€B[4.0MB] edge_187_gradients/res5a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÀŸñºƒé
1update_res5a_branch2c/kernel/ApplyGradientDescentëóñºƒ ã(ãB™update_res5a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch2c/kernel, learning_rate, gradients/res5a_branch2c/kernel_grad_S187)HëóñºƒP½

RecvTensoråŸñºƒ c(c:
"€€BŠ[2048B] edge_188_gradients/bn5a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HåŸñºƒÛ
.update_bn5a_branch2b/beta/ApplyGradientDescent¤ñºƒ 
(
Bupdate_bn5a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2b/beta, learning_rate, gradients/bn5a_branch2b/beta_grad_S188)H¤ñºƒP¾

RecvTensorß ñºƒ q(q:
"€€B‹[2048B] edge_189_gradients/bn5a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hß ñºƒß
/update_bn5a_branch2b/gamma/ApplyGradientDescentš¤ñºƒ (B“update_bn5a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2b/gamma, learning_rate, gradients/bn5a_branch2b/gamma_grad_S189)Hš¤ñºƒPÈ

RecvTensor´Âñºƒ É¶(É¶:"
€€À€€ÀB[9.0MB] edge_190_gradients/res5a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H´Âñºƒé
1update_res5a_branch2b/kernel/ApplyGradientDescentš€ñºƒ ğ(ğB™update_res5a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch2b/kernel, learning_rate, gradients/res5a_branch2b/kernel_grad_S190)Hš€ñºƒP½

RecvTensor†Ãñºƒ d(d:
"€€BŠ[2048B] edge_191_gradients/bn5a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H†ÃñºƒÛ
.update_bn5a_branch2a/beta/ApplyGradientDescentêÃñºƒ (Bupdate_bn5a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2a/beta, learning_rate, gradients/bn5a_branch2a/beta_grad_S191)HêÃñºƒP¾

RecvTensor¦Æñºƒ g(g:
"€€B‹[2048B] edge_192_gradients/bn5a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¦Æñºƒß
/update_bn5a_branch2a/gamma/ApplyGradientDescentÇñºƒ (B“update_bn5a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2a/gamma, learning_rate, gradients/bn5a_branch2a/gamma_grad_S192)HÇñºƒPÆ

RecvTensorİãñºƒ õi(õi:"
€€€€€€B[2.0MB] edge_193_gradients/res5a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hİãñºƒé
1update_res5a_branch2a/kernel/ApplyGradientDescentÒÍñºƒ À(ÀB™update_res5a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch2a/kernel, learning_rate, gradients/res5a_branch2a/kernel_grad_S193)HÒÍñºƒP¿

RecvTensoræäñºƒ Œ(Œ:
"€ € BŠ[4096B] edge_194_gradients/bn4f_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HæäñºƒÛ
.update_bn4f_branch2c/beta/ApplyGradientDescentòåñºƒ (Bupdate_bn4f_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2c/beta, learning_rate, gradients/bn4f_branch2c/beta_grad_S194)HòåñºƒP¾

RecvTensor„ëñºƒ r(r:
"€ € B‹[4096B] edge_195_gradients/bn4f_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H„ëñºƒß
/update_bn4f_branch2c/gamma/ApplyGradientDescentöëñºƒ (B“update_bn4f_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2c/gamma, learning_rate, gradients/bn4f_branch2c/gamma_grad_S195)HöëñºƒPÄ

RecvTensor˜úñºƒ ¢5(¢5:"€€@€€@B[1.0MB] edge_196_gradients/res4f_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H˜úñºƒé
1update_res4f_branch2c/kernel/ApplyGradientDescentº¯ñºƒ ú(úB™update_res4f_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4f_branch2c/kernel, learning_rate, gradients/res4f_branch2c/kernel_grad_S196)Hº¯ñºƒP½

RecvTensorËúñºƒ z(z:
"€€BŠ[1024B] edge_197_gradients/bn4f_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HËúñºƒÛ
.update_bn4f_branch2b/beta/ApplyGradientDescentÅûñºƒ 	(	Bupdate_bn4f_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2b/beta, learning_rate, gradients/bn4f_branch2b/beta_grad_S197)HÅûñºƒPÀ

RecvTensor üñºƒ €(€:
"€€B‹[1024B] edge_198_gradients/bn4f_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H üñºƒß
/update_bn4f_branch2b/gamma/ApplyGradientDescent ıñºƒ 
(
B“update_bn4f_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2b/gamma, learning_rate, gradients/bn4f_branch2b/gamma_grad_S198)H ıñºƒPÆ

RecvTensor”ñºƒ Ùj(Ùj:"
€€€€B[2.2MB] edge_199_gradients/res4f_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H”ñºƒé
1update_res4f_branch2b/kernel/ApplyGradientDescentí‡ñºƒ ‚(‚B™update_res4f_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4f_branch2b/kernel, learning_rate, gradients/res4f_branch2b/kernel_grad_S199)Hí‡ñºƒP½

RecvTensorÈñºƒ k(k:
"€€BŠ[1024B] edge_200_gradients/bn4f_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÈñºƒÛ
.update_bn4f_branch2a/beta/ApplyGradientDescent³ñºƒ 
(
Bupdate_bn4f_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2a/beta, learning_rate, gradients/bn4f_branch2a/beta_grad_S200)H³ñºƒP¾

RecvTensor¢Ÿñºƒ y(y:
"€€B‹[1024B] edge_201_gradients/bn4f_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¢Ÿñºƒß
/update_bn4f_branch2a/gamma/ApplyGradientDescent› ñºƒ 
(
B“update_bn4f_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2a/gamma, learning_rate, gradients/bn4f_branch2a/gamma_grad_S201)H› ñºƒPÄ

RecvTensor§®ñºƒ ÷5(÷5:"€€@€€@B[1.0MB] edge_202_gradients/res4f_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H§®ñºƒé
1update_res4f_branch2a/kernel/ApplyGradientDescentÎÿñºƒ Ü(ÜB™update_res4f_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4f_branch2a/kernel, learning_rate, gradients/res4f_branch2a/kernel_grad_S202)HÎÿñºƒP¿

RecvTensor£¯ñºƒ Š(Š:
"€ € BŠ[4096B] edge_203_gradients/bn4e_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H£¯ñºƒÛ
.update_bn4e_branch2c/beta/ApplyGradientDescent´²ñºƒ 
(
Bupdate_bn4e_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2c/beta, learning_rate, gradients/bn4e_branch2c/beta_grad_S203)H´²ñºƒP¾

RecvTensor¿µñºƒ y(y:
"€ € B‹[4096B] edge_204_gradients/bn4e_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¿µñºƒß
/update_bn4e_branch2c/gamma/ApplyGradientDescent¸¶ñºƒ (B“update_bn4e_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2c/gamma, learning_rate, gradients/bn4e_branch2c/gamma_grad_S204)H¸¶ñºƒPÄ

RecvTensor©Åñºƒ ß.(ß.:"€€@€€@B[1.0MB] edge_205_gradients/res4e_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H©Åñºƒé
1update_res4e_branch2c/kernel/ApplyGradientDescent¾‚ñºƒ ó(óB™update_res4e_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4e_branch2c/kernel, learning_rate, gradients/res4e_branch2c/kernel_grad_S205)H¾‚ñºƒP½

RecvTensorŞÅñºƒ x(x:
"€€BŠ[1024B] edge_206_gradients/bn4e_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŞÅñºƒÛ
.update_bn4e_branch2b/beta/ApplyGradientDescentÖÆñºƒ 
(
Bupdate_bn4e_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2b/beta, learning_rate, gradients/bn4e_branch2b/beta_grad_S206)HÖÆñºƒP¾

RecvTensorµÇñºƒ p(p:
"€€B‹[1024B] edge_207_gradients/bn4e_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HµÇñºƒß
/update_bn4e_branch2b/gamma/ApplyGradientDescent¥Èñºƒ 
(
B“update_bn4e_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2b/gamma, learning_rate, gradients/bn4e_branch2b/gamma_grad_S207)H¥ÈñºƒPÆ

RecvTensor¸êñºƒ šT(šT:"
€€€€B[2.2MB] edge_208_gradients/res4e_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¸êñºƒé
1update_res4e_branch2b/kernel/ApplyGradientDescentÒ¾ñºƒ µ(µB™update_res4e_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4e_branch2b/kernel, learning_rate, gradients/res4e_branch2b/kernel_grad_S208)HÒ¾ñºƒP½

RecvTensorëêñºƒ _(_:
"€€BŠ[1024B] edge_209_gradients/bn4e_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HëêñºƒÛ
.update_bn4e_branch2a/beta/ApplyGradientDescentª‚ñºƒ 
(
Bupdate_bn4e_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2a/beta, learning_rate, gradients/bn4e_branch2a/beta_grad_S209)Hª‚ñºƒP¾

RecvTensorµìñºƒ g(g:
"€€B‹[1024B] edge_210_gradients/bn4e_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hµìñºƒß
/update_bn4e_branch2a/gamma/ApplyGradientDescent´‚ñºƒ 
(
B“update_bn4e_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2a/gamma, learning_rate, gradients/bn4e_branch2a/gamma_grad_S210)H´‚ñºƒPÄ

RecvTensoròûñºƒ Ö'(Ö':"€€@€€@B[1.0MB] edge_211_gradients/res4e_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hòûñºƒé
1update_res4e_branch2a/kernel/ApplyGradientDescentÈ£ñºƒ ×(×B™update_res4e_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4e_branch2a/kernel, learning_rate, gradients/res4e_branch2a/kernel_grad_S211)HÈ£ñºƒP½

RecvTensorøüñºƒ q(q:
"€ € BŠ[4096B] edge_212_gradients/bn4d_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HøüñºƒÛ
.update_bn4d_branch2c/beta/ApplyGradientDescent±…ñºƒ (Bupdate_bn4d_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2c/beta, learning_rate, gradients/bn4d_branch2c/beta_grad_S212)H±…ñºƒP¾

RecvTensorœƒñºƒ |(|:
"€ € B‹[4096B] edge_213_gradients/bn4d_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hœƒñºƒß
/update_bn4d_branch2c/gamma/ApplyGradientDescent¼…ñºƒ (B“update_bn4d_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2c/gamma, learning_rate, gradients/bn4d_branch2c/gamma_grad_S213)H¼…ñºƒPÄ

RecvTensorô’ñºƒ ù%(ù%:"€€@€€@B[1.0MB] edge_214_gradients/res4d_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hô’ñºƒé
1update_res4d_branch2c/kernel/ApplyGradientDescentí¸ñºƒ é(éB™update_res4d_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4d_branch2c/kernel, learning_rate, gradients/res4d_branch2c/kernel_grad_S214)Hí¸ñºƒP½

RecvTensor¦“ñºƒ x(x:
"€€BŠ[1024B] edge_215_gradients/bn4d_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¦“ñºƒÛ
.update_bn4d_branch2b/beta/ApplyGradientDescent”ñºƒ 
(
Bupdate_bn4d_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2b/beta, learning_rate, gradients/bn4d_branch2b/beta_grad_S215)H”ñºƒP¾

RecvTensorş”ñºƒ t(t:
"€€B‹[1024B] edge_216_gradients/bn4d_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hş”ñºƒß
/update_bn4d_branch2b/gamma/ApplyGradientDescentò•ñºƒ (B“update_bn4d_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2b/gamma, learning_rate, gradients/bn4d_branch2b/gamma_grad_S216)Hò•ñºƒPÆ

RecvTensor·ñºƒ ©7(©7:"
€€€€B[2.2MB] edge_217_gradients/res4d_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H·ñºƒé
1update_res4d_branch2b/kernel/ApplyGradientDescentÌöñºƒ ç(çB™update_res4d_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4d_branch2b/kernel, learning_rate, gradients/res4d_branch2b/kernel_grad_S217)HÌöñºƒP½

RecvTensorÁ·ñºƒ W(W:
"€€BŠ[1024B] edge_218_gradients/bn4d_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÁ·ñºƒÛ
.update_bn4d_branch2a/beta/ApplyGradientDescent˜¸ñºƒ 
(
Bupdate_bn4d_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2a/beta, learning_rate, gradients/bn4d_branch2a/beta_grad_S218)H˜¸ñºƒP¾

RecvTensor”¹ñºƒ m(m:
"€€B‹[1024B] edge_219_gradients/bn4d_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H”¹ñºƒß
/update_bn4d_branch2a/gamma/ApplyGradientDescentÖ»ñºƒ (B“update_bn4d_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2a/gamma, learning_rate, gradients/bn4d_branch2a/gamma_grad_S219)HÖ»ñºƒPÄ

RecvTensor»Èñºƒ İ(İ:"€€@€€@B[1.0MB] edge_220_gradients/res4d_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H»Èñºƒé
1update_res4d_branch2a/kernel/ApplyGradientDescentëóñºƒ ×(×B™update_res4d_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4d_branch2a/kernel, learning_rate, gradients/res4d_branch2a/kernel_grad_S220)HëóñºƒP½

RecvTensor»Éñºƒ r(r:
"€ € BŠ[4096B] edge_221_gradients/bn4c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H»ÉñºƒÛ
.update_bn4c_branch2c/beta/ApplyGradientDescentÌßñºƒ (Bupdate_bn4c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2c/beta, learning_rate, gradients/bn4c_branch2c/beta_grad_S221)HÌßñºƒP¾

RecvTensorÛÏñºƒ ^(^:
"€ € B‹[4096B] edge_222_gradients/bn4c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÛÏñºƒß
/update_bn4c_branch2c/gamma/ApplyGradientDescent×ßñºƒ (B“update_bn4c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2c/gamma, learning_rate, gradients/bn4c_branch2c/gamma_grad_S222)H×ßñºƒPÄ

RecvTensor…ßñºƒ Õ(Õ:"€€@€€@B[1.0MB] edge_223_gradients/res4c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H…ßñºƒé
1update_res4c_branch2c/kernel/ApplyGradientDescent³ıñºƒ ç(çB™update_res4c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4c_branch2c/kernel, learning_rate, gradients/res4c_branch2c/kernel_grad_S223)H³ıñºƒP½

RecvTensorµßñºƒ k(k:
"€€BŠ[1024B] edge_224_gradients/bn4c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HµßñºƒÛ
.update_bn4c_branch2b/beta/ApplyGradientDescentâóñºƒ 	(	Bupdate_bn4c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2b/beta, learning_rate, gradients/bn4c_branch2b/beta_grad_S224)HâóñºƒP¾

RecvTensorƒáñºƒ m(m:
"€€B‹[1024B] edge_225_gradients/bn4c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hƒáñºƒß
/update_bn4c_branch2b/gamma/ApplyGradientDescentÂöñºƒ 
(
B“update_bn4c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2b/gamma, learning_rate, gradients/bn4c_branch2b/gamma_grad_S225)HÂöñºƒPÆ

RecvTensorÍñºƒ —(—:"
€€€€B[2.2MB] edge_226_gradients/res4c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÍñºƒé
1update_res4c_branch2b/kernel/ApplyGradientDescentŸ˜ñºƒ ø(øB™update_res4c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4c_branch2b/kernel, learning_rate, gradients/res4c_branch2b/kernel_grad_S226)HŸ˜ñºƒP½

RecvTensorÿñºƒ e(e:
"€€BŠ[1024B] edge_227_gradients/bn4c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÿñºƒÛ
.update_bn4c_branch2a/beta/ApplyGradientDescentŠ˜ñºƒ 
(
Bupdate_bn4c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2a/beta, learning_rate, gradients/bn4c_branch2a/beta_grad_S227)HŠ˜ñºƒP¾

RecvTensorÎƒñºƒ P(P:
"€€B‹[1024B] edge_228_gradients/bn4c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÎƒñºƒß
/update_bn4c_branch2a/gamma/ApplyGradientDescent”˜ñºƒ (B“update_bn4c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2a/gamma, learning_rate, gradients/bn4c_branch2a/gamma_grad_S228)H”˜ñºƒPÄ

RecvTensorè’ñºƒ É(É:"€€@€€@B[1.0MB] edge_229_gradients/res4c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hè’ñºƒé
1update_res4c_branch2a/kernel/ApplyGradientDescent¤ñºƒ ì(ìB™update_res4c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4c_branch2a/kernel, learning_rate, gradients/res4c_branch2a/kernel_grad_S229)H¤ñºƒP½

RecvTensorë“ñºƒ b(b:
"€ € BŠ[4096B] edge_230_gradients/bn4b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hë“ñºƒÛ
.update_bn4b_branch2c/beta/ApplyGradientDescent—ñºƒ (Bupdate_bn4b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2c/beta, learning_rate, gradients/bn4b_branch2c/beta_grad_S230)H—ñºƒP¾

RecvTensorÖ™ñºƒ c(c:
"€ € B‹[4096B] edge_231_gradients/bn4b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÖ™ñºƒß
/update_bn4b_branch2c/gamma/ApplyGradientDescent¡ñºƒ 
(
B“update_bn4b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2c/gamma, learning_rate, gradients/bn4b_branch2c/gamma_grad_S231)H¡ñºƒPÄ

RecvTensorï¨ñºƒ ê(ê:"€€@€€@B[1.0MB] edge_232_gradients/res4b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hï¨ñºƒé
1update_res4b_branch2c/kernel/ApplyGradientDescentÙ°ñºƒ Š(ŠB™update_res4b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4b_branch2c/kernel, learning_rate, gradients/res4b_branch2c/kernel_grad_S232)HÙ°ñºƒP½

RecvTensor¢©ñºƒ g(g:
"€€BŠ[1024B] edge_233_gradients/bn4b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¢©ñºƒÛ
.update_bn4b_branch2b/beta/ApplyGradientDescent‰ªñºƒ 
(
Bupdate_bn4b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2b/beta, learning_rate, gradients/bn4b_branch2b/beta_grad_S233)H‰ªñºƒP¾

RecvTensorîªñºƒ f(f:
"€€B‹[1024B] edge_234_gradients/bn4b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hîªñºƒß
/update_bn4b_branch2b/gamma/ApplyGradientDescentÔ«ñºƒ (B“update_bn4b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2b/gamma, learning_rate, gradients/bn4b_branch2b/gamma_grad_S234)HÔ«ñºƒPÆ

RecvTensor“Ìñºƒ ©(©:"
€€€€B[2.2MB] edge_235_gradients/res4b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H“Ìñºƒé
1update_res4b_branch2b/kernel/ApplyGradientDescent¼Üñºƒ “(“B™update_res4b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4b_branch2b/kernel, learning_rate, gradients/res4b_branch2b/kernel_grad_S235)H¼ÜñºƒP½

RecvTensorÆÌñºƒ e(e:
"€€BŠ[1024B] edge_236_gradients/bn4b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÆÌñºƒÛ
.update_bn4b_branch2a/beta/ApplyGradientDescent«Íñºƒ 
(
Bupdate_bn4b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2a/beta, learning_rate, gradients/bn4b_branch2a/beta_grad_S236)H«ÍñºƒP¾

RecvTensor•Îñºƒ l(l:
"€€B‹[1024B] edge_237_gradients/bn4b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H•Îñºƒß
/update_bn4b_branch2a/gamma/ApplyGradientDescentÏñºƒ 
(
B“update_bn4b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2a/gamma, learning_rate, gradients/bn4b_branch2a/gamma_grad_S237)HÏñºƒPÄ

RecvTensorœİñºƒ Ó(Ó:"€€@€€@B[1.0MB] edge_238_gradients/res4b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hœİñºƒé
1update_res4b_branch2a/kernel/ApplyGradientDescentïäñºƒ Ç(ÇB™update_res4b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4b_branch2a/kernel, learning_rate, gradients/res4b_branch2a/kernel_grad_S238)HïäñºƒP¼

RecvTensorŞñºƒ b(b:
"€ € B‰[4096B] edge_239_gradients/bn4a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŞñºƒ×
-update_bn4a_branch1/beta/ApplyGradientDescentÏâñºƒ (Bupdate_bn4a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch1/beta, learning_rate, gradients/bn4a_branch1/beta_grad_S239)HÏâñºƒP½

RecvTensorÇáñºƒ b(b:
"€ € BŠ[4096B] edge_240_gradients/bn4a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÇáñºƒÛ
.update_bn4a_branch1/gamma/ApplyGradientDescentÜâñºƒ (Bupdate_bn4a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch1/gamma, learning_rate, gradients/bn4a_branch1/gamma_grad_S240)HÜâñºƒPÅ

RecvTensor†‚‘ñºƒ ¿(¿:"
€€€€€€BŒ[2.0MB] edge_241_gradients/res4a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H†‚‘ñºƒå
0update_res4a_branch1/kernel/ApplyGradientDescentÅ‘ñºƒ Ó(ÓB–update_res4a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch1/kernel, learning_rate, gradients/res4a_branch1/kernel_grad_S241)HÅ‘ñºƒP½

RecvTensorŠƒ‘ñºƒ y(y:
"€ € BŠ[4096B] edge_242_gradients/bn4a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŠƒ‘ñºƒÛ
.update_bn4a_branch2c/beta/ApplyGradientDescentƒ„‘ñºƒ (Bupdate_bn4a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2c/beta, learning_rate, gradients/bn4a_branch2c/beta_grad_S242)Hƒ„‘ñºƒP¾

RecvTensor€‰‘ñºƒ m(m:
"€ € B‹[4096B] edge_243_gradients/bn4a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H€‰‘ñºƒß
/update_bn4a_branch2c/gamma/ApplyGradientDescentí‰‘ñºƒ (B“update_bn4a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2c/gamma, learning_rate, gradients/bn4a_branch2c/gamma_grad_S243)Hí‰‘ñºƒPÄ

RecvTensor€˜‘ñºƒ Ï(Ï:"€€@€€@B[1.0MB] edge_244_gradients/res4a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H€˜‘ñºƒé
1update_res4a_branch2c/kernel/ApplyGradientDescentÏŸ‘ñºƒ è(èB™update_res4a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch2c/kernel, learning_rate, gradients/res4a_branch2c/kernel_grad_S244)HÏŸ‘ñºƒP½

RecvTensor´˜‘ñºƒ n(n:
"€€BŠ[1024B] edge_245_gradients/bn4a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H´˜‘ñºƒÛ
.update_bn4a_branch2b/beta/ApplyGradientDescent¢™‘ñºƒ 
(
Bupdate_bn4a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2b/beta, learning_rate, gradients/bn4a_branch2b/beta_grad_S245)H¢™‘ñºƒP¾

RecvTensorˆš‘ñºƒ o(o:
"€€B‹[1024B] edge_246_gradients/bn4a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hˆš‘ñºƒß
/update_bn4a_branch2b/gamma/ApplyGradientDescent÷š‘ñºƒ 
(
B“update_bn4a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2b/gamma, learning_rate, gradients/bn4a_branch2b/gamma_grad_S246)H÷š‘ñºƒPÆ

RecvTensorÚ¼‘ñºƒ §(§:"
€€€€B[2.2MB] edge_247_gradients/res4a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÚ¼‘ñºƒé
1update_res4a_branch2b/kernel/ApplyGradientDescentÍ‘ñºƒ ¦(¦B™update_res4a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch2b/kernel, learning_rate, gradients/res4a_branch2b/kernel_grad_S247)HÍ‘ñºƒP½

RecvTensorŞ½‘ñºƒ b(b:
"€€BŠ[1024B] edge_248_gradients/bn4a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŞ½‘ñºƒÛ
.update_bn4a_branch2a/beta/ApplyGradientDescentÀ¾‘ñºƒ (Bupdate_bn4a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2a/beta, learning_rate, gradients/bn4a_branch2a/beta_grad_S248)HÀ¾‘ñºƒP¾

RecvTensorĞÃ‘ñºƒ U(U:
"€€B‹[1024B] edge_249_gradients/bn4a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HĞÃ‘ñºƒß
/update_bn4a_branch2a/gamma/ApplyGradientDescent¥Ä‘ñºƒ (B“update_bn4a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2a/gamma, learning_rate, gradients/bn4a_branch2a/gamma_grad_S249)H¥Ä‘ñºƒPÄ

RecvTensor¾à‘ñºƒ œ(œ:"€€ €€ B[0.5MB] edge_250_gradients/res4a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¾à‘ñºƒé
1update_res4a_branch2a/kernel/ApplyGradientDescentÚä‘ñºƒ Â(ÂB™update_res4a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch2a/kernel, learning_rate, gradients/res4a_branch2a/kernel_grad_S250)HÚä‘ñºƒP½

RecvTensor´â‘ñºƒ o(o:
"€€BŠ[2048B] edge_251_gradients/bn3d_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H´â‘ñºƒÛ
.update_bn3d_branch2c/beta/ApplyGradientDescent£ã‘ñºƒ 
(
Bupdate_bn3d_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2c/beta, learning_rate, gradients/bn3d_branch2c/beta_grad_S251)H£ã‘ñºƒP¾

RecvTensorÆî‘ñºƒ ^(^:
"€€B‹[2048B] edge_252_gradients/bn3d_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÆî‘ñºƒß
/update_bn3d_branch2c/gamma/ApplyGradientDescent¤ï‘ñºƒ (B“update_bn3d_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2c/gamma, learning_rate, gradients/bn3d_branch2c/gamma_grad_S252)H¤ï‘ñºƒPÄ

RecvTensor¼ı‘ñºƒ ¼(¼:"€€€€B[0.2MB] edge_253_gradients/res3d_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¼ı‘ñºƒç
1update_res3d_branch2c/kernel/ApplyGradientDescentøÿ‘ñºƒ f(fB™update_res3d_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3d_branch2c/kernel, learning_rate, gradients/res3d_branch2c/kernel_grad_S253)Høÿ‘ñºƒP¼

RecvTensor‰ş‘ñºƒ a(a:
"€€B‰[512B] edge_254_gradients/bn3d_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‰ş‘ñºƒÛ
.update_bn3d_branch2b/beta/ApplyGradientDescentêş‘ñºƒ (Bupdate_bn3d_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2b/beta, learning_rate, gradients/bn3d_branch2b/beta_grad_S254)Hêş‘ñºƒP½

RecvTensor“’ñºƒ ^(^:
"€€BŠ[512B] edge_255_gradients/bn3d_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H“’ñºƒß
/update_bn3d_branch2b/gamma/ApplyGradientDescentñ’ñºƒ 
(
B“update_bn3d_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2b/gamma, learning_rate, gradients/bn3d_branch2b/gamma_grad_S255)Hñ’ñºƒPÄ

RecvTensor•¤’ñºƒ ×(×:"€€$€€$B[0.6MB] edge_256_gradients/res3d_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H•¤’ñºƒé
1update_res3d_branch2b/kernel/ApplyGradientDescentì¨’ñºƒ Ü(ÜB™update_res3d_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3d_branch2b/kernel, learning_rate, gradients/res3d_branch2b/kernel_grad_S256)Hì¨’ñºƒP¼

RecvTensorå¤’ñºƒ `(`:
"€€B‰[512B] edge_257_gradients/bn3d_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hå¤’ñºƒÛ
.update_bn3d_branch2a/beta/ApplyGradientDescentÅ¥’ñºƒ (Bupdate_bn3d_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2a/beta, learning_rate, gradients/bn3d_branch2a/beta_grad_S257)HÅ¥’ñºƒP½

RecvTensor÷§’ñºƒ ^(^:
"€€BŠ[512B] edge_258_gradients/bn3d_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H÷§’ñºƒß
/update_bn3d_branch2a/gamma/ApplyGradientDescentÕ¨’ñºƒ 
(
B“update_bn3d_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2a/gamma, learning_rate, gradients/bn3d_branch2a/gamma_grad_S258)HÕ¨’ñºƒPÄ

RecvTensor¸’ñºƒ È(È:"€€€€B[0.2MB] edge_259_gradients/res3d_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¸’ñºƒç
1update_res3d_branch2a/kernel/ApplyGradientDescentÖº’ñºƒ f(fB™update_res3d_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3d_branch2a/kernel, learning_rate, gradients/res3d_branch2a/kernel_grad_S259)HÖº’ñºƒP½

RecvTensor…º’ñºƒ s(s:
"€€BŠ[2048B] edge_260_gradients/bn3c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H…º’ñºƒÛ
.update_bn3c_branch2c/beta/ApplyGradientDescent¼»’ñºƒ (Bupdate_bn3c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2c/beta, learning_rate, gradients/bn3c_branch2c/beta_grad_S260)H¼»’ñºƒP¾

RecvTensor—Æ’ñºƒ W(W:
"€€B‹[2048B] edge_261_gradients/bn3c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H—Æ’ñºƒß
/update_bn3c_branch2c/gamma/ApplyGradientDescentîÆ’ñºƒ (B“update_bn3c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2c/gamma, learning_rate, gradients/bn3c_branch2c/gamma_grad_S261)HîÆ’ñºƒPÄ

RecvTensorÉÕ’ñºƒ Â(Â:"€€€€B[0.2MB] edge_262_gradients/res3c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÉÕ’ñºƒç
1update_res3c_branch2c/kernel/ApplyGradientDescent‹Ø’ñºƒ g(gB™update_res3c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3c_branch2c/kernel, learning_rate, gradients/res3c_branch2c/kernel_grad_S262)H‹Ø’ñºƒP¼

RecvTensor–Ö’ñºƒ p(p:
"€€B‰[512B] edge_263_gradients/bn3c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H–Ö’ñºƒÛ
.update_bn3c_branch2b/beta/ApplyGradientDescent†×’ñºƒ (Bupdate_bn3c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2b/beta, learning_rate, gradients/bn3c_branch2b/beta_grad_S263)H†×’ñºƒP½

RecvTensor­Ù’ñºƒ x(x:
"€€BŠ[512B] edge_264_gradients/bn3c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H­Ù’ñºƒß
/update_bn3c_branch2b/gamma/ApplyGradientDescent¥Ú’ñºƒ (B“update_bn3c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2b/gamma, learning_rate, gradients/bn3c_branch2b/gamma_grad_S264)H¥Ú’ñºƒPÄ

RecvTensor°û’ñºƒ Ğ(Ğ:"€€$€€$B[0.6MB] edge_265_gradients/res3c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H°û’ñºƒé
1update_res3c_branch2b/kernel/ApplyGradientDescent‚€“ñºƒ É(ÉB™update_res3c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3c_branch2b/kernel, learning_rate, gradients/res3c_branch2b/kernel_grad_S265)H‚€“ñºƒP¼

RecvTensorü’ñºƒ r(r:
"€€B‰[512B] edge_266_gradients/bn3c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hü’ñºƒÛ
.update_bn3c_branch2a/beta/ApplyGradientDescentóü’ñºƒ 
(
Bupdate_bn3c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2a/beta, learning_rate, gradients/bn3c_branch2a/beta_grad_S266)Hóü’ñºƒP½

RecvTensorÿ’ñºƒ j(j:
"€€BŠ[512B] edge_267_gradients/bn3c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hÿ’ñºƒß
/update_bn3c_branch2a/gamma/ApplyGradientDescent÷ÿ’ñºƒ (B“update_bn3c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2a/gamma, learning_rate, gradients/bn3c_branch2a/gamma_grad_S267)H÷ÿ’ñºƒPÄ

RecvTensor“ñºƒ Å(Å:"€€€€B[0.2MB] edge_268_gradients/res3c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H“ñºƒç
1update_res3c_branch2a/kernel/ApplyGradientDescentâ“ñºƒ W(WB™update_res3c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3c_branch2a/kernel, learning_rate, gradients/res3c_branch2a/kernel_grad_S268)Hâ“ñºƒP½

RecvTensor‘“ñºƒ Y(Y:
"€€BŠ[2048B] edge_269_gradients/bn3b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‘“ñºƒÛ
.update_bn3b_branch2c/beta/ApplyGradientDescent¹‘“ñºƒ (Bupdate_bn3b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2c/beta, learning_rate, gradients/bn3b_branch2c/beta_grad_S269)H¹‘“ñºƒP¾

RecvTensor¹œ“ñºƒ [([:
"€€B‹[2048B] edge_270_gradients/bn3b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¹œ“ñºƒß
/update_bn3b_branch2c/gamma/ApplyGradientDescent”“ñºƒ (B“update_bn3b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2c/gamma, learning_rate, gradients/bn3b_branch2c/gamma_grad_S270)H”“ñºƒPÄ

RecvTensor•«“ñºƒ ¾(¾:"€€€€B[0.2MB] edge_271_gradients/res3b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H•«“ñºƒç
1update_res3b_branch2c/kernel/ApplyGradientDescentÓ­“ñºƒ `(`B™update_res3b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3b_branch2c/kernel, learning_rate, gradients/res3b_branch2c/kernel_grad_S271)HÓ­“ñºƒP¾

RecvTensorä«“ñºƒ ‡(‡:
"€€B‰[512B] edge_272_gradients/bn3b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hä«“ñºƒÛ
.update_bn3b_branch2b/beta/ApplyGradientDescentë¬“ñºƒ 
(
Bupdate_bn3b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2b/beta, learning_rate, gradients/bn3b_branch2b/beta_grad_S272)Hë¬“ñºƒP½

RecvTensoró®“ñºƒ \(\:
"€€BŠ[512B] edge_273_gradients/bn3b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hó®“ñºƒß
/update_bn3b_branch2b/gamma/ApplyGradientDescentÏ¯“ñºƒ (B“update_bn3b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2b/gamma, learning_rate, gradients/bn3b_branch2b/gamma_grad_S273)HÏ¯“ñºƒPÄ

RecvTensorûÏ“ñºƒ ×(×:"€€$€€$B[0.6MB] edge_274_gradients/res3b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HûÏ“ñºƒé
1update_res3b_branch2b/kernel/ApplyGradientDescentÒÔ“ñºƒ Ó(ÓB™update_res3b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3b_branch2b/kernel, learning_rate, gradients/res3b_branch2b/kernel_grad_S274)HÒÔ“ñºƒP¼

RecvTensorÉĞ“ñºƒ d(d:
"€€B‰[512B] edge_275_gradients/bn3b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÉĞ“ñºƒÛ
.update_bn3b_branch2a/beta/ApplyGradientDescent­Ñ“ñºƒ 	(	Bupdate_bn3b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2a/beta, learning_rate, gradients/bn3b_branch2a/beta_grad_S275)H­Ñ“ñºƒP½

RecvTensor¾Ó“ñºƒ p(p:
"€€BŠ[512B] edge_276_gradients/bn3b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¾Ó“ñºƒß
/update_bn3b_branch2a/gamma/ApplyGradientDescent®Ô“ñºƒ 
(
B“update_bn3b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2a/gamma, learning_rate, gradients/bn3b_branch2a/gamma_grad_S276)H®Ô“ñºƒPÄ

RecvTensor›ã“ñºƒ ±(±:"€€€€B[0.2MB] edge_277_gradients/res3b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H›ã“ñºƒç
1update_res3b_branch2a/kernel/ApplyGradientDescentÌå“ñºƒ `(`B™update_res3b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3b_branch2a/kernel, learning_rate, gradients/res3b_branch2a/kernel_grad_S277)HÌå“ñºƒP¼

RecvTensor…å“ñºƒ f(f:
"€€B‰[2048B] edge_278_gradients/bn3a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H…å“ñºƒ×
-update_bn3a_branch1/beta/ApplyGradientDescent¬æ“ñºƒ 
(
Bupdate_bn3a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch1/beta, learning_rate, gradients/bn3a_branch1/beta_grad_S278)H¬æ“ñºƒP½

RecvTensorñë“ñºƒ w(w:
"€€BŠ[2048B] edge_279_gradients/bn3a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hñë“ñºƒÛ
.update_bn3a_branch1/gamma/ApplyGradientDescentèì“ñºƒ (Bupdate_bn3a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch1/gamma, learning_rate, gradients/bn3a_branch1/gamma_grad_S279)Hèì“ñºƒPÃ

RecvTensorÂŠ”ñºƒ ‘(‘:"€€ €€ BŒ[0.5MB] edge_280_gradients/res3a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÂŠ”ñºƒå
0update_res3a_branch1/kernel/ApplyGradientDescentÓ”ñºƒ Á(ÁB–update_res3a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch1/kernel, learning_rate, gradients/res3a_branch1/kernel_grad_S280)HÓ”ñºƒP½

RecvTensor¨Œ”ñºƒ l(l:
"€€BŠ[2048B] edge_281_gradients/bn3a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¨Œ”ñºƒÛ
.update_bn3a_branch2c/beta/ApplyGradientDescent””ñºƒ (Bupdate_bn3a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2c/beta, learning_rate, gradients/bn3a_branch2c/beta_grad_S281)H””ñºƒP¾

RecvTensorÄ˜”ñºƒ m(m:
"€€B‹[2048B] edge_282_gradients/bn3a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÄ˜”ñºƒß
/update_bn3a_branch2c/gamma/ApplyGradientDescent±™”ñºƒ 
(
B“update_bn3a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2c/gamma, learning_rate, gradients/bn3a_branch2c/gamma_grad_S282)H±™”ñºƒPÄ

RecvTensor‰¨”ñºƒ ¾(¾:"€€€€B[0.2MB] edge_283_gradients/res3a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‰¨”ñºƒç
1update_res3a_branch2c/kernel/ApplyGradientDescentÇª”ñºƒ b(bB™update_res3a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch2c/kernel, learning_rate, gradients/res3a_branch2c/kernel_grad_S283)HÇª”ñºƒP¼

RecvTensorÖ¨”ñºƒ p(p:
"€€B‰[512B] edge_284_gradients/bn3a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÖ¨”ñºƒÛ
.update_bn3a_branch2b/beta/ApplyGradientDescentÆ©”ñºƒ 
(
Bupdate_bn3a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2b/beta, learning_rate, gradients/bn3a_branch2b/beta_grad_S284)HÆ©”ñºƒP½

RecvTensorí«”ñºƒ e(e:
"€€BŠ[512B] edge_285_gradients/bn3a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hí«”ñºƒß
/update_bn3a_branch2b/gamma/ApplyGradientDescentÒ¬”ñºƒ (B“update_bn3a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2b/gamma, learning_rate, gradients/bn3a_branch2b/gamma_grad_S285)HÒ¬”ñºƒPÄ

RecvTensorúÌ”ñºƒ Í(Í:"€€$€€$B[0.6MB] edge_286_gradients/res3a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HúÌ”ñºƒé
1update_res3a_branch2b/kernel/ApplyGradientDescentÇÑ”ñºƒ Ğ(ĞB™update_res3a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch2b/kernel, learning_rate, gradients/res3a_branch2b/kernel_grad_S286)HÇÑ”ñºƒP¼

RecvTensorÛÎ”ñºƒ V(V:
"€€B‰[512B] edge_287_gradients/bn3a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÛÎ”ñºƒÛ
.update_bn3a_branch2a/beta/ApplyGradientDescent±Ï”ñºƒ (Bupdate_bn3a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2a/beta, learning_rate, gradients/bn3a_branch2a/beta_grad_S287)H±Ï”ñºƒP½

RecvTensorÇÚ”ñºƒ `(`:
"€€BŠ[512B] edge_288_gradients/bn3a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÇÚ”ñºƒß
/update_bn3a_branch2a/gamma/ApplyGradientDescent§Û”ñºƒ 
(
B“update_bn3a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2a/gamma, learning_rate, gradients/bn3a_branch2a/gamma_grad_S288)H§Û”ñºƒPÄ

RecvTensor˜ø”ñºƒ Û(Û:"€€€€B[0.1MB] edge_289_gradients/res3a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H˜ø”ñºƒç
1update_res3a_branch2a/kernel/ApplyGradientDescentóù”ñºƒ 9(9B™update_res3a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch2a/kernel, learning_rate, gradients/res3a_branch2a/kernel_grad_S289)Hóù”ñºƒP½

RecvTensor×û”ñºƒ \(\:
"€€BŠ[1024B] edge_290_gradients/bn2c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H×û”ñºƒÛ
.update_bn2c_branch2c/beta/ApplyGradientDescent³ü”ñºƒ 
(
Bupdate_bn2c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2c/beta, learning_rate, gradients/bn2c_branch2c/beta_grad_S290)H³ü”ñºƒP¾

RecvTensorª”•ñºƒ i(i:
"€€B‹[1024B] edge_291_gradients/bn2c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hª”•ñºƒß
/update_bn2c_branch2c/gamma/ApplyGradientDescent“••ñºƒ (B“update_bn2c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2c/gamma, learning_rate, gradients/bn2c_branch2c/gamma_grad_S291)H“••ñºƒPÅ

RecvTensorŠ£•ñºƒ ™(™:"€€€€B[65536B] edge_292_gradients/res2c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŠ£•ñºƒç
1update_res2c_branch2c/kernel/ApplyGradientDescent£¤•ñºƒ (B™update_res2c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res2c_branch2c/kernel, learning_rate, gradients/res2c_branch2c/kernel_grad_S292)H£¤•ñºƒP¼

RecvTensorˆ¤•ñºƒ c(c:
"€€B‰[256B] edge_293_gradients/bn2c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hˆ¤•ñºƒÛ
.update_bn2c_branch2b/beta/ApplyGradientDescentë¤•ñºƒ 
(
Bupdate_bn2c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2b/beta, learning_rate, gradients/bn2c_branch2b/beta_grad_S293)Hë¤•ñºƒP½

RecvTensor™ª•ñºƒ o(o:
"€€BŠ[256B] edge_294_gradients/bn2c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H™ª•ñºƒß
/update_bn2c_branch2b/gamma/ApplyGradientDescentˆ«•ñºƒ 
(
B“update_bn2c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2b/gamma, learning_rate, gradients/bn2c_branch2b/gamma_grad_S294)Hˆ«•ñºƒPÄ

RecvTensorıÌ•ñºƒ ì(ì:"€€	€€	B[0.1MB] edge_295_gradients/res2c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HıÌ•ñºƒç
1update_res2c_branch2b/kernel/ApplyGradientDescentéÎ•ñºƒ 9(9B™update_res2c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res2c_branch2b/kernel, learning_rate, gradients/res2c_branch2b/kernel_grad_S295)HéÎ•ñºƒP¼

RecvTensor‚Î•ñºƒ u(u:
"€€B‰[256B] edge_296_gradients/bn2c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‚Î•ñºƒÛ
.update_bn2c_branch2a/beta/ApplyGradientDescent¢Ï•ñºƒ 
(
Bupdate_bn2c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2a/beta, learning_rate, gradients/bn2c_branch2a/beta_grad_S296)H¢Ï•ñºƒP½

RecvTensorŸÔ•ñºƒ m(m:
"€€BŠ[256B] edge_297_gradients/bn2c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŸÔ•ñºƒß
/update_bn2c_branch2a/gamma/ApplyGradientDescentŒÕ•ñºƒ 
(
B“update_bn2c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2a/gamma, learning_rate, gradients/bn2c_branch2a/gamma_grad_S297)HŒÕ•ñºƒPÅ

RecvTensor¸ã•ñºƒ £(£:"€€€€B[65536B] edge_298_gradients/res2c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¸ã•ñºƒç
1update_res2c_branch2a/kernel/ApplyGradientDescentÛä•ñºƒ !(!B™update_res2c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res2c_branch2a/kernel, learning_rate, gradients/res2c_branch2a/kernel_grad_S298)HÛä•ñºƒP½

RecvTensorç•ñºƒ v(v:
"€€BŠ[1024B] edge_299_gradients/bn2b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hç•ñºƒÛ
.update_bn2b_branch2c/beta/ApplyGradientDescentƒè•ñºƒ 
(
Bupdate_bn2b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2c/beta, learning_rate, gradients/bn2b_branch2c/beta_grad_S299)Hƒè•ñºƒP¾

RecvTensor¬ş•ñºƒ `(`:
"€€B‹[1024B] edge_300_gradients/bn2b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¬ş•ñºƒß
/update_bn2b_branch2c/gamma/ApplyGradientDescentŒÿ•ñºƒ 
(
B“update_bn2b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2c/gamma, learning_rate, gradients/bn2b_branch2c/gamma_grad_S300)HŒÿ•ñºƒPÅ

RecvTensor’–ñºƒ ¡(¡:"€€€€B[65536B] edge_301_gradients/res2b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H’–ñºƒç
1update_res2b_branch2c/kernel/ApplyGradientDescent³–ñºƒ (B™update_res2b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res2b_branch2c/kernel, learning_rate, gradients/res2b_branch2c/kernel_grad_S301)H³–ñºƒP¼

RecvTensor––ñºƒ d(d:
"€€B‰[256B] edge_302_gradients/bn2b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H––ñºƒÛ
.update_bn2b_branch2b/beta/ApplyGradientDescentú–ñºƒ 
(
Bupdate_bn2b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2b/beta, learning_rate, gradients/bn2b_branch2b/beta_grad_S302)Hú–ñºƒP½

RecvTensor“•–ñºƒ q(q:
"€€BŠ[256B] edge_303_gradients/bn2b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H“•–ñºƒß
/update_bn2b_branch2b/gamma/ApplyGradientDescent„––ñºƒ 
(
B“update_bn2b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2b/gamma, learning_rate, gradients/bn2b_branch2b/gamma_grad_S303)H„––ñºƒPÄ

RecvTensorˆ¶–ñºƒ Î(Î:"€€	€€	B[0.1MB] edge_304_gradients/res2b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hˆ¶–ñºƒç
1update_res2b_branch2b/kernel/ApplyGradientDescentÖ·–ñºƒ <(<B™update_res2b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res2b_branch2b/kernel, learning_rate, gradients/res2b_branch2b/kernel_grad_S304)HÖ·–ñºƒP¼

RecvTensor·–ñºƒ [([:
"€€B‰[256B] edge_305_gradients/bn2b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H·–ñºƒÛ
.update_bn2b_branch2a/beta/ApplyGradientDescent’¸–ñºƒ 
(
Bupdate_bn2b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2a/beta, learning_rate, gradients/bn2b_branch2a/beta_grad_S305)H’¸–ñºƒP½

RecvTensorş¼–ñºƒ t(t:
"€€BŠ[256B] edge_306_gradients/bn2b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hş¼–ñºƒß
/update_bn2b_branch2a/gamma/ApplyGradientDescentò½–ñºƒ 
(
B“update_bn2b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2a/gamma, learning_rate, gradients/bn2b_branch2a/gamma_grad_S306)Hò½–ñºƒPÅ

RecvTensorÅÌ–ñºƒ (:"€€€€B[65536B] edge_307_gradients/res2b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÅÌ–ñºƒç
1update_res2b_branch2a/kernel/ApplyGradientDescentÔÍ–ñºƒ (B™update_res2b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res2b_branch2a/kernel, learning_rate, gradients/res2b_branch2a/kernel_grad_S307)HÔÍ–ñºƒP¼

RecvTensorĞ–ñºƒ ](]:
"€€B‰[1024B] edge_308_gradients/bn2a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HĞ–ñºƒ×
-update_bn2a_branch1/beta/ApplyGradientDescentìĞ–ñºƒ 
(
Bupdate_bn2a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch1/beta, learning_rate, gradients/bn2a_branch1/beta_grad_S308)HìĞ–ñºƒP½

RecvTensorÙİ–ñºƒ `(`:
"€€BŠ[1024B] edge_309_gradients/bn2a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÙİ–ñºƒÛ
.update_bn2a_branch1/gamma/ApplyGradientDescent¹Ş–ñºƒ (Bupdate_bn2a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch1/gamma, learning_rate, gradients/bn2a_branch1/gamma_grad_S309)H¹Ş–ñºƒPÄ

RecvTensoríì–ñºƒ Œ(Œ:"€€€€B[65536B] edge_310_gradients/res2a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Híì–ñºƒã
0update_res2a_branch1/kernel/ApplyGradientDescentùí–ñºƒ (B–update_res2a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch1/kernel, learning_rate, gradients/res2a_branch1/kernel_grad_S310)Hùí–ñºƒP½

RecvTensorºğ–ñºƒ V(V:
"€€BŠ[1024B] edge_311_gradients/bn2a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hºğ–ñºƒÛ
.update_bn2a_branch2c/beta/ApplyGradientDescentñ–ñºƒ (Bupdate_bn2a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2c/beta, learning_rate, gradients/bn2a_branch2c/beta_grad_S311)Hñ–ñºƒP¾

RecvTensorê†—ñºƒ ^(^:
"€€B‹[1024B] edge_312_gradients/bn2a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hê†—ñºƒß
/update_bn2a_branch2c/gamma/ApplyGradientDescentÈ‡—ñºƒ 
(
B“update_bn2a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2c/gamma, learning_rate, gradients/bn2a_branch2c/gamma_grad_S312)HÈ‡—ñºƒPÅ

RecvTensor’–—ñºƒ ¡(¡:"€€€€B[65536B] edge_313_gradients/res2a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H’–—ñºƒç
1update_res2a_branch2c/kernel/ApplyGradientDescent³——ñºƒ  ( B™update_res2a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch2c/kernel, learning_rate, gradients/res2a_branch2c/kernel_grad_S313)H³——ñºƒP¼

RecvTensor”——ñºƒ ^(^:
"€€B‰[256B] edge_314_gradients/bn2a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H”——ñºƒÛ
.update_bn2a_branch2b/beta/ApplyGradientDescentò——ñºƒ 	(	Bupdate_bn2a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2b/beta, learning_rate, gradients/bn2a_branch2b/beta_grad_S314)Hò——ñºƒP½

RecvTensor¶—ñºƒ `(`:
"€€BŠ[256B] edge_315_gradients/bn2a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¶—ñºƒß
/update_bn2a_branch2b/gamma/ApplyGradientDescent–—ñºƒ 
(
B“update_bn2a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2b/gamma, learning_rate, gradients/bn2a_branch2b/gamma_grad_S315)H–—ñºƒPÄ

RecvTensorâ¾—ñºƒ ê(ê:"€€	€€	B[0.1MB] edge_316_gradients/res2a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hâ¾—ñºƒç
1update_res2a_branch2b/kernel/ApplyGradientDescentÌÀ—ñºƒ ;(;B™update_res2a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch2b/kernel, learning_rate, gradients/res2a_branch2b/kernel_grad_S316)HÌÀ—ñºƒP¼

RecvTensorè¿—ñºƒ h(h:
"€€B‰[256B] edge_317_gradients/bn2a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hè¿—ñºƒÛ
.update_bn2a_branch2a/beta/ApplyGradientDescent‡Á—ñºƒ 
(
Bupdate_bn2a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2a/beta, learning_rate, gradients/bn2a_branch2a/beta_grad_S317)H‡Á—ñºƒP½

RecvTensor˜Æ—ñºƒ j(j:
"€€BŠ[256B] edge_318_gradients/bn2a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H˜Æ—ñºƒß
/update_bn2a_branch2a/gamma/ApplyGradientDescent‚Ç—ñºƒ 
(
B“update_bn2a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2a/gamma, learning_rate, gradients/bn2a_branch2a/gamma_grad_S318)H‚Ç—ñºƒPÃ

RecvTensor„Ê—ñºƒ r(r:"€€€€B[16384B] edge_319_gradients/res2a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H„Ê—ñºƒç
1update_res2a_branch2a/kernel/ApplyGradientDescentöÊ—ñºƒ (B™update_res2a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch2a/kernel, learning_rate, gradients/res2a_branch2a/kernel_grad_S319)HöÊ—ñºƒP·

RecvTensoràÍ—ñºƒ \(\:
"€€B„[256B] edge_320_gradients/bn_conv1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HàÍ—ñºƒÇ
)update_bn_conv1/beta/ApplyGradientDescent¼Î—ñºƒ 
(
Bupdate_bn_conv1/beta/ApplyGradientDescent = ApplyGradientDescent(bn_conv1/beta, learning_rate, gradients/bn_conv1/beta_grad_S320)H¼Î—ñºƒP¸

RecvTensorĞí—ñºƒ ~(~:
"€€B…[256B] edge_321_gradients/bn_conv1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HĞí—ñºƒË
*update_bn_conv1/gamma/ApplyGradientDescentÎî—ñºƒ (B„update_bn_conv1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn_conv1/gamma, learning_rate, gradients/bn_conv1/gamma_grad_S321)HÎî—ñºƒP¼

RecvTensorÆÿ—ñºƒ (:"€¦€¦B…[37632B] edge_322_gradients/conv1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÆÿ—ñºƒÂ
(update_conv1/kernel/ApplyGradientDescentÔ€˜ñºƒ (B~update_conv1/kernel/ApplyGradientDescent = ApplyGradientDescent(conv1/kernel, learning_rate, gradients/conv1/kernel_grad_S322)HÔ€˜ñºƒP