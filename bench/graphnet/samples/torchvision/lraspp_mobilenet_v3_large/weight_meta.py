class Program_weight_tensor_meta_L_self_modules_backbone_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_backbone_modules_0_modules_0_parameters_weight_"
    shape = [16, 3, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.021
    std = 0.906
    data = None


class Program_weight_tensor_meta_L_input_:
    name = "L_input_"
    shape = [1, 3, 520, 520]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.500
    std = 0.289
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_0_modules_1_buffers_running_mean_"
    shape = [16]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.098
    std = 0.295
    data = [
        -0.020865,
        -0.799327,
        0.023980,
        -0.521047,
        -0.335860,
        0.032869,
        0.503443,
        -0.010598,
        -0.273137,
        0.017707,
        0.054487,
        0.011695,
        -0.011829,
        -0.311550,
        0.055896,
        0.014608,
    ]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_0_modules_1_buffers_running_var_"
    shape = [16]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 8.474
    std = 7.401
    data = [
        7.750988,
        25.129354,
        17.849819,
        10.264812,
        4.837185,
        2.847205,
        11.792113,
        2.279627,
        13.811067,
        17.731194,
        0.131106,
        0.728742,
        0.117650,
        4.722750,
        11.659909,
        3.936152,
    ]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_backbone_modules_0_modules_1_parameters_weight_"
    shape = [16]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.256
    std = 2.585
    data = [
        0.890265,
        -2.272050,
        5.236311,
        3.009221,
        -1.044767,
        -1.301211,
        0.558627,
        1.732374,
        -0.882276,
        -5.981617,
        -0.070263,
        3.247748,
        0.771876,
        -0.816439,
        -0.883005,
        1.904476,
    ]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_backbone_modules_0_modules_1_parameters_bias_"
    shape = [16]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.563
    std = 2.365
    data = [
        2.917416,
        -1.209361,
        2.613386,
        -4.084224,
        4.538372,
        2.617406,
        2.616330,
        2.552841,
        2.354833,
        2.388020,
        -0.134881,
        -1.019239,
        -1.037511,
        4.642750,
        2.612164,
        2.639233,
    ]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_1_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_backbone_modules_1_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [16, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.019
    std = 0.698
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_1_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_1_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [16]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.559
    std = 2.620
    data = [
        6.602730,
        -0.000000,
        7.278750,
        -0.000000,
        -0.000000,
        -0.803569,
        -0.140350,
        -1.889443,
        0.096511,
        0.000000,
        0.000000,
        -0.000000,
        0.000000,
        0.242048,
        0.218669,
        -2.655561,
    ]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_1_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_1_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [16]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 5.094
    std = 15.540
    data = [
        3.533041,
        0.000000,
        62.959782,
        0.000000,
        0.000000,
        2.579546,
        0.167476,
        2.697165,
        0.425906,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        2.249368,
        0.417230,
        6.467502,
    ]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_1_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_backbone_modules_1_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [16]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.187
    std = 0.604
    data = [
        1.044734,
        0.000000,
        0.784094,
        0.000000,
        0.000000,
        -0.562504,
        -0.727954,
        0.585223,
        -0.796933,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        1.191849,
        0.706599,
        0.761446,
    ]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_1_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_backbone_modules_1_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [16]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.209
    std = 0.589
    data = [
        -0.554531,
        -0.000000,
        -0.245405,
        -0.000000,
        -0.000000,
        1.521214,
        -0.085417,
        1.480563,
        -0.065262,
        -0.000000,
        -0.000000,
        -0.000000,
        -0.000000,
        0.646688,
        -0.109975,
        0.762213,
    ]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_1_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_backbone_modules_1_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [16, 16, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.028
    std = 0.331
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_1_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_1_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [16]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.362
    std = 1.254
    data = [
        1.151510,
        0.221255,
        1.892890,
        -0.034153,
        0.351592,
        2.221645,
        0.345852,
        2.001203,
        0.598952,
        0.159520,
        1.925238,
        -1.226125,
        -0.155090,
        -0.678216,
        -0.795326,
        -2.194218,
    ]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_1_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_1_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [16]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.556
    std = 0.425
    data = [
        0.943904,
        0.033347,
        1.388331,
        0.628628,
        0.328906,
        0.397252,
        0.031118,
        0.430131,
        0.060850,
        1.060639,
        0.680587,
        0.395565,
        0.573478,
        1.206395,
        0.065576,
        0.675604,
    ]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_1_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_backbone_modules_1_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [16]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.083
    std = 1.328
    data = [
        -0.926070,
        0.115042,
        -2.539678,
        -0.473317,
        0.374466,
        -1.076755,
        0.024221,
        1.101953,
        0.147388,
        2.376570,
        1.435632,
        1.016199,
        1.141126,
        1.012521,
        -0.086409,
        -2.322380,
    ]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_1_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_backbone_modules_1_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [16]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = [
        -0.000002,
        -0.000002,
        -0.000001,
        -0.000005,
        0.000002,
        -0.000004,
        -0.000001,
        -0.000002,
        0.000002,
        -0.000002,
        0.000000,
        -0.000002,
        -0.000001,
        0.000002,
        -0.000003,
        -0.000004,
    ]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_2_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_backbone_modules_2_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [64, 16, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.372
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_2_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_2_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.430
    std = 3.738
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_2_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_2_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 4.403
    std = 6.831
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_2_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_backbone_modules_2_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.292
    std = 0.391
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_2_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_backbone_modules_2_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.236
    std = 0.395
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_2_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_backbone_modules_2_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [64, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.021
    std = 0.303
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_2_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_2_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.110
    std = 0.838
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_2_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_2_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.353
    std = 0.686
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_2_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_backbone_modules_2_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.417
    std = 0.393
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_2_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_backbone_modules_2_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.336
    std = 0.645
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_2_modules_block_modules_2_modules_0_parameters_weight_:
    name = "L_self_modules_backbone_modules_2_modules_block_modules_2_modules_0_parameters_weight_"
    shape = [24, 64, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.023
    std = 0.349
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_2_modules_block_modules_2_modules_1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_2_modules_block_modules_2_modules_1_buffers_running_mean_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.901
    std = 3.245
    data = [
        -1.489402,
        1.811679,
        -1.938029,
        1.351296,
        -8.030849,
        2.689256,
        -3.317389,
        -0.301688,
        -0.995836,
        1.261328,
        -3.017036,
        -2.691196,
        -3.940166,
        3.576209,
        -2.792352,
        0.170209,
        1.776362,
        -0.277498,
        0.718632,
        -5.617742,
        4.195320,
        -5.054207,
        4.287220,
        -3.986504,
    ]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_2_modules_block_modules_2_modules_1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_2_modules_block_modules_2_modules_1_buffers_running_var_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.290
    std = 1.723
    data = [
        1.159515,
        3.448251,
        0.646396,
        1.659183,
        4.053152,
        2.249533,
        1.113325,
        1.449055,
        3.229973,
        3.880469,
        5.872409,
        1.559220,
        0.801651,
        1.160391,
        1.170048,
        1.222495,
        0.821768,
        0.931441,
        0.986775,
        3.087825,
        3.518270,
        7.399155,
        2.084470,
        1.461693,
    ]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_2_modules_block_modules_2_modules_1_parameters_weight_:
    name = "L_self_modules_backbone_modules_2_modules_block_modules_2_modules_1_parameters_weight_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.440
    std = 0.646
    data = [
        -0.745687,
        0.749050,
        0.578382,
        -0.720531,
        0.807207,
        0.802083,
        0.618233,
        0.634341,
        0.982978,
        0.885497,
        0.916129,
        -0.758865,
        0.447054,
        0.533802,
        0.602624,
        0.681136,
        0.723073,
        0.522367,
        -0.737419,
        0.968799,
        0.865542,
        1.078662,
        0.931811,
        -0.806148,
    ]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_2_modules_block_modules_2_modules_1_parameters_bias_:
    name = "L_self_modules_backbone_modules_2_modules_block_modules_2_modules_1_parameters_bias_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = [
        0.000003,
        0.000002,
        0.000002,
        -0.000001,
        -0.000001,
        0.000000,
        0.000001,
        -0.000001,
        -0.000001,
        -0.000002,
        -0.000000,
        0.000000,
        -0.000001,
        0.000001,
        -0.000001,
        0.000001,
        -0.000000,
        -0.000000,
        -0.000003,
        0.000001,
        0.000002,
        0.000001,
        -0.000000,
        -0.000001,
    ]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_3_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_backbone_modules_3_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [72, 24, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.006
    std = 0.269
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_3_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_3_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_3_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_3_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.231
    std = 1.336
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_3_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_backbone_modules_3_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.290
    std = 0.311
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_3_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_backbone_modules_3_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.175
    std = 0.298
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_3_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_backbone_modules_3_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [72, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.377
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_3_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_3_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.179
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_3_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_3_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.059
    std = 0.061
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_3_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_backbone_modules_3_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.372
    std = 0.306
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_3_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_backbone_modules_3_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.243
    std = 0.440
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_3_modules_block_modules_2_modules_0_parameters_weight_:
    name = "L_self_modules_backbone_modules_3_modules_block_modules_2_modules_0_parameters_weight_"
    shape = [24, 72, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.006
    std = 0.230
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_3_modules_block_modules_2_modules_1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_3_modules_block_modules_2_modules_1_buffers_running_mean_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.416
    std = 1.390
    data = [
        -2.327149,
        -0.047312,
        -1.715279,
        -2.188587,
        -0.016449,
        -0.422600,
        -1.756886,
        0.117030,
        0.285533,
        1.186987,
        -0.088262,
        -1.096165,
        -1.961130,
        1.989441,
        0.341502,
        0.403093,
        -2.695947,
        0.042617,
        0.181227,
        2.971181,
        0.211124,
        -1.755968,
        -0.184277,
        -1.452749,
    ]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_3_modules_block_modules_2_modules_1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_3_modules_block_modules_2_modules_1_buffers_running_var_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.763
    std = 0.465
    data = [
        1.166294,
        0.048005,
        1.193374,
        1.105841,
        0.070450,
        0.891159,
        0.898180,
        0.067922,
        0.843872,
        1.786741,
        0.134259,
        0.507100,
        1.073657,
        1.451826,
        0.070988,
        0.794803,
        0.979108,
        1.153599,
        1.021029,
        0.667022,
        0.600900,
        0.756952,
        0.452267,
        0.581946,
    ]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_3_modules_block_modules_2_modules_1_parameters_weight_:
    name = "L_self_modules_backbone_modules_3_modules_block_modules_2_modules_1_parameters_weight_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.524
    std = 1.024
    data = [
        1.552128,
        -0.009240,
        1.698485,
        1.634141,
        -0.012705,
        0.762176,
        1.432837,
        -0.051963,
        0.787936,
        1.267344,
        -0.077237,
        0.927239,
        -1.634628,
        1.796172,
        0.047277,
        -1.468266,
        1.314808,
        1.619239,
        -1.311890,
        -0.712425,
        0.590352,
        0.607260,
        0.828960,
        0.992052,
    ]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_3_modules_block_modules_2_modules_1_parameters_bias_:
    name = "L_self_modules_backbone_modules_3_modules_block_modules_2_modules_1_parameters_bias_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = [
        0.000002,
        -0.000001,
        0.000000,
        0.000000,
        -0.000001,
        0.000001,
        0.000001,
        -0.000000,
        -0.000000,
        -0.000001,
        0.000001,
        0.000001,
        -0.000001,
        0.000000,
        -0.000000,
        0.000000,
        -0.000002,
        0.000000,
        -0.000001,
        -0.000000,
        -0.000000,
        0.000000,
        0.000001,
        -0.000000,
    ]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_4_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_backbone_modules_4_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [72, 24, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.012
    std = 0.364
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_4_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_4_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_4_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_4_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 6.238
    std = 5.963
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_4_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_backbone_modules_4_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.356
    std = 0.345
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_4_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_backbone_modules_4_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.151
    std = 0.314
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_4_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_backbone_modules_4_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [72, 1, 5, 5]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.003
    std = 0.232
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_4_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_4_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.101
    std = 1.195
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_4_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_4_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.563
    std = 0.800
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_4_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_backbone_modules_4_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.295
    std = 0.291
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_4_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_backbone_modules_4_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.617
    std = 0.734
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_4_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_backbone_modules_4_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [24, 72, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.009
    std = 0.034
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_4_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_backbone_modules_4_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [24]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.023
    std = 0.044
    data = [
        -0.000000,
        -0.000000,
        0.117560,
        0.038797,
        0.102174,
        -0.000000,
        -0.000000,
        -0.000000,
        -0.000000,
        -0.000000,
        0.050103,
        0.124849,
        -0.000000,
        -0.000000,
        0.113291,
        -0.000000,
        -0.000000,
        -0.000000,
        0.000000,
        -0.000000,
        -0.000000,
        -0.000000,
        -0.000000,
        -0.000000,
    ]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_4_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_backbone_modules_4_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [72, 24, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.019
    std = 0.046
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_4_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_backbone_modules_4_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [72]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.023
    std = 0.024
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_4_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_backbone_modules_4_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [40, 72, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.010
    std = 0.295
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_4_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_4_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.850
    std = 3.410
    data = [
        6.218025,
        -0.202616,
        0.345856,
        -1.790121,
        -1.183705,
        4.401599,
        0.222428,
        -1.562146,
        -4.388725,
        2.899293,
        1.533140,
        -6.155998,
        -2.337258,
        -0.526385,
        -3.804989,
        4.735507,
        -3.524595,
        1.382437,
        1.917796,
        -1.429167,
        -1.644339,
        2.905884,
        -4.233272,
        -8.107322,
        -8.917327,
        5.251411,
        -0.139913,
        -2.167350,
        0.975938,
        -3.342103,
        -4.444545,
        -2.418744,
        2.539783,
        -3.971525,
        1.115923,
        1.871511,
        -2.869176,
        -0.056750,
        -2.560265,
        -0.518251,
    ]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_4_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_4_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.228
    std = 1.271
    data = [
        0.353397,
        2.448154,
        0.403749,
        2.480004,
        0.399791,
        0.178452,
        0.316997,
        0.664858,
        2.889369,
        2.238224,
        0.786479,
        1.381674,
        0.293594,
        0.188003,
        1.080863,
        1.838734,
        0.484384,
        0.434138,
        1.804752,
        0.814483,
        1.110594,
        1.156775,
        0.474695,
        1.592798,
        5.197724,
        0.868862,
        0.194663,
        0.340864,
        1.139502,
        0.966873,
        0.269567,
        6.168721,
        0.593195,
        2.524828,
        1.226076,
        0.960798,
        0.961611,
        0.479122,
        0.293169,
        1.119784,
    ]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_4_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_backbone_modules_4_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.802
    std = 0.275
    data = [
        0.623742,
        0.961626,
        0.455018,
        0.969142,
        0.522493,
        0.391523,
        0.455039,
        0.848426,
        0.979530,
        0.930222,
        0.862547,
        0.948503,
        0.479966,
        0.259582,
        0.987387,
        0.962699,
        0.906221,
        0.608539,
        1.153734,
        0.804231,
        0.968418,
        0.811267,
        0.453857,
        1.013466,
        1.279039,
        0.885799,
        0.276201,
        0.587400,
        1.025427,
        1.030961,
        0.500726,
        1.259891,
        0.835718,
        1.307669,
        1.077225,
        0.664874,
        0.841732,
        0.625545,
        0.495768,
        1.021634,
    ]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_4_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_backbone_modules_4_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.017
    std = 0.061
    data = [
        0.043439,
        0.076641,
        0.044159,
        -0.033536,
        -0.041060,
        0.091068,
        0.004603,
        0.042544,
        -0.040504,
        -0.048123,
        0.042187,
        0.116415,
        0.014786,
        0.088917,
        0.042690,
        0.122155,
        0.036698,
        0.092428,
        -0.019952,
        -0.057195,
        0.030005,
        0.045337,
        -0.079574,
        0.075404,
        0.095246,
        -0.022501,
        0.039632,
        -0.003069,
        0.008576,
        -0.041988,
        0.088369,
        0.002870,
        0.042451,
        0.089674,
        0.003721,
        -0.133987,
        -0.106595,
        -0.047230,
        -0.024321,
        0.014921,
    ]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_5_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_backbone_modules_5_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [120, 40, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.158
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_5_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_5_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [120]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.009
    std = 0.059
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_5_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_5_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [120]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.121
    std = 0.956
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_5_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_backbone_modules_5_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [120]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.227
    std = 0.178
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_5_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_backbone_modules_5_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [120]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.143
    std = 0.304
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_5_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_backbone_modules_5_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [120, 1, 5, 5]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.003
    std = 0.201
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_5_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_5_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [120]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.083
    std = 0.276
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_5_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_5_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [120]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.037
    std = 0.040
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_5_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_backbone_modules_5_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [120]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.504
    std = 0.426
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_5_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_backbone_modules_5_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [120]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.153
    std = 0.357
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_5_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_backbone_modules_5_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [32, 120, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.151
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_5_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_backbone_modules_5_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.032
    std = 0.078
    data = [
        0.118788,
        0.000000,
        0.014062,
        0.123609,
        -0.000000,
        -0.000000,
        -0.089317,
        0.185596,
        -0.000000,
        0.077178,
        0.149828,
        0.059558,
        0.139285,
        -0.000000,
        -0.040808,
        0.053180,
        -0.000000,
        -0.079126,
        0.042990,
        -0.088417,
        -0.046100,
        0.089467,
        -0.000000,
        0.106360,
        -0.000000,
        -0.000000,
        0.232104,
        -0.000000,
        0.025065,
        -0.047369,
        -0.000000,
        -0.000000,
    ]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_5_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_backbone_modules_5_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [120, 32, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.002
    std = 0.142
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_5_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_backbone_modules_5_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [120]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.037
    std = 0.145
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_5_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_backbone_modules_5_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [40, 120, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.007
    std = 0.163
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_5_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_5_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.097
    std = 0.436
    data = [
        -0.002351,
        0.174415,
        -0.217450,
        0.162374,
        -0.042788,
        -0.073427,
        0.316308,
        -0.580819,
        -0.848627,
        0.265490,
        -0.204938,
        0.430452,
        -0.495988,
        -0.404141,
        -0.553888,
        0.654030,
        0.326600,
        -0.136166,
        0.299772,
        0.896291,
        0.045939,
        -0.290440,
        0.580027,
        -0.529152,
        -0.259637,
        -0.255069,
        -0.901829,
        0.993086,
        -0.190430,
        0.016312,
        -0.736621,
        -0.362216,
        -0.517756,
        -0.264113,
        -0.023586,
        -0.317365,
        -0.253489,
        -0.057609,
        -0.452885,
        -0.087999,
    ]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_5_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_5_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.108
    std = 0.053
    data = [
        0.050342,
        0.054362,
        0.159701,
        0.121562,
        0.099657,
        0.151940,
        0.140540,
        0.115880,
        0.126202,
        0.125797,
        0.052596,
        0.111729,
        0.108619,
        0.083942,
        0.067437,
        0.099445,
        0.057494,
        0.190124,
        0.086972,
        0.076910,
        0.066079,
        0.057120,
        0.114193,
        0.104311,
        0.152660,
        0.032119,
        0.348539,
        0.108677,
        0.074485,
        0.052039,
        0.111609,
        0.083431,
        0.070369,
        0.107058,
        0.107433,
        0.136017,
        0.105378,
        0.172011,
        0.084347,
        0.137991,
    ]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_5_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_backbone_modules_5_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.131
    std = 0.523
    data = [
        0.411753,
        0.116180,
        0.874404,
        -0.604918,
        -0.710032,
        0.776361,
        -0.677912,
        0.424878,
        -0.489608,
        -0.379750,
        -0.213400,
        -0.375058,
        0.689007,
        -0.784126,
        -0.209773,
        0.476443,
        -0.250499,
        0.847750,
        -0.289033,
        0.397136,
        0.160891,
        0.112423,
        0.749091,
        -0.401591,
        -0.176736,
        -0.125473,
        1.203608,
        0.622700,
        -0.213620,
        -0.145625,
        0.599043,
        0.070649,
        -0.321706,
        0.236693,
        -0.270273,
        0.821549,
        0.382556,
        0.762517,
        0.554016,
        0.580293,
    ]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_5_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_backbone_modules_5_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = [
        0.000000,
        -0.000000,
        -0.000000,
        0.000001,
        -0.000000,
        -0.000000,
        0.000000,
        -0.000000,
        0.000000,
        -0.000000,
        -0.000000,
        -0.000001,
        0.000000,
        0.000000,
        -0.000000,
        0.000000,
        -0.000000,
        0.000000,
        -0.000000,
        -0.000000,
        0.000000,
        0.000001,
        -0.000000,
        -0.000000,
        -0.000001,
        -0.000000,
        0.000000,
        0.000001,
        0.000001,
        -0.000000,
        -0.000000,
        -0.000001,
        -0.000000,
        -0.000000,
        -0.000000,
        0.000000,
        -0.000000,
        -0.000000,
        0.000000,
        0.000000,
    ]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_6_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_backbone_modules_6_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [120, 40, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.007
    std = 0.168
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_6_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_6_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [120]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.012
    std = 0.076
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_6_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_6_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [120]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.417
    std = 0.972
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_6_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_backbone_modules_6_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [120]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.257
    std = 0.149
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_6_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_backbone_modules_6_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [120]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.112
    std = 0.256
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_6_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_backbone_modules_6_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [120, 1, 5, 5]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.002
    std = 0.196
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_6_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_6_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [120]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.032
    std = 0.213
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_6_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_6_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [120]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.041
    std = 0.036
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_6_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_backbone_modules_6_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [120]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.477
    std = 0.306
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_6_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_backbone_modules_6_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [120]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.237
    std = 0.373
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_6_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_backbone_modules_6_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [32, 120, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.006
    std = 0.120
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_6_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_backbone_modules_6_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.035
    std = 0.054
    data = [
        -0.000000,
        0.075797,
        -0.000000,
        -0.000000,
        0.068303,
        0.080427,
        0.201408,
        -0.000000,
        0.060074,
        -0.000000,
        0.127138,
        -0.000000,
        0.091966,
        -0.000000,
        -0.000000,
        -0.000000,
        -0.000000,
        -0.000000,
        0.027904,
        0.107216,
        0.000560,
        -0.000000,
        -0.000000,
        -0.000000,
        -0.000000,
        0.102562,
        -0.000000,
        0.132183,
        0.053805,
        -0.000000,
        -0.000000,
        -0.000000,
    ]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_6_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_backbone_modules_6_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [120, 32, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.007
    std = 0.126
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_6_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_backbone_modules_6_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [120]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.005
    std = 0.106
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_6_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_backbone_modules_6_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [40, 120, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.171
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_6_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_6_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.160
    std = 0.624
    data = [
        -0.013490,
        0.997665,
        -0.516423,
        0.157398,
        -0.619262,
        -0.082444,
        -1.078422,
        -0.810422,
        -0.223772,
        0.011217,
        0.026879,
        -0.126527,
        -0.798905,
        -0.075286,
        0.799126,
        0.113055,
        -0.454193,
        -0.319463,
        1.022434,
        -1.375448,
        -0.381080,
        -0.280411,
        -0.370833,
        0.061542,
        -0.732606,
        -0.570110,
        -0.138802,
        -1.598869,
        0.848125,
        -0.698206,
        -0.250298,
        -0.068556,
        0.272433,
        0.081987,
        0.265137,
        -0.113422,
        0.300886,
        1.338689,
        -0.986058,
        -0.026853,
    ]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_6_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_6_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.178
    std = 0.076
    data = [
        0.149082,
        0.146144,
        0.349349,
        0.114148,
        0.175089,
        0.400255,
        0.247634,
        0.126732,
        0.117207,
        0.146490,
        0.150413,
        0.139260,
        0.163983,
        0.123382,
        0.197172,
        0.128969,
        0.096646,
        0.186479,
        0.100499,
        0.129230,
        0.213248,
        0.179959,
        0.175843,
        0.168448,
        0.159034,
        0.129901,
        0.257459,
        0.372143,
        0.108128,
        0.123237,
        0.231536,
        0.233980,
        0.107777,
        0.208989,
        0.104530,
        0.155478,
        0.209789,
        0.237004,
        0.306974,
        0.065889,
    ]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_6_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_backbone_modules_6_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.496
    std = 0.601
    data = [
        0.844936,
        0.432571,
        1.141475,
        -0.439996,
        1.000287,
        1.399760,
        1.228011,
        0.531627,
        0.447751,
        0.444650,
        0.472163,
        0.459151,
        1.034313,
        1.208606,
        0.503611,
        0.414567,
        -0.429979,
        0.868205,
        0.346875,
        0.457043,
        0.560417,
        0.514652,
        -1.090915,
        0.550813,
        0.404277,
        -0.339595,
        0.795843,
        -1.338091,
        0.434088,
        0.466686,
        0.935947,
        0.440683,
        0.553493,
        0.457772,
        -0.357436,
        1.239408,
        0.562671,
        1.084986,
        1.315874,
        0.281067,
    ]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_6_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_backbone_modules_6_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [40]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = [
        0.000000,
        0.000000,
        -0.000000,
        0.000000,
        -0.000000,
        0.000000,
        0.000000,
        0.000000,
        -0.000000,
        0.000000,
        0.000000,
        -0.000000,
        0.000000,
        0.000000,
        0.000000,
        -0.000000,
        0.000000,
        -0.000000,
        -0.000000,
        0.000000,
        0.000000,
        0.000001,
        -0.000000,
        -0.000000,
        -0.000001,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        -0.000000,
        0.000000,
        0.000000,
        0.000000,
        0.000000,
        -0.000000,
        0.000000,
        -0.000001,
        0.000000,
        0.000000,
    ]


class Program_weight_tensor_meta_L_self_modules_backbone_modules_7_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_backbone_modules_7_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [240, 40, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.009
    std = 0.205
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_7_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_7_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.015
    std = 0.083
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_7_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_7_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 3.345
    std = 1.499
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_7_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_backbone_modules_7_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.717
    std = 0.453
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_7_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_backbone_modules_7_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.655
    std = 0.581
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_7_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_backbone_modules_7_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [240, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.004
    std = 0.199
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_7_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_7_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.106
    std = 0.328
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_7_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_7_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.133
    std = 0.386
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_7_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_backbone_modules_7_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.642
    std = 0.248
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_7_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_backbone_modules_7_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.562
    std = 0.793
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_7_modules_block_modules_2_modules_0_parameters_weight_:
    name = "L_self_modules_backbone_modules_7_modules_block_modules_2_modules_0_parameters_weight_"
    shape = [80, 240, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.165
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_7_modules_block_modules_2_modules_1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_7_modules_block_modules_2_modules_1_buffers_running_mean_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.365
    std = 2.364
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_7_modules_block_modules_2_modules_1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_7_modules_block_modules_2_modules_1_buffers_running_var_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.685
    std = 1.997
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_7_modules_block_modules_2_modules_1_parameters_weight_:
    name = "L_self_modules_backbone_modules_7_modules_block_modules_2_modules_1_parameters_weight_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.732
    std = 0.224
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_7_modules_block_modules_2_modules_1_parameters_bias_:
    name = "L_self_modules_backbone_modules_7_modules_block_modules_2_modules_1_parameters_bias_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_8_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_backbone_modules_8_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [200, 80, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.090
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_8_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_8_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [200]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_8_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_8_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [200]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.613
    std = 0.491
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_8_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_backbone_modules_8_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [200]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.195
    std = 0.238
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_8_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_backbone_modules_8_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [200]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.060
    std = 0.307
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_8_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_backbone_modules_8_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [200, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.005
    std = 0.192
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_8_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_8_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [200]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.014
    std = 0.082
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_8_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_8_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [200]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.004
    std = 0.004
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_8_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_backbone_modules_8_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [200]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.405
    std = 0.266
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_8_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_backbone_modules_8_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [200]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.694
    std = 0.626
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_8_modules_block_modules_2_modules_0_parameters_weight_:
    name = "L_self_modules_backbone_modules_8_modules_block_modules_2_modules_0_parameters_weight_"
    shape = [80, 200, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.090
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_8_modules_block_modules_2_modules_1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_8_modules_block_modules_2_modules_1_buffers_running_mean_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.040
    std = 0.573
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_8_modules_block_modules_2_modules_1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_8_modules_block_modules_2_modules_1_buffers_running_var_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.023
    std = 0.022
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_8_modules_block_modules_2_modules_1_parameters_weight_:
    name = "L_self_modules_backbone_modules_8_modules_block_modules_2_modules_1_parameters_weight_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.293
    std = 0.271
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_8_modules_block_modules_2_modules_1_parameters_bias_:
    name = "L_self_modules_backbone_modules_8_modules_block_modules_2_modules_1_parameters_bias_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_9_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_backbone_modules_9_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [184, 80, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.096
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_9_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_9_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [184]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_9_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_9_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [184]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.904
    std = 0.560
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_9_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_backbone_modules_9_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [184]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.282
    std = 0.298
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_9_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_backbone_modules_9_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [184]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.102
    std = 0.328
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_9_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_backbone_modules_9_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [184, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.201
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_9_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_9_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [184]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.005
    std = 0.055
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_9_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_9_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [184]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.006
    std = 0.010
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_9_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_backbone_modules_9_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [184]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.413
    std = 0.222
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_9_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_backbone_modules_9_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [184]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.819
    std = 0.636
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_9_modules_block_modules_2_modules_0_parameters_weight_:
    name = "L_self_modules_backbone_modules_9_modules_block_modules_2_modules_0_parameters_weight_"
    shape = [80, 184, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.003
    std = 0.091
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_9_modules_block_modules_2_modules_1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_9_modules_block_modules_2_modules_1_buffers_running_mean_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.145
    std = 0.734
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_9_modules_block_modules_2_modules_1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_9_modules_block_modules_2_modules_1_buffers_running_var_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.016
    std = 0.024
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_9_modules_block_modules_2_modules_1_parameters_weight_:
    name = "L_self_modules_backbone_modules_9_modules_block_modules_2_modules_1_parameters_weight_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.270
    std = 0.312
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_9_modules_block_modules_2_modules_1_parameters_bias_:
    name = "L_self_modules_backbone_modules_9_modules_block_modules_2_modules_1_parameters_bias_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_10_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_backbone_modules_10_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [184, 80, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.102
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_10_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_10_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [184]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_10_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_10_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [184]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.399
    std = 1.398
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_10_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_backbone_modules_10_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [184]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.401
    std = 0.391
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_10_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_backbone_modules_10_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [184]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.239
    std = 0.447
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_10_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_backbone_modules_10_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [184, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.007
    std = 0.210
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_10_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_10_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [184]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.080
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_10_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_10_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [184]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.018
    std = 0.055
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_10_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_backbone_modules_10_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [184]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.441
    std = 0.250
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_10_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_backbone_modules_10_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [184]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.418
    std = 0.703
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_10_modules_block_modules_2_modules_0_parameters_weight_:
    name = "L_self_modules_backbone_modules_10_modules_block_modules_2_modules_0_parameters_weight_"
    shape = [80, 184, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.098
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_10_modules_block_modules_2_modules_1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_10_modules_block_modules_2_modules_1_buffers_running_mean_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.107
    std = 0.496
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_10_modules_block_modules_2_modules_1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_10_modules_block_modules_2_modules_1_buffers_running_var_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.045
    std = 0.023
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_10_modules_block_modules_2_modules_1_parameters_weight_:
    name = "L_self_modules_backbone_modules_10_modules_block_modules_2_modules_1_parameters_weight_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.405
    std = 0.251
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_10_modules_block_modules_2_modules_1_parameters_bias_:
    name = "L_self_modules_backbone_modules_10_modules_block_modules_2_modules_1_parameters_bias_"
    shape = [80]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_11_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_backbone_modules_11_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [480, 80, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.137
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_11_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_11_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_11_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_11_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.857
    std = 0.810
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_11_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_backbone_modules_11_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.300
    std = 0.384
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_11_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_backbone_modules_11_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.117
    std = 0.391
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_11_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_backbone_modules_11_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [480, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.013
    std = 0.227
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_11_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_11_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.012
    std = 0.092
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_11_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_11_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.022
    std = 0.042
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_11_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_backbone_modules_11_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.788
    std = 0.425
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_11_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_backbone_modules_11_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.137
    std = 0.459
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_11_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_backbone_modules_11_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [120, 480, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.073
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_11_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_backbone_modules_11_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [120]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.044
    std = 0.059
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_11_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_backbone_modules_11_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [480, 120, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.004
    std = 0.083
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_11_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_backbone_modules_11_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [480]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.046
    std = 0.096
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_11_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_backbone_modules_11_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [112, 480, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.122
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_11_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_11_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [112]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.012
    std = 0.273
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_11_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_11_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [112]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.225
    std = 0.171
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_11_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_backbone_modules_11_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [112]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.598
    std = 0.081
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_11_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_backbone_modules_11_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [112]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_12_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_backbone_modules_12_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [672, 112, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.096
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_12_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_12_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_12_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_12_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.554
    std = 0.278
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_12_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_backbone_modules_12_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.397
    std = 0.335
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_12_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_backbone_modules_12_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.257
    std = 0.467
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_12_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_backbone_modules_12_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [672, 1, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.012
    std = 0.186
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_12_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_12_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.034
    std = 0.086
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_12_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_12_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.012
    std = 0.015
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_12_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_backbone_modules_12_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.827
    std = 0.389
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_12_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_backbone_modules_12_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.176
    std = 0.331
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_12_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_backbone_modules_12_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [168, 672, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.072
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_12_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_backbone_modules_12_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [168]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.074
    std = 0.115
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_12_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_backbone_modules_12_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [672, 168, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.017
    std = 0.078
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_12_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_backbone_modules_12_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.097
    std = 0.084
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_12_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_backbone_modules_12_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [112, 672, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.090
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_12_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_12_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [112]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.098
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_12_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_12_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [112]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.028
    std = 0.006
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_12_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_backbone_modules_12_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [112]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.564
    std = 0.167
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_12_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_backbone_modules_12_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [112]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_13_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_backbone_modules_13_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [672, 112, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.002
    std = 0.115
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_13_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_13_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_13_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_13_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.496
    std = 0.555
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_13_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_backbone_modules_13_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.606
    std = 0.494
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_13_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_backbone_modules_13_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.733
    std = 0.572
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_13_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_backbone_modules_13_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [672, 1, 5, 5]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.005
    std = 0.117
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_13_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_13_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.116
    std = 0.284
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_13_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_13_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.053
    std = 0.088
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_13_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_backbone_modules_13_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.678
    std = 0.370
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_13_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_backbone_modules_13_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.022
    std = 0.417
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_13_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_backbone_modules_13_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [168, 672, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.071
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_13_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_backbone_modules_13_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [168]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.036
    std = 0.043
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_13_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_backbone_modules_13_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [672, 168, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.013
    std = 0.074
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_13_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_backbone_modules_13_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [672]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.108
    std = 0.106
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_13_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_backbone_modules_13_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [160, 672, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.109
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_13_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_13_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.003
    std = 0.183
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_13_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_13_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.113
    std = 0.081
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_13_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_backbone_modules_13_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.355
    std = 0.047
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_13_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_backbone_modules_13_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_14_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_backbone_modules_14_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [960, 160, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.085
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_14_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_14_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_14_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_14_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.211
    std = 0.088
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_14_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_backbone_modules_14_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.409
    std = 0.272
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_14_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_backbone_modules_14_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.188
    std = 0.343
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_14_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_backbone_modules_14_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [960, 1, 5, 5]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.009
    std = 0.111
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_14_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_14_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.040
    std = 0.087
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_14_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_14_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.025
    std = 0.066
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_14_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_backbone_modules_14_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.903
    std = 0.231
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_14_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_backbone_modules_14_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.205
    std = 0.317
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_14_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_backbone_modules_14_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [240, 960, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.064
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_14_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_backbone_modules_14_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.041
    std = 0.082
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_14_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_backbone_modules_14_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [960, 240, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.020
    std = 0.069
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_14_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_backbone_modules_14_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.137
    std = 0.058
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_14_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_backbone_modules_14_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [160, 960, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.085
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_14_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_14_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.007
    std = 0.153
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_14_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_14_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.030
    std = 0.007
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_14_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_backbone_modules_14_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.407
    std = 0.082
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_14_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_backbone_modules_14_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_15_modules_block_modules_0_modules_0_parameters_weight_:
    name = "L_self_modules_backbone_modules_15_modules_block_modules_0_modules_0_parameters_weight_"
    shape = [960, 160, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.096
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_15_modules_block_modules_0_modules_1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_15_modules_block_modules_0_modules_1_buffers_running_mean_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_15_modules_block_modules_0_modules_1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_15_modules_block_modules_0_modules_1_buffers_running_var_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.682
    std = 0.250
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_15_modules_block_modules_0_modules_1_parameters_weight_:
    name = "L_self_modules_backbone_modules_15_modules_block_modules_0_modules_1_parameters_weight_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.657
    std = 0.256
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_15_modules_block_modules_0_modules_1_parameters_bias_:
    name = "L_self_modules_backbone_modules_15_modules_block_modules_0_modules_1_parameters_bias_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.621
    std = 0.407
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_15_modules_block_modules_1_modules_0_parameters_weight_:
    name = "L_self_modules_backbone_modules_15_modules_block_modules_1_modules_0_parameters_weight_"
    shape = [960, 1, 5, 5]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.034
    std = 0.080
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_15_modules_block_modules_1_modules_1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_15_modules_block_modules_1_modules_1_buffers_running_mean_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.158
    std = 0.113
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_15_modules_block_modules_1_modules_1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_15_modules_block_modules_1_modules_1_buffers_running_var_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.031
    std = 0.046
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_15_modules_block_modules_1_modules_1_parameters_weight_:
    name = "L_self_modules_backbone_modules_15_modules_block_modules_1_modules_1_parameters_weight_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.927
    std = 0.177
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_15_modules_block_modules_1_modules_1_parameters_bias_:
    name = "L_self_modules_backbone_modules_15_modules_block_modules_1_modules_1_parameters_bias_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.066
    std = 0.253
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_15_modules_block_modules_2_modules_fc1_parameters_weight_:
    name = "L_self_modules_backbone_modules_15_modules_block_modules_2_modules_fc1_parameters_weight_"
    shape = [240, 960, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.003
    std = 0.074
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_15_modules_block_modules_2_modules_fc1_parameters_bias_:
    name = "L_self_modules_backbone_modules_15_modules_block_modules_2_modules_fc1_parameters_bias_"
    shape = [240]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.029
    std = 0.107
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_15_modules_block_modules_2_modules_fc2_parameters_weight_:
    name = "L_self_modules_backbone_modules_15_modules_block_modules_2_modules_fc2_parameters_weight_"
    shape = [960, 240, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.021
    std = 0.077
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_15_modules_block_modules_2_modules_fc2_parameters_bias_:
    name = "L_self_modules_backbone_modules_15_modules_block_modules_2_modules_fc2_parameters_bias_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.125
    std = 0.054
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_15_modules_block_modules_3_modules_0_parameters_weight_:
    name = "L_self_modules_backbone_modules_15_modules_block_modules_3_modules_0_parameters_weight_"
    shape = [160, 960, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.091
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_15_modules_block_modules_3_modules_1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_15_modules_block_modules_3_modules_1_buffers_running_mean_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.004
    std = 0.093
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_15_modules_block_modules_3_modules_1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_15_modules_block_modules_3_modules_1_buffers_running_var_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.025
    std = 0.004
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_15_modules_block_modules_3_modules_1_parameters_weight_:
    name = "L_self_modules_backbone_modules_15_modules_block_modules_3_modules_1_parameters_weight_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.857
    std = 0.116
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_15_modules_block_modules_3_modules_1_parameters_bias_:
    name = "L_self_modules_backbone_modules_15_modules_block_modules_3_modules_1_parameters_bias_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_16_modules_0_parameters_weight_:
    name = "L_self_modules_backbone_modules_16_modules_0_parameters_weight_"
    shape = [960, 160, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.104
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_16_modules_1_buffers_running_mean_:
    name = "L_self_modules_backbone_modules_16_modules_1_buffers_running_mean_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_16_modules_1_buffers_running_var_:
    name = "L_self_modules_backbone_modules_16_modules_1_buffers_running_var_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.281
    std = 0.712
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_16_modules_1_parameters_weight_:
    name = "L_self_modules_backbone_modules_16_modules_1_parameters_weight_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.273
    std = 0.303
    data = None


class Program_weight_tensor_meta_L_self_modules_backbone_modules_16_modules_1_parameters_bias_:
    name = "L_self_modules_backbone_modules_16_modules_1_parameters_bias_"
    shape = [960]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.810
    std = 0.456
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_modules_cbr_modules_0_parameters_weight_:
    name = "L_self_modules_classifier_modules_cbr_modules_0_parameters_weight_"
    shape = [128, 960, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.025
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_modules_cbr_modules_1_buffers_running_mean_:
    name = "L_self_modules_classifier_modules_cbr_modules_1_buffers_running_mean_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.651
    std = 0.428
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_modules_cbr_modules_1_buffers_running_var_:
    name = "L_self_modules_classifier_modules_cbr_modules_1_buffers_running_var_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.736
    std = 1.088
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_modules_cbr_modules_1_parameters_weight_:
    name = "L_self_modules_classifier_modules_cbr_modules_1_parameters_weight_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.167
    std = 0.093
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_modules_cbr_modules_1_parameters_bias_:
    name = "L_self_modules_classifier_modules_cbr_modules_1_parameters_bias_"
    shape = [128]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.217
    std = 0.105
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_modules_scale_modules_1_parameters_weight_:
    name = "L_self_modules_classifier_modules_scale_modules_1_parameters_weight_"
    shape = [128, 960, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.026
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_modules_low_classifier_parameters_weight_:
    name = "L_self_modules_classifier_modules_low_classifier_parameters_weight_"
    shape = [21, 40, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.060
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_modules_low_classifier_parameters_bias_:
    name = "L_self_modules_classifier_modules_low_classifier_parameters_bias_"
    shape = [21]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.016
    std = 0.188
    data = [
        0.599676,
        -0.021504,
        -0.072755,
        -0.180723,
        0.078473,
        -0.186714,
        -0.044189,
        0.140770,
        0.075085,
        -0.025564,
        -0.105477,
        0.298908,
        -0.086423,
        -0.185946,
        -0.086388,
        0.211084,
        -0.085985,
        -0.084786,
        0.181344,
        -0.033109,
        -0.039991,
    ]


class Program_weight_tensor_meta_L_self_modules_classifier_modules_high_classifier_parameters_weight_:
    name = "L_self_modules_classifier_modules_high_classifier_parameters_weight_"
    shape = [21, 128, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.175
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_modules_high_classifier_parameters_bias_:
    name = "L_self_modules_classifier_modules_high_classifier_parameters_bias_"
    shape = [21]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.014
    std = 0.182
    data = [
        0.614570,
        -0.068230,
        -0.084624,
        -0.044059,
        -0.001784,
        -0.025871,
        0.040352,
        0.067140,
        0.024336,
        -0.017965,
        -0.199008,
        0.322432,
        -0.068260,
        -0.085486,
        -0.082834,
        0.232887,
        0.008035,
        -0.131601,
        0.054359,
        -0.127157,
        -0.130123,
    ]
