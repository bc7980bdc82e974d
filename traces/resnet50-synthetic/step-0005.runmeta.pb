
†‡

Ìé
)/job:worker/replica:0/task:0/device:CPU:0¯

RecvTensor¡­Äñºƒ ÷(÷:"€¦€¦By[37632B] edge_1_conv1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¡­Äñºƒ«

RecvTensor¤­Äñºƒ e(e:
"€€By[256B] edge_2_bn_conv1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¤­Äñºƒª

RecvTensor¨­Äñºƒ e(e:
"€€Bx[256B] edge_3_bn_conv1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¨­Äñºƒ·

RecvTensor«­Äñºƒ i(i:"€€€€B‚[16384B] edge_4_res2a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H«­Äñºƒ°

RecvTensor®­Äñºƒ _(_:
"€€B~[256B] edge_5_bn2a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H®­Äñºƒ¯

RecvTensor±­Äñºƒ j(j:
"€€B}[256B] edge_6_bn2a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H±­Äñºƒ¸

RecvTensor´­Äñºƒ Õ*(Õ*:"€€	€€	B[0.1MB] edge_7_res2a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H´­Äñºƒ°

RecvTensor·­Äñºƒ b(b:
"€€B~[256B] edge_8_bn2a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H·­Äñºƒ¯

RecvTensorº­Äñºƒ a(a:
"€€B}[256B] edge_9_bn2a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hº­Äñºƒº

RecvTensor½­Äñºƒ ê(ê:"€€€€Bƒ[65536B] edge_10_res2a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H½­Äñºƒ³

RecvTensorÀ­Äñºƒ s(s:
"€€B€[1024B] edge_11_bn2a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÀ­Äñºƒ±

RecvTensorÃ­Äñºƒ _(_:
"€€B[1024B] edge_12_bn2a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÃ­Äñºƒ¹

RecvTensorÆ­Äñºƒ ±(±:"€€€€B‚[65536B] edge_13_res2a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÆ­Äñºƒ±

RecvTensorÉ­Äñºƒ p(p:
"€€B[1024B] edge_14_bn2a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÉ­Äñºƒ°

RecvTensorÌ­Äñºƒ ^(^:
"€€B~[1024B] edge_15_bn2a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÌ­Äñºƒº

RecvTensorÏ­Äñºƒ §(§:"€€€€Bƒ[65536B] edge_16_res2b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÏ­Äñºƒ±

RecvTensorÒ­Äñºƒ y(y:
"€€B[256B] edge_17_bn2b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÒ­Äñºƒ°

RecvTensorÕ­Äñºƒ U(U:
"€€B~[256B] edge_18_bn2b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÕ­Äñºƒ¹

RecvTensorØ­Äñºƒ ò+(ò+:"€€	€€	B‚[0.1MB] edge_19_res2b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HØ­Äñºƒ±

RecvTensorÛ­Äñºƒ c(c:
"€€B[256B] edge_20_bn2b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÛ­Äñºƒ°

RecvTensorŞ­Äñºƒ c(c:
"€€B~[256B] edge_21_bn2b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŞ­Äñºƒº

RecvTensorá­Äñºƒ Ê(Ê:"€€€€Bƒ[65536B] edge_22_res2b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Há­Äñºƒ³

RecvTensorä­Äñºƒ u(u:
"€€B€[1024B] edge_23_bn2b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hä­Äñºƒ±

RecvTensorç­Äñºƒ i(i:
"€€B[1024B] edge_24_bn2b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hç­Äñºƒº

RecvTensorê­Äñºƒ Â(Â:"€€€€Bƒ[65536B] edge_25_res2c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hê­Äñºƒ±

RecvTensorí­Äñºƒ p(p:
"€€B[256B] edge_26_bn2c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hí­Äñºƒ°

RecvTensorğ­Äñºƒ e(e:
"€€B~[256B] edge_27_bn2c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hğ­Äñºƒ¹

RecvTensoró­Äñºƒ ¶,(¶,:"€€	€€	B‚[0.1MB] edge_28_res2c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hó­Äñºƒ±

RecvTensorö­Äñºƒ V(V:
"€€B[256B] edge_29_bn2c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hö­Äñºƒ°

RecvTensorù­Äñºƒ g(g:
"€€B~[256B] edge_30_bn2c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hù­Äñºƒº

RecvTensorü­Äñºƒ ×(×:"€€€€Bƒ[65536B] edge_31_res2c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hü­Äñºƒ³

RecvTensorÿ­Äñºƒ m(m:
"€€B€[1024B] edge_32_bn2c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hÿ­Äñºƒ±

RecvTensor‚®Äñºƒ i(i:
"€€B[1024B] edge_33_bn2c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‚®Äñºƒ¹

RecvTensor…®Äñºƒ ƒ)(ƒ):"€€€€B‚[0.1MB] edge_34_res3a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H…®Äñºƒ±

RecvTensorˆ®Äñºƒ b(b:
"€€B[512B] edge_35_bn3a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hˆ®Äñºƒ°

RecvTensor‹®Äñºƒ c(c:
"€€B~[512B] edge_36_bn3a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‹®Äñºƒ»

RecvTensor®Äñºƒ Œ–(Œ–:"€€$€€$B‚[0.6MB] edge_37_res3a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H®Äñºƒ±

RecvTensor‘®Äñºƒ Y(Y:
"€€B[512B] edge_38_bn3a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‘®Äñºƒ²

RecvTensor”®Äñºƒ ƒ(ƒ:
"€€B~[512B] edge_39_bn3a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H”®Äñºƒ¹

RecvTensor—®Äñºƒ êL(êL:"€€€€B‚[0.2MB] edge_40_res3a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H—®Äñºƒ³

RecvTensor™®Äñºƒ u(u:
"€€B€[2048B] edge_41_bn3a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H™®Äñºƒ³

RecvTensorœ®Äñºƒ Š(Š:
"€€B[2048B] edge_42_bn3a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hœ®Äñºƒº

RecvTensorŸ®Äñºƒ ¡ˆ(¡ˆ:"€€ €€ B[0.5MB] edge_43_res3a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŸ®Äñºƒ±

RecvTensor£®Äñºƒ q(q:
"€€B[2048B] edge_44_bn3a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H£®Äñºƒ°

RecvTensor¥®Äñºƒ u(u:
"€€B~[2048B] edge_45_bn3a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¥®Äñºƒ¹

RecvTensor©®Äñºƒ ûL(ûL:"€€€€B‚[0.2MB] edge_46_res3b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H©®Äñºƒ±

RecvTensor¬®Äñºƒ q(q:
"€€B[512B] edge_47_bn3b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¬®Äñºƒ°

RecvTensor®®Äñºƒ d(d:
"€€B~[512B] edge_48_bn3b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H®®Äñºƒ»

RecvTensor±®Äñºƒ ©–(©–:"€€$€€$B‚[0.6MB] edge_49_res3b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H±®Äñºƒ±

RecvTensor´®Äñºƒ s(s:
"€€B[512B] edge_50_bn3b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H´®Äñºƒ°

RecvTensor·®Äñºƒ f(f:
"€€B~[512B] edge_51_bn3b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H·®Äñºƒ¹

RecvTensorº®Äñºƒ ¬M(¬M:"€€€€B‚[0.2MB] edge_52_res3b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hº®Äñºƒµ

RecvTensor½®Äñºƒ Š(Š:
"€€B€[2048B] edge_53_bn3b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H½®Äñºƒ³

RecvTensorÀ®Äñºƒ „(„:
"€€B[2048B] edge_54_bn3b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÀ®Äñºƒ¹

RecvTensorÃ®Äñºƒ šM(šM:"€€€€B‚[0.2MB] edge_55_res3c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÃ®Äñºƒ±

RecvTensorÆ®Äñºƒ {({:
"€€B[512B] edge_56_bn3c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÆ®Äñºƒ°

RecvTensorÉ®Äñºƒ x(x:
"€€B~[512B] edge_57_bn3c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÉ®Äñºƒ»

RecvTensorÌ®Äñºƒ ¡–(¡–:"€€$€€$B‚[0.6MB] edge_58_res3c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÌ®Äñºƒ±

RecvTensorÏ®Äñºƒ ](]:
"€€B[512B] edge_59_bn3c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÏ®Äñºƒ°

RecvTensorÑ®Äñºƒ p(p:
"€€B~[512B] edge_60_bn3c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÑ®Äñºƒ¹

RecvTensorÕ®Äñºƒ ¦M(¦M:"€€€€B‚[0.2MB] edge_61_res3c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÕ®Äñºƒµ

RecvTensorØ®Äñºƒ ‰(‰:
"€€B€[2048B] edge_62_bn3c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HØ®Äñºƒ³

RecvTensorÛ®Äñºƒ ’(’:
"€€B[2048B] edge_63_bn3c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÛ®Äñºƒ¹

RecvTensorŞ®Äñºƒ §M(§M:"€€€€B‚[0.2MB] edge_64_res3d_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŞ®Äñºƒ±

RecvTensorá®Äñºƒ s(s:
"€€B[512B] edge_65_bn3d_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Há®Äñºƒ°

RecvTensorä®Äñºƒ o(o:
"€€B~[512B] edge_66_bn3d_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hä®Äñºƒ»

RecvTensoræ®Äñºƒ µ–(µ–:"€€$€€$B‚[0.6MB] edge_67_res3d_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hæ®Äñºƒ±

RecvTensoré®Äñºƒ p(p:
"€€B[512B] edge_68_bn3d_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hé®Äñºƒ²

RecvTensorì®Äñºƒ €(€:
"€€B~[512B] edge_69_bn3d_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hì®Äñºƒ¹

RecvTensorï®Äñºƒ ¼M(¼M:"€€€€B‚[0.2MB] edge_70_res3d_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hï®Äñºƒµ

RecvTensorò®Äñºƒ ¬(¬:
"€€B€[2048B] edge_71_bn3d_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hò®Äñºƒ³

RecvTensorõ®Äñºƒ ¤(¤:
"€€B[2048B] edge_72_bn3d_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hõ®Äñºƒ»

RecvTensorø®Äñºƒ Îˆ(Îˆ:"€€ €€ B‚[0.5MB] edge_73_res4a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hø®Äñºƒµ

RecvTensorû®Äñºƒ ‹(‹:
"€€B€[1024B] edge_74_bn4a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hû®Äñºƒ±

RecvTensorş®Äñºƒ q(q:
"€€B[1024B] edge_75_bn4a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hş®Äñºƒ½

RecvTensor¯Äñºƒ (:"
€€€€B‚[2.2MB] edge_76_res4a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¯Äñºƒ³

RecvTensor„¯Äñºƒ |(|:
"€€B€[1024B] edge_77_bn4a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H„¯Äñºƒ±

RecvTensor‡¯Äñºƒ i(i:
"€€B[1024B] edge_78_bn4a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‡¯Äñºƒ»

RecvTensorŠ¯Äñºƒ ’ì(’ì:"€€@€€@B‚[1.0MB] edge_79_res4a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŠ¯Äñºƒµ

RecvTensor¯Äñºƒ ß(ß:
"€ € B€[4096B] edge_80_bn4a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¯Äñºƒ³

RecvTensor¯Äñºƒ „(„:
"€ € B[4096B] edge_81_bn4a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¯Äñºƒ¼

RecvTensor”¯Äñºƒ ƒæ(ƒæ:"
€€€€€€B[2.0MB] edge_82_res4a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H”¯Äñºƒ³

RecvTensor—¯Äñºƒ ª(ª:
"€ € B[4096B] edge_83_bn4a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H—¯Äñºƒ²

RecvTensorš¯Äñºƒ ²(²:
"€ € B~[4096B] edge_84_bn4a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hš¯Äñºƒ»

RecvTensor¯Äñºƒ ¢ì(¢ì:"€€@€€@B‚[1.0MB] edge_85_res4b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¯Äñºƒ³

RecvTensor ¯Äñºƒ (:
"€€B€[1024B] edge_86_bn4b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H ¯Äñºƒ±

RecvTensor£¯Äñºƒ p(p:
"€€B[1024B] edge_87_bn4b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H£¯Äñºƒ½

RecvTensor¦¯Äñºƒ ú€(ú€:"
€€€€B‚[2.2MB] edge_88_res4b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¦¯Äñºƒµ

RecvTensor©¯Äñºƒ ‡(‡:
"€€B€[1024B] edge_89_bn4b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H©¯Äñºƒ±

RecvTensor¬¯Äñºƒ ~(~:
"€€B[1024B] edge_90_bn4b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¬¯Äñºƒ»

RecvTensor¯¯Äñºƒ œì(œì:"€€@€€@B‚[1.0MB] edge_91_res4b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¯¯Äñºƒµ

RecvTensor²¯Äñºƒ Ÿ(Ÿ:
"€ € B€[4096B] edge_92_bn4b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H²¯Äñºƒ³

RecvTensorµ¯Äñºƒ ª(ª:
"€ € B[4096B] edge_93_bn4b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hµ¯Äñºƒ»

RecvTensor¸¯Äñºƒ •ì(•ì:"€€@€€@B‚[1.0MB] edge_94_res4c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¸¯Äñºƒµ

RecvTensor»¯Äñºƒ €(€:
"€€B€[1024B] edge_95_bn4c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H»¯Äñºƒ³

RecvTensor¾¯Äñºƒ ’(’:
"€€B[1024B] edge_96_bn4c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¾¯Äñºƒ½

RecvTensorÁ¯Äñºƒ ô€(ô€:"
€€€€B‚[2.2MB] edge_97_res4c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÁ¯Äñºƒµ

RecvTensorÄ¯Äñºƒ (:
"€€B€[1024B] edge_98_bn4c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÄ¯Äñºƒ³

RecvTensorÆ¯Äñºƒ (:
"€€B[1024B] edge_99_bn4c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÆ¯Äñºƒ¼

RecvTensorÉ¯Äñºƒ ˆì(ˆì:"€€@€€@Bƒ[1.0MB] edge_100_res4c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÉ¯Äñºƒ¶

RecvTensorÌ¯Äñºƒ §(§:
"€ € B[4096B] edge_101_bn4c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÌ¯Äñºƒµ

RecvTensorÏ¯Äñºƒ ©(©:
"€ € B€[4096B] edge_102_bn4c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÏ¯Äñºƒ¼

RecvTensorÒ¯Äñºƒ ‰ì(‰ì:"€€@€€@Bƒ[1.0MB] edge_103_res4d_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÒ¯Äñºƒ¶

RecvTensorÕ¯Äñºƒ ‰(‰:
"€€B[1024B] edge_104_bn4d_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÕ¯Äñºƒµ

RecvTensorØ¯Äñºƒ ‹(‹:
"€€B€[1024B] edge_105_bn4d_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HØ¯Äñºƒ¾

RecvTensorÛ¯Äñºƒ Ü€(Ü€:"
€€€€Bƒ[2.2MB] edge_106_res4d_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÛ¯Äñºƒ¶

RecvTensorŞ¯Äñºƒ ’(’:
"€€B[1024B] edge_107_bn4d_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŞ¯Äñºƒµ

RecvTensorâ¯Äñºƒ ‘(‘:
"€€B€[1024B] edge_108_bn4d_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hâ¯Äñºƒ¼

RecvTensorå¯Äñºƒ şë(şë:"€€@€€@Bƒ[1.0MB] edge_109_res4d_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hå¯Äñºƒ¶

RecvTensorç¯Äñºƒ Ñ(Ñ:
"€ € B[4096B] edge_110_bn4d_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hç¯Äñºƒµ

RecvTensorê¯Äñºƒ Â(Â:
"€ € B€[4096B] edge_111_bn4d_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hê¯Äñºƒ¼

RecvTensorí¯Äñºƒ ùë(ùë:"€€@€€@Bƒ[1.0MB] edge_112_res4e_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hí¯Äñºƒ¶

RecvTensorğ¯Äñºƒ (:
"€€B[1024B] edge_113_bn4e_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hğ¯Äñºƒµ

RecvTensoró¯Äñºƒ §(§:
"€€B€[1024B] edge_114_bn4e_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hó¯Äñºƒ¾

RecvTensorö¯Äñºƒ Ä€(Ä€:"
€€€€Bƒ[2.2MB] edge_115_res4e_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hö¯Äñºƒ¶

RecvTensorù¯Äñºƒ “(“:
"€€B[1024B] edge_116_bn4e_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hù¯Äñºƒµ

RecvTensorü¯Äñºƒ ¯(¯:
"€€B€[1024B] edge_117_bn4e_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hü¯Äñºƒ¼

RecvTensorÿ¯Äñºƒ ğë(ğë:"€€@€€@Bƒ[1.0MB] edge_118_res4e_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hÿ¯Äñºƒ¶

RecvTensor‚°Äñºƒ Õ(Õ:
"€ € B[4096B] edge_119_bn4e_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‚°Äñºƒµ

RecvTensor…°Äñºƒ Ï(Ï:
"€ € B€[4096B] edge_120_bn4e_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H…°Äñºƒ¼

RecvTensorˆ°Äñºƒ ìë(ìë:"€€@€€@Bƒ[1.0MB] edge_121_res4f_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hˆ°Äñºƒ¶

RecvTensorŠ°Äñºƒ Ÿ(Ÿ:
"€€B[1024B] edge_122_bn4f_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŠ°Äñºƒµ

RecvTensor°Äñºƒ (:
"€€B€[1024B] edge_123_bn4f_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H°Äñºƒ¾

RecvTensor‘°Äñºƒ °€(°€:"
€€€€Bƒ[2.2MB] edge_124_res4f_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‘°Äñºƒ¶

RecvTensor”°Äñºƒ ´(´:
"€€B[1024B] edge_125_bn4f_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H”°Äñºƒµ

RecvTensor–°Äñºƒ š(š:
"€€B€[1024B] edge_126_bn4f_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H–°Äñºƒ¼

RecvTensor™°Äñºƒ Ùë(Ùë:"€€@€€@Bƒ[1.0MB] edge_127_res4f_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H™°Äñºƒ¶

RecvTensorœ°Äñºƒ ×(×:
"€ € B[4096B] edge_128_bn4f_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hœ°Äñºƒµ

RecvTensorŸ°Äñºƒ Ã(Ã:
"€ € B€[4096B] edge_129_bn4f_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŸ°Äñºƒ¾

RecvTensor¢°Äñºƒ ­å(­å:"
€€€€€€Bƒ[2.0MB] edge_130_res5a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¢°Äñºƒ¶

RecvTensor¥°Äñºƒ ç(ç:
"€€B[2048B] edge_131_bn5a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¥°Äñºƒµ

RecvTensor¨°Äñºƒ õ(õ:
"€€B€[2048B] edge_132_bn5a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¨°Äñºƒ¾

RecvTensor«°Äñºƒ İ(İ:"
€€À€€ÀBƒ[9.0MB] edge_133_res5a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H«°Äñºƒ¶

RecvTensor®°Äñºƒ î(î:
"€€B[2048B] edge_134_bn5a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H®°Äñºƒµ

RecvTensor±°Äñºƒ õ(õ:
"€€B€[2048B] edge_135_bn5a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H±°Äñºƒ¾

RecvTensor´°Äñºƒ ·ö(·ö:"
€€€€€€Bƒ[4.0MB] edge_136_res5a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H´°Äñºƒ¶

RecvTensor·°Äñºƒ ¯(¯:
"€@€@B[8192B] edge_137_bn5a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H·°Äñºƒµ

RecvTensorº°Äñºƒ ¥(¥:
"€@€@B€[8192B] edge_138_bn5a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hº°Äñºƒ½

RecvTensor½°Äñºƒ ¨ü(¨ü:"
€€€€€€B‚[8.0MB] edge_139_res5a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H½°Äñºƒµ

RecvTensorÀ°Äñºƒ ­(­:
"€@€@B€[8192B] edge_140_bn5a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÀ°Äñºƒ³

RecvTensorÃ°Äñºƒ (:
"€@€@B[8192B] edge_141_bn5a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÃ°Äñºƒ¾

RecvTensorÆ°Äñºƒ ¨ö(¨ö:"
€€€€€€Bƒ[4.0MB] edge_142_res5b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÆ°Äñºƒ¶

RecvTensorÈ°Äñºƒ å(å:
"€€B[2048B] edge_143_bn5b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÈ°Äñºƒµ

RecvTensorË°Äñºƒ ã(ã:
"€€B€[2048B] edge_144_bn5b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HË°Äñºƒ¾

RecvTensorÎ°Äñºƒ »(»:"
€€À€€ÀBƒ[9.0MB] edge_145_res5b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÎ°Äñºƒ¶

RecvTensorÑ°Äñºƒ Ô(Ô:
"€€B[2048B] edge_146_bn5b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÑ°Äñºƒµ

RecvTensorÕ°Äñºƒ à(à:
"€€B€[2048B] edge_147_bn5b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÕ°Äñºƒ¾

RecvTensorØ°Äñºƒ ˜ö(˜ö:"
€€€€€€Bƒ[4.0MB] edge_148_res5b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HØ°Äñºƒ¶

RecvTensorÛ°Äñºƒ ¬(¬:
"€@€@B[8192B] edge_149_bn5b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÛ°Äñºƒµ

RecvTensorŞ°Äñºƒ ›(›:
"€@€@B€[8192B] edge_150_bn5b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŞ°Äñºƒ¾

RecvTensorá°Äñºƒ ö(ö:"
€€€€€€Bƒ[4.0MB] edge_151_res5c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Há°Äñºƒ¶

RecvTensorä°Äñºƒ è(è:
"€€B[2048B] edge_152_bn5c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hä°Äñºƒµ

RecvTensorç°Äñºƒ Ş(Ş:
"€€B€[2048B] edge_153_bn5c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hç°Äñºƒ¾

RecvTensorê°Äñºƒ Ÿ(Ÿ:"
€€À€€ÀBƒ[9.0MB] edge_154_res5c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hê°Äñºƒ¶

RecvTensorí°Äñºƒ Û(Û:
"€€B[2048B] edge_155_bn5c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hí°Äñºƒµ

RecvTensorğ°Äñºƒ é(é:
"€€B€[2048B] edge_156_bn5c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hğ°Äñºƒ¾

RecvTensoró°Äñºƒ ö(ö:"
€€€€€€Bƒ[4.0MB] edge_157_res5c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hó°Äñºƒ¶

RecvTensorö°Äñºƒ œ(œ:
"€@€@B[8192B] edge_158_bn5c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hö°Äñºƒµ

RecvTensorù°Äñºƒ ’(’:
"€@€@B€[8192B] edge_159_bn5c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hù°Äñºƒµ

RecvTensorü°Äñºƒ äö(äö:"
€€ô€€ôB{[7.8MB] edge_160_fc1000/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hü°Äñºƒ­

RecvTensorÿ°Äñºƒ Á(Á:
"  By[4000B] edge_161_fc1000/bias/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hÿ°Äñºƒ\
conv1/Conv2D˜¶Äñºƒ ÷(÷B2conv1/Conv2D = Conv2D(input, conv1/kernel/read_S1)H˜¶ÄñºƒP 
bn_conv1/FusedBatchNormV3¼Äñºƒ ª(ªBibn_conv1/FusedBatchNormV3 = FusedBatchNormV3(conv1/Conv2D, bn_conv1/gamma/read_S2, bn_conv1/beta/read_S3)H¼ÄñºƒP^
conv1_relu/Relu¹¿Äñºƒ °(°B1conv1_relu/Relu = Relu(bn_conv1/FusedBatchNormV3)H¹¿ÄñºƒPS
pool1/MaxPooléÁÄñºƒ Ç(ÇB(pool1/MaxPool = MaxPool(conv1_relu/Relu)HéÁÄñºƒP}
res2a_branch2a/Conv2D°ÃÄñºƒ Z(ZBLres2a_branch2a/Conv2D = Conv2D(pool1/MaxPool, res2a_branch2a/kernel/read_S4)H°ÃÄñºƒP¼
bn2a_branch2a/FusedBatchNormV3ŠÄÄñºƒ {({Bbn2a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch2a/Conv2D, bn2a_branch2a/gamma/read_S5, bn2a_branch2a/beta/read_S6)HŠÄÄñºƒPs
res2a_branch2a_relu/Relu…ÅÄñºƒ O(OB?res2a_branch2a_relu/Relu = Relu(bn2a_branch2a/FusedBatchNormV3)H…ÅÄñºƒPŠ
res2a_branch2b/Conv2D‰ØÄñºƒ ñ(ñBWres2a_branch2b/Conv2D = Conv2D(res2a_branch2a_relu/Relu, res2a_branch2b/kernel/read_S7)H‰ØÄñºƒP¼
bn2a_branch2b/FusedBatchNormV3úİÄñºƒ s(sBbn2a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch2b/Conv2D, bn2a_branch2b/gamma/read_S8, bn2a_branch2b/beta/read_S9)HúİÄñºƒPs
res2a_branch2b_relu/ReluíŞÄñºƒ R(RB?res2a_branch2b_relu/Relu = Relu(bn2a_branch2b/FusedBatchNormV3)HíŞÄñºƒP‹
res2a_branch2c/Conv2D¿ßÄñºƒ Ñ(ÑBXres2a_branch2c/Conv2D = Conv2D(res2a_branch2b_relu/Relu, res2a_branch2c/kernel/read_S10)H¿ßÄñºƒPÀ
bn2a_branch2c/FusedBatchNormV3âÄñºƒ Ã(ÃBƒbn2a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch2c/Conv2D, bn2a_branch2c/gamma/read_S11, bn2a_branch2c/beta/read_S12)HâÄñºƒP}
res2a_branch1/Conv2DÓåÄñºƒ Â(ÂBKres2a_branch1/Conv2D = Conv2D(pool1/MaxPool, res2a_branch1/kernel/read_S13)HÓåÄñºƒPº
bn2a_branch1/FusedBatchNormV3•èÄñºƒ Á(ÁBbn2a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch1/Conv2D, bn2a_branch1/gamma/read_S14, bn2a_branch1/beta/read_S15)H•èÄñºƒPw
	res2a/addÖëÄñºƒ ¹(¹BPres2a/add = AddV2(bn2a_branch2c/FusedBatchNormV3, bn2a_branch1/FusedBatchNormV3)HÖëÄñºƒPN
res2a_relu/ReluïÄñºƒ ±(±B!res2a_relu/Relu = Relu(res2a/add)HïÄñºƒP‚
res2b_branch2a/Conv2DÀñÄñºƒ Ï(ÏBOres2b_branch2a/Conv2D = Conv2D(res2a_relu/Relu, res2b_branch2a/kernel/read_S16)HÀñÄñºƒP¾
bn2b_branch2a/FusedBatchNormV3ôÄñºƒ t(tBƒbn2b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res2b_branch2a/Conv2D, bn2b_branch2a/gamma/read_S17, bn2b_branch2a/beta/read_S18)HôÄñºƒPs
res2b_branch2a_relu/ReluƒõÄñºƒ P(PB?res2b_branch2a_relu/Relu = Relu(bn2b_branch2a/FusedBatchNormV3)HƒõÄñºƒP‹
res2b_branch2b/Conv2DÓõÄñºƒ ü(üBXres2b_branch2b/Conv2D = Conv2D(res2b_branch2a_relu/Relu, res2b_branch2b/kernel/read_S19)HÓõÄñºƒP¾
bn2b_branch2b/FusedBatchNormV3ÏûÄñºƒ }(}Bƒbn2b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res2b_branch2b/Conv2D, bn2b_branch2b/gamma/read_S20, bn2b_branch2b/beta/read_S21)HÏûÄñºƒPs
res2b_branch2b_relu/ReluÌüÄñºƒ O(OB?res2b_branch2b_relu/Relu = Relu(bn2b_branch2b/FusedBatchNormV3)HÌüÄñºƒP‹
res2b_branch2c/Conv2D›ıÄñºƒ ß(ßBXres2b_branch2c/Conv2D = Conv2D(res2b_branch2b_relu/Relu, res2b_branch2c/kernel/read_S22)H›ıÄñºƒPÀ
bn2b_branch2c/FusedBatchNormV3úÿÄñºƒ Ã(ÃBƒbn2b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res2b_branch2c/Conv2D, bn2b_branch2c/gamma/read_S23, bn2b_branch2c/beta/read_S24)HúÿÄñºƒPi
	res2b/add½ƒÅñºƒ ½(½BBres2b/add = AddV2(bn2b_branch2c/FusedBatchNormV3, res2a_relu/Relu)H½ƒÅñºƒPN
res2b_relu/Reluú†Åñºƒ ±(±B!res2b_relu/Relu = Relu(res2b/add)Hú†ÅñºƒP‚
res2c_branch2a/Conv2D«‰Åñºƒ Ô(ÔBOres2c_branch2a/Conv2D = Conv2D(res2b_relu/Relu, res2c_branch2a/kernel/read_S25)H«‰ÅñºƒP¾
bn2c_branch2a/FusedBatchNormV3ÿ‹Åñºƒ x(xBƒbn2c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res2c_branch2a/Conv2D, bn2c_branch2a/gamma/read_S26, bn2c_branch2a/beta/read_S27)Hÿ‹ÅñºƒPs
res2c_branch2a_relu/Relu÷ŒÅñºƒ P(PB?res2c_branch2a_relu/Relu = Relu(bn2c_branch2a/FusedBatchNormV3)H÷ŒÅñºƒP‹
res2c_branch2b/Conv2DÇÅñºƒ ù(ùBXres2c_branch2b/Conv2D = Conv2D(res2c_branch2a_relu/Relu, res2c_branch2b/kernel/read_S28)HÇÅñºƒP¾
bn2c_branch2b/FusedBatchNormV3À“Åñºƒ x(xBƒbn2c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res2c_branch2b/Conv2D, bn2c_branch2b/gamma/read_S29, bn2c_branch2b/beta/read_S30)HÀ“ÅñºƒPs
res2c_branch2b_relu/Relu¸”Åñºƒ Q(QB?res2c_branch2b_relu/Relu = Relu(bn2c_branch2b/FusedBatchNormV3)H¸”ÅñºƒP‹
res2c_branch2c/Conv2D‰•Åñºƒ Ã(ÃBXres2c_branch2c/Conv2D = Conv2D(res2c_branch2b_relu/Relu, res2c_branch2c/kernel/read_S31)H‰•ÅñºƒPÀ
bn2c_branch2c/FusedBatchNormV3Ì—Åñºƒ Ó(ÓBƒbn2c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res2c_branch2c/Conv2D, bn2c_branch2c/gamma/read_S32, bn2c_branch2c/beta/read_S33)HÌ—ÅñºƒPi
	res2c/addŸ›Åñºƒ ¾(¾BBres2c/add = AddV2(bn2c_branch2c/FusedBatchNormV3, res2b_relu/Relu)HŸ›ÅñºƒPN
res2c_relu/ReluİÅñºƒ ¯(¯B!res2c_relu/Relu = Relu(res2c/add)HİÅñºƒP‚
res3a_branch2a/Conv2DŒ¡Åñºƒ ¤(¤BOres3a_branch2a/Conv2D = Conv2D(res2c_relu/Relu, res3a_branch2a/kernel/read_S34)HŒ¡ÅñºƒPÀ
bn3a_branch2a/FusedBatchNormV3°¦Åñºƒ ó(óBƒbn3a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch2a/Conv2D, bn3a_branch2a/gamma/read_S35, bn3a_branch2a/beta/read_S36)H°¦ÅñºƒPu
res3a_branch2a_relu/Relu£¨Åñºƒ ¢(¢B?res3a_branch2a_relu/Relu = Relu(bn3a_branch2a/FusedBatchNormV3)H£¨ÅñºƒP‹
res3a_branch2b/Conv2DšÄÅñºƒ ç(çBXres3a_branch2b/Conv2D = Conv2D(res3a_branch2a_relu/Relu, res3a_branch2b/kernel/read_S37)HšÄÅñºƒP¾
bn3a_branch2b/FusedBatchNormV3ÊÅñºƒ @(@Bƒbn3a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch2b/Conv2D, bn3a_branch2b/gamma/read_S38, bn3a_branch2b/beta/read_S39)HÊÅñºƒPs
res3a_branch2b_relu/ReluÁÊÅñºƒ +(+B?res3a_branch2b_relu/Relu = Relu(bn3a_branch2b/FusedBatchNormV3)HÁÊÅñºƒP‹
res3a_branch2c/Conv2DìÊÅñºƒ Ï(ÏBXres3a_branch2c/Conv2D = Conv2D(res3a_branch2b_relu/Relu, res3a_branch2c/kernel/read_S40)HìÊÅñºƒPÀ
bn3a_branch2c/FusedBatchNormV3»ÍÅñºƒ ã(ãBƒbn3a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch2c/Conv2D, bn3a_branch2c/gamma/read_S41, bn3a_branch2c/beta/read_S42)H»ÍÅñºƒP
res3a_branch1/Conv2DÏÅñºƒ …(…BMres3a_branch1/Conv2D = Conv2D(res2c_relu/Relu, res3a_branch1/kernel/read_S43)HÏÅñºƒPº
bn3a_branch1/FusedBatchNormV3£ÔÅñºƒ İ(İBbn3a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch1/Conv2D, bn3a_branch1/gamma/read_S44, bn3a_branch1/beta/read_S45)H£ÔÅñºƒPw
	res3a/add€ÖÅñºƒ ñ(ñBPres3a/add = AddV2(bn3a_branch2c/FusedBatchNormV3, bn3a_branch1/FusedBatchNormV3)H€ÖÅñºƒPN
res3a_relu/Reluñ×Åñºƒ œ(œB!res3a_relu/Relu = Relu(res3a/add)Hñ×ÅñºƒP‚
res3b_branch2a/Conv2DÙÅñºƒ Ü(ÜBOres3b_branch2a/Conv2D = Conv2D(res3a_relu/Relu, res3b_branch2a/kernel/read_S46)HÙÅñºƒP¾
bn3b_branch2a/FusedBatchNormV3éÛÅñºƒ ?(?Bƒbn3b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3b_branch2a/Conv2D, bn3b_branch2a/gamma/read_S47, bn3b_branch2a/beta/read_S48)HéÛÅñºƒPs
res3b_branch2a_relu/Relu¨ÜÅñºƒ -(-B?res3b_branch2a_relu/Relu = Relu(bn3b_branch2a/FusedBatchNormV3)H¨ÜÅñºƒP‹
res3b_branch2b/Conv2DÕÜÅñºƒ à(àBXres3b_branch2b/Conv2D = Conv2D(res3b_branch2a_relu/Relu, res3b_branch2b/kernel/read_S49)HÕÜÅñºƒP¾
bn3b_branch2b/FusedBatchNormV3µâÅñºƒ >(>Bƒbn3b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3b_branch2b/Conv2D, bn3b_branch2b/gamma/read_S50, bn3b_branch2b/beta/read_S51)HµâÅñºƒPs
res3b_branch2b_relu/ReluóâÅñºƒ -(-B?res3b_branch2b_relu/Relu = Relu(bn3b_branch2b/FusedBatchNormV3)HóâÅñºƒP‹
res3b_branch2c/Conv2D ãÅñºƒ É(ÉBXres3b_branch2c/Conv2D = Conv2D(res3b_branch2b_relu/Relu, res3b_branch2c/kernel/read_S52)H ãÅñºƒPÀ
bn3b_branch2c/FusedBatchNormV3éåÅñºƒ ß(ßBƒbn3b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3b_branch2c/Conv2D, bn3b_branch2c/gamma/read_S53, bn3b_branch2c/beta/read_S54)HéåÅñºƒPi
	res3b/addÈçÅñºƒ ë(ëBBres3b/add = AddV2(bn3b_branch2c/FusedBatchNormV3, res3a_relu/Relu)HÈçÅñºƒPN
res3b_relu/Relu³éÅñºƒ  ( B!res3b_relu/Relu = Relu(res3b/add)H³éÅñºƒP‚
res3c_branch2a/Conv2DÓêÅñºƒ Î(ÎBOres3c_branch2a/Conv2D = Conv2D(res3b_relu/Relu, res3c_branch2a/kernel/read_S55)HÓêÅñºƒP¾
bn3c_branch2a/FusedBatchNormV3¡íÅñºƒ >(>Bƒbn3c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3c_branch2a/Conv2D, bn3c_branch2a/gamma/read_S56, bn3c_branch2a/beta/read_S57)H¡íÅñºƒPs
res3c_branch2a_relu/RelußíÅñºƒ -(-B?res3c_branch2a_relu/Relu = Relu(bn3c_branch2a/FusedBatchNormV3)HßíÅñºƒP‹
res3c_branch2b/Conv2DŒîÅñºƒ Ë(ËBXres3c_branch2b/Conv2D = Conv2D(res3c_branch2a_relu/Relu, res3c_branch2b/kernel/read_S58)HŒîÅñºƒP¾
bn3c_branch2b/FusedBatchNormV3×óÅñºƒ ?(?Bƒbn3c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3c_branch2b/Conv2D, bn3c_branch2b/gamma/read_S59, bn3c_branch2b/beta/read_S60)H×óÅñºƒPs
res3c_branch2b_relu/Relu–ôÅñºƒ .(.B?res3c_branch2b_relu/Relu = Relu(bn3c_branch2b/FusedBatchNormV3)H–ôÅñºƒP‹
res3c_branch2c/Conv2DÄôÅñºƒ Û(ÛBXres3c_branch2c/Conv2D = Conv2D(res3c_branch2b_relu/Relu, res3c_branch2c/kernel/read_S61)HÄôÅñºƒPÀ
bn3c_branch2c/FusedBatchNormV3Ÿ÷Åñºƒ ğ(ğBƒbn3c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3c_branch2c/Conv2D, bn3c_branch2c/gamma/read_S62, bn3c_branch2c/beta/read_S63)HŸ÷ÅñºƒPi
	res3c/addùÅñºƒ é(éBBres3c/add = AddV2(bn3c_branch2c/FusedBatchNormV3, res3b_relu/Relu)HùÅñºƒPN
res3c_relu/ReluøúÅñºƒ (B!res3c_relu/Relu = Relu(res3c/add)HøúÅñºƒP‚
res3d_branch2a/Conv2D–üÅñºƒ Ò(ÒBOres3d_branch2a/Conv2D = Conv2D(res3c_relu/Relu, res3d_branch2a/kernel/read_S64)H–üÅñºƒP¾
bn3d_branch2a/FusedBatchNormV3èşÅñºƒ @(@Bƒbn3d_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3d_branch2a/Conv2D, bn3d_branch2a/gamma/read_S65, bn3d_branch2a/beta/read_S66)HèşÅñºƒPs
res3d_branch2a_relu/Relu¨ÿÅñºƒ .(.B?res3d_branch2a_relu/Relu = Relu(bn3d_branch2a/FusedBatchNormV3)H¨ÿÅñºƒP‹
res3d_branch2b/Conv2DÖÿÅñºƒ ‘(‘BXres3d_branch2b/Conv2D = Conv2D(res3d_branch2a_relu/Relu, res3d_branch2b/kernel/read_S67)HÖÿÅñºƒP¾
bn3d_branch2b/FusedBatchNormV3ç…Æñºƒ ?(?Bƒbn3d_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3d_branch2b/Conv2D, bn3d_branch2b/gamma/read_S68, bn3d_branch2b/beta/read_S69)Hç…ÆñºƒPs
res3d_branch2b_relu/Relu¦†Æñºƒ -(-B?res3d_branch2b_relu/Relu = Relu(bn3d_branch2b/FusedBatchNormV3)H¦†ÆñºƒP‹
res3d_branch2c/Conv2DÓ†Æñºƒ Û(ÛBXres3d_branch2c/Conv2D = Conv2D(res3d_branch2b_relu/Relu, res3d_branch2c/kernel/read_S70)HÓ†ÆñºƒPÀ
bn3d_branch2c/FusedBatchNormV3®‰Æñºƒ à(àBƒbn3d_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3d_branch2c/Conv2D, bn3d_branch2c/gamma/read_S71, bn3d_branch2c/beta/read_S72)H®‰ÆñºƒPi
	res3d/add‹Æñºƒ â(âBBres3d/add = AddV2(bn3d_branch2c/FusedBatchNormV3, res3c_relu/Relu)H‹ÆñºƒPN
res3d_relu/ReluğŒÆñºƒ ›(›B!res3d_relu/Relu = Relu(res3d/add)HğŒÆñºƒP‚
res4a_branch2a/Conv2D‹Æñºƒ ¡(¡BOres4a_branch2a/Conv2D = Conv2D(res3d_relu/Relu, res4a_branch2a/kernel/read_S73)H‹ÆñºƒP¾
bn4a_branch2a/FusedBatchNormV3¬“Æñºƒ s(sBƒbn4a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch2a/Conv2D, bn4a_branch2a/gamma/read_S74, bn4a_branch2a/beta/read_S75)H¬“ÆñºƒPs
res4a_branch2a_relu/ReluŸ”Æñºƒ R(RB?res4a_branch2a_relu/Relu = Relu(bn4a_branch2a/FusedBatchNormV3)HŸ”ÆñºƒP‹
res4a_branch2b/Conv2D°Çñºƒ Ë(ËBXres4a_branch2b/Conv2D = Conv2D(res4a_branch2a_relu/Relu, res4a_branch2b/kernel/read_S76)H°ÇñºƒP¾
bn4a_branch2b/FusedBatchNormV3ÙµÇñºƒ #(#Bƒbn4a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch2b/Conv2D, bn4a_branch2b/gamma/read_S77, bn4a_branch2b/beta/read_S78)HÙµÇñºƒPs
res4a_branch2b_relu/ReluüµÇñºƒ (B?res4a_branch2b_relu/Relu = Relu(bn4a_branch2b/FusedBatchNormV3)HüµÇñºƒP‹
res4a_branch2c/Conv2D–¶Çñºƒ İ(İBXres4a_branch2c/Conv2D = Conv2D(res4a_branch2b_relu/Relu, res4a_branch2c/kernel/read_S79)H–¶ÇñºƒP¾
bn4a_branch2c/FusedBatchNormV3ó¸Çñºƒ t(tBƒbn4a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch2c/Conv2D, bn4a_branch2c/gamma/read_S80, bn4a_branch2c/beta/read_S81)Hó¸ÇñºƒP
res4a_branch1/Conv2Dç¹Çñºƒ ›(›BMres4a_branch1/Conv2D = Conv2D(res3d_relu/Relu, res4a_branch1/kernel/read_S82)Hç¹ÇñºƒP¸
bn4a_branch1/FusedBatchNormV3‚¿Çñºƒ t(tBbn4a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch1/Conv2D, bn4a_branch1/gamma/read_S83, bn4a_branch1/beta/read_S84)H‚¿ÇñºƒPu
	res4a/addö¿Çñºƒ t(tBPres4a/add = AddV2(bn4a_branch2c/FusedBatchNormV3, bn4a_branch1/FusedBatchNormV3)Hö¿ÇñºƒPL
res4a_relu/ReluêÀÇñºƒ U(UB!res4a_relu/Relu = Relu(res4a/add)HêÀÇñºƒP‚
res4b_branch2a/Conv2D¿ÁÇñºƒ ×(×BOres4b_branch2a/Conv2D = Conv2D(res4a_relu/Relu, res4b_branch2a/kernel/read_S85)H¿ÁÇñºƒP¾
bn4b_branch2a/FusedBatchNormV3–ÄÇñºƒ "("Bƒbn4b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4b_branch2a/Conv2D, bn4b_branch2a/gamma/read_S86, bn4b_branch2a/beta/read_S87)H–ÄÇñºƒPs
res4b_branch2a_relu/Relu¸ÄÇñºƒ (B?res4b_branch2a_relu/Relu = Relu(bn4b_branch2a/FusedBatchNormV3)H¸ÄÇñºƒP‹
res4b_branch2b/Conv2DÓÄÇñºƒ Æ(ÆBXres4b_branch2b/Conv2D = Conv2D(res4b_branch2a_relu/Relu, res4b_branch2b/kernel/read_S88)HÓÄÇñºƒP¾
bn4b_branch2b/FusedBatchNormV3™ÊÇñºƒ "("Bƒbn4b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4b_branch2b/Conv2D, bn4b_branch2b/gamma/read_S89, bn4b_branch2b/beta/read_S90)H™ÊÇñºƒPs
res4b_branch2b_relu/Relu»ÊÇñºƒ (B?res4b_branch2b_relu/Relu = Relu(bn4b_branch2b/FusedBatchNormV3)H»ÊÇñºƒP‹
res4b_branch2c/Conv2DÕÊÇñºƒ È(ÈBXres4b_branch2c/Conv2D = Conv2D(res4b_branch2b_relu/Relu, res4b_branch2c/kernel/read_S91)HÕÊÇñºƒP¾
bn4b_branch2c/FusedBatchNormV3ÍÇñºƒ |(|Bƒbn4b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4b_branch2c/Conv2D, bn4b_branch2c/gamma/read_S92, bn4b_branch2c/beta/read_S93)HÍÇñºƒPg
	res4b/add™ÎÇñºƒ u(uBBres4b/add = AddV2(bn4b_branch2c/FusedBatchNormV3, res4a_relu/Relu)H™ÎÇñºƒPL
res4b_relu/ReluÏÇñºƒ Q(QB!res4b_relu/Relu = Relu(res4b/add)HÏÇñºƒP‚
res4c_branch2a/Conv2DßÏÇñºƒ Î(ÎBOres4c_branch2a/Conv2D = Conv2D(res4b_relu/Relu, res4c_branch2a/kernel/read_S94)HßÏÇñºƒP¾
bn4c_branch2a/FusedBatchNormV3­ÒÇñºƒ #(#Bƒbn4c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4c_branch2a/Conv2D, bn4c_branch2a/gamma/read_S95, bn4c_branch2a/beta/read_S96)H­ÒÇñºƒPs
res4c_branch2a_relu/ReluĞÒÇñºƒ (B?res4c_branch2a_relu/Relu = Relu(bn4c_branch2a/FusedBatchNormV3)HĞÒÇñºƒP‹
res4c_branch2b/Conv2DìÒÇñºƒ ñ(ñBXres4c_branch2b/Conv2D = Conv2D(res4c_branch2a_relu/Relu, res4c_branch2b/kernel/read_S97)HìÒÇñºƒP¾
bn4c_branch2b/FusedBatchNormV3İØÇñºƒ "("Bƒbn4c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4c_branch2b/Conv2D, bn4c_branch2b/gamma/read_S98, bn4c_branch2b/beta/read_S99)HİØÇñºƒPs
res4c_branch2b_relu/ReluÿØÇñºƒ (B?res4c_branch2b_relu/Relu = Relu(bn4c_branch2b/FusedBatchNormV3)HÿØÇñºƒPŒ
res4c_branch2c/Conv2D™ÙÇñºƒ Ä(ÄBYres4c_branch2c/Conv2D = Conv2D(res4c_branch2b_relu/Relu, res4c_branch2c/kernel/read_S100)H™ÙÇñºƒPÀ
bn4c_branch2c/FusedBatchNormV3İÛÇñºƒ }(}B…bn4c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4c_branch2c/Conv2D, bn4c_branch2c/gamma/read_S101, bn4c_branch2c/beta/read_S102)HİÛÇñºƒPg
	res4c/addÚÜÇñºƒ q(qBBres4c/add = AddV2(bn4c_branch2c/FusedBatchNormV3, res4b_relu/Relu)HÚÜÇñºƒPL
res4c_relu/ReluËİÇñºƒ R(RB!res4c_relu/Relu = Relu(res4c/add)HËİÇñºƒPƒ
res4d_branch2a/Conv2DŞÇñºƒ ä(äBPres4d_branch2a/Conv2D = Conv2D(res4c_relu/Relu, res4d_branch2a/kernel/read_S103)HŞÇñºƒPÀ
bn4d_branch2a/FusedBatchNormV3áÇñºƒ "("B…bn4d_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4d_branch2a/Conv2D, bn4d_branch2a/gamma/read_S104, bn4d_branch2a/beta/read_S105)HáÇñºƒPs
res4d_branch2a_relu/Relu£áÇñºƒ (B?res4d_branch2a_relu/Relu = Relu(bn4d_branch2a/FusedBatchNormV3)H£áÇñºƒPŒ
res4d_branch2b/Conv2D½áÇñºƒ Ô(ÔBYres4d_branch2b/Conv2D = Conv2D(res4d_branch2a_relu/Relu, res4d_branch2b/kernel/read_S106)H½áÇñºƒPÀ
bn4d_branch2b/FusedBatchNormV3‘çÇñºƒ #(#B…bn4d_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4d_branch2b/Conv2D, bn4d_branch2b/gamma/read_S107, bn4d_branch2b/beta/read_S108)H‘çÇñºƒPs
res4d_branch2b_relu/Relu´çÇñºƒ (B?res4d_branch2b_relu/Relu = Relu(bn4d_branch2b/FusedBatchNormV3)H´çÇñºƒPŒ
res4d_branch2c/Conv2DÏçÇñºƒ Â(ÂBYres4d_branch2c/Conv2D = Conv2D(res4d_branch2b_relu/Relu, res4d_branch2c/kernel/read_S109)HÏçÇñºƒPÀ
bn4d_branch2c/FusedBatchNormV3‘êÇñºƒ u(uB…bn4d_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4d_branch2c/Conv2D, bn4d_branch2c/gamma/read_S110, bn4d_branch2c/beta/read_S111)H‘êÇñºƒPg
	res4d/add†ëÇñºƒ y(yBBres4d/add = AddV2(bn4d_branch2c/FusedBatchNormV3, res4c_relu/Relu)H†ëÇñºƒPL
res4d_relu/ReluÿëÇñºƒ R(RB!res4d_relu/Relu = Relu(res4d/add)HÿëÇñºƒPƒ
res4e_branch2a/Conv2DÑìÇñºƒ É(ÉBPres4e_branch2a/Conv2D = Conv2D(res4d_relu/Relu, res4e_branch2a/kernel/read_S112)HÑìÇñºƒPÀ
bn4e_branch2a/FusedBatchNormV3šïÇñºƒ %(%B…bn4e_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4e_branch2a/Conv2D, bn4e_branch2a/gamma/read_S113, bn4e_branch2a/beta/read_S114)HšïÇñºƒPs
res4e_branch2a_relu/Relu¿ïÇñºƒ (B?res4e_branch2a_relu/Relu = Relu(bn4e_branch2a/FusedBatchNormV3)H¿ïÇñºƒPŒ
res4e_branch2b/Conv2DØïÇñºƒ ö(öBYres4e_branch2b/Conv2D = Conv2D(res4e_branch2a_relu/Relu, res4e_branch2b/kernel/read_S115)HØïÇñºƒPÀ
bn4e_branch2b/FusedBatchNormV3ÎõÇñºƒ &(&B…bn4e_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4e_branch2b/Conv2D, bn4e_branch2b/gamma/read_S116, bn4e_branch2b/beta/read_S117)HÎõÇñºƒPs
res4e_branch2b_relu/ReluôõÇñºƒ (B?res4e_branch2b_relu/Relu = Relu(bn4e_branch2b/FusedBatchNormV3)HôõÇñºƒPŒ
res4e_branch2c/Conv2DöÇñºƒ â(âBYres4e_branch2c/Conv2D = Conv2D(res4e_branch2b_relu/Relu, res4e_branch2c/kernel/read_S118)HöÇñºƒPÀ
bn4e_branch2c/FusedBatchNormV3ñøÇñºƒ v(vB…bn4e_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4e_branch2c/Conv2D, bn4e_branch2c/gamma/read_S119, bn4e_branch2c/beta/read_S120)HñøÇñºƒPg
	res4e/addçùÇñºƒ v(vBBres4e/add = AddV2(bn4e_branch2c/FusedBatchNormV3, res4d_relu/Relu)HçùÇñºƒPL
res4e_relu/ReluİúÇñºƒ O(OB!res4e_relu/Relu = Relu(res4e/add)HİúÇñºƒPƒ
res4f_branch2a/Conv2D¬ûÇñºƒ Ä(ÄBPres4f_branch2a/Conv2D = Conv2D(res4e_relu/Relu, res4f_branch2a/kernel/read_S121)H¬ûÇñºƒPÀ
bn4f_branch2a/FusedBatchNormV3ğıÇñºƒ #(#B…bn4f_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4f_branch2a/Conv2D, bn4f_branch2a/gamma/read_S122, bn4f_branch2a/beta/read_S123)HğıÇñºƒPs
res4f_branch2a_relu/Relu“şÇñºƒ (B?res4f_branch2a_relu/Relu = Relu(bn4f_branch2a/FusedBatchNormV3)H“şÇñºƒPŒ
res4f_branch2b/Conv2D­şÇñºƒ ù(ùBYres4f_branch2b/Conv2D = Conv2D(res4f_branch2a_relu/Relu, res4f_branch2b/kernel/read_S124)H­şÇñºƒPÀ
bn4f_branch2b/FusedBatchNormV3¦„Èñºƒ $($B…bn4f_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4f_branch2b/Conv2D, bn4f_branch2b/gamma/read_S125, bn4f_branch2b/beta/read_S126)H¦„ÈñºƒPs
res4f_branch2b_relu/ReluÊ„Èñºƒ (B?res4f_branch2b_relu/Relu = Relu(bn4f_branch2b/FusedBatchNormV3)HÊ„ÈñºƒPŒ
res4f_branch2c/Conv2Dä„Èñºƒ Í(ÍBYres4f_branch2c/Conv2D = Conv2D(res4f_branch2b_relu/Relu, res4f_branch2c/kernel/read_S127)Hä„ÈñºƒPÀ
bn4f_branch2c/FusedBatchNormV3±‡Èñºƒ s(sB…bn4f_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4f_branch2c/Conv2D, bn4f_branch2c/gamma/read_S128, bn4f_branch2c/beta/read_S129)H±‡ÈñºƒPg
	res4f/add¤ˆÈñºƒ u(uBBres4f/add = AddV2(bn4f_branch2c/FusedBatchNormV3, res4e_relu/Relu)H¤ˆÈñºƒPL
res4f_relu/Relu™‰Èñºƒ P(PB!res4f_relu/Relu = Relu(res4f/add)H™‰ÈñºƒPƒ
res5a_branch2a/Conv2Dé‰Èñºƒ Œ(ŒBPres5a_branch2a/Conv2D = Conv2D(res4f_relu/Relu, res5a_branch2a/kernel/read_S130)Hé‰ÈñºƒPÀ
bn5a_branch2a/FusedBatchNormV3õÈñºƒ D(DB…bn5a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch2a/Conv2D, bn5a_branch2a/gamma/read_S131, bn5a_branch2a/beta/read_S132)HõÈñºƒPs
res5a_branch2a_relu/Relu¹Èñºƒ ,(,B?res5a_branch2a_relu/Relu = Relu(bn5a_branch2a/FusedBatchNormV3)H¹ÈñºƒPŒ
res5a_branch2b/Conv2DˆÁÉñºƒ ‰(‰BYres5a_branch2b/Conv2D = Conv2D(res5a_branch2a_relu/Relu, res5a_branch2b/kernel/read_S133)HˆÁÉñºƒPÀ
bn5a_branch2b/FusedBatchNormV3‘ÇÉñºƒ (B…bn5a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch2b/Conv2D, bn5a_branch2b/gamma/read_S134, bn5a_branch2b/beta/read_S135)H‘ÇÉñºƒPs
res5a_branch2b_relu/Relu¨ÇÉñºƒ (B?res5a_branch2b_relu/Relu = Relu(bn5a_branch2b/FusedBatchNormV3)H¨ÇÉñºƒPŒ
res5a_branch2c/Conv2D¹ÇÉñºƒ Ù(ÙBYres5a_branch2c/Conv2D = Conv2D(res5a_branch2b_relu/Relu, res5a_branch2c/kernel/read_S136)H¹ÇÉñºƒPÀ
bn5a_branch2c/FusedBatchNormV3’ÊÉñºƒ >(>B…bn5a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch2c/Conv2D, bn5a_branch2c/gamma/read_S137, bn5a_branch2c/beta/read_S138)H’ÊÉñºƒP€
res5a_branch1/Conv2DĞÊÉñºƒ „(„BNres5a_branch1/Conv2D = Conv2D(res4f_relu/Relu, res5a_branch1/kernel/read_S139)HĞÊÉñºƒP»
bn5a_branch1/FusedBatchNormV3ÔÏÉñºƒ ?(?Bbn5a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch1/Conv2D, bn5a_branch1/gamma/read_S140, bn5a_branch1/beta/read_S141)HÔÏÉñºƒPu
	res5a/add“ĞÉñºƒ >(>BPres5a/add = AddV2(bn5a_branch2c/FusedBatchNormV3, bn5a_branch1/FusedBatchNormV3)H“ĞÉñºƒPL
res5a_relu/ReluÑĞÉñºƒ +(+B!res5a_relu/Relu = Relu(res5a/add)HÑĞÉñºƒPƒ
res5b_branch2a/Conv2DüĞÉñºƒ Ş(ŞBPres5b_branch2a/Conv2D = Conv2D(res5a_relu/Relu, res5b_branch2a/kernel/read_S142)HüĞÉñºƒPÀ
bn5b_branch2a/FusedBatchNormV3ÚÓÉñºƒ (B…bn5b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res5b_branch2a/Conv2D, bn5b_branch2a/gamma/read_S143, bn5b_branch2a/beta/read_S144)HÚÓÉñºƒPs
res5b_branch2a_relu/ReluñÓÉñºƒ (B?res5b_branch2a_relu/Relu = Relu(bn5b_branch2a/FusedBatchNormV3)HñÓÉñºƒPŒ
res5b_branch2b/Conv2DÔÉñºƒ Ñ(ÑBYres5b_branch2b/Conv2D = Conv2D(res5b_branch2a_relu/Relu, res5b_branch2b/kernel/read_S145)HÔÉñºƒPÀ
bn5b_branch2b/FusedBatchNormV3ÒÙÉñºƒ (B…bn5b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res5b_branch2b/Conv2D, bn5b_branch2b/gamma/read_S146, bn5b_branch2b/beta/read_S147)HÒÙÉñºƒPs
res5b_branch2b_relu/ReluçÙÉñºƒ (B?res5b_branch2b_relu/Relu = Relu(bn5b_branch2b/FusedBatchNormV3)HçÙÉñºƒPŒ
res5b_branch2c/Conv2D÷ÙÉñºƒ Ğ(ĞBYres5b_branch2c/Conv2D = Conv2D(res5b_branch2b_relu/Relu, res5b_branch2c/kernel/read_S148)H÷ÙÉñºƒPÀ
bn5b_branch2c/FusedBatchNormV3ÇÜÉñºƒ >(>B…bn5b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res5b_branch2c/Conv2D, bn5b_branch2c/gamma/read_S149, bn5b_branch2c/beta/read_S150)HÇÜÉñºƒPg
	res5b/add…İÉñºƒ ?(?BBres5b/add = AddV2(bn5b_branch2c/FusedBatchNormV3, res5a_relu/Relu)H…İÉñºƒPL
res5b_relu/ReluÄİÉñºƒ ,(,B!res5b_relu/Relu = Relu(res5b/add)HÄİÉñºƒPƒ
res5c_branch2a/Conv2DğİÉñºƒ Ö(ÖBPres5c_branch2a/Conv2D = Conv2D(res5b_relu/Relu, res5c_branch2a/kernel/read_S151)HğİÉñºƒPÀ
bn5c_branch2a/FusedBatchNormV3ÆàÉñºƒ (B…bn5c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res5c_branch2a/Conv2D, bn5c_branch2a/gamma/read_S152, bn5c_branch2a/beta/read_S153)HÆàÉñºƒPs
res5c_branch2a_relu/ReluÛàÉñºƒ (B?res5c_branch2a_relu/Relu = Relu(bn5c_branch2a/FusedBatchNormV3)HÛàÉñºƒPŒ
res5c_branch2b/Conv2DìàÉñºƒ Ê(ÊBYres5c_branch2b/Conv2D = Conv2D(res5c_branch2a_relu/Relu, res5c_branch2b/kernel/read_S154)HìàÉñºƒPÀ
bn5c_branch2b/FusedBatchNormV3¶æÉñºƒ (B…bn5c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res5c_branch2b/Conv2D, bn5c_branch2b/gamma/read_S155, bn5c_branch2b/beta/read_S156)H¶æÉñºƒPs
res5c_branch2b_relu/ReluÌæÉñºƒ (B?res5c_branch2b_relu/Relu = Relu(bn5c_branch2b/FusedBatchNormV3)HÌæÉñºƒPŒ
res5c_branch2c/Conv2DİæÉñºƒ Í(ÍBYres5c_branch2c/Conv2D = Conv2D(res5c_branch2b_relu/Relu, res5c_branch2c/kernel/read_S157)HİæÉñºƒPÀ
bn5c_branch2c/FusedBatchNormV3ªéÉñºƒ ?(?B…bn5c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res5c_branch2c/Conv2D, bn5c_branch2c/gamma/read_S158, bn5c_branch2c/beta/read_S159)HªéÉñºƒPg
	res5c/addééÉñºƒ =(=BBres5c/add = AddV2(bn5c_branch2c/FusedBatchNormV3, res5b_relu/Relu)HééÉñºƒPL
res5c_relu/Relu¦êÉñºƒ -(-B!res5c_relu/Relu = Relu(res5c/add)H¦êÉñºƒPN
avg_pool/MeanÓêÉñºƒ (B%avg_pool/Mean = Mean(res5c_relu/Relu)HÓêÉñºƒPg
fc1000/MatMulíêÉñºƒ (B>fc1000/MatMul = MatMul(avg_pool/Mean, fc1000/kernel/read_S160)HíêÉñºƒPh
fc1000/BiasAdd‚ëÉñºƒ 	(	B>fc1000/BiasAdd = BiasAdd(fc1000/MatMul, fc1000/bias/read_S161)H‚ëÉñºƒP˜
"loss/SoftmaxCrossEntropyWithLogits‹ëÉñºƒ (BZloss/SoftmaxCrossEntropyWithLogits = SoftmaxCrossEntropyWithLogits(fc1000/BiasAdd, labels)H‹ëÉñºƒPƒ
gradients/fc1000/bias_grad“ëÉñºƒ (BMgradients/fc1000/bias_grad = BackpropGrad(loss/SoftmaxCrossEntropyWithLogits)H“ëÉñºƒP
gradients/fc1000/kernel_grad›ëÉñºƒ 4(4BGgradients/fc1000/kernel_grad = BackpropGrad(gradients/fc1000/bias_grad)H›ëÉñºƒP‹
!gradients/bn5c_branch2c/beta_gradÏëÉñºƒ (BNgradients/bn5c_branch2c/beta_grad = BackpropGrad(gradients/fc1000/kernel_grad)HÏëÉñºƒP”
"gradients/bn5c_branch2c/gamma_gradëëÉñºƒ Œ(ŒBTgradients/bn5c_branch2c/gamma_grad = BackpropGrad(gradients/bn5c_branch2c/beta_grad)HëëÉñºƒP™
$gradients/res5c_branch2c/kernel_grad÷ìÉñºƒ Ÿ(ŸBWgradients/res5c_branch2c/kernel_grad = BackpropGrad(gradients/bn5c_branch2c/gamma_grad)H÷ìÉñºƒP“
!gradients/bn5c_branch2b/beta_grad–òÉñºƒ (BVgradients/bn5c_branch2b/beta_grad = BackpropGrad(gradients/res5c_branch2c/kernel_grad)H–òÉñºƒP’
"gradients/bn5c_branch2b/gamma_grad£òÉñºƒ (((BTgradients/bn5c_branch2b/gamma_grad = BackpropGrad(gradients/bn5c_branch2b/beta_grad)H£òÉñºƒP™
$gradients/res5c_branch2b/kernel_gradËòÉñºƒ Â(ÂBWgradients/res5c_branch2b/kernel_grad = BackpropGrad(gradients/bn5c_branch2b/gamma_grad)HËòÉñºƒP“
!gradients/bn5c_branch2a/beta_gradşÉñºƒ (BVgradients/bn5c_branch2a/beta_grad = BackpropGrad(gradients/res5c_branch2b/kernel_grad)HşÉñºƒP’
"gradients/bn5c_branch2a/gamma_gradšşÉñºƒ (((BTgradients/bn5c_branch2a/gamma_grad = BackpropGrad(gradients/bn5c_branch2a/beta_grad)HšşÉñºƒP™
$gradients/res5c_branch2a/kernel_gradÂşÉñºƒ (BWgradients/res5c_branch2a/kernel_grad = BackpropGrad(gradients/bn5c_branch2a/gamma_grad)HÂşÉñºƒP“
!gradients/bn5b_branch2c/beta_gradàƒÊñºƒ (BVgradients/bn5b_branch2c/beta_grad = BackpropGrad(gradients/res5c_branch2a/kernel_grad)HàƒÊñºƒP”
"gradients/bn5b_branch2c/gamma_gradúƒÊñºƒ †(†BTgradients/bn5b_branch2c/gamma_grad = BackpropGrad(gradients/bn5b_branch2c/beta_grad)HúƒÊñºƒP™
$gradients/res5b_branch2c/kernel_grad€…Êñºƒ Œ(ŒBWgradients/res5b_branch2c/kernel_grad = BackpropGrad(gradients/bn5b_branch2c/gamma_grad)H€…ÊñºƒP“
!gradients/bn5b_branch2b/beta_gradŒŠÊñºƒ (BVgradients/bn5b_branch2b/beta_grad = BackpropGrad(gradients/res5b_branch2c/kernel_grad)HŒŠÊñºƒP’
"gradients/bn5b_branch2b/gamma_grad˜ŠÊñºƒ +(+BTgradients/bn5b_branch2b/gamma_grad = BackpropGrad(gradients/bn5b_branch2b/beta_grad)H˜ŠÊñºƒP™
$gradients/res5b_branch2b/kernel_gradÃŠÊñºƒ ù(ùBWgradients/res5b_branch2b/kernel_grad = BackpropGrad(gradients/bn5b_branch2b/gamma_grad)HÃŠÊñºƒP“
!gradients/bn5b_branch2a/beta_grad¼–Êñºƒ (BVgradients/bn5b_branch2a/beta_grad = BackpropGrad(gradients/res5b_branch2b/kernel_grad)H¼–ÊñºƒP’
"gradients/bn5b_branch2a/gamma_gradÈ–Êñºƒ )()BTgradients/bn5b_branch2a/gamma_grad = BackpropGrad(gradients/bn5b_branch2a/beta_grad)HÈ–ÊñºƒP™
$gradients/res5b_branch2a/kernel_gradñ–Êñºƒ £(£BWgradients/res5b_branch2a/kernel_grad = BackpropGrad(gradients/bn5b_branch2a/gamma_grad)Hñ–ÊñºƒP‘
 gradients/bn5a_branch1/beta_grad”œÊñºƒ (BUgradients/bn5a_branch1/beta_grad = BackpropGrad(gradients/res5b_branch2a/kernel_grad)H”œÊñºƒP
!gradients/bn5a_branch1/gamma_grad®œÊñºƒ R(RBRgradients/bn5a_branch1/gamma_grad = BackpropGrad(gradients/bn5a_branch1/beta_grad)H®œÊñºƒP–
#gradients/res5a_branch1/kernel_grad€Êñºƒ ª
(ª
BUgradients/res5a_branch1/kernel_grad = BackpropGrad(gradients/bn5a_branch1/gamma_grad)H€ÊñºƒP’
!gradients/bn5a_branch2c/beta_gradª§Êñºƒ (BUgradients/bn5a_branch2c/beta_grad = BackpropGrad(gradients/res5a_branch1/kernel_grad)Hª§ÊñºƒP”
"gradients/bn5a_branch2c/gamma_gradÅ§Êñºƒ ˆ(ˆBTgradients/bn5a_branch2c/gamma_grad = BackpropGrad(gradients/bn5a_branch2c/beta_grad)HÅ§ÊñºƒP™
$gradients/res5a_branch2c/kernel_gradÍ¨Êñºƒ €(€BWgradients/res5a_branch2c/kernel_grad = BackpropGrad(gradients/bn5a_branch2c/gamma_grad)HÍ¨ÊñºƒP“
!gradients/bn5a_branch2b/beta_gradÍ­Êñºƒ (BVgradients/bn5a_branch2b/beta_grad = BackpropGrad(gradients/res5a_branch2c/kernel_grad)HÍ­ÊñºƒP’
"gradients/bn5a_branch2b/gamma_gradÙ­Êñºƒ )()BTgradients/bn5a_branch2b/gamma_grad = BackpropGrad(gradients/bn5a_branch2b/beta_grad)HÙ­ÊñºƒP™
$gradients/res5a_branch2b/kernel_grad‚®Êñºƒ í(íBWgradients/res5a_branch2b/kernel_grad = BackpropGrad(gradients/bn5a_branch2b/gamma_grad)H‚®ÊñºƒP“
!gradients/bn5a_branch2a/beta_gradï¹Êñºƒ (BVgradients/bn5a_branch2a/beta_grad = BackpropGrad(gradients/res5a_branch2b/kernel_grad)Hï¹ÊñºƒP”
"gradients/bn5a_branch2a/gamma_grad‰ºÊñºƒ †(†BTgradients/bn5a_branch2a/gamma_grad = BackpropGrad(gradients/bn5a_branch2a/beta_grad)H‰ºÊñºƒP™
$gradients/res5a_branch2a/kernel_grad»Êñºƒ ¨
(¨
BWgradients/res5a_branch2a/kernel_grad = BackpropGrad(gradients/bn5a_branch2a/gamma_grad)H»ÊñºƒP“
!gradients/bn4f_branch2c/beta_grad·ÅÊñºƒ ,(,BVgradients/bn4f_branch2c/beta_grad = BackpropGrad(gradients/res5a_branch2a/kernel_grad)H·ÅÊñºƒP”
"gradients/bn4f_branch2c/gamma_gradãÅÊñºƒ “(“BTgradients/bn4f_branch2c/gamma_grad = BackpropGrad(gradients/bn4f_branch2c/beta_grad)HãÅÊñºƒP™
$gradients/res4f_branch2c/kernel_gradöÇÊñºƒ ˜(˜BWgradients/res4f_branch2c/kernel_grad = BackpropGrad(gradients/bn4f_branch2c/gamma_grad)HöÇÊñºƒP“
!gradients/bn4f_branch2b/beta_gradÍÊñºƒ (BVgradients/bn4f_branch2b/beta_grad = BackpropGrad(gradients/res4f_branch2c/kernel_grad)HÍÊñºƒP’
"gradients/bn4f_branch2b/gamma_gradŸÍÊñºƒ I(IBTgradients/bn4f_branch2b/gamma_grad = BackpropGrad(gradients/bn4f_branch2b/beta_grad)HŸÍÊñºƒP™
$gradients/res4f_branch2b/kernel_gradèÍÊñºƒ (BWgradients/res4f_branch2b/kernel_grad = BackpropGrad(gradients/bn4f_branch2b/gamma_grad)HèÍÊñºƒP“
!gradients/bn4f_branch2a/beta_gradéÙÊñºƒ (BVgradients/bn4f_branch2a/beta_grad = BackpropGrad(gradients/res4f_branch2b/kernel_grad)HéÙÊñºƒP’
"gradients/bn4f_branch2a/gamma_gradúÙÊñºƒ H(HBTgradients/bn4f_branch2a/gamma_grad = BackpropGrad(gradients/bn4f_branch2a/beta_grad)HúÙÊñºƒP™
$gradients/res4f_branch2a/kernel_gradÂÚÊñºƒ —(—BWgradients/res4f_branch2a/kernel_grad = BackpropGrad(gradients/bn4f_branch2a/gamma_grad)HÂÚÊñºƒP“
!gradients/bn4e_branch2c/beta_gradÙßÊñºƒ ,(,BVgradients/bn4e_branch2c/beta_grad = BackpropGrad(gradients/res4f_branch2a/kernel_grad)HÙßÊñºƒP”
"gradients/bn4e_branch2c/gamma_grad…àÊñºƒ „(„BTgradients/bn4e_branch2c/gamma_grad = BackpropGrad(gradients/bn4e_branch2c/beta_grad)H…àÊñºƒP™
$gradients/res4e_branch2c/kernel_grad‰âÊñºƒ ‰(‰BWgradients/res4e_branch2c/kernel_grad = BackpropGrad(gradients/bn4e_branch2c/gamma_grad)H‰âÊñºƒP“
!gradients/bn4e_branch2b/beta_grad’çÊñºƒ (BVgradients/bn4e_branch2b/beta_grad = BackpropGrad(gradients/res4e_branch2c/kernel_grad)H’çÊñºƒP’
"gradients/bn4e_branch2b/gamma_grad£çÊñºƒ F(FBTgradients/bn4e_branch2b/gamma_grad = BackpropGrad(gradients/bn4e_branch2b/beta_grad)H£çÊñºƒP™
$gradients/res4e_branch2b/kernel_gradéçÊñºƒ ±(±BWgradients/res4e_branch2b/kernel_grad = BackpropGrad(gradients/bn4e_branch2b/gamma_grad)HéçÊñºƒP“
!gradients/bn4e_branch2a/beta_gradšóÊñºƒ (BVgradients/bn4e_branch2a/beta_grad = BackpropGrad(gradients/res4e_branch2b/kernel_grad)HšóÊñºƒP’
"gradients/bn4e_branch2a/gamma_gradªóÊñºƒ D(DBTgradients/bn4e_branch2a/gamma_grad = BackpropGrad(gradients/bn4e_branch2a/beta_grad)HªóÊñºƒP™
$gradients/res4e_branch2a/kernel_gradîóÊñºƒ ˜(˜BWgradients/res4e_branch2a/kernel_grad = BackpropGrad(gradients/bn4e_branch2a/gamma_grad)HîóÊñºƒP“
!gradients/bn4d_branch2c/beta_grad†ùÊñºƒ .(.BVgradients/bn4d_branch2c/beta_grad = BackpropGrad(gradients/res4e_branch2a/kernel_grad)H†ùÊñºƒP”
"gradients/bn4d_branch2c/gamma_grad´ùÊñºƒ Œ(ŒBTgradients/bn4d_branch2c/gamma_grad = BackpropGrad(gradients/bn4d_branch2c/beta_grad)H´ùÊñºƒP™
$gradients/res4d_branch2c/kernel_gradÀûÊñºƒ ƒ(ƒBWgradients/res4d_branch2c/kernel_grad = BackpropGrad(gradients/bn4d_branch2c/gamma_grad)HÀûÊñºƒP“
!gradients/bn4d_branch2b/beta_gradÃ€Ëñºƒ (BVgradients/bn4d_branch2b/beta_grad = BackpropGrad(gradients/res4d_branch2c/kernel_grad)HÃ€ËñºƒP’
"gradients/bn4d_branch2b/gamma_gradÔ€Ëñºƒ F(FBTgradients/bn4d_branch2b/gamma_grad = BackpropGrad(gradients/bn4d_branch2b/beta_grad)HÔ€ËñºƒP™
$gradients/res4d_branch2b/kernel_gradšËñºƒ Ó(ÓBWgradients/res4d_branch2b/kernel_grad = BackpropGrad(gradients/bn4d_branch2b/gamma_grad)HšËñºƒP“
!gradients/bn4d_branch2a/beta_gradíŒËñºƒ (BVgradients/bn4d_branch2a/beta_grad = BackpropGrad(gradients/res4d_branch2b/kernel_grad)HíŒËñºƒP’
"gradients/bn4d_branch2a/gamma_gradÿŒËñºƒ I(IBTgradients/bn4d_branch2a/gamma_grad = BackpropGrad(gradients/bn4d_branch2a/beta_grad)HÿŒËñºƒP™
$gradients/res4d_branch2a/kernel_gradÈËñºƒ ¨(¨BWgradients/res4d_branch2a/kernel_grad = BackpropGrad(gradients/bn4d_branch2a/gamma_grad)HÈËñºƒP“
!gradients/bn4c_branch2c/beta_gradğ’Ëñºƒ .(.BVgradients/bn4c_branch2c/beta_grad = BackpropGrad(gradients/res4d_branch2a/kernel_grad)Hğ’ËñºƒP”
"gradients/bn4c_branch2c/gamma_grad“Ëñºƒ ‰(‰BTgradients/bn4c_branch2c/gamma_grad = BackpropGrad(gradients/bn4c_branch2c/beta_grad)H“ËñºƒP™
$gradients/res4c_branch2c/kernel_grad§•Ëñºƒ —(—BWgradients/res4c_branch2c/kernel_grad = BackpropGrad(gradients/bn4c_branch2c/gamma_grad)H§•ËñºƒP“
!gradients/bn4c_branch2b/beta_grad¾šËñºƒ (BVgradients/bn4c_branch2b/beta_grad = BackpropGrad(gradients/res4c_branch2c/kernel_grad)H¾šËñºƒP’
"gradients/bn4c_branch2b/gamma_gradÎšËñºƒ J(JBTgradients/bn4c_branch2b/gamma_grad = BackpropGrad(gradients/bn4c_branch2b/beta_grad)HÎšËñºƒP™
$gradients/res4c_branch2b/kernel_grad˜›Ëñºƒ Â(ÂBWgradients/res4c_branch2b/kernel_grad = BackpropGrad(gradients/bn4c_branch2b/gamma_grad)H˜›ËñºƒP“
!gradients/bn4c_branch2a/beta_gradÚ¦Ëñºƒ (BVgradients/bn4c_branch2a/beta_grad = BackpropGrad(gradients/res4c_branch2b/kernel_grad)HÚ¦ËñºƒP’
"gradients/bn4c_branch2a/gamma_gradë¦Ëñºƒ F(FBTgradients/bn4c_branch2a/gamma_grad = BackpropGrad(gradients/bn4c_branch2a/beta_grad)Hë¦ËñºƒP™
$gradients/res4c_branch2a/kernel_grad±§Ëñºƒ ¶(¶BWgradients/res4c_branch2a/kernel_grad = BackpropGrad(gradients/bn4c_branch2a/gamma_grad)H±§ËñºƒP“
!gradients/bn4b_branch2c/beta_gradç¬Ëñºƒ .(.BVgradients/bn4b_branch2c/beta_grad = BackpropGrad(gradients/res4c_branch2a/kernel_grad)Hç¬ËñºƒP”
"gradients/bn4b_branch2c/gamma_grad•­Ëñºƒ (BTgradients/bn4b_branch2c/gamma_grad = BackpropGrad(gradients/bn4b_branch2c/beta_grad)H•­ËñºƒP™
$gradients/res4b_branch2c/kernel_grad¢¯Ëñºƒ –(–BWgradients/res4b_branch2c/kernel_grad = BackpropGrad(gradients/bn4b_branch2c/gamma_grad)H¢¯ËñºƒP“
!gradients/bn4b_branch2b/beta_grad¸´Ëñºƒ (BVgradients/bn4b_branch2b/beta_grad = BackpropGrad(gradients/res4b_branch2c/kernel_grad)H¸´ËñºƒP’
"gradients/bn4b_branch2b/gamma_gradÉ´Ëñºƒ J(JBTgradients/bn4b_branch2b/gamma_grad = BackpropGrad(gradients/bn4b_branch2b/beta_grad)HÉ´ËñºƒP™
$gradients/res4b_branch2b/kernel_grad“µËñºƒ ú(úBWgradients/res4b_branch2b/kernel_grad = BackpropGrad(gradients/bn4b_branch2b/gamma_grad)H“µËñºƒP“
!gradients/bn4b_branch2a/beta_gradÁËñºƒ (BVgradients/bn4b_branch2a/beta_grad = BackpropGrad(gradients/res4b_branch2b/kernel_grad)HÁËñºƒP’
"gradients/bn4b_branch2a/gamma_gradÁËñºƒ I(IBTgradients/bn4b_branch2a/gamma_grad = BackpropGrad(gradients/bn4b_branch2a/beta_grad)HÁËñºƒP™
$gradients/res4b_branch2a/kernel_gradæÁËñºƒ •(•BWgradients/res4b_branch2a/kernel_grad = BackpropGrad(gradients/bn4b_branch2a/gamma_grad)HæÁËñºƒP‘
 gradients/bn4a_branch1/beta_gradûÆËñºƒ *(*BUgradients/bn4a_branch1/beta_grad = BackpropGrad(gradients/res4b_branch2a/kernel_grad)HûÆËñºƒP‘
!gradients/bn4a_branch1/gamma_grad¥ÇËñºƒ ¥(¥BRgradients/bn4a_branch1/gamma_grad = BackpropGrad(gradients/bn4a_branch1/beta_grad)H¥ÇËñºƒP–
#gradients/res4a_branch1/kernel_gradÊÈËñºƒ Ê
(Ê
BUgradients/res4a_branch1/kernel_grad = BackpropGrad(gradients/bn4a_branch1/gamma_grad)HÊÈËñºƒP’
!gradients/bn4a_branch2c/beta_grad”ÓËñºƒ +(+BUgradients/bn4a_branch2c/beta_grad = BackpropGrad(gradients/res4a_branch1/kernel_grad)H”ÓËñºƒP”
"gradients/bn4a_branch2c/gamma_grad¿ÓËñºƒ ‡(‡BTgradients/bn4a_branch2c/gamma_grad = BackpropGrad(gradients/bn4a_branch2c/beta_grad)H¿ÓËñºƒP™
$gradients/res4a_branch2c/kernel_gradÆÕËñºƒ œ(œBWgradients/res4a_branch2c/kernel_grad = BackpropGrad(gradients/bn4a_branch2c/gamma_grad)HÆÕËñºƒP“
!gradients/bn4a_branch2b/beta_gradâÚËñºƒ (BVgradients/bn4a_branch2b/beta_grad = BackpropGrad(gradients/res4a_branch2c/kernel_grad)HâÚËñºƒP’
"gradients/bn4a_branch2b/gamma_gradòÚËñºƒ L(LBTgradients/bn4a_branch2b/gamma_grad = BackpropGrad(gradients/bn4a_branch2b/beta_grad)HòÚËñºƒP™
$gradients/res4a_branch2b/kernel_grad¾ÛËñºƒ ±(±BWgradients/res4a_branch2b/kernel_grad = BackpropGrad(gradients/bn4a_branch2b/gamma_grad)H¾ÛËñºƒP“
!gradients/bn4a_branch2a/beta_gradïæËñºƒ .(.BVgradients/bn4a_branch2a/beta_grad = BackpropGrad(gradients/res4a_branch2b/kernel_grad)HïæËñºƒP”
"gradients/bn4a_branch2a/gamma_gradçËñºƒ (BTgradients/bn4a_branch2a/gamma_grad = BackpropGrad(gradients/bn4a_branch2a/beta_grad)HçËñºƒP™
$gradients/res4a_branch2a/kernel_gradªéËñºƒ ç
(ç
BWgradients/res4a_branch2a/kernel_grad = BackpropGrad(gradients/bn4a_branch2a/gamma_grad)HªéËñºƒP“
!gradients/bn3d_branch2c/beta_grad‘ôËñºƒ R(RBVgradients/bn3d_branch2c/beta_grad = BackpropGrad(gradients/res4a_branch2a/kernel_grad)H‘ôËñºƒP”
"gradients/bn3d_branch2c/gamma_gradãôËñºƒ “(“BTgradients/bn3d_branch2c/gamma_grad = BackpropGrad(gradients/bn3d_branch2c/beta_grad)HãôËñºƒP™
$gradients/res3d_branch2c/kernel_gradöøËñºƒ ¾(¾BWgradients/res3d_branch2c/kernel_grad = BackpropGrad(gradients/bn3d_branch2c/gamma_grad)HöøËñºƒP“
!gradients/bn3d_branch2b/beta_grad´şËñºƒ (BVgradients/bn3d_branch2b/beta_grad = BackpropGrad(gradients/res3d_branch2c/kernel_grad)H´şËñºƒP”
"gradients/bn3d_branch2b/gamma_gradÎşËñºƒ ‹(‹BTgradients/bn3d_branch2b/gamma_grad = BackpropGrad(gradients/bn3d_branch2b/beta_grad)HÎşËñºƒP™
$gradients/res3d_branch2b/kernel_gradÙÿËñºƒ ×(×BWgradients/res3d_branch2b/kernel_grad = BackpropGrad(gradients/bn3d_branch2b/gamma_grad)HÙÿËñºƒP“
!gradients/bn3d_branch2a/beta_grad°‹Ìñºƒ (BVgradients/bn3d_branch2a/beta_grad = BackpropGrad(gradients/res3d_branch2b/kernel_grad)H°‹ÌñºƒP”
"gradients/bn3d_branch2a/gamma_gradÊ‹Ìñºƒ ‰(‰BTgradients/bn3d_branch2a/gamma_grad = BackpropGrad(gradients/bn3d_branch2a/beta_grad)HÊ‹ÌñºƒP™
$gradients/res3d_branch2a/kernel_gradÓŒÌñºƒ «(«BWgradients/res3d_branch2a/kernel_grad = BackpropGrad(gradients/bn3d_branch2a/gamma_grad)HÓŒÌñºƒP“
!gradients/bn3c_branch2c/beta_gradş‘Ìñºƒ S(SBVgradients/bn3c_branch2c/beta_grad = BackpropGrad(gradients/res3d_branch2a/kernel_grad)Hş‘ÌñºƒP”
"gradients/bn3c_branch2c/gamma_gradÑ’Ìñºƒ š(šBTgradients/bn3c_branch2c/gamma_grad = BackpropGrad(gradients/bn3c_branch2c/beta_grad)HÑ’ÌñºƒP™
$gradients/res3c_branch2c/kernel_gradë–Ìñºƒ À(ÀBWgradients/res3c_branch2c/kernel_grad = BackpropGrad(gradients/bn3c_branch2c/gamma_grad)Hë–ÌñºƒP“
!gradients/bn3c_branch2b/beta_grad«œÌñºƒ (BVgradients/bn3c_branch2b/beta_grad = BackpropGrad(gradients/res3c_branch2c/kernel_grad)H«œÌñºƒP”
"gradients/bn3c_branch2b/gamma_gradÇœÌñºƒ …(…BTgradients/bn3c_branch2b/gamma_grad = BackpropGrad(gradients/bn3c_branch2b/beta_grad)HÇœÌñºƒP™
$gradients/res3c_branch2b/kernel_gradÌÌñºƒ (BWgradients/res3c_branch2b/kernel_grad = BackpropGrad(gradients/bn3c_branch2b/gamma_grad)HÌÌñºƒP“
!gradients/bn3c_branch2a/beta_gradê¨Ìñºƒ (BVgradients/bn3c_branch2a/beta_grad = BackpropGrad(gradients/res3c_branch2b/kernel_grad)Hê¨ÌñºƒP”
"gradients/bn3c_branch2a/gamma_grad„©Ìñºƒ …(…BTgradients/bn3c_branch2a/gamma_grad = BackpropGrad(gradients/bn3c_branch2a/beta_grad)H„©ÌñºƒP™
$gradients/res3c_branch2a/kernel_grad‰ªÌñºƒ (BWgradients/res3c_branch2a/kernel_grad = BackpropGrad(gradients/bn3c_branch2a/gamma_grad)H‰ªÌñºƒP“
!gradients/bn3b_branch2c/beta_grad—¯Ìñºƒ Q(QBVgradients/bn3b_branch2c/beta_grad = BackpropGrad(gradients/res3c_branch2a/kernel_grad)H—¯ÌñºƒP”
"gradients/bn3b_branch2c/gamma_gradè¯Ìñºƒ ö(öBTgradients/bn3b_branch2c/gamma_grad = BackpropGrad(gradients/bn3b_branch2c/beta_grad)Hè¯ÌñºƒP™
$gradients/res3b_branch2c/kernel_gradŞ³Ìñºƒ ­(­BWgradients/res3b_branch2c/kernel_grad = BackpropGrad(gradients/bn3b_branch2c/gamma_grad)HŞ³ÌñºƒP“
!gradients/bn3b_branch2b/beta_grad‹¹Ìñºƒ (BVgradients/bn3b_branch2b/beta_grad = BackpropGrad(gradients/res3b_branch2c/kernel_grad)H‹¹ÌñºƒP”
"gradients/bn3b_branch2b/gamma_grad¥¹Ìñºƒ (BTgradients/bn3b_branch2b/gamma_grad = BackpropGrad(gradients/bn3b_branch2b/beta_grad)H¥¹ÌñºƒP™
$gradients/res3b_branch2b/kernel_grad²ºÌñºƒ ¶(¶BWgradients/res3b_branch2b/kernel_grad = BackpropGrad(gradients/bn3b_branch2b/gamma_grad)H²ºÌñºƒP“
!gradients/bn3b_branch2a/beta_gradèÅÌñºƒ (BVgradients/bn3b_branch2a/beta_grad = BackpropGrad(gradients/res3b_branch2b/kernel_grad)HèÅÌñºƒP”
"gradients/bn3b_branch2a/gamma_gradÆÌñºƒ ˆ(ˆBTgradients/bn3b_branch2a/gamma_grad = BackpropGrad(gradients/bn3b_branch2a/beta_grad)HÆÌñºƒP™
$gradients/res3b_branch2a/kernel_grad‰ÇÌñºƒ ›(›BWgradients/res3b_branch2a/kernel_grad = BackpropGrad(gradients/bn3b_branch2a/gamma_grad)H‰ÇÌñºƒP‘
 gradients/bn3a_branch1/beta_grad¤ÌÌñºƒ U(UBUgradients/bn3a_branch1/beta_grad = BackpropGrad(gradients/res3b_branch2a/kernel_grad)H¤ÌÌñºƒP‘
!gradients/bn3a_branch1/gamma_gradùÌÌñºƒ ¶(¶BRgradients/bn3a_branch1/gamma_grad = BackpropGrad(gradients/bn3a_branch1/beta_grad)HùÌÌñºƒP–
#gradients/res3a_branch1/kernel_grad¯ÏÌñºƒ 
(
BUgradients/res3a_branch1/kernel_grad = BackpropGrad(gradients/bn3a_branch1/gamma_grad)H¯ÏÌñºƒP’
!gradients/bn3a_branch2c/beta_grad¾ÙÌñºƒ S(SBUgradients/bn3a_branch2c/beta_grad = BackpropGrad(gradients/res3a_branch1/kernel_grad)H¾ÙÌñºƒP”
"gradients/bn3a_branch2c/gamma_grad‘ÚÌñºƒ Š(ŠBTgradients/bn3a_branch2c/gamma_grad = BackpropGrad(gradients/bn3a_branch2c/beta_grad)H‘ÚÌñºƒP™
$gradients/res3a_branch2c/kernel_grad›ŞÌñºƒ ’(’BWgradients/res3a_branch2c/kernel_grad = BackpropGrad(gradients/bn3a_branch2c/gamma_grad)H›ŞÌñºƒP“
!gradients/bn3a_branch2b/beta_grad­ãÌñºƒ (BVgradients/bn3a_branch2b/beta_grad = BackpropGrad(gradients/res3a_branch2c/kernel_grad)H­ãÌñºƒP”
"gradients/bn3a_branch2b/gamma_gradÉãÌñºƒ †(†BTgradients/bn3a_branch2b/gamma_grad = BackpropGrad(gradients/bn3a_branch2b/beta_grad)HÉãÌñºƒP™
$gradients/res3a_branch2b/kernel_gradÏäÌñºƒ ü(üBWgradients/res3a_branch2b/kernel_grad = BackpropGrad(gradients/bn3a_branch2b/gamma_grad)HÏäÌñºƒP“
!gradients/bn3a_branch2a/beta_gradËğÌñºƒ T(TBVgradients/bn3a_branch2a/beta_grad = BackpropGrad(gradients/res3a_branch2b/kernel_grad)HËğÌñºƒP”
"gradients/bn3a_branch2a/gamma_gradŸñÌñºƒ ƒ(ƒBTgradients/bn3a_branch2a/gamma_grad = BackpropGrad(gradients/bn3a_branch2a/beta_grad)HŸñÌñºƒP™
$gradients/res3a_branch2a/kernel_grad¢õÌñºƒ ß
(ß
BWgradients/res3a_branch2a/kernel_grad = BackpropGrad(gradients/bn3a_branch2a/gamma_grad)H¢õÌñºƒP•
!gradients/bn2c_branch2c/beta_grad€Íñºƒ •(•BVgradients/bn2c_branch2c/beta_grad = BackpropGrad(gradients/res3a_branch2a/kernel_grad)H€ÍñºƒP”
"gradients/bn2c_branch2c/gamma_grad–Íñºƒ Ÿ(ŸBTgradients/bn2c_branch2c/gamma_grad = BackpropGrad(gradients/bn2c_branch2c/beta_grad)H–ÍñºƒP™
$gradients/res2c_branch2c/kernel_gradµ‰Íñºƒ (BWgradients/res2c_branch2c/kernel_grad = BackpropGrad(gradients/bn2c_branch2c/gamma_grad)Hµ‰ÍñºƒP“
!gradients/bn2c_branch2b/beta_gradÓÍñºƒ .(.BVgradients/bn2c_branch2b/beta_grad = BackpropGrad(gradients/res2c_branch2c/kernel_grad)HÓÍñºƒP”
"gradients/bn2c_branch2b/gamma_gradÍñºƒ (BTgradients/bn2c_branch2b/gamma_grad = BackpropGrad(gradients/bn2c_branch2b/beta_grad)HÍñºƒP™
$gradients/res2c_branch2b/kernel_grad‘Íñºƒ Ò(ÒBWgradients/res2c_branch2b/kernel_grad = BackpropGrad(gradients/bn2c_branch2b/gamma_grad)H‘ÍñºƒP“
!gradients/bn2c_branch2a/beta_gradàœÍñºƒ .(.BVgradients/bn2c_branch2a/beta_grad = BackpropGrad(gradients/res2c_branch2b/kernel_grad)HàœÍñºƒP”
"gradients/bn2c_branch2a/gamma_gradÍñºƒ ‡(‡BTgradients/bn2c_branch2a/gamma_grad = BackpropGrad(gradients/bn2c_branch2a/beta_grad)HÍñºƒP™
$gradients/res2c_branch2a/kernel_grad•ŸÍñºƒ ¸(¸BWgradients/res2c_branch2a/kernel_grad = BackpropGrad(gradients/bn2c_branch2a/gamma_grad)H•ŸÍñºƒP•
!gradients/bn2b_branch2c/beta_gradÍ¤Íñºƒ š(šBVgradients/bn2b_branch2c/beta_grad = BackpropGrad(gradients/res2c_branch2a/kernel_grad)HÍ¤ÍñºƒP”
"gradients/bn2b_branch2c/gamma_gradç¥Íñºƒ ‡(‡BTgradients/bn2b_branch2c/gamma_grad = BackpropGrad(gradients/bn2b_branch2c/beta_grad)Hç¥ÍñºƒP™
$gradients/res2b_branch2c/kernel_gradî­Íñºƒ †(†BWgradients/res2b_branch2c/kernel_grad = BackpropGrad(gradients/bn2b_branch2c/gamma_grad)Hî­ÍñºƒP“
!gradients/bn2b_branch2b/beta_gradô²Íñºƒ .(.BVgradients/bn2b_branch2b/beta_grad = BackpropGrad(gradients/res2b_branch2c/kernel_grad)Hô²ÍñºƒP”
"gradients/bn2b_branch2b/gamma_grad¢³Íñºƒ û(ûBTgradients/bn2b_branch2b/gamma_grad = BackpropGrad(gradients/bn2b_branch2b/beta_grad)H¢³ÍñºƒP™
$gradients/res2b_branch2b/kernel_gradµÍñºƒ ¬(¬BWgradients/res2b_branch2b/kernel_grad = BackpropGrad(gradients/bn2b_branch2b/gamma_grad)HµÍñºƒP“
!gradients/bn2b_branch2a/beta_gradÉÀÍñºƒ ,(,BVgradients/bn2b_branch2a/beta_grad = BackpropGrad(gradients/res2b_branch2b/kernel_grad)HÉÀÍñºƒP”
"gradients/bn2b_branch2a/gamma_gradõÀÍñºƒ ‹(‹BTgradients/bn2b_branch2a/gamma_grad = BackpropGrad(gradients/bn2b_branch2a/beta_grad)HõÀÍñºƒP™
$gradients/res2b_branch2a/kernel_grad€ÃÍñºƒ °(°BWgradients/res2b_branch2a/kernel_grad = BackpropGrad(gradients/bn2b_branch2a/gamma_grad)H€ÃÍñºƒP“
 gradients/bn2a_branch1/beta_grad°ÈÍñºƒ Ÿ(ŸBUgradients/bn2a_branch1/beta_grad = BackpropGrad(gradients/res2b_branch2a/kernel_grad)H°ÈÍñºƒP‘
!gradients/bn2a_branch1/gamma_gradÏÉÍñºƒ Î(ÎBRgradients/bn2a_branch1/gamma_grad = BackpropGrad(gradients/bn2a_branch1/beta_grad)HÏÉÍñºƒP–
#gradients/res2a_branch1/kernel_gradÎÍñºƒ ”(”BUgradients/res2a_branch1/kernel_grad = BackpropGrad(gradients/bn2a_branch1/gamma_grad)HÎÍñºƒP”
!gradients/bn2a_branch2c/beta_grad±ÓÍñºƒ (BUgradients/bn2a_branch2c/beta_grad = BackpropGrad(gradients/res2a_branch1/kernel_grad)H±ÓÍñºƒP”
"gradients/bn2a_branch2c/gamma_gradÏÔÍñºƒ õ(õBTgradients/bn2a_branch2c/gamma_grad = BackpropGrad(gradients/bn2a_branch2c/beta_grad)HÏÔÍñºƒP™
$gradients/res2a_branch2c/kernel_gradÄÜÍñºƒ Î(ÎBWgradients/res2a_branch2c/kernel_grad = BackpropGrad(gradients/bn2a_branch2c/gamma_grad)HÄÜÍñºƒP“
!gradients/bn2a_branch2b/beta_grad’âÍñºƒ ,(,BVgradients/bn2a_branch2b/beta_grad = BackpropGrad(gradients/res2a_branch2c/kernel_grad)H’âÍñºƒP”
"gradients/bn2a_branch2b/gamma_grad¾âÍñºƒ ‰(‰BTgradients/bn2a_branch2b/gamma_grad = BackpropGrad(gradients/bn2a_branch2b/beta_grad)H¾âÍñºƒP™
$gradients/res2a_branch2b/kernel_gradÇäÍñºƒ †(†BWgradients/res2a_branch2b/kernel_grad = BackpropGrad(gradients/bn2a_branch2b/gamma_grad)HÇäÍñºƒP“
!gradients/bn2a_branch2a/beta_gradÍğÍñºƒ -(-BVgradients/bn2a_branch2a/beta_grad = BackpropGrad(gradients/res2a_branch2b/kernel_grad)HÍğÍñºƒP”
"gradients/bn2a_branch2a/gamma_gradúğÍñºƒ †(†BTgradients/bn2a_branch2a/gamma_grad = BackpropGrad(gradients/bn2a_branch2a/beta_grad)HúğÍñºƒP™
$gradients/res2a_branch2a/kernel_grad€óÍñºƒ ¤(¤BWgradients/res2a_branch2a/kernel_grad = BackpropGrad(gradients/bn2a_branch2a/gamma_grad)H€óÍñºƒP‹
gradients/bn_conv1/beta_grad¤ôÍñºƒ ”(”BQgradients/bn_conv1/beta_grad = BackpropGrad(gradients/res2a_branch2a/kernel_grad)H¤ôÍñºƒP…
gradients/bn_conv1/gamma_grad¸õÍñºƒ ˜(˜BJgradients/bn_conv1/gamma_grad = BackpropGrad(gradients/bn_conv1/beta_grad)H¸õÍñºƒP‚
gradients/conv1/kernel_gradĞ€Îñºƒ ˆ(ˆBIgradients/conv1/kernel_grad = BackpropGrad(gradients/bn_conv1/gamma_grad)HĞ€ÎñºƒP
²
%/job:ps/replica:0/task:0/device:CPU:0W
conv1/kernel/read­Äñºƒ (B*conv1/kernel/read = Identity(conv1/kernel)H­ÄñºƒP]
bn_conv1/gamma/read¡­Äñºƒ (B.bn_conv1/gamma/read = Identity(bn_conv1/gamma)H¡­ÄñºƒPZ
bn_conv1/beta/read¤­Äñºƒ (B,bn_conv1/beta/read = Identity(bn_conv1/beta)H¤­ÄñºƒPr
res2a_branch2a/kernel/read¨­Äñºƒ (B<res2a_branch2a/kernel/read = Identity(res2a_branch2a/kernel)H¨­ÄñºƒPl
bn2a_branch2a/gamma/read«­Äñºƒ (B8bn2a_branch2a/gamma/read = Identity(bn2a_branch2a/gamma)H«­ÄñºƒPi
bn2a_branch2a/beta/read®­Äñºƒ (B6bn2a_branch2a/beta/read = Identity(bn2a_branch2a/beta)H®­ÄñºƒPr
res2a_branch2b/kernel/read±­Äñºƒ (B<res2a_branch2b/kernel/read = Identity(res2a_branch2b/kernel)H±­ÄñºƒPl
bn2a_branch2b/gamma/read´­Äñºƒ (B8bn2a_branch2b/gamma/read = Identity(bn2a_branch2b/gamma)H´­ÄñºƒPi
bn2a_branch2b/beta/read·­Äñºƒ (B6bn2a_branch2b/beta/read = Identity(bn2a_branch2b/beta)H·­ÄñºƒPr
res2a_branch2c/kernel/readº­Äñºƒ (B<res2a_branch2c/kernel/read = Identity(res2a_branch2c/kernel)Hº­ÄñºƒPl
bn2a_branch2c/gamma/read½­Äñºƒ (B8bn2a_branch2c/gamma/read = Identity(bn2a_branch2c/gamma)H½­ÄñºƒPi
bn2a_branch2c/beta/readÀ­Äñºƒ (B6bn2a_branch2c/beta/read = Identity(bn2a_branch2c/beta)HÀ­ÄñºƒPo
res2a_branch1/kernel/readÃ­Äñºƒ (B:res2a_branch1/kernel/read = Identity(res2a_branch1/kernel)HÃ­ÄñºƒPi
bn2a_branch1/gamma/readÆ­Äñºƒ (B6bn2a_branch1/gamma/read = Identity(bn2a_branch1/gamma)HÆ­ÄñºƒPf
bn2a_branch1/beta/readÉ­Äñºƒ (B4bn2a_branch1/beta/read = Identity(bn2a_branch1/beta)HÉ­ÄñºƒPr
res2b_branch2a/kernel/readÌ­Äñºƒ (B<res2b_branch2a/kernel/read = Identity(res2b_branch2a/kernel)HÌ­ÄñºƒPl
bn2b_branch2a/gamma/readÏ­Äñºƒ (B8bn2b_branch2a/gamma/read = Identity(bn2b_branch2a/gamma)HÏ­ÄñºƒPi
bn2b_branch2a/beta/readÒ­Äñºƒ (B6bn2b_branch2a/beta/read = Identity(bn2b_branch2a/beta)HÒ­ÄñºƒPr
res2b_branch2b/kernel/readÕ­Äñºƒ (B<res2b_branch2b/kernel/read = Identity(res2b_branch2b/kernel)HÕ­ÄñºƒPl
bn2b_branch2b/gamma/readØ­Äñºƒ (B8bn2b_branch2b/gamma/read = Identity(bn2b_branch2b/gamma)HØ­ÄñºƒPi
bn2b_branch2b/beta/readÛ­Äñºƒ (B6bn2b_branch2b/beta/read = Identity(bn2b_branch2b/beta)HÛ­ÄñºƒPr
res2b_branch2c/kernel/readŞ­Äñºƒ (B<res2b_branch2c/kernel/read = Identity(res2b_branch2c/kernel)HŞ­ÄñºƒPl
bn2b_branch2c/gamma/readá­Äñºƒ (B8bn2b_branch2c/gamma/read = Identity(bn2b_branch2c/gamma)Há­ÄñºƒPi
bn2b_branch2c/beta/readä­Äñºƒ (B6bn2b_branch2c/beta/read = Identity(bn2b_branch2c/beta)Hä­ÄñºƒPr
res2c_branch2a/kernel/readç­Äñºƒ (B<res2c_branch2a/kernel/read = Identity(res2c_branch2a/kernel)Hç­ÄñºƒPl
bn2c_branch2a/gamma/readê­Äñºƒ (B8bn2c_branch2a/gamma/read = Identity(bn2c_branch2a/gamma)Hê­ÄñºƒPi
bn2c_branch2a/beta/readí­Äñºƒ (B6bn2c_branch2a/beta/read = Identity(bn2c_branch2a/beta)Hí­ÄñºƒPr
res2c_branch2b/kernel/readğ­Äñºƒ (B<res2c_branch2b/kernel/read = Identity(res2c_branch2b/kernel)Hğ­ÄñºƒPl
bn2c_branch2b/gamma/readó­Äñºƒ (B8bn2c_branch2b/gamma/read = Identity(bn2c_branch2b/gamma)Hó­ÄñºƒPi
bn2c_branch2b/beta/readö­Äñºƒ (B6bn2c_branch2b/beta/read = Identity(bn2c_branch2b/beta)Hö­ÄñºƒPr
res2c_branch2c/kernel/readù­Äñºƒ (B<res2c_branch2c/kernel/read = Identity(res2c_branch2c/kernel)Hù­ÄñºƒPl
bn2c_branch2c/gamma/readü­Äñºƒ (B8bn2c_branch2c/gamma/read = Identity(bn2c_branch2c/gamma)Hü­ÄñºƒPi
bn2c_branch2c/beta/readÿ­Äñºƒ (B6bn2c_branch2c/beta/read = Identity(bn2c_branch2c/beta)Hÿ­ÄñºƒPr
res3a_branch2a/kernel/read‚®Äñºƒ (B<res3a_branch2a/kernel/read = Identity(res3a_branch2a/kernel)H‚®ÄñºƒPl
bn3a_branch2a/gamma/read…®Äñºƒ (B8bn3a_branch2a/gamma/read = Identity(bn3a_branch2a/gamma)H…®ÄñºƒPi
bn3a_branch2a/beta/readˆ®Äñºƒ (B6bn3a_branch2a/beta/read = Identity(bn3a_branch2a/beta)Hˆ®ÄñºƒPr
res3a_branch2b/kernel/read‹®Äñºƒ (B<res3a_branch2b/kernel/read = Identity(res3a_branch2b/kernel)H‹®ÄñºƒPl
bn3a_branch2b/gamma/read®Äñºƒ (B8bn3a_branch2b/gamma/read = Identity(bn3a_branch2b/gamma)H®ÄñºƒPi
bn3a_branch2b/beta/read‘®Äñºƒ (B6bn3a_branch2b/beta/read = Identity(bn3a_branch2b/beta)H‘®ÄñºƒPr
res3a_branch2c/kernel/read”®Äñºƒ (B<res3a_branch2c/kernel/read = Identity(res3a_branch2c/kernel)H”®ÄñºƒPl
bn3a_branch2c/gamma/read—®Äñºƒ (B8bn3a_branch2c/gamma/read = Identity(bn3a_branch2c/gamma)H—®ÄñºƒPi
bn3a_branch2c/beta/read™®Äñºƒ (B6bn3a_branch2c/beta/read = Identity(bn3a_branch2c/beta)H™®ÄñºƒPo
res3a_branch1/kernel/readœ®Äñºƒ (B:res3a_branch1/kernel/read = Identity(res3a_branch1/kernel)Hœ®ÄñºƒPi
bn3a_branch1/gamma/readŸ®Äñºƒ (B6bn3a_branch1/gamma/read = Identity(bn3a_branch1/gamma)HŸ®ÄñºƒPf
bn3a_branch1/beta/read£®Äñºƒ (B4bn3a_branch1/beta/read = Identity(bn3a_branch1/beta)H£®ÄñºƒPr
res3b_branch2a/kernel/read¥®Äñºƒ (B<res3b_branch2a/kernel/read = Identity(res3b_branch2a/kernel)H¥®ÄñºƒPl
bn3b_branch2a/gamma/read©®Äñºƒ (B8bn3b_branch2a/gamma/read = Identity(bn3b_branch2a/gamma)H©®ÄñºƒPi
bn3b_branch2a/beta/read¬®Äñºƒ (B6bn3b_branch2a/beta/read = Identity(bn3b_branch2a/beta)H¬®ÄñºƒPr
res3b_branch2b/kernel/read®®Äñºƒ (B<res3b_branch2b/kernel/read = Identity(res3b_branch2b/kernel)H®®ÄñºƒPl
bn3b_branch2b/gamma/read±®Äñºƒ (B8bn3b_branch2b/gamma/read = Identity(bn3b_branch2b/gamma)H±®ÄñºƒPi
bn3b_branch2b/beta/read´®Äñºƒ (B6bn3b_branch2b/beta/read = Identity(bn3b_branch2b/beta)H´®ÄñºƒPr
res3b_branch2c/kernel/read·®Äñºƒ (B<res3b_branch2c/kernel/read = Identity(res3b_branch2c/kernel)H·®ÄñºƒPl
bn3b_branch2c/gamma/readº®Äñºƒ (B8bn3b_branch2c/gamma/read = Identity(bn3b_branch2c/gamma)Hº®ÄñºƒPi
bn3b_branch2c/beta/read½®Äñºƒ (B6bn3b_branch2c/beta/read = Identity(bn3b_branch2c/beta)H½®ÄñºƒPr
res3c_branch2a/kernel/readÀ®Äñºƒ (B<res3c_branch2a/kernel/read = Identity(res3c_branch2a/kernel)HÀ®ÄñºƒPl
bn3c_branch2a/gamma/readÃ®Äñºƒ (B8bn3c_branch2a/gamma/read = Identity(bn3c_branch2a/gamma)HÃ®ÄñºƒPi
bn3c_branch2a/beta/readÆ®Äñºƒ (B6bn3c_branch2a/beta/read = Identity(bn3c_branch2a/beta)HÆ®ÄñºƒPr
res3c_branch2b/kernel/readÉ®Äñºƒ (B<res3c_branch2b/kernel/read = Identity(res3c_branch2b/kernel)HÉ®ÄñºƒPl
bn3c_branch2b/gamma/readÌ®Äñºƒ (B8bn3c_branch2b/gamma/read = Identity(bn3c_branch2b/gamma)HÌ®ÄñºƒPi
bn3c_branch2b/beta/readÏ®Äñºƒ (B6bn3c_branch2b/beta/read = Identity(bn3c_branch2b/beta)HÏ®ÄñºƒPr
res3c_branch2c/kernel/readÑ®Äñºƒ (B<res3c_branch2c/kernel/read = Identity(res3c_branch2c/kernel)HÑ®ÄñºƒPl
bn3c_branch2c/gamma/readÕ®Äñºƒ (B8bn3c_branch2c/gamma/read = Identity(bn3c_branch2c/gamma)HÕ®ÄñºƒPi
bn3c_branch2c/beta/readØ®Äñºƒ (B6bn3c_branch2c/beta/read = Identity(bn3c_branch2c/beta)HØ®ÄñºƒPr
res3d_branch2a/kernel/readÛ®Äñºƒ (B<res3d_branch2a/kernel/read = Identity(res3d_branch2a/kernel)HÛ®ÄñºƒPl
bn3d_branch2a/gamma/readŞ®Äñºƒ (B8bn3d_branch2a/gamma/read = Identity(bn3d_branch2a/gamma)HŞ®ÄñºƒPi
bn3d_branch2a/beta/readá®Äñºƒ (B6bn3d_branch2a/beta/read = Identity(bn3d_branch2a/beta)Há®ÄñºƒPr
res3d_branch2b/kernel/readä®Äñºƒ (B<res3d_branch2b/kernel/read = Identity(res3d_branch2b/kernel)Hä®ÄñºƒPl
bn3d_branch2b/gamma/readæ®Äñºƒ (B8bn3d_branch2b/gamma/read = Identity(bn3d_branch2b/gamma)Hæ®ÄñºƒPi
bn3d_branch2b/beta/readé®Äñºƒ (B6bn3d_branch2b/beta/read = Identity(bn3d_branch2b/beta)Hé®ÄñºƒPr
res3d_branch2c/kernel/readì®Äñºƒ (B<res3d_branch2c/kernel/read = Identity(res3d_branch2c/kernel)Hì®ÄñºƒPl
bn3d_branch2c/gamma/readï®Äñºƒ (B8bn3d_branch2c/gamma/read = Identity(bn3d_branch2c/gamma)Hï®ÄñºƒPi
bn3d_branch2c/beta/readò®Äñºƒ (B6bn3d_branch2c/beta/read = Identity(bn3d_branch2c/beta)Hò®ÄñºƒPr
res4a_branch2a/kernel/readõ®Äñºƒ (B<res4a_branch2a/kernel/read = Identity(res4a_branch2a/kernel)Hõ®ÄñºƒPl
bn4a_branch2a/gamma/readø®Äñºƒ (B8bn4a_branch2a/gamma/read = Identity(bn4a_branch2a/gamma)Hø®ÄñºƒPi
bn4a_branch2a/beta/readû®Äñºƒ (B6bn4a_branch2a/beta/read = Identity(bn4a_branch2a/beta)Hû®ÄñºƒPr
res4a_branch2b/kernel/readş®Äñºƒ (B<res4a_branch2b/kernel/read = Identity(res4a_branch2b/kernel)Hş®ÄñºƒPl
bn4a_branch2b/gamma/read¯Äñºƒ (B8bn4a_branch2b/gamma/read = Identity(bn4a_branch2b/gamma)H¯ÄñºƒPi
bn4a_branch2b/beta/read„¯Äñºƒ (B6bn4a_branch2b/beta/read = Identity(bn4a_branch2b/beta)H„¯ÄñºƒPr
res4a_branch2c/kernel/read‡¯Äñºƒ (B<res4a_branch2c/kernel/read = Identity(res4a_branch2c/kernel)H‡¯ÄñºƒPl
bn4a_branch2c/gamma/readŠ¯Äñºƒ (B8bn4a_branch2c/gamma/read = Identity(bn4a_branch2c/gamma)HŠ¯ÄñºƒPi
bn4a_branch2c/beta/read¯Äñºƒ (B6bn4a_branch2c/beta/read = Identity(bn4a_branch2c/beta)H¯ÄñºƒPo
res4a_branch1/kernel/read¯Äñºƒ (B:res4a_branch1/kernel/read = Identity(res4a_branch1/kernel)H¯ÄñºƒPi
bn4a_branch1/gamma/read”¯Äñºƒ (B6bn4a_branch1/gamma/read = Identity(bn4a_branch1/gamma)H”¯ÄñºƒPf
bn4a_branch1/beta/read—¯Äñºƒ (B4bn4a_branch1/beta/read = Identity(bn4a_branch1/beta)H—¯ÄñºƒPr
res4b_branch2a/kernel/readš¯Äñºƒ (B<res4b_branch2a/kernel/read = Identity(res4b_branch2a/kernel)Hš¯ÄñºƒPl
bn4b_branch2a/gamma/read¯Äñºƒ (B8bn4b_branch2a/gamma/read = Identity(bn4b_branch2a/gamma)H¯ÄñºƒPi
bn4b_branch2a/beta/read ¯Äñºƒ (B6bn4b_branch2a/beta/read = Identity(bn4b_branch2a/beta)H ¯ÄñºƒPr
res4b_branch2b/kernel/read£¯Äñºƒ (B<res4b_branch2b/kernel/read = Identity(res4b_branch2b/kernel)H£¯ÄñºƒPl
bn4b_branch2b/gamma/read¦¯Äñºƒ (B8bn4b_branch2b/gamma/read = Identity(bn4b_branch2b/gamma)H¦¯ÄñºƒPi
bn4b_branch2b/beta/read©¯Äñºƒ (B6bn4b_branch2b/beta/read = Identity(bn4b_branch2b/beta)H©¯ÄñºƒPr
res4b_branch2c/kernel/read¬¯Äñºƒ (B<res4b_branch2c/kernel/read = Identity(res4b_branch2c/kernel)H¬¯ÄñºƒPl
bn4b_branch2c/gamma/read¯¯Äñºƒ (B8bn4b_branch2c/gamma/read = Identity(bn4b_branch2c/gamma)H¯¯ÄñºƒPi
bn4b_branch2c/beta/read²¯Äñºƒ (B6bn4b_branch2c/beta/read = Identity(bn4b_branch2c/beta)H²¯ÄñºƒPr
res4c_branch2a/kernel/readµ¯Äñºƒ (B<res4c_branch2a/kernel/read = Identity(res4c_branch2a/kernel)Hµ¯ÄñºƒPl
bn4c_branch2a/gamma/read¸¯Äñºƒ (B8bn4c_branch2a/gamma/read = Identity(bn4c_branch2a/gamma)H¸¯ÄñºƒPi
bn4c_branch2a/beta/read»¯Äñºƒ (B6bn4c_branch2a/beta/read = Identity(bn4c_branch2a/beta)H»¯ÄñºƒPr
res4c_branch2b/kernel/read¾¯Äñºƒ (B<res4c_branch2b/kernel/read = Identity(res4c_branch2b/kernel)H¾¯ÄñºƒPl
bn4c_branch2b/gamma/readÁ¯Äñºƒ (B8bn4c_branch2b/gamma/read = Identity(bn4c_branch2b/gamma)HÁ¯ÄñºƒPi
bn4c_branch2b/beta/readÄ¯Äñºƒ (B6bn4c_branch2b/beta/read = Identity(bn4c_branch2b/beta)HÄ¯ÄñºƒPr
res4c_branch2c/kernel/readÆ¯Äñºƒ (B<res4c_branch2c/kernel/read = Identity(res4c_branch2c/kernel)HÆ¯ÄñºƒPl
bn4c_branch2c/gamma/readÉ¯Äñºƒ (B8bn4c_branch2c/gamma/read = Identity(bn4c_branch2c/gamma)HÉ¯ÄñºƒPi
bn4c_branch2c/beta/readÌ¯Äñºƒ (B6bn4c_branch2c/beta/read = Identity(bn4c_branch2c/beta)HÌ¯ÄñºƒPr
res4d_branch2a/kernel/readÏ¯Äñºƒ (B<res4d_branch2a/kernel/read = Identity(res4d_branch2a/kernel)HÏ¯ÄñºƒPl
bn4d_branch2a/gamma/readÒ¯Äñºƒ (B8bn4d_branch2a/gamma/read = Identity(bn4d_branch2a/gamma)HÒ¯ÄñºƒPi
bn4d_branch2a/beta/readÕ¯Äñºƒ (B6bn4d_branch2a/beta/read = Identity(bn4d_branch2a/beta)HÕ¯ÄñºƒPr
res4d_branch2b/kernel/readØ¯Äñºƒ (B<res4d_branch2b/kernel/read = Identity(res4d_branch2b/kernel)HØ¯ÄñºƒPl
bn4d_branch2b/gamma/readÛ¯Äñºƒ (B8bn4d_branch2b/gamma/read = Identity(bn4d_branch2b/gamma)HÛ¯ÄñºƒPi
bn4d_branch2b/beta/readŞ¯Äñºƒ (B6bn4d_branch2b/beta/read = Identity(bn4d_branch2b/beta)HŞ¯ÄñºƒPr
res4d_branch2c/kernel/readâ¯Äñºƒ (B<res4d_branch2c/kernel/read = Identity(res4d_branch2c/kernel)Hâ¯ÄñºƒPl
bn4d_branch2c/gamma/readå¯Äñºƒ (B8bn4d_branch2c/gamma/read = Identity(bn4d_branch2c/gamma)Hå¯ÄñºƒPi
bn4d_branch2c/beta/readç¯Äñºƒ (B6bn4d_branch2c/beta/read = Identity(bn4d_branch2c/beta)Hç¯ÄñºƒPr
res4e_branch2a/kernel/readê¯Äñºƒ (B<res4e_branch2a/kernel/read = Identity(res4e_branch2a/kernel)Hê¯ÄñºƒPl
bn4e_branch2a/gamma/readí¯Äñºƒ (B8bn4e_branch2a/gamma/read = Identity(bn4e_branch2a/gamma)Hí¯ÄñºƒPi
bn4e_branch2a/beta/readğ¯Äñºƒ (B6bn4e_branch2a/beta/read = Identity(bn4e_branch2a/beta)Hğ¯ÄñºƒPr
res4e_branch2b/kernel/readó¯Äñºƒ (B<res4e_branch2b/kernel/read = Identity(res4e_branch2b/kernel)Hó¯ÄñºƒPl
bn4e_branch2b/gamma/readö¯Äñºƒ (B8bn4e_branch2b/gamma/read = Identity(bn4e_branch2b/gamma)Hö¯ÄñºƒPi
bn4e_branch2b/beta/readù¯Äñºƒ (B6bn4e_branch2b/beta/read = Identity(bn4e_branch2b/beta)Hù¯ÄñºƒPr
res4e_branch2c/kernel/readü¯Äñºƒ (B<res4e_branch2c/kernel/read = Identity(res4e_branch2c/kernel)Hü¯ÄñºƒPl
bn4e_branch2c/gamma/readÿ¯Äñºƒ (B8bn4e_branch2c/gamma/read = Identity(bn4e_branch2c/gamma)Hÿ¯ÄñºƒPi
bn4e_branch2c/beta/read‚°Äñºƒ (B6bn4e_branch2c/beta/read = Identity(bn4e_branch2c/beta)H‚°ÄñºƒPr
res4f_branch2a/kernel/read…°Äñºƒ (B<res4f_branch2a/kernel/read = Identity(res4f_branch2a/kernel)H…°ÄñºƒPl
bn4f_branch2a/gamma/readˆ°Äñºƒ (B8bn4f_branch2a/gamma/read = Identity(bn4f_branch2a/gamma)Hˆ°ÄñºƒPi
bn4f_branch2a/beta/readŠ°Äñºƒ (B6bn4f_branch2a/beta/read = Identity(bn4f_branch2a/beta)HŠ°ÄñºƒPr
res4f_branch2b/kernel/read°Äñºƒ (B<res4f_branch2b/kernel/read = Identity(res4f_branch2b/kernel)H°ÄñºƒPl
bn4f_branch2b/gamma/read‘°Äñºƒ (B8bn4f_branch2b/gamma/read = Identity(bn4f_branch2b/gamma)H‘°ÄñºƒPi
bn4f_branch2b/beta/read”°Äñºƒ (B6bn4f_branch2b/beta/read = Identity(bn4f_branch2b/beta)H”°ÄñºƒPr
res4f_branch2c/kernel/read–°Äñºƒ (B<res4f_branch2c/kernel/read = Identity(res4f_branch2c/kernel)H–°ÄñºƒPl
bn4f_branch2c/gamma/read™°Äñºƒ (B8bn4f_branch2c/gamma/read = Identity(bn4f_branch2c/gamma)H™°ÄñºƒPi
bn4f_branch2c/beta/readœ°Äñºƒ (B6bn4f_branch2c/beta/read = Identity(bn4f_branch2c/beta)Hœ°ÄñºƒPr
res5a_branch2a/kernel/readŸ°Äñºƒ (B<res5a_branch2a/kernel/read = Identity(res5a_branch2a/kernel)HŸ°ÄñºƒPl
bn5a_branch2a/gamma/read¢°Äñºƒ (B8bn5a_branch2a/gamma/read = Identity(bn5a_branch2a/gamma)H¢°ÄñºƒPi
bn5a_branch2a/beta/read¥°Äñºƒ (B6bn5a_branch2a/beta/read = Identity(bn5a_branch2a/beta)H¥°ÄñºƒPr
res5a_branch2b/kernel/read¨°Äñºƒ (B<res5a_branch2b/kernel/read = Identity(res5a_branch2b/kernel)H¨°ÄñºƒPl
bn5a_branch2b/gamma/read«°Äñºƒ (B8bn5a_branch2b/gamma/read = Identity(bn5a_branch2b/gamma)H«°ÄñºƒPi
bn5a_branch2b/beta/read®°Äñºƒ (B6bn5a_branch2b/beta/read = Identity(bn5a_branch2b/beta)H®°ÄñºƒPr
res5a_branch2c/kernel/read±°Äñºƒ (B<res5a_branch2c/kernel/read = Identity(res5a_branch2c/kernel)H±°ÄñºƒPl
bn5a_branch2c/gamma/read´°Äñºƒ (B8bn5a_branch2c/gamma/read = Identity(bn5a_branch2c/gamma)H´°ÄñºƒPi
bn5a_branch2c/beta/read·°Äñºƒ (B6bn5a_branch2c/beta/read = Identity(bn5a_branch2c/beta)H·°ÄñºƒPo
res5a_branch1/kernel/readº°Äñºƒ (B:res5a_branch1/kernel/read = Identity(res5a_branch1/kernel)Hº°ÄñºƒPi
bn5a_branch1/gamma/read½°Äñºƒ (B6bn5a_branch1/gamma/read = Identity(bn5a_branch1/gamma)H½°ÄñºƒPf
bn5a_branch1/beta/readÀ°Äñºƒ (B4bn5a_branch1/beta/read = Identity(bn5a_branch1/beta)HÀ°ÄñºƒPr
res5b_branch2a/kernel/readÃ°Äñºƒ (B<res5b_branch2a/kernel/read = Identity(res5b_branch2a/kernel)HÃ°ÄñºƒPl
bn5b_branch2a/gamma/readÆ°Äñºƒ (B8bn5b_branch2a/gamma/read = Identity(bn5b_branch2a/gamma)HÆ°ÄñºƒPi
bn5b_branch2a/beta/readÈ°Äñºƒ (B6bn5b_branch2a/beta/read = Identity(bn5b_branch2a/beta)HÈ°ÄñºƒPr
res5b_branch2b/kernel/readË°Äñºƒ (B<res5b_branch2b/kernel/read = Identity(res5b_branch2b/kernel)HË°ÄñºƒPl
bn5b_branch2b/gamma/readÎ°Äñºƒ (B8bn5b_branch2b/gamma/read = Identity(bn5b_branch2b/gamma)HÎ°ÄñºƒPi
bn5b_branch2b/beta/readÑ°Äñºƒ (B6bn5b_branch2b/beta/read = Identity(bn5b_branch2b/beta)HÑ°ÄñºƒPr
res5b_branch2c/kernel/readÕ°Äñºƒ (B<res5b_branch2c/kernel/read = Identity(res5b_branch2c/kernel)HÕ°ÄñºƒPl
bn5b_branch2c/gamma/readØ°Äñºƒ (B8bn5b_branch2c/gamma/read = Identity(bn5b_branch2c/gamma)HØ°ÄñºƒPi
bn5b_branch2c/beta/readÛ°Äñºƒ (B6bn5b_branch2c/beta/read = Identity(bn5b_branch2c/beta)HÛ°ÄñºƒPr
res5c_branch2a/kernel/readŞ°Äñºƒ (B<res5c_branch2a/kernel/read = Identity(res5c_branch2a/kernel)HŞ°ÄñºƒPl
bn5c_branch2a/gamma/readá°Äñºƒ (B8bn5c_branch2a/gamma/read = Identity(bn5c_branch2a/gamma)Há°ÄñºƒPi
bn5c_branch2a/beta/readä°Äñºƒ (B6bn5c_branch2a/beta/read = Identity(bn5c_branch2a/beta)Hä°ÄñºƒPr
res5c_branch2b/kernel/readç°Äñºƒ (B<res5c_branch2b/kernel/read = Identity(res5c_branch2b/kernel)Hç°ÄñºƒPl
bn5c_branch2b/gamma/readê°Äñºƒ (B8bn5c_branch2b/gamma/read = Identity(bn5c_branch2b/gamma)Hê°ÄñºƒPi
bn5c_branch2b/beta/readí°Äñºƒ (B6bn5c_branch2b/beta/read = Identity(bn5c_branch2b/beta)Hí°ÄñºƒPr
res5c_branch2c/kernel/readğ°Äñºƒ (B<res5c_branch2c/kernel/read = Identity(res5c_branch2c/kernel)Hğ°ÄñºƒPl
bn5c_branch2c/gamma/readó°Äñºƒ (B8bn5c_branch2c/gamma/read = Identity(bn5c_branch2c/gamma)Hó°ÄñºƒPi
bn5c_branch2c/beta/readö°Äñºƒ (B6bn5c_branch2c/beta/read = Identity(bn5c_branch2c/beta)Hö°ÄñºƒPZ
fc1000/kernel/readù°Äñºƒ (B,fc1000/kernel/read = Identity(fc1000/kernel)Hù°ÄñºƒPT
fc1000/bias/readü°Äñºƒ (B(fc1000/bias/read = Identity(fc1000/bias)Hü°ÄñºƒP¶

RecvTensor›ëÉñºƒ \(\:
"  Bƒ[4000B] edge_162_gradients/fc1000/bias_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H›ëÉñºƒ¾
'update_fc1000/bias/ApplyGradientDescent÷ëÉñºƒ (B{update_fc1000/bias/ApplyGradientDescent = ApplyGradientDescent(fc1000/bias, learning_rate, gradients/fc1000/bias_grad_S162)H÷ëÉñºƒPÀ

RecvTensorÏëÉñºƒ ª°(ª°:"
€€ô€€ôB…[7.8MB] edge_163_gradients/fc1000/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÏëÉñºƒÉ
)update_fc1000/kernel/ApplyGradientDescentù›Îñºƒ  
( 
Bupdate_fc1000/kernel/ApplyGradientDescent = ApplyGradientDescent(fc1000/kernel, learning_rate, gradients/fc1000/kernel_grad_S163)Hù›ÎñºƒP½

RecvTensorëëÉñºƒ l(l:
"€@€@BŠ[8192B] edge_164_gradients/bn5c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HëëÉñºƒÛ
.update_bn5c_branch2c/beta/ApplyGradientDescent×ìÉñºƒ (Bupdate_bn5c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2c/beta, learning_rate, gradients/bn5c_branch2c/beta_grad_S164)H×ìÉñºƒP¾

RecvTensor÷ìÉñºƒ `(`:
"€@€@B‹[8192B] edge_165_gradients/bn5c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H÷ìÉñºƒß
/update_bn5c_branch2c/gamma/ApplyGradientDescent×íÉñºƒ (B“update_bn5c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2c/gamma, learning_rate, gradients/bn5c_branch2c/gamma_grad_S165)H×íÉñºƒPÈ

RecvTensor–òÉñºƒ Ó(Ó:"
€€€€€€B[4.0MB] edge_166_gradients/res5c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H–òÉñºƒé
1update_res5c_branch2c/kernel/ApplyGradientDescentéóËñºƒ ó(óB™update_res5c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res5c_branch2c/kernel, learning_rate, gradients/res5c_branch2c/kernel_grad_S166)HéóËñºƒP½

RecvTensor£òÉñºƒ l(l:
"€€BŠ[2048B] edge_167_gradients/bn5c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H£òÉñºƒÛ
.update_bn5c_branch2b/beta/ApplyGradientDescentóÉñºƒ (Bupdate_bn5c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2b/beta, learning_rate, gradients/bn5c_branch2b/beta_grad_S167)HóÉñºƒP¾

RecvTensorËòÉñºƒ y(y:
"€€B‹[2048B] edge_168_gradients/bn5c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HËòÉñºƒß
/update_bn5c_branch2b/gamma/ApplyGradientDescentÄóÉñºƒ (B“update_bn5c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2b/gamma, learning_rate, gradients/bn5c_branch2b/gamma_grad_S168)HÄóÉñºƒPÈ

RecvTensorşÉñºƒ ¬ï(¬ï:"
€€À€€ÀB[9.0MB] edge_169_gradients/res5c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HşÉñºƒé
1update_res5c_branch2b/kernel/ApplyGradientDescent¹íÎñºƒ ì(ìB™update_res5c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res5c_branch2b/kernel, learning_rate, gradients/res5c_branch2b/kernel_grad_S169)H¹íÎñºƒP½

RecvTensoršşÉñºƒ v(v:
"€€BŠ[2048B] edge_170_gradients/bn5c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HšşÉñºƒÛ
.update_bn5c_branch2a/beta/ApplyGradientDescentÿÉñºƒ (Bupdate_bn5c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2a/beta, learning_rate, gradients/bn5c_branch2a/beta_grad_S170)HÿÉñºƒP¾

RecvTensorÂşÉñºƒ c(c:
"€€B‹[2048B] edge_171_gradients/bn5c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÂşÉñºƒß
/update_bn5c_branch2a/gamma/ApplyGradientDescent¥ÿÉñºƒ (B“update_bn5c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2a/gamma, learning_rate, gradients/bn5c_branch2a/gamma_grad_S171)H¥ÿÉñºƒPÈ

RecvTensoràƒÊñºƒ ş±(ş±:"
€€€€€€B[4.0MB] edge_172_gradients/res5c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HàƒÊñºƒé
1update_res5c_branch2a/kernel/ApplyGradientDescentŞµÍñºƒ Ş(ŞB™update_res5c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res5c_branch2a/kernel, learning_rate, gradients/res5c_branch2a/kernel_grad_S172)HŞµÍñºƒP¿

RecvTensorúƒÊñºƒ –(–:
"€@€@BŠ[8192B] edge_173_gradients/bn5b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HúƒÊñºƒÛ
.update_bn5b_branch2c/beta/ApplyGradientDescent…Êñºƒ (Bupdate_bn5b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2c/beta, learning_rate, gradients/bn5b_branch2c/beta_grad_S173)H…ÊñºƒPÀ

RecvTensor€…Êñºƒ ‚(‚:
"€@€@B‹[8192B] edge_174_gradients/bn5b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H€…Êñºƒß
/update_bn5b_branch2c/gamma/ApplyGradientDescent‚†Êñºƒ (B“update_bn5b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2c/gamma, learning_rate, gradients/bn5b_branch2c/gamma_grad_S174)H‚†ÊñºƒPÈ

RecvTensorŒŠÊñºƒ ÏÃ(ÏÃ:"
€€€€€€B[4.0MB] edge_175_gradients/res5b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŒŠÊñºƒé
1update_res5b_branch2c/kernel/ApplyGradientDescentÕĞÍñºƒ  ( B™update_res5b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res5b_branch2c/kernel, learning_rate, gradients/res5b_branch2c/kernel_grad_S175)HÕĞÍñºƒP½

RecvTensor˜ŠÊñºƒ i(i:
"€€BŠ[2048B] edge_176_gradients/bn5b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H˜ŠÊñºƒÛ
.update_bn5b_branch2b/beta/ApplyGradientDescent‹Êñºƒ (Bupdate_bn5b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2b/beta, learning_rate, gradients/bn5b_branch2b/beta_grad_S176)H‹ÊñºƒP¾

RecvTensorÃŠÊñºƒ ^(^:
"€€B‹[2048B] edge_177_gradients/bn5b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÃŠÊñºƒß
/update_bn5b_branch2b/gamma/ApplyGradientDescent¡‹Êñºƒ (B“update_bn5b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2b/gamma, learning_rate, gradients/bn5b_branch2b/gamma_grad_S177)H¡‹ÊñºƒPÈ

RecvTensor¼–Êñºƒ «ä(«ä:"
€€À€€ÀB[9.0MB] edge_178_gradients/res5b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¼–Êñºƒé
1update_res5b_branch2b/kernel/ApplyGradientDescent¬ƒÏñºƒ  ( B™update_res5b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res5b_branch2b/kernel, learning_rate, gradients/res5b_branch2b/kernel_grad_S178)H¬ƒÏñºƒP½

RecvTensorÈ–Êñºƒ q(q:
"€€BŠ[2048B] edge_179_gradients/bn5b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÈ–ÊñºƒÛ
.update_bn5b_branch2a/beta/ApplyGradientDescent¹—Êñºƒ (Bupdate_bn5b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2a/beta, learning_rate, gradients/bn5b_branch2a/beta_grad_S179)H¹—ÊñºƒP¾

RecvTensorñ–Êñºƒ ~(~:
"€€B‹[2048B] edge_180_gradients/bn5b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hñ–Êñºƒß
/update_bn5b_branch2a/gamma/ApplyGradientDescentï—Êñºƒ (B“update_bn5b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2a/gamma, learning_rate, gradients/bn5b_branch2a/gamma_grad_S180)Hï—ÊñºƒPÈ

RecvTensor”œÊñºƒ çØ(çØ:"
€€€€€€B[4.0MB] edge_181_gradients/res5b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H”œÊñºƒé
1update_res5b_branch2a/kernel/ApplyGradientDescentûôÍñºƒ Õ(ÕB™update_res5b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res5b_branch2a/kernel, learning_rate, gradients/res5b_branch2a/kernel_grad_S181)HûôÍñºƒP¾

RecvTensor®œÊñºƒ ¡(¡:
"€@€@B‰[8192B] edge_182_gradients/bn5a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H®œÊñºƒ×
-update_bn5a_branch1/beta/ApplyGradientDescentÏÊñºƒ (Bupdate_bn5a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch1/beta, learning_rate, gradients/bn5a_branch1/beta_grad_S182)HÏÊñºƒP¿

RecvTensor€Êñºƒ ¤(¤:
"€@€@BŠ[8192B] edge_183_gradients/bn5a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H€ÊñºƒÛ
.update_bn5a_branch1/gamma/ApplyGradientDescent¤Êñºƒ (Bupdate_bn5a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch1/gamma, learning_rate, gradients/bn5a_branch1/gamma_grad_S183)H¤ÊñºƒPÇ

RecvTensorª§Êñºƒ ùÊ(ùÊ:"
€€€€€€BŒ[8.0MB] edge_184_gradients/res5a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hª§Êñºƒå
0update_res5a_branch1/kernel/ApplyGradientDescent¥ùÎñºƒ ‡
(‡
B–update_res5a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch1/kernel, learning_rate, gradients/res5a_branch1/kernel_grad_S184)H¥ùÎñºƒP¿

RecvTensorÅ§Êñºƒ —(—:
"€@€@BŠ[8192B] edge_185_gradients/bn5a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÅ§ÊñºƒÛ
.update_bn5a_branch2c/beta/ApplyGradientDescentÜ¨Êñºƒ (Bupdate_bn5a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2c/beta, learning_rate, gradients/bn5a_branch2c/beta_grad_S185)HÜ¨ÊñºƒPÀ

RecvTensorÍ¨Êñºƒ —(—:
"€@€@B‹[8192B] edge_186_gradients/bn5a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÍ¨Êñºƒß
/update_bn5a_branch2c/gamma/ApplyGradientDescentä©Êñºƒ (B“update_bn5a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2c/gamma, learning_rate, gradients/bn5a_branch2c/gamma_grad_S186)Hä©ÊñºƒPÈ

RecvTensorÍ­Êñºƒ æØ(æØ:"
€€€€€€B[4.0MB] edge_187_gradients/res5a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÍ­Êñºƒé
1update_res5a_branch2c/kernel/ApplyGradientDescentâ†Îñºƒ ø(øB™update_res5a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch2c/kernel, learning_rate, gradients/res5a_branch2c/kernel_grad_S187)Hâ†ÎñºƒP½

RecvTensorÙ­Êñºƒ g(g:
"€€BŠ[2048B] edge_188_gradients/bn5a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÙ­ÊñºƒÛ
.update_bn5a_branch2b/beta/ApplyGradientDescentÀ®Êñºƒ (Bupdate_bn5a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2b/beta, learning_rate, gradients/bn5a_branch2b/beta_grad_S188)HÀ®ÊñºƒP¾

RecvTensor‚®Êñºƒ i(i:
"€€B‹[2048B] edge_189_gradients/bn5a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‚®Êñºƒß
/update_bn5a_branch2b/gamma/ApplyGradientDescentë®Êñºƒ (B“update_bn5a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2b/gamma, learning_rate, gradients/bn5a_branch2b/gamma_grad_S189)Hë®ÊñºƒPÈ

RecvTensorï¹Êñºƒ ÉÅ(ÉÅ:"
€€À€€ÀB[9.0MB] edge_190_gradients/res5a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hï¹Êñºƒé
1update_res5a_branch2b/kernel/ApplyGradientDescentÌÏñºƒ Æ(ÆB™update_res5a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch2b/kernel, learning_rate, gradients/res5a_branch2b/kernel_grad_S190)HÌÏñºƒP¿

RecvTensor‰ºÊñºƒ ‚(‚:
"€€BŠ[2048B] edge_191_gradients/bn5a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‰ºÊñºƒÛ
.update_bn5a_branch2a/beta/ApplyGradientDescent‹»Êñºƒ (Bupdate_bn5a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2a/beta, learning_rate, gradients/bn5a_branch2a/beta_grad_S191)H‹»ÊñºƒPÀ

RecvTensor»Êñºƒ €(€:
"€€B‹[2048B] edge_192_gradients/bn5a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H»Êñºƒß
/update_bn5a_branch2a/gamma/ApplyGradientDescent¼Êñºƒ (B“update_bn5a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2a/gamma, learning_rate, gradients/bn5a_branch2a/gamma_grad_S192)H¼ÊñºƒPÈ

RecvTensor·ÅÊñºƒ ±£(±£:"
€€€€€€B[2.0MB] edge_193_gradients/res5a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H·ÅÊñºƒé
1update_res5a_branch2a/kernel/ApplyGradientDescentèèÌñºƒ ã(ãB™update_res5a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch2a/kernel, learning_rate, gradients/res5a_branch2a/kernel_grad_S193)HèèÌñºƒP¿

RecvTensorãÅÊñºƒ ˆ(ˆ:
"€ € BŠ[4096B] edge_194_gradients/bn4f_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HãÅÊñºƒÛ
.update_bn4f_branch2c/beta/ApplyGradientDescentëÆÊñºƒ (Bupdate_bn4f_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2c/beta, learning_rate, gradients/bn4f_branch2c/beta_grad_S194)HëÆÊñºƒPÀ

RecvTensoröÇÊñºƒ ‰(‰:
"€ € B‹[4096B] edge_195_gradients/bn4f_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HöÇÊñºƒß
/update_bn4f_branch2c/gamma/ApplyGradientDescentÿÈÊñºƒ (B“update_bn4f_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2c/gamma, learning_rate, gradients/bn4f_branch2c/gamma_grad_S195)HÿÈÊñºƒPÄ

RecvTensorÍÊñºƒ ©u(©u:"€€@€€@B[1.0MB] edge_196_gradients/res4f_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÍÊñºƒé
1update_res4f_branch2c/kernel/ApplyGradientDescent·ÂËñºƒ ³(³B™update_res4f_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4f_branch2c/kernel, learning_rate, gradients/res4f_branch2c/kernel_grad_S196)H·ÂËñºƒP½

RecvTensorŸÍÊñºƒ r(r:
"€€BŠ[1024B] edge_197_gradients/bn4f_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŸÍÊñºƒÛ
.update_bn4f_branch2b/beta/ApplyGradientDescent‘ÎÊñºƒ (Bupdate_bn4f_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2b/beta, learning_rate, gradients/bn4f_branch2b/beta_grad_S197)H‘ÎÊñºƒP¾

RecvTensorèÍÊñºƒ h(h:
"€€B‹[1024B] edge_198_gradients/bn4f_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HèÍÊñºƒß
/update_bn4f_branch2b/gamma/ApplyGradientDescentĞÎÊñºƒ (B“update_bn4f_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2b/gamma, learning_rate, gradients/bn4f_branch2b/gamma_grad_S198)HĞÎÊñºƒPÈ

RecvTensoréÙÊñºƒ ¥Ø(¥Ø:"
€€€€B[2.2MB] edge_199_gradients/res4f_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HéÙÊñºƒé
1update_res4f_branch2b/kernel/ApplyGradientDescent²Íñºƒ (B™update_res4f_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4f_branch2b/kernel, learning_rate, gradients/res4f_branch2b/kernel_grad_S199)H²ÍñºƒP½

RecvTensorúÙÊñºƒ v(v:
"€€BŠ[1024B] edge_200_gradients/bn4f_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HúÙÊñºƒÛ
.update_bn4f_branch2a/beta/ApplyGradientDescentğÚÊñºƒ (Bupdate_bn4f_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2a/beta, learning_rate, gradients/bn4f_branch2a/beta_grad_S200)HğÚÊñºƒP¾

RecvTensorÂÚÊñºƒ w(w:
"€€B‹[1024B] edge_201_gradients/bn4f_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÂÚÊñºƒß
/update_bn4f_branch2a/gamma/ApplyGradientDescent¹ÛÊñºƒ (B“update_bn4f_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2a/gamma, learning_rate, gradients/bn4f_branch2a/gamma_grad_S201)H¹ÛÊñºƒPÆ

RecvTensorÙßÊñºƒ ƒŠ(ƒŠ:"€€@€€@B[1.0MB] edge_202_gradients/res4f_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÙßÊñºƒé
1update_res4f_branch2a/kernel/ApplyGradientDescentÜéËñºƒ »(»B™update_res4f_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4f_branch2a/kernel, learning_rate, gradients/res4f_branch2a/kernel_grad_S202)HÜéËñºƒP¿

RecvTensor…àÊñºƒ ”(”:
"€ € BŠ[4096B] edge_203_gradients/bn4e_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H…àÊñºƒÛ
.update_bn4e_branch2c/beta/ApplyGradientDescent™áÊñºƒ (Bupdate_bn4e_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2c/beta, learning_rate, gradients/bn4e_branch2c/beta_grad_S203)H™áÊñºƒPÀ

RecvTensor‰âÊñºƒ ™(™:
"€ € B‹[4096B] edge_204_gradients/bn4e_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‰âÊñºƒß
/update_bn4e_branch2c/gamma/ApplyGradientDescent¢ãÊñºƒ (B“update_bn4e_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2c/gamma, learning_rate, gradients/bn4e_branch2c/gamma_grad_S204)H¢ãÊñºƒPÆ

RecvTensor’çÊñºƒ ³(³:"€€@€€@B[1.0MB] edge_205_gradients/res4e_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H’çÊñºƒé
1update_res4e_branch2c/kernel/ApplyGradientDescentâùËñºƒ µ(µB™update_res4e_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4e_branch2c/kernel, learning_rate, gradients/res4e_branch2c/kernel_grad_S205)HâùËñºƒP½

RecvTensor£çÊñºƒ m(m:
"€€BŠ[1024B] edge_206_gradients/bn4e_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H£çÊñºƒÛ
.update_bn4e_branch2b/beta/ApplyGradientDescentèÊñºƒ (Bupdate_bn4e_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2b/beta, learning_rate, gradients/bn4e_branch2b/beta_grad_S206)HèÊñºƒP¾

RecvTensoréçÊñºƒ m(m:
"€€B‹[1024B] edge_207_gradients/bn4e_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HéçÊñºƒß
/update_bn4e_branch2b/gamma/ApplyGradientDescentÖèÊñºƒ (B“update_bn4e_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2b/gamma, learning_rate, gradients/bn4e_branch2b/gamma_grad_S207)HÖèÊñºƒPÈ

RecvTensoršóÊñºƒ ­Ú(­Ú:"
€€€€B[2.2MB] edge_208_gradients/res4e_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HšóÊñºƒé
1update_res4e_branch2b/kernel/ApplyGradientDescentÇÍÍñºƒ (B™update_res4e_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4e_branch2b/kernel, learning_rate, gradients/res4e_branch2b/kernel_grad_S208)HÇÍÍñºƒP½

RecvTensorªóÊñºƒ f(f:
"€€BŠ[1024B] edge_209_gradients/bn4e_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HªóÊñºƒÛ
.update_bn4e_branch2a/beta/ApplyGradientDescentôÊñºƒ (Bupdate_bn4e_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2a/beta, learning_rate, gradients/bn4e_branch2a/beta_grad_S209)HôÊñºƒP¾

RecvTensorîóÊñºƒ |(|:
"€€B‹[1024B] edge_210_gradients/bn4e_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HîóÊñºƒß
/update_bn4e_branch2a/gamma/ApplyGradientDescentêôÊñºƒ (B“update_bn4e_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2a/gamma, learning_rate, gradients/bn4e_branch2a/gamma_grad_S210)HêôÊñºƒPÆ

RecvTensor†ùÊñºƒ °(°:"€€@€€@B[1.0MB] edge_211_gradients/res4e_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H†ùÊñºƒé
1update_res4e_branch2a/kernel/ApplyGradientDescent¶—Ìñºƒ °(°B™update_res4e_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4e_branch2a/kernel, learning_rate, gradients/res4e_branch2a/kernel_grad_S211)H¶—ÌñºƒP¿

RecvTensor´ùÊñºƒ £(£:
"€ € BŠ[4096B] edge_212_gradients/bn4d_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H´ùÊñºƒÛ
.update_bn4d_branch2c/beta/ApplyGradientDescent×úÊñºƒ (Bupdate_bn4d_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2c/beta, learning_rate, gradients/bn4d_branch2c/beta_grad_S212)H×úÊñºƒPÀ

RecvTensorÀûÊñºƒ ³(³:
"€ € B‹[4096B] edge_213_gradients/bn4d_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÀûÊñºƒß
/update_bn4d_branch2c/gamma/ApplyGradientDescentóüÊñºƒ (B“update_bn4d_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2c/gamma, learning_rate, gradients/bn4d_branch2c/gamma_grad_S213)HóüÊñºƒPÆ

RecvTensorÃ€Ëñºƒ İ£(İ£:"€€@€€@B[1.0MB] edge_214_gradients/res4d_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÃ€Ëñºƒé
1update_res4d_branch2c/kernel/ApplyGradientDescent ¤Ìñºƒ À(ÀB™update_res4d_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4d_branch2c/kernel, learning_rate, gradients/res4d_branch2c/kernel_grad_S214)H ¤ÌñºƒP½

RecvTensorÔ€Ëñºƒ ~(~:
"€€BŠ[1024B] edge_215_gradients/bn4d_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÔ€ËñºƒÛ
.update_bn4d_branch2b/beta/ApplyGradientDescentÒËñºƒ (Bupdate_bn4d_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2b/beta, learning_rate, gradients/bn4d_branch2b/beta_grad_S215)HÒËñºƒP¾

RecvTensoršËñºƒ (:
"€€B‹[1024B] edge_216_gradients/bn4d_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HšËñºƒß
/update_bn4d_branch2b/gamma/ApplyGradientDescent™‚Ëñºƒ (B“update_bn4d_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2b/gamma, learning_rate, gradients/bn4d_branch2b/gamma_grad_S216)H™‚ËñºƒPÈ

RecvTensoríŒËñºƒ ¤Ó(¤Ó:"
€€€€B[2.2MB] edge_217_gradients/res4d_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HíŒËñºƒé
1update_res4d_branch2b/kernel/ApplyGradientDescent‘àÍñºƒ ú(úB™update_res4d_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4d_branch2b/kernel, learning_rate, gradients/res4d_branch2b/kernel_grad_S217)H‘àÍñºƒP½

RecvTensorÿŒËñºƒ x(x:
"€€BŠ[1024B] edge_218_gradients/bn4d_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÿŒËñºƒÛ
.update_bn4d_branch2a/beta/ApplyGradientDescent÷Ëñºƒ (Bupdate_bn4d_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2a/beta, learning_rate, gradients/bn4d_branch2a/beta_grad_S218)H÷ËñºƒPÀ

RecvTensorÈËñºƒ €(€:
"€€B‹[1024B] edge_219_gradients/bn4d_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÈËñºƒß
/update_bn4d_branch2a/gamma/ApplyGradientDescentÈËñºƒ (B“update_bn4d_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2a/gamma, learning_rate, gradients/bn4d_branch2a/gamma_grad_S219)HÈËñºƒPÆ

RecvTensorğ’Ëñºƒ ¡®(¡®:"€€@€€@B[1.0MB] edge_220_gradients/res4d_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hğ’Ëñºƒé
1update_res4d_branch2a/kernel/ApplyGradientDescent‘ÁÌñºƒ À(ÀB™update_res4d_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4d_branch2a/kernel, learning_rate, gradients/res4d_branch2a/kernel_grad_S220)H‘ÁÌñºƒP¿

RecvTensor“Ëñºƒ ´(´:
"€ € BŠ[4096B] edge_221_gradients/bn4c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H“ËñºƒÛ
.update_bn4c_branch2c/beta/ApplyGradientDescentÒ”Ëñºƒ (Bupdate_bn4c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2c/beta, learning_rate, gradients/bn4c_branch2c/beta_grad_S221)HÒ”ËñºƒPÀ

RecvTensor§•Ëñºƒ Á(Á:
"€ € B‹[4096B] edge_222_gradients/bn4c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H§•Ëñºƒß
/update_bn4c_branch2c/gamma/ApplyGradientDescentè–Ëñºƒ (B“update_bn4c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2c/gamma, learning_rate, gradients/bn4c_branch2c/gamma_grad_S222)Hè–ËñºƒPÆ

RecvTensor¾šËñºƒ ¸±(¸±:"€€@€€@B[1.0MB] edge_223_gradients/res4c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¾šËñºƒé
1update_res4c_branch2c/kernel/ApplyGradientDescentöËÌñºƒ ¹(¹B™update_res4c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4c_branch2c/kernel, learning_rate, gradients/res4c_branch2c/kernel_grad_S223)HöËÌñºƒP½

RecvTensorÎšËñºƒ i(i:
"€€BŠ[1024B] edge_224_gradients/bn4c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÎšËñºƒÛ
.update_bn4c_branch2b/beta/ApplyGradientDescent·›Ëñºƒ (Bupdate_bn4c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2b/beta, learning_rate, gradients/bn4c_branch2b/beta_grad_S224)H·›ËñºƒP¾

RecvTensor˜›Ëñºƒ }(}:
"€€B‹[1024B] edge_225_gradients/bn4c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H˜›Ëñºƒß
/update_bn4c_branch2b/gamma/ApplyGradientDescent•œËñºƒ (B“update_bn4c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2b/gamma, learning_rate, gradients/bn4c_branch2b/gamma_grad_S225)H•œËñºƒPÈ

RecvTensorÚ¦Ëñºƒ ìÇ(ìÇ:"
€€€€B[2.2MB] edge_226_gradients/res4c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÚ¦Ëñºƒé
1update_res4c_branch2b/kernel/ApplyGradientDescentÆîÍñºƒ ”(”B™update_res4c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4c_branch2b/kernel, learning_rate, gradients/res4c_branch2b/kernel_grad_S226)HÆîÍñºƒP½

RecvTensorë¦Ëñºƒ w(w:
"€€BŠ[1024B] edge_227_gradients/bn4c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hë¦ËñºƒÛ
.update_bn4c_branch2a/beta/ApplyGradientDescentâ§Ëñºƒ (Bupdate_bn4c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2a/beta, learning_rate, gradients/bn4c_branch2a/beta_grad_S227)Hâ§ËñºƒP¾

RecvTensor±§Ëñºƒ o(o:
"€€B‹[1024B] edge_228_gradients/bn4c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H±§Ëñºƒß
/update_bn4c_branch2a/gamma/ApplyGradientDescent ¨Ëñºƒ (B“update_bn4c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2a/gamma, learning_rate, gradients/bn4c_branch2a/gamma_grad_S228)H ¨ËñºƒPÆ

RecvTensorç¬Ëñºƒ ÿ¶(ÿ¶:"€€@€€@B[1.0MB] edge_229_gradients/res4c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hç¬Ëñºƒé
1update_res4c_branch2a/kernel/ApplyGradientDescentæãÌñºƒ ¯(¯B™update_res4c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4c_branch2a/kernel, learning_rate, gradients/res4c_branch2a/kernel_grad_S229)HæãÌñºƒP¿

RecvTensor•­Ëñºƒ ¿(¿:
"€ € BŠ[4096B] edge_230_gradients/bn4b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H•­ËñºƒÛ
.update_bn4b_branch2c/beta/ApplyGradientDescentÔ®Ëñºƒ (Bupdate_bn4b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2c/beta, learning_rate, gradients/bn4b_branch2c/beta_grad_S230)HÔ®ËñºƒPÀ

RecvTensor¢¯Ëñºƒ ´(´:
"€ € B‹[4096B] edge_231_gradients/bn4b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¢¯Ëñºƒß
/update_bn4b_branch2c/gamma/ApplyGradientDescentÖ°Ëñºƒ (B“update_bn4b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2c/gamma, learning_rate, gradients/bn4b_branch2c/gamma_grad_S231)HÖ°ËñºƒPÆ

RecvTensor¸´Ëñºƒ ”¸(”¸:"€€@€€@B[1.0MB] edge_232_gradients/res4b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¸´Ëñºƒé
1update_res4b_branch2c/kernel/ApplyGradientDescentÌìÌñºƒ ³(³B™update_res4b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4b_branch2c/kernel, learning_rate, gradients/res4b_branch2c/kernel_grad_S232)HÌìÌñºƒP½

RecvTensorÉ´Ëñºƒ t(t:
"€€BŠ[1024B] edge_233_gradients/bn4b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÉ´ËñºƒÛ
.update_bn4b_branch2b/beta/ApplyGradientDescent½µËñºƒ (Bupdate_bn4b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2b/beta, learning_rate, gradients/bn4b_branch2b/beta_grad_S233)H½µËñºƒP¾

RecvTensor“µËñºƒ {({:
"€€B‹[1024B] edge_234_gradients/bn4b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H“µËñºƒß
/update_bn4b_branch2b/gamma/ApplyGradientDescent¶Ëñºƒ (B“update_bn4b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2b/gamma, learning_rate, gradients/bn4b_branch2b/gamma_grad_S234)H¶ËñºƒPÈ

RecvTensorÁËñºƒ ª¸(ª¸:"
€€€€B[2.2MB] edge_235_gradients/res4b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÁËñºƒé
1update_res4b_branch2b/kernel/ApplyGradientDescentÜúÍñºƒ ±(±B™update_res4b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4b_branch2b/kernel, learning_rate, gradients/res4b_branch2b/kernel_grad_S235)HÜúÍñºƒP¿

RecvTensorÁËñºƒ ‰(‰:
"€€BŠ[1024B] edge_236_gradients/bn4b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÁËñºƒÛ
.update_bn4b_branch2a/beta/ApplyGradientDescent¦ÂËñºƒ (Bupdate_bn4b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2a/beta, learning_rate, gradients/bn4b_branch2a/beta_grad_S236)H¦ÂËñºƒP¾

RecvTensoræÁËñºƒ m(m:
"€€B‹[1024B] edge_237_gradients/bn4b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HæÁËñºƒß
/update_bn4b_branch2a/gamma/ApplyGradientDescentêÃËñºƒ (B“update_bn4b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2a/gamma, learning_rate, gradients/bn4b_branch2a/gamma_grad_S237)HêÃËñºƒPÆ

RecvTensorûÆËñºƒ í·(í·:"€€@€€@B[1.0MB] edge_238_gradients/res4b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HûÆËñºƒé
1update_res4b_branch2a/kernel/ApplyGradientDescentèşÌñºƒ ®(®B™update_res4b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4b_branch2a/kernel, learning_rate, gradients/res4b_branch2a/kernel_grad_S238)HèşÌñºƒP¾

RecvTensor¥ÇËñºƒ «(«:
"€ € B‰[4096B] edge_239_gradients/bn4a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¥ÇËñºƒ×
-update_bn4a_branch1/beta/ApplyGradientDescentĞÈËñºƒ (Bupdate_bn4a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch1/beta, learning_rate, gradients/bn4a_branch1/beta_grad_S239)HĞÈËñºƒP¿

RecvTensorÊÈËñºƒ ¹(¹:
"€ € BŠ[4096B] edge_240_gradients/bn4a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÊÈËñºƒÛ
.update_bn4a_branch1/gamma/ApplyGradientDescentƒÊËñºƒ (Bupdate_bn4a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch1/gamma, learning_rate, gradients/bn4a_branch1/gamma_grad_S240)HƒÊËñºƒPÇ

RecvTensor”ÓËñºƒ (:"
€€€€€€BŒ[2.0MB] edge_241_gradients/res4a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H”ÓËñºƒå
0update_res4a_branch1/kernel/ApplyGradientDescentÚñÍñºƒ ğ(ğB–update_res4a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch1/kernel, learning_rate, gradients/res4a_branch1/kernel_grad_S241)HÚñÍñºƒP¿

RecvTensor¿ÓËñºƒ ·(·:
"€ € BŠ[4096B] edge_242_gradients/bn4a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¿ÓËñºƒÛ
.update_bn4a_branch2c/beta/ApplyGradientDescentöÔËñºƒ (Bupdate_bn4a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2c/beta, learning_rate, gradients/bn4a_branch2c/beta_grad_S242)HöÔËñºƒPÀ

RecvTensorÆÕËñºƒ Á(Á:
"€ € B‹[4096B] edge_243_gradients/bn4a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÆÕËñºƒß
/update_bn4a_branch2c/gamma/ApplyGradientDescent‡×Ëñºƒ (B“update_bn4a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2c/gamma, learning_rate, gradients/bn4a_branch2c/gamma_grad_S243)H‡×ËñºƒPÆ

RecvTensorâÚËñºƒ Òµ(Òµ:"€€@€€@B[1.0MB] edge_244_gradients/res4a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HâÚËñºƒé
1update_res4a_branch2c/kernel/ApplyGradientDescent´Íñºƒ ¥(¥B™update_res4a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch2c/kernel, learning_rate, gradients/res4a_branch2c/kernel_grad_S244)H´ÍñºƒP½

RecvTensoròÚËñºƒ u(u:
"€€BŠ[1024B] edge_245_gradients/bn4a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HòÚËñºƒÛ
.update_bn4a_branch2b/beta/ApplyGradientDescentçÛËñºƒ (Bupdate_bn4a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2b/beta, learning_rate, gradients/bn4a_branch2b/beta_grad_S245)HçÛËñºƒP¾

RecvTensor¾ÛËñºƒ w(w:
"€€B‹[1024B] edge_246_gradients/bn4a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¾ÛËñºƒß
/update_bn4a_branch2b/gamma/ApplyGradientDescentµÜËñºƒ (B“update_bn4a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2b/gamma, learning_rate, gradients/bn4a_branch2b/gamma_grad_S246)HµÜËñºƒPÈ

RecvTensorïæËñºƒ öœ(öœ:"
€€€€B[2.2MB] edge_247_gradients/res4a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HïæËñºƒé
1update_res4a_branch2b/kernel/ApplyGradientDescentåƒÎñºƒ ı(ıB™update_res4a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch2b/kernel, learning_rate, gradients/res4a_branch2b/kernel_grad_S247)HåƒÎñºƒP½

RecvTensorçËñºƒ u(u:
"€€BŠ[1024B] edge_248_gradients/bn4a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HçËñºƒÛ
.update_bn4a_branch2a/beta/ApplyGradientDescent’èËñºƒ (Bupdate_bn4a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2a/beta, learning_rate, gradients/bn4a_branch2a/beta_grad_S248)H’èËñºƒP¾

RecvTensorªéËñºƒ |(|:
"€€B‹[1024B] edge_249_gradients/bn4a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HªéËñºƒß
/update_bn4a_branch2a/gamma/ApplyGradientDescent—ëËñºƒ (B“update_bn4a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2a/gamma, learning_rate, gradients/bn4a_branch2a/gamma_grad_S249)H—ëËñºƒPÄ

RecvTensor‘ôËñºƒ ˜`(˜`:"€€ €€ B[0.5MB] edge_250_gradients/res4a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‘ôËñºƒç
1update_res4a_branch2a/kernel/ApplyGradientDescent©ÔÌñºƒ W(WB™update_res4a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch2a/kernel, learning_rate, gradients/res4a_branch2a/kernel_grad_S250)H©ÔÌñºƒP¿

RecvTensorãôËñºƒ ›(›:
"€€BŠ[2048B] edge_251_gradients/bn3d_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HãôËñºƒÛ
.update_bn3d_branch2c/beta/ApplyGradientDescentÜùËñºƒ (Bupdate_bn3d_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2c/beta, learning_rate, gradients/bn3d_branch2c/beta_grad_S251)HÜùËñºƒPÀ

RecvTensoröøËñºƒ ®(®:
"€€B‹[2048B] edge_252_gradients/bn3d_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HöøËñºƒß
/update_bn3d_branch2c/gamma/ApplyGradientDescent—ûËñºƒ (B“update_bn3d_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2c/gamma, learning_rate, gradients/bn3d_branch2c/gamma_grad_S252)H—ûËñºƒPÄ

RecvTensor´şËñºƒ 0(0:"€€€€B[0.2MB] edge_253_gradients/res3d_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H´şËñºƒç
1update_res3d_branch2c/kernel/ApplyGradientDescentÑ®Ìñºƒ 3(3B™update_res3d_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3d_branch2c/kernel, learning_rate, gradients/res3d_branch2c/kernel_grad_S253)HÑ®ÌñºƒP¼

RecvTensorÎşËñºƒ }(}:
"€€B‰[512B] edge_254_gradients/bn3d_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÎşËñºƒÛ
.update_bn3d_branch2b/beta/ApplyGradientDescentËÿËñºƒ (Bupdate_bn3d_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2b/beta, learning_rate, gradients/bn3d_branch2b/beta_grad_S254)HËÿËñºƒP½

RecvTensorÙÿËñºƒ w(w:
"€€BŠ[512B] edge_255_gradients/bn3d_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÙÿËñºƒß
/update_bn3d_branch2b/gamma/ApplyGradientDescentĞ€Ìñºƒ (B“update_bn3d_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2b/gamma, learning_rate, gradients/bn3d_branch2b/gamma_grad_S255)HĞ€ÌñºƒPÄ

RecvTensor°‹Ìñºƒ Új(Új:"€€$€€$B[0.6MB] edge_256_gradients/res3d_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H°‹Ìñºƒç
1update_res3d_branch2b/kernel/ApplyGradientDescentŠöÌñºƒ d(dB™update_res3d_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3d_branch2b/kernel, learning_rate, gradients/res3d_branch2b/kernel_grad_S256)HŠöÌñºƒP¼

RecvTensorÊ‹Ìñºƒ p(p:
"€€B‰[512B] edge_257_gradients/bn3d_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÊ‹ÌñºƒÛ
.update_bn3d_branch2a/beta/ApplyGradientDescentºŒÌñºƒ (Bupdate_bn3d_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2a/beta, learning_rate, gradients/bn3d_branch2a/beta_grad_S257)HºŒÌñºƒP½

RecvTensorÓŒÌñºƒ v(v:
"€€BŠ[512B] edge_258_gradients/bn3d_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÓŒÌñºƒß
/update_bn3d_branch2a/gamma/ApplyGradientDescentÉÌñºƒ (B“update_bn3d_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2a/gamma, learning_rate, gradients/bn3d_branch2a/gamma_grad_S258)HÉÌñºƒPÄ

RecvTensorş‘Ìñºƒ Ğ1(Ğ1:"€€€€B[0.2MB] edge_259_gradients/res3d_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hş‘Ìñºƒç
1update_res3d_branch2a/kernel/ApplyGradientDescentÎÃÌñºƒ 4(4B™update_res3d_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3d_branch2a/kernel, learning_rate, gradients/res3d_branch2a/kernel_grad_S259)HÎÃÌñºƒP¿

RecvTensorÑ’Ìñºƒ „(„:
"€€BŠ[2048B] edge_260_gradients/bn3c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÑ’ÌñºƒÛ
.update_bn3c_branch2c/beta/ApplyGradientDescentÕ“Ìñºƒ (Bupdate_bn3c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2c/beta, learning_rate, gradients/bn3c_branch2c/beta_grad_S260)HÕ“ÌñºƒPÀ

RecvTensorë–Ìñºƒ ˆ(ˆ:
"€€B‹[2048B] edge_261_gradients/bn3c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hë–Ìñºƒß
/update_bn3c_branch2c/gamma/ApplyGradientDescentæ˜Ìñºƒ (B“update_bn3c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2c/gamma, learning_rate, gradients/bn3c_branch2c/gamma_grad_S261)Hæ˜ÌñºƒPÄ

RecvTensor«œÌñºƒ ã1(ã1:"€€€€B[0.2MB] edge_262_gradients/res3c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H«œÌñºƒç
1update_res3c_branch2c/kernel/ApplyGradientDescentÎÌñºƒ 1(1B™update_res3c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3c_branch2c/kernel, learning_rate, gradients/res3c_branch2c/kernel_grad_S262)HÎÌñºƒP¼

RecvTensorÇœÌñºƒ {({:
"€€B‰[512B] edge_263_gradients/bn3c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÇœÌñºƒÛ
.update_bn3c_branch2b/beta/ApplyGradientDescentÂÌñºƒ (Bupdate_bn3c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2b/beta, learning_rate, gradients/bn3c_branch2b/beta_grad_S263)HÂÌñºƒP½

RecvTensorÌÌñºƒ j(j:
"€€BŠ[512B] edge_264_gradients/bn3c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÌÌñºƒß
/update_bn3c_branch2b/gamma/ApplyGradientDescent¶Ìñºƒ (B“update_bn3c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2b/gamma, learning_rate, gradients/bn3c_branch2b/gamma_grad_S264)H¶ÌñºƒPÄ

RecvTensorê¨Ìñºƒ Še(Še:"€€$€€$B[0.6MB] edge_265_gradients/res3c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hê¨Ìñºƒç
1update_res3c_branch2b/kernel/ApplyGradientDescentôÍñºƒ l(lB™update_res3c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3c_branch2b/kernel, learning_rate, gradients/res3c_branch2b/kernel_grad_S265)HôÍñºƒP¼

RecvTensor„©Ìñºƒ s(s:
"€€B‰[512B] edge_266_gradients/bn3c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H„©ÌñºƒÛ
.update_bn3c_branch2a/beta/ApplyGradientDescent÷©Ìñºƒ (Bupdate_bn3c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2a/beta, learning_rate, gradients/bn3c_branch2a/beta_grad_S266)H÷©ÌñºƒP½

RecvTensor‰ªÌñºƒ o(o:
"€€BŠ[512B] edge_267_gradients/bn3c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‰ªÌñºƒß
/update_bn3c_branch2a/gamma/ApplyGradientDescentøªÌñºƒ (B“update_bn3c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2a/gamma, learning_rate, gradients/bn3c_branch2a/gamma_grad_S267)HøªÌñºƒPÄ

RecvTensor—¯Ìñºƒ ˆ1(ˆ1:"€€€€B[0.2MB] edge_268_gradients/res3c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H—¯Ìñºƒç
1update_res3c_branch2a/kernel/ApplyGradientDescentŸàÌñºƒ .(.B™update_res3c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3c_branch2a/kernel, learning_rate, gradients/res3c_branch2a/kernel_grad_S268)HŸàÌñºƒP¿

RecvTensorè¯Ìñºƒ £(£:
"€€BŠ[2048B] edge_269_gradients/bn3b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hè¯ÌñºƒÛ
.update_bn3b_branch2c/beta/ApplyGradientDescent‹±Ìñºƒ (Bupdate_bn3b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2c/beta, learning_rate, gradients/bn3b_branch2c/beta_grad_S269)H‹±ÌñºƒPÀ

RecvTensorŞ³Ìñºƒ š(š:
"€€B‹[2048B] edge_270_gradients/bn3b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŞ³Ìñºƒß
/update_bn3b_branch2c/gamma/ApplyGradientDescentø´Ìñºƒ (B“update_bn3b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2c/gamma, learning_rate, gradients/bn3b_branch2c/gamma_grad_S270)Hø´ÌñºƒPÄ

RecvTensor‹¹Ìñºƒ Å0(Å0:"€€€€B[0.2MB] edge_271_gradients/res3b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‹¹Ìñºƒç
1update_res3b_branch2c/kernel/ApplyGradientDescentËëÌñºƒ 2(2B™update_res3b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3b_branch2c/kernel, learning_rate, gradients/res3b_branch2c/kernel_grad_S271)HËëÌñºƒP¼

RecvTensor¥¹Ìñºƒ t(t:
"€€B‰[512B] edge_272_gradients/bn3b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¥¹ÌñºƒÛ
.update_bn3b_branch2b/beta/ApplyGradientDescent™ºÌñºƒ (Bupdate_bn3b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2b/beta, learning_rate, gradients/bn3b_branch2b/beta_grad_S272)H™ºÌñºƒP½

RecvTensor²ºÌñºƒ t(t:
"€€BŠ[512B] edge_273_gradients/bn3b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H²ºÌñºƒß
/update_bn3b_branch2b/gamma/ApplyGradientDescent¦»Ìñºƒ (B“update_bn3b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2b/gamma, learning_rate, gradients/bn3b_branch2b/gamma_grad_S273)H¦»ÌñºƒPÄ

RecvTensorèÅÌñºƒ ‰\(‰\:"€€$€€$B[0.6MB] edge_274_gradients/res3b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HèÅÌñºƒç
1update_res3b_branch2b/kernel/ApplyGradientDescentñ¡Íñºƒ q(qB™update_res3b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3b_branch2b/kernel, learning_rate, gradients/res3b_branch2b/kernel_grad_S274)Hñ¡ÍñºƒP¼

RecvTensorÆÌñºƒ f(f:
"€€B‰[512B] edge_275_gradients/bn3b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÆÌñºƒÛ
.update_bn3b_branch2a/beta/ApplyGradientDescentçÆÌñºƒ (Bupdate_bn3b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2a/beta, learning_rate, gradients/bn3b_branch2a/beta_grad_S275)HçÆÌñºƒP½

RecvTensor‰ÇÌñºƒ f(f:
"€€BŠ[512B] edge_276_gradients/bn3b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‰ÇÌñºƒß
/update_bn3b_branch2a/gamma/ApplyGradientDescentïÇÌñºƒ (B“update_bn3b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2a/gamma, learning_rate, gradients/bn3b_branch2a/gamma_grad_S276)HïÇÌñºƒPÄ

RecvTensor¤ÌÌñºƒ ˜-(˜-:"€€€€B[0.2MB] edge_277_gradients/res3b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¤ÌÌñºƒç
1update_res3b_branch2a/kernel/ApplyGradientDescent¼ùÌñºƒ 2(2B™update_res3b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3b_branch2a/kernel, learning_rate, gradients/res3b_branch2a/kernel_grad_S277)H¼ùÌñºƒP¾

RecvTensorùÌÌñºƒ –(–:
"€€B‰[2048B] edge_278_gradients/bn3a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HùÌÌñºƒ×
-update_bn3a_branch1/beta/ApplyGradientDescent¿ÎÌñºƒ (Bupdate_bn3a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch1/beta, learning_rate, gradients/bn3a_branch1/beta_grad_S278)H¿ÎÌñºƒP¿

RecvTensor¯ÏÌñºƒ ®(®:
"€€BŠ[2048B] edge_279_gradients/bn3a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¯ÏÌñºƒÛ
.update_bn3a_branch1/gamma/ApplyGradientDescentİĞÌñºƒ (Bupdate_bn3a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch1/gamma, learning_rate, gradients/bn3a_branch1/gamma_grad_S279)HİĞÌñºƒPÃ

RecvTensor¾ÙÌñºƒ åM(åM:"€€ €€ BŒ[0.5MB] edge_280_gradients/res3a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¾ÙÌñºƒã
0update_res3a_branch1/kernel/ApplyGradientDescent£§Íñºƒ Y(YB–update_res3a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch1/kernel, learning_rate, gradients/res3a_branch1/kernel_grad_S280)H£§ÍñºƒP¿

RecvTensor‘ÚÌñºƒ ‡(‡:
"€€BŠ[2048B] edge_281_gradients/bn3a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‘ÚÌñºƒÛ
.update_bn3a_branch2c/beta/ApplyGradientDescent˜ÛÌñºƒ (Bupdate_bn3a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2c/beta, learning_rate, gradients/bn3a_branch2c/beta_grad_S281)H˜ÛÌñºƒPÀ

RecvTensor›ŞÌñºƒ (:
"€€B‹[2048B] edge_282_gradients/bn3a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H›ŞÌñºƒß
/update_bn3a_branch2c/gamma/ApplyGradientDescent©ßÌñºƒ (B“update_bn3a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2c/gamma, learning_rate, gradients/bn3a_branch2c/gamma_grad_S282)H©ßÌñºƒPÄ

RecvTensor­ãÌñºƒ ¤)(¤):"€€€€B[0.2MB] edge_283_gradients/res3a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H­ãÌñºƒç
1update_res3a_branch2c/kernel/ApplyGradientDescentÑŒÍñºƒ /(/B™update_res3a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch2c/kernel, learning_rate, gradients/res3a_branch2c/kernel_grad_S283)HÑŒÍñºƒP¼

RecvTensorÉãÌñºƒ r(r:
"€€B‰[512B] edge_284_gradients/bn3a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÉãÌñºƒÛ
.update_bn3a_branch2b/beta/ApplyGradientDescent•åÌñºƒ (Bupdate_bn3a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2b/beta, learning_rate, gradients/bn3a_branch2b/beta_grad_S284)H•åÌñºƒP½

RecvTensorÏäÌñºƒ n(n:
"€€BŠ[512B] edge_285_gradients/bn3a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÏäÌñºƒß
/update_bn3a_branch2b/gamma/ApplyGradientDescent½åÌñºƒ (B“update_bn3a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2b/gamma, learning_rate, gradients/bn3a_branch2b/gamma_grad_S285)H½åÌñºƒPÄ

RecvTensorËğÌñºƒ ïL(ïL:"€€$€€$B[0.6MB] edge_286_gradients/res3a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HËğÌñºƒç
1update_res3a_branch2b/kernel/ApplyGradientDescentº½Íñºƒ d(dB™update_res3a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch2b/kernel, learning_rate, gradients/res3a_branch2b/kernel_grad_S286)Hº½ÍñºƒP¼

RecvTensorŸñÌñºƒ y(y:
"€€B‰[512B] edge_287_gradients/bn3a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŸñÌñºƒÛ
.update_bn3a_branch2a/beta/ApplyGradientDescent˜òÌñºƒ (Bupdate_bn3a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2a/beta, learning_rate, gradients/bn3a_branch2a/beta_grad_S287)H˜òÌñºƒP½

RecvTensor¢õÌñºƒ k(k:
"€€BŠ[512B] edge_288_gradients/bn3a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¢õÌñºƒß
/update_bn3a_branch2a/gamma/ApplyGradientDescentîöÌñºƒ (B“update_bn3a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2a/gamma, learning_rate, gradients/bn3a_branch2a/gamma_grad_S288)HîöÌñºƒPÄ

RecvTensor€Íñºƒ Ö(Ö:"€€€€B[0.1MB] edge_289_gradients/res3a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H€Íñºƒç
1update_res3a_branch2a/kernel/ApplyGradientDescent×“Íñºƒ (B™update_res3a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch2a/kernel, learning_rate, gradients/res3a_branch2a/kernel_grad_S289)H×“ÍñºƒP½

RecvTensor–Íñºƒ p(p:
"€€BŠ[1024B] edge_290_gradients/bn2c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H–ÍñºƒÛ
.update_bn2c_branch2c/beta/ApplyGradientDescent†‚Íñºƒ (Bupdate_bn2c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2c/beta, learning_rate, gradients/bn2c_branch2c/beta_grad_S290)H†‚ÍñºƒP¾

RecvTensorµ‰Íñºƒ n(n:
"€€B‹[1024B] edge_291_gradients/bn2c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hµ‰Íñºƒß
/update_bn2c_branch2c/gamma/ApplyGradientDescent£ŠÍñºƒ (B“update_bn2c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2c/gamma, learning_rate, gradients/bn2c_branch2c/gamma_grad_S291)H£ŠÍñºƒPÅ

RecvTensorÓÍñºƒ ¿	(¿	:"€€€€B[65536B] edge_292_gradients/res2c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÓÍñºƒç
1update_res2c_branch2c/kernel/ApplyGradientDescent’˜Íñºƒ (B™update_res2c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res2c_branch2c/kernel, learning_rate, gradients/res2c_branch2c/kernel_grad_S292)H’˜ÍñºƒP¼

RecvTensorÍñºƒ f(f:
"€€B‰[256B] edge_293_gradients/bn2c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÍñºƒÛ
.update_bn2c_branch2b/beta/ApplyGradientDescentçÍñºƒ (Bupdate_bn2c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2b/beta, learning_rate, gradients/bn2c_branch2b/beta_grad_S293)HçÍñºƒP½

RecvTensor‘Íñºƒ v(v:
"€€BŠ[256B] edge_294_gradients/bn2c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‘Íñºƒß
/update_bn2c_branch2b/gamma/ApplyGradientDescent„’Íñºƒ (B“update_bn2c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2b/gamma, learning_rate, gradients/bn2c_branch2b/gamma_grad_S294)H„’ÍñºƒPÄ

RecvTensoràœÍñºƒ ‡(‡:"€€	€€	B[0.1MB] edge_295_gradients/res2c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HàœÍñºƒç
1update_res2c_branch2b/kernel/ApplyGradientDescentç¯Íñºƒ  ( B™update_res2c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res2c_branch2b/kernel, learning_rate, gradients/res2c_branch2b/kernel_grad_S295)Hç¯ÍñºƒP¼

RecvTensorÍñºƒ k(k:
"€€B‰[256B] edge_296_gradients/bn2c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÍñºƒÛ
.update_bn2c_branch2a/beta/ApplyGradientDescentùÍñºƒ (Bupdate_bn2c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2a/beta, learning_rate, gradients/bn2c_branch2a/beta_grad_S296)HùÍñºƒP½

RecvTensor•ŸÍñºƒ b(b:
"€€BŠ[256B] edge_297_gradients/bn2c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H•ŸÍñºƒß
/update_bn2c_branch2a/gamma/ApplyGradientDescent÷ŸÍñºƒ (B“update_bn2c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2a/gamma, learning_rate, gradients/bn2c_branch2a/gamma_grad_S297)H÷ŸÍñºƒPÅ

RecvTensorÍ¤Íñºƒ ñ(ñ:"€€€€B[65536B] edge_298_gradients/res2c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÍ¤Íñºƒç
1update_res2c_branch2a/kernel/ApplyGradientDescent¾­Íñºƒ (B™update_res2c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res2c_branch2a/kernel, learning_rate, gradients/res2c_branch2a/kernel_grad_S298)H¾­ÍñºƒP½

RecvTensorç¥Íñºƒ t(t:
"€€BŠ[1024B] edge_299_gradients/bn2b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hç¥ÍñºƒÛ
.update_bn2b_branch2c/beta/ApplyGradientDescentÛ¦Íñºƒ (Bupdate_bn2b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2c/beta, learning_rate, gradients/bn2b_branch2c/beta_grad_S299)HÛ¦ÍñºƒP¾

RecvTensorî­Íñºƒ z(z:
"€€B‹[1024B] edge_300_gradients/bn2b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hî­Íñºƒß
/update_bn2b_branch2c/gamma/ApplyGradientDescentè®Íñºƒ (B“update_bn2b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2c/gamma, learning_rate, gradients/bn2b_branch2c/gamma_grad_S300)Hè®ÍñºƒPÅ

RecvTensorô²Íñºƒ Ï(Ï:"€€€€B[65536B] edge_301_gradients/res2b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hô²Íñºƒç
1update_res2b_branch2c/kernel/ApplyGradientDescentÁ»Íñºƒ (B™update_res2b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res2b_branch2c/kernel, learning_rate, gradients/res2b_branch2c/kernel_grad_S301)HÁ»ÍñºƒP¼

RecvTensor¢³Íñºƒ e(e:
"€€B‰[256B] edge_302_gradients/bn2b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¢³ÍñºƒÛ
.update_bn2b_branch2b/beta/ApplyGradientDescentœµÍñºƒ (Bupdate_bn2b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2b/beta, learning_rate, gradients/bn2b_branch2b/beta_grad_S302)HœµÍñºƒP½

RecvTensorµÍñºƒ [([:
"€€BŠ[256B] edge_303_gradients/bn2b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HµÍñºƒß
/update_bn2b_branch2b/gamma/ApplyGradientDescent¼»Íñºƒ (B“update_bn2b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2b/gamma, learning_rate, gradients/bn2b_branch2b/gamma_grad_S303)H¼»ÍñºƒPÄ

RecvTensorÉÀÍñºƒ £(£:"€€	€€	B[0.1MB] edge_304_gradients/res2b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÉÀÍñºƒç
1update_res2b_branch2b/kernel/ApplyGradientDescentˆÖÍñºƒ (B™update_res2b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res2b_branch2b/kernel, learning_rate, gradients/res2b_branch2b/kernel_grad_S304)HˆÖÍñºƒP¼

RecvTensorõÀÍñºƒ q(q:
"€€B‰[256B] edge_305_gradients/bn2b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HõÀÍñºƒÛ
.update_bn2b_branch2a/beta/ApplyGradientDescentæÁÍñºƒ (Bupdate_bn2b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2a/beta, learning_rate, gradients/bn2b_branch2a/beta_grad_S305)HæÁÍñºƒP½

RecvTensor€ÃÍñºƒ d(d:
"€€BŠ[256B] edge_306_gradients/bn2b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H€ÃÍñºƒß
/update_bn2b_branch2a/gamma/ApplyGradientDescentäÃÍñºƒ (B“update_bn2b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2a/gamma, learning_rate, gradients/bn2b_branch2a/gamma_grad_S306)HäÃÍñºƒPÅ

RecvTensor°ÈÍñºƒ ›(›:"€€€€B[65536B] edge_307_gradients/res2b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H°ÈÍñºƒç
1update_res2b_branch2a/kernel/ApplyGradientDescentúÕÍñºƒ (B™update_res2b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res2b_branch2a/kernel, learning_rate, gradients/res2b_branch2a/kernel_grad_S307)HúÕÍñºƒP¼

RecvTensorÏÉÍñºƒ o(o:
"€€B‰[1024B] edge_308_gradients/bn2a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÏÉÍñºƒ×
-update_bn2a_branch1/beta/ApplyGradientDescent¾ÊÍñºƒ (Bupdate_bn2a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch1/beta, learning_rate, gradients/bn2a_branch1/beta_grad_S308)H¾ÊÍñºƒP½

RecvTensorÎÍñºƒ k(k:
"€€BŠ[1024B] edge_309_gradients/bn2a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÎÍñºƒÛ
.update_bn2a_branch1/gamma/ApplyGradientDescentõÕÍñºƒ (Bupdate_bn2a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch1/gamma, learning_rate, gradients/bn2a_branch1/gamma_grad_S309)HõÕÍñºƒPÄ

RecvTensor±ÓÍñºƒ ¢(¢:"€€€€B[65536B] edge_310_gradients/res2a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H±ÓÍñºƒã
0update_res2a_branch1/kernel/ApplyGradientDescentÓÙÍñºƒ (B–update_res2a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch1/kernel, learning_rate, gradients/res2a_branch1/kernel_grad_S310)HÓÙÍñºƒP½

RecvTensorÏÔÍñºƒ z(z:
"€€BŠ[1024B] edge_311_gradients/bn2a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÏÔÍñºƒÛ
.update_bn2a_branch2c/beta/ApplyGradientDescent¤ÖÍñºƒ (Bupdate_bn2a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2c/beta, learning_rate, gradients/bn2a_branch2c/beta_grad_S311)H¤ÖÍñºƒP¾

RecvTensorÄÜÍñºƒ ~(~:
"€€B‹[1024B] edge_312_gradients/bn2a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÄÜÍñºƒß
/update_bn2a_branch2c/gamma/ApplyGradientDescentÂİÍñºƒ (B“update_bn2a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2c/gamma, learning_rate, gradients/bn2a_branch2c/gamma_grad_S312)HÂİÍñºƒPÅ

RecvTensor’âÍñºƒ î(î:"€€€€B[65536B] edge_313_gradients/res2a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H’âÍñºƒç
1update_res2a_branch2c/kernel/ApplyGradientDescent€èÍñºƒ (B™update_res2a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch2c/kernel, learning_rate, gradients/res2a_branch2c/kernel_grad_S313)H€èÍñºƒP¼

RecvTensor¾âÍñºƒ M(M:
"€€B‰[256B] edge_314_gradients/bn2a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¾âÍñºƒÛ
.update_bn2a_branch2b/beta/ApplyGradientDescent‹ãÍñºƒ (Bupdate_bn2a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2b/beta, learning_rate, gradients/bn2a_branch2b/beta_grad_S314)H‹ãÍñºƒP½

RecvTensorÇäÍñºƒ i(i:
"€€BŠ[256B] edge_315_gradients/bn2a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÇäÍñºƒß
/update_bn2a_branch2b/gamma/ApplyGradientDescent°åÍñºƒ (B“update_bn2a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2b/gamma, learning_rate, gradients/bn2a_branch2b/gamma_grad_S315)H°åÍñºƒPÄ

RecvTensorÍğÍñºƒ à	(à	:"€€	€€	B[0.1MB] edge_316_gradients/res2a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÍğÍñºƒç
1update_res2a_branch2b/kernel/ApplyGradientDescentşÍñºƒ (B™update_res2a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch2b/kernel, learning_rate, gradients/res2a_branch2b/kernel_grad_S316)HşÍñºƒP¼

RecvTensorúğÍñºƒ n(n:
"€€B‰[256B] edge_317_gradients/bn2a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HúğÍñºƒÛ
.update_bn2a_branch2a/beta/ApplyGradientDescentÊôÍñºƒ (Bupdate_bn2a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2a/beta, learning_rate, gradients/bn2a_branch2a/beta_grad_S317)HÊôÍñºƒP½

RecvTensor€óÍñºƒ ](]:
"€€BŠ[256B] edge_318_gradients/bn2a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H€óÍñºƒß
/update_bn2a_branch2a/gamma/ApplyGradientDescentÏôÍñºƒ (B“update_bn2a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2a/gamma, learning_rate, gradients/bn2a_branch2a/gamma_grad_S318)HÏôÍñºƒPÅ

RecvTensor¤ôÍñºƒ ï(ï:"€€€€B[16384B] edge_319_gradients/res2a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¤ôÍñºƒç
1update_res2a_branch2a/kernel/ApplyGradientDescentĞúÍñºƒ (B™update_res2a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch2a/kernel, learning_rate, gradients/res2a_branch2a/kernel_grad_S319)HĞúÍñºƒP·

RecvTensor¸õÍñºƒ p(p:
"€€B„[256B] edge_320_gradients/bn_conv1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¸õÍñºƒÇ
)update_bn_conv1/beta/ApplyGradientDescent×úÍñºƒ (Bupdate_bn_conv1/beta/ApplyGradientDescent = ApplyGradientDescent(bn_conv1/beta, learning_rate, gradients/bn_conv1/beta_grad_S320)H×úÍñºƒP¸

RecvTensorĞ€Îñºƒ \(\:
"€€B…[256B] edge_321_gradients/bn_conv1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HĞ€ÎñºƒË
*update_bn_conv1/gamma/ApplyGradientDescent¬Îñºƒ (B„update_bn_conv1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn_conv1/gamma, learning_rate, gradients/bn_conv1/gamma_grad_S321)H¬ÎñºƒP¼

RecvTensorØ†Îñºƒ –(–:"€¦€¦B…[37632B] edge_322_gradients/conv1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HØ†ÎñºƒÂ
(update_conv1/kernel/ApplyGradientDescentÚŒÎñºƒ (B~update_conv1/kernel/ApplyGradientDescent = ApplyGradientDescent(conv1/kernel, learning_rate, gradients/conv1/kernel_grad_S322)HÚŒÎñºƒP