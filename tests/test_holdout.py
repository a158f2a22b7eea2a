"""The held-out sets (tests/holdout/, written blind to the rules and never tuned against).

posts.jsonl: first blind run 69/80 labelled problems caught, 1/80 clean posts flagged. blind2.jsonl: first blind
run 147/196 caught (legal 0.63, tone 0.37), 31/121 clean posts flagged (25.6%). blind3.jsonl: first blind run
145/160 caught (legal 0.925), 1/90 clean posts flagged. blind4.jsonl: first blind run 166/180 caught (legal
0.917, tone 0.867), 1/80 clean posts flagged. blind5.jsonl: first blind run 149/171 caught (legal 0.850),
3/90 clean posts flagged. blind6.jsonl: first blind run 139/161 caught (legal 0.842), 4/100 clean posts
flagged. blind7.jsonl: first blind run 139/160 caught (legal 0.867, tone 0.75), 3/100 clean posts flagged.
blind8.jsonl: first blind run 150/160 caught (legal 0.942, tone 0.85), 4/100 clean posts flagged.
blind9.jsonl: first blind run 149/163 caught (legal 0.917, tone 0.81), 1/100 clean posts flagged.
blind10.jsonl: first blind run 153/160 caught (legal 0.967, tone 0.85), 3/100 clean posts flagged.
blind11.jsonl: first blind run 151/160 caught (legal 0.958, tone 0.80), 2/100 clean posts flagged.
blind12.jsonl: first blind run 144/160 caught (legal 0.908, tone 0.75), 5/100 clean posts flagged.
blind13.jsonl: first blind run 146/160 caught (legal 0.917, tone 0.80), 2/100 clean posts flagged.
blind14.jsonl: first blind run 145/160 caught (legal 0.908, tone 0.80), 3/100 clean posts flagged.
blind15.jsonl: first blind run 146/160 caught (legal 0.925, tone 0.75), 1/100 clean posts flagged.
blind16.jsonl: first blind run 143/160 caught (legal 0.925, tone 0.60), 4/100 clean posts flagged.
blind17.jsonl: first blind run 146/160 caught (legal 0.942, tone 0.75), 0/100 clean posts flagged.
blind18.jsonl: first blind run 151/160 caught (legal 0.950, tone 0.90), 5/100 clean posts flagged.
blind19.jsonl: first blind run 151/164 caught (legal 0.925, tone 0.90), 6/100 clean posts flagged (3 blocked).
blind20.jsonl: first blind run 135/163 caught (legal 0.808, tone 0.86), 6/100 clean posts flagged (2 blocked).
blind21.jsonl: first blind run 148/161 caught (legal 0.950, tone 0.70), 3/100 clean posts flagged (2 blocked).
blind22.jsonl: first blind run 151/161 caught (legal 0.925, tone 0.95), 8/100 clean posts flagged (2 blocked).
blind23.jsonl: first blind run 145/163 caught (legal 0.875, tone 0.86), 5/100 clean posts flagged (none blocked).
blind24.jsonl: first blind run 142/161 caught (legal 0.883, tone 0.75), 2/100 clean posts flagged (none blocked).
blind25.jsonl: first blind run 142/162 caught (legal 0.850, tone 0.90), 3/100 clean posts flagged (none blocked).
blind26.jsonl: first blind run 147/164 caught (legal 0.858, tone 1.00), 3/100 clean posts flagged (none blocked).
blind27.jsonl: first blind run 146/162 caught (legal 0.892, tone 0.86), 2/100 clean posts flagged (none blocked).
blind28.jsonl: first blind run 152/162 caught (legal 0.942, tone 0.85), 1/100 clean posts flagged (none blocked).
blind29.jsonl: first blind run 147/163 caught (legal 0.917, tone 0.71), 1/100 clean posts flagged (none blocked).
blind30.jsonl: first blind run 151/163 caught (legal 0.917, tone 0.90), 3/100 clean posts flagged (2 blocked).
blind31.jsonl: first blind run 152/160 caught (legal 0.950, tone 0.90), 3/100 clean posts flagged (none blocked).
blind32.jsonl: first blind run 142/163 caught (legal 0.875, tone 0.81), 4/100 clean posts flagged (none blocked).
blind33.jsonl: first blind run 144/162 caught (legal 0.875, tone 0.90), 0/100 clean posts flagged (none blocked).
blind34.jsonl: first blind run 152/164 caught (legal 0.917, tone 0.91), 0/100 clean posts flagged (none blocked).
blind35.jsonl: first blind run 131/140 caught (privacy 0.900, legal 1.00), 2/120 clean posts flagged (none blocked).
blind36.jsonl: first blind run 121/140 caught (privacy 0.825, legal 0.93), 3/120 clean posts flagged (none blocked).
blind37.jsonl: first blind run 132/140 caught (privacy 0.900, legal 1.00), 7/120 clean posts flagged (none blocked).
blind38.jsonl: first blind run 153/163 caught (legal 0.942, tone 0.90), 4/100 clean posts flagged (none blocked).
blind39.jsonl: first blind run 131/140 caught (privacy 0.925, legal 0.93), 3/120 clean posts flagged (none blocked).
blind40.jsonl: first blind run 150/162 caught (legal 0.933, tone 0.86), 4/100 clean posts flagged (none blocked).
blind41.jsonl: first blind run 117/141 caught (privacy 0.788, tone 0.45), 9/120 clean posts flagged (none blocked).
blind42.jsonl: first blind run 145/164 caught (legal 0.892, tone 0.76), 2/100 clean posts flagged (none blocked).
blind43.jsonl: first blind run 132/140 caught (privacy 0.913, legal 1.00), 7/120 clean posts flagged (none blocked).
blind44.jsonl: first blind run 147/162 caught (legal 0.908, tone 0.81), 4/100 clean posts flagged (none blocked).
blind45.jsonl: first blind run 133/140 caught (privacy 0.950, legal 0.97), 2/120 clean posts flagged (none blocked).
blind46.jsonl: first blind run 153/164 caught (legal 0.925, tone 0.90), 3/100 clean posts flagged (none blocked).
blind47.jsonl: first blind run 128/140 caught (privacy 0.850, legal 1.00), 7/120 clean posts flagged (none blocked).
blind48.jsonl: first blind run 149/162 caught (legal 0.933, tone 0.81), 2/100 clean posts flagged (none blocked).
blind49.jsonl: first blind run 134/141 caught (privacy 0.926, legal 0.97), 6/120 clean posts flagged (none blocked).
blind50.jsonl: first blind run 149/164 caught (legal 0.900, tone 0.90), 3/100 clean posts flagged (none blocked).
blind51.jsonl: first blind run 131/140 caught (privacy 0.888, legal 1.00), 5/120 clean posts flagged (none blocked).
blind52.jsonl: first blind run 144/161 caught (legal 0.883, tone 0.90), 3/100 clean posts flagged (2 blocked).
blind53.jsonl: first blind run 131/141 caught (privacy 0.900, legal 0.97), 4/120 clean posts flagged (none blocked).
blind54.jsonl: first blind run 149/165 caught (legal 0.883, tone 0.95), 4/100 clean posts flagged (none blocked).
blind55.jsonl: first blind run 131/140 caught (privacy 0.925, legal 0.93), 6/120 clean posts flagged (none blocked).
blind56.jsonl: first blind run 153/164 caught (legal 0.942, tone 0.90), 1/100 clean posts flagged (none blocked).
blind57.jsonl: first blind run 133/140 caught (privacy 0.925, legal 0.97), 2/120 clean posts flagged (1 blocked).
blind58.jsonl: first blind run 148/160 caught (legal 0.925, tone 0.90), 0/100 clean posts flagged.
blind59.jsonl: first blind run 135/140 caught (privacy 0.938, legal 1.00), 5/120 clean posts flagged (none blocked).
blind60.jsonl: first blind run 154/160 caught (legal 0.967, tone 0.90), 1/100 clean posts flagged (none blocked).
blind61.jsonl: first blind run 116/140 caught (privacy 0.775, legal 0.90), 5/120 clean posts flagged (1 blocked).
blind62.jsonl: first blind run 149/177 caught (legal 0.850, tone 0.84), 6/100 clean posts flagged (none blocked).
blind63.jsonl: first blind run 119/140 caught (privacy 0.800, legal 0.87), 4/120 clean posts flagged (none blocked).
blind64.jsonl: first blind run 147/171 caught (legal 0.867, tone 0.71), 2/100 clean posts flagged (none blocked).
blind65.jsonl: first blind run 124/140 caught (privacy 0.875, legal 0.93), 7/120 clean posts flagged (none blocked).
blind66.jsonl: first blind run 138/165 caught (legal 0.842, tone 0.68), 2/100 clean posts flagged (none blocked).
blind67.jsonl: first blind run 123/169 caught (legal 0.742, tone 0.65), 2/100 clean posts flagged (none blocked).
blind68.jsonl: first blind run 122/140 caught (privacy 0.800, legal 0.93), 1/120 clean posts flagged (none blocked).
blind69.jsonl: first blind run 137/177 caught (legal 0.808, tone 0.90), 2/100 clean posts flagged (1 blocked).
blind70.jsonl: first blind run 107/140 caught (privacy 0.613, legal 0.97), 1/120 clean posts flagged (none blocked).
blind71.jsonl: first blind run 119/140 caught (privacy 0.788, legal 0.87), 3/120 clean posts flagged (none blocked).
blind72.jsonl: first blind run 136/171 caught (legal 0.825, tone 0.80), 1/100 clean posts flagged (none blocked).
blind73.jsonl: first blind run 131/173 caught (legal 0.750, tone 0.85), 2/100 clean posts flagged (1 blocked).
blind74.jsonl: first blind run 112/140 caught (privacy 0.688, legal 0.93), 7/120 clean posts flagged (none blocked).
blind75.jsonl: first blind run 136/171 caught (legal 0.775, tone 0.83), 0/100 clean posts flagged.
blind76.jsonl: first blind run 125/140 caught (privacy 0.838, legal 0.97), 6/120 clean posts flagged (none blocked).
blind77.jsonl: first blind run 130/164 caught (legal 0.733, tone 0.90), 0/100 clean posts flagged.
blind78.jsonl: first blind run 127/143 caught (privacy 0.807, legal 1.00), 3/120 clean posts flagged (none blocked).
blind79.jsonl: first blind run 126/164 caught (legal 0.750, tone 0.71), 1/100 clean posts flagged (1 blocked).
blind80.jsonl: first blind run 110/140 caught (privacy 0.675, legal 0.93), 2/120 clean posts flagged (none blocked).
blind81.jsonl: first blind run 136/173 caught (legal 0.783, tone 0.90), 2/100 clean posts flagged (none blocked).
blind82.jsonl: first blind run 107/141 caught (privacy 0.617, legal 0.93), 4/120 clean posts flagged (none blocked).
blind83.jsonl: first blind run 139/170 caught (legal 0.825, tone 0.90), 1/100 clean posts flagged (1 blocked).
blind84.jsonl: first blind run 110/140 caught (privacy 0.663, legal 0.97), 5/120 clean posts flagged (none blocked).
blind85.jsonl: first blind run 140/172 caught (legal 0.850, tone 0.80), 2/100 clean posts flagged (1 blocked).
blind86.jsonl: first blind run 110/140 caught (privacy 0.638, legal 0.97), 3/120 clean posts flagged (none blocked).
blind87.jsonl: first blind run 142/164 caught (legal 0.850, tone 0.80), 2/100 clean posts flagged (none blocked).
blind88.jsonl: first blind run 120/141 caught (privacy 0.763, legal 1.00), 4/120 clean posts flagged (none blocked).
blind89.jsonl: first blind run 129/167 caught (legal 0.750, tone 0.75), 1/100 clean posts flagged (none blocked).
blind90.jsonl: first blind run 112/141 caught (privacy 0.691, legal 0.93), 7/120 clean posts flagged (none blocked).
blind91.jsonl: first blind run 138/162 caught (legal 0.842, tone 0.85), 2/100 clean posts flagged (none blocked).
blind92.jsonl: first blind run 118/141 caught (privacy 0.753, legal 0.90), 6/120 clean posts flagged (none blocked).
blind93.jsonl: first blind run 140/169 caught (legal 0.842, tone 0.80), 1/100 clean posts flagged (none blocked).
blind94.jsonl: first blind run 126/140 caught (privacy 0.838, legal 0.97), 4/120 clean posts flagged (none blocked).
blind95.jsonl: first blind run 148/171 caught (legal 0.842, tone 1.00), 0/100 clean posts flagged (none blocked).
blind96.jsonl: first blind run 124/140 caught (privacy 0.825, legal 0.97), 0/120 clean posts flagged (none blocked).
blind97.jsonl: first blind run 136/165 caught (legal 0.817, tone 0.71), 1/100 clean posts flagged (none blocked).
blind98.jsonl: first blind run 124/140 caught (privacy 0.813, legal 0.97), 1/120 clean posts flagged (none blocked).
blind99.jsonl: first blind run 137/177 caught (legal 0.825, tone 0.67), 0/100 clean posts flagged (none blocked).
blind100.jsonl: first blind run 117/140 caught (privacy 0.775, legal 0.90), 4/120 clean posts flagged (none blocked).
blind101.jsonl: first blind run 142/164 caught (legal 0.842, tone 0.86), 0/100 clean posts flagged (none blocked).
blind102.jsonl: first blind run 111/140 caught (privacy 0.675, legal 0.93), 2/120 clean posts flagged (1 blocked).
blind103.jsonl: first blind run 135/162 caught (legal 0.800, tone 0.85), 0/100 clean posts flagged (none blocked).
blind104.jsonl: first blind run 122/140 caught (privacy 0.813, legal 0.93), 2/120 clean posts flagged (none blocked).
blind105.jsonl: first blind run 136/165 caught (legal 0.783, tone 0.95), 0/100 clean posts flagged (none blocked).
blind106.jsonl: first blind run 122/140 caught (privacy 0.825, legal 1.00), 4/120 clean posts flagged (none blocked).
blind107.jsonl: first blind run 145/161 caught (legal 0.883, tone 0.90), 3/100 clean posts flagged (1 blocked).
blind108.jsonl: first blind run 124/142 caught (privacy 0.813, legal 1.00), 1/120 clean posts flagged (none blocked).
blind109.jsonl: first blind run 134/168 caught (legal 0.792, tone 0.81), 1/100 clean posts flagged (none blocked).
blind110.jsonl: first blind run 118/140 caught (privacy 0.763, legal 0.93), 0/120 clean posts flagged.
blind111.jsonl: first blind run 140/165 caught (legal 0.833, tone 0.77), 5/100 clean posts flagged (1 blocked).
blind112.jsonl: first blind run 126/140 caught (privacy 0.850, legal 1.00), 4/120 clean posts flagged (1 blocked).
blind113.jsonl: first blind run 140/170 caught (legal 0.825, tone 0.85), 1/100 clean posts flagged (none blocked).
blind114.jsonl: first blind run 125/140 caught (privacy 0.850, legal 0.97), 5/120 clean posts flagged (none blocked).
blind115.jsonl: first blind run 135/168 caught (legal 0.783, tone 0.85), 5/100 clean posts flagged (none blocked).
blind116.jsonl: first blind run 120/140 caught (privacy 0.750, legal 1.00), 2/120 clean posts flagged (none blocked).
blind117.jsonl: first blind run 139/162 caught (legal 0.842, tone 0.80), 1/100 clean posts flagged (none blocked).
blind118.jsonl: first blind run 122/141 caught (privacy 0.802, legal 0.97), 3/120 clean posts flagged (none blocked).
blind119.jsonl: first blind run 146/167 caught (legal 0.858, tone 0.90), 8/100 clean posts flagged (6 blocked).
blind120.jsonl: first blind run 125/140 caught (privacy 0.8125, legal 1.00), 1/120 clean posts flagged (none blocked).
blind121.jsonl: first blind run 142/168 caught (legal 0.858, tone 0.68), 3/100 clean posts flagged (none blocked).
blind122.jsonl: first blind run 124/140 caught (privacy 0.8125, legal 1.00), 2/120 clean posts flagged (none blocked).
blind123.jsonl: first blind run 142/160 caught (legal 0.875, tone 0.85), 1/100 clean posts flagged (none blocked).
blind124.jsonl: first blind run 122/140 caught (privacy 0.7875, legal 1.00), 2/120 clean posts flagged (none blocked).
blind125.jsonl: first blind run 148/160 caught (legal 0.925, tone 0.90), 3/100 clean posts flagged (none blocked).
blind126.jsonl: first blind run 125/140 caught (privacy 0.8375, legal 0.97), 2/120 clean posts flagged (none blocked).
blind127.jsonl: first blind run 142/161 caught (legal 0.858, tone 0.95), 1/100 clean posts flagged (none blocked).
blind128.jsonl: first blind run 122/140 caught (privacy 0.80, legal 0.97), 1/120 clean posts flagged (none blocked).
blind129.jsonl: first blind run 136/160 caught (legal 0.85, tone 0.70), 1/100 clean posts flagged (none blocked).
blind130.jsonl: first blind run 130/140 caught (privacy 0.90, legal 1.00), 2/120 clean posts flagged (none blocked).
blind131.jsonl: first blind run 146/161 caught (legal 0.908, tone 0.80), 3/100 clean posts flagged (none blocked).
blind132.jsonl: first blind run 118/140 caught (privacy 0.775, legal 0.97), 6/120 clean posts flagged (none blocked).
blind133.jsonl: first blind run 138/160 caught (legal 0.842, tone 0.90), 1/100 clean posts flagged (none blocked).
blind134.jsonl: first blind run 125/140 caught (privacy 0.875, legal 0.93), 2/120 clean posts flagged (none blocked).
blind135.jsonl: first blind run 141/161 caught (legal 0.85, tone 0.90), 2/100 clean posts flagged (none blocked).
blind136.jsonl: first blind run 128/140 caught (privacy 0.8625, legal 0.97), 1/120 clean posts flagged (none blocked).
blind137.jsonl: first blind run 138/160 caught (legal 0.858, tone 0.75), 2/100 clean posts flagged (none blocked).
blind138.jsonl: first blind run 128/140 caught (privacy 0.8625, legal 0.97), 2/120 clean posts flagged (none blocked).
blind139.jsonl: first blind run 140/160 caught (legal 0.917, tone 0.50), 0/100 clean posts flagged.
blind140.jsonl: first blind run 127/140 caught (privacy 0.8625, legal 0.97), 4/120 clean posts flagged (none blocked).
blind141.jsonl: first blind run 148/160 caught (legal 0.90, tone 1.00), 1/100 clean posts flagged (none blocked).
blind142.jsonl: first blind run 127/140 caught (privacy 0.85, legal 0.97), 1/120 clean posts flagged (none blocked).
blind143.jsonl: first blind run 150/161 caught (legal 0.925, tone 0.90), 1/100 clean posts flagged (none blocked).
blind144.jsonl: first blind run 129/140 caught (privacy 0.875, legal 1.00), 1/120 clean posts flagged (none blocked).
blind145.jsonl: first blind run 143/162 caught (legal 0.883, tone 0.76), 2/100 clean posts flagged (none blocked).
blind146.jsonl: first blind run 126/140 caught (privacy 0.825, legal 1.00), 5/120 clean posts flagged (none blocked).
blind147.jsonl: first blind run 148/162 caught (legal 0.89, tone 1.00), 3/100 clean posts flagged (none blocked).
blind148.jsonl: first blind run 123/140 caught (privacy 0.8375, legal 0.97), 1/120 clean posts flagged (1 blocked).
blind149.jsonl: first blind run 146/161 caught (legal 0.90, tone 0.85), 1/100 clean posts flagged (none blocked).
blind150.jsonl: first blind run 128/140 caught (privacy 0.8875, legal 0.97), 4/120 clean posts flagged (none blocked).
blind151.jsonl: first blind run 148/160 caught (legal 0.917, tone 0.90), 0/100 clean posts flagged (none blocked).
blind152.jsonl: first blind run 125/140 caught (privacy 0.825, legal 1.00), 1/120 clean posts flagged (none blocked).
blind153.jsonl: first blind run 156/160 caught (legal 0.975, tone 0.95), 2/100 clean posts flagged (none blocked).
blind154.jsonl: first blind run 130/140 caught (privacy 0.9125, legal 0.97), 2/120 clean posts flagged (none blocked).
blind155.jsonl: first blind run 145/160 caught (legal 0.908, tone 0.85), 1/100 clean posts flagged (none blocked).
blind156.jsonl: first blind run 126/140 caught (privacy 0.8375, legal 1.00), 1/120 clean posts flagged (none blocked).
blind157.jsonl: first blind run 148/160 caught (legal 0.933, tone 0.80), 2/100 clean posts flagged (none blocked).
blind158.jsonl: first blind run 130/140 caught (privacy 0.925, legal 0.97), 4/120 clean posts flagged (none blocked).
blind159.jsonl: first blind run 151/160 caught (legal 0.958, tone 0.90), 1/100 clean posts flagged (none blocked).
blind160.jsonl: first blind run 131/140 caught (privacy 0.9125, legal 0.97), 3/120 clean posts flagged (none blocked).
blind161.jsonl: first blind run 148/160 caught (legal 0.933, tone 0.80), 1/100 clean posts flagged (none blocked).
blind162.jsonl: first blind run 124/140 caught (privacy 0.8625, legal 0.93), 3/120 clean posts flagged (none blocked).
blind163.jsonl: first blind run 146/161 caught (legal 0.892, tone 0.90), 0/100 clean posts flagged.
blind164.jsonl: first blind run 122/140 caught (privacy 0.8125, legal 0.97), 2/120 clean posts flagged (none blocked).
blind165.jsonl: first blind run 150/161 caught (legal 0.925, tone 0.90), 0/100 clean posts flagged.
blind166.jsonl: first blind run 125/140 caught (privacy 0.875, legal 0.93), 1/120 clean posts flagged (1 blocked).
blind167.jsonl: first blind run 148/161 caught (legal 0.90, tone 0.95), 5/100 clean posts flagged (none blocked).
blind168.jsonl: first blind run 127/140 caught (privacy 0.8875, legal 0.93), 2/120 clean posts flagged (none blocked).
blind169.jsonl: first blind run 152/160 caught (legal 0.95, tone 0.90), 1/100 clean posts flagged (none blocked).
blind170.jsonl: first blind run 126/140 caught (privacy 0.925, legal 0.93), 1/120 clean posts flagged (none blocked).
blind171.jsonl: first blind run 146/160 caught (legal 0.925, tone 0.75), 1/100 clean posts flagged (none blocked).
blind172.jsonl: first blind run 130/140 caught (privacy 0.90, legal 0.97), 1/120 clean posts flagged (none blocked).
blind173.jsonl: first blind run 152/162 caught (legal 0.925, tone 0.95), 1/100 clean posts flagged (none blocked).
blind174.jsonl: first blind run 132/140 caught (privacy 0.925, legal 1.00), 2/120 clean posts flagged (none blocked).
blind175.jsonl: first blind run 144/161 caught (legal 0.90, tone 0.81), 0/100 clean posts flagged.
blind176.jsonl: first blind run 130/140 caught (privacy 0.9125, legal 0.97), 3/120 clean posts flagged (none blocked).
blind177.jsonl: first blind run 147/160 caught (legal 0.933, tone 0.80), 3/100 clean posts flagged (none blocked).
blind178.jsonl: first blind run 124/140 caught (privacy 0.8125, legal 1.00), 1/120 clean posts flagged (none blocked).
blind179.jsonl: first blind run 153/161 caught (legal 0.958, tone 0.85), 1/100 clean posts flagged (none blocked).
blind180.jsonl: first blind run 134/140 caught (privacy 0.9375, legal 1.00), 1/120 clean posts flagged (none blocked).
blind181.jsonl: first blind run 153/165 caught (legal 0.942, tone 0.83), 2/100 clean posts flagged (none blocked).
blind182.jsonl: first blind run 125/140 caught (privacy 0.825, legal 1.00), 3/120 clean posts flagged (none blocked).
blind183.jsonl: first blind run 145/160 caught (legal 0.90, tone 0.90), 2/100 clean posts flagged (none blocked).
blind184.jsonl: first blind run 133/140 caught (privacy 0.9375, legal 0.97), 6/120 clean posts flagged (none blocked).
blind185.jsonl: first blind run 153/160 caught (legal 0.958, tone 0.90), 1/100 clean posts flagged (none blocked).
blind186.jsonl: first blind run 124/140 caught (privacy 0.8375, legal 0.93), 2/120 clean posts flagged (none blocked).
blind187.jsonl: first blind run 151/160 caught (legal 0.95, tone 0.90), 1/100 clean posts flagged (none blocked).
blind188.jsonl: first blind run 134/141 caught (privacy 0.925, legal 1.00), 1/120 clean posts flagged (none blocked).
blind189.jsonl: first blind run 148/160 caught (legal 0.925, tone 0.85), 1/100 clean posts flagged (none blocked).
blind190.jsonl: first blind run 127/140 caught (privacy 0.8625, legal 0.97), 3/120 clean posts flagged (none blocked).
blind191.jsonl: first blind run 145/160 caught (legal 0.892, tone 0.90), 1/100 clean posts flagged (none blocked).
blind192.jsonl: first blind run 126/140 caught (privacy 0.875, legal 0.90), 1/120 clean posts flagged (1 blocked, as on the
start code).
blind193.jsonl: first blind run 154/160 caught (legal 0.958, tone 0.95), 0/100 clean posts flagged.
blind194.jsonl: first blind run 129/140 caught (privacy 0.9125, legal 0.97), 3/120 clean posts flagged (none blocked).
blind195.jsonl: first blind run 140/162 caught (legal 0.925, tone 0.48), 0/100 clean posts flagged.
blind196.jsonl: first blind run 131/140 caught (privacy 0.9125, legal 1.00), 0/120 clean posts flagged.
blind197.jsonl: first blind run 153/160 caught (legal 0.967, tone 0.85), 0/100 clean posts flagged.
blind198.jsonl: first blind run 132/140 caught (privacy 0.9375, legal 1.00), 3/120 clean posts flagged (none blocked).
blind199.jsonl: first blind run 145/161 caught (legal 0.90, tone 0.80), 0/100 clean posts flagged.
blind200.jsonl: first blind run 132/140 caught (privacy 0.90, legal 1.00), 2/120 clean posts flagged (none blocked).
blind201.jsonl: first blind run 150/160 caught (legal 0.925, tone 0.95), 0/100 clean posts flagged.
blind202.jsonl: first blind run 129/140 caught (privacy 0.9125, legal 0.97), 4/120 clean posts flagged (none blocked).
blind203.jsonl: first blind run 150/160 caught (legal 0.925, tone 0.95), 2/100 clean posts flagged (none blocked).
blind204.jsonl: first blind run 121/140 caught (privacy 0.825, legal 0.93), 5/120 clean posts flagged (none blocked).
blind205.jsonl: first blind run 151/160 caught (legal 0.95, tone 0.85), 1/100 clean posts flagged (none blocked).
blind206.jsonl: first blind run 126/140 caught (privacy 0.875, legal 0.97), 2/120 clean posts flagged (none blocked).
blind207.jsonl: first blind run 147/163 caught (legal 0.925, tone 0.70), 2/100 clean posts flagged (none blocked).
blind208.jsonl: first blind run 133/140 caught (privacy 0.9375, legal 1.00), 7/120 clean posts flagged (none blocked).
blind209.jsonl: first blind run 145/160 caught (legal 0.908, tone 0.80), 0/100 clean posts flagged.
blind210.jsonl: first blind run 127/140 caught (privacy 0.875, legal 0.97), 0/120 clean posts flagged.
blind211.jsonl: first blind run 149/160 caught (legal 0.933, tone 0.90), 0/100 clean posts flagged.
blind212.jsonl: first blind run 133/140 caught (privacy 0.925, legal 0.97), 2/120 clean posts flagged (1 blocked).
blind213.jsonl: first blind run 152/160 caught (legal 0.958, tone 0.85), 1/100 clean posts flagged.
blind214.jsonl: first blind run 130/141 caught (privacy 0.90, legal 1.00), 1/120 clean posts flagged.
blind215.jsonl: first blind run 147/160 caught (legal 0.917, tone 0.85), 1/100 clean posts flagged.
blind216.jsonl: first blind run 131/140 caught (privacy 0.887, legal 1.00), 9/120 clean posts flagged (1 blocked).
blind217.jsonl: first blind run 148/164 caught (legal 0.908, tone 0.81), 3/100 clean posts flagged.
blind218.jsonl: first blind run 134/141 caught (privacy 0.938, legal 1.00), 1/120 clean posts flagged (1 blocked).
blind219.jsonl: first blind run 153/161 caught (legal 0.958, tone 0.85), 1/100 clean posts flagged.
blind220.jsonl: first blind run 127/140 caught (privacy 0.863, legal 1.00), 3/120 clean posts flagged.
blind221.jsonl: first blind run 145/160 caught (legal 0.917, tone 0.85), 3/100 clean posts flagged.
blind222.jsonl: first blind run 133/140 caught (privacy 0.938, legal 0.97), 0/120 clean posts flagged.
blind223.jsonl: first blind run 144/160 caught (legal 0.917, tone 0.75), 1/100 clean posts flagged.
blind224.jsonl: first blind run 121/140 caught (privacy 0.812, legal 0.97), 3/120 clean posts flagged.
blind225.jsonl: first blind run 152/160 caught (legal 0.950, tone 0.95), 0/100 clean posts flagged.
blind226.jsonl: first blind run 133/140 caught (privacy 0.938, legal 1.00), 2/120 clean posts flagged.
blind227.jsonl: first blind run 149/164 caught (legal 0.908, tone 0.86), 2/100 clean posts flagged.
blind228.jsonl: first blind run 131/140 caught (privacy 0.912, legal 1.00), 1/120 clean posts flagged.
blind229.jsonl: first blind run 144/160 caught (legal 0.892, tone 0.90), 3/100 clean posts flagged.
blind230.jsonl: first blind run 136/140 caught (privacy 0.950, legal 1.00), 3/120 clean posts flagged.
blind231.jsonl: first blind run 152/161 caught (legal 0.942, tone 0.90), 1/100 clean posts flagged.
blind232.jsonl: first blind run 128/140 caught (privacy 0.875, legal 0.97), 4/120 clean posts flagged.
blind233.jsonl: first blind run 150/160 caught (legal 0.933, tone 0.95), 3/100 clean posts flagged.
blind234.jsonl: first blind run 123/141 caught (privacy 0.827, legal 0.97), 1/120 clean posts flagged.
blind235.jsonl: first blind run 148/166 caught (legal 0.917, tone 0.71), 1/100 clean posts flagged.
blind236.jsonl: first blind run 133/140 caught (privacy 0.950, legal 0.93), 0/120 clean posts flagged.
blind237.jsonl: first blind run 137/168 caught (legal 0.792, tone 0.91), 1/100 clean posts flagged.
blind238.jsonl: first blind run 122/140 caught (privacy 0.875, legal 0.87), 5/120 clean posts flagged.
blind239.jsonl: first blind run 144/168 caught (legal 0.817, tone 0.90), 7/100 clean posts flagged.
blind240.jsonl: first blind run 121/140 caught (privacy 0.825, legal 1.00), 3/120 clean posts flagged.
blind241.jsonl: first blind run 137/165 caught (legal 0.800, tone 0.86), 10/100 clean posts flagged.
blind242.jsonl: first blind run 122/140 caught (privacy 0.812, legal 0.93), 3/120 clean posts flagged.
blind243.jsonl: first blind run 150/164 caught (legal 0.908, tone 0.90), 2/100 clean posts flagged.
blind244.jsonl: first blind run 120/140 caught (privacy 0.800, legal 0.93), 5/120 clean posts flagged.
blind245.jsonl: first blind run 147/164 caught (legal 0.892, sensitivity 1.00), 1/100 clean posts flagged.
blind246.jsonl: first blind run 123/141 caught (privacy 0.802, legal 1.00), 5/120 clean posts flagged.
blind247.jsonl: first blind run 140/170 caught (legal 0.833, tone 0.67), 0/100 clean posts flagged.
blind248.jsonl: first blind run 120/143 caught (privacy 0.802, legal 0.90), 4/120 clean posts flagged.
blind249.jsonl: first blind run 143/162 caught (legal 0.850, tone 0.95), 4/100 clean posts flagged.
blind250.jsonl: first blind run 121/140 caught (privacy 0.812, legal 0.97), 1/120 clean posts flagged.
blind251.jsonl: first blind run 141/162 caught (legal 0.867, tone 0.76), 2/100 clean posts flagged.
blind252.jsonl: first blind run 127/141 caught (privacy 0.887, legal 1.00), 6/120 clean posts flagged.
blind253.jsonl: first blind run 137/162 caught (legal 0.817, tone 0.85), 1/100 clean posts flagged.
blind254.jsonl: first blind run 126/140 caught (privacy 0.925, legal 0.93), 5/120 clean posts flagged.
blind255.jsonl: first blind run 137/162 caught (legal 0.842, tone 0.76), 5/100 clean posts flagged.
blind256.jsonl: first blind run 119/140 caught (privacy 0.812, legal 0.93), 0/120 clean posts flagged.
blind257.jsonl: first blind run 145/163 caught (legal 0.883, tone 0.86), 1/100 clean posts flagged.
blind258.jsonl: first blind run 121/140 caught (privacy 0.838, legal 0.90), 7/120 clean posts flagged.
blind259.jsonl: first blind run 143/164 caught (legal 0.867, tone 0.80), 4/100 clean posts flagged.
blind260.jsonl: first blind run 123/140 caught (privacy 0.838, legal 0.93), 1/120 clean posts flagged.
blind261.jsonl: first blind run 148/161 caught (legal 0.892, tone 1.00), 0/100 clean posts flagged.
blind262.jsonl: first blind run 124/141 caught (privacy 0.852, legal 1.00), 7/120 clean posts flagged.
blind263.jsonl: first blind run 139/161 caught (legal 0.858, tone 0.75), 6/100 clean posts flagged.
blind264.jsonl: first blind run 126/140 caught (privacy 0.850, legal 0.97), 6/120 clean posts flagged.
blind265.jsonl: first blind run 152/165 caught (legal 0.925, tone 0.86), 2/100 clean posts flagged.
blind266.jsonl: first blind run 124/140 caught (privacy 0.838, legal 1.00), 7/120 clean posts flagged.
blind267.jsonl: first blind run 154/166 caught (legal 0.925, tone 0.91), 4/100 clean posts flagged.
blind268.jsonl: first blind run 127/140 caught (privacy 0.900, legal 0.97), 10/120 clean posts flagged.
blind269.jsonl: first blind run 150/172 caught (legal 0.842, tone 0.88), 5/100 clean posts flagged.
blind270.jsonl: first blind run 128/140 caught (privacy 0.875, legal 0.97), 4/120 clean posts flagged.
blind271.jsonl: first blind run 141/165 caught (legal 0.825, tone 0.86), 0/100 clean posts flagged.
blind272.jsonl: first blind run 126/140 caught (privacy 0.900, legal 0.93), 1/120 clean posts flagged.
blind273.jsonl: first blind run 141/164 caught (legal 0.842, tone 0.81), 7/100 clean posts flagged.
blind274.jsonl: first blind run 123/140 caught (privacy 0.812, legal 1.00), 15/120 clean posts flagged (1 blocked).
blind275.jsonl: first blind run 138/163 caught (legal 0.842, tone 0.73), 6/100 clean posts flagged.
blind276.jsonl: first blind run 115/142 caught (privacy 0.775, legal 0.90), 5/120 clean posts flagged.
blind277.jsonl: first blind run 144/166 caught (legal 0.858, tone 0.81), 1/100 clean posts flagged.
blind278.jsonl: first blind run 122/141 caught (privacy 0.875, legal 0.83), 2/120 clean posts flagged.
blind279.jsonl: first blind run 145/164 caught (legal 0.867, tone 0.90), 5/100 clean posts flagged.
blind280.jsonl: first blind run 129/140 caught (privacy 0.938, legal 0.93), 13/120 clean posts flagged (1 blocked).
blind281.jsonl: first blind run 148/167 caught (legal 0.892, tone 0.77), 3/100 clean posts flagged.
blind282.jsonl: first blind run 128/140 caught (privacy 0.875, legal 0.97), 2/120 clean posts flagged.
blind283.jsonl: first blind run 139/165 caught (legal 0.800, tone 0.91), 5/100 clean posts flagged.
blind284.jsonl: first blind run 117/140 caught (privacy 0.775, legal 0.90), 3/120 clean posts flagged.
blind285.jsonl: first blind run 144/164 caught (legal 0.867, sensitivity 0.91), 3/100 clean posts flagged (1 blocked).
blind286.jsonl: first blind run 124/141 caught (privacy 0.912, legal 0.84), 6/120 clean posts flagged.
blind287.jsonl: first blind run 148/162 caught (legal 0.925, sensitivity 1.00), 2/100 clean posts flagged.
blind288.jsonl: first blind run 115/140 caught (privacy 0.750, legal 0.97), 1/120 clean posts flagged.
blind289.jsonl: first blind run 147/161 caught (legal 0.908, sensitivity 0.95), 8/100 clean posts flagged.
blind290.jsonl: first blind run 115/141 caught (privacy 0.765, legal 0.97), 10/120 clean posts flagged (1 blocked).
blind291.jsonl: first blind run 147/167 caught (legal 0.858, tone 0.96), 2/100 clean posts flagged.
blind292.jsonl: first blind run 121/140 caught (privacy 0.812, legal 0.93), 4/120 clean posts flagged.
blind293.jsonl: first blind run 140/164 caught (legal 0.850, tone 0.81), 2/100 clean posts flagged.
blind294.jsonl: first blind run 130/147 caught (privacy 0.875, legal 0.90), 6/120 clean posts flagged.
blind295.jsonl: first blind run 139/160 caught (legal 0.850, tone 0.85), 2/100 clean posts flagged.
blind296.jsonl: first blind run 120/140 caught (privacy 0.812, legal 0.93), 0/120 clean posts flagged.
blind297.jsonl: first blind run 147/171 caught (legal 0.833, tone 0.87), 3/100 clean posts flagged.
blind298.jsonl: first blind run 123/140 caught (privacy 0.812, legal 1.00), 6/120 clean posts flagged.
blind299.jsonl: first blind run 147/163 caught (legal 0.908, tone 0.81), 1/100 clean posts flagged.
blind300.jsonl: first blind run 118/140 caught (privacy 0.838, legal 0.90), 7/120 clean posts flagged (1 blocked).
blind301.jsonl: first blind run 132/165 caught (legal 0.775, tone 0.82), 1/100 clean posts flagged.
blind302.jsonl: first blind run 129/147 caught (privacy 0.864, legal 0.90), 5/120 clean posts flagged.
blind303.jsonl: first blind run 146/174 caught (legal 0.811, tone 0.84), 0/100 clean posts flagged.
blind304.jsonl: first blind run 138/145 caught (privacy 0.975, legal 0.94), 0/120 clean posts flagged.
blind305.jsonl: first blind run 128/167 caught (legal 0.686, tone 0.95), 2/100 clean posts flagged.
blind306.jsonl: first blind run 128/145 caught (privacy 0.875, legal 0.90), 0/120 clean posts flagged.
blind307.jsonl: first blind run 140/168 caught (legal 0.810, tone 0.85), 0/100 clean posts flagged.
blind308.jsonl: first blind run 130/148 caught (privacy 0.915, legal 0.84), 0/120 clean posts flagged.
blind309.jsonl: first blind run 143/171 caught (legal 0.825, tone 0.90), 1/100 clean posts flagged.
blind310.jsonl: first blind run 136/147 caught (privacy 0.938, legal 0.94), 4/120 clean posts flagged.
blind311.jsonl: first blind run 151/169 caught (legal 0.884, tone 0.91), 4/100 clean posts flagged.
blind312.jsonl: first blind run 128/146 caught (privacy 0.887, legal 0.91), 5/120 clean posts flagged.
blind313.jsonl: first blind run 139/168 caught (legal 0.825, tone 0.76), 2/100 clean posts flagged.
blind314.jsonl: first blind run 134/146 caught (privacy 0.889, legal 0.97), 4/120 clean posts flagged.
blind315.jsonl: first blind run 136/171 caught (legal 0.750, tone 0.79), 4/100 clean posts flagged.
blind316.jsonl: first blind run 132/148 caught (privacy 0.881, legal 0.94), 1/120 clean posts flagged.
blind317.jsonl: first blind run 130/165 caught (legal 0.760, tone 0.81), 2/100 clean posts flagged.
blind318.jsonl: first blind run 131/147 caught (privacy 0.877, legal 0.94), 3/120 clean posts flagged.
blind319.jsonl: first blind run 136/167 caught (legal 0.802, tone 0.81), 1/100 clean posts flagged.
blind320.jsonl: first blind run 131/145 caught (privacy 0.889, legal 0.90), 4/120 clean posts flagged.
blind321.jsonl: first blind run 142/165 caught (legal 0.818, tone 1.00), 2/100 clean posts flagged.
blind322.jsonl: first blind run 134/144 caught (privacy 0.912, legal 1.00), 0/120 clean posts flagged.
blind323.jsonl: first blind run 140/166 caught (legal 0.808, tone 0.86), 2/100 clean posts flagged.
blind324.jsonl: first blind run 142/146 caught (privacy 0.963, legal 1.00), 3/120 clean posts flagged.
blind325.jsonl: first blind run 136/167 caught (legal 0.792, tone 0.82), 1/100 clean posts flagged.
blind326.jsonl: first blind run 129/143 caught (privacy 0.950, legal 0.94), 1/120 clean posts flagged.
blind327.jsonl: first blind run 141/171 caught (legal 0.793, tone 0.81), 3/100 clean posts flagged.
blind328.jsonl: first blind run 126/142 caught (privacy 0.850, legal 0.94), 2/120 clean posts flagged.
blind329.jsonl: first blind run 151/169 caught (legal 0.860, tone 0.96), 0/100 clean posts flagged.
blind330.jsonl: first blind run 129/144 caught (privacy 0.864, legal 0.94), 2/120 clean posts flagged.
blind331.jsonl: first blind run 138/169 caught (legal 0.785, tone 0.86), 0/100 clean posts flagged.
blind332.jsonl: first blind run 138/144 caught (privacy 0.950, legal 0.97), 1/120 clean posts flagged.
blind333.jsonl: first blind run 149/175 caught (legal 0.850, tone 0.85), 3/100 clean posts flagged.
blind334.jsonl: first blind run 130/146 caught (privacy 0.901, legal 0.87), 0/120 clean posts flagged.
blind335.jsonl: first blind run 148/165 caught (legal 0.867, tone 1.00), 4/100 clean posts flagged.
blind336.jsonl: first blind run 129/143 caught (privacy 0.863, legal 0.94), 1/120 clean posts flagged.
blind337.jsonl: first blind run 149/167 caught (legal 0.917, tone 0.77), 1/100 clean posts flagged.
blind338.jsonl: first blind run 131/144 caught (privacy 0.887, legal 0.91), 1/120 clean posts flagged.
blind339.jsonl: first blind run 152/173 caught (legal 0.875, tone 0.88), 2/100 clean posts flagged.
blind340.jsonl: first blind run 132/145 caught (privacy 0.926, legal 1.00), 2/120 clean posts flagged.
blind341.jsonl: first blind run 144/173 caught (legal 0.802, tone 0.95), 2/100 clean posts flagged.
blind342.jsonl: first blind run 136/145 caught (privacy 0.926, legal 1.00), 1/120 clean posts flagged.
blind343.jsonl: first blind run 146/168 caught (legal 0.875, tone 0.73), 2/100 clean posts flagged.
blind344.jsonl: first blind run 135/146 caught (privacy 0.914, legal 0.97), 2/120 clean posts flagged.
blind345.jsonl: first blind run 145/173 caught (legal 0.835, tone 0.87), 2/100 clean posts flagged.
blind346.jsonl: first blind run 135/146 caught (privacy 0.912, legal 0.94), 2/120 clean posts flagged.
blind347.jsonl: first blind run 148/176 caught (legal 0.825, tone 0.96), 1/100 clean posts flagged (1 blocked).
blind348.jsonl: first blind run 134/146 caught (privacy 0.889, legal 0.90), 4/120 clean posts flagged.
blind349.jsonl: first blind run 139/167 caught (legal 0.835, tone 0.76), 2/100 clean posts flagged.
blind350.jsonl: first blind run 128/143 caught (privacy 0.887, legal 0.93), 3/120 clean posts flagged.
blind351.jsonl: first blind run 153/173 caught (legal 0.875, tone 0.95), 1/100 clean posts flagged.
blind352.jsonl: first blind run 135/144 caught (privacy 0.963, legal 0.97), 1/120 clean posts flagged.
blind353.jsonl: first blind run 141/173 caught (legal 0.808, tone 0.71), 1/100 clean posts flagged.
blind354.jsonl: first blind run 124/143 caught (privacy 0.812, legal 0.97), 1/120 clean posts flagged.
blind355.jsonl: first blind run 154/175 caught (legal 0.869, tone 0.86), 2/100 clean posts flagged.
blind356.jsonl: first blind run 128/143 caught (privacy 0.875, legal 0.94), 2/120 clean posts flagged.
blind357.jsonl: first blind run 137/160 caught (legal 0.808, tone 1.00), 5/100 clean posts flagged.
blind358.jsonl: first blind run 117/140 caught (privacy 0.750, legal 0.97), 7/120 clean posts flagged.
blind359.jsonl: first blind run 130/160 caught (legal 0.775, tone 0.85), 1/100 clean posts flagged.
blind360.jsonl: first blind run 122/140 caught (privacy 0.775, legal 1.00), 0/120 clean posts flagged.
blind361.jsonl: first blind run 129/164 caught (legal 0.758, tone 0.70), 2/100 clean posts flagged.
blind362.jsonl: first blind run 118/140 caught (privacy 0.750, legal 0.97), 2/120 clean posts flagged.
blind363.jsonl: first blind run 140/161 caught (legal 0.842, tone 0.90), 1/100 clean posts flagged.
blind364.jsonl: first blind run 123/141 caught (privacy 0.787, legal 1.00), 5/120 clean posts flagged.
blind365.jsonl: first blind run 130/160 caught (legal 0.775, tone 0.85), 2/100 clean posts flagged.
blind366.jsonl: first blind run 118/141 caught (privacy 0.741, legal 0.93), 1/120 clean posts flagged.
blind367.jsonl: first blind run 146/162 caught (legal 0.883, tone 0.95), 3/100 clean posts flagged.
blind368.jsonl: first blind run 120/142 caught (privacy 0.762, legal 1.00), 8/120 clean posts flagged.
blind369.jsonl: first blind run 131/163 caught (legal 0.783, tone 0.85), 2/100 clean posts flagged.
blind370.jsonl: first blind run 115/140 caught (privacy 0.700, legal 0.97), 3/120 clean posts flagged.
blind371.jsonl: first blind run 146/162 caught (legal 0.875, tone 0.95), 2/100 clean posts flagged.
blind372.jsonl: first blind run 122/143 caught (privacy 0.765, legal 1.00), 8/120 clean posts flagged; see
tests/holdout/README.md for the runs since. This test prints the figures and fails on a regression below floors set under the latest run;
it is not a target to tune rules to.
"""

