class Program_weight_tensor_meta_L_self_modules_stem_modules_0_parameters_weight_:
    name = "L_self_modules_stem_modules_0_parameters_weight_"
    shape = [32, 3, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.691
    data = None


class Program_weight_tensor_meta_s1:
    name = "s1"
    shape = []
    dtype = "torch.int64"
    device = "cpu"
    mean = None
    std = None
    data = [0]


class Program_weight_tensor_meta_L_x_:
    name = "L_x_"
    shape = [1, 3, 224, 224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.500
    std = 0.289
    data = None


class Program_weight_tensor_meta_L_self_modules_stem_modules_1_buffers_running_mean_:
    name = "L_self_modules_stem_modules_1_buffers_running_mean_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.012
    std = 0.139
    data = None


class Program_weight_tensor_meta_L_self_modules_stem_modules_1_buffers_running_var_:
    name = "L_self_modules_stem_modules_1_buffers_running_var_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 5.536
    std = 5.254
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_stem_modules_1_parameters_weight_:
    name = "L_self_modules_stem_modules_1_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 3.678
    std = 1.630
    data = None


class Program_weight_tensor_meta_L_self_modules_stem_modules_1_parameters_bias_:
    name = "L_self_modules_stem_modules_1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.165
    std = 4.682
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_proj_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_proj_modules_0_parameters_weight_"
    shape = [32, 32, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.016
    std = 0.262
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_proj_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_proj_modules_1_buffers_running_mean_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.451
    std = 3.659
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_proj_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_proj_modules_1_buffers_running_var_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 13.211
    std = 16.968
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_proj_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_proj_modules_1_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.666
    std = 1.329
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_proj_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_proj_modules_1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.610
    std = 2.593
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [32, 32, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.031
    std = 0.318
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -3.317
    std = 8.657
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 48.649
    std = 20.191
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 5.664
    std = 1.622
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.159
    std = 1.252
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [32, 16, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.006
    std = 0.210
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.554
    std = 3.931
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 91.416
    std = 48.619
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 4.079
    std = 1.015
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.623
    std = 3.887
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [32, 32, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.013
    std = 0.339
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.323
    std = 12.239
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 29.163
    std = 15.005
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 5.290
    std = 2.771
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block1_modules_block1_0_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [32]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.610
    std = 2.593
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_proj_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_proj_modules_0_parameters_weight_"
    shape = [64, 32, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.004
    std = 0.205
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_proj_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_proj_modules_1_buffers_running_mean_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.626
    std = 12.907
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_proj_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_proj_modules_1_buffers_running_var_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 30.091
    std = 29.443
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_proj_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_proj_modules_1_parameters_weight_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.595
    std = 1.046
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_proj_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_proj_modules_1_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.496
    std = 2.544
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [64, 32, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.026
    std = 0.292
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -6.064
    std = 11.381
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 67.085
    std = 30.328
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 3.785
    std = 1.438
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.265
    std = 2.755
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [64, 16, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.003
    std = 0.153
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.074
    std = 6.756
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 28.981
    std = 28.004
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 3.112
    std = 0.950
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.987
    std = 3.370
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [64, 64, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.004
    std = 0.213
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.279
    std = 8.259
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 14.111
    std = 8.825
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.981
    std = 1.796
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_0_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.496
    std = 2.544
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [64, 64, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.158
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.589
    std = 11.470
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 19.069
    std = 14.285
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.240
    std = 0.878
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.799
    std = 2.339
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [64, 16, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.005
    std = 0.148
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.377
    std = 3.124
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 8.800
    std = 5.205
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.466
    std = 0.902
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.216
    std = 3.233
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [64, 64, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.002
    std = 0.159
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.819
    std = 3.770
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 3.715
    std = 1.947
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.324
    std = 1.516
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block2_modules_block2_1_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [64]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.233
    std = 2.729
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_proj_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_proj_modules_0_parameters_weight_"
    shape = [160, 64, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.002
    std = 0.089
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_proj_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_proj_modules_1_buffers_running_mean_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.898
    std = 6.521
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_proj_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_proj_modules_1_buffers_running_var_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 7.054
    std = 10.976
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_proj_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_proj_modules_1_parameters_weight_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.770
    std = 0.663
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_proj_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_proj_modules_1_parameters_bias_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.088
    std = 1.878
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [160, 64, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.011
    std = 0.172
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -3.098
    std = 12.529
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 28.805
    std = 11.544
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 3.063
    std = 0.792
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.560
    std = 1.784
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [160, 16, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.004
    std = 0.106
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.492
    std = 1.798
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 6.447
    std = 7.088
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.949
    std = 0.507
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.176
    std = 2.145
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [160, 160, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.119
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.774
    std = 5.070
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 7.028
    std = 4.431
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.232
    std = 1.064
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_0_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.088
    std = 1.878
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [160, 160, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.075
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.235
    std = 6.858
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 9.649
    std = 8.392
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.505
    std = 0.612
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.505
    std = 1.909
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [160, 16, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.081
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.184
    std = 1.050
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.298
    std = 1.033
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.860
    std = 0.939
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.915
    std = 1.461
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [160, 160, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.078
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.139
    std = 0.885
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.817
    std = 0.657
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.200
    std = 1.168
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_1_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.614
    std = 1.710
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [160, 160, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.078
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.206
    std = 6.236
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 8.119
    std = 3.771
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.647
    std = 0.521
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.381
    std = 1.480
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [160, 16, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.003
    std = 0.079
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.312
    std = 0.766
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.350
    std = 0.846
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.013
    std = 0.592
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.119
    std = 1.258
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [160, 160, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.075
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.026
    std = 0.651
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.881
    std = 0.679
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.174
    std = 0.852
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_2_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.251
    std = 1.584
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [160, 160, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.081
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.057
    std = 7.437
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 10.290
    std = 5.290
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.897
    std = 0.528
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.279
    std = 1.069
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [160, 16, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.003
    std = 0.079
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.373
    std = 0.854
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.778
    std = 1.229
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.042
    std = 0.523
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.070
    std = 1.240
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [160, 160, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.077
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.026
    std = 0.778
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.904
    std = 0.566
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.238
    std = 0.758
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_3_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.118
    std = 1.257
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [160, 160, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.078
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.690
    std = 8.372
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 10.635
    std = 4.729
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.786
    std = 0.448
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.580
    std = 1.207
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [160, 16, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.003
    std = 0.073
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.299
    std = 0.635
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.943
    std = 0.474
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.811
    std = 0.586
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.882
    std = 1.305
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [160, 160, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.070
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.066
    std = 0.706
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.602
    std = 0.356
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.161
    std = 0.823
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_4_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.034
    std = 1.183
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [160, 160, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.078
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.564
    std = 7.505
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 12.116
    std = 4.767
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.830
    std = 0.592
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.632
    std = 1.116
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [160, 16, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.071
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.165
    std = 0.668
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.136
    std = 0.956
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.765
    std = 0.633
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.870
    std = 1.508
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [160, 160, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.003
    std = 0.070
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.163
    std = 1.019
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.614
    std = 0.399
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.387
    std = 1.138
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_5_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.093
    std = 1.304
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [160, 160, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.077
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.201
    std = 8.750
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 16.365
    std = 11.671
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.883
    std = 0.418
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.835
    std = 1.155
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [160, 16, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.072
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.242
    std = 0.691
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.059
    std = 0.934
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.760
    std = 0.622
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.776
    std = 1.449
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [160, 160, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.070
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.197
    std = 0.885
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.614
    std = 0.384
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.366
    std = 1.053
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block3_modules_block3_6_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [160]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.340
    std = 1.401
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_proj_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_proj_modules_0_parameters_weight_"
    shape = [400, 160, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.046
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_proj_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_proj_modules_1_buffers_running_mean_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.340
    std = 5.522
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_proj_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_proj_modules_1_buffers_running_var_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 7.277
    std = 11.862
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_proj_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_proj_modules_1_parameters_weight_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.763
    std = 0.680
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_proj_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_proj_modules_1_parameters_bias_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.858
    std = 1.354
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [400, 160, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.092
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.538
    std = 10.336
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 21.488
    std = 8.045
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.405
    std = 0.418
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.967
    std = 1.084
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [400, 16, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.007
    std = 0.072
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.233
    std = 0.447
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.869
    std = 0.943
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.249
    std = 0.361
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.743
    std = 1.207
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [400, 400, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.067
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.182
    std = 2.532
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 4.821
    std = 3.024
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.328
    std = 0.937
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_0_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.858
    std = 1.354
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_1_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_1_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [400, 400, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.043
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_1_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_1_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.100
    std = 3.706
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_1_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_1_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 4.903
    std = 2.695
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_1_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_1_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.275
    std = 0.345
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_1_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_1_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.498
    std = 0.960
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_1_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_1_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [400, 16, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.054
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_1_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_1_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.184
    std = 0.394
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_1_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_1_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.303
    std = 0.203
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_1_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_1_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.460
    std = 0.432
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_1_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_1_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.006
    std = 0.940
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_1_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_1_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [400, 400, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.046
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_1_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_1_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.014
    std = 0.439
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_1_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_1_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.385
    std = 0.145
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_1_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_1_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.951
    std = 0.453
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_1_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_1_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.164
    std = 1.186
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_2_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_2_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [400, 400, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.045
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_2_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_2_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.243
    std = 4.300
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_2_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_2_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 4.953
    std = 2.856
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_2_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_2_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.316
    std = 0.356
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_2_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_2_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.578
    std = 0.924
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_2_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_2_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [400, 16, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.052
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_2_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_2_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.116
    std = 0.355
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_2_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_2_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.293
    std = 0.278
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_2_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_2_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.438
    std = 0.442
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_2_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_2_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.105
    std = 0.904
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_2_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_2_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [400, 400, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.044
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_2_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_2_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.196
    std = 0.406
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_2_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_2_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.302
    std = 0.197
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_2_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_2_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.900
    std = 0.489
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_2_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_2_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.106
    std = 0.875
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_3_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_3_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [400, 400, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.045
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_3_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_3_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.595
    std = 4.730
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_3_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_3_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 5.310
    std = 2.777
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_3_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_3_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.334
    std = 0.336
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_3_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_3_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.660
    std = 0.906
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_3_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_3_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [400, 16, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.052
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_3_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_3_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.122
    std = 0.324
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_3_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_3_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.258
    std = 0.197
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_3_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_3_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.354
    std = 0.501
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_3_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_3_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.146
    std = 0.998
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_3_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_3_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [400, 400, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.043
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_3_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_3_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.040
    std = 0.376
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_3_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_3_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.234
    std = 0.104
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_3_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_3_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.950
    std = 0.501
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_3_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_3_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.057
    std = 0.818
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_4_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_4_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [400, 400, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.046
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_4_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_4_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.944
    std = 4.998
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_4_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_4_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 5.248
    std = 1.965
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_4_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_4_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.328
    std = 0.338
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_4_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_4_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.821
    std = 0.898
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_4_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_4_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [400, 16, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.049
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_4_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_4_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.086
    std = 0.269
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_4_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_4_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.212
    std = 0.208
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_4_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_4_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.295
    std = 0.407
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_4_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_4_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.068
    std = 0.991
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_4_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_4_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [400, 400, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.043
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_4_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_4_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.171
    std = 0.395
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_4_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_4_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.254
    std = 0.166
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_4_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_4_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.010
    std = 0.626
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_4_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_4_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.179
    std = 0.758
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_5_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_5_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [400, 400, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.047
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_5_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_5_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 3.189
    std = 5.231
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_5_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_5_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 6.727
    std = 3.375
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_5_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_5_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.371
    std = 0.348
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_5_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_5_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.948
    std = 0.962
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_5_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_5_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [400, 16, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.050
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_5_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_5_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.099
    std = 0.334
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_5_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_5_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.238
    std = 0.388
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_5_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_5_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.304
    std = 0.513
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_5_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_5_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.037
    std = 1.002
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_5_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_5_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [400, 400, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.044
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_5_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_5_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.070
    std = 0.392
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_5_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_5_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.302
    std = 0.316
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_5_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_5_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.164
    std = 0.673
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_5_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_5_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.532
    std = 0.995
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_6_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_6_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [400, 400, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.049
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_6_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_6_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.938
    std = 4.801
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_6_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_6_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 7.776
    std = 3.145
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_6_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_6_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.459
    std = 0.319
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_6_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_6_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.214
    std = 0.754
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_6_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_6_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [400, 16, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.046
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_6_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_6_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.006
    std = 0.235
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_6_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_6_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.143
    std = 0.236
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_6_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_6_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.357
    std = 0.356
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_6_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_6_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.891
    std = 0.940
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_6_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_6_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [400, 400, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.046
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_6_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_6_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.247
    std = 0.459
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_6_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_6_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.500
    std = 0.674
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_6_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_6_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.297
    std = 0.678
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_6_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_6_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.975
    std = 1.238
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_7_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_7_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [400, 400, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.051
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_7_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_7_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.986
    std = 4.543
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_7_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_7_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 8.070
    std = 2.187
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_7_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_7_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.498
    std = 0.282
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_7_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_7_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.420
    std = 0.773
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_7_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_7_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [400, 16, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.002
    std = 0.043
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_7_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_7_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.004
    std = 0.189
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_7_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_7_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.096
    std = 0.099
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_7_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_7_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.361
    std = 0.376
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_7_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_7_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.944
    std = 0.913
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_7_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_7_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [400, 400, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.047
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_7_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_7_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.147
    std = 0.388
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_7_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_7_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.424
    std = 0.137
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_7_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_7_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.399
    std = 0.665
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_7_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_7_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.020
    std = 0.909
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_8_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_8_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [400, 400, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.052
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_8_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_8_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.929
    std = 4.062
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_8_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_8_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 8.991
    std = 2.591
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_8_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_8_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.496
    std = 0.270
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_8_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_8_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.542
    std = 0.782
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_8_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_8_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [400, 16, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.001
    std = 0.042
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_8_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_8_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.008
    std = 0.138
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_8_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_8_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.081
    std = 0.043
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_8_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_8_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.383
    std = 0.406
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_8_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_8_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.019
    std = 0.881
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_8_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_8_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [400, 400, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.003
    std = 0.046
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_8_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_8_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.011
    std = 0.310
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_8_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_8_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.354
    std = 0.093
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_8_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_8_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.572
    std = 0.627
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_8_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_8_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.292
    std = 0.754
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_9_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_9_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [400, 400, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.054
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_9_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_9_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 3.754
    std = 3.652
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_9_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_9_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 10.285
    std = 3.862
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_9_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_9_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.556
    std = 0.296
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_9_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_9_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.583
    std = 0.907
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_9_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_9_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [400, 16, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.043
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_9_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_9_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.050
    std = 0.192
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_9_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_9_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.141
    std = 0.097
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_9_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_9_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.372
    std = 0.576
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_9_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_9_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.207
    std = 0.980
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_9_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_9_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [400, 400, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.007
    std = 0.044
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_9_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_9_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.087
    std = 0.262
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_9_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_9_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.160
    std = 0.068
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_9_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_9_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.992
    std = 0.658
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_9_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_9_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.823
    std = 0.838
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_10_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_10_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [400, 400, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.002
    std = 0.046
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_10_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_10_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.253
    std = 1.891
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_10_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_10_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 7.380
    std = 4.332
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_10_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_10_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.351
    std = 0.437
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_10_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_10_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.849
    std = 1.056
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_10_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_10_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [400, 16, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.003
    std = 0.046
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_10_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_10_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.159
    std = 0.313
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_10_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_10_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.199
    std = 0.256
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_10_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_10_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.395
    std = 0.396
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_10_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_10_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.133
    std = 0.729
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_10_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_10_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [400, 400, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.006
    std = 0.039
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_10_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_10_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.411
    std = 0.241
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_10_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_10_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.235
    std = 0.314
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_10_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_10_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.761
    std = 0.660
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_10_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_10_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.795
    std = 0.606
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_11_modules_f_modules_a_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_11_modules_f_modules_a_modules_0_parameters_weight_"
    shape = [400, 400, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.001
    std = 0.048
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_11_modules_f_modules_a_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_11_modules_f_modules_a_modules_1_buffers_running_mean_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.439
    std = 2.966
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_11_modules_f_modules_a_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_11_modules_f_modules_a_modules_1_buffers_running_var_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 8.312
    std = 5.170
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_11_modules_f_modules_a_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_11_modules_f_modules_a_modules_1_parameters_weight_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.430
    std = 0.358
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_11_modules_f_modules_a_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_11_modules_f_modules_a_modules_1_parameters_bias_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -1.124
    std = 0.966
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_11_modules_f_modules_b_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_11_modules_f_modules_b_modules_0_parameters_weight_"
    shape = [400, 16, 3, 3]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.003
    std = 0.041
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_11_modules_f_modules_b_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_11_modules_f_modules_b_modules_1_buffers_running_mean_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.037
    std = 0.207
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_11_modules_f_modules_b_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_11_modules_f_modules_b_modules_1_buffers_running_var_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.144
    std = 0.207
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_11_modules_f_modules_b_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_11_modules_f_modules_b_modules_1_parameters_weight_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.265
    std = 0.643
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_11_modules_f_modules_b_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_11_modules_f_modules_b_modules_1_parameters_bias_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.775
    std = 0.893
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_11_modules_f_modules_c_modules_0_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_11_modules_f_modules_c_modules_0_parameters_weight_"
    shape = [400, 400, 1, 1]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.008
    std = 0.044
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_11_modules_f_modules_c_modules_1_buffers_running_mean_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_11_modules_f_modules_c_modules_1_buffers_running_mean_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.738
    std = 0.326
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_11_modules_f_modules_c_modules_1_buffers_running_var_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_11_modules_f_modules_c_modules_1_buffers_running_var_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.455
    std = 0.129
    data = None
    min_val = 0


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_11_modules_f_modules_c_modules_1_parameters_weight_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_11_modules_f_modules_c_modules_1_parameters_weight_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 2.596
    std = 0.597
    data = None


class Program_weight_tensor_meta_L_self_modules_trunk_output_modules_block4_modules_block4_11_modules_f_modules_c_modules_1_parameters_bias_:
    name = "L_self_modules_trunk_output_modules_block4_modules_block4_11_modules_f_modules_c_modules_1_parameters_bias_"
    shape = [400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -4.101
    std = 1.412
    data = None


class Program_weight_tensor_meta_L_self_modules_fc_parameters_weight_:
    name = "L_self_modules_fc_parameters_weight_"
    shape = [1000, 400]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.067
    data = None


class Program_weight_tensor_meta_L_self_modules_fc_parameters_bias_:
    name = "L_self_modules_fc_parameters_bias_"
    shape = [1000]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.051
    data = None
