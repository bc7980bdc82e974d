
–‹

Øê
)/job:worker/replica:0/task:0/device:CPU:0¯

RecvTensorğ•×ñºƒ ‚(‚:"€¦€¦By[37632B] edge_1_conv1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hğ•×ñºƒ«

RecvTensoró•×ñºƒ (:
"€€By[256B] edge_2_bn_conv1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hó•×ñºƒ¬

RecvTensorö•×ñºƒ ®(®:
"€€Bx[256B] edge_3_bn_conv1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hö•×ñºƒ¹

RecvTensorù•×ñºƒ ¹(¹:"€€€€B‚[16384B] edge_4_res2a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hù•×ñºƒ°

RecvTensorü•×ñºƒ v(v:
"€€B~[256B] edge_5_bn2a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hü•×ñºƒ±

RecvTensorÿ•×ñºƒ ³(³:
"€€B}[256B] edge_6_bn2a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hÿ•×ñºƒ¸

RecvTensor‚–×ñºƒ ë(ë:"€€	€€	B[0.1MB] edge_7_res2a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‚–×ñºƒ²

RecvTensor…–×ñºƒ Ÿ(Ÿ:
"€€B~[256B] edge_8_bn2a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H…–×ñºƒ±

RecvTensorˆ–×ñºƒ ª(ª:
"€€B}[256B] edge_9_bn2a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hˆ–×ñºƒº

RecvTensor‹–×ñºƒ ™(™:"€€€€Bƒ[65536B] edge_10_res2a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‹–×ñºƒµ

RecvTensor–×ñºƒ ¥(¥:
"€€B€[1024B] edge_11_bn2a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H–×ñºƒ³

RecvTensor‘–×ñºƒ ¥(¥:
"€€B[1024B] edge_12_bn2a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‘–×ñºƒ¹

RecvTensor”–×ñºƒ Ø(Ø:"€€€€B‚[65536B] edge_13_res2a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H”–×ñºƒ³

RecvTensor—–×ñºƒ (:
"€€B[1024B] edge_14_bn2a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H—–×ñºƒ²

RecvTensorš–×ñºƒ š(š:
"€€B~[1024B] edge_15_bn2a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hš–×ñºƒº

RecvTensorœ–×ñºƒ ‡(‡:"€€€€Bƒ[65536B] edge_16_res2b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hœ–×ñºƒ³

RecvTensor –×ñºƒ ì(ì:
"€€B[256B] edge_17_bn2b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H –×ñºƒ²

RecvTensor£–×ñºƒ û(û:
"€€B~[256B] edge_18_bn2b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H£–×ñºƒ¹

RecvTensor¦–×ñºƒ ø(ø:"€€	€€	B‚[0.1MB] edge_19_res2b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¦–×ñºƒ³

RecvTensor©–×ñºƒ ä(ä:
"€€B[256B] edge_20_bn2b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H©–×ñºƒ²

RecvTensor¬–×ñºƒ ß(ß:
"€€B~[256B] edge_21_bn2b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¬–×ñºƒº

RecvTensor¯–×ñºƒ Ü(Ü:"€€€€Bƒ[65536B] edge_22_res2b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¯–×ñºƒµ

RecvTensor²–×ñºƒ Ü(Ü:
"€€B€[1024B] edge_23_bn2b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H²–×ñºƒ³

RecvTensorµ–×ñºƒ ×(×:
"€€B[1024B] edge_24_bn2b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hµ–×ñºƒº

RecvTensor¸–×ñºƒ (:"€€€€Bƒ[65536B] edge_25_res2c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¸–×ñºƒ³

RecvTensor»–×ñºƒ Ó(Ó:
"€€B[256B] edge_26_bn2c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H»–×ñºƒ²

RecvTensor¾–×ñºƒ Ğ(Ğ:
"€€B~[256B] edge_27_bn2c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¾–×ñºƒ¹

RecvTensorÁ–×ñºƒ È(È:"€€	€€	B‚[0.1MB] edge_28_res2c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÁ–×ñºƒ³

RecvTensorÄ–×ñºƒ Ê(Ê:
"€€B[256B] edge_29_bn2c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÄ–×ñºƒ²

RecvTensorÇ–×ñºƒ Ç(Ç:
"€€B~[256B] edge_30_bn2c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÇ–×ñºƒº

RecvTensorÊ–×ñºƒ ö(ö:"€€€€Bƒ[65536B] edge_31_res2c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÊ–×ñºƒµ

RecvTensorÍ–×ñºƒ à	(à	:
"€€B€[1024B] edge_32_bn2c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÍ–×ñºƒ³

RecvTensorÑ–×ñºƒ Ş	(Ş	:
"€€B[1024B] edge_33_bn2c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÑ–×ñºƒ¹

RecvTensorÔ–×ñºƒ È
(È
:"€€€€B‚[0.1MB] edge_34_res3a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÔ–×ñºƒ³

RecvTensor×–×ñºƒ Ö	(Ö	:
"€€B[512B] edge_35_bn3a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H×–×ñºƒ²

RecvTensorÚ–×ñºƒ °(°:
"€€B~[512B] edge_36_bn3a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÚ–×ñºƒ¹

RecvTensorİ–×ñºƒ Ï	(Ï	:"€€$€€$B‚[0.6MB] edge_37_res3a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hİ–×ñºƒ³

RecvTensorà–×ñºƒ Î	(Î	:
"€€B[512B] edge_38_bn3a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hà–×ñºƒ²

RecvTensorã–×ñºƒ Ë	(Ë	:
"€€B~[512B] edge_39_bn3a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hã–×ñºƒ¹

RecvTensoræ–×ñºƒ É(É:"€€€€B‚[0.2MB] edge_40_res3a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hæ–×ñºƒµ

RecvTensorè–×ñºƒ ¶
(¶
:
"€€B€[2048B] edge_41_bn3a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hè–×ñºƒ³

RecvTensorë–×ñºƒ Æ(Æ:
"€€B[2048B] edge_42_bn3a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hë–×ñºƒ¸

RecvTensorî–×ñºƒ å(å:"€€ €€ B[0.5MB] edge_43_res3a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hî–×ñºƒ³

RecvTensorñ–×ñºƒ ã(ã:
"€€B[2048B] edge_44_bn3a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hñ–×ñºƒ²

RecvTensorô–×ñºƒ ¿(¿:
"€€B~[2048B] edge_45_bn3a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hô–×ñºƒ¹

RecvTensor÷–×ñºƒ ˜(˜:"€€€€B‚[0.2MB] edge_46_res3b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H÷–×ñºƒ³

RecvTensorú–×ñºƒ ·(·:
"€€B[512B] edge_47_bn3b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hú–×ñºƒ²

RecvTensorı–×ñºƒ ´(´:
"€€B~[512B] edge_48_bn3b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hı–×ñºƒ¹

RecvTensor€—×ñºƒ ×(×:"€€$€€$B‚[0.6MB] edge_49_res3b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H€—×ñºƒ³

RecvTensorƒ—×ñºƒ (:
"€€B[512B] edge_50_bn3b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hƒ—×ñºƒ²

RecvTensor†—×ñºƒ å(å:
"€€B~[512B] edge_51_bn3b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H†—×ñºƒ¹

RecvTensorŠ—×ñºƒ à(à:"€€€€B‚[0.2MB] edge_52_res3b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŠ—×ñºƒµ

RecvTensor—×ñºƒ Ë(Ë:
"€€B€[2048B] edge_53_bn3b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H—×ñºƒ³

RecvTensor—×ñºƒ ¥(¥:
"€€B[2048B] edge_54_bn3b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H—×ñºƒ¹

RecvTensor“—×ñºƒ  ( :"€€€€B‚[0.2MB] edge_55_res3c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H“—×ñºƒ³

RecvTensor–—×ñºƒ (:
"€€B[512B] edge_56_bn3c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H–—×ñºƒ²

RecvTensor™—×ñºƒ Ò(Ò:
"€€B~[512B] edge_57_bn3c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H™—×ñºƒ¹

RecvTensorœ—×ñºƒ „(„:"€€$€€$B‚[0.6MB] edge_58_res3c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hœ—×ñºƒ³

RecvTensorŸ—×ñºƒ ”(”:
"€€B[512B] edge_59_bn3c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŸ—×ñºƒ²

RecvTensor¢—×ñºƒ ’(’:
"€€B~[512B] edge_60_bn3c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¢—×ñºƒ¹

RecvTensor¥—×ñºƒ ×(×:"€€€€B‚[0.2MB] edge_61_res3c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¥—×ñºƒµ

RecvTensor¨—×ñºƒ ú(ú:
"€€B€[2048B] edge_62_bn3c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¨—×ñºƒ³

RecvTensor«—×ñºƒ Ó(Ó:
"€€B[2048B] edge_63_bn3c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H«—×ñºƒ¹

RecvTensor®—×ñºƒ «(«:"€€€€B‚[0.2MB] edge_64_res3d_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H®—×ñºƒ³

RecvTensor±—×ñºƒ „(„:
"€€B[512B] edge_65_bn3d_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H±—×ñºƒ²

RecvTensor´—×ñºƒ Æ&(Æ&:
"€€B~[512B] edge_66_bn3d_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H´—×ñºƒ¹

RecvTensor¸—×ñºƒ Á&(Á&:"€€$€€$B‚[0.6MB] edge_67_res3d_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¸—×ñºƒ³

RecvTensor»—×ñºƒ Ã(Ã:
"€€B[512B] edge_68_bn3d_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H»—×ñºƒ²

RecvTensor½—×ñºƒ œ((œ(:
"€€B~[512B] edge_69_bn3d_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H½—×ñºƒ¹

RecvTensorÀ—×ñºƒ •((•(:"€€€€B‚[0.2MB] edge_70_res3d_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÀ—×ñºƒµ

RecvTensorÃ—×ñºƒ •((•(:
"€€B€[2048B] edge_71_bn3d_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÃ—×ñºƒ³

RecvTensorÆ—×ñºƒ ‘((‘(:
"€€B[2048B] edge_72_bn3d_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÆ—×ñºƒ¹

RecvTensorÉ—×ñºƒ Å"(Å":"€€ €€ B‚[0.5MB] edge_73_res4a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÉ—×ñºƒµ

RecvTensorÌ—×ñºƒ ¯&(¯&:
"€€B€[1024B] edge_74_bn4a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÌ—×ñºƒ³

RecvTensorÏ—×ñºƒ ¼7(¼7:
"€€B[1024B] edge_75_bn4a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÏ—×ñºƒ»

RecvTensorÓ—×ñºƒ ¸7(¸7:"
€€€€B‚[2.2MB] edge_76_res4a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÓ—×ñºƒµ

RecvTensorÖ—×ñºƒ ßR(ßR:
"€€B€[1024B] edge_77_bn4a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÖ—×ñºƒ³

RecvTensorØ—×ñºƒ İR(İR:
"€€B[1024B] edge_78_bn4a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HØ—×ñºƒ¹

RecvTensorÛ—×ñºƒ ÙR(ÙR:"€€@€€@B‚[1.0MB] edge_79_res4a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÛ—×ñºƒµ

RecvTensorŞ—×ñºƒ ş'(ş':
"€ € B€[4096B] edge_80_bn4a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŞ—×ñºƒ³

RecvTensorá—×ñºƒ ÜR(ÜR:
"€ € B[4096B] edge_81_bn4a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Há—×ñºƒº

RecvTensorä—×ñºƒ ûD(ûD:"
€€€€€€B[2.0MB] edge_82_res4a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hä—×ñºƒ³

RecvTensorç—×ñºƒ ÒR(ÒR:
"€ € B[4096B] edge_83_bn4a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hç—×ñºƒ²

RecvTensorê—×ñºƒ óh(óh:
"€ € B~[4096B] edge_84_bn4a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hê—×ñºƒ¹

RecvTensorí—×ñºƒ ÜK(ÜK:"€€@€€@B‚[1.0MB] edge_85_res4b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hí—×ñºƒµ

RecvTensorğ—×ñºƒ ÊR(ÊR:
"€€B€[1024B] edge_86_bn4b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hğ—×ñºƒ³

RecvTensorô—×ñºƒ ÖK(ÖK:
"€€B[1024B] edge_87_bn4b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hô—×ñºƒ»

RecvTensor÷—×ñºƒ ßh(ßh:"
€€€€B‚[2.2MB] edge_88_res4b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H÷—×ñºƒµ

RecvTensorú—×ñºƒ äh(äh:
"€€B€[1024B] edge_89_bn4b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hú—×ñºƒ³

RecvTensorı—×ñºƒ ÁR(ÁR:
"€€B[1024B] edge_90_bn4b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hı—×ñºƒ¹

RecvTensor€˜×ñºƒ ¨Y(¨Y:"€€@€€@B‚[1.0MB] edge_91_res4b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H€˜×ñºƒµ

RecvTensorƒ˜×ñºƒ Öh(Öh:
"€ € B€[4096B] edge_92_bn4b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hƒ˜×ñºƒ³

RecvTensor†˜×ñºƒ Æo(Æo:
"€ € B[4096B] edge_93_bn4b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H†˜×ñºƒ¹

RecvTensor‰˜×ñºƒ ¿o(¿o:"€€@€€@B‚[1.0MB] edge_94_res4c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‰˜×ñºƒµ

RecvTensorŒ˜×ñºƒ Óh(Óh:
"€€B€[1024B] edge_95_bn4c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HŒ˜×ñºƒ³

RecvTensor˜×ñºƒ ¾o(¾o:
"€€B[1024B] edge_96_bn4c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H˜×ñºƒ½

RecvTensor’˜×ñºƒ Ô…(Ô…:"
€€€€B‚[2.2MB] edge_97_res4c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H’˜×ñºƒµ

RecvTensor•˜×ñºƒ £v(£v:
"€€B€[1024B] edge_98_bn4c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H•˜×ñºƒ³

RecvTensor˜˜×ñºƒ Ÿv(Ÿv:
"€€B[1024B] edge_99_bn4c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H˜˜×ñºƒº

RecvTensor›˜×ñºƒ œv(œv:"€€@€€@Bƒ[1.0MB] edge_100_res4c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H›˜×ñºƒ¸

RecvTensor˜×ñºƒ ¹Œ(¹Œ:
"€ € B[4096B] edge_101_bn4c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H˜×ñºƒ·

RecvTensor¡˜×ñºƒ ³Œ(³Œ:
"€ € B€[4096B] edge_102_bn4c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¡˜×ñºƒ¼

RecvTensor¤˜×ñºƒ ¬Œ(¬Œ:"€€@€€@Bƒ[1.0MB] edge_103_res4d_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¤˜×ñºƒ¸

RecvTensor§˜×ñºƒ Ë¢(Ë¢:
"€€B[1024B] edge_104_bn4d_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H§˜×ñºƒ·

RecvTensorª˜×ñºƒ ¯Œ(¯Œ:
"€€B€[1024B] edge_105_bn4d_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hª˜×ñºƒ¾

RecvTensor­˜×ñºƒ Ú›(Ú›:"
€€€€Bƒ[2.2MB] edge_106_res4d_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H­˜×ñºƒ¸

RecvTensor°˜×ñºƒ Æ¢(Æ¢:
"€€B[1024B] edge_107_bn4d_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H°˜×ñºƒ·

RecvTensor³˜×ñºƒ ¥Œ(¥Œ:
"€€B€[1024B] edge_108_bn4d_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H³˜×ñºƒ¼

RecvTensor¶˜×ñºƒ »¢(»¢:"€€@€€@Bƒ[1.0MB] edge_109_res4d_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¶˜×ñºƒ¸

RecvTensor¹˜×ñºƒ ¼¢(¼¢:
"€ € B[4096B] edge_110_bn4d_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¹˜×ñºƒ·

RecvTensor¼˜×ñºƒ ½¢(½¢:
"€ € B€[4096B] edge_111_bn4d_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¼˜×ñºƒ¼

RecvTensor¿˜×ñºƒ ¤©(¤©:"€€@€€@Bƒ[1.0MB] edge_112_res4e_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¿˜×ñºƒ¸

RecvTensorÂ˜×ñºƒ Õ¸(Õ¸:
"€€B[1024B] edge_113_bn4e_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÂ˜×ñºƒ·

RecvTensorÅ˜×ñºƒ Ó¸(Ó¸:
"€€B€[1024B] edge_114_bn4e_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÅ˜×ñºƒ¾

RecvTensorÈ˜×ñºƒ Ê¸(Ê¸:"
€€€€Bƒ[2.2MB] edge_115_res4e_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÈ˜×ñºƒ¸

RecvTensorË˜×ñºƒ ™©(™©:
"€€B[1024B] edge_116_bn4e_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HË˜×ñºƒ·

RecvTensorÎ˜×ñºƒ Å¸(Å¸:
"€€B€[1024B] edge_117_bn4e_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÎ˜×ñºƒ¼

RecvTensorÑ˜×ñºƒ ±¿(±¿:"€€@€€@Bƒ[1.0MB] edge_118_res4e_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÑ˜×ñºƒ¸

RecvTensorÔ˜×ñºƒ Ã¸(Ã¸:
"€ € B[4096B] edge_119_bn4e_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÔ˜×ñºƒ·

RecvTensor×˜×ñºƒ ¯¿(¯¿:
"€ € B€[4096B] edge_120_bn4e_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H×˜×ñºƒ¼

RecvTensorÚ˜×ñºƒ ÄÕ(ÄÕ:"€€@€€@Bƒ[1.0MB] edge_121_res4f_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÚ˜×ñºƒ¸

RecvTensorİ˜×ñºƒ ©¿(©¿:
"€€B[1024B] edge_122_bn4f_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hİ˜×ñºƒ·

RecvTensorà˜×ñºƒ «Ü(«Ü:
"€€B€[1024B] edge_123_bn4f_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hà˜×ñºƒ¾

RecvTensorã˜×ñºƒ ÒÎ(ÒÎ:"
€€€€Bƒ[2.2MB] edge_124_res4f_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hã˜×ñºƒ¸

RecvTensoræ˜×ñºƒ ºÕ(ºÕ:
"€€B[1024B] edge_125_bn4f_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hæ˜×ñºƒ·

RecvTensoré˜×ñºƒ ¶Õ(¶Õ:
"€€B€[1024B] edge_126_bn4f_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hé˜×ñºƒ¼

RecvTensorì˜×ñºƒ Ü(Ü:"€€@€€@Bƒ[1.0MB] edge_127_res4f_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hì˜×ñºƒ¸

RecvTensorï˜×ñºƒ «Ü(«Ü:
"€ € B[4096B] edge_128_bn4f_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hï˜×ñºƒ·

RecvTensorò˜×ñºƒ œÜ(œÜ:
"€ € B€[4096B] edge_129_bn4f_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hò˜×ñºƒ¾

RecvTensorõ˜×ñºƒ ûé(ûé:"
€€€€€€Bƒ[2.0MB] edge_130_res5a_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hõ˜×ñºƒ¸

RecvTensorù˜×ñºƒ ÚÂ(ÚÂ:
"€€B[2048B] edge_131_bn5a_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hù˜×ñºƒ·

RecvTensorü˜×ñºƒ ›Ü(›Ü:
"€€B€[2048B] edge_132_bn5a_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hü˜×ñºƒ¾

RecvTensorÿ˜×ñºƒ ÓÂ(ÓÂ:"
€€À€€ÀBƒ[9.0MB] edge_133_res5a_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hÿ˜×ñºƒ¸

RecvTensor‚™×ñºƒ šÜ(šÜ:
"€€B[2048B] edge_134_bn5a_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‚™×ñºƒ·

RecvTensor…™×ñºƒ ”…(”…:
"€€B€[2048B] edge_135_bn5a_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H…™×ñºƒ¾

RecvTensorˆ™×ñºƒ …(…:"
€€€€€€Bƒ[4.0MB] edge_136_res5a_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hˆ™×ñºƒ¸

RecvTensor‹™×ñºƒ ù(ù:
"€@€@B[8192B] edge_137_bn5a_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H‹™×ñºƒ·

RecvTensor™×ñºƒ ˆÜ(ˆÜ:
"€@€@B€[8192B] edge_138_bn5a_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H™×ñºƒ½

RecvTensor™×ñºƒ ’ù(’ù:"
€€€€€€B‚[8.0MB] edge_139_res5a_branch1/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H™×ñºƒ·

RecvTensor“™×ñºƒ ù(ù:
"€@€@B€[8192B] edge_140_bn5a_branch1/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H“™×ñºƒµ

RecvTensor–™×ñºƒ ¡ù(¡ù:
"€@€@B[8192B] edge_141_bn5a_branch1/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H–™×ñºƒ¾

RecvTensor™™×ñºƒ Å”(Å”:"
€€€€€€Bƒ[4.0MB] edge_142_res5b_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H™™×ñºƒ¸

RecvTensorœ™×ñºƒ €Ò(€Ò:
"€€B[2048B] edge_143_bn5b_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hœ™×ñºƒ·

RecvTensor ™×ñºƒ Â”(Â”:
"€€B€[2048B] edge_144_bn5b_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H ™×ñºƒ¾

RecvTensor£™×ñºƒ ÷Ñ(÷Ñ:"
€€À€€ÀBƒ[9.0MB] edge_145_res5b_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H£™×ñºƒ¸

RecvTensor¦™×ñºƒ º”(º”:
"€€B[2048B] edge_146_bn5b_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¦™×ñºƒ·

RecvTensor©™×ñºƒ õÑ(õÑ:
"€€B€[2048B] edge_147_bn5b_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H©™×ñºƒ¾

RecvTensor¬™×ñºƒ ™í(™í:"
€€€€€€Bƒ[4.0MB] edge_148_res5b_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¬™×ñºƒ¸

RecvTensor¯™×ñºƒ í(í:
"€@€@B[8192B] edge_149_bn5b_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¯™×ñºƒ·

RecvTensor²™×ñºƒ Èˆ(Èˆ:
"€@€@B€[8192B] edge_150_bn5b_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H²™×ñºƒ¾

RecvTensorµ™×ñºƒ ¿ˆ(¿ˆ:"
€€€€€€Bƒ[4.0MB] edge_151_res5c_branch2a/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0Hµ™×ñºƒ¸

RecvTensor¸™×ñºƒ Äˆ(Äˆ:
"€€B[2048B] edge_152_bn5c_branch2a/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¸™×ñºƒ·

RecvTensor»™×ñºƒ ¥á(¥á:
"€€B€[2048B] edge_153_bn5c_branch2a/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H»™×ñºƒ¾

RecvTensor¾™×ñºƒ á(á:"
€€À€€ÀBƒ[9.0MB] edge_154_res5c_branch2b/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0H¾™×ñºƒ¸

RecvTensorÁ™×ñºƒ á(á:
"€€B[2048B] edge_155_bn5c_branch2b/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÁ™×ñºƒ·

RecvTensorÄ™×ñºƒ á(á:
"€€B€[2048B] edge_156_bn5c_branch2b/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÄ™×ñºƒ¾

RecvTensorÇ™×ñºƒ İ£(İ£:"
€€€€€€Bƒ[4.0MB] edge_157_res5c_branch2c/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÇ™×ñºƒ¸

RecvTensorÊ™×ñºƒ á(á:
"€@€@B[8192B] edge_158_bn5c_branch2c/gamma/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÊ™×ñºƒ·

RecvTensorÍ™×ñºƒ ¢á(¢á:
"€@€@B€[8192B] edge_159_bn5c_branch2c/beta/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÍ™×ñºƒµ

RecvTensorĞ™×ñºƒ Î–(Î–:"
€€ô€€ôB{[7.8MB] edge_160_fc1000/kernel/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HĞ™×ñºƒ¯

RecvTensorÓ™×ñºƒ  á( á:
"  By[4000B] edge_161_fc1000/bias/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0HÓ™×ñºƒ\
conv1/Conv2Dò–×ñºƒ Œ(ŒB2conv1/Conv2D = Conv2D(input, conv1/kernel/read_S1)Hò–×ñºƒP 
bn_conv1/FusedBatchNormV3şœ×ñºƒ ´(´Bibn_conv1/FusedBatchNormV3 = FusedBatchNormV3(conv1/Conv2D, bn_conv1/gamma/read_S2, bn_conv1/beta/read_S3)Hşœ×ñºƒP^
conv1_relu/Relu² ×ñºƒ ©(©B1conv1_relu/Relu = Relu(bn_conv1/FusedBatchNormV3)H² ×ñºƒPS
pool1/MaxPoolÛ¢×ñºƒ Ğ(ĞB(pool1/MaxPool = MaxPool(conv1_relu/Relu)HÛ¢×ñºƒP}
res2a_branch2a/Conv2D«¤×ñºƒ Y(YBLres2a_branch2a/Conv2D = Conv2D(pool1/MaxPool, res2a_branch2a/kernel/read_S4)H«¤×ñºƒP¼
bn2a_branch2a/FusedBatchNormV3„¥×ñºƒ y(yBbn2a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch2a/Conv2D, bn2a_branch2a/gamma/read_S5, bn2a_branch2a/beta/read_S6)H„¥×ñºƒPs
res2a_branch2a_relu/Reluı¥×ñºƒ R(RB?res2a_branch2a_relu/Relu = Relu(bn2a_branch2a/FusedBatchNormV3)Hı¥×ñºƒPŠ
res2a_branch2b/Conv2DÏ¦×ñºƒ •(•BWres2a_branch2b/Conv2D = Conv2D(res2a_branch2a_relu/Relu, res2a_branch2b/kernel/read_S7)HÏ¦×ñºƒP¼
bn2a_branch2b/FusedBatchNormV3ä¬×ñºƒ u(uBbn2a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch2b/Conv2D, bn2a_branch2b/gamma/read_S8, bn2a_branch2b/beta/read_S9)Hä¬×ñºƒPs
res2a_branch2b_relu/ReluÙ­×ñºƒ U(UB?res2a_branch2b_relu/Relu = Relu(bn2a_branch2b/FusedBatchNormV3)HÙ­×ñºƒP‹
res2a_branch2c/Conv2D®®×ñºƒ Î(ÎBXres2a_branch2c/Conv2D = Conv2D(res2a_branch2b_relu/Relu, res2a_branch2c/kernel/read_S10)H®®×ñºƒPÀ
bn2a_branch2c/FusedBatchNormV3ü°×ñºƒ Ö(ÖBƒbn2a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch2c/Conv2D, bn2a_branch2c/gamma/read_S11, bn2a_branch2c/beta/read_S12)Hü°×ñºƒP}
res2a_branch1/Conv2DÒ´×ñºƒ Õ(ÕBKres2a_branch1/Conv2D = Conv2D(pool1/MaxPool, res2a_branch1/kernel/read_S13)HÒ´×ñºƒPº
bn2a_branch1/FusedBatchNormV3§·×ñºƒ »(»Bbn2a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res2a_branch1/Conv2D, bn2a_branch1/gamma/read_S14, bn2a_branch1/beta/read_S15)H§·×ñºƒPw
	res2a/addâº×ñºƒ ³(³BPres2a/add = AddV2(bn2a_branch2c/FusedBatchNormV3, bn2a_branch1/FusedBatchNormV3)Hâº×ñºƒPN
res2a_relu/Relu•¾×ñºƒ ¸(¸B!res2a_relu/Relu = Relu(res2a/add)H•¾×ñºƒP‚
res2b_branch2a/Conv2DÍÀ×ñºƒ ×(×BOres2b_branch2a/Conv2D = Conv2D(res2a_relu/Relu, res2b_branch2a/kernel/read_S16)HÍÀ×ñºƒP¾
bn2b_branch2a/FusedBatchNormV3¤Ã×ñºƒ w(wBƒbn2b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res2b_branch2a/Conv2D, bn2b_branch2a/gamma/read_S17, bn2b_branch2a/beta/read_S18)H¤Ã×ñºƒPs
res2b_branch2a_relu/Relu›Ä×ñºƒ U(UB?res2b_branch2a_relu/Relu = Relu(bn2b_branch2a/FusedBatchNormV3)H›Ä×ñºƒP‹
res2b_branch2b/Conv2DğÄ×ñºƒ Í(ÍBXres2b_branch2b/Conv2D = Conv2D(res2b_branch2a_relu/Relu, res2b_branch2b/kernel/read_S19)HğÄ×ñºƒP¾
bn2b_branch2b/FusedBatchNormV3½Ê×ñºƒ y(yBƒbn2b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res2b_branch2b/Conv2D, bn2b_branch2b/gamma/read_S20, bn2b_branch2b/beta/read_S21)H½Ê×ñºƒPs
res2b_branch2b_relu/Relu¶Ë×ñºƒ S(SB?res2b_branch2b_relu/Relu = Relu(bn2b_branch2b/FusedBatchNormV3)H¶Ë×ñºƒP‹
res2b_branch2c/Conv2D‰Ì×ñºƒ Ú(ÚBXres2b_branch2c/Conv2D = Conv2D(res2b_branch2b_relu/Relu, res2b_branch2c/kernel/read_S22)H‰Ì×ñºƒPÀ
bn2b_branch2c/FusedBatchNormV3ãÎ×ñºƒ ¾(¾Bƒbn2b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res2b_branch2c/Conv2D, bn2b_branch2c/gamma/read_S23, bn2b_branch2c/beta/read_S24)HãÎ×ñºƒPi
	res2b/add¡Ò×ñºƒ È(ÈBBres2b/add = AddV2(bn2b_branch2c/FusedBatchNormV3, res2a_relu/Relu)H¡Ò×ñºƒPN
res2b_relu/ReluéÕ×ñºƒ ¹(¹B!res2b_relu/Relu = Relu(res2b/add)HéÕ×ñºƒP‚
res2c_branch2a/Conv2D¢Ø×ñºƒ Ò(ÒBOres2c_branch2a/Conv2D = Conv2D(res2b_relu/Relu, res2c_branch2a/kernel/read_S25)H¢Ø×ñºƒP¾
bn2c_branch2a/FusedBatchNormV3ôÚ×ñºƒ t(tBƒbn2c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res2c_branch2a/Conv2D, bn2c_branch2a/gamma/read_S26, bn2c_branch2a/beta/read_S27)HôÚ×ñºƒPs
res2c_branch2a_relu/ReluèÛ×ñºƒ M(MB?res2c_branch2a_relu/Relu = Relu(bn2c_branch2a/FusedBatchNormV3)HèÛ×ñºƒP‹
res2c_branch2b/Conv2DµÜ×ñºƒ Ü(ÜBXres2c_branch2b/Conv2D = Conv2D(res2c_branch2a_relu/Relu, res2c_branch2b/kernel/read_S28)HµÜ×ñºƒP¾
bn2c_branch2b/FusedBatchNormV3‘â×ñºƒ x(xBƒbn2c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res2c_branch2b/Conv2D, bn2c_branch2b/gamma/read_S29, bn2c_branch2b/beta/read_S30)H‘â×ñºƒPs
res2c_branch2b_relu/Relu‰ã×ñºƒ P(PB?res2c_branch2b_relu/Relu = Relu(bn2c_branch2b/FusedBatchNormV3)H‰ã×ñºƒP‹
res2c_branch2c/Conv2DÙã×ñºƒ Ù(ÙBXres2c_branch2c/Conv2D = Conv2D(res2c_branch2b_relu/Relu, res2c_branch2c/kernel/read_S31)HÙã×ñºƒPÀ
bn2c_branch2c/FusedBatchNormV3²æ×ñºƒ É(ÉBƒbn2c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res2c_branch2c/Conv2D, bn2c_branch2c/gamma/read_S32, bn2c_branch2c/beta/read_S33)H²æ×ñºƒPi
	res2c/addûé×ñºƒ Ã(ÃBBres2c/add = AddV2(bn2c_branch2c/FusedBatchNormV3, res2b_relu/Relu)Hûé×ñºƒPN
res2c_relu/Relu¾í×ñºƒ ±(±B!res2c_relu/Relu = Relu(res2c/add)H¾í×ñºƒP‚
res3a_branch2a/Conv2Dïï×ñºƒ ¢(¢BOres3a_branch2a/Conv2D = Conv2D(res2c_relu/Relu, res3a_branch2a/kernel/read_S34)Hïï×ñºƒPÀ
bn3a_branch2a/FusedBatchNormV3‘õ×ñºƒ è(èBƒbn3a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch2a/Conv2D, bn3a_branch2a/gamma/read_S35, bn3a_branch2a/beta/read_S36)H‘õ×ñºƒPu
res3a_branch2a_relu/Reluùö×ñºƒ (B?res3a_branch2a_relu/Relu = Relu(bn3a_branch2a/FusedBatchNormV3)Hùö×ñºƒP‹
res3a_branch2b/Conv2D—ø×ñºƒ ı(ıBXres3a_branch2b/Conv2D = Conv2D(res3a_branch2a_relu/Relu, res3a_branch2b/kernel/read_S37)H—ø×ñºƒP¾
bn3a_branch2b/FusedBatchNormV3”ş×ñºƒ @(@Bƒbn3a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch2b/Conv2D, bn3a_branch2b/gamma/read_S38, bn3a_branch2b/beta/read_S39)H”ş×ñºƒPs
res3a_branch2b_relu/ReluÔş×ñºƒ -(-B?res3a_branch2b_relu/Relu = Relu(bn3a_branch2b/FusedBatchNormV3)HÔş×ñºƒP‹
res3a_branch2c/Conv2Dÿ×ñºƒ Ö(ÖBXres3a_branch2c/Conv2D = Conv2D(res3a_branch2b_relu/Relu, res3a_branch2c/kernel/read_S40)Hÿ×ñºƒPÀ
bn3a_branch2c/FusedBatchNormV3×Øñºƒ ê(êBƒbn3a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch2c/Conv2D, bn3a_branch2c/gamma/read_S41, bn3a_branch2c/beta/read_S42)H×ØñºƒP
res3a_branch1/Conv2DÁƒØñºƒ ‚(‚BMres3a_branch1/Conv2D = Conv2D(res2c_relu/Relu, res3a_branch1/kernel/read_S43)HÁƒØñºƒPº
bn3a_branch1/FusedBatchNormV3ÃˆØñºƒ İ(İBbn3a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res3a_branch1/Conv2D, bn3a_branch1/gamma/read_S44, bn3a_branch1/beta/read_S45)HÃˆØñºƒPw
	res3a/add ŠØñºƒ î(îBPres3a/add = AddV2(bn3a_branch2c/FusedBatchNormV3, bn3a_branch1/FusedBatchNormV3)H ŠØñºƒPN
res3a_relu/ReluŒØñºƒ (B!res3a_relu/Relu = Relu(res3a/add)HŒØñºƒP‚
res3b_branch2a/Conv2D«Øñºƒ Ğ(ĞBOres3b_branch2a/Conv2D = Conv2D(res3a_relu/Relu, res3b_branch2a/kernel/read_S46)H«ØñºƒP¾
bn3b_branch2a/FusedBatchNormV3ûØñºƒ ?(?Bƒbn3b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3b_branch2a/Conv2D, bn3b_branch2a/gamma/read_S47, bn3b_branch2a/beta/read_S48)HûØñºƒPs
res3b_branch2a_relu/ReluºØñºƒ -(-B?res3b_branch2a_relu/Relu = Relu(bn3b_branch2a/FusedBatchNormV3)HºØñºƒP‹
res3b_branch2b/Conv2DçØñºƒ ×(×BXres3b_branch2b/Conv2D = Conv2D(res3b_branch2a_relu/Relu, res3b_branch2b/kernel/read_S49)HçØñºƒP¾
bn3b_branch2b/FusedBatchNormV3¾–Øñºƒ >(>Bƒbn3b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3b_branch2b/Conv2D, bn3b_branch2b/gamma/read_S50, bn3b_branch2b/beta/read_S51)H¾–ØñºƒPs
res3b_branch2b_relu/Reluü–Øñºƒ ,(,B?res3b_branch2b_relu/Relu = Relu(bn3b_branch2b/FusedBatchNormV3)Hü–ØñºƒP‹
res3b_branch2c/Conv2D¨—Øñºƒ è(èBXres3b_branch2c/Conv2D = Conv2D(res3b_branch2b_relu/Relu, res3b_branch2c/kernel/read_S52)H¨—ØñºƒPÀ
bn3b_branch2c/FusedBatchNormV3šØñºƒ ì(ìBƒbn3b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3b_branch2c/Conv2D, bn3b_branch2c/gamma/read_S53, bn3b_branch2c/beta/read_S54)HšØñºƒPi
	res3b/addü›Øñºƒ ß(ßBBres3b/add = AddV2(bn3b_branch2c/FusedBatchNormV3, res3a_relu/Relu)Hü›ØñºƒPN
res3b_relu/ReluÛØñºƒ –(–B!res3b_relu/Relu = Relu(res3b/add)HÛØñºƒP‚
res3c_branch2a/Conv2DñØñºƒ Î(ÎBOres3c_branch2a/Conv2D = Conv2D(res3b_relu/Relu, res3c_branch2a/kernel/read_S55)HñØñºƒP¾
bn3c_branch2a/FusedBatchNormV3¿¡Øñºƒ ?(?Bƒbn3c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3c_branch2a/Conv2D, bn3c_branch2a/gamma/read_S56, bn3c_branch2a/beta/read_S57)H¿¡ØñºƒPs
res3c_branch2a_relu/Reluş¡Øñºƒ .(.B?res3c_branch2a_relu/Relu = Relu(bn3c_branch2a/FusedBatchNormV3)Hş¡ØñºƒP‹
res3c_branch2b/Conv2D¬¢Øñºƒ ß(ßBXres3c_branch2b/Conv2D = Conv2D(res3c_branch2a_relu/Relu, res3c_branch2b/kernel/read_S58)H¬¢ØñºƒP¾
bn3c_branch2b/FusedBatchNormV3‹¨Øñºƒ A(ABƒbn3c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3c_branch2b/Conv2D, bn3c_branch2b/gamma/read_S59, bn3c_branch2b/beta/read_S60)H‹¨ØñºƒPs
res3c_branch2b_relu/ReluÌ¨Øñºƒ -(-B?res3c_branch2b_relu/Relu = Relu(bn3c_branch2b/FusedBatchNormV3)HÌ¨ØñºƒP‹
res3c_branch2c/Conv2Dù¨Øñºƒ à(àBXres3c_branch2c/Conv2D = Conv2D(res3c_branch2b_relu/Relu, res3c_branch2c/kernel/read_S61)Hù¨ØñºƒPÀ
bn3c_branch2c/FusedBatchNormV3Ù«Øñºƒ ğ(ğBƒbn3c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3c_branch2c/Conv2D, bn3c_branch2c/gamma/read_S62, bn3c_branch2c/beta/read_S63)HÙ«ØñºƒPi
	res3c/addÉ­Øñºƒ ã(ãBBres3c/add = AddV2(bn3c_branch2c/FusedBatchNormV3, res3b_relu/Relu)HÉ­ØñºƒPN
res3c_relu/Relu¬¯Øñºƒ £(£B!res3c_relu/Relu = Relu(res3c/add)H¬¯ØñºƒP‚
res3d_branch2a/Conv2DÏ°Øñºƒ Í(ÍBOres3d_branch2a/Conv2D = Conv2D(res3c_relu/Relu, res3d_branch2a/kernel/read_S64)HÏ°ØñºƒP¾
bn3d_branch2a/FusedBatchNormV3œ³Øñºƒ @(@Bƒbn3d_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res3d_branch2a/Conv2D, bn3d_branch2a/gamma/read_S65, bn3d_branch2a/beta/read_S66)Hœ³ØñºƒPs
res3d_branch2a_relu/ReluÜ³Øñºƒ /(/B?res3d_branch2a_relu/Relu = Relu(bn3d_branch2a/FusedBatchNormV3)HÜ³ØñºƒP‹
res3d_branch2b/Conv2D‹´Øñºƒ ä(äBXres3d_branch2b/Conv2D = Conv2D(res3d_branch2a_relu/Relu, res3d_branch2b/kernel/read_S67)H‹´ØñºƒP¾
bn3d_branch2b/FusedBatchNormV3ï¹Øñºƒ @(@Bƒbn3d_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res3d_branch2b/Conv2D, bn3d_branch2b/gamma/read_S68, bn3d_branch2b/beta/read_S69)Hï¹ØñºƒPs
res3d_branch2b_relu/Relu¯ºØñºƒ -(-B?res3d_branch2b_relu/Relu = Relu(bn3d_branch2b/FusedBatchNormV3)H¯ºØñºƒP‹
res3d_branch2c/Conv2DÜºØñºƒ ¿(¿BXres3d_branch2c/Conv2D = Conv2D(res3d_branch2b_relu/Relu, res3d_branch2c/kernel/read_S70)HÜºØñºƒPÀ
bn3d_branch2c/FusedBatchNormV3›½Øñºƒ ë(ëBƒbn3d_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res3d_branch2c/Conv2D, bn3d_branch2c/gamma/read_S71, bn3d_branch2c/beta/read_S72)H›½ØñºƒPi
	res3d/add†¿Øñºƒ ç(çBBres3d/add = AddV2(bn3d_branch2c/FusedBatchNormV3, res3c_relu/Relu)H†¿ØñºƒPN
res3d_relu/ReluíÀØñºƒ ›(›B!res3d_relu/Relu = Relu(res3d/add)HíÀØñºƒP‚
res4a_branch2a/Conv2DˆÂØñºƒ ²(²BOres4a_branch2a/Conv2D = Conv2D(res3d_relu/Relu, res4a_branch2a/kernel/read_S73)HˆÂØñºƒP¾
bn4a_branch2a/FusedBatchNormV3ºÇØñºƒ x(xBƒbn4a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch2a/Conv2D, bn4a_branch2a/gamma/read_S74, bn4a_branch2a/beta/read_S75)HºÇØñºƒPs
res4a_branch2a_relu/Relu²ÈØñºƒ U(UB?res4a_branch2a_relu/Relu = Relu(bn4a_branch2a/FusedBatchNormV3)H²ÈØñºƒP‹
res4a_branch2b/Conv2D‡ÉØñºƒ Î(ÎBXres4a_branch2b/Conv2D = Conv2D(res4a_branch2a_relu/Relu, res4a_branch2b/kernel/read_S76)H‡ÉØñºƒP¾
bn4a_branch2b/FusedBatchNormV3ÕÎØñºƒ %(%Bƒbn4a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch2b/Conv2D, bn4a_branch2b/gamma/read_S77, bn4a_branch2b/beta/read_S78)HÕÎØñºƒPs
res4a_branch2b_relu/ReluúÎØñºƒ (B?res4a_branch2b_relu/Relu = Relu(bn4a_branch2b/FusedBatchNormV3)HúÎØñºƒP‹
res4a_branch2c/Conv2D–ÏØñºƒ Í(ÍBXres4a_branch2c/Conv2D = Conv2D(res4a_branch2b_relu/Relu, res4a_branch2c/kernel/read_S79)H–ÏØñºƒP¾
bn4a_branch2c/FusedBatchNormV3ãÑØñºƒ q(qBƒbn4a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch2c/Conv2D, bn4a_branch2c/gamma/read_S80, bn4a_branch2c/beta/read_S81)HãÑØñºƒP
res4a_branch1/Conv2DÔÒØñºƒ ˆ(ˆBMres4a_branch1/Conv2D = Conv2D(res3d_relu/Relu, res4a_branch1/kernel/read_S82)HÔÒØñºƒP¸
bn4a_branch1/FusedBatchNormV3Ü×Øñºƒ u(uBbn4a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res4a_branch1/Conv2D, bn4a_branch1/gamma/read_S83, bn4a_branch1/beta/read_S84)HÜ×ØñºƒPu
	res4a/addÑØØñºƒ y(yBPres4a/add = AddV2(bn4a_branch2c/FusedBatchNormV3, bn4a_branch1/FusedBatchNormV3)HÑØØñºƒPL
res4a_relu/ReluÊÙØñºƒ S(SB!res4a_relu/Relu = Relu(res4a/add)HÊÙØñºƒP‚
res4b_branch2a/Conv2DÚØñºƒ Ó(ÓBOres4b_branch2a/Conv2D = Conv2D(res4a_relu/Relu, res4b_branch2a/kernel/read_S85)HÚØñºƒP¾
bn4b_branch2a/FusedBatchNormV3ğÜØñºƒ $($Bƒbn4b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4b_branch2a/Conv2D, bn4b_branch2a/gamma/read_S86, bn4b_branch2a/beta/read_S87)HğÜØñºƒPs
res4b_branch2a_relu/Relu”İØñºƒ (B?res4b_branch2a_relu/Relu = Relu(bn4b_branch2a/FusedBatchNormV3)H”İØñºƒP‹
res4b_branch2b/Conv2D¯İØñºƒ ğ(ğBXres4b_branch2b/Conv2D = Conv2D(res4b_branch2a_relu/Relu, res4b_branch2b/kernel/read_S88)H¯İØñºƒP¾
bn4b_branch2b/FusedBatchNormV3ŸãØñºƒ %(%Bƒbn4b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4b_branch2b/Conv2D, bn4b_branch2b/gamma/read_S89, bn4b_branch2b/beta/read_S90)HŸãØñºƒPs
res4b_branch2b_relu/ReluÄãØñºƒ (B?res4b_branch2b_relu/Relu = Relu(bn4b_branch2b/FusedBatchNormV3)HÄãØñºƒP‹
res4b_branch2c/Conv2DßãØñºƒ È(ÈBXres4b_branch2c/Conv2D = Conv2D(res4b_branch2b_relu/Relu, res4b_branch2c/kernel/read_S91)HßãØñºƒP¾
bn4b_branch2c/FusedBatchNormV3§æØñºƒ |(|Bƒbn4b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4b_branch2c/Conv2D, bn4b_branch2c/gamma/read_S92, bn4b_branch2c/beta/read_S93)H§æØñºƒPg
	res4b/add£çØñºƒ r(rBBres4b/add = AddV2(bn4b_branch2c/FusedBatchNormV3, res4a_relu/Relu)H£çØñºƒPL
res4b_relu/Relu•èØñºƒ P(PB!res4b_relu/Relu = Relu(res4b/add)H•èØñºƒP‚
res4c_branch2a/Conv2DåèØñºƒ Ô(ÔBOres4c_branch2a/Conv2D = Conv2D(res4b_relu/Relu, res4c_branch2a/kernel/read_S94)HåèØñºƒP¾
bn4c_branch2a/FusedBatchNormV3¹ëØñºƒ #(#Bƒbn4c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4c_branch2a/Conv2D, bn4c_branch2a/gamma/read_S95, bn4c_branch2a/beta/read_S96)H¹ëØñºƒPs
res4c_branch2a_relu/ReluÜëØñºƒ (B?res4c_branch2a_relu/Relu = Relu(bn4c_branch2a/FusedBatchNormV3)HÜëØñºƒP‹
res4c_branch2b/Conv2DöëØñºƒ ø(øBXres4c_branch2b/Conv2D = Conv2D(res4c_branch2a_relu/Relu, res4c_branch2b/kernel/read_S97)HöëØñºƒP¾
bn4c_branch2b/FusedBatchNormV3îñØñºƒ &(&Bƒbn4c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4c_branch2b/Conv2D, bn4c_branch2b/gamma/read_S98, bn4c_branch2b/beta/read_S99)HîñØñºƒPs
res4c_branch2b_relu/Relu”òØñºƒ (B?res4c_branch2b_relu/Relu = Relu(bn4c_branch2b/FusedBatchNormV3)H”òØñºƒPŒ
res4c_branch2c/Conv2D¯òØñºƒ İ(İBYres4c_branch2c/Conv2D = Conv2D(res4c_branch2b_relu/Relu, res4c_branch2c/kernel/read_S100)H¯òØñºƒPÀ
bn4c_branch2c/FusedBatchNormV3ŒõØñºƒ o(oB…bn4c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4c_branch2c/Conv2D, bn4c_branch2c/gamma/read_S101, bn4c_branch2c/beta/read_S102)HŒõØñºƒPg
	res4c/addûõØñºƒ t(tBBres4c/add = AddV2(bn4c_branch2c/FusedBatchNormV3, res4b_relu/Relu)HûõØñºƒPL
res4c_relu/ReluïöØñºƒ N(NB!res4c_relu/Relu = Relu(res4c/add)HïöØñºƒPƒ
res4d_branch2a/Conv2D½÷Øñºƒ â(âBPres4d_branch2a/Conv2D = Conv2D(res4c_relu/Relu, res4d_branch2a/kernel/read_S103)H½÷ØñºƒPÀ
bn4d_branch2a/FusedBatchNormV3ŸúØñºƒ $($B…bn4d_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4d_branch2a/Conv2D, bn4d_branch2a/gamma/read_S104, bn4d_branch2a/beta/read_S105)HŸúØñºƒPs
res4d_branch2a_relu/ReluÃúØñºƒ (B?res4d_branch2a_relu/Relu = Relu(bn4d_branch2a/FusedBatchNormV3)HÃúØñºƒPŒ
res4d_branch2b/Conv2DŞúØñºƒ ‡(‡BYres4d_branch2b/Conv2D = Conv2D(res4d_branch2a_relu/Relu, res4d_branch2b/kernel/read_S106)HŞúØñºƒPÀ
bn4d_branch2b/FusedBatchNormV3å€Ùñºƒ $($B…bn4d_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4d_branch2b/Conv2D, bn4d_branch2b/gamma/read_S107, bn4d_branch2b/beta/read_S108)Hå€ÙñºƒPs
res4d_branch2b_relu/Relu‰Ùñºƒ (B?res4d_branch2b_relu/Relu = Relu(bn4d_branch2b/FusedBatchNormV3)H‰ÙñºƒPŒ
res4d_branch2c/Conv2D£Ùñºƒ Ö(ÖBYres4d_branch2c/Conv2D = Conv2D(res4d_branch2b_relu/Relu, res4d_branch2c/kernel/read_S109)H£ÙñºƒPÀ
bn4d_branch2c/FusedBatchNormV3ùƒÙñºƒ n(nB…bn4d_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4d_branch2c/Conv2D, bn4d_branch2c/gamma/read_S110, bn4d_branch2c/beta/read_S111)HùƒÙñºƒPg
	res4d/addç„Ùñºƒ v(vBBres4d/add = AddV2(bn4d_branch2c/FusedBatchNormV3, res4c_relu/Relu)Hç„ÙñºƒPL
res4d_relu/Reluİ…Ùñºƒ S(SB!res4d_relu/Relu = Relu(res4d/add)Hİ…ÙñºƒPƒ
res4e_branch2a/Conv2D°†Ùñºƒ Û(ÛBPres4e_branch2a/Conv2D = Conv2D(res4d_relu/Relu, res4e_branch2a/kernel/read_S112)H°†ÙñºƒPÀ
bn4e_branch2a/FusedBatchNormV3‹‰Ùñºƒ #(#B…bn4e_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4e_branch2a/Conv2D, bn4e_branch2a/gamma/read_S113, bn4e_branch2a/beta/read_S114)H‹‰ÙñºƒPs
res4e_branch2a_relu/Relu®‰Ùñºƒ (B?res4e_branch2a_relu/Relu = Relu(bn4e_branch2a/FusedBatchNormV3)H®‰ÙñºƒPŒ
res4e_branch2b/Conv2DÇ‰Ùñºƒ ú(úBYres4e_branch2b/Conv2D = Conv2D(res4e_branch2a_relu/Relu, res4e_branch2b/kernel/read_S115)HÇ‰ÙñºƒPÀ
bn4e_branch2b/FusedBatchNormV3ÁÙñºƒ $($B…bn4e_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4e_branch2b/Conv2D, bn4e_branch2b/gamma/read_S116, bn4e_branch2b/beta/read_S117)HÁÙñºƒPs
res4e_branch2b_relu/ReluåÙñºƒ (B?res4e_branch2b_relu/Relu = Relu(bn4e_branch2b/FusedBatchNormV3)HåÙñºƒPŒ
res4e_branch2c/Conv2DÿÙñºƒ á(áBYres4e_branch2c/Conv2D = Conv2D(res4e_branch2b_relu/Relu, res4e_branch2c/kernel/read_S118)HÿÙñºƒPÀ
bn4e_branch2c/FusedBatchNormV3à’Ùñºƒ x(xB…bn4e_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4e_branch2c/Conv2D, bn4e_branch2c/gamma/read_S119, bn4e_branch2c/beta/read_S120)Hà’ÙñºƒPg
	res4e/addØ“Ùñºƒ |(|BBres4e/add = AddV2(bn4e_branch2c/FusedBatchNormV3, res4d_relu/Relu)HØ“ÙñºƒPL
res4e_relu/ReluÔ”Ùñºƒ O(OB!res4e_relu/Relu = Relu(res4e/add)HÔ”ÙñºƒPƒ
res4f_branch2a/Conv2D£•Ùñºƒ á(áBPres4f_branch2a/Conv2D = Conv2D(res4e_relu/Relu, res4f_branch2a/kernel/read_S121)H£•ÙñºƒPÀ
bn4f_branch2a/FusedBatchNormV3„˜Ùñºƒ %(%B…bn4f_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res4f_branch2a/Conv2D, bn4f_branch2a/gamma/read_S122, bn4f_branch2a/beta/read_S123)H„˜ÙñºƒPs
res4f_branch2a_relu/Relu©˜Ùñºƒ (B?res4f_branch2a_relu/Relu = Relu(bn4f_branch2a/FusedBatchNormV3)H©˜ÙñºƒPŒ
res4f_branch2b/Conv2DÃ˜Ùñºƒ Û(ÛBYres4f_branch2b/Conv2D = Conv2D(res4f_branch2a_relu/Relu, res4f_branch2b/kernel/read_S124)HÃ˜ÙñºƒPÀ
bn4f_branch2b/FusedBatchNormV3Ùñºƒ %(%B…bn4f_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res4f_branch2b/Conv2D, bn4f_branch2b/gamma/read_S125, bn4f_branch2b/beta/read_S126)HÙñºƒPs
res4f_branch2b_relu/ReluÃÙñºƒ (B?res4f_branch2b_relu/Relu = Relu(bn4f_branch2b/FusedBatchNormV3)HÃÙñºƒPŒ
res4f_branch2c/Conv2DßÙñºƒ Õ(ÕBYres4f_branch2c/Conv2D = Conv2D(res4f_branch2b_relu/Relu, res4f_branch2c/kernel/read_S127)HßÙñºƒPÀ
bn4f_branch2c/FusedBatchNormV3´¡Ùñºƒ u(uB…bn4f_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res4f_branch2c/Conv2D, bn4f_branch2c/gamma/read_S128, bn4f_branch2c/beta/read_S129)H´¡ÙñºƒPg
	res4f/add©¢Ùñºƒ w(wBBres4f/add = AddV2(bn4f_branch2c/FusedBatchNormV3, res4e_relu/Relu)H©¢ÙñºƒPL
res4f_relu/Relu £Ùñºƒ M(MB!res4f_relu/Relu = Relu(res4f/add)H £ÙñºƒPƒ
res5a_branch2a/Conv2Dí£Ùñºƒ †(†BPres5a_branch2a/Conv2D = Conv2D(res4f_relu/Relu, res5a_branch2a/kernel/read_S130)Hí£ÙñºƒPÀ
bn5a_branch2a/FusedBatchNormV3ÓÛÙñºƒ ?(?B…bn5a_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch2a/Conv2D, bn5a_branch2a/gamma/read_S131, bn5a_branch2a/beta/read_S132)HÓÛÙñºƒPs
res5a_branch2a_relu/Relu’ÜÙñºƒ /(/B?res5a_branch2a_relu/Relu = Relu(bn5a_branch2a/FusedBatchNormV3)H’ÜÙñºƒPŒ
res5a_branch2b/Conv2DÁÜÙñºƒ ×(×BYres5a_branch2b/Conv2D = Conv2D(res5a_branch2a_relu/Relu, res5a_branch2b/kernel/read_S133)HÁÜÙñºƒPÀ
bn5a_branch2b/FusedBatchNormV3˜âÙñºƒ (B…bn5a_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch2b/Conv2D, bn5a_branch2b/gamma/read_S134, bn5a_branch2b/beta/read_S135)H˜âÙñºƒPs
res5a_branch2b_relu/Relu®âÙñºƒ (B?res5a_branch2b_relu/Relu = Relu(bn5a_branch2b/FusedBatchNormV3)H®âÙñºƒPŒ
res5a_branch2c/Conv2D¿âÙñºƒ ×(×BYres5a_branch2c/Conv2D = Conv2D(res5a_branch2b_relu/Relu, res5a_branch2c/kernel/read_S136)H¿âÙñºƒPÀ
bn5a_branch2c/FusedBatchNormV3©’Úñºƒ ?(?B…bn5a_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch2c/Conv2D, bn5a_branch2c/gamma/read_S137, bn5a_branch2c/beta/read_S138)H©’ÚñºƒP€
res5a_branch1/Conv2Dè’Úñºƒ ‡(‡BNres5a_branch1/Conv2D = Conv2D(res4f_relu/Relu, res5a_branch1/kernel/read_S139)Hè’ÚñºƒP»
bn5a_branch1/FusedBatchNormV3ï—Úñºƒ ?(?Bbn5a_branch1/FusedBatchNormV3 = FusedBatchNormV3(res5a_branch1/Conv2D, bn5a_branch1/gamma/read_S140, bn5a_branch1/beta/read_S141)Hï—ÚñºƒPu
	res5a/add®˜Úñºƒ >(>BPres5a/add = AddV2(bn5a_branch2c/FusedBatchNormV3, bn5a_branch1/FusedBatchNormV3)H®˜ÚñºƒPL
res5a_relu/Reluì˜Úñºƒ ,(,B!res5a_relu/Relu = Relu(res5a/add)Hì˜ÚñºƒPƒ
res5b_branch2a/Conv2DŞ­Úñºƒ Õ(ÕBPres5b_branch2a/Conv2D = Conv2D(res5a_relu/Relu, res5b_branch2a/kernel/read_S142)HŞ­ÚñºƒPÀ
bn5b_branch2a/FusedBatchNormV3œëÚñºƒ (B…bn5b_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res5b_branch2a/Conv2D, bn5b_branch2a/gamma/read_S143, bn5b_branch2a/beta/read_S144)HœëÚñºƒPs
res5b_branch2a_relu/Relu³ëÚñºƒ (B?res5b_branch2a_relu/Relu = Relu(bn5b_branch2a/FusedBatchNormV3)H³ëÚñºƒPŒ
res5b_branch2b/Conv2DÄëÚñºƒ Ã(ÃBYres5b_branch2b/Conv2D = Conv2D(res5b_branch2a_relu/Relu, res5b_branch2b/kernel/read_S145)HÄëÚñºƒPÀ
bn5b_branch2b/FusedBatchNormV3‡ñÚñºƒ (B…bn5b_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res5b_branch2b/Conv2D, bn5b_branch2b/gamma/read_S146, bn5b_branch2b/beta/read_S147)H‡ñÚñºƒPs
res5b_branch2b_relu/ReluñÚñºƒ (B?res5b_branch2b_relu/Relu = Relu(bn5b_branch2b/FusedBatchNormV3)HñÚñºƒPŒ
res5b_branch2c/Conv2DÅ†Ûñºƒ ×(×BYres5b_branch2c/Conv2D = Conv2D(res5b_branch2b_relu/Relu, res5b_branch2c/kernel/read_S148)HÅ†ÛñºƒPÀ
bn5b_branch2c/FusedBatchNormV3ú¡Ûñºƒ ?(?B…bn5b_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res5b_branch2c/Conv2D, bn5b_branch2c/gamma/read_S149, bn5b_branch2c/beta/read_S150)Hú¡ÛñºƒPg
	res5b/add¹¢Ûñºƒ >(>BBres5b/add = AddV2(bn5b_branch2c/FusedBatchNormV3, res5a_relu/Relu)H¹¢ÛñºƒPL
res5b_relu/Relu÷¢Ûñºƒ ,(,B!res5b_relu/Relu = Relu(res5b/add)H÷¢ÛñºƒPƒ
res5c_branch2a/Conv2D££Ûñºƒ ä(äBPres5c_branch2a/Conv2D = Conv2D(res5b_relu/Relu, res5c_branch2a/kernel/read_S151)H££ÛñºƒPÀ
bn5c_branch2a/FusedBatchNormV3àúÛñºƒ (B…bn5c_branch2a/FusedBatchNormV3 = FusedBatchNormV3(res5c_branch2a/Conv2D, bn5c_branch2a/gamma/read_S152, bn5c_branch2a/beta/read_S153)HàúÛñºƒPs
res5c_branch2a_relu/Relu÷úÛñºƒ (B?res5c_branch2a_relu/Relu = Relu(bn5c_branch2a/FusedBatchNormV3)H÷úÛñºƒPŒ
res5c_branch2b/Conv2DˆûÛñºƒ (BYres5c_branch2b/Conv2D = Conv2D(res5c_branch2a_relu/Relu, res5c_branch2b/kernel/read_S154)HˆûÛñºƒPÀ
bn5c_branch2b/FusedBatchNormV3‰Üñºƒ (B…bn5c_branch2b/FusedBatchNormV3 = FusedBatchNormV3(res5c_branch2b/Conv2D, bn5c_branch2b/gamma/read_S155, bn5c_branch2b/beta/read_S156)H‰ÜñºƒPs
res5c_branch2b_relu/ReluŸÜñºƒ (B?res5c_branch2b_relu/Relu = Relu(bn5c_branch2b/FusedBatchNormV3)HŸÜñºƒPŒ
res5c_branch2c/Conv2D°Üñºƒ ä(äBYres5c_branch2c/Conv2D = Conv2D(res5c_branch2b_relu/Relu, res5c_branch2c/kernel/read_S157)H°ÜñºƒPÀ
bn5c_branch2c/FusedBatchNormV3”„Üñºƒ ?(?B…bn5c_branch2c/FusedBatchNormV3 = FusedBatchNormV3(res5c_branch2c/Conv2D, bn5c_branch2c/gamma/read_S158, bn5c_branch2c/beta/read_S159)H”„ÜñºƒPg
	res5c/addÓ„Üñºƒ ?(?BBres5c/add = AddV2(bn5c_branch2c/FusedBatchNormV3, res5b_relu/Relu)HÓ„ÜñºƒPL
res5c_relu/Relu’…Üñºƒ ,(,B!res5c_relu/Relu = Relu(res5c/add)H’…ÜñºƒPN
avg_pool/Mean¾…Üñºƒ (B%avg_pool/Mean = Mean(res5c_relu/Relu)H¾…ÜñºƒPg
fc1000/MatMul°Üñºƒ (B>fc1000/MatMul = MatMul(avg_pool/Mean, fc1000/kernel/read_S160)H°ÜñºƒPh
fc1000/BiasAdd²°Üñºƒ (B>fc1000/BiasAdd = BiasAdd(fc1000/MatMul, fc1000/bias/read_S161)H²°ÜñºƒP˜
"loss/SoftmaxCrossEntropyWithLogitsº°Üñºƒ 	(	BZloss/SoftmaxCrossEntropyWithLogits = SoftmaxCrossEntropyWithLogits(fc1000/BiasAdd, labels)Hº°ÜñºƒPƒ
gradients/fc1000/bias_gradÃ°Üñºƒ (BMgradients/fc1000/bias_grad = BackpropGrad(loss/SoftmaxCrossEntropyWithLogits)HÃ°ÜñºƒP
gradients/fc1000/kernel_gradÊ°Üñºƒ 3(3BGgradients/fc1000/kernel_grad = BackpropGrad(gradients/fc1000/bias_grad)HÊ°ÜñºƒP‹
!gradients/bn5c_branch2c/beta_gradı°Üñºƒ (BNgradients/bn5c_branch2c/beta_grad = BackpropGrad(gradients/fc1000/kernel_grad)Hı°ÜñºƒP”
"gradients/bn5c_branch2c/gamma_grad™±Üñºƒ ˆ(ˆBTgradients/bn5c_branch2c/gamma_grad = BackpropGrad(gradients/bn5c_branch2c/beta_grad)H™±ÜñºƒP™
$gradients/res5c_branch2c/kernel_grad¡²Üñºƒ ï(ïBWgradients/res5c_branch2c/kernel_grad = BackpropGrad(gradients/bn5c_branch2c/gamma_grad)H¡²ÜñºƒP“
!gradients/bn5c_branch2b/beta_grad·Üñºƒ (BVgradients/bn5c_branch2b/beta_grad = BackpropGrad(gradients/res5c_branch2c/kernel_grad)H·ÜñºƒP’
"gradients/bn5c_branch2b/gamma_grad·Üñºƒ )()BTgradients/bn5c_branch2b/gamma_grad = BackpropGrad(gradients/bn5c_branch2b/beta_grad)H·ÜñºƒP™
$gradients/res5c_branch2b/kernel_gradÆ·Üñºƒ ‘(‘BWgradients/res5c_branch2b/kernel_grad = BackpropGrad(gradients/bn5c_branch2b/gamma_grad)HÆ·ÜñºƒP“
!gradients/bn5c_branch2a/beta_grad×ÃÜñºƒ (BVgradients/bn5c_branch2a/beta_grad = BackpropGrad(gradients/res5c_branch2b/kernel_grad)H×ÃÜñºƒP’
"gradients/bn5c_branch2a/gamma_gradäÃÜñºƒ &(&BTgradients/bn5c_branch2a/gamma_grad = BackpropGrad(gradients/bn5c_branch2a/beta_grad)HäÃÜñºƒP™
$gradients/res5c_branch2a/kernel_gradŠÄÜñºƒ ƒ(ƒBWgradients/res5c_branch2a/kernel_grad = BackpropGrad(gradients/bn5c_branch2a/gamma_grad)HŠÄÜñºƒP“
!gradients/bn5b_branch2c/beta_gradÉÜñºƒ (BVgradients/bn5b_branch2c/beta_grad = BackpropGrad(gradients/res5c_branch2a/kernel_grad)HÉÜñºƒP”
"gradients/bn5b_branch2c/gamma_grad¦ÉÜñºƒ ‹(‹BTgradients/bn5b_branch2c/gamma_grad = BackpropGrad(gradients/bn5b_branch2c/beta_grad)H¦ÉÜñºƒP™
$gradients/res5b_branch2c/kernel_grad±ÊÜñºƒ Â(ÂBWgradients/res5b_branch2c/kernel_grad = BackpropGrad(gradients/bn5b_branch2c/gamma_grad)H±ÊÜñºƒP“
!gradients/bn5b_branch2b/beta_gradóÏÜñºƒ (BVgradients/bn5b_branch2b/beta_grad = BackpropGrad(gradients/res5b_branch2c/kernel_grad)HóÏÜñºƒP’
"gradients/bn5b_branch2b/gamma_grad€ĞÜñºƒ *(*BTgradients/bn5b_branch2b/gamma_grad = BackpropGrad(gradients/bn5b_branch2b/beta_grad)H€ĞÜñºƒP™
$gradients/res5b_branch2b/kernel_gradªĞÜñºƒ ‹(‹BWgradients/res5b_branch2b/kernel_grad = BackpropGrad(gradients/bn5b_branch2b/gamma_grad)HªĞÜñºƒP“
!gradients/bn5b_branch2a/beta_gradµÜÜñºƒ (BVgradients/bn5b_branch2a/beta_grad = BackpropGrad(gradients/res5b_branch2b/kernel_grad)HµÜÜñºƒP’
"gradients/bn5b_branch2a/gamma_gradÂÜÜñºƒ )()BTgradients/bn5b_branch2a/gamma_grad = BackpropGrad(gradients/bn5b_branch2a/beta_grad)HÂÜÜñºƒP™
$gradients/res5b_branch2a/kernel_gradëÜÜñºƒ ’(’BWgradients/res5b_branch2a/kernel_grad = BackpropGrad(gradients/bn5b_branch2a/gamma_grad)HëÜÜñºƒP‘
 gradients/bn5a_branch1/beta_gradıáÜñºƒ (BUgradients/bn5a_branch1/beta_grad = BackpropGrad(gradients/res5b_branch2a/kernel_grad)HıáÜñºƒP
!gradients/bn5a_branch1/gamma_gradšâÜñºƒ Q(QBRgradients/bn5a_branch1/gamma_grad = BackpropGrad(gradients/bn5a_branch1/beta_grad)HšâÜñºƒP–
#gradients/res5a_branch1/kernel_gradëâÜñºƒ ¶
(¶
BUgradients/res5a_branch1/kernel_grad = BackpropGrad(gradients/bn5a_branch1/gamma_grad)HëâÜñºƒP’
!gradients/bn5a_branch2c/beta_grad¡íÜñºƒ (BUgradients/bn5a_branch2c/beta_grad = BackpropGrad(gradients/res5a_branch1/kernel_grad)H¡íÜñºƒP”
"gradients/bn5a_branch2c/gamma_grad»íÜñºƒ ‘(‘BTgradients/bn5a_branch2c/gamma_grad = BackpropGrad(gradients/bn5a_branch2c/beta_grad)H»íÜñºƒP™
$gradients/res5a_branch2c/kernel_gradÌîÜñºƒ ƒ(ƒBWgradients/res5a_branch2c/kernel_grad = BackpropGrad(gradients/bn5a_branch2c/gamma_grad)HÌîÜñºƒP“
!gradients/bn5a_branch2b/beta_gradÏóÜñºƒ (BVgradients/bn5a_branch2b/beta_grad = BackpropGrad(gradients/res5a_branch2c/kernel_grad)HÏóÜñºƒP’
"gradients/bn5a_branch2b/gamma_gradÛóÜñºƒ )()BTgradients/bn5a_branch2b/gamma_grad = BackpropGrad(gradients/bn5a_branch2b/beta_grad)HÛóÜñºƒP™
$gradients/res5a_branch2b/kernel_grad„ôÜñºƒ ³(³BWgradients/res5a_branch2b/kernel_grad = BackpropGrad(gradients/bn5a_branch2b/gamma_grad)H„ôÜñºƒP“
!gradients/bn5a_branch2a/beta_grad·ÿÜñºƒ (BVgradients/bn5a_branch2a/beta_grad = BackpropGrad(gradients/res5a_branch2b/kernel_grad)H·ÿÜñºƒP’
"gradients/bn5a_branch2a/gamma_gradÓÿÜñºƒ (BTgradients/bn5a_branch2a/gamma_grad = BackpropGrad(gradients/bn5a_branch2a/beta_grad)HÓÿÜñºƒP™
$gradients/res5a_branch2a/kernel_gradÒ€İñºƒ Ÿ
(Ÿ
BWgradients/res5a_branch2a/kernel_grad = BackpropGrad(gradients/bn5a_branch2a/gamma_grad)HÒ€İñºƒP“
!gradients/bn4f_branch2c/beta_gradñŠİñºƒ -(-BVgradients/bn4f_branch2c/beta_grad = BackpropGrad(gradients/res5a_branch2a/kernel_grad)HñŠİñºƒP”
"gradients/bn4f_branch2c/gamma_grad‹İñºƒ ‚(‚BTgradients/bn4f_branch2c/gamma_grad = BackpropGrad(gradients/bn4f_branch2c/beta_grad)H‹İñºƒP™
$gradients/res4f_branch2c/kernel_grad İñºƒ œ(œBWgradients/res4f_branch2c/kernel_grad = BackpropGrad(gradients/bn4f_branch2c/gamma_grad)H İñºƒP“
!gradients/bn4f_branch2b/beta_grad¼’İñºƒ (BVgradients/bn4f_branch2b/beta_grad = BackpropGrad(gradients/res4f_branch2c/kernel_grad)H¼’İñºƒP’
"gradients/bn4f_branch2b/gamma_gradÍ’İñºƒ F(FBTgradients/bn4f_branch2b/gamma_grad = BackpropGrad(gradients/bn4f_branch2b/beta_grad)HÍ’İñºƒP™
$gradients/res4f_branch2b/kernel_grad““İñºƒ „(„BWgradients/res4f_branch2b/kernel_grad = BackpropGrad(gradients/bn4f_branch2b/gamma_grad)H““İñºƒP“
!gradients/bn4f_branch2a/beta_grad—Ÿİñºƒ (BVgradients/bn4f_branch2a/beta_grad = BackpropGrad(gradients/res4f_branch2b/kernel_grad)H—ŸİñºƒP’
"gradients/bn4f_branch2a/gamma_grad¨Ÿİñºƒ J(JBTgradients/bn4f_branch2a/gamma_grad = BackpropGrad(gradients/bn4f_branch2a/beta_grad)H¨ŸİñºƒP™
$gradients/res4f_branch2a/kernel_gradòŸİñºƒ (BWgradients/res4f_branch2a/kernel_grad = BackpropGrad(gradients/bn4f_branch2a/gamma_grad)HòŸİñºƒP“
!gradients/bn4e_branch2c/beta_grad‚¥İñºƒ +(+BVgradients/bn4e_branch2c/beta_grad = BackpropGrad(gradients/res4f_branch2a/kernel_grad)H‚¥İñºƒP”
"gradients/bn4e_branch2c/gamma_grad­¥İñºƒ ˜(˜BTgradients/bn4e_branch2c/gamma_grad = BackpropGrad(gradients/bn4e_branch2c/beta_grad)H­¥İñºƒP™
$gradients/res4e_branch2c/kernel_gradÅ§İñºƒ ¥(¥BWgradients/res4e_branch2c/kernel_grad = BackpropGrad(gradients/bn4e_branch2c/gamma_grad)HÅ§İñºƒP“
!gradients/bn4e_branch2b/beta_gradê¬İñºƒ (BVgradients/bn4e_branch2b/beta_grad = BackpropGrad(gradients/res4e_branch2c/kernel_grad)Hê¬İñºƒP’
"gradients/bn4e_branch2b/gamma_gradû¬İñºƒ H(HBTgradients/bn4e_branch2b/gamma_grad = BackpropGrad(gradients/bn4e_branch2b/beta_grad)Hû¬İñºƒP™
$gradients/res4e_branch2b/kernel_gradÃ­İñºƒ ¸(¸BWgradients/res4e_branch2b/kernel_grad = BackpropGrad(gradients/bn4e_branch2b/gamma_grad)HÃ­İñºƒP“
!gradients/bn4e_branch2a/beta_gradû¸İñºƒ (BVgradients/bn4e_branch2a/beta_grad = BackpropGrad(gradients/res4e_branch2b/kernel_grad)Hû¸İñºƒP’
"gradients/bn4e_branch2a/gamma_gradŒ¹İñºƒ I(IBTgradients/bn4e_branch2a/gamma_grad = BackpropGrad(gradients/bn4e_branch2a/beta_grad)HŒ¹İñºƒP™
$gradients/res4e_branch2a/kernel_gradÕ¹İñºƒ ¥(¥BWgradients/res4e_branch2a/kernel_grad = BackpropGrad(gradients/bn4e_branch2a/gamma_grad)HÕ¹İñºƒP“
!gradients/bn4d_branch2c/beta_gradú¾İñºƒ ,(,BVgradients/bn4d_branch2c/beta_grad = BackpropGrad(gradients/res4e_branch2a/kernel_grad)Hú¾İñºƒP”
"gradients/bn4d_branch2c/gamma_grad¦¿İñºƒ (BTgradients/bn4d_branch2c/gamma_grad = BackpropGrad(gradients/bn4d_branch2c/beta_grad)H¦¿İñºƒP™
$gradients/res4d_branch2c/kernel_grad´Áİñºƒ †(†BWgradients/res4d_branch2c/kernel_grad = BackpropGrad(gradients/bn4d_branch2c/gamma_grad)H´ÁİñºƒP“
!gradients/bn4d_branch2b/beta_gradºÆİñºƒ (BVgradients/bn4d_branch2b/beta_grad = BackpropGrad(gradients/res4d_branch2c/kernel_grad)HºÆİñºƒP’
"gradients/bn4d_branch2b/gamma_gradÌÆİñºƒ M(MBTgradients/bn4d_branch2b/gamma_grad = BackpropGrad(gradients/bn4d_branch2b/beta_grad)HÌÆİñºƒP™
$gradients/res4d_branch2b/kernel_grad™Çİñºƒ á(áBWgradients/res4d_branch2b/kernel_grad = BackpropGrad(gradients/bn4d_branch2b/gamma_grad)H™ÇİñºƒP“
!gradients/bn4d_branch2a/beta_gradúÒİñºƒ (BVgradients/bn4d_branch2a/beta_grad = BackpropGrad(gradients/res4d_branch2b/kernel_grad)HúÒİñºƒP’
"gradients/bn4d_branch2a/gamma_grad‹Óİñºƒ K(KBTgradients/bn4d_branch2a/gamma_grad = BackpropGrad(gradients/bn4d_branch2a/beta_grad)H‹ÓİñºƒP™
$gradients/res4d_branch2a/kernel_gradÖÓİñºƒ ¬(¬BWgradients/res4d_branch2a/kernel_grad = BackpropGrad(gradients/bn4d_branch2a/gamma_grad)HÖÓİñºƒP“
!gradients/bn4c_branch2c/beta_grad‚Ùİñºƒ -(-BVgradients/bn4c_branch2c/beta_grad = BackpropGrad(gradients/res4d_branch2a/kernel_grad)H‚ÙİñºƒP”
"gradients/bn4c_branch2c/gamma_grad¯Ùİñºƒ ‰(‰BTgradients/bn4c_branch2c/gamma_grad = BackpropGrad(gradients/bn4c_branch2c/beta_grad)H¯ÙİñºƒP™
$gradients/res4c_branch2c/kernel_grad¸Ûİñºƒ ¯(¯BWgradients/res4c_branch2c/kernel_grad = BackpropGrad(gradients/bn4c_branch2c/gamma_grad)H¸ÛİñºƒP“
!gradients/bn4c_branch2b/beta_gradçàİñºƒ (BVgradients/bn4c_branch2b/beta_grad = BackpropGrad(gradients/res4c_branch2c/kernel_grad)HçàİñºƒP’
"gradients/bn4c_branch2b/gamma_gradøàİñºƒ H(HBTgradients/bn4c_branch2b/gamma_grad = BackpropGrad(gradients/bn4c_branch2b/beta_grad)HøàİñºƒP™
$gradients/res4c_branch2b/kernel_gradÀáİñºƒ ²(²BWgradients/res4c_branch2b/kernel_grad = BackpropGrad(gradients/bn4c_branch2b/gamma_grad)HÀáİñºƒP“
!gradients/bn4c_branch2a/beta_gradòìİñºƒ (BVgradients/bn4c_branch2a/beta_grad = BackpropGrad(gradients/res4c_branch2b/kernel_grad)HòìİñºƒP’
"gradients/bn4c_branch2a/gamma_gradƒíİñºƒ O(OBTgradients/bn4c_branch2a/gamma_grad = BackpropGrad(gradients/bn4c_branch2a/beta_grad)HƒíİñºƒP™
$gradients/res4c_branch2a/kernel_gradÒíİñºƒ (BWgradients/res4c_branch2a/kernel_grad = BackpropGrad(gradients/bn4c_branch2a/gamma_grad)HÒíİñºƒP“
!gradients/bn4b_branch2c/beta_gradâòİñºƒ /(/BVgradients/bn4b_branch2c/beta_grad = BackpropGrad(gradients/res4c_branch2a/kernel_grad)HâòİñºƒP”
"gradients/bn4b_branch2c/gamma_grad‘óİñºƒ ˆ(ˆBTgradients/bn4b_branch2c/gamma_grad = BackpropGrad(gradients/bn4b_branch2c/beta_grad)H‘óİñºƒP™
$gradients/res4b_branch2c/kernel_grad™õİñºƒ ¨(¨BWgradients/res4b_branch2c/kernel_grad = BackpropGrad(gradients/bn4b_branch2c/gamma_grad)H™õİñºƒP“
!gradients/bn4b_branch2b/beta_gradÁúİñºƒ (BVgradients/bn4b_branch2b/beta_grad = BackpropGrad(gradients/res4b_branch2c/kernel_grad)HÁúİñºƒP’
"gradients/bn4b_branch2b/gamma_gradÑúİñºƒ I(IBTgradients/bn4b_branch2b/gamma_grad = BackpropGrad(gradients/bn4b_branch2b/beta_grad)HÑúİñºƒP™
$gradients/res4b_branch2b/kernel_gradšûİñºƒ ç(çBWgradients/res4b_branch2b/kernel_grad = BackpropGrad(gradients/bn4b_branch2b/gamma_grad)HšûİñºƒP“
!gradients/bn4b_branch2a/beta_grad‡Şñºƒ (BVgradients/bn4b_branch2a/beta_grad = BackpropGrad(gradients/res4b_branch2b/kernel_grad)H‡ŞñºƒP’
"gradients/bn4b_branch2a/gamma_grad’‡Şñºƒ C(CBTgradients/bn4b_branch2a/gamma_grad = BackpropGrad(gradients/bn4b_branch2a/beta_grad)H’‡ŞñºƒP™
$gradients/res4b_branch2a/kernel_gradÕ‡Şñºƒ ¨(¨BWgradients/res4b_branch2a/kernel_grad = BackpropGrad(gradients/bn4b_branch2a/gamma_grad)HÕ‡ŞñºƒP‘
 gradients/bn4a_branch1/beta_gradıŒŞñºƒ .(.BUgradients/bn4a_branch1/beta_grad = BackpropGrad(gradients/res4b_branch2a/kernel_grad)HıŒŞñºƒP‘
!gradients/bn4a_branch1/gamma_grad«Şñºƒ –(–BRgradients/bn4a_branch1/gamma_grad = BackpropGrad(gradients/bn4a_branch1/beta_grad)H«ŞñºƒP–
#gradients/res4a_branch1/kernel_gradÁŞñºƒ ı	(ı	BUgradients/res4a_branch1/kernel_grad = BackpropGrad(gradients/bn4a_branch1/gamma_grad)HÁŞñºƒP’
!gradients/bn4a_branch2c/beta_grad¾˜Şñºƒ 0(0BUgradients/bn4a_branch2c/beta_grad = BackpropGrad(gradients/res4a_branch1/kernel_grad)H¾˜ŞñºƒP”
"gradients/bn4a_branch2c/gamma_gradî˜Şñºƒ (BTgradients/bn4a_branch2c/gamma_grad = BackpropGrad(gradients/bn4a_branch2c/beta_grad)Hî˜ŞñºƒP™
$gradients/res4a_branch2c/kernel_gradşšŞñºƒ ¢(¢BWgradients/res4a_branch2c/kernel_grad = BackpropGrad(gradients/bn4a_branch2c/gamma_grad)HşšŞñºƒP“
!gradients/bn4a_branch2b/beta_grad  Şñºƒ (BVgradients/bn4a_branch2b/beta_grad = BackpropGrad(gradients/res4a_branch2c/kernel_grad)H  ŞñºƒP’
"gradients/bn4a_branch2b/gamma_grad± Şñºƒ J(JBTgradients/bn4a_branch2b/gamma_grad = BackpropGrad(gradients/bn4a_branch2b/beta_grad)H± ŞñºƒP™
$gradients/res4a_branch2b/kernel_gradû Şñºƒ Ö(ÖBWgradients/res4a_branch2b/kernel_grad = BackpropGrad(gradients/bn4a_branch2b/gamma_grad)Hû ŞñºƒP“
!gradients/bn4a_branch2a/beta_gradÑ¬Şñºƒ /(/BVgradients/bn4a_branch2a/beta_grad = BackpropGrad(gradients/res4a_branch2b/kernel_grad)HÑ¬ŞñºƒP”
"gradients/bn4a_branch2a/gamma_grad€­Şñºƒ —(—BTgradients/bn4a_branch2a/gamma_grad = BackpropGrad(gradients/bn4a_branch2a/beta_grad)H€­ŞñºƒP™
$gradients/res4a_branch2a/kernel_grad—¯Şñºƒ î	(î	BWgradients/res4a_branch2a/kernel_grad = BackpropGrad(gradients/bn4a_branch2a/gamma_grad)H—¯ŞñºƒP“
!gradients/bn3d_branch2c/beta_grad…¹Şñºƒ R(RBVgradients/bn3d_branch2c/beta_grad = BackpropGrad(gradients/res4a_branch2a/kernel_grad)H…¹ŞñºƒP”
"gradients/bn3d_branch2c/gamma_grad×¹Şñºƒ ˜(˜BTgradients/bn3d_branch2c/gamma_grad = BackpropGrad(gradients/bn3d_branch2c/beta_grad)H×¹ŞñºƒP™
$gradients/res3d_branch2c/kernel_gradï½Şñºƒ ¿(¿BWgradients/res3d_branch2c/kernel_grad = BackpropGrad(gradients/bn3d_branch2c/gamma_grad)Hï½ŞñºƒP“
!gradients/bn3d_branch2b/beta_grad®ÃŞñºƒ (BVgradients/bn3d_branch2b/beta_grad = BackpropGrad(gradients/res3d_branch2c/kernel_grad)H®ÃŞñºƒP”
"gradients/bn3d_branch2b/gamma_gradÉÃŞñºƒ Œ(ŒBTgradients/bn3d_branch2b/gamma_grad = BackpropGrad(gradients/bn3d_branch2b/beta_grad)HÉÃŞñºƒP™
$gradients/res3d_branch2b/kernel_gradÕÄŞñºƒ İ(İBWgradients/res3d_branch2b/kernel_grad = BackpropGrad(gradients/bn3d_branch2b/gamma_grad)HÕÄŞñºƒP“
!gradients/bn3d_branch2a/beta_grad²ĞŞñºƒ (BVgradients/bn3d_branch2a/beta_grad = BackpropGrad(gradients/res3d_branch2b/kernel_grad)H²ĞŞñºƒP”
"gradients/bn3d_branch2a/gamma_gradÎĞŞñºƒ ‰(‰BTgradients/bn3d_branch2a/gamma_grad = BackpropGrad(gradients/bn3d_branch2a/beta_grad)HÎĞŞñºƒP™
$gradients/res3d_branch2a/kernel_grad×ÑŞñºƒ §(§BWgradients/res3d_branch2a/kernel_grad = BackpropGrad(gradients/bn3d_branch2a/gamma_grad)H×ÑŞñºƒP“
!gradients/bn3c_branch2c/beta_gradşÖŞñºƒ T(TBVgradients/bn3c_branch2c/beta_grad = BackpropGrad(gradients/res3d_branch2a/kernel_grad)HşÖŞñºƒP”
"gradients/bn3c_branch2c/gamma_gradÒ×Şñºƒ †(†BTgradients/bn3c_branch2c/gamma_grad = BackpropGrad(gradients/bn3c_branch2c/beta_grad)HÒ×ŞñºƒP™
$gradients/res3c_branch2c/kernel_gradØÛŞñºƒ »(»BWgradients/res3c_branch2c/kernel_grad = BackpropGrad(gradients/bn3c_branch2c/gamma_grad)HØÛŞñºƒP“
!gradients/bn3c_branch2b/beta_grad“áŞñºƒ (BVgradients/bn3c_branch2b/beta_grad = BackpropGrad(gradients/res3c_branch2c/kernel_grad)H“áŞñºƒP”
"gradients/bn3c_branch2b/gamma_grad®áŞñºƒ ‹(‹BTgradients/bn3c_branch2b/gamma_grad = BackpropGrad(gradients/bn3c_branch2b/beta_grad)H®áŞñºƒP™
$gradients/res3c_branch2b/kernel_grad¹âŞñºƒ °(°BWgradients/res3c_branch2b/kernel_grad = BackpropGrad(gradients/bn3c_branch2b/gamma_grad)H¹âŞñºƒP“
!gradients/bn3c_branch2a/beta_gradéîŞñºƒ (BVgradients/bn3c_branch2a/beta_grad = BackpropGrad(gradients/res3c_branch2b/kernel_grad)HéîŞñºƒP”
"gradients/bn3c_branch2a/gamma_grad„ïŞñºƒ ‡(‡BTgradients/bn3c_branch2a/gamma_grad = BackpropGrad(gradients/bn3c_branch2a/beta_grad)H„ïŞñºƒP™
$gradients/res3c_branch2a/kernel_grad‹ğŞñºƒ Œ(ŒBWgradients/res3c_branch2a/kernel_grad = BackpropGrad(gradients/bn3c_branch2a/gamma_grad)H‹ğŞñºƒP“
!gradients/bn3b_branch2c/beta_grad—õŞñºƒ P(PBVgradients/bn3b_branch2c/beta_grad = BackpropGrad(gradients/res3c_branch2a/kernel_grad)H—õŞñºƒP”
"gradients/bn3b_branch2c/gamma_gradçõŞñºƒ ş(şBTgradients/bn3b_branch2c/gamma_grad = BackpropGrad(gradients/bn3b_branch2c/beta_grad)HçõŞñºƒP™
$gradients/res3b_branch2c/kernel_gradåùŞñºƒ ½(½BWgradients/res3b_branch2c/kernel_grad = BackpropGrad(gradients/bn3b_branch2c/gamma_grad)HåùŞñºƒP“
!gradients/bn3b_branch2b/beta_grad¢ÿŞñºƒ (BVgradients/bn3b_branch2b/beta_grad = BackpropGrad(gradients/res3b_branch2c/kernel_grad)H¢ÿŞñºƒP”
"gradients/bn3b_branch2b/gamma_grad½ÿŞñºƒ (BTgradients/bn3b_branch2b/gamma_grad = BackpropGrad(gradients/bn3b_branch2b/beta_grad)H½ÿŞñºƒP™
$gradients/res3b_branch2b/kernel_gradÊ€ßñºƒ î(îBWgradients/res3b_branch2b/kernel_grad = BackpropGrad(gradients/bn3b_branch2b/gamma_grad)HÊ€ßñºƒP“
!gradients/bn3b_branch2a/beta_grad¸Œßñºƒ (BVgradients/bn3b_branch2a/beta_grad = BackpropGrad(gradients/res3b_branch2b/kernel_grad)H¸ŒßñºƒP”
"gradients/bn3b_branch2a/gamma_gradÓŒßñºƒ ˆ(ˆBTgradients/bn3b_branch2a/gamma_grad = BackpropGrad(gradients/bn3b_branch2a/beta_grad)HÓŒßñºƒP™
$gradients/res3b_branch2a/kernel_gradÛßñºƒ £(£BWgradients/res3b_branch2a/kernel_grad = BackpropGrad(gradients/bn3b_branch2a/gamma_grad)HÛßñºƒP‘
 gradients/bn3a_branch1/beta_gradş’ßñºƒ T(TBUgradients/bn3a_branch1/beta_grad = BackpropGrad(gradients/res3b_branch2a/kernel_grad)Hş’ßñºƒP‘
!gradients/bn3a_branch1/gamma_gradÒ“ßñºƒ ¢(¢BRgradients/bn3a_branch1/gamma_grad = BackpropGrad(gradients/bn3a_branch1/beta_grad)HÒ“ßñºƒP–
#gradients/res3a_branch1/kernel_gradô•ßñºƒ é
(é
BUgradients/res3a_branch1/kernel_grad = BackpropGrad(gradients/bn3a_branch1/gamma_grad)Hô•ßñºƒP’
!gradients/bn3a_branch2c/beta_gradİ ßñºƒ O(OBUgradients/bn3a_branch2c/beta_grad = BackpropGrad(gradients/res3a_branch1/kernel_grad)Hİ ßñºƒP”
"gradients/bn3a_branch2c/gamma_grad¬¡ßñºƒ ’(’BTgradients/bn3a_branch2c/gamma_grad = BackpropGrad(gradients/bn3a_branch2c/beta_grad)H¬¡ßñºƒP™
$gradients/res3a_branch2c/kernel_grad¾¥ßñºƒ «(«BWgradients/res3a_branch2c/kernel_grad = BackpropGrad(gradients/bn3a_branch2c/gamma_grad)H¾¥ßñºƒP“
!gradients/bn3a_branch2b/beta_gradéªßñºƒ (BVgradients/bn3a_branch2b/beta_grad = BackpropGrad(gradients/res3a_branch2c/kernel_grad)HéªßñºƒP”
"gradients/bn3a_branch2b/gamma_grad„«ßñºƒ ‚(‚BTgradients/bn3a_branch2b/gamma_grad = BackpropGrad(gradients/bn3a_branch2b/beta_grad)H„«ßñºƒP™
$gradients/res3a_branch2b/kernel_grad†¬ßñºƒ ³(³BWgradients/res3a_branch2b/kernel_grad = BackpropGrad(gradients/bn3a_branch2b/gamma_grad)H†¬ßñºƒP“
!gradients/bn3a_branch2a/beta_grad¹·ßñºƒ T(TBVgradients/bn3a_branch2a/beta_grad = BackpropGrad(gradients/res3a_branch2b/kernel_grad)H¹·ßñºƒP”
"gradients/bn3a_branch2a/gamma_grad¸ßñºƒ “(“BTgradients/bn3a_branch2a/gamma_grad = BackpropGrad(gradients/bn3a_branch2a/beta_grad)H¸ßñºƒP™
$gradients/res3a_branch2a/kernel_grad ¼ßñºƒ ×
(×
BWgradients/res3a_branch2a/kernel_grad = BackpropGrad(gradients/bn3a_branch2a/gamma_grad)H ¼ßñºƒP•
!gradients/bn2c_branch2c/beta_grad÷Æßñºƒ š(šBVgradients/bn2c_branch2c/beta_grad = BackpropGrad(gradients/res3a_branch2a/kernel_grad)H÷ÆßñºƒP”
"gradients/bn2c_branch2c/gamma_grad‘Èßñºƒ ˆ(ˆBTgradients/bn2c_branch2c/gamma_grad = BackpropGrad(gradients/bn2c_branch2c/beta_grad)H‘ÈßñºƒP™
$gradients/res2c_branch2c/kernel_grad™Ğßñºƒ ©(©BWgradients/res2c_branch2c/kernel_grad = BackpropGrad(gradients/bn2c_branch2c/gamma_grad)H™ĞßñºƒP“
!gradients/bn2c_branch2b/beta_gradÂÕßñºƒ ,(,BVgradients/bn2c_branch2b/beta_grad = BackpropGrad(gradients/res2c_branch2c/kernel_grad)HÂÕßñºƒP”
"gradients/bn2c_branch2b/gamma_gradîÕßñºƒ €(€BTgradients/bn2c_branch2b/gamma_grad = BackpropGrad(gradients/bn2c_branch2b/beta_grad)HîÕßñºƒP™
$gradients/res2c_branch2b/kernel_gradî×ßñºƒ ‘(‘BWgradients/res2c_branch2b/kernel_grad = BackpropGrad(gradients/bn2c_branch2b/gamma_grad)Hî×ßñºƒP“
!gradients/bn2c_branch2a/beta_gradÿãßñºƒ 0(0BVgradients/bn2c_branch2a/beta_grad = BackpropGrad(gradients/res2c_branch2b/kernel_grad)HÿãßñºƒP”
"gradients/bn2c_branch2a/gamma_grad¯äßñºƒ ‡(‡BTgradients/bn2c_branch2a/gamma_grad = BackpropGrad(gradients/bn2c_branch2a/beta_grad)H¯äßñºƒP™
$gradients/res2c_branch2a/kernel_grad¶æßñºƒ “(“BWgradients/res2c_branch2a/kernel_grad = BackpropGrad(gradients/bn2c_branch2a/gamma_grad)H¶æßñºƒP•
!gradients/bn2b_branch2c/beta_gradÉëßñºƒ £(£BVgradients/bn2b_branch2c/beta_grad = BackpropGrad(gradients/res2c_branch2a/kernel_grad)HÉëßñºƒP”
"gradients/bn2b_branch2c/gamma_gradììßñºƒ ˜(˜BTgradients/bn2b_branch2c/gamma_grad = BackpropGrad(gradients/bn2b_branch2c/beta_grad)HììßñºƒP™
$gradients/res2b_branch2c/kernel_grad„õßñºƒ ©(©BWgradients/res2b_branch2c/kernel_grad = BackpropGrad(gradients/bn2b_branch2c/gamma_grad)H„õßñºƒP“
!gradients/bn2b_branch2b/beta_grad­úßñºƒ .(.BVgradients/bn2b_branch2b/beta_grad = BackpropGrad(gradients/res2b_branch2c/kernel_grad)H­úßñºƒP”
"gradients/bn2b_branch2b/gamma_gradÛúßñºƒ û(ûBTgradients/bn2b_branch2b/gamma_grad = BackpropGrad(gradients/bn2b_branch2b/beta_grad)HÛúßñºƒP™
$gradients/res2b_branch2b/kernel_gradÖüßñºƒ ÷(÷BWgradients/res2b_branch2b/kernel_grad = BackpropGrad(gradients/bn2b_branch2b/gamma_grad)HÖüßñºƒP“
!gradients/bn2b_branch2a/beta_gradÍˆàñºƒ /(/BVgradients/bn2b_branch2a/beta_grad = BackpropGrad(gradients/res2b_branch2b/kernel_grad)HÍˆàñºƒP”
"gradients/bn2b_branch2a/gamma_gradüˆàñºƒ (BTgradients/bn2b_branch2a/gamma_grad = BackpropGrad(gradients/bn2b_branch2a/beta_grad)HüˆàñºƒP™
$gradients/res2b_branch2a/kernel_gradŠ‹àñºƒ º(ºBWgradients/res2b_branch2a/kernel_grad = BackpropGrad(gradients/bn2b_branch2a/gamma_grad)HŠ‹àñºƒP“
 gradients/bn2a_branch1/beta_gradÄàñºƒ œ(œBUgradients/bn2a_branch1/beta_grad = BackpropGrad(gradients/res2b_branch2a/kernel_grad)HÄàñºƒP‘
!gradients/bn2a_branch1/gamma_gradà‘àñºƒ ½(½BRgradients/bn2a_branch1/gamma_grad = BackpropGrad(gradients/bn2a_branch1/beta_grad)Hà‘àñºƒP–
#gradients/res2a_branch1/kernel_grad–àñºƒ ¹(¹BUgradients/res2a_branch1/kernel_grad = BackpropGrad(gradients/bn2a_branch1/gamma_grad)H–àñºƒP”
!gradients/bn2a_branch2c/beta_gradÖ›àñºƒ Ÿ(ŸBUgradients/bn2a_branch2c/beta_grad = BackpropGrad(gradients/res2a_branch1/kernel_grad)HÖ›àñºƒP”
"gradients/bn2a_branch2c/gamma_gradõœàñºƒ À(ÀBTgradients/bn2a_branch2c/gamma_grad = BackpropGrad(gradients/bn2a_branch2c/beta_grad)HõœàñºƒP™
$gradients/res2a_branch2c/kernel_gradµ¥àñºƒ ³(³BWgradients/res2a_branch2c/kernel_grad = BackpropGrad(gradients/bn2a_branch2c/gamma_grad)Hµ¥àñºƒP“
!gradients/bn2a_branch2b/beta_gradèªàñºƒ /(/BVgradients/bn2a_branch2b/beta_grad = BackpropGrad(gradients/res2a_branch2c/kernel_grad)HèªàñºƒP”
"gradients/bn2a_branch2b/gamma_grad—«àñºƒ –(–BTgradients/bn2a_branch2b/gamma_grad = BackpropGrad(gradients/bn2a_branch2b/beta_grad)H—«àñºƒP™
$gradients/res2a_branch2b/kernel_grad­­àñºƒ (BWgradients/res2a_branch2b/kernel_grad = BackpropGrad(gradients/bn2a_branch2b/gamma_grad)H­­àñºƒP“
!gradients/bn2a_branch2a/beta_grad»¸àñºƒ *(*BVgradients/bn2a_branch2a/beta_grad = BackpropGrad(gradients/res2a_branch2b/kernel_grad)H»¸àñºƒP”
"gradients/bn2a_branch2a/gamma_gradå¸àñºƒ (BTgradients/bn2a_branch2a/gamma_grad = BackpropGrad(gradients/bn2a_branch2a/beta_grad)Hå¸àñºƒP™
$gradients/res2a_branch2a/kernel_gradõºàñºƒ «(«BWgradients/res2a_branch2a/kernel_grad = BackpropGrad(gradients/bn2a_branch2a/gamma_grad)HõºàñºƒP‹
gradients/bn_conv1/beta_grad ¼àñºƒ ™(™BQgradients/bn_conv1/beta_grad = BackpropGrad(gradients/res2a_branch2a/kernel_grad)H ¼àñºƒP…
gradients/bn_conv1/gamma_grad¹½àñºƒ ÿ
(ÿ
BJgradients/bn_conv1/gamma_grad = BackpropGrad(gradients/bn_conv1/beta_grad)H¹½àñºƒP‚
gradients/conv1/kernel_grad¸Èàñºƒ Ö(ÖBIgradients/conv1/kernel_grad = BackpropGrad(gradients/bn_conv1/gamma_grad)H¸ÈàñºƒP
¶ 
%/job:ps/replica:0/task:0/device:CPU:0W
conv1/kernel/readí•×ñºƒ (B*conv1/kernel/read = Identity(conv1/kernel)Hí•×ñºƒP]
bn_conv1/gamma/readğ•×ñºƒ (B.bn_conv1/gamma/read = Identity(bn_conv1/gamma)Hğ•×ñºƒPZ
bn_conv1/beta/readó•×ñºƒ (B,bn_conv1/beta/read = Identity(bn_conv1/beta)Hó•×ñºƒPr
res2a_branch2a/kernel/readö•×ñºƒ (B<res2a_branch2a/kernel/read = Identity(res2a_branch2a/kernel)Hö•×ñºƒPl
bn2a_branch2a/gamma/readù•×ñºƒ (B8bn2a_branch2a/gamma/read = Identity(bn2a_branch2a/gamma)Hù•×ñºƒPi
bn2a_branch2a/beta/readü•×ñºƒ (B6bn2a_branch2a/beta/read = Identity(bn2a_branch2a/beta)Hü•×ñºƒPr
res2a_branch2b/kernel/readÿ•×ñºƒ (B<res2a_branch2b/kernel/read = Identity(res2a_branch2b/kernel)Hÿ•×ñºƒPl
bn2a_branch2b/gamma/read‚–×ñºƒ (B8bn2a_branch2b/gamma/read = Identity(bn2a_branch2b/gamma)H‚–×ñºƒPi
bn2a_branch2b/beta/read…–×ñºƒ (B6bn2a_branch2b/beta/read = Identity(bn2a_branch2b/beta)H…–×ñºƒPr
res2a_branch2c/kernel/readˆ–×ñºƒ (B<res2a_branch2c/kernel/read = Identity(res2a_branch2c/kernel)Hˆ–×ñºƒPl
bn2a_branch2c/gamma/read‹–×ñºƒ (B8bn2a_branch2c/gamma/read = Identity(bn2a_branch2c/gamma)H‹–×ñºƒPi
bn2a_branch2c/beta/read–×ñºƒ (B6bn2a_branch2c/beta/read = Identity(bn2a_branch2c/beta)H–×ñºƒPo
res2a_branch1/kernel/read‘–×ñºƒ (B:res2a_branch1/kernel/read = Identity(res2a_branch1/kernel)H‘–×ñºƒPi
bn2a_branch1/gamma/read”–×ñºƒ (B6bn2a_branch1/gamma/read = Identity(bn2a_branch1/gamma)H”–×ñºƒPf
bn2a_branch1/beta/read—–×ñºƒ (B4bn2a_branch1/beta/read = Identity(bn2a_branch1/beta)H—–×ñºƒPr
res2b_branch2a/kernel/readš–×ñºƒ (B<res2b_branch2a/kernel/read = Identity(res2b_branch2a/kernel)Hš–×ñºƒPl
bn2b_branch2a/gamma/readœ–×ñºƒ (B8bn2b_branch2a/gamma/read = Identity(bn2b_branch2a/gamma)Hœ–×ñºƒPi
bn2b_branch2a/beta/read –×ñºƒ (B6bn2b_branch2a/beta/read = Identity(bn2b_branch2a/beta)H –×ñºƒPr
res2b_branch2b/kernel/read£–×ñºƒ (B<res2b_branch2b/kernel/read = Identity(res2b_branch2b/kernel)H£–×ñºƒPl
bn2b_branch2b/gamma/read¦–×ñºƒ (B8bn2b_branch2b/gamma/read = Identity(bn2b_branch2b/gamma)H¦–×ñºƒPi
bn2b_branch2b/beta/read©–×ñºƒ (B6bn2b_branch2b/beta/read = Identity(bn2b_branch2b/beta)H©–×ñºƒPr
res2b_branch2c/kernel/read¬–×ñºƒ (B<res2b_branch2c/kernel/read = Identity(res2b_branch2c/kernel)H¬–×ñºƒPl
bn2b_branch2c/gamma/read¯–×ñºƒ (B8bn2b_branch2c/gamma/read = Identity(bn2b_branch2c/gamma)H¯–×ñºƒPi
bn2b_branch2c/beta/read²–×ñºƒ (B6bn2b_branch2c/beta/read = Identity(bn2b_branch2c/beta)H²–×ñºƒPr
res2c_branch2a/kernel/readµ–×ñºƒ (B<res2c_branch2a/kernel/read = Identity(res2c_branch2a/kernel)Hµ–×ñºƒPl
bn2c_branch2a/gamma/read¸–×ñºƒ (B8bn2c_branch2a/gamma/read = Identity(bn2c_branch2a/gamma)H¸–×ñºƒPi
bn2c_branch2a/beta/read»–×ñºƒ (B6bn2c_branch2a/beta/read = Identity(bn2c_branch2a/beta)H»–×ñºƒPr
res2c_branch2b/kernel/read¾–×ñºƒ (B<res2c_branch2b/kernel/read = Identity(res2c_branch2b/kernel)H¾–×ñºƒPl
bn2c_branch2b/gamma/readÁ–×ñºƒ (B8bn2c_branch2b/gamma/read = Identity(bn2c_branch2b/gamma)HÁ–×ñºƒPi
bn2c_branch2b/beta/readÄ–×ñºƒ (B6bn2c_branch2b/beta/read = Identity(bn2c_branch2b/beta)HÄ–×ñºƒPr
res2c_branch2c/kernel/readÇ–×ñºƒ (B<res2c_branch2c/kernel/read = Identity(res2c_branch2c/kernel)HÇ–×ñºƒPl
bn2c_branch2c/gamma/readÊ–×ñºƒ (B8bn2c_branch2c/gamma/read = Identity(bn2c_branch2c/gamma)HÊ–×ñºƒPi
bn2c_branch2c/beta/readÍ–×ñºƒ (B6bn2c_branch2c/beta/read = Identity(bn2c_branch2c/beta)HÍ–×ñºƒPr
res3a_branch2a/kernel/readÑ–×ñºƒ (B<res3a_branch2a/kernel/read = Identity(res3a_branch2a/kernel)HÑ–×ñºƒPl
bn3a_branch2a/gamma/readÔ–×ñºƒ (B8bn3a_branch2a/gamma/read = Identity(bn3a_branch2a/gamma)HÔ–×ñºƒPi
bn3a_branch2a/beta/read×–×ñºƒ (B6bn3a_branch2a/beta/read = Identity(bn3a_branch2a/beta)H×–×ñºƒPr
res3a_branch2b/kernel/readÚ–×ñºƒ (B<res3a_branch2b/kernel/read = Identity(res3a_branch2b/kernel)HÚ–×ñºƒPl
bn3a_branch2b/gamma/readİ–×ñºƒ (B8bn3a_branch2b/gamma/read = Identity(bn3a_branch2b/gamma)Hİ–×ñºƒPi
bn3a_branch2b/beta/readà–×ñºƒ (B6bn3a_branch2b/beta/read = Identity(bn3a_branch2b/beta)Hà–×ñºƒPr
res3a_branch2c/kernel/readã–×ñºƒ (B<res3a_branch2c/kernel/read = Identity(res3a_branch2c/kernel)Hã–×ñºƒPl
bn3a_branch2c/gamma/readæ–×ñºƒ (B8bn3a_branch2c/gamma/read = Identity(bn3a_branch2c/gamma)Hæ–×ñºƒPi
bn3a_branch2c/beta/readè–×ñºƒ (B6bn3a_branch2c/beta/read = Identity(bn3a_branch2c/beta)Hè–×ñºƒPo
res3a_branch1/kernel/readë–×ñºƒ (B:res3a_branch1/kernel/read = Identity(res3a_branch1/kernel)Hë–×ñºƒPi
bn3a_branch1/gamma/readî–×ñºƒ (B6bn3a_branch1/gamma/read = Identity(bn3a_branch1/gamma)Hî–×ñºƒPf
bn3a_branch1/beta/readñ–×ñºƒ (B4bn3a_branch1/beta/read = Identity(bn3a_branch1/beta)Hñ–×ñºƒPr
res3b_branch2a/kernel/readô–×ñºƒ (B<res3b_branch2a/kernel/read = Identity(res3b_branch2a/kernel)Hô–×ñºƒPl
bn3b_branch2a/gamma/read÷–×ñºƒ (B8bn3b_branch2a/gamma/read = Identity(bn3b_branch2a/gamma)H÷–×ñºƒPi
bn3b_branch2a/beta/readú–×ñºƒ (B6bn3b_branch2a/beta/read = Identity(bn3b_branch2a/beta)Hú–×ñºƒPr
res3b_branch2b/kernel/readı–×ñºƒ (B<res3b_branch2b/kernel/read = Identity(res3b_branch2b/kernel)Hı–×ñºƒPl
bn3b_branch2b/gamma/read€—×ñºƒ (B8bn3b_branch2b/gamma/read = Identity(bn3b_branch2b/gamma)H€—×ñºƒPi
bn3b_branch2b/beta/readƒ—×ñºƒ (B6bn3b_branch2b/beta/read = Identity(bn3b_branch2b/beta)Hƒ—×ñºƒPr
res3b_branch2c/kernel/read†—×ñºƒ (B<res3b_branch2c/kernel/read = Identity(res3b_branch2c/kernel)H†—×ñºƒPl
bn3b_branch2c/gamma/readŠ—×ñºƒ (B8bn3b_branch2c/gamma/read = Identity(bn3b_branch2c/gamma)HŠ—×ñºƒPi
bn3b_branch2c/beta/read—×ñºƒ (B6bn3b_branch2c/beta/read = Identity(bn3b_branch2c/beta)H—×ñºƒPr
res3c_branch2a/kernel/read—×ñºƒ (B<res3c_branch2a/kernel/read = Identity(res3c_branch2a/kernel)H—×ñºƒPl
bn3c_branch2a/gamma/read“—×ñºƒ (B8bn3c_branch2a/gamma/read = Identity(bn3c_branch2a/gamma)H“—×ñºƒPi
bn3c_branch2a/beta/read–—×ñºƒ (B6bn3c_branch2a/beta/read = Identity(bn3c_branch2a/beta)H–—×ñºƒPr
res3c_branch2b/kernel/read™—×ñºƒ (B<res3c_branch2b/kernel/read = Identity(res3c_branch2b/kernel)H™—×ñºƒPl
bn3c_branch2b/gamma/readœ—×ñºƒ (B8bn3c_branch2b/gamma/read = Identity(bn3c_branch2b/gamma)Hœ—×ñºƒPi
bn3c_branch2b/beta/readŸ—×ñºƒ (B6bn3c_branch2b/beta/read = Identity(bn3c_branch2b/beta)HŸ—×ñºƒPr
res3c_branch2c/kernel/read¢—×ñºƒ (B<res3c_branch2c/kernel/read = Identity(res3c_branch2c/kernel)H¢—×ñºƒPl
bn3c_branch2c/gamma/read¥—×ñºƒ (B8bn3c_branch2c/gamma/read = Identity(bn3c_branch2c/gamma)H¥—×ñºƒPi
bn3c_branch2c/beta/read¨—×ñºƒ (B6bn3c_branch2c/beta/read = Identity(bn3c_branch2c/beta)H¨—×ñºƒPr
res3d_branch2a/kernel/read«—×ñºƒ (B<res3d_branch2a/kernel/read = Identity(res3d_branch2a/kernel)H«—×ñºƒPl
bn3d_branch2a/gamma/read®—×ñºƒ (B8bn3d_branch2a/gamma/read = Identity(bn3d_branch2a/gamma)H®—×ñºƒPi
bn3d_branch2a/beta/read±—×ñºƒ (B6bn3d_branch2a/beta/read = Identity(bn3d_branch2a/beta)H±—×ñºƒPr
res3d_branch2b/kernel/read´—×ñºƒ (B<res3d_branch2b/kernel/read = Identity(res3d_branch2b/kernel)H´—×ñºƒPl
bn3d_branch2b/gamma/read¸—×ñºƒ (B8bn3d_branch2b/gamma/read = Identity(bn3d_branch2b/gamma)H¸—×ñºƒPi
bn3d_branch2b/beta/read»—×ñºƒ (B6bn3d_branch2b/beta/read = Identity(bn3d_branch2b/beta)H»—×ñºƒPr
res3d_branch2c/kernel/read½—×ñºƒ (B<res3d_branch2c/kernel/read = Identity(res3d_branch2c/kernel)H½—×ñºƒPl
bn3d_branch2c/gamma/readÀ—×ñºƒ (B8bn3d_branch2c/gamma/read = Identity(bn3d_branch2c/gamma)HÀ—×ñºƒPi
bn3d_branch2c/beta/readÃ—×ñºƒ (B6bn3d_branch2c/beta/read = Identity(bn3d_branch2c/beta)HÃ—×ñºƒPr
res4a_branch2a/kernel/readÆ—×ñºƒ (B<res4a_branch2a/kernel/read = Identity(res4a_branch2a/kernel)HÆ—×ñºƒPl
bn4a_branch2a/gamma/readÉ—×ñºƒ (B8bn4a_branch2a/gamma/read = Identity(bn4a_branch2a/gamma)HÉ—×ñºƒPi
bn4a_branch2a/beta/readÌ—×ñºƒ (B6bn4a_branch2a/beta/read = Identity(bn4a_branch2a/beta)HÌ—×ñºƒPr
res4a_branch2b/kernel/readÏ—×ñºƒ (B<res4a_branch2b/kernel/read = Identity(res4a_branch2b/kernel)HÏ—×ñºƒPl
bn4a_branch2b/gamma/readÓ—×ñºƒ (B8bn4a_branch2b/gamma/read = Identity(bn4a_branch2b/gamma)HÓ—×ñºƒPi
bn4a_branch2b/beta/readÖ—×ñºƒ (B6bn4a_branch2b/beta/read = Identity(bn4a_branch2b/beta)HÖ—×ñºƒPr
res4a_branch2c/kernel/readØ—×ñºƒ (B<res4a_branch2c/kernel/read = Identity(res4a_branch2c/kernel)HØ—×ñºƒPl
bn4a_branch2c/gamma/readÛ—×ñºƒ (B8bn4a_branch2c/gamma/read = Identity(bn4a_branch2c/gamma)HÛ—×ñºƒPi
bn4a_branch2c/beta/readŞ—×ñºƒ (B6bn4a_branch2c/beta/read = Identity(bn4a_branch2c/beta)HŞ—×ñºƒPo
res4a_branch1/kernel/readá—×ñºƒ (B:res4a_branch1/kernel/read = Identity(res4a_branch1/kernel)Há—×ñºƒPi
bn4a_branch1/gamma/readä—×ñºƒ (B6bn4a_branch1/gamma/read = Identity(bn4a_branch1/gamma)Hä—×ñºƒPf
bn4a_branch1/beta/readç—×ñºƒ (B4bn4a_branch1/beta/read = Identity(bn4a_branch1/beta)Hç—×ñºƒPr
res4b_branch2a/kernel/readê—×ñºƒ (B<res4b_branch2a/kernel/read = Identity(res4b_branch2a/kernel)Hê—×ñºƒPl
bn4b_branch2a/gamma/readí—×ñºƒ (B8bn4b_branch2a/gamma/read = Identity(bn4b_branch2a/gamma)Hí—×ñºƒPi
bn4b_branch2a/beta/readğ—×ñºƒ (B6bn4b_branch2a/beta/read = Identity(bn4b_branch2a/beta)Hğ—×ñºƒPr
res4b_branch2b/kernel/readô—×ñºƒ (B<res4b_branch2b/kernel/read = Identity(res4b_branch2b/kernel)Hô—×ñºƒPl
bn4b_branch2b/gamma/read÷—×ñºƒ (B8bn4b_branch2b/gamma/read = Identity(bn4b_branch2b/gamma)H÷—×ñºƒPi
bn4b_branch2b/beta/readú—×ñºƒ (B6bn4b_branch2b/beta/read = Identity(bn4b_branch2b/beta)Hú—×ñºƒPr
res4b_branch2c/kernel/readı—×ñºƒ (B<res4b_branch2c/kernel/read = Identity(res4b_branch2c/kernel)Hı—×ñºƒPl
bn4b_branch2c/gamma/read€˜×ñºƒ (B8bn4b_branch2c/gamma/read = Identity(bn4b_branch2c/gamma)H€˜×ñºƒPi
bn4b_branch2c/beta/readƒ˜×ñºƒ (B6bn4b_branch2c/beta/read = Identity(bn4b_branch2c/beta)Hƒ˜×ñºƒPr
res4c_branch2a/kernel/read†˜×ñºƒ (B<res4c_branch2a/kernel/read = Identity(res4c_branch2a/kernel)H†˜×ñºƒPl
bn4c_branch2a/gamma/read‰˜×ñºƒ (B8bn4c_branch2a/gamma/read = Identity(bn4c_branch2a/gamma)H‰˜×ñºƒPi
bn4c_branch2a/beta/readŒ˜×ñºƒ (B6bn4c_branch2a/beta/read = Identity(bn4c_branch2a/beta)HŒ˜×ñºƒPr
res4c_branch2b/kernel/read˜×ñºƒ (B<res4c_branch2b/kernel/read = Identity(res4c_branch2b/kernel)H˜×ñºƒPl
bn4c_branch2b/gamma/read’˜×ñºƒ (B8bn4c_branch2b/gamma/read = Identity(bn4c_branch2b/gamma)H’˜×ñºƒPi
bn4c_branch2b/beta/read•˜×ñºƒ (B6bn4c_branch2b/beta/read = Identity(bn4c_branch2b/beta)H•˜×ñºƒPr
res4c_branch2c/kernel/read˜˜×ñºƒ (B<res4c_branch2c/kernel/read = Identity(res4c_branch2c/kernel)H˜˜×ñºƒPl
bn4c_branch2c/gamma/read›˜×ñºƒ (B8bn4c_branch2c/gamma/read = Identity(bn4c_branch2c/gamma)H›˜×ñºƒPi
bn4c_branch2c/beta/read˜×ñºƒ (B6bn4c_branch2c/beta/read = Identity(bn4c_branch2c/beta)H˜×ñºƒPr
res4d_branch2a/kernel/read¡˜×ñºƒ (B<res4d_branch2a/kernel/read = Identity(res4d_branch2a/kernel)H¡˜×ñºƒPl
bn4d_branch2a/gamma/read¤˜×ñºƒ (B8bn4d_branch2a/gamma/read = Identity(bn4d_branch2a/gamma)H¤˜×ñºƒPi
bn4d_branch2a/beta/read§˜×ñºƒ (B6bn4d_branch2a/beta/read = Identity(bn4d_branch2a/beta)H§˜×ñºƒPr
res4d_branch2b/kernel/readª˜×ñºƒ (B<res4d_branch2b/kernel/read = Identity(res4d_branch2b/kernel)Hª˜×ñºƒPl
bn4d_branch2b/gamma/read­˜×ñºƒ (B8bn4d_branch2b/gamma/read = Identity(bn4d_branch2b/gamma)H­˜×ñºƒPi
bn4d_branch2b/beta/read°˜×ñºƒ (B6bn4d_branch2b/beta/read = Identity(bn4d_branch2b/beta)H°˜×ñºƒPr
res4d_branch2c/kernel/read³˜×ñºƒ (B<res4d_branch2c/kernel/read = Identity(res4d_branch2c/kernel)H³˜×ñºƒPl
bn4d_branch2c/gamma/read¶˜×ñºƒ (B8bn4d_branch2c/gamma/read = Identity(bn4d_branch2c/gamma)H¶˜×ñºƒPi
bn4d_branch2c/beta/read¹˜×ñºƒ (B6bn4d_branch2c/beta/read = Identity(bn4d_branch2c/beta)H¹˜×ñºƒPr
res4e_branch2a/kernel/read¼˜×ñºƒ (B<res4e_branch2a/kernel/read = Identity(res4e_branch2a/kernel)H¼˜×ñºƒPl
bn4e_branch2a/gamma/read¿˜×ñºƒ (B8bn4e_branch2a/gamma/read = Identity(bn4e_branch2a/gamma)H¿˜×ñºƒPi
bn4e_branch2a/beta/readÂ˜×ñºƒ (B6bn4e_branch2a/beta/read = Identity(bn4e_branch2a/beta)HÂ˜×ñºƒPr
res4e_branch2b/kernel/readÅ˜×ñºƒ (B<res4e_branch2b/kernel/read = Identity(res4e_branch2b/kernel)HÅ˜×ñºƒPl
bn4e_branch2b/gamma/readÈ˜×ñºƒ (B8bn4e_branch2b/gamma/read = Identity(bn4e_branch2b/gamma)HÈ˜×ñºƒPi
bn4e_branch2b/beta/readË˜×ñºƒ (B6bn4e_branch2b/beta/read = Identity(bn4e_branch2b/beta)HË˜×ñºƒPr
res4e_branch2c/kernel/readÎ˜×ñºƒ (B<res4e_branch2c/kernel/read = Identity(res4e_branch2c/kernel)HÎ˜×ñºƒPl
bn4e_branch2c/gamma/readÑ˜×ñºƒ (B8bn4e_branch2c/gamma/read = Identity(bn4e_branch2c/gamma)HÑ˜×ñºƒPi
bn4e_branch2c/beta/readÔ˜×ñºƒ (B6bn4e_branch2c/beta/read = Identity(bn4e_branch2c/beta)HÔ˜×ñºƒPr
res4f_branch2a/kernel/read×˜×ñºƒ (B<res4f_branch2a/kernel/read = Identity(res4f_branch2a/kernel)H×˜×ñºƒPl
bn4f_branch2a/gamma/readÚ˜×ñºƒ (B8bn4f_branch2a/gamma/read = Identity(bn4f_branch2a/gamma)HÚ˜×ñºƒPi
bn4f_branch2a/beta/readİ˜×ñºƒ (B6bn4f_branch2a/beta/read = Identity(bn4f_branch2a/beta)Hİ˜×ñºƒPr
res4f_branch2b/kernel/readà˜×ñºƒ (B<res4f_branch2b/kernel/read = Identity(res4f_branch2b/kernel)Hà˜×ñºƒPl
bn4f_branch2b/gamma/readã˜×ñºƒ (B8bn4f_branch2b/gamma/read = Identity(bn4f_branch2b/gamma)Hã˜×ñºƒPi
bn4f_branch2b/beta/readæ˜×ñºƒ (B6bn4f_branch2b/beta/read = Identity(bn4f_branch2b/beta)Hæ˜×ñºƒPr
res4f_branch2c/kernel/readé˜×ñºƒ (B<res4f_branch2c/kernel/read = Identity(res4f_branch2c/kernel)Hé˜×ñºƒPl
bn4f_branch2c/gamma/readì˜×ñºƒ (B8bn4f_branch2c/gamma/read = Identity(bn4f_branch2c/gamma)Hì˜×ñºƒPi
bn4f_branch2c/beta/readï˜×ñºƒ (B6bn4f_branch2c/beta/read = Identity(bn4f_branch2c/beta)Hï˜×ñºƒPr
res5a_branch2a/kernel/readò˜×ñºƒ (B<res5a_branch2a/kernel/read = Identity(res5a_branch2a/kernel)Hò˜×ñºƒPl
bn5a_branch2a/gamma/readõ˜×ñºƒ (B8bn5a_branch2a/gamma/read = Identity(bn5a_branch2a/gamma)Hõ˜×ñºƒPi
bn5a_branch2a/beta/readù˜×ñºƒ (B6bn5a_branch2a/beta/read = Identity(bn5a_branch2a/beta)Hù˜×ñºƒPr
res5a_branch2b/kernel/readü˜×ñºƒ (B<res5a_branch2b/kernel/read = Identity(res5a_branch2b/kernel)Hü˜×ñºƒPl
bn5a_branch2b/gamma/readÿ˜×ñºƒ (B8bn5a_branch2b/gamma/read = Identity(bn5a_branch2b/gamma)Hÿ˜×ñºƒPi
bn5a_branch2b/beta/read‚™×ñºƒ (B6bn5a_branch2b/beta/read = Identity(bn5a_branch2b/beta)H‚™×ñºƒPr
res5a_branch2c/kernel/read…™×ñºƒ (B<res5a_branch2c/kernel/read = Identity(res5a_branch2c/kernel)H…™×ñºƒPl
bn5a_branch2c/gamma/readˆ™×ñºƒ (B8bn5a_branch2c/gamma/read = Identity(bn5a_branch2c/gamma)Hˆ™×ñºƒPi
bn5a_branch2c/beta/read‹™×ñºƒ (B6bn5a_branch2c/beta/read = Identity(bn5a_branch2c/beta)H‹™×ñºƒPo
res5a_branch1/kernel/read™×ñºƒ (B:res5a_branch1/kernel/read = Identity(res5a_branch1/kernel)H™×ñºƒPi
bn5a_branch1/gamma/read™×ñºƒ (B6bn5a_branch1/gamma/read = Identity(bn5a_branch1/gamma)H™×ñºƒPf
bn5a_branch1/beta/read“™×ñºƒ (B4bn5a_branch1/beta/read = Identity(bn5a_branch1/beta)H“™×ñºƒPr
res5b_branch2a/kernel/read–™×ñºƒ (B<res5b_branch2a/kernel/read = Identity(res5b_branch2a/kernel)H–™×ñºƒPl
bn5b_branch2a/gamma/read™™×ñºƒ (B8bn5b_branch2a/gamma/read = Identity(bn5b_branch2a/gamma)H™™×ñºƒPi
bn5b_branch2a/beta/readœ™×ñºƒ (B6bn5b_branch2a/beta/read = Identity(bn5b_branch2a/beta)Hœ™×ñºƒPr
res5b_branch2b/kernel/read ™×ñºƒ (B<res5b_branch2b/kernel/read = Identity(res5b_branch2b/kernel)H ™×ñºƒPl
bn5b_branch2b/gamma/read£™×ñºƒ (B8bn5b_branch2b/gamma/read = Identity(bn5b_branch2b/gamma)H£™×ñºƒPi
bn5b_branch2b/beta/read¦™×ñºƒ (B6bn5b_branch2b/beta/read = Identity(bn5b_branch2b/beta)H¦™×ñºƒPr
res5b_branch2c/kernel/read©™×ñºƒ (B<res5b_branch2c/kernel/read = Identity(res5b_branch2c/kernel)H©™×ñºƒPl
bn5b_branch2c/gamma/read¬™×ñºƒ (B8bn5b_branch2c/gamma/read = Identity(bn5b_branch2c/gamma)H¬™×ñºƒPi
bn5b_branch2c/beta/read¯™×ñºƒ (B6bn5b_branch2c/beta/read = Identity(bn5b_branch2c/beta)H¯™×ñºƒPr
res5c_branch2a/kernel/read²™×ñºƒ (B<res5c_branch2a/kernel/read = Identity(res5c_branch2a/kernel)H²™×ñºƒPl
bn5c_branch2a/gamma/readµ™×ñºƒ (B8bn5c_branch2a/gamma/read = Identity(bn5c_branch2a/gamma)Hµ™×ñºƒPi
bn5c_branch2a/beta/read¸™×ñºƒ (B6bn5c_branch2a/beta/read = Identity(bn5c_branch2a/beta)H¸™×ñºƒPr
res5c_branch2b/kernel/read»™×ñºƒ (B<res5c_branch2b/kernel/read = Identity(res5c_branch2b/kernel)H»™×ñºƒPl
bn5c_branch2b/gamma/read¾™×ñºƒ (B8bn5c_branch2b/gamma/read = Identity(bn5c_branch2b/gamma)H¾™×ñºƒPi
bn5c_branch2b/beta/readÁ™×ñºƒ (B6bn5c_branch2b/beta/read = Identity(bn5c_branch2b/beta)HÁ™×ñºƒPr
res5c_branch2c/kernel/readÄ™×ñºƒ (B<res5c_branch2c/kernel/read = Identity(res5c_branch2c/kernel)HÄ™×ñºƒPl
bn5c_branch2c/gamma/readÇ™×ñºƒ (B8bn5c_branch2c/gamma/read = Identity(bn5c_branch2c/gamma)HÇ™×ñºƒPi
bn5c_branch2c/beta/readÊ™×ñºƒ (B6bn5c_branch2c/beta/read = Identity(bn5c_branch2c/beta)HÊ™×ñºƒPZ
fc1000/kernel/readÍ™×ñºƒ (B,fc1000/kernel/read = Identity(fc1000/kernel)HÍ™×ñºƒPT
fc1000/bias/readĞ™×ñºƒ (B(fc1000/bias/read = Identity(fc1000/bias)HĞ™×ñºƒP¶

RecvTensorÊ°Üñºƒ h(h:
"  Bƒ[4000B] edge_162_gradients/fc1000/bias_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÊ°Üñºƒ¾
'update_fc1000/bias/ApplyGradientDescent²±Üñºƒ (B{update_fc1000/bias/ApplyGradientDescent = ApplyGradientDescent(fc1000/bias, learning_rate, gradients/fc1000/bias_grad_S162)H²±ÜñºƒP¾

RecvTensorı°Üñºƒ ›6(›6:"
€€ô€€ôB…[7.8MB] edge_163_gradients/fc1000/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hı°ÜñºƒÉ
)update_fc1000/kernel/ApplyGradientDescent˜çÜñºƒ È
(È
Bupdate_fc1000/kernel/ApplyGradientDescent = ApplyGradientDescent(fc1000/kernel, learning_rate, gradients/fc1000/kernel_grad_S163)H˜çÜñºƒP¿

RecvTensor™±Üñºƒ …6(…6:
"€@€@BŠ[8192B] edge_164_gradients/bn5c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H™±ÜñºƒÛ
.update_bn5c_branch2c/beta/ApplyGradientDescentàñÜñºƒ (Bupdate_bn5c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2c/beta, learning_rate, gradients/bn5c_branch2c/beta_grad_S164)HàñÜñºƒPÀ

RecvTensor¡²Üñºƒ „5(„5:
"€@€@B‹[8192B] edge_165_gradients/bn5c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¡²Üñºƒß
/update_bn5c_branch2c/gamma/ApplyGradientDescentæñÜñºƒ (B“update_bn5c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2c/gamma, learning_rate, gradients/bn5c_branch2c/gamma_grad_S165)HæñÜñºƒPÆ

RecvTensor·Üñºƒ ¾K(¾K:"
€€€€€€B[4.0MB] edge_166_gradients/res5c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H·Üñºƒé
1update_res5c_branch2c/kernel/ApplyGradientDescentÎ‚İñºƒ »(»B™update_res5c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res5c_branch2c/kernel, learning_rate, gradients/res5c_branch2c/kernel_grad_S166)HÎ‚İñºƒP¿

RecvTensor·Üñºƒ Š0(Š0:
"€€BŠ[2048B] edge_167_gradients/bn5c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H·ÜñºƒÛ
.update_bn5c_branch2b/beta/ApplyGradientDescentíñÜñºƒ (Bupdate_bn5c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2b/beta, learning_rate, gradients/bn5c_branch2b/beta_grad_S167)HíñÜñºƒPÀ

RecvTensorÆ·Üñºƒ ŠK(ŠK:
"€€B‹[2048B] edge_168_gradients/bn5c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÆ·Üñºƒß
/update_bn5c_branch2b/gamma/ApplyGradientDescent‰ˆİñºƒ (B“update_bn5c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2b/gamma, learning_rate, gradients/bn5c_branch2b/gamma_grad_S168)H‰ˆİñºƒPÆ

RecvTensor×ÃÜñºƒ ´|(´|:"
€€À€€ÀB[9.0MB] edge_169_gradients/res5c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H×ÃÜñºƒé
1update_res5c_branch2b/kernel/ApplyGradientDescent‹Àİñºƒ Ÿ(ŸB™update_res5c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res5c_branch2b/kernel, learning_rate, gradients/res5c_branch2b/kernel_grad_S169)H‹ÀİñºƒP¿

RecvTensoräÃÜñºƒ î>(î>:
"€€BŠ[2048B] edge_170_gradients/bn5c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HäÃÜñºƒÛ
.update_bn5c_branch2a/beta/ApplyGradientDescentˆİñºƒ (Bupdate_bn5c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2a/beta, learning_rate, gradients/bn5c_branch2a/beta_grad_S170)HˆİñºƒPÀ

RecvTensorŠÄÜñºƒ ‚|(‚|:
"€€B‹[2048B] edge_171_gradients/bn5c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŠÄÜñºƒß
/update_bn5c_branch2a/gamma/ApplyGradientDescentªÌİñºƒ (B“update_bn5c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5c_branch2a/gamma, learning_rate, gradients/bn5c_branch2a/gamma_grad_S171)HªÌİñºƒPÈ

RecvTensorÉÜñºƒ §’(§’:"
€€€€€€B[4.0MB] edge_172_gradients/res5c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÉÜñºƒé
1update_res5c_branch2a/kernel/ApplyGradientDescent´Ûİñºƒ ·(·B™update_res5c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res5c_branch2a/kernel, learning_rate, gradients/res5c_branch2a/kernel_grad_S172)H´ÛİñºƒPÁ

RecvTensor¦ÉÜñºƒ •’(•’:
"€@€@BŠ[8192B] edge_173_gradients/bn5b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¦ÉÜñºƒÛ
.update_bn5b_branch2c/beta/ApplyGradientDescentëàİñºƒ (Bupdate_bn5b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2c/beta, learning_rate, gradients/bn5b_branch2c/beta_grad_S173)HëàİñºƒPÂ

RecvTensor±ÊÜñºƒ ‘‘(‘‘:
"€@€@B‹[8192B] edge_174_gradients/bn5b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H±ÊÜñºƒß
/update_bn5b_branch2c/gamma/ApplyGradientDescentñàİñºƒ (B“update_bn5b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2c/gamma, learning_rate, gradients/bn5b_branch2c/gamma_grad_S174)HñàİñºƒPÈ

RecvTensoróÏÜñºƒ ø¦(ø¦:"
€€€€€€B[4.0MB] edge_175_gradients/res5b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HóÏÜñºƒé
1update_res5b_branch2c/kernel/ApplyGradientDescentëöİñºƒ ë(ëB™update_res5b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res5b_branch2c/kernel, learning_rate, gradients/res5b_branch2c/kernel_grad_S175)HëöİñºƒPÁ

RecvTensor€ĞÜñºƒ Ã‹(Ã‹:
"€€BŠ[2048B] edge_176_gradients/bn5b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H€ĞÜñºƒÛ
.update_bn5b_branch2b/beta/ApplyGradientDescentøàİñºƒ (Bupdate_bn5b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2b/beta, learning_rate, gradients/bn5b_branch2b/beta_grad_S176)HøàİñºƒPÂ

RecvTensorªĞÜñºƒ Â¦(Â¦:
"€€B‹[2048B] edge_177_gradients/bn5b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HªĞÜñºƒß
/update_bn5b_branch2b/gamma/ApplyGradientDescentÖüİñºƒ (B“update_bn5b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2b/gamma, learning_rate, gradients/bn5b_branch2b/gamma_grad_S177)HÖüİñºƒPÈ

RecvTensorµÜÜñºƒ ò×(ò×:"
€€À€€ÀB[9.0MB] edge_178_gradients/res5b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HµÜÜñºƒé
1update_res5b_branch2b/kernel/ApplyGradientDescent§´Şñºƒ †(†B™update_res5b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res5b_branch2b/kernel, learning_rate, gradients/res5b_branch2b/kernel_grad_S178)H§´ŞñºƒPÁ

RecvTensorÂÜÜñºƒ ¬š(¬š:
"€€BŠ[2048B] edge_179_gradients/bn5b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÂÜÜñºƒÛ
.update_bn5b_branch2a/beta/ApplyGradientDescentÛüİñºƒ (Bupdate_bn5b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2a/beta, learning_rate, gradients/bn5b_branch2a/beta_grad_S179)HÛüİñºƒPÂ

RecvTensorëÜÜñºƒ ¾×(¾×:
"€€B‹[2048B] edge_180_gradients/bn5b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HëÜÜñºƒß
/update_bn5b_branch2a/gamma/ApplyGradientDescent­ÁŞñºƒ (B“update_bn5b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5b_branch2a/gamma, learning_rate, gradients/bn5b_branch2a/gamma_grad_S180)H­ÁŞñºƒPÈ

RecvTensorıáÜñºƒ Óí(Óí:"
€€€€€€B[4.0MB] edge_181_gradients/res5b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HıáÜñºƒé
1update_res5b_branch2a/kernel/ApplyGradientDescentĞÏŞñºƒ Ş(ŞB™update_res5b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res5b_branch2a/kernel, learning_rate, gradients/res5b_branch2a/kernel_grad_S181)HĞÏŞñºƒPÀ

RecvTensoršâÜñºƒ ½í(½í:
"€@€@B‰[8192B] edge_182_gradients/bn5a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HšâÜñºƒ×
-update_bn5a_branch1/beta/ApplyGradientDescent®ÕŞñºƒ (Bupdate_bn5a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch1/beta, learning_rate, gradients/bn5a_branch1/beta_grad_S182)H®ÕŞñºƒPÁ

RecvTensorëâÜñºƒ óì(óì:
"€@€@BŠ[8192B] edge_183_gradients/bn5a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HëâÜñºƒÛ
.update_bn5a_branch1/gamma/ApplyGradientDescentµÕŞñºƒ (Bupdate_bn5a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch1/gamma, learning_rate, gradients/bn5a_branch1/gamma_grad_S183)HµÕŞñºƒPÇ

RecvTensor¡íÜñºƒ Œ™(Œ™:"
€€€€€€BŒ[8.0MB] edge_184_gradients/res5a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¡íÜñºƒå
0update_res5a_branch1/kernel/ApplyGradientDescent­†ßñºƒ î(îB–update_res5a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch1/kernel, learning_rate, gradients/res5a_branch1/kernel_grad_S184)H­†ßñºƒPÁ

RecvTensor»íÜñºƒ ø˜(ø˜:
"€@€@BŠ[8192B] edge_185_gradients/bn5a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H»íÜñºƒÛ
.update_bn5a_branch2c/beta/ApplyGradientDescent›’ßñºƒ (Bupdate_bn5a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2c/beta, learning_rate, gradients/bn5a_branch2c/beta_grad_S185)H›’ßñºƒPÂ

RecvTensorÌîÜñºƒ î—(î—:
"€@€@B‹[8192B] edge_186_gradients/bn5a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÌîÜñºƒß
/update_bn5a_branch2c/gamma/ApplyGradientDescent¡’ßñºƒ (B“update_bn5a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2c/gamma, learning_rate, gradients/bn5a_branch2c/gamma_grad_S186)H¡’ßñºƒPÈ

RecvTensorÏóÜñºƒ “®(“®:"
€€€€€€B[4.0MB] edge_187_gradients/res5a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÏóÜñºƒé
1update_res5a_branch2c/kernel/ApplyGradientDescentâ¡ßñºƒ ©(©B™update_res5a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch2c/kernel, learning_rate, gradients/res5a_branch2c/kernel_grad_S187)Hâ¡ßñºƒPÁ

RecvTensorÛóÜñºƒ ˆ®(ˆ®:
"€€BŠ[2048B] edge_188_gradients/bn5a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÛóÜñºƒÛ
.update_bn5a_branch2b/beta/ApplyGradientDescent‹§ßñºƒ (Bupdate_bn5a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2b/beta, learning_rate, gradients/bn5a_branch2b/beta_grad_S188)H‹§ßñºƒPÂ

RecvTensor„ôÜñºƒ á­(á­:
"€€B‹[2048B] edge_189_gradients/bn5a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H„ôÜñºƒß
/update_bn5a_branch2b/gamma/ApplyGradientDescent§ßñºƒ (B“update_bn5a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2b/gamma, learning_rate, gradients/bn5a_branch2b/gamma_grad_S189)H§ßñºƒPÈ

RecvTensor·ÿÜñºƒ çß(çß:"
€€À€€ÀB[9.0MB] edge_190_gradients/res5a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H·ÿÜñºƒé
1update_res5a_branch2b/kernel/ApplyGradientDescentßßñºƒ ï(ïB™update_res5a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch2b/kernel, learning_rate, gradients/res5a_branch2b/kernel_grad_S190)HßßñºƒPÁ

RecvTensorÓÿÜñºƒ Íß(Íß:
"€€BŠ[2048B] edge_191_gradients/bn5a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÓÿÜñºƒÛ
.update_bn5a_branch2a/beta/ApplyGradientDescentìßñºƒ (Bupdate_bn5a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2a/beta, learning_rate, gradients/bn5a_branch2a/beta_grad_S191)HìßñºƒPÂ

RecvTensorÒ€İñºƒ ÏŞ(ÏŞ:
"€€B‹[2048B] edge_192_gradients/bn5a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÒ€İñºƒß
/update_bn5a_branch2a/gamma/ApplyGradientDescent’ìßñºƒ (B“update_bn5a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn5a_branch2a/gamma, learning_rate, gradients/bn5a_branch2a/gamma_grad_S192)H’ìßñºƒPÈ

RecvTensorñŠİñºƒ „â(„â:"
€€€€€€B[2.0MB] edge_193_gradients/res5a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HñŠİñºƒé
1update_res5a_branch2a/kernel/ApplyGradientDescentõìßñºƒ ú(úB™update_res5a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res5a_branch2a/kernel, learning_rate, gradients/res5a_branch2a/kernel_grad_S193)HõìßñºƒPÁ

RecvTensor‹İñºƒ Ûá(Ûá:
"€ € BŠ[4096B] edge_194_gradients/bn4f_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‹İñºƒÛ
.update_bn4f_branch2c/beta/ApplyGradientDescentïïßñºƒ (Bupdate_bn4f_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2c/beta, learning_rate, gradients/bn4f_branch2c/beta_grad_S194)HïïßñºƒPÂ

RecvTensor İñºƒ Üß(Üß:
"€ € B‹[4096B] edge_195_gradients/bn4f_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H İñºƒß
/update_bn4f_branch2c/gamma/ApplyGradientDescentõïßñºƒ (B“update_bn4f_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2c/gamma, learning_rate, gradients/bn4f_branch2c/gamma_grad_S195)HõïßñºƒPÆ

RecvTensor¼’İñºƒ ªá(ªá:"€€@€€@B[1.0MB] edge_196_gradients/res4f_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¼’İñºƒé
1update_res4f_branch2c/kernel/ApplyGradientDescentæóßñºƒ ±(±B™update_res4f_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4f_branch2c/kernel, learning_rate, gradients/res4f_branch2c/kernel_grad_S196)HæóßñºƒPÁ

RecvTensorÍ’İñºƒ šá(šá:
"€€BŠ[1024B] edge_197_gradients/bn4f_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÍ’İñºƒÛ
.update_bn4f_branch2b/beta/ApplyGradientDescent—õßñºƒ (Bupdate_bn4f_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2b/beta, learning_rate, gradients/bn4f_branch2b/beta_grad_S197)H—õßñºƒPÂ

RecvTensor““İñºƒ Ôà(Ôà:
"€€B‹[1024B] edge_198_gradients/bn4f_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H““İñºƒß
/update_bn4f_branch2b/gamma/ApplyGradientDescentœõßñºƒ (B“update_bn4f_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2b/gamma, learning_rate, gradients/bn4f_branch2b/gamma_grad_S198)HœõßñºƒPÈ

RecvTensor—Ÿİñºƒ ÿã(ÿã:"
€€€€B[2.2MB] edge_199_gradients/res4f_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H—Ÿİñºƒé
1update_res4f_branch2b/kernel/ApplyGradientDescent–ƒàñºƒ ‚(‚B™update_res4f_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4f_branch2b/kernel, learning_rate, gradients/res4f_branch2b/kernel_grad_S199)H–ƒàñºƒPÁ

RecvTensor¨Ÿİñºƒ ïã(ïã:
"€€BŠ[1024B] edge_200_gradients/bn4f_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¨ŸİñºƒÛ
.update_bn4f_branch2a/beta/ApplyGradientDescent˜†àñºƒ (Bupdate_bn4f_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2a/beta, learning_rate, gradients/bn4f_branch2a/beta_grad_S200)H˜†àñºƒPÂ

RecvTensoròŸİñºƒ ¥ã(¥ã:
"€€B‹[1024B] edge_201_gradients/bn4f_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HòŸİñºƒß
/update_bn4f_branch2a/gamma/ApplyGradientDescent†àñºƒ (B“update_bn4f_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4f_branch2a/gamma, learning_rate, gradients/bn4f_branch2a/gamma_grad_S201)H†àñºƒPÆ

RecvTensor‚¥İñºƒ ÿä(ÿä:"€€@€€@B[1.0MB] edge_202_gradients/res4f_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‚¥İñºƒé
1update_res4f_branch2a/kernel/ApplyGradientDescentŠàñºƒ º(ºB™update_res4f_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4f_branch2a/kernel, learning_rate, gradients/res4f_branch2a/kernel_grad_S202)HŠàñºƒPÁ

RecvTensor­¥İñºƒ Øä(Øä:
"€ € BŠ[4096B] edge_203_gradients/bn4e_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H­¥İñºƒÛ
.update_bn4e_branch2c/beta/ApplyGradientDescent»‹àñºƒ (Bupdate_bn4e_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2c/beta, learning_rate, gradients/bn4e_branch2c/beta_grad_S203)H»‹àñºƒPÂ

RecvTensorÅ§İñºƒ Ãâ(Ãâ:
"€ € B‹[4096B] edge_204_gradients/bn4e_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÅ§İñºƒß
/update_bn4e_branch2c/gamma/ApplyGradientDescentÀ‹àñºƒ (B“update_bn4e_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2c/gamma, learning_rate, gradients/bn4e_branch2c/gamma_grad_S204)HÀ‹àñºƒPÆ

RecvTensorê¬İñºƒ ˆä(ˆä:"€€@€€@B[1.0MB] edge_205_gradients/res4e_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hê¬İñºƒé
1update_res4e_branch2c/kernel/ApplyGradientDescentòàñºƒ ¶(¶B™update_res4e_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4e_branch2c/kernel, learning_rate, gradients/res4e_branch2c/kernel_grad_S205)HòàñºƒPÁ

RecvTensorû¬İñºƒ øã(øã:
"€€BŠ[1024B] edge_206_gradients/bn4e_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hû¬İñºƒÛ
.update_bn4e_branch2b/beta/ApplyGradientDescent¨’àñºƒ (Bupdate_bn4e_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2b/beta, learning_rate, gradients/bn4e_branch2b/beta_grad_S206)H¨’àñºƒPÂ

RecvTensorÃ­İñºƒ ±ã(±ã:
"€€B‹[1024B] edge_207_gradients/bn4e_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÃ­İñºƒß
/update_bn4e_branch2b/gamma/ApplyGradientDescent­’àñºƒ (B“update_bn4e_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2b/gamma, learning_rate, gradients/bn4e_branch2b/gamma_grad_S207)H­’àñºƒPÈ

RecvTensorû¸İñºƒ ¨ç(¨ç:"
€€€€B[2.2MB] edge_208_gradients/res4e_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hû¸İñºƒé
1update_res4e_branch2b/kernel/ApplyGradientDescent£ àñºƒ Œ(ŒB™update_res4e_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4e_branch2b/kernel, learning_rate, gradients/res4e_branch2b/kernel_grad_S208)H£ àñºƒPÁ

RecvTensorŒ¹İñºƒ é×(é×:
"€€BŠ[1024B] edge_209_gradients/bn4e_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŒ¹İñºƒÛ
.update_bn4e_branch2a/beta/ApplyGradientDescent³’àñºƒ (Bupdate_bn4e_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2a/beta, learning_rate, gradients/bn4e_branch2a/beta_grad_S209)H³’àñºƒPÂ

RecvTensorÕ¹İñºƒ Ïæ(Ïæ:
"€€B‹[1024B] edge_210_gradients/bn4e_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÕ¹İñºƒß
/update_bn4e_branch2a/gamma/ApplyGradientDescent¯£àñºƒ (B“update_bn4e_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4e_branch2a/gamma, learning_rate, gradients/bn4e_branch2a/gamma_grad_S210)H¯£àñºƒPÆ

RecvTensorú¾İñºƒ “è(“è:"€€@€€@B[1.0MB] edge_211_gradients/res4e_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hú¾İñºƒé
1update_res4e_branch2a/kernel/ApplyGradientDescent§àñºƒ ª(ªB™update_res4e_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4e_branch2a/kernel, learning_rate, gradients/res4e_branch2a/kernel_grad_S211)H§àñºƒPÁ

RecvTensor¦¿İñºƒ ëç(ëç:
"€ € BŠ[4096B] edge_212_gradients/bn4d_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¦¿İñºƒÛ
.update_bn4d_branch2c/beta/ApplyGradientDescent·¨àñºƒ (Bupdate_bn4d_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2c/beta, learning_rate, gradients/bn4d_branch2c/beta_grad_S212)H·¨àñºƒPÂ

RecvTensor´Áİñºƒ àå(àå:
"€ € B‹[4096B] edge_213_gradients/bn4d_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H´Áİñºƒß
/update_bn4d_branch2c/gamma/ApplyGradientDescent½¨àñºƒ (B“update_bn4d_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2c/gamma, learning_rate, gradients/bn4d_branch2c/gamma_grad_S213)H½¨àñºƒPÆ

RecvTensorºÆİñºƒ Äç(Äç:"€€@€€@B[1.0MB] edge_214_gradients/res4d_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HºÆİñºƒé
1update_res4d_branch2c/kernel/ApplyGradientDescentş­àñºƒ §(§B™update_res4d_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4d_branch2c/kernel, learning_rate, gradients/res4d_branch2c/kernel_grad_S214)Hş­àñºƒPÁ

RecvTensorÌÆİñºƒ ³ç(³ç:
"€€BŠ[1024B] edge_215_gradients/bn4d_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÌÆİñºƒÛ
.update_bn4d_branch2b/beta/ApplyGradientDescent¥¯àñºƒ (Bupdate_bn4d_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2b/beta, learning_rate, gradients/bn4d_branch2b/beta_grad_S215)H¥¯àñºƒPÂ

RecvTensor™Çİñºƒ çæ(çæ:
"€€B‹[1024B] edge_216_gradients/bn4d_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H™Çİñºƒß
/update_bn4d_branch2b/gamma/ApplyGradientDescentª¯àñºƒ (B“update_bn4d_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2b/gamma, learning_rate, gradients/bn4d_branch2b/gamma_grad_S216)Hª¯àñºƒPÈ

RecvTensorúÒİñºƒ ´ê(´ê:"
€€€€B[2.2MB] edge_217_gradients/res4d_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HúÒİñºƒé
1update_res4d_branch2b/kernel/ApplyGradientDescent®½àñºƒ ™(™B™update_res4d_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4d_branch2b/kernel, learning_rate, gradients/res4d_branch2b/kernel_grad_S217)H®½àñºƒPÁ

RecvTensor‹Óİñºƒ ¤ê(¤ê:
"€€BŠ[1024B] edge_218_gradients/bn4d_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‹ÓİñºƒÛ
.update_bn4d_branch2a/beta/ApplyGradientDescentÇÀàñºƒ (Bupdate_bn4d_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2a/beta, learning_rate, gradients/bn4d_branch2a/beta_grad_S218)HÇÀàñºƒPÂ

RecvTensorÖÓİñºƒ Úé(Úé:
"€€B‹[1024B] edge_219_gradients/bn4d_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÖÓİñºƒß
/update_bn4d_branch2a/gamma/ApplyGradientDescentÌÀàñºƒ (B“update_bn4d_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4d_branch2a/gamma, learning_rate, gradients/bn4d_branch2a/gamma_grad_S219)HÌÀàñºƒPÆ

RecvTensor‚Ùİñºƒ ˜ë(˜ë:"€€@€€@B[1.0MB] edge_220_gradients/res4d_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‚Ùİñºƒé
1update_res4d_branch2a/kernel/ApplyGradientDescentšÄàñºƒ µ(µB™update_res4d_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4d_branch2a/kernel, learning_rate, gradients/res4d_branch2a/kernel_grad_S220)HšÄàñºƒPÁ

RecvTensor¯Ùİñºƒ îê(îê:
"€ € BŠ[4096B] edge_221_gradients/bn4c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¯ÙİñºƒÛ
.update_bn4c_branch2c/beta/ApplyGradientDescentÏÅàñºƒ (Bupdate_bn4c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2c/beta, learning_rate, gradients/bn4c_branch2c/beta_grad_S221)HÏÅàñºƒPÂ

RecvTensor¸Ûİñºƒ èè(èè:
"€ € B‹[4096B] edge_222_gradients/bn4c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¸Ûİñºƒß
/update_bn4c_branch2c/gamma/ApplyGradientDescentÕÅàñºƒ (B“update_bn4c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2c/gamma, learning_rate, gradients/bn4c_branch2c/gamma_grad_S222)HÕÅàñºƒPÆ

RecvTensorçàİñºƒ £ê(£ê:"€€@€€@B[1.0MB] edge_223_gradients/res4c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hçàİñºƒé
1update_res4c_branch2c/kernel/ApplyGradientDescentŠËàñºƒ ¯(¯B™update_res4c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4c_branch2c/kernel, learning_rate, gradients/res4c_branch2c/kernel_grad_S223)HŠËàñºƒPÁ

RecvTensorøàİñºƒ “ê(“ê:
"€€BŠ[1024B] edge_224_gradients/bn4c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HøàİñºƒÛ
.update_bn4c_branch2b/beta/ApplyGradientDescent¹Ìàñºƒ (Bupdate_bn4c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2b/beta, learning_rate, gradients/bn4c_branch2b/beta_grad_S224)H¹ÌàñºƒPÂ

RecvTensorÀáİñºƒ Ìé(Ìé:
"€€B‹[1024B] edge_225_gradients/bn4c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÀáİñºƒß
/update_bn4c_branch2b/gamma/ApplyGradientDescent¾Ìàñºƒ (B“update_bn4c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2b/gamma, learning_rate, gradients/bn4c_branch2b/gamma_grad_S225)H¾ÌàñºƒPÈ

RecvTensoròìİñºƒ Èí(Èí:"
€€€€B[2.2MB] edge_226_gradients/res4c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hòìİñºƒé
1update_res4c_branch2b/kernel/ApplyGradientDescentºÚàñºƒ ƒ(ƒB™update_res4c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4c_branch2b/kernel, learning_rate, gradients/res4c_branch2b/kernel_grad_S226)HºÚàñºƒPÁ

RecvTensorƒíİñºƒ ¸í(¸í:
"€€BŠ[1024B] edge_227_gradients/bn4c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HƒíİñºƒÛ
.update_bn4c_branch2a/beta/ApplyGradientDescent½İàñºƒ (Bupdate_bn4c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2a/beta, learning_rate, gradients/bn4c_branch2a/beta_grad_S227)H½İàñºƒPÂ

RecvTensorÒíİñºƒ êì(êì:
"€€B‹[1024B] edge_228_gradients/bn4c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÒíİñºƒß
/update_bn4c_branch2a/gamma/ApplyGradientDescentÂİàñºƒ (B“update_bn4c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4c_branch2a/gamma, learning_rate, gradients/bn4c_branch2a/gamma_grad_S228)HÂİàñºƒPÆ

RecvTensorâòİñºƒ Äî(Äî:"€€@€€@B[1.0MB] edge_229_gradients/res4c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hâòİñºƒé
1update_res4c_branch2a/kernel/ApplyGradientDescent¦áàñºƒ À(ÀB™update_res4c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4c_branch2a/kernel, learning_rate, gradients/res4c_branch2a/kernel_grad_S229)H¦áàñºƒPÁ

RecvTensor‘óİñºƒ ˜î(˜î:
"€ € BŠ[4096B] edge_230_gradients/bn4b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‘óİñºƒÛ
.update_bn4b_branch2c/beta/ApplyGradientDescentæâàñºƒ (Bupdate_bn4b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2c/beta, learning_rate, gradients/bn4b_branch2c/beta_grad_S230)HæâàñºƒPÂ

RecvTensor™õİñºƒ ”ì(”ì:
"€ € B‹[4096B] edge_231_gradients/bn4b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H™õİñºƒß
/update_bn4b_branch2c/gamma/ApplyGradientDescentìâàñºƒ (B“update_bn4b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2c/gamma, learning_rate, gradients/bn4b_branch2c/gamma_grad_S231)HìâàñºƒPÆ

RecvTensorÁúİñºƒ Õí(Õí:"€€@€€@B[1.0MB] edge_232_gradients/res4b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÁúİñºƒé
1update_res4b_branch2c/kernel/ApplyGradientDescent–èàñºƒ Á(ÁB™update_res4b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4b_branch2c/kernel, learning_rate, gradients/res4b_branch2c/kernel_grad_S232)H–èàñºƒPÁ

RecvTensorÑúİñºƒ Æí(Æí:
"€€BŠ[1024B] edge_233_gradients/bn4b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÑúİñºƒÛ
.update_bn4b_branch2b/beta/ApplyGradientDescent×éàñºƒ (Bupdate_bn4b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2b/beta, learning_rate, gradients/bn4b_branch2b/beta_grad_S233)H×éàñºƒPÂ

RecvTensoršûİñºƒ şì(şì:
"€€B‹[1024B] edge_234_gradients/bn4b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hšûİñºƒß
/update_bn4b_branch2b/gamma/ApplyGradientDescentÜéàñºƒ (B“update_bn4b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2b/gamma, learning_rate, gradients/bn4b_branch2b/gamma_grad_S234)HÜéàñºƒPÈ

RecvTensor‡Şñºƒ Åğ(Åğ:"
€€€€B[2.2MB] edge_235_gradients/res4b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‡Şñºƒé
1update_res4b_branch2b/kernel/ApplyGradientDescentÆ÷àñºƒ „(„B™update_res4b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4b_branch2b/kernel, learning_rate, gradients/res4b_branch2b/kernel_grad_S235)HÆ÷àñºƒPÁ

RecvTensor’‡Şñºƒ µğ(µğ:
"€€BŠ[1024B] edge_236_gradients/bn4b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H’‡ŞñºƒÛ
.update_bn4b_branch2a/beta/ApplyGradientDescentÊúàñºƒ (Bupdate_bn4b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2a/beta, learning_rate, gradients/bn4b_branch2a/beta_grad_S236)HÊúàñºƒPÂ

RecvTensorÕ‡Şñºƒ óï(óï:
"€€B‹[1024B] edge_237_gradients/bn4b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÕ‡Şñºƒß
/update_bn4b_branch2a/gamma/ApplyGradientDescentÏúàñºƒ (B“update_bn4b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4b_branch2a/gamma, learning_rate, gradients/bn4b_branch2a/gamma_grad_S237)HÏúàñºƒPÆ

RecvTensorıŒŞñºƒ µñ(µñ:"€€@€€@B[1.0MB] edge_238_gradients/res4b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HıŒŞñºƒé
1update_res4b_branch2a/kernel/ApplyGradientDescent²şàñºƒ ¶(¶B™update_res4b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4b_branch2a/kernel, learning_rate, gradients/res4b_branch2a/kernel_grad_S238)H²şàñºƒPÀ

RecvTensor«Şñºƒ Šñ(Šñ:
"€ € B‰[4096B] edge_239_gradients/bn4a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H«Şñºƒ×
-update_bn4a_branch1/beta/ApplyGradientDescentèÿàñºƒ (Bupdate_bn4a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch1/beta, learning_rate, gradients/bn4a_branch1/beta_grad_S239)HèÿàñºƒPÁ

RecvTensorÁŞñºƒ øï(øï:
"€ € BŠ[4096B] edge_240_gradients/bn4a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÁŞñºƒÛ
.update_bn4a_branch1/gamma/ApplyGradientDescentîÿàñºƒ (Bupdate_bn4a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch1/gamma, learning_rate, gradients/bn4a_branch1/gamma_grad_S240)HîÿàñºƒPÇ

RecvTensor¾˜Şñºƒ Îó(Îó:"
€€€€€€BŒ[2.0MB] edge_241_gradients/res4a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¾˜Şñºƒå
0update_res4a_branch1/kernel/ApplyGradientDescentŒŒáñºƒ è(èB–update_res4a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch1/kernel, learning_rate, gradients/res4a_branch1/kernel_grad_S241)HŒŒáñºƒPÁ

RecvTensorî˜Şñºƒ ¢ó(¢ó:
"€ € BŠ[4096B] edge_242_gradients/bn4a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hî˜ŞñºƒÛ
.update_bn4a_branch2c/beta/ApplyGradientDescentôáñºƒ (Bupdate_bn4a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2c/beta, learning_rate, gradients/bn4a_branch2c/beta_grad_S242)HôáñºƒPÂ

RecvTensorşšŞñºƒ •ñ(•ñ:
"€ € B‹[4096B] edge_243_gradients/bn4a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HşšŞñºƒß
/update_bn4a_branch2c/gamma/ApplyGradientDescentúáñºƒ (B“update_bn4a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2c/gamma, learning_rate, gradients/bn4a_branch2c/gamma_grad_S243)HúáñºƒPÆ

RecvTensor  Şñºƒ İò(İò:"€€@€€@B[1.0MB] edge_244_gradients/res4a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H  Şñºƒé
1update_res4a_branch2c/kernel/ApplyGradientDescentı’áñºƒ Å(ÅB™update_res4a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch2c/kernel, learning_rate, gradients/res4a_branch2c/kernel_grad_S244)Hı’áñºƒPÁ

RecvTensor± Şñºƒ Íò(Íò:
"€€BŠ[1024B] edge_245_gradients/bn4a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H± ŞñºƒÛ
.update_bn4a_branch2b/beta/ApplyGradientDescentÂ”áñºƒ (Bupdate_bn4a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2b/beta, learning_rate, gradients/bn4a_branch2b/beta_grad_S245)HÂ”áñºƒPÂ

RecvTensorû Şñºƒ „ò(„ò:
"€€B‹[1024B] edge_246_gradients/bn4a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hû Şñºƒß
/update_bn4a_branch2b/gamma/ApplyGradientDescentÇ”áñºƒ (B“update_bn4a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2b/gamma, learning_rate, gradients/bn4a_branch2b/gamma_grad_S246)HÇ”áñºƒPÈ

RecvTensorÑ¬Şñºƒ Üõ(Üõ:"
€€€€B[2.2MB] edge_247_gradients/res4a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÑ¬Şñºƒé
1update_res4a_branch2b/kernel/ApplyGradientDescent­¢áñºƒ (B™update_res4a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch2b/kernel, learning_rate, gradients/res4a_branch2b/kernel_grad_S247)H­¢áñºƒPÁ

RecvTensor€­Şñºƒ ®õ(®õ:
"€€BŠ[1024B] edge_248_gradients/bn4a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H€­ŞñºƒÛ
.update_bn4a_branch2a/beta/ApplyGradientDescent»¥áñºƒ (Bupdate_bn4a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2a/beta, learning_rate, gradients/bn4a_branch2a/beta_grad_S248)H»¥áñºƒPÂ

RecvTensor—¯Şñºƒ ˜ó(˜ó:
"€€B‹[1024B] edge_249_gradients/bn4a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H—¯Şñºƒß
/update_bn4a_branch2a/gamma/ApplyGradientDescentÁ¥áñºƒ (B“update_bn4a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn4a_branch2a/gamma, learning_rate, gradients/bn4a_branch2a/gamma_grad_S249)HÁ¥áñºƒPÆ

RecvTensor…¹Şñºƒ ßì(ßì:"€€ €€ B[0.5MB] edge_250_gradients/res4a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H…¹Şñºƒç
1update_res4a_branch2a/kernel/ApplyGradientDescentä¥áñºƒ Y(YB™update_res4a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res4a_branch2a/kernel, learning_rate, gradients/res4a_branch2a/kernel_grad_S250)Hä¥áñºƒPÁ

RecvTensor×¹Şñºƒ ì(ì:
"€€BŠ[2048B] edge_251_gradients/bn3d_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H×¹ŞñºƒÛ
.update_bn3d_branch2c/beta/ApplyGradientDescent½¦áñºƒ (Bupdate_bn3d_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2c/beta, learning_rate, gradients/bn3d_branch2c/beta_grad_S251)H½¦áñºƒPÂ

RecvTensorï½Şñºƒ øç(øç:
"€€B‹[2048B] edge_252_gradients/bn3d_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hï½Şñºƒß
/update_bn3d_branch2c/gamma/ApplyGradientDescentÂ¦áñºƒ (B“update_bn3d_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2c/gamma, learning_rate, gradients/bn3d_branch2c/gamma_grad_S252)HÂ¦áñºƒPÆ

RecvTensor®ÃŞñºƒ ”ä(”ä:"€€€€B[0.2MB] edge_253_gradients/res3d_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H®ÃŞñºƒç
1update_res3d_branch2c/kernel/ApplyGradientDescentÂ§áñºƒ 4(4B™update_res3d_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3d_branch2c/kernel, learning_rate, gradients/res3d_branch2c/kernel_grad_S253)HÂ§áñºƒPÀ

RecvTensorÉÃŞñºƒ ùã(ùã:
"€€B‰[512B] edge_254_gradients/bn3d_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÉÃŞñºƒÛ
.update_bn3d_branch2b/beta/ApplyGradientDescentö§áñºƒ (Bupdate_bn3d_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2b/beta, learning_rate, gradients/bn3d_branch2b/beta_grad_S254)Hö§áñºƒPÁ

RecvTensorÕÄŞñºƒ íâ(íâ:
"€€BŠ[512B] edge_255_gradients/bn3d_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÕÄŞñºƒß
/update_bn3d_branch2b/gamma/ApplyGradientDescentû§áñºƒ (B“update_bn3d_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2b/gamma, learning_rate, gradients/bn3d_branch2b/gamma_grad_S255)Hû§áñºƒPÆ

RecvTensor²ĞŞñºƒ üÚ(üÚ:"€€$€€$B[0.6MB] edge_256_gradients/res3d_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H²ĞŞñºƒç
1update_res3d_branch2b/kernel/ApplyGradientDescent®«áñºƒ k(kB™update_res3d_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3d_branch2b/kernel, learning_rate, gradients/res3d_branch2b/kernel_grad_S256)H®«áñºƒPÀ

RecvTensorÎĞŞñºƒ àÚ(àÚ:
"€€B‰[512B] edge_257_gradients/bn3d_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÎĞŞñºƒÛ
.update_bn3d_branch2a/beta/ApplyGradientDescent™¬áñºƒ (Bupdate_bn3d_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2a/beta, learning_rate, gradients/bn3d_branch2a/beta_grad_S257)H™¬áñºƒPÁ

RecvTensor×ÑŞñºƒ ØÙ(ØÙ:
"€€BŠ[512B] edge_258_gradients/bn3d_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H×ÑŞñºƒß
/update_bn3d_branch2a/gamma/ApplyGradientDescent¬áñºƒ (B“update_bn3d_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3d_branch2a/gamma, learning_rate, gradients/bn3d_branch2a/gamma_grad_S258)H¬áñºƒPÆ

RecvTensorşÖŞñºƒ ‹Ö(‹Ö:"€€€€B[0.2MB] edge_259_gradients/res3d_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HşÖŞñºƒç
1update_res3d_branch2a/kernel/ApplyGradientDescent‰­áñºƒ -(-B™update_res3d_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3d_branch2a/kernel, learning_rate, gradients/res3d_branch2a/kernel_grad_S259)H‰­áñºƒPÁ

RecvTensorÒ×Şñºƒ ¹Õ(¹Õ:
"€€BŠ[2048B] edge_260_gradients/bn3c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÒ×ŞñºƒÛ
.update_bn3c_branch2c/beta/ApplyGradientDescent¶­áñºƒ (Bupdate_bn3c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2c/beta, learning_rate, gradients/bn3c_branch2c/beta_grad_S260)H¶­áñºƒPÂ

RecvTensorØÛŞñºƒ µÑ(µÑ:
"€€B‹[2048B] edge_261_gradients/bn3c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HØÛŞñºƒß
/update_bn3c_branch2c/gamma/ApplyGradientDescent¼­áñºƒ (B“update_bn3c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2c/gamma, learning_rate, gradients/bn3c_branch2c/gamma_grad_S261)H¼­áñºƒPÆ

RecvTensor“áŞñºƒ ÔÍ(ÔÍ:"€€€€B[0.2MB] edge_262_gradients/res3c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H“áŞñºƒç
1update_res3c_branch2c/kernel/ApplyGradientDescentç®áñºƒ 5(5B™update_res3c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3c_branch2c/kernel, learning_rate, gradients/res3c_branch2c/kernel_grad_S262)Hç®áñºƒPÀ

RecvTensor®áŞñºƒ ºÍ(ºÍ:
"€€B‰[512B] edge_263_gradients/bn3c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H®áŞñºƒÛ
.update_bn3c_branch2b/beta/ApplyGradientDescentœ¯áñºƒ (Bupdate_bn3c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2b/beta, learning_rate, gradients/bn3c_branch2b/beta_grad_S263)Hœ¯áñºƒPÁ

RecvTensor¹âŞñºƒ ¯Ì(¯Ì:
"€€BŠ[512B] edge_264_gradients/bn3c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¹âŞñºƒß
/update_bn3c_branch2b/gamma/ApplyGradientDescent¡¯áñºƒ (B“update_bn3c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2b/gamma, learning_rate, gradients/bn3c_branch2b/gamma_grad_S264)H¡¯áñºƒPÆ

RecvTensoréîŞñºƒ ëÃ(ëÃ:"€€$€€$B[0.6MB] edge_265_gradients/res3c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HéîŞñºƒç
1update_res3c_branch2b/kernel/ApplyGradientDescentÔ²áñºƒ a(aB™update_res3c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3c_branch2b/kernel, learning_rate, gradients/res3c_branch2b/kernel_grad_S265)HÔ²áñºƒPÀ

RecvTensor„ïŞñºƒ ĞÃ(ĞÃ:
"€€B‰[512B] edge_266_gradients/bn3c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H„ïŞñºƒÛ
.update_bn3c_branch2a/beta/ApplyGradientDescentµ³áñºƒ (Bupdate_bn3c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2a/beta, learning_rate, gradients/bn3c_branch2a/beta_grad_S266)Hµ³áñºƒPÁ

RecvTensor‹ğŞñºƒ ÉÂ(ÉÂ:
"€€BŠ[512B] edge_267_gradients/bn3c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‹ğŞñºƒß
/update_bn3c_branch2a/gamma/ApplyGradientDescent¹³áñºƒ (B“update_bn3c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3c_branch2a/gamma, learning_rate, gradients/bn3c_branch2a/gamma_grad_S267)H¹³áñºƒPÆ

RecvTensor—õŞñºƒ ˜¿(˜¿:"€€€€B[0.2MB] edge_268_gradients/res3c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H—õŞñºƒç
1update_res3c_branch2a/kernel/ApplyGradientDescent¯´áñºƒ 1(1B™update_res3c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3c_branch2a/kernel, learning_rate, gradients/res3c_branch2a/kernel_grad_S268)H¯´áñºƒPÁ

RecvTensorçõŞñºƒ Ê¾(Ê¾:
"€€BŠ[2048B] edge_269_gradients/bn3b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HçõŞñºƒÛ
.update_bn3b_branch2c/beta/ApplyGradientDescentà´áñºƒ (Bupdate_bn3b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2c/beta, learning_rate, gradients/bn3b_branch2c/beta_grad_S269)Hà´áñºƒPÂ

RecvTensoråùŞñºƒ Íº(Íº:
"€€B‹[2048B] edge_270_gradients/bn3b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HåùŞñºƒß
/update_bn3b_branch2c/gamma/ApplyGradientDescentå´áñºƒ (B“update_bn3b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2c/gamma, learning_rate, gradients/bn3b_branch2c/gamma_grad_S270)Hå´áñºƒPÆ

RecvTensor¢ÿŞñºƒ ë¶(ë¶:"€€€€B[0.2MB] edge_271_gradients/res3b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¢ÿŞñºƒç
1update_res3b_branch2c/kernel/ApplyGradientDescent¶áñºƒ 2(2B™update_res3b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3b_branch2c/kernel, learning_rate, gradients/res3b_branch2c/kernel_grad_S271)H¶áñºƒPÀ

RecvTensor½ÿŞñºƒ Ğ¶(Ğ¶:
"€€B‰[512B] edge_272_gradients/bn3b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H½ÿŞñºƒÛ
.update_bn3b_branch2b/beta/ApplyGradientDescent¿¶áñºƒ (Bupdate_bn3b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2b/beta, learning_rate, gradients/bn3b_branch2b/beta_grad_S272)H¿¶áñºƒPÁ

RecvTensorÊ€ßñºƒ Äµ(Äµ:
"€€BŠ[512B] edge_273_gradients/bn3b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÊ€ßñºƒß
/update_bn3b_branch2b/gamma/ApplyGradientDescentÄ¶áñºƒ (B“update_bn3b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2b/gamma, learning_rate, gradients/bn3b_branch2b/gamma_grad_S273)HÄ¶áñºƒPÆ

RecvTensor¸Œßñºƒ Á­(Á­:"€€$€€$B[0.6MB] edge_274_gradients/res3b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¸Œßñºƒç
1update_res3b_branch2b/kernel/ApplyGradientDescentù¹áñºƒ o(oB™update_res3b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3b_branch2b/kernel, learning_rate, gradients/res3b_branch2b/kernel_grad_S274)Hù¹áñºƒPÀ

RecvTensorÓŒßñºƒ §­(§­:
"€€B‰[512B] edge_275_gradients/bn3b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÓŒßñºƒÛ
.update_bn3b_branch2a/beta/ApplyGradientDescentèºáñºƒ (Bupdate_bn3b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2a/beta, learning_rate, gradients/bn3b_branch2a/beta_grad_S275)HèºáñºƒPÁ

RecvTensorÛßñºƒ Ÿ¬(Ÿ¬:
"€€BŠ[512B] edge_276_gradients/bn3b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÛßñºƒß
/update_bn3b_branch2a/gamma/ApplyGradientDescentíºáñºƒ (B“update_bn3b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3b_branch2a/gamma, learning_rate, gradients/bn3b_branch2a/gamma_grad_S276)HíºáñºƒPÆ

RecvTensorş’ßñºƒ ×¨(×¨:"€€€€B[0.2MB] edge_277_gradients/res3b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hş’ßñºƒç
1update_res3b_branch2a/kernel/ApplyGradientDescentÕ»áñºƒ 2(2B™update_res3b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3b_branch2a/kernel, learning_rate, gradients/res3b_branch2a/kernel_grad_S277)HÕ»áñºƒPÀ

RecvTensorÒ“ßñºƒ „¨(„¨:
"€€B‰[2048B] edge_278_gradients/bn3a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÒ“ßñºƒ×
-update_bn3a_branch1/beta/ApplyGradientDescent‡¼áñºƒ (Bupdate_bn3a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch1/beta, learning_rate, gradients/bn3a_branch1/beta_grad_S278)H‡¼áñºƒPÁ

RecvTensorô•ßñºƒ ä¥(ä¥:
"€€BŠ[2048B] edge_279_gradients/bn3a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hô•ßñºƒÛ
.update_bn3a_branch1/gamma/ApplyGradientDescentŒ¼áñºƒ (Bupdate_bn3a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch1/gamma, learning_rate, gradients/bn3a_branch1/gamma_grad_S279)HŒ¼áñºƒPÅ

RecvTensorİ ßñºƒ °(°:"€€ €€ BŒ[0.5MB] edge_280_gradients/res3a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hİ ßñºƒã
0update_res3a_branch1/kernel/ApplyGradientDescent¿áñºƒ e(eB–update_res3a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch1/kernel, learning_rate, gradients/res3a_branch1/kernel_grad_S280)H¿áñºƒPÁ

RecvTensor¬¡ßñºƒ ã(ã:
"€€BŠ[2048B] edge_281_gradients/bn3a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¬¡ßñºƒÛ
.update_bn3a_branch2c/beta/ApplyGradientDescentò¿áñºƒ (Bupdate_bn3a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2c/beta, learning_rate, gradients/bn3a_branch2c/beta_grad_S281)Hò¿áñºƒPÂ

RecvTensor¾¥ßñºƒ Ò™(Ò™:
"€€B‹[2048B] edge_282_gradients/bn3a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¾¥ßñºƒß
/update_bn3a_branch2c/gamma/ApplyGradientDescent÷¿áñºƒ (B“update_bn3a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2c/gamma, learning_rate, gradients/bn3a_branch2c/gamma_grad_S282)H÷¿áñºƒPÆ

RecvTensoréªßñºƒ ‚–(‚–:"€€€€B[0.2MB] edge_283_gradients/res3a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Héªßñºƒç
1update_res3a_branch2c/kernel/ApplyGradientDescentëÀáñºƒ .(.B™update_res3a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch2c/kernel, learning_rate, gradients/res3a_branch2c/kernel_grad_S283)HëÀáñºƒPÀ

RecvTensor„«ßñºƒ ç•(ç•:
"€€B‰[512B] edge_284_gradients/bn3a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H„«ßñºƒÛ
.update_bn3a_branch2b/beta/ApplyGradientDescent™Ááñºƒ (Bupdate_bn3a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2b/beta, learning_rate, gradients/bn3a_branch2b/beta_grad_S284)H™ÁáñºƒPÁ

RecvTensor†¬ßñºƒ æ”(æ”:
"€€BŠ[512B] edge_285_gradients/bn3a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H†¬ßñºƒß
/update_bn3a_branch2b/gamma/ApplyGradientDescentŸÁáñºƒ (B“update_bn3a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2b/gamma, learning_rate, gradients/bn3a_branch2b/gamma_grad_S285)HŸÁáñºƒPÆ

RecvTensor¹·ßñºƒ (:"€€$€€$B[0.6MB] edge_286_gradients/res3a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¹·ßñºƒç
1update_res3a_branch2b/kernel/ApplyGradientDescent×Äáñºƒ h(hB™update_res3a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch2b/kernel, learning_rate, gradients/res3a_branch2b/kernel_grad_S286)H×ÄáñºƒPÀ

RecvTensor¸ßñºƒ ËŒ(ËŒ:
"€€B‰[512B] edge_287_gradients/bn3a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¸ßñºƒÛ
.update_bn3a_branch2a/beta/ApplyGradientDescent¿Åáñºƒ (Bupdate_bn3a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2a/beta, learning_rate, gradients/bn3a_branch2a/beta_grad_S287)H¿ÅáñºƒPÁ

RecvTensor ¼ßñºƒ ¸ˆ(¸ˆ:
"€€BŠ[512B] edge_288_gradients/bn3a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H ¼ßñºƒß
/update_bn3a_branch2a/gamma/ApplyGradientDescentÄÅáñºƒ (B“update_bn3a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn3a_branch2a/gamma, learning_rate, gradients/bn3a_branch2a/gamma_grad_S288)HÄÅáñºƒPÆ

RecvTensor÷Æßñºƒ Îş(Îş:"€€€€B[0.1MB] edge_289_gradients/res3a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H÷Æßñºƒç
1update_res3a_branch2a/kernel/ApplyGradientDescentÉÅáñºƒ (B™update_res3a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res3a_branch2a/kernel, learning_rate, gradients/res3a_branch2a/kernel_grad_S289)HÉÅáñºƒPÁ

RecvTensor‘Èßñºƒ µı(µı:
"€€BŠ[1024B] edge_290_gradients/bn2c_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H‘ÈßñºƒÛ
.update_bn2c_branch2c/beta/ApplyGradientDescentãÅáñºƒ (Bupdate_bn2c_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2c/beta, learning_rate, gradients/bn2c_branch2c/beta_grad_S290)HãÅáñºƒPÂ

RecvTensor™Ğßñºƒ ®õ(®õ:
"€€B‹[1024B] edge_291_gradients/bn2c_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H™Ğßñºƒß
/update_bn2c_branch2c/gamma/ApplyGradientDescentéÅáñºƒ (B“update_bn2c_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2c/gamma, learning_rate, gradients/bn2c_branch2c/gamma_grad_S291)HéÅáñºƒPÇ

RecvTensorÂÕßñºƒ ¼ğ(¼ğ:"€€€€B[65536B] edge_292_gradients/res2c_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÂÕßñºƒç
1update_res2c_branch2c/kernel/ApplyGradientDescentşÅáñºƒ (B™update_res2c_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res2c_branch2c/kernel, learning_rate, gradients/res2c_branch2c/kernel_grad_S292)HşÅáñºƒPÀ

RecvTensorîÕßñºƒ ğ(ğ:
"€€B‰[256B] edge_293_gradients/bn2c_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HîÕßñºƒÛ
.update_bn2c_branch2b/beta/ApplyGradientDescentŒÆáñºƒ (Bupdate_bn2c_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2b/beta, learning_rate, gradients/bn2c_branch2b/beta_grad_S293)HŒÆáñºƒPÁ

RecvTensorî×ßñºƒ î(î:
"€€BŠ[256B] edge_294_gradients/bn2c_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hî×ßñºƒß
/update_bn2c_branch2b/gamma/ApplyGradientDescent‘Æáñºƒ (B“update_bn2c_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2b/gamma, learning_rate, gradients/bn2c_branch2b/gamma_grad_S294)H‘ÆáñºƒPÆ

RecvTensorÿãßñºƒ úâ(úâ:"€€	€€	B[0.1MB] edge_295_gradients/res2c_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hÿãßñºƒç
1update_res2c_branch2b/kernel/ApplyGradientDescentùÆáñºƒ (B™update_res2c_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res2c_branch2b/kernel, learning_rate, gradients/res2c_branch2b/kernel_grad_S295)HùÆáñºƒPÀ

RecvTensor¯äßñºƒ Êâ(Êâ:
"€€B‰[256B] edge_296_gradients/bn2c_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¯äßñºƒÛ
.update_bn2c_branch2a/beta/ApplyGradientDescent–Çáñºƒ (Bupdate_bn2c_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2a/beta, learning_rate, gradients/bn2c_branch2a/beta_grad_S296)H–ÇáñºƒPÁ

RecvTensor¶æßñºƒ Ãà(Ãà:
"€€BŠ[256B] edge_297_gradients/bn2c_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¶æßñºƒß
/update_bn2c_branch2a/gamma/ApplyGradientDescent›Çáñºƒ (B“update_bn2c_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2c_branch2a/gamma, learning_rate, gradients/bn2c_branch2a/gamma_grad_S297)H›ÇáñºƒPÇ

RecvTensorÉëßñºƒ çÛ(çÛ:"€€€€B[65536B] edge_298_gradients/res2c_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÉëßñºƒç
1update_res2c_branch2a/kernel/ApplyGradientDescent°Çáñºƒ (B™update_res2c_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res2c_branch2a/kernel, learning_rate, gradients/res2c_branch2a/kernel_grad_S298)H°ÇáñºƒPÁ

RecvTensorììßñºƒ ÅÚ(ÅÚ:
"€€BŠ[1024B] edge_299_gradients/bn2b_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HììßñºƒÛ
.update_bn2b_branch2c/beta/ApplyGradientDescent¿Çáñºƒ (Bupdate_bn2b_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2c/beta, learning_rate, gradients/bn2b_branch2c/beta_grad_S299)H¿ÇáñºƒPÂ

RecvTensor„õßñºƒ ®Ò(®Ò:
"€€B‹[1024B] edge_300_gradients/bn2b_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H„õßñºƒß
/update_bn2b_branch2c/gamma/ApplyGradientDescentÄÇáñºƒ (B“update_bn2b_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2c/gamma, learning_rate, gradients/bn2b_branch2c/gamma_grad_S300)HÄÇáñºƒPÇ

RecvTensor­úßñºƒ »Í(»Í:"€€€€B[65536B] edge_301_gradients/res2b_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H­úßñºƒç
1update_res2b_branch2c/kernel/ApplyGradientDescentèÇáñºƒ (B™update_res2b_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res2b_branch2c/kernel, learning_rate, gradients/res2b_branch2c/kernel_grad_S301)HèÇáñºƒPÀ

RecvTensorÛúßñºƒ Í(Í:
"€€B‰[256B] edge_302_gradients/bn2b_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÛúßñºƒÛ
.update_bn2b_branch2b/beta/ApplyGradientDescent÷Çáñºƒ (Bupdate_bn2b_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2b/beta, learning_rate, gradients/bn2b_branch2b/beta_grad_S302)H÷ÇáñºƒPÁ

RecvTensorÖüßñºƒ “Ë(“Ë:
"€€BŠ[256B] edge_303_gradients/bn2b_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÖüßñºƒß
/update_bn2b_branch2b/gamma/ApplyGradientDescentıÇáñºƒ (B“update_bn2b_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2b/gamma, learning_rate, gradients/bn2b_branch2b/gamma_grad_S303)HıÇáñºƒPÆ

RecvTensorÍˆàñºƒ —À(—À:"€€	€€	B[0.1MB] edge_304_gradients/res2b_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÍˆàñºƒç
1update_res2b_branch2b/kernel/ApplyGradientDescentäÈáñºƒ (B™update_res2b_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res2b_branch2b/kernel, learning_rate, gradients/res2b_branch2b/kernel_grad_S304)HäÈáñºƒPÀ

RecvTensorüˆàñºƒ è¿(è¿:
"€€B‰[256B] edge_305_gradients/bn2b_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HüˆàñºƒÛ
.update_bn2b_branch2a/beta/ApplyGradientDescent€Éáñºƒ (Bupdate_bn2b_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2a/beta, learning_rate, gradients/bn2b_branch2a/beta_grad_S305)H€ÉáñºƒPÁ

RecvTensorŠ‹àñºƒ Ú½(Ú½:
"€€BŠ[256B] edge_306_gradients/bn2b_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HŠ‹àñºƒß
/update_bn2b_branch2a/gamma/ApplyGradientDescent…Éáñºƒ (B“update_bn2b_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2b_branch2a/gamma, learning_rate, gradients/bn2b_branch2a/gamma_grad_S306)H…ÉáñºƒPÇ

RecvTensorÄàñºƒ ×¸(×¸:"€€€€B[65536B] edge_307_gradients/res2b_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÄàñºƒç
1update_res2b_branch2a/kernel/ApplyGradientDescent›Éáñºƒ (B™update_res2b_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res2b_branch2a/kernel, learning_rate, gradients/res2b_branch2a/kernel_grad_S307)H›ÉáñºƒPÀ

RecvTensorà‘àñºƒ »·(»·:
"€€B‰[1024B] edge_308_gradients/bn2a_branch1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hà‘àñºƒ×
-update_bn2a_branch1/beta/ApplyGradientDescent«Éáñºƒ (Bupdate_bn2a_branch1/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch1/beta, learning_rate, gradients/bn2a_branch1/beta_grad_S308)H«ÉáñºƒPÁ

RecvTensor–àñºƒ ÿ²(ÿ²:
"€€BŠ[1024B] edge_309_gradients/bn2a_branch1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H–àñºƒÛ
.update_bn2a_branch1/gamma/ApplyGradientDescent°Éáñºƒ (Bupdate_bn2a_branch1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch1/gamma, learning_rate, gradients/bn2a_branch1/gamma_grad_S309)H°ÉáñºƒPÆ

RecvTensorÖ›àñºƒ ı­(ı­:"€€€€B[65536B] edge_310_gradients/res2a_branch1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÖ›àñºƒã
0update_res2a_branch1/kernel/ApplyGradientDescentÓÉáñºƒ (B–update_res2a_branch1/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch1/kernel, learning_rate, gradients/res2a_branch1/kernel_grad_S310)HÓÉáñºƒPÁ

RecvTensorõœàñºƒ ß¬(ß¬:
"€€BŠ[1024B] edge_311_gradients/bn2a_branch2c/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HõœàñºƒÛ
.update_bn2a_branch2c/beta/ApplyGradientDescentãÉáñºƒ (Bupdate_bn2a_branch2c/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2c/beta, learning_rate, gradients/bn2a_branch2c/beta_grad_S311)HãÉáñºƒPÂ

RecvTensorµ¥àñºƒ  ¤( ¤:
"€€B‹[1024B] edge_312_gradients/bn2a_branch2c/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hµ¥àñºƒß
/update_bn2a_branch2c/gamma/ApplyGradientDescentèÉáñºƒ (B“update_bn2a_branch2c/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2c/gamma, learning_rate, gradients/bn2a_branch2c/gamma_grad_S312)HèÉáñºƒPÇ

RecvTensorèªàñºƒ £Ÿ(£Ÿ:"€€€€B[65536B] edge_313_gradients/res2a_branch2c/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hèªàñºƒç
1update_res2a_branch2c/kernel/ApplyGradientDescent‹Êáñºƒ (B™update_res2a_branch2c/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch2c/kernel, learning_rate, gradients/res2a_branch2c/kernel_grad_S313)H‹ÊáñºƒPÀ

RecvTensor—«àñºƒ ô(ô:
"€€B‰[256B] edge_314_gradients/bn2a_branch2b/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H—«àñºƒÛ
.update_bn2a_branch2b/beta/ApplyGradientDescent›Êáñºƒ (Bupdate_bn2a_branch2b/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2b/beta, learning_rate, gradients/bn2a_branch2b/beta_grad_S314)H›ÊáñºƒPÁ

RecvTensor­­àñºƒ ßœ(ßœ:
"€€BŠ[256B] edge_315_gradients/bn2a_branch2b/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H­­àñºƒß
/update_bn2a_branch2b/gamma/ApplyGradientDescent Êáñºƒ (B“update_bn2a_branch2b/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2b/gamma, learning_rate, gradients/bn2a_branch2b/gamma_grad_S315)H ÊáñºƒPÆ

RecvTensor»¸àñºƒ Ì’(Ì’:"€€	€€	B[0.1MB] edge_316_gradients/res2a_branch2b/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H»¸àñºƒç
1update_res2a_branch2b/kernel/ApplyGradientDescent‡Ëáñºƒ (B™update_res2a_branch2b/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch2b/kernel, learning_rate, gradients/res2a_branch2b/kernel_grad_S316)H‡ËáñºƒPÀ

RecvTensorå¸àñºƒ ¢’(¢’:
"€€B‰[256B] edge_317_gradients/bn2a_branch2a/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hå¸àñºƒÛ
.update_bn2a_branch2a/beta/ApplyGradientDescent¦Ëáñºƒ (Bupdate_bn2a_branch2a/beta/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2a/beta, learning_rate, gradients/bn2a_branch2a/beta_grad_S317)H¦ËáñºƒPÁ

RecvTensorõºàñºƒ ’(’:
"€€BŠ[256B] edge_318_gradients/bn2a_branch2a/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0Hõºàñºƒß
/update_bn2a_branch2a/gamma/ApplyGradientDescent«Ëáñºƒ (B“update_bn2a_branch2a/gamma/ApplyGradientDescent = ApplyGradientDescent(bn2a_branch2a/gamma, learning_rate, gradients/bn2a_branch2a/gamma_grad_S318)H«ËáñºƒPÇ

RecvTensor ¼àñºƒ õ(õ:"€€€€B[16384B] edge_319_gradients/res2a_branch2a/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H ¼àñºƒç
1update_res2a_branch2a/kernel/ApplyGradientDescent°Ëáñºƒ (B™update_res2a_branch2a/kernel/ApplyGradientDescent = ApplyGradientDescent(res2a_branch2a/kernel, learning_rate, gradients/res2a_branch2a/kernel_grad_S319)H°ËáñºƒP»

RecvTensor¹½àñºƒ Ü(Ü:
"€€B„[256B] edge_320_gradients/bn_conv1/beta_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¹½àñºƒÇ
)update_bn_conv1/beta/ApplyGradientDescent¸Ëáñºƒ (Bupdate_bn_conv1/beta/ApplyGradientDescent = ApplyGradientDescent(bn_conv1/beta, learning_rate, gradients/bn_conv1/beta_grad_S320)H¸ËáñºƒP¼

RecvTensor¸Èàñºƒ İ‚(İ‚:
"€€B…[256B] edge_321_gradients/bn_conv1/gamma_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0H¸ÈàñºƒË
*update_bn_conv1/gamma/ApplyGradientDescent¾Ëáñºƒ (B„update_bn_conv1/gamma/ApplyGradientDescent = ApplyGradientDescent(bn_conv1/gamma, learning_rate, gradients/bn_conv1/gamma_grad_S321)H¾ËáñºƒP¼

RecvTensorÎàñºƒ ¦}(¦}:"€¦€¦B…[37632B] edge_322_gradients/conv1/kernel_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0HÎàñºƒÂ
(update_conv1/kernel/ApplyGradientDescentÃËáñºƒ (B~update_conv1/kernel/ApplyGradientDescent = ApplyGradientDescent(conv1/kernel, learning_rate, gradients/conv1/kernel_grad_S322)HÃËáñºƒP