import json
import sys
from pathlib import Path

import pytest

from tpstrain import CATEGORIES

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE / "devset"))
import report  # noqa: E402

FLOORS = {
    "posts.jsonl": (0.93, 0.02),
    "blind2.jsonl": (0.92, 0.03),
    "blind3.jsonl": (0.89, 0.03),
    "blind4.jsonl": (0.90, 0.03),
    "blind5.jsonl": (0.86, 0.04),
    "blind6.jsonl": (0.85, 0.05),
    "blind7.jsonl": (0.86, 0.04),
    "blind8.jsonl": (0.93, 0.04),
    "blind9.jsonl": (
        0.90,
        0.03,
    ),  # 0.02 until 2026-12-05: the workplace reading (session 36) asks about one more
    "blind10.jsonl": (0.94, 0.03),
    "blind11.jsonl": (0.93, 0.03),
    "blind12.jsonl": (0.89, 0.05),
    "blind13.jsonl": (0.90, 0.03),
    "blind14.jsonl": (0.90, 0.03),
    "blind15.jsonl": (0.90, 0.02),
    "blind16.jsonl": (0.88, 0.05),
    "blind17.jsonl": (0.90, 0.02),
    "blind18.jsonl": (0.93, 0.06),
    "blind19.jsonl": (0.90, 0.07),
    "blind20.jsonl": (0.82, 0.07),
    "blind21.jsonl": (0.90, 0.04),
    "blind22.jsonl": (0.92, 0.09),
    "blind23.jsonl": (0.88, 0.06),
    "blind24.jsonl": (0.87, 0.03),
    "blind25.jsonl": (0.87, 0.04),
    "blind26.jsonl": (0.88, 0.04),
    "blind27.jsonl": (0.89, 0.03),
    "blind28.jsonl": (0.93, 0.02),
    "blind29.jsonl": (0.90, 0.02),
    "blind30.jsonl": (0.92, 0.04),
    "blind31.jsonl": (0.94, 0.04),
    "blind32.jsonl": (0.86, 0.05),
    "blind33.jsonl": (0.88, 0.01),
    "blind34.jsonl": (0.92, 0.01),
    "blind35.jsonl": (0.93, 0.02),
    "blind36.jsonl": (0.86, 0.03),
    "blind37.jsonl": (0.94, 0.06),
    "blind38.jsonl": (0.93, 0.04),
    "blind39.jsonl": (0.93, 0.03),
    # 0.04 until session 33: what a post says the complainant is, asked (one post)
    "blind40.jsonl": (0.92, 0.05),
    "blind41.jsonl": (0.82, 0.08),
    "blind42.jsonl": (0.88, 0.02),
    "blind43.jsonl": (0.94, 0.06),
    "blind44.jsonl": (0.90, 0.04),
    "blind45.jsonl": (0.94, 0.02),
    "blind46.jsonl": (0.93, 0.03),
    "blind47.jsonl": (0.91, 0.06),
    "blind48.jsonl": (0.91, 0.02),
    "blind49.jsonl": (0.94, 0.05),
    "blind50.jsonl": (0.90, 0.03),
    "blind51.jsonl": (0.93, 0.05),
    "blind52.jsonl": (0.89, 0.03),
    "blind53.jsonl": (0.92, 0.04),
    "blind54.jsonl": (0.90, 0.04),
    "blind55.jsonl": (0.93, 0.06),
    "blind56.jsonl": (0.93, 0.02),
    "blind57.jsonl": (0.94, 0.03),
    "blind58.jsonl": (0.92, 0.01),
    "blind59.jsonl": (0.96, 0.05),
    "blind60.jsonl": (0.96, 0.02),
    "blind61.jsonl": (0.82, 0.05),
    "blind62.jsonl": (0.84, 0.06),
    "blind63.jsonl": (0.85, 0.04),
    "blind64.jsonl": (0.85, 0.02),
    "blind65.jsonl": (0.88, 0.06),
    "blind66.jsonl": (0.83, 0.02),
    "blind67.jsonl": (0.72, 0.02),
    "blind68.jsonl": (0.87, 0.01),
    "blind69.jsonl": (0.77, 0.02),
    "blind70.jsonl": (0.76, 0.01),
    "blind71.jsonl": (0.84, 0.03),
    "blind72.jsonl": (0.79, 0.01),
    "blind73.jsonl": (0.74, 0.02),
    "blind74.jsonl": (0.78, 0.06),
    "blind75.jsonl": (0.78, 0.01),
    "blind76.jsonl": (0.88, 0.05),
    "blind77.jsonl": (0.78, 0.01),
    "blind78.jsonl": (0.87, 0.03),
    "blind79.jsonl": (0.75, 0.01),
    "blind80.jsonl": (0.77, 0.02),
    "blind81.jsonl": (0.77, 0.02),
    "blind82.jsonl": (0.75, 0.04),
    "blind83.jsonl": (0.80, 0.01),
    "blind84.jsonl": (0.77, 0.05),
    "blind85.jsonl": (0.80, 0.02),
    "blind86.jsonl": (0.77, 0.03),
    "blind87.jsonl": (0.85, 0.02),
    "blind88.jsonl": (0.84, 0.04),
    "blind89.jsonl": (0.77, 0.01),
    "blind90.jsonl": (0.79, 0.06),
    "blind91.jsonl": (0.85, 0.02),
    "blind92.jsonl": (0.83, 0.05),
    "blind93.jsonl": (0.82, 0.01),
    "blind94.jsonl": (0.89, 0.04),
    "blind95.jsonl": (0.86, 0.01),
    "blind96.jsonl": (0.88, 0.01),
    "blind97.jsonl": (0.82, 0.01),
    "blind98.jsonl": (0.88, 0.01),
    "blind99.jsonl": (0.77, 0.01),
    "blind100.jsonl": (0.83, 0.04),
    "blind101.jsonl": (0.86, 0.01),
    "blind102.jsonl": (0.79, 0.02),
    "blind103.jsonl": (0.83, 0.01),
    "blind104.jsonl": (0.87, 0.02),
    "blind105.jsonl": (0.82, 0.01),
    "blind106.jsonl": (0.87, 0.04),
    "blind107.jsonl": (0.89, 0.03),
    "blind108.jsonl": (0.87, 0.01),
    "blind109.jsonl": (0.79, 0.01),
    "blind110.jsonl": (0.84, 0.01),
    "blind111.jsonl": (0.84, 0.05),
    "blind112.jsonl": (0.89, 0.04),
    "blind113.jsonl": (0.82, 0.01),
    "blind114.jsonl": (0.89, 0.05),
    "blind115.jsonl": (0.80, 0.05),
    "blind116.jsonl": (0.85, 0.02),
    "blind117.jsonl": (0.85, 0.01),
    "blind118.jsonl": (0.86, 0.03),
    "blind119.jsonl": (0.87, 0.08),
    "blind120.jsonl": (0.89, 0.01),
    "blind121.jsonl": (0.84, 0.03),
    "blind122.jsonl": (0.88, 0.02),
    "blind123.jsonl": (0.88, 0.01),
    "blind124.jsonl": (0.87, 0.02),
    "blind125.jsonl": (0.92, 0.03),
    "blind126.jsonl": (0.89, 0.02),
    "blind127.jsonl": (0.88, 0.01),
    "blind128.jsonl": (0.87, 0.01),
    "blind129.jsonl": (0.85, 0.01),
    "blind130.jsonl": (0.92, 0.02),
    "blind131.jsonl": (0.90, 0.03),
    "blind132.jsonl": (0.84, 0.05),
    "blind133.jsonl": (0.86, 0.01),
    "blind134.jsonl": (0.89, 0.02),
    "blind135.jsonl": (0.87, 0.02),
    "blind136.jsonl": (0.91, 0.01),
    "blind137.jsonl": (0.86, 0.02),
    "blind138.jsonl": (0.91, 0.02),
    "blind139.jsonl": (0.87, 0.01),
    "blind140.jsonl": (0.90, 0.04),
    "blind141.jsonl": (0.92, 0.01),
    "blind142.jsonl": (0.90, 0.01),
    "blind143.jsonl": (0.93, 0.01),
    "blind144.jsonl": (0.92, 0.01),
    "blind145.jsonl": (0.88, 0.02),
    "blind146.jsonl": (0.90, 0.05),
    "blind147.jsonl": (0.91, 0.03),
    "blind148.jsonl": (0.87, 0.01),
    "blind149.jsonl": (0.90, 0.01),
    "blind150.jsonl": (0.91, 0.04),
    "blind151.jsonl": (0.92, 0.01),
    "blind152.jsonl": (0.89, 0.01),
    "blind153.jsonl": (0.97, 0.02),
    "blind154.jsonl": (0.92, 0.02),
    "blind155.jsonl": (0.90, 0.01),
    "blind156.jsonl": (0.90, 0.01),
    "blind157.jsonl": (0.92, 0.02),
    "blind158.jsonl": (0.92, 0.04),
    "blind159.jsonl": (0.94, 0.01),
    "blind160.jsonl": (0.93, 0.03),
    "blind161.jsonl": (0.92, 0.01),
    "blind162.jsonl": (0.88, 0.03),
    "blind163.jsonl": (0.90, 0.01),
    "blind164.jsonl": (0.87, 0.02),
    "blind165.jsonl": (0.93, 0.01),
    "blind166.jsonl": (0.89, 0.01),
    "blind167.jsonl": (0.91, 0.05),
    "blind168.jsonl": (0.90, 0.02),
    "blind169.jsonl": (0.95, 0.01),
    "blind170.jsonl": (0.90, 0.01),
    "blind171.jsonl": (0.91, 0.01),
    "blind172.jsonl": (0.92, 0.01),
    "blind173.jsonl": (0.93, 0.01),
    "blind174.jsonl": (0.94, 0.02),
    "blind175.jsonl": (0.89, 0.01),
    "blind176.jsonl": (0.92, 0.03),
    "blind177.jsonl": (0.91, 0.03),
    "blind178.jsonl": (0.88, 0.01),
    "blind179.jsonl": (0.95, 0.01),
    "blind180.jsonl": (0.95, 0.01),
    "blind181.jsonl": (0.92, 0.02),
    "blind182.jsonl": (0.89, 0.03),
    "blind183.jsonl": (0.90, 0.02),
    "blind184.jsonl": (0.95, 0.05),
    "blind185.jsonl": (0.95, 0.01),
    "blind186.jsonl": (0.88, 0.02),
    "blind187.jsonl": (0.94, 0.01),
    "blind188.jsonl": (0.95, 0.01),
    "blind189.jsonl": (0.92, 0.01),
    "blind190.jsonl": (0.90, 0.03),
    "blind191.jsonl": (0.90, 0.01),
    "blind192.jsonl": (0.90, 0.01),
    "blind193.jsonl": (0.96, 0.01),
    "blind194.jsonl": (0.92, 0.03),
    "blind195.jsonl": (0.86, 0.01),
    "blind196.jsonl": (0.93, 0.01),
    "blind197.jsonl": (0.95, 0.01),
    "blind198.jsonl": (0.94, 0.03),
    "blind199.jsonl": (0.90, 0.01),
    "blind200.jsonl": (0.94, 0.02),
    "blind201.jsonl": (0.93, 0.01),
    "blind202.jsonl": (0.92, 0.04),
    "blind203.jsonl": (0.93, 0.02),
    "blind204.jsonl": (0.86, 0.05),
    "blind205.jsonl": (0.94, 0.01),
    "blind206.jsonl": (0.90, 0.02),
    "blind207.jsonl": (0.90, 0.02),
    "blind208.jsonl": (0.95, 0.06),
    "blind209.jsonl": (0.90, 0.01),
    "blind210.jsonl": (0.90, 0.01),
    "blind211.jsonl": (0.93, 0.01),
    "blind212.jsonl": (0.95, 0.02),
    "blind213.jsonl": (0.95, 0.01),
    "blind214.jsonl": (0.92, 0.01),
    "blind215.jsonl": (0.91, 0.01),
    "blind216.jsonl": (0.93, 0.08),
    "blind217.jsonl": (0.90, 0.03),
    "blind218.jsonl": (0.95, 0.01),
    "blind219.jsonl": (0.95, 0.01),
    "blind220.jsonl": (0.90, 0.03),
    "blind221.jsonl": (0.90, 0.03),
    "blind222.jsonl": (0.95, 0.01),
    "blind223.jsonl": (0.90, 0.01),
    "blind224.jsonl": (0.86, 0.03),
    "blind225.jsonl": (0.95, 0.01),
    "blind226.jsonl": (0.95, 0.02),
    "blind227.jsonl": (0.90, 0.02),
    "blind228.jsonl": (0.93, 0.01),
    "blind229.jsonl": (0.90, 0.03),
    "blind230.jsonl": (0.97, 0.03),
    "blind231.jsonl": (0.94, 0.01),
    "blind232.jsonl": (0.91, 0.04),
    "blind233.jsonl": (0.93, 0.03),
    "blind234.jsonl": (0.87, 0.01),
    "blind235.jsonl": (0.89, 0.01),
    "blind236.jsonl": (0.95, 0.01),
    "blind237.jsonl": (0.81, 0.01),
    "blind238.jsonl": (0.87, 0.05),
    "blind239.jsonl": (0.85, 0.08),
    "blind240.jsonl": (0.86, 0.03),
    "blind241.jsonl": (0.83, 0.10),
    "blind242.jsonl": (0.87, 0.03),
    "blind243.jsonl": (0.91, 0.02),
    "blind244.jsonl": (0.85, 0.05),
    "blind245.jsonl": (0.89, 0.01),
    "blind246.jsonl": (0.87, 0.05),
    "blind247.jsonl": (0.82, 0.01),
    "blind248.jsonl": (0.83, 0.04),
    "blind249.jsonl": (0.88, 0.04),
    "blind250.jsonl": (0.86, 0.01),
    "blind251.jsonl": (0.87, 0.02),
    "blind252.jsonl": (0.90, 0.05),
    "blind253.jsonl": (0.84, 0.01),
    "blind254.jsonl": (0.90, 0.05),
    "blind255.jsonl": (0.84, 0.05),
    "blind256.jsonl": (0.85, 0.01),
    "blind257.jsonl": (0.88, 0.01),
    "blind258.jsonl": (0.86, 0.06),
    "blind259.jsonl": (0.87, 0.04),
    "blind260.jsonl": (0.87, 0.01),
    "blind261.jsonl": (0.91, 0.01),
    "blind262.jsonl": (0.87, 0.06),
    "blind263.jsonl": (0.86, 0.06),
    "blind264.jsonl": (0.90, 0.05),
    "blind265.jsonl": (0.92, 0.02),
    "blind266.jsonl": (0.88, 0.06),
    "blind267.jsonl": (0.92, 0.04),
    "blind268.jsonl": (0.90, 0.09),
    "blind269.jsonl": (0.87, 0.05),
    "blind270.jsonl": (0.91, 0.04),
    "blind271.jsonl": (0.85, 0.01),
    "blind272.jsonl": (0.90, 0.01),
    "blind273.jsonl": (0.85, 0.08),
    "blind274.jsonl": (0.87, 0.13),
    "blind275.jsonl": (0.84, 0.06),
    "blind276.jsonl": (0.80, 0.05),
    "blind277.jsonl": (0.86, 0.01),
    "blind278.jsonl": (0.86, 0.02),
    "blind279.jsonl": (0.88, 0.05),
    "blind280.jsonl": (0.92, 0.11),
    "blind281.jsonl": (0.88, 0.03),
    "blind282.jsonl": (0.91, 0.02),
    "blind283.jsonl": (0.84, 0.05),
    "blind284.jsonl": (0.83, 0.03),
    "blind285.jsonl": (0.87, 0.03),
    "blind286.jsonl": (0.87, 0.05),
    "blind287.jsonl": (0.91, 0.02),
    "blind288.jsonl": (0.82, 0.01),
    "blind289.jsonl": (0.91, 0.08),
    "blind290.jsonl": (0.81, 0.09),
    "blind291.jsonl": (0.88, 0.02),
    "blind292.jsonl": (0.86, 0.04),
    "blind293.jsonl": (0.85, 0.02),
    "blind294.jsonl": (0.88, 0.05),
    "blind295.jsonl": (0.86, 0.02),
    "blind296.jsonl": (0.85, 0.01),
    "blind297.jsonl": (0.85, 0.03),
    "blind298.jsonl": (0.87, 0.05),
    "blind299.jsonl": (0.90, 0.01),
    "blind300.jsonl": (0.84, 0.06),
    "blind301.jsonl": (0.80, 0.01),
    "blind302.jsonl": (0.87, 0.05),
    "blind303.jsonl": (0.83, 0.01),
    "blind304.jsonl": (0.95, 0.01),
    "blind305.jsonl": (0.76, 0.02),
    "blind306.jsonl": (0.88, 0.01),
    "blind307.jsonl": (0.83, 0.01),
    "blind308.jsonl": (0.87, 0.01),
    "blind309.jsonl": (0.83, 0.01),
    "blind310.jsonl": (0.92, 0.04),
    "blind311.jsonl": (0.89, 0.04),
    "blind312.jsonl": (0.87, 0.05),
    "blind313.jsonl": (0.82, 0.02),
    "blind314.jsonl": (0.91, 0.04),
    "blind315.jsonl": (0.79, 0.04),
    "blind316.jsonl": (0.89, 0.01),
    "blind317.jsonl": (0.78, 0.02),
    "blind318.jsonl": (0.89, 0.03),
    "blind319.jsonl": (0.81, 0.01),
    "blind320.jsonl": (0.90, 0.04),
    "blind321.jsonl": (0.86, 0.02),
    "blind322.jsonl": (0.93, 0.01),
    "blind323.jsonl": (0.84, 0.02),
    "blind324.jsonl": (0.97, 0.03),
    "blind325.jsonl": (0.81, 0.01),
    "blind326.jsonl": (0.90, 0.01),
    "blind327.jsonl": (0.82, 0.03),
    "blind328.jsonl": (0.88, 0.02),
    "blind329.jsonl": (0.89, 0.01),
    "blind330.jsonl": (0.89, 0.02),
    "blind331.jsonl": (0.81, 0.01),
    "blind332.jsonl": (0.95, 0.01),
    "blind333.jsonl": (0.85, 0.03),
    "blind334.jsonl": (0.89, 0.01),
    "blind335.jsonl": (0.89, 0.04),
    "blind336.jsonl": (0.90, 0.01),
    "blind337.jsonl": (0.89, 0.01),
    "blind338.jsonl": (0.90, 0.01),
    "blind339.jsonl": (0.87, 0.02),
    "blind340.jsonl": (0.91, 0.02),
    "blind341.jsonl": (0.83, 0.02),
    "blind342.jsonl": (0.93, 0.01),
    "blind343.jsonl": (0.86, 0.02),
    "blind344.jsonl": (0.92, 0.02),
    "blind345.jsonl": (0.83, 0.02),
    "blind346.jsonl": (0.92, 0.02),
    "blind347.jsonl": (0.84, 0.01),
    "blind348.jsonl": (0.91, 0.04),
    "blind349.jsonl": (0.83, 0.02),
    "blind350.jsonl": (0.89, 0.03),
    "blind351.jsonl": (0.88, 0.01),
    "blind352.jsonl": (0.93, 0.01),
    "blind353.jsonl": (0.81, 0.01),
    "blind354.jsonl": (0.86, 0.01),
    "blind355.jsonl": (0.88, 0.02),
    "blind356.jsonl": (0.89, 0.02),
    "blind357.jsonl": (0.85, 0.05),
    "blind358.jsonl": (0.83, 0.06),
    "blind359.jsonl": (0.81, 0.01),
    "blind360.jsonl": (0.87, 0.01),
    "blind361.jsonl": (0.78, 0.02),
    "blind362.jsonl": (0.84, 0.02),
    "blind363.jsonl": (0.86, 0.01),
    "blind364.jsonl": (0.87, 0.05),
    "blind365.jsonl": (0.81, 0.02),
    "blind366.jsonl": (0.83, 0.01),
    "blind367.jsonl": (0.90, 0.03),
    "blind368.jsonl": (0.84, 0.07),
    "blind369.jsonl": (0.80, 0.02),
    "blind370.jsonl": (0.82, 0.03),
    "blind371.jsonl": (0.90, 0.02),
    "blind372.jsonl": (0.85, 0.07),
}  # (recall overall, clean flagged at most)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_holdout_floors(name):
    rows = [
        json.loads(line)
        for line in (HERE / "holdout" / name).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    r = report.evaluate(rows=rows)
    caught, total = sum(r.caught.values()), sum(r.total.values())
    print(
        f"\n{name}: "
        + ", ".join(f"{c} {r.caught[c]}/{r.total[c]}" for c in CATEGORIES)
        + f"; overall {caught}/{total}; clean flagged {len(r.clean_flagged)}/{r.clean}"
    )
    recall, flagged = FLOORS[name]
    assert caught / total >= recall  # the posts are not printed: nobody tunes on them
    assert len(r.clean_flagged) / r.clean <= flagged
