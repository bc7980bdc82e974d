
’‡

Îé
)/job:worker/replica:0/task:0/device:CPU:0¯

RecvTensorÁ¼åñºƒ ¤(¤:"€¦€¦By[37632B] edge_1_conv1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÁ¼åñºƒ«

RecvTensorÄ¼åñºƒ `(`:
"€€By[256B] edge_2_bn_conv1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÄ¼åñºƒª

RecvTensorÇ¼åñºƒ f(f:
"€€Bx[256B] edge_3_bn_conv1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÇ¼åñºƒ¹

RecvTensorÊ¼åñºƒ ˜(˜:"€€€€B‚[16384B] edge_4_res2a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÊ¼åñºƒ°

RecvTensorÍ¼åñºƒ d(d:
"€€B~[256B] edge_5_bn2a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÍ¼åñºƒ¯

RecvTensorĞ¼åñºƒ b(b:
"€€B}[256B] edge_6_bn2a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HĞ¼åñºƒ¸

RecvTensorÓ¼åñºƒ ß)(ß):"€€	€€	B[0.1MB] edge_7_res2a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÓ¼åñºƒ°

RecvTensorÖ¼åñºƒ d(d:
"€€B~[256B] edge_8_bn2a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÖ¼åñºƒ¯

RecvTensorÙ¼åñºƒ d(d:
"€€B}[256B] edge_9_bn2a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÙ¼åñºƒº

RecvTensorÜ¼åñºƒ ò(ò:"€€€€Bƒ[65536B] edge_10_res2a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÜ¼åñºƒ³

RecvTensorß¼åñºƒ `(`:
"€€B€[1024B] edge_11_bn2a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hß¼åñºƒ±

RecvTensorâ¼åñºƒ a(a:
"€€B[1024B] edge_12_bn2a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hâ¼åñºƒ¹

RecvTensorå¼åñºƒ ø(ø:"€€€€B‚[65536B] edge_13_res2a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hå¼åñºƒ±

RecvTensorè¼åñºƒ j(j:
"€€B[1024B] edge_14_bn2a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hè¼åñºƒ°

RecvTensorë¼åñºƒ i(i:
"€€B~[1024B] edge_15_bn2a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hë¼åñºƒº

RecvTensorî¼åñºƒ ã(ã:"€€€€Bƒ[65536B] edge_16_res2b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hî¼åñºƒ±

RecvTensorñ¼åñºƒ r(r:
"€€B[256B] edge_17_bn2b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hñ¼åñºƒ°

RecvTensorô¼åñºƒ y(y:
"€€B~[256B] edge_18_bn2b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hô¼åñºƒ¹

RecvTensor÷¼åñºƒ ã+(ã+:"€€	€€	B‚[0.1MB] edge_19_res2b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H÷¼åñºƒ±

RecvTensorú¼åñºƒ s(s:
"€€B[256B] edge_20_bn2b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hú¼åñºƒ°

RecvTensorı¼åñºƒ n(n:
"€€B~[256B] edge_21_bn2b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hı¼åñºƒº

RecvTensor€½åñºƒ ï(ï:"€€€€Bƒ[65536B] edge_22_res2b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H€½åñºƒ³

RecvTensor„½åñºƒ e(e:
"€€B€[1024B] edge_23_bn2b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H„½åñºƒ±

RecvTensor‡½åñºƒ m(m:
"€€B[1024B] edge_24_bn2b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‡½åñºƒº

RecvTensor‰½åñºƒ ‘(‘:"€€€€Bƒ[65536B] edge_25_res2c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‰½åñºƒ±

RecvTensor½åñºƒ m(m:
"€€B[256B] edge_26_bn2c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H½åñºƒ°

RecvTensor½åñºƒ z(z:
"€€B~[256B] edge_27_bn2c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H½åñºƒ¹

RecvTensor“½åñºƒ Æ,(Æ,:"€€	€€	B‚[0.1MB] edge_28_res2c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H“½åñºƒ±

RecvTensor–½åñºƒ V(V:
"€€B[256B] edge_29_bn2c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H–½åñºƒ°

RecvTensor™½åñºƒ c(c:
"€€B~[256B] edge_30_bn2c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H™½åñºƒº

RecvTensorœ½åñºƒ ª(ª:"€€€€Bƒ[65536B] edge_31_res2c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hœ½åñºƒ³

RecvTensorŸ½åñºƒ f(f:
"€€B€[1024B] edge_32_bn2c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŸ½åñºƒ±

RecvTensor¢½åñºƒ o(o:
"€€B[1024B] edge_33_bn2c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¢½åñºƒ¹

RecvTensor¥½åñºƒ Œ)(Œ):"€€€€B‚[0.1MB] edge_34_res3a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¥½åñºƒ±

RecvTensor¨½åñºƒ U(U:
"€€B[512B] edge_35_bn3a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¨½åñºƒ°

RecvTensor«½åñºƒ c(c:
"€€B~[512B] edge_36_bn3a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H«½åñºƒ»

RecvTensor®½åñºƒ ·•(·•:"€€$€€$B‚[0.6MB] edge_37_res3a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H®½åñºƒ±

RecvTensor±½åñºƒ ^(^:
"€€B[512B] edge_38_bn3a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H±½åñºƒ°

RecvTensor´½åñºƒ `(`:
"€€B~[512B] edge_39_bn3a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H´½åñºƒ¹

RecvTensor·½åñºƒ ØL(ØL:"€€€€B‚[0.2MB] edge_40_res3a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H·½åñºƒµ

RecvTensorº½åñºƒ €(€:
"€€B€[2048B] edge_41_bn3a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hº½åñºƒ±

RecvTensor½½åñºƒ s(s:
"€€B[2048B] edge_42_bn3a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H½½åñºƒº

RecvTensorÀ½åñºƒ ‰ˆ(‰ˆ:"€€ €€ B[0.5MB] edge_43_res3a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÀ½åñºƒ³

RecvTensorÃ½åñºƒ ¡(¡:
"€€B[2048B] edge_44_bn3a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÃ½åñºƒ°

RecvTensorÆ½åñºƒ }(}:
"€€B~[2048B] edge_45_bn3a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÆ½åñºƒ¹

RecvTensorÉ½åñºƒ êL(êL:"€€€€B‚[0.2MB] edge_46_res3b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÉ½åñºƒ±

RecvTensorÌ½åñºƒ d(d:
"€€B[512B] edge_47_bn3b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÌ½åñºƒ°

RecvTensorÏ½åñºƒ v(v:
"€€B~[512B] edge_48_bn3b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÏ½åñºƒ»

RecvTensorÒ½åñºƒ Œ–(Œ–:"€€$€€$B‚[0.6MB] edge_49_res3b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÒ½åñºƒ±

RecvTensorÕ½åñºƒ e(e:
"€€B[512B] edge_50_bn3b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÕ½åñºƒ°

RecvTensorØ½åñºƒ q(q:
"€€B~[512B] edge_51_bn3b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HØ½åñºƒ¹

RecvTensorÛ½åñºƒ ãL(ãL:"€€€€B‚[0.2MB] edge_52_res3b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÛ½åñºƒ³

RecvTensorŞ½åñºƒ v(v:
"€€B€[2048B] edge_53_bn3b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŞ½åñºƒ±

RecvTensorá½åñºƒ s(s:
"€€B[2048B] edge_54_bn3b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Há½åñºƒ¹

RecvTensorä½åñºƒ •M(•M:"€€€€B‚[0.2MB] edge_55_res3c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hä½åñºƒ±

RecvTensorç½åñºƒ b(b:
"€€B[512B] edge_56_bn3c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hç½åñºƒ°

RecvTensorê½åñºƒ k(k:
"€€B~[512B] edge_57_bn3c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hê½åñºƒ»

RecvTensorí½åñºƒ ”–(”–:"€€$€€$B‚[0.6MB] edge_58_res3c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hí½åñºƒ±

RecvTensorğ½åñºƒ b(b:
"€€B[512B] edge_59_bn3c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hğ½åñºƒ°

RecvTensoró½åñºƒ k(k:
"€€B~[512B] edge_60_bn3c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hó½åñºƒ¹

RecvTensorö½åñºƒ ‡M(‡M:"€€€€B‚[0.2MB] edge_61_res3c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hö½åñºƒµ

RecvTensorù½åñºƒ •(•:
"€€B€[2048B] edge_62_bn3c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hù½åñºƒ³

RecvTensorû½åñºƒ ˆ(ˆ:
"€€B[2048B] edge_63_bn3c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hû½åñºƒ¹

RecvTensorş½åñºƒ ™M(™M:"€€€€B‚[0.2MB] edge_64_res3d_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hş½åñºƒ±

RecvTensor‚¾åñºƒ q(q:
"€€B[512B] edge_65_bn3d_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‚¾åñºƒ°

RecvTensor…¾åñºƒ {({:
"€€B~[512B] edge_66_bn3d_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H…¾åñºƒ»

RecvTensorˆ¾åñºƒ ª–(ª–:"€€$€€$B‚[0.6MB] edge_67_res3d_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hˆ¾åñºƒ±

RecvTensorŠ¾åñºƒ q(q:
"€€B[512B] edge_68_bn3d_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŠ¾åñºƒ°

RecvTensor¾åñºƒ }(}:
"€€B~[512B] edge_69_bn3d_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¾åñºƒ¹

RecvTensor¾åñºƒ ½M(½M:"€€€€B‚[0.2MB] edge_70_res3d_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¾åñºƒµ

RecvTensor“¾åñºƒ ¦(¦:
"€€B€[2048B] edge_71_bn3d_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H“¾åñºƒ³

RecvTensor–¾åñºƒ —(—:
"€€B[2048B] edge_72_bn3d_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H–¾åñºƒ»

RecvTensorš¾åñºƒ ˆ(ˆ:"€€ €€ B‚[0.5MB] edge_73_res4a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hš¾åñºƒ³

RecvTensor¾åñºƒ z(z:
"€€B€[1024B] edge_74_bn4a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¾åñºƒ³

RecvTensor ¾åñºƒ ‹(‹:
"€€B[1024B] edge_75_bn4a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H ¾åñºƒ½

RecvTensor£¾åñºƒ í€(í€:"
€€€€B‚[2.2MB] edge_76_res4a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H£¾åñºƒµ

RecvTensor¦¾åñºƒ ˆ(ˆ:
"€€B€[1024B] edge_77_bn4a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¦¾åñºƒ³

RecvTensor©¾åñºƒ …(…:
"€€B[1024B] edge_78_bn4a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H©¾åñºƒ»

RecvTensor¬¾åñºƒ üë(üë:"€€@€€@B‚[1.0MB] edge_79_res4a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¬¾åñºƒµ

RecvTensor¯¾åñºƒ (:
"€ € B€[4096B] edge_80_bn4a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¯¾åñºƒ³

RecvTensor²¾åñºƒ ø(ø:
"€ € B[4096B] edge_81_bn4a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H²¾åñºƒ¼

RecvTensorµ¾åñºƒ İå(İå:"
€€€€€€B[2.0MB] edge_82_res4a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hµ¾åñºƒ³

RecvTensor¸¾åñºƒ ë(ë:
"€ € B[4096B] edge_83_bn4a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¸¾åñºƒ²

RecvTensor»¾åñºƒ ñ(ñ:
"€ € B~[4096B] edge_84_bn4a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H»¾åñºƒ»

RecvTensor¾¾åñºƒ üë(üë:"€€@€€@B‚[1.0MB] edge_85_res4b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¾¾åñºƒ³

RecvTensorÁ¾åñºƒ y(y:
"€€B€[1024B] edge_86_bn4b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÁ¾åñºƒ³

RecvTensorÄ¾åñºƒ ˆ(ˆ:
"€€B[1024B] edge_87_bn4b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÄ¾åñºƒ½

RecvTensorÇ¾åñºƒ Ú€(Ú€:"
€€€€B‚[2.2MB] edge_88_res4b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÇ¾åñºƒµ

RecvTensorÊ¾åñºƒ (:
"€€B€[1024B] edge_89_bn4b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÊ¾åñºƒ±

RecvTensorÍ¾åñºƒ x(x:
"€€B[1024B] edge_90_bn4b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÍ¾åñºƒ»

RecvTensorĞ¾åñºƒ ğë(ğë:"€€@€€@B‚[1.0MB] edge_91_res4b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HĞ¾åñºƒµ

RecvTensorÓ¾åñºƒ ¼(¼:
"€ € B€[4096B] edge_92_bn4b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÓ¾åñºƒ³

RecvTensorÖ¾åñºƒ ’(’:
"€ € B[4096B] edge_93_bn4b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÖ¾åñºƒ»

RecvTensorÙ¾åñºƒ ïë(ïë:"€€@€€@B‚[1.0MB] edge_94_res4c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÙ¾åñºƒµ

RecvTensorÜ¾åñºƒ ƒ(ƒ:
"€€B€[1024B] edge_95_bn4c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÜ¾åñºƒ³

RecvTensorß¾åñºƒ Ÿ(Ÿ:
"€€B[1024B] edge_96_bn4c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hß¾åñºƒ½

RecvTensorâ¾åñºƒ Ê€(Ê€:"
€€€€B‚[2.2MB] edge_97_res4c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hâ¾åñºƒµ

RecvTensorå¾åñºƒ ‡(‡:
"€€B€[1024B] edge_98_bn4c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hå¾åñºƒ³

RecvTensorè¾åñºƒ ‰(‰:
"€€B[1024B] edge_99_bn4c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hè¾åñºƒ¼

RecvTensorë¾åñºƒ ïë(ïë:"€€@€€@Bƒ[1.0MB] edge_100_res4c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hë¾åñºƒ¶

RecvTensorî¾åñºƒ ‘(‘:
"€ € B[4096B] edge_101_bn4c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hî¾åñºƒµ

RecvTensorñ¾åñºƒ ¿(¿:
"€ € B€[4096B] edge_102_bn4c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hñ¾åñºƒ¼

RecvTensorô¾åñºƒ äë(äë:"€€@€€@Bƒ[1.0MB] edge_103_res4d_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hô¾åñºƒ¶

RecvTensor÷¾åñºƒ ƒ(ƒ:
"€€B[1024B] edge_104_bn4d_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H÷¾åñºƒµ

RecvTensorú¾åñºƒ †(†:
"€€B€[1024B] edge_105_bn4d_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hú¾åñºƒ¾

RecvTensorı¾åñºƒ ·€(·€:"
€€€€Bƒ[2.2MB] edge_106_res4d_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hı¾åñºƒ¶

RecvTensor€¿åñºƒ (:
"€€B[1024B] edge_107_bn4d_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H€¿åñºƒµ

RecvTensor„¿åñºƒ •(•:
"€€B€[1024B] edge_108_bn4d_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H„¿åñºƒ¼

RecvTensor‡¿åñºƒ ßë(ßë:"€€@€€@Bƒ[1.0MB] edge_109_res4d_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‡¿åñºƒ¶

RecvTensorŠ¿åñºƒ Æ(Æ:
"€ € B[4096B] edge_110_bn4d_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŠ¿åñºƒµ

RecvTensor¿åñºƒ Ì(Ì:
"€ € B€[4096B] edge_111_bn4d_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¿åñºƒ¼

RecvTensor¿åñºƒ Øë(Øë:"€€@€€@Bƒ[1.0MB] edge_112_res4e_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¿åñºƒ¶

RecvTensor“¿åñºƒ Ÿ(Ÿ:
"€€B[1024B] edge_113_bn4e_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H“¿åñºƒµ

RecvTensor–¿åñºƒ „(„:
"€€B€[1024B] edge_114_bn4e_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H–¿åñºƒ¾

RecvTensor™¿åñºƒ ¡€(¡€:"
€€€€Bƒ[2.2MB] edge_115_res4e_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H™¿åñºƒ¶

RecvTensorœ¿åñºƒ ‹(‹:
"€€B[1024B] edge_116_bn4e_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hœ¿åñºƒµ

RecvTensorŸ¿åñºƒ …(…:
"€€B€[1024B] edge_117_bn4e_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŸ¿åñºƒ¼

RecvTensor¢¿åñºƒ Ïë(Ïë:"€€@€€@Bƒ[1.0MB] edge_118_res4e_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¢¿åñºƒ¶

RecvTensor¥¿åñºƒ Ç(Ç:
"€ € B[4096B] edge_119_bn4e_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¥¿åñºƒµ

RecvTensor¨¿åñºƒ Ñ(Ñ:
"€ € B€[4096B] edge_120_bn4e_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¨¿åñºƒ¼

RecvTensor«¿åñºƒ Éë(Éë:"€€@€€@Bƒ[1.0MB] edge_121_res4f_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H«¿åñºƒ¶

RecvTensor®¿åñºƒ ˜(˜:
"€€B[1024B] edge_122_bn4f_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H®¿åñºƒµ

RecvTensor±¿åñºƒ ‘(‘:
"€€B€[1024B] edge_123_bn4f_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H±¿åñºƒ¾

RecvTensor´¿åñºƒ ‹€(‹€:"
€€€€Bƒ[2.2MB] edge_124_res4f_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H´¿åñºƒ¶

RecvTensor·¿åñºƒ ‘(‘:
"€€B[1024B] edge_125_bn4f_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H·¿åñºƒµ

RecvTensorº¿åñºƒ ¼(¼:
"€€B€[1024B] edge_126_bn4f_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hº¿åñºƒ¼

RecvTensor½¿åñºƒ ¼ë(¼ë:"€€@€€@Bƒ[1.0MB] edge_127_res4f_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H½¿åñºƒ¶

RecvTensorÀ¿åñºƒ Ğ(Ğ:
"€ € B[4096B] edge_128_bn4f_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÀ¿åñºƒµ

RecvTensorÃ¿åñºƒ Ñ(Ñ:
"€ € B€[4096B] edge_129_bn4f_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÃ¿åñºƒ¾

RecvTensorÆ¿åñºƒ †å(†å:"
€€€€€€Bƒ[2.0MB] edge_130_res5a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÆ¿åñºƒ¶

RecvTensorÉ¿åñºƒ Ü(Ü:
"€€B[2048B] edge_131_bn5a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÉ¿åñºƒµ

RecvTensorÌ¿åñºƒ ê(ê:
"€€B€[2048B] edge_132_bn5a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÌ¿åñºƒ¾

RecvTensorÏ¿åñºƒ °(°:"
€€À€€ÀBƒ[9.0MB] edge_133_res5a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÏ¿åñºƒ¶

RecvTensorÒ¿åñºƒ ç(ç:
"€€B[2048B] edge_134_bn5a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÒ¿åñºƒµ

RecvTensorÕ¿åñºƒ Ö(Ö:
"€€B€[2048B] edge_135_bn5a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÕ¿åñºƒ¾

RecvTensorØ¿åñºƒ ö(ö:"
€€€€€€Bƒ[4.0MB] edge_136_res5a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HØ¿åñºƒ¶

RecvTensorÛ¿åñºƒ •(•:
"€@€@B[8192B] edge_137_bn5a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÛ¿åñºƒµ

RecvTensorŞ¿åñºƒ ›(›:
"€@€@B€[8192B] edge_138_bn5a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŞ¿åñºƒ½

RecvTensorá¿åñºƒ üû(üû:"
€€€€€€B‚[8.0MB] edge_139_res5a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Há¿åñºƒµ

RecvTensorä¿åñºƒ (:
"€@€@B€[8192B] edge_140_bn5a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hä¿åñºƒ³

RecvTensorç¿åñºƒ ¯(¯:
"€@€@B[8192B] edge_141_bn5a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hç¿åñºƒ¾

RecvTensorê¿åñºƒ €ö(€ö:"
€€€€€€Bƒ[4.0MB] edge_142_res5b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hê¿åñºƒ¶

RecvTensorí¿åñºƒ ı(ı:
"€€B[2048B] edge_143_bn5b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hí¿åñºƒµ

RecvTensorğ¿åñºƒ å(å:
"€€B€[2048B] edge_144_bn5b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hğ¿åñºƒ¾

RecvTensoró¿åñºƒ (:"
€€À€€ÀBƒ[9.0MB] edge_145_res5b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hó¿åñºƒ¶

RecvTensorö¿åñºƒ ã(ã:
"€€B[2048B] edge_146_bn5b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hö¿åñºƒµ

RecvTensorø¿åñºƒ é(é:
"€€B€[2048B] edge_147_bn5b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hø¿åñºƒ¾

RecvTensorû¿åñºƒ ñõ(ñõ:"
€€€€€€Bƒ[4.0MB] edge_148_res5b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hû¿åñºƒ¶

RecvTensorş¿åñºƒ ™(™:
"€@€@B[8192B] edge_149_bn5b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hş¿åñºƒµ

RecvTensorÀåñºƒ –(–:
"€@€@B€[8192B] edge_150_bn5b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÀåñºƒ¾

RecvTensor„Àåñºƒ êõ(êõ:"
€€€€€€Bƒ[4.0MB] edge_151_res5c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H„Àåñºƒ¶

RecvTensor‡Àåñºƒ æ(æ:
"€€B[2048B] edge_152_bn5c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‡Àåñºƒµ

RecvTensorŠÀåñºƒ ó(ó:
"€€B€[2048B] edge_153_bn5c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŠÀåñºƒ¾

RecvTensorÀåñºƒ ó(ó:"
€€À€€ÀBƒ[9.0MB] edge_154_res5c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÀåñºƒ¶

RecvTensorÀåñºƒ ô(ô:
"€€B[2048B] edge_155_bn5c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÀåñºƒµ

RecvTensor“Àåñºƒ İ(İ:
"€€B€[2048B] edge_156_bn5c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H“Àåñºƒ¾

RecvTensor–Àåñºƒ Ùõ(Ùõ:"
€€€€€€Bƒ[4.0MB] edge_157_res5c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H–Àåñºƒ¶

RecvTensor™Àåñºƒ ‰(‰:
"€@€@B[8192B] edge_158_bn5c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H™Àåñºƒµ

RecvTensorœÀåñºƒ Š(Š:
"€@€@B€[8192B] edge_159_bn5c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HœÀåñºƒµ

RecvTensorŸÀåñºƒ ¹ö(¹ö:"
€€ô€€ôB{[7.8MB] edge_160_fc1000/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŸÀåñºƒ­

RecvTensor¢Àåñºƒ ·(·:
"  By[4000B] edge_161_fc1000/bias/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¢Àåñºƒ\
conv1/Conv2Då½åñºƒ ‚(‚B2conv1/Conv2D = Conv2D(input, conv1/kernel/read_S1)Hå½åñºƒP 
bn_conv1/FusedBatchNormV3çÃåñºƒ Â(ÂBibn_conv1/FusedBatchNormV3 = FusedBatchNormV3(conv1/Conv2D, bn_conv1/gamma/read_S2, bn_conv1/beta/read_S3)HçÃåñºƒP^
conv1_relu/Relu©Çåñºƒ ¦(¦B1conv1_relu/Relu = Relu(bn_conv1/FusedBatchNormV3)H©ÇåñºƒPS
pool1/MaxPoolÏÉåñºƒ Å(ÅB(pool1/MaxPool = MaxPool(conv1_relu/Relu)HÏÉåñºƒP}
res2a_branch2a/Conv2D”Ëåñºƒ Z(ZBLres2a_branch2a/Conv2D = Conv2D(pool1/MaxPool, res2a_branch2a/kernel/read_S4)H”ËåñºƒP¼
bn2a_branch2a/FusedBatchNormV3îËåñºƒ t(tBbn2a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch2a/Conv2D, bn2a_branch2a/gamma/read_S5, bn2a_branch2a/beta/read_S6)HîËåñºƒPs
res2a_branch2a_relu/ReluâÌåñºƒ Q(QB?res2a_branch2a_relu/Relu = Relu(bn2a_branch2a/FusedBatchNormV3)HâÌåñºƒPŠ
res2a_branch2b/Conv2D²æåñºƒ ö(öBWres2a_branch2b/Conv2D = Conv2D(res2a_branch2a_relu/Relu, res2a_branch2b/kernel/read_S7)H²æåñºƒP¼
bn2a_branch2b/FusedBatchNormV3¨ìåñºƒ {({Bbn2a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch2b/Conv2D, bn2a_branch2b/gamma/read_S8, bn2a_branch2b/beta/read_S9)H¨ìåñºƒPs
res2a_branch2b_relu/Relu£íåñºƒ O(OB?res2a_branch2b_relu/Relu = Relu(bn2a_branch2b/FusedBatchNormV3)H£íåñºƒP‹
res2a_branch2c/Conv2Dòíåñºƒ Ñ(ÑBXres2a_branch2c/Conv2D = Conv2D(res2a_branch2b_relu/Relu, res2a_branch2c/kernel/read_S10)HòíåñºƒPÀ
bn2a_branch2c/FusedBatchNormV3Ãğåñºƒ ¾(¾Bƒbn2a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch2c/Conv2D, bn2a_branch2c/gamma/read_S11, bn2a_branch2c/beta/read_S12)HÃğåñºƒP}
res2a_branch1/Conv2Dôåñºƒ Ó(ÓBKres2a_branch1/Conv2D = Conv2D(pool1/MaxPool, res2a_branch1/kernel/read_S13)HôåñºƒPº
bn2a_branch1/FusedBatchNormV3Ôöåñºƒ °(°Bbn2a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch1/Conv2D, bn2a_branch1/gamma/read_S14, bn2a_branch1/beta/read_S15)HÔöåñºƒPw
	res2a/add„úåñºƒ Æ(ÆBPres2a/add = AddV2(bn2a_branch2c/FusedBatchNormV3, bn2a_branch1/FusedBatchNormV3)H„úåñºƒPN
res2a_relu/ReluÊıåñºƒ ¶(¶B!res2a_relu/Relu = Relu(res2a/add)HÊıåñºƒP‚
res2b_branch2a/Conv2D€€æñºƒ Ï(ÏBOres2b_branch2a/Conv2D = Conv2D(res2a_relu/Relu, res2b_branch2a/kernel/read_S16)H€€æñºƒP¾
bn2b_branch2a/FusedBatchNormV3Ï‚æñºƒ s(sBƒbn2b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res2b_branch2a/Conv2D, bn2b_branch2a/gamma/read_S17, bn2b_branch2a/beta/read_S18)HÏ‚æñºƒPs
res2b_branch2a_relu/ReluÂƒæñºƒ N(NB?res2b_branch2a_relu/Relu = Relu(bn2b_branch2a/FusedBatchNormV3)HÂƒæñºƒP‹
res2b_branch2b/Conv2D„æñºƒ ô(ôBXres2b_branch2b/Conv2D = Conv2D(res2b_branch2a_relu/Relu, res2b_branch2b/kernel/read_S19)H„æñºƒP¾
bn2b_branch2b/FusedBatchNormV3„Šæñºƒ v(vBƒbn2b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res2b_branch2b/Conv2D, bn2b_branch2b/gamma/read_S20, bn2b_branch2b/beta/read_S21)H„ŠæñºƒPs
res2b_branch2b_relu/ReluúŠæñºƒ T(TB?res2b_branch2b_relu/Relu = Relu(bn2b_branch2b/FusedBatchNormV3)HúŠæñºƒP‹
res2b_branch2c/Conv2DÎ‹æñºƒ È(ÈBXres2b_branch2c/Conv2D = Conv2D(res2b_branch2b_relu/Relu, res2b_branch2c/kernel/read_S22)HÎ‹æñºƒPÀ
bn2b_branch2c/FusedBatchNormV3–æñºƒ ¶(¶Bƒbn2b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res2b_branch2c/Conv2D, bn2b_branch2c/gamma/read_S23, bn2b_branch2c/beta/read_S24)H–æñºƒPi
	res2b/addÌ‘æñºƒ ·(·BBres2b/add = AddV2(bn2b_branch2c/FusedBatchNormV3, res2a_relu/Relu)HÌ‘æñºƒPN
res2b_relu/Reluƒ•æñºƒ £(£B!res2b_relu/Relu = Relu(res2b/add)Hƒ•æñºƒP‚
res2c_branch2a/Conv2D¦—æñºƒ Ï(ÏBOres2c_branch2a/Conv2D = Conv2D(res2b_relu/Relu, res2c_branch2a/kernel/read_S25)H¦—æñºƒP¾
bn2c_branch2a/FusedBatchNormV3õ™æñºƒ q(qBƒbn2c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res2c_branch2a/Conv2D, bn2c_branch2a/gamma/read_S26, bn2c_branch2a/beta/read_S27)Hõ™æñºƒPs
res2c_branch2a_relu/Reluæšæñºƒ P(PB?res2c_branch2a_relu/Relu = Relu(bn2c_branch2a/FusedBatchNormV3)HæšæñºƒP‹
res2c_branch2b/Conv2D¶›æñºƒ ç(çBXres2c_branch2b/Conv2D = Conv2D(res2c_branch2a_relu/Relu, res2c_branch2b/kernel/read_S28)H¶›æñºƒP¾
bn2c_branch2b/FusedBatchNormV3¡æñºƒ v(vBƒbn2c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res2c_branch2b/Conv2D, bn2c_branch2b/gamma/read_S29, bn2c_branch2b/beta/read_S30)H¡æñºƒPs
res2c_branch2b_relu/Relu“¢æñºƒ J(JB?res2c_branch2b_relu/Relu = Relu(bn2c_branch2b/FusedBatchNormV3)H“¢æñºƒP‹
res2c_branch2c/Conv2Dİ¢æñºƒ Ú(ÚBXres2c_branch2c/Conv2D = Conv2D(res2c_branch2b_relu/Relu, res2c_branch2c/kernel/read_S31)Hİ¢æñºƒPÀ
bn2c_branch2c/FusedBatchNormV3·¥æñºƒ È(ÈBƒbn2c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res2c_branch2c/Conv2D, bn2c_branch2c/gamma/read_S32, bn2c_branch2c/beta/read_S33)H·¥æñºƒPi
	res2c/addÿ¨æñºƒ Ó(ÓBBres2c/add = AddV2(bn2c_branch2c/FusedBatchNormV3, res2b_relu/Relu)Hÿ¨æñºƒPN
res2c_relu/ReluÒ¬æñºƒ ³(³B!res2c_relu/Relu = Relu(res2c/add)HÒ¬æñºƒP‚
res3a_branch2a/Conv2D…¯æñºƒ ›(›BOres3a_branch2a/Conv2D = Conv2D(res2c_relu/Relu, res3a_branch2a/kernel/read_S34)H…¯æñºƒPÀ
bn3a_branch2a/FusedBatchNormV3 ´æñºƒ İ(İBƒbn3a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch2a/Conv2D, bn3a_branch2a/gamma/read_S35, bn3a_branch2a/beta/read_S36)H ´æñºƒPu
res3a_branch2a_relu/Reluıµæñºƒ œ(œB?res3a_branch2a_relu/Relu = Relu(bn3a_branch2a/FusedBatchNormV3)HıµæñºƒP‹
res3a_branch2b/Conv2DåÒæñºƒ Ó(ÓBXres3a_branch2b/Conv2D = Conv2D(res3a_branch2a_relu/Relu, res3a_branch2b/kernel/read_S37)HåÒæñºƒP¾
bn3a_branch2b/FusedBatchNormV3¸Øæñºƒ ?(?Bƒbn3a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch2b/Conv2D, bn3a_branch2b/gamma/read_S38, bn3a_branch2b/beta/read_S39)H¸ØæñºƒPs
res3a_branch2b_relu/Relu÷Øæñºƒ *(*B?res3a_branch2b_relu/Relu = Relu(bn3a_branch2b/FusedBatchNormV3)H÷ØæñºƒP‹
res3a_branch2c/Conv2D¡Ùæñºƒ Î(ÎBXres3a_branch2c/Conv2D = Conv2D(res3a_branch2b_relu/Relu, res3a_branch2c/kernel/read_S40)H¡ÙæñºƒPÀ
bn3a_branch2c/FusedBatchNormV3ïÛæñºƒ Ù(ÙBƒbn3a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch2c/Conv2D, bn3a_branch2c/gamma/read_S41, bn3a_branch2c/beta/read_S42)HïÛæñºƒP
res3a_branch1/Conv2DÈİæñºƒ (BMres3a_branch1/Conv2D = Conv2D(res2c_relu/Relu, res3a_branch1/kernel/read_S43)HÈİæñºƒPº
bn3a_branch1/FusedBatchNormV3Øâæñºƒ Û(ÛBbn3a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch1/Conv2D, bn3a_branch1/gamma/read_S44, bn3a_branch1/beta/read_S45)HØâæñºƒPw
	res3a/add³äæñºƒ â(âBPres3a/add = AddV2(bn3a_branch2c/FusedBatchNormV3, bn3a_branch1/FusedBatchNormV3)H³äæñºƒPN
res3a_relu/Relu•ææñºƒ –(–B!res3a_relu/Relu = Relu(res3a/add)H•ææñºƒP‚
res3b_branch2a/Conv2D«çæñºƒ ·(·BOres3b_branch2a/Conv2D = Conv2D(res3a_relu/Relu, res3b_branch2a/kernel/read_S46)H«çæñºƒP¾
bn3b_branch2a/FusedBatchNormV3âéæñºƒ <(<Bƒbn3b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3b_branch2a/Conv2D, bn3b_branch2a/gamma/read_S47, bn3b_branch2a/beta/read_S48)HâéæñºƒPs
res3b_branch2a_relu/Reluêæñºƒ ,(,B?res3b_branch2a_relu/Relu = Relu(bn3b_branch2a/FusedBatchNormV3)HêæñºƒP‹
res3b_branch2b/Conv2DÊêæñºƒ À(ÀBXres3b_branch2b/Conv2D = Conv2D(res3b_branch2a_relu/Relu, res3b_branch2b/kernel/read_S49)HÊêæñºƒP¾
bn3b_branch2b/FusedBatchNormV3Šğæñºƒ A(ABƒbn3b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3b_branch2b/Conv2D, bn3b_branch2b/gamma/read_S50, bn3b_branch2b/beta/read_S51)HŠğæñºƒPs
res3b_branch2b_relu/ReluËğæñºƒ +(+B?res3b_branch2b_relu/Relu = Relu(bn3b_branch2b/FusedBatchNormV3)HËğæñºƒP‹
res3b_branch2c/Conv2Döğæñºƒ Í(ÍBXres3b_branch2c/Conv2D = Conv2D(res3b_branch2b_relu/Relu, res3b_branch2c/kernel/read_S52)HöğæñºƒPÀ
bn3b_branch2c/FusedBatchNormV3Ãóæñºƒ ë(ëBƒbn3b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3b_branch2c/Conv2D, bn3b_branch2c/gamma/read_S53, bn3b_branch2c/beta/read_S54)HÃóæñºƒPi
	res3b/add®õæñºƒ Ö(ÖBBres3b/add = AddV2(bn3b_branch2c/FusedBatchNormV3, res3a_relu/Relu)H®õæñºƒPN
res3b_relu/Relu„÷æñºƒ ›(›B!res3b_relu/Relu = Relu(res3b/add)H„÷æñºƒP‚
res3c_branch2a/Conv2DŸøæñºƒ Ì(ÌBOres3c_branch2a/Conv2D = Conv2D(res3b_relu/Relu, res3c_branch2a/kernel/read_S55)HŸøæñºƒP¾
bn3c_branch2a/FusedBatchNormV3ëúæñºƒ ;(;Bƒbn3c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3c_branch2a/Conv2D, bn3c_branch2a/gamma/read_S56, bn3c_branch2a/beta/read_S57)HëúæñºƒPs
res3c_branch2a_relu/Relu¦ûæñºƒ ,(,B?res3c_branch2a_relu/Relu = Relu(bn3c_branch2a/FusedBatchNormV3)H¦ûæñºƒP‹
res3c_branch2b/Conv2DÒûæñºƒ ÷(÷BXres3c_branch2b/Conv2D = Conv2D(res3c_branch2a_relu/Relu, res3c_branch2b/kernel/read_S58)HÒûæñºƒP¾
bn3c_branch2b/FusedBatchNormV3Éçñºƒ >(>Bƒbn3c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3c_branch2b/Conv2D, bn3c_branch2b/gamma/read_S59, bn3c_branch2b/beta/read_S60)HÉçñºƒPs
res3c_branch2b_relu/Relu‡‚çñºƒ *(*B?res3c_branch2b_relu/Relu = Relu(bn3c_branch2b/FusedBatchNormV3)H‡‚çñºƒP‹
res3c_branch2c/Conv2D±‚çñºƒ À(ÀBXres3c_branch2c/Conv2D = Conv2D(res3c_branch2b_relu/Relu, res3c_branch2c/kernel/read_S61)H±‚çñºƒPÀ
bn3c_branch2c/FusedBatchNormV3ñ„çñºƒ Ú(ÚBƒbn3c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3c_branch2c/Conv2D, bn3c_branch2c/gamma/read_S62, bn3c_branch2c/beta/read_S63)Hñ„çñºƒPi
	res3c/addË†çñºƒ ß(ßBBres3c/add = AddV2(bn3c_branch2c/FusedBatchNormV3, res3b_relu/Relu)HË†çñºƒPN
res3c_relu/Reluªˆçñºƒ Ÿ(ŸB!res3c_relu/Relu = Relu(res3c/add)HªˆçñºƒP‚
res3d_branch2a/Conv2DÉ‰çñºƒ Ë(ËBOres3d_branch2a/Conv2D = Conv2D(res3c_relu/Relu, res3d_branch2a/kernel/read_S64)HÉ‰çñºƒP¾
bn3d_branch2a/FusedBatchNormV3”Œçñºƒ ?(?Bƒbn3d_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3d_branch2a/Conv2D, bn3d_branch2a/gamma/read_S65, bn3d_branch2a/beta/read_S66)H”ŒçñºƒPs
res3d_branch2a_relu/ReluÓŒçñºƒ +(+B?res3d_branch2a_relu/Relu = Relu(bn3d_branch2a/FusedBatchNormV3)HÓŒçñºƒP‹
res3d_branch2b/Conv2DşŒçñºƒ í(íBXres3d_branch2b/Conv2D = Conv2D(res3d_branch2a_relu/Relu, res3d_branch2b/kernel/read_S67)HşŒçñºƒP¾
bn3d_branch2b/FusedBatchNormV3ë’çñºƒ ?(?Bƒbn3d_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3d_branch2b/Conv2D, bn3d_branch2b/gamma/read_S68, bn3d_branch2b/beta/read_S69)Hë’çñºƒPs
res3d_branch2b_relu/Reluª“çñºƒ +(+B?res3d_branch2b_relu/Relu = Relu(bn3d_branch2b/FusedBatchNormV3)Hª“çñºƒP‹
res3d_branch2c/Conv2DÕ“çñºƒ Ñ(ÑBXres3d_branch2c/Conv2D = Conv2D(res3d_branch2b_relu/Relu, res3d_branch2c/kernel/read_S70)HÕ“çñºƒPÀ
bn3d_branch2c/FusedBatchNormV3¦–çñºƒ é(éBƒbn3d_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3d_branch2c/Conv2D, bn3d_branch2c/gamma/read_S71, bn3d_branch2c/beta/read_S72)H¦–çñºƒPi
	res3d/add˜çñºƒ â(âBBres3d/add = AddV2(bn3d_branch2c/FusedBatchNormV3, res3c_relu/Relu)H˜çñºƒPN
res3d_relu/Reluñ™çñºƒ š(šB!res3d_relu/Relu = Relu(res3d/add)Hñ™çñºƒP‚
res4a_branch2a/Conv2D‹›çñºƒ ¢(¢BOres4a_branch2a/Conv2D = Conv2D(res3d_relu/Relu, res4a_branch2a/kernel/read_S73)H‹›çñºƒP¾
bn4a_branch2a/FusedBatchNormV3­ çñºƒ p(pBƒbn4a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch2a/Conv2D, bn4a_branch2a/gamma/read_S74, bn4a_branch2a/beta/read_S75)H­ çñºƒPs
res4a_branch2a_relu/Relu¡çñºƒ O(OB?res4a_branch2a_relu/Relu = Relu(bn4a_branch2a/FusedBatchNormV3)H¡çñºƒP‹
res4a_branch2b/Conv2D¿èñºƒ û(ûBXres4a_branch2b/Conv2D = Conv2D(res4a_branch2a_relu/Relu, res4a_branch2b/kernel/read_S76)H¿èñºƒP¾
bn4a_branch2b/FusedBatchNormV3‹Åèñºƒ $($Bƒbn4a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch2b/Conv2D, bn4a_branch2b/gamma/read_S77, bn4a_branch2b/beta/read_S78)H‹ÅèñºƒPs
res4a_branch2b_relu/Relu¯Åèñºƒ (B?res4a_branch2b_relu/Relu = Relu(bn4a_branch2b/FusedBatchNormV3)H¯ÅèñºƒP‹
res4a_branch2c/Conv2DÉÅèñºƒ É(ÉBXres4a_branch2c/Conv2D = Conv2D(res4a_branch2b_relu/Relu, res4a_branch2c/kernel/read_S79)HÉÅèñºƒP¾
bn4a_branch2c/FusedBatchNormV3’Èèñºƒ v(vBƒbn4a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch2c/Conv2D, bn4a_branch2c/gamma/read_S80, bn4a_branch2c/beta/read_S81)H’ÈèñºƒP
res4a_branch1/Conv2DˆÉèñºƒ ±(±BMres4a_branch1/Conv2D = Conv2D(res3d_relu/Relu, res4a_branch1/kernel/read_S82)HˆÉèñºƒP¸
bn4a_branch1/FusedBatchNormV3¹Îèñºƒ w(wBbn4a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch1/Conv2D, bn4a_branch1/gamma/read_S83, bn4a_branch1/beta/read_S84)H¹ÎèñºƒPu
	res4a/add°Ïèñºƒ s(sBPres4a/add = AddV2(bn4a_branch2c/FusedBatchNormV3, bn4a_branch1/FusedBatchNormV3)H°ÏèñºƒPL
res4a_relu/Relu£Ğèñºƒ M(MB!res4a_relu/Relu = Relu(res4a/add)H£ĞèñºƒP‚
res4b_branch2a/Conv2DğĞèñºƒ ½(½BOres4b_branch2a/Conv2D = Conv2D(res4a_relu/Relu, res4b_branch2a/kernel/read_S85)HğĞèñºƒP¾
bn4b_branch2a/FusedBatchNormV3­Óèñºƒ #(#Bƒbn4b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4b_branch2a/Conv2D, bn4b_branch2a/gamma/read_S86, bn4b_branch2a/beta/read_S87)H­ÓèñºƒPs
res4b_branch2a_relu/ReluĞÓèñºƒ (B?res4b_branch2a_relu/Relu = Relu(bn4b_branch2a/FusedBatchNormV3)HĞÓèñºƒP‹
res4b_branch2b/Conv2DëÓèñºƒ İ(İBXres4b_branch2b/Conv2D = Conv2D(res4b_branch2a_relu/Relu, res4b_branch2b/kernel/read_S88)HëÓèñºƒP¾
bn4b_branch2b/FusedBatchNormV3ÈÙèñºƒ "("Bƒbn4b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4b_branch2b/Conv2D, bn4b_branch2b/gamma/read_S89, bn4b_branch2b/beta/read_S90)HÈÙèñºƒPs
res4b_branch2b_relu/ReluêÙèñºƒ (B?res4b_branch2b_relu/Relu = Relu(bn4b_branch2b/FusedBatchNormV3)HêÙèñºƒP‹
res4b_branch2c/Conv2DƒÚèñºƒ Ö(ÖBXres4b_branch2c/Conv2D = Conv2D(res4b_branch2b_relu/Relu, res4b_branch2c/kernel/read_S91)HƒÚèñºƒP¾
bn4b_branch2c/FusedBatchNormV3ÙÜèñºƒ }(}Bƒbn4b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4b_branch2c/Conv2D, bn4b_branch2c/gamma/read_S92, bn4b_branch2c/beta/read_S93)HÙÜèñºƒPg
	res4b/addÖİèñºƒ r(rBBres4b/add = AddV2(bn4b_branch2c/FusedBatchNormV3, res4a_relu/Relu)HÖİèñºƒPL
res4b_relu/ReluÈŞèñºƒ V(VB!res4b_relu/Relu = Relu(res4b/add)HÈŞèñºƒP‚
res4c_branch2a/Conv2Dßèñºƒ À(ÀBOres4c_branch2a/Conv2D = Conv2D(res4b_relu/Relu, res4c_branch2a/kernel/read_S94)HßèñºƒP¾
bn4c_branch2a/FusedBatchNormV3Şáèñºƒ %(%Bƒbn4c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4c_branch2a/Conv2D, bn4c_branch2a/gamma/read_S95, bn4c_branch2a/beta/read_S96)HŞáèñºƒPs
res4c_branch2a_relu/Reluƒâèñºƒ (B?res4c_branch2a_relu/Relu = Relu(bn4c_branch2a/FusedBatchNormV3)HƒâèñºƒP‹
res4c_branch2b/Conv2Dœâèñºƒ Ö(ÖBXres4c_branch2b/Conv2D = Conv2D(res4c_branch2a_relu/Relu, res4c_branch2b/kernel/read_S97)HœâèñºƒP¾
bn4c_branch2b/FusedBatchNormV3òçèñºƒ #(#Bƒbn4c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4c_branch2b/Conv2D, bn4c_branch2b/gamma/read_S98, bn4c_branch2b/beta/read_S99)HòçèñºƒPs
res4c_branch2b_relu/Relu•èèñºƒ (B?res4c_branch2b_relu/Relu = Relu(bn4c_branch2b/FusedBatchNormV3)H•èèñºƒPŒ
res4c_branch2c/Conv2D®èèñºƒ Ó(ÓBYres4c_branch2c/Conv2D = Conv2D(res4c_branch2b_relu/Relu, res4c_branch2c/kernel/read_S100)H®èèñºƒPÀ
bn4c_branch2c/FusedBatchNormV3ëèñºƒ q(qB…bn4c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4c_branch2c/Conv2D, bn4c_branch2c/gamma/read_S101, bn4c_branch2c/beta/read_S102)HëèñºƒPg
	res4c/addòëèñºƒ p(pBBres4c/add = AddV2(bn4c_branch2c/FusedBatchNormV3, res4b_relu/Relu)HòëèñºƒPL
res4c_relu/Reluâìèñºƒ S(SB!res4c_relu/Relu = Relu(res4c/add)HâìèñºƒPƒ
res4d_branch2a/Conv2Dµíèñºƒ Ç(ÇBPres4d_branch2a/Conv2D = Conv2D(res4c_relu/Relu, res4d_branch2a/kernel/read_S103)HµíèñºƒPÀ
bn4d_branch2a/FusedBatchNormV3üïèñºƒ #(#B…bn4d_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4d_branch2a/Conv2D, bn4d_branch2a/gamma/read_S104, bn4d_branch2a/beta/read_S105)HüïèñºƒPs
res4d_branch2a_relu/ReluŸğèñºƒ (B?res4d_branch2a_relu/Relu = Relu(bn4d_branch2a/FusedBatchNormV3)HŸğèñºƒPŒ
res4d_branch2b/Conv2D¸ğèñºƒ ê(êBYres4d_branch2b/Conv2D = Conv2D(res4d_branch2a_relu/Relu, res4d_branch2b/kernel/read_S106)H¸ğèñºƒPÀ
bn4d_branch2b/FusedBatchNormV3¢öèñºƒ #(#B…bn4d_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4d_branch2b/Conv2D, bn4d_branch2b/gamma/read_S107, bn4d_branch2b/beta/read_S108)H¢öèñºƒPs
res4d_branch2b_relu/ReluÅöèñºƒ (B?res4d_branch2b_relu/Relu = Relu(bn4d_branch2b/FusedBatchNormV3)HÅöèñºƒPŒ
res4d_branch2c/Conv2Dáöèñºƒ Õ(ÕBYres4d_branch2c/Conv2D = Conv2D(res4d_branch2b_relu/Relu, res4d_branch2c/kernel/read_S109)HáöèñºƒPÀ
bn4d_branch2c/FusedBatchNormV3¶ùèñºƒ w(wB…bn4d_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4d_branch2c/Conv2D, bn4d_branch2c/gamma/read_S110, bn4d_branch2c/beta/read_S111)H¶ùèñºƒPg
	res4d/add­úèñºƒ z(zBBres4d/add = AddV2(bn4d_branch2c/FusedBatchNormV3, res4c_relu/Relu)H­úèñºƒPL
res4d_relu/Relu§ûèñºƒ R(RB!res4d_relu/Relu = Relu(res4d/add)H§ûèñºƒPƒ
res4e_branch2a/Conv2Dùûèñºƒ ¾(¾BPres4e_branch2a/Conv2D = Conv2D(res4d_relu/Relu, res4e_branch2a/kernel/read_S112)HùûèñºƒPÀ
bn4e_branch2a/FusedBatchNormV3·şèñºƒ  ( B…bn4e_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4e_branch2a/Conv2D, bn4e_branch2a/gamma/read_S113, bn4e_branch2a/beta/read_S114)H·şèñºƒPs
res4e_branch2a_relu/Relu×şèñºƒ (B?res4e_branch2a_relu/Relu = Relu(bn4e_branch2a/FusedBatchNormV3)H×şèñºƒPŒ
res4e_branch2b/Conv2Dóşèñºƒ ä(äBYres4e_branch2b/Conv2D = Conv2D(res4e_branch2a_relu/Relu, res4e_branch2b/kernel/read_S115)HóşèñºƒPÀ
bn4e_branch2b/FusedBatchNormV3×„éñºƒ %(%B…bn4e_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4e_branch2b/Conv2D, bn4e_branch2b/gamma/read_S116, bn4e_branch2b/beta/read_S117)H×„éñºƒPs
res4e_branch2b_relu/Reluü„éñºƒ (B?res4e_branch2b_relu/Relu = Relu(bn4e_branch2b/FusedBatchNormV3)Hü„éñºƒPŒ
res4e_branch2c/Conv2D—…éñºƒ Ü(ÜBYres4e_branch2c/Conv2D = Conv2D(res4e_branch2b_relu/Relu, res4e_branch2c/kernel/read_S118)H—…éñºƒPÀ
bn4e_branch2c/FusedBatchNormV3ó‡éñºƒ u(uB…bn4e_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4e_branch2c/Conv2D, bn4e_branch2c/gamma/read_S119, bn4e_branch2c/beta/read_S120)Hó‡éñºƒPg
	res4e/addèˆéñºƒ x(xBBres4e/add = AddV2(bn4e_branch2c/FusedBatchNormV3, res4d_relu/Relu)HèˆéñºƒPL
res4e_relu/Reluà‰éñºƒ O(OB!res4e_relu/Relu = Relu(res4e/add)Hà‰éñºƒPƒ
res4f_branch2a/Conv2D¯Šéñºƒ À(ÀBPres4f_branch2a/Conv2D = Conv2D(res4e_relu/Relu, res4f_branch2a/kernel/read_S121)H¯ŠéñºƒPÀ
bn4f_branch2a/FusedBatchNormV3ïŒéñºƒ "("B…bn4f_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4f_branch2a/Conv2D, bn4f_branch2a/gamma/read_S122, bn4f_branch2a/beta/read_S123)HïŒéñºƒPs
res4f_branch2a_relu/Relu‘éñºƒ (B?res4f_branch2a_relu/Relu = Relu(bn4f_branch2a/FusedBatchNormV3)H‘éñºƒPŒ
res4f_branch2b/Conv2D«éñºƒ ü(üBYres4f_branch2b/Conv2D = Conv2D(res4f_branch2a_relu/Relu, res4f_branch2b/kernel/read_S124)H«éñºƒPÀ
bn4f_branch2b/FusedBatchNormV3§“éñºƒ #(#B…bn4f_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4f_branch2b/Conv2D, bn4f_branch2b/gamma/read_S125, bn4f_branch2b/beta/read_S126)H§“éñºƒPs
res4f_branch2b_relu/ReluÊ“éñºƒ (B?res4f_branch2b_relu/Relu = Relu(bn4f_branch2b/FusedBatchNormV3)HÊ“éñºƒPŒ
res4f_branch2c/Conv2Då“éñºƒ Õ(ÕBYres4f_branch2c/Conv2D = Conv2D(res4f_branch2b_relu/Relu, res4f_branch2c/kernel/read_S127)Hå“éñºƒPÀ
bn4f_branch2c/FusedBatchNormV3º–éñºƒ r(rB…bn4f_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4f_branch2c/Conv2D, bn4f_branch2c/gamma/read_S128, bn4f_branch2c/beta/read_S129)Hº–éñºƒPg
	res4f/add¬—éñºƒ w(wBBres4f/add = AddV2(bn4f_branch2c/FusedBatchNormV3, res4e_relu/Relu)H¬—éñºƒPL
res4f_relu/Relu£˜éñºƒ O(OB!res4f_relu/Relu = Relu(res4f/add)H£˜éñºƒPƒ
res5a_branch2a/Conv2Dò˜éñºƒ “(“BPres5a_branch2a/Conv2D = Conv2D(res4f_relu/Relu, res5a_branch2a/kernel/read_S130)Hò˜éñºƒPÀ
bn5a_branch2a/FusedBatchNormV3…éñºƒ ?(?B…bn5a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch2a/Conv2D, bn5a_branch2a/gamma/read_S131, bn5a_branch2a/beta/read_S132)H…éñºƒPs
res5a_branch2a_relu/ReluÄéñºƒ /(/B?res5a_branch2a_relu/Relu = Relu(bn5a_branch2a/FusedBatchNormV3)HÄéñºƒPŒ
res5a_branch2b/Conv2DÿÏêñºƒ Ê(ÊBYres5a_branch2b/Conv2D = Conv2D(res5a_branch2a_relu/Relu, res5a_branch2b/kernel/read_S133)HÿÏêñºƒPÀ
bn5a_branch2b/FusedBatchNormV3ÉÕêñºƒ (B…bn5a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch2b/Conv2D, bn5a_branch2b/gamma/read_S134, bn5a_branch2b/beta/read_S135)HÉÕêñºƒPs
res5a_branch2b_relu/RelußÕêñºƒ (B?res5a_branch2b_relu/Relu = Relu(bn5a_branch2b/FusedBatchNormV3)HßÕêñºƒPŒ
res5a_branch2c/Conv2DğÕêñºƒ Ç(ÇBYres5a_branch2c/Conv2D = Conv2D(res5a_branch2b_relu/Relu, res5a_branch2c/kernel/read_S136)HğÕêñºƒPÀ
bn5a_branch2c/FusedBatchNormV3·Øêñºƒ A(AB…bn5a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch2c/Conv2D, bn5a_branch2c/gamma/read_S137, bn5a_branch2c/beta/read_S138)H·ØêñºƒP€
res5a_branch1/Conv2DøØêñºƒ (BNres5a_branch1/Conv2D = Conv2D(res4f_relu/Relu, res5a_branch1/kernel/read_S139)HøØêñºƒP»
bn5a_branch1/FusedBatchNormV3•Şêñºƒ =(=Bbn5a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch1/Conv2D, bn5a_branch1/gamma/read_S140, bn5a_branch1/beta/read_S141)H•ŞêñºƒPu
	res5a/addÒŞêñºƒ ?(?BPres5a/add = AddV2(bn5a_branch2c/FusedBatchNormV3, bn5a_branch1/FusedBatchNormV3)HÒŞêñºƒPL
res5a_relu/Relu‘ßêñºƒ -(-B!res5a_relu/Relu = Relu(res5a/add)H‘ßêñºƒPƒ
res5b_branch2a/Conv2D¾ßêñºƒ Õ(ÕBPres5b_branch2a/Conv2D = Conv2D(res5a_relu/Relu, res5b_branch2a/kernel/read_S142)H¾ßêñºƒPÀ
bn5b_branch2a/FusedBatchNormV3“âêñºƒ (B…bn5b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res5b_branch2a/Conv2D, bn5b_branch2a/gamma/read_S143, bn5b_branch2a/beta/read_S144)H“âêñºƒPs
res5b_branch2a_relu/Relu©âêñºƒ (B?res5b_branch2a_relu/Relu = Relu(bn5b_branch2a/FusedBatchNormV3)H©âêñºƒPŒ
res5b_branch2b/Conv2D»âêñºƒ Ó(ÓBYres5b_branch2b/Conv2D = Conv2D(res5b_branch2a_relu/Relu, res5b_branch2b/kernel/read_S145)H»âêñºƒPÀ
bn5b_branch2b/FusedBatchNormV3èêñºƒ (B…bn5b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res5b_branch2b/Conv2D, bn5b_branch2b/gamma/read_S146, bn5b_branch2b/beta/read_S147)HèêñºƒPs
res5b_branch2b_relu/Relu¤èêñºƒ (B?res5b_branch2b_relu/Relu = Relu(bn5b_branch2b/FusedBatchNormV3)H¤èêñºƒPŒ
res5b_branch2c/Conv2Dµèêñºƒ Æ(ÆBYres5b_branch2c/Conv2D = Conv2D(res5b_branch2b_relu/Relu, res5b_branch2c/kernel/read_S148)HµèêñºƒPÀ
bn5b_branch2c/FusedBatchNormV3ûêêñºƒ ?(?B…bn5b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res5b_branch2c/Conv2D, bn5b_branch2c/gamma/read_S149, bn5b_branch2c/beta/read_S150)HûêêñºƒPg
	res5b/addºëêñºƒ =(=BBres5b/add = AddV2(bn5b_branch2c/FusedBatchNormV3, res5a_relu/Relu)HºëêñºƒPL
res5b_relu/Relu÷ëêñºƒ .(.B!res5b_relu/Relu = Relu(res5b/add)H÷ëêñºƒPƒ
res5c_branch2a/Conv2D¥ìêñºƒ Ä(ÄBPres5c_branch2a/Conv2D = Conv2D(res5b_relu/Relu, res5c_branch2a/kernel/read_S151)H¥ìêñºƒPÀ
bn5c_branch2a/FusedBatchNormV3éîêñºƒ (B…bn5c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res5c_branch2a/Conv2D, bn5c_branch2a/gamma/read_S152, bn5c_branch2a/beta/read_S153)HéîêñºƒPs
res5c_branch2a_relu/Reluşîêñºƒ (B?res5c_branch2a_relu/Relu = Relu(bn5c_branch2a/FusedBatchNormV3)HşîêñºƒPŒ
res5c_branch2b/Conv2Dïêñºƒ ù(ùBYres5c_branch2b/Conv2D = Conv2D(res5c_branch2a_relu/Relu, res5c_branch2b/kernel/read_S154)HïêñºƒPÀ
bn5c_branch2b/FusedBatchNormV3ˆõêñºƒ (B…bn5c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res5c_branch2b/Conv2D, bn5c_branch2b/gamma/read_S155, bn5c_branch2b/beta/read_S156)HˆõêñºƒPs
res5c_branch2b_relu/Reluõêñºƒ (B?res5c_branch2b_relu/Relu = Relu(bn5c_branch2b/FusedBatchNormV3)HõêñºƒPŒ
res5c_branch2c/Conv2D¯õêñºƒ Õ(ÕBYres5c_branch2c/Conv2D = Conv2D(res5c_branch2b_relu/Relu, res5c_branch2c/kernel/read_S157)H¯õêñºƒPÀ
bn5c_branch2c/FusedBatchNormV3„øêñºƒ A(AB…bn5c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res5c_branch2c/Conv2D, bn5c_branch2c/gamma/read_S158, bn5c_branch2c/beta/read_S159)H„øêñºƒPg
	res5c/addÅøêñºƒ @(@BBres5c/add = AddV2(bn5c_branch2c/FusedBatchNormV3, res5b_relu/Relu)HÅøêñºƒPL
res5c_relu/Relu…ùêñºƒ ,(,B!res5c_relu/Relu = Relu(res5c/add)H…ùêñºƒPN
avg_pool/Mean±ùêñºƒ (B%avg_pool/Mean = Mean(res5c_relu/Relu)H±ùêñºƒPg
fc1000/MatMulËùêñºƒ (B>fc1000/MatMul = MatMul(avg_pool/Mean, fc1000/kernel/read_S160)HËùêñºƒPh
fc1000/BiasAddßùêñºƒ (B>fc1000/BiasAdd = BiasAdd(fc1000/MatMul, fc1000/bias/read_S161)HßùêñºƒP˜
"loss/SoftmaxCrossEntropyWithLogitsçùêñºƒ (BZloss/SoftmaxCrossEntropyWithLogits = SoftmaxCrossEntropyWithLogits(fc1000/BiasAdd, labels)HçùêñºƒPƒ
gradients/fc1000/bias_gradïùêñºƒ (BMgradients/fc1000/bias_grad = BackpropGrad(loss/SoftmaxCrossEntropyWithLogits)HïùêñºƒP
gradients/fc1000/kernel_grad÷ùêñºƒ 5(5BGgradients/fc1000/kernel_grad = BackpropGrad(gradients/fc1000/bias_grad)H÷ùêñºƒP‹
!gradients/bn5c_branch2c/beta_grad¬úêñºƒ (BNgradients/bn5c_branch2c/beta_grad = BackpropGrad(gradients/fc1000/kernel_grad)H¬úêñºƒP”
"gradients/bn5c_branch2c/gamma_gradÇúêñºƒ …(…BTgradients/bn5c_branch2c/gamma_grad = BackpropGrad(gradients/bn5c_branch2c/beta_grad)HÇúêñºƒP™
$gradients/res5c_branch2c/kernel_gradÌûêñºƒ Ÿ(ŸBWgradients/res5c_branch2c/kernel_grad = BackpropGrad(gradients/bn5c_branch2c/gamma_grad)HÌûêñºƒP“
!gradients/bn5c_branch2b/beta_gradë€ëñºƒ (BVgradients/bn5c_branch2b/beta_grad = BackpropGrad(gradients/res5c_branch2c/kernel_grad)Hë€ëñºƒP’
"gradients/bn5c_branch2b/gamma_gradø€ëñºƒ (((BTgradients/bn5c_branch2b/gamma_grad = BackpropGrad(gradients/bn5c_branch2b/beta_grad)Hø€ëñºƒP™
$gradients/res5c_branch2b/kernel_grad ëñºƒ ã(ãBWgradients/res5c_branch2b/kernel_grad = BackpropGrad(gradients/bn5c_branch2b/gamma_grad)H ëñºƒP“
!gradients/bn5c_branch2a/beta_gradƒëñºƒ (BVgradients/bn5c_branch2a/beta_grad = BackpropGrad(gradients/res5c_branch2b/kernel_grad)HƒëñºƒP’
"gradients/bn5c_branch2a/gamma_gradëñºƒ '('BTgradients/bn5c_branch2a/gamma_grad = BackpropGrad(gradients/bn5c_branch2a/beta_grad)HëñºƒP™
$gradients/res5c_branch2a/kernel_grad¶ëñºƒ ±(±BWgradients/res5c_branch2a/kernel_grad = BackpropGrad(gradients/bn5c_branch2a/gamma_grad)H¶ëñºƒP“
!gradients/bn5b_branch2c/beta_gradç’ëñºƒ (BVgradients/bn5b_branch2c/beta_grad = BackpropGrad(gradients/res5c_branch2a/kernel_grad)Hç’ëñºƒP”
"gradients/bn5b_branch2c/gamma_grad“ëñºƒ (BTgradients/bn5b_branch2c/gamma_grad = BackpropGrad(gradients/bn5b_branch2c/beta_grad)H“ëñºƒP™
$gradients/res5b_branch2c/kernel_grad”ëñºƒ (BWgradients/res5b_branch2c/kernel_grad = BackpropGrad(gradients/bn5b_branch2c/gamma_grad)H”ëñºƒP“
!gradients/bn5b_branch2b/beta_grad«™ëñºƒ (BVgradients/bn5b_branch2b/beta_grad = BackpropGrad(gradients/res5b_branch2c/kernel_grad)H«™ëñºƒP’
"gradients/bn5b_branch2b/gamma_grad·™ëñºƒ '('BTgradients/bn5b_branch2b/gamma_grad = BackpropGrad(gradients/bn5b_branch2b/beta_grad)H·™ëñºƒP™
$gradients/res5b_branch2b/kernel_gradŞ™ëñºƒ æ(æBWgradients/res5b_branch2b/kernel_grad = BackpropGrad(gradients/bn5b_branch2b/gamma_grad)HŞ™ëñºƒP“
!gradients/bn5b_branch2a/beta_gradÄ¥ëñºƒ (BVgradients/bn5b_branch2a/beta_grad = BackpropGrad(gradients/res5b_branch2b/kernel_grad)HÄ¥ëñºƒP’
"gradients/bn5b_branch2a/gamma_gradĞ¥ëñºƒ %(%BTgradients/bn5b_branch2a/gamma_grad = BackpropGrad(gradients/bn5b_branch2a/beta_grad)HĞ¥ëñºƒP™
$gradients/res5b_branch2a/kernel_gradõ¥ëñºƒ ‰(‰BWgradients/res5b_branch2a/kernel_grad = BackpropGrad(gradients/bn5b_branch2a/gamma_grad)Hõ¥ëñºƒP‘
 gradients/bn5a_branch1/beta_gradşªëñºƒ (BUgradients/bn5a_branch1/beta_grad = BackpropGrad(gradients/res5b_branch2a/kernel_grad)HşªëñºƒP
!gradients/bn5a_branch1/gamma_grad—«ëñºƒ O(OBRgradients/bn5a_branch1/gamma_grad = BackpropGrad(gradients/bn5a_branch1/beta_grad)H—«ëñºƒP–
#gradients/res5a_branch1/kernel_gradæ«ëñºƒ ã
(ã
BUgradients/res5a_branch1/kernel_grad = BackpropGrad(gradients/bn5a_branch1/gamma_grad)Hæ«ëñºƒP’
!gradients/bn5a_branch2c/beta_gradÉ¶ëñºƒ (BUgradients/bn5a_branch2c/beta_grad = BackpropGrad(gradients/res5a_branch1/kernel_grad)HÉ¶ëñºƒP”
"gradients/bn5a_branch2c/gamma_gradã¶ëñºƒ (BTgradients/bn5a_branch2c/gamma_grad = BackpropGrad(gradients/bn5a_branch2c/beta_grad)Hã¶ëñºƒP™
$gradients/res5a_branch2c/kernel_gradğ·ëñºƒ ú(úBWgradients/res5a_branch2c/kernel_grad = BackpropGrad(gradients/bn5a_branch2c/gamma_grad)Hğ·ëñºƒP“
!gradients/bn5a_branch2b/beta_gradê¼ëñºƒ (BVgradients/bn5a_branch2b/beta_grad = BackpropGrad(gradients/res5a_branch2c/kernel_grad)Hê¼ëñºƒP’
"gradients/bn5a_branch2b/gamma_grad÷¼ëñºƒ )()BTgradients/bn5a_branch2b/gamma_grad = BackpropGrad(gradients/bn5a_branch2b/beta_grad)H÷¼ëñºƒP™
$gradients/res5a_branch2b/kernel_grad ½ëñºƒ Ê(ÊBWgradients/res5a_branch2b/kernel_grad = BackpropGrad(gradients/bn5a_branch2b/gamma_grad)H ½ëñºƒP“
!gradients/bn5a_branch2a/beta_gradêÈëñºƒ (BVgradients/bn5a_branch2a/beta_grad = BackpropGrad(gradients/res5a_branch2b/kernel_grad)HêÈëñºƒP”
"gradients/bn5a_branch2a/gamma_grad„Éëñºƒ „(„BTgradients/bn5a_branch2a/gamma_grad = BackpropGrad(gradients/bn5a_branch2a/beta_grad)H„ÉëñºƒP™
$gradients/res5a_branch2a/kernel_gradˆÊëñºƒ  
( 
BWgradients/res5a_branch2a/kernel_grad = BackpropGrad(gradients/bn5a_branch2a/gamma_grad)HˆÊëñºƒP“
!gradients/bn4f_branch2c/beta_grad¨Ôëñºƒ -(-BVgradients/bn4f_branch2c/beta_grad = BackpropGrad(gradients/res5a_branch2a/kernel_grad)H¨ÔëñºƒP”
"gradients/bn4f_branch2c/gamma_gradÕÔëñºƒ Œ(ŒBTgradients/bn4f_branch2c/gamma_grad = BackpropGrad(gradients/bn4f_branch2c/beta_grad)HÕÔëñºƒP™
$gradients/res4f_branch2c/kernel_gradáÖëñºƒ ÿ(ÿBWgradients/res4f_branch2c/kernel_grad = BackpropGrad(gradients/bn4f_branch2c/gamma_grad)HáÖëñºƒP“
!gradients/bn4f_branch2b/beta_gradàÛëñºƒ (BVgradients/bn4f_branch2b/beta_grad = BackpropGrad(gradients/res4f_branch2c/kernel_grad)HàÛëñºƒP’
"gradients/bn4f_branch2b/gamma_gradğÛëñºƒ G(GBTgradients/bn4f_branch2b/gamma_grad = BackpropGrad(gradients/bn4f_branch2b/beta_grad)HğÛëñºƒP™
$gradients/res4f_branch2b/kernel_grad·Üëñºƒ —(—BWgradients/res4f_branch2b/kernel_grad = BackpropGrad(gradients/bn4f_branch2b/gamma_grad)H·ÜëñºƒP“
!gradients/bn4f_branch2a/beta_gradÎçëñºƒ (BVgradients/bn4f_branch2a/beta_grad = BackpropGrad(gradients/res4f_branch2b/kernel_grad)HÎçëñºƒP’
"gradients/bn4f_branch2a/gamma_gradßçëñºƒ C(CBTgradients/bn4f_branch2a/gamma_grad = BackpropGrad(gradients/bn4f_branch2a/beta_grad)HßçëñºƒP™
$gradients/res4f_branch2a/kernel_grad¢èëñºƒ ’(’BWgradients/res4f_branch2a/kernel_grad = BackpropGrad(gradients/bn4f_branch2a/gamma_grad)H¢èëñºƒP“
!gradients/bn4e_branch2c/beta_grad´íëñºƒ *(*BVgradients/bn4e_branch2c/beta_grad = BackpropGrad(gradients/res4f_branch2a/kernel_grad)H´íëñºƒP”
"gradients/bn4e_branch2c/gamma_gradŞíëñºƒ †(†BTgradients/bn4e_branch2c/gamma_grad = BackpropGrad(gradients/bn4e_branch2c/beta_grad)HŞíëñºƒP™
$gradients/res4e_branch2c/kernel_gradäïëñºƒ Â(ÂBWgradients/res4e_branch2c/kernel_grad = BackpropGrad(gradients/bn4e_branch2c/gamma_grad)HäïëñºƒP“
!gradients/bn4e_branch2b/beta_grad¦õëñºƒ (BVgradients/bn4e_branch2b/beta_grad = BackpropGrad(gradients/res4e_branch2c/kernel_grad)H¦õëñºƒP’
"gradients/bn4e_branch2b/gamma_grad¸õëñºƒ H(HBTgradients/bn4e_branch2b/gamma_grad = BackpropGrad(gradients/bn4e_branch2b/beta_grad)H¸õëñºƒP™
$gradients/res4e_branch2b/kernel_grad€öëñºƒ é
(é
BWgradients/res4e_branch2b/kernel_grad = BackpropGrad(gradients/bn4e_branch2b/gamma_grad)H€öëñºƒP“
!gradients/bn4e_branch2a/beta_gradé€ìñºƒ (BVgradients/bn4e_branch2a/beta_grad = BackpropGrad(gradients/res4e_branch2b/kernel_grad)Hé€ìñºƒP’
"gradients/bn4e_branch2a/gamma_gradú€ìñºƒ J(JBTgradients/bn4e_branch2a/gamma_grad = BackpropGrad(gradients/bn4e_branch2a/beta_grad)Hú€ìñºƒP™
$gradients/res4e_branch2a/kernel_gradÄìñºƒ —(—BWgradients/res4e_branch2a/kernel_grad = BackpropGrad(gradients/bn4e_branch2a/gamma_grad)HÄìñºƒP“
!gradients/bn4d_branch2c/beta_gradÛ†ìñºƒ +(+BVgradients/bn4d_branch2c/beta_grad = BackpropGrad(gradients/res4e_branch2a/kernel_grad)HÛ†ìñºƒP”
"gradients/bn4d_branch2c/gamma_grad†‡ìñºƒ „(„BTgradients/bn4d_branch2c/gamma_grad = BackpropGrad(gradients/bn4d_branch2c/beta_grad)H†‡ìñºƒP™
$gradients/res4d_branch2c/kernel_gradŠ‰ìñºƒ œ(œBWgradients/res4d_branch2c/kernel_grad = BackpropGrad(gradients/bn4d_branch2c/gamma_grad)HŠ‰ìñºƒP“
!gradients/bn4d_branch2b/beta_grad¦ìñºƒ (BVgradients/bn4d_branch2b/beta_grad = BackpropGrad(gradients/res4d_branch2c/kernel_grad)H¦ìñºƒP’
"gradients/bn4d_branch2b/gamma_grad·ìñºƒ H(HBTgradients/bn4d_branch2b/gamma_grad = BackpropGrad(gradients/bn4d_branch2b/beta_grad)H·ìñºƒP™
$gradients/res4d_branch2b/kernel_gradÿìñºƒ ú
(ú
BWgradients/res4d_branch2b/kernel_grad = BackpropGrad(gradients/bn4d_branch2b/gamma_grad)HÿìñºƒP“
!gradients/bn4d_branch2a/beta_gradù™ìñºƒ (BVgradients/bn4d_branch2a/beta_grad = BackpropGrad(gradients/res4d_branch2b/kernel_grad)Hù™ìñºƒP’
"gradients/bn4d_branch2a/gamma_gradŠšìñºƒ I(IBTgradients/bn4d_branch2a/gamma_grad = BackpropGrad(gradients/bn4d_branch2a/beta_grad)HŠšìñºƒP™
$gradients/res4d_branch2a/kernel_gradÓšìñºƒ (BWgradients/res4d_branch2a/kernel_grad = BackpropGrad(gradients/bn4d_branch2a/gamma_grad)HÓšìñºƒP“
!gradients/bn4c_branch2c/beta_gradâŸìñºƒ ,(,BVgradients/bn4c_branch2c/beta_grad = BackpropGrad(gradients/res4d_branch2a/kernel_grad)HâŸìñºƒP”
"gradients/bn4c_branch2c/gamma_grad ìñºƒ ‘(‘BTgradients/bn4c_branch2c/gamma_grad = BackpropGrad(gradients/bn4c_branch2c/beta_grad)H ìñºƒP™
$gradients/res4c_branch2c/kernel_gradŸ¢ìñºƒ ‹(‹BWgradients/res4c_branch2c/kernel_grad = BackpropGrad(gradients/bn4c_branch2c/gamma_grad)HŸ¢ìñºƒP“
!gradients/bn4c_branch2b/beta_gradª§ìñºƒ (BVgradients/bn4c_branch2b/beta_grad = BackpropGrad(gradients/res4c_branch2c/kernel_grad)Hª§ìñºƒP’
"gradients/bn4c_branch2b/gamma_gradº§ìñºƒ G(GBTgradients/bn4c_branch2b/gamma_grad = BackpropGrad(gradients/bn4c_branch2b/beta_grad)Hº§ìñºƒP™
$gradients/res4c_branch2b/kernel_grad¨ìñºƒ É(ÉBWgradients/res4c_branch2b/kernel_grad = BackpropGrad(gradients/bn4c_branch2b/gamma_grad)H¨ìñºƒP“
!gradients/bn4c_branch2a/beta_gradÊ³ìñºƒ (BVgradients/bn4c_branch2a/beta_grad = BackpropGrad(gradients/res4c_branch2b/kernel_grad)HÊ³ìñºƒP’
"gradients/bn4c_branch2a/gamma_gradÛ³ìñºƒ H(HBTgradients/bn4c_branch2a/gamma_grad = BackpropGrad(gradients/bn4c_branch2a/beta_grad)HÛ³ìñºƒP™
$gradients/res4c_branch2a/kernel_grad£´ìñºƒ ÷(÷BWgradients/res4c_branch2a/kernel_grad = BackpropGrad(gradients/bn4c_branch2a/gamma_grad)H£´ìñºƒP“
!gradients/bn4b_branch2c/beta_gradš¹ìñºƒ *(*BVgradients/bn4b_branch2c/beta_grad = BackpropGrad(gradients/res4c_branch2a/kernel_grad)Hš¹ìñºƒP”
"gradients/bn4b_branch2c/gamma_gradÄ¹ìñºƒ ˆ(ˆBTgradients/bn4b_branch2c/gamma_grad = BackpropGrad(gradients/bn4b_branch2c/beta_grad)HÄ¹ìñºƒP™
$gradients/res4b_branch2c/kernel_gradÌ»ìñºƒ (BWgradients/res4b_branch2c/kernel_grad = BackpropGrad(gradients/bn4b_branch2c/gamma_grad)HÌ»ìñºƒP“
!gradients/bn4b_branch2b/beta_gradêÀìñºƒ (BVgradients/bn4b_branch2b/beta_grad = BackpropGrad(gradients/res4b_branch2c/kernel_grad)HêÀìñºƒP’
"gradients/bn4b_branch2b/gamma_gradúÀìñºƒ H(HBTgradients/bn4b_branch2b/gamma_grad = BackpropGrad(gradients/bn4b_branch2b/beta_grad)HúÀìñºƒP™
$gradients/res4b_branch2b/kernel_gradÂÁìñºƒ Î(ÎBWgradients/res4b_branch2b/kernel_grad = BackpropGrad(gradients/bn4b_branch2b/gamma_grad)HÂÁìñºƒP“
!gradients/bn4b_branch2a/beta_gradÍìñºƒ (BVgradients/bn4b_branch2a/beta_grad = BackpropGrad(gradients/res4b_branch2b/kernel_grad)HÍìñºƒP’
"gradients/bn4b_branch2a/gamma_grad¢Íìñºƒ D(DBTgradients/bn4b_branch2a/gamma_grad = BackpropGrad(gradients/bn4b_branch2a/beta_grad)H¢ÍìñºƒP™
$gradients/res4b_branch2a/kernel_gradæÍìñºƒ ’(’BWgradients/res4b_branch2a/kernel_grad = BackpropGrad(gradients/bn4b_branch2a/gamma_grad)HæÍìñºƒP‘
 gradients/bn4a_branch1/beta_gradøÒìñºƒ +(+BUgradients/bn4a_branch1/beta_grad = BackpropGrad(gradients/res4b_branch2a/kernel_grad)HøÒìñºƒP‘
!gradients/bn4a_branch1/gamma_grad£Óìñºƒ ™(™BRgradients/bn4a_branch1/gamma_grad = BackpropGrad(gradients/bn4a_branch1/beta_grad)H£ÓìñºƒP–
#gradients/res4a_branch1/kernel_grad¼Ôìñºƒ 
(
BUgradients/res4a_branch1/kernel_grad = BackpropGrad(gradients/bn4a_branch1/gamma_grad)H¼ÔìñºƒP’
!gradients/bn4a_branch2c/beta_gradÊŞìñºƒ ,(,BUgradients/bn4a_branch2c/beta_grad = BackpropGrad(gradients/res4a_branch1/kernel_grad)HÊŞìñºƒP”
"gradients/bn4a_branch2c/gamma_gradöŞìñºƒ ˆ(ˆBTgradients/bn4a_branch2c/gamma_grad = BackpropGrad(gradients/bn4a_branch2c/beta_grad)HöŞìñºƒP™
$gradients/res4a_branch2c/kernel_gradşàìñºƒ „(„BWgradients/res4a_branch2c/kernel_grad = BackpropGrad(gradients/bn4a_branch2c/gamma_grad)HşàìñºƒP“
!gradients/bn4a_branch2b/beta_grad‚æìñºƒ (BVgradients/bn4a_branch2b/beta_grad = BackpropGrad(gradients/res4a_branch2c/kernel_grad)H‚æìñºƒP’
"gradients/bn4a_branch2b/gamma_grad“æìñºƒ G(GBTgradients/bn4a_branch2b/gamma_grad = BackpropGrad(gradients/bn4a_branch2b/beta_grad)H“æìñºƒP™
$gradients/res4a_branch2b/kernel_gradÚæìñºƒ Œ(ŒBWgradients/res4a_branch2b/kernel_grad = BackpropGrad(gradients/bn4a_branch2b/gamma_grad)HÚæìñºƒP“
!gradients/bn4a_branch2a/beta_gradæòìñºƒ -(-BVgradients/bn4a_branch2a/beta_grad = BackpropGrad(gradients/res4a_branch2b/kernel_grad)HæòìñºƒP”
"gradients/bn4a_branch2a/gamma_grad“óìñºƒ ‹(‹BTgradients/bn4a_branch2a/gamma_grad = BackpropGrad(gradients/bn4a_branch2a/beta_grad)H“óìñºƒP™
$gradients/res4a_branch2a/kernel_gradõìñºƒ »	(»	BWgradients/res4a_branch2a/kernel_grad = BackpropGrad(gradients/bn4a_branch2a/gamma_grad)HõìñºƒP“
!gradients/bn3d_branch2c/beta_gradÙşìñºƒ Q(QBVgradients/bn3d_branch2c/beta_grad = BackpropGrad(gradients/res4a_branch2a/kernel_grad)HÙşìñºƒP”
"gradients/bn3d_branch2c/gamma_gradªÿìñºƒ ò(òBTgradients/bn3d_branch2c/gamma_grad = BackpropGrad(gradients/bn3d_branch2c/beta_grad)HªÿìñºƒP™
$gradients/res3d_branch2c/kernel_gradœƒíñºƒ ˜(˜BWgradients/res3d_branch2c/kernel_grad = BackpropGrad(gradients/bn3d_branch2c/gamma_grad)HœƒíñºƒP“
!gradients/bn3d_branch2b/beta_grad´ˆíñºƒ (BVgradients/bn3d_branch2b/beta_grad = BackpropGrad(gradients/res3d_branch2c/kernel_grad)H´ˆíñºƒP”
"gradients/bn3d_branch2b/gamma_gradÎˆíñºƒ ‚(‚BTgradients/bn3d_branch2b/gamma_grad = BackpropGrad(gradients/bn3d_branch2b/beta_grad)HÎˆíñºƒP™
$gradients/res3d_branch2b/kernel_gradĞ‰íñºƒ ´(´BWgradients/res3d_branch2b/kernel_grad = BackpropGrad(gradients/bn3d_branch2b/gamma_grad)HĞ‰íñºƒP“
!gradients/bn3d_branch2a/beta_grad„•íñºƒ (BVgradients/bn3d_branch2a/beta_grad = BackpropGrad(gradients/res3d_branch2b/kernel_grad)H„•íñºƒP”
"gradients/bn3d_branch2a/gamma_gradŸ•íñºƒ (BTgradients/bn3d_branch2a/gamma_grad = BackpropGrad(gradients/bn3d_branch2a/beta_grad)HŸ•íñºƒP™
$gradients/res3d_branch2a/kernel_grad®–íñºƒ «(«BWgradients/res3d_branch2a/kernel_grad = BackpropGrad(gradients/bn3d_branch2a/gamma_grad)H®–íñºƒP“
!gradients/bn3c_branch2c/beta_gradÙ›íñºƒ J(JBVgradients/bn3c_branch2c/beta_grad = BackpropGrad(gradients/res3d_branch2a/kernel_grad)HÙ›íñºƒP”
"gradients/bn3c_branch2c/gamma_grad£œíñºƒ ˆ(ˆBTgradients/bn3c_branch2c/gamma_grad = BackpropGrad(gradients/bn3c_branch2c/beta_grad)H£œíñºƒP™
$gradients/res3c_branch2c/kernel_grad« íñºƒ ³(³BWgradients/res3c_branch2c/kernel_grad = BackpropGrad(gradients/bn3c_branch2c/gamma_grad)H« íñºƒP“
!gradients/bn3c_branch2b/beta_gradŞ¥íñºƒ (BVgradients/bn3c_branch2b/beta_grad = BackpropGrad(gradients/res3c_branch2c/kernel_grad)HŞ¥íñºƒP”
"gradients/bn3c_branch2b/gamma_gradø¥íñºƒ …(…BTgradients/bn3c_branch2b/gamma_grad = BackpropGrad(gradients/bn3c_branch2b/beta_grad)Hø¥íñºƒP™
$gradients/res3c_branch2b/kernel_gradı¦íñºƒ ß(ßBWgradients/res3c_branch2b/kernel_grad = BackpropGrad(gradients/bn3c_branch2b/gamma_grad)Hı¦íñºƒP“
!gradients/bn3c_branch2a/beta_gradÜ²íñºƒ (BVgradients/bn3c_branch2a/beta_grad = BackpropGrad(gradients/res3c_branch2b/kernel_grad)HÜ²íñºƒP”
"gradients/bn3c_branch2a/gamma_gradö²íñºƒ †(†BTgradients/bn3c_branch2a/gamma_grad = BackpropGrad(gradients/bn3c_branch2a/beta_grad)Hö²íñºƒP™
$gradients/res3c_branch2a/kernel_gradü³íñºƒ ‚(‚BWgradients/res3c_branch2a/kernel_grad = BackpropGrad(gradients/bn3c_branch2a/gamma_grad)Hü³íñºƒP“
!gradients/bn3b_branch2c/beta_gradş¸íñºƒ M(MBVgradients/bn3b_branch2c/beta_grad = BackpropGrad(gradients/res3c_branch2a/kernel_grad)Hş¸íñºƒP”
"gradients/bn3b_branch2c/gamma_gradË¹íñºƒ ˆ(ˆBTgradients/bn3b_branch2c/gamma_grad = BackpropGrad(gradients/bn3b_branch2c/beta_grad)HË¹íñºƒP™
$gradients/res3b_branch2c/kernel_gradÓ½íñºƒ ™(™BWgradients/res3b_branch2c/kernel_grad = BackpropGrad(gradients/bn3b_branch2c/gamma_grad)HÓ½íñºƒP“
!gradients/bn3b_branch2b/beta_gradìÂíñºƒ (BVgradients/bn3b_branch2b/beta_grad = BackpropGrad(gradients/res3b_branch2c/kernel_grad)HìÂíñºƒP”
"gradients/bn3b_branch2b/gamma_grad‡Ãíñºƒ ‡(‡BTgradients/bn3b_branch2b/gamma_grad = BackpropGrad(gradients/bn3b_branch2b/beta_grad)H‡ÃíñºƒP™
$gradients/res3b_branch2b/kernel_gradÄíñºƒ à(àBWgradients/res3b_branch2b/kernel_grad = BackpropGrad(gradients/bn3b_branch2b/gamma_grad)HÄíñºƒP“
!gradients/bn3b_branch2a/beta_gradîÏíñºƒ (BVgradients/bn3b_branch2a/beta_grad = BackpropGrad(gradients/res3b_branch2b/kernel_grad)HîÏíñºƒP”
"gradients/bn3b_branch2a/gamma_grad‰Ğíñºƒ …(…BTgradients/bn3b_branch2a/gamma_grad = BackpropGrad(gradients/bn3b_branch2a/beta_grad)H‰ĞíñºƒP™
$gradients/res3b_branch2a/kernel_gradÑíñºƒ ü(üBWgradients/res3b_branch2a/kernel_grad = BackpropGrad(gradients/bn3b_branch2a/gamma_grad)HÑíñºƒP‘
 gradients/bn3a_branch1/beta_gradŠÖíñºƒ R(RBUgradients/bn3a_branch1/beta_grad = BackpropGrad(gradients/res3b_branch2a/kernel_grad)HŠÖíñºƒP‘
!gradients/bn3a_branch1/gamma_gradÜÖíñºƒ ª(ªBRgradients/bn3a_branch1/gamma_grad = BackpropGrad(gradients/bn3a_branch1/beta_grad)HÜÖíñºƒP–
#gradients/res3a_branch1/kernel_grad†Ùíñºƒ 
(
BUgradients/res3a_branch1/kernel_grad = BackpropGrad(gradients/bn3a_branch1/gamma_grad)H†ÙíñºƒP’
!gradients/bn3a_branch2c/beta_grad–ãíñºƒ P(PBUgradients/bn3a_branch2c/beta_grad = BackpropGrad(gradients/res3a_branch1/kernel_grad)H–ãíñºƒP”
"gradients/bn3a_branch2c/gamma_gradæãíñºƒ ‡(‡BTgradients/bn3a_branch2c/gamma_grad = BackpropGrad(gradients/bn3a_branch2c/beta_grad)HæãíñºƒP™
$gradients/res3a_branch2c/kernel_gradíçíñºƒ ¦(¦BWgradients/res3a_branch2c/kernel_grad = BackpropGrad(gradients/bn3a_branch2c/gamma_grad)HíçíñºƒP“
!gradients/bn3a_branch2b/beta_grad“ííñºƒ (BVgradients/bn3a_branch2b/beta_grad = BackpropGrad(gradients/res3a_branch2c/kernel_grad)H“ííñºƒP”
"gradients/bn3a_branch2b/gamma_grad¬ííñºƒ ‚(‚BTgradients/bn3a_branch2b/gamma_grad = BackpropGrad(gradients/bn3a_branch2b/beta_grad)H¬ííñºƒP™
$gradients/res3a_branch2b/kernel_grad®îíñºƒ ñ(ñBWgradients/res3a_branch2b/kernel_grad = BackpropGrad(gradients/bn3a_branch2b/gamma_grad)H®îíñºƒP“
!gradients/bn3a_branch2a/beta_gradŸúíñºƒ Q(QBVgradients/bn3a_branch2a/beta_grad = BackpropGrad(gradients/res3a_branch2b/kernel_grad)HŸúíñºƒP”
"gradients/bn3a_branch2a/gamma_gradğúíñºƒ €(€BTgradients/bn3a_branch2a/gamma_grad = BackpropGrad(gradients/bn3a_branch2a/beta_grad)HğúíñºƒP™
$gradients/res3a_branch2a/kernel_gradğşíñºƒ Ÿ
(Ÿ
BWgradients/res3a_branch2a/kernel_grad = BackpropGrad(gradients/bn3a_branch2a/gamma_grad)HğşíñºƒP•
!gradients/bn2c_branch2c/beta_grad‰îñºƒ  ( BVgradients/bn2c_branch2c/beta_grad = BackpropGrad(gradients/res3a_branch2a/kernel_grad)H‰îñºƒP”
"gradients/bn2c_branch2c/gamma_grad¯Šîñºƒ Û(ÛBTgradients/bn2c_branch2c/gamma_grad = BackpropGrad(gradients/bn2c_branch2c/beta_grad)H¯ŠîñºƒP™
$gradients/res2c_branch2c/kernel_gradŠ’îñºƒ ‰(‰BWgradients/res2c_branch2c/kernel_grad = BackpropGrad(gradients/bn2c_branch2c/gamma_grad)HŠ’îñºƒP“
!gradients/bn2c_branch2b/beta_grad“—îñºƒ -(-BVgradients/bn2c_branch2b/beta_grad = BackpropGrad(gradients/res2c_branch2c/kernel_grad)H“—îñºƒP”
"gradients/bn2c_branch2b/gamma_gradÀ—îñºƒ ‚(‚BTgradients/bn2c_branch2b/gamma_grad = BackpropGrad(gradients/bn2c_branch2b/beta_grad)HÀ—îñºƒP™
$gradients/res2c_branch2b/kernel_gradÂ™îñºƒ ™(™BWgradients/res2c_branch2b/kernel_grad = BackpropGrad(gradients/bn2c_branch2b/gamma_grad)HÂ™îñºƒP“
!gradients/bn2c_branch2a/beta_gradÛ¤îñºƒ ,(,BVgradients/bn2c_branch2a/beta_grad = BackpropGrad(gradients/res2c_branch2b/kernel_grad)HÛ¤îñºƒP”
"gradients/bn2c_branch2a/gamma_grad‡¥îñºƒ ‹(‹BTgradients/bn2c_branch2a/gamma_grad = BackpropGrad(gradients/bn2c_branch2a/beta_grad)H‡¥îñºƒP™
$gradients/res2c_branch2a/kernel_grad’§îñºƒ ú(úBWgradients/res2c_branch2a/kernel_grad = BackpropGrad(gradients/bn2c_branch2a/gamma_grad)H’§îñºƒP•
!gradients/bn2b_branch2c/beta_gradŒ¬îñºƒ ™(™BVgradients/bn2b_branch2c/beta_grad = BackpropGrad(gradients/res2c_branch2a/kernel_grad)HŒ¬îñºƒP”
"gradients/bn2b_branch2c/gamma_grad¥­îñºƒ í(íBTgradients/bn2b_branch2c/gamma_grad = BackpropGrad(gradients/bn2b_branch2c/beta_grad)H¥­îñºƒP™
$gradients/res2b_branch2c/kernel_grad’µîñºƒ ´(´BWgradients/res2b_branch2c/kernel_grad = BackpropGrad(gradients/bn2b_branch2c/gamma_grad)H’µîñºƒP“
!gradients/bn2b_branch2b/beta_gradÆºîñºƒ .(.BVgradients/bn2b_branch2b/beta_grad = BackpropGrad(gradients/res2b_branch2c/kernel_grad)HÆºîñºƒP”
"gradients/bn2b_branch2b/gamma_gradôºîñºƒ ÿ(ÿBTgradients/bn2b_branch2b/gamma_grad = BackpropGrad(gradients/bn2b_branch2b/beta_grad)HôºîñºƒP™
$gradients/res2b_branch2b/kernel_gradó¼îñºƒ Ë(ËBWgradients/res2b_branch2b/kernel_grad = BackpropGrad(gradients/bn2b_branch2b/gamma_grad)Hó¼îñºƒP“
!gradients/bn2b_branch2a/beta_grad¾Èîñºƒ -(-BVgradients/bn2b_branch2a/beta_grad = BackpropGrad(gradients/res2b_branch2b/kernel_grad)H¾ÈîñºƒP”
"gradients/bn2b_branch2a/gamma_gradëÈîñºƒ ƒ(ƒBTgradients/bn2b_branch2a/gamma_grad = BackpropGrad(gradients/bn2b_branch2a/beta_grad)HëÈîñºƒP™
$gradients/res2b_branch2a/kernel_gradîÊîñºƒ ¶(¶BWgradients/res2b_branch2a/kernel_grad = BackpropGrad(gradients/bn2b_branch2a/gamma_grad)HîÊîñºƒP“
 gradients/bn2a_branch1/beta_grad¤Ğîñºƒ ™(™BUgradients/bn2a_branch1/beta_grad = BackpropGrad(gradients/res2b_branch2a/kernel_grad)H¤ĞîñºƒP‘
!gradients/bn2a_branch1/gamma_grad½Ñîñºƒ Ç(ÇBRgradients/bn2a_branch1/gamma_grad = BackpropGrad(gradients/bn2a_branch1/beta_grad)H½ÑîñºƒP–
#gradients/res2a_branch1/kernel_grad„Öîñºƒ •(•BUgradients/res2a_branch1/kernel_grad = BackpropGrad(gradients/bn2a_branch1/gamma_grad)H„ÖîñºƒP”
!gradients/bn2a_branch2c/beta_grad™Ûîñºƒ š(šBUgradients/bn2a_branch2c/beta_grad = BackpropGrad(gradients/res2a_branch1/kernel_grad)H™ÛîñºƒP”
"gradients/bn2a_branch2c/gamma_grad³Üîñºƒ û(ûBTgradients/bn2a_branch2c/gamma_grad = BackpropGrad(gradients/bn2a_branch2c/beta_grad)H³ÜîñºƒP™
$gradients/res2a_branch2c/kernel_grad®äîñºƒ ¢(¢BWgradients/res2a_branch2c/kernel_grad = BackpropGrad(gradients/bn2a_branch2c/gamma_grad)H®äîñºƒP“
!gradients/bn2a_branch2b/beta_gradĞéîñºƒ ,(,BVgradients/bn2a_branch2b/beta_grad = BackpropGrad(gradients/res2a_branch2c/kernel_grad)HĞéîñºƒP”
"gradients/bn2a_branch2b/gamma_gradüéîñºƒ (BTgradients/bn2a_branch2b/gamma_grad = BackpropGrad(gradients/bn2a_branch2b/beta_grad)HüéîñºƒP™
$gradients/res2a_branch2b/kernel_gradŒìîñºƒ Ä(ÄBWgradients/res2a_branch2b/kernel_grad = BackpropGrad(gradients/bn2a_branch2b/gamma_grad)HŒìîñºƒP“
!gradients/bn2a_branch2a/beta_gradĞ÷îñºƒ .(.BVgradients/bn2a_branch2a/beta_grad = BackpropGrad(gradients/res2a_branch2b/kernel_grad)HĞ÷îñºƒP”
"gradients/bn2a_branch2a/gamma_gradş÷îñºƒ ˆ(ˆBTgradients/bn2a_branch2a/gamma_grad = BackpropGrad(gradients/bn2a_branch2a/beta_grad)Hş÷îñºƒP™
$gradients/res2a_branch2a/kernel_grad†úîñºƒ ª(ªBWgradients/res2a_branch2a/kernel_grad = BackpropGrad(gradients/bn2a_branch2a/gamma_grad)H†úîñºƒP‹
gradients/bn_conv1/beta_grad°ûîñºƒ ›(›BQgradients/bn_conv1/beta_grad = BackpropGrad(gradients/res2a_branch2a/kernel_grad)H°ûîñºƒP…
gradients/bn_conv1/gamma_gradËüîñºƒ à
(à
BJgradients/bn_conv1/gamma_grad = BackpropGrad(gradients/bn_conv1/beta_grad)HËüîñºƒP‚
gradients/conv1/kernel_grad«‡ïñºƒ ÿ(ÿBIgradients/conv1/kernel_grad = BackpropGrad(gradients/bn_conv1/gamma_grad)H«‡ïñºƒP
¼
%/job:ps/replica:0/task:0/device:CPU:0W
conv1/kernel/read¾¼åñºƒ (B*conv1/kernel/read = Identity(conv1/kernel)H¾¼åñºƒP]
bn_conv1/gamma/readÁ¼åñºƒ (B.bn_conv1/gamma/read = Identity(bn_conv1/gamma)HÁ¼åñºƒPZ
bn_conv1/beta/readÄ¼åñºƒ (B,bn_conv1/beta/read = Identity(bn_conv1/beta)HÄ¼åñºƒPr
res2a_branch2a/kernel/readÇ¼åñºƒ (B<res2a_branch2a/kernel/read = Identity(res2a_branch2a/kernel)HÇ¼åñºƒPl
bn2a_branch2a/gamma/readÊ¼åñºƒ (B8bn2a_branch2a/gamma/read = Identity(bn2a_branch2a/gamma)HÊ¼åñºƒPi
bn2a_branch2a/beta/readÍ¼åñºƒ (B6bn2a_branch2a/beta/read = Identity(bn2a_branch2a/beta)HÍ¼åñºƒPr
res2a_branch2b/kernel/readĞ¼åñºƒ (B<res2a_branch2b/kernel/read = Identity(res2a_branch2b/kernel)HĞ¼åñºƒPl
bn2a_branch2b/gamma/readÓ¼åñºƒ (B8bn2a_branch2b/gamma/read = Identity(bn2a_branch2b/gamma)HÓ¼åñºƒPi
bn2a_branch2b/beta/readÖ¼åñºƒ (B6bn2a_branch2b/beta/read = Identity(bn2a_branch2b/beta)HÖ¼åñºƒPr
res2a_branch2c/kernel/readÙ¼åñºƒ (B<res2a_branch2c/kernel/read = Identity(res2a_branch2c/kernel)HÙ¼åñºƒPl
bn2a_branch2c/gamma/readÜ¼åñºƒ (B8bn2a_branch2c/gamma/read = Identity(bn2a_branch2c/gamma)HÜ¼åñºƒPi
bn2a_branch2c/beta/readß¼åñºƒ (B6bn2a_branch2c/beta/read = Identity(bn2a_branch2c/beta)Hß¼åñºƒPo
res2a_branch1/kernel/readâ¼åñºƒ (B:res2a_branch1/kernel/read = Identity(res2a_branch1/kernel)Hâ¼åñºƒPi
bn2a_branch1/gamma/readå¼åñºƒ (B6bn2a_branch1/gamma/read = Identity(bn2a_branch1/gamma)Hå¼åñºƒPf
bn2a_branch1/beta/readè¼åñºƒ (B4bn2a_branch1/beta/read = Identity(bn2a_branch1/beta)Hè¼åñºƒPr
res2b_branch2a/kernel/readë¼åñºƒ (B<res2b_branch2a/kernel/read = Identity(res2b_branch2a/kernel)Hë¼åñºƒPl
bn2b_branch2a/gamma/readî¼åñºƒ (B8bn2b_branch2a/gamma/read = Identity(bn2b_branch2a/gamma)Hî¼åñºƒPi
bn2b_branch2a/beta/readñ¼åñºƒ (B6bn2b_branch2a/beta/read = Identity(bn2b_branch2a/beta)Hñ¼åñºƒPr
res2b_branch2b/kernel/readô¼åñºƒ (B<res2b_branch2b/kernel/read = Identity(res2b_branch2b/kernel)Hô¼åñºƒPl
bn2b_branch2b/gamma/read÷¼åñºƒ (B8bn2b_branch2b/gamma/read = Identity(bn2b_branch2b/gamma)H÷¼åñºƒPi
bn2b_branch2b/beta/readú¼åñºƒ (B6bn2b_branch2b/beta/read = Identity(bn2b_branch2b/beta)Hú¼åñºƒPr
res2b_branch2c/kernel/readı¼åñºƒ (B<res2b_branch2c/kernel/read = Identity(res2b_branch2c/kernel)Hı¼åñºƒPl
bn2b_branch2c/gamma/read€½åñºƒ (B8bn2b_branch2c/gamma/read = Identity(bn2b_branch2c/gamma)H€½åñºƒPi
bn2b_branch2c/beta/read„½åñºƒ (B6bn2b_branch2c/beta/read = Identity(bn2b_branch2c/beta)H„½åñºƒPr
res2c_branch2a/kernel/read‡½åñºƒ (B<res2c_branch2a/kernel/read = Identity(res2c_branch2a/kernel)H‡½åñºƒPl
bn2c_branch2a/gamma/read‰½åñºƒ (B8bn2c_branch2a/gamma/read = Identity(bn2c_branch2a/gamma)H‰½åñºƒPi
bn2c_branch2a/beta/read½åñºƒ (B6bn2c_branch2a/beta/read = Identity(bn2c_branch2a/beta)H½åñºƒPr
res2c_branch2b/kernel/read½åñºƒ (B<res2c_branch2b/kernel/read = Identity(res2c_branch2b/kernel)H½åñºƒPl
bn2c_branch2b/gamma/read“½åñºƒ (B8bn2c_branch2b/gamma/read = Identity(bn2c_branch2b/gamma)H“½åñºƒPi
bn2c_branch2b/beta/read–½åñºƒ (B6bn2c_branch2b/beta/read = Identity(bn2c_branch2b/beta)H–½åñºƒPr
res2c_branch2c/kernel/read™½åñºƒ (B<res2c_branch2c/kernel/read = Identity(res2c_branch2c/kernel)H™½åñºƒPl
bn2c_branch2c/gamma/readœ½åñºƒ (B8bn2c_branch2c/gamma/read = Identity(bn2c_branch2c/gamma)Hœ½åñºƒPi
bn2c_branch2c/beta/readŸ½åñºƒ (B6bn2c_branch2c/beta/read = Identity(bn2c_branch2c/beta)HŸ½åñºƒPr
res3a_branch2a/kernel/read¢½åñºƒ (B<res3a_branch2a/kernel/read = Identity(res3a_branch2a/kernel)H¢½åñºƒPl
bn3a_branch2a/gamma/read¥½åñºƒ (B8bn3a_branch2a/gamma/read = Identity(bn3a_branch2a/gamma)H¥½åñºƒPi
bn3a_branch2a/beta/read¨½åñºƒ (B6bn3a_branch2a/beta/read = Identity(bn3a_branch2a/beta)H¨½åñºƒPr
res3a_branch2b/kernel/read«½åñºƒ (B<res3a_branch2b/kernel/read = Identity(res3a_branch2b/kernel)H«½åñºƒPl
bn3a_branch2b/gamma/read®½åñºƒ (B8bn3a_branch2b/gamma/read = Identity(bn3a_branch2b/gamma)H®½åñºƒPi
bn3a_branch2b/beta/read±½åñºƒ (B6bn3a_branch2b/beta/read = Identity(bn3a_branch2b/beta)H±½åñºƒPr
res3a_branch2c/kernel/read´½åñºƒ (B<res3a_branch2c/kernel/read = Identity(res3a_branch2c/kernel)H´½åñºƒPl
bn3a_branch2c/gamma/read·½åñºƒ (B8bn3a_branch2c/gamma/read = Identity(bn3a_branch2c/gamma)H·½åñºƒPi
bn3a_branch2c/beta/readº½åñºƒ (B6bn3a_branch2c/beta/read = Identity(bn3a_branch2c/beta)Hº½åñºƒPo
res3a_branch1/kernel/read½½åñºƒ (B:res3a_branch1/kernel/read = Identity(res3a_branch1/kernel)H½½åñºƒPi
bn3a_branch1/gamma/readÀ½åñºƒ (B6bn3a_branch1/gamma/read = Identity(bn3a_branch1/gamma)HÀ½åñºƒPf
bn3a_branch1/beta/readÃ½åñºƒ (B4bn3a_branch1/beta/read = Identity(bn3a_branch1/beta)HÃ½åñºƒPr
res3b_branch2a/kernel/readÆ½åñºƒ (B<res3b_branch2a/kernel/read = Identity(res3b_branch2a/kernel)HÆ½åñºƒPl
bn3b_branch2a/gamma/readÉ½åñºƒ (B8bn3b_branch2a/gamma/read = Identity(bn3b_branch2a/gamma)HÉ½åñºƒPi
bn3b_branch2a/beta/readÌ½åñºƒ (B6bn3b_branch2a/beta/read = Identity(bn3b_branch2a/beta)HÌ½åñºƒPr
res3b_branch2b/kernel/readÏ½åñºƒ (B<res3b_branch2b/kernel/read = Identity(res3b_branch2b/kernel)HÏ½åñºƒPl
bn3b_branch2b/gamma/readÒ½åñºƒ (B8bn3b_branch2b/gamma/read = Identity(bn3b_branch2b/gamma)HÒ½åñºƒPi
bn3b_branch2b/beta/readÕ½åñºƒ (B6bn3b_branch2b/beta/read = Identity(bn3b_branch2b/beta)HÕ½åñºƒPr
res3b_branch2c/kernel/readØ½åñºƒ (B<res3b_branch2c/kernel/read = Identity(res3b_branch2c/kernel)HØ½åñºƒPl
bn3b_branch2c/gamma/readÛ½åñºƒ (B8bn3b_branch2c/gamma/read = Identity(bn3b_branch2c/gamma)HÛ½åñºƒPi
bn3b_branch2c/beta/readŞ½åñºƒ (B6bn3b_branch2c/beta/read = Identity(bn3b_branch2c/beta)HŞ½åñºƒPr
res3c_branch2a/kernel/readá½åñºƒ (B<res3c_branch2a/kernel/read = Identity(res3c_branch2a/kernel)Há½åñºƒPl
bn3c_branch2a/gamma/readä½åñºƒ (B8bn3c_branch2a/gamma/read = Identity(bn3c_branch2a/gamma)Hä½åñºƒPi
bn3c_branch2a/beta/readç½åñºƒ (B6bn3c_branch2a/beta/read = Identity(bn3c_branch2a/beta)Hç½åñºƒPr
res3c_branch2b/kernel/readê½åñºƒ (B<res3c_branch2b/kernel/read = Identity(res3c_branch2b/kernel)Hê½åñºƒPl
bn3c_branch2b/gamma/readí½åñºƒ (B8bn3c_branch2b/gamma/read = Identity(bn3c_branch2b/gamma)Hí½åñºƒPi
bn3c_branch2b/beta/readğ½åñºƒ (B6bn3c_branch2b/beta/read = Identity(bn3c_branch2b/beta)Hğ½åñºƒPr
res3c_branch2c/kernel/readó½åñºƒ (B<res3c_branch2c/kernel/read = Identity(res3c_branch2c/kernel)Hó½åñºƒPl
bn3c_branch2c/gamma/readö½åñºƒ (B8bn3c_branch2c/gamma/read = Identity(bn3c_branch2c/gamma)Hö½åñºƒPi
bn3c_branch2c/beta/readù½åñºƒ (B6bn3c_branch2c/beta/read = Identity(bn3c_branch2c/beta)Hù½åñºƒPr
res3d_branch2a/kernel/readû½åñºƒ (B<res3d_branch2a/kernel/read = Identity(res3d_branch2a/kernel)Hû½åñºƒPl
bn3d_branch2a/gamma/readş½åñºƒ (B8bn3d_branch2a/gamma/read = Identity(bn3d_branch2a/gamma)Hş½åñºƒPi
bn3d_branch2a/beta/read‚¾åñºƒ (B6bn3d_branch2a/beta/read = Identity(bn3d_branch2a/beta)H‚¾åñºƒPr
res3d_branch2b/kernel/read…¾åñºƒ (B<res3d_branch2b/kernel/read = Identity(res3d_branch2b/kernel)H…¾åñºƒPl
bn3d_branch2b/gamma/readˆ¾åñºƒ (B8bn3d_branch2b/gamma/read = Identity(bn3d_branch2b/gamma)Hˆ¾åñºƒPi
bn3d_branch2b/beta/readŠ¾åñºƒ (B6bn3d_branch2b/beta/read = Identity(bn3d_branch2b/beta)HŠ¾åñºƒPr
res3d_branch2c/kernel/read¾åñºƒ (B<res3d_branch2c/kernel/read = Identity(res3d_branch2c/kernel)H¾åñºƒPl
bn3d_branch2c/gamma/read¾åñºƒ (B8bn3d_branch2c/gamma/read = Identity(bn3d_branch2c/gamma)H¾åñºƒPi
bn3d_branch2c/beta/read“¾åñºƒ (B6bn3d_branch2c/beta/read = Identity(bn3d_branch2c/beta)H“¾åñºƒPr
res4a_branch2a/kernel/read–¾åñºƒ (B<res4a_branch2a/kernel/read = Identity(res4a_branch2a/kernel)H–¾åñºƒPl
bn4a_branch2a/gamma/readš¾åñºƒ (B8bn4a_branch2a/gamma/read = Identity(bn4a_branch2a/gamma)Hš¾åñºƒPi
bn4a_branch2a/beta/read¾åñºƒ (B6bn4a_branch2a/beta/read = Identity(bn4a_branch2a/beta)H¾åñºƒPr
res4a_branch2b/kernel/read ¾åñºƒ (B<res4a_branch2b/kernel/read = Identity(res4a_branch2b/kernel)H ¾åñºƒPl
bn4a_branch2b/gamma/read£¾åñºƒ (B8bn4a_branch2b/gamma/read = Identity(bn4a_branch2b/gamma)H£¾åñºƒPi
bn4a_branch2b/beta/read¦¾åñºƒ (B6bn4a_branch2b/beta/read = Identity(bn4a_branch2b/beta)H¦¾åñºƒPr
res4a_branch2c/kernel/read©¾åñºƒ (B<res4a_branch2c/kernel/read = Identity(res4a_branch2c/kernel)H©¾åñºƒPl
bn4a_branch2c/gamma/read¬¾åñºƒ (B8bn4a_branch2c/gamma/read = Identity(bn4a_branch2c/gamma)H¬¾åñºƒPi
bn4a_branch2c/beta/read¯¾åñºƒ (B6bn4a_branch2c/beta/read = Identity(bn4a_branch2c/beta)H¯¾åñºƒPo
res4a_branch1/kernel/read²¾åñºƒ (B:res4a_branch1/kernel/read = Identity(res4a_branch1/kernel)H²¾åñºƒPi
bn4a_branch1/gamma/readµ¾åñºƒ (B6bn4a_branch1/gamma/read = Identity(bn4a_branch1/gamma)Hµ¾åñºƒPf
bn4a_branch1/beta/read¸¾åñºƒ (B4bn4a_branch1/beta/read = Identity(bn4a_branch1/beta)H¸¾åñºƒPr
res4b_branch2a/kernel/read»¾åñºƒ (B<res4b_branch2a/kernel/read = Identity(res4b_branch2a/kernel)H»¾åñºƒPl
bn4b_branch2a/gamma/read¾¾åñºƒ (B8bn4b_branch2a/gamma/read = Identity(bn4b_branch2a/gamma)H¾¾åñºƒPi
bn4b_branch2a/beta/readÁ¾åñºƒ (B6bn4b_branch2a/beta/read = Identity(bn4b_branch2a/beta)HÁ¾åñºƒPr
res4b_branch2b/kernel/readÄ¾åñºƒ (B<res4b_branch2b/kernel/read = Identity(res4b_branch2b/kernel)HÄ¾åñºƒPl
bn4b_branch2b/gamma/readÇ¾åñºƒ (B8bn4b_branch2b/gamma/read = Identity(bn4b_branch2b/gamma)HÇ¾åñºƒPi
bn4b_branch2b/beta/readÊ¾åñºƒ (B6bn4b_branch2b/beta/read = Identity(bn4b_branch2b/beta)HÊ¾åñºƒPr
res4b_branch2c/kernel/readÍ¾åñºƒ (B<res4b_branch2c/kernel/read = Identity(res4b_branch2c/kernel)HÍ¾åñºƒPl
bn4b_branch2c/gamma/readĞ¾åñºƒ (B8bn4b_branch2c/gamma/read = Identity(bn4b_branch2c/gamma)HĞ¾åñºƒPi
bn4b_branch2c/beta/readÓ¾åñºƒ (B6bn4b_branch2c/beta/read = Identity(bn4b_branch2c/beta)HÓ¾åñºƒPr
res4c_branch2a/kernel/readÖ¾åñºƒ (B<res4c_branch2a/kernel/read = Identity(res4c_branch2a/kernel)HÖ¾åñºƒPl
bn4c_branch2a/gamma/readÙ¾åñºƒ (B8bn4c_branch2a/gamma/read = Identity(bn4c_branch2a/gamma)HÙ¾åñºƒPi
bn4c_branch2a/beta/readÜ¾åñºƒ (B6bn4c_branch2a/beta/read = Identity(bn4c_branch2a/beta)HÜ¾åñºƒPr
res4c_branch2b/kernel/readß¾åñºƒ (B<res4c_branch2b/kernel/read = Identity(res4c_branch2b/kernel)Hß¾åñºƒPl
bn4c_branch2b/gamma/readâ¾åñºƒ (B8bn4c_branch2b/gamma/read = Identity(bn4c_branch2b/gamma)Hâ¾åñºƒPi
bn4c_branch2b/beta/readå¾åñºƒ (B6bn4c_branch2b/beta/read = Identity(bn4c_branch2b/beta)Hå¾åñºƒPr
res4c_branch2c/kernel/readè¾åñºƒ (B<res4c_branch2c/kernel/read = Identity(res4c_branch2c/kernel)Hè¾åñºƒPl
bn4c_branch2c/gamma/readë¾åñºƒ (B8bn4c_branch2c/gamma/read = Identity(bn4c_branch2c/gamma)Hë¾åñºƒPi
bn4c_branch2c/beta/readî¾åñºƒ (B6bn4c_branch2c/beta/read = Identity(bn4c_branch2c/beta)Hî¾åñºƒPr
res4d_branch2a/kernel/readñ¾åñºƒ (B<res4d_branch2a/kernel/read = Identity(res4d_branch2a/kernel)Hñ¾åñºƒPl
bn4d_branch2a/gamma/readô¾åñºƒ (B8bn4d_branch2a/gamma/read = Identity(bn4d_branch2a/gamma)Hô¾åñºƒPi
bn4d_branch2a/beta/read÷¾åñºƒ (B6bn4d_branch2a/beta/read = Identity(bn4d_branch2a/beta)H÷¾åñºƒPr
res4d_branch2b/kernel/readú¾åñºƒ (B<res4d_branch2b/kernel/read = Identity(res4d_branch2b/kernel)Hú¾åñºƒPl
bn4d_branch2b/gamma/readı¾åñºƒ (B8bn4d_branch2b/gamma/read = Identity(bn4d_branch2b/gamma)Hı¾åñºƒPi
bn4d_branch2b/beta/read€¿åñºƒ (B6bn4d_branch2b/beta/read = Identity(bn4d_branch2b/beta)H€¿åñºƒPr
res4d_branch2c/kernel/read„¿åñºƒ (B<res4d_branch2c/kernel/read = Identity(res4d_branch2c/kernel)H„¿åñºƒPl
bn4d_branch2c/gamma/read‡¿åñºƒ (B8bn4d_branch2c/gamma/read = Identity(bn4d_branch2c/gamma)H‡¿åñºƒPi
bn4d_branch2c/beta/readŠ¿åñºƒ (B6bn4d_branch2c/beta/read = Identity(bn4d_branch2c/beta)HŠ¿åñºƒPr
res4e_branch2a/kernel/read¿åñºƒ (B<res4e_branch2a/kernel/read = Identity(res4e_branch2a/kernel)H¿åñºƒPl
bn4e_branch2a/gamma/read¿åñºƒ (B8bn4e_branch2a/gamma/read = Identity(bn4e_branch2a/gamma)H¿åñºƒPi
bn4e_branch2a/beta/read“¿åñºƒ (B6bn4e_branch2a/beta/read = Identity(bn4e_branch2a/beta)H“¿åñºƒPr
res4e_branch2b/kernel/read–¿åñºƒ (B<res4e_branch2b/kernel/read = Identity(res4e_branch2b/kernel)H–¿åñºƒPl
bn4e_branch2b/gamma/read™¿åñºƒ (B8bn4e_branch2b/gamma/read = Identity(bn4e_branch2b/gamma)H™¿åñºƒPi
bn4e_branch2b/beta/readœ¿åñºƒ (B6bn4e_branch2b/beta/read = Identity(bn4e_branch2b/beta)Hœ¿åñºƒPr
res4e_branch2c/kernel/readŸ¿åñºƒ (B<res4e_branch2c/kernel/read = Identity(res4e_branch2c/kernel)HŸ¿åñºƒPl
bn4e_branch2c/gamma/read¢¿åñºƒ (B8bn4e_branch2c/gamma/read = Identity(bn4e_branch2c/gamma)H¢¿åñºƒPi
bn4e_branch2c/beta/read¥¿åñºƒ (B6bn4e_branch2c/beta/read = Identity(bn4e_branch2c/beta)H¥¿åñºƒPr
res4f_branch2a/kernel/read¨¿åñºƒ (B<res4f_branch2a/kernel/read = Identity(res4f_branch2a/kernel)H¨¿åñºƒPl
bn4f_branch2a/gamma/read«¿åñºƒ (B8bn4f_branch2a/gamma/read = Identity(bn4f_branch2a/gamma)H«¿åñºƒPi
bn4f_branch2a/beta/read®¿åñºƒ (B6bn4f_branch2a/beta/read = Identity(bn4f_branch2a/beta)H®¿åñºƒPr
res4f_branch2b/kernel/read±¿åñºƒ (B<res4f_branch2b/kernel/read = Identity(res4f_branch2b/kernel)H±¿åñºƒPl
bn4f_branch2b/gamma/read´¿åñºƒ (B8bn4f_branch2b/gamma/read = Identity(bn4f_branch2b/gamma)H´¿åñºƒPi
bn4f_branch2b/beta/read·¿åñºƒ (B6bn4f_branch2b/beta/read = Identity(bn4f_branch2b/beta)H·¿åñºƒPr
res4f_branch2c/kernel/readº¿åñºƒ (B<res4f_branch2c/kernel/read = Identity(res4f_branch2c/kernel)Hº¿åñºƒPl
bn4f_branch2c/gamma/read½¿åñºƒ (B8bn4f_branch2c/gamma/read = Identity(bn4f_branch2c/gamma)H½¿åñºƒPi
bn4f_branch2c/beta/readÀ¿åñºƒ (B6bn4f_branch2c/beta/read = Identity(bn4f_branch2c/beta)HÀ¿åñºƒPr
res5a_branch2a/kernel/readÃ¿åñºƒ (B<res5a_branch2a/kernel/read = Identity(res5a_branch2a/kernel)HÃ¿åñºƒPl
bn5a_branch2a/gamma/readÆ¿åñºƒ (B8bn5a_branch2a/gamma/read = Identity(bn5a_branch2a/gamma)HÆ¿åñºƒPi
bn5a_branch2a/beta/readÉ¿åñºƒ (B6bn5a_branch2a/beta/read = Identity(bn5a_branch2a/beta)HÉ¿åñºƒPr
res5a_branch2b/kernel/readÌ¿åñºƒ (B<res5a_branch2b/kernel/read = Identity(res5a_branch2b/kernel)HÌ¿åñºƒPl
bn5a_branch2b/gamma/readÏ¿åñºƒ (B8bn5a_branch2b/gamma/read = Identity(bn5a_branch2b/gamma)HÏ¿åñºƒPi
bn5a_branch2b/beta/readÒ¿åñºƒ (B6bn5a_branch2b/beta/read = Identity(bn5a_branch2b/beta)HÒ¿åñºƒPr
res5a_branch2c/kernel/readÕ¿åñºƒ (B<res5a_branch2c/kernel/read = Identity(res5a_branch2c/kernel)HÕ¿åñºƒPl
bn5a_branch2c/gamma/readØ¿åñºƒ (B8bn5a_branch2c/gamma/read = Identity(bn5a_branch2c/gamma)HØ¿åñºƒPi
bn5a_branch2c/beta/readÛ¿åñºƒ (B6bn5a_branch2c/beta/read = Identity(bn5a_branch2c/beta)HÛ¿åñºƒPo
res5a_branch1/kernel/readŞ¿åñºƒ (B:res5a_branch1/kernel/read = Identity(res5a_branch1/kernel)HŞ¿åñºƒPi
bn5a_branch1/gamma/readá¿åñºƒ (B6bn5a_branch1/gamma/read = Identity(bn5a_branch1/gamma)Há¿åñºƒPf
bn5a_branch1/beta/readä¿åñºƒ (B4bn5a_branch1/beta/read = Identity(bn5a_branch1/beta)Hä¿åñºƒPr
res5b_branch2a/kernel/readç¿åñºƒ (B<res5b_branch2a/kernel/read = Identity(res5b_branch2a/kernel)Hç¿åñºƒPl
bn5b_branch2a/gamma/readê¿åñºƒ (B8bn5b_branch2a/gamma/read = Identity(bn5b_branch2a/gamma)Hê¿åñºƒPi
bn5b_branch2a/beta/readí¿åñºƒ (B6bn5b_branch2a/beta/read = Identity(bn5b_branch2a/beta)Hí¿åñºƒPr
res5b_branch2b/kernel/readğ¿åñºƒ (B<res5b_branch2b/kernel/read = Identity(res5b_branch2b/kernel)Hğ¿åñºƒPl
bn5b_branch2b/gamma/readó¿åñºƒ (B8bn5b_branch2b/gamma/read = Identity(bn5b_branch2b/gamma)Hó¿åñºƒPi
bn5b_branch2b/beta/readö¿åñºƒ (B6bn5b_branch2b/beta/read = Identity(bn5b_branch2b/beta)Hö¿åñºƒPr
res5b_branch2c/kernel/readø¿åñºƒ (B<res5b_branch2c/kernel/read = Identity(res5b_branch2c/kernel)Hø¿åñºƒPl
bn5b_branch2c/gamma/readû¿åñºƒ (B8bn5b_branch2c/gamma/read = Identity(bn5b_branch2c/gamma)Hû¿åñºƒPi
bn5b_branch2c/beta/readş¿åñºƒ (B6bn5b_branch2c/beta/read = Identity(bn5b_branch2c/beta)Hş¿åñºƒPr
res5c_branch2a/kernel/readÀåñºƒ (B<res5c_branch2a/kernel/read = Identity(res5c_branch2a/kernel)HÀåñºƒPl
bn5c_branch2a/gamma/read„Àåñºƒ (B8bn5c_branch2a/gamma/read = Identity(bn5c_branch2a/gamma)H„ÀåñºƒPi
bn5c_branch2a/beta/read‡Àåñºƒ (B6bn5c_branch2a/beta/read = Identity(bn5c_branch2a/beta)H‡ÀåñºƒPr
res5c_branch2b/kernel/readŠÀåñºƒ (B<res5c_branch2b/kernel/read = Identity(res5c_branch2b/kernel)HŠÀåñºƒPl
bn5c_branch2b/gamma/readÀåñºƒ (B8bn5c_branch2b/gamma/read = Identity(bn5c_branch2b/gamma)HÀåñºƒPi
bn5c_branch2b/beta/readÀåñºƒ (B6bn5c_branch2b/beta/read = Identity(bn5c_branch2b/beta)HÀåñºƒPr
res5c_branch2c/kernel/read“Àåñºƒ (B<res5c_branch2c/kernel/read = Identity(res5c_branch2c/kernel)H“ÀåñºƒPl
bn5c_branch2c/gamma/read–Àåñºƒ (B8bn5c_branch2c/gamma/read = Identity(bn5c_branch2c/gamma)H–ÀåñºƒPi
bn5c_branch2c/beta/read™Àåñºƒ (B6bn5c_branch2c/beta/read = Identity(bn5c_branch2c/beta)H™ÀåñºƒPZ
fc1000/kernel/readœÀåñºƒ (B,fc1000/kernel/read = Identity(fc1000/kernel)HœÀåñºƒPT
fc1000/bias/readŸÀåñºƒ (B(fc1000/bias/read = Identity(fc1000/bias)HŸÀåñºƒP¶

RecvTensor÷ùêñºƒ s(s:
"  Bƒ[4000B] edge_162_gradients/fc1000/bias_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H÷ùêñºƒ¾
'update_fc1000/bias/ApplyGradientDescentêúêñºƒ (B{update_fc1000/bias/ApplyGradientDescent = ApplyGradientDescent(fc1000/bias, learning_rate, gradients/fc1000/bias_grad_S162)HêúêñºƒPÀ

RecvTensor¬úêñºƒ …¯(…¯:"
€€ô€€ôB…[7.8MB] edge_163_gradients/fc1000/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¬úêñºƒÉ
)update_fc1000/kernel/ApplyGradientDescent±©ïñºƒ ³(³Bupdate_fc1000/kernel/ApplyGradientDescent = ApplyGradientDescent(fc1000/kernel, learning_rate, gradients/fc1000/kernel_grad_S163)H±©ïñºƒP½

RecvTensorÇúêñºƒ u(u:
"€@€@BŠ[8192B] edge_164_gradients/bn5c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÇúêñºƒÛ
.update_bn5c_branch2c/beta/ApplyGradientDescent¼ûêñºƒ (Bupdate_bn5c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2c/beta, learning_rate, gradients/bn5c_branch2c/beta_grad_S164)H¼ûêñºƒP¾

RecvTensorÌûêñºƒ s(s:
"€@€@B‹[8192B] edge_165_gradients/bn5c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÌûêñºƒß
/update_bn5c_branch2c/gamma/ApplyGradientDescent¿üêñºƒ (B“update_bn5c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2c/gamma, learning_rate, gradients/bn5c_branch2c/gamma_grad_S165)H¿üêñºƒPÈ

RecvTensorë€ëñºƒ •ÿ(•ÿ:"
€€€€€€B[4.0MB] edge_166_gradients/res5c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hë€ëñºƒé
1update_res5c_branch2c/kernel/ApplyGradientDescent€€íñºƒ Ò(ÒB™update_res5c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res5c_branch2c/kernel, learning_rate, gradients/res5c_branch2c/kernel_grad_S166)H€€íñºƒP½

RecvTensorø€ëñºƒ m(m:
"€€BŠ[2048B] edge_167_gradients/bn5c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hø€ëñºƒÛ
.update_bn5c_branch2b/beta/ApplyGradientDescentåëñºƒ (Bupdate_bn5c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2b/beta, learning_rate, gradients/bn5c_branch2b/beta_grad_S167)HåëñºƒP¾

RecvTensor ëñºƒ _(_:
"€€B‹[2048B] edge_168_gradients/bn5c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H ëñºƒß
/update_bn5c_branch2b/gamma/ApplyGradientDescentÿëñºƒ (B“update_bn5c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2b/gamma, learning_rate, gradients/bn5c_branch2b/gamma_grad_S168)HÿëñºƒPÈ

RecvTensorƒëñºƒ Éî(Éî:"
€€À€€ÀB[9.0MB] edge_169_gradients/res5c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hƒëñºƒé
1update_res5c_branch2b/kernel/ApplyGradientDescentÌûïñºƒ µ(µB™update_res5c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res5c_branch2b/kernel, learning_rate, gradients/res5c_branch2b/kernel_grad_S169)HÌûïñºƒP½

RecvTensorëñºƒ g(g:
"€€BŠ[2048B] edge_170_gradients/bn5c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HëñºƒÛ
.update_bn5c_branch2a/beta/ApplyGradientDescentöëñºƒ (Bupdate_bn5c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2a/beta, learning_rate, gradients/bn5c_branch2a/beta_grad_S170)HöëñºƒP¾

RecvTensor¶ëñºƒ r(r:
"€€B‹[2048B] edge_171_gradients/bn5c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¶ëñºƒß
/update_bn5c_branch2a/gamma/ApplyGradientDescent¨ëñºƒ (B“update_bn5c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2a/gamma, learning_rate, gradients/bn5c_branch2a/gamma_grad_S171)H¨ëñºƒPÈ

RecvTensorç’ëñºƒ ù³(ù³:"
€€€€€€B[4.0MB] edge_172_gradients/res5c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hç’ëñºƒé
1update_res5c_branch2a/kernel/ApplyGradientDescentàÆîñºƒ Ö(ÖB™update_res5c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res5c_branch2a/kernel, learning_rate, gradients/res5c_branch2a/kernel_grad_S172)HàÆîñºƒP½

RecvTensor“ëñºƒ m(m:
"€@€@BŠ[8192B] edge_173_gradients/bn5b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H“ëñºƒÛ
.update_bn5b_branch2c/beta/ApplyGradientDescentî“ëñºƒ (Bupdate_bn5b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2c/beta, learning_rate, gradients/bn5b_branch2c/beta_grad_S173)Hî“ëñºƒPÀ

RecvTensor”ëñºƒ ƒ(ƒ:
"€@€@B‹[8192B] edge_174_gradients/bn5b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H”ëñºƒß
/update_bn5b_branch2c/gamma/ApplyGradientDescent‘•ëñºƒ (B“update_bn5b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2c/gamma, learning_rate, gradients/bn5b_branch2c/gamma_grad_S174)H‘•ëñºƒPÈ

RecvTensor«™ëñºƒ ôÄ(ôÄ:"
€€€€€€B[4.0MB] edge_175_gradients/res5b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H«™ëñºƒé
1update_res5b_branch2c/kernel/ApplyGradientDescentŠßîñºƒ —(—B™update_res5b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res5b_branch2c/kernel, learning_rate, gradients/res5b_branch2c/kernel_grad_S175)HŠßîñºƒP½

RecvTensor·™ëñºƒ o(o:
"€€BŠ[2048B] edge_176_gradients/bn5b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H·™ëñºƒÛ
.update_bn5b_branch2b/beta/ApplyGradientDescent¦šëñºƒ (Bupdate_bn5b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2b/beta, learning_rate, gradients/bn5b_branch2b/beta_grad_S176)H¦šëñºƒP¾

RecvTensorŞ™ëñºƒ f(f:
"€€B‹[2048B] edge_177_gradients/bn5b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŞ™ëñºƒß
/update_bn5b_branch2b/gamma/ApplyGradientDescentÄšëñºƒ (B“update_bn5b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2b/gamma, learning_rate, gradients/bn5b_branch2b/gamma_grad_S177)HÄšëñºƒPÈ

RecvTensorÄ¥ëñºƒ Õã(Õã:"
€€À€€ÀB[9.0MB] edge_178_gradients/res5b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÄ¥ëñºƒé
1update_res5b_branch2b/kernel/ApplyGradientDescentĞ‘ğñºƒ Ö(ÖB™update_res5b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res5b_branch2b/kernel, learning_rate, gradients/res5b_branch2b/kernel_grad_S178)HĞ‘ğñºƒP¿

RecvTensorĞ¥ëñºƒ (:
"€€BŠ[2048B] edge_179_gradients/bn5b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HĞ¥ëñºƒÛ
.update_bn5b_branch2a/beta/ApplyGradientDescentİ¦ëñºƒ (Bupdate_bn5b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2a/beta, learning_rate, gradients/bn5b_branch2a/beta_grad_S179)Hİ¦ëñºƒP¾

RecvTensorõ¥ëñºƒ n(n:
"€€B‹[2048B] edge_180_gradients/bn5b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hõ¥ëñºƒß
/update_bn5b_branch2a/gamma/ApplyGradientDescentã¦ëñºƒ (B“update_bn5b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2a/gamma, learning_rate, gradients/bn5b_branch2a/gamma_grad_S180)Hã¦ëñºƒPÈ

RecvTensorşªëñºƒ ÙÙ(ÙÙ:"
€€€€€€B[4.0MB] edge_181_gradients/res5b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hşªëñºƒé
1update_res5b_branch2a/kernel/ApplyGradientDescent×„ïñºƒ Ã(ÃB™update_res5b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res5b_branch2a/kernel, learning_rate, gradients/res5b_branch2a/kernel_grad_S181)H×„ïñºƒP¾

RecvTensor—«ëñºƒ ’(’:
"€@€@B‰[8192B] edge_182_gradients/bn5a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H—«ëñºƒ×
-update_bn5a_branch1/beta/ApplyGradientDescent©¬ëñºƒ (Bupdate_bn5a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch1/beta, learning_rate, gradients/bn5a_branch1/beta_grad_S182)H©¬ëñºƒP¿

RecvTensoræ«ëñºƒ Œ(Œ:
"€@€@BŠ[8192B] edge_183_gradients/bn5a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hæ«ëñºƒÛ
.update_bn5a_branch1/gamma/ApplyGradientDescentò¬ëñºƒ (Bupdate_bn5a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch1/gamma, learning_rate, gradients/bn5a_branch1/gamma_grad_S183)Hò¬ëñºƒPÇ

RecvTensorÉ¶ëñºƒ ŸÊ(ŸÊ:"
€€€€€€BŒ[8.0MB] edge_184_gradients/res5a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÉ¶ëñºƒå
0update_res5a_branch1/kernel/ApplyGradientDescent‡ğñºƒ Ï
(Ï
B–update_res5a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch1/kernel, learning_rate, gradients/res5a_branch1/kernel_grad_S184)H‡ğñºƒP¿

RecvTensorã¶ëñºƒ ¡(¡:
"€@€@BŠ[8192B] edge_185_gradients/bn5a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hã¶ëñºƒÛ
.update_bn5a_branch2c/beta/ApplyGradientDescent„¸ëñºƒ (Bupdate_bn5a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2c/beta, learning_rate, gradients/bn5a_branch2c/beta_grad_S185)H„¸ëñºƒPÀ

RecvTensorğ·ëñºƒ ›(›:
"€@€@B‹[8192B] edge_186_gradients/bn5a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hğ·ëñºƒß
/update_bn5a_branch2c/gamma/ApplyGradientDescent‹¹ëñºƒ (B“update_bn5a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2c/gamma, learning_rate, gradients/bn5a_branch2c/gamma_grad_S186)H‹¹ëñºƒPÈ

RecvTensorê¼ëñºƒ ÙØ(ÙØ:"
€€€€€€B[4.0MB] edge_187_gradients/res5a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hê¼ëñºƒé
1update_res5a_branch2c/kernel/ApplyGradientDescentÃ•ïñºƒ ‹(‹B™update_res5a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch2c/kernel, learning_rate, gradients/res5a_branch2c/kernel_grad_S187)HÃ•ïñºƒP¿

RecvTensor÷¼ëñºƒ ƒ(ƒ:
"€€BŠ[2048B] edge_188_gradients/bn5a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H÷¼ëñºƒÛ
.update_bn5a_branch2b/beta/ApplyGradientDescentú½ëñºƒ (Bupdate_bn5a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2b/beta, learning_rate, gradients/bn5a_branch2b/beta_grad_S188)Hú½ëñºƒP¾

RecvTensor ½ëñºƒ }(}:
"€€B‹[2048B] edge_189_gradients/bn5a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H ½ëñºƒß
/update_bn5a_branch2b/gamma/ApplyGradientDescent¾ëñºƒ (B“update_bn5a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2b/gamma, learning_rate, gradients/bn5a_branch2b/gamma_grad_S189)H¾ëñºƒPÈ

RecvTensorêÈëñºƒ …Å(…Å:"
€€À€€ÀB[9.0MB] edge_190_gradients/res5a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HêÈëñºƒé
1update_res5a_branch2b/kernel/ApplyGradientDescent¦ğñºƒ ƒ(ƒB™update_res5a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch2b/kernel, learning_rate, gradients/res5a_branch2b/kernel_grad_S190)H¦ğñºƒP½

RecvTensor„Éëñºƒ z(z:
"€€BŠ[2048B] edge_191_gradients/bn5a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H„ÉëñºƒÛ
.update_bn5a_branch2a/beta/ApplyGradientDescentşÉëñºƒ (Bupdate_bn5a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2a/beta, learning_rate, gradients/bn5a_branch2a/beta_grad_S191)HşÉëñºƒP¾

RecvTensorˆÊëñºƒ p(p:
"€€B‹[2048B] edge_192_gradients/bn5a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HˆÊëñºƒß
/update_bn5a_branch2a/gamma/ApplyGradientDescentøÊëñºƒ (B“update_bn5a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2a/gamma, learning_rate, gradients/bn5a_branch2a/gamma_grad_S192)HøÊëñºƒPÈ

RecvTensor¨Ôëñºƒ º¦(º¦:"
€€€€€€B[2.0MB] edge_193_gradients/res5a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¨Ôëñºƒé
1update_res5a_branch2a/kernel/ApplyGradientDescentØûíñºƒ õ(õB™update_res5a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch2a/kernel, learning_rate, gradients/res5a_branch2a/kernel_grad_S193)HØûíñºƒP¿

RecvTensorÕÔëñºƒ ‚(‚:
"€ € BŠ[4096B] edge_194_gradients/bn4f_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÕÔëñºƒÛ
.update_bn4f_branch2c/beta/ApplyGradientDescent×Õëñºƒ (Bupdate_bn4f_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2c/beta, learning_rate, gradients/bn4f_branch2c/beta_grad_S194)H×ÕëñºƒPÀ

RecvTensoráÖëñºƒ ‹(‹:
"€ € B‹[4096B] edge_195_gradients/bn4f_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HáÖëñºƒß
/update_bn4f_branch2c/gamma/ApplyGradientDescentì×ëñºƒ (B“update_bn4f_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2c/gamma, learning_rate, gradients/bn4f_branch2c/gamma_grad_S195)Hì×ëñºƒPÄ

RecvTensoràÛëñºƒ şv(şv:"€€@€€@B[1.0MB] edge_196_gradients/res4f_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HàÛëñºƒé
1update_res4f_branch2c/kernel/ApplyGradientDescentŞÒìñºƒ ®(®B™update_res4f_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4f_branch2c/kernel, learning_rate, gradients/res4f_branch2c/kernel_grad_S196)HŞÒìñºƒP½

RecvTensorğÛëñºƒ w(w:
"€€BŠ[1024B] edge_197_gradients/bn4f_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HğÛëñºƒÛ
.update_bn4f_branch2b/beta/ApplyGradientDescentçÜëñºƒ (Bupdate_bn4f_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2b/beta, learning_rate, gradients/bn4f_branch2b/beta_grad_S197)HçÜëñºƒP¾

RecvTensor·Üëñºƒ j(j:
"€€B‹[1024B] edge_198_gradients/bn4f_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H·Üëñºƒß
/update_bn4f_branch2b/gamma/ApplyGradientDescent¡İëñºƒ (B“update_bn4f_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2b/gamma, learning_rate, gradients/bn4f_branch2b/gamma_grad_S198)H¡İëñºƒPÈ

RecvTensorÎçëñºƒ šÙ(šÙ:"
€€€€B[2.2MB] edge_199_gradients/res4f_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÎçëñºƒé
1update_res4f_branch2b/kernel/ApplyGradientDescentèÀîñºƒ ‰(‰B™update_res4f_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4f_branch2b/kernel, learning_rate, gradients/res4f_branch2b/kernel_grad_S199)HèÀîñºƒP½

RecvTensorßçëñºƒ w(w:
"€€BŠ[1024B] edge_200_gradients/bn4f_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HßçëñºƒÛ
.update_bn4f_branch2a/beta/ApplyGradientDescentÖèëñºƒ (Bupdate_bn4f_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2a/beta, learning_rate, gradients/bn4f_branch2a/beta_grad_S200)HÖèëñºƒP¾

RecvTensor¢èëñºƒ (:
"€€B‹[1024B] edge_201_gradients/bn4f_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¢èëñºƒß
/update_bn4f_branch2a/gamma/ApplyGradientDescent¡éëñºƒ (B“update_bn4f_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2a/gamma, learning_rate, gradients/bn4f_branch2a/gamma_grad_S201)H¡éëñºƒPÆ

RecvTensor´íëñºƒ ÷Š(÷Š:"€€@€€@B[1.0MB] edge_202_gradients/res4f_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H´íëñºƒé
1update_res4f_branch2a/kernel/ApplyGradientDescent«øìñºƒ ¸(¸B™update_res4f_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4f_branch2a/kernel, learning_rate, gradients/res4f_branch2a/kernel_grad_S202)H«øìñºƒP¿

RecvTensorŞíëñºƒ ¦(¦:
"€ € BŠ[4096B] edge_203_gradients/bn4e_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŞíëñºƒÛ
.update_bn4e_branch2c/beta/ApplyGradientDescent„ïëñºƒ (Bupdate_bn4e_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2c/beta, learning_rate, gradients/bn4e_branch2c/beta_grad_S203)H„ïëñºƒPÀ

RecvTensoräïëñºƒ ª(ª:
"€ € B‹[4096B] edge_204_gradients/bn4e_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Häïëñºƒß
/update_bn4e_branch2c/gamma/ApplyGradientDescentñëñºƒ (B“update_bn4e_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2c/gamma, learning_rate, gradients/bn4e_branch2c/gamma_grad_S204)HñëñºƒPÆ

RecvTensor¦õëñºƒ “’(“’:"€€@€€@B[1.0MB] edge_205_gradients/res4e_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¦õëñºƒé
1update_res4e_branch2c/kernel/ApplyGradientDescent¹‡íñºƒ °(°B™update_res4e_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4e_branch2c/kernel, learning_rate, gradients/res4e_branch2c/kernel_grad_S205)H¹‡íñºƒP½

RecvTensor¸õëñºƒ z(z:
"€€BŠ[1024B] edge_206_gradients/bn4e_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¸õëñºƒÛ
.update_bn4e_branch2b/beta/ApplyGradientDescent²öëñºƒ (Bupdate_bn4e_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2b/beta, learning_rate, gradients/bn4e_branch2b/beta_grad_S206)H²öëñºƒPÀ

RecvTensor€öëñºƒ …(…:
"€€B‹[1024B] edge_207_gradients/bn4e_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H€öëñºƒß
/update_bn4e_branch2b/gamma/ApplyGradientDescent…÷ëñºƒ (B“update_bn4e_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2b/gamma, learning_rate, gradients/bn4e_branch2b/gamma_grad_S207)H…÷ëñºƒPÈ

RecvTensoré€ìñºƒ œÛ(œÛ:"
€€€€B[2.2MB] edge_208_gradients/res4e_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hé€ìñºƒé
1update_res4e_branch2b/kernel/ApplyGradientDescent…Üîñºƒ €(€B™update_res4e_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4e_branch2b/kernel, learning_rate, gradients/res4e_branch2b/kernel_grad_S208)H…ÜîñºƒP½

RecvTensorú€ìñºƒ t(t:
"€€BŠ[1024B] edge_209_gradients/bn4e_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hú€ìñºƒÛ
.update_bn4e_branch2a/beta/ApplyGradientDescentîìñºƒ (Bupdate_bn4e_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2a/beta, learning_rate, gradients/bn4e_branch2a/beta_grad_S209)HîìñºƒP¾

RecvTensorÄìñºƒ x(x:
"€€B‹[1024B] edge_210_gradients/bn4e_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÄìñºƒß
/update_bn4e_branch2a/gamma/ApplyGradientDescent¼‚ìñºƒ (B“update_bn4e_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2a/gamma, learning_rate, gradients/bn4e_branch2a/gamma_grad_S210)H¼‚ìñºƒPÆ

RecvTensorÛ†ìñºƒ … (… :"€€@€€@B[1.0MB] edge_211_gradients/res4e_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÛ†ìñºƒé
1update_res4e_branch2a/kernel/ApplyGradientDescentà¦íñºƒ ©(©B™update_res4e_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4e_branch2a/kernel, learning_rate, gradients/res4e_branch2a/kernel_grad_S211)Hà¦íñºƒP¿

RecvTensor†‡ìñºƒ ¤(¤:
"€ € BŠ[4096B] edge_212_gradients/bn4d_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H†‡ìñºƒÛ
.update_bn4d_branch2c/beta/ApplyGradientDescentªˆìñºƒ (Bupdate_bn4d_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2c/beta, learning_rate, gradients/bn4d_branch2c/beta_grad_S212)HªˆìñºƒPÀ

RecvTensorŠ‰ìñºƒ ª(ª:
"€ € B‹[4096B] edge_213_gradients/bn4d_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŠ‰ìñºƒß
/update_bn4d_branch2c/gamma/ApplyGradientDescent´Šìñºƒ (B“update_bn4d_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2c/gamma, learning_rate, gradients/bn4d_branch2c/gamma_grad_S213)H´ŠìñºƒPÆ

RecvTensor¦ìñºƒ °¥(°¥:"€€@€€@B[1.0MB] edge_214_gradients/res4d_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¦ìñºƒé
1update_res4d_branch2c/kernel/ApplyGradientDescentÖ³íñºƒ Ï(ÏB™update_res4d_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4d_branch2c/kernel, learning_rate, gradients/res4d_branch2c/kernel_grad_S214)HÖ³íñºƒP½

RecvTensor·ìñºƒ t(t:
"€€BŠ[1024B] edge_215_gradients/bn4d_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H·ìñºƒÛ
.update_bn4d_branch2b/beta/ApplyGradientDescent«ìñºƒ (Bupdate_bn4d_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2b/beta, learning_rate, gradients/bn4d_branch2b/beta_grad_S215)H«ìñºƒP¾

RecvTensorÿìñºƒ g(g:
"€€B‹[1024B] edge_216_gradients/bn4d_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hÿìñºƒß
/update_bn4d_branch2b/gamma/ApplyGradientDescentæìñºƒ (B“update_bn4d_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2b/gamma, learning_rate, gradients/bn4d_branch2b/gamma_grad_S216)HæìñºƒPÈ

RecvTensorù™ìñºƒ ÂÔ(ÂÔ:"
€€€€B[2.2MB] edge_217_gradients/res4d_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hù™ìñºƒé
1update_res4d_branch2b/kernel/ApplyGradientDescent»îîñºƒ ¤(¤B™update_res4d_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4d_branch2b/kernel, learning_rate, gradients/res4d_branch2b/kernel_grad_S217)H»îîñºƒP¿

RecvTensorŠšìñºƒ (:
"€€BŠ[1024B] edge_218_gradients/bn4d_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŠšìñºƒÛ
.update_bn4d_branch2a/beta/ApplyGradientDescent‹›ìñºƒ (Bupdate_bn4d_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2a/beta, learning_rate, gradients/bn4d_branch2a/beta_grad_S218)H‹›ìñºƒP¾

RecvTensorÓšìñºƒ j(j:
"€€B‹[1024B] edge_219_gradients/bn4d_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÓšìñºƒß
/update_bn4d_branch2a/gamma/ApplyGradientDescent½›ìñºƒ (B“update_bn4d_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2a/gamma, learning_rate, gradients/bn4d_branch2a/gamma_grad_S219)H½›ìñºƒPÆ

RecvTensorâŸìñºƒ æ¯(æ¯:"€€@€€@B[1.0MB] edge_220_gradients/res4d_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HâŸìñºƒé
1update_res4d_branch2a/kernel/ApplyGradientDescentÈÏíñºƒ µ(µB™update_res4d_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4d_branch2a/kernel, learning_rate, gradients/res4d_branch2a/kernel_grad_S220)HÈÏíñºƒP¿

RecvTensor ìñºƒ Ÿ(Ÿ:
"€ € BŠ[4096B] edge_221_gradients/bn4c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H ìñºƒÛ
.update_bn4c_branch2c/beta/ApplyGradientDescent­¡ìñºƒ (Bupdate_bn4c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2c/beta, learning_rate, gradients/bn4c_branch2c/beta_grad_S221)H­¡ìñºƒPÀ

RecvTensorŸ¢ìñºƒ «(«:
"€ € B‹[4096B] edge_222_gradients/bn4c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŸ¢ìñºƒß
/update_bn4c_branch2c/gamma/ApplyGradientDescentÊ£ìñºƒ (B“update_bn4c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2c/gamma, learning_rate, gradients/bn4c_branch2c/gamma_grad_S222)HÊ£ìñºƒPÆ

RecvTensorª§ìñºƒ ³(³:"€€@€€@B[1.0MB] edge_223_gradients/res4c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hª§ìñºƒé
1update_res4c_branch2c/kernel/ApplyGradientDescent¸Úíñºƒ ¶(¶B™update_res4c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4c_branch2c/kernel, learning_rate, gradients/res4c_branch2c/kernel_grad_S223)H¸ÚíñºƒP½

RecvTensorº§ìñºƒ (:
"€€BŠ[1024B] edge_224_gradients/bn4c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hº§ìñºƒÛ
.update_bn4c_branch2b/beta/ApplyGradientDescent¹¨ìñºƒ (Bupdate_bn4c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2b/beta, learning_rate, gradients/bn4c_branch2b/beta_grad_S224)H¹¨ìñºƒP¾

RecvTensor¨ìñºƒ q(q:
"€€B‹[1024B] edge_225_gradients/bn4c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¨ìñºƒß
/update_bn4c_branch2b/gamma/ApplyGradientDescentò¨ìñºƒ (B“update_bn4c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2b/gamma, learning_rate, gradients/bn4c_branch2b/gamma_grad_S225)Hò¨ìñºƒPÈ

RecvTensorÊ³ìñºƒ ŸÉ(ŸÉ:"
€€€€B[2.2MB] edge_226_gradients/res4c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÊ³ìñºƒé
1update_res4c_branch2b/kernel/ApplyGradientDescentéüîñºƒ «(«B™update_res4c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4c_branch2b/kernel, learning_rate, gradients/res4c_branch2b/kernel_grad_S226)HéüîñºƒP½

RecvTensorÛ³ìñºƒ ^(^:
"€€BŠ[1024B] edge_227_gradients/bn4c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÛ³ìñºƒÛ
.update_bn4c_branch2a/beta/ApplyGradientDescent¹´ìñºƒ (Bupdate_bn4c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2a/beta, learning_rate, gradients/bn4c_branch2a/beta_grad_S227)H¹´ìñºƒPÀ

RecvTensor£´ìñºƒ …(…:
"€€B‹[1024B] edge_228_gradients/bn4c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H£´ìñºƒß
/update_bn4c_branch2a/gamma/ApplyGradientDescent¨µìñºƒ (B“update_bn4c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2a/gamma, learning_rate, gradients/bn4c_branch2a/gamma_grad_S228)H¨µìñºƒPÆ

RecvTensorš¹ìñºƒ À¸(À¸:"€€@€€@B[1.0MB] edge_229_gradients/res4c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hš¹ìñºƒé
1update_res4c_branch2a/kernel/ApplyGradientDescentÚñíñºƒ Â(ÂB™update_res4c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4c_branch2a/kernel, learning_rate, gradients/res4c_branch2a/kernel_grad_S229)HÚñíñºƒP¿

RecvTensorÄ¹ìñºƒ µ(µ:
"€ € BŠ[4096B] edge_230_gradients/bn4b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÄ¹ìñºƒÛ
.update_bn4b_branch2c/beta/ApplyGradientDescentùºìñºƒ (Bupdate_bn4b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2c/beta, learning_rate, gradients/bn4b_branch2c/beta_grad_S230)HùºìñºƒPÀ

RecvTensorÌ»ìñºƒ Ê(Ê:
"€ € B‹[4096B] edge_231_gradients/bn4b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÌ»ìñºƒß
/update_bn4b_branch2c/gamma/ApplyGradientDescent–½ìñºƒ (B“update_bn4b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2c/gamma, learning_rate, gradients/bn4b_branch2c/gamma_grad_S231)H–½ìñºƒPÆ

RecvTensorêÀìñºƒ ·¹(·¹:"€€@€€@B[1.0MB] edge_232_gradients/res4b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HêÀìñºƒé
1update_res4b_branch2c/kernel/ApplyGradientDescent¡úíñºƒ ·(·B™update_res4b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4b_branch2c/kernel, learning_rate, gradients/res4b_branch2c/kernel_grad_S232)H¡úíñºƒP½

RecvTensorúÀìñºƒ n(n:
"€€BŠ[1024B] edge_233_gradients/bn4b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HúÀìñºƒÛ
.update_bn4b_branch2b/beta/ApplyGradientDescentèÁìñºƒ (Bupdate_bn4b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2b/beta, learning_rate, gradients/bn4b_branch2b/beta_grad_S233)HèÁìñºƒPÀ

RecvTensorÂÁìñºƒ ‡(‡:
"€€B‹[1024B] edge_234_gradients/bn4b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÂÁìñºƒß
/update_bn4b_branch2b/gamma/ApplyGradientDescentÉÂìñºƒ (B“update_bn4b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2b/gamma, learning_rate, gradients/bn4b_branch2b/gamma_grad_S234)HÉÂìñºƒPÈ

RecvTensorÍìñºƒ „º(„º:"
€€€€B[2.2MB] edge_235_gradients/res4b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÍìñºƒé
1update_res4b_branch2b/kernel/ApplyGradientDescentšŠïñºƒ ƒ(ƒB™update_res4b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4b_branch2b/kernel, learning_rate, gradients/res4b_branch2b/kernel_grad_S235)HšŠïñºƒP½

RecvTensor¢Íìñºƒ t(t:
"€€BŠ[1024B] edge_236_gradients/bn4b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¢ÍìñºƒÛ
.update_bn4b_branch2a/beta/ApplyGradientDescent–Îìñºƒ (Bupdate_bn4b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2a/beta, learning_rate, gradients/bn4b_branch2a/beta_grad_S236)H–ÎìñºƒPÀ

RecvTensoræÍìñºƒ €(€:
"€€B‹[1024B] edge_237_gradients/bn4b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HæÍìñºƒß
/update_bn4b_branch2a/gamma/ApplyGradientDescentæÎìñºƒ (B“update_bn4b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2a/gamma, learning_rate, gradients/bn4b_branch2a/gamma_grad_S237)HæÎìñºƒPÆ

RecvTensorøÒìñºƒ §¹(§¹:"€€@€€@B[1.0MB] edge_238_gradients/res4b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HøÒìñºƒé
1update_res4b_branch2a/kernel/ApplyGradientDescentŸŒîñºƒ ²(²B™update_res4b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4b_branch2a/kernel, learning_rate, gradients/res4b_branch2a/kernel_grad_S238)HŸŒîñºƒP¾

RecvTensor£Óìñºƒ Á(Á:
"€ € B‰[4096B] edge_239_gradients/bn4a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H£Óìñºƒ×
-update_bn4a_branch1/beta/ApplyGradientDescentäÔìñºƒ (Bupdate_bn4a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch1/beta, learning_rate, gradients/bn4a_branch1/beta_grad_S239)HäÔìñºƒP¿

RecvTensor¼Ôìñºƒ Ç(Ç:
"€ € BŠ[4096B] edge_240_gradients/bn4a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¼ÔìñºƒÛ
.update_bn4a_branch1/gamma/ApplyGradientDescentƒÖìñºƒ (Bupdate_bn4a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch1/gamma, learning_rate, gradients/bn4a_branch1/gamma_grad_S240)HƒÖìñºƒPÇ

RecvTensorÊŞìñºƒ ¹Ÿ(¹Ÿ:"
€€€€€€BŒ[2.0MB] edge_241_gradients/res4a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÊŞìñºƒå
0update_res4a_branch1/kernel/ApplyGradientDescent¡€ïñºƒ ì(ìB–update_res4a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch1/kernel, learning_rate, gradients/res4a_branch1/kernel_grad_S241)H¡€ïñºƒP¿

RecvTensoröŞìñºƒ µ(µ:
"€ € BŠ[4096B] edge_242_gradients/bn4a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HöŞìñºƒÛ
.update_bn4a_branch2c/beta/ApplyGradientDescent«àìñºƒ (Bupdate_bn4a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2c/beta, learning_rate, gradients/bn4a_branch2c/beta_grad_S242)H«àìñºƒPÀ

RecvTensorşàìñºƒ Ô(Ô:
"€ € B‹[4096B] edge_243_gradients/bn4a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hşàìñºƒß
/update_bn4a_branch2c/gamma/ApplyGradientDescentÒâìñºƒ (B“update_bn4a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2c/gamma, learning_rate, gradients/bn4a_branch2c/gamma_grad_S243)HÒâìñºƒPÆ

RecvTensor‚æìñºƒ •·(•·:"€€@€€@B[1.0MB] edge_244_gradients/res4a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‚æìñºƒé
1update_res4a_branch2c/kernel/ApplyGradientDescent—îñºƒ ½(½B™update_res4a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch2c/kernel, learning_rate, gradients/res4a_branch2c/kernel_grad_S244)H—îñºƒP½

RecvTensor“æìñºƒ w(w:
"€€BŠ[1024B] edge_245_gradients/bn4a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H“æìñºƒÛ
.update_bn4a_branch2b/beta/ApplyGradientDescentŠçìñºƒ (Bupdate_bn4a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2b/beta, learning_rate, gradients/bn4a_branch2b/beta_grad_S245)HŠçìñºƒP¾

RecvTensorÚæìñºƒ y(y:
"€€B‹[1024B] edge_246_gradients/bn4a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÚæìñºƒß
/update_bn4a_branch2b/gamma/ApplyGradientDescentÓçìñºƒ (B“update_bn4a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2b/gamma, learning_rate, gradients/bn4a_branch2b/gamma_grad_S246)HÓçìñºƒPÈ

RecvTensoræòìñºƒ è(è:"
€€€€B[2.2MB] edge_247_gradients/res4a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hæòìñºƒé
1update_res4a_branch2b/kernel/ApplyGradientDescentÎ‘ïñºƒ ¢(¢B™update_res4a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch2b/kernel, learning_rate, gradients/res4a_branch2b/kernel_grad_S247)HÎ‘ïñºƒP½

RecvTensor“óìñºƒ p(p:
"€€BŠ[1024B] edge_248_gradients/bn4a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H“óìñºƒÛ
.update_bn4a_branch2a/beta/ApplyGradientDescentƒôìñºƒ (Bupdate_bn4a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2a/beta, learning_rate, gradients/bn4a_branch2a/beta_grad_S248)HƒôìñºƒPÀ

RecvTensorõìñºƒ ‰(‰:
"€€B‹[1024B] edge_249_gradients/bn4a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hõìñºƒß
/update_bn4a_branch2a/gamma/ApplyGradientDescent§öìñºƒ (B“update_bn4a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2a/gamma, learning_rate, gradients/bn4a_branch2a/gamma_grad_S249)H§öìñºƒPÄ

RecvTensorÙşìñºƒ „a(„a:"€€ €€ B[0.5MB] edge_250_gradients/res4a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÙşìñºƒç
1update_res4a_branch2a/kernel/ApplyGradientDescentİßíñºƒ ](]B™update_res4a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch2a/kernel, learning_rate, gradients/res4a_branch2a/kernel_grad_S250)HİßíñºƒP¿

RecvTensorªÿìñºƒ œ(œ:
"€€BŠ[2048B] edge_251_gradients/bn3d_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HªÿìñºƒÛ
.update_bn3d_branch2c/beta/ApplyGradientDescentÒ…íñºƒ (Bupdate_bn3d_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2c/beta, learning_rate, gradients/bn3d_branch2c/beta_grad_S251)HÒ…íñºƒPÀ

RecvTensorœƒíñºƒ ‰(‰:
"€€B‹[2048B] edge_252_gradients/bn3d_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hœƒíñºƒß
/update_bn3d_branch2c/gamma/ApplyGradientDescent×…íñºƒ (B“update_bn3d_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2c/gamma, learning_rate, gradients/bn3d_branch2c/gamma_grad_S252)H×…íñºƒPÄ

RecvTensor´ˆíñºƒ Ô0(Ô0:"€€€€B[0.2MB] edge_253_gradients/res3d_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H´ˆíñºƒç
1update_res3d_branch2c/kernel/ApplyGradientDescentˆ¹íñºƒ 0(0B™update_res3d_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3d_branch2c/kernel, learning_rate, gradients/res3d_branch2c/kernel_grad_S253)Hˆ¹íñºƒP¼

RecvTensorÎˆíñºƒ l(l:
"€€B‰[512B] edge_254_gradients/bn3d_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÎˆíñºƒÛ
.update_bn3d_branch2b/beta/ApplyGradientDescentº‰íñºƒ (Bupdate_bn3d_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2b/beta, learning_rate, gradients/bn3d_branch2b/beta_grad_S254)Hº‰íñºƒP½

RecvTensorĞ‰íñºƒ r(r:
"€€BŠ[512B] edge_255_gradients/bn3d_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HĞ‰íñºƒß
/update_bn3d_branch2b/gamma/ApplyGradientDescentÂŠíñºƒ (B“update_bn3d_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2b/gamma, learning_rate, gradients/bn3d_branch2b/gamma_grad_S255)HÂŠíñºƒPÄ

RecvTensor„•íñºƒ Ÿl(Ÿl:"€€$€€$B[0.6MB] edge_256_gradients/res3d_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H„•íñºƒç
1update_res3d_branch2b/kernel/ApplyGradientDescent£îñºƒ e(eB™update_res3d_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3d_branch2b/kernel, learning_rate, gradients/res3d_branch2b/kernel_grad_S256)H£îñºƒP¼

RecvTensorŸ•íñºƒ r(r:
"€€B‰[512B] edge_257_gradients/bn3d_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŸ•íñºƒÛ
.update_bn3d_branch2a/beta/ApplyGradientDescent‘–íñºƒ (Bupdate_bn3d_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2a/beta, learning_rate, gradients/bn3d_branch2a/beta_grad_S257)H‘–íñºƒP½

RecvTensor®–íñºƒ l(l:
"€€BŠ[512B] edge_258_gradients/bn3d_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H®–íñºƒß
/update_bn3d_branch2a/gamma/ApplyGradientDescentš—íñºƒ (B“update_bn3d_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2a/gamma, learning_rate, gradients/bn3d_branch2a/gamma_grad_S258)Hš—íñºƒPÄ

RecvTensorÙ›íñºƒ  2( 2:"€€€€B[0.2MB] edge_259_gradients/res3d_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÙ›íñºƒç
1update_res3d_branch2a/kernel/ApplyGradientDescentùÍíñºƒ ,(,B™update_res3d_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3d_branch2a/kernel, learning_rate, gradients/res3d_branch2a/kernel_grad_S259)HùÍíñºƒP¿

RecvTensor£œíñºƒ (:
"€€BŠ[2048B] edge_260_gradients/bn3c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H£œíñºƒÛ
.update_bn3c_branch2c/beta/ApplyGradientDescent°íñºƒ (Bupdate_bn3c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2c/beta, learning_rate, gradients/bn3c_branch2c/beta_grad_S260)H°íñºƒPÀ

RecvTensor« íñºƒ ©(©:
"€€B‹[2048B] edge_261_gradients/bn3c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H« íñºƒß
/update_bn3c_branch2c/gamma/ApplyGradientDescentÔ¡íñºƒ (B“update_bn3c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2c/gamma, learning_rate, gradients/bn3c_branch2c/gamma_grad_S261)HÔ¡íñºƒPÄ

RecvTensorŞ¥íñºƒ —2(—2:"€€€€B[0.2MB] edge_262_gradients/res3c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŞ¥íñºƒç
1update_res3c_branch2c/kernel/ApplyGradientDescentõ×íñºƒ 2(2B™update_res3c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3c_branch2c/kernel, learning_rate, gradients/res3c_branch2c/kernel_grad_S262)Hõ×íñºƒP¼

RecvTensorø¥íñºƒ k(k:
"€€B‰[512B] edge_263_gradients/bn3c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hø¥íñºƒÛ
.update_bn3c_branch2b/beta/ApplyGradientDescent‰¨íñºƒ (Bupdate_bn3c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2b/beta, learning_rate, gradients/bn3c_branch2b/beta_grad_S263)H‰¨íñºƒP½

RecvTensorı¦íñºƒ u(u:
"€€BŠ[512B] edge_264_gradients/bn3c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hı¦íñºƒß
/update_bn3c_branch2b/gamma/ApplyGradientDescent¨íñºƒ (B“update_bn3c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2b/gamma, learning_rate, gradients/bn3c_branch2b/gamma_grad_S264)H¨íñºƒPÄ

RecvTensorÜ²íñºƒ ½f(½f:"€€$€€$B[0.6MB] edge_265_gradients/res3c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÜ²íñºƒç
1update_res3c_branch2b/kernel/ApplyGradientDescent™™îñºƒ n(nB™update_res3c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3c_branch2b/kernel, learning_rate, gradients/res3c_branch2b/kernel_grad_S265)H™™îñºƒP¼

RecvTensorö²íñºƒ k(k:
"€€B‰[512B] edge_266_gradients/bn3c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hö²íñºƒÛ
.update_bn3c_branch2a/beta/ApplyGradientDescent¥µíñºƒ (Bupdate_bn3c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2a/beta, learning_rate, gradients/bn3c_branch2a/beta_grad_S266)H¥µíñºƒP½

RecvTensorü³íñºƒ y(y:
"€€BŠ[512B] edge_267_gradients/bn3c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hü³íñºƒß
/update_bn3c_branch2a/gamma/ApplyGradientDescentªµíñºƒ (B“update_bn3c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2a/gamma, learning_rate, gradients/bn3c_branch2a/gamma_grad_S267)HªµíñºƒPÄ

RecvTensorş¸íñºƒ Æ1(Æ1:"€€€€B[0.2MB] edge_268_gradients/res3c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hş¸íñºƒç
1update_res3c_branch2a/kernel/ApplyGradientDescentÄêíñºƒ 2(2B™update_res3c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3c_branch2a/kernel, learning_rate, gradients/res3c_branch2a/kernel_grad_S268)HÄêíñºƒP¿

RecvTensorË¹íñºƒ §(§:
"€€BŠ[2048B] edge_269_gradients/bn3b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HË¹íñºƒÛ
.update_bn3b_branch2c/beta/ApplyGradientDescentòºíñºƒ (Bupdate_bn3b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2c/beta, learning_rate, gradients/bn3b_branch2c/beta_grad_S269)HòºíñºƒPÀ

RecvTensorÓ½íñºƒ ˆ(ˆ:
"€€B‹[2048B] edge_270_gradients/bn3b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÓ½íñºƒß
/update_bn3b_branch2c/gamma/ApplyGradientDescentÛ¾íñºƒ (B“update_bn3b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2c/gamma, learning_rate, gradients/bn3b_branch2c/gamma_grad_S270)HÛ¾íñºƒPÄ

RecvTensorìÂíñºƒ ö0(ö0:"€€€€B[0.2MB] edge_271_gradients/res3b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HìÂíñºƒç
1update_res3b_branch2c/kernel/ApplyGradientDescentâóíñºƒ 6(6B™update_res3b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3b_branch2c/kernel, learning_rate, gradients/res3b_branch2c/kernel_grad_S271)HâóíñºƒP¼

RecvTensor‡Ãíñºƒ (:
"€€B‰[512B] edge_272_gradients/bn3b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‡ÃíñºƒÛ
.update_bn3b_branch2b/beta/ApplyGradientDescent†Äíñºƒ (Bupdate_bn3b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2b/beta, learning_rate, gradients/bn3b_branch2b/beta_grad_S272)H†ÄíñºƒP½

RecvTensorÄíñºƒ j(j:
"€€BŠ[512B] edge_273_gradients/bn3b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÄíñºƒß
/update_bn3b_branch2b/gamma/ApplyGradientDescentøÄíñºƒ (B“update_bn3b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2b/gamma, learning_rate, gradients/bn3b_branch2b/gamma_grad_S273)HøÄíñºƒPÄ

RecvTensorîÏíñºƒ ¢](¢]:"€€$€€$B[0.6MB] edge_274_gradients/res3b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HîÏíñºƒç
1update_res3b_branch2b/kernel/ApplyGradientDescent­îñºƒ f(fB™update_res3b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3b_branch2b/kernel, learning_rate, gradients/res3b_branch2b/kernel_grad_S274)H­îñºƒP¼

RecvTensor‰Ğíñºƒ s(s:
"€€B‰[512B] edge_275_gradients/bn3b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‰ĞíñºƒÛ
.update_bn3b_branch2a/beta/ApplyGradientDescentıĞíñºƒ (Bupdate_bn3b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2a/beta, learning_rate, gradients/bn3b_branch2a/beta_grad_S275)HıĞíñºƒP½

RecvTensorÑíñºƒ q(q:
"€€BŠ[512B] edge_276_gradients/bn3b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÑíñºƒß
/update_bn3b_branch2a/gamma/ApplyGradientDescentÿÑíñºƒ (B“update_bn3b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2a/gamma, learning_rate, gradients/bn3b_branch2a/gamma_grad_S276)HÿÑíñºƒPÄ

RecvTensorŠÖíñºƒ .(.:"€€€€B[0.2MB] edge_277_gradients/res3b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŠÖíñºƒç
1update_res3b_branch2a/kernel/ApplyGradientDescent—„îñºƒ 3(3B™update_res3b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3b_branch2a/kernel, learning_rate, gradients/res3b_branch2a/kernel_grad_S277)H—„îñºƒP¾

RecvTensorÜÖíñºƒ š(š:
"€€B‰[2048B] edge_278_gradients/bn3a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÜÖíñºƒ×
-update_bn3a_branch1/beta/ApplyGradientDescent§Øíñºƒ (Bupdate_bn3a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch1/beta, learning_rate, gradients/bn3a_branch1/beta_grad_S278)H§ØíñºƒP¿

RecvTensor†Ùíñºƒ Š(Š:
"€€BŠ[2048B] edge_279_gradients/bn3a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H†ÙíñºƒÛ
.update_bn3a_branch1/gamma/ApplyGradientDescentÚíñºƒ (Bupdate_bn3a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch1/gamma, learning_rate, gradients/bn3a_branch1/gamma_grad_S279)HÚíñºƒPÃ

RecvTensor–ãíñºƒ ƒO(ƒO:"€€ €€ BŒ[0.5MB] edge_280_gradients/res3a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H–ãíñºƒã
0update_res3a_branch1/kernel/ApplyGradientDescent™²îñºƒ ^(^B–update_res3a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch1/kernel, learning_rate, gradients/res3a_branch1/kernel_grad_S280)H™²îñºƒP¿

RecvTensoræãíñºƒ ¦(¦:
"€€BŠ[2048B] edge_281_gradients/bn3a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HæãíñºƒÛ
.update_bn3a_branch2c/beta/ApplyGradientDescentŒåíñºƒ (Bupdate_bn3a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2c/beta, learning_rate, gradients/bn3a_branch2c/beta_grad_S281)HŒåíñºƒPÀ

RecvTensoríçíñºƒ “(“:
"€€B‹[2048B] edge_282_gradients/bn3a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Híçíñºƒß
/update_bn3a_branch2c/gamma/ApplyGradientDescent€éíñºƒ (B“update_bn3a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2c/gamma, learning_rate, gradients/bn3a_branch2c/gamma_grad_S282)H€éíñºƒPÄ

RecvTensor“ííñºƒ ‡*(‡*:"€€€€B[0.2MB] edge_283_gradients/res3a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H“ííñºƒç
1update_res3a_branch2c/kernel/ApplyGradientDescentš—îñºƒ 2(2B™update_res3a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch2c/kernel, learning_rate, gradients/res3a_branch2c/kernel_grad_S283)Hš—îñºƒP¼

RecvTensor¬ííñºƒ g(g:
"€€B‰[512B] edge_284_gradients/bn3a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¬ííñºƒÛ
.update_bn3a_branch2b/beta/ApplyGradientDescent“îíñºƒ (Bupdate_bn3a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2b/beta, learning_rate, gradients/bn3a_branch2b/beta_grad_S284)H“îíñºƒP½

RecvTensor®îíñºƒ j(j:
"€€BŠ[512B] edge_285_gradients/bn3a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H®îíñºƒß
/update_bn3a_branch2b/gamma/ApplyGradientDescent˜ïíñºƒ (B“update_bn3a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2b/gamma, learning_rate, gradients/bn3a_branch2b/gamma_grad_S285)H˜ïíñºƒPÄ

RecvTensorŸúíñºƒ ‹N(‹N:"€€$€€$B[0.6MB] edge_286_gradients/res3a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŸúíñºƒç
1update_res3a_branch2b/kernel/ApplyGradientDescent¶Ìîñºƒ n(nB™update_res3a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch2b/kernel, learning_rate, gradients/res3a_branch2b/kernel_grad_S286)H¶ÌîñºƒP¼

RecvTensorğúíñºƒ f(f:
"€€B‰[512B] edge_287_gradients/bn3a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HğúíñºƒÛ
.update_bn3a_branch2a/beta/ApplyGradientDescentÍşíñºƒ (Bupdate_bn3a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2a/beta, learning_rate, gradients/bn3a_branch2a/beta_grad_S287)HÍşíñºƒP½

RecvTensorğşíñºƒ r(r:
"€€BŠ[512B] edge_288_gradients/bn3a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hğşíñºƒß
/update_bn3a_branch2a/gamma/ApplyGradientDescentâÿíñºƒ (B“update_bn3a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2a/gamma, learning_rate, gradients/bn3a_branch2a/gamma_grad_S288)HâÿíñºƒPÄ

RecvTensor‰îñºƒ ›(›:"€€€€B[0.1MB] edge_289_gradients/res3a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‰îñºƒç
1update_res3a_branch2a/kernel/ApplyGradientDescentÔîñºƒ (B™update_res3a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch2a/kernel, learning_rate, gradients/res3a_branch2a/kernel_grad_S289)HÔîñºƒP¿

RecvTensor¯Šîñºƒ (:
"€€BŠ[1024B] edge_290_gradients/bn2c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¯ŠîñºƒÛ
.update_bn2c_branch2c/beta/ApplyGradientDescent¾‹îñºƒ (Bupdate_bn2c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2c/beta, learning_rate, gradients/bn2c_branch2c/beta_grad_S290)H¾‹îñºƒP¾

RecvTensorŠ’îñºƒ z(z:
"€€B‹[1024B] edge_291_gradients/bn2c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŠ’îñºƒß
/update_bn2c_branch2c/gamma/ApplyGradientDescent„“îñºƒ (B“update_bn2c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2c/gamma, learning_rate, gradients/bn2c_branch2c/gamma_grad_S291)H„“îñºƒPÅ

RecvTensor“—îñºƒ ê	(ê	:"€€€€B[65536B] edge_292_gradients/res2c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H“—îñºƒç
1update_res2c_branch2c/kernel/ApplyGradientDescentı îñºƒ (B™update_res2c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res2c_branch2c/kernel, learning_rate, gradients/res2c_branch2c/kernel_grad_S292)Hı îñºƒP¼

RecvTensorÀ—îñºƒ q(q:
"€€B‰[256B] edge_293_gradients/bn2c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÀ—îñºƒÛ
.update_bn2c_branch2b/beta/ApplyGradientDescent±˜îñºƒ (Bupdate_bn2c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2b/beta, learning_rate, gradients/bn2c_branch2b/beta_grad_S293)H±˜îñºƒP½

RecvTensorÂ™îñºƒ R(R:
"€€BŠ[256B] edge_294_gradients/bn2c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÂ™îñºƒß
/update_bn2c_branch2b/gamma/ApplyGradientDescent”šîñºƒ (B“update_bn2c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2b/gamma, learning_rate, gradients/bn2c_branch2b/gamma_grad_S294)H”šîñºƒPÄ

RecvTensorÛ¤îñºƒ ¶(¶:"€€	€€	B[0.1MB] edge_295_gradients/res2c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÛ¤îñºƒç
1update_res2c_branch2b/kernel/ApplyGradientDescent‘¸îñºƒ (B™update_res2c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res2c_branch2b/kernel, learning_rate, gradients/res2c_branch2b/kernel_grad_S295)H‘¸îñºƒP¼

RecvTensor‡¥îñºƒ [([:
"€€B‰[256B] edge_296_gradients/bn2c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‡¥îñºƒÛ
.update_bn2c_branch2a/beta/ApplyGradientDescentâ¥îñºƒ (Bupdate_bn2c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2a/beta, learning_rate, gradients/bn2c_branch2a/beta_grad_S296)Hâ¥îñºƒP½

RecvTensor’§îñºƒ c(c:
"€€BŠ[256B] edge_297_gradients/bn2c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H’§îñºƒß
/update_bn2c_branch2a/gamma/ApplyGradientDescentõ§îñºƒ (B“update_bn2c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2a/gamma, learning_rate, gradients/bn2c_branch2a/gamma_grad_S297)Hõ§îñºƒPÅ

RecvTensorŒ¬îñºƒ ›	(›	:"€€€€B[65536B] edge_298_gradients/res2c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŒ¬îñºƒç
1update_res2c_branch2a/kernel/ApplyGradientDescent§µîñºƒ (B™update_res2c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res2c_branch2a/kernel, learning_rate, gradients/res2c_branch2a/kernel_grad_S298)H§µîñºƒP¿

RecvTensor¥­îñºƒ ƒ(ƒ:
"€€BŠ[1024B] edge_299_gradients/bn2b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¥­îñºƒÛ
.update_bn2b_branch2c/beta/ApplyGradientDescent¨®îñºƒ (Bupdate_bn2b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2c/beta, learning_rate, gradients/bn2b_branch2c/beta_grad_S299)H¨®îñºƒP¾

RecvTensor’µîñºƒ y(y:
"€€B‹[1024B] edge_300_gradients/bn2b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H’µîñºƒß
/update_bn2b_branch2c/gamma/ApplyGradientDescent‹¶îñºƒ (B“update_bn2b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2c/gamma, learning_rate, gradients/bn2b_branch2c/gamma_grad_S300)H‹¶îñºƒPÅ

RecvTensorÆºîñºƒ ¤(¤:"€€€€B[65536B] edge_301_gradients/res2b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÆºîñºƒç
1update_res2b_branch2c/kernel/ApplyGradientDescentñÃîñºƒ (B™update_res2b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res2b_branch2c/kernel, learning_rate, gradients/res2b_branch2c/kernel_grad_S301)HñÃîñºƒP¼

RecvTensorôºîñºƒ u(u:
"€€B‰[256B] edge_302_gradients/bn2b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HôºîñºƒÛ
.update_bn2b_branch2b/beta/ApplyGradientDescenté»îñºƒ (Bupdate_bn2b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2b/beta, learning_rate, gradients/bn2b_branch2b/beta_grad_S302)Hé»îñºƒP½

RecvTensoró¼îñºƒ l(l:
"€€BŠ[256B] edge_303_gradients/bn2b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hó¼îñºƒß
/update_bn2b_branch2b/gamma/ApplyGradientDescentß½îñºƒ (B“update_bn2b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2b/gamma, learning_rate, gradients/bn2b_branch2b/gamma_grad_S303)Hß½îñºƒPÄ

RecvTensor¾Èîñºƒ Á(Á:"€€	€€	B[0.1MB] edge_304_gradients/res2b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¾Èîñºƒç
1update_res2b_branch2b/kernel/ApplyGradientDescentØîñºƒ (B™update_res2b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res2b_branch2b/kernel, learning_rate, gradients/res2b_branch2b/kernel_grad_S304)HØîñºƒP¼

RecvTensorëÈîñºƒ Y(Y:
"€€B‰[256B] edge_305_gradients/bn2b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HëÈîñºƒÛ
.update_bn2b_branch2a/beta/ApplyGradientDescent¤Íîñºƒ (Bupdate_bn2b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2a/beta, learning_rate, gradients/bn2b_branch2a/beta_grad_S305)H¤ÍîñºƒP½

RecvTensorîÊîñºƒ X(X:
"€€BŠ[256B] edge_306_gradients/bn2b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HîÊîñºƒß
/update_bn2b_branch2a/gamma/ApplyGradientDescent©Íîñºƒ (B“update_bn2b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2a/gamma, learning_rate, gradients/bn2b_branch2a/gamma_grad_S306)H©ÍîñºƒPÅ

RecvTensor¤Ğîñºƒ Í(Í:"€€€€B[65536B] edge_307_gradients/res2b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¤Ğîñºƒç
1update_res2b_branch2a/kernel/ApplyGradientDescentñ×îñºƒ (B™update_res2b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res2b_branch2a/kernel, learning_rate, gradients/res2b_branch2a/kernel_grad_S307)Hñ×îñºƒP¼

RecvTensor½Ñîñºƒ v(v:
"€€B‰[1024B] edge_308_gradients/bn2a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H½Ñîñºƒ×
-update_bn2a_branch1/beta/ApplyGradientDescent³Òîñºƒ (Bupdate_bn2a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch1/beta, learning_rate, gradients/bn2a_branch1/beta_grad_S308)H³ÒîñºƒP½

RecvTensor„Öîñºƒ f(f:
"€€BŠ[1024B] edge_309_gradients/bn2a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H„ÖîñºƒÛ
.update_bn2a_branch1/gamma/ApplyGradientDescentêÖîñºƒ (Bupdate_bn2a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch1/gamma, learning_rate, gradients/bn2a_branch1/gamma_grad_S309)HêÖîñºƒPÄ

RecvTensor™Ûîñºƒ º(º:"€€€€B[65536B] edge_310_gradients/res2a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H™Ûîñºƒã
0update_res2a_branch1/kernel/ApplyGradientDescent¡äîñºƒ (B–update_res2a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch1/kernel, learning_rate, gradients/res2a_branch1/kernel_grad_S310)H¡äîñºƒP½

RecvTensor³Üîñºƒ r(r:
"€€BŠ[1024B] edge_311_gradients/bn2a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H³ÜîñºƒÛ
.update_bn2a_branch2c/beta/ApplyGradientDescent…ßîñºƒ (Bupdate_bn2a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2c/beta, learning_rate, gradients/bn2a_branch2c/beta_grad_S311)H…ßîñºƒP¾

RecvTensor®äîñºƒ m(m:
"€€B‹[1024B] edge_312_gradients/bn2a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H®äîñºƒß
/update_bn2a_branch2c/gamma/ApplyGradientDescent›åîñºƒ (B“update_bn2a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2c/gamma, learning_rate, gradients/bn2a_branch2c/gamma_grad_S312)H›åîñºƒPÅ

RecvTensorĞéîñºƒ •(•:"€€€€B[65536B] edge_313_gradients/res2a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HĞéîñºƒç
1update_res2a_branch2c/kernel/ApplyGradientDescentßñîñºƒ (B™update_res2a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch2c/kernel, learning_rate, gradients/res2a_branch2c/kernel_grad_S313)HßñîñºƒP¼

RecvTensorüéîñºƒ \(\:
"€€B‰[256B] edge_314_gradients/bn2a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HüéîñºƒÛ
.update_bn2a_branch2b/beta/ApplyGradientDescentØêîñºƒ (Bupdate_bn2a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2b/beta, learning_rate, gradients/bn2a_branch2b/beta_grad_S314)HØêîñºƒP½

RecvTensorŒìîñºƒ k(k:
"€€BŠ[256B] edge_315_gradients/bn2a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŒìîñºƒß
/update_bn2a_branch2b/gamma/ApplyGradientDescent÷ìîñºƒ (B“update_bn2a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2b/gamma, learning_rate, gradients/bn2a_branch2b/gamma_grad_S315)H÷ìîñºƒPÄ

RecvTensorĞ÷îñºƒ ·(·:"€€	€€	B[0.1MB] edge_316_gradients/res2a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HĞ÷îñºƒç
1update_res2a_branch2b/kernel/ApplyGradientDescentƒïñºƒ (B™update_res2a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch2b/kernel, learning_rate, gradients/res2a_branch2b/kernel_grad_S316)HƒïñºƒP¼

RecvTensorş÷îñºƒ c(c:
"€€B‰[256B] edge_317_gradients/bn2a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hş÷îñºƒÛ
.update_bn2a_branch2a/beta/ApplyGradientDescentáøîñºƒ (Bupdate_bn2a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2a/beta, learning_rate, gradients/bn2a_branch2a/beta_grad_S317)HáøîñºƒP½

RecvTensor†úîñºƒ f(f:
"€€BŠ[256B] edge_318_gradients/bn2a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H†úîñºƒß
/update_bn2a_branch2a/gamma/ApplyGradientDescentìúîñºƒ (B“update_bn2a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2a/gamma, learning_rate, gradients/bn2a_branch2a/gamma_grad_S318)HìúîñºƒPÅ

RecvTensor°ûîñºƒ Œ(Œ:"€€€€B[16384B] edge_319_gradients/res2a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H°ûîñºƒç
1update_res2a_branch2a/kernel/ApplyGradientDescent™€ïñºƒ (B™update_res2a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch2a/kernel, learning_rate, gradients/res2a_branch2a/kernel_grad_S319)H™€ïñºƒP·

RecvTensorËüîñºƒ h(h:
"€€B„[256B] edge_320_gradients/bn_conv1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HËüîñºƒÇ
)update_bn_conv1/beta/ApplyGradientDescent”€ïñºƒ (Bupdate_bn_conv1/beta/ApplyGradientDescent = ApplyGradientDescent(bn_conv1/beta, learning_rate, gradients/bn_conv1/beta_grad_S320)H”€ïñºƒP¸

RecvTensor«‡ïñºƒ c(c:
"€€B…[256B] edge_321_gradients/bn_conv1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H«‡ïñºƒË
*update_bn_conv1/gamma/ApplyGradientDescentïñºƒ (B„update_bn_conv1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn_conv1/gamma, learning_rate, gradients/bn_conv1/gamma_grad_S321)HïñºƒP¼

RecvTensorªïñºƒ æ(æ:"€¦€¦B…[37632B] edge_322_gradients/conv1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HªïñºƒÂ
(update_conv1/kernel/ApplyGradientDescentïñºƒ (B~update_conv1/kernel/ApplyGradientDescent = ApplyGradientDescent(conv1/kernel, learning_rate, gradients/conv1/kernel_grad_S322)HïñºƒP